"""blind12 messages 023-066 (January to July 2028). One M(...) per message, with its gold labels."""

from corpuslib import Att, C, D, M, fake_docx, fake_pdf
from msgs_a import SUBJ_PROPOSAL, m005, m007, m016, m019, m020, m021
from people import (
    BERNADETTE,
    CALLUM,
    CLAIRE,
    HOLLIE,
    IFEOMA,
    INFOGOV,
    JO,
    NEIL,
    PFA_TEAM,
    RHIANNON,
    SENDCONNECT,
    SIAN,
    TANISHA,
    TRIBUNAL,
)

AUTO_GEN = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_ = (m005, m016, m020)  # imported for readers following the chains

# ------------------------------------------------------------------ t08 views on the proposal (subject changed)

m023 = M(
    23,
    "views_on_cease_proposal",
    "t08-cease-proposal",
    "2028-01-11 22:40:18",
    JO,
    [NEIL],
    "Our views on the proposal to cease Callum's plan",
    cc=[RHIANNON, CALLUM],
    reply_to=m019,
    quote="android",
    new="""\
Mr Haworth

Here are our views on the proposal to cease Callum's EHC plan, in time for your new date of 14 Jan. Callum has read this with me and agrees with it.

1. Callum has met 4 outcomes because they were set for his first year at college. Meeting them shows the plan worked, not that he doesnt need it. The Code of Practice says the question is whether he needs more time to complete his education or training and achieve his outcomes, not whether boxes are ticked.

2. He has not finished his education. The college says he is ready for a supported internship from September. That IS education and training and he cannot get a place without an EHC plan.

3. The panel said adult social care can meet his needs. Adult social care have not even assessed him. We asked in October and he is still on a waiting list. You cant hand him over to a service that hasnt met him.

4. Dean's job coach report says he needs prompting between tasks every shift. The taster at the hospital in December went well because Dean was there.

5. Callum wants to carry on. His email to you says so.

We want the plan kept and amended to name the supported internship, with job coaching in section F. If the panel still decides to cease it, Callum will appeal. I will help him with that.

I have attached the letter from Alder Court and Dean's notes from the hospital taster.

Jo Pritchard""",
    fmt="alt",
    attachments=[
        Att("Alder Court letter.pdf", "application/pdf", fake_pdf("Alder Court letter")),
        Att("Hospital taster notes - Dean Foley.pdf", "application/pdf", fake_pdf("Taster notes")),
    ],
    category="annual_review",
    dates=[D("14 Jan", "2028-01-14", "deadline")],
    commits=[
        C(
            "other",
            "appeal if the plan is ceased",
            None,
            "If the panel still decides to cease it, Callum will appeal.",
        ),
        C("parent", "help Callum with an appeal", None, "I will help him with that."),
    ],
)

m024 = M(
    24,
    "out_of_office_neil",
    "t08-cease-proposal",
    "2028-01-11 22:40:26",
    NEIL,
    [JO],
    "Automatic reply: Our views on the proposal to cease Callum's plan",
    reply_to=m023,
    quote="none",
    sig="",
    new="""\
Thank you for your email. I am on leave and will be back in the office on Thursday 13 January.

For anything urgent about a young person's EHC plan, please contact the SEND Assessment and Review Team on 01632 960700 or at sendreviews@kingsfold.gov.uk.

Neil Haworth""",
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    from_la=True,
    category="general",
    dates=[D("Thursday 13 January", "2028-01-13", "other")],
)

# ------------------------------------------------------------------ t09 SAR chaser and delay

m025 = M(
    25,
    "sar_chaser",
    "t09-sar",
    "2028-01-18 12:55:40",
    JO,
    [INFOGOV],
    "Re: Your request has been received - ref IG-SAR-27-0388",
    reply_to=m021,
    quote="android",
    new="""\
Hi, your email said we would have Callum's information by 17 January. That was yesterday and I havent had anything. The panel meets on Thursday to decide about his plan and I need it. please can someone tell me today when it will be sent.

Jo Pritchard""",
    fmt="alt",
    category="chaser",
    refs=["IG-SAR-27-0388"],
    dates=[
        D("17 January", "2028-01-17", "past"),
        D("Thursday", "2028-01-20", "meeting"),
        D("today", "2028-01-18", "deadline"),
    ],
)

m026 = M(
    26,
    "sar_delay",
    "t09-sar",
    "2028-01-19 10:20:03",
    INFOGOV,
    [JO],
    "RE: Your request has been received - ref IG-SAR-27-0388",
    reply_to=m025,
    quote="outlook",
    new="""\
Dear Ms Pritchard,

I am sorry that you have not received Callum’s information by the date we gave. We have collected the records from the SEND service and from Kingsfold College, but the adult social care records and the SEND team’s emails are still being gathered, and all of it has to be checked for information about other people before it can be released.

I do not want to keep you waiting for all of it. I will send you the SEND case file and the panel papers by the end of today, so that you have them before the panel meets. The rest will follow by Monday 31 January 2028.

I appreciate that this is later than it should be. If you are unhappy with how we have handled your request, you can ask us for an internal review, or complain to the Information Commissioner’s Office.

Kind regards""",
    fmt="alt",
    charset="windows-1252",
    from_la=True,
    category="delay_notice",
    refs=["IG-SAR-27-0388"],
    dates=[
        D("today", "2028-01-19", "deadline"),
        D("Monday 31 January 2028", "2028-01-31", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send the SEND case file and panel papers",
            "2028-01-19",
            "I will send you the SEND case file and the panel papers by the end of today, so that you have them before the panel meets.",
        ),
        C(
            "la",
            "send the remaining records",
            "2028-01-31",
            "The rest will follow by Monday 31 January 2028.",
        ),
    ],
)

# ------------------------------------------------------------------ t11 decision to cease

SUBJ_DECISION = "[OFFICIAL-SENSITIVE] Callum Pritchard - KMB/EHC/1902614 - decision letter"

m027 = M(
    27,
    "cease_decision_letter",
    "t11-cease-decision",
    "2028-01-24 16:45:12",
    NEIL,
    [CALLUM, JO],
    SUBJ_DECISION,
    cc=[RHIANNON],
    new="Please see the attached letter about Callum's EHC plan.",
    attachments=[
        Att(
            "KMB-EHC-1902614 Notice of decision to cease - C Pritchard.pdf",
            "application/pdf",
            fake_pdf("Notice of decision to cease to maintain EHC plan"),
        )
    ],
    fmt="alt",
    charset="windows-1252",
    from_la=True,
    category="annual_review",
    refs=["KMB/EHC/1902614"],
)

m028 = M(
    28,
    "sendconnect_decision",
    "t12-sendconnect-decision",
    "2028-01-24 16:47:30",
    SENDCONNECT,
    [JO],
    "SEND Connect: a new document has been shared with you",
    msgid=None,
    new="""\
Hello Joanne Pritchard,

A new document has been shared with you in Kingsfold SEND Connect.

Young person: Callum P.
Document: Notice of decision - cease to maintain EHC plan
Shared by: Kingsfold SEND Assessment and Review Team
Shared on: 24/01/2028
Notification ID: SCN-280124-0091

To view it, sign in at:
https://sendconnect.kingsfold.gov.uk/portal/documents?n=SCN-280124-0091

This is an automated message. Please do not reply to this email, as this mailbox is not monitored. If you need help with your SEND Connect account, use the Contact us page in the portal.

Kingsfold Metropolitan Borough Council""",
    cte="7bit",
    charset="us-ascii",
    extra_headers=AUTO_GEN,
    from_la=True,
    category="general",
    refs=["SCN-280124-0091"],
    dates=[D("24/01/2028", "2028-01-24", "other")],
)

