"""Messages 001-032 (September 2027 - January 2028): suspension, the school's request, the refusal,
the argument about appealing, CAMHS, the birth mother's advocate, the IRO, reconsideration, the
mediation certificate, the decision to assess and the EP's visit."""

from corpuslib import Att, C, D, M, fake_docx, fake_pdf
from people import (
    DEAN,
    ESTHER,
    FFION,
    FOSTERING,
    GEMMA,
    JOEL,
    KERSHAW,
    MARTIN,
    MAXINE,
    NADIA,
    NADIA_MOBILE_SIG,
    PRITI,
    RACHAEL,
    SEN_INBOX,
    SIAN,
)

REF = "EHCNA/27/2281"
LCS = "5572019"
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]

# --------------------------------------------------------------------------- t01 suspension

m001 = M(
    1,
    "suspension",
    "t01-suspension",
    "2027-09-21 16:42:10",
    KERSHAW,
    [MAXINE],
    "Reece Fairbairn - suspension",
    cc=[NADIA, MARTIN],
    new="""Dear Mrs Trelawney,

Further to our phone call at lunchtime, I am writing to confirm that Reece has been suspended from Hexley Park Academy for three school days, from Wednesday 22 September to Friday 24 September 2027 inclusive.

The suspension follows the incident in period 4, when Reece threw a chair across the science lab after being asked to change seats and then left the building without permission. Nobody was hurt, but the glass panel in the prep room door was cracked.

As you know, this is Reece's second suspension. The first, for two days, was in June, when he was in Year 7.

Work will be set for Reece on Google Classroom for each day of the suspension, and I would be grateful if you could make sure he logs on.

Reece should come back to school on Monday 27 September, and we will hold a reintegration meeting in the Student Support Centre at 8.45am that morning. We would like you and Reece to attend. Mrs Ibbotson, our SENCO, will be at the meeting so that we can talk about what more we can put in place for him.

You have the right to make representations about this suspension to the Academy's governing board; details are in the attached letter. Because Reece is a looked after child, I have copied this email to his social worker and to the Virtual School.

Yours sincerely""",
    fmt="alt",
    attachments=[
        Att("Suspension letter - R Fairbairn.pdf", "application/pdf", fake_pdf("Suspension letter"))
    ],
    category="general",
    dates=[
        D("Wednesday 22 September", "2027-09-22", "other"),
        D("Friday 24 September 2027", "2027-09-24", "other"),
        D("Monday 27 September", "2027-09-27", "meeting"),
    ],
    commits=[
        C(
            "school",
            "set work on Google Classroom during the suspension",
            None,
            "Work will be set for Reece on Google Classroom for each day of the suspension, and I would be grateful if you could make sure he logs on.",
        ),
        C(
            "school",
            "SENCO to attend the reintegration meeting",
            None,
            "Mrs Ibbotson, our SENCO, will be at the meeting so that we can talk about what more we can put in place for him.",
        ),
    ],
)

m002 = M(
    2,
    "re_suspension",
    "t01-suspension",
    "2027-09-21 21:15:33",
    MAXINE,
    [KERSHAW],
    "Re: Reece Fairbairn - suspension",
    cc=[NADIA, MARTIN],
    reply_to=m001,
    quote="gmail",
    fmt="alt",
    new="""Dear Mr Kershaw,

Thank you for ringing me, and for putting it in writing so quickly. I won't pretend I'm not upset, and Reece is too. He went straight up to his room when we got in and has barely said a word since, which is what he does when he's ashamed of himself.

I'll be there with him on Monday at 8.45.

What I really want to talk about is what happens after that. This is the second time since June, and both times it started in a lesson where he'd been asked to read out loud or copy off the board. He's got his ADHD diagnosis, your own screening says dyslexia is likely, and anyone who has spent a week with him knows about the attachment side of things. He isn't a naughty kid, he's a frightened one. I think it's time the school asked the council for an EHC needs assessment, and I'd like that on the agenda on Monday please.

Nadia - I don't think my delegated authority covers anything to do with an EHCP, does it? Can you let me know whether you're OK with the school applying?

Thanks,
Maxine""",
    category="general",
    dates=[D("Monday", "2027-09-27", "meeting")],
    commits=[
        C(
            "parent",
            "bring Reece to the reintegration meeting",
            "2027-09-27",
            "I'll be there with him on Monday at 8.45.",
        )
    ],
)

m003 = M(
    3,
    "re_suspension_vs",
    "t01-suspension",
    "2027-09-22 08:05:47",
    MARTIN,
    [MAXINE, KERSHAW],
    "RE: Reece Fairbairn - suspension",
    cc=[NADIA, RACHAEL, DEAN],
    reply_to=m002,
    quote="outlook",
    charset="windows-1252",
    extra_headers=OUTLOOK,
    fold_ids=True,
    new="""Morning all,

Maxine, I’m sorry you and Reece have had another rotten day. I’ve read Mr Kershaw’s letter, and I spoke to Dean Whitworth, Hexley Park’s Designated Teacher, at 7.30 this morning.

From the Virtual School’s side:

– I will come to the reintegration meeting on Monday myself.
– Rachael Ibbotson has agreed to put in a request for an EHC needs assessment. She hopes to get it to the SEN team by Friday 1 October.
– I will pay for a full diagnostic dyslexia assessment from Reece’s Pupil Premium Plus, so that the request has proper evidence behind it.
– Nadia, the request needs the council’s agreement as corporate parent. Could you confirm that to Rachael in writing?

Two suspensions in four months is a pattern, not a blip, and I’d rather we acted now than after a third.

Best wishes
Martin""",
    category="general",
    from_la=True,
    dates=[
        D("this morning", "2027-09-22", "meeting"),
        D("Monday", "2027-09-27", "meeting"),
        D("Friday 1 October", "2027-10-01", "deadline"),
    ],
    commits=[
        C(
            "la",
            "attend the reintegration meeting",
            "2027-09-27",
            "– I will come to the reintegration meeting on Monday myself.",
        ),
        C(
            "la",
            "pay for a diagnostic dyslexia assessment from PP+",
            None,
            "– I will pay for a full diagnostic dyslexia assessment from Reece’s Pupil Premium Plus, so that the request has proper evidence behind it.",
        ),
    ],
)

m004 = M(
    4,
    "re_suspension_sw",
    "t01-suspension",
    "2027-09-22 12:30:02",
    NADIA,
    [MARTIN, MAXINE, KERSHAW],
    "RE: Reece Fairbairn - suspension",
    cc=[RACHAEL, DEAN],
    reply_to=m003,
    quote="outlook",
    sig=NADIA_MOBILE_SIG,
    extra_headers=[("X-Mailer", "Outlook for iOS")],
    new="""Hi all,

Happy for the school to go ahead. Maxine's right that her delegated authority doesn't stretch to this, so I'll confirm the council's agreement to Rachael in writing this afternoon.

I'll also let Kelly know through her advocate, as she'll need to give her views too.

Maxine, I'm on a visit out of borough so can't make Monday, but I'm glad Martin will be there.

Nadia""",
    category="general",
    from_la=True,
    dates=[
        D("this afternoon", "2027-09-22", "deadline"),
        D("Monday", "2027-09-27", "meeting"),
    ],
    commits=[
        C(
            "la",
            "confirm the council's agreement to the SENCO in writing",
            "2027-09-22",
            "Maxine's right that her delegated authority doesn't stretch to this, so I'll confirm the council's agreement to Rachael in writing this afternoon.",
        ),
        C(
            "la",
            "tell Reece's mother through her advocate",
            None,
            "I'll also let Kelly know through her advocate, as she'll need to give her views too.",
        ),
    ],
)

