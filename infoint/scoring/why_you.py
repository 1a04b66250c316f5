"""Why this person? The ``why-you`` rule's reading.

Counsellors ask every message one question the other rules do not: out of everyone in the
field, why write to *this* person? A message answers it when it names something of theirs
that made the sender choose them: their article, talk or research; their path ("since you
made that move yourself"); their role or team ("I saw you recruit there"); what a
referrer said of them ("nobody knows more about ... than you"). Where they were found
(LinkedIn, the alumni list) or a school in common is a connection, not a reason; their
employer alone ("I see you work at XYZ") or a wish to hear about "your work at the
company" could be sent to anyone there.
"""

from __future__ import annotations

import re

from .prefilter import candidates, fold_for_keys, lowered, prepare_later, scan, split

__all__ = ["find_why_you"]

_I = re.I

# Something of theirs that can only be this person's: a piece of their work or their path.
_THEIR_THING = (
    r"(?:article|articles|post|posts|blog|blogs|newsletter|book|talk|keynote|panel|session"
    r"|presentation|podcast|paper|papers|piece|interview|research|thesis|writing|video|webinar"
    r"|career\s+path|path|journey|move|transition|switch|background|experience|time|story"
    r"|approach|expertise|product|project|projects|work|career|role|profile|portfolio"
    r"|column|essay|op-ed|lecture|workshop|speech|episode|answer|comment|thread|report"
    r"|dissertation|documentary|exhibition|seminar|tutorial|series|write-?ups?"
    # what they made or decided, named as a piece of theirs (round 20's probes): "your
    # team's redesign of the bus map", "your answers on the forum", "your case study"
    r"|redesign|decision|answers|comments|threads|case\s+study|campaign|initiative|mural"
    r"|contributions?|reporting|coverage|remarks|slides"
    # their years somewhere, named with what struck them: "your ten years at the Red Cross
    # are exactly the experience I'd like to hear about" (round 23's probes)
    r"|years|decade|decades)"
)
# A gap that offers one of them: "your [talk/panel/session]".
_GAP_THING = (
    r"\[[^\]\n]{0,40}?(?:talk|article|post|project|work|panel|research|role)[^\]\n]{0,40}\]"
)
_YOUR = rf"\byour\s+(?:[\w\[\]'’/-]+\s+){{0,3}}?(?:{_THEIR_THING}\b|{_GAP_THING})"
# What their team or firm did ("your team's redesign", "your bank's push into ..."): a piece
# of theirs like the ones above. The firm alone ("your company's reputation", "your firm's
# values") is what anyone there shares, so only a move it made counts for a firm.
_UNITS_THING = (
    r"\byour\s+(?:(?:team|studio|lab|group|department|unit|office|desk|newsroom)['’]s\s+\w"
    r"|(?:company|firm|bank|agency|organi[sz]ation|practice|charity|business|council|school"
    r"|museum|paper|magazine|start-?up)['’]s\s+(?:[\w-]+\s+)?(?:decision|move|push|launch|shift"
    r"|bet|switch|expansion|redesign|campaign|initiative|programme|program|approach|response"
    r"|work\s+on|pivot))"
)
# What makes "your experience" a reason rather than a topic: it struck them. ("I'd love to
# hear about your work", "especially your time at X" name a topic, which anyone could.)
_STRUCK = (
    r"(?:stood\s+out|stands\s+out|caught\s+my\s+(?:eye|attention|interest)|impress\w*|inspir\w*"
    r"|struck|fascinat\w*|admir\w*|enjoy\w*|loved|read|reading|finished|follow\w*|noticed"
    r"|resonat\w*|intrigu\w*|exactly|just\s+the|listened|watched|attended"
    # what a piece of theirs was like to read: "found it gripping", "an eye-opening post"
    # ("insightful" is left out: "it would be insightful to hear about your time" is a topic)
    r"|gripping|compelling|eye-opening|thought-provoking"
    # high praise, or the reason given outright: "your work across three councils is
    # remarkable", "given your role in the planning office, your view would help"
    r"|remarkable|outstanding|extraordinary|given|because\s+of|in\s+light\s+of"
    # the thing as what draws them: "your work with independent practices interests me"
    r"|interests\s+me|interested\s+me"
    # what it did for them, or what it made them do (round 20's probes): "answered questions
    # I had", "was so helpful", "has stayed with me", "got a lot out of", "is what made me
    # write", "is something I'd love to understand" ("would be helpful" is what anyone's
    # advice would be, so only a past help counts)
    r"|answered|(?:was|were|has\s+been|have\s+been)\s+(?:so\s+|very\s+|really\s+|incredibly\s+"
    r"|extremely\s+)?(?:helpful|useful|practical|valuable)|found\s+(?:it|them)\s+(?:so\s+|very\s+"
    r"|really\s+)?(?:helpful|useful|practical)|practical|spot\s+on"
    r"|(?:stayed|stuck)\s+with\s+me|got\s+(?:a\s+lot|so\s+much)\s+(?:out\s+)?of"
    r"|learn(?:ed|t)\s+(?:a\s+lot|so\s+much)\s+from|(?:what|which)\s+(?:made|prompted|led)\s+me"
    r"|made\s+me\s+(?:want\s+to\s+)?(?:write|reach|contact|get\s+in\s+touch|curious|think)"
    r"|something\s+i(?:'d|\s+would|\s+hope|\s+want)|the\s+reason\s+i(?:'m|\s+am)?\s+(?:writing"
    r"|reaching)"
    # "your report on cycle lanes is the reason I want to work in planning"
    r"|(?:is|was)\s+(?:the|my|a\s+big|part\s+of\s+the)\s+reason\b)"
)

