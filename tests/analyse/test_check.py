"""Comparison semantics, time frames and internal checks, on articles written for the test."""

from pathlib import Path

import pytest

from factcheck.model import DateValue, Quantity, TimeFrame
from factcheck.run.engine import read_rules, scan

ROOT = Path(__file__).resolve().parents[2]


# ------------------------------------------------------------ intervals and granularity

@pytest.mark.parametrize("a, b, agree", [
    (Quantity.exact(2500), Quantity.exact(2500), True),
    (Quantity.exact(2500), Quantity.exact(1500), False),
    (Quantity(21, None), Quantity.exact(22), True),            # أكثر من عشرين vs 22
    (Quantity(21, None), Quantity.exact(20), False),
    (Quantity(300, 900), Quantity.exact(500), True),            # بضع مئات vs 500
    (Quantity(900, 900, approximate=True), Quantity.exact(940), True),   # نحو 900 (±5%)
    (Quantity(900, 900, approximate=True), Quantity.exact(1500), False),
    (Quantity(None, 99), Quantity.exact(100), False),           # أقل من 100
])
def test_quantities_agree_when_their_intervals_overlap(a, b, agree):
    assert a.overlaps(b) is agree and b.overlaps(a) is agree


def test_quantity_tolerance_is_relative():
    assert Quantity.exact(2500).overlaps(Quantity.exact(2600), tolerance=0.05)
    assert not Quantity.exact(2500).overlaps(Quantity.exact(3500), tolerance=0.05)


def d(y=None, m=None, day=None, gran=None):
    gran = gran or ("day" if day else "month" if m else "year")
    return DateValue(y, m, day, gran)


@pytest.mark.parametrize("a, b, agree", [
    (d(2021), d(2021, 12, 31), True),               # year contains the day
    (d(2021, 12), d(2021, 12, 31), True),
    (d(None, 12, 31), d(2021, 12, 31), True),       # yearless agrees with any year
    (d(None, 12, 31), d(None, 11, 30), False),
    (d(2021, 12, 31), d(2022, 12, 31), False),
    (d(None, None, 31), d(2021, 12, 31), True),     # "31 of the current month", month unknown
    (d(2020), d(2021, 12, 31), False),
])
def test_dates_agree_when_every_known_part_agrees(a, b, agree):
    assert a.compatible(b) is agree and b.compatible(a) is agree


def test_yearless_dates_export_in_iso_yearless_form():
    assert d(None, 12, 31).bounds() == ("--12-31", "--12-31")
    assert d(None, 7).bounds() == ("--07", "--07")
    assert d(2021).bounds() == ("2021-01-01", "2021-12-31")
    assert d(2021, 2).bounds() == ("2021-02-01", "2021-02-28")
    assert not d(None, 12, 31).resolved and d(2021, 12, 31).resolved


def test_time_frames_overlap():
    assert TimeFrame(2020, 2022, "").overlaps(TimeFrame(2021, 2021, ""))
    assert not TimeFrame(2024, 2026, "").overlaps(TimeFrame(2021, 2021, ""))


# ------------------------------------------------------------ scenarios on new articles

def corpus_with(tmp_path, **extra_articles):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for src in (ROOT / "corpus").glob("*.txt"):
        (folder / src.name).write_bytes(src.read_bytes())
    for name, text in extra_articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def scan_with_rules(folder):
    rules, files = read_rules([ROOT / "rules"])
    return scan([folder], rules, files)


NEW_TOTAL = """القوات الأمريكية تبقى في العراق
قال مسؤول إن الولايات المتحدة تنشر {n} جندي في العراق، مع اقتراب نهاية العام الجاري 2021.
"""


def test_a_new_article_with_another_troop_total_is_a_conflict(tmp_path):
    report = scan_with_rules(corpus_with(tmp_path, new=NEW_TOTAL.format(n="3500")))
    topic = next(t for t in report.topics if t.id == "us-troops-iraq")
    assert topic.status == "conflict"
    (finding,) = [f for f in report.findings if f.check == "cross-source-conflict"]
    assert finding.severity == "error" and "new" in finding.articles
    assert "3,500" in finding.message and "2,500" in finding.message


def test_a_new_article_that_agrees_adds_no_finding(tmp_path):
    report = scan_with_rules(corpus_with(tmp_path, new=NEW_TOTAL.format(n="2500")))
    assert not [f for f in report.findings if f.check == "cross-source-conflict"]


def test_about_the_same_figure_written_in_words_agrees(tmp_path):
    text = NEW_TOTAL.format(n="ألفين وخمسمئة").replace("تنشر", "تنشر نحو")
    report = scan_with_rules(corpus_with(tmp_path, new=text))
    assert not [f for f in report.findings if f.check == "cross-source-conflict"]


def test_a_conflicting_figure_from_another_period_is_not_compared(tmp_path):
    later = """تقليص القوات
أعلنت واشنطن اليوم الاثنين 6 يناير 2031 أن الولايات المتحدة تنشر 3500 جندي في العراق.
"""
    report = scan_with_rules(corpus_with(tmp_path, later=later))
    topic = next(t for t in report.topics if t.id == "us-troops-iraq")
    assert topic.status == "consistent"
    assert any(cid.startswith("later:") for cid in topic.other_frame)
    assert not [f for f in report.findings if f.check == "cross-source-conflict"]


def test_a_different_deadline_in_the_same_year_conflicts(tmp_path):
    text = """موعد الانسحاب
وأكد المتحدث أن انسحاب القوات القتالية سيكتمل بحلول 30 تشرين الثاني/ نوفمبر 2021.
"""
    report = scan_with_rules(corpus_with(tmp_path, other=text))
    topic = next(t for t in report.topics if t.id == "withdrawal-deadline")
    assert topic.status == "conflict"


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


