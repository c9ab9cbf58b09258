"""Messages 001-019: autumn term of Year 8 (October to December 2027)."""

from corpuslib import Att, C, D, M, fake_jpeg, fake_pdf
from people import (
    AGNIESZKA,
    CALLUM,
    DARIUSZ,
    DARIUSZ_PHONE,
    GRACE,
    JANICE,
    LORRAINE,
    REBECCA,
    SEN_TEAM,
    VICKY,
)  # fmt: skip

PDF = "application/pdf"
MSGS: list[M] = []


def add(m: M) -> M:
    MSGS.append(m)
    return m


# ------------------------------------------------------------------ t01 school: attendance, letter

m001 = add(M(
    1, "zofia_attendance_and_wellbeing", "t01-school-attendance", "2027-10-05 09:47:12",
    CALLUM, [DARIUSZ], "Zofia - attendance and wellbeing", cc=[REBECCA],
    new="""\
Dear Mr Nowak,

I'm writing as Zofia's Head of Year. I wanted to get in touch now rather than wait, because I think things are getting harder for her.

Since we came back in September Zofia's attendance is 76.4%, and nearly all of the absences are mornings where she has been reported ill. On Friday 1 October she left her Maths lesson without asking and Miss Shah found her in the student toilets, very upset. It took a good while before she could tell us what was wrong.

Please don't read this as a telling-off, because it isn't. We can see she is struggling and I would like us to sit down together with Mrs Pollitt, who leads on attendance, and Ms Thwaite, our SENCO, and work out what would help.

Could you come in on Thursday 14 October at 3.30pm? If that's no good, any day that week after 3pm works for me. Zofia's mum is of course very welcome too.

Kind regards,
Callum Fairbairn""",
    category="appointment",
    dates=[D("Friday 1 October", "2027-10-01", "past"),
           D("Thursday 14 October", "2027-10-14", "meeting")],
))  # fmt: skip

m002 = add(M(
    2, "re_zofia_attendance", "t01-school-attendance", "2027-10-05 21:18:40",
    DARIUSZ, [CALLUM], "Re: Zofia - attendance and wellbeing", cc=[GRACE], reply_to=m001,
    new="""\
Dear Mr Fairbairn,

Thank you for your email and for your care about Zofia. Yes, Thursday 14 October at 3.30pm is good for me. Grace (Zofia's mum) works shifts at the hospital, she will try to change her shift but I cannot promise for her.

I must tell you that the mornings at home are very difficult since the beginning of Year 8. Zofia has stomach pains, she is crying and sometimes she is shaking before we leave the house. On Sunday evenings it is the worst. Our GP referred her to CAMHS on 22 September, but we did not hear anything yet.

I will bring the GP letter to the meeting.

Best regards,
Dariusz""",
    category="appointment",
    dates=[D("Thursday 14 October", "2027-10-14", "meeting"),
           D("22 September", "2027-09-22", "past")],
    commits=[C("parent", "bring the GP letter to the meeting", None,
               "I will bring the GP letter to the meeting.")],
))  # fmt: skip

m003 = add(M(
    3, "re_ext_zofia_attendance_summary", "t01-school-attendance", "2027-10-15 12:05:33",
    REBECCA, [DARIUSZ], "RE: [EXTERNAL] Re: Zofia - attendance and wellbeing",
    cc=[GRACE, CALLUM], reply_to=m002, banner=True,
    new="""\
Dear Mr Nowak and Ms Adeyemi,

Thank you both for coming in yesterday. I know it wasn't an easy conversation, and it helped a lot to hear what mornings look like at home.

Here is a quick note of what we agreed, so that we are all working from the same page:

- Miss Shah will meet Zofia at the student services door at 8.40 every morning, so she doesn't have to come through the main entrance or line up in the yard.
- Zofia now has a Hub pass. She can use it in any lesson, no questions asked.
- Homework is paused for two weeks, apart from reading.
- I have added Zofia to our SEN register at SEN support, and I'll write up a support plan with her targets before half term.
- You are going to ask the council for an EHC needs assessment. As I said in the meeting, school is fully behind this.
- I will write a letter supporting the request and send it to you by Friday 22 October.
- Mrs Pollitt will make a referral to the council's Attendance and Inclusion Team.

The review meeting is booked for Thursday 11 November at 3.30pm.

One more thing: when the CAMHS appointment comes through, do let me know. If you're happy for us to see the letter, it will strengthen the request.

Best wishes,
Rebecca""",
    category="general",
    dates=[D("yesterday", "2027-10-14", "past"),
           D("Friday 22 October", "2027-10-22", "deadline"),
           D("Thursday 11 November", "2027-11-11", "meeting")],
    commits=[
        C("school", "meet Zofia at the student services door every morning", None,
          "Miss Shah will meet Zofia at the student services door at 8.40 every morning, so she doesn't have to come through the main entrance or line up in the yard."),
        C("school", "write up a SEN support plan", None,
          "I have added Zofia to our SEN register at SEN support, and I'll write up a support plan with her targets before half term."),
        C("parent", "ask the council for an EHC needs assessment", None,
          "You are going to ask the council for an EHC needs assessment."),
        C("school", "send a letter supporting the request", "2027-10-22",
          "I will write a letter supporting the request and send it to you by Friday 22 October."),
        C("school", "refer to the council's Attendance and Inclusion Team", None,
          "Mrs Pollitt will make a referral to the council's Attendance and Inclusion Team."),
    ],
))  # fmt: skip

