"""Quantity claims in NORMALISED Arabic text: digits and number words → intervals.

Input is `normalize(original).text`. Offsets in the results index that normal text; the
caller maps them back with `NormalText.original_span`.

How a scan works (one shared pass over the text, then small anchored patterns around
each hit, so the cost is one regex scan plus work proportional to the numbers found):

1. `_SCAN_RE` reads numeric dates and times, phone numbers (skipped) and number phrases:
   runs of digit groups and number words joined by spaces or و ("سبعة آلاف و242",
   "بين 100 و150"). It is tried only at the word starts that `GRAMMAR_TRIGGERS`
   (tokens.py) finds in one pass shared with the date grammar.
2. `_Parser` splits each phrase into numbers by Arabic number grammar and values them;
   a و that cannot add ("100 و150") starts a new number.
3. Neighbouring numbers joined by a range connector become one interval.
4. Around each number: a counted noun after it (on the next line too, when the text is
   wrapped) or, for a small cardinal, before it ("حالة وفاة واحدة", "الأقاليم الستة");
   qualifiers before it, after it (past its noun and one more word: "60 حاجا أردنيا على
   الأقل") or a comparing verb across its subject ("تجاوز عدد الوفيات … الألف"); and
   contexts that mean it is not a quantity at all: a date, a year, a time of day, a label
   ("رقم 2231", "المادة 140").
5. What the grammar read is kept: each match says how certain the figure is (exact,
   approximate, a lower or upper bound, a range, a vague amount) and its Quantity carries
   the rounding it was written with (half a unit of its last written digit).

Knowledge (number words, counted nouns, qualifiers, months, cue words) is lexicon/'s (numbers,
units, qualifiers, months, time_words, labels, clitics), written naturally; the indexes and
patterns below are built from it with `normalize_word`, once, at import.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from factcheck.extract.normalize import normalize, normalize_word
from factcheck.extract.tokens import CLITIC_FORMS, DIGIT, GRAMMAR_TRIGGERS, word_trie
from factcheck.lexicon.clitics import AND, ARTICLE, CONJUNCTIONS, LAM_ARTICLE, POSSESSIVES
from factcheck.lexicon.labels import LABELS_BEFORE, ROUTE_MARKS_BEFORE, TIMES_OF_DAY_AFTER
from factcheck.lexicon.months import (BARE_MONTH_HEADS, ENGLISH, GREGORIAN_ERA, GULF, HIJRI,
                                      HIJRI_ERA, LEVANTINE, MAGHREBI)
from factcheck.lexicon.numbers import (ACCUSATIVE_ENDING, DUAL_CONSTRUCT, FEW, FRACTION_PLURALS,
                                       FRACTIONS, FRACTIONS_SPELLED_AS_CARDINALS, HUNDRED,
                                       HUNDRED_IN_COMPOUNDS, HUNDRED_STEMS,
                                       NOT_COUNTED_BEFORE_ONE, NOT_SHARE_WHOLES, ONE_ACCUSATIVE,
                                       ONES, ORDINAL_UNITS, ORDINAL_UNITS_FEMININE, SCALES, SCALES_DEFINITE, SCALES_WITH_ARTICLE,
                                       SHARE_WHOLE_ENDINGS, TEEN_HEADS, TEN, TENS, TWO_HUNDRED,
                                       VAGUE_PLURALS)
from factcheck.lexicon.qualifiers import (COMPARING_PREPOSITIONS, COMPARING_VERB_NOT_BEFORE_FIGURE,
                                          COMPARING_VERB_STOPS, COMPARING_VERBS,
                                          COMPARING_VERBS_WITH_PREPOSITION, QUALIFIERS_AFTER,
                                          QUALIFIERS_BEFORE, RANGE_CONNECTORS_AFTER_OPENER, ROUND_MARKS,
                                          RANGE_CONNECTORS_ALONE, RANGE_OPENERS, CHANGE_FROM,
                                          CHANGE_TO)
from factcheck.lexicon.time_words import (COMPARED_WITH, EDITION_NOUNS, MONTH_NOUNS, OF_WORDS,
                                          RELATIVE,
                                          THIS_WORDS, YEAR_CUES,
                                          YEAR_NOUNS, YEAR_WORD_ADJECTIVES, YEAR_WORDS)
from factcheck.lexicon.units import (CONTINUOUS_CATEGORIES, COUNTED_NOUNS, OTHERS_AFTER, PARTITIVE_WORDS,
                                     PEOPLE_CATEGORIES)
from factcheck.model import Certainty, Quantity

__all__ = ["ORDINAL_WORDS", "ORDINAL_WORDS_RE", "QuantityMatch", "find_quantities",
           "parse_number_words", "UNITS"]

# The ordinals that number events and stretches of a story («الاجتماع الثاني», «الجولة
# الثانية», «الأسبوع الرابع»), masculine and feminine, in normal form → their number; and a
# regex alternation of them, longest first.
ORDINAL_WORDS: dict[str, int] = {normalize(w).text: n
                                 for table in (ORDINAL_UNITS, ORDINAL_UNITS_FEMININE)
                                 for n, w in table.items()}
ORDINAL_WORDS_RE = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    start: int  # where the claim's words begin (qualifier included, clitic excluded)
    end: int  # after the counted noun (or trailing qualifier) if any
    number_start: int  # the number itself: digits or words, scale word included
    number_end: int
    quantity: Quantity
    unit: str | None  # canonical lemma of the counted noun, normal form
    unit_category: str | None
    # What the grammar read: exact | approximate | lower | upper | range | vague (see
    # Quantity.certainty). A vague amount («عشرات», «مئات الآلاف») never contradicts a
    # count on its own; the frame code decides what to compare.
    certainty: Certainty = "exact"


# ---------------------------------------------------------------------------------------
# Tables: the words are lexicon/'s; what the grammar composes from them
# ---------------------------------------------------------------------------------------

# First word of 11..19: TEEN_HEADS for 11 and 12, the ones for 13..19.
_TEEN_HEADS: dict[int, tuple[str, ...]] = {
    **TEEN_HEADS, **{n: forms for n, forms in ONES.items() if n >= 3}}
_HUNDREDS: dict[int, tuple[str, ...]] = {200: TWO_HUNDRED}
for _n, _stems in HUNDRED_STEMS.items():
    _HUNDREDS[_n * 100] = tuple(s + h for s in _stems for h in HUNDRED_IN_COMPOUNDS)
_FEW_RANGE = (3, 9)  # "بضع": 3..9 of what follows
# A bare plural of P is at least two P and less than ten P: "آلاف" = [2000, 9999].
_PLURAL_RANGE = (2, 10)

# Month names (every system) and the bare first words of two-word names.
_MONTHS = tuple(name for system in (LEVANTINE, GULF, MAGHREBI, HIJRI, ENGLISH)
                for names in system.values() for name in names) + BARE_MONTH_HEADS
_YEAR_MARKERS = HIJRI_ERA + GREGORIAN_ERA
_YEAR_CUE_RANGE = (1900, 2100)
# What "هذا العام N", "العام الجاري N" may be: a Gregorian or a Hijri year of our times.
_PRESENT_YEARS = (_YEAR_CUE_RANGE, (1350, 1500))
_MARKED_YEAR_RANGE = (1000, 2199)
# A comparing verb reaches its figure across at most this many words of its subject.
_REACH_WORDS = 7
_REACH_WINDOW = 90  # characters searched before a figure for such a verb

# ---------------------------------------------------------------------------------------
# Compiled forms of the tables
# ---------------------------------------------------------------------------------------

_N = normalize_word
_SP = r"[^\S\n]"  # a space that does not cross a line


def _trie(words: Iterable[str]) -> str:
    """One regex for a word list, shared prefixes factored out (fast to match)."""
    return word_trie(words, space=_SP + "+")


def _key(s: str) -> str:
    return " ".join(s.split())


@dataclass(frozen=True)
class _Word:
    # one ten teen tens hundred scale article_scale vague_plural few fraction
    # fraction_plural ("أرباع") definite_scale ("الألف")
    kind: str
    value: float
    inherent: int | None = None  # scale words: 1, 2 or None for plurals
    dual_construct: bool = False  # "ألفا": two thousand when a noun follows directly
    step: float = 1.0  # the unit of its last digit: 1, or a fraction's own (a third: 1/3)


_WORDS: dict[str, _Word] = {}


def _add(forms: Iterable[str], info: _Word) -> None:
    for form in forms:
        _WORDS[_N(form)] = info


for _n, _forms in ONES.items():
    _add(_forms, _Word("one", _n))
_add(TEN, _Word("ten", 10))
for _n, _heads in _TEEN_HEADS.items():
    _add((f"{h} {t}" for h in _heads for t in TEN), _Word("teen", 10 + _n))
for _n, _forms in TENS.items():
    _add(_forms, _Word("tens", _n))
_add(HUNDRED, _Word("hundred", 100))
for _n, _forms in _HUNDREDS.items():
    _add(_forms, _Word("hundred", _n))
for _w, (_s, _m) in SCALES.items():
    _add((_w,), _Word("scale", _s, _m, _w in DUAL_CONSTRUCT))
for _w, _s in SCALES_WITH_ARTICLE.items():
    _add((_w,), _Word("article_scale", _s))
for _w, _s in VAGUE_PLURALS.items():
    _add((_w,), _Word("vague_plural", _s))
_add(FEW, _Word("few", 1))
for _w, (_num, _den) in FRACTIONS.items():
    _add((_w,), _Word("fraction", _num / _den, step=1 / _den))
for _w, _den in FRACTION_PLURALS.items():
    _add((_w,), _Word("fraction_plural", 1 / _den, step=1 / _den))
for _w, _s in SCALES_DEFINITE.items():
    _add((_w,), _Word("definite_scale", _s))

# Comma + exactly three digits groups thousands; so do two or more points each before three
# digits ("1.984.312": no decimal has two points); any other , or . between digits is decimal.
# A space (or a no-break one) between groups of three digits groups thousands too, as
# Maghrebi outlets write after French ("38 500 منصب").
_DIGITS = (r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]?\d)|"
           r"\d{1,3}(?:\.\d{3}){2,}(?![\d.,]\d)|\d+(?:,\d{3}(?!\d))*(?:[.,]\d+)?")
_WORD_RE = _trie(_WORDS)
_TOKEN = rf"(?:{_DIGITS}|{_WORD_RE}(?!\w))"
_SEP = rf"(?:{_SP}+(?:و{_SP}*)?)"
_CLITIC = r"(?:[وف]?[بلك]?)"
# "الـ2500 جندي": the article glues onto digits once tatweel is gone (never onto words:
# "الثلاث" is "the three [already named]", not a new count).
_ARTICLE_ON_DIGITS = rf"(?:[وف]?(?:[بك]?{ARTICLE}|{LAM_ARTICLE})(?=\d))"

# After a counted noun, a cardinal with the article says how many: "الأقاليم الستة" (only
# 3..10: "اليوم الواحد" is "per day", "الاثنين" Monday).
# "والعشرين" after a definite cardinal: its tens.
_DEFINITE_TENS = {_N(ARTICLE + f): n for n, forms in TENS.items() for f in forms}
_DEFINITE_CARDINALS = {_N(ARTICLE + f): n for n, forms in (*ONES.items(), (10, TEN))
                       if n >= 3 for f in forms}

# Phone numbers: "+964 770 123 4567", "07701234567", "0770-123-4567".
_PHONE = r"\+\d[\d \-]{5,}\d|0\d{6,}|0\d{1,4}(?:[ \-]\d{2,4}){2,}"

_SCAN_RE = re.compile(
    # dd/mm/yyyy and hh:mm are dates and times, phone numbers are labels: never quantities
    rf"(?<![\w/.\-:])(?P<skip>\d{{1,4}}(?P<dsep>[/.\-])\d{{1,2}}(?P=dsep)\d{{1,4}}"
    rf"|\d{{1,2}}:\d{{2}}(?::\d{{2}})?|{_PHONE})(?![\w/:])"
    # "ف-16", "كوفيد-19": a model name's figure is not a count; "1,01:17": nor a clock's
    rf"|(?<!\w)(?<![^\W\d_]-)(?<!\d:)(?:{_ARTICLE_ON_DIGITS}|{_CLITIC})"
    rf"(?P<body>{_TOKEN}(?:{_SEP}{_TOKEN})*)"
    # "الأقاليم الستة": a definite cardinal, a count only after its counted noun, with its
    # tens when it has them ("الساعات الأربع والعشرين" is 24)
    rf"|(?<!\w)[وف]?(?P<card>{_trie(_DEFINITE_CARDINALS)})"
    rf"(?:{_SP}+و{_SP}*(?P<tens>{_trie(_DEFINITE_TENS)}))?(?!\w)"
)
_TOKEN_RE = re.compile(rf"{_SP}*(?P<conj>و{_SP}*)?(?P<tok>{_TOKEN})")
# Every _SCAN_RE match starts on one of these (after clitics): a digit, a phone's "+" or
# the first word of a number word.
GRAMMAR_TRIGGERS.register({DIGIT, "+"} | {word.split()[0] for word in _WORDS})

_UNIT_FORMS: dict[str, str] = {}
UNITS: dict[str, str] = {}  # lemma (normal form) → category
for _lemma, (_cat, _forms) in COUNTED_NOUNS.items():
    UNITS[_N(_lemma)] = _cat
    for _f in _forms:
        _UNIT_FORMS[_N(_f)] = _N(_lemma)
# A counted noun may start the next line when the text is wrapped (never after a blank
# line), and after من it may carry a possessive: "2500 من جنودها".
_WRAP = rf"{_SP}*(?:\n{_SP}*)?"


def _alts(words: Iterable[str]) -> str:
    return _trie(_N(w) for w in words)


_UNIT_TRIE = _trie(_UNIT_FORMS)
_UNIT_RE = re.compile(
    rf"{_WRAP}(?:(?P<of>{_alts(PARTITIVE_WORDS)}){_SP}+)?(?P<art>{ARTICLE})?"
    rf"(?P<unit>{_UNIT_TRIE})(?P<pron>{_trie(POSSESSIVES)})?(?!\w)"
)
# A cardinal after its counted noun: "حالة وفاة واحدة" (no article on either), "الأقاليم
# الستة", "الدول العربية الثلاث" (the article on both, an adjective may come between).
_UNIT_BEFORE_RE = re.compile(rf"(?<!\w)[وف]?[بلك]?(?P<unit>{_UNIT_TRIE}){_SP}+$")
_UNIT_BEFORE_DEFINITE_RE = re.compile(  # "وللدول الثلاث": ل, then the article without alif
    rf"(?<!\w)[وف]?(?:[بك]?(?P<noun>{ARTICLE}(?P<unit>{_UNIT_TRIE}))"
    rf"|{LAM_ARTICLE[0]}(?P<noun_l>{LAM_ARTICLE[1:]}(?P<unit_l>{_UNIT_TRIE})))"
    rf"(?:{_SP}+{ARTICLE}[^\W\d_]+)?{_SP}+$")
# "وسودانيا واحدا": an accusative noun, then "واحدا" (not in an idiom: "صفا واحدا").
_ONE_ACCUSATIVE = _N(ONE_ACCUSATIVE)
_NOT_COUNTED_BEFORE_ONE = frozenset(_N(w) for w in NOT_COUNTED_BEFORE_ONE)
_ACCUSATIVE_BEFORE_RE = re.compile(
    rf"(?<!\w)[وف]?(?P<noun>[^\W\d_]+{ACCUSATIVE_ENDING}){_SP}+$")
# A share of a whole: a fraction before a definite noun or one with a possessive after ت
# ("نحو ثلث قيمته", "ثلثي السكان", "ربع قيمتها"); a bare final ه is ة as often as a pronoun.
_WHOLE_RE = re.compile(
    rf"{_SP}+(?P<whole>{ARTICLE}[^\W\d_]+|[^\W\d_]+(?:{_alts(SHARE_WHOLE_ENDINGS)}))(?!\w)")
_NOT_SHARE_WHOLES = frozenset(_N(w) for w in NOT_SHARE_WHOLES)
_SPELLED_FRACTIONS = {_N(w): d for w, d in FRACTIONS_SPELLED_AS_CARDINALS.items()}
_PERCENT = _N("%")
# "1.300 شخص": a point and exactly three digits before a count of people group thousands;
# so they do anywhere in an article that writes its decimals with a comma ("19,8 في المائة"
# … "241.600 رحلة"): one article keeps one convention.
_THOUSANDS_BY_POINT_RE = re.compile(r"\d{1,3}\.\d{3}")
_DECIMAL_COMMA_RE = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d.,])")


# Qualifiers right before a number: the lexicon's, and every comparing verb (with its
# preposition when it takes one: "زاد على", "لا يقل عن").
_QUAL_BEFORE = {
    **{_key(_N(f"{v} {p}")): k for v, k in COMPARING_VERBS_WITH_PREPOSITION.items()
       for p in COMPARING_PREPOSITIONS},
    **{_key(_N(v)): k for v, k in COMPARING_VERBS.items()},
    **{_key(_N(q)): k for q, k in QUALIFIERS_BEFORE.items()},
}
_ROUND_MARKS = frozenset(_key(_N(w)) for w in ROUND_MARKS)
_QUAL_AFTER = {_key(_N(k)): v for k, v in QUALIFIERS_AFTER.items()}
# Searched in a short window that ends where the number begins.
_WINDOW = 40
_QUAL_BEFORE_RE = re.compile(
    rf"(?<!\w)[وف]?[بل]?(?P<q>{_trie(_QUAL_BEFORE)}){_SP}*$")
# After the number or its counted noun, past at most one more word (an adjective: "حاجا
# أردنيا على الأقل"; "آخرون") and a line wrap, blank line included; never when another
# figure follows ("على الأقل 20 منهم", "أو أكثر من 50": the qualifier is that figure's).
# A comma may set the qualifier off ("على 10 مليارات دولار، على أقصى تقدير").
_GAP = rf"(?:{_SP}*\n){{0,2}}{_SP}*"
_QUAL_AFTER_RE = re.compile(
    rf"{_GAP}(?:[^\W\d_]++{_GAP})?(?:[،,]{_GAP})?(?<!\w)(?P<q>{_trie(_QUAL_AFTER)})(?!\w)"
    rf"(?!{_SP}*(?:(?:{_alts(PARTITIVE_WORDS)}){_SP}+)?[وف]?[بلك]?(?:\d|{_WORD_RE}(?!\w)))")
# A comparing verb with its subject between it and the figure: "تجاوز عدد الوفيات بين الحجاج
# هذا العام الألف", "تزيد أعمارهم عن 80 عاما". The subject's words are letters only, none a
# stop word; one that starts with و is a conjoined definite noun ("والجرحى") or a counted
# noun ("وفيات"), never a new verb ("وقتل").
_REACH_VERBS = _trie(_N(v) for v in COMPARING_VERBS)
_REACH_PREP_VERBS = _trie(_N(v) for v in COMPARING_VERBS_WITH_PREPOSITION)
_REACH_WORD = (rf"(?!(?:{_alts(COMPARING_VERB_STOPS)})(?!\w))"
               rf"(?:(?!{AND}(?!{ARTICLE}))[^\W\d_]+|{_UNIT_TRIE}(?!\w))")
_WS = rf"(?:{_SP}+\n?|\n){_SP}*"  # a space or a line wrap, never a blank line
_REACH_RE = re.compile(
    rf"(?<!\w)[وف]?(?:(?P<v>{_REACH_VERBS})(?P<gap>(?:{_WS}{_REACH_WORD}){{1,{_REACH_WORDS}}})"
    rf"|(?P<pv>{_REACH_PREP_VERBS})(?:{_WS}{_REACH_WORD}){{1,{_REACH_WORDS}}}"
    rf"{_WS}(?:{_alts(COMPARING_PREPOSITIONS)})){_WS}?$")
# The verbs (their last word), with a conjunction or without: a clause without one of
# these holds no such verb.
_REACH_VERB_WORDS = frozenset(
    pre + _N(v).split()[-1] for v in (*COMPARING_VERBS, *COMPARING_VERBS_WITH_PREPOSITION)
    for pre in ("", *CONJUNCTIONS))
_REACH_VERB_KIND = {_key(_N(v)): k for v, k in COMPARING_VERBS.items()}
_REACH_PREP_VERB_KIND = {_key(_N(v)): k for v, k in COMPARING_VERBS_WITH_PREPOSITION.items()}
_NOT_BEFORE_REACHED_FIGURE = frozenset(_N(w) for w in COMPARING_VERB_NOT_BEFORE_FIGURE)
# A word right before a figure that no comparing verb reaches past (its preposition aside).
_NOT_AFTER_SUBJECT = (_NOT_BEFORE_REACHED_FIGURE | {_N(w) for w in COMPARING_VERB_STOPS}) - {
    _N(w) for w in COMPARING_PREPOSITIONS}
# «ويحق لـبين 100 ألف و200 ألف ناخب», «بـبين 4000 و6000 هكتار»: a preposition may lead it
_OPENER_RE = re.compile(rf"(?<!\w)[وف]?[لب]?(?P<o>{_alts(RANGE_OPENERS)}){_SP}+$")
_CONNECT_OPENED_RE = re.compile(
    rf"{_SP}*(?:{_alts(RANGE_CONNECTORS_AFTER_OPENER)}){_SP}*")
_CONNECT_ALONE_RE = re.compile(rf"{_SP}*(?:{_alts(RANGE_CONNECTORS_ALONE)}){_SP}*")
# Either kind: a quick test that two numbers might form a range at all.
_CONNECT_ANY_RE = re.compile(
    rf"{_SP}*(?:{_alts(RANGE_CONNECTORS_AFTER_OPENER + RANGE_CONNECTORS_ALONE)}){_SP}*")
_MONTH_ALTS = _alts(_MONTHS)
_OF = _alts(OF_WORDS)
_MONTH_BEFORE_RE = re.compile(rf"(?<!\w)[وف]?[بل]?(?:{_MONTH_ALTS}){_SP}*/?{_SP}*$")
_YEAR_WORD_BEFORE_RE = re.compile(
    rf"(?<!\w)[وف]?(?:{LAM_ARTICLE}|[بلك])?(?:{_alts(YEAR_WORDS)})"
    rf"(?:{_SP}+(?:{_alts(YEAR_WORD_ADJECTIVES)})){{0,2}}{_SP}*$")  # «العام الجامعي المقبل 2026»
# («بنهاية 2024»: the cue may carry a preposition, as its last word does in _YEAR_CUE_LAST)
_YEAR_CUE_BEFORE_RE = re.compile(rf"(?<!\w)[وف]?[بل]?(?:{_alts(YEAR_CUES)}){_SP}+$")
_EDITION_BEFORE_RE = re.compile(
    rf"(?<!\w)[وف]?[بل]?(?:{ARTICLE})?(?:{_alts(EDITION_NOUNS)}){_SP}+$")
_COMPARED_WITH_RE = re.compile(rf"(?<!\w)[وف]?(?:{_alts(COMPARED_WITH)}){_SP}*$")
# A year from 1900 to 2099, written out.
_YEAR_DIGITS = r"(?:1[89]\d\d|20\d\d)"
# The second year of a pair its word or cue opens: «بين عامي 2000 و2019», «في 2014 و2017».
_SECOND_YEAR_RE = re.compile(
    rf"(?<!\w)[وف]?(?:{LAM_ARTICLE}|[بلك])?(?:{_alts(YEAR_WORDS)}|{_alts(YEAR_CUES)}){_SP}+"
    rf"{_YEAR_DIGITS}{_SP}*{AND}{_SP}*$")
# … and the second of a season written with a slash: «العام الجامعي المقبل 2026/2027».
_SLASHED_YEAR_RE = re.compile(rf"(?<![\d.,]){_YEAR_DIGITS}{_SP}*/{_SP}*$")
# "هذا العام 1081", "العام الجاري 1081": this year's number is a year only when it can be
# one (the present or near it); otherwise it is what happened this year.
_YEAR_NOUN_ALTS = _alts(YEAR_NOUNS)
_RELATIVE_YEAR_BEFORE_RE = re.compile(
    rf"(?<!\w)(?:(?:{_alts(THIS_WORDS)}){_SP}+(?:{ARTICLE})?(?:{_YEAR_NOUN_ALTS})"
    rf"|[وف]?(?:{LAM_ARTICLE}|[بلك])?(?:{_alts(YEAR_WORDS)}){_SP}+(?:{_alts(RELATIVE)})){_SP}*$")
_MONTH_AFTER_RE = re.compile(
    rf"{_SP}*(?:{_OF}{_SP}+(?:{ARTICLE})?(?:{_alts(MONTH_NOUNS)})|(?:{_OF}{_SP}+)?(?:{_MONTH_ALTS}))(?!\w)")
_YEAR_MARKER_AFTER_RE = re.compile(rf"{_SP}*(?:{_alts(_YEAR_MARKERS)})(?!\w)")
_LABEL_BEFORE_RE = re.compile(
    rf"(?<!\w)[وف]?[بلك]?(?:{_alts(LABELS_BEFORE)}){_SP}*[:\-]?{_SP}*$")

# Each pattern above that ends where a number begins can only match when the word right
# before the number is the last word of one of its phrases. Reading that word once
# (backwards, with one anchored match) and looking it up lets a number skip the
# searches that cannot succeed; the searches still decide.
# On the reversed text. `$` in those patterns also matches before a final newline, so
# one newline may follow the word.
_WORD_BEFORE_RE = re.compile(r"\n?[^\S\n:\-/]*([^\W\d_]+)")


def _last_words(*phrase_lists: Iterable[str]) -> frozenset[str]:
    words: set[str] = set()
    for phrases in phrase_lists:
        for phrase in phrases:
            *head, last = _N(phrase).split()
            words.add(last)
            if not head:  # a one-word phrase may carry its clitics
                words.update(pre + last for pre in CLITIC_FORMS)
    return frozenset(words)


_QUAL_LAST = _last_words(_QUAL_BEFORE)
_UNIT_LAST = _last_words(_UNIT_FORMS)
_OPENER_LAST = _last_words(RANGE_OPENERS)
_MONTH_LAST = _last_words(_MONTHS)
_YEAR_WORD_LAST = _last_words(YEAR_WORDS, YEAR_WORD_ADJECTIVES)
_YEAR_CUE_LAST = _last_words(YEAR_CUES)
_EDITION_LAST = frozenset(w for n in _last_words(EDITION_NOUNS) for w in (n, ARTICLE + n))
_LABEL_LAST = _last_words(LABELS_BEFORE)
_ROUTE_MARK_BEFORE_RE = re.compile(
    rf"(?<!\w)[وف]?[بلك]?(?:{_alts(ROUTE_MARKS_BEFORE)}){_SP}*[:\-]?{_SP}*$")
_ROUTE_MARK_LAST = _last_words(ROUTE_MARKS_BEFORE)


def _word_before(text: str, pos: int) -> str:
    m = _WORD_BEFORE_RE.match(text[max(0, pos - _WINDOW):pos][::-1])
    return m.group(1)[::-1] if m else ""


# Between "من 3 مليارات" and "إلى 8": the unit of the first, at most two words, then «إلى».
_FROM_TO_RE = re.compile(rf"(?:{_SP}+[^\W\d]+){{0,2}}{_SP}+(?:{_alts(CHANGE_TO)}){_SP}+")
_CHANGE_FROM = _N(CHANGE_FROM)

_OTHERS_AFTER_RE = re.compile(rf"{_SP}+(?:{_alts(OTHERS_AFTER)})(?!\w)")
_TIME_OF_DAY_AFTER_RE = re.compile(rf"{_SP}*(?:{_alts(TIMES_OF_DAY_AFTER)})(?!\w)")


# ---------------------------------------------------------------------------------------
# Number grammar
# ---------------------------------------------------------------------------------------

# Tuples rather than frozen dataclasses: an article makes hundreds, and a tuple is
# several times cheaper to build.
class _Tok(NamedTuple):
    start: int
    end: int
    conj: bool  # joined to the previous token by و
    kind: str  # "digits" or a _Word kind
    value: float
    inherent: int | None = None
    dual_construct: bool = False
    step: float = 1.0  # the unit of its last written digit ("30.85": 0.01)


class _Num(NamedTuple):
    """One number found in a phrase, before context is applied."""

    start: int
    end: int
    lo: float
    hi: float
    vague: bool
    has_digits: bool
    strong: bool  # words-only numbers need this (a scale word) or a counted noun
    scale: float | None = None  # single-group "7 آلاف": scale and mantissa, for ranges
    mantissa: float | None = None
    dual_construct: bool = False  # the one word "ألفا"/"مليونا"
    step: float = 1.0  # the unit of its last written digit: "1.2 مليون" 100,000; "50 ألف" 1,000
    scaled: bool = False  # written with a scale word: a rounded figure, even of people
    # "definite": a cardinal with the article after its noun ("الأقاليم الستة");
    # "definite_scale": "الألف", a number only after a comparing verb; else None
    special: str | None = None


_PLACE = {"one": 1, "ten": 1, "teen": 1, "tens": 10, "hundred": 100, "digits": 1,
          "fraction": 0}
_INF = float("inf")


class _Parser:
    """Adds tokens to one number while Arabic grammar allows; `feed` says when it can't."""

    def __init__(self, tok: _Tok) -> None:
        self.start, self.end = tok.start, tok.end
        self.total = 0.0  # closed scale groups ("ألفين" in "ألفين وخمسمئة")
        self.current: float | None = None  # the open group below the last scale
        self.cur_step = 1.0  # the unit of the open group's last digit
        self.step = 1.0  # the same for the closed groups: their last one's
        self.place = _INF  # a new addend must be below this
        self.last = tok
        self.last_scale = _INF
        self.groups = 0  # scale groups closed
        self.mantissa: float | None = None
        self.vague: tuple[float, float, float, bool] | None = None  # lo, hi, base, few
        self.has_digits = tok.kind == "digits"
        self.strong = False
        self.ntok = 1
        k = tok.kind
        if k == "vague_plural" or (k == "scale" and tok.inherent is None):
            self.vague = (_PLURAL_RANGE[0], _PLURAL_RANGE[1], tok.value, False)
        elif k == "few":
            self.vague = (_FEW_RANGE[0], _FEW_RANGE[1], 1, True)
        elif k == "scale":
            self._close(tok.inherent, tok.value, 1.0)
            self.strong = tok.inherent == 2
        else:
            self.current = tok.value
            self.cur_step = tok.step
            self.place = _PLACE.get(k, _INF)

    @staticmethod
    def can_start(tok: _Tok) -> bool:
        return tok.kind not in ("article_scale", "fraction_plural")

    def _close(self, mult: float, scale: float, mult_step: float) -> None:
        self.total += mult * scale
        self.mantissa = mult if self.groups == 0 else None
        self.groups += 1
        self.last_scale = scale
        self.step = mult_step * scale
        self.current = None
        self.place = _INF

    def feed(self, tok: _Tok) -> bool:
        ok = self._feed(tok)
        if ok:
            self.end, self.last = tok.end, tok
            self.ntok += 1
            self.has_digits |= tok.kind == "digits"
        return ok

    def _feed(self, tok: _Tok) -> bool:
        k, v, last = tok.kind, tok.value, self.last
        if k == "definite_scale" or last.kind == "definite_scale":
            return False  # "الألف" stands alone
        if self.vague is not None:
            lo, hi, base, few = self.vague
            # "بضع مئات", "عشرات الآلاف": each plural multiplies the base
            if not tok.conj and v > base and (
                    k in ("article_scale", "vague_plural")
                    or (k == "scale" and tok.inherent is None)):
                self.vague = (lo, hi, base * v, few)
                self.strong = True
                return True
            return False
        if k == "scale":
            if v >= self.last_scale:
                return False
            if self.current is not None:
                if tok.conj or tok.inherent == 2:
                    return False
                self._close(self.current, v, self.cur_step)
                self.strong = True
                return True
            # a new group after a closed one: "مليون وألف"
            if not tok.conj or tok.inherent is None:
                return False
            self._close(tok.inherent, v, 1.0)
            self.strong = True
            return True
        if k == "fraction":
            # "مليون ونصف": half of the last scale
            if tok.conj and self.current is None and self.groups:
                self.total += v * self.last_scale
                self.step = tok.step * self.last_scale
                self.last_scale *= v
                self.mantissa = None
                return True
            return False
        if k == "fraction_plural":
            # "ثلاثة أرباع": three quarters
            if not tok.conj and self.groups == 0 and last.kind in ("one", "ten") \
                    and self.current == last.value:
                self.current *= v
                self.cur_step, self.place = tok.step, 0
                return True
            return False
        if k in ("article_scale", "vague_plural", "few"):
            return False
        # an addend: digits or a word below 1000
        if self.current is None:
            if tok.conj and self.groups and v < self.last_scale:
                self.current, self.place, self.cur_step = v, _PLACE[k], tok.step
                return True
            return False
        if last.kind == "digits" or last.kind == "fraction" or last.kind == "fraction_plural":
            return False  # "100 و150" is two numbers, never 250
        if not tok.conj:
            # "ثلاث مئة": a spaced multiplier of the bare hundred
            if k == "hundred" and v == 100 and last.kind == "one" and self.current == last.value:
                self.current, self.place = last.value * 100, 100
                return True
            return False
        if k == "tens" and last.kind == "one" and self.current % 100 < 10:
            self.current += v  # "خمسة وعشرين": ones come before tens
            self.place = 1
            return True
        if k == "digits" and last.kind not in ("hundred", "tens"):
            return False
        if v < self.place:
            self.current += v
            self.place = _PLACE[k] if k != "digits" else 1
            self.cur_step = tok.step
            return True
        return False

    def result(self) -> _Num:
        if self.vague is not None:
            lo, hi, base, few = self.vague
            # "بضع مئات" = [300, 900]; "عشرات الآلاف" = [20000, 99999]
            lo, hi = float(lo * base), float(hi * base if few else hi * base - 1)
            return _Num(self.start, self.end, lo, hi, True, self.has_digits, self.strong)
        value = self.total + (self.current or 0)
        single_group = self.groups == 1 and self.current is None and self.mantissa is not None
        return _Num(self.start, self.end, value, value, False, self.has_digits,
                    self.strong or (self.groups > 0 and self.ntok > 1),
                    self.last_scale if single_group else None,
                    self.mantissa if single_group else None,
                    self.ntok == 1 and self.last.dual_construct,
                    self.cur_step if self.current is not None else self.step,
                    self.groups > 0,
                    "definite_scale" if self.last.kind == "definite_scale" else None)


