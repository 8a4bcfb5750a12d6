"""Speed and scale of factcheck on synthetic corpora, as a small table.

    python benchmarks/run.py [--sizes 1k,10k,100k] [--seed 7] [--data DIR] [--skip-peer]
                             [--markdown] [--json PATH] [--time-limit S]

For each size, a corpus is generated once by generate.py into --data (reused while its
marker file matches n, seed and generator version), then measured:

1. extraction alone, in this process, one core: articles/s of `extract.extract`;
2. grouping + checking, in this process, on those claims: seconds, and how the time grows
   from one size to the next (both in CPU time of the measuring thread, so other load on
   the machine does not skew them; wall times go to --json); and, within it, telling the
   archive's stories apart (analyse/stories.py), with its growth;
3. full `factcheck scan` with --jobs 1 and --jobs 2 as subprocesses: wall time and peak RSS
   of the whole process tree (the CLI and its workers);
4. a cached re-scan: the same scan twice with one --cache-dir, warm time / cold time;
5. the naive peer, once, on the 1k corpus: dateparser's search_dates on every article.

CLI options this factcheck does not have yet (--jobs, --no-cache, --cache-dir, --quiet)
are detected from `factcheck scan --help` and dropped; a figure that needs one is "n/a".
Figures are marked against the targets (✓/✗); nothing here fails on a miss.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from generate import GENERATOR_VERSION, generate_corpus

from factcheck import __version__
from factcheck.read.sources import article_ids, find_sources, read_article
from factcheck.extract.article import extract
from factcheck.model import InputError
from factcheck.run.engine import run_analysis as analyse
from factcheck.analyse.published import infer_publications, with_years_from_publication
from factcheck.analyse.stories import find_stories
from factcheck.analyse.similarity import content_keys

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE / ".data"
MARKER = ".corpus.json"  # a dot file: factcheck never reads it as an article
PEER_SIZE = 1000
RSS_SAMPLE_SECONDS = 0.05
MB = 1024 * 1024
DEFAULT_TIME_LIMIT = 1800.0  # seconds per measurement: a quadratic stage must not run all night

# Targets from the "Speed and scale" issue: measured here, never asserted in tests. The
# claim-frames issue set a floor of 1,000 art/s while frames grow richer; the aim stays.
TARGET_EXTRACT_PER_S = 2000
FLOOR_EXTRACT_PER_S = 1000
TARGET_WALL_S, TARGET_WALL_AT = 120.0, 100_000  # --jobs 2, at 100k articles
TARGET_RSS_BYTES = 1024 * MB  # --jobs 2, whole process tree
TARGET_GROWTH = 1.2  # time may grow 1.2× as fast as the article count (10× → ≤ 12×)
TARGET_PEER_RATIO = 20.0
TARGET_RESCAN_RATIO = 0.20


# ---------------------------------------------------------------------------------------
# Corpora
# ---------------------------------------------------------------------------------------

def parse_size(text: str) -> int:
    """"1k" → 1000, "2.5k" → 2500, "100000" → 100000."""
    text = text.strip().lower()
    scale = {"k": 1000, "m": 1_000_000}.get(text[-1:], 1)
    number = text[:-1] if scale > 1 else text
    return int(float(number) * scale)


def size_label(n: int) -> str:
    for scale, suffix in ((1_000_000, "M"), (1000, "k")):
        if n >= scale and n % scale == 0:
            return f"{n // scale}{suffix}"
    return str(n)


def ensure_corpus(data: Path, n: int, seed: int) -> Path:
    """The corpus folder for (n, seed), generated unless a matching one is there."""
    folder = data / f"n{n}-seed{seed}"
    wanted = {"n": n, "seed": seed, "generator": GENERATOR_VERSION}
    marker = folder / MARKER
    if marker.is_file():
        try:
            if json.loads(marker.read_text()) == wanted:
                return folder
        except (OSError, ValueError):
            pass
    progress(f"generating {size_label(n)} articles (seed {seed}) into {folder}")
    # Build aside, then swap in: an interrupted run never leaves a half corpus marked good.
    building = folder.with_name(folder.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    generate_corpus(building, n, seed)
    (building / MARKER).write_text(json.dumps(wanted))
    shutil.rmtree(folder, ignore_errors=True)
    building.rename(folder)
    return folder


# ---------------------------------------------------------------------------------------
# In-process measurements
# ---------------------------------------------------------------------------------------

class Stopwatch:
    """CPU time of this thread (what "one core" spends, whatever else loads the machine)
    and wall time, accumulated over the timed sections."""

    def __init__(self) -> None:
        self.cpu = self.wall = 0.0

    def __enter__(self) -> Stopwatch:
        self._cpu, self._wall = time.thread_time(), time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.cpu += time.thread_time() - self._cpu
        self.wall += time.perf_counter() - self._wall


@dataclass
class Extracted:
    articles: int
    input_errors: int
    seconds: float  # CPU seconds of extraction only: reading files is not timed
    wall_seconds: float
    claims: int
    extractions: list = field(repr=False)  # as a scan with no rules keeps them

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else float("inf")


def measure_extraction(folder: Path) -> Extracted:
    """Read, extract, drop the article: only claims and time frames are kept."""
    sources = find_sources([folder])
    ids = article_ids(sources)
    warm = read_article(sources[0], ids[sources[0].display])
    if not isinstance(warm, InputError):
        extract(warm)  # compiled patterns and lazy imports are not what we time
    extractions: list = []
    claims = 0
    errors = 0
    watch = Stopwatch()
    for source in sources:
        article = read_article(source, ids[source.display])
        if isinstance(article, InputError):
            errors += 1
            continue
        with watch:
            extraction = extract(article)
        claims += len(extraction.claims)
        extractions.append(extraction.without_text())
        if len(extractions) % 1000 == 0:
            # What the scan does with the claims it keeps (pipeline._FREEZE_EVERY): without
            # it, the cycle collector walks every claim kept so far, again and again.
            gc.freeze()
    return Extracted(len(sources) - errors, errors, watch.cpu, watch.wall, claims, extractions)


class TimeLimit(Exception):
    pass


@contextmanager
def time_limit(seconds: float):
    """Raise TimeLimit in this (main) thread after `seconds` of wall time."""
    def on_alarm(signum, frame):
        raise TimeLimit

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def measure_group_check(extracted: Extracted, limit: float) -> tuple[float, float] | None:
    """(CPU, wall) seconds of everything a scan does after extraction (publication dates,
    group, check: pipeline.analyse), no rules; None when the first run does not end within
    `limit` seconds."""
    gc.freeze()  # as the scan does once extraction is over
    try:
        return _best_group_check(extracted, limit)
    finally:
        gc.unfreeze()


def _best_group_check(extracted: Extracted, limit: float) -> tuple[float, float] | None:
    best = (float("inf"), float("inf"))
    # Best of three at every size: a single run at one size against the best of three at
    # another would overstate the growth. Only a run past half a minute is not repeated.
    for _ in range(3):
        # Each run starts as a scan's one analysis does: without the sentence word sets an
        # earlier run left in the cache. At 1k every sentence would still be there (the
        # cache holds 8,192), at 10k few are, and growth would be measured warm against cold.
        content_keys.cache_clear()
        try:
            with time_limit(limit), Stopwatch() as watch:
                analyse(extracted.extractions)
        except TimeLimit:
            return None
        best = min(best, (watch.cpu, watch.wall))
        if watch.cpu > 30.0:
            break
    return best


def measure_stories(extracted: Extracted, limit: float) -> tuple[float, int] | None:
    """(CPU seconds, stories found) of telling the archive's stories apart
    (analyse/stories.find_stories, a part of group + check), best of three; None past
    `limit`."""
    extractions = extracted.extractions
    publications = infer_publications(extractions)
    claims = list(with_years_from_publication((c for e in extractions for c in e.claims),
                                              publications))
    best, found = float("inf"), 0
    for _ in range(3):
        try:
            with time_limit(limit), Stopwatch() as watch:
                found = len(find_stories(extractions, claims, publications))
        except TimeLimit:
            return None
        best = min(best, watch.cpu)
    return best, found


def measure_peer(folder: Path) -> float | None:
    """CPU seconds of dateparser's search_dates over every article body (None: no dateparser)."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    sources = find_sources([folder])
    ids = article_ids(sources)
    texts = [a.text for a in (read_article(s, ids[s.display]) for s in sources)
             if not isinstance(a, InputError)]
    search_dates("في 15 آذار 2023", languages=["ar"])  # loads its language data once
    with Stopwatch() as watch:
        for text in texts:
            search_dates(text, languages=["ar"])
    return watch.cpu


