"""A date is written with a weekday the calendar contradicts.

## What it finds
The article pairs a weekday with a date, but on the calendar that date falls on another
weekday.

A relative date that names its weekday («مساء أمس الخميس») is checked too, against the day
the article's own date makes it: a warning, since that date may itself be inferred. So is
a date without a year in an article without a date that names its own day («اليوم
الاثنين» … «يوم الأحد 30 يونيو»), in the one year of the story's other dates, when nearly
all fall in one and it is within a month of them.

When other articles of the story date the nearest day of the stated weekday, naming that
weekday («أمس السبت», «السبت 15 شباط»), the finding cites them: which reading the other
sources back. When at least two other articles write the date itself with its own weekday
(«السبت 15 نوفمبر» against «الأحد 15 نوفمبر»), and more of them than back the nearest
day, the weekday is the likelier slip: the finding says so and suggests the date as written.

## Why it matters
A weekday is how many readers place an event ("on Monday"), and a contradiction shows
that the day, the month or the weekday was mistyped. When the same article also places
the event relatively, relative-date-mismatch reports the date instead, weekday included,
and this check stays silent.

## Example
`park.txt`:

    افتتحت البلدية الحديقة العامة الجديدة يوم الاثنين 7 آذار 2023 بحضور سكان الحي.

7 March 2023 was a Tuesday, not a Monday: an error, with the nearest Monday, 2023-03-06,
as the suggestion. `market.txt` of the same story dates a Monday 6 March:

    يقام سوق الخضار الأسبوعي يوم الاثنين 6 آذار 2023 في ساحة البلدية.

so the finding quotes it too, as another source for that Monday.

## What to do
Usually the day number or the month is a typo. The suggestion is the nearest date on
the stated weekday, or the date as written when other sources back it; confirm it against
the source before correcting.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace

from factcheck.analyse.checks import relative_date_mismatch
from factcheck.analyse.checks.base import (Check, CheckStatus, Scope, date_text, finding,
                                           weekday_fits, weekday_name, where)
from factcheck.model import Claim, Finding, Severity, Topic


def run(claims: list[Claim], topic_of: Mapping[str, Topic]) -> list[Finding]:
    """`claims`: the date claims of one story, every article's."""
    of_article: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        of_article[claim.article].append(claim)
    findings: list[Finding] = []
    story_span = _story_span(claims)
    for article_claims in of_article.values():
        relatives: list[Claim] | None = None
        for claim in article_claims:
            value = claim.value
            if value.weekday is None:
                continue
            date = value.as_date()
            if (date is None and value.year is None and value.month and value.day
                    and _tells_its_own_day(article_claims)):
                # «يوم الأحد 30 يونيو» in an article with no date of its own that reports its
                # own day («اليوم الاثنين»): the story's present, so the year of the story's
                # other dates, if they are nearly all of one year
                if story_span is not None:
                    year, first, last = story_span
                    year_date = replace(value, year=year).as_date()
                    if (year_date is not None and first - _NEAR <= year_date <= last + _NEAR
                            and not weekday_fits(year_date, value)):
                        findings.append(_in_the_storys_year(claim, year_date, topic_of))
                continue
            if date is None or weekday_fits(date, value):
                continue
            if value.relative:
                # «مساء أمس الخميس» in an article of a Saturday: yesterday was a Friday. The
                # day comes from the article's own date, so this says so and is a warning.
                findings.append(_relative(claim, date, topic_of))
                continue
            if relatives is None:
                relatives = relative_date_mismatch.relatives_of(article_claims)
            if relatives and relative_date_mismatch.contradicting(claim, relatives) is not None:
                continue  # relative-date-mismatch reports this date, its weekday included
            findings.append(_mismatch(claim, date, topic_of, claims))
    return findings


