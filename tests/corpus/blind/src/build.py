#!/usr/bin/env python3
"""Build the blind corpus from the declarations in messages.py (stdlib only).

Writes ../messages/msg-NNN.eml (CRLF), ../labels.jsonl, ../config.toml and
../README.md (from README.template.md, with statistics and the message list
filled in), then runs consistency checks over the declarations and the files:

  * every .eml parses with the email package; Message-ID, Date and Subject
    round-trip; no bare LF;
  * every labelled date text and commitment text occurs in the message's NEW
    text (body, not signature, not quote); every reference occurs in the
    subject, the new text or the signature;
  * a date text naming a day and month, a dd/mm/yy(yy) date, a weekday, a year
    or an ordinal day agrees with the ISO date;
  * relative texts ("yesterday", "tomorrow", a bare weekday, "end of the
    week", "end of next week") agree with the message's London date;
  * role `past` only before the message's London date, `deadline`/`meeting`
    not before it; a commitment's `due` is a labelled date, not in the past;
  * not_send messages carry no references, dates or commitments;
  * replies and forwards share their parent's gold thread; a freshly composed
    message starts a new one;
  * every category of the taxonomy occurs at least twice;
  * every telephone-like number is in an Ofcom drama range;
  * messages are in delivery order and every arithmetic check in
    messages.CHECKS holds (working days, months, weeks).

Usage:  python3 src/build.py            (from tests/corpus/blind/)
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

TODAY = dt.date(2026, 12, 5)

CONFIG = """# Mailbox owner and parties for the blind corpus (all fictional).
timezone = "Europe/London"

[owner]
name = "Helen Brennan"
addresses = ["helen.brennan@example.org"]

[[children]]
name = "Ruby Brennan"
la_reference = "SEN/21/04571"
date_of_birth = "2014-08-14"

[[children]]
# Theo's plan was issued in December 2025 after an appeal.
name = "Theo Brennan"
la_reference = "SEN/25/07316"
date_of_birth = "2018-03-02"

[[parties]]
kind = "la"
name = "Ferncombe Borough Council (SEND Service, EP service, appeals, complaints, EHC Hub)"
domains = ["ferncombe.gov.uk"]
addresses = []

