#!/usr/bin/env python3
"""Build the held-out corpus from the declarations in messages.py (stdlib only).

Writes ../messages/msg-NNN.eml (CRLF), ../labels.jsonl, ../config.toml and
../README.md (from README.template.md, with the statistics filled in), then
runs consistency checks over the declarations and the written files:

  * every .eml parses with the email package; Message-ID/Date/Subject round-trip;
  * every labelled date text, commitment text and reference occurs in the
    message's NEW text (reference also: subject or signature), never only in the quote;
  * a date text naming a day and month agrees with the ISO date (and weekday);
  * role `past` only before the message's London date, deadline/meeting not before it;
  * not_send messages carry no references, dates or commitments;
  * a commitment's due date is also one of the message's labelled dates;
  * messages are in delivery order and the date arithmetic in CHECKS holds.

Usage:  python3 src/build.py            (from tests/corpus/heldout/)
"""

import collections
import datetime as dt
import email
import email.policy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import corpus  # noqa: E402
import messages  # noqa: E402
from people import OWNER  # noqa: E402

CONFIG = """# Mailbox owner and parties for the held-out corpus (all fictional).
timezone = "Europe/London"

[owner]
name = "Daniel Okafor"
addresses = ["daniel.okafor@example.com", "d.okafor@work.example.org"]

[[children]]
name = "Amara Okafor"
la_reference = "EHCP/NV/2022/0378"
date_of_birth = "2015-06-04"

[[children]]
# Kofi has no plan: he is assessed in 2026 and the LA decides not to issue one.
# He is listed so that mail about his assessment can be attributed to him.
name = "Kofi Okafor"
la_reference = "EHCP/NV/2026/0113"
date_of_birth = "2019-02-11"

[[parties]]
kind = "la"
name = "Northvale Council (SEND Service, EP service, complaints, legal)"
domains = ["northvale.gov.uk"]
addresses = []

[[parties]]
kind = "advice"
name = "Northvale SENDIASS (hosted on the council's mail system)"
domains = []
addresses = ["sendiass@northvale.gov.uk"]

[[parties]]
kind = "school"
name = "Brightwater Learning Trust (Hollins Brook Primary Academy, Castlegate Academy)"
domains = ["brightwatertrust.org.uk"]
addresses = []

[[parties]]
kind = "health"
name = "Northvale Children's Community Services (NHSmail)"
domains = ["nhs.net"]
addresses = []

[[parties]]
kind = "tribunal"
name = "First-tier Tribunal (SEND)"
domains = ["tribunals.justice.gov.uk"]
addresses = []

[[parties]]
kind = "advice"
name = "Kite SEND Advocacy"
domains = ["kiteadvocacy.org.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Clearwater Mediation"
domains = ["clearwatermediation.co.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Grace Okafor (the children's mother)"
domains = []
addresses = ["grace.okafor@example.net"]
"""

ROLES = {"deadline", "meeting", "past", "other"}
ACTORS = {"la", "parent", "school", "health", "other"}
CATEGORIES = [
    "assessment_request",
    "acknowledgement",
    "decision_to_assess",
    "refusal_to_assess",
    "information_request",
    "appointment",
    "draft_plan",
    "final_plan",
    "decision_not_to_issue",
    "annual_review",
    "delay_notice",
    "chaser",
    "complaint",
    "mediation_tribunal",
    "general",
    "not_send",
]
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


DATE_LIKE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tomorrow|yesterday|tonight|next week|this week)\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\bthe \d{1,2}(?:st|nd|rd|th)\b|\bw/[bc]\b",
    re.I,
)


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


def norm_ref(r):
    return re.sub(r"\s+", "", r).upper()


def alnum(r):
    return re.sub(r"[^0-9A-Za-z]", "", r).upper()


