"""Commitments: which sentences undertake a future action, by whom, and when."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from assistant import resources
from assistant.understand import commitments, sentences  # noqa: F401  (factories)
from assistant.understand.context import ChildInfo, FoundCommitment, FoundDate, MessageContext

SENT_AT = dt.datetime(2026, 5, 11, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe("assistant_email_sentences")
    pipeline.add_pipe(
        "assistant_commitments", config={"data_dir": str(resources.pipeline_dir("default"))}
    )
    return pipeline


@pytest.fixture()
def find(nlp):
    """Run the component on text; dates are (phrase, iso date, role) as the dates step gives."""

    def run(
        text: str,
        sender: str | None = "la",
        recipients: tuple[str, ...] = ("owner",),
        dates: tuple[tuple[str, str, str], ...] = (),
    ) -> list[FoundCommitment]:
        context = MessageContext(
            sent_at=SENT_AT,
            sender_kind=sender,
            recipient_kinds=recipients,
            children=(ChildInfo("Amir Khan"),),
        )
        doc = nlp.make_doc(text)
        doc._.context = context
        found = []
        for phrase, iso, role in dates:
            start = text.index(phrase)
            date = dt.date.fromisoformat(iso)
            found.append(FoundDate(phrase, date, role, start, start + len(phrase)))
        for name, component in nlp.pipeline:
            if name == "assistant_commitments":
                doc._.dates = found
            doc = component(doc)
        return doc._.commitments

    return run


def test_parent_promise_with_date(find):
    text = "Thanks for your help. I will post the signed consent form to you by 15 May."
    [found] = find(
        text, sender="owner", recipients=("la",), dates=(("by 15 May", "2026-05-15", "deadline"),)
    )
    assert found.actor == "parent"
    assert found.due == dt.date(2026, 5, 15)
    assert found.text == "I will post the signed consent form to you by 15 May."
    assert found.action == "post the signed consent form to you"


def test_contracted_will_and_weekday(find):
    text = "We'll issue the final plan by Friday."
    [found] = find(text, dates=(("by Friday", "2026-05-15", "deadline"),))
    assert (found.actor, found.due) == ("la", dt.date(2026, 5, 15))


def test_passive_delivery_is_the_senders(find):
    text = "The amended plan will be emailed to you by 29 May."
    [found] = find(text, sender="la", dates=(("by 29 May", "2026-05-29", "deadline"),))
    assert found.actor == "la"
    assert found.action.startswith("email")


def test_conditional_undertaking_has_no_due_date(find):
    text = "If we have not received your views by 3 June, we will proceed with the advice we hold."
    [found] = find(text, dates=(("by 3 June", "2026-06-03", "deadline"),))
    assert found.due is None
    assert found.actor == "la"


def test_trailing_condition_date_is_not_the_due_date(find):
    text = "We will finalise the plan unless we hear from you by 4 June."
    [found] = find(text, dates=(("by 4 June", "2026-06-04", "deadline"),))
    assert found.due is None


def test_date_earlier_in_the_sentence_can_be_due(find):
    text = "The report should arrive on Monday 18 May and I will forward it to you the same day."
    [found] = find(
        text,
        sender="owner",
        recipients=("la",),
        dates=(("Monday 18 May", "2026-05-18", "deadline"),),
    )
    assert found.due == dt.date(2026, 5, 18)


def test_week_commencing_is_not_a_due_date(find):
    text = "A caseworker will call you in the week commencing 8 June."
    [found] = find(text, dates=(("week commencing 8 June", "2026-06-08", "other"),))
    assert found.due is None


def test_meeting_date_of_attendance(find):
    text = "I will attend the review on 8 October on Teams."
    [found] = find(
        text,
        sender="la",
        recipients=("school", "owner"),
        dates=(("8 October", "2026-10-08", "meeting"),),
    )
    assert found.due == dt.date(2026, 10, 8)


@pytest.mark.parametrize(
    "text",
    [
        "Could you send me the speech and language report by Friday?",
        "Please let me know whether you will be attending in person.",
        "Please confirm that you will send the minutes.",
        "I really hope the panel will agree to assess him.",
        "It is hoped that the therapy team will be able to start soon.",
        "His dad will try to come along after work.",
        "The council will not be issuing a plan at this stage.",
        "We won't be able to attend on that date.",
        "Amir will receive two sessions of occupational therapy each half term.",
        "He will receive a daily reading intervention in a small group.",
        "The review meeting will take place at 10am in the school library.",
        "The school has agreed to provide a visual timetable.",
        "I have asked the team to look into this.",
        "You will need to complete the form and return it to us.",
        "You will then have 15 days to make comments.",
        "You will be aware that the deadline has passed.",
        "I will be on annual leave until next Monday.",
        "We are not going to be able to send the draft this week.",
        "This will be my last email on the case before I retire.",
        'The plan should say "Amir will have weekly therapy" rather than "access to".',
        "Will you send me the draft before the meeting?",
        "Your appeal will be heard by the tribunal in July.",
        "I would be grateful for a reply by the end of the week.",
        "The local authority must issue the final plan within 20 weeks.",
        "Let me know who will be chairing the meeting.",
    ],
)
def test_not_commitments(find, text):
    assert find(text, sender="la") == []
    assert find(text, sender="owner", recipients=("la",)) == []


def test_unknown_sender_makes_no_commitments(find):
    assert find("Your parcel will be delivered on Tuesday.", sender=None) == []
    assert find("I'll bring the cake on Sunday.", sender=None) == []


def test_reported_promise_in_a_call_summary_is_the_recipients(find):
    text = "You said you would ring me back by Thursday."
    [found] = find(
        text, sender="owner", recipients=("la",), dates=(("by Thursday", "2026-05-14", "deadline"),)
    )
    assert (found.actor, found.due) == ("la", dt.date(2026, 5, 14))


def test_reported_promise_already_past_is_not_a_commitment(find):
    text = "In March you said the draft would be sent by 2 April."
    assert (
        find(
            text, sender="owner", recipients=("la",), dates=(("by 2 April", "2026-04-02", "past"),)
        )
        == []
    )


def test_would_without_reporting_verb_is_not_a_commitment(find):
    assert find("It would help if the EP could visit.", sender="owner", recipients=("la",)) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The council will amend Section F to add a weekly OT session.", "la"),
        ("The speech and language therapist will contact you to book a visit.", "health"),
        ("The SENCo will send you the provision map.", "school"),
        ("SENDIASS will help you fill in the appeal form.", "other"),
        ("The educational psychologist will observe him in class.", "la"),
    ],
)
def test_actor_from_role_words_in_the_subject(find, text, actor):
    [found] = find(text, sender="other", recipients=("owner", "la"))
    assert found.actor == actor


def test_role_words_after_the_verb_do_not_decide_the_actor(find):
    [found] = find("I will forward it to the school and the council.", sender="health")
    assert found.actor == "health"


@pytest.mark.parametrize(
    ("sender", "actor"),
    [
        ("owner", "parent"),
        ("school", "school"),
        ("health", "health"),
        ("advice", "other"),
        ("tribunal", "other"),
    ],
)
def test_first_person_is_the_sender(find, sender, actor):
    [found] = find("I will send you a copy of the letter.", sender=sender, recipients=("la",))
    assert found.actor == actor


def test_you_will_receive_from_the_authority_is_the_authoritys(find):
    text = "You will receive the panel's decision by 19 June."
    [found] = find(text, dates=(("by 19 June", "2026-06-19", "deadline"),))
    assert found.actor == "la"
    assert found.action.startswith("send")


def test_parent_summary_you_will_is_the_recipients(find):
    [found] = find(
        "You will check the panel papers and let me know.", sender="owner", recipients=("school",)
    )
    assert found.actor == "school"


def test_relative_clause_takes_the_antecedents_role(find):
    text = (
        "Your case has been passed to Ms Tran, Senior Caseworker, who will reply within ten days."
    )
    [found] = find(text, sender="school")
    assert found.actor == "la"


def test_named_addressee_belongs_to_their_party(find):
    text = (
        "Dear Mrs Bell and Mr Odell,\n\n"
        "Mrs Bell, you will send the attendance data by Monday.\n\n"
        "Mr Odell will chase the OT report."
    )
    first, second = find(text, sender="owner", recipients=("school", "la"))
    assert first.actor == "school"
    assert second.actor == "la"


def test_named_bystander_belongs_to_a_copied_party(find):
    text = "Dear Ms Park,\n\nThank you for meeting us. Mr Flynn will forward the provision map."
    [found] = find(text, sender="owner", recipients=("la", "school"))
    assert found.actor == "school"


def test_going_to_and_aim_to(find):
    assert len(find("I'm going to chase the OT service about this.")) == 1
    assert len(find("We aim to respond to all enquiries within ten working days.")) == 1
    assert len(find("We will aim to send the draft before half term.")) == 1
    assert len(find("The council intends to issue the final plan in July.")) == 1
    assert find("I intended to call you last week.") == []


def test_one_commitment_per_sentence_and_bullets_dropped(find):
    text = "Next steps:\n- I will call the school and I will email you afterwards.\n"
    [found] = find(text, sender="owner", recipients=("la",))
    assert found.text == "I will call the school and I will email you afterwards."


def test_passive_with_it_as_subject(find):
    text = "I have finished the report and it will be sent to you tomorrow."
    [found] = find(text, sender="health", dates=(("tomorrow", "2026-05-12", "deadline"),))
    assert (found.actor, found.due) == ("health", dt.date(2026, 5, 12))


def test_payment_with_amount_in_the_subject(find):
    [found] = find("A payment of £200 will be made to you within 14 days.")
    assert found.actor == "la"
    assert found.action == "make a payment of £200"


@pytest.mark.parametrize(
    "text",
    [
        "The panel will meet on 13 February.",
        "You will see from the attached report that he has made progress.",
        "I hope you are well and that the team will be able to help.",
        "I think the draft will be ready by June.",
        "Section F will specify the hours of support.",
        "Families will be informed of any changes to the policy.",
        "He will start at the new school in September.",
        "I'll wait to hear from you.",
        "Will there be a meeting before the end of term",
    ],
)
def test_more_non_commitments(find, text):
    assert find(text, sender="la") == []


def test_hope_in_an_earlier_clause_does_not_block_the_promise(find):
    [found] = find("I hope you are well, and I will send the minutes tomorrow.", sender="school")
    assert found.actor == "school"


def test_seeing_someone_is_appointment_keeping(find):
    [found] = find("Dr Shah will see Amir in clinic on 4 June.", sender="health")
    assert found.actor == "health"


def test_role_in_brackets_after_a_name(find):
    [found] = find("Mrs Jones (SENCo) will send the provision map.", sender="la")
    assert found.actor == "school"


def test_family_member_is_the_parent_side(find):
    [found] = find(
        "My husband will bring the signed forms to the meeting.", sender="owner", recipients=("la",)
    )
    assert found.actor == "parent"


def test_contracted_reported_would(find):
    [found] = find("You said you'd call the school this week.", sender="owner", recipients=("la",))
    assert found.actor == "la"


def test_sentence_without_a_written_subject_is_the_writers(find):
    [found] = find("Thanks for this. Will get back to you after the meeting.", sender="school")
    assert found.actor == "school"
    assert found.text == "Will get back to you after the meeting."


def test_dates_from_every_mention_in_the_full_pipeline():
    from assistant.understand.pipeline import understand

    text = "The visit is on Tuesday 9 June.\n\nI will bring the reports with me on Tuesday 9 June."
    context = MessageContext(sent_at=SENT_AT, sender_kind="owner", recipient_kinds=("la",))
    [result] = understand([(text, context)])
    [found] = result.commitments
    assert found.due == dt.date(2026, 6, 9)
