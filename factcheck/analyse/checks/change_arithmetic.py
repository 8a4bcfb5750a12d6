"""A percentage change that the article's own two values do not give.

## What it finds
An article says something rose or fell by a percentage and also gives the level before and
after ("… مقابل 30 جنيها"), and the two levels do not make that percentage; or restates a figure
as lower or higher than another it gives («2,19 سنت، أي أقل بنسبة 28% من تعريفة 2,66 سنت»)
by a percentage the two do not make; «من 45 قرشاً إلى 60 قرشاً، أي بنسبة 25%» gives the
move's way and size without a change word. For an exchange
rate it reads the change the way the text says it: a pound that buys fewer dollars fell by
1 − old/new, a dollar that costs more pounds rose by new/old − 1. The message shows the
computation.

## Why it matters
The arithmetic can be checked from the article alone, in seconds, and a wrong percentage is
usually one taken from another report or computed the wrong way round (the rise of one
currency reported as the fall of the other).

## Example
`pound.txt`:

    تراجع الجنيه بنسبة 33% اليوم، إذ ارتفع سعر صرف الدولار إلى 40 جنيها مقابل 30 جنيها أمس.

"pound says it fell by 33% (line 1: «33%»), but its own figures, 30 then 40 (line 1), make
the currency quoted 25.0% lower; the reference currency rose 33.3%."

## What to do
Recompute the change from the two levels and say which currency or quantity moved.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal

from factcheck.analyse.checks.base import (Check, CheckStatus, Scope, change_verb, finding,
                                           what_moved)
from factcheck.extract.article import changed_noun
from factcheck.extract.clauses import (clause_words, clause_words_after, figure_end, figure_start,
                                       word_after)
from factcheck.extract.lemmas import lemma_key
from factcheck.extract.normalize import normalize, normalize_word
from factcheck.extract.numbers import UNITS
from factcheck.extract.words import word_key, words_of
from factcheck.lexicon.clitics import CONJUNCTIONS
from factcheck.lexicon.frames import (CHANGE_THAN_WORD, COMPARATIVES, CUT_WORDS,
                                      EARLIER_LEVEL_AFTER, FALL_WORDS, LEVEL_FROM, LEVEL_TO_WORD,
                                      LOWER_COMPARATIVES, OTHER_CLAUSE_WORDS, RESTATEMENT_WORDS,
                                      RISE_WORDS, THAT_IS_BY)
from factcheck.lexicon.numbers import SCALES
from factcheck.lexicon.measures import REFERENCE_CURRENCIES
from factcheck.lexicon.qualifiers import RELATIVE_PRONOUNS
from factcheck.lexicon.stopwords import STOPWORDS
from factcheck.model import Claim, Finding, Severity, Topic, figure_text

# How far a stated change may be from the computed one beyond what rounding the percentage
# and the levels allows (_level_slack), in percentage points: «7%» for 5.3% is wrong, «5%»
# for 5.05% is not.
SLACK_POINTS = 0.5
# The levels must be this many lines after the change at most (its paragraph).
NEARBY_LINES = 2


_REFERENCE = frozenset(word_key(normalize_word(w)) for w in REFERENCE_CURRENCIES)


def run(claims: list[Claim], topic_of: Mapping[str, Topic]) -> list[Finding]:
    findings: list[Finding] = []
    for change in claims:
        if not _is_change(change) or change.value.min is None:
            continue
        direction = _direction(change)
        pair = _levels_near(change, claims) if change.measure == "percent-change" else None
        if pair is None:
            pair = _levels_in_sentence(change, claims)
        if pair is None and direction is not None:
            # (only with a change word: «تراوحت من 20 إلى 30 درجة» is a range)
            pair = _move_written_as_a_range(change, claims)
        if pair is None and direction is None:
            direction, pair = _compared(change, claims)
        if direction is None and pair is not None and _said_from_to(change, pair):
            # «برفع الأجرة من 45 قرشاً إلى 60 قرشاً، أي بنسبة 25%»: the move says its way
            direction = "rose" if pair[1].value.min > pair[0].value.min else "fell"
        if direction is None or pair is None:
            continue
        old, new = pair
        if _against_a_base_not_given(change, pair):
            continue  # «… عند 54.6 ريال، بارتفاع 30 في المئة عن سعر الطرح»: the offer price
        if _of_a_relative(change) and max(old.span.start, new.span.start) < change.span.start:
            continue  # «إيرادات … 610 ملايين، مقابل 548 مليونا، لتغطية تكاليف الصيانة التي ارتفعت
            # بأكثر من 50%»: the change is the costs', said after the revenue's two levels
        expected = _expected(change, old, new, direction)
        if expected is None:
            continue
        if _fits(change, old, new, expected):
            wrong = _on_the_later_level(change, old, new, expected)
            if wrong is None:
                continue
            expected = [(expected[0][0], wrong)]
        # «151 ملم، مقابل 296 ملم في سنة عادية، … وبانخفاض بنسبة 15% مقارنة بالموسم الماضي
        # (178 ملم)»: another earlier level of the same thing in the sentence may be the one
        # the change is counted from; if one fits, the article does not contradict itself.
        if any(_fits(change, other, new, _expected(change, other, new, direction) or [])
               for other in _other_levels(old, new, claims)):
            continue
        findings.append(_mismatch(change, old, new, direction, expected, topic_of))
    return findings


def _fits(change: Claim, old: Claim, new: Claim, expected: list[tuple[float, str]]) -> bool:
    """Does the stated change hold for one of the `expected` ones, give or take the rounding
    of the figures?"""
    stated = change.value.min
    slack = (SLACK_POINTS + change.value.precision + _level_slack(old, new)
             + (0.05 * stated if change.value.approximate else 0.0))
    # A bound («يفوق 60 بالمائة») holds every change beyond it.
    high = change.value.max if change.value.max is not None else float("inf")
    return any(stated - slack <= e <= high + slack for e, _ in expected)


def _other_levels(old: Claim, new: Claim, claims: list[Claim]) -> list[Claim]:
    """The sentence's other exact figures of what `old` counts: other candidates for the
    level a change was counted from."""
    return [c for c in claims
            if c.sentence == new.sentence and c is not old and c is not new
            and c.kind == "quantity" and c.value.min and c.value.min == c.value.max
            and _counted(c) is not None and _counted(c) == _counted(old)]


def _of_a_relative(change: Claim) -> bool:
    """Is the change's verb right after a relative pronoun («… التي ارتفعت بأكثر من 50%»)?"""
    before = clause_words(change)[0]
    verb = next((i for i in range(len(before) - 1, -1, -1)
                 if before[i] in _CHANGE_VERBS), None)
    return verb is not None and verb > 0 and before[verb - 1] in _RELATIVES


