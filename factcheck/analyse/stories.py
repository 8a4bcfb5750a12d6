"""Articles → stories: which articles of an archive tell the same story.

A newsroom points factcheck at a folder of many stories; topics and checks must stay
inside one story, or two floods a year apart become one "conflict". So before topics are
formed, every article is put in exactly one story (a story may be one article), from what
its text shares with the others:

- **Words.** Each article's signature (extract/signature.py) is a MinHash-style sketch of
  its content words: the repeated ones and a hash sample of the rest. Two articles are as
  close as the cosine of their sketches, each word weighted by its rarity in the archive
  (IDF): shared rare words decide, a word every article uses counts for little. Dates the
  articles give (a day, a month of a year) and the places they name (below) are words too.
- **Where.** The countries an article names (lexicon/places.py), the places its figures
  are given for («2500 جندي في الموصل», Claim.place, twice or a word the article repeats)
  and its title names («حريق في الشارقة», «حلب: …»). Counting more: a place weighs
  WHERE_WEIGHT words.
- **When.** The months an article is about: its publication month when known within a
  month, and the months of the dates it gives, except those it places in the past («منذ»)
  or the future («بحلول», «المقبل»), a month of no year it says is past («تشرين الثاني
  الماضي»), and, in an article of no known day that tells its news by a day word («أمس
  الثلاثاء»), the starts and deadlines it dates: plans, not when it was written.

Articles are linked to their NEIGHBOURS most similar articles (cosine at least
MIN_SIMILARITY): a link is relative, an article keeps its best matches, which in an
archive are its own story's. Links are then followed from the strongest down (single
linkage, as Kruskal's algorithm), joining stories unless that would join two stories
that contradict each other — a chaining guard, checked on the stories as they have grown,
not on the two linked articles:

- **another place**: each story's main place (the one most of its articles name) is
  named nowhere in the other (a flood in Fès and one in Aswan the same week), and each
  is the story's by more than a passing mention (named by two of its articles, or said
  twice): one article's «فرنسا», once, in a paragraph on doctors' pay abroad, does not
  keep it from the strike in Tunis the others report;
- **another time**: the months most of each story's articles are about (a third of them,
  all of an article's alone) are all more than a month apart (a budget vote in April 2016
  and one in April 2017; «منذ» dates never count). A month without a year («في 21 تموز»)
  must fit the other's months of the year.

A link must also be borne out (**support**): two stories join only when the articles of
the smaller one have, between them, at least as many links into the other as it has
articles (an article alone: one), or when the link is strong, at least STRONG_SHARE of
the best similarity of either of its articles. One article's weakest neighbour is no
reason to join two stories: in an archive of many stories from one country and month
(a hospital opening and a record power demand), every article keeps a link or two to
another story, and single linkage alone chains them all into one.

Nothing is compared across a gap the text does not fill: an article with no place and no
date joins on its words alone, and one that matches nothing is a story of its own.

Scale: up to EXACT_MAX articles every pair is compared. Above, articles are taken in
publication order and each is compared only with recent articles that share one of its
PREFIX rarest words (each word remembers the last RECENT articles that had it among
theirs): near-linear in the archive, and a story's articles are near each other in time.

Deterministic: articles are ordered by id (and by time, then id, for the index), hashes
are crc32, every tie is broken by ids; the same folder gives the same stories whatever the
file order, --jobs or engine.

A story's id is "s" + a hash of its first article id (in id order), so it stays the same
while that article stays in the story, whatever else is added; its label is the words its
titles share that are rarest across the archive's titles.
"""

from __future__ import annotations

import hashlib
import math
import re
from array import array
from dataclasses import replace
from heapq import heappush, heapreplace
from itertools import chain
from collections import Counter, defaultdict
from operator import itemgetter
from typing import Iterable, Iterator, Mapping, Sequence

