"""Dates in normalised Arabic news text: month systems, weekdays, ordinal days,
relative expressions, granularity.

Input is `normalize(original).text`. One combined "head" pattern says which expression
may start at a word (tried only at the word starts that `GRAMMAR_TRIGGERS`, tokens.py,
finds in one pass shared with the number grammar); small anchored patterns then read it
forward (day → month → paired month → year → relative word → weekday). All knowledge
sits in lexicon/ (months, weekdays, time_words, numbers).

The reference resolves values; it never changes where an expression is read or how far
it reaches. So a text is scanned once, without a reference (infer_reference needs that
scan to find the reference), and find_dates then reads only the relative expressions
again with the reference.

Relative expressions are resolved against a `Reference` (what the article says about
its own date), never against today's date: whatever the reference does not know stays
None.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections import Counter

from hijridate import Hijri
from dataclasses import dataclass, replace

from factcheck.extract.normalize import normalize_word
from factcheck.extract.tokens import DIGIT, GRAMMAR_TRIGGERS, per_text, word_trie
from factcheck.lexicon import months as M
from factcheck.lexicon import time_words as W
from factcheck.lexicon.clitics import AND, ARTICLE, CONJUNCTIONS, LAM_ARTICLE
from factcheck.lexicon.markers import TIME_MARKERS_BEFORE
from factcheck.lexicon.publication import PUBLICATION_LABELS
from factcheck.lexicon.numbers import (ONES, ORDINAL_ONE_IN_COMPOUNDS, ORDINAL_TEEN, ORDINAL_TENS,
                                       ORDINAL_UNITS, TEN, TENS)
from factcheck.lexicon.weekdays import WEEKDAY_NOT_AFTER, WEEKDAY_NOT_BEFORE, WEEKDAYS
from factcheck.model import DateValue


@dataclass(frozen=True, slots=True)
class Reference:
    """What the article tells about its own date ("today"). Any part may be unknown."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    basis: str = "unknown"  # short English + the quoted normal-form words


@dataclass(frozen=True)
class DateMatch:
    start: int  # normal-text offsets of the whole expression
    end: int
    value: DateValue  # weekday = weekday STATED in text; relative=True if computed
    expression: str  # "explicit" | "relative" | "weekday"
    note: str | None = None  # English, for relative ones
    anchor: tuple[int, int] | None = None  # for "قبل يومين من X": the span of X
    time_words: tuple[str, ...] = ()  # marker words right before/after (normal form)
    # What read it: "explicit", "month_current" («3 مارس الجاري»), "today", "dayrel" («أمس»),
    # "wd_rel" (a weekday dated by its clause's tense), "shift", "weekday" …
    kind: str = ""


def weekday_of(year: int, month: int, day: int) -> int:
    """0 = Monday."""
    return dt.date(year, month, day).weekday()


# ---------------------------------------------------------------- tables, normalised

def _key(words: str) -> str:
    return " ".join(words.split())


def _norm_map(table: dict) -> dict:
    return {_key(normalize_word(k)): v for k, v in table.items()}


def _norm_all(words) -> tuple[str, ...]:
    return tuple(_key(normalize_word(w)) for w in words)


def _ordinal_days() -> dict[str, int]:
    """Ordinal day words 1..31: "الأول" … "العاشر", "الحادي عشر", "العشرين", "الخامس
    والعشرين" (numbers.py gives the parts)."""
    def unit(n: int) -> str:
        return ORDINAL_ONE_IN_COMPOUNDS if n == 1 else ORDINAL_UNITS[n]

    table: dict[str, int] = {name: n for n, name in ORDINAL_UNITS.items()}
    for n in range(1, 10):
        table[f"{unit(n)} {ORDINAL_TEEN}"] = 10 + n
    for tens, names in ORDINAL_TENS.items():
        for name in names:
            table[name] = tens
            for n in range(1, 10):
                if tens + n <= 31:
                    table[f"{unit(n)} {AND}{name}"] = tens + n
    return table


# Every Arabic month name, each word on its own («كانون», «الأول»): what a sentence uses to
# say when, never what (extract/context.py, analyse/group.py, analyse/similarity.py).
ARABIC_MONTH_WORDS: tuple[str, ...] = tuple(dict.fromkeys(
    word for table in (M.LEVANTINE, M.GULF, M.MAGHREBI, M.HIJRI) for names in table.values()
    for name in names for word in name.split()))

_MONTH_OF: dict[str, tuple[int, str]] = {}
for _system, _table in (("levantine", M.LEVANTINE), ("gulf", M.GULF),
                        ("maghrebi", M.MAGHREBI), ("hijri", M.HIJRI),
                        ("english", M.ENGLISH)):
    for _month, _names in _table.items():
        for _name in _names:
            _MONTH_OF.setdefault(_key(normalize_word(_name)), (_month, _system))
_AMBIGUOUS = frozenset(_norm_all(M.AMBIGUOUS_MONTHS))
_MONTH_CUES = frozenset(_norm_all(M.MONTH_CUES))
_WEEKDAYS = _norm_map(WEEKDAYS)
_WD_NOT_BEFORE = frozenset(_norm_all(WEEKDAY_NOT_BEFORE))
_WD_NOT_AFTER = frozenset(_norm_all(WEEKDAY_NOT_AFTER))
_ORDINALS = _norm_map(_ordinal_days())
_RELATIVE = _norm_map(W.RELATIVE)
_TODAY = _norm_map(W.TODAY_WORDS)
_TODAY_NOT_AFTER = frozenset(_norm_all(W.TODAY_NOT_AFTER)) | frozenset(_ORDINALS)
_TODAY_NOT_BEFORE = frozenset(_norm_all(W.TODAY_NOT_BEFORE))
_TODAY_NOT_BEFORE_TWO = frozenset(_norm_all(W.TODAY_NOT_BEFORE_TWO))
_UNITS = _norm_map(W.SHIFT_UNITS)
_DIRECTIONS = _norm_map(W.SHIFT_DIRECTIONS)
_DURATION_DIRECTIONS = frozenset(_norm_all(W.DURATION_DIRECTIONS))
# Counts before a plural unit: "قبل ثلاثة أيام".
_COUNTS = _norm_map({w: n for n, forms in (*ONES.items(), (10, TEN)) for w in forms})
_MARKERS_BEFORE = frozenset(_norm_all(TIME_MARKERS_BEFORE))
_MARKERS_AFTER = frozenset(_RELATIVE)
_DAY_NOUNS = _norm_all(W.DAY_NOUNS)
_MONTH_NOUNS = frozenset(_norm_all(W.MONTH_NOUNS))
_PERIOD_NOUNS = _norm_all(W.YEAR_NOUNS + W.MONTH_NOUNS)
_HIJRI_ERAS = frozenset(_norm_all(M.HIJRI_ERA))
_CONJ_LETTERS = "".join(CONJUNCTIONS)


# ---------------------------------------------------------------- patterns

def _alt_plain(words) -> str:
    return "(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")"


def _alt(words) -> str:
    """Any of `words` as one prefix tree: the longest that fits wins ("مايو" over "ماي"),
    and the regex engine rejects a position without trying every word in turn. Inner
    spaces match any run of spaces."""
    return "(?:" + word_trie(words, space=r"\s+") + ")"