def _direction(change: Claim) -> str | None:
    return change_verb(change)[0]


def _level_slack(old: Claim, new: Claim) -> float:
    """How far the change computed from two rounded levels may be off, in points: «نحو 40»
    may be 38 or 42; «2.548 مليون» is good to the thousand."""
    a, b = old.value.min, new.value.min
    if not a:
        return 0.0
    pa = old.value.precision + (_about(a) if old.value.approximate else 0.0)
    pb = new.value.precision + (_about(b) if new.value.approximate else 0.0)
    return (pb + pa * abs(b) / a) / a * 100


def _about(level: float) -> float:
    """How far «نحو»/«يقارب» may put a level: a round figure («نحو 40», «1,2 مليون») stands
    for anything near it, one written to its last digit («يقارب 502 دولار») for a rounding."""
    digits = Decimal(repr(abs(level))).normalize().as_tuple().digits
    return (_ABOUT_ROUND if len(digits) <= _ROUND_DIGITS else _ABOUT_EXACT) * abs(level)


# «نحو 40» may be 38 or 42; «يقارب 502» is 501.6 or 502.4, not 480.
_ABOUT_ROUND, _ABOUT_EXACT = 0.05, 0.01
_ROUND_DIGITS = 2


def _is_change(claim: Claim) -> bool:
    """A percentage change: «بارتفاع 12%», or a head noun that names one («بنسبة خفض تبلغ 7%»),
    or how far a figure is from another («أقل بنسبة 28% من تعريفة 2,66 سنت»), or a share
    said of a move right before it («من 1200 إحالة إلى 600 إحالة، أي بنسبة 60%»)."""
    if claim.measure == "percent-change" or (claim.role == _COMPARISON and claim.unit == "%"):
        return True
    if claim.unit == "%" and clause_words(claim)[0][-2:] == _THAT_IS_BY:
        return True
    noun = (claim.measure or "").partition(":")[2]
    return bool(noun) and UNITS.get(claim.unit or "") == "percent" and noun in _CHANGE_NOUNS


