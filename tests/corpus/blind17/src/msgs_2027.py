"""Messages from September to December 2027 (one M(...) per message, with its gold labels)."""

from corpuslib import Att, C, D, M, fake_docx, fake_pdf
from people import (
    BAKARE,
    BRONWEN,
    CATRIN,
    CATRIN_PHONE,
    CDC,
    GEMMA,
    HEALTH_EHC,
    IMMY,
    LOMAX,
    MARCIA,
    PUDDLE,
    RHYS,
    SEN_INBOX,
    SEN_NOREPLY,
    SHAUNA,
    TAMSIN,
)  # fmt: skip


def pdf(name: str) -> Att:
    return Att(name, "application/pdf", fake_pdf(name))


def docx(name: str) -> Att:
    return Att(
        name,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        fake_docx(name),
    )


OOO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]

# ------------------------------------------------------------------ t01 nursery review
nursery_review = M(
    "nursery_review_next_steps",
    "t01-nursery-review",
    "2027-09-08 16:42:10",
    SHAUNA,
    [CATRIN, IMMY],
    "Teddy \u2013 today's review meeting and next steps",
    cc=[MARCIA],
    new="""\
Hi Catrin and Immy,

Thank you both for coming in this morning, and for bringing the seizure diary - it really helped Marcia see the pattern.

Just so we've all got the same notes:

* Teddy's My Support Plan targets have been reviewed. He's made lovely progress with sitting balance and with his switch toy, but the gap between him and the other pre-schoolers is getting wider, not narrower.
* Marcia and I both think Teddy needs more than we can put in place from our own budget and the inclusion funding, and that an EHC needs assessment should be asked for now, so that a plan is in place before he starts school in September 2028.
* You'd rather make the request yourselves, as parents, which is absolutely fine. We're both happy to put our support in writing.
* I will send you my supporting letter and the updated My Support Plan by Friday 17 September.
* Keisha stays as his key person and his 1:1 at lunchtime, which is when most of his absences have happened.

Any questions, grab me at pick-up.

Shauna x""",
    category="general",
    dates=[
        D("this morning", "2027-09-08", "meeting"),
        D("Friday 17 September", "2027-09-17", "deadline"),
    ],
    commits=[
        C(
            "school",
            "send the supporting letter and updated My Support Plan",
            "2027-09-17",
            "I will send you my supporting letter and the updated My Support Plan by Friday 17 September.",
        ),
    ],
)

marcia_reply = M(
    "re_nursery_review_marcia",
    "t01-nursery-review",
    "2027-09-09 08:15:44",
    MARCIA,
    [SHAUNA, CATRIN, IMMY],
    "RE: Teddy \u2013 today's review meeting and next steps",
    reply_to=nursery_review,
    quote="outlook",
    utc=True,
    fold_ids=True,
    thread_index=True,
    new="""\
Morning all,

Thanks Shauna, that matches my notes.

Catrin, Immy - my Early Years Inclusion report will be with you by Friday 17 September as well, so you can send both with the request.

I will also copy it to the Portage team. I think Teddy would benefit from Portage home visits whatever happens with the assessment, so I have already made a referral.

One practical point: when you write the request, list the professionals you want the council to ask for advice (Dr Bakare, the physio, Portage). The regulations let you ask for that, and it saves a round of emails later.

Best wishes
Marcia""",
    from_la=True,
    category="general",
    dates=[D("Friday 17 September", "2027-09-17", "deadline")],
    commits=[
        C(
            "la",
            "send the Early Years Inclusion report",
            "2027-09-17",
            "Catrin, Immy - my Early Years Inclusion report will be with you by Friday 17 September as well, so you can send both with the request.",
        ),
        C(
            "la",
            "copy the report to the Portage team",
            None,
            "I will also copy it to the Portage team.",
        ),
    ],
)

catrin_thanks_nursery = M(
    "re_nursery_review_catrin",
    "t01-nursery-review",
    "2027-09-09 21:05:31",
    CATRIN,
    [MARCIA, SHAUNA],
    "Re: Teddy \u2013 today's review meeting and next steps",
    cc=[IMMY],
    reply_to=marcia_reply,
    new="""\
Thank you both, this is really helpful (and a relief, honestly - we weren't sure whether we were overreacting).

I'll draft the request over the weekend and send it to you both before it goes in, so you can tell me if I've got anything wrong about nursery. Immy is going to dig out the discharge letter from the neonatal unit and his first EEG report.

Teddy had another cluster on Tuesday evening, three short ones in about forty minutes. No midazolam needed, he came round on his own, but he was wiped out all day at nursery as you saw. I've added them to the diary.

Catrin""",
    category="general",
    dates=[D("Tuesday evening", "2027-09-07", "past")],
    commits=[
        C(
            "parent",
            "draft the request and send it to nursery and Marcia",
            None,
            "I'll draft the request over the weekend and send it to you both before it goes in, so you can tell me if I've got anything wrong about nursery.",
        ),
        C(
            "parent",
            "find the neonatal discharge letter and first EEG report",
            None,
            "Immy is going to dig out the discharge letter from the neonatal unit and his first EEG report.",
        ),
    ],
)

