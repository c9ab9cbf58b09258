"""Messages 001-031 of the blind13 corpus (January to early May 2026)."""

from corpuslib import Att, C, D, M, fake_pdf
from people import (
    AMARA,
    AMARA_PHONE_SIG,
    CONTACT_NOREPLY,
    GAIL,
    GYM,
    MARCUS,
    PRIYA,
    RUTH,
    SEN_INBOX,
    TOMASZ,
    TRIBUNAL,
    Person,
)

KM_INBOX = Person("Kingfisher Mediation", "certificates@kingfishermediation.co.uk")
SENDLINE = Person("SEND Rights Line", "advice@sendrightsline.org.uk")
CASE = "RH/SEN/26/0419"
SUBJ_REQ = "Request for an EHC needs assessment - Jayden Okoye-Bell (DOB 02/11/2018)"
SUBJ_DEC = "Decision on request for EHC needs assessment – Jayden Okoye-Bell – RH/SEN/26/0419"
SUBJ_TRIB = "HD 09/07/2026 | EH371/26/00284 | Jayden Okoye-Bell | Registration of Appeal"
TRIB = "EH371/26/00284"


def pdf(name: str) -> Att:
    return Att(name, "application/pdf", fake_pdf(name))


MSGS: list[M] = []


def add(m: M) -> M:
    MSGS.append(m)
    return m


m001 = add(
    M(
        1,
        "ehcp_talk",
        "t01-senco-before-request",
        "2026-01-22 20:14:09",
        AMARA,
        [PRIYA],
        "Jayden - can we talk about an EHCP?",
        new="""Hi Ms Vasudevan (Priya? is it ok to call you Priya?)

Sorry to email so late, I've been meaning to write this for about three weeks and my ADHD brain kept parking it. I'll just say it: I think it's time to ask the council for an EHC needs assessment for Jayden.

The speech therapy block from the NHS finished before Christmas and honestly I can't see what changed. He still can't tell me what happened at school, he's getting into scraps at lunchtime because he can't explain himself, and he cried on Sunday night because "nobody let me in the game". His teacher has been lovely but he's seven and he's falling further behind with reading.

I've read that parents can ask themselves, so I'm going to send the request in myself, probably at the start of February once I've got everything together. Would school support it? And could you send me whatever you've got - his support plan, the last SALT report the school has, any notes about the lunchtime stuff?

Thank you so much, I know you're stretched.

Amara (Jayden's mum, 2B)""",
        sig="",
        category="information_request",
        dates=[D("on Sunday night", "2026-01-18", "past")],
        commits=[
            C(
                "parent",
                "send the assessment request herself",
                None,
                "I've read that parents can ask themselves, so I'm going to send the request in myself, probably at the start of February once I've got everything together.",
            )
        ],
    )
)

m002 = add(
    M(
        2,
        "ps_letter",
        "t01-senco-before-request",
        "2026-01-22 20:17:44",
        AMARA,
        [PRIYA],
        "Re: Jayden - can we talk about an EHCP?",
        new="""P.S. I've attached the letter from Dr Ferreira the commune tea pediatrician from October, the one that says DLD and social communication difficulties (not autism "at this stage"). In case school never got a copy.""",
        sig="",
        reply_to=m001,
        category="general",
    )
)

m003 = add(
    M(
        3,
        "actually_attached",
        "t01-senco-before-request",
        "2026-01-22 20:21:02",
        AMARA,
        [PRIYA],
        "Re: Jayden - can we talk about an EHCP?",
        new="""Ugh. No I haven't. Here it is. And that was meant to say community paediatrician, not "commune tea", I was dictating while doing the packed lunches.

Doing three things at once, sorry!! x""",
        sig="",
        reply_to=m002,
        category="general",
        attachments=[pdf("Dr Ferreira letter Oct 25.pdf")],
    )
)

m004 = add(
    M(
        4,
        "senco_reply",
        "t01-senco-before-request",
        "2026-01-23 12:40:31",
        PRIYA,
        [AMARA],
        "RE: Jayden - can we talk about an EHCP?",
        new="""Hi Amara,

Priya is absolutely fine! And please don't apologise - I got all three emails, and the letter, thank you.

Yes, school will support a request. To be honest it was on my list to raise with you at his next review. Jayden is working so hard, but the gap in reading and in understanding instructions in class is getting bigger, and the lunchtime incidents are almost all about him not being able to explain what he meant.

I will send you his SEN support plan, the last two reviews and the NHS SALT discharge report by Wednesday. I'll also write a short letter from school that you can send in with your request.

Could you come in for half an hour on Tuesday 27th at 3.30 so we can go through it together? If that's no good, Thursday after school works too.

Best wishes,""",
        reply_to=m003,
        quote="outlook",
        category="general",
        dates=[
            D("by Wednesday", "2026-01-28", "deadline"),
            D("Tuesday 27th", "2026-01-27", "meeting"),
            D("Thursday after school", "2026-01-29", "meeting"),
        ],
        commits=[
            C(
                "school",
                "send support plan, reviews and SALT report",
                "2026-01-28",
                "I will send you his SEN support plan, the last two reviews and the NHS SALT discharge report by Wednesday.",
            ),
            C(
                "school",
                "write a letter of support",
                None,
                "I'll also write a short letter from school that you can send in with your request.",
            ),
        ],
    )
)

