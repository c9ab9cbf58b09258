"""Build the blind17 corpus: messages/, labels.jsonl and config.toml (stdlib only, deterministic).

Usage: python3 src/build.py [--stats] [--review]

Messages are numbered in delivery order (by their London date and time). Nothing is written if a
check fails. The checks:
- every date and commitment `text` occurs verbatim (white space normalised) in the message's new
  text (unquoted, signature excluded) and in the decoded file;
- weekday, day, month, year, numeric and ordinal forms in a date `text` agree with the ISO date;
  "today", "tonight", "this morning/afternoon/evening", "tomorrow", "yesterday" and "last night"
  resolve from the message's Europe/London day; a bare weekday is the next such day (the last one for
  `past`); "week commencing" labels are Mondays; a day number without a month is the next such day;
- the durations written in the text are recomputed (calendar days, weeks, months and England and
  Wales working days) and must be labelled on the computed date;
- `past` is used exactly for dates before the message's London day; one label per date per message;
  a commitment's `due` is one of the message's labelled dates;
- references are the known LA/statutory identifiers visible in the subject, new text or signature
  (so every visible one is labelled); `not_send` carries no labels;
- categories, roles and actors are in the taxonomy, and `from_la` agrees with the sender's domain;
- every file re-parses with the stdlib `email` package (Subject, Message-ID and Date round-trip,
  CRLF line endings, no In-Reply-To/References where the client dropped them);
- two renderings are byte-identical.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import pathlib
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

import msgs_2027  # noqa: E402
import msgs_2028  # noqa: E402
from corpuslib import add_months, check_message, norm_ref, render, review_words, working_days_after  # noqa: E402
from people import CONFIG, LA_DOMAINS  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
MSGS = sorted(msgs_2027.MSGS + msgs_2028.MSGS, key=lambda m: m.local_dt)
for _i, _m in enumerate(MSGS, 1):
    _m.n = _i

KNOWN_REFS = [
    "SMB/EY/27/0614",  # LA case reference
    "SEN-ENQ-27-3381",  # enquiry number from the auto-acknowledgement
    "EH873/28/00142",  # SEND Tribunal appeal
    "SA/TRIB/28/019",  # council appeals officer's reference (signature)
]
NOT_REFS = ["485 902 7716", "S1187243", "873/7004", "PYL29054", "PP-448213"]

D = dt.date.fromisoformat
# durations written in the text, recomputed: (message slug, computed, labelled)
DURATIONS = [
    ("auto_acknowledgement", working_days_after(D("2027-09-15"), 10), D("2027-09-29")),
    ("request_for_assessment", D("2027-09-15") + dt.timedelta(weeks=6), D("2027-10-27")),
    ("re_request_officer_ack", D("2027-09-15") + dt.timedelta(weeks=6), D("2027-10-27")),
    ("decision_to_assess", D("2027-10-22") + dt.timedelta(weeks=6), D("2027-12-03")),
    ("decision_to_assess", D("2027-09-15") + dt.timedelta(weeks=20), D("2028-02-02")),
    ("health_advice_portfolio", D("2027-12-06") + dt.timedelta(days=14), D("2027-12-20")),
    (
        "draft_ehc_plan",
        D("2028-01-12") + dt.timedelta(days=15 - 1),
        D("2028-01-26"),
    ),  # 15 days, starting today
    ("re_draft_comments_received", D("2028-01-25") + dt.timedelta(days=15), D("2028-02-09")),
    ("fw_larkfield_consultation", D("2028-02-10") + dt.timedelta(days=1), D("2028-02-11")),
    ("final_ehc_plan", add_months(D("2028-02-14"), 2), D("2028-04-14")),
    ("amended_final_ehc_plan", add_months(D("2028-06-13"), 2), D("2028-08-13")),
]


def labels(m) -> dict:
    return {
        "file": m.file,
        "message_id": m.message_id,
        "thread": m.thread,
        "from_la": m.from_la,
        "category": m.category,
        "references": list(m.refs),
        "dates": [{"text": d.text, "date": d.date, "role": d.role} for d in m.dates],
        "commitments": [
            {"actor": c.actor, "action": c.action, "due": c.due, "text": c.text} for c in m.commits
        ],
    }


def assign_refs(m) -> None:
    if m.category == "not_send":
        m.refs = []
        return
    vis = m.visible_ref_text()
    nvis = norm_ref(vis)
    found = [(nvis.find(norm_ref(k)), k) for k in KNOWN_REFS if norm_ref(k) in nvis]
    m.refs = [k for _, k in sorted(found)]


def build() -> tuple[dict[str, bytes], list[str]]:
    errors: list[str] = []
    files: dict[str, bytes] = {}
    ids = set()
    by_slug = {}
    for m in MSGS:
        if m.slug in by_slug:
            errors.append(f"{m.slug}: duplicate slug")
        by_slug[m.slug] = m
        assign_refs(m)
        raw = render(m)
        if raw != render(m):
            errors.append(f"{m.file}: rendering not deterministic")
        dom = m.frm.addr.split("@", 1)[1]
        is_la = any(dom == d or dom.endswith("." + d) for d in LA_DOMAINS)
        if is_la != m.from_la:
            errors.append(f"{m.file}: from_la {m.from_la} but sender {dom}")
        if m.message_id:
            if m.message_id in ids:
                errors.append(f"{m.file}: duplicate Message-ID")
            ids.add(m.message_id)
        if m.reply_to is not None and m.reply_to not in MSGS and m.quote_of is None:
            errors.append(f"{m.file}: replies to a message outside the mailbox")
        for bad in NOT_REFS:
            if any(norm_ref(bad) == norm_ref(r) for r in m.refs):
                errors.append(f"{m.file}: non-reference {bad} labelled")
        errors += [f"{m.file}: {e}" for e in check_message(m, raw)]
        files[m.file] = raw
    for slug, got, want in DURATIONS:
        if got != want:
            errors.append(f"{slug}: duration gives {got}, label says {want}")
        if not any(d.date == want.isoformat() for d in by_slug[slug].dates):
            errors.append(f"{slug}: computed date {want} not labelled")
    return files, errors


def stats() -> None:
    threads = collections.Counter(m.thread for m in MSGS)
    cats = collections.Counter(m.category for m in MSGS)
    roles = collections.Counter(d.role for m in MSGS for d in m.dates)
    actors = collections.Counter(c.actor for m in MSGS for c in m.commits)
    commits = [c for m in MSGS for c in m.commits]
    print(f"messages {len(MSGS)}, from_la {sum(m.from_la for m in MSGS)}")
    print(
        f"conversations {len(threads)} ({sum(1 for v in threads.values() if v > 1)} with more than one message)"
    )
    print(f"dates {sum(roles.values())}: {dict(roles.most_common())}")
    print(
        f"commitments {len(commits)} ({sum(1 for c in commits if c.due)} with due): {dict(actors.most_common())}"
    )
    print(
        f"references {sum(len(m.refs) for m in MSGS)}: "
        f"{dict(collections.Counter(r for m in MSGS for r in m.refs).most_common())}"
    )
    print("categories", dict(cats.most_common()))
    print(f"span {MSGS[0].date} .. {MSGS[-1].date}")
    for t in sorted(threads):
        print(f"  {t}: {', '.join(f'{m.n:03d}' for m in MSGS if m.thread == t)}")


def review() -> None:
    for m in MSGS:
        words = review_words(m)
        if words:
            print(f"{m.file} [{m.category}]: {words}")


def main() -> int:
    files, errors = build()
    files2, _ = build()
    if files != files2:
        errors.append("two builds differ")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        return 1
    out = ROOT / "messages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        if old.name not in files:
            old.unlink()
    for name, raw in files.items():
        (out / name).write_bytes(raw)
    with open(ROOT / "labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for m in MSGS:
            f.write(json.dumps(labels(m), ensure_ascii=False) + "\n")
    (ROOT / "config.toml").write_text(CONFIG, encoding="utf-8", newline="\n")
    print(f"wrote {len(files)} messages, labels.jsonl and config.toml")
    if "--stats" in sys.argv:
        stats()
    if "--review" in sys.argv:
        review()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
