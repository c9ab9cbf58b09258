"""The names a child is called by."""

import pytest

from assistant.names import full_names, given_names, is_family


@pytest.mark.parametrize(
    ("configured", "given", "full"),
    [
        (
            "Edward (Teddy) Holloway-Reyes",
            ("Edward", "Teddy"),
            ("Edward Holloway-Reyes", "Teddy Holloway-Reyes"),
        ),
        ("Ellie Mellor", ("Ellie",), ("Ellie Mellor",)),
        ("Sam", ("Sam",), ()),
    ],
)
def test_the_first_name_and_a_name_in_brackets_are_both_the_childs(configured, given, full):
    assert given_names(configured) == given
    assert full_names(configured) == full


@pytest.mark.parametrize(
    ("party", "family"),
    [
        ("Grace Adeyemi (Zofia's mother)", True),
        ("Nicola Brannigan (Ellie's aunt, Craig's sister)", True),
        ("Hartwell Maddox LLP (the father's solicitors)", False),
        ("Brackenmoor SENDIASS", False),
    ],
)
def test_a_party_is_family_when_its_name_says_what_it_is_to_the_child(party, family):
    assert is_family(party) is family