# ------------------------------------------------------------------ t02 request
request = M(
    "request_for_assessment",
    "t02-request",
    "2027-09-15 10:12:03",
    CATRIN,
    [SEN_INBOX],
    "Request for an EHC needs assessment \u2013 Edward (Teddy) Holloway-Reyes, DOB 14/11/2023",
    cc=[IMMY, SHAUNA, MARCIA],
    new="""\
Dear SEN Assessment Team,

Request for an Education, Health and Care needs assessment
Child: Edward Holloway-Reyes (known as Teddy), born 14 November 2023
Address: 22 Larch Way, Stourley ST6 2DN
Parents: Catrin Holloway and Imogen Reyes (we both have parental responsibility)

1. We are writing as Teddy's parents to ask Stourley Metropolitan Borough Council to carry out an EHC needs assessment under section 36(1) of the Children and Families Act 2014.

2. Teddy is three. He has global developmental delay and epilepsy, diagnosed in March 2026, which is still not fully controlled. He is not yet walking on his own, he has very few words, and he needs an adult with him at all times because of his seizures, which sometimes need buccal midazolam. He goes to Bramble Hill Day Nursery five mornings a week using his funded hours.

3. Bramble Hill has supported him through a My Support Plan since he started, with early years inclusion funding from the council. His SENCO, Ms Shauna Doyle, and the council's Early Years Inclusion Officer, Ms Marcia Pennington, both support this request and their letters are attached.

4. We believe Teddy has special educational needs and that he may need provision to be made through an EHC plan. He is due to start school in September 2028, and we want his needs properly assessed before any school is chosen.

5. Under regulation 6(1)(h) of the SEND Regulations 2014 we ask that you seek advice from Dr Segun Bakare, consultant paediatrician at Stourley Child Development Centre; Ms Gemma Faulds, paediatric physiotherapist; and the Portage service (Teddy was referred last week).

6. Please confirm the date you received this request. As we understand it, you must tell us by 27 October 2027 whether you will carry out the assessment.

Attached: Ms Doyle's letter of 10 September 2027; Teddy's My Support Plan, reviewed on 8 September 2027; Ms Pennington's Early Years Inclusion report; Dr Bakare's clinic letter of 19 July 2027.

The physiotherapy report will follow: we will send it as soon as it arrives.

Yours faithfully

Catrin Holloway and Imogen Reyes""",
    sig="Catrin Holloway\n22 Larch Way, Stourley ST6 2DN\n07700 900318",
    attachments=[
        pdf("Bramble Hill SENCO letter - Teddy Holloway-Reyes.pdf"),
        pdf("My Support Plan Sept 2027.pdf"),
        pdf("EY Inclusion report - T Holloway-Reyes.pdf"),
        pdf("CDC clinic letter 19.07.27.pdf"),
    ],
    category="assessment_request",
    dates=[
        D("14 November 2023", "2023-11-14", "past"),
        D("27 October 2027", "2027-10-27", "deadline"),
        D("10 September 2027", "2027-09-10", "past"),
        D("8 September 2027", "2027-09-08", "past"),
        D("19 July 2027", "2027-07-19", "past"),
    ],
    commits=[
        C(
            "parent",
            "send the physiotherapy report",
            None,
            "The physiotherapy report will follow: we will send it as soon as it arrives.",
        ),
    ],
)

auto_ack = M(
    "auto_acknowledgement",
    "t02-request",
    "2027-09-15 10:13:07",
    SEN_NOREPLY,
    [CATRIN],
    "[SEN-ENQ-27-3381] Request for an EHC needs assessment \u2013 Edward (Teddy) Holloway-Reyes, DOB 14/11/2023",
    reply_to=request,
    quote="none",
    utc=True,
    zone_name="GMT",
    cte="7bit",
    charset="us-ascii",
    extra_headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    new="""\
Thank you for contacting the SEN Assessment Team.

This is an automated message to confirm that your email has been received and logged. Your enquiry number is SEN-ENQ-27-3381. Please quote it if you contact us about this enquiry.

We aim to respond within 10 working days. If your email is about a child at immediate risk of harm, please do not wait for a reply: telephone the Children's Advice and Duty Service on 01632 960100.

Please do not reply to this email. This mailbox is not monitored.

Stourley Metropolitan Borough Council - Children's Services""",
    from_la=True,
    category="acknowledgement",
    dates=[D("within 10 working days", "2027-09-29", "deadline")],
    commits=[
        C("la", "respond to the enquiry", "2027-09-29", "We aim to respond within 10 working days.")
    ],
)

