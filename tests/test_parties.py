"""Who sent a message: configured parties first, then careful readings of unknown senders."""

from __future__ import annotations

import pytest
from conftest import BASE_CONFIG

from assistant.config import parse_config
from assistant.parties import identify_sender, known_names

CONFIG = parse_config(BASE_CONFIG)


def sender(address: str, name: str = "", signature: str = "", new_text: str = ""):
    return identify_sender(CONFIG, address, name, signature, new_text)


def test_configured_domains_and_the_owner():
    assert sender("a.officer@brackenmoor.gov.uk").from_la
    assert sender("ot@brackenmoorhealth.nhs.uk").kind == "health"
    assert sender("priya.shah@example.net").kind == "owner"
    assert not sender("someone@example.com").from_la


@pytest.mark.parametrize(
    "sign_off",
    [
        "Best wishes,\nMo Clarke\nEHC Coordinator, Brackenmoor SEND Service",
        "Thanks\nMo\nSEN Caseworker Officer | Brackenmoor County Council",
        "Mo Clarke\nEHCP Co-ordinator\nBrackenmoor SEN Team",
    ],
)
def test_an_officer_writing_from_a_personal_address_signs_in_role(sign_off):
    text = "Apologies for writing from my own account, our system is down.\n\n" + sign_off
    found = sender("mo.clarke77@example.org", "Mo Clarke", "Sent from my iPhone", text)
    assert found.from_la and found.party == "Brackenmoor County Council"


@pytest.mark.parametrize(
    "text",
    [
        # the council named, but no role: a neighbour talking about it
        "I saw the Brackenmoor council notice about the bins.\n\nCheers,\nJo",
        # a role, but another council's
        "Kind regards\nSam\nEHC Coordinator, Westfold SEND Service",
        # the council's name early in the text, not in the sign-off
        "Brackenmoor County Council SEND team rang me.\n\nMore later.\n\nLove,\nAuntie Kay\nx\nx",
    ],
)
def test_other_unknown_senders_stay_unknown(text):
    assert not sender("friend@example.org", "Jo", "", text).from_la


def test_known_names_of_parties_and_of_people_who_wrote_from_them():
    senders = [
        ("RAHMAN, Aisha (BRACKENMOOR COMMUNITY HEALTH NHS TRUST)", "health"),
        ("Dr F. Gallagher", "la"),
        ("Okafor, Daniel", "la"),
        ("SEND Team", "la"),
        ("Jo Gallagher", "school"),  # a surname two parties share names no one
        ("Therapies Brackenmoor", "health"),  # a team named after the place is no person
    ]
    names = dict(known_names(CONFIG, senders))
    assert names["rahman"] == "health" and names["okafor"] == "la"
    assert names["aisha"] == "health" and names["daniel"] == "la"  # "Aisha will send ..."
    assert "f" not in names and "jo" in names
    assert "gallagher" not in names and "team" not in names
    assert "council" not in names and "nhs" not in names
    assert names["oakfield"] == "school"  # Oakfield Primary School
    assert names["brackenmoor"] == "la"  # the council's and the trust's: alone, the council


def test_a_party_configured_as_the_family_is_named_for_the_parents_side():
    mother = {
        "kind": "other",
        "name": "Grace Adeyemi (Zofia's mother)",
        "addresses": ["g@example.com"],
    }
    config = parse_config({**BASE_CONFIG, "parties": [*BASE_CONFIG["parties"], mother]})
    names = dict(known_names(config, [("Grace Adeyemi", "other")]))
    assert names["grace"] == "owner" and names["adeyemi"] == "owner"


def test_the_owners_first_name_is_the_parents_side():
    # "Maxine will forward it to Nadia" in a social worker's notes
    assert dict(known_names(CONFIG, []))["priya"] == "owner"
