"""Time `assistant sync` against mbsync on a large invented mailbox in a throwaway Dovecot.

Builds a maildir of N messages (default 20,000; 3% correspondence with the LA,
a third of that in Sent; HTML newsletters, personal mail, attachments), serves
it with Dovecot on 127.0.0.1, then times (a) the first `assistant sync`, (b) a
no-change re-sync and (c) mbsync pulling both folders to a local maildir.
Targets: (a)/(c) <= 0.25, (b) under 1 second, peak memory of (a) under 300 MB.
Also prints the server's own share of (a): the same SEARCH and downloads by a
bare client, measured first; Dovecot then restarts without its header cache so
that (a) searches the same uncached folders.

    python benchmarks/sync_benchmark.py [--messages 20000] [--keep]
"""

from __future__ import annotations

import argparse
import base64
import os
import random
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from dovecot import PASSWORD, USER, DovecotServer, server_root  # noqa: E402

OWNER = "sam.parent@example.org"
LA_DOMAIN = "northshire.gov.uk"
NOBODY = 65534
WORDS = [
    "school",
    "plan",
    "support",
    "review",
    "meeting",
    "offer",
    "week",
    "family",
    "garden",
    "train",
    "ticket",
    "order",
    "delivery",
    "newsletter",
    "update",
    "invoice",
    "holiday",
    "weekend",
    "photo",
    "birthday",
    "football",
    "club",
]


@dataclass
class Timing:
    seconds: float
    peak_mb: float = 0.0


def build_mailbox(maildir: Path, count: int, seed: int = 7) -> tuple[int, int]:
    """Write the invented maildir; return (LA messages, total bytes)."""
    rng = random.Random(seed)
    pool = base64.encodebytes(rng.randbytes(1_500_000))
    folders = {"INBOX": maildir, "Sent": maildir / ".Sent"}
    for folder in folders.values():
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    la_count = total = 0
    for n in range(count):
        kind = rng.random()
        if kind < 0.03:
            la_count += 1
            in_sent = rng.random() < 1 / 3
            data = _la_letter(rng, n, pool, in_sent)
        else:
            in_sent = rng.random() < 0.08
            data = _other_mail(rng, n, pool, in_sent)
        folder = folders["Sent" if in_sent else "INBOX"]
        flags = "S" if rng.random() < 0.7 else ""
        (folder / "cur" / f"{1700000000 + n}.M{n}P1.bench:2,{flags}").write_bytes(data)
        total += len(data)
    for path in [maildir, *maildir.rglob("*")]:
        os.chown(path, NOBODY, NOBODY)
    return la_count, total


def _headers(n: int, sender: str, to: str, subject: str, extra: str = "") -> str:
    day = 1 + n % 28
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
        f"Date: Mon, {day:02d} Sep 2025 09:{n % 60:02d}:00 +0100\r\n"
        f"Message-ID: <bench-{n}@example.invalid>\r\nMIME-Version: 1.0\r\n{extra}"
    )


def _text(rng: random.Random, size: int) -> str:
    """Invented prose of about `size` characters: sentences of 6-20 words in paragraphs,
    hard-wrapped like plain-text mail."""
    paragraphs: list[str] = []
    length = 0
    while length < size:
        sentences = []
        for _ in range(rng.randint(2, 5)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(6, 20))]
            sentences.append(" ".join(words).capitalize() + ".")
        paragraph = " ".join(sentences)
        length += len(paragraph)
        words = paragraph.split()
        paragraphs.append(
            "\r\n".join(" ".join(words[i : i + 12]) for i in range(0, len(words), 12))
        )
    return "\r\n\r\n".join(paragraphs)


def _attachment(rng: random.Random, pool: bytes, size: int, name: str) -> str:
    start = rng.randrange(0, len(pool) - size)
    body = pool[start : start + size].decode("ascii").replace("\n", "\r\n")
    return (
        f"--b\r\nContent-Type: application/octet-stream; name={name}\r\n"
        f"Content-Transfer-Encoding: base64\r\n\r\n{body}\r\n"
    )


