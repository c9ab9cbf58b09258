"""Open the database: private file mode, WAL, foreign keys, migrations."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlite_utils

from ..errors import StorageError
from .migrations import migrations


def open_database(path: Path) -> sqlite_utils.Database:
    """Open (creating if needed) the user's database, readable by them alone."""
    path = Path(path).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # a new folder: theirs alone
        _create_private(path)
        for suffix in ("", "-wal", "-shm"):
            companion = Path(f"{path}{suffix}")
            if companion.exists():
                companion.chmod(0o600)
        old_umask = os.umask(0o077)  # the -wal and -shm files SQLite creates later
        try:
            db = sqlite_utils.Database(path)
            db.enable_wal()
        finally:
            os.umask(old_umask)
        return _prepare(db)
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            f"The database {path} cannot be opened ({exc}). If the disk is full, free some "
            "space; if the file is damaged, restore it from a backup."
        ) from exc
    except OSError as exc:
        raise StorageError(f"The database {path} cannot be created: {exc.strerror or exc}") from exc


def memory_database() -> sqlite_utils.Database:
    """A throwaway database, for commands that must not touch the user's data."""
    return _prepare(sqlite_utils.Database(memory=True))


def _create_private(path: Path) -> None:
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def _prepare(db: sqlite_utils.Database) -> sqlite_utils.Database:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 10000")
    migrations.apply(db)
    return db
