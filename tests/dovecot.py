"""A throwaway Dovecot IMAP server on 127.0.0.1 for tests and benchmarks.

Each server gets its own config, runtime and maildir under a temporary folder;
nothing of the system's Dovecot configuration is read. Use the ``dovecot``
fixture, or ``DovecotServer`` directly (the benchmark does).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from imapclient import IMAPClient

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
USER = "parent@example.org"
PASSWORD = "test-password-123"

_CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
{ssl}
disable_plaintext_auth = no
auth_mechanisms = {mechanisms}
auth_failure_delay = 0
mail_location = maildir:~/Maildir
mail_max_userip_connections = 50
imap_idle_notify_interval = 1 secs
passdb {{
  driver = static
  args = password={password}
}}
{extra_passdbs}userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={root}/home/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
{imaps}
  }}
}}
service anvil {{
  chroot =
}}
namespace inbox {{
  inbox = yes
  separator = /
{mailboxes}}}
"""


@dataclass(frozen=True)
class TLSFiles:
    """PEM files for a TLS-serving Dovecot: its certificate chain, its key, the CA to trust."""

    cert: Path
    key: Path
    ca: Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class DovecotServer:
    """One Dovecot master process; ``kill`` and ``start`` simulate a crash and a restart."""

    def __init__(
        self,
        root: Path,
        special_use: dict[str, str] | None = None,
        *,
        tls: TLSFiles | None = None,
        imaps: bool = False,
        mechanisms: str = "plain login",
        extra_passwords: Sequence[str] = (),
        extra_config: str = "",
    ):
        """``tls``: serve this certificate (``ssl = required``, STARTTLS on ``port``;
        Dovecot counts loopback as secure, so plain logins from 127.0.0.1 still work and
        only the log's ", TLS," tells a TLS session); ``imaps``: also listen for implicit
        TLS on ``imaps_port``; ``mechanisms``: the SASL mechanisms offered (e.g. "plain
        login xoauth2"); ``extra_passwords``: more passwords (or tokens) accepted besides
        PASSWORD, one static passdb each; ``extra_config``: more settings, appended (e.g. an
        ``imap_capability`` without IDLE). The defaults give the plain server as before."""
        if imaps and tls is None:
            raise ValueError("an imaps listener needs a certificate (tls=...)")
        self.root = root
        self.port = free_port()
        self.tls = tls
        self.imaps_port = free_port() if imaps else 0
        self.process: subprocess.Popen | None = None
        for name in ("run", "state", "home"):
            (root / name).mkdir(parents=True, exist_ok=True)
        os.chmod(root / "home", 0o777)
        mailboxes = "".join(
            f'  mailbox "{name}" {{\n    special_use = {flag}\n  }}\n'
            for name, flag in (special_use or {}).items()
        )
        self.config = root / "dovecot.conf"
        ssl_settings = "ssl = no"
        if tls is not None:
            ssl_settings = f"ssl = required\nssl_cert = <{tls.cert}\nssl_key = <{tls.key}"
        imaps_listener = "    port = 0"
        if imaps:
            imaps_listener = f"    address = 127.0.0.1\n    port = {self.imaps_port}"
        extra_passdbs = "".join(
            f"passdb {{\n  driver = static\n  args = password={extra}\n}}\n"
            for extra in extra_passwords
        )
        self.config.write_text(
            _CONFIG.format(
                root=root,
                port=self.port,
                password=PASSWORD,
                mailboxes=mailboxes,
                ssl=ssl_settings,
                mechanisms=mechanisms,
                extra_passdbs=extra_passdbs,
                imaps=imaps_listener,
            )
            + extra_config
        )

    def start(self) -> None:
        self.process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(self.config)],
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "master.err", "ab"),  # noqa: SIM115 - closed by the process
            start_new_session=True,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.05)
        raise RuntimeError(f"Dovecot did not start: {(self.root / 'master.err').read_text()}")

    def kill(self) -> None:
        """SIGKILL the master and every imap process, as a crash would."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self.process = None

    def pause(self) -> None:
        """SIGSTOP every Dovecot process: connections are accepted but never answered."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGSTOP)

    def resume(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGCONT)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.kill()
        self.process = None

    def client(self, password: str = PASSWORD) -> IMAPClient:
        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=30)
        if self.tls is not None:
            client.starttls(ssl.create_default_context(cafile=str(self.tls.ca)))
        client.login(USER, password)
        return client

    def append(self, folder: str, *messages: bytes) -> None:
        with self.client() as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            for message in messages:
                client.append(folder, message)

    def seen_flags(self) -> int:
        """How many messages, in every folder, carry the \\Seen flag."""
        count = 0
        with self.client() as client:
            for flags, _, name in client.list_folders():
                if {b"\\Noselect", b"\\NonExistent"} & set(flags):
                    continue
                client.select_folder(name, readonly=True)
                uids = client.search(["ALL"])
                flags = client.get_flags(uids) if uids else {}
                count += sum(b"\\Seen" in f for f in flags.values())
        return count

    def log_lines(self) -> list[str]:
        """Dovecot's log so far (logins, TLS handshakes, authentication failures)."""
        log = self.root / "dovecot.log"
        return log.read_text(errors="replace").splitlines() if log.exists() else []

    def account_toml(self, name: str = "home", security: str = "none", **extra: str) -> str:
        """An [[accounts]] table; ``security`` "tls" uses the imaps listener's port if any."""
        port = self.imaps_port if security == "tls" and self.imaps_port else self.port
        lines = [
            "[[accounts]]",
            f'name = "{name}"',
            'host = "127.0.0.1"',
            f"port = {port}",
            f'security = "{security}"',
            f'username = "{USER}"',
        ]
        lines += [f"{key} = {value}" for key, value in extra.items()]
        return "\n".join(lines) + "\n"


def server_root() -> Path:
    """A folder the unprivileged mail user can reach (pytest's tmp_path is private to us)."""
    root = Path(tempfile.mkdtemp(prefix="assistant-dovecot-"))
    root.chmod(0o755)
    return root


@pytest.fixture
def dovecot_factory() -> Iterator:
    """Start Dovecots with special-use folders: ``dovecot_factory({"Outbox": "\\Sent"})``."""
    servers: list[DovecotServer] = []

    def start(special_use: dict[str, str] | None = None, **options) -> DovecotServer:
        """``options`` go to DovecotServer: tls, imaps, mechanisms, extra_passwords,
        extra_config."""
        server = DovecotServer(server_root(), special_use, **options)
        server.start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture
def dovecot(dovecot_factory) -> DovecotServer:
    """A running Dovecot with an empty mailbox for USER / PASSWORD."""
    return dovecot_factory()
