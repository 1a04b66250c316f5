"""Coaching rules for an outreach message (email, letter, phone script, LinkedIn note)."""

from __future__ import annotations

import re

from infoint.channels import CHANNELS  # one home: data/channels.toml

from .greeting import greeting_finding
from .job_words import hinted_job_request
from .language import detect_language, not_english_report
from .patterns import find_pay, job_ask_finding
from .personal import unchanged_template
from .prefilter import (
    caseless,
    earliest,
    fold_for_keys,
    lowered,
    may_match,
    prepare_later,
    scan,
    split,
)
from .report import Finding, Report
from .rules import load_rules, weighted_score
from .text import (
    SCAN_LIMIT,
    WORD_RE,
    fold,
    for_rules,
    is_negated,
    sentence_of,
    sentences,
    strip_headers,
    word_count,
)
from .why_you import find_why_you

__all__ = ["OUTREACH_RULES", "check_outreach"]

OUTREACH_RULES = (
    "introduces-sender",
    "states-connection",
    "connection-first",
    "why-you",
    "informational-purpose",
    "asks-for-job",
    "mentions-pay",
    "time-request",
    "asks-as-question",
    "length",
    "attaches-resume",
    "placeholders",
    "polite",
    "subject-line",
    "personalised",
    "greets-by-name",
)

_I = re.I

# Who is writing: a name, or what they study or do. An occupation is any noun of a known
# shape ("reporter", "photographer", "paralegal") after "I am a"; the ones that describe a
# feeling rather than a person ("a big fan", "a firm believer") are not introductions.
_ROLE = (
    r"(?:student|graduate|grad|major|minor|junior|senior|sophomore|freshman|first-year"
    r"|second-year|third-year|fourth-year|final-year|alum|alumna|alumnus|nurse|teacher|engineer"
    r"|developer|accountant|analyst|candidate|changer|researcher|designer|intern"
    r"|volunteer|assistant|apprentice|learner|postdoc|trainee|parent|veteran|manager|specialist"
    r"|coordinator|technician|scientist|writer|programmer|marketer|bookkeeper|tutor|reporter"
    r"|journalist|photographer|artist|musician|paralegal|clerk|chef|cook|barista|server|cashier"
    r"|mechanic|electrician|plumber|carpenter|welder|driver|officer|soldier|consultant|lawyer"
    r"|attorney|pharmacist|therapist|counsel+or|librarian|archivist|editor|producer|mom|mum|dad"
    r"|undergraduate|undergrad|postgraduate|professional|fellow|resident|lecturer|instructor|professor|educator|worker|employee|associate|member"
    r"|owner|founder|freelancer|contractor|administrator|recruiter|representative|advocate"
    r"|organi[sz]er|caregiver|aide|paramedic|medic|doctor|physician|dentist|hygienist|vet"
    r"|technologist|biologist|chemist|economist|psychologist|sociologist|historian|linguist"
    r"|translator|interpreter|planner|architect|surveyor|inspector|auditor|actuary|banker"
    r"|trader|broker|agent|seller|buyer|strategist|leader|supervisor|lead|apprentice|\w{3,}(?:er"
    r"|or|ist|ian|ant|ent|ee|ive|ate))s?"
)
_NOT_ROLE = re.compile(
    r"\b(?:fan|admirer|follower|believer|reader|listener|lover|supporter|user|customer|client"
    r"|subscriber|viewer|newcomer|beginner|outsider|foreigner|stranger|number|letter|quarter"
    r"|chapter|matter|other|another|paper|corner|order|answer|winner|partner)s?\b",
    _I,
)
_SCHOOLING = (
    r"(?:program|programme|course|class|cohort|bootcamp|boot\s+camp|degree|diploma|major"
    r"|certificate|apprenticeship|fellowship|residency|placement|internship|mod\s+\d+|module"
    r"|year|semester|term|track|school|college|university|academy|scheme|rotation|traineeship)"
)
# A template gap standing for a fact: "[Branch]", "{{years}}", "____".
_GAP = r"(?:\[[^\[\]\n]{0,40}\]|\{\{?[^{}\n]{0,40}\}\}?|_{3,})"
_INTRO = [
    re.compile(r"\bmy\s+name(?:'s|\s+is)\b", _I),
    # (the same said in full or contracted: "it's Joanna", "it is Joanna", round 23's check
    # of the dev part with its contractions spelt out)
    re.compile(r"\b(?:[Tt]his\s+is|[Ii]t's|[Ii]t\s+is|I\s+am|I'm)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b"
               r"(?!\s+(?:University|College|School|Institute)\b)"),
    re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+here\b[,;.:!-]"),
    # A name shouted down the phone, fillers and all: "It's, um, JOANNA PRUITT".
    re.compile(r"\b(?:[Tt]his\s+is|[Ii]t's|[Ii]t\s+is)\s+(?:(?:uh|um|er),?\s+)?[A-Z]{2,}\s+[A-Z]{2,}\b"),
    re.compile(
        rf"\b(?:i\s+am|i'm|i've\s+been|i\s+have\s+been|i\s+was)\s+(?:currently\s+|now\s+|also\s+"
        rf"|recently\s+|still\s+)?(?:a|an)\s+(?:(?:[\w-]+|{_GAP})\s+){{0,4}}?{_ROLE}\b",
        _I,
    ),
    # "As a nursing student, I ..." introduces; "as a professional in your field" does not.
    # ("As a recent graduate of Elm's film programme, I ...": round 23's probes)
    re.compile(
        rf"\bas\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{_ROLE}\s*(?:(?:at|of|from)\s+[^,]{{1,40}})?,"
        rf"\s*(?:i|my)\b",
        _I,
    ),
    re.compile(
        r"\bi(?:'m|\s+am)\s+(?:currently\s+|now\s+)?(?:studying|majoring|completing|finishing"
        r"|pursuing|enrolled|training|working|retraining|interning|volunteering|teaching\s+myself"
        r"|changing\s+(?:my\s+)?"
        r"careers?|switching\s+(?:my\s+)?careers?|moving\s+(?:into|from|out\s+of)|transitioning"
        r"|in\s+my\s+(?:first"
        r"|second|third|fourth|final|last)\s+year)\b",
        _I,
    ),
    re.compile(
        rf"\bi(?:'m|\s+am)\s+(?:currently\s+|now\s+)?(?:in|on|part\s+of|taking|doing)\s+(?:the|a|an"
        rf"|my)\s+(?:[\w-]+\s+){{0,4}}?{_SCHOOLING}\b",
        _I,
    ),
    re.compile(
        r"\bi\s+(?:recently\s+|just\s+|currently\s+|also\s+)?(?:graduated|study|studied|major\s+in"
        r"|work\s+(?:as|at|in|for|on)|worked\s+(?:as|at|in|for)|teach|will\s+graduate"
        r"|am\s+graduating|completed|run|manage|lead|volunteer|coach|write\s+for|chair|head"
        r"|co-?founded|founded)\b",
        _I,
    ),
    # Who they were to the reader: "I'm the person who asked about cycle lanes at your talk",
    # "I was the student volunteer at the registration desk"; and a note that says it is one:
    # "Quick intro: second-year economics student" (round 20's probes)
    re.compile(
        r"\bi(?:'m|\s+am|\s+was)\s+the\s+(?:[\w-]+\s+){0,3}?(?:person|one|student|volunteer|guy"
        r"|woman|man|attendee|intern|trainee|parent|reader|listener)\s+(?:who|that|at|from|with"
        r"|in|on|behind)\b"
        r"|\b(?:quick|brief|short)\s+(?:intro|introduction)\s*[:\u2014-]",
        _I,
    ),
    # A post held, or the note signed with who they are (round 23's probes): "I'm the new
    # coordinator at the Elm food bank", "A quick note from a geography teacher in Leeds"
    re.compile(
        rf"\bi(?:'m|\s+am)\s+the\s+(?:[\w-]+\s+){{0,3}}?{_ROLE}\s+(?:at|for|of|in|with|on)\b"
        rf"|\b(?:note|message|line|email|e-mail|hello|hi)\s+from\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"{_ROLE}\b",
        _I,
    ),
    re.compile(
        r"\bi(?:'ve|\s+have)\s+(?:only\s+)?(?:just\s+|recently\s+)?(?:spent|worked|been\s+working"
        r"|been\s+studying|moved|finished|graduated|completed|returned|started|applied)\b", _I
    ),
    re.compile(
        rf"\bi\s+(?:recently\s+|just\s+)?(?:moved|switched|transitioned|changed\s+careers|came"
        rf"|returned|relocated)\s+(?:from|into|to|back)\b|\b(?:writing|reaching\s+out|getting\s+in\s+touch"
        rf"|contacting\s+you)\s+(?:to\s+you\s+)?as\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{_ROLE}\b",
        _I,
    ),
    # Where they stand on their way: "I'm close to finishing a six-month bootcamp", "I'm
    # getting myself ready for an engineering role", "I come from [your space]" (round 15).
    re.compile(
        r"\bi(?:'m|\s+am)\s+(?:close\s+to|about\s+to|nearly|almost|just\s+about|soon)\s+"
        r"(?:finishing|completing|graduating|done\s+with|through\s+(?:my|the|a)|finish|complete"
        r"|graduate)\b"
        r"|\bi(?:'m|\s+am)\s+(?:currently\s+|now\s+)?(?:getting\s+(?:myself\s+)?ready|preparing"
        r"(?:\s+myself)?)\s+for\s+(?:a|an|my)\s+(?:[\w-]+\s+){0,3}?(?:role|career|job|move|switch"
        r"|transition|change|position|degree|exam|exams|licen[cs]e|certification)\b"
        r"|\bi\s+come\s+from\s+(?:a|an|\[|(?:[\w-]+\s+){0,2}?(?:background|world|industry"
        r"|field|sector|career))",
        _I,
    ),
    # More of the same, probed in round 15: "I graduate in June", "I've been teaching maths
    # for six years", "I'm one of the volunteers at ...", "as someone who has spent ten
    # years in sales", "I'm hoping to move into data analysis".
    re.compile(
        r"\bi(?:'ll|\s+will)?\s+(?:graduate|qualify)\s+(?:in|this|next|at|from|with)\b"
        r"|\bi(?:'ve|\s+have)\s+been\s+(?:teaching|nursing|coaching|volunteering|training|freelancing"
        r"|consulting|managing|running|designing|coding|programming|tutoring|serving|interning"
        r"|practi[cs]ing|lecturing|writing\s+for|employed)\b"
        rf"|\bi(?:'m|\s+am)\s+one\s+of\s+the\s+(?:[\w-]+\s+){{0,2}}?{_ROLE}\b"
        r"|\bas\s+someone\s+(?:who(?:'s|\s+has|\s+is|\s+was|\s+spent|\s+worked|\s+studied)"
        # ("As someone working my way into tech, I ...": round 23)
        r"|working|moving|switching|transitioning|coming|studying|retraining|new\s+to)\b"
        r"(?=[^.!?\n]{0,80},\s*(?:i|my)\b)"
        r"|\bi(?:'m|\s+am)\s+(?:hoping|planning|trying|looking|aiming|keen|preparing)\s+to\s+"
        r"(?:move|switch|transition|pivot|change\s+careers|retrain|return)\s+(?:in)?to\b",
        _I,
    ),
    # A career change decided: "I recently decided to leap out of insurance sales and go
    # after data science", "I chose to leave teaching for UX" (round 11).
    re.compile(
        r"\bi(?:'ve|\s+have)?\s+(?:recently\s+|just\s+|finally\s+)?(?:decided|chose|resolved"
        r"|made\s+up\s+my\s+mind)\s+to\s+(?:leave|quit|leap\s+out\s+of|step\s+away\s+from|move"
        r"\s+(?:out\s+of|on\s+from|from|into)|switch\s+(?:from|into|to)|transition\s+(?:from|into|to)"
        r"|pivot\s+(?:from|into|to)|retrain\s+(?:as|in|for)|change\s+careers)\b",
        _I,
    ),
    # What they are doing that brings them here: "I'm writing an article for a reporting
    # class", "I'm researching a thesis on river restoration".
    re.compile(
        r"\bi(?:'m|\s+am)\s+(?:currently\s+|now\s+)?(?:writing|researching|working\s+on|preparing"
        r"|putting\s+together)\s+(?:a|an|my)\s+(?:[\w-]+\s+){0,2}?(?:article|story|thesis|dissertation"
        r"|paper|report|piece|capstone|podcast|book|feature|essay)\s+(?:for|on|about|as\s+part\s+of)\b",
        _I,
    ),
    # What they are, in any words: "I'm a data nerd working in retail", "I'm an aspiring
    # UX designer". Feelings and degrees ("a bit nervous", "a huge fan") are not who.
    re.compile(
        r"\b(?:i\s+am|i'm|i\s+m|im)\s+(?:currently\s+|now\s+|also\s+|just\s+|really\s+|still\s+)?"
        r"(?:a|an)\s+(?!(?:bit|little|lot|few|huge|big|great|firm|strong|true|real|total|quick)\b)"
        r"(?:[\w-]+\s+){0,3}?[\w-]{3,}(?=\s*[,.;:!?(/\u2013\u2014]|\s+(?:who|and|with|at|in|from|based|working"
        r"|looking|hoping|interested|studying|for|on|of|currently|by|that|trying|exploring"
        r"|writing|reaching|passionate|keen|eager|wanting|wondering|here|living)\b)",
        _I,
    ),
    # Where they study or come from: "I'm currently at Hill College", "I'm from St Mary's",
    # "coming from teaching", "I'm new to the field"; "Final-year student here".
    re.compile(
        r"\b(?:i\s+am|i'm|i\s+m|im)\s+(?:currently\s+|now\s+|also\s+|originally\s+)?(?:at|from|with|frm)\s+"
        r"(?!(?:a|an|you|your|home|work|least|most|all|ease|risk|odds|peace|heart|first|times|it"
        r"|this|that|them|him|her|us|my|no|one|some|any|the\s+(?:point|moment|stage|end|start"
        r"|beginning|same|mercy|top|bottom)|a\s+(?:loss|crossroads|point|stage))\b)\w|\bi(?:'m|\s+am)\s+(?:fairly\s+|quite\s+|very\s+|relatively\s+)?new\s+to\s+"
        r"(?:the|this|your)\s+(?:field|industry|profession|area|sector|city|world)\b"
        r"|\bcoming\s+(?:from|out\s+of)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:background"
        r"|career|role|job|world|industry|field|sector|teaching|nursing|retail|finance|law"
        r"|engineering|hospitality|sales|school|university|college)\b"
        # ("Fellow Elm grad here (class of '21), now in ops": round 22's probes)
        rf"|\b(?:[\w-]+\s+){{0,3}}?{_ROLE}\s+here\b[ \t]*[,;.:!(\u2014-]"
        r"|^\W*(?:currently|now|presently)\s+(?:a|an|studying|working|in\s+my|finishing|completing)\b"
        r"|\b(?:i\s+m|im)\s+(?:studying|working|in\s+my|doing|finishing|completing)\b"
        r"|\b(?:i'm|i\s+am|studying)\s+[^.!?\n]{0,30}?\b(?:1st|2nd|3rd|4th|final|first|second|third"
        r"|fourth|last)[\s-]+(?:yr|year)\b",
        _I | re.M,
    ),
    # A name or a situation left as a gap still says who is writing: "I'm [Your Name]",
    # "I'm a [Year] at [University]".
    re.compile(rf"\b(?:i'm|i\s+am|this\s+is|it's|my\s+name\s+is)\s+(?:(?:a|an)\s+)?{_GAP}", _I),
    # Saying so outright, what they come from, what they are working on: "let me introduce
    # myself", "my background is in nursing", "I'm writing a dissertation on ...".
    re.compile(
        r"\b(?:let\s+me|allow\s+me\s+to|i'd\s+like\s+to|i\s+wanted\s+to)\s+introduce\s+myself\b"
        r"|\bi(?:'m|\s+am)\s+(?:currently\s+)?(?:writing|researching|working\s+on|doing)\s+(?:a|an|my)\s+"
        r"(?:[\w-]+\s+)?(?:dissertation|thesis|paper|project|capstone|report|book|study)\b"
        r"|\b(?:my|with\s+a|i\s+have\s+a)\s+(?:[\w-]+\s+)?background\s+(?:is\s+)?in\b"
        # what they do, as what a role matches or the role they seek (round 23): "it matches
        # my experience in [X]", "I'm currently looking for a new role as a <exact-role>"
        r"|\bmy\s+(?:[\w-]+\s+)?(?:experience|training)\s+(?:in|as)\s+(?:an?\s+)?(?:\[|<|[\w-]+)"
        r"|\bi(?:'m|\s+am)\s+(?:currently\s+|now\s+)?looking\s+for\s+(?:a|my)\s+(?:new\s+|next\s+"
        r"|first\s+)?(?:role|job|position)\s+as\s+(?:a|an)\b",
        _I,
    ),
    re.compile(
        # what they did and where, told with its years: "For the past ten years at Meridian
        # Health I automated workflows ..." (round 24: a pitch for paid work)
        rf"\bfor\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|decades?)\s+(?:at|in|as|with)\s+"
        rf"[^.!?\n]{{1,60}}?\bi\s+(?!think|hope|wonder|feel|believe)\w+"
        rf"|\b(?:and\s+i|i)\s+(?:spent|worked|served|studied|trained|taught|ran|managed|led|built"
        rf"|act\s+as|serve\s+as)\b|\bi(?:'m|\s+am)\s+(?:leaving|retiring|returning|coming\s+back"
        rf"|moving\s+on|aiming\s+for|aiming\s+at)\b"
        rf"|\b(?:after|with)\s+(?:\w+\s+|\w+\+\s+|{_GAP}\s+)?(?:years?|decades?)\s+(?:of\s+experience\s+)?"
        r"(?:in|as|at|of)\b|\bi(?:\s+have|'ve)\s+(?:\S+\s+){0,2}?years?\s+(?:of\s+)?(?:experience|in|as"
        r"|working)\b|\bwe\s+both\s+work\b|\bi\s+also\s+work\b|\bi(?:'m|\s+am)\s+"
        r"(?:currently\s+|now\s+)?(?:looking\s+at|exploring|considering|planning|making"
        r"|transitioning|moving|switching)\s+(?:a\s+)?(?:move|career|switch|transition|change"
        r"|careers)\b|\b(?:finishing|finished|completing|completed)\s+my\s+\w+",
        _I,
    ),
    # Their past told as a clause: "Having worked in retail for ten years, I ...", "Fresh
    # out of Elm College, I ...", "Jo from the evening GIS course here!" (round 18 probes).
    re.compile(
        r"\bhaving\s+(?:just\s+|recently\s+)?(?:worked|spent|studied|trained|taught|served|run"
        r"|managed|led|graduated|completed|finished)\b(?=[^.!?\n]{0,80},\s*(?:i|my)\b)"
        r"|\b(?:fresh|straight|just)\s+out\s+of\s+(?:a|an|the|my|\[|(?-i:[A-Z]))"
        r"|\b(?-i:[A-Z])[a-z]+\s+from\s+(?:the|your|a|an)\s+[^.!?\n]{1,50}?\s+here\b[,;.:!-]",
        _I,
    ),
]

