"""When was each article published? Stated, inferred from its text, or unknown — with the basis.

A running tally (a death toll) can only be told from a conflict in publication order, so
every article gets a `Publication`: a day, a window of days, or unknown, and the words it
was read from. Strongest evidence first:

1. front matter `published`;
2. the article's own "today" (extract's reference: «اليوم الاثنين 6 فبراير 2023»);
3. pieces the text gives, combined: the current month («6 من شباط الجاري»), today's weekday
   («فجر اليوم الاثنين», «أمس الجمعة» → Saturday), and how long ago a dated event was
   («قبل نحو 20 يوما» after «في 6 شباط»); a year the text omits is taken from the other
   articles when they date the same day-and-month in exactly one year;
4. once stories are known, today's weekday alone («أعلنت السلطات، اليوم الجمعة») in a story
   whose other articles were published within a week: the one such day of those days
   (within_the_story_days).

Nothing is guessed beyond that: no URL dates (outlets reuse old URLs), never today's date.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Iterable, Mapping

from factcheck.extract.article import PAST_EVENT_DAYS, Extraction
from factcheck.extract.clauses import figure_end, figure_start
from factcheck.extract.dates import resolve_on
from factcheck.lexicon.time_words import TODAY_WORDS
from factcheck.model import Claim, DateValue, Story, TimeFrame


@dataclass(frozen=True)
class Publication:
    earliest: dt.date | None  # None: unknown
    latest: dt.date | None
    basis: str
    # «في مثل هذا اليوم من العام الماضي»: the day a year back that the article marks; its
    # yearless «8 سبتمبر» is that day, not the publication's year.
    anniversary_of: dt.date | None = None
    # The year the text dates it in, when no month is known (then earliest is None).
    year: int | None = None

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

    def time_frame(self) -> TimeFrame | None:
        """The years it was written in, as an article's time frame: its window's, else the
        year alone the text dates it in; None when neither is known."""
        if self.known:
            return TimeFrame(self.earliest.year, self.latest.year,  # type: ignore[union-attr]
                             f"publication {self.basis}")
        if self.year is not None:
            return TimeFrame(self.year, self.year,
                             "publication year: " + self.basis.removeprefix(_UNKNOWN_PREFIX))
        return None


_UNKNOWN_PREFIX = "unknown: "  # how the basis of a publication of no known day starts
UNKNOWN = Publication(None, None, _UNKNOWN_PREFIX + "no date in the front matter or the text")

def infer_publications(extractions: Iterable[Extraction]) -> dict[str, Publication]:
    extractions = list(extractions)
    corpus_years = _corpus_years(extractions)
    return {e.article.id: _publication(e, corpus_years) for e in extractions}


class _CorpusYears(dict):
    """(month, day) → the years the corpus gives that day in; `published`: the years its
    articles' front matter dates them in (the archive's years)."""

    published: frozenset[int] = frozenset()


def _corpus_years(extractions: list[Extraction]) -> _CorpusYears:
    """(month, day) → the years the corpus gives that day in: a story's key dates."""
    years = _CorpusYears()
    for e in extractions:
        for claim in e.claims:
            v = claim.value
            if claim.kind == "date" and v.year and v.month and v.day and not v.relative:
                years.setdefault((v.month, v.day), set()).add(v.year)
    years.published = frozenset(int(e.article.published[:4]) for e in extractions
                                if e.article.published and e.article.published[:4].isdigit())
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

    for rule in (_same_weekday, _anniversary, _yesterdays_event):
        found = rule(e, corpus_years)
        if found is not None:
            return found

    clues = e.clues
    reasons: list[str] = []
    # (month, day, year or None); None years sort first, so the order is total.
    dated = sorted({(c.value.month, c.value.day, c.value.year) for c in e.claims
                    if c.kind == "date" and c.value.month and c.value.day},
                   key=lambda d: (d[0], d[1], d[2] or 0))
    year = ref.year
    if year is not None:
        reasons.append(f"year {year} from {ref.basis}")
    else:
        # Only yearless dates borrow: a year the text gives is about its event, which may be
        # long past («منذ زلزال 1999»), and the text's own "today" already had its chance.
        # … and only into a year where the weekday the text gives it falls on that day
        # («السبت 12 نيسان الجاري» does not borrow 2026 from «الدورة التاسعة ستقام يوم الأحد
        # 12 أبريل 2026»: 12 April 2026 is a Sunday).
        weekdays: dict[tuple[int, int], set[int]] = {}
        for c in e.claims:
            v = c.value
            if (c.kind == "date" and isinstance(v, DateValue) and v.month and v.day
                    and v.year is None and v.weekday is not None):
                weekdays.setdefault((v.month, v.day), set()).add(v.weekday)
        borrowed = {y for (m, d, own) in dated if own is None for y in corpus_years.get((m, d), ())
                    if all(_weekday_of(y, m, d) == w for w in weekdays.get((m, d), ()))}
        if len(borrowed) == 1:
            year = borrowed.pop()
            reasons.append(f"year {year} from the dates it shares with other articles")
        elif weekdays:
            # «السبت 12 نيسان الجاري» in an archive published in 2025: the one year of the
            # archive's in which each such day falls on the weekday the text gives it
            fitting = {y for y in corpus_years.published
                       if all(_weekday_of(y, m, d) == w
                              for (m, d), named in weekdays.items() for w in named)}
            if len(fitting) == 1:
                year = fitting.pop()
                reasons.append(f"year {year}: the archive's year in which its days fall on "
                               "the weekdays it gives them")
    month = ref.month
    if month:
        reasons.append(f"current month from {ref.basis.split(':', 1)[-1].strip()}")
        if year is None:
            # «العشرين من مارس الجاري» beside «السادس من مارس 2024»: the text's own March.
            year = _year_of_current_month(e, month)
            if year is not None:
                reasons.append(f"year {year} from the text's dates in that month")

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
        return UNKNOWN if not reasons else Publication(None, None,
                                                       _UNKNOWN_PREFIX + "; ".join(reasons))
    if window is None and month is None:
        # the year alone («يوم الاثنين 20 أكتوبر» in the archive's one year where that is a
        # Monday): too wide to date «الشهر الماضي» by, enough to tell the article's years
        return Publication(None, None, _UNKNOWN_PREFIX + "; ".join(reasons), year=year)
    if month is not None:
        lo = dt.date(year, month, 1)
        hi = _month_end(lo)
        if window:
            lo, hi = max(lo, window[0]), min(hi, window[1])
    else:
        lo, hi = window  # type: ignore[misc]
    past = _latest_past_day(e, year)
    if past is not None and past[0] > lo:
        lo = past[0]
        reasons.append(f"on or after «{past[1]}», reported in the past tense")
    if weekday is not None and lo <= hi:
        days = [lo + dt.timedelta(days=i) for i in range((hi - lo).days + 1)]
        matching = [d for d in days if d.weekday() == weekday]
        if matching:
            lo, hi = matching[0], matching[-1]
    if lo > hi:
        return Publication(None, None, "unknown: the text's clues disagree (" + "; ".join(reasons) + ")")
    return Publication(lo, hi, "inferred: " + "; ".join(reasons))