m004 = add(M(
    4, "letter_of_support", "t01-school-attendance", "2027-10-22 15:52:08",
    REBECCA, [DARIUSZ], "Letter of support for EHC needs assessment request - Zofia",
    cc=[GRACE], reply_to=m003,
    new="""\
Hi both,

As promised, the letter is attached, signed by me and by Mr Akhtar, our Headteacher. I've also attached Zofia's SEN support plan and a print of her attendance since 2 September, which the panel will want to see.

My advice would be to send the request as soon as you're ready rather than waiting for our review on the 11th. The council's six weeks only start once they have it.

I'm away for half term and back in school on Monday 1 November, but Callum is around if anything comes up before then.

Rebecca""",
    attachments=[
        Att("Letter of support - Zofia Nowak.pdf", PDF, fake_pdf("Letter of support - Zofia Nowak")),
        Att("SEN Support Plan - Zofia Nowak - Oct 2027.pdf", PDF, fake_pdf("SEN Support Plan")),
        Att("Attendance summary 2027-28.pdf", PDF, fake_pdf("Attendance summary")),
    ],
    category="general",
    dates=[D("2 September", "2027-09-02", "past"),
           D("the 11th", "2027-11-11", "meeting"),
           D("Monday 1 November", "2027-11-01", "other")],
))  # fmt: skip

m005 = add(M(
    5, "re_letter_of_support", "t01-school-attendance", "2027-10-23 10:31:55",
    DARIUSZ, [REBECCA], "Re: Letter of support for EHC needs assessment request - Zofia",
    cc=[GRACE], reply_to=m004,
    new="""\
Dear Ms Thwaite,

Thank you very much. The letter is very clear and it says everything we could not say so well ourselves.

Grace and me will finish the request form this weekend, and I will send it to the council on Monday 1 November.

Have a good rest in half term.

Dariusz""",
    category="general",
    dates=[D("Monday 1 November", "2027-11-01", "deadline")],
    commits=[C("parent", "send the request to the council", "2027-11-01",
               "Grace and me will finish the request form this weekend, and I will send it to the council on Monday 1 November.")],
))  # fmt: skip

# ------------------------------------------------------------------ t02 the request

