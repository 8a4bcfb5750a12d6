"""A share that the article's own part and whole do not give.

## What it finds
An article gives a figure and, in the same sentence, restates it as a percentage of a whole
it also gives («أي ما يعادل 60% من طاقتها الإجمالية البالغة 300 ألف متر مكعب», «يمثلون 9,6%
من إجمالي السكان البالغ …», «منها 268 حالة …، أي ما نسبته 75% من مجمل الحالات»), and the
part over the whole is not that percentage. The message shows the division.

## Why it matters
The article's own numbers settle it, in seconds: the percentage was mistyped (89% for
98%), taken from another report, or computed over another whole.

## Example
`plant.txt`:

    وتنطلق المحطة بإنتاج 150 ألف متر مكعب يومياً، أي ما يعادل 60% من طاقتها الإجمالية البالغة 300 ألف متر مكعب يومياً.

"plant gives 60% (line 4: «60%») as the share of 150,000 in 300,000 (line 4), but
150,000 / 300,000 is 50.0%."

## What to do
Recompute the percentage from the two figures, or correct whichever figure is wrong.
"""

from __future__ import annotations

from collections.abc import Mapping

from factcheck.analyse.checks.base import Check, CheckStatus, Scope, finding, part_of_unit
from factcheck.extract.clauses import clause_words, clause_words_after, figure_start
from factcheck.extract.words import word_key
from factcheck.lexicon.frames import LEVEL_FROM, SHARE_CUES
from factcheck.model import Claim, Finding, Severity, Topic, figure_text

# How far a stated share may be from the computed one beyond what rounding the percentage
# allows, in percentage points («33%» for 33.4% is right, «75%» for 65% is not).
SLACK_POINTS = 0.5
_SHARE_CUES = frozenset(word_key(w) for w in SHARE_CUES)
_OF = word_key(LEVEL_FROM)


def run(claims: list[Claim], topic_of: Mapping[str, Topic]) -> list[Finding]:
    findings = []
    for share in claims:
        if not _is_restated_share(share):
            continue
        same_sentence = [c for c in claims if c.sentence == share.sentence and c is not share
                         and c.span.line == share.span.line]
        part = _part_before(share, same_sentence)
        whole = _whole_of(share, part, same_sentence) if part is not None else None
        if whole is None:
            continue
        computed = 100 * part.value.min / whole.value.min
        # the percentage's own rounding («9,6%» is 9.55–9.65); a round whole («4 ملايين طن»)
        # is a target or a total as stated, not ±500,000
        if abs(computed - share.value.min) > share.value.precision + SLACK_POINTS:
            findings.append(_finding(share, part, whole, computed, topic_of.get(share.id)))
    return findings


def _is_restated_share(claim: Claim) -> bool:
    """«أي ما يعادل 60% من …», «يمثلون 9,6% من …»: an exact percentage the article derives
    from its own figures, of a whole («من» after it), not a change."""
    v = claim.value
    return (claim.unit == "%" and claim.measure is None and claim.role is None
            and v.min is not None and v.min == v.max and not v.approximate
            and bool(_SHARE_CUES & {word_key(w) for w in clause_words(claim)[0][-3:]})
            and clause_words_after(claim)[:1] == (_OF,))


def _exact(claim: Claim) -> bool:
    v = claim.value
    return (claim.unit not in (None, "%") and v.min is not None and v.min == v.max
            and v.min > 0 and not v.approximate)


def _part_before(share: Claim, same_sentence: list[Claim]) -> Claim | None:
    """The figure the share restates: the nearest one before it in its sentence."""
    before = [c for c in same_sentence if figure_start(c) < figure_start(share)]
    if not before:
        return None
    part = max(before, key=figure_start)
    return part if _exact(part) else None


def _whole_of(share: Claim, part: Claim, same_sentence: list[Claim]) -> Claim | None:
    """The whole: the first figure after the share of what the part counts («من طاقتها
    البالغة 300 ألف متر مكعب»), else, for a part said after «منها», the figure it is part
    of («412 حالة غش، منها 268 حالة»)."""
    after = sorted((c for c in same_sentence if figure_start(c) > figure_start(share)),
                   key=figure_start)
    if after:
        whole = after[0]
        return whole if _holds(whole, part) else None
    if part.role != "part":
        return None
    before = [c for c in same_sentence if figure_start(c) < figure_start(part)]
    whole = max(before, key=figure_start, default=None)
    return whole if whole is not None and _holds(whole, part) else None


def _holds(whole: Claim, part: Claim) -> bool:
    """Can `whole` hold `part`: an exact figure of the same kind, larger?"""
    return _exact(whole) and part_of_unit(part.unit, whole.unit) and whole.value.min > part.value.min


def _finding(share: Claim, part: Claim, whole: Claim, computed: float,
             topic: Topic | None) -> Finding:
    lines = sorted({part.span.line, whole.span.line})
    where_figures = "line " + ", ".join(str(n) for n in lines)
    message = (f"{share.article} gives {figure_text(share.value.min)}% (line {share.span.line}: "
               f"«{share.text.strip()}») as the share of {figure_text(part.value.min)} in "
               f"{figure_text(whole.value.min)} ({where_figures}), but "
               f"{figure_text(part.value.min)} / {figure_text(whole.value.min)} is {computed:.1f}%.")
    return finding(CHECK, CHECK.default_severity, topic, [share, part, whole], message,
                   primary=share)


CHECK = Check(id="share-arithmetic", name="ShareArithmetic", default_severity=Severity.WARNING,
              status=CheckStatus.PREVIEW, scope=Scope.FIGURES, doc=__doc__, run=run)
