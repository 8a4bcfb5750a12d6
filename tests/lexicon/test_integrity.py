"""The lexicon's data is sane, as dateparser's data integrity test holds its language data:
no empty or padded entries, no entry twice once normalised (normalisation already merges
spelling variants: أن/إن/ان, إلى/الى, ة/ه), no word filed under two meanings, and every
cross-reference between modules (a measure's counted nouns, a cue's condition) resolves.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections import Counter

import pytest

import factcheck.lexicon
from factcheck.extract.normalize import normalize_word
from factcheck.lexicon import (attribution, measures, months, numbers, places, qualifiers,
                               time_words, units, weekdays)

MODULES = sorted(m.name for m in pkgutil.iter_modules(factcheck.lexicon.__path__))


def _tables():
    """(module.NAME, value) of every public table of every lexicon module."""
    for name in MODULES:
        module = importlib.import_module(f"factcheck.lexicon.{name}")
        for attr, value in vars(module).items():
            if not attr.startswith("_") and attr.isupper() and not isinstance(value, (int, float)):
                yield f"{name}.{attr}", value


TABLES = dict(_tables())


def _norm(word: str) -> str:
    return " ".join(normalize_word(word).split())


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, measures.Measure):
        yield from _strings(value.units)
        yield from _strings(value.cues)


def _duplicates(words) -> list[str]:
    counts = Counter(_norm(w) for w in words)
    return sorted(w for w, n in counts.items() if n > 1)


def _word_lists():
    """(where, words) of every list of words that must not repeat one once normalised:
    flat tuples, dict keys, and each entry's words."""
    for where, value in TABLES.items():
        if isinstance(value, (tuple, frozenset)) and all(isinstance(v, str) for v in value):
            yield where, value
        elif isinstance(value, dict):
            if all(isinstance(k, str) for k in value):
                yield f"{where} keys", tuple(value)
            for key, entry in value.items():
                if isinstance(entry, tuple) and entry and all(isinstance(v, str) for v in entry):
                    yield f"{where}[{key}]", entry
                elif isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[1], tuple):
                    yield f"{where}[{key}]", entry[1]  # units: (category, forms)
                elif isinstance(entry, measures.Measure):
                    yield f"{where}[{key}].units", entry.units
                    yield f"{where}[{key}].cues", entry.cues


# The letters normalisation merges: the one table that must not be judged by it.
NOT_NORMALISED = {"letters.LETTER_VARIANTS keys"}
WORD_LISTS = {where: words for where, words in _word_lists() if where not in NOT_NORMALISED}


def test_every_module_has_tables():
    assert {where.split(".")[0] for where in TABLES} == set(MODULES) - {"__init__"}


@pytest.mark.parametrize("where", sorted(TABLES))
def test_no_empty_or_padded_strings(where):
    bad = [s for s in _strings(TABLES[where]) if not s or s != s.strip() or "  " in s]
    assert not bad, bad


@pytest.mark.parametrize("where", sorted(WORD_LISTS))
def test_no_entry_twice_once_normalised(where):
    assert not _duplicates(WORD_LISTS[where]), _duplicates(WORD_LISTS[where])


# A word filed under two labels of one table would make its meaning depend on which label
# is read first.
@pytest.mark.parametrize("table", [
    "events.EVENT_WORDS", "places.PLACES", "months.LEVANTINE", "months.GULF", "months.MAGHREBI",
    "months.HIJRI", "months.ENGLISH", "numbers.ONES", "numbers.TENS", "numbers.TEEN_HEADS",
    "numbers.HUNDRED_STEMS", "numbers.ORDINAL_TENS"])
def test_no_word_under_two_labels(table):
    owner: dict[str, object] = {}
    clashes = []
    for label, words in TABLES[table].items():
        for word in words:
            key = _norm(word)
            if owner.setdefault(key, label) != label:
                clashes.append((word, owner[key], label))
    assert not clashes, clashes


