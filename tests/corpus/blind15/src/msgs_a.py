"""Messages from March to mid-September 2027: school evidence, the request, the late decision,
the advice-gathering, the EP waiting list, the change of case officer and the missed 20 weeks."""

from corpuslib import Att, C, D, M, fake_docx, fake_jpeg, fake_pdf
from people import (
    CRAIG,
    FIONA,
    HEARING_BOOKINGS,
    HOLLIE,
    LOMAX,
    MARCIA,
    NICOLA,
    OWEN,
    PRIYANKA,
    SANJAY,
    SENTEAM,
)  # fmt: skip

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
REF = "PB/EHC/27/00562"

# ------------------------------------------------------------------ t01 school evidence

m_fiona_next_steps = M(
    slug="ellie_next_steps",
    thread="t01-school-evidence",
    date="2027-03-22 15:40:11",
    frm=FIONA,
    to=[CRAIG],
    subject="Ellie - next steps after parents' evening",
    new="""\
Hi Mr Mellor,

Thank you for coming in on Thursday. I know it was a struggle to get here straight from bed, and it really helped to talk it all through properly.

As promised, here is a summary of what we talked about.

- Ellie has made lovely progress with reading whole words, but in phonics and number she is still working well below the rest of Year 3, and she relies more and more on her 1:1 in lessons.
- Her hearing aids are in most days, but the radio aid keeps cutting out and we don't always notice straight away. Mrs Abernethy from Sensory Support has only been in once this year.
- We have spent all the top-up funding we get for her, and honestly we are at the limit of what we can do under SEN support.

I think the time has come to ask Pellingford for an EHC needs assessment. Parents can ask directly, and a request from you with our evidence behind it is often the quickest route. I will send you Ellie's SEN support plan, her provision map and our last two reviews by Thursday 25 March, which is our last day before the Easter holiday.

If it would help, I am happy to look over a draft of the request before it goes.

Best wishes,""",
    fmt="alt",
    category="general",
    dates=[
        D("on Thursday", "2027-03-18", "past"),
        D("Thursday 25 March", "2027-03-25", "deadline"),
    ],
    commits=[
        C(
            "school",
            "send SEN support plan, provision map and reviews",
            "2027-03-25",
            "I will send you Ellie's SEN support plan, her provision map and our last two reviews by Thursday 25 March, which is our last day before the Easter holiday.",
        )
    ],
)

m_craig_lets_do_it = M(
    slug="re_ellie_next_steps",
    thread="t01-school-evidence",
    date="2027-03-23 06:52:40",
    frm=CRAIG,
    to=[FIONA],
    subject="Re: Ellie - next steps after parents' evening",
    reply_to=m_fiona_next_steps,
    quote="samsung",
    new="""\
hi fiona thanks for this and for thursday. yes lets do it.

my sister nicola is going to help me with the letter, shes much better at that stuff than me and she does all the forms for our mum. can you send things to her as well as me, nicola.brannigan@example.org

mornings are no good for me as i finish at 6 and sleep till 1 ish. after 2 is fine

craig""",
    cte="base64",
    category="general",
    dates=[D("thursday", "2027-03-18", "past")],
    commits=[
        C(
            "parent",
            "Nicola to help with the request letter",
            None,
            "my sister nicola is going to help me with the letter, shes much better at that stuff than me and she does all the forms for our mum.",
        )
    ],
)

m_fiona_evidence = M(
    slug="re_ellie_evidence_attached",
    thread="t01-school-evidence",
    date="2027-03-25 16:05:52",
    frm=FIONA,
    to=[CRAIG],
    cc=[NICOLA],
    subject="RE: Ellie - next steps after parents' evening",
    reply_to=m_craig_lets_do_it,
    quote="outlook",
    fold_ids=True,
    new="""\
Hi Craig (and hello Nicola!),

As promised, attached are Ellie's SEN support plan, the provision map and the notes from our November and February reviews.

A few things that might help with the request:
- Sanjay Mistry at the Children's Hearing Service wrote to us in January about her new hearing aids. I can't pass his letter on myself, but you will have had a copy and it is worth including.
- Hollie Grainger (speech and language) saw Ellie in school at the start of March, and her report should reach you soon.
- Do say in the letter that Ellie has both Down syndrome and a hearing loss. The two together affect her far more than either would on its own, and panels don't always join the dots.

School is closed from tomorrow and we are back on Monday 12 April. If you want me to look at the draft over the holiday, just send it over.

Have a lovely Easter,
Fiona""",
    attachments=[
        Att("Ellie Mellor - SEN support plan Spring 2027.pdf", PDF, fake_pdf("SEN support plan")),
        Att("Ellie Mellor - provision map 2026-27.pdf", PDF, fake_pdf("Provision map")),
        Att("Ellie Mellor - review notes Nov 2026 and Feb 2027.pdf", PDF, fake_pdf("Review notes")),
    ],
    category="general",
    dates=[
        D("tomorrow", "2027-03-26", "other"),
        D("Monday 12 April", "2027-04-12", "other"),
    ],
)

# ------------------------------------------------------------------ t02 the request

