"""Issue 15, "Nothing crashes a scan": hostile inputs to the command line end in one line
naming the file and exit 2 — never a traceback, never a hang — and the other articles'
findings are still reported."""

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from support import ROOT, run

DEEP = "[" * 100_000 + "]" * 100_000


def one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", folder)
    return folder


def test_a_deeply_nested_baseline_is_exit_2_naming_the_file(tmp_path, corpus):
    baseline = tmp_path / "baseline.json"
    baseline.write_text(DEEP, encoding="utf-8")
    result = run("scan", str(corpus), "--no-rules", "--no-cache", "--quiet",
                 "--baseline", str(baseline), cwd=tmp_path)
    assert result.returncode == 2
    assert one_error_line(result.stderr) == (f"factcheck: error: {baseline}: invalid JSON: arrays "
                                             "or objects nested too deeply to read")


def test_a_deeply_nested_config_is_exit_2_naming_the_file(tmp_path, corpus):
    (tmp_path / "factcheck.toml").write_text("paths = " + DEEP, encoding="utf-8")
    result = run("scan", str(corpus), "--no-cache", "--quiet", cwd=tmp_path)
    assert result.returncode == 2
    assert one_error_line(result.stderr) == ("factcheck: error: factcheck.toml: TOML syntax "
                                             "error: arrays or tables nested too deeply to read")


def test_a_pathological_rule_line_is_read_at_once_and_reported_in_one_line(tmp_path, corpus):
    """'[' and 3,000 spaces: 14 s in the old line locator (timed by hand, not here)."""
    rule = tmp_path / "patho.toml"
    rule.write_text('[[topic]]\nid = "x"\nlabel = "X"\nkind = "quantity"\nunits = [\n['
                    + " " * 3000 + '\n"a"]]\n', encoding="utf-8")
    result = run("scan", str(corpus), "--rules", str(rule), "--no-cache", "--quiet", cwd=tmp_path)
    assert result.returncode == 2
    assert one_error_line(result.stderr) == (f"factcheck: error: {rule}:5: 'units' must be a "
                                             "list of strings, but contains a list in topic 'x'")


def test_a_deeply_nested_rule_file_is_exit_2_naming_the_file(tmp_path, corpus):
    rule = tmp_path / "deep.toml"
    rule.write_text("x = " + DEEP, encoding="utf-8")
    result = run("scan", str(corpus), "--rules", str(rule), "--no-cache", "--quiet", cwd=tmp_path)
    assert result.returncode == 2
    assert one_error_line(result.stderr) == (f"factcheck: error: {rule}: TOML syntax error: "
                                             "arrays or tables nested too deeply to read")


def test_an_unreadable_rule_file_is_exit_2_naming_the_file(tmp_path, corpus, monkeypatch):
    rule = tmp_path / "rules.toml"
    shutil.copy(ROOT / "rules" / "troops.toml", rule)
    real = Path.read_bytes

    def denied(self):
        if self.name == "rules.toml":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)  # tests run as root: chmod would not do
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["scan", str(corpus), "--rules", str(rule), "--no-cache",
                                      "--quiet"])
    assert result.exit_code == 2
    assert one_error_line(result.output) == (f"factcheck: error: {rule}: cannot read the rule "
                                             "file: Permission denied")


def test_a_dangling_gitignore_link_in_the_cache_is_not_followed_and_the_scan_reports(tmp_path,
                                                                                      corpus):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / ".gitignore").symlink_to(tmp_path / "planted")
    plain = run("scan", str(corpus), "--no-cache", "--quiet", "--format", "json", cwd=ROOT)
    result = run("scan", str(corpus), "--cache-dir", str(cache), "--quiet", "--format", "json",
                 cwd=ROOT)
    assert result.returncode == plain.returncode == 1  # the corpus's caption error
    assert not (tmp_path / "planted").exists()
    assert f"{cache / '.gitignore'} is a symbolic link" in one_error_line(result.stderr)
    assert json.loads(result.stdout)["findings"] == json.loads(plain.stdout)["findings"]


def test_an_article_past_the_budget_is_an_input_error_and_the_rest_is_reported(tmp_path, corpus):
    """Issue 15.2: 20,000 figures once took 23.7 GB and killed a worker."""
    import jsonschema

    from factcheck.report.schema import load_schema

    plain = run("scan", str(corpus), "--no-cache", "--quiet", "--format", "json", cwd=ROOT)
    huge = corpus / "huge.txt"
    huge.write_text("\n".join(f"وقال المسؤول إن {n * 7 % 99991} شخصا في المدينة."
                              for n in range(2, 20_002)) + "\n", encoding="utf-8")
    report = tmp_path / "report.json"
    result = run("scan", str(corpus), "--no-cache", "--quiet", "--format", "json",
                 "--json", str(report), cwd=ROOT)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    stdout = json.loads(result.stdout)
    assert stdout == json.loads(report.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(load_schema()).validate(stdout)
    assert stdout["input_errors"] == [{
        "path": str(huge),
        "message": "too large to analyse: 20,000 figures (an article may have at most 2,000)"}]
    assert stdout["findings"] == json.loads(plain.stdout)["findings"]
    assert stdout["findings"]
