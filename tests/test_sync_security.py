"""Connections and credentials of IMAP sync, against a real Dovecot (tests/dovecot.py); no mocks.

* TLS is always verified: a certificate from a CA this computer does not trust, or for
  another host, is refused over both implicit TLS and STARTTLS with one plain message,
  before any password is sent; trusted through SSL_CERT_FILE, both sync (and Dovecot's log
  shows the logins really were over TLS). A server without STARTTLS is refused too.
* The password from the system keyring (the real ``keyring`` library, with an in-memory
  backend set for the test), looked up under (service, username).
* XOAUTH2: Dovecot offers the mechanism and checks the bearer token like a password, one
  static passdb per valid token; the token command is run for every connection, so a
  command that prints a new token each time (refresh-token rotation) keeps working.
* A password command that fails and a token command that prints nothing are plain errors.

The test certificates come from the ``cryptography`` package, else the ``openssl`` command.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from contextlib import suppress
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import keyring
import pytest
from click.testing import CliRunner
from dovecot import (  # noqa: F401
    PASSWORD,
    USER,
    DovecotServer,
    TLSFiles,
    dovecot,
    dovecot_factory,
)
from jaraco.classes.properties import classproperty
from keyring.backend import KeyringBackend
from keyring.backends import fail

from assistant.cli import main
from assistant.config import Config, load_config
from assistant.db import open_database
from assistant.errors import AuthenticationError, CredentialsError, SyncError
from assistant.sync import Retry, sync_account

OWNER = "parent@example.org"
LA = "casework@northshire.gov.uk"
FAST = Retry(attempts=2, first_delay=0.1, timeout=10)
SERVICE = "ehcp-assistant-test-mail"

PARTIES = """\
[owner]
name = "Sam Parent"
addresses = ["parent@example.org"]

[[parties]]
kind = "la"
name = "Northshire County Council"
domains = ["northshire.gov.uk"]
"""


# ---------------------------------------------------------------- helpers


def la_mail(n: int) -> bytes:
    mail = EmailMessage()
    mail["From"], mail["To"] = LA, OWNER
    mail["Subject"] = f"EHC needs assessment update {n}"
    mail["Date"] = format_datetime(dt.datetime.now(dt.UTC))
    mail["Message-ID"] = make_msgid(domain="test.invalid")
    mail.set_content("Dear Sam,\n\nAn update on the assessment.\n\nKind regards\n")
    return mail.as_bytes().replace(b"\n", b"\r\n")


def toml_text(value: str) -> str:
    return json.dumps(value)  # a JSON string of printable ASCII is a TOML basic string


def write_config(
    tmp_path: Path, server: DovecotServer, security: str = "none", **extra: str
) -> Config:
    tmp_path.mkdir(exist_ok=True)
    path = tmp_path / "config.toml"
    if not extra:
        extra["password_env"] = '"TEST_IMAP_PASSWORD"'
    account = server.account_toml(security=security, **extra)
    path.write_text(PARTIES + f'\n[storage]\npath = "{tmp_path}/log.db"\n\n' + account)
    return load_config(path)


def run_sync(config: Config):
    db = open_database(config.database)
    return db, sync_account(config, db, config.accounts[0], retry=FAST)


def cli_sync(config: Config):
    return CliRunner().invoke(main, ["--config", str(config.path), "sync"], obj={})


def assert_one_plain_line(result, *fragments: str) -> None:
    """The command failed with one line of explanation, not a traceback."""
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    for fragment in fragments:
        assert fragment in lines[0]


def logins(server: DovecotServer, since: int = 0, wait: float = 0.0) -> list[str]:
    """Dovecot's successful-login log lines from line ``since`` on."""
    deadline = time.monotonic() + wait
    while True:
        found = [line for line in server.log_lines()[since:] if "imap-login: Info: Login:" in line]
        if found or time.monotonic() >= deadline:
            return found
        time.sleep(0.05)


# ---------------------------------------------------------------- certificates


def make_certificates(directory: Path, names: Sequence[str]) -> TLSFiles:
    """A throwaway CA (ca.pem) and a server certificate it signed for ``names``
    (host names or IP addresses, all put in subjectAltName)."""
    directory.mkdir(parents=True, exist_ok=True)
    try:
        import cryptography  # noqa: F401
    except ImportError:
        return _openssl_certificates(directory, names)
    return _cryptography_certificates(directory, names)


