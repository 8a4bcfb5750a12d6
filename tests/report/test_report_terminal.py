"""Terminal report: findings first, topic tables on request, readable Arabic, plain
output off a terminal."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from rich.cells import cell_len

from factcheck.model import (Article, Claim, DateValue, Finding, Quantity, Report, Span, Story,
                             Topic, TopicStatus)
from factcheck.report.base import RenderContext
from factcheck.report.terminal import (RENDERER, STATUS_ORDER, STATUS_STYLE, excerpt,
                                       summary_line)
from factcheck.report.text import FSI, PDI
from test_report_json import sample_report, storied_report

BOX_CHARS = set("│┃─━┌┐└┘├┤┬┴┼╭╮╯╰═║")


def render(report: Report, width: int = 80, topics: bool = False, show_all: bool = False,
           terminal: bool = True, color: bool = False, bidi: str = "none") -> str:
    out = io.StringIO()
    RENDERER.render(report, out, RenderContext(width=width, terminal=terminal, color=color,
                                               topics=topics, show_all=show_all, bidi=bidi))
    return out.getvalue()


def lines_of(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines()]


def index_of(lines: list[str], fragment: str) -> int:
    for i, line in enumerate(lines):
        if fragment in line:
            return i
    raise AssertionError(f"{fragment!r} not in output")


def long_report() -> Report:
    """The sample with long paths, labels and messages, to stress wrapping."""
    report = sample_report()
    articles = tuple(replace(a, path="reports/" + "very-long-directory-name/" * 4 + a.id
                             + "-" + "x" * 50 + ".md") for a in report.articles)
    topics = tuple(replace(t, label=t.label + " " + "تسمية طويلة جداً " * 8) for t in report.topics)
    findings = tuple(replace(f, message=f.message + " " + "A long explanation. " * 12,
                             check=f.check + "-" * 30 + "long-check-id")
                     for f in report.findings)
    return replace(report, articles=articles, topics=topics, findings=findings)


@pytest.fixture
def out() -> str:
    return render(sample_report())


# ---------------------------------------------------------------- findings first


def test_the_report_opens_with_the_most_serious_finding_and_shows_no_topics(out):
    lines = lines_of(out)
    assert lines[0] == "ERROR  cross-source-conflict  corpus/a.md:1:18"
    assert "Topics" not in lines and not any("[CONFLICT]" in line for line in lines)


def test_findings_by_severity_with_suggestion_and_quotes_in_context(out):
    lines = lines_of(out)
    err = lines.index("ERROR  cross-source-conflict  corpus/a.md:1:18")
    warn = lines.index("WARNING  weekday-mismatch  corpus/c.md:1:32")
    info = lines.index("INFO  different-bodies  corpus/a.md:2:21")
    assert err < warn < info
    block = lines[err:warn]
    assert "  suggestion: Check the ministry statement and correct one of the figures." in block
    # Each claim: its location, then the words in their sentence (one column per finding).
    assert "  corpus/a.md:1:18  وقالت الوزارة إن «2500 جندي» أمريكي سيبقون في العراق حتى…" in block
    assert "  corpus/b.md:1:15  أكدت مصادر أن «نحو 3500 جندي» سيبقون." in block
    assert not any("suggestion:" in line for line in lines[warn:])
    # The message is wrapped, indented, under its header.
    assert lines[err + 1].startswith("  The articles disagree")


def test_one_finding_takes_a_handful_of_lines():
    report = replace(sample_report(), findings=sample_report().findings[1:2], input_errors=())
    lines = lines_of(render(report))
    # header, message (3 lines at 80 columns), suggestion, two quotes, blank, summary
    assert len(lines) <= 9, lines


def test_input_errors_sorted_then_summary_last(out):
    lines = [line for line in lines_of(out) if line]
    bad = lines.index("INPUT ERROR  corpus/bad.md: not valid UTF-8 (byte 0xff at offset 12)")
    assert lines[bad + 1] == "INPUT ERROR  corpus/zz.md: empty file"
    assert lines[-1] == "3 articles, 8 claims, 6 topics · 1 error, 1 warning, 1 info · 2 input errors"


def test_summary_line_plurals_and_thousands():
    report = sample_report()
    one = replace(report, articles=report.articles[:1], claims=report.claims[:1],
                  topics=report.topics[:1], findings=(), input_errors=report.input_errors[:1])
    assert summary_line(one) == "1 article, 1 claim, 1 topic · 0 errors, 0 warnings, 0 info · 1 input error"
    clean = replace(one, input_errors=())
    assert summary_line(clean) == "1 article, 1 claim, 1 topic · 0 errors, 0 warnings, 0 info"
    many = replace(one, articles=report.articles[:1] * 12000, input_errors=())
    assert summary_line(many).startswith("12,000 articles, ")


def test_empty_report():
    lines = lines_of(render(Report(articles=())))
    assert lines[0] == "No findings."
    assert not any("INPUT ERROR" in line for line in lines)
    assert lines[-1] == "0 articles, 0 claims, 0 topics · 0 errors, 0 warnings, 0 info"
    # Too narrow for one line: split between what was read and what was found.
    assert render(Report(articles=()), width=50).splitlines()[-2:] == [
        "0 articles, 0 claims, 0 topics ·", "0 errors, 0 warnings, 0 info"]


def test_finding_without_claims_names_its_article():
    report = sample_report()
    finding = Finding("F9", "missing-date", "warning", None, ("b",), (), "No date found.")
    assert "WARNING  missing-date  corpus/b.md" in lines_of(render(replace(report, findings=(finding,))))


def test_unknown_claim_ids_do_not_crash():
    report = sample_report()
    topic = Topic("ghost", "شبح", "quantity", "rules/x.toml", "conflict", ("a:q1", "zz:q9"))
    finding = Finding("F9", "cross-source-conflict", "error", "ghost", ("a",), ("zz:q9",), "m")
    text = render(replace(report, topics=(topic,), findings=(finding,)), topics=True)
    assert "zz:q9  (claim not in report)" in text and "claims not in report: zz:q9" in text


# ---------------------------------------------------------------- stories


def test_findings_of_several_stories_sit_under_a_heading_each_the_most_serious_first():
    lines = lines_of(render(storied_report(), terminal=False))
    troops = lines.index("STORY  «بقاء القوات الأمريكية»  s1a2b3c4d5e · 2 articles · "
                         "1 error, 0 warnings, 1 info")
    advisers = lines.index("STORY  «وصول المستشارين»  s9f8e7d6c5b · 1 article · "
                           "0 errors, 1 warning, 0 info")
    assert troops == 0 < advisers
    block = lines[troops:advisers]
    assert "ERROR  cross-source-conflict  corpus/a.md:1:18" in block
    assert "INFO  different-bodies  corpus/a.md:2:21" in block  # with its story, not by severity
    assert "WARNING  weekday-mismatch  corpus/c.md:1:32" in lines[advisers:]
    assert lines[-1].startswith("3 articles, 2 stories, 8 claims, 6 topics · ")


def test_one_story_reads_as_a_report_without_stories():
    report = storied_report()
    one = replace(report, stories=(Story("s1a2b3c4d5e", "القوات", ("a", "b", "c")),))
    assert render(one) == render(sample_report())


def test_stories_with_nothing_to_report_are_one_line_a_few_named_and_the_rest_counted():
    report = storied_report()
    quiet = tuple(Story(f"s{n:010x}", f"قصة {n}", (f"x{n}",) * (1 + n % 3)) for n in range(40))
    lines = lines_of(render(replace(report, stories=report.stories + quiet), terminal=False))
    assert sum(line.startswith("STORY") for line in lines) == 2
    [line] = [line for line in lines if line.startswith("Nothing to report in")]
    assert line.startswith("Nothing to report in 40 other stories (the largest first): «قصة 2» "
                           "(s0000000002, 3 articles), «قصة 5» (s0000000005, 3 articles), ")
    assert line.endswith(", and 35 more (--format json lists every story).")


def test_findings_of_one_story_among_several_need_no_heading():
    report = storied_report()
    troops = replace(report, findings=tuple(f for f in report.findings if f.id != "F2"))
    text = render(troops, terminal=False)
    assert "STORY" not in text and "Nothing to report" not in text
    assert text == render(replace(troops, stories=()), terminal=False).replace(
        "3 articles, 8 claims", "3 articles, 2 stories, 8 claims")
    lines = lines_of(render(replace(report, findings=()), terminal=False))
    assert lines[0] == "No findings." and lines[-1].startswith("3 articles, 2 stories, ")


def test_topics_are_grouped_by_story_too():
    lines = lines_of(render(storied_report(), terminal=False, topics=True, show_all=True))
    topics = lines.index("Topics")
    headings = [n for n, line in enumerate(lines) if line.startswith("STORY")]
    assert len(headings) == 4 and headings[1] < topics < headings[2]
    second = lines[headings[3]:]
    assert any("[OTHER-TIME-FRAME]" in line for line in second)
    assert not any("[CONFLICT]" in line for line in second)


# ---------------------------------------------------------------- width and wrapping


@pytest.mark.parametrize("width", [80, 60, 40])
@pytest.mark.parametrize("make", [sample_report, long_report], ids=["sample", "long"])
def test_on_a_terminal_only_an_unbreakable_location_may_exceed_the_width(make, width):
    report = make()
    for topics in (False, True):
        text = render(report, width=width, topics=topics, show_all=topics)
        for line in text.splitlines():
            if cell_len(line) > width:  # a location, whole, or a header that ends with one
                assert re.fullmatch(r"(\s*|\w+  \S+  )\S+:\d+:\d+", line), line


@pytest.mark.parametrize("topics", [False, True])
def test_locations_are_never_broken(topics):
    report = long_report()
    text = render(report, width=40, topics=topics)
    for article in report.articles:
        assert any(article.path + ":" in line for line in text.splitlines()), article.path


def test_off_a_terminal_nothing_wraps():
    report = long_report()
    text = render(report, width=40, terminal=False)
    message = report.findings[1].message  # the error's, sorted first
    assert "  " + message.rstrip() in text.splitlines()
    assert "\x1b[" not in text and not BOX_CHARS & set(text)


def test_piped_report_has_no_trailing_spaces():
    for topics in (False, True):
        text = render(long_report(), terminal=False, topics=topics, show_all=topics)
        assert not [line for line in text.split("\n") if line != line.rstrip()]


def test_a_quote_shrinks_to_fit_beside_its_location_or_goes_under_it():
    lines = lines_of(render(sample_report(), width=44))
    assert "  corpus/a.md:1:18  …إن «2500 جندي» أمريكي…" in lines  # less context, one line
    at = lines.index("  corpus/b.md:1:15")  # even 30 characters don't fit: under it
    assert lines[at + 1].startswith("    ") and "«نحو 3500 جندي»" in lines[at + 1]


# ---------------------------------------------------------------- colour and safety


def test_no_color_terminal_gives_plain_text():
    text = render(sample_report(), topics=True, show_all=True, color=False)
    assert "\x1b[" not in text and not BOX_CHARS & set(text)


def test_colour_terminal_styles_severity_and_claim_words():
    text = render(sample_report(), color=None, topics=True)
    assert "\x1b[1;31mERROR\x1b[0m" in text
    assert "\x1b[1;4m«2500 جندي»" in text  # the claim words are highlighted
    assert "\x1b[1;31m[CONFLICT]" in text and "\x1b[32m[CONSISTENT]" in text
    assert not BOX_CHARS & set(text)


def _with_controls() -> Report:
    report = sample_report()
    evil = "\x1b]0;pwned\x07\x1b[2J\x9b31m\u202e"
    claims = tuple(replace(c, sentence=evil + c.sentence) if c.id == "a:q1" else c
                   for c in report.claims)
    findings = tuple(replace(f, message=f.message + evil) for f in report.findings)
    topics = tuple(replace(t, label=t.label + evil) for t in report.topics)
    return replace(report, claims=claims, findings=findings, topics=topics)


@pytest.mark.parametrize("color", [False, None])
@pytest.mark.parametrize("terminal", [True, False])
def test_control_characters_from_articles_are_escaped(color, terminal):
    text = render(_with_controls(), color=color, terminal=terminal, topics=True, bidi="isolate")
    assert "\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\u202e" in text
    assert "\x07" not in text and "\x9b" not in text and "\u202e" not in text
    assert "\x1b]" not in text and "\x1b[2J" not in text


def test_markup_in_data_is_printed_literally():
    report = sample_report()
    topics = (replace(report.topics[0], label="[bold]label[/bold] [red]"),) + report.topics[1:]
    assert "[CONFLICT] [bold]label[/bold] [red]" in render(replace(report, topics=topics),
                                                          topics=True)


def test_render_is_deterministic():
    assert render(sample_report(), topics=True) == render(sample_report(), topics=True)


# ---------------------------------------------------------------- readable Arabic


def test_arabic_runs_are_bidi_isolates_and_english_is_not(out):
    text = render(sample_report(), bidi="isolate")
    assert f"  corpus/a.md:1:18  {FSI}وقالت الوزارة إن «2500 جندي» أمريكي" in text
    header = text.splitlines()[0]
    assert FSI not in header  # nothing Arabic in it


def test_an_isolate_broken_by_wrapping_is_closed_and_reopened_after_the_indent():
    report = replace(sample_report(), input_errors=())
    text = render(report, width=40, bidi="isolate")
    for line in text.splitlines():
        depth = 0
        for char in line:
            depth += {FSI: 1, PDI: -1}.get(char, 0)
            assert depth >= 0, line
        assert depth == 0, line
        if line.lstrip(" ").startswith(FSI):
            assert not line.startswith(FSI) or not line.startswith(" ")


def test_visual_mode_puts_arabic_in_display_order_and_drops_the_isolates():
    pytest.importorskip("bidi")
    text = render(sample_report(), bidi="visual")
    assert FSI not in text and PDI not in text
    line = next(line for line in text.splitlines() if line.startswith("  corpus/b.md:1:15"))
    # «أكدت مصادر أن نحو 3500 جندي سيبقون.» read right to left: the last word on the left,
    # each word's letters reversed, the number kept as it is.
    assert line == "  corpus/b.md:1:15  .نوقبيس «يدنج 3500 وحن» نأ رداصم تدكأ"


def test_visual_mode_keeps_the_claim_words_styled():
    pytest.importorskip("bidi")
    text = render(sample_report(), bidi="visual", color=None)
    assert "\x1b[1;4m«يدنج 3500 وحن»" in text


def test_logical_mode_writes_arabic_as_in_the_file(out):
    assert FSI not in out and "وسيكتمل الانسحاب في «31 كانون الأول»" in render(
        sample_report(), topics=True)


def test_partial_dates_are_written_for_people():
    text = render(sample_report(), topics=True)
    assert "31 December (year not given)" in text and "--12-31" not in text
    month = DateValue(None, 7, None, "month")
    report = sample_report()
    claims = tuple(replace(c, value=month) if c.id == "a:d1" else c for c in report.claims)
    finding = Finding("F5", "cross-source-conflict", "error", "withdrawal-date", ("a", "b"),
                      ("a:d1", "b:d1"), "Sources disagree on the date: --07 (a line 2); ---31 (b line 1).")
    text = render(replace(report, claims=claims, findings=(finding,)), topics=True,
                  terminal=False)
    assert "July (year not given)" in text
    assert "Sources disagree on the date: July (year not given) (a line 2); 31 (month and year not given) (b line 1)." in text


def test_an_automatic_label_shows_the_articles_spelling():
    report = sample_report()
    topic = Topic("auto-quantity-جندي", "number of «جندي» in «عراق»", "quantity", "auto",
                  "conflict", ("a:q1", "b:q1"))
    finding = Finding("F7", "cross-source-conflict", "error", topic.id, ("a", "b"),
                      ("a:q1", "b:q1"), "Sources disagree on number of «جندي» in «عراق»: …")
    text = render(replace(report, topics=(topic,), findings=(finding,)), topics=True)
    assert "[CONFLICT] number of «جندي» in «العراق»" in text
    assert "Sources disagree on number of «جندي» in «العراق»: …" in text


# ---------------------------------------------------------------- topics, on request


def test_topic_headers_show_status_and_source():
    lines = lines_of(render(sample_report(), topics=True))
    assert "[CONFLICT] عدد الجنود الأمريكيين" in lines
    assert "troops · rule rules/iraq.toml" in lines
    assert "[CONSISTENT] موعد الانسحاب" in lines
    assert "[OTHER-TIME-FRAME] اتفاق 2024" in lines
    assert "[SINGLE-SOURCE] وصول المستشارين" in lines


def test_topics_come_after_the_findings_in_status_order():
    lines = lines_of(render(sample_report(), topics=True))
    order = [index_of(lines, f"{tid} · ") for tid in
             ("troops", "withdrawal-date", "agreement", "advisers-arrival")]
    assert index_of(lines, "INFO  different-bodies") < index_of(lines, "Topics") < order[0]
    assert order == sorted(order)


def test_every_status_has_a_colour_and_a_place_in_the_order():
    assert set(STATUS_STYLE) == set(TopicStatus) == set(STATUS_ORDER)
    assert sorted(TopicStatus, key=STATUS_ORDER.__getitem__) == [
        TopicStatus.CONFLICT, TopicStatus.EVOLVING, TopicStatus.CONSISTENT,
        TopicStatus.OTHER_TIME_FRAME, TopicStatus.SINGLE_SOURCE]


def _with_an_evolving_topic() -> Report:
    report = sample_report()
    evolving = Topic("auto-dead", "dead", "quantity", "auto", TopicStatus.EVOLVING,
                     ("a:q2", "c:q1"), measure="dead")
    return replace(report, topics=(*report.topics, evolving))


def test_an_evolving_topic_comes_right_after_the_conflicts():
    lines = lines_of(render(_with_an_evolving_topic(), topics=True))
    assert "[EVOLVING] dead" in lines
    order = [index_of(lines, f"{tid} · ") for tid in
             ("troops", "auto-dead", "withdrawal-date", "agreement", "advisers-arrival")]
    assert order == sorted(order)


def test_an_evolving_topic_is_coloured_like_its_info_note():
    assert "\x1b[36m[EVOLVING]" in render(_with_an_evolving_topic(), topics=True, color=None)


def test_auto_single_source_topics_hidden_unless_all():
    text = render(sample_report(), topics=True)
    assert "auto-1 · " not in text and "auto-2 · " not in text
    assert "2 single-source auto topics hidden; --all shows them." in lines_of(text)
    lines = lines_of(render(sample_report(), show_all=True))
    assert not any("hidden" in line for line in lines)
    assert index_of(lines, "advisers-arrival · ") < index_of(lines, "auto-1 · ") < index_of(lines, "auto-2 · ")


def test_one_hidden_topic_is_singular():
    report = sample_report()
    report = replace(report, topics=tuple(t for t in report.topics if t.id != "auto-2"))
    assert "1 single-source auto topic hidden; --all shows it." in render(report, topics=True)


def test_claim_rows_show_location_value_and_words_in_context():
    lines = lines_of(render(sample_report(), topics=True, width=120))
    row = lines[index_of(lines, "  a.md:1:18")]
    assert row.startswith("  a.md:1:18  2,500  ") and "وقالت الوزارة إن «2500 جندي»" in row
    text = "\n".join(lines)
    assert "~3,500" in text and "«نحو 3500 جندي»" in text
    assert "2021-12-31" in text and "Wednesday 2021-10-29" in text


def test_other_time_frame_rows_are_marked():
    lines = lines_of(render(sample_report(), topics=True))
    section = lines[index_of(lines, "agreement · "):index_of(lines, "advisers-arrival · ")]
    assert any("(other time frame)" in line for line in section)
    assert sum("(other time frame)" in line for line in lines) == 1


def test_a_long_quote_wraps_in_its_own_column():
    sentence = "Officials said 5 people were hurt in the storm that hit the coast on Monday night."
    article = Article("a0", "corpus/a.md", "", "t")
    at = sentence.index("5 people")
    claim = Claim("a0:q1", "a0", "quantity", "5 people", sentence,
                  Span(at, at + 8, 1, at + 1), Quantity.exact(5), sentence_offset=at)
    topic = Topic("t", "label", "quantity", "rules/x.toml", "conflict", ("a0:q1",))
    report = Report(articles=(article,), claims=(claim,), topics=(topic,))
    lines = lines_of(render(report, topics=True, width=40))
    start = index_of(lines, "t · rule rules/x.toml") + 1
    assert lines[start:start + 3] == [
        "  a.md:1:16  5  Officials said «5",
        "                people» were hurt in the",
        "                storm that hit…",
    ]


# ---------------------------------------------------------------- excerpts


def _claim_in(sentence: str, text: str, at: int) -> Claim:
    return Claim(id="x:q1", article="x", kind="quantity", text=text, sentence=sentence,
                 span=Span(at, at + len(text), 1, at + 1), value=Quantity.exact(5))


def test_excerpt_short_sentence_is_whole():
    s = "قتل 5 أشخاص في الهجوم."
    assert excerpt(_claim_in(s, "5 أشخاص", s.index("5")), None) == (
        "قتل ", "«5 أشخاص»", " في الهجوم.")


def test_excerpt_long_sentence_is_trimmed_at_words():
    s = " ".join(["كلمة"] * 30) + " 5 أشخاص " + " ".join(["نهاية"] * 30)
    before, words, after = excerpt(_claim_in(s, "5 أشخاص", s.index("5 أشخاص")), None)
    assert words == "«5 أشخاص»"
    assert before.startswith("…كلمة") and after.endswith("نهاية…")
    assert len(before + words + after) <= 60


def test_excerpt_uses_span_for_repeated_words():
    s = "قتل 5 أشخاص أمس، بعد أن قتل 5 أشخاص قبل أسبوع."
    second = s.index("5 أشخاص", s.index("5 أشخاص") + 1)
    article = Article("x", "x.md", "مقدمة. " + s, "t")
    claim = _claim_in(s, "5 أشخاص", second + len("مقدمة. "))
    before, _, after = excerpt(claim, article)
    assert before.endswith("بعد أن قتل ") and after == " قبل أسبوع."


@pytest.mark.parametrize("limit", range(12, 70, 3))
def test_excerpt_never_splits_words(limit):
    s = "ألف باء تاء ثاء جيم حاء خاء دال ذال راء 5 أشخاص زاي سين شين صاد ضاد طاء ظاء عين غين"
    before, _, after = excerpt(_claim_in(s, "5 أشخاص", s.index("5")), None, limit=limit)
    words = set(s.split())
    assert all(w in words for w in before.strip("…").split())
    assert all(w in words for w in after.strip("…").split())


def test_excerpt_of_a_scanned_claim_marks_its_own_occurrence(tmp_path):
    """A scan keeps no article text: the claim itself says where it sits in its sentence."""
    from factcheck.run.engine import scan

    (tmp_path / "a.txt").write_text("قتل 5 أشخاص أمس، بعد أن قتل 5 أشخاص قبل أسبوع.\n",
                                    encoding="utf-8")
    second = scan([tmp_path], [], []).claims[1]
    before, _, after = excerpt(second, None)
    assert before.endswith("بعد أن قتل ") and after.startswith(" قبل أسبوع")