m_request = M(
    slug="request_for_ehc_needs_assessment",
    thread="t02-assessment-request",
    date="2027-04-13 20:14:03",
    frm=NICOLA,
    to=[SENTEAM],
    cc=[CRAIG],
    subject="Request for an EHC needs assessment - Ellie Mellor (DOB 14/03/2019)",
    new="""\
Dear SEND Assessment and Planning Team,

Request for an Education, Health and Care needs assessment: Ellie Mellor

I am writing on behalf of my brother, Craig Mellor, who is Ellie's father and has parental responsibility for her. Craig works nights and has asked me to deal with the written side of things; his signed note confirming this is attached, and he is copied into this email. Please copy both of us into any reply.

1. Craig asks the council to carry out an EHC needs assessment for Ellie under section 36(1) of the Children and Families Act 2014.

2. Ellie was born on 14 March 2019 and is in Year 3 at Thistlewood Primary School. She has Down syndrome and a moderate bilateral hearing loss, for which she wears two hearing aids and uses a radio aid in class.

3. Ellie has been on SEN support since Reception. The school has put in a great deal (a full-time teaching assistant paid partly from its own budget, daily phonics and number intervention, and visits from the Sensory Support Service), but she is still working at around Reception level in reading and maths, unfamiliar adults find her speech hard to understand, and she misses much of what is said in a noisy classroom. The SENCO, Mrs Ledger, supports this request and her evidence is attached.

4. We believe Ellie has special educational needs and may need special educational provision to be made through an EHC plan, which is the legal test for an assessment.

5. Please ask for advice from the Children's Hearing Service (Mr Sanjay Mistry), Ellie's speech and language therapist (Ms Hollie Grainger), the Sensory Support Service's teacher of the deaf, an educational psychologist and the school.

Enclosed: the full request (PDF), Craig's authority, and Ellie's SEN support plan, provision map and review notes from school.

Please confirm the date on which you received this request. By our reckoning the council's decision on whether to assess is due by 25 May 2027, six weeks from today.

Ellie's speech and language report from March has not reached us yet. I will send it separately as soon as Craig has a copy.

Yours faithfully,""",
    attachments=[
        Att("EHC needs assessment request - Ellie Mellor.pdf", PDF, fake_pdf("Request")),
        Att("Authority from Craig Mellor.pdf", PDF, fake_pdf("Authority")),
        Att("Ellie Mellor - school evidence.pdf", PDF, fake_pdf("School evidence")),
    ],
    category="assessment_request",
    dates=[
        D("14 March 2019", "2019-03-14", "past"),
        D("25 May 2027", "2027-05-25", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "send the SALT report separately",
            None,
            "I will send it separately as soon as Craig has a copy.",
        )
    ],
)

m_autoack = M(
    slug="enquiry_auto_acknowledgement",
    thread="t02-assessment-request",
    date="2027-04-13 20:14:58",
    frm=SENTEAM,
    to=[NICOLA],
    cc=[CRAIG],
    subject="[ENQ-270413-118] Request for an EHC needs assessment - Ellie Mellor (DOB 14/03/2019)",
    reply_to=m_request,
    quote="none",
    utc=True,
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    new="""\
This is an automatic acknowledgement. Please do not reply to this message.

Thank you for contacting the SEND Assessment and Planning Team at Pellingford Borough Council. Your email has been received and logged with enquiry number ENQ-270413-118. Please quote this number if you contact us about the same matter.

We aim to respond within 10 working days of the date of this email. If you are worried that a child is at risk of harm, do not wait for a reply: telephone the Children's Advice and Duty Service on 01632 960100.

Requests for an EHC needs assessment are passed to a casework officer, who will write to you separately.""",
    sig="SEND Assessment and Planning Team\nPellingford Borough Council",
    cte="7bit",
    charset="us-ascii",
    from_la=True,
    category="acknowledgement",
    refs=["ENQ-270413-118"],
    dates=[D("within 10 working days of the date of this email", "2027-04-27", "deadline")],
    commits=[
        C(
            "la",
            "respond to the enquiry",
            "2027-04-27",
            "We aim to respond within 10 working days of the date of this email.",
        ),
        C(
            "la",
            "casework officer to write",
            None,
            "Requests for an EHC needs assessment are passed to a casework officer, who will write to you separately.",
        ),
    ],
)

m_marcia_forms = M(
    slug="re_request_consent_and_views",
    thread="t02-assessment-request",
    date="2027-04-20 11:26:34",
    frm=MARCIA,
    to=[NICOLA],
    cc=[CRAIG],
    subject="RE: Request for an EHC needs assessment - Ellie Mellor (DOB 14/03/2019)",
    reply_to=m_request,
    quote="outlook",
    fold_ids=True,
    thread_index=True,
    charset="windows-1252",
    new="""\
Dear Ms Brannigan and Mr Mellor,

Thank you for your email and enclosures. I can confirm that Ellie’s request was received on 13 April 2027 and that I am the casework officer looking after it. Her case reference is PB/EHC/27/00562 – please use it on anything you send us.

The request will be considered by the EHC Needs Assessment Panel on Thursday 20 May, and I will let you know the panel’s decision by 25 May 2027. Before then I need two things from you:

1. the consent form, signed by Mr Mellor (I’m afraid we can’t accept anyone else’s signature on this one, although I’m very happy to keep writing to you both);
2. the “All About Me” form, which gives Ellie’s views and yours. It doesn’t need to be long, and photos are welcome.

Both forms are attached. It would help me a great deal to have them back by Friday 30 April, so that they can go into the panel papers.

I will also contact Mrs Ledger at Thistlewood for the school’s most recent records.""",
    attachments=[
        Att("Consent to share information - EHCNA.docx", DOCX, fake_docx("Consent")),
        Att("All About Me - parent and child views.docx", DOCX, fake_docx("All About Me")),
    ],
    from_la=True,
    category="information_request",
    refs=[REF],
    dates=[
        D("13 April 2027", "2027-04-13", "past"),
        D("Thursday 20 May", "2027-05-20", "meeting"),
        D("25 May 2027", "2027-05-25", "deadline"),
        D("Friday 30 April", "2027-04-30", "deadline"),
    ],
    commits=[
        C(
            "la",
            "tell the family the panel's decision",
            "2027-05-25",
            "The request will be considered by the EHC Needs Assessment Panel on Thursday 20 May, and I will let you know the panel’s decision by 25 May 2027.",
        ),
        C(
            "la",
            "ask the school for its records",
            None,
            "I will also contact Mrs Ledger at Thistlewood for the school’s most recent records.",
        ),
    ],
)

