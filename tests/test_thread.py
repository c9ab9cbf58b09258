"""Threading: headers first (JWZ-style), Thread-Index, quoted headers, careful subject fallback."""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import replace

from conftest import DATA

from assistant import ingest
from assistant.db import messages as store
from assistant.quoteheader import QuoteOrigin
from assistant.sources import iter_paths
from assistant.thread import ThreadEdit, ThreadInput, assign_threads, subject_core

THREADS = DATA / "threads"
EXPECTED = json.loads((THREADS / "expected.json").read_text(encoding="utf-8"))


def file_threads(db) -> dict[str, str]:
    rows = db.query(
        "select message_sources.source, messages.thread_id from message_sources "
        "join messages on messages.id = message_sources.message"
    )
    return {row["source"].rsplit("/", 1)[-1]: row["thread_id"] for row in rows}


def test_fixture_threads_match_the_gold_groups(db, config):
    summary = ingest.import_items(db, config, iter_paths([THREADS]))
    assert summary.new == 19 and summary.duplicate == 1
    threads = file_threads(db)
    for group in EXPECTED["groups"]:
        assert len({threads[name] for name in group}) == 1, group
    firsts = [threads[group[0]] for group in EXPECTED["groups"]]
    assert len(set(firsts)) == len(firsts), "two gold conversations were merged"


def test_fixture_threads_do_not_depend_on_import_order(db, config):
    files = sorted(THREADS.glob("*.eml"))
    random.Random(7).shuffle(files)
    for path in files:  # one message at a time: each import re-threads the log
        ingest.import_items(db, config, iter_paths([path]))
    threads = file_threads(db)
    for group in EXPECTED["groups"]:
        assert len({threads[name] for name in group}) == 1, group
    assert len(set(threads.values())) == len(EXPECTED["groups"])


def test_the_byte_identical_copy_is_stored_once(db, config):
    ingest.import_items(db, config, iter_paths([THREADS]))
    [[first, copy]] = EXPECTED["duplicates"]
    rows = list(
        db.query(
            "select message, source from message_sources where source like ? or source like ?",
            [f"%/{first}", f"%/{copy}"],
        )
    )
    assert len(rows) == 2 and rows[0]["message"] == rows[1]["message"]


# ---------------------------------------------------------------- the algorithm, directly

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
OWNER = "priya.shah@example.net"


def item(key, refs=(), subject="", days=0.0, people=(), **kw) -> ThreadInput:
    return ThreadInput(
        key=key,
        message_id=kw.pop("message_id", f"<{key}@x>"),
        references=tuple(f"<{r}@x>" for r in refs),
        subject=subject,
        date=T0 + dt.timedelta(days=days),
        participants=frozenset({OWNER, *people}),
        **kw,
    )


def groups(items, edits=(), organisations=None) -> list[set[str]]:
    assignment = assign_threads(items, [OWNER], edits, organisations=organisations)
    found: dict[str, set[str]] = {}
    for key, tid in assignment.items():
        found.setdefault(tid, set()).add(key)
    return sorted(found.values(), key=min)


def test_placeholder_parent_joins_its_children_and_a_bridge_merges():
    items = [item("a", ["gone"]), item("b", ["gone"]), item("c", ["x"]), item("d", ["c", "b"])]
    assert groups(items) == [{"a", "b", "c", "d"}]
    assert groups(items[:3]) == [{"a", "b"}, {"c"}]


def test_reference_cycles_terminate():
    items = [item("a", ["b"]), item("b", ["c"]), item("c", ["a"]), item("lone")]
    assert groups(items) == [{"a", "b", "c"}, {"lone"}]


def test_headers_win_over_the_subject():
    items = [
        item("a", subject="EHCP", people={"h@brackenmoor.gov.uk"}),
        item("b", ["elsewhere"], subject="Re: EHCP", days=1, people={"h@brackenmoor.gov.uk"}),
        item("c", ["elsewhere"], subject="Re: EHCP", days=1.1, people={"h@brackenmoor.gov.uk"}),
    ]
    # b and c are placed by their headers; same subject and people do not pull them to a
    assert groups(items) == [{"a"}, {"b", "c"}]


