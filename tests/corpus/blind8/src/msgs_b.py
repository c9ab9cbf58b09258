"""Messages 020-044: mediation, the assessment, the delay and the complaint (January to May 2028)."""

from corpuslib import Att, C, D, M, fake_docx, fake_pdf
from msgs_a import m016
from people import (
    ADVICE_LINE,
    CAMHS,
    CLAIRE,
    COMPLAINTS,
    DARIUSZ,
    DARIUSZ_PHONE,
    DEBORAH,
    FEEDBACK,
    GRACE,
    HUGH,
    LORRAINE,
    MARIANNE,
    PENNANT,
    PHILIPPA,
    PHILIPPA_SECURE,
    REBECCA,
    SEND_CONNECT,
    SINEAD,
    TARIQ,
    TARIQ_OOO,
)  # fmt: skip

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MSGS: list[M] = []


def add(m: M) -> M:
    MSGS.append(m)
    return m


# ------------------------------------------------------------------ t07 advice line (forward)

m020 = add(M(
    20, "fwd_decision_to_advice_line", "t07-advice-line", "2028-01-04 19:30:14",
    DARIUSZ, [ADVICE_LINE], "Fwd: EHC needs assessment request – decision – Zofia Nowak – SENA/27/0583",
    reply_to=m016, quote="fwd", irt=False,
    attachments=[Att("Decision letter - SENA-27-0583.pdf", PDF, fake_pdf("Decision letter"))],
    new="""\
Dear Sir or Madam,

A mother from Zofia's school told me about your advice line, I hope it is right to write here. I forward below the decision of Hollinsbridge Council not to assess our daughter Zofia (13, Year 8, severe anxiety, she is not able to go to school for full days, possible ADHD).

We received the notes of the panel on 16 December. I do not know if it is better to ask for mediation or to go straight to the tribunal, and I am worried about the deadline of 10 February. Also, do we need a lawyer? We cannot pay much.

I can talk on the phone any evening after 6pm, or we can write.

Thank you in advance,
Dariusz Nowak""",
    category="general", refs=["SENA/27/0583"],
    dates=[D("16 December", "2027-12-16", "past"),
           D("10 February", "2028-02-10", "deadline")],
))  # fmt: skip

m021 = add(M(
    21, "re_fwd_advice", "t07-advice-line", "2028-01-07 11:48:30",
    HUGH, [DARIUSZ], "Re: Fwd: EHC needs assessment request – decision – Zofia Nowak – SENA/27/0583",
    reply_to=m020,
    new="""\
Dear Dariusz,

Thank you for getting in touch, and yes, you're in the right place. I'm one of the volunteer advisers here. I'll keep this as plain as I can.

1. You don't need a lawyer to appeal a refusal to assess. Most families do it themselves, and the tribunal is used to that.

2. Before you can appeal you have to contact the mediation adviser named in the letter (Pennant). You can then either go to mediation or tell them you don't want it. Either way they issue a certificate, and you can't lodge an appeal without one.

3. If you choose mediation, the council has to make sure it takes place within 30 days of you telling the adviser. For a refusal to assess it is often worth it: councils do change their minds, especially when the school is behind the parents, as it is here.

4. Your appeal deadline is the later of 10 February 2028 or one month after the date on the certificate, so going to mediation in January doesn't cost you anything.

5. The legal test for an assessment is a low one: whether Zofia has or may have SEN, and whether she may need provision through an EHC plan. The panel's reasons read much more like the test for issuing a plan. You might want to say that at mediation.

I've booked you a call with one of our tribunal helpline volunteers. She will ring you on Tuesday 11 January between 6pm and 8pm, on the number in your signature.

With best wishes,
Hugh""",
    category="general", refs=["SENA/27/0583"],
    dates=[D("10 February 2028", "2028-02-10", "deadline"),
           D("Tuesday 11 January", "2028-01-11", "meeting")],
    commits=[C("other", "ring the parent", "2028-01-11",
               "She will ring you on Tuesday 11 January between 6pm and 8pm, on the number in your signature.")],
))  # fmt: skip

# ------------------------------------------------------------------ t08 mediation about the refusal

m022 = add(M(
    22, "mediation_request", "t08-mediation-refusal", "2028-01-10 08:55:03",
    DARIUSZ, [PENNANT], "Mediation request - Zofia Nowak - Hollinsbridge decision of 10 December",
    cc=[GRACE],
    attachments=[Att("Decision letter - SENA-27-0583.pdf", PDF, fake_pdf("Decision letter"))],
    new="""\
Dear Sir or Madam,

I am writing to tell you that we want mediation with Hollinsbridge Metropolitan Borough Council about their decision from 10 December 2027 not to carry out an EHC needs assessment for our daughter Zofia Nowak (born 19/11/2014). The council reference is SENA/27/0583. I attach the decision letter.

The contact person at the council is Mrs Lorraine Haworth.

We are both available on any day except Wednesday mornings. We would prefer to meet in person and not on Teams.

Kind regards,
Dariusz Nowak and Grace Adeyemi""",
    category="mediation_tribunal", refs=["SENA/27/0583"],
    dates=[D("10 December 2027", "2027-12-10", "past"),
           D("19/11/2014", "2014-11-19", "past")],
))  # fmt: skip

