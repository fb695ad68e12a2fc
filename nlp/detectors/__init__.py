"""Detectors: every source of signals (rules, models, future backends) plugs in here."""

from .base import Detector, DetectorRegistry, registry

__all__ = ["Detector", "DetectorRegistry", "registry"]
