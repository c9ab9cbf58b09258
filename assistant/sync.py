"""Pull the correspondence with the parties from IMAP mailboxes, read-only and incrementally.

Folders are opened with EXAMINE and messages fetched with ``BODY.PEEK[]``, so
nothing on the server changes: no flags, moves or deletions. The server filters
first (SEARCH on the parties' domains and addresses within the UIDs not yet
examined); the client then checks each downloaded message's addresses exactly.
Each batch is stored in one transaction together with the folder's cursor
(UIDVALIDITY and highest UID examined), so a crash loses and doubles nothing.
"""

from __future__ import annotations

import imaplib
import socket
import sqlite3
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from email.utils import getaddresses
from itertools import islice

from imapclient import IMAPClient
from imapclient.exceptions import CapabilityError, LoginError
from sqlite_utils import Database

from . import ingest
from .config import Account, Config
from .credentials import obtain_secret
from .db import sync_state as state
from .errors import (
    AssistantError,
    AuthenticationError,
    ConfigError,
    FolderError,
    ServerUnreachable,
    StorageError,
    SyncError,
)
from .parties import party_for_address
from .sources import RawItem
from .warmup import Warmup

SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "[Gmail]/Sent Mail", "Sent Mail")
BATCH_SIZE = 100
BATCH_BYTES = 50_000_000  # download at most this much at once, whatever the batch size
IDLE_RENEW_SECONDS = 25 * 60  # servers may drop an IDLE after 29 minutes
POLL_SECONDS = 60  # servers without IDLE

Progress = Callable[[str, int, int], None]  # folder, messages done, messages to do

# Worth a reconnect: timeouts, resets, a server that hung up or is restarting.
_TRANSIENT = (OSError, imaplib.IMAP4.abort, ServerUnreachable)


@dataclass(frozen=True)
class Retry:
    """Reconnect after timeouts and dropped connections, waiting longer each time."""

    attempts: int = 6
    first_delay: float = 1.0  # doubled after each failure
    timeout: float = 60.0  # every socket operation


@dataclass
class FolderSummary(ingest.ImportSummary):
    folder: str = ""
    examined: int = 0  # UIDs the cursor moved past
    fetched: int = 0  # messages downloaded
    skipped: int = 0  # downloaded, but not to or from a party
    error: AssistantError | None = None


@dataclass
class SyncReport:
    account: str
    folders: dict[str, FolderSummary] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(not s.failed and s.error is None for s in self.folders.values())

    def folder(self, name: str) -> FolderSummary:
        return self.folders.setdefault(name, FolderSummary(folder=name))


def sync_account(
    config: Config,
    db: Database,
    account: Account,
    progress: Progress | None = None,
    retry: Retry = Retry(),
    batch_size: int = BATCH_SIZE,
    analyse: bool = True,
) -> SyncReport:
    """Sync the inbox, the Sent folder and the configured folders of one account.

    ``analyse=False`` leaves understanding and threading to a later ``ingest.finish``.
    """
    report = SyncReport(account.name)
    warmups: list[Warmup] = []

    def candidates_found() -> None:
        if analyse and not warmups:  # spaCy loads while the messages download
            warmups.append(Warmup(ingest.load_understanding))

    job = _Job(config, db, account, progress, batch_size, candidates_found)
    try:
        _sync_folders(job, report, retry)
    finally:
        for warmup in warmups:
            warmup.join()
    if analyse and any(summary.new for summary in report.folders.values()):
        _store(lambda: ingest.finish(db, config))
    return report


@dataclass(frozen=True)
class _Job:
    """What one account's sync needs in every folder."""

    config: Config
    db: Database
    account: Account
    progress: Progress | None
    batch_size: int
    candidates_found: Callable[[], None]  # called when a folder has messages to download


def _sync_folders(job: _Job, report: SyncReport, retry: Retry) -> None:
    """Every folder once, reconnecting after a dropped connection, on from where it stopped."""
    done: set[str] = set()
    for attempt in range(retry.attempts):
        try:
            with connect(job.account, retry.timeout) as client:
                for folder in folders_to_sync(client, job.account):
                    if folder not in done:
                        _sync_folder(client, job, report.folder(folder))
                        done.add(folder)
            return
        except _TRANSIENT as exc:
            if attempt + 1 == retry.attempts:
                if isinstance(exc, ServerUnreachable):
                    raise
                raise _unreachable(job.account, exc) from exc
            time.sleep(retry.first_delay * 2**attempt)


def select_accounts(config: Config, name: str | None) -> list[Account]:
    """Every configured account, or only the one called ``name``."""
    accounts = [a for a in config.accounts if name is None or a.name == name]
    if not accounts:
        known = ", ".join(a.name for a in config.accounts) or "none"
        raise ConfigError(
            f"There is no account {name!r} in the configuration (accounts: {known}). "
            "Add an [[accounts]] table or check the name."
            if name
            else "No [[accounts]] table in the configuration. Add one to sync a mailbox."
        )
    return accounts


