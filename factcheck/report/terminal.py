"""Report → terminal, for a newsroom editor.

Layout: one section per topic (its claims side by side), then findings by severity,
then input errors, then a one-line summary. Everything is built from Text objects or
written as segments (never markup strings) so brackets in labels or article text can't be
taken as styles. When the console is not a terminal or colour is off, no styles are
applied at all, so the output is plain text that pipes and diffs cleanly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TextIO
from itertools import pairwise
from pathlib import PurePath
from typing import TYPE_CHECKING, NamedTuple

from rich.cells import cell_len, set_cell_size
from rich.console import Console, ConsoleOptions, RenderResult
from rich.control import STRIP_CONTROL_CODES, strip_control_codes
from rich.measure import Measurement
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Span, Text

try:  # rich's own line breaking: wrapped quotes break exactly where rich's Table breaks them
    from rich._wrap import divide_line
except ImportError:  # a private module; a rich without it prints every table as a Table
    divide_line = None

from factcheck.model import Article, Claim, Finding, Report, Severity, Topic, TopicStatus
from factcheck.report.base import RenderContext
from factcheck.report.json_report import claim_sort_key, finding_sort_key

if TYPE_CHECKING:
    from factcheck.gate.policy import GateSummary

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


def _collapse_space(s: str) -> str:
    """_SPACE.sub(" ", s): every run of whitespace becomes one space, a few times faster
    (str.split and the regex agree on what whitespace is)."""
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


def _quote(claim: Claim, article: Article | None, paint: _Painter) -> list[tuple[str, str]]:
    """The excerpt as (text, style) parts for Text.assemble, the claim words styled."""
    before, words, after = excerpt(claim, article)
    return [(before, ""), (words, paint(CLAIM_STYLE)), (after, "")]


def _topic_order(t: Topic) -> tuple:
    return (STATUS_ORDER[t.status], t.source == "auto", t.id)


def _topic_header(t: Topic, paint: _Painter) -> Text:
    # Status first: an editor scans the left edge for CONFLICT. Id and source go on a
    # second, quieter line so the label rarely wraps at 80 columns.
    source = "auto" if t.source == "auto" else f"rule {t.source}"
    return Text.assemble(
        (f"[{t.status.upper()}]", paint(STATUS_STYLE[t.status])), " ",
        (t.label, paint("bold")), "\n",
        (f"{t.id} · {source}", paint("dim")),
    )


class _Row(NamedTuple):
    where: str   # file name:line:column
    value: str   # the claim's value as read
    quote: list[tuple[str, str]]  # (text, style) parts of the excerpt, as for Text.assemble
    style: str   # row style ("dim" for other-time-frame claims)


def _claim_rows(t: Topic, claims: dict[str, Claim], articles: dict[str, Article],
                file_names: dict[str, str], paint: _Painter) -> list[_Row]:
    """The topic's claims as table rows. file_names caches _file_name across topics."""
    ids = set(t.claims) | set(t.other_frame)
    other = set(t.other_frame)
    rows = []
    for claim in sorted((claims[i] for i in ids if i in claims), key=claim_sort_key):
        article = articles.get(claim.article)
        if article is None:
            name = claim.article
        else:
            name = file_names.get(article.path)
            if name is None:
                name = file_names[article.path] = _file_name(article.path)
        quote = _quote(claim, article, paint)
        row_style = ""
        if claim.id in other:
            quote.append(("\n(other time frame)", paint("italic")))
            row_style = paint("dim")
        rows.append(_Row(f"{name}:{claim.span.line}:{claim.span.column}",
                         claim.value.describe(), quote, row_style))
    missing = sorted(i for i in ids if i not in claims)
    if missing:
        rows.append(_Row("?", "", [("claims not in report: " + ", ".join(missing), "")], ""))
    return rows


# The claim table's columns. The file name and line lead each row: that is what an editor
# opens. The quote takes whatever width is left, so the table fits 80 columns.
WHERE_MAX, VALUE_MAX, WORDS_MIN = 34, 24, 16
GAP = 2     # blank cells after the where and value columns
INDENT = 2  # the table sits under its topic header, indented


def _topic_table(rows: list[_Row]) -> Table:
    """The claim rows as a rich Table: the reference layout that _ClaimTable reproduces."""
    table = Table(box=None, show_header=False, show_edge=False, pad_edge=False,
                  padding=(0, GAP, 0, 0), expand=False)
    table.add_column("where", no_wrap=True, overflow="ellipsis", max_width=WHERE_MAX)
    table.add_column("value", no_wrap=True, overflow="ellipsis", max_width=VALUE_MAX)
    table.add_column("words", overflow="fold", min_width=WORDS_MIN, ratio=1)
    for row in rows:
        # Text, not str: a str cell would be parsed as markup and auto-highlighted.
        table.add_row(Text(row.where), Text(row.value), Text.assemble(*row.quote),
                      style=row.style)
    return table


