"""Articles shaped to find where extraction cost grows faster than the text (issue 15.2).

    python benchmarks/pathological.py                  # every shape at a few sizes: time, growth
    python benchmarks/pathological.py --profile many-figures --size 4000   # cProfile of one

Each shape is an article generator taking a size; for each the script extracts articles of
growing size and prints the time (process time) and the exponent of its growth between
sizes (1 ≈ linear, 2 ≈ quadratic). It prints figures; no test asserts on them.
"""

from __future__ import annotations

import argparse
import cProfile
import math
import pstats
import random
import sys
import time
from typing import Callable

from factcheck.extract import extract_article
from factcheck.model import Article

WEEKDAYS = ["السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"]
MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "يناير", "فبراير", "مارس", "أبريل", "جانفي",
          "فيفري", "ماي", "غشت", "محرم", "صفر", "رمضان", "شوال"]
NOUNS = ["شخصا", "جنديا", "قتيلا", "منزلا", "دولار", "طن", "مصابا", "عسكري"]
PLACES = ["في العراق", "في سوريا", "في المغرب", "في مصر", "في تركيا"]
UNITS = ["ألف", "مليون", "مليار"]
WORDS = ["ثلاثة", "عشرة", "مئة", "خمسة", "عشرين", "سبعين", "ألفين", "أربعمئة"]


def many_figures(n: int, rng: random.Random) -> str:
    """n sentences of one figure each: a long report, a statistics page."""
    return "\n".join(f"وقال المسؤول إن {rng.randint(2, 99999)} {rng.choice(NOUNS)} "
                     f"{rng.choice(PLACES)} يوم {rng.choice(WEEKDAYS)}." for _ in range(n))


def one_sentence(n: int, rng: random.Random) -> str:
    """n figures in one sentence, no full stop: a table flattened into a paragraph."""
    return "وبلغت الأعداد " + "، ".join(f"{rng.randint(2, 9999)} {rng.choice(NOUNS)}"
                                        for _ in range(n)) + "\n"


def wrapped(n: int, rng: random.Random) -> str:
    """n short hard-wrapped lines, no punctuation at all (117 KB at n≈4,000)."""
    lines = []
    for _ in range(n):
        lines.append(f"قال {rng.choice(['المسؤول', 'الوزير', 'المتحدث'])} إن "
                     f"{rng.randint(2, 999)} {rng.choice(NOUNS)} {rng.choice(PLACES)}")
    return "\n".join(lines) + "\n"


def weekday_run(n: int, rng: random.Random) -> str:
    """n weekdays and dates in a row, one sentence."""
    return "وفي الأيام " + " ".join(
        f"{rng.choice(WEEKDAYS)} {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1990, 2030)}"
        for _ in range(n)) + "\n"


def number_words(n: int, rng: random.Random) -> str:
    """n number words chained with و, one sentence."""
    return "وقتل " + " و".join(rng.choice(WORDS + UNITS) for _ in range(n)) + " شخصا\n"


def scale_run(n: int, rng: random.Random) -> str:
    """figures with scale words, one long sentence."""
    return "وبلغت الخسائر " + " و".join(f"{rng.randint(1, 999)} {rng.choice(UNITS)} دولار"
                                         for _ in range(n)) + "\n"


SHAPES: dict[str, Callable[[int, random.Random], str]] = {
    "many-figures": many_figures, "one-sentence": one_sentence, "wrapped": wrapped,
    "weekday-run": weekday_run, "number-words": number_words, "scale-run": scale_run,
}


def article(text: str) -> Article:
    return Article(id="stress", path="stress.txt", text=text, title="stress")


def timed(text: str) -> tuple[float, int]:
    start = time.process_time()
    extraction = extract_article(article(text))
    return time.process_time() - start, len(extraction.claims)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--sizes", default="250,500,1000,2000")
    parser.add_argument("--profile", metavar="SHAPE")
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--limit", type=float, default=120.0,
                        help="skip larger sizes of a shape once one takes this long (s)")
    args = parser.parse_args(argv)
    if args.profile:
        text = SHAPES[args.profile](args.size, random.Random(args.seed))
        profiler = cProfile.Profile()
        profiler.enable()
        extract_article(article(text))
        profiler.disable()
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.sort_stats("cumulative").print_stats(30)
        stats.sort_stats("tottime").print_stats(15)
        return
    for name in args.shapes.split(","):
        previous = None
        for size in map(int, args.sizes.split(",")):
            text = SHAPES[name](size, random.Random(args.seed))
            seconds, claims = timed(text)
            growth = ""
            if previous and previous[1] > 0.05:
                growth = f"  growth ×{math.log(seconds / previous[1]) / math.log(size / previous[0]):.2f}"
            print(f"{name:13} n={size:6} {len(text.encode()) / 1024:8.1f} KB {claims:6} claims "
                  f"{seconds:8.2f} s{growth}", flush=True)
            previous = (size, seconds)
            if seconds > args.limit:
                break


if __name__ == "__main__":
    main()