# ---------------------------------------------------------------- connection


@contextmanager
def connect(account: Account, timeout: float = Retry.timeout) -> Iterator[IMAPClient]:
    """A logged-in client whose every socket operation times out."""
    client = _open(account, timeout)
    try:
        _login(client, account)
        yield client
    finally:
        _close(client)


def _open(account: Account, timeout: float) -> IMAPClient:
    context = ssl.create_default_context()
    try:
        client = IMAPClient(
            account.host,
            port=account.port,
            ssl=account.security == "tls",
            ssl_context=context,
            timeout=timeout,
        )
        if account.security == "starttls":
            try:
                client.starttls(context)
            except BaseException:
                with suppress(OSError):
                    client.shutdown()
                raise
        return client
    except socket.gaierror as exc:
        raise ServerUnreachable(
            f"The mail server {account.host!r} of account {account.name!r} cannot be found. "
            "Check the host name in the configuration and your internet connection."
        ) from exc
    except ssl.SSLCertVerificationError as exc:
        raise AuthenticationError(
            f"The certificate of the mail server {account.host}:{account.port} of account "
            f"{account.name!r} could not be verified ({exc.verify_message}), so no password was "
            "sent to it. Check the host name and port in the configuration. If the server really "
            "uses its own (self-signed) certificate, add that certificate to this computer's "
            "trusted certificates, or point the SSL_CERT_FILE environment variable to a file "
            "holding it; never turn certificate checks off."
        ) from exc
    except ssl.SSLError as exc:
        if exc.reason != "WRONG_VERSION_NUMBER":
            raise  # e.g. a handshake cut short: worth a retry
        raise SyncError(  # a plain-text port: retrying cannot help
            f"The mail server {account.host}:{account.port} of account {account.name!r} did not "
            "answer with TLS, so no password was sent to it. Check 'security' and 'port' in the "
            "configuration: 'tls' is usually port 993, 'starttls' port 143."
        ) from exc
    except CapabilityError as exc:  # STARTTLS not offered: never fall back to plain text
        raise SyncError(
            f"The mail server {account.host}:{account.port} of account {account.name!r} does "
            "not offer STARTTLS, so no password was sent to it. Use security = 'tls' with its "
            "TLS port (usually 993), or ask your provider for the right settings."
        ) from exc


def _login(client: IMAPClient, account: Account) -> None:
    secret = obtain_secret(account)
    try:
        if secret.kind == "oauth2":
            client.oauth2_login(account.username, secret.value)
        else:
            client.login(account.username, secret.value)
    except LoginError as exc:
        if secret.kind == "oauth2":
            raise AuthenticationError(
                f"The mail server refused the username or the access token of account "
                f"{account.name!r}. Check the username and that oauth2_token_command prints a "
                "current access token for it (run it in a terminal)."
            ) from exc
        raise AuthenticationError(
            f"The mail server refused the username or password of account {account.name!r}. "
            "Check them; Gmail and Microsoft 365 need an app password or oauth2_token_command."
        ) from exc


def _close(client: IMAPClient) -> None:
    try:
        client.logout()
    except (OSError, imaplib.IMAP4.error):
        with suppress(OSError):
            client.shutdown()


def _unreachable(account: Account, exc: Exception) -> ServerUnreachable:
    return ServerUnreachable(
        f"The mail server {account.host}:{account.port} of account {account.name!r} could not "
        f"be reached or kept dropping the connection ({exc or type(exc).__name__}). Check your "
        "internet connection and run sync again; it resumes where it stopped."
    )


# ---------------------------------------------------------------- folders


def folders_to_sync(client: IMAPClient, account: Account) -> list[str]:
    """The inbox, the Sent folder (if any) and the configured extra folders."""
    listed = client.list_folders()
    sent = find_sent(listed)
    names = ["INBOX", *([sent] if sent else []), *account.folders]
    return list(dict.fromkeys(names))


def find_sent(listed: Sequence[tuple[tuple[bytes, ...], bytes, str]]) -> str | None:
    """The folder flagged SPECIAL-USE \\Sent, else the first with a usual Sent name."""
    for flags, _, name in listed:
        if b"\\Sent" in flags:
            return name
    by_name = {name.lower(): name for _, _, name in listed}
    for candidate in SENT_NAMES:
        for prefix in ("", "inbox.", "inbox/"):
            if prefix + candidate.lower() in by_name:
                return by_name[prefix + candidate.lower()]
    return None


