"""Messages 001-034 (June to December 2027), each with its gold labels."""

from corpuslib import C, D, M, docx, pdf
from people import (
    BETHANY,
    CAMHS,
    CATRIN,
    DUNCAN,
    FRETWORK,
    IDRIS,
    LANTHORN,
    LANTHORN_INFO,
    MEDEIROS,
    RUKHSANA,
    SHELLEY,
)  # fmt: skip

REF = "GT/EHC/19/04417"
AR = "AR/27/2207"
PB = "PB-2027-0614"

IPHONE = "X-Mailer: iPhone Mail (22B83)"
ANDROID_SIG = "Get Outlook for Android"
IPHONE_SIG = "Sent from my iPhone"

# Duncan writes from Outlook on Exchange: folded Message-ID, UTC Date header, Outlook quotes.
DX = dict(mid="exchange", fold=True, utc=True, quote="outlook", fmt="alt", from_la=True)

# ---------------------------------------------------------------- t01 cease proposal

m001 = M(
    1, "proposal_to_cease", "t01-cease-proposal", "2027-06-03 11:42:09",
    DUNCAN, [IDRIS], f"OFFICIAL: Proposal to cease your Education, Health and Care plan - {REF}",
    cc=[CATRIN], **DX,
    new="""Dear Idris,

I am writing to you, with a copy to your mum, because since the end of Year 11 the decisions about your EHC plan are yours to make, although you can ask her or anyone else to help you with them.

Our records show that you have not been on the roll of a school, college or training provider since you left Fernleigh Academy in July 2026, and that you did not take up the post-16 place discussed at your last review. When a young person over compulsory school age is no longer in education or training, the council has to consider whether an EHC plan is still needed. Greythorne County Council is therefore proposing to stop maintaining your plan.

No decision has been made yet. Before anything is decided we want to hear from you, and from anyone you would like to support you. Please send me your views, and any reports you think we should see, by Friday 18 June 2027. You can write, send a voice note, or ask for a phone call or a meeting - whichever is easiest for you.

Your case will then be considered by the SEND Resources Panel on Thursday 24 June 2027. I will write to you with the panel's decision and, if the decision is to cease the plan, with information about your right to appeal.

The formal letter is attached.

Yours sincerely,""",
    attachments=[pdf("Proposal to cease EHCP - Idris Rowlands.pdf")],
    category="annual_review",
    refs=[REF],
    dates=[
        D("Friday 18 June 2027", "2027-06-18", "deadline"),
        D("Thursday 24 June 2027", "2027-06-24", "meeting"),
    ],
    commits=[
        C("la", "write with the panel's decision and appeal information", None,
          "I will write to you with the panel's decision and, if the decision is to cease the plan, with information about your right to appeal."),
    ],
)  # fmt: skip

m002 = M(
    2, "re_proposal_idris", "t01-cease-proposal", "2027-06-03 21:15:47",
    IDRIS, [DUNCAN], f"RE: OFFICIAL: Proposal to cease your Education, Health and Care plan - {REF}",
    cc=[CATRIN], reply_to=m001, quote="android", mid="android", sig=ANDROID_SIG,
    new="""Hi Duncan

I don't want my plan to stop. I am not in college because I couldn't cope with the building and the noise, not because I don't want to learn. I do want to go to college.

Mum is going to help me write my views properly.

Idris""",
    category="annual_review",
    refs=[REF],
    commits=[C("parent", "help Idris write his views", None, "Mum is going to help me write my views properly.")],
)  # fmt: skip

m003 = M(
    3, "re_proposal_questions", "t01-cease-proposal", "2027-06-04 09:05:33",
    CATRIN, [DUNCAN], f"Re: OFFICIAL: Proposal to cease your Education, Health and Care plan - {REF}",
    cc=[IDRIS], reply_to=m001, quote="gmail",
    new="""Dear Mr Meriwether,

Thank you for your email. I'm writing with Idris's agreement - he signed your consent form for me to act for him earlier this year, and I can send another if you need one.

We will be objecting, and Idris will send his own views as well as mine. Before we do, could you please send me:

- the information the panel will be given about Idris on the 24th;
- any notes of discussions within the council about ceasing his plan;
- confirmation that his plan, and the support in it, stays in place while this is decided.

I'd be grateful to have these by Wednesday so that we have time to respond properly.

I'd also like to say, for the record, that Idris has not been "not taking up" a place. Nobody has offered him one he could physically get through the door of.

Kind regards,
Catrin Rowlands""",
    category="information_request",
    refs=[REF],
    dates=[
        D("the 24th", "2027-06-24", "meeting"),
        D("Wednesday", "2027-06-09", "deadline"),
    ],
    commits=[C("parent", "object and send Idris's views", None, "We will be objecting, and Idris will send his own views as well as mine.")],
)  # fmt: skip

m004 = M(
    4, "re_proposal_answers", "t01-cease-proposal", "2027-06-07 15:20:12",
    DUNCAN, [CATRIN], f"RE: OFFICIAL: Proposal to cease your Education, Health and Care plan - {REF}",
    cc=[IDRIS], reply_to=m003, **DX,
    new="""Dear Ms Rowlands,

Thank you. I have a signed consent from Idris dated 2 March 2027 on file, so there's no need for another one.

To take your points in order:

1. The panel paper is still being written. I will send you a copy by Wednesday 9 June, so that you can see exactly what panel will see and add to it.
2. There are no separate notes. The proposal came out of our routine check of young people over 16 with no recorded education or training placement.
3. Yes. Idris's plan stays in place until a decision is made, and if the decision were to cease it, the plan would stay in place while any appeal was considered.

I do understand your frustration, and I have noted what you say about last year's offer. It would help panel a great deal if your response could say what Idris would like to do next, and what would need to be in place for him to manage it.

Kind regards""",
    category="general",
    refs=[REF],
    dates=[
        D("2 March 2027", "2027-03-02", "past"),
        D("Wednesday 9 June", "2027-06-09", "deadline"),
    ],
    commits=[C("la", "send a copy of the panel paper", "2027-06-09", "I will send you a copy by Wednesday 9 June, so that you can see exactly what panel will see and add to it.")],
)  # fmt: skip

