"""Messages 026-062 (January - August 2027)."""

from corpuslib import Msg, dd
from people import (
    AISHA,
    BEA,
    CALLUM,
    CUSTOMER_RES,
    FEEDBACK_NOREPLY,
    HELEN,
    HUB,
    JODIE,
    LORNA,
    MARK,
    REID,
    SHONA,
    SHONA_LAPTOP,
    SUNITA,
    TRIBUNAL,
)

REF = "WY/EHC/18/0627"
TRIB = "EH962/27/00148"
LEGAL = "LEG/SEND/27/311"
COMPLAINT = "CR-2027-00862"
INTRO_SUBJECT = "Introduction – your new EHC Coordinator (Callum McAllister)"
FINAL_SUBJECT = "OFFICIAL: Final amended EHC plan – Callum McAllister – WY/EHC/18/0627"
HD = "HD 05/10/2027 | EH962/27/00148 | Callum McAllister | "

CONSULT_QUOTE = dd(
    """
    -----Original Message-----
    From: SEND Statutory Team <send.statutory@wyvernshire.gov.uk>
    Sent: Wednesday, 10 February 2027 09:14
    To: Aisha Rahman <aisha.rahman@wyvernshire.gov.uk>
    Subject: FW: Consultation response – Callum McAllister (WY/EHC/18/0627)

    Aisha – one of yours, came into the team inbox yesterday afternoon. Please reply to the college by Friday.
    Maria

    -----Original Message-----
    From: Lorna Fitch <lorna.fitch@wyvernvalley.ac.uk>
    Sent: Tuesday, 9 February 2027 16:40
    To: SEND Statutory Team <send.statutory@wyvernshire.gov.uk>
    Subject: Consultation response – Callum McAllister (WY/EHC/18/0627)

    Dear colleagues

    Thank you for your consultation of 12 January 2027 about Callum McAllister (DOB 12/01/2011).

    Following Callum's visit on 28 January, Wyvern Valley College is able to meet Callum's needs on our Level 1 Motor Vehicle study programme from September 2027, with the following support:
    - 1:1 learning support in all practical workshop sessions (12 hours per week)
    - a named key worker from the Additional Learning Support team
    - a transition programme of three half-days in June and July 2027
    - travel training in the first term

    The additional support would require element 3 (top-up) funding of £9,850 per year.

    We will hold a place for Callum until 30 April 2027 pending the local authority's decision.

    Kind regards
    Lorna Fitch
    Additional Learning Support Manager
    Wyvern Valley College
    """
)

