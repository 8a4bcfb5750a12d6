"""Configuration: finding the nearest file, reading every key, and errors as path:line."""

import textwrap
from pathlib import Path

import pytest

from factcheck.gate.config import ConfigError, find_config, load_config

FULL = """\
paths = ["articles", "more/articles"]
rules = ["rules", "extra.toml"]
fail-on = "warning"
baseline = ".factcheck-baseline.json"
disable = ["different-bodies"]
cache-dir = ".cache"
jobs = 4

[severity]
us-troops-iraq = "warning"
"withdrawal-deadline" = "info"
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def error_of(path: Path) -> str:
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    return str(caught.value)


# --- finding the file ------------------------------------------------------------------------

def test_nearest_config_up_from_a_subfolder(tmp_path):
    config = write(tmp_path / "factcheck.toml", 'fail-on = "error"\n')
    deep = tmp_path / "articles" / "2024"
    deep.mkdir(parents=True)
    assert find_config(deep) == config


def test_the_nearer_of_two_configs_wins(tmp_path):
    write(tmp_path / "factcheck.toml", 'fail-on = "error"\n')
    inner = write(tmp_path / "desk" / "factcheck.toml", 'fail-on = "never"\n')
    assert find_config(tmp_path / "desk") == inner


def test_pyproject_counts_only_with_a_tool_factcheck_table(tmp_path):
    outer = write(tmp_path / "factcheck.toml", 'fail-on = "error"\n')
    project = tmp_path / "project"
    write(project / "pyproject.toml", '[tool.ruff]\nline-length = 100\n')
    assert find_config(project) == outer
    write(project / "pyproject.toml", '[tool.factcheck]\nfail-on = "never"\n')
    assert find_config(project) == project / "pyproject.toml"


def test_factcheck_toml_wins_over_pyproject_in_the_same_folder(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\nfail-on = "never"\n')
    own = write(tmp_path / "factcheck.toml", 'fail-on = "error"\n')
    assert find_config(tmp_path) == own


def test_a_broken_pyproject_that_configures_factcheck_is_found_so_its_error_is_reported(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\nfail-on = "never\n')
    found = find_config(tmp_path)
    assert found == tmp_path / "pyproject.toml"
    assert ":2: TOML syntax error" in error_of(found)


def test_no_config_anywhere_up_to_the_root(tmp_path):
    # tmp_path's parents are the system's temp folders: none holds a factcheck.toml.
    assert find_config(tmp_path) is None


# --- reading ---------------------------------------------------------------------------------

def test_every_key_of_factcheck_toml(tmp_path):
    config = load_config(write(tmp_path / "factcheck.toml", FULL))
    assert config.source == tmp_path / "factcheck.toml"
    assert config.paths == (tmp_path / "articles", tmp_path / "more" / "articles")
    assert config.rules == (tmp_path / "rules", tmp_path / "extra.toml")
    assert config.no_rules is False
    assert config.fail_on == "warning"
    assert config.baseline == tmp_path / ".factcheck-baseline.json"
    assert config.disabled_checks == frozenset({"different-bodies"})
    assert config.severity == {"us-troops-iraq": "warning", "withdrawal-deadline": "info"}
    assert config.cache_dir == tmp_path / ".cache"
    assert config.jobs == 4


def test_pyproject_reads_the_same_keys_under_tool_factcheck(tmp_path):
    text = "[project]\nname = \"desk\"\n\n[tool.factcheck]\n" + FULL.replace(
        "[severity]", "[tool.factcheck.severity]")
    config = load_config(write(tmp_path / "pyproject.toml", text))
    assert config.fail_on == "warning"
    assert config.severity["us-troops-iraq"] == "warning"


def test_unset_keys_leave_the_command_line_defaults(tmp_path):
    config = load_config(write(tmp_path / "factcheck.toml", "# nothing set yet\n"))
    assert (config.paths, config.rules, config.no_rules, config.fail_on, config.baseline,
            config.disabled_checks, config.severity, config.cache_dir, config.jobs) == (
        (), (), False, None, None, frozenset(), {}, None, None)


def test_relative_paths_are_taken_from_the_config_folder_not_the_current_one(tmp_path, monkeypatch):
    write(tmp_path / "factcheck.toml", 'paths = "articles"\nrules = "../shared-rules"\n')
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    config = load_config(tmp_path / "factcheck.toml")
    assert config.paths == (tmp_path / "articles",)
    assert config.rules == (tmp_path.parent / "shared-rules",)


def test_no_rules(tmp_path):
    assert load_config(write(tmp_path / "factcheck.toml", "no-rules = true\n")).no_rules


# --- errors ----------------------------------------------------------------------------------

def test_unknown_key_names_file_line_and_the_likely_key(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path / "factcheck.toml", """\
        # desk settings
        paths = ["articles"]

        fial-on = "warning"
        """)
    assert error_of(path) == \
        "factcheck.toml:4: unknown key 'fial-on' (did you mean 'fail-on'?)"


def test_unknown_key_in_pyproject_points_at_its_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path / "pyproject.toml", """\
        [project]
        name = "desk"

        [tool.factcheck]
        paths = ["articles"]
        baseline-path = "b.json"
        """)
    assert error_of(path) == \
        "pyproject.toml:6: unknown key 'baseline-path' (did you mean 'baseline'?)"


def test_a_table_key_is_checked_too(tmp_path):
    path = write(tmp_path / "factcheck.toml", '[severities]\nx = "info"\n')
    assert ":1: unknown key 'severities' (did you mean 'severity'?)" in error_of(path)


@pytest.mark.parametrize("line, message", [
    ('fail-on = "warnings"',
     ("""'fail-on' must be one of "error", "warning", "info", "never", not 'warnings' """
      """(did you mean 'warning'?)""")),
    ("fail-on = 1", "'fail-on' must be one of"),
    ("paths = 3", "'paths' must be a string or a list of strings, not an integer"),
    ("paths = []", "'paths' is an empty list"),
    ('rules = ["rules", 2]', "'rules' must be a list of strings, but contains an integer"),
    ('baseline = ["a.json"]', "'baseline' must be a string (a path), not a list"),
    ('no-rules = "yes"', "'no-rules' must be true or false, not a string"),
    ("jobs = 0", "'jobs' must be at least 1, not 0"),
    ("jobs = true", "'jobs' must be an integer, not a boolean"),
    ('disable = ["weekday-mismatches"]',
     "'disable' names an unknown check 'weekday-mismatches' (did you mean 'weekday-mismatch'?)"),
    ('severity = "warning"', "'severity' must be a table"),
])
def test_wrong_values_are_named_with_their_line(tmp_path, line, message):
    path = write(tmp_path / "factcheck.toml", f"# header\n{line}\n")
    error = error_of(path)
    assert ":2: " in error
    assert message in error


def test_a_bad_topic_severity_points_at_its_own_line(tmp_path):
    path = write(tmp_path / "factcheck.toml", """\
        [severity]
        us-troops-iraq = "warning"
        withdrawal-deadline = "fatal"
        """)
    error = error_of(path)
    assert ":3: severity of topic 'withdrawal-deadline' must be one of" in error


def test_rules_and_no_rules_together_contradict(tmp_path):
    path = write(tmp_path / "factcheck.toml", 'rules = "rules"\nno-rules = true\n')
    assert ":2: 'no-rules = true' contradicts 'rules'" in error_of(path)


def test_invalid_toml_gives_the_line_from_the_parser(tmp_path):
    path = write(tmp_path / "factcheck.toml", 'paths = ["articles"]\nfail-on = \n')
    assert ":2: TOML syntax error" in error_of(path)


def test_the_first_problem_in_the_file_is_reported_first(tmp_path):
    path = write(tmp_path / "factcheck.toml", 'pahts = ["a"]\nrulez = "r"\n')
    assert "unknown key 'pahts'" in error_of(path)


def test_a_multiline_string_does_not_shift_lines(tmp_path):
    path = write(tmp_path / "factcheck.toml", 'paths = """\nx = 1\n"""\nfial-on = "x"\n')
    assert ":4: unknown key 'fial-on'" in error_of(path)


# --- exclude ---------------------------------------------------------------------------------

def test_exclude_replaces_the_default_and_extend_exclude_adds_to_it(tmp_path):
    config = load_config(write(tmp_path / "factcheck.toml",
                               'exclude = ["drafts", "*.draft.md"]\nextend-exclude = "old-*"\n'))
    assert config.exclude == ("drafts", "*.draft.md") and config.extend_exclude == ("old-*",)


def test_without_exclude_the_default_applies(tmp_path):
    config = load_config(write(tmp_path / "factcheck.toml", 'fail-on = "error"\n'))
    assert config.exclude is None and config.extend_exclude == ()


def test_an_empty_exclude_scans_everything(tmp_path):
    assert load_config(write(tmp_path / "factcheck.toml", "exclude = []\n")).exclude == ()


def test_exclude_must_be_globs(tmp_path):
    path = write(tmp_path / "factcheck.toml", 'fail-on = "error"\nextend-exclude = [1]\n')
    assert error_of(path).startswith("factcheck.toml:2:") or ":2: 'extend-exclude'" in error_of(path)


def test_a_config_nested_past_the_recursion_limit_is_a_config_error(tmp_path):
    """Issue 15: tomllib recurses once per nested array; a RecursionError traceback was the
    whole answer."""
    path = write(tmp_path / "factcheck.toml", "paths = " + "[" * 100_000 + "]" * 100_000)
    message = error_of(path)
    assert message.endswith("factcheck.toml: TOML syntax error: arrays or tables nested too "
                            "deeply to read")
    assert "\n" not in message


def test_a_deeply_nested_pyproject_is_found_when_it_names_factcheck_and_reported(tmp_path):
    pyproject = write(tmp_path / "ours" / "pyproject.toml",
                      "[tool.factcheck]\npaths = " + "[" * 100_000 + "]" * 100_000)
    assert find_config(pyproject.parent) == pyproject
    assert "nested too deeply" in error_of(pyproject)
    other = write(tmp_path / "other" / "pyproject.toml", "x = " + "[" * 100_000 + "]" * 100_000)
    assert find_config(other.parent) is None
