"""HTML report: one self-contained page. Read here with html.parser (no browser needed);
tests/report/test_html_browser.py opens it in headless Chromium."""

from __future__ import annotations

import io
from dataclasses import replace
from html.parser import HTMLParser

import pytest

from factcheck.model import DateValue, Finding, Quantity, Report, Story, Topic, TopicStatus
from factcheck.report import RENDERERS, RenderContext, write_report
from factcheck.report.html import render_html
from test_report_json import sample_report, storied_report


class Element:
    def __init__(self, tag: str, attrs: dict[str, str], parent: "Element | None") -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Element] = []
        self.text: list[str] = []

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def all_text(self) -> str:
        return "".join(self.text) + "".join(c.all_text() for c in self.children)

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list["Element"]:
        found = []
        for child in self.children:
            if (tag is None or child.tag == tag) and (cls is None or cls in child.classes):
                found.append(child)
            found += child.find_all(tag, cls)
        return found


VOID = {"meta", "br", "input", "img", "link", "circle", "line", "rect", "polyline"}


class Tree(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root = self.current = Element("#root", {}, None)
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k: v or "" for k, v in attrs}, self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Element(tag, {k: v or "" for k, v in attrs}, self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.text.append(data)


def page(report: Report | None = None, **ctx) -> str:
    return render_html(report or sample_report(), RenderContext(tool_version="9.9", **ctx))


@pytest.fixture(scope="module")
def tree() -> Element:
    return Tree(page()).root


def test_every_finding_is_on_the_page_most_serious_first(tree):
    findings = tree.find_all("article", "finding")
    assert [f.attrs["data-severity"] for f in findings] == ["error", "warning", "info"]
    assert [f.attrs["data-check"] for f in findings] == [
        "cross-source-conflict", "weekday-mismatch", "different-bodies"]


def test_each_claim_of_a_finding_shows_its_sentence_with_the_words_marked(tree):
    error = tree.find_all("article", "finding")[0]
    marks = [m.all_text() for m in error.find_all("mark")]
    assert marks == ["2500 جندي", "نحو 3500 جندي"]
    sentence = error.find_all("q", "sentence")[0]
    assert sentence.attrs["dir"] == "rtl" and sentence.attrs["lang"] == "ar"
    assert "وقالت الوزارة إن" in sentence.all_text()


def test_locations_are_left_to_right_islands_and_links_to_the_article(tree, tmp_path):
    link = tree.find_all("a", "loc")[0]
    island = link.find_all("bdi")[0]
    assert island.attrs["dir"] == "ltr" and island.all_text() == "corpus/a.md:1:18"
    assert link.attrs["href"].startswith("corpus/a.md#:~:text=")


def test_article_links_are_relative_to_the_report_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the sample's articles are corpus/a.md … here
    out = tmp_path / "reports" / "r.html"
    out.parent.mkdir()
    write_report(out, RENDERERS["html"], sample_report(), RenderContext())
    root = Tree(out.read_text(encoding="utf-8")).root
    hrefs = sorted({a.attrs["href"].split("#")[0] for a in root.find_all("a", "loc")})
    assert hrefs == ["../corpus/a.md", "../corpus/b.md", "../corpus/c.md"]


def test_an_article_far_from_the_report_gets_a_file_uri(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "a" / "b" / "c" / "d" / "r.html"
    out.parent.mkdir(parents=True)
    report = sample_report()
    far = replace(report, articles=tuple(replace(a, path=f"/srv/news/{a.id}.md")
                                         for a in report.articles))
    write_report(out, RENDERERS["html"], far, RenderContext())
    root = Tree(out.read_text(encoding="utf-8")).root
    assert root.find_all("a", "loc")[0].attrs["href"].startswith("file:///srv/news/a.md#:~:text=")


def test_every_shown_topic_has_a_timeline(tree):
    topics = tree.find_all("section", "topic")
    assert [t.attrs["data-topic"] for t in topics] == [
        "troops", "withdrawal-date", "agreement", "advisers-arrival"]  # auto single-source left out
    for topic in topics:
        (svg,) = topic.find_all("svg", "timeline")
        assert svg.attrs["role"] == "img" and svg.attrs["aria-label"].startswith("Timeline")


def _tally(status: TopicStatus) -> Report:
    from factcheck.analyse.published import Publication
    import datetime as dt

    report = sample_report()
    topic = Topic("auto-dead", "dead", "quantity", "auto", status, ("a:q1", "b:q1", "c:q1"))
    days = {"a": dt.date(2021, 7, 27), "b": dt.date(2021, 7, 28), "c": dt.date(2021, 7, 30)}
    publications = {k: Publication(v, v, "front matter") for k, v in days.items()}
    return replace(report, topics=(topic,), findings=(), publications=publications)


def test_an_evolving_tally_is_a_line_and_a_conflict_is_levels_that_do_not_fit():
    evolving = Tree(page(_tally(TopicStatus.EVOLVING))).root
    conflict = Tree(page(_tally(TopicStatus.CONFLICT))).root
    assert evolving.find_all("polyline", "trend") and not evolving.find_all("line", "level")
    assert conflict.find_all("line", "level") and not conflict.find_all("polyline", "trend")
    assert len(conflict.find_all("circle", "dot")) == 3
    legend = conflict.find_all("p", "legend")[0].all_text()
    assert "x: publication date" in legend and "cannot all hold" in legend


def test_undated_articles_are_plotted_apart_and_said_so(tree):
    legend = tree.find_all("section", "topic")[0].find_all("p", "legend")[0].all_text()
    assert "no known publication date" in legend


def test_a_date_without_its_year_is_not_plotted_but_counted():
    report = sample_report()
    values = {"b:d1": DateValue(None, 7, None, "month"), "a:d1": DateValue(2021, 12, 31, "day")}
    claims = tuple(replace(c, value=values[c.id]) if c.id in values else c for c in report.claims)
    root = Tree(page(replace(report, claims=claims))).root
    topic = next(t for t in root.find_all("section", "topic") if t.attrs["data-topic"] == "withdrawal-date")
    assert "without a year not plotted" in topic.all_text()
    assert "July (year not given)" in topic.all_text()


def test_the_page_needs_nothing_from_the_network(tree):
    text = page()
    assert "http://" not in text.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in text
    assert not tree.find_all("link") and not tree.find_all("img")
    assert not [s for s in tree.find_all("script") if "src" in s.attrs]
    csp = [m for m in tree.find_all("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0].attrs["content"]


def test_arabic_in_english_sentences_is_isolated_with_bdi():
    report = sample_report()
    finding = Finding("F8", "cross-source-conflict", "error", "troops", ("a", "b"),
                      ("a:q1", "b:q1"), "Sources disagree on «عدد الجنود»: 2,500 (a line 1).")
    root = Tree(page(replace(report, findings=(finding,)))).root
    message = root.find_all("p", "message")[0]
    assert message.attrs["dir"] == "ltr"
    assert [b.all_text() for b in message.find_all("bdi")] == ["«عدد الجنود»"]


def test_filters_for_severity_check_and_topic(tree):
    assert [i.attrs["value"] for i in tree.find_all("input", "sev")] == ["error", "warning", "info"]
    selects = {s.attrs["id"]: [o.attrs["value"] for o in s.find_all("option")]
               for s in tree.find_all("select")}
    assert selects["check"] == ["", "cross-source-conflict", "different-bodies", "weekday-mismatch"]
    assert selects["topic"][0] == "" and "troops" in selects["topic"]


def test_article_text_cannot_inject_markup_or_controls():
    report = sample_report()
    claims = tuple(replace(c, sentence="<script>alert(1)</script>\x1b[2J " + c.sentence)
                   if c.id == "a:q1" else c for c in report.claims)
    text = page(replace(report, claims=claims))
    assert "<script>alert" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "\x1b" not in text and "\\x1b[2J" in text


def test_deterministic_and_written_by_its_renderer():
    out = io.StringIO()
    RENDERERS["html"].render(sample_report(), out, RenderContext(tool_version="9.9"))
    assert out.getvalue() == page() == page()
    assert out.getvalue().startswith("<!DOCTYPE html>") and out.getvalue().endswith("</html>\n")


def test_empty_report():
    root = Tree(page(Report(articles=()))).root
    assert "No findings." in root.all_text() and not root.find_all("article", "finding")


def test_values_spanning_orders_of_magnitude_use_a_log_scale():
    report = _tally(TopicStatus.CONFLICT)
    claims = tuple(replace(c, value=Quantity.exact(221854)) if c.id == "c:q1" else c
                   for c in report.claims)
    legend = Tree(page(replace(report, claims=claims))).root.find_all("p", "legend")[0].all_text()
    assert "log scale" in legend


def test_axis_labels_are_written_as_people_write_numbers():
    from factcheck.report.html import _y_label

    assert _y_label(5.0, "quantity", log=True) == "100,000"
    assert _y_label(2.5, "quantity") == "2.5" and _y_label(2500.4, "quantity") == "2,500"


# ---------------------------------------------------------------- stories


def test_several_stories_a_section_each_with_label_articles_and_findings():
    root = Tree(page(storied_report())).root
    sections = root.find_all("section", "story")
    assert [s.attrs["id"] for s in sections] == ["story-s1a2b3c4d5e", "story-s9f8e7d6c5b"]
    troops, advisers = sections
    label = troops.find_all("bdi", "story-label")[0]
    assert label.attrs["dir"] == "rtl" and label.attrs["lang"] == "ar"
    assert label.all_text() == "بقاء القوات الأمريكية"
    assert [a.all_text() for a in troops.find_all("a", "loc")][:2] == ["corpus/a.md", "corpus/b.md"]
    assert [f.attrs["data-check"] for f in troops.find_all("article", "finding")] == [
        "cross-source-conflict", "different-bodies"]
    assert [f.attrs["data-check"] for f in advisers.find_all("article", "finding")] == [
        "weekday-mismatch"]
    assert all(f.attrs["data-story"] for f in root.find_all("article", "finding"))


def test_several_stories_a_table_of_them_at_the_top_and_a_story_filter():
    root = Tree(page(storied_report())).root
    [table] = [s for s in root.find_all("section") if s.attrs.get("id") == "stories"]
    links = [a.attrs["href"] for a in table.find_all("a")]
    assert links == ["#story-s1a2b3c4d5e", "#story-s9f8e7d6c5b"]  # the error's story first
    [select] = [s for s in root.find_all("select") if s.attrs.get("id") == "story"]
    assert [o.attrs["value"] for o in select.find_all("option")] == [
        "", "s1a2b3c4d5e", "s9f8e7d6c5b"]
    topics = {t.attrs["data-topic"]: t.attrs.get("data-story")
              for t in root.find_all("section", "topic")}
    assert topics["troops"] == "s1a2b3c4d5e" and topics["agreement"] == "s9f8e7d6c5b"


def test_stories_without_findings_are_folded_under_one_line():
    report = storied_report()
    quiet = tuple(Story(f"s{n:010x}", f"قصة {n}", (f"x{n}",)) for n in range(30))
    root = Tree(page(replace(report, stories=report.stories + quiet))).root
    assert len(root.find_all("section", "story")) == 2
    [folded] = root.find_all("details", "quiet")
    assert folded.find_all("summary")[0].all_text() == "30 stories without findings"
    assert len(folded.find_all("li")) == 30


def test_one_story_gives_the_page_it_always_did():
    report = storied_report()
    one = replace(report, stories=(Story("s1a2b3c4d5e", "القوات", ("a", "b", "c")),))
    assert page(one) == page(sample_report())


@pytest.mark.parametrize("sentence, text, shown", [
    # words glued to their neighbours stay glued: the quote is the article's own
    ("https://example.com/2015/11/28/quake/", "2015/11/28",
     "https://example.com/<mark>2015/11/28</mark>/quake/"),
    ("ضخ 24 مليار دولار كاش، و6 مليارات ودائع", "6 مليارات",
     "ضخ 24 مليار دولار كاش، و<mark>6 مليارات</mark> ودائع"),
    # a hard wrap beside the words reads as one space
    ("بلغ عدد\nالقتلى 2500 قتيل\nأمس", "2500 قتيل", "بلغ عدد القتلى <mark>2500 قتيل</mark> أمس"),
])
def test_a_quote_marks_the_words_as_written(sentence, text, shown):
    from factcheck.model import Claim, Span
    from factcheck.report.html import _quote_html
    claim = Claim(id="a:q1", article="a", kind="quantity", text=text, sentence=sentence,
                  span=Span(0, len(text), 1, 1), value=Quantity.exact(1),
                  sentence_offset=sentence.index(text))
    inner = _quote_html(claim).split(">", 1)[1].rsplit("</q>", 1)[0]
    assert inner == shown