_DIGITS_PARTS_RE = re.compile(r"(\d+(?:,\d{3})*)(?:[.,](\d+))?")


def _digits_value(s: str) -> tuple[float, float]:
    """The value of a digit group and the unit of its last digit: "30.85" → (30.85, 0.01)."""
    s = s.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if s.isdecimal():
        return float(s), 1.0
    if s.count(".") > 1:
        return float(s.replace(".", "")), 1.0  # "1.984.312"
    m = _DIGITS_PARTS_RE.fullmatch(s)  # greedy groups first, as _DIGITS matched them
    whole, frac = m.group(1).replace(",", ""), m.group(2)
    if frac:
        return float(f"{whole}.{frac}"), 10.0 ** -len(frac)
    return float(whole), 1.0


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(text, start, end):
        raw = m.group("tok")
        s, e = m.span("tok")
        if raw[0].isdigit():
            value, step = _digits_value(raw)
            toks.append(_Tok(s, e, bool(m.group("conj")), "digits", value, step=step))
        else:
            w = _WORDS[_key(raw)]
            toks.append(_Tok(s, e, bool(m.group("conj")), w.kind, w.value, w.inherent,
                             w.dual_construct, w.step))
    return toks


def _parse(toks: list[_Tok]) -> list[_Num]:
    nums: list[_Num] = []
    parser: _Parser | None = None
    for tok in toks:
        if parser is not None and parser.feed(tok):
            continue
        if parser is not None:
            nums.append(parser.result())
        parser = _Parser(tok) if _Parser.can_start(tok) else None
    if parser is not None:
        nums.append(parser.result())
    return nums