def _days(e: Extraction, stated_weekday: int | None = None, relative: bool = False):
    """(month, day, year or None, quote) of the dates the article gives to the day."""
    for c in e.claims:
        v = c.value
        if (c.kind == "date" and isinstance(v, DateValue) and v.month and v.day
                and (relative or not v.relative)
                and (stated_weekday is None or v.weekday == stated_weekday)):
            yield v.month, v.day, v.year, c.text


def _text_years(e: Extraction) -> set[int]:
    return {c.value.year for c in e.claims if c.kind == "date" and isinstance(c.value, DateValue)
            and not c.value.relative and c.value.year}


def _candidate_years(e: Extraction, month: int, day: int, own: set[int],
                     corpus_years: dict[tuple[int, int], set[int]]) -> set[int]:
    """The years a day-month of the article may be in: its own, the text's "today", or
    those the text and the corpus give."""
    if own:
        return own
    if e.reference.year:
        return {e.reference.year}
    return corpus_years.get((month, day), set()) | _text_years(e)


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def _one_day(month: int, day: int, years: set[int], weekday: int | None,
             shift_years: int = 0, shift_days: int = 0) -> dt.date | None:
    found = set()
    for year in years:
        try:
            date = dt.date(year + shift_years, month, day) + dt.timedelta(days=shift_days)
        except (ValueError, OverflowError):
            continue
        if weekday is None or date.weekday() == weekday:
            found.add(date)
    return found.pop() if len(found) == 1 else None


