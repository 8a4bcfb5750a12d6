"""A progress bar for long scans: on stderr, only on a terminal, only after about a second.

It names the phase a scan is in: reading (finding the articles and their cache records),
extracting (with a count and the time left), grouping and checking, writing (the report
files). Reports go to stdout and never contain it; in CI logs and pipes (stderr not a
terminal) nothing is drawn; `--quiet` turns it off.
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from typing import Iterator

from rich.console import Console
from rich.progress import (BarColumn, Progress, ProgressColumn, SpinnerColumn, Task, TaskID,
                           TextColumn, TimeRemainingColumn)
from rich.text import Text

SHOW_AFTER_SECONDS = 1.0  # quick scans finish before a bar would be worth drawing
PHASES = ("reading", "extracting", "grouping and checking", "writing")


class ScanProgress:
    """Called with (done, total) as articles are extracted (ScanEngine.progress); `phase`
    names what comes next. Drawn only once the scan has run for SHOW_AFTER_SECONDS."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.started = time.monotonic()
        self.phase_name = PHASES[0]
        self.done: int | None = None
        self.total: int | None = None
        self.bar: Progress | None = None
        self.task: TaskID | None = None
        self.lock = threading.Lock()
        self.timer = threading.Timer(SHOW_AFTER_SECONDS, self._show)
        self.timer.daemon = True
        self.timer.start()

    def __call__(self, done: int, total: int) -> None:
        with self.lock:
            if done >= total:  # every article extracted: the corpus is analysed next
                self.phase_name, self.done, self.total = PHASES[2], None, None
            else:
                self.phase_name, self.done, self.total = PHASES[1], done, total
            self._update()

    def phase(self, name: str) -> None:
        with self.lock:
            self.phase_name, self.done, self.total = name, None, None
            self._update()

    def _show(self) -> None:
        with self.lock:
            if self.bar is not None or self.timer is None:
                return
            self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                _Counted(), _TimeLeft(),
                                console=self.console, transient=True,
                                redirect_stdout=False, redirect_stderr=False)
            self.bar.start()
            self._update()

    def _update(self) -> None:
        if self.bar is None:
            return
        if self.task is not None and self.bar.tasks[0].description != self.phase_name:
            self.bar.remove_task(self.task)  # a new phase: a task of its own, its own count
            self.task = None
        if self.task is None:
            self.task = self.bar.add_task(self.phase_name, total=self.total)
        self.bar.update(self.task, total=self.total, completed=self.done or 0)

    def stop(self) -> None:
        with self.lock:
            timer, self.timer = self.timer, None
            if timer is not None:
                timer.cancel()
            if self.bar is not None:
                self.bar.stop()
                self.bar = None


class _Counted(ProgressColumn):
    """"1,234/10,000" while articles are counted; nothing in phases without a count."""

    def render(self, task: Task) -> Text:
        if task.total is None:
            return Text("")
        return Text(f"{int(task.completed):,}/{int(task.total):,}", style="progress.download")


class _TimeLeft(TimeRemainingColumn):
    def render(self, task: Task) -> Text:
        return Text("") if task.total is None else super().render(task)


@contextmanager
def progress_bar(enabled: bool = True) -> Iterator[ScanProgress | None]:
    console = Console(stderr=True)
    if not enabled or not console.is_terminal:
        yield None
        return
    progress = ScanProgress(console)
    try:
        yield progress
    finally:
        progress.stop()