def test_a_counted_noun_form_belongs_to_one_lemma_and_each_lemma_is_one_of_its_forms():
    owner: dict[str, str] = {}
    for lemma, (_, forms) in units.COUNTED_NOUNS.items():
        assert _norm(lemma) in {_norm(f) for f in forms}, lemma
        for form in forms:
            assert owner.setdefault(_norm(form), lemma) == lemma, (form, owner[_norm(form)], lemma)


def test_measures_name_counted_nouns_each_under_one_measure():
    seen: dict[str, str] = {}
    for name, measure in measures.MEASURES.items():
        for lemma in measure.units:
            assert lemma in units.COUNTED_NOUNS, f"{name}: {lemma} is not a lemma of units.py"
            assert seen.setdefault(lemma, name) == name, (lemma, seen[lemma], name)
        assert measure.kind in ("tally", "property", "level", "change"), name
        low, high = measure.plausible
        assert low < high, name


def test_measure_and_unit_categories_resolve():
    categories = {category for category, _ in units.COUNTED_NOUNS.values()}
    assert set(measures.PERSON_NOUNS) <= set(units.COUNTED_NOUNS)
    assert set(measures.PROPERTY_UNIT_CATEGORIES) <= categories
    assert set(units.CONTINUOUS_CATEGORIES) <= categories
    assert set(units.PEOPLE_CATEGORIES) <= categories


def test_cue_conditions_name_cues():
    assert set(attribution.ATTRIBUTION_CUE_ONLY_AFTER) <= set(attribution.ATTRIBUTION_CUES)


def test_calendars_are_complete():
    for table in (months.LEVANTINE, months.GULF, months.HIJRI, months.ENGLISH):
        assert sorted(table) == list(range(1, 13))
    assert set(months.MAGHREBI) <= set(range(1, 13))
    assert len(months.ENGLISH_MONTHS) == 12
    assert sorted(set(weekdays.WEEKDAYS.values())) == list(range(7))
    every_month_name = {_norm(n) for table in (months.LEVANTINE, months.GULF, months.MAGHREBI,
                                                months.HIJRI, months.ENGLISH)
                        for names in table.values() for n in names}
    assert {_norm(m) for m in months.AMBIGUOUS_MONTHS} <= every_month_name
    assert {_norm(m) for m in months.GLUED_ERA} <= {_norm(m) for m in months.GREGORIAN_ERA}


def test_numbers_and_qualifiers_have_their_values():
    assert sorted(numbers.ONES) == list(range(1, 10))
    assert sorted(numbers.TENS) == list(range(20, 100, 10))
    assert sorted(numbers.ORDINAL_UNITS) == list(range(1, 11))
    assert set(numbers.DUAL_CONSTRUCT) <= set(numbers.SCALES)
    assert set(numbers.HUNDRED_IN_COMPOUNDS) <= set(numbers.HUNDRED)
    kinds = {"approx", "gt", "ge", "lt", "le"}
    assert set(qualifiers.QUALIFIERS_BEFORE.values()) <= kinds
    assert set(qualifiers.QUALIFIERS_AFTER.values()) <= kinds
    assert set(qualifiers.COMPARING_VERBS.values()) <= kinds
    assert set(qualifiers.COMPARING_VERBS_WITH_PREPOSITION.values()) <= kinds
    assert all(0 < n < d for n, d in numbers.FRACTIONS.values())
    assert all(d > 1 for d in numbers.FRACTION_PLURALS.values())
    assert set(numbers.FRACTIONS_SPELLED_AS_CARDINALS) <= {w for forms in (
        *numbers.ONES.values(), numbers.TEN) for w in forms}
    assert {unit for unit, _ in time_words.SHIFT_UNITS.values()} == {"day", "week", "month", "year"}
    assert set(time_words.SHIFT_DIRECTIONS.values()) <= {-1, 1}
    assert set(time_words.RELATIVE.values()) <= {-1, 0, 1}


def test_every_place_names_itself():
    """A place's key is how the report names it; it must be one of its own forms (عمان is
    the exception: the bare name is also Amman, the capital of Jordan)."""
    for place, forms in places.PLACES.items():
        assert place in forms or place == "عمان", place
