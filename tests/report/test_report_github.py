"""GitHub workflow commands: one annotation per finding, escaped by GitHub's rules."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck.model import Article, Claim, Finding, InputError, Quantity, Report, Span, Story
from factcheck.run.engine import read_rules, scan
from factcheck.report.github import escape_data, escape_property, render_github

ROOT = Path(__file__).resolve().parents[2]
COMMAND = re.compile(r"^::(error|warning|notice)(?: ([^:]*))?::(.*)$")


def unescape(text: str) -> str:
    for code, char in (("%2C", ","), ("%3A", ":"), ("%0A", "\n"), ("%0D", "\r"), ("%25", "%")):
        text = text.replace(code, char)
    return text


def parse(line: str) -> tuple[str, dict[str, str], str]:
    """A workflow command back into (level, properties, message), as the runner reads it."""
    match = COMMAND.match(line)
    assert match, line
    level, props, message = match.groups()
    properties = dict(p.split("=", 1) for p in props.split(",")) if props else {}
    return level, {k: unescape(v) for k, v in properties.items()}, unescape(message)


@pytest.mark.parametrize("raw, data, prop", [
    ("plain words", "plain words", "plain words"),
    ("100% sure", "100%25 sure", "100%25 sure"),
    ("two\nlines\r", "two%0Alines%0D", "two%0Alines%0D"),
    ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
    ("%0A stays literal", "%250A stays literal", "%250A stays literal"),
    ("«٢٥٠٠ جندي»", "«٢٥٠٠ جندي»", "«٢٥٠٠ جندي»"),
])
def test_escaping(raw, data, prop):
    assert escape_data(raw) == data
    assert escape_property(raw) == prop
    assert unescape(prop) == raw


BODY = "أعلن المكتب أن 12 مراقباً وصلوا:\nثم وصل نحو\n15 مراقباً آخرين."


def _claim(cid: str, text: str) -> Claim:
    start = BODY.index(text)
    line = BODY.count("\n", 0, start) + 1
    column = start - (BODY.rfind("\n", 0, start) + 1) + 1
    return Claim(id=cid, article="w", kind="quantity", text=text, sentence=text,
                 span=Span(start, start + len(text), line, column), value=Quantity.exact(12))


def report_with(*findings: Finding, path: str = "news/w.md",
                errors: tuple[InputError, ...] = ()) -> Report:
    claims = (_claim("w:q1", "12 مراقباً"), _claim("w:q2", "نحو\n15 مراقباً"))
    return Report(articles=(Article("w", path, BODY, "مراقبون"),), claims=claims,
                  findings=findings, input_errors=errors)


def finding(severity: str = "warning", claims=("w:q1", "w:q2"), **kw) -> Finding:
    fields = dict(id="f1", check="cross-source-conflict", severity=severity, topic="observers",
                  articles=("w",), claims=claims,
                  message="Observer count: 12 here, about 15 there (50% more).")
    fields.update(kw)
    return Finding(**fields)


def test_one_line_per_finding_with_position_and_title():
    out = render_github(report_with(finding(), finding(id="f2", severity="info")))
    assert out.endswith("\n") and len(out.splitlines()) == 2
    level, props, message = parse(out.splitlines()[0])
    assert level == "warning"
    column = BODY.index("12") + 1
    assert props == {"file": "news/w.md", "line": "1", "col": str(column), "endLine": "1",
                     "endColumn": str(column + len("12 مراقباً")), "title": "cross-source-conflict"}
    assert message.startswith("Observer count: 12 here, about 15 there (50% more).")


@pytest.mark.parametrize("severity, command", [("error", "error"), ("warning", "warning"),
                                               ("info", "notice")])
def test_severity_picks_the_command(severity, command):
    assert render_github(report_with(finding(severity))).startswith(f"::{command} ")


def test_message_escapes_percent_and_newlines_and_keeps_one_line():
    line = render_github(report_with(finding(suggestion="12")))
    assert "\n" not in line.rstrip("\n")
    assert "(50%25 more)." in line
    _, _, message = parse(line.rstrip("\n"))
    assert message.split("\n")[1:] == [
        "Suggestion: 12",
        f"Compare news/w.md:2:{BODY.split(chr(10))[1].index('نحو') + 1} «نحو 15 مراقباً»",
    ]


def test_file_and_title_escape_colons_and_commas():
    line = render_github(report_with(finding(check="a:b,c"), path="news/a,b:c.md"))
    assert "file=news/a%2Cb%3Ac.md," in line and ",title=a%3Ab%2Cc::" in line
    _, props, _ = parse(line.rstrip("\n"))
    assert props["file"] == "news/a,b:c.md" and props["title"] == "a:b,c"


def test_annotation_over_a_line_break_has_lines_but_no_columns():
    line = render_github(report_with(finding(claims=("w:q2", "w:q1"))))
    _, props, _ = parse(line.rstrip("\n"))
    assert (props["line"], props["endLine"]) == ("2", "3")
    assert "col" not in props and "endColumn" not in props


def test_finding_without_claims_in_the_report_names_its_article():
    line = render_github(report_with(finding(claims=("gone:q9",))))
    _, props, _ = parse(line.rstrip("\n"))
    assert props == {"file": "news/w.md", "title": "cross-source-conflict"}


def test_input_errors_are_error_annotations_on_the_file():
    errors = (InputError("news/z.md", "empty file"),
              InputError("news/b.md", "not UTF-8 text: undecodable byte 0xff on line 3"))
    lines = render_github(report_with(errors=errors)).splitlines()
    assert [parse(ln) for ln in lines] == [
        ("error", {"file": "news/b.md", "title": "input error"},
         "not UTF-8 text: undecodable byte 0xff on line 3"),
        ("error", {"file": "news/z.md", "title": "input error"}, "empty file"),
    ]


def test_no_findings_no_output():
    assert render_github(Report(articles=())) == ""


def test_absolute_path_under_the_root_is_made_relative(tmp_path):
    report = report_with(finding(), path=str(tmp_path / "news" / "w.md"))
    _, props, _ = parse(render_github(report, root=tmp_path).rstrip("\n"))
    assert props["file"] == "news/w.md"


def test_bundled_corpus_gives_one_error_and_one_notice(monkeypatch):
    monkeypatch.chdir(ROOT)
    report = scan(["corpus"], *read_rules(None))
    lines = render_github(report).splitlines()
    assert len(lines) == len(report.findings) == 2
    parsed = [parse(ln) for ln in lines]
    assert sorted(level for level, _, _ in parsed) == ["error", "notice"]
    claims = {c.id: c for c in report.claims}
    for (_, props, message), f in zip(parsed, report.findings):
        first = claims[f.claims[0]]
        assert props["title"] == f.check
        assert props["file"].startswith("corpus/") and props["line"] == str(first.span.line)
        assert message.startswith(f.message)


def test_unknown_severity_falls_back_to_warning():
    line = render_github(report_with(replace(finding(), severity="severe")))
    assert line.startswith("::warning ")


def test_control_characters_from_articles_cannot_reach_the_log():
    report = report_with(finding(message="\x1b[31mred\x1b[0m and \x9b2J and a\tb"))
    line = render_github(report).rstrip("\n")
    assert "\x1b" not in line and "\x9b" not in line
    assert "\\x1b[31mred\\x1b[0m and \\x9b2J and a\tb" in line


def test_a_scan_of_several_stories_names_each_findings_story_last():
    from test_report_json import storied_report

    report = storied_report()
    messages = [parse(line)[2] for line in render_github(report).splitlines()]
    assert [m.splitlines()[-1] for m in messages[:3]] == [  # then the input errors
        "Story: «بقاء القوات الأمريكية» (s1a2b3c4d5e)",
        "Story: «بقاء القوات الأمريكية» (s1a2b3c4d5e)",
        "Story: «وصول المستشارين» (s9f8e7d6c5b)",
    ]
    one = replace(report, stories=(Story("s1a2b3c4d5e", "القوات", ("a", "b", "c")),))
    assert "Story:" not in render_github(one)
