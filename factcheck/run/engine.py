"""Running a scan: read → extract → analyse, on one core or many, through the cache.

The stages are pure (extract.extract_source for one article, analyse.analyse for the
corpus); everything here only decides where and when they run: the process pool, the
extraction cache and the stored reports (memo), the Dask engine, and Python's cycle
collector. Every setting gives the same report. No output here.
"""

from __future__ import annotations

import gc
import os
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

from factcheck.analyse import analyse
from factcheck.analyse.rules import Rule, find_rule_files, load_rules
from factcheck.extract import Extraction
from factcheck.model import InputError, Report
from factcheck.read import Source, article_ids, find_sources
from factcheck.read.sources import DEFAULT_EXCLUDE
from factcheck.run import transfer
from factcheck.run.transfer import extract_task
from factcheck.run.collector import cycle_collector_paused

if TYPE_CHECKING:
    from factcheck.run.cache import ExtractionCache, Fingerprint

DEFAULT_RULES_DIR = "rules"


def default_rule_paths() -> list[Path]:
    """rules/ in the current folder, when there is one: the bundled corpus's own rules."""
    folder = Path(DEFAULT_RULES_DIR)
    return [folder] if folder.is_dir() else []


def read_rules(paths: Sequence[str | Path] | None) -> tuple[list[Rule], list[str]]:
    """(rules, rule file paths); raises rules.RuleError for an invalid file."""
    chosen = default_rule_paths() if paths is None else list(paths)
    files = find_rule_files(chosen) if chosen else []
    return (load_rules(files) if files else []), [p.as_posix() for p in files]


