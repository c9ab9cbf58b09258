"""Messages 032-065 of the blind13 corpus (May to November 2026)."""

from corpuslib import Att, C, D, M, fake_pdf
from msgs_a import CASE, m029
from people import (
    AMARA,
    AMARA_PHONE_SIG,
    MARCUS,
    NHS_SLT,
    NIAMH,
    PRIYA,
    ROSALIND,
    RUTH,
    TOMASZ,
    WASTE,
    Person,
)

SENDLINE = Person("SEND Rights Line", "advice@sendrightsline.org.uk")


def pdf(name: str) -> Att:
    return Att(name, "application/pdf", fake_pdf(name))


def ics(
    method: str,
    uid: str,
    start: str,
    end: str,
    summary: str,
    location: str,
    organizer: str,
    attendee: str,
    partstat: str = "NEEDS-ACTION",
) -> Att:
    body = "\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
            if method == "REQUEST"
            else "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
            "VERSION:2.0",
            f"METHOD:{method}",
            "BEGIN:VTIMEZONE",
            "TZID:Europe/London",
            "BEGIN:STANDARD",
            "DTSTART:16011028T020000",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0000",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:16010325T010000",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0100",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"DTSTART;TZID=Europe/London:{start}",
            f"DTEND;TZID=Europe/London:{end}",
            f"SUMMARY:{summary}",
            f"LOCATION:{location}",
            f"ORGANIZER;CN=Organiser:mailto:{organizer}",
            f"ATTENDEE;PARTSTAT={partstat};RSVP=TRUE:mailto:{attendee}",
            "SEQUENCE:0",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    )
    return Att("invite.ics", f"text/calendar; method={method}; charset=UTF-8", body.encode("ascii"))


MSGS: list[M] = []


def add(m: M) -> M:
    MSGS.append(m)
    return m


m032 = add(
    M(
        32,
        "indep_slt_enquiry",
        "t10-independent-slt",
        "2026-05-12 21:05:33",
        AMARA,
        [ROSALIND],
        "Independent SALT assessment for my son?",
        new="""Hi Rosalind,

A friend from Jayden's school (Tunde's mum, Kemi) gave me your name. Jayden is 7, has DLD and social communication difficulties, and the council has just agreed to do an EHC needs assessment. I'd like an independent speech and language assessment and report that I can send in as part of that, because the NHS report we have is really short and doesn't say how much therapy he needs.

I'm paying myself, so I'd need to know the cost first. Are you able to see him in the next few weeks, ideally on a Saturday (he's exhausted after school)?

Thanks,
Amara

P.S. He's obsessed with trains, so if there's a way to bring trains into it he's yours for life""",
        sig="",
        category="appointment",
    )
)

m033 = add(
    M(
        33,
        "indep_slt_offer",
        "t10-independent-slt",
        "2026-05-13 09:30:18",
        ROSALIND,
        [AMARA],
        "Re: Independent SALT assessment for my son?",
        new="""Hi Amara,

Thank you for getting in touch, and trains are very welcome here!

I can see Jayden on Saturday 6 June at 10am in my clinic room (Floor 2, 41 Cooper's Yard, SE16 2HW). The assessment takes about two hours including breaks. I'd also like to observe him in class beforehand if the school agrees - I'll ask Ms Vasudevan myself if you're happy for me to contact her.

The fee for an assessment with a full written report suitable for an EHC needs assessment is £680, payable after the report. I will send the report within 10 working days of the assessment, so by 19 June.

Let me know if the 6th works and I'll send over a consent form and a short questionnaire.

Warm wishes,""",
        reply_to=m032,
        quote="apple",
        category="appointment",
        dates=[
            D("Saturday 6 June", "2026-06-06", "meeting"),
            D("19 June", "2026-06-19", "deadline"),
        ],
        commits=[
            C(
                "other",
                "ask the SENCO about a class observation",
                None,
                "I'd also like to observe him in class beforehand if the school agrees - I'll ask Ms Vasudevan myself if you're happy for me to contact her.",
            ),
            C(
                "other",
                "send the report",
                "2026-06-19",
                "I will send the report within 10 working days of the assessment, so by 19 June.",
            ),
            C(
                "other",
                "send a consent form and questionnaire",
                None,
                "Let me know if the 6th works and I'll send over a consent form and a short questionnaire.",
            ),
        ],
    )
)

m034 = add(
    M(
        34,
        "indep_slt_yes",
        "t10-independent-slt",
        "2026-05-13 09:47:02",
        AMARA,
        [ROSALIND],
        "Re: Independent SALT assessment for my son?",
        new="""Yes! Saturday 6th at 10 is perfect, and yes please do contact Priya. Booked in my calendar (and on the fridge, and on my hand)""",
        sig=AMARA_PHONE_SIG,
        reply_to=m033,
        category="appointment",
        dates=[D("Saturday 6th", "2026-06-06", "meeting")],
    )
)