m006 = add(M(
    6, "request_for_ehc_needs_assessment", "t02-ehcna-request", "2027-11-01 13:05:02",
    DARIUSZ, [SEN_TEAM], "Request for EHC needs assessment – Zofia Nowak",
    cc=[GRACE, REBECCA],
    new="""\
Dear Sir or Madam,

Request for an Education, Health and Care needs assessment

Child: Zofia Nowak, date of birth 19/11/2014
School: Ashcombe Vale Academy, Year 8
Address: 14 Larchfield Road, Hollinsbridge HB4 7QT

I am Zofia's father and I am writing, together with her mother Grace Adeyemi, to ask the council to carry out an EHC needs assessment for Zofia under section 36 of the Children and Families Act 2014.

Zofia has severe anxiety. Since the start of Year 8 she is often not able to get to school, and when she is there she often leaves lessons. Her attendance is now under 70%. The school thinks she may also have ADHD and our GP agrees; she is on the waiting list for CAMHS since 22 September. At home she is a different child than two years ago. She does not see friends any more, she sleeps badly and she has panic attacks on Sunday evenings.

The school has put support in place (a morning meeting with a member of staff, a pass for the Hub, a SEN support plan) and we are grateful, but it is not enough. We believe that Zofia has or may have special educational needs and that she may need special educational provision to be made for her through an EHC plan. I understand that this is the legal test for an assessment.

I attach:
1. our parental request form with our views;
2. the letter of support from Ms Thwaite, SENCO, and Zofia's SEN support plan;
3. the letter from our GP, Dr Kaur, dated 20 September 2027.

We met with the school on 14 October. Ms Thwaite is copied in and she is happy to be contacted.

I understand that the council must tell us within six weeks whether it will assess, so by 13 December 2027. Please send all letters by email as well as by post.

I will send you the CAMHS letter as soon as we receive it.

Yours faithfully,
Dariusz Nowak""",
    attachments=[
        Att("Parental request form - Zofia Nowak.pdf", PDF, fake_pdf("Parental request form")),
        Att("Letter of support - Zofia Nowak.pdf", PDF, fake_pdf("Letter of support - Zofia Nowak")),
        Att("SEN Support Plan - Zofia Nowak - Oct 2027.pdf", PDF, fake_pdf("SEN Support Plan")),
        Att("GP letter 20.09.2027.pdf", PDF, fake_pdf("GP letter")),
    ],
    category="assessment_request",
    dates=[D("19/11/2014", "2014-11-19", "past"),
           D("22 September", "2027-09-22", "past"),
           D("20 September 2027", "2027-09-20", "past"),
           D("14 October", "2027-10-14", "past"),
           D("13 December 2027", "2027-12-13", "deadline")],
    commits=[C("parent", "send the CAMHS letter", None,
               "I will send you the CAMHS letter as soon as we receive it.")],
))  # fmt: skip

m007 = add(M(
    7, "auto_reply_sen_assessment", "t02-ehcna-request", "2027-11-01 13:05:41",
    SEN_TEAM, [DARIUSZ], "Automatic reply: [EXTERNAL] Request for EHC needs assessment – Zofia Nowak",
    reply_to=m006, quote="none", fmt="plain",
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    new="""\
Thank you for contacting the SEND Assessment and Review Team at Hollinsbridge Metropolitan Borough Council.

Your email has been received and passed to the team. We aim to reply to all enquiries within 10 working days.

If you are sending a request for an EHC needs assessment, you do not need to post a paper copy as well.

If you are worried that a child is at immediate risk of harm, please ring the Children's Front Door on 01632 960100 (24 hours).

Our office hours are 8.45am to 5pm Monday to Thursday and 8.45am to 4.30pm on Friday.""",
    from_la=True, category="acknowledgement",
    dates=[D("within 10 working days", "2027-11-15", "deadline")],
    commits=[C("la", "reply to the enquiry", "2027-11-15",
               "We aim to reply to all enquiries within 10 working days.")],
))  # fmt: skip

m008 = add(M(
    8, "re_ext_request_acknowledged", "t02-ehcna-request", "2027-11-10 11:26:19",
    LORRAINE, [DARIUSZ], "RE: [EXTERNAL] Request for EHC needs assessment – Zofia Nowak",
    cc=[GRACE, REBECCA], reply_to=m006, banner=True, charset="windows-1252",
    new="""\
Dear Mr Nowak,

Thank you for your request for an EHC needs assessment for Zofia, and for the supporting documents from Ashcombe Vale Academy. I can confirm that we received it on 1 November 2027 and that it has been logged under reference SENA/27/0583. Please quote this on anything you send us.

I will be Zofia's casework officer while the council decides whether to assess. Her request will be considered at the EHC Needs Assessment Panel on Thursday 9 December. I have also written to Ms Thwaite for the school's records of the SEN support in place.

You will receive a letter from me with the panel's decision by 13 December 2027, which is six weeks from the date we received your request.

If Zofia would like to tell the panel about herself, a page in her own words – or a drawing, or a voice note – would be very welcome. It would need to reach me by Friday 3 December.

Kind regards,

Lorraine""",
    from_la=True, category="acknowledgement", refs=["SENA/27/0583"],
    dates=[D("1 November 2027", "2027-11-01", "past"),
           D("Thursday 9 December", "2027-12-09", "meeting"),
           D("13 December 2027", "2027-12-13", "deadline"),
           D("Friday 3 December", "2027-12-03", "deadline")],
    commits=[C("la", "send the panel's decision", "2027-12-13",
               "You will receive a letter from me with the panel's decision by 13 December 2027, which is six weeks from the date we received your request.")],
))  # fmt: skip

