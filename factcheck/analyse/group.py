"""Claims → Topics: which claims state the same fact.

Rules (rules/*.toml) come first: the best matching rule names the topic. Claims no rule
covers are grouped automatically — quantities by counted noun and place, dates by the
event they date — so a corpus with no rules still gets a useful report. Every key starts
with the claim's story (analyse/stories.py): a topic never joins two stories. Topic status
is left for analyse/checks (compare.py compares the claims).
"""

from __future__ import annotations

import datetime as dt
from itertools import chain

from collections import defaultdict
from dataclasses import replace
from typing import Iterable, Mapping, Sequence

from factcheck.extract.context import FROM_EVENT_SITE, GROUP_SUBJECT
from factcheck.extract.clauses import word_after
from factcheck.extract.normalize import normalize, normalize_word
from factcheck.extract.words import same_word, word_forms, word_key, words_of
from factcheck.analyse.similarity import (MIN_SHARED, DisjointSets, content_keys, fact_keys,
                                          linked_word_sets)
from factcheck.model import Claim, Severity, Topic
from factcheck.analyse.rules import Rule, assign
from factcheck.extract.numbers import UNITS
from factcheck.lexicon.frames import GENERIC_PRICED_UNITS, OWN_PROPERTY_HEADS
from factcheck.lexicon.clitics import CONJUNCTIONS, DEFINITE_PREFIXES, NOUN_ENDINGS
from factcheck.lexicon.measures import MEASURES, TALLY_RATE_NOUNS
from factcheck.extract.dates import ARABIC_MONTH_WORDS
from factcheck.lexicon.stopwords import STOPWORDS
from factcheck.lexicon.time_words import YEAR_CUES
from factcheck.lexicon.weekdays import WEEKDAYS

AUTO_SEVERITY = Severity.WARNING  # no human wrote these groupings: a disagreement is worth a look, not a failure
AUTO_SOURCE = "auto"  # Topic.source of the automatic topics (a rule topic's is its file)


def place_unplaced(claims: Sequence[Claim], story_of: Mapping[str, str] | None = None) -> list[Claim]:
    """Figures that name no place, of a measure that their story places in one country
    only, are that country's: "ارتفع عدد القتلى إلى 2000" beside "2012 قتيلا في المغرب" is
    one toll. Where the story gives a measure for two countries, an unplaced figure could
    be either, and stays apart. Done on all claims before grouping, so every engine groups
    the same claims. `story_of`: article id → story id (None: one story)."""
    story_of = story_of or {}
    regions: dict[tuple, set[str]] = defaultdict(set)
    for claim in claims:
        key = topic_key(claim)
        # a figure for a part of the population («للإناث») places nothing else
        if key[0] == "measure" and key[3] and not key[3].startswith(GROUP_SUBJECT):
            regions[(story_of.get(claim.article, ""),) + key[:3] + key[4:]].add(key[3])
    # The places each article names in its figures: a country no figure of the article is
    # placed in is not lent to it («وفي العراق … بنسب تصل إلى 40%» in another outlet's
    # article does not make a Moroccan ministry's «بنسب تصل إلى 57%» Iraq's).
    placed_in: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        placed_in[claim.article].update(claim.places)
    # … and an article that places no figure anywhere takes only its story's main country
    # (the one most of its articles place figures in).
    articles_in: dict[tuple[str, str], int] = defaultdict(int)
    for article, named in placed_in.items():
        for place in named:
            articles_in[(story_of.get(article, ""), place)] += 1
    top: dict[str, int] = defaultdict(int)
    for (story, _), n in articles_in.items():
        top[story] = max(top[story], n)
    main: dict[str, set[str]] = defaultdict(set)
    for (story, place), n in articles_in.items():
        if n == top[story]:
            main[story].add(place)
    out = []
    for claim in claims:
        key = topic_key(claim)
        if key[0] == "measure" and not key[3]:
            found = regions.get((story_of.get(claim.article, ""),) + key[:3] + key[4:])
            if found and len(found) == 1:
                (region,) = found
                lent = tuple(region.split("+"))
                named = placed_in[claim.article] or main[story_of.get(claim.article, "")]
                if not claim.subject and any(p in named for p in lent):
                    claim = replace(claim, places=lent)
        out.append(claim)
    return out


