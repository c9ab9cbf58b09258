"""Messages 045-066: no plan, certificate, alternative provision and the appeal (May to September 2028)."""

from corpuslib import Att, C, D, M, fake_pdf
from msgs_a import m012
from msgs_b import m021
from people import (
    CALLUM9,
    CLAIRE,
    DARIUSZ,
    DARIUSZ_PHONE,
    GRACE,
    HUGH,
    JANICE,
    JESS,
    LIBRARIES,
    NADIA,
    REBECCA,
    REBECCA_OOO,
    SIMON,
    TARIQ,
    TRIBUNAL,
    VICKY,
)  # fmt: skip

PDF = "application/pdf"
MSGS: list[M] = []


def add(m: M) -> M:
    MSGS.append(m)
    return m


# ------------------------------------------------------------------ t17 decision not to issue

m045 = add(M(
    45, "outcome_no_ehc_plan", "t17-no-plan", "2028-05-24 15:47:13",
    TARIQ, [DARIUSZ], "Outcome of EHC needs assessment – Zofia Nowak – SENA/27/0583",
    cc=[GRACE, REBECCA],
    attachments=[
        Att("Decision letter - no EHC plan - SENA-27-0583.pdf", PDF, fake_pdf("Decision letter")),
        Att("Proposed SEN Support Plan - Zofia Nowak.pdf", PDF, fake_pdf("Proposed SEN Support Plan")),
        Att("EP advice - Zofia Nowak.pdf", PDF, fake_pdf("EP advice")),
        Att("Health advice - CAMHS - Zofia Nowak.pdf", PDF, fake_pdf("Health advice")),
    ],
    new="""\
Dear Mr Nowak and Ms Adeyemi,

The EHC panel met on Thursday 18 May to look at all the advice gathered for Zofia's assessment. I'm writing with the outcome. The formal letter is attached, with all of the advice the panel saw, and the key part of the letter is below.

Decision following an EHC needs assessment
Zofia Nowak, date of birth 19/11/2014, Ashcombe Vale Academy
Date of letter: 24 May 2028

Having considered all the advice and information, the council has decided that it is not necessary for special educational provision to be made for Zofia through an EHC plan. The council will therefore not issue an EHC plan.

The panel's reasons are:
• The educational psychologist and CAMHS both describe anxiety-related school avoidance. Neither identifies a learning difficulty that school cannot address, and Zofia's attainment when she is in lessons is in line with what is expected for her age.
• The advice recommends a graded return to school, a key adult, therapeutic support from CAMHS and adjustments to the curriculum. The panel considers that all of this can be put in place from the resources normally available to Ashcombe Vale, with support from the council's Inclusion Support Service.
• An ADHD assessment is awaited. If it identifies further needs, you or the school can ask for an assessment again.

SEN Support Plan
Instead of an EHC plan, the council proposes the SEN Support Plan attached. Its main points are:
• a reintegration timetable that adds one lesson every two weeks, reviewed every half term;
• a named key adult (Miss Shah) and a daily check-in;
• six sessions of anxiety-focused work with CAMHS, which CAMHS has already offered;
• termly consultation between the Inclusion Support Service and the school;
• a referral to the council's Alternative Provision Panel for a part-time placement in the autumn term.

Ashcombe Vale will hold a meeting with you to agree the plan on Wednesday 14 June at 2pm. Lisa Garside from our Inclusion Support Service will attend that meeting.

Your right of appeal
You can appeal against this decision to the First-tier Tribunal (Special Educational Needs and Disability). Before you appeal you must contact the mediation adviser, Pennant Mediation Services (01632 960770). You must appeal within two months of the date of this letter, that is by 24 July 2028, or within one month of the date of a mediation certificate if that is later.

You can get free, independent advice from Hollinsbridge SENDIASS on 01632 960345.

I'm sorry this isn't the outcome you were hoping for. If it would help for me to talk you through the panel's reasoning, I'm free most of next week.

Tariq""",
    from_la=True, category="decision_not_to_issue", refs=["SENA/27/0583"],
    dates=[D("Thursday 18 May", "2028-05-18", "past"),
           D("19/11/2014", "2014-11-19", "past"),
           D("24 May 2028", "2028-05-24", "other"),
           D("Wednesday 14 June", "2028-06-14", "meeting"),
           D("24 July 2028", "2028-07-24", "deadline")],
    commits=[
        C("school", "hold a meeting to agree the SEN Support Plan", "2028-06-14",
          "Ashcombe Vale will hold a meeting with you to agree the plan on Wednesday 14 June at 2pm."),
        C("la", "attend the SEN Support Plan meeting", None,
          "Lisa Garside from our Inclusion Support Service will attend that meeting."),
    ],
))  # fmt: skip