# ---------------------------------------------------------------- t02 SENDIASS (forward)

m005 = M(
    5, "fwd_proposal_to_sendiass", "t02-sendiass", "2027-06-08 10:12:40",
    CATRIN, [SHELLEY], f"Fwd: OFFICIAL: Proposal to cease your Education, Health and Care plan - {REF}",
    reply_to=m001, quote="fwd", irt=False,
    new="""Hi Shelley,

We spoke briefly at the SENDIASS drop-in at Harrowfield library in the spring - I'm Idris's mum. The council now want to stop his EHC plan (email below, and the letter is attached). He's 17 next month and has been at home since Easter last year, when his anxiety got so bad he couldn't get out of the car at school.

Can they do this just because he isn't in education at the moment? Our views have to be in by the 18th.

Idris is happy for you to talk to me about all this, and he may want to speak to you himself.

Thanks so much,
Catrin""",
    attachments=[pdf("Proposal to cease EHCP - Idris Rowlands.pdf")],
    category="general",
    refs=[REF],
    dates=[D("the 18th", "2027-06-18", "deadline")],
)  # fmt: skip

m006 = M(
    6, "re_fwd_sendiass_advice", "t02-sendiass", "2027-06-09 13:47:05",
    SHELLEY, [CATRIN], f"RE: Fwd: OFFICIAL: Proposal to cease your Education, Health and Care plan - {REF}",
    reply_to=m005, quote="outlook", mid="exchange",
    new="""Hi Catrin,

Of course I remember - thank you for getting in touch, and please tell Idris he's welcome to contact me directly whenever he likes.

The short answer is that not being in education is not, on its own, a good reason to end a plan for someone of Idris's age. The SEND Code of Practice expects councils to keep a plan going for a young person under 19 who has dropped out of education or training, and to use a review to help them get back in, unless the plan really is no longer needed. The question the council should be asking is whether Idris still needs special educational provision to get back into learning. From everything you've told me, he clearly does.

What makes the biggest difference to a panel is a response that looks forward: what Idris wants to do (college? a course? work?), what stopped him last time, and what would help now. Anything from CAMHS about his anxiety would be really useful too.

I can go through a draft with you. I'll ring you on Friday at 10am if that suits - just let me know.

And if the council did go ahead and decide to cease, that decision can be appealed to the SEND Tribunal, and the plan stays in place while an appeal is going on. So this isn't the end of the road either way.

Best wishes,
Shelley""",
    category="general",
    refs=[REF],
    dates=[D("Friday at 10am", "2027-06-11", "meeting")],
    commits=[C("other", "ring Catrin to go through the draft", "2027-06-11", "I'll ring you on Friday at 10am if that suits - just let me know.")],
)  # fmt: skip

m007 = M(
    7, "re_proposal_panel_paper", "t01-cease-proposal", "2027-06-09 16:30:51",
    DUNCAN, [CATRIN], f"RE: OFFICIAL: Proposal to cease your Education, Health and Care plan - {REF}",
    cc=[IDRIS], reply_to=m004, **DX,
    new="""Dear Ms Rowlands,

As promised, the draft panel paper is attached.

Anything you or Idris send me by Friday 18 June will be added to it as an appendix, so that panel reads your views in full and not just my summary of them.

Kind regards""",
    attachments=[pdf("Panel paper - IR - 24.06.27 - DRAFT.pdf")],
    category="general",
    refs=[REF],
    dates=[D("Friday 18 June", "2027-06-18", "deadline")],
    commits=[C("la", "add the family's views to the panel paper", None, "Anything you or Idris send me by Friday 18 June will be added to it as an appendix, so that panel reads your views in full and not just my summary of them.")],
)  # fmt: skip

m008 = M(
    8, "re_sendiass_friday", "t02-sendiass", "2027-06-09 18:02:19",
    CATRIN, [SHELLEY], f"Re: Fwd: OFFICIAL: Proposal to cease your Education, Health and Care plan - {REF}",
    reply_to=m006, quote="apple", mid="apple", mailer=IPHONE, sig=IPHONE_SIG,
    new="""Friday at 10 is perfect, thank you! I'll have a draft done by then.""",
    category="appointment",
    refs=[REF],
    dates=[D("Friday", "2027-06-11", "meeting")],
    commits=[C("parent", "have a draft ready", None, "I'll have a draft done by then.")],
)  # fmt: skip

# ---------------------------------------------------------------- t03 objection

