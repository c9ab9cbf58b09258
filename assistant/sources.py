"""Read raw messages from files: .eml files, folders of them, mbox files and maildirs.

Yields bytes only; nothing here parses mail. A file that cannot be read is
yielded with its error so the import can report it instead of dropping it.
"""

from __future__ import annotations

import mailbox
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)
# Dovecot's and Courier's index and state files at the top of a maildir.
_SERVER_FILES = ("dovecot", "courier", "subscriptions", "maildirfolder")


@dataclass(frozen=True)
class RawItem:
    source: str  # where it came from: a file path, "mbox#3", "account/folder/uidvalidity/uid"
    data: bytes | None
    error: str | None = None


def iter_paths(paths: list[Path | str]) -> Iterator[RawItem]:
    """Every message under the given paths, in a stable order.

    Every path is checked before anything is read, so a mistyped one stops the
    import before it starts rather than halfway through.
    """
    resolved = [Path(given).expanduser() for given in paths]
    for path in resolved:
        if not path.exists():
            raise InputError(f"{path} does not exist. Check the path and try again.")
    return _iter_all(resolved)


def _iter_all(paths: list[Path]) -> Iterator[RawItem]:
    for path in paths:
        if path.is_dir():
            yield from _iter_dir(path)
        else:
            yield from _iter_file(path)


def count_messages(paths: list[Path | str]) -> int:
    """A quick upper bound for the progress bar (mbox files count as one each)."""
    total = 0
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            total += sum(len(_mail_files(files)) for _, _, files in _walk(path))
        elif path.exists():
            total += 1
    return total


def _walk(root: Path) -> Iterator[tuple[str, list[str], list[str]]]:
    for dirpath, dirnames, filenames in os.walk(root):
        maildir = "cur" in dirnames or "new" in dirnames  # its tmp/ holds half-written files
        dirnames[:] = sorted(
            d
            for d in dirnames
            if (not d.startswith(".") or _is_maildir(Path(dirpath) / d))  # Maildir++ .Sent
            and not (maildir and d == "tmp")
        )
        if maildir:  # beside cur/ and new/: the mail server's own files are not mail
            filenames = [f for f in filenames if not f.startswith(_SERVER_FILES)]
        yield dirpath, dirnames, sorted(filenames)


def _is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() or (path / "new").is_dir()


def _mail_files(filenames: list[str]) -> list[str]:
    return [f for f in filenames if not f.startswith(".")]


def _iter_dir(root: Path) -> Iterator[RawItem]:
    for dirpath, _, filenames in _walk(root):
        for name in _mail_files(filenames):
            yield from _iter_file(Path(dirpath) / name)


def _iter_file(path: Path) -> Iterator[RawItem]:
    try:
        with path.open("rb") as handle:
            head = handle.read(5)
    except OSError as exc:
        yield RawItem(str(path), None, f"cannot be read: {exc.strerror or exc}")
        return
    if head == b"From ":
        yield from _iter_mbox(path)
        return
    try:
        yield RawItem(str(path), path.read_bytes())
    except OSError as exc:
        yield RawItem(str(path), None, f"cannot be read: {exc.strerror or exc}")


def _iter_mbox(path: Path) -> Iterator[RawItem]:
    box = mailbox.mbox(path, create=False)
    try:
        for number, key in enumerate(box.iterkeys(), 1):
            source = f"{path}#{number}"
            try:
                yield RawItem(source, _unescape_from(box.get_bytes(key)))
            except (OSError, KeyError) as exc:
                yield RawItem(source, None, f"cannot be read from the mbox: {exc}")
    finally:
        box.close()


def _unescape_from(data: bytes) -> bytes:
    """Undo the mbox writer's quoting of body lines that begin "From " (">From " -> "From ")."""
    return _ESCAPED_FROM.sub(rb"\1", data)