m029 = M(
    29,
    "re_cease_decision_questions",
    "t11-cease-decision",
    "2028-01-24 21:30:48",
    JO,
    [NEIL],
    "Re: " + SUBJ_DECISION,
    cc=[CALLUM, RHIANNON],
    reply_to=m027,
    quote="android",
    new="""\
is that it?? a one line email to tell a 19 year old his plan is being stopped. Callum opened this on his phone at his flat on his own and rang me in bits.

i have read the letter. it says the plan will stop on 31 July 2028 unless he appeals. does he keep his college place until then and does the internship interview on the 3rd still go ahead?""",
    fmt="alt",
    category="information_request",
    refs=["KMB/EHC/1902614"],
    dates=[
        D("31 July 2028", "2028-07-31", "other"),
        D("the 3rd", "2028-02-03", "meeting"),
    ],
)

m030 = M(
    30,
    "re_cease_decision_answers",
    "t11-cease-decision",
    "2028-01-25 09:20:15",
    NEIL,
    [JO],
    "RE: " + SUBJ_DECISION,
    cc=[CALLUM, RHIANNON],
    reply_to=m029,
    quote="outlook",
    new="""\
Dear Ms Pritchard,

I am sorry. You are right that the letter should not have gone out with a one-line covering email, and I should have rung you first. I will ring Callum myself today, if he is happy for me to, to explain what the letter means.

To answer your questions: yes. Callum’s plan stays in place, and so does his place at college, for the rest of this academic year. The decision only takes effect on 31 July 2028, and if Callum appeals, the plan is maintained until the appeal has been decided. The internship interview at Kingsfold General on 3 February is arranged by the college and is not affected.

The appeal information is on page 2 of the letter. Because the letter is dated 24 January 2028, an appeal must reach the Tribunal by 24 March 2028, and before that Callum, or you on his behalf, must contact the mediation adviser (Hartwell Mediation) about mediation.""",
    fmt="alt",
    charset="windows-1252",
    from_la=True,
    category="general",
    refs=["KMB/EHC/1902614"],
    dates=[
        D("today", "2028-01-25", "meeting"),
        D("31 July 2028", "2028-07-31", "other"),
        D("3 February", "2028-02-03", "meeting"),
        D("24 January 2028", "2028-01-24", "past"),
        D("24 March 2028", "2028-03-24", "deadline"),
    ],
    commits=[
        C(
            "la",
            "telephone Callum to explain the letter",
            "2028-01-25",
            "I will ring Callum myself today, if he is happy for me to, to explain what the letter means.",
        )
    ],
)

# ------------------------------------------------------------------ t13 SENDIASS (forward to a new party)

m031 = M(
    31,
    "fw_decision_to_sendiass",
    "t13-sendiass",
    "2028-01-26 13:05:27",
    JO,
    [SIAN],
    "Fw: " + SUBJ_DECISION,
    reply_to=m027,
    quote="android",
    irt=False,
    new="""\
Hi Siân, thanks for talking to me this morning. Here is the letter I mentioned, the council want to stop my son Callum's EHC plan. He is 19 and at Kingsfold College. He wants to appeal and has said I can act for him. I dont really know where to start with mediation and the tribunal forms. I work full time so email is easiest, or after 5.

Jo""",
    fmt="alt",
    attachments=[
        Att(
            "KMB-EHC-1902614 Notice of decision to cease - C Pritchard.pdf",
            "application/pdf",
            fake_pdf("Notice of decision to cease to maintain EHC plan"),
        )
    ],
    category="general",
    refs=["KMB/EHC/1902614"],
    dates=[D("this morning", "2028-01-26", "meeting")],
)

m032 = M(
    32,
    "re_fw_sendiass_advice",
    "t13-sendiass",
    "2028-01-27 10:30:09",
    SIAN,
    [JO],
    "RE: Fw: " + SUBJ_DECISION,
    reply_to=m031,
    quote="outlook",
    new="""\
Hi Jo,

Thanks for sending this through. I’ve read the letter and the review report.

A few things that may help:

- The appeal is Callum’s, because he is over 16, but he can name you as his representative on the SEND35 form, and you can do the paperwork and talk to the Tribunal for him. It’s worth getting him to sign something simple saying so. I can send you a template.
- Before he can appeal, he has to contact the mediation adviser, which for Kingsfold is Hartwell Mediation. He (or you for him) can choose mediation or just ask for a certificate. As you want the internship written into the plan, mediation may be worth a try, but it’s your choice.
- The letter is dated 24 January, so the last day for the appeal is 24 March. Please don’t leave it that late!
- His plan carries on while the appeal is going on, so college shouldn’t change anything.

I’ll send you the representative template and our guide to cease appeals today. I can also ring you after 5 on Tuesday to talk through the evidence, if that suits?

Siân""",
    fmt="alt",
    category="general",
    refs=["KMB/EHC/1902614"],
    dates=[
        D("24 January", "2028-01-24", "past"),
        D("24 March", "2028-03-24", "deadline"),
        D("today", "2028-01-27", "deadline"),
        D("Tuesday", "2028-02-01", "meeting"),
    ],
    commits=[
        C(
            "other",
            "send the representative template and the cease appeal guide",
            "2028-01-27",
            "I’ll send you the representative template and our guide to cease appeals today.",
        )
    ],
)

m033 = M(
    33,
    "re_sendiass_call_ok",
    "t13-sendiass",
    "2028-01-27 12:48:51",
    JO,
    [SIAN],
    "Re: Fw: " + SUBJ_DECISION,
    reply_to=m032,
    quote="android",
    new="""\
Tuesday after 5 is perfect thank you. I'll have Callum with me so he can hear it too.""",
    fmt="alt",
    category="appointment",
    refs=["KMB/EHC/1902614"],
    dates=[D("Tuesday", "2028-02-01", "meeting")],
    commits=[
        C(
            "parent",
            "have Callum join the call",
            None,
            "I'll have Callum with me so he can hear it too.",
        )
    ],
)

# ------------------------------------------------------------------ t09 SAR response

m034 = M(
    34,
    "sar_response",
    "t09-sar",
    "2028-01-31 15:02:44",
    INFOGOV,
    [JO],
    "RE: Your request has been received - ref IG-SAR-27-0388",
    reply_to=m026,
    quote="outlook",
    new="""\
Dear Ms Pritchard,

Further to my email of 19 January, I have today sent the remaining records for Callum’s subject access request through our secure file transfer service. You will receive a separate email from Kingsfold Secure Share with a link and a passcode. The link will stop working after 14 February 2028, so please download the files before then.

The bundle contains the adult social care contact records, the SEND team’s emails and case notes from January 2025 onwards, and the information shared with Kingsfold College. Some names of other people and some third-party information have been removed, as the law requires, and each page where this has been done is marked.

This completes your request. If you think anything is missing, please reply to this email quoting IG-SAR-27-0388 and I will look into it.

Kind regards""",
    fmt="alt",
    charset="windows-1252",
    from_la=True,
    category="general",
    refs=["IG-SAR-27-0388"],
    dates=[
        D("19 January", "2028-01-19", "past"),
        D("today", "2028-01-31", "other"),
        D("14 February 2028", "2028-02-14", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send a secure-share link and passcode",
            None,
            "You will receive a separate email from Kingsfold Secure Share with a link and a passcode.",
        ),
        C(
            "la",
            "look into anything reported missing",
            None,
            "If you think anything is missing, please reply to this email quoting IG-SAR-27-0388 and I will look into it.",
        ),
    ],
)