class _Column(NamedTuple):
    gap: int                # padding cells on the right (none after the last column)
    min_width: int | None
    max_width: int | None


_COLUMNS = (_Column(GAP, None, WHERE_MAX), _Column(GAP, None, VALUE_MAX),
            _Column(0, WORDS_MIN, None))
_TRAILING_SPACE = re.compile(r"\s+$")  # as rich's Text.rstrip_end finds it
_STRIPPED_CODES = re.compile(f"[{re.escape(''.join(map(chr, STRIP_CONTROL_CODES)))}]")
# Characters the fast layout doesn't model: joiners and the emoji variation selector (rich's
# cell widths stop adding up piece by piece), tabs (rich expands them), and in the no-wrap
# cells newlines (rich splits the cell into lines).
_UNMODELLED_IN_WORDS = re.compile("[\u200d\ufe0f\t]")
_UNMODELLED_IN_CELLS = re.compile("[\u200d\ufe0f\t\n]")
_Run = tuple[str, tuple[Span, ...]]  # a piece of a quote's line and the style spans over it


def _sanitized(text: str) -> str:
    """strip_control_codes(text), as rich's Text applies it; the search is much faster than
    the strip itself on Arabic text, and there is rarely anything to strip."""
    return strip_control_codes(text) if _STRIPPED_CODES.search(text) else text


def _assembled(parts: list[tuple[str, str]]) -> tuple[str, list[Span]]:
    """The plain text and style spans of Text.assemble(*parts), without building it."""
    texts, spans, offset = [], [], 0
    for text, style in parts:
        text = _sanitized(text)
        if style and text:
            spans.append(Span(offset, offset + len(text), style))
        texts.append(text)
        offset += len(text)
    return "".join(texts), spans


class _CellWidths(dict):
    """Cell widths of strings as rich's cell_len gives them, each measured once. Lines are
    measured word by word: words recur, whole lines rarely do (and rich measures a string
    it hasn't cached character by character). Widths add up piece by piece where the fast
    layout applies (no joiners)."""

    def __missing__(self, text: str) -> int:
        width = self[text] = cell_len(text)
        return width

    def line(self, text: str) -> int:
        width = self.get(text)
        if width is None:
            words = text.split(" ")
            width = self[text] = sum(map(self.__getitem__, words)) + len(words) - 1
        return width


def _width_range(plain: str, cell_widths: _CellWidths) -> tuple[int, int]:
    """(widest word, widest line) in cells, as rich's Text.__rich_measure__ and
    Measurement.normalize give them."""
    words = plain.split()
    if " ".join(words) == plain:  # one line, words one space apart: the usual cell
        widest_word = max(map(cell_widths.__getitem__, words), default=0)
        return widest_word, cell_widths.line(plain) if words else 0
    widest_line = max(map(cell_widths.line, plain.splitlines()), default=0)
    widest_word = max(map(cell_widths.__getitem__, words), default=widest_line)
    return min(widest_word, widest_line), max(widest_word, widest_line)


def _fit(text: str, width: int, length: int) -> str:
    """A no-wrap cell's text, `length` cells wide, cut with an ellipsis or padded with
    spaces to `width` cells."""
    if length > width:
        return set_cell_size(text, width - 1) + "…"
    return text + " " * (width - length)


def _fold(paragraph: str, width: int, cell_widths: _CellWidths
          ) -> list[tuple[int, str, int]]:
    """A paragraph wrapped as rich's Text.wrap(justify="left", overflow="fold") does it:
    (offset in the paragraph, line, spaces to pad it with) for each line."""
    length = cell_widths.line(paragraph)
    if length <= width:  # widths add up (no joiners): it all fits on one line
        lines = [(0, paragraph)]
    else:
        bounds = [0, *divide_line(paragraph, width), len(paragraph)]
        lines = [(start, paragraph[start:end]) for start, end in pairwise(bounds)]
    folded = []
    for start, line in lines:
        excess = len(line) - width  # rich strips trailing space by characters, not cells
        if excess > 0 and (space := _TRAILING_SPACE.search(line)):
            line = line[:-min(len(space.group()), excess)]
        line_length = cell_widths.line(line)
        if line_length > width:
            line = set_cell_size(line, width)
        folded.append((start, line, max(0, width - line_length)))
    return folded


