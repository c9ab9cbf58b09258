"""Messages 035-068 (January to July 2028), each with its gold labels."""

from corpuslib import C, D, M, pdf
from msgs_a import E, R, m010, m014, m030  # noqa: F401
from people import (
    ANDREA,
    CASEWORK,
    DISCLAIMER,
    DOM,
    FEEDBACK,
    FEEDBACK_AUTO,
    FRAN,
    GARY,
    HOLLIE,
    KIRSTY,
    LEANNE,
    LEANNE_PHONE,
    NADIA,
    RACHEL,
    SUNIL,
    WASTE,
)  # fmt: skip

CSR = "CSR/2028/0941"  # complaint reference

m035 = M(
    35,
    "ruby-assessment-delay",
    "t13-ruby-delay",
    "2028-01-12 09:35:14",
    NADIA,
    [LEANNE],
    "Ruby Marsh NA/27/0318 \u2013 update on assessment timescale",
    cc=[CASEWORK],
    new="""\
Dear Ms Marsh

I'm writing to let you know that Ruby's assessment is running late, and to apologise.

We have the advice from Moorside Academy and from Dr Greaves, but the community paediatric service has not yet sent its advice on Ruby's anxiety, although it was due on 14 December. I have chased it twice and this week I escalated it to the Designated Clinical Officer.

This means the council will not be able to issue Ruby's final plan, if one is issued, by 2 February 2028, the 20-week date. I will send you Ruby's draft plan by Friday 4 February, with or without the paediatric advice, and I will add that advice as soon as it arrives.

If you would like to talk about this, my direct line is below.

Kind regards
Nadia""",
    fmt="alt",
    from_la=True,
    category="delay_notice",
    refs=[R],
    dates=[
        D("14 December", "2027-12-14", "past"),
        D("2 February 2028", "2028-02-02", "deadline"),
        D("Friday 4 February", "2028-02-04", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send Ruby's draft plan",
            "2028-02-04",
            "I will send you Ruby's draft plan by Friday 4 February, with or without the paediatric advice, and I will add that advice as soon as it arrives.",
        ),
    ],
)

m036 = M(
    36,
    "re-delay-not-ok",
    "t13-ruby-delay",
    "2028-01-13 00:15:42",
    LEANNE_PHONE,
    [NADIA],
    "Re: Ruby Marsh NA/27/0318 \u2013 update on assessment timescale",
    new="""\
Nadia - thanks for telling me rather than just letting the date go by. But it's not OK.

Ruby has missed 4 days this term already and we're only in the second week.

- the paediatrician's advice was due 14 December. Chasing twice in a month isn't enough
- I want the draft by 4 Feb AT THE LATEST
- and I want a date for the final plan, not "in due course"

Please reply by Monday.

L""",
    parent=m035,
    quote="apple",
    irt=False,
    fmt="plain",
    category="chaser",
    refs=[R],
    dates=[
        D("14 December", "2027-12-14", "past"),
        D("4 Feb", "2028-02-04", "deadline"),
        D("by Monday", "2028-01-17", "deadline"),
    ],
)

m037 = M(
    37,
    "re-slt-not-delivered",
    "t04-ellis-slt-service",
    "2028-01-17 22:30:19",
    LEANNE,
    [RACHEL],
    "Re: Ellis Marsh \u2013 changes to speech and language therapy from January 2028",
    cc=[GARY],
    new="""\
Dear Ms Mounsey

Back to this, I'm afraid.

On 14 December Gary Whitlow told me in writing that your service had agreed to keep seeing Ellis weekly until his amended plan is final. The plan has NOT been amended - I haven't even had the draft yet.

School tells me Hollie hasn't been in since we broke up, and the first "block" starts today. So Ellis has had no therapy for five weeks and is now on the new model anyway.

Can you please tell me:
- which is true - weekly sessions or blocks?
- if it's blocks, who agreed that, when his plan still says weekly?

I'm copying Gary in.

Leanne Marsh""",
    parent=m014,
    quote="gmail",
    fmt="alt",
    category="chaser",
    dates=[
        D("14 December", "2027-12-14", "past"),
        D("today", "2028-01-17", "other"),
    ],
)

m038 = M(
    38,
    "ellis-draft-amended-plan",
    "t14-ellis-draft-amended",
    "2028-01-18 15:10:33",
    CASEWORK,
    [LEANNE],
    "Ellis Marsh (ID: 4410627) \u2013 draft amended EHC plan",
    sender=GARY,
    reply_to_hdr=CASEWORK,
    new="""\
Dear Ms Marsh,

Please find attached a letter regarding Ellis, together with his draft amended EHC plan and his current plan with the changes tracked.

Please send any comments, and tell us if you would like a meeting, within 15 days of the date of this letter. If we do not hear from you by then, the plan will be finalised as drafted.

Kind regards,
SEN Casework Team
on behalf of Gary Whitlow, EHC Coordinator (Reviews)""",
    sig="Children's Services | Brackenmoor Council\nsencasework@brackenmoor.gov.uk | 01632 960700\n\n"
    + DISCLAIMER,
    fmt="alt",
    attachments=[
        pdf("Ellis Marsh - amendment notice.pdf"),
        pdf("Ellis Marsh - DRAFT amended EHCP.pdf"),
        pdf("Ellis Marsh - current EHCP with tracked changes.pdf"),
    ],
    from_la=True,
    category="draft_plan",
    refs=[E],
    dates=[D("within 15 days of the date of this letter", "2028-02-02", "deadline")],
    commits=[
        C(
            "la",
            "finalise the plan as drafted if there is no reply",
            None,
            "If we do not hear from you by then, the plan will be finalised as drafted.",
        ),
    ],
)

