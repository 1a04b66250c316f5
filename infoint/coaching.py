"""Coaching after a meeting: rules that turn one reflection into concrete next steps.

Each rule looks at the reflection the learner just wrote (and, where it matters, their
other reflections and contacts) and returns a :class:`Suggestion` with a stable id, a level
(``pass`` nothing to do, ``warn`` worth doing, ``fail`` overdue) and a message in plain
words. Rules, not guesses: every suggestion names the fact that triggered it.

Pure: no widgets, no store. The reflect app shows these; tests call them directly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from infoint.model import CATEGORIES, Contact, Learner, Reflection

__all__ = [
    "ADD_PEOPLE",
    "ASK_NEXT_TIME",
    "KEEP_IN_TOUCH",
    "ONE_INTERVIEW",
    "PITCH_CONTRADICTED",
    "RULE_IDS",
    "SEND_THANKS",
    "TALK_TO_ANOTHER",
    "Suggestion",
    "coach",
    "draft_thank_you",
    "informants_in_field",
    "meeting_date_problem",
    "new_people",
    "questions_for",
    "quote_mid_sentence",
    "specific_takeaway",
    "suggested_contacts",
    "thank_you_subject",
]

TALK_TO_ANOTHER = "talk-to-another-person"
ONE_INTERVIEW = "one-interview-in-field"
PITCH_CONTRADICTED = "pitch-contradicted"
ASK_NEXT_TIME = "ask-next-time"
ADD_PEOPLE = "add-suggested-people"
SEND_THANKS = "send-thank-you"
KEEP_IN_TOUCH = "keep-in-touch"
RULE_IDS = (
    SEND_THANKS,
    TALK_TO_ANOTHER,
    ONE_INTERVIEW,
    PITCH_CONTRADICTED,
    ASK_NEXT_TIME,
    ADD_PEOPLE,
    KEEP_IN_TOUCH,
)

#: A pitch this strong (1..5) is a hard sell.
STRONG_PITCH = 4
#: A rating this low (1..5) on any dimension means something important does not suit.
LOW_RATING = 2

# Used when the question bank cannot be loaded: one open question per category.
_FALLBACK_QUESTIONS = {
    "getting started": "How did you get started in this work?",
    "career paths": "Where do people in your role usually go next?",
    "daily workload": "What does a normal week look like for you?",
    "lifestyle": "How does this work shape the rest of your life, hours and travel included?",
    "qualifications": "Which qualifications or skills made the biggest difference for you?",
    "advice": "What would you tell someone in my position who is considering this field?",
    "breaking in": "What is the best first step for someone trying to get into this field?",
}

_TOPIC_WORDS = {
    "getting started": "how you got started",
    "career paths": "career paths",
    "daily workload": "your normal working week",
    "lifestyle": "the lifestyle",
    "qualifications": "qualifications",
    "advice": "your advice",
    "breaking in": "getting into the field",
}


@dataclass(frozen=True)
class Suggestion:
    """One piece of after-meeting coaching."""

    id: str
    level: str
    message: str
    questions: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    due: date | None = None


def _norm(text: str) -> str:
    return " ".join((text or "").casefold().split())


def informants_in_field(reflection: Reflection, others: Iterable[Reflection]) -> int:
    """Different people met about this reflection's field, this meeting included."""
    field = _norm(reflection.field)
    people = {_who(reflection)}
    for r in others:
        if _norm(r.field) == field and (r.id is None or r.id != reflection.id):
            people.add(_who(r))
    return len(people)


def _who(r: Reflection) -> tuple:
    return ("contact", r.contact_id) if r.contact_id is not None else ("reflection", id(r), r.id)


def questions_for(category: str, field: str = "") -> str:
    """One good question about ``category``: the field's own bank question if there is one."""
    try:
        from infoint.bank import load_bank

        bank = load_bank()
        pool = bank.filter(category=category, field=field, include_general=False) if field else []
        pool = pool or bank.filter(category=category, field="")
        if pool:
            return pool[0].text
    except Exception:  # a broken instructor bank must not break coaching
        pass
    return _FALLBACK_QUESTIONS[category]


def new_people(reflection: Reflection, contacts: Iterable[Contact] = ()) -> list[str]:
    """Suggested people who are not in the learner's contacts yet."""
    known = {_norm(c.name) for c in contacts}
    return [p for p in reflection.suggested_people if _norm(p) not in known]


