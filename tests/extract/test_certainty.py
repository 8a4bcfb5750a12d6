"""How certain a figure is, and the rounding it was written with (issue 16)."""

from __future__ import annotations

import pytest

from factcheck.model import APPROXIMATE_SLACK, Quantity

N = None

# Hand-built quantities: (a, b, can both hold)
AGREE = [
    # a rounding is a half-open interval: 38 holds 38.3; 7.7 and 7.8 never round one value
    (Quantity(38, 38, precision=0.5), Quantity(38.3, 38.3, precision=0.05), True),
    (Quantity(31, 31, precision=0.5), Quantity(30.85, 30.85, precision=0.005), True),
    (Quantity(30.8, 30.8, precision=0.05), Quantity(30.85, 30.85, precision=0.005), True),
    (Quantity(30.9, 30.9, precision=0.05), Quantity(30.85, 30.85, precision=0.005), True),
    (Quantity(30.8, 30.8, precision=0.05), Quantity(30.9, 30.9, precision=0.05), False),
    (Quantity(7.7, 7.7, precision=0.05), Quantity(7.8, 7.8, precision=0.05), False),
    # an approximate figure has modest room, not 10%: «نحو 46» is not 49.5
    (Quantity(46, 46, True, precision=0.5), Quantity(49.5, 49.5, precision=0.05), False),
    (Quantity(900, 900, True), Quantity.exact(940), True),
    (Quantity(900, 900, True), Quantity.exact(960), False),
    # exact counts
    (Quantity.exact(2500), Quantity.exact(2501), False),
    (Quantity.exact(2500), Quantity.exact(2500), True),
    (Quantity(50_000, 50_000, precision=500), Quantity.exact(50_400), True),
    (Quantity(50_001, N), Quantity.exact(50_303), True),
    (Quantity(N, 20), Quantity.exact(25), False),
]


@pytest.mark.parametrize("a, b, agree", AGREE)
def test_quantities_agree_within_their_rounding(a, b, agree):
    assert a.overlaps(b) is agree and b.overlaps(a) is agree


def test_approximate_slack_is_modest():
    assert APPROXIMATE_SLACK == 0.05
    about = Quantity(100, 100, approximate=True)
    assert about.overlaps(Quantity.exact(105)) and not about.overlaps(Quantity.exact(106))


def test_certainty_of_quantities_built_by_hand():
    assert Quantity.exact(5).certainty == "exact"
    assert Quantity(5, 5, True).certainty == "approximate"
    assert Quantity(5, None).certainty == "lower"
    assert Quantity(None, 5).certainty == "upper"
    assert Quantity(3, 5).certainty == "range"
    assert Quantity(20, 99, True, vague=True).certainty == "vague"
