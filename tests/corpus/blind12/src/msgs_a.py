"""blind12 messages 001-022 (September to December 2027). One M(...) per message, with its gold labels."""

from corpuslib import Att, C, D, M, fake_docx, fake_pdf, quote_block
from people import (
    ASC_CONTACT,
    CALLUM,
    INFOGOV_AUTO,
    JO,
    KELLY,
    LEISURE,
    NEIL,
    PFA_TEAM,
    RHIANNON,
    SENDCONNECT,
)

AUTO_GEN = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

# ------------------------------------------------------------------ t01 review invitation

m001 = M(
    1,
    "annual_review_invitation",
    "t01-annual-review-invitation",
    "2027-09-21 11:04:52",
    RHIANNON,
    [JO],
    "Callum Pritchard - EHCP annual review, Tuesday 16 November",
    cc=[NEIL],
    new="""\
Dear Jo,

I hope you and Callum have had a good start to the new term. Callum has settled back into Foundation Studies really well and came in on Monday full of his week at the allotment project.

Callum's EHC plan is due its annual review this term, and we would like to hold the meeting at the Castle Road Campus on Tuesday 16 November 2027 at 1.30pm, in the small meeting room next to Learning Support. It should last about an hour. I have copied in Neil Haworth, who is Callum's review officer at Kingsfold Council.

Because Callum is now over 18, the review is really his, so we want him in the room for as much of it as he can manage. His tutor, Ms Kaur, has started his "My Views" pages with him in tutorial. I have attached the parent/carer views form. It would help me a lot to have it back by Friday 29 October so that I can send everything out in good time before the meeting.

The big question for this review is next year. Callum is in his second year on the Pathways programme, and we think he would be ready for a supported internship from September 2028. Dean Foley, our job coach, has some ideas about host employers, and I'd like to talk that through with you both at the meeting.

Please let me know if the date doesn't work.

Best wishes""",
    fmt="alt",
    attachments=[
        Att(
            "Parent carer views form 2027-28.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            fake_docx("Parent carer views form"),
        )
    ],
    category="annual_review",
    dates=[
        D("on Monday", "2027-09-20", "past"),
        D("Tuesday 16 November 2027", "2027-11-16", "meeting"),
        D("Friday 29 October", "2027-10-29", "deadline"),
    ],
)

m002 = M(
    2,
    "re_review_date_ok",
    "t01-annual-review-invitation",
    "2027-09-21 19:47:10",
    JO,
    [RHIANNON],
    "Re: Callum Pritchard - EHCP annual review, Tuesday 16 November",
    cc=[NEIL],
    reply_to=m001,
    quote="android",
    new="""\
Hi Rhiannon, 16 Nov is fine ive booked the afternoon off work. will Dean be there as well? Callum talks about him all the time.

ill do the form at the weekend and send it back

Jo""",
    fmt="alt",
    category="appointment",
    dates=[D("16 Nov", "2027-11-16", "meeting")],
    commits=[
        C(
            "parent",
            "complete and return the views form",
            None,
            "ill do the form at the weekend and send it back",
        )
    ],
)

m003 = M(
    3,
    "re_review_dean_attending",
    "t01-annual-review-invitation",
    "2027-09-22 08:52:31",
    RHIANNON,
    [JO],
    "Re: Callum Pritchard - EHCP annual review, Tuesday 16 November",
    cc=[NEIL],
    reply_to=m002,
    segments=[
        ("quote", quote_block(m002, "apple")),
        (
            "new",
            """\
Yes, Dean will come for the first half hour. He has to leave at 2 for a placement visit, but he will write a short report beforehand so that his views are in the papers.

No rush with the form, 29 Oct is still fine.

Rhiannon""",
        ),
        ("sig", "Sent from my iPad"),
    ],
    category="appointment",
    dates=[D("29 Oct", "2027-10-29", "deadline")],
    commits=[
        C(
            "school",
            "job coach attends the first half hour of the review",
            None,
            "Yes, Dean will come for the first half hour.",
        ),
        C(
            "school",
            "job coach writes a short report for the review papers",
            None,
            "He has to leave at 2 for a placement visit, but he will write a short report beforehand so that his views are in the papers.",
        ),
    ],
)

# ------------------------------------------------------------------ t02 not_send

