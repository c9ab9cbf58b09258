"""Obtain a mail account's password or OAuth2 access token, kept out of the config file.

Commands are split with ``shlex`` and run without a shell (like mbsync's PassCmd),
and are asked again on every connection, so a token command that rotates its
refresh token keeps working.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from dataclasses import dataclass

from .config import Account
from .errors import CredentialsError

COMMAND_TIMEOUT = 60


@dataclass(frozen=True)
class Secret:
    kind: str  # "password" or "oauth2"
    value: str


def obtain_secret(account: Account) -> Secret:
    """The password or token for the account, from wherever the config says."""
    kind, where = account.secret_kind, account.secret
    if kind == "password":
        return Secret("password", where)
    if kind == "password_env":
        return Secret("password", _from_env(account, where))
    if kind == "password_command":
        return Secret("password", _from_command(account, where))
    if kind == "keyring":
        return Secret("password", _from_keyring(account, where))
    if kind == "oauth2_token_command":
        return Secret("oauth2", _from_command(account, where, "token command"))
    raise CredentialsError(f"Account {account.name!r}: unknown kind of password {kind!r}.")


def _from_env(account: Account, variable: str) -> str:
    value = os.environ.get(variable)
    if not value:
        raise CredentialsError(
            f"Account {account.name!r}: the environment variable {variable} is not set. "
            f"Set it to the mail password before running the assistant."
        )
    return value


def _from_command(account: Account, command: str, what: str = "password command") -> str:
    try:
        args = shlex.split(command)
    except ValueError as exc:
        raise CredentialsError(
            f"Account {account.name!r}: the {what} {command!r} cannot be read ({exc}). "
            "Check its quotes."
        ) from exc
    try:
        result = subprocess.run(
            args, capture_output=True, text=True, timeout=COMMAND_TIMEOUT, check=False
        )
    except (OSError, subprocess.TimeoutExpired, IndexError) as exc:
        raise CredentialsError(
            f"Account {account.name!r}: the {what} {command!r} could not be run "
            f"({exc}). Check that it works when you type it in a terminal."
        ) from exc
    secret = result.stdout.strip().splitlines()[0] if result.stdout.strip() else ""
    if result.returncode != 0 or not secret:
        raise CredentialsError(
            f"Account {account.name!r}: the {what} {command!r} failed "
            f"(exit status {result.returncode}) or printed nothing. Check that it works "
            "when you type it in a terminal."
        )
    return secret


def _from_keyring(account: Account, service: str) -> str:
    import keyring
    from keyring.errors import KeyringError

    try:
        value = keyring.get_password(service, account.username)
    except KeyringError as exc:
        raise CredentialsError(
            f"Account {account.name!r}: the system keyring could not be read ({exc}). "
            "Unlock it, or use password_env or password_command instead."
        ) from exc
    if not value:
        raise CredentialsError(
            f"Account {account.name!r}: the keyring has no password for service {service!r} "
            f"and user {account.username!r}. Store it with: "
            f"keyring set {shlex.quote(service)} {shlex.quote(account.username)}"
        )
    return value
