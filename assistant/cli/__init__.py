"""The command line (`assistant ...`): one module per group of commands."""

from . import case, log, mailbox, pipeline  # noqa: F401  (the modules register their commands)
from .app import main

__all__ = ["main"]