# A personal link: someone who sent them, a shared school, programme, employer or group,
# or a place where they met. Relations are people: "my mentor ... mentioned that you".
_PERSON = (
    r"(?:mentor|mentors|aunt|uncle|cousin|brother|sister|father|mother|dad|mom|mum|parents?"
    r"|grandmother|grandfather|friend|friends|colleague|colleagues|co-worker|coworker|manager"
    r"|boss|supervisor|professor|teacher|instructor|tutor|advis[eo]r|counsel+or|coach|neighbou?r"
    r"|classmate|roommate|partner|wife|husband|son|daughter|niece|nephew|former\s+colleague"
    r"|career\s+(?:centre|center|office|adviser|advisor|counsel+or|services))"
)
_CONNECTION = [
    # A membership in common: "I'm a member of the same rowing club as you" (round 23's probes)
    re.compile(
        r"\bsame\s+(?:[\w-]+\s+){0,2}?(?:club|team|society|group|association|church|choir|gym"
        r"|network|chapter|union|cohort|class|programme|program|school|college|university"
        r"|congregation|league|guild|committee|board)\s+as\s+(?:you|yours)\b",
        _I,
    ),
    re.compile(
        r"\b(?:referred|recommended|suggested|directed|pointed|encouraged|advised|urged)\s+"
        r"(?:me\s+)?(?:to\s+you\b|you\b|your\s+name\b|that\s+i\b|i\b|me\b|(?:reaching|contacting"
        r"|speaking|talking|getting|writing|connecting|meeting|calling|to\s+(?:reach|contact"
        r"|write|get|speak|talk|connect|call))\b)",
        _I,
    ),
    re.compile(
        r"\b(?:referred\s+by|at\s+the\s+suggestion\s+of|on\s+the\s+(?:advice|recommendation)\s+of"
        r"|referral\s+from|recommendation\s+from|suggestion\s+from)\b",
        _I,
    ),
    re.compile(
        r"\b(?:gave|passed|sent|shared|forwarded|provided|offered|give|pass)\s+(?:me\s+)?"
        r"(?:along\s+|on\s+)?(?:your|his|her|their)\s+(?:name|contact|email|e-mail|details"
        r"|information|info|number|address)\b",
        _I,
    ),
    re.compile(
        r"\b(?:got|received|obtained|have|had)\s+your\s+(?:name|contact\s+details|contact"
        r"|email|e-mail|details|number)\s+(?:from|through|via)\s+(?!(?:linkedin|the\s+internet"
        r"|google|your\s+website|the\s+website|twitter|x|instagram|a\s+search|the\s+web)\b)",
        _I,
    ),
    re.compile(r"\b(?:put|get|got)\s+(?:me\s+)?in\s+touch\s+with\s+you\b", _I),
    # Someone passing the sender on: "Denise said she'd forwarded my résumé to you".
    re.compile(
        r"\b(?:said|told\s+me|mentioned)\s+(?:that\s+)?(?:she|he|they)(?:'d|\s+would|\s+had|'s"
        r"|\s+has|\s+will|'ll)?\s+(?:already\s+|be\s+)?(?:forward|forwarded|forwarding|pass"
        r"|passed|passing|send|sent|sending|share|shared|sharing)\s+(?:on\s+|along\s+)?(?:my|me)\b",
        _I,
    ),
    re.compile(r"\bintroduced\s+(?:me|us)\b|\bintroduction\s+(?:from|through)\b", _I),
    re.compile(
        r"\b(?:mentioned|speaks?\s+highly\s+of|spoke\s+highly\s+of|told\s+me\s+about"
        r"|thought\s+of|thinks\s+highly\s+of|talks\s+about|talked\s+about)\s+(?:you\b|that\s+you"
        r"\b|your\s+(?:name|work))",
        _I,
    ),
    re.compile(
        rf"\bmy\s+(?:[\w-]+\s+){{0,2}}?{_PERSON}\b[^.!?\n]{{0,80}}?\b(?:mentioned|said|told"
        rf"|suggested|thought|knows|worked|works|studied|says)\b",
        _I,
    ),
    re.compile(
        # (the school may be a template's gap: "fellow {college} grad", "fellow [School] alum")
        r"\balumn(?:i|us|a|ae)\b|\balums?\b|\bfellow\s+(?:[\w-]+\s+|\{[^{}\n]{1,40}\}\s+"
        r"|\[[^\[\]\n]{1,40}\]\s+){0,2}?(?:alum|alumna|alumnus"
        r"|graduate|grad|member|student|volunteer|classmate|[A-Z][a-z]+)s?\b",
        _I,
    ),
    re.compile(
        r"\bwe\s+(?:both\s+)?(?:studied|went|attended|graduated|belong|worked|work|are\s+both"
        r"|were\s+both)\b(?!\s+(?:on|through)\s+your\b)|\bsame\s+(?:university|school|college"
        r"|program|programme|class|department|course|company|firm|team|bootcamp|club|chapter"
        r"|group|association|society|cohort|hometown|town|city)\b|\b(?:also|too)\s+(?:studied"
        r"|graduated|went|attended)\b|\b(?:you|we)\s+(?:both\s+)?(?:also\s+)?(?:studied|graduated"
        r"|went|attended)\s+[^.!?\n]{0,40}?\b(?:too|as\s+well|like\s+me)\b",
        _I,
    ),
    re.compile(
        r"\b(?:we|i)\s+(?:briefly\s+|recently\s+|first\s+)?(?:met|spoke|talked|chatted"
        r"|connected)\b(?!\s+(?:online|on\s+linkedin|all|about))(?=\s+(?:at|during|last"
        r"|briefly|on|in|when|after|before|a\s+few|recently|earlier|over|once|years?|months?"
        r"|through|via|yesterday|the\s+other|this\s+(?:morning|week|past))\b"
        r"|\s*[.,;!])|\bmet\s+you\b|\b(?:meeting|speaking\s+with"
        r"|talking\s+with|talking\s+to|speaking\s+to)\s+you\s+(?:at|during|last|briefly|after)\b"
        r"|\b(?:your|you)\s+(?:former\s+)?(?:student|mentee|intern|class)\b(?!\s+(?:of|on))",
        _I,
    ),
    re.compile(
        r"\b(?:our|a)\s+mutual\s+(?:friend|colleague|connection|contact|acquaintance)\b", _I
    ),
    # Following up from where they met: "I'm following up from the careers night", "following
    # up after the alumni panel" (not "following up on my email", which is no link).
    re.compile(
        r"\bfollow(?:ing)?[- ]up\s+(?:from|after|on)\s+(?:the|our|last\s+\w+'s|yesterday's"
        r"|this\s+\w+'s)\s+(?:[\w'\u2019&-]+\s+){0,3}?(?:night|fair|event|meetup|meet-up"
        r"|conference|dinner|panel|session|talk|workshop|mixer|reception|lunch|breakfast|forum"
        r"|summit|expo|open\s+house|evening|webinar|presentation|lecture|hackathon|networking"
        r"|conversation|chat|call|meeting|coffee)s?\b",
        _I,
    ),
    # Their time at the sender's school: "you were part of the rowing club on campus".
    re.compile(
        r"\byou\s+(?:were|also\s+were|previously\s+were)\s+(?:part\s+of|in|a\s+member\s+of|involved"
        r"\s+(?:in|with)|on)\b[^.!?\n]{0,50}?\bon\s+campus\b",
        _I,
    ),
    re.compile(r"\btook\s+your\s+(?:class|course|seminar|workshop|module)\b", _I),
    re.compile(
        r"\b(?:in|from)\s+your\s+(?:cohort|class|year|programme|program|course|department|lab"
        r"|unit|team|chapter|group)\b|\balma\s+mater\b"
        # (but "we share a few connections" on LinkedIn, with nobody named, is only a source)
        r"|\bwe\s+(?:both\s+|also\s+)?share\b(?!\s+(?:[\w-]+\s+){0,3}?connections\b"
        r"(?!,?\s+(?:including|like|such\s+as|among\s+them)\b))",
        _I,
    ),
    # "I'm also a graduate of ...", "like you, I studied ...": ground they share.
    re.compile(
        r"\b(?:also|too)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:graduate|grad|alum\w*|member|student)s?"
        r"\s+(?:of|from|at|in)\b|\blike\s+you,?\s+i\s+(?:also\s+)?(?:studied|graduated|went"
        r"|attended|trained|worked|grew\s+up|started)\b",
        _I,
    ),
    re.compile(
        # (a meeting looked forward to is no link yet: "I'd love to meet you", "I look
        # forward to meeting you"; "great to meet you at the fair" was one)
        r"\byour\s+name\s+came\s+up\b|\bmet\s+you\b|(?<!\bto\s)\b(?:meet|meeting)\s+you\b"
        r"|\b(?:nice|great|good|lovely|wonderful|pleasure|glad)\s+to\s+meet\s+you\b"
        r"|\bthanks?\s+(?:you\s+)?"
        r"(?:again\s+)?for\s+(?:the|our)\s+(?:coffee|chat|call|conversation|meeting|talk|time)\b"
        r"|\bwe\s+both\s+(?:\[|work|worked|live|grew|come|came|are|were|belong|served|serve)"
        r"|\basked\s+me\s+to\s+(?:ring|call|contact|write|get\s+in\s+touch|reach\s+out|speak)"
        r"|\bthought\s+i\s+(?:should|might|could|ought\s+to)\s+(?:write|contact|reach|get\s+in"
        r"|talk|speak|call)"
        r"|\b(?:and\s+i|we)\s+were\s+(?:just\s+)?(?:talking|chatting|speaking)\b",
        _I,
    ),
]

