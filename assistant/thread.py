"""Group messages into conversations.

Headers first, as a careful mail indexer does: every Message-ID named in
References or In-Reply-To joins the messages that name it (a referenced
message not seen yet is a placeholder that still joins its children, and a
later message that names two threads bridges them). Reference cycles cannot
hurt, because conversations are connected components, not trees. Outlook's
Thread-Index (the first 22 bytes name the conversation) joins replies whose
client dropped the other headers.

One exception, from how people read their mail: the owner's forward to someone
outside the forwarded exchange (the decision letter sent on to an adviser)
starts an exchange of its own, though its References name the old one; its
replies follow it. "Outside" is by organisation where the caller knows it: a
chaser forwarded to the council's duty inbox stays in the exchange with the
council's officer.

Then what a reply quotes: a message whose headers reach no stored message
but whose quoted header block or attribution names the sender and minute of
a stored message joins it (a forward joins only when it goes to someone who
was already in that conversation: someone it is addressed to, not only copied
to; or to the address that conversation misspelt, a message re-sent after it
bounced).

An automatic receipt whose headers reach no stored message joins the owner's
message to the receipt's organisation sent in the half hour before it (a
council's complaints system acknowledging a complaint under its own subject).

Only then a careful subject fallback: a conversation that starts with a message
whose subject says it is a reply or forward, and whose headers reach no stored
message (a client dropped them; later replies may still name it), joins the
most recent earlier conversation with the same subject core that shares a
participant's organisation (address domain) other than the mailbox owner (for
a forward, the organisation of someone it is addressed to), within a few weeks.
Headers win: the fallback never separates what the headers joined, nor moves a
message the headers placed under an earlier one.

Manual edits apply last: a split detaches a message and its replies; a join
merges two conversations.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from .quoteheader import QuoteOrigin

FALLBACK_WINDOW = dt.timedelta(days=30)
_PREFIX = re.compile(
    r"^\s*((re|fw|fwd|aw|wg|tr|sv|vs|r|rif|antw)\s*(\[\d+\])?\s*:\s*"
    r"|\[(external|secure|official[- \w]*|encrypt)\]\s*"
    r"|(official|official-sensitive|official - sensitive)\s*:\s*)",
    re.IGNORECASE,
)
_REPLY_PREFIX = re.compile(r"^\s*(\[[^\]]*\]\s*)*(re|fw|fwd|aw|wg|tr|sv)\s*(\[\d+\])?\s*:", re.I)
_FORWARD_PREFIX = re.compile(r"^\s*(\[[^\]]*\]\s*)*(fw|fwd|wg|tr)\s*:", re.I)
QUOTE_TOLERANCE = dt.timedelta(minutes=1)
RECEIPT_WINDOW = dt.timedelta(minutes=30)  # an automatic receipt follows what it acknowledges


@dataclass(frozen=True)
class ThreadInput:
    key: str  # the stored message's unique key
    message_id: str | None
    references: tuple[str, ...]  # References then In-Reply-To, in order
    subject: str = ""
    date: dt.datetime | None = None
    participants: frozenset[str] = frozenset()
    thread_index: str | None = None
    addressees: frozenset[str] = frozenset()  # the To addresses (participants when unknown)
    sender: frozenset[str] = frozenset()  # the From address and display name, lower case
    quote_origin: QuoteOrigin | None = None
    automatic: bool = False  # sent by a machine (Auto-Submitted and the like)


@dataclass(frozen=True)
class ThreadEdit:
    action: str  # "split" or "join"
    message_key: str
    other_key: str | None = None  # for join: a message of the other conversation


def subject_core(subject: str) -> str:
    """The subject without Re:/Fw: prefixes, security tags and case or spacing."""
    previous = None
    text = subject or ""
    while previous != text:
        previous = text
        text = _PREFIX.sub("", text)
    return " ".join(text.lower().split())


def thread_topic_key(thread_index: str | None) -> bytes | None:
    """The conversation part of an Outlook Thread-Index (its first 22 bytes)."""
    if not thread_index:
        return None
    try:
        raw = base64.b64decode("".join(thread_index.split()), validate=False)
    except (binascii.Error, ValueError):
        return None
    return raw[:22] if len(raw) >= 22 else None


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def assign_threads(
    items: Sequence[ThreadInput],
    ignore_participants: Iterable[str] = (),
    edits: Sequence[ThreadEdit] = (),
    local_zone: ZoneInfo | None = None,
    organisations: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Map each message key to a stable conversation id.

    ``local_zone`` is the zone quoted "Sent:" times are written in (the mailbox's);
    ``organisations`` maps known addresses to the party they belong to.
    """
    union = _Union()
    node = {item.key: _node(item) for item in items}
    known_ids = {item.message_id for item in items if item.message_id}
    ignore = set(ignore_participants)
    new_exchanges = _forwards_to_someone_new(items, ignore, organisations or {})
    for item in items:
        union.find(node[item.key])
        for ref in _references_within_exchange(item, new_exchanges):
            union.union(node[item.key], "id:" + ref)
    _join_by_thread_index(items, node, union)
    _join_by_quote_origin(
        items, node, union, known_ids, ignore, local_zone or dt.UTC, organisations or {}
    )
    _join_receipts(items, node, union, known_ids, ignore)
    _subject_fallback(items, node, union, known_ids, ignore)
    groups = {item.key: union.find(node[item.key]) for item in items}
    groups = _apply_edits(items, groups, edits)
    return _stable_ids(items, groups)