m_craig_forms_sunday = M(
    slug="re_forms_sunday",
    thread="t02-assessment-request",
    date="2027-04-21 00:35:12",
    utc=True,
    frm=CRAIG,
    to=[MARCIA],
    cc=[NICOLA],
    subject="Re: RE: Request for an EHC needs assessment - Ellie Mellor (DOB 14/03/2019)",
    reply_to=m_marcia_forms,
    quote="samsung",
    cte="base64",
    new="""\
hi marsha thanks. nicola is coming round on sunday and we will do the all about me form with eli then. i will sign the consent one at the same time. nicola will email them both back to you on monday

craig (ellies dad)""",
    category="general",
    dates=[
        D("on sunday", "2027-04-25", "deadline"),
        D("on monday", "2027-04-26", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "fill in the All About Me form",
            "2027-04-25",
            "nicola is coming round on sunday and we will do the all about me form with eli then.",
        ),
        C("parent", "sign the consent form", None, "i will sign the consent one at the same time."),
        C(
            "parent",
            "email the forms back",
            "2027-04-26",
            "nicola will email them both back to you on monday",
        ),
    ],
)

m_nicola_forms = M(
    slug="re_forms_returned",
    thread="t02-assessment-request",
    date="2027-04-26 21:30:19",
    frm=NICOLA,
    to=[MARCIA],
    cc=[CRAIG],
    subject="Re: Request for an EHC needs assessment - Ellie Mellor (DOB 14/03/2019)",
    reply_to=m_marcia_forms,
    quote="apple",
    new="""\
Dear Mrs Dunleavy,

Thank you. Both forms are attached: the consent form, which Craig signed yesterday, and the All About Me form, which Ellie helped with (the drawings are hers).

I have added a short note from Craig about a typical day, as the form did not leave much room. Because he works nights, Ellie's grandmother takes her to school three mornings a week, and the hearing aids don't always go in properly on those days. We think the panel should know that.

Kind regards,""",
    attachments=[
        Att("Consent form - signed.pdf", PDF, fake_pdf("Consent signed")),
        Att("All About Me - Ellie Mellor.pdf", PDF, fake_pdf("All About Me")),
        Att("A typical day - note from Craig.pdf", PDF, fake_pdf("Typical day")),
    ],
    category="general",
    dates=[D("yesterday", "2027-04-25", "past")],
)

# ------------------------------------------------------------------ t03 audiology appointment

m_hearing_appt = M(
    slug="hearing_clinic_appointment",
    thread="t03-hearing-appointment",
    date="2027-05-06 10:15:27",
    frm=HEARING_BOOKINGS,
    to=[CRAIG],
    subject="Appointment: Ellie Mellor - Children's Hearing Service",
    new="""\
Dear Parent/Carer of Ellie Mellor,

Children's Hearing Service, Pellingford Health Centre, Orchard Way, Pellingford PG3 8QT

Patient: Ellie Mellor    DOB: 14/03/2019    NHS No: 401 023 7794    Hosp No: PH0042718

An appointment has been made for Ellie to see Mr Sanjay Mistry, Clinical Scientist (Audiology), on Tuesday 18 May 2027 at 9.40am for a hearing test, a check of her hearing aids and new earmould impressions. Please allow one hour.

Please bring Ellie's hearing aids, her radio aid receiver and her hearing aid record book.

If you cannot attend, please let us know at least 48 hours beforehand so that the appointment can be offered to another child. Children who miss two appointments without letting us know may be discharged to their GP.""",
    sig="Children's Hearing Service bookings\nTel: 01632 960233 (Mon–Fri, 9am–4pm)",
    category="appointment",
    dates=[
        D("14/03/2019", "2019-03-14", "past"),
        D("Tuesday 18 May 2027", "2027-05-18", "meeting"),
    ],
)

m_craig_afternoon = M(
    slug="re_hearing_appointment_time",
    thread="t03-hearing-appointment",
    date="2027-05-06 13:48:05",
    frm=CRAIG,
    to=[HEARING_BOOKINGS],
    subject="Re: Appointment: Ellie Mellor - Children's Hearing Service",
    reply_to=m_hearing_appt,
    quote="samsung",
    cte="base64",
    new="""\
hi can we have a different time please. i work nights and im a sleep at 9 40 in the morning, i cant drive her after a 12 hour shift. any afternoon after 2 is ok, or a friday morning as i dont work thursday nights

thanks
craig mellor (ellies dad)""",
    category="appointment",
)

