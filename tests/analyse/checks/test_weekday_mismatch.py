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


def _story(tmp_path, articles: dict[str, str]):
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = scan([tmp_path], [], [])
    (finding,) = [f for f in report.findings if f.check == "weekday-mismatch"]
    claims = {c.id: c for c in report.claims}
    return finding, [claims[c] for c in finding.claims]


MISTYPED = ("---\npublished: 2025-02-16\n---\nانفجار في مصنع\n"
            "وقع الانفجار صباح السبت 16 شباط في المنطقة الصناعية.\n")
SAME_SATURDAY = ("---\npublished: 2025-02-15\n---\nانفجار في مصنع\n"
                 "وقع انفجار في مصنع بالمنطقة الصناعية صباح اليوم السبت.\n")


def test_other_sources_that_date_the_stated_weekday_are_quoted(tmp_path):
    # 16 February 2025 was a Sunday; another outlet dates the explosion «اليوم السبت» on
    # Saturday 15 February: the finding quotes it as the source for that Saturday.
    finding, claims = _story(tmp_path, {"a.txt": MISTYPED, "b.txt": SAME_SATURDAY})
    assert [(c.article, c.text) for c in claims] == [("a", "السبت 16 شباط"), ("b", "اليوم السبت")]
    assert finding.suggestion == "2025-02-15"
    assert "a Saturday another source dates too (b line 5)" in finding.message


def test_a_source_for_another_day_or_weekday_is_not_quoted(tmp_path):
    other_days = ("---\npublished: 2025-02-17\n---\nانفجار في مصنع\n"
                  "أعلنت الوزارة أمس الأحد حصيلة الانفجار، وزار الوزير المصنع يوم السبت 8 شباط.\n")
    finding, claims = _story(tmp_path, {"a.txt": MISTYPED, "b.txt": other_days})
    assert [c.article for c in claims] == ["a"]
    assert finding.message.endswith("The nearest Saturday is 15 February 2025.")


def test_the_finding_keeps_its_id_whether_or_not_another_source_backs_it(tmp_path):
    # A baseline that accepted the mistyped date still accepts it when a new article
    # quoting the same Saturday joins the corpus.
    alone, _ = _story(tmp_path, {"a.txt": MISTYPED})
    backed, _ = _story(tmp_path, {"b.txt": SAME_SATURDAY})
    assert alone.id == backed.id and backed.evidence == 1


def test_when_more_sources_write_the_date_with_its_own_weekday_the_weekday_is_the_slip(tmp_path):
    # 15 November 2025 was a Saturday: «الأحد 15 نوفمبر» has the wrong weekday, not the
    # wrong day, when two other outlets write «السبت 15 تشرين الثاني»
    sunday = ("---\npublished: 2025-11-16\n---\nهدنة\n"
              "دخلت الهدنة حيز التنفيذ صباح الأحد 15 نوفمبر في البلاد.\n")
    saturday = ("---\npublished: 2025-11-16\n---\nهدنة\n"
                "دخلت الهدنة حيز التنفيذ صباح السبت 15 تشرين الثاني في البلاد.\n")
    finding, claims = _story(tmp_path, {"a.txt": sunday, "b.txt": saturday, "c.txt": saturday})
    assert finding.suggestion == "2025-11-15"
    assert "but 2 other sources date 15 November 2025 as a Saturday (b line 5, c line 5)" in (
        finding.message)
    assert "the weekday is the likelier slip" in finding.message


def test_sources_dating_another_event_on_the_written_day_do_not_make_it_a_weekday_slip(tmp_path):
    # a night fire «مساء الخميس 14 تشرين الثاني» (the 14th was a Friday): two outlets give
    # the toll announced «اليوم الجمعة», the 14th, which dates the announcement, not the fire
    fire = ("---\npublished: 2025-11-15\n---\nحريق\n"
            "اندلع الحريق مساء الخميس 14 تشرين الثاني في المستشفى.\n")
    toll = ("---\npublished: 2025-11-14\n---\nحريق\n"
            "أعلنت الوزارة اليوم الجمعة حصيلة الحريق في المستشفى.\n")
    finding, _ = _story(tmp_path, {"a.txt": fire, "b.txt": toll, "c.txt": toll})
    assert finding.suggestion == "2025-11-13" and "likelier slip" not in finding.message


