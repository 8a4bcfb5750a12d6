"""The extraction cache: one SQLite file of extractions, keyed by what they depend on.

An extraction depends on the file's bytes, the article id, the displayed path and the
factcheck code, so the key is a hash of all four: an edited file, a moved file or a new
factcheck misses, and nothing ever has to be invalidated by hand. Rows are compressed
JSON records (codec.py), never pickles: a cache file is data and cannot run code.

The cache must never fail a scan. Two scans at once share it through SQLite's WAL mode
and a busy timeout; if the database stays locked past the timeout the scan goes on
without the cache. A file that is not a database or is damaged is deleted and recreated.
Either way one line goes to `warnings` for the CLI to print.

A cache must not lie either: a cache folder restored from another run (a CI cache written
by an untrusted pull request, say) could otherwise hold a report without findings under
the right key. Every record is sealed with an HMAC over its key and its bytes; the key
already hashes everything the record summarises (the inputs' content and the code
version), and the HMAC's secret lives outside the cache folder (`seal.py`). A record whose
seal does not verify is a miss: it is computed again, never believed.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from factcheck import __version__
from factcheck.run import codec
from factcheck.read.new_files import create_new_file, link_message
from factcheck.read.sources import Source
from factcheck.extract.article import Extraction
from factcheck.run.memo import decode_report, encode_report
from factcheck.run.seal import Seal
from factcheck.run.transfer import extract_task
from factcheck.model import InputError, Report

DEFAULT_CACHE_DIR = ".factcheck-cache"
CACHE_FILE = "extractions.sqlite3"
SCHEMA = 4  # PRAGMA user_version: bump when a table or the row format changes (4: sealed)
DEFAULT_TIMEOUT = 5.0  # seconds a scan waits for another scan's write before going on without the cache
_LOOKUP_CHUNK = 500  # keys per SELECT … IN (…): under every SQLite build's variable limit
_ZLIB_LEVEL = 3  # records shrink ~5×; decompression costs ~0.07 ms per article
_KEEP_REPORTS = 4  # whole-scan reports kept (memo.py): a few corpora or rule sets, not a history

Result = Extraction | InputError


def cache_key(data: bytes, article_id: str, display: str, version: str) -> str:
    """sha256 over everything an extraction depends on; NUL-separated so fields can't run together."""
    digest = hashlib.sha256()
    for part in (version, display, article_id):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    digest.update(data)
    return digest.hexdigest()


_PACKAGE = Path(__file__).resolve().parent.parent  # factcheck/, not run/


def source_files() -> list[Path]:
    """Every source file of the factcheck package, every stage's (not only run/'s)."""
    return sorted(_PACKAGE.rglob("*.py"))


