"""One problem, one finding: an article's arithmetic joins the self-contradiction it backs."""

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
