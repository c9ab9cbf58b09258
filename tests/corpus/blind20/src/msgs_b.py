"""Messages 032-067 of blind20 (August 2027 to February 2028): the draft plan and the father's
representations, the meeting, the late and vague final plan, the appeal on sections B and F,
the council's late response, the solicitor's letter, settlement, the consent order and the
amended plan."""

from corpuslib import Att, C, D, M, fake_pdf
from msgs_a import M010, M015, M026
from people import (
    ALISTAIR,
    BEX,
    BEX_PHONE,
    BRYONY,
    DOM,
    DOM_NOSIG,
    DOM_PHONE,
    HUGH,
    JOANNA,
    LARK_DISCLAIMER,
    MIRIAM,
    PAULA,
    SEND_APPEALS,
    SIAN,
    TRIBUNAL,
    YVONNE,
)  # fmt: skip

REF = "LK/EHC/27/0418"
TRIB = "EH941/27/00522"
LEG = "LEG/SEND/27/0277"
DASH = "\u2013"

# --------------------------------------------------------------------------- 032 draft plan (HTML only)
M032 = M(
    32,
    "draft_plan",
    "t16-draft-plan",
    "2027-08-13 15:55:21",
    ALISTAIR,
    [BEX],
    f"Isaac Farrelly {DASH} draft EHC plan {DASH} {REF}",
    cc=[DOM],
    fmt="html",
    cte="base64",
    new="""\
Dear Ms Linton and Mr Farrelly,

Please find attached Isaac's draft Education, Health and Care plan, together with the advice and information gathered during the assessment (appendix K).

This is a draft, and we want your views on it. You can comment on any part of the plan and tell us which school you would like named in section I. Please send your comments within 15 days of the date of this letter, by 28 August 2027. If you would like to meet me to discuss the draft, please let me know and I will arrange a meeting within the 15 days. Section I has been left blank for now; if you ask for Kingswell Academy to be named, we will consult the academy.

If we do not receive any comments by 28 August 2027, the plan will be finalised as drafted.

You will notice that the draft does not yet include advice from occupational therapy: the NHS service has told us that it cannot see Isaac until the autumn.

Kind regards,""",
    attachments=[
        Att(
            "Draft EHC Plan - Isaac Farrelly.pdf",
            "application/pdf",
            fake_pdf("DRAFT EHC plan - Isaac Farrelly"),
        ),
        Att("Appendix K - advice and information.pdf", "application/pdf", fake_pdf("Appendix K")),
    ],
    from_la=True,
    category="draft_plan",
    refs=[REF],
    dates=[D("28 August 2027", "2027-08-28", "deadline")],
    commits=[
        C(
            "la",
            "arrange a meeting about the draft",
            None,
            "If you would like to meet me to discuss the draft, please let me know and I will arrange a meeting "
            "within the 15 days.",
        ),
        C(
            "la",
            "consult Kingswell Academy",
            None,
            "Section I has been left blank for now; if you ask for Kingswell Academy to be named, we will consult "
            "the academy.",
        ),
        C(
            "la",
            "finalise the plan as drafted",
            None,
            "If we do not receive any comments by 28 August 2027, the plan will be finalised as drafted.",
        ),
    ],
)

# --------------------------------------------------------------------------- 033 father's notes to mother
M033 = M(
    33,
    "parents_draft_notes",
    "t17-parents-plan",
    "2027-08-14 09:30:15",
    DOM_NOSIG,
    [BEX],
    f"Isaac's draft plan {DASH} my notes",
    new="""\
Bex,

I've been through the draft plan twice now. Section B isn't bad \u2013 most of Dr Wren's report is in there. Section F is the problem. Almost every line says Isaac will have "access to" something or "opportunities to" do something, and none of it says who, how often or for how long. For example:

- "Isaac will have access to a literacy intervention as appropriate" \u2013 nothing about a specialist teacher, or how many sessions.
- "Opportunities to develop touch-typing skills" \u2013 no daily practice, no laptop.
- "Access to a trusted adult when anxious" \u2013 who? when?
- Nothing on OT except "school to follow any advice received".

If it goes final like this, the school can say it's already doing all of it. Dr Wren actually says three 40-minute specialist sessions a week on page 11 of his report and it hasn't made it across.

I'm going to write detailed comments asking for all of it to be quantified, using Dr Achterberg's and Dr Wren's recommendations. I'll send you a draft by Wednesday so you can add your bits, especially about mornings and the stomach aches.

Section I: I know you want Kingswell named and I'm not going to fight you on it. I would still like them to consult Ashcombe Park as well, just so we know whether the base would take him. Can we talk about it on Sunday when I drop him back?

D""",
    category="draft_plan",
    dates=[D("by Wednesday", "2027-08-18", "deadline"), D("on Sunday", "2027-08-15", "meeting")],
    commits=[
        C(
            "parent",
            "write detailed comments on the draft",
            None,
            "I'm going to write detailed comments asking for all of it to be quantified, using Dr Achterberg's and "
            "Dr Wren's recommendations.",
        ),
        C(
            "parent",
            "send Rebecca a draft of the comments",
            "2027-08-18",
            "I'll send you a draft by Wednesday so you can add your bits, especially about mornings and the stomach aches.",
        ),
    ],
)

# --------------------------------------------------------------------------- 034
M034 = M(
    34,
    "re_parents_draft_notes",
    "t17-parents-plan",
    "2027-08-15 20:10:44",
    BEX,
    [DOM_NOSIG],
    f"Re: Isaac's draft plan {DASH} my notes",
    reply_to=M033,
    quote="apple",
    new="""\
Dom,

Thanks for doing this. I agree about section F, it reads like it could be about anyone. Put my name on the comments too - I'd rather the council sees we're saying the same thing.

On the school, I've thought about it since we talked earlier. I'm still not keen. Isaac is adamant he wants to stay with his friends, and I think moving him in Year 9 would do more harm to his anxiety than good to his reading. But I don't mind you asking them to consult Ashcombe Park, as long as you say clearly that I want Kingswell, and as long as nobody mentions it to Isaac until we know more.

I'll write a paragraph about mornings and send it to you tomorrow night.

Bex""",
    category="general",
    dates=[D("tomorrow night", "2027-08-16", "deadline")],
    commits=[
        C(
            "parent",
            "write a paragraph about mornings and send it",
            "2027-08-16",
            "I'll write a paragraph about mornings and send it to you tomorrow night.",
        )
    ],
)

# --------------------------------------------------------------------------- 035 meeting request
M035 = M(
    35,
    "re_draft_meeting_request",
    "t16-draft-plan",
    "2027-08-16 08:45:03",
    DOM,
    [ALISTAIR],
    "RE: " + M032.subject,
    cc=[BEX],
    reply_to=M032,
    quote="gmail",
    new="""\
Dear Mr Munro,

Thank you for the draft plan. Rebecca and I will be sending detailed comments, but we would also like to take up your offer of a meeting to go through it, ideally with Mrs Maddocks from Kingswell there too.

We are both free on Tuesday 24 August, Wednesday 25 August or Thursday 26 August. Could you let us know what suits you?

Kind regards,""",
    category="appointment",
    refs=[REF],
    dates=[
        D("Tuesday 24 August", "2027-08-24", "meeting"),
        D("Wednesday 25 August", "2027-08-25", "meeting"),
        D("Thursday 26 August", "2027-08-26", "meeting"),
    ],
    commits=[
        C(
            "parent",
            "send detailed comments on the draft",
            None,
            "Rebecca and I will be sending detailed comments, but we would also like to take up your offer of a "
            "meeting to go through it, ideally with Mrs Maddocks from Kingswell there too.",
        )
    ],
)

