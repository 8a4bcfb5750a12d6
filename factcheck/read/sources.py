"""Find and read articles. The only module that reads article files.

A bad file never stops a scan: it becomes an InputError (path + reason) and the rest
goes on. Text is decoded as UTF-8 (a BOM is dropped), CRLF/CR become LF, and an
optional front matter block is parsed:

    ---
    outlet: Example News
    published: 2021-12-29
    url: https://…
    title: …
    ---
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from factcheck.model import Article, InputError

ARTICLE_SUFFIXES = (".txt", ".md")
FRONT_MATTER_KEYS = ("outlet", "published", "url", "title")
_NULLS = {"", "null", "none", "~", "unknown"}


class MissingPathError(Exception):
    """A path given on the command line does not exist (a usage error, not an input error)."""


@dataclass(frozen=True, slots=True)
class Source:
    """One article file. Plain strings, not Path objects: a scan of 100k articles keeps a
    Source for each, and a Path costs several times the memory of its string."""

    location: str  # the file as reached from the path given (opened by read_article)
    display: str  # how the path is shown in reports: relative to the current folder when possible

    @property
    def stem(self) -> str:
        return os.path.splitext(os.path.basename(self.location))[0]

    def read_bytes(self) -> bytes:
        with open(self.location, "rb") as file:
            return file.read()

    def stat(self) -> os.stat_result:
        return os.stat(self.location)


def find_sources(paths: Iterable[str | Path]) -> list[Source]:
    """Files as given; folders searched recursively for .txt/.md (hidden files and folders,
    and folders reached through a symlink, are skipped). Sorted, no duplicates."""
    cwd = os.path.realpath(os.getcwd())
    found: dict[str, Source] = {}
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise MissingPathError(f"{raw}: no such file or folder")
        if path.is_dir():
            candidates = _articles_under(path.as_posix(), os.path.realpath(path))
        else:
            candidates = [(path.as_posix(), os.path.realpath(path))]
        for candidate, resolved in candidates:
            if resolved not in found:
                found[resolved] = _source(candidate, _display(candidate, resolved, cwd))
    return sorted(found.values(), key=lambda s: s.display)


def _source(location: str, display: str) -> Source:
    # Mostly the two are the same text: keep one string for both.
    return Source(display if display == location else location, display)


def _articles_under(folder: str, resolved_folder: str) -> list[tuple[str, str]]:
    """(path as reached from `folder`, resolved path) of every article file below it.

    A 100k-article archive must not resolve every path through the file system: only a
    symlinked file needs it; every other file is its folder's resolved path plus its name.
    """
    found: list[tuple[str, str]] = []
    with os.scandir(folder) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            if entry.name.startswith("."):
                continue
            path = _joined(folder, entry.name)
            resolved = os.path.join(resolved_folder, entry.name)
            if entry.is_dir(follow_symlinks=False):
                found.extend(_articles_under(path, resolved))
            elif entry.is_file() and os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES:
                found.append((path, os.path.realpath(path) if entry.is_symlink() else resolved))
    return found


def _joined(folder: str, name: str) -> str:
    """`folder / name` as pathlib writes it ("." + "a.txt" is "a.txt")."""
    if folder == ".":
        return name
    return folder + name if folder.endswith("/") else f"{folder}/{name}"


def _display(path: str, resolved: str, cwd: str) -> str:
    inside = cwd if cwd.endswith(os.sep) else cwd + os.sep
    if resolved.startswith(inside):
        return resolved[len(inside):].replace(os.sep, "/")
    return path


def article_ids(sources: list[Source]) -> dict[str, str]:
    """Article id = file stem; where two files share a stem, the display path without suffix."""
    stems: dict[str, int] = {}
    for s in sources:
        stems[s.stem] = stems.get(s.stem, 0) + 1
    return {s.display: (s.stem if stems[s.stem] == 1
                        else s.display.rsplit(".", 1)[0]) for s in sources}


def read_article(source: Source, article_id: str) -> Article | InputError:
    try:
        data = source.read_bytes()
    except OSError as exc:
        return InputError(source.display, f"cannot read file: {exc.strerror or exc}")
    if not data.strip():
        return InputError(source.display, "empty file")
    if b"\x00" in data[:8192]:
        return InputError(source.display, "binary file (contains NUL bytes), not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return InputError(source.display,
                          f"not UTF-8 text: undecodable byte 0x{data[exc.start]:02x} on line {line}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body, meta_lines, error = _split_front_matter(text)
    if error:
        return InputError(source.display, error)
    if not body.strip():
        return InputError(source.display, "no article text after the front matter")
    published = meta.get("published")
    title = meta.get("title") or next((ln.strip() for ln in body.split("\n") if ln.strip()), "")
    return Article(id=article_id, path=source.display, text=body, title=title,
                   outlet=meta.get("outlet"), published=published, url=meta.get("url"),
                   body_offset_line=meta_lines,
                   published_line=_meta_line(text, "published") if published else 0)


def load_corpus(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Every article under `paths`, in a stable order (raises MissingPathError first)."""
    sources = find_sources(paths)
    ids = article_ids(sources)
    for source in sources:
        yield read_article(source, ids[source.display])


_FRONT_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


def _split_front_matter(text: str) -> tuple[dict[str, str], str, int, str | None]:
    """(metadata, body, number of lines before the body, error)."""
    if not text.startswith("---\n"):
        return {}, text, 0, None
    end = text.find("\n---", 3)
    while end != -1 and text[end + 4: end + 5] not in ("\n", ""):
        end = text.find("\n---", end + 4)
    if end == -1:
        return {}, text, 0, "line 1: front matter opened with '---' is never closed"
    block = text[4:end]
    meta: dict[str, str] = {}
    for offset, line in enumerate(block.split("\n"), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _FRONT_LINE.match(line)
        if not match:
            return {}, text, 0, f"line {offset}: front matter line is not 'key: value': {line!r}"
        key, value = match.group(1).lower(), match.group(2).strip().strip("\"'")
        if key in FRONT_MATTER_KEYS and value.lower() not in _NULLS:
            meta[key] = value
        # Other keys (tags, author, …) are allowed and ignored: outlets add their own.
    body_start = end + 4
    if text[body_start: body_start + 1] == "\n":
        body_start += 1
    return meta, text[body_start:], text[:body_start].count("\n"), None


def _meta_line(text: str, key: str) -> int:
    for number, line in enumerate(text.split("\n"), start=1):
        if line.lower().startswith(key + ":"):
            return number
    return 1
