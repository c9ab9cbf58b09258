"""Messages from mid-September 2027 to February 2028: the EP visit, the draft plan with another
child's name in it, the representations, the meeting with the officer, the final plan without the
teacher of the deaf, SENDIASS, mediation, the mediation agreement and the amended final plan."""

from corpuslib import Att, C, D, M, fake_pdf
from people import (
    BERNADETTE,
    CRAIG,
    FIONA,
    GRAHAM,
    HARCASTLE,
    LEANNE,
    NIC_SHORT,
    NICOLA,
    OWEN,
    PORTAL,
    PRIYANKA,
    TALLIS,
    UPSTARS,
)  # fmt: skip

PDF = "application/pdf"
REF = "PB/EHC/27/00562"
TMS = "TMS-27-1184"

# ------------------------------------------------------------------ t11 EP visit and the radio aid

m_fiona_ep_visit = M(
    slug="ep_visit_and_radio_aid",
    thread="t11-ep-visit-radio-aid",
    date="2027-09-14 15:10:26",
    frm=FIONA,
    to=[CRAIG],
    cc=[NICOLA],
    subject="Dr Lomax's visit today + radio aid",
    fold_ids=True,
    new="""\
Hi Craig,

Just a quick one to say Dr Lomax's visit went well today. He watched Ellie in phonics and in maths, spent some time with her and Mrs Begum, and talked to me for about an hour. He was sorry to miss you, and he says he will phone you before he writes his report.

One thing came up that I wanted you to know about straight away. The radio aid transmitter isn't pairing with Ellie's hearing aids - I think it needs re-programming by audiology since the new moulds went in. Dr Lomax saw for himself how much she misses without it.

I will ring Sensory Support tomorrow to ask if Mrs Abernethy can come in and look at it. In the meantime Mrs Begum is sitting her right at the front, next to the teacher.

Fiona""",
    category="general",
    dates=[
        D("today", "2027-09-14", "meeting"),
        D("tomorrow", "2027-09-15", "deadline"),
    ],
    commits=[
        C(
            "la",
            "EP to phone before writing the report",
            None,
            "He was sorry to miss you, and he says he will phone you before he writes his report.",
        ),
        C(
            "school",
            "ring Sensory Support about the radio aid",
            "2027-09-15",
            "I will ring Sensory Support tomorrow to ask if Mrs Abernethy can come in and look at it.",
        ),
    ],
)

m_craig_radio_aid = M(
    slug="re_radio_aid_friday",
    thread="t11-ep-visit-radio-aid",
    date="2027-09-15 00:20:09",
    utc=True,
    frm=CRAIG,
    to=[FIONA],
    cc=[NICOLA],
    subject="Re: Dr Lomax's visit today + radio aid",
    reply_to=m_fiona_ep_visit,
    quote="samsung",
    cte="base64",
    new="""\
thanks fiona glad tuesday 14th went ok, sorry i couldnt be there, i was asleep after a double shift. i will take the radio aid transmitter to the hearing clinic friday morning on my way home from work, theyve got a drop in from 8. tell mrs begum thanks for putting her at the front

craig""",
    category="general",
    dates=[
        D("tuesday 14th", "2027-09-14", "past"),
        D("friday morning", "2027-09-17", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "take the radio aid transmitter to the hearing clinic",
            "2027-09-17",
            "i will take the radio aid transmitter to the hearing clinic friday morning on my way home from work, theyve got a drop in from 8.",
        )
    ],
)

# ------------------------------------------------------------------ t12 not_send: shift rota

m_rota = M(
    slug="shift_pattern_october",
    thread="t12-rota",
    date="2027-09-24 17:02:33",
    frm=HARCASTLE,
    to=[CRAIG],
    subject="Your shift pattern from Mon 4 Oct",
    new="""\
Hi Craig,

Your shift pattern for the four weeks from Monday 4 October is below. Nights are 22:00-06:00 unless shown.

Week 1 (w/c 4 Oct): Sun, Mon, Tue, Wed nights
Week 2 (w/c 11 Oct): Sun, Mon, Tue, Wed nights
Week 3 (w/c 18 Oct): Sun, Mon, Tue nights + Fri 22 Oct overtime (if you still want it)
Week 4 (w/c 25 Oct): Sun, Mon, Tue, Wed nights

Holiday requests for December must be in by Friday 15 October. Peak starts Monday 15 November and no holiday can be taken from then until 2 January.

Please reply to confirm the overtime on 22 Oct by Wednesday 29 September, otherwise it goes to the next person on the list.

Thanks
Kerry
Shift Planning, Harcastle Distribution - Pellingford DC
Payroll no. 55081""",
    sig="",
    cte="7bit",
    charset="us-ascii",
    category="not_send",
)

# ------------------------------------------------------------------ t13 portal

m_portal = M(
    slug="portal_document_added",
    thread="t13-portal",
    date="2027-10-11 08:15:02",
    frm=PORTAL,
    to=[CRAIG],
    subject="A document has been added to Ellie Mellor's EHC record",
    msgid=None,
    fmt="html",
    cte="7bit",
    charset="us-ascii",
    new="""\
Pellingford EHC Portal

Hello Craig Mellor,

A new document has been added to the EHC record for Ellie Mellor (PB/EHC/27/00562).

Document: Educational Psychology Advice - Dr G Lomax
Added: 11/10/2027 07:58
Added by: SEND Assessment and Planning Team

Log in to the portal to view or download it: https://ehcportal.pellingford.gov.uk/

This is an automated message. Replies to this address are not read.""",
    sig="",
    from_la=True,
    category="general",
    refs=[REF],
    dates=[D("11/10/2027", "2027-10-11", "other")],
)

# ------------------------------------------------------------------ t14 draft plan