m005 = add(
    M(
        5,
        "tuesday_ok",
        "t01-senco-before-request",
        "2026-01-23 13:02:12",
        AMARA,
        [PRIYA],
        "Re: Jayden - can we talk about an EHCP?",
        new="""Tuesday at 3.30 is perfect, I'll be there (will set 4 alarms 😅)

Thank you Priya x""",
        sig=AMARA_PHONE_SIG,
        reply_to=m004,
        category="appointment",
        dates=[D("Tuesday at 3.30", "2026-01-27", "meeting")],
        commits=[
            C(
                "parent",
                "attend the meeting at school",
                "2026-01-27",
                "Tuesday at 3.30 is perfect, I'll be there (will set 4 alarms 😅)",
            )
        ],
    )
)

m006 = add(
    M(
        6,
        "evidence_sent",
        "t01-senco-before-request",
        "2026-01-28 16:15:50",
        PRIYA,
        [AMARA],
        "RE: Jayden - can we talk about an EHCP?",
        new="""Hi Amara,

As promised, attached are Jayden's SEN support plan (updated after our chat yesterday, with the last two reviews at the back), the NHS discharge report and the letter from school. The letter is signed by me and by Mr Kowalczyk.

If the council asks for the school's view, I'll fill in their form straight away, so do tell them to contact me directly.

Good luck with it - shout if you'd like me to read your request before it goes.

Priya""",
        reply_to=m005,
        quote="outlook",
        category="general",
        attachments=[
            pdf("Jayden OB - SEN Support Plan spring 2026.pdf"),
            pdf("SALT discharge report Dec 2025.pdf"),
            pdf("Letter of support - St Saviours.pdf"),
        ],
        dates=[D("our chat yesterday", "2026-01-27", "past")],
        commits=[
            C(
                "school",
                "complete the council's form for the school's view",
                None,
                "If the council asks for the school's view, I'll fill in their form straight away, so do tell them to contact me directly.",
            )
        ],
    )
)

m007 = add(
    M(
        7,
        "assessment_request",
        "t02-assessment-request",
        "2026-02-02 21:47:03",
        AMARA,
        [SEN_INBOX],
        SUBJ_REQ,
        cc=[PRIYA],
        new="""Dear SEN team,

I am writing to ask Riverhithe Council to carry out an Education, Health and Care needs assessment for my son under section 36 of the Children and Families Act 2014.

Jayden Okoye-Bell
Date of birth: 2 November 2018
School: St Saviour's C of E Primary School, Year 2 (class 2B)
Address: 14 Lamplighter Court, London SE16 4RT

Jayden has a developmental language disorder and social communication difficulties (diagnosed by Dr Ferreira, community paediatrician, last October). He has had SEN support at school since Reception and two blocks of NHS speech and language therapy, the last one ending on 12 December 2025. Despite this:
- he understands far less than he seems to, and often copies the other children rather than following the instruction
- he cannot retell what happened in his day, so he can't tell an adult when something has gone wrong
- his reading is well below the expected level and the gap is widening
- most of the incidents at lunchtime happen because he can't explain himself and lashes out in frustration

I believe he has special educational needs and that he may need special educational provision to be made through an EHC plan, which I understand is the legal test. The school agrees and supports this request (letter attached).

I've attached the school's letter of support, his SEN support plan and reviews, the NHS SALT discharge report and Dr Ferreira's letter.

Please confirm you have received this and tell me the date by which you will make your decision. Email is the best way to reach me - I'm honestly rubbish at answering the phone (I have ADHD myself, and phone calls are my nemesis).

Yours faithfully,""",
        category="assessment_request",
        dates=[
            D("2 November 2018", "2018-11-02", "past"),
            D("12 December 2025", "2025-12-12", "past"),
        ],
    )
)

