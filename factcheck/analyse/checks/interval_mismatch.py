"""A date said to be so many days after another, in one sentence, is not.

## What it finds
One sentence gives a day, says it came so many days or weeks after (or before) another
event, and dates that event: «عاد المجلس للانعقاد الاثنين 11 أيار، بعد يومين فقط من
جلسة الأربعاء 6 أيار». The two days are not that far apart (here five days, not two).
Only days and weeks count (a month is no exact number of days), and only when both dates
are written out in the sentence, with no other day between them — or when the interval
is counted from the story's disaster («أي بعد يومين من الحادث») and the article dates
that disaster elsewhere, on one day.

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
from factcheck.extract.normalize import normalize, normalize_word
from factcheck.extract.words import word_key, words_of
from factcheck.lexicon.events import EVENT_WORDS
from factcheck.model import Claim, Finding, Severity, Topic

_DISASTER = "disaster"  # lexicon/events.py's name
_DISASTER_WORDS = frozenset(word_key(normalize_word(w)) for w in EVENT_WORDS[_DISASTER])
_CLAUSE_BREAKS = "،,؛;:."  # punctuation that ends a clause
# The most words between the first date and «بعد/قبل», and between «من» and the second
# date («بعد يومين من التدشين الرسمي الذي أشرف عليه وزير النقل يوم الثلاثاء 21 أفريل»).
REACH_WORDS = 12


def run(dates: list[Claim], topic_of: dict[str, Topic]) -> list[Finding]:
    days_given = [c for c in dates if _a_day(c)]
    by_sentence: dict[tuple[int, str], list[Claim]] = defaultdict(list)
    for claim in days_given:
        by_sentence[(claim.span.start - claim.sentence_offset, claim.sentence)].append(claim)
    # The day the article gives its disaster, when it gives one («انقلب عصر الثلاثاء 10
    # شباط»): what «بعد يومين من الحادث» counts from.
    disasters = [c for c in days_given if c.event == _DISASTER]
    one_day = len({c.value.as_date() for c in disasters}) == 1
    disaster = disasters[0] if one_day else None
    findings = []
    for days in by_sentence.values():
        days.sort(key=lambda c: c.span.start)
        pairs = list(zip(days, days[1:]))
        if disaster is not None and days[-1] is not disaster:
            pairs.append((days[-1], disaster))  # the last day of the sentence, from the disaster
        for first, second in pairs:
            said = (_interval(first, second) if second.sentence == first.sentence
                    else _from_the_disaster(first))
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


def _a_day(claim: Claim) -> bool:
    """A day the text writes out (not one reckoned from another), placed in its sentence."""
    value = claim.value
    return (value.granularity == "day" and not value.relative and value.as_date() is not None
            and claim.sentence_offset is not None)


def _from_the_disaster(first: Claim) -> int | None:
    """«اليوم الجمعة 13 شباط، أي بعد يومين من الحادث»: the interval after the day, counted
    from a noun of the story's disaster, the rest of its sentence naming no other day."""
    rest = normalize(first.sentence[first.sentence_offset + len(first.text):]).text
    found = find_interval(rest)
    if found is None or len(rest[:found[1]].split()) > REACH_WORDS:
        return None
    words = words_of(rest[found[2]:], normalized=True)
    if not words or word_key(words[0]) not in _DISASTER_WORDS:
        return None
    return found[0]


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
    if any(mark in _CLAUSE_BREAKS for mark in between[after:]):
        # «بعد يومين من الحادث، أن موعد الجلسة الأربعاء 14 أيار»: the second day is another
        # clause's, not the one the interval counts from
        return None
    return days


CHECK = Check(id="interval-mismatch", name="IntervalMismatch",
              default_severity=Severity.WARNING, status=CheckStatus.PREVIEW, scope=Scope.ARTICLE,
              doc=__doc__, run=run)