def _examine(client: IMAPClient, account: Account, folder: str) -> dict:
    try:
        return client.select_folder(folder, readonly=True)
    except imaplib.IMAP4.abort:
        raise
    except imaplib.IMAP4.error as exc:
        raise FolderError(
            f"The folder {folder!r} of account {account.name!r} does not exist on the server "
            f"or cannot be opened ({exc}). Fix the name in the 'folders' setting."
        ) from exc


def _sync_folder(client: IMAPClient, job: _Job, summary: FolderSummary) -> None:
    db, account = job.db, job.account
    try:
        info = _examine(client, account, summary.folder)
    except FolderError as exc:
        summary.error = exc
        return
    uidvalidity = int(info[b"UIDVALIDITY"])
    cursor = state.folder_cursor(db, account.name, summary.folder)
    start = cursor.last_uid if cursor and cursor.uidvalidity == uidvalidity else 0
    top = _highest_uid(client, info)
    if top <= start:
        if cursor is None or cursor.uidvalidity != uidvalidity:
            _commit(db, account, summary.folder, state.Cursor(uidvalidity, top))
        return
    uids = _candidates(client, job.config, account, start, top)
    if uids:
        job.candidates_found()
    known = state.gm_msgids(db, account.name) if client.has_capability("X-GM-EXT-1") else set()
    done = 0
    for download in _downloads(client, uids, job.batch_size, known):
        _store_download(db, job.config, account, summary, uidvalidity, download)
        done += len(download.uids)
        if job.progress:
            job.progress(summary.folder, done, len(uids))
    _commit(db, account, summary.folder, state.Cursor(uidvalidity, top))
    summary.examined += top - start


def _highest_uid(client: IMAPClient, info: dict) -> int:
    """UIDNEXT - 1; servers that omit UIDNEXT are asked for the last message's UID."""
    if info.get(b"UIDNEXT"):
        return int(info[b"UIDNEXT"]) - 1
    if not info.get(b"EXISTS"):
        return 0
    return max(client.search(["UID", "*"]), default=0)


def _candidates(
    client: IMAPClient, config: Config, account: Account, start: int, top: int
) -> list[int]:
    criteria: list = ["UID", f"{start + 1}:{top}"]
    if start == 0 and account.since:
        criteria += ["SINCE", account.since]
    if account.fetch == "parties":
        criteria += party_criteria(config)
    return sorted(uid for uid in client.search(criteria) if start < uid <= top)


def party_criteria(config: Config) -> list:
    """FROM / TO / CC on every party domain and address, OR-ed, in ASCII (no CHARSET).

    A non-ASCII address cannot be searched portably: then the server filters
    nothing and the client does all of it.
    """
    terms = []
    for party in config.parties:
        for item in (*party.domains, *party.addresses):
            text = _ascii(item)
            if text is None:
                return []
            terms += [[key, text] for key in ("FROM", "TO", "CC")]
    if not terms:
        return []
    criteria = terms[-1]
    for term in reversed(terms[:-1]):
        criteria = ["OR", *term, *criteria]
    return criteria


def _ascii(item: str) -> str | None:
    if item.isascii():
        return item
    local, at, domain = item.rpartition("@")
    if not local.isascii():
        return None
    try:
        return local + at + domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None


# ---------------------------------------------------------------- batches


@dataclass
class _Download:
    """Consecutive candidate UIDs and the bodies downloaded for them."""

    uids: list[int]
    bodies: dict[int, bytes]  # none for those expunged since the search or known to Gmail
    gm_msgids: dict[int, int]
    known: frozenset[int]  # Gmail: stored already, from another label


def _downloads(
    client: IMAPClient, uids: list[int], batch_size: int, known: set[int]
) -> Iterator[_Download]:
    """The candidates' bodies, in parts of at most BATCH_BYTES (huge attachments); a
    message Gmail already gave us under another label is not downloaded again."""
    gmail = client.has_capability("X-GM-EXT-1")
    for batch in _chunks(uids, batch_size):
        sizes = client.fetch(batch, ["RFC822.SIZE", *(["X-GM-MSGID"] if gmail else [])])
        gm_msgids = {uid: sizes[uid][b"X-GM-MSGID"] for uid in batch if gmail and uid in sizes}
        for part in _by_size(batch, sizes):
            wanted = [uid for uid in part if gm_msgids.get(uid) not in known]
            fetched = client.fetch(wanted, ["BODY.PEEK[]"]) if wanted else {}
            bodies = {uid: data[b"BODY[]"] for uid, data in fetched.items() if b"BODY[]" in data}
            ids = {uid: gm_msgids[uid] for uid in part if uid in gm_msgids}
            yield _Download(part, bodies, ids, frozenset(part).difference(wanted))