m009 = M(
    9, "response_to_cease_proposal", "t03-objection", "2027-06-17 20:38:26",
    CATRIN, [DUNCAN], f"Idris Rowlands - response to the proposal to cease his EHC plan ({REF})",
    cc=[IDRIS, SHELLEY],
    new="""Dear Mr Meriwether,

Please find below our response to the council's proposal of 3 June to cease Idris's EHC plan. Idris has written his own views, which are attached, and he has asked me to send this letter on his behalf as well as my own. Shelley Naidoo of Greythorne SENDIASS has helped us and is copied in.

1. Idris does not agree that his plan should end, and neither do I. He wants to go to college. He has been out of education since April 2026 because of the severity of his anxiety, not because he has chosen to turn his back on learning.

2. Idris is 16 and will still be under 19 for some time. The Code of Practice is clear that when a young person of this age drops out of education or training, the council should review the plan and help them re-engage, rather than cease it.

3. His needs have not gone away. The CAMHS letter of 11 May 2027 (attached) describes severe social anxiety alongside his autism, and says that he is "motivated to return to learning with a graded and predictable plan".

4. The only post-16 offer made last summer was a full-time place at a site with 2,000 students and a 40-minute bus journey. No transition support was offered, and Idris never got further than the car park. That is not a refusal of education.

5. What Idris would like: one-to-one tuition at home or in a quiet community space to begin with, working towards a small-group course at Harrowfield College from September 2028, and the chance to try a work placement somewhere quiet. We ask the council to consider education otherwise than at a school or college, funded through a personal budget, as the arrangement until then.

We would like the plan to be maintained and an early review held in the autumn term to plan all of this properly.

I will attend the panel meeting on 24 June if the council allows families to attend; if it does not, please make sure the panel receives this letter and Idris's views in full.

Yours sincerely,

Catrin Rowlands
(Idris's mother)
27 Tannery Close, Harrowfield GT4 2LW
07700 900382""",
    attachments=[pdf("Idris - my views.pdf"), pdf("CAMHS letter 11.05.27.pdf")],
    category="annual_review",
    refs=[REF],
    dates=[
        D("3 June", "2027-06-03", "past"),
        D("11 May 2027", "2027-05-11", "past"),
        D("24 June", "2027-06-24", "meeting"),
    ],
    commits=[C("parent", "attend the panel meeting", "2027-06-24", "I will attend the panel meeting on 24 June if the council allows families to attend; if it does not, please make sure the panel receives this letter and Idris's views in full.")],
)  # fmt: skip

m010 = M(
    10, "re_response_received", "t03-objection", "2027-06-18 09:31:02",
    DUNCAN, [CATRIN], f"RE: Idris Rowlands - response to the proposal to cease his EHC plan ({REF})",
    cc=[IDRIS, SHELLEY], reply_to=m009, **DX,
    new="""Dear Ms Rowlands,

Thank you for your letter and for Idris's views, which I have read carefully - and thank you, Idris, yours were really clear.

Both documents will go to panel in full, attached to the panel paper. Families don't attend the Resources Panel itself, but I will be presenting Idris's case and I will make sure your points are heard.

I will write to Idris and to you with the outcome by Friday 2 July.

Kind regards""",
    category="acknowledgement",
    refs=[REF],
    dates=[D("Friday 2 July", "2027-07-02", "deadline")],
    commits=[
        C("la", "put both documents to panel in full", None, "Both documents will go to panel in full, attached to the panel paper."),
        C("la", "present Idris's case and make sure the family's points are heard", None, "Families don't attend the Resources Panel itself, but I will be presenting Idris's case and I will make sure your points are heard."),
        C("la", "write with the outcome", "2027-07-02", "I will write to Idris and to you with the outcome by Friday 2 July."),
    ],
)  # fmt: skip

# ---------------------------------------------------------------- t04 CAMHS

m011 = M(
    11, "camhs_appointment", "t04-camhs", "2027-06-21 10:05:44",
    CAMHS, [CATRIN], "Appointment - Idris Rowlands - Greythorne CAMHS",
    mid="nhs", fold=True, cte="7bit", charset="us-ascii",
    new="""Date: 21/06/2027

Dear Idris and Ms Rowlands

Patient: Idris ROWLANDS    DOB: 09/07/2010    NHS No: 943 612 4807

An appointment has been made for Idris to see Dr Rafael Medeiros, Clinical Psychologist, on:

    Tuesday 6 July 2027 at 2.30pm
    Greythorne CAMHS, Willow House, 14 Station Road, Harrowfield GT4 7QE

Dr Medeiros has asked for the quiet room to be free, and for Idris to be taken straight through rather than waiting in reception.

Please reply to this email within 7 days of the date of this letter to confirm that Idris will attend. If the appointment is not convenient please telephone us at least 48 hours beforehand so that it can be offered to someone else.

This mailbox is not monitored outside office hours. If you are worried about Idris's immediate safety, please call NHS 111 (option 2) or go to your nearest A&E.""",
    category="appointment",
    dates=[
        D("21/06/2027", "2027-06-21", "other"),
        D("09/07/2010", "2010-07-09", "past"),
        D("Tuesday 6 July 2027", "2027-07-06", "meeting"),
        D("within 7 days of the date of this letter", "2027-06-28", "deadline"),
    ],
)  # fmt: skip

m012 = M(
    12, "re_camhs_appointment", "t04-camhs", "2027-06-21 12:40:09",
    CATRIN, [CAMHS], "Re: Appointment - Idris Rowlands - Greythorne CAMHS",
    reply_to=m011, quote="gmail",
    new="""Hello,

Thank you - Idris will be there on the 6th and I'll bring him.

Could I ask whether Dr Medeiros would be willing to write a short letter about Idris's anxiety and what he thinks Idris needs to get back into education? The council are looking at his EHC plan at the moment, and a view from CAMHS would carry a lot of weight.

Many thanks,
Catrin Rowlands (Idris's mum)""",
    category="appointment",
    dates=[D("the 6th", "2027-07-06", "meeting")],
    commits=[C("parent", "bring Idris to the appointment", "2027-07-06", "Thank you - Idris will be there on the 6th and I'll bring him.")],
)  # fmt: skip