m_draft = M(
    slug="draft_ehc_plan",
    thread="t14-draft-plan",
    date="2027-10-15 14:30:48",
    frm=OWEN,
    to=[CRAIG],
    subject="OFFICIAL-SENSITIVE: Draft EHC plan – Ellie Mellor – PB/EHC/27/00562",
    fold_ids=True,
    fmt="alt",
    charset="windows-1252",
    new="""\
Dear Mr Mellor,

Please find attached Ellie’s draft EHC plan, together with the advice and information gathered during the assessment (Appendix K). As the draft contains Ellie’s health information, I have sent it to you only; please forward it to Ms Brannigan if you would like her to help with your response.

Sections I (placement) and J (personal budget) are left blank at this stage, as the law requires. Please tell me which school you would like named in section I. I assume it will be Thistlewood, but you may ask for any school, and I will then consult it.

You have 15 days to make comments or ask for changes. Please send them, with your school preference, by Friday 29 October 2027. You can also ask to meet me to discuss the draft before you respond. If we do not hear from you by 29 October, the plan will be finalised as drafted.

I’m pleased to have been able to send this on the date I gave you.

Kind regards""",
    attachments=[
        Att("DRAFT EHCP - Ellie Mellor - 15.10.2027.pdf", PDF, fake_pdf("Draft EHCP")),
        Att("Appendix K - advice and information.pdf", PDF, fake_pdf("Appendix K")),
    ],
    from_la=True,
    category="draft_plan",
    refs=[REF],
    dates=[D("Friday 29 October 2027", "2027-10-29", "deadline")],
    commits=[
        C(
            "la",
            "consult the school named",
            None,
            "I assume it will be Thistlewood, but you may ask for any school, and I will then consult it.",
        ),
        C(
            "la",
            "finalise the plan as drafted",
            None,
            "If we do not hear from you by 29 October, the plan will be finalised as drafted.",
        ),
    ],
)

m_craig_jayden = M(
    slug="re_draft_who_is_jayden",
    thread="t14-draft-plan",
    date="2027-10-16 07:22:10",
    frm=CRAIG,
    to=[OWEN],
    subject="Re: OFFICIAL-SENSITIVE: Draft EHC plan – Ellie Mellor – PB/EHC/27/00562",
    reply_to=m_draft,
    quote="samsung",
    cte="base64",
    new="""\
owen i just read it on my break. section e says jayden will use his PECS book to make choices at lunch. who is jayden?? ellie doesnt use pecs she signs. is this even ellies plan or have you sent us someone elses. and if you sent us his has his dad got ellies

craig""",
    category="draft_plan",
    refs=[REF],
)

m_owen_corrected = M(
    slug="re_draft_corrected",
    thread="t14-draft-plan",
    date="2027-10-18 09:47:12",
    frm=OWEN,
    to=[CRAIG],
    subject="RE: OFFICIAL-SENSITIVE: Draft EHC plan – Ellie Mellor – PB/EHC/27/00562",
    reply_to=m_craig_jayden,
    quote="outlook",
    fold_ids=True,
    thread_index=True,
    charset="windows-1252",
    new="""\
Dear Mr Mellor,

Thank you for telling me, and I am very sorry. One outcome in section E had been copied across from another plan I was working on, and I did not spot it before sending. The rest of the draft is Ellie’s own, and no other family has been sent any of Ellie’s information. I have reported the error to the council’s Information Governance team, as I am required to, and they will write to you separately.

A corrected draft is attached. The section E outcome now reads as it should, and refers to Ellie’s Makaton signing.

So that you have the full time to comment on the right document, the 15 days now run from today. Please send your comments and school preference by Monday 1 November 2027.

Again, my apologies.""",
    attachments=[
        Att(
            "DRAFT EHCP - Ellie Mellor - 18.10.2027 (corrected).pdf",
            PDF,
            fake_pdf("Corrected draft"),
        )
    ],
    from_la=True,
    category="draft_plan",
    refs=[REF],
    dates=[
        D("today", "2027-10-18", "other"),
        D("Monday 1 November 2027", "2027-11-01", "deadline"),
    ],
    commits=[
        C(
            "la",
            "Information Governance to write",
            None,
            "I have reported the error to the council’s Information Governance team, as I am required to, and they will write to you separately.",
        )
    ],
)

# ------------------------------------------------------------------ t15 forward to Nicola

m_craig_fwd_nicola = M(
    slug="fwd_corrected_draft_to_nicola",
    thread="t15-draft-to-nicola",
    date="2027-10-18 13:55:37",
    frm=CRAIG,
    to=[NICOLA],
    subject="Fwd: RE: OFFICIAL-SENSITIVE: Draft EHC plan – Ellie Mellor – PB/EHC/27/00562",
    reply_to=m_owen_corrected,
    irt=False,
    quote="samsung_fwd",
    cte="base64",
    new="""\
nic heres the proper one. they had some other kid in it!! can you do the comments like we said. the main thing is the deaf teacher, section f just says sensory support monitoring, mrs abernethy told me herself ellie needs her every week. i can do a meeting with owen any afternoon except thursdays""",
    attachments=[
        Att(
            "DRAFT EHCP - Ellie Mellor - 18.10.2027 (corrected).pdf",
            PDF,
            fake_pdf("Corrected draft"),
        )
    ],
    category="general",
    refs=[REF],
)

m_nicola_plan = M(
    slug="re_fwd_draft_plan_of_action",
    thread="t15-draft-to-nicola",
    date="2027-10-18 19:40:03",
    frm=NICOLA,
    to=[CRAIG],
    subject="Re: RE: OFFICIAL-SENSITIVE: Draft EHC plan – Ellie Mellor – PB/EHC/27/00562",
    reply_to=m_craig_fwd_nicola,
    quote="apple",
    sig=NIC_SHORT,
    new="""\
Hi Craig,

Got it. What a mess, but at least it got caught (well, you caught it).

I'll write the comments this week and bring them round on Saturday for you to check. Then I'll send them to Owen on Sunday, so they're in well before Monday 1 November.

On section F: Mrs Abernethy's own advice in Appendix K says Ellie "would benefit from regular direct teaching from a Qualified Teacher of the Deaf". The draft only has "monitoring visits by the Sensory Support Service as required". Sanjay said the same thing in his report, so we have two professionals saying it. That's our strongest point.

I'll also ask Owen for a meeting. Monday or Tuesday afternoons, yes?""",
    category="general",
    refs=[REF],
    dates=[
        D("on Saturday", "2027-10-23", "deadline"),
        D("on Sunday", "2027-10-24", "deadline"),
        D("Monday 1 November", "2027-11-01", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "write the comments and bring them round",
            "2027-10-23",
            "I'll write the comments this week and bring them round on Saturday for you to check.",
        ),
        C(
            "parent",
            "send the comments to Owen",
            "2027-10-24",
            "Then I'll send them to Owen on Sunday, so they're in well before Monday 1 November.",
        ),
        C("parent", "ask Owen for a meeting", None, "I'll also ask Owen for a meeting."),
    ],
)

