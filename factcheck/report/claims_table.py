"""`factcheck claims`: every claim extracted from the given articles, with its evidence."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck.model import Report
from factcheck.report.text import describe_value, escape_controls, original_spelling

TITLE_CHARS = 70


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def render_claims(report: Report, console: Console) -> None:
    styled = console.is_terminal and not console.no_color
    for article in report.articles:
        frame = report.time_frames.get(article.id)
        if frame is None:
            frame_text = "unknown (no year in the text)"
        else:
            years = str(frame.start) if frame.start == frame.end else f"{frame.start}–{frame.end}"
            frame_text = f"{years} — {frame.basis}"
        console.print(Text(escape_controls(article.path), style="bold" if styled else ""))
        console.print(Text(escape_controls(f"  title: {_short(article.title, TITLE_CHARS)}")))
        console.print(Text(f"  time frame: {frame_text}"))
        table = Table(box=None, show_edge=False, pad_edge=False, padding=(0, 2, 0, 0),
                      header_style="bold" if styled else "")
        table.add_column("  line:col", no_wrap=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("value", no_wrap=True, max_width=30, overflow="ellipsis")
        table.add_column("words", ratio=1, min_width=20)
        claims = sorted((c for c in report.claims if c.article == article.id),
                        key=lambda c: c.span.start)
        for claim in claims:
            what = claim.unit if claim.kind == "quantity" else claim.event
            if what:  # the counted noun or event as this article writes it, not normalised
                what = original_spelling(what, [claim.text]) or original_spelling(
                    what, [claim.sentence]) or what
            value = describe_value(claim.value) + (f" {what}" if what else "")
            words = Text(escape_controls(f"«{' '.join(claim.text.split())}»"))
            if claim.note:
                words.append(escape_controls(f" ({claim.note})"), style="dim" if styled else "")
            table.add_row(f"  {claim.span.line}:{claim.span.column}", claim.kind, Text(value), words)
        console.print(table)
        console.print(Text(f"  {len(claims)} claims"))
        console.print()
    for error in report.input_errors:
        console.print(Text(escape_controls(f"INPUT ERROR  {error.path}: {error.message}")))