def _same_weekday(e: Extraction, corpus_years) -> Publication | None:
    """«صباح اليوم السبت» and «صباح يوم السبت 9 شتنبر»: the one day-month the text gives
    today's weekday is today, in the year (its own, the text's or the corpus's) that makes
    it that weekday."""
    weekday = e.clues.weekday
    if weekday is None:
        return None
    days = list(_days(e, stated_weekday=weekday))
    if len({(m, d) for m, d, _, _ in days}) != 1:
        return None
    month, day = days[0][0], days[0][1]
    own = {y for _, _, y, _ in days if y}
    years = _candidate_years(e, month, day, own, corpus_years)
    if not years:
        # «اليوم الأربعاء 10 أفريل» with no year anywhere: the years the other articles are
        # published in, if the weekday fits exactly one of them (10 April 2024, a Wednesday)
        years = set(getattr(corpus_years, "published", ()))
    date = _one_day(month, day, years, weekday)
    if date is None or any(p > date for p in _past_days(e, date.year)):
        return None
    return Publication(date, date, f"inferred: {e.clues.weekday_basis}, and «{days[0][3]}» is "
                       f"the one date the text gives that weekday: {date.isoformat()}")


def _anniversary(e: Extraction, corpus_years) -> Publication | None:
    """«في مثل هذا اليوم من العام الماضي … في 8 شتنبر»: the day the text dates, a year on."""
    years = e.clues.anniversary_years
    if not years:
        return None
    days = list(_days(e, relative=True))
    if len({(m, d) for m, d, _, _ in days}) != 1:
        return None
    month, day = days[0][0], days[0][1]
    own = {y for _, _, y, _ in _days(e) if y}
    event_years = own or corpus_years.get((month, day), set())
    date = _one_day(month, day, event_years, e.clues.weekday, shift_years=years)
    if date is None:
        return None
    event = date.replace(year=date.year - years)
    return Publication(date, date, f"inferred: «{e.clues.anniversary_words}»: {years} year(s) "
                       f"after {event.isoformat()} («{days[0][3]}»)", anniversary_of=event)


_OFFSET_OF_NOTE = {note: offset for offset, note in TODAY_WORDS.values()}


def _yesterdays_event(e: Extraction, corpus_years) -> Publication | None:
    """«اليوم الأربعاء» and «وقع الزلزال أمس» with the quake dated «6 مارس» elsewhere in the
    text: the event's day plus one, when that is today's weekday."""
    weekday = e.clues.weekday
    if weekday is None:
        return None
    found: dict[dt.date, str] = {}
    for rel in e.claims:
        offset = _OFFSET_OF_NOTE.get(rel.note or "")
        if rel.kind != "date" or offset is None or rel.event is None or rel.value.resolved:
            continue
        for c in e.claims:
            v = c.value
            if (c.kind == "date" and c.event == rel.event and not v.relative
                    and v.month and v.day and v.granularity == "day"):
                years = _candidate_years(e, v.month, v.day, {v.year} if v.year else set(),
                                         corpus_years)
                date = _one_day(v.month, v.day, years, weekday, shift_days=-offset)
                if date is not None:
                    found[date] = f"«{rel.text}» is «{c.text}»"
    if len(found) != 1:
        return None
    date, why = found.popitem()
    return Publication(date, date, f"inferred: {e.clues.weekday_basis}, and {why}")