from factcheck.analyse.published import Publication
from factcheck.extract.article import Extraction
from factcheck.extract.normalize import normalize, normalize_word
from factcheck.extract.signature import Signature, word_hash
from factcheck.extract.words import word_key
from factcheck.lexicon.markers import BACKGROUND_MARKERS, FUTURE_MARKERS
from factcheck.lexicon.months import GULF, LEVANTINE, MAGHREBI
from factcheck.lexicon.numbers import ONES, ORDINAL_UNITS
from factcheck.lexicon.places import PLACES
from factcheck.lexicon.stopwords import STOPWORDS
from factcheck.lexicon.time_words import RELATIVE
from factcheck.lexicon.weekdays import WEEKDAYS
from factcheck.model import Claim, Story

__all__ = ["find_stories", "story_id"]

MIN_SIMILARITY = 0.06  # cosine two articles need to be linked
NEIGHBOURS = 8  # links each article keeps: its most similar articles
STRONG_SHARE = 0.7  # a link this close to its articles' best needs no other link's support
WHERE_WEIGHT = 3.0  # a place counts as much as this many words
MONTH_SLACK = 1  # months this far apart are one time («أواخر آذار», «مطلع نيسان»)
CORE_SHARE = 3  # a story's main months are those of at least 1/CORE_SHARE of its articles
PLACE_MIN_FIGURES = 2  # a figure's place is the article's where given this often …
PLACE_MIN_COUNT = 3  # … or when the article says the word this often
EXACT_MAX = 400  # up to this many articles, every pair is compared
PREFIX = 12  # above it, an article is compared with those that share one of these rarest words
RECENT = 32  # … among the last articles (in publication order) that had that word
CANDIDATES = 12  # … and only the ones that share the most such words
LABEL_WORDS = 3


def story_id(articles: Iterable[str]) -> str:
    """"s" + 10 hex digits of a hash of the story's first article id."""
    return "s" + hashlib.sha1(min(articles).encode("utf-8")).hexdigest()[:10]


def find_stories(extractions: Sequence[Extraction], claims: Iterable[Claim],
                 publications: Mapping[str, Publication]) -> tuple[Story, ...]:
    """Every article in exactly one story; stories sorted by id, their articles by id.
    `claims` are the extractions' claims with years from publication filled in."""
    ordered = sorted(extractions, key=lambda e: e.article.id)
    if not ordered:
        return ()
    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        claims_of[claim.article].append(claim)
    profiles = [_profile(e, claims_of.get(e.article.id, ()), publications.get(e.article.id))
                for e in ordered]
    groups = _cluster(profiles)
    titles = {e.article.id: e.article.title for e in ordered}
    stories = [_story([ordered[i].article.id for i in group]) for group in groups]
    label_titles(stories, titles)
    return _unique_ids(stories)


# ---------------------------------------------------------------- what each article says

class _Profile:
    __slots__ = ("features", "where", "where_count", "months", "yearless", "time", "signature")

    def __init__(self, features, where, where_count, months, yearless, time, signature):
        self.features: array = features  # words (not countries), dates and places, hashed
        self.where: tuple[int, ...] = where  # place features
        self.where_count: tuple[int, ...] = where_count  # how often the article says each
        self.months: tuple[int, ...] = months  # year * 12 + month - 1
        self.yearless: tuple[int, ...] = yearless  # months without a year: 0 … 11
        self.time: float = time  # a day number, for the index; inf when unknown
        # the article's Signature: its words (countries included) are decoded again when
        # needed, not kept twice
        self.signature: Signature = signature


_SALT = 0x5A5A5A5A  # even: a place feature is its word's hash with these bits flipped
_COUNTRIES = frozenset(word_hash("@" + name.replace(" ", "_")) for name in PLACES)
_STOP = frozenset(normalize_word(w) for w in STOPWORDS)
_LETTERS = re.compile(r"[\u0621-\u063a\u0641-\u064a]+")
# Dates written after these are not the story's time: «منذ 1999», «بحلول 2026» …
_OTHER_TIME_BEFORE = tuple({form for w in BACKGROUND_MARKERS + FUTURE_MARKERS
                            for form in (w, normalize_word(w))})
