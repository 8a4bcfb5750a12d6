"""A share that the article's own part and whole do not give.

## What it finds
An article gives a figure and, in the same sentence, restates it as a percentage of a whole
it also gives («أي ما يعادل 60% من طاقتها الإجمالية البالغة 300 ألف متر مكعب», «يمثلون 9,6%
من إجمالي السكان البالغ …», «منها 268 حالة …، أي ما نسبته 75% من مجمل الحالات»), or gives
parts out of their whole and the share they make («10215 عداء من أصل 12400 مسجل، أي بنسبة
وصول بلغت 88 بالمائة»; of listed parts, the share may be of one or of all), or names a
rate by the noun of a part given among its whole («4,512 حالة، بينها 38 وفاة، …، بمعدل
وفيات بلغ 1,4%»), or states a share and then the amount it makes of a whole («حصة 20 في
المائة، أي ما يعادل 1,05 مليار دولار من إجمالي الاستثمارات البالغة 4,2 مليار»), and no
part over the whole is that percentage. The message shows the
division.

## Why it matters
The article's own numbers settle it, in seconds: the percentage was mistyped (89% for
98%), taken from another report, or computed over another whole.

## Example
`plant.txt`:

    وتنطلق المحطة بإنتاج 150 ألف متر مكعب يومياً، أي ما يعادل 60% من طاقتها الإجمالية البالغة 300 ألف متر مكعب يومياً.

"plant gives 60% (line 4: «60%») as the share of 150,000 in 300,000 (line 4), but
150,000 / 300,000 is 50.0%."

## What to do
Recompute the percentage from the two figures, or correct whichever figure is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from factcheck.analyse.checks.base import Check, CheckStatus, Scope, finding, part_of_unit
from factcheck.extract.clauses import clause_words, clause_words_after, figure_end, figure_start
from factcheck.extract.normalize import normalize
from factcheck.extract.numbers import UNITS
from factcheck.extract.lemmas import lemma_key
from factcheck.extract.words import word_key
from factcheck.lexicon.frames import LEVEL_FROM, RESTATEMENT_WORDS, SHARE_CUES, WHOLE_BEFORE
from factcheck.model import Claim, Finding, Severity, Topic, figure_text

# How far a stated share may be from the computed one beyond what rounding the percentage
# allows, in percentage points («33%» for 33.4% is right, «75%» for 65% is not).
SLACK_POINTS = 0.5
# … and how much further one said to be about so may be («أي نحو 58%» for 57%, not for 67.6%).
APPROXIMATE_POINTS = 2.0
_SHARE_CUES = frozenset(word_key(w) for w in SHARE_CUES)
_RESTATES = frozenset(word_key(w) for w in RESTATEMENT_WORDS)
_WHOLE_BEFORE = tuple(normalize(w).text for w in WHOLE_BEFORE)
# «من أصل سعة إجمالية تبلغ 1200»: at most this many words from the part to its whole.
_TAKEN_FROM_WORDS = 8
_CLAUSE_BREAK = re.compile(r"[،,:؛;]")
_OF = word_key(LEVEL_FROM)
_HEAD = ":"  # a measure named by its head noun: «نسبه:وصول» (extract/context.py)
# Roles extract/context.py gives: «من أصل 300», the whole a part is taken from; «بينها 38
# وفاة», one part of the whole before it.
_WHOLE, _PART = "whole", "part"


def run(claims: list[Claim], topic_of: Mapping[str, Topic]) -> list[Finding]:
    findings = []
    for share in claims:
        if not _is_share(share):
            continue
        # the same sentence, not its twin elsewhere in the article (a hard-wrapped sentence
        # spans lines)
        same_sentence = sorted((c for c in claims if c.sentence == share.sentence
                                and c is not share
                                and abs(c.span.start - share.span.start) <= len(share.sentence)),
                               key=figure_start)
        before = [c for c in same_sentence if figure_start(c) < figure_start(share)]
        after = [c for c in same_sentence if figure_start(c) > figure_start(share)]
        parts, whole = _parts_of_a_whole_before(share, before)
        if not parts:
            parts, whole = _rate_of_a_part(share, before)
        if not parts and _is_restated_share(share) and before and (
                _exact(before[-1]) or (before[-1].role == _PART and _counted(before[-1]))):
            whole = _whole_of(share, before[-1], before[:-1], after)
            parts = [before[-1]] if whole is not None else []
        if not parts:
            parts, whole = _amount_then_whole_after(share, after)
        if not parts or whole is None:
            continue
        # «احترق 214 محلاً وتضرر 90 محلاً، من أصل 400 محل، أي ما نسبته …»: the share may be
        # of one part or of all the parts listed
        readings = [(p,) for p in parts] + ([tuple(parts)] if len(parts) > 1 else [])
        computed = [100 * sum(p.value.min for p in r) / whole.value.min for r in readings]
        # the percentage's own rounding («9,6%» is 9.55–9.65); a round whole («4 ملايين طن»)
        # is a target or a total as stated, not ±500,000
        slack = share.value.precision + SLACK_POINTS + (
            APPROXIMATE_POINTS if share.value.approximate else 0.0)
        if all(abs(c - share.value.min) > slack for c in computed):
            findings.append(_finding(share, readings, whole, computed,
                                     topic_of.get(share.id)))
    return findings


def _is_share(claim: Claim) -> bool:
    """A percentage that is no change, exact or about so («أي نحو 58%»): a share the article
    may derive, named by nothing or by its head noun («بنسبة وصول بلغت 88 بالمائة»)."""
    v = claim.value
    return (claim.unit == "%" and (claim.measure is None or _HEAD in claim.measure)
            and claim.role is None and not v.vague
            and v.min is not None and v.min == v.max)


def _is_restated_share(claim: Claim) -> bool:
    """«أي ما يعادل 60% من …», «يمثلون 9,6% من …»: a share the article derives from its own
    figures, of a whole («من» after it)."""
    return (bool(_SHARE_CUES & {word_key(w) for w in clause_words(claim)[0][-3:]})
            and clause_words_after(claim)[:1] == (_OF,))


def _parts_of_a_whole_before(share: Claim, before: list[Claim]
                             ) -> tuple[list[Claim], Claim | None]:
    """«10215 عداء من أصل 12400 مسجل، أي بنسبة وصول بلغت 88 بالمائة»: the sentence gave the
    parts and their whole («من أصل»), and the share restates them («أي» in its clause).
    The parts: the figures right before the whole, counted as it is, that it can hold.
    (`before`: the sentence's figures before the share, in text order.)"""
    if not _SHARE_CUES & {word_key(w) for w in clause_words(share)[0]}:
        return [], None
    if len(before) < 2 or not _counted(before[-1]) or not (
            before[-1].role == _WHOLE or _taken_from(share.sentence, before[-2], before[-1])):
        return [], None
    whole = before[-1]
    parts: list[Claim] = []
    # «من أصل» says the one is taken from the other, whatever nouns count them («عداء»,
    # «مسجل» are in no lexicon)
    for claim in reversed(before[:-1]):
        # («38720 مترشحاً من أصل 91400 اجتازوا …»: a whole with no noun of its own counts
        # what its part counts)
        noun = whole.unit if whole.unit is not None or not parts else parts[0].unit
        if not (_counted(claim) and (claim.unit == noun or (whole.unit is None and not parts))
                and claim.role != _WHOLE
                and sum(p.value.min for p in parts) + claim.value.min <= whole.value.min):
            break
        parts.insert(0, claim)
    return parts, whole


def _rate_of_a_part(share: Claim, before: list[Claim]) -> tuple[list[Claim], Claim | None]:
    """«4,512 حالة كوليرا، بينها 38 وفاة، …، بمعدل وفيات بلغ 1,4%»: a rate named by the noun
    of a part the sentence gave among its whole is that part over that whole."""
    noun = (share.measure or "").partition(_HEAD)[2]
    if not noun:
        return [], None
    for k in range(len(before) - 1, 0, -1):
        part, whole = before[k], before[k - 1]
        if part.role == _PART and part.unit and lemma_key(part.unit) == lemma_key(noun):
            if _counted(part) and _counted(whole) and whole.value.min > part.value.min:
                return [part], whole
            break
    return [], None


def _counted(claim: Claim) -> bool:
    v = claim.value
    return (claim.unit != "%" and v.min is not None and v.min == v.max and v.min > 0
            and not v.approximate)


def _exact(claim: Claim) -> bool:
    """A counted figure whose counted noun is known."""
    return claim.unit is not None and _counted(claim)


def _whole_of(share: Claim, part: Claim, before_part: list[Claim],
              after_share: list[Claim]) -> Claim | None:
    """The whole of the figure a share restates (the nearest before it): the first figure
    after the share, in its clause («من طاقتها البالغة 300 ألف متر مكعب»), else, for a part
    said after «منها», the figure it is part of («412 حالة غش، منها 268 حالة»; «1,2 مليون
    طن، منها 700 ألف طن …، تشكل 65% من الكمية الإجمالية»)."""
    if after_share and not _CLAUSE_BREAK.search(
            share.sentence[figure_end(share):figure_start(after_share[0])]):
        whole = after_share[0]
        return whole if _holds(whole, part) else None
    if part.role != _PART:
        return None
    # a part taken «منها» is of the whole before it (of its unit, if it has one), whatever
    # noun counts each («323 قطعة أثرية، من ضمنها 214 تمثالا»)
    wholes = [c for c in before_part if _counted(c) and UNITS.get(c.unit or "") != "duration"
              and (part.unit is None or c.unit == part.unit)]
    whole = wholes[-1] if wholes else None
    return whole if whole is not None and whole.value.min > part.value.min else None



def _amount_then_whole_after(share: Claim, after: list[Claim]) -> tuple[list[Claim], Claim | None]:
    """«حصة 20 في المائة من المشروع، أي ما يعادل 1,05 مليار دولار من إجمالي الاستثمارات
    البالغة 4,2 مليار دولار»: a share, the amount it restates, then the whole that amount
    is of (after «من أصل», «من إجمالي» …)."""
    if len(after) < 2 or not _counted(after[0]) or not _exact(after[1]):
        return [], None
    part, whole = after[0], after[1]
    lead = {word_key(w) for w in clause_words(part)[0][-3:]}
    if not (_RESTATES & lead and _SHARE_CUES & lead):
        return [], None
    if not (_taken_from(share.sentence, part, whole) and _holds(whole, part)):
        return [], None
    return [part], whole


def _taken_from(sentence: str, part: Claim, whole: Claim) -> bool:
    """Is `whole` said to be what `part` is taken from, «من أصل», «من إجمالي» between them
    (its noun and «البالغة»/«تبلغ» may stand before the figure)?"""
    between = normalize(sentence[figure_end(part):figure_start(whole)]).text
    return (len(between.split()) <= _TAKEN_FROM_WORDS
            and any(phrase in between for phrase in _WHOLE_BEFORE))


def _holds(whole: Claim, part: Claim) -> bool:
    """Can `whole` hold `part`: an exact figure of the same kind, larger?"""
    return _exact(whole) and part_of_unit(part.unit, whole.unit) and whole.value.min > part.value.min


def _finding(share: Claim, readings: list[tuple[Claim, ...]], whole: Claim,
             computed: list[float], topic: Topic | None) -> Finding:
    parts = list(readings[-1])
    lines = sorted({*(p.span.line for p in parts), whole.span.line})
    where_figures = "line " + ", ".join(str(n) for n in lines)
    shares = [(" + ".join(figure_text(p.value.min) for p in r)
               + (f" = {figure_text(sum(p.value.min for p in r))}" if len(r) > 1 else "")
               + f" / {figure_text(whole.value.min)} is {c:.1f}%")
              for r, c in zip(readings, computed)]
    of = " and ".join(figure_text(p.value.min) for p in parts)
    about = "about " if share.value.approximate else ""
    message = (f"{share.article} gives {about}{figure_text(share.value.min)}% (line {share.span.line}: "
               f"«{share.text.strip()}») as the share of {of} in "
               f"{figure_text(whole.value.min)} ({where_figures}), but "
               + ("; ".join(shares) if len(shares) == 1
                  else "no reading of the parts gives it: " + "; ".join(shares)) + ".")
    return finding(CHECK, CHECK.default_severity, topic, [share, *parts, whole], message,
                   primary=share)


CHECK = Check(id="share-arithmetic", name="ShareArithmetic", default_severity=Severity.WARNING,
              status=CheckStatus.PREVIEW, scope=Scope.FIGURES, doc=__doc__, run=run)