# ------------------------------------------------------------------ t14 mediation

SUBJ_MED = "Mediation - Callum Pritchard - Kingsfold council cease decision"

m035 = M(
    35,
    "mediation_request",
    "t14-mediation",
    "2028-02-02 19:55:13",
    JO,
    [CLAIRE],
    SUBJ_MED,
    new="""\
Hello,

I am contacting you on behalf of my son Callum Pritchard (DOB 09/11/2008) about mediation. Kingsfold Council has decided to cease his EHC plan. The decision letter is dated 24 January 2028 and their ref is KMB/EHC/1902614. Callum is 19 and has asked me to act for him, his signed authority is attached.

Callum wants to go to mediation. What we want is for the plan to carry on for another year, amended to include a supported internship with job coaching.

Im at work in the day so email is best, or my mobile after 5, 07700 900286.

Thanks
Jo Pritchard""",
    fmt="alt",
    attachments=[
        Att(
            "Callum - authority for mum to act.pdf", "application/pdf", fake_pdf("Authority to act")
        )
    ],
    category="mediation_tribunal",
    refs=["KMB/EHC/1902614"],
    dates=[
        D("09/11/2008", "2008-11-09", "past"),
        D("24 January 2028", "2028-01-24", "past"),
    ],
)

m036 = M(
    36,
    "re_mediation_date_offered",
    "t14-mediation",
    "2028-02-04 11:10:36",
    CLAIRE,
    [JO],
    "RE: " + SUBJ_MED + " [HWM/28/0156]",
    reply_to=m035,
    quote="outlook",
    new="""\
Dear Ms Pritchard,

Thank you for your email and for Callum’s signed authority. I have opened a mediation case for Callum, reference HWM/28/0156.

I let Kingsfold Council know yesterday that Callum wishes to go to mediation. The council must arrange for the mediation to take place within 30 days of being told, so it should happen by 4 March 2028.

The council has offered Tuesday 22 February at 10am, at Kingsfold Town Hall, with a separate room for you and Callum to take a break in. Neil Haworth and a SEND manager will attend for the council. The mediator will be Peter Ndlovu, who is independent of the council.

Please let me know by Wednesday 9 February whether that date suits you both. Callum is very welcome to attend for all or part of the mediation, or to send his views in writing.

The mediator has to issue a certificate within three working days of the mediation ending, and Callum will need it to register an appeal.

Kind regards""",
    fmt="alt",
    category="mediation_tribunal",
    refs=["HWM/28/0156"],
    dates=[
        D("yesterday", "2028-02-03", "past"),
        D("4 March 2028", "2028-03-04", "deadline"),
        D("Tuesday 22 February", "2028-02-22", "meeting"),
        D("Wednesday 9 February", "2028-02-09", "deadline"),
    ],
)

m037 = M(
    37,
    "re_mediation_date_accepted",
    "t14-mediation",
    "2028-02-04 13:02:02",
    JO,
    [CLAIRE],
    "Re: " + SUBJ_MED + " [HWM/28/0156]",
    reply_to=m036,
    quote="android",
    new="""\
Tuesday 22nd at 10 is fine, ive booked the day off. Callum will come for the start and then see how he goes. He finds new rooms hard so could we have a look at the room before we start?""",
    fmt="alt",
    category="mediation_tribunal",
    refs=["HWM/28/0156"],
    dates=[D("Tuesday 22nd", "2028-02-22", "meeting")],
    commits=[
        C(
            "other",
            "attend the start of the mediation",
            None,
            "Callum will come for the start and then see how he goes.",
        )
    ],
)

# ------------------------------------------------------------------ t03 adult social care chaser and delay

m038 = M(
    38,
    "asc_chaser",
    "t03-asc-referral",
    "2028-02-07 12:40:29",
    JO,
    [PFA_TEAM],
    "Re: transition assessment for my son Callum Pritchard",
    reply_to=m007,
    quote="android",
    new="""\
Hi Marcus, its now over 15 weeks since you said Callum would get a social worker and nobody has been in touch. The council is saying adult social care can meet his needs instead of his EHC plan, but you havent even assessed him. Can you tell me when he will be allocated please, this is holding everything up.

Jo Pritchard
(contact ref ASCFD-27-66125)""",
    fmt="alt",
    category="chaser",
    refs=["ASCFD-27-66125"],
)

m039 = M(
    39,
    "asc_delay_allocated",
    "t03-asc-referral",
    "2028-02-09 16:05:57",
    IFEOMA,
    [JO],
    "RE: transition assessment for my son Callum Pritchard",
    cc=[PFA_TEAM],
    reply_to=m038,
    quote="outlook",
    new="""\
Dear Ms Pritchard,

Marcus has passed your email to me as the manager of the Preparing for Adulthood Team. I am sorry that Callum has waited so long. We have had more referrals than we can allocate straight away, and we have been prioritising young people who are in crisis or at risk. That is an explanation, not an excuse, and I understand why the wait is causing you real difficulty given what is happening with his EHC plan.

I have now allocated Callum to Tanisha Boyle, one of our social workers. Tanisha is on leave this week, but she will contact you by Friday 18 February to arrange to meet Callum. I cannot give you a date for the assessment itself until she has spoken to you both, but I have asked her to treat it as a priority.

Kind regards""",
    fmt="alt",
    charset="windows-1252",
    from_la=True,
    category="delay_notice",
    dates=[D("Friday 18 February", "2028-02-18", "deadline")],
    commits=[
        C(
            "la",
            "social worker contacts the parent to arrange to meet Callum",
            "2028-02-18",
            "Tanisha is on leave this week, but she will contact you by Friday 18 February to arrange to meet Callum.",
        )
    ],
)

# ------------------------------------------------------------------ t15 Care Act assessment

m040 = M(
    40,
    "asc_visit_offer",
    "t15-asc-assessment",
    "2028-02-17 11:20:14",
    TANISHA,
    [JO, CALLUM],
    "Callum Pritchard - Care Act assessment visit",
    new="""\
Hi Jo and Callum,

I'm Tanisha, the social worker from the Preparing for Adulthood Team who will be working with Callum. Ifeoma said she had let you know I would be in touch.

I would like to meet Callum at his flat to start his Care Act assessment. I can do Wednesday 1 March at 10am or Thursday 2 March at 2pm. The first visit usually takes about an hour and a half. Jo, you are very welcome to be there, and it might help Callum to have someone from Alder Court there too, if he would like that.

Callum, I will bring some picture cards about the things we will talk about, so you can have a look at them first.

Let me know which day is better.

Tanisha""",
    fmt="alt",
    charset="iso-8859-1",
    from_la=True,
    category="appointment",
    refs=["PFA/3308817"],
    dates=[
        D("Wednesday 1 March", "2028-03-01", "meeting"),
        D("Thursday 2 March", "2028-03-02", "meeting"),
    ],
    commits=[
        C(
            "la",
            "bring picture cards to the visit",
            None,
            "Callum, I will bring some picture cards about the things we will talk about, so you can have a look at them first.",
        )
    ],
)

