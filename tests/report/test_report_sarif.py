"""SARIF 2.1.0 output: what GitHub code scanning needs, checked field by field."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from factcheck.model import (Article, Claim, DateValue, Finding, InputError, Quantity, Report,
                             Span)
from factcheck.run.engine import read_rules, scan
from factcheck.analyse.checks.registry import CHECKS, UnknownCheck
from factcheck.report.sarif import render_sarif, repo_path
from test_report_json import sample_report, storied_report

ROOT = Path(__file__).resolve().parents[2]
from support import LEVELS, SARIF_SUBSET, github_problems  # noqa: F401


def sarif(report: Report, root: Path | None = None) -> dict:
    return json.loads(render_sarif(report, "0.1.0", root))


@pytest.fixture(scope="module")
def corpus_report() -> Report:
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        return scan(["corpus"], *read_rules(None))


@pytest.fixture(scope="module")
def corpus_sarif(corpus_report) -> dict:
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        return sarif(corpus_report)


def test_corpus_sarif_meets_what_github_requires(corpus_sarif):
    assert github_problems(corpus_sarif) == []


def test_corpus_sarif_matches_the_sarif_schema_subset(corpus_sarif):
    jsonschema.Draft202012Validator(SARIF_SUBSET).validate(corpus_sarif)


def test_sample_report_sarif_meets_github_requirements_and_schema_subset():
    doc = sarif(sample_report())
    assert github_problems(doc) == []
    jsonschema.Draft202012Validator(SARIF_SUBSET).validate(doc)


def test_the_checks_reject_a_broken_sarif(corpus_sarif):
    broken = json.loads(json.dumps(corpus_sarif))
    result = broken["runs"][0]["results"][0]
    result["ruleId"] = "no-such-rule"
    result["level"] = "fatal"
    result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] = "/abs/path.txt"
    result["locations"][0]["physicalLocation"]["region"]["startColumn"] = 0
    del result["partialFingerprints"]
    assert len(github_problems(broken)) == 5
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(SARIF_SUBSET).validate(broken)


def test_header_and_tool(corpus_sarif):
    assert corpus_sarif["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert corpus_sarif["version"] == "2.1.0"
    (run,) = corpus_sarif["runs"]
    assert run["tool"]["driver"]["name"] == "factcheck"
    assert run["tool"]["driver"]["version"] == "0.1.0"
    assert run["columnKind"] == "unicodeCodePoints"  # span columns count characters


def test_corpus_gives_one_error_and_one_note_in_report_order(corpus_report, corpus_sarif):
    results = corpus_sarif["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == [f.check for f in corpus_report.findings]
    assert sorted(r["level"] for r in results) == ["error", "note"]
    assert [r["partialFingerprints"] for r in results] == [
        {"factcheck/v2": f.id} for f in corpus_report.findings]  # the fingerprint scheme


def test_every_registered_check_is_a_rule_with_help_in_registry_order(corpus_sarif):
    listed = corpus_sarif["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in listed] == [c.id for c in CHECKS]
    rules = {r["id"]: r for r in listed}
    for check in CHECKS:  # the words come from the check's own module docstring
        assert rules[check.id]["shortDescription"]["text"] == check.summary
        assert rules[check.id]["help"]["text"] == check.help
    date_rule = rules["relative-date-mismatch"]
    assert date_rule["name"] == "RelativeDateMismatch"
    assert date_rule["defaultConfiguration"] == {"level": "error"}
    assert rules["different-bodies"]["defaultConfiguration"] == {"level": "note"}
    assert {"evolving-tally", "falling-tally"} <= set(rules)


def test_region_covers_exactly_the_quoted_words_in_the_file(corpus_report, corpus_sarif):
    claims = {c.id: c for c in corpus_report.claims}
    for result, finding in zip(corpus_sarif["runs"][0]["results"], corpus_report.findings):
        for loc in result["locations"] + result.get("relatedLocations", []):
            physical = loc["physicalLocation"]
            region = physical["region"]
            lines = (ROOT / physical["artifactLocation"]["uri"]).read_text("utf-8").split("\n")
            assert region["startLine"] == region["endLine"]
            words = lines[region["startLine"] - 1][region["startColumn"] - 1:region["endColumn"] - 1]
            assert words == region["snippet"]["text"]
            assert words in {claims[cid].text for cid in finding.claims}


def test_primary_location_is_the_first_claim_and_the_others_are_related(corpus_report,
                                                                       corpus_sarif):
    claims = {c.id: c for c in corpus_report.claims}
    for result, finding in zip(corpus_sarif["runs"][0]["results"], corpus_report.findings):
        first, *others = (claims[cid] for cid in finding.claims)
        assert result["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == first.text
        related = result["relatedLocations"]
        assert [r["id"] for r in related] == list(range(1, len(others) + 1))
        assert [r["message"]["text"] for r in related] == [f"«{c.text}»" for c in others]
        for r in related:  # GitHub shows a related location when the message links to it
            assert f"]({r['id']})" in result["message"]["text"]


def test_relative_date_result_points_at_the_caption_and_the_sentence_that_contradicts_it(
        corpus_sarif):
    (result,) = [r for r in corpus_sarif["runs"][0]["results"]
                 if r["ruleId"] == "relative-date-mismatch"]
    assert result["level"] == "error"
    assert result["properties"]["suggestion"] == "2021-12-29"
    assert "2021" in result["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]
    (related,) = result["relatedLocations"]
    assert related["physicalLocation"]["region"]["startLine"] == 1
    assert (related["physicalLocation"]["artifactLocation"]
            == result["locations"][0]["physicalLocation"]["artifactLocation"])


def test_uri_is_repository_relative_with_a_base_id(corpus_sarif):
    for result in corpus_sarif["runs"][0]["results"]:
        artifact = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert artifact["uriBaseId"] == "%SRCROOT%"
        assert re.fullmatch(r"corpus/\d{3}_[0-9a-f]+\.txt", artifact["uri"])


# ---------------------------------------------------------------- hand-made reports

BODY = "قال المتحدث إن 40 زائراً وصلوا.\nوغادر نحو\n30 زائراً في المساء."


def _claim(cid: str, text: str, line_offset: int = 0, article: str = "x") -> Claim:
    start = BODY.index(text)
    line = BODY.count("\n", 0, start) + 1 + line_offset
    column = start - (BODY.rfind("\n", 0, start) + 1) + 1
    return Claim(id=cid, article=article, kind="quantity", text=text, sentence=text,
                 span=Span(start, start + len(text), line, column), value=Quantity.exact(40))


def small_report(path: str, severity: str = "warning", check: str = "cross-source-conflict",
                 errors: tuple[InputError, ...] = ()) -> Report:
    # Two lines of front matter before the body: the claim's line counts them.
    article = Article("x", path, BODY, "زوار", body_offset_line=2)
    claims = (_claim("x:q1", "40 زائراً", 2), _claim("x:q2", "نحو\n30 زائراً", 2))
    finding = Finding("abc123", check, severity, "visitors", ("x",), ("x:q1", "x:q2"),
                      "The visitor count changes within one article: 40 and about 30.",
                      suggestion="40")
    return Report(articles=(article,), claims=claims, findings=(finding,), input_errors=errors)


def test_claim_over_a_line_break_ends_on_the_next_line():
    doc = sarif(small_report("news/x.md"))
    region = doc["runs"][0]["results"][0]["relatedLocations"][0]["physicalLocation"]["region"]
    # «نحو» ends line 4 of the file (2 front-matter lines + body line 2); «30 زائراً» opens line 5.
    assert (region["startLine"], region["endLine"]) == (4, 5)
    assert region["endColumn"] == len("30 زائراً") + 1
    assert region["startColumn"] == BODY.split("\n")[1].index("نحو") + 1


def test_end_column_is_the_column_after_the_last_character():
    doc = sarif(small_report("news/x.md"))
    region = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == region["endLine"] == 3
    assert region["endColumn"] - region["startColumn"] == len("40 زائراً")


@pytest.mark.parametrize("severity, level", [("error", "error"), ("warning", "warning"),
                                             ("info", "note")])
def test_severity_becomes_the_sarif_level(severity, level):
    result = sarif(small_report("x.md", severity))["runs"][0]["results"][0]
    assert result["level"] == level
    assert result["properties"] == {"severity": severity, "topic": "visitors", "suggestion": "40"}


def test_a_finding_of_an_unregistered_check_is_refused_not_given_invented_help():
    # Findings are made by registered checks only (analyse/checks/base.finding takes a
    # Check), so an unknown id is a bug to surface, not a rule to make up words for.
    with pytest.raises(UnknownCheck, match="unknown check 'visitor-drift'"):
        sarif(small_report("x.md", check="visitor-drift"))


def test_path_under_the_root_becomes_relative(tmp_path):
    absolute = str(tmp_path / "news" / "x.md")
    doc = sarif(small_report(absolute), root=tmp_path)
    artifact = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact == {"uri": "news/x.md", "uriBaseId": "%SRCROOT%"}


def test_path_outside_the_root_is_kept_as_given(tmp_path):
    assert repo_path("/elsewhere/x.md", tmp_path / "repo") == "/elsewhere/x.md"
    assert repo_path("./news/x.md", Path.cwd()) == "news/x.md"
    assert repo_path("./news/x.md", tmp_path / "repo") == "news/x.md"  # no leading "./"


def test_relative_path_is_resolved_against_the_current_folder(tmp_path, monkeypatch):
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    assert repo_path("news/x.md", tmp_path) == "sub/news/x.md"
    assert repo_path("news/x.md") == "news/x.md"


def test_unusual_file_names_are_percent_encoded_in_the_uri():
    doc = sarif(small_report("news/my story#1.md"))
    uri = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "news/my%20story%231.md"


def test_input_errors_are_tool_notifications_and_mark_the_run_unsuccessful():
    errors = (InputError("news/empty.md", "empty file"),
              InputError("news/bin.md", "binary file (contains NUL bytes), not an article"))
    (invocation,) = sarif(small_report("x.md", errors=errors))["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert [n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for n in notes] == [
        "news/bin.md", "news/empty.md"]
    assert notes[1]["message"]["text"] == "empty file" and notes[1]["level"] == "error"


def test_clean_run_is_successful_without_notifications(corpus_sarif):
    assert corpus_sarif["runs"][0]["invocations"] == [{"executionSuccessful": True}]


def test_a_finding_whose_claims_are_missing_still_points_at_its_article():
    report = small_report("news/x.md")
    report = replace(report, claims=())
    result = sarif(report)["runs"][0]["results"][0]
    assert result["locations"] == [{"physicalLocation": {
        "artifactLocation": {"uri": "news/x.md", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 1}}}]
    assert "relatedLocations" not in result


def test_brackets_in_quoted_words_do_not_break_the_message_links():
    report = small_report("x.md")
    bracketed = replace(report.claims[1], text="[30] زائراً")
    doc = sarif(replace(report, claims=(report.claims[0], bracketed)))
    assert "[«\\[30\\] زائراً»](1)" in doc["runs"][0]["results"][0]["message"]["text"]


def test_output_is_deterministic_sorted_and_keeps_arabic_readable(corpus_report):
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        first = render_sarif(corpus_report, "0.1.0")
        second = render_sarif(corpus_report, "0.1.0")
    assert first == second and first.endswith("}\n")
    assert first == json.dumps(json.loads(first), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert "عسكري" in first and "\\u0" not in first


def test_empty_report_is_valid_sarif():
    doc = sarif(Report(articles=()))
    assert doc["runs"][0]["results"] == []
    assert github_problems(doc) == []
    jsonschema.Draft202012Validator(SARIF_SUBSET).validate(doc)


def test_date_claims_render_too():
    report = small_report("x.md")
    dated = replace(report.claims[0], kind="date", value=DateValue(2021, 12, 31, "day"))
    doc = sarif(replace(report, claims=(dated, report.claims[1])))
    assert github_problems(doc) == []


# ---------------------------------------------------------------- the official schema

OFFICIAL_SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json")
                             .read_text(encoding="utf-8"))


def official(doc: dict) -> None:
    """Validate against the vendored OASIS SARIF 2.1.0 schema (draft-04)."""
    jsonschema.Draft4Validator(OFFICIAL_SCHEMA).validate(doc)


def test_the_vendored_schema_is_the_sarif_2_1_0_schema():
    assert OFFICIAL_SCHEMA["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    jsonschema.Draft4Validator.check_schema(OFFICIAL_SCHEMA)


def test_corpus_sarif_is_valid_against_the_official_schema(corpus_sarif):
    official(corpus_sarif)


@pytest.mark.parametrize("make", [lambda: sample_report(), lambda: Report(articles=()),
                                  lambda: small_report("news/x.md", errors=(
                                      InputError("news/e.md", "empty file"),))],
                         ids=["sample", "empty", "input-errors"])
def test_hand_made_reports_are_valid_against_the_official_schema(make):
    official(sarif(make()))


def test_the_official_schema_rejects_a_broken_sarif(corpus_sarif):
    broken = json.loads(json.dumps(corpus_sarif))
    broken["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        official(broken)


def test_an_article_outside_the_repository_gets_an_absolute_file_uri(tmp_path):
    outside = tmp_path / "elsewhere" / "قصة 1.md"
    doc = sarif(small_report(str(outside)), root=tmp_path / "repo")
    artifact = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact == {"uri": outside.as_uri()}  # no uriBaseId: the URI is absolute
    assert artifact["uri"].startswith("file:///") and " " not in artifact["uri"]
    official(doc)


def test_an_article_inside_the_repository_is_relative_to_its_top(tmp_path, monkeypatch):
    (tmp_path / "repo" / "sub").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "repo" / "sub")
    doc = sarif(small_report("news/x.md"), root=tmp_path / "repo")
    artifact = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact == {"uri": "sub/news/x.md", "uriBaseId": "%SRCROOT%"}


def test_each_result_names_its_story_in_its_properties():
    results = sarif(storied_report())["runs"][0]["results"]
    assert [(r["ruleId"], r["properties"]["story"], r["properties"]["storyLabel"])
            for r in results] == [
        ("different-bodies", "s1a2b3c4d5e", "بقاء القوات الأمريكية"),
        ("cross-source-conflict", "s1a2b3c4d5e", "بقاء القوات الأمريكية"),
        ("weekday-mismatch", "s9f8e7d6c5b", "وصول المستشارين"),
    ]
    assert "story" not in sarif(sample_report())["runs"][0]["results"][0]["properties"]