# More ground in common, in other words: a named person who said something of them ("Professor
# Kim said you'd be happy to talk"), anything done together ("we both volunteer at ..."),
# "also a Hill College graduate", "a friend of Sam's", "like you, I'm ...", talking after a
# talk ("we chatted afterwards"), "where you also studied", "our paths crossed".
_CONNECTION.append(re.compile(
    # (Said by someone else: not "I thought you might ...". Written without a capital test so
    # that it runs case-free, the fast way.)
    r"\b(?=[stmrfi])(?<!\bi\s)(?<!\bwe\s)(?<!\bi've\s)(?:said|told\s+me|thought|thinks|says|suggested"
    r"|mentioned|recommended|felt|insisted)\s+(?:that\s+)?you(?:'d|\s+would|\s+might|\s+could"
    r"|\s+are|'re|\s+were|\s+may|\s+can)\b"
    r"|\bwe\s+both\s+(?!(?:know|agree|want|think|understand|can|could|would|need"
    r"|have\s+busy|hope)\b)[a-z]+"
    r"|\bwe\s+used\s+to\s+(?:work|study|play|volunteer|live|serve|train)\b"
    r"|\balso\s+(?:an?\s+)?(?-i:[A-Z])[\w&'-]*(?:\s+(?-i:[A-Z])[\w&'-]*){0,3}\s+(?:graduate|grad"
    r"|alum\w*|member|student)s?\b"
    r"|\b(?:friend|colleague|classmate|neighbou?r|cousin|former\s+student|mentee)\s+of\s+"
    r"(?!(?:the\s+(?:year|month|week|earth|planet|environment))\b)\w"
    r"|\blike\s+you,?\s+i(?:'m|\s+am|'ve|\s+have)\b"
    r"|\b(?:we|i)\s+(?:briefly\s+)?(?:met|spoke|talked|chatted)\s+(?:briefly\s+)?(?:afterwards?"
    r"|after\s+(?:your|the)|at\s+the\s+end|over\s+coffee)\b"
    r"|\bwhere\s+you\s+(?:also\s+)?(?:studied|graduated|trained|worked|went\s+to\s+school)\b"
    r"|\bpaths\s+(?:have\s+)?crossed\b"
    # Time spent together, or a word between them (round 20's probes): "we sat at the same
    # table at the dinner", "you spoke to my class at Elm", "we overlapped at Fernway", "you
    # kindly answered my question after the webinar"
    r"|\b(?:sat|were)\s+at\s+the\s+same\s+(?:table|session|workshop|stand|booth)\b"
    r"|\byou\s+(?:kindly\s+)?(?:spoke|talked|presented|lectured|came|visited)\s+(?:to\s+|at\s+|in\s+)?"
    r"(?:my|our)\s+(?:class|course|school|college|university|club|society|group|seminar|lecture"
    r"|module|department|cohort|team)\b"
    r"|\bwe\s+(?:briefly\s+)?overlapped\b"
    r"|\byou\s+(?:kindly\s+)?(?:answered|replied\s+to|responded\s+to)\s+my\s+(?:question|comment"
    r"|email|message)\b"
    # Someone handed them on: "I was given your name by ...", "your name was passed to me",
    # "Ana put us in touch"; ground shared: "we're both members of ...", "we sat next to each
    # other at the dinner".
    r"|\b(?:was|been|were)\s+given\s+your\s+(?:name|contact|email|e-mail|details|number)\b"
    r"|\bpassed\s+(?:on\s+|along\s+)?to\s+me\b|\bput\s+us\s+in\s+touch\b|\bconnected\s+us\b"
    r"|\bintroduced\s+(?:me\s+)?to\s+your\s+work\s+by\b"
    r"|\bwe(?:'re|\s+are|\s+were)\s+both\b|\bsat\s+(?:next\s+to|beside)\s+(?:each\s+other|you)\b"
    # Someone in common: "I noticed you know [Name]", "we have a mutual connection".
    r"|\b(?:noticed|saw|see)\s+(?:that\s+)?(?:you|we)\s+(?:both\s+)?know\b"
    r"|\b(?:we|i)\s+(?:have|share)\s+(?:a\s+|some\s+|several\s+|\w+\s+)?(?:mutual|common)\s+"
    r"(?:friends?|connection|contacts?|colleagues?|acquaintances?)\b"
    r"|\b(?:we|i)\s+(?:have|share)\s+(?:a\s+|some\s+|several\s+|\w+\s+)?(?:mutual|common)\s+"
    r"connections,?\s+(?:including|like|such\s+as)\b"
    # A school in common told of them: "you're ... an Ashgrove graduate too".
    r"|\ban?\s+(?-i:[A-Z])[\w&'-]*(?:\s+(?-i:[A-Z])[\w&'-]*){0,3}\s+(?:graduate|grad|alum\w*)s?"
    r"\s+(?:too|as\s+well)\b",
    _I,
))
# A group the sender belongs to and the recipient runs or is in: "thank you for running the
# Backend Builders community; I've learned a lot since I joined" (round 13), "as a member
# of your chapter".
_CONNECTION.append(re.compile(
    r"\bsince\s+i\s+(?:first\s+)?joined\b(?!\s+(?:linkedin|twitter|x|facebook|instagram)\b)"
    r"|\b(?:as|being)\s+(?:an?\s+)?(?:\w+\s+)?member\s+of\s+(?:your|the\s+same|our)\b"
    r"|\bi(?:'ve|\s+have)\s+been\s+(?:an?\s+)?(?:\w+\s+)?(?:member|part)\s+of\s+(?:your|our)\b",
    _I,
))

# Only a source: how the sender found the name, without anyone in common.
_SOURCE = [
    re.compile(
        r"\b(?:found|saw|came\s+across|discovered|noticed|located|looked\s+up|got)\s+(?:you|ur|your"
        r"\s+(?:[\w'-]+\s+){0,2}?(?:profile|name|page|details|contact|email|bio|website|work|post"
        r"|posts|article|listing|information|info))"
        # ("noticed you are now at [Company]", "noticed you have spent years in ..." tell what
        # they did, as "you're now at" does: round 23's check of contractions spelt out)
        r"\s+(?:(?!(?:are|were|have|had|now)\b)[\w-]+\s+){0,3}?(?:through|via|on|in|at"
        r"|from|while|when)\b",
        _I,
    ),
    re.compile(
        r"\b(?:read|saw|watched|heard|listened\s+to|enjoyed|came\s+across|noticed|follow|followed"
        r"|finished|loved"
        r"|admire|admired|attended)\s+(?:about\s+)?(?:your|the|an?)\s+(?:recent\s+|latest\s+)?"
        r"(?:[\w'-]+\s+){0,2}?(?:article|post|posts|blog|book|paper|interview|profile|talk"
        r"|presentation|panel|podcast|episode|webinar|lecture|keynote|feature|piece|story"
        r"|column|video|work|research|project|thread|newsletter|session|workshop|website|site"
        r"|page|listing|bio|biography|directory|publications?)\b"
        r"|\b(?:came\s+across|found|discovered|read\s+about|heard\s+about|learned\s+about)\s+"
        r"(?:[A-Z][\w&'-]*\s+){1,4}(?:while|when|through|via|on|in|at)\b"
        r"|\bheard\s+(?:through|on)\s+the\s+grapevine\b|\b(?:your|the|an?)\s+\["
        r"(?=[^\]\n]{0,40}(?:talk|panel|session|article|post|podcast|book|webinar|work))"
        r"|\bread\s+(?:everything|all|much|most|some)\s+(?:of\s+)?(?:what\s+)?you(?:'ve|\s+have)?"
        r"\s+(?:written|published|posted)\b"
        r"|\b(?:been\s+)?follow(?:ing|ed)?\s+(?:your|[A-Z\[][\w\]]*'s)\s+(?:[\w-]+\s+)?work\b"
        r"|\byour\s+(?:[\w-]+\s+){0,2}?(?:career\s+path|path|profile|work|experience|background"
        r"|story|journey|research|post|article|talk|interview|podcast|book|piece|thread|video)\s+"
        r"(?:[^.!?\n]{0,40}?\s)?(?:stood\s+out|caught\s+my|inspired|impressed|interested|struck"
        r"|resonated|spoke\s+to\s+me|stuck\s+with\s+me|moved\s+me|matched|mirrored|echoed"
        r"|rang\s+true|hit\s+home|struck\s+a\s+chord)\b"
        # Their post or talk named by its topic: reading it is how they came to them.
        r"|\byour\s+(?:recent\s+|latest\s+)?(?:blog\s+)?(?:post|article|talk|podcast|book|paper"
        r"|piece|interview|presentation|webinar|thread|newsletter|video|column|essay|keynote)\s+"
        r"(?:on|about)\b",
        _I,
    ),
    re.compile(
        # Where they were found; "connect on LinkedIn" alone says nothing of how.
        r"\b(?:heard|saw|watched)\s+you\s+(?:speak|talk|present|on|at|in)\b"
        r"|\b(?:found|saw|noticed|came\s+across|discovered|got)\b[^.!?\n]{0,40}\b(?:on|through"
        r"|via)\s+linkedin\b|\byour\s+(?:linkedin|website|bio)\b",
        _I,
    ),
]

