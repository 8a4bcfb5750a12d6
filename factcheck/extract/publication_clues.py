"""What an article's text says about its own publication day, read once at extraction.

«فجر اليوم الاثنين» and «أمس الجمعة» give today's weekday; «قبل نحو 20 يوما» says how long
ago something was. published.py combines these with the dates in the text and the rest of
the corpus. Kept apart from the article text so a scan need not hold every text in memory.
The words are lexicon/publication.py's, the weekdays and day/week nouns lexicon's too.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from factcheck.extract.dates import past_event_days
from factcheck.extract.normalize import normalize_word
from factcheck.lexicon.clitics import ARTICLE
from factcheck.lexicon.publication import (ABOUT_WORDS, AGO_WORDS, ANNIVERSARY_NOUNS,
                                           ANNIVERSARY_OPENERS, ANNIVERSARY_YEARS_AGO,
                                           TODAY_WORDS, YESTERDAY_WORDS)
from factcheck.lexicon.time_words import OF_WORDS, SHIFT_UNITS
from factcheck.lexicon.weekdays import WEEKDAYS


@dataclass(frozen=True, slots=True)
class PublicationClues:
    weekday: int | None = None  # today's weekday (0 = Monday), when the text says it once
    weekday_basis: str = ""
    days_ago: int | None = None  # «قبل نحو 20 يوما»: an event this many days before publication
    days_ago_slack: int = 0
    days_ago_words: str = ""
    # «نقلت واس عن الوزير، الأحد 23 من حزيران، أن …»: (year or None, month, day, words) of
    # each day the text dates in a past-tense clause; publication is on or after each.
    past_days: tuple[tuple[int | None, int, int, str], ...] = ()
    # «في مثل هذا اليوم من العام الماضي»: published this many years after the day it dates.
    anniversary_years: int | None = None
    anniversary_words: str = ""


def _alternatives(words) -> str:
    """One alternation of normalised words, longest first (the regex takes the first that fits)."""
    return "|".join(sorted((re.escape(normalize_word(w)) for w in words), key=len, reverse=True))


_WEEKDAY_INDEX = {normalize_word(w): i for w, i in WEEKDAYS.items()}
_WD = _alternatives(WEEKDAYS)
# Days in one day or week noun of «قبل 20 يوما» (a singular or plural after a number) and in
# one dual («قبل أسبوعين»).
_DAYS_PER_UNIT = {"day": 1, "week": 7}
_AGO_UNIT_DAYS = {normalize_word(w): _DAYS_PER_UNIT[unit] for w, (unit, count) in SHIFT_UNITS.items()
                  if unit in _DAYS_PER_UNIT and count != 2}
_AGO_DUAL_DAYS = {normalize_word(w): 2 * _DAYS_PER_UNIT[unit] for w, (unit, count) in SHIFT_UNITS.items()
                  if unit in _DAYS_PER_UNIT and count == 2}
_ABOUT = _alternatives(ABOUT_WORDS)
_AGO_WORD = _alternatives(AGO_WORDS)
# «اليوم الاثنين», «فجر اليوم الاثنين», «صباح اليوم الثلاثاء»: today is that weekday.
# (Written from the anchor word on: a literal start lets the regex engine skip ahead.)
_TODAY_WEEKDAY = re.compile(rf"(?:{_alternatives(TODAY_WORDS)}) (?:{ARTICLE})?({_WD})(?!\w)")
# «أمس الجمعة», «يوم أمس الأربعاء»: yesterday was that weekday.
_YESTERDAY_WEEKDAY = re.compile(rf"(?:{_alternatives(YESTERDAY_WORDS)}) (?:{ARTICLE})?({_WD})(?!\w)")
# «قبل نحو 20 يوما», «قبل أسبوعين»: an event that long before publication.
# Not «قبل يومين من الموعد»: that shift is from another day than the publication's.
_NOT_FROM = rf"(?!\w)(?! (?:{_alternatives(OF_WORDS)}) )"
_AGO = re.compile(rf"(?:{_AGO_WORD}) ((?:{_ABOUT}) )?(\d+) ({_alternatives(_AGO_UNIT_DAYS)}){_NOT_FROM}")
_AGO_DUAL = re.compile(rf"(?:{_AGO_WORD}) ((?:{_ABOUT}) )?({_alternatives(_AGO_DUAL_DAYS)}){_NOT_FROM}")


# Beyond about ten years, «قبل N يوما» is no clue to a publication day (and a date that far
# back may not exist at all).
_MAX_DAYS_AGO = 3660


_ANNIVERSARY_YEARS = {normalize_word(w): n for w, n in ANNIVERSARY_YEARS_AGO.items()}
_NOUN = _alternatives(ANNIVERSARY_NOUNS)
_ANNIVERSARY = re.compile(
    rf"(?:{_alternatives(ANNIVERSARY_OPENERS)}) (?:{_NOUN})(?: و(?:{_NOUN}))* "
    rf"({_alternatives(ANNIVERSARY_YEARS_AGO)})(?!\w)")


# A word every anniversary phrase has, looked for first (most texts have none).
_ANNIVERSARY_HINT = normalize_word(ANNIVERSARY_OPENERS[0]).split()[1]


def publication_clues(norm: str) -> PublicationClues:
    """Clues in the normal-form text of an article."""
    weekday, weekday_basis = _todays_weekday(norm)
    ago = _days_ago(norm) or (None, 0, "")
    past = tuple((y, m, d, norm[start:end]) for y, m, d, start, end in past_event_days(norm))
    years, words = None, ""
    found = {(_ANNIVERSARY_YEARS[m.group(1)], m.group(0))
             for m in (_ANNIVERSARY.finditer(norm) if _ANNIVERSARY_HINT in norm else ())}
    if len({n for n, _ in found}) == 1:
        years, words = min(found)
    return PublicationClues(weekday, weekday_basis, *ago, past, years, words)


def _todays_weekday(norm: str) -> tuple[int | None, str]:
    found: set[int] = set()
    words = ""
    for match in _TODAY_WEEKDAY.finditer(norm):
        found.add(_WEEKDAY_INDEX[match.group(1)])
        words = match.group(0).strip()
    for match in _YESTERDAY_WEEKDAY.finditer(norm):
        found.add((_WEEKDAY_INDEX[match.group(1)] + 1) % 7)
        words = match.group(0).strip()
    if len(found) != 1:
        return None, ""  # none, or the text disagrees with itself
    weekday = found.pop()
    return weekday, f"published on a {dt.date(2024, 1, 1 + weekday).strftime('%A')} («{words}»)"


def _days_ago(norm: str) -> tuple[int, int, str] | None:
    """(days, slack, words) of the one «قبل N يوما» in the text; "about" widens the slack."""
    found = []
    for match in _AGO.finditer(norm):
        about, count, unit = match.groups()
        days = int(count) * _AGO_UNIT_DAYS[unit]
        if days > _MAX_DAYS_AGO:
            continue  # «قبل 99999999 يوما» says nothing about a publication day
        found.append((days, max(1, days // 5) if about else 1, match.group(0)))
    for match in _AGO_DUAL.finditer(norm):
        about, unit = match.groups()
        days = _AGO_DUAL_DAYS[unit]
        found.append((days, max(1, days // 5) if about else 1, match.group(0)))
    return found[0] if len(found) == 1 else None