m013 = M(
    13, "re_camhs_letter_offer", "t04-camhs", "2027-06-23 16:55:30",
    MEDEIROS, [CATRIN], "RE: Appointment - Idris Rowlands - Greythorne CAMHS",
    cc=[CAMHS], reply_to=m012, quote="outlook", mid="nhs", fold=True,
    new="""Dear Ms Rowlands,

The admin team passed on your message. Yes, I'm happy to write something.

I'll see Idris on the 6th first, so that what I write is up to date. I will then send you the letter by Friday 9 July.

If the council would like to speak to me directly, I can do that too, as long as Idris agrees.

Best wishes,""",
    category="general",
    dates=[
        D("the 6th", "2027-07-06", "meeting"),
        D("Friday 9 July", "2027-07-09", "deadline"),
    ],
    commits=[
        C("health", "see Idris before writing", "2027-07-06", "I'll see Idris on the 6th first, so that what I write is up to date."),
        C("health", "send the letter", "2027-07-09", "I will then send you the letter by Friday 9 July."),
    ],
)  # fmt: skip

# ---------------------------------------------------------------- t05 decision to maintain

m014 = M(
    14, "decision_maintain", "t05-decision-maintain", "2027-07-01 14:10:58",
    DUNCAN, [IDRIS], f"OFFICIAL: Decision - your EHC plan will be maintained - {REF}",
    cc=[CATRIN], **DX,
    new="""Dear Idris,

I am pleased to tell you that the SEND Resources Panel met on 24 June 2027 and decided that Greythorne County Council will continue to maintain your EHC plan. Panel read your views and your mum's letter in full, and agreed that you still need special educational provision to help you get back into education.

Panel also agreed the following.

- I will contact you and your mum in September to agree a date in October for your review, which will look at your post-16 options, including Harrowfield College.
- Our Post-16 Re-engagement Team will contact you over the summer to talk about tuition in the meantime.
- The council will consider your mum's request for education otherwise than at a school or college, funded by a personal budget, as part of the review.

The formal decision letter is attached. If anything in it is unclear you can ring me, or email if you prefer.

Yours sincerely,""",
    attachments=[pdf("Decision letter - maintain EHCP - IR.pdf")],
    category="annual_review",
    refs=[REF],
    dates=[D("24 June 2027", "2027-06-24", "past")],
    commits=[
        C("la", "contact the family to agree a review date", None, "I will contact you and your mum in September to agree a date in October for your review, which will look at your post-16 options, including Harrowfield College."),
        C("la", "re-engagement team to contact Idris about tuition", None, "Our Post-16 Re-engagement Team will contact you over the summer to talk about tuition in the meantime."),
        C("la", "consider the EOTAS and personal budget request at the review", None, "The council will consider your mum's request for education otherwise than at a school or college, funded by a personal budget, as part of the review."),
    ],
)  # fmt: skip

m015 = M(
    15, "re_decision_idris", "t05-decision-maintain", "2027-07-01 19:48:13",
    IDRIS, [DUNCAN], f"RE: OFFICIAL: Decision - your EHC plan will be maintained - {REF}",
    cc=[CATRIN], reply_to=m014, quote="android", mid="android", irt=False, sig=ANDROID_SIG,
    new="""thank you. I'm glad

I will talk to the re-engagement people if they email me first. I don't like phone calls from numbers I don't know.""",
    category="general",
    refs=[REF],
    commits=[C("parent", "talk to the re-engagement team", None, "I will talk to the re-engagement people if they email me first.")],
)  # fmt: skip

m016 = M(
    16, "re_sendiass_good_news", "t02-sendiass", "2027-07-02 08:50:37",
    CATRIN, [SHELLEY], f"Re: Fwd: OFFICIAL: Proposal to cease your Education, Health and Care plan - {REF}",
    reply_to=m006, quote="gmail",
    new="""Hi Shelley,

Good news - they've agreed to keep his plan! Idris actually smiled when he read the letter. Thank you so much for the call and for going through our letter line by line.

Panel want to bring his review forward to October. You mentioned EOTAS and personal budgets when we spoke - have you got anything written down I could read before the review? No rush at all.

Catrin""",
    category="general",
    refs=[REF],
)  # fmt: skip

m017 = M(
    17, "re_sendiass_factsheet", "t02-sendiass", "2027-07-05 11:25:20",
    SHELLEY, [CATRIN], f"RE: Fwd: OFFICIAL: Proposal to cease your Education, Health and Care plan - {REF}",
    reply_to=m016, quote="outlook", mid="exchange",
    new="""That's brilliant news - well done, both of you.

Our factsheet is attached. The main things to know:

- If the council agrees to education otherwise than in a school or college (people usually shorten it to EOTAS), the provision has to be written into section F of the plan like any other provision, and section I should say that it is EOTAS.
- Before it can agree, the council has to be satisfied that it would be inappropriate for the provision to be made in a school or college. CAMHS evidence will matter again here.
- A personal budget can be paid to you as a direct payment, so that you can pay a tutor or agency yourself. The council will want quotes and checks.

Once the review date is set, let me know and I can either come along or help Idris get his views ready beforehand.

Shelley""",
    attachments=[pdf("EOTAS and personal budgets - SENDIASS factsheet.pdf")],
    category="general",
    refs=[REF],
)  # fmt: skip

# ---------------------------------------------------------------- t06 not_send: shop order