_PURPOSE = [
    re.compile(
        r"\blearn(?:ing|ed|t)?\s+(?:more\s+|a\s+bit\s+|a\s+little\s+|a\s+lot\s+|firsthand\s+"
        r"|as\s+much\s+as\s+(?:i\s+can\s+|possible\s+)?"
        r"|first-hand\s+|directly\s+)?(?:about|from|how|what|why|where|which|whether|if)\b",
        _I,
    ),
    re.compile(
        r"\b(?:your|some|any)\s+(?:own\s+)?(?:honest\s+|frank\s+)?(?:advice|insights?|perspectives?"
        r"|experiences?|story|path|journey|thoughts|career\s+path|expertise|wisdom|views?|take"
        # ("your honest opinion on whether an MBA is worth it": round 23's probes)
        r"|opinions?)\b",
        _I,
    ),
    re.compile(
        # "Let me know what works" and "I keep hearing your name" are not wishes to learn.
        r"\b(?:hear|hearing|find\s+out|finding\s+out|know\s+more|knowing\s+more)\s+(?:more\s+"
        r"|a\s+bit\s+|a\s+little\s+|first[- ]?hand\s+|directly\s+)?(?:about|how|what|your|why"
        r"|where|which|whether|if)\b"
        r"(?!\s+name\b)|\bpick\s+up\s+(?:some\s+)?(?:tips|ideas|advice|what|how)\b",
        _I,
    ),
    re.compile(
        r"\bask\s+(?:you\s+)?(?:a\s+few|some|several|a\s+couple\s+of|a\s+handful\s+of|a\s+couple"
        r"|\w+)\s+(?:[\w-]+\s+)?questions\b|\b(?:questions?|curious)\s+about\s+(?:your|the|how"
        r"|what)\b"
        # Round 15: "a question about how you get buy-in", "answering a few questions by email
        # about your library career", "a few specific questions I'd love to ask you".
        r"|\bquestions?\s+(?:[\w-]+\s+){1,3}?about\s+(?:your|the\s+(?:field|work|job|role"
        r"|industry|profession)|how\s+you|what\s+you)\b"
        r"|\bquestions\s+(?:that\s+)?(?:i'd|i\s+would|i)\s+(?:really\s+)?(?:love|like|want)\s+to\s+ask\b",
        _I,
    ),
    re.compile(
        r"\b(?:information|insights?|advice)\s+(?:about|on|into)\s+(?:the|this|your|what|how"
        r"|careers?)\b|"
        r"\bfor\s+(?:your\s+)?advice\b|\b(?:any|your)\s+(?:guidance"
        r"|tips)\b|\badvice\s+(?:on|about|for|you)\b|\bgain\s+(?:some\s+)?(?:insight|perspective)",
        _I,
    ),
    re.compile(
        r"\b(?:discuss|talk\s+about|chat\s+about|ask\s+(?:you\s+)?about|(?:talk|chat|speak)\s+"
        r"(?:to|with)\s+(?:you|me)\s+(?:briefly\s+|quickly\s+)?about"
        r"|tell(?:ing)?\s+me\s+(?:more\s+|a\s+bit\s+|a\s+little\s+)?about"
        r"|hear\s+about|share|(?:be\s+)?interview(?:ed)?\s+(?:you\s+)?about"
        r"|(?:conversation|chat|talk|call|discussion|meeting|interview)\s+(?:on|about|regarding))"
        r"\s+(?:your"
        r"|the|how|what)\s+(?:[\w-]+\s+){0,2}?(?:career|work|field|job|role|experience|industry"
        r"|profession|path|journey|day|days|story|time|background|move|switch|transition|start"
        r"|research|projects?|views?|area|sector|company|organi[sz]ation|team|business|skills"
        r"|training|qualifications|steps|options|choices|community|scene|world|market|culture)\b"
        r"|\b(?:talk|chat|speak)\s+(?:with\s+you\s+|to\s+you\s+)?about\s+what\s+you\s+do\b"
        # Learning by watching: "explore the field by shadowing", "observe you at work".
        r"|\bby\s+(?:shadowing|observing)\b|\b(?:shadow|observe)\s+you\b",
        _I,
    ),
    # Round 15: "could you share a bit about your day-to-day?", "could I ask you a few things
    # about your work?", "I'm exploring careers in urban planning".
    re.compile(
        r"\b(?:share|tell\s+me|say)\s+(?:a\s+(?:bit|little)|some(?:thing)?|more)\s+about\s+(?:your|the"
        r"|how|what)\b"
        r"|\bask\s+(?:you\s+)?(?:a\s+few|some|a\s+couple\s+of|several)\s+things\s+about\b"
        r"|\bexplor\w*\s+(?:a\s+)?(?:careers?|(?:career\s+)?options|(?:career\s+)?paths?|the\s+field"
        r")\s+(?:in|into|as|within)\b",
        _I,
    ),
    re.compile(
        r"\btell\s+me\s+(?:more\s+|a\s+bit\s+|a\s+little\s+)?(?:what|how|why|whether)\b"
        r"(?=[^.!?\n]{0,40}\b(?:work|career|field|job|role|path|day|started|got|became|industry"
        r"|careers)\b)|\b(?:talk|go|walk)\s+(?:me\s+)?through\s+(?:how|what|why|your)\b"
        r"|\b(?:a|your)\s+(?:[\w-]+\s+)?(?:view|take|perspective)\s+(?:of|on)\b"
        r"|\b(?:get|gain|have|getting|gaining)\s+a\s+(?:better\s+|clearer\s+|real\s+|fuller\s+)?"
        r"(?:sense|feel|idea|picture|understanding)\s+(?:of|for)\b"
        r"|\bwhat\s+(?:it's|it\s+is|it\s+was)\s+(?:really\s+)?like\b"
        # "I'd like to understand [two or three topics]" (round 15)
        r"|\b(?:like|love|want|wanted|hoping|hope|keen|eager|trying)\s+to\s+(?:better\s+|fully\s+)?"
        r"understand\b|\bunderstand\s+(?:more\s+"
        r"(?:about|of)|how|what|the|your|better)\b|\bhow\s+you\s+(?:got|started|began|became|made"
        r"|moved|found|built|chose|decided|ended\s+up|prepared|trained|learned|learnt|switched"
        r"|transitioned|broke|landed|balance|balanced|manage|managed|handle|handled|approach"
        r"|approached|navigated|grew|developed)\b"
        # "what drew you to conservation", "compare notes", "a few thoughts on starting out",
        # "a conversation about careers in architecture"
        r"|\bwhat\s+(?:first\s+)?(?:drew|led|brought|attracted|inspired|pulled|motivated)\s+you\b"
        r"|\bcompare\s+notes\b"
        r"|\b(?:a\s+few|a\s+couple\s+of)\s+(?:thoughts|tips|insights|pointers|words\s+of\s+advice"
        r"|ideas)\s+(?:on|about)\b"
        r"|\b(?:conversation|chat|talk|call|discussion)\s+(?:on|about|regarding)\s+(?:careers?\s+"
        r"(?:in|at)|working\s+(?:in|at|as)|life\s+(?:in|at|as)|getting\s+(?:into|started)"
        r"|breaking\s+into|starting\s+out)\b",
        _I,
    ),
    # A question word after a verb of asking or sharing: "could you share what drew you to
    # design?", "I'd like to ask how you ...", "curious how you moved", "I'd love to know what
    # you wish you had known". Scheduling ("know what works", "know when") is not learning.
    re.compile(
        r"\b(?:share|ask(?:\s+you)?|curious|(?:love|like|keen|eager|hoping|want|interested)\s+to"
        r"\s+know|explain|describe)\s+(?:more\s+)?(?:about\s+)?(?:how|what|why|which)\b(?!\s+(?:works"
        r"|time|times|day|days|date|suits|would\s+suit|is\s+best|would\s+be\s+best)\b)"
        r"(?=[^.!?\n]{0,60}?\b(?:you|your|people|someone|a\s+typical|it's\s+like|it\s+is\s+like"
        r"|the\s+(?:field|industry|work|job|role|profession|career|day))\b)"
        r"|\bwhat\s+(?:(?:would|do|could|might)\s+you|you\s+(?:would|'d|might))\s+(?:recommend"
        r"|suggest|advise|do\s+differently|tell\s+(?:someone|a|your|yourself))\b"
        r"|\b(?:your|any|some)\s+(?:[\w-]+\s+)?(?:input|counsel|pointers|recommendations"
        r"|suggestions|lessons|reflections|observations)\b"
        r"|\bpick\s+your\s+brains?\s+(?:about|on|regarding)\s+(?!(?:a\s+(?:few|couple|thing|bit)"
        r"|some|something|anything|things|stuff|everything)\b)\w"
        r"|\b(?:career|professional|industry|field)\s+(?:advice|guidance|insights?|perspective)\b"
        r"|\bexplor\w*\s+(?:whether|if|how|what|which)\b"
        r"|\bwhether\s+(?:[\w-]+\s+){1,4}?(?:is|would\s+be|might\s+be)\s+(?:the\s+)?(?:right"
        r"|a\s+(?:good\s+)?fit)\s+for\s+me\b"
        r"|\b(?:reality|gut|sanity)\s+check\b|\bsounding\s+board\b|\bsecond\s+opinion\b"
        # A question on their work put to them: "what do you find most rewarding about
        # building it?", "how do you get engineering leads to buy in?" (round 15); one on
        # meeting ("what do you think of a call next week?") is not.
        r"|\b(?:what|how|why)\s+(?:do|did)\s+you\s+(?:find|enjoy|like|love|wish|handle|approach"
        r"|deal|balance|decide|choose|get|stay|keep|spend|see)\b"
        r"(?![^.!?\n]{0,60}\b(?:meet|meeting|call|chat|coffee|minutes|time\s+(?:to|for)|free"
        r"|available|works?\s+for)\b)"
        r"|\b(?:figure|work)\s+out\s+(?:whether|if|how|what|which)\b"
        # "Kindly spare 15 minutes to guide me about careers in data science"
        r"|\bguide\s+me\s+(?:about|on|regarding|through|in|with|towards?)\b"
        # whether what they have would carry over, and views gathered before a choice: "to
        # see whether my GIS skills could translate to your line of work", "I'm gathering
        # views from people in the field" (round 20's probes)
        r"|\b(?:see|check|test|gauge|understand|know)\s+(?:whether|if)\s+(?:[\w'-]+\s+){1,5}?"
        r"(?:could|would|can|might)\s+(?:translate|transfer|carry\s+over|apply|fit|work)\b"
        r"|\b(?:gather|gathering|collect|collecting|seek|seeking)\s+(?:views|advice|perspectives"
        r"|insights|opinions|input)\s+from\b"
        # what they see from where they sit: "to talk about what you're seeing in the market"
        # (round 22: a guide's recruiter template)
        r"|\b(?:talk|chat|hear|learn|ask)\s+(?:you\s+)?(?:about\s+)?what\s+you(?:'re|\s+are)\s+"
        r"(?:seeing|noticing|hearing|finding|watching)\b"
        # a question on the problems of their work put to them: "What's the hairiest scaling
        # problem you've run into there?" (round 23: an app's preset email)
        r"|\bwhat(?:'s|\s+is|\s+was|\s+were|\s+are)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:problem"
        r"|challenge|lesson|mistake|decision|surprise)s?\s+(?:that\s+)?you(?:'ve|\s+have|\s+had)?\s+"
        r"(?:ever\s+)?(?:run\s+into|faced|hit|seen|learned|learnt|made|had|solved|tackled"
        r"|encountered)\b"
        # a feel for the team wanted ("I'd like a feel for the team and its culture": round 23)
        r"|\b(?:like|love|want|get|gain|have)\s+(?:a\s+)?(?:better\s+|real\s+|good\s+|clearer\s+)?"
        r"(?:feel|sense|picture|idea)\s+(?:for|of)\s+(?:the|what|how|your|their|its)\s+(?:[\w-]+\s+)?"
        r"(?:team|work|job|role|culture|day|field|place|company|firm|it)\b"
        r"|\bwhat\s+(?:your|a|the)\s+(?:[\w-]+\s+){0,5}?(?:looks?|is|was|feels?)\s+like\b"
        r"(?<!availability\slooks\slike)(?<!schedule\slooks\slike)(?<!calendar\slooks\slike)"
        # a picture of the work formed, career options researched (round 23's probes): "to
        # get a realistic picture of life as a junior architect", "I'm researching career
        # options in museum curation"
        r"|\b(?:get|gain|form|build|have)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:picture|sense|idea|feel"
        r"|understanding)\s+of\s+(?:what|how|life|the\s+(?:work|job|role|field|day|reality)"
        r"|working|a\s+(?:day|career|typical))\b"
        r"|\b(?:researching|exploring|looking\s+into|weighing\s+up|weighing)\s+(?:my\s+|different\s+"
        r"|possible\s+)?(?:career|job)\s+(?:options|paths|choices)\b",
        _I,
    ),
]
_NUM = {
    "five": 5,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "twenty five": 25,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "forty five": 45,
    "sixty": 60,
    "ninety": 90,
}
_NUMWORD = (
    r"(?:\d{1,3}|twenty[- ]five|forty[- ]five|five|ten|fifteen|twenty|thirty|forty|sixty"
    r"|ninety)"
)
_MIN = r"(?:minutes?|mins?)\b"
_RANGE = re.compile(rf"\b({_NUMWORD})\s*(?:-|to|or)\s*({_NUMWORD})[\s-]{{0,3}}{_MIN}", _I)
_SINGLE = re.compile(rf"\b({_NUMWORD})[\s-]{{0,3}}{_MIN}", _I)
_HALF = re.compile(r"\bhalf(?:\s+an|\s+a)?[\s-]{0,3}hour\b|\bthirty[- ]minute\b", _I)
_QUARTER = re.compile(r"\bquarter(?:\s+of\s+an|-)\s*hour\b", _I)
_HOURS = re.compile(
    r"\b(?:an|one|1|a\s+full|a\s+whole|an\s+entire)[\s-]{1,3}hours?\b"
    r"|\b(?:\d{1,2}|two|three|a\s+couple\s+of|couple\s+of|several|a\s+few)\s+hours\b"
    r"|\bhour-long\b|\ban\s+hour\b",
    _I,
)
_VAGUE = [
    re.compile(
        r"\b(?:short|brief|quick|small|little)\s+(?:[\w-]+\s+)?(?:meeting|chat|call|conversation"
        r"|talk|visit|coffee|zoom|catch-up)\b",
        _I,
    ),
    re.compile(r"\b(?:a\s+)?coffee\b", _I),
    re.compile(r"\ba\s+(?:few|couple\s+of)\s+minutes\b", _I),
    re.compile(r"\b(?:some|a\s+little|a\s+bit)\s+(?:of\s+)?your\s+time\b", _I),
]

_REQUEST = re.compile(
    r"\b(?:would|could|can|might|may)\s+(?:you|we|i|u)\b|\bwould\s+it\s+be\b"
    # a time offered for them to accept: "would next Thursday work?", "would any of these suit?"
    r"|\b(?:would|could|will|might)\s+(?:a|an|the|some|that|this|there|any|next|either|one"
    r"|these|those|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|\b(?:are|were)\s+you\s+(?:available|free|open|willing|able)\b"
    # ("Do have a little time ...?": the "you" dropped in haste, as real messages do)
    r"|\bdo\s+(?:you\s+)?have\s+(?:time|\d|a\s+few|a\s+little|a\s+bit|some|any\s+time"
    r"|[a-z]+\s+minutes)"
    r"|\b(?:how|what)\s+about\s+(?:meeting|getting|grabbing|a\s+(?:call|chat|coffee|quick))"
    r"|\b(?:you|be)\s+up\s+for\b|\bfancy\s+(?:a|meeting|grabbing|getting)\b"
    r"|\bi(?:'d|\s+would)\s+(?:love|like|appreciate|welcome|be\s+grateful)\b"
    r"|\bwondering\s+(?:if|whether)\b|\blet\s+me\s+know\s+(?:if|whether|when)\b"
    r"|\bhoping\s+(?:to|you)\b|\bwilling\s+to\b|\bis\s+there\s+a\s+(?:good\s+)?time\b"
    r"|\bdo\s+you\s+(?:know|have|think|mind)\b|\bany\s+chance\b",
    _I,
)
_ENDS_QUESTION = re.compile(r"\?[\"')\]]*\s*$")
_TO_THEM = re.compile(r"\b(?:you|your|u|ur|we)\b", _I)
# A wish stated, not asked: "I would be glad to hear your view in person someday".
_WOULD_BE_GLAD = re.compile(
    r"\bi(?:'d|\s+would)\s+(?:\w+\s+){0,2}?(?:glad|happy|grateful|delighted|thrilled|honou?red"
    r"|love|like|appreciate|welcome)\b",
    _I,
)
# A question's words: an auxiliary before its subject ("do you think", "shall we"), a question
# word ("what's your email?"), or a clipped "you ...?" ("You hiring?").
_ASKS_INSIDE = re.compile(
    r"\b(?:do|does|did|can|could|would|will|is|are|shall|should|have|has|may|might)\s+(?:you|we"
    r"|u|i)\b|\b(?:what|how|why|which|where|who|when)(?:'s|\b)"
    r"|^\W*(?:@\w+\W+)?(?:(?:hey|hi|hello|so)\W+(?:\w+\W+)?)?(?:you|u)\s",
    _I | re.M,
)
_INVERTED = re.compile(
    r"\W{0,3}(?:(?:so|and|but|hi|hey|hello)\W+(?:\w+\W+)?)?(?:can|could|would|will|may|might|do"
    r"|are|is)\s+(?:you|u|we|i)\b",
    _I,
)

