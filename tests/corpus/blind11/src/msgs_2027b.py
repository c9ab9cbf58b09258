"""blind11 messages 049-065 (April - September 2027): the Tribunal's registration, a club newsletter,
the council's response and its concession, the consent order, the healthcare plan for secondary school,
the amended final plan naming Coldharbour Academy, transition, transport and equipment, and the first
week at secondary school."""

from corpuslib import Att, C, D, M, fake_pdf
from msgs_2026 import EXO, EXO_ATT, FM, IPH, OFFSENS, REF, m011, m015
from msgs_2027a import TA_REF, m047
from people import (
    CLAIRE,
    DAWN,
    EILIDH,
    GRAINNE,
    HARRIET,
    MICHAEL,
    MICHAEL_PHONE_SIG,
    NADIA,
    OSEI,
    SINEAD,
    TRIBUNAL,
    TRIBUNAL_REG,
    WHEELERS,
)  # fmt: skip

APPEAL = "EH848/27/00156"
LEGAL_REF = "ED1186/HL"
HMCTS = [("Content-Language", "en-GB")]

# ------------------------------------------------------------------ t19 registration of the appeal

m049 = M(
    49,
    "tribunal-registration",
    "t19-tribunal-registration",
    "2027-04-06 10:20:14",
    TRIBUNAL_REG,
    [MICHAEL],
    f"{APPEAL} | Isaac Oduya-Grant | Registration of appeal",
    client="tribunal",
    utc=True,
    extra_headers=HMCTS,
    attachments=[
        Att(
            f"Registration letter and directions - {APPEAL.replace('/', '-')}.pdf",
            "application/pdf",
            fake_pdf("Registration and directions"),
        )
    ],
    sig="SEND Tribunal Registrations\nFirst-tier Tribunal (Health, Education and Social Care Chamber)\n"
    "Please do not send original documents. This mailbox is not monitored for general enquiries.",
    new=f"""Dear Mr Oduya-Grant,

Appeal reference: {APPEAL}
Child: Isaac Oduya-Grant (date of birth 23/05/2016)
Responding local authority: Ashbury Downs Borough Council

Your appeal was received on 31 March 2027 and has been registered. It is an appeal against section I of the amended EHC plan dated 26 February 2027. As the appeal concerns only the school named in the plan, no mediation certificate was required.

The Tribunal has made the following directions:

1. The local authority must send its response to the appeal to the Tribunal and to you by 13 May 2027.
2. Both parties must send any further evidence, and the names of any witnesses, by 7 June 2027.
3. The local authority must prepare the working document and send it to you by 21 June 2027.
4. The hearing will take place on Tuesday 13 July 2027 by video. It is listed for one day.

Please quote the appeal reference in all correspondence and at the start of the subject line of any email. If the parties reach agreement, they may ask the Tribunal to make a consent order.

Yours sincerely,""",
    category="mediation_tribunal",
    refs=[APPEAL],
    dates=[
        D("23/05/2016", "2016-05-23", "past"),
        D("31 March 2027", "2027-03-31", "past"),
        D("26 February 2027", "2027-02-26", "past"),
        D("13 May 2027", "2027-05-13", "deadline"),
        D("7 June 2027", "2027-06-07", "deadline"),
        D("21 June 2027", "2027-06-21", "deadline"),
        D("Tuesday 13 July 2027", "2027-07-13", "meeting"),
    ],
)

# ------------------------------------------------------------------ t20 not SEN: wheelchair sports club newsletter

