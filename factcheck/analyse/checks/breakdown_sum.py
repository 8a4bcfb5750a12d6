"""A breakdown adds up to more than the total it breaks down.

## What it finds
An article gives a total, then breaks it down by country, province or group ("the toll
includes 658 Egyptians, 165 Indonesians …"), and the parts add up to more than the total.
Parts of one total that do not overlap cannot exceed it; the message shows the sum.

## Why it matters
An arithmetic slip is a fact an editor can settle in seconds with the article alone, and
it usually means one of the parts, or the total, was copied from another report. No
source has to be trusted over another: the article disagrees with itself.

## Example
`toll.txt`:

    وبلغ عدد الوفيات 100 حالة وفاة، ويشمل العدد 60 مصريا، و30 أردنيا، و25 سوريا.

"toll gives dead as 100 (line 5: «100 حالة وفاة») but its breakdown adds up to 115: 60 +
30 + 25 (line 5)."

## What to do
Add the parts up against the source: one part, or the total, was probably taken from an
earlier or later report. A breakdown that adds up to less than its total is not reported:
articles often list only the largest groups.
"""

from __future__ import annotations

from collections.abc import Mapping

from factcheck.analyse.checks.base import Check, CheckStatus, Scope, finding
from factcheck.lexicon.measures import MEASURES
from factcheck.model import Claim, Finding, Severity, Topic

# A list of at least this many parts, most of them naming whose or where they are, is a
# breakdown; fewer is two figures that happen to follow one another.
MIN_PARTS = 3


def run(claims: list[Claim], topic_of: Mapping[str, Topic]) -> list[Finding]:
    """`claims`: one article's figures, in text order."""
    findings: list[Finding] = []
    sentences = _sentence_numbers(claims)
    for i, total in enumerate(claims):
        if not _is_total(total):
            continue
        parts = _parts_after(claims, i, sentences)
        if len(parts) < MIN_PARTS or total.value.max is None:
            continue
        added = sum(p.value.min for p in parts)
        if added > total.value.max * 1.001:  # parts of one total cannot exceed it
            findings.append(_mismatch(total, parts, added, topic_of))
    return findings


def _is_total(claim: Claim) -> bool:
    spec = MEASURES.get(claim.measure) if claim.measure else None
    return (spec is not None and spec.kind == "tally" and claim.role is None
            and not claim.subject and not claim.site and claim.value.min is not None
            and claim.value.min == claim.value.max)


def _parts_after(claims: list[Claim], i: int, sentences: list[int]) -> list[Claim]:
    """The run of figures right after the total, in its sentence or the next, that count
    the same thing for each one's own people or place."""
    total = claims[i]
    parts: list[Claim] = []
    for j in range(i + 1, len(claims)):
        claim = claims[j]
        if sentences[j] - sentences[i] > 1:  # not claims.index(claim): cubic, 88 s for 618
            break
        same_kind = claim.measure in (None, total.measure) and claim.role in (None, "part")
        if not same_kind or claim.value.min is None or claim.value.min != claim.value.max:
            break
        parts.append(claim)
    # Most items name whose or where they are (a few may use a name the lexicon lacks).
    named = [p for p in parts if p.subject or p.site]
    return parts if len(named) * 2 >= len(parts) and len(named) >= MIN_PARTS else []


def _sentence_numbers(claims: list[Claim]) -> list[int]:
    numbers, current, last = [], -1, None
    for claim in claims:
        if claim.sentence != last:
            current, last = current + 1, claim.sentence
        numbers.append(current)
    return numbers


def _number(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,}"


def _mismatch(total: Claim, parts: list[Claim], added: float,
              topic_of: Mapping[str, Topic]) -> Finding:
    sum_text = " + ".join(_number(p.value.min) for p in parts)
    lines = sorted({p.span.line for p in parts})
    where = f"line {lines[0]}" if len(lines) == 1 else f"lines {lines[0]}–{lines[-1]}"
    message = (f"{total.article} gives {total.measure} as {total.value.describe()} (line "
               f"{total.span.line}: «{total.text.strip()}») but its breakdown adds up to "
               f"{_number(added)}: {sum_text} ({where}).")
    return finding(CHECK, CHECK.default_severity, topic_of.get(total.id), [total, *parts],
                   message, primary=total)


CHECK = Check(id="breakdown-sum", name="BreakdownSum", default_severity=Severity.WARNING,
              status=CheckStatus.PREVIEW, scope=Scope.FIGURES, doc=__doc__, run=run)
