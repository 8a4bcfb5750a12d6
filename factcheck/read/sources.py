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

import fnmatch
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from factcheck.model import Article, InputError

ARTICLE_SUFFIXES = (".txt", ".md")
FRONT_MATTER_KEYS = ("outlet", "published", "url", "title")
_NULLS = {"", "null", "none", "~", "unknown"}


class MissingPathError(Exception):
    """A path given on the command line does not exist (a usage error, not an input error)."""


@dataclass(frozen=True, slots=True)
class Source:
    """One article file. Plain strings, not Path objects: a scan of 100k articles keeps a
    Source for each, and a Path costs several times the memory of its string.

    `problem` is set for an entry found while walking the corpus that cannot be an article
    (a broken symbolic link, a folder that cannot be read): it is reported as that path's
    input error, with every other article still checked. Nothing is silently dropped."""

    location: str  # the file as reached from the path given (opened by read_article)
    display: str  # how the path is shown in reports: relative to the current folder when possible
    problem: str | None = None

    @property
    def stem(self) -> str:
        # Escaped like the display path: an id goes into hashes, caches and reports as UTF-8.
        return _shown(os.path.splitext(os.path.basename(self.location))[0])

    def read_bytes(self) -> bytes:
        """The file's bytes; OSError for anything that is not a regular file of a sane size.
        Opened without blocking, so a FIFO or a device named like an article never hangs."""
        if self.problem:
            raise OSError(self.problem)
        fd = os.open(self.location, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb", closefd=True) as file:
            info = os.fstat(file.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise OSError(f"not a regular file ({_file_kind(info.st_mode)})")
            if info.st_size > MAX_ARTICLE_BYTES:
                raise OSError(f"too large to analyse: {info.st_size:,} bytes "
                              f"(an article is at most {MAX_ARTICLE_BYTES:,})")
            return file.read(MAX_ARTICLE_BYTES + 1)

    def stat(self) -> os.stat_result:
        if self.problem:
            raise OSError(self.problem)
        return os.stat(self.location)


# Far above any news article (the longest real ones are a few hundred KB): a file past this
# is an archive or a data dump, and reading it whole would cost the scan its memory.
MAX_ARTICLE_BYTES = 4 * 1024 * 1024


def _file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "not a plain file"


# Files a corpus folder often holds that are not articles: matched against the file name
# (case-insensitive) unless the configuration replaces them (`exclude`).
DEFAULT_EXCLUDE = ("README*", "CHANGELOG*", "LICENSE*", "CONTRIBUTING*")


def find_sources(paths: Iterable[str | Path], exclude: Sequence[str] = DEFAULT_EXCLUDE
                 ) -> list[Source]:
    """Files as given; folders searched recursively for .txt/.md (hidden files and folders,
    folders reached through a symlink, and names matching an `exclude` glob are skipped).
    Sorted, no duplicates. A file named explicitly is never excluded."""
    cwd = os.path.realpath(os.getcwd())
    found: dict[str, Source] = {}
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            if os.path.islink(raw):
                raise MissingPathError(f"{_shown(str(raw))}: a broken symbolic link or a "
                                       "symbolic link loop")
            raise MissingPathError(f"{_shown(str(raw))}: no such file or folder")
        if path.is_dir():
            candidates = _articles_under(path.as_posix(), os.path.realpath(path),
                                         _Excluded(exclude))
        else:
            candidates = [(path.as_posix(), os.path.realpath(path), None)]
        for candidate, resolved, problem in candidates:
            if resolved not in found:
                found[resolved] = _source(candidate, _display(candidate, resolved, cwd), problem)
    return sorted(found.values(), key=lambda s: s.display)


class _Excluded:
    """Does a name or a path (relative to the folder searched) match an exclude glob?"""

    def __init__(self, patterns: Sequence[str]) -> None:
        self.patterns = tuple(p.lower() for p in patterns)

    def __call__(self, name: str, relative: str) -> bool:
        name, relative = name.lower(), relative.lower()
        return any(fnmatch.fnmatchcase(name, p) or fnmatch.fnmatchcase(relative, p)
                   for p in self.patterns)


def _source(location: str, display: str, problem: str | None = None) -> Source:
    # Mostly the two are the same text: keep one string for both.
    return Source(display if display == location else location, display, problem)


def _articles_under(folder: str, resolved_folder: str, excluded: _Excluded,
                    relative: str = "") -> list[tuple[str, str, str | None]]:
    """(path as reached from `folder`, resolved path, problem) of every article file below it.

    A 100k-article archive must not resolve every path through the file system: only a
    symlinked file needs it; every other file is its folder's resolved path plus its name.
    A folder that cannot be read, and an article name that leads nowhere (a broken link, a
    link loop), come back with their problem, to be reported.
    """
    found: list[tuple[str, str, str | None]] = []
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        return [(folder, resolved_folder, f"cannot read folder: {exc.strerror or exc}")]
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = _joined(folder, entry.name)
        resolved = os.path.join(resolved_folder, entry.name)
        inside = f"{relative}{entry.name}"
        if excluded(entry.name, inside):
            continue
        is_article = os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES
        try:
            if entry.is_dir(follow_symlinks=False):
                found.extend(_articles_under(path, resolved, excluded, inside + "/"))
            elif is_article and entry.is_file():
                found.append((path, os.path.realpath(path) if entry.is_symlink() else resolved,
                              None))
            elif is_article and entry.is_symlink():
                found.append((path, resolved, "a broken symbolic link: nothing to read"))
            elif is_article:
                found.append((path, resolved, None))  # a FIFO or device: read_bytes says so
        except OSError as exc:  # a symbolic link loop, mostly
            if is_article:
                found.append((path, resolved, f"cannot be opened: {exc.strerror or exc}"))
    return found


def _joined(folder: str, name: str) -> str:
    """`folder / name` as pathlib writes it ("." + "a.txt" is "a.txt")."""
    if folder == ".":
        return name
    return folder + name if folder.endswith("/") else f"{folder}/{name}"


def _display(path: str, resolved: str, cwd: str) -> str:
    inside = cwd if cwd.endswith(os.sep) else cwd + os.sep
    if resolved.startswith(inside):
        return _shown(resolved[len(inside):].replace(os.sep, "/"))
    return _shown(path)


def _shown(path: str) -> str:
    """The path as reports can write it: bytes of a file name that are not UTF-8 (which
    Python keeps as lone surrogates) shown as \\xNN escapes."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")


def article_ids(sources: list[Source]) -> dict[str, str]:
    """Article id = file stem; where two files share a stem, the display path without suffix."""
    stems: dict[str, int] = {}
    for s in sources:
        stems[s.stem] = stems.get(s.stem, 0) + 1
    return {s.display: (s.stem if stems[s.stem] == 1
                        else s.display.rsplit(".", 1)[0]) for s in sources}


def read_article(source: Source, article_id: str) -> Article | InputError:
    """The article in `source`, or the InputError that says why it cannot be one.

    The text keeps the file's characters (only a byte-order mark is dropped, and a lone CR
    becomes LF, one for one), so every offset a claim gives is an offset in the file as
    any editor opens it, CRLF line ends included."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return InputError(source.display, reason if source.problem else f"cannot read file: {reason}")
    if not data.strip():
        return InputError(source.display, "empty file")
    text = _decoded(data)
    if isinstance(text, _Undecodable):
        return InputError(source.display, text.message)
    text = _LONE_CR.sub("\n", text)
    lf = text.replace("\r\n", "\n")
    meta, body, meta_lines, error = _split_front_matter(lf)
    if error:
        return InputError(source.display, error)
    if not body.strip():
        return InputError(source.display, "no article text after the front matter")
    body_offset = _line_start(text, meta_lines)
    published = meta.get("published")
    url = meta.get("url")
    url_line, url_column, url_offset = _value_place(text, lf, "url", url) if url else (0, 0, 0)
    title = meta.get("title") or next((ln.strip() for ln in body.split("\n") if ln.strip()), "")
    return Article(id=article_id, path=source.display, text=text[body_offset:], title=title,
                   outlet=meta.get("outlet"), published=published, url=url,
                   url_line=url_line, url_column=url_column, url_offset=url_offset,
                   body_offset_line=meta_lines, body_offset=body_offset,
                   published_line=_meta_line(lf, "published") if published else 0)


_LONE_CR = re.compile("\r(?!\n)")


class _Undecodable:
    def __init__(self, message: str) -> None:
        self.message = message


def _decoded(data: bytes) -> str | _Undecodable:
    """UTF-8 (with or without a BOM), or UTF-16 when the file starts with its BOM."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Any even run of bytes decodes as UTF-16, so the text must also look like text:
        # mostly letters and punctuation of the scripts news is written in.
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            text = ""
        sample = text[:4096]
        if sample and sum(map(_is_news_char, sample)) >= 0.8 * len(sample):
            return text
        return _Undecodable("binary file (starts like UTF-16 but is not text), not an article")
    if b"\x00" in data[:8192]:
        return _Undecodable("binary file (contains NUL bytes), not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return _Undecodable(f"not UTF-8 text: undecodable byte 0x{data[exc.start]:02x} on line {line}")


def _is_news_char(char: str) -> bool:
    code = ord(char)
    return ((0x20 <= code < 0x250) or char in "\t\n\r" or 0x0600 <= code < 0x0700
            or 0x0750 <= code < 0x0780 or 0x2000 <= code < 0x2070 or 0xFB50 <= code < 0xFF00)


def _line_start(text: str, line_index: int) -> int:
    """Offset of the start of line `line_index` (0-based) of `text`."""
    at = 0
    for _ in range(line_index):
        at = text.index("\n", at) + 1
    return at


def load_corpus(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Every article under `paths`, in a stable order (raises MissingPathError first)."""
    sources = find_sources(paths)
    ids = article_ids(sources)
    for source in sources:
        yield read_article(source, ids[source.display])


# The value is stripped by the caller: "\s*(.*?)\s*$" here backtracked quadratically on a
# value with a long run of spaces inside (40,000 spaces: 4 s; a 4 MB file: hours).
_FRONT_LINE = re.compile(r"([A-Za-z_][\w-]*)\s*:(.*)")


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


def _value_place(text: str, lf: str, key: str, value: str) -> tuple[int, int, int]:
    """(line, 1-based column, offset in the file's text) of a front matter value."""
    line = _meta_line(lf, key)
    start = _line_start(text, line - 1)
    end = text.find("\n", start)
    column = text[start:end if end >= 0 else len(text)].find(value)
    column = max(column, 0)
    return line, column + 1, start + column


def _meta_line(text: str, key: str) -> int:
    for number, line in enumerate(text.split("\n"), start=1):
        match = _FRONT_LINE.match(line)
        if match and match.group(1).lower() == key:
            return number
    return 1
