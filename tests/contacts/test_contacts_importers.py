"""Importers: LinkedIn, Google (both layouts), vCard, broken files and the import preview."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from infoint.io.importers import (
    ContactImportError,
    ParseResult,
    SkippedRow,
    parse_contacts,
    preview_import,
)
from infoint.io.linkedin import parse_connections_date
from infoint.model import Contact

FILES = Path(__file__).parent / "files"
LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def read(name: str) -> bytes:
    return (FILES / name).read_bytes()


def names(result: ParseResult) -> list[str]:
    return [c.name for c in result.contacts]


# --- LinkedIn -------------------------------------------------------------------------


def test_linkedin_real_export_quirks():
    data = read("linkedin_connections.csv")
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data  # BOM and CRLF kept in fixture
    result = parse_contacts(data, "Connections.csv")
    assert result.format == "linkedin"
    assert names(result) == ["Maria Green", "José Núñez", "Priya Raman", "Tom O'Brien", "李 伟"]
    maria = result.contacts[0]
    assert maria.organisation == "Green, Hale & Co. LLP"
    assert maria.role == "Senior Accountant"
    assert maria.field == "accounting"
    assert maria.email == "maria.green@example.com"
    assert maria.url == "https://www.linkedin.com/in/maria-green-cpa"
    assert maria.connected_on == date(2024, 3, 12)
    assert maria.source == "linkedin"
    assert maria.relationship == "local professional"
    assert result.contacts[2].role == "Manager, Tax Advisory"
    assert result.contacts[1].email == ""  # most LinkedIn emails are empty


def test_linkedin_row_without_name_is_skipped_with_its_line():
    result = parse_contacts(read("linkedin_connections.csv"))
    # Notes: (1), quoted preamble (2-3), blank (4), header (5), rows from 6
    assert result.skipped == [SkippedRow(9, "no name")]


def test_linkedin_invalid_email_keeps_contact_and_warns():
    result = parse_contacts(read("linkedin_connections.csv"))
    tom = next(c for c in result.contacts if c.name == "Tom O'Brien")
    assert tom.email == ""
    assert len(result.warnings) == 1
    assert result.warnings[0].line == 10
    assert "email left out" in result.warnings[0].reason
    assert "tom at example dot com" in result.warnings[0].reason


def test_linkedin_without_preamble_or_bom_and_lf_endings():
    text = LINKEDIN_HEADER + "\nAna,Li,,,Acme,Analyst,1 Feb 2023\n"
    result = parse_contacts(text.encode())
    assert names(result) == ["Ana Li"]
    assert result.contacts[0].connected_on == date(2023, 2, 1)


def test_linkedin_bad_date_is_dropped_with_warning():
    text = LINKEDIN_HEADER + "\r\nAna,Li,,,Acme,Analyst,someday\r\n"
    result = parse_contacts(text.encode())
    assert result.contacts[0].connected_on is None
    assert "someday" in result.warnings[0].reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 Mar 2024", date(2024, 3, 12)),
        ("1 Sep 2020", date(2020, 9, 1)),
        ("12-Mar-2024", date(2024, 3, 12)),
        ("2024-03-12", date(2024, 3, 12)),
        ("31 Feb 2024", None),
        ("12 Foo 2024", None),
        ("", None),
    ],
)
def test_connections_dates(text, expected):
    assert parse_connections_date(text) == expected


def test_linkedin_cp1252_file():
    text = LINKEDIN_HEADER + "\r\nJosé,Pérez,,,Café Ltd,Bookkeeper,5 May 2022\r\n"
    result = parse_contacts(text.encode("cp1252"))
    assert names(result) == ["José Pérez"]
    assert result.contacts[0].organisation == "Café Ltd"
    assert result.contacts[0].field == "accounting"


def test_linkedin_utf16_file_with_bom():
    text = LINKEDIN_HEADER + "\r\nJosé,Pérez,,,Café Ltd,Bookkeeper,5 May 2022\r\n"
    result = parse_contacts(text.encode("utf-16"))
    assert names(result) == ["José Pérez"]


# --- Google -----------------------------------------------------------------------------


def test_google_current_layout():
    result = parse_contacts(read("google_contacts.csv"), "contacts.csv")
    assert result.format == "google"
    assert names(result) == ["Alan J. Wilson", "Grace Hopper", "Sam Lee"]
    alan, grace, sam = result.contacts
    assert alan.email == "alan.wilson@state.example"  # first of ' ::: '
    assert alan.phone == "+1 555 0100"
    assert alan.organisation == "State University"
    assert alan.role == "Professor of Accounting"
    assert alan.source == "google"
    assert grace.notes.startswith('Met at the "Careers, Money & You" fair\n')
    assert grace.relationship == "family"  # from the Labels column
    assert grace.url == "https://www.example.org/grace"
    assert sam.relationship == "friend"
    assert sam.email == "sam.lee@example.com"  # E-mail 1 had no @, E-mail 2 is used
    assert result.skipped == [SkippedRow(6, "no name")]  # Grace's row spans lines 3-5


def test_google_legacy_layout():
    result = parse_contacts(read("google_legacy.csv"), "google.csv")
    assert result.format == "google-legacy"
    assert names(result) == ["Helen Park", "Omar Haddad"]
    helen, omar = result.contacts
    assert helen.email == "helen.park@example.com"
    assert helen.organisation == "Litware, Inc."
    assert helen.role == "Audit Manager"
    assert helen.field == "accounting"
    assert helen.phone == "+44 20 7946 0000"
    assert omar.relationship == "friend"
    assert omar.url == "https://omar.example.com"
    assert result.skipped == [SkippedRow(4, "no name")]


# --- vCard ------------------------------------------------------------------------------


def test_vcard_versions_folding_and_a_malformed_card():
    result = parse_contacts(read("contacts.vcf"), "contacts.vcf")
    assert result.format == "vcard"
    assert names(result) == ["Prof. Alan J. Wilson", "Zoë Adeyemi", "Dana Kim"]
    alan, zoe, dana = result.contacts
    assert alan.organisation == "State University"
    assert alan.email == "alan.wilson@state.example"
    assert alan.url == "https://state.example/~wilson"
    # folded line joined, escaped comma and newline decoded
    assert alan.notes == (
        "Taught my audit class, happy to introduce me to alumni in public accounting.\n"
        "Ask about the CPA route."
    )
    assert zoe.phone == "+1-555-0142"  # vCard 4 tel: URI
    assert zoe.role == "Senior Tax Associate"
    assert dana.name == "Dana Kim"  # built from N when FN is missing
    assert all(c.source == "vcard" for c in result.contacts)
    assert len(result.skipped) == 1
    assert result.skipped[0].line == 23
    assert result.skipped[0].reason.startswith("card could not be read")


def test_vcard_unfinished_card_is_skipped():
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Bo\n"
    result = parse_contacts(text.encode())
    assert names(result) == ["Ann"]
    assert result.skipped == [SkippedRow(5, "card not finished: END:VCARD is missing")]


def test_vcard_without_any_name_is_skipped():
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:a@b.example\r\nEND:VCARD\r\n"
    result = parse_contacts(text.encode())
    assert result.contacts == []
    assert result.skipped == [SkippedRow(1, "no name")]


def test_vcf_name_with_csv_content_is_refused():
    with pytest.raises(ContactImportError, match="BEGIN:VCARD"):
        parse_contacts(b"First Name,Last Name\nA,B\n", "people.vcf")


# --- Broken files --------------------------------------------------------------------------


def test_wrong_columns_says_what_was_expected():
    with pytest.raises(ContactImportError) as info:
        parse_contacts(b"Nom,Prenom,Courriel\nDupont,Jean,j@x.fr\n", "export.csv")
    message = str(info.value)
    assert "First Name, Last Name, URL, Email Address, Company, Position, Connected On" in message
    assert "Given Name" in message and "vCard" in message
    assert "Nom, Prenom, Courriel" in message


def test_binary_file_is_refused():
    with pytest.raises(ContactImportError, match="binary"):
        parse_contacts(bytes(range(256)) * 4, "photo.bin")


def test_excel_file_is_refused_with_advice():
    with pytest.raises(ContactImportError, match="Excel"):
        parse_contacts(b"PK\x03\x04" + b"\x00" * 100, "contacts.xlsx")


def test_a_wrong_encoding_choice_says_to_choose_another():
    data = (LINKEDIN_HEADER + "\r\nJos\u00e9,Mu\u00f1oz,,,,,\r\n").encode("cp1252")
    with pytest.raises(ContactImportError) as info:
        parse_contacts(data, "Connections.csv", encoding="utf-8")
    assert "not valid UTF-8" in str(info.value) and "choose another encoding" in str(info.value)


@pytest.mark.parametrize("data", [b"", b"   \r\n\r\n", b"\xef\xbb\xbf"])
def test_empty_file_is_refused(data):
    with pytest.raises(ContactImportError, match="empty"):
        parse_contacts(data, "Connections.csv")


def test_fifty_megabytes_is_refused_before_parsing():
    with pytest.raises(ContactImportError) as info:
        parse_contacts(b"a" * (50 * 1024 * 1024), "big.csv")
    assert "the file is 50.0 MB; the limit is 10 MB" in str(info.value)


def test_header_only_gives_no_contacts():
    result = parse_contacts((LINKEDIN_HEADER + "\r\n").encode())
    assert result.contacts == [] and result.skipped == []


def test_overlong_values_are_dropped_not_fatal():
    row = ["Ana", "Li", "", "", "A" * 500, "Analyst", ""]
    buf = io.StringIO()
    csv.writer(buf).writerows([LINKEDIN_HEADER.split(","), row])
    result = parse_contacts(buf.getvalue().encode())
    assert result.contacts[0].organisation == ""
    assert "organisation" in result.warnings[0].reason


# --- Preview --------------------------------------------------------------------------------


def test_preview_finds_duplicates_by_email_and_by_name_and_organisation():
    parsed = ParseResult(
        contacts=[
            Contact(name="Maria Green", email="MARIA.GREEN@example.com"),
            Contact(name="José  Núñez", organisation="Northwind"),
            Contact(name="New Person", organisation="Acme"),
            Contact(name="new person", organisation="ACME"),  # repeated in the file
            Contact(name="Jose Nunez", organisation="Elsewhere"),  # different organisation
        ],
        skipped=[SkippedRow(3, "no name"), SkippedRow(9, "no name")],
        format="linkedin",
    )
    existing = [
        Contact(name="M. Green", email="maria.green@example.com", id=1),
        Contact(name="jose nunez", organisation="northwind", id=2),
    ]
    preview = preview_import(parsed, existing)
    assert [c.name for c in preview.new] == ["New Person", "Jose Nunez"]
    pairs = [(a.name, b.name) for a, b in preview.duplicates]
    assert pairs == [
        ("Maria Green", "M. Green"),
        ("José Núñez", "jose nunez"),
        ("new person", "New Person"),
    ]
    assert preview.in_file_duplicates == 1
    assert preview.summary() == (
        "2 new contacts, 2 already in your list, 1 repeated in the file, 2 rows skipped"
    )


def test_preview_summary_singular_and_warnings():
    parsed = ParseResult(
        contacts=[Contact(name="A")],
        skipped=[SkippedRow(2, "no name")],
        format="vcard",
        warnings=[SkippedRow(4, "email left out")],
    )
    summary = preview_import(parsed, []).summary()
    assert summary == "1 new contact, 0 already in your list, 1 row skipped, 1 value left out"


def test_preview_of_real_file_against_existing():
    parsed = parse_contacts(read("linkedin_connections.csv"))
    existing = [Contact(name="Maria Green", organisation="Green, Hale & Co. LLP", id=7)]
    preview = preview_import(parsed, existing)
    assert preview.summary() == "4 new contacts, 1 already in your list, 1 row skipped, " \
        "1 value left out"


# --- Scale ----------------------------------------------------------------------------------


def test_two_thousand_rows_parse_and_preview():
    # Speed is tests/bench/bench_import.py's job (a ratio against a same-run baseline);
    # a wall-clock bound here fails whenever the machine is busy.
    lines = [LINKEDIN_HEADER]
    lines += [
        f'P{i},Q{i},https://www.linkedin.com/in/p{i},,"Firm {i % 40}, LLP",Senior Accountant,'
        f"{i % 28 + 1} Mar 2024"
        for i in range(2000)
    ]
    data = ("\r\n".join(lines) + "\r\n").encode()
    existing = [Contact(name=f"P{i} Q{i}", organisation=f"Firm {i % 40}, LLP") for i in range(500)]
    preview = preview_import(parse_contacts(data), existing)
    assert len(preview.new) == 1500 and len(preview.duplicates) == 500
