"""What a thank-you note took away, and whether it keeps the door open.

A takeaway is a cue ("you mentioned", "your advice about", "I learned that", "I'll read
the book you recommended") followed by something concrete: words that name a piece of
advice, a book, a person, a tool, a story. "Your advice was very helpful" and "I learned
a lot about the industry" have the cue but name nothing, so they are generic thanks.

Keeping the door open is a promise to report back ("I'll let you know how it goes"), a
wish to stay in touch, a request to get in touch again or an offer to help. A negated one
("I won't bother you again") keeps nothing open.
"""

from __future__ import annotations

import re

from .text import WORD_RE, is_negated, sentence_of, sentences

__all__ = ["find_door_open", "find_takeaway"]

_I = re.I

# Words that say nothing concrete about what was learned: "a lot about the industry",
# "your insights into your career", "so much about the work you do".
_GENERIC = frozenset(re.findall(r"\S+",
    """
    a an the and or of to in on at for with about from into your you yours i me my mine is
    are was were be been being it its this that these those there their they them we our us
    so as if any some much many most more very really just also all lot lots great deal
    whole bit little such even quite truly certainly definitely well good better best
    industry industries field fields career careers work working job jobs role roles company
    companies firm organisation organization business profession professional world sector
    area line experience experiences time day today yesterday week meeting conversation
    conversations chat call talk discussion advice insight insights perspective perspectives
    information info knowledge tips thoughts story stories path paths journey background
    everything anything something things thing stuff ways way what how why where which who
    do does did doing done have has had can could would will should may might must shall
    helpful useful valuable interesting insightful informative great wonderful amazing
    fascinating enlightening inspiring inspirational encouraging eye-opening
    hear hearing learn learned learnt learning know knowing understand understanding
    share shared sharing give gave giving offer offered take took taking get got getting
    help helped helping thank thanks appreciate appreciated grateful sincerely again
    today's yesterday's kind generous generosity willingness
    do's dos don'ts here now then when while than too not no
    kindness patience support honesty candor candour openness warmth hospitality enthusiasm
    guidance wisdom expertise input feedback answers questions words chance opportunity
    pleasure honor honour enjoyed enjoy meeting speaking talking chatting incredibly
    extremely super welcome taking out busy schedule generously
    monday tuesday wednesday thursday friday saturday sunday morning afternoon evening
    weekend month months years year weeks days hours minutes one two three four five six
    seven eight nine ten coffee cafe café lunch breakfast tea zoom phone office video
    making made spending spent giving like it's what's being been make sure enjoyed
    enjoying loved appreciating questions patience
    exciting excited projects project team teams culture possible potential people folks
    answering answered asking patiently ton tons day-to-day daily makes successful success
    environment opportunities position positions department staff colleagues
    employees everyone everybody someone nice awesome cool neat
    organizations organisations companies's goes going went happens happening inside
    ins outs overall general generally broad broadly different various new
    programs programmes products services builds offers provides runs mission values clients
    customers
    own clear clearer picture sense idea rare unique real opened open up away came come
    firsthand first-hand think thinking thought food reflect consider ponder
    lovely fantastic brilliant excellent terrific fun enjoyable
    board involves involved entails future outlook trends networking
    responsibilities duties requirements expectations
    """),
)

# A gap in a template marks where the concrete thing goes: "your advice about [topic]".
_PLACEHOLDER = re.compile(r"\[[^\]\n]{1,40}\]|\{[^}\n]{1,40}\}|<[^>\n]{1,40}>|_{3,}")

