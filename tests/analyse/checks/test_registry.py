"""The check registry: every check has its module, its documentation and its fixture.

Each check's fixture (tests/fixtures/checks/<id>/, see the README there) is scanned, and
every finding must be the expected one; the lines the check's documentation quotes as its
Example must be lines of those articles.
"""

from __future__ import annotations

import ast
import json
import os
import pkgutil
from pathlib import Path

import pytest

import factcheck.analyse.checks as checks_package
from factcheck.analyse.checks.base import SECTIONS, Check, CheckDocError, CheckStatus, Scope, parse_doc
from factcheck.analyse.checks.registry import BY_ID, CHECK_IDS, CHECKS, UnknownCheck, get_check
from factcheck.model import Report, Severity
from factcheck.run.engine import read_rules, scan

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures" / "checks"
UPDATE = os.environ.get("FACTCHECK_UPDATE_FIXTURES") == "1"


def _fixture_report(folder: Path) -> Report:
    rules = read_rules([folder / "rules"]) if (folder / "rules").is_dir() else ([], [])
    report = scan([folder / "articles"], *rules)
    assert not report.input_errors, report.input_errors
    return report


def _outcome(report: Report) -> list[dict]:
    claims = {c.id: c for c in report.claims}
    status = {t.id: t.status for t in report.topics}
    return [{"check": f.check, "severity": f.severity.value, "topic": f.topic,
             "topic_status": status[f.topic].value if f.topic else None,
             "articles": list(f.articles), "quotes": [claims[cid].text for cid in f.claims],
             "message": f.message, "suggestion": f.suggestion} for f in report.findings]


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.id)
def test_each_check_finds_exactly_what_its_fixture_expects(check):
    folder = FIXTURES / check.id
    assert (folder / "articles").is_dir(), (
        f"tests/fixtures/checks/{check.id}/articles/ is missing: every check needs a fixture")
    found = _outcome(_fixture_report(folder))
    expected_file = folder / "expected.json"
    if UPDATE:
        expected_file.write_text(json.dumps({"findings": found}, ensure_ascii=False, indent=2)
                                 + "\n", encoding="utf-8")
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    assert found == expected["findings"]
    assert check.id in {f["check"] for f in found}, "the fixture must show the check firing"


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.id)
def test_the_documented_example_is_the_fixture_the_test_runs(check):
    lines = check.example_lines()
    assert lines, f"{check.id}: the Example quotes no article line (indent them 4 spaces)"
    written = {line for path in (FIXTURES / check.id / "articles").glob("*.txt")
               for line in path.read_text(encoding="utf-8").splitlines()}
    assert [line for line in lines if line not in written] == []


def test_every_fixture_folder_belongs_to_a_registered_check():
    folders = {p.name for p in FIXTURES.iterdir() if p.is_dir()}
    assert folders == set(CHECK_IDS)


def test_every_check_module_is_registered_once_and_in_its_own_file():
    modules = {m.name for m in pkgutil.iter_modules(checks_package.__path__)}
    check_modules = {name for name in modules if name not in {"base", "compare", "registry", "runner"}}
    assert check_modules == {check.id.replace("-", "_") for check in CHECKS}
    for check in CHECKS:
        assert check.run.__module__ == f"factcheck.analyse.checks.{check.id.replace('-', '_')}"
    assert len(CHECK_IDS) == len(set(CHECK_IDS))


def test_findings_are_made_only_through_base_finding():
    # A Finding(...) built anywhere else could carry an id the registry does not know.
    package = ROOT / "factcheck"
    makers = sorted(str(path.relative_to(ROOT)) for path in package.rglob("*.py")
                    for node in ast.walk(ast.parse(path.read_text("utf-8")))
                    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Finding")
    assert makers == ["factcheck/analyse/checks/base.py"]


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.id)
def test_each_check_is_fully_described(check):
    assert check.name[0].isupper() and "-" not in check.name
    assert isinstance(check.default_severity, Severity) and isinstance(check.status, CheckStatus)
    assert isinstance(check.scope, Scope)
    assert list(check.sections) == list(SECTIONS)
    assert check.summary.endswith(".") and len(check.summary) <= 80
    assert "\n" not in check.help


@pytest.mark.parametrize("doc, problem", [
    ("", "one-line summary"),
    ("Summary.\n\n## What it finds\nx\n\n## What to do\ny", "sections must be"),
    ("Summary.\n\nstray text\n\n## What it finds\nx", "text before the first section"),
    ("Summary.\n\n## What it finds\nx\n## Why it matters\n\n## Example\n    e\n## What to do\ny",
     "empty section Why it matters"),
])
def test_a_check_without_its_sections_is_refused(doc, problem):
    with pytest.raises(CheckDocError, match=problem):
        parse_doc("some-check", doc)
    with pytest.raises(CheckDocError):
        Check(id="some-check", name="SomeCheck", default_severity=Severity.INFO,
              status=CheckStatus.PREVIEW, scope=Scope.TOPIC, doc=doc, run=lambda *a: [])


def test_an_unknown_id_is_refused_with_a_suggestion():
    assert get_check("weekday-mismatch") is BY_ID["weekday-mismatch"]
    with pytest.raises(UnknownCheck, match="did you mean 'weekday-mismatch'"):
        get_check("weekday-mismatches")


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.id)
def test_a_baseline_of_the_old_id_scheme_still_accepts_the_fixture_findings(check):
    # baseline-v1.json was written by factcheck 240d9fb (ids of fingerprint scheme 1, from
    # the values as printed); scheme 2 ids differ, yet every accepted finding still matches.
    from factcheck.gate.baseline import apply_baseline, load_baseline

    folder = FIXTURES / check.id
    if not (folder / "baseline-v1.json").exists():
        pytest.skip(f"{check.id} came after fingerprint scheme 2: no scheme-1 baseline exists")
    report = _fixture_report(folder)
    baseline = load_baseline(folder / "baseline-v1.json")
    assert baseline.fingerprint_version == 1 and baseline.outdated
    assert not baseline.ids & {f.id for f in report.findings}
    result = apply_baseline(report.findings, baseline, report.claims)
    assert (len(result.suppressed), result.new, result.fixed) == (len(report.findings), [], [])