rhys_ack = M(
    "re_request_officer_ack",
    "t02-request",
    "2027-09-21 14:32:10",
    RHYS,
    [CATRIN],
    "RE: [SEN-ENQ-27-3381] Request for an EHC needs assessment \u2013 Edward (Teddy) Holloway-Reyes, DOB 14/11/2023",
    cc=[IMMY],
    reply_to=request,
    quote="outlook",
    utc=True,
    fold_ids=True,
    thread_index=True,
    new="""\
Dear Ms Holloway and Ms Reyes,

Thank you for your request for an EHC needs assessment for Teddy, which we received on 15 September 2027. I am the EHC Assessment Coordinator for early years and I will be your main contact from now on. Teddy's case reference is SMB/EY/27/0614; please use it rather than the enquiry number.

Requests for children under five go to our Early Years SEND Panel, and Teddy's will be considered at the panel on Thursday 21 October. I will write to you with the panel's decision by 27 October 2027.

I have noted the professionals you would like us to contact. If the panel agrees to assess, I will request advice from Dr Bakare and Ms Faulds through the Health EHC Advice Team, who put together a single health advice portfolio, and from Portage.

I'll be in touch in the next few days with the consent form and our family views form.

Kind regards""",
    from_la=True,
    category="acknowledgement",
    dates=[
        D("15 September 2027", "2027-09-15", "past"),
        D("Thursday 21 October", "2027-10-21", "meeting"),
        D("27 October 2027", "2027-10-27", "deadline"),
    ],
    commits=[
        C(
            "la",
            "write with the panel's decision",
            "2027-10-27",
            "I will write to you with the panel's decision by 27 October 2027.",
        ),
        C(
            "la",
            "request advice from Dr Bakare, Ms Faulds and Portage",
            None,
            "If the panel agrees to assess, I will request advice from Dr Bakare and Ms Faulds through the Health EHC Advice Team, who put together a single health advice portfolio, and from Portage.",
        ),
        C(
            "la",
            "send the consent form and family views form",
            None,
            "I'll be in touch in the next few days with the consent form and our family views form.",
        ),
    ],
)

# ------------------------------------------------------------------ t03 consent
consent_request = M(
    "consent_and_family_views",
    "t03-consent",
    "2027-09-23 09:05:52",
    RHYS,
    [CATRIN],
    "Teddy Holloway-Reyes \u2013 consent and family views (SMB/EY/27/0614)",
    cc=[IMMY],
    utc=True,
    fold_ids=True,
    thread_index=True,
    fmt="alt",
    attachments=[
        docx("Consent to share information.docx"),
        docx("Our Family Our Views - early years.docx"),
    ],
    new="""\
Dear Catrin and Imogen,

As promised, please find attached:

- the consent form, which lets us share information with the health, education and care professionals we ask for advice;
- "Our Family, Our Views", which is your chance to tell the panel and the plan writer about Teddy in your own words. Photos are very welcome.

Please could you return both by Friday 8 October? Only one of you needs to sign the consent form, though you're both welcome to.

If you'd find it easier to talk it through, Portage or Marcia can help you with the views form - you don't have to do it alone.

Best wishes
Rhys""",
    from_la=True,
    category="information_request",
    dates=[D("Friday 8 October", "2027-10-08", "deadline")],
)

# ------------------------------------------------------------------ t04 paediatrics
cdc_appointment = M(
    "cdc_appointment_letter",
    "t04-paediatrics",
    "2027-09-24 11:20:05",
    CDC,
    [CATRIN],
    "Appointment: Edward Holloway-Reyes \u2013 Dr Bakare, Child Development Centre",
    utc=True,
    fold_ids=True,
    new="""\
Dear Parent/Carer of Edward Holloway-Reyes

NHS number: 485 902 7716
Hospital number: S1187243
Date of birth: 14/11/2023

An appointment has been made for Edward to be seen in the Neurodisability Clinic.

Clinician: Dr O. Bakare, Consultant Paediatrician
Date: Monday 4 October 2027
Time: 10:15
Place: Stourley Child Development Centre, Kingfisher Building, Greenway Road, Stourley ST3 8LR

Please bring Edward's seizure diary, any medication he takes and his red book. The appointment can last up to an hour and will include a review of Edward's seizure record and medication.

If you cannot attend, please call 01632 960660 as soon as possible so that the appointment can be offered to another child. Children who are not brought to two appointments in a row may be discharged to their GP.

Yours sincerely

Appointments Team
Stourley Child Development Centre

This email was sent from an unmonitored NHSmail account. Please do not reply with clinical information.""",
    category="appointment",
    dates=[
        D("14/11/2023", "2023-11-14", "past"),
        D("Monday 4 October 2027", "2027-10-04", "meeting"),
    ],
)

catrin_confirms_cdc = M(
    "re_cdc_appointment",
    "t04-paediatrics",
    "2027-09-24 12:04:40",
    CATRIN_PHONE,
    [CDC],
    "Re: Appointment: Edward Holloway-Reyes \u2013 Dr Bakare, Child Development Centre",
    reply_to=cdc_appointment,
    quote="apple",
    sig="Sent from my iPhone",
    new="""\
Hello, thank you. We'll both be there on the 4th.

Could Dr Bakare please also be told that we have asked the council for an EHC needs assessment, and that we've asked them to get his advice? We'd like to talk to him about that on the day.

Catrin Holloway (Teddy's mum)""",
    category="appointment",
    dates=[D("the 4th", "2027-10-04", "meeting")],
    commits=[
        C(
            "parent",
            "attend the clinic appointment",
            "2027-10-04",
            "We'll both be there on the 4th.",
        )
    ],
)