# ------------------------------------------------------------------ t16 representations and the meeting

m_reps = M(
    slug="representations_on_draft",
    thread="t16-representations",
    date="2027-10-24 21:05:44",
    frm=NICOLA,
    to=[OWEN],
    cc=[CRAIG],
    subject="Ellie Mellor PB/EHC/27/00562 - comments on the draft EHC plan",
    new="""\
Dear Mr Threlfall,

I attach Craig's comments on Ellie's corrected draft EHC plan dated 18 October 2027, which I have written with him, and his signed authority for me to act for him. The main points are these.

1. Section I: Craig asks for Thistlewood Primary School to be named. Ellie is settled there and the school wants to keep her.

2. Section B describes Ellie's hearing loss as "mild". Mr Mistry's report of 25 May 2027 records a moderate bilateral loss with a conductive element on top. Please correct this, and add that Ellie uses a radio aid which needs checking every day.

3. Section F (hearing) says only "monitoring visits by the Sensory Support Service as required". That is neither specific nor quantified. Both Mrs Abernethy (Sensory Support advice, Appendix K) and Mr Mistry recommend regular direct input from a Qualified Teacher of the Deaf. Craig asks for:
   (a) direct teaching in school from a Qualified Teacher of the Deaf for at least 45 minutes each week, to pre-teach vocabulary and work on listening skills;
   (b) an advisory visit from the Qualified Teacher of the Deaf every half term, including checks of Ellie's hearing aids and radio aid;
   (c) training for Ellie's teaching assistant and class teacher by the Sensory Support Service, completed within half a term of the final plan; and
   (d) an acoustic assessment of Ellie's classroom.

4. Section F (speech and language): please add the weekly therapy and the Makaton training for staff that Ms Grainger recommends, with the number of sessions and who will deliver them.

5. Section E: please check that every outcome is Ellie's own.

Craig would like to meet you to discuss the draft before it is finalised. He is free on Monday and Tuesday afternoons after 2pm, and I would like to come too.

Yours sincerely,""",
    attachments=[
        Att(
            "Representations on draft EHC plan - Ellie Mellor.pdf", PDF, fake_pdf("Representations")
        ),
        Att("Authority from Craig Mellor.pdf", PDF, fake_pdf("Authority")),
    ],
    category="draft_plan",
    refs=[REF],
    dates=[
        D("18 October 2027", "2027-10-18", "past"),
        D("25 May 2027", "2027-05-25", "past"),
    ],
)

m_owen_offer = M(
    slug="re_comments_meeting_offer",
    thread="t16-representations",
    date="2027-10-26 08:30:19",
    frm=OWEN,
    to=[NICOLA],
    cc=[CRAIG],
    subject="RE: Ellie Mellor PB/EHC/27/00562 - comments on the draft EHC plan",
    reply_to=m_reps,
    quote="outlook",
    fold_ids=True,
    thread_index=True,
    charset="windows-1252",
    new="""\
Dear Ms Brannigan,

Thank you for the comments, which arrived in good time. I will read them carefully before we meet.

I can offer Monday 8 November at 3pm or Tuesday 9 November at 2.30pm, at the Civic Centre or on Teams. Please let me know which suits Mr Mellor.

I will ask Mrs Abernethy from Sensory Support whether she can join us for part of the meeting.

Kind regards""",
    from_la=True,
    category="appointment",
    refs=[REF],
    dates=[
        D("Monday 8 November", "2027-11-08", "meeting"),
        D("Tuesday 9 November", "2027-11-09", "meeting"),
    ],
    commits=[
        C(
            "la",
            "read the comments before the meeting",
            None,
            "I will read them carefully before we meet.",
        ),
        C(
            "la",
            "ask Mrs Abernethy to join",
            None,
            "I will ask Mrs Abernethy from Sensory Support whether she can join us for part of the meeting.",
        ),
    ],
)

m_craig_monday = M(
    slug="re_comments_monday_8th",
    thread="t16-representations",
    date="2027-10-26 15:02:58",
    frm=CRAIG,
    to=[OWEN],
    cc=[NICOLA],
    subject="Re: RE: Ellie Mellor PB/EHC/27/00562 - comments on the draft EHC plan",
    reply_to=m_owen_offer,
    irt=False,
    quote="samsung",
    cte="base64",
    new="""\
monday 8th at 3 at the civic centre please. nicola will come with me. thanks owen

craig""",
    category="appointment",
    refs=[REF],
    dates=[D("monday 8th at 3", "2027-11-08", "meeting")],
    commits=[C("parent", "Nicola to attend the meeting", None, "nicola will come with me.")],
)

m_owen_confirm = M(
    slug="re_comments_meeting_confirmed",
    thread="t16-representations",
    date="2027-11-05 16:45:30",
    frm=OWEN,
    to=[CRAIG],
    cc=[NICOLA],
    subject="RE: Ellie Mellor PB/EHC/27/00562 - comments on the draft EHC plan",
    reply_to=m_craig_monday,
    quote="outlook",
    fold_ids=True,
    thread_index=True,
    charset="windows-1252",
    new="""\
Dear Mr Mellor,

Just to confirm our meeting on Monday at 3pm in Room 2.14 at the Civic Centre; please ask for me at reception. Mrs Abernethy will join us on Teams for the first half hour, as she is in a school that afternoon.

Kind regards""",
    from_la=True,
    category="appointment",
    refs=[REF],
    dates=[D("Monday at 3pm", "2027-11-08", "meeting")],
    commits=[
        C(
            "la",
            "Mrs Abernethy to join on Teams",
            None,
            "Mrs Abernethy will join us on Teams for the first half hour, as she is in a school that afternoon.",
        )
    ],
)

# ------------------------------------------------------------------ t17 meeting notes