# "Your background in [area] stood out", "I've read your blog posts", "I enjoyed your talk":
# something of theirs, and within the same sentence (60 characters either side) what
# struck them. Found in two steps, each a plain scan, rather than one pattern that would
# try every cue at every position.
_YOUR_RE = re.compile(rf"{_YOUR}|{_UNITS_THING}", _I)
_STRUCK_RE = re.compile(rf"\b{_STRUCK}\b", _I)
_STOP = re.compile(r"[.!?\n]")

_PATTERNS = [
    # A piece of their work named by its topic: "your research on carbon pricing", "your
    # post on staff turnover", "your experience as a product designer".
    re.compile(
        r"\byour\s+(?:recent\s+|latest\s+|new\s+)?(?:work|research|article|post|paper|talk|book"
        r"|blog\s+post|piece|podcast|study|project|report)\s+(?:on|about|into)\b"
        # The same with words of its own before it: "your TEDx talk on walkable towns", "your
        # open-source tool for zoning maps", "your episode on the Planning Matters podcast".
        r"|\byour\s+(?:[\w-]+\s+){1,2}?(?:article|post|paper|talk|book|podcast|episode|study"
        r"|project|report|tool|library|app|thesis|documentary|video|newsletter|column|series"
        r"|exhibition|course|workshop|keynote|webinar|write-?up)\s+(?:on|about|into|for)\b"
        r"|\byour\s+(?:episode|interview|appearance|feature|segment)\s+(?:on|in|with)\b"
        # A piece of theirs come across: "I saw your comment on the thread" (round 15; "saw
        # your profile" names what anyone has; a talk or an article is a reason by itself, below)
        r"|\b(?:saw|seen|came\s+across|spotted)\s+your\s+(?:recent\s+|latest\s+)?(?:comment|answer"
        r"|thread|reply|review|tweet|video|post|question|poster)s?\b"
        # Their thing called by its name: "your project TinyKnight", "your podcast Deep Roots".
        r"|\byour\s+(?:[\w-]+\s+)?(?:project|app|tool|library|book|podcast|startup|blog"
        r"|newsletter|game|studio|shop|show|channel|nonprofit|charity)\s+(?-i:[A-Z])"
        r"|\byour\s+experience\s+as\s+(?:a|an)\b"
        # A piece of theirs is a reason by itself: "your talk last week was a real hit".
        r"|\byour\s+(?:recent\s+|latest\s+|last\s+)?(?:article|blog|talk|keynote|podcast|paper|book"
        r"|newsletter|webinar|presentation|column|essay|op-ed|lecture|speech|episode|documentary"
        r"|dissertation|thesis|exhibition|write-?up)s?\b"
        # Their field is the sender's goal: "you're in consulting, which is what I want to do".
        r"|\b(?:you(?:'re|\s+are)?|ur)\s+(?:work\s+)?in\s+[^.!?\n]{1,40}?\b(?:which|that)\s+is\s+"
        r"(?:exactly\s+)?(?:what|where)\s+i\b"
        # What they did, as what the sender hopes to do: "You've worked in three countries as
        # a civil engineer, and that is something I hope to do" (round 20's probes)
        r"|\byou(?:'ve|\s+have|\s+did|'re|\s+are|\s+were)?\s+(?:worked|moved|made|built|gone|done"
        r"|switched|spent|lived|taken|become|now|started|founded|left|joined|went|took|chose"
        r"|turned)\b[^.!?\n]{1,80}?\b(?:which|and\s+that|that)"
        r"(?:'s|\s+is)\s+(?:exactly\s+|just\s+|precisely\s+)?(?:what|where|something"
        r"|the\s+(?:[\w-]+\s+){0,2}?(?:path|switch|move|route|career|direction|step|transition))"
        r"\s+(?:that\s+)?i(?:'d|'m|\s+am|\s+would|\s+hope|\s+want|\s+plan|\s+aim)\b"
        # what they have been, as the choice the sender faces: "You've been an ICU nurse and
        # now teach nursing, the two careers I'm torn between" (round 23's probes)
        r"|\byou(?:'ve|\s+have)\s+(?:been|worked|done)\b[^.!?\n]{1,80}?\bthe\s+(?:two\s+|very\s+)?"
        r"(?:careers?|paths?|fields?|jobs?|roles?|routes?|options?)\s+(?:that\s+)?i(?:'m|\s+am)\s+"
        r"(?:torn|choosing|deciding|weighing|considering)\b",
        _I,
    ),
    # Their path: "since you've made that move yourself", "the way you went from A to B"
# ("how you got your start" is what they want to ask, not why they chose this person),
    # "your move from school to the bank".
    re.compile(
        r"\b(?:since|as|because|given\s+that)\s+you(?:'ve|\s+have|'d|\s+had)?\s+(?:already\s+|also\s+)?"
        r"(?:made|moved|switched|went|gone|done|worked|built|led|scaled|run|started|spent|been"
        r"|changed|transitioned|studied|trained|left|came|began|pivoted|joined|served|taught|lived"
        # what they have done for others: "because you've mentored so many first-generation
        # students" (round 23's probes)
        r"|mentored|coached|hired|written|published|founded|managed|covered)\b"
        # Their path told to them: "you went from nursing into administration" (not "how you
        # went from ...", which is what they want to ask), "you've spent a decade in ..."
        r"|(?<!how\s)\byou\s+(?:went|moved|switched|transitioned|pivoted|made\s+the\s+(?:move"
        r"|switch|jump|leap))\s+from\b"
        r"|(?<!how\s)(?<!if\s)(?<!whether\s)\byou(?:'ve|\s+have)\s+(?:spent|built|led|founded"
        r"|co-founded|launched|published|written|pioneered)\b"
        r"|\bthe\s+way\s+you\s+(?:went|moved|made|switched|got|built|changed|transitioned"
        r"|use|used|combine|combined|turn|turned"
        # how they put things in a piece of theirs: "the way you discuss machine learning"
        r"|discuss|discussed|explain|explained|describe|described|present|presented|frame"
        r"|framed)\b"
        r"|\byour\s+(?:move|transition|switch|path|route|jump)\s+(?:from|into|out)\b"
        # the way their career went, and what they did, told to them with its year (round
        # 22): "the way your career went from [A] to [B]", "You turned down joining
        # Ledgerline in 2012, then left your job in 2019"
        # (one alternative, not two: each alternative is a scan of its own)
        r"|\b(?:the\s+way\s+your\s+(?:career|path|journey|work)\s+(?:went|moved|has\s+gone|developed"
        r"|evolved|took|unfolded)|your\s+(?:career|path)\s+(?:went|moved)\s+from)\b"
        r"|(?:^|[.!?]\s+)you\s+(?:turned|said\s+no|left|joined|moved|started|spent|took|chose|decided"
        r"|went|quit|gave\s+up|switched|sold|founded|built|led)\b[^.!?\n]{0,80}?\b(?:in|by|since)\s+"
        r"(?:19|20)\d\d\b"
        # "You, though, seem to have moved into a completely different sector"
        r"|\byou(?:,\s*\w+,)?\s+(?:seem|appear)\s+to\s+have\s+(?:moved|made|switched|gone|built"
        r"|done|changed|taken|found)\b",
        _I,
    ),
    # What is known or said of them: "I hear you've built a terrific team", "you're one of
    # the few people who ...", "nobody knows more about ... than you", "mentioned you as".
    re.compile(
        r"\b(?:i\s+)?(?:hear|heard|understand|gather|know|knew|learned|read)\s+(?:that\s+)?you(?:'ve"
        r"|\s+have|'re|\s+are|\s+were|'d|\s+had)\s+(?!been\s+(?:busy|away|ill)\b)"
        r"(?:(?:a|an|one|the|been|built|had|put|led|made|done|worked|spent|run|moved|written|spoken"
        r"|given|published|now|recently|also)\b)"
        r"|\byou(?:'re|\s+are)\s+(?:one\s+of\s+(?:the|very|only\s+a|a)\s+(?:few|best|top|only"
        r"|handful|small\s+number)|the\s+only"
        r"|the\s+(?:right|best)\s+person"
        r"|an\s+expert|the\s+expert|the\s+person\s+to)\b"
        r"|\b(?:nobody|no\s+one|no-one)\s+knows\s+(?:more\b|[^.!?\n]{1,40}?\bbetter\s+than\s+you\b)"
        r"|\byou(?:'re|\s+are)\s+the\s+(?:first\s+|one\s+)?person\s+(?:that\s+)?i\s+(?:most\s+)?"
        r"(?:wanted|hoped|thought\s+of|had\s+in\s+mind)\b"
        r"|\b(?:mentioned|described|recommended|suggested|named)\s+you\s+as\b"
        r"|\byour\s+name\s+as\s+(?:a|an|the)\b"
        # What a referrer thought: "she thought it would be worthwhile for me to meet you"
        r"|\b(?:thought|said|felt|suggested|told\s+me|says|mentioned)\s+(?:that\s+)?(?:it\s+would\s+be\s+(?:worthwhile|helpful"
        r"|useful|valuable|good|great)\s+(?:for\s+me\s+)?to\s+(?:meet|talk|speak)\s+(?:with\s+|to\s+)?you"
        # "told me you'd be glad to talk": the referrer chose them for the sender
        r"|you(?:'d|\s+would)\s+be\s+(?:a\s+)?(?:great|good|the\s+right|the\s+best|ideal|helpful"
        r"|glad|happy|willing|keen|open\s+to)"
        r"|you\s+know\s+(?:more|the\s+most|a\s+lot|everything))\b"
        r"|\b(?:keep|kept)\s+hearing\s+your\s+name\b|\byour\s+name\s+keeps\s+coming\s+up\b"
        # (and the same said as a verb: "I really admire how you built the volunteer programme")
        r"|\b(?:(?:impressed|inspired|struck|fascinated|intrigued)\s+by|admire|admired|love|loved"
        r"|appreciate|appreciated|enjoyed|respect|respected)\s+(?:how|the\s+way|what)\s+you\b"
        # "Your name came up three times", "your name was given to me" (round 20's probes);
        # only when people named them: "came up in the alumni group on LinkedIn" is a source
        r"|\byour\s+name\s+(?:(?:came|comes|keeps\s+coming|kept\s+coming)\s+up\s+(?:(?:again\s+"
        r"|more\s+than\s+)?(?:once|twice|three\s+times|several\s+times|a\s+few\s+times|many\s+times"
        r"|repeatedly|again)|when\s+i\s+asked|as\s+(?:the|someone)|in\s+(?:a\s+|my\s+|our\s+|every\s+)?"
        r"conversations?)|was\s+(?:given|mentioned|suggested|passed))\b"
        # What they said or made, heard or seen by the sender: "what you said on the alumni
        # panel", "the answers you give on the forum", "the mural your studio did for ..."
        r"|(?<!know\s)(?<!hear\s)(?<!ask\s)\bwhat\s+you\s+(?:said|wrote|shared|posted|described"
        r"|explained)\s+(?:at|on|in|about|during)\b"
        r"|\bthe\s+(?:[\w-]+\s+){0,3}?(?:answers?|comments?|talk|article|post|piece|project|tips"
        r"|points?|presentation|thread|book|paper|video|mural|campaign|app|tool|redesign|report"
        # what they led ("the payments migration you led at Wavecrest": round 23)
        r"|migration|rollout|launch|rebuild|overhaul|merger|programme|program|study|survey|scheme)"
        r"\s+(?:that\s+)?(?:you|your\s+(?:team|studio|lab|group|firm|company|department))\s+"
        r"(?:gave|give|left|leave|wrote|write|posted|post|shared|share|made|did|published|ran"
        r"|led|built|presented|offered|designed|launched)\b"
        # What they did, told by someone or as a fact: "Professor Hale told me you built the
        # cycling plan", "I gather you mentor new graduates", "You wrote the report on ...".
        r"|\b(?:told\s+me|tells\s+me|says|said|mentioned|hear|heard|gather|understand|know|learned"
        r"|read)\s+(?:that\s+)?you\s+(?:built|wrote|led|lead|founded|created|designed|run|ran"
        r"|started|launched|published|manage|managed|set\s+up|mentor|mentored|teach|taught"
        r"|coach|host|hosted|organi[sz]e|organi[sz]ed|developed|pioneered|helped\s+(?:build|start"
        r"|launch|set\s+up|design|create|write))\b"
        r"|(?:^|[.!?]\s+)you\s+(?:wrote|built|led|founded|created|designed|published|launched"
        r"|pioneered|developed)\s+(?:the|a|an|that|this|your|our|one)\b"
        # what was written of them: "You were quoted in the Herald on ...", "I saw you
        # featured in the alumni magazine" (round 23's probes)
        r"|\byou\s+(?:were\s+|being\s+)?(?:quoted|featured|profiled|interviewed|mentioned|cited)"
        r"\s+(?:in|on|by)\s+(?:the\s+|a\s+|an\s+)?(?-i:[A-Z])"
        # What they told the sender themselves, where they met: "you told me about the
        # magazines your press puts out" (round 11).
        r"|(?<!if\s)(?<!whether\s)\byou\s+(?:told|showed)\s+(?:me|us)\s+(?:about|how|what|a\s+bit"
        r"\s+about)\b"
        # Something of theirs they are building, or a named scheme of theirs the sender has
        # followed: "what you're building at Nimbus", "interested in the Revive Geelong scheme".
        r"|\bwhat\s+you(?:'re|\s+are)\s+(?:building|creating|developing)\s+(?:at|with)\s+"
        r"(?-i:[A-Z])"
        r"|\b(?:interested\s+in|following|admired|inspired\s+by)\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*"
        r"(?:\s+(?-i:[A-Z])[\w'-]*){0,3}\s+(?:scheme|project|programme|program|initiative"
        r"|campaign|exhibition|plan)\b",
        _I,
    ),
    # Their role, noticed: "noticed you're a manager there", "I saw you recruit there", "I
    # noticed you know [connection]". Their employer or field alone ("I see you work at
    # XYZ", "saw you're at {company}", "you're now at [Company]") is what anyone there
    # shares, so it is a reason only with what they do there: "you work at [Company] as
    # its [role]", "you're now [title]" (round 18: the labels of five sources agree).
    re.compile(
        r"\b(?:saw|see|noticed|notice|read|learned|mentioned|spotted)\s+(?:that\s+)?you(?:'re|\s+are"
        r"|\s+were|'ve|\s+have)?\s+(?:now\s+|recently\s+|currently\s+|also\s+)?(?:"
        r"recruit|lead|led|manage|run|joined|moved|started|know|teach|part\s+of"
        # what they were before: "I see you used to recruit for [Company]" (round 26)
        r"|used\s+to\s+(?:recruit|work|be|teach|lead|run|manage|design|build|write|practi[sc]e)\b"
        # whose hiring they oversee: "I see that you look after all [functions] hiring at
        # [company]" (round 23: an engineer's recruiter template)
        r"|look\s+after|oversee|handle|cover"
        # whom they hire: "I noticed you hire for [team]", "you're bringing on four reps" (round 15)
        r"|hire|hiring|bringing\s+on|taking\s+on"
        r"|(?:a|an)\s+(?!(?:fellow\s+)?(?:alum\w*|graduate|grad|member\s+of)\b)"
        # "saw you're a marketing professional" names their field alone (round 20's probes)
        r"(?!(?:[\w-]+\s+){0,2}?(?:professional|employee|worker)s?\b)"
        r"|founded|co-founded|built|created|launched|wrote|published|made|designed"
        # where they work with what they do there: "work at [Company] as a", "work on the
        # payments team", "now [title/role]"
        r"|(?:work|worked|working)\s+(?:(?:at|for|in)\s+[^.!?\n,]{1,40}?\s+)?(?:as|on|with)\s"
        r"|on\s+|now\s+\[|now\s+(?:a|an|the|head|lead|director|manager)\b)"
        r"|\b(?:we|you\s+and\s+i)\s+both\s+(?:work|worked|served|studied|came|\["
        # a start in common: "you and I both started out in marine biology" (round 19)
        r"|started|began|trained)",
        _I,
    ),
    # What their own team made: "the new approach your department has introduced"; what
    # they run for others: "thank you for running the Backend Builders community" (round 13).
    re.compile(
        r"\byour\s+(?:team|department|lab|group|studio|company)\s+(?:has|have|had|recently)\s+"
        r"(?:just\s+)?(?:introduced|launched|built|developed|published|released|started|created)\b"
        # what their team works with: "I see your team uses [SOME TECH]" (round 18)
        r"|\byour\s+(?:team|department|lab|group|studio)\s+(?:uses|works\s+(?:on|with)"
        r"|is\s+(?:building|developing|using|working\s+on)|runs|builds)\b"
        # "your team built the transit app I use" (round 15)
        r"|\byour\s+(?:team|department|lab|group|studio)\s+(?:built|designed|developed|created"
        r"|launched|released|published)\b"
        r"|\bthank(?:s|\s+you)\s+(?:so\s+much\s+|again\s+)?for\s+(?:running|organi[sz]ing|hosting"
        r"|leading|founding|starting|moderating|building)\s+(?:the\s+|this\s+|your\s+)?"
        r"(?:[\w'\[\]/-]+\s+){0,4}?(?:community|group|meetup|network|chapter|club|forum|society"
        r"|series|programme|program|newsletter|podcast|channel|server|slack|discord|\[)",
        _I,
    ),
]

