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
    r"|secure|stable|different|similar|better|harder|easier)"
)
_SUBJECT = (
    r"(?:you|people|they|most\s+people|employers|graduates|nurses|[a-z]+s|your\s+\w+"
    r"|the\s+\w+)"
)

_RULES: list[tuple[re.Pattern[str], str]] = [
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
    # "Do you work weekends?" -> "How often do you work weekends, and what is that like?"
    (re.compile(rf"^(?P<aux>do|does)\s+(?P<subj>{_SUBJECT})\s+(?:often\s+|usually\s+|ever\s+)?"
                rf"(?P<verb>work|travel|use|spend|need|get|deal|meet|write|present|manage|lead"
                rf"|see|take|handle|interact|collaborate|code|move)\b(?P<rest>.*?){_END}", _I),
     "How much {aux} {subj} {verb}{rest}, and what is that like?"),
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


def rebuild_open(question: str) -> str:
    """An open question made from ``question``'s own words, or "" if it has no known shape."""
    text = " ".join(question.split()).strip()
    text = re.sub(r"^(?:so|and|also|but|ok|okay|well|now|then)\W+", "", text, flags=re.I)
    # "With my background in sales, do you think ...?": open the main clause, keep the lead.
    lead = _LEAD.match(text)
    if lead:
        rest = rebuild_open(text[lead.end():])
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