_NL = r"(?![^\W\d_])"  # not followed by a letter (digits may follow: "عام2020")
_CONJ = "[وف]?"
# "18th, June 2024": an English ordinal ending, then a comma or a space.
_SUFFIX_WORD = rf"{_alt_plain(M.ENGLISH_DAY_SUFFIXES)}(?=[\s,،])"
_SUFFIX = rf"(?:{_SUFFIX_WORD})?"
_PREP = "[بل]?"
_MN = _alt(_MONTH_OF)
_WD = _alt(_WEEKDAYS)
_ORD = _alt(_ORDINALS)
_FIRST = _alt(_norm_all(W.FIRST_DAY_WORDS))
_REL = _alt(_RELATIVE)
_TODAY_ALT = _alt(_TODAY)
_UNIT_ALT = _alt(_UNITS)
_DIR_ALT = _alt(_DIRECTIONS)
_COUNT_ALT = _alt(_COUNTS)
_END_ALT = _alt(_norm_all(W.END_WORDS))
_THIS_ALT = _alt(_norm_all(W.THIS_WORDS))
_ONE_ALT = _alt(_norm_all(W.ONE_AFTER_UNIT))
_YEAR_WORD = _alt(_norm_all(W.YEAR_NOUNS))
_PERIOD_NOUN = _alt(_PERIOD_NOUNS)
_DAY_NOUN = _alt(_DAY_NOUNS)
_MONTH_NOUN = _alt(_MONTH_NOUNS)
_SEASON_NOUNS = _norm_all(W.SEASON_NOUNS)
_SEASON = _alt(_SEASON_NOUNS)
_OF = _alt(_norm_all(W.OF_WORDS))
_EQUIVALENCE = _alt(_norm_all(W.EQUIVALENCE_WORDS))
_GLUED_ERA = _alt(_norm_all(M.GLUED_ERA))
_ERA = rf"(?P<era>{_alt(_norm_all(M.HIJRI_ERA + M.GREGORIAN_ERA))})"
_PERIOD_PRE = rf"(?:{LAM_ARTICLE}|[بلك]?{ARTICLE}|[بلك])?"  # "للعام" is ل + ال, alif dropped

# Where an expression may start. Order matters only among alternatives at one position.
_HEAD = re.compile(
    r"(?<!\w)(?:"
    rf"(?P<today>{_CONJ}{_TODAY_ALT})"
    rf"|(?P<shift>{_CONJ}{_DIR_ALT})"
    rf"|(?P<wd>{_CONJ}(?:{_DAY_NOUN}\s+)?{_WD})"
    r"|(?P<numdate>\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?!\d))"
    rf"|(?P<day>{_CONJ}(?:{_DAY_NOUN}\s+)?\d{{1,2}}(?!\d){_SUFFIX}(?![.,/]\d))"
    rf"|(?P<ord>{_CONJ}(?:{_DAY_NOUN}\s+)?{_ORD})"
    rf"|(?P<first>{_CONJ}{_PREP}{_FIRST})"
    rf"|(?P<end>{_CONJ}{_PREP}{_END_ALT})"
    rf"|(?P<period>{_CONJ}(?:{_THIS_ALT}|{_PERIOD_PRE}{_PERIOD_NOUN}))"
    rf"|(?P<month>{_CONJ}{_PREP}{_MN})"
    rf"|(?P<yearm>\d{{4}}{_GLUED_ERA})"
    rf"|(?P<season>{_CONJ}{_PERIOD_PRE}{_SEASON})"
    rf"){_NL}"
)
# Every _HEAD alternative starts (after clitics) on the first word of one of these.
GRAMMAR_TRIGGERS.register({DIGIT, *_DAY_NOUNS, *_PERIOD_NOUNS, *_SEASON_NOUNS} | {
    words.split()[0]
    for table in (_TODAY, _DIRECTIONS, _WEEKDAYS, _ORDINALS, _MONTH_OF)
    for words in table
} | set(_norm_all(W.FIRST_DAY_WORDS + W.END_WORDS + W.THIS_WORDS)))
_MONTH_RE = re.compile(rf"(?P<pre>{_CONJ}{_PREP})(?P<name>{_MN}){_NL}")
# "كانون الأول/ ديسمبر", "تشرين الاول اكتوبر", "فبراير (شباط)"
# English order, "february 6, 2023": the day after the month, only with a year after it.
_MDY_RE = re.compile(rf"\s+(?P<d>\d{{1,2}})(?!\d){_SUFFIX}(?=\s*(?:[,،]\s*)?\d{{4}}(?!\d))")
_PAIR_RE = re.compile(rf"(?:\s*[/\-(]\s*|\s+)(?P<name>{_MN}){_NL}(?:\s*\))?")
_YEAR_RE = re.compile(
    rf"\s*(?:[,،]\s*)?(?:(?:{_OF}\s+)?{_CONJ}{_PERIOD_PRE}{_YEAR_WORD}\s*)?"
    rf"(?P<y>\d{{3,4}})(?!\d)(?:\s*{_ERA}{_NL})?")
# A closing quote may sit between the month and its relative word: ديسمبر" المقبل
_REL_RE = re.compile(rf"\s*(?:[\"')\]]\s*)?(?P<rel>{_REL}){_NL}")
_WD_RE = re.compile(rf"{_CONJ}(?:{_DAY_NOUN}\s+)?(?P<wd>{_WD}){_NL}")
# After a date: "6 فبراير 2023، الاثنين", "6 فبراير 2023 (الاثنين)".
_WD_AFTER_RE = re.compile(
    rf"\s*(?:[,،]\s*|(?P<paren>\()\s*)?{_CONJ}(?:{_DAY_NOUN}\s+)?(?P<wd>{_WD}){_NL}"
    rf"(?(paren)\s*\))")
# «بين 1 أيلول والخميس 25 أيلول»: a weekday after «و» with a day number after it is the
# next date's, not this one's.
_AND_NEXT_DATE_RE = re.compile(r"\s*و")
_DAY_NUMBER_NEXT_RE = re.compile(r"\s+\d")
# "9 من ذي الحجة", "التاسع من شهر ذي الحجة": «شهر» only before a month's name.
_OF_MONTH = rf"{_OF}\s+(?:{_MONTH_NOUN}\s+(?={_MN}{_NL}))?"
_DAY_RE = re.compile(
    rf"{_CONJ}(?:{_DAY_NOUN}\s+)?(?P<d>\d{{1,2}})(?!\d)(?:{_SUFFIX_WORD}\s*[,،]?)?\s*(?:{_OF_MONTH})?")
_ORD_RE = re.compile(rf"{_CONJ}(?:{_DAY_NOUN}\s+)?(?P<o>{_ORD})\s+{_OF_MONTH}")
_FIRST_RE = re.compile(rf"{_CONJ}{_PREP}{_FIRST}\s+(?:{_OF}\s+)?(?:{_MONTH_NOUN}\s+)?")
_TODAY_RE = re.compile(rf"{_CONJ}(?P<w>{_TODAY_ALT}){_NL}")
_SHIFT_RE = re.compile(
    rf"{_CONJ}(?P<dir>{_DIR_ALT})\s+(?:(?P<num>\d{{1,3}}(?!\d)|{_COUNT_ALT})\s+)?"
    rf"(?P<unit>{_UNIT_ALT}){_NL}(?:\s+(?P<one>{_ONE_ALT}){_NL})?")
# A bare singular unit must end the phrase: "قبل يوم من", "قبل عام." — not "بعد عام 2003".
_SINGULAR_END_RE = re.compile(rf"\s+{_OF}\s|\s*(?:[.,،؛:!?\"')\]]|$)", re.M)
_FROM_RE = re.compile(rf"\s+{_OF}\s+")
_SINCE_EVENT_RE = re.compile(rf"\s+{_alt(_norm_all(W.SINCE_EVENT_WORDS))}\s+")
_WORD_RE = re.compile(r"[^\s.؛!?]+\s+")
_END_RE = re.compile(rf"{_CONJ}{_PREP}(?P<end>{_END_ALT})\s+")
_PERIOD_RE = re.compile(
    rf"(?:{_CONJ}(?P<this>{_THIS_ALT})\s+)?(?P<pre>{_CONJ}{_PERIOD_PRE})"
    rf"(?P<noun>{_PERIOD_NOUN}){_NL}(?:\s+(?P<rel>{_REL}){_NL})?"
    rf"(?:\s*(?P<y>\d{{4}})(?!\d)(?:\s*{_ERA}{_NL})?)?")
_YEARM_RE = re.compile(rf"(?P<y>\d{{4}}){_GLUED_ERA}")
# «موسم 2024», «موسم حج 2024», «الموسم الزراعي 2023»: a season named by its year.
# «موسم 2024/2025», «الموسم الماضي 2023-2024»: a season across two years, named by its first.
_SEASON_RE = re.compile(
    rf"{_CONJ}{_PERIOD_PRE}{_SEASON}(?:\s+[^\W\d_]+)?\s+(?P<y>\d{{4}})(?!\d)"
    rf"(?![.,]\d)(?:\s*[/\-]\s*(?P<y2>\d{{4}})(?!\d))?(?:\s*{_ERA}{_NL})?")