m035 = add(
    M(
        35,
        "parent_advice",
        "t08-decision-to-assess",
        "2026-05-22 00:20:15",
        AMARA,
        [RUTH],
        "Re: Decision to carry out an EHC needs assessment – Jayden Okoye-Bell – RH/SEN/26/0419",
        new="""Hi Ruth,

Here is my advice form and Jayden's "All About Me" - he drew the pictures and I wrote down what he said, word for word, including the bit about the dinner lady.

I know it's due Friday 22 May, so technically I'm on time, I just did it at midnight. Sorry for the state of the typing.

I've also booked an independent speech and language assessment for Saturday 6 June. I'll send you the report as soon as I have it, and please could Dr Casey and the NHS therapist see it when it comes?

Amara""",
        sig="",
        reply_to=m029,
        utc=True,
        category="general",
        refs=[CASE],
        attachments=[
            Att(
                "Section A - parent views - Jayden.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                b"PK\x03\x04blind13 placeholder docx: parent views",
            ),
            pdf("All about me - Jayden (drawings).pdf"),
        ],
        dates=[
            D("Friday 22 May", "2026-05-22", "deadline"),
            D("Saturday 6 June", "2026-06-06", "meeting"),
        ],
        commits=[
            C(
                "parent",
                "send the independent report",
                None,
                "I'll send you the report as soon as I have it, and please could Dr Casey and the NHS therapist see it when it comes?",
            )
        ],
    )
)

m036 = add(
    M(
        36,
        "ep_invite",
        "t11-ep-visit",
        "2026-05-27 14:02:40",
        NIAMH,
        [AMARA],
        "Invitation: EP assessment – Jayden Okoye-Bell @ Tue 16 Jun 2026 09:15 – 11:30 (BST)",
        new="""Dear Ms Okoye-Bell,

I am the educational psychologist asked to give advice for Jayden’s EHC needs assessment. I have arranged with Ms Vasudevan to see Jayden in school on Tuesday 16 June, from 9.15 to about 11.30. I will observe him in class and then work with him one to one.

I will ring you at 2pm on Tuesday 16 June to hear your views and to tell you my first impressions. If that time does not suit, please accept the invitation anyway and reply with a better time.

My written advice will go to Ruth Kavanagh-Mensah within six weeks of her request of 20 May, so by 1 July 2026, and you will get a copy.

When: Tuesday 16 June 2026, 09:15–11:30
Where: St Saviour’s C of E Primary School, Tanner Row, London SE16 4QP
Case: RH/SEN/26/0419""",
        fmt="alt",
        from_la=True,
        category="appointment",
        refs=[CASE],
        attachments=[
            ics(
                "REQUEST",
                "040000008200E00074C5B7101A82E0080000000060B2C41A0FE4DC01",
                "20260616T091500",
                "20260616T113000",
                "EP assessment - Jayden Okoye-Bell",
                "St Saviour's C of E Primary School",
                "niamh.casey@riverhithe.gov.uk",
                "amara.okb@example.com",
            )
        ],
        dates=[
            D("Tuesday 16 June", "2026-06-16", "meeting"),
            D("20 May", "2026-05-20", "past"),
            D("1 July 2026", "2026-07-01", "deadline"),
        ],
        commits=[
            C(
                "la",
                "observe and assess Jayden in school",
                None,
                "I will observe him in class and then work with him one to one.",
            ),
            C(
                "la",
                "ring the parent",
                "2026-06-16",
                "I will ring you at 2pm on Tuesday 16 June to hear your views and to tell you my first impressions.",
            ),
            C(
                "la",
                "send written EP advice",
                "2026-07-01",
                "My written advice will go to Ruth Kavanagh-Mensah within six weeks of her request of 20 May, so by 1 July 2026, and you will get a copy.",
            ),
        ],
    )
)

m037 = add(
    M(
        37,
        "ep_accept",
        "t11-ep-visit",
        "2026-05-27 19:45:11",
        AMARA,
        [NIAMH],
        "Accepted: EP assessment – Jayden Okoye-Bell @ Tue 16 Jun 2026 09:15 – 11:30 (BST)",
        new="""Amara Okoye-Bell has accepted this invitation.

Note from Amara: 2pm is fine, I'll make sure my phone is actually ON. Thank you so much!""",
        sig="",
        reply_to=m036,
        quote="none",
        fmt="alt",
        category="appointment",
        attachments=[
            ics(
                "REPLY",
                "040000008200E00074C5B7101A82E0080000000060B2C41A0FE4DC01",
                "20260616T091500",
                "20260616T113000",
                "EP assessment - Jayden Okoye-Bell",
                "St Saviour's C of E Primary School",
                "niamh.casey@riverhithe.gov.uk",
                "amara.okb@example.com",
                "ACCEPTED",
            )
        ],
        commits=[
            C(
                "parent",
                "keep her phone on for the EP's call",
                None,
                "Note from Amara: 2pm is fine, I'll make sure my phone is actually ON.",
            )
        ],
    )
)

m038 = add(
    M(
        38,
        "school_advice",
        "t12-school-advice",
        "2026-06-10 16:40:27",
        PRIYA,
        [AMARA],
        "School's advice for Jayden's assessment",
        new="""Hi Amara,

Just to let you know I sent the school's advice to Ruth this afternoon - a copy is attached for you. I've been honest about how much he's struggling in class, so some of it might be hard to read. Please don't read it at 11pm!

Rosalind Achebe-Hart came in on Monday to observe him in phonics and at lunch, and she was brilliant with him. Dr Casey is booked for Tuesday 16th, as you know.

I'd like to go through the advice with you properly. I'll catch you at pick-up on Friday to find a time next week.

Priya""",
        category="general",
        attachments=[pdf("School advice - Jayden Okoye-Bell.pdf")],
        dates=[
            D("this afternoon", "2026-06-10", "other"),
            D("on Monday", "2026-06-08", "past"),
            D("Tuesday 16th", "2026-06-16", "meeting"),
            D("on Friday", "2026-06-12", "meeting"),
        ],
        commits=[
            C(
                "school",
                "arrange a time to go through the advice",
                "2026-06-12",
                "I'll catch you at pick-up on Friday to find a time next week.",
            )
        ],
    )
)