def test_a_yearless_date_in_an_undated_article_is_read_in_the_storys_year(tmp_path):
    # The article has no date and its «30 يونيو» no year, but it reports its own day
    # («اليوم الاثنين»); every other date of the story is of June 2025, when 30 June was a
    # Monday, not a Sunday.
    dated = ("---\npublished: 2025-06-18\n---\nصفقة طائرات\n"
             "وقعت الخطوط الجوية صفقة لشراء 16 طائرة يوم الثلاثاء 17 يونيو 2025 في باريس.\n")
    undated = ("---\npublished: null\n---\nصفقة طائرات\n"
               "قالت الخطوط الجوية اليوم الاثنين إن وفدا من الشركة المصنعة يزور بغداد يوم "
               "الأحد 30 يونيو لبحث صفقة الطائرات.\n")
    finding, claims = _story(tmp_path, {"a.txt": dated, "b.txt": undated})
    assert [(c.article, c.text) for c in claims] == [("b", "يوم الأحد 30 يونيو")]
    assert finding.severity == "warning" and finding.suggestion == "2025-06-30"
    assert "in 2025, the year of the story's other dates" in finding.message


def test_the_storys_year_is_that_of_its_present_not_of_its_deadlines(tmp_path):
    # The law was passed in November 2025 and takes effect in 2026: most of the story's
    # dates are 2026's, but the days its articles report as their own are 2025's, when
    # 18 November was a Tuesday.
    passed = ("---\npublished: 2025-11-19\n---\nقانون التقاعد\n"
              "صادق البرلمان أمس الثلاثاء على قانون التقاعد الذي يدخل حيز التنفيذ في 1 يناير "
              "2026.\n")
    union = ("---\npublished: 2025-11-20\n---\nقانون التقاعد\n"
             "قال الاتحاد اليوم الخميس إن قانون التقاعد الذي يدخل حيز التنفيذ في 1 يناير 2026 "
             "يرفع سن التقاعد، وإن الزيادة الثانية تبدأ في 1 مارس 2026.\n")
    undated = ("---\npublished: null\n---\nقانون التقاعد\n"
               "قال الاتحاد اليوم الخميس إن البرلمان أقر قانون التقاعد مساء الأربعاء 18 تشرين "
               "الثاني.\n")
    finding, _ = _story(tmp_path, {"a.txt": passed, "b.txt": union, "c.txt": undated})
    assert "18 November 2025 was a Tuesday, not a Wednesday" in finding.message


def test_an_undated_article_that_names_no_day_of_its_own_may_be_another_years(tmp_path):
    # no «اليوم …»: it may recall an earlier event of the same kind and place
    dated = ("---\npublished: 2025-06-18\n---\nصفقة طائرات\n"
             "وقعت الخطوط الجوية صفقة لشراء 16 طائرة يوم الثلاثاء 17 يونيو 2025 في باريس.\n")
    undated = ("---\npublished: null\n---\nصفقة طائرات\n"
               "ويزور وفد من الشركة المصنعة بغداد يوم الأحد 30 يونيو لبحث صفقة الطائرات.\n")
    for name, text in {"a.txt": dated, "b.txt": undated}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = scan([tmp_path], [], [])
    assert len(report.stories) == 1
    assert [f for f in report.findings if f.check == "weekday-mismatch"] == []


def test_a_yearless_date_of_a_story_over_two_years_is_left_alone(tmp_path):
    first = ("---\npublished: 2024-12-30\n---\nصفقة طائرات\n"
             "وقعت الخطوط الجوية صفقة لشراء 16 طائرة يوم الاثنين 30 ديسمبر 2024 في باريس.\n")
    second = ("---\npublished: 2025-01-02\n---\nصفقة طائرات\n"
              "وتسلمت الخطوط الجوية أول طائرة يوم الخميس 2 يناير 2025 في باريس.\n")
    # 29 December was a Sunday in 2024 and a Monday in 2025: no one year to read it in
    undated = ("---\npublished: null\n---\nصفقة طائرات\n"
               "قالت الخطوط الجوية اليوم الاثنين إن وفدا من الشركة المصنعة يزور بغداد يوم "
               "الأحد 29 ديسمبر لبحث صفقة الطائرات.\n")
    for name, text in {"a.txt": first, "b.txt": second, "c.txt": undated}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = scan([tmp_path], [], [])
    assert len(report.stories) == 1
    assert [f for f in report.findings if f.check == "weekday-mismatch"] == []


def test_a_quote_across_a_hard_line_wrap_is_one_line_in_the_message(tmp_path):
    (tmp_path / "a.txt").write_text("---\npublished: 2025-04-14\n---\nتقرير\nوافتتحت المحطة يوم\n"
                                    "الخميس 9 نيسان الجاري.\n", encoding="utf-8")
    report = scan([tmp_path], [], [])
    [finding] = [f for f in report.findings if f.check == "weekday-mismatch"]
    assert "\n" not in finding.message and "«يوم الخميس 9 نيسان" in finding.message