m023 = add(M(
    23, "re_mediation_request_date", "t08-mediation-refusal", "2028-01-12 11:30:41",
    CLAIRE, [DARIUSZ], "RE: Mediation request - Zofia Nowak - Hollinsbridge decision of 10 December",
    cc=[GRACE], reply_to=m022,
    new="""\
Dear Mr Nowak and Ms Adeyemi,

Thank you for your email, which I received on Monday 10 January. I have opened a mediation case for you, reference PMS-28-0041, and I have let Hollinsbridge know that you want to mediate.

The regulations say the mediation has to take place within 30 days of the day you told us, so by 9 February 2028. The council has offered Thursday 3 February 2028, 10am to 1pm, at Hollinsbridge Town Hall (Committee Room 2). Lorraine Haworth and a senior officer from the SEND team will attend for the council. Ms Thwaite has said she can come for the first hour if you would like the school to be there.

The mediator will be Marianne Holt, who is independent of the council and of us as the adviser service.

Please let me know by Monday 17 January whether the date works for you, and whether you would like the school there. Once you confirm, I will send you the agreement to mediate and a short form about what you would like to discuss.

Best wishes,
Claire""",
    category="mediation_tribunal", refs=["PMS-28-0041"],
    dates=[D("Monday 10 January", "2028-01-10", "past"),
           D("9 February 2028", "2028-02-09", "deadline"),
           D("Thursday 3 February 2028", "2028-02-03", "meeting"),
           D("Monday 17 January", "2028-01-17", "deadline")],
    commits=[
        C("la", "attend the mediation", None,
          "Lorraine Haworth and a senior officer from the SEND team will attend for the council."),
        C("other", "send the agreement to mediate and a form", None,
          "Once you confirm, I will send you the agreement to mediate and a short form about what you would like to discuss."),
    ],
))  # fmt: skip

m024 = add(M(
    24, "re_mediation_date_phone", "t08-mediation-refusal", "2028-01-12 12:47:22",
    DARIUSZ_PHONE, [CLAIRE], "Re: Mediation request - Zofia Nowak - Hollinsbridge decision of 10 December",
    reply_to=m023, irt=False, fmt="plain",
    new="""\
Dear Claire, 3 February is fine, we will both come in person. Yes please, we would like Ms Thwaite to be there.
Thank you
Dariusz""",
    category="mediation_tribunal",
    dates=[D("3 February", "2028-02-03", "meeting")],
    commits=[C("parent", "attend the mediation in person", "2028-02-03",
               "3 February is fine, we will both come in person.")],
))  # fmt: skip

m025 = add(M(
    25, "mediation_outcome_certificate", "t08-mediation-refusal", "2028-02-03 17:05:37",
    MARIANNE, [DARIUSZ, GRACE], "Mediation outcome and certificate – PMS-28-0041 – Zofia Nowak",
    cc=[LORRAINE, CLAIRE], reply_to=m024, quote="none",
    attachments=[
        Att("Mediation agreement PMS-28-0041.pdf", PDF, fake_pdf("Mediation agreement")),
        Att("Mediation certificate PMS-28-0041.pdf", PDF, fake_pdf("Mediation certificate")),
    ],
    new="""\
Dear Mr Nowak and Ms Adeyemi,

Thank you both for the way you took part in today's mediation. It was a difficult conversation at times, and I thought you put Zofia's experience across very clearly.

As we agreed at the end of the session, this is a written record of what was agreed. The signed agreement and your mediation certificate are attached.

1. Hollinsbridge Metropolitan Borough Council agrees to carry out an EHC needs assessment for Zofia.
2. The council will confirm this to you in writing by 17 February 2028.
3. The council will tell you whether it will issue an EHC plan by 13 April 2028, which is ten weeks from today.
4. Ashcombe Vale Academy will review Zofia's SEN support plan with you and send you the updated plan by Friday 11 February.
5. Mr Nowak and Ms Adeyemi will return the council's consent forms as soon as they receive them.

Because you reached agreement, you should not need the certificate unless the agreement is not kept. If you did need to appeal the decision of 10 December 2027, the deadline would now be 3 March 2028, one month from the date of the certificate.

With best wishes,
Marianne Holt""",
    category="mediation_tribunal", refs=["PMS-28-0041"],
    dates=[D("today", "2028-02-03", "meeting"),
           D("17 February 2028", "2028-02-17", "deadline"),
           D("13 April 2028", "2028-04-13", "deadline"),
           D("Friday 11 February", "2028-02-11", "deadline"),
           D("10 December 2027", "2027-12-10", "past"),
           D("3 March 2028", "2028-03-03", "deadline")],
    commits=[
        C("la", "carry out an EHC needs assessment", None,
          "Hollinsbridge Metropolitan Borough Council agrees to carry out an EHC needs assessment for Zofia."),
        C("la", "confirm the assessment in writing", "2028-02-17",
          "The council will confirm this to you in writing by 17 February 2028."),
        C("la", "decide whether to issue an EHC plan", "2028-04-13",
          "The council will tell you whether it will issue an EHC plan by 13 April 2028, which is ten weeks from today."),
        C("school", "review and send the updated SEN support plan", "2028-02-11",
          "Ashcombe Vale Academy will review Zofia's SEN support plan with you and send you the updated plan by Friday 11 February."),
        C("parent", "return the consent forms", None,
          "Mr Nowak and Ms Adeyemi will return the council's consent forms as soon as they receive them."),
    ],
))  # fmt: skip

