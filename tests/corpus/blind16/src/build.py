"""Build the blind16 corpus: messages/, labels.jsonl and config.toml (stdlib only, deterministic).

Usage: python3 src/build.py [--stats] [--review]

Nothing is written if a check fails. The checks:
- every date and commitment `text` occurs verbatim (white space normalised) in the message's new
  text (not quoted, not signature) and in the decoded file;
- weekday, day, month, year, numeric and ordinal forms in a date `text` agree with the ISO date;
  "today", "this morning/afternoon", "tomorrow", "yesterday", bare weekdays ("Friday", "next
  Wednesday", "on Tuesday") and "the 18th" resolve from the message's Europe/London day;
- the durations written in the text are recomputed (calendar days, weeks, months and England and
  Wales working days) and the computed date is labelled;
- `past` is used exactly for dates before the message's London day; one label per date per
  message; a commitment's `due` is one of the message's labelled dates and is written in the
  commitment's own sentence;
- every labelled reference is visible in subject/new text/signature and every known reference
  visible there is labelled; `not_send` messages carry no labels;
- categories, roles and actors are in the taxonomy; `from_la` agrees with the sender's domain;
- every file re-parses with the stdlib `email` package (Subject, Message-ID and Date round-trip,
  CRLF, In-Reply-To absent where a client dropped it); messages are in delivery order;
- two complete builds are byte-identical.
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
from corpuslib import check_message, render, review, working_days_after  # noqa: E402
from people import CONFIG, LA_DOMAINS  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
MSGS = msgs_a.MSGS + msgs_b.MSGS

KNOWN_REFS = [
    "GT/EHC/19/04417",  # EHC plan / case reference
    "AR/27/2207",  # annual review reference
    "PB-2027-0614",  # personal budget reference
    "IG/SAR/28/0391",  # subject access request reference
    "CF/28/01473",  # complaint reference
    "28 003 114",  # Ombudsman reference
]

D = dt.date.fromisoformat
TD = dt.timedelta


def _next_working_day(d: dt.date) -> dt.date:
    return d if d.weekday() < 5 else working_days_after(d, 1)


# durations written in the text, recomputed: (message number, computed, labelled)
DURATIONS = [
    (11, D("2027-06-21") + TD(days=7), D("2027-06-28")),  # within 7 days of the date of this letter
    (27, D("2027-10-14") + TD(weeks=4), D("2027-11-11")),  # within four weeks of the meeting
    (29, D("2027-11-10") + TD(days=15), D("2027-11-25")),  # 15 days from the date of this letter
    (29, D("2027-11-10") + TD(weeks=8), D("2028-01-05")),  # within eight weeks of this notice
    (44, D("2028-02-26"), D("2028-02-26")),  # one month from receipt on 26 January
    (45, _next_working_day(D("2028-02-26")), D("2028-02-28")),  # one month ends on a Saturday
    (54, D("2028-03-15") + TD(days=16), D("2028-03-31")),  # 31 March is 16 days from now
    (58, working_days_after(D("2028-04-03"), 5), D("2028-04-10")),  # 5 working days of today
    (58, working_days_after(D("2028-04-03"), 10), D("2028-04-19")),  # 10 working days (Easter)
    (60, D("2028-06-05"), D("2028-06-05")),  # two months from 5 April 2028
    (63, working_days_after(D("2028-04-19"), 20), D("2028-05-18")),  # 20 working days (1 May)
    (
        65,
        working_days_after(D("2028-04-28"), 20),
        D("2028-05-30"),
    ),  # 20 working days (1 and 29 May)
    (66, working_days_after(D("2028-06-06"), 20), D("2028-07-04")),  # 20 working days
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
        if last and m.local_dt < last:
            errors.append(f"{m.file}: not in delivery order")
        last = m.local_dt
        raw = render(m)
        dom = m.frm.addr.split("@", 1)[1]
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
            for line in review(m):
                print(f"{m.file}: unlabelled {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
