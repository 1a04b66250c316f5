"""Open versions of yes/no questions, built from the question's own words.

"Is it hard to find work as a new graduate?" becomes "How hard is it to find work as a
new graduate, and why?", not a generic line. Each shape of closed question has its own
rewrite; what cannot be parsed returns "" and the caller falls back to the question's
category.
"""

from __future__ import annotations

import re

__all__ = ["rebuild_open"]

_I = re.I | re.S
_END = r"[\s?.!]*$"

_ADJ = (
    r"(?:hard|difficult|easy|stressful|competitive|common|rare|possible|important|necessary"
    r"|useful|helpful|worth\s+it|worthwhile|rewarding|demanding|challenging|flexible|fun"
    r"|satisfying|busy|tough|risky|realistic|normal|typical|expensive|valuable|essential"
    r"|required|likely|unusual|fulfilling|enjoyable|exhausting|tiring|lonely|creative"
    r"|secure|stable|different|similar|better|harder|easier|good|bad|great|long|short|repetitive"
    r"|varied|social|physical|technical|political|crowded|saturated|friendly|supportive"
    r"|isolating|intense|slow|fast|hectic|predictable|manageable|sustainable|open|strict"
    r"|formal|competitive|popular|affordable|hard-working|well\s+paid|paid)"
)
_SUBJECT = (
    r"(?:you|people|they|most\s+people|employers|graduates|nurses|[a-z]+s|your\s+\w+"
    r"|the\s+\w+)"
)