m004 = M(
    4,
    "leisure_card_renewal",
    "t02-leisure-card",
    "2027-10-04 07:30:00",
    LEISURE,
    [JO],
    "Your Kingsfold Leisure Card renews on 18 October",
    new="""\
Hi Joanne,

Your Kingsfold Leisure Card (Family, Direct Debit) renews automatically on 18 October 2027. Your new monthly price will be £38.50. You don't need to do anything.

New this autumn at Castleton Pool and the Town Hall Gym:
- Quiet swims every Sunday from 8am, with the music off and the lights dimmed, for anyone who finds the pool too busy or noisy, including people with autism or sensory needs.
- Carers go free when they accompany a cardholder with an Access Card.
- Half-term holiday camps for ages 5 to 14: book from Monday 11 October.

Manage your membership at https://leisure.kingsfold.gov.uk/account

Kingsfold Leisure is run by Kingsfold Metropolitan Borough Council. To stop receiving these emails, update your preferences in your account.""",
    fmt="html",
    cte="base64",
    from_la=True,
    category="not_send",
)

# ------------------------------------------------------------------ t03 adult social care referral

m005 = M(
    5,
    "asc_transition_request",
    "t03-asc-referral",
    "2027-10-12 12:31:05",
    JO,
    [ASC_CONTACT],
    "transition assessment for my son Callum Pritchard",
    new="""\
Hello,

My son Callum Pritchard (DOB 09/11/2008) is 18 and has an EHC plan, hes at Kingsfold College. He is autistic with a moderate learning disability. The college have said we should ask adult social care for a transition assessment now so that things are in place before he finishes college.

Since the summer Callum has had his own flat, a supported tenancy at Alder Court, with 10 hours a week of support from the provider there. He stays with me most weekends.

He has given his consent for me to deal with this for him, he can confirm it himself if you need him to. His number is 07700 900451 but he doesnt always answer numbers he doesnt know so please ring me first.

Thanks
Jo Pritchard
07700 900286""",
    fmt="alt",
    category="general",
    dates=[D("09/11/2008", "2008-11-09", "past")],
)

m006 = M(
    6,
    "asc_auto_ack",
    "t03-asc-referral",
    "2027-10-12 12:31:48",
    ASC_CONTACT,
    [JO],
    "Your enquiry to Adult Social Care [ASCFD-27-66125]",
    reply_to=m005,
    quote="none",
    new="""\
Thank you for contacting Kingsfold Adult Social Care. This is an automated reply.

Your contact reference is ASCFD-27-66125. Please quote it if you get in touch with us again about this enquiry.

Your enquiry has been passed to our Contact and Assessment Hub. We aim to contact you within 10 working days. If you have not heard from us by then, please call 01632 960600.

If you are worried that someone is at risk of harm, call 01632 960611 (24 hours). In an emergency, call 999.

Kingsfold Adult Social Care
Kingsfold Metropolitan Borough Council""",
    cte="7bit",
    charset="us-ascii",
    extra_headers=AUTO_GEN,
    from_la=True,
    category="acknowledgement",
    refs=["ASCFD-27-66125"],
    dates=[D("within 10 working days", "2027-10-26", "deadline")],
    commits=[
        C(
            "la",
            "contact the parent about the enquiry",
            "2027-10-26",
            "We aim to contact you within 10 working days.",
        )
    ],
)

m007 = M(
    7,
    "re_asc_waiting_list",
    "t03-asc-referral",
    "2027-10-22 14:15:20",
    PFA_TEAM,
    [JO],
    "RE: transition assessment for my son Callum Pritchard",
    reply_to=m005,
    quote="outlook",
    new="""\
Dear Ms Pritchard,

Thank you for your email about Callum (contact ref ASCFD-27-66125), and for talking to me on the phone yesterday.

As we discussed, Callum's referral has been passed to the Preparing for Adulthood Team, which works with young people aged 18 to 25. He will be allocated a social worker who will carry out a Care Act assessment with him, and you can be there too. I have recorded that Callum has agreed to you acting on his behalf and that you are the first point of contact.

I have to be honest that there is a waiting list at the moment, and allocation is taking around 12 weeks. I have marked the referral as linked to his move on from college so that this is taken into account.

Kind regards""",
    fmt="alt",
    charset="windows-1252",
    from_la=True,
    category="general",
    refs=["ASCFD-27-66125"],
    dates=[D("yesterday", "2027-10-21", "past")],
    commits=[
        C(
            "la",
            "allocate a social worker to carry out a Care Act assessment",
            None,
            "He will be allocated a social worker who will carry out a Care Act assessment with him, and you can be there too.",
        )
    ],
)

