"""Messages 001-025 (September - December 2026)."""

from corpuslib import Msg, dd
from people import (
    CAMHS,
    COLLEGE_EVENTS,
    CWD_TEAM,
    DEV,
    GRAHAM,
    HUB,
    JODIE,
    KEYSTONE,
    NEWS,
    SHONA,
    SHONA_LAPTOP,
    WEBB,
)

REF = "WY/EHC/18/0627"
AR_SUBJECT = "Callum McAllister – Year 11 Annual Review (phase transfer)"

MSGS = [
    # ------------------------------------------------------------ t01 annual review (school)
    Msg(
        1,
        "ar_invitation",
        "t01-year11-review",
        "2026-09-17 15:42 +0100",
        DEV,
        [SHONA],
        AR_SUBJECT,
        dd(
            """
            Dear Ms McAllister,

            As promised at parents' evening, here are the details for Callum's Year 11 annual review. Because this is his phase transfer review, it is the one that starts his move to post-16.

            - Date: Tuesday 13 October 2026, 1.30pm to 3pm
            - Place: the Hub meeting room at Longmead (or Teams if you prefer)
            - Invited: you, Callum, Graham Tolley (LA case officer), Lorna Fitch (Wyvern Valley College), Keisha Grant (Inclusion), CAMHS (tbc)
            - Parent/carer views form attached – please return it by Friday 2 October
            - All reports will be sent out to everyone by Tuesday 29 September, two weeks before the meeting
            - Callum's own views: I will do his "All About Me" with him in tutor time next week

            Please note:
            - the council has to name Callum's post-16 placement in the amended plan before 31 March 2027
            - Callum is welcome to come to all or part of the meeting

            Any questions, just ask.

            Kind regards
            """
        ),
        "annual_review",
        attachments=[
            (
                "Parent Carer Views - Year 11 Review.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            )
        ],
        dates=[
            ("Tuesday 13 October 2026", "2026-10-13", "meeting"),
            ("Friday 2 October", "2026-10-02", "deadline"),
            ("Tuesday 29 September", "2026-09-29", "deadline"),
            ("31 March 2027", "2027-03-31", "deadline"),
        ],
        commits=[
            (
                "school",
                "send out all review reports",
                "2026-09-29",
                "All reports will be sent out to everyone by Tuesday 29 September, two weeks before the meeting",
            ),
            (
                "school",
                "do Callum's All About Me with him",
                None,
                'Callum\'s own views: I will do his "All About Me" with him in tutor time next week',
            ),
        ],
    ),
    Msg(
        2,
        "ar_reply_parent",
        "t01-year11-review",
        "2026-09-17 19:03 +0100",
        SHONA,
        [DEV],
        "Re: " + AR_SUBJECT,
        dd(
            """
            hi dev thanks for this. 13th is fine for me. ill do the form over the wknd and get it back to u monday

            can u make sure graham actually comes this time he didnt last yr

            shona
            """
        ),
        "appointment",
        reply_to=1,
        quote_style="iphone",
        dates=[("13th", "2026-10-13", "meeting"), ("monday", "2026-09-21", "deadline")],
        commits=[
            (
                "parent",
                "return the parent views form",
                "2026-09-21",
                "ill do the form over the wknd and get it back to u monday",
            )
        ],
    ),
    Msg(
        3,
        "ar_attendees",
        "t01-year11-review",
        "2026-09-18 08:15 +0100",
        DEV,
        [SHONA],
        "RE: " + AR_SUBJECT,
        dd(
            """
            Morning Shona,

            - Graham Tolley has confirmed he will attend in person on the 13th
            - Lorna Fitch will join on Teams for the first half hour
            - if Callum finds the room too busy he can use the quiet room next door
            - the views form can also go in through the SEND Hub if that's easier (your login is your email address)

            Thanks
            Dev
            """
        ),
        "appointment",
        sig="",
        reply_to=2,
        quote_style="outlook",
        dates=[("the 13th", "2026-10-13", "meeting")],
        commits=[
            (
                "la",
                "attend the review meeting in person",
                "2026-10-13",
                "Graham Tolley has confirmed he will attend in person on the 13th",
            ),
            (
                "school",
                "join the review meeting on Teams",
                "2026-10-13",
                "Lorna Fitch will join on Teams for the first half hour",
            ),
        ],
    ),
    # ------------------------------------------------------------ t02 council newsletter (not SEN)
    Msg(
        4,
        "council_newsletter",
        "t02-newsletter",
        "2026-09-25 07:00 +0100",
        NEWS,
        [SHONA],
        "Your Wyvernshire – September news: bin days, roadworks and the Local Offer",
        dd(
            """
            YOUR WYVERNSHIRE – news from your county council

            Bin collection changes
            From Monday 5 October garden waste collections move to a fortnightly cycle. Check your new day at wyvernshire.gov.uk/bins.

            A38 Castle Street roadworks
            Resurfacing will take place overnight from 12 to 23 October. Diversions will be signed.

            SEND Local Offer live event
            Families of children with special educational needs are invited to our Local Offer drop-in on Weds 14th October, 10am to 2pm, at Wyvern Bridge Library. Meet the SEND Statutory Team, SENDIASS and local colleges.

            Council tax
            Switch to paperless billing and you could win a £50 shopping voucher. Terms apply.

            You are receiving this because you signed up to Your Wyvernshire. Unsubscribe: wyvernshire.gov.uk/newsletters
            """
        ),
        "not_send",
        mode="alt",
        extra_headers=[
            ("List-Unsubscribe", "<https://wyvernshire.gov.uk/newsletters/unsubscribe?id=88213>"),
            ("Precedence", "bulk"),
        ],
    ),
    # ------------------------------------------------------------ t03 suspension
    Msg(
        5,
        "suspension_letter",
        "t03-suspension",
        "2026-10-05 16:20 +0100",
        WEBB,
        [SHONA],
        "Suspension – Callum McAllister (Year 11)",
        dd(
            """
            Dear Ms McAllister

            Further to our telephone conversation, I am writing to confirm that I have decided to suspend Callum for a fixed period of three school days, from Tuesday 6 October to Thursday 8 October 2026 inclusive, following an incident in a science lesson in which Callum threw a stool and a member of staff was hurt.

            Callum should return to school on Friday 9 October 2026, when a reintegration meeting will take place at 8.45am with Mr Sharma and me. Work will be set on Google Classroom for each day of the suspension.

            You have the right to make representations about this decision to the governing board. As the suspension is for fewer than five days, the board is not required to meet, but it must consider any representations you make.

            For our records, Callum's unique pupil number is H801200311027.

            Yours sincerely
            """
        ),
        "general",
        cc=[DEV],
        dates=[
            ("Tuesday 6 October", "2026-10-06", "other"),
            ("Thursday 8 October 2026", "2026-10-08", "other"),
            ("Friday 9 October 2026", "2026-10-09", "meeting"),
        ],
        commits=[
            (
                "school",
                "set work on Google Classroom",
                None,
                "Work will be set on Google Classroom for each day of the suspension.",
            )
        ],
    ),
    Msg(
        6,
        "suspension_parent_reply",
        "t03-suspension",
        "2026-10-05 22:47 +0100",
        SHONA_LAPTOP,
        [WEBB],
        "Re: Suspension – Callum McAllister (Year 11)",
        dd(
            """
            Mrs Webb

            i am honestly so angry i dont know where to start. Callum has an EHCP. section F says he gets 1:1 support at unstructured times and a safe space he can go to when hes overwhelmed. he hasnt had either since the start of term because the TA left in July and nobody replaced her. so he gets wound up in a packed science lab with a supply teacher shouting at him and you suspend HIM

            this is the second time since Easter

            i have copied in Graham Tolley from the council because the council is supposed to make sure the plan is delivered and clearly nobody is

            i will be at the reintegration meeting on friday but i want it written down at that meeting what support he will actually get when he comes back not just a behaviour contract

            Shona McAllister
            """
        ),
        "general",
        cc=[DEV, GRAHAM],
        reply_to=5,
        dates=[("friday", "2026-10-09", "meeting")],
        commits=[
            (
                "parent",
                "attend the reintegration meeting",
                "2026-10-09",
                "i will be at the reintegration meeting on friday but i want it written down at that meeting what support he will actually get when he comes back not just a behaviour contract",
            )
        ],
    ),
    Msg(
        7,
        "la_reply_suspension",
        "t03-suspension",
        "2026-10-07 11:05 +0100",
        GRAHAM,
        [SHONA],
        "RE: Suspension – Callum McAllister (Year 11)",
        dd(
            """
            Dear Ms McAllister

            RE: CALLUM McALLISTER (DOB 12/01/2011) – SUSPENSION AND SUPPORT IN SCHOOL
            Our Ref: WY/EHC/18/0627

            Thank you for your email of 5 October 2026, on which I was copied.

            1. Reintegration meeting
            I regret that I am unable to attend the meeting on Friday 9 October 2026 owing to a prior commitment at the SEN Resource Panel. I will, however, telephone Mr Sharma on Thursday 8 October 2026 to discuss the arrangements for Callum's return.

            2. Provision in Section F
            The Local Authority has a duty under section 42 of the Children and Families Act 2014 to secure the special educational provision specified in Callum's plan. I have today written to the Academy to request confirmation of how the 1:1 support at unstructured times is being delivered.

            3. Annual review
            The annual review meeting remains scheduled for Tuesday 13 October 2026 and I will attend in person.

            Yours sincerely
            """
        ),
        "general",
        cc=[WEBB, DEV],
        reply_to=6,
        quote_style="outlook",
        refs=[REF],
        dates=[
            ("12/01/2011", "2011-01-12", "past"),
            ("5 October 2026", "2026-10-05", "past"),
            ("Friday 9 October 2026", "2026-10-09", "meeting"),
            ("Thursday 8 October 2026", "2026-10-08", "meeting"),
            ("today", "2026-10-07", "other"),
            ("Tuesday 13 October 2026", "2026-10-13", "meeting"),
        ],
        commits=[
            (
                "la",
                "telephone the SENCO about Callum's return",
                "2026-10-08",
                "I will, however, telephone Mr Sharma on Thursday 8 October 2026 to discuss the arrangements for Callum's return.",
            ),
            (
                "la",
                "attend the annual review meeting in person",
                "2026-10-13",
                "The annual review meeting remains scheduled for Tuesday 13 October 2026 and I will attend in person.",
            ),
        ],
        extra_headers=[("Thread-Topic", "Suspension – Callum McAllister (Year 11)")],
    ),
    # ------------------------------------------------------------ t01 continued: the review report
    Msg(
        8,
        "ar_report",
        "t01-year11-review",
        "2026-10-20 12:05 +0100",
        DEV,
        [SHONA],
        "RE: " + AR_SUBJECT + " - report",
        dd(
            """
            Hi Shona,

            Attached is the report from last Tuesday's review. Summary of what was agreed:

            - Callum's plan needs amending: section B (his social, emotional and mental health needs have changed), section F and the Preparing for Adulthood outcomes
            - Post-16: you and Callum want Wyvern Valley College (Level 1 Motor Vehicle). The review recommends that the LA consults the college
            - Lorna Fitch will arrange a taster day for Callum at the college the week after half term
            - CAMHS referral: school made it on 14 October
            - 1:1 at unstructured times: reinstated from Monday 19 October with a new TA (Mr Okafor)
            - Graham said the LA would write with its decision within 4 weeks of the meeting, so by 10 November

            Next steps for school:
            - I will upload this report to the SEND Hub today
            - I will set up a Monday morning check-in for Callum with Mr Okafor

            Dev
            """
        ),
        "annual_review",
        cc=[GRAHAM],
        sig="",
        reply_to=3,
        quote_style="outlook",
        attachments=[("Annual Review Report - C McAllister - 13.10.26.pdf", "application/pdf")],
        dates=[
            ("last Tuesday", "2026-10-13", "past"),
            ("14 October", "2026-10-14", "past"),
            ("Monday 19 October", "2026-10-19", "past"),
            ("10 November", "2026-11-10", "deadline"),
            ("today", "2026-10-20", "deadline"),
        ],
        commits=[
            (
                "school",
                "arrange a college taster day",
                None,
                "Lorna Fitch will arrange a taster day for Callum at the college the week after half term",
            ),
            (
                "la",
                "write with the decision after the review",
                "2026-11-10",
                "Graham said the LA would write with its decision within 4 weeks of the meeting, so by 10 November",
            ),
            (
                "school",
                "upload the review report to the SEND Hub",
                "2026-10-20",
                "I will upload this report to the SEND Hub today",
            ),
            (
                "school",
                "set up a Monday check-in",
                None,
                "I will set up a Monday morning check-in for Callum with Mr Okafor",
            ),
        ],
    ),
    # ------------------------------------------------------------ t04 out of school
    Msg(
        9,
        "out_of_school",
        "t04-out-of-school",
        "2026-11-02 09:03 +0000",
        SHONA_LAPTOP,
        [GRAHAM],
        "Callum out of school - emergency review",
        dd(
            """
            Graham

            Callum has not been in school since Thursday 22 October. There was another incident that day (he walked out and they found him on the bypass) and Mrs Webb told me on the phone that Longmead "cannot keep him safe" and that I should keep him at home until there is a plan. Nothing in writing. No part time timetable no work set nothing.

            He is 15 in year 11 with GCSEs in May and an EHCP that the school admits it isnt delivering. The council has to make sure he gets a full time education.

            I am asking for an emergency review of his plan now not in the new year. I also want to know today what education he is getting from tomorrow because he is sat in his room all day.

            I will send you the CAMHS referral letter tomorrow so you can see how bad things are.

            Shona McAllister
            """
        ),
        "annual_review",
        dates=[
            ("Thursday 22 October", "2026-10-22", "past"),
            ("today", "2026-11-02", "deadline"),
            ("tomorrow", "2026-11-03", "deadline"),
        ],
        commits=[
            (
                "parent",
                "send the CAMHS referral letter",
                "2026-11-03",
                "I will send you the CAMHS referral letter tomorrow so you can see how bad things are.",
            )
        ],
    ),
    Msg(
        10,
        "tuition_arranged",
        "t04-out-of-school",
        "2026-11-04 14:40 +0000",
        GRAHAM,
        [SHONA],
        "RE: Callum out of school - emergency review",
        dd(
            """
            Dear Ms McAllister

            RE: CALLUM McALLISTER – EDUCATION WHILE NOT ATTENDING SCHOOL
            Our Ref: WY/EHC/18/0627

            1. Interim education
            I have referred Callum to Keystone Tutors, the Local Authority's commissioned tuition provider. Keystone will contact you directly to arrange sessions, and tuition is expected to begin in the week commencing 16 November 2026. The initial offer is six hours per week, at home or at Wyvern Bridge Library.

            2. Request for an early review
            I have passed your request for an early review to my Team Manager, Mrs Helen Pryce. I will write to you with her decision by Friday 13 November 2026.

            3. Attendance
            The Academy has confirmed that Callum remains on roll and that his absence is being recorded as authorised.

            Yours sincerely
            """
        ),
        "general",
        reply_to=9,
        quote_style="outlook",
        refs=[REF],
        dates=[
            ("week commencing 16 November 2026", "2026-11-16", "other"),
            ("Friday 13 November 2026", "2026-11-13", "deadline"),
        ],
        commits=[
            (
                "other",
                "contact the parent to arrange tuition sessions",
                None,
                "Keystone will contact you directly to arrange sessions, and tuition is expected to begin in the week commencing 16 November 2026.",
            ),
            (
                "la",
                "write with the early review decision",
                "2026-11-13",
                "I will write to you with her decision by Friday 13 November 2026.",
            ),
        ],
        extra_headers=[("Thread-Topic", "Callum out of school - emergency review")],
    ),
    # ------------------------------------------------------------ t05 CAMHS
    Msg(
        11,
        "camhs_appointment",
        "t05-camhs",
        "2026-11-06 10:30 +0000",
        CAMHS,
        [SHONA],
        "CAMHS appointment – Callum McAllister",
        dd(
            """
            Dear Parent/Carer of Callum McAllister

            NHS number: 485 777 3456
            Date of birth: 12/01/2011

            Following a referral from Longmead Academy, Callum has been offered an initial assessment appointment with Dr Ewan Reid, Clinical Psychologist:

            Wednesday 25 November 2026 at 2.15pm
            Riverside Child and Family Centre, 4 Mill Lane, Wyvern Bridge WY4 7LB

            Please confirm by replying to this email or by calling 01632 960271 by Friday 20 November. If we do not hear from you, the appointment may be offered to another young person.

            The appointment will last about 90 minutes. Callum is welcome to bring something to fiddle with or headphones.
            """
        ),
        "appointment",
        dates=[
            ("12/01/2011", "2011-01-12", "past"),
            ("Wednesday 25 November 2026", "2026-11-25", "meeting"),
            ("Friday 20 November", "2026-11-20", "deadline"),
        ],
    ),
    Msg(
        12,
        "camhs_reschedule_request",
        "t05-camhs",
        "2026-11-09 08:10 +0000",
        SHONA,
        [CAMHS],
        "Re: CAMHS appointment – Callum McAllister",
        dd(
            """
            hi can we have a different day please. the 25th clashes with his nans hospital appt and i have to drive her. any thurs is ok

            thanks
            shona mcallister (callums mum)
            """
        ),
        "appointment",
        reply_to=11,
        quote_style="iphone",
        dates=[("the 25th", "2026-11-25", "meeting")],
    ),
    Msg(
        13,
        "camhs_rebooked",
        "t05-camhs",
        "2026-11-10 11:45 +0000",
        CAMHS,
        [SHONA],
        "RE: CAMHS appointment – Callum McAllister",
        dd(
            """
            Dear Ms McAllister

            Thank you for letting us know. We have cancelled the appointment on 25 November and rebooked Callum for Thursday 3 December 2026 at 2.15pm, at the same venue.

            Dr Reid will also send a short report to Callum's EHC case officer after the assessment, with your consent.
            """
        ),
        "appointment",
        reply_to=12,
        quote_style="outlook",
        dates=[
            ("25 November", "2026-11-25", "meeting"),
            ("Thursday 3 December 2026", "2026-12-03", "meeting"),
        ],
        commits=[
            (
                "health",
                "send a short report to the EHC case officer",
                None,
                "Dr Reid will also send a short report to Callum's EHC case officer after the assessment, with your consent.",
            )
        ],
    ),
    # ------------------------------------------------------------ t06 college open evening (not about the case)
    Msg(
        14,
        "college_open_evening",
        "t06-open-evening",
        "2026-11-10 17:00 +0000",
        COLLEGE_EVENTS,
        [SHONA],
        "Open Evening – Thursday 19 November, 5–8pm 🔧",
        dd(
            """
            Find your future at Wyvern Valley College

            OPEN EVENING – Thursday 19 November, 5pm to 8pm, Riverside Campus

            - Try it out: motor vehicle, construction, hair and beauty, catering and our brand new esports studio
            - Meet our tutors and current students
            - Talk to our Additional Learning Support team about support in college, EHC plans and high needs funding
            - Apply on the night and skip the queue for interviews

            Applications for September 2027 close on 31 January. Free parking and refreshments.

            You are receiving this email because you registered interest at a careers fair. Unsubscribe at any time.
            """
        ),
        "not_send",
        mode="html",
        cte="base64",
        extra_headers=[("Precedence", "bulk")],
    ),
    # ------------------------------------------------------------ t07 tuition invitation (calendar)
    Msg(
        15,
        "tuition_invite",
        "t07-tuition",
        "2026-11-12 11:20 +0000",
        KEYSTONE,
        [SHONA],
        "Invitation: Tuition – Callum McAllister @ Mon 16 Nov 2026 10:00 - 12:00 (GMT) (shona.mcallister@example.net)",
        dd(
            """
            Tuition – Callum McAllister

            When: Monday 16 November 2026, 10:00 – 12:00 (GMT)
            Where: Wyvern Bridge Library, study room 2, WY4 9QE
            Tutor: Martin Quayle (English and maths)
            Booking ref: KBT-30418

            Sessions: Mondays, Wednesdays and Fridays, 10:00 – 12:00, until further notice (6 hours per week, commissioned by Wyvernshire County Council).

            Martin will bring the work packs from Longmead with him on the first day.

            Going (shona.mcallister@example.net)?   Yes - Maybe - No
            Invitation from Keystone Tutors Scheduling. You are receiving this email because you are an attendee of the event.
            """
        ),
        "appointment",
        mode="calendar",
        ics=dd(
            """
            BEGIN:VCALENDAR
            PRODID:-//Keystone Tutors//Scheduling 4.2//EN
            VERSION:2.0
            METHOD:REQUEST
            BEGIN:VEVENT
            DTSTART:20261116T100000Z
            DTEND:20261116T120000Z
            RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR
            DTSTAMP:20261112T112000Z
            ORGANIZER;CN=Keystone Tutors Scheduling:mailto:bookings@keystonetutors.co.uk
            UID:kbt-30418-20261116@keystonetutors.co.uk
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=shona.mcallister@example.net:mailto:shona.mcallister@example.net
            SUMMARY:Tuition – Callum McAllister
            LOCATION:Wyvern Bridge Library\\, study room 2
            STATUS:CONFIRMED
            END:VEVENT
            END:VCALENDAR
            """
        ),
        dates=[("Monday 16 November 2026", "2026-11-16", "meeting")],
        commits=[
            (
                "other",
                "bring the work packs from Longmead",
                "2026-11-16",
                "Martin will bring the work packs from Longmead with him on the first day.",
            )
        ],
    ),
    Msg(
        16,
        "tuition_accept",
        "t07-tuition",
        "2026-11-12 12:02 +0000",
        SHONA,
        [KEYSTONE],
        "Re: Invitation: Tuition – Callum McAllister @ Mon 16 Nov 2026 10:00 - 12:00 (GMT) (shona.mcallister@example.net)",
        dd(
            """
            ok thanks. hes only ever done 1 hr with someone he doesnt know before so can i stay for the first one. ill bring him down for 10 on mon
            """
        ),
        "appointment",
        reply_to=15,
        quote_style="iphone",
        dates=[("mon", "2026-11-16", "meeting")],
        commits=[
            (
                "parent",
                "bring Callum to the first tuition session",
                "2026-11-16",
                "ill bring him down for 10 on mon",
            )
        ],
    ),
    # ------------------------------------------------------------ t08 outcome of the annual review (late)
    Msg(
        17,
        "review_decision",
        "t08-review-decision",
        "2026-11-12 16:58 +0000",
        GRAHAM,
        [SHONA],
        "OFFICIAL: Callum McAllister – Outcome of Annual Review – WY/EHC/18/0627",
        dd(
            """
            Dear Ms McAllister

            RE: CALLUM McALLISTER – OUTCOME OF ANNUAL REVIEW HELD ON 13 OCTOBER 2026

            1. Decision
            Following the annual review meeting held on 13 October 2026 and consideration of the review report received on 20 October 2026, the Local Authority has decided to amend Callum's Education, Health and Care plan under section 44 of the Children and Families Act 2014.

            2. Apology
            I apologise that this letter was not sent within four weeks of the review meeting, as the SEND Regulations 2014 require.

            3. Proposed amendments
            The proposed amendments, together with a copy of the existing plan, will be sent to you by Friday 4 December 2026. You will then have 15 days to make representations and to ask for a particular school or college to be named.

            4. Post-16 placement
            As Callum will transfer to post-16 education in September 2027, the amended plan must be finalised, naming the post-16 institution, before 31 March 2027. I will consult Wyvern Valley College once the draft amended plan has been issued.

            5. Request for an early review
            As the plan is now being amended, Mrs Pryce has decided that a separate early review meeting is not required.

            Should you wish to discuss this letter, please telephone me.

            Yours sincerely
            """
        ),
        "annual_review",
        mode="alt",
        refs=[REF],
        dates=[
            ("13 October 2026", "2026-10-13", "past"),
            ("20 October 2026", "2026-10-20", "past"),
            ("Friday 4 December 2026", "2026-12-04", "deadline"),
            ("31 March 2027", "2027-03-31", "deadline"),
        ],
        commits=[
            (
                "la",
                "send the proposed amendments and existing plan",
                "2026-12-04",
                "The proposed amendments, together with a copy of the existing plan, will be sent to you by Friday 4 December 2026.",
            ),
            (
                "la",
                "consult Wyvern Valley College",
                None,
                "I will consult Wyvern Valley College once the draft amended plan has been issued.",
            ),
        ],
    ),
    Msg(
        18,
        "review_decision_chaser",
        "t08-review-decision",
        "2026-11-12 21:30 +0000",
        SHONA,
        [GRAHAM],
        "Re: OFFICIAL: Callum McAllister – Outcome of Annual Review – WY/EHC/18/0627",
        dd(
            """
            4th dec?? the review was 13th oct thats 7 wks. hes been at home since half term and u want to take another month to write it down. i want the draft asap not the 4th and u said u would speak to the college straight after the review. please can someone actually get on with this
            """
        ),
        "chaser",
        reply_to=17,
        quote_style="iphone",
        refs=[REF],
        dates=[("4th dec", "2026-12-04", "deadline"), ("13th oct", "2026-10-13", "past")],
    ),
    Msg(
        19,
        "review_decision_holding",
        "t08-review-decision",
        "2026-11-13 10:12 +0000",
        GRAHAM,
        [SHONA],
        "RE: OFFICIAL: Callum McAllister – Outcome of Annual Review – WY/EHC/18/0627",
        dd(
            """
            Dear Ms McAllister

            Thank you for your email.

            I understand your concern. The delay has arisen because of the number of Year 11 reviews received this term. I will endeavour to send the draft amended plan before 4 December, but I cannot guarantee this.

            I have today made Lorna Fitch at Wyvern Valley College aware of Callum so that the college can plan ahead of the formal consultation.

            I will write to you again by Friday 27 November with an update.

            Yours sincerely
            """
        ),
        "delay_notice",
        reply_to=18,
        quote_style="outlook",
        refs=[REF],
        dates=[
            ("4 December", "2026-12-04", "deadline"),
            ("today", "2026-11-13", "other"),
            ("Friday 27 November", "2026-11-27", "deadline"),
        ],
        commits=[
            (
                "la",
                "write with an update",
                "2026-11-27",
                "I will write to you again by Friday 27 November with an update.",
            )
        ],
        extra_headers=[
            ("Thread-Topic", "Callum McAllister – Outcome of Annual Review – WY/EHC/18/0627")
        ],
    ),
    # ------------------------------------------------------------ t09 social care
    Msg(
        20,
        "social_care_request",
        "t09-social-care",
        "2026-11-19 13:15 +0000",
        SHONA,
        [CWD_TEAM],
        "request for assessment - callum mcallister",
        dd(
            """
            hi

            the school nurse said to email you. callum is 15 autistic with an ehcp and hes been out of school since oct. hes not sleeping and hes hit me twice this month. i need some help at home. can someone do an assessment for short breaks or whatever there is

            thanks
            shona mcallister
            07700 900386
            """
        ),
        "general",
        sig="",
    ),
    Msg(
        21,
        "social_worker_visit",
        "t09-social-care",
        "2026-11-19 16:40 +0000",
        JODIE,
        [SHONA],
        "RE: request for assessment - callum mcallister",
        dd(
            """
            Dear Shona

            Thank you for your email, which the duty worker passed to me. I am the social worker who will be completing Callum's Child and Family Assessment.

            I will visit you and Callum at home on Monday week (30 November) at 4pm, after his tuition. If that time does not suit, please let me know by end of play Thursday and I will offer another slot.

            Assessments are normally completed within 45 working days. In the meantime, the Wyvernshire Carers' Hub can offer you a carer's assessment of your own.

            Kind regards
            """
        ),
        "appointment",
        reply_to=20,
        quote_style="outlook",
        refs=["CWD/26/5512"],
        dates=[
            ("Monday week (30 November)", "2026-11-30", "meeting"),
            ("end of play Thursday", "2026-11-26", "deadline"),
        ],
        commits=[
            (
                "la",
                "visit Shona and Callum at home",
                "2026-11-30",
                "I will visit you and Callum at home on Monday week (30 November) at 4pm, after his tuition.",
            ),
            (
                "la",
                "offer another visit slot",
                None,
                "If that time does not suit, please let me know by end of play Thursday and I will offer another slot.",
            ),
        ],
    ),
    # ------------------------------------------------------------ t10 SEND Hub notification (draft)
    Msg(
        22,
        "hub_draft_uploaded",
        "t10-hub-draft",
        "2026-12-07 09:02 +0000",
        HUB,
        [SHONA],
        "SEND Hub: a new document has been added to Callum's record",
        dd(
            """
            Dear Shona McAllister

            A new document has been added to the SEND Hub record for Callum McAllister.

            Document: Draft amended EHC plan (issued 07/12/2026)
            Case reference: WY/EHC/18/0627
            Notification ID: SHN-2612-07731

            Log in at https://sendhub.wyvernshire.gov.uk to view or download it. Documents are available for 12 months.

            This is an automated message from an unmonitored mailbox. Please do not reply.
            """
        ),
        "general",
        no_msgid=True,
        cte="7bit",
        charset="us-ascii",
        extra_headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "SENDHub Notify 3.1")],
        refs=[REF, "SHN-2612-07731"],
        dates=[("07/12/2026", "2026-12-07", "other")],
    ),
    # ------------------------------------------------------------ t11 draft amended plan
    Msg(
        23,
        "draft_amended_plan",
        "t11-draft-plan",
        "2026-12-07 09:30 +0000",
        GRAHAM,
        [SHONA],
        "OFFICIAL: Draft amended EHC plan – Callum McAllister – WY/EHC/18/0627",
        dd(
            """
            Dear Ms McAllister

            RE: NOTICE OF PROPOSED AMENDMENTS TO THE EHC PLAN OF CALLUM McALLISTER

            1. Enclosures
            Please find attached the draft amended plan, the existing plan dated 19 March 2026 and the annual review report.

            2. Your right to comment
            You may make representations about the proposed amendments and ask for a particular school or post-16 institution to be named in the plan. Your comments must reach me no later than Monday 21 December 2026 (15 days beginning with the date of this notice).

            3. Section I
            Section I has been left blank pending consultation. I will send consultation requests to Wyvern Valley College and to Longmead Academy Sixth Form this week.

            4. If we do not hear from you
            If no representations are received by 21 December 2026, the plan will be finalised in the form of this draft.

            5. Meeting
            You may request a meeting with me to discuss the draft.

            Yours sincerely
            """
        ),
        "draft_plan",
        refs=[REF],
        attachments=[
            ("Draft amended EHCP - Callum McAllister.pdf", "application/pdf"),
            ("Current EHCP - Callum McAllister - 19.03.26.pdf", "application/pdf"),
        ],
        dates=[
            ("19 March 2026", "2026-03-19", "past"),
            ("Monday 21 December 2026", "2026-12-21", "deadline"),
        ],
        commits=[
            (
                "la",
                "send consultation requests to the college and the sixth form",
                None,
                "I will send consultation requests to Wyvern Valley College and to Longmead Academy Sixth Form this week.",
            ),
            (
                "la",
                "finalise the plan as drafted",
                None,
                "If no representations are received by 21 December 2026, the plan will be finalised in the form of this draft.",
            ),
        ],
    ),
    Msg(
        24,
        "representations",
        "t11-draft-plan",
        "2026-12-20 22:05 +0000",
        SHONA_LAPTOP,
        [GRAHAM],
        "Re: OFFICIAL: Draft amended EHC plan – Callum McAllister – WY/EHC/18/0627",
        dd(
            """
            Graham

            My comments on the draft. I have done these myself with help from the SENDIASS lady on the phone.

            Section A - it doesnt have Callum's own views in it at all. He wants to be a mechanic. He wrote a page which I have attached.

            Section B - still says he "can become anxious at times". He has been out of school since 22 October, has hit me, and CAMHS saw him on 3 December. This needs rewriting with the CAMHS findings.

            Section E / Preparing for Adulthood - the outcomes are copied from year 9. Nothing about travelling on his own, money, or getting a job in a garage.

            Section F - 1:1 support "as appropriate" is not specific. It needs hours. He needs 1:1 in any practical workshop and a named key worker.

            Section I - I want Wyvern Valley College named, Level 1 Motor Vehicle from September 2027. NOT Longmead sixth form.

            I will send Dr Reid's CAMHS letter as soon as it arrives.

            I want a meeting in the first week of January to go through all of this.

            Shona McAllister
            """
        ),
        "draft_plan",
        reply_to=23,
        refs=[REF],
        attachments=[
            (
                "Callum - my views.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            )
        ],
        dates=[("22 October", "2026-10-22", "past"), ("3 December", "2026-12-03", "past")],
        commits=[
            (
                "parent",
                "send the CAMHS letter",
                None,
                "I will send Dr Reid's CAMHS letter as soon as it arrives.",
            )
        ],
    ),
    Msg(
        25,
        "out_of_office",
        "t11-draft-plan",
        "2026-12-20 22:05 +0000",
        GRAHAM,
        [SHONA],
        "Automatic reply: OFFICIAL: Draft amended EHC plan – Callum McAllister – WY/EHC/18/0627",
        dd(
            """
            Thank you for your email. I am away from the office until Monday 4 January 2027 with limited access to email.

            For urgent SEND matters please contact the SEND Statutory Team on 01632 960700 or send.statutory@wyvernshire.gov.uk.
            """
        ),
        "general",
        sig="",
        reply_to=24,
        quote_style="none",
        refs=[REF],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        dates=[("Monday 4 January 2027", "2027-01-04", "other")],
    ),
]