m046 = add(M(
    46, "re_outcome_phone", "t17-no-plan", "2028-05-24 21:40:32",
    DARIUSZ_PHONE, [TARIQ], "Re: Outcome of EHC needs assessment – Zofia Nowak – SENA/27/0583",
    cc=[GRACE], reply_to=m045, fmt="plain",
    new="""\
Mr Mahmood, we received the letter. We do not agree with it and we will appeal to the tribunal. Zofia was in school 4 mornings this month.
I will write properly later.
Dariusz""",
    category="mediation_tribunal", refs=["SENA/27/0583"],
    commits=[C("parent", "appeal to the tribunal", None,
               "We do not agree with it and we will appeal to the tribunal."),
             C("parent", "write properly later", None, "I will write properly later.")],
))  # fmt: skip

# ------------------------------------------------------------------ t18 certificate for the appeal

m047 = add(M(
    47, "certificate_request", "t18-certificate", "2028-06-05 19:25:46",
    DARIUSZ, [CLAIRE], "Zofia Nowak - new decision - mediation certificate please", cc=[GRACE],
    attachments=[Att("Decision letter - no EHC plan - SENA-27-0583.pdf", PDF, fake_pdf("Decision letter"))],
    new="""\
Dear Claire,

You helped us in January with the mediation (your reference PMS-28-0041). Hollinsbridge carried out the assessment, but on 24 May they decided not to issue an EHC plan for Zofia. I attach the letter.

This time we do not want mediation. We have decided to appeal to the tribunal, and we understand we need a certificate from you first. Could you please issue it?

The council reference is SENA/27/0583.

Thank you,
Dariusz Nowak""",
    category="mediation_tribunal", refs=["PMS-28-0041", "SENA/27/0583"],
    dates=[D("24 May", "2028-05-24", "past")],
))  # fmt: skip

m048 = add(M(
    48, "re_certificate_issued", "t18-certificate", "2028-06-07 10:12:19",
    CLAIRE, [DARIUSZ], "RE: Zofia Nowak - new decision - mediation certificate please", cc=[GRACE],
    reply_to=m047,
    attachments=[Att("Mediation certificate PMS-28-0297.pdf", PDF, fake_pdf("Mediation certificate"))],
    new="""\
Dear Mr Nowak,

Thank you for letting me know, and I'm sorry to hear the outcome. I have opened a new case for this decision (reference PMS-28-0297) and your mediation certificate is attached. It is dated today, 7 June 2028.

For your appeal, the deadline is the later of two months from the council's letter (24 July 2028) and one month from the certificate (7 July 2028), so in your case 24 July 2028. You will need to send the tribunal a copy of the certificate with your appeal form.

I have told Hollinsbridge that you do not wish to mediate.

Best wishes,
Claire""",
    category="mediation_tribunal", refs=["PMS-28-0297"],
    dates=[D("7 June 2028", "2028-06-07", "other"),
           D("24 July 2028", "2028-07-24", "deadline"),
           D("7 July 2028", "2028-07-07", "deadline")],
))  # fmt: skip

# ------------------------------------------------------------------ t07 advice line, five months on

