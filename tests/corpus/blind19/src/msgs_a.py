"""Messages 001-035 (April to September 2027): the Year 5 review, the transport dispute,
the secondary transfer pack and the visits. One M(...) per message with its gold labels."""

from corpuslib import C, D, M, docx, pdf
from people import (
    BONDHU,
    CHLOE,
    LESLEY,
    MUHIT,
    MUHIT_PHONE_SIG,
    NEIL,
    OLIVIA,
    ROISIN,
    RUMANA,
    SHAHANA,
    SHAHANA_Y,
    SIAN,
    TARIQ,
    YVONNE,
)  # fmt: skip

REF = "HB/EHCP/21/0763"
TA = "TA/27/0592"
AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]

# ------------------------------------------------------------------ t01 review invitation

m001 = M(
    1,
    "ayaan_annual_review_2027",
    "t01-review-invitation",
    "2027-04-27 10:14:33",
    SIAN,
    [MUHIT],
    "Ayaan – annual review 2027",
    cc=[SHAHANA],
    fmt="alt",
    attachments=[docx("Parent and carer views - annual review.docx")],
    new="""Dear Mr and Mrs Choudhury,

I hope you all had a lovely Easter break.

It's that time of year again, and I'd like to invite you to Ayaan's annual review, which will be on Wednesday 16 June 2027 at 1.30pm in the library (ground floor, the usual door by the hall). Because Ayaan is in Year 5, this is the review where we start planning properly for his move to secondary school in September 2028, so it will probably be a bit longer than last year – I've booked the room until 3.30.

I've invited:
- Mrs Egan (QTVI, Sensory Support Service)
- Chloe Barraclough (OT) and Tariq Mahmood (physio)
- Yvonne Markham, Ayaan's EHC coordinator at Hollinbrook (council ref HB/EHCP/21/0763)
- Miss Doyle and Mrs Kaur from class

I've attached the parent and carer views form. Could you let me have it back by Friday 21 May? Ayaan is already doing his "All about me" pages with Mrs Kaur in class.

I will send all the reports out to everyone by Friday 28 May, before we break up for half term, so you have well over two weeks to read them.

Any questions at all, just give me a ring or catch me at the gate at home time.

Kind regards,""",
    category="annual_review",
    refs=[REF],
    dates=[
        D("Wednesday 16 June 2027", "2027-06-16", "meeting"),
        D("Friday 21 May", "2027-05-21", "deadline"),
        D("Friday 28 May", "2027-05-28", "deadline"),
    ],
    commits=[
        C(
            "school",
            "send the review reports to everyone",
            "2027-05-28",
            "I will send all the reports out to everyone by Friday 28 May, before we break up for half term, so you have well over two weeks to read them.",
        ),
    ],
)

m002 = M(
    2,
    "re_ayaan_annual_review_2027",
    "t01-review-invitation",
    "2027-04-28 21:40:12",
    MUHIT,
    [SIAN],
    "Re: Ayaan – annual review 2027",
    cc=[SHAHANA],
    reply_to=m001,
    quote="gmail",
    new="""Respected Mrs Pritchard,

Assalamu alaikum and thank you very much for your kind email and the form.

Myself and my wife will be attending the review meeting on 16th June at 1.30pm, InshaAllah. I will complete the parent views form and return it to you by 21st May.

I would like to humbly request one thing. We have a family friend, Mrs Rumana Akhtar, who is a teacher at a primary school in Kelsbridge, and she is helping us to understand the process for secondary school. Kindly may she also attend the meeting with us? If it is not allowed, no problem, we will understand.

Thank you once again for all your support to Ayaan.""",
    category="appointment",
    dates=[D("16th June", "2027-06-16", "meeting"), D("21st May", "2027-05-21", "deadline")],
    commits=[
        C(
            "parent",
            "attend the annual review meeting",
            "2027-06-16",
            "Myself and my wife will be attending the review meeting on 16th June at 1.30pm, InshaAllah.",
        ),
        C(
            "parent",
            "return the parent views form",
            "2027-05-21",
            "I will complete the parent views form and return it to you by 21st May.",
        ),
    ],
)

m003 = M(
    3,
    "re_re_annual_review_2027",
    "t01-review-invitation",
    "2027-04-29 08:52:04",
    SIAN,
    [MUHIT],
    "RE: Ayaan – annual review 2027",
    cc=[SHAHANA],
    reply_to=m002,
    quote="outlook",
    sig="Sian\n\nSian Pritchard | SENCO | Ferncliffe Primary School",
    new="""Dear Mr Choudhury,

Of course – Mrs Akhtar is very welcome, and it sounds like she'll be a real help to you both. I'll add her name to the list.

Mr Garside will also join us for the first part of the meeting, as he'd like to hear your views on secondary himself.

Best wishes,""",
    category="appointment",
    commits=[
        C(
            "school",
            "add Mrs Akhtar to the attendance list",
            None,
            "I'll add her name to the list.",
        ),
        C(
            "school",
            "head to join the first part of the meeting",
            None,
            "Mr Garside will also join us for the first part of the meeting, as he'd like to hear your views on secondary himself.",
        ),
    ],
)

# ------------------------------------------------------------------ t02 OT advice

m004 = M(
    4,
    "ot_advice_annual_review",
    "t02-ot-advice",
    "2027-05-10 14:05:51",
    CHLOE,
    [MUHIT],
    "OT advice for Ayaan's annual review",
    cc=[SIAN],
    attachments=[pdf("OT advice - Ayaan Choudhury - May 2027.pdf")],
    new="""Dear Mr Choudhury,

Please find attached my written advice for Ayaan's annual review on 16 June. I'm sorry it's a little longer than usual – with secondary transfer coming up I've tried to set out what any secondary school would need to have in place, so that the council has it in writing now rather than later.

In short:
- Ayaan needs a height-adjustable desk in every teaching room he uses, with a clear turning circle for his chair (at least 1.5 m).
- He needs an accessible toilet with a ceiling track hoist and a height-adjustable changing bench. He is getting older and privacy matters to him more and more – he told me so himself.
- He should carry on using his laptop with the adapted keyboard and Grid software for recording; handwriting is not a functional method for him.
- Two trained adults for all transfers.

I will also visit school with Tariq (physio) on Tuesday 25 May to look at his classroom seating and the standing frame, and I'll add anything from that visit to the report.

Ayaan's NHS number is on the front page (485 771 2093), so please keep the report somewhere safe.

Kind regards,""",
    category="general",
    dates=[D("16 June", "2027-06-16", "meeting"), D("Tuesday 25 May", "2027-05-25", "meeting")],
    commits=[
        C(
            "health",
            "visit school with the physio to look at seating",
            "2027-05-25",
            "I will also visit school with Tariq (physio) on Tuesday 25 May to look at his classroom seating and the standing frame, and I'll add anything from that visit to the report.",
        ),
    ],
)

