"""piiscan's detectors: custom recognizers and a registry on top of presidio-analyzer.

``Detector`` and ``Detection`` load Presidio on first use, so light modules of this package
(the entity catalogue the policy reads) import without it. Every recognizer builds on
``recognizers.base``, which keeps tldextract offline before any of them runs.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Detection", "Detector"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from recognizers import engine
        return getattr(engine, name)
    raise AttributeError(f"module 'recognizers' has no attribute {name!r}")
