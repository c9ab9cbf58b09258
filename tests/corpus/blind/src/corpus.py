"""Declarations model for the blind corpus: Person, Msg, and the renderer.

Adapted from the held-out corpus generator (footer support added).

A message is declared once (headers, the sender's new text, signature, client
style and gold labels); the quoted history of a reply is generated from the
declared parent, in the style of the replying client, so it can never carry
labels of its own.
"""

import datetime as dt
import re

import mimekit as mk


class Person:
    def __init__(self, name, addr, kind):
        self.name = name
        self.addr = addr
        self.kind = kind  # owner | la | school | health | tribunal | advice | other | noise

    @property
    def domain(self):
        return self.addr.split("@", 1)[1]


# client -> (message-id style, quote style, html style)
CLIENTS = {
    "outlook": ("exchange", "outlook", "outlook"),  # council / NHSmail Exchange Online
    "outlook-eu": ("exchange-eu", "outlook", "outlook"),  # the academy trust tenant
    "outlook-orig": (
        "exchange-eu",
        "original",
        "outlook",
    ),  # desktop Outlook, "-----Original Message-----"
    "webmail": ("webmail", "gmail", "gmail"),  # the owner's Gmail-like webmail
    "iphone": ("apple", "iphone", None),
    "thunderbird": ("thunderbird", "tb", None),
    "system": ("system", None, "plain"),  # auto-replies, portals, newsletters, shops
}
OUTLOOKS = ("outlook", "outlook-eu", "outlook-orig")
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


class Msg:
    def __init__(
        self,
        key,
        when,
        frm,
        to,
        subject,
        body,
        *,
        thread,
        category,
        refs=(),
        dates=(),
        com=(),
        cc=(),
        sig="",
        client="webmail",
        parent=None,
        hdrs="full",
        quote=True,
        fwd=None,
        html="alt",
        cs="utf-8",
        cte="qp",
        attach=(),
        mid=True,
        utc=False,
        extra=(),
        bottom=False,
        wrap=None,
        subj_enc="q",
        zone_text=None,
        footer="",
    ):
        self.key = key
        self.when = dt.datetime.strptime(
            when, "%Y-%m-%d %H:%M:%S" if when.count(":") == 2 else "%Y-%m-%d %H:%M"
        )
        if self.when.second == 0:
            self.when = self.when.replace(second=int(mk.h("s" + key, 4), 16) % 60)
        self.utc = utc  # when given in UTC and stamped +0000 (day-boundary test)
        self.frm, self.to, self.cc = frm, list(to), list(cc)
        self.subject = subject
        self.body = body.strip("\n")
        self.sig = sig.strip("\n")
        self.client = client
        self.parent, self.hdrs, self.quote, self.fwd = parent, hdrs, quote, fwd
        self.html, self.cs, self.cte = html, cs, cte
        self.attach = list(attach)
        self.has_mid = mid
        self.extra = list(extra)
        self.bottom = bottom
        self.wrap = wrap
        self.subj_enc = subj_enc
        self.zone_text = zone_text
        self.footer = footer.strip("\n")  # e.g. a council disclaimer, after any quote
        self.thread, self.category = thread, category
        self.refs = list(refs)
        self.dates = [tuple(d) for d in dates]  # (text, YYYY-MM-DD, role)
        self.com = [tuple(c) for c in com]  # (actor, action, due or None, text)
        self.file = None
        self.mid = None
        self.tindex = None
        self.full_plain = None

    # ---- time
    @property
    def london(self):
        return mk.utc_to_london(self.when) if self.utc else self.when

    def date_header(self):
        if self.utc:
            return mk.rfc_date(self.when, 0, "+0000")
        return mk.rfc_date(self.when, mk.london_offset(self.when), self.zone_text)

    # ---- text
    def new_text(self):
        body = mk.wrap_paragraphs(self.body, self.wrap) if self.wrap else self.body
        return body, self.sig


def _names(people):
    return "; ".join(f"{p.name} <{p.addr}>" for p in people)


def _hm(t):
    return f"{t.hour:02d}:{t.minute:02d}"


