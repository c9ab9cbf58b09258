"""The names a child is called by."""

import pytest

from assistant.names import full_names, given_names


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