_CUES = re.compile(
    # They told: "you mentioned", "when you described", "as you suggested".
    r"\b(?:you|you've|you\s+had)\s+(?:also\s+|kindly\s+|rightly\s+)?(?:mentioned|suggested"
    r"|recommended|said|pointed\s+out|explained|described|told\s+me|shared|advised|noted"
    r"|emphasi[sz]ed|stressed|highlighted|raised|walked\s+me\s+through|showed\s+me|gave\s+me"
    r"|introduced\s+me\s+to|talked\s+about|spoke\s+about|put\s+it|reminded\s+me|pointed\s+me|sent\s+me|flagged"
    r"|steered\s+me|encouraged\s+me)\b"
    r"|\b(?:for|by)\s+(?:explaining|describing|showing\s+me|walking\s+me\s+through|telling\s+me"
    r"|suggesting|recommending|pointing\s+me|sharing|introducing\s+me\s+to|mentioning)\b"
    # "I appreciated you walking me through ...", "you explaining how ..."
    r"|\byou\s+(?:walking\s+me\s+through|explaining|describing|showing\s+me|telling\s+me"
    r"|taking\s+me\s+through|talking\s+me\s+through)\b"
    r"|\b(?:shared|gave|offered|explained)\s+(?:me\s+)?(?:her|his|their|your)\s+(?:view|views"
    r"|perspective|insights?|take|thoughts|experience|advice|story)\s+(?:of|on|about|that)\b"
    r"|\bwhen\s+you\s+(?:said|talked|described|explained|mentioned|spoke|told)\b"
    # "You were right that I should talk to the ward manager first" (round 20's probes)
    r"|\byou\s+were\s+(?:so\s+|absolutely\s+|quite\s+|completely\s+)?right\s+(?:that|about)\b"
    # a doubt the talk settled, with what it was about before it: "Our talk about in-house
    # versus agency roles settled a question I'd had for a year" ("our chat about payments
    # was fun" names only the topic, as the labels of a networking template's note say)
    r"|\b(?:settled|answered|cleared\s+up|resolved|put\s+to\s+rest)\s+(?:a|the|my|one)\s+"
    r"(?:\w+\s+)?(?:question|doubt|dilemma|worry|uncertainty)"
    # Their advice or story, named: "your advice about", "your story of".
    r"|\byour\s+(?:\w+\s+)?(?:advice|point|points|suggestion|suggestions|tip|tips|comment"
    r"|comments|story|stories|insight|insights|description|explanation|recommendation"
    r"|recommendations|idea|ideas|example|examples|reminder|take|warning|account|thoughts"
    r"|encouragement|experience|perspective|view|views|comparison|breakdown|overview|analogy"
    r"|anecdotes?|walkthrough|framing|feedback|critique|notes|list|caution|case|argument"
    r"|distinction|remarks?|observations?|words)\s+(?:about|on|to|that|of|regarding|for|into"
    r"|around|with|between|re\b:?"
    r"|concerning)"
    r"|\b(?:advice|tips?|suggestions?|ideas?|pointers?|insights?|recommendations?|reminder)\s+"
    r"(?:about|on|to|regarding|around)\b"
    r"|\bthe\s+(?:stor(?:y|ies)|example|point|idea|advice|tip|suggestion|part)\s+(?:of|about"
    r"|on|where|when|that)\b"
    # They learned: "I learned that", "it was useful to hear how".
    r"|\bi(?:'ve|\s+have|'d|\s+had)?\s+(?:\w+\s+)?(?:learn(?:ed|t)|discovered|realised|realized"
    r"|understood|found\s+out|gained|picked\s+up|took\s+away|came\s+away|left\s+with|now\s+know"
    r"|now\s+understand|didn't\s+know|did\s+not\s+know|had\s+no\s+idea|never\s+knew"
    r"|hadn't\s+(?:thought|considered|realised|realized)"
    r"|(?:had\s+)?never\s+(?:realised|realized|known|thought|considered|heard))\b"
    r"|\blearning\s+(?:that|about|how|what|why|where|which)\b"
    r"|\b(?:i\s+now|now\s+i)\s+(?:see|know|understand|realise|realize|appreciate)\b"
    r"|\b(?:helpful|useful|interesting|eye-opening|valuable|insightful|enlightening|fascinating"
    r"|reassuring|good|great|surprising|encouraging|inspiring)\s+to\s+(?:hear|learn|know"
    r"|understand|see|find\s+out|discover)\b"
    r"|\bhearing\s+(?:about|how|that|what|why|your)\b"
    # "It was great to meet you and hear more about the new platform": the hearing done
    # ("excited to hear more" looks forward, and names nothing heard)
    r"|\b(?:great|good|nice|lovely|wonderful|a\s+pleasure|helpful|useful|interesting)\s+to\s+"
    r"(?:meet|see|talk\s+(?:to|with))\s+you\s+and\s+(?:hear|learn)\s+(?:more\s+|so\s+much\s+)?"
    r"(?:about|how|that|what|why)\b"
    r"|\b(?:especially|in\s+particular|particularly|specifically|above\s+all)\s+(?:the\s+(?:part"
    r"|bit|section|discussion|story|idea|point|advice|tip|example)|your\s+\w+\s+(?:about|on|of)"
    r"|when\s+you|how|what\s+you\s+(?:said|told)|hearing|learning)\b"
    r"|\b(?:knowing|finding\s+out|understanding|seeing)\s+(?:where|how|what|which|why|that)\b"
    r"|\b(?:catch|catching|bring|bringing|brought|caught|get|getting)\s+me\s+up\s+(?:to\s+"
    r"(?:speed|date)\s+)?on\b|\bexactly\s+what\s+i\s+needed\b"
    r"|\b(?:convinced|persuaded|encouraged|inspired|pushed|motivated)\s+me\s+to\b"
    r"|\b(?:made|helped)\s+me\s+(?:realise|realize|rethink|reconsider|see|understand|decide"
    r"|think|appreciate)\b|\bstuck\s+with\s+me\b|\b(?:stays?|stayed)\s+with\s+me\b"
    r"|\b(?:idea|thing|point|lesson)\s+i(?:'m|\s+am|'ll|\s+will)\s+(?:leaving|taking|walking)\b"
    # Surprise at a fact is learning it: "I was surprised that food scientists ...".
    r"|\b(?:was|am|i'm|felt)\s+(?:\w+\s+)?(?:surprised|struck|amazed|intrigued|relieved"
    r"|reassured|fascinated)\s+(?:that|by\s+(?:how|the|what)|to\s+(?:hear|learn|find|see)|how)\b"
    # News to them, said after the thing: "The way your lab splits the work was news to me".
    r"|\b(?:was|is|were|came\s+as)\s+(?:real\s+|complete\s+)?(?:news|new|a\s+revelation"
    r"|an\s+eye-opener|a\s+surprise|a\s+real\s+surprise)\s+to\s+me\b"
    # What they will do or have done with it: "I'll read the book you recommended".
    r"|\bi(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|\s+plan\s+to|'m\s+planning\s+to"
    r"|\s+intend\s+to|'ve\s+already|\s+have\s+already|'ve\s+just|\s+have\s+just|\s+already"
    r"|'m\s+now|\s+am\s+now|'m\s+excited\s+to|\s+can't\s+wait\s+to"
    r"|'ve|\s+have|\s+just)\s+(?:definitely\s+|certainly\s+|now\s+|also\s+|since\s+|be\s+"
    r"|start\s+|started\s+)?(?:follow|take|took|taken|look\s+into|looked\s+into|looking\s+into|check"
    r"|checked|checking|read|reading|try|tried|trying|join|joined|joining|sign(?:ed)?\s+up"
    r"|signing\s+up|apply(?:ing)?\s+your|applied\s+your|contact|contacted|start|started|register"
    r"|registered|enrol|enroll|enrolled|order|ordered|download|downloaded|listen|listened"
    r"|watch|watched|attend|attending|update|updated|updating|rewrite|rewrote|rewritten|revise"
    r"|revised|reworked|redone"
    r"|research|researched|explore|explored|exploring|practise|practice|practicing|use|using"
    r"|email|emailed|message|messaged|write\s+to|wrote\s+to|talk\s+to|speak\s+(?:to|with)"
    r"|bookmark|bookmarked|pick\s+up|picked\s+up|subscribe|subscribed|put\s+together|draft"
    r"|drafted|build|building|work\s+on|working\s+on|focus|focusing)\b"
    # A named thing they gave: "the book you recommended", "thanks for the tip on".
    r"|\b(?:the|that|those|these)\s+(?:\w+\s+){0,3}?(?:book|books|podcast|podcasts|course|courses"
    r"|article|articles|site|website|tool|tools|newsletter|association|group|conference|contact"
    r"|contacts|certificate|certification|programme|program|blog|event|events|resource"
    r"|resources|name|names|link|links|app|template|report|paper|journal|meetup|class|workshop"
    r"|strategy|approach|framework|exercise)\s+(?:you\s+)?(?:recommended|mentioned|suggested"
    r"|shared|sent|named|pointed|flagged|gave)\b"
    # A work named by its subject or author: "the book on negotiation", "Dr. Lee's book".
    r"|\b(?:the|a|an|that|this|his|her|their|your)\s+(?:[\w-]+\s+)?(?:book|podcast|course|article"
    r"|paper|talk|blog|newsletter|guide|report|video|documentary|study)\s+(?:on|about|by|called"
    r"|titled|named)\b"
    r"|\b[\w.]+'s\s+(?:new\s+|latest\s+)?(?:book|podcast|course|article|paper|blog|newsletter"
    r"|guide|talk)\b"
    # A quotation of their words (two words at least: "huh?" quotes nothing learned).
    r"|\"[^\"\n]{0,60}?\w\s+\w[^\"\n]{0,60}\""
    r"|\bi(?:'m|\s+am)\s+(?:keen|eager|excited|planning|going|determined|ready)\s+to\s+(?:explore"
    r"|read|try|look\s+into|join|apply\s+your|contact|start|follow|take|sign\s+up|reach\s+out\s+to"
    r"|research|practise|practice|check\s+out)\b"
    # What their advice led to: "I took your advice and signed up for ...", "thanks to your
    # tip, I rewrote ...", "grateful for your advice: I've decided to stay ...".
    r"|\b(?:took|followed|acted\s+on|tried|used|taken|followed\s+up\s+on)\s+(?:your|her|his"
    r"|their)\s+(?:\w+\s+)?(?:advice|suggestions?|tips?|recommendations?|ideas?|pointers?)\b"
    r"|\b(?:thanks\s+to|because\s+of|after|following|since)\s+(?:your|our)\s+(?:\w+\s+)?"
    r"(?:advice|tips?|suggestions?|talk|conversation|chat|call|meeting|help|input)\s*,?\s*i\b"
    r"|\byour\s+(?:\w+\s+)?(?:advice|tips?|suggestions?)\s*:"
    r"|\bi(?:'ve|\s+have)?\s+(?:now\s+|since\s+|already\s+)?(?:decided|chosen|made\s+up\s+my\s+mind)"
    r"\s+to\b"
    r"|\bi\s+(?:since\s+|then\s+|immediately\s+|finally\s+)?(?:signed\s+up|enrolled|registered"
    r"|rewrote|revised|reworked|contacted|emailed|reached\s+out\s+to|ordered|bought|joined)\b",
    _I,
)

