"""A progress bar for long scans: on stderr, only on a terminal, only after about a second.

Reports (terminal, JSON, SARIF) go to stdout and never contain it; in CI logs and pipes
(stderr not a terminal) nothing is drawn; `--quiet` turns it off.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Callable, Iterator

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

SHOW_AFTER_SECONDS = 1.0  # quick scans finish before a bar would be worth drawing


@contextmanager
def progress_bar(enabled: bool = True) -> Iterator[Callable[[int, int], None] | None]:
    console = Console(stderr=True)
    if not enabled or not console.is_terminal:
        yield None
        return
    started = time.monotonic()
    bar: Progress | None = None
    task = None

    def update(done: int, total: int) -> None:
        nonlocal bar, task
        if bar is None:
            if time.monotonic() - started < SHOW_AFTER_SECONDS or done >= total:
                return
            bar = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                           TimeRemainingColumn(), console=console, transient=True)
            bar.start()
            task = bar.add_task("extract", total=total)
        bar.update(task, completed=done)

    try:
        yield update
    finally:
        if bar is not None:
            bar.stop()