m049 = add(M(
    49, "re_fwd_advice_appeal_questions", "t07-advice-line", "2028-06-08 20:20:58",
    DARIUSZ, [HUGH], "Re: Fwd: EHC needs assessment request – decision – Zofia Nowak – SENA/27/0583",
    reply_to=m021,
    new="""\
Dear Hugh,

I hope you remember us. Thank you again for your advice in January. We went to mediation and the council agreed to assess Zofia. Unfortunately on 24 May they decided not to issue a plan, so now we appeal to the tribunal. We got the mediation certificate yesterday.

I would like to ask:
1. Is it enough to send the SEND35 form with the decision letter and the certificate, or should we send all the reports now?
2. Can we use the EP report from the council if it partly supports us?
3. Zofia does not want to go to the hearing. Is this a problem?

Many thanks,
Dariusz""",
    category="general", refs=["SENA/27/0583"],
    dates=[D("24 May", "2028-05-24", "past"),
           D("yesterday", "2028-06-07", "past")],
))  # fmt: skip

m050 = add(M(
    50, "re_fwd_advice_answers", "t07-advice-line", "2028-06-12 12:36:07",
    HUGH, [DARIUSZ], "Re: Fwd: EHC needs assessment request – decision – Zofia Nowak – SENA/27/0583",
    reply_to=m049,
    new="""\
Dear Dariusz,

Of course I remember, and well done for getting the assessment agreed.

1. Send the SEND35, the decision letter and the certificate. You don't have to send every report now: after the tribunal registers the appeal it will set dates for evidence. It does help to list in the form the reports you will rely on.

2. Yes. In a "no plan" appeal the EP advice is often the strongest evidence, because it describes what Zofia needs. Look at each recommendation and ask whether the school can really provide it without a plan.

3. No. Zofia doesn't have to attend, but the tribunal should hear her views, and there's a section of the form for them.

If you send me your draft reasons for appealing by Friday 16 June, I'll send you comments by Wednesday 21 June.

Best wishes,
Hugh""",
    category="general", refs=["SENA/27/0583"],
    dates=[D("Friday 16 June", "2028-06-16", "deadline"),
           D("Wednesday 21 June", "2028-06-21", "deadline")],
    commits=[C("other", "send comments on the draft reasons", "2028-06-21",
               "If you send me your draft reasons for appealing by Friday 16 June, I'll send you comments by Wednesday 21 June.")],
))  # fmt: skip

# ------------------------------------------------------------------ t23 council newsletter (not SEN)

m051 = add(M(
    51, "summer_reading_challenge", "t23-libraries", "2028-06-20 08:00:00",
    LIBRARIES, [DARIUSZ], "Summer Reading Challenge 2028 starts soon 📚", fmt="html", cte="base64",
    extra_headers=[("List-Unsubscribe", "<https://news.hollinsbridge.gov.uk/unsubscribe?u=88213>"),
                   ("Precedence", "bulk")],
    new="""\
Hollinsbridge Libraries – news for library members

The Summer Reading Challenge is back! Children aged 4 to 11 can sign up at any Hollinsbridge library from Saturday 8 July and read six books over the summer holidays to collect stickers, a medal and a certificate.

Relaxed sessions: on Tuesday mornings in August, Larchfield and Millbeck libraries will open an hour early for families of children with SEND or anyone who would like a quieter visit, with the lights lowered and no tannoy announcements.

Teen volunteers: young people aged 13 to 17 can volunteer as Reading Challenge helpers. Ask at your library for an application form by Friday 30 June.

Your library account: you have 2 items on loan. Renew online at any time.

You are receiving this email because you joined Hollinsbridge Libraries and agreed to receive news from us.""",
    from_la=True, category="not_send",
))  # fmt: skip

# ------------------------------------------------------------------ t19 alternative provision

