"""Messages 001-036: the Year 10 annual review, the late draft amended plan, the final amended plan,
and the start of the post-16 planning. One M(...) per message, with its gold labels."""

from corpuslib import C, D, M, docx, jpg, pdf
from people import (
    ANJALI,
    AUDIOLOGY,
    CRAIG,
    CRAIG_OOO,
    GEMMA,
    HAYLEY,
    LIBRARIES,
    PAT_IOS,
    PAT_TB,
    RUTH,
    SEND_DUTY,
    WOOLLY,
)

REF = "FM/EHCP/06627"
REV = "RV/27/0613"

# ------------------------------------------------------------------ t01 annual review invitation

m001 = M(
    1, "ar_invitation", "t01-ar-invitation", "2027-05-10 15:42:07",
    HAYLEY, [PAT_TB],
    "Kayden's Year 10 Annual Review \u2013 invitation",
    new="""Dear Mrs Holloway,

I hope you're well. It's that time of year again \u2013 Kayden's annual review is due, and I'd like to invite you to the review meeting on Thursday 17 June 2027 at 1.30pm in the Resource Base meeting room. It normally takes about an hour and a half.

I've attached the formal invitation, the parent/carer views form and Kayden's 'My Views' sheet. Miss Kerr will go through the My Views sheet with him in tutor time, but he may want to add to it at home with you. Could you return your form to me by Thursday 3 June, so that I can get all the reports out to everyone two weeks before the meeting?

We have invited Craig Mottram from the SEND Statutory Service, Ruth Amankwah (Teacher of the Deaf), Gemma Lowther and the audiology team. Craig will request the professionals' advice himself, so you don't need to chase anyone.

As Kayden is in Year 10, this review will also start the conversation about post-16, so it would be lovely if he could join us for the second half.

Warm regards,""",
    fmt="alt",
    attachments=[
        pdf("Annual Review invitation - Kayden Holloway.pdf"),
        docx("Parent carer views form.docx"),
        docx("My Views - Year 10.docx"),
    ],
    category="annual_review",
    dates=[
        D("Thursday 17 June 2027", "2027-06-17", "meeting"),
        D("Thursday 3 June", "2027-06-03", "deadline"),
    ],
    commits=[
        C("school", "go through the My Views sheet with Kayden", None,
          "Miss Kerr will go through the My Views sheet with him in tutor time, but he may want to add to it at home with you."),
        C("la", "request the professionals' advice", None,
          "Craig will request the professionals' advice himself, so you don't need to chase anyone."),
    ],
)  # fmt: skip