m008 = add(
    M(
        8,
        "auto_ack",
        "t02-assessment-request",
        "2026-02-02 21:47:38",
        CONTACT_NOREPLY,
        [AMARA],
        "Automatic acknowledgement: " + SUBJ_REQ + " [ENQ-0088213]",
        new="""Thank you for contacting Riverhithe Council. This is an automatic reply - please do not respond to it.

Your enquiry reference is ENQ-0088213. Please quote it if you contact us about this enquiry.

Your email has been passed to: SEN Assessment Team (Children's Services).

We aim to respond within 10 working days, by 16 February 2026. If your enquiry is urgent, call 020 7946 0700 (Monday to Friday, 9am to 5pm).

Riverhithe Council - working for a fairer, greener Riverhithe""",
        sig="",
        reply_to=m007,
        quote="none",
        zone_name="GMT",
        charset="us-ascii",
        cte="7bit",
        extra_headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
        from_la=True,
        category="acknowledgement",
        refs=["ENQ-0088213"],
        dates=[D("16 February 2026", "2026-02-16", "deadline")],
        commits=[
            C(
                "la",
                "respond to the enquiry",
                "2026-02-16",
                "We aim to respond within 10 working days, by 16 February 2026.",
            )
        ],
    )
)

m009 = add(
    M(
        9,
        "attachments",
        "t02-assessment-request",
        "2026-02-02 21:53:27",
        AMARA,
        [SEN_INBOX],
        "Re: " + SUBJ_REQ,
        cc=[PRIYA],
        new="""ATTACHMENTS. Sorry!! Here they are - four PDFs. Classic me.""",
        reply_to=m007,
        category="general",
        attachments=[
            pdf("Letter of support - St Saviours.pdf"),
            pdf("Jayden OB - SEN Support Plan spring 2026.pdf"),
            pdf("SALT discharge report Dec 2025.pdf"),
            pdf("Dr Ferreira letter Oct 25.pdf"),
        ],
    )
)

m010 = add(
    M(
        10,
        "officer_ack",
        "t02-assessment-request",
        "2026-02-06 11:20:14",
        RUTH,
        [AMARA],
        "RE: " + SUBJ_REQ + " [ENQ-0088213]",
        new="""Dear Ms Okoye-Bell,

Thank you for your email of 2 February and the reports, which all came through. I am the officer dealing with Jayden’s request and I have opened a case for him: his reference is RH/SEN/26/0419, and it would help if you could quote that rather than the enquiry number from now on.

The council has to tell you whether it will carry out an assessment within six weeks of receiving the request, which means by 16 March 2026. Jayden’s request will be considered at our Assessment Panel on Thursday 5 March.

I am writing to St Saviour’s today to ask for their evidence. I will also ask the Speech and Language Therapy service whether they have anything more recent than December’s discharge report. If there is anything else you would like the panel to see, please send it to me by 25 February so that I can include it in the papers.""",
        reply_to=m009,
        quote="outlook",
        charset="windows-1252",
        from_la=True,
        category="acknowledgement",
        refs=["ENQ-0088213", CASE],
        dates=[
            D("2 February", "2026-02-02", "past"),
            D("16 March 2026", "2026-03-16", "deadline"),
            D("Thursday 5 March", "2026-03-05", "meeting"),
            D("today", "2026-02-06", "deadline"),
            D("25 February", "2026-02-25", "deadline"),
        ],
        commits=[
            C(
                "la",
                "write to the school for evidence",
                "2026-02-06",
                "I am writing to St Saviour’s today to ask for their evidence.",
            ),
            C(
                "la",
                "ask the SLT service for recent information",
                None,
                "I will also ask the Speech and Language Therapy service whether they have anything more recent than December’s discharge report.",
            ),
        ],
    )
)

m011 = add(
    M(
        11,
        "thanks_keyworker",
        "t02-assessment-request",
        "2026-02-06 11:41:55",
        AMARA,
        [RUTH],
        "Re: " + SUBJ_REQ + " [ENQ-0088213]",
        new="""Thank you Ruth, that's really clear!

I'll ask his old nursery keyworker if she'll write something, if she does I'll send it before the 25th.

Amara""",
        sig=AMARA_PHONE_SIG,
        reply_to=m010,
        irt=False,
        category="general",
        refs=["ENQ-0088213"],
        dates=[D("before the 25th", "2026-02-25", "deadline")],
        commits=[
            C(
                "parent",
                "send the keyworker's note",
                "2026-02-25",
                "I'll ask his old nursery keyworker if she'll write something, if she does I'll send it before the 25th.",
            )
        ],
    )
)

