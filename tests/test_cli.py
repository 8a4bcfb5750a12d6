"""The installed `factcheck` command: exit codes, JSON, determinism, bad input."""

import json
import os
import shutil
import subprocess
import sys


from support import EXE, ROOT, run


def test_entry_point_is_installed():
    assert EXE, "pip install -e . should put `factcheck` on PATH"


def test_scan_exits_1_on_the_bundled_corpus_because_of_the_caption_error():
    result = run("scan", "corpus/")
    assert result.returncode == 1, result.stderr
    assert "weekday" in result.stdout or "relative-date-mismatch" in result.stdout
    assert "\x1b[" not in result.stdout  # not a terminal: plain output


def test_fail_on_never_exits_0():
    assert run("scan", "corpus/", "--fail-on", "never").returncode == 0


def test_json_on_stdout_is_valid_and_byte_identical_across_runs():
    first = run("scan", "corpus/", "--format", "json")
    second = run("scan", "corpus/", "--format", "json")
    assert first.returncode == 1
    assert first.stdout == second.stdout
    report = json.loads(first.stdout)
    assert report["schema_version"] == "3"
    assert report["summary"]["articles"] == 5
    assert report["summary"]["findings"]["error"] == 1


def test_json_file_next_to_terminal_report(tmp_path):
    out = tmp_path / "report.json"
    result = run("scan", "corpus/", "--json", str(out))
    assert result.returncode == 1
    assert json.loads(out.read_text(encoding="utf-8"))["tool"]["name"] == "factcheck"