m052 = add(M(
    52, "alternative_provision_september", "t19-alternative-provision", "2028-06-30 11:20:38",
    SIMON, [DARIUSZ, GRACE], "Alternative provision from September – Zofia Nowak", cc=[REBECCA, JESS],
    new="""\
Dear Mr Nowak and Ms Adeyemi,

I'm writing from the council's Alternative Provision team. Zofia was referred to our Alternative Provision Panel as part of her SEN Support Plan, and the panel met on Tuesday 27 June.

The panel agreed a part-time placement at Brookside Learning Centre for the autumn term. The proposal is:
• Tuesday, Wednesday and Thursday mornings at Brookside (9.30am to 12.30pm), in a group of no more than six;
• Monday and Friday mornings at Ashcombe Vale, where Zofia stays on roll;
• a review at the October half term.

The placement would start on Tuesday 5 September, the second day of term. I've copied in Jess Okafor at Brookside, who will be in touch to arrange a visit before the summer holiday.

Zofia would be eligible for transport, as Brookside is more than three miles from home. I'll send the transport request once you've said yes to the placement.

Kind regards,

Simon""",
    from_la=True, category="general",
    dates=[D("Tuesday 27 June", "2028-06-27", "past"),
           D("Tuesday 5 September", "2028-09-05", "other")],
    commits=[
        C("school", "arrange a visit", None,
          "I've copied in Jess Okafor at Brookside, who will be in touch to arrange a visit before the summer holiday."),
        C("la", "send the transport request", None,
          "I'll send the transport request once you've said yes to the placement."),
    ],
))  # fmt: skip

m053 = add(M(
    53, "re_alternative_provision_questions", "t19-alternative-provision", "2028-07-02 21:35:12",
    DARIUSZ, [SIMON], "Re: Alternative provision from September – Zofia Nowak",
    cc=[GRACE, REBECCA, JESS], reply_to=m052,
    new="""\
Dear Mr Crowther,

Thank you for this. Before we say yes, Grace and me have some questions:

1. Does this placement mean that the council thinks Zofia does not need an EHC plan? We are appealing the decision not to issue a plan, and we do not want that the placement is used against us at the tribunal.
2. Will Zofia still have English, Maths and Science at Brookside? She is in Year 9 from September and the GCSE options start next year.
3. Who decides how long the placement continues after October?
4. For transport: will it be a taxi only for her, or a minibus with other pupils? Shared transport with strangers would be very hard for her at the beginning.

We would be grateful for an answer before the visit, because Zofia will ask us all these questions too.

Best regards,
Dariusz Nowak""",
    category="information_request",
))  # fmt: skip

m054 = add(M(
    54, "re_ext_alternative_provision_answers", "t19-alternative-provision", "2028-07-05 09:58:44",
    SIMON, [DARIUSZ], "RE: [EXTERNAL] Re: Alternative provision from September – Zofia Nowak",
    cc=[GRACE, REBECCA, JESS], reply_to=m053, banner=True, fmt="html", charset="windows-1252",
    new="""\
Dear Mr Nowak,

Good questions – my answers are below.

1. No. The placement is part of Zofia’s SEN support and says nothing about whether she needs a plan. Your appeal is a separate matter, and accepting the placement won’t weaken it.

2. Yes. Brookside teaches English, maths and science every morning, plus one option subject. Zofia keeps her Ashcombe Vale options choices.

3. The placement will be reviewed at a meeting before the October half term, with you, Zofia, Brookside and Ashcombe Vale. Any extension is agreed at that meeting.

4. We’d arrange a taxi with a passenger assistant, just for Zofia to start with.

Assuming you’re happy to go ahead, I’ll send the transport request to our Passenger Transport team by Friday 7 July so the taxi is ready for the first day.

Kind regards,

Simon""",
    from_la=True, category="general",
    dates=[D("Friday 7 July", "2028-07-07", "deadline")],
    commits=[
        C("la", "send the transport request", "2028-07-07",
          "Assuming you’re happy to go ahead, I’ll send the transport request to our Passenger Transport team by Friday 7 July so the taxi is ready for the first day."),
    ],
))  # fmt: skip