# A template's gap that asks for the reason, where the sentence says it struck them or is
# about them: "I was really impressed by [specific accomplishment]", "Your [recent
# achievement] caught my attention", "because [reason you chose them]" (round 20's probes).
# A gap for their role or employer alone ("your [specific role] at [Company]") is no reason,
# as for the same words written out.
_REASON_GAP = (
    r"[\[{<](?![^\]}>\n]{0,60}?\b(?:role|title|position|company|firm|employer|industry|field)\b)"
    r"[^\]}>\n]{0,50}?\b(?:specific|something|detail|details|accomplishment|achievement|reason"
    r"|insight|news|recent|admire)[^\]}>\n]{0,50}[\]}>]"
)
# (What struck them about their firm is not about them: "I admire what [Company] built with
# [specific project]", "[Company] appeals to me because [specific reason]".)
# (Run only when the text has a gap at all: most messages have none.)
_GAP_REASON = re.compile(
    r"\b(?:impress\w*|inspir\w*|struck|admir\w*|caught\s+my\s+(?:eye|attention|interest)"
    r"|stood\s+out|fascinat\w*|loved|enjoyed)\b"
    r"(?:(?!\[\s*company|\b(?:company|firm|organi[sz]ation)\b)[^.!?\n]){0,40}?" + _REASON_GAP
    + r"|\b(?:your|you)\s+" + _REASON_GAP
    # a gap for the reason itself, said of them: "because [reason you chose them]"
    + r"|[\[{<][^\]}>\n]{0,40}?\b(?:reason|why)\b[^\]}>\n]{0,40}?\b(?:them|their|him|her"
    r"|this\s+person)\b[^\]}>\n]{0,20}[\]}>]",
    _I,
)