# ------------------------------------------------------------------ t03 consent (returned)
immy_returns_forms = M(
    "re_consent_forms_returned",
    "t03-consent",
    "2027-10-03 20:48:19",
    IMMY,
    [RHYS],
    "Re: Teddy Holloway-Reyes \u2013 consent and family views (SMB/EY/27/0614)",
    cc=[CATRIN],
    reply_to=consent_request,
    quote="apple",
    cte="base64",
    attachments=[pdf("Consent form signed.pdf"), pdf("Our Family Our Views - Teddy.pdf")],
    new="""\
Hi Rhys,

Both forms attached \u2013 I've signed the consent and Catrin did most of the views form (I added the bit about bathtime \U0001f60a). We've put some photos in at the end.

We're seeing Dr Bakare with Teddy tomorrow and will ask him to make sure his letter gets to you.

Thanks,
Immy (Teddy's other mum!)""",
    category="general",
    dates=[D("tomorrow", "2027-10-04", "meeting")],
    commits=[
        C(
            "parent",
            "ask Dr Bakare to send his letter to the council",
            "2027-10-04",
            "We're seeing Dr Bakare with Teddy tomorrow and will ask him to make sure his letter gets to you.",
        ),
    ],
)

bakare_letter = M(
    "bakare_clinic_letter_and_advice",
    "t04-paediatrics",
    "2027-10-05 15:41:27",
    BAKARE,
    [CATRIN],
    "Teddy \u2013 clinic letter and EHC advice",
    reply_to=catrin_confirms_cdc,
    quote="outlook",
    utc=True,
    fold_ids=True,
    thread_index=True,
    attachments=[pdf("Clinic letter 04.10.27 - E Holloway-Reyes.pdf")],
    new="""\
Dear Catrin,

Thank you both for coming in yesterday. My clinic letter is attached; copies have gone to your GP and, with your agreement, to Bramble Hill.

In summary: we agreed to increase Teddy's levetiracetam as set out in the letter, starting on Saturday 9 October, and I have asked for a sleep-deprived EEG. I will see him again in clinic in about three months.

On the EHC assessment: once the council sends its request for health advice, it comes to the Health EHC Advice Team, who collect advice from me, physiotherapy, speech and language therapy and the epilepsy nurses into one portfolio. I will write my part of the advice by 12 November, so the portfolio is not held up on my account.

Best wishes

Segun Bakare""",
    category="general",
    dates=[
        D("yesterday", "2027-10-04", "past"),
        D("Saturday 9 October", "2027-10-09", "other"),
        D("12 November", "2027-11-12", "deadline"),
    ],
    commits=[
        C(
            "health",
            "see Teddy again in clinic",
            None,
            "I will see him again in clinic in about three months.",
        ),
        C(
            "health",
            "write his part of the health advice",
            "2027-11-12",
            "I will write my part of the advice by 12 November, so the portfolio is not held up on my account.",
        ),
    ],
)

# ------------------------------------------------------------------ t05 portage
portage_intro = M(
    "portage_home_visits",
    "t05-portage",
    "2027-10-06 13:02:36",
    BRONWEN,
    [CATRIN, IMMY],
    "Portage home visits for Teddy",
    utc=True,
    fold_ids=True,
    new="""\
Hello Catrin and Imogen,

I'm Bronwen, one of the Portage Home Visitors in the council's Early Years Inclusion Service. Marcia Pennington referred Teddy to us, and I'm very pleased to say that I've been allocated as his home visitor.

Portage visits happen at home, usually for an hour every fortnight, and we work on small steps through play - with you, not just with Teddy.

Could I come for a first visit on Tuesday 19 October at 9.30? The first one is mostly a chat and a play so that I can get to know him. If that's no good, just tell me a day that suits you better.

Warm wishes
Bronwen""",
    from_la=True,
    category="appointment",
    dates=[D("Tuesday 19 October", "2027-10-19", "meeting")],
)

immy_portage = M(
    "re_portage_other_day",
    "t05-portage",
    "2027-10-06 18:25:02",
    IMMY,
    [BRONWEN],
    "Re: Portage home visits for Teddy",
    cc=[CATRIN],
    reply_to=portage_intro,
    quote="apple",
    bottom=True,
    new="""\
Hi Bronwen, lovely to hear from you! Tuesday mornings are tricky because I'm on earlies at the hospital and Catrin has a standing meeting. Could you do Wednesday 20th instead, any time after 9? Teddy's usually at his best first thing.

Immy""",
    category="appointment",
    dates=[D("Wednesday 20th", "2027-10-20", "meeting")],
)