# After a cue, where what it names ends: a sentence end or the start of another clause.
_OBJECT_END = re.compile(
    r"[.!?;\n]|\s(?:but|and\s+(?:i|thank|thanks|it|for|i'm|i'll|again)|thank\s+you|thanks)\b",
    _I,
)
# Cues that carry their own object: a quotation, a book they recommended.
_SELF_CONTAINED = re.compile(
    r"^\"|^(?:the|that|those|these)\b.*\b(?:recommended|mentioned|suggested|shared|sent|named"
    r"|pointed|flagged|gave)$",
    _I,
)

# Doing something for the contact is the door, not a takeaway: "I'll keep you posted",
# "I'll follow up", "I'll let you know", "I've attached my CV".
_CONTACT_ACT = re.compile(
    r"^\s*(?:you\b|up\b|in\s+touch|back|out\s+to\s+you|with\s+you|your\s+(?:time|kindness"
    r"|generosity))",
    _I,
)


_FIRST_PERSON = re.compile(r"i\b", _I)


# Where they work or what their title is frames the talk; it is not something learned:
# "your work at Horizon Health", "your role as a project manager", "what it's like to work
# at Deloitte", "our coffee at the Blue Door".
_NAME = r"(?:[A-Z][\w&.'-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.'-]*){0,3}|[\w-]+\s*$)"
_FRAMING = re.compile(
    # "your work at Horizon Health", "our coffee at the Blue Door", "your time at the clinic"
    rf"\b(?i:your|the|her|his|their|our)\s+(?i:current\s+|own\s+)?(?i:work|role|job|time"
    rf"|position|career|team|company|firm|day|days|coffee|chat|call|meeting|lunch|conversation)"
    rf"\s+(?i:at|with|in|for)\s+(?:(?i:a|an|the)\s+)?{_NAME}"
    # "your role as a project manager was ..."
    rf"|\b(?i:your|her|his|their)\s+(?i:current\s+)?(?i:role|job|position|work|title)\s+(?i:as)"
    rf"\s+(?:(?i:a|an|the)\s+)?(?:[\w-]+\s*){{1,3}}?(?=\s+(?i:was|is|were|has|really|so|very"
    rf"|and)\b|\s*[,;]|\s*$)"
    # "what it's like to work at Deloitte"
    rf"|\b(?i:what\s+it(?:'s|\s+is)\s+like\s+(?:to\s+work|working|to\s+be|being)\s+(?:at|in|as"
    rf"|for|on)\s+(?:(?:a|an|the)\s+)?){_NAME}"
    rf"|\b(?i:at|in)\s+(?:the\s+)?[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){{0,3}}\s*$"
    # "your perspective on working in public health": the field they work in, at the end
    rf"|\b(?i:working|to\s+work|work|a\s+career|careers?|jobs?|life)\s+(?i:in|as)\s+"
    rf"(?:(?i:a|an|the)\s+)?(?:[\w-]+\s*){{1,3}}$"
    # the field itself as the talk's topic: "your insights into the marketing industry were
    # very helpful", "so much about the field of accounting" (round 20's probes)
    rf"|\b(?i:the\s+)?(?:[\w-]+\s+){{1,2}}?(?i:industry|field|sector|profession)\b(?!\s+(?i:of)\b)"
    rf"|\b(?i:the\s+)?(?i:field|world|profession|area)\s+(?i:of)\s+[\w-]+(?:\s+(?i:and)\s+[\w-]+)?"
    # the job named as the topic (round 23's probes): "so much about what a product manager
    # does", "your insights about the day-to-day of consulting"
    rf"|\b(?i:what\s+(?:a|an)\s+)(?:[\w-]+\s+){{1,3}}?(?i:does|do|is\s+like)\b"
    rf"|\b(?i:the\s+)?(?i:day-to-day|daily\s+life|daily\s+work|ins\s+and\s+outs)\s+(?i:of|in|at|as)"
    rf"\s+(?:(?i:a|an|the)\s+)?(?:[\w-]+\s*){{1,3}}?(?=\s+(?i:was|were|is|has|really|so|very|and)\b"
    rf"|\s*[,;]|\s*$)",
)


