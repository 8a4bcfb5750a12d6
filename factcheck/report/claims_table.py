"""`factcheck claims`: every claim extracted from the given articles, with its evidence."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..model import Report


def render_claims(report: Report, console: Console) -> None:
    plain = not console.is_terminal or console.no_color
    paths = {a.id: a.path for a in report.articles}
    frames = report.time_frames
    for article in report.articles:
        frame = frames.get(article.id)
        frame_text = (f"{frame.start}" if frame and frame.start == frame.end
                      else f"{frame.start}–{frame.end}" if frame else "unknown")
        console.print(f"{article.path} — {article.title}", markup=False, highlight=False)
        console.print(f"time frame: {frame_text}"
                      + (f" ({frame.basis})" if frame else ""), markup=False, highlight=False)
        table = Table(box=None if plain else None, show_edge=False, pad_edge=False,
                      header_style="" if plain else "bold")
        table.add_column("where", no_wrap=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("value", no_wrap=True)
        table.add_column("unit/event", overflow="fold")
        table.add_column("words", overflow="fold")
        claims = [c for c in report.claims if c.article == article.id]
        for claim in claims:
            where = f"{paths[claim.article]}:{claim.span.line}:{claim.span.column}"
            what = claim.unit if claim.kind == "quantity" else claim.event
            words = " ".join(claim.text.split())
            if claim.note:
                words += f"  ({claim.note})"
            table.add_row(where.rsplit("/", 1)[-1], claim.kind, claim.value.describe(), what or "",
                          words)
        console.print(table)
        console.print(f"{len(claims)} claims", markup=False)
        console.print()
    for error in report.input_errors:
        console.print(f"INPUT ERROR  {error.path}: {error.message}", markup=False)
