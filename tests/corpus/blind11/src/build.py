"""Build the blind11 corpus: messages/, labels.jsonl and config.toml (stdlib only, deterministic).

Usage: python3 src/build.py [--stats] [--review]

Nothing is written if a check fails. The checks:
- every date and commitment `text` occurs verbatim (white space normalised) in the message's new text
  (quoted text and signature excluded) and in the decoded file;
- weekday, day, month, year, numeric and ordinal forms in a date `text` agree with the ISO date;
  "today", "this morning/afternoon", "tomorrow", "yesterday" resolve from the message's Europe/London day;
  a bare weekday is the next such day (the last one for `past`); "week of / week commencing" labels are
  Mondays; "the end of <month>" labels are the month's last day;
- the durations written in the text are recomputed (calendar days, months, England and Wales working days);
- `past` is used exactly for dates before the message's London day; one label per date per message;
- a commitment's `due` is a labelled date whose text sits in the commitment's own sentence;
- every labelled reference is a known reference visible in the subject, new text or signature, and every
  known reference visible there is labelled; `not_send` messages carry no labels;
- categories, roles and actors are in the taxonomy; `from_la` agrees with the sender's domain;
- every file re-parses with the stdlib `email` package (Subject, Message-ID and Date round-trip, CRLF,
  In-Reply-To/References absent where a client dropped them); Message-IDs are unique;
- messages are in delivery order; two renderings are byte-identical.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import pathlib
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

import msgs_2026  # noqa: E402
import msgs_2027a  # noqa: E402
import msgs_2027b  # noqa: E402
from corpuslib import check_message, render, working_days_after, ws  # noqa: E402
from people import CONFIG, LA_DOMAINS  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
MSGS = msgs_2026.MSGS + msgs_2027a.MSGS + msgs_2027b.MSGS

KNOWN_REFS = ["4051187", "CEN-41173", "TAS/0388/27", "EH848/27/00156", "ED1186/HL"]

D = dt.date.fromisoformat
# Durations written in (or implied by) the text, recomputed: (message number, computed, labelled date).
DURATIONS = [
    (
        1,
        D("2026-10-13") - dt.timedelta(days=14),
        D("2026-09-29"),
    ),  # papers two weeks before the review
    (
        8,
        D("2026-10-13") + dt.timedelta(weeks=4),
        D("2026-11-10"),
    ),  # decision four weeks after the review
    (36, D("2027-04-26"), D("2027-04-26")),  # two months after a letter of 26 February = 26 April
    (39, D("2027-04-26"), D("2027-04-26")),
    (42, working_days_after(D("2027-03-08"), 10), D("2027-03-22")),  # 10 working days
    (46, working_days_after(D("2027-03-24"), 20), D("2027-04-23")),  # 20 working days over Easter
    (55, D("2027-06-11") + dt.timedelta(weeks=5), D("2027-07-16")),  # five weeks of the order
    (61, working_days_after(D("2027-07-12"), 20), D("2027-08-09")),  # 20 working days
    (
        64,
        D("2027-10-13") - dt.timedelta(days=1),
        D("2027-10-12"),
    ),  # the 12 months starting 13 Oct 2026
    (65, D("2027-10-05") - dt.timedelta(days=14), D("2027-09-21")),  # invitation two weeks before
]

DATE_WORDS = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|the \d{1,2}(?:st|nd|rd|th))\b",
    re.I,
)


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
    ids: set[str] = set()
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
    threads = collections.Counter(m.thread for m in MSGS)
    if not 60 <= len(MSGS) <= 70:
        errors.append(f"{len(MSGS)} messages (brief: 60-70)")
    if not 18 <= len(threads) <= 24:
        errors.append(f"{len(threads)} conversations (brief: 18-24)")
    return files, errors


def review() -> None:
    """List date-like words in new text that carry no label (each one is a deliberate non-date)."""
    for m in MSGS:
        if m.category == "not_send":
            continue
        new = ws(m.new_text())
        covered = [ws(d.text) for d in m.dates]
        for hit in DATE_WORDS.finditer(new):
            ctx = new[max(0, hit.start() - 30) : hit.end() + 30]
            if not any(hit.group(0).lower() in c.lower() and c in new for c in covered):
                print(f"{m.file}: {hit.group(0)!r} ... {ctx!r}")


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
    print(f"references {sum(len(m.refs) for m in MSGS)} (message, reference) pairs")
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
        review()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