def suggested_contacts(
    reflection: Reflection, met: Contact | None, contacts: Iterable[Contact] = ()
) -> list[Contact]:
    """New step-1 contacts for the people an informant suggested, the referral recorded."""
    introducer = met.name if met is not None else ""
    organisation = met.organisation if met is not None else ""
    out = []
    for person in new_people(reflection, contacts):
        note = f"Suggested by {introducer or 'an informant'} on {reflection.met_on.isoformat()}"
        if organisation:
            note += f" ({organisation})"
        out.append(
            Contact(
                name=person,
                field=reflection.field,
                relationship="referral",
                referred_by=introducer,
                status="identified",
                source="reflection",
                notes=note + ".",
            )
        )
    return out


def coach(
    reflection: Reflection,
    others: Sequence[Reflection] = (),
    contacts: Sequence[Contact] = (),
    today: date | None = None,
) -> list[Suggestion]:
    """Every suggestion for ``reflection``, most urgent first (fail, then warn, then pass)."""
    today = today or date.today()
    out: list[Suggestion] = []

    due = reflection.met_on + timedelta(days=1)
    if reflection.thank_you_sent_on is None:
        if today > due:
            out.append(Suggestion(
                SEND_THANKS, "fail",
                f"Your thank-you was due by {due:%A %d %B}. Send it today: late thanks beat "
                "none. Mention one specific thing you learned.",
                due=due,
            ))
        else:
            out.append(Suggestion(
                SEND_THANKS, "warn",
                "Send a thank-you within a day of the meeting, by "
                f"{due:%A %d %B}. Name one specific thing you learned and ask whether you "
                "may get in touch again.",
                due=due,
            ))
    else:
        keep = _keep_in_touch(reflection.thank_you_sent_on)
        out.append(Suggestion(
            KEEP_IN_TOUCH, "pass",
            f"Thank-you sent on {reflection.thank_you_sent_on:%d %B}. Keep the connection "
            f"alive: a short update around {keep:%d %B %Y} on how your search is going.",
            due=keep,
        ))

    if reflection.tone in ("negative", "mixed"):
        mood = "negatively" if reflection.tone == "negative" else "with mixed feelings"
        out.append(Suggestion(
            TALK_TO_ANOTHER, "warn",
            f"They spoke {mood} about their work. Listen to why, but remember it may be "
            "their own experience or their employer rather than the field. Talk to at "
            "least one more person in "
            f"{reflection.field} before you decide.",
        ))

    people_met = informants_in_field(reflection, others)
    if people_met < 2:
        out.append(Suggestion(
            ONE_INTERVIEW, "warn",
            f"This is the only person you have met about {reflection.field} so far. One view "
            "is one story: talk to more people before judging whether the field fits you.",
        ))
    else:
        out.append(Suggestion(
            ONE_INTERVIEW, "pass",
            f"You have now heard from {people_met} people about {reflection.field}: "
            "compare their views on the My journey page.",
        ))

    low = [d for d, v in reflection.ratings.items() if v <= LOW_RATING]
    if (reflection.pitch_strength or 0) >= STRONG_PITCH and low:
        out.append(Suggestion(
            PITCH_CONTRADICTED, "warn",
            "They sold the job hard, yet you rated "
            f"{_join(low)} at {LOW_RATING} or below. A good pitch is not a good fit: do not "
            "feel pressured. Reassess what matters to you and hear from other people.",
        ))

    missing = [c for c in CATEGORIES if c not in reflection.learned]
    if missing:
        questions = tuple(questions_for(c, reflection.field) for c in missing)
        out.append(Suggestion(
            ASK_NEXT_TIME, "warn",
            f"Nothing noted yet on {_join(missing)}. If you did talk about it, add a line "
            "while you still remember; if not, ask next time:",
            questions=questions,
        ))
    else:
        out.append(Suggestion(
            ASK_NEXT_TIME, "pass", "You noted something on every topic. Well done."
        ))

    fresh = new_people(reflection, contacts)
    if fresh:
        out.append(Suggestion(
            ADD_PEOPLE, "warn",
            f"They suggested {len(fresh)} {'person' if len(fresh) == 1 else 'people'} to talk "
            "to. Add them to your contacts, with the referral noted, so step 1 can help you "
            "reach out.",
            people=tuple(fresh),
        ))
    elif reflection.suggested_people:
        out.append(Suggestion(
            ADD_PEOPLE, "pass", "Everyone they suggested is already in your contacts."
        ))

    order = {"fail": 0, "warn": 1, "pass": 2}
    return sorted(out, key=lambda s: order[s.level])


