"""One source gives a figure the others agree on with two of its digits swapped.

## What it finds
Several articles give the same figure, and one article gives a figure of the same kind
(the same counted noun or currency, in the same topic) whose digits are theirs in another
order: 2.47 billion dollars where five outlets say 2.74 billion, 621 medicines where the
rest say 612; or two outlets, one each, give three digits or more in another order (148.5
billion pounds and 184.5: one of the two is the slip, and the message says so). Estimates
outlets restate count too («تقديرات … 395 ألف طن» against 359). The article that dissents
does not give the others' figure anywhere in the
topic, so it is not naming a second fact beside it; nor is it the latest point of a
series that grew from theirs (16,500 tonnes arrived, a later 38,000, a latest 61,500).

## Why it matters
Swapped digits are among the commonest typing slips in news copy, and they survive
proofreading because the figure still looks plausible. Where a figure is read only by its
counted noun («مليار دولار», «مسافر»), or an article gives two values of its frame in one
sentence («68 مليمترا … لم تتجاوز 21 مليمترا»), factcheck cannot tell which fact each is,
so different values are merely listed; two values that are each other's digits reordered,
one of them confirmed by several sources, are very unlikely to be two facts.

## Example
`ministry.txt`:

    وسجلت الصادرات 2,74 مليار دولار خلال العام الماضي.

`agency.txt`:

    وسجلت الصادرات 2,74 مليار دولار خلال العام الماضي بحسب الأرقام الرسمية.

`daily.txt`:

    وسجلت الصادرات 2,47 مليار دولار خلال العام الماضي.

"daily gives 2,470,000,000 (line 4: «2,47 مليار دولار») where 2 other sources give
2,740,000,000 (agency line 4, ministry line 4): the same digits in another order, a likely
slip."

## What to do
Check the figure against the source the others quote; correct the article with the
swapped digits.
"""

from __future__ import annotations

from collections.abc import Mapping

from factcheck.analyse.checks.base import Check, CheckStatus, Scope, finding, where
from factcheck.analyse.checks.compare import (MIN_CONFIRMING, SAME_KIND_ROLES, SourcesOutcome,
                                              exact_figures, lone_figures)
from factcheck.analyse.checks.cross_source_conflict import lists_several
from factcheck.analyse.published import Publication
from factcheck.model import Claim, Finding, Severity, Topic, figure_text


def run(topic: Topic, members: list[Claim], outcome: SourcesOutcome) -> list[Finding]:
    """Only in topics whose disagreements are otherwise just listed (a bare counted noun, or
    a frame one of whose articles gives two values in a sentence: «68 مليمترا … لم تتجاوز 21
    مليمترا»): elsewhere cross-source-conflict already reports the two values."""
    if topic.kind != "quantity" or (topic.severity != Severity.INFO
                                    and not lists_several(topic, members)):
        return []
    by_value = exact_figures(members, outcome, _ROLES)
    findings = []
    named: set[frozenset[float]] = set()  # two outlets' figures once each: one finding
    for lone in lone_figures(members, outcome, _ROLES, confirming=1):
        for other, confirming in lone.confirmed.items():
            if frozenset((lone.value, other)) in named:
                continue
            # one other outlet is enough when three digits or more are swapped («148.5»
            # and «184.5» billion): two-digit pairs (38 and 83) coincide too often
            if (all(c.role == _PART for c in lone.claims)
                    and not any(c.role == _PART for c in confirming)):
                continue  # «منها 128 منزلاً انهارت كلياً» is a part, not a slip of 812 houses
            if ((len({c.article for c in confirming}) >= MIN_CONFIRMING
                 or (len(significant_digits(other)) >= _ONE_TO_ONE_DIGITS
                     and not _listed(lone.claims, members) and not _listed(confirming, members)))
                    and swapped_digits(lone.value, other)
                    and not _grown_to(lone.value, lone.article, other, by_value,
                                      outcome.publications)):
                findings.append(_finding(topic, lone.claims, lone.value, confirming, other))
                named.add(frozenset((lone.value, other)))
                break
    return findings


_PART = "part"  # extract/context.py's role of some of a whole («منها 128 …»)
# An estimate several outlets restate is a figure too («تقديرات … 395 ألف طن»).
_ROLES = (*SAME_KIND_ROLES, "forecast")
# Digits a figure two outlets give once each must have (trailing zeros aside) for a swap
# between them to be named.
_ONE_TO_ONE_DIGITS = 3



def _listed(claims: list[Claim], members: list[Claim]) -> bool:
    """Is one of the claims an item of a list of figures of its kind in its sentence («طب
    الأسنان 381 درجة، والصيدلة 378 درجة، والعلاج الطبيعي 374 درجة»)? Then it is one
    thing's figure among several, and one other outlet's figure with its digits reordered
    is as likely another item's."""
    return any(sum(m.article == c.article and m.sentence == c.sentence and m.id != c.id
                   for m in members) >= _LIST_OTHERS for c in claims)


# Figures of the topic besides a claim in its sentence that make the claim a list item.
_LIST_OTHERS = 2


def _grown_to(value: float, article: str, other: float, by_value: Mapping[float, list[Claim]],
              publications: Mapping[str, Publication]) -> bool:
    """Is `value` the latest point of a series that grew from `other` («16500 طن» arrived,
    then 38,000, then «ما مجموعه 61500 طن»)? A figure between the two, published after the
    first article giving `other` and before `article`, makes it one."""
    latest = publications.get(article)
    if value <= other or latest is None or not latest.known:
        return False
    first = [p for c in by_value[other] if (p := publications.get(c.article)) is not None and p.known]
    return bool(first) and any(
        other < v < value and any(
            (p := publications.get(c.article)) is not None
            and any(f.before(p) for f in first) and p.before(latest) for c in claims)
        for v, claims in by_value.items())


def swapped_digits(a: float, b: float) -> bool:
    """Are a and b the same significant digits in another order (2.74 and 2.47, 612 and
    621, 17420 and 17240), with at least two different digits, at the same scale?"""
    da, db = digits(a), digits(b)
    return (da != db and len(da) >= 2 and sorted(da) == sorted(db) and len(set(da)) > 1
            and 0.1 < a / b < 10)


def significant_digits(x: float) -> str:
    """The digits that carry a figure, its trailing zeros aside: 150,000 → «15»."""
    return digits(x).rstrip("0")


def digits(x: float) -> str:
    """The significant digits of a figure, as written: 2.74 → «274»."""
    text = f"{float(f'{x:.12g}'):.6f}".rstrip("0").rstrip(".")
    return "".join(ch for ch in text if ch.isdigit()).lstrip("0")


def _finding(topic: Topic, claims: list[Claim], value: float, confirming: list[Claim],
             other: float) -> Finding:
    lead = claims[0]
    others = sorted(confirming, key=lambda c: (c.article, c.span.start))
    n = len({c.article for c in others})
    said = (f"{lead.article} gives {figure_text(value)} (line {lead.span.line}: "
            f"«{lead.text.strip()}»)")
    if n == 1:
        message = (f"{said} where {others[0].article} gives {figure_text(other)} "
                   f"({where(others)}): the same digits in another order, one of the two a "
                   f"likely slip.")
    else:
        message = (f"{said} where {n} other sources give {figure_text(other)} "
                   f"({where(others)}): the same digits in another order, a likely slip.")
    return finding(CHECK, CHECK.default_severity, topic, [*claims, *others], message,
                   primary=lead)


CHECK = Check(id="transposed-digits", name="TransposedDigits", default_severity=Severity.WARNING,
              status=CheckStatus.PREVIEW, scope=Scope.SOURCES, doc=__doc__, run=run)