def check_date_text(text, iso):
    """If the text names day+month (or dd/mm, dd.mm.yy) check they match the ISO date."""
    d = dt.date.fromisoformat(iso)
    errs = []
    m = re.search(
        r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
        text,
        re.I,
    )
    if m and (int(m.group(1)), MONTHS[m.group(2).lower()]) != (d.day, d.month):
        errs.append(f"day/month {m.group(0)!r} != {iso}")
    m = re.search(r"\b(\d{1,2})[./](\d{1,2})[./](\d{2,4})\b", text)
    if m:
        y = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)
        if (int(m.group(1)), int(m.group(2)), y) != (d.day, d.month, d.year):
            errs.append(f"numeric date {m.group(0)!r} != {iso}")
    m = re.search(r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b", text, re.I)
    if m and DAYS[d.weekday()] != m.group(1).lower():
        errs.append("weekday {!r} != {} ({})".format(m.group(0), iso, d.strftime("%A")))
    m = re.search(r"\b(20\d\d)\b", text)
    if m and int(m.group(1)) != d.year:
        errs.append(f"year {m.group(0)!r} != {iso}")
    return errs


def main():
    msgs = messages.MSGS
    by_key = {}
    errors = []
    warnings = []
    for a, b in messages.CHECKS:
        if a != b:
            errors.append(f"date arithmetic check failed: {a} != {b}")

    outdir = os.path.join(ROOT, "messages")
    os.makedirs(outdir, exist_ok=True)
    for f in os.listdir(outdir):
        if f.endswith(".eml"):
            os.remove(os.path.join(outdir, f))

    labels = []
    prev = None
    for i, m in enumerate(msgs, 1):
        if m.key in by_key:
            errors.append(f"duplicate key {m.key}")
        m.file = "msg-%03d.eml" % i
        raw = corpus.render(m, by_key, OWNER)
        by_key[m.key] = m
        with open(os.path.join(outdir, m.file), "w", encoding="utf-8", newline="") as fh:
            fh.write(raw)

        inst = m.when - dt.timedelta(hours=0 if m.utc else corpus.mk.london_offset(m.when))
        if prev is not None and inst < prev:
            errors.append(f"{m.file} is out of delivery order")
        prev = inst

        body, sig = m.new_text()
        nb, _ns = norm_ws(body), norm_ws(sig)
        ctx = f"{m.file} ({m.key})"
        if m.category not in CATEGORIES:
            errors.append(f"{ctx}: bad category {m.category}")
        if m.category == "not_send" and (m.refs or m.dates or m.com):
            errors.append(f"{ctx}: not_send with labels")
        refs = []
        hay = alnum(m.subject + " " + body + " " + sig)
        for r in m.refs:
            if alnum(r) not in hay:
                errors.append(f"{ctx}: reference {r!r} not in subject/new text/signature")
            if norm_ref(r) not in refs:
                refs.append(norm_ref(r))
        today = m.london.date()
        dates = []
        seen = set()
        for text, iso, role in m.dates:
            if role not in ROLES:
                errors.append(f"{ctx}: bad role {role}")
            if norm_ws(text) not in nb:
                errors.append(f"{ctx}: date text {text!r} not in new text")
            for e in check_date_text(text, iso):
                errors.append(f"{ctx}: {e}")
            d = dt.date.fromisoformat(iso)
            if role == "past" and d >= today:
                errors.append(f"{ctx}: {iso} labelled past but not before {today}")
            if role in ("deadline", "meeting") and d < today:
                errors.append(f"{ctx}: {iso} labelled {role} but before {today}")
            if iso in seen:
                errors.append(f"{ctx}: date {iso} listed twice")
            seen.add(iso)
            dates.append({"text": text, "date": iso, "role": role})
        if m.category != "not_send":
            covered = [False] * len(nb)
            for text, _, _ in m.dates:
                for mm in re.finditer(re.escape(norm_ws(text)), nb):
                    for k in range(mm.start(), mm.end()):
                        covered[k] = True
            for mm in DATE_LIKE.finditer(nb):
                if not any(covered[mm.start() : mm.end()]):
                    warnings.append(
                        f"{ctx}: unlabelled date-like {nb[max(0, mm.start() - 25) : mm.end() + 10]!r}"
                    )
        coms = []
        for actor, action, due, text in m.com:
            if actor not in ACTORS:
                errors.append(f"{ctx}: bad actor {actor}")
            if norm_ws(text) not in nb:
                errors.append(f"{ctx}: commitment text {text[:50]!r} not in new text")
            if due is not None and due not in seen:
                errors.append(f"{ctx}: commitment due {due} is not a labelled date")
            coms.append({"actor": actor, "action": action, "due": due, "text": text})
        labels.append(
            {
                "file": m.file,
                "message_id": m.mid if m.has_mid else None,
                "thread": m.thread,
                "from_la": m.frm.kind == "la",
                "category": m.category,
                "references": refs,
                "dates": dates,
                "commitments": coms,
            }
        )

    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "config.toml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(CONFIG)

    # ---- parse every written file back
    for l in labels:
        path = os.path.join(outdir, l["file"])
        with open(path, "rb") as fh:
            data = fh.read()
        if b"\n" in data.replace(b"\r\n", b""):
            errors.append("{}: bare LF".format(l["file"]))
        msg = email.message_from_bytes(data, policy=email.policy.default)
        mid = msg.get("Message-ID")
        mid = str(mid).strip() if mid is not None else None
        if mid != l["message_id"]:
            errors.append(
                "{}: Message-ID {!r} != label {!r}".format(l["file"], mid, l["message_id"])
            )
        if msg.get("Date") is None or msg["Date"].datetime is None:
            errors.append("{}: Date does not parse".format(l["file"]))
        m = by_key[next(k for k, v in by_key.items() if v.file == l["file"])]
        if str(msg["Subject"]) != m.subject:
            errors.append("{}: Subject round-trip {!r}".format(l["file"], str(msg["Subject"])))
        part = msg.get_body(preferencelist=("plain", "html"))
        if part is None:
            errors.append("{}: no body".format(l["file"]))
            continue
        content = part.get_content()
        probe = norm_ws(m.body.split("\n")[0])[:30]
        if part.get_content_type() == "text/plain" and not m.wrap and probe not in norm_ws(content):
            errors.append("{}: body probe {!r} not found after decoding".format(l["file"], probe))

    # ---- statistics and README
    threads = collections.Counter(l["thread"] for l in labels)
    cats = collections.Counter(l["category"] for l in labels)
    roles = collections.Counter(d["role"] for l in labels for d in l["dates"])
    actors = collections.Counter(c["actor"] for l in labels for c in l["commitments"])
    n_dates = sum(len(l["dates"]) for l in labels)
    n_com = sum(len(l["commitments"]) for l in labels)
    n_com_due = sum(1 for l in labels for c in l["commitments"] if c["due"])
    missing = [c for c in CATEGORIES if c not in cats]
    if missing:
        errors.append(f"categories not covered: {missing}")
    stats = (
        [
            "| | count |",
            "|---|---|",
            "| messages | %d |" % len(labels),
            "| conversations (gold threads) | %d (%d with more than one message) |"
            % (len(threads), sum(1 for v in threads.values() if v > 1)),
            "| messages from the LA (`from_la`) | %d |" % sum(l["from_la"] for l in labels),
            "| references | %d |" % sum(len(l["references"]) for l in labels),
            "| dates | %d |" % n_dates,
            "| commitments | %d (%d with a due date) |" % (n_com, n_com_due),
            "",
            "| category | messages |",
            "|---|---|",
        ]
        + ["| `%s` | %d |" % (c, n) for c, n in sorted(cats.items(), key=lambda x: (-x[1], x[0]))]
        + [
            "",
            "Date roles: " + ", ".join("%s %d" % (r, roles[r]) for r in sorted(roles)) + ".  ",
            "Commitment actors: "
            + ", ".join("%s %d" % (a, actors[a]) for a in sorted(actors))
            + ".",
        ]
    )
    files = ["| file | thread | category | from_la | summary |", "|---|---|---|---|---|"]
    for m, l in zip(msgs, labels, strict=False):
        files.append(
            "| {} | {} | {} | {} | {} |".format(
                l["file"], l["thread"], l["category"], "yes" if l["from_la"] else "", m.key
            )
        )
    with open(os.path.join(HERE, "README.template.md"), encoding="utf-8") as fh:
        tpl = fh.read()
    readme = tpl.replace("{{STATS}}", "\n".join(stats)).replace("{{FILES}}", "\n".join(files))
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme)

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("\n".join(stats))
    print("%d messages written, %d errors" % (len(labels), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