_wheelers_html = """<div style="max-width:600px;margin:0 auto;font-family:Verdana,sans-serif;font-size:14px;color:#222">
<h1 style="color:#e35d00">Downs Wheelers – April news</h1>
<p>Hello Wheelers families!</p>
<p>What a weekend at the regional junior tournament. Our U12s won two of their four games, and a special mention goes to Isaac and Maya, who played their first ever tournament and did not stop smiling all day.</p>
<h2>Summer fixtures</h2>
<ul>
<li>Saturday 15 May – home friendly against Vale Rollers, Ashbury Leisure Centre, 10am</li>
<li>Sunday 6 June – South East junior league, Crawley, all day</li>
<li>Saturday 3 July – end-of-season fun day and barbecue</li>
</ul>
<h2>Kit orders</h2>
<p>New club hoodies are in! Order through the club shop by 30 April and we will bring them to training on 8 May. Sizes run small, so go up one.</p>
<h2>Chair maintenance morning</h2>
<p>Our volunteer mechanic, Des, will be at training on 22 May to check tyres, bearings and straps on club and personal sports chairs. Free, but donations to the chair fund are always welcome.</p>
<p>Thank you to everyone who bag-packed at the supermarket in March: you raised £612 towards a new set of sports chairs.</p>
<p>See you on court,<br>Jo, Sam and the Downs Wheelers committee</p>
<p style="font-size:11px;color:#777">Downs Wheelers Junior Wheelchair Basketball Club. You are receiving this because you are a member family. <a href="https://downswheelers.org.uk/unsubscribe">Unsubscribe</a></p>
</div>"""

m050 = M(
    50,
    "downs-wheelers-april-news",
    "t20-wheelers-newsletter",
    "2027-04-22 18:00:00",
    WHEELERS,
    [MICHAEL],
    "🏀 Summer fixtures, kit orders and a big thank you!",
    client="bulk",
    fmt="html",
    cte="base64",
    html_new=_wheelers_html,
    sig="",
    new="Downs Wheelers April news: summer fixtures, kit orders and a chair maintenance morning.",
    extra_headers=[
        ("List-Unsubscribe", "<https://downswheelers.org.uk/unsubscribe>"),
        ("Precedence", "bulk"),
    ],
    category="not_send",
)

# ------------------------------------------------------------------ t21 the council's response and its concession

m051 = M(
    51,
    "la-response-to-appeal",
    "t21-la-response-settlement",
    "2027-05-13 16:55:37",
    HARRIET,
    [MICHAEL],
    f"{APPEAL} | Isaac Oduya-Grant | Local authority response",
    cc=[EILIDH],
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    fmt="alt",
    extra_headers=EXO_ATT + OFFSENS,
    attachments=[
        Att(
            f"LA response - {APPEAL.replace('/', '-')}.pdf",
            "application/pdf",
            fake_pdf("LA response"),
        )
    ],
    new=f"""Dear Mr Oduya-Grant,

Appeal {APPEAL} – Isaac Oduya-Grant

As you will know from the Tribunal's letter, I act for the local authority in this appeal. I attach the local authority's response, which I sent to the Tribunal today in accordance with the first direction.

In summary, the local authority accepts that Coldharbour Academy could meet Isaac's needs, but maintains that naming it would be incompatible with the efficient use of resources under section 39(4)(b) of the Children and Families Act 2014, because of the additional cost of transport.

The local authority is reviewing the transport costings in the light of the evidence you filed with your appeal, and I will write to you again by Friday 21 May with its position after that review.

Yours sincerely,""",
    from_la=True,
    category="mediation_tribunal",
    refs=[APPEAL, LEGAL_REF],
    dates=[
        D("today", "2027-05-13", "other"),
        D("Friday 21 May", "2027-05-21", "deadline"),
    ],
    commits=[
        C(
            "la",
            "write with the LA's position after reviewing costings",
            "2027-05-21",
            "The local authority is reviewing the transport costings in the light of the evidence you filed with your "
            "appeal, and I will write to you again by Friday 21 May with its position after that review.",
        ),
    ],
)

