"""Who sent a message: the owner, a configured party, or someone unknown.

Party = configured domain or address, never a guess from the text, with two
careful exceptions for unknown addresses: an officer writing from a personal
address signs with the council's name, and a shared no-reply portal puts the
council's name in its display name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .config import Config, Party
from .names import is_family

_GENERIC_TAILS = (" sen team", " send team", " send service", " sen service", " send")
# Words of a council's name that do not tell one council from another.
_GENERIC_WORDS = {
    "borough",
    "county",
    "city",
    "council",
    "district",
    "metropolitan",
    "london",
    "royal",
    "of",
    "the",
    "and",
    "sen",
    "send",
    "team",
    "service",
    "services",
    "authority",
    "local",
}
# A sign-off line that names a council role or service, e.g. "EHC Coordinator, X SEND Service".
_LA_ROLE = re.compile(
    r"\b(local authority|sen(d)? (service|team|department)|ehc(p)? co-?ordinator"
    r"|children'?s services|educational psychology service|sen(d)? (case ?work(er)? )?officer)\b",
    re.IGNORECASE,
)


# Words of party names and display names that name no one in particular.
_NOT_NAMES = _GENERIC_WORDS | {
    "school",
    "primary",
    "secondary",
    "infant",
    "infants",
    "junior",
    "juniors",
    "high",
    "academy",
    "college",
    "nursery",
    "church",
    "c",
    "e",
    "st",
    "saint",
    "nhs",
    "trust",
    "foundation",
    "health",
    "community",
    "hospital",
    "clinic",
    "therapy",
    "therapies",
    "speech",
    "language",
    "children's",
    "childrens",
    "young",
    "people",
    "family",
    "advice",
    "information",
    "support",
    "mediation",
    "tribunal",
    "first-tier",
    "sendiass",
    "iass",
    "ipsea",
    "office",
    "unit",
    "centre",
    "center",
    "department",
    "statutory",
    "assessment",
    "ehc",
    "ehcp",
    "portal",
    "no-reply",
    "noreply",
    "admin",
    "enquiries",
    "partnership",
    "dr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "prof",
    "professor",
}
_PARENTHESES = re.compile(r"\([^)]*\)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def known_names(config: Config, senders: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Names the text may use for a party, with its kind: the distinctive words of the
    configured parties' names ("Millbrook will send ..."), the owner's first name, and the
    surnames of people who have written from a party ("Ms Rahman will update ..."). A word
    two kinds claim is left out, except a place name the council shares with others: said
    alone ("Brackenmoor will issue the plan") it means the council."""
    claims: dict[str, set[str]] = {}
    for party in config.parties:
        kind = "owner" if is_family(party.name) else party.kind  # "Grace will join by phone"
        for word in _name_words(party.name):
            claims.setdefault(word, set()).add(kind)
    places = set(claims)
    given = _given_name(config.owner.name) if config.owner.name else None
    if given and given not in places:  # "Maxine will forward it to Nadia" in the notes
        claims.setdefault(given, set()).add("owner")
    for display, kind in senders:
        surname = _surname(display)
        if surname and surname not in places:  # "SEND Team Brackenmoor" is no person
            claims.setdefault(surname, set()).add(kind)
            given = _given_name(display)
            if given and given not in places:  # "Hollie will send the targets"
                claims.setdefault(given, set()).add(kind)
    names = []
    for word, kinds in claims.items():
        if len(kinds) == 1:
            names.append((word, next(iter(kinds))))
        elif "la" in kinds and word in places:
            names.append((word, "la"))
    return tuple(sorted(names))


def _name_words(name: str) -> list[str]:
    words = _WORD.findall(_PARENTHESES.sub(" ", name))
    return [w.lower() for w in words if w[0].isupper() and w.lower() not in _NOT_NAMES]