m055 = add(M(
    55, "re_ext_brookside_visit", "t19-alternative-provision", "2028-07-11 14:30:16",
    JESS, [DARIUSZ, GRACE], "RE: [EXTERNAL] RE: [EXTERNAL] Re: Alternative provision from September – Zofia Nowak",
    cc=[SIMON], reply_to=m054, banner=True,
    new="""\
Dear Mr Nowak and Ms Adeyemi,

I'm the Head of Centre at Brookside. Simon has answered your questions far better than I would have!

We'd love Zofia to come and see us before the holidays, at a quiet time of day. Could you come on Wednesday 19 July at 10am? It would just be me and Mrs Begum, our pastoral lead, showing her the room she'd be in and the garden. It takes about 45 minutes, and there's no expectation that she talks to anyone.

If she'd rather, we can also send a short video tour first.

Best wishes,
Jess""",
    category="appointment",
    dates=[D("Wednesday 19 July", "2028-07-19", "meeting")],
))  # fmt: skip

m056 = add(M(
    56, "re_brookside_visit_phone", "t19-alternative-provision", "2028-07-11 18:03:50",
    DARIUSZ_PHONE, [JESS], "Re: RE: [EXTERNAL] RE: [EXTERNAL] Re: Alternative provision from September – Zofia Nowak",
    cc=[GRACE], reply_to=m055, fmt="plain",
    new="""\
Dear Ms Okafor, Wednesday 19 July at 10 is ok. Zofia will come with me, she said yes to the visit (after some negotiation). Please no video, she prefers to see the real place.
Dariusz""",
    category="appointment",
    dates=[D("Wednesday 19 July", "2028-07-19", "meeting")],
    commits=[C("parent", "bring Zofia to the visit", None,
               "Zofia will come with me, she said yes to the visit (after some negotiation).")],
))  # fmt: skip

# ------------------------------------------------------------------ t20 the appeal

m057 = add(M(
    57, "send35_appeal", "t20-appeal", "2028-07-17 20:05:27",
    DARIUSZ, [TRIBUNAL], "SEND35 appeal - Zofia Nowak - Hollinsbridge MBC - decision not to issue EHC plan",
    cc=[GRACE],
    attachments=[
        Att("SEND35 - Zofia Nowak.pdf", PDF, fake_pdf("SEND35")),
        Att("Decision letter - no EHC plan - SENA-27-0583.pdf", PDF, fake_pdf("Decision letter")),
        Att("Mediation certificate PMS-28-0297.pdf", PDF, fake_pdf("Mediation certificate")),
        Att("Reasons for appeal.pdf", PDF, fake_pdf("Reasons for appeal")),
        Att("EP and CAMHS advice.pdf", PDF, fake_pdf("EP and CAMHS advice")),
    ],
    new="""\
Dear Sir or Madam,

Please find attached our appeal (form SEND35) against the decision of Hollinsbridge Metropolitan Borough Council dated 24 May 2028 not to issue an EHC plan for our daughter Zofia Nowak, date of birth 19 November 2014. The council's reference is SENA/27/0583.

Attached:
1. SEND35 appeal form, signed by both parents;
2. the decision letter of 24 May 2028;
3. the mediation certificate PMS-28-0297, dated 7 June 2028;
4. our reasons for appeal (2 pages);
5. the educational psychology advice and the CAMHS advice.

We would like the hearing to be by video if possible, because of our work. Zofia will not attend, but her views are in section 8 of the form.

Yours faithfully,
Dariusz Nowak and Grace Adeyemi""",
    category="mediation_tribunal", refs=["SENA/27/0583", "PMS-28-0297"],
    dates=[D("24 May 2028", "2028-05-24", "past"),
           D("19 November 2014", "2014-11-19", "past"),
           D("7 June 2028", "2028-06-07", "past")],
))  # fmt: skip