def quote_block(parent, style):
    full = parent.full_plain
    t = parent.london
    if style in ("outlook", "original"):
        head = []
        if style == "outlook":
            head.append("________________________________")
        else:
            head.append("-----Original Message-----")
        head.append(f"From: {parent.frm.name} <{parent.frm.addr}>")
        head.append(f"Sent: {t.day} {MONTHS[t.month - 1]} {t.year} {_hm(t)}")
        head.append(f"To: {_names(parent.to)}")
        if parent.cc:
            head.append(f"Cc: {_names(parent.cc)}")
        head.append(f"Subject: {parent.subject}")
        return "\n".join(head) + "\n\n" + full
    gt = "\n".join(("> " + line) if line else ">" for line in full.split("\n"))
    who = f"{parent.frm.name} <{parent.frm.addr}>"
    if style == "gmail":
        when = f"{t:%a}, {t.day} {t:%b} {t.year} at {_hm(t)}"
        return f"On {when}, {who} wrote:\n\n{gt}"
    if style == "iphone":
        return f"On {t.day} {t:%b} {t.year}, at {_hm(t)}, {who} wrote:\n\n{gt}"
    if style == "tb":
        return f"On {t.day:02d}/{t.month:02d}/{t.year} {_hm(t)}, {parent.frm.name} wrote:\n{gt}"
    raise ValueError(style)


def forward_block(orig):
    t = orig.london
    lines = [
        "---------- Forwarded message ---------",
        f"From: {orig.frm.name} <{orig.frm.addr}>",
        f"Date: {t:%a}, {t.day} {t:%b} {t.year} at {_hm(t)}",
        f"Subject: {orig.subject}",
        f"To: {_names(orig.to)}",
    ]
    if orig.cc:
        lines.append(f"Cc: {_names(orig.cc)}")
    return "\n".join(lines) + "\n\n" + orig.full_plain


def _boundaries(m):
    bkey = mk.h("b" + m.key, 28)
    b2 = mk.h("b2" + m.key, 28)
    if m.client in OUTLOOKS:
        return [f"_000_{bkey.upper()}_", f"_001_{b2.upper()}_"]
    if m.client == "webmail":
        return [f"000000000000{bkey[:16]}", f"000000000000{b2[:16]}"]
    if m.client == "iphone":
        u = bkey.upper()
        return [
            f"Apple-Mail-{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:28]}0000",
            f"Apple-Mail-{b2[:20].upper()}",
        ]
    return [
        f"----=_Part_{int(bkey[:6], 16)}_{bkey[6:18]}",
        f"----=_Part_{int(bkey[6:12], 16)}_{bkey[12:24]}",
    ]


def _received(m, owner):
    rcpt = owner.addr
    for p in m.to + m.cc:
        if p.kind == "owner":
            rcpt = p.addr
            break
    ip = int(mk.h("ip" + m.frm.domain, 2), 16) % 250 + 2
    if m.client in OUTLOOKS:
        host = "mail-{}.outbound.protection.outlook.com".format(mk.h("host" + m.frm.domain, 10))
    else:
        host = "mail." + m.frm.domain
    recv_when = m.when + dt.timedelta(seconds=3 + int(mk.h("rw" + m.key, 2), 16) % 40)
    recv_date = mk.rfc_date(recv_when, 0 if m.utc else mk.london_offset(m.when))
    queue_id = mk.h("q" + m.key, 11).upper()
    return [
        f"Return-Path: <{m.frm.addr}>",
        f"Delivered-To: {rcpt}",
        f"Received: from {host} ({host} [192.0.2.{ip}])\n"
        f"\tby {mk.OWNER_MX} (Postfix) with ESMTPS id {queue_id}\n"
        f"\tfor <{rcpt}>; {recv_date}",
    ]


