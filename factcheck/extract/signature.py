"""What an article is about, kept for telling stories apart once its text is gone.

A scan keeps claims with their sentences, not the articles' text (Extraction.without_text),
yet telling an archive's stories apart (analyse/stories.py) needs the whole article. So
the extractor leaves a `Signature`, about 400 bytes per article:

- `words`: a sketch of the article's content words (their keys: clitics and article
  removed, so «والزلزال» is «زلزال»; a country is "@" + its name, so «السورية» and «سوريا»
  are one word): every word the article says more than once, the most frequent first, and
  of the words it says once (most of them) those with the smallest hashes, up to
  MAX_WORDS in all. Choosing by hash, as a MinHash sketch does, makes two articles draw
  alike: a word both say once is kept by both or by neither, where a choice by position
  would keep every lede's words and make them look rare. Each word is kept as its
  word_hash, packed (4 bytes, base64).
- `counts`: how often each of those words occurs, one character each (at most MAX_COUNT).
- `places`: the keys of the words the title (the first line) names as places: after a
  place preposition («في فاس», «شمال سوريا»; an administrative noun in between is skipped:
  «في إقليم الحوز» → «حوز»), and before a colon that opens it («حلب: …»). Cities are in no lexicon; the
  title and the figures' places (Claim.place) are how a story's city is known.

Cost: the article's tokens are already read (context.ArticleWords, for its figures'
places), so the sketch is one count over them; each distinct word is keyed once per process.
"""

from __future__ import annotations

import base64
import re
import struct
import zlib
from collections import Counter
from itertools import chain
from dataclasses import dataclass

from factcheck.extract.context import ArticleWords, analysed_word, tokens
from factcheck.extract.normalize import normalize_word
from factcheck.extract.words import word_key
from factcheck.lexicon.numbers import ONES, TENS
from factcheck.lexicon.places import ADMIN_NOUNS, NOT_PLACES, PLACE_PREPOSITIONS
from factcheck.lexicon.stopwords import STOPWORDS

MAX_WORDS = 64  # words kept per article
MAX_COUNT = 255  # counts above this are kept as this
MIN_KEY = 3  # shorter keys say nothing about a story («ان», «عن»)

__all__ = ["MAX_WORDS", "Signature", "signature", "word_hash"]


@dataclass(frozen=True, slots=True)
class Signature:
    words: str = ""  # base64 of the words' hashes, 4 bytes each, little-endian
    counts: str = ""  # each word's count as one character (chr(n), n ≤ MAX_COUNT)
    places: str = ""  # space-separated keys of the words the title names as places

    def hashes(self) -> tuple[int, ...]:
        """The words' hashes (word_hash), the most frequent first."""
        raw = base64.b64decode(self.words) if self.words else b""
        return struct.unpack(f"<{len(raw) // 4}I", raw)

    def word_counts(self) -> list[tuple[int, int]]:
        """(word hash, count) pairs, the most frequent first."""
        return list(zip(self.hashes(), map(ord, self.counts)))

    def place_words(self) -> list[str]:
        return self.places.split(" ") if self.places else []


def word_hash(feature: str) -> int:
    """The hash a word (its key, or "@" + a country with "_" for spaces) has in signatures:
    crc32, the same in every process (unlike hash()), made odd so that 0 means no word."""
    return zlib.crc32(feature.encode("utf-8")) | 1


def signature(words: ArticleWords) -> Signature:
    """The signature of the article whose normal form `words` reads."""
    text = words.text
    # Whitespace-separated chunks, each looked up with the hashes of its tokens (an
    # article's chunks are mostly words seen before), counted: split, lookups and count
    # all run in C.
    tf = Counter(chain.from_iterable(map(_CHUNKS.__getitem__, text.split())))
    # Hashes are uniform: about twice as many words said once as there is room for fall
    # under `bound`, and only those are sorted.
    room = MAX_WORDS - sum(1 for n in tf.values() if n > 1)
    bound = _bound(room, len(tf))
    repeated: list[tuple[int, int]] = []
    once: list[int] = []
    for digest, n in tf.items():
        if n > 1:
            repeated.append((-min(n, MAX_COUNT), digest))
        elif digest < bound:
            once.append(digest)
    if 0 < room and len(once) < room and bound < _ALL:
        once = [digest for digest, n in tf.items() if n == 1]  # an unlucky draw: take all
    repeated.sort()
    once.sort()
    kept = repeated[:MAX_WORDS] + [(-1, digest) for digest in once[:max(room, 0)]]
    return Signature(
        words=base64.b64encode(struct.pack(f"<{len(kept)}I", *[d for _, d in kept])).decode("ascii"),
        counts=bytes([-n for n, _ in kept]).decode("latin-1"),
        places=" ".join(_title_places(text)))