# What find_why_you runs: each pattern but the first cut into its alternatives, so that the
# prefilter skips those whose words are absent. Only each one's first match is read, and the
# earliest alternative's first match is the whole pattern's (the earlier one on a tie). The
# first stays whole: its alternatives nearly all open with "your", which re tests once.
_SCAN = _PATTERNS[:1] + split(_PATTERNS[1:])
prepare_later(_SCAN)

# Praise of something every professional has ("your path stood out", "your career is
# impressive", "came across your profile and noticed ...") could be sent to anyone: it is a
# reason only with what in it struck them, "your background in [area]", "your path from
# teaching into design", "your time at the Gazette".
_GENERIC_THING = re.compile(
    r"(?:career(?:\s+path)?|path|journey|profile|experience|background|work|role|time|story"
    r"|expertise|career\s+journey)$",
    _I,
)
_QUALIFIED = re.compile(
    r"\s*\[|\s+(?:in|at|as|from|with|on|into|across|through|building|leading|running|within"
    r"|between|since|over|of)\s+\S"
    # told in an apposition: "your profile, an impressive path through three banks"
    r"|,\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:path|career|journey|background|move|route)"
    r"\s+(?:through|from|in|across|at|into)\s+\S"
    # or told straight after it: "your career, from paralegal to partner, ..." (round 15)
    r"|,\s*(?:from|through|across)\s+\S",
    _I,
)


