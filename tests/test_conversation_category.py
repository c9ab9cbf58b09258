"""Replies take their conversation's category where the pipeline's rules say so."""

from __future__ import annotations

import pytest
from conftest import CASE_CONFIG
from test_case_events import OFFICER, PARENT, eml

from assistant import ingest
from assistant.config import load_config
from assistant.conversation_category import inheritance
from assistant.db import messages as store
from assistant.db import open_database
from assistant.sources import RawItem

MEDIATION = "Mediation Team <cases@calmwater-mediation.example.com>"
CONFIG = {
    **CASE_CONFIG,
    "parties": [
        *CASE_CONFIG["parties"],
        {
            "kind": "other",
            "name": "Calmwater Mediation",
            "domains": ["calmwater-mediation.example.com"],
        },
    ],
}
OPENING = (
    "Dear Mrs Okafor,\n\nThank you for contacting us about mediation for Toby Okafor. "
    "Eastmere Borough Council has agreed to take part. The mediation meeting will be held "
    "on 14 May 2026 at 10am. If the mediation does not settle the matter we will issue a "
    "mediation certificate so that you can appeal to the SEND Tribunal.\n\nMediation Team"
)
REPLY = "Thank you. I confirm that I will be there.\n\nGrace"


@pytest.fixture
def log(write_config):
    config = load_config(write_config(CONFIG, name="conversation.toml"))
    db = open_database(config.database)
    items = [
        eml(
            1, MEDIATION, PARENT, "Mediation - Toby Okafor", "Mon, 04 May 2026 10:00 +0100", OPENING
        ),
        eml(
            2,
            PARENT,
            MEDIATION,
            "Re: Mediation - Toby Okafor",
            "Mon, 04 May 2026 12:00 +0100",
            REPLY,
            reply=1,
        ),
        eml(
            3,
            OFFICER,
            PARENT,
            "Toby's file",
            "Tue, 05 May 2026 09:00 +0100",
            "Thanks, noted.\n\nDaniel",
        ),
        eml(4, PARENT, OFFICER, "Re: Toby's file", "Tue, 05 May 2026 10:00 +0100", REPLY, reply=3),
        eml(
            5,
            MEDIATION,
            PARENT,
            "Automatic reply: Re: Mediation - Toby Okafor",
            "Mon, 04 May 2026 12:01 +0100",
            "I am out of the office until Thursday and will reply then.",
            reply=2,
        ).replace(b"MIME-Version", b"Auto-Submitted: auto-replied\nMIME-Version"),
    ]
    ingest.import_items(db, config, [RawItem(f"t{n}.eml", data) for n, data in enumerate(items, 1)])
    yield config, db
    db.close()


def categories(db) -> dict[str, tuple[str, str]]:
    """{Message-ID: (category, own category)}."""
    return {
        mid: (category, own)
        for mid, category, own in db.execute(
            "select message_id, category, own_category from messages "
            "join analyses on analyses.message = messages.id"
        )
    }


def test_a_short_reply_in_a_mediation_exchange_is_part_of_it(log):
    _, db = log
    found = categories(db)
    assert found["<t1@test.example>"][0] == "mediation_tribunal"
    assert found["<t2@test.example>"] == ("mediation_tribunal", "general")
    assert found["<t4@test.example>"] == ("general", "general")  # same words, other exchange
    assert found["<t5@test.example>"][0] != "mediation_tribunal"  # an out-of-office reply


def test_split_out_of_the_exchange_the_reply_has_its_own_category_again(log):
    config, db = log
    reply = store.resolve_message(db, "<t2@test.example>")
    store.add_thread_edit(db, "split", reply["message_key"], None)
    ingest.rethread(db, config)
    assert categories(db)["<t2@test.example>"] == ("general", "general")


def test_the_rule_is_pipeline_data():
    inherit = inheritance()
    assert "general" in inherit["mediation_tribunal"]
    assert "annual_review" not in inherit  # moving a review meeting stays an appointment
