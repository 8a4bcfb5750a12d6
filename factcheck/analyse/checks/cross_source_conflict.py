"""Articles about the same story give values that cannot both be true.

## What it finds
Two or more articles from the same time frame state a figure or a date for the same
fact, and the values cannot both hold (ranges and approximations are already allowed
for).

## Why it matters
Readers of both articles cannot know which figure to believe, and at least one of the
two outlets has published something wrong. Where the articles count different bodies,
the finding says so: the fix is then a clearer sentence, not a correction.

## Example
`fair-opens.txt`:

    افتتح معرض الكتاب السنوي في العاصمة صباح اليوم بمشاركة ناشرين من 12 دولة.

`fair-guide.txt`:

    يشارك في معرض الكتاب السنوي هذا العام ناشرون من 15 دولة، ويستمر عشرة أيام.

With a rule for the countries taking part in the fair: an error, "Sources disagree on
Countries taking part in the book fair: 15 (fair-guide line 2); 12 (fair-opens line 2)."
Without rules the two figures still share an automatic topic, and the finding is a
warning.

## What to do
Open the quoted words in each article, find the primary source (statement, agency
report) and correct the article that is wrong, or make clear that the figures count
different things.
"""

from __future__ import annotations

from collections.abc import Mapping

from factcheck.analyse.checks.base import (Check, CheckStatus, Scope, attribution_note,
                                           finding, level_changed, stage_note, what_moved,
                                           where, word_forms_with_conjunction)
from factcheck.analyse.checks.compare import SourcesOutcome, may_hold
from factcheck.analyse.group import AUTO_SOURCE
from factcheck.analyse.published import Publication
from factcheck.extract.clauses import clause_words, figure_start
from factcheck.extract.normalize import normalize_word
from factcheck.extract.words import word_key, words_of
from factcheck.lexicon.clitics import CONJUNCTIONS
from factcheck.lexicon.frames import LEVEL_TO_WORD, RISE_WORDS, SEQUENCE_CUES
from factcheck.lexicon.measures import MEASURES
from factcheck.model import SEVERITY_RANK, Claim, Finding, Severity, Topic


def run(topic: Topic, members: list[Claim], outcome: SourcesOutcome) -> list[Finding]:
    if not outcome.conflicting:
        return []
    if (topic.source == AUTO_SOURCE and topic.kind == "quantity" and topic.measure is None
            and not any(c.unit for c in members)):
        # figures that share only the word after them («612 دواء», «287 طيارا», no unit a
        # table lists): too loose a frame to list their differences (transposed-digits
        # still reports a swapped figure among them)
        return []
    pairs = [p for p in outcome.conflicting if not _raised_since(*p, outcome.publications)]
    if not pairs:
        return []
    involved_ids = {c.id for pair in pairs for c in pair}
    involved = [c for c in members if c.id in involved_ids]
    parts = "; ".join(f"{value} ({where(cs)})" for value, cs in _value_groups(involved))
    message = f"Sources disagree on {topic.label}: {parts}."
    bodies = sorted({c.subject for c in involved if c.subject})
    if len(bodies) > 1:
        message += " They count different bodies (" + ", ".join(bodies) + "), which may explain it."
    message += attribution_note(involved)
    staged = stage_note(involved)
    message += staged
    severity = topic.severity
    if staged:
        # Reported, never merged: a provisional and a final figure disagree for a reason.
        severity = min(severity, Severity.WARNING, key=SEVERITY_RANK.__getitem__)
    # what a change is of: its verb's noun, else the money figure's it follows (only ever
    # to tell changes of different things apart, never to join them)
    said_of = [what_moved(c) or level_changed(c) for c in involved] if _is_change(topic) else []
    moved = sorted({m for m in said_of if m})
    if len(moved) == 1 and topic.source == AUTO_SOURCE and any(
            m is None and not _names(c.sentence, moved[0]) for c, m in zip(involved, said_of)):
        # «ارتفع عدد الزوار الخليجيين بنسبة 20%» against revenues «بارتفاع بنسبة 13,1%»:
        # one change names what rose, the other neither names it nor anything the first
        # did («أسعار الغذاء ارتفعت بنسبة 9.2%» does): they may be of different things
        severity = Severity.INFO
        message += (f" Only some say what changed («{moved[0]}»): the others may be of "
                    "something else.")
    elif len(moved) > 1:
        # «هبط المؤشر 6.2%», «وتراجع سهم أكبر شركة 9%»: changes of different things
        severity = Severity.INFO
        message += " They are said of different things (" + ", ".join(f"«{m}»" for m in moved) + ")."
    elif lists_several(topic, members):
        # An article that lists two values of one level in one sentence (27.25% and 28.25%
        # for "the interest rate") names several things the topic cannot tell apart: the
        # sources' values are listed for information, not set against each other.
        severity = Severity.INFO
        message += " Some articles give several values for it: they may be about different things."
    return [finding(CHECK, severity, topic, involved, message)]