# --------------------------------------------------------------------------- t02 request

m005 = M(
    5,
    "ehcna_request",
    "t02-school-request",
    "2027-10-01 15:10:20",
    RACHAEL,
    [SEN_INBOX],
    "Request for EHC needs assessment - Reece Fairbairn (DOB 11/06/2015) - Hexley Park Academy",
    cc=[MAXINE, NADIA, MARTIN],
    fmt="alt",
    new="""Dear SEN Statutory Assessment Team,

Please find attached Hexley Park Academy's request for an Education, Health and Care needs assessment for Reece Fairbairn, Year 8, date of birth 11 June 2015 (UPN K823400117051).

Reece is a looked after child. Ravensholt holds parental responsibility for him under a care order, shared with his mother, Ms Kelly Fairbairn. His social worker, Nadia Khoury, gave the council's agreement to this request in writing on 22 September 2027, and his foster carer, Mrs Maxine Trelawney, supports it.

In summary:
• Reece was diagnosed with ADHD by CAMHS in 2026 and takes medication. He experienced early trauma and several changes of carer, and his social worker and CAMHS describe significant attachment difficulties.
• Our screening suggests dyslexia. His reading age is 8 years 4 months and his spelling age is below 8.
• He has had two suspensions, five days in total, the most recent from 22 to 24 September 2027.
• He has had three cycles of SEN support (assess, plan, do, review) since he joined us, including a key adult, daily check-ins, small-group literacy and a part-time timetable for three weeks, with limited progress.
• The Virtual School has funded a diagnostic dyslexia assessment, which is booked for 18 October.

I will send the dyslexia report to you as soon as I receive it.

Attached: the request form; APDR records for 2026-27 and autumn 2027; the behaviour and suspension log; Reece's one-page profile.

Kind regards""",
    attachments=[
        Att(
            "EHCNA request form - R Fairbairn.pdf",
            "application/pdf",
            fake_pdf("EHCNA request form"),
        ),
        Att("APDR cycles 2026-27 and autumn 2027.pdf", "application/pdf", fake_pdf("APDR cycles")),
        Att("Behaviour and suspension log.pdf", "application/pdf", fake_pdf("Behaviour log")),
    ],
    category="assessment_request",
    dates=[
        D("11 June 2015", "2015-06-11", "past"),
        D("22 September 2027", "2027-09-22", "past"),
        D("24 September 2027", "2027-09-24", "past"),
        D("18 October", "2027-10-18", "meeting"),
    ],
    commits=[
        C(
            "school",
            "send the dyslexia report to the SEN team",
            None,
            "I will send the dyslexia report to you as soon as I receive it.",
        )
    ],
)

m006 = M(
    6,
    "re_ehcna_request_ack",
    "t02-school-request",
    "2027-10-05 11:20:09",
    GEMMA,
    [RACHAEL],
    "RE: Request for EHC needs assessment - Reece Fairbairn (DOB 11/06/2015) - Hexley Park Academy - EHCNA/27/2281",
    cc=[MAXINE, NADIA, MARTIN],
    reply_to=m005,
    quote="outlook",
    fold_ids=True,
    thread_index=True,
    extra_headers=OUTLOOK,
    sig="Kind regards\n\nGemma Thirlwell\nStatutory Assessment Coordinator\nSEN Statutory Assessment Team | Children and Education\nRavensholt Metropolitan Borough Council\nTel 01632 960731",
    tail=GEMMA.sig.split("\n\n", 2)[-1],
    new="""Dear Ms Ibbotson,

Thank you for your request, which we received on 1 October 2027. I have logged it under reference EHCNA/27/2281; please quote this on any further correspondence.

As Reece is looked after by Ravensholt, we will treat Nadia Khoury as acting for the council as his parent, alongside his mother, and we will also ask Mrs Trelawney for her views as his carer.

The request will be considered at the SEN Assessment Panel on 4 November 2027. We will write to Ms Khoury, Ms Fairbairn and the school with the panel's decision by 12 November 2027, which is six weeks from the date we received the request.

I will contact Mrs Trelawney separately this week about her views and Reece's.""",
    category="acknowledgement",
    from_la=True,
    refs=[REF],
    dates=[
        D("1 October 2027", "2027-10-01", "past"),
        D("4 November 2027", "2027-11-04", "meeting"),
        D("12 November 2027", "2027-11-12", "deadline"),
    ],
    commits=[
        C(
            "la",
            "write with the panel's decision",
            "2027-11-12",
            "We will write to Ms Khoury, Ms Fairbairn and the school with the panel's decision by 12 November 2027, which is six weeks from the date we received the request.",
        ),
        C(
            "la",
            "contact the foster carer about views",
            None,
            "I will contact Mrs Trelawney separately this week about her views and Reece's.",
        ),
    ],
)

# --------------------------------------------------------------------------- t03 views

m007 = M(
    7,
    "views_forms",
    "t03-views",
    "2027-10-07 14:02:51",
    GEMMA,
    [MAXINE],
    "Reece Fairbairn - views for EHC needs assessment request - EHCNA/27/2281",
    cc=[NADIA],
    fold_ids=True,
    extra_headers=OUTLOOK,
    new="""Dear Mrs Trelawney,

I am the coordinator for the request Hexley Park Academy has made for Reece. The council has not yet decided whether to carry out an assessment, but the panel finds it very helpful to hear from the people who know a child best.

I have attached two forms:
1. 'Carer's views', for you to complete;
2. 'All About Me', for Reece, with your help if he would like it. Drawings, photos and voice notes are all fine.

Could you please return them by Friday 22 October?

Nadia, please could you send me a short social care summary by the same date, and let me know how Reece's mother would prefer to give her views?

Many thanks""",
    attachments=[
        Att(
            "Carers views form.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            fake_docx("Carers views"),
        ),
        Att(
            "All About Me - secondary.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            fake_docx("All About Me"),
        ),
    ],
    category="information_request",
    from_la=True,
    refs=[REF],
    dates=[D("Friday 22 October", "2027-10-22", "deadline")],
)

