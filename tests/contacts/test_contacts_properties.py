"""Property tests: parsers never crash, LinkedIn rows round-trip, business days, ranking."""

from __future__ import annotations

import contextlib
import csv
import io
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infoint.contacts import (
    add_business_days,
    business_days_between,
    guess_field,
    rank_contacts,
)
from infoint.io import google, linkedin, vcard
from infoint.io.importers import ContactImportError, parse_contacts, preview_import
from infoint.io.importing import csv_rows, header_index
from infoint.model import PIPELINE, RELATIONSHIPS, Contact

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
GOOGLE_HEADER = (
    "First Name,Middle Name,Last Name,Organization Name,Organization Title,Notes,Labels,"
    "E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Website 1 - Value"
)
LEGACY_HEADER = (
    "Name,Given Name,Additional Name,Family Name,Notes,Group Membership,E-mail 1 - Type,"
    "E-mail 1 - Value,Phone 1 - Value,Organization 1 - Type,Organization 1 - Name,"
    "Organization 1 - Title"
)
PREFIXES = [
    "",
    LINKEDIN_HEADER + "\r\n",
    "Notes:\r\n\"a, b\r\nc\"\r\n\r\n" + LINKEDIN_HEADER + "\r\n",
    GOOGLE_HEADER + "\n",
    LEGACY_HEADER + "\n",
    "BEGIN:VCARD\r\nVERSION:3.0\r\n",
    "BEGIN:VCARD\nVERSION:4.0\nFN:A\nEND:VCARD\nBEGIN:VCARD\n",
]


def only_import_errors(call, *args):
    with contextlib.suppress(ContactImportError):
        call(*args)


@FAST
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_raise_only_import_errors(data):
    only_import_errors(parse_contacts, data, "x.csv")
    only_import_errors(parse_contacts, data, "x.vcf")


@FAST
@given(st.sampled_from(PREFIXES), st.text(max_size=500))
def test_arbitrary_text_after_each_header_raises_only_import_errors(prefix, text):
    for encoding in ("utf-8", "utf-16"):
        data = (prefix + text).encode(encoding, errors="surrogatepass")
        try:
            result = parse_contacts(data)
        except ContactImportError:
            continue
        assert all(isinstance(c, Contact) for c in result.contacts)
        preview_import(result, result.contacts[:3])


@FAST
@given(st.sampled_from(PREFIXES), st.binary(max_size=500))
def test_arbitrary_bytes_after_each_header_raise_only_import_errors(prefix, tail):
    only_import_errors(parse_contacts, prefix.encode() + tail)


CSV_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300
)


@FAST
@given(CSV_TEXT)
def test_each_parser_directly_raises_only_import_errors(text):
    only_import_errors(vcard.parse_vcards, text)
    for header, parse in (
        (LINKEDIN_HEADER, lambda rows, cols: linkedin.parse_linkedin_rows(rows, cols)),
        (GOOGLE_HEADER, lambda rows, cols: google.parse_google_rows(rows, cols, legacy=False)),
        (LEGACY_HEADER, lambda rows, cols: google.parse_google_rows(rows, cols, legacy=True)),
    ):
        cols = header_index(header.split(","))
        only_import_errors(lambda: parse(csv_rows(text), cols))  # noqa: B023


# --- LinkedIn round trip -----------------------------------------------------------------

NAME_CHARS = st.one_of(
    st.characters(whitelist_categories=("Lu", "Ll", "Lo", "Nd")),
    st.sampled_from(list(",\"' -.;:&()") + ["😀", "👩🏽‍💼", "é", "李", "Ж", "ع"]),
)
WORDS = st.lists(NAME_CHARS, max_size=30).map("".join)
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EMAILS = st.one_of(
    st.just(""), st.from_regex(r"[a-z0-9._]{1,12}@[a-z0-9]{1,10}\.[a-z]{2,5}", fullmatch=True)
)
ROWS = st.lists(
    st.tuples(
        WORDS,
        WORDS,
        st.one_of(st.just(""), st.from_regex(r"https://www\.linkedin\.com/in/[a-z0-9-]{1,20}",
                                             fullmatch=True)),
        EMAILS,
        WORDS,
        WORDS,
        st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31))),
    ).filter(lambda r: (r[0] + r[1]).strip()),
    max_size=20,
)