bronwen_confirms = M(
    "re_portage_confirmed",
    "t05-portage",
    "2027-10-07 08:52:48",
    BRONWEN,
    [IMMY],
    "RE: Portage home visits for Teddy",
    cc=[CATRIN],
    reply_to=immy_portage,
    quote="outlook",
    utc=True,
    fold_ids=True,
    thread_index=True,
    new="""\
Wednesday 20 October at 9.30 it is \u2013 I'll see you both then.

I'll do the Portage advice for the EHC assessment too if the council asks for it, so these first visits will help with that.

Bronwen""",
    from_la=True,
    category="appointment",
    dates=[D("Wednesday 20 October", "2027-10-20", "meeting")],
    commits=[
        C(
            "la",
            "make the first Portage visit",
            "2027-10-20",
            "Wednesday 20 October at 9.30 it is \u2013 I'll see you both then.",
        ),
        C(
            "la",
            "write the Portage advice for the assessment",
            None,
            "I'll do the Portage advice for the EHC assessment too if the council asks for it, so these first visits will help with that.",
        ),
    ],
)

# ------------------------------------------------------------------ t06 decision to assess
decision = M(
    "decision_to_assess",
    "t06-decision",
    "2027-10-22 16:05:13",
    RHYS,
    [CATRIN, IMMY],
    "Decision on EHC needs assessment \u2013 Teddy Holloway-Reyes \u2013 SMB/EY/27/0614",
    utc=True,
    fold_ids=True,
    thread_index=True,
    attachments=[pdf("Decision to assess letter - E Holloway-Reyes.pdf")],
    new="""\
Dear Catrin and Imogen,

I am pleased to tell you that the Early Years SEND Panel met yesterday and agreed to carry out an EHC needs assessment for Teddy. The formal letter is attached.

What happens next:

- Today I have asked for advice from the Educational Psychology Service, the Health EHC Advice Team (who will include Dr Bakare, Ms Faulds, speech and language therapy and the epilepsy nurse specialist), Portage, Bramble Hill, and the Children with Disabilities social care team.
- Advice is due within six weeks of the request, which is 3 December 2027.
- An educational psychologist will contact you to arrange to see Teddy.
- If the council decides to issue a plan, the law says the final plan must be issued within 20 weeks of your request, so by 2 February 2028.

I will aim to send you a draft plan early in the new year. The draft will not name a school; you will be able to tell me which school you would like at that stage.

Kind regards
Rhys""",
    from_la=True,
    category="decision_to_assess",
    dates=[
        D("yesterday", "2027-10-21", "past"),
        D("Today", "2027-10-22", "other"),
        D("3 December 2027", "2027-12-03", "deadline"),
        D("2 February 2028", "2028-02-02", "deadline"),
    ],
    commits=[
        C(
            "la",
            "arrange an educational psychologist visit",
            None,
            "An educational psychologist will contact you to arrange to see Teddy.",
        ),
        C(
            "la",
            "send a draft plan",
            None,
            "I will aim to send you a draft plan early in the new year.",
        ),
    ],
)

catrin_admissions_q = M(
    "re_decision_admissions_question",
    "t06-decision",
    "2027-10-23 09:34:58",
    CATRIN,
    [RHYS],
    "Re: Decision on EHC needs assessment \u2013 Teddy Holloway-Reyes \u2013 SMB/EY/27/0614",
    cc=[IMMY],
    reply_to=decision,
    new="""\
Dear Rhys,

That's wonderful news - thank you.

One worry. Teddy starts school in September 2028 and the closing date for primary school applications is 15 January 2028. If the draft plan only arrives in January, we won't know what the council thinks about a school before that deadline. Do we still need to put in a normal application through admissions? And if we do, will it count against us if we later ask for a different school through the plan?

Thanks,
Catrin""",
    category="information_request",
    dates=[D("15 January 2028", "2028-01-15", "deadline")],
)

rhys_admissions_a = M(
    "re_decision_admissions_answer",
    "t06-decision",
    "2027-10-26 11:47:21",
    RHYS,
    [CATRIN],
    "RE: Decision on EHC needs assessment \u2013 Teddy Holloway-Reyes \u2013 SMB/EY/27/0614",
    cc=[IMMY],
    reply_to=catrin_admissions_q,
    quote="outlook",
    utc=True,
    fold_ids=True,
    thread_index=True,
    new="""\
Hi Catrin,

Good question, and one a lot of families ask.

Yes - please do apply through the normal admissions round by 15 January as a safety net. If Teddy's final plan names a school, the school named in the plan takes priority and the admissions application simply falls away. Applying does not stop you asking for a different school, including a special school, when you comment on the draft.

I know the timing is tight. I'll do my best to get the draft to you before the Christmas break, but it depends on the advice coming in on time, so I can't promise that.

Rhys""",
    from_la=True,
    category="general",
    dates=[D("15 January", "2028-01-15", "deadline")],
)

