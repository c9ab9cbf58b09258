"""Parsing raw bytes: headers, charsets, transfer encodings, HTML, attachments, damage."""

from __future__ import annotations

import base64
import datetime as dt
import quopri
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest
from conftest import DATA

from assistant.parse import parse_message

MALFORMED = DATA / "malformed"


def raw(name: str) -> bytes:
    return (MALFORMED / name).read_bytes()


def text_message(body: str, charset: str, encoding: str) -> bytes:
    data = body.encode(charset)
    if encoding == "base64":
        payload = base64.encodebytes(data)
    elif encoding == "quoted-printable":
        payload = quopri.encodestring(data)
    else:
        payload = data
    head = (
        "From: Helen Marsden <helen.marsden@brackenmoor.gov.uk>\r\n"
        "To: priya.shah@example.net\r\n"
        "Subject: Charset test\r\n"
        "Date: Mon, 02 Mar 2026 09:00:00 +0000\r\n"
        f"Message-ID: <charset-{charset}-{encoding}@brackenmoor.gov.uk>\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: text/plain; charset="{charset}"\r\n'
        f"Content-Transfer-Encoding: {encoding}\r\n\r\n"
    )
    return head.encode("ascii") + payload


BODY = "Naïve café – the “draft” plan costs £0 and Zoë’s review is on 5 March."


@pytest.mark.parametrize(
    ("charset", "encoding"),
    [
        ("utf-8", "base64"),
        ("utf-8", "quoted-printable"),
        ("utf-8", "8bit"),
        ("windows-1252", "quoted-printable"),
        ("windows-1252", "8bit"),
        ("iso-8859-15", "quoted-printable"),
    ],
)
def test_every_charset_and_transfer_encoding_is_decoded(charset, encoding):
    body = BODY if charset != "iso-8859-15" else BODY.replace("–", "-").replace("“", '"')
    body = body.replace("”", '"').replace("’", "'") if charset == "iso-8859-15" else body
    parsed = parse_message(text_message(body, charset, encoding))
    assert parsed.body.new_text == body
    assert parsed.warnings == []


def test_encoded_word_headers_are_decoded():
    msg = EmailMessage()
    msg["From"] = "=?iso-8859-1?q?Ren=E9e_Dubois?= <renee.dubois@example.org>"
    msg["To"] = "=?utf-8?b?UHJpeWEgU2hhaA==?= <Priya.Shah@Example.NET>"
    msg["Subject"] = "=?utf-8?q?D=C3=A9cision_=E2=80=93?= =?iso-8859-1?q?_caf=E9?="
    msg["Date"] = "Tue, 03 Mar 2026 10:15:00 +0000"
    msg["Message-ID"] = "<encoded-words@example.org>"
    msg.set_content("Hello")
    parsed = parse_message(msg.as_bytes())
    assert parsed.subject == "Décision – café"
    assert parsed.from_name == "Renée Dubois"
    assert parsed.to == [("Priya Shah", "priya.shah@example.net")]


def test_threading_headers_and_date_are_read():
    data = (
        b"From: priya.shah@example.net\r\nSubject: Re: Panel\r\n"
        b"Date: Wed, 04 Mar 2026 21:47:00 +0000\r\nMessage-ID: <reply@example.net>\r\n"
        b"In-Reply-To: <parent@brackenmoor.gov.uk>\r\n"
        b"References: <root@brackenmoor.gov.uk>\r\n <parent@brackenmoor.gov.uk> <yes>\r\n"
        b"Thread-Index: AdkBc2FtcGxlLXRocmVhZC1pbmRleA==\r\n"
        b"Auto-Submitted: auto-replied\r\n\r\nThanks\r\n"
    )
    parsed = parse_message(data)
    assert parsed.message_id == "<reply@example.net>"
    assert parsed.in_reply_to == ["<parent@brackenmoor.gov.uk>"]
    # git send-email's famous "<yes>" is not a Message-ID; it must not join threads
    assert parsed.references == ["<root@brackenmoor.gov.uk>", "<parent@brackenmoor.gov.uk>"]
    assert parsed.thread_index == "AdkBc2FtcGxlLXRocmVhZC1pbmRleA=="
    assert parsed.date == dt.datetime(2026, 3, 4, 21, 47, tzinfo=dt.UTC)
    assert parsed.auto_submitted