def _cryptography_certificates(directory: Path, names: Sequence[str]) -> TLSFiles:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)

    def builder(subject: x509.Name, issuer: x509.Name, public_key) -> x509.CertificateBuilder:
        return (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(issuer)
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        )

    usage = {
        name: False
        for name in (
            "digital_signature",
            "content_commitment",
            "key_encipherment",
            "data_encipherment",
            "key_agreement",
            "key_cert_sign",
            "crl_sign",
            "encipher_only",
            "decipher_only",
        )
    }
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Assistant Test CA")])
    ca = (
        builder(ca_name, ca_name, ca_key.public_key())
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(**{**usage, "key_cert_sign": True, "crl_sign": True}), critical=True
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    alt_names: list[x509.GeneralName] = []
    for name in names:
        try:
            alt_names.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            alt_names.append(x509.DNSName(name))
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])])
    cert = (
        builder(subject, ca_name, key.public_key())
        .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(**{**usage, "digital_signature": True}), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    files = TLSFiles(directory / "cert.pem", directory / "key.pem", directory / "ca.pem")
    files.ca.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    files.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    files.key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return files


def _openssl_certificates(directory: Path, names: Sequence[str]) -> TLSFiles:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("neither the cryptography package nor the openssl command is installed")
    files = TLSFiles(directory / "cert.pem", directory / "key.pem", directory / "ca.pem")
    ca_key, csr, extensions = directory / "ca.key", directory / "cert.csr", directory / "ext.cnf"
    alt_names = []
    for name in names:
        try:
            alt_names.append(f"IP:{ipaddress.ip_address(name)}")
        except ValueError:
            alt_names.append(f"DNS:{name}")
    extensions.write_text(
        f"subjectAltName = {','.join(alt_names)}\n"
        "basicConstraints = critical, CA:FALSE\n"
        "keyUsage = critical, digitalSignature\n"
        "extendedKeyUsage = serverAuth\n"
        "subjectKeyIdentifier = hash\n"
        "authorityKeyIdentifier = keyid\n"
    )
    new_key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    for command in (
        [openssl, "req", "-x509", *new_key, "-keyout", ca_key, "-out", files.ca, "-days", "1",
         "-subj", "/CN=Assistant Test CA",
         "-addext", "basicConstraints=critical,CA:TRUE,pathlen:0",
         "-addext", "keyUsage=critical,keyCertSign,cRLSign"],
        [openssl, "req", *new_key, "-keyout", files.key, "-out", csr, "-subj", f"/CN={names[0]}"],
        [openssl, "x509", "-req", "-in", csr, "-CA", files.ca, "-CAkey", ca_key,
         "-CAcreateserial", "-out", files.cert, "-days", "1", "-extfile", extensions],
    ):  # fmt: skip
        subprocess.run([str(part) for part in command], check=True, capture_output=True)
    return files


def test_openssl_certificates_verify_like_the_cryptography_ones(tmp_path):
    """The fallback for machines without ``cryptography`` makes a usable chain too."""
    import ssl

    if shutil.which("openssl") is None:
        pytest.skip("no openssl command")
    files = _openssl_certificates(tmp_path, ["localhost", "127.0.0.1"])
    context = ssl.create_default_context(cafile=str(files.ca))
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(files.cert, files.key)
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    client_in, client_out = ssl.MemoryBIO(), ssl.MemoryBIO()
    client = context.wrap_bio(client_in, client_out, server_hostname="127.0.0.1")
    served = server.wrap_bio(incoming, outgoing, server_side=True)
    for _ in range(10):  # pump the handshake between the two ends in memory
        for end in (client, served):
            with suppress(ssl.SSLWantReadError):
                end.do_handshake()
        incoming.write(client_out.read())
        client_in.write(outgoing.read())
    assert client.getpeercert()["subjectAltName"] == (
        ("DNS", "localhost"),
        ("IP Address", "127.0.0.1"),
    )


# ---------------------------------------------------------------- fixtures


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The password for password_env accounts; only the system's CAs are trusted."""
    monkeypatch.setenv("TEST_IMAP_PASSWORD", PASSWORD)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> TLSFiles:
    """A CA the system does not trust, and a certificate from it for localhost/127.0.0.1."""
    return make_certificates(tmp_path_factory.mktemp("tls"), ["localhost", "127.0.0.1"])


@pytest.fixture
def tls_server(dovecot_factory, certificates: TLSFiles) -> DovecotServer:  # noqa: F811
    """Dovecot with ``ssl = required``: STARTTLS on ``port``, implicit TLS on ``imaps_port``."""
    return dovecot_factory(tls=certificates, imaps=True)


# ---------------------------------------------------------------- TLS


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_untrusted_certificate_is_refused_before_any_password(tls_server, tmp_path, security):
    tls_server.append("INBOX", la_mail(1))
    config = write_config(tmp_path, tls_server, security)
    mark = len(tls_server.log_lines())

    with pytest.raises(AuthenticationError) as refused:
        run_sync(config)
    message = str(refused.value)
    assert message.startswith(
        "The certificate of the mail server 127.0.0.1:"
        f"{config.accounts[0].port} of account 'home' could not be verified "
        "(unable to get local issuer certificate), so no password was sent to it."
    )
    assert "Check the host name and port" in message
    assert "SSL_CERT_FILE" in message and "never turn certificate checks off" in message

    result = cli_sync(config)
    assert_one_plain_line(result, "could not be verified", "SSL_CERT_FILE")
    assert logins(tls_server, mark) == []  # the server never saw a login
    db = open_database(config.database)
    assert db.execute("select count(*) from messages").fetchone()[0] == 0


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_certificate_for_another_host_is_refused(
    dovecot_factory,  # noqa: F811
    tmp_path,
    monkeypatch,
    security,
):
    files = make_certificates(tmp_path / "tls", ["mail.example.org"])
    server = dovecot_factory(tls=files, imaps=True)
    config = write_config(tmp_path, server, security)
    monkeypatch.setenv("SSL_CERT_FILE", str(files.ca))  # its CA is trusted, its name is wrong
    with pytest.raises(AuthenticationError, match=r"could not be verified \(IP address mism"):
        run_sync(config)
    assert logins(server) == []


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_trusted_certificate_syncs_over_tls(
    tls_server, certificates, tmp_path, monkeypatch, security
):
    tls_server.append("INBOX", la_mail(1), la_mail(2))
    config = write_config(tmp_path, tls_server, security)
    monkeypatch.setenv("SSL_CERT_FILE", str(certificates.ca))  # read by create_default_context
    mark = len(tls_server.log_lines())

    _db, report = run_sync(config)
    assert report.ok and report.folders["INBOX"].new == 2
    synced = logins(tls_server, mark, wait=2)
    assert len(synced) == 1 and "method=PLAIN" in synced[0]
    # Dovecot counts loopback as secure, so "TLS" (not "secured") proves the session used TLS.
    assert ", TLS, " in synced[0], synced[0]

    result = cli_sync(config)
    assert result.exit_code == 0, result.output
    assert tls_server.seen_flags() == 0


def test_starttls_is_never_skipped_when_the_server_lacks_it(dovecot, tmp_path):  # noqa: F811
    config = write_config(tmp_path, dovecot, "starttls")  # this Dovecot offers no STARTTLS
    with pytest.raises(SyncError, match="does not offer STARTTLS, so no password was sent"):
        run_sync(config)
    assert_one_plain_line(cli_sync(config), "does not offer STARTTLS")
    assert logins(dovecot) == []


def test_tls_to_a_plain_text_port_is_explained_without_retrying(dovecot, tmp_path):  # noqa: F811
    config = write_config(tmp_path, dovecot, "tls")  # no imaps listener: the plain port
    started = time.monotonic()
    with pytest.raises(SyncError, match="did not answer with TLS, so no password was sent"):
        db = open_database(config.database)
        sync_account(config, db, config.accounts[0], retry=Retry(attempts=3, first_delay=2))
    assert time.monotonic() - started < 2  # not retried: a setting to fix, not a dropped line
    assert_one_plain_line(cli_sync(config), "Check 'security' and 'port'")
    assert logins(dovecot) == []


# ---------------------------------------------------------------- keyring


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict, installed with ``keyring.set_keyring`` for one test."""

    @classproperty
    def priority(cls) -> float:
        # Raising makes the backend "not viable", so keyring's own detection never picks it.
        raise RuntimeError("a test backend: install it with keyring.set_keyring")

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        self.lookups: list[tuple[str, str]] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.lookups.append((service, username))
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[service, username] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username))


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def test_keyring_password_logs_in(dovecot, memory_keyring, tmp_path):  # noqa: F811
    keyring.set_password(SERVICE, USER, PASSWORD)
    keyring.set_password(SERVICE, "someone.else@example.org", "not-the-password")
    keyring.set_password("another-service", USER, "not-the-password")
    dovecot.append("INBOX", la_mail(1))
    config = write_config(tmp_path, dovecot, keyring=toml_text(SERVICE))

    _db, report = run_sync(config)
    assert report.ok and report.folders["INBOX"].new == 1
    assert memory_keyring.lookups == [(SERVICE, USER)]
    assert dovecot.seen_flags() == 0


def test_keyring_without_the_password_is_a_plain_error(dovecot, memory_keyring, tmp_path):  # noqa: F811
    keyring.set_password(SERVICE, "someone.else@example.org", PASSWORD)
    config = write_config(tmp_path, dovecot, keyring=toml_text(SERVICE))
    expected = (
        f"Account 'home': the keyring has no password for service '{SERVICE}' and user "
        f"'{USER}'. Store it with: keyring set {SERVICE} {USER}"
    )
    with pytest.raises(CredentialsError) as missing:
        run_sync(config)
    assert str(missing.value) == expected
    assert_one_plain_line(cli_sync(config), expected)
    assert logins(dovecot) == []


def test_keyring_that_cannot_be_read_is_a_plain_error(dovecot, memory_keyring, tmp_path):  # noqa: F811
    keyring.set_keyring(fail.Keyring())  # what a machine without any keyring service has
    config = write_config(tmp_path, dovecot, keyring=toml_text(SERVICE))
    with pytest.raises(CredentialsError, match="the system keyring could not be read"):
        run_sync(config)
    assert_one_plain_line(cli_sync(config), "use password_env or password_command instead")


# ---------------------------------------------------------------- XOAUTH2

ACCEPTED_TOKENS = ["ya29.test-access-token-1", "ya29.test-access-token-2"]
TOKEN_SCRIPT = """\
import pathlib, sys
state = pathlib.Path(sys.argv[1])  # like a refresh token that is replaced on every use
n = int(state.read_text()) + 1 if state.exists() else 1
state.write_text(str(n))
print(f"ya29.test-access-token-{n}")
"""


@pytest.fixture
def oauth2_server(dovecot_factory) -> DovecotServer:  # noqa: F811
    """Dovecot offering XOAUTH2 and accepting the first two access tokens as bearer tokens."""
    return dovecot_factory(mechanisms="plain login xoauth2", extra_passwords=ACCEPTED_TOKENS)


def test_xoauth2_with_a_token_rotated_on_every_connection(oauth2_server, tmp_path):
    script, state_file = tmp_path / "token-command.py", tmp_path / "token-state"
    script.write_text(TOKEN_SCRIPT)
    command = f"{sys.executable} {script} {state_file}"
    config = write_config(tmp_path, oauth2_server, oauth2_token_command=toml_text(command))

    oauth2_server.append("INBOX", la_mail(1))
    _db, first = run_sync(config)
    oauth2_server.append("INBOX", la_mail(2))
    _db, second = run_sync(config)
    assert first.folders["INBOX"].new == 1 and second.folders["INBOX"].new == 1
    assert state_file.read_text() == "2"  # asked once per connection, never cached
    oauth2_logins = [line for line in logins(oauth2_server, wait=2) if "method=XOAUTH2" in line]
    assert len(oauth2_logins) == 2 and all(f"user=<{USER}>" in line for line in oauth2_logins)

    # The third connection gets token 3, which this server never accepted: proof that
    # each login used the token just printed, and that a refused token is explained.
    with pytest.raises(AuthenticationError) as refused:
        run_sync(config)
    assert str(refused.value) == (
        "The mail server refused the username or the access token of account 'home'. Check "
        "the username and that oauth2_token_command prints a current access token for it "
        "(run it in a terminal)."
    )
    assert state_file.read_text() == "3"
    assert oauth2_server.seen_flags() == 0


# ---------------------------------------------------------------- commands that fail


def test_failing_password_command_is_a_plain_error(dovecot, tmp_path):  # noqa: F811
    failing = f"{sys.executable} -c \"import sys; sys.exit('gpg: no secret key')\""
    config = write_config(tmp_path, dovecot, password_command=toml_text(failing))
    expected = (
        f"Account 'home': the password command {failing!r} failed (exit status 1) or printed "
        "nothing. Check that it works when you type it in a terminal."
    )
    with pytest.raises(CredentialsError) as failed:
        run_sync(config)
    assert str(failed.value) == expected
    assert_one_plain_line(cli_sync(config), expected)

    missing = "/nonexistent/bin/pass show mail/la"
    config = write_config(tmp_path, dovecot, password_command=toml_text(missing))
    with pytest.raises(CredentialsError, match=r"password command '/nonexistent.*could not be run"):
        run_sync(config)
    assert logins(dovecot) == []


@pytest.mark.parametrize("printed", ["", "   \n\n"])
def test_token_command_printing_nothing_is_a_plain_error(oauth2_server, tmp_path, printed):
    silent = f'{sys.executable} -c "print({printed!r}, end=str())"'
    config = write_config(tmp_path, oauth2_server, oauth2_token_command=toml_text(silent))
    expected = (
        f"Account 'home': the token command {silent!r} failed (exit status 0) or printed "
        "nothing. Check that it works when you type it in a terminal."
    )
    with pytest.raises(CredentialsError) as failed:
        run_sync(config)
    assert str(failed.value) == expected
    assert_one_plain_line(cli_sync(config), expected)
    assert logins(oauth2_server) == []
