"""One article gives two incompatible figures for the same fact.

## What it finds
The same article states the same measure (a death toll, a magnitude) for the same place
and event twice, with values that cannot both be true, and does not attribute them to
different bodies. Often a lede updated while the body was not, or a figure copied from an
older version. Also the same statement made twice with another number («تزيد أعمارهم عن
80 عاما» … «تزيد أعمارهم عن 82 عاما»), whatever it counts. Not reported: the article
marking the order of the two (في وقت لاحق, حصيلة أولية/محينة), a tally figure under half
the other (a part of it), and two levels of one kind (a deposit and a lending rate),
which are information.

## Why it matters
An article that contradicts itself is wrong in at least one place whatever the other
outlets say, and it is the easiest kind of error to fix before publication. Figures each
attributed to a different body (the civil defence's count and the ministry's) are not
reported: the article says why they differ. A warning at most on automatic topics, the
rule's severity on a rule's topic.

## Example
`factory-fire.txt`:

    لقي 7 أشخاص حتفهم في حريق اندلع فجر اليوم في مصنع للنسيج بالمنطقة الصناعية.
    وأسفر الحريق عن مقتل 9 أشخاص وإصابة 20 آخرين، وتمكنت فرق الإطفاء من إخماده بعد ساعات.

"factory-fire gives dead as 7 (line 2: «7 أشخاص») and as 9 (line 3: «9 أشخاص»): the
article contradicts itself."

## What to do
Check which figure is current and correct the other; if two bodies are meant, say so in
the text.
"""

from __future__ import annotations

import re

from collections import defaultdict
from collections.abc import Iterator

from factcheck.analyse.checks.base import (Check, CheckStatus, Scope, attribution_note,
                                           change_subject, compatible, finding, part_sized,
                                           same_lead)
from factcheck.analyse.checks.transposed_digits import significant_digits, swapped_digits
from factcheck.extract.clauses import clause_words
from factcheck.extract.context import NOT_AMOUNT_ROLES, same_source
from factcheck.extract.normalize import normalize_word
from factcheck.lexicon.clitics import CONJUNCTIONS
from factcheck.lexicon.frames import REVISION_CUES
from factcheck.lexicon.measures import MEASURES
from factcheck.model import SEVERITY_RANK, Claim, Finding, Severity, Topic


def _word_forms(word: str) -> tuple[str, ...]:
    """The word as a clause holds it: normalised, with and without و/ف before it."""
    norm = normalize_word(word)
    return (norm, *(c + norm for c in CONJUNCTIONS))


