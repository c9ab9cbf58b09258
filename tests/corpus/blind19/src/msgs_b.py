"""Messages 036-069 (September 2027 to March 2028): Brindley Moor, the preference form,
consultations, the proposed amended plan, the missed 15 February, the complaint, the MP's
office, the final amended plan, Year 7 transport and transition."""

from corpuslib import C, D, M, docx, pdf
from msgs_a import m027
from people import (
    COMPLAINTS,
    DAMIAN,
    DCS,
    FEEDBACK,
    HAZEL,
    HB_DISCLAIMER,
    IMOGEN,
    KEALEY,
    LESLEY,
    MEMBER_ENQ,
    MUHIT,
    NEWS,
    OLIVIA,
    PRITI,
    ROISIN,
    RUMANA,
    SHAHANA,
    SIAN,
    YVONNE,
)  # fmt: skip

REF = "HB/EHCP/21/0763"
TA2 = "TA/28/0147"
CFB = "CFB/28/00241"
MEQ = "MEQ/28/0093"
YSIG = "Kind regards\n\n" + YVONNE.sig

# ------------------------------------------------------------------ t13 Brindley Moor visit

m036 = M(
    36,
    "visit_to_brindley_moor",
    "t13-brindley-moor-visit",
    "2027-09-28 16:25:12",
    HAZEL,
    [MUHIT],
    "Visit to Brindley Moor – Tuesday 12 October",
    sig="Kind regards,\nHazel Kirkup\n\n" + HAZEL.sig,
    new="""Dear Mr Choudhury,

Thank you for your phone call this morning. I'm happy to confirm your visit to Brindley Moor on Tuesday 12 October at 2pm. Please come to the Moor Lane entrance, which has level access – the main entrance on Church Street has steps. I will meet you at the Moor Lane gate.

I want to be upfront with you, because I think it will help you make the right decision for Ayaan. Our Main Block dates from 1904 and is a listed building. The ground floor is accessible, but science, technology, art and music are taught on the first and second floors, and there is no lift in that building at present. We have a stair-climber, but I would need to check with his physiotherapist whether it can be used with Ayaan's chair and seating. The newer Sports and Humanities Block is fully accessible.

I don't want to put you off before you've seen us – I just want you to have the full picture.""",
    category="appointment",
    dates=[
        D("this morning", "2027-09-28", "meeting"),
        D("Tuesday 12 October", "2027-10-12", "meeting"),
    ],
    commits=[
        C(
            "school",
            "meet the family at the Moor Lane gate",
            None,
            "I will meet you at the Moor Lane gate.",
        )
    ],
)

m037 = M(
    37,
    "re_visit_to_brindley_moor",
    "t13-brindley-moor-visit",
    "2027-10-14 00:20:33",
    MUHIT,
    [HAZEL],
    "Re: Visit to Brindley Moor – Tuesday 12 October",
    cc=[SHAHANA],
    reply_to=m036,
    quote="gmail",
    utc=True,
    new="""Dear Mrs Kirkup,

Thank you very much for showing us round on Tuesday, and for your honesty in your email before the visit. Ayaan enjoyed meeting the Year 7 pupils in the library very much.

After the visit my wife and I are having some questions, and I would be grateful for your reply:

1. You mentioned that the governors have asked the council for accessibility funding for a lift in the Main Block. Is there any date for a decision, and if it is agreed, when would the lift be ready?

2. If there is no lift, could the school timetable Ayaan's science and technology lessons in the newer block?

3. Have you been able to check about the stair-climber with his physiotherapist?

We are still keeping Thistlegate as our first preference, but Brindley Moor is very near to our house and his cousins go there, so we would like to name it as our second preference.""",
    category="information_request",
    dates=[D("on Tuesday", "2027-10-12", "past")],
)

m038 = M(
    38,
    "re_re_visit_to_brindley_moor",
    "t13-brindley-moor-visit",
    "2027-10-15 15:40:27",
    HAZEL,
    [MUHIT],
    "RE: Visit to Brindley Moor – Tuesday 12 October",
    cc=[SHAHANA],
    reply_to=m037,
    quote="outlook",
    sig="Kind regards,\nHazel",
    new="""Dear Mr Choudhury,

Thank you – it was lovely to meet you all, and Ayaan charmed our Year 7s.

I've spoken to Mr Aldridge, our head. The honest answer to 1 is that the bid went to the council in the summer and we have not heard anything, so I can't give you a date. On 2, we would always try, but with the specialist rooms where they are I can't promise that every practical lesson could be moved. On 3, I've left a message for Mr Mahmood and I'm waiting to hear back.

When the council consults us, Mr Aldridge will reply formally and will set all of this out in his response.""",
    category="general",
    commits=[
        C(
            "school",
            "head to set out the position in the consultation response",
            None,
            "When the council consults us, Mr Aldridge will reply formally and will set all of this out in his response.",
        ),
    ],
)

# ------------------------------------------------------------------ t10 continued: form returned

m039 = M(
    39,
    "preference_form_returned",
    "t10-transfer-pack",
    "2027-10-26 22:30:08",
    MUHIT,
    [YVONNE],
    f"Re: Secondary transfer 2028 – Ayaan Choudhury – {REF}",
    cc=[SHAHANA, RUMANA],
    reply_to=m027,
    quote="gmail",
    attachments=[docx("Secondary transfer preference form - Ayaan Choudhury.docx")],
    new=f"""Dear Ms Markham,

Ref: {REF}

Please find attached our completed secondary transfer preference form for Ayaan.

Our preferences are:
1. Thistlegate Academy
2. Brindley Moor School

Our reasons are given in full in section C. In short, Ayaan is a bright boy whose needs are physical and visual. With the right building, equipment and support, which Thistlegate has told us it can provide, he can learn with his friends in a mainstream school, as he does now at Ferncliffe.

We do not wish Ayaan to be placed at Larkspur House, and we have not named it. We kindly request that you send us copies of the responses from all the schools you consult, including Larkspur House.

Kindly confirm that you have received the form.""",
    category="general",
    refs=[REF],
)

m040 = M(
    40,
    "re_preference_form_received",
    "t10-transfer-pack",
    "2027-10-27 09:50:55",
    YVONNE,
    [MUHIT],
    f"RE: Secondary transfer 2028 – Ayaan Choudhury – {REF}",
    cc=[SHAHANA, RUMANA],
    reply_to=m039,
    quote="outlook",
    charset="windows-1252",
    sig=YSIG,
    new="""Dear Mr Choudhury,

Thank you, I have received Ayaan’s preference form, and thank you for returning it before the deadline.

I will send the consultation letters to Thistlegate Academy and Brindley Moor School by Friday 29 October, and Larkspur House will be consulted at the same time, as I explained in July. You will receive copies of all three responses when they come in.""",
    from_la=True,
    category="acknowledgement",
    refs=[REF],
    dates=[D("Friday 29 October", "2027-10-29", "deadline")],
    commits=[
        C(
            "la",
            "send the consultation letters",
            "2027-10-29",
            "I will send the consultation letters to Thistlegate Academy and Brindley Moor School by Friday 29 October, and Larkspur House will be consulted at the same time, as I explained in July.",
        ),
        C(
            "la",
            "send copies of the consultation responses",
            None,
            "You will receive copies of all three responses when they come in.",
        ),
    ],
)