# ---------------------------------------------------------------------------------------
# The CLI as a subprocess: wall time and peak RSS of its process tree
# ---------------------------------------------------------------------------------------

OPTIONAL_FLAGS = ("--jobs", "--no-cache", "--cache-dir", "--quiet")


def cli_command() -> list[str]:
    exe = shutil.which("factcheck")
    return [exe] if exe else [sys.executable, "-m", "factcheck"]


def supported_flags(cli: list[str]) -> set[str]:
    """Which of OPTIONAL_FLAGS `factcheck scan --help` mentions."""
    result = subprocess.run([*cli, "scan", "--help"], capture_output=True, text=True, check=False,
                            env={**os.environ, "COLUMNS": "200"})
    helptext = result.stdout + result.stderr
    return {flag for flag in OPTIONAL_FLAGS if re.search(rf"(?<![\w-]){flag}(?![\w-])", helptext)}


def _children() -> dict[int, list[int]]:
    children: dict[int, list[int]] = defaultdict(list)
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as f:
                stat = f.read()
        except OSError:
            continue  # the process ended meanwhile
        # "pid (comm) state ppid …": comm may hold spaces and parentheses.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children[ppid].append(int(entry.name))
    return children


def _vm_rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0  # gone, or a zombie (no VmRSS line)