m005 = M(
    5,
    "re_ot_advice",
    "t02-ot-advice",
    "2027-05-10 20:15:40",
    MUHIT,
    [CHLOE],
    "Re: OT advice for Ayaan's annual review",
    cc=[SIAN],
    reply_to=m004,
    quote="gmail",
    new="""Dear Ms Barraclough,

Thank you very much for the detailed report. We have read it together with my wife and we are agreeing with all the points, especially about the privacy. Ayaan was very happy that you listened to him.

Only one small question please. Our friend who is a teacher told us that if something is not written in section F, the school does not have to provide it. Will the hoist and changing bench be in section F of his plan, or only in your report?

Also the sling he is using at home for the hoist is becoming small for him, whom should I ask for a new one?

Thank you again.""",
    category="general",
)

# ------------------------------------------------------------------ t03 physio visit

m006 = M(
    6,
    "school_visit_next_week",
    "t03-physio-visit",
    "2027-05-20 15:30:09",
    TARIQ,
    [MUHIT],
    "Ayaan – school visit next week",
    cc=[CHLOE, SIAN],
    sig="Thanks\nTariq\n\n" + TARIQ.sig,
    new="""Hi Mr Choudhury,

Chloe and I were due to see Ayaan in school on Tuesday 25 May but I've been asked to cover the orthotics clinic that morning. Could we move the visit to Thursday 27 May at 9.15? Chloe can do that too. The idea is to look at his seating in class and how the standing frame fits into his day, and I'd like to check his hamstrings as he's had a growth spurt over the winter.

It would be really good if you or your wife could be there for the first half hour.

Once you confirm I'll let Mrs Pritchard know and book the room.""",
    category="appointment",
    dates=[
        D("Tuesday 25 May", "2027-05-25", "meeting"),
        D("Thursday 27 May", "2027-05-27", "meeting"),
    ],
    commits=[
        C(
            "health",
            "tell the SENCO and book the room",
            None,
            "Once you confirm I'll let Mrs Pritchard know and book the room.",
        ),
    ],
)

m007 = M(
    7,
    "parent_views_form_returned",
    "t01-review-invitation",
    "2027-05-20 22:10:27",
    MUHIT,
    [SIAN],
    "Re: Ayaan – annual review 2027",
    cc=[SHAHANA, RUMANA],
    reply_to=m003,
    quote="gmail2",
    attachments=[docx("Parent views - Ayaan Choudhury - May 2027.docx")],
    new="""Dear Mrs Pritchard,

As promised, please find attached our parent views form for Ayaan's annual review. My wife and I wrote it together and our friend Mrs Akhtar helped with the English in some places.

I would like to highlight one matter before the meeting. In part 3 of the form we have written that we strongly wish for Ayaan to go to a mainstream secondary school with his friends. Ayaan is a very bright boy, his reading is above his age when the text is enlarged, and his difficulties are physical and with his eyes, not with his learning. We have looked at Thistlegate Academy, which is in a new building with lifts, and also Brindley Moor School, which is nearer to our house and has a new accessible block.

We are requesting that the review records our wish clearly.

Jazakallah khair for your help.""",
    category="annual_review",
)

m008 = M(
    8,
    "re_school_visit_next_week",
    "t03-physio-visit",
    "2027-05-21 07:48:55",
    SHAHANA,
    [TARIQ],
    "Re: Ayaan – school visit next week",
    cc=[MUHIT],
    reply_to=m006,
    quote="samsung",
    cte="base64",
    sig="Shahana\n\nSent from my Galaxy",
    new="""Salam Mr Mahmood
Ji thursday is fine, I will come at 9.15 and stay for the visit. His abbu is working that day.""",
    category="appointment",
    dates=[D("thursday", "2027-05-27", "meeting")],
    commits=[
        C(
            "parent",
            "come to the school visit",
            "2027-05-27",
            "Ji thursday is fine, I will come at 9.15 and stay for the visit.",
        ),
    ],
)

# ------------------------------------------------------------------ t04 QTVI advice

m009 = M(
    9,
    "vision_advice_annual_review",
    "t04-qtvi-advice",
    "2027-05-27 16:40:18",
    ROISIN,
    [MUHIT],
    "Vision advice – Ayaan Choudhury (annual review)",
    cc=[SIAN],
    fmt="alt",
    attachments=[pdf("QTVI report - Ayaan Choudhury - May 2027.pdf")],
    sig="Best wishes,\nRóisín\n\n" + ROISIN.sig,
    new="""Dear Mr and Mrs Choudhury,

I've attached my report for Ayaan's review. I assessed his functional vision in class on 13 May and again on 14 May, and I've also included what I saw on the playground at lunchtime, which was very useful.

The main points:
• Ayaan has cerebral visual impairment (CVI). His acuity is not the whole story – he finds it hard to pick things out when there is a lot going on visually, and his vision is worse when he is tired or when he is moving.
• Print: N24 minimum, bold, on a plain cream background. He uses the iPad camera to see the board, and that works well.
• Lighting and contrast: high-contrast edges on steps and door frames, and a classroom layout that stays the same.
• A new building will be a very big thing for him. Whichever secondary is named, I would want to start orientation sessions there in the summer term of Year 6, well before he starts, including the route from the drop-off point to his form room and to the accessible toilet.

I'm afraid I can't be at the meeting in person on the 16th as I have another review at the same time, but I will ring in at 1.30pm for the vision part and Mrs Pritchard has kindly agreed to put me on speakerphone.""",
    from_la=True,
    category="general",
    dates=[
        D("13 May", "2027-05-13", "past"),
        D("14 May", "2027-05-14", "past"),
        D("the 16th", "2027-06-16", "meeting"),
    ],
    commits=[
        C(
            "la",
            "join the review by phone for the vision part",
            "2027-06-16",
            "I'm afraid I can't be at the meeting in person on the 16th as I have another review at the same time, but I will ring in at 1.30pm for the vision part and Mrs Pritchard has kindly agreed to put me on speakerphone.",
        ),
    ],
)