m058 = add(M(
    58, "tribunal_auto_acknowledgement", "t20-appeal", "2028-07-17 20:06:02",
    TRIBUNAL, [DARIUSZ], "Automatic reply: SEND35 appeal - Zofia Nowak - Hollinsbridge MBC - decision not to issue EHC plan",
    reply_to=m057, quote="none", fmt="plain",
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    new="""\
Thank you for contacting the First-tier Tribunal (Special Educational Needs and Disability).

This is an automated acknowledgement: your email has been received. If you have sent a new appeal, we aim to register it and write to all parties within 10 working days of receipt.

Please do not send the same documents more than once, as this can delay your case.

When you write to us about an existing appeal, please put the hearing date, the appeal number and the child's name in the subject line, in this format: HD dd/mm/yyyy | EH000/00/00000 | Child's name | Topic.

HM Courts & Tribunals Service""",
    category="mediation_tribunal",
    dates=[D("within 10 working days of receipt", "2028-07-31", "deadline")],
    commits=[C("other", "register the appeal and write to the parties", "2028-07-31",
               "If you have sent a new appeal, we aim to register it and write to all parties within 10 working days of receipt.")],
))  # fmt: skip

m059 = add(M(
    59, "appeal_registered", "t20-appeal", "2028-08-03 11:42:09",
    TRIBUNAL, [DARIUSZ, GRACE], "HD 05/12/2028 | EH378/28/00519 | Zofia Nowak | Appeal registered",
    reply_to=m057, quote="none", fmt="plain",
    attachments=[Att("Registration letter and directions EH378-28-00519.pdf", PDF,
                     fake_pdf("Registration letter and directions"))],
    new="""\
Dear Mr Nowak and Ms Adeyemi,

Appeal number: EH378/28/00519
Child: Zofia Nowak
Local authority: Hollinsbridge Metropolitan Borough Council
Type of appeal: refusal to issue an EHC plan

Your appeal was received on 17 July 2028 and has been registered. The registration letter and the Tribunal's directions are attached. In summary:

- The local authority must send its response to the appeal to the Tribunal and to you by 12 October 2028.
- You must send any further evidence, and the attendance form for the hearing, by 26 October 2028.
- The local authority must send the draft index for the hearing bundle by 9 November 2028.
- The hearing will take place by video (CVP) on 5 December 2028, starting at 10am. It is listed for one day.

Please put the hearing date, the appeal number and Zofia's name in the subject line of any email about this appeal, as in the subject of this email.

Yours sincerely,

Tribunal Caseworker
First-tier Tribunal (Special Educational Needs and Disability)""",
    category="mediation_tribunal", refs=["EH378/28/00519"],
    dates=[D("17 July 2028", "2028-07-17", "past"),
           D("12 October 2028", "2028-10-12", "deadline"),
           D("26 October 2028", "2028-10-26", "deadline"),
           D("9 November 2028", "2028-11-09", "deadline"),
           D("5 December 2028", "2028-12-05", "meeting")],
))  # fmt: skip

# ------------------------------------------------------------------ t21 statement from the SENCO

m060 = add(M(
    60, "fwd_registration_to_senco", "t21-senco-statement", "2028-08-03 19:40:55",
    DARIUSZ, [REBECCA], "Fwd: HD 05/12/2028 | EH378/28/00519 | Zofia Nowak | Appeal registered",
    cc=[GRACE], reply_to=m059, quote="fwd", irt=False,
    attachments=[Att("Registration letter and directions EH378-28-00519.pdf", PDF,
                     fake_pdf("Registration letter and directions"))],
    new="""\
Dear Ms Thwaite,

I know you are on holiday, so please read this only in September. The tribunal has registered our appeal and the hearing is on 5 December.

We would be very grateful if you could write a short statement for the tribunal about Zofia: what support the school gave, what worked and what did not, and whether in your opinion the school can meet her needs without an EHC plan. Our evidence must be sent by 26 October.

Thank you for everything you did for Zofia in Year 8.

Dariusz""",
    category="mediation_tribunal", refs=["EH378/28/00519"],
    dates=[D("5 December", "2028-12-05", "meeting"),
           D("26 October", "2028-10-26", "deadline")],
))  # fmt: skip