m041 = M(
    41,
    "re_asc_visit_later",
    "t15-asc-assessment",
    "2028-02-17 12:02:38",
    JO,
    [TANISHA],
    "Re: Callum Pritchard - Care Act assessment visit",
    cc=[CALLUM],
    reply_to=m040,
    quote="android",
    new="""\
Hi Tanisha thank you. I work til 4 both days, could you do Thursday 2nd a bit later, 4.30? If not ill take the afternoon off. Callum says yes to someone from Alder Court, his key worker is Dave.""",
    fmt="alt",
    charset="iso-8859-1",
    category="appointment",
    dates=[D("Thursday 2nd", "2028-03-02", "meeting")],
    commits=[
        C(
            "parent",
            "take the afternoon off if the later time is not possible",
            None,
            "If not ill take the afternoon off.",
        )
    ],
)

m042 = M(
    42,
    "re_asc_visit_confirmed",
    "t15-asc-assessment",
    "2028-02-18 09:10:05",
    TANISHA,
    [JO],
    "RE: Callum Pritchard - Care Act assessment visit",
    cc=[CALLUM],
    reply_to=m041,
    quote="outlook",
    new="""\
4.30 on Thursday 2 March is fine, and I'll meet you both at Alder Court. I've let Dave know.""",
    fmt="alt",
    charset="iso-8859-1",
    from_la=True,
    category="appointment",
    refs=["PFA/3308817"],
    dates=[D("Thursday 2 March", "2028-03-02", "meeting")],
    commits=[
        C(
            "la",
            "meet Callum and his mother at Alder Court",
            "2028-03-02",
            "4.30 on Thursday 2 March is fine, and I'll meet you both at Alder Court.",
        )
    ],
)

# ------------------------------------------------------------------ t14 mediation outcome (subject changed)

m043 = M(
    43,
    "mediation_outcome_certificate",
    "t14-mediation",
    "2028-02-23 15:30:41",
    CLAIRE,
    [JO],
    "Mediation outcome and certificate - Callum Pritchard - HWM/28/0156",
    cc=[CALLUM],
    reply_to=m037,
    quote="outlook",
    new="""\
Dear Ms Pritchard,

Thank you to you and Callum for attending the mediation with Peter Ndlovu yesterday.

As you know, no agreement was reached on the main issue: the council's position is that its decision to cease Callum's plan stands. The council did agree to two things, which are recorded in the mediation note attached:

1. Mr Haworth will ask adult social care to bring forward Callum's Care Act assessment, and will let you know the outcome of that request by 3 March.
2. The council will share with you the job coach hours it would fund through the college's own budget if the plan ends.

Peter has issued the mediation certificate today, and it is attached. Callum now has until 24 March 2028 to register an appeal with the First-tier Tribunal (SEND): that is the later of two months from the decision letter and one month from the certificate.

Good luck to you both.

Kind regards""",
    fmt="alt",
    attachments=[
        Att(
            "HWM-28-0156 Mediation certificate.pdf",
            "application/pdf",
            fake_pdf("Mediation certificate"),
        ),
        Att("HWM-28-0156 Mediation note.pdf", "application/pdf", fake_pdf("Mediation note")),
    ],
    category="mediation_tribunal",
    refs=["HWM/28/0156"],
    dates=[
        D("yesterday", "2028-02-22", "past"),
        D("3 March", "2028-03-03", "deadline"),
        D("today", "2028-02-23", "other"),
        D("24 March 2028", "2028-03-24", "deadline"),
    ],
    commits=[
        C(
            "la",
            "ask adult social care to bring the assessment forward and report back",
            "2028-03-03",
            "Mr Haworth will ask adult social care to bring forward Callum's Care Act assessment, and will let you know the outcome of that request by 3 March.",
        ),
        C(
            "la",
            "share the job coach hours the college would fund",
            None,
            "The council will share with you the job coach hours it would fund through the college's own budget if the plan ends.",
        ),
    ],
)

# ------------------------------------------------------------------ t16 tribunal registration

SUBJ_REG = "EH392/28/00171 - Callum Pritchard - Appeal registered - Kingsfold MBC"

m044 = M(
    44,
    "tribunal_registration",
    "t16-tribunal-registration",
    "2028-03-15 14:02:00",
    TRIBUNAL,
    [CALLUM, JO],
    SUBJ_REG,
    zone_name="GMT",
    new="""\
First-tier Tribunal (Health, Education and Social Care Chamber)
Special Educational Needs and Disability

Appeal number: EH392/28/00171
Appellant: Callum Pritchard
Representative: Ms Joanne Pritchard
Respondent: Kingsfold Metropolitan Borough Council
Type of appeal: decision to cease to maintain an EHC plan

Dear Mr Pritchard and Ms Pritchard,

Your appeal was received on 6 March 2028 and has been registered. A copy has been sent to the local authority.

The Tribunal has made the following directions:

1. The local authority must send its response to the appeal to the Tribunal and to you by 13 April 2028.
2. The local authority must send a working document to you by 27 April 2028. You must return it with your comments by 11 May 2028.
3. Both parties must send any further evidence by 18 May 2028.
4. Both parties must send the attendance form, naming any witnesses, by 25 May 2028.

The hearing will take place by video on Thursday 8 June 2028, starting at 10:00am. You will receive the joining instructions closer to the date.

Please quote the appeal number on all correspondence, and keep the subject line of this email when you reply.

Yours sincerely

SEND Tribunal Registration Team
HM Courts and Tribunals Service""",
    fmt="html",
    cte="quoted-printable",
    category="mediation_tribunal",
    refs=["EH392/28/00171"],
    dates=[
        D("6 March 2028", "2028-03-06", "past"),
        D("13 April 2028", "2028-04-13", "deadline"),
        D("27 April 2028", "2028-04-27", "deadline"),
        D("11 May 2028", "2028-05-11", "deadline"),
        D("18 May 2028", "2028-05-18", "deadline"),
        D("25 May 2028", "2028-05-25", "deadline"),
        D("Thursday 8 June 2028", "2028-06-08", "meeting"),
    ],
    commits=[
        C(
            "other",
            "send the hearing joining instructions",
            None,
            "You will receive the joining instructions closer to the date.",
        )
    ],
)

m045 = M(
    45,
    "re_tribunal_registration",
    "t16-tribunal-registration",
    "2028-03-15 19:20:22",
    JO,
    [TRIBUNAL],
    "Re: " + SUBJ_REG,
    cc=[CALLUM],
    reply_to=m044,
    quote="android",
    new="""\
Dear Tribunal, thank you. Callum and I will both be at the hearing on 8 June and he would like to say something himself. He will need breaks, and it helps him if he can have his camera off when he is not talking. Is that ok?

Jo Pritchard (representative)""",
    fmt="alt",
    category="mediation_tribunal",
    refs=["EH392/28/00171"],
    dates=[D("8 June", "2028-06-08", "meeting")],
    commits=[
        C(
            "parent",
            "attend the hearing with Callum",
            "2028-06-08",
            "Callum and I will both be at the hearing on 8 June and he would like to say something himself.",
        )
    ],
)

# ------------------------------------------------------------------ t17 LA response

SUBJ_RESP = "EH392/28/00171 - Callum Pritchard - Local Authority response"