# ------------------------------------------------------------------ t01 parent views form

m008 = M(
    8,
    "re_parent_views_form",
    "t01-annual-review-invitation",
    "2027-10-27 21:12:44",
    JO,
    [RHIANNON],
    "Re: Callum Pritchard - parent views form",
    cc=[NEIL],
    reply_to=m003,
    quote="android",
    new="""\
Hi Rhiannon here is my form, sorry i said id do it at the weekend, half term has been manic.

I put most of it in the form but the main thing is that Callum is not ready to leave college without support. He has come on loads this last year but he still cant use the bus on his own if the route changes, and he still needs someone to prompt him at work. He really really wants to do the internship.

see you on 16th
Jo""",
    fmt="alt",
    attachments=[
        Att(
            "Parent carer views form - Callum Pritchard.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            fake_docx("Parent carer views - Callum Pritchard"),
        )
    ],
    category="annual_review",
    dates=[D("16th", "2027-11-16", "meeting")],
)

# ------------------------------------------------------------------ t04 portal notice

m009 = M(
    9,
    "sendconnect_review_papers",
    "t04-sendconnect-review-papers",
    "2027-11-03 16:02:11",
    SENDCONNECT,
    [JO],
    "SEND Connect: a new document has been shared with you",
    new="""\
Hello Joanne Pritchard,

A new document has been shared with you in Kingsfold SEND Connect.

Young person: Callum P.
Document: Annual review - college reports and young person's views
Shared by: Kingsfold College
Shared on: 03/11/2027
Notification ID: SCN-271103-0215

To view it, sign in at:
https://sendconnect.kingsfold.gov.uk/portal/documents?n=SCN-271103-0215

This is an automated message. Please do not reply to this email, as this mailbox is not monitored. If you need help with your SEND Connect account, use the Contact us page in the portal.

Kingsfold Metropolitan Borough Council""",
    cte="7bit",
    charset="us-ascii",
    extra_headers=AUTO_GEN,
    from_la=True,
    category="general",
    refs=["SCN-271103-0215"],
    dates=[D("03/11/2027", "2027-11-03", "other")],
)

# ------------------------------------------------------------------ t05 review papers

m010 = M(
    10,
    "review_papers",
    "t05-review-papers",
    "2027-11-03 16:20:37",
    RHIANNON,
    [JO],
    "Callum's review papers",
    cc=[NEIL],
    new="""\
Hi Jo,

I've uploaded the papers for the review on 16 November to SEND Connect, and a copy is attached here in case the portal plays up (it has been known!). They are:

- Callum's My Views pages (done with Ms Kaur, in his own words and photos)
- his tutor's progress report against the outcomes in section E
- Dean's job coach report from his work tasters at the Riverside Café and with the hospital estates team
- your views form

One thing I should flag before the meeting: the progress report says Callum has met four of his six section E outcomes. That is true on paper, but the outcomes were written two years ago for the start of his course and they are quite narrow. I will say at the meeting that the college's view is that he still needs the support in his plan to move into work.

Rhiannon""",
    fmt="alt",
    attachments=[
        Att(
            "Callum P - annual review papers.pdf",
            "application/pdf",
            fake_pdf("Callum P annual review papers"),
        )
    ],
    category="annual_review",
    dates=[D("16 November", "2027-11-16", "meeting")],
    commits=[
        C(
            "school",
            "state the college's view at the review meeting",
            None,
            "I will say at the meeting that the college's view is that he still needs the support in his plan to move into work.",
        )
    ],
)

# ------------------------------------------------------------------ t06 before the review

SUBJ_REVIEW = "[OFFICIAL-SENSITIVE] Callum Pritchard - annual review tomorrow - KMB/EHC/1902614"