# What qualifies nothing: "your role at the company" is what anyone there has, and "your
# profile on LinkedIn" says where it was found (round 21: a mail-merge script).
_AT_THE_FIRM = re.compile(
    r"\s+(?:at|with|in|within)\s+(?:the|your)\s+(?:company|firm|organi[sz]ation|business|bank"
    r"|agency|team)\b(?!\s*['’]s)"
    r"|\s+on\s+(?:linkedin|twitter|x|instagram|handshake|the\s+(?:company|firm|alumni)\s+\w+"
    r"|(?:the|your)\s+(?:company\s+)?(?:website|site|page|directory))\b",
    _I,
)


# What their firm did is not theirs (its moves are read by _UNITS_THING): "your
# organisation's work in education inspires me" (round 23's probes).
_FIRMS_THING = re.compile(
    r"^your\s+(?:[\w-]+\s+)?(?:company|firm|organi[sz]ation|business|employer|bank|agency"
    r"|brand|school|university|charity)['’]s\s",
    _I,
)


_UNITS_RE = re.compile(_UNITS_THING, _I)
_DETAIL_LATER = re.compile(
    r"\b(?:especially|particularly|in\s+particular|specifically|above\s+all)\b[,\s]+(?:where|how"
    r"|when|what|the\s+(?:part|bit|line|way)|your\s+\w+|that\s+you)\b",
    _I,
)