m_hearing_moved = M(
    slug="re_hearing_appointment_moved",
    thread="t03-hearing-appointment",
    date="2027-05-07 09:30:44",
    frm=HEARING_BOOKINGS,
    to=[CRAIG],
    subject="RE: Appointment: Ellie Mellor - Children's Hearing Service",
    reply_to=m_craig_afternoon,
    quote="outlook",
    new="""\
Dear Mr Mellor,

No problem at all. We have moved Ellie's appointment to Tuesday 25 May 2027 at 2.15pm with Mr Mistry, at the same clinic, and cancelled the 18 May one.

Mr Mistry has asked me to let you know that he will write a report after the appointment which you can share with school and the council.

Kind regards,
Dawn""",
    sig="Children's Hearing Service bookings\nTel: 01632 960233 (Mon–Fri, 9am–4pm)",
    category="appointment",
    dates=[
        D("Tuesday 25 May 2027", "2027-05-25", "meeting"),
        D("18 May", "2027-05-18", "meeting"),
    ],
    commits=[
        C(
            "health",
            "write a report after the appointment",
            None,
            "Mr Mistry has asked me to let you know that he will write a report after the appointment which you can share with school and the council.",
        )
    ],
)

# ------------------------------------------------------------------ t04 audiology results

m_sanjay_results = M(
    slug="hearing_test_results",
    thread="t04-hearing-results",
    date="2027-05-26 11:30:09",
    frm=SANJAY,
    to=[CRAIG],
    subject="Ellie's hearing test yesterday",
    new="""\
Dear Mr Mellor,

It was good to meet you and Ellie yesterday. She was a star in the booth, headphones and all.

A quick summary before the full letter, which is attached:
- Her hearing is a little worse than in January. She has a moderate loss in both ears, with a conductive element from glue ear on top of the permanent loss.
- I have turned her hearing aids up slightly and taken impressions for new earmoulds, which should be ready in about three weeks.
- Her radio aid works, but I suspect it is not being switched on consistently in class. That matters more for Ellie than for most children, because of her speech and language needs.

In my report I have recommended regular direct input from a Qualified Teacher of the Deaf, not just monitoring visits, and daily hearing aid checks by a trained adult in school. I will send the same report to the SEN team as part of the assessment if they ask for health advice, and I have copied it to the GP.

I will see Ellie again on Wednesday 23 June to fit the new moulds; the booking team will confirm the time.

Best wishes""",
    attachments=[
        Att("Audiology report - Ellie Mellor 25.05.2027.pdf", PDF, fake_pdf("Audiology report"))
    ],
    category="general",
    dates=[
        D("yesterday", "2027-05-25", "past"),
        D("Wednesday 23 June", "2027-06-23", "meeting"),
    ],
    commits=[
        C(
            "health",
            "send the report to the SEN team if asked",
            None,
            "I will send the same report to the SEN team as part of the assessment if they ask for health advice, and I have copied it to the GP.",
        ),
        C(
            "health",
            "fit the new earmoulds",
            "2027-06-23",
            "I will see Ellie again on Wednesday 23 June to fit the new moulds; the booking team will confirm the time.",
        ),
    ],
)

# ------------------------------------------------------------------ t05 decision overdue

m_nicola_overdue = M(
    slug="decision_overdue",
    thread="t05-decision-overdue",
    date="2027-05-26 19:55:31",
    frm=NICOLA,
    to=[MARCIA],
    cc=[CRAIG],
    subject="Ellie Mellor PB/EHC/27/00562 - decision on assessment now overdue",
    new="""\
Dear Mrs Dunleavy,

Ellie Mellor - EHC needs assessment request received 13 April 2027

1. Your email of 20 April said that the panel would consider Ellie's request on 20 May and that you would let us know the decision by 25 May 2027. Regulation 5(1) of the SEND Regulations 2014 also required the council to tell Craig whether it would assess within six weeks of receiving the request. That was yesterday.

2. We have heard nothing, and there is nothing about a decision on the council's portal.

3. We have not been told of any exception under regulation 5(4), and we cannot see that any applies.

Please send the decision, with reasons, within five working days of this email, that is by Thursday 3 June 2027. If we do not receive it by then, we will make a formal complaint to the council and copy it to the Head of SEND.

I know you are very busy and this is not personal, but Ellie has already waited a long time for help.

Kind regards,""",
    category="chaser",
    refs=[REF],
    dates=[
        D("13 April 2027", "2027-04-13", "past"),
        D("20 April", "2027-04-20", "past"),
        D("20 May", "2027-05-20", "past"),
        D("25 May 2027", "2027-05-25", "past"),
        D("Thursday 3 June 2027", "2027-06-03", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "make a formal complaint",
            None,
            "If we do not receive it by then, we will make a formal complaint to the council and copy it to the Head of SEND.",
        )
    ],
)

m_marcia_delay = M(
    slug="re_decision_overdue_panel_deferred",
    thread="t05-decision-overdue",
    date="2027-05-28 12:40:02",
    frm=MARCIA,
    to=[NICOLA],
    cc=[CRAIG],
    subject="RE: Ellie Mellor PB/EHC/27/00562 - decision on assessment now overdue",
    reply_to=m_nicola_overdue,
    quote="outlook",
    fold_ids=True,
    thread_index=True,
    charset="windows-1252",
    new="""\
Dear Ms Brannigan,

I am very sorry. You are right that the decision should have reached you by 25 May, and I should have written to explain before now.

The panel on 20 May could not get through all the cases on its list because two members were off sick, and Ellie’s request was one of those carried over. It will now be heard at an extra panel on Wednesday 2 June. I will ring Mr Mellor with the outcome on the afternoon of Thursday 3 June, after 2pm as he asked, and the decision letter will be emailed to you both the same day.

The council is not relying on any exception; the delay is ours.""",
    from_la=True,
    category="delay_notice",
    refs=[REF],
    dates=[
        D("25 May", "2027-05-25", "past"),
        D("20 May", "2027-05-20", "past"),
        D("Wednesday 2 June", "2027-06-02", "meeting"),
        D("Thursday 3 June", "2027-06-03", "meeting"),
    ],
    commits=[
        C(
            "la",
            "ring Mr Mellor with the outcome and email the decision letter",
            "2027-06-03",
            "I will ring Mr Mellor with the outcome on the afternoon of Thursday 3 June, after 2pm as he asked, and the decision letter will be emailed to you both the same day.",
        )
    ],
)