# … nor those followed by «المقبل»: the next one, a plan.
_FUTURE_AFTER = tuple({form for w, offset in RELATIVE.items() if offset > 0
                       for form in (w, normalize_word(w))})
_PAST_AFTER = tuple({form for w, offset in RELATIVE.items() if offset < 0
                     for form in (w, normalize_word(w))})
_PLAN_EVENTS = frozenset({"start", "deadline"})  # lexicon/events.py's names
_NO_WORDS = array("I")


def place_feature(key: str) -> int:
    """The feature of a place named by a word (its key)."""
    return word_hash(key) ^ _SALT


def _profile(extraction: Extraction, claims: Sequence[Claim],
             publication: Publication | None) -> _Profile:
    signature = extraction.signature
    words = array("I", signature.hashes())
    count_of = dict(zip(words, map(ord, signature.counts)))
    where: dict[int, int] = {h: count_of[h] for h in _COUNTRIES.intersection(words)}
    for key in signature.place_words():
        where.setdefault(place_feature(key), count_of.get(word_hash(key), 0))
    figures: Counter = Counter()
    dates: set[int] = set()
    months: set[int] = set()
    yearless: set[int] = set()
    # An article of no known day that tells its news by a day word it cannot date («أمس
    # الثلاثاء»): the start or deadline it dates («سيدخل حيز التنفيذ مطلع آذار 2026»,
    # «كان مقررا استلامها في جويلية 2023») is a plan, not when it was written, so it is a
    # word for the guard, not its time.
    undated_news = (publication is None or not publication.known) and any(
        c.kind == "date" and c.value.relative and not c.value.resolved and c.value.weekday
        is not None for c in claims)
    for claim in claims:
        if claim.kind == "quantity":
            if claim.place:
                figures.update(_place_keys(claim.place))
            continue
        value = claim.value
        if not value.month or _other_time(claim):
            continue
        dates.update(_date_features(value.year, value.month, value.day))
        if undated_news and claim.event in _PLAN_EVENTS:
            continue
        if value.year:
            months.add(value.year * 12 + value.month - 1)
        elif not _last_one(claim):
            yearless.add(value.month - 1)
    for key, n in figures.items():
        said = count_of.get(word_hash(key), 0)
        if n >= PLACE_MIN_FIGURES or said >= PLACE_MIN_COUNT:
            where.setdefault(place_feature(key), said)
    time = math.inf
    if publication is not None and publication.known:
        first, last = publication.earliest, publication.latest
        time = (first.toordinal() + last.toordinal()) / 2
        if (last - first).days <= 31:
            months.add(first.year * 12 + first.month - 1)
            months.add(last.year * 12 + last.month - 1)
    elif months:
        middle = sorted(months)[len(months) // 2]
        time = middle * 30.44
    features = set(words).difference(_COUNTRIES)
    features.update(dates, where)
    places = tuple(sorted(where))
    return _Profile(array("I", sorted(features)) if features else _NO_WORDS, places,
                    tuple(where[p] for p in places), tuple(sorted(months)),
                    tuple(sorted(yearless)), time, signature)


def _date_features(year: int | None, month: int, day: int | None,
                   cache: dict[tuple, tuple[int, ...]] = {}) -> tuple[int, ...]:
    """A date as words: its month of its year, its day of its year, its day of its month
    ("ym:2023-9", "ymd:2023-9-8", "md:9-8"), hashed; cached."""
    key = (year, month, day)
    found = cache.get(key)
    if found is None:
        words = []
        if year:
            words.append(f"ym:{year}-{month}")
            if day:
                words.append(f"ymd:{year}-{month}-{day}")
        if day:
            words.append(f"md:{month}-{day}")
        found = cache[key] = tuple(map(word_hash, words))
    return found


def _place_keys(place: str, cache: dict[str, tuple[str, ...]] = {}) -> tuple[str, ...]:
    """The keys of the words of a figure's place (Claim.place), cached."""
    found = cache.get(place)
    if found is None:
        if len(cache) > 1 << 16:
            cache.clear()
        keys = (word_key(w) for w in _LETTERS.findall(place))
        found = cache[place] = tuple(k for k in keys if len(k) >= 3 and k not in _STOP)
    return found


def _last_one(claim: Claim) -> bool:
    """«تشرين الثاني الماضي»: a month the text says is past, which dates no present."""
    return any(marker in _words_after(claim) for marker in _PAST_AFTER)


def _other_time(claim: Claim) -> bool:
    """Is the date said to be long past or still to come («منذ 1999», «بحلول 2026»,
    «31 ديسمبر المقبل»)?"""
    start = claim.sentence_offset or 0
    before = claim.sentence[max(0, start - 25):start]
    return (any(marker in before for marker in _OTHER_TIME_BEFORE)
            or any(marker in _words_after(claim) for marker in _FUTURE_AFTER))


def _words_after(claim: Claim) -> str:
    """The date's words and the word or two after them («… المقبل», «… الماضي»)."""
    start = claim.sentence_offset or 0
    return claim.sentence[start:start + len(claim.text) + 12]


# ---------------------------------------------------------------- linking

def _cluster(profiles: list[_Profile]) -> list[list[int]]:
    n = len(profiles)
    df: Counter = Counter()
    for p in profiles:
        df.update(p.features)
    places = set()
    for p in profiles:
        places.update(p.where)
    weight2: dict[int, float] = {}
    for feature, k in df.items():
        w = math.log((n + 1) / (k + 1)) + 1
        if feature in places:
            w *= WHERE_WEIGHT
        weight2[feature] = w * w
    norms = [math.sqrt(sum(map(weight2.__getitem__, p.features))) or 1.0 for p in profiles]
    best = _Best(n)
    if n <= EXACT_MAX:
        _all_pairs(profiles, weight2, norms, best.link)
    else:
        _index_pairs(profiles, df, weight2, norms, best.link)
    del df, weight2, norms
    return _join(profiles, places, best.links(), best.bits)


_SCALE = 1 << 24  # similarities are kept to 1/_SCALE; closer ones are ordered by ids


class _Best:
    """Each article's NEIGHBOURS strongest links, each packed in one int (a tuple of a
    float and an int costs three times as much, and an archive has millions): the
    similarity scaled to an int, above the other article's index inverted (of two equal
    similarities the smaller index ranks higher); per article a min-heap, the weakest on
    top to be pushed out."""

    __slots__ = ("heaps", "bits", "low")

    def __init__(self, n: int):
        self.heaps: list[list[int] | None] = [[] for _ in range(n)]
        self.bits = max(1, n.bit_length())  # bits of an article's index
        self.low = (1 << self.bits) - 1

    def link(self, i: int, j: int, similarity: float) -> None:
        scaled = int(similarity * _SCALE) << self.bits
        heaps, low = self.heaps, self.low
        for a, b in ((i, j), (j, i)):
            item = scaled | (low - b)
            mine = heaps[a]
            if len(mine) < NEIGHBOURS:
                heappush(mine, item)
            elif item > mine[0]:
                heapreplace(mine, item)

    def links(self) -> Iterator[int]:
        """Every kept link once, strongest first, then by the two articles' indexes
        (i < j): packed as (_SCALE - scaled similarity, i, j) in one int. The heaps are
        freed as they are read."""
        bits, low = self.bits, self.low
        packed: list[int] = []
        for i, mine in enumerate(self.heaps):
            for item in mine or ():
                other = low - (item & low)
                a, b = (i, other) if i < other else (other, i)
                packed.append((((_SCALE - (item >> bits)) << bits | a) << bits) | b)
            self.heaps[i] = None
        packed.sort()
        previous = None
        for key in packed:  # a link both its articles kept comes twice
            if key != previous:
                yield key
                previous = key


def _all_pairs(profiles, weight2, norms, link) -> None:
    sets = [frozenset(p.features) for p in profiles]
    weight = weight2.__getitem__
    for i in range(len(profiles)):
        mine, ni = sets[i], norms[i]
        for j in range(i + 1, len(profiles)):
            shared = mine & sets[j]
            if shared:
                s = sum(map(weight, shared)) / (ni * norms[j])
                if s >= MIN_SIMILARITY:
                    link(i, j, s)


def _index_pairs(profiles, df, weight2, norms, link) -> None:
    """Each article against recent articles that share one of its rarest words, and
    against the articles with no time that do."""
    # A word's rank sorts by rarity, then by the word: its count above its 32 bits.
    rank = {f: (k << 32) | f for f, k in df.items() if k > 1}

    def rarest(i: int) -> list[int]:
        return [r & _LOW32 for r in sorted(filter(None, map(rank.get, profiles[i].features)))
                [:PREFIX]]

    order = sorted(range(len(profiles)), key=lambda i: (profiles[i].time, i))
    # An article with no time (no publication date, no dated month) comes last in that
    # order, where it would meet only the newest stories' articles: it waits in postings
    # of its own, and every article that shares one of its rarest words meets it.
    waiting: dict[int, list[int]] = {}
    for i in order:
        if profiles[i].time != math.inf:
            continue
        for f in rarest(i):
            waiters = waiting.setdefault(f, [])
            if len(waiters) < RECENT:
                waiters.append(i)
    postings: dict[int, list[int]] = {}
    get, waiting_for = postings.get, waiting.get
    weight = weight2.__getitem__
    for i in order:
        met: list[int] = []
        if profiles[i].time != math.inf:
            for f in rarest(i):
                waiters = waiting_for(f)
                if waiters:
                    met += waiters
                earlier = get(f)
                if earlier is None:
                    postings[f] = [i]
                    continue
                met += earlier
                earlier.append(i)
                if len(earlier) > 2 * RECENT:
                    del earlier[:-RECENT]
        else:
            # The timed articles met it already (it waited for them); it meets the
            # articles with no time that wait before it.
            for f in rarest(i):
                waiters = waiting_for(f, ())
                met += waiters[:waiters.index(i)] if i in waiters else waiters
        if not met:
            continue
        # One set at a time: the candidates' features are read from their arrays.
        mine = frozenset(profiles[i].features)
        ni = norms[i]
        # The candidates that share the most rare words (ties: the one met first).
        for j, _ in sorted(Counter(met).items(), key=_SECOND, reverse=True)[:CANDIDATES]:
            s = sum(map(weight, mine.intersection(profiles[j].features))) / (ni * norms[j])
            if s >= MIN_SIMILARITY:
                link(i, j, s)


_LOW32 = (1 << 32) - 1
_SECOND = itemgetter(1)


# ---------------------------------------------------------------- joining, with the guard

class _Story:
    """What a story that is being built says, for the guard."""

    __slots__ = ("size", "where", "where_count", "with_where", "words", "months",
                 "with_months", "yearless", "with_yearless", "members")

    def __init__(self, i: int, p: _Profile, relevant: set[int]):
        # Plain dicts, not Counters: most stories stay one article, and a Counter costs
        # several times a dict to build.
        self.members = [i]
        self.size = 1
        self.where = dict.fromkeys(p.where, 1)
        self.where_count = dict(zip(p.where, p.where_count))
        self.with_where = 1 if p.where else 0
        self.words = relevant
        self.months = dict.fromkeys(p.months, 1)
        self.with_months = 1 if p.months else 0
        self.yearless = dict.fromkeys(p.yearless, 1)
        self.with_yearless = 1 if p.yearless else 0

    def absorb(self, other: "_Story") -> None:
        """Take in a story (the smaller one: its counts are added to ours)."""
        self.members += other.members
        self.size += other.size
        _add_counts(self.where, other.where)
        _add_counts(self.where_count, other.where_count)
        self.with_where += other.with_where
        self.words |= other.words
        _add_counts(self.months, other.months)
        self.with_months += other.with_months
        _add_counts(self.yearless, other.yearless)
        self.with_yearless += other.with_yearless

    def main_place(self) -> int:
        return max(self.where, key=lambda w: (self.where[w], self.where_count[w], w))

    def established(self, place: int) -> bool:
        """Is a place the story's by more than one passing mention: named by two of its
        articles, or said twice («فرنسا» once, in a paragraph comparing doctors' pay
        abroad, is no place of a strike in Tunis)?"""
        return self.where[place] >= 2 or self.where_count.get(place, 0) >= 2

    def names(self, place: int) -> bool:
        return place in self.where or place in self.words or (place ^ _SALT) in self.words

    def core(self, counts: dict[int, int], having: int) -> set[int]:
        if self.size == 1:
            return set(counts)
        need = max(1, math.ceil(having / CORE_SHARE))
        return {value for value, k in counts.items() if k >= need}


def _add_counts(mine: dict[int, int], theirs: dict[int, int]) -> None:
    get = mine.get
    for key, n in theirs.items():
        mine[key] = get(key, 0) + n


def _contradict(a: _Story, b: _Story) -> bool:
    if a.where and b.where:
        place_a, place_b = a.main_place(), b.main_place()
        if (a.established(place_a) and b.established(place_b)
                and not b.names(place_a) and not a.names(place_b)):
            return True
    months_a = a.core(a.months, a.with_months)
    months_b = b.core(b.months, b.with_months)
    if months_a and months_b and not any(abs(x - y) <= MONTH_SLACK
                                         for x in months_a for y in months_b):
        return True
    yearless_a = a.core(a.yearless, a.with_yearless)
    yearless_b = b.core(b.yearless, b.with_yearless)
    if yearless_a or yearless_b:
        of_year_a = yearless_a | {m % 12 for m in months_a}
        of_year_b = yearless_b | {m % 12 for m in months_b}
        if of_year_a and of_year_b and not any(min((x - y) % 12, (y - x) % 12) <= MONTH_SLACK
                                               for x in of_year_a for y in of_year_b):
            return True
    return False


def _join(profiles: list[_Profile], places: set[int], links: Iterable[int],
          bits: int) -> list[list[int]]:
    """Single linkage over `links` (as _Best.links gives them), with the guard."""
    # A story's words matter to the guard only as places another story may name.
    named = places | {p ^ _SALT for p in places}
    owner = list(range(len(profiles)))
    # Stories of two articles or more, by their root. An article alone is read from its
    # profile when a link reaches it: an archive's worth of _Story objects would be the
    # largest thing a scan holds here.
    grown: dict[int, _Story] = {}

    def story(i: int) -> _Story:
        found = grown.get(i)
        if found is None:
            p = profiles[i]
            found = _Story(i, p, named.intersection(p.signature.hashes()))
        return found

    def root(i: int) -> int:
        while owner[i] != i:
            owner[i] = owner[owner[i]]
            i = owner[i]
        return i

    low = (1 << bits) - 1
    links = list(links)
    linked: list[list[int]] = [[] for _ in profiles]
    best = [0] * len(profiles)  # each article's strongest link, scaled as in the keys
    for key in reversed(links):  # weakest first: the strongest is written last
        i, j = (key >> bits) & low, key & low
        linked[i].append(j)
        linked[j].append(i)
        best[i] = best[j] = _SCALE - (key >> 2 * bits)

    def borne_out(key: int, first: _Story, second: _Story, a: int, b: int) -> bool:
        """Is the link strong, or do enough other links join the two stories?"""
        strength = _SCALE - (key >> 2 * bits)
        if strength >= STRONG_SHARE * max(best[(key >> bits) & low], best[key & low]):
            return True
        small, other = (first, b) if first.size <= second.size else (second, a)
        need = small.size
        for i in small.members:
            for j in linked[i]:
                if root(j) == other:
                    need -= 1
                    if not need:
                        return True
        return False

    for key in links:
        a, b = root((key >> bits) & low), root(key & low)
        if a == b:
            continue
        first, second = story(a), story(b)
        if _contradict(first, second) or not borne_out(key, first, second, a, b):
            continue
        if first.size < second.size or (first.size == second.size and b < a):
            a, b, first, second = b, a, second, first
        first.absorb(second)
        grown[a] = first
        grown.pop(b, None)
        owner[b] = a
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(profiles)):
        groups[root(i)].append(i)
    return sorted(groups.values())