def test_subject_fallback_needs_a_reply_prefix_a_shared_organisation_and_recent_time():
    council = {"helen@brackenmoor.gov.uk"}
    school = {"senco@oakfieldprimary.sch.uk"}
    root = item("root", subject="EHCP", people=council)
    joined = item("reply", subject="RE: EHCP", days=1, people={"tom@brackenmoor.gov.uk"})
    assert groups([root, joined]) == [{"reply", "root"}]
    other_org = item("reply", subject="RE: EHCP", days=1, people=school)
    assert groups([root, other_org]) == [{"reply"}, {"root"}]
    too_late = item("reply", subject="RE: EHCP", days=45, people=council)
    assert groups([root, too_late]) == [{"reply"}, {"root"}]
    no_prefix = item("reply", subject="EHCP", days=1, people=council)
    assert groups([root, no_prefix]) == [{"reply"}, {"root"}]


def test_a_reply_that_lost_its_headers_brings_the_replies_naming_it_along():
    mediators = "pennant-mediation.example.co.uk"
    request = item("request", (), "Mediation request", 0, {f"info@{mediators}"})
    answer = item("answer", ["request"], "RE: Mediation request", 2, {f"claire@{mediators}"})
    # the parent's phone dropped In-Reply-To; the mediator's record answers that reply
    mine = item("mine", (), "Re: Mediation request", 2.1, {f"claire@{mediators}"})
    record = item("record", ["mine"], "Mediation outcome", 20, {f"marianne@{mediators}"})
    assert groups([request, answer, mine, record]) == [{"answer", "mine", "record", "request"}]


def test_the_owner_alone_does_not_connect_two_conversations():
    a = item("a", subject="Transport", people={"x@example.org"})
    b = item("b", subject="Re: Transport", days=2, people={"y@example.com"})
    assert groups([a, b]) == [{"a"}, {"b"}]


def test_the_owners_forward_to_someone_new_starts_its_own_exchange():
    council, adviser = "aisha@wyvernshire.gov.uk", "bea@sendiass.example.org"
    letter = item("letter", subject="Final plan", people={council})
    reply = item("reply", ["letter"], "Re: Final plan", 0.1, {council}, sender=frozenset({OWNER}))
    forward = item(
        "fwd", ["letter"], "Fwd: Final plan", 1, {adviser}, sender=frozenset({OWNER, "priya"})
    )
    answer = item("answer", ["letter", "fwd"], "RE: Fwd: Final plan", 2, {adviser})
    assert groups([letter, reply, forward, answer]) == [{"answer", "fwd"}, {"letter", "reply"}]
    # forwarded within the exchange (to the officer copied in), or by someone else: joined
    inside = item("fwd", ["letter"], "Fwd: Final plan", 1, {council}, sender=frozenset({OWNER}))
    assert groups([letter, inside]) == [{"fwd", "letter"}]
    theirs = item("fwd", ["letter"], "Fwd: Final plan", 1, {adviser}, sender=frozenset({council}))
    assert groups([letter, theirs]) == [{"fwd", "letter"}]


