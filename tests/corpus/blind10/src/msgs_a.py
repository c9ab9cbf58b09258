"""Messages 001-034 (September to December 2027), each with its gold labels."""

from corpuslib import C, D, M, docx, pdf
from people import (
    CASEWORK,
    CASEWORK_AUTO,
    FRAN,
    GARY,
    GARY_AUTO,
    HOLLIE,
    KIRSTY,
    LEANNE,
    LEANNE_PHONE,
    NADIA,
    RACHEL,
    SLT_ADMIN,
    STAFFBANK,
    TAMSIN,
)  # fmt: skip

E = "4410627"  # Ellis's EHC plan / person ID
R = "NA/27/0318"  # Ruby's needs-assessment case number
ENQ = "ENQ/27/5519"  # SEN Casework Team enquiry number

m001 = M(
    1,
    "ellis-annual-review-invite",
    "t01-ellis-review-2027",
    "2027-09-07 14:12:37",
    KIRSTY,
    [LEANNE],
    "Ellis \u2013 annual review",
    new="""\
Hi Leanne,

Hope the first week back has gone OK at home. Ellis came in on Monday very proud of his new lunchbox and has been telling everyone about the dinosaur on the lid.

It's that time of year again - Ellis's annual review. I've pencilled it in for Tuesday 12 October at 9.15 in the Sunflower Room. I've invited Gary Whitlow from the council's SEN team, Hollie Brannigan (speech and language) and Mr Anand, who has Ellis in Year 4 this year.

Could you fill in the parent/carer views form attached and get it back to me by Friday 24 September? If forms aren't your thing I'm very happy to do it with you over the phone - just tell me a time.

I'll send round all the reports, including Hollie's therapy update, by Tuesday 28 September so you've got two clear weeks to read them before the meeting.

Best wishes
Kirsty""",
    fmt="alt",
    attachments=[docx("Parent carer views - Annual Review.docx")],
    category="annual_review",
    dates=[
        D("on Monday", "2027-09-06", "past"),
        D("Tuesday 12 October", "2027-10-12", "meeting"),
        D("Friday 24 September", "2027-09-24", "deadline"),
        D("Tuesday 28 September", "2027-09-28", "deadline"),
    ],
    commits=[
        C(
            "school",
            "send round the review reports",
            "2027-09-28",
            "I'll send round all the reports, including Hollie's therapy update, by Tuesday 28 September so you've got two clear weeks to read them before the meeting.",
        ),
    ],
)

m002 = M(
    2,
    "re-ellis-annual-review",
    "t01-ellis-review-2027",
    "2027-09-09 01:47:12",
    LEANNE,
    [KIRSTY],
    "Re: Ellis \u2013 annual review",
    new="""\
Hi Kirsty

Thanks for sorting. Problem - I'm on nights that week and 12th Oct is slap bang in the middle of them. I will not be much use at 9.15 after a 12 hour shift!

Could we do one of these instead:
- Tues 19th Oct, any time after 9
- Thurs 21st Oct, morning

Views form - I'll fill it in at the weekend and drop it at the office on Monday.

And PLEASE can we make sure Hollie is actually in the room this year. Last year we got a report and an apology.

Thanks
Leanne""",
    parent=m001,
    quote="gmail",
    fmt="alt",
    category="appointment",
    dates=[
        D("12th Oct", "2027-10-12", "meeting"),
        D("Tues 19th Oct", "2027-10-19", "meeting"),
        D("Thurs 21st Oct", "2027-10-21", "meeting"),
        D("on Monday", "2027-09-13", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "drop the views form at the school office",
            "2027-09-13",
            "Views form - I'll fill it in at the weekend and drop it at the office on Monday.",
        ),
    ],
)

m003 = M(
    3,
    "re-ellis-review-moved",
    "t01-ellis-review-2027",
    "2027-09-09 12:31:05",
    KIRSTY,
    [LEANNE],
    "RE: Ellis \u2013 annual review",
    new="""\
Hi Leanne,

Nights are nights - no problem at all. Tuesday 19 October works for Mr Anand and me, so let's say 9.30 that morning, same room.

I've let Gary and Hollie know. I've also asked Hollie to come in person rather than just send a report, and she has said she will. I'll tell you straight away if either of them can't make the new date.

Moving the meeting means the reports will now come out by Tuesday 5 October.

Kirsty""",
    parent=m002,
    quote="outlook",
    fmt="alt",
    category="appointment",
    dates=[
        D("Tuesday 19 October", "2027-10-19", "meeting"),
        D("Tuesday 5 October", "2027-10-05", "deadline"),
    ],
    commits=[
        C(
            "health",
            "attend the review in person",
            None,
            "I've also asked Hollie to come in person rather than just send a report, and she has said she will.",
        ),
        C(
            "school",
            "tell the parent if anyone cannot make the new date",
            None,
            "I'll tell you straight away if either of them can't make the new date.",
        ),
        C(
            "school",
            "send out the review reports",
            "2027-10-05",
            "Moving the meeting means the reports will now come out by Tuesday 5 October.",
        ),
    ],
)

