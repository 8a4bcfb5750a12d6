"""Do two sentences talk about the same thing? Shared content words, as an editor would judge.

Used where no rule decides: to keep apart dates of different events that share an event
word ("agreed in July" vs "agreed on the 4th of last month" on another agreement), and to
tie an explicit date to a relative one in the same article.
"""

from __future__ import annotations

from functools import lru_cache

from .arabic.normalize import normalize
from .arabic.words import word_key, words_of
from .vocabulary import STOPWORDS


@lru_cache(maxsize=8192)
def content_keys(sentence: str) -> frozenset[str]:
    """Word keys of a sentence without function words, digits or very short words."""
    keys = {word_key(w) for w in words_of(normalize(sentence).text, normalized=True)}
    return frozenset(k for k in keys if len(k) >= 3 and k not in STOPWORDS and not k.isdigit())


def overlap(a: str, b: str) -> tuple[int, float]:
    """(shared content words, Jaccard index) of two sentences."""
    ka, kb = content_keys(a), content_keys(b)
    if not ka or not kb:
        return 0, 0.0
    shared = len(ka & kb)
    return shared, shared / len(ka | kb)


def same_subject(a: str, b: str, min_shared: int = 4, min_jaccard: float = 0.2) -> bool:
    shared, jaccard = overlap(a, b)
    return shared >= min_shared and jaccard >= min_jaccard