GYM_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Little Movers</title></head>
<body style="margin:0;background:#fff6e9;font-family:Verdana,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#ff7a3d;color:#fff;font-size:22px"><b>Little Movers Gymnastics</b> &#129336;</td></tr>
<tr><td><h2 style="color:#ff7a3d">Spring term news</h2>
<p>Hi Movers families!</p>
<p>What a start to the term. Our Tuesday tumblers have mastered the forward roll, and the Saturday squad are busy learning their floor routine for the <b>Spring Showcase on Sunday 22 March</b> at Dockside Leisure Centre. Tickets are &pound;4 for grown-ups and free for under-fives.</p>
<p><b>Half term camp:</b> we are running a two-day camp in the Easter holidays. Places are limited to 20 per day, so book early through the members' area.</p>
<p><b>Quiet sessions:</b> our lower-noise, smaller-group sessions on Thursdays at 4pm are back. They are great for children who find the big hall a bit much, whether or not they have additional needs &mdash; just ask at the desk.</p>
<p>Please remember long hair tied back, no jewellery, and a named water bottle!</p>
<p><a href="https://littlemoversgym.co.uk/book" style="background:#ff7a3d;color:#fff;padding:8px 14px;text-decoration:none">Book now</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888">Little Movers Gymnastics CIC, Unit 4 Dockside Arches, London SE16 3DA.
You are receiving this because you signed up at a taster session. <a href="https://littlemoversgym.co.uk/unsubscribe">Unsubscribe</a></td></tr>
</table></td></tr></table>
</body></html>
"""

m012 = add(
    M(
        12,
        "gym_newsletter",
        "n01-gym-newsletter",
        "2026-03-04 07:30:00",
        GYM,
        [AMARA],
        "🤸 Spring term news from Little Movers!",
        new="(html)",
        sig="",
        fmt="html",
        cte="base64",
        html_override=GYM_HTML,
        extra_headers=[
            ("List-Unsubscribe", "<https://littlemoversgym.co.uk/unsubscribe>"),
            ("Precedence", "bulk"),
        ],
        category="not_send",
    )
)

m013 = add(
    M(
        13,
        "refusal",
        "t03-refusal",
        "2026-03-12 16:05:22",
        RUTH,
        [AMARA],
        SUBJ_DEC,
        new="""Dear Ms Okoye-Bell,

Please find attached the council’s letter dated 12 March 2026 about your request for an EHC needs assessment for Jayden.

I am sorry to tell you that the Assessment Panel, which met on Thursday 5 March, decided that it is not necessary to carry out an EHC needs assessment at this time. The panel felt that Jayden’s needs can be met through SEN support at St Saviour’s, with advice from our Speech, Language and Communication outreach team, and that the school has not yet had the chance to put that advice in place over two full terms.

Our SLC outreach team will contact the school to arrange an advisory visit this term.

If you disagree with the decision you can appeal to the First-tier Tribunal (SEND). Before you appeal, you must contact a mediation adviser (Kingfisher Mediation, 0800 160 1432) and get a certificate, but you do not have to go to mediation if you do not want to. Any appeal must be made within two months of the date of the decision letter, so by 12 May 2026, or within one month of the date of the mediation certificate if that is later. The letter also gives the contact details for Riverhithe SENDIASS.

I know this is not the answer you hoped for. If you want to talk it through, please ring me.""",
        charset="windows-1252",
        from_la=True,
        category="refusal_to_assess",
        refs=[CASE],
        attachments=[pdf("RH-SEN-26-0419 Decision letter 12.03.2026.pdf")],
        dates=[
            D("12 March 2026", "2026-03-12", "other"),
            D("Thursday 5 March", "2026-03-05", "past"),
            D("12 May 2026", "2026-05-12", "deadline"),
        ],
        commits=[
            C(
                "la",
                "arrange an SLC outreach advisory visit",
                None,
                "Our SLC outreach team will contact the school to arrange an advisory visit this term.",
            )
        ],
    )
)

m014 = add(
    M(
        14,
        "will_appeal",
        "t03-refusal",
        "2026-03-12 17:31:40",
        AMARA,
        [RUTH],
        "Re: " + SUBJ_DEC,
        new="""Ruth,

I'm not going to pretend I'm not upset. Two full terms?? He has had SEN support for three YEARS. He's had two blocks of therapy. What exactly is the outreach team going to tell school that the NHS didn't?

I will be appealing. I'll get the certificate thing sorted next week.

Amara""",
        sig="",
        reply_to=m013,
        category="mediation_tribunal",
        refs=[CASE],
        commits=[
            C("parent", "appeal the refusal", None, "I will be appealing."),
            C(
                "parent",
                "get the mediation certificate",
                None,
                "I'll get the certificate thing sorted next week.",
            ),
        ],
    )
)

m015 = add(
    M(
        15,
        "panel_notes_q",
        "t03-refusal",
        "2026-03-12 17:36:18",
        AMARA,
        [RUTH],
        "Re: " + SUBJ_DEC,
        new="""Sorry, one more thing - can you send me the panel notes or minutes for Jayden's case please? I want to see what they actually looked at.