m018 = M(
    18, "fretwork_dispatched", "t06-fretwork-order", "2027-07-06 07:12:03",
    FRETWORK, [CATRIN], "Your Fretwork order FW-228419 is on its way \U0001F3B8",
    mid="system", fmt="html", cte="base64",
    new="""Hi Catrin,

Good news - your order has left our warehouse and is on its way to you with our courier.

Order FW-228419
1 x Lindell acoustic strings, 12-53 light - £9.99
1 x Spring-trigger capo, black - £14.50
1 x Birthday gift wrap - £2.00
Delivery (tracked, 24h) - £3.95
Total paid: £30.44

Estimated delivery: Thursday 8 July, between 9am and 1pm. You can follow your parcel with tracking number GH 4471 9902 18.

If it's a present, we've left the prices off the packing slip.

Happy playing!
The Fretwork team""",
    category="not_send",
)  # fmt: skip

m019 = M(
    19, "camhs_letter_for_review", "t04-camhs", "2027-07-08 17:20:06",
    MEDEIROS, [CATRIN], "Letter for Idris - EHC plan review",
    reply_to=m013, quote="outlook", mid="nhs", fold=True,
    new="""Dear Ms Rowlands,

It was good to see Idris on Tuesday - he did really well to come into the building, and to stay for the whole session.

My letter is attached. I have addressed it "To whom it may concern" so that you can share it with the council and with any college. In short, I have said that:

- Idris's anxiety is severe but he is ready to start rebuilding;
- he needs a graded return, beginning with one-to-one work in a setting he already knows, before any group or college setting;
- any new place should be visited, more than once if needed, before he is expected to use it;
- a full-time college place is not realistic before September 2028.

His next appointment with me is on Tuesday 21 September.

Best wishes,""",
    attachments=[pdf("Letter re Idris Rowlands 08.07.27.pdf")],
    category="general",
    dates=[
        D("on Tuesday", "2027-07-06", "past"),
        D("Tuesday 21 September", "2027-09-21", "meeting"),
    ],
)  # fmt: skip

# ---------------------------------------------------------------- t07 annual review

m020 = M(
    20, "review_invitation", "t07-annual-review", "2027-09-08 10:03:41",
    DUNCAN, [IDRIS], f"Invitation: Idris Rowlands - annual review meeting - {AR}",
    cc=[CATRIN, BETHANY], **DX,
    new="""Dear Idris,

As promised in July, I'm writing to invite you to your annual review.

Date: Tuesday 12 October 2027
Time: 10.30am to 12 noon
Place: Meeting Room 2, Harrowfield Family Hub, Cross Street (a small room with its own entrance), or on Teams with your camera off if you would prefer

I have also invited your mum, Bethany Sowerby (Learning Support Manager at Harrowfield College), Dr Medeiros from CAMHS, and Shelley Naidoo from SENDIASS, if you would like her there.

Because you are not at a school or college at the moment, the council is arranging this review itself. Before the meeting I would like your views: what is going well, what is hard, and what you want to be doing in a year's time. There is a form attached, but you can write them any way you like. Please send them to me by Tuesday 28 September, so that everyone has the papers two weeks before the meeting.

Kind regards""",
    attachments=[docx("Young person's views - annual review.docx")],
    category="annual_review",
    refs=[AR, REF],
    dates=[
        D("Tuesday 12 October 2027", "2027-10-12", "meeting"),
        D("Tuesday 28 September", "2027-09-28", "deadline"),
    ],
)  # fmt: skip

m021 = M(
    21, "re_review_afternoon", "t07-annual-review", "2027-09-09 07:58:22",
    CATRIN, [DUNCAN], f"Re: Invitation: Idris Rowlands - annual review meeting - {AR}",
    cc=[IDRIS], reply_to=m020, quote="apple", mid="apple", mailer=IPHONE, sig=IPHONE_SIG,
    new="""Hi Duncan, thanks for this.

Mornings are really hard for Idris - he often doesn't get to sleep until 3 or 4am. Is there any chance of an afternoon instead? We could do Thursday 14 October any time after 1.

Catrin""",
    category="appointment",
    refs=[AR],
    dates=[D("Thursday 14 October", "2027-10-14", "meeting")],
)  # fmt: skip

m022 = M(
    22, "re_review_moved", "t07-annual-review", "2027-09-10 12:15:09",
    DUNCAN, [CATRIN], f"RE: Invitation: Idris Rowlands - annual review meeting - {AR}",
    cc=[IDRIS, BETHANY], reply_to=m021, irt=False, thread_index=True,
    **{**DX, "fold": False},
    new="""Hi Catrin

No problem at all. I've checked with Bethany and with Dr Medeiros and we can all do Thursday 14 October at 1.30pm, same room. Please take this as the new date: Tuesday 12 October is cancelled.

I've moved the date for Idris's views to Thursday 30 September to match.

Duncan""",
    category="appointment",
    refs=[AR, REF],
    dates=[
        D("Thursday 14 October", "2027-10-14", "meeting"),
        D("Tuesday 12 October", "2027-10-12", "meeting"),
        D("Thursday 30 September", "2027-09-30", "deadline"),
    ],
)  # fmt: skip

m023 = M(
    23, "re_review_my_views", "t07-annual-review", "2027-09-29 22:14:55",
    IDRIS, [DUNCAN], f"RE: Invitation: Idris Rowlands - annual review meeting - {AR}",
    cc=[CATRIN], reply_to=m022, quote="outlook", mid="android", fmt="html", cte="quoted-printable",
    sig="",
    new="""Hi Duncan,

My views are attached. I did them myself but Mum checked the spelling.

The most important bit is on page 2. I want to do the IT and digital skills course at Harrowfield, and I want to try working somewhere quiet, like a library or an office, maybe one day a week. I don't want to be in a class of 20.

I will come to the meeting on the 14th but I might leave early if it gets too much.

Idris""",
    attachments=[docx("my views - Idris Rowlands.docx")],
    category="annual_review",
    refs=[AR],
    dates=[D("the 14th", "2027-10-14", "meeting")],
    commits=[C("parent", "come to the review meeting", "2027-10-14", "I will come to the meeting on the 14th but I might leave early if it gets too much.")],
)  # fmt: skip