m052 = M(
    52,
    "proposal-to-settle",
    "t21-la-response-settlement",
    "2027-06-01 15:30:22",
    HARRIET,
    [MICHAEL],
    f"{APPEAL} | Isaac Oduya-Grant | Without prejudice – proposal to settle",
    cc=[EILIDH],
    reply_to=m051,
    quote="outlook",
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    fmt="alt",
    extra_headers=EXO_ATT + OFFSENS,
    attachments=[
        Att(
            f"Draft consent order - {APPEAL.replace('/', '-')}.pdf",
            "application/pdf",
            fake_pdf("Draft consent order"),
        )
    ],
    new=f"""Dear Mr Oduya-Grant,

Appeal {APPEAL} – Isaac Oduya-Grant

I am sorry that this letter is later than the date I gave you on 13 May. The local authority has now completed its review of the transport costings and of the evidence you filed.

The updated costings show that Isaac will need a wheelchair-accessible vehicle whichever school is named, and that the additional cost of the journey to Coldharbour Academy is modest once the cost of adapting Fernside Academy is taken into account. The local authority has therefore decided not to oppose the appeal.

I propose that the parties ask the Tribunal to make a consent order in the terms of the attached draft: section I of Isaac's plan to name Coldharbour Academy, and the local authority to issue the amended plan within five weeks of the date of the order.

If you agree, please sign and return the draft order by Friday 4 June 2027. I will then send it to the Tribunal with a joint request that the hearing on 13 July 2027 be vacated.

Yours sincerely,""",
    from_la=True,
    category="mediation_tribunal",
    refs=[APPEAL, LEGAL_REF],
    dates=[
        D("13 May", "2027-05-13", "past"),
        D("Friday 4 June 2027", "2027-06-04", "deadline"),
        D("13 July 2027", "2027-07-13", "meeting"),
    ],
    commits=[
        C(
            "la",
            "send the signed order to the Tribunal with a request to vacate",
            None,
            "I will then send it to the Tribunal with a joint request that the hearing on 13 July 2027 be vacated.",
        ),
    ],
)

m053 = M(
    53,
    "re-proposal-to-settle",
    "t21-la-response-settlement",
    "2027-06-02 07:15:48",
    MICHAEL,
    [HARRIET],
    f"Re: {APPEAL} | Isaac Oduya-Grant | Without prejudice – proposal to settle",
    reply_to=m052,
    irt=False,
    quote="apple",
    client="iphone",
    extra_headers=IPH,
    sig=MICHAEL_PHONE_SIG,
    attachments=[
        Att("Consent order signed.pdf", "application/pdf", fake_pdf("Signed consent order"))
    ],
    new="""Dear Ms Lomax,

Thank you. We agree to the order as drafted. A signed copy is attached.

Michael Oduya-Grant""",
    category="mediation_tribunal",
    refs=[APPEAL],
)

m054 = M(
    54,
    "re-signed-order-sent",
    "t21-la-response-settlement",
    "2027-06-03 12:40:09",
    HARRIET,
    [MICHAEL],
    f"RE: {APPEAL} | Isaac Oduya-Grant | Without prejudice – proposal to settle",
    cc=[EILIDH],
    reply_to=m053,
    quote="outlook",
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    extra_headers=EXO + OFFSENS,
    new="""Dear Mr Oduya-Grant,

Thank you. I sent the signed order to the Tribunal today, with our joint request that the hearing be vacated.

I will forward the order to you as soon as the Tribunal makes it. Eilidh Forsyth will then issue the amended plan. I have asked her to start preparing it now, so that the full five weeks should not be needed.

Yours sincerely,""",
    from_la=True,
    category="mediation_tribunal",
    refs=[APPEAL, LEGAL_REF],
    dates=[D("today", "2027-06-03", "other")],
    commits=[
        C(
            "la",
            "forward the order",
            None,
            "I will forward the order to you as soon as the Tribunal makes it.",
        ),
        C("la", "issue the amended plan", None, "Eilidh Forsyth will then issue the amended plan."),
    ],
)

# ------------------------------------------------------------------ t22 consent order

_order_plain = f"""Dear Parties,

Appeal reference: {APPEAL}
Child: Isaac Oduya-Grant

A Tribunal Judge has considered the parties' joint request and has made the attached consent order, dated 11 June 2027. Under the order:

1. The appeal is allowed by consent.
2. Section I of the EHC plan is to name Coldharbour Academy.
3. The local authority is to issue the amended EHC plan within five weeks of the date of this order, that is by 16 July 2027.

The hearing listed for 13 July 2027 is vacated, and no party needs to attend.

Please quote the appeal reference in any correspondence.

SEND Tribunal
First-tier Tribunal (Health, Education and Social Care Chamber)"""

