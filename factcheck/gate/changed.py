"""Changed-articles mode: which articles a change touches, and the findings about them.

The whole corpus is still scanned (a new article must be compared with all the others);
only the findings that involve at least one changed article are reported. The changed
files come from the command line (`--changed`, e.g. the staged files pre-commit passes)
or from git (`--since REV`).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable, Sequence
from pathlib import Path

from factcheck.model import Article, Finding

GIT_TIMEOUT = 60  # seconds; a diff of a newsroom repository takes far less


class GitError(Exception):
    """git could not say what changed, as a one-line message."""


def _git(args: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    # Bytes, not text: file names are decoded as UTF-8 below, whatever the locale.
    # GIT_OPTIONAL_LOCKS=0: only reading, never block a concurrent git in the same repo.
    env = dict(os.environ, GIT_OPTIONAL_LOCKS="0")
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, env=env,
                              timeout=GIT_TIMEOUT, check=False)
    except FileNotFoundError:
        raise GitError("git is not installed (or not on PATH); --since needs it") from None
    except subprocess.TimeoutExpired:
        raise GitError(f"git {args[0]} did not finish within {GIT_TIMEOUT} s") from None


def _first_line(stderr: bytes) -> str:
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[0] if lines else "no message"


def _names(stdout: bytes) -> list[str]:
    """NUL-separated names (-z): no quoting of Arabic or unusual characters to undo."""
    return [name for name in stdout.decode("utf-8", "surrogateescape").split("\0") if name]


def repo_top(cwd: Path) -> Path:
    result = _git(["rev-parse", "--show-toplevel"], cwd)
    if result.returncode != 0:
        message = _first_line(result.stderr)
        if "not a git repository" in message:
            raise GitError(f"{cwd}: not a git repository; --since needs one")
        raise GitError(f"git failed in {cwd}: {message}")
    return Path(result.stdout.decode("utf-8", "surrogateescape").strip()).resolve()


def changed_since(rev: str, cwd: Path) -> list[Path]:
    """Files changed between `rev` and the working tree, plus untracked files; not deleted ones.

    Absolute paths, sorted. A renamed file counts under its new name.
    """
    top = repo_top(cwd)
    # A revision starting with '-' would be read as an option.
    if rev.startswith("-") or _git(["rev-parse", "--verify", "--quiet",
                                    f"{rev}^{{commit}}"], top).returncode != 0:
        raise GitError(f"unknown revision '{rev}'")
    # Run from the top: diff names are relative to it, and ls-files lists only below cwd.
    diff = _git(["diff", "--name-only", "-z", "-M", "--diff-filter=d", rev, "--"], top)
    if diff.returncode != 0:
        raise GitError(f"git diff failed: {_first_line(diff.stderr)}")
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], top)
    if untracked.returncode != 0:
        raise GitError(f"git ls-files failed: {_first_line(untracked.stderr)}")
    names = set(_names(diff.stdout)) | set(_names(untracked.stdout))
    return sorted(top / name for name in names)


def articles_touched(articles: Sequence[Article], changed: Iterable[Path],
                     root: Path | None = None) -> set[str]:
    """Ids of the articles whose file is a changed path or lies under a changed folder.

    Article paths that are relative are taken from `root` (default: the current folder),
    as corpus.py displays them.
    """
    base = (root or Path.cwd()).resolve()
    files: set[Path] = set()
    folders: list[Path] = []
    for path in changed:
        real = (base / path).resolve()
        if real.is_dir():
            folders.append(real)
        else:
            files.add(real)  # may no longer exist (deleted): then it matches no article
    touched: set[str] = set()
    for article in articles:
        real = (base / article.path).resolve()
        if real in files or any(real.is_relative_to(folder) for folder in folders):
            touched.add(article.id)
    return touched


def only_touching(findings: Iterable[Finding], article_ids: set[str] | frozenset[str]) -> list[Finding]:
    """Findings that involve at least one of the articles, in their original order."""
    return [f for f in findings if any(a in article_ids for a in f.articles)]
