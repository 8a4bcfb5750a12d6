"""Report → SARIF 2.1.0, the subset GitHub code scanning reads.

One run, one rule per registered check (analyse/checks/registry.py, in its order), one
result per finding in report order; its properties name its story (`story`, `storyLabel`). A result points at its first claim; the finding's other claims are
related locations, linked from the message so GitHub shows them. Finding ids are
the partial fingerprints, so an alert keeps its identity when lines move.
Deterministic: sorted keys, no timestamps, no absolute paths of this machine (but for
articles outside the repository, which only an absolute file:// URI can point at).
"""

from __future__ import annotations

import json
import re
from pathlib import Path, PurePath
from typing import Any, TextIO
from urllib.parse import quote

from factcheck.model import Article, Claim, Finding, InputError, Report, Story
from factcheck.analyse.checks.base import FINGERPRINT_VERSION, Check
from factcheck.analyse.checks.registry import CHECKS, get_check
from factcheck.report.base import RenderContext
from factcheck.report.stories import article_stories, finding_story

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
TOOL_NAME = "factcheck"
# Versioned as SARIF asks: the number changes with the fingerprint scheme (analyse/checks/base).
FINGERPRINT_KEY = f"factcheck/v{FINGERPRINT_VERSION}"
SOURCE_ROOT = "%SRCROOT%"  # paths are relative to the repository the scan ran in
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


# ---------------------------------------------------------------- locations (shared with github.py)


def repo_path(path: str, root: Path | str | None = None) -> str:
    """Article.path as a POSIX path relative to `root` (default: the current folder).

    Article paths are shown relative to the current folder when possible. A path
    outside `root` is kept as given (there is nothing better to point at).
    """
    base = Path(root) if root is not None else Path.cwd()
    given = Path(path)
    absolute = given if given.is_absolute() else Path.cwd() / given
    try:
        return absolute.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return PurePath(path).as_posix()  # PurePath drops a leading "./"


def claim_region(claim: Claim) -> dict[str, int]:
    """1-based start and end of the claim's words; the end column is the one after them.

    The span gives where the words start in the file; where they end follows from the
    words themselves, which may run over a line break.
    """
    lines = claim.text.split("\n")
    end_line = claim.span.line + len(lines) - 1
    end_column = (claim.span.column if len(lines) == 1 else 1) + len(lines[-1])
    return {"startLine": claim.span.line, "startColumn": claim.span.column,
            "endLine": end_line, "endColumn": end_column}


def finding_claims(finding: Finding, claims: dict[str, Claim]) -> list[Claim]:
    """The finding's claims that the report holds, in the finding's order (primary first)."""
    return [claims[cid] for cid in dict.fromkeys(finding.claims) if cid in claims]


def quoted(claim: Claim) -> str:
    return "«" + " ".join(claim.text.split()) + "»"


# ---------------------------------------------------------------- SARIF objects


def artifact_location(path: str, root: Path | str | None) -> dict[str, Any]:
    """Where an article is, as SARIF says it: relative to the repository's top folder
    (`root`; without one, the current folder) with uriBaseId %SRCROOT%, which code
    scanning resolves to its checkout; an article outside it as an absolute file:// URI
    without a base, the only thing that still points at it. Either way a URI reference:
    spaces, "%", "#" and non-ASCII letters in file names are percent-encoded."""
    base = Path(root) if root is not None else Path.cwd()
    given = Path(path)
    absolute = (given if given.is_absolute() else Path.cwd() / given).resolve()
    try:
        relative = absolute.relative_to(base.resolve()).as_posix()
    except ValueError:
        return {"uri": absolute.as_uri()}
    return {"uri": quote(relative, safe="/"), "uriBaseId": SOURCE_ROOT}


_artifact = artifact_location


def _claim_location(claim: Claim, articles: dict[str, Article],
                    root: Path | str | None) -> dict[str, Any]:
    article = articles.get(claim.article)
    path = article.path if article is not None else claim.article
    region = claim_region(claim)
    region["snippet"] = {"text": claim.text}
    return {"physicalLocation": {"artifactLocation": _artifact(path, root), "region": region}}