# ------------------------------------------------------------------ t05 review papers

m010 = M(
    10,
    "annual_review_papers",
    "t05-review-papers",
    "2027-05-28 15:55:02",
    SIAN,
    [MUHIT, SHAHANA],
    "Annual review papers – Ayaan Choudhury – 16.06.27",
    cc=[YVONNE, ROISIN, CHLOE, TARIQ, RUMANA],
    fmt="alt",
    attachments=[pdf("Ferncliffe school report - Ayaan Choudhury - annual review 2027.pdf")],
    new="""Dear all,

Ahead of Ayaan's annual review on Wednesday 16 June at 1.30pm, please find attached the school's report, together with the advice we've had from Chloe (OT) and Róisín (QTVI) and Mr and Mrs Choudhury's parent views. Tariq's notes from yesterday's visit will follow separately.

Mr and Mrs Choudhury – as I mentioned when we spoke on the phone on Tuesday, section 4 of our report sets out the school's view on secondary provision. Having thought about it very carefully, and having talked it through with Mr Garside, the school's view is that Larkspur House School would be best placed to meet Ayaan's physical and sensory needs from Year 7. I know this is not what you were hoping to read, and I want to be clear that it is our professional view for the meeting to discuss, not a decision – that is for you and the council. There will be plenty of time to talk it all through at the meeting.

Have a restful half term, everyone.

Kind regards,""",
    category="annual_review",
    dates=[
        D("Wednesday 16 June", "2027-06-16", "meeting"),
        D("yesterday", "2027-05-27", "past"),
        D("on Tuesday", "2027-05-25", "past"),
    ],
    commits=[
        C(
            "health",
            "send the physio's visit notes",
            None,
            "Tariq's notes from yesterday's visit will follow separately.",
        ),
    ],
)

m011 = M(
    11,
    "re_annual_review_papers",
    "t05-review-papers",
    "2027-05-29 10:20:44",
    SHAHANA,
    [SIAN],
    "Re: Annual review papers – Ayaan Choudhury – 16.06.27",
    cc=[MUHIT],
    reply_to=m010,
    quote="samsung",
    cte="base64",
    sig="Shahana\n\nSent from my Galaxy",
    new="""Mrs Pritchard salam
We read the report last nite. Why school write Larkspur?? Nobody ask us before, on phone you only said "we will talk about secondary". Ayaan want to go with Zain and Musa and his class. He is clever boy, only his body and his eyes not work properly.
Kita oibo now, council will send him there because school say??
We are very upset. His abbu will write to you.""",
    category="annual_review",
    dates=[D("last nite", "2027-05-28", "past")],
    commits=[C("parent", "father to write to the SENCO", None, "His abbu will write to you.")],
)

m012 = M(
    12,
    "re_re_annual_review_papers",
    "t05-review-papers",
    "2027-06-07 12:30:16",
    NEIL,
    [SHAHANA, MUHIT],
    "RE: Annual review papers – Ayaan Choudhury – 16.06.27",
    cc=[SIAN],
    reply_to=m011,
    quote="outlook",
    fmt="alt",
    sig="Yours sincerely,\n\n" + NEIL.sig,
    new="""Dear Mr and Mrs Choudhury,

Mrs Pritchard shared Mrs Choudhury's email with me over half term, and I wanted to reply personally.

First, I am sorry that the recommendation in our report came as a shock. That is not how it should have felt, and I take responsibility for it. We should have talked it through with you face to face before putting it in writing.

I want to be clear about what it is and what it is not. It is the school's honest view, based on what we see every day and on the therapists' advice, about which setting would best meet Ayaan's physical and sensory needs at eleven. It is not a judgement about his ability – he is a bright, funny and determined boy, and everyone here knows it. And it is not a decision. The council decides what to name in his plan, and your preference carries a great deal of weight in law.

I would like to meet you both before the review, with Mrs Pritchard. I can do Wednesday 9 June at 3.30pm or Thursday 10 June at 8.15am. If neither suits, tell me what would and I will make it work.""",
    category="annual_review",
    dates=[
        D("Wednesday 9 June", "2027-06-09", "meeting"),
        D("Thursday 10 June", "2027-06-10", "meeting"),
    ],
    commits=[
        C(
            "school",
            "arrange another meeting time if needed",
            None,
            "If neither suits, tell me what would and I will make it work.",
        ),
    ],
)

m013 = M(
    13,
    "meeting_before_review",
    "t05-review-papers",
    "2027-06-07 20:05:37",
    MUHIT,
    [NEIL],
    "Re: Meeting before Ayaan's review – Wednesday 9 June",
    cc=[SIAN, SHAHANA],
    reply_to=m012,
    quote="gmail",
    new="""Respected Mr Garside,

Thank you very much for your kind and honest reply. It means a lot to my wife and myself.

We will come to see you and Mrs Pritchard on Wednesday 9 June at 3.30pm. My wife is coming straight from her work, so she may be a few minutes late.

I will bring our points in writing so that they can be kept with the review papers. I do not wish to argue in the meeting, only to explain our reasons properly.""",
    category="appointment",
    dates=[D("Wednesday 9 June", "2027-06-09", "meeting")],
    commits=[
        C(
            "parent",
            "come to the meeting with the head",
            "2027-06-09",
            "We will come to see you and Mrs Pritchard on Wednesday 9 June at 3.30pm.",
        ),
        C(
            "parent",
            "bring written points for the review papers",
            None,
            "I will bring our points in writing so that they can be kept with the review papers.",
        ),
    ],
)

# ------------------------------------------------------------------ t06 review notes

