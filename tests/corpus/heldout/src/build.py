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

CONFIG = '''# Mailbox owner and parties for the held-out corpus (all fictional).
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
'''

ROLES = {"deadline", "meeting", "past", "other"}
ACTORS = {"la", "parent", "school", "health", "other"}
CATEGORIES = ["assessment_request", "acknowledgement", "decision_to_assess", "refusal_to_assess",
              "information_request", "appointment", "draft_plan", "final_plan", "decision_not_to_issue",
              "annual_review", "delay_notice", "chaser", "complaint", "mediation_tribunal", "general",
              "not_send"]
MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                          "sep", "oct", "nov", "dec"])}
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


DATE_LIKE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tomorrow|yesterday|tonight|next week|this week)\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\bthe \d{1,2}(?:st|nd|rd|th)\b|\bw/[bc]\b", re.I)


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
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", text, re.I)
    if m and (int(m.group(1)), MONTHS[m.group(2).lower()]) != (d.day, d.month):
        errs.append("day/month %r != %s" % (m.group(0), iso))
    m = re.search(r"\b(\d{1,2})[./](\d{1,2})[./](\d{2,4})\b", text)
    if m:
        y = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)
        if (int(m.group(1)), int(m.group(2)), y) != (d.day, d.month, d.year):
            errs.append("numeric date %r != %s" % (m.group(0), iso))
    m = re.search(r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b", text, re.I)
    if m and DAYS[d.weekday()] != m.group(1).lower():
        errs.append("weekday %r != %s (%s)" % (m.group(0), iso, d.strftime("%A")))
    m = re.search(r"\b(20\d\d)\b", text)
    if m and int(m.group(1)) != d.year:
        errs.append("year %r != %s" % (m.group(0), iso))
    return errs


def main():
    msgs = messages.MSGS
    by_key = {}
    errors = []
    warnings = []
    for a, b in messages.CHECKS:
        if a != b:
            errors.append("date arithmetic check failed: %s != %s" % (a, b))

    outdir = os.path.join(ROOT, "messages")
    os.makedirs(outdir, exist_ok=True)
    for f in os.listdir(outdir):
        if f.endswith(".eml"):
            os.remove(os.path.join(outdir, f))

    labels = []
    prev = None
    for i, m in enumerate(msgs, 1):
        if m.key in by_key:
            errors.append("duplicate key %s" % m.key)
        m.file = "msg-%03d.eml" % i
        raw = corpus.render(m, by_key, OWNER)
        by_key[m.key] = m
        with open(os.path.join(outdir, m.file), "w", encoding="utf-8", newline="") as fh:
            fh.write(raw)

        t = m.when if not m.utc else m.when  # delivery order uses UTC-comparable instants
        inst = (m.when - dt.timedelta(hours=0 if m.utc else corpus.mk.london_offset(m.when)))
        if prev is not None and inst < prev:
            errors.append("%s is out of delivery order" % m.file)
        prev = inst

        body, sig = m.new_text()
        nb, ns = norm_ws(body), norm_ws(sig)
        ctx = "%s (%s)" % (m.file, m.key)
        if m.category not in CATEGORIES:
            errors.append("%s: bad category %s" % (ctx, m.category))
        if m.category == "not_send" and (m.refs or m.dates or m.com):
            errors.append("%s: not_send with labels" % ctx)
        refs = []
        hay = alnum(m.subject + " " + body + " " + sig)
        for r in m.refs:
            if alnum(r) not in hay:
                errors.append("%s: reference %r not in subject/new text/signature" % (ctx, r))
            if norm_ref(r) not in refs:
                refs.append(norm_ref(r))
        today = m.london.date()
        dates = []
        seen = set()
        for text, iso, role in m.dates:
            if role not in ROLES:
                errors.append("%s: bad role %s" % (ctx, role))
            if norm_ws(text) not in nb:
                errors.append("%s: date text %r not in new text" % (ctx, text))
            for e in check_date_text(text, iso):
                errors.append("%s: %s" % (ctx, e))
            d = dt.date.fromisoformat(iso)
            if role == "past" and d >= today:
                errors.append("%s: %s labelled past but not before %s" % (ctx, iso, today))
            if role in ("deadline", "meeting") and d < today:
                errors.append("%s: %s labelled %s but before %s" % (ctx, iso, role, today))
            if iso in seen:
                errors.append("%s: date %s listed twice" % (ctx, iso))
            seen.add(iso)
            dates.append({"text": text, "date": iso, "role": role})
        if m.category != "not_send":
            covered = [False] * len(nb)
            for text, _, _ in m.dates:
                for mm in re.finditer(re.escape(norm_ws(text)), nb):
                    for k in range(mm.start(), mm.end()):
                        covered[k] = True
            for mm in DATE_LIKE.finditer(nb):
                if not any(covered[mm.start():mm.end()]):
                    warnings.append("%s: unlabelled date-like %r" % (ctx, nb[max(0, mm.start() - 25):mm.end() + 10]))
        coms = []
        for actor, action, due, text in m.com:
            if actor not in ACTORS:
                errors.append("%s: bad actor %s" % (ctx, actor))
            if norm_ws(text) not in nb:
                errors.append("%s: commitment text %r not in new text" % (ctx, text[:50]))
            if due is not None and due not in seen:
                errors.append("%s: commitment due %s is not a labelled date" % (ctx, due))
            coms.append({"actor": actor, "action": action, "due": due, "text": text})
        labels.append({
            "file": m.file,
            "message_id": m.mid if m.has_mid else None,
            "thread": m.thread,
            "from_la": m.frm.kind == "la",
            "category": m.category,
            "references": refs,
            "dates": dates,
            "commitments": coms,
        })

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
            errors.append("%s: bare LF" % l["file"])
        msg = email.message_from_bytes(data, policy=email.policy.default)
        mid = msg.get("Message-ID")
        mid = str(mid).strip() if mid is not None else None
        if mid != l["message_id"]:
            errors.append("%s: Message-ID %r != label %r" % (l["file"], mid, l["message_id"]))
        if msg.get("Date") is None or msg["Date"].datetime is None:
            errors.append("%s: Date does not parse" % l["file"])
        m = by_key[[k for k, v in by_key.items() if v.file == l["file"]][0]]
        if str(msg["Subject"]) != m.subject:
            errors.append("%s: Subject round-trip %r" % (l["file"], str(msg["Subject"])))
        part = msg.get_body(preferencelist=("plain", "html"))
        if part is None:
            errors.append("%s: no body" % l["file"])
            continue
        content = part.get_content()
        probe = norm_ws(m.body.split("\n")[0])[:30]
        if part.get_content_type() == "text/plain" and not m.wrap and probe not in norm_ws(content):
            errors.append("%s: body probe %r not found after decoding" % (l["file"], probe))

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
        errors.append("categories not covered: %s" % missing)
    stats = [
        "| | count |", "|---|---|",
        "| messages | %d |" % len(labels),
        "| conversations (gold threads) | %d (%d with more than one message) |" % (
            len(threads), sum(1 for v in threads.values() if v > 1)),
        "| messages from the LA (`from_la`) | %d |" % sum(l["from_la"] for l in labels),
        "| references | %d |" % sum(len(l["references"]) for l in labels),
        "| dates | %d |" % n_dates,
        "| commitments | %d (%d with a due date) |" % (n_com, n_com_due),
        "",
        "| category | messages |", "|---|---|",
    ] + ["| `%s` | %d |" % (c, n) for c, n in sorted(cats.items(), key=lambda x: (-x[1], x[0]))] + [
        "",
        "Date roles: " + ", ".join("%s %d" % (r, roles[r]) for r in sorted(roles)) + ".  ",
        "Commitment actors: " + ", ".join("%s %d" % (a, actors[a]) for a in sorted(actors)) + ".",
    ]
    files = ["| file | thread | category | from_la | summary |", "|---|---|---|---|---|"]
    for m, l in zip(msgs, labels):
        files.append("| %s | %s | %s | %s | %s |" % (l["file"], l["thread"], l["category"],
                                                  "yes" if l["from_la"] else "", m.key))
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