m_craig_call_ok = M(
    slug="re_decision_call_thursday",
    thread="t05-decision-overdue",
    date="2027-05-28 14:05:50",
    frm=CRAIG,
    to=[MARCIA],
    cc=[NICOLA],
    subject="Re: RE: Ellie Mellor PB/EHC/27/00562 - decision on assessment now overdue",
    reply_to=m_marcia_delay,
    quote="samsung",
    cte="base64",
    new="""\
ok thanks for letting us know. thursday after 2 is fine for the call

craig""",
    category="appointment",
    refs=[REF],
    dates=[D("thursday after 2", "2027-06-03", "meeting")],
)

# ------------------------------------------------------------------ t06 decision to assess

m_decision = M(
    slug="decision_to_assess",
    thread="t06-decision-to-assess",
    date="2027-06-03 16:20:18",
    frm=MARCIA,
    to=[CRAIG],
    cc=[NICOLA],
    subject="Ellie Mellor – decision to carry out an EHC needs assessment (PB/EHC/27/00562)",
    fold_ids=True,
    fmt="alt",
    new="""\
Dear Mr Mellor,

Further to our call, I attach the council's decision letter, which is also set out below.

Name: Ellie Mellor    Date of birth: 14/03/2019
Case reference: PB/EHC/27/00562    Child ID: 4471923
Date of letter: 3 June 2027

The EHC Needs Assessment Panel met on 2 June 2027 and agreed that the council should carry out an EHC needs assessment for Ellie. I apologise again that this decision has been sent to you after the six-week date of 25 May 2027.

The assessment involves gathering advice from:
- Pellingford Educational Psychology Service;
- the Sensory Support Service (Hearing Impairment), Mrs Ruth Abernethy, Qualified Teacher of the Deaf;
- the Children's Hearing Service and Ellie's speech and language therapist;
- the community paediatrician;
- Thistlewood Primary School;
- Children's Social Care (only to confirm whether they know Ellie).

I will send all the requests for advice by Wednesday 9 June. Those asked have six weeks to respond. The regulations require the council to issue any final EHC plan within 20 weeks of the date we received the request, which for Ellie is 31 August 2027.

If you have any further reports, please send them to me at any time.

Yours sincerely""",
    attachments=[
        Att("Decision letter - Ellie Mellor - 03.06.2027.pdf", PDF, fake_pdf("Decision to assess"))
    ],
    from_la=True,
    category="decision_to_assess",
    refs=[REF, "4471923"],
    dates=[
        D("14/03/2019", "2019-03-14", "past"),
        D("3 June 2027", "2027-06-03", "other"),
        D("2 June 2027", "2027-06-02", "past"),
        D("25 May 2027", "2027-05-25", "past"),
        D("Wednesday 9 June", "2027-06-09", "deadline"),
        D("31 August 2027", "2027-08-31", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send the requests for advice",
            "2027-06-09",
            "I will send all the requests for advice by Wednesday 9 June.",
        )
    ],
)

m_craig_thanks_decision = M(
    slug="re_decision_thanks",
    thread="t06-decision-to-assess",
    date="2027-06-04 00:40:26",
    utc=True,
    frm=CRAIG,
    to=[MARCIA],
    cc=[NICOLA],
    subject="Re: Ellie Mellor – decision to carry out an EHC needs assessment (PB/EHC/27/00562)",
    reply_to=m_decision,
    quote="samsung",
    cte="base64",
    new="""\
thanks marcia, and for ringing. nicola says thank you as well. who will the educational psychology just be and how long is the wait, the sen co said there is a long list

craig""",
    category="general",
    refs=[REF],
)

# ------------------------------------------------------------------ t07 speech and language

m_hollie_visit = M(
    slug="salt_assessment_visit",
    thread="t07-speech-and-language",
    date="2027-06-15 12:10:37",
    frm=HOLLIE,
    to=[CRAIG],
    subject="Ellie - speech and language assessment for her EHC needs assessment",
    new="""\
Hi Craig,

I've had a request from Pellingford council for speech and language advice for Ellie's EHC needs assessment. I last saw her in March, so I'd like to see her again in school before I write it.

I've booked to see her at Thistlewood on Thursday 24 June at 1.30pm. You are very welcome to come, but I know afternoons after a night shift can be hard, so don't worry if not.

It would really help if you could fill in the attached questionnaire about how Ellie communicates at home (two pages, mostly tick boxes) and send it back to me by Monday 21 June.

I'll send my advice to the council by 16 July and copy you in.

Hollie""",
    attachments=[Att("Home communication questionnaire.docx", DOCX, fake_docx("Questionnaire"))],
    category="appointment",
    dates=[
        D("Thursday 24 June", "2027-06-24", "meeting"),
        D("Monday 21 June", "2027-06-21", "deadline"),
        D("16 July", "2027-07-16", "deadline"),
    ],
    commits=[
        C(
            "health",
            "send SALT advice to the council",
            "2027-07-16",
            "I'll send my advice to the council by 16 July and copy you in.",
        )
    ],
)

