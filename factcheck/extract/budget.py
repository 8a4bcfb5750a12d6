"""The per-article budget: an article whose extraction would cost too much is an input
error, said before the work starts, so one monstrous file never takes a scan down with it
(issue 15.2: an article of many thousands of figures took 23.7 GB and killed a worker).

What grows faster than the text, measured with benchmarks/pathological.py:
- steps over every pair (or triple) of an article's figures: time grows with the square
  of the figures, or their cube (totals made of parts);
- steps that read a figure's whole sentence, and every claim keeping its sentence (the
  cache record, the report): time and memory grow with figures × sentence length, which
  explodes in text without sentence punctuation (a hard-wrapped page, a flattened table),
  where one "sentence" is the whole article.

So an article is refused past MAX_FIGURES figures, or past MAX_SENTENCE_LOAD characters of
sentence quoted by all its figures together, both counted by the grammars extraction itself
uses (normalize, find_quantities, find_dates, and clauses.py's sentence ends, as
extract/article.py's _Locator finds a figure's sentence). Counting costs up to a third of
an extraction, so ordinary news is let through before it, at no cost worth measuring:
- an article of at most SMALL_ARTICLE characters cannot reach either limit (a figure takes
  a character, and a separator from the next);
- nor can one where twice the positions a figure may begin at (tokens.py's
  GRAMMAR_TRIGGERS) stay within both limits, taking each one's sentence to be the whole
  text, or else its sentence. That scan and the normal form are the extraction's own, kept
  for it (tokens.per_text, normalize.py), so they are not done twice.

Since sentences are cut at clauses.MAX_SENTENCE characters, the sentence load is at most
MAX_FIGURES × MAX_SENTENCE, under MAX_SENTENCE_LOAD: that limit is a backstop should the
cut ever be loosened, and the figure count is what refuses an article today.

The limits are far above real news: the devset's longest excerpt (1.1 KB) has 24 claims
quoting 5,303 characters of sentence, the bundled corpus's longest article (8 KB) fewer; a
long, dense article of 20 KB at the devset's density has about 450 figures.
"""

from __future__ import annotations

import bisect

from factcheck.extract.clauses import clause_ends, hard_wrapped, sentence_ends
from factcheck.extract.dates import find_dates, infer_reference
from factcheck.extract.normalize import normalize
from factcheck.extract.numbers import find_quantities
from factcheck.extract.tokens import GRAMMAR_TRIGGERS

# Figures (quantities and dates) in one article. 83× the devset's most; held down by the
# steps cubic in the figures of one measure (2,000 such figures, no two adding up to a third: 82 s).
MAX_FIGURES = 2_000
# Σ over an article's figures of its sentence's length, in characters: what its claims
# quote in all (about 2 bytes a character in the cache and the report). 1,900× the
# devset's most (an average sentence of 5,000 characters at MAX_FIGURES); at the limit an
# article's cache record is about 20 MB and the steps that read a figure's sentence take
# about 0.3 s.
MAX_SENTENCE_LOAD = 10_000_000
# At most this many characters: at most 1,000 figures quoting 2,000,000 characters.
SMALL_ARTICLE = 2_000


def over_budget(text: str, published: str | None = None) -> str | None:
    """Why the article `text` (as read, before normalising) is too large to analyse, as the
    reason of an input error; None when it is within the budget."""
    if len(text) <= SMALL_ARTICLE:
        return None
    norm = normalize(text).text  # kept for the extraction that follows (normalize.py)
    # A trigger may begin both a date and a figure read inside it: each counts twice. The
    # scan is kept for the grammars of the extraction that follows (tokens.per_text).
    bound = 2 * len(GRAMMAR_TRIGGERS.starts(norm))
    if bound <= MAX_FIGURES and bound * len(norm) <= MAX_SENTENCE_LOAD:
        return None  # within both even if every figure's sentence were the whole text
    ends = sentence_ends(norm, clause_ends(norm, wrapped=hard_wrapped(text)))
    starts = GRAMMAR_TRIGGERS.starts(norm)
    if bound <= MAX_FIGURES and 2 * _sentence_load(norm, ends, zip(starts, starts)) <= MAX_SENTENCE_LOAD:
        return None
    spans = [(q.start, q.end) for q in find_quantities(norm)]
    spans += [(d.start, d.end) for d in find_dates(norm, infer_reference(norm, published))]
    if len(spans) > MAX_FIGURES:
        return (f"too large to analyse: {len(spans):,} figures (an article may have at most "
                f"{MAX_FIGURES:,})")
    load = _sentence_load(norm, ends, spans)
    if load > MAX_SENTENCE_LOAD:
        return (f"too large to analyse: its {len(spans):,} figures sit in sentences of "
                f"{load // len(spans):,} characters on average, {load:,} to quote in all "
                f"(at most {MAX_SENTENCE_LOAD:,}; is the text without sentence punctuation?)")
    return None


def _sentence_load(norm: str, ends: list[int], spans) -> int:
    """Σ of the length of each span's sentence, found as extract/article.py's _Locator
    finds a figure's: from the end before its start to the end after its end."""
    load = 0
    for start, end in spans:
        i = bisect.bisect_right(ends, start)
        j = bisect.bisect_left(ends, end)
        load += (ends[j] if j < len(ends) else len(norm)) - (ends[i - 1] if i else 0)
    return load