def _forwards_to_someone_new(
    items: Sequence[ThreadInput], owner: set[str], organisations: Mapping[str, str]
) -> set[str]:
    """Message-IDs of the owner's forwards to people outside the forwarded exchange: each
    starts an exchange of its own ("Fwd: decision letter" to an adviser), whatever its
    References say. When the owner forwards their own mail, a recipient of an organisation
    already in the exchange is not new."""
    by_id = {item.message_id: item for item in items if item.message_id}
    # what each message was forwarded from: its own References, or (a client that wrote
    # none) the references its replies list before it
    before: dict[str, set[str]] = {}
    for item in items:
        refs = list(item.references)
        for k, ref in enumerate(refs):
            before.setdefault(ref, set()).update(refs[:k])
    found: set[str] = set()
    for item in items:
        if not item.message_id or not _FORWARD_PREFIX.match(item.subject or ""):
            continue
        if not item.sender & owner:
            continue
        forwarded = (set(item.references) or before.get(item.message_id, set())) - {item.message_id}
        earlier = [by_id[ref] for ref in forwarded if ref in by_id]
        recipients = _forwarded_to(item, owner)
        if not earlier or not recipients:
            continue
        exchange = set().union(*(e.participants for e in earlier))
        # re-sending one's own chaser to the council's duty inbox keeps the exchange; sending
        # the council's letter on to a colleague of its writer (the social worker) starts one
        resent = all(e.sender & owner for e in earlier)
        known = organisations if resent else {}
        if not _parties(recipients, known) & _parties(exchange, known):
            found.add(item.message_id)
    return found


def _forwarded_to(item: ThreadInput, owner: set[str]) -> frozenset[str]:
    """Whom a forward goes to: its To addresses, not those only copied in (the partner in Cc)."""
    return (item.addressees or item.participants) - owner - item.sender


def _parties(addresses: Iterable[str], organisations: Mapping[str, str]) -> set[str]:
    """Each address's organisation where it is known, else the address itself."""
    return {organisations.get(address, address) for address in addresses}


def _references_within_exchange(item: ThreadInput, new_exchanges: set[str]) -> Sequence[str]:
    """The references that join ``item``: none for a forward that starts a new exchange,
    and for a reply to one only those from the latest such forward on."""
    if item.message_id in new_exchanges:
        return ()
    starts = [k for k, ref in enumerate(item.references) if ref in new_exchanges]
    return item.references[max(starts, default=0) :]


def _node(item: ThreadInput) -> str:
    return "id:" + item.message_id if item.message_id else "key:" + item.key


def _join_by_thread_index(
    items: Sequence[ThreadInput], node: dict[str, str], union: _Union
) -> None:
    first: dict[bytes, str] = {}
    for item in items:
        topic = thread_topic_key(item.thread_index)
        if topic is None:
            continue
        if topic in first:
            union.union(first[topic], node[item.key])
        else:
            first[topic] = node[item.key]


def _join_by_quote_origin(
    items: Sequence[ThreadInput],
    node: dict[str, str],
    union: _Union,
    known_ids: set[str],
    ignore: set[str],
    zone: dt.tzinfo,
    organisations: Mapping[str, str],
) -> None:
    by_sender: dict[str, list[ThreadInput]] = {}
    for item in items:
        for who in item.sender:
            by_sender.setdefault(who, []).append(item)
    for item in items:
        origin = item.quote_origin
        if origin is None or any(ref in known_ids for ref in item.references):
            continue
        forward = bool(_FORWARD_PREFIX.match(item.subject or ""))
        for candidate in by_sender.get(origin.sender, []):
            if candidate.key == item.key or candidate.date is None:
                continue
            local = candidate.date.astimezone(zone).replace(tzinfo=None, second=0, microsecond=0)
            if abs(local - origin.sent) > QUOTE_TOLERANCE:
                continue
            if forward and not (
                _parties(_forwarded_to(item, ignore), organisations)
                & _parties(candidate.participants, organisations)
                or _misspelt(_forwarded_to(item, ignore), candidate.participants - ignore)
            ):
                continue
            union.union(node[candidate.key], node[item.key])
            break