m039 = add(
    M(
        39,
        "nhs_appt",
        "t13-nhs-slt",
        "2026-06-15 11:02:00",
        NHS_SLT,
        [AMARA],
        "Appointment letter - Jayden OKOYE-BELL",
        new="""Dear Parent/Carer of Jayden OKOYE-BELL

Date of birth: 02/11/2018
NHS number: 712 604 8853

Riverhithe Council has asked our service for advice for Jayden's Education, Health and Care needs assessment. An appointment has been made for Jayden to be seen by a Speech and Language Therapist:

Date: Wednesday 1 July 2026
Time: 10:30
Clinician: Oluwaseun Hartley, Highly Specialist SLT
Place: Canal Walk Health Centre, Room 3, London SE16 7LN

If you cannot attend, please let us know within 7 days of the date of this letter so that the appointment can be offered to another child. Children who are not brought to two appointments may be discharged back to their GP.

This letter has been sent by email only.

Yours faithfully,
Children's Speech and Language Therapy Administration""",
        charset="us-ascii",
        cte="7bit",
        category="appointment",
        dates=[
            D("02/11/2018", "2018-11-02", "past"),
            D("Wednesday 1 July 2026", "2026-07-01", "meeting"),
            D("within 7 days of the date of this letter", "2026-06-22", "deadline"),
        ],
    )
)

m040 = add(
    M(
        40,
        "sports_day",
        "t13-nhs-slt",
        "2026-06-15 12:30:44",
        AMARA,
        [NHS_SLT],
        "Re: Appointment letter - Jayden OKOYE-BELL",
        new="""Hello,

Thank you for this. Unfortunately the 1st of July is Jayden's sports day and he has been practising the egg and spoon race for about three weeks (he hasn't dropped the egg since Thursday, this is huge for us). Is there any chance of another day that week or the week after? Any time after 1pm on a Wednesday or a Friday is easiest for me because of work.

Many thanks,
Amara Okoye-Bell (mum)""",
        sig="",
        reply_to=m039,
        category="appointment",
        dates=[
            D("the 1st of July", "2026-07-01", "meeting"),
            D("since Thursday", "2026-06-11", "past"),
        ],
    )
)

m041 = add(
    M(
        41,
        "nhs_rebooked",
        "t13-nhs-slt",
        "2026-06-17 09:15:36",
        NHS_SLT,
        [AMARA],
        "RE: Appointment letter - Jayden OKOYE-BELL",
        new="""Dear Ms Okoye-Bell

Thank you for letting us know. Jayden's appointment has been moved to Wednesday 8 July 2026 at 14:00 with Oluwaseun Hartley, at the same place. The appointment on 1 July has been cancelled.

Ms Hartley will send her written advice to Riverhithe Council after she has seen Jayden, and a copy will be sent to you.

Regards
Admin team""",
        reply_to=m040,
        quote="orig",
        charset="us-ascii",
        cte="7bit",
        category="appointment",
        dates=[
            D("Wednesday 8 July 2026", "2026-07-08", "meeting"),
            D("1 July", "2026-07-01", "meeting"),
        ],
        commits=[
            C(
                "health",
                "send written SLT advice to the council",
                None,
                "Ms Hartley will send her written advice to Riverhithe Council after she has seen Jayden, and a copy will be sent to you.",
            )
        ],
    )
)

m042 = add(
    M(
        42,
        "indep_report",
        "t10-independent-slt",
        "2026-06-19 17:55:09",
        ROSALIND,
        [AMARA],
        "Jayden's report (and invoice)",
        new="""Hi Amara,

As promised, Jayden's report is attached, along with my invoice (no rush).

The headline: his understanding of language is at about the level of a typical four-and-a-half-year-old, and his narrative skills are lower still. I have recommended direct therapy from a speech and language therapist for one hour a week, with a trained teaching assistant doing daily follow-up work, and for his targets to be reviewed each half term. I've written these so that they can go straight into Section F.

I'm happy to talk it through over the phone. I could do Tuesday evening at 7, if that suits?

He was an absolute star. We bonded over the Flying Scotsman.

Rosalind""",
        reply_to=m034,
        quote="apple",
        category="general",
        attachments=[
            pdf("Jayden Okoye-Bell - Independent SLT report June 2026.pdf"),
            pdf("Talkwell invoice 2026-114.pdf"),
        ],
        dates=[D("Tuesday evening at 7", "2026-06-23", "meeting")],
    )
)