def test_attachments_are_listed_with_name_type_and_size():
    outer = MIMEMultipart()
    outer["From"] = "helen.marsden@brackenmoor.gov.uk"
    outer["Subject"] = "Draft plan"
    outer["Date"] = "Thu, 05 Mar 2026 12:00:00 +0000"
    outer["Message-ID"] = "<attachments@brackenmoor.gov.uk>"
    outer.attach(MIMEText("Please find the draft plan attached.", "plain", "utf-8"))
    pdf = MIMEApplication(b"%PDF-1.4\n" + b"x" * 991, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=("utf-8", "", "Plan – Zoë.pdf"))
    outer.attach(pdf)
    parsed = parse_message(outer.as_bytes())
    assert [(a.filename, a.content_type, a.size) for a in parsed.attachments] == [
        ("Plan – Zoë.pdf", "application/pdf", 1000)
    ]
    assert parsed.body.new_text == "Please find the draft plan attached."


def test_html_only_mail_becomes_readable_text():
    msg = EmailMessage()
    msg["From"] = "noreply@portal.brackenmoor.gov.uk"
    msg["Subject"] = "Portal"
    msg["Date"] = "Fri, 06 Mar 2026 08:00:00 +0000"
    msg.set_content(
        "<html><head><style>p {color: red}</style><script>var x = 1;</script></head>"
        "<body><p>Dear Priya,</p><p>A new <b>document</b> is ready:</p>"
        "<ul><li>Draft EHC plan</li></ul><p>Brackenmoor&nbsp;SEND&amp;Team</p></body></html>",
        subtype="html",
    )
    parsed = parse_message(msg.as_bytes())
    assert parsed.body_format == "html"
    text = parsed.body.new_text
    assert "A new document is ready:" in text
    assert "Draft EHC plan" in text
    assert "SEND&Team" in text
    assert "<" not in text and "color" not in text and "var x" not in text


def test_plain_text_wins_over_its_html_alternative():
    msg = EmailMessage()
    msg["From"] = "helen.marsden@brackenmoor.gov.uk"
    msg["Subject"] = "Alternative"
    msg["Date"] = "Fri, 06 Mar 2026 08:00:00 +0000"
    msg.set_content("The plain version.")
    msg.add_alternative("<p>The <i>HTML</i> version.</p>", subtype="html")
    parsed = parse_message(msg.as_bytes())
    assert parsed.body_format == "plain"
    assert parsed.body.new_text == "The plain version."


# ---------------------------------------------------------------- damaged mail


def test_undeclared_8bit_headers_are_read_as_utf8_with_a_warning():
    parsed = parse_message(raw("undeclared-8bit-headers.eml"))
    assert parsed.subject == "Arjun’s party – café on Saturday 🎉"
    assert parsed.from_name == "Renée Dubois"
    assert "the Subject header has undeclared 8-bit characters" in parsed.warnings


def test_an_unknown_charset_in_an_encoded_word_is_read_anyway():
    parsed = parse_message(raw("unknown-charset-encoded-word.eml"))
    assert parsed.subject == "Decision to assess – Arjun Shah"
    assert parsed.from_name == "Helen Marsden"
    assert any("unreadable encoded part" in w for w in parsed.warnings)
    assert "the panel agreed to assess Arjun – letter to follow" in parsed.body.new_text


def test_a_body_in_the_wrong_charset_is_still_readable():
    declared_utf8 = parse_message(raw("wrong-charset-utf8.eml"))
    declared_ascii = parse_message(raw("wrong-charset-usascii.eml"))
    for parsed in (declared_utf8, declared_ascii):
        assert "I’m afraid the “All about me” booklet – the one you posted" in (
            parsed.body.new_text
        )
    assert any("not valid utf-8" in w for w in declared_utf8.warnings)


def test_duplicated_headers_use_the_first_and_warn():
    parsed = parse_message(raw("duplicate-subject-and-message-id.eml"))
    assert parsed.message_id == "<malformed-dup-first@brackenmoor.gov.uk>"
    assert parsed.subject == "Panel date - EHC/2026/01532"
    assert "the Message-ID header appears more than once; the first one is used" in (
        parsed.warnings
    )


def test_a_truncated_multipart_keeps_the_text_and_the_attachment_name():
    parsed = parse_message(raw("truncated-multipart.eml"))
    assert "Please find attached Arjun's draft EHC plan" in parsed.body.new_text
    assert [a.filename for a in parsed.attachments] == ["Draft EHC Plan - Arjun Shah.pdf"]
    assert "MIME problem: CloseBoundaryNotFoundDefect" in parsed.warnings


def test_broken_base64_keeps_what_can_be_read():
    parsed = parse_message(raw("broken-base64.eml"))
    assert "I will send the EP report by Friday 21 August" in parsed.body.new_text
    assert "a body part is damaged; what could be read is kept" in parsed.warnings


