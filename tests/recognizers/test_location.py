"""Coordinates."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, spans, context", [
    ("at 35.6895, 139.6917 now", ["35.6895, 139.6917"], ()),
    ("gps=35.68,139.69", ["35.68,139.69"], ()),
    ('{"lat": 35.689487, "lng": 139.691706}', ["35.689487", "139.691706"], ()),
    ("35°41'22\"N 139°41'30\"E", ["35°41'22\"N 139°41'30\"E"], ()),
    ("-33.8688", ["-33.8688"], ("latitude",)),
    ("price 12.99, 13.50", [], ()),
    ("latency 35.6895 ms", [], ()),
    ("version 35.68", [], ()),
])
def test_location(expect, text, spans, context):
    expect(text, "LOCATION", spans, context)