def _levels_in_sentence(change: Claim, claims: list[Claim]) -> tuple[Claim, Claim] | None:
    """The two levels of one thing the change's sentence gives, in time order: «52316 طالبا،
    مقابل 49800 في العام الماضي، بارتفاع نسبته 12%», «من 33 طالبا … إلى 7 طلاب، أي بنسبة
    تراجع بلغت 62%», «بنسبة 4.1% إلى 84.60 ريال بعد أن كان يتداول عند 86.30 ريال». Only when
    exactly two figures share a counted noun, the words between them say which came first,
    and no other clause («فيما …», «قبل أن …») stands between them and the change."""
    by_unit: dict[str, list[Claim]] = {}
    for c in claims:
        if (c.sentence == change.sentence and c is not change and c.kind == "quantity"
                and c.value.min and c.value.min == c.value.max
                and UNITS.get(c.unit or "") != "percent"
                # «ارتفع بنحو 13,3 مليون نسمة»: by how much, not a level
                and c.role != _SIZE_OF_A_CHANGE):
            counted = _counted(c)
            if counted:
                by_unit.setdefault(counted, []).append(c)
    text = change.sentence
    pairs = [cs for cs in by_unit.values() if len(cs) == 2]
    if len(pairs) == 1:
        first, second = sorted(pairs[0], key=figure_start)
        ordered = _in_time_order(text, first, second)
        if (ordered is None and figure_start(first) < figure_start(change) < figure_start(second)
                and clause_words_after(change)[:1] == (_THAN,)):
            ordered = second, first  # «عند 54.60 ريال، بارتفاع 25% عن سعر الطرح البالغ 42»
    else:
        # More figures of one thing («صافي الربح 8.64 مليار ريال … ارتفعت من 238.9 مليار
        # ريال إلى 265.4 مليار ريال بنسبة 13.1%»): the one pair said «from … to» is the move.
        ordered_figures = [sorted(cs, key=figure_start) for cs in by_unit.values() if len(cs) > 2]
        moves = [found for cs in ordered_figures for a, b in zip(cs, cs[1:])
                 if (found := _in_time_order(text, a, b, from_to_only=True)) is not None]
        # «بـ13 جنيها بدلا من 10 جنيهات، بزيادة 20%، … بـ18 جنيها بدلا من 15 جنيها»: in a
        # fare table the pair right before the change, the change right after it, first
        ordered = next((found for cs in ordered_figures
                        if (found := _pair_just_before(text, change, cs, _PAIR_GAP_WORDS))), None)
        if ordered is None:
            ordered = moves[0] if len(moves) == 1 else None
        if ordered is None and not moves and len(ordered_figures) == 1:
            # «5,2 ملايين طن مقابل 6,4 ملايين طن الموسم الماضي، أي بتراجع نسبته 12%، … بمردود
            # يقارب 2,4 طن للهكتار»: the one thing's pair right before the change, however far
            ordered = _pair_just_before(text, change, ordered_figures[0])
    if ordered is None:
        return None
    old, new = ordered
    first, second = sorted(ordered, key=figure_start)
    if figure_start(change) < figure_start(first) and _another_clause_between(change, first):
        return None
    if figure_start(change) > figure_start(second) and _another_clause_between(second, change):
        return None
    return old, new