# ------------------------------------------------------------------ t09 decision to assess

m026 = add(M(
    26, "decision_to_assess", "t09-decision-to-assess", "2028-02-15 10:20:52",
    LORRAINE, [DARIUSZ], "Decision to carry out an EHC needs assessment – Zofia Nowak – SENA/27/0583",
    cc=[GRACE, REBECCA], fmt="plain", charset="windows-1252",
    attachments=[
        Att("Decision to assess - SENA-27-0583.pdf", PDF, fake_pdf("Decision to assess")),
        Att("What happens during an EHC needs assessment.pdf", PDF, fake_pdf("Leaflet")),
    ],
    new="""\
Dear Mr Nowak and Ms Adeyemi,

Following the mediation on 3 February, I am writing to confirm that Hollinsbridge Metropolitan Borough Council will carry out an Education, Health and Care needs assessment for Zofia. The formal letter is attached.

Over the next six weeks we will ask for advice about Zofia from:
• the Educational Psychology Service;
• health, through the Designated Clinical Officer (CAMHS and Zofia’s GP);
• Children’s Social Care (a short check of whether there is any social care involvement);
• Ashcombe Vale Academy;
• and, most importantly, you and Zofia.

As agreed at mediation, we will let you know by 13 April 2028 whether the council will issue an EHC plan.

Zofia’s case moves to Tariq Mahmood, EHC Assessment Coordinator, on Monday 21 February. Tariq will send you the consent form and the parental views booklet.

It has been a pleasure working with you both, even though the first decision was not the one you wanted.

Kind regards,

Lorraine""",
    from_la=True, category="decision_to_assess", refs=["SENA/27/0583"],
    dates=[D("3 February", "2028-02-03", "past"),
           D("13 April 2028", "2028-04-13", "deadline"),
           D("Monday 21 February", "2028-02-21", "other")],
    commits=[
        C("la", "carry out an EHC needs assessment", None,
          "Following the mediation on 3 February, I am writing to confirm that Hollinsbridge Metropolitan Borough Council will carry out an Education, Health and Care needs assessment for Zofia."),
        C("la", "ask for advice", None, "Over the next six weeks we will ask for advice about Zofia from:"),
        C("la", "tell the parents whether a plan will be issued", "2028-04-13",
          "As agreed at mediation, we will let you know by 13 April 2028 whether the council will issue an EHC plan."),
        C("la", "send the consent form and parental views booklet", None,
          "Tariq will send you the consent form and the parental views booklet."),
    ],
))  # fmt: skip

m027 = add(M(
    27, "re_decision_to_assess_thanks", "t09-decision-to-assess", "2028-02-15 12:02:18",
    DARIUSZ, [LORRAINE], "Re: Decision to carry out an EHC needs assessment – Zofia Nowak – SENA/27/0583",
    reply_to=m026,
    new="""\
Dear Mrs Haworth,

Thank you. Grace and me read the letter twice to be sure. Thank you also for your help since November, you were always honest with us.

Best regards,
Dariusz""",
    category="general", refs=["SENA/27/0583"],
))  # fmt: skip

# ------------------------------------------------------------------ t10 consent and views