def _join_receipts(
    items: Sequence[ThreadInput],
    node: dict[str, str],
    union: _Union,
    known_ids: set[str],
    ignore: set[str],
) -> None:
    """An automatic receipt without headers ("Your feedback has been received - WCC/0706")
    joins the owner's message to its organisation sent just before it."""
    sent = sorted(
        (i for i in items if i.date and i.sender & ignore), key=lambda i: i.date, reverse=True
    )
    for item in items:
        if not item.automatic or item.date is None or item.sender & ignore:
            continue
        if any(ref in known_ids for ref in item.references):
            continue
        domains = _domains(item.sender)
        for earlier in sent:
            if earlier.date > item.date:
                continue
            if item.date - earlier.date > RECEIPT_WINDOW:
                break
            if domains & _domains(earlier.addressees):
                union.union(node[earlier.key], node[item.key])
                break


def _subject_fallback(
    items: Sequence[ThreadInput],
    node: dict[str, str],
    union: _Union,
    known_ids: set[str],
    ignore: set[str],
) -> None:
    dated = sorted((i for i in items if i.date), key=lambda i: i.date)
    firsts: dict[str, str] = {}  # each conversation's earliest message, by its headers
    sizes: dict[str, int] = {}
    for item in dated:
        root = union.find(node[item.key])
        firsts.setdefault(root, item.key)
        sizes[root] = sizes.get(root, 0) + 1
    for index, item in enumerate(dated):
        root = union.find(node[item.key])
        if firsts[root] != item.key or not _is_orphan_reply(item, known_ids):
            continue
        if sizes[root] > 1 and item.references:
            continue  # replies to a message not stored: the headers placed them together
        core = subject_core(item.subject)
        forward = _FORWARD_PREFIX.match(item.subject or "")
        sides = _domains(_forwarded_to(item, ignore) if forward else item.participants - ignore)
        for earlier in reversed(dated[:index]):
            if item.date - earlier.date > FALLBACK_WINDOW:
                break
            if subject_core(earlier.subject) != core:
                continue
            if not sides & _domains(earlier.participants - ignore):
                continue
            union.union(node[earlier.key], node[item.key])
            break


def _misspelt(addresses: Iterable[str], others: Iterable[str]) -> bool:
    """Whether an address is another with its domain mistyped (one letter wrong, missing,
    extra or two swapped): a message re-sent to the right address after a bounce."""
    theirs = [a.rpartition("@") for a in others]
    for address in addresses:
        local, _, domain = address.rpartition("@")
        for other_local, _, other_domain in theirs:
            if local == other_local and _one_slip(domain, other_domain):
                return True
    return False


def _one_slip(a: str, b: str) -> bool:
    """One typing slip apart: a letter changed, added, dropped, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    a, b = a[start:], b[start:]
    swapped = len(a) == len(b) >= 2 and a[0] == b[1] and a[1] == b[0] and a[2:] == b[2:]
    return swapped or a[1:] == b[1:] or a[1:] == b or a == b[1:]


def _domains(addresses: Iterable[str]) -> set[str]:
    return {a.rpartition("@")[2] for a in addresses}


def _is_orphan_reply(item: ThreadInput, known_ids: set[str]) -> bool:
    """A reply or forward by its subject whose headers reach no stored message."""
    if not _REPLY_PREFIX.match(item.subject or "") or not subject_core(item.subject):
        return False
    return not any(ref in known_ids for ref in item.references)


def _apply_edits(
    items: Sequence[ThreadInput], groups: dict[str, str], edits: Sequence[ThreadEdit]
) -> dict[str, str]:
    by_id = {item.message_id: item.key for item in items if item.message_id}
    groups = dict(groups)
    for edit in edits:
        if edit.message_key not in groups:
            continue
        if edit.action == "split":
            moved = _descendants(items, edit.message_key, by_id, groups)
            label = "split:" + edit.message_key
            for key in moved:
                groups[key] = label
        elif edit.action == "join" and edit.other_key in groups:
            keep, drop = groups[edit.message_key], groups[edit.other_key]
            for key, label in groups.items():
                if label == drop:
                    groups[key] = keep
    return groups


def _descendants(
    items: Sequence[ThreadInput], start: str, by_id: dict[str, str], groups: dict[str, str]
) -> set[str]:
    """The message and every message of its conversation that replies to it, transitively."""
    found = {start}
    label = groups[start]
    changed = True
    while changed:
        changed = False
        for item in items:
            if item.key in found or groups[item.key] != label:
                continue
            parents = {by_id.get(ref) for ref in item.references}
            if parents & found:
                found.add(item.key)
                changed = True
    return found


def _stable_ids(items: Sequence[ThreadInput], groups: dict[str, str]) -> dict[str, str]:
    """Name each conversation after its earliest message, so ids survive re-threading."""
    earliest: dict[str, tuple[str, str]] = {}
    for item in items:
        rank = (item.date.astimezone(dt.UTC).isoformat() if item.date else "~", item.key)
        label = groups[item.key]
        if label not in earliest or rank < earliest[label]:
            earliest[label] = rank
    names = {
        label: "t" + hashlib.sha1(rank[1].encode()).hexdigest()[:10]
        for label, rank in earliest.items()
    }
    return {key: names[label] for key, label in groups.items()}
