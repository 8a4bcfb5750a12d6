"""One article times the same event at two times of day that cannot both be right.

## What it finds
Two times of day in one article, in sentences about the same thing, that its words do not
let be one moment: «ضربت هزة ارتدادية … على الساعة سابعة صباحا» and, a paragraph later,
«سجلت الهزة حوالي الساعة 6:35 صباحا». A whole hour said plainly allows a quarter of an hour
either side, minutes said plainly two, and «حوالي» widens both. Times less than an hour
apart are read as one event timed twice; further apart, as two events.

Not compared: a running figure's moment («إلى حدود الساعة العاشرة»), a stretch of the day
(«من الساعة 11 صباحا إلى الساعة 4 مساء»), a time in another zone («بتوقيت غرينتش») with a
local one, times of different days, times whose clauses name different events (the exam's
start, the leak's detection), and a member of a series («بلغت قوة أشدها 4,2 درجات على
الساعة 05:12»).

## Why it matters
The time of an event anchors everything counted from it: a toll "in the first six hours",
the order of a quake and its aftershock, who was where. A reader cannot tell which of the
two times is the article's, and a story that copies one of them copies the slip.

## Example
`aftershock.txt`:

    ضربت هزة ارتدادية منطقة الجبل صباح اليوم الخميس على الساعة السابعة صباحا.
    وسجلت الهزة الارتدادية حوالي الساعة 6:35 صباحا بالتوقيت المحلي.

07:00 and about 06:35 are 25 minutes apart, more than the words allow: a warning quoting
both. A quake timed «على الساعة 03:47» and «عند الساعة الثالثة و47 دقيقة فجرا», and its
strongest aftershock «على الساعة 04:20», are not reported.

## What to do
Check the time with the source the article cites (an observatory's or a ministry's
statement), and give one time, or say why two are given.
"""

from __future__ import annotations

from itertools import combinations

from factcheck.analyse.checks.base import Check, CheckStatus, Scope, finding
from factcheck.analyse.similarity import fact_keys
from factcheck.extract.clauses import clause_words
from factcheck.extract.normalize import normalize_word
from factcheck.lexicon.clock import ANOTHER_EVENT_WORDS
from factcheck.model import Claim, ClockTime, Finding, Severity, clock_text

# Two times of one event this far apart or more are read as two events («وقع الزلزال عند
# الساعة 03:47 … وبلغت قوة أشدها 4,2 درجات على الساعة 05:12»).
SAME_EVENT_REACH = 60
_HALF_DAY = 12 * 60
_DAY = 24 * 60
_ANOTHER = frozenset(normalize_word(w) for w in ANOTHER_EVENT_WORDS)


def run(times: list[Claim]) -> list[Finding]:
    """One finding per pair of times of day the article gives one event."""
    # the same time said twice (headline and body) is one side of a finding
    sides: dict[tuple[int, int, int, str | None], list[Claim]] = {}
    for claim in times:
        if _one_of_a_series(claim):
            continue
        v = claim.value
        sides.setdefault((v.minute, v.lo, v.hi, v.zone), []).append(claim)
    findings: list[Finding] = []
    for a, b in combinations(sides.values(), 2):
        pair = _disagreeing(a, b)
        if pair is None:
            continue
        first, second, apart = pair
        message = (f"{first.article} times one event two ways: «{first.text}» (line "
                   f"{first.span.line}, {_said(first.value)}) and «{second.text}» (line "
                   f"{second.span.line}, {_said(second.value)}), {apart} minutes apart: "
                   f"more than the words' rounding allows.")
        findings.append(finding(CHECK, CHECK.default_severity, None, [*a, *b], message))
    return findings


def _disagreeing(a: list[Claim], b: list[Claim]) -> tuple[Claim, Claim, int] | None:
    """The first pair of claims of the two sides that time one event two ways, and how far
    apart, in minutes; None when no pair does."""
    for x in a:
        for y in b:
            if not _same_event(x, y):
                continue
            gap, apart = _distance(x.value, y.value)
            if gap > 0 and apart < SAME_EVENT_REACH:
                return (x, y, apart) if x.span.start < y.span.start else (y, x, apart)
    return None


def _same_event(x: Claim, y: Claim) -> bool:
    if x.value.zone != y.value.zone or not _same_day(x.value.day, y.value.day):
        return False
    if x.event and y.event and x.event != y.event:
        return False
    return bool(fact_keys(x.sentence) & fact_keys(y.sentence))


def _same_day(a: str | None, b: str | None) -> bool:
    """Can two day words name one day? «اليوم» may be any weekday; «أمس» and «اليوم», or two
    weekdays, are two days."""
    if a is None or b is None or a == b:
        return True
    return not ({a, b} == {"today", "yesterday"} or (a.startswith("wd") and b.startswith("wd")))


def _distance(a: ClockTime, b: ClockTime) -> tuple[int, int]:
    """(minutes between what the two allow, 0 when they meet; minutes between the times
    said), reading a time with no part of the day on the 12-hour dial."""
    shifts = (0,) if a.half_day_known and b.half_day_known else (-_HALF_DAY, 0, _HALF_DAY)
    best = None
    for shift in shifts:
        for day in (-_DAY, 0, _DAY):  # 23:50 and 00:05 are a quarter of an hour apart
            move = shift + day
            gap = max(0, a.lo - (b.hi + move), (b.lo + move) - a.hi)
            apart = abs(a.minute - (b.minute + move))
            if best is None or (gap, apart) < best:
                best = (gap, apart)
    return best  # type: ignore[return-value]


def _one_of_a_series(claim: Claim) -> bool:
    """«بلغت قوة أشدها 4,2 درجات على الساعة 05:12», «هزة ثانية عند الساعة …»: the time of
    one member of a series, not of the event the article times elsewhere."""
    _, whole = clause_words(claim)
    own = set(claim.words)
    return any(w in _ANOTHER for w in whole if w not in own)


def _said(value: ClockTime) -> str:
    return f"about {clock_text(value.minute)}" if value.approximate else clock_text(value.minute)


CHECK = Check(id="clock-time-mismatch", name="ClockTimeMismatch",
              default_severity=Severity.WARNING, status=CheckStatus.PREVIEW, scope=Scope.CLOCK,
              doc=__doc__, run=run)
