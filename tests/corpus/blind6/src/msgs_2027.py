"""Messages 022-065 (January-August 2027): assessment, draft and final plan, therapy dispute, complaint, review."""

from corpuslib import C, D, Msg
from msgs_2026 import DOCX, PDF, REF
from people import (
    BETHAN,
    CARYS,
    CHLOE,
    COMPLAINTS,
    ELEANOR,
    FARAH,
    FEEDBACK,
    GWEN,
    HAVE_YOUR_SAY,
    HUB,
    IMOGEN,
    LEWIS,
    MARCUS,
    NIAMH,
    RACHEL,
    SAM,
)

MSGS: list = []
AR = "AR/27/1142"
COMP = "KBC-COMP-27-0519"


def M(**kw) -> Msg:
    m = Msg(**kw)
    MSGS.append(m)
    return m


# ---------------------------------------------------------------- t10 EP consultation (Teams invitation)
ICS = """\
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Dr Imogen Faulkner:mailto:imogen.faulkner@kestrelford.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Eleanor Brightwell:mailto:eleanor.brightwell@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Sam Brightwell:mailto:sam.brightwell@example.com
SUMMARY:Rosie Brightwell - EP consultation with parents
DTSTART:20270114T140000Z
DTEND:20270114T150000Z
UID:040000008200E00074C5B7101A82E00800000000B6F1D2C3E4F5A601000000000000000010000000B6
LOCATION:Microsoft Teams Meeting
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

TEAMS_BLOCK = """\
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 318 442 907 615
Passcode: Rb7xQ2
Need help? | System reference
For the best experience please join from a quiet room.
________________________________________________________________________________"""

m022 = M(
    n=22,
    slug="ep_teams_invitation",
    thread="t10-ep-consultation",
    date="Tue, 05 Jan 2027 09:30:12 +0000",
    frm=IMOGEN,
    to=[ELEANOR, SAM],
    subject="Rosie Brightwell - EP consultation with parents",
    new="""\
Dear Mr and Mrs Brightwell,

I am the educational psychologist carrying out Rosie's assessment. I would like to meet you both on Microsoft Teams on Thursday 14 January from 2pm to 3pm; the invitation is attached to this email.

I will then observe Rosie at Little Acorns on the morning of Tuesday 19th. Bethan Morgan has kindly agreed to this.

My advice is due to the SEN team by 2 February.

With best wishes,""",
    trailer=TEAMS_BLOCK,
    ics=ICS,
    fold_mid=True,
    category="appointment",
    dates=[
        D("Thursday 14 January", "2027-01-14", "meeting"),
        D("Tuesday 19th", "2027-01-19", "meeting"),
        D("2 February", "2027-02-02", "deadline"),
    ],
    commits=[
        C(
            "la",
            "observe Rosie at the nursery",
            "2027-01-19",
            "I will then observe Rosie at Little Acorns on the morning of Tuesday 19th.",
        )
    ],
)

M(
    n=23,
    slug="ep_invitation_accepted",
    thread="t10-ep-consultation",
    date="Tue, 05 Jan 2027 13:02:40 +0000",
    frm=ELEANOR,
    to=[IMOGEN],
    cc=[SAM],
    subject="Re: Rosie Brightwell - EP consultation with parents",
    new="""\
Dear Dr Faulkner,

Thank you. We will both join on Thursday 14 January at 2pm. I must leave at 2.50pm for a hearing, but my husband can stay to the end.

Yours sincerely,""",
    quote=("gmail", m022),
    category="appointment",
    dates=[D("Thursday 14 January", "2027-01-14", "meeting")],
    commits=[
        C(
            "parent",
            "join the Teams meeting",
            "2027-01-14",
            "We will both join on Thursday 14 January at 2pm.",
        )
    ],
)

# ---------------------------------------------------------------- t11 portal notification (no Message-ID)
M(
    n=24,
    slug="ehc_hub_notification",
    thread="t11-hub-notification",
    date="Wed, 06 Jan 2027 07:15:00 +0000",
    frm=HUB,
    to=[ELEANOR],
    subject="A document has been added to your EHC Hub record",
    new="""\
Kestrelford EHC Hub

A new document is available for you to view.

Case: EY/EHC/26/0391
Child: Rosie B.
Document: Decision to assess - signed letter
Added: 06/01/2027

Log in at https://ehchub.kestrelford.gov.uk to read it.

This is an automated message. Replies to this address are not read.""",
    sig="",
    mid=None,
    cte="7bit",
    category="general",
    refs=[REF],
    dates=[D("06/01/2027", "2027-01-06", "other")],
)

# ---------------------------------------------------------------- t12 speech and language advice
m025 = M(
    n=25,
    slug="salt_advice_timing",
    thread="t12-salt-advice",
    date="Tue, 12 Jan 2027 16:25:48 +0000",
    frm=NIAMH,
    to=[ELEANOR],
    subject="Rosie - speech and language advice",
    new="""\
Hi Eleanor,

I saw Rosie at nursery on 11.01.27 and I'm now writing up my advice for the EHC needs assessment. I'll send it to the SEN team by 5pm on the 29th and copy you in.

I'd also like to do a joint session with Bethan at Little Acorns w/b 1 February - I'll confirm the day once I've checked the nursery's diary.

Best wishes,""",
    category="general",
    dates=[
        D("11.01.27", "2027-01-11", "past"),
        D("the 29th", "2027-01-29", "deadline"),
        D("w/b 1 February", "2027-02-01", "other"),
    ],
    commits=[
        C(
            "health",
            "send the speech and language advice to the SEN team",
            "2027-01-29",
            "I'll send it to the SEN team by 5pm on the 29th and copy you in.",
        ),
        C(
            "health",
            "confirm the day of the joint session",
            None,
            "I'd also like to do a joint session with Bethan at Little Acorns w/b 1 February - I'll confirm the day once I've checked the nursery's diary.",
        ),
    ],
)

M(
    n=26,
    slug="salt_bottom_posted_reply",
    thread="t12-salt-advice",
    date="Tue, 12 Jan 2027 20:14:09 +0000",
    frm=ELEANOR,
    to=[NIAMH],
    subject="Re: Rosie - speech and language advice",
    new="""\
Thank you, Niamh. Bethan tells me that Tuesdays and Thursdays are best for the nursery.

E.""",
    sig="",
    quote=("gmail", m025),
    bottom=True,
    category="general",
)

# ---------------------------------------------------------------- t13 chaser, out-of-office, delay notice
m027 = M(
    n=27,
    slug="chaser_draft_plan",
    thread="t13-draft-chaser",
    date="Mon, 01 Feb 2027 08:55:02 +0000",
    frm=ELEANOR,
    to=[MARCUS],
    cc=[SAM],
    subject=f"Rosie Brightwell - {REF} - draft EHC plan",
    new="""\
Dear Mr Thorne,

1. I write further to the local authority's decision of 22 December 2026 to carry out an EHC needs assessment for Rosie.

2. The request was received on 5 October 2026. Under regulation 13(2) of the SEND Regulations 2014 the final plan must be issued within 20 weeks, that is by 22 February 2027. The draft must allow us at least 15 days to make representations before then.

3. No draft plan has been received, and we have had no indication of when it will be sent. Ms Keane sent her advice on Friday, and we understand that the educational psychologist's advice is due tomorrow.

4. Please confirm, no later than 5pm on Friday 5 February, the date on which the draft plan will be issued.

5. If the statutory timescale will not be met, please state which exception in regulation 13(3) the local authority relies on, and the facts said to bring it within that exception.