m043 = add(
    M(
        43,
        "fwd_report",
        "t14-report-to-la",
        "2026-06-19 21:30:52",
        AMARA,
        [RUTH],
        "Fwd: Jayden's report (and invoice) - RH/SEN/26/0419",
        cc=[PRIYA],
        new="""Hi Ruth,

As promised, here's the independent speech and language report from Rosalind Achebe-Hart (I've taken the invoice off, that's my problem not yours!). Please could it go to Dr Casey and to the NHS therapist, who is seeing Jayden on Wednesday 8 July, and please can it be included in the evidence for the plan.

Thanks, Amara

P.S. The Section F recommendations are on page 9.""",
        sig="",
        reply_to=m042,
        quote="fwd",
        category="general",
        refs=[CASE],
        attachments=[pdf("Jayden Okoye-Bell - Independent SLT report June 2026.pdf")],
        dates=[D("Wednesday 8 July", "2026-07-08", "meeting")],
    )
)

m044 = add(
    M(
        44,
        "report_received",
        "t14-report-to-la",
        "2026-06-22 09:10:05",
        RUTH,
        [AMARA],
        "RE: Jayden's report (and invoice) - RH/SEN/26/0419",
        cc=[PRIYA],
        new="""Dear Ms Okoye-Bell,

Thank you – I have added the report to Jayden’s file and sent it to Dr Casey and to Ms Hartley this morning. It will be part of the evidence considered for the plan.""",
        reply_to=m043,
        quote="outlook",
        charset="windows-1252",
        from_la=True,
        category="acknowledgement",
        refs=[CASE],
        dates=[D("this morning", "2026-06-22", "other")],
        commits=[
            C(
                "la",
                "consider the report as evidence",
                None,
                "It will be part of the evidence considered for the plan.",
            )
        ],
    )
)

m045 = add(
    M(
        45,
        "bulky_waste",
        "n02-bulky-waste",
        "2026-06-29 10:02:00",
        WASTE,
        [AMARA],
        "Your bulky waste collection is booked - BW-2026-55190",
        new="""Dear Amara Okoye-Bell,

Thank you for booking a bulky waste collection with Riverhithe Council.

Booking reference: BW-2026-55190
Items: 1 x sofa (two-seater), 1 x child's bed frame, 1 x mattress (single)
Collection date: Thursday 9 July 2026
Address: 14 Lamplighter Court, London SE16 4RT
Amount paid: £38.00

Please put the items out by 7am on the collection day, at the front of the property and clear of the pavement. Our crew will not be able to enter the building. If you need to cancel, please do so by noon on the working day before; refunds are given in full if you cancel at least 3 working days before the collection.

Riverhithe Council Street Services""",
        sig="",
        fmt="alt",
        from_la=True,
        category="not_send",
    )
)

m046 = add(
    M(
        46,
        "ep_advice",
        "t15-ep-advice",
        "2026-07-03 15:20:31",
        NIAMH,
        [AMARA],
        "EP advice – Jayden Okoye-Bell – RH/SEN/26/0419",
        new="""Dear Ms Okoye-Bell,

Please find attached a copy of my psychological advice for Jayden, which I sent to Ruth on 1 July. Thank you for talking to me on the 16th – your description of Jayden at home (and of the train timetables) is in section 2.

I have recommended that Jayden’s language support is planned together with the speech and language therapy advice, so that the school has one set of targets rather than three. As the NHS service has not yet seen him, I have not tried to say how much therapy he should have.

I am on leave from 24 July until 1 September, but Ruth has my notes.

Best wishes,""",
        from_la=True,
        category="general",
        refs=[CASE],
        attachments=[pdf("EP advice - Jayden Okoye-Bell - RH-SEN-26-0419.pdf")],
        dates=[
            D("1 July", "2026-07-01", "past"),
            D("the 16th", "2026-06-16", "past"),
            D("24 July", "2026-07-24", "other"),
            D("1 September", "2026-09-01", "other"),
        ],
    )
)

m047 = add(
    M(
        47,
        "delay",
        "t16-delay",
        "2026-07-24 12:05:47",
        RUTH,
        [AMARA],
        "Jayden Okoye-Bell – RH/SEN/26/0419 – update on the assessment",
        new="""Dear Ms Okoye-Bell,

I am writing to update you on Jayden’s assessment.

We have the educational psychology advice, the school’s advice and your own advice and report. We are still waiting for the advice from the Speech and Language Therapy service: Jayden was seen on 8 July, but the service has told me that, because of staff absence, Ms Hartley’s written advice will not be ready until early September.

Because speech and language is at the centre of Jayden’s needs, I do not think it would be right to draft a plan without it. I am sorry to tell you that this means I will not be able to send you a draft plan by the end of August, as I said I would in my letter of 1 May.

I have raised the delay with the service’s manager. I will update you by Friday 7 August, or sooner if I receive the advice before then.""",
        charset="windows-1252",
        from_la=True,
        category="delay_notice",
        refs=[CASE],
        dates=[
            D("8 July", "2026-07-08", "past"),
            D("the end of August", "2026-08-31", "deadline"),
            D("1 May", "2026-05-01", "past"),
            D("Friday 7 August", "2026-08-07", "deadline"),
        ],
        commits=[
            C(
                "la",
                "update the parent",
                "2026-08-07",
                "I will update you by Friday 7 August, or sooner if I receive the advice before then.",
            )
        ],
    )
)