m_craig_questionnaire = M(
    slug="re_salt_questionnaire_photo",
    thread="t07-speech-and-language",
    date="2027-06-15 14:31:02",
    frm=CRAIG,
    to=[HOLLIE],
    subject="Re: Ellie - speech and language assessment for her EHC needs assessment",
    reply_to=m_hollie_visit,
    quote="samsung",
    cte="base64",
    new="""\
hi hollie thursday 24th is fine. i wont be there as i work wednesday nights and sleep thursdays, but my sister nicola might come if she can get off work. ive done the questionnaire, photo attached, hope you can read my writing""",
    attachments=[Att("20270615_142702.jpg", "image/jpeg", fake_jpeg("questionnaire photo"))],
    category="appointment",
    dates=[D("thursday 24th", "2027-06-24", "meeting")],
)

# ------------------------------------------------------------------ t08 EP waiting list

m_lomax_delay = M(
    slug="ep_advice_waiting_list",
    thread="t08-ep-waiting-list",
    date="2027-07-07 10:02:45",
    frm=LOMAX,
    to=[CRAIG],
    cc=[MARCIA],
    subject="Educational psychology advice for Ellie Mellor – PB/EHC/27/00562",
    fold_ids=True,
    charset="windows-1252",
    new="""\
Dear Mr Mellor,

I am the educational psychologist who has been asked to provide advice for Ellie’s EHC needs assessment. The request reached our service on 9 June 2027, so under the regulations our advice would normally be due by 21 July 2027.

I am sorry to tell you that we will not meet that date. The service has a waiting list for statutory work, and the earliest I can see Ellie is at the start of next term. I have booked a visit to Thistlewood Primary School on Tuesday 14 September 2027, when I will observe Ellie in class, talk with her and her teaching assistant, and meet Mrs Ledger. I would also like to speak with you, either at school at 2.45pm that day or by phone at another time that suits you.

My written advice will be sent to the SEND team within four weeks of the visit, that is by 12 October 2027.

I have copied Mrs Dunleavy so that she knows about the delay.

Yours sincerely""",
    from_la=True,
    category="delay_notice",
    refs=[REF],
    dates=[
        D("9 June 2027", "2027-06-09", "past"),
        D("21 July 2027", "2027-07-21", "deadline"),
        D("Tuesday 14 September 2027", "2027-09-14", "meeting"),
        D("12 October 2027", "2027-10-12", "deadline"),
    ],
    commits=[
        C(
            "la",
            "visit and observe Ellie at school",
            "2027-09-14",
            "I have booked a visit to Thistlewood Primary School on Tuesday 14 September 2027, when I will observe Ellie in class, talk with her and her teaching assistant, and meet Mrs Ledger.",
        ),
        C(
            "la",
            "send the EP advice to the SEND team",
            "2027-10-12",
            "My written advice will be sent to the SEND team within four weeks of the visit, that is by 12 October 2027.",
        ),
    ],
)

m_craig_sooner = M(
    slug="re_ep_advice_sooner",
    thread="t08-ep-waiting-list",
    date="2027-07-07 14:20:13",
    frm=CRAIG,
    to=[LOMAX],
    cc=[MARCIA],
    subject="Re: Educational psychology advice for Ellie Mellor – PB/EHC/27/00562",
    reply_to=m_lomax_delay,
    quote="samsung",
    cte="base64",
    new="""\
dr lomax thats over 2 months away. the plan is supposed to be finished by the end of august and ellie is falling behind with her phone ex already. is there no one else who can see her before the summer holidays. can she go on a cancellation list

craig mellor""",
    category="appointment",
    refs=[REF],
    dates=[D("the end of august", "2027-08-31", "deadline")],
)

m_lomax_cancellation = M(
    slug="re_ep_cancellation_list",
    thread="t08-ep-waiting-list",
    date="2027-07-09 09:15:00",
    frm=LOMAX,
    to=[CRAIG],
    cc=[MARCIA],
    subject="RE: Educational psychology advice for Ellie Mellor – PB/EHC/27/00562",
    reply_to=m_craig_sooner,
    quote="outlook",
    fold_ids=True,
    charset="windows-1252",
    new="""\
Dear Mr Mellor,

I do understand, and I’m sorry. I have checked with the senior psychologist, and there is nobody else in the service with a free statutory slot this term.

I have put Ellie on our cancellation list. If a slot comes up before the end of term on Thursday 22 July, I will ring you to offer it. Otherwise I will see her on 14 September as planned.

Yours sincerely""",
    from_la=True,
    category="appointment",
    refs=[REF],
    dates=[
        D("Thursday 22 July", "2027-07-22", "deadline"),
        D("14 September", "2027-09-14", "meeting"),
    ],
    commits=[
        C(
            "la",
            "ring to offer a cancellation slot",
            None,
            "If a slot comes up before the end of term on Thursday 22 July, I will ring you to offer it.",
        ),
        C(
            "la",
            "see Ellie in school",
            "2027-09-14",
            "Otherwise I will see her on 14 September as planned.",
        ),
    ],
)

# ------------------------------------------------------------------ t07 (cont.) SALT advice

