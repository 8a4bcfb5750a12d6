"""One source gives another figure for what several sources that agree give theirs.

## What it finds
In a topic read only by its counted noun or currency («ألف راكب», «قرشاً», «طائرات»),
two or more articles give the same figure, and one article gives a different one in the
same words: the three words before the figure are theirs, only the figure changes
(«يعود تاريخها إلى نحو 3600 عام» where five outlets write «يعود تاريخها إلى نحو 2600
عام»).

Or in their own words, when those words name what the others' do: the figure most
articles give (more than give any other), and one article's figure at most twice or half
it whose lead shares a word that says what it is («وكانت وزارة العمل قد أعلنت صرف 100 ألف
جنيه» where three outlets write «أعلنت وزارة العمل صرف 200 ألف جنيه», «قررت صرف …»).
Of one article's figures only the one closest in words can be the slip, and never one
said of another of its kind («محطة أخرى … بطاقة 200 ألف»), of a batch («الدفعة الأولى»),
of what had been («وكانت …») where the others say what is, in a sentence that says it
moves where theirs do not («ارتفع … إلى»; a market's level, «في تعاملات اليوم», always) or
names a month theirs do not («إلى موفى جانفي»), that names another statistic than theirs
(one supplier's «بسعر 465» or «أدناها» against «متوسط سعر الطن»), or whose words are
closer to a figure fewer articles agree on.

Either way the dissenting article gives the others' figure nowhere (in no topic), both
figures are plain reported values (no forecast, offer or earlier level), and publication
order does not explain the difference as a running figure that grew.

## Why it matters
Where factcheck does not know which fact a figure is, it only lists the different values
of a counted noun: an article may well give two fleets, two fares, two crowds. The same
wording is what tells an editor that the articles speak of one fact: a sentence copied
from a statement, a figure retyped from the agency wire. When one outlet's copy says
another number, it is very likely a slip.

## Example
`amman.txt`, `mashreq.txt`:

    ورفعت الأمانة أجرة الحافلات من 45 قرشاً إلى 60 قرشاً للرحلة.

`misr.txt`:

    ورفعت الأمانة أجرة الحافلات من 45 قرشاً إلى 65 قرشاً للرحلة.

"misr gives 65 (line 4: «من 45 قرشاً إلى 65 قرشاً») where 2 other sources give 60 in
the same words (amman line 4: «من 45 قرشاً إلى 60 قرشاً»; also mashreq line 4)."

## What to do
Check the figure against the statement the others quote; correct the article that
departs from it, or say what else its figure counts.
"""

from __future__ import annotations

import re

from collections.abc import Mapping

from factcheck.analyse.checks.base import (LEAD_LENGTH, Check, CheckStatus, Scope, compatible,
                                           finding, lead_as_written, same_lead,
                                           shared_lead_words, where,
                                           word_forms_with_conjunction)
from factcheck.analyse.checks.compare import (MIN_CONFIRMING, LoneFigure, SourcesOutcome,
                                              exact_figures, lone_figures)
from factcheck.analyse.checks.transposed_digits import digits, swapped_digits
from factcheck.analyse.published import Publication
from factcheck.extract.clauses import clause_words
from factcheck.extract.dates import ARABIC_MONTH_WORDS
from factcheck.extract.words import words_of
from factcheck.lexicon.frames import (ANOTHER_ONE_WORDS, AVERAGE_WORDS, EXTREME_OF_MANY,
                                      FALL_WORDS, MARKET_WORDS, PLUPERFECT_OPENERS,
                                      PORTION_WORDS, RECORD_WORDS, RISE_WORDS)
from factcheck.model import Claim, Finding, Severity, Topic, figure_text