# ---------------------------------------------------------------- t08 college

m024 = M(
    24, "college_visit_offer", "t08-college", "2027-10-04 15:36:18",
    BETHANY, [CATRIN, IDRIS], "Harrowfield College - a visit for Idris?",
    cc=[DUNCAN], mid="google", fmt="alt",
    new="""Dear Catrin and Idris,

Duncan has invited me to Idris's review on the 14th, and I'm really looking forward to meeting you both.

Before then, would Idris like to come and see our Foundation and Supported Learning base? It has its own entrance at the back of the Arkwright Building, and after 4pm on a Tuesday it is almost empty. I could do Tuesday 12 October at 4.15pm. It would just be me, for as long or as short as Idris wants - even five minutes in the car park counts as a visit!

A few things that might help Idris picture it:
• Our Step Up programme (Entry 3 and Level 1, IT and digital skills) has groups of eight or fewer
• Students can start on a part-time timetable and build up
• In the spring we run supported internship taster days with local employers, including Greythorne Libraries

Warm wishes,
Bethany""",
    category="appointment",
    dates=[
        D("the 14th", "2027-10-14", "meeting"),
        D("Tuesday 12 October", "2027-10-12", "meeting"),
    ],
)  # fmt: skip

m025 = M(
    25, "re_college_visit_yes", "t08-college", "2027-10-05 09:10:51",
    CATRIN, [BETHANY], "Re: Harrowfield College - a visit for Idris?",
    cc=[IDRIS], reply_to=m024, quote="gmail",
    new="""Dear Bethany,

Thank you - that is exactly the right kind of offer. Idris says yes to Tuesday 12 October at 4.15.

We'll park at the back and I'll text you when we arrive (I'm on 07700 900382). If he can't get out of the car, I'll let you know and we'll try another day.

Best wishes,
Catrin""",
    category="appointment",
    dates=[D("Tuesday 12 October", "2027-10-12", "meeting")],
    commits=[
        C("parent", "text Bethany on arrival", None, "We'll park at the back and I'll text you when we arrive (I'm on 07700 900382)."),
        C("parent", "tell Bethany if Idris cannot manage the visit", None, "If he can't get out of the car, I'll let you know and we'll try another day."),
    ],
)  # fmt: skip

m026 = M(
    26, "re_college_after_visit", "t08-college", "2027-10-13 16:02:27",
    BETHANY, [CATRIN], "Re: Harrowfield College - a visit for Idris?",
    cc=[IDRIS], reply_to=m025, quote="gmail", mid="google", fmt="alt",
    new="""Hi both,

I just wanted to say how well Idris did yesterday - fifteen minutes inside, and he found the quiet room all by himself.

I will bring the Step Up course outline and our transition timetable to the review tomorrow, so that everyone can see what a first term could look like.

See you then,
Bethany""",
    category="general",
    dates=[
        D("yesterday", "2027-10-12", "past"),
        D("tomorrow", "2027-10-14", "meeting"),
    ],
    commits=[C("school", "bring the course outline and transition timetable to the review", "2027-10-14", "I will bring the Step Up course outline and our transition timetable to the review tomorrow, so that everyone can see what a first term could look like.")],
)  # fmt: skip

# ---------------------------------------------------------------- t07 review notes (sent after midnight BST)

m027 = M(
    27, "review_notes", "t07-annual-review", "2027-10-15 00:40:12",
    CATRIN, [DUNCAN], f"Notes from Idris's review yesterday - {AR}",
    cc=[IDRIS, BETHANY, SHELLEY], reply_to=m022, quote="gmail", utc=True,
    new="""Dear Duncan,

Thank you for chairing yesterday's review, and thank you to everyone for making it so manageable for Idris. He stayed for the whole thing, which none of us expected.

Here is my note of what was agreed, so that we all have the same record. Please tell me by Friday 22 October if anything is wrong; otherwise I'll take it as accurate.

1. Everyone agreed that the plan should be amended for Idris's move into post-16 education. His preference is the Step Up programme at Harrowfield College from September 2028.
2. You said the council will consult Harrowfield College and Moorgate Sixth Form College.
3. You said you will send the decision and the draft amended plan within four weeks of the meeting, so by 11 November.
4. Until he starts college, the plan will set out education otherwise than at school: one-to-one tuition at home, building from 4 to 10 hours a week, paid through a personal budget. Idris and I would like to use Lanthorn Tutors. You said the Personal Budgets Team will contact me about the paperwork.
5. Bethany will arrange for Idris to go to a supported internship taster day in the spring term.
6. I will send you Dr Medeiros's letter of 8 July and Idris's updated views by Monday 18 October.
7. Dr Medeiros (on the phone) asked that any new setting be told about Idris's need to see a room before he is expected to use it.

Thanks again,
Catrin""",
    category="annual_review",
    refs=[AR],
    dates=[
        D("yesterday's review", "2027-10-14", "past"),
        D("Friday 22 October", "2027-10-22", "deadline"),
        D("by 11 November", "2027-11-11", "deadline"),
        D("8 July", "2027-07-08", "past"),
        D("Monday 18 October", "2027-10-18", "deadline"),
    ],
    commits=[
        C("la", "consult Harrowfield College and Moorgate Sixth Form College", None, "You said the council will consult Harrowfield College and Moorgate Sixth Form College."),
        C("la", "send the decision and draft amended plan", "2027-11-11", "You said you will send the decision and the draft amended plan within four weeks of the meeting, so by 11 November."),
        C("la", "Personal Budgets Team to contact Catrin about the paperwork", None, "You said the Personal Budgets Team will contact me about the paperwork."),
        C("school", "arrange a supported internship taster day", None, "Bethany will arrange for Idris to go to a supported internship taster day in the spring term."),
        C("parent", "send the CAMHS letter and Idris's updated views", "2027-10-18", "I will send you Dr Medeiros's letter of 8 July and Idris's updated views by Monday 18 October."),
    ],
)  # fmt: skip

