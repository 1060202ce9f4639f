"""The piiscan error tree. Every class carries the exit code the CLI maps it to.

Messages name files, keys, lines, tables and paths; they never hold a detected value.
"""

from __future__ import annotations


class PiiscanError(Exception):
    """Base of every error piiscan raises on purpose."""

    exit_code = 2


class UsageError(PiiscanError):
    """The command line asks for something that cannot be done."""

    exit_code = 2


class ConfigError(PiiscanError):
    """The scan config is invalid; the message names file, key and line."""

    exit_code = 2

    def __init__(self, message: str, *, file: str | None = None, key: str | None = None, line: int | None = None):
        self.file, self.key, self.line, self.message = file, key, line, message
        where = ", ".join(p for p in (file, f"key {key!r}" if key else None, f"line {line}" if line else None) if p)
        super().__init__(f"{where}: {message}" if where else message)


class PolicyError(ConfigError):
    """The policy file is invalid; the message names file, key and line."""


class SourceError(PiiscanError):
    """A source (or a part of it) could not be read; the scan goes on with the rest."""

    exit_code = 3

    def __init__(self, message: str, *, location: dict | None = None):
        self.location = dict(location or {})
        super().__init__(message)