m011 = M(
    11,
    "la_before_review",
    "t06-before-the-review",
    "2027-11-15 10:12:09",
    NEIL,
    [JO],
    SUBJ_REVIEW,
    cc=[RHIANNON],
    new="""\
Dear Ms Pritchard,

I am writing ahead of Callum’s annual review meeting at Kingsfold College tomorrow at 1.30pm, which I will be attending.

I have read the college papers. I think it is only fair to tell you before the meeting, rather than on the day, that one of the things the local authority will want to discuss is whether Callum still needs an EHC plan. Callum turned 19 last week, and the progress report shows that he has met most of the outcomes in section E. When a young person over 18 has achieved their outcomes, the Code of Practice expects us to consider whether the plan should continue.

No decision has been made, and none will be made at the meeting. The college will send its report to the local authority after the review. We will then consider everything, including your views and Callum’s, before writing to you.

I appreciate this may not be welcome news, and I am happy to talk it through.""",
    fmt="alt",
    charset="windows-1252",
    from_la=True,
    category="annual_review",
    refs=["KMB/EHC/1902614"],
    dates=[D("tomorrow", "2027-11-16", "meeting")],
    commits=[
        C(
            "la",
            "attend the annual review meeting",
            "2027-11-16",
            "I am writing ahead of Callum’s annual review meeting at Kingsfold College tomorrow at 1.30pm, which I will be attending.",
        ),
        C(
            "school",
            "send the review report to the local authority",
            None,
            "The college will send its report to the local authority after the review.",
        ),
        C(
            "la",
            "consider the evidence and views before writing",
            None,
            "We will then consider everything, including your views and Callum’s, before writing to you.",
        ),
    ],
)

m012 = M(
    12,
    "re_la_before_review_angry",
    "t06-before-the-review",
    "2027-11-15 23:41:26",
    JO,
    [NEIL],
    "Re: " + SUBJ_REVIEW,
    cc=[RHIANNON],
    reply_to=m011,
    quote="android",
    new="""\
Mr Haworth

I have read your email about 5 times now and I still cant believe it. You are telling me the night before his review that you want to take his plan away because he has ticked some boxes that were written for him when he was 17.

Those outcomes were about him getting to college on the bus he knows and doing a 2 hour shift at the cafe with his job coach stood next to him. Yes he can do that now. That is what the plan is FOR. It doesnt mean he is ready to manage on his own. He still cant cope if the bus is diverted, last month he ended up in Castleton and rang me crying from the bus station because his phone had died. He still needs prompting for every step at work. He cant manage money. None of this has gone away because he had a birthday.

The college want him to do a supported internship next year. He has been talking about it since the summer. If the plan stops there is no internship, you know that and I know that.

I will be at the meeting tomorrow and so will Callum and I am not going to pretend this is fine. I would like whoever decides this to look at the actual evidence and not just a tick sheet.

And please dont send me things like this at 10am on a work day when I cant do anything about it till the evening.

Jo Pritchard""",
    fmt="alt",
    category="annual_review",
    refs=["KMB/EHC/1902614"],
    dates=[D("tomorrow", "2027-11-16", "meeting")],
    commits=[
        C(
            "parent",
            "attend the review meeting with Callum",
            "2027-11-16",
            "I will be at the meeting tomorrow and so will Callum and I am not going to pretend this is fine.",
        )
    ],
)

m013 = M(
    13,
    "re_la_before_review_sorry",
    "t06-before-the-review",
    "2027-11-16 08:05:50",
    NEIL,
    [JO],
    "RE: " + SUBJ_REVIEW,
    cc=[RHIANNON],
    reply_to=m012,
    quote="outlook",
    new="""\
Dear Ms Pritchard,

Thank you, and I am sorry about the timing of my email; that was my mistake. I wanted you to hear it from me first rather than in the meeting.

I will make sure your points about travel, prompting at work and money are written into the review record this afternoon, and I will bring a copy of the outcomes from the original plan so that we can look at them together.

See you at 1.30.""",
    fmt="alt",
    charset="windows-1252",
    from_la=True,
    category="annual_review",
    refs=["KMB/EHC/1902614"],
    dates=[D("this afternoon", "2027-11-16", "meeting")],
    commits=[
        C(
            "la",
            "record the parent's points and bring the original outcomes to the review",
            "2027-11-16",
            "I will make sure your points about travel, prompting at work and money are written into the review record this afternoon, and I will bring a copy of the outcomes from the original plan so that we can look at them together.",
        )
    ],
)

# ------------------------------------------------------------------ t07 review summary