m002 = M(
    2, "re_ar_invitation", "t01-ar-invitation", "2027-05-11 21:14:40",
    PAT_TB, [HAYLEY],
    "Re: Kayden's Year 10 Annual Review \u2013 invitation",
    reply_to=m001, bottom=True,
    new="""Dear Hayley,

Thank you for this, and for the forms, which all opened fine this time (you'll remember last year the attachment wouldn't open on my old laptop and Kayden's grandad had to go and print it at the library!). Thursday 17th is fine for me, I don't work Thursdays any more since I went down to three days at the shop. I will fill in my form over the weekend and get it back to you by the 3rd, probably sooner. Kayden is happy to come to the second half but he wants to know if he'll have to talk, I told him he can just listen if he'd rather, I hope that's right.

Can I ask whether Gemma is definitely coming? She said at her last visit that she might be on holiday in June, and I'd really like the social care side to be in the report because of the contact arrangements with his mum and how unsettled he gets afterwards. Also Ruth mentioned his radio aid might be replaced, is that something that goes in the plan or is it just a school thing? Sorry for all the questions, you know what I'm like.""",
    category="annual_review",
    dates=[
        D("Thursday 17th", "2027-06-17", "meeting"),
        D("the 3rd", "2027-06-03", "deadline"),
    ],
    commits=[
        C("parent", "return the views form", "2027-06-03",
          "I will fill in my form over the weekend and get it back to you by the 3rd, probably sooner."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t02 advice requests

m003 = M(
    3, "advice_request", "t02-advice-requests", "2027-05-12 09:20:33",
    CRAIG, [RUTH, GEMMA, AUDIOLOGY], cc=[PAT_TB, HAYLEY],
    subject=f"Kayden Holloway ({REF}) \u2013 annual review 17/06/2027 \u2013 request for advice",
    new="""Dear colleagues,

Kayden Holloway, DOB 23/10/2011 \u2013 Year 10, Fleetmarsh Park Academy (Hearing Impaired Resource Base)

Fleetmarsh Park Academy will hold Kayden\u2019s annual review on Thursday 17 June 2027 at 1.30pm. As part of the review the local authority is asking the professionals who work with Kayden for updated advice. Please could you send me a short report, or confirm that your previous advice still stands, by Thursday 3 June 2027, so that the academy can circulate the papers two weeks before the meeting.

Ruth \u2013 please comment in particular on the radio aid, on access arrangements for his GCSE and Entry Level courses, and on the level of Sensory Support Service input he will need through Year 11 and into post-16.

Gemma \u2013 a short update on the family context and any social care provision for section H would be very helpful, especially anything relevant to preparing for adulthood.

Audiology \u2013 a copy of Kayden\u2019s most recent audiogram and any recommendations would be appreciated.

Mrs Holloway (Kayden\u2019s grandmother and special guardian) is copied in, as she has asked to see all advice. I will attend the meeting in person.

Many thanks,""",
    fmt="alt", charset="windows-1252",
    from_la=True, category="information_request",
    refs=[REF, REV],
    dates=[
        D("23/10/2011", "2011-10-23", "past"),
        D("Thursday 17 June 2027", "2027-06-17", "meeting"),
        D("Thursday 3 June 2027", "2027-06-03", "deadline"),
    ],
    commits=[C("la", "attend the review meeting", None, "I will attend the meeting in person.")],
)  # fmt: skip

m004 = M(
    4, "re_advice_request_tod", "t02-advice-requests", "2027-05-12 16:55:02",
    RUTH, [CRAIG], cc=[GEMMA, AUDIOLOGY, PAT_TB, HAYLEY],
    subject=f"RE: Kayden Holloway ({REF}) \u2013 annual review 17/06/2027 \u2013 request for advice",
    reply_to=m003,
    new="""Hi Craig,

Yes, happy to. My last full report was June 2026 and a lot has changed since his new aids were fitted, so I'd rather write a fresh one than say the old one stands. I'll get it to you and to Hayley by Wednesday 2 June.

To do it properly I'd like to see Kayden in a couple of mainstream lessons first. Hayley, could we look at Tuesday 25th? He has science period 3 and English period 4, which would be ideal, and I can check the radio aid while I'm in.

I will be at the review on 17 June.

Pat \u2013 I know you've got questions about the radio aid. I'll give you a ring after the observation so we can talk it through before the meeting.

Best wishes,""",
    fmt="alt",
    from_la=True, category="general",
    refs=[REF],
    dates=[
        D("Wednesday 2 June", "2027-06-02", "deadline"),
        D("Tuesday 25th", "2027-05-25", "meeting"),
        D("17 June", "2027-06-17", "meeting"),
    ],
    commits=[
        C("la", "send updated Teacher of the Deaf report", "2027-06-02",
          "I'll get it to you and to Hayley by Wednesday 2 June."),
        C("la", "attend the review", "2027-06-17", "I will be at the review on 17 June."),
        C("la", "ring Pat after the observation", None,
          "I'll give you a ring after the observation so we can talk it through before the meeting."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t03 audiology

m005 = M(
    5, "audiology_appointment", "t03-audiology", "2027-05-13 08:47:55",
    AUDIOLOGY, [PAT_TB],
    "Appointment letter - Kayden Holloway - Paediatric Audiology",
    new="""Dear Mrs Holloway

Re: Kayden Holloway   DOB 23.10.2011   NHS No. 485 203 7716   Hospital No. R0448291

An appointment has been made for Kayden to be seen in the Paediatric Audiology clinic for a hearing aid review and repeat hearing test.

Date:  Tuesday 8 June 2027
Time:  10.40am
Place: Audiology Department, Level 1, Ravensholme General Hospital

Please allow up to an hour, and bring Kayden's hearing aids, his radio aid receivers and spare batteries.

We have received a request from Fenmoor County Council for a copy of Kayden's audiogram for his annual review. With your agreement we will send the results of this appointment to the Sensory Support Service and to the council within one week of the appointment. Please reply to this email to let us know whether you are happy for us to do this.

If you need to change the appointment, please telephone us at least 48 hours beforehand.""",
    category="appointment",
    dates=[
        D("23.10.2011", "2011-10-23", "past"),
        D("Tuesday 8 June 2027", "2027-06-08", "meeting"),
        D("within one week of the appointment", "2027-06-15", "deadline"),
    ],
    commits=[
        C("health", "send the results to the Sensory Support Service and the council", "2027-06-15",
          "With your agreement we will send the results of this appointment to the Sensory Support Service and to the council within one week of the appointment."),
    ],
)  # fmt: skip

m006 = M(
    6, "re_audiology_appointment", "t03-audiology", "2027-05-13 19:30:18",
    PAT_IOS, [AUDIOLOGY],
    "RE: Appointment letter - Kayden Holloway - Paediatric Audiology",
    reply_to=m005, fmt="alt",
    new="""Yes that's absolutely fine, please do send the results to Ruth Amankwah and to Mr Mottram at the council. We'll be there on the 8th, I've put it on the calendar and I'll make sure he brings the spare batteries this time (last time they were in his PE bag!).""",
    category="appointment",
    dates=[D("the 8th", "2027-06-08", "meeting")],
    commits=[
        C("parent", "bring Kayden to the audiology appointment", "2027-06-08",
          "We'll be there on the 8th, I've put it on the calendar and I'll make sure he brings the spare batteries this time (last time they were in his PE bag!)."),
    ],
)  # fmt: skip

m007 = M(
    7, "re_advice_request_sw", "t02-advice-requests", "2027-05-14 12:10:44",
    GEMMA, [CRAIG], cc=[RUTH, AUDIOLOGY, PAT_TB, HAYLEY],
    subject=f"RE: Kayden Holloway ({REF}) \u2013 annual review 17/06/2027 \u2013 request for advice",
    reply_to=m003,
    new="""Hi Craig, all

Thanks for including me. I'm on annual leave from Monday 14 June until Friday 25 June, so I can't come to the review \u2013 sorry Pat, I did warn you! I'll write a short update for section H and send it to Craig and Hayley by Friday 28 May, before I go.

For information, Kayden's Special Guardianship support plan was reviewed in March. The current arrangements (the kinship carers' support group for Pat, a monthly activity through the kinship youth project, and support with contact) continue until the next review. None of that is statutory provision for section H, but it would help for the plan to mention it, as Kayden gets a lot out of the youth project.

Kind regards""",
    from_la=True, category="general",
    refs=[REF, "CSC-1184520"],
    dates=[
        D("Monday 14 June", "2027-06-14", "other"),
        D("Friday 25 June", "2027-06-25", "other"),
        D("Friday 28 May", "2027-05-28", "deadline"),
    ],
    commits=[
        C("la", "send a social care update for section H", "2027-05-28",
          "I'll write a short update for section H and send it to Craig and Hayley by Friday 28 May, before I go."),
    ],
)  # fmt: skip

m008 = M(
    8, "re_advice_request_pat", "t02-advice-requests", "2027-05-14 20:47:09",
    PAT_IOS, [GEMMA, CRAIG], cc=[RUTH, HAYLEY],
    subject=f"RE: Kayden Holloway ({REF}) \u2013 annual review 17/06/2027 \u2013 request for advice",
    reply_to=m007, fmt="alt",
    new="""Thank you all, it's so reassuring to see everyone talking to each other for once! Gemma, enjoy your holiday, you've more than earned it, and thank you for doing the update before you go. Ruth, ring me any time after 3 o'clock, I'm back from the shop by then. Just so everyone knows, Kayden has his audiology appointment on Tuesday 8 June, so he'll be out of school that morning. Audiology have said they'll send the results to Ruth and Craig afterwards.""",
    category="general",
    refs=[REF],
    dates=[D("Tuesday 8 June", "2027-06-08", "meeting")],
    commits=[
        C("health", "send the audiology results to Ruth and Craig", None,
          "Audiology have said they'll send the results to Ruth and Craig afterwards."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t04 library (not_send, council domain)

m009 = M(
    9, "library_items_due", "t04-library", "2027-05-20 07:30:00",
    LIBRARIES, [PAT_TB],
    "Your library items are due back soon",
    new="""Dear Patricia Holloway,

This is a reminder that the following items on your Fenmoor Libraries card are due for return on Thursday 27 May 2027:

  Growing Vegetables in a Small Garden - J. Marchetti
  The Complete Book of Cardigans - R. Penhallow

You can renew items up to three times online, in the Fenmoor Libraries app or at any branch, unless another customer has reserved them.

The Summer Reading Challenge starts on Saturday 10 July at every Fenmoor library. Children aged 4 to 11 can sign up for free and collect stickers and medals over the holidays.

Fenmoor Libraries
Please do not reply to this email.""",
    fmt="alt",
    from_la=True, category="not_send",
)  # fmt: skip

# ------------------------------------------------------------------ t01 again: views for the review

m010 = M(
    10, "re_ar_invitation_views", "t01-ar-invitation", "2027-05-29 10:05:51",
    PAT_TB, [HAYLEY],
    "Re: Kayden's Year 10 Annual Review \u2013 invitation",
    reply_to=m001,
    new="""Hi Hayley, I've attached my form and Kayden's My Views sheet, he did it at the kitchen table with me last night and wouldn't let me change his spelling so I haven't! In case the form doesn't open I'll put the main things here as well. He's come on so much this year. His reading is slow but he reads the football pages to me now, and he's much more confident in the Resource Base, but in the main classes he still misses a lot, especially in science where the teacher walks about and talks with her back to the class, and at lunchtime he just gives up and eats on his own because the canteen is so noisy. The new hearing aids have helped but he won't always give the radio aid transmitter to other teachers because he's embarrassed. At home he still needs everything broken down into little steps and he can't manage money or the bus on his own yet, which worries me for college. Contact with his mum (every other Saturday) is still hard and he's tired and cross on the Sundays after. What I'd like from the review is for the plan to say clearly who helps him in the main lessons, for Ruth to keep coming in as often as she does now, and for us to start looking properly at colleges with deaf support, because he's set his heart on Ravensholme since Tyler's brother went there. I'm also worried there's no proper independence work in his plan, things like travel and cooking and money. Sorry it's so long!""",
    category="annual_review",
    dates=[D("last night", "2027-05-28", "past")],
)  # fmt: skip

m011 = M(
    11, "re_ar_invitation_attachments", "t01-ar-invitation", "2027-05-29 10:11:26",
    PAT_TB, [HAYLEY],
    "Re: Kayden's Year 10 Annual Review \u2013 invitation",
    reply_to=m010,
    new="""Honestly Hayley, I'd forget my head if it wasn't screwed on. Here they are. Kayden's is a photo of his sheet because the printer's run out of ink again, I hope you can read it.""",
    attachments=[pdf("Parent carer views - P Holloway.pdf"), jpg("Kayden my views.jpg")],
    category="annual_review",
)  # fmt: skip

# ------------------------------------------------------------------ t05 review moved (calendar invitation)

ICS_012 = """BEGIN:VCALENDAR
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
ORGANIZER;CN=Hayley Dunstan:mailto:h.dunstan@fleetmarshpark.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pat Holloway:
 mailto:pat.holloway@example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Craig Mottram:
 mailto:craig.mottram@fenmoor.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ruth Amankwah:
 mailto:ruth.amankwah@fenmoor.gov.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gemma Lowther:
 mailto:gemma.lowther@fenmoor.gov.uk
UID:040000008200E00074C5B7101A82E00800000000B04E6F9C51A8DB01000000000000000
 0100000007A1C3E9F0B2D4C45B36A0E7F9D21C880
SUMMARY;LANGUAGE=en-GB:Kayden Holloway \u2013 Annual Review (Year 10)
DTSTART;TZID=GMT Standard Time:20270622T133000
DTEND;TZID=GMT Standard Time:20270622T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270601T100200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Resource Base meeting room\\, Fleetmarsh Park Academy
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""

TEAMS = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_b9fmk22>
Meeting ID: 341 882 190 557
Passcode: 7QmK4e
Learn More | Meeting options
________________________________________________________________________________"""

m012 = M(
    12, "review_moved_invitation", "t05-review-moved", "2027-06-01 11:02:00",
    HAYLEY, [PAT_TB, CRAIG, RUTH, GEMMA],
    "Updated: Kayden Holloway \u2013 Annual Review (Year 10)",
    subj_enc="q",
    new="""Hi all,

Craig has been called to a tribunal hearing on the 17th, so I have moved Kayden's review to Tuesday 22 June 2027, same time (1.30pm) and same room. Gemma \u2013 that's still during your leave, so we'll go ahead and I'll read out your update. Reports will go out by Tuesday 8 June.

There's a Teams link below for anyone who would rather join remotely.

Hayley""",
    sig="", extra_block=TEAMS,
    fmt="alt", calendar=ICS_012,
    extra_headers=[("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAJIAAAAIAAAAAAABBBBCBAA=")],
    category="appointment",
    dates=[
        D("the 17th", "2027-06-17", "meeting"),
        D("Tuesday 22 June 2027", "2027-06-22", "meeting"),
        D("Tuesday 8 June", "2027-06-08", "deadline"),
    ],
    commits=[
        C("school", "read out Gemma's update at the review", None,
          "Gemma \u2013 that's still during your leave, so we'll go ahead and I'll read out your update."),
        C("school", "circulate the review reports", "2027-06-08", "Reports will go out by Tuesday 8 June."),
    ],
)  # fmt: skip

m013 = M(
    13, "re_review_moved", "t05-review-moved", "2027-06-01 18:20:37",
    PAT_IOS, [HAYLEY],
    "RE: Updated: Kayden Holloway \u2013 Annual Review (Year 10)",
    reply_to=m012, fmt="alt",
    new="""That's fine Hayley, the 22nd suits us both. Kayden's actually quite relieved, he's got the district football tournament on the 17th so he'd have been sulking all through the meeting!""",
    category="appointment",
    dates=[
        D("the 22nd", "2027-06-22", "meeting"),
        D("the 17th", "2027-06-17", "other"),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t06 meeting notes and the review report

m014 = M(
    14, "review_notes", "t06-review-notes-report", "2027-06-23 00:35:12",
    PAT_IOS, [HAYLEY], cc=[CRAIG, RUTH],
    subject="Kayden's review - my notes",
    fmt="alt",
    new="""Dear Hayley,

I couldn't sleep so I thought I'd write this while it's all fresh in my mind. Thank you for the meeting on Tuesday, and for making Kayden feel so welcome when he came in for the second half. He was really proud of himself afterwards, although he'd never say so.

So that we're all on the same page, this is what I wrote down:

- You'll send the review report to everyone by Tuesday 6 July.
- Craig said the council will decide within four weeks whether to change the plan, so by 20 July, and that he would look into whether travel training can go into section F.
- Ruth is updating her report with what she wants for the radio aid and the communication support, and she'll send it to Craig by Friday 25 June.
- Gemma's update was read out and everyone agreed the youth project should be mentioned somewhere in the plan.
- Kayden said he'd like to go to Ravensholme College and do catering. I'm going to take him to their open evening on Wednesday 7 July.

If I've got anything wrong please tell me. Thank you again, I do know how hard you all work for him.""",
    category="annual_review",
    dates=[
        D("on Tuesday", "2027-06-22", "past"),
        D("Tuesday 6 July", "2027-07-06", "deadline"),
        D("20 July", "2027-07-20", "deadline"),
        D("Friday 25 June", "2027-06-25", "deadline"),
        D("Wednesday 7 July", "2027-07-07", "meeting"),
    ],
    commits=[
        C("school", "send the review report", "2027-07-06",
          "You'll send the review report to everyone by Tuesday 6 July."),
        C("la", "decide whether to amend the plan", "2027-07-20",
          "Craig said the council will decide within four weeks whether to change the plan, so by 20 July, and that he would look into whether travel training can go into section F."),
        C("la", "send updated advice to Craig", "2027-06-25",
          "Ruth is updating her report with what she wants for the radio aid and the communication support, and she'll send it to Craig by Friday 25 June."),
        C("parent", "take Kayden to the Ravensholme open evening", "2027-07-07",
          "I'm going to take him to their open evening on Wednesday 7 July."),
    ],
)  # fmt: skip

m015 = M(
    15, "re_review_notes_report", "t06-review-notes-report", "2027-07-02 14:15:29",
    HAYLEY, [PAT_IOS], cc=[CRAIG, RUTH],
    subject="RE: Kayden's review - my notes",
    reply_to=m014, fmt="alt",
    new="""Dear Pat,

Thank you for your notes \u2013 they match mine. The only change is that the report is coming to you today rather than on the 6th, as I've managed to finish it early for once!

The annual review report is attached, and it has gone to Craig and to everyone who was invited at the same time. The recommended amendments are in section 4: updating section B with Ruth's new advice, adding quantified in-class and small-group support from Resource Base staff to section F (at least 15 hours a week), adding travel training and independent living skills under Preparing for Adulthood, and updating sections E and H to reflect Gemma's report. Kayden's views are on page 2 in his own words (and his own spelling, as promised).

I'll let Mr Hurst at Ravensholme know that you're both going, so that he can show you the Deaf Support base.

Best wishes,""",
    attachments=[pdf("Annual Review Report - Kayden Holloway - 22.06.27.pdf")],
    category="annual_review",
    dates=[
        D("today", "2027-07-02", "other"),
        D("the 6th", "2027-07-06", "deadline"),
    ],
    commits=[
        C("school", "tell Mr Hurst about the visit", None,
          "I'll let Mr Hurst at Ravensholme know that you're both going, so that he can show you the Deaf Support base."),
    ],
)  # fmt: skip

m016 = M(
    16, "re_review_report", "t06-review-notes-report", "2027-07-03 09:40:03",
    PAT_TB, [HAYLEY],
    "Re: Kayden's review - my notes",
    reply_to=m015, bottom=True,
    new="""Thank you Hayley, that's wonderful, and thank you for putting his spelling in, he'll be thrilled (and mortified).

One thing I noticed that isn't in section 4 is the catering. Kayden said quite clearly in the meeting that he wants to do a catering course, and I think it should go into section E with his aspirations, otherwise nobody at college will know. Could you add it, or shall I ask Craig?

We're off to Ravensholme on Wednesday. I'll let you know how we get on.""",
    category="annual_review",
    dates=[D("on Wednesday", "2027-07-07", "meeting")],
    commits=[C("parent", "tell Hayley how the visit went", None, "I'll let you know how we get on.")],
)  # fmt: skip

# ------------------------------------------------------------------ t07 decision to amend, the missed date, the delay

m017 = M(
    17, "review_decision", "t07-review-decision-draft-delay", "2027-07-19 16:20:45",
    CRAIG, [PAT_TB], cc=[HAYLEY],
    subject=f"Kayden Holloway \u2013 {REF} \u2013 outcome of annual review",
    new="""Dear Mrs Holloway,

Please see below, and attached, the local authority\u2019s decision following Kayden\u2019s annual review.

Re: Kayden Holloway, date of birth 23 October 2011

Following Kayden's annual review meeting on 22 June 2027, and having considered the review report from Fleetmarsh Park Academy and the advice received, the local authority has decided to amend Kayden's Education, Health and Care plan.

We intend to make the changes recommended in the review report: updating section B with the Sensory Support Service's advice of 25 June 2027, quantifying the support in section F, adding travel training and independent living skills to the Preparing for Adulthood outcomes, and updating sections E and H.

I will send you the draft amended plan, together with a copy of the current plan and the advice it is based on, by Friday 13 August 2027. You will then have 15 days to comment on it and to ask for a meeting with me.

Yours sincerely,""",
    fmt="alt", charset="windows-1252",
    attachments=[pdf("Decision letter - annual review - K Holloway.pdf")],
    from_la=True, category="annual_review",
    refs=[REF, REV],
    dates=[
        D("23 October 2011", "2011-10-23", "past"),
        D("22 June 2027", "2027-06-22", "past"),
        D("25 June 2027", "2027-06-25", "past"),
        D("Friday 13 August 2027", "2027-08-13", "deadline"),
    ],
    commits=[
        C("la", "send the draft amended plan", "2027-08-13",
          "I will send you the draft amended plan, together with a copy of the current plan and the advice it is based on, by Friday 13 August 2027."),
    ],
)  # fmt: skip

m018 = M(
    18, "re_review_decision", "t07-review-decision-draft-delay", "2027-07-20 07:55:14",
    PAT_IOS, [CRAIG], cc=[HAYLEY],
    subject=f"RE: Kayden Holloway \u2013 {REF} \u2013 outcome of annual review",
    reply_to=m017, fmt="alt",
    new="""Thank you Craig, that's good news and much quicker than last year! We went to Ravensholme's open evening and Kayden loved it, he's talked about nothing else since, especially the training kitchen and the fact that Mr Hurst signs. Just so you know, we're away in Skegness for the week of 2 August, so if the draft comes then I won't see it until we're home, but I'll look at it as soon as we're back.""",
    category="general",
    refs=[REF],
    dates=[D("the week of 2 August", "2027-08-02", "other")],
    commits=[
        C("parent", "look at the draft on return", None,
          "Just so you know, we're away in Skegness for the week of 2 August, so if the draft comes then I won't see it until we're home, but I'll look at it as soon as we're back."),
    ],
)  # fmt: skip

m019 = M(
    19, "draft_plan_still_not_here", "t07-review-decision-draft-delay", "2027-08-16 10:02:05",
    PAT_TB, [CRAIG],
    f"Draft plan still not here - Kayden Holloway {REF}",
    reply_to=m018, bottom=True,
    new="""Dear Craig,

I hope you've had a good summer. I'm writing because we still haven't had Kayden's draft amended plan. Your letter said you would send it by Friday 13 August and nothing has come, by post or by email, and I've checked the junk folder twice. I don't want to be a nuisance, but term starts again on 6 September and Hayley told me she can't put the new support in place until the plan has been changed.

Could you let me know when it will be sent, please?""",
    category="chaser",
    refs=[REF],
    dates=[
        D("Friday 13 August", "2027-08-13", "past"),
        D("6 September", "2027-09-06", "other"),
    ],
)  # fmt: skip

m020 = M(
    20, "automatic_reply", "t07-review-decision-draft-delay", "2027-08-16 10:02:31",
    CRAIG_OOO, [PAT_TB],
    f"Automatic reply: Draft plan still not here - Kayden Holloway {REF}",
    reply_to=m019, quote="none",
    new="""Thank you for your email. I am on annual leave, returning on Tuesday 31 August, and will have limited access to email.

For urgent matters please contact the SEND Statutory Service duty line on 01632 960400 or email send.statutory@fenmoor.gov.uk.""",
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    from_la=True, category="general",
    refs=[REF],
    dates=[D("Tuesday 31 August", "2027-08-31", "other")],
)  # fmt: skip

m021 = M(
    21, "fw_draft_plan_duty", "t07-review-decision-draft-delay", "2027-08-16 19:48:50",
    PAT_IOS, [SEND_DUTY],
    f"FW: Draft plan still not here - Kayden Holloway {REF}",
    reply_to=m019, quote="iosfwd", irt=False, fmt="alt",
    new="""Hello, I've just had an automatic reply from Craig Mottram to say he's away for another fortnight. Please could somebody else look at this? Kayden's draft plan was due last Friday and I've heard nothing. My email to Craig is below. Many thanks.""",
    category="chaser",
    refs=[REF],
    dates=[D("last Friday", "2027-08-13", "past")],
)  # fmt: skip

m022 = M(
    22, "re_fw_draft_plan_duty", "t07-review-decision-draft-delay", "2027-08-18 14:30:12",
    SEND_DUTY, [PAT_IOS], cc=[CRAIG],
    subject=f"RE: FW: Draft plan still not here - Kayden Holloway {REF}",
    reply_to=m021,
    new="""Dear Mrs Holloway,

Thank you for your email, and I'm sorry you have had to chase. I have looked at Kayden's file. The draft amended plan has not gone out because we are still waiting for the costings for the new section F support from the academy, and Craig can't finish the draft without them. I emailed Mrs Dunstan today, but the academy office is closed until Thursday 2 September.

I'm afraid this means the draft won't reach you until after the start of term. Craig is back on 31 August and I have asked him to treat Kayden's plan as a priority. We aim to send the draft amended plan to you by Friday 10 September.

I apologise for the delay, and that the date in our letter has not been kept.

Kind regards,""",
    from_la=True, category="delay_notice",
    refs=[REF],
    dates=[
        D("today", "2027-08-18", "other"),
        D("Thursday 2 September", "2027-09-02", "other"),
        D("31 August", "2027-08-31", "other"),
        D("Friday 10 September", "2027-09-10", "deadline"),
    ],
    commits=[
        C("la", "send the draft amended plan", "2027-09-10",
          "We aim to send the draft amended plan to you by Friday 10 September."),
    ],
)  # fmt: skip

m023 = M(
    23, "re_re_fw_draft_plan_duty", "t07-review-decision-draft-delay", "2027-08-18 21:05:40",
    PAT_TB, [SEND_DUTY], cc=[CRAIG],
    subject=f"Re: FW: Draft plan still not here - Kayden Holloway {REF}",
    reply_to=m022, bottom=True,
    new="""Thank you Shabnam, it helps just to know what's going on. I'm not happy that it won't be until September, but I do understand it isn't your fault, and I'm grateful for an honest answer. I'll let Hayley know why it's been held up, as she'll be wondering too. I'll look out for it on the 10th.""",
    category="general",
    refs=[REF],
    dates=[D("the 10th", "2027-09-10", "deadline")],
    commits=[
        C("parent", "tell Hayley about the hold-up", None,
          "I'll let Hayley know why it's been held up, as she'll be wondering too."),
    ],
)  # fmt: skip

m024 = M(
    24, "re_draft_plan_craig_back", "t07-review-decision-draft-delay", "2027-09-03 12:45:36",
    CRAIG, [PAT_TB],
    f"RE: FW: Draft plan still not here - Kayden Holloway {REF}",
    reply_to=m023, thread_index=True,
    new="""Dear Mrs Holloway,

I\u2019m back and have picked this up \u2013 apologies again for the wait. I now have the academy\u2019s figures. I will send you the draft amended plan by Friday 17 September. I know that is a week later than Shabnam said, but I want to write the new radio aid arrangements into section F properly rather than send you something half finished.

Kind regards,""",
    fmt="alt", charset="windows-1252",
    from_la=True, category="delay_notice",
    refs=[REF, REV],
    dates=[D("Friday 17 September", "2027-09-17", "deadline")],
    commits=[
        C("la", "send the draft amended plan", "2027-09-17",
          "I will send you the draft amended plan by Friday 17 September."),
    ],
)  # fmt: skip

m025 = M(
    25, "re_draft_plan_thanks", "t07-review-decision-draft-delay", "2027-09-03 18:30:22",
    PAT_IOS, [CRAIG],
    f"RE: FW: Draft plan still not here - Kayden Holloway {REF}",
    reply_to=m024, fmt="alt",
    new="""Thank you Craig, better to have it right than rushed. Kayden's looking forward to going back next week, he's grown about three inches over the summer and none of his school trousers fit!""",
    category="general",
    refs=[REF],
)  # fmt: skip

# ------------------------------------------------------------------ t08 the draft amended plan

m026 = M(
    26, "draft_amended_plan", "t08-draft-amended-plan", "2027-09-17 15:58:10",
    CRAIG, [PAT_TB], cc=[HAYLEY],
    subject=f"Kayden Holloway \u2013 Draft Amended EHC Plan \u2013 {REF}",
    new="""Dear Mrs Holloway,

As promised, please find attached Kayden's draft amended EHC plan, the amendment notice setting out the proposed changes, his current plan and the advice the changes are based on (the review report of 2 July, Ruth Amankwah's updated advice and the audiology results).

You have 15 days from the date of this letter to send me your comments, that is until Saturday 2 October 2027. You can also ask to meet me to discuss the draft, and you can tell us if you would like a particular school or college to be named. As Kayden stays at Fleetmarsh Park Academy until the end of Year 11, we have not changed section I.

If I do not hear from you by 2 October, I will finalise the plan as drafted.

Thank you for your patience.

Kind regards,""",
    fmt="alt", charset="windows-1252",
    attachments=[
        pdf("Amendment notice - K Holloway - 17.09.27.pdf"),
        pdf("Draft amended EHC plan - Kayden Holloway.pdf"),
        pdf("Current EHC plan and advice - Kayden Holloway.pdf"),
    ],
    from_la=True, category="draft_plan",
    refs=[REF, REV],
    dates=[
        D("2 July", "2027-07-02", "past"),
        D("Saturday 2 October 2027", "2027-10-02", "deadline"),
    ],
    commits=[
        C("la", "finalise the plan as drafted", None,
          "If I do not hear from you by 2 October, I will finalise the plan as drafted."),
    ],
)  # fmt: skip

m027 = M(
    27, "re_draft_amended_plan_comments", "t08-draft-amended-plan", "2027-09-28 22:10:48",
    PAT_TB, [CRAIG], cc=[HAYLEY, RUTH],
    subject=f"Re: Kayden Holloway \u2013 Draft Amended EHC Plan \u2013 {REF}",
    reply_to=m026,
    new="""Dear Craig, thank you for the draft, it's much better than the old plan and I can see you've listened, but I have a few comments, and I've talked them through with Ruth and Hayley so I hope they make sense. Section F says Kayden will have 'Sensory Support Service input termly' but at the moment Ruth comes in six times a term and everyone at the review agreed that should carry on through Year 11, so please can it say six visits a term? The radio aid check needs to be weekly, not 'regularly', because when it isn't checked it just sits in his bag with a flat battery. The 15 hours of in-class support is brilliant but it doesn't say who gives it, and it matters, because the one TA who can sign properly is the only one he'll actually look at, so could it say a communication support worker with at least Level 3 BSL? In Preparing for Adulthood the travel training says 'when appropriate', which means never, so I'd like it to start in the autumn term of Year 11. Section E still doesn't mention the catering he wants to do. And in section H I'd like the kinship youth project mentioned as Gemma suggested. I would like to meet you to go through it, could we do Monday 4 October after school? I'll bring Kayden if it's after school as he has his own opinions about all of it! I've attached my marked-up copy with all of this on it.""",
    category="draft_plan",
    refs=[REF],
    dates=[D("Monday 4 October", "2027-10-04", "meeting")],
    commits=[
        C("parent", "bring Kayden to the meeting", None,
          "I'll bring Kayden if it's after school as he has his own opinions about all of it!"),
    ],
)  # fmt: skip

m028 = M(
    28, "re_draft_comments_attachment", "t08-draft-amended-plan", "2027-09-28 22:16:03",
    PAT_TB, [CRAIG], cc=[HAYLEY, RUTH],
    subject=f"Re: Kayden Holloway \u2013 Draft Amended EHC Plan \u2013 {REF}",
    reply_to=m027,
    new="""And here it actually is. Third time lucky with attachments this year, I'm sure Hayley's laughing at me.""",
    attachments=[pdf("Draft EHCP - Pat's comments.pdf")],
    category="draft_plan",
    refs=[REF],
)  # fmt: skip

m029 = M(
    29, "re_draft_comments_ack", "t08-draft-amended-plan", "2027-09-30 11:20:19",
    CRAIG, [PAT_TB], cc=[HAYLEY, RUTH],
    subject=f"RE: Kayden Holloway \u2013 Draft Amended EHC Plan \u2013 {REF}",
    reply_to=m028,
    new="""Dear Mrs Holloway,

Thank you \u2013 your comments and the marked-up copy both arrived safely.

Monday 4 October at 3.45pm is fine, and I'll come to the academy so that Kayden can join us; Hayley has kindly booked the Resource Base room. Most of your points look reasonable to me, but some of them need my manager's agreement, so I will confirm in writing which changes we can make by Friday 8 October.

Kind regards,""",
    fmt="alt", charset="windows-1252",
    from_la=True, category="acknowledgement",
    refs=[REF, REV],
    dates=[
        D("Monday 4 October", "2027-10-04", "meeting"),
        D("Friday 8 October", "2027-10-08", "deadline"),
    ],
    commits=[
        C("la", "come to the academy for the meeting", "2027-10-04",
          "Monday 4 October at 3.45pm is fine, and I'll come to the academy so that Kayden can join us; Hayley has kindly booked the Resource Base room."),
        C("la", "confirm which changes can be made", "2027-10-08",
          "Most of your points look reasonable to me, but some of them need my manager's agreement, so I will confirm in writing which changes we can make by Friday 8 October."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t09 final amended plan

m030 = M(
    30, "final_amended_plan", "t09-final-amended-plan", "2027-10-22 14:05:50",
    CRAIG, [PAT_TB], cc=[HAYLEY, RUTH],
    subject=f"Kayden Holloway \u2013 Final Amended EHC Plan \u2013 {REF}",
    new="""Dear Mrs Holloway,

Following our meeting at the academy on 4 October and your written comments, I attach Kayden's final amended EHC plan, dated 22 October 2027, with a covering letter.

We have made most of the changes you asked for. Sensory Support Service input stays at six visits a term, there is a weekly radio aid check in section F, the 15 hours of in-class support are to be delivered by a communication support worker with at least Level 3 BSL, and travel training starts in the autumn term of Year 11. Section E now records that Kayden wants to train in catering. We have not added the kinship youth project to section H, because it is not provision made under the Chronically Sick and Disabled Persons Act 1970; it is described in section D instead.

Section I continues to name Fleetmarsh Park Academy.

If you disagree with sections B, F or I of the plan, you can appeal to the First-tier Tribunal (Special Educational Needs and Disability). Before appealing you must contact a mediation adviser (Brookway Mediation, 01632 960915), except where the appeal is only about section I. An appeal must be made within two months of the date of this letter, that is by 22 December 2027, or within one month of the date of a mediation certificate if that is later.

Kayden\u2019s next review will be his Year 11 phase transfer review, and from November his case will be held by our Preparing for Adulthood team. Anjali Bhatt will contact you to introduce herself before then.

Yours sincerely,""",
    fmt="alt", charset="windows-1252",
    attachments=[
        pdf("Final amended EHC plan - Kayden Holloway - 22.10.27.pdf"),
        pdf("Covering letter and appeal rights.pdf"),
    ],
    from_la=True, category="final_plan",
    refs=[REF, REV],
    dates=[
        D("4 October", "2027-10-04", "past"),
        D("22 October 2027", "2027-10-22", "other"),
        D("22 December 2027", "2027-12-22", "deadline"),
    ],
    commits=[
        C("la", "Anjali Bhatt to introduce herself", None,
          "Anjali Bhatt will contact you to introduce herself before then."),
    ],
)  # fmt: skip

m031 = M(
    31, "re_final_amended_plan", "t09-final-amended-plan", "2027-10-22 19:40:27",
    PAT_IOS, [CRAIG],
    f"RE: Kayden Holloway \u2013 Final Amended EHC Plan \u2013 {REF}",
    reply_to=m030, fmt="alt",
    new="""Thank you Craig, and thank you for listening to us at the meeting and for explaining things to Kayden so patiently. I'm a bit disappointed about section H but I understand the reason and it's in the plan somewhere, which is what matters. I'll go through the plan with Kayden at the weekend, he likes to see his own words in it.""",
    category="general",
    refs=[REF],
    commits=[
        C("parent", "go through the plan with Kayden", None,
          "I'll go through the plan with Kayden at the weekend, he likes to see his own words in it."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t10 yarn order (not_send)

m032 = M(
    32, "yarn_order_dispatched", "t10-yarn-order", "2027-11-06 08:12:44",
    WOOLLY, [PAT_TB],
    "Your Woolly Ewe order WE-55812 is on its way \U0001f9f6",
    new="""Hi Pat,

Good news \u2013 your order WE-55812 has been packed with love and handed to Royal Mail (Tracked 48).

Estimated delivery: Tuesday 9 November

4 x Fenland Fog chunky merino, 100g \u2013 \u00a327.96
1 x Bamboo circular needles, 6mm, 80cm \u2013 \u00a36.50
Postage \u2013 \u00a33.20
Total \u2013 \u00a337.66

Keeping busy this winter? Our Christmas jumper kits are back, and you can take 10% off your next order with the code WINTER10 until 30 November.

Happy knitting!
The Woolly Ewe team""",
    fmt="html", cte="base64",
    category="not_send",
)  # fmt: skip

# ------------------------------------------------------------------ t11 preparing for adulthood: post-16 preferences

m033 = M(
    33, "pfa_introduction", "t11-pfa-preferences", "2027-11-08 10:30:15",
    ANJALI, [PAT_TB], cc=[HAYLEY],
    subject=f"Kayden Holloway \u2013 Preparing for Adulthood \u2013 post-16 options ({REF})",
    new="""Dear Mrs Holloway,

My name is Anjali Bhatt and I'm the Preparing for Adulthood Coordinator in the SEND 14\u201325 Team. I'll be Kayden's coordinator from now until he has settled into post-16. Craig has handed his file over to me and told me how much work you put into the last review!

Kayden finishes Year 11 next summer, which counts as a phase transfer. The law says his plan must be reviewed and amended to name the college or other setting he will attend from September 2028, and that has to happen before 31 March 2028. So that we can meet that date, I need to know what you and Kayden would like. Could you complete the attached post-16 preferences form with him and return it to me by Friday 26 November?

Once I have your preferences I will consult the colleges you name, and they then have 15 days to reply. I will also ask Ruth Amankwah to update her advice so that it covers communication support in a college setting.

I work Mondays, Tuesdays, Thursdays and Fridays. I'd be very happy to meet you and Kayden at home or in school, whichever is easier.

Kind regards,""",
    fmt="alt",
    attachments=[docx("Post-16 preferences form.docx")],
    from_la=True, category="information_request",
    refs=[REF],
    dates=[
        D("31 March 2028", "2028-03-31", "deadline"),
        D("Friday 26 November", "2027-11-26", "deadline"),
    ],
    commits=[
        C("la", "consult the colleges named", None,
          "Once I have your preferences I will consult the colleges you name, and they then have 15 days to reply."),
        C("la", "ask Ruth Amankwah to update her advice", None,
          "I will also ask Ruth Amankwah to update her advice so that it covers communication support in a college setting."),
    ],
)  # fmt: skip

m034 = M(
    34, "re_pfa_preferences", "t11-pfa-preferences", "2027-11-21 20:02:33",
    PAT_IOS, [ANJALI],
    f"RE: Kayden Holloway \u2013 Preparing for Adulthood \u2013 post-16 options ({REF})",
    reply_to=m033, irt=False, fmt="alt",
    new="""Dear Anjali, thank you so much for your email and sorry it's taken me a while, Kayden and I wanted to do the form properly together and it's been a busy few weeks with his birthday (sixteen, I can't believe it!). I've attached the form. His first choice is Ravensholme College, the Foundation Pathways course in catering and hospitality, because they have a proper Deaf Support team and Mr Hurst signs, and he went to their open evening in July and hasn't stopped talking about the training kitchen. Our second choice would be Northfen College, which is nearer but he's never been and I'm not sure they have anyone who signs. He doesn't want to stay on at Fleetmarsh Park because they don't have a sixth form for his level anyway. I'd love to meet you, and Gemma is coming to the house on Thursday 2 December for her visit, so if you could come that morning as well it would save him having to tell his story twice, which he hates. Thank you for taking this on, I know you must have a lot of young people to look after.""",
    category="general",
    refs=[REF],
    dates=[D("Thursday 2 December", "2027-12-02", "meeting")],
)  # fmt: skip

m035 = M(
    35, "re_pfa_preferences_form", "t11-pfa-preferences", "2027-11-21 20:09:58",
    PAT_IOS, [ANJALI],
    f"RE: Kayden Holloway \u2013 Preparing for Adulthood \u2013 post-16 options ({REF})",
    reply_to=m034, fmt="alt",
    new="""Sorry Anjali, I said I'd attached it and I hadn't! Here's the form, Kayden filled in his page himself.""",
    attachments=[pdf("Post 16 preferences - Kayden Holloway.pdf")],
    category="general",
    refs=[REF],
)  # fmt: skip

m036 = M(
    36, "re_pfa_visit", "t11-pfa-preferences", "2027-11-23 09:15:40",
    ANJALI, [PAT_IOS],
    f"RE: Kayden Holloway \u2013 Preparing for Adulthood \u2013 post-16 options ({REF})",
    reply_to=m035,
    new="""Dear Mrs Holloway,

Thank you both \u2013 the form is really clear, and it's lovely to have Kayden's page in his own words.

Thursday 2 December suits me, and I'll come to the house at 10am once Gemma has finished her visit. I'll consult Ravensholme College and Northfen College in the first week of January, when the colleges' high needs teams are back in and have their numbers for September.

Kind regards,""",
    fmt="alt",
    from_la=True, category="appointment",
    refs=[REF],
    dates=[D("Thursday 2 December", "2027-12-02", "meeting")],
    commits=[
        C("la", "visit Pat and Kayden at home", "2027-12-02",
          "Thursday 2 December suits me, and I'll come to the house at 10am once Gemma has finished her visit."),
        C("la", "consult both colleges", None,
          "I'll consult Ravensholme College and Northfen College in the first week of January, when the colleges' high needs teams are back in and have their numbers for September."),
    ],
)  # fmt: skip

MSGS = [
    m001, m002, m003, m004, m005, m006, m007, m008, m009, m010, m011, m012, m013, m014, m015, m016,
    m017, m018, m019, m020, m021, m022, m023, m024, m025, m026, m027, m028, m029, m030, m031, m032,
    m033, m034, m035, m036,
]  # fmt: skip