m014 = M(
    14,
    "notes_of_annual_review",
    "t06-review-notes",
    "2027-06-17 19:45:03",
    MUHIT,
    [SIAN, YVONNE],
    "Notes of Ayaan's annual review on 16/06/2027 – HB/EHCP/21/0763",
    cc=[NEIL, SHAHANA, RUMANA],
    new="""Dear Mrs Pritchard and Ms Markham,

Thank you for the meeting yesterday. As advised by our friend Mrs Akhtar, I am writing down what was agreed so that everybody has the same understanding. Kindly inform me by Thursday 24 June if anything is not correct.

Present: Mrs Pritchard (SENCO), Mr Garside (Headteacher, first part), Miss Doyle (class teacher), Mrs Kaur (1:1 teaching assistant), Ms Markham (EHC Coordinator, Hollinbrook Council), Ms Barraclough (OT), Mr Mahmood (physiotherapist), Mrs Egan (QTVI, by telephone), Mrs Akhtar (family friend), my wife and myself.

1. Progress. Everybody agreed Ayaan has made good progress in Year 5, especially in maths, and in reading when the text is enlarged. Most of his targets were met.

2. Secondary school. The school explained its recommendation for Larkspur House School. We explained that we do not agree and that our preference is for a mainstream secondary school. Ms Markham explained that the council decides which school to name after consulting schools, and that our preference is an important part of this.

3. Ms Markham said the council will write with its decision following the review within four weeks of the meeting, so by 14 July.

4. Mrs Pritchard will send the school's review report and all the advice to the council by 30 June.

5. Ms Barraclough will send an addendum to her report about the toilet, hoist and changing space needed at a secondary school by Friday 2 July.

6. Mrs Egan will do orientation sessions at the secondary school once it is named.

7. We will visit Thistlegate Academy and Brindley Moor School in the autumn term and tell the council our preference on the form which the council sends in September.

8. Mr Mahmood will send his notes from the school visit on 27 May to Mrs Pritchard so they are added to the papers.

Thank you all for your time and your care for Ayaan.""",
    category="annual_review",
    refs=[REF],
    dates=[
        D("yesterday", "2027-06-16", "past"),
        D("Thursday 24 June", "2027-06-24", "deadline"),
        D("14 July", "2027-07-14", "deadline"),
        D("30 June", "2027-06-30", "deadline"),
        D("Friday 2 July", "2027-07-02", "deadline"),
        D("27 May", "2027-05-27", "past"),
    ],
    commits=[
        C(
            "la",
            "write with the decision following the review",
            "2027-07-14",
            "Ms Markham said the council will write with its decision following the review within four weeks of the meeting, so by 14 July.",
        ),
        C(
            "school",
            "send the review report and advice to the council",
            "2027-06-30",
            "Mrs Pritchard will send the school's review report and all the advice to the council by 30 June.",
        ),
        C(
            "health",
            "send an OT addendum on secondary facilities",
            "2027-07-02",
            "Ms Barraclough will send an addendum to her report about the toilet, hoist and changing space needed at a secondary school by Friday 2 July.",
        ),
        C(
            "la",
            "do orientation sessions at the named secondary",
            None,
            "Mrs Egan will do orientation sessions at the secondary school once it is named.",
        ),
        C(
            "parent",
            "visit two secondaries and return the preference form",
            None,
            "We will visit Thistlegate Academy and Brindley Moor School in the autumn term and tell the council our preference on the form which the council sends in September.",
        ),
        C(
            "health",
            "send the school visit notes to the SENCO",
            None,
            "Mr Mahmood will send his notes from the school visit on 27 May to Mrs Pritchard so they are added to the papers.",
        ),
    ],
)

m015 = M(
    15,
    "re_notes_of_annual_review",
    "t06-review-notes",
    "2027-06-18 11:20:45",
    YVONNE,
    [MUHIT],
    "RE: Notes of Ayaan's annual review on 16/06/2027 – HB/EHCP/21/0763",
    cc=[SIAN, NEIL, SHAHANA, RUMANA],
    reply_to=m014,
    quote="outlook",
    irt=False,
    charset="windows-1252",
    fmt="alt",
    sig="Kind regards\n\n" + YVONNE.sig,
    new="""Dear Mr Choudhury,

Thank you for your notes, which are a fair record of Wednesday’s meeting. There is one point I’d like to clarify, at point 3.

What I said was that the local authority has to let you have its decision within four weeks of the review meeting. I did not say that the proposed amendments to the plan would come with it. Because Ayaan is moving to secondary school in September 2028, the amendments – including section I – will be made as part of the phase transfer process in the autumn, once we have your preference and have consulted schools.

You’ll receive the decision letter from me by Wednesday 14 July.""",
    from_la=True,
    category="annual_review",
    refs=[REF],
    dates=[
        D("Wednesday’s meeting", "2027-06-16", "past"),
        D("Wednesday 14 July", "2027-07-14", "deadline"),
    ],
    commits=[
        C(
            "la",
            "make the amendments through phase transfer in the autumn",
            None,
            "Because Ayaan is moving to secondary school in September 2028, the amendments – including section I – will be made as part of the phase transfer process in the autumn, once we have your preference and have consulted schools.",
        ),
        C(
            "la",
            "send the decision letter",
            "2027-07-14",
            "You’ll receive the decision letter from me by Wednesday 14 July.",
        ),
    ],
)

m016 = M(
    16,
    "re_ot_advice_addendum",
    "t02-ot-advice",
    "2027-07-02 16:10:31",
    CHLOE,
    [MUHIT],
    "RE: OT advice for Ayaan's annual review",
    cc=[SIAN, YVONNE],
    reply_to=m005,
    quote="outlook",
    attachments=[pdf("OT addendum - secondary school environment - Ayaan Choudhury.pdf")],
    new="""Dear Mr Choudhury,

As promised at the review, attached is the addendum to my report setting out the toilet, hoist and changing space Ayaan will need at secondary school. I've copied in Ms Markham so that it goes on his file at the council.

To answer your question from May (sorry it took me so long): I've written the recommendation so that it can go into section F as specified provision, and I've said so in the addendum. Whether it does is for the council, but there is nothing vague in it that could be left out.

For the sling, please ring our equipment store on 01632 960820 and quote Ayaan's NHS number – they can arrange a re-measure at home.

Kind regards,""",
    category="general",
)

# ------------------------------------------------------------------ t07 decision after review

