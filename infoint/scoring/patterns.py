"""Patterns shared by more than one checker: asking for a job, and asking about pay.

Both handle negation ("I'm not asking for a job") through :func:`text.is_negated`, and
the job rule leaves alone the learner's own history ("I completed an internship") and
questions about how *people* get work ("How did you find your first job?").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .prefilter import candidates, earliest, fold_for_keys, lowered, prepare_later, split
from .text import is_negated, sentence_of

if TYPE_CHECKING:
    from .report import Finding
    from .rules import RuleSet

__all__ = [
    "find_job_ask", "find_pay", "is_criteria_question", "is_outlook_mention", "job_ask_finding",
    "tells_own_past",
]

_I = re.I

_JOBWORD = (
    r"(?:jobs?|positions?|roles?|openings?|vacanc(?:y|ies)|internships?|placements?"
    r"|apprenticeships?|employment|co-?ops?)"
)
_ADJ = (
    r"(?:(?:full|part)[- ]?time|summer|winter|entry[- ]level|junior|paid|unpaid|open|new"
    r"|permanent|temporary|contract|graduate|available|suitable|possible|potential|current"
    r"|vacant|staff|teaching|nursing|research|accounting|marketing|engineering|software"
    r"|similar|future|possible)"
)

_JOB = [
    re.compile(
        # "skills that matter for roles in this field" names roles as a topic
        r"\b(?:a|an|any|some|(?<!matter\s)(?<!matters\s)(?<!needed\s)(?<!required\s)"
        r"(?<!important\s)(?<!useful\s)(?<!essential\s)(?<!ready\s)(?<!prepared\s)for)\s+"
        rf"(?:{_ADJ}\s+){{0,3}}{_JOBWORD}\b"
        r"(?!\s+(?:of|to|model|models|description|descriptions|in\s+which)\b)"
        # compounds that name something else (round 23's probes): "weighing a job offer from
        # a small agency", "I volunteer at a job club", "a job fair", "a role play"
        r"(?!\s+(?:offers?|club|clubs|fairs?|boards?|titles?|shadowing|satisfaction|security"
        r"|ladder|hopping|cent(?:re|er)|seekers?|coach|coaching|readiness|play|playing|papers?"
        r"|statements?)\b)"
        # "if a job is a good fit for me" makes the job the subject, asked about
        r"(?!\s+(?:is|was)\s+(?:a|an|the|good|right|usually|typically|often|really|more|less"
        r"|worth)\b)",
        _I,
    ),
    re.compile(
        # ("how hiring in the field has changed" is a topic)
        r"(?<!the\s)(?<!field\s)(?<!industry\s)(?<!sector\s)(?<!profession\s)(?<!market\s)"
        r"(?<!about\s)(?<!on\s)(?<!how\s)(?<!what\s)(?<!why\s)\bhiring\b"
        r"(?!\s+(?:of|process|processes|manager|managers|practices|criteria"
        r"|season|cycle|timeline|trends|landscape|decisions|committee|committees|works|looks)\b)",
        _I,
    ),
    re.compile(r"\b(?:hire|employ|recruit|take\s+on)\s+me\b", _I),
    # The sender's present search for work, told to a stranger they ask to meet: "I'm
    # currently seeking employment in healthcare", "I'm on the job market", "I'm searching
    # for opportunities where I can use my skills" (round 20's probes; a past search, "I was
    # looking for work", is context, and "I'm looking for work experience" is a placement)
    re.compile(
        r"\bi(?:'m|\s+am)\s+(?:currently\s+|now\s+|actively\s+|also\s+|still\s+)?(?:seeking"
        r"|looking\s+for|searching\s+for|hunting\s+for|in\s+search\s+of)\s+(?:paid\s+|full-time\s+"
        r"|part-time\s+|new\s+|gainful\s+)?(?:employment|work\b(?!\s+experience)|opportunities"
        r"|openings)\b"
        r"|\bi(?:'m|\s+am)\s+(?:currently\s+|now\s+|back\s+)?on\s+the\s+job\s+market\b"
        r"|\b(?:possibilities|openings)\s+(?:at|with)\s+(?:your\s+(?:company|firm|team|organi[sz]ation)"
        r"|(?-i:[A-Z])\w+)",
        _I,
    ),
    re.compile(
        r"\b(?:job|career|employment|work|internship)\s+(?:opportunit(?:y|ies)|possibilit(?:y|ies)"
        r"|prospects|options|leads)\b",
        _I,
    ),
    re.compile(
        r"\bopportunit(?:y|ies)\s+(?:at|with|in|on)\s+your\s+(?:company|firm|organi[sz]ation"
        r"|team|office|practice|school|hospital|agency|lab|department|unit)\b",
        _I,
    ),
    re.compile(
        # (the sender's own offer is their news, not an ask: "I'm weighing a job offer from
        # a small agency", round 23's probes)
        r"(?<!weighing\sa\s)(?<!weighing\san\s)(?<!considering\sa\s)(?<!received\sa\s)"
        r"(?<!accepted\sa\s)(?<!declined\sa\s)(?<!have\sa\s)(?<!got\sa\s)(?<!had\sa\s)"
        r"\b(?:job|position|internship|open|current)\s+(?:openings?|offers?|vacanc(?:y|ies)"
        r"|listings?|postings?|positions|roles)\b",
        _I,
    ),
    re.compile(r"\b(?:openings|vacancies)\b", _I),
    re.compile(
        r"\b(?:refer|recommend|put)\s+me\s+(?:for|forward\s+for)\b"
        rf"|\breferral\s+(?:for|to)\s+(?:a|an|the|any|your|this|that)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"{_JOBWORD}\b"
        r"|\bput\s+in\s+a\s+(?:good\s+|kind\s+)?word\b|\bkeep\s+me\s+in\s+mind\b"
        r"|\b(?:recommend|refer|introduce|connect|put)\s+me\s+(?:to|with|in\s+touch\s+with)\s+(?:(?:the"
        r"|your|a|an|their|some|other)\s+)?(?:[\w-]+\s+)?(?:hiring\s+manager|recruiters?|recruiting|hr\b"
        r"|human\s+resources|talent)"
        r"|\brefer(?:ring)?\s+me\b(?!\s+to\s+(?:someone|anyone|others?|people|a\s+colleague|colleagues"
        r"|your\s+colleague|a\s+friend|[A-Z]))"
        r"|\bconsider(?:ed|ing)?\s+me\s+for\s+(?:a|an|any|the|your)\b"
        r"|\bconsidered\s+for\s+(?:a|an|any|the|your)\b",
        _I,
    ),
    re.compile(
        # "join your esteemed organisation", "join your growing team" (no \b in front: a
        # pattern that opens on a word is scanned for it fast)
        r"join(?:ing)?\s+your\s+(?:[\w-]+\s+){0,2}?(?:team|company|firm|organi[sz]ation"
        r"|department|practice|agency|lab|studio|clinic"
        r"|staff|school|hospital|unit)\b|\b(?:to|i\s+could|i\s+can)\s+work\s+for\s+you\b",
        _I,
    ),
    # Wanting to work there, however it is put: "I'd love to work for your company",
    # "interested in working at your firm". Asking what the work is like there is not this.
    re.compile(
        r"\b(?:love|(?<!it\s)like|want|wants|wanted|hope|hoping|interested\s+in|dream\s+of|eager|keen"
        r"|honou?red|privileged|thrilled|delighted"
        r"|excited\s+(?:about|by)|chance|opportunity|goal\s+is|aim\s+is|plan)\s+(?:to\s+)?"
        r"(?:one\s+day\s+|someday\s+|eventually\s+)?(?:be\s+)?(?:work|working|join|joining|be\s+part"
        r"|being\s+part|intern|interning)\s+(?:for|at|with|in|of)\s+(?:your|the\s+same)\s+"
        r"(?:[\w-]+\s+)?(?:company|team|firm|organi[sz]ation|office|practice|agency|hospital"
        r"|school|lab|department|group|studio|clinic|newsroom|business|unit)\b",
        _I,
    ),
    re.compile(
        rf"\b(?:interested\s+in|apply(?:ing)?\s+(?:for|to)|applied\s+(?:for|to)|a\s+candidate"
        rf"\s+for|a\s+(?:good\s+)?fit\s+for|qualified\s+for)\s+(?:the|this|that|an?|any"
        # "interested in your role as a curator" is about the reader's own work
        r"|your(?!\s+(?:current\s+|new\s+|own\s+)?(?:role|job|position)\s+(?:as|at|in|on|with"
        r"|of)\b))"
        rf"\s+(?:[\w-]+\s+){{0,3}}?{_JOBWORD}\b",
        _I,
    ),
    re.compile(
        r"\b(?:looking|searching|seeking|hoping|open)\s+(?:for|to\s+find|to)\s+(?:a|an|any|my"
        r"|new|the\s+next)\s+(?:new\s+|next\s+)?(?:opportunit(?:y|ies)|challenge|role|position"
        r"|job|step\s+in\s+my\s+career)\b|\b(?:a|any)\s+new\s+opportunit(?:y|ies)\b",
        _I,
    ),
    re.compile(
        r"\bopportunit(?:y|ies)\s+(?:at|with|in|on|within)\s+your\b"
        r"|\bopportunit(?:y|ies)\s+(?:at|with)\s+[A-Z\[]|\bexplore\s+(?:[\w-]+\s+){0,2}?opportunit",
        _I,
    ),
    # Applying, or a posted role: "I've just applied for the [Role] internship", "the role
    # linked below", "I'd be a great fit".
    re.compile(
        rf"\b(?:applied|applying|apply)\s+(?:for|to)\b[^.!?\n]{{0,60}}?(?:\b{_JOBWORD}\b"
        rf"|\bpost(?:ing)?\b|\[)"
        rf"|\b(?:the|this|that|your)\s+(?:[\w\[\]/-]+\s+){{0,3}}?(?:opening|vacancy|posting"
        rf"|job\s+post(?:ing)?)\b"
        rf"|\b(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?:role|position|job|opening|internship)"
        rf"\s+(?:linked|posted|listed|advertised|below|above|you\s+posted|on\s+your)\b"
        rf"|\bi(?:'d|\s+would|'m|\s+am|\s+could|\s+can)\s+(?:be\s+)?(?:a\s+|an\s+)?(?:really\s+"
        rf"|very\s+)?(?:great|good|strong|perfect|ideal|excellent|valuable)\s+(?:fit|match"
        rf"|addition|asset|candidate)\b",
        _I,
    ),
    re.compile(
        r"\b(?:love|like|chance|opportunity|want|hope|hoping|keen|eager)\s+to\s+(?:\w+\s+)?"
        r"(?:work|intern|train)\s+(?:with|for|under|alongside)\s+you\b|\bopen\s+to\s+(?:either\s+)?(?:[\w-]+\s+){0,3}?(?:work|roles?"
        r"|positions?|opportunit\w*|employment)\b|\b(?:full|part)[- ]time\s+(?:or\s+[\w-]+\s+)?"
        r"(?:work|role|position|job|employment)\s+(?:with|at|in|for)\s+(?:you|your)\b",
        _I,
    ),
    re.compile(
        r"\binterested\s+in\s+(?:the|this|that|your|an?|any)\s+(?:[\w-]+\s+){0,2}?opportunit(?:y|ies)"
        r"\b(?!\s+to\s+(?:learn|hear|talk|speak|meet|ask|chat|find\s+out))"
        r"|\bopportunit(?:y|ies)\s+(?:you\s+have\s+)?(?:available|open)\b"
        r"|\b(?:match|fit|suit)\s+(?:the|this|your)\s+(?:[\w-]+\s+){0,2}?(?:position|role|job|opening)\b"
        r"|\b(?:any|some)\s+(?:[\w-]+\s+)?work\s+(?:going|available|on\s+offer|for\s+me)\b"
        r"|\b(?:like|love|want|hope|hoping|looking|eager|keen|ready)\s+to\s+join\s+(?:a|an|your|the)\s+"
        r"(?:[\w-]+\s+)?"
        r"(?:company|team|firm|organi[sz]ation|agency|studio|practice|group)\b"
        r"|\b(?:valuable|an?\s+asset|an?\s+(?:great\s+|good\s+)?addition|useful)\s+to\s+your\s+"
        r"(?:team|company|firm|organi[sz]ation|group)\b|\b(?:suit|fit|join|strengthen)\s+your\s+team\b"
        r"|\b(?:your|the)\s+(?:ad|advert|advertisement|posting|listing)\s+for\b"
        r"|\bmy\s+application\s+(?:for|to)\b|(?<!\bto\s)\bthink\s+of\s+me\b|\bon\s+your\s+radar\b"
        r"|\bmakes?\s+me\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:fit|match|candidate|asset|addition)\b"
        r"|\bhow\s+i\s+(?:could|can|might|would)\s+contribute\s+to\b"
        r"|\btak(?:e|es|ing)\s+on\s+(?:any\s+|new\s+|more\s+)?(?:graduates|grads|interns|trainees"
        r"|apprentices|staff|juniors|new\s+hires|people)\b"
        r"|\b(?:looking|searching|hunting)\s+for\s+(?:paid\s+|full-time\s+|part-time\s+)?(?:work"
        r"|employment)\b|\bleads\s+(?:on|for)\s+(?:[\w-]+\s+)?(?:roles|jobs|positions|openings"
        r"|work|vacancies)\b|\b(?:top\s+of\s+my\s+list|my\s+dream\s+(?:company|employer|job"
        r"|firm))\b"
        r"|\b(?:use|hire|need|take\s+on)\s+(?:someone|somebody|a\s+person)\s+(?:with\s+my|like\s+me)\b"
        r"|\b(?:about|regarding|discuss|explore)\s+(?:any\s+|possible\s+|potential\s+|future\s+)?"
        r"opportunit(?:y|ies)\s+(?:in|at|with)\b"
        r"|\bput\s+(?:my\s+name|me)\s+forward\b|\bposted\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:role|position|job|opening|vacancy)\b|\b(?:could|can|would)\s+add\s+value\s+to\s+your\b",
        _I,
    ),
    # Disguised asks that name no job: they are hiring, a referral wished for, roles that fit,
    # a chat "about opportunities".
    re.compile(
        r"\b(?:looking|planning|going|about|hoping|trying|want(?:s|ed)?|need(?:s|ed)?)\s+to\s+hire\b"
        r"|\b(?:ask(?:ing)?\s+(?:you\s+)?for|hop(?:e|ing)\s+for|love|like|appreciate|grateful\s+for)"
        r"\s+(?:a\s+|any\s+|some\s+|your\s+)?referrals?\b"
        r"(?!\s+to\s+(?:someone|anyone|others?|people|colleagues?|your|a\s+colleague|[A-Z]))"
        # a referral made for the sender: "would you mind putting in a referral for me at
        # Lumora?", "could you submit a referral for me?" (round 21: a student's text to a friend)
        r"|\b(?:put(?:ting)?\s+in|submit(?:ting)?|mak(?:e|ing)|giv(?:e|ing)|writ(?:e|ing))\s+(?:me\s+)?"
        r"(?:a\s+|an\s+)?(?:internal\s+|employee\s+)?referral\s+(?:for\s+me|on\s+my\s+behalf)\b"
        # joining their firm's team by name: "I hope to join the Marlowe Stanton team" (a team
        # "like yours" stays a career aim)
        r"|\b(?:hope|hoping|want|wish|like|love|eager|keen|plan|planning|aim|looking\s+forward)\s+to"
        r"\s+(?:one\s+day\s+)?join(?:ing)?\s+the\s+(?-i:[A-Z])[\w&'-]*(?:\s+(?-i:[A-Z])[\w&'-]*){0,3}\s+"
        r"(?:team|family|firm|group|office)\b"
        r"|\b(?:roles|positions|jobs|openings|vacancies)\s+(?:there\s+|here\s+)?(?:that|which)\s+"
        r"(?:\w+\s+)?(?:fit|match"
        r"|suit|align)\b"
        r"|\b(?:explor\w*|target\w*|pursu\w*|consider\w*)\s+(?:new\s+|senior\s+|open\s+)?(?:roles|positions"
        r"|jobs|openings)\b"
        r"|\b(?:about|regarding|discuss|discussing)\s+(?:any\s+|possible\s+|potential\s+|future\s+"
        r"|new\s+|current\s+|available\s+)?opportunit(?:y|ies)\b",
        _I,
    ),
    re.compile(
        # ("get me hired on your team": round 15)
        r"\b(?:get|getting|be|being)\s+(?:me\s+)?hired\s+(?:here|there|at\s+your|by\s+your|by\s+you"
        r"|onto\s+your|on\s+your)\b",
        _I,
    ),
    re.compile(
        r"\b(?:pass|forward|send|hand)(?:ing)?\s+(?:along\s+|on\s+)?my\s+(?:resume|r.sum.|cv"
        r"|application)"
        r"\s+(?:to|along|on)\b",
        _I,
    ),
    # Asks that wait for a vacancy without naming it: "if anything opens up", "should a
    # spot come up", "let me know if you hear of anything".
    re.compile(
        r"\b(?:if|should|in\s+case|when(?:ever)?|once)\s+(?:anything|something|a\s+(?:spot|place"
        r"|role|position|vacancy|opening|seat)|an?\s+(?:opening|opportunity)|any(?:thing)?"
        r"\s+(?:suitable|relevant))\s+(?:\w+\s+)?(?:opens?|opened|comes?|came|becomes?\s+available"
        r"|turns?\s+up|crops?\s+up|pops?\s+up|arises?)(?:\s+up)?\b"
        # "If something comes up, feel free to reschedule" is about the meeting, not a job.
        r"(?![^.!?\n]{0,60}?\b(?:reschedul\w*|cancel\w*|postpone\w*|move\s+(?:our|the)\s+(?:call"
        r"|meeting|chat)|before\s+(?:our|the|we)\b|to\s+(?:help|meet|chat|talk|volunteer)))"
        r"|\bhear\s+(?:of|about)\s+(?:anything|something|any(?:thing)?\s+(?:suitable|relevant"
        r"|going))\b",
        _I,
    ),
    # Room for the sender, however it is put: "room for a junior analyst on your team",
    # "a place for me at your firm", "my foot in the door at your company", "does your firm
    # take interns?", "consider me for anything suitable", "guidance or a referral".
    re.compile(
        r"\b(?:room|a\s+place|a\s+spot|space)\s+for\s+(?:me|someone\s+like\s+me|a\s+(?:[\w-]+\s+)"
        r"{0,2}?(?:analyst|intern|junior|graduate|trainee|assistant|newcomer|beginner))\b"
        r"|\bfoot\s+in\s+the\s+door\s+(?:at|with|of)\s+(?:your|[A-Z\[])"
        r"|\btak(?:e|es|ing)\s+(?:on\s+)?(?:any\s+|new\s+|more\s+|summer\s+)+(?:graduates|grads"
        r"|interns|trainees|apprentices)\b"
        r"|\bconsider(?:ed|ing)?\s+me\s+for\s+(?:anything|something|future|upcoming|whatever)\b"
        r"|\b(?:guidance|advice|help|chat|call|pointers)\s+(?:or|and)\s+(?:possibly\s+|perhaps\s+"
        r"|even\s+|maybe\s+)?(?:a\s+|any\s+)?referrals?\b"
        r"(?!\s+to\s+(?:someone|anyone|others?|people|colleagues?|your|a\s+colleague|[A-Z]))",
        _I,
    ),
    # What they want from whoever fills a posted role: "what you're looking for in this
    # role". (What they look for when hiring in general is advice: is_criteria_question.)
    re.compile(
        r"\b(?:look(?:s|ing)?\s+for|want|need|expect)\s+(?:from|in)\s+(?:the\s+person\s+|someone\s+"
        r"|a\s+candidate\s+|an\s+applicant\s+|the\s+candidate\s+|whoever\s+\w+\s+)?(?:(?:in|for)"
        r"\s+)?this\s+(?:role|position|opening|vacancy|job)\b",
        _I,
    ),
    # The sender's job search tied to a request in the same sentence: "I'm job hunting in
    # marketing and hoped you could help", "could you help with my job search?". Saying the
    # search is over, or asking only for advice, stays a pass.
    re.compile(
        r"\b(?:job[- ]?(?:hunt|hunting|search|searching|seeking)|seeking\s+(?:paid\s+|full-time\s+"
        r"|part-time\s+|gainful\s+)?(?:employment|work\b(?!\s+experience))|on\s+the\s+(?:job\s+)?market"
        r"|in\s+the\s+market\s+for"
        r"\s+(?:a\s+)?(?:new\s+)?(?:job|role|position))\b[^.!?\n]{0,80}?\b(?:help|support|leads?"
        r"|know\s+of|point\s+me|refer\w*|connect\s+me|introduc\w+|put\s+me|anyone|openings?"
        r"|hiring|in\s+mind|pass\s+(?:on|along))\b"
        # "you have been a real help in my job search" thanks them for help already given
        r"|(?<!\ba\s)(?<!real\s)(?<!great\s)(?<!huge\s)(?<!big\s)(?<!such\s)(?<!much\s)"
        r"\bhelp\s+(?:me\s+)?(?:with|in)\s+my\s+(?:job|career)\s+(?:search|hunt)\b"
        r"|\bhelp(?:ing)?\s+me\s+(?:to\s+)?(?:find|get|land|secure|obtain)\s+(?:some\s+|paid\s+)?"
        r"(?:work|employment)\b",
        _I,
    ),
    # They recruit, or could use more hands: "whether you are recruiting this year", "do you
    # need any extra help in the office?". The recruiting process is a topic, not an ask, and
    # so is the sender's own season of it, as students in finance and consulting say: "I'm
    # recruiting for banking this summer", "getting ready for summer analyst recruiting"
    # (corpus round 18).
    re.compile(
        r"(?<!\bin\s)(?<!\bof\s)(?<!\bthe\s)(?<!\bon\s)(?<!\bfor\s)(?<!\bi'm\s)(?<!\bam\s)(?<!\bmy\s)"
        r"(?<!currently\s)(?<!analyst\s)(?<!summer\s)(?<!campus\s)\brecruiting\b"
        r"(?!\s+(?:process|processes"
        r"|season|cycle|events?|team|manager|managers|practices|criteria|trends|landscape|side"
        r"|industry|firm|agency|world|work|for\s+(?:the|a|my|our)\s+(?:study|survey|project"
        r"|research)|for\s+(?:banking|ib|investment\s+banking|consulting|finance|private\s+equity"
        r"|tech|law|accounting|sales\s+and\s+trading|markets)\b))"
        r"|\byou\s+(?:might\s+|may\s+|ever\s+)?(?:need|could\s+use|can\s+use)\s+(?:an?\s+|any\s+"
        r"|some\s+)?(?:extra|more|additional|another)\s+(?:pair\s+of\s+)?(?:help|hands|support"
        r"|staff|people)\b",
        _I,
    ),
    # A place on their staff without a job noun: "any entry-level spots", "to be considered",
    # "join you there", "for your consideration", "available to start", "get into your firm".
    re.compile(
        r"\b(?:entry[- ]level|junior|graduate|intern(?:ship)?|trainee|summer|paid|staff"
        r"|apprentice(?:ship)?)\s+(?:spots?|slots?|places?|seats?)\b"
        r"|\b(?:love|like|want|hope|hoping|appreciate|grateful|chance|keen|eager)\s+(?:to\s+|for\s+)?"
        r"(?:be|being|me\s+to\s+be)\s+considered\b(?!\s+(?:a|an|as)\b)"
        r"|\bjoin\s+you\s+(?:there|at\s+(?!(?:the|a|an)\s)|on\s+your|in\s+your|and\s+your\s+team)\b"
        r"|\b(?:a\s+way|any\s+way|how)\s+(?:for\s+me\s+to|i\s+(?:could|can|might))\s+(?:join|work"
        r"\s+(?:for|at|with))\b"
        r"|\bavailable\s+(?:to\s+start|for\s+(?:work|hire|employment|an?\s+(?:job\s+)?interview))\b"
        r"|\b(?:get|getting|break|breaking)\s+(?:in|into)\s+(?:at\s+)?your\s+(?:company|firm|team"
        r"|organi[sz]ation|agency|studio|practice|department|office)\b"
        r"|\bany\s+(?:job\s+)?leads\b",
        _I,
    ),
    # Wanting in at a named employer, or a seat that they would fill: "I'd love to join Acme
    # one day", "how I can apply", "you're looking for a designer", "bring my skills to your
    # team", "if you have anything for me", "please keep my CV in mind".
    re.compile(
        # The employer is a name: any word but a determiner, a pronoun or a kind of employer
        # in general ("work at startups" is a career aim, not a way in). Written without a
        # capital test so that it runs case-free, the fast way.
        r"\b(?:love|like|want|hope|hoping|keen|eager|dream|goal|aim|chance|opportunity|plan)"
        r"\s+(?:is\s+)?(?:to\s+)?(?:one\s+day\s+|someday\s+|eventually\s+)?(?:join(?:ing)?"
        r"|be\s+part\s+of|intern\s+(?:at|with|for)|work(?:ing)?\s+(?:for|at))\s+(?!(?:a|an|the"
        r"|this|that|these|those|some|any|my|our|your|his|her|their|us|you|them|it|in|on|for|with"
        r"|and|or|forces|up|in|startups?|companies|firms|agencies|non-?profits?|hospitals?"
        r"|schools?|home|scale|night|nights|weekends?|large|small|big|top|local|global|tech"
        r"|government|charities|places|organi[sz]ations|teams|groups|clubs|conversations?"
        r"|meetings?|calls?|events?|webinars?|linkedin|free|myself|one|something|anything|least"
        r"|all|such|more|other|others|different|many|several|both)\b)[^\W\d_]"
        r"|\bhow\s+(?:to|i\s+(?:can|could|should|might|would))\s+(?:best\s+)?apply\b"
        r"|\bbest\s+way\s+(?:for\s+me\s+)?to\s+apply\b"
        r"|\b(?:you(?:'re|\s+are)|your\s+(?:[\w-]+\s+)?(?:team|company|firm|department|office"
        r"|studio|agency|group)\s+(?:is|are))\s+(?:currently\s+|still\s+|now\s+)?(?:looking\s+for"
        r"|seeking|searching\s+for|in\s+need\s+of)\s+(?:a|an|new|more|someone|people|another)\b"
        r"|\b(?:love|like|want|eager|keen|hope|hoping|chance|opportunity)\s+to\s+(?:\w+\s+)?"
        r"contribute\s+to\s+(?:your\s+(?:team|company|firm|organi[sz]ation|department|group"
        r"|practice)|(?-i:[A-Z]))"
        r"|\bbring\s+(?:my|these|those)\s+(?:[\w-]+\s+){0,2}?(?:skills|experience|expertise"
        r"|talents?|background)\s+to\s+(?:your|(?-i:[A-Z]))"
        r"|\b(?:have|got|had)\s+(?:anything|something)\s+(?:for\s+me|suitable|available|open)\b"
        r"|\b(?:kept|keep|bear|have)\s+(?:me|my\s+name|my\s+(?:resume|r.sum.|cv|details"
        r"|application))\s+in\s+mind\b",
        _I,
    ),
    # More ways to offer oneself: "how my skills could benefit your organisation", "start my
    # career with a company like yours", "are you accepting applications?", "does your firm
    # offer internships?", "take me on", "add me to your team", "any freelance work?",
    # "forward my details to HR", "a chance to interview for the role", "considered for
    # employment", "the opportunity to join your team", "capacity for another intern".
    re.compile(
        r"\b(?:my\s+(?:[\w-]+\s+){0,2}?(?:skills|experience|background|expertise|talents?)|i)\s+"
        r"(?:could|can|would|might|will)\s+(?:\w+\s+)?(?:benefit|help|serve|support|strengthen"
        r"|add\s+to|contribute\s+to)\s+your\s+(?:organi[sz]ation|company|team|firm|department"
        r"|practice|agency|business|studio|lab)\b"
        r"|\bstart\s+my\s+career\s+(?:at|with)\s+(?:your|a\s+(?:[\w-]+\s+)?(?:company|firm|team"
        r"|organi[sz]ation|agency|studio)\s+like\s+yours)\b"
        r"|\b(?:accepting|taking|reviewing)\s+(?:any\s+)?(?:new\s+)?(?:applications|applicants"
        r"|resumes|r.sum.s|cvs|interns|candidates)\b"
        r"|\b(?:do|does|would|could|will)\s+(?:you|your\s+(?:[\w-]+\s+)?(?:company|firm|team|office"
        r"|department|organi[sz]ation|studio|agency|lab|practice))\s+(?:ever\s+)?(?:offer|run|take"
        r"|have|host)\s+(?:any\s+)?(?:summer\s+|paid\s+)?(?:internships?|placements?"
        r"|apprenticeships?|work\s+experience|graduate\s+schemes?|interns)\b"
        r"|\b(?:take|taking|bring|bringing)\s+me\s+on\b(?!\s+(?:a|the)\s+(?:tour|walk|visit))"
        r"|\badd\s+me\s+to\s+your\s+(?:team|roster|staff|talent|pool|list)\b"
        r"|\b(?:talent|candidate|applicant)\s+(?:pool|pipeline|database)\b"
        r"|\b(?:any|some)\s+(?:freelance|contract|temp|temporary|part-time|paid|casual|extra)\s+"
        r"(?:work|projects|gigs|shifts|assignments)\b"
        r"|\b(?:pass|forward|send|hand|share)(?:ing)?\s+(?:along\s+|on\s+)?my\s+(?:details|profile"
        r"|portfolio|name|information|info|contact\s+details)\s+(?:along\s+)?(?:to|with|on\s+to)\s+"
        r"(?:the\s+|your\s+)?(?:[\w-]+\s+)?(?:hr|human\s+resources|hiring|recruit\w*|manager|team"
        r"|director|boss|talent)\b"
        r"|\bput\s+a\s+(?:good\s+)?word\s+in\b|\bvouch\s+for\s+me\b"
        rf"|\binterview\s+for\s+(?:a|an|the|this|that|any)\s+(?:[\w-]+\s+){{0,3}}?{_JOBWORD}\b"
        r"|\bconsidered\s+for\s+(?:employment|hire|openings|positions|roles|jobs|work)\b"
        r"|\bopportunit(?:y|ies)\s+(?:to|for)\s+(?:me\s+to\s+)?(?:join|work\s+(?:for|at)"
        r"|get\s+involved\s+(?:with|in|at)\s+your|intern)\b"
        r"|\b(?:capacity|budget|headcount)\s+for\s+(?:a|an|another|more|any)\s+(?:[\w-]+\s+)?"
        r"(?:intern|junior|graduate|trainee|assistant|analyst|hire|apprentice)s?\b"
        r"|\byou(?:'re|\s+are)?\s+(?:ever\s+|currently\s+|still\s+)?(?:looking\s+for|in\s+need\s+of)"
        r"\s+(?:anyone|somebody|help|an\s+extra|extra)\b"
        r"|\b(?:room|space)\s+for\s+(?:one\s+more|another)\b"
        r"|\bbe\s+(?:a\s+)?part\s+of\s+what\s+you(?:'re|\s+are)\s+(?:building|doing|creating)\b",
        _I,
    ),
    # Applying there: "I'm applying to Acme and would love your support". Applying to a school,
    # a course or a grant is not a job.
    re.compile(
        r"\bi(?:'m|\s+am|'ve|\s+have|'ll\s+be|\s+will\s+be)?\s+(?:just\s+|recently\s+|currently\s+"
        r"|also\s+|now\s+|about\s+to\s+|planning\s+to\s+|going\s+to\s+)?(?:applying|applied|apply)"
        r"\s+(?:to|at|with)\s+(?!(?:a\s+|the\s+|some\s+|several\s+|three\s+|two\s+|few\s+)?"
        r"(?:[\w-]+\s+)?(?:schools?|program\w*|masters?|ph\.?d\w*|grad\w*|colleges?|universit\w+"
        r"|mba|courses?|degrees?|scholarships?|fellowships?|grants?|law|med\w*|nursing\s+school"
        r"|study|studies)\b)",
        _I,
    ),
]

# A call or note about a definite opening or one's own application ("calling about the
# position in Denver", "following up on the résumé I sent"), offering oneself to an
# employer ("the right fit for the role", "an employer like you", "I can start Monday"),
# (not "your role": writing about the reader's own role is what a learner should do)
# wanting onto their team ("how do I get on your crew"), a search for one's next role.
_JOB.append(
    re.compile(
        r"\b(?:calling|ringing|writing|following\s+up|reaching\s+out|emailing|getting\s+back"
        r"|returning\s+your\s+call)\s+(?:to\s+you\s+)?(?:about|regarding|on|re|in\s+regard\s+to)\s+"
        r"(?:the|my)\s+(?:[\w-]+\s+){0,3}?(?:position|job|role|opening|vacancy|application"
        r"|r.sum.|resume|cv|internship)\b"
        rf"|\b(?:the|a)\s+(?:right|perfect|ideal|great|good|strong|natural)\s+(?:fit|match|candidate)"
        rf"\s+for\s+(?:the|this|that|your|an?|any)\s+(?:[\w-]+\s+){{0,3}}?{_JOBWORD}\b"
        r"|\b(?:an?\s+)?(?:[\w-]+\s+)?employers?\s+(?:like|such\s+as)\s+(?:you|yours|your\s+(?:company"
        r"|firm|organi[sz]ation))\b"
        r"|\bi\s+(?:can|could)\s+start\s+(?:on\s+)?(?:monday|tomorrow|right\s+away|immediately"
        r"|straight\s+away|next\s+week|as\s+soon\s+as)\b"
        r"|\b(?:how\s+(?:do|can|could|would|might)\s+i|for\s+me\s+to|i(?:'d|\s+would)\s+(?:like|love)"
        r"\s+to|i\s+(?:want|hope)\s+to)\s+get\s+(?:on|onto|into)\s+your\s+(?:crew|team|staff|roster"
        r"|payroll|books|company|firm|studio|agency)\b"
        r"|\b(?:looking|searching|hunting)\s+for\s+my\s+(?:next|first)\s+(?:[\w-]+\s+){0,2}?(?:role"
        r"|job|position|opportunity|gig)\b"
        r"|\bexploring\s+(?:new\s+|other\s+|job\s+|career\s+)?opportunities\b"
        r"(?!\s+(?:to|for)\s+(?:learn|hear|talk|meet))"
        # "interested in working at Nestwell once I finish": a named employer
        r"|\b(?:interested\s+in|keen\s+on|set\s+on)\s+(?:working|interning|a\s+job|a\s+role)\s+"
        r"(?:at|for|with)\s+(?-i:[A-Z])\w+",
        _I,
    )
)

_ORG = (
    r"(?:company|team|firm|organi[sz]ation|office|department|practice|agency|studio|lab|group"
    r"|clinic|hospital|school|shop|store|business|unit|crew|staff)"
)
# A job letter's own phrases, and offers of oneself that name no job (round 6, written from
# the shapes counsellors warn about, not from any corpus case): "I'd love to be part of your
# team", "come aboard", "I'd welcome an interview", "discuss my qualifications", "fit your
# needs", "a valuable member of your staff", "in any capacity", "keep an eye out for
# anything", "someone in recruiting", "share my résumé with your team".
_JOB.append(
    re.compile(
        # ("become part of the organization/company", round 24: a sample interview thank-you)
        rf"\b(?:be|become|becoming|being)\s+(?:a\s+)?part\s+of\s+(?:your\s+(?:[\w-]+\s+)?{_ORG}"
        r"|the\s+(?:organi[sz]ation|company|firm)\b"
        r"|the\s+(?:[\w-]+\s+)?(?:team|family|crew|staff)\b(?!\s+(?:call|meeting|chat|event))"
        r"|(?-i:[A-Z])\w+(?:'s)?\s+(?:team|family|staff)\b)"
        r"|\b(?:love|like|want|hope|hoping|keen|eager|glad|happy)\s+to\s+be\s+a\s+part\s+of\s+it\b"
        r"|\b(?:be|being|get|getting)\s+on\s+your\s+(?:team|crew|staff|roster)\b"
        r"|\bcome\s+(?:and\s+)?work\s+(?:for|with|at)\b|\bcom(?:e|ing)\s+(?:aboard|on\s*board)\b"
        r"|\b(?:could|can|may|might)\s+i\s+(?:\w+\s+)?(?:work|intern)\s+(?:for|with|at|under)\s+"
        rf"(?:you\b|your\s+(?:[\w-]+\s+)?{_ORG})"
        r"|\bbe\s+your\s+(?:next|new)\s+(?:intern|hire|analyst|assistant|trainee|apprentice"
        r"|junior|associate|team\s+member|designer|engineer)\b"
        r"|\b(?:express|expressing|share|sharing|convey)\s+my\s+(?:strong\s+|keen\s+|sincere\s+)?"
        r"interest\s+in\s+(?:joining|working|interning|employment|the\s+(?:[\w-]+\s+){0,3}?"
        rf"(?:{_JOBWORD}|opportunit\w+)|an?\s+(?:[\w-]+\s+){{0,3}}?{_JOBWORD}"
        r"|(?:your|(?-i:[A-Z]))\w*)"
        r"|\binterested\s+in\s+(?:building\s+|pursuing\s+)?a\s+career\s+(?:at|with)\s+"
        r"(?:your|(?-i:[A-Z]))"
        r"|\bthrow\s+my\s+hat\s+in\b"
        r"|\b(?:welcome|land|landing|get|getting|secure|securing|come\s+in\s+for|invite\s+me\s+for"
        r"|chance\s+at|shot\s+at)\s+an?\s+(?:job\s+)?interview\b(?!\s+(?:about|to\s+learn))"
        r"|\b(?:discuss|discussing|review|reviewing|talk\s+about)\s+my\s+(?:qualifications|candidacy"
        r"|application|fit\s+for)\b|\bmy\s+candidacy\b"
        r"|\b(?:align|aligns|fit|fits|match|matches|meet|meets|suit|suits)\s+(?:(?:well|closely"
        r"|perfectly|nicely)\s+)?(?:with\s+)?your\s+(?:[\w-]+\s+)?(?:needs|requirements)\b"
        r"|\b(?:valuable|great|strong|useful|productive|dedicated|reliable)\s+(?:member|addition"
        r"|asset)\s+(?:of|to)\s+your\b"
        rf"|\bcontribute\s+to\s+(?:your|the)\s+{_ORG}(?:'s|s')\s+(?:success|growth|goals|mission)\b"
        r"|\bshow\s+you\s+what\s+i\s+(?:can|could)\s+(?:do|bring|offer)\b"
        r"|\bwhat\s+i\s+(?:can|could|would)\s+(?:bring|offer)\s+(?:to\s+)?(?:your|the\s+team\b|you\b)"
        r"|\bput\s+my\s+(?:[\w-]+\s+){0,2}?(?:skills|experience|talents?|training)\s+to\s+(?:good\s+)?"
        r"(?:work|use)\s+(?:for|at|with)\s+(?:your|you\b|(?-i:[A-Z]))"
        r"|\bin\s+any\s+capacity\b"
        r"|\b(?:have|has)\s+(?:any\s+)?(?:need|use)\s+for\s+(?:a|an|another|someone|more)\b"
        r"|\bneed\s+(?:any\s+)?(?:extra\s+|more\s+)?(?:help|hands|staff)\s+(?:in|at|around|with)\s+"
        r"(?:the|your)\s+(?:shop|office|store|kitchen|studio|clinic|lab|restaurant|site|warehouse"
        r"|farm|garage|salon|practice|business|team)\b"
        # "if you ever need a hand" offers a favour; "if you're ever looking for a copywriter"
        # offers oneself
        r"|\bif\s+you(?:'re|\s+are)\s+ever\s+(?:looking\s+for|in\s+need\s+of)\s+(?:a|an|another"
        r"|some|extra)\b(?!\s+hand\b)"
        # the same said of their team: "if your team ever needs an intern, I'd jump at it"
        r"|\bif\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:team|company|firm|office|department|studio|agency"
        r"|group|lab|practice|unit)\s+(?:ever\s+)?(?:needs?|wants?|is\s+(?:ever\s+)?(?:looking\s+for"
        r"|after|hiring))\s+(?:an?\s+|another\s+|more\s+|some\s+|extra\s+)?(?:[\w-]+\s+)?(?:intern"
        r"|interns|assistant|analyst|junior|trainee|apprentice|graduate|volunteer|temp)s?\b"
        r"|\b(?:is|are)\s+(?:you|your\s+(?:[\w-]+\s+)?(?:team|company|firm|office|department|studio"
        r"|agency|group|lab|practice|clinic|shop|store|restaurant))\s+(?:currently\s+|still\s+"
        r"|ever\s+|now\s+)?(?:looking\s+for|seeking|in\s+need\s+of)\s+(?:any\s+|more\s+|extra\s+)?"
        r"(?:help|staff|people|someone|anyone|interns?|new\s+hires|juniors?|graduates)\b"
        r"|\b(?:looking\s+for|seeking|need|use)\s+(?:someone|somebody|a\s+person)\s+(?:with\s+my"
        r"|like\s+me)\b"
        r"|\bkeep\s+(?:an\s+|your\s+)?(?:eye|eyes|ear|ears)\s+(?:out|open)\s+for\s+(?:me\b|anything"
        r"|something|any\s+(?:[\w-]+\s+)?(?:roles|openings|positions|jobs|opportunities|vacancies))"
        r"|\bkeep\s+your\s+(?:eyes|ears)\s+open\b"
        r"|\b(?:come|came|run|ran)\s+across\s+(?:anything|something|any\s+(?:[\w-]+\s+)?(?:roles"
        r"|openings|positions|jobs|opportunities|vacancies))\b(?!\s+(?:i|to|worth)\b)"
        r"|\b(?:recommend|refer|introduce|connect|put)\s+me\s+(?:to|with|in\s+touch\s+with)\s+"
        r"(?:someone|anyone|somebody|people)\s+(?:in|on|from)\s+(?:the\s+|your\s+)?(?:recruit\w*"
        r"|hiring|hr\b|human\s+resources|talent)"
        r"|\b(?:someone|anyone|somebody|people)\s+(?:\w+\s+){0,2}?on\s+the\s+hiring\s+(?:side|team"
        r"|end)\b"
        r"|\bintroductions?\s+to\s+(?:[\w-]+\s+)?(?:hiring\s+managers?|recruiters?|hr\b|talent"
        r"|people\s+who\s+(?:are\s+)?hir\w+)"
        r"|\bwho\s+(?:handles|does|runs|manages|oversees|is\s+in\s+charge\s+of|looks\s+after)\s+"
        r"(?:the\s+)?(?:recruit\w*|hiring|hr\b|human\s+resources)"
        r"|\bmention\s+me\s+to\b"
        r"|\b(?:share|sharing|show|showing)\s+my\s+(?:resume|r.sum.|cv|application|profile"
        r"|portfolio|details|information|info)\s+with\s+(?:your\s+(?:[\w-]+\s+)?(?:team|manager|boss"
        r"|colleagues|hr|recruiter)|anyone|someone|people|the\s+(?:hiring|recruit\w*|hr\b))"
        r"|\bmy\s+(?:resume|r.sum.|cv|application|name|profile)\s+in\s+front\s+of\b"
        r"|\b(?:resume|r.sum.|cv|application|portfolio)\s+(?:\w+\s+){0,3}?for\s+(?:your\s+)?"
        r"(?:kind\s+)?consideration\b"
        r"|\b(?:status|progress)\s+of\s+my\s+application\b"
        r"|\b(?:submit|submitted|submitting|drop\s+off|dropped\s+off|dropping\s+off)\s+(?:off\s+)?"
        r"(?:my|an)\s+(?:resume|r.sum.|cv|application)\b"
        r"|\bconsider\s+me\s+(?:when|if|whenever|should|as\s+(?:a|an)\s+candidate)\b"
        r"|\b(?:be|serve\s+as|act\s+as)\s+(?:a|my)\s+(?:professional\s+)?(?:reference|referee)\b"
        r"|\b(?:anything|something)\s+(?:available|open|suitable|going)\s+(?:for\s+(?:a|an|me"
        r"|someone)|on\s+your|at\s+your|in\s+your)\b"
        r"|\b(?:any|suitable|relevant|fitting|open|available)\s+opportunit(?:y|ies)\b"
        r"(?!\s+(?:to|for)\s+(?:learn|hear|talk|speak|meet|ask|chat|find\s+out|volunteer"
        r"|network|connect))"
        r"|\b(?:a\s+)?fit\s+for\s+me\s+(?:at|with|in|on)\b"
        r"|\b(?:bring|brings|bringing)\s+on\s+(?:any\s+|new\s+|more\s+|summer\s+)*(?:graduates|grads"
        r"|interns|trainees|apprentices|juniors|staff|new\s+hires)\b"
        r"|\b(?:open|available|vacant)\s+(?:spots?|slots?|places?|seats?)\s+for\s+(?:an?\s+)?"
        r"(?:interns?|students?|graduates?|grads?|juniors?|trainees?|apprentices?|new\s+hires?)\b"
        r"|\b(?:roles|positions|jobs|openings|internships|vacancies)\s+(?:are\s+|currently\s+"
        r"|might\s+be\s+)?(?:open|available|going)\s+(?:at|in|on|with|within)\s+your\b"
        rf"|\broom\s+(?:on|in|at)\s+your\s+(?:[\w-]+\s+)?{_ORG}\b"
        r"|\b(?:hired|employed)\s+(?:at|by)\s+(?-i:[A-Z])"
        r"|\b(?:to|i)\s+(?:\w+\s+)?apply\s+(?:to|at|with)\s+(?:your\s+(?:[\w-]+\s+)?"
        rf"{_ORG}|(?-i:[A-Z]))"
        r"|\bappl(?:y|ying)\s+(?:to|at|with)\s+your\s+(?:[\w-]+\s+)?"
        rf"{_ORG}\b"
        r"|\b(?:apply|applying|applied)\s+for\s+[^.!?\n]{0,40}?\b(?:at|with)\s+your\s+"
        rf"(?:[\w-]+\s+)?{_ORG}\b"
        r"|\b(?:i|me)\s+(?:could|can|might|would|should|to)\s+(?:\w+\s+)?(?:get|land|find|secure"
        r"|obtain)\s+(?:a|an|the|some|any)\s+(?:[\w-]+\s+){0,2}?(?:job|role|position|internship"
        r"|placement|opening|interview)\s+(?:at|with|on|in|within)\s+(?:your\b|you\b)"
        r"|\b(?:getting|landing|securing|finding)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:job|role"
        r"|position|internship|placement|interview)\s+(?:at|with|on|in)\s+your\s+(?:[\w-]+\s+)?"
        rf"{_ORG}\b"
        r"|\bwould\s+i\s+be\s+(?:a\s+)?(?:good|great|strong|right|perfect)\s+(?:fit|match"
        r"|candidate)\s+(?:for|at|with|on)\s+(?:your|you\b)"
        r"|\bsend\s+my\s+(?:cv|resume|r.sum.|application)\s+to\s*(?:[?.!]|$)"
        r"|\bsend\s+(?:you\s+)?my\s+(?:resume|r.sum.|cv)\s+(?:for|to)\s+(?:your|any\b"
        r"|the\s+(?:role|position|opening))"
        rf"|\b(?:about|regarding|for|any|open|available|current|upcoming|future)\s+(?:[\w-]+\s+)?"
        r"(?:roles|positions|jobs|openings|internships|opportunit(?:y|ies)|vacancies)\s+(?:on|in|at"
        rf"|with|within)\s+your\s+(?:[\w-]+\s+)?{_ORG}\b"
        r"|\b(?:about|regarding|discuss|discussing)\s+the\s+(?:[\w-]+\s+){0,3}?(?:role|position"
        r"|opening|vacancy|internship|job)\s+(?:at|with)\s+(?:your\b|(?-i:[A-Z]))"
        # "what it's like to work there" asks what the work is like, not for the work, and so
        # does "what it is actually like to work there" (round 19)
        r"|\b(?:chance|opportunity|love|(?<!\bit\s)(?<!\bit's\s)(?<!\bit\u2019s\s)(?<!\bis\s)"
        r"(?<!\bbe\s)(?<!\bwas\s)(?<!\bis\sactually\s)(?<!\bis\sreally\s)(?<!'s\sactually\s)"
        r"(?<!'s\sreally\s)(?<!\bwas\sreally\s)(?<!\bwas\sactually\s)(?<!\bbe\sreally\s)"
        r"(?<!\bbe\sactually\s)like|want|hope|hoping|dream|keen|eager)\s+to\s+(?:\w+\s+)?"
        r"(?:work|intern|start)\s+there\b"
        r"|\b(?:an?|any)\s+(?:[\w-]+\s+)?opportunit(?:y|ies)\s+for\s+me\b"
        r"|\bwho\s+(?:i\s+)?(?:should|could|can|might|do)\s+(?:i\s+)?(?:contact|speak\s+to|talk\s+to"
        r"|reach\s+out\s+to|write\s+to|ask)\s+(?:about|regarding)\s+(?:[\w-]+\s+){0,2}?(?:internships?"
        r"|jobs?|roles?|positions?|openings?|vacanc\w+|hiring|opportunit\w+|applications?)\b"
        r"|\b(?:applied|applying)\s+(?:online|through\s+your|via\s+your|on\s+your\s+(?:website|site"
        r"|careers|portal))\b"
        r"|\bpossible\s+(?:for\s+me\s+)?to\s+(?:intern|work)\s+(?:with|for|at|under)\s+(?:you\b|your)"
        r"|\bconsider\s+(?:this|me)\s+(?:\w+\s+)?(?:my\s+)?(?:application|an\s+application"
        r"|as\s+an\s+applicant)\b"
        r"|\b(?:roles|positions|jobs|openings|internships|vacancies|opportunities)\s+(?:do|does"
        rf"|might|would|could)\s+(?:you|your\s+(?:[\w-]+\s+)?{_ORG})\s+(?:currently\s+)?have\b"
        r"|\b(?:get|getting|be|being)\s+(?:noticed|spotted|seen)\s+by\s+your\s+(?:[\w-]+\s+)?(?:recruiters?|hiring|hr\b|team"
        r"|company|firm)"
        r"|\bwho\s+(?:should|could|can|do)\s+i\s+send\s+my\b"
        r"|\bstaffing\s+needs\b|\b(?:any|open|new|more)\s+headcount\b"
        r"|\bconsider(?:ing|ation\s+of)?\s+my\s+(?:application|candidacy|resume|r.sum.|cv)\b"
        r"|\b(?:fill\s+out|fill\s+in|pick\s+up|complete)\s+an?\s+(?:job\s+)?application\b"
        r"|\b(?:reiterate|restate|reaffirm|confirm|express)\s+my\s+(?:strong\s+|continued\s+|keen\s+"
        r"|sincere\s+)?(?:interest|enthusiasm)\b(?!\s+(?:in|for)\s+(?:learning|hearing|talking"
        r"|meeting|your\s+(?:work|research|career|path|story)))"
        r"|\b(?:my|continued|strong|keen)\s+interest\s+in\s+(?:the|this|that|your)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:role|position|opening|vacancy|internship|job)\b(?!\s+of\b)"
        r"|\blook(?:ing)?\s+forward\s+to\s+(?:possibly\s+|hopefully\s+|potentially\s+)?(?:working"
        r"|joining|interning)\s+(?:with|for|at)\s+(?:you\b|your|(?-i:[A-Z]))"
        r"|\b(?:opportunity|chance|love|like|hope|hoping|excited|eager|keen)\s+to\s+(?:\w+\s+){0,2}?"
        r"grow\s+(?:with|at)\s+(?:your\s+|(?-i:[A-Z]))"
        r"|\binterview\s+process\s+for\s+(?:the|this|that|your)\s+(?:[\w-]+\s+){0,3}?"
        rf"{_JOBWORD}\b"
        r"|\b(?:is|are)\s+your\s+(?:[\w-]+\s+)?(?:team|company|firm|department|group|office)\s+"
        r"(?:currently\s+|still\s+)?(?:growing|expanding|scaling)\b"
        r"|\bthrow\s+my\s+name\s+in\b"
        r"|\bright\s+person\s+to\s+(?:speak|talk|contact|ask|reach\s+out|write)\s+(?:to\s+|with\s+)?"
        r"(?:about|regarding)\s+(?:[\w-]+\s+){0,2}?(?:internships?|jobs?|roles?|positions?"
        r"|openings?|hiring|opportunit\w+|applications?|vacanc\w+)\b"
        r"|\bseek(?:ing)?\s+(?:paid\s+|full-time\s+|part-time\s+)?(?:employment|work|an?\s+"
        r"(?:[\w-]+\s+)?(?:position|job|role))\s+(?:as|with|at)\b"
        r"|\bto\s+interview\s+(?:with|at|for)\s+(?:your|you\b|the\s+(?:team|company|firm))"
        r"|\b(?:you|your\s+(?:[\w-]+\s+)?(?:company|firm|team|office|department|organi[sz]ation"
        r"|agency|studio|lab|practice))\s+(?:\w+\s+){0,2}?recruit(?:s|ed)?\s+(?:new\s+|summer\s+"
        r"|any\s+|more\s+)?(?:interns|graduates|grads|trainees|juniors|students|apprentices)\b",
        _I,
    )
)

# Round 8: the sender offers themselves without a job request in so many words.
# - Their own present search aimed at roles: "I'm looking at partnerships roles at Acme",
#   "I'm after roles where my experience counts" (a past search, "I was looking at", is
#   context; "I'm looking into careers in X" names no role and stays a pass).
# - Where they would fit: "where someone with my background could contribute", "how I
#   might fit into your team".
# - Pleas to be placed: "accept me into your lab", "could you find me something?", "join
#   your esteemed organisation".
# - Work offered as a contractor: "some short-term project work with Northgate", "I could
#   be a useful subcontractor".
# - Wanting the job itself, or its next round: "I would very much like this job", "I look
#   forward to the next steps" (the next steps of a hiring process, not of one's career).
_JOB.append(
    re.compile(
        r"\b(?:i'm|i\s+am|i've\s+been|i\s+have\s+been)\s+(?:currently\s+|now\s+|actively\s+|also\s+"
        r"|mainly\s+|mostly\s+)?(?:looking\s+(?:at|into|for)|after|exploring|targeting|pursuing"
        r"|seeking|eyeing|considering|hunting\s+for|searching\s+for)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:roles|positions|jobs|openings|internships|vacancies)\b"
        r"|\bwhere\s+(?:i|someone\s+(?:like\s+me|with\s+my\s+(?:[\w-]+\s+){0,2}?(?:background"
        r"|experience|skills|profile)))\s+(?:could|might|would|can|may)\s+(?:best\s+)?(?:contribute"
        r"|fit\b|help\s+(?:you|your)|add\s+value|be\s+useful|slot\s+in)"
        r"|\bhow\s+(?:i|someone\s+like\s+me)\s+(?:could|might|would|can|may)\s+fit\s+(?:in(?:to)?\s+)?"
        r"(?:your|there|at\s+(?-i:[A-Z]))"
        # The same said of their background: "how my background could fit what your team
        # needs" (round 15); "how my skills might fit in consulting" asks about the field.
        r"|\bhow\s+my\s+(?:[\w-]+\s+){0,2}?(?:background|experience|skills|skill\s+set|profile"
        r"|expertise)\s+(?:could|might|would|can|may)\s+(?:best\s+)?fit\s+(?:in(?:to)?\s+|with\s+)?"
        r"(?:what\s+)?(?:your|you\b|there|at\s+(?-i:[A-Z]))"
        r"|\b(?:accept|admit|take)\s+me\s+(?:in|into|onto|to)\s+your\b"
        r"|\baccept\s+me\s+as\s+(?:a|an|your)\s+(?:[\w-]+\s+)?(?:intern|student|trainee|apprentice"
        r"|assistant|member)\b"
        r"|\bfind\s+me\s+(?:something|anything|some\s+work|work\b|a\s+place|a\s+spot|an?\s+"
        r"(?:[\w-]+\s+)?(?:job|role|position|internship|placement|opening))"
        r"|\b(?:some|any)\s+(?:[\w-]+\s+){0,2}?(?:project|contract|freelance|consulting"
        r"|subcontract\w*)\s+(?:[\w-]+\s+)?work\s+(?:with|for|at|from)\s+(?:you\b|your|(?-i:[A-Z]))"
        r"|\bi\s+(?:could|can|would|might)\s+be\s+(?:a|an|your)\s+(?:[\w-]+\s+){0,2}?(?:subcontractor"
        r"|contractor|freelancer|hire|employee|team\s+member|new\s+hire)\b"
        # "I really like the role you play" praises theirs: only "would" wants
        # (no \b in front: a pattern that opens on its letters is scanned for them fast)
        r"|(?:would|'d)\s+(?:(?:very\s+much|really|truly|so|also)\s+){0,2}?(?:like|love|want"
        r"|welcome)\s+(?:this|the|that)\s+(?:[\w-]+\s+)?(?:job|role|position|internship"
        r"|job\s+offer)\b(?!\s+(?:of|you\s+(?:play|have|hold)|in\s+(?:which|your))\b)"
        r"|\bi\s+(?:really\s+|truly\s+)?want\s+(?:this|the)\s+(?:job|role|position|internship)\b"
        r"|\blook(?:ing)?\s+forward\s+to\s+(?:the|our)\s+next\s+steps?\b(?!\s+(?:in|of|for)\s+"
        r"(?:my|your)\b)",
        _I,
    )
)

# Round 8, more of the same idea in other words: "on the lookout for a junior role", "if
# your team ever needs an extra pair of hands", "my goal is to land a role on your team",
# "any chance your team is growing?", "how to get hired at Corvale", "to enquire about
# employment with your company", "any entry-level work you might have", "whether I'd be a
# good fit at Corvale".
_JOB.append(
    re.compile(
        r"\bon\s+the\s+lookout\s+for\s+(?:a|an|my|new|the\s+next|any)\b"
        r"|\b(?:needs?|could\s+use|can\s+use|want)\s+(?:an?\s+|some\s+)?extra\s+(?:pair\s+of\s+)?"
        r"hands\b"
        r"|(?<!you\s)\b(?:to|i\s+(?:can|could|might))\s+(?:\w+\s+)?(?:get|land|secure|obtain|find)\s+"
        r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:job|role|position|internship|placement)\s+(?:at|with"
        r"|on|in|within)\s+(?:your\b|(?-i:[A-Z]))"
        r"|\b(?:chance|wonder\w*|whether|if)\s+your\s+(?:[\w-]+\s+)?(?:team|company|firm|department"
        r"|group|office|studio|agency)\s+(?:is|are|might\s+be)\s+(?:currently\s+|still\s+|now\s+)?"
        r"(?:growing|expanding|scaling|adding\s+(?:people|staff|headcount))\b"
        r"|(?<!you\s)\b(?:get|getting|be|being)\s+hired\s+(?:at|by)\s+(?-i:[A-Z])"
        r"|\b(?:enquir|inquir)\w*\s+(?:about|regarding|into)\s+(?:possible\s+|potential\s+|any\s+)?"
        r"(?:employment|work\b|positions?|vacanc\w+|openings?|opportunit\w+|a\s+(?:[\w-]+\s+)?"
        r"(?:job|role|position|placement|internship))"
        r"|\b(?:any|some)\s+(?:[\w-]+\s+)?work\s+(?:that\s+)?you\s+(?:might\s+|may\s+|could\s+)?"
        r"(?:have|need|offer)\b"
        r"|\bi(?:'d|\s+would|\s+might|\s+could)\s+be\s+(?:a\s+)?(?:good\s+|great\s+|strong\s+"
        r"|right\s+)?(?:fit|match)\s+(?:at|with|for|on)\s+(?:your|you\b|(?-i:[A-Z]))"
        # After an interview-like talk: working together hoped for, the decision or the next
        # round awaited, an asset to any unit of theirs, a privilege to join them, excitement
        # about "this opportunity" (not the opportunity to learn).
        r"|\b(?:hope|hoping|love|like|forward\s+to)\s+(?:that\s+)?(?:we\s+(?:get\s+to|can|will|could"
        r"|might)\s+|to\s+|the\s+chance\s+to\s+)?(?:work|working)\s+together\b"
        r"|\b(?:your\s+(?:hiring\s+|final\s+)?|the\s+(?:hiring|final)\s+)decision\b(?!\s+(?:to"
        r"|about|on|between|of|in\s+(?:19|20)\d\d|back\s+in|at\s+the\s+time|years\s+ago|then|that"
        r"|when|after|before)\b)"
        # (a next round of changes to a site, of edits, of funding is no hiring round)
        r"|next\s+round\b(?!\s+of\s+(?!(?:interviews?|interviewing|hiring|selection|candidates"
        r"|applicants|the\s+(?:interviews?|hiring|selection|process|recruitment))\b))"
        r"|\b(?:valuable|an?\s+asset|an?\s+(?:great\s+|good\s+|strong\s+)?addition|useful)\s+to\s+"
        rf"(?:your|the)\s+(?:[\w-]+\s+)?{_ORG}\b"
        r"|\b(?:privilege|honou?r|pleasure|thrill|dream)\s+to\s+(?:join|work\s+(?:for|at|with))\s+"
        r"(?:your|(?-i:[A-Z]))"
        # Asking where an application stands: "I applied for the (title) opening and would
        # be keen to know the next steps" (round 11).
        r"|\b(?:applied|my\s+application)\b[^.!?\n]{0,100}?\bnext\s+steps?\b"
        r"|\b(?:excited|enthusiastic|thrilled|eager)\s+(?:about|for|by)\s+(?:this|the)\s+"
        r"(?:[\w-]+\s+)?(?:opportunity|role|position)\b(?!\s+(?:to|of)\s+(?:learn|hear|talk|meet"
        r"|speak|ask|chat))",
        _I,
    )
)

# Round 11: a candidacy pressed without naming a job, the close of a note after a job talk:
# a background that "would let me make a real contribution to your team", "I'm sure I could
# add value to the team", "even keener on this opportunity" (not the opportunity to learn).
_CONTRIBUTION = (
    r"(?:make\s+an?\s+(?:[\w-]+\s+)?(?:contribution|difference|impact)|contribute|add\s+value"
    r"|be\s+(?:an?\s+)?(?:real\s+)?(?:asset|valuable))\s+(?:to|at|on|in|within|for)\s+(?:your|the)\s+"
    rf"(?:[\w-]+\s+)?{_ORG}\b"
)
_JOB.append(
    re.compile(
        rf"\b(?:let|allow|enable|help)\s+me\s+(?:to\s+)?{_CONTRIBUTION}"
        r"|\bi\s+(?:could|can|would|will|am\s+able\s+to|'d\s+be\s+able\s+to)\s+(?:really\s+"
        rf"|truly\s+)?{_CONTRIBUTION}"
        r"|\b(?:keen|keener|eager|more\s+interested)\s+(?:on|in|about)\s+this\s+(?:[\w-]+\s+)?"
        r"(?:opportunity|role|position)\b(?!\s+to\s+(?:learn|hear|talk|meet|speak|ask|chat))",
        _I,
    )
)

# Round 15: more disguised asks, in the shapes career advisers warn about: a résumé sent "in
# case there is a fit" or "to pass along", wanting to contribute to their team, asking
# whether they know anyone looking for someone of the sender's kind, and offering to help on
# their projects for the experience.
_JOB.append(
    re.compile(
        r"\bin\s+case\s+(?:there\s+is|there's|there\s+might\s+be|you\s+(?:have|see|know\s+of))\s+"
        r"(?:a\s+|an\s+|any\s+)?(?:good\s+)?(?:fit|match|opening|openings|role|roles|position"
        r"|positions|vacanc\w+)\b"
        # "I've attached my CV in case there is anything suitable" (round 20's probes)
        r"|\bin\s+case\s+(?:there\s+is|there's|there\s+might\s+be|you\s+(?:have|see|know\s+of))\s+"
        r"(?:anything|something)\s+(?:suitable|relevant|available|open|that\s+(?:fits|suits))\b"
        # "would your manager consider someone with my background?"
        r"|\b(?:consider|hire|take\s+on|interview)\s+(?:someone|somebody|a\s+person|people"
        r"|candidates|a\s+candidate|graduates)\s+(?:with|like)\s+(?:my|me)\b"
        r"|\b(?:r.sum.|resume|cv)\s+(?:for\s+you\s+)?to\s+(?:pass\s+(?:along|on)|forward|share\s+with)\b"
        r"|\b(?:thrilled|glad|happy|keen|eager|love|delighted|excited|hoping|hope)\s+to\s+"
        rf"{_CONTRIBUTION}"
        # (opening on "know", after "you": "Do " before a match reads as the sender's own doing)
        r"|(?:(?<=\byou\s)|(?<=\bmight\s)|(?<=\bmay\s)|(?<=happen\sto\s))know\s+(?:of\s+)?(?:anyone|someone|anybody"
        r"|somebody|any\s+(?:teams?|companies|firms))\s+"
        r"(?:who\s+(?:is|'s|are|might\s+be|may\s+be|could\s+be)\s+|that\s+(?:is|are)\s+)?"
        r"(?:looking\s+for|hiring|in\s+need\s+of|seeking|recruiting)\b"
        # "I hope you'll give me serious consideration for the role" (round 16)
        r"|\b(?:give|giving)\s+me\s+(?:[\w-]+\s+)?consideration\s+for\s+(?:the|this|that|a|an|your)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:role|position|job|opening|post|vacancy|internship|placement)\b"
        r"|\bif\s+you\s+(?:ever\s+)?need\s+(?:any\s+|some\s+|a\s+bit\s+of\s+)?(?:help|assistance"
        r"|support|an\s+extra\s+hand)\s+(?:on|with)\s+(?:your|any\s+of\s+your)\s+(?:[\w-]+\s+)?"
        r"(?:projects?|work|team|caseload|research)\b",
        _I,
    )
)

# Round 18: asks written as the sender's own plans or offers, which career advisers read as
# a request all the same: help getting a foot in the door, an offer to work unpaid, a search
# for an entry-level job, wanting to be hired, a name passed to their manager, interning
# with them. ("Keen to join a team like yours one day" stays a career aim: round 5.)
_JOB.append(
    re.compile(
        r"\bhelp(?:ing)?\s+(?:me\s+)?(?:to\s+)?(?:get|getting)\s+(?:my|a)\s+foot\s+in\b"
        r"|\b(?:happy|glad|willing|ready|offer|offering|love|keen)\s+to\s+(?:work|volunteer|intern"
        r"|help\s+out)\s+(?:for\s+free|unpaid|without\s+pay)\b"
        r"|\b(?:looking|searching|seeking|hunting)\s+for\s+(?:a|an|my\s+first|my\s+next)\s+"
        r"(?:(?!(?:of|about|on|in|into|sense|feel|picture|view|understanding)\b)[\w-]+\s+){1,3}?"
        r"(?:job|role|position|internship|placement|post)\b(?!\s+(?:of|to|model|description)\b)"
        r"|\b(?:looking|hoping|want|wanting|trying|eager|keen|aiming|aim|ready)\s+to\s+(?:be|get)"
        r"\s+hired\b"
        r"|\b(?:pass|flag|mention|forward|send|give)\s+my\s+name\s+(?:to|along|on)\b"
        r"|\bintern(?:ing)?\s+(?:with|for|under)\s+you\b"
        # "I am seeking a project or internship under your supervision" (corpus round 18)
        r"|\b(?:seek|seeking|looking\s+for|searching\s+for)\s+(?:a|an|any)\s+(?:[\w-]+\s+"
        r"(?:or|and|/)\s+)?(?:[\w-]+\s+)?(?:internship|placement|traineeship|apprenticeship)\b",
        _I,
    )
)

# Round 23's probes, the same asks in other words: a job at "a firm like yours" as the goal,
# the next steps of the hiring process awaited, "the role" to discuss (not "the role of
# ..."), freelance work offered to them, an introduction to their recruiting team, and a
# portfolio sent "for your review". Then what later rounds' dev cases showed.
_JOB.append(
    re.compile(
        r"\b(?:get|land|secure|obtain|find)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:job|role"
        r"|position|internship|placement)\s+(?:at|with|in)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:company"
        r"|firm|organi[sz]ation|agency|business|practice|studio|team)\s+like\s+yours\b"
        r"|\b(?:next\s+steps?|stages?|round)\s+(?:in|of)\s+(?:the|your)\s+(?:hiring|recruitment"
        r"|recruiting|application|interview|selection)\s+process\b"
        r"|\b(?:discuss|talk\s+about|chat\s+about|go\s+over)\s+(?:the|this|that)\s+(?:[\w-]+\s+)"
        r"{0,2}?(?:role|position|opening|vacancy|internship)\b(?!\s+(?:of|you|that|in|programmes?"
        r"|programs?|scheme|process|market)\b)"
        r"|\b(?:freelance|contract|consulting|temp|temporary|part-time|casual)\s+work\s+(?:with"
        r"|for|at|on)\s+(?:your|you\b|(?-i:[A-Z]))"
        r"|\bintroductions?\s+to\s+(?:your|the|their)\s+(?:[\w-]+\s+)?(?:recruiting|recruitment"
        r"|hiring|talent|hr|people)\s+(?:team|department|manager|lead|partner)s?\b"
        r"|\b(?:portfolio|resume|r.sum.|cv|work\s+samples?)\s+(?:\w+\s+){0,2}?for\s+your\s+review\b"
        # an applicant's claims and hopes: "I can hit the ground running in this role", "a
        # role at your company" to move into, their help "getting noticed", a way "I could get
        # a foot in the door" (not into a field: that is what they want to learn)
        r"|\bhit\s+the\s+ground\s+running\b"
        r"|\b(?:transition|move|switch|step)\s+into\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:role"
        r"|position|job)\s+(?:at|with|on)\s+(?:your|(?-i:[A-Z]))"
        r"|\bhelp\s+(?:me\s+)?(?:in\s+)?(?:get|getting|be|being)\s+(?:noticed|spotted|seen)\b"
        r"|\b(?:i|me)\s+(?:could|can|might)\s+(?:\w+\s+)?get\s+(?:a|my)\s+foot\s+in\s+the\s+door\b"
        r"(?!\s+(?:in|of)\s+(?:the|this|a|an)\s+(?:[\w-]+\s+)?(?:field|industry|sector|profession"
        r"|world)\b)"
        # round 23's dev cases: "whether there might be a fit for someone with a background in
        # [X]", and after a job interview "I'm keen to hear what the next step is"
        r"|\b(?:there(?:'s|\s+is|\s+might\s+be|\s+could\s+be|\s+may\s+be|\s+would\s+be)|i(?:'d"
        r"|\s+would|\s+might|\s+could)\s+be)\s+(?:a\s+)?(?:good\s+|possible\s+|potential\s+)?fit"
        r"\s+for\s+(?:someone|somebody|me|a\s+person|people)\b"
        r"|\b(?:keen|eager|excited|glad|happy)\s+to\s+hear\s+(?:about\s+|what\s+)?(?:the\s+)?next\s+"
        r"steps?\b(?!\s+(?:in|for|of)\s+(?:my|your)\b)"
        # paid work offered (round 24: a job seeker's pitch to a founder): "I'm now offering
        # part-time CTO services", "you could use someone who has already ..."
        r"|\b(?:i(?:'m|\s+am)\s+(?:now\s+|currently\s+)?offering|i\s+offer|offering\s+my)\s+(?:my\s+)?"
        r"(?:[\w-]+\s+){0,3}?services\b"
        r"|\byou\s+could\s+(?:really\s+)?use\s+(?:someone|somebody|a\s+person|an\s+extra)\b"
        # after a talk, their firm as the place wanted (round 23's probes of thank-you notes):
        # "a word with the recruiters", "the possibility of joining Fernway", "hearing from you
        # about the position", "Fernway is where I want to start my career"
        r"|\ba\s+(?:good\s+|quick\s+)?word\s+with\s+(?:the\s+|your\s+)?(?:[\w-]+\s+)?(?:recruit\w*"
        r"|hiring|hr\b|talent|managers?)"
        r"|\b(?:possibility|prospect|chance|opportunity)\s+of\s+(?:joining|working\s+(?:at|for"
        r"|with))\s+(?:your|you\b|(?-i:[A-Z]))"
        r"|\bhear(?:ing)?\s+(?:back\s+)?from\s+you\s+(?:about|regarding|on)\s+(?:the|this|my)\s+"
        r"(?:[\w-]+\s+)?(?:position|role|job|application|opening|vacancy|internship)\b"
        # (a name after "that", "think" and the like: "Teaching is where I want to start"
        # opens a sentence, and a pattern that opens on any capital would slow every scan)
        r"|(?:\byour\s+(?:company|firm|team|organi[sz]ation|practice|agency)"
        r"|\b(?:that|think|feel|know|believe|sure|confirmed)\s+(?-i:[A-Z])[\w&-]+)"
        r"\s+is\s+(?:where|the\s+(?:place|company|firm|team))\s+(?:where\s+)?i\s+(?:really\s+)?"
        r"(?:want|would\s+like|'d\s+like|hope)\s+to\s+(?:(?:start|build|begin|launch)\s+my\s+career"
        r"|work|intern|train)\b"
        # a programme of theirs named, then "I'd like to apply for it" (round 25: a LinkedIn
        # automation script's message about an internship programme)
        r"|\b(?:(?:like|love|want|plan|hope|intend|keen)\s+to\s+apply|interested\s+in\s+applying)\s+"
        r"(?:for|to)\s+(?:it|this|them)\b",
        _I,
    )
)

# Each pattern of _JOB and _PAY runs only when one of the words it needs is in the text
# (the prefilter reads them off the pattern): most messages hold few of them. Cut into
# their alternatives, the big patterns let the prefilter skip most of their branches.
_A_JOB = _JOB[0]  # "a job", "an internship": the one _WEIGHED is checked for (not split)
_JOB = split(_JOB)


# The learner's own past or present work, or how people in general find work.
_NOT_A_REQUEST = re.compile(
    r"(?:\b(?:completed|complete|did|do|done|doing|finished|had|held|hold|holding|started|accepted"
    r"|landed|land|secured|during|after|throughout|from|found|finding|find|landing|getting|get"
    r"|got|choose|chose|take|took|through|before|into|left|leaving|previous|last)\s+$)"
    # the sender's own offer or post, with its article: "I recently accepted an internship
    # offer for the summer" (round 34's probes)
    r"|(?:\b(?:accepted|accepting|received|receiving|got|turned\s+down|declined|took|taken)\s+"
    r"(?:an?|the|my|this|that|one)\s+$)"
    # ("I'm interested in any work you have" is a wish, not where they are)
    r"|(?:\bi(?:'ve|'m|\s+have|\s+am)?\s+(?:\w+\s+)?(?:have|had|(?<!interested\s)in)\s+$)"
    # a choice of paths: "decide between an MBA and a job in consulting"
    r"|(?:\bbetween\b[^.!?\n]{0,40}\band\s+$)"
    # "I've spent a year in a job that ..." describes where they are, asks for nothing
    r"|(?:\b(?:spent|spending|stuck|working|worked|currently|still)\b[^.!?\n]{0,30}(?<!interested\s)(?<!interest\s)\bin\s+$)",
    _I,
)
# The sender's own search in general, "I've started applying for jobs", is context; it asks
# for nothing unless the sentence turns it into a request.
_OWN_SEARCH = re.compile(
    r"(?:applied|applying|apply)\s+(?:for|to)\s+(?:(?:two|three|four|five|six|several|a\s+few"
    r"|a\s+couple\s+of|some|many|more|other|new|\d+)\s+)?(?:[\w-]+\s+){0,2}(?:jobs|positions|roles"
    r"|internships|openings)\s*",
    _I,
)
def _own_search(folded: str, lo: int, end: int) -> bool:
    """Whether the match ending at ``end`` is part of "applying for jobs" (any form)."""
    own = _OWN_SEARCH.search(folded, lo, min(len(folded), end + 1))
    return own is not None and own.end() >= end - 1


_REQUEST_CUE = re.compile(
    r"\?|\b(?:could|would|can|will|do)\s+you\b|\bplease\b"
    r"|\b(?:help|refer|recommend|introduce|consider|hire)\s+me\b|\byour\s+(?:company|firm|team)\b",
    _I,
)
# A question about the field's outlook mentions jobs without asking for one: "What do job
# opportunities look like for new graduates in this field?"
_WH_START = re.compile(
    r"^\W{0,5}(?:(?:and|so|also)\s+)?(?:what|how|where|which|why|when|who"
    # how many there are, asked of the field: "Are there many openings in this field right
    # now?" (round 23's probes; "are there any openings on your team?" names theirs)
    r"|(?:are|is)\s+there\s+(?:many|more|enough|plenty\s+of|a\s+lot\s+of|lots\s+of|few|fewer"
    r"|still))\b", _I
)
_OUTLOOK = re.compile(
    r"\b(?:outlook|market|demand|growth|growing|grow|trends?|future|prospects|competitive"
    r"|competition|look\s+like|looks\s+like|like\s+(?:for|in)|available\s+(?:for|to)\s+(?:new|recent)"
    r"|(?:in|across|within)\s+(?:the|this|that)\s+(?:field|industry|sector|profession|area|region"
    r"|city|country|occupation|trade|line\s+of\s+work)"
    r"|(?:the|this|that)\s+(?:industry|field|sector|profession|market|occupation|trade)"
    # what lies ahead: "What openings and difficulties do you see ahead?" (round 15)
    r"|(?:see|lie|lies|coming)\s+ahead"
    r"|for\s+(?:new\s+|recent\s+)?(?:graduates|grads|newcomers|beginners|people"
    r"|students|career\s+changers))\b",
    _I,
)
# The sender in their own words, which turns a job "for someone" back into theirs.
_FIRST_PERSON = r"\b(?:me|my|myself|i)\b"
# Jobs in the third person: "skills for someone aiming at a role like yours". Someone who
# would get the sender the job is not a third person: "put me in touch with someone who
# could help me land a job at Larkspur" asks (round 15).
_GENERIC_ROLE = re.compile(
    r"\b(?:someone|somebody|anyone|people|a\s+person|students|graduates|those|newcomers"
    rf"|beginners)\b(?:(?!{_FIRST_PERSON})[^.?!\n]){{0,40}}$",
    _I,
)
_ME = re.compile(r"\b(?:me|my|myself)\b", _I)
# "Do you know anyone who is hiring?" asks them for a way in, through somebody else.
_KNOW_ANYONE = re.compile(
    r"\b(?:know|know\s+of|think\s+of|aware\s+of)\s+(?:anyone|someone|somebody|anybody|people"
    r"|any\s+(?:companies|firms|teams|people))\b"
    r"|\b(?:is|are)\s+there\s+(?:someone|anyone|somebody|anybody|people)\b",
    _I,
)
_LIKE_YOURS = re.compile(r"\s*(?:like|such\s+as)\s+(?:yours|this|that|these|theirs|mine)\b", _I)
# Jobs for other people, named after the noun: "there are openings for people willing to make
# them" reports how the field works. "openings for people with my background" still asks.
_FOR_OTHERS = re.compile(
    r"\s+for\s+(?:people|those|anyone|someone|somebody|newcomers|graduates|students|beginners"
    rf"|outsiders)\b(?![^.!?\n]{{0,50}}{_FIRST_PERSON})",
    _I,
)
# Where the reader works, as a job there is asked for.
_THEIR_PLACE = r"(?:company|firm|team|organi[sz]ation|office|department|practice|agency|group)"
_PERSONAL_ASK = re.compile(
    rf"\b(?:for\s+me|hire\s+me|i\s+(?:could|can|might)\s+apply|your\s+{_THEIR_PLACE})\b",
    _I,
)


# Thanks for what they gave is no ask: "thank you for the job leads you shared", "thanks
# for offering to forward my CV", "thank you for telling me about the opening at X".
# "Thank you for your time, and please keep me in mind" asks again after the clause ends.
# Thanks in advance, or for considering them, still asks: "thanks in advance for passing my
# CV on", "thank you for considering me for the role".
_THANKS_FOR = re.compile(
    r"\bthank(?:s|\s+you)\b(?!\s+(?:\w+\s+)?in\s+advance)(?:\s+(?!for\b)\w+){0,3}?\s+for\b"
    r"(?!\s+(?:consider\w*|keeping\s+me|thinking\s+of\s+me|putting\s+me\s+forward|any\b))",
    _I,
)
_CLAUSE_END = re.compile(
    r"[;:,.!?\n]|\s(?:but|and\s+(?!for\b)|so|please|also|could|would|if)\b", _I
)


def _thanked_for(folded: str, floor: int, start: int) -> bool:
    """Whether the match at ``start`` is what a "thanks for ..." clause before it thanks."""
    # The window runs past ``start`` so that "for considering me" is seen whole.
    window = folded[floor:start + 30]
    found = [m for m in _THANKS_FOR.finditer(window) if m.end() <= start - floor]
    return bool(found) and not _CLAUSE_END.search(window, found[-1].end(), start - floor)


def is_outlook_mention(sentence: str) -> bool:
    """Whether ``sentence`` asks about jobs in the field in general, not for one."""
    return bool(
        _WH_START.search(sentence) and _OUTLOOK.search(sentence)
        and not _PERSONAL_ASK.search(sentence)
    )


# Asking what they look for when they hire is asking for advice, not for the job: "What do
# you look for when hiring?", "If you were hiring a junior, what would stand out?"
_WH_ANYWHERE = re.compile(r"\b(?:what|which|how)\b", _I)
_CRITERIA = re.compile(
    r"\b(?:look(?:s|ing)?\s+for|want\s+to\s+see|value\s+most|stand\s+out|stands\s+out|impress(?:es)?"
    r"|makes?\s+(?:a\s+)?(?:candidate|applicant)s?\s+(?:stand|strong)"
    r"|(?:employers|hiring\s+managers|recruiters|companies|firms|organi[sz]ations)\s+(?:\w+\s+)?"
    r"(?:want|expect|seek|require|need|value|prefer))\b",
    _I,
)
_FOR_ME = re.compile(
    r"\b(?:for\s+me|hire\s+me|consider\s+me|me\s+for|my\s+(?:resume|cv|application)"
    r"|this\s+(?:role|position|opening|vacancy)|applying\s+(?:to|at|with)\s+your"
    # "looking for my next role" is the sender's own search, not what a hirer looks for
    r"|my\s+(?:next|first)\s+(?:[\w-]+\s+){0,2}?(?:role|job|position|opportunity))\b", _I
)


# Advice on the way into the field, which career guides call a good question near the end of
# a talk: "What would be the best way for me to land a job in this field?", "If you were in
# my shoes, what would your next step be toward a job in this industry?" (round 6). A job
# at their firm is still asked for: "the best way for me to get a job at your firm".
_WAY_IN = re.compile(
    r"\b(?:best\s+way|way\s+in|next\s+step|first\s+step|steps|how\s+(?:can|could|should|would"
    r"|do|did|does)\s+(?:i|someone|people|one|you)|advice|recommend|suggest)\b",
    _I,
)
_FIELD_JOB = re.compile(
    r"\b(?:job|jobs|role|roles|position|work|career|start|foothold)\s+(?:in|into|within)\s+"
    r"(?:the|this|that|your)\s+(?:field|industry|sector|profession|occupation|trade|area"
    r"|line\s+of\s+work)\b",
    _I,
)
_AT_THEIR_FIRM = re.compile(
    rf"\b(?:your|the)\s+{_THEIR_PLACE}\b|\b(?:here|with\s+you|at\s+(?-i:[A-Z]))", _I
)


def is_field_advice(sentence: str) -> bool:
    """Whether ``sentence`` asks their advice on getting into the field, not for a job."""
    return bool(
        _WH_ANYWHERE.search(sentence) and _WAY_IN.search(sentence)
        and _FIELD_JOB.search(sentence) and not _AT_THEIR_FIRM.search(sentence)
    )


def is_criteria_question(sentence: str) -> bool:
    """Whether ``sentence`` asks what they look for in a hire, for nobody in particular."""
    return bool(
        _WH_ANYWHERE.search(sentence) and _CRITERIA.search(sentence)
        and not _FOR_ME.search(sentence)
    )


_HELP_ME = re.compile(
    r"\b(?:help|helping)\s+me\s+(?:to\s+)?(?:find|get|land|secure)\s+$"
    r"|\b(?:like|love|want|wants|hope|hoping|wish|looking|eager|keen|plan|planning|trying)\s+to"
    r"\s+(?:do|get|find|land|secure|have|take|start|pursue)\s+$",
    _I,
)
# "Have you got any openings?" asks; "I got an internship" is the learner's own history.
_YOU_HAVE = re.compile(r"\byou(?:'ve|\s+have)?\s+(?:got|had|have)\s+$", _I)
# A negation denies the ask only when it negates the asking: "I'm not asking for a job",
# "not looking for a position", "this is not a job request". "I didn't see any openings"
# negates the seeing, and still asks.
_DENIAL = re.compile(
    r"\b(?:ask|asking|asked|look|looking|seek|seeking|request|requesting|expect|expecting|hope"
    r"|hoping|after|want|wanting|call|calling|writ\w*|reach\w*|about|apply|applying|interest"
    r"|interested|mean|trying|here|need|for|this|that|it|a|an|any|my|the)\b",
    _I,
)


# Their own story, asked about or told: "how you got your foot in the door at Brightwell",
# "how did you get hired at your company?". The words between "you" and the phrase may not
# turn to the sender ("how you could help me get hired") or to what could be.
_THEIR_STORY = re.compile(
    r"\b(?:how|when|where|why|what)\s+(?:(?:did|had|were|was)\s+you|you\s+(?:first\s+)?"
    r"(?:\w+ed|got|found|made|came|broke|went|began|won|became|took|knew|chose|were|had))"
    r"(?:\s+(?!(?:i|me|my|could|can|would|will|might|may|should)\b)[\w']+){0,6}?\s*$"
    # what made them take one: "What made you accept your first job offer?" (round 20's
    # probes); their own first or earlier job is their story too
    r"|\b(?:what|who)\s+(?:made|led|got|convinced|persuaded|helped)\s+you\s+(?:to\s+)?[\w']+"
    r"(?:\s+[\w']+){0,4}?\s*$"
    r"|\byour\s+(?:very\s+)?(?:first|previous|earlier|early|old)\s+$",
    _I,
)
# A story of the sender's past, with no request in it: "When I applied for jobs last year, I
# found few openings in policy."
_PAST_STORY = re.compile(
    r"^\W*(?:back\s+)?when\s+i\s+(?:was|were|had|first|applied|looked|searched|started|began"
    r"|went|worked|interned|graduated|finished|left)\b"
    # the sender's record told as such: "I have completed several internships in finance,
    # among them a summer role at a wealth manager" (corpus round 18)
    r"|^\W*i(?:'ve|\s+have)\s+(?:already\s+|also\s+)?(?:completed|held|done|had|finished)\s+"
    r"(?:two|three|four|five|several|a\s+few|a\s+number\s+of|many|multiple|some)\s+"
    r"(?:[\w-]+\s+)?(?:internships|placements|roles|jobs|positions)\b",
    _I,
)


def tells_own_past(sentence: str) -> bool:
    """Whether a sentence tells the sender's own past search or record ("When I applied for
    jobs last year, ..."), with no request in it: its job words are no ask."""
    return bool(_PAST_STORY.match(sentence)) and not _REQUEST_CUE.search(sentence)


