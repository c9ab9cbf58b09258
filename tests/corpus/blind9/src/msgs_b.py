"""Messages 037-070: the college consultations, the proposed amendments, Kayden's own email, the missed
31 March date, the complaint, the final plan naming Northfen, mediation, transport and the amended final
plan naming Ravensholme. One M(...) per message, with its gold labels."""

from corpuslib import C, D, M, pdf
from people import (
    ANJALI,
    COMPLAINTS,
    COMPLAINTS_NOREPLY,
    DALE,
    DECLAN,
    FIONA,
    HAYLEY,
    IMOGEN,
    KAYDEN,
    MARCUS,
    NADIA,
    PAT_IOS,
    PAT_TB,
    PORTAL,
    TRAVEL,
)

REF = "FM/EHCP/06627"
CMP = "CMP-28-04482"
BWM = "BWM-28-331"
P16T = "P16T/28/0719"

# ------------------------------------------------------------------ t12 consultations sent

m037 = M(
    37, "consultations_sent", "t12-consultations", "2028-01-10 13:40:11",
    ANJALI, [PAT_TB],
    "Kayden \u2013 college consultations sent",
    new="""Dear Mrs Holloway,

Happy new year to you and Kayden. Just to let you know that I sent the consultation papers to Ravensholme College and Northfen College on Thursday 6 January, with Kayden's plan, the review report and Ruth's updated advice. Colleges have 15 days to respond, so I'd expect both replies by 21 January. I'll be in touch as soon as I hear from them.

Ruth's updated advice recommends a qualified communication support worker for all of Kayden's taught sessions at college, and two Teacher of the Deaf visits each half term during his first year. I've attached a copy for you.

Kind regards,""",
    fmt="alt",
    attachments=[pdf("Sensory Support Service advice - K Holloway - Dec 2027.pdf")],
    from_la=True, category="general",
    dates=[
        D("Thursday 6 January", "2028-01-06", "past"),
        D("21 January", "2028-01-21", "deadline"),
    ],
    commits=[C("la", "tell Pat when the colleges reply", None, "I'll be in touch as soon as I hear from them.")],
)  # fmt: skip