m061 = add(M(
    61, "auto_reply_senco_summer", "t21-senco-statement", "2028-08-03 19:41:07",
    REBECCA_OOO, [DARIUSZ], "Automatic reply: [EXTERNAL] Fwd: HD 05/12/2028 | EH378/28/00519 | Zofia Nowak | Appeal registered",
    reply_to=m060, quote="none", fmt="plain",
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    new="""\
Thank you for your email. I'm away from school over the summer holiday and back on Monday 4 September. I'll reply to your email as soon as I can after that.

If you have a safeguarding concern, please contact the Hollinsbridge Children's Front Door on 01632 960100.

Rebecca Thwaite, SENCO""",
    category="general", refs=["EH378/28/00519"],
    dates=[D("Monday 4 September", "2028-09-04", "other")],
    commits=[C("school", "reply to the email after the holiday", None,
               "I'll reply to your email as soon as I can after that.")],
))  # fmt: skip

m062 = add(M(
    62, "re_ext_fwd_senco_statement", "t21-senco-statement", "2028-09-05 16:25:31",
    REBECCA, [DARIUSZ], "RE: [EXTERNAL] Fwd: HD 05/12/2028 | EH378/28/00519 | Zofia Nowak | Appeal registered",
    cc=[GRACE], reply_to=m060, banner=True,
    new="""\
Dear Mr Nowak,

Thank you for your kind words. Of course I'm happy to help.

My honest view, which I'm comfortable putting in writing, is that we have done everything we reasonably can at SEN support and it hasn't been enough. Mr Akhtar has read your email and agrees. I'll write a statement and send it to you by Friday 29 September, which leaves you time before the 26 October deadline.

A bit of Year 9 news: Zofia came in yesterday morning for registration and her first Maths lesson, and Miss Shah says she was calm. She started at Brookside this morning, and the taxi turned up on time, which felt like a small miracle.

Best wishes,
Rebecca""",
    category="mediation_tribunal", refs=["EH378/28/00519"],
    dates=[D("Friday 29 September", "2028-09-29", "deadline"),
           D("26 October", "2028-10-26", "deadline"),
           D("yesterday", "2028-09-04", "past"),
           D("this morning", "2028-09-05", "other")],
    commits=[C("school", "write and send a statement for the tribunal", "2028-09-29",
               "I'll write a statement and send it to you by Friday 29 September, which leaves you time before the 26 October deadline.")],
))  # fmt: skip

# ------------------------------------------------------------------ t03 attendance, Year 9

m063 = add(M(
    63, "part_time_timetable_review_y9", "t03-la-attendance", "2028-09-08 12:15:02",
    VICKY, [DARIUSZ], "Part-time timetable review – Year 9 – ATT-27-3391",
    cc=[GRACE, CALLUM9, JANICE, JESS], reply_to=m012,
    new="""\
Dear Mr Nowak,

I hope you all had a good summer. I'm picking Zofia's attendance plan up again now that Year 9 has started with the new arrangement (Ashcombe Vale on Monday and Friday mornings, Brookside from Tuesday to Thursday).

Because Zofia is still on a part-time timetable, it needs a proper review, and I'd like to do that with you, Mr Fairbairn and Jess Okafor from Brookside on Thursday 21 September at 3.30pm at Ashcombe Vale. Ms Adeyemi is welcome to join by phone if work makes it hard to come in.

Mr Fairbairn tells me Zofia attended every one of her timetabled sessions in the first week, which is brilliant.

Kind regards,

Vicky""",
    from_la=True, category="appointment", refs=["ATT-27-3391"],
    dates=[D("Thursday 21 September", "2028-09-21", "meeting")],
))  # fmt: skip

