"""The one interface every output format implements, as ruff's emitters do.

A renderer is one module of report/ exporting one object with a `name` (what `--format`
and `--output FORMAT=PATH` call it), `human_readable` (whether it is meant for people:
such formats may colour, wrap and summarise; machine formats never do) and
`render(report, out, ctx)`, which writes the whole report to `out` and nothing else.

`RenderContext` carries what some formats need and the others ignore. A new format is
one module and one line in report/__init__.py's RENDERERS; the CLI's choices come from it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol, TextIO

from factcheck.model import Report

if TYPE_CHECKING:
    from factcheck.gate.policy import GateSummary

BidiMode = Literal["isolate", "visual", "none"]
BIDI_MODES: tuple[BidiMode, ...] = ("isolate", "visual", "none")


@dataclass(frozen=True)
class RenderContext:
    """What a renderer may need besides the report. Every field has a default that suits a
    test or a library caller: no gate, no repository, colour and width from `out`."""

    tool_version: str = "0"
    # The repository's top folder: SARIF and GitHub paths are relative to it (None: the
    # current folder).
    root: Path | None = None
    gate: GateSummary | None = None  # what the baseline and --changed/--since left out
    topics: bool = False  # the terminal report's topic tables (`--topics`)
    show_all: bool = False  # with them, also single-source automatic topics (`--all`)
    # None: colour when `out` is a terminal, as NO_COLOR and FORCE_COLOR say; False: never.
    color: bool | None = None
    # Columns to wrap at on a terminal (None: its width). Output that is not a terminal
    # never wraps.
    width: int | None = None
    # None: ask `out` (FORCE_COLOR counts as a terminal, as rich reads it).
    terminal: bool | None = None
    # How Arabic is written in terminal output: each Arabic run between Unicode bidi
    # isolates (a terminal that implements bidi keeps mixed lines in order), "visual"
    # (reordered here, for terminals without bidi: python-bidi), or "none" (as in the file).
    bidi: BidiMode = "isolate"
    # The file the report is written to (None: a stream): the HTML report links to the
    # articles relative to its folder.
    output: Path | None = None

    def is_terminal(self, out: TextIO) -> bool:
        if self.terminal is not None:
            return self.terminal
        if os.environ.get("FORCE_COLOR"):  # rich's convention: FORCE_COLOR=1 means a terminal
            return True
        isatty = getattr(out, "isatty", None)
        try:
            return bool(isatty and isatty())
        except ValueError:  # a closed file
            return False


class Renderer(Protocol):
    """One output format."""

    name: str  # the --format value
    human_readable: bool  # for people (colour, wrapping, summaries) or for other tools
    description: str  # one line for --help
    suffix: str  # the usual file name ending, for messages and defaults

    def render(self, report: Report, out: TextIO, ctx: RenderContext) -> None:
        """Write the whole report to `out`."""
        ...