m004 = M(
    4,
    "ruby-request-for-assessment",
    "t02-ruby-request",
    "2027-09-14 23:52:04",
    LEANNE,
    [CASEWORK],
    "Request for EHC needs assessment \u2013 Ruby Marsh, DOB 23/09/2015",
    new="""\
Dear SEN Casework Team

I am writing to ask Brackenmoor Council to carry out an Education, Health and Care needs assessment for my daughter, Ruby Marsh (date of birth 23/09/2015), under section 36(1) of the Children and Families Act 2014.

Ruby started Year 7 at Moorside Academy this month. She has a diagnosis of dyslexia (private assessment report attached) and serious anxiety. Quick summary:
- reading age about 8 and a half - she is nearly 12
- spelling and processing speed both well below average (details in the report)
- panic attacks before school, and she missed 11 days in the summer term
- Moorside have SEN support in place but have told me themselves it isn't enough

I believe Ruby has special educational needs and that she may need special educational provision through an EHC plan. The test is MAY, so please don't send me back to another round of SEN support - she has had three years of it at primary.

You already know our family. My son Ellis has a plan with you (ref 4410627) and his annual review is coming up in October. PLEASE keep the two files apart - last year a letter meant for Ellis came addressed to Ruby.

Could you confirm the date you are treating as the date of this request? I will send Ruby's own views and a letter from our GP within the next two weeks.

Leanne Marsh
07700 900382""",
    fmt="alt",
    attachments=[
        pdf("Ruby Marsh - parental request for EHC needs assessment.pdf"),
        pdf("Ruby Marsh - specialist dyslexia assessment report.pdf"),
    ],
    category="assessment_request",
    refs=[E],
    dates=[
        D("23/09/2015", "2015-09-23", "past"),
        D("within the next two weeks", "2027-09-28", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "send Ruby's views and a GP letter",
            "2027-09-28",
            "I will send Ruby's own views and a letter from our GP within the next two weeks.",
        ),
    ],
)

m005 = M(
    5,
    "auto-acknowledgement",
    "t02-ruby-request",
    "2027-09-14 23:52:31",
    CASEWORK_AUTO,
    [LEANNE],
    "RE: Request for EHC needs assessment \u2013 Ruby Marsh, DOB 23/09/2015 [ENQ/27/5519]",
    new="""\
This is an automatic acknowledgement. Please do not reply to this message.

Thank you for contacting Brackenmoor Council's SEN Casework Team. Your email has been received and given the enquiry number ENQ/27/5519. Please quote this number if you contact us about the same matter.

Emails received after 5pm, at weekends or on bank holidays are logged on the next working day. Your email will be logged on 15/09/2027.

We aim to respond within 10 working days, by 29/09/2027.

If you are worried that a child is at risk of harm, do not wait for a reply: call the Children's Advice and Duty Service on 01632 960999 (24 hours).

SEN Casework Team
Brackenmoor Council, Civic Centre, Moor Street, Brackenmoor BK1 1AA""",
    parent=m004,
    quote="none",
    fmt="plain",
    cte="7bit",
    charset="us-ascii",
    utc=True,
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    from_la=True,
    category="acknowledgement",
    refs=[ENQ],
    dates=[
        D("15/09/2027", "2027-09-15", "other"),
        D("29/09/2027", "2027-09-29", "deadline"),
    ],
    commits=[
        C(
            "la",
            "respond to the enquiry",
            "2027-09-29",
            "We aim to respond within 10 working days, by 29/09/2027.",
        ),
    ],
)

m006 = M(
    6,
    "case-number-and-forms",
    "t02-ruby-request",
    "2027-09-17 15:40:18",
    CASEWORK,
    [LEANNE],
    "RE: Request for EHC needs assessment \u2013 Ruby Marsh, DOB 23/09/2015 [ENQ/27/5519]",
    sender=NADIA,
    reply_to_hdr=CASEWORK,
    sig=NADIA.sig,
    new="""\
Dear Ms Marsh

Thank you for your email requesting an EHC needs assessment for Ruby. Because it reached us after 5pm on 14 September, it was logged on Wednesday 15 September 2027, and the six weeks run from that date.

Ruby's case number is NA/27/0318. Please use it on anything you send us about Ruby, so that her papers stay on her file. Ellis's case stays under his own number with Gary Whitlow \u2013 I have added a note to both files.

I will take Ruby's request to the SEN Assessment Panel on Thursday 14 October. You will receive the panel's decision in writing no later than 27 October 2027.

Before the panel I need the following from you, ideally by Friday 1 October:
\u2022 the signed consent form (attached), so we can share information with Moorside Academy and with health services
\u2022 Ruby's views \u2013 the \u201cAll About Me\u201d form is attached, but anything in her own words is fine: a letter, a list, a drawing
\u2022 the GP letter you mention

I have written to Moorside Academy for their SEN support records and provision map.

Kind regards""",
    parent=m004,
    quote="outlook",
    fmt="alt",
    charset="windows-1252",
    attachments=[
        pdf("Consent to share information - EHC needs assessment.pdf"),
        docx("All About Me - secondary.docx"),
    ],
    from_la=True,
    category="information_request",
    refs=[ENQ, R],
    dates=[
        D("14 September", "2027-09-14", "past"),
        D("Wednesday 15 September 2027", "2027-09-15", "past"),
        D("Thursday 14 October", "2027-10-14", "meeting"),
        D("27 October 2027", "2027-10-27", "deadline"),
        D("Friday 1 October", "2027-10-01", "deadline"),
    ],
    commits=[
        C(
            "la",
            "take Ruby's request to the SEN Assessment Panel",
            "2027-10-14",
            "I will take Ruby's request to the SEN Assessment Panel on Thursday 14 October.",
        ),
        C(
            "la",
            "send the panel's decision in writing",
            "2027-10-27",
            "You will receive the panel's decision in writing no later than 27 October 2027.",
        ),
    ],
)