# Cues that pass a thing on (advice, a tip, a name): there a proper name is the takeaway, as in
# "your tip about Coursera"; after a topic cue ("hearing about Brightline", "sharing your time
# at Harwick Bank") the name is only the organisation the talk was about.
_HANDS_ON = re.compile(r"advi[cs]|tips?\b|suggest|recommend|point|introduc|mention|pointer", _I)
# A capitalised name, not an acronym: acronyms (GIS, SQL, UX) name skills and tools.
_PROPER = re.compile(r"[A-Z][a-z]")


def _concrete(words_after: str, names_count: bool = True) -> bool:
    if _PLACEHOLDER.search(words_after):
        return True
    words_after = _FRAMING.sub(" ", words_after)
    return any(
        w.lower() not in _GENERIC and len(w) > 2 and not w.isdigit()
        and (names_count or not _PROPER.match(w))
        for w in WORD_RE.findall(words_after)
    )


# What the reader learned about the writer is no takeaway of the writer's: "I appreciate the
# time you spent learning about my background".
_ABOUT_ME = re.compile(r"\s*(?:more\s+)?(?:about\s+)?(?:my|me|myself)\b", _I)


# A suggestion that was only to send something is no advice taken away: "As you suggested,
# I've attached my resume" (round 11).
_SENT_AS_SUGGESTED = re.compile(r"(?:suggested|recommended|advised)$", _I)
_SENDING = re.compile(
    r"\W{0,3}(?:i(?:'ve|\s+have|'m|\s+am)?\s+)?(?:attached|attaching|enclosed|enclosing|sent|sending"
    r"|included|including|forwarded|forwarding|attach|enclose|send|include|forward)\b",
    _I,
)
# Feedback they gave on the writer's product, as user research thanks for, is what they
# taught the product, not a lesson of the writer's: "your comments on the prototype".
_FEEDBACK_CUE = re.compile(r"your\s+(?:\w+\s+)?(?:comments?|feedback|input|thoughts|notes)\b", _I)
_ON_OUR_PRODUCT = re.compile(
    r"\s*(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:prototype|site|website|product|app|service|survey"
    r"|tool|platform|beta|pilot|mock-?ups?|wireframes?|interface)\b",
    _I,
)


