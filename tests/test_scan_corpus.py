"""End to end on the bundled corpus: the outcomes a newsroom user cares about."""

from pathlib import Path

import pytest

from factcheck.read.sources import Source, read_article
from factcheck.model import DateValue, Quantity
from factcheck.run.engine import read_rules, scan

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def art(prefix: str) -> str:
    (path,) = CORPUS.glob(f"{prefix}_*.txt")
    return path.stem


@pytest.fixture(scope="module")
def report():
    rules, files = read_rules([ROOT / "rules"])
    return scan([CORPUS], rules, files)


@pytest.fixture(scope="module")
def report_without_rules():
    return scan([CORPUS], [], [])


def claims_of(report, topic_id):
    topic = next(t for t in report.topics if t.id == topic_id)
    by_id = {c.id: c for c in report.claims}
    return topic, [by_id[i] for i in topic.claims]


def test_all_five_articles_are_read_without_input_errors(report):
    assert len(report.articles) == 5
    assert report.input_errors == ()


def test_troop_total_topic_holds_2500_from_three_sources_and_is_consistent(report):
    topic, claims = claims_of(report, "us-troops-iraq")
    assert topic.status == "consistent"
    assert {c.article for c in claims} == {art("002"), art("003"), art("004")}
    assert all(c.value == Quantity.exact(2500) for c in claims)


def test_the_2025_article_tells_a_story_of_its_own(report):
    # 001 (2025, on the 2024 agreement) and the 2021 articles share a subject but not a
    # time: its 2500 is in a topic of its own story, never compared with theirs.
    (alone,) = [s for s in report.stories if art("001") in s.articles]
    assert alone.articles == (art("001"),)
    assert len(report.stories) == 2
    topic, claims = claims_of(report, f"us-troops-iraq@{alone.id}")
    assert topic.story == alone.id and {c.article for c in claims} == {art("001")}


@pytest.mark.parametrize("value", [1500, 900, 5000])
def test_other_troop_figures_stay_out_of_the_total(report, value):
    _, claims = claims_of(report, "us-troops-iraq")
    assert all(c.value.min != value for c in claims)
    # … but they are still extracted
    assert any(isinstance(c.value, Quantity) and c.value.min == value for c in report.claims)


def test_deadline_topic_holds_31_december_from_four_sources(report):
    topic, claims = claims_of(report, "withdrawal-deadline")
    assert topic.status == "consistent"
    dec31 = [c for c in claims if isinstance(c.value, DateValue)
             and (c.value.month, c.value.day) == (12, 31)]
    assert {c.article for c in dec31} >= {art("000"), art("002"), art("003"), art("004")}
    years = {c.article: set() for c in dec31}
    for c in dec31:
        years[c.article].add(c.value.year)
    # "العام الجاري 2021" gives the year in 000. 003 and 004 never write it, but "ديسمبر
    # الحالي/الجاري" says they were published in December, and the other articles date 31
    # December in 2021 only: their deadline is 31 December 2021, and the claim says how.
    assert 2021 in years[art("000")]
    assert years[art("003")] == {2021}
    assert years[art("004")] == {2021}
    borrowed = [c for c in dec31 if c.article == art("004")]
    assert all("year from the publication date" in (c.note or "") for c in borrowed)


def test_articles_without_a_dateline_get_a_publication_window_with_its_basis(report):
    december = report.publications[art("004")]
    assert (december.earliest.isoformat(), december.latest.isoformat()) == ("2021-12-01", "2021-12-31")
    assert "current month" in december.basis and "other articles" in december.basis
    assert not report.publications[art("000")].known


def test_the_2025_article_is_never_reported_against_the_2021_ones(report):
    later = art("001")
    for finding in report.findings:
        if finding.severity in ("error", "warning") and later in finding.articles:
            assert finding.articles == (later,), finding.message


def test_the_2025_article_has_its_own_time_frame(report):
    frames = report.time_frames
    assert not frames[art("001")].overlaps(frames[art("000")])
    assert frames[art("003")].overlaps(frames[art("000")])


def test_caption_with_impossible_weekday_is_an_error_suggesting_29_december(report):
    caption = [f for f in report.findings if art("002") in f.articles and f.severity == "error"]
    assert len(caption) == 1
    (finding,) = caption
    assert finding.suggestion == "2021-12-29"
    assert "Friday" in finding.message and "Wednesday" in finding.message
    by_id = {c.id: c for c in report.claims}
    quoted = [by_id[i].text for i in finding.claims]
    assert any("29 تشرين الاول اكتوبر 2021" in q for q in quoted)


def test_no_other_errors_or_warnings_on_the_bundled_corpus(report):
    serious = [f for f in report.findings if f.severity in ("error", "warning")]
    assert len(serious) == 1, [f.message for f in serious]


def test_every_claim_quotes_the_original_words_at_its_span(report):
    # The report keeps claims, not article texts (a scan streams them): read the files again.
    bodies = {a.id: read_article(Source(a.path, a.path), a.id).text for a in report.articles}
    files = {a.id: Path(a.path).read_text(encoding="utf-8").split("\n") for a in report.articles}
    for claim in report.claims:
        assert bodies[claim.article][claim.span.start:claim.span.end] == claim.text
        line = files[claim.article][claim.span.line - 1]
        assert line[claim.span.column - 1:].startswith(claim.text.split("\n")[0])


def test_without_rules_the_same_conflicts_and_non_conflicts(report_without_rules):
    serious = [f for f in report_without_rules.findings if f.severity in ("error", "warning")]
    assert [f.suggestion for f in serious if f.severity == "error"] == ["2021-12-29"]
    later = art("001")
    assert all(f.articles == (later,) or later not in f.articles for f in serious)