def test_a_year_after_since_does_not_date_the_article(tmp_path):
    """'the largest since 1999' is background: the article is still compared with today's."""
    (tmp_path / "a.txt").write_text(
        "خبر\nأعلنت الوزارة اليوم الاثنين 6 فبراير 2023 أن الفيضانات أودت بحياة 120 شخصا في المدينة.\n",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "خبر\nهذه أسوأ فيضانات منذ عام 1999، وقد أودت بحياة 300 شخص في المدينة.\n",
        encoding="utf-8")
    report = scan([tmp_path], [], [])
    assert report.time_frames["b"] is None
    # Compared, not set aside as another era: a death toll whose order cannot be told.
    (finding,) = report.findings
    assert finding.check == "evolving-tally" and finding.articles == ("a", "b")
    assert "cannot tell an update from a conflict" in finding.message


# ------------------------------------------------------------ large topics, same answers

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from factcheck.analyse.check import _MAX_PAIRS_SHOWN, _article_conflict, _conflicting_pairs  # noqa: E402
from factcheck.model import Claim, Span  # noqa: E402


def _claim(article: str, n: int, value) -> Claim:
    return Claim(id=f"{article}:x{n}", article=article, kind="quantity" if isinstance(value, Quantity) else "date",
                 text="", sentence="", span=Span(n, n + 1, 1, n + 1), value=value)


def _every_pair(articles, claims_of, tolerance):
    pairs = []
    for i, a in enumerate(articles):
        for b in articles[i + 1:]:
            pair = _article_conflict(claims_of[a], claims_of[b], tolerance)
            if pair:
                pairs.append(pair)
    return pairs[:_MAX_PAIRS_SHOWN]


quantities = st.builds(lambda lo, width, about: Quantity(lo, lo + width, approximate=about),
                       st.integers(0, 60), st.integers(0, 15), st.booleans())
dates = st.builds(lambda y, m, day: DateValue(y, m, day, "day" if day else "month" if m else "year"),
                  st.sampled_from([2020, 2021, None]), st.one_of(st.none(), st.integers(11, 12)),
                  st.one_of(st.none(), st.integers(29, 31)))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.one_of(quantities), min_size=1, max_size=3), min_size=2, max_size=30),
       st.sampled_from([0.0, 0.05]))
def test_sorted_partner_search_finds_the_pairs_a_full_scan_finds_for_figures(values, tolerance):
    articles = [f"a{i:02d}" for i in range(len(values))]
    claims_of = {a: [_claim(a, n, v) for n, v in enumerate(vs)] for a, vs in zip(articles, values)}
    assert _conflicting_pairs(articles, claims_of, {}, tolerance) == _every_pair(articles, claims_of, tolerance)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(dates.filter(lambda v: v.year or v.month or v.day), min_size=1, max_size=3),
                min_size=2, max_size=30))
def test_sorted_partner_search_finds_the_pairs_a_full_scan_finds_for_dates(values):
    articles = [f"a{i:02d}" for i in range(len(values))]
    claims_of = {a: [_claim(a, n, v) for n, v in enumerate(vs)] for a, vs in zip(articles, values)}
    assert _conflicting_pairs(articles, claims_of, {}, 0.0) == _every_pair(articles, claims_of, 0.0)


# ------------------------------------------------------------ large archives: the collector

from factcheck.analyse.check import _same_event, check  # noqa: E402
from factcheck.analyse.group import group  # noqa: E402
from factcheck.model import Topic  # noqa: E402
from factcheck.analyse.published import infer_publications, with_years_from_publication  # noqa: E402


def test_a_topic_of_one_claim_is_single_source_with_nothing_to_report():
    claim = _claim("a", 1, Quantity.exact(2500))
    topic = Topic(id="auto-x", label="x", kind="quantity", source="auto", status="", claims=(claim.id,),
                  measure="dead")
    (out,), findings = check([topic], [claim], {})
    assert out.status == "single-source" and findings == []


def _dated(article: str, n: int, value: DateValue, sentence: str, event: str | None) -> Claim:
    return Claim(id=f"{article}:d{n}", article=article, kind="date", text="", sentence=sentence,
                 span=Span(n, n + 1, 1, n + 1), value=value, event=event)


SAME_STORY = "افتتح الرئيس الجسر الجديد فوق النهر في العاصمة بحضور الوزراء"


@pytest.mark.parametrize("explicit, relative, same", [
    # the same stated weekday and a couple of shared words: the same event
    (DateValue(2022, 5, 12, "day", weekday=3), DateValue(2022, 5, 28, "day", weekday=3, relative=True), True),
    # no weekday: the event word and most of the sentence must agree
    (DateValue(2022, 5, 12, "day"), DateValue(2022, 5, 28, "day", relative=True), True),
])
def test_an_explicit_and_a_relative_date_of_one_event(explicit, relative, same):
    a = _dated("a", 1, explicit, SAME_STORY, "opening")
    b = _dated("a", 2, relative, SAME_STORY, "opening")
    assert _same_event(a, b) is same


def test_dates_of_different_events_without_a_shared_weekday_are_not_tied_whatever_the_words():
    a = _dated("a", 1, DateValue(2022, 5, 12, "day"), SAME_STORY, "opening")
    b = _dated("a", 2, DateValue(2022, 5, 28, "day", relative=True), SAME_STORY, "visit")
    c = _dated("a", 3, DateValue(2022, 5, 28, "day", relative=True), SAME_STORY, None)
    assert not _same_event(a, b) and not _same_event(a, c)