m039 = M(
    39,
    "fwd-draft-to-sendiass",
    "t15-sendiass",
    "2028-01-19 00:05:27",
    LEANNE,
    [DOM],
    "Fwd: Ellis Marsh (ID: 4410627) \u2013 draft amended EHC plan",
    new="""\
Hi Dom

We spoke last year about Ellis (Down syndrome, Year 4, Heathfield Lane). His draft amended plan has finally arrived - 2 months late - and Section F now says:

"A block of 6 sessions of speech and language therapy per term, with a programme delivered by school staff between blocks"

It used to say 45 minutes EVERY WEEK from a therapist. Nothing at the review said he needs less therapy, and Hollie's own report says his speech is still very hard to follow.

Questions:
1. Can they cut it just because the NHS changed its service?
2. What do I put in my response? It's due 2 Feb
3. Separate thing - my daughter Ruby is being assessed (NA/27/0318) and that's late too. Can I complain about both together?

I'm on nights this week, so daytime calls are best.

Thanks
Leanne""",
    parent=m038,
    quote="fwd",
    irt=False,
    fmt="alt",
    attachments=[pdf("Ellis Marsh - DRAFT amended EHCP.pdf")],
    category="general",
    refs=[E, R],
    dates=[D("2 Feb", "2028-02-02", "deadline")],
)

m040 = M(
    40,
    "re-slt-weekly-restored",
    "t04-ellis-slt-service",
    "2028-01-19 16:40:51",
    RACHEL,
    [LEANNE],
    "RE: Ellis Marsh \u2013 changes to speech and language therapy from January 2028",
    cc=[GARY],
    new="""\
Dear Ms Marsh

You are right, and I am sorry. When Gary and I spoke in December I agreed that Ellis would keep his weekly sessions until his amended plan was finalised. That did not reach Hollie's timetable, and she started Ellis on the new model with everyone else. That is our mistake.

Hollie will see Ellis weekly again from Tuesday 25 January, for 45 minutes, as his current plan says. She will also make up the sessions he has missed, with extra sessions before the February half term.

I have confirmed this to Gary.

Kind regards
Rachel Mounsey""",
    parent=m037,
    quote="outlook",
    fmt="alt",
    category="general",
    dates=[D("Tuesday 25 January", "2028-01-25", "deadline")],
    commits=[
        C(
            "health",
            "resume weekly 45-minute sessions",
            "2028-01-25",
            "Hollie will see Ellis weekly again from Tuesday 25 January, for 45 minutes, as his current plan says.",
        ),
        C(
            "health",
            "make up the missed sessions",
            None,
            "She will also make up the sessions he has missed, with extra sessions before the February half term.",
        ),
    ],
)

m041 = M(
    41,
    "re-sendiass-advice",
    "t15-sendiass",
    "2028-01-21 12:40:08",
    DOM,
    [LEANNE],
    "RE: Fwd: Ellis Marsh (ID: 4410627) \u2013 draft amended EHC plan",
    new="""\
Hi Leanne,

Good to hear from you, though not about this. Quick answers, and then let's talk properly:

1. No. What goes in Section F has to be based on Ellis's needs and the advice, not on how the NHS has chosen to organise its service. If the evidence (including Hollie's own report) says he still needs weekly therapy, say so and quote it.

2. Go through the draft section by section. For F, ask for the weekly 45 minutes to stay, and say it must be specified and quantified. Ask for a meeting with Gary as well - you're entitled to one. Get it in by 2 February and keep proof that you sent it.

3. Yes, you can complain about the delays in both cases in one complaint to the council, but keep the complaint separate from the plan itself. A complaint won't change what's in Section F. If the final amended plan still cuts the therapy, your route is mediation and then an appeal to the Tribunal, and the clock for that starts from the date of the final plan.

I can do Thursday 27 January at 1pm or Friday 28th at 10am for a call. Let me know which.

Dom""",
    parent=m039,
    quote="outlook",
    fmt="alt",
    category="general",
    refs=[E],
    dates=[
        D("2 February", "2028-02-02", "deadline"),
        D("Thursday 27 January", "2028-01-27", "meeting"),
        D("Friday 28th", "2028-01-28", "meeting"),
    ],
)

m042 = M(
    42,
    "re-sendiass-call-time",
    "t15-sendiass",
    "2028-01-21 20:12:55",
    LEANNE,
    [DOM],
    "Re: Fwd: Ellis Marsh (ID: 4410627) \u2013 draft amended EHC plan",
    new="""\
Thursday 1pm is perfect, ring me on 07700 900382. Thank you!!

L""",
    parent=m041,
    quote="gmail",
    fmt="alt",
    category="appointment",
    refs=[E],
    dates=[D("Thursday 1pm", "2028-01-27", "meeting")],
)

