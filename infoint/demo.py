"""A synthetic class for demos, dashboards, notebooks and benchmarks.

``generate_demo`` writes a reproducible class into any store (SQLite or PostgreSQL):
learners with profiles, contacts across relationships and pipeline stages, outreach
drafts (some sent), plans, meetings and reflections whose ratings follow a per-field
tendency plus noise. A few learners are stuck (contacts but nothing sent), a few have
follow-ups overdue, a few reflections are negative, and most are shared with consent.

Everything is drawn from one seeded :class:`random.Random` and dated relative to a
fixed ``today``, so the same seed and day give the same class, row for row. The class
is generated, never committed as a data file. All names, organisations, emails and
phone numbers are invented (``example.org`` addresses, 555-01xx numbers).

Writes go through :meth:`Store.open` (one store per learner, contacts in one
``add_contacts`` transaction) so the demo exercises the same code paths as the apps;
``bulk=True`` writes the same kind of rows with SQLAlchemy Core in one transaction,
for benchmarks with hundreds of learners.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import bindparam, delete, select, update

from infoint import schema
from infoint.contacts import add_business_days
from infoint.model import (
    CATEGORIES,
    DIMENSIONS,
    Contact,
    Learner,
    Meeting,
    Outreach,
    Plan,
    Reflection,
)
from infoint.store import Store, StoreError

__all__ = ["DEMO_FIELDS", "DEMO_PREFIX", "DemoSummary", "generate_demo"]

DEMO_PREFIX = "demo-"

# The six field packs of the question bank, in the bank's own spelling.
DEMO_FIELDS = (
    "accounting",
    "software engineering",
    "nursing and health care",
    "teaching",
    "marketing and communications",
    "research and academia",
)

# How each field tends to strike a newcomer, per fit dimension (1-5). Chosen so the
# analysis has something to find: nursing scores values high and lifestyle low,
# research the reverse of a clear career path, accounting a steady career ladder.
TENDENCY: dict[str, tuple[float, ...]] = {
    #                               daily  life  path  quals values overall
    "accounting":                   (3.1, 3.9, 4.2, 3.5, 3.2, 3.4),
    "software engineering":         (3.9, 3.6, 3.8, 3.6, 3.5, 4.0),
    "nursing and health care":      (3.7, 2.6, 3.9, 3.1, 4.4, 3.8),
    "teaching":                     (3.8, 3.0, 3.1, 4.0, 4.3, 3.6),
    "marketing and communications": (3.6, 3.4, 3.2, 3.9, 3.1, 3.5),
    "research and academia":        (4.1, 2.8, 2.5, 2.7, 3.9, 3.6),
}
_GENERIC_TENDENCY = (3.5, 3.3, 3.4, 3.4, 3.6, 3.5)

# How often a learner writes something under each question category: breaking in and
# lifestyle are the ones people forget to ask about.
CATEGORY_ASKED = {
    "getting started": 0.92,
    "career paths": 0.85,
    "daily workload": 0.8,
    "lifestyle": 0.45,
    "qualifications": 0.7,
    "advice": 0.75,
    "breaking in": 0.4,
}

FIRST = (
    "Amara", "Bilal", "Chen", "Dara", "Elif", "Femi", "Grace", "Hugo", "Ines", "Jonas",
    "Kavya", "Luca", "Mei", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Samir", "Tess",
    "Umar", "Vera", "Wen", "Ximena", "Yusuf", "Zoe", "Aiko", "Ben", "Carmen", "Diego",
    "Esther", "Farah", "Gael", "Hana", "Ivan", "Jade", "Kofi", "Lena", "Mateo", "Noor",
)
LAST = (
    "Abebe", "Bauer", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito",
    "Jensen", "Kowalski", "Lindqvist", "Mensah", "Novak", "Okafor", "Petrov", "Quispe",
    "Rossi", "Santos", "Tanaka", "Usman", "Varga", "Wright", "Yilmaz", "Zhou", "Alvarez",
    "Brennan", "Chowdhury", "Dlamini", "Esposito",
)
SCHOOLS = (
    "Riverside University", "Northgate College", "Lakeshore Polytechnic",
    "Hillcrest Community College", "Eastbrook University",
)
ORGS: dict[str, tuple[str, ...]] = {
    "accounting": ("Harbour & Pike LLP", "Crestline Audit", "Meridian Tax Services",
                   "City Council Finance Office"),
    "software engineering": ("Lumen Labs", "Northwind Software", "Kestrel Systems",
                             "OpenLedger Cooperative"),
    "nursing and health care": ("St. Brigid Hospital", "Valley Community Clinic",
                                "Riverside Home Care", "Westfield Children's Hospital"),
    "teaching": ("Oakridge Primary School", "Lakeview High School", "Bright Start Academy",
                 "Adult Learning Centre"),
    "marketing and communications": ("Signal & Story", "Brightwave Agency",
                                     "Greenleaf Foods (brand team)", "Civic Radio"),
    "research and academia": ("Institute for Coastal Studies", "Riverside University Lab",
                              "National Survey Office", "Northgate College Library"),
}
ROLES: dict[str, tuple[str, ...]] = {
    "accounting": ("Staff Accountant", "Audit Senior", "Tax Manager", "Payroll Specialist"),
    "software engineering": ("Software Engineer", "Senior Developer", "QA Engineer",
                             "Engineering Manager"),
    "nursing and health care": ("Registered Nurse", "Charge Nurse", "Nurse Practitioner",
                                "Clinical Educator"),
    "teaching": ("Year 4 Teacher", "Science Teacher", "Head of Year", "Adult Educator"),
    "marketing and communications": ("Marketing Coordinator", "Content Strategist",
                                     "Communications Officer", "Brand Manager"),
    "research and academia": ("Research Assistant", "Postdoctoral Researcher",
                              "Lecturer", "Data Librarian"),
}
RELATIONSHIP_WEIGHTS = (
    ("professor", 3), ("family", 2), ("friend", 3), ("career centre", 2), ("alumni", 4),
    ("former colleague", 2), ("referral", 2), ("local professional", 4), ("other", 1),
)

GOALS = (
    "what a normal week looks like and how people got their first role",
    "whether the hours suit a parent, and which qualifications really matter",
    "how people move from entry level to something more senior",
    "which skills I should build in my last year of study",
    "how stressful the work is, and what keeps people in it",
)
OPENERS = (
    "{via} suggested I get in touch with you.",
    "We met briefly at the {school} careers fair last spring.",
    "I am a student at {school} and found your profile through our alumni network.",
    "My professor mentioned your work when I said I was curious about {field}.",
)
ASKS = (
    "Would you have 20 minutes in the next few weeks to tell me how you got started?",
    "Could I ask you a few questions about your work over a 15-minute call?",
    "Would you be open to a short conversation, 20 minutes at most, about your path "
    "into {field}?",
)
CLOSERS = (
    "I am not looking for a job, only trying to understand the work.",
    "Any time that suits you is fine, and I will keep it brief.",
    "Thank you for considering it.",
)
LEARNED: dict[str, tuple[str, ...]] = {
    "getting started": (
        "Started through a placement in the final year of study.",
        "Changed careers after five years in retail.",
        "A volunteer role turned into the first paid position.",
    ),
    "career paths": (
        "Most people move into a specialist track after three or four years.",
        "Management is one path, but senior specialist roles pay similarly.",
        "Many leave for the public sector in their thirties.",
    ),
    "daily workload": (
        "Mornings are meetings; afternoons are heads-down work.",
        "Busy seasons are intense, the rest of the year is calm.",
        "A lot more paperwork than expected.",
    ),
    "lifestyle": (
        "Shift work makes weekends unpredictable.",
        "Hybrid work is normal now, two days in the office.",
        "Evenings are mostly free outside deadlines.",
    ),
    "qualifications": (
        "A professional certificate matters more than the degree title.",
        "A portfolio of real projects opens more doors than grades.",
        "Registration takes about a year after graduating.",
    ),
    "advice": (
        "Talk to people in two or three different organisations before deciding.",
        "Keep notes on every conversation; patterns show up quickly.",
        "Volunteer first to see whether the work suits you.",
    ),
    "breaking in": (
        "Graduate schemes open in the autumn and fill early.",
        "Small firms hire through referrals more than adverts.",
        "Temporary contracts are a common first step.",
    ),
}
SURPRISES: dict[str, tuple[str, ...]] = {
    "accounting": ("How much of the job is explaining numbers to people.",
                   "Audit season means travelling to clients every week."),
    "software engineering": ("Reading other people's code takes more time than writing it.",
                             "Code review is where most of the learning happens."),
    "nursing and health care": ("Handover between shifts is a skill of its own.",
                                "Nurses do far more teaching of patients than I expected."),
    "teaching": ("Planning and marking happen mostly in the evenings.",
                 "Teachers share lesson plans much more than I thought."),
    "marketing and communications": ("Campaigns are judged on data every single week.",
                                     "Writing short is harder and more valued than I knew."),
    "research and academia": ("Grant writing takes as much time as the research.",
                              "Short contracts are normal for the first years."),
}
GENERAL_SURPRISES = (
    "People were far more open about mistakes than I expected.",
    "Nobody I spoke to followed a straight line into the job.",
    "Small employers seem to offer broader experience early on.",
)
NEGATIVE_SURPRISES = (
    "The workload sounded heavier than anyone admits in adverts.",
    "Burnout came up several times; staffing is tight.",
    "Progression seems slow unless you move organisations.",
)
FOLLOW_UPS = (
    "Which certificate to start with, and whether employers pay for it.",
    "How to find a placement for next summer.",
    "",
)


@dataclass
class DemoSummary:
    """What was written, for the CLI to print and tests to check."""

    url: str
    seed: int
    learners: int = 0
    contacts: int = 0
    outreach: int = 0
    sent: int = 0
    plans: int = 0
    meetings: int = 0
    reflections: int = 0
    consented: int = 0
    stuck: list[str] = field(default_factory=list)
    fields: tuple[str, ...] = ()

    def describe(self) -> str:
        return (
            f"demo class (seed {self.seed}) in {self.url}: {self.learners} learners, "
            f"{self.contacts} contacts, {self.outreach} outreach drafts ({self.sent} sent), "
            f"{self.meetings} meetings, {self.reflections} reflections "
            f"({self.consented} shared with consent); stuck: {', '.join(self.stuck) or 'none'}"
        )


# -- the simulation: plain data, no store -------------------------------------------------


@dataclass
class _ContactPlan:
    contact: Contact
    created: date
    drafts: list[tuple[Outreach, date]] = field(default_factory=list)
    events: list[tuple[str, date]] = field(default_factory=list)
    plan: Plan | None = None
    meeting: Meeting | None = None
    reflection: Reflection | None = None


@dataclass
class _LearnerPlan:
    learner_id: str
    profile: Learner
    started: date
    contacts: list[_ContactPlan]
    stuck: bool


def _pick_weighted(rng: random.Random, pairs: Sequence[tuple[str, int]]) -> str:
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for value, weight in pairs:
        x -= weight
        if x <= 0:
            return value
    return pairs[-1][0]


def _clamp(value: float) -> int:
    return max(1, min(5, round(value)))


def _at(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randint(8, 17), rng.choice((0, 15, 30, 45))))


def _simulate_learner(
    rng: random.Random,
    index: int,
    fields_used: Sequence[str],
    today: date,
    *,
    stuck: bool,
    meetings_wanted: int | None = None,
) -> _LearnerPlan:
    learner_id = f"{DEMO_PREFIX}{index + 1:03d}"
    first, last = FIRST[index % len(FIRST)], LAST[(index * 7) % len(LAST)]
    school = rng.choice(SCHOOLS)
    primary = fields_used[index % len(fields_used)]
    others = [f for f in fields_used if f != primary]
    secondary = rng.choice(others) if others and rng.random() < 0.75 else None
    my_fields = [primary] + ([secondary] if secondary else [])
    profile = Learner(
        name=f"{first} {last}",
        school=school,
        fields=my_fields,
        learning_goals=rng.choice(GOALS),
        meeting_minutes=rng.choice((15, 20, 20, 30)),
        meeting_mode=rng.choice(("in person", "in person", "online")),
        email=f"{first.lower()}.{last.lower()}@student.example.org",
    )
    class_start = today - timedelta(days=49)
    started = class_start + timedelta(days=rng.randint(0, 4) if stuck else rng.randint(0, 10))
    learner_offset = {d: rng.gauss(0, 0.35) for d in DIMENSIONS}
    shares = rng.random() > 0.1  # one learner in ten keeps everything private
    if meetings_wanted is None:
        progress = _pick_weighted(rng, (("drafting", 15), ("meeting", 45), ("deep", 40)))
        meetings_wanted = {"drafting": 0, "meeting": rng.randint(1, 2), "deep": rng.randint(3, 5)}[
            progress
        ]
    n_contacts = meetings_wanted + rng.randint(3, 7)
    plans: list[_ContactPlan] = []
    for k in range(n_contacts):
        fld = my_fields[0] if (k % 3 != 2 or len(my_fields) == 1) else my_fields[1]
        relationship = _pick_weighted(rng, RELATIONSHIP_WEIGHTS)
        c_first, c_last = rng.choice(FIRST), rng.choice(LAST)
        org = rng.choice(ORGS.get(fld, ("Local employer",)))
        via = f"{rng.choice(FIRST)} {rng.choice(LAST)}" if relationship == "referral" else ""
        contact = Contact(
            name=f"{c_first} {c_last}",
            organisation=org,
            role=rng.choice(ROLES.get(fld, ("Specialist",))),
            field=fld,
            email=f"{c_first.lower()}.{c_last.lower()}{k}@example.org",
            phone=f"+1 555 01{rng.randint(0, 99):02d}",
            relationship=relationship,
            referred_by=via,
            notes=rng.choice(("", "Met at the alumni evening.", "Ask about the graduate scheme.")),
            source=rng.choice(("manual", "manual", "linkedin", "google")),
            connected_on=started - timedelta(days=rng.randint(30, 900)),
        )
        created = started + timedelta(days=rng.randint(0, 6))
        plans.append(_ContactPlan(contact=contact, created=created))

    if stuck:
        # Contacts listed, perhaps a draft started, but nothing ever sent.
        for cp in plans[: rng.randint(0, 1)]:
            cp.drafts.append((_draft(rng, cp.contact, profile, None), cp.created))
        return _LearnerPlan(learner_id, profile, started, plans, True)

    overdue = rng.random() < 0.12
    met = 0
    for k, cp in enumerate(plans):
        contact = cp.contact
        to_meet = met < meetings_wanted and k < meetings_wanted + 2
        if not to_meet and k >= meetings_wanted + 3:
            continue  # still only identified
        if contact.relationship == "referral" and rng.random() < 0.5:
            cp.events.append(("asked for intro", cp.created + timedelta(days=1)))
        sent_on = cp.created + timedelta(days=rng.randint(1, 6))
        latest = today - timedelta(days=3)
        if overdue and not to_meet:
            sent_on = min(sent_on, today - timedelta(days=16))
        sent_on = min(sent_on, latest)
        draft_versions = rng.randint(1, 3)
        for v in range(draft_versions):
            body_day = sent_on - timedelta(days=draft_versions - 1 - v)
            last_one = v == draft_versions - 1
            cp.drafts.append(
                (_draft(rng, contact, profile, sent_on if last_one else None), body_day)
            )
        cp.events.append(("sent", sent_on))
        if to_meet and rng.random() < 0.92:
            replied = sent_on + timedelta(days=rng.randint(1, 5))
            if replied >= today:
                contact.status = "contacted"
                continue
            cp.events.append(("replied", replied))
            meet_day = replied + timedelta(days=rng.randint(3, 12))
            fld = contact.field
            cp.plan = Plan(
                field=fld,
                organisation=contact.organisation,
                research_notes=f"Read the {contact.organisation} website and recent news.",
                questions=_questions(rng),
                minutes=profile.meeting_minutes,
            )
            cp.meeting = Meeting(
                contact_id=None,
                starts_at=_at(meet_day, rng).replace(tzinfo=UTC),
                minutes=profile.meeting_minutes,
                place=rng.choice(("Their office", "Video call", "Campus cafe")),
                timezone="UTC",
            )
            if meet_day >= today:
                contact.status = "meeting scheduled"
                continue
            met += 1
            cp.events.append(("met", meet_day))
            cp.reflection = _reflection(
                rng, fld, meet_day, learner_offset, consent=shares and rng.random() > 0.08
            )
            thanked = cp.reflection.thank_you_sent_on
            if thanked:
                cp.events.append(("thanked", thanked))
                contact.status = "keeping in touch" if rng.random() < 0.3 else "thanked"
            else:
                contact.status = "met"
        elif to_meet:
            cp.events.append(("declined", sent_on + timedelta(days=rng.randint(2, 8))))
            contact.status = "declined / no reply"
        else:
            due = add_business_days(sent_on, 7)
            fate = rng.random()
            if overdue:
                contact.status = "follow-up due"  # a week past, and no follow-up written
            elif due > today:
                contact.status = "contacted"
            elif fate < 0.6:
                cp.events.append(("followed up", due))
                contact.status = "contacted"
            elif fate < 0.95:
                cp.events.append(("declined", min(due, today)))
                contact.status = "declined / no reply"
            else:
                contact.status = "follow-up due"
    if meetings_wanted and rng.random() < 0.4:
        _schedule_upcoming(rng, plans, profile, today)
    return _LearnerPlan(learner_id, profile, started, plans, False)


def _schedule_upcoming(
    rng: random.Random, plans: list[_ContactPlan], profile: Learner, today: date
) -> None:
    """One contact who said yes recently, with the meeting still ahead."""
    waiting = [cp for cp in plans if cp.contact.status == "identified" and not cp.drafts]
    if not waiting:
        return
    cp = waiting[0]
    sent_on = today - timedelta(days=rng.randint(4, 8))
    cp.drafts.append((_draft(rng, cp.contact, profile, sent_on), sent_on))
    cp.events += [("sent", sent_on), ("replied", sent_on + timedelta(days=rng.randint(1, 3)))]
    cp.plan = Plan(field=cp.contact.field, organisation=cp.contact.organisation,
                   questions=_questions(rng), minutes=profile.meeting_minutes)
    cp.meeting = Meeting(
        contact_id=None,
        starts_at=_at(today + timedelta(days=rng.randint(2, 10)), rng).replace(tzinfo=UTC),
        minutes=profile.meeting_minutes,
        place=rng.choice(("Their office", "Video call")),
        timezone="UTC",
    )
    cp.contact.status = "meeting scheduled"


def _draft(rng: random.Random, contact: Contact, me: Learner, sent_on: date | None) -> Outreach:
    fld = contact.field or (me.fields[0] if me.fields else "this field")
    opener = rng.choice(OPENERS).format(
        via=contact.referred_by or "A friend", school=me.school, field=fld
    )
    body = " ".join(
        (
            f"Dear {contact.name.split()[0]},",
            opener,
            f"I am exploring {fld} and would value hearing how you see the work.",
            rng.choice(ASKS).format(field=fld),
            rng.choice(CLOSERS),
            f"Best wishes, {me.name}",
        )
    )
    return Outreach(
        contact_id=None,
        channel=_pick_weighted(rng, (("email", 6), ("linkedin", 3), ("phone", 1))),
        subject=f"A short question about {fld}",
        body=body,
        contact_name=contact.name,
        score=rng.randint(55, 98),
        sent_on=sent_on,
    )


def _questions(rng: random.Random) -> list[str]:
    pool = [
        "How did you get started in this work?",
        "What does a typical week look like for you?",
        "Which parts of the job surprised you when you started?",
        "What qualifications made the biggest difference?",
        "How do people usually move on from a role like yours?",
        "What would you do differently if you were starting now?",
        "Who else would you suggest I talk to?",
    ]
    return rng.sample(pool, rng.randint(4, 6))


def _reflection(
    rng: random.Random,
    fld: str,
    met_on: date,
    learner_offset: dict[str, float],
    *,
    consent: bool,
) -> Reflection:
    tone = _pick_weighted(rng, (("positive", 70), ("mixed", 22), ("negative", 8)))
    informant = rng.gauss(0, 0.45)  # one person's enthusiasm colours every answer
    shift = {"positive": 0.2, "mixed": -0.3, "negative": -1.1}[tone]
    base = TENDENCY.get(fld, _GENERIC_TENDENCY)
    ratings = {}
    for d, mean in zip(DIMENSIONS, base, strict=True):
        if rng.random() < 0.07:
            continue  # left unrated
        ratings[d] = _clamp(mean + learner_offset[d] + informant + shift + rng.gauss(0, 0.55))
    learned = {
        cat: rng.choice(LEARNED[cat]) for cat in CATEGORIES if rng.random() < CATEGORY_ASKED[cat]
    }
    if tone == "negative":
        surprises = rng.choice(NEGATIVE_SURPRISES)
    else:
        surprises = rng.choice(SURPRISES.get(fld, GENERAL_SURPRISES) + GENERAL_SURPRISES)
    thanked = met_on + timedelta(days=rng.choice((0, 0, 1, 1, 2))) if rng.random() < 0.8 else None
    return Reflection(
        field=fld,
        met_on=met_on,
        learned=learned,
        surprises=surprises,
        ratings=ratings,
        tone=tone,
        pitch_strength=rng.randint(2, 5),
        follow_up_questions=rng.choice(FOLLOW_UPS),
        suggested_people=[f"{rng.choice(FIRST)} {rng.choice(LAST)}"] if rng.random() < 0.4 else [],
        consent=consent,
        thank_you="Thank you again for your time and the advice about next steps.",
        thank_you_sent_on=thanked,
    )


def simulate(
    seed: int = 7,
    learners: int = 40,
    fields: int = 6,
    today: date | None = None,
    *,
    meetings_per_learner: int | None = None,
) -> list[_LearnerPlan]:
    """The whole class as plain objects; no store involved (used by both writers)."""
    if learners < 1:
        raise ValueError("learners must be at least 1")
    if not 1 <= fields <= len(DEMO_FIELDS):
        raise ValueError(f"fields must be between 1 and {len(DEMO_FIELDS)}")
    rng = random.Random(seed)
    today = today or date.today()
    fields_used = DEMO_FIELDS[:fields]
    n_stuck = 0 if meetings_per_learner else max(1, round(learners * 0.1))
    stuck = set(rng.sample(range(learners), n_stuck))
    return [
        _simulate_learner(
            rng, i, fields_used, today, stuck=i in stuck, meetings_wanted=meetings_per_learner
        )
        for i in range(learners)
    ]


# -- writers -----------------------------------------------------------------------------


def _existing_demo_learners(store: Store) -> list[str]:
    t = schema.learners
    q = select(t.c.learner_id).where(t.c.learner_id.like(f"{DEMO_PREFIX}%"))
    with store.engine.connect() as conn:
        return [r[0] for r in conn.execute(q)]


def remove_demo(url: str | None) -> int:
    """Delete every demo learner's rows (ids starting with ``demo-``); returns learners."""
    store = Store.open(url, learner_id="demo-admin")
    ids = _existing_demo_learners(store)
    tables = (
        schema.reflections, schema.meetings, schema.plans, schema.contact_events,
        schema.outreach, schema.app_state, schema.contacts, schema.learners,
    )
    with store.engine.begin() as conn:
        for t in tables:
            conn.execute(delete(t).where(t.c.learner_id.like(f"{DEMO_PREFIX}%")))
    return len(ids)