# --------------------------------------------------------------------------- 036
M036 = M(
    36,
    "draft_meeting_offer",
    "t16-draft-plan",
    "2027-08-17 11:20:37",
    ALISTAIR,
    [DOM],
    "RE: " + M032.subject,
    cc=[BEX],
    reply_to=M035,
    quote="outlook",
    new="""\
Dear Mr Farrelly,

Thank you. I can meet you both on Thursday 26 August at 10am in Meeting Room 3 at County Hall. Mrs Maddocks is in school that week for exam results and has said she can join us for the first hour.

As the meeting will be close to the end of your 15 days, I am happy to extend the deadline for your written comments to Friday 3 September. I will send you both a calendar invitation today.

Kind regards,""",
    from_la=True,
    category="appointment",
    refs=[REF],
    dates=[
        D("Thursday 26 August", "2027-08-26", "meeting"),
        D("Friday 3 September", "2027-09-03", "deadline"),
        D("today", "2027-08-17", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send a calendar invitation",
            "2027-08-17",
            "I will send you both a calendar invitation today.",
        )
    ],
)

# --------------------------------------------------------------------------- 037
M037 = M(
    37,
    "re_draft_meeting_ok",
    "t16-draft-plan",
    "2027-08-17 12:05:58",
    DOM_PHONE,
    [ALISTAIR],
    "Re: " + M032.subject,
    cc=[BEX],
    reply_to=M036,
    quote="apple",
    new="""\
Thursday 26th at 10 is fine, we'll both be there. Thank you for the extension.

Dominic""",
    category="appointment",
    refs=[REF],
    dates=[D("Thursday 26th", "2027-08-26", "meeting")],
    commits=[
        C(
            "parent",
            "attend the draft plan meeting",
            "2027-08-26",
            "Thursday 26th at 10 is fine, we'll both be there.",
        )
    ],
)

# --------------------------------------------------------------------------- 038 representations (00:35 London = 23:35 UTC the day before)
M038 = M(
    38,
    "representations",
    "t16-draft-plan",
    "2027-08-25 00:35:12",
    DOM,
    [ALISTAIR],
    f"RE: Isaac Farrelly {DASH} draft EHC plan {DASH} {REF} {DASH} our comments",
    cc=[BEX, BRYONY],
    reply_to=M037,
    quote="gmail",
    utc=True,
    fmt="alt",
    sig="Dominic Farrelly\n07700 900382",
    new="""\
Dear Mr Munro,

Rebecca's and my comments on Isaac's draft plan are attached and set out below, ahead of tomorrow's meeting. Bryony Keel of Larkhaven SENDIASS, who has been advising us, is copied in.

Section A
We have added a paragraph in Rebecca's words about mornings, and Isaac's own views, which he dictated to me. Please include both in full.

Section B
1. Add the findings on processing speed and phonological processing (Dr Achterberg, section 4; Dr Wren, paragraph 3.2), both at or below the 2nd percentile.
2. Add his handwriting speed (9 words per minute when Dr Achterberg assessed him) and the fatigue this causes.
3. The paragraph on anxiety should describe what it looks like for Isaac: stomach aches on Sunday nights and Monday mornings, 14 days' absence in the summer term, and refusing to read aloud or write in front of others.

Section F
Almost every provision in the draft is written as "access to" or "opportunities for". Neither tells Isaac, us or the school what he will actually get. The SEND Code of Practice (paragraph 9.69) says provision must be detailed and specific and should normally be quantified. We ask for the following instead:

4. Replace "access to a literacy intervention as appropriate" with: "1:1 teaching from a specialist teacher holding a Level 7 SpLD qualification (AMBDA or equivalent), using a structured, cumulative, multisensory programme, three sessions of 45 minutes a week during term time." (Dr Achterberg, recommendation 7.1; Dr Wren, paragraph 5.1, suggests three sessions of 40 minutes.)
5. Replace "opportunities to develop touch-typing skills" with: "a daily 15-minute touch-typing programme until he reaches 30 words per minute, and a school laptop with speech-to-text and text-to-speech software for use in all lessons and in exams."
6. Replace "access to a trusted adult when anxious" with: "a named key adult who checks in with Isaac at the start of each school day, and a weekly 30-minute session with a trained ELSA."
7. Replace "school to follow any OT advice received" with an occupational therapy assessment before the plan is finalised or, if the council cannot obtain one in time, a specific commitment in section F to an assessment by a named date and a review of the plan once it is done. We would have no objection to the council commissioning this privately if the NHS cannot see Isaac.
8. Exam access arrangements (25% extra time, a reader and use of a laptop) should be in section F, not only in the school's notes.

Section I
We agree that Kingswell Academy should be consulted. Rebecca's clear preference is for Kingswell to be named, and Isaac wants to stay there. I would also like the council to consult Ashcombe Park School about its specialist literacy base, so that we have the full picture; we have agreed between us that this is not a request to move Isaac.

Missing advice
There is no occupational therapy advice and no health advice about Isaac's anxiety. Please tell us when these will be available.

I will bring a marked-up copy of the draft to the meeting tomorrow.

Kind regards,

Dominic Farrelly and Rebecca Linton""",
    attachments=[
        Att(
            "Parents' comments on draft EHC plan - Isaac Farrelly.pdf",
            "application/pdf",
            fake_pdf("Parents' comments on the draft plan"),
        )
    ],
    category="draft_plan",
    refs=[REF],
    dates=[D("tomorrow's meeting", "2027-08-26", "meeting")],
    commits=[
        C(
            "parent",
            "bring a marked-up copy of the draft",
            "2027-08-26",
            "I will bring a marked-up copy of the draft to the meeting tomorrow.",
        )
    ],
)

# --------------------------------------------------------------------------- 039 acknowledgement
M039 = M(
    39,
    "representations_received",
    "t16-draft-plan",
    "2027-08-25 09:02:26",
    ALISTAIR,
    [DOM],
    "RE: " + M038.subject.removeprefix("RE: "),
    cc=[BEX],
    reply_to=M038,
    quote="outlook",
    new="""\
Dear Mr Farrelly,

Thank you, received. I will read your comments properly before we meet tomorrow.

We aim to respond in writing to each of your points within 10 working days of today.

Kind regards,""",
    from_la=True,
    category="acknowledgement",
    refs=[REF],
    dates=[
        D("tomorrow", "2027-08-26", "meeting"),
        D("within 10 working days", "2027-09-09", "deadline"),
    ],
    commits=[
        C(
            "la",
            "read the comments before the meeting",
            "2027-08-26",
            "I will read your comments properly before we meet tomorrow.",
        ),
        C(
            "la",
            "respond in writing to each point",
            "2027-09-09",
            "We aim to respond in writing to each of your points within 10 working days of today.",
        ),
    ],
)