_LAST_NEGATOR = re.compile(r"\b(?:not|no|never|without|nor)\b|n't\b", _I)


def _denies(folded: str, floor: int, start: int) -> bool:
    """Whether the negation before ``start`` negates the asking itself."""
    window = folded[max(floor, start - 70):start]
    matches = list(_LAST_NEGATOR.finditer(window))
    last = matches[-1] if matches else None
    if last is None:
        return True  # negated after the phrase: "... is not what I'm asking"
    between = window[last.end():]
    return not between.strip() or bool(_DENIAL.search(between))


def find_job_ask(
    folded: str, spans: list[tuple[int, int]] | None = None
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """``(ask, negated)``: the span of the first real job request, and of the first one
    that was negated ("not asking for a job"); either may be None."""
    return _scan_job_asks(folded, spans, keyed=True)


# A job in a field weighed by the sender is a choice, not an ask: "I'm considering a position
# in public health after graduation"; one at their firm still asks (round 23's probes). (A
# check after the match rather than a look-behind in the pattern, which slowed every scan.)
_WEIGHED = re.compile(r"(?:considering|weighing|contemplating|weighing\s+up)\s+$", _I)
_AT_THEIRS = re.compile(
    r"\S+\s+(?:[\w-]+\s+){0,4}?(?:at|with|on|in)\s+(?:your|you\b|(?-i:[A-Z]))", _I
)
# A job as the subject of what the sender wants to know (round 34's probes).
_WHAT_BEFORE = re.compile(r"\b(?:what|how)\s+$", _I)
_IS_LIKE = re.compile(
    r"[^.!?\n]{0,45}?\b(?:is|are|was|would\s+be|might\s+be)\s+(?:really\s+|actually\s+|truly\s+)?"
    r"(?:like|about)\b|[^.!?\n]{0,45}?\b(?:involves|entails|looks\s+like|feels\s+like)\b",
    _I,
)


def _scan_job_asks(
    folded: str, spans: list[tuple[int, int]] | None, keyed: bool
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """:func:`find_job_ask`; ``keyed=False`` runs every pattern (the tests compare both)."""
    ask: tuple[int, int] | None = None
    negated: tuple[int, int] | None = None
    keys = fold_for_keys(folded)
    low = lowered(folded)

    def denied(start: int, end: int, floor: int) -> bool:
        """Whether the match is a job ask negated ("not asking for a job"); the earliest
        such match is kept in ``negated``."""
        nonlocal negated
        if not (is_negated(folded, start, end, floor) and _denies(folded, floor, start)):
            return False
        if negated is None or start < negated[0]:
            negated = (start, end)
        return True

    for _pattern, found in candidates(_JOB, keys, folded, low, filtered=keyed):
        for m in found:
            start, end = m.span()
            floor = sentence_of(spans, start)[0] if spans else 0
            before = folded[max(floor, start - 40) : start]
            if (
                _NOT_A_REQUEST.search(before)
                and not _HELP_ME.search(before)
                and not _YOU_HAVE.search(before)
            ):
                continue
            if spans:
                s_start, s_end = sentence_of(spans, start)
                sentence = folded[s_start:max(s_end, end)]
            else:
                sentence = folded
            if (is_outlook_mention(sentence) or is_criteria_question(sentence)
                    or is_field_advice(sentence)):
                # a denial still counts: "I'm not looking for a job; I'd just like to learn
                # what your team does" (the rest reads as a question on what they look for)
                denied(start, end, floor)
                continue
            if _THEIR_STORY.search(folded, max(floor, start - 80), start) or tells_own_past(
                sentence
            ):
                continue
            if _own_search(folded, max(floor, start - 12), end) and not _REQUEST_CUE.search(
                sentence
            ):
                continue
            if _thanked_for(folded, max(floor, start - 80), start):
                continue
            if _WHAT_BEFORE.search(folded, max(floor, start - 8), start) and _IS_LIKE.match(
                folded, end, min(len(folded), end + 60)
            ):
                continue  # "asking what a role in data journalism is really like": a topic
            if (
                _pattern is _A_JOB
                and _WEIGHED.search(folded, max(floor, start - 20), start)
                and not _AT_THEIRS.match(folded, start, min(len(folded), end + 60))
            ):
                continue
            if (
                _GENERIC_ROLE.search(folded, max(floor, start - 60), start)
                and not _KNOW_ANYONE.search(folded, max(floor, start - 60), start)
                and not _ME.search(folded, start, end)
            ) or _LIKE_YOURS.match(folded, end, min(len(folded), end + 20)) or _FOR_OTHERS.match(
                folded, end, min(len(folded), end + 70)
            ):
                continue
            if denied(start, end, floor):
                continue
            if ask is None or start < ask[0]:
                ask = (start, end)
            break
    return ask, negated


_PAY = [
    re.compile(
        r"\b(?:salary|salaries|pay|paycheck|paychecks|wages?|stipends?|pay\s*scale|pay\s+range"
        r"|remuneration|hourly\s+rates?|day\s+rates?|take[- ]home\s+pay"
        # the words of fields and trades that are no one's pay (round 23's probes): "paid
        # social campaigns", "paying clients", "it pays to ask", "earnings calls", "workers'
        # compensation claims"
        r"|paid(?!\s+(?:social|search|media|advertising|ads|acquisition|campaigns?|channels?"
        r"|marketing|content|subscriptions?|apps?|plans?|tiers?|versions?|users|customers"
        r"|members)\b)"
        r"|paying(?!\s+(?:clients|customers|users|members|subscribers|audiences?)\b)"
        r"|pays(?!\s+to\b)"
        r"|compensation(?<!workers'\scompensation)(?<!workers\scompensation)"
        r"(?<!worker's\scompensation)"
        r"|earnings(?!\s+(?:reports?|calls?|season|releases?|statements?|per\s+share|growth"
        r"|estimates?|forecasts?|guidance|surprises?)\b)"
        # income, a bonus and raises that are no one's pay (round 23's probes): "students
        # from low-income families", "income inequality", "as a bonus, I live nearby", "an
        # added bonus", "your article raises questions"
        # (the look-behinds come after the word, so that they run only where it stands)
        r"|income(?<!low-income)(?<!low\sincome)(?<!middle-income)(?<!middle\sincome)"
        r"(?<!high-income)(?<!lower-income)(?<!upper-income)(?<!mixed-income)(?<!fixed-income)"
        r"(?<!fixed\sincome)(?!\s+(?:inequality|gaps?|levels?|groups?|brackets?|countries|families|households"
        r"|communities|students|areas?|neighbou?rhoods?|statements?|tax\w*|funds?|investing"
        r"|investments?|securities|research|desk|trading|analysts?|portfolios?)\b)"
        r"|bonus(?<!as\sa\sbonus)(?<!be\sa\sbonus)(?<!added\sbonus)(?<!nice\sbonus)"
        r"(?<!real\sbonus)(?<!big\sbonus)(?<!huge\sbonus)(?:es)?(?!\s+(?:points?|questions?|rounds?|tips?|material|content|tracks?"
        r"|episodes?|features?)\b)"
        r"|raises(?!\s+(?:questions?|awareness|concerns?|issues?|the|a|an|money|funds"
        r"|interesting|important|some|many|hopes|doubts|points?|eyebrows|standards"
        r"|expectations|it|them)\b))\b"
        r"(?!\s+(?:attention|off|your\s+dues|dues|it\s+forward|a\s+visit|tribute"
        # the coffee paid for, a kindness paid back ("I'd be happy to pay for the coffee",
        # "I'll pay you back", "to pay it back by mentoring others")
        r"|for\s+(?:the\s+|your\s+|a\s+|our\s+|any\s+)?(?:coffee|coffees|lunch|lunches|meal|drinks?"
        r"|breakfast|tea|dinner|parking)|(?:it|you|this|that|them)\s+(?:back|forward)|back"
        # and idioms: "would pay dividends", "pay close attention", "pay my respects"
        r"|dividends|(?:close|careful|special|more)\s+attention|homage|heed|(?:my\s+|our\s+)?respects"
        r"|a\s+compliment|the\s+price)\b)"
        # pay as the topic of their work or the sender's, not theirs asked about, and the
        # sender's own way paid (round 23's probes): "your work on pay equity", "a paper on
        # minimum wage policy", "compensation consulting as a field", "I paid my way through
        # college"
        r"(?!\s+(?:equity|gaps?|transparency|polic(?:y|ies)|reform|discrimination|equality|parity"
        r"|audits?|consulting|consultants?|analysts?|committees?|design|practice|benefits\s+team"
        r"|my\s+(?:own\s+)?way|for\s+(?:my|our)\s+(?:own\s+)?(?:tuition|studies|course|degree"
        r"|education|fees|rent))\b)"
        r"(?<!minimum\swage)(?<!living\swage)(?<!minimum\swages)",
        _I,
    ),
    re.compile(
        r"\bhow\s+much\s+(?:do|does|did|can|could|will|would|might|should)\s+(?:\w+\s+){1,3}?"
        r"(?:make|earn|get\s+paid|bring\s+in|take\s+home)\b",
        _I,
    ),
    re.compile(
        r"\b(?:make|earn|earning|making)\s+(?:a\s+(?:good\s+)?living|good\s+money|a\s+lot"
        r"|per\s+(?:hour|year|month)|an\s+hour|a\s+year)\b"
        r"|\b(?:well|high|low|better|best)[- ]pa(?:id|ying)\b|\bsix[- ]figures?\b"
        # "What do juniors typically take home?" (not "take home a lesson").
        r"|\b(?:typically|usually|actually|really|people|they|you|graduates|juniors|newcomers)"
        r"\s+take\s+home\b(?!\s+(?:the|a|an|my|your|some|with|from)\b)",
        _I,
    ),
    # Earning in any form, but not earning a degree, a place or someone's trust.
    re.compile(
        r"\bearn(?:s|ed|ing)?\b(?!\s+(?:(?:a|an|my|the|your|their|his|her|our|this|that|some)\s+)?"
        r"(?:degree|diploma|certificat\w*|credential\w*|qualification\w*|licen[cs]e|master\w*"
        r"|bachelor\w*|ph\.?d|doctorate|place|spot|seat|trust|respect|reputation|promotion|title"
        r"|badge|credits?|points|it|recognition|awards?|scholarship|a\s+name|your\s+stripes"
        r"|stripes|experience"
        # a credential by its letters (round 23's probes: "I earned my CPA last year")
        r"|cpa|cfa|acca|cima|mba|msc|bsc|ma|ba|pmp|cissp|rn|chartership|chartered\s+status"
        r"|accreditation|membership|fellowship|commission|way)\b)"
        # what a product or a firm brings in is not anyone's pay: "apps earning $10K a month in
        # revenue" (checked below, in find_pay)
        ,
        _I,
    ),
    # Money for themselves, put politely: "any financial support would be welcome".
    re.compile(
        r"\b(?:financial|monetary)\s+(?:support|help|assistance|aid|backing|compensation)\b"
        r"|\b(?:cover|covering|reimburse|reimbursing)\s+(?:my|our|the)\s+(?:travel\s+)?"
        r"(?:costs|expenses)\b",
        _I,
    ),
    re.compile(
        # ("the very switch I hope to make", "the move I hope to make" make a change, not
        # money: round 22)
        "".join(rf"(?<!{w}\si\s)" for w in ("switch", "change", "shift", "leap", "jump", "move",
                                              "step", "pivot"))
        + r"\b(?:expect|expected|hope|hoping|likely|able)\s+to\s+(?:make|earn|be\s+paid|bring\s+in"
        r"|take\s+home)\b"
        # ("I hope to make a difference" makes no money: round 23's probes)
        r"(?!\s+(?:a\s+(?:real\s+|big\s+|positive\s+)?(?:difference|change|contribution|career"
        r"|go\s+of)|an\s+(?:impact|impression|introduction)|the\s+(?:most|move"
        r"|switch|change|leap|jump|transition|case)|progress|sense|time|contact|connections|friends"
        r"|it\b|my\s+(?:way|mark|move|case)|use\s+of|the\s+best)\b)"
        # "What do junior analysts make in their first year?" ("what do you make of it" is
        # an opinion)
        r"|\bwhat\s+(?:do|does|did|can|might|would|will|could)\s+(?:[\w-]+\s+){1,3}?(?:make|earn"
        r"|take\s+home|bring\s+in)\b(?=\s+(?:in|per|a|an|each|starting|at|after|on|when|during"
        r"|straight)\b|\s*\?)"
        r"|\bhow\s+much\s+(?:money|\w+\s+make)\b|\bstarting\s+(?:salary|pay)\b"
        # a rate stated: "two days a week at $15K a month" (round 24: a pitch for paid work);
        # what comes before it is checked in find_pay (not a figure saved or raised:
        # "automated workflows that saved $1.1M a year")
        r"|[$£€]\s?\d[\d,.]*\s*[kKmM]?\s+(?:a|an|per|each)\s+(?:month|year|hour|day|week|annum)\b",
        _I,
    ),
]




# Cut into their alternatives too, as _JOB is: the look-behinds in front of "hope to make"
# ran at every position of every text holding any one word of the pattern ("what", "week").
_PAY = split(_PAY)
prepare_later(_JOB, _PAY)

def job_ask_finding(
    rules: RuleSet, text: str, folded: str, spans: list[tuple[int, int]] | None
) -> Finding:
    """The ``asks-for-job`` finding for a whole message (outreach and thank-you alike)."""
    ask, negated = find_job_ask(folded, spans)
    if ask:
        return rules.finding("asks-for-job", "fail", span=ask,
                             values={"phrase": text[ask[0]:ask[1]]})
    if negated:
        return rules.finding("asks-for-job", "pass", "negated", span=negated)
    return rules.finding("asks-for-job", "pass")


def find_pay(
    folded: str, spans: list[tuple[int, int]] | None = None
) -> tuple[int, int] | None:
    """The span of the first (non-negated) mention of pay, or None."""
    def about_pay(m: re.Match[str]) -> bool:
        floor = sentence_of(spans, m.start())[0] if spans else 0
        if is_negated(folded, m.start(), m.end(), floor):
            return False
        if m.group(0)[:1] in "$£€" and not _RATE_BEFORE.search(
            folded, max(0, m.start() - 30), m.start()
        ):
            return False  # a sum, not a rate of pay
        return not _BUSINESS_EARNING.match(folded, m.end(), min(len(folded), m.end() + 60))

    found = earliest(_PAY, fold_for_keys(folded), folded, lowered(folded), about_pay)
    return found.span() if found else None


# What makes a sum a rate of pay: "at $15K a month", "charging $90 an hour".
_RATE_BEFORE = re.compile(
    r"\b(?:at|for|charge|charges|charging|rate\s+of|rate\s+is|earn|earns|earning|earned|paid"
    r"|pays|making|make|on)\s+(?:about\s+|around\s+|roughly\s+)?$",
    _I,
)
# "earning XX in monthly recurring revenue", "earned 2M downloads": a product's figures.
_BUSINESS_EARNING = re.compile(
    r"(?<=earning)\s+(?:[\w$£€.,+-]+\s+){0,4}?(?:in\s+)?(?:[\w-]+\s+){0,2}?(?:revenue|sales"
    r"|profit|profits|users|downloads|installs|customers|subscribers|stars|reviews|funding)\b"
    r"|(?<=earned)\s+(?:[\w$£€.,+-]+\s+){0,4}?(?:[\w-]+\s+){0,2}?(?:revenue|sales|users"
    r"|downloads|installs|customers|subscribers|stars|reviews|funding)\b",
    _I,
)
