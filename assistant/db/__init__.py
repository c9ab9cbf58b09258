"""The only package that talks to SQLite.

``open_database`` creates the file private to the user, turns on WAL and runs
the pending migrations; the submodules read and write one group of tables each.
"""

from .connection import memory_database, open_database

__all__ = ["memory_database", "open_database"]