m007 = M(
    7,
    "staff-bank-shift",
    "t03-staff-bank",
    "2027-09-27 10:04:51",
    STAFFBANK,
    [LEANNE],
    "Shift booking confirmed \u2013 Ward 22 \u2013 Sat 02/10/2027",
    new="""\
Dear Leanne,

Your bank shift has been confirmed.

Ward: 22 (Acute Medical Unit), Brackenmoor General Hospital
Date: Saturday 02/10/2027
Time: 19:30 - 08:00
Grade: Band 5 Registered Nurse

Please report to the nurse in charge 15 minutes before the start of your shift. If you can no longer work this shift, cancel it through the app at least 48 hours in advance so that it can be offered to another member of staff. Timesheets must be authorised by the nurse in charge before you leave.

Staff Bank Office
Brackenmoor Hospitals NHS Foundation Trust
This is an automated message from the e-rostering system.""",
    fmt="plain",
    category="not_send",
)

m008 = M(
    8,
    "re-forms-returned",
    "t02-ruby-request",
    "2027-09-28 07:55:40",
    LEANNE,
    [CASEWORK],
    "Re: Request for EHC needs assessment \u2013 Ruby Marsh, DOB 23/09/2015 [ENQ/27/5519]",
    new="""\
Morning Nadia

Just off a night shift so apologies if this is a bit short. Attached:
- consent form, signed
- Ruby's All About Me. She wrote it herself and the spelling is hers - please DON'T tidy it up, it tells you more than any report
- letter from Dr Osei at the surgery

Ruby has had two more days off since I last wrote. Moorside know.

One question - your signature says you work Monday to Thursday. If something comes up on a Friday who do I ask for?

Leanne""",
    parent=m006,
    quote="gmail2",
    fmt="alt",
    attachments=[
        pdf("Consent form signed - Ruby Marsh.pdf"),
        pdf("Ruby - All About Me.pdf"),
        pdf("GP letter - Dr Osei.pdf"),
    ],
    category="general",
    refs=[ENQ],
)

m009 = M(
    9,
    "ellis-ar-reports",
    "t01-ellis-review-2027",
    "2027-10-05 15:58:26",
    KIRSTY,
    [LEANNE],
    "Ellis AR 19/10 \u2013 reports",
    cc=[GARY],
    new="""\
Hi Leanne (and Gary, copied in),

As promised, here are the reports for Ellis's review on the 19th:
\u2022 school report and updated one-page profile (Mr Anand and me)
\u2022 Hollie's speech and language therapy report
\u2022 your views form - thank you for getting it in so quickly

A heads-up so it isn't a surprise on the day: Hollie's report recommends that from January Ellis moves from weekly sessions to a block of therapy each term, with our TA carrying out a programme in between. I know you'll have strong views on that, and the review is exactly the place to discuss it.

Any questions before then, just shout.

Kirsty""",
    parent=m003,
    quote="outlook",
    fmt="alt",
    attachments=[
        pdf("Ellis Marsh - school report for annual review.pdf"),
        pdf("Ellis Marsh - SLT report Oct 2027.pdf"),
        pdf("Ellis Marsh - parent views.pdf"),
    ],
    category="annual_review",
    dates=[D("the 19th", "2027-10-19", "meeting")],
)

m010 = M(
    10,
    "slt-service-change-letter",
    "t04-ellis-slt-service",
    "2027-10-08 11:20:09",
    SLT_ADMIN,
    [LEANNE],
    "Ellis Marsh \u2013 changes to speech and language therapy from January 2028",
    new="""\
Dear Ms Marsh

Re: Ellis Marsh, DOB 07/10/2018, NHS No. 485 221 9073

I am writing to let you know about changes to the way the Brackenmoor Children's Speech and Language Therapy Service will work with children in mainstream primary schools from January 2028.

Following a review of our service, and because of the number of children now referred to us, children who currently receive weekly therapy in school will instead receive a block of six therapy sessions each term. Between blocks, the therapist will set a programme for school staff to deliver and will review it with them at the end of each block.

For Ellis, this means that his weekly sessions with Hollie Brannigan will finish at the end of the autumn term, on Friday 17 December 2027. His first block will start in the week beginning 17 January 2028.

Hollie will explain the new model at Ellis's annual review and will be happy to answer your questions. If you would like to discuss this letter, please contact me on the number below.

Yours sincerely""",
    fmt="plain",
    category="general",
    dates=[
        D("07/10/2018", "2018-10-07", "past"),
        D("Friday 17 December 2027", "2027-12-17", "other"),
        D("the week beginning 17 January 2028", "2028-01-17", "other"),
    ],
    commits=[
        C(
            "health",
            "explain the new model at the annual review",
            None,
            "Hollie will explain the new model at Ellis's annual review and will be happy to answer your questions.",
        ),
    ],
)

m011 = M(
    11,
    "re-slt-change-not-agreed",
    "t04-ellis-slt-service",
    "2027-10-09 02:10:44",
    LEANNE,
    [SLT_ADMIN],
    "Re: Ellis Marsh \u2013 changes to speech and language therapy from January 2028",
    new="""\
Dear Ms Mounsey

I've just got in from work and read your letter twice.

Ellis has Down syndrome. His speech is the thing that stops people understanding him and stops him joining in. Section F of his EHC plan says (word for word):

"45 minutes per week of direct speech and language therapy delivered by a qualified speech and language therapist"

That is not a "model". It is what the council has a legal duty to make sure he gets, and nobody has changed his plan. A letter from the therapy service can't change it.

So:
- I do NOT agree to Ellis's weekly sessions stopping on 17 December
- I would like to know who decided this and whether anyone looked at his plan first
- I'll be at his review on 19 October and I expect Hollie to be there too

I am sending your letter to the council's SEN team as well.

Leanne Marsh""",
    parent=m010,
    quote="gmail",
    fmt="alt",
    category="general",
    dates=[
        D("17 December", "2027-12-17", "other"),
        D("19 October", "2027-10-19", "meeting"),
    ],
    commits=[
        C(
            "parent",
            "attend Ellis's review",
            "2027-10-19",
            "I'll be at his review on 19 October and I expect Hollie to be there too",
        ),
        C(
            "parent",
            "send the letter to the council's SEN team",
            None,
            "I am sending your letter to the council's SEN team as well.",
        ),
    ],
)