# ------------------------------------------------------------------ t14 consultation responses

BRINDLEY_RESPONSE = """-----Original Message-----
From: Stephen Aldridge <head@brindleymoor.hollinbrook.sch.uk>
Sent: 18 November 2027 14:02
To: SEN Consultations <senconsultations@hollinbrook.gov.uk>
Subject: Consultation response – Ayaan Choudhury – Brindley Moor School

Dear Colleague,

Thank you for your consultation of 29 October 2027 regarding Ayaan Choudhury (DOB 22/11/2016).

The governors and I have considered Ayaan's EHC plan, the annual review papers and the advice from his occupational therapist, physiotherapist and QTVI very carefully, and we met Mr and Mrs Choudhury and Ayaan on 12 October.

I regret that we are unable to meet Ayaan's needs at Brindley Moor School. Our Main Block is a Grade II listed building of 1904. Science, design and technology, art and music are taught only on its first and second floors, which have no lift. Mr Mahmood advised on 3 November that our stair-climber cannot be used safely with Ayaan's wheelchair and seating system. We would also be unable to evacuate him safely from the upper floors. Our application for accessibility capital funding for a platform lift has not yet been decided, and even if it were agreed the work could not be completed before September 2029.

This is not a decision we have taken lightly. Ayaan is a delightful young man and I am sorry not to be able to offer a different answer.

Yours faithfully,

Stephen Aldridge
Headteacher, Brindley Moor School"""

m041 = M(
    41,
    "fw_consultation_response_brindley",
    "t14-consultations",
    "2027-11-22 16:45:19",
    YVONNE,
    [MUHIT, SHAHANA],
    "FW: Consultation response – Ayaan Choudhury – Brindley Moor School",
    charset="windows-1252",
    attachments=[
        pdf("Thistlegate Academy - consultation response - A Choudhury.pdf"),
        pdf("Larkspur House School - consultation response - A Choudhury.pdf"),
    ],
    segments=[
        (
            "new",
            """Dear Mr and Mrs Choudhury,

As promised, here are the responses to the consultations for Ayaan. Brindley Moor’s response is below. Thistlegate’s and Larkspur House’s are attached.

In summary:
– Thistlegate Academy says that it can meet Ayaan’s needs, with adaptations to a first-floor hygiene room and an additional teaching assistant, and it has asked the council for top-up funding to cover these.
– Brindley Moor School says it cannot meet his needs, mainly because there is no access to the upper floors of its Main Block.
– Larkspur House School says it can meet his needs and has a place.

Ayaan’s case will be considered at the SEN Placement Panel on Thursday 9 December. I will present all three responses to the panel, together with your preference form and the review papers.""",
        ),
        ("sig", YSIG),
        ("quote", BRINDLEY_RESPONSE),
    ],
    from_la=True,
    category="general",
    refs=[REF],
    dates=[D("Thursday 9 December", "2027-12-09", "meeting")],
    commits=[
        C(
            "la",
            "present the responses to the Placement Panel",
            None,
            "I will present all three responses to the panel, together with your preference form and the review papers.",
        ),
    ],
)

m042 = M(
    42,
    "re_fw_consultation_response",
    "t14-consultations",
    "2027-11-23 21:15:02",
    MUHIT,
    [YVONNE],
    "Re: FW: Consultation response – Ayaan Choudhury – Brindley Moor School",
    cc=[SHAHANA, RUMANA],
    reply_to=m041,
    quote="gmail",
    new="""Dear Ms Markham,

Thank you for sending the responses.

We are disappointed with the response of Brindley Moor School, but to be honest it was not a surprise after our visit. However, kindly note that Brindley Moor is our second preference only. Thistlegate Academy, our first preference, has clearly said that it can meet Ayaan's needs. We therefore request that the panel names Thistlegate Academy in section I of Ayaan's plan.

Regarding Larkspur House, we are respectful of that school, but Ayaan does not need a special school for his learning. Mrs Akhtar has explained us that the council must name the school which the parents prefer, unless it is unsuitable, or it is incompatible with the efficient education of others or the efficient use of resources. Thistlegate has not said any of these things.

Kindly may we attend the panel on 9th December to explain our views? If this is not possible, I will send a short written statement for the panel by Friday 3 December.""",
    category="general",
    dates=[
        D("9th December", "2027-12-09", "meeting"),
        D("Friday 3 December", "2027-12-03", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "send a written statement for the panel",
            "2027-12-03",
            "If this is not possible, I will send a short written statement for the panel by Friday 3 December.",
        ),
    ],
)

m043 = M(
    43,
    "re_re_fw_consultation_response",
    "t14-consultations",
    "2027-11-25 10:05:40",
    YVONNE,
    [MUHIT],
    "RE: FW: Consultation response – Ayaan Choudhury – Brindley Moor School",
    cc=[SHAHANA, RUMANA],
    reply_to=m042,
    quote="outlook",
    charset="windows-1252",
    sig=YSIG,
    new="""Dear Mr Choudhury,

Parents don’t attend the Placement Panel, I’m afraid, but a written statement is very welcome. If I have it by Monday 6 December, I will include it in the panel papers.

For clarity, your first preference is always the starting point for the panel, and your points about section 39 are exactly what its members need to see.""",
    from_la=True,
    category="general",
    refs=[REF],
    dates=[D("Monday 6 December", "2027-12-06", "deadline")],
    commits=[
        C(
            "la",
            "include the parents' statement in the panel papers",
            None,
            "If I have it by Monday 6 December, I will include it in the panel papers.",
        ),
    ],
)

# ------------------------------------------------------------------ t15 not_send: council newsletter