def tree_rss(pid: int) -> int:
    """Sum of VmRSS of `pid` and all its descendants, in bytes."""
    children = _children()
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += _vm_rss(current)
        todo.extend(children.get(current, ()))
    return total


@dataclass
class Run:
    seconds: float
    peak_rss: int  # bytes, whole process tree
    exit_code: int | None  # None: stopped at the time limit

    @property
    def ok(self) -> bool:
        return self.exit_code in (0, 1)  # 1 = findings, a normal outcome

    @property
    def timed_out(self) -> bool:
        return self.exit_code is None


def run_tree(command: list[str], cwd: Path, limit: float) -> Run:
    """Run to the end (or `limit` seconds), stdout to /dev/null; sample the RSS of the
    process tree every ~50 ms."""
    peak = 0
    done = threading.Event()
    with tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        # Its own session, so that at the time limit we stop exactly the tree we started.
        proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=stderr,
                                start_new_session=True)

        def sample() -> None:
            nonlocal peak
            while True:
                peak = max(peak, tree_rss(proc.pid))
                if done.wait(RSS_SAMPLE_SECONDS):
                    return

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            proc.wait(timeout=limit)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            done.set()
            sampler.join()
            progress(f"  stopped after {fmt_seconds(limit)}")
            return Run(time.perf_counter() - start, peak, None)
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
        if proc.returncode not in (0, 1):
            stderr.seek(0)
            tail = stderr.read().decode("utf-8", "replace").strip().splitlines()[-5:]
            progress(f"  exit {proc.returncode}: {' | '.join(tail)}")
    return Run(seconds, peak, proc.returncode)


def scan_command(cli: list[str], folder: Path, flags: set[str], *, jobs: int | None,
                 cache_dir: Path | None) -> list[str]:
    command = [*cli, "scan", str(folder), "--format", "json", "--no-rules"]
    if "--quiet" in flags:
        command.append("--quiet")
    if jobs is not None and "--jobs" in flags:
        command += ["--jobs", str(jobs)]
    if cache_dir is None:
        if "--no-cache" in flags:
            command.append("--no-cache")
    else:
        command += ["--cache-dir", str(cache_dir)]
    return command


# ---------------------------------------------------------------------------------------
# One size, all sizes
# ---------------------------------------------------------------------------------------

@dataclass
class SizeResult:
    n: int
    articles: int
    input_errors: int
    claims: int
    extract_seconds: float  # CPU
    extract_wall_seconds: float
    group_check_seconds: float | None  # CPU; None: stopped at the time limit
    group_check_wall_seconds: float | None
    scans: dict[int, Run | None]  # --jobs → run (None: not measurable with this CLI)
    cache_cold: Run | None
    cache_warm: Run | None
    cache_one_new: Run | None  # warm cache, one article added: the stored report cannot serve
    stories_seconds: float | None = None  # CPU of the story separation (within group + check)
    stories: int = 0  # stories found

    @property
    def extract_per_second(self) -> float:
        return self.articles / self.extract_seconds if self.extract_seconds else float("inf")


