"""Crashes `tests/test_fuzz_text.py` found, one test per class, on invented input."""

from __future__ import annotations

import pytest

from pipeline.nlp import dates
from pipeline.stages import clean


@pytest.mark.parametrize(
    "header", ["date 0000-01-01 By Harbor Times", "date 2023-02-31 By Harbor Times", "date 2023-13-45 By Harbor Times"]
)
def test_an_impossible_header_date_is_no_date(header):
    meta = clean.parse_header(header)
    assert meta is not None and meta["published"] is None


@pytest.mark.parametrize(
    "text,published,future",
    [
        ("February 29", "2024-02-10", False),  # moved back to 2023, which has no 29 February
        ("December 31", "9999-12-31", True),
        ("January 2", "9999-12-31", True),  # would be in the year 10000
        ("Monday", "0001-01-01", False),
        ("yesterday", "0001-01-01", False),
        ("tomorrow", "9999-12-31", False),
    ],
)
def test_dates_at_the_edges_of_the_calendar_resolve_or_give_none(text, published, future):
    value = dates.resolve_date(text, published, future=future)
    assert value is None or len(value) == 10
