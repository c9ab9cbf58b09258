"""Build the blind15 corpus: messages/, labels.jsonl and config.toml (stdlib only, deterministic).

Usage: python3 src/build.py [--stats]

Nothing is written if a check fails. Checks:
- every date and commitment `text` occurs verbatim (white space normalised) in the message's new text
  (unquoted, signature excluded) and in the decoded file;
- weekday, day, month, year, numeric and ordinal forms and the words today / this morning /
  this afternoon / tomorrow / yesterday in a date `text` agree with the ISO date, resolved from the
  message's Europe/London day; a bare weekday is the next such day (the last one for `past`);
- `past` is used exactly for dates before the message's London day; one label per date per message;
- a commitment's `due` is one of the message's labelled dates and that date's text is inside the
  commitment sentence; no two commitments share a sentence;
- the durations written in the text are recomputed (calendar days, weeks, months and England and
  Wales working days);
- every labelled reference is visible in the subject, new text or signature, and every known
  reference visible there is labelled; `not_send` messages carry no labels;
- categories, roles and actors are in the taxonomy; `from_la` agrees with the sender's domain;
- messages are in delivery order; Message-IDs are unique;
- every file re-parses with the stdlib `email` package (Subject, Message-ID and Date round-trip,
  CRLF line endings); two renderings are byte-identical.
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
from corpuslib import add_months, check_message, render, working_days_after  # noqa: E402
from people import CONFIG, LA_DOMAINS  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
MSGS = msgs_a.MSGS + msgs_b.MSGS
for _i, _m in enumerate(MSGS, 1):
    _m.n = _i

KNOWN_REFS = ["PB/EHC/27/00562", "ENQ-270413-118", "4471923", "TMS-27-1184"]

D = dt.date.fromisoformat
W = dt.timedelta
# durations written in the text, recomputed: (message slug, computed, labelled)
DURATIONS = [
    (
        "request_for_ehc_needs_assessment",
        D("2027-04-13") + W(weeks=6),
        D("2027-05-25"),
    ),  # six weeks from today
    ("enquiry_auto_acknowledgement", working_days_after(D("2027-04-13"), 10), D("2027-04-27")),
    (
        "re_request_consent_and_views",
        D("2027-04-13") + W(weeks=6),
        D("2027-05-25"),
    ),  # panel decision date
    ("decision_overdue", working_days_after(D("2027-05-26"), 5), D("2027-06-03")),  # over 31 May
    ("decision_to_assess", D("2027-04-13") + W(weeks=20), D("2027-08-31")),  # 20 weeks from receipt
    ("ep_advice_waiting_list", D("2027-06-09") + W(weeks=6), D("2027-07-21")),  # advice due
    (
        "ep_advice_waiting_list",
        D("2027-09-14") + W(weeks=4),
        D("2027-10-12"),
    ),  # four weeks of the visit
    ("twenty_week_limit_missed", working_days_after(D("2027-09-01"), 10), D("2027-09-15")),
    (
        "draft_ehc_plan",
        D("2027-10-15") + W(days=14),
        D("2027-10-29"),
    ),  # 15 days beginning with service
    ("re_draft_corrected", D("2027-10-18") + W(days=14), D("2027-11-01")),  # 15 days from today
    ("final_ehc_plan", add_months(D("2027-11-25"), 2), D("2028-01-25")),  # two months of the letter
    (
        "re_mediation_request_logged",
        D("2027-12-08") + W(days=30),
        D("2028-01-07"),
    ),  # 30 days of being told
    ("mediation_outcome", D("2028-01-07") + W(weeks=5), D("2028-02-11")),  # five weeks from today
    (
        "amended_final_ehc_plan",
        add_months(D("2028-02-04"), 2),
        D("2028-04-04"),
    ),  # two months of the letter
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
    slugs = set()
    last = None
    by_slug = {}
    for m in MSGS:
        if m.slug in slugs:
            errors.append(f"{m.file}: duplicate slug")
        slugs.add(m.slug)
        by_slug[m.slug] = m
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
    for slug, got, want in DURATIONS:
        m = by_slug[slug]
        if got != want:
            errors.append(f"{m.file}: duration gives {got}, label says {want}")
        if not any(d.date == want.isoformat() for d in m.dates):
            errors.append(f"{m.file}: computed date {want} not labelled")
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
