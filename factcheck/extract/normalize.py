"""Arabic text → one normal form for matching, with a map back to the original offsets.

Every change is either one character for one character or a deletion, so the normal
form never grows and is a sequence of runs of kept characters: `NormalText.original(i)`
finds i's run by bisection (or is i itself when nothing was dropped).

What changes (the README's "How it decides", Normalisation):
- أ إ آ ٱ → ا ; ى → ي ; ة → ه ; Persian ک → ك, ی → ي, ە → ه
- Arabic-Indic ٠-٩ and Persian ۰-۹ digits → 0-9 ; ٬ → , ; ٫ → .
- diacritics (harakat, shadda, sukun, dagger alif) and tatweel ـ are dropped
- typographic quotes → " ; NBSP and other spaces → " " ; Latin → lower case
Hamza seats ؤ ئ stay: they distinguish words and are rarely dropped by writers.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from factcheck.lexicon.clitics import ARTICLE, CONJUNCTIONS, LAM_ARTICLE, PREPOSITIONS
from factcheck.lexicon.letters import LETTER_VARIANTS

_CHAR_MAP: dict[str, str] = {
    **LETTER_VARIANTS,
    "٬": ",", "٫": ".", "\u066a": "%",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200f": "", "\u200e": "",
    "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "",
    "\r": "",  # of a CRLF line end (the reader turns a lone CR into LF)
    "–": "-", "—": "-",
}
for _i in range(10):
    _CHAR_MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic
    _CHAR_MAP[chr(0x06F0 + _i)] = str(_i)  # Persian
# Diacritics and tatweel carry no meaning for matching.
for _cp in list(range(0x064B, 0x0653)) + [0x0670, 0x0640, 0x0653, 0x0654, 0x0655]:
    _CHAR_MAP[chr(_cp)] = ""


@dataclass(frozen=True)
class NormalText:
    """The normal form of a text plus the way back to the original offsets.

    Characters are only ever replaced one for one or dropped, so the normal form is a
    sequence of kept runs of the original: `runs` holds, for each run, where it starts
    in the normal form and in the original (a text with nothing dropped is one run).
    """

    text: str
    runs: tuple[tuple[int, int], ...]  # (normal start, original start), ascending
    original_length: int

    def original(self, index: int) -> int:
        """Original offset of normal-form position `index` (0 ≤ index ≤ len(text))."""
        if index >= len(self.text):
            return self.original_length
        if len(self.runs) == 1:
            return index  # nothing was dropped
        k = bisect.bisect_right(self.runs, (index, _NO_LIMIT)) - 1
        normal_start, original_start = self.runs[k]
        return original_start + index - normal_start

    @property
    def offsets(self) -> tuple[int, ...]:
        """Every original offset: len(text) + 1 entries; the last is len(original)."""
        return tuple(self.original(i) for i in range(len(self.text) + 1))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) covering normal-form [start, end)."""
        if end <= start:
            o = self.original(start)
            return o, o
        # End just after the last kept character, so a dropped trailing mark is excluded
        # but a kept character's own marks are not cut in half.
        return self.original(start), self.original(end - 1) + 1


_NO_LIMIT = float("inf")

# Replacements are few and sparse: str.replace for each one that occurs is a C scan,
# several times faster than str.translate, which looks every character up in a dict.
# No replacement produces a character that is replaced again, so order is free.
_REPLACEMENTS: tuple[tuple[str, str], ...] = tuple(_CHAR_MAP.items()) + tuple(
    (chr(c), chr(c + 32)) for c in range(ord("A"), ord("Z") + 1))
assert not {new for _, new in _REPLACEMENTS} & {old for old, _ in _REPLACEMENTS}


@functools.lru_cache(maxsize=256)
def _dropped_runs(dropped: tuple[str, ...]) -> re.Pattern:
    """Runs of the dropped characters a text holds. Written "[…][…]*" rather than "[…]+" so
    the regex engine can skip ahead to the first character in C; with one character (a
    text's only tatweel, say) that is a plain character search."""
    chars = "[" + "".join(map(re.escape, dropped)) + "]"
    return re.compile(chars + chars + "*")


# The last long text normalised and its normal form. The per-article budget (budget.py)
# normalises an article just before its extraction does: the extraction then gets the same
# NormalText, and the grammars' trigger scan of it (tokens.per_text), kept by identity, is
# not done twice. Short texts (words, phrases, sentences) go straight through.
_LAST: tuple[str | None, NormalText | None] = (None, None)
_REMEMBER_FROM = 2_000  # characters


def normalize(original: str) -> NormalText:
    global _LAST
    if len(original) < _REMEMBER_FROM:
        return _normalize(original)
    seen, result = _LAST  # one tuple, replaced whole: threads never see a mix
    if seen is not original or result is None:
        result = _normalize(original)
        _LAST = (original, result)
    return result


def _normalize(original: str) -> NormalText:
    text = original
    dropped_chars = []
    for old, new in _REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
            if not new:
                dropped_chars.append(old)
    if not dropped_chars:
        return NormalText(text, ((0, 0),), len(original))
    runs = [(0, 0)]
    dropped = 0
    for run in _dropped_runs(tuple(dropped_chars)).finditer(original):
        dropped += run.end() - run.start()
        runs.append((run.end() - dropped, run.end()))
    return NormalText(text, tuple(runs), len(original))


@functools.lru_cache(maxsize=1 << 16)
def normalize_word(word: str) -> str:
    """Normal form of a short piece of text (rule words, table entries, a sentence's words:
    news repeats its words, so each is normalised once)."""
    return normalize(word).text


# Attached clitics (lexicon/clitics.py), peeled in the order Arabic attaches them:
# conjunction (و ف), then preposition (ب ل ك), then the article (ال; "لل" is ل + ال with
# the alif dropped).
_CONJUNCTIONS = CONJUNCTIONS
_PREPOSITIONS = PREPOSITIONS
_MIN_STEM = 3


def stem_candidates(word: str) -> tuple[str, ...]:
    """The word and its forms with attached prefixes removed.

    "وبحلول" → ("وبحلول", "بحلول", "حلول"); "والقوات" → (…, "القوات", "قوات").
    Only strips while at least three letters remain, so short roots survive.
    """
    forms = [word]

    def add(form: str) -> None:
        if len(form) >= _MIN_STEM and form not in forms:
            forms.append(form)

    bases = [word]
    if word[:1] in _CONJUNCTIONS and len(word) - 1 >= _MIN_STEM:
        bases.append(word[1:])
    for base in list(bases):
        if base[:1] in _PREPOSITIONS and len(base) - 1 >= _MIN_STEM:
            bases.append(base[1:])
            if base.startswith(LAM_ARTICLE) and len(base) - 2 >= _MIN_STEM:
                bases.append(base[2:])
    for base in bases:
        add(base)
        if base.startswith(ARTICLE) and len(base) - 2 >= _MIN_STEM:
            add(base[2:])
    return tuple(forms)
