"""Word-level helpers shared by the grammars: where words begin, and glued words.

- `GRAMMAR_TRIGGERS` finds, in one cheap pass per article, the word starts where a
  number or date expression may begin, so the grammars run their detailed patterns
  only there (see `TriggerScan`).
- `split_glued_conjunction` repairs a dropped space before و: writers and copy-paste
  glue two words into one token, "سورياوتركيا" for "سوريا وتركيا". Arabic cannot tell
  from the letters alone (و also sits inside words: "كوسوفو"), so a token is split only
  where every part is a word the caller already knows (place names, say).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Container, Iterable
from typing import TypeVar

from factcheck.lexicon.clitics import AND, ARTICLE, CONJUNCTIONS, LAM_ARTICLE, PREPOSITIONS

_R = TypeVar("_R")

_CONJUNCTION = AND
_MIN_PART = 2  # shorter parts are clitics or letters, never a known word of their own


def split_glued_conjunction(token: str, known_words: Container[str]) -> tuple[str, ...]:
    """The known words glued by و in `token`, or `(token,)` when it is not such a glue.

    "سورياوتركيا" → ("سوريا", "تركيا") when both are in `known_words`. Any number of
    parts: "العراقوسورياولبنان" → three. A و that ends a known word ("كوسوفووصربيا")
    is handled: every split point is tried. `token` and `known_words` must be in the
    same form (normalise both, or neither). Where several splits fit, the one with
    the fewest parts wins.
    """
    parts = _split(token, known_words, first=True)
    return parts if parts is not None else (token,)


def _split(rest: str, known: Container[str], first: bool) -> tuple[str, ...] | None:
    """Split `rest` into known words joined by و; the whole of `rest` counts only
    after at least one split (the caller handles the unsplit token)."""
    if not first and rest in known:
        return (rest,)
    best: tuple[str, ...] | None = None
    at = rest.find(_CONJUNCTION, _MIN_PART)
    while at != -1:
        head, tail = rest[:at], rest[at + 1:]
        if len(tail) >= _MIN_PART and head in known:
            more = _split(tail, known, first=False)
            if more is not None and (best is None or len(more) + 1 < len(best)):
                best = (head, *more)
        at = rest.find(_CONJUNCTION, at + 1)
    return best


# ---------------------------------------------------------------- fast candidate positions

DIGIT = "\x00"  # stands for any digit in a word_trie entry: "ال\x00" is ال glued to digits


def word_trie(words: Iterable[str], space: str = r"\s+", prefixes: bool = False) -> str:
    """One regex for a word list with shared prefixes factored out: the regex engine
    then rejects a non-matching position after a letter or two instead of trying every
    word in turn. A space inside an entry matches `space`; DIGIT matches any digit.
    With `prefixes`, the regex only needs to find that some word starts here, so it
    stops at the shortest one."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def atom(ch: str) -> str:
        return space if ch == " " else r"\d" if ch == DIGIT else re.escape(ch)

    def build(node: dict) -> str:
        if prefixes and "" in node:
            return ""
        alts = [atom(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


# Clitics a word may carry: conjunction, preposition, article ("وبالعام", "للعام").
CLITIC_FORMS = tuple(c + p + a for c in ("", *CONJUNCTIONS)
                     for p in ("", *PREPOSITIONS, LAM_ARTICLE) for a in ("", ARTICLE))


def per_text(fn: Callable[[str], _R]) -> Callable[[str], _R]:
    """Keep `fn`'s result for the last text object it was called with: the stages that
    analyse one article each ask for it, but it is computed once. Identity, not
    equality, decides, so the check costs nothing; callers must not mutate the result.
    The (text, result) pair is replaced as one tuple, so threads never see a mix."""
    last: tuple = (None, None)

    @functools.wraps(fn)
    def cached(text: str) -> _R:
        nonlocal last
        seen, result = last
        if seen is not text:
            result = fn(text)
            last = (text, result)
        return result

    return cached


class TriggerScan:
    """Where a grammar's expression may begin: one cheap scan that the grammars share.

    The number and date grammars can only start at a word boundary, on one of a few
    trigger words (with any clitics) or on a digit. Each registers its triggers at
    import; `starts(text)` finds every position p, ascending, where text[p-1] is not a
    word character (or p == 0) and text[p:] begins with a clitic form of any registered
    trigger (DIGIT in a trigger matches any digit). The grammars then run their detailed
    patterns only there, instead of at every character. The positions of the last text
    are kept, so the grammars of one article scan it once between them.
    """

    def __init__(self) -> None:
        self._triggers: set[str] = set()
        self._compiled: tuple[re.Pattern, re.Pattern] | None = None
        self.starts = per_text(self._find)

    def register(self, triggers: Iterable[str]) -> None:
        self._triggers.update(triggers)
        self._compiled = None
        self.starts = per_text(self._find)

    def _patterns(self) -> tuple[re.Pattern, re.Pattern]:
        if self._compiled is None:
            body = word_trie({pre + t for t in self._triggers for pre in CLITIC_FORMS},
                             prefixes=True)
            # A leading separator character lets the regex engine skip ahead in C; the
            # lookahead leaves the trigger itself to the grammar.
            self._compiled = re.compile(rf"\W(?={body})"), re.compile(body)
        return self._compiled

    def _find(self, text: str) -> list[int]:
        after_separator, at_start = self._patterns()
        found = [m.end() for m in after_separator.finditer(text)]
        if at_start.match(text):
            found.insert(0, 0)
        return found


# The triggers of the number and date grammars (numbers.py, dates.py register theirs).
GRAMMAR_TRIGGERS = TriggerScan()