def group(claims: Iterable[Claim], rules: Sequence[Rule],
          story_of: Mapping[str, str] | None = None) -> tuple[list[Claim], list[Topic]]:
    """(claims with their subject filled in where a rule names subjects, topics).
    `story_of`: article id → story id; claims of different stories never share a topic
    (None: one story). Topics of two stories may have the same id (analyse makes them
    unique)."""
    story_of = story_of or {}
    by_rule: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    auto: dict[tuple[str, tuple], list[Claim]] = defaultdict(list)
    rules_by_id = {rule.id: rule for rule in rules}
    out_claims: list[Claim] = []
    for claim in claims:
        story = story_of.get(claim.article, "")
        rule = assign(rules, claim)
        if rule is not None:
            if rule.subjects:
                subject = rule.subject_of(claim) or rule.subject_of(claim, _sentence_words(claim))
                if subject:
                    claim = replace(claim, subject=subject)
            by_rule[(story, rule.id)].append(claim)
        else:
            auto[(story, topic_key(claim))].append(claim)
        out_claims.append(claim)

    topics = [Topic(id=rule_id, label=rules_by_id[rule_id].label, kind=rules_by_id[rule_id].kind,
                    source=rules_by_id[rule_id].path, status="", claims=_ids(members),
                    severity=rules_by_id[rule_id].severity,
                    tolerance=rules_by_id[rule_id].tolerance, story=story)
              for (story, rule_id), members in by_rule.items()]
    for (story, key), members in auto.items():
        if key[0] == "measure":
            spec = MEASURES.get(key[1])
            clusters = (_split_by_value(members, ratio=SAME_THING_SIZE_RATIO)
                        if key[1] in OWN_PROPERTY_HEADS
                        else _split_by_value(members, spec.separate_beyond)
                        if spec else _split_by_value(members, ratio=OTHER_ORDER_RATIO))
            topics.extend(replace(_measure_topic(key, cluster, n if len(clusters) > 1 else None),
                                  story=story)
                          for n, cluster in enumerate(clusters, start=1))
            continue
        clusters = (_split_by_sentence(members, one_event=key[1] in ONE_EVENT_PER_STORY,
                                       misdated=key[1] not in MANY_PER_STORY)
                    if key[0] == "date" else _split_by_place(members))
        for n, (place, cluster) in enumerate(clusters, start=1):
            topics.append(replace(_auto_topic(key, place, cluster, n if key[0] == "date" else None),
                                  story=story))
    topics.sort(key=lambda t: (t.id, t.story))
    return out_claims, topics


def story_topic_key(claim: Claim, story: str) -> tuple:
    """The key group files an automatic claim under: its story, then topic_key."""
    return (story, topic_key(claim))