m009 = add(M(
    9, "re_re_ext_request_phone", "t02-ehcna-request", "2027-11-10 18:55:07",
    DARIUSZ_PHONE, [LORRAINE], "Re: RE: [EXTERNAL] Request for EHC needs assessment – Zofia Nowak",
    reply_to=m008, fmt="plain",
    new="""\
Thank you Mrs Haworth. Zofia is writing her page now, she wants to do it herself on the laptop. I will send it before 3 December.

Dariusz""",
    category="general",
    dates=[D("3 December", "2027-12-03", "deadline")],
    commits=[C("parent", "send Zofia's page", "2027-12-03", "I will send it before 3 December.")],
))  # fmt: skip

# ------------------------------------------------------------------ t03 council attendance service

ICS_010 = """\
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Vicky Rudd:mailto:vicky.rudd@hollinsbridge.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dariusz Nowak:mailto:dariusz.nowak@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Grace Adeyemi:mailto:grace.adeyemi@example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Janice Pollitt:mailto:j.pollitt@ashcombevale.org.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rebecca Thwaite:mailto:r.thwaite@ashcombevale.org.uk
SUMMARY;LANGUAGE=en-GB:Attendance Support Meeting - Zofia Nowak (Y8) - ATT-27-3391
DTSTART;TZID=GMT Standard Time:20271201T093000
DTEND;TZID=GMT Standard Time:20271201T103000
UID:040000008200E00074C5B7101A82E00800000000B8E3C6F1D4D8DB01000000000000000010000000A1F2C3D4E5F60718293A4B5C6D7E8F90
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20271116T140215Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Ashcombe Vale Academy - Student Services meeting room
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""

m010 = add(M(
    10, "attendance_support_meeting_invite", "t03-la-attendance", "2027-11-16 14:02:15",
    VICKY, [DARIUSZ, GRACE], "Attendance Support Meeting – Zofia Nowak (Y8) – ATT-27-3391",
    cc=[JANICE, REBECCA], calendar=ICS_010,
    new="""\
Dear Mr Nowak and Ms Adeyemi,

I am the Attendance and Inclusion Officer who works with Ashcombe Vale Academy. Mrs Pollitt has asked me to get involved because Zofia's attendance between 2 September and 12 November was 61.8%.

I would like to meet you both at school on Wednesday 1 December 2027 at 9.30am, together with Mrs Pollitt and Ms Thwaite. I've sent this as a calendar invitation so that you can accept it, but a reply to this email is fine too.

I want to be clear that this is a support meeting. It is not the start of any legal action, and I know from Mrs Pollitt that Zofia's absence is about anxiety and not about you keeping her at home. The meeting is to look at what is getting in the way in the mornings and whether a short-term change to her timetable would help.

If you have any letters from the GP or CAMHS, please bring them along.

Kind regards,

Vicky""",
    from_la=True, category="appointment", refs=["ATT-27-3391"],
    dates=[D("2 September", "2027-09-02", "past"),
           D("12 November", "2027-11-12", "past"),
           D("Wednesday 1 December 2027", "2027-12-01", "meeting")],
))  # fmt: skip

m011 = add(M(
    11, "re_attendance_support_meeting", "t03-la-attendance", "2027-11-16 22:07:48",
    DARIUSZ, [VICKY], "Re: Attendance Support Meeting – Zofia Nowak (Y8) – ATT-27-3391",
    reply_to=m010,
    new="""\
Dear Ms Rudd,

Thank you. I will come on Wednesday 1 December at 9.30. Grace works night shifts that week and she will not be able to come, but she asked me to tell you that she agrees with everything I will say :)

I must be honest that we were frightened when we saw the word attendance in the subject, because a colleague from my work got a fine for his son last year. Thank you for explaining that it is not this kind of meeting.

I will bring the GP letter. CAMHS did not write to us yet.