NEWSLETTER_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Your Hollinbrook – December 2027</title></head>
<body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#004b6b;color:#ffffff;padding:18px 24px;font-size:22px"><strong>Your Hollinbrook</strong><br><span style="font-size:13px">News from Hollinbrook Metropolitan Borough Council &middot; December 2027</span></td></tr>
<tr><td style="padding:20px 24px;font-size:15px;color:#222">
<h2 style="color:#004b6b;font-size:18px">Christmas and New Year bin collections</h2>
<p>Collections due on Monday 27 December will take place on Wednesday 29 December, and collections due on Monday 3 January will take place on Wednesday 5 January. Real Christmas trees can be left out for collection on your first green bin day in January &ndash; please remove all decorations and the pot.</p>
<h2 style="color:#004b6b;font-size:18px">Winter gritting</h2>
<p>Our gritters are ready for the cold weather. Priority routes, including bus routes and roads to schools, are treated first. Check the gritting map on our website.</p>
<h2 style="color:#004b6b;font-size:18px">SEND Local Offer drop-in</h2>
<p>Parents and carers of children with special educational needs and disabilities are invited to our Local Offer drop-in at Hollinbrook Central Library on Saturday 11 December, 10am to 1pm. Meet the SEND team, the Sensory Support Service and local groups, and find out more about EHC plans, short breaks and moving on to secondary school.</p>
<h2 style="color:#004b6b;font-size:18px">Festive opening hours</h2>
<p>Council offices close at noon on Friday 24 December and reopen on Tuesday 4 January. Libraries have their own hours &ndash; see our website.</p>
<p style="text-align:center;margin:24px 0"><a href="https://www.hollinbrook.gov.uk/news" style="background:#f2a900;color:#000;padding:10px 18px;text-decoration:none;border-radius:4px">Read all our news</a></p>
</td></tr>
<tr><td style="background:#f4f4f4;padding:12px 24px;font-size:11px;color:#666">You are receiving this email because you signed up to Your Hollinbrook. <a href="https://www.hollinbrook.gov.uk/unsubscribe">Unsubscribe</a> &middot; Hollinbrook Metropolitan Borough Council, Civic Centre, Market Street, Hollinbrook HB1 1AA</td></tr>
</table></td></tr></table></body></html>
"""

m044 = M(
    44,
    "your_hollinbrook_december",
    "t15-newsletter",
    "2027-12-02 07:00:03",
    NEWS,
    [MUHIT],
    "Your Hollinbrook – December 2027: bin collections, gritting and a SEND drop-in",
    fmt="html",
    html_body=NEWSLETTER_HTML,
    cte="base64",
    new="(newsletter)",
    sig="",
    extra_headers=[
        ("List-Unsubscribe", "<https://www.hollinbrook.gov.uk/unsubscribe>"),
        ("Precedence", "bulk"),
    ],
    from_la=True,
    category="not_send",
)

# ------------------------------------------------------------------ t16 proposed amended plan

m045 = M(
    45,
    "proposed_amended_ehc_plan",
    "t16-draft-amended-plan",
    "2027-12-13 15:30:27",
    YVONNE,
    [MUHIT, SHAHANA],
    f"Proposed amended EHC plan – Ayaan Choudhury – {REF}",
    cc=[SIAN],
    charset="windows-1252",
    fmt="alt",
    sig=YSIG,
    attachments=[
        pdf("Proposed amended EHCP - Ayaan Choudhury - 13.12.2027.pdf"),
        pdf("Amendment notice - Ayaan Choudhury.pdf"),
    ],
    new="""Dear Mr and Mrs Choudhury,

The SEN Placement Panel considered Ayaan’s case on Thursday 9 December. Please find attached the proposed amended EHC plan and the amendment notice.

Sections B and F have been updated using the advice from the annual review, including Ms Barraclough’s addendum and Mrs Egan’s vision advice. Section I has been left blank for now. The panel agreed that Ayaan should attend a mainstream secondary school, but it has asked Thistlegate Academy and the Northfold Learning Trust for more detail about the cost and timing of the adaptations before it makes a final decision. I appreciate that this is not the clear answer you were hoping for.

You have 15 days from the date of this letter to make representations about the proposed amendments and to ask for a meeting, that is until 28 December 2027. I realise this includes Christmas; if you need longer, please let me know.

If I do not hear from you by 28 December 2027, the plan will be finalised with the amendments shown.

The final amended plan will be issued no later than 15 February 2028.""",
    from_la=True,
    category="draft_plan",
    refs=[REF],
    dates=[
        D("Thursday 9 December", "2027-12-09", "past"),
        D("28 December 2027", "2027-12-28", "deadline"),
        D("15 February 2028", "2028-02-15", "deadline"),
    ],
    commits=[
        C(
            "la",
            "finalise the plan if no representations",
            None,
            "If I do not hear from you by 28 December 2027, the plan will be finalised with the amendments shown.",
        ),
        C(
            "la",
            "issue the final amended plan",
            "2028-02-15",
            "The final amended plan will be issued no later than 15 February 2028.",
        ),
    ],
)

m046 = M(
    46,
    "re_proposed_amended_plan_mother",
    "t16-draft-amended-plan",
    "2027-12-14 08:05:51",
    SHAHANA,
    [YVONNE],
    f"Re: Proposed amended EHC plan – Ayaan Choudhury – {REF}",
    cc=[MUHIT],
    reply_to=m045,
    quote="samsung",
    cte="base64",
    sig="Shahana Choudhury (Ayaan mum)\n\nSent from my Galaxy",
    new="""Ms Markham
Why section I is empty?? Panel say mainstream, so why not Thistlegate? We said Thistlegate so many times. Ayaan's abbu will send our comments by the 28th.
We are not happy.""",
    category="draft_plan",
    refs=[REF],
    dates=[D("the 28th", "2027-12-28", "deadline")],
    commits=[
        C(
            "parent",
            "father to send the comments on the draft",
            "2027-12-28",
            "Ayaan's abbu will send our comments by the 28th.",
        ),
    ],
)

m047 = M(
    47,
    "representations_proposed_amended_plan",
    "t16-draft-amended-plan",
    "2027-12-27 22:40:16",
    MUHIT,
    [YVONNE],
    f"Re: Proposed amended EHC plan – Ayaan Choudhury – {REF}",
    cc=[SHAHANA, RUMANA, SIAN],
    reply_to=m045,
    quote="gmail",
    new=f"""Dear Ms Markham,

Ref: {REF} – representations on the proposed amended plan

Thank you for the proposed amended plan sent on 13th December. Please find below our representations, which we are making within the 15 days. Mrs Akhtar has helped us to check them against the reports.

Section B
1. The plan describes Ayaan's vision as "a visual impairment". Kindly write that he has cerebral visual impairment (CVI), as in Mrs Egan's report, and include her description of how his vision is worse when he is tired, when he is moving, or when there is visual clutter.
2. Kindly add that Ayaan has epilepsy and needs rescue medication. This is missing from section B and it is very important for school trips and for transport.

Section F
3. Occupational therapy: the plan says "access to hygiene facilities as appropriate". This is not specific. Kindly write, as in Ms Barraclough's addendum, an accessible toilet with a ceiling track hoist and a height-adjustable changing bench, and two trained adults for all transfers.
4. Physiotherapy: the plan says "regular physiotherapy input". Kindly write the amount Mr Mahmood recommended: a physiotherapist visit to school once each half term, and a daily stretching and standing programme delivered by trained staff.
5. Vision: kindly specify one hour per week of teaching from a QTVI, and mobility and orientation training at his secondary school, starting in the summer term of Year 6 before he transfers.
6. Kindly specify 1:1 support from a trained teaching assistant for the whole school day, including lunch and break times.

Section I
7. We request that the council names Thistlegate Academy. The panel has agreed that Ayaan should attend a mainstream school, Thistlegate is our first preference, and Thistlegate has said it can meet his needs. The cost of adaptations is not a reason to leave section I empty.

Meeting
8. We request a meeting with you before the plan is finalised. We are available any day in the week of 3 January.

Thank you for your time, and we wish you a happy new year.""",
    category="draft_plan",
    refs=[REF],
    dates=[
        D("13th December", "2027-12-13", "past"),
        D("the week of 3 January", "2028-01-03", "other"),
    ],
)

m048 = M(
    48,
    "re_representations_received",
    "t16-draft-amended-plan",
    "2028-01-05 11:15:09",
    YVONNE,
    [MUHIT],
    f"RE: Proposed amended EHC plan – Ayaan Choudhury – {REF}",
    cc=[SHAHANA, RUMANA, SIAN],
    reply_to=m047,
    quote="outlook",
    charset="windows-1252",
    sig=YSIG,
    new="""Dear Mr Choudhury,