m055 = M(
    55,
    "consent-order",
    "t22-consent-order",
    "2027-06-11 14:05:50",
    TRIBUNAL,
    [MICHAEL, HARRIET],
    f"{APPEAL} | Isaac Oduya-Grant | Consent order",
    client="tribunal",
    utc=True,
    fmt="html",
    cte="quoted-printable",
    extra_headers=HMCTS,
    sig="",
    new=_order_plain,
    attachments=[
        Att(
            f"Consent order - {APPEAL.replace('/', '-')}.pdf",
            "application/pdf",
            fake_pdf("Consent order"),
        )
    ],
    category="mediation_tribunal",
    refs=[APPEAL],
    dates=[
        D("11 June 2027", "2027-06-11", "other"),
        D("16 July 2027", "2027-07-16", "deadline"),
        D("13 July 2027", "2027-07-13", "meeting"),
    ],
)

# ------------------------------------------------------------------ t05 continued: the healthcare plan for secondary school

m056 = M(
    56,
    "healthcare-plan-for-coldharbour",
    "t05-healthcare-plan",
    "2027-06-15 13:25:16",
    CLAIRE,
    [MICHAEL, SINEAD],
    "RE: Isaac – healthcare plan for Coldharbour",
    cc=[NADIA],
    reply_to=m011,
    quote="outlook",
    client="outlook",
    utc=True,
    thread_index=True,
    extra_headers=EXO,
    new="""Dear Mr and Mrs Oduya-Grant,

Mrs Karimi tells me that Coldharbour Academy is to be named for Isaac. Congratulations – I know it has been a long road.

Moving to secondary school is a good moment to rewrite the healthcare plan rather than patch it again. I'd like to:

1. meet you and Mr Osei at Coldharbour to go through the plan – I have pencilled in Thursday 1 July at 3.30pm;
2. train the Coldharbour staff who will support Isaac during their training days, on 24 August;
3. train the transport passenger assistant at the same session, if Passenger Transport can tell me who it will be.

Could you let me know whether the 1st works for you both? Could you also send me Dr Ferreira's letter after Isaac's clinic appointment on 22 June, as I understand his rescue medication plan may change?

Kind regards,""",
    category="appointment",
    dates=[
        D("Thursday 1 July", "2027-07-01", "meeting"),
        D("24 August", "2027-08-24", "meeting"),
        D("22 June", "2027-06-22", "meeting"),
    ],
)

m057 = M(
    57,
    "re-healthcare-plan-for-coldharbour",
    "t05-healthcare-plan",
    "2027-06-15 19:48:03",
    SINEAD,
    [CLAIRE],
    "Re: Isaac – healthcare plan for Coldharbour",
    cc=[MICHAEL],
    reply_to=m056,
    quote="gmail",
    client="gmail",
    fmt="alt",
    new="""Hi Claire,

The 1st at 3.30 is fine for me. Michael is away with work that week, so it will just be me.

I'll send Dr Ferreira's letter as soon as it arrives.

Thanks,
Sinead""",
    sig="",
    category="appointment",
    dates=[D("The 1st", "2027-07-01", "meeting")],
    commits=[
        C(
            "parent",
            "send the neurologist's letter",
            None,
            "I'll send Dr Ferreira's letter as soon as it arrives.",
        )
    ],
)

# ------------------------------------------------------------------ t23 amended final plan naming Coldharbour

