"""weekday-mismatch: a date whose stated weekday the calendar contradicts."""

import pytest

from factcheck.run.engine import scan


@pytest.mark.parametrize("text, suggestion", [
    # 6 February 2023 was a Monday: the weekday is right, nothing to report
    ("وقع الزلزال فجر الاثنين 6 فبراير 2023 في المنطقة.", None),
    # 7 February 2023 was a Tuesday, not a Monday
    ("وقع الزلزال فجر الاثنين 7 شباط 2023 في المنطقة.", "2023-02-06"),
])
def test_weekday_checked_against_the_calendar(tmp_path, text, suggestion):
    (tmp_path / "a.txt").write_text("خبر\n" + text + "\n", encoding="utf-8")
    report = scan([tmp_path], [], [])
    found = [f for f in report.findings if f.check == "weekday-mismatch"]
    if suggestion is None:
        assert not found
    else:
        (finding,) = found
        assert finding.severity == "error" and finding.suggestion == suggestion
        assert "Tuesday" in finding.message and "Monday" in finding.message