def _move_written_as_a_range(change: Claim, claims: list[Claim]) -> tuple[Claim, Claim] | None:
    """«ارتفع من ٥٠٠ إلى ٦٥٠ جنيها، بزيادة قدرها ٣٥٪»: the move read as one figure from … to
    (extract/ reads «من X إلى Y» as a range), in the change's sentence before it: (the level
    written first, the one written second)."""
    moves = [c for c in claims
             if c.sentence == change.sentence and c.kind == "quantity"
             and figure_start(c) < figure_start(change) and c.value.min is not None
             and c.value.max is not None and c.value.min < c.value.max
             and UNITS.get(c.unit or "") != "percent"]
    if len(moves) != 1:
        return None
    move = moves[0]
    order = _written_order(move.text)
    if order is None:
        return None
    if _another_clause_between(move, change):
        return None
    low, high = (replace(move, value=replace(move.value, min=v, max=v, precision=0.0))
                 for v in (move.value.min, move.value.max))
    return (low, high) if order == "up" else (high, low)


def _written_order(text: str) -> str | None:
    """"up" or "down": which way «من X إلى Y» goes as written, the scale word of the second
    level applying to a first one without its own («من 300 إلى 420 ألف»)."""
    words = normalize(text).text.split()
    if not words or words[0] != _LEVEL_FROM or _LEVEL_TO not in words:
        return None
    cut = words.index(_LEVEL_TO)
    halves = [words[1:cut], words[cut + 1:]]
    numbers = [next((w for w in half if _DIGITS.fullmatch(w)), None) for half in halves]
    if None in numbers:
        return None
    scales = [next((_SCALE[w] for w in half if w in _SCALE), None) for half in halves]
    first, second = (float(n.replace(",", ".")) for n in numbers)
    first *= scales[0] or scales[1] or 1
    second *= scales[1] or 1
    return None if first == second else ("up" if first < second else "down")


def _said_from_to(change: Claim, pair: tuple[Claim, Claim]) -> bool:
    """Are the two levels written «من … إلى»: two figures, or one that
    _move_written_as_a_range split?"""
    old, new = pair
    before = normalize(change.sentence[:figure_start(old)]).text.split()
    return before[-1:] == [_LEVEL_FROM] or old.span == new.span


def _compared(change: Claim, claims: list[Claim]) -> tuple[str | None, tuple[Claim, Claim] | None]:
    """«تعريفة في حدود 2,19 سنت …، أي أقل بنسبة 28% من تعريفة 2,66 سنت»: the figure the
    article restates as lower or higher than another by a percentage (the nearest one
    before, after «أي»), and that other (right after «من»), as ("fell"/"rose", (other,
    figure)): the change from the other to it."""
    if change.role != _COMPARISON:
        return None, None
    before_words = clause_words(change)[0]
    comparative = next((w for w in reversed(before_words[-3:]) if w in _COMPARATIVE_FORMS), None)
    if comparative is None or not _RESTATES & set(before_words):
        return None, None
    same = sorted((c for c in claims if c.sentence == change.sentence and c is not change
                   and c.kind == "quantity" and c.value.min and c.value.min == c.value.max
                   and UNITS.get(c.unit or "") != "percent"),
                  key=figure_start)
    before = [c for c in same if figure_start(c) < figure_start(change)]
    after = [c for c in same if figure_start(c) > figure_start(change)]
    if not before or not after:
        return None, None
    figure, other = before[-1], after[0]
    if _counted(figure) is None or _counted(figure) != _counted(other):
        return None, None
    return ("fell" if comparative in _LOWER else "rose"), (other, figure)