m058 = M(
    58,
    "amended-final-plan-coldharbour",
    "t23-amended-final-plan",
    "2027-07-09 10:10:42",
    EILIDH,
    [MICHAEL, SINEAD],
    f"Isaac Oduya-Grant – EHCP No. {REF} – amended final EHC plan (Coldharbour Academy)",
    cc=[OSEI, DAWN],
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    fmt="alt",
    extra_headers=EXO_ATT + OFFSENS,
    attachments=[
        Att(
            "Amended final EHCP - Isaac Oduya-Grant - 09.07.27.pdf",
            "application/pdf",
            fake_pdf("Amended final EHC plan"),
        )
    ],
    new="""Dear Mr and Mrs Oduya-Grant,

Following the Tribunal's consent order of 11 June 2027, I attach Isaac's amended final EHC plan, dated 9 July 2027. Section I now names Coldharbour Academy. No other section has changed since the plan issued on 26 February.

I have copied in Mr Osei at Coldharbour Academy and Dawn Pickering in Passenger Transport, who will now finalise Isaac's travel arrangements.

Isaac's next annual review will take place at Coldharbour in the autumn term, and I will attend it.

Thank you for your patience during what has been a long year for your family.

Kind regards,""",
    from_la=True,
    category="final_plan",
    refs=[REF],
    dates=[
        D("11 June 2027", "2027-06-11", "past"),
        D("9 July 2027", "2027-07-09", "other"),
        D("26 February", "2027-02-26", "past"),
    ],
    commits=[
        C(
            "la",
            "finalise travel arrangements",
            None,
            "I have copied in Mr Osei at Coldharbour Academy and Dawn Pickering in Passenger Transport, who will now "
            "finalise Isaac's travel arrangements.",
        ),
        C(
            "la",
            "attend the next annual review",
            None,
            "Isaac's next annual review will take place at Coldharbour in the autumn term, and I will attend it.",
        ),
    ],
)

m059 = M(
    59,
    "re-amended-final-plan-welcome",
    "t23-amended-final-plan",
    "2027-07-10 00:25:31",
    OSEI,
    [MICHAEL, SINEAD],
    f"RE: Isaac Oduya-Grant – EHCP No. {REF} – amended final EHC plan (Coldharbour Academy)",
    cc=[EILIDH, DAWN],
    reply_to=m058,
    quote="outlook",
    client="outlook",
    utc=True,
    thread_index=True,
    extra_headers=EXO,
    new="""Dear Mr and Mrs Oduya-Grant,

That is wonderful news. I have only just caught up with Ms Forsyth's email of 9 July after our Year 6 parents' evening, and I wanted you to have this straight away.

We had pencilled in two transition visits in case the order came through:

• Wednesday 14 July, 9.15 to 11.30: a quiet visit with Mrs Bianchi, before the site gets busy. I will meet you at main reception.
• Tuesday 20 July: our Year 7 induction day, with his new form group.

Gráinne Walsh will come in on Friday 16 July to look at the classrooms, the hygiene suite and the physiotherapy room, and to measure up for his seating. Claire Danquah will train our staff on Isaac's healthcare plan on 24 August, in the training days before term.

Please let me know if the 14th doesn't suit.

Best wishes,""",
    category="appointment",
    refs=[REF],
    dates=[
        D("9 July", "2027-07-09", "past"),
        D("Wednesday 14 July", "2027-07-14", "meeting"),
        D("Tuesday 20 July", "2027-07-20", "meeting"),
        D("Friday 16 July", "2027-07-16", "meeting"),
        D("24 August", "2027-08-24", "meeting"),
    ],
    commits=[
        C("school", "meet the family at reception", None, "I will meet you at main reception."),
        C(
            "health",
            "OT visit to Coldharbour",
            "2027-07-16",
            "Gráinne Walsh will come in on Friday 16 July to look at the classrooms, the hygiene suite and the "
            "physiotherapy room, and to measure up for his seating.",
        ),
        C(
            "health",
            "train Coldharbour staff on the healthcare plan",
            "2027-08-24",
            "Claire Danquah will train our staff on Isaac's healthcare plan on 24 August, in the training days before "
            "term.",
        ),
    ],
)