# ---------------------------------------------------------------- ids and labels

def _story(articles: list[str]) -> Story:
    ordered = tuple(sorted(articles))
    return Story(id=story_id(ordered), label="", articles=ordered)


def _unique_ids(stories: list[Story]) -> tuple[Story, ...]:
    """Sorted by id; two stories whose ids collide take more of their hashes' digits."""
    taken: Counter = Counter(s.id for s in stories)
    out = []
    for s in stories:
        if taken[s.id] > 1:
            digest = hashlib.sha1(s.articles[0].encode("utf-8")).hexdigest()
            s = replace(s, id="s" + digest[:20])
        out.append(s)
    return tuple(sorted(out, key=lambda s: s.id))


def label_titles(stories: list[Story], titles: Mapping[str, str]) -> None:
    """Each story's label, in place: the LABEL_WORDS words most of its titles use that the
    archive's other titles use least, as the first of its titles that has them spells them."""
    spelled: dict[str, dict[str, str]] = {}
    df: Counter = Counter()
    for article, title in titles.items():
        forms: dict[str, str] = {}
        for word in title.split():
            key = _title_key(word)
            if key:
                forms.setdefault(key, word.strip(_PUNCTUATION))
        spelled[article] = forms
        df.update(forms.keys())
    n = len(titles)
    for k, story in enumerate(stories):
        used: Counter = Counter()
        first_spelling: dict[str, str] = {}
        for article in story.articles:
            for key, form in spelled.get(article, {}).items():
                used[key] += 1
                first_spelling.setdefault(key, form)
        ranked = sorted(used, key=lambda key: (-used[key] * (math.log((n + 1) / (df[key] + 1)) + 1),
                                               key))
        words = [first_spelling[key] for key in ranked[:LABEL_WORDS]]
        stories[k] = replace(story, label=" ".join(words) or story.articles[0])


_PUNCTUATION = "«»\"'()[]،,.:؛!؟?-–—…"


def _title_key(word: str, cache: dict[str, str] = {}) -> str:
    """A title word's key, "" for a function word or a word of no letters; cached."""
    found = cache.get(word)
    if found is None:
        if len(cache) > 1 << 16:
            cache.clear()
        letters = "".join(_LETTERS.findall(normalize(word).text))
        key = word_key(letters) if letters else ""
        found = cache[word] = key if len(key) >= 3 and key not in _NOT_LABEL else ""
    return found


# Words that tell no story from another in a label: function words, month and weekday
# names, number words («فبراير», «الثلاثاء», «الأول»); not Hijri months («رمضان» can be
# what a story is about).
_NOT_LABEL = _STOP | frozenset(word_key(normalize_word(w)) for w in chain(
    *LEVANTINE.values(), *GULF.values(), *MAGHREBI.values(), WEEKDAYS,
    *ONES.values(), ORDINAL_UNITS.values()))
