"""One source dates an event on another day than the sources that agree on it.

## What it finds
Two or more articles of a story give one day for an event of one kind (the day a fare
rises, a deadline, an approval), and one article gives another day, at most a month away
or the same day a year off (a mistyped year), in a sentence about the same thing (it shares
words of the fact with theirs, not only the event word or the month). That article gives
the others' day nowhere, and no other article gives its day. A month («جانفي 2026») is
weighed the same way against a month others agree on, at most two months away or a year
off. The lone date may have no event word when it is written out («في 21 أيلول», not
«اليوم») and its sentence shares one more word of the fact. Announcements (a story has
many) are left out; the story's disaster's days are compared in its own topic, so only a
day of it written with no event word is weighed here, and only a day or two off (the days
after a disaster are its aftermath).

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

from collections import Counter, defaultdict
from collections.abc import Mapping

from factcheck.analyse.checks.base import (Check, CheckStatus, Scope, finding, where,
                                           word_forms_with_conjunction)
from factcheck.analyse.group import MANY_PER_STORY, MISDATED_DAYS, ONE_EVENT_PER_STORY
from factcheck.analyse.similarity import fact_keys
from factcheck.extract.dates import ARABIC_MONTH_WORDS
from factcheck.extract.words import words_of
from factcheck.lexicon.publication import TODAY_WORDS, YESTERDAY_WORDS
from factcheck.model import Claim, Finding, Severity, Topic

# Articles that must agree on a day for another article's day to stand alone against it.
MIN_AGREEING = 2
# How far a misdated event lies from its day: a mistyped day number, a month's slip.
MAX_DAYS_APART = 31
# Words of the fact (similarity.fact_keys) the lone sentence must share with the agreeing
# ones, each word found in at least two of theirs: the story's own words, not chance ones.
MIN_SHARED_FACT_WORDS = 2
# A date with no event word says what it dates only through its sentence: it must share
# more of the fact's words.
MIN_SHARED_UNNAMED = 3
# How far a misdated month lies from the agreed one.
MAX_MONTHS_APART = 2


def run(claims: list[Claim], topic_of: Mapping[str, Topic]) -> list[Finding]:
    """`claims`: the date claims of one story, every article's."""
    articles_on: dict[tuple, set[str]] = defaultdict(set)  # every day and month of the story
    of_kind: dict[tuple[str, str | None], list[tuple[tuple, Claim]]] = defaultdict(list)
    unnamed: list[tuple[tuple, Claim]] = []  # dates with no event word
    for claim in claims:
        when = _calendar(claim)
        if when is None:
            continue
        articles_on[when].add(claim.article)
        if when[0] == "day":  # a day is in its month: «15 جانفي» gives «جانفي»
            articles_on[("month", when[1].year, when[1].month)].add(claim.article)
        if claim.role is not None or claim.event in MANY_PER_STORY:
            continue
        if claim.event:
            of_kind[(claim.event, claim.occasion)].append((when, claim))
        elif _written_out(claim):
            # (not «اليوم», «أمس الاثنين»: with no event word, most often the day of the
            # article's own news, not of the fact the others date)
            unnamed.append((when, claim))
    # each lone date (an article's, on one day) → the agreed dates it may be a slip of
    slips: dict[tuple[str, tuple], list[tuple[str, list[Claim], tuple, list[Claim]]]] = (
        defaultdict(list))
    for (event, _), dated in of_kind.items():
        by_when: dict[tuple, list[Claim]] = defaultdict(list)
        for when, claim in dated:
            by_when[when].append(claim)
        agreed = {when: same for when, same in by_when.items()
                  if len({c.article for c in same}) >= MIN_AGREEING}
        if not agreed:
            continue
        # The story's disaster's own days are weighed in its topic; a day of it written
        # with no event word («الأحد 13 نيسان») is in none, and is weighed here.
        candidates = unnamed if event in ONE_EVENT_PER_STORY else [*dated, *unnamed]
        lone_by_when: dict[tuple, list[Claim]] = defaultdict(list)
        for when, claim in candidates:
            lone_by_when[when].append(claim)
        for lone_when, every in sorted(lone_by_when.items()):
            for article in sorted({c.article for c in every}):
                if articles_on[lone_when] != {article}:
                    continue  # another source gives that day too: another event of the kind
                lone = [c for c in every if c.article == article]
                named = any(c.event for c in lone)
                lone_topics = _topics(lone, topic_of)
                for when, agreeing in sorted(agreed.items()):
                    if (when[0] == lone_when[0] and article not in articles_on[when]
                            and _near(lone_when, when, MISDATED_DAYS if event in
                                      ONE_EVENT_PER_STORY else MAX_DAYS_APART)
                            and not lone_topics & _topics(agreeing, topic_of)
                            and _same_fact(lone, agreeing, MIN_SHARED_FACT_WORDS if named
                                           else MIN_SHARED_UNNAMED)):
                        slips[(article, lone_when)].append((event, lone, when, agreeing))
    findings = []
    for (_, lone_when), against in sorted(slips.items()):
        # two agreed dates it could be a slip of: it may as well be a third event
        if len({when for _, _, when, _ in against}) == 1:
            event, lone, when, agreeing = against[0]
            findings.append(_finding(event, lone, lone_when, agreeing, when, topic_of))
    return findings


