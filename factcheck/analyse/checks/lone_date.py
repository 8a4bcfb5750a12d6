"""One source dates an event on another day than the sources that agree on it.

## What it finds
Two or more articles of a story give one day for an event of one kind (the day a fare
rises, a deadline, an approval), and one article gives another day, at most a month away,
for the same kind of event, in a sentence about the same thing (it shares words of the
fact with theirs, not only the event word or the month). That article gives the others'
day nowhere, and no other article gives its day. Announcements (a story has many) and
the story's disaster (its days are compared in its own topic) are left out.

## Why it matters
Dates of one kind of event are compared in one topic only when their sentences tell the
same story in enough words: two deadlines of one story are often two deadlines. So a
misdated event in an article worded otherwise lands in a topic of its own and is never
compared. A day that no other source gives, against a day several sources agree on, for
the same fact, is the likely slip.

## Example
`amman.txt`, `mashreq.txt`:

    وتبدأ الأمانة تطبيق الأجرة الجديدة للحافلات اعتبارا من يوم الأحد 14 أيلول.

`atlas.txt`:

    وقالت مصادر إن التسعيرة الجديدة للحافلات ستطبق ابتداء من فاتح أكتوبر المقبل.

"atlas dates the start 2025-10-01 (line 4: «فاتح أكتوبر المقبل») where 2 other sources give
2025-09-14 (amman line 4: «يوم الأحد 14 أيلول»; also mashreq line 4)."

## What to do
Check the day against the statement the other sources quote, and correct the article
that departs from it, or say which other event its day is.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Mapping

from factcheck.analyse.checks.base import Check, CheckStatus, Scope, finding, where
from factcheck.analyse.group import MANY_PER_STORY, ONE_EVENT_PER_STORY
from factcheck.analyse.similarity import fact_keys
from factcheck.model import Claim, Finding, Severity, Topic

# Articles that must agree on a day for another article's day to stand alone against it.
MIN_AGREEING = 2
# How far a misdated event lies from its day: a mistyped day number, a month's slip.
MAX_DAYS_APART = 31
# Words of the fact (similarity.fact_keys) the lone sentence must share with the agreeing
# ones, each word found in at least two of theirs: the story's own words, not chance ones.
MIN_SHARED_FACT_WORDS = 2


def run(claims: list[Claim], topic_of: Mapping[str, Topic]) -> list[Finding]:
    """`claims`: the date claims of one story, every article's."""
    articles_on: dict[dt.date, set[str]] = defaultdict(set)  # every day of the story
    of_kind: dict[tuple[str, str | None], list[tuple[dt.date, Claim]]] = defaultdict(list)
    for claim in claims:
        day = claim.value.as_date() if claim.value.granularity == "day" else None
        if day is None:
            continue
        articles_on[day].add(claim.article)
        if (claim.event and claim.role is None and claim.event not in MANY_PER_STORY
                and claim.event not in ONE_EVENT_PER_STORY):
            of_kind[(claim.event, claim.occasion)].append((day, claim))
    findings = []
    for (event, _), dated in of_kind.items():
        by_day: dict[dt.date, list[Claim]] = defaultdict(list)
        for day, claim in dated:
            by_day[day].append(claim)
        agreed = {day: same for day, same in by_day.items()
                  if len({c.article for c in same}) >= MIN_AGREEING}
        for lone_day, lone in sorted(by_day.items()):
            article = lone[0].article
            if articles_on[lone_day] != {article}:
                continue  # another source gives that day too: another event of the kind
            lone_topics = _topics(lone, topic_of)
            against = [day for day, agreeing in sorted(agreed.items())
                       if article not in articles_on[day]
                       and abs((lone_day - day).days) <= MAX_DAYS_APART
                       and not lone_topics & _topics(agreeing, topic_of)
                       and _same_fact(lone, agreeing)]
            # two agreed days it could be a slip of: it may as well be a third event
            if len(against) == 1:
                day = against[0]
                findings.append(_finding(event, lone, lone_day, agreed[day], day, topic_of))
    return findings


def _topics(claims: list[Claim], topic_of: Mapping[str, Topic]) -> set[str]:
    """The claims' topics: dates in one topic were already weighed across sources."""
    return {topic_of[c.id].id for c in claims if c.id in topic_of}


def _same_fact(lone: list[Claim], agreeing: list[Claim]) -> bool:
    """Does a lone sentence share MIN_SHARED_FACT_WORDS words of the fact with the agreeing
    sentences, each word said by two of their articles («الجديدة», «للحافلات»)?"""
    words_of: dict[str, set[str]] = defaultdict(set)
    for claim in agreeing:
        words_of[claim.article] |= fact_keys(claim.sentence)
    said = Counter(k for words in words_of.values() for k in words)
    common = {k for k, n in said.items() if n >= 2}
    shared = {k for c in lone for k in fact_keys(c.sentence)} & common
    return len(shared) >= MIN_SHARED_FACT_WORDS


def _finding(event: str, lone: list[Claim], lone_day: dt.date, agreeing: list[Claim],
             day: dt.date, topic_of: Mapping[str, Topic]) -> Finding:
    first = min(lone, key=lambda c: c.span.start)
    others = sorted(agreeing, key=lambda c: (c.article, c.span.start))
    first_of: dict[str, Claim] = {}  # each agreeing article's first date, quoted once
    for claim in others:
        first_of.setdefault(claim.article, claim)
    shown, *rest = first_of.values()
    message = (f"{first.article} dates the {event} {lone_day.isoformat()} (line {first.span.line}: "
               f"«{first.text.strip()}») where {len(first_of)} other sources give "
               f"{day.isoformat()} ({shown.article} line {shown.span.line}: «{shown.text.strip()}»"
               + (f"; also {where(rest)}" if rest else "") + ").")
    return finding(CHECK, CHECK.default_severity, topic_of.get(first.id), [*lone, *others],
                   message, suggestion=day.isoformat(), primary=first)


CHECK = Check(id="lone-date", name="LoneDate", default_severity=Severity.WARNING,
              status=CheckStatus.PREVIEW, scope=Scope.STORY, doc=__doc__, run=run)