_NUMDATE_RE = re.compile(r"(?P<a>\d{1,4})(?P<s>[/.\-])(?P<b>\d{1,2})(?P=s)(?P<c>\d{1,4})(?!\d)")
_SEP_RE = re.compile(rf"\s*(?:[,،]\s*)?(?:{_EQUIVALENCE}\s+)?")
_GAP_RE = re.compile(rf"\s*(?:[,،\-]\s*)?(?:{_EQUIVALENCE}\s*)?")
# The word before a position, read on the reversed text with one anchored match.
_PREV_WORD_RE = re.compile(r"\s*([^\W\d_]+)")
_NEXT_WORD_RE = re.compile(r"\s*(?:[\"']\s*)?([^\W\d_]+)")
_QUOTED_NAME_RE = re.compile(r"\"(?:[^\W\d_]+\s+){1,3}$")  # "روسيا اليوم", "بغداد اليوم"
_WORDS_RE = re.compile(r"[^\W\d_]+")

_GREGORIAN_YEARS = range(1000, 2200)
_BARE_YEARS = range(1700, 2200)
_HIJRI_YEARS = range(1, 1600)


# ---------------------------------------------------------------- calendar arithmetic

def _last_day(year: int | None, month: int | None) -> int | None:
    if month is None:
        return None
    if year is not None:
        return calendar.monthrange(year, month)[1]
    return None if month == 2 else calendar.monthrange(2001, month)[1]


def _possible(year: int | None, month: int | None, day: int | None) -> bool:
    """Whether the month has that day: 30 February and 31 November never exist, 29
    February only in a leap year (or when the year is unknown)."""
    if month is None or day is None:
        return True
    last = _last_day(year, month)
    return 1 <= day <= (last if last is not None else 29)


def _add_days(y, m, d, days: int):
    """Shift a possibly yearless day. Without a year, compute in a leap and a common
    stand-in year and keep what both agree on (so a shift across 29 February loses
    the day, not the whole date)."""
    if m is None or d is None:
        return None, None, None
    if y is not None:
        try:
            r = dt.date(y, m, d) + dt.timedelta(days=days)
        except (ValueError, OverflowError):
            return None, None, None
        return r.year, r.month, r.day
    results = []
    for stand_in in (2000, 2001):
        try:
            r = dt.date(stand_in, m, d) + dt.timedelta(days=days)
        except ValueError:
            continue
        results.append((r.month, r.day))
    if not results:
        return None, None, None
    months = {r[0] for r in results}
    if len(set(results)) == 1:
        return (None, *results[0])
    return None, (months.pop() if len(months) == 1 else None), None