m043 = M(
    43,
    "formal-complaint",
    "t16-complaint",
    "2028-01-24 22:48:02",
    LEANNE,
    [FEEDBACK],
    "FORMAL COMPLAINT \u2013 SEN Casework Team \u2013 Ellis Marsh (4410627) and Ruby Marsh (NA/27/0318)",
    cc=[ANDREA],
    new="""\
Dear Customer Feedback Team

I want to make a formal Stage 1 complaint about the way the SEN Casework Team has handled my two children's cases. I have copied in Ms Lockwood as the service manager.

1. ELLIS MARSH (EHC plan, ID 4410627)
- Annual review held 19 October 2027
- The council's decision came on 11 November, without the proposed amendments the law requires
- I was promised the draft amended plan in the week commencing 29 November, then by 14 January. It came on 18 January - two months late
- Meanwhile his weekly speech and language therapy, which is in Section F, stopped at Christmas although the plan had not been amended. The therapy service has now admitted this, but Ellis has lost five weeks

2. RUBY MARSH (needs assessment, NA/27/0318)
- Request made 14 September 2027
- The decision letter came with a covering email about the wrong child
- Health advice due on 14 December is still missing, and the 20-week deadline of 2 February 2028 will be missed

3. BOTH
- Officers have mixed my children up three times in writing (20 October, 14 December, and a letter for Ellis addressed to Ruby last year). They are separate children with separate files, and I need to be confident their information isn't being mixed up too.

What I want:
- a written apology
- confirmation that Ellis's weekly therapy continues until his amended plan is final, and that the missed sessions are made up
- a firm date for Ruby's final plan
- an explanation of how the mix-ups happened and what has been done to stop them

I'll send copies of the emails if you need them.

Leanne Marsh
07700 900382""",
    fmt="alt",
    category="complaint",
    refs=[E, R],
    dates=[
        D("19 October 2027", "2027-10-19", "past"),
        D("11 November", "2027-11-11", "past"),
        D("the week commencing 29 November", "2027-11-29", "past"),
        D("14 January", "2028-01-14", "past"),
        D("18 January", "2028-01-18", "past"),
        D("14 September 2027", "2027-09-14", "past"),
        D("14 December", "2027-12-14", "past"),
        D("2 February 2028", "2028-02-02", "deadline"),
        D("20 October", "2027-10-20", "past"),
    ],
    commits=[
        C(
            "parent",
            "send copies of the emails if needed",
            None,
            "I'll send copies of the emails if you need them.",
        ),
    ],
)

m044 = M(
    44,
    "complaint-auto-acknowledgement",
    "t16-complaint",
    "2028-01-24 22:48:40",
    FEEDBACK_AUTO,
    [LEANNE],
    "Your complaint has been received \u2013 ref CSR/2028/0941",
    new="""\
Dear Customer,

Thank you for contacting Brackenmoor Council. Your complaint has been logged under reference CSR/2028/0941.

We will acknowledge your complaint within 5 working days. A Stage 1 response will normally be sent within 10 working days of the acknowledgement; if we need longer we will tell you why and when you can expect a reply.

Please quote reference CSR/2028/0941 in all correspondence about this complaint.

Customer Feedback Team
Brackenmoor Council

This mailbox is not monitored. Please do not reply to this email.""",
    parent=m043,
    quote="none",
    fmt="plain",
    cte="7bit",
    charset="us-ascii",
    utc=True,
    extra_headers=[("Auto-Submitted", "auto-generated")],
    from_la=True,
    category="complaint",
    refs=[CSR],
    commits=[
        C(
            "la",
            "acknowledge the complaint",
            None,
            "We will acknowledge your complaint within 5 working days.",
        ),
        C(
            "la",
            "send a Stage 1 response",
            None,
            "A Stage 1 response will normally be sent within 10 working days of the acknowledgement; if we need longer we will tell you why and when you can expect a reply.",
        ),
    ],
)

m045 = M(
    45,
    "re-representations-ellis",
    "t14-ellis-draft-amended",
    "2028-01-31 00:50:16",
    LEANNE,
    [GARY],
    "Re: Ellis Marsh (ID: 4410627) \u2013 draft amended EHC plan",
    cc=[CASEWORK],
    new="""\
Dear Gary / SEN Casework Team

My response to Ellis's draft amended plan is attached, and the main points are below in case the attachment goes astray.

SECTION B - much better, thank you. Two corrections:
- he is 9, not 8 (page 2)
- he signs AND uses his communication book - it says one or the other

SECTION E - outcome 3 ("Ellis will be understood by familiar adults") is too low a bar. Familiar adults already understand him. It should be about unfamiliar adults and other children.

SECTION F - I do NOT agree to the change in speech and language therapy:
- none of the advice says Ellis needs less therapy. Hollie's own report (October 2027) says his speech is still hard for unfamiliar listeners to follow
- the change comes from the NHS service's new way of working, not from Ellis's needs
- I want the 45 minutes per week of direct therapy from a qualified SLT to stay, with the school programme on top

SECTION I - no change, Heathfield Lane.

I would like a meeting with you before the plan is finalised. I can do Tuesday 8th or Wednesday 9th February, any time before 2pm.

Leanne Marsh""",
    parent=m038,
    quote="gmail",
    fmt="alt",
    attachments=[pdf("Ellis - response to draft amended plan.pdf")],
    extra_headers=[("Disposition-Notification-To", "Leanne Marsh <leanne.marsh@example.net>")],
    category="draft_plan",
    refs=[E],
    dates=[
        D("Tuesday 8th", "2028-02-08", "meeting"),
        D("Wednesday 9th February", "2028-02-09", "meeting"),
    ],
)

m046 = M(
    46,
    "read-receipt-gary",
    "t14-ellis-draft-amended",
    "2028-01-31 08:36:02",
    GARY,
    [LEANNE],
    "Read: Re: Ellis Marsh (ID: 4410627) \u2013 draft amended EHC plan",
    sig="",
    new="""\
Your message

To: Gary Whitlow
Cc: SEN Casework Team
Subject: Re: Ellis Marsh (ID: 4410627) \u2013 draft amended EHC plan
Sent: Monday, 31 January 2028 00:50:16 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on Monday, 31 January 2028 08:36:02 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.""",
    fmt="mdn",
    mdn_original=m045,
    thread_index=True,
    from_la=True,
    category="acknowledgement",
    refs=[E],
    dates=[D("Monday, 31 January 2028", "2028-01-31", "other")],
)

