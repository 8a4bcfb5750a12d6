"""The time of day an event happened at: «ضربت الهزة … على الساعة سابعة صباحا», «سجلت الهزة
حوالي الساعة 6:35 صباحا بالتوقيت المحلي».

Reads the normal form (extract/normalize.py) after «الساعة» (and «في تمام»): the hour in
digits, as a clock («6:35», «23,00») or as an ordinal word («السابعة», «الحادية عشرة»), the
minutes («و11 دقيقة», «والنصف», «إلا ربعا»), the part of the day («صباحا», «مساء»,
«بعد الظهر»), the time zone («بالتوقيت المحلي», «بتوقيت غرينتش») and a day word beside it.

Only the moment of an event is read. A running figure's moment («إلى حدود الساعة العاشرة»,
context.py's as-of), a stretch of the day («من الساعة 11 صباحا إلى الساعة 4 مساء») and a
rate («72 ألف راكب في الساعة الواحدة») are not times something happened at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.normalize import normalize_word
from factcheck.extract.numbers import parse_number_words
from factcheck.extract.words import word_key
from factcheck.lexicon.clitics import ARTICLE, CONJUNCTIONS, PREPOSITIONS
from factcheck.lexicon.clock import (ABOUT_WORDS, AFTER_WORD, AS_OF_CUES, DAWN_WORDS, EVENING_WORDS,
                                     EXACTLY_WORDS, GMT_WORDS, HOUR_WORD, HOUR_WORDS, IN_WORD,
                                     LOCAL_ZONE_WORDS, MINUTE_WORDS, NOON_WORDS, OF_WORD,
                                     PAST_FRACTIONS,
                                     RANGE_CLOSERS, RANGE_OPENERS, SHORTLY_AFTER_WORDS,
                                     SHORTLY_BEFORE_WORDS, TO_FRACTIONS, TO_WORD, TODAY_WORDS,
                                     YESTERDAY_WORDS, ZONE_WORDS)
from factcheck.lexicon.weekdays import WEEKDAYS
from factcheck.model import ClockTime


def _keys(words) -> frozenset[str]:
    return frozenset(word_key(normalize_word(w)) for w in words)


def _forms(words) -> frozenset[str]:
    return frozenset(normalize_word(w) for w in words)


# «الساعة», «والساعة», «بالساعة»: the word for the hour, behind at most two clitic letters.
_IN = normalize_word(IN_WORD)
_CLITICS = "".join(CONJUNCTIONS) + "".join(PREPOSITIONS)
_HOUR_NOUN = re.compile(rf"(?<!\S)[{_CLITICS}]{{0,2}}{normalize_word(HOUR_WORD)}(?!\S)")
_EXACTLY = re.compile(rf"(?<!\S)(?:{_IN}\s+)?(?:{'|'.join(_forms(EXACTLY_WORDS))})(?!\S)")
_HOUR_TEXT = normalize_word(HOUR_WORD)
_EXACTLY_TEXTS = _forms(EXACTLY_WORDS)
_ARTICLE = normalize_word(ARTICLE)
_AND = CONJUNCTIONS[0]
# A word, or one mark of punctuation (a clause ends there).
_TOKEN = re.compile(r"\s*([^\s،,؛;.!?؟()\"]+|[،,؛;.!?؟()\"])")
_CLOCK = re.compile(r"\s*(\d{1,2})\s?[:.,]\s?(\d{2})(?!\d|[:.,]\d)")
_DIGITS = re.compile(r"\s*(\d{1,2})(?!\d|\s?[:.,]\s?\d)")
_HOURS: dict[tuple[str, ...], int] = {tuple(normalize_word(w).split()): h
                                      for w, h in HOUR_WORDS.items()}
_ABOUT = _keys(ABOUT_WORDS)
_SHORTLY_AFTER = _keys(SHORTLY_AFTER_WORDS)
_SHORTLY_BEFORE = _keys(SHORTLY_BEFORE_WORDS)
_AS_OF = _keys(AS_OF_CUES)
_RANGE_OPENERS = _forms(RANGE_OPENERS)
_RANGE_CLOSERS = _forms(RANGE_CLOSERS)
_MINUTES = _keys(MINUTE_WORDS)
_PAST = {normalize_word(w): m for w, m in PAST_FRACTIONS.items()}
_TO = normalize_word(TO_WORD)
_TO_FRACTIONS = {normalize_word(w): m for w, m in TO_FRACTIONS.items()}
_EVENING = _forms(EVENING_WORDS)
_NOON = _forms(NOON_WORDS)
_DAWN = _forms(DAWN_WORDS)
_ZONE = _forms(ZONE_WORDS)
_LOCAL = _forms(LOCAL_ZONE_WORDS)
_GMT = _forms(GMT_WORDS)
_TODAY = _keys(TODAY_WORDS)
_YESTERDAY = _keys(YESTERDAY_WORDS)
_WEEKDAY_OF = {word_key(normalize_word(w)): n for w, n in WEEKDAYS.items()}
_AFTER = normalize_word(AFTER_WORD)
_FROM = normalize_word(OF_WORD)

# How far from the words the time may be, in minutes: a whole hour said plainly covers the
# quarter either side («الساعة السابعة» for 6:50), minutes said plainly two; «حوالي» more.
HOUR_SPREAD, HOUR_SPREAD_ABOUT = 15, 30
MINUTE_SPREAD, MINUTE_SPREAD_ABOUT = 2, 5
FRACTION_SPREAD = 5  # «والنصف», «إلا ربعا»: a half or a quarter is itself a rounding
SHORTLY = 30  # «بعيد الساعة 23»: within half an hour after it
_DAY_REACH = 6  # words before the time that may name its day («صباح اليوم الخميس 14 …»)


@dataclass(frozen=True, slots=True)
class ClockMatch:
    """A time of day in the normal form: [start, end) and what it says."""

    start: int
    end: int
    value: ClockTime


def find_clock_times(text: str) -> list[ClockMatch]:
    """Every time of an event the normal-form text gives, in text order."""
    if _HOUR_TEXT not in text and not any(word in text for word in _EXACTLY_TEXTS):
        return []  # most articles give no time of day: no regular-expression pass
    out: list[ClockMatch] = []
    for noun in _HOUR_NOUN.finditer(text):
        found = _read_at(text, noun.start(), noun.end())
        if found is not None:
            out.append(found)
    for exactly in _EXACTLY.finditer(text):  # «في تمام الحادية عشرة ليلا»: no «الساعة»
        if _HOUR_NOUN.match(text, _skip_space(text, exactly.end())):
            continue  # «في تمام الساعة …»: read above
        found = _read_at(text, exactly.start(), exactly.end(), lead_read=True)
        if found is not None:
            out.append(found)
    return sorted(out, key=lambda m: m.start)


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _read_at(text: str, start: int, after: int, lead_read: bool = False) -> ClockMatch | None:
    before = _words_before(text, start, 8)
    lead = before[-1] if before else ""
    if not lead_read and _not_a_moment(before):
        return None
    hour, minute, minutes_said, fraction, twenty_four, at = _hour_and_minutes(text, after)
    if hour is None:
        return None
    hour, half_day_known, at = _part_of_day(text, at, hour, twenty_four)
    if not minutes_said:  # «في تمام الحادية عشرة ليلا و11 دقيقة»
        minute, minutes_said, fraction, at = _minutes(text, at)
    zone, at = _zone(text, at)
    about = word_key(lead) in _ABOUT
    if minutes_said:
        spread = FRACTION_SPREAD if fraction else (MINUTE_SPREAD_ABOUT if about else MINUTE_SPREAD)
    else:
        spread = HOUR_SPREAD_ABOUT if about else HOUR_SPREAD
    moment = (hour * 60 + minute) % (24 * 60)
    lo, hi = moment - spread, moment + spread
    if word_key(lead) in _SHORTLY_AFTER:
        lo, hi = moment, moment + SHORTLY
    elif word_key(lead) in _SHORTLY_BEFORE:
        lo, hi = moment - SHORTLY, moment
    qualified = about or word_key(lead) in _SHORTLY_AFTER | _SHORTLY_BEFORE
    quote_start = _lead_start(text, start) if qualified else start
    day = _day(before[-_DAY_REACH:], _words_after(text, at, 3))
    return ClockMatch(quote_start, at,
                      ClockTime(moment, lo, hi, half_day_known, qualified, zone, day))


def _not_a_moment(before: list[str]) -> bool:
    """«إلى حدود الساعة», «من الساعة 11 … إلى الساعة 4», «72 ألف راكب في الساعة»: a running
    figure's moment, a stretch of the day, a rate."""
    if not before:
        return False
    lead = before[-1]
    if word_key(lead) in _AS_OF or lead in _RANGE_OPENERS:
        return True
    # «… إلى الساعة 4 مساء» after «من الساعة 11» in the same clause
    if lead in _RANGE_CLOSERS and any(w in _RANGE_OPENERS for w in before[:-1]):
        return True
    # «في الساعة» a figure or two words after a number: per hour
    return lead == _IN and any(w[:1].isdigit() for w in before[-4:-1])