def _names(sentence: str, thing: str) -> bool:
    """Does the sentence name the thing (in any of its clitic forms)?"""
    return any(word_key(w) == word_key(thing) for w in words_of(sentence))


def _raised_since(a: Claim, b: Claim, publications: Mapping[str, Publication]) -> bool:
    """Is one figure a later, higher one its article says something rose to («ارتفع عدد
    المزارعين … إلى 3400 مزارع، بقيمة إجمالية بلغت 6.2 مليون دينار» after a first payment
    of 3.1 million)? Then the two report a figure before and after it grew."""
    if a.kind != "quantity":
        return False
    pa, pb = publications.get(a.article), publications.get(b.article)
    if pa is None or pb is None or not (pa.before(pb) or pb.before(pa)):
        return False
    early, late = (a, b) if pa.before(pb) else (b, a)
    if late.value.min is None or early.value.max is None or late.value.min <= early.value.max:
        return False
    before = words_of(late.sentence[:figure_start(late)])
    rise = next((i for i, w in enumerate(before) if w in _RISE), None)
    return rise is not None and any(w in _TO for w in before[rise + 1:])


_RISE = word_forms_with_conjunction(RISE_WORDS)
_TO = frozenset(c + normalize_word(LEVEL_TO_WORD) for c in ("", *CONJUNCTIONS))


def _is_change(topic: Topic) -> bool:
    spec = MEASURES.get(topic.measure) if topic.measure else None
    return spec is not None and spec.kind == "change"


def lists_several(topic: Topic, members: list[Claim]) -> bool:
    """Does an article give two values of the topic's level in one sentence (its disagreements
    are then listed for information, not set against each other)?"""
    spec = MEASURES.get(topic.measure) if topic.measure else None
    if topic.source != AUTO_SOURCE or (spec is not None and spec.kind in ("tally", "property")):
        return False
    by_article: dict[str, list[Claim]] = {}
    for claim in members:
        by_article.setdefault(claim.article, []).append(claim)
    # Two values in one sentence: a list ("27.25% و28.25%" for deposits and loans), unless
    # the sentence orders them in time ("إلى 50 جنيها، قبل أن يستقر عند 49.40").
    return any(a.sentence == b.sentence and not may_hold(a, b, topic.tolerance)
               and not _SEQUENCE & set(clause_words(b)[1])
               for claims in by_article.values() for i, a in enumerate(claims)
               for b in claims[i + 1:])


_SEQUENCE = frozenset(c + normalize_word(w) for w in SEQUENCE_CUES for c in ("", *CONJUNCTIONS))


def _value_groups(claims: list[Claim]) -> list[tuple[str, list[Claim]]]:
    groups: dict[str, list[Claim]] = {}
    for claim in claims:
        groups.setdefault(claim.value.describe(), []).append(claim)
    return sorted(groups.items(), key=lambda kv: (kv[1][0].article, kv[0]))


CHECK = Check(id="cross-source-conflict", name="CrossSourceConflict",
              default_severity=Severity.ERROR, status=CheckStatus.STABLE, scope=Scope.SOURCES,
              doc=__doc__, run=run)
