"""Exports as people really have them: separators, encodings, close headers, date variants."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infoint.io.encoding import decode_bytes, encoding_label
from infoint.io.importers import ContactImportError, parse_contacts

LINKEDIN = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
            "Connected On"]
PEOPLE = [
    ["Ana", "García", "", "ana@example.com", "Acme Inc.", "Data Analyst", "7-Feb-22"],
    ["Łukasz", "Nowak", "", "", "Żabka", "Accountant", "12 Mar 2024"],
]


def csv_text(sep: str, header=LINKEDIN, rows=PEOPLE) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=sep, lineterminator="\r\n").writerows([header, *rows])
    return out.getvalue()


@pytest.mark.parametrize(("sep", "label"), [(";", "semicolon"), ("\t", "tab"), (",", "comma"),
                                            ("|", "vertical bar")])
def test_separator_is_detected_and_reported(sep, label):
    result = parse_contacts(csv_text(sep).encode(), "Connections.csv")
    assert [c.name for c in result.contacts] == ["Ana García", "Łukasz Nowak"]
    assert result.delimiter == sep
    assert result.contacts[0].organisation == "Acme Inc."


def test_semicolon_file_with_commas_inside_cells():
    rows = [["Ana", "García", "", "", "Green, Hale & Co.", "Partner", "1 Jan 2024"]]
    result = parse_contacts(csv_text(";", rows=rows).encode())
    assert result.delimiter == ";" and result.contacts[0].organisation == "Green, Hale & Co."


def test_a_chosen_separator_is_used_as_is():
    with pytest.raises(ContactImportError, match="columns of a contacts export"):
        parse_contacts(csv_text(";").encode(), "x.csv", delimiter=",")
    with pytest.raises(ContactImportError, match="separator"):
        parse_contacts(csv_text(";").encode(), "x.csv", delimiter="#")


@pytest.mark.parametrize(
    ("encoding", "detected"),
    [("utf-16", False), ("utf-16-le", True), ("utf-8-sig", False), ("utf-8", False)],
)
def test_unicode_files_read_as_unicode(encoding, detected):
    result = parse_contacts(csv_text(",").encode(encoding))
    assert result.contacts[1].name == "Łukasz Nowak"
    assert result.encoding_detected is detected


def test_shift_jis_file_is_read_not_refused():
    header = ["名", "姓", "メール", "会社", "役職"]
    rows = [["太郎", "山田", "taro@example.jp", "株式会社テスト", "エンジニア"],
            ["花子", "鈴木", "hanako@example.jp", "サンプル商事", "会計士"]]
    # Japanese Excel headers are Japanese: the learner maps them with English names...
    english = ["First Name", "Last Name", "Email", "Company", "Job Title"]
    data = csv_text(",", header=english, rows=rows).encode("shift_jis")
    result = parse_contacts(data, "contacts.csv")
    assert [c.name for c in result.contacts] == ["太郎 山田", "花子 鈴木"]
    assert result.encoding in ("cp932", "shift_jis") and result.encoding_detected
    assert "Shift-JIS" in encoding_label(result.encoding)
    # ... and a file whose header is not in any known layout still says what it saw.
    with pytest.raises(ContactImportError, match="名"):
        parse_contacts(csv_text(",", header=header, rows=rows).encode("shift_jis"))


def test_latin1_file_is_windows_1252_and_can_be_corrected():
    rows = [["François", "Dupré", "", "", "Crédit Agricole", "Analyste", "3 Jun 2023"]]
    data = csv_text(",", rows=rows).encode("latin-1")
    result = parse_contacts(data)
    assert result.contacts[0].name == "François Dupré"
    assert result.encoding == "cp1252" and result.encoding_detected
    polish = csv_text(",", rows=[["Łukasz", "Żółw", "", "", "Spółka", "", ""]]).encode("cp1250")
    # One short row cannot tell Windows-1250 from 1252: the guess is flagged as a guess,
    # and the learner's choice in the preview reads it right.
    guessed = parse_contacts(polish)
    assert guessed.encoding_detected
    forced = parse_contacts(polish, encoding="cp1250")
    assert forced.contacts[0].name == "Łukasz Żółw" and not forced.encoding_detected


def test_close_headers_are_mapped_and_shown():
    header = ["first_name", "Surname", "E-mail", "Company Name", "Job Title", "Frist Name"]
    rows = [["Ana", "García", "ana@example.com", "Acme", "Analyst", "x"]]
    result = parse_contacts(csv_text(",", header=header, rows=rows).encode())
    contact = result.contacts[0]
    assert (contact.name, contact.email, contact.organisation, contact.role) == (
        "Ana García", "ana@example.com", "Acme", "Analyst")
    assert result.columns["email address"] == "E-mail"
    assert result.columns["last name"] == "Surname"
    assert result.columns["company"] == "Company Name"


def test_a_typo_in_a_header_is_still_read():
    header = ["Frist Name", "Last Name", "Email Adress", "Company", "Position", "Connected On"]
    rows = [["Ana", "Lima", "ana@example.com", "Acme", "Analyst", "7-Feb-22"]]
    result = parse_contacts(csv_text(",", header=header, rows=rows).encode())
    assert result.contacts[0].name == "Ana Lima" and result.contacts[0].email == "ana@example.com"
    assert result.format == "linkedin"
    assert result.contacts[0].connected_on.isoformat() == "2022-02-07"


def test_own_spreadsheet_with_one_name_column_and_relationships():
    header = ["Name", "Email", "Organisation", "How we know each other"]
    rows = [["Rosa Diaz", "rosa@example.com", "Diaz Bakery", "Family friend"],
            ["Prof. Omar Said", "", "State University", "My professor"],
            ["Kim Ng", "", "Bolt", "Aunt"]]
    result = parse_contacts(csv_text(",", header=header, rows=rows).encode(), "people.csv")
    assert result.format == "csv"
    assert [c.relationship for c in result.contacts] == ["friend", "professor", "family"]


def test_a_lone_word_list_is_not_a_contacts_file():
    with pytest.raises(ContactImportError):
        parse_contacts(b"Name\nAna\nBo\n", "names.csv")


@pytest.mark.parametrize("text", ["7-Feb-22", "07-Feb-22", "Feb 7, 2022", "7 February 2022",
                                  "2022-02-07"])
def test_linkedin_date_variants(text):
    rows = [["Ana", "Lima", "", "", "", "", text]]
    assert parse_contacts(csv_text(",", rows=rows).encode()).contacts[0].connected_on.isoformat() \
        == "2022-02-07"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=12),
                 min_size=1, max_size=6),
        max_size=6,
    ),
    st.sampled_from([",", ";", "\t", "|"]),
    st.sampled_from(["utf-8", "utf-16", "cp1252", "cp932", "latin-1"]),
)
def test_any_table_in_any_encoding_raises_only_import_errors(rows, sep, encoding):
    text = "\n".join(sep.join(r) for r in [LINKEDIN, *rows])
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    try:
        result = parse_contacts(data, "x.csv")
    except ContactImportError:
        return
    assert result.delimiter in (",", ";", "\t", "|")


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=600))
def test_decode_bytes_never_raises_anything_unexpected(data):
    from infoint.io.encoding import UnreadableText

    try:
        decoded = decode_bytes(data)
    except UnreadableText:
        return
    assert isinstance(decoded.text, str)