# A question on the topic, not on meeting: it opens on a question word or asks what they
# think, find or would recommend, and names no time, call or meeting.
_CONTENT_QUESTION = re.compile(
    r"^\W*(?:(?:so|and|but|also|or|for\s+example|first|second|finally|hi|hello)\W+)?(?:how|what"
    r"|which|why|where|who)\b"
    r"|\bdo\s+you\s+(?:think|find|feel|believe|see)\b|\bwould\s+you\s+(?:recommend|say|suggest"
    r"|advise)\b",
    _I,
)
_MEETING_WORDS = re.compile(
    r"\b(?:time|times|minutes?|mins?|hours?|call|chat|meet|meeting|coffee|talk|speak|available"
    r"|free|interview|conversation|connect|phone|zoom|lunch|week|schedule|convenient|suit|suits"
    r"|slot|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    _I,
)


def _content_question(folded: str, span: tuple[int, int]) -> bool:
    s, e = span
    return bool(_CONTENT_QUESTION.search(folded, s, e)) and not _MEETING_WORDS.search(folded, s, e)


_RESUME = r"(?:resume|r.sum.|resum.|cv\b|curriculum\s+vitae)"
_ATTACH = [
    # The short forms of a signature line or a postscript, where it was put, and a résumé
    # named after something else sent with it (round 23's probes): "Resume attached.", "CV
    # attached for reference", "You can find my résumé at the link below", "I've included my
    # LinkedIn profile and CV below"
    re.compile(
        rf"(?:^|[.!?;:]\s+|\n)[ \t]*(?:(?:my|the|a)\s+)?(?:updated\s+|current\s+)?{_RESUME}\s+"
        r"(?:is\s+|are\s+)?(?:attached|enclosed|included|below|linked)\b"
        # a link under the sign-off: "Resume : [link]" (round 25: a LinkedIn automation script)
        rf"|^[ \t]*(?:my\s+)?{_RESUME}[ \t]*[:\u2013-][ \t]*(?:\[|<|https?://|www\.|\S+\.\S+)"
        rf"|\b(?:find|see|view|access|download)\s+my\s+(?:updated\s+|current\s+)?{_RESUME}\s+"
        r"(?:at|here|below|via|through|on|in)\b"
        rf"|\b(?:attached|attaching|enclosed|enclosing|included|including)\s+my\s+(?:[\w-]+\s+){{1,3}}?"
        rf"(?:and|&)\s+(?:my\s+)?{_RESUME}",
        _I | re.M,
    ),
    re.compile(
        rf"\b(?:attached|attaching|attach|enclosed|enclosing|enclose|included|including|include"
        # ("Attached you'll find my resume": round 23's probes)
        rf"|sending|forwarding)\s+(?:is\s+|are\s+|please\s+find\s+|here\s+"
        rf"|you(?:'ll|\s+will)\s+find\s+)?(?:you\s+)?"
        rf"(?:a\s+copy\s+of\s+)?(?:my|a)\s+(?:updated\s+|current\s+|latest\s+|recent\s+)?{_RESUME}",
        _I,
    ),
    re.compile(
        rf"\bmy\s+(?:updated\s+|current\s+|latest\s+)?{_RESUME}"
        rf"(?:\s+(?:is\s+|has\s+been\s+)?(?:attached|enclosed|included|below)"
        # with words between: "My résumé, with all my details, is attached" (round 18)
        rf"|,[^.!?\n]{{1,60}}?,\s*(?:is|has\s+been)\s+(?:attached|enclosed|included))\b",
        _I,
    ),
    re.compile(rf"\bplease\s+find\s+(?:attached\s+|enclosed\s+)?(?:my\s+)?{_RESUME}", _I),
    re.compile(rf"\b{_RESUME}\s*\((?:attached|enclosed)\)", _I),
    re.compile(
        rf"\b(?:my|the)\s+(?:attached|enclosed)\s+{_RESUME}|\b{_RESUME}\s+(?:that\s+)?i(?:'ve"
        rf"|\s+have)\s+(?:attached|enclosed|included|sent)|^[ \t]*(?:enclosures?|encl\.?"
        rf"|attachments?)[ \t]*:?[ \t]*(?:{_RESUME}[ \t]*)?$",
        _I | re.M,
    ),
    # Sent or linked already: "I've added links to my résumé", "i hav sent u my resume".
    re.compile(
        rf"\b(?:added|included|sent|linked|shared|put|dropped|uploaded|submitted)\s+(?:you\s+|u\s+)?(?:a\s+)?(?:links?"
        rf"\s+to\s+)?my\s+(?:updated\s+|current\s+)?{_RESUME}",
        _I,
    ),
    # Asking them to go over it makes it an application too: "have you look over my résumé".
    re.compile(
        rf"\b(?:look\s+(?:over|at|through)|review|go\s+over|glance\s+(?:at|over)|critique)\s+"
        rf"(?:a\s+copy\s+of\s+)?my\s+(?:updated\s+|current\s+)?{_RESUME}",
        _I,
    ),
    # Offering it: "I can send my resume if you'd like", "happy to share my CV".
    re.compile(
        rf"\b(?:send|share|forward|provide|email|e-mail|pass\s+along)\s+(?:along\s+|over\s+)?"
        rf"(?:you\s+)?(?:a\s+copy"
        rf"\s+of\s+)?(?:my|a)\s+(?:updated\s+|current\s+|latest\s+|recent\s+)?{_RESUME}",
        _I,
    ),
]
_PLACEHOLDERS = [
    # (a citation, "[sic]" or an ellipsis in brackets is writing, not a gap: round 23's
    # probes, "your 2019 paper [1]")
    re.compile(r"\[(?!\s*(?:\d+(?:\s*[,\u2013-]\s*\d+)*|sic|\.\.\.|\u2026|emphasis\s+(?:added|mine)"
               r"|edit(?:ed)?)\s*\])[^\[\]\n]{0,40}\]"),
    re.compile(r"_{3,}"),
    re.compile(r"<[A-Za-z][^<>@\n:/]{0,40}>"),
    re.compile(r"\{[^{}\n]{0,40}\}"),
    re.compile(r"\bX{2,}\b|\bXx{3,}\b|\([Xx]{3,}\)"),
    # A bare X standing for a field or a task: "careers in X", "X, Y and Z".
    re.compile(r"\b(?:in|of|about|into|like|on)\s+X\b(?![.'-]\w)|\bX,\s*Y\b"),
    re.compile(
        r"\b(?:INSERT|YOUR)\s+(?:NAME|COMPANY|FIELD|SCHOOL|TITLE)\b"
        r"|\b(?:LASTNAME|FIRSTNAME|FIRST\s+NAME|LAST\s+NAME|NAME\s+HERE|COMPANY\s+NAME)\b"
    ),
    re.compile(
        r"\((?:name|company|school|field|title|date|your\s+name|contact\s+name|their\s+name"
        r"|firm|organi[sz]ation|job\s+title)\)",
        _I,
    ),
]

# Each placeholder pattern with the strings one of which its every match contains (None: run
# it always): the case-sensitive ones run at every word, and most messages hold none of these.
_PLACEHOLDER_NEEDS: list[tuple[re.Pattern[str], tuple[str, ...] | None]] = [
    (_PLACEHOLDERS[0], ("[",)),
    (_PLACEHOLDERS[1], ("___",)),
    (_PLACEHOLDERS[2], ("<",)),
    (_PLACEHOLDERS[3], ("{",)),
    (_PLACEHOLDERS[4], ("XX", "Xx", "(X", "(x")),
    (_PLACEHOLDERS[5], ("X",)),
    (_PLACEHOLDERS[6], ("NAME", "COMPANY", "FIELD", "SCHOOL", "TITLE")),
    (_PLACEHOLDERS[7], ("(",)),
]
assert [p for p, _ in _PLACEHOLDER_NEEDS] == _PLACEHOLDERS  # a new pattern needs its entry

_POLITE = re.compile(
    r"\b(?:please|thank\s+you|thanks|thank|appreciate|appreciated|appreciation|grateful"
    # ("Thanking you," closes many letters in Indian English: round 23's probes)
    r"|gratitude|kindly|would\s+mean\s+a\s+lot|thanking)\b",
    _I,
)

_CLOSE = re.compile(
    r"\b(?:best|kind|warm|warmest)\s+(?:regards|wishes)\b|\bregards\b|\bsincerely\b"
    r"|\bcordially\b|\ball\s+the\s+best\b|\blook(?:ing)?\s+forward\b|\bcheers\b"
    r"|\bhope\s+(?:this\s+(?:finds|email|message|note)|you(?:'re|\s+are|\s+have|\s+had|\s+enjoy"
    r"|\s+find|\s+and\s+your|\s+(?:are\s+)?(?:well|doing))|all\s+is|things\s+are)\b|\bbest\s*,|\bhave\s+a\s+(?:great|good|nice|lovely|wonderful)\s+"
    r"(?:day|week|weekend|evening)\b"
    r"|\bhope\s+to\s+(?:hear|speak|talk|meet)\b|\btake\s+care\b|\b(?:talk|speak)\s+soon\b"
    r"|\bwith\s+(?:gratitude|appreciation|thanks)\b|\brespectfully\b|\byours\s+(?:truly"
    r"|faithfully)\b|\bwarmly\b"
    # an easy way out offered: "no worries if not!", "I'd understand if not" (round 15)
    # ("I understand if you're too busy", "if your schedule doesn't allow", round 18)
    r"|\bno\s+(?:worries|pressure|problem|obligation)\b|\b(?:completely\s+|totally\s+|fully\s+)?"
    r"understand\s+if\s+(?:not|you\s+(?:can't|cannot|don't\s+have|do\s+not|aren't|are\s+not"
    r"|won't|will\s+not|couldn't)|you(?:'re|\s+are)\s+(?:too\s+|very\s+|really\s+)?(?:busy"
    r"|swamped|unable|not\s+able)|your\s+(?:schedule|calendar|time)|now\s+isn't|this\s+isn't"
    r"|it's\s+not)\b",
    _I,
)
# A request put courteously: on the phone a script ends on the number, not on "Best
# regards", so a greeting and "would you have fifteen minutes?" is polite enough.
_COURTEOUS_ASK = re.compile(
    r"\b(?:would|could)\s+you\s+(?:possibly\s+|perhaps\s+|ever\s+)?(?:have|spare|find|be\s+"
    r"(?:willing|open|able|available|free|kind)|mind|consider)\b"
    r"|\bi\s+(?:was|am)\s+(?:hoping|wondering)\b|\bi(?:'m|\s+am|'d|\s+would)\s+(?:be\s+)?"
    r"(?:hoping|wondering)\b"
    r"|\bif\s+you\s+(?:have|had|could\s+spare|can\s+spare)\s+(?:a\s+few\s+minutes|any\s+time"
    r"|the\s+time|time|a\s+moment|a\s+minute)\b"
    r"|\bat\s+your\s+convenience\b|\bwhen(?:ever)?\s+(?:it\s+)?(?:suits|is\s+convenient)\b"
    r"|\bwould\s+(?:it|that)\s+be\s+possible\b|\bmay\s+i\s+(?:ask|have)\b",
    _I,
)
_DEMAND = re.compile(
    r"\b(?:i\s+need\s+you\s+to|i\s+expect\s+(?:you|a\s+reply)|call\s+me\s+back"
    r"|get\s+back\s+to\s+me\s+(?:asap|immediately|today|by)|asap|respond\s+(?:by|immediately))\b"
    # Insisting, whatever the words: "I demand", "you must", "you need to tell me".
    # (Not a guess at their day or a release from replying: "how busy you must be", "please
    # don't feel you need to write back", round 15.)
    r"|\b(?:i\s+(?:demand|insist)|(?<!feel\s)(?<!feel\slike\s)(?<!think\s)you\s+(?:must(?!\s+be\b)"
    r"|have\s+to|need\s+to)|i\s+want\s+you\s+to)\b"
    # A reply ordered by a date: "send them back by Monday", "answer within two days".
    r"|\b(?:reply|respond|answer|get\s+back(?:\s+to\s+me)?|send\s+(?:\w+\s+){0,2}?back"
    r"|return\s+(?:them|it|this))\s+(?:\w+\s+){0,3}?(?:by|before|within)\s+(?:monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|the\s+end|end\s+of|eod"
    r"|close\s+of|noon|\d|one|two|three|a\s+day|24|48)\b"
    # An order at the head of a sentence, with no "please" before it: "Reply soon.",
    # "Answer my questions below", "Send me your number".
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:reply|respond|answer|send\s+me|text\s+me|email\s+me"
    r"|get\s+back\s+to\s+me)\b"
    # (softened in the same sentence, it is an invitation: "Reply whenever suits you; there's
    # no hurry", round 23's probes)
    r"(?![^.!?\n]{0,40}\b(?:whenever|when\s+you\s+(?:can|have|get)|if\s+you\s+(?:can|have|get|like)"
    r"|no\s+(?:rush|hurry|pressure)|at\s+your\s+(?:convenience|leisure)|in\s+your\s+own\s+time)\b)",
    _I | re.M,
)
# Chat-speak and shouting: a first message to a stranger is a letter, not a text.
_TEXTSPEAK = re.compile(
    r"\b(?:lol|lmao|omg|thx|thnx|pls|plz|wanna|gonna|gotta|btw|idk|xo|xoxo|ur|u(?![.\w]))\b"
    r"|[:;]-?[()DPp](?!\w)|[!?]{3,}|\b(?!www)(?![Xx]+\b)\w*([a-z])\1{2,}\w*\b",
)