[[parties]]
kind = "school"
name = "St Aidan's C of E Primary School (Theo)"
domains = ["staidans.ferncombe.sch.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Millbrook Academy, Oakhollow Learning Trust (Ruby)"
domains = ["oakhollow.org.uk"]
addresses = []

[[parties]]
kind = "health"
name = "Wealdside Children's Community Services (NHS)"
domains = ["wealdside.nhs.uk", "nhs.net"]
addresses = []

[[parties]]
kind = "tribunal"
name = "First-tier Tribunal (SEND)"
domains = ["tribunals.justice.gov.uk"]
addresses = []

[[parties]]
kind = "advice"
name = "Ferncombe SENDIASS"
domains = ["ferncombesendiass.org.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Lanterns Mediation"
domains = ["lanternsmediation.co.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Liam Brennan (the children's father)"
domains = []
addresses = ["liam.brennan@example.com"]
"""

# Domains of the configured LA party (checked against the LA senders; see README)
LA_DOMAINS = ("ferncombe.gov.uk",)

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
WEEKDAY_RE = re.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|s|nesday|nes|rsday|rs|urday)?\b", re.I
)
DAY_MONTH_RE = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    re.I,
)
NUMERIC_RE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{2,4})\b")
ORDINAL_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.I)

DATE_LIKE = re.compile(
    r"\b(?:mon|tues?|wed|weds|wednes|thu|thurs?|fri|satur|sun)(?:day)?\b"
    r"|\b(?:today|tomorrow|yesterday|tonight|next week|this week|end of (?:the|next) week)\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\bthe \d{1,2}(?:st|nd|rd|th)\b|\bw/[bc]\b"
    r"|\bwithin \w+ (?:calendar |working )?(?:days|weeks|months)\b",
    re.I,
)
# UK telephone-like numbers, and the Ofcom ranges reserved for drama
PHONE_RE = re.compile(r"(?<![\w/])0\d{2,4}[ ]?\d{3}[ ]?\d{3,4}(?![\w/])")
DRAMA_PREFIXES = ("01632960", "07700900", "08081570", "02079460", "01134960")


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


def norm_ref(r):
    return re.sub(r"\s+", "", r).upper()


def alnum(r):
    return re.sub(r"[^0-9A-Za-z]", "", r).upper()


def check_date_text(text, iso):
    """Day+month, dd/mm/yy, weekday, year and ordinal in the text must agree with iso."""
    d = dt.date.fromisoformat(iso)
    errs = []
    m = DAY_MONTH_RE.search(text)
    if m and (int(m.group(1)), MONTHS[m.group(2).lower()]) != (d.day, d.month):
        errs.append(f"day/month {m.group(0)!r} != {iso}")
    m = NUMERIC_RE.search(text)
    if m:
        y = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)
        if (int(m.group(1)), int(m.group(2)), y) != (d.day, d.month, d.year):
            errs.append(f"numeric date {m.group(0)!r} != {iso}")
    m = WEEKDAY_RE.search(text)
    if m and DAYS[d.weekday()] != m.group(1).lower():
        errs.append("weekday {!r} != {} ({})".format(m.group(0), iso, d.strftime("%A")))
    m = re.search(r"\b(20\d\d)\b", text)
    if m and int(m.group(1)) != d.year:
        errs.append(f"year {m.group(0)!r} != {iso}")
    m = ORDINAL_RE.search(text)
    if m and int(m.group(1)) != d.day:
        errs.append(f"ordinal {m.group(0)!r} != {iso}")
    return errs


def check_relative(text, iso, role, msg_day):
    """Relative expressions resolved against the message's London date."""
    d = dt.date.fromisoformat(iso)
    low = text.lower()
    delta = (d - msg_day).days
    if "yesterday" in low and delta != -1:
        return [f"'yesterday' is {iso}, message day {msg_day}"]
    if "tomorrow" in low and delta != 1:
        return [f"'tomorrow' is {iso}, message day {msg_day}"]
    if "end of next week" in low or "end of the week" in low:
        weeks = 1 if "next week" in low else 0
        want = msg_day + dt.timedelta(days=4 - msg_day.weekday(), weeks=weeks)
        return [] if d == want else [f"{text!r} should be {want}"]
    if "day before" in low:
        return []
    if WEEKDAY_RE.search(text) and not re.search(r"\d", text):
        if role == "past" and not -7 <= delta <= -1:
            return [f"bare weekday {text!r} ({iso}) is not in the week before {msg_day}"]
        if role != "past" and not 1 <= delta <= 13:
            return [f"bare weekday {text!r} ({iso}) is not just after {msg_day}"]
    return []


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
    seen_threads = set()
    for i, m in enumerate(msgs, 1):
        if m.key in by_key:
            errors.append(f"duplicate key {m.key}")
        m.file = f"msg-{i:03d}.eml"
        raw = corpus.render(m, by_key, OWNER)
        with open(os.path.join(outdir, m.file), "w", encoding="utf-8", newline="") as fh:
            fh.write(raw)

        inst = m.when - dt.timedelta(hours=0 if m.utc else corpus.mk.london_offset(m.when))
        if prev is not None and inst < prev:
            errors.append(f"{m.file} is out of delivery order")
        prev = inst

        body, sig = m.new_text()
        nb = norm_ws(body)
        ctx = f"{m.file} ({m.key})"
        today = m.london.date()
        if today >= TODAY:
            errors.append(f"{ctx}: dated on or after 'today' ({TODAY})")

        # threads: replies share the parent's thread; a forward to a new party starts its
        # own exchange (the dev corpus convention); fresh mail starts one
        if m.parent:
            if by_key[m.parent].thread != m.thread:
                errors.append(f"{ctx}: thread {m.thread} != its parent's {by_key[m.parent].thread}")
        elif m.thread in seen_threads:
            errors.append(f"{ctx}: freshly composed but reuses thread {m.thread}")
        seen_threads.add(m.thread)
        by_key[m.key] = m

        if m.category not in CATEGORIES:
            errors.append(f"{ctx}: bad category {m.category}")
        if m.category == "not_send" and (m.refs or m.dates or m.com):
            errors.append(f"{ctx}: not_send with labels")
        if re.search(r"^>", body, re.M):
            errors.append(f"{ctx}: quoted line in the declared new text")

        refs = []
        hay = alnum(m.subject + " " + body + " " + sig)
        for r in m.refs:
            if alnum(r) not in hay:
                errors.append(f"{ctx}: reference {r!r} not in subject/new text/signature")
            if norm_ref(r) not in refs:
                refs.append(norm_ref(r))

        dates = []
        seen = set()
        for text, iso, role in m.dates:
            if role not in ROLES:
                errors.append(f"{ctx}: bad role {role}")
            if norm_ws(text) not in nb:
                errors.append(f"{ctx}: date text {text!r} not in new text")
            for e in check_date_text(text, iso) + check_relative(text, iso, role, today):
                errors.append(f"{ctx}: {e}")
            d = dt.date.fromisoformat(iso)
            if not dt.date(2014, 1, 1) <= d <= dt.date(2027, 12, 31):
                errors.append(f"{ctx}: implausible date {iso}")
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
                    snippet = nb[max(0, mm.start() - 30) : mm.end() + 12]
                    warnings.append(f"{ctx}: unlabelled date-like {snippet!r}")

        coms = []
        for actor, action, due, text in m.com:
            if actor not in ACTORS:
                errors.append(f"{ctx}: bad actor {actor}")
            if norm_ws(text) not in nb:
                errors.append(f"{ctx}: commitment text {text[:50]!r} not in new text")
            if due is not None:
                if due not in seen:
                    errors.append(f"{ctx}: commitment due {due} is not a labelled date")
                if dt.date.fromisoformat(due) < today:
                    errors.append(f"{ctx}: commitment due {due} is in the past")
            coms.append({"actor": actor, "action": action, "due": due, "text": text})

        if m.frm.kind == "la" and not m.frm.domain.endswith(LA_DOMAINS):
            warnings.append(f"{ctx}: LA sender {m.frm.addr} is not covered by config.toml")

        for text in (body, sig, m.subject):
            for mm in PHONE_RE.finditer(text):
                digits = re.sub(r"\D", "", mm.group(0))
                if len(digits) in (10, 11) and not digits.startswith(DRAMA_PREFIXES):
                    errors.append(f"{ctx}: phone-like number {mm.group(0)!r} not in a drama range")

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
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "config.toml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(CONFIG)

    # ---- parse every written file back
    by_file = {m.file: m for m in msgs}
    for lab in labels:
        path = os.path.join(outdir, lab["file"])
        with open(path, "rb") as fh:
            data = fh.read()
        if b"\n" in data.replace(b"\r\n", b""):
            errors.append("{}: bare LF".format(lab["file"]))
        msg = email.message_from_bytes(data, policy=email.policy.default)
        mid = msg.get("Message-ID")
        mid = str(mid).strip() if mid is not None else None
        if mid != lab["message_id"]:
            errors.append(
                "{}: Message-ID {!r} != label {!r}".format(lab["file"], mid, lab["message_id"])
            )
        if msg.get("Date") is None or msg["Date"].datetime is None:
            errors.append("{}: Date does not parse".format(lab["file"]))
        m = by_file[lab["file"]]
        if str(msg["Subject"]) != m.subject:
            errors.append("{}: Subject round-trip {!r}".format(lab["file"], str(msg["Subject"])))
        part = msg.get_body(preferencelist=("plain", "html"))
        if part is None:
            errors.append("{}: no body".format(lab["file"]))
            continue
        content = part.get_content()
        probe = norm_ws(m.body.split("\n")[0])[:30]
        if part.get_content_type() == "text/plain" and not m.wrap and probe not in norm_ws(content):
            errors.append("{}: body probe {!r} not found after decoding".format(lab["file"], probe))

    # ---- statistics and README
    threads = collections.Counter(lab["thread"] for lab in labels)
    cats = collections.Counter(lab["category"] for lab in labels)
    roles = collections.Counter(d["role"] for lab in labels for d in lab["dates"])
    actors = collections.Counter(c["actor"] for lab in labels for c in lab["commitments"])
    n_dates = sum(len(lab["dates"]) for lab in labels)
    n_com = sum(len(lab["commitments"]) for lab in labels)
    n_com_due = sum(1 for lab in labels for c in lab["commitments"] if c["due"])
    n_sent = sum(1 for m in msgs if m.frm.kind == "owner")
    n_multi = sum(1 for v in threads.values() if v > 1)
    n_la = sum(lab["from_la"] for lab in labels)
    n_refs = sum(len(lab["references"]) for lab in labels)
    for c in CATEGORIES:
        if cats[c] < 2:
            errors.append(f"category {c} occurs {cats[c]} times (want at least 2)")
    stats = [
        "| | count |",
        "|---|---|",
        f"| messages | {len(labels)} |",
        f"| sent by the mailbox owner | {n_sent} |",
        f"| conversations (gold threads) | {len(threads)} ({n_multi} with more than one message) |",
        f"| messages from the LA (`from_la`) | {n_la} |",
        f"| references | {n_refs} |",
        f"| dates | {n_dates} |",
        f"| commitments | {n_com} ({n_com_due} with a due date) |",
        "",
        "| category | messages |",
        "|---|---|",
    ]
    stats += [f"| `{c}` | {n} |" for c, n in sorted(cats.items(), key=lambda x: (-x[1], x[0]))]
    stats += [
        "",
        "Date roles: " + ", ".join(f"{r} {roles[r]}" for r in sorted(roles)) + ".  ",
        "Commitment actors: " + ", ".join(f"{a} {actors[a]}" for a in sorted(actors)) + ".",
    ]
    files = ["| file | date (London) | from | thread | category |", "|---|---|---|---|---|"]
    for m, lab in zip(msgs, labels, strict=True):
        who = "owner" if m.frm.kind == "owner" else m.frm.name
        files.append(
            "| {} | {} | {} | {} | {} |".format(
                lab["file"], m.london.strftime("%a %d %b %Y"), who, lab["thread"], lab["category"]
            )
        )
    with open(os.path.join(HERE, "README.template.md"), encoding="utf-8") as fh:
        tpl = fh.read()
    readme = tpl.replace("{{STATS}}", "\n".join(stats)).replace("{{FILES}}", "\n".join(files))
    file_of = {m.key: m.file.removesuffix(".eml") for m in msgs}

    def file_ref(mm):
        if mm.group(1) not in file_of:
            errors.append(f"README.template.md names an unknown message {mm.group(1)!r}")
            return mm.group(0)
        return file_of[mm.group(1)]

    readme = re.sub(r"\{\{file:([\w-]+)\}\}", file_ref, readme)
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme)

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("\n".join(stats))
    print(f"{len(labels)} messages written, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
