"""When was each article published? Stated, inferred from its text, or unknown — with the basis.

A running tally (a death toll) can only be told from a conflict in publication order, so
every article gets a `Publication`: a day, a window of days, or unknown, and the words it
was read from. Strongest evidence first:

1. front matter `published`;
2. the article's own "today" (extract's reference: «اليوم الاثنين 6 فبراير 2023»);
3. pieces the text gives, combined: the current month («6 من شباط الجاري»), today's weekday
   («فجر اليوم الاثنين», «أمس الجمعة» → Saturday), and how long ago a dated event was
   («قبل نحو 20 يوما» after «في 6 شباط»); a year the text omits is taken from the other
   articles when they date the same day-and-month in exactly one year.

Nothing is guessed beyond that: no URL dates (outlets reuse old URLs), never today's date.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Iterable, Mapping

from factcheck.extract.article import Extraction
from factcheck.model import Claim


@dataclass(frozen=True)
class Publication:
    earliest: dt.date | None  # None: unknown
    latest: dt.date | None
    basis: str

    @property
    def known(self) -> bool:
        return self.earliest is not None

    def before(self, other: "Publication") -> bool:
        """Certainly published earlier than `other` (windows do not overlap)."""
        return (self.known and other.known and self.latest < other.earliest)  # type: ignore[operator]

    def describe(self) -> str:
        if not self.known:
            return "unknown"
        if self.earliest == self.latest:
            return self.earliest.isoformat()
        return f"{self.earliest.isoformat()}..{self.latest.isoformat()}"


UNKNOWN = Publication(None, None, "unknown: no date in the front matter or the text")

def infer_publications(extractions: Iterable[Extraction]) -> dict[str, Publication]:
    extractions = list(extractions)
    corpus_years = _corpus_years(extractions)
    return {e.article.id: _publication(e, corpus_years) for e in extractions}


def _corpus_years(extractions: list[Extraction]) -> dict[tuple[int, int], set[int]]:
    """(month, day) → the years the corpus gives that day in: a story's key dates."""
    years: dict[tuple[int, int], set[int]] = defaultdict(set)
    for e in extractions:
        for claim in e.claims:
            v = claim.value
            if claim.kind == "date" and v.year and v.month and v.day and not v.relative:
                years[(v.month, v.day)].add(v.year)
    return years


def _from_iso(text: str) -> Publication | None:
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return Publication(day, day, "front matter")
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        return Publication(first, _month_end(first), "front matter (month only)")
    return Publication(dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31), "front matter (year only)")


def _month_end(first: dt.date) -> dt.date:
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def _publication(e: Extraction, corpus_years: dict[tuple[int, int], set[int]]) -> Publication:
    if e.article.published:
        return _from_iso(e.article.published)
    ref = e.reference
    if ref.year and ref.month and ref.day:
        day = dt.date(ref.year, ref.month, ref.day)
        return Publication(day, day, f"text: {ref.basis}")

    clues = e.clues
    reasons: list[str] = []
    # (month, day, year or None); None years sort first, so the order is total.
    dated = sorted({(c.value.month, c.value.day, c.value.year) for c in e.claims
                    if c.kind == "date" and c.value.month and c.value.day},
                   key=lambda d: (d[0], d[1], d[2] or 0))
    year = ref.year
    if year is None:
        # Only yearless dates borrow: a year the text gives is about its event, which may be
        # long past («منذ زلزال 1999»), and the text's own "today" already had its chance.
        borrowed = {y for (m, d, own) in dated if own is None for y in corpus_years.get((m, d), ())}
        if len(borrowed) == 1:
            year = borrowed.pop()
            reasons.append(f"year {year} from the dates it shares with other articles")
    month = ref.month
    if month:
        reasons.append(f"current month from {ref.basis.split(':', 1)[-1].strip()}")

    weekday = clues.weekday
    if weekday is not None:
        reasons.append(clues.weekday_basis)

    window = None
    if clues.days_ago is not None and len({(m, d) for m, d, _ in dated}) == 1 and (
            year or dated[0][2]):
        m, d, own_year = dated[0]
        days, slack, words = clues.days_ago, clues.days_ago_slack, clues.days_ago_words
        try:
            event = dt.date(own_year or year, m, d)
            window = (event + dt.timedelta(days=days - slack),
                      event + dt.timedelta(days=days + slack))
        except (ValueError, OverflowError):  # 29 February of a common year; past year 9999
            window = None
        if window is not None:
            year = year or own_year
            reasons.append(f"«{words}» after {event.isoformat()}")

    if year is None:
        return UNKNOWN if not reasons else Publication(None, None, "unknown: " + "; ".join(reasons))
    if window is None and month is None:
        return Publication(None, None, "unknown: " + "; ".join(reasons) if reasons else UNKNOWN.basis)
    if month is not None:
        lo = dt.date(year, month, 1)
        hi = _month_end(lo)
        if window:
            lo, hi = max(lo, window[0]), min(hi, window[1])
    else:
        lo, hi = window  # type: ignore[misc]
    if weekday is not None:
        days = [lo + dt.timedelta(days=i) for i in range((hi - lo).days + 1)]
        matching = [d for d in days if d.weekday() == weekday]
        if matching:
            lo, hi = matching[0], matching[-1]
    if lo > hi:
        return Publication(None, None, "unknown: the text's clues disagree (" + "; ".join(reasons) + ")")
    return Publication(lo, hi, "inferred: " + "; ".join(reasons))


def with_years_from_publication(claims: Iterable[Claim],
                                publications: Mapping[str, Publication]) -> list[Claim]:
    """"6 فبراير" in an article published in February 2023 is 6 February 2023: news gives
    the year only when it is not the current one. The year chosen puts the date nearest
    the publication date; dates more than half a year away stay yearless."""
    out: list[Claim] = []
    for claim in claims:
        value = claim.value
        pub = publications.get(claim.article)
        if (claim.kind == "date" and value.year is None and value.month is not None
                and pub is not None and pub.known):
            year = _nearest_year(value.month, value.day or 1, pub)
            if year is not None:
                note = "year from the publication date"
                claim = replace(claim, value=replace(value, year=year),
                                note=f"{claim.note}; {note}" if claim.note else note)
        out.append(claim)
    return out


def _nearest_year(month: int, day: int, pub: Publication) -> int | None:
    middle = pub.earliest + (pub.latest - pub.earliest) / 2  # type: ignore[operator]
    best = None
    for year in (middle.year - 1, middle.year, middle.year + 1):
        try:
            distance = abs((dt.date(year, month, day) - middle).days)
        except ValueError:  # 29 February of a common year
            continue
        if distance <= 183 and (best is None or distance < best[0]):
            best = (distance, year)
    return best[1] if best else None