m017 = M(
    17,
    "decision_following_annual_review",
    "t07-review-decision",
    "2027-07-12 15:02:40",
    YVONNE,
    [MUHIT, SHAHANA],
    "Ayaan Choudhury – decision following annual review – HB/EHCP/21/0763",
    cc=[SIAN],
    charset="windows-1252",
    fmt="alt",
    sig="Kind regards\n\n" + YVONNE.sig,
    attachments=[pdf("Decision following annual review - Ayaan Choudhury - 12.07.2027.pdf")],
    new="""Dear Mr and Mrs Choudhury,

Please find attached the local authority’s decision following Ayaan’s annual review meeting on 16 June 2027.

Having considered the review report and the advice from the school, the therapists and the Sensory Support Service, the local authority has decided to amend Ayaan’s EHC plan. The amendments will be made as part of his transfer to secondary school (phase transfer), and will include updated sections B and F and the naming of his secondary school in section I.

What happens next:
1. In September I will send you the secondary transfer pack, which includes the preference form. Please return it by Friday 29 October 2027.
2. When we receive your preference, we will consult the school or schools you have named, and any other school the local authority considers may be suitable.
3. You will then receive the proposed amended plan, and you will have 15 days to comment on it and to ask for a meeting.
4. The law requires us to issue the final amended plan, naming Ayaan’s secondary school, before 15 February 2028.

I know from the review that you and the school have different views about Ayaan’s secondary placement. Both views are recorded in the review report that the panel sees.

If you have any questions, please contact me.""",
    from_la=True,
    category="annual_review",
    refs=[REF],
    dates=[
        D("16 June 2027", "2027-06-16", "past"),
        D("Friday 29 October 2027", "2027-10-29", "deadline"),
        D("15 February 2028", "2028-02-15", "deadline"),
    ],
    commits=[
        C(
            "la",
            "make the amendments through phase transfer",
            None,
            "The amendments will be made as part of his transfer to secondary school (phase transfer), and will include updated sections B and F and the naming of his secondary school in section I.",
        ),
        C(
            "la",
            "send the secondary transfer pack",
            None,
            "In September I will send you the secondary transfer pack, which includes the preference form.",
        ),
        C(
            "la",
            "consult the named schools",
            None,
            "When we receive your preference, we will consult the school or schools you have named, and any other school the local authority considers may be suitable.",
        ),
        C(
            "la",
            "send the proposed amended plan",
            None,
            "You will then receive the proposed amended plan, and you will have 15 days to comment on it and to ask for a meeting.",
        ),
    ],
)

m018 = M(
    18,
    "re_decision_following_annual_review",
    "t07-review-decision",
    "2027-07-13 07:30:02",
    MUHIT,
    [YVONNE],
    "Re: Ayaan Choudhury – decision following annual review – HB/EHCP/21/0763",
    cc=[SHAHANA, RUMANA, SIAN],
    reply_to=m017,
    quote="gmail",
    new="""Dear Ms Markham,

Thank you for the decision letter which we received yesterday.

Kindly may I ask three questions please, as my friend Mrs Akhtar has explained me some things and I want to be sure.

1. Mrs Akhtar says that when the council decides to amend a plan after a review, the proposed amendments should be sent with the decision, and not some months later. Why are the amendments not sent now?

2. In point 2 you are writing "any other school the local authority considers may be suitable". Does this mean the council will send Ayaan's papers to Larkspur House even though we are not naming it? We do not give our consent for this.

3. Will the council also arrange Ayaan's transport for secondary school, or is it a separate application?

I would be grateful for your reply before the school holidays start on Friday 23 July.""",
    category="information_request",
    refs=[REF],
    dates=[D("yesterday", "2027-07-12", "past"), D("Friday 23 July", "2027-07-23", "deadline")],
)

m019 = M(
    19,
    "automatic_reply_yvonne",
    "t07-review-decision",
    "2027-07-13 07:30:14",
    YVONNE,
    [MUHIT],
    "Automatic reply: Re: Ayaan Choudhury – decision following annual review – HB/EHCP/21/0763",
    reply_to=m018,
    quote="none",
    sig="",
    extra_headers=AUTO,
    charset="windows-1252",
    new="""Thank you for your email. I am on annual leave from Tuesday 13 July and will be back in the office on Monday 26 July 2027. I will not be checking my emails while I am away.

If your query is urgent, please contact the SEND Statutory Team on 01632 960400 or at sendstatutory@hollinbrook.gov.uk, quoting the child’s name and reference.""",
    from_la=True,
    category="general",
    refs=[REF],
    dates=[
        D("Tuesday 13 July", "2027-07-13", "other"),
        D("Monday 26 July 2027", "2027-07-26", "other"),
    ],
)

m020 = M(
    20,
    "re_decision_answers",
    "t07-review-decision",
    "2027-07-27 10:48:22",
    YVONNE,
    [MUHIT],
    "RE: Ayaan Choudhury – decision following annual review – HB/EHCP/21/0763",
    cc=[SHAHANA, RUMANA, SIAN],
    reply_to=m018,
    quote="outlook",
    charset="windows-1252",
    fmt="alt",
    sig="Kind regards\n\n" + YVONNE.sig,
    new="""Dear Mr Choudhury,

Thank you for your patience while I was on leave, and I’m sorry this has come after the schools broke up.

1. Amendments. You are right that the proposed amendments should normally come with the decision. For children transferring to secondary school, Hollinbrook makes the amendments once the preferences are in and schools have been consulted, so that the plan is amended once, with section I completed. I have raised your point with my manager, Damian Rourke, and he is content with this approach. You are entitled to disagree, and I have noted on Ayaan’s file that you do.

2. Consultation. The local authority must consult the schools you name. It can also consult other schools, and in Ayaan’s case I will also send his papers to Larkspur House, because the school has recommended it and the panel will expect to see its response. That does not mean Larkspur will be named. I’m sorry – I know this is not the answer you wanted.

3. Transport. Transport is a separate application to the Travel Assistance team, and for Year 7 it is made once the school is known. Ayaan’s current transport is not affected.

I will email the secondary transfer pack to you on Monday 6 September.""",
    from_la=True,
    category="general",
    refs=[REF],
    dates=[D("Monday 6 September", "2027-09-06", "deadline")],
    commits=[
        C(
            "la",
            "send Ayaan's papers to Larkspur House",
            None,
            "It can also consult other schools, and in Ayaan’s case I will also send his papers to Larkspur House, because the school has recommended it and the panel will expect to see its response.",
        ),
        C(
            "la",
            "email the secondary transfer pack",
            "2027-09-06",
            "I will email the secondary transfer pack to you on Monday 6 September.",
        ),
    ],
)

# ------------------------------------------------------------------ t08 not_send: travel quote

