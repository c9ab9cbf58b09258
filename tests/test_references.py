"""References: LA and statutory identifiers in the new text, the subject and the signature."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from assistant import resources
from assistant.understand import references  # noqa: F401  (factory)
from assistant.understand.context import ChildInfo, MessageContext

SENT_AT = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("en")
    pipeline.add_pipe(
        "assistant_references", config={"data_dir": str(resources.pipeline_dir("default"))}
    )
    return pipeline


@pytest.fixture()
def refs(nlp):
    def run(text: str, subject: str = "", signature: str = "", la_reference: str | None = None):
        children = (ChildInfo("Mia Brown", None, la_reference),)
        doc = nlp.make_doc(text)
        doc._.context = MessageContext(
            sent_at=SENT_AT, subject=subject, signature=signature, children=children
        )
        return nlp.get_pipe("assistant_references")(doc)._.references

    return run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mia's case is filed as EHC/2026/00981, please use it.", ["EHC/2026/00981"]),
        ("Her record is SEN-50712 on our system.", ["SEN-50712"]),
        ("I am writing about EHCP 40713 for my daughter.", ["EHCP40713"]),
        ("The CYP number is CYP/778120.", ["CYP/778120"]),
        ("Case: SEND-2026-0042 (Mia Brown)", ["SEND-2026-0042"]),
        ("Appeal EH 874/26/00212 has been listed.", ["EH874/26/00212"]),
        ("An earlier appeal, SE874/09/00077, was decided.", ["SE874/09/00077"]),
        ("HD 14/05/2026 | EH 874/26/00212 | Mia Brown | Evidence", ["EH874/26/00212"]),
        ("We have logged this as complaint CMP-2026-0318.", ["CMP-2026-0318"]),
        ("Your request has the reference FOI/2026/1187.", ["FOI/2026/1187"]),
        ("Review reference: AR/2026/221", ["AR/2026/221"]),
        ("Officer's file EHC/DL/40713 is attached.", ["EHC/DL/40713"]),
        ("Appeal EH874 / 26 / 00212 was received.", ["EH874/26/00212"]),
        ("Re: Home to school transport application HST/27/0458 - Mia", ["HST/27/0458"]),
        ("Re: Travel assistance application TAS/0388/27 - Isaac", ["TAS/0388/27"]),
        ("Re: Mia's draft plan (PR-27-0233)", ["PR-27-0233"]),
        ("Mediation outcome - Mia Brown - CWM-2611-207", ["CWM-2611-207"]),
    ],
)
def test_shapes_that_need_no_cue(refs, text, expected):
    assert refs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our ref: 4417302", ["4417302"]),
        ("Your ref 3318820/KT", ["3318820/KT"]),
        ("Child ID: 660125", ["660125"]),
        ("Person ID 90817733", ["90817733"]),
        ("EHC number 0092231", ["0092231"]),
        ("Case reference - 7731920", ["7731920"]),
        ("Ref no. 553201", ["553201"]),
        ("Please quote ticket number CU204411 when you reply.", ["CU204411"]),
        ("FOI reference BRK:30211", ["BRK:30211"]),
        ("Our ref: DL/SEND/4471", ["DL/SEND/4471"]),
        ("I attach your mediation certificate, number MC-25-0042.", ["MC-25-0042"]),
    ],
)
def test_bare_numbers_after_a_cue(refs, text, expected):
    assert refs(text) == expected


def test_bare_number_without_a_cue_is_ignored(refs):
    assert refs("There were 4417302 visitors to the website last year.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Please call me on 01632 960 118 or 07700 900 652.",
        "Thanks for the reference, 01632 960 118 is my direct line.",
        "NHS number: 943 476 5919",
        "Her unique pupil number is B801200001234.",
        "School URN: 131507",
        "Meeting ID: 318 442 907 615",
        "DfE number 874/2041",
        "Order number: QT-2026-55120",
        "Booking reference: LK-88213",
        "Quote ref: BND-77410",
        "Tracking number: RM 5521 8830 117 GB",
        "We are a registered charity, no. 1120331.",
        "Invoice INV-2026-0031 is now due.",
        "See [2022] EWHC 493 (Admin) and [2023] UKUT 123 (AAC).",
        "The report cost £12,450.00 in total.",
        "She was born on 04/11/2016 and started on 2026-01-05.",
        "Targets for the academic year 2026/27 are attached.",
        "Send it to 14 Mill Lane, Brackenford BR4 2QT.",
        "The SEN 2026/27 funding bands have changed.",
        "Please pay INV-2026-0031 by the end of the month.",
    ],
)
def test_numbers_that_are_not_references(refs, text):
    assert refs(text) == []


def test_ombudsman_number_needs_ombudsman_wording(refs):
    assert refs("The Ombudsman's reference for your case is 25 013 662.") == ["25013662"]
    assert refs("The number I have is 25 013 662.") == []


def test_ombudsman_wording_in_the_subject_is_enough(refs):
    assert refs("Our file number is 25 013 662.", subject="Your Ombudsman complaint") == [
        "25013662"
    ]


def test_written_form_is_kept_upper_cased_without_white_space(refs):
    assert refs("Ref EHC 2026 00981") == ["EHC202600981"]
    assert refs("ehc / 2026 / 00981 was opened") == ["EHC/2026/00981"]
    assert refs("complaint cmp-2026-0318.") == ["CMP-2026-0318"]


def test_the_same_reference_written_twice_is_listed_once(refs):
    text = "Case EHC/2026/00981 (also written EHC 2026/00981) and SEN-50712."
    assert refs(text) == ["EHC/2026/00981", "SEN-50712"]


def test_subject_and_signature_are_searched(refs):
    found = refs(
        "Thank you, received.",
        subject="RE: Mia Brown - SEN-50712",
        signature="Dana Lee\nSEND Officer\nTeam ref EHC/2026/00981\nTel 01632 960 400",
    )
    assert found == ["SEN-50712", "EHC/2026/00981"]


def test_quoted_history_left_in_the_signature_is_not_searched(refs):
    signature = (
        "Dana Lee\n\nOn Mon, 2 Mar 2026 at 09:00, Dana Lee <\ndana@example.org> wrote:\n> SEN-50712"
    )
    assert refs("Thanks.", signature=signature) == []


def test_the_councils_own_format_is_learnt_from_the_configured_reference(refs):
    text = "Your file is BRK/30512 and the old one BRK/11007."
    assert refs(text, la_reference="BRK/20001") == ["BRK/30512", "BRK/11007"]
    assert refs(text) == []


@pytest.mark.parametrize(
    ("text", "subject", "expected"),
    [
        ("", "Meeting notes - Mia Brown - KL-SEN-007731", ["KL-SEN-007731"]),
        ("Please quote ABCD/XY/2026/0113 in any reply.", "", ["ABCD/XY/2026/0113"]),
        ("Your letter (ref ehcp/kl/2026/0042) said so.", "", ["EHCP/KL/2026/0042"]),
        ("The file WB/EHC/88120 is now closed.", "", ["WB/EHC/88120"]),
        ("Her plan EHCNA-BR-2026-0042 was sent.", "", ["EHCNA-BR-2026-0042"]),
    ],
)
def test_codes_with_several_letter_segments_are_taken_whole(refs, text, subject, expected):
    assert refs(text, subject=subject) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our Ref: QT-SEN-004417", ["QT-SEN-004417"]),
        ("Our ref: PN/ABC/123/KL", ["PN/ABC/123/KL"]),
        ("Our reference: 2026-SEN-0041.", ["2026-SEN-0041"]),
        ("Your ref AB12-CD34", ["AB12-CD34"]),
        ("Your request ID: REQ0012345.", ["REQ0012345"]),  # "ID:" then a code of its own
        ("CHILD ID 660125 and Case Id 7731920", ["660125", "7731920"]),  # "id" is "i d" to spaCy
        ("Ticket #448812 has been logged with the team.", ["448812"]),
        ("Notification ID: SHN-2612-07731", ["SHN-2612-07731"]),
        ("It has been given the reference P16T/28/0719.", ["P16T/28/0719"]),  # digits inside
    ],
)
def test_a_cue_admits_any_code_of_letters_and_digits(refs, text, expected):
    assert refs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I bought it with order XY-ABC-123456.",
        "This is the COVID-19 guidance for 2021/22.",
        "See section F/2 and the YR-7 group at KS-2 in 2026.",
        "Booking ref: HT-LON-55821",
        "Read the SEND/EHCP/2026 guidance before the meeting.",
        "See www.fenmoor.gov.uk/travel16 for Year 10/11 at 9.30am.",
    ],
)
def test_codes_without_a_cue_or_a_reference_shape_are_ignored(refs, text):
    assert refs(text) == []


def test_a_code_in_square_brackets_in_the_subject_is_a_case_tag(refs):
    subject = "RE: Request for assessment - Mia [QRY-884213]"
    assert refs("Thanks, noted.", subject=subject) == ["QRY-884213"]
    # the same code in the body, or unbracketed in the subject, needs a cue as before
    assert refs("Your code is QRY-884213.", subject="RE: Request for assessment") == []
    assert refs("Thanks, noted.", subject="RE: Request for assessment QRY-884213") == []
    # brackets in a signature are no subject tag
    assert refs("Thanks.", subject="Re: Mia", signature="Dana Lee [QRY-884213]") == []
