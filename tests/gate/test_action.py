"""The composite GitHub Action: installs factcheck from its own checkout and runs the gate
with the options a pull request needs. The scan step's script is run here with a stand-in
`factcheck` that prints the arguments it was given."""

import os
import subprocess
from pathlib import Path

import pytest

yaml = pytest.importorskip("yaml")

ROOT = Path(__file__).resolve().parents[2]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))


def step(name: str) -> dict:
    return next(s for s in ACTION["runs"]["steps"] if s.get("name") == name)


def test_it_is_a_composite_action_installing_from_its_own_checkout():
    assert ACTION["runs"]["using"] == "composite"
    install = step("Install factcheck")["run"]
    assert "${{ github.action_path }}" in install and "venv" in install
    assert "http" not in install  # nothing fetched from a placeholder URL


def run_scan(tmp_path: Path, cache: str = "false", **env: str) -> list[str]:
    venv_bin = tmp_path / "factcheck-venv" / "bin"
    venv_bin.mkdir(parents=True)
    stub = venv_bin / "factcheck"
    stub.write_text('#!/bin/bash\nprintf "%s\\n" "$@"\nexit 1\n')
    stub.chmod(0o755)
    script = step("Scan")["run"].replace("${{ inputs.cache }}", cache)
    output = tmp_path / "github_output"
    environment = dict(os.environ, RUNNER_TEMP=str(tmp_path), GITHUB_OUTPUT=str(output),
                       FACTCHECK_ARGS="", FACTCHECK_SARIF="factcheck.sarif", BASE_REF="")
    environment.update(env)
    done = subprocess.run(["bash", "-c", script], env=environment, capture_output=True, text=True)
    assert done.returncode == 1  # the gate's exit code is the step's
    assert output.read_text() == "exit-code=1\n"
    return done.stdout.split()


def test_on_a_pull_request_only_the_changed_articles_are_gated(tmp_path):
    args = run_scan(tmp_path, BASE_REF="main")
    assert args[:5] == ["scan", "--format", "github", "--sarif", "factcheck.sarif"]
    assert args[5:] == ["--since", "origin/main", "--no-cache"]


def test_given_arguments_replace_the_default_choice_of_articles(tmp_path):
    args = run_scan(tmp_path, cache="true", BASE_REF="main", FACTCHECK_ARGS="--fail-on warning corpus/")
    assert args[5:] == ["--fail-on", "warning", "corpus/"]