Thanks.
A

P.S. and who was on the panel? Is that allowed to ask""",
        sig="",
        reply_to=m014,
        category="information_request",
        refs=[CASE],
    )
)

m016 = add(
    M(
        16,
        "fwd_advice_line",
        "t04-advice-refusal",
        "2026-03-13 09:12:51",
        AMARA,
        [SENDLINE],
        "Fwd: " + SUBJ_DEC,
        new="""Hello,

I rang your advice line yesterday evening but got the voicemail, and the message said to email instead, so here I am. My son Jayden is 7 and has DLD. I asked Riverhithe for an EHC needs assessment myself and they've said no (below, and the letter is attached). School supports the request.

My questions:
1. Do I really have to do mediation before appealing? I don't want to sit in a room with them for a day, I just want to appeal.
2. What is the actual test? The letter keeps going on about "two full terms" of SEN support.
3. Is 12 May my deadline?

Thank you so much for existing.""",
        reply_to=m013,
        quote="fwd",
        category="general",
        refs=[CASE],
        attachments=[pdf("RH-SEN-26-0419 Decision letter 12.03.2026.pdf")],
        dates=[
            D("yesterday evening", "2026-03-12", "past"),
            D("12 May", "2026-05-12", "deadline"),
        ],
    )
)

m017 = add(
    M(
        17,
        "panel_record",
        "t03-refusal",
        "2026-03-16 10:02:37",
        RUTH,
        [AMARA],
        "RE: " + SUBJ_DEC,
        new="""Dear Ms Okoye-Bell,

I understand, and I am sorry this has been upsetting.

I have attached the panel record for Jayden’s case. The names of panel members are not included in the record, but the panel is chaired by the SEND Statutory Team Manager and includes a head teacher, an educational psychologist, a SENCO from another school and a representative from health. Its membership changes from week to week.

On the appeal: you are entitled to appeal, and if you do the council will review the evidence again once the appeal is lodged, including anything new you send.""",
        reply_to=m015,
        quote="outlook",
        irt=False,
        thread_index=True,
        charset="windows-1252",
        from_la=True,
        category="general",
        refs=[CASE],
        attachments=[pdf("Panel record - RH-SEN-26-0419.pdf")],
        commits=[
            C(
                "la",
                "review the evidence again if an appeal is lodged",
                None,
                "On the appeal: you are entitled to appeal, and if you do the council will review the evidence again once the appeal is lodged, including anything new you send.",
            )
        ],
    )
)

m018 = add(
    M(
        18,
        "advice_answers",
        "t04-advice-refusal",
        "2026-03-17 14:30:05",
        TOMASZ,
        [AMARA],
        "Re: Fwd: " + SUBJ_DEC,
        new="""Dear Amara,

Thank you for your email, and sorry you got the voicemail - Thursday evenings are always busy.

1. No. Before appealing you must contact the mediation adviser, but only to get a certificate. You can tell them straight away that you do not want mediation, and they must then issue the certificate within three working days. Kingfisher are usually quick.

2. The test is in section 36(8) of the Children and Families Act: whether Jayden has or may have special educational needs, and whether it may be necessary for special educational provision to be made for him through an EHC plan. There is nothing in the law about "two full terms" of SEN support. It is a local guideline and cannot be applied as a rule.

3. Yes and no. Your deadline is two months from the date of the decision letter (12 May 2026) or one month from the date of the certificate, whichever is later. If you get the certificate this week, 12 May is the later date.

I will email you our refusal-to-assess appeal pack tomorrow, which has a template for the reasons section of the appeal form (SEND35).

Best wishes,""",
        reply_to=m016,
        quote="apple",
        category="general",
        refs=[CASE],
        dates=[
            D("12 May 2026", "2026-05-12", "deadline"),
            D("tomorrow", "2026-03-18", "deadline"),
        ],
        commits=[
            C(
                "other",
                "email the appeal pack",
                "2026-03-18",
                "I will email you our refusal-to-assess appeal pack tomorrow, which has a template for the reasons section of the appeal form (SEND35).",
            )
        ],
    )
)

m019 = add(
    M(
        19,
        "advice_thanks",
        "t04-advice-refusal",
        "2026-03-17 22:10:48",
        AMARA,
        [TOMASZ],
        "Re: Fwd: " + SUBJ_DEC,
        new="""This is SO helpful, thank you. I actually cried a bit reading number 2.

I'll email Kingfisher first thing tomorrow.

Amara