m028 = add(M(
    28, "consent_and_views_request", "t10-consent-views", "2028-02-22 09:35:06",
    TARIQ, [DARIUSZ], "Consent form and parental views – Zofia Nowak – SENA/27/0583", cc=[GRACE],
    attachments=[
        Att("Consent to share information.docx", DOCX, fake_docx("Consent to share information")),
        Att("Parental views booklet.docx", DOCX, fake_docx("Parental views booklet")),
        Att("All about me - secondary.docx", DOCX, fake_docx("All about me")),
    ],
    new="""\
Dear Mr Nowak and Ms Adeyemi,

I'm Tariq, and I'll be coordinating Zofia's EHC needs assessment from now on. Lorraine has handed her file over to me, so you shouldn't need to repeat anything.

To get started I need a few things from you:

1. The consent form (attached), signed by one of you. Without it I can't ask health or social care for their advice.
2. Your views. The parental views booklet is attached, but a letter in your own words is just as good. Please write in whatever way is easiest; if it would help to do part of it in Polish, tell me and I'll arrange a translation.
3. Zofia's views. The "All about me" sheet is attached, but some young people would rather record a voice note or type a few lines on their phone. Anything she is comfortable with.
4. Copies of any letters from CAMHS, the GP or anyone else since the request.

If you could send these back by Friday 3 March, I can get the remaining advice requests moving straight away. The requests to the EP and to school went out last Friday, as they don't need consent.

Best wishes,

Tariq""",
    from_la=True, category="information_request", refs=["SENA/27/0583"],
    dates=[D("Friday 3 March", "2028-03-03", "deadline"),
           D("last Friday", "2028-02-18", "past")],
    commits=[C("la", "arrange a translation", None,
               "Please write in whatever way is easiest; if it would help to do part of it in Polish, tell me and I'll arrange a translation.")],
))  # fmt: skip

m029 = add(M(
    29, "re_consent_forms_returned", "t10-consent-views", "2028-03-02 22:51:33",
    DARIUSZ, [TARIQ], "Re: Consent form and parental views – Zofia Nowak – SENA/27/0583", cc=[GRACE],
    reply_to=m028,
    attachments=[
        Att("Consent form signed.pdf", PDF, fake_pdf("Consent signed")),
        Att("Parental views - Zofia Nowak.pdf", PDF, fake_pdf("Parental views")),
        Att("Zofia - about me.pdf", PDF, fake_pdf("About me")),
        Att("CAMHS letter 14.02.2028.pdf", PDF, fake_pdf("CAMHS letter")),
    ],
    new="""\
Dear Mr Mahmood,

Please find in attachment:
- the consent form signed by me (Grace will sign also the paper copy, I will post it tomorrow by first class);
- our parental views (sorry, it is long, there was a lot to say);
- Zofia's own page. She wrote it herself and she asked that nobody at school reads it without her permission, please respect this;
- the letter from CAMHS from 14 February. It only says that she is on the waiting list for the initial assessment.

Sorry it is only one day before the deadline, we wanted to do it properly.

Best regards,
Dariusz Nowak""",
    category="general", refs=["SENA/27/0583"],
    dates=[D("tomorrow", "2028-03-03", "deadline"),
           D("14 February", "2028-02-14", "past")],
    commits=[C("parent", "post the signed paper consent", "2028-03-03",
               "Grace will sign also the paper copy, I will post it tomorrow by first class")],
))  # fmt: skip

m030 = add(M(
    30, "re_ext_consent_received", "t10-consent-views", "2028-03-03 11:04:45",
    TARIQ, [DARIUSZ], "RE: [EXTERNAL] Re: Consent form and parental views – Zofia Nowak – SENA/27/0583",
    cc=[GRACE], reply_to=m029, banner=True,
    new="""\
Dear Mr Nowak,

Thank you, everything has arrived and it is all readable. There's no need to apologise for the length.

I have noted Zofia's wish about her page: it will go to the EP and to health, but not to school unless she says yes.

The EP and school were asked for their advice on 18 February, so their advice is due by 31 March. Now that we have your consent, I sent the health request to the Designated Clinical Officer this morning.

Dr Philippa Grange from our Educational Psychology Service will contact you herself to arrange to meet Zofia.

Best wishes,

Tariq""",
    from_la=True, category="acknowledgement", refs=["SENA/27/0583"],
    dates=[D("18 February", "2028-02-18", "past"),
           D("31 March", "2028-03-31", "deadline"),
           D("this morning", "2028-03-03", "other")],
    commits=[
        C("la", "share Zofia's page only with the EP and health", None,
          "I have noted Zofia's wish about her page: it will go to the EP and to health, but not to school unless she says yes."),
        C("la", "contact the parents to arrange to meet Zofia", None,
          "Dr Philippa Grange from our Educational Psychology Service will contact you herself to arrange to meet Zofia."),
    ],
))  # fmt: skip

# ------------------------------------------------------------------ t11 case-management notification

m031 = add(M(
    31, "send_connect_document_added", "t11-send-connect", "2028-03-03 11:15:09",
    SEND_CONNECT, [DARIUSZ], "SEND Connect: a new document has been added to a case",
    fmt="plain", cte="7bit", charset="us-ascii", msgid=None,
    extra_headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    new="""\
This is an automated message from SEND Connect. Please do not reply to this email.

A new document has been added to a case you are linked to.

Child: Zofia N.
Child ID: 1148207
Case: SENA/27/0583 (EHC needs assessment)
Document: Parental consent to share information (signed)
Added by: T. Mahmood
Added on: 03/03/2028 11:14

You can see the documents shared with you by signing in at https://sendconnect.hollinsbridge.gov.uk. If you have not yet activated your account, use the link in your welcome email.

Hollinsbridge Metropolitan Borough Council""",
    from_la=True, category="general", refs=["1148207", "SENA/27/0583"],
    dates=[D("03/03/2028", "2028-03-03", "other")],
))  # fmt: skip

