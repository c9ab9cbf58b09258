"""Errors raised by the assistant.

Modules raise these; only the command line turns them into a plain-English line
for the user. Configuration problems are kept apart from operational ones, so a
long-running job can tell "stop and ask the user" from "try again later".
"""


class AssistantError(Exception):
    """Base class for every error the assistant raises on purpose."""


class ConfigError(AssistantError):
    """The configuration file is missing, unreadable or invalid."""

    def __init__(self, message: str, problems: list[str] | None = None):
        super().__init__(message)
        self.problems = problems or []


class RulesError(ConfigError):
    """The statutory rules data (timescales) is invalid."""


class PipelineError(ConfigError):
    """The language pipeline in pipelines/ cannot be loaded."""


class StorageError(AssistantError):
    """The database cannot be opened, migrated or written (disk full, permissions)."""


class InputError(AssistantError):
    """A path given to import or extract does not exist or cannot be read."""


class ThreadEditError(AssistantError):
    """A manual thread split or join names a message or thread that does not exist."""


class SyncError(AssistantError):
    """Something went wrong talking to a mail server."""


class AuthenticationError(SyncError):
    """The mail server refused the username, password or token."""


class CredentialsError(ConfigError):
    """The password or token could not be obtained (variable unset, command failed)."""


class FolderError(SyncError):
    """A folder named in the configuration does not exist on the server."""


class ServerUnreachable(SyncError):
    """The mail server could not be reached or dropped the connection too often."""