m064 = add(M(
    64, "re_part_time_timetable_review", "t03-la-attendance", "2028-09-08 18:02:44",
    DARIUSZ, [VICKY], "Re: Part-time timetable review – Year 9 – ATT-27-3391", cc=[GRACE],
    reply_to=m063,
    new="""\
Dear Ms Rudd,

Thursday 21 September at 3.30 is fine, I will be there. Grace will join by phone.

Yes, the first week was good. We are almost afraid to say it aloud.

Dariusz""",
    category="appointment", refs=["ATT-27-3391"],
    dates=[D("Thursday 21 September", "2028-09-21", "meeting")],
    commits=[C("parent", "attend the review", "2028-09-21",
               "Thursday 21 September at 3.30 is fine, I will be there."),
             C("parent", "join by phone", None, "Grace will join by phone.")],
))  # fmt: skip

# ------------------------------------------------------------------ t22 the council's response

m065 = add(M(
    65, "la_response", "t22-la-response", "2028-10-12 16:58:20",
    NADIA, [DARIUSZ, GRACE], "HD 05/12/2028 | EH378/28/00519 | Zofia Nowak | LA Response", cc=[TRIBUNAL],
    attachments=[
        Att("LA Response EH378-28-00519.pdf", PDF, fake_pdf("LA Response")),
        Att("LA documents EH378-28-00519.pdf", PDF, fake_pdf("LA documents")),
    ],
    new="""\
Dear Mr Nowak and Ms Adeyemi,

Please find attached the local authority's response to Zofia's appeal, together with the documents the local authority relies on. A copy has been sent to the Tribunal today.

In summary, the local authority opposes the appeal. Its position is that Zofia's needs are being met through her SEN Support Plan and the part-time placement at Brookside Learning Centre, that her attendance has improved since September, and that it is not necessary for special educational provision to be made in accordance with an EHC plan.

The local authority will be represented at the hearing by Tariq Mahmood, with Dr Philippa Grange attending as a witness.

In line with the Tribunal's directions, I will send you the draft index for the hearing bundle by 9 November 2028. If you would like to discuss whether any of the issues can be narrowed before the hearing, I am happy to arrange a call.

Kind regards,

Nadia Rasool""",
    from_la=True, category="mediation_tribunal", refs=["EH378/28/00519", "LS/TRB/28/0417"],
    dates=[D("today", "2028-10-12", "other"),
           D("9 November 2028", "2028-11-09", "deadline")],
    commits=[C("la", "send the draft hearing bundle index", "2028-11-09",
               "In line with the Tribunal's directions, I will send you the draft index for the hearing bundle by 9 November 2028.")],
))  # fmt: skip

m066 = add(M(
    66, "re_la_response_late_night", "t22-la-response", "2028-10-17 00:20:41",
    DARIUSZ, [NADIA], "Re: HD 05/12/2028 | EH378/28/00519 | Zofia Nowak | LA Response",
    cc=[TRIBUNAL, GRACE], reply_to=m065, utc=True,
    new="""\
Dear Ms Rasool,

Thank you for the response. We have read it carefully and we do not agree with several points, which we will explain in our evidence.

Only one correction now, because it is a fact: the response says that Zofia's attendance has improved since September. This is true for her timetabled sessions, but she is timetabled for only five mornings a week. On Monday she came home from Ashcombe Vale at 12.30 and she could not come out of her room until the evening.

We will send our evidence and the attendance form to the Tribunal by 26 October, as directed. Ms Thwaite's statement is part of it.

We would be glad to have a call about narrowing the issues, but only after our evidence is in.

Yours sincerely,
Dariusz Nowak""",
    category="mediation_tribunal", refs=["EH378/28/00519"],
    dates=[D("Monday", "2028-10-16", "past"),
           D("26 October", "2028-10-26", "deadline")],
    commits=[
        C("parent", "explain the disagreement in the evidence", None,
          "We have read it carefully and we do not agree with several points, which we will explain in our evidence."),
        C("parent", "send evidence and the attendance form", "2028-10-26",
          "We will send our evidence and the attendance form to the Tribunal by 26 October, as directed."),
    ],
))  # fmt: skip