m014 = M(
    14,
    "review_summary",
    "t07-review-summary",
    "2027-11-19 15:40:02",
    RHIANNON,
    [JO, NEIL, CALLUM],
    "Annual review 16.11.27 - Callum Pritchard - summary and next steps",
    new="""\
Dear all,

Thank you for coming on Tuesday, and a special thank you to Callum, who stayed for the whole meeting and explained his job at the café to Mr Haworth better than any report could.

A summary of the main points is below. The full review report, with the updated views pages, will go to the local authority by Tuesday 30 November, which is two weeks after the meeting, and everyone will get a copy.

What is working
- Callum travels independently on his usual route (the 22 bus) and arrives on time.
- He completes a two-hour shift at the Riverside Café with a job coach nearby.
- He has met four of the six outcomes in section E.

What needs more support
- Changes to routine: he needs a plan, and practice, for diversions and cancelled buses.
- At work he still needs prompting to move from one task to the next.
- Handling money and his bank card.

Views
- Callum: "I want to do the hospital internship. I want Dean to help me."
- Jo: the plan must continue; Callum is not ready to manage without it.
- College: Callum should move on to a supported internship in September 2028, with job coaching, and the plan should be amended to say so.
- Local authority (Neil): as Callum has met most of his outcomes, the authority's view is that it has to consider whether the plan is still needed. Neil explained that the local authority must tell Callum and Jo its decision within four weeks of the meeting, which is by 14 December.

Actions
- Dean will arrange a two-day taster with the hospital estates team before Christmas.
- Rhiannon will draft new outcomes for a supported internship year and send them to Neil with the report.
- Jo will send Neil the letter from Callum's support provider about his flat.

Kind regards

Rhiannon""",
    fmt="alt",
    category="annual_review",
    dates=[
        D("on Tuesday", "2027-11-16", "past"),
        D("Tuesday 30 November", "2027-11-30", "deadline"),
        D("14 December", "2027-12-14", "deadline"),
    ],
    commits=[
        C(
            "school",
            "send the full review report to the local authority",
            "2027-11-30",
            "The full review report, with the updated views pages, will go to the local authority by Tuesday 30 November, which is two weeks after the meeting, and everyone will get a copy.",
        ),
        C(
            "school",
            "arrange a two-day taster with the hospital estates team",
            None,
            "Dean will arrange a two-day taster with the hospital estates team before Christmas.",
        ),
        C(
            "school",
            "draft internship outcomes and send them with the report",
            None,
            "Rhiannon will draft new outcomes for a supported internship year and send them to Neil with the report.",
        ),
        C(
            "parent",
            "send the support provider's letter to the LA",
            None,
            "Jo will send Neil the letter from Callum's support provider about his flat.",
        ),
    ],
)

m015 = M(
    15,
    "re_review_summary",
    "t07-review-summary",
    "2027-11-20 09:15:33",
    JO,
    [RHIANNON, NEIL, CALLUM],
    "Re: Annual review 16.11.27 - Callum Pritchard - summary and next steps",
    reply_to=m014,
    quote="android",
    new="""\
thanks Rhiannon thats a fair summary. one thing, it wasnt just buses, he also cant cope when the café rota changes at short notice, can you add that.

Neil i'll send you the letter from Alder Court on monday, the manager is off till then.

Jo""",
    fmt="alt",
    category="annual_review",
    dates=[D("monday", "2027-11-22", "deadline")],
    commits=[
        C(
            "parent",
            "send the Alder Court letter to the LA",
            "2027-11-22",
            "Neil i'll send you the letter from Alder Court on monday, the manager is off till then.",
        )
    ],
)

# ------------------------------------------------------------------ t08 proposal to cease

SUBJ_PROPOSAL = (
    "[OFFICIAL-SENSITIVE] Callum Pritchard - outcome of annual review - proposal to cease EHC plan"
    " - KMB/EHC/1902614"
)

