"""Near-duplicate contacts: who is the same person, and what merging keeps."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from infoint.io.importers import parse_contacts, preview_import
from infoint.matching import merge_into, name_key, org_key, possible_duplicates
from infoint.model import Contact

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def preview(rows: list[str], existing: list[Contact]):
    data = ("\r\n".join([HEADER, *rows]) + "\r\n").encode()
    return preview_import(parse_contacts(data), existing)


def test_folding_keys():
    assert name_key("Dr. Ana  García") == "ana garcia"
    assert org_key("Acme, Inc.") == org_key("ACME Inc") == org_key("acme") == "acme"
    assert org_key("Müller GmbH") == "muller"
    assert org_key("Green, Hale & Co.") == "green hale and"


def test_accents_and_suffixes_are_the_same_person():
    old = Contact(name="Ana Garcia", organisation="Acme Inc.", id=1)
    p = preview(['Ana,García,,ana@acme.example,Acme,Analyst,7-Feb-22'], [old])
    assert not p.new and p.duplicates and p.duplicates[0][1] is old


def test_merge_fills_what_the_old_row_lacks_and_keeps_edits():
    old = Contact(name="Ana Garcia", organisation="Acme Inc.", role="Team lead",
                  relationship="friend", notes="Met at the fair", id=1)
    p = preview(['Ana,García,,ana@acme.example,Acme,Analyst,7-Feb-22'], [old])
    plan = p.plan()
    assert plan.new == [] and len(plan.updates) == 1
    merged = plan.updates[0]
    assert merged.email == "ana@acme.example" and merged.connected_on == date(2022, 2, 7)
    assert merged.role == "Team lead" and merged.relationship == "friend"
    assert merged.notes == "Met at the fair" and merged.id == 1
    assert plan.filled[1] == ["connected_on", "email", "url"] or "email" in plan.filled[1]


def test_nicknames_at_different_organisations_stay_two():
    old = Contact(name="Chris Lee", organisation="Acme", id=1)
    p = preview(["Christine,Lee,,,Bolt,Nurse,"], [old])
    assert len(p.new) == 1 and not p.duplicates and not p.likely


def test_similar_names_at_the_same_organisation_are_only_likely():
    old = Contact(name="Jon Smith", organisation="Acme Ltd", id=1)
    p = preview(["John,Smith,,,ACME,Analyst,"], [old])
    assert not p.new and not p.duplicates and len(p.likely) == 1
    assert "spelled alike" in p.likely[0].reason
    assert p.plan().updates and not p.plan().new  # merge is the default
    kept = p.plan(keep_both=[0])
    assert len(kept.new) == 1 and not kept.updates


def test_chris_and_christine_at_the_same_organisation_are_not_merged():
    old = Contact(name="Chris Lee", organisation="Acme", id=1)
    p = preview(["Christine,Lee,,,Acme,Nurse,"], [old])
    assert len(p.new) == 1 and not p.likely


def test_same_name_one_without_organisation_is_likely():
    old = Contact(name="Priya Raman", id=1)
    p = preview(["Priya,Raman,,,Bolt,Engineer,"], [old])
    assert p.likely and "no organisation" in p.likely[0].reason


def test_different_emails_are_never_certain():
    old = Contact(name="Sam Park", organisation="Acme", email="sam@a.example", id=1)
    p = preview(["Sam,Park,,sam@b.example,Acme,,"], [old])
    assert not p.duplicates and p.likely


def test_repeats_within_the_file_fill_the_first_row():
    p = preview(["Ana,Lima,,,Acme,,", "Ana,Lima,,ana@x.example,Acme Inc,Analyst,"], [])
    plan = p.plan()
    assert len(plan.new) == 1 and plan.new[0].email == "ana@x.example"
    assert p.in_file_duplicates == 1


def test_possible_duplicates_over_the_existing_list():
    people = [
        Contact(name="Ana García", organisation="Acme", id=1),
        Contact(name="Ana Garcia", organisation="Acme Inc.", id=2),
        Contact(name="Chris Lee", organisation="Acme", id=3),
        Contact(name="Christine Lee", organisation="Bolt", id=4),
    ]
    pairs = possible_duplicates(people)
    assert [(m.incoming.id, m.existing.id) for m in pairs] == [(2, 1)]


def test_merge_into_is_a_no_op_when_nothing_is_missing():
    old = Contact(name="A B", organisation="X", email="a@x.example")
    same, fields = merge_into(old, Contact(name="A B", organisation="X Inc"))
    assert same is old and fields == []


NAMES = st.text(alphabet="abcdefghij ÁÉ", min_size=1, max_size=12).filter(lambda s: s.strip())


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(NAMES, st.sampled_from(["", "Acme", "Acme Inc", "Bolt"])), max_size=12))
def test_matching_never_fails_and_merge_keeps_the_learner_fields(pairs):
    people = [Contact(name=n, organisation=o, role="kept", id=i + 1)
              for i, (n, o) in enumerate(pairs)]
    for match in possible_duplicates(people):
        assert match.incoming is not match.existing
        merged, _ = merge_into(match.existing, match.incoming)
        assert merged.role == "kept" and merged.name == match.existing.name