P.S. SEND35 sounds like a droid""",
        sig="",
        reply_to=m018,
        category="general",
        refs=[CASE],
        dates=[D("first thing tomorrow", "2026-03-18", "deadline")],
        commits=[
            C(
                "parent",
                "email the mediation adviser",
                "2026-03-18",
                "I'll email Kingfisher first thing tomorrow.",
            )
        ],
    )
)

m020 = add(
    M(
        20,
        "certificate_request",
        "t05-mediation-certificate",
        "2026-03-18 09:40:26",
        AMARA,
        [KM_INBOX],
        "Mediation certificate please - Jayden Okoye-Bell, Riverhithe, RH/SEN/26/0419",
        new="""Hello,

I need a mediation certificate so I can appeal to the SEND Tribunal. I do NOT want mediation, just the certificate please.

Child: Jayden Okoye-Bell, DOB 02/11/2018
Local authority: Riverhithe London Borough Council
Decision: refusal to carry out an EHC needs assessment, letter dated 12 March 2026
Case ref: RH/SEN/26/0419

I'd much rather do this by email than by phone if that's at all possible (ADHD + phone calls = disaster).

Thank you,""",
        category="mediation_tribunal",
        refs=[CASE],
        dates=[
            D("02/11/2018", "2018-11-02", "past"),
            D("12 March 2026", "2026-03-12", "past"),
        ],
    )
)

m021 = add(
    M(
        21,
        "certificate",
        "t05-mediation-certificate",
        "2026-03-20 11:48:13",
        GAIL,
        [AMARA],
        "RE: Mediation certificate please - Jayden Okoye-Bell, Riverhithe, RH/SEN/26/0419 [KM/26/0317]",
        new="""Dear Ms Okoye-Bell,

Thank you for your email, and email is absolutely fine.

As you have told us you do not wish to go to mediation, I attach your certificate (our case KM/26/0317), issued today, 20 March 2026. There is no charge for this; Riverhithe pays for the service. Please be wary of websites offering "mediation certificates" for a fee of £50 or more - you never need to pay for one.

Your appeal must reach the Tribunal by whichever is later: two months from the date of the decision letter, or one month from the date of this certificate (20 April 2026). In your case that is 12 May 2026.

If you change your mind about mediation before the appeal is decided, just let me know and I will contact the council to set it up.

Kind regards,""",
        reply_to=m020,
        quote="orig",
        charset="iso-8859-1",
        category="mediation_tribunal",
        refs=[CASE, "KM/26/0317"],
        attachments=[pdf("Mediation certificate KM-26-0317.pdf")],
        dates=[
            D("issued today, 20 March 2026", "2026-03-20", "other"),
            D("20 April 2026", "2026-04-20", "deadline"),
            D("12 May 2026", "2026-05-12", "deadline"),
        ],
        commits=[
            C(
                "other",
                "contact the council to set up mediation",
                None,
                "If you change your mind about mediation before the appeal is decided, just let me know and I will contact the council to set it up.",
            )
        ],
    )
)

m022 = add(
    M(
        22,
        "got_certificate",
        "t05-mediation-certificate",
        "2026-03-20 12:10:39",
        AMARA,
        [GAIL],
        "Re: Mediation certificate please - Jayden Okoye-Bell, Riverhithe, RH/SEN/26/0419 [KM/26/0317]",
        new="""Thank you Gail!! Got it.

The appeal is going in this weekend, fingers crossed x""",
        sig=AMARA_PHONE_SIG,
        reply_to=m021,
        category="mediation_tribunal",
        refs=[CASE, "KM/26/0317"],
        commits=[
            C(
                "parent",
                "lodge the appeal",
                None,
                "The appeal is going in this weekend, fingers crossed x",
            )
        ],
    )
)

m023 = add(
    M(
        23,
        "registration",
        "t06-tribunal-registration",
        "2026-04-08 11:20:44",
        TRIBUNAL,
        [AMARA],
        SUBJ_TRIB,
        cc=[SEN_INBOX],
        new="""Dear Ms Okoye-Bell,

Appeal reference: EH371/26/00284
Child: Jayden Okoye-Bell
Local authority: London Borough of Riverhithe
Type of appeal: refusal to carry out an EHC needs assessment

The Tribunal received your appeal on 23 March 2026 and it has now been registered. Please quote the appeal reference and keep the subject line of this email unchanged in all correspondence.

A hearing has been listed for Thursday 9 July 2026. It will take place by video, and joining instructions will be sent to you nearer the time.

Directions:
1. The local authority must send its response to the appeal to the Tribunal and to you by 20 May 2026.
2. You must return the enclosed attendance form, telling us who will attend the hearing and whether you need an interpreter, by 22 April 2026.
3. Any further evidence from either party must be sent by 10 June 2026.

If the local authority decides not to oppose the appeal, it must tell the Tribunal in writing.