@FAST
@given(ROWS, st.booleans())
def test_linkedin_rows_round_trip(rows, with_preamble):
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    if with_preamble:
        writer.writerow(["Notes:"])
        writer.writerow(["When exporting, some emails, like yours, are missing.\nMore here."])
        writer.writerow([])
    writer.writerow(LINKEDIN_HEADER.split(","))
    expected = []
    for first, last, url, email, company, position, connected in rows:
        shown = ""
        if connected:
            shown = f"{connected.day} {MONTHS[connected.month - 1]} {connected.year}"
        writer.writerow([first, last, url, email, company, position, shown])
        expected.append(
            Contact(
                name=" ".join(p for p in (first.strip(), last.strip()) if p),
                organisation=company,
                role=position,
                field=guess_field(position) or guess_field(company),
                email=email,
                url=url,
                source="linkedin",
                connected_on=connected,
            )
        )
    result = parse_contacts(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"), "Connections.csv")
    assert result.format == "linkedin"
    assert result.skipped == []
    assert result.warnings == []
    assert result.contacts == expected


# --- Business days ------------------------------------------------------------------------

DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1))
HOLIDAYS = st.lists(st.integers(min_value=-30, max_value=400), max_size=15)


@FAST
@given(DATES, st.integers(min_value=-300, max_value=300).filter(bool), HOLIDAYS)
def test_add_business_days_lands_on_a_business_day(d, n, offsets):
    holidays = {d + timedelta(days=o) for o in offsets}
    result = add_business_days(d, n, holidays)
    assert result.weekday() < 5
    assert result not in holidays
    assert (result > d) == (n > 0)
    assert business_days_between(d, result, holidays) == n


@FAST
@given(DATES, st.integers(min_value=0, max_value=200), st.integers(min_value=0, max_value=200),
       HOLIDAYS)
def test_add_business_days_is_monotonic(d, n1, n2, offsets):
    holidays = {d + timedelta(days=o) for o in offsets}
    lo, hi = sorted((n1, n2))
    a, b = add_business_days(d, lo, holidays), add_business_days(d, hi, holidays)
    assert a <= b
    if lo < hi:
        assert a < b


@FAST
@given(DATES, st.integers(min_value=0, max_value=20), st.integers(min_value=1, max_value=100))
def test_add_business_days_monotonic_in_start(d, later, n):
    assert add_business_days(d, n) <= add_business_days(d + timedelta(days=later), n)


# --- Ranking ------------------------------------------------------------------------------

ROLES = st.sampled_from(
    ["", "Intern", "Senior Accountant", "Manager", "CFO", "Nurse", "Associate", "Partner"]
)
CONTACTS = st.lists(
    st.builds(
        Contact,
        name=st.lists(NAME_CHARS, min_size=1, max_size=20).map("".join).filter(str.strip),
        role=ROLES,
        organisation=st.sampled_from(["", "Acme Audit", "State University", "Hospital"]),
        relationship=st.sampled_from(RELATIONSHIPS),
        referred_by=st.sampled_from(["", "Prof. Wilson"]),
        status=st.sampled_from(PIPELINE),
        notes=st.sampled_from(["", "State University alum"]),
    ),
    max_size=30,
)


@FAST
@given(CONTACTS, st.lists(st.sampled_from(["accounting", "nursing", "law", "beekeeping"])))
def test_rank_contacts_is_a_permutation(contacts, fields):
    ranked = rank_contacts(contacts, fields, school="State University")
    assert sorted(map(id, (r.contact for r in ranked))) == sorted(map(id, contacts))
    scores = [r.score for r in ranked]
    assert scores == sorted(scores, reverse=True)
    asks = [r.ask_first for r in ranked]
    assert asks == sorted(asks, reverse=True)  # every ask-first contact before the rest
    assert all(r.reasons or r.contact.relationship in ("local professional", "other")
               for r in ranked)
