"""Build the blind12 corpus: messages/, labels.jsonl and config.toml (stdlib only, deterministic).

Usage: python3 src/build.py [--stats] [--review]

Nothing is written if a check fails. Checks: every date and commitment `text` occurs in the message's
new text (unquoted, signature excluded) and in the decoded file; weekday, day, month, year, numeric and
ordinal forms and relative words in a date `text` agree with the ISO date (resolved in Europe/London);
`past` is used exactly for dates before the message's London day; one label per date per message;
a commitment's `due` is one of the message's labelled dates; the durations written in the text are
recomputed (calendar months, calendar days, England and Wales working days); every labelled reference
is visible in subject/new text/signature and every known reference visible there is labelled;
`not_send` carries no labels; categories, roles and actors are in the taxonomy; `from_la` agrees with
the sender's domain; every file re-parses with the stdlib `email` package (Subject, Message-ID and
Date round-trip, CRLF; In-Reply-To absent where it was dropped); two renderings are byte-identical.

`--review` lists date-like words in new text that carry no label (for a human to look at; each
remaining one is a deliberate non-date, see README.md).
"""

from __future__ import annotations

import collections
import datetime as dt
import email
import email.policy
import json
import pathlib
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

import msgs_a  # noqa: E402
import msgs_b  # noqa: E402
from corpuslib import check_message, render, working_days_after, ws  # noqa: E402
from people import CONFIG, LA_DOMAINS  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
MSGS = msgs_a.MSGS + msgs_b.MSGS

KNOWN_REFS = [
    "KMB/EHC/1902614",  # Callum's EHC plan (LA case) reference
    "1902614",  # the same case number written bare by the parent (020)
    "ASCFD-27-66125",  # adult social care front-door contact reference
    "PFA/3308817",  # Preparing for Adulthood team reference (social worker's signature)
    "SCN-271103-0215",  # SEND Connect notification IDs
    "SCN-280124-0091",
    "SCN-280601-0144",
    "IG-SAR-27-0388",  # subject access request
    "HWM/28/0156",  # mediation case
    "EH392/28/00171",  # tribunal appeal
    "LS/EDU/28/0046",  # council legal reference
]

D = dt.date.fromisoformat


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, d.day)


# durations written in the text, recomputed: (file number, computed, labelled)
DURATIONS = [
    (6, working_days_after(D("2027-10-12"), 10), D("2027-10-26")),  # within 10 working days
    (
        14,
        D("2027-11-16") + dt.timedelta(weeks=2),
        D("2027-11-30"),
    ),  # report two weeks after the meeting
    (14, D("2027-11-16") + dt.timedelta(weeks=4), D("2027-12-14")),  # decision within four weeks
    (21, add_months(D("2027-12-17"), 1), D("2028-01-17")),  # SAR: one calendar month of receipt
    (30, add_months(D("2028-01-24"), 2), D("2028-03-24")),  # appeal: two months of the letter
    (32, add_months(D("2028-01-24"), 2), D("2028-03-24")),
    (36, D("2028-02-03") + dt.timedelta(days=30), D("2028-03-04")),  # mediation within 30 days
    (43, max(add_months(D("2028-01-24"), 2), add_months(D("2028-02-23"), 1)), D("2028-03-24")),
    (58, D("2028-06-08") + dt.timedelta(days=1), D("2028-06-09")),  # "the next day" after the panel
    (60, D("2028-06-01") + dt.timedelta(days=15), D("2028-06-16")),  # within 15 days of the letter
    (60, D("2028-06-01") + dt.timedelta(weeks=8), D("2028-07-27")),  # eight weeks of the notice
    (65, add_months(D("2028-07-13"), 2), D("2028-09-13")),  # two months of the date of this letter
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
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        if m.reply_to is not None and not m.irt and parsed["In-Reply-To"] is not None:
            errors.append(f"{m.file}: In-Reply-To should be absent")
        if m.msgid is None and parsed["Message-ID"] is not None:
            errors.append(f"{m.file}: Message-ID should be absent")
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
        if m.reply_to is not None and m.reply_to.thread != m.thread and m.quote != "android":
            errors.append(f"{m.file}: replies into another conversation")
    return files, errors


_REVIEW = re.compile(
    r"\b(today|tonight|tomorrow|yesterday|tmrw|last night|this (?:morning|afternoon|evening)|"
    r"next (?:week|month|\w+day)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|"
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|the \d{1,2}(?:st|nd|rd|th)|within \d+ \w+|\w+ weeks?)",
    re.I,
)


def review() -> None:
    for m in MSGS:
        if m.category == "not_send":
            continue
        new = ws(m.new_text())
        covered = " || ".join(ws(d.text) for d in m.dates)
        for hit in _REVIEW.finditer(new):
            h = hit.group(0)
            if h.lower() not in covered.lower():
                print(f"{m.file}: unlabelled {h!r}")


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
