"""interval-mismatch: a day said to be so many days after another that the text dates."""

from checks_support import article, findings, report_of


def test_two_days_after_a_session_five_days_before_is_a_slip(tmp_path):
    [finding] = findings(report_of(tmp_path, a=article(
        "عاد المجلس للانعقاد الاثنين 11 أيار، بعد يومين فقط من جلسة الأربعاء 6 أيار التي "
        "رفعت لعدم اكتمال النصاب.", "2026-05-12")), "interval-mismatch")
    assert "came 2 day(s) after 6 May 2026" in finding.message
    assert "they are 5 day(s) apart" in finding.message


def test_a_week_before_is_counted_the_other_way(tmp_path):
    assert findings(report_of(tmp_path, a=article(
        "وصل الوفد الأحد 3 أيار، قبل أسبوع من القمة المقررة الأحد 10 أيار.", "2026-05-03")),
        "interval-mismatch") == []


def test_a_day_of_another_clause_is_not_what_the_interval_counts_from(tmp_path):
    # the session's day follows a comma: it is what was announced, not the accident's day
    assert findings(report_of(tmp_path, a=article(
        "أعلنت الوزارة الاثنين 4 أيار، بعد يومين من الحادث، أن موعد الجلسة الأربعاء 13 أيار.",
        "2026-05-05")), "interval-mismatch") == []