m046 = M(
    46,
    "la_response",
    "t17-la-response",
    "2028-04-13 15:50:08",
    HOLLIE,
    [JO],
    SUBJ_RESP,
    cc=[NEIL],
    new="""\
Dear Ms Pritchard,

Appeal EH392/28/00171 – Callum Pritchard

I act for Kingsfold Metropolitan Borough Council in this appeal. Please find attached the Local Authority’s response, which has been sent to the Tribunal today in accordance with the Tribunal’s directions.

In summary, the Local Authority’s position is that Callum’s EHC plan is no longer necessary because:

(a) Callum has achieved the outcomes set out in section E of his plan;
(b) Callum has received two years of post-16 education at Kingsfold College; and
(c) Callum’s remaining needs relate mainly to independent living and travel, which can be met by adult social care, and to support in the workplace, which can be provided through the college’s learning support or an employer’s reasonable adjustments, without the need for an EHC plan.

The Local Authority will call Mr Neil Haworth, EHC Review Officer, as its witness at the hearing on 8 June 2028.

I will send you the working document by 27 April 2028, as the Tribunal has directed. If you have any evidence that you would like the Local Authority to consider before then, please send it to me.

Yours sincerely""",
    fmt="alt",
    charset="windows-1252",
    attachments=[
        Att("EH392-28-00171 LA response.pdf", "application/pdf", fake_pdf("LA response")),
        Att("EH392-28-00171 LA evidence index.pdf", "application/pdf", fake_pdf("Evidence index")),
    ],
    from_la=True,
    category="mediation_tribunal",
    refs=["EH392/28/00171", "LS/EDU/28/0046"],
    dates=[
        D("today", "2028-04-13", "other"),
        D("8 June 2028", "2028-06-08", "meeting"),
        D("27 April 2028", "2028-04-27", "deadline"),
    ],
    commits=[
        C(
            "la",
            "call the review officer as witness at the hearing",
            "2028-06-08",
            "The Local Authority will call Mr Neil Haworth, EHC Review Officer, as its witness at the hearing on 8 June 2028.",
        ),
        C(
            "la",
            "send the working document",
            "2028-04-27",
            "I will send you the working document by 27 April 2028, as the Tribunal has directed.",
        ),
    ],
)

m047 = M(
    47,
    "re_la_response_late_night",
    "t17-la-response",
    "2028-04-14 00:35:12",
    JO,
    [HOLLIE],
    "Re: " + SUBJ_RESP,
    cc=[NEIL, BERNADETTE],
    reply_to=m046,
    quote="android",
    utc=True,
    new="""\
Ms Brennan, Mr Haworth, Mrs Quayle

I have just read your response and I cant sleep so I am writing this now.

You say Callums remaining needs can be met by adult social care. His social worker only met him for the first time on 2 March and she hasnt finished the assessment. Nobody from adult social care has been asked to give evidence. How can you tell a tribunal that a service will meet his needs when that service has not said so.

You say the college can give him workplace support out of their own budget. The college have told me they cant fund a job coach for a supported internship without an EHC plan. Mr Haworth was at mediation when the college said this. It was meant to be written down for us after mediation and we never got it.

You say he has had two years of post 16 education like that is a limit. He is 19. The law goes to 25. Nobody is asking for forever, we are asking for one more year so he can learn to do a job.

I dont understand how the council can send this to the tribunal yesterday and then ask me to "send any evidence before then". We have been sending you evidence since November.

I will be ringing the college on Tuesday to get their letter and I will send it to you and to the tribunal. I would like someone to actually look at this again before the hearing instead of just letting it run.

Jo Pritchard
Callums representative""",
    fmt="alt",
    category="mediation_tribunal",
    refs=["EH392/28/00171"],
    dates=[
        D("2 March", "2028-03-02", "past"),
        D("yesterday", "2028-04-13", "past"),
        D("Tuesday", "2028-04-18", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "get the college's letter and send it to the LA and the tribunal",
            "2028-04-18",
            "I will be ringing the college on Tuesday to get their letter and I will send it to you and to the tribunal.",
        )
    ],
)

m048 = M(
    48,
    "re_la_response_manager",
    "t17-la-response",
    "2028-04-19 17:10:44",
    BERNADETTE,
    [JO],
    "RE: " + SUBJ_RESP,
    cc=[HOLLIE, NEIL],
    reply_to=m047,
    quote="outlook",
    new="""\
Dear Ms Pritchard,

Thank you for your email, and I am sorry that you were up in the night writing it.

I have read the response again alongside your email and the mediation note. You are right that the note from mediation about job coach funding was not sent to you, and I apologise for that. I have asked Neil to send it to you this week.

I have also asked Hollie and Neil to look again at the evidence on workplace support and adult social care before the working document goes out. I will come back to you personally by Friday 28 April with the outcome of that. I cannot tell you now what it will be, but I can promise you that it will be looked at properly.

Kind regards""",
    fmt="html",
    charset="windows-1252",
    from_la=True,
    category="mediation_tribunal",
    refs=["EH392/28/00171"],
    dates=[D("Friday 28 April", "2028-04-28", "deadline")],
    commits=[
        C(
            "la",
            "come back to the parent with the outcome of the review of evidence",
            "2028-04-28",
            "I will come back to you personally by Friday 28 April with the outcome of that.",
        ),
        C(
            "la",
            "have the evidence looked at properly",
            None,
            "I cannot tell you now what it will be, but I can promise you that it will be looked at properly.",
        ),
    ],
)

# ------------------------------------------------------------------ t18 working document

SUBJ_WD = "EH392/28/00171 - Callum Pritchard - working document"

m049 = M(
    49,
    "working_document",
    "t18-working-document",
    "2028-04-26 12:15:19",
    HOLLIE,
    [JO],
    SUBJ_WD,
    cc=[NEIL],
    new="""\
Dear Ms Pritchard,

In accordance with the Tribunal’s directions, please find attached the working document for Callum’s appeal.

As this is an appeal against a decision to cease, the document sets out the Local Authority’s reasons for its decision against each of the points the Tribunal will consider, with a column for Callum’s position. Please add your comments in the right-hand column, using tracked changes, and return it to me by 11 May 2028 so that an agreed version can go to the Tribunal with the bundle.

I should also let you know that Mrs Quayle has arranged a further meeting of the Post-16 Panel on Thursday 4 May to look again at the evidence, including the letter from Kingsfold College that you sent on 20 April. Mrs Quayle will write to you after that meeting.

Yours sincerely""",
    fmt="alt",
    charset="windows-1252",
    attachments=[Att("EH392-28-00171 Working document.docx", DOCX, fake_docx("Working document"))],
    from_la=True,
    category="mediation_tribunal",
    refs=["EH392/28/00171", "LS/EDU/28/0046"],
    dates=[
        D("11 May 2028", "2028-05-11", "deadline"),
        D("Thursday 4 May", "2028-05-04", "meeting"),
        D("20 April", "2028-04-20", "past"),
    ],
    commits=[
        C(
            "la",
            "write to the parent after the panel meeting",
            None,
            "Mrs Quayle will write to you after that meeting.",
        )
    ],
)