def _sentence_words(claim: Claim) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(before, context) words of the claim's whole sentence, for a subject named a clause
    earlier: "ستبقي قواتها الأميركية في العراق، والتي يبلغ عددها 2500 عسكري"."""
    words = words_of(normalize(claim.sentence).text, normalized=True)
    n = len(claim.words)
    for i in range(len(words) - n + 1):
        if n and words[i:i + n] == claim.words:
            return words[:i], words
    return None


def _ids(claims: list[Claim]) -> tuple[str, ...]:
    return tuple(c.id for c in claims)


def topic_key(claim: Claim) -> tuple:
    """Quantities by what they measure (dead, magnitude …), the places they cover and the
    event they belong to; else by counted noun. Dates by event. A claim with none of these
    stands alone."""
    if claim.kind == "quantity" and claim.measure:
        spec = MEASURES.get(claim.measure)
        # Whose, else where: 600 Egyptian pilgrims who died in Saudi Arabia are Egypt's
        # figure; a toll with no nationality is its country's.
        if spec is not None and not spec.per_place:
            # a part of the population is never the whole («للإناث»), wherever it is
            region = claim.subject if (claim.subject or "").startswith(GROUP_SUBJECT) else ""
        elif claim.measure in OWN_PROPERTY_HEADS and not claim.subject:
            # a property of what the story is about (its cost, its length) is one fact
            # whichever country the sentence names («بين تونس وليبيا», «غرب ليبيا»)
            region = ""
        else:
            region = claim.subject or "+".join(claim.places)
        return ("measure", claim.measure, _unit_family(claim), region, claim.site or "",
                claim.occasion or "", claim.role or "")
    if claim.kind == "quantity" and claim.unit:
        return ("quantity", word_key(claim.unit))
    if claim.kind == "quantity" and not claim.measure:
        noun = counted_noun(claim)
        if noun:
            return ("quantity", noun)
    if claim.kind == "date" and claim.event:
        # A numbered stretch («المرحلة الثانية») is another event of the same kind.
        return ("date", claim.event, claim.occasion) if claim.occasion else ("date", claim.event)
    return ("single", claim.id)


def counted_noun(claim: Claim) -> str | None:
    """«أسعار 612 دواءً», «287 طيارا»: the word right after a figure that no table lists as
    a unit, when it can be a counted noun (indefinite, no conjunction glued to it, not a
    function, month or time word): figures of one noun meet in a bare topic, whose
    disagreements are listed, not reported."""
    word = word_after(claim)
    if (not word or len(word) < 3 or word.startswith(_DEFINITE_STARTS)
            or (word.startswith(_CONJUNCTION_STARTS) and not word.endswith(_NOUN_ENDINGS))
            or word in _NOT_COUNTED or word_key(word) in _NOT_COUNTED):
        return None
    return word_key(word)


_DEFINITE_STARTS = tuple(normalize_word(p) for p in DEFINITE_PREFIXES)
# A conjunction glued to the next word («850 وأكثر», «5 وقال») is no noun of the figure; a
# word that only begins with the same letter is, when it ends as a noun does («850 وظيفة»,
# «40 فرصة», «12 وجبة»: feminine or plural endings no verb has).
_CONJUNCTION_STARTS = tuple(normalize_word(p) for p in CONJUNCTIONS)
_NOUN_ENDINGS = tuple(normalize_word(e) for e in NOUN_ENDINGS)
_NOT_COUNTED = frozenset(normalize_word(w) for w in (
    *STOPWORDS, *YEAR_CUES, *ARABIC_MONTH_WORDS, *WEEKDAYS)) - {""}


def _unit_family(claim: Claim) -> str:
    """The unit a measure's values are in when it can vary (dollars or pounds, percent or
    points); counts of people are counts whatever their noun («قتيلا», «حالة وفاة»)."""
    category = UNITS.get(claim.unit) if claim.unit else None
    if category in _UNIT_FAMILIES or (claim.unit and claim.measure in OWN_PROPERTY_HEADS):
        # a property in metres is not the one in kilometres (a bridge's length, a road's)
        return word_key(claim.unit)
    return ""


# A magnitude is a magnitude with or without «درجة» after it; an amount of money or a
# share is not the same figure in another currency, or in points rather than percent.
_UNIT_FAMILIES = frozenset({"money", "percent", "points", "basis-points"})


def frame_key(claim: Claim) -> tuple[str, ...]:
    """What an automatic topic is about, the same for every scan that finds it: topic_key
    without a lone claim's own id. (Topic ids also number the clusters a scan happens to
    find and name the first spelling of a place, so they shift when articles are added.)
    Not the story: finding ids hash this (checks/base.py), and a story's id may change
    when articles join it; the ids already hash the claims' articles, which are a story's."""
    key = topic_key(claim)
    return ("single",) if key[0] == "single" else key


def _split_by_place(claims: list[Claim]) -> list[tuple[str | None, list[Claim]]]:
    """Figures for different places are different facts (troops in Iraq vs in Syria).

    Places are compared as words, so spelling variants (سوريا/سوريه) stay together; a
    figure with no place stays apart from those that name one. A place joins the first
    cluster whose place is the same word; each distinct spelling is compared once, so the
    cost grows with the number of spellings, not of claims.
    """
    clusters: list[tuple[str | None, list[Claim]]] = []
    cluster_of: dict[str | None, int] = {}
    for claim in claims:
        index = cluster_of.get(claim.place)
        if index is None:
            index = next((i for i, (place, _) in enumerate(clusters)
                          if place is not None and claim.place is not None
                          and same_word(place, claim.place)), None)
            if index is None:
                index = len(clusters)
                clusters.append((claim.place, []))
            cluster_of[claim.place] = index
        clusters[index][1].append(claim)
    return clusters


def _split_by_sentence(claims: list[Claim], one_event: bool = False, misdated: bool = False
                       ) -> list[tuple[None, list[Claim]]]:
    """Dates with the same event word are the same fact only if their sentences agree.

    "اتفق … في تموز" and "في الرابع من الشهر الماضي اتفقت …" are both agreements, but
    rarely the same one: single-linkage clustering on shared content words
    (similarity.same_subject) keeps them apart unless the sentences tell the same story.
    `misdated`: then join the parts that one fact misdated by a day or two in another
    article would leave apart (_join_misdated).
    """
    clusters: list[list[Claim]] = []
    if one_event:
        # A story's disaster is one event however each outlet words it: its days meet, and
        # only time tells another one apart (_apart_in_time). A month or a year of it is
        # mostly an earlier one's («في حزيران 2023»), left to its sentence's words.
        days, others = [], []
        for claim in claims:
            (days if claim.value.granularity == "day" and claim.value.as_date() else others
             ).append(claim)
        if len(days) > 1:
            clusters.append(days)
            claims = others
    by_words: dict[frozenset[str], list[Claim]] = defaultdict(list)
    for claim in claims:
        by_words[content_keys(claim.sentence)].append(claim)
    for component in linked_word_sets(list(by_words)):
        members = [claim for words in component for claim in by_words[words]]
        if len(component) == 1 and len(component[0]) < MIN_SHARED:
            clusters.extend([claim] for claim in members)  # too few words to tie anything
        else:
            clusters.append(members)
    clusters = [part for c in clusters for part in _apart_in_time(c)]
    if misdated:
        clusters = _join_misdated(clusters)
    ordered = [sorted(c, key=lambda m: (m.article, m.span.start)) for c in clusters]
    ordered.sort(key=lambda c: (c[0].article, c[0].span.start))
    return [(None, c) for c in ordered]


# A fact misdated in one article is most often a day or two off (a weekday slip, «أمس» for
# «اليوم»): two dates of one event word this close, in two articles whose sentences name the
# same fact, are one fact, though long sentences share too small a part of their words for
# same_subject.
MISDATED_DAYS = 2
# Events a story has many of, days apart and each about other news («أعلنت الوزارة …»): two
# close days of them are two of them, however alike their sentences (checks/compare.py).
MANY_PER_STORY = frozenset({"announcement"})


def _join_misdated(clusters: list[list[Claim]]) -> list[list[Claim]]:
    """Clusters joined where a day of one and a day of another, in two articles, are at most
    MISDATED_DAYS apart and their sentences share MIN_SHARED words of the fact itself
    (similarity.fact_keys: no month, weekday, «أمس» or event word, which any two dates of
    the label share). Dates are swept in order, so only days that close are compared."""
    days = sorted(((day, i, claim) for i, cluster in enumerate(clusters) for claim in cluster
                   if (day := claim.value.as_date()) is not None), key=lambda d: (d[0], d[1]))
    groups = DisjointSets(len(clusters))
    for n, (day, i, claim) in enumerate(days):
        for other_day, j, other in days[n + 1:]:
            if (other_day - day).days > MISDATED_DAYS:
                break
            if (groups.root(i) != groups.root(j) and claim.article != other.article
                    and len(fact_keys(claim.sentence) & fact_keys(other.sentence)) >= MIN_SHARED):
                groups.join(i, j)
    joined: dict[int, list[Claim]] = defaultdict(list)
    for i, cluster in enumerate(clusters):
        joined[groups.root(i)].extend(cluster)
    return list(joined.values())


# Two dates of one kind of event this far apart are two events («تصادم قطارين … في 26 مارس
# 2021» and «في آب 2017 … تصادم قطارين»), not a misdated one: a misdated event is off by
# days or a month.
SAME_EVENT_DAYS = 40


# Events a story has one of: the collapse, the crash, the fire it is about; the ruling of its
# trial. Dates of one are the same fact unless far apart in time (an appeal's ruling).
ONE_EVENT_PER_STORY = frozenset({"disaster", "verdict"})


def _apart_in_time(claims: list[Claim]) -> list[list[Claim]]:
    """A cluster cut where consecutive known dates are more than SAME_EVENT_DAYS apart; a
    date whose span holds another's (a year and a day in it) stays with it, and one with no
    calendar bounds stays with the first part."""
    dated: list[tuple[dt.date, dt.date, Claim]] = []
    undated: list[Claim] = []
    for claim in claims:
        try:
            start, end = (dt.date.fromisoformat(b) for b in claim.value.bounds())
        except (ValueError, TypeError):
            undated.append(claim)
            continue
        dated.append((start, end, claim))
    if len(dated) < 2:
        return [claims]
    # A year holds every month of it: it cuts nothing, and joins the part it holds.
    coarse = [d for d in dated if (d[1] - d[0]).days > 31]
    fine = sorted((d for d in dated if (d[1] - d[0]).days <= 31), key=lambda d: (d[0], d[1]))
    if not fine or (len(fine) < 2 and not coarse):
        return [claims]
    parts: list[list[tuple[dt.date, dt.date, Claim]]] = [[fine[0]]]
    reach = fine[0][1]
    for date in fine[1:]:
        if (date[0] - reach).days > SAME_EVENT_DAYS:
            parts.append([])
        parts[-1].append(date)
        reach = max(reach, date[1])
    # The same day and month in another year is that day with its year mistyped (the
    # withdrawal «بحلول 31 ديسمبر 2022» against 2021), not another event: kept together.
    merged: list[list[tuple[dt.date, dt.date, Claim]]] = []
    for part in parts:
        days = {(s.month, s.day) for s, e, _ in part if s == e}
        home = next((m for m in merged if days & {(s.month, s.day) for s, e, _ in m if s == e}),
                    None)
        if home is None:
            merged.append(list(part))
        else:
            home.extend(part)
    parts = merged
    out = [[c for _, _, c in part] for part in parts]
    for start, end, claim in coarse:
        home = next((i for i, part in enumerate(parts)
                     if any(start <= s and e <= end for s, e, _ in part)), None)
        if home is None and all(_days_apart(start, end, s, e) > SAME_EVENT_DAYS
                                for part in parts for s, e, _ in part):
            # «عام 2021» beside a collision of «آب 2017»: a year far from every dated part
            # is another event of its own
            out.append([claim])
            continue
        out[home or 0].append(claim)
    out[0].extend(undated)
    return [part for part in out if part]


def _days_apart(start: dt.date, end: dt.date, other_start: dt.date, other_end: dt.date) -> int:
    """Days between two spans (0 when they overlap)."""
    return max((other_start - end).days, (start - other_end).days, 0)


_OCCASION_LABELS = {"another": "a second event", "follow-on": "the follow-on events",
                    "at-low": "at its low", "at-high": "at its high"}


def _occasion_label(occasion: str) -> str:
    since, _, period = occasion.partition("since-start:")
    if not since and period:
        return f"since the start of «{period}»"
    end, _, period = occasion.partition("end:")
    if not end and period:
        return f"at the end of «{period}»"
    over, _, stretch = occasion.partition("over:")
    if not over and stretch:
        return f"over «{stretch}»"
    return _OCCASION_LABELS.get(occasion, occasion)


_ROLE_LABELS = {"increment": "increments", "rate": "rates", "forecast": "forecasts",
                "demand": "demands", "offer": "offers", "earlier": "earlier counts",
                "quote": "market quotes", "comparison": "comparisons", "change": "changes",
                "restated": "restated changes", "extreme": "extremes",
                "previous": "earlier levels", "fallen": "after a fall", "whole": "wholes"}


def _split_by_value(claims: list[Claim], gap: float | None = None,
                    ratio: float | None = None) -> list[list[Claim]]:
    """A measure's figures cut where consecutive values are more than `gap` apart (a 6.4
    quake beside a 7.7 one), or where a value is more than `ratio` times its stretch's
    smallest (a bridge's length beside the motorway's): each stretch is one thing's. Claims
    keep their order within a stretch; stretches go from the lowest values up."""
    if gap is None and ratio is None:
        return [claims]
    valued = sorted((c for c in claims if c.value.min is not None), key=lambda c: c.value.min)
    if not valued:
        return [claims]
    stretches: list[list[Claim]] = [[]]
    top = valued[0].value.min
    for claim in valued:
        value = claim.value.min
        if stretches[-1] and ((gap is not None and value - top > gap) or (
                ratio is not None and value > ratio * stretches[-1][0].value.min
                and not _scale_slip(stretches[-1][0].value.min, value))):
            stretches.append([])
        stretches[-1].append(claim)
        top = max(top, claim.value.max if claim.value.max is not None else value)
    # A figure with no lower bound ("أقل من 7") stays with the stretch its ceiling reaches.
    for claim in claims:
        if claim.value.min is None:
            ceiling = claim.value.max if claim.value.max is not None else float("inf")
            fits = [s for s in stretches if s[0].value.min <= ceiling] or stretches[:1]
            fits[-1].append(claim)
    order = {c.id: i for i, c in enumerate(claims)}
    return [sorted(s, key=lambda c: order[c.id]) for s in stretches]


def _scale_slip(small: float, large: float) -> bool:
    """The same digits under another scale word («2,5 مليون» for «2,5 مليار»): a slip of one
    figure, kept with it, not another thing's size."""
    return small > 0 and any(abs(large - small * 1000 ** k) <= 1e-9 * large for k in (1, 2, 3))