m_craig_notes = M(
    slug="notes_from_meeting",
    thread="t17-meeting-notes",
    date="2027-11-09 03:12:44",
    frm=CRAIG,
    to=[OWEN],
    cc=[NICOLA],
    subject="notes from yesterdays meeting - ellie mellor",
    cte="base64",
    new="""\
hi owen, here are my notes from yesterday like nicola said i should do. tell me if i got anything wrong.

1. you agreed section b will say moderate hearing loss in both ears not mild. you said you will change it.
2. you said you will put the speech and language in section f properly with the weekly sessions and the make a ton training for staff.
3. about the teacher of the deft, mrs abernethy said on teams that sensory support dont do weekly teaching in mainstream schools any more, only visits every half term, because they havent got the staff. you said you would ask her manager if they could do direct sessions for ellie and let me know by friday 12th.
4. you said the final plan will be done by the 26th november.
5. i said i would send you the new audiology letter from september when i find it.

sorry for any mistakes im doing this on my break at work with the voice thing

craig""",
    category="general",
    dates=[
        D("yesterday", "2027-11-08", "past"),
        D("friday 12th", "2027-11-12", "deadline"),
        D("the 26th november", "2027-11-26", "deadline"),
    ],
    commits=[
        C("la", "change section B", None, "you said you will change it."),
        C(
            "la",
            "put SALT and Makaton training in section F",
            None,
            "you said you will put the speech and language in section f properly with the weekly sessions and the make a ton training for staff.",
        ),
        C(
            "la",
            "ask Sensory Support's manager about direct sessions",
            "2027-11-12",
            "you said you would ask her manager if they could do direct sessions for ellie and let me know by friday 12th.",
        ),
        C(
            "la",
            "issue the final plan",
            "2027-11-26",
            "you said the final plan will be done by the 26th november.",
        ),
        C(
            "parent",
            "send the new audiology letter",
            None,
            "i said i would send you the new audiology letter from september when i find it.",
        ),
    ],
)

m_read_receipt = M(
    slug="read_receipt_notes",
    thread="t17-meeting-notes",
    date="2027-11-09 07:58:31",
    frm=OWEN,
    to=[CRAIG],
    subject="Read: notes from yesterdays meeting - ellie mellor",
    fmt="mdn",
    mdn_of=m_craig_notes,
    fold_ids=True,
    new="""\
Your message

  To: Owen Threlfall
  Cc: Nicola Brannigan
  Subject: notes from yesterdays meeting - ellie mellor
  Sent: 09 November 2027 03:12:44 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on 09 November 2027 07:58:31 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.""",
    sig="",
    cte="7bit",
    charset="us-ascii",
    from_la=True,
    category="general",
    dates=[D("09 November 2027", "2027-11-09", "other")],
)

m_owen_corrections = M(
    slug="re_notes_corrections",
    thread="t17-meeting-notes",
    date="2027-11-12 16:55:05",
    frm=OWEN,
    to=[CRAIG],
    cc=[NICOLA],
    subject="RE: notes from yesterdays meeting - ellie mellor",
    reply_to=m_craig_notes,
    quote="outlook",
    fold_ids=True,
    thread_index=True,
    charset="windows-1252",
    fmt="alt",
    new="""\
Dear Mr Mellor,

Thank you for the notes. Points 1, 2 and 5 are right, and the changes to section B and to the speech and language part of section F have been made. Two corrections:

Point 3: I said I would ask the Head of Sensory Support, Mr Kettering, about direct sessions, and I have done that today. His answer is that the service now gives direct teaching only to children in the two hearing resource bases, and advisory visits to children in mainstream schools. He does not think weekly direct teaching is needed for Ellie if school staff are trained and the half-termly visits are in place. The final plan will therefore include half-termly advisory visits and staff training, but not weekly direct teaching. I know that is not what you asked for.

Point 4: I said I would aim to issue the final plan by 26 November. I didn’t promise it, although I still hope to.

Kind regards""",
    from_la=True,
    category="general",
    dates=[
        D("today", "2027-11-12", "other"),
        D("26 November", "2027-11-26", "deadline"),
    ],
)

# ------------------------------------------------------------------ t18 final plan

m_final = M(
    slug="final_ehc_plan",
    thread="t18-final-plan",
    date="2027-11-25 15:15:40",
    frm=OWEN,
    to=[CRAIG],
    cc=[NICOLA],
    subject="Final EHC plan – Ellie Mellor – PB/EHC/27/00562",
    fold_ids=True,
    fmt="html",
    charset="windows-1252",
    new="""\
Dear Mr Mellor,

I am writing to let you know that Ellie’s EHC plan has now been finalised. The final plan is attached and is dated 25 November 2027. Section I names Thistlewood Primary School, which has confirmed that it can meet Ellie’s needs.

After your comments we have made these changes: section B now describes a moderate bilateral hearing loss; section F now sets out weekly speech and language therapy from the NHS and Makaton training for staff; and the section E outcomes have been checked. We have not included weekly direct teaching from a Qualified Teacher of the Deaf. Section F provides for an advisory visit from the Sensory Support Service each half term, and training for school staff.

Your right to appeal

If you disagree with sections B, F or I of the plan, you can appeal to the First-tier Tribunal (Special Educational Needs and Disability). Before appealing about sections B or F you must contact a mediation adviser and get a certificate. The mediation adviser for Pellingford is Tallis Mediation Services (01632 960950, enquiries@tallismediation.co.uk). You must do this within two months of the date of this letter, that is by 25 January 2028, or within one month of the date of the certificate if that is later.

Free, impartial advice is available from Pellingford SENDIASS on 0808 196 0615.

A paper copy of the plan will be posted to you tomorrow.

Yours sincerely""",
    attachments=[Att("FINAL EHCP - Ellie Mellor - 25.11.2027.pdf", PDF, fake_pdf("Final EHCP"))],
    from_la=True,
    category="final_plan",
    refs=[REF],
    dates=[
        D("25 November 2027", "2027-11-25", "other"),
        D("25 January 2028", "2028-01-25", "deadline"),
        D("tomorrow", "2027-11-26", "deadline"),
    ],
    commits=[
        C(
            "la",
            "post a paper copy",
            "2027-11-26",
            "A paper copy of the plan will be posted to you tomorrow.",
        )
    ],
)

