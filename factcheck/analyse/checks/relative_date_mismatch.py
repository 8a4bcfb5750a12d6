"""An explicit date disagrees with what the same article says relatively.

## What it finds
The article gives an explicit date for an event, and elsewhere places the same event
relatively ("two days before the end of the year"). The two do not give the same day.

## Why it matters
One article cannot be right twice about the same day, and a wrong date in a caption or a
lede is copied by everyone who quotes it. Two dates of one event are tied together only
on strong evidence: the same stated weekday and shared words, or the same event word and
most of the sentence. When the stated weekday fits the relative date, the finding is an
error with a suggestion; otherwise a warning, since the text cannot tell which is wrong.

## Example
`library.txt`:

    افتتح المحافظ الثلاثاء المكتبة العامة الجديدة قبل يومين من الموعد المحدد في نهاية حزيران الجاري.
    صورة: المحافظ يفتتح المكتبة العامة الجديدة الثلاثاء 14 حزيران يونيو 2022.

Two days before the end of June 2022 is 28 June 2022, a Tuesday, as the article says: an
error on the caption's date, with the suggestion 2022-06-28.

## What to do
The finding quotes both and, when the stated weekday settles it, suggests the date that
fits. Correct whichever is wrong.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from factcheck.analyse.checks.base import (Check, CheckStatus, Scope, date_text, finding, weekday_fits,
                                           weekday_name)
from factcheck.analyse.similarity import overlap
from factcheck.extract.normalize import normalize_word
from factcheck.lexicon.time_words import TODAY_WORDS
from factcheck.lexicon.weekdays import WEEKDAY_COMPANIONS, WEEKDAYS
from factcheck.model import Claim, Finding, Severity, Topic

# The notes extraction gives a relative date that is a day counted from the article's own
# («اليوم», «أمس», «غدا»; dates.py reads them from the lexicon).
_DAY_WORD_NOTES = frozenset(note for _, note in TODAY_WORDS.values())


def run(claims: list[Claim], topic_of: Mapping[str, Topic]) -> list[Finding]:
    relatives = relatives_of(claims)
    if not relatives:
        return []
    findings: list[Finding] = []
    for claim in claims:
        value = claim.value
        if value.relative:
            continue
        date = value.as_date()
        if date is None or _dated_as_today(claim):
            continue
        relative = contradicting(claim, relatives)
        if (relative is not None and value.weekday is not None and weekday_fits(date, value)
                and _bare_weekday(relative)):
            # «صباح السبت 2 أوت» is a Saturday: a date whose written weekday the calendar
            # confirms is not corrected by a bare «السبت» elsewhere in the article
            # («أعلنت، السبت، انتهاء عمليات الرفع»), which is another week's Saturday
            continue
        if relative is not None and not _other_week(date, relative):
            weekday_wrong = value.weekday is not None and not weekday_fits(date, value)
            findings.append(_mismatch(claim, date, relative, weekday_wrong, topic_of))
    return findings


_TODAY = normalize_word(next(w for w, (shift, _) in TODAY_WORDS.items() if shift == 0))
_WEEKDAY_NAMES = frozenset(normalize_word(w) for w in WEEKDAYS)
_AROUND_A_WEEKDAY = frozenset(normalize_word(w) for w in WEEKDAY_COMPANIONS)


def _bare_weekday(claim: Claim) -> bool:
    """«السبت», «يوم السبت الماضي»: a date read from its weekday alone."""
    words = [normalize_word(w) for w in claim.text.split()]
    named = [w for w in words if w not in _AROUND_A_WEEKDAY]
    return len(named) == 1 and named[0] in _WEEKDAY_NAMES


def _dated_as_today(claim: Claim) -> bool:
    """«صدرت اليوم الاثنين 29 يناير 2024»: the article's own day, written out in full. A
    relative day elsewhere («يوم الاثنين الماضي», a week earlier) is another day, not a
    correction of it."""
    before = claim.sentence[:claim.sentence_offset or 0].split()
    return bool(before) and normalize_word(before[-1]).lstrip("و") == _TODAY


def _other_week(date: dt.date, relative: Claim) -> bool:
    """«السبت المقبل» is at most a week after the article's day; an explicit day a week or more
    before it («الأسبوع الوبائي المنتهي السبت 7 سبتمبر») was already past: another Saturday,
    not the same one misdated. Likewise «الماضي» against a day a week or more after it."""
    rel = relative.value
    try:
        implied = dt.date(rel.year if rel.year is not None else date.year, rel.month, rel.day)
    except (TypeError, ValueError):
        return False
    note = relative.note or ""
    if "next" in note:
        return date <= implied - dt.timedelta(days=7)
    if "last" in note:
        return date >= implied + dt.timedelta(days=7)
    return False


def relatives_of(claims: list[Claim]) -> list[Claim]:
    """The article's relative dates that give a day of a month (a date can be checked
    against them). «23 مايو الجاري» writes its day: two such days are two events."""
    return [c for c in claims if c.value.relative and not c.value.year_inferred
            and c.part_of is None
            and c.value.month is not None and c.value.day is not None]


def contradicting(claim: Claim, relatives: list[Claim]) -> Claim | None:
    """The first relative date of the same event that the explicit `claim` contradicts."""
    return next((r for r in relatives
                 if not claim.value.compatible(r.value) and not _anniversary(claim, r)
                 and _same_event(claim, r)), None)


def _anniversary(explicit: Claim, relative: Claim) -> bool:
    """«أحيا اللبنانيون اليوم الذكرى الخامسة لانفجار … الذي وقع في 4 أغسطس 2020»: the same
    day and month in another year is the event's anniversary, not a wrong date for it."""
    a, b = explicit.value, relative.value
    return (a.month == b.month and a.day == b.day and a.year is not None
            and b.year is not None and a.year != b.year)