m016 = M(
    16,
    "proposal_to_cease",
    "t08-cease-proposal",
    "2027-12-13 11:30:04",
    NEIL,
    [CALLUM, JO],
    SUBJ_PROPOSAL,
    cc=[RHIANNON],
    new="""\
Dear Callum and Ms Pritchard,

Outcome of the annual review held on 16 November 2027

I am writing to let you know the outcome of Callum’s annual review. Thank you both for your contributions at the meeting, and thank you to the college for its report, which we received on 29 November.

The review and the report were considered by the Post-16 SEND Panel on 9 December 2027. Having looked at the evidence, the local authority is proposing to cease to maintain Callum’s EHC plan at the end of the current academic year. The panel’s reasons are that:

• Callum has achieved four of the six outcomes in section E, and has made good progress towards the other two;
• he has now completed two years of further education, and is 19;
• his remaining needs, in particular around travel, money and the workplace, could be met through adult social care and the college’s own learning support, without an EHC plan.

This is a proposal, not a final decision. Before deciding, the local authority must consult you and the college. Please send me any views or further evidence, in writing, by Friday 7 January 2028. Kingsfold College has been asked for its views by the same date.

I will then take the proposal back to the panel with everything that has been received, and I will write to you with the final decision by 28 January 2028. If the decision is to cease the plan, that letter will explain the right of appeal to the First-tier Tribunal (SEND).

Callum, I know you want to do an internship next year. Please do tell me what you think, in any way that suits you. Your mum can help you.

Yours sincerely""",
    fmt="alt",
    charset="windows-1252",
    from_la=True,
    category="annual_review",
    refs=["KMB/EHC/1902614"],
    dates=[
        D("16 November 2027", "2027-11-16", "past"),
        D("29 November", "2027-11-29", "past"),
        D("9 December 2027", "2027-12-09", "past"),
        D("Friday 7 January 2028", "2028-01-07", "deadline"),
        D("28 January 2028", "2028-01-28", "deadline"),
    ],
    commits=[
        C(
            "la",
            "take the proposal back to panel and write with the final decision",
            "2028-01-28",
            "I will then take the proposal back to the panel with everything that has been received, and I will write to you with the final decision by 28 January 2028.",
        )
    ],
)

m017 = M(
    17,
    "re_proposal_evidence_request",
    "t08-cease-proposal",
    "2027-12-14 07:58:19",
    JO,
    [NEIL],
    "Re: " + SUBJ_PROPOSAL,
    cc=[RHIANNON],
    reply_to=m016,
    quote="android",
    new="""\
Mr Haworth

Before I send our views I need to see what the panel actually saw. Please can you send me:

1. the minutes or notes from the panel on 9 December about Callum
2. everything the panel was given, including anything from adult social care
3. the college report you got on the 29th

I need these by Friday 24th at the latest so I have time to answer before 7 Jan, otherwise its not a fair consultation. Callum is happy for me to have all of it, he will tell you himself.

Jo Pritchard""",
    fmt="alt",
    category="information_request",
    refs=["KMB/EHC/1902614"],
    dates=[
        D("9 December", "2027-12-09", "past"),
        D("the 29th", "2027-11-29", "past"),
        D("Friday 24th", "2027-12-24", "deadline"),
        D("7 Jan", "2028-01-07", "deadline"),
    ],
    commits=[
        C(
            "other",
            "confirm his consent to the LA himself",
            None,
            "Callum is happy for me to have all of it, he will tell you himself.",
        )
    ],
)

m018 = M(
    18,
    "callum_views_and_consent",
    "t08-cease-proposal",
    "2027-12-15 18:22:40",
    CALLUM,
    [NEIL],
    "Re: " + SUBJ_PROPOSAL,
    cc=[JO],
    reply_to=m016,
    quote="gmail",
    new="""\
Hello Neil

This is Callum. My mum is helping me with the spelling.

I do not want my plan to stop. I want to do the internship at the hospital with Dean. I did the taster at the hospital on Monday and Tuesday. I did the bins and the post room and I liked it.

I want my mum to talk to you for me and to see my letters and my files. I say yes to that.

From Callum""",
    sig="Sent from my Galaxy",
    fmt="alt",
    cte="base64",
    category="general",
    refs=["KMB/EHC/1902614"],
    dates=[
        D("Monday", "2027-12-13", "past"),
        D("Tuesday", "2027-12-14", "past"),
    ],
)