m048 = add(
    M(
        48,
        "who_manager",
        "t16-delay",
        "2026-07-24 12:31:20",
        AMARA,
        [RUTH],
        "Re: Jayden Okoye-Bell – RH/SEN/26/0419 – update on the assessment",
        new="""Ruth, thank you for telling me now rather than me finding out in September.

But this is really not ok. Jayden's whole difficulty is speech and language, and the one service that's meant to advise on it is the one holding everything up. He starts Year 3 in September with nothing new in place.

Could you tell me the name of the service manager you've raised it with? I'd like to write to them myself.

Amara""",
        sig="",
        reply_to=m047,
        category="information_request",
        refs=[CASE],
    )
)

m049 = add(
    M(
        49,
        "chaser",
        "t17-chaser",
        "2026-09-15 08:52:03",
        AMARA,
        [RUTH],
        "Jayden Okoye-Bell RH/SEN/26/0419 - where is the draft plan??",
        cc=[MARCUS],
        new="""Hi Ruth (cc Marcus),

I'm chasing the draft plan for Jayden.

On 24 July you told me it wouldn't be ready by the end of August and that you would update me by Friday 7 August. I haven't heard anything since. I've checked my spam folder twice.

Jayden started Year 3 on 3 September. He has a new teacher, a new classroom and the same support as last year. Last Thursday he told his teacher his tummy hurt, and it took her until lunchtime to work out that he hadn't understood the new morning routine.

Please can you tell me by Friday when I will get the draft plan, and whether the NHS advice has arrived.

Amara Okoye-Bell""",
        sig="",
        category="chaser",
        refs=[CASE],
        dates=[
            D("24 July", "2026-07-24", "past"),
            D("the end of August", "2026-08-31", "past"),
            D("Friday 7 August", "2026-08-07", "past"),
            D("3 September", "2026-09-03", "past"),
            D("Last Thursday", "2026-09-10", "past"),
            D("by Friday", "2026-09-18", "deadline"),
        ],
    )
)

m050 = add(
    M(
        50,
        "ooo",
        "t17-chaser",
        "2026-09-15 08:52:41",
        RUTH,
        [AMARA],
        "Automatic reply: Jayden Okoye-Bell RH/SEN/26/0419 - where is the draft plan??",
        new="""Thank you for your email. I am out of the office until Monday 21 September and will have limited access to email. For urgent matters please contact the SEND Statutory Team on 020 7946 0700 or at sen.assessment@riverhithe.gov.uk.""",
        sig="Ruth Kavanagh-Mensah | SEN Assessment & Planning Officer | Riverhithe Council",
        reply_to=m049,
        quote="none",
        charset="windows-1252",
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        from_la=True,
        category="general",
        refs=[CASE],
        dates=[D("Monday 21 September", "2026-09-21", "other")],
    )
)

m051 = add(
    M(
        51,
        "chaser_ps",
        "t17-chaser",
        "2026-09-15 09:05:29",
        AMARA,
        [MARCUS],
        "Re: Jayden Okoye-Bell RH/SEN/26/0419 - where is the draft plan??",
        new="""Marcus - Ruth's out of office just came back. Could whoever is covering for her reply please? Jayden's review at school is on 29 September and I'd really love to have the draft by then.

Also sorry about the two question marks in the subject, that was grumpy Tuesday-morning me.""",
        sig=AMARA_PHONE_SIG,
        reply_to=m049,
        category="chaser",
        refs=[CASE],
        dates=[D("29 September", "2026-09-29", "meeting")],
    )
)

m052 = add(
    M(
        52,
        "manager_reply",
        "t17-chaser",
        "2026-09-17 14:40:16",
        MARCUS,
        [AMARA],
        "RE: Jayden Okoye-Bell RH/SEN/26/0419 - where is the draft plan??",
        cc=[RUTH],
        new="""Dear Ms Okoye-Bell,

I am replying as Ruth is on leave until Monday. First, I am sorry. You should have had an update by 7 August and you did not; that was our failing, and you should not have had to chase.

The speech and language therapy advice arrived on 9 September. Ruth will be back on Monday and drafting Jayden’s plan will be her first priority. I will make sure the draft plan is sent to you by Friday 2 October.

I have also asked the Inclusion team to contact St Saviour’s this week about interim support for Jayden while the plan is completed.""",
        reply_to=m051,
        quote="outlook",
        charset="windows-1252",
        from_la=True,
        category="delay_notice",
        refs=[CASE],
        dates=[
            D("on leave until Monday", "2026-09-21", "other"),
            D("7 August", "2026-08-07", "past"),
            D("9 September", "2026-09-09", "past"),
            D("Friday 2 October", "2026-10-02", "deadline"),
        ],
        commits=[
            C(
                "la",
                "send the draft plan",
                "2026-10-02",
                "I will make sure the draft plan is sent to you by Friday 2 October.",
            )
        ],
    )
)

SUBJ_DRAFT = "DRAFT EHC plan – Jayden Okoye-Bell – RH/SEN/26/0419"