m008 = M(
    8,
    "fostering_news",
    "t04-fostering-news",
    "2027-10-14 19:48:00",
    FOSTERING,
    [MAXINE],
    "Fostering News – October 2027 🍂",
    fmt="html",
    cte="base64",
    extra_headers=[
        ("List-Unsubscribe", "<mailto:fostering.news@ravensholt.gov.uk?subject=unsubscribe>"),
        ("Precedence", "bulk"),
    ],
    sig="",
    new="""Fostering News – October 2027

Hello everyone, and welcome to our autumn edition!

Training this term
• Understanding ADHD at home – Tuesday 9 November, 10am to 1pm, Civic Centre. Led by our CAMHS colleagues.
• Life story work for carers – two evening sessions on Teams, 16 and 23 November.
• EHCPs and the Virtual School: what carers need to know – a webinar with the Virtual School team on Thursday 2 December at 7pm. Bring your questions about PEPs, Pupil Premium Plus and EHC needs assessments.

Support groups
The Ravensholt North carers' coffee morning has moved to the second Wednesday of the month at the Moorside Community Centre.

Allowances
The new allowance rates will be paid from the first payment run in April. Your supervising social worker can talk you through them.

Christmas party
Save the date: the carers' Christmas party is on Saturday 11 December at the Ravensholt Leisure Centre. Children of all ages welcome. Book your places by 26 November.

Thank you for everything you do.

The Ravensholt Fostering Team
fostering.news@ravensholt.gov.uk | To stop receiving this newsletter, reply with 'unsubscribe'.""",
    category="not_send",
    from_la=True,
)

m009 = M(
    9,
    "re_views_forms",
    "t03-views",
    "2027-10-20 22:31:14",
    MAXINE,
    [GEMMA],
    "Re: Reece Fairbairn - views for EHC needs assessment request - EHCNA/27/2281",
    cc=[NADIA],
    reply_to=m007,
    quote="gmail",
    fmt="alt",
    sig="Maxine Trelawney\n07700 900617",
    new="""Hi Gemma,

Both forms attached. Sorry it's so late in the evening - it's the only time the house is quiet!

Reece did his All About Me with me at the kitchen table over two nights. He didn't want to write, so he drew most of it and I wrote down the rest word for word, including the bit about what makes him angry (people "talking at" him, and being made to read in front of the class). He asked me to say that he's good at boxing and at looking after our dog, and that he'd like a teacher who "doesn't give up on me". I've left that exactly as he said it.

On my form I've tried to describe an ordinary week with him rather than just the bad days. If anything doesn't make sense please ring me, I'm in most mornings.""",
    attachments=[
        Att(
            "Carers views - Reece F.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            fake_docx("Carers views completed"),
        ),
        Att("All About Me - Reece.pdf", "application/pdf", fake_pdf("All About Me scanned")),
    ],
    category="general",
    refs=[REF],
)

# --------------------------------------------------------------------------- t05 refusal

_REFUSAL_COVER = """Dear Mrs Trelawney,

Please find attached the council's decision on the request for an EHC needs assessment for Reece. The text of the letter is below. The letter is addressed to Reece's social worker, as the council holds parental responsibility, and a copy has been sent to Reece's mother, Ms Kelly Fairbairn, by post. As you completed the carer's views, I wanted you to have it too."""

_REFUSAL_LETTER = """----------------------------------------
Ravensholt Metropolitan Borough Council
SEN Statutory Assessment Team
Our ref: EHCNA/27/2281
10 November 2027

Dear Ms Khoury

Reece Fairbairn, date of birth 11 June 2015
Decision on the request for an EHC needs assessment

The SEN Assessment Panel met on 4 November 2027 and considered the request made by Hexley Park Academy, together with the views of Mrs Trelawney, Reece's own views and the social care summary.

The panel decided that it is not necessary at this time to carry out an EHC needs assessment. The panel recognised that Reece has significant needs. However, the evidence showed only a short period of SEN support at secondary school, and the school has not yet had advice from specialist services. The panel's view is that Reece's needs can be met from the resources normally available to mainstream schools, together with his Pupil Premium Plus and the support of the Virtual School.

The panel recommended that:
• the school refers Reece to the council's Inclusion Support Service for an outreach assessment; and
• the school takes account of the diagnostic dyslexia assessment when the report is available.

The Inclusion Support Service will contact the school to arrange a first visit.

Your right to appeal
If you disagree with this decision, you can appeal to the First-tier Tribunal (Special Educational Needs and Disability). An appeal must be made within two months of the date of this letter, that is by 10 January 2028, or within one month of the date of a mediation certificate, if that is later. Before you can appeal you must contact the mediation adviser, Trentside Mediation Services (01632 960880, info@trentsidemediation.co.uk), who will explain mediation and can issue a certificate. Free, independent advice is available from Ravensholt SENDIASS on 01632 960999.

Yours sincerely

Gemma Thirlwell
Statutory Assessment Coordinator, on behalf of the SEN Assessment Panel

cc Ms K Fairbairn (by post); Mrs M Trelawney; Hexley Park Academy; Ravensholt Virtual School"""

m010 = M(
    10,
    "refusal_to_assess",
    "t05-refusal",
    "2027-11-10 16:55:38",
    GEMMA,
    [MAXINE],
    "Reece Fairbairn - outcome of request for EHC needs assessment - EHCNA/27/2281",
    cc=[RACHAEL, MARTIN],
    fmt="alt",
    fold_ids=True,
    extra_headers=OUTLOOK,
    segments=[
        ("new", _REFUSAL_COVER),
        ("sig", "Kind regards\nGemma Thirlwell"),
        ("new", _REFUSAL_LETTER),
        ("sig", GEMMA.sig.split("\n\n", 2)[-1]),
    ],
    attachments=[
        Att(
            "Decision letter EHCNA-27-2281.pdf",
            "application/pdf",
            fake_pdf("Decision letter refusal"),
        )
    ],
    category="refusal_to_assess",
    from_la=True,
    refs=[REF],
    dates=[
        D("10 November 2027", "2027-11-10", "other"),
        D("11 June 2015", "2015-06-11", "past"),
        D("4 November 2027", "2027-11-04", "past"),
        D("10 January 2028", "2028-01-10", "deadline"),
    ],
    commits=[
        C(
            "la",
            "Inclusion Support Service to contact the school",
            None,
            "The Inclusion Support Service will contact the school to arrange a first visit.",
        )
    ],
)

# --------------------------------------------------------------------------- t06 appeal or not

m011 = M(
    11,
    "fwd_refusal_to_sw",
    "t06-appeal-or-not",
    "2027-11-11 07:12:05",
    MAXINE,
    [NADIA],
    "Fwd: Reece Fairbairn - outcome of request for EHC needs assessment - EHCNA/27/2281",
    reply_to=m010,
    quote="fwd",
    fmt="alt",
    sig="",
    new="""Nadia,

I've read this about five times now and I'm still angry. "A short period of SEN support" - he's had support since Year 5 at primary and it's all in his file!

I want us to appeal. I know it isn't my decision - you and Kelly have PR, and my fostering agreement says anything legal goes through you - so I'm asking you properly: will you agree to an appeal? We've got until 10 January and I don't want it left till after Christmas.

If it's OK with you I'll ring the mediation people myself this week to find out what's involved.

Can we talk later? I'm free after 3.

Maxine""",
    category="mediation_tribunal",
    refs=[REF],
    dates=[D("10 January", "2028-01-10", "deadline")],
    commits=[
        C(
            "parent",
            "ring the mediation adviser",
            None,
            "If it's OK with you I'll ring the mediation people myself this week to find out what's involved.",
        )
    ],
)