Yours sincerely,""",
    category="chaser",
    refs=[REF],
    dates=[
        D("22 December 2026", "2026-12-22", "past"),
        D("5 October 2026", "2026-10-05", "past"),
        D("22 February 2027", "2027-02-22", "deadline"),
        D("on Friday", "2027-01-29", "past"),
        D("tomorrow", "2027-02-02", "deadline"),
        D("Friday 5 February", "2027-02-05", "deadline"),
    ],
)

M(
    n=28,
    slug="out_of_office",
    thread="t13-draft-chaser",
    date="Mon, 01 Feb 2027 08:55:31 +0000",
    frm=MARCUS,
    to=[ELEANOR],
    subject=f"Automatic reply: Rosie Brightwell - {REF} - draft EHC plan",
    new="""\
Thank you for your email.

I am on annual leave and will return on Monday 8 February. Your email will not be forwarded.

For anything urgent, please contact the SEN Statutory Assessment Team on 01632 960 201 or at send@kestrelford.gov.uk.""",
    sig="Marcus Thorne\nSEN Case Officer (Early Years), Kestrelford Borough Council",
    irt_to=m027,
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    fold_mid=True,
    category="general",
    refs=[REF],
    dates=[D("Monday 8 February", "2027-02-08", "other")],
)

TIMELINE_HTML = """\
<p>Dear Mrs Brightwell,</p>
<p>I am replying in Mr Thorne's absence, and I am sorry that you have not had an update.</p>
<p>Mr Thorne had hoped to send you the draft plan by 5 February. I am afraid that date cannot now be met, because we are still waiting for the health advice from Dr Hughes. The draft plan will now be issued in the w/b 8 February, and you will have 15 days to comment on it.</p>
<p>This means that the final plan will not be issued by 22 February. I accept that none of the exceptions in regulation 13(3) applies, and I apologise for the delay. We are aiming to issue the final plan by 19 March 2027.</p>
<p>The table below sets out the statutory dates and where Rosie's assessment stands.</p>
<table>
<tr><th>Step</th><th>Statutory date</th><th>Status</th></tr>
<tr><td>Request received</td><td>05/10/2026</td><td>Done</td></tr>
<tr><td>Decision whether to assess (6 weeks)</td><td>16/11/2026</td><td>Refused; reversed at mediation on 16/12/2026</td></tr>
<tr><td>Advice due (6 weeks from the advice requests)</td><td>02/02/2027</td><td>EP and speech and language advice received; paediatric advice outstanding</td></tr>
<tr><td>Final plan (20 weeks)</td><td>22/02/2027</td><td>Will be missed</td></tr>
<tr><td>Revised target for the final plan</td><td>19/03/2027</td><td>-</td></tr>
</table>
<p>I will chase Dr Hughes's advice myself today. I will write to you again by Friday 12 February with a firm date for the final plan.</p>
<p>Kind regards,</p>"""

TIMELINE_PLAIN = """\
Dear Mrs Brightwell,

I am replying in Mr Thorne's absence, and I am sorry that you have not had an update.

Mr Thorne had hoped to send you the draft plan by 5 February. I am afraid that date cannot now be met, because we are still waiting for the health advice from Dr Hughes. The draft plan will now be issued in the w/b 8 February, and you will have 15 days to comment on it.

This means that the final plan will not be issued by 22 February. I accept that none of the exceptions in regulation 13(3) applies, and I apologise for the delay. We are aiming to issue the final plan by 19 March 2027.

The table below sets out the statutory dates and where Rosie's assessment stands.

Step | Statutory date | Status
Request received | 05/10/2026 | Done
Decision whether to assess (6 weeks) | 16/11/2026 | Refused; reversed at mediation on 16/12/2026
Advice due (6 weeks from the advice requests) | 02/02/2027 | EP and speech and language advice received; paediatric advice outstanding
Final plan (20 weeks) | 22/02/2027 | Will be missed
Revised target for the final plan | 19/03/2027 | -

I will chase Dr Hughes's advice myself today. I will write to you again by Friday 12 February with a firm date for the final plan.

Kind regards,"""

M(
    n=29,
    slug="manager_delay_notice",
    thread="t13-draft-chaser",
    date="Wed, 03 Feb 2027 15:10:44 +0000",
    frm=RACHEL,
    to=[ELEANOR],
    cc=[SAM, MARCUS],
    subject=f"RE: Rosie Brightwell - {REF} - draft EHC plan",
    new=TIMELINE_PLAIN,
    html="alt",
    html_new=TIMELINE_HTML,
    quote=("outlook", m027),
    fold_mid=True,
    category="delay_notice",
    refs=[REF],
    dates=[
        D("5 February", "2027-02-05", "deadline"),
        D("w/b 8 February", "2027-02-08", "other"),
        D("22 February", "2027-02-22", "deadline"),
        D("19 March 2027", "2027-03-19", "deadline"),
        D("05/10/2026", "2026-10-05", "past"),
        D("16/11/2026", "2026-11-16", "past"),
        D("16/12/2026", "2026-12-16", "past"),
        D("02/02/2027", "2027-02-02", "past"),
        D("today", "2027-02-03", "deadline"),
        D("Friday 12 February", "2027-02-12", "deadline"),
    ],
    commits=[
        C(
            "la",
            "issue the draft plan",
            None,
            "The draft plan will now be issued in the w/b 8 February, and you will have 15 days to comment on it.",
        ),
        C(
            "la",
            "chase the paediatric advice",
            "2027-02-03",
            "I will chase Dr Hughes's advice myself today.",
        ),
        C(
            "la",
            "write with a firm date for the final plan",
            "2027-02-12",
            "I will write to you again by Friday 12 February with a firm date for the final plan.",
        ),
    ],
)

# ---------------------------------------------------------------- t14 draft plan
m030 = M(
    n=30,
    slug="draft_plan_issued",
    thread="t14-draft-plan",
    date="Thu, 11 Feb 2027 11:05:26 +0000",
    frm=MARCUS,
    to=[ELEANOR, SAM],
    subject=f"Draft EHC plan - Rosie Brightwell - {REF}",
    new="""\
Dear Mr and Mrs Brightwell,

Please see the attached letter and Rosie's draft EHC plan.

You may make representations about the draft, and ask for a particular school or early years setting to be named in it, within 15 days of the date of this letter. You may also ask to meet me to discuss the draft; I can offer Tuesday 23rd or Wednesday 24th February at Kestrel House.

I will consult any school you name as soon as I receive your preference.

Kind regards,""",
    fold_mid=True,
    html="alt",
    attach=[
        ("Draft plan covering letter - Rosie Brightwell.pdf", "application/pdf", PDF),
        ("Draft EHC plan - Rosie Brightwell.pdf", "application/pdf", PDF),
    ],
    category="draft_plan",
    refs=[REF],
    dates=[
        D("within 15 days of the date of this letter", "2027-02-26", "deadline"),
        D("Tuesday 23rd", "2027-02-23", "meeting"),
        D("Wednesday 24th February", "2027-02-24", "meeting"),
    ],
    commits=[
        C(
            "la",
            "consult the named school",
            None,
            "I will consult any school you name as soon as I receive your preference.",
        )
    ],
)

m031 = M(
    n=31,
    slug="draft_meeting_chosen",
    thread="t14-draft-plan",
    date="Thu, 11 Feb 2027 19:48:17 +0000",
    frm=ELEANOR,
    to=[MARCUS],
    cc=[SAM],
    subject=f"Re: Draft EHC plan - Rosie Brightwell - {REF}",
    new="""\
Dear Mr Thorne,

Wednesday 24th at 10am, please. Both of us will attend.

E. Brightwell""",
    sig="",
    quote=("gmail", m030),
    category="appointment",
    refs=[REF],
    dates=[D("Wednesday 24th", "2027-02-24", "meeting")],
    commits=[C("parent", "attend the draft plan meeting", None, "Both of us will attend.")],
)

m032 = M(
    n=32,
    slug="draft_meeting_confirmed",
    thread="t14-draft-plan",
    date="Mon, 15 Feb 2027 09:30:51 +0000",
    frm=MARCUS,
    to=[ELEANOR],
    cc=[SAM],
    subject=f"RE: Draft EHC plan - Rosie Brightwell - {REF}",
    new="""\
