"""One problem, one finding: an article's arithmetic joins the self-contradiction it backs; a
date two sources disagree on is told once, by the weekday that shows which day is right."""

from tests.analyse.checks.checks_support import article, findings, report_of, serious

TWO_WAYS_AND_ARITHMETIC = article(
    "خسر الجنيه نحو 65% من قيمته مقابل الدولار، إذ ارتفع سعر صرف الدولار إلى 50 جنيها "
    "مقابل 31 جنيها أمس.\nوقال محللون إن الجنيه فقد نحو ثلث قيمته.")


def test_the_arithmetic_joins_the_self_contradiction_on_the_same_figure(tmp_path):
    report = report_of(tmp_path, pound=TWO_WAYS_AND_ARITHMETIC)
    assert findings(report, "change-arithmetic") == []
    (both,) = serious(report)
    assert both.check == "internal-conflict"
    quoted = {c.text for c in report.claims if c.id in both.claims}
    assert quoted == {"نحو 65%", "نحو ثلث قيمته", "50 جنيها", "31 جنيها"}
    assert "contradicts itself" in both.message
    assert "Its own arithmetic disagrees too" in both.message and "38.0% lower" in both.message


def test_arithmetic_alone_stays_its_own_finding(tmp_path):
    report = report_of(tmp_path, pound=article(
        "تراجع الجنيه بنسبة 33% اليوم، إذ ارتفع سعر صرف الدولار إلى 40 جنيها مقابل 30 جنيها أمس."))
    (alone,) = serious(report)
    assert alone.check == "change-arithmetic"


def test_a_mistyped_day_is_told_once_by_its_weekday(tmp_path):
    # «السبت 16 شباط» against two outlets' Saturday 15 February: the weekday finding names
    # the day and quotes them; the same disagreement is not repeated as a cross-source one.
    report = report_of(
        tmp_path,
        a=article("وقع الانفجار صباح السبت 16 شباط 2025 في المنطقة الصناعية.", "2025-02-16"),
        b=article("وقع الانفجار صباح يوم السبت 15 شباط 2025 في المنطقة الصناعية.", "2025-02-16"),
        c=article("وقع الانفجار صباح السبت 15 فبراير 2025 في المنطقة الصناعية.", "2025-02-17"))
    (told,) = serious(report)
    assert told.check == "weekday-mismatch" and told.articles == ("a", "b", "c")
    assert findings(report, "cross-source-conflict") == []


def test_a_date_disagreement_the_weekday_does_not_settle_stays(tmp_path):
    report = report_of(
        tmp_path,
        a=article("وقع الانفجار صباح الأحد 16 شباط 2025 في المنطقة الصناعية.", "2025-02-16"),
        b=article("وقع الانفجار صباح يوم السبت 15 شباط 2025 في المنطقة الصناعية.", "2025-02-16"))
    assert [f.check for f in serious(report)] == ["cross-source-conflict"]