m019 = M(
    19,
    "re_proposal_papers",
    "t08-cease-proposal",
    "2027-12-16 14:48:12",
    NEIL,
    [JO],
    "RE: " + SUBJ_PROPOSAL,
    cc=[CALLUM, RHIANNON],
    reply_to=m017,
    quote="outlook",
    irt=False,
    thread_index=True,
    new="""\
Dear Ms Pritchard,

Thank you for your email, and please thank Callum for his. It is helpful to have his consent in writing, and I have added it to his file.

On your three points:

1. Panel minutes. The panel does not keep full minutes, but there is a decision record for each young person. I have attached the record for Callum.
2. The papers. The panel had the college review report, the progress report against section E, Dean Foley’s job coach report and Callum’s views pages, all of which you already have. It did not have anything from adult social care, because Callum has not yet been assessed by them.
3. The review report is attached again.

If you would like everything that the council holds about Callum, including emails and case notes, that is a subject access request, which is dealt with by our Information Governance Team (infogov@kingsfold.gov.uk) rather than by me. As Callum is over 18 the information is his, so they will need his consent, which he has now given.

I have also extended the date for your views to Friday 14 January 2028, as I recognise that you asked for these papers before Christmas. The panel will now meet on 20 January. I will still write to you with the panel’s decision by 28 January.""",
    fmt="alt",
    charset="windows-1252",
    attachments=[
        Att(
            "Post-16 Panel decision record - CP.pdf",
            "application/pdf",
            fake_pdf("Panel decision record"),
        ),
        Att(
            "Annual review report - Callum Pritchard.pdf",
            "application/pdf",
            fake_pdf("Annual review report"),
        ),
    ],
    from_la=True,
    category="general",
    refs=["KMB/EHC/1902614"],
    dates=[
        D("Friday 14 January 2028", "2028-01-14", "deadline"),
        D("20 January", "2028-01-20", "meeting"),
        D("28 January", "2028-01-28", "deadline"),
    ],
    commits=[
        C(
            "la",
            "write with the panel's decision",
            "2028-01-28",
            "I will still write to you with the panel’s decision by 28 January.",
        )
    ],
)

# ------------------------------------------------------------------ t09 subject access request

m020 = M(
    20,
    "subject_access_request",
    "t09-sar",
    "2027-12-17 12:10:02",
    JO,
    [INFOGOV_AUTO],
    "subject access request - Callum Pritchard",
    new="""\
Hello

I am making a subject access request on behalf of my son Callum Pritchard, date of birth 9 November 2008, 14 Alder Court, Kingsfold KF2 8LW. Callum is 19 and has given his written consent for me to make this request and receive the information. His signed consent and a copy of his ID are attached. He has also confirmed it by email to Neil Haworth in the SEND team.

We would like copies of all the personal data the council holds about Callum from January 2025 to now, in particular:
- his SEND file, including case notes, emails and panel papers about his EHC plan
- anything held by adult social care
- anything shared between the SEND team and Kingsfold College

Please send everything to me at this email address. His EHC ref is 1902614 if that helps.

Thanks
Jo Pritchard""",
    fmt="alt",
    attachments=[Att("Callum consent and ID.pdf", "application/pdf", fake_pdf("Consent and ID"))],
    category="information_request",
    refs=["1902614"],
    dates=[D("9 November 2008", "2008-11-09", "past")],
)

m021 = M(
    21,
    "sar_auto_ack",
    "t09-sar",
    "2027-12-17 12:10:31",
    INFOGOV_AUTO,
    [JO],
    "Your request has been received - ref IG-SAR-27-0388",
    reply_to=m020,
    quote="none",
    new="""\
Thank you for your request, which we received on 17 December 2027.

We have logged it as a subject access request under the UK General Data Protection Regulation. Your reference number is IG-SAR-27-0388.

We will respond within one calendar month of receipt, by 17 January 2028. If we need proof of identity or more information to find what you have asked for, we will contact you, and the time limit will start when we receive it.

Information Governance Team
Kingsfold Metropolitan Borough Council
Town Hall, Market Street, Kingsfold KF1 1AA""",
    cte="7bit",
    charset="us-ascii",
    extra_headers=AUTO_GEN,
    from_la=True,
    category="acknowledgement",
    refs=["IG-SAR-27-0388"],
    dates=[
        D("17 December 2027", "2027-12-17", "other"),
        D("17 January 2028", "2028-01-17", "deadline"),
    ],
    commits=[
        C(
            "la",
            "respond to the subject access request",
            "2028-01-17",
            "We will respond within one calendar month of receipt, by 17 January 2028.",
        ),
        C(
            "la",
            "contact the requester if ID or more information is needed",
            None,
            "If we need proof of identity or more information to find what you have asked for, we will contact you, and the time limit will start when we receive it.",
        ),
    ],
)

# ------------------------------------------------------------------ t10 not_send

m022 = M(
    22,
    "family_party",
    "t10-family-party",
    "2027-12-28 20:03:55",
    KELLY,
    [JO],
    "mums 70th - 22nd jan??",
    new="""\
Hiya, so its definitely Saturday 22nd January at the Fleece, back room from 7. Ive paid the £50 deposit so can you send me your half by the end of the week? Dont say anything to mum about the cake!!

Can Callum do the playlist? he'd love that and he knows all her old stuff xx""",
    category="not_send",
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
]
