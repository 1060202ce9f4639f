"""piiscan's detectors: custom recognizers and a registry on top of presidio-analyzer."""

from recognizers import _offline

_offline.install()

from recognizers.engine import Detection, Detector  # noqa: E402

__all__ = ["Detection", "Detector"]