def _past_days(e: Extraction, year: int | None) -> list[dt.date]:
    out = []
    for y, m, d, _ in e.clues.past_days:
        try:
            if y or year:
                out.append(dt.date(y or year, m, d))
        except ValueError:
            continue
    return out


def _latest_past_day(e: Extraction, year: int | None) -> tuple[dt.date, str] | None:
    """The latest day the text reports in the past tense: a report is never older."""
    best = None
    for y, m, d, words in e.clues.past_days:
        try:
            if y or year:
                day = dt.date(y or year, m, d)
                if best is None or day > best[0]:
                    best = (day, words)
        except ValueError:
            continue
    return best


def _year_of_current_month(e: Extraction, month: int) -> int | None:
    years = {c.value.year for c in e.claims if c.kind == "date" and isinstance(c.value, DateValue)
             and not c.value.relative and c.value.month == month and c.value.year}
    if len(years) != 1:
        return None
    year = years.pop()
    # Not a year the text has already left behind.
    return year if all(y <= year for y in _text_years(e)) else None


# An undated article of a story whose other articles were all published within a week was
# published among them: its «اليوم الجمعة» is the one Friday of those days. (Not a day
# before the first or after the last: a follow-up a week later names its own weekday.)
MIN_DATED_IN_STORY = 2


def within_the_story_days(extractions: Iterable[Extraction],
                          publications: Mapping[str, Publication],
                          stories: Iterable[Story]) -> dict[str, Publication]:
    """`publications` with the day of each article known only by today's weekday («أعلنت
    السلطات، اليوم الجمعة») read from its story: the one day of that weekday from the
    first to the last day its story's other articles were published, when those span less
    than a week, and not before a day the article reports in the past tense."""
    by_id = {e.article.id: e for e in extractions}
    out = dict(publications)
    for story in stories:
        known = [publications[a] for a in story.articles
                 if a in publications and publications[a].known]
        if len(known) < MIN_DATED_IN_STORY:
            continue
        lo = min(p.earliest for p in known)  # type: ignore[type-var]
        hi = max(p.latest for p in known)  # type: ignore[type-var]
        if (hi - lo).days >= 7:
            continue  # a weekday falls on two of its days
        for article in story.articles:
            own = publications.get(article)
            e = by_id.get(article)
            if (own is not None and own.known) or e is None or e.clues.weekday is None:
                continue
            day = next((lo + dt.timedelta(days=i) for i in range((hi - lo).days + 1)
                        if (lo + dt.timedelta(days=i)).weekday() == e.clues.weekday), None)
            past = _latest_past_day(e, day.year) if day is not None else None
            if day is None or (past is not None and past[0] > day):
                continue
            out[article] = Publication(day, day, (
                f"inferred: {e.clues.weekday_basis}, the one such day of the days its "
                f"story's other articles were published ({lo.isoformat()}..{hi.isoformat()})"))
    return out


def with_years_from_publication(claims: Iterable[Claim],
                                publications: Mapping[str, Publication]) -> list[Claim]:
    """"6 فبراير" in an article published in February 2023 is 6 February 2023: news gives
    the year only when it is not the current one. The year chosen puts the date nearest
    the publication date; dates more than half a year away stay yearless. «6 فبراير
    الماضي» is the last one strictly before publication, «المقبل» the next one after it.
    On a publication day known only from the corpus, «أمس» and a weekday dated by its
    clause's tense («أفاد … الثلاثاء») get their day too."""
    out: list[Claim] = []
    for claim in claims:
        value = claim.value
        pub = publications.get(claim.article)
        if claim.kind != "date" or pub is None or not pub.known:
            out.append(claim)
            continue
        if value.year is None and value.month is not None:
            year = _year_for(value.month, value.day or 1, pub, claim.note or "")
            note = "year from the publication date"
            if year is not None and value.weekday is not None and value.day is not None:
                by_weekday = _year_its_weekday_names(value.month, value.day, value.weekday,
                                                     year, pub)
                if by_weekday is not None:
                    year, note = by_weekday, "year from its weekday"
            if year is not None:
                claim = replace(claim, value=replace(value, year=year),
                                note=f"{claim.note}; {note}" if claim.note else note)
        elif (value.relative and value.year is None and value.month is None
                and pub.earliest == pub.latest):
            day = resolve_on(claim.note, pub.earliest)  # type: ignore[arg-type]
            if day is not None:
                note = "day from the publication date"
                claim = replace(claim, value=replace(value, year=day.year, month=day.month,
                                                     day=day.day),
                                note=f"{claim.note}; {note}" if claim.note else note)
        out.append(claim)
    return out


