"""The dates component: finding, resolving and classifying calendar dates."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from assistant.understand.context import ChildInfo, MessageContext
from assistant.understand.dates import add_working_days, dates_in_span
from assistant.understand.pipeline import load_pipeline

LONDON = ZoneInfo("Europe/London")


def _doc(text: str, when: str, subject: str = "", children: tuple[ChildInfo, ...] = ()):
    """Run the pipeline up to and including the dates component."""
    nlp = load_pipeline()
    sent_at = dt.datetime.fromisoformat(when).replace(tzinfo=LONDON)
    doc = nlp.make_doc(text)
    doc._.context = MessageContext(sent_at=sent_at, subject=subject, children=children)
    for name in ("sentencizer", "email_sentences", "dates"):
        doc = nlp.get_pipe(name)(doc)
    return doc


def found(text: str, when: str, **kwargs) -> dict[str, str]:
    """{ISO date: role} for every date found in `text` sent at `when` (London time)."""
    return {d.date.isoformat(): d.role for d in _doc(text, when, **kwargs)._.dates}


# -- working days and durations ---------------------------------------------------


def test_working_days_skip_the_august_bank_holiday():
    # Fri 22 Aug 2025; Mon 25 Aug is the late summer bank holiday.
    text = "We expect a full reply within 10 working days of the date of this letter."
    assert found(text, "2025-08-22 11:00") == {"2025-09-08": "deadline"}


def test_working_days_skip_good_friday_and_easter_monday():
    # Thu 2 Apr 2026; 3 and 6 April 2026 are bank holidays.
    text = "The service will phone you within ten working days of the date of this email."
    assert found(text, "2026-04-02 09:00") == {"2026-04-20": "deadline"}


def test_add_working_days_over_christmas_substitute_day():
    # 25 Dec 2026 is a Friday, Boxing Day is observed on Mon 28 Dec.
    assert add_working_days(dt.date(2026, 12, 23), 2) == dt.date(2026, 12, 29)


def test_working_days_of_receipt_start_from_the_message_date():
    text = "Our team replies to enquiries within 5 working days of receipt."
    assert found(text, "2025-05-02 18:00") == {"2025-05-12": "deadline"}


def test_calendar_days_weeks_and_months_from_the_letter():
    text = (
        "Send your comments within 15 calendar days of the date of this letter. "
        "You have two months from the date of this letter to appeal. "
        "A specialist teacher will visit school within the next four weeks."
    )
    assert found(text, "2025-10-31 10:00") == {
        "2025-11-15": "deadline",
        "2025-12-31": "deadline",
        "2025-11-28": "deadline",
    }


def test_a_duration_restated_as_a_date_is_listed_once_as_the_writers_date():
    # Thursday 17 September 2026: 15 days on is 2 October, but the writer counts to 1 October
    text = "You have 15 days from the date of this email to comment, i.e.\nuntil 1 October 2026."
    assert found(text, "2026-09-17 15:25") == {"2026-10-01": "deadline"}


def test_a_date_spelling_out_a_limit_is_a_deadline():
    text = (
        "Your appeal must reach the Tribunal by the later of two months from the plan or one "
        "month from this certificate, which in your case is 16 December 2026. "
        "The hearing is on 3 December 2026, which is a Thursday."
    )
    assert found(text, "2026-10-16 12:00") == {"2026-12-16": "deadline", "2026-12-03": "meeting"}


def test_months_clamp_to_the_last_day():
    text = "Any appeal must be made within two months of the date of this notice."
    assert found(text, "2027-12-31 10:00") == {"2028-02-29": "deadline"}


def test_a_week_before_the_only_meeting():
    text = (
        "Mediation is booked for Wednesday 8 April. "
        "I will send the agenda a week before the mediation."
    )
    assert found(text, "2026-03-20 10:00") == {"2026-04-08": "meeting", "2026-04-01": "deadline"}


def test_duration_counted_from_a_stated_event():
    text = "The psychologist will write her report within six weeks of the visit on 3 March."
    assert found(text, "2026-02-20 10:00") == {"2026-03-03": "meeting", "2026-04-14": "deadline"}


def test_duration_counted_from_the_only_meeting_in_the_message():
    text = (
        "The review meeting is on Wednesday 4 March at 1pm. "
        "We will send you our decision within four weeks of the meeting."
    )
    assert found(text, "2026-02-20 10:00") == {"2026-03-04": "meeting", "2026-04-01": "deadline"}


def test_duration_counted_from_seeing_the_child_at_the_only_appointment():
    text = (
        "I can see Maya in clinic on Tuesday 3 March at 10am. "
        "My report will follow within three weeks of seeing her."
    )
    assert found(text, "2026-02-20 10:00") == {"2026-03-03": "meeting", "2026-03-24": "deadline"}


def test_the_following_day_counts_from_the_meeting_named_before_it():
    text = "The panel meets on Thursday 5 March and I will write to you the following day."
    assert found(text, "2026-02-20 10:00") == {"2026-03-05": "meeting", "2026-03-06": "deadline"}
    text = "The panel meets on Thursday 5 March. I will write to you the next day."
    assert found(text, "2026-02-20 10:00") == {"2026-03-05": "meeting", "2026-03-06": "deadline"}
    text = "The panel meets on Thursday 5 March. I will write to you in the next day or two."
    assert found(text, "2026-02-20 10:00") == {"2026-03-05": "meeting"}


@pytest.mark.parametrize(
    "text",
    [
        "We will finalise the plan within 5 working days of receiving your comments.",
        "Payment will be made within 14 days.",
        "A meeting must be held within 30 days of the council being told.",
        "You will then have 15 days to comment on the draft.",
    ],
)
def test_durations_without_a_known_start_are_not_dates(text):
    assert found(text, "2026-01-14 10:00") == {}


# -- relative dates ---------------------------------------------------------------------


def test_tomorrow_uses_the_london_date_of_a_late_utc_stamp():
    # 23:30 UTC on 14 July is already 00:30 on 15 July in London (BST).
    sent = dt.datetime(2025, 7, 14, 23, 30, tzinfo=dt.UTC).astimezone(LONDON)
    text = "Just a reminder that your appointment is tomorrow."
    assert found(text, sent.isoformat()) == {"2025-07-16": "meeting"}


def test_winter_stamp_needs_no_shift():
    sent = dt.datetime(2025, 1, 14, 23, 30, tzinfo=dt.UTC).astimezone(LONDON)
    assert found("I will call you tomorrow.", sent.isoformat()) == {"2025-01-15": "meeting"}


def test_by_friday_on_a_friday_is_next_week():
    text = "Could you let me have the signed form by Friday?"
    assert found(text, "2025-03-14 09:00") == {"2025-03-21": "deadline"}


def test_when_a_message_was_sent_or_read_is_bookkeeping():
    text = (
        "Your message\n\n  To: Owen Threlfall\n  Subject: notes from the meeting\n"
        "  Sent: 18 February 2026 03:12:44 (UTC+00:00)\n\n"
        "was read on 18 February 2026 07:58:31 (UTC+00:00)."
    )
    assert found(text, "2026-02-18 07:58", subject="Read: notes from the meeting") == {
        "2026-02-18": "other"
    }


def test_thanks_for_a_day_look_back():
    # Wednesday 18 February 2026
    text = "hi fiona thanks for this and for thursday. yes lets do it."
    assert found(text, "2026-02-18 07:00") == {"2026-02-12": "past"}


def test_weekday_in_a_past_sentence_is_the_last_one():
    assert found("I phoned the school office on Monday.", "2025-03-12 09:00") == {
        "2025-03-10": "past"
    }
    assert found("Thanks for your message on Friday.", "2025-03-12 09:00") == {"2025-03-07": "past"}


def test_the_tense_of_the_dates_own_clause_wins_over_a_later_one():
    # Wednesday 12 March 2025: the reason given after the comma is past, the sending is not
    text = "I will send the OT report on Monday, as it wasn't in the review papers."
    assert found(text, "2025-03-12 09:00") == {"2025-03-17": "deadline"}


def test_a_past_form_used_as_a_noun_sets_no_tense():
    # Wednesday 26 April 2028: "a set of", "the last" are no past verbs
    text = "I'll send home a new set of word cards in his book bag on Friday."
    assert found(text, "2028-04-26 10:00") == {"2028-04-28": "deadline"}
    text = "I will ring the last of the therapists on Friday."
    assert found(text, "2028-04-26 10:00") == {"2028-04-28": "meeting"}
    assert found("I set it up on Friday.", "2028-04-26 10:00") == {"2028-04-21": "past"}


def test_a_report_noun_dates_the_report_not_an_event_named_after_it():
    # Thursday 8 October 2026
    text = "I will bring a printed copy with my notes to the meeting on Tuesday."
    assert found(text, "2026-10-08 10:00") == {"2026-10-13": "meeting"}
    text = "Thank you for your email and for being so kind on the phone on Friday."
    assert found(text, "2026-10-08 10:00") == {"2026-10-02": "past"}


def test_yesterday_and_last_night():
    text = "I spoke to the SENCo yesterday and emailed the team last night."
    assert found(text, "2025-06-04 08:00") == {"2025-06-03": "past"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The nurse will come next Tuesday to meet him.", {"2025-11-11": "meeting"}),
        ("Shall we meet on the 10th?", {"2025-11-10": "meeting"}),
        ("I am only free this Thursday afternoon.", {"2025-11-06": "other"}),
        ("I will post the forms on Monday.", {"2025-11-10": "deadline"}),
        ("Please reply by Monday 17th.", {"2025-11-17": "deadline"}),
    ],
)
def test_relative_days_and_day_numbers(text, expected):
    # Wednesday 5 November 2025.
    assert found(text, "2025-11-05 12:00") == expected


# -- explicit dates ---------------------------------------------------------------------


def test_counterfactuals_look_back_and_a_listed_hearing_is_ahead():
    # Wednesday 3 March 2027
    assert found("Sorry - I should have emailed you on Friday.", "2027-03-03 16:45") == {
        "2027-02-26": "past"
    }
    text = "The hearing on 5 October remains listed until the Tribunal says otherwise."
    assert found(text, "2027-06-30 10:00") == {"2027-10-05": "meeting"}


def test_a_day_number_that_opens_a_sentence_with_is_or_suits():
    assert found("thanks for this. 13th is fine for me.", "2026-09-17 10:00") == {
        "2026-10-13": "meeting"
    }
    assert found("The 19th century was long. 21st birthdays are fun.", "2026-09-17 10:00") == {}
    assert found("28th at 3.30 is fine, see you then.", "2026-09-17 10:00") == {
        "2026-09-28": "meeting"
    }


def test_a_period_ending_on_a_day_is_a_deadline_and_a_weekday_with_a_short_date():
    assert found(
        "We make these comments within the period ending tomorrow.", "2027-02-25 10:00"
    ) == {"2027-02-26": "deadline"}
    text = "Could you do Thursday 5/11 instead?"
    assert found(text, "2026-10-20 10:00", subject="Re: Portage visit") == {"2026-11-05": "meeting"}


def test_a_subject_naming_a_meeting_in_several_words_makes_bare_dates_meetings():
    text = "On nights then. The dates I have:\n- Tues 20th Oct\n- Thurs 22nd Oct"
    expected = {"2026-10-20": "meeting", "2026-10-22": "meeting"}
    assert found(text, "2026-09-09 01:47", subject="Re: Ellis - annual review") == expected
    assert set(found(text, "2026-09-09 01:47", subject="Re: Ellis").values()) == {"other"}


def test_until_in_a_request_is_a_deadline_and_elsewhere_an_end():
    when = "2027-12-08 10:00"  # a Wednesday
    request = "We would be grateful to receive the notes until Friday 17 December."
    assert found(request, when) == {"2027-12-17": "deadline"}
    assert found("Please could you confirm me until Monday which exception applies?", when) == {
        "2027-12-13": "deadline"
    }
    assert found("I am on leave until Friday 17 December.", when) == {"2027-12-17": "other"}


def test_thanks_for_doing_something_on_a_day_looks_back():
    text = "Thank you for meeting me on the 25th, and for all your help."
    assert found(text, "2027-12-08 15:15") == {"2027-11-25": "past"}
    assert found("I look forward to meeting you on the 25th.", "2027-12-08 15:15") == {
        "2027-12-25": "meeting"
    }


def test_the_number_opening_a_list_item_is_no_day_of_the_month():
    text = "Questions:\n2. What do I put in my response? It's due 2 Feb\n3. Can I complain?"
    assert found(text, "2028-01-19 00:05") == {"2028-02-02": "deadline"}


def test_in_the_next_weeks_ends_a_period_but_over_the_next_weeks_spans_one():
    when = "2028-02-15 10:00"
    assert found("I will send her views in the next two weeks.", when) == {"2028-02-29": "deadline"}
    assert found("Over the next six weeks we will ask for advice from the EP.", when) == {}


def test_dates_listed_under_a_proposal_are_meetings():
    text = (
        "23rd is a problem, I'm on a late. Could you do:\n- Thursday 25th, any time\n- Friday 26th"
    )
    found_roles = found(text, "2027-11-10 21:55")
    assert found_roles["2027-11-25"] == found_roles["2027-11-26"] == "meeting"
    text = "Things to bring:\n- the forms, by Thursday 25th\n- photos"
    assert found(text, "2027-11-10 21:55") == {"2027-11-25": "deadline"}
    assert found("I'm off on Tuesday 9 May, could I come then?", "2028-04-26 21:05") == {
        "2028-05-09": "meeting"
    }
    assert found("I could do Tuesday evening at 7, if that suits?", "2026-06-19 17:55") == {
        "2026-06-23": "meeting"
    }


def test_thanks_for_a_time_today_or_a_talk_today_is_a_meeting():
    when = "2027-10-19 23:10"
    assert found("Thanks for this morning. My notes are below.", when) == {"2027-10-19": "meeting"}
    text = "Thank you for talking to me this morning, it helped."
    assert found(text, when) == {"2027-10-19": "meeting"}
    assert found("I emailed the service this morning.", when) == {"2027-10-19": "other"}


def test_the_auxiliary_before_a_date_sets_its_tense_and_thanks_for_coming_look_back():
    text = "I will be ringing the college on Tuesday to get their letter."
    assert found(text, "2028-04-14 00:35") == {"2028-04-18": "deadline"}
    text = "Thank you for coming on Tuesday, and thank you to Callum for staying."
    assert found(text, "2027-11-19 15:40") == {"2027-11-16": "past"}


def test_the_last_day_of_a_list_of_working_days_is_no_date():
    assert found("Mob 07700 900318 (Mon, Tue, Thu, Fri)", "2028-02-14 10:00") == {}
    assert found("I work Monday, Tuesday and Friday.", "2028-02-14 10:00") == {}


def test_as_promised_sets_no_tense_and_said_would_looks_back():
    text = "As promised, here are the reports for Isaac's review on the 13th."
    assert found(text, "2026-09-29 15:05") == {"2026-10-13": "meeting"}
    text = "Attached is the agreement, as discussed with Ms Rudd on Wednesday."
    assert found(text, "2027-12-03 13:15") == {"2027-12-01": "past"}
    text = "The case officer said that the decision would follow by 10 November."
    assert found(text, "2027-03-08 09:30") == {"2026-11-10": "past"}
    text = "You said you would send me the template by Wednesday - thank you."
    assert found(text, "2027-03-08 09:30") == {"2027-03-10": "deadline"}  # still to come
    text = "Thank you for attending Isaac's review at Larkhill on Tuesday."
    assert found(text, "2026-10-16 21:15") == {"2026-10-13": "past"}


def test_someone_training_staff_on_a_day_is_a_meeting():
    text = "Claire will train the passenger assistant on Tuesday 24 August 2027 at the school."
    assert found(text, "2027-07-12 10:45") == {"2027-08-24": "meeting"}
    text = "I'll send the travel training referral to the Travel Team on Monday (16 August)."
    assert found(text, "2027-08-12 10:45") == {"2027-08-16": "deadline"}


def test_days_listed_after_on_in_the_past_are_days_and_thanks_reach_their_clause_only():
    when = "2027-12-15 18:22"  # a Wednesday
    text = "I did the taster at the hospital on Monday and Tuesday."
    assert found(text, when) == {"2027-12-13": "past", "2027-12-14": "past"}
    assert found("I work Monday and Tuesday.", when) == {}
    text = "Thank you for coming on Tuesday, and to Callum, who explained it better than I could."
    assert found(text, "2027-11-19 15:40") == {"2027-11-16": "past"}


def test_a_date_field_above_a_time_field_is_the_appointment_not_the_letter():
    text = (
        "An appointment has been made for Jayden:\n\nDate: Wednesday 1 July 2026\nTime: 10:30\n"
        "Place: Canal Walk Health Centre\n\nIf you cannot attend, please let us know within 7 "
        "days of the date of this letter."
    )
    assert found(text, "2026-06-15 11:02") == {"2026-07-01": "meeting", "2026-06-22": "deadline"}


def test_a_child_starting_somewhere_is_other_and_the_corrected_date_follows_it():
    text = "Rosie starts at Hollins Lane on Monday 6 September, not Tuesday 7 September."
    assert found(text, "2027-07-20 10:00", subject="Re: note of the review meeting") == {
        "2027-09-06": "other",
        "2027-09-07": "other",
    }
    text = "The review is on Monday 6 September, not Tuesday 7 September."
    assert found(text, "2027-07-20 10:00") == {"2027-09-06": "meeting", "2027-09-07": "meeting"}


def test_a_day_after_an_event_takes_the_role_of_what_happens_on_it():
    text = "The panel meets on Tuesday 4 May. I will let you know its decision the following day."
    assert found(text, "2027-04-20 10:00") == {"2027-05-04": "meeting", "2027-05-05": "deadline"}
    text = "The panel meets on Tuesday 4 May and I will ring you the following day."
    assert found(text, "2027-04-20 10:00") == {"2027-05-04": "meeting", "2027-05-05": "meeting"}


def test_taking_the_child_on_a_day_is_an_appointment():
    child = (ChildInfo("Rosie Brightwell"),)
    text = "I'll bring Rosie on the 3rd - her mum is in court that morning."
    assert found(text, "2026-10-20 10:00", children=child) == {"2026-11-03": "meeting"}


def test_a_duration_that_takes_us_to_a_date():
    text = "I asked the college to reply within 15 days, which takes us to 27 January."
    assert found(text, "2027-01-08 10:00") == {"2027-01-27": "deadline"}


def test_informal_abbreviations_in_lower_case():
    # Tuesday 5 January 2027, written from a phone
    text = "i will get the form back to u mon. ring me weds? can we do fri 26th. see u tmrw"
    assert found(text, "2027-01-05 10:00") == {
        "2027-01-11": "deadline",
        "2027-01-06": "meeting",
        "2027-02-26": "meeting",  # "can we do fri 26th" proposes a meeting
    }
    # words that are also abbreviations stay words
    assert found("The sun was out, we sat down and may wed in spring.", "2027-01-05 10:00") == {}


def test_numeric_dates_are_day_first():
    text = "The letter is dated 04/05/2026 and the report 03.04.26."
    assert found(text, "2026-06-01 10:00") == {"2026-05-04": "past", "2026-04-03": "past"}


def test_missing_year_goes_to_the_nearest_date():
    assert found("Please send it by 9 January.", "2025-12-20 10:00") == {"2026-01-09": "deadline"}
    assert found("Thank you for your letter of 18 December.", "2026-01-05 10:00") == {
        "2025-12-18": "past"
    }


def test_weekday_and_month_without_year_picks_the_matching_year():
    # 4 March 2026 is a Wednesday, 4 March 2027 a Thursday.
    text = "The tribunal hearing is on Thursday 4 March."
    assert found(text, "2026-08-20 10:00") == {"2027-03-04": "meeting"}
    assert found("The hearing was on 4 March.", "2026-08-20 10:00") == {"2026-03-04": "past"}


@pytest.mark.parametrize(
    "text",
    [
        "A late fee of £30 may be payable.",
        "Charges may apply in May.",
        "We will be in touch early next week.",
        "The new school year begins in September 2026.",
        "His therapy will continue in the autumn term.",
        "The phone line is open Monday to Friday, 9am to 5pm.",
        "Drop-in sessions run on Tuesday mornings.",
        "Your case reference is EHC/2026/01234; call us on 01632 960 321.",
        "We will review this in due course.",
        "Christmas Day falls on a Friday this year.",
        "She arrived at 10.30 and left at 12:15.",
        "I work Monday, Wednesday and Thursday, so those days are hard for calls.",
        "I can come in on any Tuesday or Friday.",
    ],
)
def test_vague_or_non_date_phrases_give_nothing(text):
    assert found(text, "2026-02-03 10:00") == {}


# -- roles -------------------------------------------------------------------------------


def test_date_of_birth_is_past_never_a_deadline():
    child = ChildInfo(name="Amira Khan", date_of_birth=dt.date(2016, 5, 9))
    text = "Please complete the form for Amira (DOB 09/05/2016) and return it by 30 June."
    assert found(text, "2026-06-02 10:00", children=(child,)) == {
        "2016-05-09": "past",
        "2026-06-30": "deadline",
    }
    assert found("She was born on 9 May.", "2026-05-01 10:00") == {"2025-05-09": "past"}
    assert found("Amira (born 9 May) is in Year 5.", "2026-05-01 10:00", children=(child,)) == {
        "2016-05-09": "past"
    }


def test_week_commencing_is_its_monday_with_role_other():
    text = "The therapist will start w/c 12 January and the review is in the week of 21 January."
    assert found(text, "2026-01-05 10:00") == {"2026-01-12": "other", "2026-01-19": "other"}


def test_end_of_the_month_and_of_a_named_month():
    text = "The draft will reach you by the end of the month."
    assert found(text, "2027-02-10 10:00") == {"2027-02-28": "deadline"}
    assert found("We hope to finish by the end of March.", "2027-02-10 10:00") == {
        "2027-03-31": "deadline"
    }


def test_meeting_deadline_other_and_past_roles():
    text = (
        "The annual review meeting will be held at 10am on 12 May. "
        "Please send your views by 5 May. "
        "Sam starts at his new school on 1 September. "
        "I received the draft on 20 April."
    )
    assert found(text, "2026-04-28 10:00") == {
        "2026-05-12": "meeting",
        "2026-05-05": "deadline",
        "2026-09-01": "other",
        "2026-04-20": "past",
    }


def test_taking_the_child_or_going_along_is_the_appointment_day():
    text = (
        "His dad will bring him on the 15th as I am at work. "
        "I'll bring the school's support plan with me on the 26th. "
        "Please bring the signed form into the office by the 20th."
    )
    assert found(text, "2026-03-05 10:00") == {
        "2026-03-15": "meeting",
        "2026-03-26": "meeting",
        "2026-03-20": "deadline",
    }


def test_moved_appointment_keeps_the_meeting_role():
    text = "The dental appointment on 3 July has been cancelled and moved to Monday 14 July."
    assert found(text, "2025-06-20 10:00") == {"2025-07-03": "meeting", "2025-07-14": "meeting"}


def test_a_date_mentioned_twice_is_listed_once():
    text = "Please reply by 4 March. If we have not heard from you by 4 March, we will close it."
    dates = _doc(text, "2026-02-20 10:00")._.dates
    assert [(d.text, d.date, d.role) for d in dates] == [
        ("4 March", dt.date(2026, 3, 4), "deadline")
    ]


def test_dates_in_span_gives_each_sentence_its_own_mentions():
    text = "Please reply by 4 March. If we have not heard from you by 4 March, we will close it."
    doc = _doc(text, "2026-02-20 10:00")
    first, second = list(doc.sents)
    assert [d.date for d in dates_in_span(first)] == [dt.date(2026, 3, 4)]
    assert [(d.text, d.role) for d in dates_in_span(second)] == [("4 March", "deadline")]
    span = doc.spans["dates"][1]
    assert (span._.date, span._.date_role) == (dt.date(2026, 3, 4), "deadline")


def test_offsets_point_into_the_text():
    text = "Hello,\n\nThe visit is booked for Tuesday 9 June at 2pm."
    (date,) = _doc(text, "2026-05-20 10:00")._.dates
    assert text[date.start : date.end] == date.text == "Tuesday 9 June"


def test_no_context_means_no_dates():
    nlp = load_pipeline()
    doc = nlp.make_doc("Please reply by 4 March.")
    doc = nlp.get_pipe("dates")(nlp.get_pipe("sentencizer")(doc))
    assert doc._.dates == []


def test_phrases_broken_by_a_hard_line_wrap():
    text = (
        "The tribunal hearing set for the week\n"
        "commencing 1 June 2026 has been cancelled. Please reply within 10 working\n"
        "days of the date of this letter."
    )
    # Fri 1 May 2026; Mon 4 May is the early May bank holiday.
    assert found(text, "2026-05-01 10:00") == {"2026-06-01": "other", "2026-05-18": "deadline"}


def test_year_less_date_follows_the_tense_when_far_off():
    # Written in November: a June review in the future, a June letter in the past.
    assert found("His next review will be held on 10 June.", "2025-11-20 10:00") == {
        "2026-06-10": "meeting"
    }
    assert found("The plan was issued on 10 June.", "2025-11-20 10:00") == {"2025-06-10": "past"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please reply by close of business on Friday.", {"2026-02-20": "deadline"}),
        ("Please reply by 5pm on Friday.", {"2026-02-20": "deadline"}),
        ("The LA has until 2 April to respond.", {"2026-04-02": "deadline"}),
        ("We will contact you in the next two weeks.", {"2026-03-04": "deadline"}),
        ("The report will be ready 10 working days from now.", {"2026-03-04": "deadline"}),
        ("Sam will start his phased return on Monday.", {"2026-02-23": "other"}),
        ("The SENCo is on leave until Monday 2 March.", {"2026-03-02": "other"}),
        ("Please see the attached note about 5 March.", {"2026-03-05": "other"}),
        ("Dr Ahmed will see Sam on 5 March.", {"2026-03-05": "meeting"}),
        # offering times to talk: a proposed call or meeting
        (
            "We're both free on Monday or at any point on Thursday 26th.",
            {"2026-02-23": "meeting", "2026-02-26": "meeting"},
        ),
        ("I am available all of Tuesday.", {"2026-02-24": "meeting"}),
        # accepting a proposed time
        ("Monday at 10 is perfect, thank you.", {"2026-02-23": "meeting"}),
        ("Thursday 26th suits us.", {"2026-02-26": "meeting"}),
        # a passive undertaking sets a deadline as an active one does
        ("The minutes will be circulated on Monday 23 February.", {"2026-02-23": "deadline"}),
        # a review is a meeting when the date is its own; the verb is no meeting
        ("Mum and I will both come to the review on the 26th.", {"2026-02-26": "meeting"}),
        ("I will review the costings on Friday.", {"2026-02-20": "deadline"}),
        # the start of an undertaking, whichever side of it the date is on
        ("From next Monday we will start a daily check-in.", {"2026-02-23": "deadline"}),
        ("From Monday the office is closed for refurbishment.", {"2026-02-23": "other"}),
        ("The school will start small-group sessions from Monday.", {"2026-02-23": "deadline"}),
        ("The council will arrange home tuition, starting on Monday.", {"2026-02-23": "deadline"}),
        # appointments booked, an event held at a place, a time declined
        ("His review at school is on Thursday 26 February.", {"2026-02-26": "meeting"}),
        ("Her assessment is booked for Thursday 26 February.", {"2026-02-26": "meeting"}),
        ("Enrolment is on Thursday 26 February.", {"2026-02-26": "meeting"}),
        ("Thursday's no good, I'm on a late.", {"2026-02-19": "meeting"}),
        # a limit named after the date, or held to
        ("So the last day for the appeal is Thursday 26 February.", {"2026-02-26": "deadline"}),
        ("I've got until the 26th to put my comments in.", {"2026-02-26": "deadline"}),
        ("I'm holding the council to 26 February.", {"2026-02-26": "deadline"}),
        # a weekday with an hour after it; a bare hour after "at"
        ("Thursday 2pm suits me.", {"2026-02-19": "meeting"}),
        ("monday 23rd at 3 at the civic centre please.", {"2026-02-23": "meeting"}),
        ("We have places at 3 schools from Monday 23rd.", {"2026-02-23": "other"}),
        # meeting a deadline is no meeting
        (
            "The council will not meet the legal deadline of 26 February for the plan.",
            {"2026-02-26": "deadline"},
        ),
        # a meeting verb before "from" starts a provision
        ("Hollie will see Ellis weekly again from Monday.", {"2026-02-23": "deadline"}),
        ("We'll be at the transition morning on the 26th.", {"2026-02-26": "meeting"}),
        ("Please sign it by 12 noon on Thursday 26 February.", {"2026-02-26": "deadline"}),
        ("My notes of today's emergency review are below.", {"2026-02-18": "meeting"}),
        (
            "Tuesday 24 or Wednesday 25 February would suit us best.",
            {"2026-02-24": "meeting", "2026-02-25": "meeting"},
        ),
        ("Otherwise any time on Fri 27th works.", {"2026-02-27": "meeting"}),
        ("The consultations (all sent 16/02) are still outstanding.", {"2026-02-16": "past"}),
        ("Therapy will be delivered by the trust from Monday.", {"2026-02-23": "deadline"}),
        ("Sam will receive an hour of therapy a week from Monday.", {"2026-02-23": "other"}),
        ("I can observe her from 9.30am on Tuesday 24 February.", {"2026-02-24": "meeting"}),
        ("When: Monday 23 February 2026, 10:00 - 12:00 (GMT)", {"2026-02-23": "meeting"}),
        # the day of the message, in a sentence about what already happened: not before the
        # message's day, so not past
        ("I spoke to the SENCo this morning about the draft.", {"2026-02-18": "other"}),
        ("I will speak to the SENCo this afternoon.", {"2026-02-18": "deadline"}),
        # ... but a call held today is a meeting
        ("Thank you for phoning me this morning about the draft.", {"2026-02-18": "meeting"}),
        # mediation named as what is asked for, not as the event
        (
            "I will tell the service tomorrow that we don't need mediation.",
            {"2026-02-19": "deadline"},
        ),
        (
            "I'll email the mediation service tomorrow to ask for mediation.",
            {"2026-02-19": "deadline"},
        ),
        ("We will go to mediation on Monday.", {"2026-02-23": "meeting"}),
        ("I'd rather we talk on Monday.", {"2026-02-23": "meeting"}),
    ],
)
def test_role_cues(text, expected):
    # Wednesday 18 February 2026.
    assert found(text, "2026-02-18 10:00") == expected


def test_a_date_after_a_time_and_comma_has_a_clean_text():
    (date,) = _doc("The hearing is listed for 10am, 14 May 2026.", "2026-02-18 10:00")._.dates
    assert (date.text, date.role) == ("14 May 2026", "meeting")


# -- British week idioms ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        # Wednesday 4 March 2026: this week's Friday is 6 March, next week's 13 March.
        ("I'll get the paperwork to you by the end of the week.", "2026-03-04 10:00", "2026-03-06"),
        ("We should have the report by end of next week.", "2026-03-04 10:00", "2026-03-13"),
        ("She will reply before the end of this working week.", "2026-03-02 10:00", "2026-03-06"),
        ("Expect an answer by the end of next working week.", "2026-03-06 10:00", "2026-03-13"),
        ("I will write by the end of the week after next.", "2026-03-04 10:00", "2026-03-20"),
    ],
)
def test_end_of_a_week_is_its_friday(text, when, expected):
    assert found(text, when) == {expected: "deadline"}


def test_end_of_this_week_at_the_weekend_is_not_guessed():
    assert found("I'll sort it by the end of this week.", "2026-03-07 10:00") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Wednesday 7 October 2026: the coming Monday is 12 October.
        ("The new timetable starts Monday week.", {"2026-10-19": "other"}),
        ("Can we meet a week on Thursday instead?", {"2026-10-15": "meeting"}),
        ("I'll drop the forms in a fortnight on Friday.", {"2026-10-23": "deadline"}),
        ("I will post the report to you a week tomorrow.", {"2026-10-15": "deadline"}),
        ("We will start the new groups from a week on Monday.", {"2026-10-19": "deadline"}),
    ],
)
def test_a_week_on_a_weekday(text, expected):
    assert found(text, "2026-10-07 10:00") == expected


def test_weekday_followed_by_week_commencing_is_not_a_week_on():
    dates = found("Is Monday, week commencing 12 October, any good?", "2026-10-07 10:00")
    assert "2026-10-19" not in dates


# -- year-less dates of records already made ------------------------------------------


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        ("Thank you for your letter dated 28th December.", "2026-07-20 10:00", "2025-12-28"),
        (
            "As set out in our email of 14 January, the panel will look at this again.",
            "2026-07-20 10:00",
            "2026-01-14",
        ),
        (
            "Your application of 3rd February will now be considered.",
            "2026-08-20 10:00",
            "2026-02-03",
        ),
    ],
)
def test_a_record_of_a_date_is_in_the_past(text, when, expected):
    assert found(text, when) == {expected: "past"}


def test_a_duration_counts_from_the_corrected_record_date():
    text = "By law the council had 6 weeks from your request of 5 January to decide."
    assert found(text, "2026-07-06 10:00") == {"2026-01-05": "past", "2026-02-16": "past"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Friday 6 March 2026.
        ("After the panel on Monday, the team has decided to issue a plan.", "2026-03-02"),
        ("Following our call on Wednesday, I have attached the form.", "2026-03-04"),
        ("Following the visit on Tuesday the school has updated its provision map.", "2026-03-03"),
        ("Thank you all for the annual review meeting on Thursday.", "2026-03-05"),
        ("Thanks again for the home visit on Monday.", "2026-03-02"),
    ],
)
def test_a_weekday_event_followed_up_is_the_last_one(text, expected):
    assert found(text, "2026-03-06 10:00") == {expected: "past"}


def test_a_weekday_event_followed_up_in_the_future_is_the_next_one():
    assert found("After the panel on Monday, we will write to you.", "2026-03-06 10:00") == {
        "2026-03-09": "meeting"
    }


# -- the date a letter states for itself ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        (
            "Date: 3rd March 2026\n\nDear Parent,\nYou may appeal within two months of the "
            "date of this letter.",
            "2026-03-05 10:00",
            {"2026-03-03": "past", "2026-05-03": "deadline"},
        ),
        (
            "This letter, dated 2 March 2026, explains the decision. You can appeal within "
            "one month of the date of this letter.",
            "2026-03-05 10:00",
            {"2026-03-02": "past", "2026-04-02": "deadline"},
        ),
        (
            "4 March 2026\n\nDear Mrs Smith\nPlease reply within 15 days of the date of this "
            "letter.",
            "2026-03-06 10:00",
            {"2026-03-04": "past", "2026-03-19": "deadline"},
        ),
        (
            "6 March 2026\n\nDear Mrs Smith\nPlease reply within 15 days of the date of this "
            "letter.",
            "2026-03-06 10:00",
            {"2026-03-06": "other", "2026-03-21": "deadline"},
        ),
    ],
)
def test_the_letters_own_date_starts_its_durations(text, when, expected):
    """Dated the day of the email it is `other`; dated earlier it is `past`, as every date
    before the message's own is in the dev labels (SCHEMA.md would say `other`)."""
    assert found(text, when) == expected