Regards,
Dariusz Nowak""",
    category="appointment", refs=["ATT-27-3391"],
    dates=[D("Wednesday 1 December", "2027-12-01", "meeting")],
    commits=[C("parent", "attend the attendance support meeting", "2027-12-01",
               "I will come on Wednesday 1 December at 9.30."),
             C("parent", "bring the GP letter", None, "I will bring the GP letter.")],
))  # fmt: skip

m012 = add(M(
    12, "notes_attendance_meeting", "t03-la-attendance", "2027-12-02 16:30:27",
    VICKY, [DARIUSZ], "Notes and actions – attendance support meeting 1/12 – ATT-27-3391",
    cc=[GRACE, JANICE, REBECCA, CALLUM], reply_to=m011, banner=True,
    new="""\
Dear Mr Nowak,

Thank you for coming in yesterday. These are the notes and the actions we agreed.

Where we are
Since half term Zofia has been in school for part or all of 38 out of 57 sessions. Mornings are the hardest point, especially Mondays. She copes much better once she is in the building and with Miss Shah.

Agreed actions
1. Ashcombe Vale will start a part-time timetable on Monday 6 December: Zofia will attend from 8.40am to 12.15pm each day, and work for the afternoons will be set on Teams.
2. The timetable is for six weeks and will be reviewed at a meeting in school on Friday 14 January 2028 at 9.30am. The aim is to build back up to full days, not for Zofia to stay part-time.
3. I will refer Zofia to the Emotional Wellbeing in Schools Team and let you know when they have picked it up.
4. Mr Nowak will let school know by 8am on any day Zofia cannot come in, by phone rather than by email.
5. No further attendance action will be taken while this plan is being followed.

Mr Fairbairn will send you the timetable agreement to sign.

Best wishes,

Vicky""",
    from_la=True, category="general", refs=["ATT-27-3391"],
    dates=[D("yesterday", "2027-12-01", "past"),
           D("Monday 6 December", "2027-12-06", "deadline"),
           D("Friday 14 January 2028", "2028-01-14", "meeting")],
    commits=[
        C("school", "start a part-time timetable", "2027-12-06",
          "Ashcombe Vale will start a part-time timetable on Monday 6 December: Zofia will attend from 8.40am to 12.15pm each day, and work for the afternoons will be set on Teams."),
        C("la", "refer Zofia to the Emotional Wellbeing in Schools Team", None,
          "I will refer Zofia to the Emotional Wellbeing in Schools Team and let you know when they have picked it up."),
        C("parent", "tell school by 8am when Zofia cannot come in", None,
          "Mr Nowak will let school know by 8am on any day Zofia cannot come in, by phone rather than by email."),
        C("school", "send the timetable agreement to sign", None,
          "Mr Fairbairn will send you the timetable agreement to sign."),
    ],
))  # fmt: skip

# ------------------------------------------------------------------ t04 part-time timetable

m013 = add(M(
    13, "part_time_timetable_agreement", "t04-part-time-timetable", "2027-12-03 13:15:50",
    CALLUM, [DARIUSZ, GRACE], "Part-time timetable agreement - Zofia Nowak",
    attachments=[Att("Part-time timetable agreement - Z Nowak.pdf", PDF,
                     fake_pdf("Part-time timetable agreement"))],
    new="""\
Dear Mr Nowak and Ms Adeyemi,

Please find attached Zofia's part-time timetable agreement, as discussed with Ms Rudd on Wednesday. It covers the six weeks up to the review on 14 January.

Could one of you sign it and send it back to me by Monday morning, either as a photo or a scan? We can't start the new timetable until we have a parent's signature. That's a trust requirement, not me being awkward!

Thanks,
Callum""",
    category="information_request",
    dates=[D("Wednesday", "2027-12-01", "past"),
           D("14 January", "2028-01-14", "meeting"),
           D("Monday morning", "2027-12-06", "deadline")],
))  # fmt: skip

m014 = add(M(
    14, "re_part_time_timetable_signed", "t04-part-time-timetable", "2027-12-05 19:48:21",
    GRACE, [CALLUM], "Re: Part-time timetable agreement - Zofia Nowak", cc=[DARIUSZ],
    reply_to=m013,
    attachments=[Att("IMG_4471.jpeg", "image/jpeg", fake_jpeg("signed agreement"))],
    new="""\