# ------------------------------------------------------------------ t12 educational psychologist

m032 = add(M(
    32, "meeting_zofia_ep", "t12-ep-visit", "2028-03-08 14:22:17",
    PHILIPPA, [DARIUSZ], "Meeting Zofia - EP involvement", cc=[GRACE],
    new="""\
Dear Mr Nowak and Ms Adeyemi,

I'm the educational psychologist who has been asked to give advice for Zofia's EHC needs assessment. Tariq tells me that school is a hard place for Zofia at the moment, so I'd like to meet her at home first, if you're comfortable with that.

Would Thursday 16 March at 1.30pm work? I'd expect to stay about an hour and a half: some time with one or both of you, and some time with Zofia, with you nearby if she wants. There are no tests on a first visit, just talking and a couple of activities she is free to say no to.

I will also speak to Ms Thwaite by phone on Monday 13 March. Later on I may ask to see Zofia in school, if she feels able.

With best wishes,

Philippa""",
    from_la=True, category="appointment",
    dates=[D("Thursday 16 March", "2028-03-16", "meeting"),
           D("Monday 13 March", "2028-03-13", "meeting")],
    commits=[C("la", "speak to the SENCO by phone", "2028-03-13",
               "I will also speak to Ms Thwaite by phone on Monday 13 March.")],
))  # fmt: skip

m033 = add(M(
    33, "re_meeting_zofia_ep", "t12-ep-visit", "2028-03-08 20:16:29",
    DARIUSZ, [PHILIPPA], "Re: Meeting Zofia - EP involvement", cc=[GRACE], reply_to=m032,
    new="""\
Dear Dr Grange,

Thursday 16 March at 1.30pm is good. I will work from home that day. Grace is at work but she will phone in if it is possible.

Zofia asked me to tell you two things: please do not wear the lanyard from the council, and please do not sit on her side of the sofa. I know it sounds funny but for her it is important.

Kind regards,
Dariusz""",
    category="appointment",
    dates=[D("Thursday 16 March", "2028-03-16", "meeting")],
    commits=[C("parent", "work from home on the day of the visit", None,
               "I will work from home that day.")],
))  # fmt: skip

# ------------------------------------------------------------------ t13 CAMHS

m034 = add(M(
    34, "camhs_appointment_letter", "t13-camhs", "2028-03-13 10:40:51",
    CAMHS, [DARIUSZ], "Appointment letter - Zofia Nowak", fmt="plain", cte="7bit", charset="us-ascii",
    new="""\
Hollinsbridge Child and Adolescent Mental Health Service
Lowther Road Clinic, Lowther Road, Hollinsbridge HB3 2JD

Date: 13/03/2028
NHS No: 485 221 7730

Re: Zofia NOWAK, DOB 19/11/2014, 14 Larchfield Road, Hollinsbridge HB4 7QT

Dear Parent/Carer,

We are pleased to offer Zofia an Initial Assessment appointment with Sinead Mulcahy, Senior Mental Health Practitioner, on:

Tuesday 4 April 2028 at 4.30pm

at Lowther Road Clinic (ground floor, blue zone).

The appointment lasts up to 90 minutes. Please arrive 10 minutes early. Zofia should attend with a parent or carer.

If you are unable to attend, please contact us within 7 days of the date of this letter so that we can offer the appointment to another young person. If we do not hear from you and Zofia does not attend, she may be discharged back to her GP.

Yours sincerely,

CAMHS Administration Team
Tel: 01632 960690 (Monday to Friday, 9am to 5pm)""",
    category="appointment",
    dates=[D("13/03/2028", "2028-03-13", "other"),
           D("19/11/2014", "2014-11-19", "past"),
           D("Tuesday 4 April 2028", "2028-04-04", "meeting"),
           D("within 7 days of the date of this letter", "2028-03-20", "deadline")],
))  # fmt: skip

m035 = add(M(
    35, "re_camhs_appointment_phone", "t13-camhs", "2028-03-13 12:30:04",
    DARIUSZ_PHONE, [CAMHS], "Re: Appointment letter - Zofia Nowak", reply_to=m034, fmt="plain",
    new="""\
Good morning,

Thank you, we will come on 4 April at 4.30. Zofia's mum will bring her. I will try to come from work.

Can you please send a copy of this letter also to Tariq Mahmood at the Hollinsbridge SEND team (tariq.mahmood@hollinsbridge.gov.uk)? The council asked CAMHS for health advice for Zofia's EHC assessment.

Dariusz Nowak (father)""",
    category="appointment",
    dates=[D("4 April", "2028-04-04", "meeting")],
    commits=[C("parent", "attend the CAMHS appointment", "2028-04-04",
               "Thank you, we will come on 4 April at 4.30."),
             C("parent", "bring Zofia to the appointment", None, "Zofia's mum will bring her.")],
))  # fmt: skip