def _phrase_numbers(text: str, start: int, end: int) -> list[_Num]:
    """The numbers of one scanned phrase. A year after a year word ends its number: "لعام
    2024 مليونا و833 ألفا" is the year 2024, then 1,833,000, never 2,024,833,000."""
    toks = _tokens(text, start, end)
    first = toks[0]
    if (len(toks) > 1 and first.kind == "digits" and first.step == 1
            and _MARKED_YEAR_RANGE[0] <= first.value <= _MARKED_YEAR_RANGE[1]):
        before = _word_before(text, first.start)
        if before in _YEAR_WORD_LAST and _YEAR_WORD_BEFORE_RE.search(
                text, max(0, first.start - _WINDOW), first.start):
            year = _Num(first.start, first.end, first.value, first.value, False, True, False)
            return [year, *_parse(toks[1:])]
    return _parse(toks)


# ---------------------------------------------------------------------------------------
# Context: ranges, units, qualifiers, dates
# ---------------------------------------------------------------------------------------

def _ranged(text: str, nums: list[_Num]) -> list[tuple[_Num, int]]:
    """Join "بين 100 و150" / "من 5 إلى 7 آلاف" / "3-5" into one; returns (num, start)."""
    out: list[tuple[_Num, int]] = []
    i = 0
    while i < len(nums):
        a = nums[i]
        # «بين 70% و85%»: a percent sign on both ends of a range «بين» opens
        a_end = a.end
        if (i + 1 < len(nums) and text.startswith(_PERCENT_SIGNS, a.end)
                and text.startswith(_PERCENT_SIGNS, nums[i + 1].end)
                and _word_before(text, a.start) in _BETWEEN):
            a_end = a.end + 1
        if (i + 1 < len(nums) and not a.vague and not nums[i + 1].vague
                and a.special is None and nums[i + 1].special is None
                and _CONNECT_ANY_RE.fullmatch(text, a_end, nums[i + 1].start)):
            b = nums[i + 1]
            window = max(0, a.start - _WINDOW)
            before = _word_before(text, a.start)
            opener = (_OPENER_RE.search(text, window, a.start)
                      if before in _OPENER_LAST else None)
            if opener and before in _QUAL_LAST and _QUAL_BEFORE_RE.search(
                    text, window, a.start):
                opener = None  # "أكثر من 5": the من belongs to the qualifier
            connector = _CONNECT_OPENED_RE if opener else _CONNECT_ALONE_RE
            gap = connector.fullmatch(text, a_end, b.start)
            dash = "-" in text[a.end:b.start]
            if gap and (not dash or (a.has_digits and b.has_digits)):
                lo, a_step = a.lo, a.step
                if b.scale and a.scale is None and b.mantissa and lo < b.mantissa:
                    lo *= b.scale  # "من 5 إلى 7 آلاف": the scale serves both
                    a_step *= b.scale
                if lo < b.lo:
                    merged = _Num(a.start, b.end, lo, b.hi, False,
                                  a.has_digits or b.has_digits, a.strong or b.strong,
                                  step=max(a_step, b.step), scaled=a.scaled or b.scaled)
                    out.append((merged, opener.start("o") if opener else a.start))
                    i += 2
                    continue
        out.append((a, a.start))
        i += 1
    return out


