"""Comparing a topic's claims (analyse/checks/compare.py): intervals and granularity,
time frames, the sorted search for conflicting pairs, and which figures are one fact."""


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks_support import article, report_of, serious, topic_of
from factcheck.analyse.checks.base import MAX_PAIRS_SHOWN
from factcheck.analyse.checks.compare import _article_conflict, _conflicting_pairs
from factcheck.analyse.checks.runner import check
from factcheck.model import Claim, DateValue, Quantity, Span, TimeFrame, Topic
from factcheck.run.engine import scan


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


# ------------------------------------------------------------ time frames

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
    return pairs[:MAX_PAIRS_SHOWN]


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


def test_a_topic_of_one_claim_is_single_source_with_nothing_to_report():
    claim = _claim("a", 1, Quantity.exact(2500))
    topic = Topic(id="auto-x", label="x", kind="quantity", source="auto", status="", claims=(claim.id,),
                  measure="dead")
    (out,), findings = check([topic], [claim], {})
    assert out.status == "single-source" and findings == []


# ---------------------------------------------------------------- different facts

@pytest.mark.parametrize("later", [
    "قتل 12 شخصا في مصر جراء العاصفة.",      # another country
    "أصيب 12 شخصا في ليبيا جراء العاصفة.",    # another measure
    "ولا يزال 12 مفقودين في ليبيا جراء العاصفة.",
])
def test_figures_for_different_places_or_measures_are_never_compared(tmp_path, later):
    report = report_of(
        tmp_path,
        a=article("قتل 40 شخصا في ليبيا جراء العاصفة.", "2022-03-03"),
        b=article(later, "2022-03-05"))
    assert topic_of(report, "a", "dead").status == "single-source"
    assert report.findings == ()


def test_an_aftershock_is_not_compared_with_the_main_quake(tmp_path):
    report = report_of(
        tmp_path,
        a=article("ضرب زلزال بقوة 6.1 درجات البلاد.", "2022-03-03"),
        b=article("ضرب زلزال بقوة 6.1 درجات البلاد، وتلاه زلزال آخر بقوة 5.2 درجات.", "2022-03-03"))
    assert topic_of(report, "a", "magnitude").status == "consistent"
    assert serious(report) == []