m_craig_meditation = M(
    slug="re_final_plan_still_missing",
    thread="t18-final-plan",
    date="2027-11-25 23:41:17",
    frm=CRAIG,
    to=[OWEN],
    cc=[NICOLA],
    subject="Re: Final EHC plan – Ellie Mellor – PB/EHC/27/00562",
    reply_to=m_final,
    quote="samsung",
    cte="base64",
    new="""\
its still not in there. the teacher of the deaf every week. we told you at the meeting, mrs abernethy wrote it in her own report and mr mistry said it too. we are going to meditation

craig""",
    category="mediation_tribunal",
    refs=[REF],
    commits=[C("parent", "go to mediation", None, "we are going to meditation")],
)

# ------------------------------------------------------------------ t19 SENDIASS

m_craig_fwd_sendiass = M(
    slug="fwd_final_plan_to_sendiass",
    thread="t19-sendiass",
    date="2027-11-26 14:20:51",
    frm=CRAIG,
    to=[BERNADETTE],
    subject="Fwd: Final EHC plan – Ellie Mellor – PB/EHC/27/00562",
    reply_to=m_final,
    irt=False,
    quote="samsung_fwd",
    cte="base64",
    new="""\
hi bernadette, mrs ledger at ellies school gave me your name. this is ellies final plan. they have left out the teacher of the deaf even though 2 people said she needs one. we want to do mediation. my sister nicola does all the letters for me, can you speak to her as well. im on nights so after 2pm is best for calls

craig mellor 07700 900356""",
    attachments=[Att("FINAL EHCP - Ellie Mellor - 25.11.2027.pdf", PDF, fake_pdf("Final EHCP"))],
    category="general",
    refs=[REF],
)

m_bernadette = M(
    slug="re_sendiass_advice",
    thread="t19-sendiass",
    date="2027-11-29 11:00:37",
    frm=BERNADETTE,
    to=[CRAIG],
    cc=[NICOLA],
    subject="Re: Fwd: Final EHC plan – Ellie Mellor – PB/EHC/27/00562",
    reply_to=m_craig_fwd_sendiass,
    quote="none",
    charset="iso-8859-1",
    new="""\
Dear Craig (and Nicola),

Thank you for sending the plan. I've read it, and the advice in Appendix K. You are right that section F does not follow the Sensory Support advice: Mrs Abernethy recommends "regular direct teaching", and the plan gives half-termly visits instead. That is a good issue to take to mediation, and the tribunal would be the next step if mediation doesn't settle it.

What I suggest:
1. Contact Tallis Mediation Services well before 25 January 2028 and say you want mediation about section F (and section B if anything there still worries you). Nicola can do this by email for you, with your written authority.
2. Ask the council to send someone to mediation who can actually agree to change the plan.
3. Gather the two reports that recommend direct teaching, and anything from school showing what Ellie misses without it.

I'll ring you on Wednesday at 3pm to go through it, as you said afternoons are best. I will also email you both our mediation preparation sheet today.

Mediation is free to you; the council pays for it (around £600 a session), so it is taken seriously.

Best wishes,""",
    category="general",
    refs=[REF],
    dates=[
        D("25 January 2028", "2028-01-25", "deadline"),
        D("Wednesday at 3pm", "2027-12-01", "meeting"),
        D("today", "2027-11-29", "deadline"),
    ],
    commits=[
        C(
            "other",
            "ring Craig",
            "2027-12-01",
            "I'll ring you on Wednesday at 3pm to go through it, as you said afternoons are best.",
        ),
        C(
            "other",
            "email the mediation preparation sheet",
            "2027-11-29",
            "I will also email you both our mediation preparation sheet today.",
        ),
    ],
)

m_craig_wednesday = M(
    slug="re_sendiass_wednesday_call",
    thread="t19-sendiass",
    date="2027-11-29 15:05:22",
    frm=CRAIG,
    to=[BERNADETTE],
    cc=[NICOLA],
    subject="Re: Fwd: Final EHC plan – Ellie Mellor – PB/EHC/27/00562",
    reply_to=m_bernadette,
    quote="samsung",
    cte="base64",
    new="""\
wednesday 3pm is good. please ring dont text, i dont always see texts. nicola cant do wednesday, shes at work""",
    category="appointment",
    refs=[REF],
    dates=[D("wednesday 3pm", "2027-12-01", "meeting")],
)

# ------------------------------------------------------------------ t20 mediation

m_med_request = M(
    slug="mediation_request",
    thread="t20-mediation",
    date="2027-12-07 20:10:14",
    frm=NICOLA,
    to=[TALLIS],
    cc=[CRAIG],
    subject="Mediation request - Ellie Mellor - Pellingford Borough Council (PB/EHC/27/00562)",
    new="""\
Dear Sir or Madam,

I am writing on behalf of my brother, Craig Mellor, about his daughter Ellie Mellor (DOB 14/03/2019). Craig's signed authority is attached, and he is copied in.

Pellingford Borough Council issued Ellie's final EHC plan on 25 November 2027 (case reference PB/EHC/27/00562). Craig disagrees with section F, which does not include direct teaching from a Qualified Teacher of the Deaf, although the council's own Sensory Support advice recommends it.

Craig would like mediation with the council about section F. He does not need any health body to take part.

Craig works nights, so an afternoon on a Monday, Tuesday or Friday would suit him best. I will attend with him, and Bernadette Quayle of Pellingford SENDIASS may come too if she is free.

Kind regards,""",
    attachments=[Att("Authority from Craig Mellor.pdf", PDF, fake_pdf("Authority"))],
    cte="7bit",
    charset="us-ascii",
    category="mediation_tribunal",
    refs=[REF],
    dates=[
        D("14/03/2019", "2019-03-14", "past"),
        D("25 November 2027", "2027-11-25", "past"),
    ],
    commits=[
        C(
            "parent",
            "attend mediation with Craig",
            None,
            "I will attend with him, and Bernadette Quayle of Pellingford SENDIASS may come too if she is free.",
        )
    ],
)