def run(topic: Topic, members: list[Claim]) -> list[Finding]:
    """One article giving two incompatible figures for the same fact, unless each is
    attributed and to different bodies (the civil defence's count and the ministry's), or
    the article itself says one figure revised the other."""
    if not topic.measure:
        # A bare counted noun is not one fact, except the same statement made twice with
        # another number: "تزيد أعمارهم عن 80 عاما" … "تزيد أعمارهم عن 82 عاما".
        return _restated(topic, members) if topic.kind == "quantity" else []
    spec = MEASURES.get(topic.measure)
    tally = spec is not None and spec.kind == "tally"
    # An article lists several levels of one kind more often than it contradicts itself on
    # one (a deposit and a lending rate): those are for information. A change (a rate's rise,
    # a currency's fall) told twice with two sizes is a contradiction, unless the two sizes
    # stand in one sentence, a list of changes of different things.
    if spec is not None and spec.kind in ("tally", "property", "change"):
        severity = min(topic.severity, Severity.WARNING, key=SEVERITY_RANK.__getitem__)
    else:
        severity = Severity.INFO
    # … and so is a property given twice in one sentence: «على عمق 320 مترا، في حين يبلغ عمق
    # أدنى مستويات المنجم 540 مترا» contrasts two depths.
    listed = spec is not None and spec.kind in ("change", "property")
    change = spec is not None and spec.kind == "change"
    if topic.id.endswith("follow-on"):
        return []  # "between 5 and 6" and "between 4 and 5": different aftershocks
    def clashes(a: Claim, b: Claim) -> bool:
        return (not compatible(a, b, topic.tolerance)
                and not (a.attribution and b.attribution
                         and not same_source(a.attribution, b.attribution))
                and not (tally and (_revised(a, b) or part_sized(a, b)))
                # «وأصيب 5 أشخاص و8 أطفال»: two parts one sentence lists side by side
                and not (a.role == b.role == _PART and a.sentence == b.sentence))

    findings = []
    for article, a, clash in _first_clash_in_each_article(members, clashes):
        message = (f"{article} gives {topic.label} as {a.value.describe()} (line {a.span.line}: "
                   f"«{a.text.strip()}») and as {clash.value.describe()} (line {clash.span.line}: "
                   f"«{clash.text.strip()}»): the article contradicts itself.")
        message += attribution_note([a, clash])
        this_severity = severity
        if listed and a.sentence == clash.sentence:
            this_severity = Severity.INFO
        elif tally and a.sentence == clash.sentence and sum(
                m.article == article and m.sentence == a.sentence
                for m in members) >= _LISTED_CHANGES:
            # «استقبل مستشفى الزبير 190 مصابا، ومستشفى البصرة التعليمي 140، ومستشفى الموانئ
            # 56»: a sentence giving three counts of one tally lists its parts
            this_severity = Severity.INFO
            message += " The sentence lists several counts: they may be of different places."
        elif change and _lists_changes(article, members, topic):
            # «تراجع المؤشر 3.42%» … «هبط سهم أرامكو 2.9%» … «سابك 5.6%»: an article giving
            # three or more sizes of one change reports the moves of several things
            this_severity = Severity.INFO
            message += " The article lists several changes: they may be of different things."
        elif change:
            subjects = (change_subject(a), change_subject(clash))
            if subjects[0] != subjects[1]:
                # «تراجع المؤشر العام بنسبة 3.42%» and «هبط سهم أرامكو بنسبة 2.9%»: one
                # article's changes of two things (or of one it names and one it does not)
                this_severity = Severity.INFO
                message += (" They are said of different things ("
                            + ", ".join(f"«{s}»" if s else "unnamed" for s in subjects) + ").")
        findings.append(finding(CHECK, this_severity, topic, [a, clash], message))
    return findings


_PART = "part"  # extract/context.py: a figure read as one part of a whole

# An article that gives this many different sizes of one change lists moves of several things.
_LISTED_CHANGES = 3


def _lists_changes(article: str, members: list[Claim], topic: Topic) -> bool:
    distinct: list[Claim] = []
    for claim in members:
        if claim.article == article and all(not compatible(claim, d, topic.tolerance)
                                            for d in distinct):
            distinct.append(claim)
    return len(distinct) >= _LISTED_CHANGES


def _first_clash_in_each_article(members: list[Claim], clashes) -> Iterator[
        tuple[str, Claim, Claim]]:
    """(article, a claim, the first later claim of the same article it clashes with), for
    the first such pair of each article: one finding an article is enough to send an
    editor to it."""
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for claim in members:
        by_article[claim.article].append(claim)
    for article, claims in sorted(by_article.items()):
        for i, a in enumerate(claims):
            clash = next((b for b in claims[i + 1:] if clashes(a, b)), None)
            if clash is not None:
                yield article, a, clash
                break