def _pair_just_before(text: str, change: Claim, figures: list[Claim],
                      change_within: int | None = None) -> tuple[Claim, Claim] | None:
    """The two figures of one thing (in text order) right before the change, set one
    against the other in at most _PAIR_GAP_WORDS words, in time order; with
    `change_within`, only when the change follows them within that many words."""
    before = [c for c in figures if figure_start(c) < figure_start(change)]
    if len(before) < 2:
        return None
    first, second = before[-2], before[-1]
    if _words_between(text, figure_end(first), figure_start(second)) > _PAIR_GAP_WORDS or (
            change_within is not None
            and _words_between(text, figure_end(second), figure_start(change)) > change_within):
        return None
    return _in_time_order(text, first, second)


def _words_between(text: str, start: int, end: int) -> int:
    return len(normalize(text[start:end]).text.split())


def _in_time_order(text: str, first: Claim, second: Claim,
                   from_to_only: bool = False) -> tuple[Claim, Claim] | None:
    """(earlier level, later level) of two figures in text order, when the words around
    them say which came first: «من 300 إلى 330», «إلى 11 ألفاً و800 معاملة، من 8 آلاف»,
    «52316 طالبا، مقابل 49800» (not with `from_to_only`: among several figures of one
    thing only a «from … to» pair is surely the move)."""
    between = normalize(text[figure_end(first):figure_start(second)]).text.split()
    before = normalize(text[:figure_start(first)]).text.split()
    if not from_to_only and _EARLIER_AFTER.search(" ".join(between)):
        return second, first
    if (_LEVEL_TO in between and before[-1:] == [_LEVEL_FROM]
            and not _EARLIER_AFTER.search(" ".join(before[-2:]))
            and not any(w[:1].isdigit() and not _YEAR.fullmatch(w) for w in between)):
        # «من 300 إلى 330», not «بدلا من 8 جنيهات، … إلى 24» (another figure between)
        return first, second
    if between[-1:] == [_LEVEL_FROM] and before[-1:] == [_LEVEL_TO] and len(between) <= 4:
        return second, first  # «إلى 11 ألفاً و800 معاملة، من 8 آلاف معاملة»
    return None


def _counted(claim: Claim) -> str | None:
    """What a figure counts: its counted noun, else the word right after it when that is no
    function word («من 19870 مقترضا … إلى 21640 مقترضا»: a noun no table lists)."""
    if claim.unit:
        return lemma_key(claim.unit)
    word = word_after(claim)
    return lemma_key(word) if word and len(word) > 2 and word not in STOPWORDS else None


def _phrases(words) -> re.Pattern:
    return re.compile(r"(?<!\w)[وف]?(?:" + "|".join(re.escape(normalize(w).text) for w in words)
                      + r")(?!\w)")


# «5,2 ملايين طن مقابل 6,4 ملايين طن»: at most this many words between a pair that sets one
# level against the other, where the sentence has more figures of the thing.
_PAIR_GAP_WORDS = 3
_EARLIER_AFTER = _phrases(EARLIER_LEVEL_AFTER)
_OTHER_CLAUSE = _phrases(OTHER_CLAUSE_WORDS)
_LEVEL_FROM = normalize_word(LEVEL_FROM)
_LEVEL_TO = normalize_word(LEVEL_TO_WORD)
_THAN = normalize_word(CHANGE_THAN_WORD)
_CHANGE_NOUNS = frozenset(normalize_word(w) for w in (*FALL_WORDS, *RISE_WORDS, *CUT_WORDS))
_CHANGE_VERBS = frozenset(c + w for w in _CHANGE_NOUNS for c in ("", *CONJUNCTIONS))
_RELATIVES = frozenset(normalize_word(w) for w in RELATIVE_PRONOUNS)
_COMPARISON = "comparison"  # extract/context.py: «أقل بنحو 40% من نظيره»
_COMPARATIVE_FORMS = frozenset(c + normalize_word(w) for w in COMPARATIVES
                               for c in ("", *CONJUNCTIONS))
