"""Masking and keyed fingerprints: the only code that transforms raw detected values.

Personal data has a small keyspace (a phone number, an IMEI), so a plain hash could be
reversed by enumeration; identity across scans is an HMAC with a key that never goes
into a report. Evidence shows the shape of a value with most characters masked.
"""

from __future__ import annotations

import hmac
import os
import secrets
import unicodedata
from pathlib import Path

from recognizers.entities import entity_type

KEY_ENV = "PIISCAN_FINGERPRINT_KEY"
DEFAULT_KEY_FILE = Path.home() / ".config" / "piiscan" / "fingerprint.key"


def load_key(key_file: Path | None = None) -> bytes:
    """The fingerprint key: ``$PIISCAN_FINGERPRINT_KEY``, else a key file (created 0600 when missing)."""
    env = os.environ.get(KEY_ENV)
    if env:
        return env.encode()
    path = key_file or DEFAULT_KEY_FILE
    try:
        return path.read_bytes().strip()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_hex(32).encode()
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
        return key


def normalize(entity: str, value: str) -> str:
    """The canonical form two spellings of one value share (``090-1234`` == ``0901234``)."""
    value = unicodedata.normalize("NFKC", value).strip()
    spelling = entity_type(entity).spelling
    if spelling == "digits":
        digits = "".join(c for c in value if c.isdigit())
        return ("+" if value.startswith("+") else "") + digits
    if spelling == "hex":
        return "".join(c for c in value.lower() if c in "0123456789abcdef")
    if spelling == "caseless":
        return "".join(value.lower().split())
    return " ".join(value.split()).casefold()


def fingerprint(key: bytes, entity: str, value: str) -> str:
    """A keyed, stable identity for a value: ``hmac-sha256:<hex>``."""
    digest = hmac.new(key, f"{entity}\0{normalize(entity, value)}".encode(), "sha256").hexdigest()
    return f"hmac-sha256:{digest}"


def mask(value: str, entity: str = "") -> str:
    """Evidence safe to show: separators and the shape stay, at most a quarter of the characters show.

    ``+81 90-1234-5678`` -> ``+8* **-****-**78``; an e-mail keeps one letter of the user part and the top domain.
    """
    value = " ".join(value.split())
    significant = [i for i, c in enumerate(value) if c.isalnum()]
    n = len(significant)
    budget = n // 4
    if entity == "EMAIL_ADDRESS" and "@" in value:
        at, dot = value.rindex("@"), value.rfind(".")
        top = [i for i in significant if dot > at and i > dot]
        keep = set(significant[:1]) | (set(top) if len(top) + 1 <= budget else set())
    else:
        head = min(budget // 2, 3) if n >= 8 else 0
        tail = min(budget - head, 2)
        keep = set(significant[:head]) | set(significant[n - tail:] if tail else [])
    return "".join(c if (i in keep or not c.isalnum()) else "*" for i, c in enumerate(value))
