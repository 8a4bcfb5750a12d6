"""Report → terminal, for a newsroom editor.

Layout: one section per topic (its claims side by side), then findings by severity,
then input errors, then a one-line summary. Everything is built from Text objects (never
markup strings) so brackets in labels or article text can't be taken as styles. When
the console is not a terminal or colour is off, no styles are applied at all, so the
output is plain text that pipes and diffs cleanly.
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from factcheck.model import Article, Claim, Finding, Report, Topic
from factcheck.report.json_report import claim_sort_key, finding_sort_key

if TYPE_CHECKING:
    from factcheck.gate import GateSummary

EXCERPT_CHARS = 60  # how much of the sentence to show around a claim

STATUS_STYLE = {
    "conflict": "bold red",
    "consistent": "green",
    "single-source": "dim",
    "other-time-frame": "yellow",
}
STATUS_ORDER = {"conflict": 0, "consistent": 1, "other-time-frame": 2, "single-source": 3}
SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "cyan"}
SEVERITY_ORDER = ("error", "warning", "info")
CLAIM_STYLE = "bold underline"

_SPACE = re.compile(r"\s+")


class _Painter:
    """Hands out styles only when colour is wanted; otherwise every style is empty."""

    def __init__(self, console: Console) -> None:
        self.plain = (not console.is_terminal) or console.no_color or console.color_system is None

    def __call__(self, style: str) -> str:
        return "" if self.plain else style


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _file_name(path: str) -> str:
    return PurePath(path).name or path


def _location(claim: Claim, article: Article | None) -> str:
    # Span.line is taken as the line in the file (front matter already counted by extract).
    path = article.path if article is not None else claim.article
    return f"{path}:{claim.span.line}:{claim.span.column}"


def _split_sentence(claim: Claim, article: Article | None) -> tuple[str, str, str]:
    """The sentence as (before, claim words, after), using the span to pick the right
    occurrence when the same words appear twice in the sentence."""
    s, text = claim.sentence or "", claim.text
    idx = -1
    offset = claim.sentence_offset
    if offset is not None and s[offset:offset + len(text)] == text:
        idx = offset
    elif article is not None and article.text and s:
        # The sentence occurrence that starts at or before the claim and covers it.
        pos = article.text.rfind(s, 0, claim.span.start + len(s))
        if pos != -1 and pos + len(s) >= claim.span.end:
            rel = claim.span.start - pos
            if s[rel:rel + len(text)] == text:
                idx = rel
    if idx == -1:
        idx = s.find(text) if text else -1
    if idx == -1:
        return "", text, ""
    return s[:idx], text, s[idx + len(text):]


def _trim_left(s: str, budget: int) -> str:
    if len(s) <= budget:
        return s
    if budget <= 1:
        return "…" if s.strip() else ""
    cut = len(s) - (budget - 1)
    kept = s[cut:]
    # Cut at a word boundary so the excerpt doesn't start mid-word.
    if s[cut - 1] != " ":
        # Drop the partial word; with no space at all the whole piece is a fragment.
        space = kept.find(" ")
        kept = kept[space + 1:] if space != -1 else ""
    return "…" + kept.lstrip()


def _trim_right(s: str, budget: int) -> str:
    if len(s) <= budget:
        return s
    if budget <= 1:
        return "…" if s.strip() else ""
    kept = s[:budget - 1]
    if s[budget - 1] != " ":
        space = kept.rfind(" ")
        kept = kept[:space] if space != -1 else ""
    return kept.rstrip() + "…"


def excerpt(claim: Claim, article: Article | None, limit: int = EXCERPT_CHARS
            ) -> tuple[str, str, str]:
    """(before, «claim words», after), whitespace collapsed, about `limit` chars in all."""
    before, words, after = (_SPACE.sub(" ", part) for part in _split_sentence(claim, article))
    before, after = before.lstrip(), after.rstrip()
    words = f"«{words.strip()}»"
    room = max(0, limit - len(words))
    left = min(len(before), room // 2)
    right = min(len(after), room - left)
    left = min(len(before), room - right)  # give unused room on the right back to the left
    return _trim_left(before, left), words, _trim_right(after, right)


def _quote(claim: Claim, article: Article | None, paint: _Painter) -> Text:
    before, words, after = excerpt(claim, article)
    return Text.assemble(before, (words, paint(CLAIM_STYLE)), after)


def _topic_order(t: Topic) -> tuple:
    return (STATUS_ORDER.get(t.status, len(STATUS_ORDER)), t.source == "auto", t.id)


def _topic_header(t: Topic, paint: _Painter) -> Text:
    # Status first: an editor scans the left edge for CONFLICT. Id and source go on a
    # second, quieter line so the label rarely wraps at 80 columns.
    source = "auto" if t.source == "auto" else f"rule {t.source}"
    return Text.assemble(
        (f"[{t.status.upper()}]", paint(STATUS_STYLE.get(t.status, "bold"))), " ",
        (t.label, paint("bold")), "\n",
        (f"{t.id} · {source}", paint("dim")),
    )


def _topic_table(t: Topic, claims: dict[str, Claim], articles: dict[str, Article],
                 paint: _Painter) -> Table:
    table = Table(box=None, show_header=False, show_edge=False, pad_edge=False,
                  padding=(0, 2, 0, 0), expand=False)
    # The file name and line lead each row: that is what an editor opens. The quote takes
    # whatever width is left, so the table fits 80 columns.
    table.add_column("where", no_wrap=True, overflow="ellipsis", max_width=34)
    table.add_column("value", no_wrap=True, overflow="ellipsis", max_width=24)
    table.add_column("words", overflow="fold", min_width=16, ratio=1)
    ids = set(t.claims) | set(t.other_frame)
    other = set(t.other_frame)
    for claim in sorted((claims[i] for i in ids if i in claims), key=claim_sort_key):
        article = articles.get(claim.article)
        name = _file_name(article.path) if article is not None else claim.article
        words = _quote(claim, article, paint)
        row_style = ""
        if claim.id in other:
            words.append("\n(other time frame)", style=paint("italic"))
            row_style = paint("dim")
        # Text, not str: a str cell would be parsed as markup and auto-highlighted.
        table.add_row(Text(f"{name}:{claim.span.line}:{claim.span.column}"),
                      Text(claim.value.describe()), words, style=row_style)
    missing = sorted(ids - set(claims))
    if missing:
        table.add_row(Text("?"), Text(""), Text("claims not in report: " + ", ".join(missing)))
    return table


def _render_topics(report: Report, console: Console, show_all: bool, paint: _Painter,
                   claims: dict[str, Claim], articles: dict[str, Article]) -> None:
    console.print(Text("Topics", style=paint("bold")))
    topics = sorted(report.topics, key=_topic_order)
    # One-article auto topics are mostly noise for an editor: hide them unless asked.
    hidden = {t.id for t in topics if t.source == "auto" and t.status == "single-source"}
    if not show_all:
        topics = [t for t in topics if t.id not in hidden]
    if not topics:
        console.print(Padding(Text("No topics to show."), (0, 0, 0, 2), expand=False))
    for t in topics:
        console.print()
        console.print(_topic_header(t, paint))
        table = _topic_table(t, claims, articles, paint)
        console.print(Padding(table, (0, 0, 0, 2), expand=False))
    if hidden and not show_all:
        console.print()
        n = len(hidden)
        console.print(Text(
            f"{_plural(n, 'single-source auto topic')} hidden; --all shows "
            f"{'it' if n == 1 else 'them'}.", style=paint("dim")))


def _finding_location(f: Finding, claims: dict[str, Claim], articles: dict[str, Article]
                      ) -> str:
    # The finding's first claim is the one it is about; otherwise name the article.
    for cid in f.claims:
        if cid in claims:
            c = claims[cid]
            return _location(c, articles.get(c.article))
    for aid in f.articles:
        return articles[aid].path if aid in articles else aid
    return ""


def _render_findings(report: Report, console: Console, paint: _Painter,
                     claims: dict[str, Claim], articles: dict[str, Article]) -> None:
    console.print()
    console.print(Text("Findings", style=paint("bold")))
    if not report.findings:
        console.print(Padding(Text("No findings."), (0, 0, 0, 2), expand=False))
        return
    for f in sorted(report.findings, key=finding_sort_key):
        console.print()
        head = Text.assemble((f.severity.upper(), paint(SEVERITY_STYLE.get(f.severity, "bold"))),
                             "  ", (f.check, paint("bold")))
        where = _finding_location(f, claims, articles)
        if where:
            head.append("  " + where)
        console.print(head)
        body = Text(f.message)
        if f.suggestion:
            body.append("\nsuggestion: ", style=paint("italic"))
            body.append(f.suggestion)
        for cid in f.claims:
            c = claims.get(cid)
            if c is None:
                body.append(f"\n{cid}  (claim not in report)")
                continue
            body.append("\n" + _location(c, articles.get(c.article)) + "  ")
            body.append(f"«{_SPACE.sub(' ', c.text).strip()}»", style=paint(CLAIM_STYLE))
        console.print(Padding(body, (0, 0, 0, 2), expand=False))


def _render_input_errors(report: Report, console: Console, paint: _Painter) -> None:
    if not report.input_errors:
        return
    console.print()
    for e in sorted(report.input_errors, key=lambda e: (e.path, e.message)):
        console.print(Text.assemble(("INPUT ERROR", paint("bold red")), f"  {e.path}: {e.message}"))


def _summary_parts(report: Report) -> tuple[list[str], list[str]]:
    counts = {s: 0 for s in SEVERITY_ORDER}
    for f in report.findings:
        if f.severity in counts:
            counts[f.severity] += 1
    scanned = [
        _plural(len(report.articles), "article"),
        _plural(len(report.claims), "claim"),
        _plural(len(report.topics), "topic"),
    ]
    found = [", ".join([_plural(counts["error"], "error"),
                        _plural(counts["warning"], "warning"),
                        f"{counts['info']} info"])]
    if report.input_errors:  # only when there are some: the line must fit 80 columns
        found.append(_plural(len(report.input_errors), "input error"))
    return [", ".join(scanned)], found


def summary_line(report: Report) -> str:
    scanned, found = _summary_parts(report)
    return " · ".join(scanned + found)


def _summary_text(report: Report, width: int) -> str:
    line = summary_line(report)
    if cell_len(line) <= width:
        return line
    # Too wide for one line (very large counts): break between what was read and what
    # was found, rather than mid-phrase.
    scanned, found = _summary_parts(report)
    return " · ".join(scanned) + " ·\n" + " · ".join(found)


def gate_lines(gate: GateSummary | None) -> list[str]:
    """What the baseline and changed-articles mode left out, under the summary line."""
    if gate is None:
        return []
    lines: list[str] = []
    if gate.changed_articles is not None:
        n = len(gate.changed_articles)
        lines.append(f"only findings involving {_plural(n, 'changed article')} are shown"
                     if n else "no changed article in the corpus: no findings are shown")
    if gate.baseline is not None:
        lines.append(f"{_plural(gate.baseline.suppressed, 'known finding')} suppressed "
                     f"(baseline {gate.baseline.path})")
        fixed = gate.baseline.fixed
        if fixed:
            verb, them = ("occurs", "it") if len(fixed) == 1 else ("occur", "them")
            lines.append(f"{_plural(len(fixed), 'baseline finding')} no longer {verb} (fixed); "
                         f"--update-baseline removes {them}:")
            for entry in fixed:
                # The topic says what it was about; an internal check without one, its article.
                about = entry.get("topic") or ", ".join(entry.get("articles") or [])
                lines.append(f"  {entry['id']}  {entry.get('check', '?')}  {about}".rstrip())
    return lines


def render_terminal(report: Report, console: Console, show_all: bool = False,
                    gate: GateSummary | None = None) -> None:
    paint = _Painter(console)
    claims = {c.id: c for c in report.claims}
    articles = {a.id: a for a in report.articles}
    _render_topics(report, console, show_all, paint, claims, articles)
    _render_findings(report, console, paint, claims, articles)
    _render_input_errors(report, console, paint)
    console.print()
    console.print(Text(_summary_text(report, console.width), style=paint("bold")))
    for line in gate_lines(gate):
        console.print(Text(line))