def test_a_forward_to_another_address_of_an_organisation_in_the_exchange_stays_in_it():
    officer, duty = "craig@fenmoor.gov.uk", "send.duty@fenmoor.gov.uk"
    council = {officer: "Fenmoor County Council", duty: "Fenmoor County Council"}
    chaser = item(
        "chaser", subject="Draft plan still not here", people={officer}, sender=frozenset({OWNER})
    )
    forward = item(
        "fwd", ["chaser"], "FW: Draft plan still not here", 1, {duty}, sender=frozenset({OWNER})
    )
    assert groups([chaser, forward], organisations=council) == [{"chaser", "fwd"}]
    assert groups([chaser, forward]) == [{"chaser"}, {"fwd"}]  # organisations unknown
    # the council's letter sent on to a colleague of its writer starts an exchange of its own
    letter = item("letter", subject="Outcome of your request", people={officer})
    letter = replace(letter, sender=frozenset({officer}))
    social_worker = "nadia@fenmoor.gov.uk"
    onward = item(
        "onward",
        ["letter"],
        "Fwd: Outcome of your request",
        1,
        {social_worker},
        sender=frozenset({OWNER}),
    )
    council[social_worker] = "Fenmoor County Council"
    assert groups([letter, onward], organisations=council) == [{"letter"}, {"onward"}]
    # an Outlook forward with no References, placed by the message it quotes
    quoted = QuoteOrigin(OWNER, T0.replace(tzinfo=None), "Draft plan still not here")
    chaser = item(
        "chaser", (), "Draft plan still not here", 0, {officer}, sender=frozenset({OWNER})
    )
    bare = item(
        "fwd",
        (),
        "FW: Draft plan still not here",
        40,  # beyond the subject fallback's weeks
        {duty},
        sender=frozenset({OWNER}),
        quote_origin=quoted,
    )
    answer = item("answer", ["fwd"], "RE: FW: Draft plan still not here", 41, {duty, officer})
    together = [{"answer", "chaser", "fwd"}]
    assert groups([chaser, bare, answer], organisations=council) == together
    assert groups([chaser, bare, answer]) == [{"answer", "fwd"}, {"chaser"}]


def test_a_message_resent_to_the_address_it_misspelt_stays_in_its_exchange():
    typo, right = "transport@wealdshrie.gov.uk", "transport@wealdshire.gov.uk"
    sent = item("sent", (), "Transport for Mia", 0, {typo}, sender=frozenset({OWNER}))
    quoted = QuoteOrigin(OWNER, T0.replace(tzinfo=None), "Transport for Mia")
    resent = item(
        "resent",
        (),
        "Fwd: Transport for Mia",
        0.02,
        {right},
        sender=frozenset({OWNER}),
        quote_origin=quoted,
    )
    answer = item("answer", ["resent"], "RE: Fwd: Transport for Mia", 1, {right})
    assert groups([sent, resent, answer]) == [{"answer", "resent", "sent"}]
    # someone else at another domain is someone new
    other = replace(resent, participants=frozenset({OWNER, "advice@sendiass.example.org"}))
    assert groups([sent, other]) == [{"resent"}, {"sent"}]


def test_an_automatic_receipt_without_headers_joins_what_it_acknowledges():
    feedback, robot = "feedback@wealdshire.gov.uk", "do-not-reply@wealdshire.gov.uk"
    complaint = replace(
        item("complaint", (), "Formal complaint", 0, {feedback}, sender=frozenset({OWNER})),
        addressees=frozenset({feedback}),
    )
    receipt = item(
        "receipt",
        (),
        "Your feedback has been received - WCC/CF/28/0706",
        0.001,  # a minute and a half later
        {robot},
        sender=frozenset({robot}),
        automatic=True,
    )
    assert groups([complaint, receipt]) == [{"complaint", "receipt"}]
    # a person's message, or a receipt a day later, is not placed by time
    assert groups([complaint, replace(receipt, automatic=False)]) == [{"complaint"}, {"receipt"}]
    late = replace(receipt, date=receipt.date + dt.timedelta(days=1))
    assert groups([complaint, late]) == [{"complaint"}, {"receipt"}]


def test_a_forward_to_someone_new_is_new_though_it_copies_in_someone_from_the_exchange():
    tribunal, senco, partner = (
        "send@tribunal.example.gov.uk",
        "rt@ashcombe.example.org.uk",
        "g@example.com",
    )
    letter = item("letter", (), "Appeal registered", 0, {tribunal, partner})
    quoted = QuoteOrigin(tribunal, T0.replace(tzinfo=None), "Appeal registered")
    forward = item(
        "fwd",
        (),
        "Fwd: Appeal registered",
        0.5,
        {senco, partner},
        sender=frozenset({OWNER}),
        quote_origin=quoted,
        addressees=frozenset({senco}),
    )
    answer = item("answer", ["fwd"], "RE: Fwd: Appeal registered", 30, {senco, partner})
    assert groups([letter, forward, answer]) == [{"answer", "fwd"}, {"letter"}]
    to_both = replace(forward, addressees=frozenset({senco, partner}))
    assert groups([letter, to_both, answer]) == [{"answer", "fwd", "letter"}]


