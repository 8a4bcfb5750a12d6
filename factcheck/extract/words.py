"""Matching Arabic words and phrases the way an editor would.

Two words are the same when they differ only in what an editor would not count as a
difference: attached clitics and the article (وبالقوات / القوات), the tanween alif
(عسكريا / عسكري), ى written as ي (يحيى / يحي), or a spelling variant
(الأميركية / الأمريكية). Everything works on normalised text (see normalize.py).

`same_word` first compares exact keys (cheap set look-ups) and only then falls back to
rapidfuzz, so scanning a clause for a rule's phrases stays fast.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Sequence

from rapidfuzz import fuzz

from factcheck.extract.normalize import normalize, normalize_word, stem_candidates
from factcheck.lexicon.letters import NOT_TANWEEN_BEFORE

FUZZY_MIN_LEN = 4  # shorter words differ in one letter and mean something else (جند/جنود)
FUZZY_MIN_RATIO = 85.0
SWAP_MIN_LEN = 5  # أميركا/أمريكا: one adjacent swap, too short for the ratio to catch

# Arabic letters (without tatweel), Persian/Urdu extensions, Latin, digits with inner
# separators ("2,500", "2.5") so a number stays one word.
_WORD_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[a-z0-9]+|[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+")
_ARABIC_ONLY_RE = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+")

# A final alif after these is part of the word, not tanween (lexicon/letters.py).
_NOT_TANWEEN_BEFORE = frozenset(NOT_TANWEEN_BEFORE)
_MIN_KEY = 3  # never cut a word below three letters (جدا stays جدا)


def _tail(form: str) -> str:
    """Drop the tanween alif and collapse a doubled final ي."""
    if (
        len(form) - 1 >= _MIN_KEY
        and form.endswith("ا")
        and form[-2] not in _NOT_TANWEEN_BEFORE
        and _ARABIC_ONLY_RE.fullmatch(form[-2])
    ):
        form = form[:-1]
    # ى is normalised to ي, so يحيى becomes يحيي and must meet the spelling يحي.
    if len(form) - 1 >= _MIN_KEY and form.endswith("يي"):
        form = form[:-1]
    return form


@lru_cache(maxsize=1 << 16)
def _forms(word: str) -> tuple[str, frozenset[str]]:
    """(key, every acceptable form) of one word; cached because rules scan the same clauses."""
    norm = normalize_word(word).strip()
    candidates = [_tail(c) for c in stem_candidates(norm)] if norm else [""]
    key = min(candidates, key=len)
    return key, frozenset(candidates)


def word_key(word: str) -> str:
    """The normalised word without clitics/article, tanween alif or doubled final ي."""
    return _forms(word)[0]


def word_forms(word: str) -> frozenset[str]:
    """Every reading of the word with and without its possible clitics: «وبدأ» is «بدا»
    (and, over-stripped, «وبد»), so a look-up by forms finds what word_key alone misses."""
    return _forms(word)[1]


def _one_swap(a: str, b: str) -> bool:
    """True when b is a with exactly one pair of adjacent letters swapped."""
    if len(a) != len(b) or a == b:
        return False
    i = next(k for k in range(len(a)) if a[k] != b[k])
    return (
        i + 1 < len(a)
        and a[i] == b[i + 1]
        and a[i + 1] == b[i]
        and a[i + 2:] == b[i + 2:]
    )


@lru_cache(maxsize=1 << 16)
def _fuzzy_keys(a: str, b: str) -> bool:
    # Only Arabic letters: "25000" vs "2500" scores 89 but is a different figure.
    if len(a) < FUZZY_MIN_LEN or len(b) < FUZZY_MIN_LEN:
        return False
    if not (_ARABIC_ONLY_RE.fullmatch(a) and _ARABIC_ONLY_RE.fullmatch(b)):
        return False
    if fuzz.ratio(a, b, score_cutoff=FUZZY_MIN_RATIO):
        return True
    return len(a) >= SWAP_MIN_LEN and _one_swap(a, b)


def same_word(a: str, b: str) -> bool:
    """Equal keys (or a shared stripped form), else a close spelling of keys ≥ 4 letters."""
    key_a, forms_a = _forms(a)
    key_b, forms_b = _forms(b)
    # Shared form, not only the shortest key: "الولايات" (→ ولايات) and "ولايات"
    # (→ ايات, over-stripped as و + ل) are the same word.
    if key_a == key_b or not forms_a.isdisjoint(forms_b):
        return True
    return _fuzzy_keys(key_a, key_b)


def words_of(text: str, *, normalized: bool = False) -> tuple[str, ...]:
    """Arabic, Latin and digit words of `text`, normalised, punctuation dropped.

    Pass normalized=True when the text is already in normal form to skip that pass.
    """
    if not normalized:
        text = normalize(text).text
    return tuple(_WORD_RE.findall(text))


class _Index:
    """One word sequence, keyed once so every phrase of every rule can scan it cheaply."""

    __slots__ = ("keys", "forms", "by_form", "by_key")

    def __init__(self, words: tuple[str, ...]) -> None:
        pairs = [_forms(w) for w in words]
        self.keys = tuple(k for k, _ in pairs)
        self.forms = tuple(f for _, f in pairs)
        self.by_form: dict[str, list[int]] = {}
        self.by_key: dict[str, list[int]] = {}
        for i, (key, forms) in enumerate(pairs):
            self.by_key.setdefault(key, []).append(i)
            for form in forms:
                self.by_form.setdefault(form, []).append(i)


@lru_cache(maxsize=1024)
def _index(words: tuple[str, ...]) -> _Index:
    # A claim's context is scanned by every rule's phrases: key it once.
    return _Index(words)


def phrase_keys(phrases: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """Each lexicon phrase as the word keys it is matched by («إلى الأذهان» → («الي»,
    «اذهان»))."""
    return tuple(tuple(word_key(normalize_word(w)) for w in p.split()) for p in phrases)


def holds_phrase(keys: Sequence[str], phrases: Sequence[tuple[str, ...]], at: int | None = None
                 ) -> bool:
    """Does a run of `keys` spell one of `phrases` (phrase_keys), anywhere, or starting at
    index `at` when given?"""
    starts = range(len(keys)) if at is None else (at,)
    return any(tuple(keys[i:i + len(p)]) == p for p in phrases for i in starts)


class Phrase:
    """A (possibly multi-word) phrase from a rule, matched word by word with same_word.

    Built once: the phrase is normalised and its word keys precomputed.
    """

    __slots__ = ("text", "words", "_keys", "_forms")

    def __init__(self, text: str) -> None:
        words = words_of(text)
        if not words:
            raise ValueError(f"phrase {text!r} has no words")
        self.text = text
        self.words = words
        forms = [_forms(w) for w in words]
        self._keys = tuple(k for k, _ in forms)
        self._forms = tuple(f for _, f in forms)

    def _starts(self, idx: _Index, fuzzy: bool) -> list[int]:
        """Positions whose word matches the phrase's first word, exactly or only fuzzily."""
        if not fuzzy:
            found: set[int] = set()
            for form in self._forms[0]:
                found.update(idx.by_form.get(form, ()))
            return sorted(found)
        first = self._keys[0]
        found_fuzzy: list[int] = []
        for key, where in idx.by_key.items():
            if _fuzzy_keys(key, first):
                found_fuzzy.extend(where)
        return sorted(found_fuzzy)

    def _rest_matches(self, idx: _Index, i: int, exact_only: bool) -> bool:
        for j in range(1, len(self.words)):
            p = i + j
            if not idx.forms[p].isdisjoint(self._forms[j]):
                continue
            if exact_only or not _fuzzy_keys(idx.keys[p], self._keys[j]):
                return False
        return True

    def _scan(self, words: Sequence[str], exact_only: bool) -> Iterator[int]:
        if len(words) < len(self.words):
            return
        idx = _index(tuple(words))
        last = len(words) - len(self.words)
        starts = self._starts(idx, False)
        if not exact_only:
            starts = sorted(set(starts).union(self._starts(idx, True)))
        for i in starts:
            if i <= last and self._rest_matches(idx, i, exact_only):
                yield i

    def find(self, words: Sequence[str]) -> int | None:
        """Index of the first word where the phrase matches in `words`, else None."""
        # Fast path: exact keys only; rapidfuzz runs only when that finds nothing or
        # something earlier might match fuzzily.
        exact = next(self._scan(words, True), None)
        if exact == 0:
            return 0
        fuzzy = next(self._scan(words, False), None)
        return fuzzy if fuzzy is not None else exact

    def positions(self, words: Sequence[str]) -> list[int]:
        """Every index where the phrase matches, in order."""
        return list(self._scan(words, False))

    def in_(self, words: Sequence[str]) -> bool:
        if next(self._scan(words, True), None) is not None:
            return True
        return next(self._scan(words, False), None) is not None

    def __len__(self) -> int:
        return len(self.words)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Phrase) and self.words == other.words

    def __hash__(self) -> int:
        return hash(self.words)

    def __repr__(self) -> str:
        return f"Phrase({' '.join(self.words)!r})"
