"""Build the blind18 corpus: messages/, labels.jsonl and config.toml (stdlib only, deterministic).

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
    "EHCNA/27/2281",  # SEN assessment case
    "5572019",  # children's social care ID (LCS ID)
    "TM-27-1184",  # mediation adviser's case
    "QBC/SENQ/28/0117",  # Quarrington enquiry
    "CFT-28-00412",  # complaint
]
# never references: phone numbers, UPN, NHS-style numbers, HCPC, charity and company numbers
NOT_REFS = ["K823400117051", "PYL40217", "1190427", "09912345", "07700900617", "01632960731"]

D = dt.date.fromisoformat


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, d.day)


def next_working_day(d: dt.date) -> dt.date:
    from corpuslib import BANK_HOLIDAYS

    while d.weekday() >= 5 or d in BANK_HOLIDAYS:
        d += dt.timedelta(days=1)
    return d


# durations written in the text, recomputed: (file number, computed, label)
DURATIONS = [
    (6, D("2027-10-01") + dt.timedelta(weeks=6), D("2027-11-12")),  # six weeks from receipt
    (10, add_months(D("2027-11-10"), 2), D("2028-01-10")),  # two months of the letter
    (27, add_months(D("2027-12-22"), 1), D("2028-01-22")),  # one month of the certificate
    (27, next_working_day(add_months(D("2027-12-22"), 1)), D("2028-01-24")),  # Saturday -> Monday
    (28, D("2027-12-02") + dt.timedelta(weeks=20), D("2028-04-20")),  # 20 weeks from 2 December
    (30, D("2028-01-10") + dt.timedelta(weeks=6), D("2028-02-21")),  # EP advice: six weeks
    (47, D("2028-04-12") + dt.timedelta(days=15), D("2028-04-27")),  # 15 days of the letter
    (53, working_days_after(D("2028-05-15"), 10), D("2028-05-30")),  # 10 working days (29 May)
    (54, working_days_after(D("2028-05-15"), 10), D("2028-05-30")),
    (57, working_days_after(D("2028-05-30"), 15), D("2028-06-20")),  # 15 working days
    (57, working_days_after(D("2028-05-30"), 20), D("2028-06-27")),  # 20 working days
    (58, add_months(D("2028-05-31"), 2), D("2028-07-31")),  # two months of the final plan
    (58, add_months(D("2028-05-31"), 12) - dt.timedelta(days=1), D("2029-05-30")),  # 12 months
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
        for r in m.refs:
            if any(c.isdigit() for c in r) and r.replace(" ", "") in NOT_REFS:
                errors.append(f"{m.file}: {r} is not a reference")
        if m.thread_index and m.irt is False and ("In-Reply-To" in raw.decode("ascii", "replace")):
            errors.append(f"{m.file}: Thread-Index-only reply carries In-Reply-To")
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
    threads = {m.thread for m in MSGS}
    if not (60 <= len(MSGS) <= 70):
        errors.append(f"{len(MSGS)} messages, want 60-70")
    if not (18 <= len(threads) <= 24):
        errors.append(f"{len(threads)} conversations, want 18-24")
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