Dear Mrs Brightwell,

Confirmed: 10am on Wednesday 24 February, Room 2, Kestrel House, Market Street. I will ask Dr Faulkner to join us for the first half hour.

Kind regards,""",
    quote=("outlook", m031),
    fold_mid=True,
    html="alt",
    category="appointment",
    refs=[REF],
    dates=[D("Wednesday 24 February", "2027-02-24", "meeting")],
    commits=[
        C(
            "la",
            "ask the EP to join the meeting",
            None,
            "I will ask Dr Faulkner to join us for the first half hour.",
        )
    ],
)

m033 = M(
    n=33,
    slug="parental_representations",
    thread="t14-draft-plan",
    date="Thu, 25 Feb 2027 22:05:33 +0000",
    frm=ELEANOR,
    to=[MARCUS],
    cc=[SAM],
    subject=f"Re: Draft EHC plan - Rosie Brightwell - {REF} - parental representations",
    new="""\
Dear Mr Thorne,

Representations on the draft EHC plan issued on 11 February 2027

These representations are made under regulation 13(1) of the SEND Regulations 2014, within the period ending tomorrow. They are made without prejudice to our right to appeal against the contents of the final plan.

1. Section B omits Rosie's sensory processing needs, which Ms Achebe (occupational therapist) described in detail at the assessment. They must be included.

2. Section F does not specify or quantify the speech and language therapy, contrary to paragraph 9.69 of the SEND Code of Practice. "Regular input from a speech and language therapist" must be replaced by weekly direct therapy of 45 minutes from a qualified therapist, with a daily programme delivered by trained nursery staff.

3. Section F should also include an occupational therapy programme for sensory regulation, reviewed each term.

4. Section I: under section 38(2)(b) of the Children and Families Act 2014 we ask that Hollins Lane Primary School, with its Enhanced Resource Base for speech, language and communication, be named for Reception from September 2027.

5. At yesterday's meeting you said that you will circulate a revised draft once you have the paediatric advice. We will send Ms Achebe's written report as soon as we receive it.

6. Please acknowledge these representations by return.

Yours sincerely,""",
    quote=("gmail", m032),
    category="draft_plan",
    refs=[REF],
    dates=[
        D("11 February 2027", "2027-02-11", "past"),
        D("tomorrow", "2027-02-26", "deadline"),
        D("yesterday's meeting", "2027-02-24", "past"),
    ],
    commits=[
        C(
            "la",
            "circulate a revised draft",
            None,
            "At yesterday's meeting you said that you will circulate a revised draft once you have the paediatric advice.",
        ),
        C(
            "parent",
            "send the OT report",
            None,
            "We will send Ms Achebe's written report as soon as we receive it.",
        ),
    ],
)

M(
    n=34,
    slug="ot_report_sent",
    thread="t14-draft-plan",
    date="Fri, 26 Feb 2027 09:12:05 +0000",
    frm=SAM,
    to=[MARCUS],
    cc=[ELEANOR],
    subject=f"Re: Draft EHC plan - Rosie Brightwell - {REF} - parental representations",
    new="""\
Morning Marcus,

Here's the OT report Eleanor mentioned - it came yesterday. Have a good weekend!

Sam""",
    quote=("iphone", m033),
    attach=[("OT report - Rosie Brightwell.pdf", "application/pdf", PDF)],
    category="general",
    refs=[REF],
    dates=[D("yesterday", "2027-02-25", "past")],
)

# ---------------------------------------------------------------- t15 school visit
m035 = M(
    n=35,
    slug="school_visit_invitation",
    thread="t15-school-visit",
    date="Tue, 02 Mar 2027 15:40:12 +0000",
    frm=GWEN,
    to=[ELEANOR, SAM],
    subject="Visit to Hollins Lane - Rosie",
    new="""\
Dear Mr and Mrs Brightwell,

Kestrelford has consulted us about Rosie joining our Reception class and the Enhanced Resource Base in September. Before we reply we'd love to meet you and show you round. Could you come on Thursday 11 March at 9.15?

I'll also pop in to see Rosie at Little Acorns on 3/3, so that I can see her in a setting she knows.

Our response will go to the council by 17/3, as they have asked.

Best wishes,""",
    category="appointment",
    dates=[
        D("Thursday 11 March", "2027-03-11", "meeting"),
        D("3/3", "2027-03-03", "meeting"),
        D("17/3", "2027-03-17", "deadline"),
    ],
    commits=[
        C(
            "school",
            "visit Rosie at the nursery",
            "2027-03-03",
            "I'll also pop in to see Rosie at Little Acorns on 3/3, so that I can see her in a setting she knows.",
        ),
        C(
            "school",
            "send the consultation response to the council",
            "2027-03-17",
            "Our response will go to the council by 17/3, as they have asked.",
        ),
    ],
)

M(
    n=36,
    slug="dad_will_visit_school",
    thread="t15-school-visit",
    date="Tue, 02 Mar 2027 19:30:40 +0000",
    frm=SAM,
    to=[GWEN],
    cc=[ELEANOR],
    subject="Re: Visit to Hollins Lane - Rosie",
    new="""\
Hi Gwen,

Thursday 11th is perfect - I'll come along (Eleanor can't get the morning off, sadly). See you at 9.15!

Sam""",
    quote=("iphone", m035),
    category="appointment",
    dates=[D("Thursday 11th", "2027-03-11", "meeting")],
    commits=[
        C(
            "parent",
            "come to the school visit",
            "2027-03-11",
            "Thursday 11th is perfect - I'll come along (Eleanor can't get the morning off, sadly).",
        )
    ],
)

# ---------------------------------------------------------------- t16 final plan
m037 = M(
    n=37,
    slug="final_plan_issued",
    thread="t16-final-plan",
    date="Wed, 24 Mar 2027 11:05:19 +0000",
    frm=MARCUS,
    to=[ELEANOR, SAM],
    cc=[GWEN, BETHAN],
    subject=f"Final EHC plan - Rosie Brightwell - {REF}",
    new="""\
Dear Mr and Mrs Brightwell,

Please see the attached letter and Rosie's final EHC plan.

Section I names Hollins Lane Primary School (DfE 885/2217), Enhanced Resource Base, from Monday 6 September 2027. Until then Rosie will continue at Little Acorns Day Nursery with the support set out in section F. Section F now specifies weekly direct speech and language therapy of 45 minutes, to be delivered by Kestrelford Community Health Services.

If you disagree with sections B, F or I, or with the plan as a whole, you can appeal to the First-tier Tribunal (SEND). Except for an appeal only about the school named, you must first contact a mediation adviser. An appeal must be made within two months of the date of the covering letter, that is by 24 May 2027.

I am sorry that the plan has been issued after the statutory 20 weeks, which ended on 22 February.

Because Rosie is under five, we will review the plan before she starts school rather than waiting twelve months.

Kind regards,""",
    fold_mid=True,
    html="alt",
    attach=[
        ("Final plan covering letter - Rosie Brightwell.pdf", "application/pdf", PDF),
        ("Final EHC plan - Rosie Brightwell.pdf", "application/pdf", PDF),
    ],
    category="final_plan",
    refs=[REF],
    dates=[
        D("Monday 6 September 2027", "2027-09-06", "other"),
        D("24 May 2027", "2027-05-24", "deadline"),
        D("22 February", "2027-02-22", "past"),
    ],
    commits=[
        C(
            "la",
            "review the plan before Rosie starts school",
            None,
            "Because Rosie is under five, we will review the plan before she starts school rather than waiting twelve months.",
        )
    ],
)

M(
    n=38,
    slug="thanks_for_final_plan",
    thread="t16-final-plan",
    date="Wed, 24 Mar 2027 18:22:36 +0000",
    frm=SAM,
    to=[MARCUS],
    cc=[ELEANOR],
    subject=f"Re: Final EHC plan - Rosie Brightwell - {REF}",
    new="""\