Happy new year, and thank you for your detailed representations, which I received on 27 December. I have passed your comments on sections B and F to Ms Barraclough, Mr Mahmood and Mrs Egan so that the wording can be checked against their advice.

I am sorry I can’t offer a meeting this week – I was only back in the office yesterday. Section I will go back to the Placement Panel on Thursday 20 January, once Thistlegate has sent its costings. I will ring you on Friday 21 January to tell you the outcome, and we can meet after that if you still wish to.""",
    from_la=True,
    category="acknowledgement",
    refs=[REF],
    dates=[
        D("27 December", "2027-12-27", "past"),
        D("yesterday", "2028-01-04", "past"),
        D("Thursday 20 January", "2028-01-20", "meeting"),
        D("Friday 21 January", "2028-01-21", "meeting"),
    ],
    commits=[
        C(
            "la",
            "ring with the panel outcome",
            "2028-01-21",
            "I will ring you on Friday 21 January to tell you the outcome, and we can meet after that if you still wish to.",
        ),
    ],
)

m049 = M(
    49,
    "chaser_panel_outcome",
    "t16-draft-amended-plan",
    "2028-01-24 08:30:44",
    MUHIT,
    [YVONNE],
    f"Re: Proposed amended EHC plan – Ayaan Choudhury – {REF}",
    cc=[SHAHANA, RUMANA],
    reply_to=m048,
    quote="gmail",
    new="""Dear Ms Markham,

I was waiting for your call on Friday, but unfortunately I did not receive it. I also tried to call the SEND team on Friday afternoon and left a message.

Kindly could you let me know the outcome of the Placement Panel on 20th January, and whether Thistlegate Academy will be named for Ayaan?

As you know, the law requires the final amended plan to be issued before 15th February, which is now only three weeks away. Ayaan is anxious because his friends already know their secondary schools, and we are not able to give him an answer.

I would be grateful for your reply by Wednesday 26 January.""",
    category="chaser",
    refs=[REF],
    dates=[
        D("on Friday", "2028-01-21", "past"),
        D("20th January", "2028-01-20", "past"),
        D("15th February", "2028-02-15", "deadline"),
        D("Wednesday 26 January", "2028-01-26", "deadline"),
    ],
)

m050 = M(
    50,
    "re_chaser_panel_delay",
    "t16-draft-amended-plan",
    "2028-01-26 12:10:30",
    YVONNE,
    [MUHIT],
    f"RE: Proposed amended EHC plan – Ayaan Choudhury – {REF}",
    cc=[SHAHANA, RUMANA],
    reply_to=m049,
    quote="outlook",
    charset="windows-1252",
    sig=YSIG,
    new="""Dear Mr Choudhury,

I’m very sorry that I didn’t call you on Friday. I was off sick, and I should have made sure someone else let you know.

The panel on 20 January was not able to make a decision about Ayaan. Northfold Learning Trust has not yet sent the costings for the adaptations at Thistlegate (mainly a second hygiene suite with a hoist on the first floor), and the panel will not agree a placement without them. The next Placement Panel is on Thursday 17 February.

I have to be honest with you: this means that Ayaan’s final amended plan will not be issued before 15 February. I know how important this is for you and for Ayaan, and I apologise. I am chasing the Trust every day. I hope to be able to issue the final plan by Friday 25 February, but I can’t promise that until the panel has decided.""",
    from_la=True,
    category="delay_notice",
    refs=[REF],
    dates=[
        D("on Friday", "2028-01-21", "past"),
        D("20 January", "2028-01-20", "past"),
        D("Thursday 17 February", "2028-02-17", "meeting"),
        D("15 February", "2028-02-15", "deadline"),
        D("Friday 25 February", "2028-02-25", "deadline"),
    ],
)

m051 = M(
    51,
    "re_delay_escalation",
    "t16-draft-amended-plan",
    "2028-01-26 20:20:18",
    MUHIT,
    [YVONNE],
    f"Re: Proposed amended EHC plan – Ayaan Choudhury – {REF}",
    cc=[DAMIAN, SHAHANA, RUMANA],
    reply_to=m050,
    quote="gmail",
    new="""Dear Ms Markham,

Thank you for your honest reply, and I hope you are feeling better now.

However, with great respect, this is not acceptable for our family. We returned our preference form on time, we sent our representations on time, and Thistlegate said in November that it can meet Ayaan's needs. The delay is because of the costings between the council and the Trust, which is not the fault of Ayaan.

I am copying this email to Mr Rourke, the SEND Team Manager, and I request him to make sure that the final amended plan naming Thistlegate Academy is issued before 15th February, as the law requires.

If the plan is not issued by 14th February, I will make a formal complaint to the council and I will also contact our Member of Parliament.""",
    category="chaser",
    refs=[REF],
    dates=[
        D("15th February", "2028-02-15", "deadline"),
        D("14th February", "2028-02-14", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "complain and contact the MP if the plan is late",
            None,
            "If the plan is not issued by 14th February, I will make a formal complaint to the council and I will also contact our Member of Parliament.",
        ),
    ],
)

m052 = M(
    52,
    "re_delay_manager",
    "t16-draft-amended-plan",
    "2028-01-27 17:45:02",
    DAMIAN,
    [MUHIT],
    f"RE: Proposed amended EHC plan – Ayaan Choudhury – {REF}",
    cc=[YVONNE, SHAHANA, RUMANA],
    reply_to=m051,
    quote="outlook",
    charset="windows-1252",
    sig="Regards,\n" + DAMIAN.sig,
    new="""Dear Mr Choudhury,

Thank you for your email, which I have read alongside Yvonne’s. I have asked the chair of the Placement Panel whether Ayaan’s case can be decided outside the panel cycle once the Trust’s figures arrive, and I will update you by Friday 4 February.""",
    from_la=True,
    category="acknowledgement",
    refs=[REF],
    dates=[D("Friday 4 February", "2028-02-04", "deadline")],
    commits=[
        C(
            "la",
            "update the family on an early decision",
            "2028-02-04",
            "I have asked the chair of the Placement Panel whether Ayaan’s case can be decided outside the panel cycle once the Trust’s figures arrive, and I will update you by Friday 4 February.",
        ),
    ],
)

# ------------------------------------------------------------------ t17 complaint

m053 = M(
    53,
    "formal_complaint",
    "t17-complaint",
    "2028-02-16 09:05:11",
    MUHIT,
    [COMPLAINTS],
    f"Formal complaint – Ayaan Choudhury – {REF} – amended EHC plan not issued before 15 February",
    cc=[DAMIAN, YVONNE, SHAHANA, RUMANA],
    sig="Yours faithfully,\n\nAbdul Muhit Choudhury\nMobile: 07700 900482",
    new=f"""Dear Sir or Madam,

Formal complaint under the council's complaints procedure

Child: Ayaan Choudhury, date of birth 22/11/2016, Year 6 at Ferncliffe Primary School
EHC plan reference: {REF}

I am writing to make a formal complaint about the failure of the SEND service to issue Ayaan's final amended EHC plan, naming his secondary school, before 15 February 2028, as required by regulation 18 of the SEND Regulations 2014.

