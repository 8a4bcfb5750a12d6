"""Linking sentences that tell the same story, without comparing every pair."""

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.analyse.similarity import linked_word_sets, same_subject

WORDS = [f"w{i}" for i in range(14)]


def brute_force_components(word_sets):
    """Single linkage by comparing every pair: what the prefix filter must reproduce."""
    components = []
    for words in word_sets:
        joined = [c for c in components if any(same_subject(words, other) for other in c)]
        components = [c for c in components if c not in joined] + [[words] + [w for c in joined for w in c]]
    return sorted(sorted(sorted(ws) for ws in c) for c in components)


def as_sorted(components):
    return sorted(sorted(sorted(ws) for ws in c) for c in components)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.frozensets(st.sampled_from(WORDS), min_size=0, max_size=9), unique=True, max_size=25))
def test_prefix_filter_finds_the_same_components_as_comparing_every_pair(word_sets):
    assert as_sorted(linked_word_sets(word_sets)) == brute_force_components(word_sets)


def test_sentences_sharing_enough_words_chain_into_one_story():
    a = frozenset({"اتفاق", "وقف", "اطلاق", "النار", "غزه"})
    b = frozenset({"اتفاق", "وقف", "اطلاق", "النار", "القاهره"})
    c = frozenset({"زلزال", "بقوه", "درجات", "ضرب", "تركيا"})
    components = as_sorted(linked_word_sets([a, b, c]))
    assert components == as_sorted([[a, b], [c]])


def test_a_set_with_too_few_words_links_to_nothing():
    small = frozenset({"اتفاق", "وقف", "النار"})
    assert as_sorted(linked_word_sets([small, small | {"غزه"}])) == as_sorted([[small], [small | {"غزه"}]])