# Negated cues that still report learning: "I didn't know that ...", "I had never realised".
_NEWS_TO_ME = re.compile(r"know|knew|idea|reali[sz]|thought|considered|heard", _I)


def find_takeaway(folded: str) -> tuple[int, int] | None:
    """The span of the first cue that names something concrete, or None."""
    spans = sentences(folded)
    for m in _CUES.finditer(folded):
        start, end = m.span()
        floor = sentence_of(spans, start)[0] if spans else 0
        if is_negated(folded, start, end, floor) and not _NEWS_TO_ME.search(m.group(0)):
            continue  # "I didn't learn much" (but "I didn't know that ..." learned it)
        limit = min(len(folded), end + 160)  # a bounded look keeps long notes linear
        stop = _OBJECT_END.search(folded, end, limit)
        tail = folded[end:stop.start() if stop else limit]
        if _FIRST_PERSON.match(m.group(0)) and _CONTACT_ACT.match(tail):
            continue
        if _ABOUT_ME.match(tail) and not _FIRST_PERSON.match(m.group(0)):
            # "the time you spent learning about my qualifications": theirs, not mine ("I've
            # since rewritten my CV summary" is the sender acting on what they learned)
            continue
        if _SENT_AS_SUGGESTED.search(m.group(0)) and _SENDING.match(tail):
            continue
        if _FEEDBACK_CUE.match(m.group(0)) and _ON_OUR_PRODUCT.match(tail):
            continue
        if _SELF_CONTAINED.search(m.group(0)) or _concrete(
            tail, names_count=bool(_HANDS_ON.search(m.group(0)))
        ):
            return m.span()
        # The object may come before: "Daniel Pink's book, which you recommended".
        head = folded[max(floor, start - 60):start]
        if start - 60 > floor and folded[start - 61].isalnum():
            head = head.partition(" ")[2]  # a word cut in half ("preciated") names nothing
        if re.search(r"\b(?:recommended|mentioned|suggested|shared|to\s+me|with\s+me|question"
                     r"|doubt|dilemma|worry|uncertainty)$",
                     m.group(0), _I) and (
            _concrete(head, names_count=False)  # the name in "Dear Dr. Park, ..." is no object
        ):
            return m.span()
    return None


