"""Terminal report: sections, ordering, width, and plain output when not a terminal."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from rich.cells import cell_len
from rich.console import Console

from factcheck.model import Article, Claim, Finding, Quantity, Report, Span, Topic, TopicStatus
from factcheck.report.terminal import (STATUS_ORDER, STATUS_STYLE, excerpt, render_terminal,
                                       summary_line)
from test_report_json import sample_report

BOX_CHARS = set("│┃─━┌┐└┘├┤┬┴┼╭╮╯╰═║")


def render(report: Report, width: int = 80, show_all: bool = False) -> str:
    console = Console(width=width, record=True, color_system=None, force_terminal=False,
                      file=io.StringIO())
    render_terminal(report, console, show_all=show_all)
    return console.export_text()


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


def test_topic_headers_show_status_and_source(out):
    lines = lines_of(out)
    assert "[CONFLICT] عدد الجنود الأمريكيين" in lines
    assert "troops · rule rules/iraq.toml" in lines
    assert "[CONSISTENT] موعد الانسحاب" in lines
    assert "[OTHER-TIME-FRAME] اتفاق 2024" in lines
    assert "[SINGLE-SOURCE] وصول المستشارين" in lines
    assert "advisers-arrival · rule rules/iraq.toml" in lines


def test_topic_order_conflict_consistent_other_single(out):
    lines = lines_of(out)
    order = [index_of(lines, f"{tid} · ") for tid in
             ("troops", "withdrawal-date", "agreement", "advisers-arrival")]
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
    lines = lines_of(render(_with_an_evolving_topic()))
    assert "[EVOLVING] dead" in lines
    order = [index_of(lines, f"{tid} · ") for tid in
             ("troops", "auto-dead", "withdrawal-date", "agreement", "advisers-arrival")]
    assert order == sorted(order)


def test_an_evolving_topic_is_coloured_like_its_info_note():
    buf = io.StringIO()
    console = Console(file=buf, width=80, force_terminal=True, color_system="standard")
    render_terminal(_with_an_evolving_topic(), console)
    assert "\x1b[36m[EVOLVING]" in buf.getvalue()


def test_auto_single_source_topics_hidden_by_default(out):
    assert "auto-1 · " not in out and "auto-2 · " not in out
    assert "2 single-source auto topics hidden; --all shows them." in lines_of(out)


def test_show_all_lists_auto_topics_after_rule_topics():
    lines = lines_of(render(sample_report(), show_all=True))
    assert not any("hidden" in line for line in lines)
    rule_single = index_of(lines, "advisers-arrival · ")
    assert rule_single < index_of(lines, "auto-1 · ") < index_of(lines, "auto-2 · ")
    assert "[SINGLE-SOURCE] مصدر" in lines and "auto-1 · auto" in lines


def test_one_hidden_topic_is_singular():
    report = sample_report()
    report = replace(report, topics=tuple(t for t in report.topics if t.id != "auto-2"))
    assert "1 single-source auto topic hidden; --all shows it." in render(report)


def test_claim_rows(out):
    lines = lines_of(out)
    row = lines[index_of(lines, "a.md:1:18  2,500")]
    assert row.startswith("  a.md:1:18  2,500 ") and "«2500 جندي»" in row
    # The excerpt shows the words around the claim, not just the claim.
    assert "وقالت الوزارة إن «2500 جندي»" in row
    assert "~3,500" in out and "«نحو 3500 جندي»" in out
    assert "--12-31" in out and "2021-12-31" in out
    assert "Wednesday 2021-10-29" in out


def test_other_time_frame_rows_are_marked(out):
    lines = lines_of(out)
    start = index_of(lines, "agreement · ")
    section = lines[start:index_of(lines, "advisers-arrival · ")]
    assert any("(other time frame)" in line for line in section)
    assert sum("(other time frame)" in line for line in lines) == 1


def test_findings_by_severity_with_suggestion_and_quotes(out):
    lines = lines_of(out)
    err = lines.index("ERROR  cross-source-conflict  corpus/a.md:1:18")
    warn = lines.index("WARNING  weekday-mismatch  corpus/c.md:1:32")
    info = lines.index("INFO  different-bodies  corpus/a.md:2:21")
    assert index_of(lines, "Findings") < err < warn < info
    block = lines[err:warn]
    assert "  suggestion: Check the ministry statement and correct one of the figures." in block
    assert "  corpus/a.md:1:18  «2500 جندي»" in block
    assert "  corpus/b.md:1:15  «نحو 3500 جندي»" in block
    assert not any("suggestion:" in line for line in lines[warn:])
    # The message is wrapped, indented, under its header.
    assert lines[err + 1].startswith("  The articles disagree")


def test_input_errors_sorted_then_summary_last(out):
    lines = [line for line in lines_of(out) if line]
    bad = lines.index("INPUT ERROR  corpus/bad.md: not valid UTF-8 (byte 0xff at offset 12)")
    assert lines[bad + 1] == "INPUT ERROR  corpus/zz.md: empty file"
    assert lines[-1] == "3 articles, 8 claims, 6 topics · 1 error, 1 warning, 1 info · 2 input errors"


def test_summary_line_plurals():
    report = sample_report()
    one = replace(report, articles=report.articles[:1], claims=report.claims[:1],
                  topics=report.topics[:1], findings=(), input_errors=report.input_errors[:1])
    assert summary_line(one) == "1 article, 1 claim, 1 topic · 0 errors, 0 warnings, 0 info · 1 input error"
    clean = replace(one, input_errors=())
    assert summary_line(clean) == "1 article, 1 claim, 1 topic · 0 errors, 0 warnings, 0 info"


def test_empty_report():
    lines = lines_of(render(Report(articles=())))
    assert "  No topics to show." in lines and "  No findings." in lines
    assert not any("INPUT ERROR" in line for line in lines)
    assert lines[-1] == "0 articles, 0 claims, 0 topics · 0 errors, 0 warnings, 0 info"
    # Too narrow for one line: split between what was read and what was found.
    assert render(Report(articles=()), width=50).splitlines()[-2:] == [
        "0 articles, 0 claims, 0 topics ·", "0 errors, 0 warnings, 0 info"]


@pytest.mark.parametrize("width", [80, 60, 40])
@pytest.mark.parametrize("make", [sample_report, long_report], ids=["sample", "long"])
def test_no_line_exceeds_console_width(make, width):
    for show_all in (False, True):
        text = render(make(), width=width, show_all=show_all)
        too_wide = [line for line in text.splitlines() if cell_len(line) > width]
        assert not too_wide


def test_long_paths_are_still_printed_whole():
    report = long_report()
    # Locations are evidence: folded onto more lines, never cut.
    flat = render(report).replace("\n", "").replace(" ", "")
    assert report.articles[0].path + ":1:18" in flat


def _plain_checks(text: str) -> None:
    assert "\x1b[" not in text
    assert not BOX_CHARS & set(text)


def test_not_a_terminal_gives_plain_text():
    buf = io.StringIO()
    console = Console(file=buf, width=80)  # a StringIO is not a terminal
    assert not console.is_terminal
    render_terminal(sample_report(), console, show_all=True)
    _plain_checks(buf.getvalue())
    assert "[CONFLICT] عدد الجنود الأمريكيين" in buf.getvalue()


def test_no_color_terminal_gives_plain_text():
    buf = io.StringIO()
    console = Console(file=buf, width=80, force_terminal=True, no_color=True)
    render_terminal(sample_report(), console, show_all=True)
    _plain_checks(buf.getvalue())


def test_colour_terminal_styles_status_and_claim_words():
    buf = io.StringIO()
    console = Console(file=buf, width=80, force_terminal=True, color_system="standard")
    render_terminal(sample_report(), console)
    text = buf.getvalue()
    assert "\x1b[" in text
    assert "\x1b[1;31m[CONFLICT]" in text  # conflict in red
    assert "\x1b[32m[CONSISTENT]" in text  # consistent in green
    assert "\x1b[33m[OTHER-TIME-FRAME]" in text
    assert "\x1b[1;4m«2500 جندي»" in text  # the claim words are highlighted
    assert not BOX_CHARS & set(text)


def test_arabic_printed_in_logical_order(out):
    # No reshaping or reversal: the terminal handles direction.
    assert "وسيكتمل الانسحاب في «31 كانون الأول»" in out


def test_markup_in_data_is_printed_literally():
    report = sample_report()
    topics = (replace(report.topics[0], label="[bold]label[/bold] [red]"),) + report.topics[1:]
    text = render(replace(report, topics=topics))
    assert "[CONFLICT] [bold]label[/bold] [red]" in text


def test_render_is_deterministic():
    assert render(sample_report()) == render(sample_report())


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
    from factcheck.model import Article

    s = "قتل 5 أشخاص أمس، بعد أن قتل 5 أشخاص قبل أسبوع."
    second = s.index("5 أشخاص", s.index("5 أشخاص") + 1)
    article = Article("x", "x.md", "مقدمة. " + s, "t")
    claim = _claim_in(s, "5 أشخاص", second + len("مقدمة. "))
    before, _, after = excerpt(claim, article)
    assert before.endswith("بعد أن قتل ") and after == " قبل أسبوع."


def test_finding_without_claims_names_its_article():
    report = sample_report()
    finding = Finding("F9", "missing-date", "warning", None, ("b",), (), "No date found.")
    text = lines_of(render(replace(report, findings=(finding,))))
    assert "WARNING  missing-date  corpus/b.md" in text


def test_unknown_claim_ids_do_not_crash():
    report = sample_report()
    topic = Topic("ghost", "شبح", "quantity", "rules/x.toml", "conflict", ("a:q1", "zz:q9"))
    finding = Finding("F9", "cross-source-conflict", "error", "ghost", ("a",), ("zz:q9",), "m")
    text = render(replace(report, topics=(topic,), findings=(finding,)))
    assert "zz:q9" in text


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


# ---------------------------------------------------------------- claim tables
#
# The claim rows are laid out like a rich Table (where · value · quote) but written
# directly, which is much faster for large reports; these pin the layout down.

def _one_topic(*rows: tuple[str, str, str, object], other_frame: tuple[int, ...] = ()) -> Report:
    """A report with one topic whose claims are given as (path, sentence, claim words,
    value), each in its own article, the claim on line 1 of its file."""
    articles, claims = [], []
    for i, (path, sentence, words, value) in enumerate(rows):
        at = sentence.index(words)
        articles.append(Article(f"a{i}", path, "", "title"))
        claims.append(Claim(id=f"a{i}:q1", article=f"a{i}", kind="quantity", text=words,
                            sentence=sentence, span=Span(at, at + len(words), 1, at + 1),
                            value=value, sentence_offset=at))
    topic = Topic("t", "label", "quantity", "rules/x.toml", "conflict",
                  tuple(c.id for c in claims),
                  other_frame=tuple(claims[i].id for i in other_frame))
    return replace(sample_report(), articles=tuple(articles), claims=tuple(claims),
                   topics=(topic,), findings=(), input_errors=())


def _table_lines(text: str) -> list[str]:
    """The claim table's lines: from the topic's header to the blank line after it."""
    lines = lines_of(text)
    start = index_of(lines, "t · rule rules/x.toml") + 1
    return lines[start:lines.index("", start)]


def test_long_quote_wraps_under_its_own_column():
    sentence = "Officials said 5 people were hurt in the storm that hit the coast on Monday night."
    report = _one_topic(("corpus/a.md", sentence, "5 people", Quantity.exact(5)))
    assert _table_lines(render(report, width=40)) == [
        "  a.md:1:16  5  Officials said «5",
        "                people» were hurt in the",
        "                storm that hit…",
    ]


def test_long_file_name_and_value_are_cut_with_an_ellipsis():
    report = _one_topic(("corpus/reports-from-the-field-2023-02-06-antakya.md",
                         "They counted 5 dead.", "5 dead", Quantity(1234567.25, 98765432.5, True)))
    # The file name column is at most 34 cells, the value column 24: cut, never wrapped.
    assert _table_lines(render(report, width=100)) == [
        "  reports-from-the-field-2023-02-06…  ~1,234,567.25–98,765,43…  They counted «5 dead».",
    ]


def test_missing_claims_row_leaves_the_value_blank():
    report = sample_report()
    topic = Topic("t", "label", "quantity", "rules/x.toml", "conflict", ("a:q1", "zz:q9"))
    lines = _table_lines(render(replace(report, topics=(topic,)), width=100))
    assert lines[0].startswith("  a.md:1:18  2,500  ")
    # "?" in the where column (11 cells with its gap), the value column (7) left blank.
    assert lines[1] == "  ?" + " " * 10 + " " * 7 + "claims not in report: zz:q9"


@pytest.mark.parametrize("width", [40, 44, 50])
def test_wrapped_arabic_quote_fits_the_console(width):
    sentence = ("وَقَالَتِ الوِزَارَةُ إِنَّ نَحْوَ ثَلَاثَةِ آلَافٍ وَخَمْسِمِائَةِ جُنْدِيٍّ أَمْرِيكِيٍّ "
                "سَيَبْقَوْنَ فِي العِرَاقِ حَتَّى نِهَايَةِ العَامِ.")
    words = "نَحْوَ ثَلَاثَةِ آلَافٍ وَخَمْسِمِائَةِ جُنْدِيٍّ"
    report = _one_topic(("corpus/a.md", sentence, words, Quantity(3500.0, 3500.0, True)))
    lines = _table_lines(render(report, width=width))
    assert len(lines) > 1 and all(cell_len(line) <= width for line in lines)
    # Continuation lines are blank up to the quote's column, and no word is lost.
    column = len("  a.md:1:29  ~3,500  ")
    assert lines[0][:column] == "  a.md:1:29  ~3,500  "
    assert all(not line[:column].strip() and line[column] != " " for line in lines[1:])
    before, claim, after = excerpt(report.claims[0], None)
    assert " ".join(line[column:] for line in lines) == before + claim + after


def test_other_time_frame_row_is_dimmed_with_an_italic_note():
    report = _one_topic(("corpus/a.md", "Officials said 5 people were hurt.", "5 people",
                         Quantity.exact(5)),
                        ("corpus/b.md", "Officials said 7 people were hurt.", "7 people",
                         Quantity.exact(7)), other_frame=(1,))
    buf = io.StringIO()
    render_terminal(report, Console(file=buf, width=80, force_terminal=True,
                                    color_system="standard"))
    text = buf.getvalue()
    assert "  a.md:1:16  5  Officials said \x1b[1;4m«5 people»\x1b[0m were hurt.\n" in text
    assert "\x1b[2mb.md:1:16\x1b[0m" in text  # the whole row is dim...
    assert "\x1b[1;2;4m«7 people»\x1b[0m" in text  # ...its claim words too
    assert "\x1b[2;3m(other time frame)\x1b[0m" in text  # the note on its own line
    plain = render(report, width=80)
    _plain_checks(plain)
    assert _table_lines(plain) == [
        "  a.md:1:16  5  Officials said «5 people» were hurt.",
        "  b.md:1:16  7  Officials said «7 people» were hurt.",
        "                (other time frame)",
    ]


@pytest.mark.parametrize("make", [sample_report, long_report], ids=["sample", "long"])
@pytest.mark.parametrize("width", [40, 60, 80, 120])
@pytest.mark.parametrize("styled", [False, True], ids=["plain", "styled"])
def test_claim_table_prints_as_rich_table_would(make, width, styled):
    from rich.padding import Padding

    from factcheck.report import terminal

    def printed(renderable) -> str:
        buf = io.StringIO()
        console = Console(file=buf, width=width, force_terminal=styled,
                          color_system="truecolor" if styled else None)
        console.print(renderable)
        return buf.getvalue()

    report = make()
    claims = {c.id: c for c in report.claims}
    articles = {a.id: a for a in report.articles}
    paint = terminal._Painter(Console(force_terminal=styled,
                                      color_system="truecolor" if styled else None))
    for topic in report.topics:
        rows = terminal._claim_rows(topic, claims, articles, {}, paint)
        rich_table = Padding(terminal._topic_table(rows), (0, 0, 0, 2), expand=False)
        assert printed(terminal._ClaimTable(rows)) == printed(rich_table)


def test_claim_tables_skip_rich_table_at_usual_widths(monkeypatch):
    """rich's Table takes half a millisecond a row: it must stay the exception."""
    from factcheck.report import terminal

    def no_table(rows):
        raise AssertionError("fell back to rich's Table")

    monkeypatch.setattr(terminal, "_topic_table", no_table)
    for width in (80, 100, 120, 200):
        render(long_report(), width=width, show_all=True)
        render(sample_report(), width=width, show_all=True)