# ------------------------------------------------------------------ t14 delay and chasers

m036 = add(M(
    36, "update_on_timescales", "t14-delay", "2028-04-06 16:05:26",
    TARIQ, [DARIUSZ], "Zofia Nowak – SENA/27/0583 – update on timescales", cc=[GRACE],
    new="""\
Dear Mr Nowak and Ms Adeyemi,

I wanted to let you know where Zofia's assessment has got to, and I'm afraid it isn't where it should be.

We agreed at mediation that you would hear by 13 April 2028 whether the council will issue an EHC plan. I'm sorry to say that we won't be able to keep to that date. Two pieces of advice are still outstanding:

• Educational psychology advice: Dr Grange visited Zofia on 16 March, but she has been off work since then and her report isn't finished. She is due back on Monday 10 April.
• Health advice: CAMHS saw Zofia on Tuesday, and the Designated Clinical Officer is chasing their advice, but I don't have a date for it yet.

School's advice came in on 29 March, and your views and Zofia's are on file.

The next EHC panel with space is on Thursday 18 May 2028. I will take Zofia's case to that panel, and you will have the decision in writing by Wednesday 24 May 2028.

I know this isn't what you were promised, and I know what the wait means for Zofia. If anything changes for the better, I'll tell you straight away.

Kind regards,

Tariq""",
    from_la=True, category="delay_notice", refs=["SENA/27/0583"],
    dates=[D("13 April 2028", "2028-04-13", "deadline"),
           D("16 March", "2028-03-16", "past"),
           D("Monday 10 April", "2028-04-10", "other"),
           D("Tuesday", "2028-04-04", "past"),
           D("29 March", "2028-03-29", "past"),
           D("Thursday 18 May 2028", "2028-05-18", "meeting"),
           D("Wednesday 24 May 2028", "2028-05-24", "deadline")],
    commits=[
        C("la", "take the case to panel and send the decision", "2028-05-24",
          "I will take Zofia's case to that panel, and you will have the decision in writing by Wednesday 24 May 2028."),
        C("la", "tell the parents of any improvement", None,
          "If anything changes for the better, I'll tell you straight away."),
    ],
))  # fmt: skip

m037 = add(M(
    37, "re_update_on_timescales", "t14-delay", "2028-04-07 07:12:55",
    DARIUSZ, [TARIQ], "Re: Zofia Nowak – SENA/27/0583 – update on timescales", cc=[GRACE],
    reply_to=m036,
    new="""\
Dear Mr Mahmood,

Thank you for telling us honestly. But I must say that for us this is very hard. The date of 13 April was not only a promise, it is in the written mediation agreement, and I understood from the advice line that the council must keep such agreement in the same time as an order of the tribunal.

Zofia is now attending only mornings, and in some weeks not even that. Every month without a decision is a month of her education lost.

Please could you confirm me until Wednesday:
1. which legal exception the council says applies to this delay;
2. the exact date when Dr Grange's advice will be finished;
3. whether the health advice was requested with a deadline, and what is the deadline.

Regards,
Dariusz Nowak""",
    category="chaser", refs=["SENA/27/0583"],
    dates=[D("13 April", "2028-04-13", "deadline"),
           D("until Wednesday", "2028-04-12", "deadline")],
))  # fmt: skip

# ------------------------------------------------------------------ t15 secure message

m038 = add(M(
    38, "secure_message_ep_advice", "t15-secure-message", "2028-04-19 15:33:02",
    PHILIPPA_SECURE, [DARIUSZ], "[SECURE] Educational psychology advice – Zofia Nowak – SENA/27/0583",
    extra_headers=[("X-Veilguard-Protect", "notification; v=4.2"), ("Auto-Submitted", "auto-generated")],
    new="""\
You have received a secure message

Philippa Grange (philippa.grange@hollinsbridge.gov.uk) has sent you a secure message.

Subject: Educational psychology advice – Zofia Nowak – SENA/27/0583
Attachments: 1

To read the message, open it in Veilguard Protect:
https://secure.veilguard-protect.net/read/7Q2M-KX4D-91PA

If this is the first secure message you have received from Hollinsbridge Metropolitan Borough Council, you will be asked to create a free account with this email address.

This message will be available until 19 May 2028.

This notification was sent by Veilguard Protect on behalf of Hollinsbridge Metropolitan Borough Council. Please do not reply to this email: replies will not reach the sender.""",
    from_la=True, category="general", refs=["SENA/27/0583"],
    dates=[D("19 May 2028", "2028-05-19", "other")],
))  # fmt: skip

