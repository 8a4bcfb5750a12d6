"""The shipped JSON Schema is the JSON report's contract: real reports pass, broken ones fail."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest

from factcheck.run.engine import read_rules, scan
from factcheck.report.json_report import render_json
from factcheck.report.schema import load_schema, schema_text
from test_report_json import sample_report, storied_report

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(load_schema())


def report_json(report) -> dict:
    return json.loads(render_json(report, "0.1.0"))


@pytest.fixture(scope="module")
def corpus_with_rules() -> dict:
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        return report_json(scan(["corpus"], *read_rules(None)))


@pytest.fixture(scope="module")
def corpus_without_rules() -> dict:
    return report_json(scan([ROOT / "corpus"], [], []))


def errors(validator, data) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(data)]


def test_schema_is_a_valid_draft_2020_12_schema():
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_text_is_the_shipped_file_and_parses_to_load_schema():
    shipped = ROOT / "factcheck" / "report" / "schema" / "report.schema.json"
    assert schema_text() == shipped.read_text("utf-8")
    assert json.loads(schema_text()) == load_schema()


def test_bundled_corpus_report_with_rules_is_valid(validator, corpus_with_rules):
    assert corpus_with_rules["findings"], "the corpus should give findings to validate"
    assert errors(validator, corpus_with_rules) == []


def test_bundled_corpus_report_without_rules_is_valid(validator, corpus_without_rules):
    assert errors(validator, corpus_without_rules) == []


def test_sample_report_with_every_value_shape_is_valid(validator):
    assert errors(validator, report_json(sample_report())) == []


def test_report_of_two_stories_is_valid(validator):
    assert errors(validator, report_json(storied_report())) == []


def test_bundled_corpus_names_a_story_for_every_topic_and_finding(corpus_with_rules):
    ids = {s["id"] for s in corpus_with_rules["stories"]}
    assert ids and {t["story"] for t in corpus_with_rules["topics"]} <= ids
    assert {f["story"] for f in corpus_with_rules["findings"]} <= ids


def test_a_story_without_its_articles_is_rejected(validator, good):
    del good["stories"][0]["articles"]
    assert [e.split(":")[0] for e in errors(validator, good)] == ["stories/0"]


def test_report_with_input_errors_and_nothing_else_is_valid(validator, tmp_path):
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    data = report_json(scan([tmp_path], [], []))
    assert data["input_errors"] and errors(validator, data) == []


@pytest.fixture
def good(corpus_with_rules) -> dict:
    return copy.deepcopy(corpus_with_rules)


def test_missing_required_key_is_rejected(validator, good):
    del good["summary"]
    assert [e.message for e in validator.iter_errors(good)] == ["'summary' is a required property"]


def test_missing_key_in_a_finding_is_rejected(validator, good):
    del good["findings"][0]["severity"]
    assert any("'severity' is a required property" in e for e in errors(validator, good))


def test_bad_severity_is_rejected(validator, good):
    good["findings"][0]["severity"] = "fatal"
    assert [e.split(":")[0] for e in errors(validator, good)] == ["findings/0/severity"]


@pytest.mark.parametrize("where, key, bad", [
    ("claims", "kind", "percentage"),
    ("claims", "line", 0),
    ("topics", "status", "unknown"),
    ("articles", "time_frame", {"start": 2021}),
])
def test_values_outside_the_contract_are_rejected(validator, good, where, key, bad):
    good[where][0][key] = bad
    found = errors(validator, good)
    assert found and all(e.startswith(f"{where}/0/{key}:") for e in found)


def test_a_date_claim_with_a_quantity_value_is_rejected(validator, good):
    claim = next(c for c in good["claims"] if c["kind"] == "date")
    claim["value"] = {"min": 1, "max": 2, "approximate": False}
    assert errors(validator, good)


def test_a_date_bound_that_is_not_iso_is_rejected(validator, good):
    claim = next(c for c in good["claims"] if c["kind"] == "date")
    claim["value"]["start"] = "31/12/2021"
    assert errors(validator, good)


def test_unknown_top_level_key_is_rejected(validator, good):
    good["generated_at"] = "2021-12-29T10:00:00"  # the report promises no timestamps
    assert errors(validator, good)


def test_objects_in_lists_may_grow_new_fields_and_checks(validator, good):
    good["articles"][0]["language"] = "ar"
    good["claims"][0]["confidence"] = 0.9
    good["topics"][0]["severity"] = "error"
    good["findings"][0]["check"] = "falling-tally"
    good["findings"][0]["published_order"] = ["a", "b"]
    assert errors(validator, good) == []