def generate_demo(
    store_url: str | None = None,
    seed: int = 7,
    learners: int = 40,
    fields: int = 6,
    *,
    today: date | None = None,
    replace: bool = False,
    bulk: bool = False,
    meetings_per_learner: int | None = None,
) -> DemoSummary:
    """Write a synthetic class into the store at ``store_url``; returns what was written.

    Refuses to write over an earlier demo class unless ``replace`` is true (then the old
    demo learners' rows are deleted first). Learners who are not demo learners are never
    touched.
    """
    today = today or date.today()
    admin = Store.open(store_url, learner_id="demo-admin")
    if _existing_demo_learners(admin):
        if not replace:
            raise StoreError(
                "this store already holds a demo class; pass replace=True (--replace) "
                "to generate it again"
            )
        remove_demo(store_url)
    plans = simulate(seed, learners, fields, today, meetings_per_learner=meetings_per_learner)
    summary = DemoSummary(url=admin.url, seed=seed, fields=DEMO_FIELDS[:fields])
    if bulk:
        _write_bulk(admin, plans)
    else:
        for lp in plans:
            _write_learner(Store.open(store_url, learner_id=lp.learner_id), lp)
    for lp in plans:
        summary.learners += 1
        summary.contacts += len(lp.contacts)
        for cp in lp.contacts:
            summary.outreach += len(cp.drafts)
            summary.sent += sum(1 for d, _ in cp.drafts if d.sent_on)
            summary.plans += cp.plan is not None
            summary.meetings += cp.meeting is not None
            summary.reflections += cp.reflection is not None
            summary.consented += bool(cp.reflection and cp.reflection.consent)
        if lp.stuck:
            summary.stuck.append(lp.learner_id)
    return summary