_DOOR = re.compile(
    r"\b(?:stay|keep|remain|be|get|getting|keeping|staying)\s+(?:back\s+)?in\s+(?:touch"
    r"|contact)\b"
    r"|\bwhat\s+(?:would|might|could|should|is)\s+(?:be\s+)?(?:a|the|my)\s+(?:\w+\s+)?next\s+step"
    r"|\bnext\s+steps?\s+(?:would|might|could|should|are|from\s+here)\b"
    r"|\b(?:stay|keep)\s+connected\b|\bkeep\s+in\s+contact\b"
    r"|\b(?:keep|keeping)\s+you\s+(?:posted|updated|informed|in\s+the\s+loop|up\s+to\s+date"
    r"|abreast)\b|\b(?:stay|keep)\s+(?:posted|updated)\b|\bin\s+the\s+loop\b"
    r"|\b(?:let|tell)\s+you\s+(?:know\s+)?(?:how|what|where|when|if|whether|which)\b"
    r"|\bi(?:'ll|\s+will|'d\s+love\s+to|'d\s+like\s+to|\s+hope\s+to|\s+promise\s+to)\s+"
    r"(?:be\s+sure\s+to\s+|make\s+sure\s+to\s+|definitely\s+|certainly\s+|also\s+)?(?:let\s+you"
    r"\s+know|update\s+you|report\s+back|share\s+(?:how|what|my|an?\s+update|the\s+outcome)"
    r"|send\s+you\s+(?:an?\s+)?(?:update|note|line)|be\s+in\s+touch|follow\s+up|check\s+in"
    r"|circle\s+back|touch\s+base|get\s+back\s+to\s+you|write\s+again|reach\s+out\s+again"
    r"|keep\s+you|tell\s+you\s+how)\b"
    r"|\bupdate\s+you\b|\b(?:send|drop|shoot)\s+you\s+(?:a\s+)?(?:quick\s+|short\s+)?(?:line"
    r"|note|email|e-mail|message|update)\b|\b(?:quick|short)\s+update\b|\breport\s+back\b"
    r"|\b(?:may|might|can|could)\s+i\s+(?:\w+\s+)?(?:contact|reach\s+out|follow\s+up|get\s+in"
    r"\s+touch|write|email|e-mail|call|check\s+in|ask|come\s+back|turn\s+to|get\s+back|keep"
    r"|stay|send|share|update|be\s+in\s+touch)\b"
    r"|\b(?:would|will)\s+(?:it\s+be\s+(?:ok|okay|alright|all\s+right|possible|fine)|you\s+mind"
    r"|you\s+be\s+(?:open|happy|willing))\s+(?:if\s+i|to|for\s+me\s+to|my)\s+(?:\w+\s+)?"
    r"(?:contact|reach|follow|write|wrote|email|get|got|check|keep|kept|ask|stay|send|sent"
    # (what they would do for the sender is a favour asked, not the door kept open: "would
    # you be willing to write me a recommendation?", seen in the Reflect app's screenshot)
    r"|touch|call|drop)\w*\b(?!\s+(?:me|us)\b)"
    r"|\b(?:contact|reach\s+out\s+to|write\s+to|email|call)\s+you\s+again\b"
    # More ways to leave the door open: a debt to repay ("I hope I can repay your kindness"),
    # news asked for ("please keep me posted", "I'd love to hear how the launch goes"), a
    # promise to send what comes next ("I'll send you my portfolio once it's finished").
    r"|\brepay\s+(?:your|the|you|this|that)\b"
    r"|\bkeep\s+me\s+(?:posted|updated|informed|in\s+the\s+loop)\b"
    r"|\b(?:love|like|glad|happy|keen|curious|eager)\s+to\s+hear\s+how\s+(?:the|your|it|things"
    r"|that|this)\b"
    r"|\bi(?:'ll|\s+will)\s+send\s+you\s+(?:my|the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:once|when|after"
    r"|as\s+soon\s+as)\b"
    r"|\breach\s+out\s+again\b|\b(?:talk|speak|chat|meet)\s+again\b"
    r"|\blook(?:ing)?\s+forward\s+to\s+(?:seeing|meeting|talking|speaking|catching|staying"
    r"|keeping|working|running\s+into|crossing|hearing|our\s+next|the\s+next|connecting"
    r"|chatting|continuing|following\s+up)\b"
    # "I'm looking forward to ____ with you soon", "to working on it with you"
    r"|\blook(?:ing)?\s+forward\s+to\s+(?:_{2,}|\[[^\]\n]{0,40}\]|\w+ing\b[^.!?\n]{0,30}?)"
    r"\s+with\s+you\b"
    r"|\b(?:write|reach\s+out|check\s+in)\s+(?:to\s+you\s+|with\s+you\s+)?again\b"
    r"|\b(?:come|get|circle|check)\s+back\s+(?:to|with|in\s+with)\s+you\b"
    r"|\b(?:could|should|might|let's|love\s+to|like\s+to)\s+(?:get|grab|have)\s+(?:a\s+)?"
    r"(?:coffee|drink|lunch|chat|call)\b|\bcatch\s+up\s+(?:again|soon|sometime|later|in)\b"
    r"|\blet's\s+(?:stay|keep|talk|catch\s+up|connect|chat|speak|meet)\b"
    r"|\b(?:buy|get|grab|take|treat)\s+you\s+(?:to\s+)?(?:a\s+)?(?:coffee|drink|lunch|tea|beer|breakfast)\b"
    r"|\bnext\s+time\s+(?:i'm|i\s+am|we're|we\s+are|you're|you\s+are)\s+in\b"
    r"|\bhop(?:e|ing)\s+(?:we\s+(?:can|will|could)\s+|to\s+)(?:see|stay|keep|talk|speak|meet"
    r"|catch\s+up|chat|connect|continue|cross)\b|\bhope\s+(?:our|we)\s+(?:paths|meet|cross)\b"
    r"|\bsee\s+you\s+(?:at|again|soon|there|around|next)\b|\b(?:talk|speak)\s+soon\b"
    r"|\buntil\s+next\s+time\b"
    # More of the same in other words (round 20's probes): news promised for later ("I'll
    # email you when the results come out", "I'll reach out when I have news"), their word
    # welcome later ("I'd be glad to hear from you"), an offer kept open ("do keep me in
    # mind if you need a volunteer"), a link made ("I've sent you a connection request"),
    # a meeting hoped for ("hope to bump into you at the next branch meeting")
    r"|\bi(?:'ll|\s+will)\s+(?:\w+\s+)?(?:email|e-mail|write\s+to|message|text|call|contact"
    r"|reach\s+out\s+to)\s+you\s+(?:again\s+)?(?:when|once|after|as\s+soon\s+as|if)\b"
    r"|\bi(?:'ll|\s+will)\s+(?:\w+\s+)?reach\s+out\s+(?:when|once|after|as\s+soon\s+as)\b"
    r"|\b(?:glad|happy|love|delighted)\s+to\s+hear\s+from\s+you\b"
    r"|\bkeep\s+me\s+in\s+mind\b"
    r"|\b(?:sent|send|sending)\s+you\s+(?:a\s+)?(?:connection\s+request|linkedin\s+(?:request"
    r"|invitation|invite)|an?\s+invit(?:ation|e)\s+to\s+connect)\b"
    r"|\b(?:added|followed|add|follow)\s+you\s+on\s+linkedin\b"
    r"|\b(?:bump|run)\s+into\s+you\b"
    # a report back given, or more talk asked for (round 22: a club's follow-up templates):
    # "since we spoke I have ...", "could you spare 15 minutes next week to keep talking?"
    r"|\bsince\s+(?:we\s+(?:spoke|talked|met|chatted)|our\s+(?:chat|call|talk|conversation|meeting)),?"
    r"\s+i(?:'ve|\s+have)\b"
    r"|\b(?:keep|continue)\s+(?:talking|chatting)\b"
    # a next step promised by a date: "You'll have it by the end of the week", "I'll send it
    # over by Friday" (round 20: a consultant's model follow-up)
    r"|\byou(?:'ll|\s+will)\s+have\s+(?:it|this|that|them|the\s+[\w-]+|my\s+[\w-]+)\s+by\b"
    r"|\b(?:send|get)\s+(?:it|this|that|them)\s+(?:over\s+|across\s+)?(?:to\s+you\s+)?"
    r"(?:by|before)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+end"
    r"|tomorrow|next|early)\b"
    r"|\bi(?:'ll|\s+will)\s+(?:send|get)\s+(?:it|this|that|them)\s+(?:over\s+|across\s+)?(?:to\s+you\s+)?"
    r"(?:on\s+(?-i:[A-Z])|early\s+next|next\s+week|tomorrow)\b"
    # More of the same (round 23's probes): news promised once it comes ("I'll write once I
    # hear back", "you'll be the first to know", "I'll send it your way"), more learning or
    # questions hoped for ("I'd like to keep learning from you", "come to you with
    # questions"), their view asked for later, another chat, "don't be a stranger"
    r"|\bi(?:'ll|\s+will)\s+(?:\w+\s+)?(?:write|drop\s+(?:you\s+)?a\s+line|get\s+in\s+touch"
    r"|be\s+in\s+touch)\s+(?:again\s+)?(?:once|when|after|as\s+soon\s+as)\b"
    r"|\byou(?:'ll|\s+will)\s+be\s+the\s+first\s+to\s+(?:know|hear)\b"
    r"|\bsend\s+(?:it|this|them|that|the\s+[\w-]+|my\s+[\w-]+)\s+your\s+way\b"
    # the formal register (round 26: a job-search app's formal template): "I will make a
    # point of informing you of my progress", "to maintain our professional acquaintance"
    r"|\b(?:inform|informing|apprise|apprising)\s+you\s+(?:of|on|about|as\s+to)"
    r"\s+(?:my|how|the\s+outcome)\b|\bkeep(?:ing)?\s+you\s+apprised\b"
    r"|\b(?:keep\s+up|maintain|continue|nurture|sustain)\s+(?:our|this|the)\s+(?:professional\s+)?"
    r"(?:acquaintance|connection|relationship|contact|correspondence)\b(?!\s+with\b)"
    r"|\b(?:keep|continue|carry\s+on)\s+learning\s+from\s+you\b"
    r"|\bcome\s+(?:back\s+)?to\s+you\s+with\s+(?:\w+\s+)?(?:questions|news|updates?)\b"
    r"|\b(?:love|like|glad|happy|keen|eager)\s+to\s+hear\s+your\s+(?:thoughts|views|take"
    r"|opinion)\b[^.!?\n]{0,60}?\b(?:once|when|after)\b"
    r"|\b(?:another|a\s+second|a\s+follow-up|a\s+further)\s+(?:quick\s+|short\s+|brief\s+)?"
    r"(?:chat|call|coffee|conversation|catch-up|talk|meeting)\b"
    r"|\b(?:don't|do\s+not|never)\s+be\s+a\s+stranger\b"
    # A standing invitation: "if you're ever in Leeds, coffee is on me".
    r"|\bif\s+you(?:'re|\s+are)\s+ever\s+(?:in|near|around|passing|at|on)\b"
    r"|\b(?:coffee|lunch|tea|drinks?|dinner|breakfast)\s+(?:is|are|'s)\s+on\s+me\b"
    # The door held open from either side: an offer to help, a standing invitation.
    r"|\b(?:don't|do\s+not|never)\s+hesitate\s+to\s+(?:reach|contact|get\s+in|call|email|ask"
    r"|let\s+me)\b|\bfeel\s+free\s+to\s+(?:reach|contact|get\s+in|call|email|ask|let\s+me)\b"
    r"|\bif\s+(?:there's|there\s+is|i\s+can)\s+(?:ever\s+)?(?:anything|any\s+way|help)\b"
    r"|\bif\s+i\s+can\s+(?:ever\s+)?(?:be\s+of\s+(?:any\s+)?(?:help|use|assistance|service)"
    r"|return|repay|help)\b|\bcross\s+paths\b"
    r"|\b(?:happy|glad)\s+to\s+(?:help|return\s+the\s+favou?r)\b|\breturn\s+the\s+favou?r\b"
    r"|\bpaths\s+(?:cross|will\s+cross)\b|\bconnect\s+(?:with\s+you\s+)?on\s+linkedin\b"
    r"|\b(?:continue|keep|carry\s+on)\s+(?:our|the|this)\s+conversation\b|\btouch\s+base\b"
    # "If you ever fancy a virtual coffee to pick the conversation back up" (round 13)
    r"|\bpick\s+(?:the|our|this)\s+conversation\s+(?:back\s+)?up\b"
    r"|\bpick\s+up\s+(?:the|our|this)\s+conversation\b"
    r"|\bif\s+you\s+(?:ever\s+)?(?:fancy|feel\s+like|would\s+like|'d\s+like|want)\s+(?:a\s+|to\s+)?"
    r"(?:\w+\s+)?(?:coffee|chat|call|catch-up|catch\s+up|talk\s+again|meet\s+again)\b"
    r"|\bfollow\s+up\s+with\s+you\b|\bi(?:'ll|\s+will)\s+(?:let\s+you\s+know|be\s+in\s+touch)\b"
    r"|\b(?:share|tell\s+you)\s+(?:how|what)\s+(?:it|things|this|that)\s+(?:goes|go|went|turn"
    r"|work|comes)\b"
    # The note is itself the report back: "I'm happy to tell you that I've accepted ..."
    r"|\b(?:happy|glad|delighted|thrilled|pleased|excited)\s+to\s+(?:tell|let)\s+you\s+(?:know\s+)?"
    r"(?:that\s+)?i(?:'ve|\s+have|'m|\s+am)\b",
    _I,
)

