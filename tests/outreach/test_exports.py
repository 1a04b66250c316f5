"""mailto links, .eml drafts, file names and data URIs."""

from __future__ import annotations

import base64
import email
from datetime import datetime
from email import policy
from urllib.parse import parse_qs, unquote, urlsplit

from hypothesis import given
from hypothesis import strategies as st

from infoint.outreach import data_uri, draft_file_name, eml_bytes, mailto_link


def test_mailto_encodes_subject_and_body():
    link = mailto_link("jane@example.org", "A & B? #1 100%", "Line one\nLine two & more")
    assert link.startswith("mailto:jane@example.org?subject=")
    assert "%0D%0A" in link  # CRLF line breaks, as RFC 6068 asks
    for raw in (" ", "&B", "#", "\n"):
        assert raw not in link.split("?", 1)[1].replace("&body=", "")
    query = parse_qs(urlsplit(link).query)
    assert query["subject"] == ["A & B? #1 100%"]
    assert query["body"] == ["Line one\r\nLine two & more"]


def test_mailto_without_address_or_parts():
    assert mailto_link("") == "mailto:"
    assert mailto_link("", "Hi") == "mailto:?subject=Hi"


@given(st.text(max_size=200), st.text(max_size=400))
def test_mailto_round_trips_any_text(subject, body):
    link = mailto_link("a@b.org", subject, body)
    assert all(ch not in link for ch in ' \n\r"<>')
    query = link.split("?", 1)[1] if "?" in link else ""
    parts = dict(p.split("=", 1) for p in query.split("&") if p)
    expected_body = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    assert unquote(parts.get("subject", "")) == subject
    assert unquote(parts.get("body", "")) == expected_body


def test_eml_is_an_unsent_utf8_draft():
    raw = eml_bytes("José García", "jose@example.org", "Café chat?", "Hola — ¿20 minutos?\n",
                    from_name="Amara", from_address="amara@example.org",
                    when=datetime(2026, 1, 9, 10, 0).astimezone())
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg["X-Unsent"] == "1"
    assert msg["Subject"] == "Café chat?"
    assert "José García" in str(msg["To"]) and "jose@example.org" in str(msg["To"])
    assert "amara@example.org" in str(msg["From"])
    assert msg["Date"]
    assert msg.get_content_charset() == "utf-8"
    assert msg.get_content().strip() == "Hola — ¿20 minutos?"


def test_eml_without_address_keeps_the_name():
    msg = email.message_from_bytes(eml_bytes("Ruth Okafor", "", "Hi", "Body"),
                                   policy=policy.default)
    assert "Ruth Okafor" in str(msg["To"])
    assert msg["From"] is None


@given(st.text(max_size=300))
def test_eml_keeps_any_body(body):
    body = body.replace("\r", "")
    msg = email.message_from_bytes(eml_bytes("A", "a@b.org", "S", body), policy=policy.default)
    assert msg.get_content().rstrip("\n") == body.rstrip("\n") or not body.strip()


def test_file_names_are_safe():
    assert draft_file_name("José García") == "outreach-jose-garcia.eml"
    assert draft_file_name('<script>"x"</script>') == "outreach-script-x-script.eml"
    assert draft_file_name("") == "outreach-draft.eml"
    assert draft_file_name("李雷", "txt") == "outreach-draft.txt"


def test_data_uri():
    uri = data_uri(b"hello", "message/rfc822")
    assert uri == "data:message/rfc822;base64," + base64.b64encode(b"hello").decode()