def test_a_date_line_of_a_meeting_notice_is_not_a_letter_date():
    text = "Annual review meeting\n12 March 2026\n10am in the school library"
    assert found(text, "2026-03-02 10:00") == {"2026-03-12": "meeting"}


# -- relative to the message's one meeting -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The meeting is on 2 April. I will send the agenda two days before the meeting.",
            {"2026-04-02": "meeting", "2026-03-31": "deadline"},
        ),
        (
            "Your hearing is on Thursday 9th April at 10am. Please upload your bundle the day "
            "before the hearing.",
            {"2026-04-09": "meeting", "2026-04-08": "deadline"},
        ),
        (
            "I have booked the session for Tuesday 7 April at 10am. I'll send the Teams link "
            "the day before the session.",
            {"2026-04-07": "meeting", "2026-04-06": "deadline"},
        ),
    ],
)
def test_a_day_counted_from_the_only_meeting(text, expected):
    assert found(text, "2026-03-20 10:00") == expected


def test_a_day_counted_from_one_of_two_meetings_is_not_guessed():
    text = (
        "The hearing is on 9 April and the visit on 2 April. I will ring the day after the hearing."
    )
    assert found(text, "2026-03-20 10:00") == {"2026-04-09": "meeting", "2026-04-02": "meeting"}


