"""Creating files factcheck writes on its own (a starter project, the cache's .gitignore, a
baseline's temporary): never overwriting, never following a symbolic link.

A path that `Path.exists()` calls free may still be a dangling link, and opening it for
writing creates the file it points to, wherever that is: a cache folder restored from
another run, or a project folder, could then make factcheck write outside it. Files are
therefore opened with O_CREAT | O_EXCL | O_NOFOLLOW: anything already at the path — a
file, a folder, a link, dangling or not — is FileExistsError, and `link_message` says
when it is a link.
"""

from __future__ import annotations

import os
from pathlib import Path

_FLAGS = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
          | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


def create_new_file(path: Path | str, text: str, mode: int = 0o666) -> None:
    """Write `text` (UTF-8, as given) to a new file at `path` (permissions `mode` less the
    umask). FileExistsError when anything is at `path` already, a link above all; a
    failed write leaves no partial file behind."""
    descriptor = os.open(path, _FLAGS, mode)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(text.encode("utf-8"))
    except BaseException:
        try:
            os.unlink(path)
        except OSError:
            pass
        raise


def link_message(path: Path | str) -> str | None:
    """'PATH is a symbolic link (to TARGET)…' when `path` is a link, dangling or not; else None."""
    if not os.path.islink(path):
        return None
    try:
        target = os.readlink(path)
    except OSError:
        target = "?"
    return (f"{path} is a symbolic link (to {target}); factcheck does not follow links when "
            f"it creates files")