_RULES: list[tuple[re.Pattern[str], str]] = [
    # "Are you happy with your choice?" -> "How do you feel about your choice now, ...?"
    (re.compile(rf"^are\s+you\s+(?:still\s+|really\s+)?(?:happy|glad|satisfied|pleased|content"
                rf"|comfortable)\s+(?:with|about|in)\s+(?P<obj>.+?){_END}", _I),
     "How do you feel about {obj} now, looking back?"),
    # "Is this a good field for introverts?" -> "What makes this a good field for ..., or not?"
    (re.compile(rf"^(?:is|are)\s+(?P<subj>this|it|that|these|those|there)\s+(?P<pred>(?:a|an)"
                rf"\s+(?:good|bad|great|smart|wise|common|easy|hard|realistic|sensible|useful"
                rf"|typical)\b.+?){_END}", _I),
     "What makes {subj} {pred}, or not?"),
    # "Has the field changed much?" -> "How has the field changed, and what drove it?"
    (re.compile(rf"^(?P<aux>has|have)\s+(?P<subj>(?!you\b).{{1,40}}?)\s+(?P<verb>changed|grown"
                rf"|shifted|evolved|improved|declined|shrunk|moved)(?:\s+(?:much|a\s+lot|at\s+all"
                rf"|recently))?(?P<rest>.*?){_END}", _I),
     "How {aux} {subj} {verb}{rest}, and what drove it?"),
    # "Will AI replace this job?" -> "How likely is it that AI will replace this job, and why?"
    (re.compile(rf"^(?P<aux>will|would|could|might)\s+"
                rf"(?P<subj>(?!you\b|i\b)[\w'-]+(?:\s+[\w'-]+)?)\s+"
                rf"(?P<rest>(?:ever\s+)?(?:replace|change|affect|disappear|grow|shrink|become"
                rf"|take\s+over|be\s+replaced|be\s+automated|slow|recover|survive)\b.*?){_END}",
                _I),
     "How likely is it that {subj} {aux} {rest}, and why?"),
    # "Did you need a master's degree?" -> "How much did a master's degree matter for you?"
    (re.compile(rf"^did\s+you\s+(?:really\s+|actually\s+)?(?:need|require|have\s+to\s+have)"
                rf"\s+(?P<obj>.+?){_END}", _I),
     "How much did {obj} matter for you, and why?"),
    # "Did you find it hard to switch?" -> "How hard did you find it to switch?"
    (re.compile(rf"^did\s+you\s+find\s+(?:it\s+)?(?P<adj>{_ADJ})\b(?P<rest>.*?){_END}", _I),
     "How {adj} did you find it{rest}, and why?"),
    # "Do you have a mentor?" -> "What difference has having a mentor made for you?"
    (re.compile(rf"^do\s+you\s+have\s+(?P<obj>(?:a|an)\s+\w+(?:\s+\w+)?){_END}", _I),
     "What difference has having {obj} made for you?"),
    # "Do you like your job?" -> "What do you enjoy most about your job?"
    (re.compile(rf"^(?:do|did|does)\s+you\s+(?:really\s+|still\s+|actually\s+)?(?:like|enjoy"
                rf"|love)\s+(?P<obj>.+?){_END}", _I),
     "What do you enjoy most about {obj}?"),
    # "Do you have any advice for me?" -> "What advice would you give me?"
    (re.compile(rf"^(?:do|would|could|can|might)\s+you\s+have\s+(?:any\s+)?(?P<noun>advice|tips"
                rf"|suggestions|recommendations|ideas|thoughts)(?P<rest>.*?){_END}", _I),
     "What {noun} would you give{rest}?"),
    # "Would you recommend this career?" -> "What would you tell someone considering ...?"
    (re.compile(rf"^would\s+you\s+recommend\s+(?P<obj>.+?){_END}", _I),
     "What would you tell someone who is considering {obj}?"),
    # "Is it hard to get promoted?" -> "How hard is it to get promoted, and why?"
    (re.compile(rf"^(?P<aux>is|are|was|were)\s+(?P<subj>.{{1,60}}?)\s+(?:very\s+|really\s+|too\s+"
                rf"|always\s+)?(?P<adj>{_ADJ})\b(?P<rest>.*?){_END}", _I),
     "How {adj} {aux} {subj}{rest}, and why?"),
    # "Is there much travel?" -> "What can you tell me about the travel?"
    (re.compile(rf"^(?:is|are)\s+there\s+(?:any\s+|a\s+lot\s+of\s+|lots\s+of\s+|much\s+|many\s+"
                rf"|enough\s+|a\s+|an\s+)?(?P<obj>.{{1,80}}?){_END}", _I),
     "What can you tell me about {obj}?"),
    # "Should I get a master's?" -> "How would you decide whether to get a master's?"
    (re.compile(rf"^should\s+i\s+(?P<rest>.+?){_END}", _I),
     "How would you decide whether to {rest}?"),
    # "Do you feel valued at work?" -> "How valued do you feel at work, and why?"
    (re.compile(rf"^do\s+you\s+feel\s+(?!that\b|like\b|as\s+if\b)(?P<adj>\w+)\b(?P<rest>.*?)"
                rf"{_END}", _I),
     "How {adj} do you feel{rest}, and why?"),
    # "Do you think the field is growing?" -> "What are your thoughts on whether ...?"
    (re.compile(rf"^do\s+you\s+(?:think|believe|feel)\s+(?:that\s+|like\s+)?(?P<rest>.+?){_END}",
                _I),
     "What are your thoughts on whether {rest}?"),
    # "Do you have regrets?" -> "What regrets do you have?"
    (re.compile(rf"^do\s+you\s+have\s+(?:any\s+|a\s+|an\s+)?(?P<obj>\w+(?:\s+\w+)?)"
                rf"(?P<rest>(?:\s+(?:about|in|for|with|on|at)\b.*?)?){_END}", _I),
     "What {obj} do you have{rest}?"),
    # "Did you study accounting?" -> "What led you to study accounting?"
    (re.compile(rf"^did\s+you\s+(?:always\s+|ever\s+)?(?P<rest>.+?){_END}", _I),
     "What led you to {rest}, and how did that come about?"),
    # "Do you get to be creative?" -> "How often do you get to be creative, ...?"
    (re.compile(rf"^(?P<aux>do|does)\s+(?P<subj>{_SUBJECT})\s+(?:often\s+|usually\s+|ever\s+)?"
                rf"(?P<verb>get\s+to|have\s+to|need\s+to|tend\s+to)\s+(?P<rest>.+?){_END}", _I),
     "How often {aux} {subj} {verb} {rest}, and what is that like?"),
    # "Do you work weekends?" -> "How often do you work weekends, and what is that like?"
    (re.compile(rf"^(?P<aux>do|does)\s+(?P<subj>{_SUBJECT})\s+(?:often\s+|usually\s+|ever\s+)?"
                rf"(?P<verb>work|travel|use|spend|need|get|deal|meet|write|present|manage|lead"
                rf"|see|take|handle|interact|collaborate|code|move)\b(?P<rest>.*?){_END}", _I),
     "How often {aux} {subj} {verb}{rest}, and what is that like?"),
    # "Do most people stay long at one firm?" -> "How often do most people stay ..., and why?"
    (re.compile(rf"^(?P<aux>do|does)\s+(?P<subj>(?!you\b){_SUBJECT})\s+(?P<rest>\w+\b.*?){_END}",
                _I),
     "How often {aux} {subj} {rest}, and why?"),
    # "Have you ever thought about leaving?" -> "What can you tell me about a time you ...?"
    (re.compile(rf"^(?:have|has)\s+you\s+(?:ever\s+|already\s+|always\s+)?(?P<rest>\w+ed\b.*?)"
                rf"{_END}", _I),
     "What can you tell me about a time you {rest}?"),
    # "Would you choose this job again?" -> "What would make you choose this job again?"
    (re.compile(rf"^would\s+you\s+(?:ever\s+)?(?P<rest>.+?){_END}", _I),
     "What would make you {rest}, or not?"),
    (re.compile(rf"^(?:can|could)\s+(?P<subj>i|someone|people|you)\s+(?P<rest>.+?){_END}", _I),
     "How could {subj} {rest}?"),
]