m_med_logged = M(
    slug="re_mediation_request_logged",
    thread="t20-mediation",
    date="2027-12-08 10:30:51",
    frm=LEANNE,
    to=[NICOLA],
    cc=[CRAIG],
    subject="RE: Mediation request - Ellie Mellor - Pellingford Borough Council (PB/EHC/27/00562) [TMS-27-1184]",
    reply_to=m_med_request,
    quote="outlook",
    charset="iso-8859-1",
    new="""\
Dear Ms Brannigan,

Thank you for your email, which I have logged as a request for mediation under section 53 of the Children and Families Act 2014. Our case reference is TMS-27-1184.

I will tell Pellingford Borough Council today that Mr Mellor wants mediation about section F. The council must then arrange for the mediation to take place within 30 days of being told, so by 7 January 2028.

I will write to you with a proposed date, venue and the name of your mediator by Friday 17 December. Our mediators can meet in person at the Civic Centre or by video.

If Mr Mellor decides at any point that he does not want to go ahead, we will issue a mediation certificate within three working days so that he can appeal.

Kind regards,""",
    category="mediation_tribunal",
    refs=[TMS, REF],
    dates=[
        D("today", "2027-12-08", "deadline"),
        D("7 January 2028", "2028-01-07", "deadline"),
        D("Friday 17 December", "2027-12-17", "deadline"),
    ],
    commits=[
        C(
            "other",
            "tell the council about the mediation request",
            "2027-12-08",
            "I will tell Pellingford Borough Council today that Mr Mellor wants mediation about section F.",
        ),
        C(
            "other",
            "propose a date, venue and mediator",
            "2027-12-17",
            "I will write to you with a proposed date, venue and the name of your mediator by Friday 17 December.",
        ),
        C(
            "other",
            "issue a mediation certificate",
            None,
            "If Mr Mellor decides at any point that he does not want to go ahead, we will issue a mediation certificate within three working days so that he can appeal.",
        ),
    ],
)

m_newsletter = M(
    slug="up_stars_december_news",
    thread="t21-newsletter",
    date="2027-12-10 18:00:00",
    frm=UPSTARS,
    to=[CRAIG],
    subject="Up Stars December news 🎄 party, Makaton carols and our EHCP drop-in",
    fmt="html",
    cte="base64",
    extra_headers=[("List-Unsubscribe", "<https://upstarsfamilies.org.uk/unsubscribe?u=7731>")],
    new="""\
Pellingford Up Stars - families of children with Down syndrome

Hello Up Stars families!

Christmas party: Saturday 18 December, 2pm to 4pm, Brook Lane Community Hall. Father Christmas is booked, the Makaton choir will lead the carols, and there's a quiet room for anyone who needs a break. Please let Jo know numbers by Monday 13 December.

EHCP drop-in: Pellingford SENDIASS will be with us on Tuesday 18 January 2028, 10am to 12. Bring your child's plan or draft plan, or questions about annual reviews and what should be in section F. No need to book.

Sock it to Down syndrome: World Down Syndrome Day is on 21 March 2028. Start planning your odd socks!

Thank you to everyone who came to the coffee morning, and to Pellingford Co-op for the raffle prizes.

With love from the Up Stars committee
Registered charity no. 1172845 | Unsubscribe""",
    sig="",
    category="not_send",
)

m_med_date = M(
    slug="re_mediation_date_proposed",
    thread="t20-mediation",
    date="2027-12-16 11:05:38",
    frm=LEANNE,
    to=[NICOLA],
    cc=[CRAIG, OWEN],
    subject="RE: Mediation request - Ellie Mellor - Pellingford Borough Council (PB/EHC/27/00562) [TMS-27-1184]",
    reply_to=m_med_logged,
    quote="outlook",
    charset="iso-8859-1",
    new="""\
Dear Ms Brannigan,

Pellingford have confirmed that they can attend mediation on Thursday 6 January 2028 at 1.30pm at the Civic Centre, Market Street. Ms Priyanka Sood, SEND Assessment Manager, and Mr Threlfall will attend for the council, and Ms Sood will have authority to agree changes to the plan. Your mediator will be Graham Oyelaran. I have copied Mr Threlfall in.

I know Thursdays are difficult for Mr Mellor. This is the only date the council can offer within the 30 days. If it is not possible, please tell me by Monday 20 December, and I will ask the council for the first available Monday or Tuesday in January, although that would fall outside the 30-day period.

Kind regards,
Leanne""",
    category="mediation_tribunal",
    refs=[TMS, REF],
    dates=[
        D("Thursday 6 January 2028", "2028-01-06", "meeting"),
        D("Monday 20 December", "2027-12-20", "deadline"),
    ],
    commits=[
        C(
            "la",
            "attend mediation with authority to agree changes",
            None,
            "Ms Priyanka Sood, SEND Assessment Manager, and Mr Threlfall will attend for the council, and Ms Sood will have authority to agree changes to the plan.",
        ),
        C(
            "other",
            "ask the council for a later date",
            None,
            "If it is not possible, please tell me by Monday 20 December, and I will ask the council for the first available Monday or Tuesday in January, although that would fall outside the 30-day period.",
        ),
    ],
)

m_craig_med_ok = M(
    slug="re_mediation_date_ok",
    thread="t20-mediation",
    date="2027-12-16 17:30:09",
    frm=CRAIG,
    to=[LEANNE],
    cc=[NICOLA, OWEN],
    subject="Re: RE: Mediation request - Ellie Mellor - Pellingford Borough Council (PB/EHC/27/00562) [TMS-27-1184]",
    reply_to=m_med_date,
    quote="samsung",
    cte="base64",
    new="""\
thursday 6th january is fine, ive already asked for the shift off. nicola and me will both be there

thanks leanne
craig""",
    category="mediation_tribunal",
    refs=[TMS, REF],
    dates=[D("thursday 6th january", "2028-01-06", "meeting")],
    commits=[C("parent", "attend mediation", None, "nicola and me will both be there")],
)