m060 = M(
    60,
    "re-transition-visits",
    "t23-amended-final-plan",
    "2027-07-10 09:20:05",
    MICHAEL,
    [OSEI],
    f"Re: Isaac Oduya-Grant – EHCP No. {REF} – amended final EHC plan (Coldharbour Academy)",
    cc=[SINEAD],
    reply_to=m059,
    quote="fastmail",
    client="fastmail",
    fmt="alt",
    extra_headers=FM,
    new="""Dear Mr Osei,

Thank you for your email and for the welcome. We will both come with Isaac on the 14th. Sinead will take him to the induction day on the 20th.

Yours sincerely,""",
    category="appointment",
    refs=[REF],
    dates=[
        D("the 14th", "2027-07-14", "meeting"),
        D("the 20th", "2027-07-20", "meeting"),
    ],
    commits=[
        C(
            "parent",
            "attend the transition visit",
            "2027-07-14",
            "We will both come with Isaac on the 14th.",
        ),
        C(
            "parent",
            "take Isaac to the induction day",
            "2027-07-20",
            "Sinead will take him to the induction day on the 20th.",
        ),
    ],
)

# ------------------------------------------------------------------ t18 continued: transport decision

m061 = M(
    61,
    "travel-assistance-decision",
    "t18-transport",
    "2027-07-12 11:45:19",
    DAWN,
    [MICHAEL],
    f"RE: Travel assistance application {TA_REF} – Isaac Oduya-Grant – decision",
    reply_to=m047,
    quote="outlook",
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    extra_headers=EXO_ATT,
    attachments=[
        Att(
            f"Travel assistance decision {TA_REF.replace('/', '-')}.pdf",
            "application/pdf",
            fake_pdf("Travel assistance decision"),
        )
    ],
    new="""Dear Mr Oduya-Grant,

I am pleased to confirm that Isaac is eligible for travel assistance to Coldharbour Academy from the start of the autumn term. The details are:

- Vehicle: a wheelchair-accessible vehicle with a rear tail lift. Isaac will travel seated in his own chair.
- Passenger assistant: yes, trained in epilepsy care and buccal midazolam. Claire Danquah will train the passenger assistant on Tuesday 24 August 2027 at Coldharbour, alongside the school staff.
- Operator: Downsway Community Transport. The driver and passenger assistant will contact you in the week before term to introduce themselves and agree a pick-up time.
- First journey: Thursday 2 September 2027.

The formal decision letter is attached. If you disagree with the decision, you can ask for a review within 20 working days of the date of this letter.

I'm sorry this has taken longer than I said in March. We could not finalise the route until the school was confirmed.

Kind regards,""",
    from_la=True,
    category="general",
    refs=[TA_REF],
    dates=[
        D("Tuesday 24 August 2027", "2027-08-24", "meeting"),
        D("Thursday 2 September 2027", "2027-09-02", "other"),
        D("within 20 working days of the date of this letter", "2027-08-09", "deadline"),
    ],
    commits=[
        C(
            "health",
            "train the passenger assistant",
            "2027-08-24",
            "Claire Danquah will train the passenger assistant on Tuesday 24 August 2027 at Coldharbour, alongside the "
            "school staff.",
        ),
        C(
            "other",
            "operator to contact the family",
            None,
            "The driver and passenger assistant will contact you in the week before term to introduce themselves and "
            "agree a pick-up time.",
        ),
    ],
)

m062 = M(
    62,
    "re-travel-assistance-decision",
    "t18-transport",
    "2027-07-12 18:02:44",
    MICHAEL,
    [DAWN],
    f"Re: Travel assistance application {TA_REF} – Isaac Oduya-Grant – decision",
    reply_to=m061,
    quote="apple",
    client="iphone",
    extra_headers=IPH,
    sig=MICHAEL_PHONE_SIG,
    new="Thank you, that is excellent news. Isaac is very taken with the idea of a tail lift.\n\nM",
    category="general",
    refs=[TA_REF],
)

# ------------------------------------------------------------------ t02 continued: equipment for secondary school

