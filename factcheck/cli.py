"""Command line: options → pipeline → renderer. Thin on purpose.

Exit codes: 0 no finding at or above --fail-on; 1 there is one; 2 usage error, missing
path, invalid rule file, or input errors (unreadable/empty/binary articles).
"""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from . import __version__
from .corpus import MissingPathError
from .model import SEVERITY_RANK, Report
from .pipeline import read_rules, scan
from .report.json_report import render_json
from .report.terminal import render_terminal
from .rules import RuleError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Find where Arabic news articles disagree on facts, with evidence.")


class OutputFormat(str, enum.Enum):
    terminal = "terminal"
    json = "json"


class FailOn(str, enum.Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def _fail(message: str) -> None:
    typer.echo(f"factcheck: error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


def _console(no_color: bool) -> Console:
    return Console(no_color=no_color, highlight=False, emoji=False)


def _print(render, no_color: bool) -> None:
    """Render to the terminal; into a pipe or file, without the padding rich adds to
    fill the width, so logs and diffs carry no trailing spaces."""
    console = _console(no_color)
    if console.is_terminal:
        render(console)
        return
    with console.capture() as captured:
        render(console)
    sys.stdout.write("\n".join(line.rstrip() for line in captured.get().split("\n")))


def _load_rules(rules: Optional[List[Path]], no_rules: bool):
    if no_rules:
        return [], []
    try:
        return read_rules(rules)
    except RuleError as exc:  # also a missing rules path: it names the path
        _fail(str(exc))


def _exit_code(report: Report, fail_on: FailOn) -> int:
    if report.input_errors:
        return EXIT_USAGE
    if fail_on is FailOn.never:
        return EXIT_CLEAN
    threshold = SEVERITY_RANK[fail_on.value]
    hit = any(SEVERITY_RANK[f.severity] >= threshold for f in report.findings)
    return EXIT_FINDINGS if hit else EXIT_CLEAN


@app.command("scan")
def scan_command(
    paths: List[Path] = typer.Argument(..., help="Article files or folders (searched recursively for .txt/.md)."),
    rules: Optional[List[Path]] = typer.Option(None, "--rules", "-r", help="Rule file or folder (repeatable). Default: ./rules if present."),
    no_rules: bool = typer.Option(False, "--no-rules", help="Ignore rule files: automatic topics only."),
    output_format: OutputFormat = typer.Option(OutputFormat.terminal, "--format", "-f", help="What to print on stdout."),
    json_path: Optional[Path] = typer.Option(None, "--json", help="Also write the JSON report to this file."),
    fail_on: FailOn = typer.Option(FailOn.error, "--fail-on", help="Exit 1 when a finding has this severity or worse."),
    no_color: bool = typer.Option(False, "--no-color", help="Plain text, no colours."),
    show_all: bool = typer.Option(False, "--all", help="Also show single-source automatic topics."),
) -> None:
    """Scan articles: extract claims, group them into topics, report disagreements."""
    rule_list, rule_files = _load_rules(rules, no_rules)
    try:
        report = scan(paths, rule_list, rule_files)
    except MissingPathError as exc:
        _fail(str(exc))
    if json_path is not None:
        try:
            json_path.write_text(render_json(report, __version__), encoding="utf-8")
        except OSError as exc:
            _fail(f"{json_path}: cannot write the JSON report: {exc.strerror or exc}")
    if output_format is OutputFormat.json:
        sys.stdout.write(render_json(report, __version__))
    else:
        _print(lambda console: render_terminal(report, console, show_all=show_all), no_color)
    raise typer.Exit(_exit_code(report, fail_on))


@app.command("claims")
def claims_command(
    paths: List[Path] = typer.Argument(..., help="Article file(s) or folder(s)."),
    output_format: OutputFormat = typer.Option(OutputFormat.terminal, "--format", "-f"),
    no_color: bool = typer.Option(False, "--no-color"),
) -> None:
    """Show what was extracted from articles: every quantity and date, with its evidence."""
    from .report.claims_table import render_claims

    try:
        report = scan(paths, [], [])
    except MissingPathError as exc:
        _fail(str(exc))
    if output_format is OutputFormat.json:
        sys.stdout.write(render_json(report, __version__))
    else:
        _print(lambda console: render_claims(report, console), no_color)
    raise typer.Exit(EXIT_USAGE if report.input_errors else EXIT_CLEAN)


@app.command("rules")
def rules_command(
    rules: Optional[List[Path]] = typer.Argument(None, help="Rule files or folders. Default: ./rules."),
    no_color: bool = typer.Option(False, "--no-color"),
) -> None:
    """List and validate the topic rules."""
    rule_list, rule_files = _load_rules(rules, False)
    console = _console(no_color)
    if not rule_files:
        console.print("No rule files found (looked in ./rules). Topics will be automatic.")
        raise typer.Exit(EXIT_CLEAN)
    for rule in rule_list:
        console.print(f"{rule.id}  [{rule.kind}, {rule.severity}]  {rule.label}  "
                      f"({rule.path}:{rule.line})", markup=False)
    console.print(f"{len(rule_list)} topics in {len(rule_files)} files: all valid.")


@app.command("version")
def version_command() -> None:
    """Print the version."""
    typer.echo(__version__)


def main() -> None:
    app()