def _restated(topic: Topic, members: list[Claim]) -> list[Finding]:
    def clashes(a: Claim, b: Claim) -> bool:
        # one role: a bill's proposed «سبع سنوات» is not the law's «خمس سنوات» said again
        return (a.sentence != b.sentence and a.role == b.role and a.role not in NOT_AMOUNT_ROLES
                and _differs_as_written(a, b)
                and not (_list_item(a) and _list_item(b))
                and _may_be_a_slip(a, b) and (same_lead(a, b) or _swapped(a, b)))

    findings = []
    for article, a, clash in _first_clash_in_each_article(members, clashes):
        how = (": the same digits in another order, a likely slip" if _swapped(a, clash)
               and not same_lead(a, clash) else "")
        message = (f"{article} states the same thing twice with different figures: "
                   f"{a.value.describe()} (line {a.span.line}: «{a.text.strip()}») and "
                   f"{clash.value.describe()} (line {clash.span.line}: «{clash.text.strip()}»)"
                   f"{how}.")
        findings.append(finding(CHECK, Severity.WARNING, topic, [a, clash], message))
    return findings


# «- 18 جنيها … بدلا من 15 جنيها.» «- 24 جنيها … بدلا من 20 جنيها.»: the items of a list
# say the same words of different things (a fare table's tiers), never one thing twice.
_LIST_ITEM = re.compile(r"^\s*(?:[-•*·▪]|\d{1,2}\s?[).-])\s")


def _list_item(claim: Claim) -> bool:
    return bool(_LIST_ITEM.match(claim.sentence))


def _swapped(a: Claim, b: Claim) -> bool:
    """«تنتظر 340 عائلة» … «ترحيل 430 عائلة»: one article's two exact counts of one noun,
    each the other's digits in another order, are one figure mistyped. Not small counts
    (12 and 21 coincide too often), nor a zero moved («105 آلاف» and «150 ألف» barrels are
    an initial and a full capacity: round figures share their zeros)."""
    x, y = a.value, b.value
    if not (x.min is not None and x.min == x.max and y.min is not None and y.min == y.max
            and not (x.approximate or y.approximate) and min(x.min, y.min) >= _SWAPPED_AT_LEAST):
        return False
    first, second = (significant_digits(v) for v in (x.min, y.min))
    return swapped_digits(x.min, y.min) and len(first) == len(second) and sorted(first) == sorted(second)


# Two counts one article swaps are each at least this large.
_SWAPPED_AT_LEAST = 100


def _differs_as_written(a: Claim, b: Claim) -> bool:
    """Two statements of one thing give different numbers: compared as written, so
    "أعمارهم تزيد عن 80" and "… عن 82" differ although both bounds could hold."""
    slack = max(a.value.precision, b.value.precision)

    def apart(x: float | None, y: float | None) -> bool:
        return (x is None) != (y is None) or (x is not None and abs(x - y) > slack)

    return apart(a.value.min, b.value.min) or apart(a.value.max, b.value.max)


def _may_be_a_slip(a: Claim, b: Claim) -> bool:
    """Can one figure be the other mistyped? A slip changes a digit or two at the same scale
    («850» for «580»), or the scale word and not the digits («2,5 مليون» for «2,5 مليار»);
    «نحو 2600 سنة» and «نحو 300 ألف سنة» are two ages, not one."""
    x, y = a.value.min or a.value.max, b.value.min or b.value.max
    if not x or not y:
        return True
    return max(x, y) / min(x, y) <= _SLIP_SCALE or _digits(x) == _digits(y)


def _digits(x: float) -> str:
    """The significant digits of a figure: 2.5 million and 2.5 billion share «25»."""
    return f"{abs(x):.12g}".split("e")[0].replace(".", "").strip("0")


# Two figures further apart than this, with other digits, are not one figure mistyped.
_SLIP_SCALE = 10


def _revised(a: Claim, b: Claim) -> bool:
    """Does the article say one of the two figures revised the other ("ارتفعت الحصيلة إلى",
    "في وقت لاحق", "حصيلة أولية")? Read in the clauses of both."""
    return any(not _REVISION.isdisjoint(clause_words(claim)[1]) for claim in (a, b))


_REVISION = frozenset(f for w in REVISION_CUES for f in _word_forms(w))


CHECK = Check(id="internal-conflict", name="InternalConflict", default_severity=Severity.WARNING,
              status=CheckStatus.STABLE, scope=Scope.TOPIC, doc=__doc__, run=run)
