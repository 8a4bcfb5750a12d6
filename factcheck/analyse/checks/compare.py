"""Comparing one topic's claims: the topic's status, and what disagrees.

A topic is compared in one of two ways, and the checks of that scope read the outcome:

- across sources (`compare_sources`): claims of different articles, only where the
  articles' time frames overlap. The outcome lists the conflicting article pairs
  (cross-source-conflict reports them) and the articles of the main time frame
  (different-bodies reads their claims when they agree).
- as a running tally (`compare_tally`): a death toll may only grow with publication time.
  The outcome lists the later reports that count fewer (falling-tally); a tally that
  differs but only rises is `evolving` (evolving-tally).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from factcheck.analyse.checks.base import (MAX_PAIRS_SHOWN, compatible, part_sized, second_round,
                                           stage_of)
from factcheck.analyse.published import Publication
from factcheck.extract.normalize import normalize
from factcheck.lexicon.frames import EARLIER_LEVEL_AFTER, PREVIOUS_PHRASES_BEFORE
from factcheck.lexicon.measures import MEASURES

_ANNOUNCEMENT = "announcement"  # lexicon/events.py's label for «أعلن», «بيان» …
from factcheck.model import Claim, DateValue, Quantity, TimeFrame, Topic, TopicStatus

Pair = tuple[Claim, Claim]


@dataclass(frozen=True, slots=True)
class SourcesOutcome:
    in_frame: set[str]  # articles in the topic's main time frame
    conflicting: list[Pair]  # the first MAX_PAIRS_SHOWN conflicting article pairs
    # the articles' publications (the run's, not only this topic's; empty when unknown)
    publications: Mapping[str, Publication] = field(default_factory=dict)
    # every figure each article gives, in any topic (an article that gives the others'
    # figure anywhere knows it: its own other figure is another fact, not a slip)
    figures_given: Mapping[str, frozenset[float]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TallyOutcome:
    publication: Callable[[str], Publication]  # an article's publication (unknown if none)
    falling: list[Pair]  # (earlier claim, later lower claim)
    same_time: bool  # some differing reports were published in overlapping windows
    # Reports of different articles that give the same moment ("as of 10:00 this morning")
    # different totals: the toll cannot be both.
    same_moment: list[Pair] = ()
    # Reports of different articles that relay the same update (the same death toll beside
    # them, Claim.reported_with) with figures that cannot both hold.
    same_update: list[Pair] = ()


# ---------------------------------------------------------------- across sources


def _frames_overlap(x: TimeFrame | None, y: TimeFrame | None) -> bool:
    return x is None or y is None or x.overlaps(y)


def _years_only(frame: TimeFrame | None) -> TimeFrame | None:
    """The frame without its wording: frames of the same years block together."""
    return None if frame is None else TimeFrame(frame.start, frame.end, "")


def compare_sources(topic: Topic, members: list[Claim], frames: Mapping[str, TimeFrame | None],
                    publications: Mapping[str, Publication] | None = None,
                    figures_given: Mapping[str, frozenset[float]] | None = None
                    ) -> tuple[Topic, SourcesOutcome]:
    articles = sorted({c.article for c in members})
    if len(articles) < 2:
        return replace(topic, status=TopicStatus.SINGLE_SOURCE), SourcesOutcome(set(), [])

    # The topic's main time frame: the article frame that overlaps most of the others.
    # Articles are blocked by their frame's years first, so this costs frames², not
    # articles² (and a frame's wording never splits a block).
    frames = {a: frames.get(a) for a in articles}  # this topic's frames, looked up once
    by_years: dict[TimeFrame | None, list[str]] = defaultdict(list)
    years_of: dict[TimeFrame | None, TimeFrame | None] = {}  # each distinct frame made wordless once
    for article in articles:
        frame = frames[article]
        if frame not in years_of:
            years_of[frame] = _years_only(frame)
        by_years[years_of[frame]].append(article)

    def overlapping(years: TimeFrame | None) -> int:
        return sum(len(arts) for other, arts in by_years.items() if _frames_overlap(years, other))

    # An article of unknown years overlaps every frame, so it never chooses the topic's
    # frame: it joins the one the articles that know their years make.
    known = [y for y in by_years if y is not None] or list(by_years)
    pivot = max(known, key=lambda y: (overlapping(y), max(by_years[y])))
    in_frame = {a for y, arts in by_years.items() if _frames_overlap(pivot, y) for a in arts}
    other_frame = tuple(c.id for c in members if c.article not in in_frame)

    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for claim in members:
        claims_of[claim.article].append(claim)
    compared = any(_frames_overlap(y, z) and (y != z or len(arts) > 1)
                   for y, arts in by_years.items() for z in by_years)
    conflicting: list[Pair] = []
    if compared and not _all_compatible(members, topic.tolerance):
        # Only articles of the topic's frame are compared: one of unknown years must not
        # link two frames that do not overlap (a 2021 report and a 2025 one).
        conflicting = _conflicting_pairs([a for a in articles if a in in_frame], claims_of,
                                         frames, topic.tolerance)
        conflicting = [pair for pair in conflicting
                       if not _read_after_the_other(*pair, publications or {})]

    if conflicting:
        status = TopicStatus.CONFLICT
    elif compared:
        status = TopicStatus.CONSISTENT
    else:
        status = TopicStatus.OTHER_TIME_FRAME
    topic = replace(topic, status=status, other_frame=other_frame)
    return topic, SourcesOutcome(in_frame, conflicting, publications or {}, figures_given or {})


def _conflicting_pairs(articles: list[str], claims_of: Mapping[str, list[Claim]],
                       frames: Mapping[str, TimeFrame | None], tolerance: float) -> list[Pair]:
    """The first MAX_PAIRS_SHOWN conflicting article pairs, in article order.

    Two articles can only conflict if one states a value below everything the other
    allows, or above: an article whose lowest ceiling is under another's highest floor.
    Sorting articles by those bounds lists each article's possible partners directly, so
    a topic where almost everyone agrees costs n log n instead of n². Values without
    calendar bounds (a date with no year) fall back to trying every pair.
    """
    rank = {a: i for i, a in enumerate(articles)}
    intervals = {a: [_interval(c.value, tolerance) for c in claims_of[a]] for a in articles}
    if any(iv is None for ivs in intervals.values() for iv in ivs):
        def partners(article: str) -> Iterable[str]:
            return articles[rank[article] + 1:]
    else:
        floor = {a: max(lo for lo, _ in ivs) for a, ivs in intervals.items()}
        ceiling = {a: min(hi for _, hi in ivs) for a, ivs in intervals.items()}
        by_ceiling = sorted(articles, key=lambda a: ceiling[a])
        ceilings = [ceiling[a] for a in by_ceiling]
        by_floor = sorted(articles, key=lambda a: floor[a])
        floors = [floor[a] for a in by_floor]

        def partners(article: str) -> Iterable[str]:
            below = by_ceiling[:bisect.bisect_left(ceilings, floor[article])]
            above = by_floor[bisect.bisect_right(floors, ceiling[article]):]
            mine = rank[article]
            return sorted({b for b in below + above if rank[b] > mine}, key=rank.__getitem__)

    pairs: list[Pair] = []
    for a_art in articles:
        for b_art in partners(a_art):
            if not _frames_overlap(frames.get(a_art), frames.get(b_art)):
                continue
            pair = _article_conflict(claims_of[a_art], claims_of[b_art], tolerance)
            if pair:
                pairs.append(pair)
                if len(pairs) >= MAX_PAIRS_SHOWN:
                    return pairs
    return pairs


def _interval(value: Quantity | DateValue, tolerance: float) -> tuple[float, float] | None:
    """Bounds outside which no compatible value lies, or None when there are none to give
    (a date with no year, or an impossible one: only its components can be compared)."""
    if isinstance(value, Quantity):
        return value._widened(tolerance)
    if value.year is None:
        return None
    try:
        start, end = (dt.date.fromisoformat(iso) for iso in value.bounds())
    except ValueError:
        return None
    return start.toordinal() - tolerance, end.toordinal() + tolerance


def _all_compatible(claims: list[Claim], tolerance: float) -> bool:
    """Can every claim hold at once? For quantities, intervals that pairwise overlap share a
    point (Helly, in one dimension), so one pass over the widened bounds answers it."""
    if not all(isinstance(c.value, Quantity) for c in claims):
        return False  # dates: let the pairwise comparison decide
    lows, highs = zip(*(c.value._widened(tolerance) for c in claims))
    return max(lows) <= min(highs)


def _article_conflict(mine: list[Claim], theirs: list[Claim], tolerance: float) -> Pair | None:
    """Two articles conflict on a topic when one states a value the other rules out entirely.

    A claim counts only if it fits none of the other article's values, in both directions:
    an article that mentions two dates (two phases of a plan) does not conflict with one
    that mentions only one of them.
    """
    lonely_mine = [a for a in mine if not any(may_hold(a, b, tolerance) for b in theirs)]
    lonely_theirs = [b for b in theirs if not any(may_hold(a, b, tolerance) for a in mine)]
    if not (lonely_mine and lonely_theirs):
        # A weekday the article does not place in the calendar («أمس الاثنين» with no
        # publication day) fits every Monday: it cannot vouch for a dated day.
        lonely_mine = [a for a in mine if _dated(a) and not any(
            may_hold(a, b, tolerance) for b in theirs if _in_calendar(b))]
        lonely_theirs = [b for b in theirs if _dated(b) and not any(
            may_hold(a, b, tolerance) for a in mine if _in_calendar(a))]
    if lonely_mine and lonely_theirs:
        return lonely_mine[0], lonely_theirs[0]
    return None


# Two dates of one announcement this many days apart at most are one announcement misdated.
MISDATED_DAYS = 2


def _days_apart_at_most(a: Claim, b: Claim, days: int) -> bool:
    """Are the two dates known to the day and at most `days` apart?"""
    x, y = a.value.as_date(), b.value.as_date()
    return x is not None and y is not None and abs((x - y).days) <= days


def _in_calendar(claim: Claim) -> bool:
    """A figure, or a date with its year or month known (not a bare weekday)."""
    return claim.kind != "date" or claim.value.month is not None or claim.value.year is not None


def _dated(claim: Claim) -> bool:
    """A date with its year known."""
    return claim.kind == "date" and claim.value.year is not None


def may_hold(a: Claim, b: Claim, tolerance: float) -> bool:
    """Compatible, or not the same thing: the day provisional results came and the day the
    final ones did («أعلنت … اليوم النتائج الأولية», «… النتائج النهائية») are two events,
    whatever event word their sentences share. A figure's stages are compared, and
    reported as such (base.stage_note)."""
    if compatible(a, b, tolerance):
        return True
    if a.kind == "quantity" and a.as_of != b.as_of and (
            _at_an_hour(a) or _at_an_hour(b) or (_on_a_day(a) and _on_a_day(b))):
        # «11,7% إلى حدود الساعة الواحدة», «18.9% حتى الساعة الرابعة», the day's close: a
        # level read at different moments of the day (running counts are compare_tally's);
        # a temperature of Wednesday and one of Saturday, each day named in its sentence
        return True
    if a.kind == "quantity" and (_writes_as_earlier(a.sentence, b.text)
                                   or _writes_as_earlier(b.sentence, a.text)):
        # «ترتفع القيمة السوقية إلى 8.19 مليار ريال، مقارنة بـ6.3 مليار ريال عند سعر
        # الطرح»: an article that gives the other's figure as the earlier level of its own
        # knows both: two moments, not a disagreement
        return True
    if a.kind != "date":
        return False
    if second_round(a) != second_round(b):
        return True  # a vote's first round and its run-off («الدور الثاني») are two days
    if a.event == b.event == _ANNOUNCEMENT and (a.value.relative or b.value.relative):
        # «أعلنت الوزارة اليوم …» in each of two articles: each reports its own day's
        # announcement; a story has many, and «today» names none in particular. Against a
        # dated day a day or two off («يوم الاثنين 20 أكتوبر» for «اليوم الأحد»), it is the
        # same announcement misdated; a week off, another one.
        both_relative = a.value.relative and b.value.relative
        if both_relative or not _days_apart_at_most(a, b, MISDATED_DAYS):
            return True
    stages = {stage_of(a), stage_of(b)}
    return len(stages) == 2 and None not in stages


@lru_cache(maxsize=1 << 14)
def _writes_as_earlier(sentence: str, figure: str) -> bool:
    """Does the sentence give the figure, as written («6.3 مليار ريال»), as an earlier level
    («مقارنة بـ6.3 مليار», «بعد أن كانت 6.3»), not inside another number («15%» does not
    write «5%»)? Cached: one sentence is read against each figure it is compared with."""
    text = normalize(" ".join(figure.split())).text
    norm = normalize(" ".join(sentence.split())).text
    for m in re.finditer(rf"(?<![\d.,٫]){re.escape(text)}", norm) if text else ():
        before = norm[max(0, m.start() - _EARLIER_REACH):m.start()]
        if any(cue in before for cue in _EARLIER_CUES):
            return True
    return False


# The words that give a level as an earlier one, and how far before it they are read.
_EARLIER_CUES = tuple(normalize(w).text for w in (*EARLIER_LEVEL_AFTER, *PREVIOUS_PHRASES_BEFORE))
_EARLIER_REACH = 16


def _read_after_the_other(a: Claim, b: Claim, publications: Mapping[str, Publication]) -> bool:
    """Is one a daily reading of a day its sentence names («ليسجل 47.40 ديناراً في تعاملات
    اليوم», as_of "on 2025-11-20") after the other's article was published? Then the other
    gave an earlier day's price, not a different one for the same day."""
    for mine, theirs in ((a, b), (b, a)):
        if not _on_a_day(mine) or _on_a_day(theirs):
            continue
        try:
            day = dt.date.fromisoformat((mine.as_of or "").split()[-1])
        except ValueError:
            continue
        pub = publications.get(theirs.article)
        if pub is not None and pub.known and pub.latest < day:  # type: ignore[operator]
            return True
    return False