_LEAD = re.compile(
    r"^(?:with|given|as|since|because|for|from|in|after|if)\b[^?,]{0,120},\s+(?=(?:do|does|did"
    r"|is|are|was|would|could|can|should|will|have|has)\b)",
    re.I,
)


_NEGATIVE_AUX = re.compile(
    r"^(is|are|was|were|do|does|did|can|could|would|will|should|have|has)n't\b|^(won)'t\b"
    r"|^(can)not\b",
    re.I,
)
# A yes/no question of no known shape, still opened from its own words.
_ANY_CLOSED = re.compile(
    r"^(?:is|are|was|were|do|does|did|can|could|would|will|should|have|has|may|might|must)\b"
    r".{3,110}$",
    re.I | re.S,
)


def rebuild_open(question: str) -> str:
    """An open question made from ``question``'s own words, or "" if it has no known shape."""
    shaped = _rebuild(question)
    if shaped:
        return shaped
    text = " ".join(question.split()).strip()
    if _ANY_CLOSED.match(text):
        plain = text.rstrip(" ?.!")
        return f"What would you say to “{plain}?”, and why?"
    return ""


def _rebuild(question: str) -> str:
    text = " ".join(question.split()).strip()
    text = _NEGATIVE_AUX.sub(lambda m: next(g for g in m.groups() if g), text)
    text = re.sub(r"^won\b", "will", text, flags=re.I)
    text = re.sub(r"^(?:so|and|also|but|ok|okay|well|now|then)\W+", "", text, flags=re.I)
    # "With my background in sales, do you think ...?": open the main clause, keep the lead.
    lead = _LEAD.match(text)
    if lead:
        rest = _rebuild(text[lead.end():])
        return f"{lead.group(0)}{rest[0].lower()}{rest[1:]}" if rest else ""
    for pattern, template in _RULES:
        m = pattern.match(text)
        if not m:
            continue
        parts = {k: (v or "").strip() for k, v in m.groupdict().items()}
        if "obj" in parts and parts["obj"].lower() in {"it", "this", "that"}:
            parts["obj"] = "your work"
        if "rest" in parts and parts["rest"]:
            rest = parts["rest"]
            if template.startswith("What {noun}"):
                rest = re.sub(r"^for\b", "to", rest, flags=re.I)
            parts["rest"] = (" " + rest) if not rest.startswith(",") else rest
        if "subj" in parts and parts["subj"].lower() == "i":
            parts["subj"] = "I"
        if "noun" in parts:
            parts["noun"] = parts["noun"].lower()
        if "adj" in parts:
            parts["adj"] = parts["adj"].lower()
        if "aux" in parts:
            parts["aux"] = parts["aux"].lower()
        out = template.format(**parts)
        out = re.sub(r"\s+,", ",", re.sub(r"\s{2,}", " ", out))
        return out[0].upper() + out[1:]
    return ""