m047 = M(
    47,
    "ruby-draft-plan",
    "t17-ruby-draft",
    "2028-02-07 16:25:47",
    CASEWORK,
    [LEANNE],
    "Ruby Marsh NA/27/0318 \u2013 DRAFT EHC plan",
    sender=NADIA,
    reply_to_hdr=CASEWORK,
    sig=NADIA.sig,
    new="""\
Dear Ms Marsh,

I attach Ruby's draft EHC plan and the advice it is based on. I'm sorry it is later than the 4 February I promised; the paediatric advice arrived on Thursday and I wanted to include it rather than send the draft without it.

This is a draft. Section I (the school or other placement) is left blank, as the law requires. You can ask for a particular school to be named. From your parental advice I understand you want Moorside Academy, but please confirm this in writing.

Please send me your comments, and the name of the school you want, by Monday 21 February 2028. You can also ask to meet me to discuss the draft. I can offer Wednesday 16 February at 10am, on Teams or at the Civic Centre.

Once I have your comments I will consult Moorside Academy. The final plan must then be issued as quickly as possible.

Kind regards,""",
    fmt="html",
    cte="base64",
    attachments=[
        pdf("Ruby Marsh - DRAFT EHC Plan.pdf"),
        pdf("Ruby Marsh - advice appendices A-E.pdf"),
    ],
    from_la=True,
    category="draft_plan",
    refs=[R],
    dates=[
        D("4 February", "2028-02-04", "past"),
        D("on Thursday", "2028-02-03", "past"),
        D("Monday 21 February 2028", "2028-02-21", "deadline"),
        D("Wednesday 16 February", "2028-02-16", "meeting"),
    ],
    commits=[
        C(
            "la",
            "consult Moorside Academy",
            None,
            "Once I have your comments I will consult Moorside Academy.",
        ),
    ],
)

m048 = M(
    48,
    "re-draft-meeting-2pm",
    "t17-ruby-draft",
    "2028-02-08 07:30:21",
    LEANNE_PHONE,
    [CASEWORK],
    "Re: Ruby Marsh NA/27/0318 \u2013 DRAFT EHC plan",
    new="""\
Yes please to a meeting. Wednesday 16th is fine but can we do 2pm instead of 10? I'm on an early. Teams is fine.

Leanne""",
    parent=m047,
    quote="apple",
    fmt="plain",
    category="appointment",
    refs=[R],
    dates=[D("Wednesday 16th", "2028-02-16", "meeting")],
)

m049 = M(
    49,
    "re-draft-meeting-confirmed",
    "t17-ruby-draft",
    "2028-02-08 11:02:09",
    NADIA,
    [LEANNE],
    "RE: Ruby Marsh NA/27/0318 \u2013 DRAFT EHC plan",
    sig="Nadia Kowalczyk | EHC Assessment Coordinator | Brackenmoor Council\n\n"
    + NADIA.sig.split("\n\n", 1)[1],
    new="""\
2pm on Wednesday 16 February is fine. I'll send a Teams invitation this afternoon.

Nadia""",
    parent=m048,
    quote="outlook",
    fmt="alt",
    from_la=True,
    category="appointment",
    refs=[R],
    dates=[
        D("Wednesday 16 February", "2028-02-16", "meeting"),
        D("this afternoon", "2028-02-08", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send a Teams invitation",
            "2028-02-08",
            "I'll send a Teams invitation this afternoon.",
        )
    ],
)

m050 = M(
    50,
    "stage1-complaint-response",
    "t16-complaint",
    "2028-02-14 15:30:44",
    SUNIL,
    [LEANNE],
    "RE: FORMAL COMPLAINT \u2013 SEN Casework Team \u2013 Ellis Marsh (4410627) and Ruby Marsh (NA/27/0318) [CSR/2028/0941]",
    cc=[ANDREA],
    new="""\
Dear Ms Marsh

Complaint reference: CSR/2028/0941 - Stage 1 response

Thank you for your complaint of 24 January 2028 about the SEN Casework Team. I have investigated it under Stage 1 of the council's complaints procedure. I have read both children's case files and spoken to Mr Whitlow, Ms Kowalczyk and Ms Lockwood.

Ellis (ID 4410627)
Ellis's annual review was held on 19 October 2027. The council should have sent its decision, with the proposed amendments, within four weeks of the meeting. The decision was sent on 11 November without the amendments, and the draft amended plan was not sent until 18 January 2028. This was too late, and I uphold this part of your complaint.

The speech and language therapy service stopped Ellis's weekly sessions in January although Section F of his plan had not been amended. The council is responsible for making sure that the provision in Section F is made. I uphold this part of your complaint. The service restarted weekly sessions on 25 January, and it has confirmed to me that the missed sessions will be made up by 18 February.

Ruby (NA/27/0318)
Ruby's assessment will not be completed within 20 weeks. The main cause is late health advice, which the council does not control, but the council should have escalated it sooner. I partly uphold this part of your complaint.

Both children
I found three occasions on which correspondence named the wrong child. No information about one child was placed on the other child's file. I uphold this part of your complaint, and I apologise.

What the council will do
* The SEN Casework Team will issue Ellis's final amended plan by 14 March 2028.
* Ms Kowalczyk will issue Ruby's final plan by 17 March 2028, subject to the consultation with Moorside Academy.
* The team's email templates have been changed so that a covering email cannot be sent until the child's name and case number have been checked against the attachment.
* In recognition of the lost therapy and of your time and trouble, the council will pay you \u00a3250 within 20 working days of the date of this letter.

If you are not satisfied with this response, you can ask for your complaint to be considered at Stage 2 within 20 working days of the date of this letter. Please quote the reference above.

Yours sincerely""",
    parent=m043,
    quote="none",
    fmt="plain",
    charset="iso-8859-1",
    from_la=True,
    category="complaint",
    refs=[CSR, E, R],
    dates=[
        D("24 January 2028", "2028-01-24", "past"),
        D("19 October 2027", "2027-10-19", "past"),
        D("within four weeks of the meeting", "2027-11-16", "past"),
        D("11 November", "2027-11-11", "past"),
        D("18 January 2028", "2028-01-18", "past"),
        D("25 January", "2028-01-25", "past"),
        D("18 February", "2028-02-18", "deadline"),
        D("14 March 2028", "2028-03-14", "deadline"),
        D("17 March 2028", "2028-03-17", "deadline"),
        D("within 20 working days of the date of this letter", "2028-03-13", "deadline"),
    ],
    commits=[
        C(
            "health",
            "make up the missed therapy sessions",
            "2028-02-18",
            "The service restarted weekly sessions on 25 January, and it has confirmed to me that the missed sessions will be made up by 18 February.",
        ),
        C(
            "la",
            "issue Ellis's final amended plan",
            "2028-03-14",
            "The SEN Casework Team will issue Ellis's final amended plan by 14 March 2028.",
        ),
        C(
            "la",
            "issue Ruby's final plan",
            "2028-03-17",
            "Ms Kowalczyk will issue Ruby's final plan by 17 March 2028, subject to the consultation with Moorside Academy.",
        ),
        C(
            "la",
            "pay the parent \u00a3250",
            "2028-03-13",
            "In recognition of the lost therapy and of your time and trouble, the council will pay you \u00a3250 within 20 working days of the date of this letter.",
        ),
    ],
)