# A property of what an article is about («بطول 148 كيلومترا», «كلفته 9,6 مليار»): figures
# more than this many times apart are of different things (the motorway and one bridge on
# it), not one figure misreported — a wrong figure is a slip of digits, not of size.
SAME_THING_SIZE_RATIO = 2.0


# A measure a head noun names («السعر النهائي», «نسبة التغطية»): figures this many times
# apart are two things the head's noun phrase covers («حجم الطرح عند السعر النهائي 1.26 مليار
# ريال» beside «سعر نهائي عند 42 ريالا»), not one figure misreported (a scale slip, «مليون»
# for «مليار», stays with it).
OTHER_ORDER_RATIO = 100.0


def _measure_topic(key: tuple, claims: list[Claim], number: int | None = None) -> Topic:
    _, measure, family, region, site, occasion, role = key
    label = measure + (f" in «{family}»" if family else "")
    if region.startswith(GROUP_SUBJECT):  # a part of the population: «for «الإناث»»
        label += f" for «{region.removeprefix(GROUP_SUBJECT)}»"
    elif region:
        label += " for " + " and ".join(f"«{p}»" for p in region.split("+"))
    if site.startswith("from:"):  # a distance: from where, and whose when not the event's
        _, origin, *located = site.split(":")
        label += (f" of «{located[0]}»" if located else "") + f" from «{origin}»"
    elif site:
        label += f" at «{site.partition(':')[2]}»"
    if occasion:
        label += f" ({_occasion_label(occasion)})"
    if role:
        label += f" [{_ROLE_LABELS.get(role, role)}]"
    topic_id = "-".join(part for part in ("auto", measure, family, region.replace(":", "-"),
                                          site.replace(":", "-"), occasion, role) if part)
    if number is not None:
        topic_id += f"-{number}"
        label += f" (figures near {claims[0].value.describe()})"
    return Topic(id=topic_id, label=label, kind="quantity", source=AUTO_SOURCE, status="",
                 claims=_ids(claims),
                 severity=frame_severity(measure, region, occasion,
                                         any(c.subject for c in claims), role, site),
                 measure=measure)


