"""piiscan's detectors: custom recognizers and a registry on top of presidio-analyzer."""

from recognizers.engine import Detection, Detector

__all__ = ["Detection", "Detector"]
