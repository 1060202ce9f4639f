"""Character sets: label normalisation, detection on a sample, and decoding that never fails.

Policy: UTF-8 first (a BOM wins), then detection among the East-Asian and Western legacy
encodings that logs and mail really use; after that, undecodable bytes become U+FFFD.
Mail labels are widened to their supersets, since mailers label text by the narrower name
(``gb2312`` for GBK/GB18030 text, ``shift_jis`` for CP932, ``iso-2022-jp`` for its extensions).
"""

from __future__ import annotations

import codecs

import charset_normalizer

SAMPLE_SIZE = 64 * 1024         # bytes of a file used to detect its encoding
BINARY_PROBE = 8 * 1024         # NUL bytes within this prefix mark a file as binary

# Tried (in this order of preference) when bytes are not UTF-8.
CANDIDATES = ("cp932", "euc_jp", "gb18030", "big5", "euc_kr", "cp1252")

_WIDER = {
    "gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "euc_cn": "gb18030",
    "shift_jis": "cp932", "iso2022_jp": "iso2022_jp_ext", "euc_kr": "cp949",
    "big5": "big5hkscs", "ascii": "utf-8", "latin_1": "cp1252", "iso8859_1": "cp1252",
}

_ISO2022_ESCAPE = b"\x1b$"       # JIS X 0208 designation: ISO-2022-JP text, whatever the label

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def normalize(label: str | None) -> str | None:
    """The Python codec for a charset label (widened to its superset), or None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip('"').lower()).name
    except LookupError:
        return None
    name = name.replace("-", "_")
    wider = _WIDER.get(name)
    return wider or codecs.lookup(name).name


def bom_encoding(head: bytes) -> str | None:
    """The encoding announced by a byte-order mark at the start of ``head``."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    return None


def looks_binary(head: bytes) -> bool:
    """True when the first bytes hold a NUL (and no UTF-16/32 BOM explains it)."""
    return b"\x00" in head[:BINARY_PROBE] and bom_encoding(head) is None


def is_utf8(sample: bytes) -> bool:
    """True when ``sample`` is valid UTF-8, allowing a character cut off at its end."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return True


def detect(sample: bytes) -> str:
    """The most likely encoding of ``sample``: BOM, else UTF-8, else the best candidate."""
    bom = bom_encoding(sample)
    if bom:
        return bom
    if _ISO2022_ESCAPE in sample:
        return "iso2022_jp_ext"
    if is_utf8(sample):
        return "utf-8"
    best = charset_normalizer.from_bytes(sample, cp_isolation=list(CANDIDATES)).best()
    return normalize(best.encoding) if best else "utf-8"  # type: ignore[return-value]


def decode(data: bytes, label: str | None = None) -> str:
    """Decode ``data``: declared label if it fits, else detection; bad bytes become U+FFFD."""
    declared = normalize(label)
    if declared == "utf-8" and _ISO2022_ESCAPE in data:
        declared = None                                    # 7-bit ISO-2022-JP labelled as ASCII
    if declared:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            if declared != "utf-8":
                return data.decode(declared, "replace")   # a wrong label beats a wild guess
    return data.decode(detect(data[:SAMPLE_SIZE]), "replace")
