"""Which rotation set a log file belongs to: ``app.log.1``, ``app.log.2.gz`` -> ``app.log``.

Log rotation renames a file by appending a rotation suffix, optionally followed by a compression
suffix (``.gz``, ``.bz2``, ``.xz``, ``.zst``):

- a small generation number: ``app.log.1``, ``app.log.3.bz2`` (logrotate's default);
- a date, optionally with a time: ``app.log-20261128`` and ``app.log-2026112813`` (logrotate
  ``dateext``), ``app.log.2026-11-28`` and ``app.log.2026-11-28_13-05`` (Python's
  ``TimedRotatingFileHandler``); a date may also sit before the extension: ``app.2026-11-28.log``,
  ``app-20261128.log`` (logrotate ``extension``).

Only these count, so names that merely hold numbers stay apart: a generation number is the last
part of the name and follows a non-digit (``v1.2.log``, ``data.2.csv``, ``release-1.0`` and
``python3.11`` are not rotated names), dates must be valid calendar dates of 19xx or 20xx, and a
compression suffix alone (``app.log.gz``) is not a rotation. A name that is only a date
(``2026-11-28.log``) has no base name to fold to and is left as it is.
"""

from __future__ import annotations

import re

_COMPRESSION = r"\.(?i:gz|bz2|xz|zst)\Z"
_COMPRESSED = re.compile(rf"^(?P<base>.+){_COMPRESSION}")
_NUMBERED = re.compile(r"^(?P<base>.*[^\d.\-_])\.\d{1,3}\Z")
_DATE = r"(?:19|20)\d\d(?P<sep>[-_.]?)(?:0[1-9]|1[0-2])(?P=sep)(?:0[1-9]|[12]\d|3[01])"
_TIME = r"(?:[T_-]?\d\d(?:[-:]?\d\d){0,2}|-\d{10})?"
_EXTENSION = rf"(?P<ext>(?!{_COMPRESSION})\.[A-Za-z][A-Za-z0-9]*)"    # after a date: app.2026-11-28.log
_DATED = re.compile(rf"^(?P<base>.*[^.\-_])[.\-_]{_DATE}{_TIME}{_EXTENSION}?\Z")


def _strip_marker(name: str) -> str | None:
    """``name`` without one rotation suffix, or None when it has none."""
    if match := _NUMBERED.match(name):
        return match["base"]
    if match := _DATED.match(name):
        return match["base"] + (match["ext"] or "")
    return None


def _strip_once(name: str) -> str | None:
    """``name`` without one rotation suffix and the compression suffix after it, or None."""
    if match := _COMPRESSED.match(name):
        stripped = _strip_marker(match["base"])
        if stripped is not None:
            return stripped
    return _strip_marker(name)


def rotation_base(path: str) -> str:
    """The live file a rotated path belongs to (``logs/app.log.2.gz`` -> ``logs/app.log``); others unchanged.

    Only the last path component is looked at; repeated suffixes fold too, so the result is a fixed point.
    """
    folder, slash, name = path.rpartition("/")
    while (stripped := _strip_once(name)) is not None:
        name = stripped
    return f"{folder}{slash}{name}"