def run(topic: Topic, members: list[Claim], outcome: SourcesOutcome) -> list[Finding]:
    """Only in topics whose disagreements are otherwise just listed (a bare counted noun):
    where a frame names the fact, cross-source-conflict already reports the two values."""
    if topic.kind != "quantity" or topic.severity != Severity.INFO:
        return []
    findings = []
    most_given = _most_given(exact_figures(members, outcome))
    lones = [lone for lone in lone_figures(members, outcome)
             # «رقماً قياسياً جديداً بلغ 17980»: a new record is another figure
             if not any(_RECORD & set(clause_words(c)[0]) for c in lone.claims)]
    # Of an article's lone figures, only the one whose words are most like the agreed
    # figure's can be its slip («باستثمارات تبلغ 1.8 مليار» for the factory, not «2.1
    # مليار» for the battery plant the article also names).
    alike_of_same: dict[str, tuple[int, LoneFigure, float, tuple[Claim, Claim]]] = {}
    for lone in lones:
        found = _said_of_the_same(topic, lone, most_given)
        if found is not None and found[0] > alike_of_same.get(lone.article, (0,))[0]:
            alike_of_same[lone.article] = (found[0], lone, found[1], found[2])
    for lone in lones:
        found = _said_alike(topic, lone)
        worded_alike = found is not None
        if found is None and lone.article in alike_of_same and alike_of_same[lone.article][1] is lone:
            _, _, confirmed, pair = alike_of_same[lone.article]
            found = confirmed, lone.confirmed[confirmed], pair
        if found is None:
            continue
        confirmed, confirming, pair = found
        if _thousands_dot(lone.claims, lone.value, confirmed) or _thousands_dot(
                confirming, confirmed, lone.value):
            continue  # «500.000 دينار» is the others' half a million, its dot a thousands mark
        if confirmed in outcome.figures_given.get(lone.article, ()):
            # an article that names the agreed figure anywhere, in any topic («أقره المجلس
            # في شباط الماضي بموافقة 81 نائبا» beside its own «ثمانية وخمسين صوتاً»), knows
            # the two are two facts
            continue
        # every article giving the agreed figure, rounded («7,48 مليون») or exact
        agreeing = [m for m in members if m.role is None
                    and any(compatible(m, o, topic.tolerance) for o in confirming)]
        if _grown(lone.value, lone.article, confirmed, agreeing, outcome.publications):
            continue
        findings.append(_finding(topic, lone, confirmed, confirming, pair, worded_alike))
    return findings


def _most_given(by_value: Mapping[float, list[Claim]]) -> float | None:
    """The figure more articles give than any other, if two or more do."""
    counts = sorted(((len({c.article for c in claims}), value) for value, claims in by_value.items()),
                    reverse=True)
    if not counts or counts[0][0] < MIN_CONFIRMING or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]


def _said_of_the_same(topic: Topic, lone: LoneFigure, most_given: float | None
                      ) -> tuple[int, float, tuple[Claim, Claim]] | None:
    """The agreed figure whose lead words the lone one's lead shares most, when it names
    what theirs does («أعلنت وزارة العمل صرف 100 ألف جنيه» against three outlets' «وزارة
    العمل … صرف 200 ألف جنيه»), when that figure is the one most articles give: «وأجرة
    الكيلومتر 34 قرشاً» is closer to two outlets' «أجرة الكيلومتر إلى 32» than to the
    opening fare three give, and two agreed figures leave it open which one it departs
    from. The number of lead words shared, the agreed figure and the closest pair."""
    scored = []
    for confirmed, confirming in lone.confirmed.items():
        found = _shared_with(topic, lone, confirmed, confirming)
        if found is not None:
            scored.append((found[0], confirmed == most_given, confirmed, found[1]))
    if not scored:
        return None
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    best = scored[0]
    if not best[1]:
        # its words are closest to a figure fewer articles give: it may be a slip of that
        # one, or a third thing (the opening fare «40 قرشا», the per-kilometre «32»)
        return None
    return best[0], best[2], best[3]


