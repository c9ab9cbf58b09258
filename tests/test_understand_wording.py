"""Wordings met in other councils' and services' mail (found by error analysis on an
independent corpus, written here in our own sentences): each is checked end to end."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from assistant.understand.context import ChildInfo, MessageContext
from assistant.understand.pipeline import understand

SENT_AT = dt.datetime(2026, 5, 12, 10, 30, tzinfo=ZoneInfo("Europe/London"))  # a Tuesday
CHILD = ChildInfo("Maya Lindqvist", date_of_birth=dt.date(2016, 9, 1))


def understood(text: str, sender: str = "la", subject: str = "", recipients=("owner",)):
    context = MessageContext(
        sent_at=SENT_AT,
        subject=subject,
        sender_kind=sender,
        recipient_kinds=recipients,
        children=(CHILD,),
    )
    return next(understand([(text, context)]))


@pytest.mark.parametrize(
    ("category", "sender", "subject", "text"),
    [
        (
            "delay_notice",  # a plan that will not be issued by its deadline is late, not final
            "la",
            "Maya Lindqvist - final amended plan",
            "Dear Mr and Mrs Lindqvist,\n\nI am writing to let you know that Maya's final "
            "amended plan will not be issued by the 15 February deadline. The panel has asked for "
            "the transport costs before it names a school.\n\nI will now issue the final amended "
            "plan by Friday 26 February. I am sorry for the uncertainty this causes.\n\nYours "
            "sincerely",
        ),
        (
            "delay_notice",
            "la",
            "RE: Maya Lindqvist - draft amended plan - still nothing",
            "Dear Ms Lindqvist,\n\nI'm sorry, Maya's draft amended plan is not ready. The "
            "rewrite of section F has taken far longer than we planned. I will send you the "
            "draft amended plan by Friday 29 May.\n\nRegards",
        ),
        (
            "delay_notice",
            "la",
            "RE: Maya Lindqvist - draft plan",
            "Dear Ms Lindqvist,\n\nApologies again for the wait. I will send you the draft plan "
            "by Friday 22 May, a week later than I said, as I want section F to be right.\n\n"
            "Regards",
        ),
        (
            "chaser",
            "owner",
            "Re: Maya Lindqvist - where are we?",
            "Tom,\n\nThis isn't good enough. The plan is weeks late and every reply says "
            "the same thing. Please tell me in writing by Friday when I will have it.\n\nAnna",
        ),
        (
            "information_request",
            "owner",
            "Re: Maya Lindqvist - panel outcome",
            "Tom,\n\nThis is not what the school told us at all. I want a copy of the "
            "moderation notes and the reports the panel looked at, please.\n\nAnna",
        ),
        (
            "assessment_request",
            "owner",
            "Maya Lindqvist - reassessment",
            "Dear Mr Patel,\n\nWe are asking the council to carry out a reassessment of Maya's "
            "needs under section 44 of the Children and Families Act 2014, because her needs "
            "have changed since the plan was written.\n\nYours sincerely,\nAnna Lindqvist",
        ),
        (
            "decision_to_assess",
            "la",
            "RE: Maya Lindqvist - reassessment",
            "Dear Mrs Lindqvist,\n\nThe SEN panel has agreed to reassess Maya. I will now ask "
            "her school, the educational psychologist and CAMHS for new advice.\n\nRegards,\nTom",
        ),
        (
            "acknowledgement",
            "la",
            "RE: Maya Lindqvist",
            "Dear Mrs Lindqvist,\n\nThank you for your letter about Maya, which we received on "
            "8 May. It has been logged under her case number and passed to her EHC "
            "coordinator.\n\nKind regards,\nSEND Business Support",
        ),
        (
            "acknowledgement",
            "la",
            "RE: [CAS-11872] Request for an EHC needs assessment - Maya Lindqvist",
            "Hi Anna,\n\nThanks for your email and for sending it all through so clearly. Just "
            "to confirm we received Maya's request on 4 May, and I've given her a case number - "
            "please put it on anything you send. Maya's request will go to panel on the 20th. "
            "Whatever the panel decides, we have to tell you by 29 June, and I'll be in touch "
            "before then.\n\nI'll give you a ring next Tuesday to go through the views form - "
            "is the afternoon OK?\n\nSpeak soon,\nTom",
        ),
        (
            "appointment",
            "la",
            "RE: DRAFT EHC plan - Maya Lindqvist",
            "Wednesday 20th, 10.30am on Teams. I'll send you the link.\n\nTom",
        ),
        (
            "appointment",
            "owner",
            "Re: Educational psychology visit - Maya Lindqvist",
            "Lovely - Thursday 14th at 2 it is. Thank you.\n\nAnna",
        ),
        (
            "draft_plan",  # as the dev labels have a parent's comments on a draft
            "owner",
            "Re: Maya Lindqvist - outcome of annual review and proposed amendments",
            "Dear Mr Patel,\n\nThank you for the proposed amendments. My comments are:\n\n"
            "1. Section I - I agree with naming Hillcrest Academy.\n2. Section B - please keep "
            "the paragraph about lunchtimes.\n\nI don't need a meeting.\n\nAnna Lindqvist",
        ),
        (
            "chaser",
            "owner",
            "Re: Maya Lindqvist - outcome of annual review",
            "2nd dec?? the review was 8th oct. u said u would write straight after. i want the "
            "draft asap, please can someone get on with this",
        ),
        (
            "mediation_tribunal",
            "owner",
            "Re: Final amended EHC plan - Maya Lindqvist",
            "this is a joke. she is not going back there. were appealing section I and ill get "
            "the appeal form in next wk",
        ),
        (
            "general",  # promises the final plan, does not send it
            "la",
            "RE: FW: Consultation response - Maya Lindqvist",
            "Morning Anna,\n\nYes. Once the panel has agreed the placement, I'll update section I "
            "straight away. The final amended plan will be issued before 31 March, as the law "
            "requires.\n\nTom",
        ),
        (
            "final_plan",
            "la",
            "Final amended EHC plan - Maya Lindqvist",
            "Dear Mrs Lindqvist,\n\nPlease find attached Maya's final amended EHC plan, which "
            "names Hillcrest Academy in section I. If you disagree with it you can appeal to the "
            "SEND Tribunal within two months.\n\nTom Patel",
        ),
        (
            "refusal_to_assess",
            "la",
            "Maya Lindqvist - outcome of request for EHC needs assessment",
            "Dear Mrs Lindqvist,\n\nPlease see the attached letter, which sets out the decision "
            "of the panel of 12 May about your request for an EHC needs assessment for Maya.\n\n"
            "I am sorry to tell you that the panel decided that an assessment is not necessary "
            "at this time. Her needs can be met through SEN support at her nursery.\n\nThe letter "
            "explains your right of appeal to the First-tier Tribunal (Special Educational Needs "
            "and Disability) and how to contact the mediation adviser first. Any appeal must "
            "reach the Tribunal within two months of the date of the letter.\n\nKind regards,\n"
            "Tom Patel",
        ),
        (
            "chaser",
            "owner",
            "Maya Lindqvist - draft EHC plan",
            "Dear Mr Patel,\n\n1. I write further to the local authority's decision of 2 March to "
            "carry out an EHC needs assessment for Maya.\n\n2. Under regulation 13(2) the final "
            "plan must be issued within 20 weeks. No draft plan has been received, and we have "
            "had no indication of when it will be sent.\n\n3. Please confirm the date on which "
            "the draft plan will be issued.\n\nYours sincerely,\nAnna Lindqvist",
        ),
        (
            "complaint",
            "la",
            "Your complaint has been received - reference CF-27-3318",
            "Thank you for contacting the council.\n\nYour complaint has been logged under "
            "reference CF-27-3318. Please quote this reference in any further correspondence.\n\n"
            "We aim to respond within 10 working days. This mailbox is not monitored.",
        ),
        (
            "general",  # returning the forms the council asked for
            "owner",
            "Re: Maya Lindqvist - consent and parental views",
            "Hi Tom,\n\nPlease find attached the signed consent form and Maya's All About Me "
            "booklet, which we filled in together at the weekend. The only other professional "
            "involved is her speech and language therapist.\n\nBest wishes,\nAnna",
        ),
        (
            "delay_notice",
            "la",
            "RE: Final amended plan - Maya Lindqvist",
            "Final amended plan won't make Fri, panel wants the school's answer first. Aim now "
            "w/c 27/9. Apols.\n\nRhona",
        ),
        (
            "acknowledgement",
            "la",
            "RE: Final amended plan - Maya Lindqvist",
            "Noted, will revert by Weds.\n\nRhona",
        ),
        (
            "delay_notice",
            "la",
            "RE: Maya Lindqvist - outcome of annual review",
            "Dear Mrs Lindqvist\n\nThank you for your email. The delay has arisen because of "
            "the number of reviews this term. I will endeavour to send the draft amended plan "
            "before 4 December, but I cannot guarantee this.\n\nYours sincerely\nTom Patel",
        ),
        (
            "chaser",
            "owner",
            "Re: panel",
            "Tom, Helen\n\nI am copying in Helen as Team Manager because I have had enough. The "
            "decision and the proposed amendments should have come within 4 weeks of the review. "
            "The decision came late and the draft came two months after the review.\n\nAnna",
        ),
        (
            "delay_notice",
            "la",
            "RE: Maya Lindqvist - speech and language therapy in section F",
            "Mrs Lindqvist,\n\nAcknowledged. The children's therapy service has a vacancy and is "
            "recruiting. I have escalated this to the Designated Clinical Officer.\n\nI will "
            "update you by Friday.\n\nTom",
        ),
        (
            "decision_not_to_issue",
            "la",
            "Outcome of EHC needs assessment - Maya Lindqvist",
            "Dear Mrs Lindqvist,\n\nFollowing the assessment, the local authority has concluded "
            "that an EHC plan will not be issued for Maya. Her needs can be met through SEN "
            "support at her school.\n\nIf you disagree you may appeal to the SEND Tribunal, but "
            "you must first contact a mediation adviser. Details of mediation and of the "
            "tribunal are in the enclosed leaflet.\n\nYours sincerely",
        ),
        (
            "delay_notice",
            "la",
            "Maya",
            "Hi Anna,\n\nThe speech and language advice for Maya still hasn't come in, so her "
            "draft plan will not go to the moderation meeting next week as planned. I am sorry "
            "for the delay in getting it to you.\n\nBest wishes,\nTom",
        ),
        (
            "general",
            "advice",
            "Re: early review question",
            "Hi Anna,\n\nYes, you can ask for an early annual review at any time if Maya's "
            "needs change. The council must consider the request and the annual review can "
            "then recommend changes to the plan.\n\nBest,\nPriya (SENDIASS)",
        ),
    ],
)
def test_category(category, sender, subject, text):
    recipients = ("la",) if sender == "owner" else ("owner",)
    assert understood(text, sender, subject, recipients).category == category


def test_a_short_reply_fixing_a_call_with_an_adviser_stays_advice():
    text = "That's great, Tuesday 12th at 4 works for me. Thanks so much.\n\nAnna"
    subject = "Re: Help with Maya's parental views"
    assert understood(text, "owner", subject, ("advice",)).category == "general"
    assert understood(text, "owner", subject, ("la",)).category == "appointment"


def test_a_calendar_invitation_for_tuition_from_a_party_is_about_sen():
    text = (
        "Tuition - Maya Lindqvist\n\nWhen: Monday 18 May 2026, 10:00 - 12:00\nWhere: "
        "Hillcrest Library, room 2\nTutor: Martin Quayle\n\nGoing?   Yes - Maybe - No\n"
        "Invitation from Keystone Tutors Scheduling. You are receiving this email because you "
        "are an attendee of the event."
    )
    subject = "Invitation: Tuition - Maya Lindqvist @ Mon 18 May 2026 10:00 - 12:00"
    assert understood(text, "other", subject).category != "not_send"


def test_an_appointment_letter_to_the_parent_of_the_child_is_about_sen():
    text = (
        "Dear Parent/Carer of Maya Lindqvist\n\nYour child's appointment with the community "
        "paediatrician on 19 May 2026 has been moved. Your child's new appointment is on "
        "Tuesday 2 June 2026 at 10:15 in the Child Development Centre. A copy of the clinic "
        "letter will go to the SEND service for her EHC needs assessment.\n\n"
        "This mailbox is not monitored."
    )
    result = understood(text, "health", "Change to your child's appointment")
    assert result.category != "not_send"
    assert "2026-06-02" in {d.date.isoformat() for d in result.dates}


def test_a_clinic_letter_giving_the_childs_date_of_birth_is_about_her():
    text = (
        "Riverside Child and Family Clinic\n\nRe: Maya LINDQVIST, DOB 01/09/2016\n\n"
        "Dear Parent/Carer,\n\nWe are pleased to offer Maya a first appointment with our "
        "family practitioner on Tuesday 2 June 2026 at 4.30pm. If you cannot attend, please let "
        "us know so that we can offer the slot to another family.\n\nYours sincerely,"
    )
    assert understood(text, "health", "Appointment letter").category == "appointment"
    other_child = text.replace("DOB 01/09/2016", "DOB 14/03/2015")
    assert understood(other_child, "health", "Appointment letter").category == "not_send"


def test_a_complaint_promised_for_tomorrow_is_not_yet_the_complaint():
    text = (
        "Mrs Pettifer,\n\nThat is not acceptable. Eight weeks is the law, not a target, and "
        "Maya has been out of school since June.\n\nI'll send a formal complaint tomorrow."
    )
    assert understood(text, "owner", "Re: Final amended plan").category != "complaint"
    made = text.replace("I'll send a formal complaint tomorrow.", "This is a formal complaint.")
    assert understood(made, "owner", "Re: Final amended plan").category == "complaint"


def test_a_decision_still_to_come_is_not_the_decision():
    text = (
        "Dear Mrs Lindqvist,\n\nThe plan was sent to the new council yesterday. They must "
        "write to you by 24 May to say whether they will reassess Maya.\n\nKind regards"
    )
    assert understood(text, "la", "RE: Moving house").category == "general"


def test_a_centile_is_not_a_date():
    text = "Maya's reading age is at the 9th centile and her spelling around the 5th percentile."
    assert understood(text, "school", "Maya - EHC plan reports").dates == ()


def test_the_writers_own_reckoning_of_a_deadline():
    text = (
        "I understand the council has 20 school days to answer, which I make 9 June 2026. "
        "Please send the records about Maya's EHC plan by email."
    )
    roles = {d.date.isoformat(): d.role for d in understood(text, "owner", "SAR").dates}
    assert roles == {"2026-06-09": "deadline"}


def test_a_possessive_plan_is_no_future_marker():
    # 1 February is 100 days before the message: "her plan" must not pull it into 2027.
    text = "The panel decided to maintain her plan on 1 February, after the annual review."
    found = understood(text, "owner", "Maya - annual review", ("la",)).dates
    assert [(d.date.isoformat(), d.role) for d in found] == [("2026-02-01", "past")]


def test_the_day_before_counts_from_the_last_meeting_named():
    text = (
        "Sorry, Maya's annual review cannot go ahead on Friday 15 May. The new date is "
        "Wednesday 20 May at 2pm. I'll send you the video link the day before."
    )
    result = understood(text, "school", "Maya - annual review date")
    dates = {d.text: (d.date.isoformat(), d.role) for d in result.dates}
    assert dates["the day before"] == ("2026-05-19", "deadline")
    assert [c.due.isoformat() for c in result.commitments] == ["2026-05-19"]
