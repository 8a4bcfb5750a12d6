"""Report → what people and tools read: one renderer per format behind one interface.

RENDERERS maps each `--format` name to its renderer (report/base.Renderer); the CLI's
choices and `--output FORMAT=PATH` come from it. Each module is imported only when its
format is used, so a JSON run never loads the HTML template and a library caller of
`json_report` never loads rich.

`write_report` writes a report file atomically: into a temporary file in the same folder,
then renamed over the target, so a scan stopped half-way (Ctrl-C, a full disk) leaves the
previous good report where it was, never half of a new one.
"""

from __future__ import annotations

import importlib
import os
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path

from factcheck.model import Report
from factcheck.report.base import RenderContext, Renderer

# name → module exporting RENDERER, in the order --help lists them.
_MODULES = {
    "terminal": "factcheck.report.terminal",
    "json": "factcheck.report.json_report",
    "sarif": "factcheck.report.sarif",
    "github": "factcheck.report.github",
    "html": "factcheck.report.html",
}


class _Renderers(Mapping[str, Renderer]):
    """The renderers by name, each module imported on first use."""

    def __getitem__(self, name: str) -> Renderer:
        module = _MODULES[name]  # KeyError for an unknown format, as a dict gives
        return importlib.import_module(module).RENDERER

    def __iter__(self) -> Iterator[str]:
        return iter(_MODULES)

    def __len__(self) -> int:
        return len(_MODULES)


RENDERERS: Mapping[str, Renderer] = _Renderers()
FORMATS: tuple[str, ...] = tuple(_MODULES)


def write_report(path: Path, renderer: Renderer, report: Report, ctx: RenderContext) -> None:
    """Render into `path` atomically; OSError when it cannot be written (nothing is left
    behind: the temporary file is removed, an existing report stays as it was)."""
    folder = path.parent
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # backslashreplace: a string that is not valid Unicode (undecodable bytes of a file
        # name) is written as escapes, never a crash half-way through the file.
        with open(fd, "w", encoding="utf-8", errors="backslashreplace", newline="") as out:
            renderer.render(report, out, replace(ctx, output=path))
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def _mode_for(path: Path) -> int:
    """The permissions the report would have had if written in place: the existing file's,
    else what the umask allows (mkstemp makes its file private)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


__all__ = ["FORMATS", "RENDERERS", "RenderContext", "Renderer", "write_report"]