def render(m, by_key, owner):
    mid_style, quote_style, html_style = CLIENTS[m.client]
    body, sig = m.new_text()
    new = body + ("\n\n" + sig if sig else "")
    parent = by_key[m.parent] if m.parent else None
    if m.fwd:
        full = new + "\n\n" + forward_block(by_key[m.fwd])
    elif parent is not None and m.quote:
        q = quote_block(parent, quote_style)
        full = (q + "\n\n" + new) if m.bottom else (new + "\n\n" + q)
    else:
        full = new
    if m.footer:
        full = full + "\n\n" + m.footer
    m.full_plain = full

    # ids
    m.mid = mk.message_id(m.key, mid_style, m.frm.domain)
    if m.client in OUTLOOKS:
        anc = parent
        while anc is not None and anc.tindex is None:
            anc = by_key[anc.parent] if anc.parent else None
        m.tindex = mk.thread_index(m.key, anc.tindex if anc is not None else None)

    H = []
    if m.frm.kind != "owner":  # incoming mail carries the receiving server's trace
        H.extend(_received(m, owner))
    H.append(mk.fold("From", mk.addr(m.frm)))
    H.append(mk.fold("To", mk.addr_list(m.to)))
    if m.cc:
        H.append(mk.fold("Cc", mk.addr_list(m.cc)))
    H.append(mk.enc_subject(m.subject, m.subj_enc))
    H.append("Date: " + m.date_header())
    fold_id = "\n " if m.client in OUTLOOKS else ""  # Exchange folds these headers
    if m.has_mid:
        H.append(f"Message-ID: {fold_id}{m.mid}")
    if parent is not None and m.hdrs in ("full", "irt"):
        H.append(f"In-Reply-To: {fold_id}{parent.mid}")
        if m.hdrs == "full":
            refs = [*list(getattr(parent, "ref_chain", [])), parent.mid]
            H.append("References: " + "\n ".join(refs))
            m.ref_chain = refs
    if m.tindex:
        topic = re.sub(r"^((re|fw|fwd|automatic reply)\s*:\s*)+", "", m.subject, flags=re.I)
        if all(ord(c) < 128 for c in topic):
            H.append(mk.fold("Thread-Topic", topic))
        else:
            H.append(mk.enc_subject(topic, "b").replace("Subject:", "Thread-Topic:", 1))
        H.append("Thread-Index: " + m.tindex)
        H.append("X-MS-Has-Attach: " + ("yes" if m.attach else ""))
        H.append("X-MS-TNEF-Correlator: ")
        H.append("Content-Language: en-GB")
    H.extend(m.extra)
    if m.client == "webmail":
        H.append("X-Mailer: Example Mail Web 12.3")
    elif m.client == "iphone":
        H.append("X-Mailer: iPhone Mail (23B85)")
    elif m.client == "thunderbird":
        H.append("User-Agent: Mozilla Thunderbird")
    H.append("MIME-Version: 1.0" + (" (1.0)" if m.client == "iphone" else ""))

    bnd = _boundaries(m)

    def text_part(ctype, text):
        return (
            f'Content-Type: {ctype}; charset="{m.cs}"\n'
            f"Content-Transfer-Encoding: {mk.CTE_NAME[m.cte]}\n\n"
            f"{mk.encode_body(text, m.cs, m.cte)}"
        )

    plain = full + "\n"
    if m.html == "only":
        core = text_part("text/html", mk.text_to_html(full, html_style or "plain"))
    elif m.html == "alt" and html_style:
        b = bnd[1]
        core = (
            f'Content-Type: multipart/alternative;\n boundary="{b}"\n\n'
            f"--{b}\n{text_part('text/plain', plain)}\n\n"
            f"--{b}\n{text_part('text/html', mk.text_to_html(full, html_style))}\n\n"
            f"--{b}--"
        )
    else:
        core = text_part("text/plain", plain)
    if m.attach:
        parts = [core] + [mk.attachment_part(a) for a in m.attach]
        payload = (
            f'Content-Type: multipart/mixed;\n boundary="{bnd[0]}"\n\n'
            + "".join(f"--{bnd[0]}\n{p}\n\n" for p in parts)
            + f"--{bnd[0]}--"
        )
    else:
        payload = core
    raw = "\n".join(H) + "\n" + payload + "\n"
    return raw.replace("\r\n", "\n").replace("\n", "\r\n")