@pytest.mark.parametrize(
    "text",
    [
        "The report will follow within six weeks of the observation, that is by 20 March.",
        "The notes should come within two weeks of her visit, i.e. by 20 March.",
        "He promised the letter within a fortnight of the meeting, so by 20 March.",
    ],
)
def test_a_duration_restated_as_a_date_is_not_counted_from_that_date(text):
    assert found(text, "2026-03-06 10:00") == {"2026-03-20": "deadline"}


@pytest.mark.parametrize(
    "text",
    [
        "Mediation must happen within 30 days of a request being made.",
        "That is later than one month from any certificate issued now.",
        "A plan must follow within 20 weeks of each request.",
    ],
)
def test_a_duration_from_an_indefinite_start_is_not_a_date(text):
    assert found(text, "2026-03-06 10:00") == {}


# -- roles from the mention's own clause ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject", "expected"),
    [
        (
            "Thanks for arranging the meeting; please confirm tomorrow whether the room is free.",
            "",
            "deadline",
        ),
        ("The visit went well, and I will send the notes tomorrow.", "", "deadline"),
        ("I'll put the leaflets in the post to you tomorrow.", "Your call today", "deadline"),
        ("Change of room for tomorrow, same time.", "RE: Meeting on Friday", "meeting"),
    ],
)
def test_tomorrow_takes_the_role_of_its_clause(text, subject, expected):
    assert found(text, "2026-03-06 10:00", subject=subject) == {"2026-03-07": expected}