m028 = M(
    28, "re_review_notes_corrections", "t07-annual-review", "2027-10-18 11:47:36",
    DUNCAN, [CATRIN], f"RE: Notes from Idris's review yesterday - {AR}",
    cc=[IDRIS, BETHANY, SHELLEY], reply_to=m027, **DX,
    new="""Dear Catrin,

Thank you for such a clear note. It is accurate apart from two points.

On point 3: I said I would aim to get the draft amended plan to you by 11 November. The decision itself I can give you now: the council will amend Idris's plan, and this email is the formal notice of that decision.

On point 2: Moorgate's smaller sixth-form centre at its Kingsway site is the one that might suit Idris, so I will consult that site rather than the main campus.

I should also have said at the meeting that, because Idris is moving into a post-16 placement in September 2028, the council applies its post-16 transfer protocol to him: the amended plan naming his college has to be finalised by 31 March 2028. I will make sure that date is met.

Thank you for Dr Medeiros's letter, which arrived this morning.

Kind regards""",
    category="annual_review",
    refs=[AR, REF],
    dates=[
        D("11 November", "2027-11-11", "deadline"),
        D("31 March 2028", "2028-03-31", "deadline"),
        D("this morning", "2027-10-18", "other"),
    ],
    commits=[
        C("la", "consult Moorgate's Kingsway site", None, "On point 2: Moorgate's smaller sixth-form centre at its Kingsway site is the one that might suit Idris, so I will consult that site rather than the main campus."),
        C("la", "make sure the plan is finalised by the post-16 date", None, "I will make sure that date is met."),
    ],
)  # fmt: skip

# ---------------------------------------------------------------- t09 draft amended plan

m029 = M(
    29, "draft_amended_plan", "t09-draft-amended", "2027-11-10 16:44:03",
    DUNCAN, [IDRIS], f"OFFICIAL: Draft amended EHC plan and amendment notice - Idris Rowlands - {REF}",
    cc=[CATRIN], **DX,
    new="""Dear Idris,

Following your review on 14 October 2027, please find attached the amendment notice and your draft amended EHC plan.

The main changes are:
- Sections A and B have been rewritten using your own views and Dr Medeiros's letter.
- Section F now sets out one-to-one tuition at home, funded through a personal budget, starting at 4 hours a week and building to 10 hours a week by Easter, with a mentoring session each week.
- Section I will name your post-16 placement from September 2028 once the consultations are back. Until then it records that you will receive education otherwise than at a school or post-16 institution, because the council is satisfied that it would be inappropriate for your provision to be made in one at the moment.

You have 15 days from the date of this letter to send us your comments, to ask for a meeting, and to tell us which college you would like named. That means by Thursday 25 November 2027. Your mum can do this for you if you would like her to.

I will send the consultation to Harrowfield College and Moorgate Sixth Form College (Kingsway) on Friday 12 November.

The final amended plan must be issued within eight weeks of this notice.

Kind regards""",
    attachments=[
        pdf("Amendment notice - IR - 10.11.27.pdf"),
        pdf("Draft amended EHCP - Idris Rowlands.pdf"),
    ],
    category="draft_plan",
    refs=[REF],
    dates=[
        D("14 October 2027", "2027-10-14", "past"),
        D("Thursday 25 November 2027", "2027-11-25", "deadline"),
        D("Friday 12 November", "2027-11-12", "deadline"),
        D("within eight weeks of this notice", "2028-01-05", "deadline"),
    ],
    commits=[C("la", "send the consultation to both colleges", "2027-11-12", "I will send the consultation to Harrowfield College and Moorgate Sixth Form College (Kingsway) on Friday 12 November.")],
)  # fmt: skip

m030 = M(
    30, "re_draft_comments", "t09-draft-amended", "2027-11-23 19:55:02",
    CATRIN, [DUNCAN], f"Re: OFFICIAL: Draft amended EHC plan and amendment notice - Idris Rowlands - {REF}",
    cc=[IDRIS, SHELLEY], reply_to=m029, quote="gmail",
    new="""Dear Duncan,

Idris and I have gone through the draft together, with help from Shelley. Our comments are in the attached document, section by section. The main points are:

• Section B should say that Idris needs to visit, and rehearse, any new place before he can use it. This is in Dr Medeiros's letter but has been left out.
• Section F: "up to 10 hours" needs to be a fixed amount with a date for each step, otherwise nobody can tell whether it has been delivered. We suggest 4 hours a week from the start, 7 hours after the February half term and 10 hours from Monday 24 April 2028.
• Section F should also include the supported internship taster and a transition programme at Harrowfield in the summer term.
• For section I, Idris's preference is Harrowfield College, Step Up programme, from September 2028. We do not want Moorgate named: he visited in 2026 and could not go in.
• We ask for the tuition to be funded by a personal budget, paid to me as a direct payment, so that we can use Lanthorn Tutors, who have a tutor with autism experience.

We don't need a meeting, but I will ring you on Friday to check you have everything.

Best wishes,
Catrin (and Idris)""",
    attachments=[pdf("Comments on draft amended plan - Idris Rowlands.pdf")],
    category="draft_plan",
    refs=[REF],
    dates=[
        D("Monday 24 April 2028", "2028-04-24", "deadline"),
        D("on Friday", "2027-11-26", "meeting"),
    ],
    commits=[C("parent", "ring Duncan to check he has everything", "2027-11-26", "We don't need a meeting, but I will ring you on Friday to check you have everything.")],
)  # fmt: skip