_PERCENT_SIGNS = ("%", "٪")
_BETWEEN = _last_words(RANGE_OPENERS[:2])  # «بين», «ما بين»: not «من 25% إلى 35%», a move


def _is_int(x: float) -> bool:
    return float(x).is_integer()


# A Latin-lettered code and a hyphen right before a number: «A330-900», «F-16», «COVID-19».
_MODEL_CODE_BEFORE_RE = re.compile(r"(?<![\w-])[A-Za-z][A-Za-z0-9]*-$")
# «يمن برس 24», "فرانس 24": a number that ends a short quoted name (a channel, an outlet).
_QUOTED_NAME_END_RE = re.compile(r"[ \t]*[»”\"]")
_QUOTED_NAME_START_RE = re.compile(r"[«“\"](?:[^\W\d_]+[ \t]+){1,3}$")


def _is_label(text: str, num: _Num, has_unit: bool, before: str) -> bool:
    """"رقم 2231", "المادة 140", "الساعة 10", "10 صباحا", «فرانس 24»: a name or a time, not
    an amount."""
    if before in _LABEL_LAST and _LABEL_BEFORE_RE.search(
            text, max(0, num.start - _WINDOW), num.start):
        return True
    if not has_unit and before in _ROUTE_MARK_LAST and _ROUTE_MARK_BEFORE_RE.search(
            text, max(0, num.start - _WINDOW), num.start):
        return True  # «بعد الكيلومتر 30»: a mark along a route
    if _MODEL_CODE_BEFORE_RE.search(text, max(0, num.start - _WINDOW), num.start):
        return True  # «طراز A330-900», «F-16»: the rest of a model's name
    if (not has_unit and num.has_digits and _QUOTED_NAME_END_RE.match(text, num.end)
            and _QUOTED_NAME_START_RE.search(text, max(0, num.start - _WINDOW), num.start)):
        return True
    return (not has_unit and not num.vague and 0 <= num.lo <= num.hi <= 24
            and _TIME_OF_DAY_AFTER_RE.match(text, num.end) is not None)