m012 = M(
    12,
    "fwd-slt-letter-to-la",
    "t05-slt-forward-to-la",
    "2027-10-09 02:26:13",
    LEANNE,
    [GARY],
    "Fwd: Ellis Marsh \u2013 changes to speech and language therapy from January 2028",
    new="""\
Gary - see below from the speech therapy service. They are stopping Ellis's weekly therapy at Christmas and replacing it with 6 sessions a term. His plan says 45 mins a WEEK, and as far as I know nobody has amended it.

Can you confirm, before the review on the 19th, that the council will make sure his weekly therapy carries on until the plan is properly changed (if it ever is)?

Thanks
Leanne Marsh
Ellis Marsh - ID 4410627""",
    parent=m010,
    quote="fwd",
    irt=False,
    fmt="alt",
    category="general",
    refs=[E],
    dates=[D("the 19th", "2027-10-19", "meeting")],
)

m013 = M(
    13,
    "re-fwd-slt-gary",
    "t05-slt-forward-to-la",
    "2027-10-11 09:14:57",
    GARY,
    [LEANNE],
    "RE: Ellis Marsh \u2013 changes to speech and language therapy from January 2028",
    new="""\
Morning Ms Marsh,

Thanks for sending this over \u2013 I hadn\u2019t seen the service\u2019s letter.

You\u2019re right that Ellis\u2019s plan is what counts. Section F can only be changed through the review and amendment process, and until that happens the council has to make sure the provision in his plan is delivered. I emailed Rachel Mounsey this morning to ask the service to keep Ellis\u2019s weekly sessions going while his plan stands as it is.

I will put the therapy service\u2019s proposal on the agenda for Ellis\u2019s review on Tuesday 19 October so that it can be discussed properly with Hollie there. I\u2019ll confirm in writing once I have the service\u2019s answer.

Regards
Gary""",
    parent=m012,
    quote="outlook",
    fmt="alt",
    charset="windows-1252",
    from_la=True,
    category="general",
    dates=[
        D("this morning", "2027-10-11", "other"),
        D("Tuesday 19 October", "2027-10-19", "meeting"),
    ],
    commits=[
        C(
            "la",
            "put the therapy proposal on the review agenda",
            "2027-10-19",
            "I will put the therapy service\u2019s proposal on the agenda for Ellis\u2019s review on Tuesday 19 October so that it can be discussed properly with Hollie there.",
        ),
        C(
            "la",
            "confirm in writing once the service answers",
            None,
            "I\u2019ll confirm in writing once I have the service\u2019s answer.",
        ),
    ],
)

m014 = M(
    14,
    "re-slt-team-lead",
    "t04-ellis-slt-service",
    "2027-10-12 16:45:30",
    RACHEL,
    [LEANNE],
    "RE: Ellis Marsh \u2013 changes to speech and language therapy from January 2028",
    cc=[GARY],
    new="""\
Dear Ms Marsh

Thank you for your email, and I'm sorry the letter came as a shock. Gary Whitlow has also been in touch.

The change was agreed by the Trust's children's services board in the summer and applies to all mainstream primary schools. We did not look at each child's plan individually before the letters went out, and I accept that we should have.

Hollie will carry on seeing Ellis weekly until the end of this term, as now. Whether that continues after Christmas depends on what the council decides at and after his review. We will follow whatever Ellis's plan says. I have told Gary the same.

Hollie will be at the review on 19 October and will bring the evidence behind her recommendation.

Kind regards
Rachel""",
    parent=m011,
    quote="outlook",
    fmt="alt",
    category="general",
    dates=[D("19 October", "2027-10-19", "meeting")],
    commits=[
        C(
            "health",
            "continue weekly sessions until the end of term",
            None,
            "Hollie will carry on seeing Ellis weekly until the end of this term, as now.",
        ),
        C(
            "health",
            "follow what Ellis's plan says",
            None,
            "We will follow whatever Ellis's plan says.",
        ),
        C(
            "health",
            "attend the review with the evidence",
            "2027-10-19",
            "Hollie will be at the review on 19 October and will bring the evidence behind her recommendation.",
        ),
    ],
)

m015 = M(
    15,
    "ruby-support-in-school",
    "t06-ruby-moorside-support",
    "2027-10-14 17:30:02",
    FRAN,
    [LEANNE],
    "Ruby \u2013 support in school",
    new="""\
Dear Ms Marsh,

I wanted to update you after my chat with Ruby.

She told me that the worst part of the day is walking into form time with everyone already there. She can now come in through Student Services at 8.35, spend registration in the Hub with Mrs Yates and go to period 1 from there. Her form tutor knows.

We have also started her on a reading intervention three mornings a week, and all her subject teachers have a copy of her dyslexia report.

I sent Ruby's SEN support records and our provision map to Nadia Kowalczyk at the council last week for the panel. I will ring you on Tuesday after school to see how the new morning routine is going.

Kind regards,""",
    fmt="alt",
    category="general",
    dates=[D("on Tuesday", "2027-10-19", "meeting")],
    commits=[
        C(
            "school",
            "ring the parent about the morning routine",
            "2027-10-19",
            "I will ring you on Tuesday after school to see how the new morning routine is going.",
        ),
    ],
)