m050 = M(
    50,
    "re_working_document_returned",
    "t18-working-document",
    "2028-05-08 20:30:27",
    JO,
    [HOLLIE],
    "Re: " + SUBJ_WD,
    cc=[NEIL],
    reply_to=m049,
    quote="android",
    new="""\
Ms Brennan

Working document attached with our comments in the right hand column. I have also attached the college letter again and the social workers email saying the assessment is not finished yet.

I still havent heard anything from the panel on Thursday.

Jo Pritchard""",
    fmt="alt",
    attachments=[
        Att(
            "EH392-28-00171 Working document - Callum comments.docx",
            DOCX,
            fake_docx("Working document comments"),
        ),
        Att(
            "Kingsfold College letter - job coaching.pdf",
            "application/pdf",
            fake_pdf("College letter"),
        ),
    ],
    category="mediation_tribunal",
    refs=["EH392/28/00171"],
    dates=[D("Thursday", "2028-05-04", "past")],
)

# ------------------------------------------------------------------ t19 withdrawal of the decision

SUBJ_POS = "EH392/28/00171 - Callum Pritchard - Local Authority's position"

m051 = M(
    51,
    "la_withdraws_decision",
    "t19-withdrawal",
    "2028-05-16 11:05:33",
    HOLLIE,
    [JO],
    SUBJ_POS,
    cc=[NEIL, BERNADETTE],
    new="""\
Dear Ms Pritchard,

Further to the Post-16 Panel on 4 May and the evidence provided since, including the letter from Kingsfold College about job coaching and up-to-date information from adult social care, I am instructed that the Local Authority has decided to withdraw its decision of 24 January 2028 to cease to maintain Callum’s EHC plan.

The Local Authority will therefore continue to maintain the plan. It also accepts that the plan should be amended so that Callum can take up a supported internship from September 2028, with job coaching set out in section F. Mr Haworth will send you a draft amended plan by 2 June 2028.

I will write to the Tribunal today to tell it that the decision has been withdrawn. As there is no longer a decision to appeal against, I would be grateful if Callum would withdraw his appeal, so that the hearing listed for 8 June 2028 can be vacated. The simplest way is a short email to the Tribunal from you, as his representative, quoting the appeal number. I will send you a letter confirming the Local Authority’s decision by the end of tomorrow, so that you have it in writing before you do so.

I appreciate that this has been a long and stressful process for Callum and for you.

Yours sincerely""",
    fmt="alt",
    charset="windows-1252",
    from_la=True,
    category="mediation_tribunal",
    refs=["EH392/28/00171", "LS/EDU/28/0046"],
    dates=[
        D("4 May", "2028-05-04", "past"),
        D("24 January 2028", "2028-01-24", "past"),
        D("2 June 2028", "2028-06-02", "deadline"),
        D("today", "2028-05-16", "deadline"),
        D("8 June 2028", "2028-06-08", "meeting"),
        D("tomorrow", "2028-05-17", "deadline"),
    ],
    commits=[
        C(
            "la",
            "continue to maintain the EHC plan",
            None,
            "The Local Authority will therefore continue to maintain the plan.",
        ),
        C(
            "la",
            "send a draft amended plan",
            "2028-06-02",
            "Mr Haworth will send you a draft amended plan by 2 June 2028.",
        ),
        C(
            "la",
            "tell the Tribunal the decision has been withdrawn",
            "2028-05-16",
            "I will write to the Tribunal today to tell it that the decision has been withdrawn.",
        ),
        C(
            "la",
            "send a letter confirming the decision",
            "2028-05-17",
            "I will send you a letter confirming the Local Authority’s decision by the end of tomorrow, so that you have it in writing before you do so.",
        ),
    ],
)

m052 = M(
    52,
    "re_withdrawal_thanks",
    "t19-withdrawal",
    "2028-05-16 12:31:02",
    JO,
    [HOLLIE],
    "Re: " + SUBJ_POS,
    cc=[NEIL, BERNADETTE],
    reply_to=m051,
    quote="android",
    irt=False,
    new="""\
Thank you. Ive read it three times to make sure. So the plan carries on and the internship goes in section F. Callum is over the moon, he is telling everyone at college.

Ill email the tribunal to withdraw as soon as I have your letter.

Jo""",
    fmt="alt",
    category="mediation_tribunal",
    refs=["EH392/28/00171"],
    commits=[
        C(
            "parent",
            "email the tribunal to withdraw the appeal",
            None,
            "Ill email the tribunal to withdraw as soon as I have your letter.",
        )
    ],
)

m053 = M(
    53,
    "withdrawal_confirmation_letter",
    "t19-withdrawal",
    "2028-05-17 15:40:10",
    HOLLIE,
    [JO],
    "RE: " + SUBJ_POS,
    cc=[NEIL],
    reply_to=m052,
    quote="outlook",
    new="""\
Dear Ms Pritchard,

As promised, please find attached the Local Authority’s letter confirming that its decision of 24 January 2028 has been withdrawn and that Callum’s EHC plan continues. I have copied it to the Tribunal.

Yours sincerely""",
    fmt="alt",
    charset="windows-1252",
    attachments=[
        Att(
            "EH392-28-00171 Letter - decision withdrawn.pdf",
            "application/pdf",
            fake_pdf("Letter confirming withdrawal of decision"),
        )
    ],
    from_la=True,
    category="mediation_tribunal",
    refs=["EH392/28/00171", "LS/EDU/28/0046"],
    dates=[D("24 January 2028", "2028-01-24", "past")],
)

m054 = M(
    54,
    "re_appeal_withdrawn_by_parent",
    "t19-withdrawal",
    "2028-05-18 08:10:45",
    JO,
    [HOLLIE],
    "Re: " + SUBJ_POS,
    cc=[NEIL],
    reply_to=m053,
    quote="android",
    new="""\
Done, I emailed the tribunal last night to withdraw Callum's appeal. Thank you for sorting the letter so quickly.""",
    fmt="alt",
    category="mediation_tribunal",
    refs=["EH392/28/00171"],
    dates=[D("last night", "2028-05-17", "past")],
)

# ------------------------------------------------------------------ t20 tribunal confirms

m055 = M(
    55,
    "tribunal_withdrawal_confirmed",
    "t20-tribunal-withdrawn",
    "2028-05-23 10:02:00",
    TRIBUNAL,
    [CALLUM, JO],
    "EH392/28/00171 - Callum Pritchard - Appeal withdrawn - hearing vacated",
    new="""\
First-tier Tribunal (Health, Education and Social Care Chamber)
Special Educational Needs and Disability

Appeal number: EH392/28/00171
Appellant: Callum Pritchard
Respondent: Kingsfold Metropolitan Borough Council

Dear Mr Pritchard and Ms Pritchard,

The Tribunal has received the appellant's notice of withdrawal dated 17 May 2028, and the local authority's confirmation that its decision to cease to maintain the EHC plan has been withdrawn.

A Tribunal Judge has consented to the withdrawal of the appeal. The hearing listed for 8 June 2028 has been vacated, and no party needs to attend. No further action is required, and the case is now closed.

Yours sincerely

SEND Tribunal Registration Team
HM Courts and Tribunals Service""",
    fmt="html",
    cte="quoted-printable",
    category="mediation_tribunal",
    refs=["EH392/28/00171"],
    dates=[
        D("17 May 2028", "2028-05-17", "past"),
        D("8 June 2028", "2028-06-08", "meeting"),
    ],
)

# ------------------------------------------------------------------ t21 internship confirmed