def _on_a_day(claim: Claim) -> bool:
    """A daily reading whose sentence names its day (Claim.as_of "on 2025-07-16")."""
    return (claim.as_of or "").startswith("on ")


def _at_an_hour(claim: Claim) -> bool:
    """Given «حتى الساعة الرابعة»: a reading up to that hour (Claim.as_of "today 16:00")."""
    return ":" in (claim.as_of or "")


@dataclass(frozen=True, slots=True)
class LoneFigure:
    """A figure only one article gives in a topic, beside figures several others agree on."""
    value: float
    article: str
    claims: list[Claim]  # the article's claims of that value
    # the values two or more other articles give (the lone article gives none of them),
    # smallest first, with their claims
    confirmed: dict[float, list[Claim]]


# Figures of these roles are the fact itself (a part of it, or a rate «يوميا»); forecasts,
# offers, earlier levels and the like are other facts beside it.
SAME_KIND_ROLES = (None, "part", "rate")
# Years are compared as dates, and a bare year beside a figure is no figure of its kind.
_YEARS = range(1900, 2101)
# A figure this many other sources give is a confirmed one.
MIN_CONFIRMING = 2


def exact_figures(members: list[Claim], outcome: SourcesOutcome,
                  roles: tuple[str | None, ...] = SAME_KIND_ROLES) -> dict[float, list[Claim]]:
    """The topic's exact figures of the fact itself (of `roles`) in its main time frame, by
    value."""
    by_value: dict[float, list[Claim]] = defaultdict(list)
    for claim in members:
        v = claim.value
        if (isinstance(v, Quantity) and v.min is not None and v.min == v.max
                and claim.role in roles
                and not (float(v.min).is_integer() and int(v.min) in _YEARS)
                and (not outcome.in_frame or claim.article in outcome.in_frame)):
            by_value[v.min].append(claim)
    return by_value


