"""`factcheck checks` and the README's table of checks: both read from the registry."""

import json
import subprocess
import sys

import pytest

from factcheck.analyse.checks.registry import CHECK_IDS, CHECKS
from factcheck.report.checks_doc import (TABLE_END, TABLE_START, markdown_table,
                                         readme_with_table)
from support import ROOT, run


def test_the_readme_table_is_what_the_registry_generates():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split(TABLE_START, 1)[1].split(TABLE_END, 1)[0]
    assert table == "\n" + markdown_table(), (
        "README.md's checks table is stale: run python scripts/checks_table.py")


def test_the_script_rewrites_only_the_table():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    stale = readme.replace("| `weekday-mismatch` |", "| `weekday-mismatch-old` |")
    assert stale != readme and readme_with_table(stale) == readme
    with pytest.raises(ValueError, match="markers"):
        readme_with_table("# no table here\n")
    check = subprocess.run([sys.executable, str(ROOT / "scripts" / "checks_table.py"), "--check"],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


def test_checks_lists_every_check_in_registry_order():
    result = run("checks")
    assert result.returncode == 0, result.stderr
    listed = [line.split()[0] for line in result.stdout.splitlines()[:len(CHECKS)]]
    assert listed == list(CHECK_IDS)
    assert f"{len(CHECKS)} checks." in result.stdout


def test_checks_id_shows_the_documentation_with_its_arabic_example():
    result = run("checks", "weekday-mismatch")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for heading in ("What it finds", "Why it matters", "Example", "What to do"):
        assert f"\n{heading}\n" in out
    assert "default severity: error · status: stable" in out
    assert "يوم الاثنين 7 آذار 2023" in out


def test_checks_json_is_the_catalog_for_other_tools():
    catalog = json.loads(run("checks", "--format", "json").stdout)
    assert [c["id"] for c in catalog] == list(CHECK_IDS)
    assert set(catalog[0]) == {"id", "name", "summary", "default_severity", "status", "runs_on",
                               "doc"}
    assert set(catalog[0]["doc"]) == {"what_it_finds", "why_it_matters", "example", "what_to_do"}
    one = json.loads(run("checks", "falling-tally", "--format", "json").stdout)
    assert one == catalog[CHECK_IDS.index("falling-tally")]


def test_checks_markdown_is_the_readme_table_or_a_page():
    assert run("checks", "--format", "markdown").stdout == markdown_table()
    page = run("checks", "internal-conflict", "--format", "markdown").stdout
    assert page.startswith("# `internal-conflict` (InternalConflict)\n")
    assert "\n## What to do\n" in page


def test_an_unknown_check_is_a_usage_error_with_a_suggestion():
    result = run("checks", "falling-tallies")
    assert result.returncode == 2
    assert "unknown check 'falling-tallies' (did you mean 'falling-tally'?)" in result.stderr