def available_cores() -> int:
    """Cores this process may run on (a container's limit, not the host's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def worker_count(jobs: int, articles: int) -> int:
    """Processes worth starting: never more than the articles to share out, nor than the
    cores this process may use (`--jobs 128` on 5 articles starts none)."""
    return max(1, min(jobs, articles, available_cores()))


def extract_all(paths: Iterable[str | Path]) -> tuple[list[Extraction], list[InputError]]:
    """Every article under `paths`, one by one, no cache (raises corpus.MissingPathError)."""
    return extract_corpus(paths, ScanEngine(jobs=1, cache_dir=None))


@dataclass(frozen=True)
class ScanEngine:
    """How to run the extraction: never what it finds. Every setting gives the same report."""

    jobs: int = 1  # worker processes for extraction
    cache_dir: Path | None = None  # None: no cache
    engine: str = "local"  # "local" | "dask"
    scheduler: str | None = None  # dask scheduler address; None starts a LocalCluster
    # Called with (done, total) as articles are extracted (a progress bar), or None.
    progress: Callable[[int, int], None] | None = None
    warnings: list[str] = field(default_factory=list)  # filled by the scan: cache trouble …


def extract_corpus(paths: Iterable[str | Path], engine: ScanEngine, client: object = None,
                   exclude: Sequence[str] = DEFAULT_EXCLUDE
                   ) -> tuple[list[Extraction], list[InputError]]:
    """Every article's extraction, through the engine's workers and cache; file names
    matching an `exclude` glob are skipped in folders (read.find_sources)."""
    sources = find_sources(paths, exclude)
    ids = article_ids(sources)

    if engine.engine == "dask":
        from factcheck.run.dask_engine import extract_with_dask

        return _split(extract_with_dask(sources, ids, engine.scheduler, client=client))
    with _open_cache(engine) as cache:
        return _extract_local(sources, ids, engine, cache)


@contextmanager
def _open_cache(engine: ScanEngine) -> Iterator[ExtractionCache | None]:
    """The engine's cache, or None; its warnings go to the engine's when the scan ends."""
    if engine.cache_dir is None:
        yield None
        return
    from factcheck.run.cache import ExtractionCache, code_version

    with ExtractionCache.open(engine.cache_dir, code_version()) as cache:
        try:
            yield cache
        finally:
            engine.warnings.extend(cache.warnings)


def _extract_local(sources: list[Source], ids: dict[str, str], engine: ScanEngine,
                   cache: ExtractionCache | None,
                   fingerprints: list[Fingerprint | None] | None = None
                   ) -> tuple[list[Extraction], list[InputError]]:
    with ExitStack() as stack:
        pool = None
        workers = worker_count(engine.jobs, len(sources))
        if workers > 1:
            pool = stack.enter_context(ProcessPoolExecutor(max_workers=workers))
            # The whole corpus is queued at once: a scan stopped half-way (Ctrl-C) drops
            # what no worker has started, instead of waiting for all of it.
            stack.push(_cancel_queued_work_on_error(pool))

        def run_tasks(task: Callable, items: list) -> Iterable:
            # One map over everything, not one per batch: a batch's map waits for its
            # slowest chunk while the other workers idle, and the parent's work between
            # batches (cache writes) would leave them all idle.
            if pool is None:
                return map(task, items)
            return pool.map(task, items, chunksize=_chunk_size(len(items), workers))

        if cache is not None:
            from factcheck.run.cache import extract_with_cache

            stream = extract_with_cache(sources, ids, cache, run_tasks=run_tasks,
                                        fingerprints=fingerprints)
        else:
            stream = run_tasks(extract_task, [(s, ids[s.display]) for s in sources])
        results = []
        for result in stream:
            results.append(transfer.shared(result) if pool is None else result)
            if len(results) % _FREEZE_EVERY == 0:
                gc.freeze()
            if engine.progress is not None:
                engine.progress(len(results), len(sources))
    return _split(results)


def _cancel_queued_work_on_error(pool: ProcessPoolExecutor) -> Callable[..., None]:
    def on_exit(exc_type, exc, traceback) -> None:
        if exc_type is not None:
            pool.shutdown(wait=False, cancel_futures=True)
    return on_exit


def _chunk_size(tasks: int, workers: int) -> int:
    """Articles per message to a worker: enough to make the message cheap, few enough that
    workers finish together and the progress bar moves."""
    return max(1, min(_MAX_CHUNK, tasks // (workers * 4)))


_MAX_CHUNK = 32


def _split(results) -> tuple[list[Extraction], list[InputError]]:
    extractions = [r for r in results if not isinstance(r, InputError)]
    errors = [r for r in results if isinstance(r, InputError)]
    return extractions, errors


# The claims a scan keeps are millions of small objects without reference cycles. Each
# full pass of Python's cycle collector walks all of them, and a large scan triggers many:
# frozen objects are skipped, so the collector's work stays proportional to new objects.
_FREEZE_EVERY = 1000


def scan(paths: Iterable[str | Path], rules: Sequence[Rule], rule_files: Sequence[str] = (),
         engine: ScanEngine | None = None, exclude: Sequence[str] = DEFAULT_EXCLUDE) -> Report:
    engine = engine or ScanEngine()
    try:
        if engine.engine == "dask":
            from factcheck.run.dask_engine import dask_client

            with dask_client(engine.scheduler) as client:
                return _scan(paths, rules, rule_files, engine, client, exclude)
        return _scan(paths, rules, rule_files, engine, None, exclude)
    finally:
        gc.unfreeze()  # a long-lived caller (tests, a server) collects as usual afterwards


def _scan(paths, rules: Sequence[Rule], rule_files: Sequence[str], engine: ScanEngine,
          client: object, exclude: Sequence[str] = DEFAULT_EXCLUDE) -> Report:
    if engine.engine == "local" and engine.cache_dir is not None:
        sources = find_sources(paths, exclude)
        with _open_cache(engine) as cache:
            return _scan_through_memo(sources, rules, rule_files, engine, cache)
    extractions, errors = extract_corpus(paths, engine, client, exclude)
    gc.freeze()
    return run_analysis(extractions, errors, rules, rule_files, client)


def _scan_through_memo(sources: list[Source], rules: Sequence[Rule], rule_files: Sequence[str],
                       engine: ScanEngine, cache: ExtractionCache) -> Report:
    """A scan with the cache: the stored report when no article, rule or code changed since
    a scan stored it (memo.py), otherwise extraction through the cache and analysis."""
    from factcheck.run.cache import fingerprint_sources
    from factcheck.run.memo import memo_key

    ids = article_ids(sources)
    fingerprints = fingerprint_sources(sources, ids, cache)
    key = None
    # An unreadable file has no key; its error is reported afresh by every scan.
    if cache.enabled and all(f is not None for f in fingerprints):
        key = memo_key([f.key for f in fingerprints], rules, rule_files, cache.version)
        report = cache.get_report(key)
        if report is not None:
            if engine.progress is not None:
                engine.progress(len(sources), len(sources))
            return report
    extractions, errors = _extract_local(sources, ids, engine, cache, fingerprints)
    gc.freeze()
    report = run_analysis(extractions, errors, rules, rule_files)
    # A file edited during the scan would store a report under its old bytes' key.
    if key is not None and all(f.unchanged(s) for f, s in zip(fingerprints, sources)):
        cache.put_report(key, report)
    return report


def run_analysis(extractions: Sequence[Extraction], errors: Sequence[InputError] = (),
                 rules: Sequence[Rule] = (), rule_files: Sequence[str] = (),
                 client: object = None) -> Report:
    """analyse.analyse, with the cycle collector paused (collector.py) and, on the Dask
    engine, the grouping done on the cluster."""
    group_claims = None
    if client is not None:
        from factcheck.run.dask_engine import group_with_dask

        group_claims = partial(group_with_dask, client=client)
    with cycle_collector_paused():
        if group_claims is None:
            return analyse(extractions, errors, rules, rule_files)
        return analyse(extractions, errors, rules, rule_files, group_claims)