def _is_date(text: str, num: _Num, has_unit: bool, before: str) -> bool:
    s, e = num.start, num.end
    window = max(0, s - _WINDOW)
    if num.has_digits and not num.vague:
        lo, hi = num.lo, num.hi
        # 31 كانون الأول / 31 من الشهر: a day of the month
        if _is_int(hi) and 1 <= hi <= 31 and _MONTH_AFTER_RE.match(text, e):
            return True
        if not has_unit and _is_int(lo) and _is_int(hi):
            if before in _MONTH_LAST and _MONTH_BEFORE_RE.search(text, window, s):
                return True
            y0, y1 = _MARKED_YEAR_RANGE
            if y0 <= hi <= y1 and _YEAR_MARKER_AFTER_RE.match(text, e):
                return True  # "1445 هـ", "1920م"
            if before in _YEAR_WORD_LAST and _YEAR_WORD_BEFORE_RE.search(text, window, s):
                # "هذا العام 1081": a year only if it can be this year
                return (any(y0 <= lo and hi <= y1 for y0, y1 in _PRESENT_YEARS)
                        or not _RELATIVE_YEAR_BEFORE_RE.search(text, window, s))
            y0, y1 = _YEAR_CUE_RANGE
            if y0 <= lo and hi <= y1 and lo != hi:
                return True  # "بين 2014 و2017"
            if _is_bare_year(text, num, before):
                return True
    return False


