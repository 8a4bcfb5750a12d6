"""lone-date: one source dates an event on another day than several sources that agree."""

from checks_support import article, findings, report_of

AGREED = "وتبدأ الأمانة تطبيق الأجرة الجديدة للحافلات اعتبارا من يوم الأحد 14 أيلول."
LONE = "وقالت مصادر إن التسعيرة الجديدة للحافلات ستطبق ابتداء من {}."


def _lone_dates(tmp_path, **bodies):
    return findings(report_of(tmp_path, **{name: article(body, "2025-09-10")
                                          for name, body in bodies.items()}), "lone-date")


def test_a_day_no_other_source_gives_against_two_that_agree_is_named(tmp_path):
    (found,) = _lone_dates(tmp_path, amman=AGREED, mashreq=AGREED,
                           atlas=LONE.format("فاتح أكتوبر المقبل"))
    assert found.severity == "warning"
    assert found.claims[0].startswith("atlas:")
    assert found.suggestion == "2025-09-14"
    assert ("atlas dates the start 2025-10-01 (line 4: «فاتح أكتوبر المقبل») where 2 other "
            "sources give 2025-09-14" in found.message)


def test_one_source_against_one_is_not_enough(tmp_path):
    assert _lone_dates(tmp_path, amman=AGREED, atlas=LONE.format("فاتح أكتوبر المقبل")) == []


def test_a_day_another_source_also_gives_is_another_event(tmp_path):
    assert _lone_dates(tmp_path, amman=AGREED, mashreq=AGREED,
                       atlas=LONE.format("فاتح أكتوبر المقبل"),
                       nile=LONE.format("الأول من أكتوبر المقبل")) == []


def test_an_article_that_also_gives_the_agreed_day_knows_it(tmp_path):
    both = LONE.format("فاتح أكتوبر المقبل") + "\n" + AGREED
    assert _lone_dates(tmp_path, amman=AGREED, mashreq=AGREED, atlas=both) == []


def test_a_day_months_away_is_another_event(tmp_path):
    assert _lone_dates(tmp_path, amman=AGREED, mashreq=AGREED,
                       atlas=LONE.format("فاتح ديسمبر المقبل")) == []


def test_a_sentence_about_something_else_is_left_alone(tmp_path):
    other = "وقالت مصادر إن امتحانات المدارس ستنطلق ابتداء من فاتح أكتوبر المقبل."
    assert _lone_dates(tmp_path, amman=AGREED, mashreq=AGREED, atlas=other) == []