def _write_learner(store: Store, lp: _LearnerPlan) -> None:
    store.save_profile(lp.profile)
    saved = store.add_contacts([cp.contact for cp in lp.contacts])
    stamps: dict[Any, list[dict[str, Any]]] = {
        schema.contacts: [],
        schema.outreach: [],
        schema.meetings: [],
        schema.reflections: [],
    }
    for cp, contact in zip(lp.contacts, saved, strict=True):
        stamps[schema.contacts].append({"_id": contact.id, "_ts": _noon(cp.created)})
        for draft, written in cp.drafts:
            draft.contact_id = contact.id
            out = store.save_outreach(draft)
            stamps[schema.outreach].append({"_id": out.id, "_ts": _noon(written)})
        for kind, on in cp.events:
            store.add_event(contact.id, kind, on)
        plan_id = None
        if cp.plan is not None:
            cp.plan.contact_id = contact.id
            plan_id = store.save_plan(cp.plan).id
        if cp.meeting is not None:
            cp.meeting.contact_id = contact.id
            cp.meeting.plan_id = plan_id
            meeting = store.save_meeting(cp.meeting)
            created = cp.meeting.starts_at.date() - timedelta(days=4)
            stamps[schema.meetings].append({"_id": meeting.id, "_ts": _noon(created)})
        if cp.reflection is not None:
            cp.reflection.contact_id = contact.id
            saved_r = store.save_reflection(cp.reflection)
            written = cp.reflection.met_on + timedelta(days=1)
            stamps[schema.reflections].append({"_id": saved_r.id, "_ts": _noon(written)})
    # The store stamps rows with the time of writing; a demo class is mid-course, so the
    # timestamps are moved back to the simulated days (dashboards age things by them).
    _backdate(store, lp, stamps)


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12, 0))


