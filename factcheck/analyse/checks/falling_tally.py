"""A running total falls over time, or differs for one stated moment.

## What it finds
A running total should not fall over time, but a later report gives a lower figure than
an earlier one. Either the later article uses an outdated figure, the earlier one
overstated it, or the two count different things. And where two articles give the toll
as of the same stated moment ("إلى حدود الساعة العاشرة من صباح اليوم", on the same
publication day) with figures that cannot both hold, that moment's count is in dispute;
so is a figure two articles give beside the same death toll (the same update relayed:
"2012 قتيلا و1832 مصابا" against "2012 شخصا، والمصابين 2059"), as a warning.

## Why it matters
Death tolls, the injured, the displaced and arrests are running totals: they
rise while a story unfolds, so figures that differ are not a conflict in themselves, but
a total that falls is. (The missing are found, alive or dead: their count falls by right
and is never reported here; nor is an earlier count an article recalls, «في حصيلة سابقة».)
Reports are ordered by publication time (front matter, else what
the text says about its own date); where that order cannot be told, evolving-tally says
so instead. Its severity is the topic's: on automatic topics an error where the toll is
named by its own words for a known country, else a warning.

## Example
`day-1.txt` (published 2024-09-17):

    ارتفع عدد القتلى جراء السيول في المحافظة إلى 11 قتيلا.

`day-2.txt` (published 2024-09-19):

    قتل 8 أشخاص جراء السيول التي ضربت المحافظة.

"Running total of dead falls: 8 (day-2 line 5; day-2, published 2024-09-19) is lower
than 11 reported earlier (day-1 line 5; day-1, published 2024-09-17). A later report
should not count fewer."

## What to do
Check the dates and sources of both figures before publishing either.
"""

from __future__ import annotations

from factcheck.analyse.checks.base import (MAX_PAIRS_SHOWN, Check, CheckStatus, Scope,
                                           attribution_note, finding, stage_note, where)
from factcheck.analyse.checks.compare import TallyOutcome, moment
from factcheck.model import SEVERITY_RANK, Claim, Finding, Severity, Topic


def run(topic: Topic, members: list[Claim], outcome: TallyOutcome) -> list[Finding]:
    findings = [_same_moment(topic, a, b, outcome) for a, b in outcome.same_moment]
    findings += [_same_update(topic, a, b) for a, b in outcome.same_update]
    if not outcome.falling:
        return findings
    pub = outcome.publication
    pairs = sorted(outcome.falling,  # the steepest fall first: that is the pair an editor checks
                   key=lambda p: (p[1].value.max or 0) - (p[0].value.min or 0))
    pairs = [(_fullest(a, members), _fullest(b, members)) for a, b in pairs]
    earlier, later = pairs[0]

    def when(claim: Claim) -> str:
        return f"{claim.article}, published {pub(claim.article).describe()}"

    message = (f"Running total of {topic.label} falls: {later.value.describe()} "
               f"({where([later])}; {when(later)}) is lower than "
               f"{earlier.value.describe()} reported earlier ({where([earlier])}; {when(earlier)}). "
               "A later report should not count fewer.")
    if len(pairs) > 1:
        message += f" {len(pairs) - 1} more later report(s) count fewer than an earlier one."
    message += attribution_note([earlier, later]) + stage_note([earlier, later])
    involved = {c.id: c for pair in pairs[:MAX_PAIRS_SHOWN] for c in pair}
    return findings + [finding(CHECK, topic.severity, topic, involved.values(), message,
                               primary=later)]


def _fullest(claim: Claim, members: list[Claim]) -> Claim:
    """The article's fullest statement of the same figure: a headline's «الحصيلة ترتفع إلى 34
    قتيلا و61 مصابا» is quoted from the body's sentence that says whose count it is and when
    («… إلى 34 قتيلا و61 مصابا، حسب آخر حصيلة أعلنتها الهيئة … صباح اليوم الجمعة»)."""
    same = [c for c in members if c.article == claim.article and c.value == claim.value]
    return max(same, key=lambda c: (len(c.sentence), -c.span.start), default=claim)


def _same_moment(topic: Topic, a: Claim, b: Claim, outcome: TallyOutcome) -> Finding:
    day, hour = moment(a, outcome.publication)
    message = (f"Running total of {topic.label} for the same moment ({hour} on "
               f"{day.isoformat()}) differs: {a.value.describe()} ({where([a])}) and "
               f"{b.value.describe()} ({where([b])}). Both cannot be the count at that time.")
    message += attribution_note([a, b])
    return finding(CHECK, topic.severity, topic, [a, b], message)


def _same_update(topic: Topic, a: Claim, b: Claim) -> Finding:
    headline, _, toll = (a.reported_with or "").partition(" ")
    message = (f"{a.article} and {b.article} relay the same update ({toll} {headline}) with "
               f"different {topic.label}: {a.value.describe()} ({where([a])}) and "
               f"{b.value.describe()} ({where([b])}). One of them may have kept a figure "
               "from another update.")
    message += attribution_note([a, b])
    # That the two are one update is read from the toll beside them, not stated: a warning.
    severity = min(topic.severity, Severity.WARNING, key=SEVERITY_RANK.__getitem__)
    return finding(CHECK, severity, topic, [a, b], message)


CHECK = Check(id="falling-tally", name="FallingTally", default_severity=Severity.WARNING,
              status=CheckStatus.STABLE, scope=Scope.TALLY, doc=__doc__, run=run)