Hi Mr Fairbairn,

Signed copy attached (Darek has signed it as well, so you've got both of us).

One worry from me. If she's only in for the mornings, she'll miss the same subjects every week. Is there any way of rotating it so she isn't always missing Science and Art? Art is the one lesson she still talks about at home.

I'll walk her in tomorrow for 8.40 and Darek will pick her up at 12.15.

Thanks for being so quick with all this.

Grace""",
    category="general",
    dates=[D("tomorrow", "2027-12-06", "deadline")],
    commits=[C("parent", "walk Zofia in and collect her", "2027-12-06",
               "I'll walk her in tomorrow for 8.40 and Darek will pick her up at 12.15.")],
))  # fmt: skip

m015 = add(M(
    15, "re_ext_part_time_timetable", "t04-part-time-timetable", "2027-12-06 10:02:36",
    CALLUM, [GRACE], "RE: [EXTERNAL] Re: Part-time timetable agreement - Zofia Nowak",
    cc=[DARIUSZ], reply_to=m014, banner=True, irt=False,
    new="""\
Hi Ms Adeyemi,

Got it, thank you. Zofia came in this morning and went straight to the Hub with Miss Shah, which is a good start.

Fair point about Science and Art. I'll speak to our timetabler and come back to you by Friday with a rotating version.

Callum""",
    category="general",
    dates=[D("this morning", "2027-12-06", "other"),
           D("by Friday", "2027-12-10", "deadline")],
    commits=[C("school", "come back with a rotating timetable", "2027-12-10",
               "I'll speak to our timetabler and come back to you by Friday with a rotating version.")],
))  # fmt: skip

# ------------------------------------------------------------------ t05 refusal to assess

m016 = add(M(
    16, "decision_refusal", "t05-refusal", "2027-12-10 15:40:44",
    LORRAINE, [DARIUSZ], "EHC needs assessment request – decision – Zofia Nowak – SENA/27/0583",
    cc=[GRACE],
    attachments=[Att("Decision letter - SENA-27-0583.pdf", PDF, fake_pdf("Decision letter"))],
    new="""\
Dear Mr Nowak and Ms Adeyemi,

I am sorry that this is not the news you were hoping for. The council's decision letter is attached, and I have copied the main part of it below so that you can read it on your phone.

Hollinsbridge Metropolitan Borough Council
SEND Assessment and Review Team
10 December 2027
Our ref: SENA/27/0583
Zofia Nowak (date of birth 19/11/2014)

Request for an Education, Health and Care needs assessment

Your request was considered by the EHC Needs Assessment Panel on Thursday 9 December. The panel read your request form, the letter from Ashcombe Vale Academy, Zofia's SEN support plan and attendance record, and the GP letter.

The panel recognised how hard this term has been for Zofia and for you. However, it decided that it is not necessary at this time for the council to carry out an EHC needs assessment. The panel's reasons are:

• the school's SEN support plan was only put in place in October and has not yet been reviewed;
• there is not yet any assessment of Zofia's needs by a specialist, for example CAMHS or an educational psychologist;
• the panel considers that Zofia's needs can at present be met from the resources normally available to mainstream schools, with advice from the council's Inclusion Support Service under the Emotionally Based School Avoidance (EBSA) pathway.

The Inclusion Support Service will contact Ms Thwaite in January to offer a consultation about Zofia.

If you disagree with this decision

You have the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability). Before you can appeal you must contact a mediation adviser and consider mediation. The mediation adviser service for Hollinsbridge is Pennant Mediation Services (01632 960770, info@pennantmediation.co.uk). An appeal must be made within two months of the date of this letter, that is by 10 February 2028, or within one month of the date of a mediation certificate, whichever is later.

Free and independent advice is available from Hollinsbridge SENDIASS on 01632 960345.

Yours sincerely,
Lorraine Haworth, SEND Casework Officer, on behalf of the Head of SEND

If it would help to talk this through, I'm in the office until 4.30pm and for most of next week.

Kind regards,