# ------------------------------------------------------------------ t16 complaint

m039 = add(M(
    39, "formal_complaint", "t16-complaint", "2028-04-25 21:02:10",
    DARIUSZ, [COMPLAINTS], "Formal complaint – SEND Assessment and Review Team – Zofia Nowak (SENA/27/0583)",
    cc=[TARIQ, DEBORAH, GRACE],
    new="""\
Dear Sir or Madam,

I wish to make a formal complaint under the council's complaints procedure (Stage 1) about how the SEND Assessment and Review Team has handled the EHC needs assessment of my daughter, Zofia Nowak.

What happened
1. On 3 February 2028, at mediation, the council agreed in writing to tell us by 13 April 2028 whether it will issue an EHC plan.
2. On 6 April, one week before this date, we were told that the date will not be kept and that we will have the decision only on 24 May.
3. On 7 April I wrote to Mr Mahmood with three questions, including which legal exception the council relies on. I still have no answer, not even an acknowledgement.
4. The educational psychology advice was due on 31 March. We received it on 19 April through a secure message, with no explanation for the delay.
5. I still do not know if the health advice was requested in time.

What I am asking for
a) a written explanation why the mediation agreement was not kept, and which exception, if any, the council relies on;
b) an apology to Zofia, who was told in February that "the council will decide by Easter";
c) confirmation that the decision will be sent by 24 May 2028 at the latest;
d) information what support the council will give Zofia in the meantime, as she is still on a part-time timetable.

If I do not receive a proper answer, I will take the complaint to the Local Government and Social Care Ombudsman.

Yours faithfully,
Dariusz Nowak""",
    category="complaint", refs=["SENA/27/0583"],
    dates=[D("3 February 2028", "2028-02-03", "past"),
           D("13 April 2028", "2028-04-13", "past"),
           D("6 April", "2028-04-06", "past"),
           D("24 May 2028", "2028-05-24", "deadline"),
           D("7 April", "2028-04-07", "past"),
           D("31 March", "2028-03-31", "past"),
           D("19 April", "2028-04-19", "past")],
    commits=[C("parent", "take the complaint to the Ombudsman", None,
               "If I do not receive a proper answer, I will take the complaint to the Local Government and Social Care Ombudsman.")],
))  # fmt: skip

m040 = add(M(
    40, "complaint_auto_acknowledgement", "t16-complaint", "2028-04-25 21:02:31",
    FEEDBACK, [DARIUSZ], "Your complaint has been received – reference CRM-280311",
    reply_to=m039, quote="none", fmt="plain",
    extra_headers=[("Auto-Submitted", "auto-generated")],
    new="""\
Thank you for contacting Hollinsbridge Metropolitan Borough Council.

We have received your complaint and logged it under reference CRM-280311. Please quote this reference if you contact us about it.

Your complaint has been passed to the service concerned. We aim to send you a full response within 10 working days. If we need longer, we will write to explain why and tell you when you can expect a reply.

Customer Feedback Team
Hollinsbridge Metropolitan Borough Council

This mailbox is not monitored.""",
    from_la=True, category="complaint", refs=["CRM-280311"],
    dates=[D("within 10 working days", "2028-05-10", "deadline")],
    commits=[
        C("la", "send a full response", "2028-05-10",
          "We aim to send you a full response within 10 working days."),
        C("la", "explain any extension", None,
          "If we need longer, we will write to explain why and tell you when you can expect a reply."),
    ],
))  # fmt: skip

m041 = add(M(
    41, "re_update_chaser", "t14-delay", "2028-05-02 08:40:03",
    DARIUSZ, [TARIQ], "Re: Zofia Nowak – SENA/27/0583 – update on timescales", reply_to=m037,
    new="""\
Dear Mr Mahmood,

I am writing again because I still have no reply to my email below from 7 April. I made also a formal complaint last week.

Could you please tell me simply: has the council received the health advice from CAMHS? The panel is on 18 May, that is in two weeks and two days, and I worry that Zofia's case will again not be ready.

Regards,
Dariusz""",
    category="chaser", refs=["SENA/27/0583"],
    dates=[D("7 April", "2028-04-07", "past"),
           D("18 May", "2028-05-18", "meeting")],
))  # fmt: skip

m042 = add(M(
    42, "auto_reply_tariq_ooo", "t14-delay", "2028-05-02 08:40:24",
    TARIQ_OOO, [DARIUSZ], "Automatic reply: [EXTERNAL] Re: Zofia Nowak – SENA/27/0583 – update on timescales",
    reply_to=m041, quote="none", fmt="plain",
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    new="""\
Thank you for your email. I am out of the office and back on Tuesday 9 May. I work Monday to Thursday.

If your email is urgent, please contact the SEND Assessment and Review Team on 01632 960200 or at sen.assessment@hollinsbridge.gov.uk.

Tariq Mahmood""",
    from_la=True, category="general", refs=["SENA/27/0583"],
    dates=[D("Tuesday 9 May", "2028-05-09", "other")],
))  # fmt: skip