def measure_size(folder: Path, n: int, cli: list[str], flags: set[str],
                 limit: float = DEFAULT_TIME_LIMIT) -> SizeResult:
    label = size_label(n)
    progress(f"[{label}] extraction, in process")
    extracted = measure_extraction(folder)
    progress(f"[{label}]   {extracted.articles} articles, {extracted.claims} claims, "
             f"{extracted.per_second:,.0f} articles/s")
    progress(f"[{label}] group + check, in process")
    grouping_cpu, grouping_wall = measure_group_check(extracted, limit) or (None, None)
    progress(f"[{label}] story separation, in process")
    stories_cpu, stories_found = measure_stories(extracted, limit) or (None, 0)
    result_head = (extracted.articles, extracted.input_errors, extracted.claims,
                   extracted.seconds, extracted.wall_seconds, grouping_cpu, grouping_wall)
    del extracted  # the subprocesses below should not compete with our claims for memory
    gc.collect()

    scans: dict[int, Run | None] = {}
    for jobs in (1, 2):
        # Without --jobs the CLI is one process: that is a --jobs 1 scan, not a --jobs 2 one.
        if jobs > 1 and "--jobs" not in flags:
            scans[jobs] = None
            continue
        progress(f"[{label}] factcheck scan --jobs {jobs}")
        scans[jobs] = run_tree(scan_command(cli, folder, flags, jobs=jobs, cache_dir=None),
                               folder.parent, limit)
    cold = warm = one_new = None
    if "--cache-dir" in flags:
        cache_dir = Path(tempfile.mkdtemp(prefix="factcheck-bench-cache-"))
        incoming = Path(tempfile.mkdtemp(prefix="factcheck-bench-incoming-"))
        try:
            command = scan_command(cli, folder, flags, jobs=2, cache_dir=cache_dir)
            progress(f"[{label}] factcheck scan with a cold cache, then warm, then one new article")
            cold = run_tree(command, folder.parent, limit)
            if cold.ok:
                warm = run_tree(command, folder.parent, limit)
                # The nightly case: yesterday's corpus plus one article (a copy under a new
                # name, so it is extracted and the whole corpus analysed again).
                first = next(p for p in sorted(folder.rglob("*.txt")))
                shutil.copyfile(first, incoming / "incoming-article.txt")
                one_new = run_tree([*command, str(incoming)], folder.parent, limit)
        finally:
            shutil.rmtree(cache_dir, ignore_errors=True)
            shutil.rmtree(incoming, ignore_errors=True)
    return SizeResult(n, *result_head, scans, cold, warm, one_new, stories_cpu, stories_found)


@dataclass
class Peer:
    articles: int
    seconds: float
    our_extract_seconds: float  # extraction of the same articles

    @property
    def ms_per_article(self) -> float:
        return self.seconds * 1000 / self.articles

    @property
    def ratio(self) -> float:
        return self.seconds / self.our_extract_seconds


# ---------------------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------------------

def mark(ok: bool) -> str:
    return "✓" if ok else "✗"


def fmt_seconds(s: float) -> str:
    return f"{s:.2f} s" if s < 10 else f"{s:.1f} s" if s < 100 else f"{s:.0f} s"


def fmt_run_wall(run: Run | None, limit: float, target: float | None = None) -> str:
    if run is None:
        return "n/a"
    if run.timed_out:
        return f"> {fmt_seconds(limit)}" + (" ✗" if target is not None else "")
    if not run.ok:
        return f"failed (exit {run.exit_code})"
    text = fmt_seconds(run.seconds)
    return f"{text} {mark(run.seconds <= target)}" if target is not None else text


def fmt_run_rss(run: Run | None, target: int | None = None) -> str:
    if run is None:
        return "n/a"
    if not (run.ok or run.timed_out):
        return "–"
    text = f"{run.peak_rss / MB:,.0f} MB"
    if run.timed_out:  # the peak so far: a lower bound
        return f"≥ {text}" + (" ✗" if target is not None and run.peak_rss > target else "")
    return f"{text} {mark(run.peak_rss <= target)}" if target is not None else text