m016 = M(
    16,
    "re-ruby-support-call",
    "t06-ruby-moorside-support",
    "2027-10-15 00:22:48",
    LEANNE_PHONE,
    [FRAN],
    "Re: Ruby \u2013 support in school",
    utc=True,
    new="""\
Thank you - the Hub idea is brilliant, she actually smiled when I told her.

Tuesday's no good, Ellis has his review in the morning and then I'm on a late. Could you ring Wednesday before 10?

Leanne""",
    parent=m015,
    quote="apple",
    fmt="plain",
    category="appointment",
    dates=[
        D("Tuesday", "2027-10-19", "meeting"),
        D("Wednesday before 10", "2027-10-20", "meeting"),
    ],
)

m017 = M(
    17,
    "ellis-review-notes",
    "t07-ellis-review-notes",
    "2027-10-19 23:10:35",
    LEANNE,
    [KIRSTY],
    "Ellis \u2013 my notes from today's review",
    cc=[GARY, HOLLIE],
    new="""\
Hi all

Thanks for this morning. My notes, so we all have the same record - please tell me by Friday if anything is wrong.

Agreed:
- Ellis has made good progress with signing and with reading (he now reads 40+ words on sight)
- Section B needs updating - the plan still describes him as he was in Reception
- his outcomes need rewriting for Key Stage 2

Speech and language:
- Hollie explained the block model. I said I do NOT agree to it replacing weekly therapy
- Hollie said Ellis's understanding has improved but his speech is still very hard for new people to follow
- Gary said the council would decide on Section F after the review and not before

Actions:
- Kirsty will send the review report to the council by Tuesday 2 November
- Hollie will send updated therapy targets to Kirsty and me by the end of the month
- Gary will write with the council's decision within four weeks, so by 16 November, and said any proposed changes to the plan will come with it
- I will send Ellis's "about me" page (we're doing it with photos) to Kirsty by Monday

Leanne""",
    fmt="alt",
    category="annual_review",
    dates=[
        D("this morning", "2027-10-19", "meeting"),
        D("by Friday", "2027-10-22", "deadline"),
        D("Tuesday 2 November", "2027-11-02", "deadline"),
        D("by the end of the month", "2027-10-31", "deadline"),
        D("16 November", "2027-11-16", "deadline"),
        D("by Monday", "2027-10-25", "deadline"),
    ],
    commits=[
        C(
            "school",
            "send the review report to the council",
            "2027-11-02",
            "Kirsty will send the review report to the council by Tuesday 2 November",
        ),
        C(
            "health",
            "send updated therapy targets",
            "2027-10-31",
            "Hollie will send updated therapy targets to Kirsty and me by the end of the month",
        ),
        C(
            "la",
            "write with the council's decision and proposed changes",
            "2027-11-16",
            "Gary will write with the council's decision within four weeks, so by 16 November, and said any proposed changes to the plan will come with it",
        ),
        C(
            "parent",
            "send Ellis's about me page to the school",
            "2027-10-25",
            "I will send Ellis's \"about me\" page (we're doing it with photos) to Kirsty by Monday",
        ),
    ],
)

m018 = M(
    18,
    "ruby-decision-letter-wrong-name",
    "t08-ruby-decision",
    "2027-10-20 13:05:11",
    CASEWORK,
    [LEANNE],
    "Ruby Marsh \u2013 NA/27/0318 \u2013 outcome of request for EHC needs assessment",
    sender=NADIA,
    reply_to_hdr=CASEWORK,
    new="""\
Dear Ms Marsh

Please find attached a letter regarding Ellis.

Kind regards""",
    fmt="alt",
    attachments=[pdf("NA-27-0318 Ruby Marsh - decision to carry out EHC needs assessment.pdf")],
    from_la=True,
    category="decision_to_assess",
    refs=[R],
)

m019 = M(
    19,
    "re-which-child",
    "t08-ruby-decision",
    "2027-10-20 22:14:26",
    LEANNE_PHONE,
    [CASEWORK],
    "Re: Ruby Marsh \u2013 NA/27/0318 \u2013 outcome of request for EHC needs assessment",
    new="""\
Which child is this about?? The email says Ellis, the attachment is called Ruby and the letter inside says you ARE going to assess Ruby.

If it's Ruby - great news, thank you. But I need that confirmed properly, and I need to know what happens next and when.

If there is also a letter for Ellis I haven't got it. His review was only yesterday.

This is exactly what I asked you not to do.

Leanne""",
    parent=m018,
    quote="apple",
    fmt="plain",
    category="information_request",
    refs=[R],
    dates=[D("yesterday", "2027-10-19", "past")],
)