# --------------------------------------------------------------------------- 040 meeting notes (subject changed)
M040 = M(
    40,
    "meeting_notes",
    "t16-draft-plan",
    "2027-08-27 13:30:40",
    DOM,
    [ALISTAIR],
    f"Isaac Farrelly {DASH} notes of meeting on 26 August ({REF})",
    cc=[BEX, SIAN],
    reply_to=M039,
    quote="gmail",
    new="""\
Dear Mr Munro,

Thank you for meeting us yesterday, and thank you to Mrs Maddocks for joining. Below is my note of what was agreed, so that we all have the same record. Please let me know by Wednesday 1 September if anything is wrong; otherwise I will take it as accurate.

1. You will ask Dr Wren to confirm the number and length of the specialist teaching sessions he recommends, as his report and Dr Achterberg's differ slightly (three sessions of 40 minutes against three of 45).
2. You will chase the NHS occupational therapy service this week, and if they cannot assess Isaac before the plan is finalised, you will ask your manager whether the council will commission a private OT assessment.
3. You will send consultation papers to Kingswell Academy and to Ashcombe Park School by Tuesday 31 August.
4. Mrs Maddocks will send you Kingswell's current provision map and Isaac's summer-term attendance figures by Friday 3 September.
5. Rebecca and I will send Isaac's one-page profile, which he wants to redo himself, by Friday 3 September.
6. You said you would aim to issue the final plan by Friday 17 September. You also said you would rewrite section F with "more specific" wording, but that you could not promise to quantify every item, because the council "does not normally put hours in plans for SEN support-type provision".

On point 6, we do not accept that, and we will wait to see the final wording.

Kind regards,""",
    category="general",
    refs=[REF],
    dates=[
        D("yesterday", "2027-08-26", "past"),
        D("Wednesday 1 September", "2027-09-01", "deadline"),
        D("Tuesday 31 August", "2027-08-31", "deadline"),
        D("Friday 3 September", "2027-09-03", "deadline"),
        D("Friday 17 September", "2027-09-17", "deadline"),
    ],
    commits=[
        C(
            "la",
            "ask Dr Wren to confirm the sessions",
            None,
            "You will ask Dr Wren to confirm the number and length of the specialist teaching sessions he recommends, "
            "as his report and Dr Achterberg's differ slightly (three sessions of 40 minutes against three of 45).",
        ),
        C(
            "la",
            "chase the NHS OT service",
            None,
            "You will chase the NHS occupational therapy service this week, and if they cannot assess Isaac before the "
            "plan is finalised, you will ask your manager whether the council will commission a private OT assessment.",
        ),
        C(
            "la",
            "send consultation papers to both schools",
            "2027-08-31",
            "You will send consultation papers to Kingswell Academy and to Ashcombe Park School by Tuesday 31 August.",
        ),
        C(
            "school",
            "send the provision map and attendance figures",
            "2027-09-03",
            "Mrs Maddocks will send you Kingswell's current provision map and Isaac's summer-term attendance figures "
            "by Friday 3 September.",
        ),
        C(
            "parent",
            "send Isaac's one-page profile",
            "2027-09-03",
            "Rebecca and I will send Isaac's one-page profile, which he wants to redo himself, by Friday 3 September.",
        ),
        C(
            "la",
            "issue the final plan",
            "2027-09-17",
            "You said you would aim to issue the final plan by Friday 17 September.",
        ),
        C(
            "la",
            "rewrite section F",
            None,
            'You also said you would rewrite section F with "more specific" wording, but that you could not promise '
            'to quantify every item, because the council "does not normally put hours in plans for SEN support-type '
            'provision".',
        ),
    ],
)

# --------------------------------------------------------------------------- 041 correction (windows-1252)
M041 = M(
    41,
    "re_meeting_notes",
    "t16-draft-plan",
    "2027-08-31 10:48:09",
    ALISTAIR,
    [DOM],
    "RE: " + M040.subject,
    cc=[BEX, SIAN],
    reply_to=M040,
    quote="outlook",
    charset="windows-1252",
    new="""\
Dear Mr Farrelly,

Thank you for your note. It is accurate apart from two points.

On point 3, the consultation papers went to both schools this morning, so that is done.

On point 6, I did not say that the council \u201cdoes not normally put hours in plans\u201d. What I said was that some provision, such as the key adult, is better described by what it does than by a number of minutes, and that I would look at each item. I can confirm that I will redraft section F taking your comments and the professionals\u2019 advice into account.

On the final plan, 17 September remains my target, but please treat it as a target rather than a firm date until I hear back from the OT service.

Kind regards,""",
    from_la=True,
    category="general",
    refs=[REF],
    dates=[D("this morning", "2027-08-31", "other"), D("17 September", "2027-09-17", "deadline")],
    commits=[
        C(
            "la",
            "redraft section F",
            None,
            "I can confirm that I will redraft section F taking your comments and the professionals\u2019 advice into account.",
        )
    ],
)

# --------------------------------------------------------------------------- 042 chaser
M042 = M(
    42,
    "final_plan_chaser",
    "t18-final-plan",
    "2027-09-20 08:15:22",
    DOM,
    [ALISTAIR],
    f"Isaac Farrelly {REF} {DASH} final plan?",
    cc=[PAULA],
    new="""\
Dear Mr Munro,

I have not heard anything since your email of 31 August. You were hoping to issue Isaac's final plan by last Friday, 17 September, and the statutory deadline of 30 August has already passed. You also said on 25 August that we would have a written response to our comments, which has not arrived.

Please could you tell me by Wednesday where things stand: whether the final plan has been issued and, if not, when it will be, and what has happened about the occupational therapy assessment?

Kind regards,""",
    category="chaser",
    refs=[REF],
    dates=[
        D("31 August", "2027-08-31", "past"),
        D("last Friday, 17 September", "2027-09-17", "past"),
        D("30 August", "2027-08-30", "past"),
        D("25 August", "2027-08-25", "past"),
        D("by Wednesday", "2027-09-22", "deadline"),
    ],
)

# --------------------------------------------------------------------------- 043 final plan (only now sent to the father)
M043 = M(
    43,
    "final_plan",
    "t18-final-plan",
    "2027-09-21 14:22:47",
    ALISTAIR,
    [DOM],
    "RE: " + M042.subject,
    cc=[PAULA],
    reply_to=M042,
    quote="outlook",
    fmt="alt",
    new="""\
Dear Mr Farrelly,

I am very sorry. Isaac's final plan was issued on Friday 17 September, but it went only to Ms Linton: our system had her as the main contact and I did not add you by hand as I should have done. I have now corrected the record so that you both receive everything, and I attach the final plan and the covering letter.

The main changes from the draft are in section F, where the specialist teaching is now described as "up to three sessions a week of small-group or 1:1 literacy support, with access to specialist teacher advice", and the typing programme and the key adult are now mentioned by name. Kingswell Academy is named in section I; Ashcombe Park replied that it could not offer a place in its base this year.

The NHS occupational therapy service has confirmed that Isaac is on its waiting list. When its advice is received I will arrange an early review of the plan so that it can be added.

The covering letter explains your right of appeal. If you wish to appeal about sections B, F or I, you must contact the mediation adviser first, and the appeal must be made within two months of the date of the covering letter, that is by 17 November 2027, or within one month of the date of a mediation certificate if that is later.

I am also sorry that you did not get a separate written response to your comments. The changes to section F were my response to them.

Kind regards,""",
    attachments=[
        Att(
            "Final EHC Plan - Isaac Farrelly - 17.09.2027.pdf",
            "application/pdf",
            fake_pdf("FINAL EHC plan"),
        ),
        Att(
            "Covering letter - final plan - 17.09.2027.pdf",
            "application/pdf",
            fake_pdf("Covering letter"),
        ),
    ],
    from_la=True,
    category="final_plan",
    refs=[REF],
    dates=[
        D("Friday 17 September", "2027-09-17", "past"),
        D("17 November 2027", "2027-11-17", "deadline"),
    ],
    commits=[
        C(
            "la",
            "arrange an early review to add the OT advice",
            None,
            "When its advice is received I will arrange an early review of the plan so that it can be added.",
        )
    ],
)