m051 = M(
    51,
    "re-ruby-draft-comments",
    "t17-ruby-draft",
    "2028-02-19 01:20:38",
    LEANNE,
    [CASEWORK],
    "Re: Ruby Marsh NA/27/0318 \u2013 DRAFT EHC plan",
    cc=[FRAN],
    new="""\
Nadia

Thanks for Wednesday - it helped. Here are my comments on Ruby's draft, section by section. I've copied Mrs Okonjo in so school can add theirs.

SECTION I
- Moorside Academy please. Ruby is settled there and wants to stay.

SECTION B
- good overall. But it says her anxiety is "mild to moderate". The paediatrician says moderate. Please use his words, not a softer version
- please add that she masks at school and melts down at home. Dr Greaves says this on page 4

SECTION F - this is the bit that matters
- "access to specialist dyslexia support" is NOT specific. It needs to say WHO (a specialist teacher with a recognised qualification), HOW OFTEN (Dr Greaves recommends 2 x 45 mins a week, 1:1) and for HOW LONG
- "opportunities to talk to a trusted adult" - again, who, when, how often? Moorside offered a weekly ELSA session at the meeting, so please write that down
- exam access arrangements - reader and 25% extra time need to be in there

I'll send Dr Osei's updated letter on Monday.

Leanne""",
    parent=m047,
    quote="gmail",
    fmt="alt",
    category="draft_plan",
    refs=[R],
    dates=[
        D("Wednesday", "2028-02-16", "past"),
        D("on Monday", "2028-02-21", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "send the GP's updated letter",
            "2028-02-21",
            "I'll send Dr Osei's updated letter on Monday.",
        ),
    ],
)

m052 = M(
    52,
    "re-school-comments-on-draft",
    "t17-ruby-draft",
    "2028-02-21 13:10:27",
    FRAN,
    [CASEWORK, LEANNE],
    "RE: Ruby Marsh NA/27/0318 \u2013 DRAFT EHC plan",
    new="""\
Dear Nadia (and Ms Marsh),

Moorside's comments on Ruby's draft plan:

\u2022 We agree with Ms Marsh's points on Section F. We can provide two 45-minute 1:1 sessions a week with our specialist dyslexia teacher, Mrs Harcourt, who holds an AMBDA qualification.
\u2022 ELSA: Ruby has been seeing Miss Price weekly since January, on Thursdays. We would be happy for this to be written into the plan.
\u2022 Access arrangements: Ruby's assessment for a reader and 25% extra time is booked for Thursday 2 March. I will send Nadia the outcome that week.

Moorside would be pleased to be named in Section I. When the council's consultation letter arrives I will reply within the 15 days.

Kind regards,""",
    parent=m051,
    quote="outlook",
    fmt="alt",
    category="draft_plan",
    refs=[R],
    dates=[D("Thursday 2 March", "2028-03-02", "meeting")],
    commits=[
        C(
            "school",
            "send the access arrangements outcome",
            None,
            "I will send Nadia the outcome that week.",
        ),
        C(
            "school",
            "reply to the consultation within 15 days",
            None,
            "When the council's consultation letter arrives I will reply within the 15 days.",
        ),
    ],
)

m053 = M(
    53,
    "re-stage1-reply",
    "t16-complaint",
    "2028-02-22 23:55:03",
    LEANNE,
    [SUNIL],
    "Re: FORMAL COMPLAINT \u2013 SEN Casework Team \u2013 Ellis Marsh (4410627) and Ruby Marsh (NA/27/0318) [CSR/2028/0941]",
    new="""\
Dear Mr Varma

Thank you for a proper answer. I accept your Stage 1 response, with two comments:

1. Ellis has had two of his make-up sessions. The rest by 18 February didn't happen - that date was Friday. Please get a new date from the therapy service.
2. I'm holding the council to 14 March for Ellis and 17 March for Ruby. If either is missed I will go to Stage 2, and I won't wait 20 working days to do it.

Leanne Marsh""",
    parent=m050,
    quote="gmail",
    fmt="alt",
    category="complaint",
    refs=[CSR, E, R],
    dates=[
        D("18 February", "2028-02-18", "past"),
        D("14 March", "2028-03-14", "deadline"),
        D("17 March", "2028-03-17", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "go to Stage 2 if a date is missed",
            None,
            "If either is missed I will go to Stage 2, and I won't wait 20 working days to do it.",
        ),
    ],
)