m020 = M(
    20,
    "re-decision-confirmed-ruby",
    "t08-ruby-decision",
    "2027-10-21 10:02:40",
    NADIA,
    [LEANNE],
    "RE: Ruby Marsh \u2013 NA/27/0318 \u2013 outcome of request for EHC needs assessment",
    cc=[CASEWORK],
    reply_to_hdr=CASEWORK,
    new="""\
Dear Ms Marsh

I am very sorry. The covering email was sent from a template that still had Ellis's name in it. There is no letter for Ellis \u2013 the only letter is Ruby's, and it is correct.

To confirm: the SEN Assessment Panel met on 14 October and agreed that Brackenmoor Council will carry out an EHC needs assessment for Ruby.

What happens next:
\u2022 this week and next I will ask for advice from Moorside Academy, from an educational psychologist, and from the community paediatric service about Ruby's anxiety
\u2022 each of them has six weeks to reply
\u2022 I will also ask for your own advice (your views on Ruby's needs and what she wants for her future), and I will send you the form for that
\u2022 if the council decides to issue a plan, you will get a draft first and have 15 days to comment

The law says the whole process must be finished within 20 weeks of your request, which for Ruby is 2 February 2028. I will keep you updated as the advice comes in.

Nadia""",
    parent=m019,
    quote="outlook",
    fmt="alt",
    from_la=True,
    category="decision_to_assess",
    refs=[R],
    dates=[
        D("14 October", "2027-10-14", "past"),
        D("2 February 2028", "2028-02-02", "deadline"),
    ],
    commits=[
        C(
            "la",
            "ask for advice from the school, an EP and the paediatric service",
            None,
            "this week and next I will ask for advice from Moorside Academy, from an educational psychologist, and from the community paediatric service about Ruby's anxiety",
        ),
        C(
            "la",
            "send the parent the parental advice form",
            None,
            "I will also ask for your own advice (your views on Ruby's needs and what she wants for her future), and I will send you the form for that",
        ),
        C("la", "keep the parent updated", None, "I will keep you updated as the advice comes in."),
    ],
)

m021 = M(
    21,
    "ruby-advice-requests",
    "t09-ruby-advice",
    "2027-11-02 14:30:55",
    CASEWORK,
    [LEANNE],
    "Ruby Marsh NA/27/0318 \u2013 requests for advice and your parental advice",
    sender=NADIA,
    reply_to_hdr=CASEWORK,
    sig=NADIA.sig,
    new="""\
Dear Ms Marsh

As promised, I have now sent requests for advice for Ruby's EHC needs assessment to:
1. Moorside Academy (Mrs Okonjo, SENCo)
2. Dr Tamsin Greaves, Educational Psychologist, who will contact you to arrange to see Ruby
3. Dr Hassan Malik, Consultant Community Paediatrician, about Ruby's anxiety and general health

All three requests went out today, so their advice is due by 14 December 2027.

I have not asked children's social care for advice, as you told me there is no social worker involved; please let me know if that is wrong.

Your own advice is just as important. Please complete the attached parent/carer advice form and send it back by Tuesday 30 November. You can write as much or as little as you like.

Kind regards""",
    fmt="alt",
    attachments=[docx("Parent carer advice - EHC needs assessment.docx")],
    from_la=True,
    category="information_request",
    refs=[R],
    dates=[
        D("today", "2027-11-02", "other"),
        D("14 December 2027", "2027-12-14", "deadline"),
        D("Tuesday 30 November", "2027-11-30", "deadline"),
    ],
    commits=[
        C(
            "la",
            "contact the parent to arrange to see Ruby",
            None,
            "Dr Tamsin Greaves, Educational Psychologist, who will contact you to arrange to see Ruby",
        ),
    ],
)

m022 = M(
    22,
    "re-review-notes-report",
    "t07-ellis-review-notes",
    "2027-11-02 16:05:19",
    KIRSTY,
    [LEANNE],
    "RE: Ellis \u2013 my notes from today's review",
    cc=[GARY, HOLLIE],
    new="""\
Hi Leanne,

Your notes match mine - thank you. The only thing I'd add is that Mr Anand mentioned Ellis is now using his communication book to ask for the toilet, which is a big step.

The review report is attached. It went to Gary at the council this morning, so it's in on time. Hollie's new targets arrived on Friday and are in the report as an appendix.

Kirsty""",
    parent=m017,
    quote="outlook",
    fmt="alt",
    attachments=[pdf("Ellis Marsh - Annual Review report 19.10.27.pdf")],
    category="annual_review",
    dates=[
        D("this morning", "2027-11-02", "other"),
        D("on Friday", "2027-10-29", "past"),
    ],
)

m023 = M(
    23,
    "ep-visit-proposal",
    "t10-ruby-ep",
    "2027-11-10 09:40:03",
    TAMSIN,
    [LEANNE],
    "Ruby Marsh \u2013 educational psychology assessment",
    new="""\
Dear Ms Marsh

I have been asked by the SEN Casework Team to provide psychological advice for Ruby's EHC needs assessment.

I would like to observe Ruby in a couple of lessons at Moorside and then spend some time with her on her own, and I would also like to talk to you. I am planning to be at Moorside on Tuesday 23 November. Could you meet me there at 2.30pm that day, after I have seen Ruby? If that is difficult, a phone call is fine.

Could you also let me know whether Ruby knows I am coming? Some young people prefer to be told in advance; others worry less if they aren't.

Best wishes""",
    fmt="plain",
    from_la=True,
    category="appointment",
    dates=[D("Tuesday 23 November", "2027-11-23", "meeting")],
)

m024 = M(
    24,
    "re-ep-visit-alternatives",
    "t10-ruby-ep",
    "2027-11-10 21:55:30",
    LEANNE,
    [TAMSIN],
    "Re: Ruby Marsh \u2013 educational psychology assessment",
    new="""\
Hi Dr Greaves

23rd is a problem, I'm on a late (12-8). Could you do:
- Thursday 25th, any time
- or phone me in my break on the day, around 4?

Ruby knows someone is coming to "help school understand her reading". She's OK with that. Please don't take her out of maths, it's the one lesson she likes.

Leanne Marsh""",
    parent=m023,
    quote="gmail",
    fmt="alt",
    category="appointment",
    dates=[
        D("23rd", "2027-11-23", "meeting"),
        D("Thursday 25th", "2027-11-25", "meeting"),
    ],
)

