"""Time per article of a full scan, in process (interpreter start-up excluded).

    python benchmarks/scan_time.py [CORPUS] [--repeat N]

Prints the best-of-N wall time of a whole scan (load → extract → group → check → JSON),
per article, and the share of each stage. Also times the naive peer a user might write —
dateparser's search_dates over each article — on the same texts, for a ratio.
"""

from __future__ import annotations

import argparse
import time

from factcheck import __version__
from factcheck.analyse.checks.runner import check
from factcheck.analyse.group import group
from factcheck.read.sources import load_corpus
from factcheck.run.engine import extract_all, read_rules, scan
from factcheck.report.json_report import render_json


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default="corpus")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--peer-repeat", type=int, default=3)
    args = parser.parse_args()

    rules, files = read_rules(None)
    scan([args.corpus], rules, files)  # warm up: imports, compiled patterns, caches
    n = len(scan([args.corpus], rules, files).articles)

    total = best_of(args.repeat, lambda: render_json(scan([args.corpus], rules, files), __version__))
    extract = best_of(args.repeat, lambda: extract_all([args.corpus]))
    extractions, _ = extract_all([args.corpus])
    frames = {e.article.id: e.time_frame for e in extractions}
    claims = [c for e in extractions for c in e.claims]

    def group_and_check():
        grouped, topics = group(claims, rules)
        check(topics, grouped, frames)

    grouping = best_of(args.repeat, group_and_check)

    print(f"corpus: {args.corpus} ({n} articles, {len(claims)} claims, {len(rules)} rules)")
    print(f"full scan + JSON : {total * 1000 / n:7.2f} ms/article  ({total * 1000:.1f} ms total, best of {args.repeat})")
    print(f"  extraction     : {extract * 1000 / n:7.2f} ms/article")
    print(f"  group + check  : {grouping * 1000 / n:7.2f} ms/article")

    try:
        from dateparser.search import search_dates
    except ImportError:
        return
    # The scan's extractions no longer hold their texts: read them again.
    texts = [a.text for a in load_corpus([args.corpus]) if hasattr(a, "text")]
    search_dates("تموز 2021", languages=["ar"])  # warm up dateparser's language data
    peer = best_of(args.peer_repeat, lambda: [search_dates(t, languages=["ar"]) for t in texts])
    print(f"peer: dateparser search_dates, one call per article: {peer * 1000 / n:7.2f} ms/article "
          f"→ factcheck's full scan is {peer / total:.0f}× faster")


if __name__ == "__main__":
    main()
