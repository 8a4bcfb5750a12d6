"""A fuzz campaign outside the suite (issue 15.7): many generated inputs through the same
harness as tests/fuzz/test_fuzz.py, with larger sizes, every distinct crash shrunk to its
smallest input, and the slowest article.

    python tests/fuzz/campaign.py --n 10000                 # extraction, long inputs
    python tests/fuzz/campaign.py --n 2000 --mode scan      # whole scans of generated files
    python tests/fuzz/campaign.py --n 10000 --json out.json # also the results as JSON

A crash is keyed by its exception type and the innermost factcheck frame; the smallest
input seen for each is printed as a Python literal, ready for
tests/extract/test_fuzz_regressions.py. An input taking longer than the suite's hang
guard per article is kept the same way (not shrunk: time does not repeat exactly). Exit
status 1 when anything crashed or hung.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for `fuzz.*`

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from fuzz.arabic_news import article_file, article_text  # noqa: E402
from fuzz.harness import HANG_GUARD, extract_one, scan_files  # noqa: E402


def origin(exc: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/factcheck/" in f.filename]
    where = frames[-1] if frames else traceback.extract_tb(exc.__traceback__)[-1]
    path = where.filename.split("/factcheck/", 1)[-1]
    return f"{type(exc).__name__} at factcheck/{path}:{where.lineno} ({where.name})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="inputs to generate")
    parser.add_argument("--mode", choices=("extract", "scan"), default="extract")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--short", action="store_true", help="the suite's sizes, not long ones")
    parser.add_argument("--json", type=Path, help="also write the results here, inputs whole")
    args = parser.parse_args(argv)

    long = not args.short
    crashes: dict[str, tuple[int, object, str]] = {}  # origin → (size, smallest input, message)
    stats = {"inputs": 0, "slowest": (0.0, 0, None), "total_seconds": 0.0}

    def size_of(value) -> int:
        return sum(map(len, value)) if isinstance(value, list) else len(value)

    def run(value) -> None:
        stats["inputs"] += 1
        try:
            seconds = extract_one(value) if args.mode == "extract" else scan_files(value)
        except Exception as exc:
            key = origin(exc)
            size = size_of(value)
            if key not in crashes or size < crashes[key][0]:
                crashes[key] = (size, value, " ".join(str(exc).split())[:300])
            raise
        stats["total_seconds"] += seconds
        per_article = seconds / (len(value) if args.mode == "scan" else 1)
        if per_article > HANG_GUARD:  # kept like a crash, not shrunk: time is not repeatable
            key = f"over the {HANG_GUARD:.0f} s hang guard"
            if key not in crashes or size_of(value) < crashes[key][0]:
                crashes[key] = (size_of(value), value, f"{seconds:.1f} s")
        if seconds > stats["slowest"][0]:
            stats["slowest"] = (seconds, size_of(value), value)
        if stats["inputs"] % 500 == 0:
            print(f"… {stats['inputs']} inputs, {len(crashes)} distinct crashes, slowest "
                  f"{stats['slowest'][0]:.2f} s", file=sys.stderr, flush=True)

    strategy = (article_text(long=long) if args.mode == "extract"
                else st.lists(article_file(long=long), min_size=1, max_size=6))
    test = seed(args.seed)(settings(
        max_examples=args.n, deadline=None, database=None, report_multiple_bugs=True,
        phases=(Phase.generate, Phase.shrink),
        suppress_health_check=list(HealthCheck))(given(strategy)(run)))
    started = time.monotonic()
    try:
        test()
    except BaseException as exc:  # the shrunk failures; each is recorded in `crashes`
        if not crashes:
            raise
        print(f"hypothesis stopped with {type(exc).__name__}", file=sys.stderr)
    wall = time.monotonic() - started

    slow_seconds, slow_size, slow_value = stats["slowest"]
    print(f"mode {args.mode}, seed {args.seed}, {'long' if long else 'short'} inputs")
    print(f"inputs: {stats['inputs']} (including shrinking), wall {wall:.0f} s, "
          f"extraction+scan process time {stats['total_seconds']:.0f} s")
    print(f"slowest: {slow_seconds:.2f} s process time, {slow_size:,} characters/bytes")
    print(f"distinct crashes: {len(crashes)}")
    for key, (size, value, message) in sorted(crashes.items()):
        shown = repr(value)
        if len(shown) > 600:
            shown = shown[:600] + f"… ({len(shown):,} characters in all: --json keeps it whole)"
        print(f"\n{key}: {message}\n  smallest input ({size:,} characters/bytes): {shown}")
    if args.json:
        args.json.write_text(json.dumps({
            "mode": args.mode, "seed": args.seed, "inputs": stats["inputs"],
            "slowest": {"seconds": slow_seconds, "size": slow_size, "input": repr(slow_value)},
            "crashes": [{"origin": k, "message": m, "input": repr(v)}
                        for k, (_, v, m) in sorted(crashes.items())],
        }, ensure_ascii=False, indent=2), encoding="utf-8")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