m056 = M(
    56,
    "internship_confirmed",
    "t21-internship",
    "2028-05-25 13:14:26",
    RHIANNON,
    [JO, CALLUM],
    "Callum’s internship at Kingsfold General 🎉",
    new="""\
Hi Jo and Callum,

Neil rang me this morning with the news – I'm so pleased for you both.

And more good news: Kingsfold General Hospital has confirmed that it will host Callum on the supported internship from September, in the estates and facilities team, three days a week, with his college day on Fridays. Dean will be his job coach.

The hospital's induction for new interns is on Wednesday 5 July at 9.30am (Callum, you will get your ID badge!). I'll send Neil the internship details by Friday 2 June so that they can go into the draft amended plan.

Over the summer Dean will do two travel practice sessions with Callum on the bus route to the hospital. He will ring you next week to sort out days.

Well done Callum, you've worked so hard for this.

Rhiannon""",
    fmt="alt",
    cte="base64",
    category="general",
    dates=[
        D("this morning", "2028-05-25", "meeting"),
        D("Wednesday 5 July", "2028-07-05", "meeting"),
        D("Friday 2 June", "2028-06-02", "deadline"),
    ],
    commits=[
        C(
            "other",
            "host Callum's supported internship",
            None,
            "And more good news: Kingsfold General Hospital has confirmed that it will host Callum on the supported internship from September, in the estates and facilities team, three days a week, with his college day on Fridays.",
        ),
        C(
            "school",
            "send the internship details to the LA",
            "2028-06-02",
            "I'll send Neil the internship details by Friday 2 June so that they can go into the draft amended plan.",
        ),
        C(
            "school",
            "do two travel practice sessions over the summer",
            None,
            "Over the summer Dean will do two travel practice sessions with Callum on the bus route to the hospital.",
        ),
        C(
            "school",
            "ring the parent to arrange travel practice days",
            None,
            "He will ring you next week to sort out days.",
        ),
    ],
)

m057 = M(
    57,
    "re_internship_thanks",
    "t21-internship",
    "2028-05-25 19:40:07",
    JO,
    [RHIANNON],
    "Re: Callum’s internship at Kingsfold General 🎉",
    cc=[CALLUM],
    reply_to=m056,
    quote="android",
    new="""\
thank you so much Rhiannon!! he hasnt stopped smiling. I'll make sure hes ready for the induction, ive put it on the calendar""",
    fmt="alt",
    category="general",
    commits=[
        C(
            "parent",
            "make sure Callum is ready for the induction",
            None,
            "I'll make sure hes ready for the induction, ive put it on the calendar",
        )
    ],
)

# ------------------------------------------------------------------ t15 assessment outcome (subject changed)

m058 = M(
    58,
    "asc_assessment_outcome",
    "t15-asc-assessment",
    "2028-05-30 14:20:31",
    TANISHA,
    [JO, CALLUM],
    "Callum Pritchard - Care Act assessment outcome and support plan",
    reply_to=m042,
    quote="outlook",
    new="""\
Hi Jo and Callum,

Thank you both for your time over the last three visits. I have now finished Callum's Care Act assessment, and I have attached a copy for you both to read.

In short, Callum has eligible care and support needs under the Care Act in three areas: managing and maintaining nutrition, maintaining a habitable home, and accessing work, training and education (including travel). His indicative personal budget is £212.40 a week.

What I am proposing in the draft support plan:
- His 10 hours a week of support at Alder Court continue, with 2 extra hours a week for help with budgeting and shopping.
- 4 hours a week with a personal assistant for travel practice and for getting to and from the hospital when he starts the internship, reducing once he is confident.
- A review of the support plan after 12 weeks.

I will take the support plan to our funding panel on Thursday 8 June for sign-off. I will ring you the next day to let you know the outcome. Callum, I have done an easy read version for you with pictures, and it is the second attachment.

I have also sent a short summary to Neil Haworth so that section H2 of your EHC plan is up to date.

Tanisha""",
    fmt="alt",
    charset="iso-8859-1",
    attachments=[
        Att(
            "Care Act assessment - Callum Pritchard.pdf",
            "application/pdf",
            fake_pdf("Care Act assessment"),
        ),
        Att(
            "My support plan - easy read.pdf", "application/pdf", fake_pdf("Easy read support plan")
        ),
    ],
    from_la=True,
    category="general",
    refs=["PFA/3308817"],
    dates=[
        D("Thursday 8 June", "2028-06-08", "meeting"),
        D("the next day", "2028-06-09", "meeting"),
    ],
    commits=[
        C(
            "la",
            "take the support plan to the funding panel",
            "2028-06-08",
            "I will take the support plan to our funding panel on Thursday 8 June for sign-off.",
        ),
        C(
            "la",
            "ring with the funding panel outcome",
            "2028-06-09",
            "I will ring you the next day to let you know the outcome.",
        ),
    ],
)

m059 = M(
    59,
    "re_asc_outcome_thanks",
    "t15-asc-assessment",
    "2028-05-30 20:55:09",
    JO,
    [TANISHA],
    "Re: Callum Pritchard - Care Act assessment outcome and support plan",
    cc=[CALLUM],
    reply_to=m058,
    quote="android",
    new="""\
Thank you Tanisha, that all sounds good. Callum is made up about having a PA for the bus. Speak to you on the 9th.

Jo""",
    fmt="alt",
    charset="iso-8859-1",
    category="general",
    dates=[D("the 9th", "2028-06-09", "meeting")],
)

# ------------------------------------------------------------------ t22 draft amended plan and final

SUBJ_DRAFT = "[OFFICIAL-SENSITIVE] Draft amended EHC plan – Callum Pritchard – KMB/EHC/1902614"
SUBJ_FINAL = "[OFFICIAL-SENSITIVE] Final amended EHC plan – Callum Pritchard – KMB/EHC/1902614"

m060 = M(
    60,
    "draft_amended_plan",
    "t22-draft-amended-plan",
    "2028-06-01 15:55:40",
    NEIL,
    [CALLUM, JO],
    SUBJ_DRAFT,
    cc=[RHIANNON],
    new="""\
Dear Callum and Ms Pritchard,

Following the withdrawal of the decision to cease, I attach Callum’s draft amended EHC plan and the amendment notice.

The main changes are:
• Section E: new outcomes for the supported internship year, written with the college and Callum (travelling to the hospital independently, including coping with changes; completing a full shift with fewer prompts; managing his own lunch money).
• Section F: a supported internship at Kingsfold College with Kingsfold General Hospital as the host employer, three days a week, with a job coach for up to 15 hours a week, reducing as Callum gains independence.
• Section I: Kingsfold College (Supported Internship programme) from 4 September 2028.
• Section H2: a note that adult social care has completed Callum’s Care Act assessment.

You have 15 days to comment on the draft, so please send me any comments, or ask for a meeting, within 15 days of the date of this letter, that is by 16 June 2028. If you are happy with it as it is, just tell me and I can finalise it sooner.

The final amended plan must be issued within eight weeks of the amendment notice, so by 27 July 2028 at the latest. I will aim to issue it well before the end of the college term.""",
    fmt="alt",
    charset="windows-1252",
    attachments=[
        Att("Amendment notice - C Pritchard.pdf", "application/pdf", fake_pdf("Amendment notice")),
        Att(
            "Draft amended EHC plan - C Pritchard.pdf",
            "application/pdf",
            fake_pdf("Draft amended EHC plan"),
        ),
    ],
    from_la=True,
    category="draft_plan",
    refs=["KMB/EHC/1902614"],
    dates=[
        D("4 September 2028", "2028-09-04", "other"),
        D("16 June 2028", "2028-06-16", "deadline"),
        D("27 July 2028", "2028-07-27", "deadline"),
    ],
    commits=[
        C(
            "la",
            "aim to issue the final amended plan before the end of term",
            None,
            "I will aim to issue it well before the end of the college term.",
        )
    ],
)