Thank you so much Marcus - we're thrilled about Hollins Lane. Rosie has already told her granny she's going to "big school".

Sam""",
    quote=("iphone", m037),
    category="general",
    refs=[REF],
)

# ---------------------------------------------------------------- t17 therapy not delivered (section 42), ICB
m039 = M(
    n=39,
    slug="nhs_cannot_deliver_weekly_slt",
    thread="t17-therapy-provision",
    date="Thu, 08 Apr 2027 14:10:07 +0100",
    frm=CARYS,
    to=[ELEANOR],
    cc=[NIAMH],
    subject="Rosie Brightwell - speech and language therapy",
    new="""\
Dear Mrs Brightwell,

We have received Rosie's final EHC plan. I am afraid that our service is not commissioned to provide weekly direct therapy for pre-school children.

We can offer Rosie a block of six sessions at Thornfield Child Development Centre, starting in the first week of the summer term, followed by a review. Niamh will send you the appointment dates once the clinic list is set.

I appreciate that this differs from section F of the plan, and I have made the Designated Clinical Officer aware.

Yours sincerely,""",
    category="general",
    commits=[
        C(
            "health",
            "send the appointment dates",
            None,
            "Niamh will send you the appointment dates once the clinic list is set.",
        )
    ],
)

m040 = M(
    n=40,
    slug="section_42_letter",
    thread="t17-therapy-provision",
    date="Fri, 09 Apr 2027 09:30:58 +0100",
    frm=ELEANOR,
    to=[MARCUS],
    cc=[CARYS, FARAH, SAM],
    subject=f"Re: Rosie Brightwell - speech and language therapy - section 42 CFA 2014 - {REF}",
    new="""\
Dear Mr Thorne,

I add you to this exchange with the health service.

1. Rosie's final EHC plan was issued on 24 March 2027. Section F specifies weekly direct speech and language therapy of 45 minutes.

2. Yesterday Kestrelford Community Health Services told us (below) that it will offer only a block of six sessions. That is not the provision in the plan.

3. Under section 42(2) of the Children and Families Act 2014 the local authority must secure the special educational provision specified in the plan. Speech and language therapy that educates or trains a child is special educational provision (SEND Code of Practice, paragraph 9.74). The duty is absolute and is not displaced by the health service's commissioning arrangements.

4. Please confirm, by 5pm on the 23rd, how and from what date the weekly therapy will be secured.

5. This letter is written without prejudice to our right to make a formal complaint and to seek judicial review. If we have no satisfactory response by that date we will complain under the council's complaints procedure.

Yours sincerely,""",
    quote=("gmail", m039),
    category="chaser",
    refs=[REF],
    dates=[
        D("24 March 2027", "2027-03-24", "past"),
        D("Yesterday", "2027-04-08", "past"),
        D("5pm on the 23rd", "2027-04-23", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "complain under the council's complaints procedure",
            None,
            "If we have no satisfactory response by that date we will complain under the council's complaints procedure.",
        )
    ],
)

m041 = M(
    n=41,
    slug="officer_holding_reply",
    thread="t17-therapy-provision",
    date="Wed, 14 Apr 2027 10:20:14 +0100",
    frm=MARCUS,
    to=[ELEANOR],
    cc=[FARAH, SAM],
    subject=f"RE: Rosie Brightwell - speech and language therapy - section 42 CFA 2014 - {REF}",
    new="""\
Dear Mrs Brightwell,

Thank you for your letter of 9 April, which I have received.

I have raised Rosie's therapy with the Designated Clinical Officer, Dr Qureshi, and with my manager. I will reply fully by the 23rd, as you asked. Dr Qureshi will telephone you before then to discuss it.

Kind regards,""",
    quote=("outlook", m040),
    fold_mid=True,
    html="alt",
    category="acknowledgement",
    refs=[REF],
    dates=[
        D("9 April", "2027-04-09", "past"),
        D("the 23rd", "2027-04-23", "deadline"),
    ],
    commits=[
        C(
            "health",
            "telephone the parent",
            None,
            "Dr Qureshi will telephone you before then to discuss it.",
        ),
        C("la", "reply fully", "2027-04-23", "I will reply fully by the 23rd, as you asked."),
    ],
)

m042 = M(
    n=42,
    slug="call_notes_dco",
    thread="t17-therapy-provision",
    date="Tue, 20 Apr 2027 13:40:26 +0100",
    frm=ELEANOR,
    to=[FARAH],
    cc=[MARCUS, SAM],
    subject="Rosie Brightwell - notes of call with Dr Qureshi",
    new="""\
Dear Dr Qureshi,

Thank you for your call this morning. For the record, my note of what was said:

1. You confirmed that the community service cannot provide weekly therapy under its current contract.

2. You said that the ICB will commission weekly sessions from an independent therapist, Brightwater Therapy, from Monday 10 May.

3. You said that you will send me written confirmation by Friday 23 April.

4. I will send you the nursery's current communication targets by Thursday.

5. Mr Thorne, I understand that the local authority will still write to me by the 23rd.

Please tell me by return if any of this is inaccurate.

Yours sincerely,""",
    quote=("gmail", m041),
    category="general",
    refs=[],
    dates=[
        D("this morning", "2027-04-20", "meeting"),
        D("Monday 10 May", "2027-05-10", "deadline"),
        D("Friday 23 April", "2027-04-23", "deadline"),
        D("Thursday", "2027-04-22", "deadline"),
    ],
    commits=[
        C(
            "health",
            "commission weekly sessions from Brightwater Therapy",
            "2027-05-10",
            "You said that the ICB will commission weekly sessions from an independent therapist, Brightwater Therapy, from Monday 10 May.",
        ),
        C(
            "health",
            "send written confirmation",
            "2027-04-23",
            "You said that you will send me written confirmation by Friday 23 April.",
        ),
        C(
            "parent",
            "send the nursery's communication targets",
            "2027-04-22",
            "I will send you the nursery's current communication targets by Thursday.",
        ),
        C(
            "la",
            "write to the parent",
            "2027-04-23",
            "Mr Thorne, I understand that the local authority will still write to me by the 23rd.",
        ),
    ],
)

m043 = M(
    n=43,
    slug="dco_correction",
    thread="t17-therapy-provision",
    date="Wed, 21 Apr 2027 09:15:03 +0100",
    frm=FARAH,
    to=[ELEANOR],
    cc=[MARCUS, SAM],
    subject="Re: Rosie Brightwell - notes of call with Dr Qureshi",
    new="""\
Dear Mrs Brightwell,

Thank you for your note. One correction to point 2: I said that the ICB would try to commission sessions from Brightwater Therapy, but I cannot promise a start date until the ICB's commissioning panel has met on 6 May.

I will let you know the panel's decision the following day.

Points 1, 3 and 4 are correct, and my written confirmation will follow by Friday as promised.

Kind regards,""",
    quote=("gmail", m042),
    category="general",
    dates=[
        D("6 May", "2027-05-06", "meeting"),
        D("the following day", "2027-05-07", "deadline"),
        D("by Friday", "2027-04-23", "deadline"),
    ],
    commits=[
        C(
            "health",
            "tell the parent the panel's decision",
            "2027-05-07",
            "I will let you know the panel's decision the following day.",
        ),
        C(
            "health",
            "send written confirmation",
            "2027-04-23",
            "Points 1, 3 and 4 are correct, and my written confirmation will follow by Friday as promised.",
        ),
    ],
)

m044 = M(
    n=44,
    slug="la_interim_funding",
    thread="t17-therapy-provision",
    date="Thu, 22 Apr 2027 16:50:40 +0100",
    frm=MARCUS,
    to=[ELEANOR],
    cc=[FARAH, SAM],
    subject=f"RE: Rosie Brightwell - speech and language therapy - section 42 CFA 2014 - {REF}",
    new="""\
