"""Command line: options → pipeline → renderer. Thin on purpose.

Exit codes: 0 no reported finding at or above --fail-on; 1 there is one; 2 usage error,
missing path, invalid rule, configuration or baseline file, bad --since revision, or input
errors (unreadable/empty/binary articles). The CI gate (configuration, baseline, changed
articles) lives in gate/ (policy.py, config.py, baseline.py, changed.py); report/ renders.
"""

from __future__ import annotations

import enum
import sys
from dataclasses import replace
from pathlib import Path
from typing import List, Optional, Sequence

import typer
from rich.console import Console

from factcheck import __version__
from factcheck.gate.baseline import BaselineError
from factcheck.gate.config import Config, ConfigError, find_config, load_config
from factcheck.read.sources import DEFAULT_EXCLUDE, MissingPathError
from factcheck.gate.policy import (EXIT_CLEAN, EXIT_USAGE, Gate, GateError, GateResult, ScanOptions, config_rules,
                   display_path, prepare, repository_root, unknown_severity_topics)
from factcheck.run.cache import DEFAULT_CACHE_DIR
from factcheck.run.errors import EngineError
from factcheck.run.engine import ScanEngine, available_cores, default_rule_paths, read_rules, scan
from factcheck.run.progress import progress_bar
from factcheck.report import FORMATS, RENDERERS, RenderContext, write_report
from factcheck.report.json_report import write_json
from factcheck.analyse.rules import RuleError

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Find where Arabic news articles disagree on facts, with evidence.")


def _print_version(value: bool) -> None:
    if value:
        typer.echo(__version__)
        raise typer.Exit(EXIT_CLEAN)


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_print_version,
                                       is_eager=True, help="Print the version and exit.")) -> None:
    """Find where Arabic news articles disagree on facts, with evidence."""


# --format's choices: every renderer of report/__init__.py's RENDERERS.
OutputFormat = enum.Enum("OutputFormat", {name: name for name in FORMATS}, type=str)


class Bidi(str, enum.Enum):
    isolate = "isolate"
    visual = "visual"
    none = "none"


class Engine(str, enum.Enum):
    local = "local"
    dask = "dask"


class ClaimsFormat(str, enum.Enum):
    terminal = "terminal"
    json = "json"


class ChecksFormat(str, enum.Enum):
    terminal = "terminal"
    json = "json"
    markdown = "markdown"