Timeline
- 16 June 2027: annual review meeting at Ferncliffe Primary School.
- 12 July 2027: the council decided to amend the plan, and told us the amendments would be made through phase transfer.
- 6 September 2027: Ms Markham wrote that she would make sure the final amended plan was issued by 15 February.
- 26 October 2027: we returned our preference form, with Thistlegate Academy as first preference.
- November 2027: Thistlegate Academy told the council it can meet Ayaan's needs.
- 13 December 2027: the proposed amended plan was sent with section I left blank.
- 27 December 2027: we sent our representations.
- 21 January 2028: Ms Markham did not call us as promised.
- 26 January 2028: Ms Markham told us the plan would not be issued before 15 February.
- 27 January 2028: Mr Rourke promised to update us by 4 February. We have not heard from him.
- Yesterday the deadline passed without the final plan.

Impact
Ayaan is eleven. All his friends know which school they are going to. He asks us every day and we cannot answer him. We are also not able to start his transition, the orientation work with his QTVI, or the arrangements for his transport. We understand the panel will consider Ayaan's case again tomorrow, but this is already too late.

What we are asking for
1. The final amended plan naming Thistlegate Academy to be issued without any further delay.
2. A written apology.
3. An explanation of why the council did not act on Thistlegate's response from November until now.
4. Confirmation of what the council will change so that other families are not treated in the same way.

Kindly acknowledge this complaint and give me a reference number. I am also writing to our Member of Parliament, Ms Rosamund Kealey, today.""",
    category="complaint",
    refs=[REF],
    dates=[
        D("22/11/2016", "2016-11-22", "past"),
        D("15 February 2028", "2028-02-15", "past"),
        D("16 June 2027", "2027-06-16", "past"),
        D("12 July 2027", "2027-07-12", "past"),
        D("6 September 2027", "2027-09-06", "past"),
        D("26 October 2027", "2027-10-26", "past"),
        D("13 December 2027", "2027-12-13", "past"),
        D("27 December 2027", "2027-12-27", "past"),
        D("21 January 2028", "2028-01-21", "past"),
        D("26 January 2028", "2028-01-26", "past"),
        D("27 January 2028", "2028-01-27", "past"),
        D("4 February", "2028-02-04", "past"),
        D("tomorrow", "2028-02-17", "meeting"),
        D("today", "2028-02-16", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "write to the MP",
            "2028-02-16",
            "I am also writing to our Member of Parliament, Ms Rosamund Kealey, today.",
        ),
    ],
)

m054 = M(
    54,
    "complaint_received_autoack",
    "t17-complaint",
    "2028-02-16 09:05:38",
    FEEDBACK,
    [MUHIT],
    f"Your complaint has been received – ref {CFB}",
    reply_to=m053,
    quote="none",
    sig="",
    fmt="html",
    zone_name="GMT",
    extra_headers=[("Auto-Submitted", "auto-generated")],
    new=f"""Thank you for contacting Hollinbrook Council.

Your complaint has been logged under reference {CFB}. Please quote this reference in all correspondence.

Your complaint has been passed to the Children's Services complaints team. We aim to respond within 10 working days, by 1 March 2028. If your complaint is complex and we need more time, we will let you know.

This is an automated message. Please do not reply to this email.

Hollinbrook Council Customer Feedback Team""",
    from_la=True,
    category="complaint",
    refs=[CFB],
    dates=[D("1 March 2028", "2028-03-01", "deadline")],
    commits=[
        C(
            "la",
            "respond to the complaint",
            "2028-03-01",
            "We aim to respond within 10 working days, by 1 March 2028.",
        ),
        C(
            "la",
            "tell the parent if more time is needed",
            None,
            "If your complaint is complex and we need more time, we will let you know.",
        ),
    ],
)

# ------------------------------------------------------------------ t18 the MP

m055 = M(
    55,
    "help_needed_mp",
    "t18-mp",
    "2028-02-16 21:30:26",
    MUHIT,
    [KEALEY],
    "Help needed for my son Ayaan – Hollinbrook Council EHC plan late",
    cc=[SHAHANA, RUMANA],
    sig="Yours sincerely,\n\nAbdul Muhit Choudhury\n14 Cotton Street, Hollinbrook HB4 2NL\nMobile: 07700 900482",
    new=f"""Dear Ms Kealey,

I am your constituent and I am writing to humbly request your help for my son, Ayaan Choudhury, who is 11 years old.

Ayaan has cerebral palsy, epilepsy and a visual impairment, and he uses a wheelchair. He is in Year 6 at Ferncliffe Primary School and he has an EHC plan with Hollinbrook Council (reference {REF}). By law, the council had to issue his amended plan, naming his secondary school, before 15 February 2028. This date passed yesterday and we still do not know which school Ayaan will go to in September.

We named Thistlegate Academy, which has said in writing that it can meet Ayaan's needs. The council has delayed because of a discussion with the academy trust about the cost of adaptations. I have also made a formal complaint to the council.

I give my consent for your office to contact Hollinbrook Council about Ayaan's case and to share the information in this email. I can send copies of all the letters if it is helpful.

We would be very grateful for anything you can do.""",
    category="general",
    refs=[REF],
    dates=[D("15 February 2028", "2028-02-15", "past")],
)

m056 = M(
    56,
    "re_help_needed_mp",
    "t18-mp",
    "2028-02-18 09:40:15",
    IMOGEN,
    [MUHIT],
    "RE: Help needed for my son Ayaan – Hollinbrook Council EHC plan late [RK/4471]",
    reply_to=m055,
    quote="outlook",
    sig="With best wishes,\n\n" + IMOGEN.sig,
    new="""Dear Mr Choudhury,

Thank you for your email to Rosamund Kealey MP, which she has read and has asked me to take up on her behalf.

I am sorry to hear about the difficulties you and Ayaan have had. I will write to the council's Director of Children's Services today, on Ms Kealey's behalf, and I will copy you into that email so that you can see exactly what we have asked.

Councils usually reply to MPs within 20 working days, but given the urgency I will be asking for a quicker response.""",
    category="general",
    dates=[D("today", "2028-02-18", "deadline")],
    commits=[
        C(
            "other",
            "write to the Director of Children's Services",
            "2028-02-18",
            "I will write to the council's Director of Children's Services today, on Ms Kealey's behalf, and I will copy you into that email so that you can see exactly what we have asked.",
        ),
        C(
            "other",
            "ask the council for a quicker response",
            None,
            "Councils usually reply to MPs within 20 working days, but given the urgency I will be asking for a quicker response.",
        ),
    ],
)

m057 = M(
    57,
    "mp_enquiry_to_council",
    "t19-mp-enquiry",
    "2028-02-18 11:15:48",
    IMOGEN,
    [DCS],
    f"MP enquiry: Ayaan Choudhury ({REF}) – amended EHC plan overdue [RK/4471]",
    cc=[MEMBER_ENQ, MUHIT],
    charset="us-ascii",
    cte="7bit",
    sig="Yours faithfully,\n\n" + IMOGEN.sig,
    new=f"""Dear Director,

I am writing on behalf of Rosamund Kealey MP, who has been contacted by her constituent Mr Abdul Muhit Choudhury, of Cotton Street, Hollinbrook, about his son Ayaan Choudhury (date of birth 22/11/2016; EHC plan reference {REF}). Mr Choudhury has given his consent for us to raise this matter with you, and he is copied in.