Dear Mrs Brightwell,

Further to your letter of 9 April, I write to set out the local authority's position.

The local authority accepts that the speech and language therapy in section F is special educational provision, and that it must secure it under section 42.

Until the ICB has made its commissioning decision, the council will fund weekly sessions with Brightwater Therapy itself from Monday 26 April, for up to 12 weeks. Brightwater Therapy will contact you before then to arrange the first session.

I will review the arrangement with Dr Qureshi after the ICB's commissioning panel on 6 May.

Kind regards,""",
    quote=("outlook", m041),
    irt=True,
    fold_mid=True,
    html="alt",
    category="general",
    refs=[REF],
    dates=[
        D("9 April", "2027-04-09", "past"),
        D("Monday 26 April", "2027-04-26", "deadline"),
        D("6 May", "2027-05-06", "meeting"),
    ],
    commits=[
        C(
            "la",
            "fund weekly sessions with Brightwater Therapy",
            "2027-04-26",
            "Until the ICB has made its commissioning decision, the council will fund weekly sessions with Brightwater Therapy itself from Monday 26 April, for up to 12 weeks.",
        ),
        C(
            "other",
            "contact the parent to arrange the first session",
            None,
            "Brightwater Therapy will contact you before then to arrange the first session.",
        ),
        C(
            "la",
            "review the arrangement with the DCO",
            None,
            "I will review the arrangement with Dr Qureshi after the ICB's commissioning panel on 6 May.",
        ),
    ],
)

M(
    n=45,
    slug="icb_decision",
    thread="t17-therapy-provision",
    date="Fri, 07 May 2027 12:05:55 +0100",
    frm=FARAH,
    to=[ELEANOR],
    cc=[MARCUS, SAM],
    subject="Re: Rosie Brightwell - notes of call with Dr Qureshi",
    new="""\
Dear Mrs Brightwell,

As promised, the ICB's commissioning panel met yesterday and agreed to fund weekly speech and language therapy for Rosie from Brightwater Therapy, taking over from the council's interim arrangement.

The ICB will fund the sessions from Monday 7 June. Brightwater will send a short progress report to the ICB and the council at the end of each half term.

Kind regards,""",
    quote=("gmail", m043),
    category="general",
    dates=[
        D("yesterday", "2027-05-06", "past"),
        D("Monday 7 June", "2027-06-07", "deadline"),
    ],
    commits=[
        C(
            "health",
            "fund the weekly sessions",
            "2027-06-07",
            "The ICB will fund the sessions from Monday 7 June.",
        ),
        C(
            "other",
            "send progress reports each half term",
            None,
            "Brightwater will send a short progress report to the ICB and the council at the end of each half term.",
        ),
    ],
)

# ---------------------------------------------------------------- t18 complaint
m046 = M(
    n=46,
    slug="stage1_complaint",
    thread="t18-complaint",
    date="Mon, 10 May 2027 08:30:12 +0100",
    frm=ELEANOR,
    to=[COMPLAINTS],
    cc=[SAM],
    subject=f"Formal complaint - SEN Statutory Assessment Team - Rosie Brightwell ({REF})",
    new="""\
Dear Complaints Team,

This is a formal complaint under the council's corporate complaints procedure, at Stage 1.

Timeline
1. 5 October 2026: the council received our request for an EHC needs assessment for Rosie.
2. 16 November 2026: the council refused to assess. The refusal was reversed at mediation on 16 December 2026.
3. 22 February 2027: the last day for the final plan under regulation 13(2) of the SEND Regulations 2014. No exception was claimed.
4. 24 March 2027: the final plan was issued, 30 days late.
5. 8 April 2027: the health service said it would not deliver the therapy in section F. Weekly therapy began only on 26 April 2027, after our letter under section 42.

Complaint
6. The council failed to meet the 20-week timescale, and did not tell us of the delay until we chased it on 1 February 2027.
7. The council did not secure the provision in section F when the plan was issued.

Outcome sought
8. A written apology; an explanation of the steps the SEN team will take to meet statutory timescales for early years children; and a payment to recognise the time and trouble caused.

Please acknowledge this complaint within five working days of receipt, as the Ombudsman's Complaint Handling Code requires, and give me a complaint reference.

This complaint is made without prejudice to any other remedy open to us.

Yours faithfully,""",
    category="complaint",
    refs=[REF],
    dates=[
        D("5 October 2026", "2026-10-05", "past"),
        D("16 November 2026", "2026-11-16", "past"),
        D("16 December 2026", "2026-12-16", "past"),
        D("22 February 2027", "2027-02-22", "past"),
        D("24 March 2027", "2027-03-24", "past"),
        D("8 April 2027", "2027-04-08", "past"),
        D("26 April 2027", "2027-04-26", "past"),
        D("1 February 2027", "2027-02-01", "past"),
        D("within five working days of receipt", "2027-05-17", "deadline"),
    ],
)

M(
    n=47,
    slug="complaint_auto_ack",
    thread="t18-complaint",
    date="Mon, 10 May 2027 08:30:47 +0100",
    frm=FEEDBACK,
    to=[ELEANOR],
    subject=f"Your complaint has been received - ref {COMP}",
    new=f"""\
Thank you for contacting Kestrelford Borough Council.

Your complaint has been logged under reference {COMP}.

We aim to acknowledge complaints within five working days and to send a full response within ten working days of the acknowledgement. Please quote your reference in any further correspondence.

This mailbox is not monitored.""",
    sig="Customer Feedback Team | Kestrelford Borough Council",
    irt_to=m046,
    headers=["Auto-Submitted: auto-generated"],
    cte="7bit",
    category="complaint",
    refs=[COMP],
)

m048 = M(
    n=48,
    slug="complaint_acknowledged",
    thread="t18-complaint",
    date="Wed, 12 May 2027 11:00:31 +0100",
    frm=LEWIS,
    to=[ELEANOR],
    subject=f"RE: Formal complaint - SEN Statutory Assessment Team - Rosie Brightwell ({REF}) [{COMP}]",
    new=f"""\
Dear Mrs Brightwell,

Thank you for your complaint, which has been logged at Stage 1 under reference {COMP}.

Your complaint has been passed to Ms Rachel Oduya, SEN Team Manager, who will respond by 26 May 2027.

Yours sincerely,""",
    quote=("outlook", m046),
    fold_mid=True,
    html="alt",
    category="complaint",
    refs=[REF, COMP],
    dates=[D("26 May 2027", "2027-05-26", "deadline")],
    commits=[
        C(
            "la",
            "respond to the complaint",
            "2027-05-26",
            "Your complaint has been passed to Ms Rachel Oduya, SEN Team Manager, who will respond by 26 May 2027.",
        )
    ],
)

m049 = M(
    n=49,
    slug="stage1_response",
    thread="t18-complaint",
    date="Wed, 26 May 2027 16:30:09 +0100",
    frm=RACHEL,
    to=[ELEANOR],
    cc=[SAM],
    subject=f"Stage 1 response - complaint {COMP} - Rosie Brightwell",
    new=f"""\
Dear Mrs Brightwell,

Please find my response below.

Kestrelford Borough Council
Date: 26 May 2027
Complaint reference: {COMP}

Dear Mrs Brightwell

Stage 1 response to your complaint about Rosie's EHC needs assessment

I have investigated your complaint and spoken to the officers involved.

1. Timescales - upheld. The final plan was issued on 24 March 2027, after the 20-week date of 22 February 2027. No exception applied, and you should have been told of the delay before you had to chase it.

