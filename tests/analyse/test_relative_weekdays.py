"""A relative date that states its weekday («مساء أمس الخميس») is checked against the day
it resolves to (issue 16, item 5). extract/dates.py keeps the stated weekday on the resolved
value and says whether it fits (`stated_weekday_conflict`); the check itself belongs to
analyse/ (check.py, moving to analyse/checks/), which today skips every relative date.
"""

from __future__ import annotations

import pytest

from factcheck.extract.dates import Reference, find_dates, stated_weekday_conflict
from factcheck.extract.normalize import normalize
from factcheck.run.engine import scan

# 9 September 2023 was a Saturday: yesterday was a Friday.
SATURDAY = Reference(2023, 9, 9)


@pytest.mark.parametrize("phrase, actual", [
    ("ضرب الزلزال مساء أمس الخميس المنطقة", 4),   # stated Thursday, was a Friday
    ("ضرب الزلزال مساء أمس الجمعة المنطقة", None),  # right
    ("قالت الوزارة اليوم الأحد إن", 5),             # today is a Saturday
    ("قالت الوزارة اليوم السبت إن", None),
])
def test_the_resolved_day_keeps_its_stated_weekday(phrase, actual):
    text = normalize(phrase).text
    (match,) = find_dates(text, SATURDAY)
    assert match.value.relative and match.value.weekday is not None
    assert stated_weekday_conflict(match.value) == actual


def test_no_conflict_without_a_resolved_day():
    (match,) = find_dates(normalize("ضرب الزلزال مساء أمس الخميس").text)
    assert stated_weekday_conflict(match.value) is None


def test_a_relative_date_on_the_wrong_weekday_is_reported(tmp_path):
    (tmp_path / "a.txt").write_text(
        "---\npublished: 2023-09-09\n---\nخبر\nضرب زلزال عنيف مساء أمس الخميس المنطقة.\n",
        encoding="utf-8")
    report = scan([tmp_path], [], [])
    found = [f for f in report.findings if f.check == "weekday-mismatch"]
    assert len(found) == 1 and "Friday" in found[0].message
