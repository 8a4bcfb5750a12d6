"""Report → GitHub Actions workflow commands: one annotation line per finding.

    ::error file=corpus/a.txt,line=9,col=16,endLine=9,endColumn=52,title=weekday-mismatch::…

GitHub shows each line as an annotation on the file in the run summary and in pull
requests. The annotation sits on the finding's first claim; the message names the
other claims by file, line and column, and, when the scan found several stories, the
finding's story (`Story: «label» (id)`, the id being what `--story` takes).
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from factcheck.model import Article, Claim, Finding, InputError, Report, Story
from factcheck.report.base import RenderContext
from factcheck.report.text import escape_controls
from factcheck.report.sarif import claim_region, finding_claims, quoted, repo_path
from factcheck.report.stories import article_stories, finding_story, grouped

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """The message part of a workflow command (GitHub's escaping rules); other control
    characters from articles become visible escapes, so an article cannot colour or
    rewrite the job's log (report/text.escape_controls)."""
    return escape_controls(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    """A property value (file, title): also ':' and ',', which separate properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(name: str, properties: list[tuple[str, object]], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties)
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


def _path_of(claim: Claim, articles: dict[str, Article], root: Path | None) -> str:
    article = articles.get(claim.article)
    return repo_path(article.path if article is not None else claim.article, root)


def _position(claim: Claim) -> list[tuple[str, object]]:
    region = claim_region(claim)
    position: list[tuple[str, object]] = [("line", region["startLine"])]
    # GitHub takes columns only for an annotation on a single line.
    if region["endLine"] == region["startLine"]:
        position.append(("col", region["startColumn"]))
    position.append(("endLine", region["endLine"]))
    if region["endLine"] == region["startLine"]:
        position.append(("endColumn", region["endColumn"]))
    return position


def _finding_line(finding: Finding, claims: dict[str, Claim], articles: dict[str, Article],
                  root: Path | None, story: Story | None = None) -> str:
    involved = finding_claims(finding, claims)
    properties: list[tuple[str, object]] = []
    if involved:
        primary = involved[0]
        properties = [("file", _path_of(primary, articles, root)), *_position(primary)]
    else:
        paths = [articles[a].path for a in finding.articles if a in articles]
        if paths:
            properties = [("file", repo_path(paths[0], root))]
    properties.append(("title", finding.check))
    message = finding.message
    if finding.suggestion:
        message += f"\nSuggestion: {finding.suggestion}"
    for claim in involved[1:]:
        message += (f"\nCompare {_path_of(claim, articles, root)}:{claim.span.line}:"
                    f"{claim.span.column} {quoted(claim)}")
    if story is not None:
        message += f"\nStory: «{story.label}» ({story.id})"
    return _command(COMMANDS.get(finding.severity, "warning"), properties, message)


def _input_error_line(error: InputError, root: Path | None) -> str:
    return _command("error", [("file", repo_path(error.path, root)), ("title", "input error")],
                    error.message)


def render_github(report: Report, root: Path | None = None) -> str:
    claims = {c.id: c for c in report.claims}
    articles = {a.id: a for a in report.articles}
    # Only a scan of several stories names them: with one, it would say nothing.
    stories = {s.id: s for s in report.stories} if grouped(report) else {}
    story_of = article_stories(report)
    lines = [_finding_line(f, claims, articles, root, stories.get(finding_story(f, story_of)))
             for f in report.findings]
    lines += [_input_error_line(e, root)
              for e in sorted(report.input_errors, key=lambda e: (e.path, e.message))]
    return "".join(line + "\n" for line in lines)


class GithubRenderer:
    """`--format github`: one workflow command per finding, shown as an annotation."""

    name = "github"
    human_readable = False
    description = "GitHub Actions annotations (workflow commands)"
    suffix = ".txt"

    def render(self, report: Report, out: TextIO, ctx: RenderContext) -> None:
        out.write(render_github(report, root=ctx.root))


RENDERER = GithubRenderer()