Yours sincerely,""",
        fmt="alt",
        cte="base64",
        category="mediation_tribunal",
        refs=[TRIB],
        attachments=[pdf("SEND attendance form.pdf")],
        dates=[
            D("23 March 2026", "2026-03-23", "past"),
            D("Thursday 9 July 2026", "2026-07-09", "meeting"),
            D("20 May 2026", "2026-05-20", "deadline"),
            D("22 April 2026", "2026-04-22", "deadline"),
            D("10 June 2026", "2026-06-10", "deadline"),
        ],
        commits=[
            C(
                "other",
                "send hearing joining instructions",
                None,
                "It will take place by video, and joining instructions will be sent to you nearer the time.",
            )
        ],
    )
)

m024 = add(
    M(
        24,
        "attendance_no_att",
        "t06-tribunal-registration",
        "2026-04-08 19:02:10",
        AMARA,
        [TRIBUNAL],
        SUBJ_TRIB,
        new="""Dear Tribunal,

Thank you. Please find my attendance form attached. Jayden's dad and I will both attend, and we don't need an interpreter.

Amara Okoye-Bell (Jayden's mum)""",
        sig="",
        reply_to=m023,
        category="mediation_tribunal",
        refs=[TRIB],
        commits=[
            C(
                "parent",
                "attend the hearing",
                None,
                "Jayden's dad and I will both attend, and we don't need an interpreter.",
            )
        ],
    )
)

m025 = add(
    M(
        25,
        "attendance_form",
        "t06-tribunal-registration",
        "2026-04-08 19:04:55",
        AMARA,
        [TRIBUNAL],
        SUBJ_TRIB,
        new="""...and this time with the actual attachment. Apologies, it's been a day.

Amara Okoye-Bell""",
        sig="",
        reply_to=m024,
        category="mediation_tribunal",
        refs=[TRIB],
        attachments=[pdf("Attendance form - Okoye-Bell.pdf")],
    )
)

m026 = add(
    M(
        26,
        "concession",
        "t07-concession",
        "2026-04-29 15:40:02",
        MARCUS,
        [AMARA],
        "Jayden Okoye-Bell – appeal EH371/26/00284 – the council’s position",
        cc=[RUTH],
        new="""Dear Ms Okoye-Bell,

Jayden Okoye-Bell – our ref RH/SEN/26/0419

I am writing about your appeal against our decision not to carry out an EHC needs assessment for Jayden.

In preparing the council’s response I have looked again at all of the evidence, including the school’s updated records from this term and the panel record. Having done so, I have concluded that the council should not oppose the appeal. The council will carry out an EHC needs assessment for Jayden.

I will write to the Tribunal today to tell them that the council is not opposing the appeal. Ruth Kavanagh-Mensah will send you the formal decision letter, with the form for your own advice, by Friday 1 May.

I recognise that you have had to go through the appeal process for a decision that has now been reversed, and I am sorry for the worry that has caused. The Tribunal may ask whether you wish to withdraw your appeal now that the assessment is agreed; you may want to take advice on that before you reply.

Yours sincerely,""",
        fmt="alt",
        charset="windows-1252",
        from_la=True,
        category="mediation_tribunal",
        refs=[TRIB, CASE],
        dates=[
            D("today", "2026-04-29", "deadline"),
            D("Friday 1 May", "2026-05-01", "deadline"),
        ],
        commits=[
            C(
                "la",
                "carry out an EHC needs assessment",
                None,
                "The council will carry out an EHC needs assessment for Jayden.",
            ),
            C(
                "la",
                "tell the Tribunal it will not oppose the appeal",
                "2026-04-29",
                "I will write to the Tribunal today to tell them that the council is not opposing the appeal.",
            ),
            C(
                "la",
                "send the formal decision letter and advice form",
                "2026-05-01",
                "Ruth Kavanagh-Mensah will send you the formal decision letter, with the form for your own advice, by Friday 1 May.",
            ),
        ],
    )
)

m027 = add(
    M(
        27,
        "omg_thanks",
        "t07-concession",
        "2026-04-29 16:02:19",
        AMARA,
        [MARCUS],
        "Re: Jayden Okoye-Bell – appeal EH371/26/00284 – the council’s position",
        cc=[RUTH],
        new="""Oh my goodness. Thank you. I had to read that three times.

I honestly don't know what to say except thank you for actually looking at it again. I'll speak to the advice line about withdrawing before I do anything.

Amara""",
        sig=AMARA_PHONE_SIG,
        reply_to=m026,
        category="mediation_tribunal",
        refs=[TRIB],
        commits=[
            C(
                "parent",
                "take advice before withdrawing",
                None,
                "I'll speak to the advice line about withdrawing before I do anything.",
            )
        ],
    )
)

