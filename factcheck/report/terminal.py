"""Report → terminal, for a newsroom editor: findings first, concise by default.

Each finding is its severity, check and location, the message, a suggestion where one
follows, and every claim it joins as `file:line:col` with the quoted words in their
sentence. When the findings come from several stories, each story's are under its
heading (label, id for --story, articles, counts), the most serious story first, and
the stories with nothing to report are named in one line at the end (a few of them, and
how many more: an archive may hold hundreds). Findings of a single story need no heading
(a pre-commit check of one article stays a handful of lines). Then input errors and a
one-line summary, which counts the stories when there are several. Topic tables (every topic's claims
side by side) only when asked for (`--topics`, `--all` for single-source automatic ones).

Text is for people: partial dates in words, automatic topic labels spelled as the
articles spell them, control characters from articles escaped (report/text.py). Every
Arabic run is a Unicode bidi isolate, so a terminal that implements bidi shows mixed
lines in order; `--bidi visual` reorders each line here instead, for terminals that don't.

Layout: on a terminal, paragraphs wrap at its width and a location is never broken; into
a pipe or a file nothing wraps (one line per paragraph: logs and grep see whole messages),
and nothing is styled. Everything is built from Text objects, never markup strings, so
brackets in labels or article text are never taken as styles.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment, Segments
from rich.style import Style
from rich.table import Table
from rich.text import Text

from factcheck.model import Article, Claim, Finding, Report, Severity, Topic, TopicStatus
from factcheck.report.base import RenderContext
from factcheck.report.json_report import claim_sort_key, finding_sort_key
from factcheck.report.stories import StoryView, grouped, story_views
from factcheck.report.text import (FSI, PDI, describe_value, display_label, escape_controls,
                                   finding_message, gate_lines, isolate_all, isolate_arabic)

EXCERPT_CHARS = 60  # how much of the sentence to show around a claim

# Every status has a colour and a place (tests hold both tables to TopicStatus). Topics
# an editor must act on come first: conflicts, then running totals that changed.
STATUS_STYLE = {
    TopicStatus.CONFLICT: "bold red",
    TopicStatus.EVOLVING: "cyan",  # as its info finding
    TopicStatus.CONSISTENT: "green",
    TopicStatus.OTHER_TIME_FRAME: "yellow",
    TopicStatus.SINGLE_SOURCE: "dim",
}
STATUS_ORDER = {status: rank for rank, status in enumerate(STATUS_STYLE)}
SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "cyan"}
SEVERITY_ORDER = tuple(Severity)
CLAIM_STYLE = "bold underline"
INDENT = 2  # a finding's lines under its header
# Columns of a pipe or a file: nothing is wrapped there (rich needs some width).
UNWRAPPED = 1_000_000


class _Painter:
    """Hands out styles only when colour is wanted; otherwise every style is empty."""

    def __init__(self, console: Console) -> None:
        self.plain = (not console.is_terminal) or console.no_color or console.color_system is None

    def __call__(self, style: str) -> str:
        return "" if self.plain else style


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (plural or word + 's')}"


def _file_name(path: str) -> str:
    return PurePath(path).name or path


def _path(claim: Claim, articles: dict[str, Article]) -> str:
    article = articles.get(claim.article)
    return article.path if article is not None else claim.article


def _location(claim: Claim, articles: dict[str, Article]) -> str:
    # Span.line is the line in the file (front matter already counted by extract).
    return f"{_path(claim, articles)}:{claim.span.line}:{claim.span.column}"


# --------------------------------------------------------------------------- excerpts


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


def _collapse_space(s: str) -> str:
    """Every run of whitespace becomes one space (str.split's idea of whitespace)."""
    words = s.split()
    if not words:
        return " " if s else ""
    return f"{' ' if s[0].isspace() else ''}{' '.join(words)}{' ' if s[-1].isspace() else ''}"


def excerpt(claim: Claim, article: Article | None, limit: int = EXCERPT_CHARS
            ) -> tuple[str, str, str]:
    """(before, «claim words», after), whitespace collapsed, about `limit` chars in all."""
    before, words, after = map(_collapse_space, _split_sentence(claim, article))
    before, after = before.lstrip(), after.rstrip()
    words = f"«{words.strip()}»"
    room = max(0, limit - len(words))
    left = min(len(before), room // 2)
    right = min(len(after), room - left)
    left = min(len(before), room - right)  # give unused room on the right back to the left
    return _trim_left(before, left), words, _trim_right(after, right)


def _quote(claim: Claim, article: Article | None, paint: _Painter,
           limit: int = EXCERPT_CHARS) -> Text:
    """The excerpt, its control characters escaped, the claim words styled, the whole
    between bidi isolates when it holds Arabic."""
    before, words, after = (escape_controls(part) for part in excerpt(claim, article, limit))
    whole = isolate_all(before + words + after)
    lead = len(whole) - len(before + words + after) - (1 if whole.endswith(PDI) else 0)
    text = Text(whole)
    start = lead + len(before)
    if paint(CLAIM_STYLE):
        text.stylize(CLAIM_STYLE, start, start + len(words))
    return text


def _plain(text: str) -> Text:
    """Text from a report: controls escaped, Arabic runs isolated."""
    return Text(isolate_arabic(escape_controls(text)))


# --------------------------------------------------------------------------- output lines


class _Output:
    """Lines to the console. On a terminal a paragraph wraps at its width; elsewhere it is
    one line. Every line then passes the bidi step: isolates closed at the end of a line
    and reopened on the next (a terminal resolves each line on its own), or, in visual
    mode, each isolate's characters put in display order."""

    def __init__(self, console: Console, bidi: str, paint: _Painter) -> None:
        self.console = console
        self.paint = paint
        self.wrap = console.is_terminal and console.width < UNWRAPPED
        self.bidi = bidi
        self.open = False  # an isolate runs on from the previous line
        self.lines: list[list[Segment]] = []
        if bidi == "visual":
            from factcheck.report.bidi import visual_line

            self.visual = visual_line

    def width(self, indent: int = 0) -> int:
        """Columns left after `indent` (off a terminal: no limit)."""
        return (self.console.width if self.wrap else UNWRAPPED) - indent

    def blank(self) -> None:
        self.lines.append([])

    def line(self, text: Text, indent: int = 0) -> None:
        """One line that is never wrapped (a location, a header)."""
        self._add(Text(" " * indent) + text if indent else text)

    def paragraph(self, text: Text, indent: int = 0, hanging: int | None = None) -> None:
        """Wrapped at the terminal's width, less the indent; later lines at `hanging`."""
        hanging = indent if hanging is None else hanging
        if not self.wrap:
            for n, part in enumerate(text.split("\n", allow_blank=True)):
                part.rstrip()
                self.line(part, indent if n == 0 else hanging)
            return
        width = max(8, self.console.width - max(indent, hanging))
        for n, part in enumerate(text.wrap(self.console, width, justify="left",
                                           overflow="fold")):
            part.rstrip()
            self.line(part, indent if n == 0 else hanging)

    def table(self, table: Table, indent: int = 0) -> None:
        options = self.console.options.update(width=max(8, self.width(indent)),
                                              no_wrap=not self.wrap)
        # Split into lines, never cropped: a location wider than the room stays whole.
        for segments in Segment.split_lines(self.console.render(table, options)):
            line = Text.assemble(*((s.text, s.style) for s in segments if not s.control))
            line.rstrip()
            self.line(line, indent)

    def _add(self, text: Text) -> None:
        if self.bidi == "none":
            text = _without_isolates(text)
        elif self.bidi == "visual":
            self.lines.append(self._segments_visual(text))
            return
        else:
            text = self._balanced(text)
        self.lines.append(list(text.render(self.console)))

    def _balanced(self, text: Text) -> Text:
        plain = text.plain
        if FSI not in plain and PDI not in plain and not self.open:
            return text
        depth = 1 if self.open else 0
        for char in plain:
            if char == FSI:
                depth += 1
            elif char == PDI and depth:
                depth -= 1
        if self.open:  # reopen after the indent, so the indent stays on the left
            lead = len(plain) - len(plain.lstrip(" "))
            text = text[:lead] + Text(FSI) + text[lead:]
        self.open = depth > 0
        if depth:
            text = text + Text(PDI * depth)
        return text

    def _segments_visual(self, text: Text) -> list[Segment]:
        chars: list[tuple[str, Style | None]] = []
        for segment in text.render(self.console):
            chars.extend((char, segment.style) for char in segment.text)
        chars, self.open = self.visual(chars, self.open)
        merged: list[Segment] = []
        for char, style in chars:
            if merged and merged[-1].style == style:
                merged[-1] = Segment(merged[-1].text + char, style)
            else:
                merged.append(Segment(char, style))
        return merged

    def flush(self) -> None:
        segments: list[Segment] = []
        newline = Segment.line()
        for line in self.lines:
            segments.extend(line)
            segments.append(newline)
        self.lines.clear()
        self.console.print(Segments(segments), soft_wrap=True, end="")


def _without_isolates(text: Text) -> Text:
    plain = text.plain
    if FSI not in plain and PDI not in plain:
        return text
    out = Text()
    for part in text.split(FSI, include_separator=False, allow_blank=True):
        for piece in part.split(PDI, include_separator=False, allow_blank=True):
            out.append_text(piece)
    return out


# --------------------------------------------------------------------------- findings


def _finding_location(f: Finding, claims: dict[str, Claim], articles: dict[str, Article]
                      ) -> str:
    # The finding's first claim is the one it is about; otherwise name the article.
    for cid in f.claims:
        if cid in claims:
            return _location(claims[cid], articles)
    for aid in f.articles:
        return articles[aid].path if aid in articles else aid
    return ""


def _render_findings(report: Report, out: _Output, paint: _Painter, claims: dict[str, Claim],
                     articles: dict[str, Article], topics: dict[str, Topic]) -> None:
    if grouped(report):
        views = story_views(report)
        if sum(1 for v in views if v.findings) > 1:
            _render_stories(views, out, paint, claims, articles, topics)
            return
    if not report.findings:
        out.line(Text("No findings."))
        return
    _render_finding_list(sorted(report.findings, key=finding_sort_key), out, paint, claims,
                         articles, topics)


QUIET_SHOWN = 5  # stories without findings named in the line that counts them


def _story_label(view: StoryView) -> Text:
    """The story's label in quotes (its id when it has none)."""
    story = view.story
    if not story.id:
        return Text("not in any story")
    return _plain(f"«{story.label}»" if story.label else story.id)


def _story_counts(view: StoryView) -> str:
    counts = view.counts
    return ", ".join([_plural(counts["error"], "error"), _plural(counts["warning"], "warning"),
                      f"{counts['info']:,} info"])


def _story_heading(view: StoryView, out: _Output, paint: _Painter) -> None:
    """`STORY  «label»  id · 4 articles · 1 error, 0 warnings, 1 info`: the id is what
    --story takes."""
    head = Text("STORY", style=paint("bold magenta"))
    head.append("  ")
    label = _story_label(view)
    label.stylize(paint("bold"))
    head.append_text(label)
    if view.story.id:
        head.append(f"  {view.story.id}")
    head.append(f" · {_plural(len(view.story.articles), 'article')} · {_story_counts(view)}")
    out.paragraph(head, 0, INDENT)


def _render_stories(views: list[StoryView], out: _Output, paint: _Painter,
                    claims: dict[str, Claim], articles: dict[str, Article],
                    topics: dict[str, Topic]) -> None:
    """Findings under their story's heading (findings of two stories at least), then
    one line for the stories with nothing to report."""
    loud = [v for v in views if v.findings]
    for n, view in enumerate(loud):
        if n:
            out.blank()
        _story_heading(view, out, paint)
        out.blank()
        _render_finding_list(list(view.findings), out, paint, claims, articles, topics)
    quiet = [v for v in views if not v.findings]
    if not quiet:
        return
    out.blank()
    shown = quiet[:QUIET_SHOWN]
    what = _plural(len(quiet), "other story", "other stories")
    line = Text(f"Nothing to report in {what}"
                f"{' (the largest first)' if len(quiet) > len(shown) else ''}: ",
                style=paint("dim"))
    for k, view in enumerate(shown):
        if k:
            line.append(", ")
        line.append_text(_story_label(view))
        line.append(f" ({view.story.id}, {_plural(len(view.story.articles), 'article')})")
    more = len(quiet) - len(shown)
    line.append(f", and {more:,} more (--format json lists every story)." if more else ".")
    out.paragraph(line, 0, INDENT)


def _render_finding_list(findings: list[Finding], out: _Output, paint: _Painter,
                         claims: dict[str, Claim], articles: dict[str, Article],
                         topics: dict[str, Topic]) -> None:
    for n, f in enumerate(findings):
        if n:
            out.blank()
        head = Text.assemble((f.severity.upper(), paint(SEVERITY_STYLE.get(f.severity, "bold"))),
                             "  ", (escape_controls(f.check), paint("bold")))
        where = _finding_location(f, claims, articles)
        if where:
            head.append("  ")
            head.append_text(_plain(where))
        out.line(head)
        message = finding_message(f.message, topics.get(f.topic or ""), claims)
        out.paragraph(_plain(message), INDENT)
        if f.suggestion:
            suggestion = Text("suggestion: ", style=paint("italic"))
            suggestion.append_text(_plain(f.suggestion))
            out.paragraph(suggestion, INDENT)
        involved = [claims.get(cid) for cid in dict.fromkeys(f.claims)]
        column = max((cell_len(_location(c, articles)) for c in involved if c), default=0)
        for cid, claim in zip(dict.fromkeys(f.claims), involved):
            if claim is None:
                out.line(Text(f"{escape_controls(cid)}  (claim not in report)"), INDENT)
                continue
            _evidence(out, claim, articles, column)


def _evidence(out: _Output, claim: Claim, articles: dict[str, Article], column: int) -> None:
    """`file:line:col  …the words «of the claim» in their sentence…`, the quotes of one
    finding in one column. On a terminal the quote's context shrinks to fit the line (never
    below EVIDENCE_MIN characters); if it still can't, the location goes alone (never
    broken) and the quote wraps under it."""
    location = _location(claim, articles)
    where = _plain(location + " " * (column - cell_len(location)))
    article = articles.get(claim.article)
    limit = EXCERPT_CHARS
    if out.wrap:
        limit = max(EVIDENCE_MIN, min(EXCERPT_CHARS, out.console.width - INDENT - column - 2))
    quote = _quote(claim, article, out.paint, limit)
    one_line = where + Text("  ") + quote
    if not out.wrap or INDENT + cell_len(one_line.plain) <= out.console.width:
        out.line(one_line, INDENT)
        return
    out.line(where, INDENT)
    out.paragraph(_quote(claim, article, out.paint), INDENT * 2)


EVIDENCE_MIN = 30  # characters of a quote with its context, at least, beside its location


# --------------------------------------------------------------------------- topics


def _topic_order(t: Topic) -> tuple:
    return (STATUS_ORDER.get(t.status, len(STATUS_ORDER)), t.source == "auto", t.id)


def _topic_rows(t: Topic, claims: dict[str, Claim], articles: dict[str, Article],
                paint: _Painter) -> list[tuple[Text, Text, Text, str]]:
    """(where, value, quote, row style) of each of the topic's claims, in text order."""
    other = set(t.other_frame)
    rows = []
    for claim in sorted((claims[i] for i in {*t.claims, *t.other_frame} if i in claims),
                        key=claim_sort_key):
        name = _file_name(_path(claim, articles))
        quote = _quote(claim, articles.get(claim.article), paint)
        style = ""
        if claim.id in other:
            quote.append("\n(other time frame)", style=paint("italic"))
            style = paint("dim")
        rows.append((_plain(f"{name}:{claim.span.line}:{claim.span.column}"),
                     _plain(describe_value(claim.value)), quote, style))
    missing = sorted(i for i in {*t.claims, *t.other_frame} if i not in claims)
    if missing:
        rows.append((Text("?"), Text(""),
                     Text("claims not in report: " + escape_controls(", ".join(missing))), ""))
    return rows


QUOTE_ROOM = 30  # columns the quote keeps before the value may take more than its minimum


def _topic_table(rows: list[tuple[Text, ...]], room: int, with_where: bool = True) -> Table:
    """The rows side by side: where (the file and line an editor opens: never cut or
    broken), the value as read, and the quote, which takes the room left."""
    table = Table(box=None, show_header=False, show_edge=False, pad_edge=False,
                  padding=(0, 2, 0, 0), expand=False)
    where_width = max((cell_len(r[0].plain) for r in rows), default=1) if with_where else 0
    # «31 December (year not given)» fits on one line when the quote keeps its room.
    value_width = max(12, min(30, room - where_width - 4 - QUOTE_ROOM))
    if with_where:
        table.add_column("where", no_wrap=True, overflow="ignore", min_width=where_width)
    table.add_column("value", overflow="fold", max_width=value_width)
    table.add_column("words", overflow="fold", min_width=10, ratio=1)
    for where, value, quote, style in rows:
        table.add_row(*((where,) if with_where else ()), value, quote, style=style)
    return table


def _render_topic_claims(out: _Output, rows: list[tuple[Text, Text, Text, str]]) -> None:
    room = out.width(INDENT)
    where_width = max((cell_len(r[0].plain) for r in rows), default=0)
    if where_width + 4 + 12 + 10 <= room:
        out.table(_topic_table(rows, room), INDENT)
        return
    # A location too long to share its line: above its value and quote, whole.
    for row in rows:
        out.line(row[0], INDENT)
        out.table(_topic_table([row], room - INDENT, with_where=False), INDENT * 2)


def _render_topics(report: Report, out: _Output, show_all: bool, paint: _Painter,
                   claims: dict[str, Claim], articles: dict[str, Article]) -> None:
    out.blank()
    out.line(Text("Topics", style=paint("bold")))
    topics = sorted(report.topics, key=_topic_order)
    # One-article auto topics are mostly noise for an editor: hidden unless asked for.
    hidden = {t.id for t in topics if t.source == "auto" and t.status == "single-source"}
    if not show_all:
        topics = [t for t in topics if t.id not in hidden]
    if not topics:
        out.line(Text("No topics to show."), INDENT)
    if grouped(report):
        # Under their story's heading, the stories in the findings' order; a story with
        # nothing to show gets no heading.
        shown = {t.id for t in topics}
        for view in story_views(report):
            mine = sorted((t for t in view.topics if t.id in shown), key=_topic_order)
            if mine:
                out.blank()
                _story_heading(view, out, paint)
                _render_topic_list(mine, out, paint, claims, articles)
    else:
        _render_topic_list(topics, out, paint, claims, articles)
    if hidden and not show_all:
        out.blank()
        n = len(hidden)
        out.line(Text(f"{_plural(n, 'single-source auto topic')} hidden; --all shows "
                      f"{'it' if n == 1 else 'them'}.", style=paint("dim")))


def _render_topic_list(topics: list[Topic], out: _Output, paint: _Painter,
                       claims: dict[str, Claim], articles: dict[str, Article]) -> None:
    for t in topics:
        out.blank()
        header = Text(f"[{t.status.upper()}]", style=paint(STATUS_STYLE.get(t.status, "")))
        header.append(" ")
        label = _plain(display_label(t, claims))
        label.stylize(paint("bold"))
        header.append_text(label)
        out.paragraph(header)
        source = "auto" if t.source == "auto" else f"rule {t.source}"
        ident = _plain(f"{t.id} · {source}")
        ident.stylize(paint("dim"))
        out.line(ident)
        _render_topic_claims(out, _topic_rows(t, claims, articles, paint))


# --------------------------------------------------------------------------- summary


def _render_input_errors(report: Report, out: _Output, paint: _Painter) -> None:
    if not report.input_errors:
        return
    out.blank()
    for e in sorted(report.input_errors, key=lambda e: (e.path, e.message)):
        line = Text("INPUT ERROR", style=paint("bold red"))
        line.append_text(_plain(f"  {e.path}: {e.message}"))
        out.paragraph(line, 0, INDENT)


def _summary_parts(report: Report) -> tuple[list[str], list[str]]:
    counts = {s: 0 for s in SEVERITY_ORDER}
    for f in report.findings:
        if f.severity in counts:
            counts[f.severity] += 1
    scanned = [
        _plural(len(report.articles), "article"),
        *([_plural(len(report.stories), "story", "stories")] if grouped(report) else []),
        _plural(len(report.claims), "claim"),
        _plural(len(report.topics), "topic"),
    ]
    found = [", ".join([_plural(counts["error"], "error"),
                        _plural(counts["warning"], "warning"),
                        f"{counts['info']:,} info"])]
    if report.input_errors:  # only when there are some: the line must fit 80 columns
        found.append(_plural(len(report.input_errors), "input error"))
    return [", ".join(scanned)], found


def summary_line(report: Report) -> str:
    scanned, found = _summary_parts(report)
    return " · ".join(scanned + found)


def _summary_lines(report: Report, width: int) -> list[str]:
    line = summary_line(report)
    if cell_len(line) <= width:
        return [line]
    # Too wide for one line (very large counts): break between what was read and what
    # was found, rather than mid-phrase.
    scanned, found = _summary_parts(report)
    return [" · ".join(scanned) + " ·", " · ".join(found)]


# --------------------------------------------------------------------------- the renderer


def terminal_console(out: TextIO, ctx: RenderContext) -> Console:
    """A rich console on `out` as the context asks: styles only on a terminal, never with
    ctx.color False; NO_COLOR and FORCE_COLOR are read by rich itself. Off a terminal it is
    as wide as nothing ever is, so nothing wraps."""
    terminal = ctx.is_terminal(out)
    return Console(file=out, no_color=True if ctx.color is False else None,
                   width=ctx.width if terminal else UNWRAPPED, force_terminal=terminal,
                   highlight=False, emoji=False, markup=False)


def render_lines(report: Report, console: Console, ctx: RenderContext) -> None:
    """The report on `console` (see the module's docstring for the layout)."""
    paint = _Painter(console)
    out = _Output(console, ctx.bidi, paint)
    claims = {c.id: c for c in report.claims}
    articles = {a.id: a for a in report.articles}
    topics = {t.id: t for t in report.topics}
    _render_findings(report, out, paint, claims, articles, topics)
    if ctx.topics or ctx.show_all:
        _render_topics(report, out, ctx.show_all, paint, claims, articles)
    _render_input_errors(report, out, paint)
    out.blank()
    width = console.width if out.wrap else UNWRAPPED
    for line in _summary_lines(report, width):
        out.paragraph(Text(line, style=paint("bold")))
    for line in gate_lines(ctx.gate):
        out.line(_plain(line))
    out.flush()


class TerminalRenderer:
    """`--format terminal`: the report for people, on a terminal or in a log."""

    name = "terminal"
    human_readable = True
    description = "the report for people (default)"
    suffix = ".txt"

    def render(self, report: Report, out: TextIO, ctx: RenderContext) -> None:
        render_lines(report, terminal_console(out, ctx), ctx)


RENDERER = TerminalRenderer()

