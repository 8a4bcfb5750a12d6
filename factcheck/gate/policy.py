"""The CI gate around a scan: configuration, baseline and changed-articles mode.

cli.py turns options into `ScanOptions`; `prepare` merges them with the configuration
file (command line first, then configuration, then built-in defaults), asks git what
changed and loads the baseline, all before the scan so a usage error costs nothing.
After the scan, `Gate.apply` decides what is reported, in this order:

1. findings of disabled checks are dropped;
2. per-topic severity overrides apply (to a topic's cross-source conflicts, as a
   rule's own `severity` does), and findings are re-sorted;
3. the baseline splits ALL findings into new and known, and lists the entries that no
   longer occur (the full scan, so --changed never makes an untouched finding "fixed");
4. in changed mode, only findings involving a changed article remain;
5. with --story, the report is cut to the stories named (gate/stories.py): their
   articles, claims, topics and findings.

What is left is reported and decides the exit code. No output here: cli.py prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from factcheck.gate.baseline import (Baseline, BaselineError, BaselineNotFound, apply_baseline, load_baseline,
                       write_baseline)
from factcheck.gate.changed import GitError, articles_touched, changed_since, only_touching, repo_top
from factcheck.gate.stories import UnknownStory, choose_stories, only_stories
from factcheck.analyse.checks.base import FINGERPRINT_VERSION
from factcheck.gate.config import Config
from factcheck.model import SEVERITY_RANK, Finding, Report, Severity

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
# Warnings and errors are the serious findings (a firm frame, or a looser one whose values
# cannot both hold); info is for the record. A corpus whose sources disagree fails.
DEFAULT_FAIL_ON = "warning"
CONFIG_RULES_DIR = "rules"


class GateError(Exception):
    """A usage error, as the one-line message the CLI prints before exiting 2."""


@dataclass(frozen=True)
class ScanOptions:
    """`factcheck scan` options as given. None / empty / False mean "not given", so the
    configuration can fill them in. New options go here and in `prepare`."""

    paths: tuple[Path, ...] = ()
    corpus: tuple[Path, ...] = ()
    rules: tuple[Path, ...] | None = None
    no_rules: bool = False
    fail_on: str | None = None
    baseline: Path | None = None
    no_baseline: bool = False
    update_baseline: bool = False
    changed: bool = False
    since: str | None = None
    stories: tuple[str, ...] = ()  # --story: ids or label beginnings


@dataclass(frozen=True)
class BaselineSummary:
    path: str  # as shown to the user
    suppressed: int  # known findings not reported
    fixed: tuple[dict[str, Any], ...]  # baseline entries that no longer occur


@dataclass(frozen=True)
class GateSummary:
    """What the renderers say about the gate; None where that mode is not in use."""

    baseline: BaselineSummary | None = None
    changed_articles: tuple[str, ...] | None = None  # ids of the changed articles scanned
    # --story: the ids of the stories shown, and how many the scan found
    stories: tuple[str, ...] | None = None
    stories_found: int = 0


@dataclass(frozen=True)
class GateResult:
    report: Report  # the scan with only the findings that are reported and gate the exit
    summary: GateSummary
    all_findings: tuple[Finding, ...]  # after steps 1-2, before baseline and changed filtering


@dataclass(frozen=True)
class Gate:
    """Everything decided before the scan."""

    corpus: tuple[Path, ...]
    rules: tuple[Path, ...] | None  # None: the built-in default (./rules when present)
    fail_on: str
    baseline_path: Path | None
    baseline: Baseline | None  # None with a path: the configured file does not exist yet
    update_baseline: bool
    changed: tuple[Path, ...] | None  # None: not in changed mode
    disabled_checks: frozenset[str] = frozenset()
    severity: dict[str, Severity] = field(default_factory=dict)
    notes: tuple[str, ...] = ()  # for stderr: worth knowing, not errors
    stories: tuple[str, ...] = ()  # --story as given: ids or label beginnings

    def apply(self, report: Report) -> GateResult:
        """What is reported; GateError when --story names no story of the scan."""
        findings = [f for f in report.findings if f.check not in self.disabled_checks]
        findings = _override_severity(findings, self.severity)
        topics = report.topics
        if self.severity:
            topics = tuple(replace(t, severity=self.severity.get(t.id, t.severity)) for t in topics)
        reported, baseline_summary = findings, None
        if self.baseline is not None:
            result = apply_baseline(findings, self.baseline, report.claims)
            reported = result.new
            # An entry of a check that did not run is not fixed, only not looked at.
            fixed = tuple(e for e in result.fixed if e.get("check") not in self.disabled_checks)
            baseline_summary = BaselineSummary(display_path(self.baseline.path),
                                               len(result.suppressed), fixed)
        changed_ids = None
        if self.changed is not None:
            touched = articles_touched(report.articles, self.changed)
            article_of = {c.id: c.article for c in report.claims}
            reported = [_changed_claims_first(f, touched, article_of)
                        for f in only_touching(reported, touched)]
            changed_ids = tuple(sorted(touched))
        shown = replace(report, findings=tuple(reported), topics=topics)
        story_ids = None
        if self.stories:
            try:
                chosen = choose_stories(report.stories, self.stories)
            except UnknownStory as exc:
                raise GateError(str(exc)) from None
            shown = only_stories(shown, chosen)
            story_ids = tuple(s.id for s in chosen)
        return GateResult(
            report=shown,
            summary=GateSummary(baseline_summary, changed_ids, story_ids, len(report.stories)),
            all_findings=tuple(findings))

    def exit_code(self, result: GateResult) -> int:
        """0 clean, 1 a reported finding at or above fail-on, 2 input errors."""
        if result.report.input_errors:
            return EXIT_USAGE
        if self.fail_on == "never":
            return EXIT_CLEAN
        threshold = SEVERITY_RANK[self.fail_on]
        hit = any(SEVERITY_RANK[f.severity] >= threshold for f in result.report.findings)
        return EXIT_FINDINGS if hit else EXIT_CLEAN

    def write_baseline(self, result: GateResult) -> Path:
        """Write every finding of the full scan (never only the changed articles')."""
        assert self.baseline_path is not None  # prepare() refuses --update-baseline without one
        claims = {c.id: c for c in result.report.claims}
        write_baseline(self.baseline_path, result.all_findings, claims)
        return self.baseline_path


def _override_severity(findings: list[Finding], severity: dict[str, Severity]) -> list[Finding]:
    if not severity:
        return findings
    # Like a rule's own `severity`: it grades the topic's conflicts, not the notes
    # (different-bodies) or an article's internal date checks that share the topic.
    changed = [replace(f, severity=severity.get(f.topic, f.severity))
               if f.check == "cross-source-conflict" and f.topic else f for f in findings]
    return sorted(changed, key=lambda f: (-SEVERITY_RANK[f.severity], f.check, f.id))


def _changed_claims_first(finding: Finding, touched: set[str], article_of: dict[str, str]
                          ) -> Finding:
    """Lead with a changed article's claim: SARIF and annotations sit on the first claim,
    and a pull request shows them inline only on files it changes."""
    claims = sorted(finding.claims, key=lambda cid: article_of.get(cid) not in touched)
    return replace(finding, claims=tuple(claims))


def unknown_severity_topics(gate: Gate, report: Report) -> list[str]:
    """[severity] topic ids the scan never produced: probably a typo in the configuration."""
    known = {t.id for t in report.topics}
    return sorted(topic for topic in gate.severity if topic not in known)


def prepare(options: ScanOptions, config: Config | None, cwd: Path) -> Gate:
    """Merge options with the configuration; raise GateError for a usage error."""
    notes: list[str] = []
    if options.changed and options.since is not None:
        raise GateError("use either --changed or --since")
    corpus, changed = _corpus_and_changed(options, config, cwd)
    baseline_path, baseline = _baseline(options, config, notes)
    return Gate(
        corpus=corpus,
        rules=_rules(options, config),
        fail_on=options.fail_on or (config.fail_on if config else None) or DEFAULT_FAIL_ON,
        baseline_path=baseline_path,
        baseline=baseline,
        update_baseline=options.update_baseline,
        changed=changed,
        disabled_checks=config.disabled_checks if config else frozenset(),
        severity=dict(config.severity) if config else {},
        notes=tuple(notes),
        stories=options.stories,
    )


def _corpus_and_changed(options: ScanOptions, config: Config | None, cwd: Path
                        ) -> tuple[tuple[Path, ...], tuple[Path, ...] | None]:
    configured = config.paths if config else ()
    if options.changed:
        # pre-commit appends the staged files after `--changed`, so PATHs are the changed
        # files; a folder among them is the corpus, so `scan corpus/ --changed new.txt` reads
        # as written. Changed files outside the corpus (README.md) match no article.
        for path in options.paths:
            if not path.exists():
                raise GateError(f"{path}: no such file or folder")
        folders = tuple(p for p in options.paths if p.is_dir())
        files = tuple(p for p in options.paths if not p.is_dir())
        corpus = (folders + options.corpus) or configured
        if not corpus:
            raise GateError("--changed needs the corpus: set 'paths' in factcheck.toml or "
                            "[tool.factcheck], or pass --corpus (or a folder)")
        return corpus, files
    corpus = (options.paths + options.corpus) or configured
    if not corpus:
        raise GateError("no articles to scan: give PATH or set 'paths' in factcheck.toml")
    if options.since is None:
        return corpus, None
    try:
        return corpus, tuple(changed_since(options.since, cwd))
    except GitError as exc:
        raise GateError(f"--since: {exc}") from None


def _rules(options: ScanOptions, config: Config | None) -> tuple[Path, ...] | None:
    if options.no_rules:
        return ()
    if options.rules is not None:
        return options.rules
    return config_rules(config)


def config_rules(config: Config | None) -> tuple[Path, ...] | None:
    """Rules from the configuration; None (the built-in ./rules default) without one."""
    if config is None:
        return None
    if config.no_rules:
        return ()
    # Shown as reports show article paths: the topic source reads rules/troops.toml.
    if config.rules:
        return tuple(Path(display_path(p)) for p in config.rules)
    # The project's rules sit next to its configuration, whatever folder we run from.
    beside = config.source.resolve().parent / CONFIG_RULES_DIR
    return (Path(display_path(beside)),) if beside.is_dir() else ()


def _baseline(options: ScanOptions, config: Config | None, notes: list[str]
              ) -> tuple[Path | None, Baseline | None]:
    given = options.baseline is not None
    path = options.baseline if given else (
        None if options.no_baseline or config is None else config.baseline)
    if path is None:
        if options.update_baseline:
            raise GateError("--update-baseline needs a baseline path: --baseline PATH or "
                            "'baseline' in factcheck.toml")
        return None, None
    if options.update_baseline:
        return path, None  # about to be (re)written: what it holds now does not matter
    try:
        baseline = load_baseline(path)
    except BaselineNotFound as exc:
        if given:
            raise GateError(str(exc)) from None
        # A configured baseline that was never written: the project has accepted nothing yet.
        notes.append(f"baseline {display_path(path)} not found: nothing suppressed "
                     f"(create it with --update-baseline)")
        return path, None
    except BaselineError as exc:  # unreadable or not a baseline: the message names the file
        raise GateError(str(exc)) from None
    if baseline.outdated:
        # Still matched (by the old ids): the gate neither fails nor passes on its account,
        # but the file should be rewritten before the old scheme is dropped.
        notes.append(
            f"baseline {display_path(path)} has finding ids of fingerprint scheme "
            f"{baseline.fingerprint_version}, which hashed how values are printed; they still "
            f"match, but run `factcheck scan --update-baseline` and commit the file to get "
            f"scheme {FINGERPRINT_VERSION} ids, which hash the values themselves")
    return path, baseline


def display_path(path: Path) -> str:
    """Relative to the current folder when below it, as reports show article paths."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def repository_root(cwd: Path) -> Path | None:
    """The git work tree's top, for repository-relative paths in SARIF and annotations."""
    try:
        return repo_top(cwd)
    except GitError:
        return None