m028 = add(
    M(
        28,
        "ps_hearing",
        "t07-concession",
        "2026-04-29 16:09:47",
        AMARA,
        [MARCUS],
        "Re: Jayden Okoye-Bell – appeal EH371/26/00284 – the council’s position",
        cc=[RUTH],
        new="""P.S. does this mean the tribute null hearing on 9 July is off?

*tribunal. Voice to text hates me""",
        sig=AMARA_PHONE_SIG,
        reply_to=m027,
        category="mediation_tribunal",
        refs=[TRIB],
        dates=[D("9 July", "2026-07-09", "meeting")],
    )
)

m029 = add(
    M(
        29,
        "decision_to_assess",
        "t08-decision-to-assess",
        "2026-05-01 14:18:30",
        RUTH,
        [AMARA],
        "Decision to carry out an EHC needs assessment – Jayden Okoye-Bell – RH/SEN/26/0419",
        new="""Dear Ms Okoye-Bell,

Further to Marcus Adeyemi-Stone’s email of 29 April, I attach the council’s letter confirming that we will carry out an EHC needs assessment for Jayden, together with the form for your own views and advice.

Over the next few weeks I will be asking for advice from:
– Dr Niamh Casey, Educational Psychologist, who will contact you to arrange to see Jayden in school;
– the Children’s Speech and Language Therapy service (South Thames Community Health NHS Trust);
– St Saviour’s (Ms Vasudevan);
– the community paediatrician and, because Jayden is not known to them, a short note from children’s social care.

Please return your advice form, and Jayden’s own views if he is able to give them (pictures, with an adult writing down what he says, are fine), by Friday 22 May 2026.

I will send you a draft plan by the end of August at the latest, or a letter explaining why we have decided not to issue one.""",
        charset="windows-1252",
        from_la=True,
        category="decision_to_assess",
        refs=[CASE],
        attachments=[
            pdf("RH-SEN-26-0419 Decision to assess 01.05.2026.pdf"),
            Att(
                "Parent and carer advice form (Section A).docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                b"PK\x03\x04blind13 placeholder docx: Section A",
            ),
        ],
        dates=[
            D("29 April", "2026-04-29", "past"),
            D("Friday 22 May 2026", "2026-05-22", "deadline"),
            D("the end of August", "2026-08-31", "deadline"),
        ],
        commits=[
            C(
                "la",
                "ask for advice for the assessment",
                None,
                "Over the next few weeks I will be asking for advice from:",
            ),
            C(
                "la",
                "EP to contact the parent to arrange a visit",
                None,
                "– Dr Niamh Casey, Educational Psychologist, who will contact you to arrange to see Jayden in school;",
            ),
            C(
                "la",
                "send a draft plan or a decision letter",
                "2026-08-31",
                "I will send you a draft plan by the end of August at the latest, or a letter explaining why we have decided not to issue one.",
            ),
        ],
    )
)

m030 = add(
    M(
        30,
        "withdrawal",
        "t09-tribunal-withdrawal",
        "2026-05-05 20:30:41",
        AMARA,
        [TRIBUNAL],
        "HD 09/07/2026 | EH371/26/00284 | Jayden Okoye-Bell | Withdrawal of Appeal",
        new="""Dear Sir or Madam,

I am the appellant in this appeal. Riverhithe Council has now agreed to carry out an EHC needs assessment for my son Jayden (their letter of 1 May 2026 is attached), so I withdraw my appeal.

I have taken advice before doing this, and I understand that if the council later decides not to issue a plan I will have a new right of appeal.

Yours faithfully,""",
        category="mediation_tribunal",
        refs=[TRIB],
        attachments=[pdf("RH-SEN-26-0419 Decision to assess 01.05.2026.pdf")],
        dates=[D("1 May 2026", "2026-05-01", "past")],
    )
)

m031 = add(
    M(
        31,
        "withdrawn",
        "t09-tribunal-withdrawal",
        "2026-05-07 10:05:12",
        TRIBUNAL,
        [AMARA],
        "HD 09/07/2026 | EH371/26/00284 | Jayden Okoye-Bell | Appeal Withdrawn",
        cc=[SEN_INBOX],
        new="""Dear Ms Okoye-Bell,

The Tribunal has received your notice of withdrawal dated 5 May 2026. The appeal is withdrawn under rule 17 of the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008, and the Tribunal's file is now closed.

The hearing listed for 9 July 2026 will not take place. No further action is needed from you or from the local authority.

Yours sincerely,""",
        reply_to=m030,
        quote="none",
        fmt="html",
        cte="base64",
        utc=True,
        category="mediation_tribunal",
        refs=[TRIB],
        dates=[
            D("5 May 2026", "2026-05-05", "past"),
            D("9 July 2026", "2026-07-09", "meeting"),
        ],
    )
)