# --------------------------------------------------------------------------- 044 parents: appeal B and F, not I
M044 = M(
    44,
    "parents_final_plan",
    "t17-parents-plan",
    "2027-09-21 21:03:30",
    DOM_NOSIG,
    [BEX],
    f"Re: Isaac's draft plan {DASH} my notes",
    reply_to=M034,
    quote="gmail",
    new="""\
Bex,

Alistair Munro sent me the final plan today - apparently it went to you on Friday and he forgot to copy me in. Did you get it?

It's barely changed. Section F now says "up to three sessions a week of small-group or 1:1 literacy support, with access to specialist teacher advice". "Up to" means none would count. No OT, no laptop in exams, nothing measurable.

I think we have to appeal sections B and F. I don't think we should appeal section I: Ashcombe have said no anyway, Isaac is settled, and you were right that moving him would not help. But I'd like your agreement before I do anything, and ideally your name on the appeal with mine.

The deadline is 17 November. I'll ring Bryony at SENDIASS this week.

D""",
    category="mediation_tribunal",
    dates=[
        D("today", "2027-09-21", "other"),
        D("on Friday", "2027-09-17", "past"),
        D("17 November", "2027-11-17", "deadline"),
    ],
    commits=[C("parent", "ring SENDIASS", None, "I'll ring Bryony at SENDIASS this week.")],
)

# --------------------------------------------------------------------------- 045
M045 = M(
    45,
    "re_parents_final_plan",
    "t17-parents-plan",
    "2027-09-22 07:30:05",
    BEX_PHONE,
    [DOM_NOSIG],
    f"Re: Isaac's draft plan {DASH} my notes",
    reply_to=M044,
    quote="apple",
    new="""\
Yes, I got it on Friday, sorry, I assumed you had too. I've only skimmed it.

OK. I'm with you on B and F, and I'm glad about I. Put my name on it. I don't want to go to a hearing if it can be avoided, but if it comes to that I'll come.

I'll write something about how the summer has been for him and send it to you on Sunday.

Bex""",
    category="mediation_tribunal",
    dates=[D("on Friday", "2027-09-17", "past"), D("on Sunday", "2027-09-26", "deadline")],
    commits=[
        C(
            "parent",
            "attend the hearing if needed",
            None,
            "I don't want to go to a hearing if it can be avoided, but if it comes to that I'll come.",
        ),
        C(
            "parent",
            "write about the summer and send it",
            "2027-09-26",
            "I'll write something about how the summer has been for him and send it to you on Sunday.",
        ),
    ],
)

# --------------------------------------------------------------------------- 046 back to SENDIASS (old thread)
M046 = M(
    46,
    "sendiass_appeal_question",
    "t08-sendiass",
    "2027-09-27 12:40:19",
    DOM,
    [BRYONY],
    M015.subject,
    reply_to=M015,
    quote="gmail",
    new="""\
Dear Bryony,

Picking this thread up again, four months on! Thank you for your help in May: the council agreed to assess in June, and Isaac's final plan was issued on 17 September. Unfortunately section F is still written as "access to" and "up to", in spite of our comments and a meeting.

Rebecca and I want to appeal sections B and F only. Two questions:
1. Do we need to go back to Fairway for a new certificate, given we never actually had mediation last time?
2. Is it realistic to do the appeal ourselves, or should we be looking for a solicitor?

I'll also try the helpline, in case that's quicker.

Dominic""",
    category="general",
    refs=[REF],
    dates=[D("17 September", "2027-09-17", "past")],
)

# --------------------------------------------------------------------------- 047
M047 = M(
    47,
    "sendiass_appeal_advice",
    "t08-sendiass",
    "2027-09-27 16:05:51",
    BRYONY,
    [DOM],
    "RE: " + M015.subject.removeprefix("Re: RE: ").removeprefix("Re: "),
    reply_to=M046,
    quote="outlook",
    new="""\
Hi Dominic,

Good to hear from you, and well done for getting the assessment.

1. Yes. An appeal about the content of the plan is about a new decision, so you need a certificate for it. Ask Fairway for one and say you don't want mediation this time; they have to issue the certificate within three working days of your asking. The deadline is then either two months from the date of the decision letter (17 November) or one month from the date of the certificate, whichever is later.

2. Lots of parents run section B and F appeals themselves, and the tribunal is used to that. Having said that, the council will usually have a legal officer, and some families find it helps to have a solicitor check the evidence and deal with the council's legal team, even on a fixed fee. If cost is a worry, IPSEA's advice line is free.

When you write your reasons for appeal, go through section F line by line, put the council's wording next to the wording you want, and say which report supports each change. You've already done most of that in your comments on the draft.

I'm away next week, but I will send you our appeal checklist before I go.

Best wishes,""",
    category="general",
    refs=[REF],
    dates=[D("17 November", "2027-11-17", "deadline")],
    commits=[
        C(
            "other",
            "send the appeal checklist",
            None,
            "I'm away next week, but I will send you our appeal checklist before I go.",
        )
    ],
)

# --------------------------------------------------------------------------- 048 certificate request (old mediation thread)
M048 = M(
    48,
    "certificate_request",
    "t11-mediation",
    "2027-09-28 08:10:44",
    DOM,
    [HUGH],
    M026.subject,
    reply_to=M026,
    quote="gmail",
    new="""\
Dear Mr Dennison,

You kindly kept our file open in June. Larkhaven issued Isaac's final EHC plan on 17 September 2027, and his mother and I intend to appeal sections B and F. We do not want mediation this time, and would be grateful for a mediation certificate so that we can register the appeal.

Regards,""",
    category="mediation_tribunal",
    refs=["FMS-27-0614"],
    dates=[D("17 September 2027", "2027-09-17", "past")],
)