m021 = M(
    21,
    "fare_quote_sylhet",
    "t08-travel-quote",
    "2027-08-04 09:00:11",
    BONDHU,
    [MUHIT],
    "✈ Your fare quote: Manchester – Sylhet, December 2027",
    fmt="alt",
    sig="Bondhu Travel Ltd | 112 Wilmslow Road, Manchester M14 5AJ | 0161 496 0734\nATOL protected. Registered in England.",
    new="""Dear Mr Choudhury,

Thank you for your enquiry. We are pleased to hold the following fares for you.

Outbound: Friday 17 December 2027, Manchester (MAN) – Dubai (DXB) – Sylhet (ZYL)
Return: Sunday 9 January 2028, Sylhet (ZYL) – Dubai (DXB) – Manchester (MAN)
Passengers: 2 adults, 2 children
Special assistance: WCHC wheelchair assistance requested for 1 child passenger (powered wheelchair, dry cell battery)

Total: £3,486.00 including taxes
Quote ref: BND-77410

Fares are held until 6pm on Friday 6 August. We will confirm the wheelchair assistance with the airline once the booking is paid.

With best wishes,
Farhana
Bondhu Travel""",
    category="not_send",
)

# ------------------------------------------------------------------ t09 transport: passenger assistant

m022 = M(
    22,
    "changes_to_school_transport",
    "t09-transport-pa",
    "2027-08-13 11:02:15",
    LESLEY,
    [MUHIT, SHAHANA],
    f"Changes to Ayaan's school transport from September – Ref {TA}",
    fmt="html",
    sig="",
    new=f"""Dear Mr and Mrs Choudhury

Home to school transport: Ayaan Choudhury, Ferncliffe Primary School
Our reference: {TA}

Following the re-tendering of the council's school transport contracts this summer, Ayaan's route (FP-07) will be operated by Brightways Travel from the start of the autumn term, Wednesday 1 September 2027.

Ayaan will continue to travel in a wheelchair accessible vehicle. The council has also reviewed the need for passenger assistants across all of its routes. The driver on Ayaan's route will be trained in wheelchair securing, and as Ayaan will be the only passenger, the council has decided that a passenger assistant is no longer required on this route.

If you disagree with this decision, you can ask for it to be reviewed. Your request must be made in writing within 20 working days of the date of this letter, that is by Monday 13 September 2027, and should explain why you think the decision is wrong, with any supporting evidence.

Brightways Travel will contact you before the start of term to confirm pick-up times.

Yours sincerely

Lesley Thwaite
Travel Assistance Officer
Home to School Transport | Hollinbrook Metropolitan Borough Council
Tel 01632 960466""",
    from_la=True,
    category="general",
    refs=[TA],
    dates=[
        D("Wednesday 1 September 2027", "2027-09-01", "other"),
        D("Monday 13 September 2027", "2027-09-13", "deadline"),
    ],
    commits=[
        C(
            "other",
            "operator to confirm pick-up times",
            None,
            "Brightways Travel will contact you before the start of term to confirm pick-up times.",
        ),
    ],
)

m023 = M(
    23,
    "re_changes_to_school_transport",
    "t09-transport-pa",
    "2027-08-15 21:10:05",
    MUHIT,
    [LESLEY],
    f"Re: Changes to Ayaan's school transport from September – Ref {TA}",
    cc=[SHAHANA, RUMANA],
    reply_to=m022,
    quote="gmail",
    new=f"""Dear Mrs Thwaite,

Ref: {TA}

Thank you for your letter dated 13th August. With great respect, we do not agree with this decision, and kindly request you to treat this email as our formal request for a review.

Our reasons are as below:

1. Ayaan has cerebral palsy and epilepsy. He has had seizures in the vehicle two times in the last year, and both times the passenger assistant, Mrs Bibi, gave him his rescue medicine (buccal midazolam) as per his care plan and called 999. A driver cannot safely do this while he is driving.

2. Ayaan has cerebral visual impairment. He cannot see well enough to know where he is or who is with him, and he becomes very frightened when he is alone with an adult he does not know. He cannot tell the driver if his harness has slipped.

3. His journey is 35 to 40 minutes in the morning traffic.

4. Being the only passenger does not make his needs less.

I will send you a letter from his consultant, Dr Rahman, about his seizures and the rescue medicine by Friday 20 August.

Until the review is decided, we request that Mrs Bibi stays on the route. We cannot send Ayaan without a passenger assistant, and he cannot miss school in Year 6.""",
    category="general",
    refs=[TA],
    dates=[D("13th August", "2027-08-13", "past"), D("Friday 20 August", "2027-08-20", "deadline")],
    commits=[
        C(
            "parent",
            "send the consultant's letter",
            "2027-08-20",
            "I will send you a letter from his consultant, Dr Rahman, about his seizures and the rescue medicine by Friday 20 August.",
        ),
    ],
)

m024 = M(
    24,
    "automatic_reply_lesley",
    "t09-transport-pa",
    "2027-08-15 21:10:41",
    LESLEY,
    [MUHIT],
    f"Automatic reply: Re: Changes to Ayaan's school transport from September – Ref {TA}",
    reply_to=m023,
    quote="none",
    sig="Lesley Thwaite",
    extra_headers=AUTO,
    new="""I am out of the office until Monday 23 August. For anything urgent about school transport please call the Travel Assistance team on 01632 960460 or email travelassistance@hollinbrook.gov.uk.""",
    from_la=True,
    category="general",
    refs=[TA],
    dates=[D("Monday 23 August", "2027-08-23", "other")],
)

m025 = M(
    25,
    "re_changes_transport_mother",
    "t09-transport-pa",
    "2027-08-18 12:35:50",
    SHAHANA_Y,
    [LESLEY],
    f"Re: Changes to Ayaan's school transport from September – Ref {TA}",
    cc=[MUHIT],
    reply_to=m022,
    quote="yahoo",
    irt=False,
    cte="base64",
    sig="Shahana Choudhury\n\nSent from Yahoo Mail on Android",
    new="""Hello Mrs Thwaite
I am Ayaan mum. In March he have seizure in the taxi and Mrs Bibi give him medicine and call 999. Driver cannot drive and do this same time!!
Please dont take Mrs Bibi away. She know him 3 years, she know his face when seizure is coming. He cant see properly and he get very scared with new people.""",
    category="general",
    refs=[TA],
)