def _shared_with(topic: Topic, lone: LoneFigure, confirmed: float, confirming: list[Claim]
                 ) -> tuple[int, tuple[Claim, Claim]] | None:
    """How many lead words the lone figure's closest claim shares with one agreed figure's,
    and those two claims: only when the two figures are within a factor of MAX_SLIP_RATIO
    (a slip, not another order of thing), neither is compatible with the other, and the
    lone one is not said of another one of its kind («محطة أخرى») or of what had been
    («وكانت …») where the others say what is."""
    low, high = sorted((lone.value, confirmed))
    if low <= 0 or high / low > MAX_SLIP_RATIO or swapped_digits(lone.value, confirmed):
        return None
    if any(compatible(c, o, topic.tolerance) for c in lone.claims for o in confirming):
        return None
    if (frozenset().union(*map(_statistic, lone.claims))
            != frozenset().union(*map(_statistic, confirming))):
        # «كان أدناها بسعر 463», one supplier's «بسعر 465», against «متوسط سعر الطن
        # 468.5»: another statistic of the tender's prices, or one price of them
        return None
    if any(_PORTION & set(clause_words(c)[0]) for c in lone.claims):
        return None  # «الدفعة الأولى من النزلاء … وعددهم 390»: a batch of the whole
    months = {m for c in confirming for m in _months(c)}
    if all(_months(c) - months for c in lone.claims):
        # «بـ33 بالمائة من الكميات المصدّرة إلى موفى جانفي»: a month the others do not
        # name dates the lone figure to another time
        return None
    lone_words = set().union(*(words_of(c.sentence) for c in lone.claims))
    if _MARKET & lone_words or (_MOVING & lone_words and not any(
            _MOVING & set(words_of(o.sentence)) for o in confirming)):
        # «سجل … مستوى 4815 جنيها في تعاملات اليوم», «ارتفع عدد المفرج عنهم إلى 598»: a
        # market's level, or a figure said to move where the others give where it stands,
        # is a point of a series, not a retyped one (when they say the same move, «هبط
        # المنسوب إلى», the lone figure is theirs mistyped)
        return None
    if all(_pluperfect(c) for c in lone.claims) and not any(_pluperfect(o) for o in confirming):
        return None  # «وكانت أجرة الكيلومتر 28 قرشا منذ آخر تعديل»: what it was, before
    shared, pair = max(((len(shared_lead_words(c, o)), (c, o)) for c in lone.claims
                        if not _ANOTHER & set(clause_words(c)[0][-_ANOTHER_REACH:])
                        for o in confirming), key=lambda found: found[0], default=(0, None))
    return (shared, pair) if shared else None


def _statistic(claim: Claim) -> frozenset[str]:
    """Which statistic of many items the figure's lead names: "average", "extreme", both
    or none (one item's value)."""
    lead = set(clause_words(claim)[0][-_STATISTIC_REACH:])
    return frozenset(kind for kind, words in (("average", _AVERAGE), ("extreme", _EXTREME))
                     if words & lead)


_AVERAGE = word_forms_with_conjunction(AVERAGE_WORDS)
_EXTREME = word_forms_with_conjunction(EXTREME_OF_MANY)
_STATISTIC_REACH = 6  # words before a figure read for «متوسط», «أدناها»


def _months(claim: Claim) -> set[str]:
    """The month names of the claim's sentence."""
    return {w for w in words_of(claim.sentence) if w in _MONTH_WORDS}


_MONTH_WORDS = word_forms_with_conjunction(ARABIC_MONTH_WORDS)


def _pluperfect(claim: Claim) -> bool:
    """Does the claim's sentence open with «وكان/وكانت» (what had been, or had been said)?"""
    first = words_of(claim.sentence[:_OPENER_CHARS])
    return bool(first) and first[0] in _PLUPERFECT


_PLUPERFECT = word_forms_with_conjunction(PLUPERFECT_OPENERS)
_OPENER_CHARS = 12  # enough of a sentence for its first word
_ANOTHER = word_forms_with_conjunction(ANOTHER_ONE_WORDS)
_PORTION = word_forms_with_conjunction(PORTION_WORDS)
_MOVING = word_forms_with_conjunction((*RISE_WORDS, *FALL_WORDS))
_MARKET = word_forms_with_conjunction(MARKET_WORDS)
_ANOTHER_REACH = 6  # words before a figure read for «أخرى»


# Two figures of one fact one outlet mistyped are this close at most (200 and 100 thousand
# pounds, 1.8 and 1.3 billion dollars); further apart they are other things of one noun.
MAX_SLIP_RATIO = 2.0


_RECORD = word_forms_with_conjunction(RECORD_WORDS)