def _backdate(store: Store, lp: _LearnerPlan, stamps: dict[Any, list[dict[str, Any]]]) -> None:
    with store.engine.begin() as conn:
        conn.execute(
            update(schema.learners)
            .where(schema.learners.c.learner_id == lp.learner_id)
            .values(updated_at=_noon(lp.started))
        )
        for table, rows in stamps.items():
            if not rows:
                continue
            values: dict[str, Any] = {"created_at": bindparam("_ts")}
            if "updated_at" in table.c:
                values["updated_at"] = bindparam("_ts")
            conn.execute(update(table).where(table.c.id == bindparam("_id")).values(**values), rows)
        e = schema.contact_events
        events = conn.execute(
            select(e.c.id, e.c.on_date).where(e.c.learner_id == lp.learner_id)
        ).all()
        if events:
            conn.execute(
                update(e).where(e.c.id == bindparam("_id")).values(created_at=bindparam("_ts")),
                [{"_id": r.id, "_ts": _noon(r.on_date)} for r in events],
            )


def _write_bulk(admin: Store, plans: list[_LearnerPlan]) -> None:
    """Every row in one transaction with Core executemany: hundreds of learners in seconds."""
    from dataclasses import asdict

    def cols(obj: Any, table: Any, **extra: Any) -> dict[str, Any]:
        data = {k: v for k, v in asdict(obj).items() if k in table.c and k != "id"}
        return data | extra

    with admin.engine.begin() as conn:
        conn.execute(
            schema.learners.insert(),
            [
                cols(lp.profile, schema.learners, learner_id=lp.learner_id,
                     updated_at=_noon(lp.started))
                for lp in plans
            ],
        )
        all_contacts = [(lp, cp) for lp in plans for cp in lp.contacts]
        ct = schema.contacts
        rows = [
            cols(cp.contact, ct, learner_id=lp.learner_id, created_at=_noon(cp.created),
                 updated_at=_noon(cp.created))
            for lp, cp in all_contacts
        ]
        ids = conn.execute(
            ct.insert().returning(ct.c.id, sort_by_parameter_order=True), rows
        ).scalars().all()
        outreach, events, plan_rows, plan_keys = [], [], [], []
        for (lp, cp), cid in zip(all_contacts, ids, strict=True):
            # Numbered as save_outreach numbers them: versions are unique per contact.
            for version, (draft, written) in enumerate(cp.drafts, start=1):
                outreach.append(cols(draft, schema.outreach, learner_id=lp.learner_id,
                                     contact_id=cid, version=version,
                                     created_at=_noon(written)))
            for kind, on in cp.events:
                events.append({"learner_id": lp.learner_id, "contact_id": cid, "kind": kind,
                               "on_date": on, "note": "", "created_at": _noon(on)})
            if cp.plan is not None:
                plan_rows.append(cols(cp.plan, schema.plans, learner_id=lp.learner_id,
                                      contact_id=cid, updated_at=_noon(cp.created)))
                plan_keys.append((lp, cp, cid))
        if outreach:
            conn.execute(schema.outreach.insert(), outreach)
        if events:
            conn.execute(schema.contact_events.insert(), events)
        pt = schema.plans
        plan_ids = (
            conn.execute(pt.insert().returning(pt.c.id, sort_by_parameter_order=True), plan_rows)
            .scalars()
            .all()
            if plan_rows
            else []
        )
        meetings, reflections = [], []
        for (lp, cp, cid), pid in zip(plan_keys, plan_ids, strict=True):
            if cp.meeting is not None:
                m = cp.meeting
                meetings.append({
                    "learner_id": lp.learner_id, "contact_id": cid, "plan_id": pid,
                    "starts_at_utc": m.starts_at.astimezone(UTC).replace(tzinfo=None),
                    "timezone": m.timezone, "minutes": m.minutes, "place": m.place,
                    "created_at": _noon(m.starts_at.date() - timedelta(days=4)),
                })
            if cp.reflection is not None:
                r = cp.reflection
                stamp = _noon(r.met_on + timedelta(days=1))
                reflections.append(cols(r, schema.reflections, learner_id=lp.learner_id,
                                        contact_id=cid, created_at=stamp, updated_at=stamp))
        if meetings:
            conn.execute(schema.meetings.insert(), meetings)
        if reflections:
            conn.execute(schema.reflections.insert(), reflections)


def frames_or_demo(url: str | None = None) -> tuple[dict[str, Any], str]:
    """The analyst's frames from ``url``; if fewer than 5 learners have shared reflections
    there (no figure may rest on fewer), from a fresh demo class in a temporary SQLite
    file, so a notebook always has data to show and never a figure about 1 to 4 people.

    Returns the frames and a sentence saying where they came from.
    """
    import tempfile
    from pathlib import Path

    from infoint.classview import FEWER, K_MIN, load_frames
    from infoint.store import _redact, default_url

    url = url or default_url()
    frames = load_frames(url)
    if frames["reflections"]["learner_id"].nunique() >= K_MIN:
        return frames, f"the store at {_redact(url)}"
    folder = Path(tempfile.mkdtemp(prefix="infoint-demo-"))
    demo_url = f"sqlite:///{folder / 'demo.db'}"
    summary = generate_demo(demo_url)
    return load_frames(demo_url), (
        f"a demo class ({summary.learners} synthetic learners), because {FEWER} learners "
        f"have shared reflections in {_redact(url)} yet"
    )
