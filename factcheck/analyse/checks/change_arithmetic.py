"""A percentage change that the article's own two values do not give.

## What it finds
An article says something rose or fell by a percentage and also gives the level before and
after ("… مقابل 30 جنيها"), and the two levels do not make that percentage. For an exchange
rate it reads the change the way the text says it: a pound that buys fewer dollars fell by
1 − old/new, a dollar that costs more pounds rose by new/old − 1. The message shows the
computation.

## Why it matters
The arithmetic can be checked from the article alone, in seconds, and a wrong percentage is
usually one taken from another report or computed the wrong way round (the rise of one
currency reported as the fall of the other).

## Example
`pound.txt`:

    تراجع الجنيه بنسبة 33% اليوم، إذ ارتفع سعر صرف الدولار إلى 40 جنيها مقابل 30 جنيها أمس.

"pound says it fell by 33% (line 1: «33%»), but its own figures, 30 then 40 (line 1), make
the currency quoted 25.0% lower; the reference currency rose 33.3%."

## What to do
Recompute the change from the two levels and say which currency or quantity moved.
"""

from __future__ import annotations

from collections.abc import Mapping

from factcheck.analyse.checks.base import (Check, CheckStatus, Scope, change_verb, finding,
                                           what_moved)
from factcheck.extract.normalize import normalize_word
from factcheck.extract.words import word_key
from factcheck.lexicon.measures import REFERENCE_CURRENCIES
from factcheck.model import Claim, Finding, Severity, Topic

# How far a stated change may be from the computed one: rounding of the percentage and of
# the levels ("نحو 40"), in percentage points.
SLACK_POINTS = 1.5
# The levels must be this many lines after the change at most (its paragraph).
NEARBY_LINES = 2


_REFERENCE = frozenset(word_key(normalize_word(w)) for w in REFERENCE_CURRENCIES)


def run(claims: list[Claim], topic_of: Mapping[str, Topic]) -> list[Finding]:
    findings: list[Finding] = []
    for change in claims:
        if change.measure != "percent-change" or change.value.min is None:
            continue
        direction = _direction(change)
        pair = _levels_near(change, claims)
        if direction is None or pair is None:
            continue
        old, new = pair
        expected = _expected(change, old, new, direction)
        if expected is None:
            continue
        stated = change.value.min
        slack = (SLACK_POINTS + change.value.precision
                 + (0.05 * stated if change.value.approximate else 0.0))
        if min(abs(stated - e) for e, _ in expected) > slack:
            findings.append(_mismatch(change, old, new, direction, expected, topic_of))
    return findings


def _direction(change: Claim) -> str | None:
    return change_verb(change)[0]


def _levels_near(change: Claim, claims: list[Claim]) -> tuple[Claim, Claim] | None:
    """An earlier level and the new one of a single measure, at most NEARBY_LINES lines
    after the change: "40 جنيها مقابل 30 جنيها"."""
    for old in claims:
        if (old.role != "previous" or old.measure is None or old.value.min is None
                or not 0 <= old.span.line - change.span.line <= NEARBY_LINES):
            continue
        new = next((c for c in claims if c.sentence == old.sentence and c.measure == old.measure
                    and c.unit == old.unit and c.role is None and c is not old
                    and c.value.min not in (None, 0)), None)
        if new is not None and old.value.min:
            return old, new
    return None


def _expected(change: Claim, old: Claim, new: Claim,
              direction: str) -> list[tuple[float, str]] | None:
    """The changes the two levels make, with what each means, in the direction stated."""
    a, b = old.value.min, new.value.min
    rise, fall = (b - a) / a * 100, (a - b) / a * 100
    if old.measure != "exchange-rate":
        return [(rise if direction == "rose" else fall, "")]
    # An exchange rate in pounds per dollar: the currency named between the verb and the
    # figure moved ("ارتفع الدولار بنسبة …"); unnamed, it is the quoted one ("انخفض بنسبة").
    subject = what_moved(change)
    if subject is not None and word_key(subject) in _REFERENCE:
        return [(rise if direction == "rose" else fall, "")]
    quoted = (1 - a / b) * 100 if direction == "fell" else (a / b - 1) * 100
    return [(quoted, f"the reference currency {'rose' if b > a else 'fell'} {abs(rise):.1f}%")]


def _mismatch(change: Claim, old: Claim, new: Claim, direction: str,
              expected: list[tuple[float, str]], topic_of: Mapping[str, Topic]) -> Finding:
    value, note = expected[0]
    what = "the currency quoted" if old.measure == "exchange-rate" and note else "it"
    moved = ("lower" if direction == "fell" else "higher") if value >= 0 else (
        "higher" if direction == "fell" else "lower")
    message = (f"{change.article} says it {direction} by {change.value.describe()}% (line "
               f"{change.span.line}: «{change.text.strip()}»), but its own figures, "
               f"{old.value.describe()} then {new.value.describe()} (line {old.span.line}), "
               f"make {what} {abs(value):.1f}% {moved}" + (f"; {note}" if note else "") + ".")
    return finding(CHECK, CHECK.default_severity, topic_of.get(change.id), [change, old, new],
                   message, primary=change)


CHECK = Check(id="change-arithmetic", name="ChangeArithmetic", default_severity=Severity.WARNING,
              status=CheckStatus.PREVIEW, scope=Scope.FIGURES, doc=__doc__, run=run)
