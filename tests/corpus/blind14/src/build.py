"""Build the blind14 corpus: messages/, labels.jsonl and config.toml (stdlib only, deterministic).

Usage: python3 src/build.py [--stats]

Nothing is written if a check fails. Checks: every date and commitment `text` occurs in the message's
new text (unquoted, signature excluded) and in the decoded file; weekday, day, month, year, numeric and
ordinal forms and relative words in a date `text` agree with the ISO date (resolved in Europe/London);
`past` is used exactly for dates before the message's London day; one label per date per message;
a commitment's `due` is one of the message's labelled dates; the durations written in the text are
recomputed; every labelled reference is visible in subject/new text/signature and every known
reference visible there is labelled; `not_send` carries no labels; categories, roles and actors are in
the taxonomy; `from_la` agrees with the sender's domain; every file re-parses with the stdlib `email`
package (Subject, Message-ID and Date round-trip, CRLF); two renderings are byte-identical.
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
    "WS-EHC-04127",
    "ANR-28-0392",
    "TRN/28/1180",
    "WCC/CF/28/0706",
    "EH886/28/00157",
    "EH886/26/00041",
    "LS-EDU-2028-0311",
]

D = dt.date.fromisoformat
# durations written in the text, recomputed: (file number, start, result)
DURATIONS = [
    (1, D("2028-02-10") - dt.timedelta(weeks=2), D("2028-01-27")),  # reports two weeks before
    (12, D("2028-02-10") + dt.timedelta(weeks=4), D("2028-03-09")),  # four weeks of the review
    (
        16,
        D("2028-03-06") + dt.timedelta(days=14),
        D("2028-03-20"),
    ),  # 15 days, day of service = day 1
    (16, D("2028-03-06") + dt.timedelta(weeks=8), D("2028-05-01")),  # eight weeks of the notice
    (23, working_days_after(D("2028-04-13"), 5), D("2028-04-24")),  # five working days over Easter
    (38, working_days_after(D("2028-05-22"), 10), D("2028-06-06")),  # 10 working days (29 May)
    (39, D("2028-07-24"), D("2028-07-24")),  # two months of 24 May
    (41, working_days_after(D("2028-06-06"), 20), D("2028-07-04")),  # 20 working days
    (43, working_days_after(D("2028-06-13"), 20), D("2028-07-11")),  # 20 working days
    (47, D("2028-07-11") + dt.timedelta(days=28), D("2028-08-08")),  # 28 days of the letter
    (55, D("2028-09-20") + dt.timedelta(weeks=5), D("2028-10-25")),  # five weeks of the order
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
