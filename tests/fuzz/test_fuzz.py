"""Fuzzing in the suite (issue 15.7): generated Arabic news — every digit set, month
system, weekday, qualifier, number and scale word, percent sign and currency, broken
front matter, CRLF/BOM, control characters and bidi marks, very long tokens and runs —
through extraction and through a whole scan. No exception may escape, and no article may
take anywhere near the hang guard. Modest here (100 examples a test); the 10,000-input
campaign is tests/fuzz/campaign.py, and what it ever found is in
tests/extract/test_fuzz_regressions.py."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz.arabic_news import article_file, article_text
from fuzz.harness import HANG_GUARD, extract_one, scan_files

FUZZ = settings(max_examples=100, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.large_base_example])


@FUZZ
@given(article_text())
def test_extraction_never_raises_and_never_hangs(text):
    assert extract_one(text) < HANG_GUARD


@FUZZ
@given(st.lists(article_file(), min_size=1, max_size=4))
def test_a_scan_never_raises_and_never_hangs(files):
    assert scan_files(files) < HANG_GUARD * len(files) + HANG_GUARD
