"""Mail written on a phone: "ill" for "I'll", "u" for "you", notes one per short line."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from assistant.understand.context import ChildInfo, MessageContext
from assistant.understand.pipeline import load_pipeline, understand

SENT_AT = dt.datetime(2026, 9, 17, 10, 0, tzinfo=ZoneInfo("Europe/London"))  # a Thursday


def understood(text: str):
    context = MessageContext(
        sent_at=SENT_AT,
        subject="Re: Callum's annual review",
        sender_kind="owner",
        recipient_kinds=("la",),
        children=(ChildInfo("Callum Reid"),),
    )
    return next(understand([(text, context)]))


def test_ill_opening_a_clause_is_i_will():
    text = "hi dev thanks. ill do the form over the wknd and get it back to u monday\n\nShona"
    [promise] = understood(text).commitments
    assert (promise.actor, promise.due) == ("parent", dt.date(2026, 9, 21))
    assert promise.text.startswith("ill do the form")
    text = "ok ill ring the school tmrw.\n\nShona"
    [promise] = understood(text).commitments
    assert promise.due == dt.date(2026, 9, 18)


@pytest.mark.parametrize(
    "text",
    [
        "He was ill with a cold on Monday, so he missed the visit.",
        "Callum has been ill since the review.",
        "He is often ill. ill health runs in the family.",
    ],
)
def test_ill_as_a_word_is_left_alone(text):
    doc = load_pipeline()(text)
    assert [t.text for t in doc] == [t.text for t in load_pipeline().make_doc(text)]
    assert understood(text).commitments == ()


def test_short_lines_of_notes_are_sentences_of_their_own():
    text = (
        "notes of our call\n\n"
        "u will issue the final amended plan by fri 26th march\n"
        "u will send me the reasons in writing by thurs\n\n"
        "shona"
    )
    context = MessageContext(
        sent_at=dt.datetime(2027, 3, 9, 18, 0, tzinfo=ZoneInfo("Europe/London")),
        sender_kind="owner",
        recipient_kinds=("la",),
        children=(ChildInfo("Callum Reid"),),
    )
    found = next(understand([(text, context)])).commitments
    assert [(c.actor, c.due) for c in found] == [
        ("la", dt.date(2027, 3, 26)),
        ("la", dt.date(2027, 3, 11)),
    ]


def test_a_hard_wrapped_paragraph_stays_one_sentence():
    text = (
        "I have spoken to the head of the sixth form and to the college, and I will\n"
        "write to you with the outcome of the panel by Friday 26 March at the latest.\n"
    )
    doc = load_pipeline()(text)
    assert len([s for s in doc.sents if s.text.strip()]) == 1