_ALL = 1 << 32


def _bound(room: int, distinct: int) -> int:
    """A hash bound that about twice `room` of the words said once fall under."""
    if room <= 0:
        return 0
    share = 2 * room / max(1, distinct - MAX_WORDS + room)
    return _ALL if share >= 1 else int(share * _ALL)


_STOP = frozenset(normalize_word(w) for w in STOPWORDS)
_ADMIN = frozenset(normalize_word(w) for w in ADMIN_NOUNS)
_ADMIN_WORDS = _ADMIN | frozenset("ال" + w for w in _ADMIN)
_NOT_PLACES = frozenset(word_key(w) for w in NOT_PLACES) | frozenset(map(word_key, _ADMIN)) | _STOP
_PUNCTUATION = "،,.:؛;!؟?\"'()«»[]{}-–—_/\\*#"
_CACHE_MAX = 1 << 16  # tokens kept with their hashes


class _Features(dict):
    """A token (normal form) → its word_hash, 0 for a word that says nothing about a story
    (too short, a function word, a number)."""

    def __missing__(self, word: str) -> int:
        if len(self) >= _CACHE_MAX:
            self.clear()
        token = analysed_word(word)
        places = token.places
        if len(places) == 1:
            (country,) = places
            feature = "@" + country.replace(" ", "_")
        else:
            key = token.key
            feature = key if len(key) >= MIN_KEY and key[0].isalpha() and key not in _STOP else ""
        digest = self[word] = word_hash(feature) if feature else 0
        return digest


class _Chunks(dict):
    """A whitespace-separated chunk («والزلزال،», «2023») → the hashes of its tokens that
    say something about a story (_Features), in order."""

    def __missing__(self, chunk: str) -> tuple[int, ...]:
        if len(self) >= _CACHE_MAX:
            self.clear()
        found = self[chunk] = tuple(d for d in map(_FEATURES.__getitem__, tokens(chunk)) if d)
        return found


class _PlaceKeys(dict):
    """A word after «في», as written → its key, "" when it cannot name a place."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _CACHE_MAX:
            self.clear()
        key = word_key(word.strip(_PUNCTUATION))
        found = self[word] = (key if len(key) >= MIN_KEY and key[0].isalpha()
                              and key not in _NOT_PLACES and key not in _NUMBER_WORDS else "")
        return found


# «في أربعة أيام»: a number word after «في» is no place
_NUMBER_WORDS = frozenset(word_key(normalize_word(w)) for words in (*ONES.values(), *TENS.values())
                          for w in words)
_FEATURES = _Features()
_CHUNKS = _Chunks()
_PLACE_KEYS = _PlaceKeys()
# A literal start lets the regex engine jump to each occurrence.
# «في», «وفي», «داخل», «شمال» …: the words that introduce a place (lexicon/places.py).
_AFTER = tuple((marker, re.compile(re.escape(marker) + r"(\S+)(?: (\S+))?"))
               for marker in sorted({f" {normalize_word(w)} " for w in PLACE_PREPOSITIONS}))
# «حلب: …» names a place; «وزير الثقافة: …», «مصدر أمني: …» name who speaks: one word only.
_TITLE_HEAD = re.compile(r"\s*([\u0621-\u063a\u0641-\u064a]+)\s*:")


def _title_places(text: str) -> list[str]:
    """Place words of the title: the first line of the article's normal form."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    head = " " + text[start:end if end >= 0 else len(text)]
    keys = _PLACE_KEYS
    found = set()
    for marker, pattern in _AFTER:
        if marker in head:
            for first, second in pattern.findall(head):
                found.add(keys[second] if second and first in _ADMIN_WORDS else keys[first])
    if ":" in head:
        opening = _TITLE_HEAD.match(head)
        if opening:
            found.update(map(keys.__getitem__, opening.group(1).split()))
    found.discard("")
    return sorted(found)