# ------------------------------------------------------------------ t07 educational psychology
ep_visit = M(
    "ep_advice_visit",
    "t07-ep",
    "2027-11-02 10:10:09",
    LOMAX,
    [CATRIN, IMMY],
    "Educational psychology advice \u2013 Teddy Holloway-Reyes",
    cc=[SHAUNA],
    utc=True,
    fold_ids=True,
    new="""\
Dear Ms Holloway and Ms Reyes,

I have been asked by the SEN Assessment Team to provide psychological advice as part of Teddy's EHC needs assessment.

I would like to observe Teddy at Bramble Hill on the morning of Tuesday 16 November, and then meet you both to hear your views. I could visit you at home on Thursday 18 November at 1.30pm, or we could meet on Teams if you prefer.

Could you let me know whether the Thursday works? Ms Doyle, I will ring the nursery nearer the time to agree the best time to come in.

Yours sincerely""",
    from_la=True,
    category="appointment",
    dates=[
        D("Tuesday 16 November", "2027-11-16", "meeting"),
        D("Thursday 18 November", "2027-11-18", "meeting"),
    ],
    commits=[
        C(
            "la",
            "ring the nursery to agree a time",
            None,
            "Ms Doyle, I will ring the nursery nearer the time to agree the best time to come in.",
        ),
    ],
)

catrin_ep = M(
    "re_ep_visit_fine",
    "t07-ep",
    "2027-11-02 12:30:14",
    CATRIN,
    [LOMAX],
    "Re: Educational psychology advice \u2013 Teddy Holloway-Reyes",
    cc=[IMMY, SHAUNA],
    reply_to=ep_visit,
    new="""\
Dear Dr Lomax,

Thursday 18th at 1.30 at home is fine and I'll be there. Immy is on a late shift that week, but she will write her views down for you beforehand.

Teddy turns four on the 14th, so you may meet a slightly over-excited boy with a new ball pit.

Best wishes
Catrin""",
    category="appointment",
    dates=[
        D("Thursday 18th", "2027-11-18", "meeting"),
        D("the 14th", "2027-11-14", "other"),
    ],
    commits=[
        C(
            "parent",
            "be at home for the EP visit",
            "2027-11-18",
            "Thursday 18th at 1.30 at home is fine and I'll be there.",
        ),
        C(
            "parent",
            "write down her views for the EP",
            None,
            "Immy is on a late shift that week, but she will write her views down for you beforehand.",
        ),
    ],
)

# ------------------------------------------------------------------ t08 physiotherapy
physio = M(
    "physio_assessment_update",
    "t08-physio",
    "2027-11-09 14:06:51",
    GEMMA,
    [CATRIN],
    "Teddy's physio assessment and EHC advice",
    utc=True,
    fold_ids=True,
    new="""\
Hi Catrin,

Lovely to see Teddy at nursery yesterday - he worked so hard in the standing frame and was very pleased with himself when he got to bang the drum at the end!

I've now got everything I need for my EHC advice. I will send my report to the Health EHC Advice Team by Friday 26 November, and I'll ask them to send you a copy with the rest of the health advice.

Good news on equipment too: his own standing frame has been approved, and the company will deliver it to the nursery in the week commencing 29 November. I'll come in to set it up once it arrives and show Keisha how to use it.

Gemma""",
    category="general",
    dates=[
        D("yesterday", "2027-11-08", "past"),
        D("Friday 26 November", "2027-11-26", "deadline"),
        D("the week commencing 29 November", "2027-11-29", "other"),
    ],
    commits=[
        C(
            "health",
            "send her report to the Health EHC Advice Team",
            "2027-11-26",
            "I will send my report to the Health EHC Advice Team by Friday 26 November, and I'll ask them to send you a copy with the rest of the health advice.",
        ),
        C(
            "other",
            "deliver the standing frame to the nursery",
            None,
            "Good news on equipment too: his own standing frame has been approved, and the company will deliver it to the nursery in the week commencing 29 November.",
        ),
        C(
            "health",
            "set up the standing frame and train Keisha",
            None,
            "I'll come in to set it up once it arrives and show Keisha how to use it.",
        ),
    ],
)

catrin_physio = M(
    "re_physio_thanks",
    "t08-physio",
    "2027-11-09 19:52:37",
    CATRIN,
    [GEMMA],
    "Re: Teddy's physio assessment and EHC advice",
    reply_to=physio,
    new="""\
Thanks Gemma, that's brilliant news about the frame. He's been "standing" against the sofa all evening to show off.

Yes please to a copy of the report. We'll keep going with the sit-to-stand practice every day, as you showed us.

Catrin x""",
    category="general",
    commits=[
        C(
            "parent",
            "keep up the daily sit-to-stand practice",
            None,
            "We'll keep going with the sit-to-stand practice every day, as you showed us.",
        ),
    ],
)

# ------------------------------------------------------------------ not_send: shop order
wellies = M(
    "order_dispatched",
    "t22-order",
    "2027-11-19 07:31:12",
    PUDDLE,
    [CATRIN],
    "Your Puddle & Pine order PP-448213 is on its way! \U0001f69a",
    fmt="html",
    cte="base64",
    new="""\
Hi Catrin,

Good news - your order PP-448213 has left our warehouse and is on its way to you.

Toddler Trek Wellies, size 8, Moss Green x 1
Reflective Puddle Suit, 3-4 years, Navy x 1

Estimated delivery: Tuesday 23 November, 7am - 9pm. We will text you a one-hour window on the morning of delivery.

Need to return something? You have 30 days from delivery, and returns are free.

Happy puddle jumping!
The Puddle & Pine team""",
    category="not_send",
)

