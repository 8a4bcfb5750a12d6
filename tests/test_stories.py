"""Small stories from fields the development set does not cover, scanned with no rules: the
disagreements an editor would flag are found, and nothing else is raised. Each story's
articles are in tests/fixtures/stories/<story>/ (general news Arabic written for the tests).
"""

from pathlib import Path

import pytest

from factcheck.run.engine import scan

STORIES = Path(__file__).resolve().parent / "fixtures" / "stories"


def serious(story: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(check, severity, quoted words) of every warning and error of the story's scan."""
    report = scan([STORIES / story], [], [])
    text = {c.id: c.text for c in report.claims}
    return sorted((f.check, f.severity, tuple(sorted(text[c] for c in f.claims)))
                  for f in report.findings if f.severity in ("warning", "error"))


def test_election_turnout_disagrees_but_two_candidates_shares_do_not():
    # 52% and 45% are two candidates' shares; 120 and 85 seats two parties': never one fact
    assert serious("election") == [
        ("cross-source-conflict", "warning", ("48%", "61%"))]


def test_economy_an_exchange_rate_disagrees_but_two_months_inflation_do_not():
    assert serious("economy") == [
        ("cross-source-conflict", "warning", ("47 جنيها", "50.5 جنيه"))]


def test_floods_a_later_lower_toll_is_an_error_while_a_forecast_and_a_breakdown_are_not():
    [falling] = serious("floods")
    assert falling == ("falling-tally", "error", ("1800 قتيل", "2300 قتيل"))


@pytest.mark.parametrize("story", ["election", "economy", "floods"])
def test_no_story_raises_a_finding_on_a_forecast(story):
    report = scan([STORIES / story], [], [])
    forecasts = {c.id for c in report.claims if c.role == "forecast"}
    assert not any(forecasts & set(f.claims) for f in report.findings
                   if f.severity in ("warning", "error"))