m053 = add(
    M(
        53,
        "draft_plan",
        "t18-draft-plan",
        "2026-10-01 16:45:58",
        RUTH,
        [AMARA],
        SUBJ_DRAFT,
        new="""Dear Ms Okoye-Bell,

I attach Jayden’s draft EHC plan, with the advice and information gathered during the assessment as appendices. Section I (the school) is left blank in a draft, as the law requires.

You have 15 days to comment on the draft, to ask for a meeting with me to discuss it, and to tell me which school you would like named in Section I. Please send your comments to me by Friday 16 October 2026.

If I do not hear from you by then, the plan will be finalised as drafted, naming St Saviour’s.

I am back at my desk, and I am sorry again that it has taken this long.""",
        fmt="alt",
        charset="windows-1252",
        from_la=True,
        category="draft_plan",
        refs=[CASE],
        attachments=[
            pdf("DRAFT EHCP Jayden Okoye-Bell 01.10.2026.pdf"),
            pdf("Appendices - advice and information - RH-SEN-26-0419.pdf"),
        ],
        dates=[D("Friday 16 October 2026", "2026-10-16", "deadline")],
        commits=[
            C(
                "la",
                "finalise the plan as drafted if no reply",
                None,
                "If I do not hear from you by then, the plan will be finalised as drafted, naming St Saviour’s.",
            )
        ],
    )
)

m054 = add(
    M(
        54,
        "yes_meeting",
        "t18-draft-plan",
        "2026-10-01 17:20:33",
        AMARA,
        [RUTH],
        "Re: " + SUBJ_DRAFT,
        new="""Got it, thank you Ruth. Yes please to a meeting! Mornings are best. Reading it tonight with a big cup of tea.""",
        sig=AMARA_PHONE_SIG,
        reply_to=m053,
        category="appointment",
        refs=[CASE],
    )
)

SUBJ_INV = (
    "Invitation: Draft EHCP meeting – Jayden Okoye-Bell @ Tue 13 Oct 2026 10:00 – 11:00 (BST)"
)

m055 = add(
    M(
        55,
        "meeting_invite",
        "t19-draft-meeting",
        "2026-10-05 10:12:44",
        RUTH,
        [AMARA],
        SUBJ_INV,
        cc=[PRIYA],
        new="""Dear Ms Okoye-Bell,

Further to your email, I have booked the meeting to discuss Jayden’s draft plan for Tuesday 13 October at 10am, at Riverhithe Town Hall (Meeting Room 4, ground floor). Ms Vasudevan has said she can join us. If you would prefer to join online, the Teams details are below.

When: Tuesday 13 October 2026, 10:00–11:00
Where: Riverhithe Town Hall, Meeting Room 4 / Microsoft Teams
Meeting ID: 371 882 104 599   Passcode: Rv7qT2""",
        fmt="alt",
        charset="windows-1252",
        from_la=True,
        category="appointment",
        refs=[CASE],
        attachments=[
            ics(
                "REQUEST",
                "040000008200E00074C5B7101A82E00800000000A1C3D5E7F9A2DC01",
                "20261013T100000",
                "20261013T110000",
                "Draft EHCP meeting - Jayden Okoye-Bell",
                "Riverhithe Town Hall, Meeting Room 4",
                "ruth.kavanagh-mensah@riverhithe.gov.uk",
                "amara.okb@example.com",
            )
        ],
        dates=[D("Tuesday 13 October", "2026-10-13", "meeting")],
    )
)

m056 = add(
    M(
        56,
        "fwd_draft_advice",
        "t20-advice-draft",
        "2026-10-08 20:15:19",
        AMARA,
        [SENDLINE],
        "Fwd: " + SUBJ_DRAFT,
        new="""Hi Tomasz (or whoever reads this!),

You helped me back in March with the refusal - good news, the council backed down and Jayden now has a draft plan (forwarded below, plan attached).

Section F says "Jayden will have access to regular speech and language support". The independent therapist recommended one hour a week of direct therapy. Is "regular" allowed? And Section I is blank - is that normal?

The meeting with the council is on Tuesday 13 October and my comments are due 16 October.

Thanks again,
Amara""",
        sig="",
        reply_to=m053,
        quote="fwd",
        category="general",
        refs=[CASE],
        attachments=[pdf("DRAFT EHCP Jayden Okoye-Bell 01.10.2026.pdf")],
        dates=[
            D("Tuesday 13 October", "2026-10-13", "meeting"),
            D("16 October", "2026-10-16", "deadline"),
        ],
    )
)

m057 = add(
    M(
        57,
        "advice_draft",
        "t20-advice-draft",
        "2026-10-09 13:10:02",
        TOMASZ,
        [AMARA],
        "Re: Fwd: " + SUBJ_DRAFT,
        new="""Dear Amara,

That is good news - well done.

Section F must be detailed and specific, and should normally be quantified: how much, how often and by whom. "Regular" and "access to" are not enough. You could ask for the independent therapist's recommendation to be written in, for example "one hour per week of direct speech and language therapy delivered by a qualified speech and language therapist". Section I is left blank in a draft, so that is normal: you tell the council which school you want.

Take the report with you on Tuesday and go through Section F line by line. If the final plan is still vague, you can appeal against Sections B, F and I.

I will send you our checklist for draft plans this afternoon.

Best wishes,""",
        reply_to=m056,
        quote="apple",
        category="general",
        refs=[CASE],
        dates=[
            D("on Tuesday", "2026-10-13", "meeting"),
            D("this afternoon", "2026-10-09", "deadline"),
        ],
        commits=[
            C(
                "other",
                "send the draft plan checklist",
                "2026-10-09",
                "I will send you our checklist for draft plans this afternoon.",
            )
        ],
    )
)

