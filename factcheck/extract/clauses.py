"""Sentences and clauses: where a figure's sentence and clause begin and end.

Sentence ends are . ! ? ؟ and line breaks (a point between digits is a decimal point; one
after a figure and before a space ends the sentence);
clause ends add commas (not next to a digit), semicolons and colons. In hard-wrapped text
a line break is only where the line was cut, and ends nothing.

Claims keep their sentence, not their clause's words: `clause_words` reads those again
from the sentence when a topic rule needs them, so a scan without rules never holds them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.normalize import normalize, normalize_word
from factcheck.extract.words import words_of
from factcheck.model import Claim

_CLAUSE_END_CHARS = ".,!?؟\n،؛;:"
_WRAPPED_CLAUSE_END_CHARS = ".,!?؟،؛;:"
_CLAUSE_ONLY = frozenset(",،؛;:")
_LINE_END_PUNCTUATION = tuple(".!?؟:»\"”)")


def clause_ends(text: str, wrapped: bool = False) -> list[int]:
    """Offsets just after each clause end of `text` (in normal form); no clause is longer
    than MAX_CLAUSE characters."""
    return bounded(_ends(text, _WRAPPED_CLAUSE_END_CHARS if wrapped else _CLAUSE_END_CHARS),
                   text, MAX_CLAUSE)


def sentence_ends(text: str, clause_ends: list[int]) -> list[int]:
    """The clause ends that also end a sentence: not a comma, semicolon or colon; a
    "sentence" longer than MAX_SENTENCE (a text without full stops) also ends at the clause
    end before that length, so the words read around every figure stay bounded."""
    ends: list[int] = []
    start = 0
    last_clause = 0
    for end in clause_ends:
        if text[end - 1] not in _CLAUSE_ONLY:
            ends.append(end)
            start = end
        elif end - start > MAX_SENTENCE and last_clause > start:
            ends.append(last_clause)
            start = last_clause
        last_clause = end
    return ends


# Longest stretch read as one clause or one sentence (characters). Far above real news
# sentences (a few hundred characters); reached only by text without punctuation (a list
# pasted line by line, a hard-wrapped page), where reading a whole page as one sentence for
# every figure in it would cost the square of its length.
MAX_CLAUSE = 1500
MAX_SENTENCE = 3000


def bounded(ends: list[int], text: str, limit: int) -> list[int]:
    """`ends` with extra ends at spaces so that no stretch between two is over `limit`."""
    out: list[int] = []
    start = 0
    for end in [*ends, len(text)]:
        while end - start > limit:
            cut = text.rfind(" ", start + limit // 2, start + limit)
            cut = cut + 1 if cut != -1 else start + limit
            out.append(cut)
            start = cut
        if end < len(text) or (ends and end == ends[-1]):
            out.append(end)
        start = end
    return sorted(set(e for e in out if 0 < e <= len(text)))


def _ends(text: str, end_chars: str) -> list[int]:
    """Offsets just after each clause end. Found one character at a time with str.find,
    a C scan several times faster than a regex class tried at every position."""
    ends = []
    last = len(text)
    for char in end_chars:
        beside_digits = char in ".,"
        at = text.find(char)
        while at != -1:
            after = text[at + 1] if at + 1 < last else " "
            if not (beside_digits and (after.isdecimal() or (
                    at >= 1 and text[at - 1].isdecimal()
                    and not (char == "." and after.isspace())))):
                # not 2.5, 2,500 nor 2,5; but a point after a figure, before a space, ends
                # its sentence: «… في 6 مارس 2024. وسيعقد …»
                ends.append(at + 1)
            at = text.find(char, at + 1)
    ends.sort()
    return ends


def hard_wrapped(text: str) -> bool:
    """Text cut into short lines at a fixed width, mid-sentence (copied from print or a
    narrow column): most lines are short and end without punctuation. There, a line break
    ends nothing, and a figure's sentence runs on over the break."""
    lines = [ln for ln in map(str.strip, text.split("\n")) if ln]
    if len(lines) < 5:
        return False
    open_ended = sum(1 for ln in lines if not ln.endswith(_LINE_END_PUNCTUATION))
    mean_length = sum(len(ln) for ln in lines) / len(lines)
    return open_ended >= 0.6 * len(lines) and mean_length < 80


def figure_start(claim: Claim) -> int:
    """Where the claim's quoted words start in its sentence."""
    return claim.sentence_offset or 0


def figure_end(claim: Claim) -> int:
    """Where the claim's quoted words end in its sentence."""
    return figure_start(claim) + len(claim.text)


_WORD_AFTER_FIGURE = re.compile(r"[^\S\n]*([^\W\d_]+)")


def word_after(claim: Claim) -> str | None:
    """The normalised word right after the claim's quoted words in its sentence: what a
    figure counts when no table lists its noun («31,2 مليون قنطار», «17 زائرا»)."""
    following = _WORD_AFTER_FIGURE.match(claim.sentence, figure_end(claim))
    return normalize_word(following.group(1)) if following else None


def clause_words(claim: Claim) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(normalised words of the claim's clause before it, nearest last; words of its whole
    clause), read from the claim's sentence as extraction read them from the article."""
    if claim.sentence_offset is None:
        return (), claim.words
    return _clause_words(claim.sentence, claim.sentence_offset, " ".join(claim.text.split()))


def clause_words_after(claim: Claim) -> tuple[str, ...]:
    """Normalised words of the claim's clause after it: «ارتفاعا بنحو 55% في إنتاج الزيت،»
    → («في», «انتاج», «الزيت»)."""
    if claim.sentence_offset is None:
        return ()
    norm, _, end, _, hi = _clause_span(claim.sentence, claim.sentence_offset,
                                       " ".join(claim.text.split()))
    return words_of(norm[end:hi], normalized=True)


@lru_cache(maxsize=1 << 14)
def _clause_words(sentence: str, offset: int, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    norm, start, _, lo, hi = _clause_span(sentence, offset, text)
    return (words_of(norm[lo:start], normalized=True), words_of(norm[lo:hi], normalized=True))


@lru_cache(maxsize=1 << 14)
def _clause_span(sentence: str, offset: int, text: str) -> tuple[str, int, int, int, int]:
    """(the sentence's normal form, where the claim's words start and end in it, where
    their clause starts and ends)."""
    norm = normalize(sentence).text
    # Normalising only replaces or drops characters, one at a time: a prefix's normal
    # form is the normal form's prefix.
    start = len(normalize(sentence[:offset]).text)
    end = start + len(normalize(text).text)
    ends = clause_ends(norm, wrapped=True)  # the sentence's line breaks were collapsed
    lo = max((e for e in ends if e <= start), default=0)
    hi = min((e for e in ends if e >= end), default=len(norm))
    return norm, start, end, lo, hi