m_hollie_advice = M(
    slug="salt_advice_sent",
    thread="t07-speech-and-language",
    date="2027-07-16 15:47:21",
    frm=HOLLIE,
    to=[CRAIG],
    subject="SALT advice for Ellie Mellor's EHC needs assessment",
    reply_to=m_craig_questionnaire,
    quote="outlook",
    new="""\
Hi Craig,

Attached is my advice, which I've sent to Marcia Dunleavy at the council today.

The short version: Ellie's understanding of language is a real strength compared with her speech, and she understands much more when she can see the speaker's face and the words are backed up with signs or pictures. Background noise makes a big difference to her. I have recommended weekly speech and language therapy in school for this year, a daily language group with her TA, Makaton training for the class team, and that school works closely with the teacher of the deaf on listening conditions in the classroom.

It was lovely to meet Nicola at the session. I'll pop into school again in the first week of September to get the new programme going with Ellie's new teacher.

Hollie""",
    attachments=[Att("SLT advice - Ellie Mellor - July 2027.pdf", PDF, fake_pdf("SLT advice"))],
    category="general",
    dates=[D("today", "2027-07-16", "other")],
    commits=[
        C(
            "health",
            "visit school to start the new programme",
            None,
            "I'll pop into school again in the first week of September to get the new programme going with Ellie's new teacher.",
        )
    ],
)

# ------------------------------------------------------------------ t09 change of case officer

m_craig_update = M(
    slug="ellie_mellor_update",
    thread="t09-officer-change",
    date="2027-07-19 13:02:07",
    frm=CRAIG,
    to=[MARCIA],
    subject="ellie mellor update? pb/ehc/27/00562",
    cte="base64",
    new="""\
hi marcia, did the hearing report from mr mistry come through, he said he sent it. and with the educational psychologist not seeing her till september is the plan going to be late. nicola wants to know if the 31st of august still stands

thanks craig""",
    category="information_request",
    refs=[REF],
    dates=[D("the 31st of august", "2027-08-31", "deadline")],
)

m_marcia_ooo = M(
    slug="automatic_reply_marcia",
    thread="t09-officer-change",
    date="2027-07-19 13:02:41",
    frm=MARCIA,
    to=[CRAIG],
    subject="Automatic reply: ellie mellor update? pb/ehc/27/00562",
    reply_to=m_craig_update,
    quote="none",
    thread_index=True,
    fold_ids=True,
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    new="""\
Thank you for your email.

I am no longer working in the SEND Assessment and Planning Team. From Monday 19 July 2027 all of my cases have been reallocated to other officers, and this mailbox is not monitored.

If you know who your new officer is, please contact them directly. Otherwise please email sendteam@pellingford.gov.uk or telephone 01632 960400, and the team will tell you who is now dealing with your child's case.

Marcia Dunleavy""",
    sig="",
    from_la=True,
    category="general",
    refs=[REF],
    dates=[D("Monday 19 July 2027", "2027-07-19", "other")],
)

m_owen_intro = M(
    slug="re_update_new_coordinator",
    thread="t09-officer-change",
    date="2027-07-21 10:40:30",
    frm=OWEN,
    to=[CRAIG],
    cc=[NICOLA],
    subject="RE: ellie mellor update? pb/ehc/27/00562",
    reply_to=m_craig_update,
    quote="outlook",
    irt=False,
    thread_index=True,
    charset="windows-1252",
    new="""\
Dear Mr Mellor,

Your email to Marcia Dunleavy has been passed to me. I am Ellie’s new EHC Plan Coordinator from this week, and I have copied in Ms Brannigan as I can see from the file that she helps you with letters.

To answer your questions:

1. Yes, Mr Mistry’s audiology advice arrived on 8 July, and Ms Grainger’s speech and language advice came in on Friday. The school’s advice and the Sensory Support Service’s advice are also in. We are still waiting for the paediatric advice, and the educational psychology advice will not be written until after Dr Lomax’s visit on 14 September.

2. I’m afraid that means the final plan will not be issued by 31 August 2027. I can’t write the draft plan until the educational psychology advice is in. I will send you the draft plan by Friday 15 October 2027 at the latest. I am sorry; I know this is not what you wanted to hear.

I will chase the paediatric advice today.""",
    from_la=True,
    category="delay_notice",
    refs=[REF],
    dates=[
        D("8 July", "2027-07-08", "past"),
        D("on Friday", "2027-07-16", "past"),
        D("14 September", "2027-09-14", "meeting"),
        D("31 August 2027", "2027-08-31", "deadline"),
        D("Friday 15 October 2027", "2027-10-15", "deadline"),
        D("today", "2027-07-21", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send the draft plan",
            "2027-10-15",
            "I will send you the draft plan by Friday 15 October 2027 at the latest.",
        ),
        C(
            "la",
            "chase the paediatric advice",
            "2027-07-21",
            "I will chase the paediatric advice today.",
        ),
    ],
)

# ------------------------------------------------------------------ t10 twenty weeks missed