# ------------------------------------------------------------------ t05 portage (report)
portage_report = M(
    "re_portage_advice_sent",
    "t05-portage",
    "2027-12-02 15:15:40",
    BRONWEN,
    [CATRIN, IMMY],
    "RE: Portage home visits for Teddy",
    reply_to=bronwen_confirms,
    quote="outlook",
    utc=True,
    fold_ids=True,
    thread_index=True,
    attachments=[pdf("Portage advice - Teddy Holloway-Reyes.pdf")],
    new="""\
Hi both,

Attached is my Portage advice for the EHC assessment. I sent it to Rhys this afternoon, so it's in before tomorrow's deadline - just! Do tell me if anything in it doesn't sound like Teddy.

Our next visit is Wednesday 15 December, and after that I'm off until the new year. I'll bring the sensory bottles we talked about.

Bronwen""",
    from_la=True,
    category="general",
    dates=[
        D("this afternoon", "2027-12-02", "other"),
        D("tomorrow", "2027-12-03", "deadline"),
        D("Wednesday 15 December", "2027-12-15", "meeting"),
    ],
    commits=[
        C(
            "la",
            "bring the sensory bottles",
            None,
            "I'll bring the sensory bottles we talked about.",
        )
    ],
)

# ------------------------------------------------------------------ t09 health advice portfolio
health_portfolio = M(
    "health_advice_portfolio",
    "t09-health-portfolio",
    "2027-12-06 09:32:26",
    HEALTH_EHC,
    [CATRIN],
    "Health advice portfolio \u2013 Edward Holloway-Reyes \u2013 SMB/EY/27/0614",
    cc=[RHYS],
    utc=True,
    fold_ids=True,
    fmt="alt",
    attachments=[pdf("Health Advice Portfolio - E Holloway-Reyes.pdf")],
    new="""\
Dear Ms Holloway,

Please find attached a copy of the health advice portfolio for Edward, which was sent to the Stourley SEN Assessment Team on 3 December 2027.

The portfolio contains:
1. Paediatric advice - Dr O. Bakare, Consultant Paediatrician
2. Physiotherapy advice - Ms G. Faulds, Paediatric Physiotherapist
3. Speech and language therapy advice - Ms P. Oduya, Speech and Language Therapist
4. Epilepsy nurse specialist advice and individual healthcare plan - Ms K. Lund
5. Summary of health needs and recommended health provision

The epilepsy nurse specialist, Kerry Lund, will contact Bramble Hill to arrange buccal midazolam training for their new staff before the end of term.

If you think something is missing or incorrect, please reply to this email within 14 days of today's date and we will pass your comments to the author.

Kind regards""",
    category="general",
    dates=[
        D("3 December 2027", "2027-12-03", "past"),
        D("within 14 days of today's date", "2027-12-20", "deadline"),
    ],
    commits=[
        C(
            "health",
            "arrange buccal midazolam training at the nursery",
            None,
            "The epilepsy nurse specialist, Kerry Lund, will contact Bramble Hill to arrange buccal midazolam training for their new staff before the end of term.",
        ),
        C(
            "health",
            "pass the parents' comments to the author",
            None,
            "If you think something is missing or incorrect, please reply to this email within 14 days of today's date and we will pass your comments to the author.",
        ),
    ],
)

catrin_portfolio = M(
    "re_health_portfolio_correction",
    "t09-health-portfolio",
    "2027-12-08 22:17:03",
    CATRIN,
    [HEALTH_EHC],
    "Re: Health advice portfolio \u2013 Edward Holloway-Reyes \u2013 SMB/EY/27/0614",
    cc=[RHYS],
    reply_to=health_portfolio,
    new="""\
Dear Health EHC Advice Team,

Thank you for the copy. Two corrections, please:

- Part 3 says Teddy uses "about ten words". It's nearer twenty now, plus six Makaton signs (more, drink, finished, mummy, biscuit and dog).
- Part 5 lists his rescue medication as "rectal diazepam". He was switched to buccal midazolam in April, as part 4 says.

Everything else looks right to us, and Kerry has already been in touch with the nursery.

Catrin Holloway""",
    category="general",
)

# ------------------------------------------------------------------ t10 chaser, out-of-office, delay
chaser = M(
    "where_are_we_chaser",
    "t10-chaser",
    "2027-12-15 20:40:02",
    CATRIN,
    [RHYS],
    "Teddy Holloway-Reyes (SMB/EY/27/0614) \u2013 where are we?",
    cc=[IMMY],
    new="""\
Dear Rhys,

I'm sorry to chase so close to Christmas, but I'm getting anxious about timing.

The advice was due by 3 December. We know the health portfolio and Portage went in on time, and nursery sent theirs the week before. When Dr Lomax came on 18 November she said she hoped to finish her report well before the advice deadline, but we haven't seen it, and we've heard nothing from social care at all.

Could you let me know:
1. which advice you are still waiting for;
2. when you now expect to send the draft plan; and
3. whether you are still on course for the final plan by 2 February?

We've put in an admissions application for St Wilfrid's as you suggested, but it's Brookside we want to talk to you about, and with applications closing on 15 January we'd really like to see the draft before then.

Many thanks
Catrin""",
    category="chaser",
    dates=[
        D("3 December", "2027-12-03", "past"),
        D("18 November", "2027-11-18", "past"),
        D("2 February", "2028-02-02", "deadline"),
        D("15 January", "2028-01-15", "deadline"),
    ],
)