class _ClaimTable:
    """Prints like Padding(_topic_table(rows), (0, 0, 0, INDENT), expand=False), byte for
    byte, but fast: rich's Table measures every cell several times and renders each one
    through layers of Padding and Text, about half a millisecond a row, which took minutes
    for a large corpus. Here the cells are measured once, the column widths computed the
    way rich's Table._calculate_column_widths does for these settings, and each line
    written as the segments rich would write. When rich would shrink every column evenly
    (very narrow consoles) or the text holds characters this doesn't model, the rich Table
    prints instead."""

    def __init__(self, rows: list[_Row]) -> None:
        self.rows = rows
        self.cells = [(_sanitized(r.where), _sanitized(r.value)) for r in rows]
        self.quotes = [_assembled(r.quote) for r in rows]  # (plain, spans)
        self.fast = divide_line is not None and not (
            any(_UNMODELLED_IN_CELLS.search(where + value) for where, value in self.cells)
            or any(_UNMODELLED_IN_WORDS.search(plain) for plain, _ in self.quotes))
        if not (rows and self.fast):
            return
        self.cell_widths = _CellWidths()
        ranges = [tuple(_width_range(text, self.cell_widths) for text in (where, value, plain))
                  for (where, value), (plain, _) in zip(self.cells, self.quotes)]
        # A column's cells only matter through their widest minimum and maximum.
        self.content = [(max(r[i][0] for r in ranges), max(r[i][1] for r in ranges))
                        for i in range(len(_COLUMNS))]

    def _measure_column(self, index: int, max_width: int) -> Measurement:
        """rich's Table._measure_column, from the column's widest cell measurements."""
        if max_width < 1:
            return Measurement(0, 0)
        column, (widest_minimum, widest_maximum) = _COLUMNS[index], self.content[index]
        if max_width - column.gap < 1:
            measure = Measurement(max_width, max_width)
        else:
            measure = Measurement(min(widest_minimum + column.gap, max_width),
                                  min(widest_maximum + column.gap, max_width))
        return measure.clamp(
            None if column.min_width is None else column.min_width + column.gap,
            None if column.max_width is None else column.max_width + column.gap)

    def _column_widths(self, max_width: int) -> list[int] | None:
        """rich's Table._calculate_column_widths for this table (not expanded, only the
        words column wraps); None where rich would reduce all columns evenly."""
        count = len(_COLUMNS)
        widths = [self._measure_column(i, max_width).maximum or 1 for i in range(count)]
        excess = sum(widths) - max_width
        if excess > 0:
            widths[2] -= min(excess, widths[2])  # the wrapping column gives up room first
            if sum(widths) > max_width:
                return None
            widths = [self._measure_column(i, widths[i]).maximum or 0 for i in range(count)]
        return widths

    def _layout(self, max_width: int) -> tuple[list[int], int] | None:
        """Column widths and the width lines are cropped to, as Padding(table, expand=False)
        settles them: measure the table at the console width, then lay it out within what
        that measure leaves. None when the fast layout doesn't apply."""
        widths = self._column_widths(max_width)
        if widths is None:
            return None
        table_width = sum(widths)
        natural = sum(self._measure_column(i, table_width).maximum for i in range(len(widths)))
        line_width = min(natural + INDENT, max_width) - INDENT
        widths = self._column_widths(line_width)
        # Columns narrower than that are not modelled: rich would cut no-wrap text below
        # its gap, and cannot fold words into an empty column.
        if widths is None or min(widths[0], widths[1]) < GAP or widths[2] < 1:
            return None
        return widths, line_width

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if not self.rows:
            return
        layout = self._layout(options.max_width) if self.fast else None
        if layout is None:
            yield Padding(_topic_table(self.rows), (0, 0, 0, INDENT), expand=False)
        else:
            yield from self._segments(console, *layout)

    def _segments(self, console: Console, widths: list[int], line_width: int
                  ) -> Iterator[Segment]:
        where_width, value_width, words_width = widths
        # When the words column can't shrink to its minimum, the table is wider than its
        # room and the outer Padding crops its lines. (It is never narrower: its room comes
        # from its own measure.)
        crop = sum(widths) > line_width
        null = Style.null()
        indent, gap, new_line = " " * INDENT, " " * GAP, Segment.line()
        blank_lead = " " * (INDENT + where_width + value_width)
        styles = _Styles(console)
        for row, (where, value), (plain, spans) in zip(self.rows, self.cells, self.quotes):
            row_style = styles.row(row.style)
            where = _fit(where, where_width - GAP, self.cell_widths[where])
            value = _fit(value, value_width - GAP, self.cell_widths[value])
            for line_no, (runs, pad) in enumerate(self._quote_lines(plain, spans, words_width)):
                if not (row_style or crop or any(covering for _, covering in runs)):
                    # No style anywhere on the line: the console writes it as bare text
                    # however it is cut into segments, so it goes as one.
                    lead = f"{indent}{where}{gap}{value}{gap}" if line_no == 0 else blank_lead
                    yield Segment(f"{lead}{''.join(text for text, _ in runs)}{' ' * pad}\n", null)
                    continue
                # Otherwise the segments rich's Table writes: each cell padded to its
                # column, where and value on the first line only.
                if line_no == 0:
                    line = [Segment(where, row_style), Segment(gap, row_style),
                            Segment(value, row_style), Segment(gap, row_style)]
                else:
                    line = [Segment(" " * where_width, row_style),
                            Segment(" " * value_width, row_style)]
                line += [Segment(text, styles.run(row_style, covering)) for text, covering in runs]
                if pad:
                    # The padding shares one segment with an unstyled run before it.
                    if runs and not runs[-1][1]:
                        line[-1] = Segment(line[-1].text + " " * pad, row_style)
                    else:
                        line.append(Segment(" " * pad, row_style))
                if crop:
                    line = Segment.adjust_line_length(line, line_width, style=null)
                yield Segment(indent, null)
                yield from line
                yield new_line

    def _quote_lines(self, plain: str, spans: list[Span], width: int
                     ) -> Iterator[tuple[list[_Run], int]]:
        """The quote's lines in its column: (runs, spaces to pad with) for each."""
        offset = 0
        for paragraph in plain.split("\n"):
            for start, text, pad in _fold(paragraph, width, self.cell_widths):
                yield _runs(text, offset + start, spans), pad
            offset += len(paragraph) + 1