@pytest.mark.parametrize(
    "text",
    [
        "Her last day at the school is Friday 20 March.",
        "The certificate is dated today, 6 March 2026.",
        "His final day with the service will be 20 March.",
    ],
)
def test_a_date_that_dates_something_else_is_other_under_a_meeting_subject(text):
    dates = found(text, "2026-03-06 10:00", subject="Extra transition visit")
    assert set(dates.values()) == {"other"}


def test_mentions_across_extra_white_space_keep_their_offsets():
    text = "  \n Please reply by\n   Friday  6 March.\n\nThe visit is on\n\n 20 March."
    doc = _doc(text, "2026-03-02 10:00")
    assert [(d.date.isoformat(), d.role) for d in doc._.dates] == [
        ("2026-03-06", "deadline"),
        ("2026-03-20", "meeting"),
    ]
    assert [text[d.start : d.end] for d in doc._.dates] == ["Friday  6 March", "20 March"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm chasing the speech therapist again tomorrow.", {"2026-05-12": "deadline"}),
        ("We are posting the letter to you on Friday.", {"2026-05-15": "deadline"}),
        ("We're also sending the minutes on Thursday 14 May.", {"2026-05-14": "deadline"}),
        ("I am writing to tell you that Amir starts on Monday 1 June.", {"2026-06-01": "other"}),
    ],
)
def test_the_writers_present_progressive_dates_a_deadline(text, expected):
    assert found(text, "2026-05-11 10:00") == expected


@pytest.mark.parametrize(
    "text",
    [
        "I am on annual leave and will return on Monday 18 May.",
        "I'm away this week and will be back in the office on Monday 18 May.",
        "Thank you for your email. I am returning from leave on Monday 18 May.",
    ],
)
def test_the_writers_return_from_leave_is_no_deadline(text):
    assert found(text, "2026-05-11 10:00") == {"2026-05-18": "other"}