# Listed for the record, never set against each other: forecasts (two forecasters differ
# by right); earlier counts an article recalls («في حصيلة سابقة»), each true on its own
# day, which the text seldom gives; market quotes («خام برنت … 66.5 دولارا للبرميل»), which
# move by the minute; comparisons with something else («أقل بنحو 40 في المائة من نظيره»);
# an article's own restatement of its levels as a change («أي بارتفاع نسبته 7.6%»), which
# change-arithmetic checks against those levels; a property's extreme («أقصى عمق»), which
# is not the event's own value.
# (A demand or an offer is one side's: two reports of it that differ do disagree.)
_OPINION_ROLES = frozenset({"forecast", "earlier", "quote", "comparison", "restated",
                            "extreme"})


# The words that name a running count (its counted nouns and cues: «وفاة», «إصابة», «نازح»),
# or a rate of one («إماتة»).
_TALLY_WORDS = frozenset(form for w in chain(*((*spec.units, *spec.cues) for spec in MEASURES.values()
                                               if spec.kind == "tally"), TALLY_RATE_NOUNS)
                         for form in (normalize(w).text, *word_forms(normalize(w).text)))


_GENERIC_PRICED = frozenset(normalize(w).text for w in GENERIC_PRICED_UNITS)


def _rate_of_a_tally(measure: str) -> bool:
    """A head measure («نسبه:وفاه», «معدل:اصابه») whose noun names a running count."""
    head, _, noun = measure.partition(":")
    return bool(noun) and noun in _TALLY_WORDS