def test_python_dash_m_works_too():
    result = subprocess.run([sys.executable, "-m", "factcheck", "version"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip()


def test_missing_path_is_exit_2_with_one_line():
    result = run("scan", "no/such/folder")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "no/such/folder" in result.stderr


def test_input_errors_give_exit_2_but_the_scan_goes_on(tmp_path):
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    (tmp_path / "corpus" / "broken.txt").write_bytes(b"\xff\xfe\x00\x01binary")
    result = run("scan", str(tmp_path / "corpus"), "--format", "json", "--no-rules")
    assert result.returncode == 2
    report = json.loads(result.stdout)
    assert report["summary"]["articles"] == 5
    assert [e["path"].rsplit("/", 1)[-1] for e in report["input_errors"]] == ["broken.txt"]


def test_a_file_name_that_is_not_utf8_is_scanned_cached_and_reported(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    first = sorted(corpus.glob("*.txt"))[0]
    first.rename(corpus / os.fsdecode(b"caption-\xff.txt"))
    for _ in range(2):  # the second run reads the cache the first one wrote
        result = run("scan", str(corpus), "--format", "json", cwd=tmp_path)
        assert result.returncode == 1, result.stderr
        report = json.loads(result.stdout)
        assert report["summary"]["articles"] == 5
        paths = [a["path"] for a in report["articles"]]
        assert any(p.endswith("caption-\\xff.txt") for p in paths), paths


def test_invalid_rule_file_is_exit_2_naming_file_and_line(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bad.toml").write_text('[[topic]]\nid = "x"\nlabel = "X"\nkind = "quantity"\nunts = ["جندي"]\n',
                                    encoding="utf-8")
    result = run("scan", str(ROOT / "corpus"), "--rules", str(rules))
    assert result.returncode == 2
    assert "bad.toml:5" in result.stderr


def test_rules_command_lists_the_bundled_rules():
    result = run("rules")
    assert result.returncode == 0
    assert "us-troops-iraq" in result.stdout and "withdrawal-deadline" in result.stdout


def test_claims_command_shows_one_article():
    result = run("claims", "corpus/002_791b9733c10e92d3.txt")
    assert result.returncode == 0
    assert "corpus/002_791b9733c10e92d3.txt" in result.stdout
    assert "26:87" in result.stdout and "«2500 عسكريا»" in result.stdout  # line:col and quote


def test_claims_command_json():
    result = run("claims", "corpus/002_791b9733c10e92d3.txt", "--format", "json")
    claims = json.loads(result.stdout)["claims"]
    assert any(c["kind"] == "date" and c["value"]["start"] == "2021-10-29" for c in claims)


def test_unknown_option_is_a_usage_error():
    assert run("scan", "corpus/", "--format", "xml").returncode == 2


def test_piped_report_has_no_trailing_spaces_and_one_line_per_paragraph():
    out = run("scan", "corpus/").stdout
    lines = out.split("\n")
    assert not [line for line in lines if line != line.rstrip()]
    # Not a terminal: nothing wraps, so grep sees each message whole.
    message = next(line for line in lines if "was a Friday, not a Wednesday" in line)
    assert message.rstrip().endswith("The date was probably meant to be 2021-12-29.")


def test_json_without_baseline_or_changed_mode_has_the_plain_summary():
    summary = json.loads(run("scan", "corpus/", "--format", "json").stdout)["summary"]
    assert set(summary) == {"articles", "claims", "topics", "stories", "findings", "input_errors"}


def test_scan_help_lists_the_ci_gate_options():
    help_text = run("scan", "--help").stdout
    for option in ("--baseline", "--no-baseline", "--update-baseline", "--changed", "--corpus",
                   "--since", "--sarif", "github"):
        assert option in help_text, option


def test_claims_has_no_sarif_format():
    result = run("claims", "corpus/", "--format", "sarif")
    assert result.returncode == 2 and "sarif" in result.stderr


def test_schema_and_init_are_commands():
    help_text = run("--help").stdout
    assert "schema" in help_text and "init" in help_text


def test_eval_scores_a_scan_against_a_gold_file(tmp_path):
    (tmp_path / "a.txt").write_text("قتل 12 شخصا في ليبيا جراء العاصفة.\n", encoding="utf-8")
    gold = {"topics": [{"id": "dead", "kind": "quantity", "expected": "consistent", "claims": [
        {"article": "a.txt", "quote": "12 شخصا", "value": 12}]}]}
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    table = run("eval", str(tmp_path / "gold.json"))
    assert table.returncode == 0, table.stderr
    assert "claim recall" in table.stdout and "1/1" in table.stdout
    as_json = json.loads(run("eval", str(tmp_path / "gold.json"), "--format", "json").stdout)
    assert as_json["stories"][0]["gold"].endswith("gold.json")


def test_eval_with_a_broken_gold_file_is_a_usage_error(tmp_path):
    (tmp_path / "gold.json").write_text('{"topics": [{"id": 1}]}', encoding="utf-8")
    result = run("eval", str(tmp_path / "gold.json"))
    assert result.returncode == 2
    assert result.stderr.startswith("factcheck: error: ") and "gold.json" in result.stderr


def test_eval_scores_the_good_gold_files_and_names_the_bad_one(tmp_path):
    good, bad = tmp_path / "good", tmp_path / "bad"
    for folder in (good, bad):
        folder.mkdir()
        (folder / "a.txt").write_text("قتل 12 شخصا في ليبيا جراء العاصفة.\n", encoding="utf-8")
    gold = {"topics": [{"id": "dead", "kind": "quantity", "expected": "consistent", "claims": [
        {"article": "a.txt", "quote": "12 شخصا", "value": 12}]}]}
    (good / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    gold["topics"][0]["claims"][0]["value"] = "2025-06-27"  # a date in a quantity topic
    (bad / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result = run("eval", str(bad / "gold.json"), str(good / "gold.json"), "--format", "json")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "bad/gold.json" in result.stderr
    [story] = json.loads(result.stdout)["stories"]
    assert story["gold"].endswith("good/gold.json")


def test_format_choices_come_from_the_renderers():
    from factcheck.report import FORMATS

    help_text = run("scan", "--help").stdout
    assert "<" + "|".join(FORMATS) + ">" in help_text.replace("\n", "").replace(" ", "")


def test_output_writes_each_format_to_its_file(tmp_path):
    result = run("scan", "corpus/", "--output", f"json={tmp_path / 'r.json'}",
                 "-o", f"sarif={tmp_path / 'r.sarif'}", "--format", "github")
    assert result.returncode == 1, result.stderr
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["summary"]["articles"] == 5
    assert json.loads((tmp_path / "r.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert result.stdout.startswith("::error ")


def test_output_needs_a_known_format_and_a_path(tmp_path):
    for bad in ("xml=r.xml", "json", "json="):
        result = run("scan", "corpus/", "--output", bad)
        assert result.returncode == 2 and result.stderr.count("\n") == 1, bad
        assert "--output" in result.stderr


def test_unwritable_report_file_is_exit_2_with_one_line(tmp_path):
    result = run("scan", "corpus/", "--json", str(tmp_path / "missing" / "r.json"))
    assert result.returncode == 2 and "cannot write the json report" in result.stderr


def test_version_option_prints_the_version():
    from factcheck import __version__

    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == __version__


def test_an_environment_missing_a_dependency_gets_one_line_and_exit_2():
    # an old virtual environment made before hijridate was a dependency
    code = ("import sys; sys.modules['hijridate'] = None; sys.argv = ['factcheck', 'scan', "
            "'corpus/', '--format', 'json']; from factcheck.__main__ import main; main()")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, encoding="utf-8")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "factcheck: error: this Python environment lacks 'hijridate', which factcheck needs; "
        "install factcheck into it again (pip install -e . from the repository)"]


def test_python_m_factcheck_prints_the_json_report():
    result = subprocess.run([sys.executable, "-m", "factcheck", "scan", "corpus/", "--format",
                             "json", "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                            encoding="utf-8")
    assert result.returncode in (0, 1), result.stderr
    assert json.loads(result.stdout)["schema_version"]


def _env_run(env: dict, *args: str):
    cmd = [EXE, *args] if EXE else [sys.executable, "-m", "factcheck", *args]
    merged = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                          env={**merged, "COLUMNS": "80", **env})


def test_force_color_colours_a_pipe_and_no_color_wins_over_it():
    assert "\x1b[" in _env_run({"FORCE_COLOR": "1"}, "scan", "corpus/").stdout
    assert "\x1b[" not in _env_run({"FORCE_COLOR": "1", "NO_COLOR": "1"}, "scan", "corpus/").stdout
    assert "\x1b[" not in _env_run({"FORCE_COLOR": "1"}, "scan", "corpus/", "--no-color").stdout


def test_a_dash_reads_one_article_from_standard_input():
    text = (ROOT / "corpus" / "002_791b9733c10e92d3.txt").read_bytes()
    cmd = [EXE, "scan", "-", "--no-rules", "--format", "json"] if EXE else [
        sys.executable, "-m", "factcheck", "scan", "-", "--no-rules", "--format", "json"]
    result = subprocess.run(cmd, cwd=ROOT, input=text, capture_output=True)
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert [a["path"] for a in report["articles"]] == ["<stdin>"]
    assert any(f["check"] == "relative-date-mismatch" for f in report["findings"])


def test_no_articles_found_is_exit_2_with_one_line(tmp_path):
    (tmp_path / "README.md").write_text("not an article\n", encoding="utf-8")
    result = run("scan", str(tmp_path))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "no articles found" in result.stderr


def test_exclude_and_extend_exclude_skip_files(tmp_path):
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    everything = json.loads(run("scan", str(tmp_path / "corpus"), "--format", "json",
                                "--no-rules").stdout)
    fewer = json.loads(run("scan", str(tmp_path / "corpus"), "--format", "json", "--no-rules",
                           "--extend-exclude", "00[34]_*").stdout)
    assert everything["summary"]["articles"] == 5 and fewer["summary"]["articles"] == 3
    (tmp_path / "corpus" / "README.md").write_text("قتل 5 أشخاص.\n", encoding="utf-8")
    kept = json.loads(run("scan", str(tmp_path / "corpus"), "--format", "json", "--no-rules",
                          "--exclude", "004_*").stdout)
    # --exclude replaces the default list: README.md is read, 004 is not.
    assert sorted(a["id"] for a in kept["articles"])[-1] == "README"
    assert "004_26a557f2d77ed99b" not in {a["id"] for a in kept["articles"]}


def test_exclude_from_the_configuration(tmp_path):
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    (tmp_path / "factcheck.toml").write_text(
        'paths = ["corpus"]\nno-rules = true\nextend-exclude = ["000_*"]\n', encoding="utf-8")
    report = json.loads(run("scan", "--format", "json", cwd=tmp_path).stdout)
    assert report["summary"]["articles"] == 4


def test_rules_reports_every_broken_file_not_just_the_first(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    good = '[[topic]]\nid = "{id}"\nlabel = "X"\nkind = "quantity"\n'
    (rules / "a.toml").write_text(good.format(id="a") + 'unts = ["جندي"]\n', encoding="utf-8")
    (rules / "b.toml").write_text(good.format(id="b") + "window = 0\n", encoding="utf-8")
    (rules / "c.toml").write_text(good.format(id="a"), encoding="utf-8")  # valid on its own
    (rules / "d.toml").write_text(good.format(id="d"), encoding="utf-8")
    result = run("rules", str(rules))
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("factcheck: error:")]
    assert [e.split(": ")[2].rsplit(":", 1)[0].rsplit("/", 1)[-1] for e in errors] == [
        "a.toml", "b.toml"]
    assert "2 errors in 2 of 4 rule files" in result.stderr


def test_rules_reports_a_topic_id_defined_in_two_files(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    for name in ("a", "b"):
        (rules / f"{name}.toml").write_text(
            '[[topic]]\nid = "same"\nlabel = "X"\nkind = "quantity"\n', encoding="utf-8")
    result = run("rules", str(rules))
    assert result.returncode == 2 and "duplicate topic id 'same'" in result.stderr


def test_html_file_next_to_terminal_report(tmp_path):
    out = tmp_path / "report.html"
    result = run("scan", "corpus/", "--html", str(out))
    assert result.returncode == 1, result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and text.count('class="finding ') == 2
    printed = run("scan", "corpus/", "--format", "html").stdout
    assert printed.startswith("<!DOCTYPE html>") and printed.count('class="finding ') == 2


def _readme_commands() -> list[str]:
    import re

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = text[text.index("## Set up"):text.index("## Use")]
    return re.findall(r"```sh\n(.+?)\n```", setup)


def test_readme_set_up_commands_make_and_use_a_virtual_environment():
    install, test = _readme_commands()
    for command in (install, test):
        assert command.startswith("python3 -m venv .venv && . .venv/bin/activate && pip install -e ")
    assert install.endswith("factcheck scan corpus/")
    assert "[test" in test and test.endswith("python -m pytest")


def test_ci_runs_exactly_the_readme_test_command_and_installs_chromium():
    _, test = _readme_commands()
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert [line for line in script.splitlines() if "pytest" in line and "venv" in line] == [test]
    assert "apt-get install -y -q chromium" in script and "|| echo" in script  # never fatal


def test_the_readme_and_my_modules_name_only_files_that_exist():
    import re

    texts = [(ROOT / "README.md").read_text(encoding="utf-8")]
    for module in ("factcheck/cli.py", "factcheck/run/progress.py", "factcheck/gate/config.py",
                   "factcheck/gate/init_project.py", *(str(p.relative_to(ROOT)) for p in
                                                       (ROOT / "factcheck" / "report").glob("*.py"))):
        texts.append((ROOT / module).read_text(encoding="utf-8"))
    named = set()
    for text in texts:
        named |= set(re.findall(r"\b((?:factcheck|tests|benchmarks|scripts|rules|corpus|\.ci)"
                                r"/[\w./-]*\w)", text))
    # Names of examples, not of files here: what `factcheck init` writes, the articles a
    # newsroom adds, SARIF's fingerprint key.
    examples = {"corpus/a.txt", "corpus/new.txt", "rules/example.toml", "factcheck/v",
                "factcheck/v2"}
    missing = sorted(p for p in named - examples if not (ROOT / p).exists() and "*" not in p
                     and not p.startswith("corpus/2021-12-30"))
    assert not missing, missing