m_owen_position = M(
    slug="re_mediation_council_position",
    thread="t20-mediation",
    date="2027-12-20 10:12:26",
    frm=OWEN,
    to=[CRAIG],
    cc=[NICOLA, LEANNE, PRIYANKA],
    subject="RE: Mediation request - Ellie Mellor - Pellingford Borough Council (PB/EHC/27/00562) [TMS-27-1184]",
    reply_to=m_craig_med_ok,
    quote="outlook",
    fold_ids=True,
    thread_index=True,
    charset="windows-1252",
    new="""\
Dear Mr Mellor,

Thank you, and thank you for rearranging your shifts. Ahead of the mediation on 6 January I attach a short note of the council’s position on section F, so that you have it before the day. In short, the council’s view is that Ellie’s hearing needs can be met by trained school staff with half-termly advice from Sensory Support. Ms Sood has read Mr Mistry’s report and the Sensory Support advice again, and she is open to hearing what you and Ms Brannigan have to say.

I will also bring the Sensory Support Service’s service description, which sets out what it provides in mainstream schools.

The office is closed from 24 December to 3 January. I’m back on Tuesday 4 January if you need me before the mediation.

Kind regards""",
    attachments=[Att("LA position - section F - Ellie Mellor.pdf", PDF, fake_pdf("LA position"))],
    from_la=True,
    category="mediation_tribunal",
    refs=[REF, TMS],
    dates=[
        D("6 January", "2028-01-06", "meeting"),
        D("24 December", "2027-12-24", "other"),
        D("3 January", "2028-01-03", "other"),
        D("Tuesday 4 January", "2028-01-04", "other"),
    ],
    commits=[
        C(
            "la",
            "bring the Sensory Support service description",
            None,
            "I will also bring the Sensory Support Service’s service description, which sets out what it provides in mainstream schools.",
        )
    ],
)

# ------------------------------------------------------------------ t22 mediation outcome

m_med_outcome = M(
    slug="mediation_outcome",
    thread="t22-mediation-outcome",
    date="2028-01-07 12:20:44",
    frm=GRAHAM,
    to=[CRAIG, NICOLA, OWEN, PRIYANKA],
    subject="Mediation outcome - Ellie Mellor - TMS-27-1184",
    fmt="alt",
    new="""\
Dear all,

Thank you for taking part in yesterday's mediation. I am writing to record what was agreed; the signed agreement and the mediation certificate are attached. Ellie's case reference with the council is PB/EHC/27/00562.

Agreed:
1. The council will amend section F of Ellie's plan to include direct teaching by a Qualified Teacher of the Deaf for 45 minutes each week in school, for the rest of this school year, with the amount to be looked at again at the annual review.
2. The half-termly advisory visits and staff training will stay in section F, and the Sensory Support Service will train Ellie's teaching assistant and class teacher before the February half term.
3. Pellingford Borough Council will issue the amended final plan by 11 February 2028, five weeks from today.
4. Mr Mellor will send Mr Threlfall Mr Mistry's latest audiology letter by Friday 14 January.
5. Thistlewood Primary School will carry out daily checks of Ellie's hearing aids and radio aid. Mr Threlfall will confirm this with Mrs Ledger.

Nothing was left unresolved. Mr Mellor said that he does not intend to appeal if the amended plan reflects the points above.

I have issued the certificate today in case it is needed. The time limit for any appeal will be given in the council's letter with the amended plan.

With best wishes,""",
    attachments=[
        Att("Mediation agreement - TMS-27-1184.pdf", PDF, fake_pdf("Mediation agreement")),
        Att("Mediation certificate - TMS-27-1184.pdf", PDF, fake_pdf("Mediation certificate")),
    ],
    category="mediation_tribunal",
    refs=[TMS, REF],
    dates=[
        D("yesterday", "2028-01-06", "past"),
        D("11 February 2028", "2028-02-11", "deadline"),
        D("today", "2028-01-07", "other"),
        D("Friday 14 January", "2028-01-14", "deadline"),
    ],
    commits=[
        C(
            "la",
            "amend section F to include QToD teaching",
            None,
            "The council will amend section F of Ellie's plan to include direct teaching by a Qualified Teacher of the Deaf for 45 minutes each week in school, for the rest of this school year, with the amount to be looked at again at the annual review.",
        ),
        C(
            "la",
            "train the TA and class teacher",
            None,
            "The half-termly advisory visits and staff training will stay in section F, and the Sensory Support Service will train Ellie's teaching assistant and class teacher before the February half term.",
        ),
        C(
            "la",
            "issue the amended final plan",
            "2028-02-11",
            "Pellingford Borough Council will issue the amended final plan by 11 February 2028, five weeks from today.",
        ),
        C(
            "parent",
            "send the latest audiology letter",
            "2028-01-14",
            "Mr Mellor will send Mr Threlfall Mr Mistry's latest audiology letter by Friday 14 January.",
        ),
        C(
            "school",
            "carry out daily hearing aid and radio aid checks",
            None,
            "Thistlewood Primary School will carry out daily checks of Ellie's hearing aids and radio aid.",
        ),
        C(
            "la",
            "confirm the checks with the SENCO",
            None,
            "Mr Threlfall will confirm this with Mrs Ledger.",
        ),
    ],
)

m_craig_thanks_graham = M(
    slug="re_mediation_outcome_thanks",
    thread="t22-mediation-outcome",
    date="2028-01-07 18:45:20",
    frm=CRAIG,
    to=[GRAHAM],
    cc=[NICOLA],
    subject="Re: Mediation outcome - Ellie Mellor - TMS-27-1184",
    reply_to=m_med_outcome,
    quote="samsung",
    cte="base64",
    new="""\
thank you graham for yesterday, you made it a lot easier than i thought it would be. ill find the audiology letter this weekend and send it to owen

craig""",
    category="general",
    refs=[TMS],
    dates=[D("yesterday", "2028-01-06", "past")],
    commits=[
        C(
            "parent",
            "find and send the audiology letter",
            None,
            "ill find the audiology letter this weekend and send it to owen",
        )
    ],
)

# ------------------------------------------------------------------ t23 amended final plan