Ayaan is in Year 6 at Ferncliffe Primary School. His amended EHC plan, naming his secondary school for September 2028, should have been issued before 15 February 2028. It has not been. Mr Choudhury named Thistlegate Academy as his first preference in October, and the academy has said that it can meet Ayaan's needs. We understand that the delay relates to the funding of adaptations at the academy.

Ms Kealey would be grateful if you could tell her:
1. why the statutory deadline was missed;
2. the date by which the final amended plan will be issued; and
3. whether transport with a passenger assistant will be in place for September.

Given that the deadline has already passed, I would be grateful for a reply by Friday 3 March.

Mr Choudhury has also made a formal complaint, and I would ask that this enquiry is not held up while the complaint is considered.""",
    category="chaser",
    refs=[REF],
    dates=[
        D("22/11/2016", "2016-11-22", "past"),
        D("15 February 2028", "2028-02-15", "past"),
        D("Friday 3 March", "2028-03-03", "deadline"),
    ],
)

# ------------------------------------------------------------------ t20 panel outcome

m058 = M(
    58,
    "placement_panel_outcome",
    "t20-panel-outcome",
    "2028-02-22 14:00:37",
    YVONNE,
    [MUHIT, SHAHANA],
    f"Ayaan Choudhury – Placement Panel outcome – {REF}",
    cc=[DAMIAN],
    charset="windows-1252",
    fmt="alt",
    sig=YSIG,
    new="""Dear Mr and Mrs Choudhury,

I am pleased to tell you that the Placement Panel on Thursday 17 February agreed to name Thistlegate Academy in section I of Ayaan’s plan. Northfold Learning Trust sent its costings on 14 February, and the panel has agreed the funding for the adaptations and for Ayaan’s support.

I am now making the final changes to sections B and F, taking account of your representations and the therapists’ comments. I will issue the final amended plan by Friday 3 March.

I know this has come later than it should have, and that the wait has been very hard for Ayaan and for you both. I am sorry.""",
    from_la=True,
    category="general",
    refs=[REF],
    dates=[
        D("Thursday 17 February", "2028-02-17", "past"),
        D("14 February", "2028-02-14", "past"),
        D("Friday 3 March", "2028-03-03", "deadline"),
    ],
    commits=[
        C(
            "la",
            "issue the final amended plan",
            "2028-03-03",
            "I will issue the final amended plan by Friday 3 March.",
        ),
    ],
)

m059 = M(
    59,
    "re_placement_panel_outcome",
    "t20-panel-outcome",
    "2028-02-22 16:30:09",
    SHAHANA,
    [YVONNE],
    f"Re: Ayaan Choudhury – Placement Panel outcome – {REF}",
    cc=[MUHIT],
    reply_to=m058,
    quote="samsung",
    cte="base64",
    sig="Shahana\n\nSent from my Galaxy",
    new="""Alhamdulillah!! Thank u Ms Markham. Ayaan was jumping in his chair when we tell him 😀
But who will take him to Thistlegate in September? Mrs Bibi is only for primary. Please tell transport team.""",
    category="general",
    refs=[REF],
)

# ------------------------------------------------------------------ t17 continued: Stage 1 response

m060 = M(
    60,
    "stage_1_complaint_response",
    "t17-complaint",
    "2028-03-01 15:20:44",
    PRITI,
    [MUHIT],
    f"Stage 1 complaint response – {CFB} – Ayaan Choudhury",
    cc=[DAMIAN],
    reply_to=m053,
    quote="none",
    charset="iso-8859-1",
    sig="Yours sincerely,\n\n" + PRITI.sig.replace("’", "'"),
    attachments=[pdf("Stage 1 response - CFB-28-00241.pdf")],
    tail=HB_DISCLAIMER,
    new=f"""Dear Mr Choudhury,

Complaint reference: {CFB}

Thank you for your complaint of 16 February 2028 about the SEND service. I have investigated it with the SEND Team Manager, Mr Rourke, and the Head of SEND, Ms Ashby, and I have read the case file. My full response is attached; the main points are below.

What happened
The council should have issued Ayaan's final amended EHC plan before 15 February 2028. It did not. The Placement Panel was unable to agree a placement at Thistlegate Academy until the academy trust confirmed the cost of the adaptations, and the costings were not received until 14 February. The council should not have allowed a funding discussion with a school to hold up a statutory deadline, and it should have escalated the matter much earlier than it did. You were also not called on 21 January as promised, and Mr Rourke did not update you by 4 February as he said he would.

Outcome
I uphold your complaint.

In response to the outcomes you asked for:
1. The Placement Panel agreed on 17 February to name Thistlegate Academy, and Ms Markham has confirmed that the final amended plan will be issued by 3 March 2028.
2. On behalf of the council, I apologise unreservedly for the delay and for the distress it has caused Ayaan and your family.
3. The explanation is set out above.
4. From January 2029 the SEND service will check every Year 6 and Year 11 phase transfer case each week from the start of the spring term, and any case at risk of missing its deadline will be escalated to the Head of SEND.

In recognition of the time and trouble you have been put to, the council will pay you £200 within 20 working days of the date of this letter, that is by 29 March 2028.

If you are not satisfied with this response, you can ask for your complaint to be considered at Stage 2 by replying to this email and explaining why. You can also contact the Local Government and Social Care Ombudsman.""",
    from_la=True,
    category="complaint",
    refs=[CFB],
    dates=[
        D("16 February 2028", "2028-02-16", "past"),
        D("15 February 2028", "2028-02-15", "past"),
        D("14 February", "2028-02-14", "past"),
        D("21 January", "2028-01-21", "past"),
        D("4 February", "2028-02-04", "past"),
        D("17 February", "2028-02-17", "past"),
        D("3 March 2028", "2028-03-03", "deadline"),
        D("29 March 2028", "2028-03-29", "deadline"),
    ],
    commits=[
        C(
            "la",
            "issue the final amended plan",
            "2028-03-03",
            "The Placement Panel agreed on 17 February to name Thistlegate Academy, and Ms Markham has confirmed that the final amended plan will be issued by 3 March 2028.",
        ),
        C(
            "la",
            "introduce weekly checks of phase transfer cases",
            None,
            "From January 2029 the SEND service will check every Year 6 and Year 11 phase transfer case each week from the start of the spring term, and any case at risk of missing its deadline will be escalated to the Head of SEND.",
        ),
        C(
            "la",
            "pay £200",
            "2028-03-29",
            "In recognition of the time and trouble you have been put to, the council will pay you £200 within 20 working days of the date of this letter, that is by 29 March 2028.",
        ),
    ],
)

# ------------------------------------------------------------------ t21 final amended plan

m061 = M(
    61,
    "final_amended_ehc_plan",
    "t21-final-plan",
    "2028-03-03 16:05:21",
    YVONNE,
    [MUHIT, SHAHANA],
    f"Final amended EHC plan – Ayaan Choudhury – {REF}",
    cc=[OLIVIA, SIAN, LESLEY],
    charset="windows-1252",
    fmt="alt",
    sig=YSIG,
    attachments=[
        pdf("Final amended EHCP - Ayaan Choudhury - 03.03.2028.pdf"),
        pdf("Covering letter and appeal rights - Ayaan Choudhury.pdf"),
    ],
    new="""Dear Mr and Mrs Choudhury,

