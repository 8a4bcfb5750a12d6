"""The CI gate end to end: a newsroom git repository, a baseline, and pull requests that
add or edit articles. Everything runs through the installed `factcheck` command."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from factcheck.gate.baseline import Baseline
from factcheck.gate.policy import Gate, GateError, ScanOptions, prepare
from factcheck.model import Article, Claim, Finding, Quantity, Report, Span
from factcheck.run.engine import read_rules, scan
from factcheck.report.schema import load_schema
from support import EXE, ROOT, SARIF_SUBSET, github_problems, run

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

BASELINE = ".factcheck-baseline.json"
CAPTION_ARTICLE = "corpus/002_791b9733c10e92d3.txt"  # holds the mis-dated photo caption
NEW_ARTICLE = "corpus/2021-12-30-advisers.txt"

# A 2021 article on the same story, in our own words. With 3500 it contradicts the 2500
# US troops of 002-004; with 2500 it agrees with them.
NEW_ARTICLE_TEXT = """\
بغداد: أعلنت الحكومة العراقية انتهاء المهام القتالية لقوات التحالف الدولي في العراق مع نهاية العام الجاري 2021.

وقال مسؤول عسكري إن الولايات المتحدة تنشر {troops} جندي في العراق سيبقون لتقديم المشورة والتدريب.
"""
# Nothing to do with troops or deadlines: adding it must not change any finding's id.
UNRELATED_ARTICLE_TEXT = """\
فاز فريق الزوراء على فريق الشرطة بثلاثة أهداف مقابل هدف في الدوري العراقي يوم الجمعة 10 كانون الأول 2021، وحضر المباراة 20000 مشجع.
"""
NEW_FIRST_PARAGRAPH = "تابع مراسلنا في بغداد ردود الفعل على الإعلان من العاصمة العراقية.\n\n"


# ---------------------------------------------------------------- helpers


def git_env() -> dict[str, str]:
    """Commits work on a CI machine without a git identity, whatever the user's settings."""
    return dict(os.environ, GIT_AUTHOR_NAME="Desk", GIT_AUTHOR_EMAIL="desk@example.org",
                GIT_COMMITTER_NAME="Desk", GIT_COMMITTER_EMAIL="desk@example.org",
                GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=os.devnull)


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, env=git_env(), check=True, capture_output=True)


