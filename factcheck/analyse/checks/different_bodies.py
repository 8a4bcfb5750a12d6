"""Articles agree on a figure but attribute it to different bodies.

## What it finds
The articles give the same figure, but one says it counts one body (for example a
country's forces) and another a different one (for example a whole coalition).

## Why it matters
The figure looks confirmed because every source repeats it, yet the sources disagree on
what it counts, so at least one of them misreports the fact. It is a note (info), not an
error: the figure itself is consistent. Only rules with `[topic.subjects]` name bodies.

## Example
`police.txt`:

    نشرت الشرطة 3000 عنصر لتأمين سباق الماراثون الذي يقام في شوارع المدينة يوم الجمعة.

`civil-defence.txt`:

    نشر الدفاع المدني 3000 عنصر لتأمين سباق الماراثون في شوارع المدينة.

With a rule whose subjects are "the police" (الشرطة) and "the civil defence" (الدفاع
المدني): "Sources agree on Personnel securing the marathon (3,000) but attribute the
figure to different bodies — the civil defence: civil-defence; the police: police."

## What to do
At most one attribution is likely right. Check the source and name the body the figure
belongs to.
"""

from __future__ import annotations

from collections import defaultdict

from factcheck.analyse.checks.base import Check, CheckStatus, Scope, finding
from factcheck.analyse.checks.compare import SourcesOutcome
from factcheck.model import Claim, Finding, Severity, Topic, TopicStatus


def run(topic: Topic, members: list[Claim], outcome: SourcesOutcome) -> list[Finding]:
    """Same figure, different bodies: 2500 as US forces here, as the whole coalition there."""
    if topic.status != TopicStatus.CONSISTENT:
        return []
    by_subject: dict[str, list[Claim]] = defaultdict(list)
    claims = [c for c in members if c.article in outcome.in_frame]
    for claim in claims:
        if claim.subject:
            by_subject[claim.subject].append(claim)
    if len(by_subject) < 2:
        return []
    values = {c.value.describe() for c in claims}
    parts = "; ".join(f"{subject}: {', '.join(sorted({c.article for c in cs}))}"
                      for subject, cs in sorted(by_subject.items()))
    message = (f"Sources agree on {topic.label} ({', '.join(sorted(values))}) but attribute the "
               f"figure to different bodies — {parts}. Check which body the figure belongs to.")
    involved = [c for cs in by_subject.values() for c in cs]
    return [finding(CHECK, CHECK.default_severity, topic, involved, message)]


CHECK = Check(id="different-bodies", name="DifferentBodies", default_severity=Severity.INFO,
              status=CheckStatus.STABLE, scope=Scope.SOURCES, doc=__doc__, run=run)