def lone_figures(members: list[Claim], outcome: SourcesOutcome,
                 roles: tuple[str | None, ...] = SAME_KIND_ROLES,
                 confirming: int = MIN_CONFIRMING) -> list[LoneFigure]:
    """The figures of one article that `confirming` or more other articles contradict with
    one figure they share (the checks of bare counted-noun topics read them: a figure
    several outlets agree on is the fact, one outlet's other figure the likely slip)."""
    by_value = exact_figures(members, outcome, roles)
    articles_of = {value: {c.article for c in claims} for value, claims in by_value.items()}
    # an article that gives the others' figure itself, in any role («ورفع الأسطول من 31
    # طائرة حاليا إلى 44»), knows it: its other figure is another fact, not a slip
    given_by: dict[float, set[str]] = defaultdict(set)
    for claim in members:
        if isinstance(claim.value, Quantity) and claim.value.min is not None:
            given_by[claim.value.min].add(claim.article)
    lone = []
    for value, claims in sorted(by_value.items()):
        if len(articles_of[value]) != 1:
            continue
        (article,) = articles_of[value]
        confirmed = {other: by_value[other] for other in sorted(by_value)
                     if len(articles_of[other]) >= confirming
                     and article not in given_by[other]}
        if confirmed:
            lone.append(LoneFigure(value, article, claims, confirmed))
    return lone