def test_a_forward_of_a_forward_starts_a_third_exchange():
    council, transport, nurse = "dawn@wealdshire.gov.uk", "k@cars.example.co.uk", "s@nhs.net"
    owner = frozenset({OWNER})
    letter = item("letter", (), "Transport", 0, {council})
    fwd1 = item("fwd1", ["letter"], "Fwd: Transport", 1, {transport}, sender=owner)
    r1 = item("r1", ["letter", "fwd1"], "RE: Fwd: Transport", 2, {transport})
    fwd2 = item(
        "fwd2", ["letter", "fwd1", "r1"], "Fwd: RE: Fwd: Transport", 3, {nurse}, sender=owner
    )
    r2 = item("r2", ["letter", "fwd1", "r1", "fwd2"], "RE: Fwd: RE: Fwd: Transport", 4, {nurse})
    assert groups([letter, fwd1, r1, fwd2, r2]) == [{"fwd1", "r1"}, {"fwd2", "r2"}, {"letter"}]


def test_a_forward_without_references_is_placed_by_the_replies_that_name_it():
    council, adviser = "aisha@wyvernshire.gov.uk", "bea@sendiass.example.org"
    letter = item("letter", subject="Final plan", people={council})
    forward = item("fwd", (), "Fwd: Final plan", 1, {adviser}, sender=frozenset({OWNER}))
    answer = item("answer", ["letter", "fwd", "fwd"], "Re: Fwd: Final plan", 2, {adviser})
    assert groups([letter, forward, answer]) == [{"answer", "fwd"}, {"letter"}]


def test_thread_index_joins_replies_without_other_headers():
    root = "AdkBc2FtcGxlLXRocmVhZC1pbmRleEFBQUE="  # 25 bytes
    reply = root[:-4] + "QkJCQkJC"  # the same first 22 bytes, more after
    other = "AdkBZGlmZmVyZW50LXRvcGljLWhlcmVBQUE="
    items = [
        item("a", thread_index=root),
        item("b", thread_index=reply, days=1),
        item("c", thread_index=other, days=1),
    ]
    assert groups(items) == [{"a", "b"}, {"c"}]


def test_messages_without_message_id_are_threaded_by_key():
    a = item("a", message_id=None)
    b = item("b", ["a"])
    assert groups([a, b]) == [{"a"}, {"b"}]


def test_manual_split_takes_the_replies_along_and_join_merges():
    items = [item("a"), item("b", ["a"], days=1), item("c", ["a", "b"], days=2), item("z")]
    assert groups(items, [ThreadEdit("split", "b")]) == [{"a"}, {"b", "c"}, {"z"}]
    assert groups(items, [ThreadEdit("join", "z", "a")]) == [{"a", "b", "c", "z"}]
    edits = [ThreadEdit("split", "b"), ThreadEdit("join", "a", "b")]
    assert groups(items, edits) == [{"a", "b", "c"}, {"z"}]


def test_thread_ids_are_stable_and_named_after_the_earliest_message():
    items = [item("a"), item("b", ["a"], days=1)]
    first = assign_threads(items)
    later = assign_threads([*reversed(items), item("c", ["b"], days=2)])
    assert first["a"] == first["b"] == later["c"]


def test_subject_core_strips_prefixes_and_tags():
    assert subject_core("RE: FW: [EXTERNAL] Re[2]:  Annual  Review") == "annual review"
    assert subject_core("OFFICIAL-SENSITIVE: AW: EHCP") == "ehcp"
    assert subject_core("Return to school") == "return to school"


def test_rethreading_stores_the_assignment(db, config):
    ingest.import_items(db, config, iter_paths([THREADS]))
    before = dict(db.execute("select message_key, thread_id from messages").fetchall())
    assert all(before.values())
    ingest.rethread(db, config)
    after = dict(db.execute("select message_key, thread_id from messages").fetchall())
    assert after == before
    assert len(store.thread_inputs(db)) == 19
