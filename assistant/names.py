"""What the names the user configured say: the names a child is called by, and whether a
party is the parent's own family."""

from __future__ import annotations

import re

_BRACKETED = re.compile(r"\(([^()]*)\)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")  # "father's" is one word: not the father
# Words that make a configured party the parent's own family ("Sam Brightwell (Rosie's father)").
_FAMILY = frozenset(
    {
        *("mother", "father", "mum", "mom", "dad", "parent", "carer", "guardian"),
        *("stepmother", "stepfather", "stepmum", "stepdad", "partner", "husband", "wife"),
        *("grandmother", "grandfather", "nan", "nana", "gran", "granny", "grandma", "grandad"),
        *("grandpa", "aunt", "uncle", "sister", "brother"),
    }
)


def given_names(full_name: str) -> tuple[str, ...]:
    """The first name and any name in brackets: "Edward (Teddy) Holloway-Reyes" -> ("Edward",
    "Teddy"); the mail may use either."""
    bracketed = [w for part in _BRACKETED.findall(full_name) for w in part.split()]
    words = _BRACKETED.sub(" ", full_name).split()
    return tuple(dict.fromkeys([*words[:1], *bracketed]))


def full_names(full_name: str) -> tuple[str, ...]:
    """The whole name as the mail may write it: "Edward Holloway-Reyes", "Teddy Holloway-Reyes"
    (a single word has no full name)."""
    words = _BRACKETED.sub(" ", full_name).split()
    if len(words) < 2:
        return ()
    rest = " ".join(words[1:])
    return tuple(f"{given} {rest}" for given in given_names(full_name))


def is_family(party_name: str) -> bool:
    """A party the user configured as the parent's own family: "Tomas (Arlo's father)", not
    "Hartwell Maddox LLP (the father's solicitors)"."""
    return bool({w.lower() for w in _WORD.findall(party_name)} & _FAMILY)