2. Section F speech and language therapy - partly upheld. The council should have checked with the health service before the plan was issued that the therapy could be delivered. I note that the council funded sessions from 26 April 2027, and that the ICB has now agreed to fund them.

3. I apologise on behalf of the council. In recognition of the time and trouble you were put to, the council will pay you \u00a3250. The payment will be made within 20 working days of the date of this letter.

4. From June, all early years assessments will be tracked at the weekly team meeting against the 20-week date.

If you are not satisfied with this response, you may ask for your complaint to be considered at Stage 2 within 20 working days of the date of this letter, by writing to complaints@kestrelford.gov.uk.

Yours sincerely""",
    irt_to=m048,
    charset="iso-8859-1",
    cte="quoted-printable",
    fold_mid=True,
    category="complaint",
    refs=[COMP],
    dates=[
        D("26 May 2027", "2027-05-26", "other"),
        D("24 March 2027", "2027-03-24", "past"),
        D("22 February 2027", "2027-02-22", "past"),
        D("26 April 2027", "2027-04-26", "past"),
        D("within 20 working days of the date of this letter", "2027-06-24", "deadline"),
    ],
    commits=[
        C(
            "la",
            "pay \u00a3250",
            "2027-06-24",
            "The payment will be made within 20 working days of the date of this letter.",
        ),
    ],
)

M(
    n=50,
    slug="stage1_accepted",
    thread="t18-complaint",
    date="Thu, 27 May 2027 07:55:42 +0100",
    frm=ELEANOR,
    to=[RACHEL],
    cc=[SAM],
    subject=f"Re: Stage 1 response - complaint {COMP} - Rosie Brightwell",
    new="""\
Dear Ms Oduya,

Thank you for your Stage 1 response, which we accept.

We do not intend to escalate the complaint to Stage 2, provided that the payment is made and the tracking arrangements are put in place. We reserve the right to refer the matter to the Local Government and Social Care Ombudsman if they are not.

Yours sincerely,""",
    quote=("gmail", m049),
    category="complaint",
    refs=[COMP],
)

# ---------------------------------------------------------------- t19 council consultation (not_send)
M(
    n=51,
    slug="council_consultation",
    thread="t19-council-consultation",
    date="Mon, 07 Jun 2027 10:00:00 +0100",
    frm=HAVE_YOUR_SAY,
    to=[ELEANOR],
    subject="Have your say: Kestrelford Libraries and Leisure Strategy 2027-2032",
    new="""\
Dear resident,

We are reviewing how Kestrelford's libraries, leisure centres and parks will be run over the next five years, and we want to hear from you.

The consultation is open until 30 June 2027. It takes about ten minutes, and we will publish a summary of what residents told us in the autumn.

Topics include opening hours, quiet and sensory-friendly sessions for children with additional needs, Changing Places toilets, and the future of the mobile library.

Take the survey: www.kestrelford.gov.uk/haveyoursay

Paper copies are available from any library. If you need the survey in another format, please call 01632 960 000.

Thank you for taking part.""",
    sig="Consultation and Engagement Team, Kestrelford Borough Council\nYou are receiving this email because you signed up to Kestrelford Council news. Unsubscribe.",
    html="alt",
    headers=["Precedence: bulk"],
    category="not_send",
)

# ---------------------------------------------------------------- t20 transition schedule
SCHEDULE_HTML = """\
<p>Dear Eleanor and Sam,</p>
<p>Here is the transition plan we talked about for Rosie's move to Hollins Lane.</p>
<table>
<tr><th>Date</th><th>Time</th><th>What</th></tr>
<tr><td>Wednesday 16 June</td><td>9.30 to 10.30</td><td>Stay and play in the Enhanced Resource Base (with a parent)</td></tr>
<tr><td>Wednesday 23 June</td><td>9.30 to 11.00</td><td>Stay and play in Reception (with a parent)</td></tr>
<tr><td>Friday 9 July</td><td>1pm to 2pm</td><td>Gwen visits Rosie at Little Acorns</td></tr>
<tr><td>Thursday 2 September</td><td>10am</td><td>Home visit (Gwen and Mrs Patel, Reception teacher)</td></tr>
<tr><td>Monday 6 September</td><td>9am to 11.30</td><td>Rosie's first morning (staggered start)</td></tr>
</table>
<p>I will bring Rosie's photo book of her new classroom to the home visit on 2 September, so she can look at it over the first weekend.</p>
<p>Bethan will share Rosie's transition passport with us before the end of term.</p>
<p>Best wishes,</p>"""

SCHEDULE_PLAIN = """\
Dear Eleanor and Sam,

Here is the transition plan we talked about for Rosie's move to Hollins Lane.

Date | Time | What
Wednesday 16 June | 9.30 to 10.30 | Stay and play in the Enhanced Resource Base (with a parent)
Wednesday 23 June | 9.30 to 11.00 | Stay and play in Reception (with a parent)
Friday 9 July | 1pm to 2pm | Gwen visits Rosie at Little Acorns
Thursday 2 September | 10am | Home visit (Gwen and Mrs Patel, Reception teacher)
Monday 6 September | 9am to 11.30 | Rosie's first morning (staggered start)

I will bring Rosie's photo book of her new classroom to the home visit on 2 September, so she can look at it over the first weekend.

Bethan will share Rosie's transition passport with us before the end of term.

Best wishes,"""

m052 = M(
    n=52,
    slug="transition_schedule",
    thread="t20-transition",
    date="Wed, 09 Jun 2027 13:25:37 +0100",
    frm=GWEN,
    to=[ELEANOR, SAM],
    cc=[BETHAN],
    subject="Rosie's transition to Hollins Lane",
    new=SCHEDULE_PLAIN,
    html="alt",
    html_new=SCHEDULE_HTML,
    category="appointment",
    dates=[
        D("Wednesday 16 June", "2027-06-16", "meeting"),
        D("Wednesday 23 June", "2027-06-23", "meeting"),
        D("Friday 9 July", "2027-07-09", "meeting"),
        D("Thursday 2 September", "2027-09-02", "meeting"),
        D("Monday 6 September", "2027-09-06", "other"),
    ],
    commits=[
        C(
            "school",
            "bring the photo book to the home visit",
            "2027-09-02",
            "I will bring Rosie's photo book of her new classroom to the home visit on 2 September, so she can look at it over the first weekend.",
        ),
        C(
            "school",
            "share the transition passport",
            None,
            "Bethan will share Rosie's transition passport with us before the end of term.",
        ),
    ],
)

M(
    n=53,
    slug="transition_reply",
    thread="t20-transition",
    date="Wed, 09 Jun 2027 20:30:14 +0100",
    frm=SAM,
    to=[GWEN],
    cc=[ELEANOR, BETHAN],
    subject="Re: Rosie's transition to Hollins Lane",
    new="""\
Hi Gwen,

This is brilliant, thank you! We'll be at both stay and plays.

Quick question - is it OK if Rosie brings her ear defenders? The hall was a lot for her last time.

Sam""",
    quote=("iphone", m052),
    category="appointment",
    commits=[
        C("parent", "attend both stay and play sessions", None, "We'll be at both stay and plays.")
    ],
)

# ---------------------------------------------------------------- t21 first review (under-fives)
m054 = M(
    n=54,
    slug="review_invitation",
    thread="t21-review",
    date="Fri, 11 Jun 2027 12:45:20 +0100",
    frm=BETHAN,
    to=[ELEANOR, SAM],
    cc=[CHLOE, GWEN],
    subject="Rosie's EHC plan review - Thursday 8 July",
    new="""\
Dear Eleanor and Sam,

Because Rosie is under five, the council has asked us to hold an early review of her EHC plan before she moves to Hollins Lane. The review meeting will be at Little Acorns on Thursday 8 July at 1.30pm. Chloe Venn, the council's SEND Review Officer, and Gwen Ashworth from Hollins Lane have both said they can come.