MSGS = [
    # ------------------------------------------------------------ t05 CAMHS continued
    Msg(
        26,
        "camhs_letter",
        "t05-camhs",
        "2027-01-05 15:20 +0000",
        REID,
        [SHONA],
        "RE: CAMHS appointment – Callum McAllister",
        dd(
            """
            Dear Ms McAllister

            Please find attached my letter following Callum's assessment on 3 December. I am sorry it has taken until now – the Christmas closure delayed our typing.

            In summary, Callum has significant anxiety linked to his autism and to the breakdown of his school placement, and he would benefit from a course of cognitive behavioural therapy adapted for autistic young people.

            I will see Callum for six sessions of CBT, starting in February. Our admin team will send you the appointment dates.

            If you are happy for me to do so, I will send a copy of the letter to the SEND Statutory Team so that it can be used in the amended plan. Please reply to confirm.

            Best wishes
            """
        ),
        "general",
        reply_to=13,
        quote_style="outlook",
        attachments=[("CAMHS assessment letter - C McAllister.pdf", "application/pdf")],
        dates=[("3 December", "2026-12-03", "past")],
        commits=[
            (
                "health",
                "see Callum for six sessions of CBT",
                None,
                "I will see Callum for six sessions of CBT, starting in February.",
            ),
            (
                "health",
                "send the appointment dates",
                None,
                "Our admin team will send you the appointment dates.",
            ),
            (
                "health",
                "send the letter to the SEND Statutory Team",
                None,
                "If you are happy for me to do so, I will send a copy of the letter to the SEND Statutory Team so that it can be used in the amended plan.",
            ),
        ],
    ),
    # ------------------------------------------------------------ t12 new EHC coordinator
    Msg(
        27,
        "new_coordinator",
        "t12-new-coordinator",
        "2027-01-12 10:20 +0000",
        AISHA,
        [SHONA],
        INTRO_SUBJECT,
        dd(
            """
            Dear Shona,

            I'm Aisha Rahman and I've taken over Callum's case from Graham Tolley, who left the council at Christmas. I'm so sorry you've had no reply to your comments on the draft – I've read them all and they're very clear.

            A few quick questions so I can get going:

            1. Could we have a call on Thursday (14th) at 10am to go through your comments?
            2. Has Callum's tuition actually started, and how many hours is he getting?
            3. Would Callum like to write to me himself about college? He's 16 today I think – happy birthday to him!
            4. Has the letter from Dr Reid at CAMHS arrived yet?

            I've sent the consultation to Wyvern Valley College (Graham hadn't sent it, I'm afraid) and asked them to reply within 15 days, which takes us to 27 January.

            Aisha
            """
        ),
        "information_request",
        dates=[
            ("Thursday (14th)", "2027-01-14", "meeting"),
            ("today", "2027-01-12", "other"),
            ("27 January", "2027-01-27", "deadline"),
        ],
    ),
    Msg(
        28,
        "inline_answers",
        "t12-new-coordinator",
        "2027-01-12 12:48 +0000",
        SHONA,
        [AISHA],
        "Re: " + INTRO_SUBJECT,
        dd(
            """
            hi aisha thank u. answers below

            > 1. Could we have a call on Thursday (14th) at 10am to go through your comments?

            yes 10 is fine ring my mobile

            > 2. Has Callum's tuition actually started, and how many hours is he getting?

            started 16/11 but only 6 hrs a wk and the tutor was off sick for 2 wks in dec

            > 3. Would Callum like to write to me himself about college? He's 16 today I think – happy birthday to him!

            he says yes. and thank u he had a good day

            > 4. Has the letter from Dr Reid at CAMHS arrived yet?

            yes came 5.1.27 ill scan it and send it tonight

            shona
            """
        ),
        "general",
        sig="",
        reply_to=27,
        quote_style="none",
        dates=[
            ("16/11", "2026-11-16", "past"),
            ("5.1.27", "2027-01-05", "past"),
            ("tonight", "2027-01-12", "deadline"),
        ],
        commits=[
            (
                "parent",
                "scan and send the CAMHS letter",
                "2027-01-12",
                "ill scan it and send it tonight",
            )
        ],
    ),
    Msg(
        29,
        "call_summary_la",
        "t12-new-coordinator",
        "2027-01-14 11:35 +0000",
        AISHA,
        [SHONA],
        "RE: " + INTRO_SUBJECT,
        dd(
            """
            Hi Shona,

            Thanks for your time this morning. Just so we both have it in writing:

            - I'll ask Keystone to increase Callum's tuition to 10 hours a week from Monday 25 January.
            - I'll set up a meeting with you, Callum and the college, probably the week after half term.
            - Dr Reid's letter will go into section B and I'll redraft section F so that the 1:1 is in hours.
            - You'll send me Callum's views once he's written them.
            - The amended plan has to be final before 31 March, and I will make sure it is.

            If I've got anything wrong, shout!

            Aisha
            """
        ),
        "general",
        reply_to=28,
        quote_style="outlook",
        dates=[
            ("this morning", "2027-01-14", "meeting"),
            ("Monday 25 January", "2027-01-25", "deadline"),
            ("31 March", "2027-03-31", "deadline"),
        ],
        commits=[
            (
                "la",
                "ask Keystone to increase tuition to 10 hours a week",
                "2027-01-25",
                "I'll ask Keystone to increase Callum's tuition to 10 hours a week from Monday 25 January.",
            ),
            (
                "la",
                "set up a meeting with the family and the college",
                None,
                "I'll set up a meeting with you, Callum and the college, probably the week after half term.",
            ),
            (
                "la",
                "redraft sections B and F",
                None,
                "Dr Reid's letter will go into section B and I'll redraft section F so that the 1:1 is in hours.",
            ),
            (
                "parent",
                "send Callum's views",
                None,
                "You'll send me Callum's views once he's written them.",
            ),
            (
                "la",
                "finalise the amended plan",
                "2027-03-31",
                "The amended plan has to be final before 31 March, and I will make sure it is.",
            ),
        ],
    ),
    # ------------------------------------------------------------ t13 the young person writes
    Msg(
        30,
        "callum_views",
        "t13-callum",
        "2027-01-17 15:12 +0000",
        CALLUM,
        [AISHA],
        "college",
        dd(
            """
            hi aisha

            this is callum. mum said to email you about college.

            i want to go to wyvern valley college to do motor vehicle level 1. i went to the open evening in november with mum and i liked the workshop and the teacher let me take a wheel off. i dont want to stay at longmead for sixth form because everyone knows what happened and the corridors are too loud.

            things that help me: knowing whats happening before it happens, being able to go outside if its too much, having someone i know in the workshop. i dont like being asked questions in front of everyone.

            i want to get a job in a garage and pass my driving test when im 17.

            from callum
            """
        ),
        "general",
        cc=[SHONA],
        mode="html",
        cte="quoted-printable",
    ),
    Msg(
        31,
        "college_visit",
        "t13-callum",
        "2027-01-18 09:05 +0000",
        AISHA,
        [CALLUM],
        "RE: college",
        dd(
            """
            Hi Callum,

            Thank you – this is really helpful, and I'll put your words into section A of your plan exactly as you wrote them.

            Lorna Fitch, who runs learning support at Wyvern Valley College, will meet you at the college on Thursday 28 January at 11am and show you the motor vehicle workshop. Your mum has said she can bring you. If 11am is too busy at reception, tell me and I'll ask Lorna for a quieter time.

            Best wishes
            Aisha
            """
        ),
        "appointment",
        cc=[SHONA],
        reply_to=30,
        quote_style="outlook",
        dates=[("Thursday 28 January", "2027-01-28", "meeting")],
        commits=[
            (
                "la",
                "put Callum's words into section A",
                None,
                "Thank you – this is really helpful, and I'll put your words into section A of your plan exactly as you wrote them.",
            ),
            (
                "school",
                "meet Callum and show him the workshop",
                "2027-01-28",
                "Lorna Fitch, who runs learning support at Wyvern Valley College, will meet you at the college on Thursday 28 January at 11am and show you the motor vehicle workshop.",
            ),
            (
                "la",
                "ask the college for a quieter time",
                None,
                "If 11am is too busy at reception, tell me and I'll ask Lorna for a quieter time.",
            ),
        ],
    ),
    # ------------------------------------------------------------ t09 social care continued
    Msg(
        32,
        "social_care_outcome",
        "t09-social-care",
        "2027-01-26 14:10 +0000",
        JODIE,
        [SHONA],
        "RE: request for assessment - callum mcallister",
        dd(
            """
            Dear Shona

            Callum's Child and Family Assessment is now complete and a copy is attached. It found that Callum is a child in need under section 17 of the Children Act 1989 and that you need a break from caring.

            I am recommending a package of four hours a week with a support worker, which the Short Breaks Panel will consider on 4 February. I will let you know the panel's decision by Friday 5 February.

            If you agree, I will also send a copy of the assessment to Callum's EHC coordinator so that section H of his plan can be updated.

            Kind regards
            """
        ),
        "general",
        reply_to=21,
        quote_style="outlook",
        attachments=[("Child and Family Assessment - C McAllister.pdf", "application/pdf")],
        refs=["CWD/26/5512"],
        dates=[
            ("4 February", "2027-02-04", "meeting"),
            ("Friday 5 February", "2027-02-05", "deadline"),
        ],
        commits=[
            (
                "la",
                "tell Shona the panel's decision",
                "2027-02-05",
                "I will let you know the panel's decision by Friday 5 February.",
            ),
            (
                "la",
                "send the assessment to the EHC coordinator",
                None,
                "If you agree, I will also send a copy of the assessment to Callum's EHC coordinator so that section H of his plan can be updated.",
            ),
        ],
    ),
    Msg(
        33,
        "social_care_consent",
        "t09-social-care",
        "2027-01-26 19:55 +0000",
        SHONA,
        [JODIE],
        "Re: request for assessment - callum mcallister",
        dd(
            """
            yes pls send it to aisha rahman. thank u jodie ur the first person whos actually listened
            """
        ),
        "general",
        reply_to=32,
        quote_style="iphone",
    ),
    # ------------------------------------------------------------ t14 college consultation (forward of a forward)
    Msg(
        34,
        "consultation_forward",
        "t14-consultation",
        "2027-02-10 14:22 +0000",
        AISHA,
        [SHONA],
        "FW: FW: Consultation response – Callum McAllister (WY/EHC/18/0627)",
        dd(
            """
            Hi Shona,

            Good news below! The college's reply came into our team inbox and Maria passed it on to me. Wyvern Valley say they can meet Callum's needs on the Level 1 Motor Vehicle programme, with 1:1 in the workshops and a transition package.

            The next step is the Post-16 Placement Panel on Tuesday 23 February. I'll write to you by Friday 26 February with the panel's decision.

            Aisha
            """
        ),
        "general",
        quote_override=CONSULT_QUOTE,
        refs=[REF],
        dates=[
            ("Tuesday 23 February", "2027-02-23", "meeting"),
            ("Friday 26 February", "2027-02-26", "deadline"),
        ],
        commits=[
            (
                "la",
                "write with the panel's decision",
                "2027-02-26",
                "I'll write to you by Friday 26 February with the panel's decision.",
            )
        ],
    ),
    Msg(
        35,
        "plan_timing_question",
        "t14-consultation",
        "2027-02-10 18:30 +0000",
        SHONA,
        [AISHA],
        "Re: FW: FW: Consultation response – Callum McAllister (WY/EHC/18/0627)",
        dd(
            """
            thats brilliant thank u!! so the plan will def be done by 31st march yeah? he needs to know where hes going
            """
        ),
        "information_request",
        reply_to=34,
        quote_style="iphone",
        refs=[REF],
        dates=[("31st march", "2027-03-31", "deadline")],
    ),
    Msg(
        36,
        "plan_timing_answer",
        "t14-consultation",
        "2027-02-11 08:50 +0000",
        AISHA,
        [SHONA],
        "RE: FW: FW: Consultation response – Callum McAllister (WY/EHC/18/0627)",
        dd(
            """
            Morning Shona,

            Yes. Once the panel has agreed the placement, I'll update section I straight away. The final amended plan will be issued before 31 March, as the law requires.

            Aisha
            """
        ),
        "general",
        reply_to=35,
        quote_style="outlook",
        refs=[REF],
        dates=[("31 March", "2027-03-31", "deadline")],
        commits=[
            (
                "la",
                "update section I",
                None,
                "Once the panel has agreed the placement, I'll update section I straight away.",
            ),
            (
                "la",
                "issue the final amended plan",
                "2027-03-31",
                "The final amended plan will be issued before 31 March, as the law requires.",
            ),
        ],
    ),
    # ------------------------------------------------------------ t15 chaser, delay and escalation
    Msg(
        37,
        "panel_chaser",
        "t15-panel-escalation",
        "2027-03-01 08:12 +0000",
        SHONA,
        [AISHA],
        "panel??",
        dd(
            """
            aisha u said u would write by fri 26th with the panel decision. nothing. callum keeps asking me every day. pls can u let me know today. its 4 wks to the deadline
            """
        ),
        "chaser",
        dates=[("fri 26th", "2027-02-26", "past"), ("today", "2027-03-01", "deadline")],
    ),
    Msg(
        38,
        "panel_deferred",
        "t15-panel-escalation",
        "2027-03-03 16:45 +0000",
        AISHA,
        [SHONA],
        "RE: panel??",
        dd(
            """
            Hi Shona,

            I'm really sorry – I should have emailed you on Friday. The panel on 23 February ran out of time and Callum's case was deferred to the next panel, which is on 16.03.27. I will ring you the same afternoon with the outcome.

            I know this is cutting it fine for the 31 March deadline. We are still aiming to issue the final amended plan before then, but I can't promise it until the panel has decided.

            Aisha
            """
        ),
        "delay_notice",
        reply_to=37,
        quote_style="outlook",
        dates=[
            ("on Friday", "2027-02-26", "past"),
            ("23 February", "2027-02-23", "past"),
            ("16.03.27", "2027-03-16", "meeting"),
            ("31 March", "2027-03-31", "deadline"),
        ],
        commits=[
            (
                "la",
                "ring with the panel outcome",
                "2027-03-16",
                "I will ring you the same afternoon with the outcome.",
            )
        ],
    ),
    Msg(
        39,
        "escalation_manager",
        "t15-panel-escalation",
        "2027-03-03 21:58 +0000",
        SHONA_LAPTOP,
        [AISHA],
        "Re: panel??",
        dd(
            """
            Aisha, Helen

            I am copying in Helen Pryce as Team Manager because I have had enough.

            The annual review was on 13 October. The law says the decision and the proposed amendments should have come within 4 weeks. The decision came late and the draft came on 7 December. Graham left and nobody told me for a month. Wyvern Valley said yes on 9 February. Now the panel has "run out of time" and Callum's case will not be looked at until the 16th, two weeks before the legal deadline for naming his college.

            Meanwhile Callum is still getting 6 hours of tuition a week, not the 10 hours promised from 25 January. He has now been out of school for over four months.

            I want:
            1. Callum's case decided before the 16th, not at it.
            2. Written confirmation that the final amended plan naming Wyvern Valley College will be issued before 31 March 2027.
            3. The 10 hours of tuition starting on Monday.

            If I do not have a reply by Friday I will make a formal complaint and contact my MP.

            Shona McAllister
            """
        ),
        "chaser",
        cc=[HELEN],
        reply_to=38,
        dates=[
            ("13 October", "2026-10-13", "past"),
            ("7 December", "2026-12-07", "past"),
            ("9 February", "2027-02-09", "past"),
            ("the 16th", "2027-03-16", "meeting"),
            ("25 January", "2027-01-25", "past"),
            ("31 March 2027", "2027-03-31", "deadline"),
            ("Monday", "2027-03-08", "deadline"),
            ("Friday", "2027-03-05", "deadline"),
        ],
        commits=[
            (
                "parent",
                "make a formal complaint and contact the MP",
                None,
                "If I do not have a reply by Friday I will make a formal complaint and contact my MP.",
            )
        ],
    ),
    Msg(
        40,
        "manager_reply",
        "t15-panel-escalation",
        "2027-03-05 15:30 +0000",
        HELEN,
        [SHONA],
        "RE: panel??",
        dd(
            """
            Dear Ms McAllister,

            Thank you for your email. I am sorry for the delays in Callum's case and for the lack of communication when Graham left.

            I have arranged for Callum's placement to be decided by the Head of SEND, outside the panel, on Tuesday 9 March. Aisha will telephone you on Tuesday 9 March once the decision has been made.

            I have also spoken to Keystone Tutors. Keystone will increase Callum's tuition to 10 hours per week from Monday 8 March. They will send you the new timetable over the weekend.

            I cannot give you an absolute guarantee about 31 March until the decision has been made, but I can assure you that meeting it is our priority.

            Kind regards
            """
        ),
        "delay_notice",
        cc=[AISHA],
        reply_to=39,
        quote_style="outlook",
        mode="html",
        charset="windows-1252",
        dates=[
            ("Tuesday 9 March", "2027-03-09", "meeting"),
            ("Monday 8 March", "2027-03-08", "deadline"),
            ("31 March", "2027-03-31", "deadline"),
        ],
        commits=[
            (
                "la",
                "telephone with the placement decision",
                "2027-03-09",
                "Aisha will telephone you on Tuesday 9 March once the decision has been made.",
            ),
            (
                "other",
                "increase tuition to 10 hours per week",
                "2027-03-08",
                "Keystone will increase Callum's tuition to 10 hours per week from Monday 8 March.",
            ),
            (
                "other",
                "send the new tuition timetable",
                None,
                "They will send you the new timetable over the weekend.",
            ),
        ],
        extra_headers=[
            ("Thread-Topic", "panel??"),
            ("Thread-Index", "AdsOq1xYzQ2m7kT4S0yVb3t1cW9PLA=="),
        ],
    ),
    Msg(
        41,
        "call_notes_parent",
        "t15-panel-escalation",
        "2027-03-09 20:41 +0000",
        SHONA,
        [AISHA],
        "Re: panel?? - notes from call today",
        dd(
            """
            aisha just so its in writing from our call at 4 today:

            - the head of send (mr corrigan) has said no to wyvern valley because it costs more than longmead sixth form
            - the plan will name longmead sixth form in section I
            - u will issue the final amended plan by fri 26th march
            - u will send me the reasons in writing by thurs
            - i told u we will appeal to tribunal and callum will NOT be going back to longmead
            - keystone started the 10 hrs yesterday thats the only good thing

            if any of this is wrong tell me
            shona
            """
        ),
        "general",
        cc=[HELEN],
        reply_to=40,
        quote_style="iphone",
        dates=[
            ("today", "2027-03-09", "meeting"),
            ("fri 26th march", "2027-03-26", "deadline"),
            ("thurs", "2027-03-11", "deadline"),
            ("yesterday", "2027-03-08", "past"),
        ],
        commits=[
            (
                "la",
                "issue the final amended plan",
                "2027-03-26",
                "u will issue the final amended plan by fri 26th march",
            ),
            (
                "la",
                "send the reasons in writing",
                "2027-03-11",
                "u will send me the reasons in writing by thurs",
            ),
            (
                "parent",
                "appeal to the tribunal",
                None,
                "i told u we will appeal to tribunal and callum will NOT be going back to longmead",
            ),
        ],
    ),
    Msg(
        42,
        "call_notes_correction",
        "t15-panel-escalation",
        "2027-03-11 13:02 +0000",
        AISHA,
        [SHONA],
        "RE: panel?? - notes from call today",
        dd(
            """
            Hi Shona,

            Thanks for writing it up – that's mostly right. Two corrections:

            - I said I would aim to issue the final amended plan by Friday 26 March, not that I would definitely manage it.
            - The written reasons are attached, so that one's done.

            I'll let you know straight away if the date changes.

            Aisha
            """
        ),
        "general",
        cc=[HELEN],
        reply_to=41,
        quote_style="outlook",
        attachments=[
            ("Reasons - post-16 placement decision - C McAllister.pdf", "application/pdf")
        ],
        dates=[("Friday 26 March", "2027-03-26", "deadline")],
        commits=[
            (
                "la",
                "tell Shona if the date changes",
                None,
                "I'll let you know straight away if the date changes.",
            )
        ],
    ),
    # ------------------------------------------------------------ t16 complaint
    Msg(
        43,
        "complaint_stage1",
        "t16-complaint",
        "2027-04-01 09:15 +0100",
        SHONA_LAPTOP,
        [CUSTOMER_RES],
        "Formal complaint - SEND - Callum McAllister WY/EHC/18/0627",
        dd(
            """
            To the Customer Resolution Team

            This is a formal complaint under the council's complaints procedure about how the SEND Statutory Team has handled my son Callum McAllister's EHC plan (date of birth 12/01/2011, ref WY/EHC/18/0627).

            What happened
            1. Callum's annual review was held on 13 October 2026. The council did not tell me its decision until 12 November 2026, after the four-week limit, and did not send the proposed amendments until 7 December 2026.
            2. I sent my representations on 20 December 2026. Nobody replied until a new coordinator wrote on 12 January 2027, because the case officer had left.
            3. Callum has been out of school since 22 October 2026. The council arranged only 6 hours of tuition a week from 16 November 2026. The increase to 10 hours promised for 25 January 2027 did not happen until 8 March 2027.
            4. I was told the final amended plan would be issued by 26 March 2027. It has not been issued, and the legal deadline of 31 March 2027 for naming Callum's post-16 placement has now passed.

            What I want
            a) An apology in writing.
            b) The final amended plan issued immediately.
            c) A review of why Callum has had so little education, and tuition to make up for the weeks he has missed.
            d) Confirmation of what the council will change so this does not happen to other families.

            Please acknowledge this complaint and give me a reference number. I will be contacting my MP, Ms Oduya, this week as well.

            Shona McAllister
            14 Brindle Close, Wyvern Bridge WY4 8HD
            07700 900386
            """
        ),
        "complaint",
        cc=[HELEN],
        refs=[REF],
        dates=[
            ("12/01/2011", "2011-01-12", "past"),
            ("13 October 2026", "2026-10-13", "past"),
            ("12 November 2026", "2026-11-12", "past"),
            ("7 December 2026", "2026-12-07", "past"),
            ("20 December 2026", "2026-12-20", "past"),
            ("12 January 2027", "2027-01-12", "past"),
            ("22 October 2026", "2026-10-22", "past"),
            ("16 November 2026", "2026-11-16", "past"),
            ("25 January 2027", "2027-01-25", "past"),
            ("8 March 2027", "2027-03-08", "past"),
            ("26 March 2027", "2027-03-26", "past"),
            ("31 March 2027", "2027-03-31", "past"),
        ],
        commits=[
            (
                "parent",
                "contact her MP",
                None,
                "I will be contacting my MP, Ms Oduya, this week as well.",
            )
        ],
    ),
    Msg(
        44,
        "complaint_autoack",
        "t16-complaint",
        "2027-04-01 09:15 +0100",
        FEEDBACK_NOREPLY,
        [SHONA],
        "Your complaint has been received – reference CR-2027-00862",
        dd(
            """
            Thank you for contacting Wyvernshire County Council.

            Your complaint has been logged with reference CR-2027-00862. We aim to acknowledge complaints within 5 working days and to send a full response within 10 working days of the acknowledgement.

            Please quote your reference in all correspondence with us.

            This mailbox is not monitored.
            """
        ),
        "complaint",
        reply_to=43,
        quote_style="none",
        cte="7bit",
        charset="us-ascii",
        extra_headers=[("Auto-Submitted", "auto-replied")],
        refs=[COMPLAINT],
    ),
    Msg(
        45,
        "complaint_ack",
        "t16-complaint",
        "2027-04-06 10:02 +0100",
        MARK,
        [SHONA],
        "Complaint CR-2027-00862 – acknowledgement",
        dd(
            """
            Dear Ms McAllister

            I am writing to acknowledge your complaint about the SEND Statutory Team, which I will be investigating.

            I have shared your complaint with the Head of SEND. I will send you a full written response by Tuesday 20 April 2027, which is 10 working days from the date of this letter.

            Yours sincerely
            """
        ),
        "complaint",
        reply_to=43,
        quote_style="original",
        refs=[COMPLAINT],
        dates=[("Tuesday 20 April 2027", "2027-04-20", "deadline")],
        commits=[
            (
                "la",
                "send a full written response",
                "2027-04-20",
                "I will send you a full written response by Tuesday 20 April 2027, which is 10 working days from the date of this letter.",
            )
        ],
    ),
    # ------------------------------------------------------------ t17 SEND Hub notification (final plan)
    Msg(
        46,
        "hub_final_uploaded",
        "t17-hub-final",
        "2027-04-09 12:01 +0100",
        HUB,
        [SHONA],
        "SEND Hub: a new document has been added to Callum's record",
        dd(
            """
            Dear Shona McAllister

            A new document has been added to the SEND Hub record for Callum McAllister.

            Document: Final amended EHC plan (issued 09/04/2027)
            Case reference: WY/EHC/18/0627
            Notification ID: SHN-2704-11920

            Log in at https://sendhub.wyvernshire.gov.uk to view or download it. Documents are available for 12 months.

            This is an automated message from an unmonitored mailbox. Please do not reply.
            """
        ),
        "general",
        cte="7bit",
        charset="us-ascii",
        extra_headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "SENDHub Notify 3.1")],
        refs=[REF, "SHN-2704-11920"],
        dates=[("09/04/2027", "2027-04-09", "other")],
    ),
    # ------------------------------------------------------------ t18 final amended plan (late)
    Msg(
        47,
        "final_amended_plan",
        "t18-final-plan",
        "2027-04-09 12:15 +0100",
        AISHA,
        [SHONA],
        FINAL_SUBJECT,
        dd(
            """
            Hi Shona,

            I'm so sorry this is late. The letter and the plan are attached, and the letter is copied below.

            Aisha

            WYVERNSHIRE COUNTY COUNCIL – SEND STATUTORY TEAM
            Date: 9 April 2027
            Our ref: WY/EHC/18/0627

            Dear Ms McAllister

            FINAL AMENDED EDUCATION, HEALTH AND CARE PLAN: CALLUM McALLISTER (DOB 12/01/2011)

            The Local Authority has now issued the final amended EHC plan for Callum, following the annual review held on 13 October 2026 and your representations of 20 December 2026.

            Section I names Longmead Academy (Sixth Form) from 1 September 2027. The Local Authority considered your request for Wyvern Valley College but has concluded that attendance there would be incompatible with the efficient use of resources (section 39(4) of the Children and Families Act 2014).

            The Local Authority acknowledges that this plan was not issued before 31 March 2027, as regulation 18 of the SEND Regulations 2014 requires, and apologises for this.

            Your right of appeal
            You have the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability) about sections B, F and I of the plan. An appeal must be made within two months of the date of this letter, that is by 9 June 2027, or within one month of the date of a mediation certificate, whichever is later. If your appeal is only about the name of the school or college in section I, you do not need to contact a mediation adviser first.

            Mediation adviser: Wyvern Mediation Partnership, 01632 960812.
            Information, advice and support: Wyvernshire SENDIASS, 01632 960890.

            Yours sincerely
            Aisha Rahman, EHC Coordinator (Post-16), on behalf of the Head of SEND
            """
        ),
        "final_plan",
        cte="base64",
        attachments=[
            ("Final amended EHCP - Callum McAllister - 09.04.27.pdf", "application/pdf"),
            ("Final plan letter - 09.04.27.pdf", "application/pdf"),
        ],
        refs=[REF],
        dates=[
            ("9 April 2027", "2027-04-09", "other"),
            ("12/01/2011", "2011-01-12", "past"),
            ("13 October 2026", "2026-10-13", "past"),
            ("20 December 2026", "2026-12-20", "past"),
            ("1 September 2027", "2027-09-01", "other"),
            ("31 March 2027", "2027-03-31", "past"),
            ("9 June 2027", "2027-06-09", "deadline"),
        ],
    ),
    Msg(
        48,
        "final_plan_reply",
        "t18-final-plan",
        "2027-04-09 12:52 +0100",
        SHONA,
        [AISHA],
        "Re: " + FINAL_SUBJECT,
        dd(
            """
            this is a joke. 31st march was the law and u said fri 26th. hes not going back to longmead. were appealing section I and ill get the appeal form in next wk
            """
        ),
        "mediation_tribunal",
        reply_to=47,
        quote_style="iphone",
        refs=[REF],
        dates=[("31st march", "2027-03-31", "past"), ("fri 26th", "2027-03-26", "past")],
        commits=[
            (
                "parent",
                "send in the appeal form",
                None,
                "were appealing section I and ill get the appeal form in next wk",
            )
        ],
    ),
    # ------------------------------------------------------------ t19 SENDIASS
    Msg(
        49,
        "fwd_to_sendiass",
        "t19-sendiass",
        "2027-04-10 10:05 +0100",
        SHONA,
        [BEA],
        "Fwd: " + FINAL_SUBJECT,
        dd(
            """
            hi bea its shona (callums mum) u helped me with the draft in dec. they have named longmead. we want to appeal section I for wyvern valley. deadline says 9 june. can u help with the form? im free any day next wk except weds
            """
        ),
        "general",
        sig="Sent from my iPhone",
        reply_to=47,
        quote_style="fwd",
        refs=[REF],
        dates=[("9 june", "2027-06-09", "deadline")],
    ),
    Msg(
        50,
        "sendiass_reply",
        "t19-sendiass",
        "2027-04-12 11:30 +0100",
        BEA,
        [SHONA],
        "RE: Fwd: " + FINAL_SUBJECT,
        dd(
            """
            Hi Shona,

            Good to hear from you, though I'm sorry it's not better news.

            Because your appeal is only about section I, you don't need a mediation certificate – you can send the SEND35 form straight to the Tribunal. The deadline is 9 June 2027, but I'd get it in well before then.

            I'll ring you on Weds 14th at 11 to go through the form. If you can send me the college's consultation reply before then, I'll check what it says about meeting Callum's needs.

            You may also want to ask Lorna at the college for a short letter confirming the place is still available.

            Bea
            """
        ),
        "general",
        reply_to=49,
        quote_style="outlook",
        refs=[REF],
        dates=[("9 June 2027", "2027-06-09", "deadline"), ("Weds 14th", "2027-04-14", "meeting")],
        commits=[
            (
                "other",
                "ring Shona to go through the SEND35",
                "2027-04-14",
                "I'll ring you on Weds 14th at 11 to go through the form.",
            ),
            (
                "other",
                "check the college's consultation reply",
                None,
                "If you can send me the college's consultation reply before then, I'll check what it says about meeting Callum's needs.",
            ),
        ],
    ),
    # ------------------------------------------------------------ t16 complaint continued
    Msg(
        51,
        "complaint_response",
        "t16-complaint",
        "2027-04-20 16:30 +0100",
        MARK,
        [SHONA],
        "Complaint CR-2027-00862 – Stage 1 response",
        dd(
            """
            Dear Ms McAllister

            STAGE 1 RESPONSE: COMPLAINT REFERENCE CR-2027-00862

            Thank you for your complaint of 1 April 2027. I have reviewed Callum's case file and spoken to Mrs Pryce and Ms Rahman.

            Point 1 (delay after the annual review): upheld. The decision letter should have been sent by 10 November 2026 and was sent on 12 November 2026. The proposed amendments should have been sent with it.

            Point 2 (communication when the case officer left): upheld.

            Point 3 (tuition): partly upheld. The council arranged tuition promptly once it knew Callum was not attending, but did not increase it as promised in January.

            Point 4 (the final amended plan): upheld. The plan was issued on 9 April 2027, after the statutory date.

            Remedy
            - The council apologises unreservedly for these failings.
            - A payment of £350 will be made to you in recognition of your time and trouble, within 28 days of the date of this letter.
            - Keystone Tutors will provide 20 hours of catch-up tuition before the end of the summer term.
            - Mrs Pryce will present a report on annual review timescales to the SEND Leadership Team on 12 May 2027.

            If you are dissatisfied
            You may ask for your complaint to be considered at Stage 2 within 20 working days of the date of this letter, that is by 19 May 2027. Please write to this address quoting your reference.

            Yours sincerely
            """
        ),
        "complaint",
        reply_to=45,
        quote_style="none",
        charset="iso-8859-1",
        refs=[COMPLAINT],
        dates=[
            ("1 April 2027", "2027-04-01", "past"),
            ("10 November 2026", "2026-11-10", "past"),
            ("12 November 2026", "2026-11-12", "past"),
            ("9 April 2027", "2027-04-09", "past"),
            ("within 28 days of the date of this letter", "2027-05-18", "deadline"),
            ("12 May 2027", "2027-05-12", "meeting"),
            ("19 May 2027", "2027-05-19", "deadline"),
        ],
        commits=[
            (
                "la",
                "pay £350 for time and trouble",
                "2027-05-18",
                "A payment of £350 will be made to you in recognition of your time and trouble, within 28 days of the date of this letter.",
            ),
            (
                "other",
                "provide 20 hours of catch-up tuition",
                None,
                "Keystone Tutors will provide 20 hours of catch-up tuition before the end of the summer term.",
            ),
            (
                "la",
                "present a report on review timescales",
                "2027-05-12",
                "Mrs Pryce will present a report on annual review timescales to the SEND Leadership Team on 12 May 2027.",
            ),
        ],
    ),
    Msg(
        52,
        "complaint_reply",
        "t16-complaint",
        "2027-04-21 07:40 +0100",
        SHONA,
        [MARK],
        "Re: Complaint CR-2027-00862 – Stage 1 response",
        dd(
            """
            thanks for the apology. 350 quid doesnt give callum his year 11 back tho. the catch up tuition needs to start asap not at the end of term. might think about stage 2 once the appeal is in
            """
        ),
        "complaint",
        reply_to=51,
        quote_style="iphone",
        refs=[COMPLAINT],
    ),
    # ------------------------------------------------------------ t19 SENDIASS continued
    Msg(
        53,
        "appeal_sent",
        "t19-sendiass",
        "2027-05-12 20:15 +0100",
        SHONA,
        [BEA],
        "Re: Fwd: " + FINAL_SUBJECT,
        dd(
            """
            sent the SEND35 today!! with lornas letter and callums views. thanks for all ur help bea i couldnt have done it on my own
            """
        ),
        "general",
        reply_to=50,
        quote_style="iphone",
        refs=[REF],
        dates=[("today", "2027-05-12", "other")],
    ),
    # ------------------------------------------------------------ t20 tribunal registration
    Msg(
        54,
        "tribunal_registration",
        "t20-tribunal-registration",
        "2027-05-20 14:00 +0100",
        TRIBUNAL,
        [SHONA],
        "EH962/27/00148 – Callum McAllister – Appeal registered",
        dd(
            """
            Dear Ms McAllister

            Appeal reference: EH962/27/00148
            Child/young person: Callum McAllister
            Local authority: Wyvernshire County Council

            Your appeal was received on 12 May 2027 and has been registered. It is an appeal against the contents of section I of the EHC plan dated 9 April 2027.

            Directions
            1. The local authority must send its response to the appeal to the Tribunal and to you by 1 July 2027.
            2. Both parties must send any further evidence, and the completed attendance form, by 22 July 2027.
            3. The hearing will take place on 5 October 2027 at Wyvern Bridge Magistrates' Court, starting at 10am.

            Please quote the appeal reference in all correspondence and use this subject line format: HD 05/10/2027 | EH962/27/00148 | Callum McAllister | [topic].

            First-tier Tribunal (Special Educational Needs and Disability)
            """
        ),
        "mediation_tribunal",
        attachments=[("Registration letter and directions EH962-27-00148.pdf", "application/pdf")],
        refs=[TRIB],
        dates=[
            ("12 May 2027", "2027-05-12", "past"),
            ("9 April 2027", "2027-04-09", "past"),
            ("1 July 2027", "2027-07-01", "deadline"),
            ("22 July 2027", "2027-07-22", "deadline"),
            ("5 October 2027", "2027-10-05", "meeting"),
        ],
    ),
    # ------------------------------------------------------------ t21 settlement
    Msg(
        55,
        "settlement_proposal",
        "t21-settlement",
        "2027-06-30 11:20 +0100",
        SUNITA,
        [SHONA],
        HD + "Proposal to resolve appeal",
        dd(
            """
            Dear Ms McAllister

            I am the officer dealing with Callum's appeal for the local authority.

            Since the appeal was lodged, Wyvern Valley College has revised its costings after Callum's transition visits, and the difference in cost from Longmead Academy Sixth Form is now much smaller. Having reviewed the evidence, the local authority is prepared to agree to Wyvern Valley College being named in section I from 1 September 2027.

            I propose that we ask the Tribunal to make a consent order in these terms. If you agree, I will send you a draft order by Wednesday 7 July.

            Our response to the appeal is due tomorrow. I will ask the Tribunal for a short extension while you consider this proposal.

            Please let me know by Monday 5 July whether you agree in principle. The hearing on 5 October remains listed until the Tribunal says otherwise.

            Yours sincerely
            """
        ),
        "mediation_tribunal",
        refs=[TRIB, LEGAL],
        dates=[
            ("1 September 2027", "2027-09-01", "other"),
            ("Wednesday 7 July", "2027-07-07", "deadline"),
            ("tomorrow", "2027-07-01", "deadline"),
            ("Monday 5 July", "2027-07-05", "deadline"),
            ("5 October", "2027-10-05", "meeting"),
        ],
        commits=[
            (
                "la",
                "send a draft consent order",
                "2027-07-07",
                "If you agree, I will send you a draft order by Wednesday 7 July.",
            ),
            (
                "la",
                "ask the Tribunal for an extension",
                None,
                "I will ask the Tribunal for a short extension while you consider this proposal.",
            ),
        ],
    ),
    Msg(
        56,
        "settlement_agree",
        "t21-settlement",
        "2027-07-04 23:40 +0000",
        SHONA,
        [SUNITA],
        "Re: " + HD + "Proposal to resolve appeal",
        dd(
            """
            hi sunita yes we agree in principle!! callum is made up

            one thing. does the 1:1 in the workshop stay in section F like the college said?

            ill ring bea at sendiass tmrw. will come back to u by weds with anything else
            """
        ),
        "mediation_tribunal",
        reply_to=55,
        quote_style="iphone",
        drop_irt=True,
        refs=[TRIB],
        dates=[("tmrw", "2027-07-06", "meeting"), ("weds", "2027-07-07", "deadline")],
        commits=[
            ("parent", "ring SENDIASS", "2027-07-06", "ill ring bea at sendiass tmrw."),
            (
                "parent",
                "come back with any further points",
                "2027-07-07",
                "will come back to u by weds with anything else",
            ),
        ],
    ),
    Msg(
        57,
        "draft_consent_order",
        "t21-settlement",
        "2027-07-07 15:05 +0100",
        SUNITA,
        [SHONA],
        "RE: " + HD + "Draft consent order",
        dd(
            """
            Dear Ms McAllister

            Thank you for confirming your agreement. Yes – the 1:1 support in practical workshops will remain in section F, at the 12 hours per week the college set out.

            Please find attached the draft consent order. If you are content, please sign it and return it to me by Wednesday 14 July. I will then send it to the Tribunal, with the local authority's signature, the same day.

            Once the Tribunal has made the order, the local authority will issue the amended plan within five weeks of the order.

            Yours sincerely
            """
        ),
        "mediation_tribunal",
        reply_to=56,
        quote_style="outlook",
        attachments=[
            (
                "Draft consent order EH962-27-00148.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            )
        ],
        refs=[TRIB, LEGAL],
        dates=[("Wednesday 14 July", "2027-07-14", "deadline")],
        commits=[
            (
                "la",
                "send the signed order to the Tribunal",
                None,
                "I will then send it to the Tribunal, with the local authority's signature, the same day.",
            ),
            (
                "la",
                "issue the amended plan",
                None,
                "Once the Tribunal has made the order, the local authority will issue the amended plan within five weeks of the order.",
            ),
        ],
    ),
    Msg(
        58,
        "signed_order_returned",
        "t21-settlement",
        "2027-07-12 19:30 +0100",
        SHONA,
        [SUNITA],
        "Re: " + HD + "Draft consent order",
        dd(
            """
            hi sunita signed copy attached. ill post the original tmrw first thing
            """
        ),
        "mediation_tribunal",
        reply_to=57,
        quote_style="iphone",
        attachments=[("IMG_4471.pdf", "application/pdf")],
        refs=[TRIB],
        dates=[("tmrw", "2027-07-13", "deadline")],
        commits=[
            (
                "parent",
                "post the original signed order",
                "2027-07-13",
                "ill post the original tmrw first thing",
            )
        ],
    ),
    Msg(
        59,
        "consent_order_made",
        "t21-settlement",
        "2027-07-20 11:30 +0100",
        SUNITA,
        [SHONA],
        "RE: " + HD + "Draft consent order",
        dd(
            """
            Dear Ms McAllister

            Thank you for returning the signed order so promptly. The Tribunal made the consent order this morning and a copy is attached. The hearing on 5 October has been vacated, so neither you nor Callum will need to attend.

            The local authority will issue Callum's amended plan naming Wyvern Valley College by 24 August 2027, as paragraph 3 of the order requires.

            Yours sincerely
            """
        ),
        "mediation_tribunal",
        reply_to=58,
        quote_style="outlook",
        attachments=[("Consent order EH962-27-00148.pdf", "application/pdf")],
        refs=[TRIB, LEGAL],
        dates=[
            ("this morning", "2027-07-20", "other"),
            ("5 October", "2027-10-05", "meeting"),
            ("24 August 2027", "2027-08-24", "deadline"),
        ],
        commits=[
            (
                "la",
                "issue the amended plan naming the college",
                "2027-08-24",
                "The local authority will issue Callum's amended plan naming Wyvern Valley College by 24 August 2027, as paragraph 3 of the order requires.",
            )
        ],
    ),
    # ------------------------------------------------------------ t22 amended final plan naming the college
    Msg(
        60,
        "amended_final_college",
        "t22-amended-final",
        "2027-08-13 14:00 +0100",
        AISHA,
        [SHONA],
        "OFFICIAL: Amended final EHC plan – Callum McAllister – WY/EHC/18/0627 (Wyvern Valley College)",
        dd(
            """
            Hi Shona,

            I'm delighted to attach Callum's amended final EHC plan, which names Wyvern Valley College in section I from 1 September 2027, as the Tribunal ordered on 20 July.

            Section F now includes 12 hours a week of 1:1 support in practical workshops and a named key worker, and section H includes the short breaks package from Jodie.

            I've copied in Lorna Fitch so the college has the final version. I'll send the travel training referral to the Travel Team on Monday (16 August).

            Best wishes
            Aisha
            """
        ),
        "final_plan",
        cc=[LORNA],
        mode="html",
        cte="base64",
        attachments=[("Amended final EHCP - Callum McAllister - 13.08.27.pdf", "application/pdf")],
        refs=[REF],
        dates=[
            ("1 September 2027", "2027-09-01", "other"),
            ("20 July", "2027-07-20", "past"),
            ("Monday (16 August)", "2027-08-16", "deadline"),
        ],
        commits=[
            (
                "la",
                "send the travel training referral",
                "2027-08-16",
                "I'll send the travel training referral to the Travel Team on Monday (16 August).",
            )
        ],
    ),
    Msg(
        61,
        "amended_final_thanks",
        "t22-amended-final",
        "2027-08-13 18:22 +0100",
        SHONA,
        [AISHA],
        "Re: OFFICIAL: Amended final EHC plan – Callum McAllister – WY/EHC/18/0627 (Wyvern Valley College)",
        dd(
            """
            thank u aisha. honestly. callum read section A and said its the first time it sounds like him
            """
        ),
        "general",
        cc=[LORNA],
        reply_to=60,
        quote_style="iphone",
        refs=[REF],
    ),
    Msg(
        62,
        "college_enrolment",
        "t22-amended-final",
        "2027-08-17 09:40 +0100",
        LORNA,
        [SHONA],
        "RE: OFFICIAL: Amended final EHC plan – Callum McAllister – WY/EHC/18/0627 (Wyvern Valley College)",
        dd(
            """
            Hi Shona (and Callum!),

            Great news, and thank you Aisha for the final plan.

            - Enrolment: Thursday 26 August, 10am, Learning Support Centre – please bring photo ID and his GCSE results slip
            - Quiet transition morning: a fortnight today, 9.30 to 12, just Callum and two other new students, before the campus gets busy
            - First day: Wednesday 1 September. Mr Pugh, his 1:1, will meet him at main reception at 9.15am on his first day
            - Travel training with the council's Travel Team usually starts the week after half term

            Any worries before then, ring me.

            Lorna
            """
        ),
        "appointment",
        cc=[AISHA],
        reply_to=61,
        quote_style="outlook",
        refs=[REF],
        dates=[
            ("Thursday 26 August", "2027-08-26", "meeting"),
            ("a fortnight today", "2027-08-31", "meeting"),
            ("Wednesday 1 September", "2027-09-01", "other"),
        ],
        commits=[
            (
                "school",
                "meet Callum at reception on his first day",
                "2027-09-01",
                "Mr Pugh, his 1:1, will meet him at main reception at 9.15am on his first day",
            )
        ],
    ),
    Msg(
        63,
        "enrolment_confirm",
        "t22-amended-final",
        "2027-08-17 12:15 +0100",
        SHONA,
        [LORNA],
        "Re: OFFICIAL: Amended final EHC plan – Callum McAllister – WY/EHC/18/0627 (Wyvern Valley College)",
        dd(
            """
            brill thank u lorna. we'll be there thurs 26th and yes please to the transition morning. he's already asked what to wear lol
            """
        ),
        "appointment",
        cc=[AISHA],
        reply_to=62,
        quote_style="iphone",
        refs=[REF],
        dates=[("thurs 26th", "2027-08-26", "meeting")],
        commits=[
            (
                "parent",
                "attend enrolment with Callum",
                "2027-08-26",
                "we'll be there thurs 26th and yes please to the transition morning",
            )
        ],
    ),
]