def with_past_events(claims: Iterable[Claim], publications: Mapping[str, Publication],
                     undated: frozenset[str] | set[str]) -> list[Claim]:
    """«ويذكّر هذا الحادث بفيضانات عرفها المغرب في شتنبر 2024 …، حين أودت السيول بحياة 18
    شخصا»: extraction tells a figure of an earlier event by a date of its sentence long before
    the article's day. An article whose text gives no year of its own (`undated`) had no day
    then. Its day is known now (publication), or bounded below: news names the weekday of
    a day within its week, so a weekday date, year now read, is at most WEEK_DAYS before it.
    A figure whose sentence's nearest earlier date, written with its year and no other
    figure's own («مقارنة بـ310 وفيات في 2024»), ends PAST_EVENT_DAYS before that is the
    earlier event's."""
    claims = list(claims)
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        if claim.article in undated:
            by_article[claim.article].append(i)
    for article, members in by_article.items():
        today = _at_least(article, [claims[i] for i in members], publications)
        if today is None:
            continue
        members.sort(key=lambda i: claims[i].span.start)
        date, sentence = None, None
        for i in members:
            claim = claims[i]
            if claim.sentence != sentence:
                date, sentence = None, claim.sentence
            if claim.kind == "date":
                date = claim if _written_with_its_year(claim) else None
            elif claim.kind == "quantity":
                if (date is not None and claim.measure and claim.occasion is None
                        and claim.role is None):
                    ends = dt.date.fromisoformat(date.value.bounds()[1])
                    if (today - ends).days > PAST_EVENT_DAYS:
                        claims[i] = replace(claim, occasion=date.value.describe())
                if date is not None and figure_start(date) - figure_end(claim) <= _OWN_DATE_GAP:
                    date = None  # «310 وفيات في 2024»: the date right after a figure is its own
    return claims


# News names the weekday of a day in its own week.
WEEK_DAYS = 7
# Characters between a figure and a date that is its own («310 وفيات في 2024»).
_OWN_DATE_GAP = 12


def _at_least(article: str, claims: list[Claim],
              publications: Mapping[str, Publication]) -> dt.date | None:
    """The earliest the article can have been written: its publication, else a week before
    its latest date that names its weekday."""
    pub = publications.get(article)
    if pub is not None and pub.known:
        return pub.earliest
    days = [v.as_date() for c in claims if c.kind == "date" and isinstance(v := c.value, DateValue)
            and v.weekday is not None and v.as_date() is not None and not v.relative]
    return max(days) - dt.timedelta(days=WEEK_DAYS) if days else None


def _written_with_its_year(claim: Claim) -> bool:
    """A date whose year the text writes: not one read from the weekday (year_inferred), nor
    from the publication (with_years_from_publication says so only in the note)."""
    v = claim.value
    return (isinstance(v, DateValue) and v.year is not None and not v.relative
            and not v.year_inferred and "year from" not in (claim.note or ""))