def _words_before(text: str, start: int, n: int) -> list[str]:
    """Up to n words before `start`, nearest last, not across the end of a clause."""
    words: list[str] = []
    for token in reversed(list(_TOKEN.finditer(text, max(0, start - 120), start))):
        word = token.group(1)
        if not word[:1].isalnum():
            break
        words.append(word)
        if len(words) == n:
            break
    return words[::-1]


def _words_after(text: str, at: int, n: int) -> list[str]:
    words: list[str] = []
    for token in _TOKEN.finditer(text, at, min(len(text), at + 80)):
        word = token.group(1)
        if not word[:1].isalnum() or len(words) == n:
            break
        words.append(word)
    return words


def _lead_start(text: str, start: int) -> int:
    """Where the word before `start` begins: the quote keeps «حوالي»."""
    at = start
    while at > 0 and text[at - 1].isspace():
        at -= 1
    while at > 0 and not text[at - 1].isspace():
        at -= 1
    return at


def _next(text: str, at: int) -> tuple[str, int]:
    token = _TOKEN.match(text, at)
    return (token.group(1), token.end()) if token else ("", at)


def _hour_and_minutes(text: str, at: int) -> tuple[int | None, int, bool, bool, bool, int]:
    """(hour, minutes, minutes said, said as a fraction, on a 24-hour dial, where the words
    end). «03:47» is written on a 24-hour dial; «3:47» may be either."""
    word, after = _next(text, at)
    if word == _ARTICLE:  # «الساعة الـ 11»: the article written apart from its number
        at = after
    clock = _CLOCK.match(text, at)
    if clock:
        hour, minute = int(clock.group(1)), int(clock.group(2))
        if hour > 24 or minute > 59:
            return None, 0, False, False, False, at
        return hour, minute, True, False, len(clock.group(1)) == 2, clock.end()
    digits = _DIGITS.match(text, at)
    if digits:
        hour, at = int(digits.group(1)), digits.end()
        if hour > 24:
            return None, 0, False, False, False, at
    else:
        first, after_first = _next(text, at)
        second, after_second = _next(text, after_first)
        if (first, second) in _HOURS:
            hour, at = _HOURS[(first, second)], after_second
        elif (first,) in _HOURS:
            hour, at = _HOURS[(first,)], after_first
        else:
            return None, 0, False, False, False, at
    minute, said, fraction, at = _minutes(text, at)
    return hour, minute, said, fraction, False, at