def _store_download(
    db: Database,
    config: Config,
    account: Account,
    summary: FolderSummary,
    uidvalidity: int,
    download: _Download,
) -> None:
    """Store one part with the folder's cursor moved past it, in one transaction."""
    items: list[RawItem] = []
    locations: list[state.Location] = []
    summary.fetched += len(download.bodies)
    for uid in download.uids:
        source = f"imap:{account.name}/{summary.folder}/{uidvalidity}/{uid}"
        gm_msgid = download.gm_msgids.get(uid)
        data = download.bodies.get(uid)
        if uid in download.known:
            summary.duplicate += 1
        elif data is None:
            continue  # expunged since the search
        elif not _relevant(config, account, data):
            summary.skipped += 1
            continue
        else:
            items.append(RawItem(source, data))
        locations.append(state.Location(uid, source, gm_msgid))

    def store() -> None:
        with db.atomic():
            ingest.store_items(db, config, items, summary)
            state.record_locations(db, account.name, summary.folder, uidvalidity, locations)
            cursor = state.Cursor(uidvalidity, download.uids[-1])
            state.save_cursor(db, account.name, summary.folder, cursor)

    _store(store)


def _by_size(uids: list[int], sizes: dict) -> Iterator[list[int]]:
    """Split a batch so one download holds at most BATCH_BYTES (huge attachments)."""
    part: list[int] = []
    total = 0
    for uid in uids:
        size = int(sizes.get(uid, {}).get(b"RFC822.SIZE", 0))
        if part and total + size > BATCH_BYTES:
            yield part
            part, total = [], 0
        part.append(uid)
        total += size
    if part:
        yield part


def _relevant(config: Config, account: Account, data: bytes) -> bool:
    """The exact check behind the server's substring search: an address of a party."""
    if account.fetch == "all":
        return True
    headers = BytesHeaderParser().parsebytes(_header_block(data))
    fields = [str(v) for key in ("from", "to", "cc") for v in headers.get_all(key, [])]
    return any(party_for_address(config, address) for _, address in getaddresses(fields))


def _header_block(data: bytes) -> bytes:
    ends = [i for i in (data.find(b"\r\n\r\n"), data.find(b"\n\n")) if i >= 0]
    return data[: min(ends)] if ends else data


def _commit(db: Database, account: Account, folder: str, cursor: state.Cursor) -> None:
    def save() -> None:
        with db.atomic():
            state.save_cursor(db, account.name, folder, cursor)

    _store(save)


def _store(action: Callable[[], None]) -> None:
    """Run a database write; a full disk becomes a StorageError saying what to do."""
    try:
        action()
    except sqlite3.OperationalError as exc:
        if "full" not in str(exc):
            raise
        raise StorageError(
            "The disk holding the database is full. Free some space and run sync again; "
            "nothing was lost, it resumes where it stopped."
        ) from exc


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


# ---------------------------------------------------------------- watch


def watch(
    config: Config,
    db: Database,
    account: Account,
    stop_event: threading.Event,
    on_sync: Callable[[SyncReport], None] | None = None,
    retry: Retry = Retry(),
    on_outage: Callable[[ServerUnreachable], None] | None = None,
) -> None:
    """Sync, then wait for new mail (IDLE on the inbox, else polling) and sync again,
    until ``stop_event`` is set. Runs in a thread: the daemon calls it too.

    A server that stays unreachable through a sync's retries is reported to
    ``on_outage`` and tried again a poll interval later: a night without internet
    does not end the watch. Other errors (a refused password) end it.
    """
    while not stop_event.is_set():
        try:
            report = sync_account(config, db, account, retry=retry)
        except ServerUnreachable as exc:
            if on_outage:
                on_outage(exc)
            stop_event.wait(POLL_SECONDS)
            continue
        if on_sync:
            on_sync(report)
        try:
            wait_for_mail(db, account, stop_event, retry.timeout)
        except _TRANSIENT:
            stop_event.wait(retry.first_delay)


def wait_for_mail(
    db: Database, account: Account, stop_event: threading.Event, timeout: float
) -> None:
    """Return when the inbox changes, the IDLE is due for renewal, or we are asked to stop."""
    with connect(account, timeout) as client:
        if not client.has_capability("IDLE"):
            stop_event.wait(POLL_SECONDS)
            return
        info = client.select_folder("INBOX", readonly=True)
        cursor = state.folder_cursor(db, account.name, "INBOX")
        if cursor is None or _highest_uid(client, info) > cursor.last_uid:
            return  # arrived between the sync and now
        client.idle()
        renew_at = time.monotonic() + IDLE_RENEW_SECONDS
        try:
            while not stop_event.is_set() and time.monotonic() < renew_at:
                responses = client.idle_check(timeout=1)
                if any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                    return
        finally:
            client.idle_done()