m025 = M(
    25,
    "re-ep-visit-confirmed",
    "t10-ruby-ep",
    "2027-11-11 08:50:12",
    TAMSIN,
    [LEANNE],
    "RE: Ruby Marsh \u2013 educational psychology assessment",
    cc=[FRAN],
    new="""\
Dear Ms Marsh

Thursday 25th is fine. I will see Ruby in the morning (not in maths - noted!) and meet you in Student Services at Moorside at 1.30pm. I have copied Mrs Okonjo in so that school knows.

Best wishes
Tamsin""",
    parent=m024,
    quote="outlook",
    fmt="plain",
    from_la=True,
    category="appointment",
    dates=[D("Thursday 25th", "2027-11-25", "meeting")],
    commits=[
        C(
            "la",
            "see Ruby and meet the parent at Moorside",
            None,
            "I will see Ruby in the morning (not in maths - noted!) and meet you in Student Services at Moorside at 1.30pm.",
        ),
    ],
)

m026 = M(
    26,
    "ellis-review-outcome-letter",
    "t11-ellis-review-outcome",
    "2027-11-11 16:12:44",
    CASEWORK,
    [LEANNE],
    "Ellis Marsh (ID: 4410627) \u2013 Annual Review outcome",
    sender=GARY,
    reply_to_hdr=CASEWORK,
    new="""\
Dear Ms Marsh,

Please find attached a letter regarding Ellis.

Kind regards,""",
    fmt="alt",
    attachments=[pdf("Ellis Marsh - outcome of annual review - decision to amend.pdf")],
    from_la=True,
    category="annual_review",
    refs=[E],
)

m027 = M(
    27,
    "re-where-are-amendments",
    "t11-ellis-review-outcome",
    "2027-11-12 06:58:03",
    LEANNE_PHONE,
    [CASEWORK],
    "Re: Ellis Marsh (ID: 4410627) \u2013 Annual Review outcome",
    new="""\
Gary - read the letter on my break. So the council is going to amend the plan. Good. But where are the proposed amendments? The letter says they "will follow". You said at the review they'd come WITH the decision, and the 4 weeks are up on Tuesday.

When will I get the draft amended plan?

Leanne""",
    parent=m026,
    quote="apple",
    fmt="plain",
    category="information_request",
    refs=[E],
    dates=[D("on Tuesday", "2027-11-16", "deadline")],
)

m028 = M(
    28,
    "re-amendments-wc-29-nov",
    "t11-ellis-review-outcome",
    "2027-11-12 11:30:27",
    GARY,
    [LEANNE],
    "RE: Ellis Marsh (ID: 4410627) \u2013 Annual Review outcome",
    cc=[CASEWORK],
    new="""\
Morning Ms Marsh,

You\u2019re right, and I\u2019m sorry. The decision letter should have gone with the proposed amendments, and I said it would. We have a backlog of amendments after the autumn reviews and Ellis\u2019s are not finished yet.

I will send you Ellis\u2019s draft amended plan in the week commencing 29 November. I am rewriting sections B and E myself from the review report, and Section F will reflect the council\u2019s decision about speech and language therapy.

Regards
Gary""",
    parent=m027,
    quote="outlook",
    fmt="alt",
    charset="windows-1252",
    from_la=True,
    category="delay_notice",
    refs=[E],
    dates=[D("the week commencing 29 November", "2027-11-29", "other")],
    commits=[
        C(
            "la",
            "send the draft amended plan",
            None,
            "I will send you Ellis\u2019s draft amended plan in the week commencing 29 November.",
        ),
    ],
)

m029 = M(
    29,
    "re-parental-advice-sent",
    "t09-ruby-advice",
    "2027-11-29 23:40:08",
    LEANNE,
    [CASEWORK],
    "Re: Ruby Marsh NA/27/0318 \u2013 requests for advice and your parental advice",
    new="""\
Hi Nadia

My parental advice for Ruby is attached. It's due tomorrow so for once I'm early.

The short version, if you only read one bit:
1. Ruby is bright. Her reading stops everyone seeing it
2. She needs teaching from a SPECIALIST dyslexia teacher, not just a computer program
3. The anxiety is about feeling stupid in front of other people. Fix the first two and a lot of it gets better
4. She wants to stay at Moorside. So do I

Ruby has done her own page too, it's the last one.

Leanne""",
    parent=m021,
    quote="gmail",
    fmt="alt",
    attachments=[pdf("Ruby Marsh - parent carer advice.pdf")],
    category="general",
    refs=[R],
    dates=[D("tomorrow", "2027-11-30", "deadline")],
)

m030 = M(
    30,
    "ellis-draft-amended-chaser",
    "t12-ellis-draft-chase",
    "2027-12-03 13:20:10",
    LEANNE,
    [GARY],
    "Ellis Marsh 4410627 \u2013 draft amended plan \u2013 STILL waiting",
    cc=[CASEWORK],
    new="""\
Gary

Further to your email of 12 November. You said I would get Ellis's draft amended plan in the week commencing 29 November. The week is nearly over and nothing has come.

Timeline as I see it:
- review meeting 19 October
- decision letter 11 November (already late, and without the amendments)
- the council's own 4 weeks ran out on 16 November

Please send the draft amended plan by Friday 10 December, or give me a date in writing that you will actually keep.

I also need to know what is happening to Ellis's speech therapy after 17 December. Nobody has told me.

Leanne Marsh""",
    fmt="alt",
    extra_headers=[("Disposition-Notification-To", "Leanne Marsh <leanne.marsh@example.net>")],
    category="chaser",
    refs=[E],
    dates=[
        D("12 November", "2027-11-12", "past"),
        D("the week commencing 29 November", "2027-11-29", "past"),
        D("19 October", "2027-10-19", "past"),
        D("11 November", "2027-11-11", "past"),
        D("16 November", "2027-11-16", "past"),
        D("Friday 10 December", "2027-12-10", "deadline"),
        D("17 December", "2027-12-17", "other"),
    ],
)