def commit_all(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def add_new_article(repo: Path, troops: int) -> None:
    write(repo / NEW_ARTICLE, NEW_ARTICLE_TEXT.format(troops=troops))


def report_json(result) -> dict:
    assert result.stdout, result.stderr
    return json.loads(result.stdout)


def new_article_id() -> str:
    return Path(NEW_ARTICLE).stem


def baseline_ids(repo: Path) -> set[str]:
    document = json.loads((repo / BASELINE).read_text(encoding="utf-8"))
    return {entry["id"] for entry in document["findings"]}


def copy_corpus_and_rules(folder: Path) -> Path:
    shutil.copytree(ROOT / "corpus", folder / "corpus")
    shutil.copytree(ROOT / "rules", folder / "rules")
    return folder


@pytest.fixture(scope="module")
def baselined_repo(tmp_path_factory) -> Path:
    """The bundled corpus and rules committed, then a baseline accepting today's findings."""
    repo = copy_corpus_and_rules(tmp_path_factory.mktemp("newsroom") / "desk")
    git(repo, "init", "-q")
    commit_all(repo, "bundled corpus")
    written = run("scan", "corpus/", "--update-baseline", "--baseline", BASELINE, cwd=repo)
    assert written.returncode == 0, written.stderr
    assert written.stdout.startswith("wrote ") and BASELINE in written.stdout
    commit_all(repo, "accept the current findings")
    return repo


@pytest.fixture
def repo(baselined_repo, tmp_path) -> Path:
    """A fresh copy of the baselined repository (with its .git) for one test to change."""
    return Path(shutil.copytree(baselined_repo, tmp_path / "desk", symlinks=True))


# ---------------------------------------------------------------- the pull requests of the issue


@needs_git
def test_baseline_accepts_the_bundled_corpus(repo):
    result = run("scan", "corpus/", "--baseline", BASELINE, cwd=repo)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"known findings suppressed (baseline {BASELINE})" in result.stdout


@needs_git
def test_a_new_article_that_contradicts_the_corpus_fails_with_only_its_finding(repo):
    add_new_article(repo, troops=3500)
    for extra in (["--since", "HEAD"], []):  # changed-articles mode, then the baseline alone
        result = run("scan", "corpus/", "--baseline", BASELINE, "--format", "json", *extra,
                     cwd=repo)
        assert result.returncode == 1, result.stderr
        [finding] = report_json(result)["findings"]
        assert finding["check"] == "cross-source-conflict"
        assert finding["topic"] == "us-troops-iraq"
        assert new_article_id() in finding["articles"]
        assert finding["id"] not in baseline_ids(repo)


@needs_git
def test_a_new_article_that_agrees_with_the_corpus_passes(repo):
    add_new_article(repo, troops=2500)
    for extra in (["--since", "HEAD"], []):
        result = run("scan", "corpus/", "--baseline", BASELINE, "--format", "json", *extra,
                     cwd=repo)
        assert result.returncode == 0, result.stdout + result.stderr
        assert not [f for f in report_json(result)["findings"] if f["severity"] == "error"]


@needs_git
def test_a_new_first_paragraph_above_a_baselined_claim_keeps_it_suppressed(repo):
    article = repo / CAPTION_ARTICLE
    article.write_text(NEW_FIRST_PARAGRAPH + article.read_text(encoding="utf-8"),
                       encoding="utf-8")
    gated = run("scan", "corpus/", "--baseline", BASELINE, "--since", "HEAD", cwd=repo)
    assert gated.returncode == 0, gated.stdout + gated.stderr
    assert "only findings involving 1 changed article are shown" in gated.stdout

    everything = report_json(run("scan", "corpus/", "--format", "json", cwd=repo))
    [caption] = [f for f in everything["findings"] if f["check"] == "relative-date-mismatch"]
    assert caption["id"] in baseline_ids(repo)  # same fingerprint …
    claims = {c["id"]: c for c in everything["claims"]}
    caption_lines = [claims[cid]["line"] for cid in caption["claims"]
                     if "تشرين" in claims[cid]["text"]]
    assert caption_lines == [11]  # … though the caption's words moved down from line 9


@needs_git
def test_since_an_unknown_revision_is_a_usage_error_in_one_line(repo):
    result = run("scan", "corpus/", "--since", "no-such-rev", cwd=repo)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("factcheck: error: ") and "no-such-rev" in result.stderr
    assert result.stdout == ""


@needs_git
def test_since_outside_a_git_repository_is_a_usage_error(tmp_path, monkeypatch):
    # Stop git from finding a repository above the temporary folder.
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    project = copy_corpus_and_rules(tmp_path / "loose")
    result = run("scan", "corpus/", "--since", "HEAD", cwd=project)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "not a git repository" in result.stderr


# ---------------------------------------------------------------- --changed (pre-commit)


@needs_git
def test_changed_names_the_new_article_after_the_corpus_folder(repo):
    add_new_article(repo, troops=3500)
    result = run("scan", "corpus/", "--changed", NEW_ARTICLE, "--baseline", BASELINE,
                 "--format", "json", cwd=repo)
    assert result.returncode == 1, result.stderr
    report = report_json(result)
    assert [f["check"] for f in report["findings"]] == ["cross-source-conflict"]
    assert report["summary"]["changed"] == {"articles": [new_article_id()]}
    assert report["summary"]["articles"] == 6  # the whole corpus was read


@needs_git
def test_pre_commit_passes_staged_files_and_the_corpus_comes_from_the_configuration(repo):
    write(repo / "factcheck.toml", f'paths = ["corpus"]\nbaseline = "{BASELINE}"\n')
    write(repo / "README.md", "# Desk\n")  # staged too, but not an article of the corpus
    add_new_article(repo, troops=3500)
    result = run("scan", "--changed", NEW_ARTICLE, "README.md", "--format", "github", cwd=repo)
    assert result.returncode == 1, result.stderr
    [annotation] = result.stdout.splitlines()
    # The annotation sits on the changed article, where the pull request shows it inline.
    assert annotation.startswith(f"::error file={NEW_ARTICLE},line=3,")


@needs_git
def test_an_untouched_article_is_not_reported_in_changed_mode(repo):
    write(repo / "corpus" / "sport.txt", UNRELATED_ARTICLE_TEXT)
    result = run("scan", "corpus/", "--changed", "corpus/sport.txt", cwd=repo)
    assert result.returncode == 0, result.stdout  # the caption error is in 002, not changed
    assert "No findings." in result.stdout


# ---------------------------------------------------------------- baseline


@needs_git
def test_a_baselined_finding_that_disappears_is_listed_as_fixed(repo):
    article = repo / CAPTION_ARTICLE
    article.write_text(article.read_text(encoding="utf-8").replace(
        "الاربعاء 29 تشرين الاول اكتوبر 2021", "الاربعاء 29 كانون الاول ديسمبر 2021"),
        encoding="utf-8")
    [caption_id] = [entry["id"] for entry in json.loads(
        (repo / BASELINE).read_text(encoding="utf-8"))["findings"]
        if entry["check"] == "relative-date-mismatch"]

    terminal = run("scan", "corpus/", "--baseline", BASELINE, cwd=repo)
    assert terminal.returncode == 0
    assert "1 baseline finding no longer occurs (fixed)" in terminal.stdout
    assert f"  {caption_id}  relative-date-mismatch" in terminal.stdout

    as_json = report_json(run("scan", "corpus/", "--baseline", BASELINE, "--format", "json",
                              cwd=repo))
    assert as_json["summary"]["baseline"]["fixed"] == [caption_id]

    shrunk = run("scan", "corpus/", "--baseline", BASELINE, "--update-baseline", cwd=repo)
    assert shrunk.returncode == 0 and caption_id not in baseline_ids(repo)


def test_update_baseline_is_deterministic_and_refuses_without_a_path(tmp_path):
    project = copy_corpus_and_rules(tmp_path)
    first = run("scan", "corpus/", "--update-baseline", "--baseline", "a.json", cwd=project)
    second = run("scan", "corpus/", "--update-baseline", "--baseline", "b.json", cwd=project)
    assert first.returncode == second.returncode == 0
    assert (project / "a.json").read_bytes() == (project / "b.json").read_bytes()
    refused = run("scan", "corpus/", "--update-baseline", cwd=project)
    assert refused.returncode == 2 and "--update-baseline needs a baseline path" in refused.stderr


# ---------------------------------------------------------------- fingerprints


def _finding_ids(paths, cwd: Path, monkeypatch) -> list[str]:
    monkeypatch.chdir(cwd)
    return [f.id for f in scan(paths, *read_rules([ROOT / "rules"])).findings]


def test_finding_ids_do_not_depend_on_the_order_files_are_given(tmp_path, monkeypatch):
    project = copy_corpus_and_rules(tmp_path)
    files = sorted((project / "corpus").glob("*.txt"))
    in_order = _finding_ids(files, project, monkeypatch)
    reversed_order = _finding_ids(list(reversed(files)), project, monkeypatch)
    assert in_order and sorted(in_order) == sorted(reversed_order)


def test_finding_ids_survive_an_unrelated_article_being_added(tmp_path, monkeypatch):
    project = copy_corpus_and_rules(tmp_path)
    before = _finding_ids(["corpus"], project, monkeypatch)
    write(project / "corpus" / "sport.txt", UNRELATED_ARTICLE_TEXT)
    after = _finding_ids(["corpus"], project, monkeypatch)
    assert before and set(before) <= set(after)


def test_finding_ids_do_not_depend_on_how_values_are_printed(tmp_path, monkeypatch):
    from factcheck.model import DateValue, Quantity

    project = copy_corpus_and_rules(tmp_path)
    before = _finding_ids(["corpus"], project, monkeypatch)
    monkeypatch.setattr(Quantity, "describe", lambda self: "printed otherwise")
    monkeypatch.setattr(DateValue, "describe", lambda self: "printed otherwise")
    assert before and _finding_ids(["corpus"], project, monkeypatch) == before


OLD_BASELINES = ROOT / "tests" / "fixtures" / "baselines"


@pytest.mark.parametrize("name, options, count", [
    ("corpus-with-rules-v1.json", [], 2),
    ("corpus-no-rules-v1.json", ["--no-rules"], 1),
])
def test_a_baseline_from_before_versioned_ids_still_gates_and_asks_to_be_rewritten(
        tmp_path, name, options, count):
    # Written by factcheck 240d9fb (fingerprint scheme 1) for the bundled corpus.
    project = copy_corpus_and_rules(tmp_path)
    shutil.copy(OLD_BASELINES / name, project / BASELINE)
    result = run("scan", "corpus/", *options, "--baseline", BASELINE, cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{count} known finding{'s' if count > 1 else ''} suppressed" in result.stdout
    assert "no longer occur" not in result.stdout
    notes = [line for line in result.stderr.splitlines() if "fingerprint scheme 1" in line]
    assert len(notes) == 1 and "--update-baseline" in notes[0]
    # A new finding is still new: the old scheme never lets one through.
    write(project / "corpus" / "misdated.txt",
          "خبر\nافتتحت البلدية الحديقة العامة الجديدة يوم الاثنين 7 آذار 2023 بحضور السكان.\n")
    assert run("scan", "corpus/", *options, "--baseline", BASELINE, cwd=project).returncode == 1
    (project / "corpus" / "misdated.txt").unlink()
    # Rewritten, it holds the new ids, and the note is gone.
    assert run("scan", "corpus/", *options, "--update-baseline", "--baseline", BASELINE,
               cwd=project).returncode == 0
    document = json.loads((project / BASELINE).read_text(encoding="utf-8"))
    assert document["fingerprint_version"] == 2
    again = run("scan", "corpus/", *options, "--baseline", BASELINE, cwd=project)
    assert again.returncode == 0 and "fingerprint scheme" not in again.stderr
    assert f"{count} known finding" in again.stdout


def test_a_baseline_of_an_unknown_newer_scheme_is_a_usage_error(tmp_path):
    project = copy_corpus_and_rules(tmp_path)
    write(project / BASELINE, json.dumps({"tool": "factcheck", "baseline_version": 2,
                                          "fingerprint_version": 9, "findings": []}))
    result = run("scan", "corpus/", "--baseline", BASELINE, cwd=project)
    assert result.returncode == 2
    assert "fingerprint scheme 9, which this factcheck does not know" in result.stderr


# ---------------------------------------------------------------- configuration


def test_configuration_is_found_from_a_subfolder(tmp_path):
    project = copy_corpus_and_rules(tmp_path)
    write(project / "factcheck.toml", 'paths = ["corpus"]\nrules = "rules"\n')
    result = run("scan", "--format", "json", cwd=project / "corpus")
    assert result.returncode == 1, result.stderr
    report = report_json(result)
    assert report["summary"]["articles"] == 5
    assert any(t["id"] == "us-troops-iraq" for t in report["topics"])  # the configured rules
    assert "us-troops-iraq" in run("rules", cwd=project / "corpus").stdout


def test_tool_factcheck_in_pyproject_is_configuration_too(tmp_path):
    project = copy_corpus_and_rules(tmp_path)
    write(project / "pyproject.toml",
          '[project]\nname = "desk"\n\n[tool.factcheck]\npaths = ["corpus"]\nfail-on = "never"\n')
    assert run("scan", cwd=project).returncode == 0


def test_an_unknown_configuration_key_is_exit_2_naming_the_file_and_line(tmp_path):
    project = copy_corpus_and_rules(tmp_path)
    write(project / "factcheck.toml", 'paths = ["corpus"]\nfail_on = "never"\n')
    result = run("scan", cwd=project)
    assert result.returncode == 2
    assert result.stderr.startswith("factcheck: error: factcheck.toml:2: unknown key 'fail_on'")
    assert "did you mean 'fail-on'" in result.stderr


def test_command_line_options_win_over_the_configuration(tmp_path):
    project = copy_corpus_and_rules(tmp_path)
    assert run("scan", "corpus/", "--update-baseline", "--baseline", BASELINE,
               cwd=project).returncode == 0
    write(project / "factcheck.toml",
          f'paths = ["corpus"]\nfail-on = "never"\nbaseline = "{BASELINE}"\n')
    assert run("scan", cwd=project).returncode == 0
    # --fail-on beats fail-on, but the configured baseline still suppresses everything …
    assert run("scan", "--fail-on", "error", cwd=project).returncode == 0
    # … until --no-baseline drops it.
    assert run("scan", "--fail-on", "error", "--no-baseline", cwd=project).returncode == 1
    # A PATH replaces the configured paths.
    one = report_json(run("scan", "corpus/000_13051d619b05dd2f.txt", "--format", "json",
                          cwd=project))
    assert one["summary"]["articles"] == 1


def test_disabled_checks_are_neither_reported_nor_listed_as_fixed(tmp_path):
    project = copy_corpus_and_rules(tmp_path)
    assert run("scan", "corpus/", "--update-baseline", "--baseline", BASELINE,
               cwd=project).returncode == 0
    write(project / "factcheck.toml",
          'paths = ["corpus"]\ndisable = ["relative-date-mismatch", "different-bodies"]\n')
    result = run("scan", "--no-baseline", cwd=project)
    assert result.returncode == 0 and "No findings." in result.stdout
    with_baseline = run("scan", "--baseline", BASELINE, cwd=project)
    assert "no longer occur" not in with_baseline.stdout


def test_a_configured_baseline_that_does_not_exist_yet_is_a_note_not_an_error(tmp_path):
    project = copy_corpus_and_rules(tmp_path)
    write(project / "factcheck.toml", f'paths = ["corpus"]\nbaseline = "{BASELINE}"\n')
    result = run("scan", cwd=project)
    assert result.returncode == 1  # nothing suppressed: the caption error gates
    assert f"baseline {BASELINE} not found" in result.stderr


# ---------------------------------------------------------------- output formats


def test_sarif_from_a_subfolder_has_repository_relative_paths_and_meets_github_needs(repo):
    add_new_article(repo, troops=3500)
    sarif_file = repo / "results.sarif"
    result = run("scan", ".", "--rules", "../rules", "--format", "sarif", "--sarif",
                 str(sarif_file), cwd=repo / "corpus")
    assert result.returncode == 1, result.stderr
    document = json.loads(result.stdout)
    assert github_problems(document) == []
    jsonschema.validate(document, SARIF_SUBSET)
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
            for r in document["runs"][0]["results"]
            for loc in r["locations"] + r.get("relatedLocations", [])}
    assert CAPTION_ARTICLE in uris and NEW_ARTICLE in uris  # from the repository's top
    assert json.loads(sarif_file.read_text(encoding="utf-8")) == document


def test_github_format_prints_one_workflow_command_per_finding(tmp_path):
    project = copy_corpus_and_rules(tmp_path)
    result = run("scan", "corpus/", "--format", "github", cwd=project)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"::error file={CAPTION_ARTICLE},line=9,col=16,")
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)