m058 = add(
    M(
        58,
        "comments",
        "t18-draft-plan",
        "2026-10-11 22:40:26",
        AMARA,
        [RUTH],
        "Re: DRAFT EHC plan – Jayden Okoye-Bell – RH/SEN/26/0419 – my comments",
        cc=[PRIYA],
        new="""Dear Ruth,

Here are my comments on Jayden's draft plan, ahead of our meeting on Tuesday. Sorry it's long, and sorry it's Sunday night.

Section A - lovely, thank you for using his own words. Please add that he loves trains and that trains are the best way into any conversation with him.

Section B - please add the findings on understanding from Rosalind Achebe-Hart's report (he understands language at about the level of a four-and-a-half-year-old) and that he can't follow instructions with more than two parts. At the moment it reads as if his main problem is behaviour at lunchtime. It isn't, it's language.

Section F - "access to regular speech and language support" doesn't tell anyone anything. Please can it say:
- one hour per week of direct therapy from a qualified speech and language therapist, as Rosalind recommends
- daily follow-up work (15 minutes) with a teaching assistant trained by the therapist
- targets reviewed every half term with me and school
- a visual timetable and pre-teaching of new vocabulary in every subject

Section I - I would like St Saviour's named. He's happy there and Priya is amazing (sorry Priya, I know you're cc'd).

I will bring a printed copy with my notes to the meeting on Tuesday.

Amara""",
        sig="",
        reply_to=m054,
        utc=True,
        category="draft_plan",
        refs=[CASE],
        dates=[D("our meeting on Tuesday", "2026-10-13", "meeting")],
        commits=[
            C(
                "parent",
                "bring annotated copy to the meeting",
                "2026-10-13",
                "I will bring a printed copy with my notes to the meeting on Tuesday.",
            )
        ],
    )
)

m059 = add(
    M(
        59,
        "comments_ps",
        "t18-draft-plan",
        "2026-10-11 22:47:03",
        AMARA,
        [RUTH],
        "Re: DRAFT EHC plan – Jayden Okoye-Bell – RH/SEN/26/0419 – my comments",
        cc=[PRIYA],
        new="""P.S. I forgot Section E. The communication outcome says "Jayden will be able to communicate his needs" by the end of Key Stage 2. That's four years away! Can there be a shorter-term one for the end of Year 3?

P.P.S. Voice to text keeps writing "section if" when I say section F, sorry if any sneaked through.""",
        sig="",
        reply_to=m058,
        category="draft_plan",
        refs=[CASE],
    )
)

m060 = add(
    M(
        60,
        "senco_comments",
        "t18-draft-plan",
        "2026-10-12 08:15:40",
        PRIYA,
        [AMARA, RUTH],
        "RE: DRAFT EHC plan – Jayden Okoye-Bell – RH/SEN/26/0419 – my comments",
        new="""Morning both,

Amara, no apology needed - and thank you!

Ruth, from the school's side I agree with Amara's points on Sections B and F. We can't deliver an hour a week of direct therapy ourselves, so the plan would need to say who provides it. We are happy to release a TA for the daily follow-up and for the therapist's training.

I'll be at the meeting tomorrow and will bring his latest phonics and reading assessments.

Priya""",
        reply_to=m059,
        quote="outlook",
        category="draft_plan",
        refs=[CASE],
        dates=[D("tomorrow", "2026-10-13", "meeting")],
        commits=[
            C(
                "school",
                "attend the meeting and bring assessments",
                "2026-10-13",
                "I'll be at the meeting tomorrow and will bring his latest phonics and reading assessments.",
            )
        ],
    )
)

m061 = add(
    M(
        61,
        "meeting_notes",
        "t19-draft-meeting",
        "2026-10-13 15:10:25",
        AMARA,
        [RUTH],
        "Notes from today's meeting – Jayden's draft plan",
        cc=[PRIYA],
        new="""Hi Ruth,

Thank you for this morning, and for listening. Here's what I wrote down, so we're all on the same page. Please tell me if I've got anything wrong.

1. Section B will be rewritten using Rosalind's and Ms Hartley's findings on understanding and narrative.
2. Section F: you will put in one hour a week of direct speech and language therapy, with the therapist training a TA for daily follow-up. You said you'd check with the NHS service today whether they can provide it or whether the council commissions it.
3. Section E: you will add a shorter-term communication outcome for the end of Year 3.
4. Section I: St Saviour's. You will consult the school formally this week.
5. You said the final plan will be issued by Friday 6 November.

I'll send you Jayden's updated "All About Me" (he wants to add a train) by Friday.

Thanks again,
Amara""",
        sig="",
        reply_to=m055,
        category="general",
        dates=[
            D("this morning", "2026-10-13", "meeting"),
            D("Friday 6 November", "2026-11-06", "deadline"),
            D("by Friday", "2026-10-16", "deadline"),
        ],
        commits=[
            C(
                "la",
                "rewrite Section B",
                None,
                "Section B will be rewritten using Rosalind's and Ms Hartley's findings on understanding and narrative.",
            ),
            C(
                "la",
                "specify weekly direct SLT in Section F",
                None,
                "Section F: you will put in one hour a week of direct speech and language therapy, with the therapist training a TA for daily follow-up.",
            ),
            C(
                "la",
                "check provision with the NHS service",
                "2026-10-13",
                "You said you'd check with the NHS service today whether they can provide it or whether the council commissions it.",
            ),
            C(
                "la",
                "add a shorter-term outcome",
                None,
                "Section E: you will add a shorter-term communication outcome for the end of Year 3.",
            ),
            C("la", "consult the school", None, "You will consult the school formally this week."),
            C(
                "la",
                "issue the final plan",
                "2026-11-06",
                "You said the final plan will be issued by Friday 6 November.",
            ),
            C(
                "parent",
                "send updated All About Me",
                "2026-10-16",
                "I'll send you Jayden's updated \"All About Me\" (he wants to add a train) by Friday.",
            ),
        ],
    )
)

