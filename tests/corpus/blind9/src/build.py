"""Build the blind9 corpus: messages/, labels.jsonl and config.toml (stdlib only, deterministic).

Usage: python3 src/build.py [--stats]

Nothing is written if a check fails. Checks (see corpuslib.check_message for the per-message ones):
- every date and commitment `text` occurs verbatim (white space normalised) in the message's new text
  (not quoted, not signature) and in the decoded file;
- weekday, day, month, year, numeric and ordinal forms in a date `text` agree with the ISO date;
  "today", "this morning", "tomorrow", "yesterday", "last night" resolve from the message's London day;
  a bare weekday is the next such day (the last one for the past); "the 3rd" is the next date with that
  day number; "week of" labels are Mondays;
- `past` is used exactly for dates before the message's London day; one label per date per message;
  a commitment's `due` is one of the message's labelled dates;
- the durations written in the text are recomputed below (calendar days, months and England and Wales
  working days);
- every labelled reference is visible in the subject, new text or signature, and every known reference
  visible there is labelled; `not_send` carries no labels;
- categories, roles and actors are in the taxonomy; `from_la` agrees with the sender's domain;
- every file re-parses with the stdlib `email` package (Subject, Message-ID and Date round-trip, CRLF,
  no In-Reply-To/References where a client dropped them); two builds are byte-identical.
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
from corpuslib import check_message, render, working_days_after  # noqa: E402
from people import CONFIG, LA_DOMAINS  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
MSGS = msgs_a.MSGS + msgs_b.MSGS

KNOWN_REFS = [
    "FM/EHCP/06627",  # Kayden's EHC plan reference
    "RV/27/0613",  # the Year 10 annual review reference (Craig's signature)
    "CSC-1184520",  # children's social care case reference (the social worker's signature)
    "CMP-28-04482",  # complaint
    "BWM-28-331",  # mediation case
    "P16T/28/0719",  # post-16 transport application
]

D = dt.date.fromisoformat


def months_later(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, d.day)


# durations written in the text, recomputed: (file number, computed, labelled)
DURATIONS = [
    (
        1,
        D("2027-06-17") - dt.timedelta(weeks=2),
        D("2027-06-03"),
    ),  # reports two weeks before the meeting
    (3, D("2027-06-17") - dt.timedelta(weeks=2), D("2027-06-03")),
    (
        5,
        D("2027-06-08") + dt.timedelta(weeks=1),
        D("2027-06-15"),
    ),  # within one week of the appointment
    (
        12,
        D("2027-06-22") - dt.timedelta(weeks=2),
        D("2027-06-08"),
    ),  # consistency: papers 2 weeks before
    (14, D("2027-06-22") + dt.timedelta(weeks=4), D("2027-07-20")),  # decision within four weeks
    (
        26,
        D("2027-09-17") + dt.timedelta(days=15),
        D("2027-10-02"),
    ),  # 15 days from the date of the letter
    (30, months_later(D("2027-10-22"), 2), D("2027-12-22")),  # two months of the letter
    (37, D("2028-01-06") + dt.timedelta(days=15), D("2028-01-21")),  # colleges have 15 days
    (
        40,
        D("2028-02-11") + dt.timedelta(days=15),
        D("2028-02-26"),
    ),  # 15 days from the date of the letter
    (52, working_days_after(D("2028-04-10"), 10), D("2028-04-26")),  # 10 working days over Easter
    (53, months_later(D("2028-04-13"), 2), D("2028-06-13")),  # two months of the letter
    (57, D("2028-04-20") + dt.timedelta(days=30), D("2028-05-20")),  # mediation within 30 days
    (59, working_days_after(D("2028-04-26"), 20), D("2028-05-25")),  # 20 working days over 1 May
    (59, D("2028-04-26") + dt.timedelta(days=28), D("2028-05-24")),  # 28 days of the letter
    (67, months_later(D("2028-06-02"), 2), D("2028-08-02")),  # two months of the letter
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
        try:
            raw = render(m)
        except (UnicodeEncodeError, ValueError) as e:
            errors.append(f"{m.file}: cannot render: {e}")
            continue
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
