"""A date said to be so many days after another, in one sentence, is not.

## What it finds
One sentence gives a day, says it came so many days or weeks after (or before) another
event, and dates that event: «عاد المجلس للانعقاد الاثنين 11 أيار، بعد يومين فقط من
جلسة الأربعاء 6 أيار». The two days are not that far apart (here five days, not two).
Only days and weeks count (a month is no exact number of days), and only when both dates
are written out in the sentence, with no other day between them.

## Why it matters
The sentence contradicts itself: either one of its dates is wrong or the interval is. It
is the kind of slip an editor settles with a calendar, and a wrong date here is copied
into every timeline of the story.

## Example
`port.txt`:

    حل وزير النقل اليوم الجمعة 18 تموز بالميناء، في زيارة جاءت بعد يومين من الحريق الذي اندلع ليلة الثلاثاء 15 تموز في مستودع للمواد الكيميائية.

"port says 18 July 2025 (line 5: «الجمعة 18 تموز») came 2 day(s) after 15 July 2025
(line 5: «الثلاثاء 15 تموز»), but they are 3 day(s) apart."

## What to do
Check both dates against the calendar and the source; correct the date or the interval.
"""

from __future__ import annotations

from collections import defaultdict

from factcheck.analyse.checks.base import Check, CheckStatus, Scope, date_text, finding
from factcheck.extract.dates import find_interval
from factcheck.extract.normalize import normalize
from factcheck.model import Claim, Finding, Severity, Topic

# The most words between the first date and «بعد/قبل», and between «من» and the second
# date («بعد يومين من التدشين الرسمي الذي أشرف عليه وزير النقل يوم الثلاثاء 21 أفريل»).
REACH_WORDS = 12


def run(dates: list[Claim], topic_of: dict[str, Topic]) -> list[Finding]:
    by_sentence: dict[tuple[int, str], list[Claim]] = defaultdict(list)
    for claim in dates:
        value = claim.value
        if (value.granularity == "day" and not value.relative and value.as_date() is not None
                and claim.sentence_offset is not None):
            by_sentence[(claim.span.start - claim.sentence_offset, claim.sentence)].append(claim)
    findings = []
    for days in by_sentence.values():
        days.sort(key=lambda c: c.span.start)
        for first, second in zip(days, days[1:]):
            said = _interval(first, second)
            if said is None:
                continue
            apart = (first.value.as_date() - second.value.as_date()).days
            if apart == said:
                continue
            way = "after" if said > 0 else "before"
            message = (f"{first.article} says {date_text(first.value)} (line {first.span.line}: "
                       f"«{first.text}») came {abs(said)} day(s) {way} "
                       f"{date_text(second.value)} (line {second.span.line}: «{second.text}»), "
                       f"but they are {abs(apart)} day(s) apart"
                       + ("." if (apart > 0) == (said > 0) else ", the other way round."))
            findings.append(finding(CHECK, CHECK.default_severity, None, [first, second],
                                    message))
    return findings


def _interval(first: Claim, second: Claim) -> int | None:
    """Days «بعد/قبل N أيام من» says lie from `second` to `first`, when the words between the
    two dates say so and nothing more."""
    start = first.sentence_offset + len(first.text)
    end = second.sentence_offset
    if end <= start:
        return None
    between = normalize(first.sentence[start:end]).text
    found = find_interval(between)
    if found is None:
        return None
    days, at, after = found
    if len(between[:at].split()) > REACH_WORDS or len(between[after:].split()) > REACH_WORDS:
        return None
    return days


CHECK = Check(id="interval-mismatch", name="IntervalMismatch",
              default_severity=Severity.WARNING, status=CheckStatus.PREVIEW, scope=Scope.ARTICLE,
              doc=__doc__, run=run)
