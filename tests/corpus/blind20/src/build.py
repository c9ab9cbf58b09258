"""Build the blind20 corpus: messages/, labels.jsonl and config.toml (stdlib only, deterministic).

Usage: python3 src/build.py [--stats] [--review]

Nothing is written if a check fails. Checks (see corpuslib.check_message and below):
- every date and commitment `text` occurs (white space normalised) in the message's new text
  (unquoted, signature excluded) and in the decoded file;
- weekday, day, month, year, numeric and ordinal forms and relative words in a date `text` agree
  with the ISO date, resolved from the message's Europe/London day; `past` is used exactly for
  dates before that day; one label per date per message; a commitment's `due` is a labelled date;
- the durations written in the text are recomputed (calendar days, weeks, months and England and
  Wales working days) and must be labelled;
- every labelled reference is visible in subject / new text / signature, every known reference
  visible there is labelled, and the never-label list (solicitor's file ref, invoice and booking
  numbers, HCPC/SRA/company numbers) is never labelled; `not_send` carries no labels;
- categories, roles and actors are in the taxonomy; `from_la` agrees with the sender's domain;
- every file re-parses with the stdlib `email` package (Subject, Message-ID, Date round-trip, CRLF,
  no parser defects; In-Reply-To absent where the client dropped it); messages are in delivery
  order; two renderings are byte-identical.
`--review` lists date-like words in new text that carry no label (to be checked by eye).
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
from corpuslib import add_months, check_message, render, working_days_after, ws  # noqa: E402
from people import CONFIG, LA_DOMAINS  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
MSGS = msgs_a.MSGS + msgs_b.MSGS

KNOWN_REFS = ["LK/EHC/27/0418", "FMS-27-0614", "FMS-27-1022", "EH941/27/00522", "LEG/SEND/27/0277"]
NEVER_REFS = [
    "JP/FAR/0931",
    "AEP-2027-118",
    "PB-448120",
    "PYL30291",
    "PYL28814",
    "612277",
    "10482213",
]

D = dt.date.fromisoformat
W = dt.timedelta
# durations written in the text, recomputed: (file number, computed, labelled)
DURATIONS = [
    (1, D("2027-04-12") + W(weeks=6), D("2027-05-24")),  # six weeks from the request
    (5, D("2027-04-12") + W(weeks=6), D("2027-05-24")),
    (12, add_months(D("2027-05-21"), 2), D("2027-07-21")),  # two months of the letter
    (21, D("2027-06-03") + W(days=30), D("2027-07-03")),  # 30 days from notifying the council
    (24, D("2027-06-18") + W(weeks=6), D("2027-07-30")),  # six weeks of the letter
    (24, D("2027-04-12") + W(weeks=20), D("2027-08-30")),  # 20 weeks from the request
    (32, D("2027-08-13") + W(days=15), D("2027-08-28")),  # 15 days of the letter (house rule: + 15)
    (
        39,
        working_days_after(D("2027-08-25"), 10),
        D("2027-09-09"),
    ),  # 10 working days over 30 August
    (43, add_months(D("2027-09-17"), 2), D("2027-11-17")),  # two months of the covering letter
    (49, add_months(D("2027-09-29"), 1), D("2027-10-29")),  # one month of the certificate
    (49, add_months(D("2027-09-17"), 2), D("2027-11-17")),
    (63, D("2028-01-13") + W(weeks=5), D("2028-02-17")),  # five weeks of the order
    (64, add_months(D("2027-09-17"), 12), D("2028-09-17")),  # annual review within 12 months
]

# files whose client dropped In-Reply-To/References, and other deliberate header traits
DROPPED_IRT = {2, 4, 23, 67}


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
        try:
            raw = render(m)
        except UnicodeEncodeError as e:
            errors.append(f"{m.file}: cannot encode in {m.charset}: {e}")
            continue
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
        if (m.n in DROPPED_IRT) != (m.reply_to is not None and not m.irt) and m.fmt != "mdn":
            errors.append(f"{m.file}: dropped-header list out of date")
        errors += [f"{m.file}: {e}" for e in check_message(m, raw, KNOWN_REFS, NEVER_REFS)]
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
            fwd = m.quote.endswith("_fwd")
            if m.reply_to in MSGS and not fwd and m.reply_to.thread != t:
                errors.append(f"{m.file}: replies into another conversation ({m.reply_to.thread})")
    return files, errors


_DATEISH = re.compile(
    r"\b(today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening)|next \w+|last \w+|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|within [^.,;]+)",
    re.I,
)


def review() -> None:
    for m in MSGS:
        if m.category == "not_send":
            continue
        new = ws(m.new_text())
        labelled = " | ".join(d.text for d in m.dates)
        for hit in _DATEISH.finditer(new):
            h = hit.group(0)
            if not any(h.lower() in d.text.lower() or d.text.lower() in h.lower() for d in m.dates):
                print(f"{m.file}: unlabelled {h!r}   [labelled: {labelled}]")


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
