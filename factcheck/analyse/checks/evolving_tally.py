"""A running total grows with publication time, as expected.

## What it finds
A running total (casualties, arrests, displaced people) is higher in later reports than
in earlier ones. This is normal for a developing story and is not an error; it is listed
so that the earlier figures are not reused as current.

## Why it matters
An editor copying a figure from an earlier report publishes an outdated toll. The note
lists the figures in publication order (the first and last few when there are many).
Where publication times are unknown, or the differing reports share a day, it says it
cannot tell an update from a conflict instead of guessing: those are the ones to check.

## Example
`day-1.txt` (published 2024-09-17):

    قتل 6 أشخاص جراء السيول التي ضربت المحافظة.

`day-2.txt` (published 2024-09-18):

    ارتفع عدد القتلى جراء السيول في المحافظة إلى 11 قتيلا.

"Running total of dead changes across reports: 6 (day-1, 2024-09-17); 11 (day-2,
2024-09-18). It only rises with publication time: an update, not a conflict."

## What to do
Use the latest sourced figure and say when it was reported.
"""

from __future__ import annotations

import datetime as dt

from factcheck.analyse.checks.base import Check, CheckStatus, Scope, finding
from factcheck.analyse.checks.compare import TallyOutcome
from factcheck.model import Claim, Finding, Severity, Topic, TopicStatus

# An evolving tally lists its first and last reports; a long run in between is summarised.
MAX_STEPS_SHOWN = 12


def run(topic: Topic, members: list[Claim], outcome: TallyOutcome) -> list[Finding]:
    if topic.status != TopicStatus.EVOLVING:
        return []
    pub = outcome.publication
    ordered = sorted(members, key=lambda c: (pub(c.article).earliest or dt.date.max, c.article,
                                             c.span.start))
    shown = _first_and_last(ordered, MAX_STEPS_SHOWN)
    steps = "; ".join(f"{c.value.describe()} ({c.article}, {pub(c.article).describe()})"
                      if c is not None else f"… {len(ordered) - len(shown) + 1} more …"
                      for c in shown)
    unknown = sorted({c.article for c in members if not pub(c.article).known})
    message = f"Running total of {topic.label} changes across reports: {steps}."
    if unknown:
        listed = ", ".join(unknown[:MAX_STEPS_SHOWN])
        if len(unknown) > MAX_STEPS_SHOWN:
            listed += f" and {len(unknown) - MAX_STEPS_SHOWN} more"
        message += (" Publication time unknown for " + listed
                    + ": cannot tell an update from a conflict there.")
    elif outcome.same_time:
        message += (" Some differing reports were published the same day: cannot tell an "
                    "update from a conflict between them.")
    else:
        message += " It only rises with publication time: an update, not a conflict."
    return [finding(CHECK, CHECK.default_severity, topic, [c for c in shown if c is not None],
                    message)]


def _first_and_last(ordered: list[Claim], limit: int) -> list[Claim | None]:
    """All of `ordered` when short, else its first and last few with None for the gap."""
    if len(ordered) <= limit:
        return list(ordered)
    head = limit // 2
    return ordered[:head] + [None] + ordered[len(ordered) - (limit - head - 1):]


CHECK = Check(id="evolving-tally", name="EvolvingTally", default_severity=Severity.INFO,
              status=CheckStatus.STABLE, scope=Scope.TALLY, doc=__doc__, run=run)