m_amended_final = M(
    slug="amended_final_ehc_plan",
    thread="t23-amended-final-plan",
    date="2028-02-04 14:10:08",
    frm=OWEN,
    to=[CRAIG],
    cc=[NICOLA],
    subject="Amended final EHC plan – Ellie Mellor – PB/EHC/27/00562",
    fold_ids=True,
    fmt="alt",
    charset="windows-1252",
    new="""\
Dear Mr Mellor,

As agreed at mediation on 6 January, I attach Ellie’s amended final EHC plan. Section F now includes direct teaching from a Qualified Teacher of the Deaf for 45 minutes each week, alongside the half-termly advisory visits, the staff training, and the daily hearing aid and radio aid checks by school staff. Thank you for sending Mr Mistry’s letter, which is now in Appendix K.

Mrs Abernethy will start the weekly sessions after the February half term, and she will contact Mrs Ledger to agree the day.

If you disagree with the amended plan, you can appeal to the First-tier Tribunal (SEND) within two months of the date of this letter, that is by 4 April 2028. As you have already been to mediation about section F, you do not need another mediation certificate to appeal.

I will send a copy of the plan to Thistlewood and to the Sensory Support Service today.

Kind regards""",
    attachments=[
        Att(
            "AMENDED FINAL EHCP - Ellie Mellor - 04.02.2028.pdf",
            PDF,
            fake_pdf("Amended final EHCP"),
        )
    ],
    from_la=True,
    category="final_plan",
    refs=[REF],
    dates=[
        D("6 January", "2028-01-06", "past"),
        D("4 April 2028", "2028-04-04", "deadline"),
        D("today", "2028-02-04", "deadline"),
    ],
    commits=[
        C(
            "la",
            "QToD to start sessions and contact the SENCO",
            None,
            "Mrs Abernethy will start the weekly sessions after the February half term, and she will contact Mrs Ledger to agree the day.",
        ),
        C(
            "la",
            "send the plan to the school and Sensory Support",
            "2028-02-04",
            "I will send a copy of the plan to Thistlewood and to the Sensory Support Service today.",
        ),
    ],
)

m_craig_finally = M(
    slug="re_amended_final_thanks",
    thread="t23-amended-final-plan",
    date="2028-02-05 08:03:51",
    frm=CRAIG,
    to=[OWEN],
    cc=[NICOLA],
    subject="Re: Amended final EHC plan – Ellie Mellor – PB/EHC/27/00562",
    reply_to=m_amended_final,
    quote="samsung",
    cte="base64",
    new="""\
thank you owen, finally!! ellie will be made up, she loves mrs abernethy. thanks for sorting it in the end

craig""",
    category="general",
    refs=[REF],
)

# ------------------------------------------------------------------ t24 QToD sessions start

m_fiona_sessions = M(
    slug="qtod_sessions_start",
    thread="t24-qtod-sessions",
    date="2028-02-21 15:40:27",
    frm=FIONA,
    to=[CRAIG],
    cc=[NICOLA],
    subject="Ellie's sessions with Mrs Abernethy 🎧",
    fold_ids=True,
    fmt="alt",
    new="""\
Hi Craig,

Good news! Mrs Abernethy came in this morning and we've sorted out Ellie's weekly sessions. They will be on Tuesday afternoons, 1.15 to 2pm, starting next week on Tuesday 29 February (a leap day, which Ellie thinks is hilarious).

Mrs Abernethy is also training Mrs Begum and Mr Adeyemi after school on Thursday 24 February, so both of them will be doing the morning hearing aid checks properly from then on.

I'll send you a photo of Ellie's new listening check chart once it's up in the classroom.

Fiona""",
    category="general",
    dates=[
        D("this morning", "2028-02-21", "meeting"),
        D("Tuesday 29 February", "2028-02-29", "meeting"),
        D("Thursday 24 February", "2028-02-24", "meeting"),
    ],
    commits=[
        C(
            "school",
            "send a photo of the listening check chart",
            None,
            "I'll send you a photo of Ellie's new listening check chart once it's up in the classroom.",
        )
    ],
)

m_craig_leap = M(
    slug="re_sessions_extra_birthday",
    thread="t24-qtod-sessions",
    date="2028-02-21 22:10:40",
    frm=CRAIG,
    to=[FIONA],
    subject="Re: Ellie's sessions with Mrs Abernethy 🎧",
    reply_to=m_fiona_sessions,
    quote="samsung",
    cte="base64",
    new="""\
brilliant news thanks fiona. she already told me about the leap day, she thinks she gets an extra birthday. can mrs abernethy show me how to do the checks properly too, i do them at weekends""",
    category="general",
)

m_fiona_show = M(
    slug="re_sessions_show_dad_checks",
    thread="t24-qtod-sessions",
    date="2028-02-23 09:00:14",
    frm=FIONA,
    to=[CRAIG],
    subject="RE: Ellie's sessions with Mrs Abernethy 🎧",
    reply_to=m_craig_leap,
    quote="outlook",
    fold_ids=True,
    new="""\
Of course! Mrs Abernethy says she can show you at 3.15 on Tuesday 29 February, after Ellie's first session, if you can get here. Just come to the office.

Fiona""",
    category="appointment",
    dates=[D("Tuesday 29 February", "2028-02-29", "meeting")],
)

m_craig_be_there = M(
    slug="re_sessions_ill_be_there",
    thread="t24-qtod-sessions",
    date="2028-02-23 13:50:02",
    frm=CRAIG,
    to=[FIONA],
    subject="Re: RE: Ellie's sessions with Mrs Abernethy 🎧",
    reply_to=m_fiona_show,
    quote="samsung",
    cte="base64",
    new="""\
29th at 3.15 is perfect, ill be there""",
    category="appointment",
    dates=[D("29th", "2028-02-29", "meeting")],
    commits=[
        C(
            "parent",
            "come to school for the hearing aid check demo",
            "2028-02-29",
            "29th at 3.15 is perfect, ill be there",
        )
    ],
)

MSGS = [
    m_fiona_ep_visit,
    m_craig_radio_aid,
    m_rota,
    m_portal,
    m_draft,
    m_craig_jayden,
    m_owen_corrected,
    m_craig_fwd_nicola,
    m_nicola_plan,
    m_reps,
    m_owen_offer,
    m_craig_monday,
    m_owen_confirm,
    m_craig_notes,
    m_read_receipt,
    m_owen_corrections,
    m_final,
    m_craig_meditation,
    m_craig_fwd_sendiass,
    m_bernadette,
    m_craig_wednesday,
    m_med_request,
    m_med_logged,
    m_newsletter,
    m_med_date,
    m_craig_med_ok,
    m_owen_position,
    m_med_outcome,
    m_craig_thanks_graham,
    m_amended_final,
    m_craig_finally,
    m_fiona_sessions,
    m_craig_leap,
    m_fiona_show,
    m_craig_be_there,
]