# --------------------------------------------------------------------------- 049 certificate
M049 = M(
    49,
    "mediation_certificate",
    "t11-mediation",
    "2027-09-29 15:00:13",
    HUGH,
    [DOM],
    M026.subject,
    cc=[BEX],
    reply_to=M048,
    quote="outlook",
    new="""\
Dear Mr Farrelly,

I attach a mediation certificate dated 29 September 2027, confirming that you have received information about mediation and do not wish to pursue it. Because this is a new decision it has a new case reference, FMS-27-1022.

You may now register an appeal with the First-tier Tribunal (SEND). The time limit is two months from the date of the council's decision letter, or one month from the date of this certificate (29 October 2027), whichever is later. For you, that means the appeal must be received by 17 November 2027.

I have let Larkhaven know that a certificate has been issued.

Kind regards,""",
    attachments=[
        Att(
            "Mediation certificate - FMS-27-1022 - Isaac Farrelly.pdf",
            "application/pdf",
            fake_pdf("Mediation certificate"),
        )
    ],
    category="mediation_tribunal",
    refs=["FMS-27-0614", "FMS-27-1022"],
    dates=[
        D("29 September 2027", "2027-09-29", "other"),
        D("29 October 2027", "2027-10-29", "deadline"),
        D("17 November 2027", "2027-11-17", "deadline"),
    ],
)

# --------------------------------------------------------------------------- 050 tribunal registration
M050 = M(
    50,
    "tribunal_registration",
    "t19-tribunal-registration",
    "2027-10-13 10:30:00",
    TRIBUNAL,
    [DOM, BEX],
    f"HD 25/01/2028 | {TRIB} | Isaac Farrelly | Registration of appeal",
    cte="7bit",
    charset="us-ascii",
    new="""\
Dear Mr Farrelly and Ms Linton,

Appeal reference: EH941/27/00522
Child: Isaac Farrelly
Local authority: Larkhaven County Council

Your appeal against the contents of the Education, Health and Care plan issued on 17 September 2027 (sections B and F) has been registered. Please quote the appeal reference in all correspondence and do not change the subject line of this email when you reply.

The Tribunal has made the following directions:

1. The local authority must send its response to the appeal to the Tribunal and to the parents by 24 November 2027.
2. The parties must send any further evidence, and the names of their witnesses and representatives, by 8 December 2027.
3. The local authority must send a working document (the plan showing each party's proposed wording for the disputed sections) by 22 December 2027.
4. The appeal will be heard by video on 25 January 2028, starting at 10am, with a time estimate of one day.

Any request to change these directions must be made on the appropriate form, with reasons, and copied to the other party.

Yours sincerely

SEND Tribunal Administration
First-tier Tribunal (Special Educational Needs and Disability)""",
    attachments=[
        Att(
            "EH941-27-00522 Registration and directions.pdf",
            "application/pdf",
            fake_pdf("Registration and directions"),
        )
    ],
    category="mediation_tribunal",
    refs=[TRIB],
    dates=[
        D("17 September 2027", "2027-09-17", "past"),
        D("24 November 2027", "2027-11-24", "deadline"),
        D("8 December 2027", "2027-12-08", "deadline"),
        D("22 December 2027", "2027-12-22", "deadline"),
        D("25 January 2028", "2028-01-25", "meeting"),
    ],
)

# --------------------------------------------------------------------------- 051 to the private EP
M051 = M(
    51,
    "private_ep_addendum_request",
    "t06-private-ep",
    "2027-10-14 20:20:31",
    DOM_NOSIG,
    [MIRIAM],
    "Re: " + M010.subject,
    reply_to=M010,
    quote="gmail",
    new="""\
Dear Miriam,

I hope you're well. Some news on Isaac: the council did agree to assess, in June, and the final plan came out in September. Sadly section F is still vague, and Rebecca and I have appealed sections B and F. The hearing is listed for 25 January 2028 (by video), and our further evidence is due by 8 December.

Two questions:
1. Would you be able to write a short addendum on the final plan's section F, in particular on whether "up to three sessions a week of small-group or 1:1 literacy support" would meet the needs you identified? It would need to be with me by Friday 3 December.
2. Would you be available to give evidence on 25 January if the appeal goes to a hearing?

I'm happy to pay your usual rates, of course. Let me know what you need from me.

Best wishes,
Dominic""",
    category="information_request",
    dates=[
        D("25 January 2028", "2028-01-25", "meeting"),
        D("8 December", "2027-12-08", "deadline"),
        D("Friday 3 December", "2027-12-03", "deadline"),
    ],
)

# --------------------------------------------------------------------------- 052 addendum (iso-8859-1, pound sign)
M052 = M(
    52,
    "private_ep_addendum",
    "t06-private-ep",
    "2027-10-29 17:10:08",
    MIRIAM,
    [DOM],
    "Re: " + M010.subject,
    reply_to=M051,
    quote="gmail",
    charset="iso-8859-1",
    new="""\
Dear Dominic,

My addendum is attached, well ahead of your 3 December date. In short: no, I do not think the section F wording meets Isaac's needs. "Up to three sessions" has no minimum, "small-group or 1:1" leaves the most important decision to the school, and "access to specialist teacher advice" is advice for the staff, not teaching for Isaac. I have set out the wording I would support, which is very close to what you proposed in August.

I have kept 25 January free. If I am needed, I will give evidence by video from my office.

My invoice AEP-2027-118 for the addendum is attached (\u00a3450, as quoted). The hearing day, if it goes ahead, would be \u00a3900.

Best wishes,
Miriam""",
    attachments=[
        Att(
            "Isaac Farrelly - addendum report - October 2027.pdf",
            "application/pdf",
            fake_pdf("Addendum report"),
        ),
        Att("Invoice AEP-2027-118.pdf", "application/pdf", fake_pdf("Invoice")),
    ],
    category="general",
    dates=[D("3 December", "2027-12-03", "deadline"), D("25 January", "2028-01-25", "meeting")],
    commits=[
        C(
            "other",
            "give evidence by video",
            None,
            "If I am needed, I will give evidence by video from my office.",
        )
    ],
)

# --------------------------------------------------------------------------- 053 response not received
M053 = M(
    53,
    "la_response_missing",
    "t20-late-response",
    "2027-11-25 09:05:37",
    DOM,
    [SEND_APPEALS],
    f"HD 25/01/2028 | {TRIB} | Isaac Farrelly | LA response not received",
    cc=[ALISTAIR],
    new="""\
Dear Sir or Madam,

Under the Tribunal's directions of 13 October 2027, the council's response to this appeal was due yesterday, 24 November. Neither Ms Linton nor I have received it, and the Tribunal has not told us that it has been filed.

Please could you confirm by return whether the council intends to oppose the appeal, and when its response will be sent? Our own further evidence is due on 8 December, and we cannot prepare it properly without knowing the council's case.

Regards,""",
    category="mediation_tribunal",
    refs=[TRIB],
    dates=[
        D("13 October 2027", "2027-10-13", "past"),
        D("yesterday, 24 November", "2027-11-24", "past"),
        D("8 December", "2027-12-08", "deadline"),
    ],
)

