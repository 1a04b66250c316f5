"""Coaching after a meeting: rules that turn one reflection into concrete next steps.

Each rule looks at the reflection the learner just wrote (and, where it matters, their
other reflections and contacts) and returns a :class:`Suggestion` with a stable id, a level
(``pass`` nothing to do, ``warn`` worth doing, ``fail`` overdue) and a message in plain
words. Rules, not guesses: every suggestion names the fact that triggered it.

Pure: no widgets, no store. Every message, the fallback questions, the thank-you draft's
sentences and the tuning (what counts as a hard sell or a low rating) come from
``data/reflect.toml`` (:mod:`infoint.reflect_content`). The reflect step's model shows
these; tests call them directly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from infoint.model import CATEGORIES, Contact, Learner, Reflection
from infoint.reflect_content import ReflectContent, reflect_content

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
    "new_names",
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

def _content() -> ReflectContent:
    return reflect_content()


def _say(key: str, **values: object) -> str:
    return _content().text("coaching", key, **values)


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
    return _content().category(category, "question")


def new_people(reflection: Reflection, contacts: Iterable[Contact] = ()) -> list[str]:
    """Suggested people who are not in the learner's contacts yet."""
    return new_names(reflection.suggested_people, contacts)


def new_names(names: Iterable[str], contacts: Iterable[Contact] = ()) -> list[str]:
    """The ``names`` that are not in the learner's contacts yet (case and spacing ignored)."""
    known = {_norm(c.name) for c in contacts}
    return [p for p in names if _norm(p) not in known]


def suggested_contacts(
    reflection: Reflection, met: Contact | None, contacts: Iterable[Contact] = ()
) -> list[Contact]:
    """New step-1 contacts for the people an informant suggested, the referral recorded."""
    introducer = met.name if met is not None else ""
    organisation = met.organisation if met is not None else ""
    out = []
    for person in new_people(reflection, contacts):
        note = _say("referral_note", introducer=introducer or _say("an_informant"),
                    met_on=reflection.met_on.isoformat())
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
            out.append(Suggestion(SEND_THANKS, "fail", _say("send_thanks_overdue", due=due),
                                  due=due))
        else:
            out.append(Suggestion(SEND_THANKS, "warn", _say("send_thanks_due", due=due),
                                  due=due))
    else:
        sent = reflection.thank_you_sent_on
        keep = _keep_in_touch(sent)
        out.append(Suggestion(KEEP_IN_TOUCH, "pass", _say("keep_in_touch", sent=sent, due=keep),
                              due=keep))

    if reflection.tone in ("negative", "mixed"):
        mood = _say("mood_negative" if reflection.tone == "negative" else "mood_mixed")
        out.append(Suggestion(TALK_TO_ANOTHER, "warn",
                              _say("talk_to_another", mood=mood, field=reflection.field)))

    people_met = informants_in_field(reflection, others)
    if people_met < 2:
        out.append(Suggestion(ONE_INTERVIEW, "warn",
                              _say("one_interview", field=reflection.field)))
    else:
        out.append(Suggestion(ONE_INTERVIEW, "pass",
                              _say("more_interviews", count=people_met, field=reflection.field)))

    low_rating = int(_content().tuning("low_rating"))
    low = [d for d, v in reflection.ratings.items() if v <= low_rating]
    if (reflection.pitch_strength or 0) >= int(_content().tuning("strong_pitch")) and low:
        out.append(Suggestion(PITCH_CONTRADICTED, "warn",
                              _say("pitch_contradicted", dimensions=_join(low), low=low_rating)))

    missing = [c for c in CATEGORIES if c not in reflection.learned]
    if missing:
        questions = tuple(questions_for(c, reflection.field) for c in missing)
        out.append(Suggestion(ASK_NEXT_TIME, "warn", _say("ask_next_time", topics=_join(missing)),
                              questions=questions))
    else:
        out.append(Suggestion(ASK_NEXT_TIME, "pass", _say("every_topic")))

    fresh = new_people(reflection, contacts)
    if fresh:
        people = _say("person" if len(fresh) == 1 else "people")
        out.append(Suggestion(ADD_PEOPLE, "warn",
                              _say("add_people", count=len(fresh), people=people),
                              people=tuple(fresh)))
    elif reflection.suggested_people:
        out.append(Suggestion(ADD_PEOPLE, "pass", _say("everyone_known")))

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


def specific_takeaway(reflection: Reflection, limit: int = 180) -> tuple[str, str]:
    """(topic, first sentence) of the most useful note, or ("", "") when nothing is noted."""
    # Where a specific takeaway is most likely hiding, best first (tuning in the data).
    candidates = [
        (c, reflection.surprises if c == "surprises" else reflection.learned.get(c, ""))
        for c in _content().tuning("takeaway_order")
    ]
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
    words = " ".join(field.split())
    return _content().text("thank_you", "subject",
                           field=words or _content().text("thank_you", "subject_no_field"))


def draft_thank_you(
    reflection: Reflection, contact_name: str = "", learner: Learner | None = None
) -> str:
    """A first thank-you draft: thanks, one specific thing learned, may I ask again, contact
    details. The learner is expected to rewrite it in their own voice."""
    content = _content()

    def say(key: str, **values: object) -> str:
        return content.text("thank_you", key, **values)

    first = (contact_name or "").split()[0] if contact_name.strip() else ""
    greeting = say("greeting", first=first) if first else say("greeting_no_name")
    topic, sentence = specific_takeaway(reflection)
    if sentence:
        # The note quotes after a colon, mid-sentence: no capital there unless it is a name.
        sentence = quote_mid_sentence(sentence, [contact_name, *reflection.suggested_people])
        if topic == "advice":
            specific = say("specific_advice", sentence=sentence)
        elif topic == "surprises":
            specific = say("specific_surprise", sentence=sentence)
        else:
            specific = say("specific_topic", topic=content.category(topic, "topic"),
                           sentence=sentence)
    else:
        specific = say("specific_missing")
    sign = []
    if learner is not None:
        sign.append(learner.name)
        sign += [x for x in (learner.email, learner.phone) if x]
    signature = "\n".join(sign) if sign else say("signature_missing")
    opening = say("opening", field=reflection.field, met_on=reflection.met_on)
    return (
        f"{greeting}\n\n{opening} {specific}\n\n{say('closing')}\n\n"
        f"{say('sign_off')}\n{signature}"
    )