m026 = M(
    26,
    "re_transport_review_request",
    "t09-transport-pa",
    "2027-08-24 14:20:33",
    LESLEY,
    [MUHIT],
    f"RE: Changes to Ayaan's school transport from September – Ref {TA}",
    cc=[SHAHANA],
    reply_to=m023,
    quote="outlook",
    sig="Kind regards\n\n" + LESLEY.sig + f"\nRef: {TA}",
    new="""Dear Mr Choudhury,

Thank you for your email of 15 August asking for a review, and for Dr Rahman's letter, which arrived on Friday. I am sorry for the worry this has caused you and Mrs Choudhury, and I have read her email too.

Your request will be considered by the Transport Review Panel on Thursday 9 September 2027. You do not need to attend, but you are welcome to send anything else you would like the panel to see by Monday 6 September.

In the meantime, I have arranged for Mrs Bibi to remain on Ayaan's route until the panel has made its decision, so he will travel with her from the start of term as usual.

I will write to you with the panel's decision within five working days of the panel, so by Thursday 16 September.""",
    from_la=True,
    category="general",
    refs=[TA],
    dates=[
        D("15 August", "2027-08-15", "past"),
        D("on Friday", "2027-08-20", "past"),
        D("Thursday 9 September 2027", "2027-09-09", "meeting"),
        D("Monday 6 September", "2027-09-06", "deadline"),
        D("Thursday 16 September", "2027-09-16", "deadline"),
    ],
    commits=[
        C(
            "la",
            "write with the panel's decision",
            "2027-09-16",
            "I will write to you with the panel's decision within five working days of the panel, so by Thursday 16 September.",
        ),
    ],
)

# ------------------------------------------------------------------ t10 secondary transfer pack

m027 = M(
    27,
    "secondary_transfer_2028",
    "t10-transfer-pack",
    "2027-09-06 09:35:48",
    YVONNE,
    [MUHIT, SHAHANA],
    f"Secondary transfer 2028 – Ayaan Choudhury – {REF}",
    charset="windows-1252",
    fmt="alt",
    sig="Kind regards\n\n" + YVONNE.sig,
    attachments=[
        docx("Secondary Transfer Preference Form 2028.docx"),
        pdf("Choosing a secondary school - guide for parents 2028.pdf"),
    ],
    new="""Dear Mr and Mrs Choudhury,

As promised, please find attached the secondary transfer pack for Ayaan:
• the preference form (a Word document, so you can type straight into it);
• our guide for parents, which lists the open evenings for all Hollinbrook secondary schools.

Please name up to three schools in order of preference, and give your reasons in section C. Please return the form to me by Friday 29 October 2027.

When we have your form, we will send consultation letters to the schools, asking them to respond within 15 days. Ayaan’s case will then go to the SEN Placement Panel. I will send you the proposed amended plan after the panel.

We are required to issue Ayaan’s final amended plan, naming his secondary school, before 15 February 2028, and I will make sure it is issued by then.""",
    from_la=True,
    category="information_request",
    refs=[REF],
    dates=[
        D("Friday 29 October 2027", "2027-10-29", "deadline"),
        D("15 February 2028", "2028-02-15", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send consultation letters to the schools",
            None,
            "When we have your form, we will send consultation letters to the schools, asking them to respond within 15 days.",
        ),
        C(
            "la",
            "send the proposed amended plan after the panel",
            None,
            "I will send you the proposed amended plan after the panel.",
        ),
        C(
            "la",
            "issue the final amended plan before 15 February 2028",
            "2028-02-15",
            "We are required to issue Ayaan’s final amended plan, naming his secondary school, before 15 February 2028, and I will make sure it is issued by then.",
        ),
    ],
)

# ------------------------------------------------------------------ t11 the friend helps

m028 = M(
    28,
    "fwd_secondary_transfer_2028",
    "t11-rumana-help",
    "2027-09-07 21:50:19",
    MUHIT,
    [RUMANA],
    f"Fwd: Secondary transfer 2028 – Ayaan Choudhury – {REF}",
    cc=[SHAHANA],
    reply_to=m027,
    quote="fwd",
    irt=False,
    attachments=[docx("Secondary Transfer Preference Form 2028.docx")],
    sig="With kind regards,\nMuhit",
    new="""Dear Rumana,

Assalamu alaikum. I hope you and the family are keeping well.

Please see below the email from Ms Markham with the preference form, which I have attached also. Section C is asking for our reasons, and I want to write it very properly, because Ayaan's whole future is depending on this.

Kindly, if you have time this week or at the weekend, can you help us to write it? Shahana is already planning what to cook, you know she does not let anybody leave without eating!""",
    category="general",
    refs=[REF],
)

m029 = M(
    29,
    "re_fwd_secondary_transfer",
    "t11-rumana-help",
    "2027-09-08 19:05:27",
    RUMANA,
    [MUHIT],
    f"Re: Fwd: Secondary transfer 2028 – Ayaan Choudhury – {REF}",
    cc=[SHAHANA],
    reply_to=m028,
    quote="gmail",
    sig="Rumana",
    new="""Wa alaikum salam Bhai,

Of course – I was going to offer anyway! I'll come round on Sunday afternoon, about 3ish, if that works for you both.

A few things to have ready:
- Ayaan's current plan, the review report, and Chloe's and Róisín's reports
- your notes from the Thistlegate and Brindley Moor websites (the accessibility plans especially – every school has to publish one)
- the open evening dates from the council's guide, so you can book visits

My honest advice: put Thistlegate first. It's the new building, lifts to every floor, and their SENCO has a really good name locally. Brindley Moor is nearer, but that main block is very old, and a colleague whose son went there says a lot of lessons are upstairs.

For section C, keep it about Ayaan's needs and how the school can meet them, not about Larkspur. Once it's done you can send it well before the 29th October deadline.

Speak soon, love to Shahana and the boys x""",
    category="general",
    refs=[REF],
    dates=[
        D("on Sunday afternoon", "2027-09-12", "meeting"),
        D("29th October", "2027-10-29", "deadline"),
    ],
    commits=[
        C(
            "other",
            "come round to help with the form",
            "2027-09-12",
            "I'll come round on Sunday afternoon, about 3ish, if that works for you both.",
        ),
    ],
)