m031 = M(
    31,
    "automatic-reply-gary",
    "t12-ellis-draft-chase",
    "2027-12-03 13:20:22",
    GARY_AUTO,
    [LEANNE],
    "Automatic reply: Ellis Marsh 4410627 \u2013 draft amended plan \u2013 STILL waiting",
    new="""\
Thank you for your email. I am on annual leave and will be back in the office on Monday 13 December. I will not be checking my emails while I am away.

If your email is urgent, please contact the SEN Casework Team on 01632 960700 or at sencasework@brackenmoor.gov.uk, quoting the child's name and date of birth.

Gary Whitlow
EHC Coordinator (Reviews)""",
    parent=m030,
    quote="none",
    fmt="alt",
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    from_la=True,
    category="general",
    refs=[E],
    dates=[D("Monday 13 December", "2027-12-13", "other")],
)

m032 = M(
    32,
    "ep-advice-sent",
    "t10-ruby-ep",
    "2027-12-08 15:15:36",
    TAMSIN,
    [LEANNE],
    "RE: Ruby Marsh \u2013 educational psychology assessment",
    new="""\
Dear Ms Marsh

Thank you for meeting me on the 25th, and please thank Ruby for working so hard with me - she kept going long after most twelve-year-olds would have stopped.

My psychological advice is attached. I have sent it to Nadia Kowalczyk today as well. The main points are in the summary on page 1, and I have tried to make the recommendations in section 6 specific enough to go straight into a plan.

If anything in it is factually wrong, please tell me by Friday 17 December and I will correct it before the plan is drafted.

Best wishes
Tamsin""",
    parent=m025,
    quote="outlook",
    fmt="plain",
    attachments=[pdf("Ruby Marsh - psychological advice (EP) December 2027.pdf")],
    from_la=True,
    category="general",
    dates=[
        D("the 25th", "2027-11-25", "past"),
        D("today", "2027-12-08", "other"),
        D("Friday 17 December", "2027-12-17", "deadline"),
    ],
    commits=[
        C(
            "la",
            "correct factual errors in the advice",
            None,
            "If anything in it is factually wrong, please tell me by Friday 17 December and I will correct it before the plan is drafted.",
        ),
    ],
)

m033 = M(
    33,
    "re-chaser-delay-wrong-child",
    "t12-ellis-draft-chase",
    "2027-12-14 11:47:50",
    CASEWORK,
    [LEANNE],
    "RE: Ellis Marsh 4410627 \u2013 draft amended plan \u2013 STILL waiting",
    sender=GARY,
    reply_to_hdr=GARY,
    sig=GARY.sig,
    new="""\
Dear Ms Marsh,

Thank you for your email of 3 December, which I picked up on my return yesterday. I\u2019m sorry you have had to chase.

I\u2019m afraid Ruby\u2019s draft amended plan is not ready. The review amendments have taken far longer than we planned, and I also need a final position from the speech and language therapy service on Section F, which I am still waiting for.

I will send you the draft amended plan by Friday 14 January 2028. I know this is well outside the timescale and I apologise.

On therapy after 17 December: the service has agreed to keep seeing Ellis weekly until his amended plan is finalised. I will ask Rachel Mounsey to confirm that to you directly.

Regards,
Gary""",
    parent=m030,
    quote="outlook",
    fmt="alt",
    charset="windows-1252",
    from_la=True,
    category="delay_notice",
    refs=[E],
    dates=[
        D("3 December", "2027-12-03", "past"),
        D("yesterday", "2027-12-13", "past"),
        D("Friday 14 January 2028", "2028-01-14", "deadline"),
        D("17 December", "2027-12-17", "other"),
    ],
    commits=[
        C(
            "la",
            "send the draft amended plan",
            "2028-01-14",
            "I will send you the draft amended plan by Friday 14 January 2028.",
        ),
        C(
            "la",
            "ask the therapy service to confirm to the parent",
            None,
            "I will ask Rachel Mounsey to confirm that to you directly.",
        ),
    ],
)

m034 = M(
    34,
    "re-ruby-has-no-plan",
    "t12-ellis-draft-chase",
    "2027-12-14 21:30:06",
    LEANNE,
    [GARY],
    "Re: Ellis Marsh 4410627 \u2013 draft amended plan \u2013 STILL waiting",
    cc=[CASEWORK],
    new="""\
Gary

RUBY doesn't have a plan. Ruby is being assessed by Nadia under NA/27/0318. This is about ELLIS, 4410627. Please check which child's file you've been working on, because if Ruby's papers have ended up on Ellis's file (or the other way round) I need to know now.

On the rest:
- 14 January is two months after the amendments should have come. I'll hold you to it
- if weekly therapy is carrying on after Christmas, I want that from the therapy service in writing before 17 December, not after

If the draft isn't here by the 14th I will make a formal complaint.

Leanne""",
    parent=m033,
    quote="gmail",
    fmt="alt",
    category="chaser",
    refs=[E, R],
    dates=[
        D("14 January", "2028-01-14", "deadline"),
        D("17 December", "2027-12-17", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "make a formal complaint if the draft is late",
            None,
            "If the draft isn't here by the 14th I will make a formal complaint.",
        ),
    ],
)

MSGS = [
    m001, m002, m003, m004, m005, m006, m007, m008, m009, m010, m011, m012, m013, m014, m015, m016,
    m017, m018, m019, m020, m021, m022, m023, m024, m025, m026, m027, m028, m029, m030, m031, m032,
    m033, m034,
]  # fmt: skip