def _calendar(claim: Claim) -> tuple | None:
    """("day", date) or ("month", year, month): a date the calendar places, at the
    granularity it is written in."""
    value = claim.value
    if value.granularity == "day":
        day = value.as_date()
        return ("day", day) if day is not None else None
    if value.granularity == "month" and value.year is not None and value.month is not None:
        return ("month", value.year, value.month)
    return None


def _written_out(claim: Claim) -> bool:
    """Does the date name its month or a day number («الأول من نوفمبر», «12 آب»), and not
    as the article's own day («اليوم الخميس 23 تشرين الأول», «أمس الأربعاء 22 …»)?"""
    words = words_of(claim.text)
    before = words_of(claim.sentence[:claim.sentence_offset or 0])[-_TODAY_REACH:]
    return ((any(w[:1].isdigit() for w in words) or any(w in _MONTHS for w in words))
            and not _TODAY & {*words, *before})


_TODAY = word_forms_with_conjunction((*TODAY_WORDS, *YESTERDAY_WORDS))
_TODAY_REACH = 2  # words before a date read for «اليوم»: «اليوم الخميس 23 …» is one date


_MONTHS = word_forms_with_conjunction(ARABIC_MONTH_WORDS)


def _near(lone: tuple, agreed: tuple, max_days: int = MAX_DAYS_APART) -> bool:
    """Is a lone date a likely slip of an agreed one: a day at most `max_days` off, a month
    at most two off, or the same day or month in the year before or after (a mistyped
    year)? (A disaster's days after it are its follow-up, not a slip: a day or two.)"""
    if lone[0] == "day":
        a, b = lone[1], agreed[1]
        return abs((a - b).days) <= max_days or (
            (a.month, a.day) == (b.month, b.day) and abs(a.year - b.year) == 1)
    months = abs((lone[1] * 12 + lone[2]) - (agreed[1] * 12 + agreed[2]))
    return months <= MAX_MONTHS_APART or months == 12


def _topics(claims: list[Claim], topic_of: Mapping[str, Topic]) -> set[str]:
    """The claims' topics: dates in one topic were already weighed across sources."""
    return {topic_of[c.id].id for c in claims if c.id in topic_of}


def _same_fact(lone: list[Claim], agreeing: list[Claim], needed: int) -> bool:
    """Does a lone sentence share MIN_SHARED_FACT_WORDS words of the fact with the agreeing
    sentences, each word said by two of their articles («الجديدة», «للحافلات»)?"""
    words_of: dict[str, set[str]] = defaultdict(set)
    for claim in agreeing:
        words_of[claim.article] |= fact_keys(claim.sentence)
    said = Counter(k for words in words_of.values() for k in words)
    common = {k for k, n in said.items() if n >= 2}
    shared = {k for c in lone for k in fact_keys(c.sentence)} & common
    return len(shared) >= needed


def _iso(when: tuple) -> str:
    return when[1].isoformat() if when[0] == "day" else f"{when[1]:04d}-{when[2]:02d}"


def _finding(event: str, lone: list[Claim], lone_when: tuple, agreeing: list[Claim],
             when: tuple, topic_of: Mapping[str, Topic]) -> Finding:
    first = min(lone, key=lambda c: c.span.start)
    others = sorted(agreeing, key=lambda c: (c.article, c.span.start))
    first_of: dict[str, Claim] = {}  # each agreeing article's first date, quoted once
    for claim in others:
        first_of.setdefault(claim.article, claim)
    shown, *rest = first_of.values()
    message = (f"{first.article} dates the {event} {_iso(lone_when)} (line {first.span.line}: "
               f"«{first.text.strip()}») where {len(first_of)} other sources give "
               f"{_iso(when)} ({shown.article} line {shown.span.line}: «{shown.text.strip()}»"
               + (f"; also {where(rest)}" if rest else "") + ").")
    return finding(CHECK, CHECK.default_severity, topic_of.get(first.id), [*lone, *others],
                   message, suggestion=_iso(when), primary=first)


CHECK = Check(id="lone-date", name="LoneDate", default_severity=Severity.WARNING,
              status=CheckStatus.PREVIEW, scope=Scope.STORY, doc=__doc__, run=run)
