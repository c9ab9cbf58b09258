"""What the pipeline knows about a message besides its new text.

The context is attached to each Doc before ``nlp.pipe`` runs, and components
read it (``doc._.context``) and write their results to the Doc extensions
registered here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass(frozen=True)
class ChildInfo:
    name: str
    date_of_birth: dt.date | None = None
    la_reference: str | None = None


@dataclass(frozen=True)
class MessageContext:
    """Facts about the message that are not in its new text."""

    sent_at: dt.datetime  # timezone-aware, already converted to the configured time zone
    subject: str = ""
    signature: str = ""  # signature and disclaimer: searched for references only
    sender_kind: str | None = None  # "owner", a party kind (la, school, ...) or None if unknown
    sender_party: str = ""  # the configured party's name ("Sam Brightwell (Rosie's father)")
    recipient_kinds: tuple[str, ...] = ()  # kinds of the To/Cc addresses, same values
    children: tuple[ChildInfo, ...] = ()
    auto_submitted: bool = False  # auto-reply or automated notification
    attachment_names: tuple[str, ...] = ()
    from_address: str = ""
    owner_name: str = ""  # the mailbox owner's full name (config ``[owner] name``)
    # lower-case names of parties and of people who wrote from one, with the party's kind
    known_names: tuple[tuple[str, str], ...] = ()

    @property
    def today(self) -> dt.date:
        """The message's local date: relative dates are resolved against it."""
        return self.sent_at.date()


@dataclass(frozen=True)
class FoundDate:
    text: str
    date: dt.date
    role: str  # deadline | meeting | past | other
    start: int = 0  # character offsets in the new text
    end: int = 0


@dataclass(frozen=True)
class FoundCommitment:
    actor: str  # la | parent | school | health | other
    action: str  # short verb phrase
    due: dt.date | None
    text: str  # the sentence that carries it


def register_extensions() -> None:
    """Declare the Doc attributes the components read and write (idempotent)."""
    for name in ("context", "references", "dates", "commitments", "category"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()
