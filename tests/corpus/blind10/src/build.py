"""Build the blind10 corpus: messages/, labels.jsonl and config.toml (stdlib only, deterministic).

Usage: python3 src/build.py [--stats] [--review]

Nothing is written if a check fails. The checks (see corpuslib.check_message for the per-message ones):
- every date and commitment `text` occurs verbatim (white space normalised) in the message's new text
  (not the quote, not the signature) and in the decoded file;
- weekday, day, month, year, numeric and ordinal forms in a date `text` agree with the ISO date;
  "today", "this morning", "this afternoon", "tomorrow", "yesterday" resolve from the message's London
  day; a bare weekday is the next such day (the last one for `past`); "w/c"/"week beginning" is a Monday;
- the durations written in the text are recomputed (calendar days, weeks, months and England and
  Wales working days) and the computed date must be labelled;
- `past` is used exactly for dates before the message's London day; one label per date per message;
  a commitment's `due` is one of the message's labelled dates;
- every labelled reference is visible in the subject, new text or signature, and every known reference
  visible there is labelled; `not_send` messages carry no labels;
- categories, roles and actors are in the taxonomy; `from_la` agrees with the sender's domain;
- a reply sits in its parent's conversation unless it is a forward to a new party;
- every file re-parses with the stdlib `email` package (Subject, Message-ID and Date round-trip, CRLF,
  In-Reply-To absent where the client dropped it); two renderings are byte-identical.
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

import msgs_a  # noqa: E402
import msgs_b  # noqa: E402
from corpuslib import add_months, check_message, render, working_days_after  # noqa: E402
from people import CONFIG, LA_DOMAINS  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
MSGS = msgs_a.MSGS + msgs_b.MSGS

KNOWN_REFS = ["4410627", "NA/27/0318", "ENQ/27/5519", "CSR/2028/0941"]

# forwards that open an exchange with a new party (own conversation although they quote a parent)
FORWARD_NEW = {12, 39}

D = dt.date.fromisoformat
W = dt.timedelta
# durations written in the text, recomputed: (file number, computed, label)
DURATIONS = [
    (4, D("2027-09-14") + W(days=14), D("2027-09-28")),  # within the next two weeks
    (5, working_days_after(D("2027-09-15"), 10), D("2027-09-29")),  # 10 working days from logging
    (6, D("2027-09-15") + W(weeks=6), D("2027-10-27")),  # six weeks from receipt
    (17, D("2027-10-19") + W(weeks=4), D("2027-11-16")),  # four weeks from the review
    (
        17,
        D("2027-10-31"),
        D("2027-10-31"),
    ),  # by the end of the month (last day of the message's month)
    (20, D("2027-09-15") + W(weeks=20), D("2028-02-02")),  # 20 weeks from receipt
    (21, D("2027-11-02") + W(weeks=6), D("2027-12-14")),  # advice within six weeks of the requests
    (35, D("2027-09-15") + W(weeks=20), D("2028-02-02")),
    (
        38,
        D("2028-01-18") + W(days=15),
        D("2028-02-02"),
    ),  # within 15 days of the date of this letter
    (
        47,
        D("2028-02-07") + W(days=14),
        D("2028-02-21"),
    ),  # 15 days beginning with the day of service
    (50, D("2027-10-19") + W(weeks=4), D("2027-11-16")),  # within four weeks of the meeting
    (50, working_days_after(D("2028-02-14"), 20), D("2028-03-13")),  # 20 working days of the letter
    (50, D("2028-01-18") + W(weeks=8), D("2028-03-14")),  # eight weeks from the amendment notice
    (56, add_months(D("2028-03-08"), 2), D("2028-05-08")),  # two months of the covering letter
    (58, add_months(D("2028-03-16"), 2), D("2028-05-16")),
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
        dom = m.frm.domain
        is_la = any(dom == d or dom.endswith("." + d) for d in LA_DOMAINS)
        if is_la != m.from_la:
            errors.append(f"{m.file}: from_la {m.from_la} but sender {dom}")
        if m.message_id:
            if m.message_id in ids:
                errors.append(f"{m.file}: duplicate Message-ID")
            ids.add(m.message_id)
        if m.parent is not None and m.parent.thread != m.thread and m.n not in FORWARD_NEW:
            errors.append(f"{m.file}: reply outside its parent's conversation")
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
        f"conversations {len(threads)} ({sum(1 for v in threads.values() if v > 1)} with more than one message)"
    )
    print(f"dates {sum(roles.values())}: {dict(roles.most_common())}")
    print(
        f"commitments {len(commits)} ({sum(1 for c in commits if c.due)} with due): {dict(actors.most_common())}"
    )
    refs = collections.Counter(r for m in MSGS for r in m.refs)
    print(f"references {sum(refs.values())} (message, reference) pairs: {dict(refs.most_common())}")
    print("categories", dict(cats.most_common()))
    print(f"span {MSGS[0].date} .. {MSGS[-1].date}")


REVIEW_RE = re.compile(
    r"\b(today|tonight|tomorrow|yesterday|this (?:morning|afternoon|week)|next week|last week|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*|"
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|the \d{1,2}(?:st|nd|rd|th)|within [^.,;]+|end of the month)\b",
    re.I,
)


def review() -> None:
    """List date-like phrases in new text that no date label covers (each one reviewed by hand)."""
    for m in MSGS:
        if m.category == "not_send":
            continue
        new = m.new_text()
        for hit in REVIEW_RE.finditer(new):
            if not any(
                hit.group(0).lower() in d.text.lower() or d.text.lower() in hit.group(0).lower()
                for d in m.dates
            ):
                print(f"{m.file}: {hit.group(0)!r}")


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