m062 = add(
    M(
        62,
        "notes_reply",
        "t19-draft-meeting",
        "2026-10-14 11:30:09",
        RUTH,
        [AMARA],
        "RE: Notes from today's meeting – Jayden's draft plan",
        cc=[PRIYA],
        new="""Dear Ms Okoye-Bell,

Thank you – your notes are accurate, with one correction to point 2. I spoke to the NHS service yesterday afternoon: they cannot offer weekly direct therapy in school, so the council will commission it from an independent provider and the plan will say so.

The consultation letter went to St Saviour’s this morning.""",
        reply_to=m061,
        quote="outlook",
        thread_index=True,
        irt=True,
        charset="windows-1252",
        from_la=True,
        category="general",
        refs=[CASE],
        dates=[
            D("yesterday afternoon", "2026-10-13", "past"),
            D("this morning", "2026-10-14", "other"),
        ],
        commits=[
            C(
                "la",
                "commission the therapy from an independent provider",
                None,
                "I spoke to the NHS service yesterday afternoon: they cannot offer weekly direct therapy in school, so the council will commission it from an independent provider and the plan will say so.",
            )
        ],
    )
)

SUBJ_FINAL = "FINAL EHC plan – Jayden Okoye-Bell – RH/SEN/26/0419"

m063 = add(
    M(
        63,
        "final_plan",
        "t21-final-plan",
        "2026-11-05 15:55:37",
        RUTH,
        [AMARA],
        SUBJ_FINAL,
        cc=[PRIYA],
        new="""Dear Ms Okoye-Bell,

I attach Jayden’s final EHC plan, dated 5 November 2026, and a covering letter. The plan names St Saviour’s C of E Primary School in Section I. Section F now includes one hour per week of direct speech and language therapy from a qualified therapist, commissioned by the council from Brightwords Therapy, with daily follow-up by a trained teaching assistant.

Therapy sessions will start once Brightwords have agreed a timetable with the school; I will let you know the start date as soon as it is confirmed.

If you disagree with Sections B, F or I, or with the school named, you can appeal to the First-tier Tribunal (SEND). The deadline is two months from the date of the covering letter, which is 5 January 2027, or one month from the date of a mediation certificate if that is later. The letter explains the mediation and appeal arrangements in full.

Thank you for your patience, and for your detailed comments, which have made this a much better plan.""",
        fmt="alt",
        charset="windows-1252",
        from_la=True,
        category="final_plan",
        refs=[CASE],
        attachments=[
            pdf("FINAL EHCP Jayden Okoye-Bell 05.11.2026.pdf"),
            pdf("Letter - final EHC plan and appeal rights - RH-SEN-26-0419.pdf"),
        ],
        dates=[
            D("5 November 2026", "2026-11-05", "other"),
            D("5 January 2027", "2027-01-05", "deadline"),
        ],
        commits=[
            C(
                "la",
                "tell the parent the therapy start date",
                None,
                "Therapy sessions will start once Brightwords have agreed a timetable with the school; I will let you know the start date as soon as it is confirmed.",
            )
        ],
    )
)

m064 = add(
    M(
        64,
        "final_thanks",
        "t21-final-plan",
        "2026-11-05 18:20:14",
        AMARA,
        [RUTH, PRIYA],
        "Re: " + SUBJ_FINAL,
        new="""Ruth, thank you. I've read it twice and I actually cried (good crying this time). It's the plan Jayden needed a year ago, but it's here now.

Priya - thank you for everything, honestly. I couldn't have done any of this without you.

Amara

P.S. I promise I'll stop emailing you all at 11pm now. Probably.""",
        sig="",
        reply_to=m063,
        category="general",
        refs=[CASE],
    )
)

m065 = add(
    M(
        65,
        "senco_final",
        "t21-final-plan",
        "2026-11-06 08:40:51",
        PRIYA,
        [AMARA, RUTH],
        "RE: " + SUBJ_FINAL,
        new="""Oh Amara, this made my morning!

Ruth, thank you. I'll set up a meeting with Brightwords and Jayden's class teacher as soon as they get in touch, and I'll invite Amara to it.

Amara - I'll update his support plan to match Section F and send you a copy by Friday 20 November.

Priya""",
        reply_to=m064,
        quote="outlook",
        category="general",
        refs=[CASE],
        dates=[D("Friday 20 November", "2026-11-20", "deadline")],
        commits=[
            C(
                "school",
                "set up a meeting with the therapy provider",
                None,
                "I'll set up a meeting with Brightwords and Jayden's class teacher as soon as they get in touch, and I'll invite Amara to it.",
            ),
            C(
                "school",
                "update the support plan and send a copy",
                "2026-11-20",
                "Amara - I'll update his support plan to match Section F and send you a copy by Friday 20 November.",
            ),
        ],
    )
)