def with_years_from_weekdays(claims: Iterable[Claim], publications: Mapping[str, Publication],
                             story_of: Mapping[str, str]) -> list[Claim]:
    """In an article whose publication is unknown, a date with its weekday («مساء الأحد 19
    أكتوبر») is in the one year its story's articles are published in that makes it that
    weekday. Once stories are known: a corpus of many years would offer several."""
    story_years: dict[str, set[int]] = defaultdict(set)
    for article, pub in publications.items():
        if pub.known and pub.earliest.year == pub.latest.year:  # type: ignore[union-attr]
            story_years[story_of.get(article, "")].add(pub.earliest.year)  # type: ignore[union-attr]
    out = []
    for claim in claims:
        pub = publications.get(claim.article)
        if claim.kind == "date" and (pub is None or not pub.known):
            claim = _in_the_year_its_weekday_names(
                claim, story_years.get(story_of.get(claim.article, ""), set()))
        out.append(claim)
    return out


def _in_the_year_its_weekday_names(claim: Claim, years: set[int]) -> Claim:
    """The claim dated in the one year of `years` in which its day is its weekday (a
    weekday and a day of the month recur together only every few years)."""
    value = claim.value
    if (value.year is not None or value.relative or value.weekday is None
            or value.month is None or value.day is None):
        return claim
    date = _one_day(value.month, value.day, years, value.weekday)
    if date is None:
        return claim
    note = "year from its weekday, in the years the story is published in"
    return replace(claim, value=replace(value, year=date.year, year_inferred=True),
                   note=f"{claim.note}; {note}" if claim.note else note)


def _year_for(month: int, day: int, pub: Publication, note: str) -> int | None:
    event = pub.anniversary_of
    if event is not None and (event.month, event.day) == (month, day):
        return event.year
    if note.startswith("the last "):  # «الماضي»: strictly before publication
        return _year_around(month, day, pub.earliest, -1)  # type: ignore[arg-type]
    if note.startswith("the next "):  # «المقبل»: strictly after it
        return _year_around(month, day, pub.latest, 1)  # type: ignore[arg-type]
    return _nearest_year(month, day, pub)


def _year_around(month: int, day: int, bound: dt.date, direction: int) -> int | None:
    for year in ((bound.year, bound.year - 1) if direction < 0 else (bound.year, bound.year + 1)):
        try:
            date = dt.date(year, month, day)
        except ValueError:  # 29 February of a common year
            continue
        if (date < bound) if direction < 0 else (date > bound):
            return year
    return None


# A date this many days from publication is the story's own time: its weekday, if wrong,
# is a typo to report, not a sign of another year.
_NEAR_PUBLICATION_DAYS = 30


def _year_its_weekday_names(month: int, day: int, weekday: int, year: int,
                            pub: Publication) -> int | None:
    """«سجلت عطلة عيد الفطر (من الأحد 30 مارس …)» in an annual report of January 2026: the
    nearest 30 March is 2026's, a Monday, but the Sunday it names is 2025's. A yearless date
    months from publication whose weekday fits the year before (within a year of
    publication) and not its nearest one is that year's. Near publication the weekday is
    more likely mistyped, and weekday-mismatch says so; so it is when only a year after
    publication would fit («انطلقت يوم الاثنين 2 شباط» in March 2025 is no February of 2026,
    nor «افتتح … الأربعاء 11 آذار» in April): news does not date a day a year ahead by its
    weekday."""
    middle = _middle(pub)
    try:
        nearest = dt.date(year, month, day)
    except ValueError:
        return None
    if nearest.weekday() == weekday or abs((nearest - middle).days) <= _NEAR_PUBLICATION_DAYS:
        return None
    try:
        date = dt.date(year - 1, month, day)
    except ValueError:
        return None
    if date.weekday() == weekday and abs((date - middle).days) <= 366:
        return year - 1
    return None


def _middle(pub: Publication) -> dt.date:
    """The middle of the days an article may have been published on."""
    return pub.earliest + (pub.latest - pub.earliest) / 2  # type: ignore[operator]


def _nearest_year(month: int, day: int, pub: Publication) -> int | None:
    middle = _middle(pub)
    best = None
    for year in (middle.year - 1, middle.year, middle.year + 1):
        try:
            distance = abs((dt.date(year, month, day) - middle).days)
        except ValueError:  # 29 February of a common year
            continue
        if distance <= 183 and (best is None or distance < best[0]):
            best = (distance, year)
    return best[1] if best else None