m063 = M(
    63,
    "re-seating-coldharbour",
    "t02-ot-equipment",
    "2027-07-19 09:40:33",
    GRAINNE,
    [MICHAEL],
    "RE: Isaac – seating and changing bench",
    cc=[OSEI],
    reply_to=m015,
    quote="outlook",
    client="outlook",
    utc=True,
    thread_index=True,
    extra_headers=EXO,
    new="""Hello Mr Oduya-Grant,

I'm replying on this old thread so that the equipment history stays in one place.

Following my visit to Coldharbour on Friday, I have ordered a second specialist chair and a height-adjustable desk for Isaac's tutor room. The hygiene suite already has a ceiling hoist and a changing bench, both of which suit him.

The new chair will not arrive before term starts. To bridge the gap, I have arranged for his Larkhill chair to be moved to Coldharbour on Friday 23 July, after Larkhill closes for the summer. I will check it in its new place during the first week of term.

I'll write again once I have a delivery date for the new chair.

Gráinne""",
    category="general",
    dates=[
        D("on Friday", "2027-07-16", "past"),
        D("Friday 23 July", "2027-07-23", "other"),
    ],
    commits=[
        C(
            "health",
            "check the chair at Coldharbour",
            None,
            "I will check it in its new place during the first week of term.",
        ),
        C(
            "health",
            "write with the delivery date",
            None,
            "I'll write again once I have a delivery date for the new chair.",
        ),
    ],
)

# ------------------------------------------------------------------ t23 continued: first week, next review

m064 = M(
    64,
    "first-week-at-coldharbour",
    "t23-amended-final-plan",
    "2027-09-03 20:15:27",
    MICHAEL,
    [EILIDH],
    f"Re: Isaac Oduya-Grant – EHCP No. {REF} – amended final EHC plan (Coldharbour Academy)",
    cc=[OSEI, SINEAD],
    reply_to=m058,
    quote="fastmail",
    client="fastmail",
    fmt="alt",
    extra_headers=FM,
    new="""Dear Ms Forsyth,

I thought you would like to know that Isaac started at Coldharbour on Thursday. The vehicle arrived on time both mornings, the passenger assistant had been trained by Ms Danquah, and Isaac came home on the first day talking about his form tutor and the lift.

One question. Isaac's last annual review was held on 13 October 2026, so his next review must take place by 12 October 2027. Could you tell us when it will be held, and whether you will attend?

With thanks for your help since March,""",
    category="information_request",
    refs=[REF],
    dates=[
        D("on Thursday", "2027-09-02", "past"),
        D("13 October 2026", "2026-10-13", "past"),
        D("12 October 2027", "2027-10-12", "deadline"),
    ],
)

m065 = M(
    65,
    "re-first-week-review-date",
    "t23-amended-final-plan",
    "2027-09-06 10:30:58",
    EILIDH,
    [MICHAEL],
    f"RE: Isaac Oduya-Grant – EHCP No. {REF} – amended final EHC plan (Coldharbour Academy)",
    cc=[OSEI, SINEAD],
    reply_to=m064,
    quote="outlook",
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    extra_headers=EXO + OFFSENS,
    new="""Dear Mr Oduya-Grant,

Thank you – that is lovely to hear, and I have passed it on to Dawn.

Mr Osei and I have agreed to hold Isaac's annual review at Coldharbour on Tuesday 5 October 2027 at 2pm, which gives him a few weeks to settle. School will send you the invitation and ask for reports by Tuesday 21 September. I will be there in person.

Kind regards,""",
    from_la=True,
    category="annual_review",
    refs=[REF],
    dates=[
        D("Tuesday 5 October 2027", "2027-10-05", "meeting"),
        D("Tuesday 21 September", "2027-09-21", "deadline"),
    ],
    commits=[
        C(
            "school",
            "send the review invitation and request reports",
            "2027-09-21",
            "School will send you the invitation and ask for reports by Tuesday 21 September.",
        ),
        C("la", "attend the review in person", None, "I will be there in person."),
    ],
)

MSGS = [
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
]