Please could you complete the attached parents' and child's views form and return it to me by Monday 21 June?

I will send all the reports to everyone by Thursday 24 June, two weeks before the meeting.

Best wishes,""",
    attach=[
        (
            "Review - parent and child views form.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            DOCX,
        )
    ],
    category="annual_review",
    dates=[
        D("Thursday 8 July", "2027-07-08", "meeting"),
        D("Monday 21 June", "2027-06-21", "deadline"),
        D("Thursday 24 June", "2027-06-24", "deadline"),
    ],
    commits=[
        C(
            "school",
            "send all the reports",
            "2027-06-24",
            "I will send all the reports to everyone by Thursday 24 June, two weeks before the meeting.",
        )
    ],
)

m055 = M(
    n=55,
    slug="parental_views_for_review",
    thread="t21-review",
    date="Sun, 20 Jun 2027 21:14:48 +0100",
    frm=ELEANOR,
    to=[BETHAN],
    cc=[CHLOE, GWEN, SAM],
    subject="Re: Rosie's EHC plan review - Thursday 8 July",
    new="""\
Dear Bethan,

Our views form is attached. For the review, we would ask everyone to consider the following.

1. Section F: the weekly speech and language therapy from Brightwater Therapy, funded by the ICB since 7 June 2027, should be written into the plan with the provider and the frequency.

2. Section I: the plan should name Hollins Lane Primary School, Enhanced Resource Base, from 6 September, in place of Little Acorns.

3. Section F: the daily communication programme should continue at Hollins Lane, with the ERB staff trained by the therapist.

Mr Brightwell will attend in person on 8 July. I will join by Teams from 2pm.

Yours sincerely,""",
    quote=("gmail", m054),
    attach=[("Parent and child views - Rosie.pdf", "application/pdf", PDF)],
    category="annual_review",
    dates=[
        D("7 June 2027", "2027-06-07", "past"),
        D("6 September", "2027-09-06", "other"),
        D("8 July", "2027-07-08", "meeting"),
    ],
    commits=[
        C(
            "parent",
            "attend the review in person",
            "2027-07-08",
            "Mr Brightwell will attend in person on 8 July.",
        ),
        C("parent", "join the review by Teams", None, "I will join by Teams from 2pm."),
    ],
)

m056 = M(
    n=56,
    slug="review_moved",
    thread="t21-review",
    date="Tue, 22 Jun 2027 10:05:33 +0100",
    frm=CHLOE,
    to=[ELEANOR, BETHAN],
    cc=[GWEN, SAM],
    subject="RE: Rosie's EHC plan review - Thursday 8 July",
    new="""\
Dear all,

I'm very sorry, but I need to move Rosie's review. I have a tribunal hearing on Thursday 8 July that cannot be moved.

Could we hold the review on Tuesday 13 July at 1.30pm instead? Bethan has checked that the room at Little Acorns is free.

Please let me know by 5pm on Friday if that does not work for anyone.

Kind regards,""",
    quote=("outlook", m055),
    fold_mid=True,
    html="alt",
    category="appointment",
    refs=[AR],
    dates=[
        D("Thursday 8 July", "2027-07-08", "meeting"),
        D("Tuesday 13 July", "2027-07-13", "meeting"),
        D("5pm on Friday", "2027-06-25", "deadline"),
    ],
)

M(
    n=57,
    slug="dad_ok_with_13th",
    thread="t21-review",
    date="Tue, 22 Jun 2027 12:10:06 +0100",
    frm=SAM,
    to=[CHLOE],
    cc=[ELEANOR, BETHAN],
    subject="Re: Rosie's EHC plan review - Thursday 8 July",
    new="""\
13th is fine for us \U0001f44d

Sam""",
    quote=("iphone", m056),
    irt=False,
    cte="base64",
    category="appointment",
    dates=[D("13th", "2027-07-13", "meeting")],
)

m058 = M(
    n=58,
    slug="review_reports_circulated",
    thread="t21-review",
    date="Tue, 29 Jun 2027 16:02:18 +0100",
    frm=BETHAN,
    to=[ELEANOR, SAM, CHLOE, GWEN],
    subject="Re: Rosie's EHC plan review - Thursday 8 July",
    new="""\
Dear all,

Please find attached the reports for Rosie's review on Tuesday 13 July: the nursery's report, Brightwater Therapy's progress report, the OT update and Eleanor and Sam's views.

Eleanor, I have added the photographs of Rosie's communication book, as you asked.

Best wishes,""",
    quote=("gmail", m056),
    attach=[
        ("Nursery review report - Rosie.pdf", "application/pdf", PDF),
        ("Brightwater progress report.pdf", "application/pdf", PDF),
        ("OT update.pdf", "application/pdf", PDF),
    ],
    category="annual_review",
    dates=[D("Tuesday 13 July", "2027-07-13", "meeting")],
)

m059 = M(
    n=59,
    slug="review_meeting_note",
    thread="t21-review",
    date="Tue, 13 Jul 2027 23:20:41 +0000",
    frm=ELEANOR,
    to=[CHLOE],
    cc=[BETHAN, GWEN, SAM],
    subject="Rosie's review - parents' note of the meeting",
    new="""\
Dear Ms Venn,

For the record, our note of yesterday's review meeting at Little Acorns:

1. Everyone agreed that Rosie has made real progress with weekly therapy and that it must continue.

2. Ms Venn will send the review report and the local authority's decision to everyone by Tuesday 27 July.

3. All agreed that section F should record the Brightwater therapy as the ICB's provision, and that section I should name Hollins Lane Primary School.

4. Hollins Lane will arrange for the Brightwater therapist to visit the Reception classroom before the end of the summer term.

5. Ms Morgan will send Rosie's transition passport to Hollins Lane by Friday 16 July.

6. We will send Ms Venn the updated letter from Dr Hughes when we have it.

Please let me know by Wednesday 21 July if anything here is wrong.

Yours sincerely,""",
    quote=("gmail", m058),
    category="annual_review",
    dates=[
        D("yesterday's review meeting", "2027-07-13", "past"),
        D("Tuesday 27 July", "2027-07-27", "deadline"),
        D("Friday 16 July", "2027-07-16", "deadline"),
        D("Wednesday 21 July", "2027-07-21", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send the review report and decision",
            "2027-07-27",
            "Ms Venn will send the review report and the local authority's decision to everyone by Tuesday 27 July.",
        ),
        C(
            "school",
            "arrange the therapist's visit to the Reception classroom",
            None,
            "Hollins Lane will arrange for the Brightwater therapist to visit the Reception classroom before the end of the summer term.",
        ),
        C(
            "school",
            "send the transition passport to Hollins Lane",
            "2027-07-16",
            "Ms Morgan will send Rosie's transition passport to Hollins Lane by Friday 16 July.",
        ),
        C(
            "parent",
            "send the updated paediatric letter",
            None,
            "We will send Ms Venn the updated letter from Dr Hughes when we have it.",
        ),
    ],
)

m060 = M(
    n=60,
    slug="review_decision_amend",
    thread="t21-review",
    date="Tue, 27 Jul 2027 14:40:29 +0100",
    frm=CHLOE,
    to=[ELEANOR, SAM],
    cc=[BETHAN, GWEN],
    subject=f"RE: Rosie's review - parents' note of the meeting - {REF}",
    new="""\
Dear Mr and Mrs Brightwell,

Thank you for your note, which I agree is accurate.

Please see the attached letter and the review report. In summary, the local authority has decided to amend Rosie's EHC plan following the review on 13 July.

The proposed amendments will be sent to you, with the current plan, as a draft amended plan by Friday 6 August. You will then have 15 days to comment and to ask for a meeting.

Under the regulations, the amended plan must be finalised within eight weeks of the amendment notice.