def test_json_gains_baseline_and_changed_summaries_that_the_schema_accepts(repo):
    add_new_article(repo, troops=3500)
    result = run("scan", "corpus/", "--baseline", BASELINE, "--since", "HEAD", "--format",
                 "json", cwd=repo)
    report = report_json(result)
    assert report["summary"]["baseline"]["path"] == BASELINE
    assert report["summary"]["baseline"]["suppressed"] >= 1
    jsonschema.validate(report, load_schema())


# ---------------------------------------------------------------- init and schema


def test_init_then_scan_then_accept_then_pass(tmp_path):
    created = run("init", cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    assert "created factcheck.toml" in created.stdout
    shutil.copy(ROOT / CAPTION_ARTICLE, tmp_path / "articles")

    first = run("scan", cwd=tmp_path)
    assert first.returncode == 1  # the caption error, found with the starter configuration
    assert "1 article," in first.stdout and "not found: nothing suppressed" in first.stderr
    assert run("scan", "--update-baseline", cwd=tmp_path).returncode == 0
    assert run("scan", cwd=tmp_path).returncode == 0


def test_init_never_overwrites(tmp_path):
    assert run("init", cwd=tmp_path).returncode == 0
    again = run("init", cwd=tmp_path)
    assert again.returncode == 2 and "already exists" in again.stderr


def test_schema_command_prints_the_shipped_json_schema():
    result = run("schema")
    assert result.returncode == 0
    assert json.loads(result.stdout) == load_schema()


# ---------------------------------------------------------------- usage errors


@pytest.mark.parametrize("args, message", [
    (["scan"], "no articles to scan"),
    (["scan", "--changed", "corpus/000_13051d619b05dd2f.txt"], "--changed needs the corpus"),
    (["scan", "corpus/", "--changed", "--since", "HEAD"], "use either --changed or --since"),
    (["scan", "corpus/", "--baseline", "missing.json"], "missing.json: no such baseline file"),
    (["scan", "corpus/", "--changed", "corpus/nope.txt"], "corpus/nope.txt: no such file"),
])
def test_usage_errors_exit_2_with_one_line(tmp_path, args, message):
    project = copy_corpus_and_rules(tmp_path)
    result = run(*args, cwd=project)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr


def test_an_invalid_baseline_file_is_a_usage_error_naming_it(tmp_path):
    project = copy_corpus_and_rules(tmp_path)
    write(project / BASELINE, '{"tool": "factcheck", "findings": []}\n')
    result = run("scan", "corpus/", "--baseline", BASELINE, cwd=project)
    assert result.returncode == 2 and BASELINE in result.stderr


# ---------------------------------------------------------------- the gate's rules, in-process


def _claim(cid: str, article: str) -> Claim:
    return Claim(id=cid, article=article, kind="quantity", text="2500 جندي", sentence="2500 جندي",
                 span=Span(0, 9, 1, 1), value=Quantity.exact(2500))


CONFLICT = Finding(id="c0", check="cross-source-conflict", severity="error", topic="troops",
                   articles=("a", "b"), claims=("a:q1", "b:q1"), message="2500 vs 3500")
BODIES = Finding(id="b0", check="different-bodies", severity="info", topic="troops",
                 articles=("a", "b"), claims=("a:q1", "b:q1"), message="US vs coalition")
REPORT = Report(articles=(), claims=(_claim("a:q1", "a"), _claim("b:q1", "b")),
                findings=(CONFLICT, BODIES))


def _gate(**settings) -> Gate:
    defaults = {"corpus": (Path("corpus"),), "rules": None, "fail_on": "error",
                "baseline_path": None, "baseline": None, "update_baseline": False,
                "changed": None}
    return Gate(**{**defaults, **settings})


def test_a_severity_override_grades_the_topics_conflicts_not_its_notes():
    result = _gate(severity={"troops": "warning"}).apply(REPORT)
    assert {f.check: f.severity for f in result.report.findings} == {
        "cross-source-conflict": "warning", "different-bodies": "info"}
    assert _gate(severity={"troops": "warning"}).exit_code(result) == 0


def test_the_baseline_applies_to_all_findings_before_changed_filtering():
    baseline = Baseline(Path(BASELINE), ({"id": "c0", "check": "cross-source-conflict"},
                                         {"id": "gone", "check": "weekday-mismatch"}))
    gate = _gate(baseline_path=Path(BASELINE), baseline=baseline, changed=())
    result = gate.apply(REPORT)
    assert result.report.findings == ()  # nothing changed, so nothing is reported
    assert result.summary.baseline.suppressed == 1
    assert [e["id"] for e in result.summary.baseline.fixed] == ["gone"]
    assert [f.id for f in result.all_findings] == ["c0", "b0"]  # what --update-baseline writes


def test_prepare_reads_folders_after_changed_as_the_corpus_and_files_as_the_change(tmp_path,
                                                                                   monkeypatch):
    monkeypatch.chdir(copy_corpus_and_rules(tmp_path))
    new = Path("corpus/000_13051d619b05dd2f.txt")
    gate = prepare(ScanOptions(paths=(Path("corpus"), new), changed=True), None, tmp_path)
    assert gate.corpus == (Path("corpus"),) and gate.changed == (new,)
    with pytest.raises(GateError, match="needs the corpus"):
        prepare(ScanOptions(paths=(new,), changed=True), None, tmp_path)


def test_changed_mode_leads_each_finding_with_a_changed_articles_claim(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    articles = tuple(Article(id=name, path=f"{name}.txt", text="…", title="…") for name in "ab")
    result = _gate(changed=(Path("b.txt"),)).apply(replace(REPORT, articles=articles))
    assert [f.claims for f in result.report.findings] == [("b:q1", "a:q1")] * 2
    assert result.summary.changed_articles == ("b",)


@needs_git
@pytest.mark.parametrize("terminal", [False, True], ids=["captured", "terminal-80"])
def test_one_conflicting_article_under_pre_commit_takes_a_handful_of_lines(repo, terminal):
    """What .pre-commit-hooks.yaml runs for one staged article that contradicts the corpus:
    the finding, its quotes and the summary, at most 15 lines, also on an 80-column
    terminal (FORCE_COLOR makes the piped output one)."""
    (repo / "factcheck.toml").write_text(f'paths = ["corpus"]\nbaseline = "{BASELINE}"\n',
                                         encoding="utf-8")
    add_new_article(repo, troops=3500)
    env = dict(os.environ, COLUMNS="80", NO_COLOR="1")
    env.pop("FORCE_COLOR", None)
    if terminal:
        env["FORCE_COLOR"] = "1"
    cmd = [EXE or "factcheck", "scan", "--changed", NEW_ARTICLE]
    result = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, encoding="utf-8",
                            env=env)
    assert result.returncode == 1, result.stderr
    lines = (result.stdout + result.stderr).splitlines()
    assert len(lines) <= 15, "\n".join(lines)
    assert lines[0].startswith("ERROR  cross-source-conflict  corpus/2021-12-30-advisers.txt:")
    assert any("«3500 جندي»" in line for line in lines)