def _runs(text: str, start: int, spans: list[Span]) -> list[_Run]:
    """A line found at `start` in its quote, cut wherever a style span starts or ends (as
    Text.render cuts it), each piece with the spans over it."""
    end = start + len(text)
    spans = [s for s in spans if max(s.start, start) < min(s.end, end)]
    if not spans:
        return [(text, ())] if text else []
    cuts = sorted({start, end, *(min(max(edge, start), end)
                                 for s in spans for edge in (s.start, s.end))})
    return [(text[a - start:b - start], tuple(s for s in spans if s.start <= a and b <= s.end))
            for a, b in pairwise(cuts)]


class _Styles:
    """Styles resolved through the console once per table: a row's by name, a run's from
    its row style and the spans over it."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.rows: dict[str, Style] = {}
        self.runs: dict[tuple[Style, tuple[Span, ...]], Style] = {}

    def row(self, name: str) -> Style:
        if name not in self.rows:
            self.rows[name] = self.console.get_style(name)
        return self.rows[name]

    def run(self, row_style: Style, spans: tuple[Span, ...]) -> Style:
        # Spans combine as in Text.render; the row style goes underneath, as the Table
        # applies it to the whole cell.
        key = (row_style, spans)
        if key not in self.runs:
            null = Style.null()
            styles = [self.console.get_style(span.style, default=null) for span in spans]
            self.runs[key] = row_style + (Style.combine(styles) if styles else null)
        return self.runs[key]


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
    file_names: dict[str, str] = {}
    for t in topics:
        console.print()
        console.print(_topic_header(t, paint))
        # Its lines fit the console as they come (cropping would only measure them all
        # again), unless the console is too narrow even for the indent.
        console.print(_ClaimTable(_claim_rows(t, claims, articles, file_names, paint)),
                      crop=console.width < INDENT)
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


def terminal_console(out: TextIO, ctx: RenderContext) -> Console:
    """A rich console on `out` as the context asks: colour only on a terminal and never
    with ctx.color False; NO_COLOR and FORCE_COLOR are read by rich itself."""
    return Console(file=out, no_color=True if ctx.color is False else None, width=ctx.width,
                   force_terminal=ctx.is_terminal(out), highlight=False, emoji=False)


class TerminalRenderer:
    """`--format terminal`: the report for people, on a terminal or in a log."""

    name = "terminal"
    human_readable = True
    description = "the report for people (default)"
    suffix = ".txt"

    def render(self, report: Report, out: TextIO, ctx: RenderContext) -> None:
        console = terminal_console(out, ctx)
        if console.is_terminal:
            render_terminal(report, console, show_all=ctx.show_all, gate=ctx.gate)
            return
        # Into a pipe or a file: without the padding rich adds to fill the width, so logs
        # and diffs carry no trailing spaces.
        with console.capture() as captured:
            render_terminal(report, console, show_all=ctx.show_all, gate=ctx.gate)
        out.write("\n".join(line.rstrip() for line in captured.get().split("\n")))


RENDERER = TerminalRenderer()