m054 = M(
    54,
    "both-children-final-plans",
    "t18-both-final-plans",
    "2028-03-03 13:45:12",
    LEANNE,
    [CASEWORK],
    "Ellis (4410627) AND Ruby (NA/27/0318) \u2013 final plans?",
    new="""\
Hi

Two children, two questions, one email - please pass to the right people.

ELLIS (Gary Whitlow)
- we had the meeting about his draft amended plan on 9 February. Gary said he would go back to the therapy service about Section F. I haven't heard anything since
- the final amended plan is due by 14 March. Is it on track?

RUBY (Nadia Kowalczyk)
- Moorside did her access arrangements assessment yesterday
- the complaint response says Ruby's final plan by 17 March. Has Moorside been consulted?

Please reply to both by Wednesday.

Thanks
Leanne Marsh""",
    fmt="alt",
    category="chaser",
    refs=[E, R],
    dates=[
        D("9 February", "2028-02-09", "past"),
        D("14 March", "2028-03-14", "deadline"),
        D("yesterday", "2028-03-02", "past"),
        D("17 March", "2028-03-17", "deadline"),
        D("by Wednesday", "2028-03-08", "deadline"),
    ],
    commits=[
        C(
            "la",
            "go back to the therapy service about Section F",
            None,
            "Gary said he would go back to the therapy service about Section F.",
        ),
    ],
)

m055 = M(
    55,
    "re-both-children-holding",
    "t18-both-final-plans",
    "2028-03-06 10:20:33",
    CASEWORK,
    [LEANNE],
    "RE: Ellis (4410627) AND Ruby (NA/27/0318) \u2013 final plans?",
    sender=NADIA,
    reply_to_hdr=CASEWORK,
    sig=NADIA.sig,
    new="""\
Dear Ms Marsh,

Thank you \u2013 I'll take both.

Ruby: Moorside Academy replied to the consultation on Friday and has agreed to be named. I will issue Ruby's final plan on Thursday 16 March. I know this is six weeks after the 20-week date, and I'm sorry.

Ellis: Gary is away from work at the moment. I have passed your questions to Andrea Lockwood, who is covering his cases, and she will reply to you about Ellis by Wednesday.

Kind regards
Nadia""",
    parent=m054,
    quote="outlook",
    fmt="alt",
    from_la=True,
    category="delay_notice",
    refs=[E, R],
    dates=[
        D("on Friday", "2028-03-03", "past"),
        D("Thursday 16 March", "2028-03-16", "deadline"),
        D("by Wednesday", "2028-03-08", "deadline"),
    ],
    commits=[
        C(
            "la",
            "issue Ruby's final plan",
            "2028-03-16",
            "I will issue Ruby's final plan on Thursday 16 March.",
        ),
        C(
            "la",
            "reply about Ellis",
            "2028-03-08",
            "I have passed your questions to Andrea Lockwood, who is covering his cases, and she will reply to you about Ellis by Wednesday.",
        ),
    ],
)

m056 = M(
    56,
    "ellis-final-amended-plan",
    "t19-ellis-final",
    "2028-03-08 16:50:29",
    CASEWORK,
    [LEANNE],
    "Ellis Marsh (ID: 4410627) \u2013 FINAL amended EHC plan",
    sender=ANDREA,
    reply_to_hdr=CASEWORK,
    cc=[KIRSTY],
    sig=ANDREA.sig,
    new="""\
Dear Ms Marsh,

I am covering Ellis's case while Gary Whitlow is away, and I said I would come back to you today.

I attach Ellis's final amended EHC plan, with a covering letter. The main changes from the draft, following your comments and the meeting on 9 February:
\u2022 Section B has been corrected as you asked.
\u2022 Outcome 3 in Section E now refers to unfamiliar adults and other children.
\u2022 Section F: Ellis will receive 45 minutes of direct speech and language therapy each week from a qualified speech and language therapist during term time, with a programme delivered by school staff in addition. The block model has not been adopted for Ellis.
\u2022 Section I continues to name Heathfield Lane Primary School.

If you disagree with Sections B, F or I, you can appeal to the First-tier Tribunal (Special Educational Needs and Disability). You must normally contact a mediation adviser before appealing. An appeal must be made within two months of the date of the covering letter, which carries today's date, so by 8 May 2028, or within one month of the date of a mediation certificate if that is later. Brackenmoor SENDIASS can give you free, independent advice.

Please accept my apologies again for the delays on Ellis's case.

Yours sincerely,""",
    fmt="alt",
    attachments=[
        pdf("Ellis Marsh - FINAL amended EHCP.pdf"),
        pdf("Ellis Marsh - final amended plan covering letter.pdf"),
    ],
    from_la=True,
    category="final_plan",
    refs=[E],
    dates=[
        D("today", "2028-03-08", "other"),
        D("9 February", "2028-02-09", "past"),
        D("8 May 2028", "2028-05-08", "deadline"),
    ],
)

m057 = M(
    57,
    "re-final-amended-thanks",
    "t19-ellis-final",
    "2028-03-09 06:40:18",
    LEANNE_PHONE,
    [CASEWORK],
    "Re: Ellis Marsh (ID: 4410627) \u2013 FINAL amended EHC plan",
    new="""\
Ms Lockwood - THANK YOU. Weekly therapy kept. That's all I wanted from the start.

I'll read the rest properly after I've slept, but I won't be appealing.

Leanne""",
    parent=m056,
    quote="apple",
    fmt="plain",
    category="general",
    refs=[E],
    commits=[
        C(
            "parent",
            "read the final amended plan properly",
            None,
            "I'll read the rest properly after I've slept, but I won't be appealing.",
        ),
    ],
)