m012 = M(
    12,
    "re_fwd_refusal_sw",
    "t06-appeal-or-not",
    "2027-11-12 13:40:44",
    NADIA,
    [MAXINE],
    "RE: Reece Fairbairn - outcome of request for EHC needs assessment - EHCNA/27/2281",
    reply_to=m011,
    quote="outlook",
    fold_ids=True,
    extra_headers=OUTLOOK,
    new="""Hi Maxine,

Sorry I didn't call back yesterday, I was in court until gone five.

I've read the decision and honestly I share your frustration. But I don't agree that we should go straight to an appeal, and I'd rather be straight with you about why.

An appeal here would mean Ravensholt, as Reece's corporate parent, taking Ravensholt, as the SEN authority, to tribunal. It isn't impossible, but it needs sign-off well above me and it takes months. And the panel is right about one thing: the CAMHS picture isn't in the papers at all. Dr Nwachukwu has seen Reece four times since the summer. If she puts in writing what she's told us in meetings, I think there's a real chance of getting the decision changed without a tribunal.

So my suggestion is that we ask the SEN team to reconsider, with the CAMHS evidence and the dyslexia report, and keep the appeal as the back-up. Kelly also has PR and can appeal in her own right, and I'm going to talk to her advocate about that.

I will put this on the agenda for Reece's review on 23 November, so Siân can record both our views.

I'm not saying no for ever, Maxine. I'm saying not yet.

Nadia""",
    category="mediation_tribunal",
    from_la=True,
    refs=[REF],
    dates=[
        D("yesterday", "2027-11-11", "past"),
        D("23 November", "2027-11-23", "meeting"),
    ],
    commits=[
        C(
            "la",
            "talk to the mother's advocate about an appeal",
            None,
            "Kelly also has PR and can appeal in her own right, and I'm going to talk to her advocate about that.",
        ),
        C(
            "la",
            "put the appeal question on the review agenda",
            "2027-11-23",
            "I will put this on the agenda for Reece's review on 23 November, so Siân can record both our views.",
        ),
    ],
)

m013 = M(
    13,
    "re_fwd_refusal_carer",
    "t06-appeal-or-not",
    "2027-11-12 21:58:19",
    MAXINE,
    [NADIA],
    "Re: Reece Fairbairn - outcome of request for EHC needs assessment - EHCNA/27/2281",
    reply_to=m012,
    quote="apple",
    sig="Sent from my iPhone",
    extra_headers=IPHONE,
    new="""I hear you but the deadline doesnt move just because we're all being nice about it. If they say no again in January we've lost 2 months and he's lost another term.

Fine, I'll go with reconsideration for now but I want it minuted at the review that I think we should appeal. And I'll email Dr N myself on Monday to ask for the letter, she knows me.

M""",
    category="mediation_tribunal",
    refs=[REF],
    dates=[D("Monday", "2027-11-15", "deadline")],
    commits=[
        C(
            "parent",
            "email the CAMHS psychologist for a letter",
            "2027-11-15",
            "And I'll email Dr N myself on Monday to ask for the letter, she knows me.",
        )
    ],
)

# --------------------------------------------------------------------------- t07 CAMHS letter

m014 = M(
    14,
    "camhs_letter_request",
    "t07-camhs-letter",
    "2027-11-15 09:34:27",
    MAXINE,
    [ESTHER],
    "Reece Fairbairn - letter for the SEN team please",
    cc=[NADIA],
    sig="Maxine Trelawney\n(foster carer for Reece Fairbairn)\n07700 900617",
    new="""Dear Dr Nwachukwu,

I hope you're well. I'm writing about Reece (DOB 11/06/2015), as his foster carer.

The council turned down the school's request for an EHC needs assessment last week, mainly because the panel didn't think the evidence showed enough. None of the CAMHS information was in front of them. Nadia, his social worker (copied in), is going to ask them to reconsider, and we would both be really grateful if you could write a letter setting out his ADHD diagnosis and medication, the attachment and trauma work you've been doing with him, and what all of that means for him in a classroom.

Is there any chance you could let us have it by Friday 26 November? Nadia wants to get the request in by 3 December.

Nadia has confirmed she's happy for you to share information with the SEN team.

Many thanks""",
    category="information_request",
    dates=[
        D("11/06/2015", "2015-06-11", "past"),
        D("Friday 26 November", "2027-11-26", "deadline"),
        D("3 December", "2027-12-03", "deadline"),
    ],
)

m015 = M(
    15,
    "appeal_or_reconsideration",
    "t06-appeal-or-not",
    "2027-11-15 17:20:31",
    NADIA,
    [MAXINE],
    f"Reece - appeal or reconsideration? (LCS ID {LCS})",
    reply_to=m013,
    quote="outlook",
    fold_ids=True,
    extra_headers=OUTLOOK,
    new="""Hi Maxine,

I've now talked it through with Owain (my team manager) and with Martin. This is where we've landed:

1. I will send a formal request for reconsideration to the SEN team by Friday 3 December, with Dr Nwachukwu's letter, the dyslexia report and a written view from the Virtual School.
2. If the SEN team hasn't changed its decision by Friday 17 December, I will take the question of an appeal to Claire Brennan, our Head of Service, straight away, so that there is still time to lodge one before 10 January.
3. Your view that we should appeal now will be recorded at the review on 23 November. I've already told Siân.

Thanks for contacting CAMHS. Kelly's advocate has asked me for a copy of the refusal letter and I'll send it to her tomorrow.

Nadia""",
    category="mediation_tribunal",
    from_la=True,
    refs=[LCS],
    dates=[
        D("Friday 3 December", "2027-12-03", "deadline"),
        D("Friday 17 December", "2027-12-17", "deadline"),
        D("10 January", "2028-01-10", "deadline"),
        D("23 November", "2027-11-23", "meeting"),
        D("tomorrow", "2027-11-16", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send a formal reconsideration request to the SEN team",
            "2027-12-03",
            "1. I will send a formal request for reconsideration to the SEN team by Friday 3 December, with Dr Nwachukwu's letter, the dyslexia report and a written view from the Virtual School.",
        ),
        C(
            "la",
            "take the appeal question to the Head of Service if no change",
            None,
            "2. If the SEN team hasn't changed its decision by Friday 17 December, I will take the question of an appeal to Claire Brennan, our Head of Service, straight away, so that there is still time to lodge one before 10 January.",
        ),
        C(
            "la",
            "record the carer's view at the review",
            "2027-11-23",
            "3. Your view that we should appeal now will be recorded at the review on 23 November.",
        ),
        C(
            "la",
            "send the refusal letter to the mother's advocate",
            "2027-11-16",
            "Kelly's advocate has asked me for a copy of the refusal letter and I'll send it to her tomorrow.",
        ),
    ],
)