def _surname(display: str) -> str | None:
    """ "Aisha Rahman", "RAHMAN, Aisha (NHS TRUST)", "Dr F. Gallagher" -> the surname."""
    display = _PARENTHESES.sub(" ", display).strip().strip('"')
    part = display.split(",")[0] if "," in display else display
    words = [w.lower() for w in _WORD.findall(part) if len(w) > 1]
    if not words or words[-1] in _NOT_NAMES:
        return None
    return words[-1] if "," not in display else words[0]


def _given_name(display: str) -> str | None:
    """ "Aisha Rahman", "RAHMAN, Aisha (NHS TRUST)" -> "aisha"; "Dr F. Gallagher" -> None."""
    display = _PARENTHESES.sub(" ", display).strip().strip('"')
    if "," in display:
        words = _WORD.findall(display.split(",", 1)[1])
    else:
        words = _WORD.findall(display)[:-1]
    words = [w.lower() for w in words if w.lower() not in _NOT_NAMES]
    return words[0] if words and len(words[0]) > 1 else None


@dataclass(frozen=True)
class Sender:
    kind: str | None  # "owner", a party kind, or None when unknown
    party: str | None  # the party's configured name
    from_la: bool


def party_for_address(config: Config, address: str) -> Party | None:
    """Exact address first, then the longest matching domain (sub-domains included)."""
    address = address.lower().strip()
    for party in config.parties:
        if address in party.addresses:
            return party
    domain = address.rpartition("@")[2]
    best: tuple[int, Party] | None = None
    for party in config.parties:
        for item in party.domains:
            if (domain == item or domain.endswith("." + item)) and (
                best is None or len(item) > best[0]
            ):
                best = (len(item), party)
    return best[1] if best else None


def kind_of(config: Config, address: str) -> str | None:
    if address.lower() in config.owner.addresses:
        return "owner"
    party = party_for_address(config, address)
    return party.kind if party else None


def identify_sender(
    config: Config, address: str, name: str, signature: str, new_text: str
) -> Sender:
    if address.lower() in config.owner.addresses:
        return Sender("owner", config.owner.name, False)
    party = party_for_address(config, address)
    if party:
        return Sender(party.kind, party.name, party.kind == "la")
    # Where a sign-off stands: the signature block, or the last lines of the new text
    # when the signature was not told apart ("Sent from my iPhone" below it).
    sign_off = [line for line in new_text.splitlines() if line.strip()][-4:]
    sign_off += signature.splitlines()
    for la in (p for p in config.parties if p.kind == "la"):
        names = _name_variants(la.name)
        if (
            any(n in name.lower() for n in names)
            or _signed_as(signature, names)
            or _signed_in_role(sign_off, _place_words(la.name))
        ):
            return Sender("la", la.name, True)
    return Sender(None, None, False)


def _name_variants(name: str) -> set[str]:
    lowered = name.lower().strip()
    variants = {lowered}
    for tail in _GENERIC_TAILS:
        if lowered.endswith(tail):
            variants.add(lowered.removesuffix(tail).strip())
    return {v for v in variants if len(v) > 6}


def _place_words(name: str) -> set[str]:
    """The words that tell this council from others: 'Ferncombe' of 'Ferncombe Borough Council'."""
    words = re.findall(r"[a-z][a-z'-]+", name.lower())
    return {w for w in words if w not in _GENERIC_WORDS and len(w) > 3}


def _signed_in_role(lines: list[str], places: set[str]) -> bool:
    """A short sign-off line naming a council role together with this council's place name."""
    for line in lines:
        if len(line) > 70 or line.rstrip().endswith((".", "?", "!")):
            continue
        words = set(re.findall(r"[a-z][a-z'-]+", line.lower()))
        if places & words and _LA_ROLE.search(line):
            return True
    return False


def _signed_as(signature: str, names: set[str]) -> bool:
    """The council's name on a line of its own in the first lines of the signature."""
    lines = [line.strip().lower() for line in signature.splitlines() if line.strip()][:6]
    return any(line.strip(" |,") in names for line in lines)