# --------------------------------------------------------------------------- 054 solicitor's letter
LETTER_054 = """\
Dear Ms Castle,

Please see the attached letter, the text of which is also set out below.

Kind regards
Joanna Pritchard

------------------------------------------------------------

HARTWELL MADDOX LLP
Your ref: LEG/SEND/27/0277
Our ref: JP/FAR/0931

29 November 2027

Dear Ms Castle

Isaac Farrelly (DOB 11 January 2014) \u2013 appeal EH941/27/00522

We act for Mr Dominic Farrelly, who brings this appeal with Ms Rebecca Linton, in relation to sections B and F of Isaac's EHC plan dated 17 September 2027. Please now send all correspondence about the appeal to us, copied to Mr Farrelly and Ms Linton.

Under paragraph 1 of the Tribunal's directions of 13 October 2027, the Local Authority's response was due by 24 November 2027. It has not been received. Our client wrote to your SEND appeals inbox on 25 November 2027 and has had no reply.

Please send the response to us and to the Tribunal by 4pm on Friday 3 December 2027. If it is not received by then, we will apply to the Tribunal for a direction barring the Local Authority from taking further part in the proceedings, and we will ask the Tribunal to take the delay into account.

We will file our client's further evidence, including an addendum report from Dr Miriam Achterberg, by 8 December 2027 as directed. Our client remains willing to discuss settlement. If the Local Authority is prepared to agree quantified provision in section F along the lines of the parents' representations of 25 August 2027, we would be glad to receive its proposals.

Yours sincerely

Hartwell Maddox LLP"""

M054 = M(
    54,
    "solicitor_letter",
    "t21-solicitor",
    "2027-11-29 11:30:18",
    JOANNA,
    [YVONNE],
    f"{TRIB} {DASH} Isaac Farrelly v Larkhaven County Council {DASH} late response",
    cc=[DOM, SEND_APPEALS],
    fmt="alt",
    new=LETTER_054,
    attachments=[
        Att(
            "Letter to Larkhaven Legal Services - 29.11.2027.pdf",
            "application/pdf",
            fake_pdf("Letter - late response"),
        )
    ],
    category="mediation_tribunal",
    refs=[TRIB, LEG],
    dates=[
        D("29 November 2027", "2027-11-29", "other"),
        D("11 January 2014", "2014-01-11", "past"),
        D("17 September 2027", "2027-09-17", "past"),
        D("13 October 2027", "2027-10-13", "past"),
        D("24 November 2027", "2027-11-24", "past"),
        D("25 November 2027", "2027-11-25", "past"),
        D("Friday 3 December 2027", "2027-12-03", "deadline"),
        D("8 December 2027", "2027-12-08", "deadline"),
        D("25 August 2027", "2027-08-25", "past"),
    ],
    commits=[
        C(
            "other",
            "apply for a barring direction",
            None,
            "If it is not received by then, we will apply to the Tribunal for a direction barring the Local Authority "
            "from taking further part in the proceedings, and we will ask the Tribunal to take the delay into account.",
        ),
        C(
            "other",
            "file the further evidence",
            "2027-12-08",
            "We will file our client's further evidence, including an addendum report from Dr Miriam Achterberg, by "
            "8 December 2027 as directed.",
        ),
    ],
)

# --------------------------------------------------------------------------- 055 late response, apology
M055 = M(
    55,
    "la_response_late",
    "t21-solicitor",
    "2027-12-01 16:45:02",
    YVONNE,
    [JOANNA],
    "RE: " + M054.subject,
    cc=[DOM, BEX],
    reply_to=M054,
    quote="outlook",
    new="""\
Dear Ms Pritchard,

Thank you for your letter of 29 November. I apologise, on behalf of the Local Authority, for the late response. It was filed with the Tribunal this afternoon, with an application to extend time, and a copy is attached.

You will see that the Local Authority opposes the appeal at this stage. However, having now read Dr Achterberg's and Dr Wren's advice side by side, I think there is real scope to narrow the issues, and the SEN service agrees. I will send you written settlement proposals by Friday 10 December.

I would also suggest that the working document is prepared jointly, whatever happens. I will send you a first draft with the Local Authority's proposed wording early next week.

Kind regards,""",
    attachments=[
        Att(
            "LA response - EH941-27-00522.pdf",
            "application/pdf",
            fake_pdf("Local authority response"),
        )
    ],
    from_la=True,
    category="mediation_tribunal",
    refs=[TRIB, LEG],
    dates=[
        D("29 November", "2027-11-29", "past"),
        D("this afternoon", "2027-12-01", "other"),
        D("Friday 10 December", "2027-12-10", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send written settlement proposals",
            "2027-12-10",
            "I will send you written settlement proposals by Friday 10 December.",
        ),
        C(
            "la",
            "send a first draft of the working document",
            None,
            "I will send you a first draft with the Local Authority's proposed wording early next week.",
        ),
    ],
)

# --------------------------------------------------------------------------- 056 settlement proposals
M056 = M(
    56,
    "settlement_proposals",
    "t21-solicitor",
    "2027-12-09 12:15:44",
    YVONNE,
    [JOANNA],
    f"RE: {TRIB} {DASH} Isaac Farrelly v Larkhaven County Council {DASH} WITHOUT PREJUDICE settlement proposals",
    cc=[DOM, BEX, ALISTAIR],
    reply_to=M055,
    quote="outlook",
    new="""\
Dear Ms Pritchard,

WITHOUT PREJUDICE

As promised, the Local Authority's proposals for settling the appeal are set out below and in the attached draft working document.

Section B
The Local Authority accepts the parents' proposed additions on processing speed, phonological processing, handwriting speed and the description of Isaac's anxiety, in the parents' wording.

Section F
(a) Specialist teaching: 1:1 teaching from a specialist teacher holding a Level 7 SpLD qualification, using a structured, cumulative, multisensory programme, three sessions of 45 minutes a week in term time.
(b) Touch-typing: a daily 15-minute programme until Isaac reaches 25 words per minute, and a laptop with speech-to-text and text-to-speech software for all lessons and for exams.
(c) Emotional wellbeing: a named key adult who checks in with Isaac at the start of each school day, and a weekly 30-minute ELSA session.
(d) Occupational therapy: the Local Authority to commission an independent OT assessment, to be completed by 31 March 2028, and to review the plan within six weeks of receiving the report.
(e) Exam access arrangements as proposed by the parents.

If these terms are acceptable, the parties could ask the Tribunal to make a consent order and to vacate the hearing on 25 January. I would be grateful for your clients' response by Friday 17 December, so that an order can be agreed before the Christmas closure. Whatever your clients decide, I will update the Tribunal on the progress of settlement discussions on that day.

Kind regards,""",
    attachments=[
        Att(
            "Draft working document - Isaac Farrelly - LA proposals.pdf",
            "application/pdf",
            fake_pdf("Working document - LA proposals"),
        )
    ],
    from_la=True,
    category="mediation_tribunal",
    refs=[TRIB, LEG],
    dates=[
        D("31 March 2028", "2028-03-31", "deadline"),
        D("25 January", "2028-01-25", "meeting"),
        D("Friday 17 December", "2027-12-17", "deadline"),
    ],
    commits=[
        C(
            "la",
            "update the Tribunal on settlement discussions",
            None,
            "Whatever your clients decide, I will update the Tribunal on the progress of settlement discussions on that day.",
        )
    ],
)