def _said_alike(topic: Topic, lone: LoneFigure
                ) -> tuple[float, list[Claim], tuple[Claim, Claim]] | None:
    """The figure other articles agree on that the lone one's words say it is: the one more
    articles give than any other, worded alike; else another worded alike («لتشغيل المترو
    يبلغ 1,7 مليار جنيه» against four outlets' «… يبلغ 2.7 مليار», where a fare table's
    figures are given by more) when the two differ by one digit, as a slip does (two banks'
    profits, two countries' populations, two bonds' tenors worded alike do not). None when
    none is, or it is the lone figure's digits reordered (transposed-digits says why) or its
    rounding («نحو 11,4 ألف» and 11,412)."""
    ranked = sorted(lone.confirmed.items(), key=lambda kv: (-len({c.article for c in kv[1]}), kv[0]))
    counts = [len({c.article for c in claims}) for _, claims in ranked]
    for k, (confirmed, confirming) in enumerate(ranked):
        most_given = k == 0 and (len(counts) == 1 or counts[0] > counts[1])
        pair = _worded_alike(lone.claims, confirming)
        if pair is None or not (most_given or _one_digit_off(lone.value, confirmed)):
            continue
        if swapped_digits(lone.value, confirmed) or any(
                compatible(c, o, topic.tolerance) for c in lone.claims for o in confirming):
            return None
        return confirmed, confirming, pair
    return None


def _thousands_dot(claims: list[Claim], value: float, other: float) -> bool:
    """Is `value` read from «500.000» (a dot or comma, then three zeros), where a thousand
    times it is `other`: the same figure with its thousands marked, not a slip?"""
    return abs(value * 1000 - other) <= 1e-9 * max(abs(other), 1) and any(
        _THOUSANDS_MARKED.search(c.text) for c in claims)


_THOUSANDS_MARKED = re.compile(r"\d[.,٫٬]0{3}(?!\d)")


def _one_digit_off(a: float, b: float) -> bool:
    """2.7 and 1.7 billion, 2600 and 3600: two digits or more each, at the same scale, one
    of them changed."""
    da, db = digits(a), digits(b)
    return (len(da) == len(db) >= 2 and 0.1 < a / b < 10
            and sum(x != y for x, y in zip(da, db)) == 1)


def _worded_alike(claims: list[Claim], confirming: list[Claim]) -> tuple[Claim, Claim] | None:
    """A lone claim and an agreeing one led by the same words."""
    return next(((c, o) for c in claims for o in confirming if same_lead(c, o)), None)


def _grown(value: float, article: str, confirmed: float, confirming: list[Claim],
           publications: Mapping[str, Publication]) -> bool:
    """Could the figure have grown into the lone one (or the lone one into it)? Only if
    every article giving the confirmed figure was published before the lone one (after
    it, for a smaller one): an article that still gives the old figure later says it did
    not grow."""
    own = publications.get(article)
    if own is None or not own.known:
        return False
    times = [p for c in confirming if (p := publications.get(c.article)) is not None and p.known]
    if not times:
        return False
    if value > confirmed:
        return all(p.before(own) for p in times)
    return all(own.before(p) for p in times)


def _finding(topic: Topic, lone: LoneFigure, confirmed: float, confirming: list[Claim],
             pair: tuple[Claim, Claim], worded_alike: bool) -> Finding:
    lead, alike = pair
    others = sorted(confirming, key=lambda c: (c.article, c.span.start))
    n = len({c.article for c in others})
    reach = LEAD_LENGTH if worded_alike else _SAID_OF_REACH
    how = "in the same words" if worded_alike else "of what the same words name"
    message = (f"{lead.article} gives {figure_text(lone.value)} (line {lead.span.line}: "
               f"«{lead_as_written(lead, reach)}») where {n} other sources give "
               f"{figure_text(confirmed)} {how} ({alike.article} line {alike.span.line}: "
               f"«{lead_as_written(alike, reach)}»; also "
               f"{where(c for c in others if c is not alike)}).")
    return finding(CHECK, CHECK.default_severity, topic, [*lone.claims, *others], message,
                   primary=lead)


# Words quoted before each figure when it is what they name, not their wording, that agrees.
_SAID_OF_REACH = 6


CHECK = Check(id="lone-dissent", name="LoneDissent", default_severity=Severity.WARNING,
              status=CheckStatus.PREVIEW, scope=Scope.SOURCES, doc=__doc__, run=run)