Please find attached Ayaan’s final amended EHC plan, dated 3 March 2028, and a covering letter.

Section I names Thistlegate Academy from September 2028. Sections B and F have been amended following your representations: section B now describes Ayaan’s cerebral visual impairment and his epilepsy, and section F specifies the hygiene facilities, the physiotherapy programme, the QTVI teaching and the mobility and orientation training, and full-time support from a trained teaching assistant.

I have copied in Ms Brennan at Thistlegate so that transition planning can start, and Mrs Thwaite in the Travel Assistance team, who will contact you about a travel assessment for Year 7.

If you disagree with sections B, F or I, you have the right to appeal to the First-tier Tribunal (SEND). An appeal must be made within two months of the date of this letter, that is by 3 May 2028. The covering letter explains how to contact a mediation adviser and where to get independent advice.

Thank you for your patience, and once again I am sorry that this took so long.""",
    from_la=True,
    category="final_plan",
    refs=[REF],
    dates=[D("3 March 2028", "2028-03-03", "other"), D("3 May 2028", "2028-05-03", "deadline")],
    commits=[
        C(
            "la",
            "transport officer to contact the family about a travel assessment",
            None,
            "I have copied in Ms Brennan at Thistlegate so that transition planning can start, and Mrs Thwaite in the Travel Assistance team, who will contact you about a travel assessment for Year 7.",
        ),
    ],
)

m062 = M(
    62,
    "re_final_amended_plan",
    "t21-final-plan",
    "2028-03-04 10:30:52",
    MUHIT,
    [YVONNE],
    f"Re: Final amended EHC plan – Ayaan Choudhury – {REF}",
    cc=[SHAHANA, RUMANA],
    reply_to=m061,
    quote="gmail",
    new="""Dear Ms Markham,

Alhamdulillah, we have received the final plan. Thank you for your work on it, and for the changes to sections B and F, which reflect what we asked.

We read the plan last night with Mrs Akhtar. We are happy with section I and we will not be appealing.

With respect, I must say that the plan was issued more than two weeks after the legal deadline. We have received the complaint response and we accept it, but I hope no other family will have to wait like this.

I will send Ms Brennan the reports from Mrs Egan and Ms Barraclough next week, as she has asked.

Ayaan has asked me to write: "Thank you for letting me go to Thistlegate with my friends Zain and Musa." """.rstrip(),
    category="general",
    refs=[REF],
    dates=[D("last night", "2028-03-03", "past")],
    commits=[
        C(
            "parent",
            "send the QTVI and OT reports to the new SENCO",
            None,
            "I will send Ms Brennan the reports from Mrs Egan and Ms Barraclough next week, as she has asked.",
        ),
    ],
)

# ------------------------------------------------------------------ t19 continued: the council's reply to the MP

ASHBY_ID = "<LO2P265MB31A7E0C4D2B9F86A5E1C3@LO2P265MB31A7.GBRP265.PROD.OUTLOOK.COM>"

COUNCIL_TO_MP = f"""-----Original Message-----
From: Caroline Ashby <caroline.ashby@hollinbrook.gov.uk>
Sent: 06 March 2028 17:12
To: HART, Imogen <imogen.hart@parliament.uk>
Cc: Member Enquiries <memberenquiries@hollinbrook.gov.uk>
Subject: RE: MP enquiry: Ayaan Choudhury ({REF}) – amended EHC plan overdue [RK/4471]

Dear Ms Hart,

Our ref: {MEQ}

Thank you for your email of 18 February on behalf of Rosamund Kealey MP about Ayaan Choudhury. The Director has asked me to reply.

I am sorry that Ayaan's final amended EHC plan was not issued before 15 February 2028, as the regulations require. The delay arose because the Placement Panel was waiting for costings from the academy trust. That should not have been allowed to delay a statutory deadline, and Mr Choudhury's complaint about it has been upheld.

The Placement Panel agreed on 17 February to name Thistlegate Academy, and the final amended plan was issued on 3 March 2028.

The Travel Assistance team will carry out Ayaan's travel assessment in March. His need for a passenger assistant will be considered as part of that assessment, taking account of the panel decision made last September.

Yours sincerely,

Caroline Ashby
Head of SEND and Inclusion
Hollinbrook Metropolitan Borough Council"""

m063 = M(
    63,
    "fw_council_reply_to_mp",
    "t19-mp-enquiry",
    "2028-03-07 12:00:29",
    IMOGEN,
    [MUHIT],
    f"FW: MP enquiry: Ayaan Choudhury ({REF}) – amended EHC plan overdue [RK/4471]",
    reply_to=m057,
    irt=False,
    # Outlook forward of the council's reply (not in this mailbox): In-Reply-To points to it,
    # References keeps the caseworker's own enquiry (057).
    extra_headers=[
        ("In-Reply-To", ASHBY_ID),
        ("References", m057.message_id + "\n " + ASHBY_ID),
    ],
    segments=[
        (
            "new",
            f"""Dear Mr Choudhury,

Please see below the reply Ms Kealey has received from Hollinbrook Council (their reference {MEQ}). I am glad that the plan has now been issued and that Thistlegate has been named.

The council's letter also covers Ayaan's transport for September. If you have any difficulty with the transport arrangements, please let me know and I will take it up with the council again.

Unless I hear from you, I will close our file on Tuesday 4 April.""",
        ),
        ("sig", "With best wishes,\nImogen\n\n" + IMOGEN.sig),
        ("quote", COUNCIL_TO_MP),
    ],
    category="general",
    refs=[REF, MEQ],
    dates=[D("Tuesday 4 April", "2028-04-04", "deadline")],
    commits=[
        C(
            "other",
            "take up any transport difficulty with the council",
            None,
            "If you have any difficulty with the transport arrangements, please let me know and I will take it up with the council again.",
        ),
        C(
            "other",
            "close the MP's file",
            "2028-04-04",
            "Unless I hear from you, I will close our file on Tuesday 4 April.",
        ),
    ],
)

# ------------------------------------------------------------------ t22 Year 7 transport

m064 = M(
    64,
    "travel_assistance_year_7",
    "t22-year7-transport",
    "2028-03-09 11:30:15",
    LESLEY,
    [MUHIT, SHAHANA],
    f"Travel assistance for Year 7 – Ayaan Choudhury – Ref {TA2}",
    sig="Kind regards\n\n" + LESLEY.sig,
    new=f"""Dear Mr and Mrs Choudhury,

Ms Markham has let me know that Ayaan will be starting at Thistlegate Academy in September, and I have opened a new travel assistance case for him (reference {TA2}).

For secondary school we carry out a travel assessment for every pupil with an EHC plan. I would like to visit you at home to do this, with Ayaan, on Tuesday 21 March at 4.30pm, if that is convenient. It takes about an hour.

I should let you know in advance that, for pupils starting secondary school, the council's policy is to consider a personal travel budget first, before a council-arranged vehicle. All the options can be discussed at the visit, including whether a passenger assistant is needed.""",
    from_la=True,
    category="appointment",
    refs=[TA2],
    dates=[D("Tuesday 21 March", "2028-03-21", "meeting")],
)

