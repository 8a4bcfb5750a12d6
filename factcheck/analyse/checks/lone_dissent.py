"""One source gives another figure in the same words as several sources that agree.

## What it finds
In a topic read only by its counted noun or currency («ألف راكب», «قرشاً», «طائرات»),
two or more articles give the same figure, and one article gives a different one in the
same words: the three words before the figure are theirs, only the figure changes
(«يعود تاريخها إلى نحو 3600 عام» where five outlets write «يعود تاريخها إلى نحو 2600
عام»). The
dissenting article does not give the others' figure anywhere in the topic, both figures
are plain reported values (no forecast, offer or earlier level), and publication order
does not explain the difference as a running figure that grew.

## Why it matters
Where factcheck does not know which fact a figure is, it only lists the different values
of a counted noun: an article may well give two fleets, two fares, two crowds. The same
wording is what tells an editor that the articles speak of one fact: a sentence copied
from a statement, a figure retyped from the agency wire. When one outlet's copy says
another number, it is very likely a slip.

## Example
`amman.txt`, `mashreq.txt`:

    ورفعت الأمانة أجرة الحافلات من 45 قرشاً إلى 60 قرشاً للرحلة.

`misr.txt`:

    ورفعت الأمانة أجرة الحافلات من 45 قرشاً إلى 65 قرشاً للرحلة.

"misr gives 65 (line 4: «من 45 قرشاً إلى 65 قرشاً») where 2 other sources give 60 in
the same words (amman line 4: «من 45 قرشاً إلى 60 قرشاً»; also mashreq line 4)."

## What to do
Check the figure against the statement the others quote; correct the article that
departs from it, or say what else its figure counts.
"""

from __future__ import annotations

from collections.abc import Mapping

from factcheck.analyse.checks.base import (Check, CheckStatus, Scope, compatible, finding,
                                           lead_as_written, same_lead, where,
                                           word_forms_with_conjunction)
from factcheck.analyse.checks.compare import LoneFigure, SourcesOutcome, lone_figures
from factcheck.analyse.checks.transposed_digits import swapped_digits
from factcheck.analyse.published import Publication
from factcheck.extract.clauses import clause_words
from factcheck.lexicon.frames import RECORD_WORDS
from factcheck.model import Claim, Finding, Severity, Topic, figure_text


def run(topic: Topic, members: list[Claim], outcome: SourcesOutcome) -> list[Finding]:
    """Only in topics whose disagreements are otherwise just listed (a bare counted noun):
    where a frame names the fact, cross-source-conflict already reports the two values."""
    if topic.kind != "quantity" or topic.severity != Severity.INFO:
        return []
    findings = []
    for lone in lone_figures(members, outcome):
        if any(_RECORD & set(clause_words(c)[0]) for c in lone.claims):
            continue  # «رقماً قياسياً جديداً بلغ 17980»: a new record is another figure
        confirmed, confirming = _most_given(lone.confirmed)
        if confirmed is None or swapped_digits(lone.value, confirmed):
            continue  # no one figure the others agree on; or transposed-digits says why
        if any(compatible(c, o, topic.tolerance) for c in lone.claims for o in confirming):
            continue  # «نحو 11,4 ألف» and 11,412: a rounding, not another figure
        pair = _worded_alike(lone.claims, confirming)
        if pair is None:
            continue
        # every article giving the agreed figure, rounded («7,48 مليون») or exact
        agreeing = [m for m in members if m.role is None
                    and any(compatible(m, o, topic.tolerance) for o in confirming)]
        if _grown(lone.value, lone.article, confirmed, agreeing, outcome.publications):
            continue
        findings.append(_finding(topic, lone, confirmed, confirming, pair))
    return findings


_RECORD = word_forms_with_conjunction(RECORD_WORDS)


def _most_given(confirmed: dict[float, list[Claim]]) -> tuple[float | None, list[Claim]]:
    """The figure more articles give than any other, if one is."""
    counts = sorted(((len({c.article for c in claims}), value) for value, claims in confirmed.items()),
                    reverse=True)
    if len(counts) > 1 and counts[0][0] == counts[1][0]:
        return None, []
    return counts[0][1], confirmed[counts[0][1]]


def _worded_alike(claims: list[Claim], confirming: list[Claim]) -> tuple[Claim, Claim] | None:
    """A lone claim and an agreeing one led by the same words."""
    return next(((c, o) for c in claims for o in confirming if same_lead(c, o)), None)


def _grown(value: float, article: str, confirmed: float, confirming: list[Claim],
           publications: Mapping[str, Publication]) -> bool:
    """Could the figure have grown into the lone one (or the lone one into it)? Only if
    every article giving the confirmed figure was published before the lone one (after
    it, for a smaller one): an article that still gives the old figure later says it did
    not grow."""
    own = publications.get(article)
    if own is None or not own.known:
        return False
    times = [p for c in confirming if (p := publications.get(c.article)) is not None and p.known]
    if not times:
        return False
    if value > confirmed:
        return all(p.before(own) for p in times)
    return all(own.before(p) for p in times)


def _finding(topic: Topic, lone: LoneFigure, confirmed: float, confirming: list[Claim],
             pair: tuple[Claim, Claim]) -> Finding:
    lead, alike = pair
    others = sorted(confirming, key=lambda c: (c.article, c.span.start))
    n = len({c.article for c in others})
    message = (f"{lead.article} gives {figure_text(lone.value)} (line {lead.span.line}: "
               f"«{lead_as_written(lead)}») where {n} other sources give {figure_text(confirmed)} in "
               f"the same words ({alike.article} line {alike.span.line}: «{lead_as_written(alike)}»; "
               f"also {where(c for c in others if c is not alike)}).")
    return finding(CHECK, CHECK.default_severity, topic, [*lone.claims, *others], message,
                   primary=lead)


CHECK = Check(id="lone-dissent", name="LoneDissent", default_severity=Severity.WARNING,
              status=CheckStatus.PREVIEW, scope=Scope.SOURCES, doc=__doc__, run=run)