m016 = M(
    16,
    "re_camhs_letter_request",
    "t07-camhs-letter",
    "2027-11-17 12:15:40",
    ESTHER,
    [MAXINE],
    "RE: Reece Fairbairn - letter for the SEN team please",
    cc=[NADIA],
    reply_to=m014,
    quote="outlook",
    charset="us-ascii",
    cte="7bit",
    new="""Dear Mrs Trelawney,

Thank you for your email, and Nadia, thank you for confirming consent.

Yes, I will write a letter for the SEN team and send it to you both by Friday 26 November. It will cover the ADHD diagnosis and medication, my formulation of Reece's attachment and trauma-related difficulties, and what they mean for his learning and behaviour in school.

Reece's next appointment with me is on Tuesday 14 December at 4pm at Moorside Clinic. If he has a school planner, I would like him to bring it.

Kind regards""",
    category="general",
    dates=[
        D("Friday 26 November", "2027-11-26", "deadline"),
        D("Tuesday 14 December", "2027-12-14", "meeting"),
    ],
    commits=[
        C(
            "health",
            "write the CAMHS letter for the SEN team",
            "2027-11-26",
            "Yes, I will write a letter for the SEN team and send it to you both by Friday 26 November.",
        )
    ],
)

# --------------------------------------------------------------------------- t08 the birth mother's advocate

m017 = M(
    17,
    "advocate_kelly",
    "t08-advocate",
    "2027-11-19 10:05:12",
    PRITI,
    [NADIA],
    "Kelly Fairbairn - Reece's education",
    cc=[MAXINE, MARTIN],
    new="""Dear Ms Khoury,

I am an advocate with Hearthside Family Advocacy and I support Kelly Fairbairn, Reece's mother. Kelly has asked me to write to you, and she has agreed that Mrs Trelawney and Mr Oyelaran can be copied in on matters about Reece's education.

Kelly received the council's letter refusing an EHC needs assessment on Saturday. She was upset that she only learned there had been a request when the refusal arrived. She does want Reece to be assessed. She remembers how hard reading was for him at primary school, and she has dyslexia herself.

Kelly would like:
1. a copy of the school's request and the evidence that went to the panel;
2. to give her own views if the council reconsiders, or in any appeal; and
3. to take part in Reece's review on Tuesday 23 November, by phone if that is easier.

Kelly has told me that she would support an appeal. I will help her to put her views in writing for the SEN team.

Please could you reply by Monday 22 November, as I need to book a room for Kelly to make the call from.

Yours sincerely""",
    category="information_request",
    dates=[
        D("on Saturday", "2027-11-13", "past"),
        D("Tuesday 23 November", "2027-11-23", "meeting"),
        D("Monday 22 November", "2027-11-22", "deadline"),
    ],
    commits=[
        C(
            "other",
            "help the mother write her views",
            None,
            "I will help her to put her views in writing for the SEN team.",
        )
    ],
)

m018 = M(
    18,
    "re_advocate_kelly",
    "t08-advocate",
    "2027-11-22 09:12:55",
    NADIA,
    [PRITI],
    "RE: Kelly Fairbairn - Reece's education",
    cc=[MAXINE, MARTIN],
    reply_to=m017,
    quote="outlook",
    fold_ids=True,
    extra_headers=OUTLOOK,
    new="""Dear Ms Lakhani,

Thank you, and please thank Kelly for getting in touch.

Siân Amankwah, Reece's Independent Reviewing Officer, is happy for Kelly to join the first part of the review by phone. I will ring Kelly at 10.30am tomorrow on the number you gave me, so if she could be somewhere quiet by then that would be ideal.

I sent you the refusal letter on Tuesday, and I will send you the school's request and the evidence by Wednesday.

Nadia Khoury""",
    category="appointment",
    from_la=True,
    dates=[
        D("tomorrow", "2027-11-23", "meeting"),
        D("on Tuesday", "2027-11-16", "past"),
        D("by Wednesday", "2027-11-24", "deadline"),
    ],
    commits=[
        C(
            "la",
            "ring the mother for the review",
            "2027-11-23",
            "I will ring Kelly at 10.30am tomorrow on the number you gave me, so if she could be somewhere quiet by then that would be ideal.",
        ),
        C(
            "la",
            "send the school's request and evidence to the advocate",
            "2027-11-24",
            "I sent you the refusal letter on Tuesday, and I will send you the school's request and the evidence by Wednesday.",
        ),
    ],
)

# --------------------------------------------------------------------------- t09 IRO

m019 = M(
    19,
    "iro_recommendations_nov",
    "t09-iro",
    "2027-11-24 15:47:26",
    SIAN,
    [NADIA, MAXINE, MARTIN, PRITI],
    "Reece Fairbairn - CLA review 23.11.27 - IRO recommendations",
    cc=[RACHAEL],
    fmt="html",
    fold_ids=True,
    new="""Dear all,

Thank you for your contributions to Reece's review yesterday, and particular thanks to Kelly for joining us by phone.

When we spoke on our own, Reece told me that he likes living with Maxine and Des and "mostly" likes Hexley Park, but that he "can't do" reading in front of people and it makes him feel stupid. I have recorded his wish that his teachers understand this.

My recommendations are:

1. Nadia will send a request for reconsideration of the EHC needs assessment decision to the SEN Statutory Assessment Team by 3 December 2027.

2. Martin Oyelaran will provide a written Virtual School view to go with the request by 1 December 2027.

3. Dr Nwachukwu (CAMHS) has agreed to provide her letter by 26 November 2027. Maxine will forward it to Nadia if it reaches her first.

4. There is a difference of view about whether an appeal should be lodged now. Maxine's view is that it should; Nadia's view is that reconsideration should be tried first. Both views are recorded. I will check progress with Nadia on 17 December 2027. If the decision has not changed by then, I will ask for the appeal question to go to the Head of Service.

5. Hexley Park will review Reece's reading arrangements so that he is not asked to read aloud in class without preparation.

Reece's next review will be held on Thursday 18 May 2028.

Kind regards
Siân""",
    category="general",
    from_la=True,
    dates=[
        D("yesterday", "2027-11-23", "past"),
        D("3 December 2027", "2027-12-03", "deadline"),
        D("1 December 2027", "2027-12-01", "deadline"),
        D("26 November 2027", "2027-11-26", "deadline"),
        D("17 December 2027", "2027-12-17", "deadline"),
        D("Thursday 18 May 2028", "2028-05-18", "meeting"),
    ],
    commits=[
        C(
            "la",
            "send the reconsideration request",
            "2027-12-03",
            "1. Nadia will send a request for reconsideration of the EHC needs assessment decision to the SEN Statutory Assessment Team by 3 December 2027.",
        ),
        C(
            "la",
            "provide the Virtual School's written view",
            "2027-12-01",
            "2. Martin Oyelaran will provide a written Virtual School view to go with the request by 1 December 2027.",
        ),
        C(
            "parent",
            "forward the CAMHS letter to the social worker",
            None,
            "Maxine will forward it to Nadia if it reaches her first.",
        ),
        C(
            "la",
            "check progress with the social worker",
            "2027-12-17",
            "I will check progress with Nadia on 17 December 2027.",
        ),
        C(
            "la",
            "refer the appeal question to the Head of Service if unchanged",
            None,
            "If the decision has not changed by then, I will ask for the appeal question to go to the Head of Service.",
        ),
        C(
            "school",
            "review reading arrangements",
            None,
            "5. Hexley Park will review Reece's reading arrangements so that he is not asked to read aloud in class without preparation.",
        ),
    ],
)