# --------------------------------------------------------------------------- 057 solicitor's advice to the parents
M057 = M(
    57,
    "solicitor_advice",
    "t21-solicitor",
    "2027-12-10 10:00:29",
    JOANNA,
    [DOM],
    M056.subject,
    cc=[BEX],
    reply_to=M056,
    quote="outlook",
    new="""\
Dear Dominic and Rebecca,

I have been through the council's proposals. In summary, they give you almost everything you asked for in section F, and all of what you asked for in section B. My advice is that these are very good terms and that you should accept them, subject to two points:

1. The typing target should be 30 words per minute, as Dr Achterberg recommends, not 25.
2. The OT item should say that any provision the occupational therapist recommends will be added to section F at the review, not only that the plan will be reviewed.

If you are both content, I will put these points to Ms Castle on Monday and ask her to prepare a draft consent order. It is your decision, of course, and I know you will want to talk it over. Could you let me have your instructions by Sunday evening?

Kind regards,""",
    category="mediation_tribunal",
    refs=[TRIB],
    dates=[D("on Monday", "2027-12-13", "deadline"), D("Sunday evening", "2027-12-12", "deadline")],
    commits=[
        C(
            "other",
            "put the two points to the council and ask for a draft order",
            "2027-12-13",
            "If you are both content, I will put these points to Ms Castle on Monday and ask her to prepare a draft "
            "consent order.",
        )
    ],
)

# --------------------------------------------------------------------------- 058 parents (subject changed)
M058 = M(
    58,
    "parents_settlement",
    "t17-parents-plan",
    "2027-12-11 10:22:16",
    DOM_NOSIG,
    [BEX],
    "Isaac \u2013 the council's offer (was: Isaac's draft plan \u2013 my notes)",
    reply_to=M045,
    quote="gmail",
    new="""\
Bex,

Did you see Joanna's email yesterday? I think we should take it. It's everything we asked for in August, near enough, and it means no hearing in January. Isaac would start the specialist teaching in the spring term.

Joanna wants our answer by tomorrow evening. Are you OK with me telling her yes, with her two changes?

D""",
    category="mediation_tribunal",
    dates=[D("yesterday", "2027-12-10", "past"), D("tomorrow evening", "2027-12-12", "deadline")],
)

# --------------------------------------------------------------------------- 059
M059 = M(
    59,
    "re_parents_settlement",
    "t17-parents-plan",
    "2027-12-11 13:40:52",
    BEX,
    [DOM_NOSIG],
    "Re: " + M058.subject,
    reply_to=M058,
    quote="apple",
    new="""\
Yes. Tell her yes.

And thank you. I know I wasn't keen on any of this back in May. You were right to push, and you did it without falling out with the school, which I honestly didn't think was possible.

I'll tell Isaac on Monday after school, if that's OK with you - just that he's getting a proper reading teacher, nothing about tribunals.

Bex x""",
    category="mediation_tribunal",
    dates=[D("on Monday", "2027-12-13", "deadline")],
    commits=[
        C(
            "parent",
            "tell Isaac about the reading teacher",
            "2027-12-13",
            "I'll tell Isaac on Monday after school, if that's OK with you - just that he's getting a proper reading "
            "teacher, nothing about tribunals.",
        )
    ],
)

# --------------------------------------------------------------------------- 060 acceptance with amendments
M060 = M(
    60,
    "settlement_accepted",
    "t21-solicitor",
    "2027-12-13 09:30:11",
    JOANNA,
    [YVONNE],
    M056.subject,
    cc=[DOM, BEX],
    reply_to=M056,
    quote="outlook",
    new="""\
Dear Ms Castle,

WITHOUT PREJUDICE

Thank you for your proposals of 9 December. My clients are willing to settle the appeal on those terms, subject to two amendments:

1. Section F(b): the touch-typing programme should continue until Isaac reaches 30 words per minute.
2. Section F(d): after "to review the plan within six weeks of receiving the report", add "and to include in section F any provision the occupational therapist recommends".

If the Local Authority agrees, please send a draft consent order and the agreed working document, and my clients will sign and return them promptly. I will tell the Tribunal today that terms are close to agreement.

Kind regards,""",
    category="mediation_tribunal",
    refs=[TRIB],
    dates=[D("9 December", "2027-12-09", "past"), D("today", "2027-12-13", "deadline")],
    commits=[
        C(
            "parent",
            "sign and return the consent order",
            None,
            "If the Local Authority agrees, please send a draft consent order and the agreed working document, and my "
            "clients will sign and return them promptly.",
        ),
        C(
            "other",
            "tell the Tribunal terms are close",
            "2027-12-13",
            "I will tell the Tribunal today that terms are close to agreement.",
        ),
    ],
)

# --------------------------------------------------------------------------- 061 draft consent order
M061 = M(
    61,
    "draft_consent_order",
    "t21-solicitor",
    "2027-12-21 15:10:26",
    YVONNE,
    [JOANNA],
    M056.subject + " \u2013 draft consent order",
    cc=[DOM, BEX, ALISTAIR],
    reply_to=M060,
    quote="outlook",
    sig=YVONNE.sig.replace(
        "\n\n" + LARK_DISCLAIMER,
        "\nLegal Services is closed from 24 December 2027 to 3 January 2028 inclusive.\n\n"
        + LARK_DISCLAIMER,
    ),
    new="""\
Dear Ms Pritchard,

The Local Authority agrees to both amendments. I attach a draft consent order and the agreed working document, which incorporate them.

If you are content, please return the order signed on behalf of your clients by Wednesday 5 January 2028. I will then countersign it and send it to the Tribunal with a request that the hearing on 25 January 2028 be vacated. Once the Tribunal makes the order, the Local Authority must issue the amended plan within five weeks.

I am on leave from 23 December and back on 4 January.

Kind regards,""",
    attachments=[
        Att(
            "Draft consent order - EH941-27-00522.pdf",
            "application/pdf",
            fake_pdf("Draft consent order"),
        ),
        Att(
            "Agreed working document - Isaac Farrelly.pdf",
            "application/pdf",
            fake_pdf("Agreed working document"),
        ),
    ],
    from_la=True,
    category="mediation_tribunal",
    refs=[TRIB, LEG],
    dates=[
        D("Wednesday 5 January 2028", "2028-01-05", "deadline"),
        D("25 January 2028", "2028-01-25", "meeting"),
        D("23 December", "2027-12-23", "other"),
        D("4 January", "2028-01-04", "other"),
    ],
    commits=[
        C(
            "la",
            "countersign the order and send it to the Tribunal",
            None,
            "I will then countersign it and send it to the Tribunal with a request that the hearing on 25 January 2028 "
            "be vacated.",
        )
    ],
)

# --------------------------------------------------------------------------- 062 order lodged
M062 = M(
    62,
    "order_lodged",
    "t21-solicitor",
    "2028-01-06 11:15:37",
    JOANNA,
    [DOM],
    M061.subject,
    cc=[BEX],
    reply_to=M061,
    quote="outlook",
    new="""\
Dear Dominic and Rebecca,

Happy new year. Ms Castle countersigned the consent order yesterday and it went to the Tribunal this morning. I will let you know as soon as the Tribunal approves it, which usually takes a week or two. Until then, please keep 25 January free, just in case.

Once the order is made, the council has five weeks to issue the amended plan. I will diarise that date and chase if it slips.

Kind regards,""",
    category="mediation_tribunal",
    refs=[TRIB],
    dates=[
        D("yesterday", "2028-01-05", "past"),
        D("this morning", "2028-01-06", "other"),
        D("25 January", "2028-01-25", "meeting"),
    ],
    commits=[
        C(
            "other",
            "tell the parents when the Tribunal approves the order",
            None,
            "I will let you know as soon as the Tribunal approves it, which usually takes a week or two.",
        ),
        C(
            "other",
            "diarise the five-week date and chase",
            None,
            "I will diarise that date and chase if it slips.",
        ),
    ],
)

