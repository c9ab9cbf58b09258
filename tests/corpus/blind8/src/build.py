"""Build the blind8 corpus: messages/, labels.jsonl and config.toml (stdlib only, deterministic).

Usage: python3 src/build.py [--stats] [--review]

Nothing is written if a check fails. The checks:
- every date and commitment `text` occurs (white space normalised) in the message's new text
  (unquoted, signature excluded) and in the decoded file;
- weekday, day, month, year, numeric and ordinal forms in a date `text` agree with the ISO date;
  "today", "this morning", "tomorrow", "yesterday" resolve from the message's London day; a bare
  weekday is the next such day (the last one for `past`); "the 11th" is the next 11th;
- the durations written in the text are recomputed (calendar, months, England and Wales working days);
- `past` is used exactly for dates before the message's London day; one label per date per message;
  a commitment's `due` is one of the message's labelled dates;
- every labelled reference is visible in subject, new text or signature, and every known reference
  visible there is labelled; `not_send` messages carry no labels;
- categories, roles and actors are in the taxonomy; `from_la` agrees with the sender's domain;
- every file re-parses with the stdlib `email` package (Subject, Message-ID and Date round-trip,
  CRLF; Message-ID absent where deliberately missing; In-Reply-To absent where dropped);
- messages are numbered and in delivery order, Message-IDs are unique, and two renderings are
  byte-identical.
`--stats` prints the counts; `--review` lists date-like words in new text that carry no label.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import pathlib
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

import msgs_a  # noqa: E402
import msgs_b  # noqa: E402
import msgs_c  # noqa: E402
from corpuslib import add_months, check_message, render, review, working_days_after  # noqa: E402
from people import CONFIG, LA_DOMAINS  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
MSGS = msgs_a.MSGS + msgs_b.MSGS + msgs_c.MSGS

KNOWN_REFS = [
    "SENA/27/0583",
    "1148207",
    "ATT-27-3391",
    "PMS-28-0041",
    "PMS-28-0297",
    "CRM-280311",
    "EH378/28/00519",
    "LS/TRB/28/0417",
]

D = dt.date.fromisoformat
W = dt.timedelta
# durations written in the text, recomputed: (file number, computed, labelled)
DURATIONS = [
    (6, D("2027-11-01") + W(weeks=6), D("2027-12-13")),  # must tell within six weeks
    (7, working_days_after(D("2027-11-01"), 10), D("2027-11-15")),  # within 10 working days
    (8, D("2027-11-01") + W(weeks=6), D("2027-12-13")),  # six weeks from receipt
    (16, add_months(D("2027-12-10"), 2), D("2028-02-10")),  # two months of the letter
    (23, D("2028-01-10") + W(days=30), D("2028-02-09")),  # mediation within 30 days
    (25, D("2028-02-03") + W(weeks=2), D("2028-02-17")),  # reg 44: notify within two weeks
    (25, D("2028-02-03") + W(weeks=10), D("2028-04-13")),  # "ten weeks from today"
    (25, add_months(D("2028-02-03"), 1), D("2028-03-03")),  # one month from the certificate
    (30, D("2028-02-18") + W(weeks=6), D("2028-03-31")),  # advice within six weeks
    (34, D("2028-03-13") + W(days=7), D("2028-03-20")),  # within 7 days of the letter
    (40, working_days_after(D("2028-04-25"), 10), D("2028-05-10")),  # 10 working days (1 May)
    (41, D("2028-05-02") + W(weeks=2, days=2), D("2028-05-18")),  # "two weeks and two days"
    (44, working_days_after(D("2028-05-12"), 20), D("2028-06-12")),  # 20 working days (29 May)
    (44, D("2028-05-12") + W(days=28), D("2028-06-09")),  # within 28 days of the letter
    (45, add_months(D("2028-05-24"), 2), D("2028-07-24")),  # two months of the letter
    (48, add_months(D("2028-06-07"), 1), D("2028-07-07")),  # one month from the certificate
    (58, working_days_after(D("2028-07-17"), 10), D("2028-07-31")),  # 10 working days of receipt
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


def build() -> tuple[dict[str, bytes], list[str]]:
    errors: list[str] = []
    files: dict[str, bytes] = {}
    ids = set()
    last = None
    for i, m in enumerate(MSGS, 1):
        if m.n != i:
            errors.append(f"{m.file}: numbering gap ({i})")
        if last and m.stamp < last:
            errors.append(f"{m.file}: not in delivery order")
        last = m.stamp
        raw = render(m)
        if raw != render(m):
            errors.append(f"{m.file}: rendering not deterministic")
        dom = m.frm.domain
        is_la = any(dom == d or dom.endswith("." + d) for d in LA_DOMAINS)
        if is_la != m.from_la:
            errors.append(f"{m.file}: from_la {m.from_la} but sender {dom}")
        if m.message_id:
            if m.message_id in ids:
                errors.append(f"{m.file}: duplicate Message-ID")
            ids.add(m.message_id)
        errors += [f"{m.file}: {e}" for e in check_message(m, raw, KNOWN_REFS)]
        files[m.file] = raw
    for n, got, want in DURATIONS:
        if got != want:
            errors.append(f"{n:03d}: duration gives {got}, label says {want}")
        if not any(d.date == want.isoformat() for d in MSGS[n - 1].dates):
            errors.append(f"{n:03d}: computed date {want} not labelled")
    return files, errors


def stats() -> None:
    threads = collections.Counter(m.thread for m in MSGS)
    cats = collections.Counter(m.category for m in MSGS)
    roles = collections.Counter(d.role for m in MSGS for d in m.dates)
    actors = collections.Counter(c.actor for m in MSGS for c in m.commits)
    commits = [c for m in MSGS for c in m.commits]
    print(f"messages {len(MSGS)}, from_la {sum(m.from_la for m in MSGS)}")
    print(
        f"conversations {len(threads)} "
        f"({sum(1 for v in threads.values() if v > 1)} with more than one message)"
    )
    print(f"dates {sum(roles.values())}: {dict(roles.most_common())}")
    print(
        f"commitments {len(commits)} ({sum(1 for c in commits if c.due)} with due): "
        f"{dict(actors.most_common())}"
    )
    print(f"references {sum(len(m.refs) for m in MSGS)}")
    print("categories", dict(cats.most_common()))
    print(f"span {MSGS[0].date} .. {MSGS[-1].date}")


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
        for m in MSGS:
            if m.category == "not_send":
                continue
            for hit in review(m):
                print(f"{m.file}: ...{hit}...")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
