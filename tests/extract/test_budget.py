"""The per-article budget (issue 15.2): an article whose extraction would explode is an
input error naming the file, before any work; ordinary news is never refused."""

import random
from pathlib import Path

import pytest

from factcheck.extract import extract_source
from factcheck.extract.clauses import MAX_SENTENCE
from factcheck.extract.budget import MAX_FIGURES, MAX_SENTENCE_LOAD, SMALL_ARTICLE, over_budget
from factcheck.model import InputError
from factcheck.read.sources import article_ids, find_sources

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT.parent / "shared" / "devset"
NOUNS = ["شخصا", "جنديا", "قتيلا", "منزلا", "مصابا"]
PLACES = ["في العراق", "في سوريا", "في المغرب", "في مصر"]


def many_figures(n: int) -> str:
    rng = random.Random(n)
    return "\n".join(f"وقال المسؤول إن {rng.randint(2, 99999)} {rng.choice(NOUNS)} "
                     f"{rng.choice(PLACES)}." for _ in range(n)) + "\n"


def one_sentence(n: int) -> str:
    rng = random.Random(n)
    return "وبلغت الأعداد " + "، ".join(f"{rng.randint(2, 9999)} {rng.choice(NOUNS)}"
                                        for _ in range(n)) + "\n"


def hard_wrapped(n: int) -> str:
    """n short lines, a figure on every third, no punctuation at all: one sentence as long
    as the article (117 KB of UTF-8 at n = 1,780)."""
    rng = random.Random(n)
    return "\n".join(f"قال المتحدث إن {rng.randint(2, 999)} {rng.choice(NOUNS)} "
                     f"{rng.choice(PLACES)}" if i % 3 == 0
                     else "وأضاف أن الوضع في المدينة لا يزال صعبا" for i in range(n)) + "\n"


def weekday_run(n: int) -> str:
    rng = random.Random(n)
    days = ["السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"]
    months = ["كانون الثاني", "شباط", "يناير", "فبراير", "جانفي", "رمضان"]
    return "وفي الأيام " + " ".join(f"{rng.choice(days)} {rng.randint(1, 28)} "
                                    f"{rng.choice(months)} {rng.randint(1990, 2030)}"
                                    for _ in range(n)) + "\n"


def number_words(n: int) -> str:
    words = ["ثلاثة", "عشرة", "مئة", "خمسة", "عشرين", "ألف", "مليون"]
    return "وقتل " + " و".join(words[i % len(words)] for i in range(n)) + " شخصا\n"


def extracted(tmp_path: Path, texts: dict[str, str]) -> dict[str, object]:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    sources = find_sources([tmp_path])
    ids = article_ids(sources)
    return {Path(s.display).name: extract_source(s, ids[s.display]) for s in sources}


@pytest.mark.parametrize("text, reason", [
    (many_figures(20_000), "too large to analyse: 20,000 figures (an article may have at most 2,000)"),
    (one_sentence(5_000), "too large to analyse: 5,000 figures (an article may have at most 2,000)"),
], ids=["20k-figures", "5k-in-one-sentence"])
def test_articles_past_the_budget_are_input_errors_naming_the_file(tmp_path, text, reason):
    result = extracted(tmp_path, {"huge.txt": text, "fine.txt": "وقتل 12 شخصا في العراق.\n"})
    huge = result["huge.txt"]
    assert isinstance(huge, InputError)
    assert huge.path.endswith("huge.txt")
    assert huge.message.startswith(reason)
    assert "\n" not in huge.message
    assert not isinstance(result["fine.txt"], InputError)
    assert [c.value.min for c in result["fine.txt"].claims] == [12]


@pytest.mark.parametrize("text", [hard_wrapped(1_780), weekday_run(1_000), number_words(4_000)],
                         ids=["117KB-hard-wrapped", "weekday-run", "number-words"])
def test_text_without_sentence_punctuation_is_analysed_in_bounded_sentences(tmp_path, text):
    """Sentences are cut at MAX_SENTENCE characters (clauses.py), so a page with no full
    stop quotes bounded sentences and is analysed, not refused."""
    result = extracted(tmp_path, {"page.txt": text})["page.txt"]
    assert not isinstance(result, InputError)
    assert result.claims
    assert max(len(c.sentence) for c in result.claims) <= MAX_SENTENCE


def test_the_hard_wrapped_example_is_117_kb():
    assert 115_000 < len(hard_wrapped(1_780).encode("utf-8")) < 120_000


def test_short_texts_are_never_counted_and_cannot_reach_the_limits():
    """At most SMALL_ARTICLE characters: at most half as many figures, each quoting at most
    the whole text."""
    assert (SMALL_ARTICLE + 1) // 2 <= MAX_FIGURES
    assert (SMALL_ARTICLE + 1) // 2 * SMALL_ARTICLE <= MAX_SENTENCE_LOAD
    assert over_budget("1 " * (SMALL_ARTICLE // 2)) is None


def test_the_bundled_corpus_is_within_the_budget_even_four_times_over():
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert over_budget(text) is None, path
        assert over_budget((text + "\n") * 4) is None, path


@pytest.mark.skipif(not DEVSET.is_dir(), reason="shared/devset is not here")
def test_no_devset_article_is_refused():
    for path in sorted(DEVSET.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8")
        assert over_budget(text) is None, path
        assert over_budget((text + "\n") * 10) is None, path


def test_an_article_just_within_the_limits_is_extracted(tmp_path):
    text = many_figures(MAX_FIGURES // 2 - 50)  # one figure and no date per sentence
    assert over_budget(text) is None
    result = extracted(tmp_path, {"long.txt": text})["long.txt"]
    assert not isinstance(result, InputError)
    assert len(result.claims) == MAX_FIGURES // 2 - 50