def _is_bare_year(text: str, num: _Num, before: str) -> bool:
    """A year written alone, as its cue says: «منذ 2014», «خلال 2025», «مقارنة بـ2023»."""
    lo, hi, s = num.lo, num.hi, num.start
    y0, y1 = _YEAR_CUE_RANGE
    if num.vague or not num.has_digits or lo != hi or not (y0 <= lo <= y1) or not _is_int(lo):
        return False
    window = max(0, s - _WINDOW)
    return bool((before in _YEAR_CUE_LAST and _YEAR_CUE_BEFORE_RE.search(text, window, s))
                or (before in _EDITION_LAST and _EDITION_BEFORE_RE.search(text, window, s))
                or _COMPARED_WITH_RE.search(text, window, s)
                or (before == AND and _SECOND_YEAR_RE.search(text, window, s))
                or _SLASHED_YEAR_RE.search(text, window, s))


def _apply(kind: str | None, num: _Num, category: str | None) -> tuple[Quantity, Certainty]:
    """The interval a qualified number allows, and how certain it is (as Quantity.certainty
    would say: computed here from what the grammar read).

    Its precision is half a unit of the figure's last written digit, where rounding can
    hide in it: a figure rounded by a scale word ("50 ألف" ±500), decimals ("30.85"
    ±0.005), or a measure on a continuum ("38 %" ±0.5). A count to the unit ("2500 جندي",
    "مليون و611 ألفا و310 حجاج") is exact, and so is a bound (its number is a threshold the
    writer chose) and a vague amount (its interval is already what the words allow)."""
    lo, hi, vague = num.lo, num.hi, num.vague
    continuous = category in CONTINUOUS_CATEGORIES
    if kind is None or kind == "approx":
        step = num.step
        precision = 0.0 if vague or (step == 1 and not continuous) else step / 2
        certainty: Certainty = ("vague" if vague else "approximate" if kind else
                                "exact" if lo == hi else "range")
        return Quantity(lo, hi, vague or kind is not None, precision, vague), certainty
    # "أكثر من 20 جنديا" is 21 or more; "أكثر من 7.8 بالمئة" stays 7.8
    step = 0 if continuous or not (_is_int(lo) and _is_int(hi)) else 1
    if kind == "gt":
        return Quantity(lo + step, None, vague, 0.0, vague), "vague" if vague else "lower"
    if kind == "ge":
        return Quantity(lo, None, vague, 0.0, vague), "vague" if vague else "lower"
    if kind == "lt":
        return Quantity(None, hi - step, vague, 0.0, vague), "vague" if vague else "upper"
    return Quantity(None, hi, vague, 0.0, vague), "vague" if vague else "upper"