def _la_letter(rng: random.Random, n: int, pool: bytes, in_sent: bool) -> bytes:
    officer = f"officer{n % 5}@{LA_DOMAIN}"
    sender, to = (OWNER, officer) if in_sent else (officer, OWNER)
    subject = f"EHC needs assessment for our son ({n})"
    body = _text(rng, rng.randint(1500, 5000))
    if rng.random() < 0.2:
        extra = 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        text = f"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
        attached = _attachment(rng, pool, rng.randint(100_000, 400_000), "letter.pdf")
        return (_headers(n, sender, to, subject, extra) + text + attached + "--b--\r\n").encode()
    extra = "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    return (_headers(n, sender, to, subject, extra) + body + "\r\n").encode()


def _other_mail(rng: random.Random, n: int, pool: bytes, in_sent: bool) -> bytes:
    kind = rng.random()
    if in_sent:
        sender, to = OWNER, f"friend{n % 40}@example.net"
    elif kind < 0.55:
        sender, to = f"news@shop{n % 30}.example.com", OWNER
    else:
        sender, to = f"friend{n % 40}@example.net", OWNER
    if kind < 0.55 and not in_sent:
        paragraphs = "".join(f"<p>{_text(rng, 400)}</p>\r\n" for _ in range(rng.randint(20, 80)))
        html = f"<html><body><table><tr><td>{paragraphs}</td></tr></table></body></html>"
        extra = "Content-Type: text/html; charset=utf-8\r\n\r\n"
        return (_headers(n, sender, to, f"Offers this week {n}", extra) + html).encode()
    body = _text(rng, rng.randint(500, 4000))
    if rng.random() < 0.05:
        extra = 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        text = f"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
        attached = _attachment(rng, pool, rng.randint(50_000, 400_000), "photo.jpg")
        message = _headers(n, sender, to, f"Photos {n}", extra) + text + attached + "--b--\r\n"
        return message.encode()
    extra = "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    return (_headers(n, sender, to, f"Catching up {n}", extra) + body + "\r\n").encode()


def warm_up(server: DovecotServer, maildir: Path) -> None:
    """Page cache and Dovecot's indexes, so neither timed run pays for them alone."""
    for path in maildir.rglob("*"):
        if path.is_file():
            path.read_bytes()
    with server.client() as client:
        for folder in ("INBOX", "Sent"):
            client.select_folder(folder, readonly=True)
            uids = client.search(["ALL"])
            for start in range(0, len(uids), 1000):
                client.fetch(uids[start : start + 1000], ["FLAGS", "RFC822.SIZE"])


def server_floor(server: DovecotServer, config_path: Path) -> float:
    """The server's own part of a first sync: a bare client sends the same SEARCH and
    downloads the same messages, and parses and stores nothing."""
    from assistant.config import load_config
    from assistant.sync import party_criteria

    criteria = party_criteria(load_config(config_path))
    start = time.perf_counter()
    with server.client() as client:
        for folder in ("INBOX", "Sent"):
            client.select_folder(folder, readonly=True)
            uids = client.search(["UID", "1:*", *criteria])
            for first in range(0, len(uids), 100):
                client.fetch(uids[first : first + 100], ["BODY.PEEK[]"])
    return time.perf_counter() - start


def forget_header_cache(server: DovecotServer, maildir: Path) -> None:
    """Restart Dovecot without its cache files, so that the next search reads every
    message's headers again, as the first one did."""
    server.stop()
    for path in maildir.rglob("dovecot.index.cache"):
        path.unlink()
    server.start()


def write_config(root: Path, server: DovecotServer) -> Path:
    path = root / "config.toml"
    path.write_text(
        f'[owner]\nname = "Sam Parent"\naddresses = ["{OWNER}"]\n\n'
        f'[[parties]]\nkind = "la"\nname = "Northshire County Council"\n'
        f'domains = ["{LA_DOMAIN}"]\n\n'
        f'[storage]\npath = "{root}/log.db"\n\n'
        + server.account_toml(password_env='"BENCH_IMAP_PASSWORD"')
    )
    return path


def run_measured(args: list[str], env: dict[str, str]) -> Timing:
    """Wall time and peak resident memory of a child process."""
    start = time.perf_counter()
    process = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = process.stdout.read() if process.stdout else b""
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{args[0]} failed:\n{output.decode(errors='replace')}")
    return Timing(elapsed, usage.ru_maxrss / 1024)