class FailOn(str, enum.Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def _fail(message: str) -> None:
    typer.echo(f"factcheck: error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


def _note(message: str) -> None:
    typer.echo(f"factcheck: note: {message}", err=True)


def _config() -> Config | None:
    """The nearest factcheck.toml / [tool.factcheck] up from the current folder, validated."""
    try:
        path = find_config(Path.cwd())
        return load_config(path) if path is not None else None
    except ConfigError as exc:
        _fail(str(exc))


def _console(no_color: bool) -> Console:
    """stdout as rich sees it: colour on a terminal unless NO_COLOR is set or --no-color
    given; FORCE_COLOR forces it (rich reads both variables when not told otherwise)."""
    return Console(no_color=True if no_color else None, highlight=False, emoji=False)


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


def _load_rules(rules: Optional[Sequence[Path]]):
    """None: the default ./rules folder when there is one; empty: no rules."""
    try:
        return read_rules(rules)
    except RuleError as exc:  # also a missing rules path: it names the path
        _fail(str(exc))


STDIN = "-"
STDIN_NAME = "<stdin>"  # how reports name an article read from standard input


def _article_from_stdin() -> tuple[Path, Path]:
    """`-`: standard input as one article, in a private temporary folder (the reader reads
    files); (folder, file)."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="factcheck-stdin-"))
    path = folder / "stdin.txt"
    path.write_bytes(sys.stdin.buffer.read())
    import atexit
    import shutil

    atexit.register(shutil.rmtree, folder, True)
    return folder, path


def _stdin_shown(report, folder: Path):
    """The report with the temporary file named as `<stdin>`."""
    def named(path: str) -> str:
        return STDIN_NAME if Path(path).parent.resolve() == folder.resolve() else path

    return replace(report,
                   articles=tuple(replace(a, path=named(a.path)) for a in report.articles),
                   input_errors=tuple(replace(e, path=named(e.path)) for e in report.input_errors))


def _check_rules(paths: Sequence[Path] | None) -> tuple[list, list[str], list[RuleError]]:
    """(rules, rule files, every error): each file is loaded on its own, so a mistake in
    one does not hide the mistakes in the others, then the valid ones together (a topic
    id defined in two files)."""
    from factcheck.analyse.rules import find_rule_files, load_rules

    chosen = default_rule_paths() if paths is None else list(paths)
    try:
        files = find_rule_files(chosen) if chosen else []
    except RuleError as exc:  # a missing rules path
        return [], [], [exc]
    errors: list[RuleError] = []
    valid: list[Path] = []
    for file in files:
        try:
            load_rules([file])
            valid.append(file)
        except RuleError as exc:
            errors.append(exc)
    try:
        rules = load_rules(valid) if valid else []
    except RuleError as exc:
        errors.append(exc)
        rules = []
    return rules, [f.as_posix() for f in files], errors


def _outputs(json_path: Path | None, sarif_path: Path | None, html_path: Path | None,
             outputs: Sequence[str]) -> list[tuple[str, Path]]:
    """(format, path) of every report file asked for: --json/--sarif/--html PATH are
    --output json=PATH and so on."""
    wanted = [(name, path) for name, path in (("json", json_path), ("sarif", sarif_path),
                                               ("html", html_path)) if path is not None]
    for given in outputs:
        name, sep, path = given.partition("=")
        if not sep or not path:
            _fail(f"--output {given!r}: write it as FORMAT=PATH, e.g. json=report.json")
        if name not in RENDERERS:
            _fail(f"--output {given!r}: unknown format {name!r}; formats: {', '.join(FORMATS)}")
        wanted.append((name, Path(path)))
    return wanted


def _exclude(config: Config | None, exclude: Sequence[str] | None,
             extend: Sequence[str] | None) -> tuple[str, ...]:
    """The globs a scan skips: --exclude, else `exclude` from the configuration, else the
    reader's default; plus `extend-exclude` and --extend-exclude."""
    if exclude:
        base = tuple(exclude)
    elif config is not None and config.exclude is not None:
        base = config.exclude
    else:
        base = DEFAULT_EXCLUDE
    return base + (config.extend_exclude if config else ()) + tuple(extend or ())


def _utf8_stdout(human_readable: bool) -> None:
    """stdout never fails on text that is not valid Unicode (escaped instead), and machine
    formats are UTF-8 whatever the locale says."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is None:  # replaced by a caller (tests, an embedding program)
        return
    if human_readable:
        reconfigure(errors="backslashreplace")
    else:
        reconfigure(encoding="utf-8", errors="backslashreplace")


def _update_baseline(gate: Gate, result: GateResult) -> None:
    """--update-baseline: accept every current finding; no report."""
    try:
        path = gate.write_baseline(result)
    except BaselineError as exc:  # names the file
        _fail(str(exc))
    count = len({f.id for f in result.all_findings})
    typer.echo(f"wrote {count} finding{'' if count == 1 else 's'} to {display_path(path)}")
    for error in result.report.input_errors:
        typer.echo(f"factcheck: input error: {error.path}: {error.message}", err=True)
    raise typer.Exit(EXIT_USAGE if result.report.input_errors else EXIT_CLEAN)


@app.command("scan")
def scan_command(
    paths: Optional[List[Path]] = typer.Argument(None, help="Article files or folders (searched recursively for .txt/.md); '-' reads one article from standard input. Default: 'paths' from factcheck.toml. With --changed: the changed files (a folder among them is the corpus)."),
    rules: Optional[List[Path]] = typer.Option(None, "--rules", "-r", help="Rule file or folder (repeatable). Default: 'rules' from factcheck.toml, else ./rules if present."),
    no_rules: bool = typer.Option(False, "--no-rules", help="Ignore rule files: automatic topics only."),
    output_format: OutputFormat = typer.Option(OutputFormat.terminal, "--format", "-f", help="What to print on stdout."),
    outputs: Optional[List[str]] = typer.Option(None, "--output", "-o", metavar="FORMAT=PATH", help=f"Also write the report in this format to this file (repeatable): {', '.join(FORMATS)}."),
    json_path: Optional[Path] = typer.Option(None, "--json", help="Also write the JSON report to this file (--output json=PATH)."),
    sarif_path: Optional[Path] = typer.Option(None, "--sarif", help="Also write a SARIF 2.1.0 report (GitHub code scanning) to this file (--output sarif=PATH)."),
    html_path: Optional[Path] = typer.Option(None, "--html", help="Also write the report as one self-contained HTML page to this file (--output html=PATH)."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Exit 1 when a reported finding has this severity or worse. Default: 'fail-on' from factcheck.toml, else warning (every serious finding)."),
    no_color: bool = typer.Option(False, "--no-color", help="Plain text, no colours."),
    topics: bool = typer.Option(False, "--topics", help="Terminal report: also every topic's claims side by side, after the findings."),
    show_all: bool = typer.Option(False, "--all", help="Like --topics, with single-source automatic topics too."),
    bidi: Bidi = typer.Option(Bidi.isolate, "--bidi", help="Terminal report: Arabic runs as Unicode bidi isolates (for terminals with bidi), 'visual' (reordered here, for terminals without; pip install 'factcheck[bidi]') or 'none' (as in the files)."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", help="Report only findings not in this baseline file."),
    no_baseline: bool = typer.Option(False, "--no-baseline", help="Ignore the baseline named in factcheck.toml."),
    update_baseline: bool = typer.Option(False, "--update-baseline", help="Write every current finding to the baseline, then exit."),
    changed: bool = typer.Option(False, "--changed", help="PATH files are the changed articles: report only findings involving them."),
    corpus: Optional[List[Path]] = typer.Option(None, "--corpus", help="The corpus for --changed (repeatable). Default: 'paths' from factcheck.toml."),
    since: Optional[str] = typer.Option(None, "--since", metavar="REV", help="Report only findings involving articles changed since this git revision."),
    story: Optional[List[str]] = typer.Option(None, "--story", metavar="ID", help="Report only this story (repeatable): its articles, claims, topics and findings, which alone decide the exit code. ID is a story id as the report shows it (STORY headings; \"stories\" in --format json), or the start of one story's label. An unknown story exits 2."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes for extraction. Default: 'jobs' from factcheck.toml, else the available cores."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Extract every article again; neither read nor write the cache."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help=f"Where extracted claims are cached. Default: 'cache-dir' from factcheck.toml, else {DEFAULT_CACHE_DIR}/."),
    exclude: Optional[List[str]] = typer.Option(None, "--exclude", metavar="GLOB", help="Skip files and folders whose name (or path inside a scanned folder) matches (repeatable); replaces 'exclude' from factcheck.toml and the default README*, CHANGELOG*, LICENSE*, CONTRIBUTING*."),
    extend_exclude: Optional[List[str]] = typer.Option(None, "--extend-exclude", metavar="GLOB", help="Skip these too, on top of the default or configured 'exclude' (repeatable)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local (this machine) or dask (pip install 'factcheck[dask]')."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS", help="Dask scheduler address (tcp://host:8786). Default: start a LocalCluster."),
) -> None:
    """Scan articles: extract claims, group them into topics, report disagreements."""
    stdin_dir = None
    if paths and any(str(p) == STDIN for p in paths):
        if sum(str(p) == STDIN for p in paths) > 1:
            _fail("'-' (an article on standard input) can be given only once")
        stdin_dir, stdin_file = _article_from_stdin()
        paths = [stdin_file if str(p) == STDIN else p for p in paths]
    options = ScanOptions(
        paths=tuple(paths or ()), corpus=tuple(corpus or ()),
        rules=tuple(rules) if rules else None, no_rules=no_rules,
        fail_on=fail_on.value if fail_on else None,
        baseline=baseline, no_baseline=no_baseline, update_baseline=update_baseline,
        changed=changed, since=since, stories=tuple(story or ()))
    files = _outputs(json_path, sarif_path, html_path, outputs or ())
    if bidi is Bidi.visual:
        from factcheck.report.bidi import available

        if not available():
            _fail("--bidi visual needs python-bidi: pip install 'factcheck[bidi]'")
    config = _config()
    try:
        gate = prepare(options, config, Path.cwd())
    except GateError as exc:
        _fail(str(exc))
    if scheduler is not None and engine is not Engine.dask:
        _fail("--scheduler needs --engine dask")
    for note in gate.notes:
        _note(note)
    rule_list, rule_files = _load_rules(gate.rules)
    scan_engine = ScanEngine(
        jobs=jobs or (config.jobs if config and config.jobs else available_cores()),
        cache_dir=None if no_cache else (cache_dir or (config.cache_dir if config else None)
                                         or Path(DEFAULT_CACHE_DIR)),
        engine=engine.value, scheduler=scheduler)
    with progress_bar(enabled=not quiet) as progress:
        stop = progress.stop if progress is not None else (lambda: None)
        try:
            report = scan(gate.corpus, rule_list, rule_files,
                          replace(scan_engine, progress=progress),
                          exclude=_exclude(config, exclude, extend_exclude))
        except (MissingPathError, EngineError) as exc:
            stop()
            _fail(str(exc))
        if stdin_dir is not None:
            report = _stdin_shown(report, stdin_dir)
        if not report.articles and not report.input_errors:
            stop()
            _fail(f"no articles found in {', '.join(display_path(p) for p in gate.corpus)} "
                  f"(.txt and .md files, not excluded by --exclude or 'exclude')")
        notes = list(scan_engine.warnings)
        notes += [f"[severity] names topic '{topic}', which no topic of this scan has"
                  for topic in unknown_severity_topics(gate, report)]
        if notes or gate.update_baseline:
            stop()  # a note under a live bar would be drawn over
        for note in notes:
            _note(note)
        try:
            result = gate.apply(report)
        except GateError as exc:  # --story names no story of this scan
            stop()
            _fail(str(exc))
        if gate.update_baseline:
            _update_baseline(gate, result)
        ctx = RenderContext(tool_version=__version__, root=repository_root(Path.cwd()),
                            gate=result.summary, topics=topics, show_all=show_all,
                            color=False if no_color else None, bidi=bidi.value)
        if files and progress is not None:
            progress.phase("writing")
        for name, path in files:
            try:
                write_report(path, RENDERERS[name], result.report, ctx)
            except OSError as exc:
                stop()
                _fail(f"{display_path(path)}: cannot write the {name} report: "
                      f"{exc.strerror or exc}")
        if sys.stdout.isatty():
            stop()  # the report and the bar share the screen
        _utf8_stdout(RENDERERS[output_format.value].human_readable)
        RENDERERS[output_format.value].render(result.report, sys.stdout, ctx)
    raise typer.Exit(gate.exit_code(result))


@app.command("claims")
def claims_command(
    paths: List[Path] = typer.Argument(..., help="Article file(s) or folder(s)."),
    output_format: ClaimsFormat = typer.Option(ClaimsFormat.terminal, "--format", "-f"),
    no_color: bool = typer.Option(False, "--no-color"),
) -> None:
    """Show what was extracted from articles: every quantity and date, with its evidence."""
    from factcheck.report.claims_table import render_claims

    try:
        report = scan(paths, [], [])
    except MissingPathError as exc:
        _fail(str(exc))
    if output_format is ClaimsFormat.json:
        write_json(sys.stdout, report, __version__)
    else:
        _print(lambda console: render_claims(report, console), no_color)
    raise typer.Exit(EXIT_USAGE if report.input_errors else EXIT_CLEAN)


@app.command("rules")
def rules_command(
    rules: Optional[List[Path]] = typer.Argument(None, help="Rule files or folders. Default: 'rules' from factcheck.toml, else ./rules."),
    no_color: bool = typer.Option(False, "--no-color"),
) -> None:
    """List and validate the topic rules."""
    config = _config()
    rule_list, rule_files, errors = _check_rules(rules or config_rules(config))
    for error in errors:
        typer.echo(f"factcheck: error: {error}", err=True)
    if errors:
        typer.echo(f"{len(errors)} error{'' if len(errors) == 1 else 's'} in "
                   f"{len({e.path for e in errors})} of {len(rule_files)} rule files", err=True)
        raise typer.Exit(EXIT_USAGE)
    console = _console(no_color)
    if not rule_files:
        console.print("No rule files found. Topics will be automatic.")
        raise typer.Exit(EXIT_CLEAN)
    for rule in rule_list:
        console.print(f"{rule.id}  [{rule.kind}, {rule.severity}]  {rule.label}  "
                      f"({rule.path}:{rule.line})", markup=False)
    console.print(f"{len(rule_list)} topics in {len(rule_files)} files: all valid.")


@app.command("checks")
def checks_command(
    check_id: Optional[str] = typer.Argument(None, metavar="[ID]", help="A check id: show its documentation. Default: list every check."),
    output_format: ChecksFormat = typer.Option(ChecksFormat.terminal, "--format", "-f", help="terminal, json (for other tools) or markdown (the README's table; one check's page)."),
) -> None:
    """List the checks, or explain one: what it finds, why it matters, an example, what to do."""
    from factcheck.analyse.checks.registry import UnknownCheck, get_check
    from factcheck.report import checks_doc

    if check_id is None:
        text = {ChecksFormat.json: checks_doc.catalog_json, ChecksFormat.markdown: checks_doc.markdown_table,
                ChecksFormat.terminal: checks_doc.text_list}[output_format]()
    else:
        try:
            check = get_check(check_id)
        except UnknownCheck as exc:
            _fail(str(exc))
        text = {ChecksFormat.json: checks_doc.check_json, ChecksFormat.markdown: checks_doc.markdown_doc,
                ChecksFormat.terminal: checks_doc.text_doc}[output_format](check)
    sys.stdout.write(text)


@app.command("eval")
def eval_command(
    golds: List[Path] = typer.Argument(..., help="Gold files (JSON; format in the README, 'Measuring against a gold standard'), e.g. ../shared/devset/*/gold.json. Each gold's articles are its folder."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="Folder of the annotated articles, for a single gold file. Default: the gold file's folder."),
    rules: Optional[List[Path]] = typer.Option(None, "--rules", "-r", help="Rule file or folder (repeatable). Default: none: score the automatic topics."),
    output_format: ClaimsFormat = typer.Option(ClaimsFormat.terminal, "--format", "-f", help="A table, or JSON for other tools."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Also each story's topics, misses, items not found and serious findings not counted right."),
    no_color: bool = typer.Option(False, "--no-color"),
) -> None:
    """Score scans against hand-made gold standards: a row per story and a total."""
    from factcheck.evaluate import (GoldError, evaluate, evaluations_to_json, load_gold,
                                    locate_quotes, render_table)

    golds = list(golds)
    if len(golds) == 2 and golds[1].is_dir() and not golds[0].is_dir() and corpus is None:
        corpus = golds.pop()  # the older form `factcheck eval GOLD CORPUS`
    for path in golds:
        if path.is_dir():
            _fail(f"{path} is a folder: give gold files (e.g. {path / 'gold.json'}), "
                  "and --corpus for the articles of a single gold")
    if corpus is not None and len(golds) > 1:
        _fail("--corpus names the articles of a single gold file; with several, each "
              "gold's articles are its own folder")
    # A newsroom measures what the tool finds on its own unless it names rules.
    rule_list, rule_files = _load_rules(rules) if rules else ([], [])
    # Every gold and its quotes are checked before any scan; a bad one is named on its own
    # line and left out, and the others are still scored (exit 2 says something was left).
    stories = []
    bad = 0
    for path in golds:
        try:
            gold = load_gold(path)
            folder = corpus if corpus is not None else gold.path.parent
            locate_quotes(gold, folder)
        except (GoldError, MissingPathError) as exc:
            typer.echo(f"factcheck: error: {exc}", err=True)
            bad += 1
            continue
        stories.append((gold, folder))
    if not stories:
        raise typer.Exit(EXIT_USAGE)
    try:
        evaluations = [evaluate(scan([folder], rule_list, rule_files), gold, folder)
                       for gold, folder in stories]
    except (GoldError, MissingPathError) as exc:
        _fail(str(exc))
    if output_format is ClaimsFormat.json:
        sys.stdout.write(evaluations_to_json(evaluations, verbose=verbose))
    else:
        _print(lambda console: render_table(evaluations, console, verbose=verbose), no_color)
    # scores are for reading; they never fail a run, but a gold left out is bad input
    raise typer.Exit(EXIT_USAGE if bad else EXIT_CLEAN)


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the JSON report (--format json, --json)."""
    from factcheck.report.schema import schema_text

    sys.stdout.write(schema_text())


@app.command("init")
def init_command(
    folder: Path = typer.Argument(Path("."), help="Project folder. Default: the current folder."),
) -> None:
    """Start a project: factcheck.toml, an example rule and an articles/ folder."""
    from factcheck.gate.init_project import InitError, init_project

    try:
        created = init_project(folder)
    except InitError as exc:
        _fail(str(exc))
    for path in created:
        typer.echo(f"created {display_path(path)}")
    typer.echo("next: put articles in articles/, adapt rules/example.toml, then run "
               "`factcheck scan`" + ("" if folder.resolve() == Path.cwd().resolve()
                                      else f" in {display_path(folder)}"))


@app.command("version")
def version_command() -> None:
    """Print the version."""
    typer.echo(__version__)


def main() -> None:
    app()