def _numbers(text: str) -> list[_Num]:
    """What `_SCAN_RE.finditer` would find, trying the pattern only where it can start, plus
    the definite cardinals ("الستة") a counted noun before them may make a count."""
    nums: list[_Num] = []
    end = 0
    for start in GRAMMAR_TRIGGERS.starts(text):
        if start < end:
            continue
        m = _SCAN_RE.match(text, start)
        if m is None:
            continue
        end = m.end()
        body_start = m.start("body")
        if body_start < 0:
            card = m.group("card")
            if card is not None:
                value = float(_DEFINITE_CARDINALS[card] + _DEFINITE_TENS.get(m.group("tens"), 0))
                nums.append(_Num(m.start("card"), end, value, value, False, False, False,
                                 special="definite"))
            continue  # a date, time or phone number
        body = text[body_start:end]
        if body.isdecimal():
            # Most phrases are one plain digit group: what _parse makes of it, directly.
            value = float(body)
            nums.append(_Num(body_start, end, value, value, vague=False, has_digits=True,
                             strong=False))
        else:
            nums.extend(_phrase_numbers(text, body_start, end))
    return nums


def _comparing_verb(text: str, num: _Num) -> str | None:
    """The kind of a comparing verb that reaches this figure across its subject ("تجاوز عدد
    الوفيات … الألف" → gt), or None. The caller has checked the word right before the
    figure: a word, neither a preposition nor a stop word."""
    if text[num.start - 1].isalnum() or text[num.start - 1] == "_":
        return None  # "بـ5", "و5", "الـ5": a clitic ties the figure to something else
    window = max(0, num.start - _REACH_WINDOW)
    if _REACH_VERB_WORDS.isdisjoint(text[window:num.start].split()):
        return None  # no comparing verb in the clause (a set test: most figures stop here)
    m = _REACH_RE.search(text, window, num.start)
    if m is None:
        return None
    if m.group("v") is not None:
        if m.group("gap").split()[-1] in _NOT_BEFORE_REACHED_FIGURE:
            return None
        return _REACH_VERB_KIND[_key(m.group("v"))]
    return _REACH_PREP_VERB_KIND[_key(m.group("pv"))]


def _share(text: str, num: _Num) -> tuple[float, float, int] | None:
    """"نحو ثلث قيمته": a fraction of a whole, as a percent: (value, its unit, end)."""
    if num.has_digits or num.vague or num.scaled or num.special:
        return None
    fraction, step = num.lo, num.step
    if not 0 < fraction < 1:
        den = _SPELLED_FRACTIONS.get(text[num.start:num.end])
        if den is None:
            return None  # "خمس السكان" is a fifth; any other cardinal is no share
        fraction, step = 1 / den, 1 / den
    w = _WHOLE_RE.match(text, num.end)
    if w is None:
        return None
    whole = w.group("whole")
    bare = whole[len(ARTICLE):] if whole.startswith(ARTICLE) else whole
    if whole in _NOT_SHARE_WHOLES or UNITS.get(_UNIT_FORMS.get(bare, "")) == "duration":
        return None  # "نصف النهائي", "ربع الساعة"
    return round(100 * fraction, 2), 100 * step, w.end()


def _counted_before(text: str, num: _Num) -> tuple[int, str | None] | None:
    """A small cardinal after its noun: "حالة وفاة واحدة" → (where the noun starts, its
    lemma); "وسودانيا واحدا" → (start, None); else None."""
    before = _word_before(text, num.start)
    window = max(0, num.start - _WINDOW)
    if num.special == "definite":
        if before in _UNIT_LAST or before.startswith(ARTICLE):
            m = _UNIT_BEFORE_DEFINITE_RE.search(text, window, num.start)
            if m:
                noun = "noun" if m.group("noun") else "noun_l"
                return m.start(noun), _UNIT_FORMS[_key(m.group(noun.replace("noun", "unit")))]
        return None
    if before in _UNIT_LAST:
        m = _UNIT_BEFORE_RE.search(text, window, num.start)
        if m:
            return m.start("unit"), _UNIT_FORMS[_key(m.group("unit"))]
    if text[num.start:num.end] == _ONE_ACCUSATIVE and before not in _NOT_COUNTED_BEFORE_ONE:
        m = _ACCUSATIVE_BEFORE_RE.search(text, window, num.start)
        if m and m.group("noun") not in _NOT_COUNTED_BEFORE_ONE:
            return m.start("noun"), None
    return None