def _keep_in_touch(thanked_on: date) -> date:
    from infoint.contacts import keep_in_touch_due

    return keep_in_touch_due(thanked_on)


def _join(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# Where a specific takeaway is most likely hiding, best first.
_TAKEAWAY_ORDER = ("advice", "breaking in", "daily workload", "career paths", "qualifications",
                   "lifestyle", "getting started")


def specific_takeaway(reflection: Reflection, limit: int = 180) -> tuple[str, str]:
    """(topic, first sentence) of the most useful note, or ("", "") when nothing is noted."""
    candidates = [(c, reflection.learned.get(c, "")) for c in _TAKEAWAY_ORDER]
    candidates.insert(1, ("surprises", reflection.surprises))
    for topic, text in candidates:
        text = " ".join(text.split())
        if not text:
            continue
        sentence = _SENTENCE.split(text, maxsplit=1)[0].rstrip(".!? ")
        if len(sentence) > limit:
            sentence = sentence[:limit].rsplit(" ", 1)[0] + "..."
        return topic, sentence
    return "", ""


def meeting_date_problem(met_on: date | None, today: date) -> str | None:
    """Why a meeting date cannot be saved, or None when it can.

    A reflection is written after the meeting, so a date after today is a slip of the
    date picker; saving it would put the meeting in the future in My journey."""
    if met_on is None:
        return "is required: pick the day you met"
    if met_on > today:
        return f"cannot be in the future: you met on or before {today:%d %B %Y}"
    return None


# A word stays as typed when it is an acronym (VITA), has inner capitals (McKinsey, iPhone),
# is "I" in any form, or starts a run of capitalised words (a name such as "Grace Ho").
_KEEP_CASE = re.compile(r"^(I|I'.*|.+[A-Z].*)$")


def quote_mid_sentence(text: str, names: Iterable[str] = ()) -> str:
    """``text`` ready to follow a colon mid-sentence: its first letter lower-cased.

    "Get a VITA certificate" becomes "get a VITA certificate"; acronyms, "I", words with
    inner capitals, the given ``names`` and runs of capitalised words keep their case."""
    words = text.split(" ")
    first = words[0] if words else ""
    if not first[:1].isupper():
        return text
    bare = first.rstrip(",;:.!?'\"")
    following = words[1] if len(words) > 1 else ""
    known = {part for name in names for part in name.split()}
    if (
        _KEEP_CASE.match(bare)
        or bare in known
        or (following[:1].isupper() and not _KEEP_CASE.match(following))
    ):
        return text
    return first[0].lower() + text[1:]


def thank_you_subject(field: str) -> str:
    """A plain subject line for the thank-you email."""
    return f"Thank you for talking with me about {' '.join(field.split()) or 'your work'}"


def draft_thank_you(
    reflection: Reflection, contact_name: str = "", learner: Learner | None = None
) -> str:
    """A first thank-you draft: thanks, one specific thing learned, may I ask again, contact
    details. The learner is expected to rewrite it in their own voice."""
    first = (contact_name or "").split()[0] if contact_name.strip() else ""
    greeting = f"Dear {first}," if first else "Hello,"
    topic, sentence = specific_takeaway(reflection)
    if sentence:
        # The note quotes after a colon, mid-sentence: no capital there unless it is a name.
        sentence = quote_mid_sentence(sentence, [contact_name, *reflection.suggested_people])
        if topic == "advice":
            specific = f"I keep coming back to the advice you shared: {sentence}."
        elif topic == "surprises":
            specific = f"I learned something that surprised me: {sentence}."
        else:
            about = _TOPIC_WORDS[topic]
            specific = f"I keep coming back to what you said about {about}: {sentence}."
    else:
        specific = "[Name one specific thing you learned, and why it matters to you.]"
    sign = []
    if learner is not None:
        sign.append(learner.name)
        sign += [x for x in (learner.email, learner.phone) if x]
    signature = "\n".join(sign) if sign else "[Your name]\n[Your email or phone]"
    return (
        f"{greeting}\n\n"
        f"Thank you for taking the time to talk with me about {reflection.field} on "
        f"{reflection.met_on:%A}. {specific}\n\n"
        "It helped me see more clearly whether this path suits me. May I get in touch "
        "again if more questions come up?\n\n"
        f"With thanks,\n{signature}"
    )