# ---------------------------------------------------------------- running tallies


_UNKNOWN = Publication(None, None, "unknown")
_NO_BOUND = float("inf")


def compare_tally(topic: Topic, members: list[Claim],
                  publications: Mapping[str, Publication]) -> tuple[Topic, TallyOutcome]:
    """A running total (a death toll) may only grow with publication time.

    A later article with a LOWER figure than an earlier one is a conflict. Figures that
    differ but rise with time are an update (`evolving`). Where publication times are
    unknown or the same day, the order cannot be told (`same_time`, and the evolving-tally
    finding names the articles without a time). Articles are swept in publication order,
    so a topic of n articles costs n log n, not n².
    """
    articles = sorted({c.article for c in members})
    # Each article's publication, looked up once in the corpus-wide mapping: the sweep below
    # asks for it several times, and a dict of this topic's articles is cheaper to ask.
    mine = {a: publications.get(a, _UNKNOWN) for a in articles}

    def pub(article: str) -> Publication:
        return mine.get(article, _UNKNOWN)

    if len(articles) < 2:
        return replace(topic, status=TopicStatus.SINGLE_SOURCE), TallyOutcome(pub, [], False)
    if _all_compatible(members, topic.tolerance):
        return replace(topic, status=TopicStatus.CONSISTENT), TallyOutcome(pub, [], False)

    # For each article: its highest lower bound (what it says at least) and its lowest upper
    # bound (what it says at most), widened by the topic's tolerance and "about". A vague
    # amount («عشرات») bounds nothing: it never rises above or falls below a count.
    bounds = {c.id: (-_NO_BOUND, _NO_BOUND) if c.value.vague
              else c.value._widened(topic.tolerance) for c in members}
    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for claim in members:
        claims_of[claim.article].append(claim)
    strongest = {a: max(cs, key=lambda c: bounds[c.id][0]) for a, cs in claims_of.items()}
    known = sorted((a for a in articles if pub(a).known), key=lambda a: pub(a).latest)
    spec = MEASURES.get(topic.measure) if topic.measure else None
    # The missing are found: a lower later count of them is an update, not a fall.
    may_fall = spec is not None and spec.may_fall
    falling: list[Pair] = []
    best: Claim | None = None  # the strongest claim among articles certainly published earlier
    released = 0
    for later in sorted(known if not may_fall else (), key=lambda a: pub(a).earliest):
        earliest = pub(later).earliest
        while released < len(known) and pub(known[released]).latest < earliest:
            candidate = strongest[known[released]]
            if best is None or bounds[candidate.id][0] > bounds[best.id][0]:
                best = candidate
            released += 1
        if best is None:
            continue
        # The article's lowest figure that is not a part of the earlier one («بين 12 و18
        # شخصا» beside «568 حالة» is a part; the 568 is what may have fallen).
        low = min((c for c in claims_of[later] if not part_sized(c, best)),
                  key=lambda c: bounds[c.id][1], default=None)
        if low is not None and bounds[low.id][1] < bounds[best.id][0]:
            falling.append((best, low))
    same_moment = _same_moment_pairs(members, pub, topic.tolerance)
    same_update = _clashes_by(members, lambda c: _update_of(c, pub), topic.tolerance)
    if falling or same_moment or same_update:
        return replace(topic, status=TopicStatus.CONFLICT), TallyOutcome(
            pub, falling, False, same_moment, same_update)
    windows = sorted((pub(a).earliest, pub(a).latest) for a in known)
    same_time = any(b[0] <= a[1] for a, b in zip(windows, windows[1:]))
    return replace(topic, status=TopicStatus.EVOLVING), TallyOutcome(pub, [], same_time)