_LOWER = frozenset(c + normalize_word(w) for w in LOWER_COMPARATIVES for c in ("", *CONJUNCTIONS))
_RESTATES = frozenset(normalize_word(w) for w in RESTATEMENT_WORDS)
# «، أي بنسبة 60%»: the words before a share that restate a move as its percentage
_THAT_IS_BY = tuple(normalize_word(w) for w in THAT_IS_BY)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")
_YEAR = re.compile(r"(?:19|20)\d\d")  # «من 19870 مقترضا في 2023 إلى 21640»: a year between
_SCALE = {normalize_word(w): scale for w, (scale, _) in SCALES.items()}


def _levels_near(change: Claim, claims: list[Claim]) -> tuple[Claim, Claim] | None:
    """An earlier level and the new one of a single measure, at most NEARBY_LINES lines
    after the change: "40 جنيها مقابل 30 جنيها"."""
    of = changed_noun(change.site)
    for old in claims:
        if (old.role != "previous" or old.measure is None or old.value.min is None
                or not 0 <= old.span.line - change.span.line <= NEARBY_LINES):
            continue
        if of is not None and of not in _what_each_counts(old):
            continue  # «تراجع عدد القتلى إلى 276، أي بانخفاض 8.3%» is no change of the injured
        if old is change:
            continue
        if old.sentence != change.sentence and UNITS.get(old.unit or "") == "percent":
            continue  # «ارتفعت الأسعار بنسبة 1.4% …. وسجل تضخم الطعام 7.6% مقابل 5.9%»: two
            # rates of another sentence are levels of their own series, not this move's
        if old.sentence == change.sentence and _another_clause_between(change, old):
            continue  # «من 2,525 إلى 2,650 …، فيما يمر سعر الغازوال من 2,205 إلى 2,330 …
            # بنسبة 5,67%»: the earlier level of the other clause's price
        levels = [c for c in claims if c.sentence == old.sentence and c.unit == old.unit
                  and c.role is None and c is not old and c is not change
                  and c.value.min not in (None, 0)]
        # «من 2,525 دينار إلى 2,650 دينار»: the level the earlier one moved to, in its
        # clause, whatever measure the reader gave it; else the measure's other level
        new = next((c for c in levels if UNITS.get(c.unit or "") != "percent"
                    and figure_start(c) > figure_start(old)
                    and _LEVEL_TO in words_of(old.sentence[figure_end(old):figure_start(c)])
                    and not _another_clause_between(old, c)), None)
        if new is None:
            new = next((c for c in levels if c.measure == old.measure), None)
        if new is not None and old.value.min:
            return old, new
    return None


_SIZE_OF_A_CHANGE = "change"  # extract/context.py: a figure read as by how much a level moved


def _against_a_base_not_given(change: Claim, pair: tuple[Claim, Claim]) -> bool:
    """Does the change name what it is measured from right after it («بارتفاع 30 في المئة عن
    سعر الطرح») with no figure of it in its clause, and the pair is not «عن» + its level?"""
    after = clause_words_after(change)
    return (after[:1] == (_THAN,) and not any(w[:1].isdigit() for w in after)
            and all(figure_start(c) < figure_start(change) for c in pair))


def _another_clause_between(a: Claim, b: Claim) -> bool:
    """Does «فيما», «بينما» … stand between two figures of one sentence?"""
    first, second = sorted((a, b), key=figure_start)
    gap = first.sentence[figure_end(first):figure_start(second)]
    return bool(_OTHER_CLAUSE.search(normalize(gap).text))


def _what_each_counts(claim: Claim) -> set[str]:
    """The names a figure's thing goes by, as a change's site («of:<noun>») names it: its
    counted noun, its measure, its measure's head noun."""
    names = {lemma_key(claim.unit)} if claim.unit else set()
    if claim.measure:
        names |= {claim.measure, lemma_key(claim.measure.rpartition(":")[2])}
    return names