# The same without the stretched-word branch, for the texts that cannot hold one (no letter
# three times in a row): that branch tries every word and costs more than all the rest.
_TEXTSPEAK_SHORT = re.compile(_TEXTSPEAK.pattern.rsplit("|", 1)[0])
_TRIPLE = re.compile(r"([a-z])\1\1")
_LETTERS = re.compile(r"[^\W\d_]+")  # runs of letters: counted by length, not one by one
_UPPER = re.compile(r"[A-Z\u00c0-\u00de]")


def _informal(folded: str) -> tuple[int, int] | None:
    """The first sign of chat-speak when there are two or more, or the whole text when it
    shouts (mostly capitals)."""
    head = folded[:2000]
    upper = len(_UPPER.findall(head))
    if upper > 12:  # shouting needs more than 0.6 of at least 20 letters to be capitals
        letters = sum(map(len, _LETTERS.findall(head)))
        if letters >= 20 and upper > 0.6 * letters:
            return (0, len(folded.rstrip()))
    speak = _TEXTSPEAK if _TRIPLE.search(folded) else _TEXTSPEAK_SHORT
    hits = list(speak.finditer(folded))
    return hits[0].span() if len(hits) >= 2 else None


_MEETING = re.compile(
    r"\b(?:meet|meeting|call|chat|talk|conversation|coffee|speak|zoom|interview|video"
    # A phone to talk on, not the sender's contact details: "reach me by phone", "email or
    # phone", "your phone number" give a way to reply and ask for no meeting.
    r"|(?<!\bme\sby\s)(?<!\bemail\sor\s)phone(?!\s*(?:number|no\b|#))"
    r"|sit\s+down|get\s+together|catch\s+up"
    # Other shapes of the same request, still with no length: a meal, a visit, a day spent
    # watching them work, being interviewed, a slot to find. ("Pick your brain" is left out:
    # it is as often asked of a message as of a meeting.)
    r"|lunch|breakfast|stop\s+by|come\s+by|drop\s+by|shadow(?:ing)?|be\s+interviewed"
    r"|find\s+a\s+(?:time|slot))\b"
    r"(?!\s+(?:further\s+)?(?:about\s+)?(?:working|a\s+job))",
    _I,
)


# Wanting a meeting without the grammar of a request: "would be great to meet up",
# "any chance of a brief chat?", "happy to meet whenever suits you". A meeting looked back
# on is no wish: "thanks for the coffee; it was great to hear about your team".
_WISH = re.compile(
    r"\b(?:would|could|can|may|might|love|like|happy|glad|hope|hoping|chance|possible|free"
    r"|available|open\s+to|(?<!\bwas\s)great\s+to|welcome|grateful|let\s+me\s+know"
    r"|set\s+up|whenever"
    r"|sometime|soon|next\s+week|suits?\s+you|works?\s+for\s+you)\b|\?",
    _I,
)


# Reading about them somewhere is a source: "I noticed on LinkedIn that you ...", "your name
# was listed on the speakers' page", "I follow you on Twitter".
_SOURCE.append(re.compile(
    r"\b(?:noticed|saw|read|learned|learnt|seen)\s+(?:on\s+[\w-]+|online)\s+that\s+you\b"
    r"|\byour\s+name\s+(?:was|is)\s+(?:listed|on|in|among)\b"
    r"|\b(?:search|google|linkedin|directory)\s+(?:led|brought|pointed)\s+me\s+to\s+you\b"
    r"|\b(?:website|page|directory|site|bio)\s+(?:lists|listed|names|shows|mentions)\s+you\b"
    r"|\bfollow(?:ing|ed)?\s+you\s+(?:on|for)\b"
    # Connections in common with nobody named: what LinkedIn shows, not a personal link.
    r"|\b(?:we|i)\s+(?:both\s+|also\s+)?(?:have|share)\s+(?:[\w-]+\s+){0,3}?connections\b",
    _I,
))


# Cut into their alternatives, the big pattern lists let the prefilter skip every branch
# whose words are absent (the first match of a list is still the earliest of them all).
_INTRO, _CONNECTION, _SOURCE, _PURPOSE, _ATTACH = (
    split(_INTRO), split(_CONNECTION), split(_SOURCE), split(_PURPOSE), split(_ATTACH)
)
# The demands too: run whole on the whole text they cost more than all other polite checks.
_DEMANDS = split([_DEMAND])
prepare_later(_INTRO, _CONNECTION, _SOURCE, _PURPOSE, _ATTACH, _DEMANDS)


def _on(
    pattern: re.Pattern[str], folded: str, low: str
) -> tuple[re.Pattern[str], str]:
    """The pattern to run and the text to run it on: its case-free form on the lowered text
    when it has one (twice as fast, same spans), else itself on ``folded``."""
    fast = caseless(pattern)
    return (fast, low) if fast is not None else (pattern, folded)


def _found(pattern: re.Pattern[str], folded: str, low: str) -> re.Match[str] | None:
    """``pattern.search(folded)``, run the faster way when it can be."""
    run, target = _on(pattern, folded, low)
    return run.search(target)


def _first_within(
    patterns: list[re.Pattern[str]], folded: str, spans: list[tuple[int, int]],
    keyed: str | None = None, low: str | None = None,
) -> re.Match[str] | None:
    """The earliest match of any pattern inside one of ``spans``."""
    best = None
    keyed = fold_for_keys(folded) if keyed is None else keyed
    low = lowered(folded) if low is None else low
    for pattern in patterns:
        if not may_match(pattern, keyed):
            continue
        run, target = _on(pattern, folded, low)
        for s, e in spans:
            m = run.search(target, s, e)
            if m and (best is None or m.start() < best.start()):
                best = m
                break
    return best

_GREETING = re.compile(
    # (after a spoken filler too: "Um, HELLO!" opens a voicemail)
    # ("Howdy Marcus", "Hiya", "Morning Sam" open notes too: round 24)
    r"^(?:(?:um|uh|er|erm|oh|so)\W+)?(?:dear|hi|hiya|howdy|hello|hey|good\s+(?:morning|afternoon"
    r"|evening|day)|morning|greetings|to\s+whom|subject|re)\b",
    _I,
)
# The name alone as the salutation, for politeness only: "Dana,\n", "Dana, hope you're well.",
# "Dana:\n".
_NAME_GREETING = re.compile(
    r"^(?!(?:However|Also|Thanks|Hopefully|Sorry|Unfortunately|Recently|Currently|Basically"
    r"|Honestly|Actually|Firstly|Additionally|Again|So|Well|Yes|No|Please|Today|Now|Anyway)\b)"
    r"(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z'-]+)?"
    r"(?:,(?=\s)|:[ \t]*\n|\s?-\s)"  # "Dana,", "Dana:" on its own line (a letter's form)
)


# A letter's heading lines before the salutation: a date, an address, a reference.
_LETTER_HEAD = re.compile(
    r"[ \t]*(?:[^\n.!?]{0,60}\d[^\n.!?]{0,40}|[A-Z][^\n.!?]{0,60})[ \t]*\n", re.M
)


def _greets(folded: str) -> bool:
    """Whether the message opens with a greeting, or with the name alone as one (below a
    letter's date and address lines, if it has them)."""
    head = folded.lstrip(" \t\n\"'*>")
    for _ in range(6):
        if _GREETING.match(head) or _NAME_GREETING.match(head):
            return True
        line = _LETTER_HEAD.match(head) or _BEFORE_GREETING.match(head)
        if not line:
            return False
        head = head[line.end():].lstrip(" \t\n")
    return False


# Lines that may come before the greeting (round 19): a row of emoji or rules ("👍👍👍"),
# and, in a reply to an introduction, the thanks to whoever made it ("Thanks, Sam, for
# putting us in touch; moving you to bcc.").
_BEFORE_GREETING = re.compile(
    r"[^\w\n]{1,20}\n|(?:thanks|thank\s+you)\b[^\n]{0,100}?\b(?:introduc\w*|in\s+touch|connect\w*"
    r"|bcc)\b[^\n]{0,60}\n",
    _I,
)


# A sentence that only wishes them well: "I hope you're doing well!", "Hope all is well."
_PLEASANTRY = re.compile(
    r"\W*(?:(?:hi|hello|hey|dear)\b[^.!?\n]{0,30}?[,!.]\s*)?(?:i\s+)?hope\s+(?:(?:this|my)\s+"
    r"(?:message|email|e-mail|note)\s+finds\s+you|you(?:'re|\s+are)|you\s+(?:had|have)|all\s+is"
    r"|things\s+are|your\s+(?:week|day|semester|month)|it's|everything)\b[^.!?\n]{0,40}[.!]?\s*$",
    _I,
)
_GAP_RE = re.compile(r"\[[^\[\]\n]{0,60}\]")


_NAME_ONLY = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z'-]+)?\s*[,:]"
)