m065 = M(
    65,
    "re_travel_assistance_year_7",
    "t22-year7-transport",
    "2028-03-09 19:50:02",
    MUHIT,
    [LESLEY],
    f"Re: Travel assistance for Year 7 – Ayaan Choudhury – Ref {TA2}",
    cc=[SHAHANA],
    reply_to=m064,
    quote="gmail",
    new="""Dear Mrs Thwaite,

Thank you for your email. Tuesday 21st March at 4.30pm is suitable for us, and my wife and I will both be at home with Ayaan.

Kindly note before the visit that a personal travel budget will not work for our family. We do not have an adapted vehicle, Ayaan cannot transfer into a car seat, and my wife and I both work. The Transport Review Panel agreed in September that Ayaan needs a trained passenger assistant because of his epilepsy and rescue medicine, and his needs have not changed. I will have Dr Rahman's letter ready for you on the day.""",
    category="appointment",
    refs=[TA2],
    dates=[D("Tuesday 21st March", "2028-03-21", "meeting")],
    commits=[
        C(
            "parent",
            "be at home with Ayaan for the assessment visit",
            "2028-03-21",
            "Tuesday 21st March at 4.30pm is suitable for us, and my wife and I will both be at home with Ayaan.",
        ),
        C(
            "parent",
            "have the consultant's letter ready",
            None,
            "I will have Dr Rahman's letter ready for you on the day.",
        ),
    ],
)

m066 = M(
    66,
    "travel_assistance_decision",
    "t22-year7-transport",
    "2028-03-22 15:15:40",
    LESLEY,
    [MUHIT],
    f"Travel assistance decision – Ayaan Choudhury – Ref {TA2}",
    cc=[SHAHANA],
    reply_to=m065,
    quote="outlook",
    sig="Kind regards\n\n" + LESLEY.sig,
    new="""Dear Mr and Mrs Choudhury,

Thank you for your time yesterday, and please thank Ayaan for showing me his new chair controls.

I am pleased to confirm that Ayaan has been assessed as eligible for council-arranged transport to Thistlegate Academy, in a wheelchair accessible vehicle with a trained passenger assistant who can give his rescue medication. A personal travel budget is not suitable in his circumstances, and you will not be asked to consider one.

His transport will start on Monday 4 September 2028, the first day of term for Year 7.

I will send you the operator's details and pick-up times by Friday 18 August 2028. We will try to keep Mrs Bibi as his passenger assistant if the same operator wins the route, but I can't promise this until the contracts are let in the summer.""",
    from_la=True,
    category="general",
    refs=[TA2],
    dates=[
        D("yesterday", "2028-03-21", "past"),
        D("Monday 4 September 2028", "2028-09-04", "other"),
        D("Friday 18 August 2028", "2028-08-18", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send operator details and pick-up times",
            "2028-08-18",
            "I will send you the operator's details and pick-up times by Friday 18 August 2028.",
        ),
    ],
)

# ------------------------------------------------------------------ t23 Thistlegate transition

m067 = M(
    67,
    "welcome_to_thistlegate",
    "t23-thistlegate-transition",
    "2028-03-27 13:00:18",
    OLIVIA,
    [MUHIT, SHAHANA],
    "Welcome to Thistlegate – Ayaan's transition",
    cc=[ROISIN, SIAN],
    fmt="alt",
    sig="Best wishes,\nOlivia\n\n" + OLIVIA.sig,
    new="""Dear Mr and Mrs Choudhury,

We were delighted to hear that Ayaan will be joining us in September – welcome to Thistlegate!

I'd like to invite you both, with Mrs Pritchard and Mrs Egan, to a transition planning meeting on Wednesday 26 April at 3.45pm here at school. At the meeting we can plan his visits, the orientation sessions and the work on the first-floor hygiene suite, which the Trust has now ordered.

Ayaan will also join the Year 6 transition days with everyone else on Thursday 6 July and Friday 7 July. Before then, we'll arrange some extra quiet visits for him so that the building feels familiar.

I will send you a one-page transition timetable by Friday 21 April so you have it before the meeting.""",
    category="appointment",
    dates=[
        D("Wednesday 26 April", "2028-04-26", "meeting"),
        D("Thursday 6 July", "2028-07-06", "meeting"),
        D("Friday 7 July", "2028-07-07", "meeting"),
        D("Friday 21 April", "2028-04-21", "deadline"),
    ],
    commits=[
        C(
            "school",
            "arrange extra quiet visits",
            None,
            "Before then, we'll arrange some extra quiet visits for him so that the building feels familiar.",
        ),
        C(
            "school",
            "send a transition timetable",
            "2028-04-21",
            "I will send you a one-page transition timetable by Friday 21 April so you have it before the meeting.",
        ),
    ],
)

m068 = M(
    68,
    "re_welcome_to_thistlegate",
    "t23-thistlegate-transition",
    "2028-03-28 07:15:33",
    MUHIT,
    [OLIVIA],
    "Re: Welcome to Thistlegate – Ayaan's transition",
    cc=[SHAHANA, ROISIN, SIAN],
    reply_to=m067,
    quote="gmail",
    new="""Dear Ms Brennan,

Thank you so much for your warm welcome. Ayaan has not stopped smiling since we told him.

My wife and I will both attend the meeting on Wednesday 26th April at 3.45pm, InshaAllah. Our friend Mrs Akhtar may also come if she can get away from her school.""",
    category="appointment",
    dates=[D("Wednesday 26th April", "2028-04-26", "meeting")],
    commits=[
        C(
            "parent",
            "attend the transition planning meeting",
            "2028-04-26",
            "My wife and I will both attend the meeting on Wednesday 26th April at 3.45pm, InshaAllah.",
        ),
    ],
)

m069 = M(
    69,
    "re_welcome_qtvi",
    "t23-thistlegate-transition",
    "2028-03-29 10:20:57",
    ROISIN,
    [OLIVIA],
    "RE: Welcome to Thistlegate – Ayaan's transition",
    cc=[MUHIT, SHAHANA, SIAN],
    reply_to=m067,
    quote="outlook",
    sig="Best wishes,\nRóisín\n\n" + ROISIN.sig,
    new="""Dear all,

Thank you, Olivia – I'll be there on the 26th.

Before the meeting I'd like to do a walk-through of the building on my own, so that I can plan Ayaan's routes and check the contrast on stair edges and door frames. Would Tuesday 25 April after school suit you?

Once term starts after Easter, I will start Ayaan's orientation sessions at Thistlegate, one afternoon a week until the summer holidays, and I will send Mr and Mrs Choudhury a short note after each session.""",
    from_la=True,
    category="appointment",
    dates=[D("the 26th", "2028-04-26", "meeting"), D("Tuesday 25 April", "2028-04-25", "meeting")],
    commits=[
        C(
            "la",
            "attend the transition planning meeting",
            "2028-04-26",
            "Thank you, Olivia – I'll be there on the 26th.",
        ),
        C(
            "la",
            "run weekly orientation sessions and send notes",
            None,
            "Once term starts after Easter, I will start Ayaan's orientation sessions at Thistlegate, one afternoon a week until the summer holidays, and I will send Mr and Mrs Choudhury a short note after each session.",
        ),
    ],
)

MSGS = [
    v for k, v in sorted(globals().items()) if k.startswith("m0") and isinstance(v, M) and v.n >= 36
]