m038 = M(
    38, "re_consultations_sent", "t12-consultations", "2028-01-11 17:25:54",
    PAT_TB, [ANJALI],
    "Re: Kayden \u2013 college consultations sent",
    reply_to=m037, bottom=True,
    new="""Happy new year to you too Anjali, and thank you for the update and for Ruth's report, which made me a bit teary if I'm honest because she understands him so well.

Mr Hurst has invited Kayden to a taster day at Ravensholme, so I'll drive him in for 9.30 on Wednesday 19 January. He's already planning what he's going to wear! We haven't heard anything from Northfen, would they normally invite him to visit too?""",
    category="general",
    dates=[D("Wednesday 19 January", "2028-01-19", "meeting")],
    commits=[
        C("parent", "drive Kayden to the taster day", "2028-01-19",
          "Mr Hurst has invited Kayden to a taster day at Ravensholme, so I'll drive him in for 9.30 on Wednesday 19 January."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t13 portal notification (no Message-ID)

PORTAL_FOOT = """To view the document, sign in at https://sendonline.fenmoor.gov.uk and open the Documents tab.

This is an automated message. Please do not reply to this email, as this mailbox is not monitored."""

m039 = M(
    39, "portal_new_document", "t13-portal-consultation", "2028-01-24 08:03:00",
    PORTAL, [PAT_TB],
    "You have a new document on Fenmoor SEND Online",
    new=f"""Dear Patricia Holloway,

A new document has been added to a case you have access to on Fenmoor SEND Online.

Case: {REF} (Kayden Holloway)
Document: Consultation response \u2013 Northfen College
Added: 21/01/2028 16:52""",
    sig=PORTAL_FOOT,
    fmt="alt", msgid=None, zone_name="GMT",
    extra_headers=[("Auto-Submitted", "auto-generated")],
    from_la=True, category="general",
    refs=[REF],
    dates=[D("21/01/2028", "2028-01-21", "past")],
)  # fmt: skip

# ------------------------------------------------------------------ t14 college says no; proposed amendments

DECLAN_TO_ANJALI = M(
    0, "internal_ravensholme_response", "internal", "2028-02-09 11:12:00",
    DECLAN, [ANJALI],
    f"RE: Consultation \u2013 Kayden Holloway ({REF}) \u2013 post-16 placement",
    new="""Dear Anjali,

Thank you for consulting Ravensholme College about Kayden. We have looked carefully at his plan, the Sensory Support Service advice and the notes from his taster day, which he very much enjoyed.

I am sorry to say that we are unable to offer Kayden a place on Foundation Pathways from September 2028. The advice is clear that he needs a communication support worker with Level 3 BSL for all taught sessions. Our Deaf Support team is fully committed to our existing students, and we have not been able to recruit to our vacant CSW post, so we cannot guarantee that level of support.

We would be happy to look at this again if additional resources could be made available.

Kind regards,""",
)  # fmt: skip

m040 = M(
    40, "college_responses_proposed_amendments", "t14-proposed-amendments", "2028-02-11 15:30:27",
    ANJALI, [PAT_TB],
    f"Kayden Holloway \u2013 college responses and proposed amendments ({REF})",
    reply_to=DECLAN_TO_ANJALI, quote="orig", irt=False,
    new="""Dear Mrs Holloway,

I'm sorry to be writing with news I know you and Kayden won't want to hear. Ravensholme College has replied that it cannot meet Kayden's needs on its Foundation Pathways course, mainly because it cannot guarantee him a communication support worker with Level 3 BSL for all of his sessions. Mr Hurst's email to me is below. Northfen College has said that it can meet his needs on its Entry 3 Independent Living and Work Skills course, with support from its learning support team; their response is attached.

Because Kayden's plan has to be finalised before 31 March, I attach the proposed amended plan naming Northfen College in section I, with the amendment notice. You have 15 days from the date of this letter, until Saturday 26 February, to comment on it, to ask for a meeting or to tell me that you want a different college named. I have also asked Ravensholme whether they would look at this again if Ruth went in to talk to them about Kayden.

The proposed plan and your comments will go to the Post-16 Placement Panel on Thursday 2 March. I will write to you with the panel's decision by Friday 10 March.

Kind regards,""",
    fmt="alt",
    attachments=[
        pdf("Amendment notice - phase transfer - K Holloway.pdf"),
        pdf("Proposed amended EHC plan - Kayden Holloway.pdf"),
        pdf("Northfen College consultation response.pdf"),
    ],
    from_la=True, category="draft_plan",
    refs=[REF],
    dates=[
        D("31 March", "2028-03-31", "deadline"),
        D("Saturday 26 February", "2028-02-26", "deadline"),
        D("Thursday 2 March", "2028-03-02", "meeting"),
        D("Friday 10 March", "2028-03-10", "deadline"),
    ],
    commits=[
        C("la", "write with the panel's decision", "2028-03-10",
          "I will write to you with the panel's decision by Friday 10 March."),
    ],
)  # fmt: skip

m041 = M(
    41, "re_college_responses_upset", "t14-proposed-amendments", "2028-02-13 21:48:16",
    PAT_TB, [ANJALI],
    f"Re: Kayden Holloway \u2013 college responses and proposed amendments ({REF})",
    reply_to=m040,
    new="""Dear Anjali, I've sat on this for two days because I didn't want to write when I was upset, but I'm still upset, so here goes. Kayden cried when I told him, and he doesn't cry. Northfen's course is for young people with much more severe learning difficulties than Kayden, they have nobody who signs that I know of, and it's two buses each way, which he can't do on his own yet whatever the plan says about travel training. Ravensholme is the only college round here with a Deaf Support team, and what they're saying is that they haven't got enough staff, not that he couldn't do the course, which isn't the same thing at all, is it? I'd like to see everything Ravensholme sent you, not just the email, and I'd like a meeting with you and Mr Hurst together before the panel. I'm going to ring SENDIASS tomorrow to get some advice. I will send you my proper comments before the 26th. Kayden wants to write to you himself as well, if that's allowed.""",
    category="draft_plan",
    refs=[REF],
    dates=[
        D("tomorrow", "2028-02-14", "meeting"),
        D("the 26th", "2028-02-26", "deadline"),
    ],
    commits=[
        C("parent", "ring SENDIASS", "2028-02-14", "I'm going to ring SENDIASS tomorrow to get some advice."),
        C("parent", "send comments on the proposed plan", "2028-02-26",
          "I will send you my proper comments before the 26th."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t15 SENDIASS (forward to a new party)

m042 = M(
    42, "fwd_to_sendiass", "t15-sendiass", "2028-02-14 09:02:44",
    PAT_TB, [MARCUS],
    f"Fwd: Kayden Holloway \u2013 college responses and proposed amendments ({REF})",
    reply_to=m040, quote="tbfwd", irt=False,
    new="""Dear Marcus,

You helped me a couple of years ago when Kayden moved up to Fleetmarsh Park, I don't know if you'll remember us. I'm Kayden Holloway's nan and his special guardian. I tried the helpline first thing but it was engaged, so I'm sending you this instead.

The council wants to send Kayden to Northfen College after Ravensholme said they can't meet his needs. I've forwarded the email below. I've got until the 26th to put my comments in and I really don't know where to start, or whether there's any point arguing. Could you help me?

I'm at work Monday to Wednesday but free Thursdays and Fridays.""",
    category="general",
    refs=[REF],
    dates=[D("the 26th", "2028-02-26", "deadline")],
)  # fmt: skip

m043 = M(
    43, "re_fwd_to_sendiass", "t15-sendiass", "2028-02-15 12:30:09",
    MARCUS, [PAT_TB],
    f"Re: Fwd: Kayden Holloway \u2013 college responses and proposed amendments ({REF})",
    reply_to=m042, fmt="alt",
    new="""Hi Pat,

Of course I remember you both \u2013 Kayden was the one who beat me at Connect 4 in reception! Thanks for sending this through. I've had a read, and a few thoughts before we speak:

- It is worth arguing. A college saying it can't meet needs isn't the end of the matter. The council can still name Ravensholme if the support Kayden needs can be put in place, for example if the council funds the extra communication support itself.
- Get your comments in writing by Saturday 26 February, even if they're short. Say that Ravensholme is your and Kayden's preference and why, ask for Ravensholme's full response and ask for a meeting.
- If the final plan still names Northfen, you'll have the right to go to mediation and to appeal, and we can help with that too.

I'll ring you on Thursday at 2pm to go through your comments, if that suits you.

Best wishes,""",
    category="general",
    refs=[REF],
    dates=[
        D("Saturday 26 February", "2028-02-26", "deadline"),
        D("on Thursday", "2028-02-17", "meeting"),
    ],
    commits=[
        C("other", "ring Pat to go through the comments", "2028-02-17",
          "I'll ring you on Thursday at 2pm to go through your comments, if that suits you."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t16 Kayden writes himself

m044 = M(
    44, "kayden_college", "t16-kayden", "2028-02-20 16:22:31",
    KAYDEN, [ANJALI], cc=[PAT_TB],
    subject="college",
    new="""Hi Anjali

its Kayden. Im 16 now so Nan says I can tell you myself.

I want to go to Ravensholme College not Northfen. Ravensholme has the deaf base and Mr Hurst signs and my friend Tyler is there. At Northfen nobody signs and its 2 buses. I did the taster day and I liked the kitchen and the chef said I was good at knife skills.

I can do the course if I have my support. Ruth will tell you.

From Kayden""",
    fmt="alt", cte="7bit", charset="us-ascii",
    category="general",
)  # fmt: skip

m045 = M(
    45, "re_kayden_college", "t16-kayden", "2028-02-21 10:05:48",
    ANJALI, [KAYDEN], cc=[PAT_TB],
    subject="RE: college",
    reply_to=m044,
    new="""Hi Kayden,

Thank you for writing to me yourself \u2013 that really helps, and well done on the knife skills!

I will put your email in front of the panel on Thursday 2 March exactly as you wrote it, so that they hear it from you and not just from the adults. Ruth is going to Ravensholme on Friday 25 February to talk to Mr Hurst and the learning support team about what you need.

I'll ring your nan after the panel and then write to you both.

Best wishes,""",
    fmt="alt",
    from_la=True, category="general",
    dates=[
        D("Thursday 2 March", "2028-03-02", "meeting"),
        D("Friday 25 February", "2028-02-25", "meeting"),
    ],
    commits=[
        C("la", "put Kayden's email to the panel", "2028-03-02",
          "I will put your email in front of the panel on Thursday 2 March exactly as you wrote it, so that they hear it from you and not just from the adults."),
        C("la", "Teacher of the Deaf to visit Ravensholme", "2028-02-25",
          "Ruth is going to Ravensholme on Friday 25 February to talk to Mr Hurst and the learning support team about what you need."),
        C("la", "ring Pat after the panel and write to them", None,
          "I'll ring your nan after the panel and then write to you both."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t14 again: the representations

m046 = M(
    46, "re_college_responses_representations", "t14-proposed-amendments", "2028-02-24 20:30:02",
    PAT_TB, [ANJALI], cc=[MARCUS],
    subject=f"Re: Kayden Holloway \u2013 college responses and proposed amendments ({REF})",
    reply_to=m041,
    new="""Dear Anjali,

As promised, here are my proper comments on the proposed amended plan. Marcus at SENDIASS helped me put them in order, so they're a bit more organised than my last email!

1. Kayden and I would like Ravensholme College named in section I. It is the only college in the county with a Deaf Support team and staff who sign, Kayden has been to the open evening and the taster day, and he has told you himself that it is where he wants to go.
2. Ravensholme hasn't said Kayden can't do the course, only that it can't find the staff. Please could the council look at funding the communication support itself, so that the college can take him?
3. Section F should keep what Ruth recommends: a communication support worker with Level 3 BSL for all his taught sessions and two Teacher of the Deaf visits each half term.
4. Northfen would mean two buses each way, and Kayden can't yet travel alone.
5. Please send me Ravensholme's full response and the papers that will go to the panel.
6. I'd like a meeting with you, and Mr Hurst if possible, before the panel on Thursday 2 March. Marcus from SENDIASS will come with me.

I've attached this as a letter as well, and it really is attached this time, Marcus checked!""",
    attachments=[pdf("Comments on proposed amended plan - Kayden Holloway.pdf")],
    category="draft_plan",
    refs=[REF],
    dates=[D("Thursday 2 March", "2028-03-02", "meeting")],
    commits=[C("other", "SENDIASS adviser to attend the meeting", None, "Marcus from SENDIASS will come with me.")],
)  # fmt: skip

# ------------------------------------------------------------------ t17 panel, 31 March missed

m047 = M(
    47, "panel_decision_chaser", "t17-panel-deadline", "2028-03-13 09:10:25",
    PAT_IOS, [ANJALI],
    "Kayden Holloway - panel decision?",
    fmt="alt",
    new="""Dear Anjali, you said you would write with the panel's decision by Friday 10 March and I haven't heard anything, and Kayden asks me every single day when he gets in from school. We never did get the meeting before the panel either. The plan has to be finished by 31 March, which is less than three weeks away now. Please could you let me know what the panel decided?""",
    category="chaser",
    dates=[
        D("Friday 10 March", "2028-03-10", "past"),
        D("31 March", "2028-03-31", "deadline"),
    ],
)  # fmt: skip

m048 = M(
    48, "re_panel_decision_holding", "t17-panel-deadline", "2028-03-14 16:45:33",
    ANJALI, [PAT_IOS],
    "RE: Kayden Holloway - panel decision?",
    reply_to=m047,
    new="""Dear Mrs Holloway,

I'm so sorry \u2013 I should have let you know straight after the panel, and I'm sorry too that we couldn't fit the meeting in before it.

The panel on 2 March deferred its decision. After Ruth's visit, Ravensholme asked for more time to look again at whether they can take Kayden, and they have promised us an answer by Friday 17 March. Kayden's case will go back to the panel on Thursday 23 March, and I will phone you on Friday 24 March to tell you the outcome. I still expect the amended plan to be issued before 31 March.

Kind regards,""",
    fmt="alt",
    from_la=True, category="delay_notice",
    dates=[
        D("2 March", "2028-03-02", "past"),
        D("Friday 17 March", "2028-03-17", "deadline"),
        D("Thursday 23 March", "2028-03-23", "meeting"),
        D("Friday 24 March", "2028-03-24", "meeting"),
        D("31 March", "2028-03-31", "deadline"),
    ],
    commits=[
        C("school", "Ravensholme to give an answer", "2028-03-17",
          "After Ruth's visit, Ravensholme asked for more time to look again at whether they can take Kayden, and they have promised us an answer by Friday 17 March."),
        C("la", "phone Pat with the panel outcome", "2028-03-24",
          "Kayden's case will go back to the panel on Thursday 23 March, and I will phone you on Friday 24 March to tell you the outcome."),
    ],
)  # fmt: skip

m049 = M(
    49, "deadline_missed", "t17-panel-deadline", "2028-04-03 08:50:17",
    PAT_TB, [ANJALI], cc=[FIONA],
    subject=f"31 March deadline missed - Kayden Holloway {REF}",
    reply_to=m048, bottom=True,
    new="""Dear Anjali,

You didn't phone on 24 March, and nobody has phoned or written since. The 31 March deadline passed on Friday and Kayden still has no amended plan and no college place. He's asking me every day where he's going in September and I can't tell him. His friends all know where they're going.

I'm copying in Mrs Stirling because I don't know who else to ask. I'd like someone to tell me in writing, by Friday 7 April, when Kayden's plan will be issued and which college it will name. If I haven't heard by then, I will make a formal complaint.

I'm sorry to be so blunt, it's not like me, but I'm at the end of my tether.""",
    category="chaser",
    refs=[REF],
    dates=[
        D("24 March", "2028-03-24", "past"),
        D("31 March", "2028-03-31", "past"),
        D("Friday 7 April", "2028-04-07", "deadline"),
    ],
    commits=[C("parent", "make a formal complaint", None, "If I haven't heard by then, I will make a formal complaint.")],
)  # fmt: skip

m050 = M(
    50, "re_deadline_missed_manager", "t17-panel-deadline", "2028-04-04 12:20:41",
    FIONA, [PAT_TB], cc=[ANJALI],
    subject=f"RE: 31 March deadline missed - Kayden Holloway {REF}",
    reply_to=m049,
    new="""Dear Mrs Holloway,

I am sorry. You are right that Kayden's amended plan should have been issued before 31 March, and it was not. Anjali has been off sick since 22 March, which is why you did not get her call, but that is no excuse for nobody else picking up her cases, and I have now put that right.

The panel met on 23 March. Ravensholme College has still not confirmed that it can meet Kayden's needs, so the panel agreed to name Northfen College, which has offered him a place. I know this is not the outcome you and Kayden wanted. I want you to have the decision in writing, with your rights of appeal, as quickly as possible.

I will issue Kayden's final amended plan myself by Thursday 13 April. I will also contact Ravensholme's principal directly for a final answer this week, so that the plan reflects the college's latest position.

Yours sincerely,""",
    fmt="alt",
    from_la=True, category="delay_notice",
    refs=[REF],
    dates=[
        D("31 March", "2028-03-31", "past"),
        D("22 March", "2028-03-22", "past"),
        D("23 March", "2028-03-23", "past"),
        D("Thursday 13 April", "2028-04-13", "deadline"),
    ],
    commits=[
        C("la", "issue the final amended plan", "2028-04-13",
          "I will issue Kayden's final amended plan myself by Thursday 13 April."),
        C("la", "contact Ravensholme's principal", None,
          "I will also contact Ravensholme's principal directly for a final answer this week, so that the plan reflects the college's latest position."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t18 complaint

m051 = M(
    51, "formal_complaint", "t18-complaint", "2028-04-10 10:15:02",
    PAT_TB, [COMPLAINTS], cc=[FIONA],
    subject=f"Formal complaint - SEND Statutory Service - Kayden Holloway ({REF})",
    new="""Dear Sir or Madam,

I would like to make a formal complaint under the council's complaints procedure about the way Kayden's Education, Health and Care plan has been handled over the past year.

I am Kayden's grandmother and have been his special guardian since he was eight. Kayden was born on 23 October 2011. He has a learning disability and a permanent hearing loss, and he goes to the Hearing Impaired Resource Base at Fleetmarsh Park Academy.

What happened
1. After Kayden's annual review on 22 June 2027, the council wrote on 19 July 2027 that I would have the draft amended plan by 13 August 2027. It came on 17 September 2027, and only after I had chased it twice. The final amended plan was issued on 22 October 2027, four months after the meeting.
2. Kayden moves to college this September. The law says his plan had to be amended to name his college before 31 March 2028. It was not. On 11 February I was told that the panel would decide on 2 March and that I would hear by 10 March. I heard nothing until I chased. I was then promised a phone call on 24 March which never came.
3. Nobody told me that Kayden's coordinator was off sick, and my emails went unanswered.

Mrs Stirling has now apologised and promised the plan by 13 April, and I'm grateful to her. But I want the council to understand what this has done to Kayden, who is sixteen, deaf and finds change very hard. He hasn't slept properly for weeks for worrying about where he'll be in September, and he missed the transition days both colleges held in March because nobody could tell us where he was going.

What I would like
- a written apology to Kayden as well as to me;
- an explanation of why the dates were missed, and what the council will change so that it doesn't happen to another family;
- extra transition support for Kayden this summer, whichever college he goes to.

I can send copies of all the letters and emails I've mentioned if that would help. Please acknowledge this complaint and give me a reference number.""",
    sig="Kind regards, Pat (Nan)\nPatricia Holloway (Mrs), special guardian\n07700 900387",
    category="complaint",
    refs=[REF],
    dates=[
        D("23 October 2011", "2011-10-23", "past"),
        D("22 June 2027", "2027-06-22", "past"),
        D("19 July 2027", "2027-07-19", "past"),
        D("13 August 2027", "2027-08-13", "past"),
        D("17 September 2027", "2027-09-17", "past"),
        D("22 October 2027", "2027-10-22", "past"),
        D("31 March 2028", "2028-03-31", "past"),
        D("11 February", "2028-02-11", "past"),
        D("2 March", "2028-03-02", "past"),
        D("10 March", "2028-03-10", "past"),
        D("24 March", "2028-03-24", "past"),
        D("13 April", "2028-04-13", "deadline"),
    ],
    commits=[
        C("la", "issue the final amended plan", "2028-04-13",
          "Mrs Stirling has now apologised and promised the plan by 13 April, and I'm grateful to her."),
    ],
)  # fmt: skip

m052 = M(
    52, "complaint_auto_ack", "t18-complaint", "2028-04-10 10:15:41",
    COMPLAINTS_NOREPLY, [PAT_TB],
    f"Complaint received \u2013 reference {CMP}",
    reply_to=m051, quote="none",
    new=f"""Dear Patricia Holloway,

Thank you for contacting Fenmoor County Council. We have received your complaint and logged it under the reference below.

Complaint reference: {CMP}
Date received: 10/04/2028
Service: Children's Services - SEND Statutory Service

Your complaint will be passed to a complaints officer, who will contact you if they need more information. We aim to send you a full response within 10 working days, by 26/04/2028. If we need longer, we will write to tell you why.

Please quote your reference number in all correspondence about this complaint.

This is an automated message from an unmonitored mailbox. Please do not reply to it.

Fenmoor County Council Customer Experience Team""",
    cte="7bit", charset="us-ascii",
    extra_headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    from_la=True, category="complaint",
    refs=[CMP],
    dates=[
        D("10/04/2028", "2028-04-10", "other"),
        D("26/04/2028", "2028-04-26", "deadline"),
    ],
    commits=[
        C("la", "send a full response to the complaint", "2028-04-26",
          "We aim to send you a full response within 10 working days, by 26/04/2028."),
        C("la", "write if more time is needed", None, "If we need longer, we will write to tell you why."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t19 final amended plan naming Northfen

m053 = M(
    53, "final_amended_plan_post16", "t19-final-northfen", "2028-04-13 16:50:08",
    FIONA, [PAT_TB, KAYDEN], cc=[ANJALI, HAYLEY],
    subject=f"Kayden Holloway \u2013 Final Amended EHC Plan (post-16) \u2013 {REF}",
    new="""Dear Mrs Holloway and Kayden,

As promised, I attach Kayden's final amended EHC plan, dated 13 April 2028. Section I names Northfen College (Entry 3 Independent Living and Work Skills) from September 2028.

Ravensholme College's principal wrote to me on 11 April. The college still does not feel able to meet Kayden's needs, because it cannot recruit another communication support worker with Level 3 BSL in time for September. Her letter is attached.

Section F now provides two Teacher of the Deaf visits each half term during Kayden's first year at college, a communication support worker (Level 2 BSL) for 12 hours a week, and a travel training programme.

If you disagree with the plan, including the college it names, you can appeal to the First-tier Tribunal (Special Educational Needs and Disability). If your appeal is about more than the name of the college, you must first contact a mediation adviser at Brookway Mediation (01632 960915, mediation@brookwaymediation.co.uk). Any appeal must be made within two months of the date of this letter, that is by 13 June 2028, or within one month of the date of a mediation certificate if that is later.

I have asked the Post-16 Travel Support team to send you an application form for college transport.

Yours sincerely,""",
    fmt="html",
    attachments=[
        pdf("Final amended EHC plan - Kayden Holloway - 13.04.28.pdf"),
        pdf("Decision letter and appeal rights - 13.04.28.pdf"),
        pdf("Letter from Ravensholme College - 11.04.28.pdf"),
    ],
    from_la=True, category="final_plan",
    refs=[REF],
    dates=[
        D("13 April 2028", "2028-04-13", "other"),
        D("11 April", "2028-04-11", "past"),
        D("13 June 2028", "2028-06-13", "deadline"),
    ],
)  # fmt: skip

m054 = M(
    54, "portal_new_document_final", "t20-portal-final", "2028-04-13 16:52:30",
    PORTAL, [PAT_TB],
    "You have a new document on Fenmoor SEND Online",
    new=f"""Dear Patricia Holloway,

A new document has been added to a case you have access to on Fenmoor SEND Online.

Case: {REF} (Kayden Holloway)
Document: Final amended EHC plan \u2013 13.04.28
Added: 13/04/2028 16:49""",
    sig=PORTAL_FOOT,
    fmt="alt",
    extra_headers=[("Auto-Submitted", "auto-generated")],
    from_la=True, category="general",
    refs=[REF],
    dates=[D("13/04/2028", "2028-04-13", "other")],
)  # fmt: skip

m055 = M(
    55, "re_final_post16_mediation", "t19-final-northfen", "2028-04-15 11:30:50",
    PAT_TB, [FIONA], cc=[ANJALI, KAYDEN],
    subject=f"Re: Kayden Holloway \u2013 Final Amended EHC Plan (post-16) \u2013 {REF}",
    reply_to=m053,
    new="""Dear Mrs Stirling,

Thank you for sending the plan when you said you would. I can't pretend we're happy with it though, and neither is Kayden, who went straight up to his room and wouldn't come down for his tea.

It isn't only the college. The plan we fought for last autumn gave Kayden 15 hours of support from someone with Level 3 BSL, and Ruth's latest advice says he needs that for all his taught sessions. This plan cuts it to 12 hours at Level 2, at exactly the point where everything around him is going to change. I don't understand how that can be right.

Marcus at SENDIASS says that because we disagree with section F as well as section I, we have to speak to the mediation adviser first, and we want to try mediation rather than go straight to a tribunal. I'll ring Brookway Mediation on Tuesday, as Monday's a bank holiday.""",
    category="mediation_tribunal",
    refs=[REF],
    dates=[
        D("on Tuesday", "2028-04-18", "meeting"),
        D("Monday's", "2028-04-17", "other"),
    ],
    commits=[
        C("parent", "ring Brookway Mediation", "2028-04-18",
          "I'll ring Brookway Mediation on Tuesday, as Monday's a bank holiday."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t21 mediation

m056 = M(
    56, "mediation_request", "t21-mediation", "2028-04-18 14:10:37",
    PAT_TB, [IMOGEN],
    "Mediation request - Kayden Holloway, Fenmoor County Council",
    new=f"""Dear Imogen,

Thank you for talking to me this morning, you made it all sound much less frightening. As you asked, here are the details in writing.

Kayden Holloway, date of birth 23 October 2011. I am his grandmother and special guardian. Kayden is sixteen and he would like to take part himself; he is deaf and uses hearing aids and some sign, and he will need a BSL/English interpreter.

Fenmoor County Council issued Kayden's final amended EHC plan on 13 April. The council's reference is {REF}. We disagree with section I, which names Northfen College when we want Ravensholme College, and with section F, which cuts his communication support from 15 hours with a Level 3 BSL worker to 12 hours at Level 2. We would like to go to mediation about both.

The plan and the council's letter are attached. I'm free Thursdays and Fridays, and any afternoon after 3.""",
    attachments=[
        pdf("Final amended EHC plan - Kayden Holloway - 13.04.28.pdf"),
        pdf("Decision letter and appeal rights - 13.04.28.pdf"),
    ],
    category="mediation_tribunal",
    refs=[REF],
    dates=[
        D("this morning", "2028-04-18", "meeting"),
        D("23 October 2011", "2011-10-23", "past"),
        D("13 April", "2028-04-13", "past"),
    ],
)  # fmt: skip

m057 = M(
    57, "re_mediation_request", "t21-mediation", "2028-04-20 11:00:12",
    IMOGEN, [PAT_TB],
    f"RE: Mediation request - Kayden Holloway, Fenmoor County Council [{BWM}]",
    reply_to=m056,
    new=f"""Dear Mrs Holloway,

Thank you for your email and the documents. Your case reference is {BWM}.

I told Fenmoor County Council today that you wish to go to mediation about sections F and I. The council has to arrange for the mediation to take place within 30 days of being told, so by 20 May 2028. I have provisionally booked Wednesday 10 May 2028 at 10am at Fleetmarsh Community Centre, which has a hearing loop and a quiet side room for breaks. Fiona Stirling will attend for the council, with Craig Mottram.

Kayden is very welcome to take part, for all of it or some of it. I will book a BSL/English interpreter for the whole morning.

Please could you confirm by Wednesday 26 April that the date works for you?

Kind regards,""",
    fmt="alt",
    category="mediation_tribunal",
    refs=[BWM],
    dates=[
        D("today", "2028-04-20", "other"),
        D("20 May 2028", "2028-05-20", "deadline"),
        D("Wednesday 10 May 2028", "2028-05-10", "meeting"),
        D("Wednesday 26 April", "2028-04-26", "deadline"),
    ],
    commits=[C("other", "book a BSL/English interpreter", None, "I will book a BSL/English interpreter for the whole morning.")],
)  # fmt: skip

m058 = M(
    58, "re_mediation_date", "t21-mediation", "2028-04-20 19:15:26",
    PAT_IOS, [IMOGEN],
    f"RE: Mediation request - Kayden Holloway, Fenmoor County Council [{BWM}]",
    reply_to=m057, fmt="alt",
    new="""Dear Imogen, Wednesday 10 May is fine, thank you for sorting it so quickly. Kayden would like to come for the first part at least, and he was very pleased about the interpreter. Marcus from SENDIASS has said he'll come with me as well, I hope that's alright.""",
    category="mediation_tribunal",
    refs=[BWM],
    dates=[D("Wednesday 10 May", "2028-05-10", "meeting")],
    commits=[
        C("other", "SENDIASS adviser to attend the mediation", None,
          "Marcus from SENDIASS has said he'll come with me as well, I hope that's alright."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t18 again: Stage 1 response

m059 = M(
    59, "complaint_stage1_response", "t18-complaint", "2028-04-26 15:00:44",
    DALE, [PAT_TB], cc=[FIONA],
    subject=f"RE: Formal complaint - SEND Statutory Service - Kayden Holloway ({REF}) [{CMP}]",
    reply_to=m051, quote="orig",
    new=f"""Dear Mrs Holloway,

Complaint reference: {CMP} - Stage 1 response

Thank you for your complaint of 10 April 2028 about the SEND Statutory Service. I have looked at Kayden's file, read the emails you mentioned and spoken to Mrs Stirling and to the officers involved.

1. The draft amended plan after the June 2027 review. The council told you it would send the draft by 13 August 2027 and did not send it until 17 September 2027. The final amended plan was issued on 22 October 2027. Where the council decides to amend a plan after a review, the final amended plan should be issued within twelve weeks of the review meeting; this one took seventeen. I uphold this part of your complaint.

2. The post-16 transfer. Kayden's plan should have been amended to name his college before 31 March 2028. It was not issued until 13 April 2028. You were given dates that were not kept, and a promised telephone call did not happen. I uphold this part of your complaint.

3. Communication during staff absence. When Kayden's coordinator became unwell, her cases were not reallocated for almost two weeks and nobody told you. I uphold this part of your complaint.

I am very sorry, on behalf of the council, for the delays and for the worry they have caused you and Kayden.

What the council will do
- The Head of SEND will write to Kayden personally to apologise.
- A payment of \u00a3250 will be made to you within 20 working days of the date of this letter, in recognition of your time and trouble and of the distress caused.
- Mrs Stirling will make sure that Kayden is offered extra transition sessions at his new college over the summer.
- The service is changing how cases are covered during staff absence, so that a named officer is always responsible for each young person.

If you are not satisfied with this response, you can ask for your complaint to be considered at Stage 2. Please do this within 28 days of the date of this letter. If you remain dissatisfied after Stage 2, you can contact the Local Government and Social Care Ombudsman.

Please note that this complaints process cannot decide which college Kayden should attend. That is a matter for mediation or the SEND Tribunal, and I understand you have already contacted Brookway Mediation.

Yours sincerely,""",
    charset="iso-8859-1",
    from_la=True, category="complaint",
    refs=[REF, CMP],
    dates=[
        D("10 April 2028", "2028-04-10", "past"),
        D("13 August 2027", "2027-08-13", "past"),
        D("17 September 2027", "2027-09-17", "past"),
        D("22 October 2027", "2027-10-22", "past"),
        D("31 March 2028", "2028-03-31", "past"),
        D("13 April 2028", "2028-04-13", "past"),
        D("within 20 working days of the date of this letter", "2028-05-25", "deadline"),
        D("within 28 days of the date of this letter", "2028-05-24", "deadline"),
    ],
    commits=[
        C("la", "Head of SEND to write to Kayden", None, "The Head of SEND will write to Kayden personally to apologise."),
        C("la", "pay \u00a3250", "2028-05-25",
          "A payment of \u00a3250 will be made to you within 20 working days of the date of this letter, in recognition of your time and trouble and of the distress caused."),
        C("la", "offer Kayden extra transition sessions", None,
          "Mrs Stirling will make sure that Kayden is offered extra transition sessions at his new college over the summer."),
    ],
)  # fmt: skip

m060 = M(
    60, "re_complaint_stage1", "t18-complaint", "2028-04-27 10:20:19",
    PAT_TB, [DALE], cc=[FIONA],
    subject=f"Re: Formal complaint - SEND Statutory Service - Kayden Holloway ({REF}) [{CMP}]",
    reply_to=m059, bottom=True,
    new="""Dear Mr Whitworth,

Thank you for such a thorough and honest reply. It's the first time anyone has set it all out like that, and it means a lot that you've upheld it. I won't be going to Stage 2. The thing that matters most to me is the letter to Kayden, because he thinks all of this is somehow his fault, so I'd be grateful if that could come soon.

We're going to mediation about the college on 10 May, so hopefully the rest will be sorted there.""",
    category="complaint",
    refs=[REF, CMP],
    dates=[D("10 May", "2028-05-10", "meeting")],
)  # fmt: skip

# ------------------------------------------------------------------ t21 again: the outcome

m061 = M(
    61, "mediation_outcome", "t21-mediation", "2028-05-10 17:40:03",
    IMOGEN, [PAT_IOS], cc=[FIONA],
    subject=f"Mediation outcome \u2013 Kayden Holloway \u2013 {BWM}",
    reply_to=m058,
    new="""Dear Mrs Holloway,

Thank you for today's mediation, and a special thank you to Kayden, who explained what he needs more clearly than any of the adults in the room. I attach the signed agreement. In summary:

1. Fenmoor County Council will name Ravensholme College in section I of Kayden's plan. Ravensholme confirmed at the mediation that it can admit Kayden, now that the council will fund an additional communication support worker for him.
2. The council will restore the communication support in section F to 15 hours a week, delivered by a communication support worker with Level 3 BSL.
3. The council will issue the amended final plan by Friday 2 June 2028.
4. Ravensholme College will invite Kayden to its transition days in June and July.
5. You will apply for post-16 travel assistance by Friday 30 June 2028.
6. The council will treat the travel application as urgent.

I will send you the mediation certificate by Monday 15 May. You will only need it if you later decide to appeal.

Kind regards,""",
    fmt="alt",
    attachments=[pdf(f"Mediation agreement - {BWM} - signed.pdf")],
    category="mediation_tribunal",
    refs=[BWM],
    dates=[
        D("today's", "2028-05-10", "meeting"),
        D("Friday 2 June 2028", "2028-06-02", "deadline"),
        D("Friday 30 June 2028", "2028-06-30", "deadline"),
        D("Monday 15 May", "2028-05-15", "deadline"),
    ],
    commits=[
        C("la", "name Ravensholme College in section I", None,
          "Fenmoor County Council will name Ravensholme College in section I of Kayden's plan."),
        C("la", "restore communication support to 15 hours at Level 3", None,
          "The council will restore the communication support in section F to 15 hours a week, delivered by a communication support worker with Level 3 BSL."),
        C("la", "issue the amended final plan", "2028-06-02",
          "The council will issue the amended final plan by Friday 2 June 2028."),
        C("school", "invite Kayden to transition days", None,
          "Ravensholme College will invite Kayden to its transition days in June and July."),
        C("parent", "apply for post-16 travel assistance", "2028-06-30",
          "You will apply for post-16 travel assistance by Friday 30 June 2028."),
        C("la", "treat the travel application as urgent", None,
          "The council will treat the travel application as urgent."),
        C("other", "send the mediation certificate", "2028-05-15",
          "I will send you the mediation certificate by Monday 15 May."),
    ],
)  # fmt: skip

m062 = M(
    62, "re_mediation_outcome", "t21-mediation", "2028-05-10 21:30:45",
    PAT_TB, [IMOGEN],
    f"Re: Mediation outcome \u2013 Kayden Holloway \u2013 {BWM}",
    reply_to=m061, bottom=True,
    new="""Dear Imogen,

I don't really know how to thank you. Kayden has been grinning all evening and has already texted Tyler to tell him, and he's asked me to say thank you for the interpreter, who he thought was 'well good'. I went into today expecting a fight and it wasn't like that at all.

I'll get the travel form in this week, I promise, I've learned my lesson about deadlines!""",
    category="mediation_tribunal",
    refs=[BWM],
    dates=[D("today", "2028-05-10", "meeting")],
    commits=[
        C("parent", "send in the travel form", None,
          "I'll get the travel form in this week, I promise, I've learned my lesson about deadlines!"),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t22 post-16 transport

m063 = M(
    63, "travel_application", "t22-transport", "2028-05-12 09:30:14",
    PAT_TB, [TRAVEL],
    "Post-16 travel assistance application - Kayden Holloway",
    new="""Dear Sir or Madam,

I'd like to apply for post-16 travel assistance for my grandson, Kayden Holloway, who will be starting at Ravensholme College in September. I'm his special guardian. Kayden is sixteen (date of birth 23/10/2011), has an EHC plan, a learning disability and a hearing impairment, and he can't yet travel independently, although he is due to start travel training.

We live in Fleetmarsh and the college is about eleven miles away. There is a bus, but it means changing at Ravensholme bus station, which Kayden can't manage on his own yet with the noise and the announcements he can't hear.

I've attached the application form, a copy of the Special Guardianship Order and the mediation agreement, which says the council will treat this as urgent. I was told at the mediation that applications should be in by 30 June, so I hope I'm in good time for once.""",
    category="general",
    dates=[
        D("23/10/2011", "2011-10-23", "past"),
        D("30 June", "2028-06-30", "deadline"),
    ],
)  # fmt: skip

m064 = M(
    64, "travel_application_attachments", "t22-transport", "2028-05-12 09:41:57",
    PAT_TB, [TRAVEL],
    "Re: Post-16 travel assistance application - Kayden Holloway",
    reply_to=m063,
    new="""Apologies, I pressed send before attaching everything. Here they are. The Special Guardianship Order is a photo of the paper copy, I hope it's clear enough.""",
    attachments=[
        pdf("Post-16 travel application - Kayden Holloway.pdf"),
        pdf("Special Guardianship Order - photo.pdf"),
        pdf("Mediation agreement - signed.pdf"),
    ],
    category="general",
)  # fmt: skip

m065 = M(
    65, "travel_information_request", "t22-transport", "2028-05-16 14:00:21",
    NADIA, [PAT_TB],
    f"RE: Post-16 travel assistance application - Kayden Holloway [{P16T}]",
    reply_to=m064,
    new=f"""Dear Mrs Holloway,

Thank you for your application for post-16 travel assistance for Kayden, which has been given the reference {P16T}. Please quote this on anything you send us.

Before I can assess the application I need two more things:

1. a copy of Kayden's offer letter from Ravensholme College, showing the course and his days of attendance; and
2. a clearer copy of the Special Guardianship Order - the photo you sent is cut off at the bottom, where the court seal is.

Please could you send these by Friday 26 May. Once I have them, I will make a decision within 15 working days.

For your information, Fenmoor asks families of post-16 students to contribute towards the cost of transport. The contribution for 2028/29 is \u00a3520 for the year, reduced to \u00a3260 for families on a low income and for kinship carers receiving a special guardianship allowance. If either applies to you, please send evidence with the documents above.

Kind regards,""",
    fmt="alt", charset="iso-8859-1",
    from_la=True, category="information_request",
    refs=[P16T],
    dates=[D("Friday 26 May", "2028-05-26", "deadline")],
    commits=[C("la", "decide on the travel application", None, "Once I have them, I will make a decision within 15 working days.")],
)  # fmt: skip

m066 = M(
    66, "re_travel_documents", "t22-transport", "2028-05-21 20:40:33",
    PAT_IOS, [NADIA],
    f"RE: Post-16 travel assistance application - Kayden Holloway [{P16T}]",
    reply_to=m065, fmt="alt",
    new="""Dear Nadia, thank you for getting back to me so quickly. Here is the offer letter Ravensholme sent on Thursday, a proper scan of the Special Guardianship Order (my neighbour has a scanner, bless her) and the letter about my special guardianship allowance, which I think means we pay the lower contribution. Kayden's course is Monday to Thursday, 9.15 till 3.30.""",
    attachments=[
        pdf("Ravensholme College offer letter.pdf"),
        pdf("SGO full copy.pdf"),
        pdf("Special guardianship allowance letter.pdf"),
    ],
    category="general",
    refs=[P16T],
    dates=[D("on Thursday", "2028-05-18", "past")],
)  # fmt: skip

# ------------------------------------------------------------------ t23 amended final plan naming Ravensholme

m067 = M(
    67, "amended_final_plan_ravensholme", "t23-final-ravensholme", "2028-06-02 15:15:56",
    ANJALI, [PAT_TB, KAYDEN], cc=[DECLAN, HAYLEY, FIONA],
    subject=f"Kayden Holloway \u2013 Amended Final EHC Plan naming Ravensholme College ({REF})",
    new="""Dear Mrs Holloway and Kayden,

I'm back at work, and I'm so pleased that one of the first things I get to do is send you this.

Attached is Kayden's amended final EHC plan, dated 2 June 2028, which makes the changes agreed at mediation on 10 May. Section I now names Ravensholme College (Foundation Pathways: Catering and Hospitality) from September 2028. Section F provides a communication support worker with Level 3 BSL for 15 hours a week, two Teacher of the Deaf visits each half term during Kayden's first year, and travel training.

You can still appeal against the plan if you need to. Any appeal must be made within two months of the date of this letter, that is by 2 August 2028, or within one month of the date of the mediation certificate (15 May 2028) if that is later.

I will arrange an early review in Kayden's first term at Ravensholme, once he has had time to settle in. I'm sorry for everything that went wrong this spring, and thank you, Kayden, for telling us so clearly what you wanted.

Kind regards,""",
    fmt="html",
    attachments=[pdf("Amended final EHC plan - Kayden Holloway - 02.06.28.pdf")],
    from_la=True, category="final_plan",
    refs=[REF],
    dates=[
        D("2 June 2028", "2028-06-02", "other"),
        D("10 May", "2028-05-10", "past"),
        D("2 August 2028", "2028-08-02", "deadline"),
        D("15 May 2028", "2028-05-15", "past"),
    ],
    commits=[
        C("la", "arrange an early review", None,
          "I will arrange an early review in Kayden's first term at Ravensholme, once he has had time to settle in."),
    ],
)  # fmt: skip

m068 = M(
    68, "re_amended_final_thanks", "t23-final-ravensholme", "2028-06-02 19:55:12",
    PAT_IOS, [ANJALI, KAYDEN], cc=[DECLAN, HAYLEY, FIONA],
    subject=f"RE: Kayden Holloway \u2013 Amended Final EHC Plan naming Ravensholme College ({REF})",
    reply_to=m067, fmt="alt",
    new="""Dear Anjali, welcome back, I hope you're feeling much better. Thank you, thank you, thank you. I printed the plan out and Kayden took it up to his room to read section I again, I can hear him telling Tyler on his headset right now. Mr Hurst, we're so looking forward to the transition days. Kayden wanted me to say he's going to bring his own knives, I've told him he most certainly is not!""",
    category="general",
    refs=[REF],
)  # fmt: skip

m069 = M(
    69, "re_amended_final_college_welcome", "t23-final-ravensholme", "2028-06-05 11:20:40",
    DECLAN, [PAT_IOS], cc=[ANJALI, KAYDEN, HAYLEY],
    subject=f"RE: Kayden Holloway \u2013 Amended Final EHC Plan naming Ravensholme College ({REF})",
    reply_to=m068,
    new="""Dear Mrs Holloway, dear Kayden,

We're delighted to be welcoming Kayden in September \u2013 and chef has asked me to confirm that all knives are provided!

Kayden's transition days are Thursday 22 June and Tuesday 4 July, 9.30am to 2pm. I will meet him at main reception at 9.15 on the 22nd and introduce him to Leanne, who will be his communication support worker. Enrolment is on Wednesday 30 August; his student number for enrolment is RC-2028-11873, and his ULN is 4829117306.

Leanne and I will also visit Fleetmarsh Park before the end of term to see Kayden in the Resource Base and talk to Ruth and Mrs Dunstan.

Best wishes,""",
    fmt="alt",
    category="appointment",
    refs=[REF],
    dates=[
        D("Thursday 22 June", "2028-06-22", "meeting"),
        D("Tuesday 4 July", "2028-07-04", "meeting"),
        D("Wednesday 30 August", "2028-08-30", "meeting"),
    ],
    commits=[
        C("school", "meet Kayden at reception", "2028-06-22",
          "I will meet him at main reception at 9.15 on the 22nd and introduce him to Leanne, who will be his communication support worker."),
        C("school", "visit Fleetmarsh Park", None,
          "Leanne and I will also visit Fleetmarsh Park before the end of term to see Kayden in the Resource Base and talk to Ruth and Mrs Dunstan."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t22 again: the transport decision

m070 = M(
    70, "travel_decision", "t22-transport", "2028-06-20 10:40:18",
    NADIA, [PAT_IOS],
    f"RE: Post-16 travel assistance application - Kayden Holloway [{P16T}]",
    reply_to=m066,
    new="""Dear Mrs Holloway,

Thank you for sending the documents. I am pleased to tell you that Kayden's application for post-16 travel assistance has been approved.

From Monday 4 September 2028, Kayden will travel to Ravensholme College in a shared taxi with a passenger assistant on his college days (Monday to Thursday). The taxi company will contact you during the last week of August with pick-up times.

Because you receive a special guardianship allowance, your contribution is the reduced rate of \u00a3260 for 2028/29. You can pay it in one go or in three instalments; the details are in the attached letter.

As agreed in Kayden's plan, the aim is for him to travel independently in time. Terry Ng from our Independent Travel Training team will contact you by Friday 14 July to arrange the first sessions over the summer.

Kind regards,""",
    fmt="alt", charset="iso-8859-1",
    attachments=[pdf("Travel assistance decision - P16T-28-0719.pdf")],
    from_la=True, category="general",
    refs=[P16T],
    dates=[
        D("Monday 4 September 2028", "2028-09-04", "other"),
        D("Friday 14 July", "2028-07-14", "deadline"),
    ],
    commits=[
        C("other", "taxi company to contact Pat with pick-up times", None,
          "The taxi company will contact you during the last week of August with pick-up times."),
        C("la", "travel trainer to contact Pat", "2028-07-14",
          "Terry Ng from our Independent Travel Training team will contact you by Friday 14 July to arrange the first sessions over the summer."),
    ],
)  # fmt: skip

MSGS = [
    m037, m038, m039, m040, m041, m042, m043, m044, m045, m046, m047, m048, m049, m050, m051, m052,
    m053, m054, m055, m056, m057, m058, m059, m060, m061, m062, m063, m064, m065, m066, m067, m068,
    m069, m070,
]  # fmt: skip