def code_version() -> str:
    """The package version plus a hash of its source files.

    The version number alone does not change while factcheck is being developed, and a
    cache keyed by it would keep serving extractions from yesterday's grammar.
    """
    digest = hashlib.sha256()
    for path in source_files():
        digest.update(path.relative_to(_PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    writes: int = 0


class ExtractionCache:
    """Use ExtractionCache.open(folder, version); a context manager. When the cache cannot be
    used (locked, unwritable folder) it turns itself off: lookups miss and writes are dropped."""

    def __init__(self, path: Path, version: str, timeout: float) -> None:
        self.path = path
        self.version = version
        self.timeout = timeout
        self.stats = CacheStats()
        self.warnings: list[str] = []
        self._db: sqlite3.Connection | None = None
        self._healed = False
        self._warned_seal = False
        self.seal = Seal.for_this_user()

    # -- opening and closing

    @classmethod
    def open(cls, folder: Path | str, version: str, *, timeout: float = DEFAULT_TIMEOUT) -> "ExtractionCache":
        folder = Path(folder)
        cache = cls(folder / CACHE_FILE, version, timeout)
        try:
            _make_folder(folder)
        except LinkInCache as exc:
            cache._turn_off(str(exc))
            return cache
        except OSError as exc:
            cache._turn_off(f"cannot create the cache folder {folder}: {exc.strerror or exc}")
            return cache
        cache._connect()
        return cache

    def _connect(self) -> None:
        try:
            self._db = _open_database(self.path, self.version, self.timeout)
        except sqlite3.OperationalError as exc:  # locked, unreadable, read-only, disk full
            self._turn_off(f"cannot use {self.path}: {exc}")
        except sqlite3.DatabaseError as exc:  # not a database, or a damaged one
            self._heal(exc)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> "ExtractionCache":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    @property
    def enabled(self) -> bool:
        return self._db is not None

    @property
    def hits(self) -> int:
        return self.stats.hits

    @property
    def misses(self) -> int:
        return self.stats.misses

    # -- lookups and writes

    def stored_keys(self, keys: Sequence[str]) -> set[str]:
        """Which of `keys` have a record, without reading the records; the others count as
        misses. A scan sends its misses to the workers first, then reads its hits."""
        stored: set[str] = set()
        unique = list(dict.fromkeys(keys))
        for rows in self._select("key", unique):
            stored.update(key for (key,) in rows)
        self.stats.misses += len(unique) - len(stored)
        return stored

    def get_many(self, keys: Sequence[str]) -> dict[str, Extraction]:
        """The cached extractions among `keys`; the others count as misses."""
        found: dict[str, Extraction] = {}
        unique = list(dict.fromkeys(keys))
        for rows in self._select("key, record", unique):
            for key, blob in rows:
                extraction = _decode(self._unsealed(key, blob))
                if extraction is not None:  # an unreadable row is a miss, rewritten later
                    found[key] = extraction
        self.stats.hits += len(found)
        self.stats.misses += len(unique) - len(found)
        return found

    def _select(self, columns: str, keys: list[str]) -> Iterator[list[tuple]]:
        """The extractions table's rows for `keys`, a chunk at a time; none once the cache
        has turned itself off (a failed lookup turns it off or heals it)."""
        for i in range(0, len(keys), _LOOKUP_CHUNK):
            if self._db is None:
                return
            chunk = keys[i:i + _LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            try:
                rows = self._db.execute(
                    f"SELECT {columns} FROM extractions WHERE key IN ({marks})", chunk).fetchall()
            except sqlite3.OperationalError as exc:
                self._turn_off(f"cache lookup failed: {exc}")
                return
            except sqlite3.DatabaseError as exc:
                self._heal(exc)
                return
            yield rows

    def put_records(self, rows: Sequence[tuple[str, bytes]]) -> None:
        """Store (key, record) rows, records made by extract_for_cache, in one transaction."""
        if self._db is None or not rows:
            return
        rows = [(key, self.seal.seal(key, record)) for key, record in rows]
        try:
            with _write_transaction(self._db):
                self._db.executemany(
                    "INSERT OR REPLACE INTO extractions (key, record) VALUES (?, ?)", rows)
        except sqlite3.OperationalError as exc:
            self._turn_off(f"cache is busy or unwritable ({exc})")
        except sqlite3.DatabaseError as exc:
            self._heal(exc)
        else:
            self.stats.writes += len(rows)

    # -- whole reports (memo.py): an unchanged corpus is not analysed again

    def get_report(self, key: str) -> Report | None:
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT record FROM reports WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError as exc:
            self._turn_off(f"cache lookup failed: {exc}")
            return None
        except sqlite3.DatabaseError as exc:
            self._heal(exc)
            return None
        blob = self._unsealed(key, row[0]) if row is not None else None
        return decode_report(blob) if blob is not None else None

    def put_report(self, key: str, report: Report) -> None:
        """Store a report, keeping only the newest few."""
        if self._db is None:
            return
        record = self.seal.seal(key, encode_report(report))
        try:
            with _write_transaction(self._db):
                self._db.execute("INSERT OR REPLACE INTO reports (key, record, stored) "
                                 "VALUES (?, ?, ?)", (key, record, time.time()))
                self._db.execute("DELETE FROM reports WHERE key NOT IN (SELECT key FROM reports "
                                 "ORDER BY stored DESC LIMIT ?)", (_KEEP_REPORTS,))
        except sqlite3.OperationalError as exc:
            self._turn_off(f"cache is busy or unwritable ({exc})")
        except sqlite3.DatabaseError as exc:
            self._heal(exc)

    def _unsealed(self, key: str, blob: bytes) -> bytes | None:
        record = self.seal.open(key, blob)
        if record is None and not self._warned_seal:
            self._warned_seal = True
            self.warnings.append(f"warning: {self.path} holds records this machine did not write "
                                 "(a cache restored from elsewhere?); they are recomputed, "
                                 "not trusted")
        return record

    # -- failure handling

    def _turn_off(self, reason: str) -> None:
        self.close()
        self.warnings.append(f"warning: {reason}; this scan goes on without the cache")

    def _heal(self, error: sqlite3.DatabaseError) -> None:
        """Delete a damaged database and start an empty one, once per scan."""
        self.close()
        if self._healed:
            self._turn_off(f"the cache database {self.path} is still unusable ({error})")
            return
        self._healed = True
        try:
            _remove_database(self.path)
        except OSError as exc:
            self._turn_off(f"cannot remove the damaged cache {self.path}: {exc.strerror or exc}")
            return
        self.warnings.append(f"warning: the cache {self.path} was damaged ({error}); "
                             "it was deleted and starts again empty")
        self._connect()


def fingerprint_sources(sources: Sequence[Source], ids: dict[str, str],
                        cache: ExtractionCache) -> list[Fingerprint | None]:
    """Each source's cache key (None: the file cannot be read)."""
    return [_fingerprint(s, ids[s.display], cache.version) for s in sources]


def extract_with_cache(
    sources: Sequence[Source],
    ids: dict[str, str],
    cache: ExtractionCache | None,
    *,
    run_tasks: TaskRunner | None = None,
    batch_size: int = 256,
    fingerprints: Sequence[Fingerprint | None] | None = None,
) -> Iterator[Result]:
    """extract.extract_source for every source, in order, through the cache.

    The misses go to `run_tasks` first, all at once (pipeline passes a process pool's map;
    the default runs them here, one by one), so workers extract while this process reads
    the hits. Each worker also makes the cache records of what it extracted. Hits are read,
    and fresh records written, one transaction per `batch_size` sources.
    `fingerprints` are fingerprint_sources' for these sources, when the caller has them.
    """
    run = run_tasks or _run_here
    pairs = [(s, ids[s.display]) for s in sources]
    if cache is None or not cache.enabled:
        yield from run(extract_task, pairs)
        return
    prints = (fingerprints if fingerprints is not None
              else fingerprint_sources(sources, ids, cache))
    stored = cache.stored_keys([f.key for f in prints if f is not None])

    def is_stored(i: int) -> bool:
        return prints[i] is not None and prints[i].key in stored

    task = extract_for_cache
    fresh = iter(run(task, [pairs[i] for i in range(len(pairs)) if not is_stored(i)]))
    for start in range(0, len(sources), batch_size):
        batch = range(start, min(start + batch_size, len(sources)))
        found = cache.get_many([prints[i].key for i in batch if is_stored(i)])
        # Stored but unreadable, or gone since (another scan pruned it): extract it after all.
        lost = [i for i in batch if is_stored(i) and prints[i].key not in found]
        redone = dict(zip(lost, run(task, [pairs[i] for i in lost]))) if lost else {}
        records = []
        for i in batch:
            if is_stored(i) and i not in redone:
                yield found[prints[i].key]
                continue
            result, record = redone[i] if i in redone else next(fresh)
            # A file edited since it was hashed: its extraction belongs to other bytes.
            if record is not None and prints[i] is not None and prints[i].unchanged(sources[i]):
                records.append((prints[i].key, record))
            yield result
        cache.put_records(records)


# A task runner: map(task, items), lazily and in order, wherever it likes (a process pool).
TaskRunner = Callable[[Callable, list], Iterable]


def _run_here(task: Callable, items: list) -> Iterable:
    return map(task, items)


def extract_for_cache(pair: tuple[Source, str]) -> tuple[Result, bytes | None]:
    """An extraction and its cache record (None for an input error, which is never cached:
    a fixed file must be read again). Made in the worker, not in the scan's single parent."""
    result = extract_task(pair)
    return result, (_encode(result) if isinstance(result, Extraction) else None)


# ---------------------------------------------------------------- helpers


@dataclass(frozen=True)
class Fingerprint:
    key: str
    stat: tuple[int, int]  # (mtime_ns, size) before the bytes were read

    def unchanged(self, source: Source) -> bool:
        """The file was not touched between hashing and extraction (which reads it again),
        so the extraction belongs to the hashed bytes."""
        try:
            return _stat(source) == self.stat
        except OSError:
            return False


def _fingerprint(source: Source, article_id: str, version: str) -> Fingerprint | None:
    """None when the file cannot be read: extraction reports that as an input error."""
    try:
        stat = _stat(source)
        data = source.read_bytes()
    except OSError:
        return None
    return Fingerprint(cache_key(data, article_id, source.display, version), stat)


def _stat(source: Source) -> tuple[int, int]:
    st = source.stat()
    return st.st_mtime_ns, st.st_size


def _encode(extraction: Extraction) -> bytes:
    return zlib.compress(codec.dumps(extraction).encode("utf-8"), _ZLIB_LEVEL)


def _decode(blob: bytes) -> Extraction | None:
    try:
        return codec.loads(zlib.decompress(blob))
    except (zlib.error, codec.CodecError, TypeError, UnicodeDecodeError):
        return None


class LinkInCache(OSError):
    """A file the cache would write is a symbolic link: the cache is off for this scan."""


def _make_folder(folder: Path) -> None:
    """The folder and a .gitignore of '*' in it, as ruff does, so the cache is never committed.

    Nothing is written through a symbolic link: a cache folder restored from elsewhere
    could hold a dangling link named .gitignore or like the database (SQLite creates its
    -wal and -shm files by following links), so a write would land outside the folder.
    Such a link turns the cache off for the scan (LinkInCache), with a message naming it.
    The folder itself may be a link: the user chose where it lives."""
    folder.mkdir(parents=True, exist_ok=True)
    ignore = folder / ".gitignore"
    database = folder / CACHE_FILE
    for path in (ignore, *(Path(f"{database}{suffix}") for suffix in _DATABASE_SUFFIXES)):
        message = link_message(path)
        if message:
            raise LinkInCache(message)
    try:
        create_new_file(ignore, "# Created by factcheck automatically.\n*\n")
    except FileExistsError:
        if link_message(ignore):  # planted since the check above
            raise LinkInCache(link_message(ignore)) from None


def _open_database(path: Path, version: str, timeout: float) -> sqlite3.Connection:
    # Autocommit mode (isolation_level=None): transactions are explicit, and short.
    db = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    try:
        _use_wal(db, timeout)
        db.execute("PRAGMA synchronous=NORMAL")  # safe in WAL; a lost commit is only a miss
        if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA:
            with _write_transaction(db):
                # Checked again under the lock: another scan may have just created the tables.
                if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA:
                    db.execute("DROP TABLE IF EXISTS extractions")
                    db.execute("DROP TABLE IF EXISTS meta")
                    db.execute("DROP TABLE IF EXISTS reports")
                    # A rowid table: with ~1 KB records under random keys, WITHOUT ROWID made
                    # the file 3× larger than its data and writes 4× slower (65 → 15 µs a row).
                    db.execute("CREATE TABLE extractions (key TEXT PRIMARY KEY, record BLOB NOT NULL)")
                    db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
                    db.execute("CREATE TABLE reports (key TEXT PRIMARY KEY, record BLOB NOT NULL,"
                               " stored REAL NOT NULL)")
                    db.execute(f"PRAGMA user_version={SCHEMA}")
        _prune_other_versions(db, version)
    except BaseException:
        db.close()
        raise
    return db


def _use_wal(db: sqlite3.Connection, timeout: float) -> None:
    """WAL journal mode: readers never wait for a writer, and writers only for each other.

    The mode is stored in the file, so this only changes anything for a new database.
    Switching does not go through SQLite's busy handler, so two scans creating the cache
    at the same moment would see "database is locked" at once: retry until the timeout.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                db.execute("PRAGMA journal_mode=WAL")  # a filesystem without WAL keeps its mode
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


def _prune_other_versions(db: sqlite3.Connection, version: str) -> None:
    """Keys contain the version, so rows of another version can never be returned; they are
    only dead weight. Dropping them all when the version changes is one cheap DELETE."""
    query = "SELECT value FROM meta WHERE name = 'version'"
    if db.execute(query).fetchone() == (version,):
        return
    with _write_transaction(db):
        if db.execute(query).fetchone() != (version,):
            db.execute("DELETE FROM extractions")
            db.execute("DELETE FROM reports")
            db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES ('version', ?)", (version,))


@contextmanager
def _write_transaction(db: sqlite3.Connection) -> Iterator[None]:
    # IMMEDIATE takes the write lock up front, so waiting for another scan happens in the
    # busy handler (up to the timeout) instead of failing half-way through.
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        try:
            db.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # the original error matters more
        raise
    db.execute("COMMIT")


_DATABASE_SUFFIXES = ("", "-wal", "-shm", "-journal")


def _remove_database(path: Path) -> None:
    for suffix in _DATABASE_SUFFIXES:
        try:
            os.remove(f"{path}{suffix}")
        except FileNotFoundError:
            pass