m020 = M(
    20,
    "camhs_letter",
    "t07-camhs-letter",
    "2027-11-26 16:30:03",
    ESTHER,
    [MAXINE, NADIA],
    "RE: Reece Fairbairn - letter for the SEN team please",
    cc=[GEMMA],
    reply_to=m016,
    quote="outlook",
    attachments=[
        Att("CAMHS letter - R Fairbairn 26.11.27.pdf", "application/pdf", fake_pdf("CAMHS letter"))
    ],
    new="""Dear Mrs Trelawney and Ms Khoury,

As promised, my letter is attached. I have copied in Ms Thirlwell at the SEN team so that it is on Reece's file.

In brief: Reece meets the criteria for ADHD, combined presentation, and his medication was increased in September. He also has significant difficulties arising from early relational trauma, which affect his ability to trust adults, to accept help and to cope with being "shown up" in front of other young people. In my opinion these needs, together with his literacy difficulties, are unlikely to be met without a coordinated, long-term plan across education, health and care.

I will go through the letter with Reece at his appointment on 14 December.

Kind regards""",
    category="general",
    dates=[D("14 December", "2027-12-14", "meeting")],
    commits=[
        C(
            "health",
            "go through the letter with Reece at his appointment",
            "2027-12-14",
            "I will go through the letter with Reece at his appointment on 14 December.",
        )
    ],
)

# --------------------------------------------------------------------------- t10 reconsideration

m021 = M(
    21,
    "reconsideration_request",
    "t10-reconsideration",
    "2027-12-02 11:03:48",
    NADIA,
    [GEMMA],
    "Request to reconsider EHC needs assessment decision - Reece Fairbairn - EHCNA/27/2281",
    cc=[MAXINE, MARTIN, RACHAEL, PRITI],
    fold_ids=True,
    extra_headers=OUTLOOK,
    attachments=[
        Att("CAMHS letter 26.11.27.pdf", "application/pdf", fake_pdf("CAMHS letter")),
        Att("Dyslexia assessment report.pdf", "application/pdf", fake_pdf("Dyslexia report")),
        Att("Virtual School view.pdf", "application/pdf", fake_pdf("VS view")),
        Att("Kelly Fairbairn - my views.pdf", "application/pdf", fake_pdf("Mother views")),
    ],
    new=f"""Dear Ms Thirlwell,

Reece Fairbairn, DOB 11/06/2015 - your ref EHCNA/27/2281, Children's Services ID {LCS}

I am writing on behalf of Ravensholt Children's Services, as Reece's corporate parent, to ask the council to reconsider its decision of 10 November 2027 not to carry out an EHC needs assessment. Reece's mother, Kelly Fairbairn, and his foster carer, Maxine Trelawney, both support this request.

There is significant new evidence that the panel did not have:
(a) a letter from Dr Esther Nwachukwu, Clinical Psychologist, CAMHS, dated 26 November 2027;
(b) the diagnostic dyslexia assessment completed on 18 October 2027, which found a specific learning difficulty (dyslexia) with very weak phonological processing;
(c) the Virtual School's written view of 1 December 2027;
(d) Kelly's views, written with her advocate.

Taken together, this evidence shows that Reece has, or may have, special educational needs, and that it may be necessary for special educational provision to be made for him in accordance with an EHC plan.

We ask for a decision by Friday 17 December 2027. The time to appeal the original decision runs until 10 January 2028, and we would much rather not have to use it.

Yours sincerely""",
    category="assessment_request",
    from_la=True,
    refs=[REF, LCS],
    dates=[
        D("11/06/2015", "2015-06-11", "past"),
        D("10 November 2027", "2027-11-10", "past"),
        D("26 November 2027", "2027-11-26", "past"),
        D("18 October 2027", "2027-10-18", "past"),
        D("1 December 2027", "2027-12-01", "past"),
        D("Friday 17 December 2027", "2027-12-17", "deadline"),
        D("10 January 2028", "2028-01-10", "deadline"),
    ],
)

m022 = M(
    22,
    "re_reconsideration_ack",
    "t10-reconsideration",
    "2027-12-03 09:15:22",
    GEMMA,
    [NADIA],
    "RE: Request to reconsider EHC needs assessment decision - Reece Fairbairn - EHCNA/27/2281",
    cc=[MAXINE, MARTIN, RACHAEL, PRITI],
    reply_to=m021,
    quote="outlook",
    fold_ids=True,
    extra_headers=OUTLOOK,
    new="""Dear Ms Khoury,

Thank you for your request and for the new evidence, which I have added to Reece's file.

I have put the request on the agenda for the SEN Assessment Panel on Thursday 16 December. I will write to you, Ms Fairbairn and Mrs Trelawney with the panel's decision by Monday 20 December.""",
    category="acknowledgement",
    from_la=True,
    refs=[REF],
    dates=[
        D("Thursday 16 December", "2027-12-16", "meeting"),
        D("Monday 20 December", "2027-12-20", "deadline"),
    ],
    commits=[
        C(
            "la",
            "write with the panel's decision",
            "2027-12-20",
            "I will write to you, Ms Fairbairn and Mrs Trelawney with the panel's decision by Monday 20 December.",
        )
    ],
)

m023 = M(
    23,
    "advocate_mediation_adviser",
    "t08-advocate",
    "2027-12-08 15:20:37",
    PRITI,
    [NADIA],
    "Kelly Fairbairn - mediation adviser",
    cc=[MAXINE],
    reply_to=m018,
    quote="gmail",
    new="""Dear Ms Khoury,

Thank you for sending the papers, and for ringing Kelly on the day of the review. She felt listened to, which does not always happen for her.

I want to let you know that Kelly has decided to contact the mediation adviser herself, so that her own right to appeal is protected if the panel does not change its decision. She spoke to Trentside Mediation on Monday and told them that she does not want mediation at this stage. They have said they will send her a certificate.

Kelly has asked me to make clear that this is not about falling out with the council or with Mrs Trelawney. She wants Reece to get the help he needs without losing any more time.

I will copy you in when the certificate arrives.

Kind regards""",
    category="mediation_tribunal",
    dates=[D("on Monday", "2027-12-06", "past")],
    commits=[
        C(
            "other",
            "mediation adviser to send a certificate",
            None,
            "They have said they will send her a certificate.",
        ),
        C(
            "other",
            "copy the social worker in on the certificate",
            None,
            "I will copy you in when the certificate arrives.",
        ),
    ],
)

