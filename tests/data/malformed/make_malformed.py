#!/usr/bin/env python3
"""Regenerate the malformed-mail fixtures in this folder, byte for byte.

Standard library only. Run:  python3 tests/data/malformed/make_malformed.py

Every person, council, address and reference here is fictional: the council is
the invented Brackenmoor County Council, personal addresses use the reserved
example.* domains and phone numbers come from Ofcom's drama ranges.
"""

from __future__ import annotations

import base64
from pathlib import Path

HERE = Path(__file__).resolve().parent
CRLF = b"\r\n"


def crlf(text: str, encoding: str = "ascii") -> bytes:
    """Encode text and turn every LF into CRLF."""
    return text.replace("\r\n", "\n").encode(encoding).replace(b"\n", CRLF)


def write(name: str, data: bytes) -> None:
    (HERE / name).write_bytes(data)


FAKE_PDF = (
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    b"% Brackenmoor County Council - fictional draft plan for test fixtures\n" * 12
    + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
)


def b64lines(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i : i + 76] for i in range(0, len(s), 76))


def main() -> None:
    # 1. multipart cut off in the middle of a base64 part; no closing boundary
    pdf = b64lines(FAKE_PDF)
    cut = pdf[: len(pdf) // 2].rsplit("\n", 1)[0] + "\n" + pdf[len(pdf) // 2 : len(pdf) // 2 + 31]
    write("truncated-multipart.eml", crlf(f"""From: Helen Marsden <helen.marsden@brackenmoor.gov.uk>
To: Priya Shah <priya.shah@example.net>
Subject: Draft EHC plan - Arjun Shah - EHC/2026/01532
Date: Tue, 10 Nov 2026 17:02:00 +0000
Message-ID: <malformed-truncated-01@brackenmoor.gov.uk>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="_004_TRUNCATEDb7e2c1_"

--_004_TRUNCATEDb7e2c1_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Dear Ms Shah,

Please find attached Arjun's draft EHC plan. Please send your comments
within 15 days of the date of this letter.

Helen Marsden
SEN Casework Officer

--_004_TRUNCATEDb7e2c1_
Content-Type: application/pdf; name="Draft EHC Plan - Arjun Shah.pdf"
Content-Disposition: attachment; filename="Draft EHC Plan - Arjun Shah.pdf"
Content-Transfer-Encoding: base64

{cut}"""))

    # 2. no Message-ID and no Date
    write("missing-message-id-and-date.eml", crlf("""From: Laura Bennett <senco@oakfieldprimary.sch.uk>
To: Priya Shah <priya.shah@example.net>
Subject: Arjun's reading group
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Dear Ms Shah,

Arjun has moved up to the blue reading group this week.

Mrs Bennett
"""))

    # 3. Subject and Message-ID each given twice, with different values
    write("duplicate-subject-and-message-id.eml", crlf("""From: Helen Marsden <helen.marsden@brackenmoor.gov.uk>
To: Priya Shah <priya.shah@example.net>
Subject: Panel date - EHC/2026/01532
Date: Wed, 13 May 2026 10:14:00 +0100
Message-ID: <malformed-dup-first@brackenmoor.gov.uk>
Subject: RE: Panel date
Message-ID: <malformed-dup-second@brackenmoor.gov.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Dear Ms Shah,

The panel will meet on 11 June 2026.

Helen Marsden
"""))

    # 4. raw 8-bit header bytes with no encoded-words and no charset anywhere:
    #    UTF-8 in Subject, Latin-1 in the From display name, UTF-8 in the body
    write("undeclared-8bit-headers.eml",
          b"From: Ren\xe9e Dubois <renee.dubois@example.org>\r\n"
          b"To: Priya Shah <priya.shah@example.net>\r\n"
          + "Subject: Arjun’s party – café on Saturday 🎉\r\n".encode("utf-8")
          + b"Date: Thu, 8 Oct 2026 18:30:00 +0100\r\n"
          b"Message-ID: <malformed-8bit-01@example.org>\r\n"
          b"\r\n"
          + "Hi Priya,\r\n\r\nThe party is at the café on Saturday at 2pm – see you there!\r\n\r\nRenée\r\n".encode("utf-8"))

    # 5a. declares utf-8, body is windows-1252 (curly quotes, en dash, pound sign)
    body1252 = ("Dear Ms Shah,\n\nI\u2019m afraid the \u201cAll about me\u201d booklet \u2013 the "
                "one you posted \u2013 hasn\u2019t arrived. The \u00a34.50 postage receipt will not be needed.\n\n"
                "Helen Marsden\n")
    write("wrong-charset-utf8.eml", crlf("""From: Helen Marsden <helen.marsden@brackenmoor.gov.uk>
To: Priya Shah <priya.shah@example.net>
Subject: All about me booklet
Date: Mon, 29 Jun 2026 09:12:00 +0100
Message-ID: <malformed-charset-utf8@brackenmoor.gov.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

""") + crlf(body1252, "cp1252"))

    # 5b. declares us-ascii, body is windows-1252
    write("wrong-charset-usascii.eml", crlf("""From: Helen Marsden <helen.marsden@brackenmoor.gov.uk>
To: Priya Shah <priya.shah@example.net>
Subject: All about me booklet (2)
Date: Mon, 29 Jun 2026 09:40:00 +0100
Message-ID: <malformed-charset-ascii@brackenmoor.gov.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

""") + crlf(body1252, "cp1252"))

    # 6. base64 body with invalid characters, a bad padding run and a cut-off last line
    good = base64.b64encode(
        b"Dear Ms Shah,\r\n\r\nI will send the EP report by Friday 21 August.\r\n\r\nHelen\r\n"
    ).decode()
    broken = good[:40] + "!!**" + good[40:76] + "\n" + good[76:86] + "=\n" + good[86:-6]
    write("broken-base64.eml", crlf(f"""From: Helen Marsden <helen.marsden@brackenmoor.gov.uk>
To: Priya Shah <priya.shah@example.net>
Subject: EP report
Date: Tue, 18 Aug 2026 10:02:00 +0100
Message-ID: <malformed-base64-01@brackenmoor.gov.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{broken}
"""))

    # 7. encoded-words and a body in charsets nobody knows
    write("unknown-charset-encoded-word.eml", crlf("""From: =?x-brackenmoor-7?B?SGVsZW4gTWFyc2Rlbg==?= <helen.marsden@brackenmoor.gov.uk>
To: Priya Shah <priya.shah@example.net>
Subject: =?x-unknown-2026?Q?Decision_to_assess_=E2=80=93_Arjun_Shah?=
Date: Mon, 15 Jun 2026 15:30:00 +0100
Message-ID: <malformed-unknown-charset@brackenmoor.gov.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="x-mac-klingon"
Content-Transfer-Encoding: quoted-printable

Dear Ms Shah, the panel agreed to assess Arjun =E2=80=93 letter to follow.
"""))

    # 8. a header line without a colon, a line of binary junk, then real headers
    write("header-without-colon.eml",
          crlf("""From: Laura Bennett <senco@oakfieldprimary.sch.uk>
To: Priya Shah <priya.shah@example.net>
This line is not a header at all
Subject: Trip letter
""") + b"\x00\x01\xfe\xff garbage-bytes\r\n"
          + crlf("""Date: Fri, 25 Sep 2026 15:00:00 +0100
Message-ID: <malformed-nocolon-01@oakfieldprimary.sch.uk>
X-Broken-Header
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

The Year 4 trip is on Friday 9 October.
"""))

    # 9. headers only: no blank line, no body, no final newline
    write("headers-only-no-body.eml", crlf("""From: Brackenmoor SEND Portal <noreply@portal.brackenmoor.gov.uk>
To: priya.shah@example.net
Subject: A new document has been uploaded
Date: Wed, 26 Aug 2026 07:00:03 +0000
Message-ID: <malformed-headers-only@portal.brackenmoor.gov.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii\"""").rstrip(b"\r\n"))

    # 10. CRLF and bare LF mixed (headers CRLF, some body lines LF, one folded header with LF)
    write("mixed-line-endings.eml",
          b"From: Helen Marsden <helen.marsden@brackenmoor.gov.uk>\r\n"
          b"To: Priya Shah <priya.shah@example.net>\n"
          b"Subject: Mixed line endings -\r\n EHC/2026/01532\r\n"
          b"Date: Thu, 3 Sep 2026 16:00:00 +0100\n"
          b"Message-ID: <malformed-mixed-eol@brackenmoor.gov.uk>\r\n"
          b"MIME-Version: 1.0\r\n"
          b"Content-Type: text/plain; charset=\"us-ascii\"\n"
          b"\r\n"
          b"Dear Ms Shah,\r\n\nI will send the draft plan by Friday 18 September.\n\r\n"
          b"Kind regards,\nHelen Marsden\r\n")

    # 11. a forwarded message/rfc822 attachment that is itself truncated
    write("truncated-rfc822-attachment.eml", crlf("""From: Priya Shah <priya.shah@example.net>
To: Megan Holt <megan.holt@brackenmoorsendiass.org.uk>
Subject: Fwd: Decision letter
Date: Mon, 15 Jun 2026 20:05:00 +0100
Message-ID: <malformed-rfc822-outer@example.net>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer-7731"

--outer-7731
Content-Type: text/plain; charset="us-ascii"

Hi Megan, the decision letter is attached as an email.

Priya

--outer-7731
Content-Type: message/rfc822
Content-Disposition: attachment; filename="Decision letter.eml"

From: Helen Marsden <helen.marsden@brackenmoor.gov.uk>
To: Priya Shah <priya.shah@example.net>
Subject: Decision letter
Date: Mon, 15 Jun 2026 15:30:00 +0100
Message-ID: <malformed-rfc822-inner@brackenmoor.gov.uk>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="inner-2290"

--inner-2290
Content-Type: text/plain; charset="us-ascii"

Dear Ms Shah,

The panel agreed that the local authority will carry out an EHC needs
assess
--outer-7731--
"""))

    # 12. HTML only, with unclosed tags, an unterminated tag and an unclosed comment
    write("html-broken.eml", crlf("""From: Brackenmoor SEND Portal <noreply@portal.brackenmoor.gov.uk>
To: priya.shah@example.net
Subject: Your annual review paperwork
Date: Thu, 19 Nov 2026 08:00:00 +0000
Message-ID: <malformed-html-01@portal.brackenmoor.gov.uk>
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 7bit

<html><head><title>Portal</title><style>p {color:#222}</style>
<body>
<table><tr><td><p>Hello Priya Shah,
<p>Please return the annual review paperwork by <b>4 December 2026.
<div class="note"><p>Arjun's case reference is EHC/2026/01532
<!-- tracking pixel and footer
<p>Sign in at <a href="https://portal.brackenmoor.gov.uk/cases/view?ref=EHC%2F2026%2F01532
"""))

    # 13. empty file
    write("empty.eml", b"")

    # 14. not an email at all: the first bytes of a PNG image
    write("not-an-email.eml",
          b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
          b"\x1f\xf3\xffa\x00\x00\x00\x19tEXtSoftware\x00fixture-generator\x00\x00\x00\x00IEND\xaeB`\x82")

    # 15. one header line longer than 10,000 characters (an unfolded References header)
    refs = " ".join(f"<thread-{i:04d}.{(i * 7919) % 100000:05d}@brackenmoor.gov.uk>" for i in range(260))
    assert len("References: " + refs) > 10_000
    write("very-long-header.eml", crlf(f"""From: Helen Marsden <helen.marsden@brackenmoor.gov.uk>
To: Priya Shah <priya.shah@example.net>
Subject: RE: Annual review - EHC/2026/01532
Date: Fri, 20 Nov 2026 11:00:00 +0000
Message-ID: <malformed-long-header@brackenmoor.gov.uk>
In-Reply-To: <thread-0259.{(259 * 7919) % 100000:05d}@brackenmoor.gov.uk>
References: {refs}
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Dear Ms Shah, this thread has become very long. I will start a new one.

Helen Marsden
"""))


if __name__ == "__main__":
    main()
