"""A weekday stated with a Hijri date is checked against Umm al-Qura, allowing the one day
that moon sighting may move the month's start; further off is an error."""

import pytest

from factcheck.run.engine import scan


@pytest.mark.parametrize("weekday, error", [
    ("الأربعاء", False),  # 10 Dhu al-Hijjah 1444 was Wednesday 28 June 2023 (Umm al-Qura)
    ("الخميس", False),  # a day later: where the month began a day later by moon sighting
    ("الجمعة", True),  # two days off: no calendar makes that right
])
def test_a_weekday_on_a_hijri_date(tmp_path, weekday, error):
    (tmp_path / "a.txt").write_text(f"احتفل المسلمون يوم {weekday} 10 ذو الحجة 1444 هـ بعيد الأضحى.\n",
                                    encoding="utf-8")
    report = scan([tmp_path], [], [])
    weekday_errors = [f for f in report.findings if f.check == "weekday-mismatch"]
    assert bool(weekday_errors) is error