m024 = M(
    24,
    "re_reconsideration_deferred",
    "t10-reconsideration",
    "2027-12-20 16:48:11",
    GEMMA,
    [NADIA, MAXINE],
    "RE: Request to reconsider EHC needs assessment decision - Reece Fairbairn - EHCNA/27/2281",
    cc=[MARTIN, PRITI],
    reply_to=m022,
    quote="outlook",
    irt=False,
    thread_index=True,
    charset="windows-1252",
    extra_headers=OUTLOOK,
    fold_ids=True,
    new="""Dear Ms Khoury and Mrs Trelawney,

I’m sorry to tell you that the panel on 16 December was not able to consider Reece’s request. A very large number of cases came to that meeting and the panel ran out of time before it reached him.

Reece’s request will now be considered at the next panel, on Thursday 6 January 2028. I will write to you with the decision by Friday 7 January.

I do appreciate that this is close to the 10 January appeal date, and I apologise for the delay.""",
    category="delay_notice",
    from_la=True,
    refs=[REF],
    dates=[
        D("16 December", "2027-12-16", "past"),
        D("Thursday 6 January 2028", "2028-01-06", "meeting"),
        D("Friday 7 January", "2028-01-07", "deadline"),
        D("10 January", "2028-01-10", "deadline"),
    ],
    commits=[
        C(
            "la",
            "write with the panel's decision",
            "2028-01-07",
            "I will write to you with the decision by Friday 7 January.",
        )
    ],
)

m025 = M(
    25,
    "re_reconsideration_carer",
    "t10-reconsideration",
    "2027-12-20 21:30:59",
    MAXINE,
    [GEMMA, NADIA],
    "Re: RE: Request to reconsider EHC needs assessment decision - Reece Fairbairn - EHCNA/27/2281",
    cc=[MARTIN, PRITI, SIAN],
    reply_to=m024,
    quote="gmail",
    sig="",
    new="""Gemma,

With respect, "ran out of time" isn't a reason for a 12-year-old to wait another three weeks. You said you would write to us by today.

Nadia, Martin - this is exactly what I was worried about. If the panel says no on 6 January, there will be two working days left before the appeal deadline. Can someone please tell me, in writing, what happens then? Is the council going to appeal or not?

I've copied in Siân as she asked to be kept up to date.

Maxine""",
    category="chaser",
    refs=[REF],
    dates=[
        D("today", "2027-12-20", "deadline"),
        D("6 January", "2028-01-06", "meeting"),
    ],
)

m026 = M(
    26,
    "re_reconsideration_sw",
    "t10-reconsideration",
    "2027-12-21 10:02:30",
    NADIA,
    [MAXINE, GEMMA],
    "RE: Request to reconsider EHC needs assessment decision - Reece Fairbairn - EHCNA/27/2281",
    cc=[MARTIN, PRITI, SIAN],
    reply_to=m025,
    quote="outlook",
    fold_ids=True,
    extra_headers=OUTLOOK,
    new="""Maxine, all,

Fair question, and you should have the answer in writing. I met Claire Brennan (Head of Service) and Owain first thing this morning.

If the panel does not agree to assess on 6 January, Children's Services will support Kelly to lodge an appeal and will tell the tribunal that the council, as Reece's corporate parent, supports it. Kelly has a mediation certificate on its way, and Ms Lakhani has agreed to help her with the appeal form. I will have the form filled in before Christmas so that it can go on Friday 7 January if it is needed.

I know this isn't where either of us wanted to be at Christmas, but the appeal route is protected.

Nadia""",
    category="mediation_tribunal",
    from_la=True,
    refs=[REF],
    dates=[
        D("this morning", "2027-12-21", "meeting"),
        D("6 January", "2028-01-06", "meeting"),
        D("Friday 7 January", "2028-01-07", "deadline"),
    ],
    commits=[
        C(
            "la",
            "support the mother's appeal if the panel refuses",
            None,
            "If the panel does not agree to assess on 6 January, Children's Services will support Kelly to lodge an appeal and will tell the tribunal that the council, as Reece's corporate parent, supports it.",
        ),
        C(
            "la",
            "have the appeal form ready",
            None,
            "I will have the form filled in before Christmas so that it can go on Friday 7 January if it is needed.",
        ),
    ],
)

# --------------------------------------------------------------------------- t11 mediation certificate

m027 = M(
    27,
    "mediation_certificate",
    "t11-mediation-certificate",
    "2027-12-22 11:40:16",
    JOEL,
    [PRITI],
    "Mediation certificate - Kelly Fairbairn / Reece Fairbairn - TM-27-1184",
    cc=[NADIA, MAXINE],
    attachments=[
        Att(
            "Mediation certificate TM-27-1184.pdf",
            "application/pdf",
            fake_pdf("Mediation certificate"),
        )
    ],
    new="""Dear Ms Lakhani,

As requested by Ms Fairbairn, I attach her mediation certificate (our case TM-27-1184).

Ms Fairbairn told us on 6 December 2027 that she did not wish to go to mediation about the decision of Ravensholt Metropolitan Borough Council dated 10 November 2027 not to carry out an EHC needs assessment for her son. The certificate is dated 22 December 2027.

Ms Fairbairn may now appeal to the First-tier Tribunal (SEND). The time limit is two months from the date of the council's decision letter or one month from the date of this certificate, whichever is later, which gives 22 January 2028. As that is a Saturday, an appeal received by the tribunal on Monday 24 January 2028 will be in time.

Ms Khoury and Mrs Trelawney are copied in at Ms Fairbairn's request.

If Ms Fairbairn changes her mind and would like mediation after all, please contact me and I will arrange it.

Kind regards""",
    category="mediation_tribunal",
    refs=["TM-27-1184"],
    dates=[
        D("6 December 2027", "2027-12-06", "past"),
        D("10 November 2027", "2027-11-10", "past"),
        D("22 December 2027", "2027-12-22", "other"),
        D("22 January 2028", "2028-01-22", "deadline"),
        D("Monday 24 January 2028", "2028-01-24", "deadline"),
    ],
    commits=[
        C(
            "other",
            "arrange mediation if the mother changes her mind",
            None,
            "If Ms Fairbairn changes her mind and would like mediation after all, please contact me and I will arrange it.",
        )
    ],
)

# --------------------------------------------------------------------------- t12 decision to assess