m058 = M(
    58,
    "ruby-final-plan",
    "t20-ruby-final",
    "2028-03-16 12:00:41",
    NADIA,
    [LEANNE],
    "Ruby Marsh NA/27/0318 \u2013 FINAL EHC plan",
    cc=[CASEWORK, FRAN],
    new="""\
Dear Ms Marsh,

I attach Ruby's final EHC plan and the covering letter, dated today.

Section I names Moorside Academy. Section F now includes:
\u2022 two 45-minute 1:1 sessions a week with a specialist dyslexia teacher holding an approved qualification (AMBDA or equivalent)
\u2022 a weekly ELSA session
\u2022 a reader and 25% extra time in tests and exams, following the school's assessment on 2 March

Moorside has a copy. Mrs Okonjo will be in touch about a meeting to plan how the provision will start.

You have the right to appeal to the First-tier Tribunal (SEND) about Sections B, F and I. The deadline for an appeal is two months from the date of the covering letter, which is 16 May 2028, or one month from the date of a mediation certificate, whichever is later. Before appealing (unless your appeal is only about Section I) you must contact our mediation adviser, Resolve Together, on 01632 960812.

I know this has taken much longer than it should have, and I'm sorry. Thank you for your patience with me.

Kind regards,
Nadia""",
    fmt="alt",
    attachments=[
        pdf("Ruby Marsh - FINAL EHC Plan.pdf"),
        pdf("Ruby Marsh - final plan covering letter.pdf"),
    ],
    from_la=True,
    category="final_plan",
    refs=[R],
    dates=[
        D("today", "2028-03-16", "other"),
        D("2 March", "2028-03-02", "past"),
        D("16 May 2028", "2028-05-16", "deadline"),
    ],
    commits=[
        C(
            "school",
            "be in touch about a planning meeting",
            None,
            "Mrs Okonjo will be in touch about a meeting to plan how the provision will start.",
        ),
    ],
)

m059 = M(
    59,
    "re-ruby-final-thanks",
    "t20-ruby-final",
    "2028-03-16 22:40:55",
    LEANNE,
    [NADIA],
    "Re: Ruby Marsh NA/27/0318 \u2013 FINAL EHC plan",
    new="""\
Nadia

Got it, read it twice, and it's right. Ruby read the bit about extra time and said "so I'm not thick then". Which tells you everything.

I'm not appealing. Thank you for getting there in the end - I know I haven't made your job easy.

One practical question: does the dyslexia teaching start straight away, or after Easter? I'll ask Mrs Okonjo too.

Leanne""",
    parent=m058,
    quote="gmail",
    fmt="alt",
    category="general",
    refs=[R],
    commits=[C("parent", "ask the SENCo when teaching starts", None, "I'll ask Mrs Okonjo too.")],
)

m060 = M(
    60,
    "ruby-planning-meeting",
    "t21-ruby-provision",
    "2028-03-20 16:05:37",
    FRAN,
    [LEANNE],
    "Ruby \u2013 planning meeting for her EHC plan",
    new="""\
Dear Ms Marsh,

Congratulations to Ruby - and to you - on the plan.

I'd like to meet you to plan how everything in Section F will start, and to introduce you to Mrs Harcourt, who will be Ruby's specialist teacher. Could you come in on Tuesday 28 March at 3.30pm? Ruby is welcome to join us for the last part if she would like to.

Mrs Harcourt will start the 1:1 sessions after Easter, on Monday 24 April, so nothing is lost.

Kind regards,""",
    fmt="alt",
    category="appointment",
    dates=[
        D("Tuesday 28 March", "2028-03-28", "meeting"),
        D("Monday 24 April", "2028-04-24", "deadline"),
    ],
    commits=[
        C(
            "school",
            "start the 1:1 dyslexia sessions",
            "2028-04-24",
            "Mrs Harcourt will start the 1:1 sessions after Easter, on Monday 24 April, so nothing is lost.",
        ),
    ],
)

m061 = M(
    61,
    "re-planning-meeting-ok",
    "t21-ruby-provision",
    "2028-03-21 06:50:03",
    LEANNE_PHONE,
    [FRAN],
    "Re: Ruby \u2013 planning meeting for her EHC plan",
    new="""\
28th at 3.30 is fine. I'll come straight from a night so forgive me if I yawn. Ruby wants to come for the end bit.

L""",
    parent=m060,
    quote="apple",
    fmt="plain",
    category="appointment",
    dates=[D("28th", "2028-03-28", "meeting")],
    commits=[
        C(
            "parent",
            "come to the planning meeting",
            None,
            "I'll come straight from a night so forgive me if I yawn.",
        ),
    ],
)

m062 = M(
    62,
    "bulky-waste-booking",
    "t22-bulky-waste",
    "2028-04-03 18:00:07",
    WASTE,
    [LEANNE],
    "Bulky waste collection booked \u2013 BW-114872",
    new="""\
Dear Leanne Marsh,

Thank you for booking a bulky waste collection with Brackenmoor Council.

Booking reference: BW-114872
Collection date: Wednesday 12 April 2028
Items: 1 x sofa (3-seater), 1 x single mattress
Amount paid: GBP 38.00

Please put your items out by 7am on the collection day, at the front boundary of your property, where the crew can reach them safely. We cannot collect from inside homes or gardens. If you need to cancel, please do so at least two working days before the collection date to receive a refund.

Waste and Recycling
Brackenmoor Council
www.brackenmoor.gov.uk/bins""",
    fmt="html",
    cte="quoted-printable",
    from_la=True,
    category="not_send",
)