def _content_sentences(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences minus greeting and subject lines ("Dear Ms. Green,", "Subject: ...")."""
    out = []
    for start, end in spans:
        chunk = folded[start:end]
        if (
            _GREETING.match(chunk)
            and word_count(chunk) <= 6
            and not _REQUEST.search(chunk)
            or chunk.lower().startswith("subject:")
            # The name alone as the salutation, at the top ("Dana:", "Ravi,"): a greeting
            # too, not the first sentence of substance.
            or not out and _NAME_ONLY.fullmatch(chunk.strip())
        ):
            continue
        out.append((start, end))
    return out


def _minutes(value: str) -> int:
    value = value.lower().replace(" ", "-")
    return int(value) if value.isdigit() else _NUM.get(value, _NUM.get(value.replace("-", " "), 0))


def _durations(folded: str, low: str | None = None) -> list[tuple[int, int, int]]:
    """``(minutes, start, end)`` for every explicit length of time asked for."""
    found: list[tuple[int, int, int]] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    low = lowered(folded) if low is None else low
    # Every length names minutes or an hour: without those words there is none to look for.
    minutes, hours = "min" in low, "hour" in low
    if not (minutes or hours):
        return found
    for m in scan(_RANGE, folded, low) if minutes else ():
        found.append((max(_minutes(m.group(1)), _minutes(m.group(2))), *m.span()))
        taken.append(m.span())
    for m in scan(_SINGLE, folded, low) if minutes else ():
        if free(*m.span()):
            found.append((_minutes(m.group(1)), *m.span()))
            taken.append(m.span())
    for pattern, value in ((_HALF, 30), (_QUARTER, 15)) if hours or minutes else ():
        for m in scan(pattern, folded, low):
            if free(*m.span()):
                found.append((value, *m.span()))
                taken.append(m.span())
    for m in scan(_HOURS, folded, low) if hours else ():
        if free(*m.span()):
            found.append((60, *m.span()))
            taken.append(m.span())
    found.sort(key=lambda t: t[1])
    return found


def check_outreach(
    text: str,
    channel: str = "email",
    subject: str | None = None,
    knows_recipient: bool = False,
) -> Report:
    """Check a first message asking for an informational interview.

    ``channel`` is one of ``email``, ``letter``, ``phone`` or ``linkedin`` (any other value
    raises ValueError); it sets how length is judged. ``subject`` is an email's subject
    line (None: not known, so not judged). ``knows_recipient`` says the recipient already
    knows the sender (a call to a friend of the family): no introduction or connection is
    needed then.

    Text that is clearly not English gets a single ``language`` finding instead.
    """
    if not isinstance(channel, str) or channel.strip().lower() not in CHANNELS:
        raise ValueError(f"channel must be one of {', '.join(CHANNELS)}, not {channel!r}")
    channel = channel.strip().lower()
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    if subject is not None and not isinstance(subject, str):
        raise TypeError("subject must be a string or None")
    # A subject line pasted above the message is the subject, not part of the message (and
    # the one judged when the subject box is left empty, as it is when the whole draft is
    # pasted into the message box).
    text, pasted_subject = strip_headers(text)
    if (subject is None or not subject.strip()) and pasted_subject and channel == "email":
        subject = pasted_subject
    rules = load_rules("outreach")
    th = rules.thresholds
    words = word_count(fold(text))
    language = detect_language(text)
    if language != "en":
        wpm = float(th.get("words_per_minute", 150)) or 150.0
        return not_english_report("outreach", language, {
            "channel": channel, "words": words, "characters": len(text.strip()),
            "sentences": 0, "speaking_seconds": round(words / wpm * 60, 1),
        })
    folded = for_rules(text[:SCAN_LIMIT])
    keyed = fold_for_keys(folded)  # the text as the pattern prefilter compares it
    lower = lowered(folded)  # the text as case-free patterns run on it (same offsets)
    spans = sentences(folded)
    content = _content_sentences(folded, spans)
    characters = len(text.strip())
    wpm = float(th.get("words_per_minute", 150)) or 150.0
    seconds = round(words / wpm * 60, 1)
    findings: list[Finding] = []
    add = findings.append
    skip: set[str] = set()

    # introduces-sender
    m = _introduction(folded, keyed, lower)
    if m:
        add(rules.finding("introduces-sender", "pass", span=m.span()))
    elif knows_recipient:
        add(rules.finding("introduces-sender", "pass", "known"))
    else:
        add(rules.finding("introduces-sender", "fail"))

    # states-connection, connection-first. A connection word inside a template gap
    # ("[LinkedIn/alumni platform]") is an option offered, not a link the sender has.
    gaps = [m.span() for m in _GAP_RE.finditer(folded)] if "[" in folded else []
    personal = _first(_CONNECTION, folded, gaps, keyed, lower)
    source = None if personal else _first(_SOURCE, folded, gaps, keyed, lower)
    m = personal or source
    if m:
        phrase = _quote(text, sentence_of(spans, m.start()))
        if personal:
            add(rules.finding("states-connection", "pass", span=m.span(),
                              values={"phrase": phrase}))
        else:
            add(rules.finding("states-connection", "warn", "source", span=m.span(),
                              values={"phrase": phrase}))
        # Pleasantries ("I hope you're well") come before anything and do not count: the
        # connection is "first" when no more than one sentence of substance precedes it.
        counted = [sp for sp in content if not _PLEASANTRY.match(folded, sp[0], sp[1])]
        index = next((i for i, (s, e) in enumerate(counted) if s <= m.start() < e), None)
        if index is None:
            index = max(0, sum(1 for s, _ in counted if s <= m.start()) - 1)
        if index < 2:
            add(rules.finding("connection-first", "pass", span=m.span()))
        else:
            add(rules.finding("connection-first", "warn", span=m.span(),
                              values={"number": index + 1}))
    elif knows_recipient:
        add(rules.finding("states-connection", "pass", "known"))
        add(rules.finding("connection-first", "pass", "known"))
    else:
        add(rules.finding("states-connection", "fail"))
        # Nothing to place yet: the advice is states-connection's, and counted once there.
        add(rules.finding("connection-first", "pass", "missing"))
        skip.add("connection-first")

    # why-you: what about this person made the sender pick them
    reason = find_why_you(folded, keyed, lower)
    if reason:
        add(rules.finding("why-you", "pass", span=reason,
                          values={"phrase": _quote(text, sentence_of(spans, reason[0]))}))
    elif knows_recipient:
        add(rules.finding("why-you", "pass", "known"))
    else:
        add(rules.finding("why-you", "warn"))

    # informational-purpose
    m = _purpose(folded, keyed, lower)
    add(rules.finding("informational-purpose", "pass", span=m.span()) if m else
        rules.finding("informational-purpose", "fail"))

    # asks-for-job: a pattern's ask or "I'm not asking for a job" first; else the words of
    # the whole message, which catch the hinted asks no pattern knows (see job_words).
    job = job_ask_finding(rules, text, folded, spans)
    if job.level == "pass" and job.span is None:
        hints = hinted_job_request(lower)
        if hints:
            quoted = [f"“{' '.join(text[s:e].split())}”" for s, e in hints]
            named = ", ".join(quoted[:-1]) + " and " + quoted[-1]
            job = rules.finding("asks-for-job", "warn", "reads", span=hints[0],
                                values={"words": named})
    add(job)

    # mentions-pay
    pay = find_pay(folded, spans)
    add(rules.finding("mentions-pay", "fail", span=pay, values={"phrase": text[pay[0]:pay[1]]})
        if pay else rules.finding("mentions-pay", "pass"))

    # time-request
    durations = _durations(folded, lower)
    low, high = int(th.get("min_minutes", 10)), int(th.get("max_minutes", 30))
    too_long = [d for d in durations if d[0] > high]
    good = [d for d in durations if low <= d[0] <= high]
    short = [d for d in durations if 0 < d[0] < low]
    time_span: tuple[int, int] | None = None
    if good:
        d = good[0]
        time_span = d[1:]
        add(rules.finding("time-request", "pass", span=time_span,
                          values={"phrase": text[d[1]:d[2]], "minutes": d[0]}))
    elif too_long or short:
        d = (too_long or short)[0]
        time_span = d[1:]
        add(rules.finding("time-request", "warn", "long" if too_long else "short",
                          span=time_span, values={"phrase": text[d[1]:d[2]], "minutes": d[0]}))
    else:
        # Only a request counts: "thanks again for the coffee" or "I'd love to connect" on
        # LinkedIn asks for no meeting.
        request, on = _on(_REQUEST, folded, lower)
        wish, on_wish = _on(_WISH, folded, lower)
        asking = [(s, e) for s, e in content
                  if request.search(on, s, e) or wish.search(on_wish, s, e)]
        m = _first_within(_VAGUE, folded, asking, keyed, lower)
        meeting = m or _first_within([_MEETING], folded, asking, keyed, lower)
        if m:
            time_span = m.span()
            add(rules.finding("time-request", "warn", "vague", span=m.span(),
                              values={"phrase": text[m.start():m.end()]}))
        elif meeting:
            add(rules.finding("time-request", "warn", "missing", span=meeting.span()))
        else:
            add(rules.finding("time-request", "fail", "none"))

    # asks-as-question
    request, on = _on(_REQUEST, folded, lower)
    requests = [
        (s, e) for s, e in content
        if request.search(on, s, e) or (time_span and s <= time_span[0] < e)
    ]
    # A question mark, or a question's word order even without one ("can u be my mentor").
    # A question about their work ("How would you define robotics?", "Do you find your
    # chemistry helps?") is what they would be asked, not the request for their time.
    asked = next((sp for sp in requests if (_ENDS_QUESTION.search(folded, sp[0], sp[1])
                  or _INVERTED.match(folded, sp[0], sp[1]))
                  and not _content_question(folded, sp)), None)
    if asked is None:
        # A note that asks them only questions ("Shall we connect?", "What do you find most
        # rewarding about it?", "You hiring?") puts its ask as a question, even when that ask
        # is no meeting; a request stated as a statement beside it still fails (round 15).
        # The question is put to them ("you", "your", "we") in a question's words; a statement
        # said with a rising tone ("I'm phoning about the job you posted?") is not one.
        stated = [sp for sp in content
                  if (sp in requests or _WOULD_BE_GLAD.search(folded, sp[0], sp[1]))
                  and not _ENDS_QUESTION.search(folded, sp[0], sp[1])]
        if not stated:
            asked = next((sp for sp in reversed(content)
                          if _ENDS_QUESTION.search(folded, sp[0], sp[1])
                          and _TO_THEM.search(folded, sp[0], sp[1])
                          and _ASKS_INSIDE.search(folded[sp[0]:sp[1]])), None)
    if asked:
        add(rules.finding("asks-as-question", "pass", span=asked))
    elif requests:
        add(rules.finding("asks-as-question", "fail", "statement", span=requests[-1]))
    else:
        add(rules.finding("asks-as-question", "fail"))

    # length
    values = {"words": words, "characters": characters, "seconds": round(seconds)}
    if channel == "linkedin":
        warn_at, fail_at = int(th.get("linkedin_chars_warn", 251)), int(
            th.get("linkedin_chars_fail", 301))
        level = "fail" if characters >= fail_at else "warn" if characters >= warn_at else "pass"
        add(rules.finding("length", level, f"{level}_chars", values=values))
    elif channel == "phone":
        warn_at, fail_at = float(th.get("phone_seconds_warn", 45.5)), float(
            th.get("phone_seconds_fail", 60.5))
        level = "fail" if seconds >= fail_at else "warn" if seconds >= warn_at else "pass"
        add(rules.finding("length", level, f"{level}_seconds", values=values))
    else:
        warn_at = int(th.get(f"{channel}_words_warn", 100))
        fail_at = int(th.get(f"{channel}_words_fail", 151))
        level = "fail" if words >= fail_at else "warn" if words >= warn_at else "pass"
        add(rules.finding("length", level, f"{level}_words", values={**values, "limit": warn_at}))

    # attaches-resume: attaching it, or offering to send it, both make it an application
    attached = earliest(
        _ATTACH, keyed, folded, lower,
        lambda m: not is_negated(folded, m.start(), m.end(), sentence_of(spans, m.start())[0]),
    )
    add(rules.finding("attaches-resume", "fail", span=attached.span()) if attached else
        rules.finding("attaches-resume", "pass"))

    # placeholders
    holes = sorted(m.span() for p, needs in _PLACEHOLDER_NEEDS
                   if needs is None or any(map(folded.__contains__, needs))
                   for m in p.finditer(folded))
    if holes:
        s, e = holes[0]
        # One gap, or several, each with its own message rather than "gap(s)". (A rules file
        # edited before "many" existed keeps its one message.)
        many = len(holes) > 1 and "many" in rules.rules.get("placeholders", {})
        add(rules.finding("placeholders", "fail", "many" if many else None, span=(s, e),
                          values={"phrase": text[s:e], "count": len(holes)}))
    else:
        add(rules.finding("placeholders", "pass"))

    # polite: thanks, or a greeting with a courteous close; never a demand, never chat-speak
    demand = _first(_DEMANDS, folded, None, keyed, lower)
    m = _found(_POLITE, folded, lower)
    tone = _informal(folded)
    if tone:
        add(rules.finding("polite", "fail", "tone", span=tone,
                          values={"phrase": text[tone[0]:tone[1]]}))
    elif demand:
        add(rules.finding("polite", "fail", "demand", span=demand.span(),
                          values={"phrase": text[demand.start():demand.end()]}))
    elif m and _greets(folded):
        add(rules.finding("polite", "pass", span=m.span()))
    elif _greets(folded) and _found(_CLOSE, folded, lower):
        add(rules.finding("polite", "pass", "courteous"))
    elif channel == "phone" and _greets(folded) and _found(_COURTEOUS_ASK, folded, lower):
        add(rules.finding("polite", "pass", "courteous_ask"))
    else:
        add(rules.finding("polite", "fail"))

    # subject-line
    if channel != "email":
        add(rules.finding("subject-line", "pass", "not_email"))
        skip.add("subject-line")
    elif subject is None:
        add(rules.finding("subject-line", "pass", "unknown"))
        skip.add("subject-line")
    elif not subject.strip():
        add(rules.finding("subject-line", "fail", "empty"))
    elif not _meaningful_subject(subject):
        add(rules.finding("subject-line", "fail", values={"subject": " ".join(subject.split())}))
    elif _only_who(subject, folded, spans):
        add(rules.finding("subject-line", "fail", "who_only",
                          values={"subject": " ".join(subject.split())}))
    else:
        add(rules.finding("subject-line", "pass"))

    # personalised: not the starting draft with only the facts filled in
    if unchanged_template(folded, content):
        add(rules.finding("personalised", "warn"))
    else:
        add(rules.finding("personalised", "pass"))

    add(greeting_finding(rules, text, folded, channel, knows_recipient))  # greets-by-name

    score, capped = weighted_score(rules, OUTREACH_RULES, findings, skip)
    stats = {
        "channel": channel,
        "words": words,
        "characters": characters,
        "sentences": len(content),
        "speaking_seconds": seconds,
    }
    return Report("outreach", score, findings, stats, OUTREACH_RULES, capped,
                  tuple(sorted(skip)))


_SUBJECT_FILLER = frozenset(
    (
        "question", "questions", "quick", "hi", "hello", "hey", "request", "inquiry", "enquiry",
        "meeting", "meet", "follow", "up", "following", "introduction", "intro", "hoping", "help",
        "favor", "favour", "chat", "call", "reaching", "out", "contact", "touch", "greetings",
        "hiya", "time", "minutes", "minute", "re", "fwd", "fw", "no", "subject", "a", "an", "the",
        "from", "to", "for", "of", "with", "my", "your", "you", "me", "i", "and", "or", "about",
        "in", "on", "quick", "small", "brief", "short", "one", "few", "please", "important",
        "urgent", "asap", "message", "note", "email", "hope", "interview", "needs", "need",
        # "Connecting", "Networking", "Hi there", "Checking in": a wish to be in touch, no why
        "connect", "connecting", "networking", "checking", "there", "reach", "greeting", "howdy",
        "seeking", "can", "we", "hoping", "talk", "speak",
        # "Touching base", "Opportunity", "Coffee?", "Introducing myself" (round 15)
        "touching", "base", "opportunity", "opportunities", "coffee", "catch", "catching", "ask",
        "asking", "introducing", "myself", "regarding", "something", "thing",
        # "Thanks!" (round 18)
        "thanks", "thank",
        # "URGENT: please read", "Attention required", "Reply needed" (round 20's probes)
        "read", "attention", "reply", "respond", "response", "required", "needed", "action", "now",
        "today",
        # "Career", "Career question" (round 23's probes): the whole field, no why; "Just
        # saying hello" (round 23)
        "career", "careers", "just", "saying", "say",
    )
)


def _meaningful_subject(subject: str) -> bool:
    """Whether the subject says why they write: a word beyond greetings and fillers."""
    words = [w.lower() for w in WORD_RE.findall(fold(subject))]
    return any(w not in _SUBJECT_FILLER and not w.isdigit() for w in words)


# Who is writing, to whom and when is no reason to open a message: "Hi Dana!", "Hello from
# Elm College", "Dana, Computer Science student - March 3", "Introduction: Jo Smith". Names
# are told apart from topics by the message itself (see _only_who); any other word is a
# topic ("Interested in Your Experience"), and so is a gap ("[Community Name]"), which
# placeholders reports.
_WHO_WORDS = frozenset(
    (
        "student", "students", "graduate", "graduates", "grad", "grads", "major", "majors",
        "candidate", "intern", "year", "first-year", "second-year", "third-year", "final-year",
        "senior", "junior", "sophomore", "freshman", "aspiring", "recent", "current", "new",
        "thanks", "thank", "here", "name", "at", "introductions", "undergrad", "undergraduate",
        "postgrad", "postgraduate", "masters", "master's", "phd", "mba",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "today", "tomorrow",
    )
)
_GAP_IN_SUBJECT = re.compile(r"[\[{<(][^\]}>)]*[\]}>)]|_{2,}")
# The fillers that say nothing but hello: an ask or a wish beside who they are ("Elm
# College student hoping to connect", "Student question") is the model subject many
# career guides give, and passes.
_WHO_FILLER = frozenset(
    (
        "hi", "hello", "hey", "hiya", "howdy", "greetings", "greeting", "there", "introduction",
        "intro", "introducing", "myself", "re", "fwd", "fw", "subject", "a", "an", "the",
        "from", "to", "for", "of", "with", "my", "your", "you", "me", "i", "and", "or", "in",
        "on", "note", "message", "email",
    )
)
_SAYS_WHO = re.compile(r"\b(?:i'm|i\s+am|my\s+name\s+is|this\s+is)\b", re.I)


def _only_who(subject: str, body: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the subject holds nothing but who writes, to whom and when; ``body`` is the
    folded message and ``spans`` its sentences."""
    if _GAP_IN_SUBJECT.search(subject):
        return False
    if not body.strip():
        return False  # no message to tell its names from its topics
    # The names: capitalised words of the greeting's and the signature's own lines ("Dear
    # Dana,", "Jo Smith") and of the sentences where the sender says who they are ("I'm a
    # student at Elm College"). A role or company named elsewhere ("I applied for the
    # Junior Analyst opening") is what the message is about.
    names: set[str] = set()
    for line in body.splitlines():
        words = WORD_RE.findall(line)
        if len(words) <= 4:
            names.update(w.lower() for w in words if w[:1].isupper())
    for start, end in spans:
        sentence = body[start:end]
        if _SAYS_WHO.search(sentence):
            names.update(w.lower() for w in WORD_RE.findall(sentence) if w[:1].isupper())
    for word in WORD_RE.findall(fold(subject)):
        low = word.lower()
        if low in _WHO_FILLER or low in _WHO_WORDS or word.isdigit():
            continue
        if word[:1].isupper() and low in names:
            continue
        return False
    return True


_PAST_PRAISE = re.compile(
    r"\b(?:was|were|been|it's|its)\s+(?:so\s+|really\s+|very\s+)?(?:great|nice|good|lovely"
    r"|wonderful|helpful|interesting|fun|a\s+pleasure)\s+(?:to\s+)?$",
    _I,
)
_JOB_OBJECT = re.compile(
    r"(?:\s+[\w&'-]+){0,4}?\s+(?:opportunit|openings?|positions?|vacanc|hiring"
    # (The sender's own search is no opening: "any advice you have for my job hunt".)
    r"|jobs?\b(?!\s+(?:of|is|involves|entails|looks|like|really|hunt|hunting|search|searching"
    r"|market)\b))",
    _I,
)


# The job they hold, or the job as a subject: "learn from someone in your position", "the
# realities of the job". Openings, or jobs at their firm, are still a way in.
_THEIR_JOB = re.compile(
    r"\b(?:your|the|this|that|a\s+typical|such\s+a)\s+(?:[\w-]+\s+)?(?:job|position|role)$"
    # where the sender stands: "what would you advise someone in my position?" (round 15)
    r"|\b(?:in|from)\s+my\s+position$",
    _I,
)


_OWN = re.compile(
    r"\b(?:i\s+have|i've|i've\s+got|i\s+had|i\s+bring|gained|gaining|gain|with|bring|my|got)"
    r"\s+(?:a\s+(?:bit|lot)\s+of\s+|lots\s+of\s+|all\s+)?$",
    _I,
)


# A meeting to sell is not a wish to learn: "how your team could benefit from our services",
# "show you what our platform can do".
_SELLING = re.compile(
    r"\b(?:benefit\s+from|make\s+use\s+of|use|try|buy|about)\s+our\s+(?:[\w-]+\s+)?(?:services?"
    r"|products?|platform|solutions?|software|tool|offering|agency|firm)\b"
    r"|\b(?:what|how)\s+our\s+(?:[\w-]+\s+)?(?:services?|products?|platform|solutions?|software"
    r"|tool|team|agency|firm)\s+(?:can|could|would)\b"
    # Selling oneself: "talk about how my background in sales could help your team".
    r"|\b(?:what|how)\s+(?:my|our)\s+(?:[^\s.!?]+\s+){1,5}?(?:can|could|would|might|will)\s+"
    r"(?:really\s+)?(?:help|benefit|serve|support|strengthen|contribute\s+to|add\s+value\s+to"
    # "how my background could fit what your team needs" (round 15)
    r"|fit\s+(?:in\s+)?(?:with\s+|into\s+)?(?:what\s+)?)\s*(?:you\b|your)",
    re.I,
)
# "I understand how busy you are", "we understand how much depends on it": what the sender
# already knows, not a wish to learn ("I'd like to understand how", "so I can understand").
_ALREADY_UNDERSTOOD = re.compile(
    r"\b(?:i|we)\s+(?:fully\s+|really\s+|truly\s+|completely\s+"
    r"|totally\s+|certainly\s+|do\s+|already\s+|well\s+)?$",
    re.I,
)


def _purpose(
    folded: str, keyed: str | None = None, low: str | None = None
) -> re.Match[str] | None:
    """The first wish to learn that is neither past praise ("it was great to hear about
    your team") nor about openings ("learning about opportunities at your firm")."""
    keyed = fold_for_keys(folded) if keyed is None else keyed
    low = lowered(folded) if low is None else low

    # (Case-free on the lowered text where they can be: the same answers, found faster.)
    (praise, on_praise), (own, on_own), (selling, on_selling) = (
        _on(_PAST_PRAISE, folded, low), _on(_OWN, folded, low), _on(_SELLING, folded, low))

    def a_wish_to_learn(m: re.Match[str]) -> bool:
        if praise.search(on_praise, max(0, m.start() - 30), m.start()):
            return False
        if own.search(on_own, max(0, m.start() - 25), m.start()):
            return False  # "so I have some experience": their own, not a wish to hear theirs
        if m.group()[:10].lower().startswith("understand") and _ALREADY_UNDERSTOOD.search(
                folded, max(0, m.start() - 25), m.start()):
            return False
        if selling.search(on_selling, m.start(), min(len(folded), m.end() + 80)):
            return False  # "talk through how your studio could use our services": a pitch
        if (
            m.group().lower().startswith(("learning", "hearing"))
            and _opens_sentence(folded, m.start())
            and _OWN_INTEREST.match(folded, m.end(), min(len(folded), m.end() + 120))
        ):
            return False  # "Learning about other cultures has always fascinated me"
        job = _JOB_OBJECT.match(folded, m.end(), min(len(folded), m.end() + 60))
        return not (job and not _THEIR_JOB.search(job.group()))

    return earliest(_PURPOSE, keyed, folded, low, a_wish_to_learn)


def _opens_sentence(folded: str, start: int) -> bool:
    before = folded[max(0, start - 6):start]
    return not before.strip() or before.rstrip(" \t")[-1:] in ".!?\n" or not before.rstrip()


# Learning as the sender's own pastime, the subject of its sentence: "Learning about other
# cultures has always fascinated me", "hearing how things work excites me". No wish to learn
# from them is in it.
_OWN_INTEREST = re.compile(
    r"[^.!?\n]{0,100}?\b(?:has|have)\s+(?:always|long|ever|often)\s+(?:been\s+)?(?:fascinat\w*"
    r"|interest\w*|excit\w*|drawn|appeal\w*|intrigu\w*|captivat\w*|thrill\w*|a\s+passion)"
    r"|[^.!?\n]{0,100}?\b(?:fascinates|excites|interests|thrills|intrigues)\s+me\b",
    re.I,
)


# A name signed under a closing: "Best,\nNadia", "Thank you, Lee Park". The name tells them
# who is writing (the label guide: "name, or what they study or do"). A bare "- Name" under a
# stock LinkedIn invitation is the tool's signature: a name alone counts only beside what the
# sender does (see _bare_name).
# A title or letters after a signed name on its line: "Jo Park, BSc", "Jo Park | MSc
# student" (capitalised: "Thank you, Dana, for your time." ends on the reader's name).
_AFTER_NAME = r"(?:[ \t]*[,|\u2013\u2014][ \t]*(?!I\b)[A-Z0-9][^\n]{0,60}?)?"
_SIGNATURE = re.compile(
    r"(?:(?i:regards|best|thanks|thank\s+you|sincerely|cheers|warmly|cordially|wishes|gratitude"
    r"|appreciation|respectfully|yours|take\s+care|all\s+the\s+best|many\s+thanks|faithfully"
    r"|truly|kindly)[ \t]*[,.!]?)[ \t]*[\n ,]\s*"
    r"(?!(?:Regards|Wishes|Thanks|Sincerely|Yours|Best|Luck|Again|So|Very)\b)"
    r"(?:[A-Z][a-z'-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][A-Za-z'-]+)){0,2}|\[[^\[\]\n]{1,30}\])"
    rf"{_AFTER_NAME}[ \t]*[.!]?\s*(?:\n[^\n]{{0,60}}){{0,5}}\Z"
    # A full name alone on one of the last lines, no closing needed: "Maria Lopez\nJunior, ...",
    # or a name after a dash: "-Samuel Hart", "\u2014 Lee". One "^" for both: the text's every
    # line start is tried once.
    r"|^[ \t]*(?:(?!(?:Best|Kind|Warm|Many|Thank|Thanks|Regards|Sincerely|Yours|All|With"
    r"|Looking|Have|Take|Hope|Cheers|Dear|Hi|Hello)\b)[A-Z][a-z'-]+(?:[ \t]+(?:[A-Z]\.|[A-Z]"
    r"[a-z'-]+)){1,2}|[-\u2013\u2014~][ \t]*[A-Z][a-z'-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z'-]+)){0,2})"
    rf"{_AFTER_NAME}[ \t]*(?:\n[^\n]{{0,60}}){{0,5}}\Z",
    re.M,
)


# A signed first name alone tells a stranger nothing of who is writing ("Best, Ines"); it
# introduces the sender only when the message also says what they do or have done ("I grew
# Tapkit to ...", "my application for the internship"). A full name, or a name over a line
# of title or contact details, is enough on its own.
# A short note signed on its last line, after the last sentence: "... appreciate it. Tomás."
_SIGNED_INLINE = re.compile(
    r"(?<=[.!?])[ \t]+(?!(?:Thanks|Thank|Cheers|Best|Regards|Sincerely|Soon|Again|Please|Bye"
    r"|Ciao|Later|Appreciated|Yours|Warmly|Onward|Onwards|Enjoy)\b)[A-Z][^\W\d_]{1,20}"
    r"[ \t]*[.!]?[ \t]*\Z"
)
_SELF_TOLD = re.compile(
    r"\bi\s+(?:recently\s+|just\s+|also\s+)?(?:grew|built|founded|co-?founded|led|ran|created"
    r"|launched|started|managed|designed|developed|worked|studied|graduated|trained|taught"
    r"|joined|moved|spent|completed|finished)\b"
    r"|\b(?:i|me|my)\b[^.!?\n]{0,40}\b(?:study|studying|studied)\s+\w"
    r"|\bmy\s+(?:application|background|experience|degree|studies|major|thesis|research"
    r"|internship|job|role|team|company|startup|firm|course|program(?:me)?|class)\b"
    r"|\b(?:most\s+recently|currently|previously|formerly)\s+(?:a|an|the|at|with|working)\b",
    re.I,
)


def _bare_name(signed: re.Match[str]) -> bool:
    """Whether the signature is a name and nothing else: one word under the closing, or a
    name after a dash ("- Corey Madsen" under a stock invitation says nothing of who)."""
    lines = [line for line in signed.group().splitlines() if line.strip()]
    last = lines[-1].strip()
    if len(lines) == 1 and last[:1] in "-\u2013\u2014~":
        return True
    # A last line of contact details ("niamh@example.com") is more than a name.
    return (
        len(lines) <= 2 and len(last.split()) == 1
        and not any(ch in last for ch in "[@0123456789")
    )


def _introduction(
    folded: str, keyed: str | None = None, low: str | None = None
) -> re.Match[str] | None:
    signed = _signature(folded)
    if signed is not None and _bare_name(signed) and not _SELF_TOLD.search(folded):
        signed = None
    keyed = fold_for_keys(folded) if keyed is None else keyed
    low = lowered(folded) if low is None else low
    said = earliest(_INTRO, keyed, folded, low,
                    lambda m: not _NOT_ROLE.search(folded, max(m.end() - 14, m.start()), m.end()))
    if signed is not None and (said is None or signed.start() <= said.start()):
        return signed
    return said


_POSTSCRIPT = re.compile(r"\n\s*(?:P\.\s?S\.|PS[:.,]|P\.S\b)[^\n]*(?:\n[^\n]*)*\Z")


def _signature(folded: str) -> re.Match[str] | None:
    """The signed name at the end of the message, or None."""
    # The closing and the name sit in the last few lines: the search starts there.
    end = len(folded.rstrip())
    # A P.S. under the signature ("P.S. We share 14 connections ...") is not where it ends.
    ps = _POSTSCRIPT.search(folded, max(0, end - 400))
    if ps:
        folded = folded[:ps.start()]
        end = len(folded.rstrip())
    # Up to seven lines back (a closing over a block of contact lines), but no further than
    # the first long line: under a closing, every line is short, so a long one is body text.
    tail = end
    for _ in range(7):
        previous = tail
        tail = folded.rfind("\n", max(0, end - 300), tail)
        if tail <= 0:
            tail = max(0, end - 300)
            break
        if previous - tail > 80:
            break
    return _SIGNATURE.search(folded, tail) or _SIGNED_INLINE.search(folded, max(0, end - 40))


def _quote(text: str, span: tuple[int, int], limit: int = 70) -> str:
    # Trailing full stops are dropped: the message around the quote brings its own.
    chunk = " ".join(text[span[0]:span[1]].split()).rstrip(".")
    return chunk if len(chunk) <= limit else chunk[: limit - 1].rstrip() + "…"


def _first(
    patterns: list[re.Pattern[str]], folded: str, skip: list[tuple[int, int]] | None = None,
    keyed: str | None = None, low: str | None = None,
) -> re.Match[str] | None:
    """The earliest match of any pattern that does not lie inside one of ``skip``."""
    keyed = fold_for_keys(folded) if keyed is None else keyed
    low = lowered(folded) if low is None else low
    if not skip:
        return earliest(patterns, keyed, folded, low)
    return earliest(patterns, keyed, folded, low,
                    lambda m: not any(a <= m.start() < b for a, b in skip))