m028 = M(
    28,
    "decision_to_assess",
    "t12-decision-to-assess",
    "2028-01-07 15:22:45",
    GEMMA,
    [NADIA, MAXINE, PRITI],
    "Reece Fairbairn - EHC needs assessment agreed - EHCNA/27/2281",
    cc=[RACHAEL, MARTIN, SIAN],
    fmt="html",
    cte="base64",
    fold_ids=True,
    extra_headers=OUTLOOK,
    attachments=[
        Att(
            "Decision to assess EHCNA-27-2281.pdf",
            "application/pdf",
            fake_pdf("Decision to assess"),
        ),
        Att("Consent form - corporate parent.pdf", "application/pdf", fake_pdf("Consent form")),
    ],
    new="""Dear Ms Khoury, Mrs Trelawney and Ms Lakhani,

I am pleased to tell you that the SEN Assessment Panel met yesterday and agreed to carry out an EHC needs assessment for Reece. The formal letter is attached, and a copy has been posted to Ms Fairbairn. Because the council has now agreed to assess, there is no need for an appeal against the decision of 10 November 2027.

What happens next
• On Monday 10 January I will ask for advice from the Educational Psychology Service, CAMHS and the Designated Clinical Officer, Reece's social worker, Hexley Park Academy and the Virtual School.
• Those asked for advice have six weeks to provide it.
• Dr Ffion Garside, Educational Psychologist, will contact Mrs Trelawney to arrange to see Reece.
• The council has treated the request for reconsideration, received on 2 December 2027, as the start of the assessment. The final EHC plan, if one is issued, must therefore be issued by 20 April 2028.
• I will aim to send you a draft plan by 23 March 2028.

Consent
Ms Khoury, please could you sign and return the attached consent form, on behalf of the council as Reece's corporate parent, by Friday 21 January?""",
    category="decision_to_assess",
    from_la=True,
    refs=[REF],
    dates=[
        D("yesterday", "2028-01-06", "past"),
        D("10 November 2027", "2027-11-10", "past"),
        D("Monday 10 January", "2028-01-10", "deadline"),
        D("2 December 2027", "2027-12-02", "past"),
        D("20 April 2028", "2028-04-20", "deadline"),
        D("23 March 2028", "2028-03-23", "deadline"),
        D("Friday 21 January", "2028-01-21", "deadline"),
    ],
    commits=[
        C(
            "la",
            "request advice from the professionals",
            "2028-01-10",
            "• On Monday 10 January I will ask for advice from the Educational Psychology Service, CAMHS and the Designated Clinical Officer, Reece's social worker, Hexley Park Academy and the Virtual School.",
        ),
        C(
            "la",
            "EP to contact the foster carer",
            None,
            "• Dr Ffion Garside, Educational Psychologist, will contact Mrs Trelawney to arrange to see Reece.",
        ),
        C(
            "la",
            "send a draft plan",
            "2028-03-23",
            "• I will aim to send you a draft plan by 23 March 2028.",
        ),
    ],
)

m029 = M(
    29,
    "re_decision_to_assess",
    "t12-decision-to-assess",
    "2028-01-07 18:05:10",
    MAXINE,
    [GEMMA],
    "Re: Reece Fairbairn - EHC needs assessment agreed - EHCNA/27/2281",
    cc=[NADIA, PRITI, MARTIN],
    reply_to=m028,
    quote="gmail",
    fmt="alt",
    sig="",
    new="""Thank you Gemma. I'll be honest, I sat in the car and cried when I read this.

Priti, please thank Kelly from me. I know she was ready to appeal on Monday if it had come to that, and I think it mattered.

Reece wants to redo his All About Me now that he "knows what it's for". I'll send it to you by Friday 21 January, with anything else you need from me.

Maxine""",
    category="general",
    refs=[REF],
    dates=[
        D("Monday", "2028-01-10", "deadline"),
        D("Friday 21 January", "2028-01-21", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "send Reece's new All About Me",
            "2028-01-21",
            "I'll send it to you by Friday 21 January, with anything else you need from me.",
        )
    ],
)

# --------------------------------------------------------------------------- t13 EP

m030 = M(
    30,
    "ep_visit",
    "t13-ep",
    "2028-01-19 10:10:33",
    FFION,
    [MAXINE],
    "Reece Fairbairn - educational psychology assessment",
    cc=[RACHAEL],
    fmt="alt",
    fold_ids=True,
    new="""Dear Mrs Trelawney,

I have been asked to provide psychological advice as part of Reece's EHC needs assessment, and I'm looking forward to meeting him.

I would like to:
• observe Reece in two lessons at Hexley Park on Tuesday 1 February (Mrs Ibbotson has kindly agreed);
• spend about 45 minutes with him on his own afterwards, doing some reading and thinking tasks and talking about what helps him; and
• meet you that afternoon at 2pm at school, if that suits you, to hear your views.

My advice is due within six weeks of the request, which I received on 10 January, and I will send it to Ms Thirlwell by 21 February 2028.

Please let me know whether 2pm works.

Best wishes""",
    category="appointment",
    from_la=True,
    dates=[
        D("Tuesday 1 February", "2028-02-01", "meeting"),
        D("10 January", "2028-01-10", "past"),
        D("21 February 2028", "2028-02-21", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send EP advice to the coordinator",
            "2028-02-21",
            "My advice is due within six weeks of the request, which I received on 10 January, and I will send it to Ms Thirlwell by 21 February 2028.",
        )
    ],
)

m031 = M(
    31,
    "re_ep_visit",
    "t13-ep",
    "2028-01-19 20:44:02",
    MAXINE,
    [FFION],
    "Re: Reece Fairbairn - educational psychology assessment",
    cc=[RACHAEL],
    reply_to=m030,
    quote="gmail",
    sig="",
    new="""Hi Dr Garside,

Tuesday 1st is fine for school, and Reece knows you're coming.

2pm is difficult for me, as we're in the middle of packing for a house move. Could we talk on the phone instead, on Thursday 3 February? Any time after 1 is good.

Maxine""",
    category="appointment",
    dates=[
        D("Tuesday 1st", "2028-02-01", "meeting"),
        D("Thursday 3 February", "2028-02-03", "meeting"),
    ],
)

m032 = M(
    32,
    "re_ep_visit_call",
    "t13-ep",
    "2028-01-20 08:55:17",
    FFION,
    [MAXINE],
    "RE: Reece Fairbairn - educational psychology assessment",
    reply_to=m031,
    quote="outlook",
    fold_ids=True,
    sig="Ffion",
    new="""Of course. I'll ring you at 1.30pm on Thursday 3 February, on the mobile number Ms Thirlwell gave me.

Good luck with the move!""",
    category="appointment",
    from_la=True,
    dates=[D("Thursday 3 February", "2028-02-03", "meeting")],
    commits=[
        C(
            "la",
            "phone the foster carer",
            "2028-02-03",
            "I'll ring you at 1.30pm on Thursday 3 February, on the mobile number Ms Thirlwell gave me.",
        )
    ],
)

MSGS = [
    m001,
    m002,
    m003,
    m004,
    m005,
    m006,
    m007,
    m008,
    m009,
    m010,
    m011,
    m012,
    m013,
    m014,
    m015,
    m016,
    m017,
    m018,
    m019,
    m020,
    m021,
    m022,
    m023,
    m024,
    m025,
    m026,
    m027,
    m028,
    m029,
    m030,
    m031,
    m032,
]
