"""Splitting a body into new text, quoted history and signature/disclaimer."""

from __future__ import annotations

import json

import pytest
from conftest import DATA

from assistant.parse import parse_message
from assistant.split import split_body

SPLIT = DATA / "split"
CASES = json.loads((SPLIT / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_fixture_new_text_quote_and_signature(case):
    body = parse_message((SPLIT / case["file"]).read_bytes()).body
    for phrase in case["new_contains"]:
        assert phrase in body.new_text, case.get("note", "")
    for phrase in case["new_excludes"]:
        assert phrase not in body.new_text, case.get("note", "")
        assert phrase in body.quoted_text + body.signature, "quoted history must be kept"
    for phrase in case["signature_contains"]:
        assert phrase in body.signature


def test_every_split_fixture_is_listed():
    assert sorted(c["file"] for c in CASES) == sorted(p.name for p in SPLIT.glob("*.eml"))


def test_inline_replies_between_quotes_are_new_text():
    body = split_body(
        "On Mon, 2 Mar 2026 at 09:00, Helen Marsden <helen@brackenmoor.gov.uk> wrote:\n"
        "> Can you attend on 12 March?\n"
        "Yes, I can attend.\n"
        "> Will Arjun come too?\n"
        "No, he will be at school.\n"
    )
    assert body.new_text == "Yes, I can attend.\nNo, he will be at school."
    assert "Can you attend" in body.quoted_text
    assert "wrote:" in body.quoted_text


@pytest.mark.parametrize(
    "attribution",
    [
        "Wiadomość napisana przez Helen Marsden <helen@brackenmoor.gov.uk> w dniu 02.03.2026,"
        " o godz. 09:00:",
        "El lun, 2 mar 2026 a las 9:00, Helen Marsden (<helen@brackenmoor.gov.uk>)\nescribió:",
        "Den 2 mars 2026 kl. 09:00 skrev helen@brackenmoor.gov.uk:",
    ],
)
def test_an_attribution_in_another_language_is_part_of_the_quote(attribution):
    body = split_body(
        f"3 March is fine, we will both come.\n\n{attribution}\n\n> Can you attend?\n"
    )
    assert body.new_text == "3 March is fine, we will both come."
    assert "helen@brackenmoor.gov.uk" in body.quoted_text


def test_a_line_with_an_address_and_a_time_before_a_quote_needs_its_colon():
    text = "Ring helen@brackenmoor.gov.uk before 10.30 tomorrow\n> Can you attend?\n"
    assert split_body(text).new_text == "Ring helen@brackenmoor.gov.uk before 10.30 tomorrow"


def test_words_like_from_and_wrote_in_ordinary_sentences_stay_new():
    text = (
        "From: what the school told me, Arjun needs a quiet room.\n"
        "Subject: to your agreement, I would like the therapist to visit.\n"
        "My mother wrote:\n"
        "she is happy to come to the meeting."
    )
    body = split_body(text)
    assert body.new_text == text
    assert body.quoted_text == ""


def test_an_outlook_header_block_starts_quoted_history_to_the_end():
    body = split_body(
        "That is fine, thank you.\n\n"
        "From: Helen Marsden <helen.marsden@brackenmoor.gov.uk>\n"
        "Sent: 04 March 2026 10:00\n"
        "To: Priya Shah <priya.shah@example.net>\n"
        "Subject: Visit\n\n"
        "The visit is on 12 March.\n"
        "Kind regards,\nHelen\n"
    )
    assert body.new_text == "That is fine, thank you."
    assert body.quoted_text.startswith("From: Helen Marsden")
    assert body.quoted_text.endswith("Helen")


def test_a_signoff_followed_by_a_long_text_is_not_a_signature():
    lines = [f"Point {n}: the plan still does not say who provides the support." for n in range(20)]
    text = "Thanks for the draft. Some comments:\n\nThanks\n" + "\n".join(lines)
    body = split_body(text)
    assert "Point 19" in body.new_text
    assert body.signature == ""


def test_signature_after_kind_regards_and_dash_dash():
    body = split_body("I will send the form tomorrow.\n\nKind regards,\nPriya Shah\n07700 900123\n")
    assert body.new_text == "I will send the form tomorrow.\n\nKind regards,"
    assert body.signature == "Priya Shah\n07700 900123"
    body = split_body("See you then.\n-- \nMegan Holt\nSENDIASS Adviser\n")
    assert body.new_text == "See you then."
    assert body.signature.startswith("-- ") or body.signature.startswith("--")
    assert "SENDIASS Adviser" in body.signature


def test_a_note_after_a_pasted_letters_signoff_and_a_rule_line_is_new_text():
    text = (
        "Dear Ms Shah,\n\nThe council has decided to issue a plan.\n\nYours sincerely\n"
        "Tom Baker\nSEN Officer\n---\n\nA paper copy will be posted to you on Monday.\n\n"
        "Tom Baker\nSEN Officer | SEND Team\n"
    )
    body = split_body(text)
    assert "A paper copy will be posted to you on Monday." in body.new_text
    body = split_body("Dear Ms Shah,\n\nHere it is.\n\nYours sincerely\nTom Baker\n---\n")
    assert body.new_text.endswith("Yours sincerely")


def test_a_council_disclaimer_is_not_new_text():
    disclaimer = (
        "This email and any attachments are confidential and intended solely for the "
        "addressee. If you have received this email in error please notify the sender. "
        "Emails may be monitored."
    )
    body = split_body(f"Your appeal rights are in the letter.\n\nHelen\n\n{disclaimer}\n")
    assert "appeal rights" in body.new_text
    assert "confidential" not in body.new_text
    assert "intended solely" in body.signature


def test_line_endings_and_empty_bodies():
    assert split_body("") == split_body("\r\n")
    body = split_body("Line one\r\nLine two\r\n> quoted\r\n")
    assert body.new_text == "Line one\nLine two"
    assert body.quoted_text == "> quoted"