Kind regards,""",
    quote=("outlook", m059),
    fold_mid=True,
    html="alt",
    attach=[
        ("Review decision letter - Rosie Brightwell.pdf", "application/pdf", PDF),
        ("Review report - Rosie Brightwell.pdf", "application/pdf", PDF),
    ],
    category="annual_review",
    refs=[REF, AR],
    dates=[
        D("13 July", "2027-07-13", "past"),
        D("Friday 6 August", "2027-08-06", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send the draft amended plan",
            "2027-08-06",
            "The proposed amendments will be sent to you, with the current plan, as a draft amended plan by Friday 6 August.",
        )
    ],
)

M(
    n=61,
    slug="start_date_correction",
    thread="t21-review",
    date="Wed, 28 Jul 2027 08:12:55 +0100",
    frm=SAM,
    to=[CHLOE],
    cc=[ELEANOR],
    subject=f"Re: Rosie's review - parents' note of the meeting - {REF}",
    new="""\
Thanks Chloe!

One small thing - Rosie starts at Hollins Lane on Monday 6 September, not Tuesday 7 September as it says in the report.

Sam""",
    quote=("iphone", m060),
    category="general",
    refs=[REF],
    dates=[
        D("Monday 6 September", "2027-09-06", "other"),
        D("Tuesday 7 September", "2027-09-07", "other"),
    ],
)

# ---------------------------------------------------------------- t22 draft amended plan and amended final plan
AMEND_HTML = """\
<p>Dear Mr and Mrs Brightwell,</p>
<p>Please see the attached amendment notice, Rosie's draft amended EHC plan and her current plan. The main changes are:</p>
<table>
<tr><th>Section</th><th>Proposed amendment</th></tr>
<tr><td>F</td><td>Weekly direct speech and language therapy of 45 minutes from Brightwater Therapy (commissioned by NHS Kestrel Vale ICB), with a daily programme delivered by trained ERB staff</td></tr>
<tr><td>G</td><td>Health provision updated to record the ICB's commissioning decision</td></tr>
<tr><td>I</td><td>Hollins Lane Primary School, Enhanced Resource Base, in place of Little Acorns Day Nursery</td></tr>
</table>
<p>The key dates are:</p>
<table>
<tr><th>Step</th><th>Date</th></tr>
<tr><td>Amendment notice sent</td><td>05/08/2027</td></tr>
<tr><td>Your comments due (15 days, counting today)</td><td>19/08/2027</td></tr>
<tr><td>Latest date for the amended final plan (8 weeks)</td><td>30/09/2027</td></tr>
</table>
<p>If you have no comments, please tell me and I will issue the amended final plan straight away.</p>
<p>Kind regards,</p>"""

AMEND_PLAIN = """\
Dear Mr and Mrs Brightwell,

Please see the attached amendment notice, Rosie's draft amended EHC plan and her current plan. The main changes are:

Section | Proposed amendment
F | Weekly direct speech and language therapy of 45 minutes from Brightwater Therapy (commissioned by NHS Kestrel Vale ICB), with a daily programme delivered by trained ERB staff
G | Health provision updated to record the ICB's commissioning decision
I | Hollins Lane Primary School, Enhanced Resource Base, in place of Little Acorns Day Nursery

The key dates are:

Step | Date
Amendment notice sent | 05/08/2027
Your comments due (15 days, counting today) | 19/08/2027
Latest date for the amended final plan (8 weeks) | 30/09/2027

If you have no comments, please tell me and I will issue the amended final plan straight away.

Kind regards,"""

m062 = M(
    n=62,
    slug="draft_amended_plan",
    thread="t22-amended-plan",
    date="Thu, 05 Aug 2027 10:18:44 +0100",
    frm=CHLOE,
    to=[ELEANOR, SAM],
    subject=f"Draft amended EHC plan - Rosie Brightwell - {REF}",
    new=AMEND_PLAIN,
    html="only",
    html_new=AMEND_HTML,
    cte="base64",
    fold_mid=True,
    attach=[
        ("Amendment notice - Rosie Brightwell.pdf", "application/pdf", PDF),
        ("Draft amended EHC plan - Rosie Brightwell.pdf", "application/pdf", PDF),
    ],
    category="draft_plan",
    refs=[REF, AR],
    dates=[
        D("05/08/2027", "2027-08-05", "other"),
        D("19/08/2027", "2027-08-19", "deadline"),
        D("30/09/2027", "2027-09-30", "deadline"),
    ],
    commits=[
        C(
            "la",
            "issue the amended final plan",
            None,
            "If you have no comments, please tell me and I will issue the amended final plan straight away.",
        )
    ],
)

m063 = M(
    n=63,
    slug="comments_on_amended_draft",
    thread="t22-amended-plan",
    date="Fri, 13 Aug 2027 18:35:21 +0100",
    frm=ELEANOR,
    to=[CHLOE],
    cc=[SAM],
    subject=f"Re: Draft amended EHC plan - Rosie Brightwell - {REF}",
    new="""\
Dear Ms Venn,

Our comments on the draft amended plan, made under regulation 22(2) of the SEND Regulations 2014:

1. We agree the amendment to section I.

2. Section F should state that the weekly therapy continues in term time and that four sessions are provided in each school holiday of more than one week, as recommended in Brightwater's report.

3. We do not need a meeting.

4. We will confirm by Monday 16 August whether Dr Hughes's updated letter affects section G.

Yours sincerely,""",
    quote=("gmail", m062),
    category="draft_plan",
    refs=[REF],
    dates=[D("Monday 16 August", "2027-08-16", "deadline")],
    commits=[
        C(
            "parent",
            "confirm whether the paediatric letter affects section G",
            "2027-08-16",
            "We will confirm by Monday 16 August whether Dr Hughes's updated letter affects section G.",
        )
    ],
)

m064 = M(
    n=64,
    slug="amended_final_plan",
    thread="t22-amended-plan",
    date="Thu, 26 Aug 2027 11:48:02 +0100",
    frm=CHLOE,
    to=[ELEANOR, SAM],
    cc=[GWEN],
    subject=f"RE: Draft amended EHC plan - Rosie Brightwell - {REF} - amended final plan",
    new="""\
Dear Mr and Mrs Brightwell,

Thank you for your comments. Please see the attached covering letter and Rosie's amended final EHC plan.

Section F now includes the holiday sessions you asked for. Section I names Hollins Lane Primary School, Enhanced Resource Base, from Monday 6 September 2027.

If you disagree with sections B, F or I, you can appeal to the First-tier Tribunal (SEND) within two months of the date of the covering letter, that is by 26 October 2027.

I will send a copy of the plan to Hollins Lane today.

Kind regards,""",
    quote=("outlook", m063),
    fold_mid=True,
    html="alt",
    attach=[
        ("Amended final plan covering letter.pdf", "application/pdf", PDF),
        ("Amended final EHC plan - Rosie Brightwell.pdf", "application/pdf", PDF),
    ],
    category="final_plan",
    refs=[REF, AR],
    dates=[
        D("Monday 6 September 2027", "2027-09-06", "other"),
        D("26 October 2027", "2027-10-26", "deadline"),
        D("today", "2027-08-26", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send a copy of the plan to the school",
            "2027-08-26",
            "I will send a copy of the plan to Hollins Lane today.",
        )
    ],
)

M(
    n=65,
    slug="thanks_for_amended_plan",
    thread="t22-amended-plan",
    date="Thu, 26 Aug 2027 13:05:47 +0100",
    frm=SAM,
    to=[CHLOE],
    cc=[ELEANOR],
    subject=f"Re: Draft amended EHC plan - Rosie Brightwell - {REF} - amended final plan",
    new="""\
Fantastic, thank you Chloe - and thanks for all your help this summer.

Sam""",
    quote=("iphone", m064),
    category="general",
    refs=[REF],
)