m031 = M(
    31, "auto_reply_leave", "t09-draft-amended", "2027-11-23 19:55:41",
    DUNCAN, [CATRIN],
    f"Automatic reply: Re: OFFICIAL: Draft amended EHC plan and amendment notice - Idris Rowlands - {REF}",
    reply_to=m030, quote="none", mid="exchange", fold=True, utc=True, from_la=True, sig="",
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    new="""Thank you for your email. I am on annual leave and will be back in the office on Monday 29 November.

If your query is urgent, please contact the SEND Post-16 Team on send.post16@greythorne.gov.uk or 01632 960700.""",
    category="general",
    refs=[REF],
    dates=[D("Monday 29 November", "2027-11-29", "other")],
)  # fmt: skip

# ---------------------------------------------------------------- t10 personal budget

m032 = M(
    32, "personal_budget_request", "t10-personal-budget", "2027-12-02 10:31:15",
    RUKHSANA, [CATRIN], f"Personal budget request - Idris Rowlands - {PB}",
    mid="exchange", fold=True, utc=True, fmt="html", from_la=True,
    new="""Dear Ms Rowlands,

Duncan Meriwether has passed me your request for a personal budget, paid as a direct payment, to fund Idris's one-to-one tuition while he is educated otherwise than at a school or college.

To set this up I will need:

1. the signed direct payment agreement (attached). As Idris is over 16, he will need to sign it too, or sign the nominee section to say that he is happy for you to manage the payments;
2. a written quote from Lanthorn Tutors showing the hourly rate, the tutor's name and confirmation of an enhanced DBS check;
3. details of a separate bank account for the payments (the form explains why).

If I have everything by Friday 10 December, I will take the request to the Personal Budgets Panel on Wednesday 15 December, and payments can then start in the new year.

Kind regards,""",
    attachments=[pdf("Direct payment agreement (education).pdf"), docx("Bank account details form.docx")],
    category="information_request",
    refs=[PB],
    dates=[
        D("Friday 10 December", "2027-12-10", "deadline"),
        D("Wednesday 15 December", "2027-12-15", "meeting"),
    ],
    commits=[C("la", "take the request to the Personal Budgets Panel", "2027-12-15", "If I have everything by Friday 10 December, I will take the request to the Personal Budgets Panel on Wednesday 15 December, and payments can then start in the new year.")],
)  # fmt: skip

# ---------------------------------------------------------------- t11 tutor agency

m033 = M(
    33, "tuition_quote_request", "t11-lanthorn", "2027-12-02 21:10:44",
    CATRIN, [LANTHORN_INFO], "Tuition for my son - written quote needed for a council personal budget",
    new="""Hello,

We spoke on the phone in October about one-to-one tuition for my son Idris, who is 17, autistic and has severe anxiety. The council has now agreed in principle to pay for tuition through a personal budget, and they need a written quote from you showing the hourly rate, the tutor's name and confirmation of an enhanced DBS check.

Could you send this to me by next Wednesday, please?

Ideally it would be the tutor you mentioned who has autism experience, for two afternoons a week at our home (Idris can't manage mornings). He is working towards an IT and digital skills course at college next September.

Many thanks,
Catrin Rowlands
07700 900382""",
    category="information_request",
    dates=[D("by next Wednesday", "2027-12-08", "deadline")],
)  # fmt: skip

m034 = M(
    34, "re_tuition_quote", "t11-lanthorn", "2027-12-06 14:22:30",
    LANTHORN, [CATRIN], "Re: Tuition for my son - written quote needed for a council personal budget",
    reply_to=m033, quote="gmail", mid="system", fmt="alt",
    new="""Dear Catrin,

Lovely to hear from you again. Our quote is attached: £38 an hour, with Owen Prideaux as Idris's tutor. Owen has an enhanced DBS on the update service (I checked it on 14 September 2027) and has taught several autistic young people at home, two of whom went on to college.

Owen has Tuesday and Thursday afternoons free from January. I will hold those afternoons for Idris until Friday 17 December; after that I may need to offer them to another family.

Owen always suggests meeting a new student at home for half an hour, with a parent there, before any teaching starts. There is no charge for that.

Best wishes,
Yvonne""",
    attachments=[pdf("Lanthorn Tutors - quotation Q-1187 - I Rowlands.pdf")],
    category="general",
    dates=[
        D("14 September 2027", "2027-09-14", "past"),
        D("Friday 17 December", "2027-12-17", "deadline"),
    ],
    commits=[C("other", "hold the tutor's afternoons for Idris", "2027-12-17", "I will hold those afternoons for Idris until Friday 17 December; after that I may need to offer them to another family.")],
)  # fmt: skip

MSGS = [
    m001, m002, m003, m004, m005, m006, m007, m008, m009, m010, m011, m012, m013, m014, m015,
    m016, m017, m018, m019, m020, m021, m022, m023, m024, m025, m026, m027, m028, m029, m030,
    m031, m032, m033, m034,
]  # fmt: skip
