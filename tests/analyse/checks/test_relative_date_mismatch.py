"""relative-date-mismatch: an explicit date against the same article's relative account."""

import pytest

from factcheck.analyse.checks.relative_date_mismatch import _same_event
from factcheck.model import Claim, DateValue, Span
from factcheck.run.engine import scan


def test_explicit_date_contradicting_the_relative_account_of_the_same_event(tmp_path):
    text = """خبر
أعلن الرئيس الخميس عن افتتاح الجسر الجديد قبل ثلاثة أيام من الموعد المحدد في نهاية أيار الجاري.
صورة: الرئيس يفتتح الجسر الجديد الخميس 12 أيار مايو 2022.
"""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    report = scan([tmp_path], [], [])
    # 12 May 2022 was a Thursday, so the caption's weekday is fine; but "three days before
    # the end of May" is 28 May. Which one is wrong the text cannot tell: a warning, no guess.
    (finding,) = [f for f in report.findings if f.check == "relative-date-mismatch"]
    assert finding.severity == "warning" and finding.suggestion is None
    assert "28 May 2022" in finding.message


def _dated(article: str, n: int, value: DateValue, sentence: str, event: str | None) -> Claim:
    return Claim(id=f"{article}:d{n}", article=article, kind="date", text="", sentence=sentence,
                 span=Span(n, n + 1, 1, n + 1), value=value, event=event)


SAME_STORY = "افتتح الرئيس الجسر الجديد فوق النهر في العاصمة بحضور الوزراء"
SAME_STORY_CAPTION = "صورة: الرئيس يفتتح الجسر الجديد فوق النهر في العاصمة بحضور الوزراء"


@pytest.mark.parametrize("explicit, relative, same", [
    # the same stated weekday and a couple of shared words: the same event
    (DateValue(2022, 5, 12, "day", weekday=3), DateValue(2022, 5, 28, "day", weekday=3, relative=True), True),
    # no weekday: the event word and most of the sentence must agree
    (DateValue(2022, 5, 12, "day"), DateValue(2022, 5, 28, "day", relative=True), True),
])
def test_an_explicit_and_a_relative_date_of_one_event(explicit, relative, same):
    a = _dated("a", 1, explicit, SAME_STORY_CAPTION, "opening")
    b = _dated("a", 2, relative, SAME_STORY, "opening")
    assert _same_event(a, b) is same


def test_dates_of_different_events_without_a_shared_weekday_are_not_tied_whatever_the_words():
    a = _dated("a", 1, DateValue(2022, 5, 12, "day"), SAME_STORY, "opening")
    b = _dated("a", 2, DateValue(2022, 5, 28, "day", relative=True), SAME_STORY, "visit")
    c = _dated("a", 3, DateValue(2022, 5, 28, "day", relative=True), SAME_STORY, None)
    assert not _same_event(a, b) and not _same_event(a, c)


def test_two_days_of_one_sentence_are_a_start_and_an_end_not_one_day_twice(tmp_path):
    text = """---
published: 2025-08-18
---
وقالت المنظمة إن عدد الحالات المشتبه بها بلغ 2870 حالة منذ الإعلان عن التفشي في 3 آب/أغسطس وحتى مساء أمس الأحد.
"""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    report = scan([tmp_path], [], [])
    assert [f for f in report.findings if f.check == "relative-date-mismatch"] == []


def test_a_day_written_with_its_month_names_its_own_day(tmp_path):
    # «23 ماي الجاري» writes its day (only the year is the article's): the vote and the
    # run-off are two Saturdays, not one event dated twice.
    text = """---
published: 2026-05-13
---
وأظهرت النتائج الأولية للانتخابات التشريعية التي جرت يوم السبت 9 ماي 2026 تصدر الحزب الحاكم.
وأعلنت اللجنة أن الشوط الثاني من الانتخابات التشريعية سيجرى يوم السبت 23 ماي الجاري.
"""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    report = scan([tmp_path], [], [])
    assert [f for f in report.findings if f.severity != "info"] == []


def test_the_weekday_an_article_names_for_today_ties_no_other_day_to_it(tmp_path):
    # «اليوم السبت» names today; «إلى غاية السبت 27 جويلية» is next Saturday, another day
    text = """---
published: 2024-07-20
---
أصدر الديوان الوطني للأرصاد الجوية، اليوم السبت، نشرية خاصة تحذر من موجة حر شديدة.
وحسب النشرية، تبدأ موجة الحر غد الأحد 21 جويلية وتستمر إلى غاية السبت 27 جويلية.
"""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    report = scan([tmp_path], [], [])
    assert [f for f in report.findings if f.check == "relative-date-mismatch"] == []


def test_tomorrows_weekday_names_tomorrow_only(tmp_path):
    text = """---
published: 2024-07-31
---
أعلنت الوزارة أن نتائج امتحان الثانوية العامة ستعلن غدا الخميس عبر موقعها الإلكتروني.
وعقد امتحان الثانوية العامة خلال الفترة من السبت 22 حزيران إلى الخميس 11 تموز.
"""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    report = scan([tmp_path], [], [])
    assert [f for f in report.findings if f.check == "relative-date-mismatch"] == []


def test_the_day_an_article_gives_as_today_is_not_corrected_by_last_weeks_day(tmp_path):
    # «اليوم الاثنين 29 يناير 2024» is the article's own day; «يوم الاثنين الماضي» is a
    # week earlier, another count
    text = """---
published: 2024-01-29
---
أفاد المكتب الوطني للسلامة الصحية في حصيلة محينة صدرت اليوم الاثنين 29 يناير 2024، بأن عدد البؤر ارتفع إلى 11 بؤرة.
وكان عدد البؤر قد بلغ 9 بؤر يوم الاثنين الماضي، بحسب المكتب الوطني للسلامة الصحية.
"""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    report = scan([tmp_path], [], [])
    assert [f for f in report.findings if f.check == "relative-date-mismatch"] == []


def test_next_saturday_is_not_a_saturday_already_past(tmp_path):
    # the epidemiological week ended on Saturday 7 September; «السبت المقبل» is the 14th, when
    # the spraying campaign starts: two Saturdays, not one misdated
    text = """---
published: 2024-09-10
---
وسجلت عدن 1240 حالة اشتباه بحمى الضنك حتى نهاية الأسبوع الوبائي الـ36 المنتهي السبت 7 سبتمبر.
وتنطلق حملة الرش الضبابي في عدن يوم السبت المقبل بمشاركة 120 فريقا، وفق مكتب الصحة في عدن.
"""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    report = scan([tmp_path], [], [])
    assert [f for f in report.findings if f.check == "relative-date-mismatch"] == []


def test_a_date_its_own_weekday_confirms_is_not_corrected_by_another_such_weekday(tmp_path):
    # 2 August 2025 was a Saturday: the fish first seen then, and the collection that ended
    # on the article's «السبت» (9 August) are two Saturdays
    text = """---
published: 2025-08-10
---
وأعلنت المندوبية الجهوية، السبت، انتهاء عمليات رفع الأسماك النافقة من البحيرة.
وكان الصيادون قد لاحظوا الأسماك النافقة صباح السبت 2 أوت في البحيرة.
"""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    report = scan([tmp_path], [], [])
    assert [f for f in report.findings if f.check == "relative-date-mismatch"] == []
