"""What an article's text says about its own publication day, read once at extraction.

«فجر اليوم الاثنين» and «أمس الجمعة» give today's weekday; «قبل نحو 20 يوما» says how long
ago something was. published.py combines these with the dates in the text and the rest of
the corpus. Kept apart from the article text so a scan need not hold every text in memory.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from factcheck.lexicon.months import WEEKDAYS
from factcheck.extract.normalize import normalize_word


@dataclass(frozen=True, slots=True)
class PublicationClues:
    weekday: int | None = None  # today's weekday (0 = Monday), when the text says it once
    weekday_basis: str = ""
    days_ago: int | None = None  # «قبل نحو 20 يوما»: an event this many days before publication
    days_ago_slack: int = 0
    days_ago_words: str = ""


_WEEKDAY_INDEX = {normalize_word(w): i for w, i in WEEKDAYS.items()}
_WD = "|".join(sorted((re.escape(w) for w in _WEEKDAY_INDEX), key=len, reverse=True))
# «اليوم الاثنين», «فجر اليوم الاثنين», «صباح اليوم الثلاثاء»: today is that weekday.
# (Written from the anchor word on: a literal start lets the regex engine skip ahead.)
_TODAY_WEEKDAY = re.compile(rf"اليوم (?:ال)?({_WD})(?!\w)")
# «أمس الجمعة», «يوم أمس الأربعاء»: yesterday was that weekday.
_YESTERDAY_WEEKDAY = re.compile(rf"(?:امس|البارحه) (?:ال)?({_WD})(?!\w)")
# «قبل نحو 20 يوما», «قبل أسبوعين»: an event that long before publication.
_AGO = re.compile(r"قبل (نحو |حوالي |قرابه |زهاء )?(\d+) (يوما|يوم|ايام|اسبوعا|اسابيع)(?!\w)")
_AGO_DUAL = re.compile(r"قبل (نحو |حوالي )?(يومين|اسبوعين)(?!\w)")



def publication_clues(norm: str) -> PublicationClues:
    """Clues in the normal-form text of an article."""
    weekday, weekday_basis = _todays_weekday(norm)
    ago = _days_ago(norm)
    if ago is None:
        return PublicationClues(weekday, weekday_basis)
    return PublicationClues(weekday, weekday_basis, *ago)


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
        days = int(count) * (7 if unit.startswith("اسبوع") or unit.startswith("اسابيع") else 1)
        found.append((days, max(1, days // 5) if about else 1, match.group(0)))
    for match in _AGO_DUAL.finditer(norm):
        about, unit = match.groups()
        days = 2 if unit == "يومين" else 14
        found.append((days, max(1, days // 5) if about else 1, match.group(0)))
    return found[0] if len(found) == 1 else None