def moment(claim: Claim, pub: Callable[[str], Publication]) -> tuple[dt.date, str] | None:
    """The day and hour a running figure is given for (Claim.as_of), on its article's
    publication day: None when the figure states no moment or the day is not one day."""
    if not claim.as_of:
        return None
    publication = pub(claim.article)
    if not publication.known or publication.earliest != publication.latest:
        return None
    day_word, _, hour = claim.as_of.partition(" ")
    day = publication.earliest
    if day_word == "yesterday":
        day -= dt.timedelta(days=1)
    elif day_word.startswith("wd"):
        day -= dt.timedelta(days=(day.weekday() - int(day_word[2:])) % 7)
    return day, hour


def _same_moment_pairs(members: list[Claim], pub: Callable[[str], Publication],
                       tolerance: float) -> list[Pair]:
    """Figures of different articles for one stated moment that cannot both hold."""
    return _clashes_by(members, lambda claim: moment(claim, pub), tolerance)


# A headline toll under this may stand unchanged for days (three dead, and still three): beside
# it, figures of different days differ by right. A larger one («1236 حالة», «2100 قتيل»)
# repeated on another day is the same update relayed.
STANDING_TOLL_BELOW = 100
_FIRST_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _update_of(claim: Claim, pub: Callable[[str], Publication]) -> Hashable | None:
    """The update a figure was relayed with (Claim.reported_with), keyed by its publication
    day when the headline toll is small enough to stand for days."""
    if not claim.reported_with:
        return None
    # The headline as Quantity.describe wrote it («2,100», «~2,100», «≥1,000», «200–999»):
    # its first number is its lower bound.
    number = _FIRST_NUMBER.search(claim.reported_with.partition(" ")[2])
    if number is not None and float(number.group().replace(",", "")) >= STANDING_TOLL_BELOW:
        return claim.reported_with
    publication = pub(claim.article)
    if not publication.known or publication.earliest != publication.latest:
        return None  # a small toll on an unknown day ties nothing
    return claim.reported_with, publication.earliest


def _clashes_by(members: list[Claim], occasion_of: Callable[[Claim], Hashable | None],
                tolerance: float) -> list[Pair]:
    """For each occasion (a moment, an update) that several articles give a figure for, the
    first pair of different articles whose figures cannot both hold."""
    by_occasion: dict[Hashable, list[Claim]] = defaultdict(list)
    for claim in members:
        occasion = occasion_of(claim)
        if occasion is not None:
            by_occasion[occasion].append(claim)
    pairs: list[Pair] = []
    for claims in by_occasion.values():
        for i, a in enumerate(claims):
            clash = next((b for b in claims[i + 1:] if b.article != a.article
                          and not compatible(a, b, tolerance)), None)
            if clash is not None:
                pairs.append((a, clash))
                break
    return pairs[:MAX_PAIRS_SHOWN]