def test_a_truncated_attached_message_is_an_attachment_not_new_text():
    parsed = parse_message(raw("truncated-rfc822-attachment.eml"))
    assert parsed.body.new_text.startswith("Hi Megan, the decision letter is attached")
    assert [a.filename for a in parsed.attachments] == ["Decision letter.eml"]
    assert "Decision letter" not in parsed.body.new_text.split("attached")[1]


def test_missing_message_id_and_date_are_warnings():
    parsed = parse_message(raw("missing-message-id-and-date.eml"))
    assert parsed.message_id is None and parsed.date is None
    assert parsed.warnings == ["the message has no Date header"]
    assert "blue reading group" in parsed.body.new_text


def test_mixed_line_endings_and_long_headers_and_headers_only():
    mixed = parse_message(raw("mixed-line-endings.eml"))
    assert "I will send the draft plan by Friday 18 September." in mixed.body.new_text
    assert "\r" not in mixed.body.new_text + mixed.body.signature
    long = parse_message(raw("very-long-header.eml"))
    assert long.subject == "RE: Annual review - EHC/2026/01532"
    assert len(long.references) > 50
    bare = parse_message(raw("headers-only-no-body.eml"))
    assert bare.subject == "A new document has been uploaded"
    assert bare.body_format == "none" and bare.body.new_text == ""


def test_broken_html_is_still_turned_into_text():
    parsed = parse_message(raw("html-broken.eml"))
    assert "Please return the annual review paperwork by 4 December 2026." in (parsed.body.new_text)
    assert "<" not in parsed.body.new_text


def test_a_line_that_is_not_a_header_ends_the_headers_with_a_warning():
    parsed = parse_message(raw("header-without-colon.eml"))
    assert parsed.from_address == "senco@oakfieldprimary.sch.uk"
    assert "MIME problem: MissingHeaderBodySeparatorDefect" in parsed.warnings


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.eml", "the file is empty"),
        ("not-an-email.eml", "does not look like an email message"),
    ],
)
def test_what_is_not_mail_is_refused_with_a_reason(name, reason):
    with pytest.raises(ValueError, match=reason):
        parse_message(raw(name))


def test_an_outlook_msg_file_is_refused_with_advice():
    compound = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"From: x@example.org\n"
    with pytest.raises(ValueError, match=r"Outlook \.msg file.*save it from Outlook as \.eml"):
        parse_message(compound)


def test_a_read_receipt_replies_to_the_message_it_reports_on():
    receipt = (
        b"From: Gary Whitlow <gary@brackenmoor.gov.uk>\r\nTo: leanne@example.net\r\n"
        b"Subject: Read: Re: draft amended plan\r\nDate: Tue, 25 Jan 2028 09:00:00 +0000\r\n"
        b"Message-ID: <mdn1@brackenmoor.gov.uk>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/report; report-type=disposition-notification; boundary="b"\r\n'
        b"\r\n--b\r\nContent-Type: text/plain\r\n\r\nYour message was read.\r\n"
        b"--b\r\nContent-Type: message/disposition-notification\r\n\r\n"
        b"Final-Recipient: rfc822;gary@brackenmoor.gov.uk\r\n"
        b"Original-Message-ID: <reps-42@mail.example.net>\r\n"
        b"Disposition: manual-action/MDN-sent-manually; displayed\r\n--b--\r\n"
    )
    assert parse_message(receipt).in_reply_to == ["<reps-42@mail.example.net>"]
    named = receipt.replace(b"MIME-Version", b"In-Reply-To: <other@x>\r\nMIME-Version")
    assert parse_message(named).in_reply_to == ["<other@x>"]


def test_a_bounce_replies_to_the_message_it_returns():
    bounce = (
        b"From: Mail Delivery System <MAILER-DAEMON@smtp.example.net>\r\n"
        b"To: leanne@example.net\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        b"Date: Tue, 21 Mar 2028 08:05:14 +0000\r\nMessage-ID: <bounce1@smtp.example.net>\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status;"
        b' boundary="b"\r\n'
        b"\r\n--b\r\nContent-Type: text/plain\r\n\r\nThe address was not found.\r\n"
        b"--b\r\nContent-Type: message/delivery-status\r\n\r\n"
        b"Reporting-MTA: dns; smtp.example.net\r\n"
        b"\r\nFinal-Recipient: rfc822; sen@wealdshrie.gov.uk\r\nAction: failed\r\nStatus: 5.1.2\r\n"
        b"--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: leanne@example.net\r\n"
        b"To: sen@wealdshrie.gov.uk\r\nSubject: Transport\r\nMessage-ID: <orig-7@example.net>\r\n"
        b"\r\nHello\r\n--b--\r\n"
    )
    assert parse_message(bounce).in_reply_to == ["<orig-7@example.net>"]