def frame_severity(measure: str, region: str, occasion: str = "",
                   has_subject: bool = False, role: str = "", site: str = "") -> Severity:
    """How sure a disagreement inside an automatic topic can be, from how firmly its frame
    was read: a casualty toll or an event's magnitude named by its own noun or cue, for one
    country, is one fact, and two values that cannot both hold are an error; a level or a
    change read from a cue farther off, or a measure named only by a head noun ("معدل
    البطالة"), is a warning; a bare counted noun (`quantity` topics) is info."""
    spec = MEASURES.get(measure)
    if occasion == "follow-on":
        return Severity.INFO  # aftershocks are many events: "between 2 and 4" is not one of them
    if role in _OPINION_ROLES:
        return Severity.INFO  # listed for the record, never set against each other
    if site == FROM_EVENT_SITE:
        # «انتشلت جثتين على بعد نحو 2 كيلومتر من موقع الانهيار», another body 9 km off:
        # distances of other things from the site, not one fact about the event
        return Severity.INFO
    if spec is not None and spec.needs_subject and not has_subject:
        return Severity.INFO  # two candidates' votes are not one fact
    if spec is None and measure.partition(":")[2] in _GENERIC_PRICED:
        # «سعر:كيلو»: a price per kilo of meat, of sugar, of dates — the good is not in the key
        return Severity.INFO
    if spec is None and _rate_of_a_tally(measure):
        # «نسبة الوفيات بين المصابين 1.1%» on one day, 0.8% five days on: a rate of a
        # running count moves with it, so two days' rates differ by right.
        return Severity.INFO
    if spec is None or spec.kind not in ("tally", "property"):
        return Severity.WARNING
    if spec.per_place and not region:
        return Severity.WARNING  # figures for places the text does not name may differ
    return Severity.ERROR


