"""`factcheck init`: a starter project that loads as written, and never overwrites."""

import re

import pytest

from factcheck.gate.config import find_config, load_config
from factcheck.gate.init_project import EXAMPLE_RULE_TEMPLATE, InitError, init_project
from factcheck.analyse.rules import load_rules


def test_init_writes_config_example_rule_and_articles_folder(tmp_path):
    created = init_project(tmp_path)
    assert created == [tmp_path / "factcheck.toml", tmp_path / "rules" / "example.toml",
                       tmp_path / "articles"]
    assert (tmp_path / "articles").is_dir()


def test_the_starter_config_loads_with_the_documented_defaults(tmp_path):
    init_project(tmp_path)
    assert find_config(tmp_path / "articles") == tmp_path / "factcheck.toml"
    config = load_config(tmp_path / "factcheck.toml")
    assert config.paths == (tmp_path / "articles",)
    assert config.rules == (tmp_path / "rules",)
    assert config.fail_on == "warning"
    assert config.baseline == tmp_path / ".factcheck-baseline.json"


def test_every_key_is_documented_in_the_starter_config(tmp_path):
    init_project(tmp_path)
    text = (tmp_path / "factcheck.toml").read_text(encoding="utf-8")
    for key in ("paths", "rules", "no-rules", "fail-on", "baseline", "disable", "cache-dir",
                "jobs", "[severity]"):
        assert key in text, key


def test_the_commented_out_settings_are_valid_once_uncommented(tmp_path):
    init_project(tmp_path)
    config_path = tmp_path / "factcheck.toml"
    text = config_path.read_text(encoding="utf-8")
    settings = re.sub(r"^# ((?:disable|cache-dir|jobs|\[severity\]|casualties-total)(?=[ \n]))",
                      r"\1", text, flags=re.MULTILINE)
    config_path.write_text(settings, encoding="utf-8")
    config = load_config(config_path)
    assert config.disabled_checks and config.cache_dir and config.jobs
    assert config.severity == {"casualties-total": "warning"}


def test_the_example_rule_loads(tmp_path):
    init_project(tmp_path)
    (rule,) = load_rules([tmp_path / "rules"])
    assert (rule.id, rule.kind) == ("casualties-total", "quantity")


def test_the_commented_date_example_is_a_valid_rule_too(tmp_path):
    date_part = EXAMPLE_RULE_TEMPLATE.split("# [[topic]]", 1)[1]
    rule_file = tmp_path / "date.toml"
    rule_file.write_text("[[topic]]" + re.sub(r"^# ", "", date_part, flags=re.MULTILINE),
                         encoding="utf-8")
    (rule,) = load_rules([rule_file])
    assert rule.kind == "date"


def test_an_existing_articles_folder_is_kept(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "one.txt").write_text("نص\n", encoding="utf-8")
    assert tmp_path / "articles" not in init_project(tmp_path)
    assert (tmp_path / "articles" / "one.txt").exists()


@pytest.mark.parametrize("existing", ["factcheck.toml", "rules/example.toml"])
def test_init_never_overwrites_and_writes_nothing_when_it_refuses(tmp_path, existing):
    (tmp_path / existing).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / existing).write_text("# mine\n", encoding="utf-8")
    with pytest.raises(InitError, match=re.escape(existing) + ": already exists"):
        init_project(tmp_path)
    assert (tmp_path / existing).read_text(encoding="utf-8") == "# mine\n"
    assert not (tmp_path / "articles").exists()
    written = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    assert written == {existing}


def test_init_refuses_when_pyproject_already_configures_factcheck(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfail-on = "never"\n',
                                             encoding="utf-8")
    with pytest.raises(InitError, match=r"pyproject\.toml: already configures factcheck"):
        init_project(tmp_path)
    assert not (tmp_path / "factcheck.toml").exists()


def test_the_starter_config_names_every_registered_check():
    from factcheck.analyse.checks.registry import CHECK_IDS
    from factcheck.gate.init_project import CONFIG_TEMPLATE

    lines = CONFIG_TEMPLATE.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("# Checks not to report"))
    end = next(n for n, line in enumerate(lines) if line.startswith("# disable = "))
    comment = " ".join(line[2:] for line in lines[start:end])
    assert [c for c in CHECK_IDS if f'"{c}"' not in comment] == []
    assert all(len(line) <= 88 for line in lines[start:end])


# --- symbolic links (issue 15): never followed, never written through ------------------------

def written_files(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.is_file() and not p.is_symlink())


@pytest.mark.parametrize("link", ["factcheck.toml", "rules", "rules/example.toml"])
def test_a_dangling_link_where_init_writes_is_refused_and_nothing_written(tmp_path, link):
    project, outside = tmp_path / "project", tmp_path / "outside"
    project.mkdir()
    outside.mkdir()
    (project / link).parent.mkdir(parents=True, exist_ok=True)
    (project / link).symlink_to(outside / "planted")
    with pytest.raises(InitError) as caught:
        init_project(project)
    message = str(caught.value)
    assert message.startswith(f"{project / link} is a symbolic link (to {outside / 'planted'}); ")
    assert "\n" not in message
    assert not (outside / "planted").exists() and list(outside.iterdir()) == []
    assert written_files(project) == [] and not (project / "articles").exists()


def test_a_rules_link_to_a_folder_elsewhere_is_not_written_into(tmp_path):
    project, outside = tmp_path / "project", tmp_path / "outside"
    project.mkdir()
    outside.mkdir()
    (project / "rules").symlink_to(outside, target_is_directory=True)
    with pytest.raises(InitError, match="is a symbolic link"):
        init_project(project)
    assert list(outside.iterdir()) == []


def test_an_articles_link_to_a_folder_is_kept_and_a_dangling_one_refused(tmp_path):
    shared = tmp_path / "shared-articles"
    shared.mkdir()
    ok = tmp_path / "ok"
    ok.mkdir()
    (ok / "articles").symlink_to(shared, target_is_directory=True)
    assert init_project(ok) == [ok / "factcheck.toml", ok / "rules" / "example.toml"]
    dangling = tmp_path / "dangling"
    dangling.mkdir()
    (dangling / "articles").symlink_to(tmp_path / "nowhere")
    with pytest.raises(InitError, match="points nowhere"):
        init_project(dangling)
    assert written_files(dangling) == []


def test_a_link_planted_after_the_checks_is_still_not_followed(tmp_path, monkeypatch):
    """The checks and the writes are apart; O_EXCL|O_NOFOLLOW closes the gap."""
    from factcheck.gate import init_project as module

    outside = tmp_path / "outside"
    outside.mkdir()
    project = tmp_path / "project"
    project.mkdir()
    real = module.link_message

    def plant_then_check(path):
        answer = real(path)
        if path == project / "factcheck.toml" and not path.is_symlink():
            path.symlink_to(outside / "planted")
        return answer

    monkeypatch.setattr(module, "link_message", plant_then_check)
    with pytest.raises(InitError, match="factcheck.toml is a symbolic link"):
        init_project(project)
    assert list(outside.iterdir()) == []


def test_the_cli_says_so_in_one_line_and_exits_2(tmp_path):
    from support import run

    (tmp_path / "factcheck.toml").symlink_to(tmp_path / "elsewhere.toml")
    result = run("init", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"factcheck: error: {tmp_path / 'factcheck.toml'} is a symbolic link (to "
        f"{tmp_path / 'elsewhere.toml'}); factcheck does not follow links when it creates "
        "files; remove it, or run factcheck init elsewhere"]
    assert not (tmp_path / "elsewhere.toml").exists()