m030 = M(
    30,
    "re_re_fwd_secondary_transfer",
    "t11-rumana-help",
    "2027-09-12 21:05:36",
    SHAHANA,
    [RUMANA],
    f"Re: Fwd: Secondary transfer 2028 – Ayaan Choudhury – {REF}",
    cc=[MUHIT],
    reply_to=m029,
    quote="samsung",
    cte="base64",
    sig="Shahana\n\nSent from my Galaxy",
    new="""Afa salam, thank u so much for coming and helping us. Ayaan so happy, he keep saying Rumana khala is helping me go to big school 😊
Kita korbo if Brindley Moor say no and council only say Larkspur? I cant sleep thinking about this.""",
    category="general",
    refs=[REF],
)

# ------------------------------------------------------------------ t09 continued

m031 = M(
    31,
    "transport_review_panel_decision",
    "t09-transport-pa",
    "2027-09-17 10:15:02",
    LESLEY,
    [MUHIT],
    f"Transport Review Panel decision – Ayaan Choudhury – {TA}",
    cc=[SHAHANA],
    reply_to=m026,
    quote="outlook",
    sig="Kind regards\n\n" + LESLEY.sig + f"\nRef: {TA}",
    new="""Dear Mr Choudhury,

I am writing to let you know the outcome of the Transport Review Panel, which met on Thursday 9 September. I am sorry this is a day later than I said.

The panel considered your email, Mrs Choudhury's email and the letter from Dr Rahman. It agreed that, because of Ayaan's epilepsy and the need for rescue medication to be given during the journey, a trained passenger assistant is required on his route. Mrs Bibi will therefore stay with Ayaan on the route for the rest of his time at Ferncliffe Primary School.

Please be aware that this decision covers his primary school route only. When Ayaan's secondary school is known, a new travel assessment will be needed for Year 7, and the need for a passenger assistant will be looked at again as part of that.""",
    from_la=True,
    category="general",
    refs=[TA],
    dates=[D("Thursday 9 September", "2027-09-09", "past")],
)

m032 = M(
    32,
    "re_transport_panel_decision",
    "t09-transport-pa",
    "2027-09-17 12:48:10",
    MUHIT,
    [LESLEY],
    f"Re: Transport Review Panel decision – Ayaan Choudhury – {TA}",
    cc=[SHAHANA],
    reply_to=m031,
    quote="bare",
    sig=MUHIT_PHONE_SIG,
    new="""Dear Mrs Thwaite,
Alhamdulillah, this is a big relief for our family. Thank you very much, and kindly convey our thanks to the panel members also.""",
    category="general",
    refs=[TA],
)

# ------------------------------------------------------------------ t12 Thistlegate visit

m033 = M(
    33,
    "request_for_visit_thistlegate",
    "t12-thistlegate-visit",
    "2027-09-20 20:30:44",
    MUHIT,
    [OLIVIA],
    "Request for a visit – Ayaan Choudhury (Year 6, EHCP) – secondary transfer 2028",
    new="""Dear Ms Brennan,

I hope this email finds you well. My name is Abdul Muhit Choudhury and I am the father of Ayaan, who is in Year 6 at Ferncliffe Primary School. Ayaan has an Education, Health and Care plan. He has cerebral palsy, he uses a powered wheelchair, and he has a visual impairment (CVI). He is a very bright and sociable boy.

We are considering Thistlegate Academy as our first preference for September 2028. We came to your open evening last Wednesday, but it was very crowded, and it was difficult for Ayaan to see or to move around.

Kindly may we visit the school on a normal school day, with Ayaan, to see the lifts, the accessible toilets and changing facilities, the science labs and the dining hall? We would be grateful to meet you also, to talk about how Ayaan's needs could be met.

If possible, Tuesday 5 October or Thursday 7 October would be most convenient for us, as I can take leave from my work on these days.

Thanking you in advance.""",
    category="appointment",
    dates=[
        D("last Wednesday", "2027-09-15", "past"),
        D("Tuesday 5 October", "2027-10-05", "meeting"),
        D("Thursday 7 October", "2027-10-07", "meeting"),
    ],
)

m034 = M(
    34,
    "re_request_for_visit",
    "t12-thistlegate-visit",
    "2027-09-22 13:10:39",
    OLIVIA,
    [MUHIT],
    "Re: Request for a visit – Ayaan Choudhury (Year 6, EHCP) – secondary transfer 2028",
    reply_to=m033,
    quote="gmail2",
    sig="Best wishes,\nOlivia\n\n" + OLIVIA.sig,
    new="""Dear Mr Choudhury,

Thank you for getting in touch, and I'm so sorry the open evening was such a crush – it's always our busiest night of the year and not the best way to see the school, especially for Ayaan.

Thursday 7 October is perfect. Could you come to main reception for 10am? I'll meet you there and we'll go round together – the lifts, the hygiene suite (there's a ceiling hoist and a changing bench on the ground floor), a science lab, the dining hall and our Learning Support base. Ayaan is very welcome to come along, and it would be lovely to meet him.

After the tour we can sit down for half an hour to talk about his plan. It would help if you could bring a copy, or email it to me beforehand.""",
    category="appointment",
    dates=[D("Thursday 7 October", "2027-10-07", "meeting")],
    commits=[
        C(
            "school",
            "meet the family and show them round",
            None,
            "I'll meet you there and we'll go round together – the lifts, the hygiene suite (there's a ceiling hoist and a changing bench on the ground floor), a science lab, the dining hall and our Learning Support base.",
        ),
    ],
)

m035 = M(
    35,
    "re_re_request_for_visit",
    "t12-thistlegate-visit",
    "2027-09-22 18:40:21",
    MUHIT,
    [OLIVIA],
    "Re: Request for a visit – Ayaan Choudhury (Year 6, EHCP) – secondary transfer 2028",
    reply_to=m034,
    quote="gmail",
    new="""Dear Ms Brennan,

Thank you for your kind reply. We shall be there on the 7th at 10am, InshaAllah, with Ayaan. I will email you a copy of his plan before the visit.""",
    category="appointment",
    dates=[D("the 7th", "2027-10-07", "meeting")],
    commits=[
        C(
            "parent",
            "come to the visit with Ayaan",
            "2027-10-07",
            "We shall be there on the 7th at 10am, InshaAllah, with Ayaan.",
        ),
        C(
            "parent",
            "email a copy of the plan",
            None,
            "I will email you a copy of his plan before the visit.",
        ),
    ],
)

MSGS = [v for k, v in sorted(globals().items()) if k.startswith("m0") and isinstance(v, M)]
