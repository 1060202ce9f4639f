"""Keep tldextract (used by Presidio's e-mail and URL recognizers) on its bundled suffix list.

By default ``tldextract`` fetches the public suffix list over the network and caches it on
disk. Scans must not do I/O from recognizers, so the module-level extractor is replaced with
one that only reads the snapshot shipped inside the package.
"""

from __future__ import annotations

import tldextract
import tldextract.tldextract as _impl

OFFLINE_EXTRACTOR = _impl.TLDExtract(suffix_list_urls=(), cache_dir=None)


def install() -> None:
    """Point ``tldextract.extract`` and the module default extractor at the offline one (idempotent)."""
    _impl.TLD_EXTRACTOR = OFFLINE_EXTRACTOR
    _impl.extract = OFFLINE_EXTRACTOR
    tldextract.extract = OFFLINE_EXTRACTOR