# --------------------------------------------------------------------------- 063 consent order made (HTML only, zone GMT)
M063 = M(
    63,
    "consent_order_made",
    "t22-order",
    "2028-01-13 14:02:55",
    TRIBUNAL,
    [JOANNA, YVONNE],
    f"HD 25/01/2028 | {TRIB} | Isaac Farrelly | Consent order",
    cc=[DOM, BEX],
    fmt="html",
    zone_name="GMT",
    new="""\
Dear Parties,

Appeal reference: EH941/27/00522 \u2013 Isaac Farrelly

A Judge has considered the parties' application and has made the attached order by consent, dated 13 January 2028. The appeal is allowed in the agreed terms and the hearing listed for 25 January 2028 has been vacated. The parties do not need to attend.

Under the regulations, the local authority must issue the amended EHC plan within five weeks of the date of the order, that is by 17 February 2028.

This concludes the Tribunal's involvement in the appeal.

SEND Tribunal Administration""",
    attachments=[
        Att(
            "EH941-27-00522 Consent order 13.01.2028.pdf",
            "application/pdf",
            fake_pdf("Consent order"),
        )
    ],
    category="mediation_tribunal",
    refs=[TRIB],
    dates=[
        D("13 January 2028", "2028-01-13", "other"),
        D("25 January 2028", "2028-01-25", "meeting"),
        D("17 February 2028", "2028-02-17", "deadline"),
    ],
)

# --------------------------------------------------------------------------- 064 amended final plan
M064 = M(
    64,
    "amended_final_plan",
    "t23-amended-final",
    "2028-02-11 16:30:09",
    ALISTAIR,
    [BEX, DOM],
    f"Isaac Farrelly {DASH} amended final EHC plan {DASH} {REF}",
    cc=[SIAN],
    fmt="alt",
    new="""\
Dear Ms Linton and Mr Farrelly,

Please find attached Isaac's amended final EHC plan, issued today in line with the Tribunal's consent order of 13 January 2028. Sections B and F now contain the agreed wording. Section I continues to name Kingswell Academy, and Mrs Maddocks is copied in.

The independent occupational therapy assessment has been commissioned from Meadowfield Therapy. Their therapist will contact you to arrange to see Isaac. The assessment is due to be completed by 31 March 2028. I will arrange a review meeting within six weeks of receiving the report.

Isaac's first annual review will be due by 17 September 2028.

Kind regards,""",
    attachments=[
        Att(
            "Amended Final EHC Plan - Isaac Farrelly - 11.02.2028.pdf",
            "application/pdf",
            fake_pdf("AMENDED FINAL EHC plan"),
        )
    ],
    from_la=True,
    category="final_plan",
    refs=[REF],
    dates=[
        D("today", "2028-02-11", "other"),
        D("13 January 2028", "2028-01-13", "past"),
        D("31 March 2028", "2028-03-31", "deadline"),
        D("17 September 2028", "2028-09-17", "deadline"),
    ],
    commits=[
        C(
            "other",
            "therapist to contact the parents",
            None,
            "Their therapist will contact you to arrange to see Isaac.",
        ),
        C(
            "la",
            "arrange a review meeting after the OT report",
            None,
            "I will arrange a review meeting within six weeks of receiving the report.",
        ),
    ],
)

# --------------------------------------------------------------------------- 065
M065 = M(
    65,
    "re_amended_final_plan",
    "t23-amended-final",
    "2028-02-11 18:05:40",
    DOM,
    [ALISTAIR],
    "RE: " + M064.subject,
    cc=[BEX],
    reply_to=M064,
    quote="gmail",
    new="""\
Dear Mr Munro,

Thank you \u2013 and thank you for making sure it came to both of us this time.

Rebecca and I have read it through and it matches the agreed working document. One small thing: the OT section refers to "Meadowfield Therapy Partners" in one place and "Meadowfield Therapy" in another. Not important, but worth tidying up at the review.

Kind regards,""",
    category="general",
    refs=[REF],
)

# --------------------------------------------------------------------------- 066 school: provision starting
M066 = M(
    66,
    "school_provision_start",
    "t24-school-provision",
    "2028-02-15 13:10:33",
    SIAN,
    [BEX, DOM],
    "Isaac \u2013 specialist teaching from 28 February \U0001f642",
    fmt="alt",
    new="""\
Dear Rebecca and Dominic,

Some good news before half term. We have appointed Mrs Lorna Birtles, a specialist teacher with an AMBDA qualification, to teach Isaac's 1:1 sessions. She will start with Isaac on Monday 28 February, the first day back after half term, and will see him on Mondays, Wednesdays and Thursdays in period 1.

- Laptop: set up with the speech-to-text software. Our IT technician will hand it over to Isaac on his first morning back.
- Typing: Mr Dale, his form tutor, will run the daily typing programme during morning registration.
- Key adult: Mr Dale is also his key adult for the morning check-ins. ELSA sessions carry on as now, on Friday afternoons.

I will send you a short timetable showing all of this by Friday. Isaac has seen it and seemed pleased, if slightly alarmed at losing period 1 maths on Wednesdays!

Best wishes,""",
    category="general",
    dates=[
        D("Monday 28 February", "2028-02-28", "deadline"),
        D("by Friday", "2028-02-18", "deadline"),
    ],
    commits=[
        C(
            "school",
            "specialist teacher to start 1:1 sessions",
            "2028-02-28",
            "She will start with Isaac on Monday 28 February, the first day back after half term, and will see him on "
            "Mondays, Wednesdays and Thursdays in period 1.",
        ),
        C(
            "school",
            "hand over the laptop",
            None,
            "Our IT technician will hand it over to Isaac on his first morning back.",
        ),
        C(
            "school",
            "run the daily typing programme",
            None,
            "Typing: Mr Dale, his form tutor, will run the daily typing programme during morning registration.",
        ),
        C(
            "school",
            "send a timetable",
            "2028-02-18",
            "I will send you a short timetable showing all of this by Friday.",
        ),
    ],
)

# --------------------------------------------------------------------------- 067 (iPhone, no In-Reply-To)
M067 = M(
    67,
    "re_school_provision_start",
    "t24-school-provision",
    "2028-02-15 20:45:12",
    DOM_PHONE,
    [SIAN],
    "Re: " + M066.subject,
    cc=[BEX],
    reply_to=M066,
    quote="apple",
    irt=False,
    new="""\
That's brilliant news, thank you Si\u00e2n. I'll make sure he has his charger and headphones on the 28th.

Dominic""",
    category="general",
    dates=[D("the 28th", "2028-02-28", "deadline")],
    commits=[
        C(
            "parent",
            "make sure Isaac has his charger and headphones",
            "2028-02-28",
            "I'll make sure he has his charger and headphones on the 28th.",
        )
    ],
)

MSGS = [
    M032, M033, M034, M035, M036, M037, M038, M039, M040, M041, M042, M043, M044, M045, M046, M047,
    M048, M049, M050, M051, M052, M053, M054, M055, M056, M057, M058, M059, M060, M061, M062, M063,
    M064, M065, M066, M067,
]  # fmt: skip
