"""EHCP email assistant: a local correspondence log, commitment log and statutory clock."""

__version__ = "0.1.0"