def _mismatch(claim: Claim, date: dt.date, topic_of: Mapping[str, Topic],
              story_claims: list[Claim]) -> Finding:
    stated = claim.value.weekday
    # The nearest date that falls on the stated weekday (a typo in the day is the usual cause).
    shift = next(d for d in range(-3, 4) if (date + dt.timedelta(days=d)).weekday() == stated)
    nearest = date + dt.timedelta(days=shift)
    message = (f"«{claim.text.strip()}»: {date_text(date)} was a {weekday_name(date.weekday())}, "
               f"not a {weekday_name(stated)}. The nearest {weekday_name(stated)} is "
               f"{date_text(nearest)}")
    backing = _sources_for(nearest, stated, claim.article, story_claims)
    # Other sources that write the date as written, with its own weekday, of the same
    # event («السبت 15 نوفمبر»): when at least two do, and more than back the nearest day,
    # the weekday is the slip. (The day after a night fire is the day its toll was
    # announced: dates of other events back nothing.)
    as_written = [c for c in _sources_for(date, date.weekday(), claim.article, story_claims)
                  if c.event == claim.event]
    if len(as_written) >= _WEEKDAY_SLIP_SOURCES and len(as_written) > len(backing):
        message += (f"; but {_count(as_written)} {date_text(date)} as a "
                    f"{weekday_name(date.weekday())} ({_quoted(as_written)}): the weekday is "
                    f"the likelier slip")
        return finding(CHECK, CHECK.default_severity, topic_of.get(claim.id), [claim],
                       message + ".", date.isoformat(), evidence=as_written)
    if backing:
        message += f", a {weekday_name(stated)} {_count(backing)} too ({_quoted(backing)})"
    return finding(CHECK, CHECK.default_severity, topic_of.get(claim.id), [claim], message + ".",
                   nearest.isoformat(), evidence=backing)


_WEEKDAY_SLIP_SOURCES = 2


def _count(sources: list[Claim]) -> str:
    """«another source dates», «3 other sources date» (one claim per article)."""
    return f"{len(sources)} other sources date" if len(sources) > 1 else "another source dates"


def _quoted(sources: list[Claim]) -> str:
    return f"{where(sources[:3])}{', …' if len(sources) > 3 else ''}"


def _sources_for(day: dt.date, weekday: int, article: str, claims: list[Claim]) -> list[Claim]:
    """Other articles' dates that name `weekday` and fall on `day`: sources that back the
    weekday reading of a mistyped date. The first of each article, in article order."""
    first: dict[str, Claim] = {}
    for claim in claims:
        value = claim.value
        if (claim.article != article and claim.article not in first
                and value.weekday == weekday and value.granularity == "day"
                and value.as_date() == day):
            first[claim.article] = claim
    return [first[a] for a in sorted(first)]


# The share of a story's day dates that must fall in one year for a yearless date to be
# read in it.
_ONE_YEAR_SHARE = 0.9


# … and how far outside their days it may fall: a date months away may be another year's
# (an article the story took in that is about an earlier event of the same kind).
_NEAR = dt.timedelta(days=31)


def _story_span(claims: list[Claim]) -> tuple[int, dt.date, dt.date] | None:
    """The one year nearly all of the story's present falls in, with its first and last
    day, if there is one. The present is the days articles name by their own («اليوم
    الأربعاء», «أمس»), when at least two do; else every resolved day date (a story's
    deadlines and recalled events fall in other years more often than its news does)."""
    dated = [(c.value.relative, d) for c in claims if c.value.granularity == "day"
             and c.value.resolved and (d := c.value.as_date()) is not None]
    present = [d for relative, d in dated if relative]
    days = present if len(present) >= 2 else [d for _, d in dated]
    if not days:
        return None
    years = [d.year for d in days]
    year = max(set(years), key=years.count)
    if years.count(year) < _ONE_YEAR_SHARE * len(years):
        return None
    mine = [d for d in days if d.year == year]
    return year, min(mine), max(mine)


def _tells_its_own_day(article_claims: list[Claim]) -> bool:
    """Does the article name a day by its own («اليوم الاثنين», «أمس الأحد»)? Then it reports
    the story's present; one that does not may be an earlier event's, taken into the story
    for its place and kind."""
    return any(c.value.relative and c.value.weekday is not None and c.value.granularity == "day"
               for c in article_claims)


def _in_the_storys_year(claim: Claim, date: dt.date, topic_of: Mapping[str, Topic]) -> Finding:
    stated = claim.value.weekday
    message = (f"«{claim.text.strip()}» gives no year, and its article none to infer; in "
               f"{date.year}, the year of the story's other dates, {date_text(date)} is a "
               f"{weekday_name(date.weekday())}, not a {weekday_name(stated)}.")
    return finding(CHECK, Severity.WARNING, topic_of.get(claim.id), [claim], message,
                   date.isoformat())


def _relative(claim: Claim, date: dt.date, topic_of: Mapping[str, Topic]) -> Finding:
    stated = claim.value.weekday
    message = (f"«{claim.text.strip()}» names a {weekday_name(stated)}, but by the article's own "
               f"date it is {date_text(date)}, a {weekday_name(date.weekday())}.")
    if claim.note:
        message += f" ({claim.note})"
    return finding(CHECK, Severity.WARNING, topic_of.get(claim.id), [claim], message,
                   date.isoformat())


CHECK = Check(id="weekday-mismatch", name="WeekdayMismatch", default_severity=Severity.ERROR,
              status=CheckStatus.STABLE, scope=Scope.STORY, doc=__doc__, run=run)