def _same_event(explicit: Claim, relative: Claim) -> bool:
    """Do two date claims of one article date the same event?

    The same stated weekday ("… الاربعاء …" in both) is strong evidence and needs only a
    couple of shared words (who, what) to confirm it. Without it, the event word and most
    of the sentence must agree.
    """
    if explicit.sentence == relative.sentence:
        # «منذ انطلاق الموسم في 15 أبريل … حتى أمس الخميس»: two days one sentence names are
        # two moments (a start and an end, an event and its report), not one day twice.
        return False
    if (explicit.value.weekday is not None and relative.value.weekday is not None
            and explicit.value.weekday != relative.value.weekday):
        return False  # «غدا السبت» and «يوم الأحد 2 مارس»: two days, each named on purpose
    # The weekday an article names for today, yesterday or tomorrow («اليوم السبت», «غدا
    # الخميس») is that day's name, not a clue: another Saturday («وتستمر إلى غاية السبت 27
    # جويلية») is another day.
    same_weekday = (explicit.value.weekday is not None
                    and explicit.value.weekday == relative.value.weekday
                    and relative.note not in _DAY_WORD_NOTES)
    if not same_weekday and (explicit.event is None or explicit.event != relative.event):
        return False  # neither clue: no need to read the sentences
    shared, jaccard = overlap(explicit.sentence, relative.sentence)
    if same_weekday:
        return shared >= 2
    return jaccard >= 0.35


def _mismatch(claim: Claim, date: dt.date, relative: Claim, weekday_wrong: bool,
              topic_of: Mapping[str, Topic]) -> Finding:
    rel = relative.value
    year = rel.year if rel.year is not None else date.year
    try:
        implied = dt.date(year, rel.month, rel.day)
    except ValueError:
        implied = None
    how = relative.note or "relative to the text"
    quoted = f"line {relative.span.line}: «{relative.text.strip()}»"
    message = f"«{claim.text.strip()}» dates this {date_text(date)}"
    if weekday_wrong:
        message += (f", but {date_text(date)} was a {weekday_name(date.weekday())}, "
                    f"not a {weekday_name(claim.value.weekday)}")
    message += f". The same article places the same event {how} ({quoted})"
    suggestion = None
    severity = Severity.WARNING
    if implied is not None:
        message += f": {date_text(implied)}"
        stated = claim.value.weekday if claim.value.weekday is not None else rel.weekday
        if stated is not None and implied.weekday() == stated:
            message += f", which was a {weekday_name(stated)}"
            suggestion, severity = implied.isoformat(), Severity.ERROR
        elif weekday_wrong:
            severity = Severity.ERROR
    message += "."
    if suggestion:
        message += f" The date was probably meant to be {suggestion}."
    return finding(CHECK, severity, topic_of.get(claim.id), [claim, relative], message,
                   suggestion, primary=claim)


CHECK = Check(id="relative-date-mismatch", name="RelativeDateMismatch",
              default_severity=Severity.ERROR, status=CheckStatus.STABLE, scope=Scope.ARTICLE,
              doc=__doc__, run=run)
