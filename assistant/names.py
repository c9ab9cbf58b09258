"""The names a child is called by, from the name the parent configured."""

from __future__ import annotations

import re

_BRACKETED = re.compile(r"\(([^()]*)\)")


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