def _minutes(text: str, at: int) -> tuple[int, bool, bool, int]:
    """«و11 دقيقة», «وعشر دقائق», «والنصف», «إلا ربعا», «إلا ثلاث عشرة دقيقة»."""
    word, after = _next(text, at)
    if word in _PAST:
        return _PAST[word], True, True, after
    sign = 1
    if word == _TO:
        sign, at = -1, after
        word, after = _next(text, at)
        if word in _TO_FRACTIONS:
            return -_TO_FRACTIONS[word], True, True, after
    elif not word.startswith(_AND):
        return 0, False, False, at
    # up to three words of number before «دقيقة»
    words: list[str] = []
    cursor = at
    for _ in range(4):
        word, cursor = _next(text, cursor)
        if not word or not word[:1].isalnum():
            break
        if word_key(word) in _MINUTES:
            phrase = " ".join(words)
            if sign == 1:
                phrase = phrase[1:].lstrip() if phrase.startswith(_AND) else phrase
            value = parse_number_words(phrase) if phrase else None
            if value is not None and 0 < value < 60 and value.is_integer():
                return sign * int(value), True, False, cursor
            break
        words.append(word)
    return 0, False, False, at


def _part_of_day(text: str, at: int, hour: int, twenty_four: bool) -> tuple[int, bool, int]:
    """The hour on a 24-hour dial, whether the text said which half of the day, and where
    the words end: «السابعة مساء» is 19, «الثانية ظهرا» 14, «العاشرة من صباح اليوم» 10."""
    word, after = _next(text, at)
    if word == _FROM:  # «العاشرة من صباح اليوم»
        word, after = _next(text, after)
    if word == _AFTER:  # «الثالثة بعد الظهر», «الواحدة بعد الزوال»
        word, after = _next(text, after)
        if word in _NOON or word in _EVENING:
            return (hour + 12 if hour < 12 else hour), True, after
        return hour, False, at
    if word in _EVENING:
        if hour == 12:
            return 0, True, after  # «الثانية عشرة ليلا»: midnight
        return (hour + 12 if hour < 12 else hour), True, after
    if word in _NOON:
        return (hour + 12 if hour < 7 else hour), True, after
    if word in _DAWN:
        return (0 if hour == 12 else hour), True, after
    return hour, twenty_four or hour > 12 or hour == 0, at


def _zone(text: str, at: int) -> tuple[str | None, int]:
    """«بالتوقيت المحلي»: local (None); «بتوقيت غرينتش»: "gmt"; «بتوقيت مكة»: its word."""
    word, after = _next(text, at)
    if word not in _ZONE:
        return None, at
    name, end = _next(text, after)
    if name in _LOCAL:
        return None, end
    if name in _GMT:
        return "gmt", end
    return (word_key(name), end) if name[:1].isalpha() else (None, after)


def _day(before: list[str], after: list[str]) -> str | None:
    """The day word beside the time: a weekday («الخميس»), else today or yesterday."""
    day = None
    for word in [*before, *after]:
        key = word_key(word)
        if key in _WEEKDAY_OF:
            return f"wd{_WEEKDAY_OF[key]}"
        if key in _YESTERDAY:
            day = "yesterday"
        elif key in _TODAY and day is None:
            day = "today"
    return day