def table_rows(results: list[SizeResult], peer: Peer | None,
               limit: float = DEFAULT_TIME_LIMIT) -> tuple[list[str], list[list[str]]]:
    sizes = [r.n for r in results]
    if peer is not None and PEER_SIZE not in sizes:
        sizes = sorted(sizes + [PEER_SIZE])
    by_n = {r.n: r for r in results}
    header = ["measure", *(size_label(n) for n in sizes), "target"]
    rows: list[list[str]] = []

    def row(label: str, cell, target: str = "") -> None:
        rows.append([label, *(cell(by_n[n]) if n in by_n else "" for n in sizes), target])

    row("articles (claims)", lambda r: f"{r.articles:,} ({r.claims:,})"
        + (f", {r.input_errors} input errors" if r.input_errors else ""))
    row("extraction, 1 core", lambda r: f"{r.extract_per_second:,.0f} art/s "
        f"{mark(r.extract_per_second >= FLOOR_EXTRACT_PER_S)}",
        f"≥ {FLOOR_EXTRACT_PER_S:,} art/s floor (aim {TARGET_EXTRACT_PER_S:,})")
    row("group + check", lambda r: fmt_seconds(r.group_check_seconds)
        if r.group_check_seconds is not None else f"> {fmt_seconds(limit)}")

    def growth(r: SizeResult) -> str:
        previous = [p for p in results if p.n < r.n]
        if not previous or previous[-1].group_check_seconds is None:
            return "–"
        p = previous[-1]
        articles = r.articles / p.articles
        if r.group_check_seconds is None:
            return f"> ×{limit / p.group_check_seconds:.0f} for ×{articles:.0f} ✗"
        times = r.group_check_seconds / p.group_check_seconds
        return f"×{times:.1f} for ×{articles:.0f} {mark(times <= TARGET_GROWTH * articles)}"

    row("group + check growth", growth, f"≤ ×{TARGET_GROWTH * 10:.0f} per ×10")

    def stories(r: SizeResult) -> str:
        if r.stories_seconds is None:
            return f"> {fmt_seconds(limit)}"
        share = (f", {r.stories_seconds / r.group_check_seconds:.0%} of it"
                 if r.group_check_seconds else "")
        return f"{fmt_seconds(r.stories_seconds)}{share} ({r.stories:,} stories)"

    row("  of which story separation", stories)

    def stories_growth(r: SizeResult) -> str:
        previous = [p for p in results if p.n < r.n and p.stories_seconds]
        if not previous or r.stories_seconds is None:
            return "–"
        p = previous[-1]
        times, articles = r.stories_seconds / p.stories_seconds, r.articles / p.articles
        return f"×{times:.1f} for ×{articles:.0f} {mark(times <= TARGET_GROWTH * articles)}"

    row("  story separation growth", stories_growth, f"≤ ×{TARGET_GROWTH * 10:.0f} per ×10")
    row("scan --jobs 1, wall", lambda r: fmt_run_wall(r.scans.get(1), limit))
    row("scan --jobs 1, peak RSS", lambda r: fmt_run_rss(r.scans.get(1)))
    row("scan --jobs 2, wall", lambda r: fmt_run_wall(
        r.scans.get(2), limit, TARGET_WALL_S if r.n >= TARGET_WALL_AT else None),
        f"≤ {TARGET_WALL_S:.0f} s at {size_label(TARGET_WALL_AT)}")
    row("scan --jobs 2, peak RSS", lambda r: fmt_run_rss(r.scans.get(2), TARGET_RSS_BYTES),
        f"≤ {TARGET_RSS_BYTES / MB:,.0f} MB")

    def rescan(r: SizeResult, warm: Run | None, with_mark: bool) -> str:
        cold = r.cache_cold
        if cold is None:
            return "n/a"
        if cold.timed_out or (warm is not None and warm.timed_out):
            return f"stopped at {fmt_seconds(limit)}"
        if warm is None or not (cold.ok and warm.ok):
            return "failed"
        ratio = warm.seconds / cold.seconds
        return (f"{ratio:.0%} ({fmt_seconds(warm.seconds)} / {fmt_seconds(cold.seconds)})"
                + (f" {mark(ratio <= TARGET_RESCAN_RATIO)}" if with_mark else ""))

    row("re-scan, warm / cold cache", lambda r: rescan(r, r.cache_warm, True),
        f"≤ {TARGET_RESCAN_RATIO:.0%}")
    row("re-scan + 1 new article / cold", lambda r: rescan(r, r.cache_one_new, False))
    if peer is not None:
        column = sizes.index(PEER_SIZE)

        def peer_row(label: str, text: str, target: str = "") -> None:
            cells = [""] * len(sizes)
            cells[column] = text
            rows.append([label, *cells, target])

        peer_row("peer: search_dates", f"{peer.ms_per_article:.1f} ms/art")
        peer_row("peer / our extraction",
                 f"{peer.ratio:,.0f}× slower {mark(peer.ratio >= TARGET_PEER_RATIO)}",
                 f"≥ {TARGET_PEER_RATIO:.0f}×")
    return header, rows


