"""Which of the four basics of an informational interview a question asks about.

A counsellor looks for four things in a list: how the person started, the daily work,
the path or the skills it takes, and their advice. Each is asked in many ways ("what drew
you to", "walk me through a typical week", "what would you do differently"), so each basic
has its own phrasings here, written from how people word these questions, not from any
one list. A question is read clause by clause: a clause about pay or the field's outlook
covers no basic even when it says "entry-level" or "ten years", and a yes/no question
covers only the advice or the qualification it names (a word in reply covers nothing
else).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .prefilter import holds  # bool(pattern.search(text)), only the alternatives that can match

__all__ = ["BASIC_NAMES", "basics_of", "clauses"]

_I = re.I

#: The four basics, in the order a meeting usually takes them.
BASIC_NAMES = ("how they started", "the daily work", "the path or skills", "their advice")


def _verb(*lemmas: str) -> str:
    """A regex for the inflected forms of regular verbs: start -> start|starts|started|..."""
    forms = []
    for lemma in lemmas:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms.append(rf"{lemma}(?:s|d)?" if lemma.endswith("e") else rf"{lemma}(?:s|ed)?")
        forms.append(rf"{stem}ing")
    return "(?:" + "|".join(forms) + ")"


_GET = r"(?:get|gets|got|gotten|getting)"
_COME = r"(?:come|comes|came|coming)"
_BEGIN = r"(?:begin|begins|began|begun|beginning)"
_CHOOSE = r"(?:choose|chooses|chose|chosen|choosing|pick|picked|decide|decided)"
_FIND = r"(?:find|finds|found|finding)"
_BECOME = r"(?:become|becomes|became|becoming)"
_YOU = r"(?:you|u)"
_FIELD = (
    r"(?:field|career|job|role|line\s+of\s+work|work|industry|profession|sector|area|path"
    r"|specialty|speciality|company|firm|position|occupation|trade|discipline)"
)

_STARTED = re.compile(
    # "How did you get into ...", "how did you end up in nursing", "how did you land here"
    rf"\bhow\s+(?:did|do|have)\s+{_YOU}\s+(?:first\s+|originally\s+|initially\s+|actually\s+"
    rf"|ever\s+|eventually\s+|even\s+|really\s+)?(?:{_GET}|{_BEGIN}|{_BECOME}|{_COME}\s+to"
    rf"|{_FIND}|{_CHOOSE}|{_verb('start', 'end', 'land', 'break', 'enter', 'move', 'switch')}"
    rf"|{_verb('transition', 'arrive', 'make', 'wind', 'decide', 'pivot', 'discover')}"
    rf"|made|wound|go|went|know|knew)\b"
    rf"|\bhow\s+{_YOU}\s+(?:first\s+)?(?:got|came|ended|started|began|became|found|landed"
    rf"|moved|switched|made\s+the|chose|decided|wound)\b"
    # "What drew you to", "what first got you interested", "what led you here"
    rf"|\bwhat\s+(?:was\s+it\s+that\s+)?(?:first\s+|originally\s+|initially\s+|really\s+"
    rf"|ultimately\s+|eventually\s+)?(?:led|drew|draws|attracted|attracts|brought|brings"
    rf"|inspired|motivated|made|got|pulled|pushed|steered|interested|sparked|drove|prompted"
    rf"|convinced|influenced)\s+{_YOU}\b"
    rf"|\bwhat\s+(?:first\s+|originally\s+)?(?:sparked|drew|attracted|piqued|caught)\s+your\s+"
    rf"(?:interest|attention|eye)\b"
    rf"|\bwhy\s+did\s+{_YOU}\s+(?:first\s+|originally\s+|initially\s+|ultimately\s+)?"
    rf"(?:{_CHOOSE}|go\s+into|{_BECOME}|enter|get\s+into|join|pursue|leave|switch|move|study"
    rf"|want|start|take|accept)\b"
    rf"|\bwhy\s+(?:this|that|the)\s+{_FIELD}\b"
    # Their own story: "tell me about your background", "walk me through your path"
    rf"|\byour\s+(?:own\s+|career\s+|professional\s+|personal\s+|educational\s+)?(?:story"
    rf"|background|journey|path|route|trajectory|road|way\s+in|start|beginnings?"
    rf"|career\s+(?:path|history|so\s+far)|first\s+(?:job|role|position|step|break|years?))\b"
    rf"|\bwhat\s+(?:was|were)\s+your\s+(?:first|earliest|previous|early)\b"
    rf"|\bwhat\s+did\s+{_YOU}\s+(?:do|study|major\s+in)\s+(?:before|first|at\s+(?:school|uni"
    rf"|university|college)|in\s+(?:school|college|university)|after\s+(?:school|college"
    rf"|graduating|university))\b"
    rf"|\bwhat\s+(?:were\s+{_YOU}\s+doing|did\s+{_YOU}\s+do)\s+before\b"
    rf"|\bwhere\s+did\s+{_YOU}\s+(?:first\s+)?(?:start|begin|study|train|work\s+before)\b"
    rf"|\bhow\s+(?:long|many\s+years)\s+have\s+{_YOU}\s+been\b"
    rf"|\bhow\s+(?:has|did)\s+your\s+(?:career|path|work|role)\s+(?:unfold|develop|evolve"
    rf"|start|begin|progress|change|grow)\w*"
    rf"|\bwhat\s+(?:path|route|steps)\s+(?:led|brought|took|did\s+{_YOU}\s+take)\b"
    rf"|\bhow\s+{_YOU}\s+(?:got|came)\s+(?:to\s+)?(?:where|here|this)\b"
    rf"|\b(?:tell|walk|take)\s+me\s+(?:a\s+(?:bit|little)\s+)?(?:about|through)\s+(?:yourself"
    rf"|how\s+{_YOU}|your\s+(?:career|path|background|journey|story|experience))\b"
    rf"|\bdid\s+{_YOU}\s+always\s+(?:want|know|plan|intend)\b"
    rf"|\b(?:path|road|route|steps|journey|decisions?|choices|experiences)\s+(?:that\s+)?(?:\w+\s+)?"
    rf"(?:led|brought|took|got)\s+{_YOU}\b"
    rf"|\byour\s+(?:early|earlier|previous|first)\s+(?:career|days|years|jobs?|roles?|steps)\b"
    rf"|\b(?:always|first)\s+(?:wanted|want|interested|planned|plan|known|knew|dreamed|dreamt)\b"
    rf"|\bwhen\s+did\s+{_YOU}\s+(?:first\s+)?(?:know|decide|realise|realize|start|begin)\b",
    _I,
)

_DAILY = re.compile(
    r"\b(?:typical|normal|average|usual|regular|ordinary|standard|routine|real|actual"
    r"|representative|busy|recent|good|bad)\s+(?:work\s*)?(?:day|week|shift|month|workday"
    r"|working\s+day|morning|weekday)s?\b"
    r"|\bday[- ]to[- ]day\b|\bdaily\s+(?:work|tasks|routine|life|duties|basis|responsibilit\w*)"
    r"|\bday[- ]in[- ]the[- ]life\b|\bon\s+a\s+(?:given|typical|normal|daily)\b"
    rf"|\bwhat\s+(?:does|did|would|will)\s+(?:your|a|the|an?\s+\w+'?s?)\s+(?:\w+\s+)?(?:job"
    r"|work|role|position|day|week|team|shift|workday)\s+(?:actually\s+|really\s+|usually\s+"
    r"|typically\s+)?(?:involve|entail|look|consist|include|require|demand|feel)"
    rf"|\bwhat\s+(?:do|does)\s+(?:{_YOU}|people|they)\s+(?:actually\s+|really\s+|usually\s+"
    rf"|typically\s+|mostly\s+)?do\s+(?:all\s+day|at\s+work|each|every|in\s+(?:your|a|the)"
    rf"|on\s+(?:a|the)|day|when)\b"
    rf"|\bwhat\s+(?:do|does)\s+{_YOU}\s+(?:actually\s+|really\s+)?do\W*$"
    rf"|\b(?:spend|spends|spent|spending|devote|divide|split|allocate|structure|organi[sz]e)"
    rf"\s+(?:most\s+of\s+|much\s+of\s+|the\s+bulk\s+of\s+)?(?:your|their|the)\s+(?:time|day"
    rf"|days|week|weeks|hours|energy|working)\b"
    r"|\bhow\s+(?:is|are)\s+your\s+(?:time|days?|weeks?|hours)\s+(?:split|divided|spent"
    r"|structured|organi[sz]ed)\b|\bhow\s+much\s+of\s+your\s+(?:time|day|week)\b"
    r"|\b(?:main|key|daily|typical|core|primary|biggest|usual|major)\s+(?:tasks|duties"
    r"|responsibilit\w*|activities|projects|functions)\b|\bresponsibilit(?:y|ies)\b|\bduties\b"
    rf"|\b(?:projects?|things|problems|tasks|cases|clients|patients|issues|accounts|products"
    rf"|kinds?\s+of\s+\w+|work)\s+(?:are\s+{_YOU}|do\s+{_YOU}"
    rf"|{_YOU}(?:'re|\s+are)?|{_YOU}\s+have)\s+(?:currently\s+|usually\s+|typically\s+)?"
    rf"(?:work\w*\s+on|handl\w*|tackl\w*|do|doing|deal\w*\s+with|involved\s+in|responsible)\b"
    rf"|\bwhat\s+are\s+{_YOU}\s+(?:currently\s+|most\s+excited\s+about\s+)?working\s+on\b"
    # What it is like: the best part, the hard part, what surprised them.
    rf"|\b(?:enjoy|like|love|dislike|value|appreciate)\w*\s+(?:the\s+)?(?:most|best|least)\b"
    rf"|\b(?:don't|do\s+not|doesn't)\s+(?:like|enjoy|love)\s+about\b"
    r"|\b(?:most|least)\s+(?:satisfying|rewarding|challenging|difficult|frustrating|enjoyable"
    r"|interesting|exciting|surprising|fulfilling|stressful|demanding|meaningful|fun|tedious"
    r"|boring|important|common|time-consuming)\b"
    r"|\b(?:favou?rite|best|hardest|worst|toughest|biggest|greatest|least\s+favou?rite"
    r"|trickiest|most\s+\w+)\s+(?:thing|things|part|parts|aspect|aspects|bit|moment|moments"
    r"|challenge|challenges|day|project|surprise|reward|frustration)\b"
    rf"|\b(?:challenges|problems|obstacles|frustrations|difficulties)\s+(?:do\s+{_YOU}|{_YOU}"
    rf"|have\s+{_YOU}|does\s+your)\b|\bsurpris\w+\s+(?:{_YOU}|about)\b"
    rf"|\bwhat(?:'s|\s+is|\s+was)\s+(?:it|the\s+(?:work|job|role|culture|environment|team"
    rf"|atmosphere|pace))\s+(?:really\s+|actually\s+|honestly\s+)?like\b"
    rf"|\bwhat(?:'s|\s+is)\s+(?:it|work|life)\s+like\s+(?:to|working|being|as|at|on|in)\b"
    rf"|\b(?:walk|take|talk)\s+me\s+through\s+(?:a|an|your|one|the)\s+(?:\w+\s+)?(?:day|week"
    rf"|shift|project|task|case|morning|workday)\b"
    rf"|\bwho\s+do\s+{_YOU}\s+(?:\w+\s+)?work\s+with\b|\bwhat\s+(?:tools|software|systems"
    rf"|methods)\s+do\s+{_YOU}\s+(?:\w+\s+)?use\b"
    r"|\b(?:sum\s+up|describe|summari[sz]e)\s+(?:your|the)\s+(?:job|work|role|position)\b"
    r"|\bwhat\s+(?:your|the)\s+(?:\w+\s+)?(?:job|work|role|day|week|position)\s+(?:really\s+"
    r"|actually\s+)?(?:involves|entails|looks\s+like|is\s+like|consists\s+of|requires)\b"
    r"|\b(?:a|your|regular|typical|normal|usual)\s+(?:mondays?|tuesdays?|wednesdays?|thursdays?"
    r"|fridays?|morning|afternoon)\b"
    r"|\bparts?\s+of\s+(?:your|the)\s+(?:\w+\s+)?(?:work|job|role|day|week)\b"
    r"|\bwhat\s+does\s+(?:success|a\s+good\s+day|a\s+bad\s+day|a\s+win|good\s+work)\s+look\s+like\b"
    r"|\bhow\s+much\s+of\s+(?:the|your)\s+(?:job|work|role|day|week|time)\b"
    r"|\b(?:the|your)\s+(?:\w+\s+)?(?:culture|environment|atmosphere|dynamics?)\b"
    r"|\bmisconceptions?\b|\bmyths?\b|\b(?:people|outsiders|others|most\s+people)\s+(?:often\s+)?"
    r"(?:don't|do\s+not|wouldn't|would\s+not|never)\s+(?:expect|realise|realize|know|understand"
    r"|see)\b|\b(?:don't|wouldn't)\s+expect\b"
    r"|\b(?:pressures?|demands|frustrations|headaches|stresses)\b"
    r"|\b(?:love|like|enjoy|dislike|hate|miss|value)\s+(?:most\s+|least\s+|best\s+)?about\b"
    r"|\bprojects?\s+(?:you're|you\s+are|you've\s+been|you\s+have\s+been)\b"
    r"|\b(?:recent|current|favou?rite|typical|latest)\s+(?:project|case|assignment|client|task"
    r"|campaign|patient|story|build)s?\b"
    r"|\bwhat\s+(?:a|an|your)\s+(?:typical\s+|normal\s+|usual\s+)?(?:day|week|shift|workday"
    r"|morning)\s+(?:looks|is|feels)\s+like\b"
    r"|\bwhy\s+(?:do|did|have)\s+you\s+(?:stay|stayed|remain|remained)\b"
    r"|\bfind\s+(?:the\s+)?(?:most|least)\b|\benergi[sz]\w+|\bdrain\w*"
    # How they go about the work and what keeps them at it.
    rf"|\bhow\s+do\s+{_YOU}\s+(?:usually\s+|typically\s+|personally\s+)?(?:handle|approach"
    rf"|manage|deal\s+with|balance|make\s+sure|try|keep|stay|prioriti[sz]e|decide|measure"
    rf"|work\s+with|go\s+about|juggle|cope)\b"
    rf"|\b(?:motivates?|drives?|keeps?|energi[sz]es?|excites?|frustrates?)\s+{_YOU}\b"
    rf"|\b(?:the|your)\s+(?:split|balance|mix)\s+(?:between|of)\b|\bhow\s+much\s+time\b"
    rf"|\b(?:projects?|things|cases|clients)\s+(?:have\s+{_YOU}|{_YOU}(?:'ve|\s+have)?)\s+"
    rf"(?:\w+\s+)?(?:worked\s+on|done|led|handled|enjoyed|been\s+(?:part|proud))\b"
    rf"|\byour\s+(?:experience|time)\s+(?:\w+\s+){{0,5}}?been\s+like\b"
    rf"|\bwhat\s+(?:has|was)\s+(?:it|your\s+experience)\s+been\s+like\b"
    # Life around the work counts with it: hours, balance, travel, stress.
    r"|\bwork[- ](?:life|home)\b|\b(?:life|work)\s+balance\b|\bbalance\s+(?:between\s+)?work\b"
    r"|\blifestyle\b|\bhow\s+many\s+hours\b|\bhours\s+(?:a|per|each)\s+(?:week|day)\b"
    r"|\b(?:work|working)\s+hours\b|\b(?:your|the)\s+(?:hours|schedule)\b|\bon[- ]call\b"
    r"|\bburn-?out\b|\bstress(?:ful)?\b|\btravel\b|\bovertime\b|\bweekends?\b",
    _I,
)

_SKILLS = re.compile(
    r"\bskills?\b|\bskillsets?\b|\b(?:qualities|traits|strengths|abilities|competenc\w+"
    r"|aptitudes?|attributes|characteristics|mindset|personality)\b"
    r"|\bqualif\w*|\bdegrees?\b|\bcertif\w*|\blicen[cs]\w*|\btraining\b|\beducation\w*"
    r"|\b(?:courses?|classes|coursework|modules?|workshops?|bootcamps?|programmes?\s+of\s+study)\b"
    r"|\bcredentials?\b|\bmajors?\b|\bminor\b|\bgraduate\s+(?:school|degree|study|studies)\b"
    r"|\bgrad\s+school\b|\bmaster'?s\b|\bmba\b|\bphd\b|\bdoctora\w+|\bdiploma\b|\bexams?\b"
    r"|\bstudy\b|\blearn\b|\bknowledge\b|\bbackground\s+(?:do|would|does|is|in)\b"
    r"|\bwhat\s+(?:does|did|would|will)\s+it\s+take\b|\bwhat\s+(?:does|would)\s+(?:someone"
    r"|one|a\s+person|a\s+\w+)\s+need\b"
    r"|\b(?:kind|type|sort)s?\s+of\s+(?:experience|background|preparation|person|people)\b"
    r"|\b(?:experience|background)\s+(?:do|would|does|is|are|should|could|that|will)\b"
    r"|\b(?:employers|hiring\s+managers|recruiters|companies|firms|you|they|interviewers"
    r"|managers)\s+(?:\w+\s+)?(?:look|looks|looking)\s+for\b"
    r"|\b(?:value|want\s+to\s+see|expect)\s+(?:most\s+)?(?:in|from)\s+(?:a\s+)?(?:new|junior"
    r"|candidates?|applicants?|hires?|graduates?)"
    r"|\bstand\s+out\b|\bsets?\s+(?:\w+\s+){1,3}apart\b|\bsuccessful\s+in\b|\bsucceed\b"
    r"|\bthrive\b|\bgood\s+at\s+(?:this|the|your)\b|\bexcel\b"
    # Breaking in and the path ahead.
    r"|\b(?:break|breaking|get|getting|gets)\s+(?:in|into|started\s+in|a\s+foot)\b"
    r"|\bfoot\s+in\s+the\s+door\b|\bentry\s+(?:routes?|points?|paths?)\b|\bway\s+in\b"
    r"|\bhow\s+(?:do|does|did|would|can|could|should|might)\s+(?:people|someone|one|newcomers"
    r"|graduates|students|beginners|most\s+people|a\s+\w+|i)\s+(?:\w+\s+)?(?:start|enter"
    r"|begin|prepare|become|move|transition|switch|build|develop|gain|land|find)\b"
    r"|\bprepar\w+\b|\bportfolio\b|\bfirst\s+steps?\b|\bentry[- ]level\b|\bjunior\s+(?:roles?"
    r"|positions?|jobs?|staff|hires?)\b|\b(?:made|makes|make)\s+(?:the\s+)?(?:biggest|most|a|real)\s+"
    r"difference\b"
    r"|\bcareer\s+(?:path|paths|ladder|progress|progression|track|trajectory|development|growth"
    r"|success|advancement|changes?"
    r"|options|prospects|moves?|steps?)\b|\b(?:typical|usual|common|possible)\s+(?:career"
    r"\s+)?(?:paths?|routes?|trajector\w+|progression)\b"
    r"|\bget(?:ting)?\s+ahead\b|(?<!in\s)\badvanc(?:e|es|ed|ing|ement)\b|\bpromot\w+|\bprogress\w*\s+(?:in|through|from|to|within)\b"
    r"|\bmove\s+(?:up|into|on|from)\b|\bwhere\s+(?:do|does|can|could|might|would)\s+"
    r"(?:people|this|that|it|someone|one|the\s+role|a\s+\w+)\s+(?:\w+\s+)?(?:go|lead|move"
    r"|end\s+up|head)\b|\bwhat(?:'s|\s+is|\s+comes)\s+next\s+for\s+you\b"
    r"|\bsee\s+(?:your\s+career|yourself)\b|\bcareer\s+(?:developing|going|heading|evolving)\b|\bwhere\s+(?:would|do|will)\s+you\s+(?:like\s+to\s+|hope\s+to\s+|want\s+to\s+|see\s+yourself\s+)?(?:go|move|work|be|going)\s+(?:next|in\s+(?:five|ten|\d+)\s+years)\b|\bnext\s+(?:step|role|move)\s+(?:after|for\s+(?:someone|people))\b",
    _I,
)

_ADVICE = re.compile(
    r"\badvi[cs]e\w*|\btips?\b|\bpointers?\b|\bguidance\b|\brecommend\w*|\bsuggest\w*"
    r"|\b(?:do|done|doing)\s+(?:anything\s+|things\s+|it\s+)?differently\b"
    r"|\bwish\s+(?:you|someone|i|they|people)\b|\bwish\s+(?:you'd|you\s+had)\b"
    r"|\bif\s+you\s+were\s+(?:me|in\s+my|starting|beginning|just|my\s+age|a\s+student|back"
    r"|advising|twenty|new|applying|to\s+start)|\bin\s+my\s+(?:shoes|position|place|situation)\b"
    r"|\bsomeone\s+(?:like\s+me|in\s+my\s+(?:position|situation))\b"
    r"|\bwhat\s+would\s+you\s+(?:tell|say\s+to|advise|want|recommend|change|do)\b"
    r"|\b(?:you'd|you\s+would|would\s+you)\s+(?:\w+\s+)?(?:tell|say\s+to|advise|warn|share\s+with"
    r"|pass\s+on)\b|\bwarn\w*|\bwisdom\b|\bif\s+you\s+were\b"
    r"|\bhow\s+(?:would|should|could|might)\s+(?:you|i|someone|one)\s+(?:\w+\s+)?go\s+about\b"
    r"|\b(?:i|someone\s+like\s+me)\s+(?:should|ought\s+to|need\s+to)\b"
    r"|\b(?:younger|past|earlier)\s+self\b|\bif\s+you\s+could\s+(?:go\s+back|start\s+over"
    r"|start\s+again|redo|change)\b|\bstart(?:ing)?\s+(?:over|again|out\s+(?:again|today|now))\b"
    r"|\bmistakes?\b|\bpitfalls?\b|\blessons?\b|\bknow\s+now\s+that\b|\bknown\s+(?:before|then"
    r"|earlier|at\s+the\s+start|when)\b|\bwhat\s+do\s+you\s+know\s+now\b"
    r"|\bwhat\s+(?:should|could|can|must|might|would)\s+(?:i|someone|a\s+student|students"
    r"|newcomers|one|a\s+\w+|people)\b|\bshould\s+i\b"
    r"|\bhow\s+(?:should|could|can|might|would|do)\s+i\s+(?:best\s+)?(?:prepare|start|begin"
    r"|approach|go\s+about|get|position|improve|make|build|develop|gain|learn|find|stand"
    r"|choose|decide|use|spend|know|tell|become|move|break|test|explore|avoid)\b"
    r"|\bwhere\s+(?:should|could|would|can)\s+(?:i|someone|a\s+\w+)\s+(?:start|begin|look|go"
    r"|focus)\b|\b(?:my|the)\s+next\s+steps?\b|\bnext\s+steps?\s+(?:for|should|would)\b"
    r"|\bwhat\s+(?:books?|resources|websites|podcasts|blogs|journals|groups|associations"
    r"|organi[sz]ations|events|conferences|communities|newsletters)\b"
    r"|\b(?:books?|resources|podcasts|groups|associations|events)\s+(?:would|should|do)\s+you\b"
    r"|\bworth\s+(?:joining|reading|attending|getting|taking|doing|following|learning)\b",
    _I,
)

# A clause about pay or about where the field is heading covers no basic, whatever words it
# shares with one ("what does an entry-level analyst earn", "how will the field change in
# ten years").
_PAY_CLAUSE = re.compile(
    r"\b(?:salary|salaries|pay|paid|earn\w*|compensation|wages?|income|bonus\w*|make\s+a\s+year"
    r"|how\s+much\s+(?:do|does|did|can|could)\s+\w+(?:\s+\w+)?\s+make)\b",
    _I,
)
_OUTLOOK_CLAUSE = re.compile(
    r"\b(?:job\s+market|outlook|demand\s+for|trends?|future\s+of|where\s+(?:is|do\s+you\s+see)"
    r"\s+(?:the|this)\s+(?:field|industry|sector)|the\s+industry\s+(?:be|heading|going|in\s+\w+"
    r"\s+years)|(?:field|industry|sector|market)\s+(?:is\s+|be\s+)?(?:growing|changing|evolving"
    r"|shrinking|heading)|hiring\s+in\s+(?:five|ten|\d+)|next\s+decade)\b",
    _I,
)

_CLAUSE_SPLIT = re.compile(
    r"[?;]+|\.\s+|,?\s+(?:and|or|but|also)\s+(?=(?:what|how|why|where|which|who|when|is|are"
    r"|do|does|did|can|could|would|should|if|any)\b)",
    _I,
)

# Yes/no questions give a word in reply; only an explicit request for advice still brings
# advice ("Do you have any advice for me?").
_ADVICE_NOUN = re.compile(
    r"\brecommend\w*|\bsuggest\w*|\bwarn\w*|\b(?:advice|tips?|suggestions?|recommendations?|pointers|guidance|lessons)\b"
    r"|\b(?:do|done)\s+(?:anything\s+)?differently\b|\bwish\b",
    _I,
)

# Nor does a yes/no question cover the path, unless it names a qualification ("Is a
# master's degree necessary?"): "Can people move up?" gets a yes.
_QUALIFICATION_NOUN = re.compile(
    r"\bskills?\b|\bqualif\w*|\bdegrees?\b|\bcertif\w*|\blicen[cs]\w*|\bcourses?\b"
    r"|\bmaster'?s\b|\bmba\b|\bphd\b|\bgrad(?:uate)?\s+school\b|\btraining\b|\bportfolio\b",
    _I,
)

# "Who else would you recommend I talk to?" asks for names (the next step), not advice.
_ASKS_FOR_NAMES = re.compile(
    r"\b(?:who|whom|anyone|anybody|someone|somebody|other\s+people|others|colleagues|contacts"
    r"|people)\b[^?]{0,60}?\b(?:talk|speak|contact|reach|meet|connect|introduce|network|get\s+in"
    r"\s+touch|chat|interview)",
    _I,
)
# A yes/no question on their start or their day still names it: "Did you always want to
# be a vet?", "Do you have a typical day?"
_CLOSED_NAMED = (
    ("how they started", re.compile(
        r"\b(?:always|first)\s+(?:want|wanted|interested|plan|planned|know|knew|dream)", _I)),
    ("the daily work", re.compile(
        r"\b(?:typical|normal|average|usual)\s+(?:day|week|shift)\b|\bday[- ]to[- ]day\b", _I)),
)

_RECOMMEND = re.compile(r"\b(?:recommend|suggest)\w*", _I)

_BY_BASIC = (
    ("how they started", _STARTED),
    ("the daily work", _DAILY),
    ("the path or skills", _SKILLS),
    ("their advice", _ADVICE),
)


# "Because I'm considering graduate school, how ...?": the lead-in tells about the asker;
# only the question after it asks about something.
_LEAD_IN = re.compile(
    r"^\W*(?:because|as|since|given|with|having|while|considering|now\s+that|seeing\s+that"
    r"|the\s+work\s+i\s+want|i(?:'m|\s+am)|i(?:'ve|\s+have)|my)\b[^,;?]{0,160}[,;]\s*(?=\w)",
    _I,
)


# "How'd you get into this?" is "How did you ...".
_CONTRACTED_DID = re.compile(r"\b(how|where|why|what|when)'d\b", _I)


def clauses(question: str) -> list[str]:
    """The question cut where a new question starts: at "?", ";" or "and how ...".

    Speakers join questions ("What's a typical day like, and how did you start?"), and a
    clause about pay must not hide the basic asked beside it.
    """
    parts = (_LEAD_IN.sub("", part.strip()) for part in _CLAUSE_SPLIT.split(question))
    return [c for c in parts if c]


def basics_of(question: str, is_closed: Callable[[str], bool] | None = None) -> set[str]:
    """The basics (from :data:`BASIC_NAMES`) that ``question`` asks about.

    ``is_closed`` tells a yes/no clause; such a clause covers only advice or the path, and
    only when it names advice or a qualification.
    """
    found: set[str] = set()
    question = _CONTRACTED_DID.sub(r"\1 did", question)
    for clause in clauses(question):
        if holds(_PAY_CLAUSE, clause) or holds(_OUTLOOK_CLAUSE, clause):
            continue
        if is_closed is not None and is_closed(clause):
            if holds(_ADVICE_NOUN, clause):
                found.add("their advice")
            if holds(_QUALIFICATION_NOUN, clause):
                found.add("the path or skills")
            found |= {name for name, pattern in _CLOSED_NAMED if holds(pattern, clause)}
            continue
        if holds(_STARTED, clause):
            # "How did you first get started in this work?", "How did you get into museum
            # education?": a clause about their start names the field, it does not ask how
            # one breaks in or what education it takes.
            # Advice still counts: "Knowing what you know now, what would you change about
            # your own path?"
            found.add("how they started")
            if holds(_ADVICE, clause):
                found.add("their advice")
            continue
        found |= {name for name, pattern in _BY_BASIC[1:] if holds(pattern, clause)}
        if holds(_ASKS_FOR_NAMES, clause) and not holds(_ADVICE_NOUN,
            _RECOMMEND.sub("", clause)
        ):
            found.discard("their advice")
    return found
