"""The benchmark corpus generator (benchmarks/generate.py): deterministic, realistic in
shape, and written in forms factcheck really reads. No timing here: run.py measures."""

import datetime as dt
import random
import re
from pathlib import Path

import pytest

from factcheck.extract.numbers import parse_number_words
from factcheck.extract.article import extract
from factcheck.model import Article, DateValue, Quantity
from factcheck.run.engine import scan
from support import benchmark_generator



gen = benchmark_generator()
N = 40


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bench") / "corpus"
    gen.generate_corpus(folder, N, seed=7)
    return folder


@pytest.fixture(scope="module")
def report(corpus):
    return scan([corpus], [], [])


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.txt"))}


def extracted(text: str, published: str | None = None):
    body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
    return extract(Article(id="a", path="a.txt", text=body, title="", published=published))


# --- determinism and shape ------------------------------------------------------------

def test_same_seed_gives_the_same_bytes(corpus, tmp_path):
    gen.generate_corpus(tmp_path / "again", N, seed=7)
    assert files(tmp_path / "again") == files(corpus)


def test_another_seed_gives_another_corpus(corpus, tmp_path):
    gen.generate_corpus(tmp_path / "other", N, seed=8)
    assert files(tmp_path / "other") != files(corpus)


def test_every_article_weighs_3_to_6_kb(corpus):
    sizes = [len(data) for data in files(corpus).values()]
    assert len(sizes) == N
    assert all(3 * 1024 <= size <= 6 * 1024 for size in sizes), sorted(sizes)


def test_articles_go_into_folders_of_a_thousand(tmp_path):
    assert gen.article_path(tmp_path, 0) == tmp_path / "0000" / "000000.txt"
    assert gen.article_path(tmp_path, 1500) == tmp_path / "0001" / "001500.txt"


def test_most_articles_but_not_all_have_front_matter(corpus):
    starts = [data.startswith(b"---\noutlet: ") for data in files(corpus).values()]
    assert N // 2 < sum(starts) < N


# --- read by factcheck ----------------------------------------------------------------

def test_factcheck_reads_every_article_without_input_errors(report):
    assert report.input_errors == ()
    assert len(report.articles) == N
    assert len({a.outlet for a in report.articles if a.outlet}) >= 5


def test_month_systems_and_digit_sets_are_extracted(report):
    dates = [c for c in report.claims if c.kind == "date"]
    texts = " ".join(c.text for c in dates)
    assert re.search("كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|أيلول|تشرين", texts)
    assert re.search("يناير|فبراير|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر", texts)
    assert re.search("جانفي|فيفري|أفريل|جوان|جويلية|أوت|غشت", texts)
    assert any(c.note and c.note.startswith("Hijri") for c in dates)
    assert any(c.value.weekday is not None for c in dates)
    assert any(c.value.relative and c.note in ("yesterday", "the day before yesterday")
               for c in dates)
    every_claim = " ".join(c.text for c in report.claims)
    assert re.search("[٠-٩]", every_claim) and re.search("[۰-۹]", every_claim)


def test_hijri_dates_read_back_as_their_story_dates(report):
    stories = gen.plan_stories(N, random.Random(7))
    event_days = {s.date for s in stories} | {d for s in stories for d in s.date_dissent.values()}
    hijri = [c for c in report.claims if c.note and c.note.startswith("Hijri")]
    assert hijri and all(c.value.as_date() in event_days for c in hijri)


def test_quantity_forms_are_extracted(report):
    quantities = [c for c in report.claims if c.kind == "quantity"]
    # number words («ألفين وخمسمئة»), not only vague plurals («عشرات»); \d is every digit set
    assert any(not re.search(r"\d", c.text) and not c.value.approximate for c in quantities)
    assert any(c.value.approximate for c in quantities)
    assert any(c.unit == "%" for c in quantities)
    assert any(c.unit in ("دولار", "دينار", "ريال", "جنيه", "درهم", "يورو") for c in quantities)


# --- the grammar the generator writes --------------------------------------------------

@pytest.mark.parametrize("n, words", [
    (5, "خمسة"),
    (47, "سبعة وأربعين"),
    (300, "ثلاثمئة"),
    (2500, "ألفين وخمسمئة"),
    (3000, "ثلاثة آلاف"),
    (12_000, "اثني عشر ألفا"),
    (35_250, "خمسة وثلاثين ألفا ومئتين وخمسين"),
])
def test_number_words(n, words):
    assert gen.number_words(n) == words


def test_number_words_read_back_as_their_value():
    assert all(parse_number_words(gen.number_words(n)) == n for n in range(1, 100_000, 37))


@pytest.mark.parametrize("digit_set, text", [
    ("western", "2,500"), ("arabic", "٢٬٥٠٠"), ("persian", "۲٬۵۰۰"),
])
def test_digits_in_every_set(digit_set, text):
    assert gen.digits(2500, digit_set, grouped=True) == text


@pytest.mark.parametrize("day", [dt.date(2015, 1, 1), dt.date(2020, 10, 31),
                                 dt.date(2023, 3, 23), dt.date(2025, 12, 31)])
def test_hijri_conversion_agrees_with_the_reader(day):
    year, month, d = gen.to_hijri(day)
    text = f"وقع الحادث في {d} {gen.HIJRI[month - 1]} {year} هـ."
    (claim,) = extracted(text).claims
    assert claim.value.as_date() == day


# --- injected disagreements ------------------------------------------------------------

def story(**changes):
    kind = next(k for k in gen.KINDS if k.name == "deployment")
    base = {"kind": kind, "place": "حمص", "date": dt.date(2022, 5, 11), "deadline": None,
            "figures": {"troops": 2500.0, "bases": 4.0, "aircraft": 12.0},
            "currency": "دولار", "outlets": (3,), "size": 30}
    return gen.Story(**{**base, **changes})


def test_an_outlet_with_a_dissenting_figure_states_it():
    true = {"جندي": 2500, "قاعده": 4, "طائره": 12}  # counted nouns in normal form
    wrong = {"جندي": 4200, "قاعده": 9, "طائره": 30}
    dissent = story(figure_dissent={3: {"troops": 4200.0, "bases": 9.0, "aircraft": 30.0}})
    text = gen.write_article(dissent, 0, random.Random(1))
    claims = [c for c in extracted(text, "2022-05-12").claims if c.unit in true]
    assert claims
    assert all(c.value.overlaps(Quantity.exact(wrong[c.unit])) for c in claims)
    assert any(not c.value.overlaps(Quantity.exact(true[c.unit])) for c in claims)


def test_the_chosen_article_names_a_wrong_weekday():
    text = gen.write_article(story(wrong_weekday_article=0), 0, random.Random(2))
    dated = [c.value for c in extracted(text).claims
             if isinstance(c.value, DateValue) and c.value.weekday is not None
             and c.value.as_date() == dt.date(2022, 5, 11)]
    assert dated and all(v.weekday != v.as_date().weekday() for v in dated)


def test_disagreements_stay_a_minority_of_stories():
    stories = gen.plan_stories(20_000, random.Random(7))
    dissent = [s for s in stories if s.figure_dissent or s.date_dissent
               or s.wrong_weekday_article is not None]
    assert 0 < len(dissent) < len(stories) / 3
    assert sum(s.size for s in stories) >= 20_000