def _auto_topic(key: tuple, place: str | None, claims: list[Claim],
                number: int | None = None) -> Topic:
    kind, what = key[:2]
    stretch = key[2] if kind == "date" and len(key) > 2 else ""
    where = f"-{stretch.replace(' ', '')}" if stretch else ""
    where += f"-{place}" if place else ""
    if number is not None:
        where += f"-{number}"
    if kind == "single":
        claim = claims[0]
        return Topic(id=f"auto-{claim.id}", label=f"{claim.kind}: {claim.text.strip()}",
                     kind=claim.kind, source=AUTO_SOURCE, status="", claims=_ids(claims),
                     severity=AUTO_SEVERITY)
    if kind == "quantity":
        label = f"number of «{what}»" + (f" in «{place}»" if place else "")
    else:
        label = (f"date of {what}" + (f", {_occasion_label(stretch)}" if stretch else "")
                 + (f" in «{place}»" if place else ""))
    # A counted noun alone does not say what is counted («200 دولة» of origin and «عشر دول»
    # in a tally are both «دولة»): its disagreements are for information only.
    severity = Severity.INFO if kind == "quantity" else AUTO_SEVERITY
    return Topic(id=f"auto-{kind}-{what}{where}", label=label, kind=kind, source=AUTO_SOURCE,
                 status="", claims=_ids(claims), severity=severity)