m063 = M(
    63,
    "ellis-therapy-this-term",
    "t23-ellis-slt-summer",
    "2028-04-26 09:30:48",
    HOLLIE,
    [LEANNE],
    "Ellis \u2013 therapy this term",
    new="""\
Hi Leanne,

A quick update now that Ellis's plan is final and we're back after Easter.

Ellis's weekly sessions carry on, 45 minutes every Tuesday afternoon, and the make-up sessions are all done - the last one was yesterday. He is doing really well with two-word phrases and is starting to use "I want" without being prompted.

I'll send home a new set of word cards in his book bag on Friday, with a short note on how to use them. Five minutes a day is plenty.

If you'd ever like to sit in on a session, just let me know a Tuesday that works around your shifts.

Hollie""",
    fmt="alt",
    category="general",
    dates=[
        D("yesterday", "2028-04-25", "past"),
        D("on Friday", "2028-04-28", "deadline"),
    ],
    commits=[
        C(
            "health",
            "send home new word cards",
            "2028-04-28",
            "I'll send home a new set of word cards in his book bag on Friday, with a short note on how to use them.",
        ),
    ],
)

m064 = M(
    64,
    "re-therapy-sit-in",
    "t23-ellis-slt-summer",
    "2028-04-26 21:05:14",
    LEANNE,
    [HOLLIE],
    "Re: Ellis \u2013 therapy this term",
    new="""\
Hollie - this is the best email I've had all year. Thank you.

Yes please to sitting in. I'm off on Tuesday 9 May, could I come then?

Leanne""",
    parent=m063,
    quote="gmail",
    fmt="alt",
    category="appointment",
    dates=[D("Tuesday 9 May", "2028-05-09", "meeting")],
)

m065 = M(
    65,
    "ruby-first-weeks-update",
    "t21-ruby-provision",
    "2028-05-11 10:20:16",
    FRAN,
    [LEANNE],
    "Ruby \u2013 how the plan is going (first 3 weeks)",
    new="""\
Dear Ms Marsh,

I promised at our meeting in March to let you know how the first few weeks went, so here goes:
\u2022 Mrs Harcourt has seen Ruby twice a week since 24 April. Ruby has not missed a session
\u2022 her ELSA sessions with Miss Price carry on, on Thursdays
\u2022 her reader and extra time were in place for the Year 7 assessments last week, and she finished every paper
\u2022 attendance since Easter: 100%

Ruby asked me to tell you that she read a whole page out loud in English on Tuesday. Mrs Harcourt was nearly in tears.

We'll look at how it is all going at a review meeting later in the summer term, and I'll send you a date for that before half term.

Kind regards,""",
    parent=m061,
    quote="outlook",
    fmt="alt",
    category="general",
    dates=[
        D("24 April", "2028-04-24", "past"),
        D("on Tuesday", "2028-05-09", "past"),
    ],
    commits=[
        C(
            "school",
            "hold a review meeting and send a date",
            None,
            "We'll look at how it is all going at a review meeting later in the summer term, and I'll send you a date for that before half term.",
        ),
    ],
)

m066 = M(
    66,
    "re-first-weeks-thanks",
    "t21-ruby-provision",
    "2028-05-12 00:40:29",
    LEANNE,
    [FRAN],
    "Re: Ruby \u2013 how the plan is going (first 3 weeks)",
    new="""\
Mrs Okonjo

I read this at 4am on my break and cried in the staff room. Please tell Mrs Harcourt thank you from both of us.

Any date for the review is fine as long as it isn't a Wednesday (my long day).

Leanne""",
    parent=m065,
    quote="gmail",
    fmt="alt",
    category="general",
)

m067 = M(
    67,
    "ellis-next-annual-review",
    "t24-ellis-review-2028",
    "2028-07-12 11:15:22",
    KIRSTY,
    [LEANNE],
    "Ellis \u2013 next annual review (autumn term)",
    new="""\
Hi Leanne,

Getting ahead of myself before the summer: I've booked Ellis's next annual review for Tuesday 10 October at 9.30, so it's comfortably inside the twelve months. Gary Whitlow is back and has it in his diary, and Hollie has said she'll come.

I'll send the views form in September. Is the date OK with your rota? If not, tell me now and I'll move it before anyone else books around it.

Have a lovely summer - Ellis has been a star this year.

Kirsty""",
    fmt="alt",
    category="annual_review",
    dates=[D("Tuesday 10 October", "2028-10-10", "meeting")],
    commits=[
        C(
            "health",
            "attend the annual review",
            None,
            "Gary Whitlow is back and has it in his diary, and Hollie has said she'll come.",
        ),
        C("school", "send the views form", None, "I'll send the views form in September."),
        C(
            "school",
            "move the review if the date does not suit",
            None,
            "If not, tell me now and I'll move it before anyone else books around it.",
        ),
    ],
)

m068 = M(
    68,
    "re-next-review-ok",
    "t24-ellis-review-2028",
    "2028-07-13 00:30:51",
    LEANNE,
    [KIRSTY],
    "Re: Ellis \u2013 next annual review (autumn term)",
    utc=True,
    new="""\
10th Oct is fine - I've already asked for it off. Thanks Kirsty, and thank you for this year.

L""",
    parent=m067,
    quote="gmail",
    fmt="alt",
    category="appointment",
    dates=[D("10th Oct", "2028-10-10", "meeting")],
)

MSGS = [
    m035, m036, m037, m038, m039, m040, m041, m042, m043, m044, m045, m046, m047, m048, m049, m050,
    m051, m052, m053, m054, m055, m056, m057, m058, m059, m060, m061, m062, m063, m064, m065, m066,
    m067, m068,
]  # fmt: skip