def time_in_process(config_path: Path) -> tuple[float, float, float]:
    """On a fresh database: fetch and store, then understanding; and a no-change re-sync
    as the daemon runs it (imports done, database open)."""
    os.environ["BENCH_IMAP_PASSWORD"] = PASSWORD
    from assistant import ingest
    from assistant.config import load_config
    from assistant.db import open_database
    from assistant.sync import sync_account

    config = load_config(config_path)
    config = type(config)(**{**config.__dict__, "database": config_path.parent / "again.db"})
    db = open_database(config.database)
    start = time.perf_counter()
    sync_account(config, db, config.accounts[0], analyse=False)
    fetched = time.perf_counter()
    ingest.finish(db, config)
    understood = time.perf_counter()
    report = sync_account(config, db, config.accounts[0])
    assert all(s.fetched == 0 for s in report.folders.values())
    return fetched - start, understood - fetched, time.perf_counter() - understood


def mbsync_config(root: Path, server: DovecotServer) -> Path:
    local = root / "mbsync"
    local.mkdir()
    path = root / "mbsyncrc"
    path.write_text(
        f"IMAPAccount bench\nHost 127.0.0.1\nPort {server.port}\nUser {USER}\n"
        f"Pass {PASSWORD}\nSSLType None\nAuthMechs LOGIN\n\n"
        "IMAPStore remote\nAccount bench\n\n"
        f"MaildirStore local\nPath {local}/\nInbox {local}/INBOX\nSubFolders Verbatim\n\n"
        "Channel bench\nFar :remote:\nNear :local:\nPatterns INBOX Sent\n"
        "Create Near\nSync Pull\nSyncState *\n"
    )
    return path


def stored_count(config_path: Path) -> int:
    from assistant.config import load_config
    from assistant.db import open_database

    db = open_database(load_config(config_path).database)
    return db.execute("select count(*) from messages").fetchone()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--keep", action="store_true", help="Keep the throwaway folder.")
    options = parser.parse_args()

    root = server_root()
    server = DovecotServer(root)
    maildir = root / "home" / USER / "Maildir"
    start = time.perf_counter()
    la_count, total = build_mailbox(maildir, options.messages)
    built = time.perf_counter() - start
    print(f"Built {options.messages} messages ({total / 1e6:.0f} MB, {la_count} with the LA)")
    print(f"  in {built:.1f} s under {root}")
    server.start()
    try:
        warm_up(server, maildir)
        config = write_config(root, server)
        env = {**os.environ, "BENCH_IMAP_PASSWORD": PASSWORD}
        floor = server_floor(server, config)
        forget_header_cache(server, maildir)
        cli = [sys.executable, "-m", "assistant.cli", "--config", str(config), "sync"]
        first = run_measured(cli, env)
        again = run_measured(cli, env)
        fetch_store, understanding, no_change = time_in_process(config)
        rc = mbsync_config(root, server)
        mbsync = run_measured(["mbsync", "-q", "-c", str(rc), "bench"], env)
        stored = stored_count(config)
        pulled = sum(1 for p in (root / "mbsync").rglob("*") if p.parent.name in ("cur", "new"))
    finally:
        server.stop()
        if not options.keep:
            shutil.rmtree(root, ignore_errors=True)
    print(f"(a) first assistant sync:   {first.seconds:7.2f} s, peak memory {first.peak_mb:.0f} MB")
    print(f"    stored {stored} of {la_count} LA messages; in process, fetch and store took")
    print(f"    {fetch_store:.2f} s and understanding (spaCy) and threading {understanding:.2f} s")
    print(f"(b) no-change re-sync:      {again.seconds:7.2f} s as a command (with start-up),")
    print(f"                            {no_change:7.3f} s in process (as the daemon runs it)")
    print(f"(c) mbsync, whole mailbox:  {mbsync.seconds:7.2f} s ({pulled} messages pulled)")
    print(f"ratio (a)/(c) = {first.seconds / mbsync.seconds:.3f} (target <= 0.25); ", end="")
    print(f"fetch and store alone / (c) = {fetch_store / mbsync.seconds:.3f}")
    share = floor / mbsync.seconds
    print("the server's own work (the same search and downloads by a bare client that parses")
    print(f"and stores nothing, on the same uncached folders): {floor:.2f} s, {share:.3f} of (c)")


if __name__ == "__main__":
    main()
