"""Build the blind19 corpus: messages/, labels.jsonl and config.toml (stdlib only, deterministic).

Usage: python3 src/build.py [--stats] [--review]

Nothing is written if a check fails. Checks:
- every date and commitment `text` occurs in the message's new text (unquoted, signature
  excluded) and in the decoded file;
- weekday, day, month, year, numeric and ordinal forms and relative words ("today",
  "tomorrow", "yesterday", "last night", ...) in a date `text` agree with the ISO date,
  resolved from the message's London day; bare weekdays are the next such day (the last one
  for `past`); "week of" labels are Mondays;
- `past` is used exactly for dates before the message's London day; one label per date per
  message; a commitment's `due` is one of the message's labelled dates and that date is
  written inside the commitment's own sentence;
- the durations written in the text are recomputed (calendar days, months and England and
  Wales working days);
- every labelled reference is visible in subject/new text/signature, and every known
  reference visible there is labelled; `not_send` carries no labels;
- categories, roles and actors are in the taxonomy; `from_la` agrees with the sender's domain;
- messages are numbered and in delivery order; Message-IDs are unique; In-Reply-To targets
  exist in the corpus;
- every file re-parses with the stdlib `email` package (Subject, Message-ID and Date
  round-trip, CRLF); two renderings are byte-identical.
`--review` lists date-like words in new text that carry no label (each one was checked by hand).
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
from corpuslib import add_months, check_message, render, review, working_days_after  # noqa: E402
from people import CONFIG, LA_DOMAINS  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
MSGS = msgs_a.MSGS + msgs_b.MSGS

KNOWN_REFS = [
    "HB/EHCP/21/0763",  # Ayaan's EHC plan
    "TA/27/0592",  # transport case (primary route)
    "TA/28/0147",  # transport case (Year 7)
    "CFB/28/00241",  # complaint
    "MEQ/28/0093",  # council's member-enquiry reference
]

D = dt.date.fromisoformat
# durations written in the text, recomputed: (file number, computed, labelled)
DURATIONS = [
    (14, D("2027-06-16") + dt.timedelta(weeks=4), D("2027-07-14")),  # four weeks of the review
    (22, working_days_after(D("2027-08-13"), 20), D("2027-09-13")),  # 20 working days (30 Aug BH)
    (26, working_days_after(D("2027-09-09"), 5), D("2027-09-16")),  # five working days of the panel
    (45, D("2027-12-13") + dt.timedelta(days=15), D("2027-12-28")),  # 15 days of the letter
    (54, working_days_after(D("2028-02-16"), 10), D("2028-03-01")),  # 10 working days
    (60, working_days_after(D("2028-03-01"), 20), D("2028-03-29")),  # 20 working days of the letter
    (61, add_months(D("2028-03-03"), 2), D("2028-05-03")),  # two months of the letter
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
        if m.reply_to is not None and m.reply_to.n >= m.n:
            errors.append(f"{m.file}: replies to a later message")
        errors += [f"{m.file}: {e}" for e in check_message(m, raw, KNOWN_REFS)]
        files[m.file] = raw
    for n, got, want in DURATIONS:
        if got != want:
            errors.append(f"{n:03d}: duration gives {got}, label says {want}")
        if not any(d.date == want.isoformat() for d in MSGS[n - 1].dates):
            errors.append(f"{n:03d}: computed date {want} not labelled")
    threads = collections.defaultdict(list)
    for m in MSGS:
        threads[m.thread].append(m)
    for t, ms in threads.items():
        for m in ms[1:]:
            if m.reply_to is None:
                errors.append(f"{m.file}: joins {t} but replies to nothing")
            elif m.reply_to.thread != t:
                errors.append(f"{m.file}: in {t} but replies into {m.reply_to.thread}")
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
    if "--review" in sys.argv:
        for m in MSGS:
            if m.category == "not_send":
                continue
            for line in review(m):
                print(f"{m.file}: {line}")
        return 0
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