Lorraine""",
    from_la=True, category="refusal_to_assess", refs=["SENA/27/0583"],
    dates=[D("10 December 2027", "2027-12-10", "other"),
           D("19/11/2014", "2014-11-19", "past"),
           D("Thursday 9 December", "2027-12-09", "past"),
           D("10 February 2028", "2028-02-10", "deadline")],
    commits=[C("la", "contact the SENCO to offer a consultation", None,
               "The Inclusion Support Service will contact Ms Thwaite in January to offer a consultation about Zofia.")],
))  # fmt: skip

m017 = add(M(
    17, "re_decision_panel_notes_request", "t05-refusal", "2027-12-10 23:12:09",
    DARIUSZ, [LORRAINE], "Re: EHC needs assessment request – decision – Zofia Nowak – SENA/27/0583",
    cc=[GRACE, REBECCA], reply_to=m016,
    new="""\
Dear Mrs Haworth,

Thank you for sending the letter, and for the kind words. I have to say that we are very disappointed, and I do not understand some of the reasons.

The panel says that there is no assessment by a specialist. But this is exactly why we asked for an assessment. CAMHS has a waiting list of many months, and the school cannot get an educational psychologist without the council. It feels like a circle.

Before we decide what to do next, I would like to ask you for:
1. the notes or minutes of the panel's discussion about Zofia;
2. the list of documents the panel had in front of them;
3. the name of the officer from the Inclusion Support Service who will contact the school.

We would be grateful to receive them until Friday 17 December, because we are thinking about mediation and we know that the time for an appeal is running.

Sorry for writing so late, I could not sleep.

Yours sincerely,
Dariusz Nowak""",
    category="information_request", refs=["SENA/27/0583"],
    dates=[D("until Friday 17 December", "2027-12-17", "deadline")],
))  # fmt: skip

m018 = add(M(
    18, "re_ext_panel_record", "t05-refusal", "2027-12-16 12:10:58",
    LORRAINE, [DARIUSZ], "RE: [EXTERNAL] Re: EHC needs assessment request – decision – Zofia Nowak – SENA/27/0583",
    cc=[GRACE], reply_to=m017, banner=True, fmt="html", charset="windows-1252",
    attachments=[Att("Panel record - SENA-27-0583 - 09.12.2027.pdf", PDF, fake_pdf("Panel record"))],
    new="""\
Dear Mr Nowak,

I've attached the panel record for Zofia's request. Page 1 lists the documents the panel saw, and page 2 has the discussion and the decision. Some details about other children have been taken out, which is why parts of it are blacked out.

The Inclusion Support Service officer for Ashcombe Vale is Lisa Garside. She has Zofia's details and will contact Ms Thwaite in the first week of the spring term.

I am on annual leave from Monday 20 December and back on Tuesday 4 January. If anything is urgent while I'm away, please use the team inbox, sen.assessment@hollinsbridge.gov.uk, which is checked every day.

Kind regards,

Lorraine""",
    from_la=True, category="general", refs=["SENA/27/0583"],
    dates=[D("Monday 20 December", "2027-12-20", "other"),
           D("Tuesday 4 January", "2028-01-04", "other")],
    commits=[C("la", "contact the SENCO", None,
               "She has Zofia's details and will contact Ms Thwaite in the first week of the spring term.")],
))  # fmt: skip

# ------------------------------------------------------------------ t06 personal, in Polish

m019 = add(M(
    19, "wigilia_i_urodziny_mamy", "t06-family-pl", "2027-12-18 09:14:26",
    AGNIESZKA, [DARIUSZ], "Święta, Wigilia i urodziny Mamy - pytanie o bilety",
    fmt="plain", charset="iso-8859-2", cte="quoted-printable",
    new="""\
Cześć Darek,

Mama prosi, żebym Ci przypomniała o Wigilii. W tym roku robimy połączenie wideo o 18:00 naszego czasu, czyli u Was o 17:00. Zosia obiecała, że pokaże babci swojego kota z modeliny, więc niech nie zapomni!

Druga sprawa: urodziny Mamy. Siedemdziesiątka wypada w sobotę 12 lutego, kolacja będzie w tej restauracji przy Rynku, gdzie byliśmy na chrzcinach Kuby. Czy przylecicie? Jeśli tak, kupcie bilety szybko, bo loty z Leeds do Wrocławia na luty już drożeją. Grace też jest bardzo mile widziana, Mama ciągle o nią pyta.

Paczka z piernikami wyszła we wtorek, powinna dojść przed świętami. Daj znać, jak dotrze.

Ściskam Was mocno,
Aga""",
    category="not_send",
))  # fmt: skip