def _expected(change: Claim, old: Claim, new: Claim,
              direction: str) -> list[tuple[float, str]] | None:
    """The changes the two levels make, with what each means, in the direction stated."""
    a, b = old.value.min, new.value.min
    rise, fall = (b - a) / a * 100, (a - b) / a * 100
    if old.measure != "exchange-rate":
        return [(rise if direction == "rose" else fall, "")]
    # An exchange rate in pounds per dollar: the currency named between the verb and the
    # figure moved ("ارتفع الدولار بنسبة …"); unnamed, it is the quoted one ("انخفض بنسبة").
    subject = what_moved(change)
    if subject is not None and word_key(subject) in _REFERENCE:
        return [(rise if direction == "rose" else fall, "")]
    quoted = (1 - a / b) * 100 if direction == "fell" else (a / b - 1) * 100
    return [(quoted, f"the reference currency {'rose' if b > a else 'fell'} {abs(rise):.1f}%")]


def _on_the_later_level(change: Claim, old: Claim, new: Claim,
                        expected: list[tuple[float, str]]) -> str | None:
    """«16 دينارا … 12 دينارا، أي بتراجع بنسبة 33%»: 33% is the move counted on the later
    level (4 / 12), the classic slip; on the earlier one it is 25%. Rounded levels may hide
    it from _fits («في حدود 12 دينارا»), but a percentage that is exactly the later-level
    reading, and well off the right one, is that slip: the note that says so, else None.
    Not for exchange rates, which have two right readings."""
    stated, a, b = change.value.min, old.value.min, new.value.min
    if old.measure == "exchange-rate" or change.value.approximate or not b or change.value.max != stated:
        return None
    later = abs(b - a) / b * 100
    right = expected[0][0]
    if (abs(stated - later) <= change.value.precision + _SAME_READING
            and abs(stated - abs(right)) > _WELL_OFF_POINTS):
        return (f"{change.value.describe()}% is the change counted on the later level "
                f"({figure_text(abs(b - a))} / {new.value.describe()})")
    return None


# A stated percentage within its rounding and this much of a reading is that reading; the
# right reading must be this many points off for the slip to be surely one.
_SAME_READING = 0.05
_WELL_OFF_POINTS = 3.0


def _mismatch(change: Claim, old: Claim, new: Claim, direction: str,
              expected: list[tuple[float, str]], topic_of: Mapping[str, Topic]) -> Finding:
    value, note = expected[0]
    what = "the currency quoted" if old.measure == "exchange-rate" and note else "it"
    moved = ("lower" if direction == "fell" else "higher") if value >= 0 else (
        "higher" if direction == "fell" else "lower")
    if change.role == _COMPARISON:
        said = "lower" if direction == "fell" else "higher"
        message = (f"{change.article} says {new.value.describe()} (line {new.span.line}) is "
                   f"{change.value.describe()}% {said} than {old.value.describe()} (line "
                   f"{change.span.line}: «{change.text.strip()}»), but it is "
                   f"{abs(value):.1f}% {moved}.")
    else:
        message = (f"{change.article} says it {direction} by {change.value.describe()}% (line "
                   f"{change.span.line}: «{change.text.strip()}»), but its own figures, "
                   f"{old.value.describe()} then {new.value.describe()} (line {old.span.line}), "
                   f"make {what} {abs(value):.1f}% {moved}" + (f"; {note}" if note else "") + ".")
    return finding(CHECK, CHECK.default_severity, topic_of.get(change.id), [change, old, new],
                   message, primary=change)


CHECK = Check(id="change-arithmetic", name="ChangeArithmetic", default_severity=Severity.WARNING,
              status=CheckStatus.PREVIEW, scope=Scope.FIGURES, doc=__doc__, run=run)