def _add_months(y, m, d, months: int):
    if m is None:
        return None, None, None
    index = m - 1 + months
    nm, ny = index % 12 + 1, (y + index // 12 if y is not None else None)
    if d is not None:
        last = _last_day(ny, nm)
        d = min(d, last) if last is not None else (d if d <= 28 else None)
    return ny, nm, d


def _add_years(y, m, d, years: int):
    ny = y + years if y is not None else None
    if m == 2 and d == 29:
        d = None if ny is None else min(29, _last_day(ny, 2))
    return ny, m, d


def _hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of a Hijri date by the Umm al-Qura calendar (Saudi Arabia's
    official one, which most Arab news follows), from `hijridate`, for 1343–1500 AH
    (1924–2077); outside it, by the arithmetical (tabular) calendar. ValueError for a day
    the month does not have (30 in a 29-day month). Countries that go by moon sighting may
    be a day apart: the DateValue says so (HIJRI_TOLERANCE_DAYS)."""
    if _UMM_AL_QURA_YEARS[0] <= year <= _UMM_AL_QURA_YEARS[1]:
        return dt.date(*Hijri(year, month, day).to_gregorian().datetuple())
    if not 1 <= day <= 30:
        raise ValueError(f"day must be in 1-30, got {day}")
    jdn = (day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354
           + (3 + 11 * year) // 30 + 1948440 - 1)
    return dt.date.fromordinal(jdn - 1721425)


_UMM_AL_QURA_YEARS = (1343, 1500)
# A Hijri date read from the text may be a day off the Umm al-Qura day where the month
# began by moon sighting; a weekday check allows it, and says so.
HIJRI_TOLERANCE_DAYS = 1


# ---------------------------------------------------------------- internal hits

@dataclass
class _Hit:
    start: int
    end: int
    value: DateValue
    expression: str
    note: str | None = None
    anchor: tuple[int, int] | None = None
    rel_word: str | None = None
    kind: str = "explicit"  # internal evidence tag for infer_reference


@dataclass
class _Period:
    unit: str  # "year" | "month"
    year: int | None
    month: int | None
    end: int
    note: str
    rel_word: str | None
    relative: bool
    kind: str


@dataclass(frozen=True)
class _Step:
    """One expression read by a scan: where, by which handler, and what it found."""

    start: int
    kind: str
    hits: list[_Hit]


_PERIOD_NOTES = {
    ("year", 0): "the current year", ("year", -1): "the previous year",
    ("year", 1): "the next year", ("month", 0): "the current month",
    ("month", -1): "the previous month", ("month", 1): "the next month",
}
_DAYS_OF_UNIT = {"day": 1, "week": 7}
_SHIFT_FILLER_RE = re.compile(rf"\s+{_alt(_norm_all(W.SHIFT_FILLERS))}(?=\s)")


def find_interval(text: str) -> tuple[int, int, int] | None:
    """The first «بعد يومين من», «قبل ثلاثة أيام من», «بعد أسبوع فقط من» in normal-form
    `text`: (days, signed by its direction; where it starts; where its «من» ends), in days or
    weeks only (a month or a year is no exact count of days)."""
    for match in re.finditer(_DIR_ALT, text):
        if match.start() and (text[match.start() - 1].isalnum()
                              and text[match.start() - 1] not in _CONJ_LETTERS):
            continue
        sm = _SHIFT_RE.match(text, match.start())
        unit = _UNITS[_key(sm.group("unit"))][0] if sm else None
        if unit not in _DAYS_OF_UNIT:
            continue
        n = _shift_count(text, sm)
        fm = _shift_from(text, sm)
        if n is None or fm is None:
            continue
        direction = _DIRECTIONS[_key(sm.group("dir"))]
        return direction * n * _DAYS_OF_UNIT[unit], sm.start(), fm.end()
    return None


def _shift_count(text: str, sm: re.Match) -> int | None:
    """How many of its unit a shift counts: «ثلاثة أيام» 3, «يومين» 2, «قبل يوم» 1 (a bare
    singular only where the phrase ends: not «بعد عام 2003»); None when it counts none."""
    count = _UNITS[_key(sm.group("unit"))][1]
    num = sm.group("num")
    if num:
        if count == 2:
            return None
        n = int(num) if num.isdigit() else _COUNTS[_key(num)]
    elif count is None:
        return None
    else:
        n = count
        if count == 1 and not sm.group("one") and not _SINGULAR_END_RE.match(text, sm.end()):
            return None
    return n if n > 0 else None


def _shift_from(text: str, sm: re.Match) -> re.Match | None:
    """The «من» after a shift that leads to what it counts from («بعد يومين فقط من …»)."""
    filler = _SHIFT_FILLER_RE.match(text, sm.end())
    return _FROM_RE.match(text, filler.end() if filler else sm.end())


def _strip_conj(word: str) -> str:
    return word[1:] if len(word) > 2 and word[0] in _CONJ_LETTERS else word


class _Scanner:
    def __init__(self, text: str, reference: Reference | None):
        self.t = text
        self.ref = reference or Reference()
        self._handlers = {
            "today": self._today, "shift": self._shift, "wd": self._weekday,
            "numdate": self._numdate, "day": self._day, "ord": self._ordinal,
            "first": self._first_day,
            "end": self._end, "period": self._period_hit, "month": self._month,
            "yearm": self._yearm, "season": self._season,
        }

    # -- driving

    def scan(self) -> list[_Step]:
        """Read an expression at each place _HEAD matches, left to right, skipping what
        an expression already covers. _HEAD is tried only where it can start."""
        steps: list[_Step] = []
        pos = 0
        for start in GRAMMAR_TRIGGERS.starts(self.t):
            if start < pos:
                continue
            m = _HEAD.match(self.t, start)
            if m is None:
                continue
            got = self._handlers[m.lastgroup](start)
            if got:
                steps.append(_Step(start, m.lastgroup, got))
                pos = max(h.end for h in got)
        return steps

    def replay(self, steps: list[_Step]) -> list[_Hit] | None:
        """The hits of a scan with this scanner's reference, from the steps of a scan of
        the same text with another one: only relative expressions are read again, since
        only they use the reference (None if one is not found again)."""
        hits: list[_Hit] = []
        for step in steps:
            if not any(h.expression == "relative" for h in step.hits):
                hits.extend(step.hits)
                continue
            got = self._handlers[step.kind](step.start)
            if not got:
                return None
            hits.extend(got)
        return hits

    def _at(self, pos: int, kinds: tuple[str, ...]) -> list[_Hit] | None:
        m = _HEAD.match(self.t, pos)
        if m is None or m.lastgroup not in kinds:
            return None
        return self._handlers[m.lastgroup](pos)

    # -- word context

    def _prev_word(self, pos: int) -> str:
        m = _PREV_WORD_RE.match(self.t[max(0, pos - 40):pos][::-1])
        return _strip_conj(m.group(1)[::-1]) if m else ""

    def _two_words_before(self, pos: int) -> str:
        m = _TWO_WORDS_BEFORE_RE.match(self.t[max(0, pos - 40):pos][::-1])
        if m is None or m.group(2) is None:
            return ""
        return f"{_strip_conj(m.group(2)[::-1])} {m.group(1)[::-1]}"

    def _next_word(self, pos: int) -> str:
        m = _NEXT_WORD_RE.match(self.t, pos)
        return _strip_conj(m.group(1)) if m else ""

    def _weekday_ok(self, start: int, end: int) -> bool:
        return (self._prev_word(start) not in _WD_NOT_BEFORE
                and self._next_word(end) not in _WD_NOT_AFTER)

    def _weekday_after(self, end: int):
        wm = _WD_AFTER_RE.match(self.t, end)
        if wm and self._weekday_ok(wm.start("wd"), wm.end()) and not (
                _AND_NEXT_DATE_RE.match(self.t, end) and _DAY_NUMBER_NEXT_RE.match(self.t, wm.end())):
            return _WEEKDAYS[wm.group("wd")], wm.end()
        return None, end

    # -- resolution against the reference

    def _ref_day(self):
        return self.ref.year, self.ref.month, self.ref.day

    def _month_year(self, month: int, rel: int, day: int | None) -> int | None:
        """Year of "<day>? <month> الماضي/الجاري/المقبل" seen from the reference."""
        ry, rm, rd = self.ref.year, self.ref.month, self.ref.day
        if rel == 0 or ry is None:
            return ry
        if day is not None:
            # With a day, compare against the earliest and latest reference day the
            # known parts allow: "31 كانون الأول المقبل" is in the reference year
            # whatever its month.
            earliest = (rm or 1, rd or 1)
            latest = (rm or 12, rd or (_last_day(ry, rm) if rm else 31))
            # «الماضي» is strictly before a known reference day: «8 سبتمبر الماضي» written
            # on 8 September is a year back (an anniversary piece).
            exact = rm is not None and rd is not None
            if (rel > 0 and (month, day) >= latest) or (rel < 0 and (month, day) > latest) or (
                    rel < 0 and exact and (month, day) == latest):
                return ry if rel > 0 else ry - 1
            if (rel > 0 and (month, day) < earliest) or (rel < 0 and (month, day) <= earliest):
                return ry + 1 if rel > 0 else ry
        if rm is None:
            return None
        if rel < 0:
            return ry if month < rm else ry - 1
        return ry if month > rm else ry + 1

    # -- grammar pieces

    def _period(self, pos: int, allow_bare: bool) -> _Period | None:
        """العام/السنة/الشهر + الحالي/الماضي/المقبل, هذا العام, عام 2014, العام الجاري 2021."""
        pm = _PERIOD_RE.match(self.t, pos)
        if pm is None:
            return None
        pre, this, rel_word = pm.group("pre"), pm.group("this"), pm.group("rel")
        definite = ARTICLE in pre or pre.endswith(LAM_ARTICLE)
        if this and not definite:
            return None
        rel = _RELATIVE[rel_word] if rel_word else 0
        current = rel_word is not None or this is not None
        short_end = pm.end("rel") if rel_word else pm.end("noun")
        unit = "month" if _key(pm.group("noun")) in _MONTH_NOUNS else "year"
        if unit == "year":
            if pm.group("y"):
                year = int(pm.group("y"))
                if pm.group("era") in _HIJRI_ERAS:
                    return None  # a Hijri year alone spans two Gregorian years
                # «هذا العام 1081»: the current year is no 11th-century one; the number is
                # a figure («بلغ عدد الوفيات هذا العام 1081»).
                if year in (_BARE_YEARS if current else _GREGORIAN_YEARS):
                    kind = "year_current" if current and rel == 0 else "year"
                    note = (f"{_PERIOD_NOTES[('year', rel)]}, {year}" if current
                            else str(year))
                    return _Period("year", year, None, pm.end(), note, rel_word, current, kind)
            if not definite or not (current or allow_bare):
                return None
            year = self.ref.year + rel if self.ref.year is not None else None
            return _Period("year", year, None, short_end, _PERIOD_NOTES[("year", rel)],
                           rel_word, True, "year_rel")
        if not definite or not (current or allow_bare):
            return None
        year = month = None
        if self.ref.month is not None:
            index = self.ref.month - 1 + rel
            month = index % 12 + 1
            year = self.ref.year + index // 12 if self.ref.year is not None else None
        return _Period("month", year, month, short_end, _PERIOD_NOTES[("month", rel)],
                       rel_word, True, "month_rel")

    def _month_expr(self, start: int, pos: int, day: int | None) -> _Hit | None:
        """[day] month [/ paired month] [year] [relative word] [weekday]."""
        t = self.t
        mm = _MONTH_RE.match(t, pos)
        if mm is None:
            return None
        name = _key(mm.group("name"))
        month, system = _MONTH_OF[name]
        if name in _AMBIGUOUS and mm.group("pre") not in ("", AND):
            return None
        end = mm.end()
        if system != "hijri":
            pm = _PAIR_RE.match(t, end)
            if pm:
                m2, s2 = _MONTH_OF[_key(pm.group("name"))]
                if m2 == month and s2 != "hijri":
                    end = pm.end()
        if day is None and system == "english":
            dm = _MDY_RE.match(t, end)
            if dm and 1 <= int(dm.group("d")) <= 31:
                day, end = int(dm.group("d")), dm.end()
        year, end = self._year_after(end, system)
        rel_word = None
        rm = _REL_RE.match(t, end)
        if rm:
            rel_word, end = rm.group("rel"), rm.end()
            if year is None:
                year, end = self._year_after(end, system)
        if system == "hijri":
            return self._hijri(start, end, day, month, year)
        if day is None and year is None and rel_word is None and name in _AMBIGUOUS:
            if self._prev_word(start) not in _MONTH_CUES:
                return None
        relative, note, kind = False, None, "explicit"
        rel = _RELATIVE[rel_word] if rel_word else None
        if rel == 0:
            kind = "month_current"
        if year is None and rel is not None:
            year, relative = self._month_year(month, rel, day), True
            what = f"{day} {M.ENGLISH_MONTHS[month - 1]}" if day else M.ENGLISH_MONTHS[month - 1]
            note = {0: f"{what} of the current year",
                    -1: f"the last {what} before the reference date",
                    1: f"the next {what} after the reference date"}[rel]
        weekday = None
        if day is not None:
            weekday, end = self._weekday_after(end)
            if not _possible(year if year and year > 0 else None, month, day):
                kind = _IMPOSSIBLE  # read whole, so no part of it is taken for a date
        value = DateValue(year, month, day, "day" if day else "month", weekday=weekday,
                          relative=relative, year_inferred=relative and day is not None)
        return _Hit(start, end, value, "relative" if relative else "explicit", note,
                    rel_word=rel_word, kind=kind)

    def _year_after(self, end: int, system: str):
        ym = _YEAR_RE.match(self.t, end)
        if ym is None:
            return None, end
        year, era = int(ym.group("y")), ym.group("era")
        if system == "hijri":
            # "رمضان 2024": a Gregorian year after a Hijri month is common; keep it
            # (marked negative) and let _hijri find that month inside the year.
            if year in _HIJRI_YEARS:
                return year, ym.end()
            if year in _BARE_YEARS and era not in _HIJRI_ERAS:
                return -year, ym.end()
            return None, end
        else:
            # A bare number after a month is a year only in a plausible news range.
            bare = ym.group(0).strip(" ,،").isdigit()
            ok = (len(ym.group("y")) == 4 and era not in _HIJRI_ERAS
                  and year in (_BARE_YEARS if bare else _GREGORIAN_YEARS))
        return (year, ym.end()) if ok else (None, end)

    def _hijri(self, start, end, day, month, year) -> _Hit | None:
        if year is None:
            return None  # a Hijri month without its year cannot be placed
        if year < 0:  # a Gregorian year: the Hijri year whose month starts in it
            candidates = [hy for hy in range(round((-year - 622) * 33 / 32) - 2,
                                             round((-year - 622) * 33 / 32) + 3)
                          if _hijri_to_gregorian(hy, month, 1).year == -year]
            if len(candidates) != 1:
                return None  # twice in one Gregorian year (every ~33 years): ambiguous
            year = candidates[0]
        if day is not None:
            try:
                g = _hijri_to_gregorian(year, month, day)
            except ValueError:  # a day the month does not have is not a date
                return _Hit(start, end, DateValue(None, month, day, "day"), "explicit",
                            kind=_IMPOSSIBLE)
            calendar_name = ("Umm al-Qura" if _UMM_AL_QURA_YEARS[0] <= year <= _UMM_AL_QURA_YEARS[1]
                             else "tabular calendar")
            return _Hit(start, end, DateValue(g.year, g.month, g.day, "day",
                                              tolerance_days=HIJRI_TOLERANCE_DAYS), "explicit",
                        f"Hijri {day}/{month}/{year}, {calendar_name} (±1 day by moon sighting)")
        first = _hijri_to_gregorian(year, month, 1)
        nxt = _hijri_to_gregorian(year + month // 12, month % 12 + 1, 1)
        last = nxt - dt.timedelta(days=1)
        if (first.year, first.month) == (last.year, last.month):
            value = DateValue(first.year, first.month, None, "month")
        elif first.year == last.year:
            value = DateValue(first.year, None, None, "year")
        else:
            return None
        return _Hit(start, end, value, "explicit",
                    f"Hijri month {month}/{year}: {first.isoformat()}..{last.isoformat()}")

    def _day_of(self, start: int, pos: int, day: int) -> list[_Hit] | None:
        hit = self._month_expr(start, pos, day)
        if hit is None:
            # "في 31 من الشهر الحالي", "التاسع من هذا الشهر"
            pr = self._period(pos, allow_bare=False)
            if pr is None or pr.unit != "month":
                return None
            weekday, end = self._weekday_after(pr.end)
            note = f"day {day} of {pr.note}"
            value = DateValue(pr.year, pr.month, day, "day", weekday=weekday, relative=True)
            if not _possible(pr.year, pr.month, day):
                # The reference's month has no such day: left unresolved, and still read
                # here (the reference never changes what is read).
                value = DateValue(None, None, None, "day", weekday=weekday, relative=True)
                note += f" (which has no day {day})"
            hit = _Hit(start, end, value, "relative", note, rel_word=pr.rel_word, kind="relday")
        return [hit]

    # -- handlers: each reads one expression starting at `start`

    def _month(self, start: int):
        hit = self._month_expr(start, start, None)
        return [hit] if hit else None

    def _day(self, start: int):
        dm = _DAY_RE.match(self.t, start)
        day = int(dm.group("d"))
        return self._day_of(start, dm.end(), day) if 1 <= day <= 31 else None

    def _ordinal(self, start: int):
        om = _ORD_RE.match(self.t, start)
        return self._day_of(start, om.end(), _ORDINALS[_key(om.group("o"))]) if om else None

    def _first_day(self, start: int):
        """"غرة رمضان 1445 هـ", "غرة الشهر المقبل", "الفاتح من ديسمبر": the first day."""
        fm = _FIRST_RE.match(self.t, start)
        return self._day_of(start, fm.end(), 1) if fm else None

    def _numdate(self, start: int):
        nm = _NUMDATE_RE.match(self.t, start)
        if nm is None:  # "0.0-0": _HEAD lets the separators differ, a date repeats its own
            return None
        a, b, c = nm.group("a"), int(nm.group("b")), nm.group("c")
        if len(a) == 4 and len(c) <= 2:  # 2021/12/29
            y, m, d = int(a), b, int(c)
        elif len(c) == 4 and len(a) <= 2:  # 29/12/2021, day first as in Arabic usage
            y, m, d = int(c), b, int(a)
        else:
            return None
        if y not in _GREGORIAN_YEARS or not 1 <= m <= 12 or not 1 <= d <= _last_day(y, m):
            return None
        weekday, end = self._weekday_after(nm.end())
        return [_Hit(start, end, DateValue(y, m, d, "day", weekday=weekday), "explicit")]

    def _yearm(self, start: int):
        ym = _YEARM_RE.match(self.t, start)
        year = int(ym.group("y"))
        if year not in _GREGORIAN_YEARS:
            return None
        return [_Hit(start, ym.end(), DateValue(year, None, None, "year"), "explicit")]

    def _season(self, start: int):
        sm = _SEASON_RE.match(self.t, start)
        if sm is None or int(sm.group("y")) not in _BARE_YEARS or sm.group("era") in _HIJRI_ERAS:
            return None
        year = int(sm.group("y"))
        end = sm.end()
        if sm.group("y2") and int(sm.group("y2")) != year + 1:
            end = sm.end("y")  # «موسم 2024/2030» is no season: the other year is its own
        return [_Hit(start, end, DateValue(year, None, None, "year"), "explicit")]

    def _period_hit(self, start: int):
        pr = self._period(start, allow_bare=False)
        if pr is None:
            return None
        value = (DateValue(pr.year, None, None, "year", relative=pr.relative)
                 if pr.unit == "year"
                 else DateValue(pr.year, pr.month, None, "month", relative=True))
        return [_Hit(start, pr.end, value, "relative" if pr.relative else "explicit",
                     pr.note if pr.relative else None, rel_word=pr.rel_word, kind=pr.kind)]

    def _end(self, start: int):
        """نهاية العام (الجاري) (2021), بنهاية هذا الشهر, نهاية أيلول: the last day."""
        em = _END_RE.match(self.t, start)
        if em is None:
            return None
        pr = self._period(em.end(), allow_bare=True)
        if pr is not None:
            if pr.unit == "year":
                value = DateValue(pr.year, 12, 31, "day", relative=True)
            else:
                value = DateValue(pr.year, pr.month, _last_day(pr.year, pr.month), "day",
                                  relative=True)
            return [_Hit(start, pr.end, value, "relative", f"the end of {pr.note}",
                         rel_word=pr.rel_word, kind=pr.kind)]
        hit = self._month_expr(start, em.end(), None)
        if hit is None or hit.value.granularity != "month" or hit.value.month is None:
            return None
        v = hit.value
        hit.value = DateValue(v.year, v.month, _last_day(v.year, v.month), "day", relative=True)
        hit.expression = "relative"
        hit.note = f"the end of {hit.note or M.ENGLISH_MONTHS[v.month - 1]}"
        hit.kind = "end_month"
        return [hit]

    def _weekday(self, start: int):
        wm = _WD_RE.match(self.t, start)
        if not self._weekday_ok(wm.start("wd"), wm.end()):
            return None
        weekday = _WEEKDAYS[wm.group("wd")]
        got = self._at(_SEP_RE.match(self.t, wm.end()).end(), _DAY_KINDS)
        if got and got[0].value.day is not None:
            # "الاربعاء 29 تشرين الاول اكتوبر 2021": the weekday belongs to the date
            got[0].start = start
            got[0].value = replace(got[0].value, weekday=weekday)
            return got
        end = wm.end()
        pm = _NEXT_WEEKDAY_RE.match(self.t, end)
        if (pm and _WEEKDAYS[pm.group("wd")] == (weekday + 1) % 7
                and self._prev_word(start) in _NIGHT_WORDS):
            end = pm.end()  # «ليل الجمعة السبت»: one night, from Friday evening
        rm = _REL_RE.match(self.t, end)
        rel_word = rm.group("rel") if rm and _RELATIVE[_key(rm.group("rel"))] else None
        if rel_word:
            # "الأحد الماضي", "الجمعة المقبلة": strictly before / after the reference day.
            direction, strict, end = _RELATIVE[_key(rel_word)], True, rm.end()
        else:
            direction, strict = self._tense_before(start), False
            if direction is None or _SHIFT_AHEAD_RE.search(self._rest_of_sentence(end)):
                # Tense unknown, or a shift after it takes it: "أعلن … الاربعاء … قبل
                # يومين من الموعد" (the weekday is lent to that date, extract/article.py).
                return [_Hit(start, end,
                             DateValue(None, None, None, "day", weekday=weekday, relative=True),
                             "weekday", kind="weekday")]
        y, m, d = self._weekday_near(weekday, direction, strict)
        which = "last" if direction < 0 else "next"
        on = "" if strict else " on or"
        side = "before" if direction < 0 else "after"
        note = f"the {which} {_WEEKDAY_NAMES[weekday]}{on} {side} the reference day"
        return [_Hit(start, end, DateValue(y, m, d, "day", weekday=weekday, relative=True),
                     "relative", note, rel_word=rel_word, kind="wd_rel")]

    def _tense_before(self, start: int) -> int | None:
        return tense_before(self.t, start)

    def _rest_of_sentence(self, end: int) -> str:
        after = self.t[end:end + _TENSE_CHARS * 2]
        cut = min((i for i in map(after.find, _SENTENCE_ENDS) if i >= 0), default=len(after))
        return after[:cut]

    def _weekday_near(self, weekday: int, direction: int, strict: bool):
        """The last (direction -1) or next (+1) day with that weekday from the reference
        day: "on or before/after" it, or strictly when `strict`."""
        if None in self._ref_day():
            return None, None, None
        try:
            ref = dt.date(*self._ref_day())
        except ValueError:
            return None, None, None
        gap = (ref.weekday() - weekday) % 7 if direction < 0 else (weekday - ref.weekday()) % 7
        if strict and gap == 0:
            gap = 7
        return _add_days(*self._ref_day(), direction * gap)

    def _today(self, start: int):
        t = self.t
        tm = _TODAY_RE.match(t, start)
        word = _key(tm.group("w"))
        offset, note = _TODAY[word]
        end = tm.end()
        if offset == 0:
            if (self._next_word(end) in _TODAY_NOT_AFTER
                    or self._prev_word(start) in _TODAY_NOT_BEFORE
                    or self._two_words_before(start) in _TODAY_NOT_BEFORE_TWO
                    or (t.startswith('"', end) and _QUOTED_NAME_RE.search(
                        t, max(0, start - 40), start))):
                return None
        weekday = None
        wm = _WD_AFTER_RE.match(t, end)
        if wm and self._weekday_ok(wm.start("wd"), wm.end()):
            # Leave the weekday to a date that follows it: "اليوم الاثنين 6 فبراير 2023".
            following = self._at(_SEP_RE.match(t, wm.end()).end(), _DAY_KINDS)
            if not following:
                weekday, end = _WEEKDAYS[wm.group("wd")], wm.end()
        y, m, d = self._ref_day() if offset == 0 else _add_days(*self._ref_day(), offset)
        value = DateValue(y, m, d, "day", weekday=weekday, relative=True)
        return [_Hit(start, end, value, "relative", note,
                     kind="today" if offset == 0 else "dayrel")]

    def _shift(self, start: int):
        """قبل يومين من <date>, بعد ثلاثة أيام من …, قبل أسبوع (from the reference day)."""
        t = self.t
        sm = _SHIFT_RE.match(t, start)
        if sm is None:
            return None
        unit = _UNITS[_key(sm.group("unit"))][0]
        n = _shift_count(t, sm)
        if n is None:
            return None
        direction = _DIRECTIONS[_key(sm.group("dir"))]
        fm = _shift_from(t, sm)
        if fm is None and _key(sm.group("dir")) in _DURATION_DIRECTIONS:
            return None  # «منذ ست سنوات»: a length of time (find_periods), not a day
        if fm is None and _SINCE_EVENT_RE.match(t, sm.end()):
            return None  # «بعد يومين على افتتاحها»: from an undated event, not from today
        anchor_hits = None
        if fm:
            pos = fm.end()
            for _ in range(7):  # the anchor, after up to 6 filler words
                anchor_hits = self._at(pos, _ANCHOR_KINDS)
                if anchor_hits:
                    break
                wm = _WORD_RE.match(t, pos)
                if wm is None:
                    break
                pos = wm.end()
            if not anchor_hits:
                return None
            a = anchor_hits[0]
            if a.kind == _IMPOSSIBLE:  # "قبل يومين من 30 فبراير": no date at all
                a.start = start
                return [a]
            base, base_gran = (a.value.year, a.value.month, a.value.day), a.value.granularity
            base_note = a.note or a.value.describe()
            end = a.end
        else:
            base, base_gran = self._ref_day(), "day"
            base_note, end = "the reference day", sm.end()
            if unit in ("month", "year"):
                base_gran = unit
        if unit in _DAYS_OF_UNIT:
            y, m, d = _add_days(*base, direction * n * _DAYS_OF_UNIT[unit])
            gran = "day"
        elif unit == "month":
            y, m, d = _add_months(*base, direction * n)
            gran = base_gran
        else:
            y, m, d = _add_years(*base, direction * n)
            gran = base_gran
        if gran == "month":
            d = None
        elif gran == "year":
            m = d = None
        plural = "" if n == 1 else "s"
        note = f"{n} {unit}{plural} {'before' if direction < 0 else 'after'} {base_note}"
        hit = _Hit(start, end, DateValue(y, m, d, gran, relative=True), "relative", note,
                   anchor=(anchor_hits[0].start, anchor_hits[0].end) if anchor_hits else None,
                   kind="shift")
        return [hit] + (anchor_hits or [])


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SENTENCE_ENDS = ".!?؟\n"
_TENSE_CHARS = 160  # how far back a verb may open a date's clause (about 12 words)
_PAST_VERBS = frozenset(_norm_all(W.PAST_VERBS))
_FUTURE_CUES = frozenset(_norm_all(W.FUTURE_CUES)) | {w for w, n in _RELATIVE.items() if n > 0}
_COMPLEMENTIZERS = frozenset(_norm_all(W.COMPLEMENTIZERS))
_NO_SENTENCE_END_RE = re.compile(r"[^.!?؟\n]*")


def _reversed_words(words) -> str:
    """Words reversed, as one alternation matched whole on reversed text, a و/ف allowed
    after (before, in reading order)."""
    return rf"(?<![^\W\d_]){_alt(w[::-1] for w in words)}[{_CONJ_LETTERS}]?(?![^\W\d_])"


_TENSE_REV_RE = re.compile(rf"(?P<future>{_reversed_words(_FUTURE_CUES)})"
                           rf"|(?P<that>{_reversed_words(_COMPLEMENTIZERS)})"
                           rf"|(?P<past>{_reversed_words(_PAST_VERBS)})")
_FUTURE_REV_RE = re.compile(_reversed_words(_FUTURE_CUES))
# At most TENSE_VERB_MAX_WORDS words, from the date back.
_CLAUSE_WORDS_RE = re.compile(rf"(?:[\W\d_]*[^\W\d_]+){{1,{W.TENSE_VERB_MAX_WORDS}}}")
# A shift with an anchor later in the sentence: "قبل يومين من …".
_SHIFT_AHEAD_RE = re.compile(
    rf"(?<!\w){_CONJ}{_DIR_ALT}\s+(?:[^\W_]+\s+)?{_UNIT_ALT}{_NL}\s+{_OF}\s")
_NIGHT_WORDS = frozenset(_norm_all(W.NIGHT_WORDS))
_NEXT_WEEKDAY_RE = re.compile(rf"\s*(?:[\-–/،,]\s*)?{_CONJ}(?P<wd>{_WD}){_NL}")
_IMPOSSIBLE = "impossible"  # a day its month does not have: read, then dropped
_DAY_KINDS = ("day", "ord", "first", "numdate")  # what a stated weekday can introduce
_ANCHOR_KINDS = ("today", "wd", "numdate", "day", "ord", "first", "end", "period", "month",
                 "yearm")


# ---------------------------------------------------------------- time words

# The two words before an expression, read backwards on the reversed text so that one
# anchored match does it; quotes and an opening bracket may sit between them, other
# punctuation or a number ends the clause.
_TWO_WORDS_BEFORE_RE = re.compile(r"[\s\"'(_]*([^\W\d_]+)(?:[\s\"'(_]*([^\W\d_]+))?")


def _time_words(text: str, hit: _Hit) -> tuple[str, ...]:
    before: list[str] = []
    words: list[str] = []
    m = _TWO_WORDS_BEFORE_RE.match(text[max(0, hit.start - 60):hit.start][::-1])
    if m:
        words = [w[::-1] for w in reversed(m.groups()) if w]
    if len(words) == 2 and _key(" ".join((_strip_conj(words[0]), words[1]))) in _MARKERS_BEFORE:
        before.append(f"{_strip_conj(words[0])} {words[1]}")
    else:
        for w in words:
            for form in (w, _strip_conj(w)):
                if form in _MARKERS_BEFORE:
                    before.append(form)
                    break
    after: list[str] = []
    if hit.rel_word:
        after.append(hit.rel_word)
    nm = _NEXT_WORD_RE.match(text, hit.end)
    if nm and nm.group(1) in _MARKERS_AFTER and nm.group(1) not in after:
        after.append(nm.group(1))
    return tuple(before + after)


# ---------------------------------------------------------------- periods

@dataclass(frozen=True)
class PeriodMatch:
    """A length of time that ends at the article's own day: «منذ ست سنوات» (kind "since":
    it has lasted that long) or «خلال العشرين سنة الماضية» (kind "last": the period of that
    length before now). Not a date: a figure said over it is a total or a rate for that
    period, not a value at one moment."""

    start: int
    end: int
    length: int
    unit: str  # "day" | "week" | "month" | "year"
    kind: str


def _count_words() -> dict[str, int]:
    table = {w: n for n, forms in (*ONES.items(), (10, TEN), *TENS.items()) for w in forms}
    return _norm_map({**table, **{ARTICLE + w: n for w, n in table.items()}})


_PERIOD_COUNTS = _count_words()
_PERIOD_COUNT_ALT = _alt(_PERIOD_COUNTS)
_PERIOD_UNITS = {**_UNITS, **{ARTICLE + w: v for w, v in _UNITS.items()}}
_PERIOD_UNIT_ALT = _alt(_PERIOD_UNITS)
_COUNT = rf"(?P<num>\d{{1,4}}(?!\d)|{_PERIOD_COUNT_ALT}{_NL})"
_SINCE_RE = re.compile(
    rf"(?<!\w){_CONJ}{_alt(_DURATION_DIRECTIONS)}\s+(?:{_COUNT}\s+)?"
    rf"(?P<unit>{_PERIOD_UNIT_ALT}){_NL}(?!\s+{_OF}\s)(?!\s*\d)")  # not «منذ عام 2014»
# «خلال العشرين سنة الماضية», «خلال الأيام الثلاثة الأخيرة», «خلال السنوات الخمس الماضية»
_LAST_RE = re.compile(
    rf"(?<!\w){_CONJ}{_alt(_norm_all(W.PERIOD_OPENERS))}\s+(?:"
    rf"{_COUNT}\s+(?P<unit>{_PERIOD_UNIT_ALT})"
    rf"|(?P<unit2>{_PERIOD_UNIT_ALT})\s+(?P<num2>{_PERIOD_COUNT_ALT})"
    rf"){_NL}\s+{_alt(_norm_all(W.PERIOD_LAST))}{_NL}")


def find_periods(text: str) -> list[PeriodMatch]:
    """Every «منذ N unit» and «خلال الـN unit الماضية» in normalised text, in order."""
    out = []
    for kind, pattern in (("since", _SINCE_RE), ("last", _LAST_RE)):
        for m in pattern.finditer(text):
            unit_word = m.group("unit") or m.group("unit2")
            unit, count = _PERIOD_UNITS[_key(unit_word)]
            num = m.group("num") or (m.group("num2") if kind == "last" else None)
            if num:
                n = int(num) if num.isdigit() else _PERIOD_COUNTS[_key(num)]
                if count == 2:
                    continue  # «منذ 3 يومين»
            elif count is None:
                continue  # a plural needs its number
            else:
                n = count
            if n > 0:
                out.append(PeriodMatch(m.start(), m.end(), n, unit, kind))
    return sorted(out, key=lambda p: p.start)


# ---------------------------------------------------------------- public API

def tense_before(text: str, start: int) -> int | None:
    """The tense of the clause a date at `start` (normal-form offset) sits in, read from the
    words before it in its sentence: +1 after a future cue ("من المقرر أن يصل الأحد"), -1
    when a past-tense verb opens it ("أفاد دبلوماسيان عربيان الثلاثاء", "نقلت واس عن
    الوزير، الأحد 23 من حزيران، أن"), None when unknown — also when «أن» comes between the
    verb and the date ("أعلن أن الاجتماع … الأحد": what was announced has its own tense)."""
    # Read backwards on the reversed text: the clause back to its sentence's start, at most
    # TENSE_VERB_MAX_WORDS words, then the nearest tense word in it (a word as written or
    # with a leading و/ف, which the reversed text has at the end).
    before = text[max(0, start - _TENSE_CHARS):start][::-1]
    clause = _CLAUSE_WORDS_RE.match(before, 0, _NO_SENTENCE_END_RE.match(before).end())
    if clause is None:
        return None
    nearest = _TENSE_REV_RE.search(before, 0, clause.end())
    if nearest is None:
        return None
    if nearest.lastgroup == "future" or _FUTURE_REV_RE.search(before, nearest.end(), clause.end()):
        return 1
    return -1 if nearest.lastgroup == "past" else None  # «أن» nearer than any verb: unknown


@per_text
def _unresolved_scan(text: str) -> list[_Step]:
    """The scan without a reference, kept for the last text: infer_reference needs it
    to find the reference, find_dates then replays it with that reference."""
    return _Scanner(text, None).scan()


def _sorted_hits(text: str, reference: Reference | None) -> list[_Hit]:
    # The reference resolves values; it never changes where an expression is read or
    # how far it reaches (tests hold this), so one scan serves every reference.
    steps = _unresolved_scan(text)
    hits = None
    if reference is not None and reference != Reference():
        scanner = _Scanner(text, reference)
        hits = scanner.replay(steps)
        if hits is None:
            hits = [h for step in scanner.scan() for h in step.hits]
    if hits is None:
        hits = [h for step in steps for h in step.hits]
    return sorted((h for h in hits if h.kind != _IMPOSSIBLE), key=lambda h: (h.start, -h.end))


def past_event_days(text: str) -> list[tuple[int | None, int, int, int, int]]:
    """(year or None, month, day, start, end) of the days the text dates in a past-tense
    clause ("نقلت واس عن الوزير، الأحد 23 من حزيران، أن …", "ضربت العاصفة في 3 مارس"):
    a report is never older than a past event it reports. Explicit days and days of the
    current year («3 مارس الجاري») only; nothing a reference would resolve."""
    out = []
    for step in _unresolved_scan(text):
        for h in step.hits:
            v = h.value
            if (v.day is not None and v.month is not None and v.granularity == "day"
                    and (h.kind == "month_current" or (h.kind == "explicit" and not v.relative))
                    and tense_before(text, h.start) == -1):
                out.append((v.year, v.month, v.day, h.start, h.end))
    return sorted(out, key=lambda d: d[3])


_OFFSET_OF_NOTE = {note: offset for offset, note in W.TODAY_WORDS.values()}
_WEEKDAY_NOTE_RE = re.compile(
    r"the (?P<which>last|next) (?P<wd>[A-Z][a-z]+day)(?P<on> on or)? (?:before|after) "
    r"the reference day$")


def resolve_on(note: str | None, day: dt.date) -> dt.date | None:
    """The day a relative expression read without a reference names, once the reference day
    is known from elsewhere (analyse/published.py infers it from the whole corpus): from its
    note, for «اليوم/أمس/غدا» and for a weekday dated by its clause's tense. None for any
    other expression (those are read again with the reference instead)."""
    if note in _OFFSET_OF_NOTE:
        return day + dt.timedelta(days=_OFFSET_OF_NOTE[note])
    m = _WEEKDAY_NOTE_RE.match(note or "")
    if m is None or m.group("wd") not in _WEEKDAY_NAMES:
        return None
    reference = Reference(day.year, day.month, day.day)
    y, mo, d = _Scanner("", reference)._weekday_near(
        _WEEKDAY_NAMES.index(m.group("wd")), -1 if m.group("which") == "last" else 1,
        strict=not m.group("on"))
    return dt.date(y, mo, d) if None not in (y, mo, d) else None


def stated_weekday_conflict(value: DateValue) -> int | None:
    """The weekday the day falls on, when the text states another one for it («مساء أمس
    الخميس» on a Saturday: yesterday was a Friday), allowing the value's own tolerance (a
    Hijri day may be a day off); None when the stated weekday fits, or nothing is stated,
    or the day is not resolved. For relative dates too: «أمس/اليوم/غدا + weekday» keeps
    the weekday it states (DateValue.weekday) beside the day it resolves to."""
    day = value.as_date()
    if day is None or value.weekday is None or value.granularity != "day":
        return None
    tolerance = value.tolerance_days
    if any((day + dt.timedelta(days=d)).weekday() == value.weekday
           for d in range(-tolerance, tolerance + 1)):
        return None
    return day.weekday()


def find_dates(text: str, reference: Reference | None = None) -> list[DateMatch]:
    """Every date expression in normalised text, sorted by (start, -end)."""
    return [DateMatch(h.start, h.end, h.value, h.expression, h.note, h.anchor,
                      _time_words(text, h), h.kind)
            for h in _sorted_hits(text, reference)]


# A publication label, then perhaps a time ("تاريخ النشر : 11:42 - 2023/09/11"), right
# before a date.
_LABEL_BEFORE_RE = re.compile(
    rf"(?<!\w){_alt(_norm_all(PUBLICATION_LABELS))}\s*(?:[:\-–]\s*)?"
    r"(?:\d{1,2}:\d{2}\s*(?:[\-–]\s*)?)?$")
_LABEL_STEMS = {max(label.split(), key=len) for label in _norm_all(PUBLICATION_LABELS)}
_PUBLISHED_RE = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def _published(published: str):
    m = _PUBLISHED_RE.match(published)
    if not m:
        return None
    y, mo, d = (int(g) if g else None for g in m.groups())
    if mo is not None and not 1 <= mo <= 12:
        return None
    if d is not None and not 1 <= d <= calendar.monthrange(y, mo)[1]:
        d = None
    return y, mo, d


def infer_reference(text: str, published: str | None = None) -> Reference:
    """The article's own date, strongest evidence first, compatible parts combined."""
    evidence: list[tuple[int | None, int | None, int | None, str]] = []
    if published:
        p = _published(published)
        if p:
            evidence.append((*p, "front matter"))
    hits = _sorted_hits(text, None)

    def quote(h: _Hit) -> str:
        return '"' + _key(text[h.start:h.end]) + '"'

    def full(h: _Hit) -> bool:
        v = h.value
        return (h.expression == "explicit" and v.granularity == "day"
                and None not in (v.year, v.month, v.day))

    # "تاريخ النشر: 18th, June 2024 GMT", "آخر تحديث 2024/03/19": the text's own stamp.
    labelled = any(stem in text for stem in _LABEL_STEMS)  # (most texts have none)
    for h in hits if labelled else ():
        if full(h) and _LABEL_BEFORE_RE.search(text, max(0, h.start - 40), h.start):
            v = h.value
            evidence.append((v.year, v.month, v.day, f"publication stamp: {quote(h)}"))
    # "اليوم الاثنين 6 فبراير 2023": today stated next to a full date.
    for i, h in enumerate(hits):
        if h.kind != "today":
            continue
        for other in hits[i + 1:i + 2] + hits[max(0, i - 1):i]:
            lo, hi = sorted(((h.start, h.end), (other.start, other.end)))
            gap = _GAP_RE.match(text, lo[1])
            if full(other) and gap and gap.end() >= hi[0]:
                v = other.value
                evidence.append((v.year, v.month, v.day,
                                 f"today stated: {quote(h)} {quote(other)}"))
    # A dateline: a full date nearly alone on one of the first three lines.
    # The line's words are counted once: a line of thousands of dates is no dateline, and
    # reading the rest of it once per date would be quadratic.
    offset, seen = 0, 0
    for line in text.split("\n"):
        if line.strip():
            seen += 1
            line_words = None
            for h in hits:
                if offset <= h.start and h.end <= offset + len(line) and full(h):
                    if line_words is None:
                        line_words = len(_WORDS_RE.findall(line))
                    if line_words - len(_WORDS_RE.findall(text, h.start, h.end)) > 5:
                        continue  # (a margin for a word the date's edge cuts in two)
                    rest = line[:h.start - offset] + line[h.end - offset:]
                    if len(_WORDS_RE.findall(rest)) <= 3:
                        v = h.value
                        evidence.append((v.year, v.month, v.day, f"dateline: {quote(h)}"))
            if seen == 3:
                break
        offset += len(line) + 1
    # "31 كانون الأول ديسمبر الحالي": the month (and a stated year) of today.
    for h in hits:
        if h.kind == "month_current":
            y = h.value.year if not h.value.relative else None
            evidence.append((y, h.value.month, None, f"current month: {quote(h)}"))
    # "العام الجاري 2021", "نهاية العام الجاري 2021": the year of today.
    for h in hits:
        if h.kind == "year_current" and h.value.year is not None:
            evidence.append((h.value.year, None, None, f"current year: {quote(h)}"))
    # News states weekdays only for dates near publication: trust their year only.
    dated = [h for h in hits if full(h) and h.value.weekday is not None]
    years = Counter(h.value.year for h in dated)
    for year, _ in years.most_common():
        h = next(h for h in dated if h.value.year == year)
        evidence.append((year, None, None, f"date with weekday, year only: {quote(h)}"))

    y = m = d = None
    bases: list[str] = []
    for ey, em, ed, basis in evidence:
        if ((y is not None and ey is not None and ey != y)
                or (m is not None and em is not None and em != m)
                or (d is not None and ed is not None and ed != d)):
            continue
        used = False
        if y is None and ey is not None:
            y, used = ey, True
        if m is None and em is not None:
            m, used = em, True
        if d is None and ed is not None and em is not None and em == m:
            d, used = ed, True
        if used:
            bases.append(basis)
        if None not in (y, m, d):
            break
    return Reference(y, m, d, "; ".join(bases) if bases else "unknown")