def _generic_praise(folded: str, start: int, end: int) -> bool:
    """Whether the "your ..." at ``start:end`` names only what anyone has, unqualified."""
    thing = folded[start:end]
    if _FIRMS_THING.search(thing) and not _UNITS_RE.match(thing):
        return True  # "your organisation's work in education": the firm's, not theirs
    if not _GENERIC_THING.search(thing):
        return False
    words = thing.split()
    # "your recent Fernway project work": words of its own before the noun make it theirs
    if len(words) > 2 and not re.fullmatch(r"(?i:your|whole|entire|own|professional|overall"
                                           r"|impressive|amazing|great|career|long|linkedin"
                                           r"|online|public|github|twitter)", words[1]):
        return False
    if _AT_THE_FIRM.match(folded, end, min(len(folded), end + 40)):
        return True
    if _QUALIFIED.match(folded, end, min(len(folded), end + 60)):
        return False
    # what in it struck them, told later in the sentence: "Your LinkedIn profile really
    # impressed me, especially where you describe ..." (round 5's bootcamp draft)
    rest = folded[end:end + 120]
    stop = _STOP.search(rest)
    return not _DETAIL_LATER.search(rest[:stop.start()] if stop else rest)


def _struck_by_theirs(folded: str, low: str) -> tuple[int, int] | None:
    for m in scan(_YOUR_RE, folded, low):
        start, end = m.span()
        if _generic_praise(folded, start, end):
            continue
        before = folded[max(0, start - 60):start]
        stops = list(_STOP.finditer(before))
        if stops:
            before = before[stops[-1].end():]
        cue = _STRUCK_RE.search(before)
        if cue:
            return start - len(before) + cue.start(), end
        after = folded[end:end + 90]
        stop = _STOP.search(after)
        cue = _STRUCK_RE.search(after[:stop.start()] if stop else after)
        if cue:
            return start, end + cue.end()
    return None


def find_why_you(
    folded: str, keyed: str | None = None, low: str | None = None
) -> tuple[int, int] | None:
    """The span of the first reason the message gives for writing to this person, or None.
    ``keyed`` and ``low`` are ``folded`` as the prefilter and the case-free patterns read it
    (made here when not given)."""
    best: tuple[int, int] | None = None
    keyed = fold_for_keys(folded) if keyed is None else keyed
    if "you" not in keyed and "ur " not in keyed and "we both" not in keyed:
        return best  # every reason names them ("your", "you") or what they share ("we both")
    low = lowered(folded) if low is None else low
    if "your" in keyed:
        best = _struck_by_theirs(folded, low)
    for _pattern, found in candidates(_SCAN, keyed, folded, low):
        m = next(found, None)
        if m and (best is None or m.start() < best[0]):
            best = m.span()
    if "[" in folded or "{" in folded or "<" in folded:
        m = _GAP_REASON.search(folded)
        if m and (best is None or m.start() < best[0]):
            best = m.span()
    return best