m043 = add(M(
    43, "camhs_health_advice", "t13-camhs", "2028-05-03 17:15:40",
    SINEAD, [DARIUSZ], "Zofia - CAMHS assessment and health advice for the council", cc=[GRACE],
    reply_to=m035, quote="owa",
    new="""\
Dear Mr Nowak and Ms Adeyemi,

Our admin team passed me your email from March asking for the council to have a copy of Zofia's appointment letter. Sorry for the slow reply to that.

It was good to meet Zofia on 4 April. As we discussed, what she described fits with significant anxiety, with school as the main trigger, and I have added her to the waiting list for the neurodevelopmental (ADHD) assessment. I'm afraid that list is long.

The council has asked us for health advice for her EHC needs assessment. I had hoped to have it done before Easter and I'm sorry it has taken longer. I will send my advice to the Designated Clinical Officer and to Mr Mahmood by Wednesday 10 May, and I'll copy you in.

I would also like to offer Zofia six sessions of anxiety-focused work with me, starting on Tuesday 23 May at 4.30pm at Lowther Road. Please let me know if she would like to give it a try.

Kind regards,

Sinéad""",
    category="general",
    dates=[D("4 April", "2028-04-04", "past"),
           D("Wednesday 10 May", "2028-05-10", "deadline"),
           D("Tuesday 23 May", "2028-05-23", "meeting")],
    commits=[C("health", "send the health advice", "2028-05-10",
               "I will send my advice to the Designated Clinical Officer and to Mr Mahmood by Wednesday 10 May, and I'll copy you in.")],
))  # fmt: skip

m044 = add(M(
    44, "complaint_stage1_response", "t16-complaint", "2028-05-12 14:10:35",
    DEBORAH, [DARIUSZ], "Your complaint – CRM-280311 – Stage 1 response", cc=[TARIQ, COMPLAINTS],
    reply_to=m039, quote="none", fmt="plain", charset="iso-8859-1",
    new="""\
Dear Mr Nowak,

Stage 1 complaint - reference CRM-280311

Thank you for your email of 25 April 2028. I am the SEND Team Manager, and I have looked into your complaint. I am sorry that this response reaches you two days later than the date our Customer Feedback Team gave you.

1. The mediation agreement
At mediation on 3 February the council agreed to tell you by 13 April whether it would issue an EHC plan. It did not do so. The delay was caused by the educational psychologist's absence and by the health advice arriving late. Neither of these is one of the exceptions set out in the regulations, and I do not suggest that any exception applies. I uphold this part of your complaint.

2. Your email of 7 April
Mr Mahmood should have replied to you and did not. He was on leave for part of that time, but the team should have picked your email up. I uphold this part.

3. The educational psychology advice
This was due on 31 March and was sent to you on 19 April. I uphold this part, and I apologise that it reached you with no explanation.

4. The health advice
The request went to the Designated Clinical Officer on 3 March, the day after we received your consent. The health advice arrived on Wednesday. I do not uphold this part, although I accept that we should have kept you informed.

What happens now
Zofia's case will be considered by the EHC panel on Thursday 18 May. Mr Mahmood will send you the decision in writing by 24 May 2028.

I am sorry for the time and trouble this has caused you. The council will make a payment of £200 to you in recognition of this within 20 working days of the date of this letter.

I have also asked our Inclusion Support Service to contact Ashcombe Vale about support for Zofia while the decision is made.

If you are not satisfied with this response, you can ask for your complaint to be considered at Stage 2 by writing to the Customer Feedback Team within 28 days of the date of this letter.

Yours sincerely,""",
    from_la=True, category="complaint", refs=["CRM-280311"],
    dates=[D("25 April 2028", "2028-04-25", "past"),
           D("3 February", "2028-02-03", "past"),
           D("13 April", "2028-04-13", "past"),
           D("7 April", "2028-04-07", "past"),
           D("31 March", "2028-03-31", "past"),
           D("19 April", "2028-04-19", "past"),
           D("3 March", "2028-03-03", "past"),
           D("Wednesday", "2028-05-10", "past"),
           D("Thursday 18 May", "2028-05-18", "meeting"),
           D("24 May 2028", "2028-05-24", "deadline"),
           D("within 20 working days of the date of this letter", "2028-06-12", "deadline"),
           D("within 28 days of the date of this letter", "2028-06-09", "deadline")],
    commits=[
        C("la", "send the decision in writing", "2028-05-24",
          "Mr Mahmood will send you the decision in writing by 24 May 2028."),
        C("la", "pay £200 for time and trouble", "2028-06-12",
          "The council will make a payment of £200 to you in recognition of this within 20 working days of the date of this letter."),
    ],
))  # fmt: skip