m_nicola_20wk = M(
    slug="twenty_week_limit_missed",
    thread="t10-twenty-weeks",
    date="2027-09-01 20:30:56",
    frm=NICOLA,
    to=[OWEN],
    cc=[PRIYANKA, CRAIG],
    subject="Ellie Mellor (PB/EHC/27/00562) - 20-week time limit missed",
    new="""\
Dear Mr Threlfall,

Ellie Mellor, DOB 14/03/2019 - EHC needs assessment

1. The council received Craig's request on 13 April 2027. Under regulation 13(2) of the SEND Regulations 2014, the final EHC plan had to be issued within 20 weeks, by 31 August 2027, which was yesterday. No draft plan has been issued.

2. In your email of 21 July you put the delay down to the educational psychology waiting list. A waiting list is not one of the exceptions in regulation 13(3), and the council has not said that it relies on any of them. The six-week decision was late as well.

3. Ellie started Year 4 today without the support she needs. Her TA is still paid for out of the school's own budget.

We ask the council to:
(a) confirm in writing, within 10 working days of this letter (by Wednesday 15 September 2027), a timetable for the draft and final plan that is as short as possible; and
(b) tell us whether the educational psychology advice could be brought forward by using another psychologist.

I have copied this letter to Ms Sood as SEND Assessment Manager. If we do not receive a reply by Wednesday 15 September, Craig will make a formal complaint.

Yours sincerely,""",
    category="chaser",
    refs=[REF],
    dates=[
        D("14/03/2019", "2019-03-14", "past"),
        D("13 April 2027", "2027-04-13", "past"),
        D("31 August 2027", "2027-08-31", "past"),
        D("21 July", "2027-07-21", "past"),
        D("today", "2027-09-01", "other"),
        D("Wednesday 15 September 2027", "2027-09-15", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "make a formal complaint",
            None,
            "If we do not receive a reply by Wednesday 15 September, Craig will make a formal complaint.",
        )
    ],
)

m_priyanka_ack = M(
    slug="re_twenty_weeks_manager_ack",
    thread="t10-twenty-weeks",
    date="2027-09-02 08:47:15",
    frm=PRIYANKA,
    to=[NICOLA],
    cc=[OWEN, CRAIG],
    subject="RE: Ellie Mellor (PB/EHC/27/00562) - 20-week time limit missed",
    reply_to=m_nicola_20wk,
    quote="outlook",
    fold_ids=True,
    new="""\
Dear Ms Brannigan,

Thank you for your letter, which I have read. Owen will give you a full timetable by 15 September, as you ask.

I will also ask our Principal Educational Psychologist whether any of our locum psychologists could see Ellie sooner, and Owen will include the answer in his reply.

Regards,
Priyanka""",
    from_la=True,
    category="acknowledgement",
    refs=[REF],
    dates=[D("15 September", "2027-09-15", "deadline")],
    commits=[
        C(
            "la",
            "give a full timetable",
            "2027-09-15",
            "Owen will give you a full timetable by 15 September, as you ask.",
        ),
        C(
            "la",
            "ask the Principal EP about a locum",
            None,
            "I will also ask our Principal Educational Psychologist whether any of our locum psychologists could see Ellie sooner, and Owen will include the answer in his reply.",
        ),
    ],
)

m_owen_timetable = M(
    slug="re_twenty_weeks_revised_timetable",
    thread="t10-twenty-weeks",
    date="2027-09-10 15:30:40",
    frm=OWEN,
    to=[NICOLA, CRAIG],
    cc=[PRIYANKA],
    subject="RE: Ellie Mellor (PB/EHC/27/00562) - 20-week time limit missed",
    reply_to=m_priyanka_ack,
    quote="outlook",
    fold_ids=True,
    thread_index=True,
    charset="windows-1252",
    new="""\
Dear Ms Brannigan and Mr Mellor,

Thank you for your letter of 1 September. I accept that the council has not met the 20-week time limit for Ellie’s plan and that no exception applies. I apologise for that, and for the late decision in May.

Ms Sood asked our Principal Educational Psychologist about an earlier visit. Unfortunately none of the locum psychologists has any capacity before Dr Lomax’s visit on Tuesday 14 September, so that date stands.

The revised timetable is as follows. Dr Lomax will send his advice to the SEND team by 12 October 2027. I will then send you the draft plan by 15 October 2027, with 15 days for your comments. We are aiming to issue the final plan by 26 November 2027, although that depends on whether we need to meet about the draft.

I will ring Mr Mellor after 2pm on Monday 13 September to talk this through, if that is convenient.""",
    from_la=True,
    category="delay_notice",
    refs=[REF],
    dates=[
        D("1 September", "2027-09-01", "past"),
        D("Tuesday 14 September", "2027-09-14", "meeting"),
        D("12 October 2027", "2027-10-12", "deadline"),
        D("15 October 2027", "2027-10-15", "deadline"),
        D("26 November 2027", "2027-11-26", "deadline"),
        D("Monday 13 September", "2027-09-13", "meeting"),
    ],
    commits=[
        C(
            "la",
            "send EP advice to the SEND team",
            "2027-10-12",
            "Dr Lomax will send his advice to the SEND team by 12 October 2027.",
        ),
        C(
            "la",
            "send the draft plan",
            "2027-10-15",
            "I will then send you the draft plan by 15 October 2027, with 15 days for your comments.",
        ),
        C(
            "la",
            "ring Mr Mellor",
            "2027-09-13",
            "I will ring Mr Mellor after 2pm on Monday 13 September to talk this through, if that is convenient.",
        ),
    ],
)

MSGS = [
    m_fiona_next_steps,
    m_craig_lets_do_it,
    m_fiona_evidence,
    m_request,
    m_autoack,
    m_marcia_forms,
    m_craig_forms_sunday,
    m_nicola_forms,
    m_hearing_appt,
    m_craig_afternoon,
    m_hearing_moved,
    m_sanjay_results,
    m_nicola_overdue,
    m_marcia_delay,
    m_craig_call_ok,
    m_decision,
    m_craig_thanks_decision,
    m_hollie_visit,
    m_craig_questionnaire,
    m_lomax_delay,
    m_craig_sooner,
    m_lomax_cancellation,
    m_hollie_advice,
    m_craig_update,
    m_marcia_ooo,
    m_owen_intro,
    m_nicola_20wk,
    m_priyanka_ack,
    m_owen_timetable,
]