# "Thanks for putting me in touch with Maya" thanks an introduction; it keeps no door open.
_PUT_IN_TOUCH = re.compile(r"\b(?:put|putting|get|getting|got)\s+me\s+in\s+touch\s+with\b", _I)


_WITH_SOMEONE_ELSE = re.compile(r"\s+(?:with|to)\s+(?:him|her|them|(?-i:[A-Z])[a-z]+)\b", _I)


# "I hope you won't mind if I stay in touch": the negation is of minding, not of the door.
_POLITE_NEGATION = re.compile(
    r"(?:n't|\bnot|\bnever)\s+(?:\w+\s+)?(?:mind|hesitate|forget|be\s+a\s+stranger)\b", _I
)


def find_door_open(folded: str) -> tuple[int, int] | None:
    """The span of the first line that keeps the door open (not negated), or None."""
    spans = sentences(folded)
    for m in _DOOR.finditer(folded):
        start, end = m.span()
        if _PUT_IN_TOUCH.search(folded, max(0, start - 12), end):
            continue
        if _WITH_SOMEONE_ELSE.match(folded, end):
            continue  # "I hope to talk with him about ...": the person they were referred to
        floor = sentence_of(spans, start)[0] if spans else 0
        if is_negated(folded, start, end, floor) and not _POLITE_NEGATION.search(
            folded, max(floor, start - 40), start
        ):
            continue
        return m.span()
    return None