def render_table(header: list[str], rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(header) + " |",
                 "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header) - 1))
                 + "|---|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        first, *middle, last = cells
        parts = [first.ljust(widths[0])]
        parts += [c.rjust(w) for c, w in zip(middle, widths[1:-1])]
        parts.append(last.ljust(widths[-1]))
        return "  ".join(parts).rstrip()

    return "\n".join([line(header), "  ".join("-" * w for w in widths), *map(line, rows)])


def machine_info() -> dict:
    cpu = "unknown CPU"
    try:
        for text_line in Path("/proc/cpuinfo").read_text().splitlines():
            if text_line.startswith("model name"):
                cpu = text_line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {"cpu": cpu, "cores": usable, "python": platform.python_version(),
            "factcheck": __version__, "platform": platform.platform()}


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1k,10k,100k",
                        help="comma-separated article counts: 1k,10k,100k (default)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help=f"where corpora are generated and kept (default {DEFAULT_DATA})")
    parser.add_argument("--skip-peer", action="store_true",
                        help="do not time dateparser's search_dates on the 1k corpus")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also save the figures as JSON")
    parser.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT, metavar="S",
                        help="stop a scan or group + check after S seconds "
                             f"(default {DEFAULT_TIME_LIMIT:.0f})")
    args = parser.parse_args()

    sizes = sorted({parse_size(s) for s in args.sizes.split(",") if s.strip()})
    data = args.data.resolve()
    data.mkdir(parents=True, exist_ok=True)
    cli = cli_command()
    flags = supported_flags(cli)
    missing = [f for f in OPTIONAL_FLAGS if f not in flags]
    if missing:
        progress(f"factcheck scan has no {', '.join(missing)}: those figures are n/a")

    results: list[SizeResult] = []
    for n in sizes:
        folder = ensure_corpus(data, n, args.seed)
        results.append(measure_size(folder, n, cli, flags, args.time_limit))

    peer = None
    if not args.skip_peer:
        folder = ensure_corpus(data, PEER_SIZE, args.seed)
        ours = next((r for r in results if r.n == PEER_SIZE), None)
        if ours is None:
            extracted = measure_extraction(folder)
            articles, ours_seconds = extracted.articles, extracted.seconds
        else:
            articles, ours_seconds = ours.articles, ours.extract_seconds
        progress(f"[{size_label(PEER_SIZE)}] peer: dateparser search_dates on every article")
        peer_seconds = measure_peer(folder)
        if peer_seconds is None:
            progress("dateparser is not installed: no peer figure")
        else:
            peer = Peer(articles, peer_seconds, ours_seconds)

    machine = machine_info()
    header, rows = table_rows(results, peer, args.time_limit)
    print(f"factcheck {machine['factcheck']} · Python {machine['python']} · "
          f"{machine['cpu']} · {machine['cores']} cores")
    print(f"synthetic corpus: benchmarks/generate.py v{GENERATOR_VERSION}, seed {args.seed}"
          + (f"; CLI without {', '.join(missing)}" if missing else ""))
    print("in-process figures (extraction, group + check, peer) are CPU time of one thread; "
          "scans are wall time")
    print()
    print(render_table(header, rows, args.markdown))

    if args.json:
        figures = {
            "machine": machine, "seed": args.seed, "generator_version": GENERATOR_VERSION,
            "cli_flags_missing": missing,
            "sizes": [{**asdict(r), "extract_per_second": r.extract_per_second} for r in results],
            "peer": None if peer is None else {**asdict(peer), "ms_per_article": peer.ms_per_article,
                                               "ratio": peer.ratio},
        }
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