def _article_location(finding: Finding, articles: dict[str, Article],
                      root: Path | str | None) -> list[dict[str, Any]]:
    # A finding without a claim in the report still needs a place: its first article.
    for aid in finding.articles:
        if aid in articles:
            return [{"physicalLocation": {"artifactLocation": _artifact(articles[aid].path, root),
                                          "region": {"startLine": 1}}}]
    return []


def _link_text(claim: Claim) -> str:
    # Brackets would end a SARIF embedded link early; they are escaped with a backslash.
    return re.sub(r"([\[\]\\])", r"\\\1", quoted(claim))


def _rule(check: Check) -> dict[str, Any]:
    return {
        "id": check.id,
        "name": check.name,
        "shortDescription": {"text": check.summary},
        "fullDescription": {"text": check.help},
        "help": {"text": check.help},
        "defaultConfiguration": {"level": LEVELS[check.default_severity]},
    }


_RULE_INDEX = {check.id: index for index, check in enumerate(CHECKS)}


def _rule_index(check_id: str) -> int:
    index = _RULE_INDEX.get(check_id)
    if index is None:
        get_check(check_id)  # raises UnknownCheck, naming the id: findings come from the registry
    return index


def _result(finding: Finding, claims: dict[str, Claim],
            articles: dict[str, Article], root: Path | str | None,
            story: Story | None = None) -> dict[str, Any]:
    involved = finding_claims(finding, claims)
    primary, others = (involved[0], involved[1:]) if involved else (None, [])
    message = finding.message
    related = []
    for number, claim in enumerate(others, start=1):
        location = _claim_location(claim, articles, root)
        location.update(id=number, message={"text": quoted(claim)})
        related.append(location)
    if related:
        links = ", ".join(f"[{_link_text(c)}]({n})" for n, c in enumerate(others, start=1))
        message += f" Compare: {links}."
    properties: dict[str, Any] = {"severity": finding.severity, "topic": finding.topic}
    if finding.suggestion:
        properties["suggestion"] = finding.suggestion
    if story is not None:
        properties["story"] = story.id
        properties["storyLabel"] = story.label
    result: dict[str, Any] = {
        "ruleId": finding.check,
        "ruleIndex": _rule_index(finding.check),
        "level": LEVELS.get(finding.severity, "warning"),
        "message": {"text": message},
        "locations": ([_claim_location(primary, articles, root)] if primary is not None
                      else _article_location(finding, articles, root)),
        "partialFingerprints": {FINGERPRINT_KEY: finding.id},
        "properties": properties,
    }
    if related:
        result["relatedLocations"] = related
    return result


def _notification(error: InputError, root: Path | str | None) -> dict[str, Any]:
    return {
        "level": "error",
        "message": {"text": error.message},
        "descriptor": {"id": "input-error"},
        "locations": [{"physicalLocation": {"artifactLocation": _artifact(error.path, root)}}],
    }


def report_to_sarif(report: Report, version: str, root: Path | str | None = None) -> dict[str, Any]:
    claims = {c.id: c for c in report.claims}
    articles = {a.id: a for a in report.articles}
    stories = {s.id: s for s in report.stories}
    story_of = article_stories(report)
    errors = sorted(report.input_errors, key=lambda e: (e.path, e.message))
    invocation: dict[str, Any] = {"executionSuccessful": not errors}
    if errors:
        invocation["toolExecutionNotifications"] = [_notification(e, root) for e in errors]
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {"name": TOOL_NAME, "version": version,
                                "rules": [_rule(check) for check in CHECKS]}},
            # Span columns count characters (code points), not UTF-16 units.
            "columnKind": "unicodeCodePoints",
            "invocations": [invocation],
            "results": [_result(f, claims, articles, root,
                                stories.get(finding_story(f, story_of)))
                        for f in report.findings],
        }],
    }


def render_sarif(report: Report, version: str, root: Path | None = None) -> str:
    return json.dumps(report_to_sarif(report, version, root), ensure_ascii=False, indent=2,
                      sort_keys=True) + "\n"


class SarifRenderer:
    """`--format sarif`: SARIF 2.1.0 for GitHub code scanning."""

    name = "sarif"
    human_readable = False
    description = "SARIF 2.1.0, for GitHub code scanning"
    suffix = ".sarif"

    def render(self, report: Report, out: TextIO, ctx: RenderContext) -> None:
        out.write(render_sarif(report, ctx.tool_version, ctx.root))


RENDERER = SarifRenderer()
