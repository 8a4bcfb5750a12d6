"""Do two sentences talk about the same thing? Shared content words, as an editor would judge.

Used where no rule decides: to keep apart dates of different events that share an event
word ("agreed in July" vs "agreed on the 4th of last month" on another agreement), and to
tie an explicit date to a relative one in the same article.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Sequence

from factcheck.extract.normalize import normalize, normalize_word
from factcheck.extract.words import word_key, words_of
from factcheck.lexicon import time_words
from factcheck.lexicon.events import EVENT_WORDS
from factcheck.extract.dates import ARABIC_MONTH_WORDS
from factcheck.lexicon.stopwords import STOPWORDS
from factcheck.lexicon.weekdays import WEEKDAYS

# Compared with word keys, which are in normal form.
_STOPWORDS = frozenset(normalize_word(w) for w in STOPWORDS)


@lru_cache(maxsize=8192)
def content_keys(sentence: str) -> frozenset[str]:
    """Word keys of a sentence without function words, digits or very short words."""
    keys = {word_key(w) for w in words_of(normalize(sentence).text, normalized=True)}
    return frozenset(k for k in keys if len(k) >= 3 and k not in _STOPWORDS and not k.isdigit())


# Words that say when a fact happened or what kind of event it is, never which one: months,
# weekdays, «أمس», «المقبل», «صباح» …, and the event words (lexicon/events.py) that gave two
# dates their common label in the first place.
_WHEN_OR_KIND = frozenset(word_key(normalize_word(part)) for phrase in (
    *ARABIC_MONTH_WORDS,
    *WEEKDAYS, *time_words.TODAY_WORDS, *time_words.RELATIVE, *time_words.TIME_NOUNS,
    *time_words.WEEK_WORDS, *time_words.YEAR_CUES, *time_words.EQUIVALENCE_WORDS,
    *time_words.FIRST_DAY_WORDS, *(w for words in EVENT_WORDS.values() for w in words))
    for part in phrase.split())


@lru_cache(maxsize=8192)
def fact_keys(sentence: str) -> frozenset[str]:
    """content_keys without the words of when and of what kind (_WHEN_OR_KIND): what is
    left names the fact itself («حملة التطعيم», «أسعار الأسمنت»)."""
    return content_keys(sentence) - _WHEN_OR_KIND


def overlap(a: str, b: str) -> tuple[int, float]:
    """(shared content words, Jaccard index) of two sentences."""
    ka, kb = content_keys(a), content_keys(b)
    if not ka or not kb:
        return 0, 0.0
    shared = len(ka & kb)
    return shared, shared / len(ka | kb)


# Two sentences are about the same thing when they share this many content words, and
# this share of all the content words of both.
MIN_SHARED = 4
MIN_JACCARD = 0.2
# linked_word_sets compares a sentence with at most this many earlier ones per shared word.
RECENT_PER_WORD = 16


def same_subject(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two sentences' content words (content_keys) say they tell the same story?"""
    shared = len(a & b)
    return shared >= MIN_SHARED and shared >= MIN_JACCARD * len(a | b)


class DisjointSets:
    """Items 0..n-1 in groups that only ever merge (union-find with path halving)."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def root(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        """Put j's group into i's."""
        self.parent[self.root(j)] = self.root(i)


def linked_word_sets(word_sets: Sequence[frozenset[str]]) -> list[list[frozenset[str]]]:
    """Connected components of distinct word sets, two sets linked when they share at least
    MIN_SHARED words and MIN_JACCARD of their union (same_subject).

    Comparing every pair costs n²; prefix filtering finds the same links. Words are ranked
    rarest first; a set sharing t words with another must share one of its own first
    len − t + 1 words with that set's first words, so only sets meeting in those prefixes
    are compared. A set that needs more words than it has links to nothing.

    In a large archive a word can sit in thousands of sentences; each word then offers only
    the last RECENT_PER_WORD sets that used it, which keeps the cost linear. While no word is
    used by more sets than that (a corpus about one story) the components are exact.
    """
    frequency = Counter(word for words in word_sets for word in words)
    groups = DisjointSets(len(word_sets))
    root = groups.root
    index: dict[str, list[int]] = defaultdict(list)
    for i, words in enumerate(word_sets):
        needed = max(MIN_SHARED, math.ceil(MIN_JACCARD * len(words) - 1e-9))
        if len(words) < needed:
            continue
        prefix = sorted(words, key=lambda w: (frequency[w], w))[:len(words) - needed + 1]
        candidates = {j for word in prefix for j in index[word][-RECENT_PER_WORD:]}
        mine = root(i)
        for j in sorted(candidates):
            theirs = root(j)
            if theirs == mine:
                continue
            if same_subject(words, word_sets[j]):
                groups.join(i, j)
        for word in prefix:
            postings = index[word]
            postings.append(i)
            if len(postings) > 2 * RECENT_PER_WORD:
                del postings[:-RECENT_PER_WORD]
    components: dict[int, list[frozenset[str]]] = defaultdict(list)
    for i, words in enumerate(word_sets):
        components[root(i)].append(words)
    return list(components.values())