m061 = M(
    61,
    "sendconnect_draft_amended",
    "t23-sendconnect-draft",
    "2028-06-01 15:58:02",
    SENDCONNECT,
    [JO],
    "SEND Connect: a new document has been shared with you",
    new="""\
Hello Joanne Pritchard,

A new document has been shared with you in Kingsfold SEND Connect.

Young person: Callum P.
Document: Draft amended EHC plan and amendment notice
Shared by: Kingsfold SEND Assessment and Review Team
Shared on: 01/06/2028
Notification ID: SCN-280601-0144

To view it, sign in at:
https://sendconnect.kingsfold.gov.uk/portal/documents?n=SCN-280601-0144

This is an automated message. Please do not reply to this email, as this mailbox is not monitored. If you need help with your SEND Connect account, use the Contact us page in the portal.

Kingsfold Metropolitan Borough Council""",
    cte="7bit",
    charset="us-ascii",
    extra_headers=AUTO_GEN,
    from_la=True,
    category="general",
    refs=["SCN-280601-0144"],
    dates=[D("01/06/2028", "2028-06-01", "other")],
)

m062 = M(
    62,
    "re_draft_comments",
    "t22-draft-amended-plan",
    "2028-06-12 21:05:16",
    JO,
    [NEIL],
    "Re: " + SUBJ_DRAFT,
    cc=[CALLUM, RHIANNON],
    reply_to=m060,
    quote="android",
    new="""\
Hi Neil, Callum and I have been through it together. We are happy with most of it. Our comments:

1. Section F says job coach "up to 15 hours a week, reducing". We want it to say at least 15 hours a week for the first term and that any reduction is agreed at a review with Callum, otherwise it could be cut in week 2.
2. Section E travel outcome - please add coping when the bus is late or diverted, that is the thing he finds hardest.
3. Section B still says he lives with me. He has lived at Alder Court since last summer.
4. Can you add the travel practice sessions Dean is doing over the summer.

Callum wants it to say he likes the post room best.

If those are sorted we dont need a meeting.

Jo""",
    fmt="alt",
    category="draft_plan",
    refs=["KMB/EHC/1902614"],
)

m063 = M(
    63,
    "re_draft_changes_agreed",
    "t22-draft-amended-plan",
    "2028-06-14 09:40:51",
    NEIL,
    [JO],
    "RE: " + SUBJ_DRAFT,
    cc=[CALLUM, RHIANNON],
    reply_to=m062,
    quote="outlook",
    new="""\
Dear Ms Pritchard,

Thank you both. I have no problem with points 2, 3 and 4, or with the post room, and I will make those changes.

On point 1, I need to check the wording with the college, as they will be commissioning the job coach, but I don’t expect a difficulty. I will send you the final amended plan by Friday 30 June.""",
    fmt="alt",
    charset="windows-1252",
    from_la=True,
    category="draft_plan",
    refs=["KMB/EHC/1902614"],
    dates=[D("Friday 30 June", "2028-06-30", "deadline")],
    commits=[
        C(
            "la",
            "make the agreed changes to the draft",
            None,
            "I have no problem with points 2, 3 and 4, or with the post room, and I will make those changes.",
        ),
        C(
            "la",
            "send the final amended plan",
            "2028-06-30",
            "I will send you the final amended plan by Friday 30 June.",
        ),
    ],
)

m064 = M(
    64,
    "final_plan_chaser",
    "t22-draft-amended-plan",
    "2028-07-10 12:20:37",
    JO,
    [NEIL],
    "Re: " + SUBJ_DRAFT,
    cc=[RHIANNON],
    reply_to=m063,
    quote="android",
    new="""\
Hi Neil, you said wed have the final plan by 30 June and we havent had it. The college need it to confirm his internship place before they break up on the 19th. Can you let me know when it will be sent please.

Jo""",
    fmt="alt",
    category="chaser",
    refs=["KMB/EHC/1902614"],
    dates=[
        D("30 June", "2028-06-30", "past"),
        D("the 19th", "2028-07-19", "deadline"),
    ],
)

m065 = M(
    65,
    "final_amended_plan",
    "t22-draft-amended-plan",
    "2028-07-13 10:30:22",
    NEIL,
    [JO, CALLUM],
    SUBJ_FINAL,
    cc=[RHIANNON, TANISHA],
    reply_to=m064,
    quote="outlook",
    new="""\
Dear Ms Pritchard and Callum,

I am sorry this is later than I said. It took longer than I expected to agree the job coach wording with the college.

I attach Callum’s final amended EHC plan, dated 13 July 2028, which includes all the changes you asked for. Section F now says that the job coach will provide at least 15 hours a week during the autumn term, and that any reduction will be agreed at a review meeting with Callum. Section I names Kingsfold College (Supported Internship programme).

If Callum disagrees with sections B, F or I of the amended plan, he can appeal to the First-tier Tribunal (SEND). An appeal must be made within two months of the date of this letter, or within one month of a mediation certificate if that is later. The enclosed letter explains how.

We will hold Callum’s next annual review at the college in the spring term, so that we can plan for when his internship ends.

I have sent a copy to Kingsfold College and to Tanisha Boyle in adult social care.""",
    fmt="alt",
    charset="windows-1252",
    attachments=[
        Att(
            "Final amended EHC plan - C Pritchard.pdf",
            "application/pdf",
            fake_pdf("Final amended EHC plan"),
        ),
        Att(
            "Covering letter and appeal rights - C Pritchard.pdf",
            "application/pdf",
            fake_pdf("Covering letter"),
        ),
    ],
    from_la=True,
    category="final_plan",
    refs=["KMB/EHC/1902614"],
    dates=[
        D("13 July 2028", "2028-07-13", "other"),
        D("within two months of the date of this letter", "2028-09-13", "deadline"),
    ],
    commits=[
        C(
            "la",
            "hold the next annual review at the college in the spring term",
            None,
            "We will hold Callum’s next annual review at the college in the spring term, so that we can plan for when his internship ends.",
        )
    ],
)

m066 = M(
    66,
    "re_final_plan_thanks",
    "t22-draft-amended-plan",
    "2028-07-13 18:02:49",
    JO,
    [NEIL],
    "Re: " + SUBJ_FINAL,
    cc=[CALLUM, RHIANNON],
    reply_to=m065,
    quote="android",
    new="""\
Thank you Neil. Got it and Callum has read it, were both happy with it. Thank you for sorting the job coach hours.

Jo""",
    fmt="alt",
    category="general",
    refs=["KMB/EHC/1902614"],
)

MSGS = [
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
    m033,
    m034,
    m035,
    m036,
    m037,
    m038,
    m039,
    m040,
    m041,
    m042,
    m043,
    m044,
    m045,
    m046,
    m047,
    m048,
    m049,
    m050,
    m051,
    m052,
    m053,
    m054,
    m055,
    m056,
    m057,
    m058,
    m059,
    m060,
    m061,
    m062,
    m063,
    m064,
    m065,
    m066,
]

_unused = (SUBJ_PROPOSAL, m007)