def _read(text: str, num: _Num, claim_start: int, comma_decimals: bool = False,
          years: list[tuple[int, int, int]] | None = None) -> QuantityMatch | None:
    """The claim a number makes in its context, or None when it makes none.
    `comma_decimals`: the text writes its decimals with a comma, so a point groups thousands.
    `years`: where to list the numbers read as a year written alone ((start, end, year))."""
    if num.special == "definite":
        counted = _counted_before(text, num)
        return _match(text, num, counted[0], num.end, counted[1], None) if counted else None
    u = _UNIT_RE.match(text, num.end)
    if u and u.group("art") and not (u.group("of") or num.vague):
        u = None  # "2500 الجنود" is not a counted noun; "آلاف الجنود" is
    if u and u.group("pron") and (u.group("art") or not u.group("of")):
        u = None  # a possessive only after من: "2500 من جنودها"
    words_only = not (num.has_digits or u or num.strong)
    if words_only and num.lo >= 1 and not (num.scaled or num.special or num.lo <= 10):
        return None  # "عشرين", "خمسمئة": number words need a noun or a scale
    lemma = _UNIT_FORMS[_key(u.group("unit"))] if u else None
    end = u.end() if u else num.end
    start = claim_start
    before = _word_before(text, num.start)
    if num.has_digits and num.start and text[num.start - 1] == _PERCENT \
            and (num.start < 2 or not text[num.start - 2].isdigit()) \
            and (lemma is None or u.group("of")):
        # "%83": the sign written first; "%40 من الأصوات" is a share of the votes
        lemma, start, end = _PERCENT, min(start, num.start - 1), num.end
    if num.has_digits and not num.vague and _is_date(text, num, lemma is not None, before):
        if years is not None and lemma is None and _is_bare_year(text, num, before):
            years.append((num.start, num.end, int(num.lo)))
        return None
    if _is_label(text, num, lemma is not None, before):
        return None
    kind: str | None = None
    if claim_start == num.start:  # ranges carry no qualifier
        if before in _QUAL_LAST:
            q = _QUAL_BEFORE_RE.search(text, max(0, num.start - _WINDOW), num.start)
            if q:
                qualifier = _key(q.group("q"))
                kind, start = _QUAL_BEFORE[qualifier], min(start, q.start("q"))
                if qualifier in _ROUND_MARKS and not num.vague:
                    kind = _comparing_verb(text, num) or kind  # «تتخطى عتبة 11 مليار»
        if kind is None and not num.vague and before and before not in _NOT_AFTER_SUBJECT:
            kind = _comparing_verb(text, num)
    if words_only:
        # words only and no noun after: a share ("ثلث قيمته"), a scale word qualified
        # ("تجاوز … الألف", "نحو مليون"), a small cardinal after its noun; else no claim
        # ("في آن واحد", "ست", "ألف")
        share = _share(text, num)
        if share is not None:
            value, unit_step, share_end = share
            num = num._replace(lo=value, hi=value, step=unit_step)
            return _match(text, num, start, share_end, _PERCENT, kind)
        if num.scaled or num.special == "definite_scale":
            return _match(text, num, start, end, None, kind) if kind else None
        if num.lo == num.hi and 1 <= num.lo <= 10 and start == num.start:
            counted = _counted_before(text, num)
            if counted:
                return _match(text, num, counted[0], num.end, counted[1], None)
            if _OTHERS_AFTER_RE.match(text, num.end):
                return _match(text, num, start, num.end, None, kind)  # «خمسة آخرون»
        return None
    if num.dual_construct and u and not (u.group("of") or u.group("art")):
        num = num._replace(lo=num.lo * 2, hi=num.hi * 2)  # "ألفا جندي": 2000
    if (not num.vague and num.lo == num.hi
            and (comma_decimals or (lemma and UNITS[lemma] in PEOPLE_CATEGORIES))
            and _THOUSANDS_BY_POINT_RE.fullmatch(text, num.start, num.end)):
        num = num._replace(lo=num.lo * 1000, hi=num.hi * 1000, step=1.0)  # "1.300 شخص"
    return _match(text, num, start, end, lemma, kind)


def _match(text: str, num: _Num, start: int, end: int, lemma: str | None,
           kind: str | None) -> QuantityMatch:
    """The claim: a qualifier after it if none came before, and its interval."""
    if kind is None:
        after = _QUAL_AFTER_RE.match(text, end)
        if after:
            kind, end = _QUAL_AFTER[_key(after.group("q"))], after.end()
    category = UNITS[lemma] if lemma else None
    q, certainty = _apply(kind, num, category)
    return QuantityMatch(start, end, num.start, num.end, q, lemma, category, certainty)


def _scale_carried(text: str, ranged: list[tuple[_Num, int]]) -> list[tuple[_Num, int]]:
    """"من ثلاثة مليارات دولار إلى ثمانية": a bare figure after «إلى» that ends the phrase
    takes the scale of the figure «من» introduced (8 billion, not 8); its unit then comes
    from that figure too (extract/article.py lends a figure its neighbour's unit)."""
    out: list[tuple[_Num, int]] = []
    for num, start in ranged:
        if out:
            a = out[-1][0]
            if (a.scale and a.mantissa and num.scale is None and not num.scaled
                    and not num.vague and num.special is None and num.lo == num.hi
                    and num.hi < 1000 and _FROM_TO_RE.fullmatch(text, a.end, num.start)
                    and _word_before(text, a.start) == _CHANGE_FROM
                    and not _UNIT_RE.match(text, num.end)):
                num = num._replace(lo=num.lo * a.scale, hi=num.hi * a.scale,
                                   step=num.step * a.scale, scale=a.scale, mantissa=num.lo,
                                   scaled=True, strong=True)
        out.append((num, start))
    return out


def find_quantities(text: str, years: list[tuple[int, int, int]] | None = None
                    ) -> list[QuantityMatch]:
    """Quantity claims in normal-form text, sorted by start and non-overlapping. A number
    that is a year written alone («خلال 2025») makes none; `years`, when given, lists them
    as (start, end, year), for the dates."""
    out: list[QuantityMatch] = []
    comma_decimals = _DECIMAL_COMMA_RE.search(text) is not None
    for num, claim_start in _scale_carried(text, _ranged(text, _numbers(text))):
        m = _read(text, num, claim_start, comma_decimals, years)
        if m is None or (out and m.start < out[-1].end):
            continue  # no claim; or keep the list non-overlapping: the earlier claim wins
        out.append(m)
    return out


_PHRASE_RE = re.compile(rf"{_CLITIC}(?P<body>{_TOKEN}(?:{_SEP}{_TOKEN})*)")


def parse_number_words(phrase: str) -> float | None:
    """Value of a phrase that is exactly one number: "الفين وخمسمئه" → 2500.0."""
    text = normalize(phrase).text.strip()
    m = _PHRASE_RE.fullmatch(text)
    if not m:
        return None
    nums = _parse(_tokens(text, m.start("body"), m.end("body")))
    if len(nums) != 1 or nums[0].vague or nums[0].special:
        return None
    return nums[0].lo