out_of_office = M(
    "automatic_reply_rhys",
    "t10-chaser",
    "2027-12-15 20:40:31",
    RHYS,
    [CATRIN],
    "Automatic reply: Teddy Holloway-Reyes (SMB/EY/27/0614) \u2013 where are we?",
    reply_to=chaser,
    quote="none",
    sig="",
    utc=True,
    fold_ids=True,
    thread_index=True,
    extra_headers=OOO,
    new="""\
Thank you for your email. I am on annual leave and will be back in the office on Tuesday 4 January 2028.

For anything urgent about an EHC needs assessment for a child under five, please contact my colleague Tamsin Webb at tamsin.webb@stourley.gov.uk or call the SEN Assessment Team on 01632 960400.

Rhys Gallagher
EHC Assessment Coordinator (Early Years)""",
    from_la=True,
    category="general",
    dates=[D("Tuesday 4 January 2028", "2028-01-04", "other")],
)

chaser_to_tamsin = M(
    "re_where_are_we_to_tamsin",
    "t10-chaser",
    "2027-12-16 07:58:45",
    CATRIN,
    [TAMSIN],
    "Re: Teddy Holloway-Reyes (SMB/EY/27/0614) \u2013 where are we?",
    cc=[RHYS, IMMY],
    reply_to=chaser,
    new="""\
Dear Tamsin,

Rhys's out-of-office says he is away until 4 January and gave your name for anything urgent. I hope this counts - please see my email below. With the school application deadline a month away we still haven't seen a draft plan, and I'd be grateful if someone could tell us where things stand before Christmas.

Many thanks
Catrin Holloway""",
    category="chaser",
    dates=[D("4 January", "2028-01-04", "other")],
)

_TAMSIN_NEW = """\
Dear Ms Holloway,

I'm covering Rhys's cases while he is on leave and have looked at Teddy's file.

We have received the health advice portfolio, the Portage advice and the nursery's advice. We are still waiting for the educational psychology advice and for social care. I'm sorry \u2013 the EP service has a backlog this term and Dr Lomax's report is now expected on Friday 7 January. Social care have told me today that they will send a short letter rather than a full assessment, as Teddy is not open to them, and that it will reach us by Wednesday 22 December.

That means the draft plan will not be with you before the school application deadline. Rhys is aiming to send it in the week commencing 10 January. I appreciate that is not what you hoped to hear.

You are right that the final plan is due by 2 February 2028. We will try to keep to that, but I cannot promise it at this stage.

I will make sure Rhys picks this up on his first day back, Tuesday 4 January.

In the meantime please do keep your admissions application in, as Rhys advised.

Kind regards"""

tamsin_delay = M(
    "re_where_are_we_delay",
    "t10-chaser",
    "2027-12-17 15:22:18",
    TAMSIN,
    [CATRIN],
    "RE: Teddy Holloway-Reyes (SMB/EY/27/0614) \u2013 where are we?",
    cc=[RHYS, IMMY],
    reply_to=chaser_to_tamsin,
    quote="outlook",
    utc=True,
    fold_ids=True,
    thread_index=True,
    fmt="html",
    charset="windows-1252",
    new=_TAMSIN_NEW,
    from_la=True,
    category="delay_notice",
    dates=[
        D("Friday 7 January", "2028-01-07", "deadline"),
        D("today", "2027-12-17", "other"),
        D("Wednesday 22 December", "2027-12-22", "deadline"),
        D("the week commencing 10 January", "2028-01-10", "other"),
        D("2 February 2028", "2028-02-02", "deadline"),
        D("Tuesday 4 January", "2028-01-04", "deadline"),
    ],
    commits=[
        C(
            "la",
            "social care to send a short letter",
            "2027-12-22",
            "Social care have told me today that they will send a short letter rather than a full assessment, as Teddy is not open to them, and that it will reach us by Wednesday 22 December.",
        ),
        C(
            "la",
            "make sure Rhys picks up the case on his return",
            "2028-01-04",
            "I will make sure Rhys picks this up on his first day back, Tuesday 4 January.",
        ),
    ],
)

MSGS = [
    nursery_review, marcia_reply, catrin_thanks_nursery, request, auto_ack, rhys_ack, consent_request,
    cdc_appointment, catrin_confirms_cdc, immy_returns_forms, bakare_letter, portage_intro, immy_portage,
    bronwen_confirms, decision, catrin_admissions_q, rhys_admissions_a, ep_visit, catrin_ep, physio,
    catrin_physio, wellies, portage_report, health_portfolio, catrin_portfolio, chaser, out_of_office,
    chaser_to_tamsin, tamsin_delay,
]  # fmt: skip
