"""What a figure is about, read from the words around it, as an editor reads them.

For each quantity the extractor asks four questions of its sentence:
- measure: what is counted or measured (dead, injured, magnitude …), from the counted noun
  ("111 قتيلا") or a cue nearby ("مقتل 76 شخصا", "284 شخصا لقوا حتفهم", "بقوة 7.4");
- places: which countries it covers ("في سوريا", "وزارة الصحة السورية", "في تركيا وسوريا",
  "في البلدين");
- occasion: which event it belongs to when it is not the story's main one ("زلزال ثانٍ بقوة
  7.6", "الهزات الارتدادية … بين 5 و6 درجات", "منذ زلزال 1999 الذي … 17 ألف");
- attribution: who gives the figure ("بحسب الأمم المتحدة", "قال الدفاع المدني إن …").

Everything works on the article's normal form through `ArticleWords`, which tokenises only
the sentences that hold a figure.
The vocabulary lives in lexicon/ (measures, places, markers, attribution); nothing here
knows a story.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from factcheck.extract.lemmas import lemma_key
from factcheck.extract.normalize import normalize_word
from factcheck.extract.numbers import parse_number_words
from factcheck.extract.words import _forms, holds_phrase, phrase_keys, word_key, words_of
from factcheck.model import Quantity
from factcheck.lexicon.attribution import (ATTRIBUTION_CUE_ONLY_AFTER, ATTRIBUTION_CUES,
                                           ATTRIBUTION_MAX_WORDS, ATTRIBUTION_SKIP,
                                           ATTRIBUTION_STOP, MEDIA_NOUNS)
from factcheck.lexicon.frames import (AFTER_CLAUSE_LINKS, AFTER_THAT, GROUP_OPENER, SERIES_MEASURES, ANOTHER_ONE_WORDS, FEMININE_ENDING, NISBA_LETTER, CLOCK_DURATION_LEADS, COMPARATIVES, CONTRAST_OPENERS, DEMAND_BEFORE,
                                      EARLIER_TALLY_PHRASES, EXTREMES, RAISED_LATER_PHRASES, LEVEL_TO_WORD,
                                      LAST_YEAR_NOT_AFTER, WHOLE_PERIOD_BEFORE,
                                      FALL_BEFORE, FORECAST_BEFORE, FORECAST_PHRASES_AFTER, POPULATION_GROUPS, HEAD_FILLERS,
                                      IMPERFECT_PREFIXES, INCREMENT_AFTER, LIST_INTRO, PAST_AUXILIARIES,
                                      PAST_ENDINGS, PAST_PREFIX,
                                      MARKET_WORDS, MEASURE_HEADS, MODAL_PARTICLE, OFFER_BEFORE,
                                      LEVY_NOUNS, OWN_PROPERTY_FILLERS, OWN_PROPERTY_HEADS, OWN_PROPERTY_TOTALS,
                                      OWN_PROPERTY_PARTS, QUALITY_BEFORE,
                                      PART_AFTER, PER_UNIT_PREFIXES, PLUPERFECT_OPENERS,
                                      IN_EXCHANGE_FOR, PREVIOUS_AFTER, PREVIOUS_BEFORE, PREVIOUS_PERIOD_BEFORE,
                                      PREVIOUS_PHRASES_BEFORE, PRICE_HEAD, PRICED_UNITS,
                                      RATE_AFTER, RATE_PHRASES_AFTER, REACHED_BEFORE,
                                      RESTATEMENT_WORDS, SERIOUS_AFTER, SHARE_OF, SUBSET_PHRASES_AFTER,
                                      SUM_BEFORE_TOTAL,
                                      RUNNING_COUNT_HEADS, SUBSET_WORDS, SUPERLATIVES,
                                      TAKEN_TO, TAKEN_TO_WORDS, TALLY_NOUNS, WHOLE_BEFORE,
                                      RECEIVED_WORDS)
from factcheck.lexicon.markers import (ALL_PLACES_MARKERS, AMONG_WORD, ANAPHORIC_EVENT_ADJECTIVES,
                                       AS_FOLLOWS, BACKGROUND_MARKERS, DISTRIBUTED_OVER, DISTRIBUTION_VERBS,
                                       FOLLOW_ON_MARKERS, LATEST_NOUNS_AFTER_AKHIR, LEADER_MARKERS,
                                       OTHER_EVENT_MARKERS, PART_MARKERS, PART_NOT_BEFORE, RANKING_WORDS,
                                       POSITION_NOUNS, DENOMINATION_NOUNS,
                                       OTHER_MATTER_OPENERS, RECALL_PHRASES, SEPARATE_EVENT_MARKERS,
                                       WHEN_WORDS)
from factcheck.lexicon.clitics import (AND, ARTICLE, CONJUNCTIONS, DEFINITE_PREFIXES, LAM_ARTICLE, POSSESSIVES,
                                      PREPOSITIONS)
from factcheck.lexicon.events import EVENT_WORDS
from factcheck.lexicon.measures import (AT_A_RATE, CHANGE_BY_WORDS, CHANGED_STATES, DISEASE_WORDS,
                                        ANOTHER_KIND_ADJECTIVES, BESIDES_PHRASES, CHANGE_NOUNS, LEVEL_COMPONENTS,
                                        SEGMENT_FILLERS, SEGMENT_LENGTH_UNITS, SEGMENT_NOUNS, SERIES_CUES,
                                        NOT_A_TYPE_ADJECTIVES,
                                        COVERED_LENGTH_WORDS,
                                        CARRYING_VERBS, GOVERNING_CUES, INCREASE_NOUNS, LIVES_WORDS, MEASURES, TRACE_WORDS,
                                        THEIR_ENDINGS,
                                        PAYING_OUT, PERSON_CATEGORIES,
                                        PERSON_NOUNS,
                                        PROPERTY_UNIT_CATEGORIES, REFERENCE_CURRENCIES)
from factcheck.lexicon.clock import (AFTERNOON_WORDS, AS_OF_CUES, HOUR_WORD, HOUR_WORDS,
                                     MORNING_WORDS, TODAY_WORDS, YESTERDAY_WORDS)
from factcheck.lexicon.places import (ADMIN_NOUNS, BROKEN_PLURAL_DEMONYMS, DIRECTION_PREFIXES,
                                      DISTANCE_FROM, EVENT_SITE_WORDS, FACILITY_NOUNS,
                                      HOLDER_WORDS, LEVEL_AT, LEVEL_TO, LOCATED_AFTER,
                                      NOT_PLACES, PLACE_PREPOSITIONS, PLACES, WHERE_OPENERS)
from factcheck.extract.dates import ARABIC_MONTH_WORDS
from factcheck.lexicon.time_words import (RELATIVE, SEASON_NOUNS, THIS_WORDS, TIME_NOUNS, WEEK_WORDS,
                                          YEAR_NOUNS)
from factcheck.lexicon.weekdays import WEEKDAYS
from factcheck.lexicon.qualifiers import QUALIFIERS_BEFORE
from factcheck.lexicon.units import COUNTED_NOUNS

_TOKEN = re.compile(r"[0-9]+(?:[.,٫][0-9]+)*|[a-z]+|[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
_LATIN_INTO_FIGURE = re.compile(r"[a-z][0-9]")


@lru_cache(maxsize=1 << 16)
def _all_forms(word: str) -> frozenset[str]:
    """The word with and without its clitics: "وفاة" may be و+فاة to a stemmer, so a
    table entry and a token match when any of their forms do."""
    return _forms(word)[1] | {word_key(word)}


def _keys(words) -> frozenset[str]:
    return frozenset(f for w in words for f in _all_forms(w))


def _by_word(phrases, at: int) -> dict[str, tuple]:
    """Phrases indexed by their word at `at` (0: first, -1: last), so a figure looks up the
    word beside it instead of trying every phrase."""
    index: dict[str, list] = {}
    for p in phrases:
        index.setdefault(p[at], []).append(p)
    return {w: tuple(ps) for w, ps in index.items()}


def _table(entries) -> dict[str, str]:
    return {f: name for name, words in entries for w in words for f in _all_forms(w)}


def _one_word_forms(lemmas) -> list[str]:
    """Every one-word form of these counted nouns (units.py); tokens are single words."""
    return [form for lemma in lemmas for form in COUNTED_NOUNS[lemma][1] if " " not in form]


# Cue look-ups by every form of every word, and by lemma (lemmas.py: «شهداء» is «شهيد»),
# built once.
_UNIT_MEASURE = _table((name, _one_word_forms(m.units)) for name, m in MEASURES.items())
_UNIT_MEASURE.update({lemma_key(u): name for name, m in MEASURES.items() for u in m.units})
_CUE_MEASURE = _table((name, [c for c in m.cues if " " not in c]) for name, m in MEASURES.items())
_CUE_MEASURE.update({lemma_key(c): name for name, m in MEASURES.items() for c in m.cues
                     if " " not in c and lemma_key(c) not in _CUE_MEASURE})
# A cue word with two readings keeps the one of the counts it shares with a figure's measure
# (checks/_COUNTS): «فقد» is «lost» of a currency's value and «went missing» of people
# («وفُقد 31 آخرون»); the people's reading is looked up here.
_TALLY_CUE = _table((name, [c for c in m.cues if " " not in c]) for name, m in MEASURES.items()
                    if m.kind == "tally")
_LIVES = _keys(LIVES_WORDS)
_GROUPS = _keys(POPULATION_GROUPS)
_RANKING = _keys(RANKING_WORDS)
# «فيما», «بينما»: another subject's clause starts
_CONTRAST_OPENERS = frozenset(c + normalize_word(w) for w in CONTRAST_OPENERS
                              for c in ("", *CONJUNCTIONS))
_POSITION = _keys(POSITION_NOUNS)
_DENOMINATION = _keys(DENOMINATION_NOUNS)
_TRACE = _keys(TRACE_WORDS)
_BI = normalize_word("ب")
_THEIR = tuple(normalize_word(p) for p in THEIR_ENDINGS)
_MEDIA = _keys(w for w in MEDIA_NOUNS if " " not in w)
_ADMIN = _keys(ADMIN_NOUNS)
_FACILITY = _keys(FACILITY_NOUNS)
_HOLDER = _keys(HOLDER_WORDS)
_INCREMENT = _keys(INCREMENT_AFTER)
_RATE = _keys(RATE_AFTER)
_RATE_PHRASES = _by_word([tuple(normalize_word(w) for w in p.split()) for p in RATE_PHRASES_AFTER],
                         0)
_FORECAST = _keys(FORECAST_BEFORE)
_BESIDES = tuple(tuple(normalize_word(w) for w in p.split()) for p in BESIDES_PHRASES)
_HORIZONS = _by_word([tuple(normalize_word(w) for w in p.split()) for p in FORECAST_PHRASES_AFTER],
                     0)
_REACHED = frozenset(normalize_word(w) for w in REACHED_BEFORE)
_DEMAND = _keys(DEMAND_BEFORE)
_OFFER = _keys(OFFER_BEFORE)
_PREVIOUS = _keys(PREVIOUS_BEFORE)
_IN_EXCHANGE = _keys(IN_EXCHANGE_FOR)
_WHOLE_PHRASES = _by_word([tuple(word_key(normalize_word(w)) for w in p.split())
                           for p in WHOLE_BEFORE], -1)
_WHOLE_PHRASES_AFTER = _by_word([tuple(word_key(normalize_word(w)) for w in p.split())
                                 for p in WHOLE_BEFORE], 0)
_DISEASE = _keys(DISEASE_WORDS)
_PREVIOUS_PHRASES = _by_word([tuple(word_key(normalize_word(w)) for w in p.split())
                              for p in PREVIOUS_PHRASES_BEFORE], -1)
_HEADS = _keys(MEASURE_HEADS)
_QUALITY_BEFORE = _keys(QUALITY_BEFORE)
_LEVY = _keys(LEVY_NOUNS)
_INCREASE_NOUNS = _keys(INCREASE_NOUNS)
_BY = normalize_word(PREPOSITIONS[0])  # «ب»
_CHANGE_NOUN_FORMS = frozenset(normalize_word(w) for w in CHANGE_NOUNS)
_ANOTHER_KIND = _keys(ANOTHER_KIND_ADJECTIVES)
_ITS = tuple(normalize_word(w) for w in POSSESSIVES[:2])  # «ه», «ها»
_OWN_PROPERTY_BARE = {normalize_word(noun): name for name, nouns in OWN_PROPERTY_HEADS.items()
                      for noun in nouns}
# … and with «its»: «طوله», «كلفتها» (a feminine noun's «ة» written «ت» before it)
_OWN_PROPERTY = {**_OWN_PROPERTY_BARE,
                 **{(noun[:-1] + "ت" if noun.endswith("ه") else noun) + mine: name
                    for noun, name in _OWN_PROPERTY_BARE.items() for mine in _ITS}}
_THIS = frozenset(normalize_word(w) for w in THIS_WORDS)
_EXCHANGE_RATE = "exchange-rate"
_PAYING_OUT = normalize_word(PAYING_OUT)
_COVERED_LENGTH = frozenset(c + normalize_word(w) for w in COVERED_LENGTH_WORDS for c in ("", "و"))
_OWN_PROPERTY_FILLERS = frozenset(word_key(normalize_word(w)) for w in OWN_PROPERTY_FILLERS)
_OWN_PROPERTY_PARTS = _keys(OWN_PROPERTY_PARTS)
_OWN_PROPERTY_TOTALS = _keys(OWN_PROPERTY_TOTALS)
_HEAD_FILLERS = _keys(HEAD_FILLERS)
_SERIOUS = _keys(SERIOUS_AFTER)
_PART_AFTER = frozenset(normalize_word(w) for w in PART_AFTER)
_PREVIOUS_AFTER = _keys(PREVIOUS_AFTER)
_PREVIOUS_PERIOD = frozenset(normalize_word(w) for w in PREVIOUS_PERIOD_BEFORE)
# «يونيو الماضي», «العام المنصرم»: a period before the article's own
_PAST_RELATIVE = frozenset(normalize_word(w) for w, offset in RELATIVE.items() if offset < 0)
_WEEK_WORDS = frozenset(word_key(normalize_word(w)) for w in WEEK_WORDS)
_FALL = _keys(FALL_BEFORE)
_MODALS = frozenset(c + normalize_word(MODAL_PARTICLE) for c in ("", *CONJUNCTIONS))
_IMPERFECT = tuple(normalize_word(p) for p in IMPERFECT_PREFIXES)
_PAST_PREFIX = normalize_word(PAST_PREFIX)
_PAST_ENDINGS = tuple(normalize_word(e) for e in PAST_ENDINGS)
_PAST_AUXILIARIES = frozenset(normalize_word(w) for w in PAST_AUXILIARIES)
_LATEST_AFTER_AKHIR = _keys(LATEST_NOUNS_AFTER_AKHIR)
_REFERENCE_CURRENCIES = _keys(REFERENCE_CURRENCIES)
_CARRYING_VERBS = _keys(CARRYING_VERBS)
_EXTREMES = _keys(EXTREMES)
_CLOCK_DURATION_LEADS = _keys(CLOCK_DURATION_LEADS)
_EXTREME_REACH = 4  # «أقصى عمق لأنفاقه 520»: the cue, whose it is, maybe «يبلغ»
_CHANGE_BY = frozenset(normalize_word(w) for w in CHANGE_BY_WORDS)
_AT_A_RATE = normalize_word(AT_A_RATE)
_CHANGED_STATES = frozenset(normalize_word(w) for w in CHANGED_STATES)
_FROM = normalize_word(SHARE_OF)
_TO_WORD = normalize_word(LEVEL_TO_WORD)
_FROM_TO_REACH = 4  # «من 120 مليار دينار إلى»: the figure's scale word and noun between
_PRICED_UNITS = frozenset(normalize_word(w) for w in PRICED_UNITS)
_PER_PREFIXES = tuple(normalize_word(p) for p in PER_UNIT_PREFIXES)
_PRICE_HEAD = word_key(normalize_word(PRICE_HEAD))
_MARKET = _keys(MARKET_WORDS)
_COMPARATIVES = frozenset(normalize_word(w) for w in COMPARATIVES)
_SUPERLATIVES = frozenset(normalize_word(w) for w in SUPERLATIVES)
_RESTATEMENT = frozenset(normalize_word(w) for w in RESTATEMENT_WORDS)
_AS_OF = _keys(AS_OF_CUES)
_SUM_WORDS = _keys(SUM_BEFORE_TOTAL)
_HOUR_WORD = word_key(HOUR_WORD)
_HOURS = {tuple(normalize_word(w).split()): h for w, h in HOUR_WORDS.items()}
_AFTERNOON = _keys(AFTERNOON_WORDS)
_MORNING = _keys(MORNING_WORDS)
_TODAY = _keys(TODAY_WORDS)
_YESTERDAY = _keys(YESTERDAY_WORDS)
_WEEKDAY_OF = {word_key(w): n for w, n in WEEKDAYS.items()}
_DISTANCE_FROM = frozenset(normalize_word(w) for w in DISTANCE_FROM)
_WHERE_OPENERS = _keys(WHERE_OPENERS)
_EVENT_SITE = frozenset(word_key(normalize_word(w)) for w in EVENT_SITE_WORDS)
# The site of a distance from the event's own site: what it locates is something else.
FROM_EVENT_SITE = "from:event-site"
_LEVEL_AT = frozenset(normalize_word(w) for w in LEVEL_AT)
_NOT_PLACES = _keys(NOT_PLACES)
_TIME_NOUNS = _keys(TIME_NOUNS)
_LEVEL_TO = frozenset(normalize_word(w) for w in LEVEL_TO)
# Month names: «في يوليو إلى 48 درجة» names when, not where.
_MONTH_NAMES = _keys(ARABIC_MONTH_WORDS)
_LOCATED_AFTER = _keys(w.split()[-1] for w in LOCATED_AFTER)
_RELATIVES = _keys(w.split()[0] for w in LOCATED_AFTER if " " in w)
_DISTANT_VERBS = _keys(w for w in LOCATED_AFTER if " " not in w and not w.startswith("ال"))
_DIRECTION_WORDS = _keys(DIRECTION_PREFIXES)
_LEADERS = _keys(LEADER_MARKERS)
_CONJUNCTION_LETTERS = frozenset(CONJUNCTIONS)
_PREPOSITION_LETTERS = frozenset(PREPOSITIONS)
_ARTICLE = normalize_word(ARTICLE)
_LAM_ARTICLE = normalize_word(LAM_ARTICLE)
_ANAPHORIC = frozenset(normalize_word(w) for w in ANAPHORIC_EVENT_ADJECTIVES)
_EVENT_NOUNS = _keys(EVENT_WORDS["disaster"])
_ANOTHER_ONE = _keys(ANOTHER_ONE_WORDS)
_ANOTHER_AFTER = 2  # words between a disaster noun and «آخر» («غرق قارب آخر»)
# The categories of counted noun a measure's cue may name (Measure.counts); measures
# without them keep the older rule below (tallies name people, properties bare numbers).
_COUNTS = {name: frozenset(m.counts) for name, m in MEASURES.items() if m.counts}
_FLAG_KEYS = (("media", _MEDIA), ("admin", _ADMIN), ("facility", _FACILITY),
              ("holder", _HOLDER), ("increment", _INCREMENT), ("rate", _RATE),
              ("forecast", _FORECAST), ("demand", _DEMAND), ("offer", _OFFER),
              ("previous", _PREVIOUS), ("head", _HEADS),
              ("head-filler", _HEAD_FILLERS), ("serious", _SERIOUS),
              ("previous-after", _PREVIOUS_AFTER), ("latest-after-akhir", _LATEST_AFTER_AKHIR),
              ("reference-currency", _REFERENCE_CURRENCIES), ("disease", _DISEASE))
_OTHER_EVENT = _keys(OTHER_EVENT_MARKERS)
_SEPARATE_EVENT = _keys(SEPARATE_EVENT_MARKERS)
_RECALL_PHRASES = phrase_keys(RECALL_PHRASES)
# Each opener's words; the first with the conjunction short words keep («وفي سياق متصل»).
_OTHER_MATTER_OPENERS = tuple(
    (frozenset((first, *(c + first for c in CONJUNCTIONS))), *rest)
    for first, *rest in (tuple(normalize_word(w) for w in p.split()) for p in OTHER_MATTER_OPENERS))
_FOLLOW_ON = _keys(FOLLOW_ON_MARKERS)
_ALL_PLACES = _keys(ALL_PLACES_MARKERS)
_BACKGROUND = _keys(BACKGROUND_MARKERS)
_EARLIER_TALLY_PHRASES = phrase_keys(EARLIER_TALLY_PHRASES)
_RAISED_LATER = phrase_keys(RAISED_LATER_PHRASES)
_PLUPERFECT = _keys(PLUPERFECT_OPENERS)
_WHOLE_PERIOD = _keys(WHOLE_PERIOD_BEFORE)
_YEAR_NOUNS = _keys(YEAR_NOUNS)
_SEASON_NOUNS = _keys(SEASON_NOUNS)
_LAST_YEAR_NOT_AFTER = _keys(LAST_YEAR_NOT_AFTER)
# A figure joined by «و» to the one before it («3100 إصابة و18 وفاة») shares its frame when
# at most this many words separate them.
_JOINED_REACH = 4
_TALLY_NOUNS = _keys(TALLY_NOUNS)
_COUNT_HEADS = frozenset(normalize_word(w) for w in RUNNING_COUNT_HEADS)
_WHEN = _keys(WHEN_WORDS)
_DISTRIBUTION = _keys(DISTRIBUTION_VERBS)
_LIST_INTRO_WORDS = frozenset(normalize_word(w) for w in LIST_INTRO)
_SUBSET = _keys(SUBSET_WORDS)
_TAKEN_TO_WORDS = _keys(TAKEN_TO_WORDS)
_TAKEN_TO = normalize_word(TAKEN_TO)
_RECEIVED = _keys(RECEIVED_WORDS)
# «مستشفى الملك فهد بالمدينة المنورة، الذي استقبل»: how far back the facility may be named
_RECEIVED_REACH = 8
_SUBSET_AFTER = _by_word([tuple(normalize_word(w) for w in p.split()) for p in SUBSET_PHRASES_AFTER], 0)
_DISTRIBUTED_OVER = frozenset(normalize_word(w) for w in DISTRIBUTED_OVER)
_AS_FOLLOWS = frozenset(normalize_word(w) for w in AS_FOLLOWS)
_ATTR_CUES = _keys(ATTRIBUTION_CUES)
_ATTR_SKIP = _keys(ATTRIBUTION_SKIP) | _ATTR_CUES
_ATTR_STOP = _keys(ATTRIBUTION_STOP)
# "قبل" introduces a source only in "من قبل": cue key → the word that must precede it.
_ATTR_ONLY_AFTER = {word_key(cue): normalize_word(before)
                    for cue, before in ATTRIBUTION_CUE_ONLY_AFTER.items()}
# "among them 1000 in Istanbul", "41 of them": a part of another figure, not a total.
_PART_MARKERS = _keys(PART_MARKERS)
_PART_NOT_BEFORE = frozenset(normalize_word(w) for w in PART_NOT_BEFORE)
_AMONG = normalize_word(AMONG_WORD)
# Counted nouns (units' lemmas) whose figure's measure a cue decides: people (the cue says
# what happened to them) and scales or lengths (the cue says which property).
_PERSON_UNITS = _keys(PERSON_NOUNS) | _keys(
    lemma for lemma, (category, _) in COUNTED_NOUNS.items() if category in PERSON_CATEGORIES)
# What the items of a list of parts count: people of every kind («12 طفلا و8 نساء»).
_LISTED_NOUNS = _keys(form for _, (category, forms) in COUNTED_NOUNS.items()
                      if category in PERSON_CATEGORIES for form in forms) | _keys(PERSON_NOUNS)
_CASE_UNITS = _keys(lemma for lemma, (category, _) in COUNTED_NOUNS.items() if category == "cases")
_PROPERTY_UNITS = _keys(lemma for lemma, (category, _) in COUNTED_NOUNS.items()
                        if category in PROPERTY_UNIT_CATEGORIES)
_PROPERTY_CUE_REACH = 3
_PLACE_PREPOSITIONS = _keys(PLACE_PREPOSITIONS)
_CLAUSE_BREAK = re.compile(r"[.,،؛;:!?؟]")  # "بلغت قوته 7.8": a scale cue names the figure right after it


def _place_index() -> tuple[dict[str, str], dict[tuple[str, str], str], dict[str, str]]:
    """(one-word form key → place, two-word form keys → place, bare name → place)."""
    single: dict[str, str] = {}
    double: dict[tuple[str, str], str] = {}
    names: dict[str, str] = {}
    for place, forms in PLACES.items():
        for form in forms:
            words = normalize_word(form).split()
            if len(words) == 1:
                single[word_key(words[0])] = place
                names[words[0]] = place
            elif len(words) == 2:
                double[(word_key(words[0]), word_key(words[1]))] = place
    return single, double, names


_PLACE_SINGLE, _PLACE_DOUBLE, _PLACE_NAMES = _place_index()
_PLACE_DOUBLE_FIRST = frozenset(first for first, _ in _PLACE_DOUBLE)
_PLACE_DOUBLE_SECOND = frozenset(second for _, second in _PLACE_DOUBLE)
_DIRECTIONS = tuple(normalize_word(d) for d in DIRECTION_PREFIXES)


def _demonym_index() -> tuple[dict[str, str], frozenset[str]]:
    """Every form of a nationality adjective → its country: the adjectives of PLACES
    ("المصري") by rule — accusative "مصريا", plurals "مصريين"/"مصريون", feminine "مصرية" —
    and the broken plurals news uses ("المغاربة")."""
    index: dict[str, str] = {}
    plurals: set[str] = set()
    for place, forms in PLACES.items():
        for form in forms:
            word = normalize_word(form)
            if " " in word:
                continue
            stem = word[2:] if word.startswith("ال") else word
            if not stem.endswith("ي") or len(stem) < 4:
                continue
            for variant in (stem, stem + "ا", stem + "ين", stem + "ون", stem + "ه", stem + "ات"):
                index.setdefault(variant, place)
            plurals.update((stem + "ين", stem + "ون"))
    for place, forms in BROKEN_PLURAL_DEMONYMS.items():
        for form in forms:
            word = normalize_word(form)
            for variant in (word, word[2:] if word.startswith("ال") else word):
                index[variant] = place
                plurals.add(variant)
    return index, frozenset(plurals)


_DEMONYMS, _PLURAL_DEMONYMS = _demonym_index()


class Word:
    """One distinct word of the normal form with what the tables say about it. Articles
    repeat their words, so each is analysed once and shared by every token of it."""

    __slots__ = ("word", "key", "lemma", "forms", "cue_measure", "unit_measure", "places",
                 "glued", "covers_all_places", "attribution_cue", "attribution_skip",
                 "attribution_stop", "place_preposition", "may_end_place", "demonym", "flags")

    def __init__(self, word: str):
        self.word = word  # normal form
        self.key = word_key(word)  # clitics and article removed
        self.lemma = lemma_key(word)  # inflections joined («قتلى» is «قتيل»)
        self.forms = _all_forms(word)  # every reading with and without clitics
        self.cue_measure = self._look_up(_CUE_MEASURE)
        self.unit_measure = self._look_up(_UNIT_MEASURE)
        # The nationality the word names as an adjective or a people ("مصريا", "المصريين",
        # "المغاربة"): whose a figure is when it follows the count.
        self.demonym = _DEMONYMS.get(self.key) or _DEMONYMS.get(self.word)
        # What the word says about a figure next to it (lexicon/frames.py, places.py).
        self.flags = frozenset(name for name, keys in _FLAG_KEYS if self.among(keys))
        # The tables every figure's facets consult, answered once per word.
        self.covers_all_places = self.among(_ALL_PLACES)
        self.attribution_cue = self.among(_ATTR_CUES)
        self.attribution_skip = self.among(_ATTR_SKIP)
        self.attribution_stop = self.among(_ATTR_STOP)
        self.place_preposition = self.among(_PLACE_PREPOSITIONS)
        # The place the word names alone (a two-word name needs its neighbour, see
        # _find_places); `glued` when that is read from a glued form ("جنوبتركيا").
        self.places: frozenset[str] = frozenset()
        self.glued = False
        if self.key in _PLACE_SINGLE:
            self.places = frozenset((_PLACE_SINGLE[self.key],))
        elif len(word) > 6 and ("و" in word[3:-3] or word.startswith(_DIRECTIONS)):
            self.places = _glued_places(word)
            self.glued = bool(self.places)
        self.may_end_place = bool(self.places) or self.key in _PLACE_DOUBLE_SECOND

    def among(self, keys: frozenset[str]) -> bool:
        return not self.forms.isdisjoint(keys)

    def _look_up(self, table: dict[str, str]) -> str | None:
        for form in (self.key, *sorted(self.forms), self.lemma):
            if form in table:
                return table[form]
        return None


# Each distinct word's Word, shared by every sentence of every article this process reads.
# A plain dict (a look-up costs a third of an lru_cache call), emptied when it grows past
# the bound so a long archive scan keeps its memory flat.
_WORDS: dict[str, Word] = {}
_WORDS_MAX = 1 << 16


def _word(word: str) -> Word:
    found = _WORDS.get(word)
    if found is None:
        if len(_WORDS) >= _WORDS_MAX:
            _WORDS.clear()
        found = _WORDS[word] = Word(word)
    return found


def tokens(text: str) -> list[str]:
    """The tokens of a normal-form text, as a view of it would hold them, without the
    offsets and places a view also reads (a view of a whole article costs a sixth of its
    extraction)."""
    return _TOKEN.findall(text)


def analysed_word(word: str) -> Word:
    """The Word of a token (its key, lemma, the places it names …), analysed once per
    process."""
    return _word(word)


class PlaceMention(NamedTuple):
    index: int  # token index of its last word
    places: frozenset[str]
    marked: bool  # introduced as a place: "في سوريا" / "بسوريا"; not "ومركزه تركيا" or "السورية"


@dataclass(frozen=True)
class Facets:
    """A figure's frame, as read from its sentence (see the module docstring)."""

    measure: str | None = None
    places: tuple[str, ...] = ()
    occasion: str | None = None
    attribution: tuple[int, int] | None = None  # normal-form span of the source's name
    subject: str | None = None  # whose: the nationality counted ("323 حاجا مصريا" → مصر)
    site: str | None = None  # a place inside the country ("بإقليم الحوز" → "اقليم:حوز")
    # What kind of figure it is when not a plain reported value: "part" of another,
    # "increment", "rate", "forecast", "demand", "offer", "previous" (the level before a change).
    role: str | None = None
    # The moment a running figure is given for, relative to the article's own day: "today
    # 10:00", "yesterday 18:00", "wd5 10:00" (a Saturday), as written before it.
    as_of: str | None = None


class Words:
    """The words of one stretch of the article (a figure's sentence) with their offsets, and
    the places named among them. Indexes are local to the stretch."""

    def __init__(self, article: "ArticleWords", lo: int, hi: int):
        self.article = article
        # Split rather than finditer: the pieces alternate separator, token, separator …,
        # and their offsets are running sums of their lengths, all computed in C.
        pieces = _TOKEN_SPLIT.split(article.text[lo:hi])
        offsets = list(accumulate(map(len, pieces), initial=lo))
        cached = _WORDS.get
        # Token k is tokens[k] (shared by every occurrence of the word) at [starts[k], ends[k]).
        self.tokens = [cached(w) or _word(w) for w in pieces[1::2]]
        self.starts = offsets[1:-1:2]
        self.ends = offsets[2:-1:2]
        self.texts = [t.word for t in self.tokens]
        # Indexes k of Latin words with a figure right after them, no space between ("f16").
        self._latin_into_figure: list[int] = []
        if _LATIN_INTO_FIGURE.search(article.text, lo, hi):
            self._latin_into_figure = [
                k for k in range(len(self.tokens) - 1)
                if self.ends[k] == self.starts[k + 1] and "a" <= self.texts[k][-1] <= "z"
                and self.texts[k + 1][0].isdigit()]
        self.places = _find_places(self, article.text)
        self._attribution_cues: list[int] | None = None

    @property
    def main_places(self) -> frozenset[str]:
        return self.article.main_places

    @property
    def attribution_cues(self) -> list[int]:
        """Ascending indexes of the tokens that introduce a source ("بحسب", "أعلنت"), found
        once for every figure of the sentence."""
        if self._attribution_cues is None:
            tokens = self.tokens
            # "قبل" is a source only in "من قبل" ("by"), otherwise it means "before".
            self._attribution_cues = [
                k for k, token in enumerate(tokens) if token.attribution_cue
                and (token.key not in _ATTR_ONLY_AFTER
                     or (k > 0 and tokens[k - 1].word == _ATTR_ONLY_AFTER[token.key]))]
        return self._attribution_cues

    def index_range(self, lo: int, hi: int) -> tuple[int, int]:
        """Token indexes [i, j) of the tokens that start within [lo, hi)."""
        return bisect.bisect_left(self.starts, lo), bisect.bisect_left(self.starts, hi)

    def words_of(self, lo: int, hi: int) -> tuple[str, ...]:
        """`words_of` of the normal form's [lo, hi), which a claim keeps, read off the tokens
        already found rather than tokenised again. The two tokenisers agree except where
        a Latin word runs into a figure ("f16": one word to words_of) and where [lo, hi)
        cuts a word (a clitic before a figure); there words_of reads the text itself."""
        i, j = self.index_range(lo, hi)
        if (self._cuts_word(lo) or self._cuts_word(hi)
                or any(i <= k < j - 1 for k in self._latin_into_figure)):
            return words_of(self.article.text[lo:hi], normalized=True)
        return tuple(self.texts[i:j])

    def _cuts_word(self, offset: int) -> bool:
        k = bisect.bisect_left(self.starts, offset) - 1
        return k >= 0 and self.ends[k] > offset


class ArticleWords:
    """The article's normal form, read in stretches on demand: only the sentences that hold
    a figure are ever tokenised (most of an article is not), each once."""

    def __init__(self, norm_text: str):
        self.text = norm_text
        self._views: dict[tuple[int, int], Words] = {}
        self._main_places: frozenset[str] | None = None
        self._home: str | None = None
        self._mentions: list[PlaceMention] | None = None

    def view(self, lo: int, hi: int) -> Words:
        key = (lo, hi)
        if key not in self._views:
            self._views[key] = Words(self, lo, hi)
        return self._views[key]

    def words_of(self, sentence: tuple[int, int], lo: int, hi: int) -> tuple[str, ...]:
        """`words_of` of [lo, hi) within `sentence`: off the sentence's tokens when a figure
        there had them read, else from the text (a sentence that holds only a date)."""
        view = self._views.get(sentence)
        if view is None:
            return words_of(self.text[lo:hi], normalized=True)
        return view.words_of(lo, hi)

    @property
    def home_place(self) -> str | None:
        """The one country the article places things in at least twice («في العراق»,
        «بالمغرب»), when there is exactly one such country."""
        if self._home is None:
            counts: dict[str, int] = {}
            for mention in self.all_place_mentions():
                if mention.marked:
                    for place in mention.places:
                        counts[place] = counts.get(place, 0) + 1
            homes = [p for p, n in counts.items() if n >= 2]
            self._home = homes[0] if len(homes) == 1 else ""
        return self._home or None

    @property
    def main_places(self) -> frozenset[str]:
        """The places the article is about: named at least twice (a passing mention of where
        the news was felt is not one of them). Read only when a figure needs it."""
        if self._main_places is None:
            counts: dict[str, int] = {}
            for mention in self.all_place_mentions():
                for place in mention.places:
                    counts[place] = counts.get(place, 0) + 1
            self._main_places = frozenset(p for p, n in counts.items() if n >= 2)
        return self._main_places


    def all_place_mentions(self) -> list[PlaceMention]:
        """Every place mention of the article, as a view of the whole text would find them,
        without tokenising the whole text (a sixth of an extraction): only stretches around
        the whitespace-separated chunks that can hold a place are read, each with enough
        words on both sides for the mention's context (a preposition, an outlet's name, a
        coordinated list), overlapping stretches as one."""
        if self._mentions is None:
            text = self.text
            spans: list[tuple[int, int]] = []
            # Most chunks are known to hold no place: one set difference drops them.
            for chunk in set(text.split()) - _CHUNKS_WITHOUT_PLACE:
                if _holds_place(chunk):
                    at = text.find(chunk)
                    while at != -1:
                        spans.append((at, at + len(chunk)))
                        at = text.find(chunk, at + len(chunk))
            mentions: list[PlaceMention] = []
            for lo, hi in _stretches(text, sorted(spans)):
                mentions.extend(self.view(lo, hi).places)
            self._mentions = mentions
        return self._mentions


# Characters read on each side of a chunk that can hold a place: more than the three words
# before a name that _find_places consults, and than the words a list of places spans.
_PLACE_MARGIN = 80


def _stretches(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans widened by _PLACE_MARGIN to whole words and joined where they overlap."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        lo = text.rfind(" ", 0, max(0, start - _PLACE_MARGIN)) + 1
        hi = text.find(" ", min(len(text), end + _PLACE_MARGIN))
        hi = len(text) if hi == -1 else hi
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


# Whitespace-separated chunks known to hold no word that can end a place name, and known to
# hold one; bounded like _WORDS.
_CHUNKS_WITHOUT_PLACE: set[str] = set()
_CHUNKS_WITH_PLACE: set[str] = set()


def _holds_place(chunk: str) -> bool:
    if chunk in _CHUNKS_WITH_PLACE:
        return True
    if len(_CHUNKS_WITHOUT_PLACE) + len(_CHUNKS_WITH_PLACE) >= _WORDS_MAX:
        _CHUNKS_WITHOUT_PLACE.clear()
        _CHUNKS_WITH_PLACE.clear()
    if any(_word(w).may_end_place for w in _TOKEN.findall(chunk)):
        _CHUNKS_WITH_PLACE.add(chunk)
        return True
    _CHUNKS_WITHOUT_PLACE.add(chunk)
    return False


def _glued_places(word: str) -> frozenset[str]:
    """"جنوبتركيا" (a direction typed without its space) and "سورياوتركيا" (two names
    joined by و without spaces) still name their countries."""
    for direction in _DIRECTIONS:
        rest = word[len(direction):]
        if word.startswith(direction) and rest in _PLACE_NAMES:
            return frozenset((_PLACE_NAMES[rest],))
    for i in range(3, len(word) - 3):
        if word[i] == "و" and word[:i] in _PLACE_NAMES and word[i + 1:] in _PLACE_NAMES:
            return frozenset((_PLACE_NAMES[word[:i]], _PLACE_NAMES[word[i + 1:]]))
    return frozenset()


def _find_places(words: Words, text: str) -> list[PlaceMention]:
    tokens = words.tokens
    found: list[PlaceMention] = []
    # Only a word that names a place alone or ends a two-word name can end a mention.
    for i in [k for k, token in enumerate(tokens) if token.may_end_place]:
        token = tokens[i]
        # A two-word name ("قطاع غزة") first, then what the word names alone.
        pair = (tokens[i - 1].key, token.key) if i else None
        if pair and pair[0] in _PLACE_DOUBLE_FIRST and pair in _PLACE_DOUBLE:
            places, glued = frozenset((_PLACE_DOUBLE[pair],)), False
        else:
            places, glued = token.places, token.glued
        if not places:
            continue
        if any("media" in tokens[k].flags for k in range(max(0, i - 3), i)):
            continue  # "وكالة الصحافة الفرنسية" names an outlet, not where or whose
        name_start = i - 1 if pair and pair in _PLACE_DOUBLE and places == frozenset(
            (_PLACE_DOUBLE[pair],)) else i
        if name_start > 0 and tokens[name_start - 1].among(_LEADERS):
            continue  # "التحالف بقيادة الولايات المتحدة": who leads it, not where it is
        marked = glued or (token.word[:1] == "ب" and token.word[1:3] != "ال") or (
            i > 0 and tokens[i - 1].place_preposition)
        # "في تركيا وسوريا", "الشمال السوري والجنوب التركي": a coordinated list is one
        # place, unless a comma or full stop separates them ("في تركيا، وفي سوريا …").
        if found and i - found[-1].index <= 3 and any(
                tokens[k].word.startswith("و") for k in range(found[-1].index + 1, i + 1)) \
                and not _CLAUSE_BREAK.search(text, words.ends[found[-1].index], words.starts[i]):
            previous = found.pop()
            found.append(PlaceMention(i, previous.places | places, previous.marked or marked))
        else:
            found.append(PlaceMention(i, places, marked))
    return found


# ---------------------------------------------------------------- facets of one figure


def measure_of(article_words: ArticleWords, start: int, end: int, unit: str | None,
               value: Quantity, clause: tuple[int, int], sentence: tuple[int, int]) -> str | None:
    """Only the measure of a figure: what the extractor asks before lending it a unit."""
    words = article_words.view(*sentence)
    first, last = words.index_range(start, end)
    c_lo, c_hi = words.index_range(*clause)
    if _is_part(words.tokens, first, c_lo):
        return None
    return _measure(words.tokens, first, last, c_lo, c_hi, unit, value)


def _ranked(tokens: list[Word], first: int, s_lo: int) -> bool:
    """«وتصدرت السرعة الزائدة أسباب الوفيات بـ104 حالات، تلاها الانشغال بالهاتف بـ71 حالة»: a
    figure «بـ» or a holder's verb introduces after a ranking word of its sentence is one
    ranked part's («الأكبر في المحافظة، يليه مخيم الحمراء الذي يضم 23 ألفا و400 لاجئ»)."""
    if not (first - 1 > s_lo and (tokens[first - 1].word == _BI
                                  or "holder" in tokens[first - 1].flags)):
        return False
    for t in reversed(tokens[s_lo:first - 1]):
        if t.word in _CONTRAST_OPENERS:
            return False  # «ففي إسبانيا، أكبر منتج …، فيما أعلنت تونس أن صابتها تقدر بـ308»
        if t.key in _RANKING:
            return True
    return False


def _deaths_among_cases(tokens: list[Word], first: int, last: int, s_lo: int) -> bool:
    """«ارتفع عدد حالات الاشتباه إلى 2015 حالة، بينها 37 وفاة»: the deaths among an
    outbreak's cases (or among the injured) are the death toll, not a part of the cases."""
    if not (s_lo < first < last and tokens[first - 1].among(_PART_MARKERS)
            and tokens[last - 1].unit_measure == _DEAD):
        return False
    whole = next((k for k in range(first - 2, max(s_lo, first - _WHOLE_REACH) - 1, -1)
                  if tokens[k].word[:1].isdigit()), None)
    if whole is None or whole + 1 >= first - 1:
        return False
    noun = tokens[whole + 1]
    return noun.key in _CASE_UNITS or noun.unit_measure == _INJURED


_DEAD, _INJURED = "dead", "injured"
_WHOLE_REACH = 4  # words from the cases back to the figure before «بينها»


def _is_part(tokens: list[Word], first: int, c_lo: int) -> bool:
    """"بينهم ألف في إسطنبول": a part of the figure before it, not a figure of its own; so
    is each figure of the list a part marker opens («بينهم 12 طفلا و8 نساء»), and a figure
    right after «من بين» and the whole it is taken from («ومن بين القتلى 15 طفلا»)."""
    if (0 < first < len(tokens) and tokens[first - 1].word in _AS_FOLLOWS
            and any(t.among(_DISTRIBUTION) for t in tokens[max(0, first - 4):first - 1])):
        return True  # «موزعون كالتالي: 15 محكوما …»: the list after the colon breaks it down
    if first <= c_lo or (first < len(tokens) and tokens[first].word in _PART_NOT_BEFORE):
        return False
    if first - 1 > c_lo and tokens[first - 1].word == _ARTICLE:
        first -= 1  # «بينهم الـ14 الذين انتشلوا أحياء»: the article, then the figure
    # Back over the list's earlier items (a figure and its counted noun: «بينهم 12 طفلا و8
    # نساء») to what opens it.
    k = first - 1
    while k > c_lo and k >= first - 9 and (tokens[k].word[:1].isdigit() or tokens[k].word == "و"
                                           or tokens[k].among(_LISTED_NOUNS)):
        k -= 1
    if tokens[k].among(_PART_MARKERS):
        return k == first - 1 or tokens[k + 1].word[:1].isdigit()
    if tokens[k].word in _DISTRIBUTED_OVER and any(
            t.among(_DISTRIBUTION) for t in tokens[max(c_lo, k - 3):k]):
        return tokens[k + 1].word[:1].isdigit()  # «ويتوزع الضحايا بين 27 ليبيا و6 أتراك»
    if (tokens[k].word in _LIST_INTRO_WORDS and k - 1 >= c_lo and _definite(tokens[k - 1])
            and (tokens[k + 1].word[:1].isdigit() or k + 1 == first)):
        # «الضحايا هم 13 مريضا و3 من المرافقين», «والضحايا الستة هم ثلاثة أطفال وامرأتان»:
        # the whole, then its parts
        return True
    return (k - 1 >= c_lo and tokens[k - 1].word == _AMONG
            and tokens[k].word.startswith(_ARTICLE) and tokens[k + 1].word[:1].isdigit())


def quantity_facets(article_words: ArticleWords, start: int, end: int, unit: str | None,
                    value: Quantity, clause: tuple[int, int], sentence: tuple[int, int],
                    previous_same_clause: tuple[int, int] | None,
                    category: str | None = None) -> Facets:
    """The frame of the figure at normal-form [start, end) (its counted noun included);
    `category` is its counted noun's (lexicon/units.py)."""
    words = article_words.view(*sentence)
    first, last = words.index_range(start, end)
    c_lo, c_hi = words.index_range(*clause)
    s_lo, s_hi = 0, len(words.tokens)
    tokens = words.tokens
    if first > c_lo and tokens[first - 1].key in _POSITION:
        return Facets(role="position")  # «جاءت في المرتبة 149»: where, not how many
    if first > c_lo and tokens[first - 1].key in _DENOMINATION:
        return Facets(role="denomination")  # «ورقة من فئة 10 دنانير»: a face value
    if (first >= 2 and tokens[first - 1].word == AND
            and tokens[first - 2].among(_CLOCK_DURATION_LEADS)):
        # «ساعتان و8 دقائق»: the minutes of 2:08 (a clause may start at «و»)
        return Facets(role="component")
    serious = _serious(tokens, last, c_hi)
    # «430 مصابا من أصل 512»: 512 is the whole (_role), whatever else reads it as a part
    whole = _phrase_before(tokens, first, c_lo, _WHOLE_PHRASES)
    if not serious and not whole and not _deaths_among_cases(tokens, first, last, s_lo) and (
            _is_part(tokens, first, c_lo) or _ranked(tokens, first, s_lo)
            or _part_after(tokens, last, c_hi) or _before_its_whole(tokens, last, c_hi)
            or _subset(tokens, first, last, c_lo, c_hi, s_lo)
            or _of_a_tally(tokens, first, last, c_hi)
            or _distributed(tokens, first)
            or _listed_after_a_part(tokens, first, c_lo)):
        return Facets(role="part")
    measure = _measure(tokens, first, last, c_lo, c_hi, unit, value, category)
    if measure in ("dead", "bodies") and any(
            t.cue_measure == "buried" for t in tokens[max(c_lo, first - 2):first]):
        measure = "buried"  # «دفن 290 ضحية»: the dead buried so far, not the toll
    if measure == "aboard" and _besides(tokens, last, c_hi):
        return Facets(role="part")  # «يقل 38 سائحا … إلى جانب طاقمه»: not everyone aboard
    if ((measure == "injured" and first > c_lo and tokens[first - 1].cue_measure == "dead")
            or (measure == "missing" and first > c_lo
                and tokens[first - 1].unit_measure == "bodies")):
        # «بعد وفاة أربعة مصابين»: those of the injured who died since, neither the injured
        # nor the toll; «انتشل الغواصون جثث ثلاثة مفقودين»: those of the missing found
        # dead, not the missing
        measure = None
    if serious and measure in (None, "injured"):
        measure = "seriously-injured"  # «من بينها 205 إصابة خطيرة»: a tally of its own
    elif (measure == "injured" or (measure is None and unit is not None
                                   and word_key(unit) in _CASE_UNITS)) and any(
            "disease" in t.flags for t in tokens[c_lo:c_hi]):
        # «1200 إصابة بالكوليرا», «ارتفاع حالات الاشتباه بالكوليرا إلى 1236 حالة»: infections
        measure = "cases"
    return Facets(
        measure=measure,
        places=_places(words, first, last, c_lo, c_hi, s_lo, s_hi),
        occasion=_occasion(tokens, first, c_lo, s_lo, measure, previous_same_clause, words,
                           c_hi),
        attribution=_attribution(words, first, last, s_lo, s_hi),
        subject=_subject(tokens, first, last, c_lo, c_hi, category == "percent"),
        site=(_distance_from(tokens, first, last, c_lo, c_hi) if measure == "distance"
              else _site(tokens, first, last, c_lo, c_hi)
              or _joined(_kind_of_level(tokens, first, c_lo, measure), _segment(tokens, first, c_lo))
              or _level_site(tokens, first, c_lo, measure)),
        role=(_role(tokens, first, last, c_lo, c_hi)
              or _size_of_a_change(tokens, first, c_lo, category)
              or _moved_from(tokens, first, last, c_lo, c_hi)
              or _earlier_level(tokens, first, c_lo, s_lo, measure)
              or _earlier_tally(tokens, first, s_lo, measure)
              or _raised_later(tokens, last, s_hi, measure)
              or _earlier_occasion(tokens, first, s_lo, measure)
              or _role_for_measure(tokens, first, c_lo, c_hi, measure)
              or _comparison(tokens, first, last, c_lo, c_hi)
              or _extreme(tokens, first, c_lo, measure)),
        as_of=_as_of(tokens, first, last, s_lo, s_hi) if measure else None,
    )


def _distance_from(tokens: list[Word], first: int, last: int, c_lo: int,
                   c_hi: int) -> str | None:
    """The place a distance is measured from: "320 كلم من الرباط", "72 كيلومترا جنوب غرب
    مراكش" (a place's key, so distances from two places are two facts), and the place whose
    distance it is when the text names one ("الصويرة الواقعة على بعد 200 كلم غرب مراكش":
    "from:مراكش:الصويره"); else it is the event's."""
    k = last
    while k < min(last + 4, c_hi):
        token = tokens[k]
        if token.word in _DISTANCE_FROM or "admin" in token.flags:
            k += 1  # "من العاصمة الرباط", "عن منطقة الرباط": the name comes after
            continue
        if token.among(_DIRECTION_WORDS):
            k += 1
            continue
        if k > last:
            if token.key in _EVENT_SITE:
                return FROM_EVENT_SITE  # «على بعد 9 كيلومترات من موقع الانهيار»
            located = _located(tokens, first, c_lo)
            return f"from:{token.key}" + (f":{located}" if located else "")
        break
    return _distant_subject(tokens, first, c_lo)


def _distant_subject(tokens: list[Word], first: int, c_lo: int) -> str | None:
    """«إذ لا تبعد جزيرة لامبيدوزا عنها سوى نحو 150 كيلومترا»: the noun right after «تبعد»
    is what lies that far, not the event («انقلب على بعد 8 أميال»)."""
    for k in range(first - 1, c_lo - 1, -1):
        if tokens[k].among(_DISTANT_VERBS):
            subject = tokens[k + 1] if k + 1 < first else None
            if (subject is None or subject.word[:1].isdigit() or subject.word in _DISTANCE_FROM
                    or subject.attribution_stop):
                return None
            return f"of:{subject.key}"
    return None


def _located(tokens: list[Word], first: int, c_lo: int) -> str | None:
    """The noun before "الواقعة" / "التي تبعد" a few words before a distance."""
    for k in range(first - 1, max(c_lo, first - 5) - 1, -1):
        if tokens[k].among(_LOCATED_AFTER):
            j = k - 1
            if j >= c_lo and tokens[j].among(_RELATIVES):
                j -= 1
            if j >= c_lo and not tokens[j].attribution_stop:
                return tokens[j].key
            return None
    return None


def _as_of(tokens: list[Word], first: int, last: int, s_lo: int, s_hi: int) -> str | None:
    """"إلى حدود الساعة العاشرة من صباح اليوم، بلغ عدد الوفيات 820", "… إلى 1037 وفاة، وذلك إلى
    حدود الساعة العاشرة من صباح اليوم": the moment the figure is given for, when its
    sentence states one (nearest before it, else after it; see Facets.as_of)."""
    for k in [*range(first - 1, s_lo - 1, -1), *range(last, s_hi)]:
        if not tokens[k].among(_AS_OF):
            continue
        end = first if k < first else s_hi
        j = k + 1
        if j < end and tokens[j].key == _HOUR_WORD:
            j += 1
        hour, j = _hour_at(tokens, j, end)
        if hour is None:
            part = _part_of_day(tokens, j, end)  # «إلى غاية مساء أمس الثلاثاء»
            if part is not None:
                return part
            continue
        day = None
        for token in tokens[j:min(j + 4, end)]:
            if token.among(_AFTERNOON) and hour < 12:
                hour += 12
            if token.among(_TODAY):
                day = "today"
            elif token.among(_YESTERDAY):
                day = "yesterday"
            elif token.key in _WEEKDAY_OF and day is None:
                day = f"wd{_WEEKDAY_OF[token.key]}"
        return f"{day or 'today'} {hour:02d}:00"
    return None


def _part_of_day(tokens: list[Word], j: int, end: int) -> str | None:
    """«مساء أمس الثلاثاء», «صباح اليوم»: a part of a named day, as a moment with no hour
    ("yesterday evening", "wd1 evening"); None unless both are named."""
    if j >= end or not (tokens[j].among(_AFTERNOON) or tokens[j].among(_MORNING)):
        return None
    part = "evening" if tokens[j].among(_AFTERNOON) else "morning"
    day = None
    for token in tokens[j + 1:min(j + 3, end)]:
        if token.among(_TODAY):
            day = day or "today"
        elif token.among(_YESTERDAY):
            day = "yesterday"
        elif token.key in _WEEKDAY_OF and day in (None, "today"):
            day = f"wd{_WEEKDAY_OF[token.key]}"
    return f"{day} {part}" if day else None


def _hour_at(tokens: list[Word], j: int, limit: int) -> tuple[int | None, int]:
    if j >= limit:
        return None, j
    word = tokens[j].word
    if word.isdigit() and 0 <= int(word) <= 24:
        return int(word), j + 1
    pair = tuple(t.word for t in tokens[j:j + 2])
    if len(pair) == 2 and pair in _HOURS:
        return _HOURS[pair], j + 2
    single = (tokens[j].word,)
    if single in _HOURS:
        return _HOURS[single], j + 1
    return None, j


def _subset(tokens: list[Word], first: int, last: int, c_lo: int, c_hi: int,
            s_lo: int) -> bool:
    """«61 مصابا غادروا المستشفيات», «وقد غادر 70 جريحا», «9 أشخاص توفوا على عين المكان»:
    some of a running tally (discharged, dead on the spot), not the tally."""
    for k in (first - 2, first - 1, last, last + 1):
        if c_lo <= k < c_hi and tokens[k].among(_SUBSET):
            if k >= last and k + 1 < c_hi and tokens[k + 1].word[:1].isdigit():
                continue  # «بلغ 14 مصابا غادر 6 منهم»: the verb's own figure follows it
            return True
    # «توفوا على عين المكان»: the phrase a word or two after the figure
    if last < c_hi and (_phrase_at(tokens, last, c_hi, _SUBSET_AFTER)
                        or _phrase_at(tokens, last + 1, c_hi, _SUBSET_AFTER)):
        return True
    # «مستشفى الملك فهد، الذي استقبل 18 مصاباً»: those one named hospital received
    if (first - 1 >= c_lo and tokens[first - 1].among(_RECEIVED)
            and any("facility" in t.flags for t in tokens[max(s_lo, first - _RECEIVED_REACH):first - 1])):
        return True
    # «فيما نقل 20 مصابا إلى مستشفى سهلول»: those taken to one named hospital
    if first - 1 >= c_lo and tokens[first - 1].among(_TAKEN_TO_WORDS):
        for k in range(last, min(last + 3, c_hi - 1)):
            if tokens[k].word == _TAKEN_TO:
                after = tokens[k + 1]
                return "facility" in after.flags and not after.word.startswith(_ARTICLE)
    return False


# The tallies whose members a figure may be taken from: «وفاة اثنين من المصابين».
_TALLIES_OF_PEOPLE = frozenset(("dead", "injured", "missing"))


def _distributed(tokens: list[Word], first: int) -> bool:
    """«وتوزع المصابون الـ74 على ثلاثة مستشفيات، إذ استقبل المستشفى الجامعي 39 مصابا،
    ومستشفى البير 22 مصابا»: after a distribution verb and «على» / «بين» in its sentence,
    every figure is a share of the whole named before them."""
    for v in range(first - 1, -1, -1):
        if tokens[v].among(_DISTRIBUTION):
            return any(t.word in _DISTRIBUTED_OVER for t in tokens[v + 1:first])
    return False


def _of_a_tally(tokens: list[Word], first: int, last: int, c_hi: int) -> bool:
    """«بعد وفاة اثنين من المصابين», «نقل 20 من الجرحى», «سجلت لوحدها 7 من بين الضحايا»:
    some of the injured, the dead or the missing (of [among] + the tally's definite noun),
    never the tally itself."""
    for k in range(first, min(last + 1, c_hi)):
        if tokens[k].word != _FROM:
            continue
        noun = k + 2 if k + 2 < c_hi and tokens[k + 1].word == _AMONG else k + 1
        if (noun < c_hi and tokens[noun].word.startswith(_ARTICLE)
                and tokens[noun].unit_measure in _TALLIES_OF_PEOPLE):
            return True
    return False


def _part_after(tokens: list[Word], last: int, c_hi: int) -> bool:
    """"تم دفن 2944 منهم": «منهم» right after the figure makes it a part."""
    return last < c_hi and tokens[last].word in _PART_AFTER


def _listed_after_a_part(tokens: list[Word], first: int, c_lo: int) -> bool:
    """«يرقد 18 منهم في مستشفى الديوانية و11 في مستشفى الحمزة و8 في مستشفى عفك», «بلغ عدد
    الجرحى 13 شخصاً، بينهم 4 حالات حرجة و7 إصابات متوسطة»: figures joined by «و», one after
    another, to a part of the figure before («18 منهم», «بينهم 4») go on with the same
    list, so they are parts too, not the tally itself."""
    if first <= c_lo or tokens[first - 1].word != AND:
        return False
    for k in range(first - 2, max(c_lo, first - _LIST_ITEM_REACH) - 1, -1):
        if not tokens[k].word[:1].isdigit():
            continue
        if (k + 1 < first and tokens[k + 1].word in _PART_AFTER) or (
                k > c_lo and tokens[k - 1].among(_PART_MARKERS)):
            return True
        if k <= c_lo or tokens[k - 1].word != AND:
            return False  # a figure no «و» joins: the list starts there
    return False


# How many words back an item of a list may find the item before it.
_LIST_ITEM_REACH = 20


def _before_its_whole(tokens: list[Word], last: int, c_hi: int) -> bool:
    """«430 مصابا من أصل 512 غادروا المستشفيات»: a figure before the whole it is taken
    from is a part of it, not the count itself."""
    for p in _WHOLE_PHRASES_AFTER.get(tokens[last].key, ()) if last < c_hi else ():
        n = len(p)
        if (last + n < c_hi and all(tokens[last + j].key == w for j, w in enumerate(p))
                and tokens[last + n].word[:1].isdigit()):
            return True
    return False


def _paid_in_exchange(tokens: list[Word], first: int, c_lo: int) -> bool:
    """«انتقل اللاعب إلى النادي مقابل 3.2 مليون يورو»: «مقابل» with no figure before it in
    its clause is what was paid, not the level a change is set against («ليصل إلى 46
    جنيها مقابل 32 جنيها»)."""
    return (tokens[first - 1].key in _IN_EXCHANGE
            and not any(t.word[:1].isdigit() for t in tokens[c_lo:first - 1]))


def _serious(tokens: list[Word], last: int, c_hi: int) -> bool:
    """"205 إصابة خطيرة", "1220 في حالة حرجة": the count of the seriously injured (the
    words after the figure, up to the next figure)."""
    for token in tokens[last:min(last + 4, c_hi)]:
        if token.word[:1].isdigit():
            return False
        if "serious" in token.flags:
            return True
    return False


# Words before a figure read for a demand or an offer («للمطالبة بزيادة الأجور بنسبة 15%»).
_ROLE_WINDOW = 8


def _role(tokens: list[Word], first: int, last: int, c_lo: int, c_hi: int) -> str | None:
    if _phrase_before(tokens, first, c_lo, _WHOLE_PHRASES):
        return "whole"  # "120 مقعدا من أصل 300": the whole the part is taken from
    after = tokens[last:min(last + 3, c_hi)]
    if any("increment" in t.flags for t in after):
        return "increment"  # "58 حالة وفاة إضافية"
    if any("rate" in t.flags for t in after) or _phrase_at(tokens, last, c_hi, _RATE_PHRASES):
        return "rate"  # "0.4 درجة كل عقد", "بين 30 و45 حالة سنويا"
    if _phrase_at(tokens, last, c_hi, _HORIZONS):
        return "forecast"  # «إلى مستوى 5 في المائة على المدى المتوسط»: a target
    if (first > c_lo and "previous" in tokens[first - 1].flags
            and not _paid_in_exchange(tokens, first, c_lo)) or any(
            "previous-after" in t.flags for t in after[:2]) or _phrase_before(
            tokens, first, c_lo, _PREVIOUS_PHRASES):
        return "previous"  # "ليصل إلى 46 جنيها مقابل 32 جنيها", "بعد أن كان 30.9"
    for k in range(first - 1, c_lo - 1, -1):
        token = tokens[k]
        if token.word[:1].isdigit() or (k > c_lo and tokens[k - 1].word[:1].isdigit()):
            # another figure's words, its noun included («17 هدفا» is no target); but a
            # figure joined to it by «و» is governed by the same verb («مع توقع أن تلامس
            # درجات الحرارة 51 درجة في البصرة و49 درجة في بغداد»: both forecasts)
            if _joined_to_a_forecast(tokens, first, k, c_lo):
                return "forecast"
            break
        # «قد» + an imperfect verb, even one read as the figure's qualifier («درجات حرارة قد
        # تتجاوز 45 درجة»)
        if "forecast" in token.flags or (token.word in _MODALS and k + 1 < len(tokens) and
                                         _imperfect(tokens[k + 1].word)):
            # "من المتوقع أن يصل العدد إلى", "قد يرتفع إلى"; a forecast verb governs its
            # whole clause: «ويتوقع البنك أن يبلغ التضخم ذروته في أيار عند نحو 75%»
            return "forecast"
        if k < first - _ROLE_WINDOW and not _asks_for_a_change(tokens[k + 1:first]):
            # a demand or an offer is read close to its figure only, or across its subject
            # to the change it asks for («وتطالب النقابة المستقلة لأطقم الضيافة الجوية
            # بزيادة الأجور الأساسية بنسبة 12%»)
            continue
        if "demand" in token.flags:
            return "demand"  # "للمطالبة بزيادة الأجور بنسبة 15%"
        if "offer" in token.flags:
            return "offer"  # "وعرضت الإدارة زيادة بنسبة 7%"
    return None


# Words that may stand between two forecast figures joined by «و» (the first one's unit
# and place: «51 درجة مئوية في البصرة و49 درجة»).
_FORECAST_JOINED_REACH = 6


def _imperfect(verb: str) -> bool:
    """«يصل», «تتجاوز»: an imperfect verb, which «قد» makes "may"; not «تمكنت», «تم»."""
    return (verb.startswith(_IMPERFECT) and verb not in _PAST_AUXILIARIES
            and not (verb.startswith(_PAST_PREFIX) and verb.endswith(_PAST_ENDINGS)))


def _joined_to_a_forecast(tokens: list[Word], first: int, k: int, c_lo: int) -> bool:
    """Is the figure right after «و», a few words past the figure at k, which a forecast
    word governs from before it in the clause?"""
    start = k if tokens[k].word[:1].isdigit() else k - 1
    if not (first > c_lo and tokens[first - 1].word == AND
            and first - start - 1 <= _FORECAST_JOINED_REACH):
        return False
    for j in range(start - 1, c_lo - 1, -1):
        token = tokens[j]
        if token.word[:1].isdigit():
            return False
        if "forecast" in token.flags:  # not «قد» + a verb: «قد تحدثت عن 89 جثة و27 مفقودا»
            return True
    return False


def _asks_for_a_change(between: list[Word]) -> bool:
    """«بزيادة», «بخفض»: what a demand or an offer asks for, said with «ب»."""
    return any(t.word.startswith(_BY) and t.word[len(_BY):] in _CHANGE_NOUN_FORMS
               for t in between)


def _size_of_a_change(tokens: list[Word], first: int, c_lo: int,
                      category: str | None) -> str | None:
    """«ارتفع سعر الخبز بزيادة 5 جنيهات», «أي بزيادة 15 قرشاً»: an amount right after «ب»
    and a change noun is by how much something moved, not its level. (A percentage there
    is a percent change, which its measure says.)"""
    if category in ("percent", "points") or first <= c_lo:
        return None
    word = tokens[first - 1].word
    if word.startswith(_BY) and word[len(_BY):] in _CHANGE_NOUN_FORMS:
        return "change"
    # «ارتفع عدد السكان بنحو 13,3 مليون نسمة», «تراجع إنتاج القمح بـ 5 آلاف طن»: «ب»
    # after a rise or a fall (and its subject) says by how much, not to what
    for k in (first, first - 1):
        if c_lo < k < len(tokens) and _moved_by(tokens[k].word):
            for verb in tokens[max(c_lo, k - _MOVED_BY_REACH):k][::-1]:
                if verb.word[:1].isdigit():
                    break
                spec = MEASURES.get(verb.cue_measure) if verb.cue_measure else None
                if spec is not None and spec.kind == "change":
                    return "change"
    return None


_MOVED_BY_REACH = 4  # words from the verb to «ب»: the verb and a subject of up to three


def _moved_by(word: str) -> bool:
    """«ب», «بـ», «بنحو», «بحوالي»: by, alone or glued to an about-qualifier."""
    return word in _BY_FORMS or (word.startswith(_BY) and word[len(_BY):] in _APPROX_FORMS)


_BY_FORMS = frozenset({_BY, _BY + "ـ"})
_APPROX_FORMS = frozenset(normalize_word(q) for q, kind in QUALIFIERS_BEFORE.items()
                          if kind == "approx" and " " not in q)


def _moved_from(tokens: list[Word], first: int, last: int, c_lo: int, c_hi: int) -> str | None:
    """«قفزت كلفة المشروع من 120 مليار دينار إلى 162 مليار دينار», «ارتفع إلى 11.2% في يناير
    من 10.9% في ديسمبر»: the level a rise or a fall started from, not where it stands."""
    if first <= c_lo or tokens[first - 1].word != _FROM:
        return None
    to = next((k for k in range(last, min(last + _FROM_TO_REACH, c_hi - 1))
               if tokens[k].word == _TO_WORD), None)
    if to is not None and tokens[to + 1].word[:1].isdigit():
        moved_before = first - 1
    else:
        # «إلى» and its figure before, the nearest figure back
        figure = next((k for k in range(first - 2, max(c_lo, first - 2 - _FROM_TO_REACH), -1)
                       if tokens[k].word[:1].isdigit()), None)
        if figure is None or figure - 1 <= c_lo or tokens[figure - 1].word != _TO_WORD:
            return None
        moved_before = figure - 1
    moved = any(t.cue_measure is not None and MEASURES[t.cue_measure].kind == "change"
                for t in tokens[c_lo:moved_before])
    return "previous" if moved else None


def _earlier_level(tokens: list[Word], first: int, c_lo: int, s_lo: int,
                   measure: str | None) -> str | None:
    """"استقر سعره خلال الفترة الماضية عند 31 جنيها": a level said of an earlier period; so
    is one in a sentence that opens with «وكان … قد» and a past period («وكانت مصر قد طرحت
    في يونيو الماضي صكوكا …، بعائد بلغ 7.95%»), with no other figure before it."""
    spec = MEASURES.get(measure) if measure else None
    if spec is None or spec.kind != "level":
        return None
    window = tokens[max(c_lo, first - 6):first]
    if any(t.word in _PREVIOUS_PERIOD for t in window):
        return "previous"
    if measure in SERIES_MEASURES and any(a.word == _AFTER_THAT[0] and b.word == _AFTER_THAT[1]
                                          for a, b in zip(window, window[1:])):
        # (only a series: «بعد أن حصلت قائمته على 312 ألف صوت» is what it won, «بعد أن قطع
        # مسافة السباق البالغة 3 أميال» the race's length)
        return "previous"  # «بعد أن تجاوز التضخم فيها 30 بالمائة»: where it stood before
    before = tokens[s_lo:first]
    if (before and before[0].among(_PLUPERFECT) and any(t.word in _MODALS for t in before[1:4])
            and any(t.word in _PAST_RELATIVE and k > 0 and before[k - 1].key not in _WEEKDAY_OF
                    and before[k - 1].key not in _WEEK_WORDS for k, t in enumerate(before))
            and not any(t.word[:1].isdigit() for t in before)):
        # (not «وكانت درجات الحرارة قد هبطت فجر الأربعاء الماضي إلى …»: last Wednesday is
        # the story's own days)
        return "previous"
    if spec.per_place and any(t.among(_FALL) for t in window):
        return "fallen"  # "انخفاض درجات الحرارة إلى 38": another moment than the peak
    return None


_AFTER_THAT = tuple(normalize_word(w) for w in AFTER_THAT.split())
_AFTER_CLAUSE_LINKS = frozenset(normalize_word(w) for w in AFTER_CLAUSE_LINKS)


def _role_for_measure(tokens: list[Word], first: int, c_lo: int, c_hi: int,
                      measure: str | None) -> str | None:
    """Roles that only some measures take: a market "quote" of a unit price («صعد خام برنت
    إلى 66.5 دولارا للبرميل»), a "change" of a level a head noun names («رفعت سعر لتر
    البنزين بمقدار 125 مليما»), a change "restated" from the article's own levels («أي
    بارتفاع بنسبة 10%»)."""
    if measure is None:
        return None
    spec = MEASURES.get(measure)
    if spec is None:
        if measure.startswith(_PRICE_HEAD + ":") and any(t.among(_MARKET) for t in tokens[c_lo:c_hi]):
            return "quote"
        if first > c_lo and tokens[first - 1].word in _CHANGE_BY:
            return "change"
    elif spec.kind == "change" and any(t.word in _RESTATEMENT
                                       for t in tokens[max(c_lo, first - 3):first]):
        return "restated"
    return None


def _comparison(tokens: list[Word], first: int, last: int, c_lo: int, c_hi: int) -> str | None:
    """«يظل أقل بنحو 40 في المائة من نظيره في المغرب»: a difference from something else."""
    before = tokens[max(c_lo, first - 2):first]
    after = tokens[last:min(c_hi, last + 3)]
    if any(t.word in _COMPARATIVES for t in before) and any(t.word == _FROM for t in after):
        return "comparison"
    # «الأسهم القيادية الأكثر تراجعا على أساس أسبوعي بنسبة 3.9%»: the top mover's change
    for k in range(max(c_lo, first - 8), first - 1):
        if tokens[k].word in _SUPERLATIVES and tokens[k + 1].cue_measure == "percent-change":
            return "comparison"
    return None


def _extreme(tokens: list[Word], first: int, c_lo: int, measure: str | None) -> str | None:
    """«أقصى عمق لأنفاقه 520 مترا»: a property's extreme, not the event's own value."""
    spec = MEASURES.get(measure) if measure else None  # a head («طول») names no kind
    if spec is None or spec.kind != "property":
        return None
    for k in range(max(c_lo + 1, first - _EXTREME_REACH), first):
        if tokens[k].cue_measure == measure and tokens[k - 1].among(_EXTREMES):
            return "extreme"
    return None


def _earlier_tally(tokens: list[Word], first: int, s_lo: int, measure: str | None) -> str | None:
    """«وكانت السلطات قد أعلنت في حصيلة سابقة انتشال 34 جثة», «وكانت حصيلة أعلنت السبت قد
    تحدثت عن 89 جثة»: a running figure the article gives as an earlier update, not its
    own latest count. Read from the sentence's start, but not past another figure."""
    if not is_running_count(measure):
        return None
    before = tokens[s_lo:first]
    keys = [t.key for t in before]
    for phrase in _EARLIER_TALLY_PHRASES:
        n = len(phrase)
        at = next((i for i in range(len(keys) - n, -1, -1) if tuple(keys[i:i + n]) == phrase), None)
        if at is not None and not any(t.word[:1].isdigit() for t in before[at + n:]):
            return "earlier"
    if before and before[0].among(_PLUPERFECT) and any(t.among(_TALLY_NOUNS) for t in before):
        return "earlier"  # «وكانت حصيلة … قد»: what an earlier count had said
    if any(before[k].key in _WHOLE_PERIOD and before[k + 1].key in _YEAR_NOUNS
           and before[k + 2].word.isdigit() and len(before[k + 2].word) == 4
           for k in range(len(before) - 2)):
        return "earlier"  # «بعد أن سجل العراق خلال عام 2024 كاملاً 1540 إصابة»
    if _last_years(before):
        return "earlier"
    # «وكانت موجة العام الماضي قد أودت بحياة 11 شخصا», «وكان عدد المقترضين قد بلغ 19870
    # في 2023، قبل أن يرتفع», «… بعدما كانت السلطات قد أعلنت الأربعاء توقيف 11 شخصا»:
    # «كان … قد» with no other figure before this one tells what had been, before the news
    for i in range(len(before) - 1, -1, -1):
        if before[i].word[:1].isdigit():
            break
        if before[i].among(_PLUPERFECT) and any(t.word in _MODALS for t in before[i + 1:]):
            return "earlier"
    return None


def _besides(tokens: list[Word], last: int, c_hi: int) -> bool:
    """Does «إلى جانب», «فضلا عن» … follow the figure in its clause, before another figure?"""
    return _said_after(tokens, last, c_hi, _BESIDES, lambda t: t.word)


def _raised_later(tokens: list[Word], last: int, s_hi: int, measure: str | None) -> str | None:
    """«عن مصرع 3 عمال، قبل أن ترتفع الحصيلة إلى 5 وفيات», «وكانت نسبة الاقتراع عند السابعة
    مساءً 25.6%، ثم ارتفعت إلى 32.1%»: a running figure or a level the article says was
    raised after it, before any other figure, is an earlier one."""
    spec = MEASURES.get(measure) if measure else None
    # (a head noun's measure, «نسبة:الاقتراع», «كلفة», is a level too)
    if measure is not None and (is_running_count(measure) or spec is None
                                or spec.kind == "level") and _said_after(
            tokens, last, s_hi, _RAISED_LATER, lambda t: t.key):
        return "earlier"
    return None


def _said_after(tokens: list[Word], last: int, hi: int, phrases, form) -> bool:
    """Is one of `phrases` (tuples of `form` of each word) said after the figure, up to `hi`
    or the next figure?"""
    words = []
    for token in tokens[last:hi]:
        if token.word[:1].isdigit():
            break
        words.append(form(token))
    return holds_phrase(words, phrases)


def _last_years(before: list[Word]) -> bool:
    """Is the count said of last year or last season («إذ سجلت العام الماضي نحو 3100 إصابة»,
    «و18 وفاة» joined to it), not since it («منذ العام الماضي») nor against it?"""
    for k in range(len(before) - 2, -1, -1):
        word = before[k]
        if word.word[:1].isdigit() and not (before[-1].word == AND and k >= len(before) - _JOINED_REACH):
            return False  # another figure's clause (one joined by «و» shares the year)
        if ((word.key in _YEAR_NOUNS or word.key in _SEASON_NOUNS) and word.word.startswith(_ARTICLE)
                and before[k + 1].word in _PAST_RELATIVE
                and not any(t.key in _LAST_YEAR_NOT_AFTER for t in before[max(0, k - 2):k])):
            return True
    return False


def _earlier_occasion(tokens: list[Word], first: int, s_lo: int, measure: str | None) -> str | None:
    """«وكان حريق مماثل في يوليو 2024 قد أتى على 1250 هكتاراً»: a figure no measure reads,
    in a sentence that opens with «وكان … قد» and names a year, is an earlier occasion's,
    not the story's (a figure before it, not a year, would make it the sentence's news)."""
    if measure is not None:
        return None
    before = tokens[s_lo:first]
    if not (before and before[0].among(_PLUPERFECT) and any(t.word in _MODALS for t in before[1:])):
        return None
    years = [t for t in before if t.word.isdigit() and len(t.word) == 4]
    others = [t for t in before if t.word[:1].isdigit() and t not in years]
    return "earlier" if years and not others else None


def is_running_count(measure: str | None) -> bool:
    """A tally (the dead, the injured …) or a count a head noun names («عدد:الطيور»): its
    figures may grow from one report to the next, so they are compared in publication
    order (analyse/checks/compare.compare_tally), and «كان … قد» before one is an earlier
    count."""
    if not measure:
        return False
    spec = MEASURES.get(measure)
    if spec is not None:
        return spec.kind == "tally"
    return measure.partition(":")[0] in _COUNT_HEADS


def _phrase_at(tokens: list[Word], at: int, hi: int, phrases: dict[str, tuple]) -> bool:
    """Does one of `phrases` (indexed by first word) start at `at` or the word after?"""
    for i in (at, at + 1):
        for p in phrases.get(tokens[i].word, ()) if i < hi else ():
            if i + len(p) <= hi and all(tokens[i + j].word == w for j, w in enumerate(p)):
                return True
    return False


def _phrase_before(tokens: list[Word], first: int, lo: int, phrases: dict[str, tuple]) -> bool:
    """Does one of `phrases` (keyed words, indexed by last word) end right before `first`?"""
    if first <= lo:
        return False
    for p in phrases.get(tokens[first - 1].key, ()):
        n = len(p)
        if first - n >= lo and all(tokens[first - n + j].key == w for j, w in enumerate(p)):
            return True
    return False


def _subject(tokens: list[Word], first: int, last: int, c_lo: int, c_hi: int,
             rate: bool = False) -> str | None:
    """Whose figure it is: a nationality right after the count ("323 حاجا مصريا", "و60
    أردنيا", "98 مواطنا هنديا"), else a people named before it in its clause ("عدد الحجاج
    المصريين الذين لقوا حتفهم بلغ 672", "في صفوف الحجاج التونسيين"). A body's adjective
    ("وزارة الصحة السورية") is not whose: it stays a place. A `rate` may be a part of the
    population's («13.6% للإناث»)."""
    for k in range(last, min(last + 2, c_hi)):
        if tokens[k].demonym:
            return tokens[k].demonym
        if rate and tokens[k].key in _GROUPS:
            return f"{GROUP_SUBJECT}{tokens[k].key}"  # «33.2% للإجمالي، و13.6% للإناث»
        if tokens[k].word[:1].isdigit():
            break
    for k in range(first - 1, max(c_lo, first - 8) - 1, -1):
        token = tokens[k]
        if token.word[:1].isdigit():
            break
        if token.demonym and token.key in _PLURAL_DEMONYMS:
            return token.demonym
        if rate and token.key in _GROUPS:
            # «معدل مشاركة اقتصادية للإناث لا يتجاوز 13.6%»: a rate for a part of the people
            return f"{GROUP_SUBJECT}{token.key}"
        if (rate and token.word == _AMONG_THOSE and k + 1 < first
                and tokens[k + 1].word.startswith(_ARTICLE)):
            # «نسبة النجاح لدى المترشحين الفرديين 8,6 بالمائة»: whichever group «لدى» names
            return f"{GROUP_SUBJECT}{tokens[k + 1].key}"
    return None


_AMONG_THOSE = normalize_word(GROUP_OPENER)
# Claim.subject of a figure for a part of the population: «group:<its key>».
GROUP_SUBJECT = "group:"
# Roles of figures that state no amount (quantity_facets): a position («في المرتبة 149») and
# a face value («من فئة 10 دنانير») neither add up nor are one statement made twice.
# … and what a figure is counted per («مقابل كل 100 سهم»: extract/article.py's _per_each).
NOT_AMOUNT_ROLES = frozenset({"position", "denomination", "component", "per"})


def _site(tokens: list[Word], first: int, last: int, c_lo: int, c_hi: int) -> str | None:
    """A place inside the country: an administrative unit named right after the figure
    ("290 وفاة بإقليم الحوز", "في محافظة حلب"), or a facility that holds it ("قاعدة عين
    الأسد التي تضم 1500"). Its figure is a part of the country's, never the same fact."""
    for k in range(last, min(last + 3, c_hi - 1)):
        token = tokens[k]
        if "admin" in token.flags and _names_a_unit(tokens, k) and (
                _glued_preposition(token) or (k > 0 and tokens[k - 1].place_preposition)):
            return f"{token.lemma}:{tokens[k + 1].key}"
        if token.word[:1].isdigit():
            break
    # A unit named before the figure, when no figure comes before it (else it is that
    # figure's: "5 وفيات بعمالة أكادير 3 وفيات بالدار البيضاء"): an administrative unit in
    # the figure's clause ("في محافظة حلب قتل 30 شخصا"); a facility anywhere before it in
    # the sentence ("العدد الإجمالي في مشرحة المعيصم، أكبر مشرحة في مكة بلغ 550"). Not an
    # administrative unit further back: that is where the event was ("ضربت الهزة التي
    # حدد مركزها بجماعة إيغيل، … إلى 1037 وفاة").
    k = first - 2  # «وسجلت ولاية سنار 18 حالة وفاة»: the unit that records them
    if k >= c_lo and "admin" in tokens[k].flags and _names_a_unit(tokens, k):
        return f"{tokens[k].lemma}:{tokens[k + 1].key}"
    # «في ولاية أرضروم، حيث انخفضت درجة الحرارة إلى 24 درجة»: a clause opened by «حيث»
    # is about the place the clause before it named.
    unit_from = c_lo
    if 0 < c_lo < len(tokens) and tokens[c_lo].among(_WHERE_OPENERS):
        unit_from = max(0, c_lo - 6)
    for k in range(0, first - 1):
        token = tokens[k]
        if token.word[:1].isdigit():
            break
        named = "facility" in token.flags or ("admin" in token.flags and k >= unit_from)
        if named and _names_a_unit(tokens, k) and (
                _glued_preposition(token) or (k > 0 and tokens[k - 1].place_preposition)
                # the sentence's subject: «تخطى مطار محمد الخامس … 10,2 مليون مسافر»
                or ("facility" in token.flags and k <= 1)
                # the clause's, right after its verb: «سجلت ولاية قابس نسبة نجاح بـ49,8%»
                or ("admin" in token.flags and k == c_lo + 1 and k > 0)):
            return f"{token.lemma}:{tokens[k + 1].key}"
    if first - 2 >= c_lo and any("holder" in t.flags for t in tokens[max(c_lo, first - 2):first]):
        for k in range(first - 3, c_lo - 1, -1):
            if "facility" in tokens[k].flags and k + 1 < first:
                return f"{tokens[k].lemma}:{tokens[k + 1].key}"
    return None


def _kind_of_level(tokens: list[Word], first: int, c_lo: int, measure: str | None) -> str | None:
    """«ارتفاع المعدل السنوي للتضخم الأساسي إلى 12.9%»: a kind of the level named right after
    its nearest cue (ANOTHER_KIND_ADJECTIVES) is another series than the plain one («التضخم
    العام في الحضر إلى 13.4%»), never the same fact."""
    spec = MEASURES.get(measure) if measure else None
    if spec is None or spec.kind != "level":
        return None
    for k in range(first - 1, c_lo - 1, -1):
        if tokens[k].cue_measure == measure:
            kind = tokens[k + 1] if k + 1 < first else None
            if kind is not None and kind.among(_ANOTHER_KIND):
                return f"kind:{kind.key}"
            series = next((name for name, cues in _SERIES.get(measure, {}).items()
                           if tokens[k].among(cues)), None)
            if series is not None:
                return f"kind:{series}"  # «العائد … عند 5.375%»: a yield, not a coupon
            # a component named a few words on, before any figure («التضخم السنوي لأسعار
            # الغذاء إلى 7.6%»)
            for token in tokens[k + 1:min(first, k + 1 + _COMPONENT_REACH)]:
                if token.word[:1].isdigit():
                    break
                component = token._look_up(_COMPONENT)
                if component is not None:
                    return f"kind:{component}"
            return None
    return None


_SERIES = {measure: {name: _keys(cues) for name, cues in series.items()}
           for measure, series in SERIES_CUES.items()}
# How many words after a level's cue name its component (LEVEL_COMPONENTS).
_COMPONENT_REACH = 3
_COMPONENT = {form: name for name, words in LEVEL_COMPONENTS.items()
              for w in words for form in _all_forms(w)}


def _level_site(tokens: list[Word], first: int, c_lo: int, measure: str | None) -> str | None:
    """Where a level is read, named just before it: a town («انخفضت الحرارة في إسطنبول إلى 4
    درجات»: no table lists cities) or a segment of a market («وتبلغ الحصة السوقية في سوق
    الإنترنت الثابت 36%»): the noun after «في», up to three words before the figure or
    «إلى». Levels in two towns or two markets are two facts. A country is a place
    (Facets.places), a month is when, a definite noun («في المدينة») names nothing new."""
    spec = MEASURES.get(measure) if measure else None
    head_level = spec is None and measure is not None and ":" in measure
    if not head_level and (spec is None or spec.kind != "level" or not spec.per_place):
        return None
    k = first - 1
    if k > c_lo and tokens[k].word in _LEVEL_TO:
        k -= 1
    # A named measure's town is the one word before the figure («في إسطنبول إلى 4 درجات»;
    # «في مكة المكرمة 51.8» is the city's usual name, not a town of its own); a head noun's
    # segment may take a few words («في سوق الإنترنت الثابت 36%»).
    reach = _LEVEL_SITE_WORDS if head_level else 1
    for at in range(k - 1, max(c_lo, k - reach) - 1, -1):
        if tokens[at].word[:1].isdigit():
            return None
        if tokens[at].word not in _LEVEL_AT:
            continue
        name = tokens[at + 1]
        if (name.word.startswith(_ARTICLE) or name.word[:1].isdigit() or name.places
                or name.among(_MONTH_NAMES) or name.key in _WEEKDAY_OF or name.flags
                or name.among(_NOT_PLACES) or name.among(_TIME_NOUNS)):
            return None
        return f"{tokens[at].word}:{name.key}"
    return None


# The most words between «في» and the figure its noun places: «في سوق الإنترنت الثابت 36%».
_LEVEL_SITE_WORDS = 4


def _glued_preposition(token: Word) -> bool:
    """"بإقليم": the preposition ب written onto the admin noun."""
    return token.word[:1] == "ب" and token.key[:1] != "ب"


def _names_a_unit(tokens: list[Word], k: int) -> bool:
    """"بإقليم الحوز", "في محافظة حلب": an administrative noun in construct with a name; not
    "في المحافظة" (the one the text already spoke of) nor a noun before a preposition."""
    word = tokens[k].word
    if word[:1] in _CONJUNCTION_LETTERS:
        word = word[1:]
    if word[:1] in _PREPOSITION_LETTERS:
        word = word[1:]
    if word.startswith(_ARTICLE) or k + 1 >= len(tokens):
        return False
    following = tokens[k + 1]
    return not (following.word[:1].isdigit() or following.place_preposition
                or following.attribution_stop)


def _measure(tokens: list[Word], first: int, last: int, c_lo: int, c_hi: int,
             unit: str | None, value: Quantity, category: str | None = None) -> str | None:
    unit_key = word_key(unit) if unit else None
    named = (_UNIT_MEASURE.get(unit_key) or _UNIT_MEASURE.get(lemma_key(unit))) if unit else None
    measure = named if named is not None and MEASURES[named].kind != "level" else None
    if measure is None and (unit_key is None or unit_key in _PERSON_UNITS
                            or unit_key in _PROPERTY_UNITS or named is not None):
        # A level noun ("2500 جندي") yields to a casualty cue ("إصابة 11 عسكريا بجروح").
        measure = _measure_from_cues(tokens, first, last, c_lo, c_hi,
                                     None if named else unit_key)
    if measure is None:
        # … and to a cue for its category ("وتتسع القاعدة لخمسة آلاف عسكري": a capacity).
        measure = _measure_from_categories(tokens, first, last, c_lo, c_hi, unit_key, category)
    if measure is None:
        measure = named
    if measure is None:
        return _unit_price(tokens, last, c_hi, category) or _headed_measure(tokens, first, c_lo,
                                                                            category)
    if MEASURES[measure].kind == "change" and first > c_lo and tokens[first - 1].among(_SUM_WORDS):
        # «رفع الفائدة هذا العام ثلاث مرات بإجمالي 450 نقطة أساس»: the sum of several moves,
        # not the size of one
        return None
    low, high = MEASURES[measure].plausible
    if (value.min is not None and value.min < low) or (value.max is not None and value.max > high):
        if measure == _EXCHANGE_RATE:
            # «موازنة الخطة 120 مليار دينار (نحو 92 مليون دولار)»: a sum restated in
            # dollars, not a rate; what heads it may still say what it is
            return _headed_measure(tokens, first, c_lo, category)
        return None  # "تراوحت قوة 41 منها": the cue belongs to another number
    return measure


def _tally_cue(token: Word) -> str | None:
    """The running tally a word names as a cue or as its counted noun, if any."""
    measure = token.cue_measure or token.unit_measure
    return measure if measure and MEASURES[measure].kind == "tally" else None


def _tally_noun(token: Word) -> str | None:
    measure = token.unit_measure
    return measure if measure and MEASURES[measure].kind == "tally" else None


def _measure_from_categories(tokens: list[Word], first: int, last: int, c_lo: int, c_hi: int,
                             unit_key: str | None, category: str | None) -> str | None:
    """A cue that names figures of this counted noun's category (Measure.counts): "معدل
    التضخم … 35.7%" (a percentage), "سعر صرف الدولار … 46 جنيها" (money), nearest first,
    before the figure in its clause, then just after it."""
    kind = category or ("person" if unit_key in _PERSON_UNITS else "none")
    if kind == "money" and unit_key in _REFERENCE_CURRENCIES:
        return None  # dollars are an amount; a rate is the other currency's price of one
    if kind == "money" and any("reference-currency" in t.flags for t in tokens[c_lo:c_hi]):
        return "exchange-rate"  # "46 جنيها مقابل الدولار"
    window = [*range(first - 1, c_lo - 1, -1), *range(last, min(last + 3, c_hi))]
    cues = [_governed(tokens, k, c_lo) for k in window]
    if kind == "percent" and first > c_lo and tokens[first - 1].word in _REACHED:
        # "ارتفع معدل البطالة إلى 9.2%": the level reached, not by how much it rose
        cues = [m for m in cues if m is None or MEASURES[m].kind != "change"]
    if kind in ("percent", "points", "basis-points") and first > c_lo and (
            tokens[first - 1].word in _CHANGE_BY) and not _share_of(tokens, last, c_hi) and (
            tokens[first - 1].word != _AT_A_RATE or _names_a_change(tokens, c_hi)) and not (
            tokens[first - 1].word == _AT_A_RATE and first - 2 >= c_lo
            and tokens[first - 2].among(_LEVY)):  # «رسوم بنسبة 40%»: a levy's rate
        # "رفع أسعار الفائدة بواقع 6%": by how much a rate moved, not the rate
        return "rate-change" if "interest-rate" in cues or kind != "percent" else "percent-change"
    for k, measure in zip(window, cues):
        if measure == "distance" and any(t.word in _COVERED_LENGTH
                                         for t in tokens[max(c_lo, k - 3):k + 1]):
            continue  # «شوط لمسافة 2400 متر», «قطع مسافة 2000 متر»: a length covered
        if measure == "distance" and k + 1 < first and tokens[k + 1].word in _AFTER_CLAUSE_LINKS:
            continue  # «بعد أن قطع مسافة 22 ميلاً»: «after», not «at a distance of»
        if measure in _COUNTS and kind in _COUNTS[measure]:
            if k != first - 1 and tokens[k].among(_CARRYING_VERBS):
                continue  # «يقل عددهم عن 20» compares; only «تقل 200 شخص» carries
            return measure
        if (measure == "rate-change" and kind == "percent" and tokens[k].among(_INCREASE_NOUNS)
                and "interest-rate" not in cues):
            # «بزيادة 30%»: the noun that raises a rate by points («زيادة مارس البالغة 500
            # نقطة أساس») says by how much anything else grew when it is a percentage
            return "percent-change"
    return None


def _governed(tokens: list[Word], k: int, c_lo: int) -> str | None:
    """The cue of word k, or the measure of the noun governing it («نوايا التصويت»)."""
    measure = tokens[k].cue_measure
    governing = tokens[k - 1].cue_measure if k > c_lo else None
    if measure is not None and GOVERNING_CUES.get(governing) == measure:
        return governing
    if measure == _EXCHANGE_RATE and tokens[k].key == _PAYING_OUT and not (
            tokens[k].word.startswith(_ARTICLE) or (k > c_lo and "head" in tokens[k - 1].flags)):
        return None  # «صرف منحة قدرها 50 ألف دينار»: paying out, not a rate
    return measure


def _names_a_change(tokens: list[Word], c_hi: int) -> bool:
    """«ارتفع التضخم بنسبة 5%», «وتصدر السهم الخسائر، بنسبة 2.9%» tell a change; «يتصدر
    نوايا التصويت بنسبة 34.5%» a level: «بنسبة» is «at a rate of» unless its sentence, up to
    the end of the figure's clause, names a rise or a fall (`tokens` are the sentence's)."""
    return any((t.cue_measure is not None and MEASURES[t.cue_measure].kind == "change")
               or t.word in _CHANGED_STATES for t in tokens[:c_hi])


def _unit_price(tokens: list[Word], last: int, c_hi: int, category: str | None) -> str | None:
    """«بسعر 1500 جنيه للأردب», «80 دولارا للبرميل»: money per unit of a good is that unit's
    price («سعر:اردب»), never another price per another unit (10 آلاف جنيه للطن)."""
    if category != "money" or last >= c_hi:
        return None
    word = tokens[last].word
    for prefix in _PER_PREFIXES:
        if word.startswith(prefix) and word[len(prefix):] in _PRICED_UNITS:
            return f"{_PRICE_HEAD}:{word[len(prefix):]}"
    return None


def _share_of(tokens: list[Word], last: int, c_hi: int) -> bool:
    """«يقدر العجز بنسبة 5.1% من الناتج المحلي»: a percentage «من» something is a share of
    it, not a change."""
    return (last + 1 < c_hi and tokens[last].word == _FROM
            and not tokens[last + 1].word[:1].isdigit())


def _headed_measure(tokens: list[Word], first: int, c_lo: int, category: str | None) -> str | None:
    """"بلغ معدل البطالة 7.1%", "عدد الناخبين … 1.2 مليون": the noun a quantity head
    governs names the measure when nothing else does, as head:noun lemmas."""
    if category not in (None, "percent", "money", "weight", "distance"):
        return None  # a counted noun already says what is counted
    own = _own_property(tokens, first, c_lo)
    if own:
        return own
    if first - 1 >= c_lo and tokens[first - 1].among(_QUALITY_BEFORE):
        return None  # «سعر الباقة الذهبية بسرعة 150 ميغابت»: the speed, not the price
    for k in range(first - 1, max(c_lo, first - 8) - 1, -1):
        token = tokens[k]
        if token.word[:1].isdigit():
            return None
        if "head" in token.flags:
            j = k + 1
            while j < first and "head-filler" in tokens[j].flags:
                j += 1
            if j < first and not tokens[j].word[:1].isdigit():
                if j + 1 < first and (tokens[j + 1].among(_ANOTHER_KIND)
                                      or _type_adjective(tokens[j + 1])):
                    # «بسعر تذكرة خاص يبلغ 5 آلاف»: a special ticket's price, not the
                    # ticket's; «متوسط سعر السيارة الكهربائية 380 ألف درهم»: an electric
                    # car's, not every new car's
                    return f"{_head_name(token)}:{tokens[j].lemma}:{tokens[j + 1].key}"
                return f"{_head_name(token)}:{tokens[j].lemma}"
            return None
    return None


def _joined(*sites: str | None) -> str | None:
    """«kind:yield/segment:5»: a yield of one tranche is neither its coupon nor another
    tranche's yield."""
    return "/".join(s for s in sites if s) or None


def _segment(tokens: list[Word], first: int, c_lo: int) -> str | None:
    """«العائد على شريحة الثلاثين عاماً عند 7%», «الفائدة على الشريحة ذات الخمس سنوات 5,25%»,
    «أسعار الشريحة الثالثة بنسبة 15%»: a figure of one segment (a bond's tranche, a tariff's
    bracket) named in its clause before it is that segment's, and segments' figures are
    different facts: the word that names it (after «ذات», «لأجل») keys it."""
    for k in range(first - 1, max(c_lo, first - _SEGMENT_REACH) - 1, -1):
        if tokens[k].word[:1].isdigit() and k < first - 1 and not tokens[k + 1].among(
                _SEGMENT_UNITS):
            return None  # another figure's words
        if tokens[k].among(_SEGMENT_NOUNS):
            for token in tokens[k + 1:first]:
                if token.key not in _SEGMENT_FILLERS:
                    # «الثلاثين عاماً» and «30 عاماً» are one tranche
                    number = parse_number_words(token.key)
                    return f"segment:{number:g}" if number is not None else f"segment:{token.key}"
            return None
    return None


_SEGMENT_REACH = 8
_SEGMENT_NOUNS = _keys(SEGMENT_NOUNS)
_SEGMENT_FILLERS = frozenset(word_key(normalize_word(w)) for w in SEGMENT_FILLERS)
_SEGMENT_UNITS = _keys(SEGMENT_LENGTH_UNITS)


def _type_adjective(token: Word) -> bool:
    """«الكهربائية», «السياحية»: a relative adjective (the article, then «ي»/«ية» at the
    end) that names a type of the noun before it — not a nationality («المغربية»), which
    says where."""
    return (token.word.startswith(_ARTICLE) and token.key.endswith(_NISBA_ENDS)
            and len(token.key) >= _NISBA_MIN and token.demonym is None and not token.places
            and not token.among(_NOT_A_TYPE))


_NISBA_ENDS = tuple(normalize_word(NISBA_LETTER + e) for e in ("", FEMININE_ENDING))
_NISBA_MIN = 5  # «كهربائي»; not «علي», «ذكي»
_NOT_A_TYPE = _keys(NOT_A_TYPE_ADJECTIVES)


def _head_name(token: Word) -> str:
    """A head noun's name in a measure: a property's own name for its synonyms («تكلفة»
    and «كلفة» are one cost; the lemma alone reads «كلفة» as «ك» + «لفة»), else its lemma."""
    return next((_OWN_PROPERTY_BARE[f] for f in sorted(token.forms) if f in _OWN_PROPERTY_BARE),
                token.lemma)


def _own_property(tokens: list[Word], first: int, c_lo: int) -> str | None:
    """«بطول 184 كيلومترا», «على طول 148», «كلفته الإجمالية 9,6 مليار», «طول هذا الطريق
    148»: a property head with nothing of its own after it is a property of what the
    article is about (lexicon.frames.OWN_PROPERTY_HEADS); «طول شبكة الطرق» is not, nor a
    part's named before it in its clause («مقطع أول بطول 8,5 كلم»)."""
    if any(t.among(_OWN_PROPERTY_PARTS) for t in tokens[c_lo:first]):
        return None
    def form(k: int) -> str | None:
        return next((f for f in sorted(tokens[k].forms) if f in _OWN_PROPERTY), None) if (
            k >= c_lo) else None

    before = first - 1
    for _ in range(2):  # «موازنة قدرها 210 مليارات», «بغلاف مالي قدره 38 مليار»
        if before > c_lo and tokens[before].key in _OWN_PROPERTY_FILLERS:
            before -= 1
    # Back over what the head's figure is of and the adjective that says it is all of it:
    # «موازنة الخطة», «كلفة المشروع» (sizes tell a bridge's from the road's), «كلفته
    # الإجمالية», «الكلفة الإجمالية للمشروع», «بتكلفة إجمالية» — one such noun at most, so
    # «طول شبكة الطرق» stays the network's.
    of_noun = False
    while before >= c_lo and not form(before):
        word = tokens[before].word
        if before > c_lo and tokens[before].key in _OWN_PROPERTY_TOTALS:
            before -= 1
        elif before > c_lo and not of_noun and word.startswith((_ARTICLE, _LAM_ARTICLE)):
            of_noun = True
            before -= 1
        else:
            break
    if form(before):
        return _OWN_PROPERTY[form(before)]
    if before - 1 >= c_lo and tokens[before].word in _THIS and (
            form(before - 1) in _OWN_PROPERTY_BARE):
        return _OWN_PROPERTY[form(before - 1)]  # «طول هذا الطريق»
    return None


def _measure_from_cues(tokens: list[Word], first: int, last: int, c_lo: int, c_hi: int,
                       unit_key: str | None) -> str | None:
    for distance, k in enumerate(range(first - 1, c_lo - 1, -1), start=1):
        # A tally's own noun names it too: "عدد المصريين المتوفين بلغ 658".
        measure = tokens[k].cue_measure or _tally_noun(tokens[k])
        # «وفُقد أثر 14 آخرين»: the verb's trace between it and the people
        near = distance == 1 or (distance == 2 and tokens[k + 1].key in _TRACE)
        if (measure in _COUNTS and near
                and (unit_key is None or unit_key in _PERSON_UNITS)):
            # right before the figure: «فقد بلغ عدد المفرج عنهم 113» is the particle «فقد»
            tally = tokens[k]._look_up(_TALLY_CUE)
            if tally:
                # «وفُقد 31 آخرون» went missing; «فقد 31 شخصا حياتهم» died; «وفقد عشرات الآلاف
                # منازلهم» lost something of theirs: the verb is active, its object named
                lost = [t for t in tokens[last:min(last + 3, c_hi)]
                        if t.word.endswith(_THEIR) and len(t.word) > 4]
                if not lost:
                    return tally
                if lost[0].key in _LIVES:
                    return "dead"
        if measure is None or measure in _COUNTS:
            continue  # measures that name figures of given categories: _measure_from_categories
        spec = MEASURES[measure]
        if spec.kind == "property":
            # "بلغت قوته 7.8": a bare number right after the cue; with its scale word
            # ("قوة الهزة الرئيسية بلغت 7.8 درجات") the cue may stand anywhere in the clause.
            if unit_key is None and distance <= _PROPERTY_CUE_REACH:
                return measure
            if unit_key in _PROPERTY_UNITS:
                return measure
            continue
        if unit_key is None or unit_key in _PERSON_UNITS:
            if (spec.kind == "tally" and k - 1 > c_lo and tokens[k - 1].word == _FROM
                    and any(_tally_cue(t) not in (None, measure) for t in tokens[c_lo:k - 1])):
                # «ارتفاع عدد الموقوفين من الفارين … إلى 31»: «من الفارين» names whom the
                # arrested are taken from; the tally named before it is the figure's
                continue
            return measure
    # "4 و5 درجات بمقياس ريختر": the scale named after its unit.
    if unit_key in _PROPERTY_UNITS:
        for k in range(last, min(last + _PROPERTY_CUE_REACH, c_hi)):
            if tokens[k].word[:1].isdigit():
                break  # «بطول 1750 متراً وعمق 18 متراً»: a cue past the next figure is its own
            measure = tokens[k].cue_measure
            if measure and MEASURES[measure].kind == "property":
                if k + 1 < c_hi and tokens[k + 1].word[:1].isdigit():
                    break  # … as is one right before it
                return measure
    # "284 شخصا لقوا حتفهم": the verb after the counted people (not past the next figure:
    # «1236 حالة و14 وفاة» — the deaths are the 14).
    if unit_key is None or unit_key in _PERSON_UNITS:
        for k in range(last, min(last + 4, c_hi)):
            if any(ch.isdigit() for ch in tokens[k].word):
                break
            measure = tokens[k].cue_measure or tokens[k].unit_measure
            if measure and MEASURES[measure].kind == "tally":
                return measure
    return None


def _places(words: Words, first: int, last: int, c_lo: int, c_hi: int,
            s_lo: int, s_hi: int) -> tuple[str, ...]:
    """The place the figure is about: the nearest mention before it in its clause (an
    adjective counts: "وزارة الصحة السورية"), else an explicit "في X" after it in the clause,
    else the nearest mention earlier in the sentence, else an explicit one later in it."""
    mentions = words.places
    tokens = words.tokens

    def before(lo: int, marked_only: bool = False) -> PlaceMention | None:
        hits = [m for m in mentions if lo <= m.index < first and (m.marked or not marked_only)]
        return hits[-1] if hits else None

    def after(hi: int) -> PlaceMention | None:
        hits = [m for m in mentions if last <= m.index < hi and m.marked]
        return hits[0] if hits else None

    if (any(token.covers_all_places for token in tokens[c_lo:min(last + 3, c_hi)])
            and before(c_lo) is None):
        # "في البلدين", "على جانبي الحدود", "الإجمالي": every place the article keeps coming
        # back to; but not where the clause names its own («مشروعين في الأردن وأوزبكستان بقدرة
        # إجمالية تبلغ 1.4 غيغاواط»: the total of those two)
        if len(words.main_places) >= 2:
            return tuple(sorted(words.main_places))
    # "قتل 40 شخصا في مصر و10 في ليبيا": a place right after the figure is its own.
    own = after(min(last + 2, c_hi))
    # Beyond its clause, only a place said as a place («في سوريا»): an adjective there
    # belongs to another figure's people ("60 حاجا أردنيا …، وبذلك ترتفع الحصيلة إلى 577").
    mention = own or before(c_lo) or after(c_hi) or before(s_lo, marked_only=True) or after(s_hi)
    if mention:
        return tuple(sorted(mention.places))
    # No place in its sentence: the one country the article keeps placing things in («في
    # العراق» again and again), if it has exactly one (an article about two countries
    # leaves the figure unplaced).
    home = words.article.home_place
    return (home,) if home else ()


# The occasion of a figure of a second event the text marks as such («في حادث منفصل»).
ANOTHER = "another"


def _occasion(tokens: list[Word], first: int, c_lo: int, s_lo: int, measure: str | None,
              previous_same_clause: tuple[int, int] | None, words: Words,
              c_hi: int | None = None) -> str | None:
    """Which event the figure belongs to, when it is not the story's main one."""
    spec = MEASURES.get(measure) if measure else None
    if spec is not None and spec.kind == "tally" and any(
            t.among(_SEPARATE_EVENT) for t in tokens[s_lo:c_hi if c_hi is not None else first]):
        # "وفي هجوم منفصل، قتل 3 جنود", "وقتل 3 جنود في هجوم منفصل": another incident's toll
        return ANOTHER
    if spec is not None and spec.kind == "tally" and _opens_another_matter(tokens, s_lo):
        return ANOTHER  # «وفي سياق متصل، … وأوقفت 3 أشخاص»
    if spec is not None and spec.kind == "tally" and _recalls(tokens, s_lo, first):
        return ANOTHER  # «ويعيد الحادث إلى الأذهان انهيار عقار … أسفر عن مصرع 4 أشخاص»
    if spec is not None and spec.kind == "tally" and _another_disaster(tokens, s_lo, first):
        return ANOTHER  # «بعد أقل من شهر على غرق قارب آخر أسفر عن مقتل 9 أشخاص»
    if spec is None or spec.kind != "property":
        return None
    window_lo = c_lo
    if previous_same_clause is not None:
        # Only the words since the previous figure speak about this one.
        window_lo = max(c_lo, words.index_range(*previous_same_clause)[1])
        between = tokens[window_lo:first]
        if len(between) <= 2 and any(t.word.startswith("و") for t in tokens[window_lo:first + 1]):
            return ANOTHER  # "بقوة 7.7 درجة و7.6 درجة": the second of a pair
    # The marker nearest the figure decides: "تلته هزات ارتدادية بقوة 5" is a follow-on,
    # "بعد الهزات الارتدادية ضرب زلزال جديد بقوة 7.5" another main event.
    for k in range(first - 1, window_lo - 1, -1):
        token = tokens[k]
        if token.among(_FOLLOW_ON):
            return "follow-on"
        if token.among(_OTHER_EVENT) and not (k + 1 < first and
                                              "latest-after-akhir" in tokens[k + 1].flags):
            return ANOTHER  # but «آخر مرة», «آخر حصيلة»: the latest, not another
    if any(t.among(_FOLLOW_ON) for t in tokens[s_lo:first]):
        return "follow-on"
    if any(tokens[k].word in _ANAPHORIC and tokens[k - 1].among(_EVENT_NOUNS)
           for k in range(max(s_lo, 1), first)):
        return ANAPHORIC  # "الزلزال الأخير": whichever event the text spoke of last
    return None


def _recalls(tokens: list[Word], s_lo: int, first: int) -> bool:
    """Does the sentence, before the figure, recall an earlier event (RECALL_PHRASES)?"""
    return holds_phrase([t.key for t in tokens[s_lo:first]], _RECALL_PHRASES)


def _another_disaster(tokens: list[Word], s_lo: int, first: int) -> bool:
    """Does the sentence, before the figure, speak of another disaster: «آخر/أخرى» a word or
    two after a disaster noun («غرق قارب آخر», «حريق آخر»)? Not «الحريق، حسب آخر حصيلة»:
    «آخر» before «حصيلة» is the latest."""
    return any(tokens[k].among(_ANOTHER_ONE)
               and any(t.among(_EVENT_NOUNS) for t in tokens[max(s_lo, k - _ANOTHER_AFTER):k])
               and not (k + 1 < first and "latest-after-akhir" in tokens[k + 1].flags)
               for k in range(s_lo, first))


def _opens_another_matter(tokens: list[Word], s_lo: int) -> bool:
    """Does the sentence open with «وفي سياق متصل» or the like (OTHER_MATTER_OPENERS)?"""
    return any(all(s_lo + i < len(tokens) and (word in tokens[s_lo + i].forms if i else
                                               tokens[s_lo].word in word)
                   for i, word in enumerate(phrase))
               for phrase in _OTHER_MATTER_OPENERS)


# The occasion of a figure whose sentence points back to the last event spoken of; the
# extractor replaces it by that figure's occasion (article.py).
ANAPHORIC = "anaphoric"


def _attribution(words: Words, first: int, last: int, s_lo: int,
                 s_hi: int) -> tuple[int, int] | None:
    """Normal-form span naming who gives the figure: the nearest cue before it in the
    sentence, else the first one after it ("…، وفق ما أعلنت وزارة الصحة")."""
    cues = words.attribution_cues
    before = cues[bisect.bisect_left(cues, s_lo):bisect.bisect_left(cues, first)]
    after = cues[bisect.bisect_left(cues, last):bisect.bisect_left(cues, s_hi)]
    for k in [*reversed(before), *after]:
        span = _body_after(words, k + 1, s_hi)
        if span:
            return span
    return None


def _definite(token: Word) -> bool:
    """The word carries the article, behind any clitics: "الحكومة", "والوزارة", "للهيئة"."""
    return token.word.startswith(_DEFINITE_FORMS)


_DEFINITE_FORMS = tuple(normalize_word(p) for p in DEFINITE_PREFIXES)
_NAME_ENDS = re.compile(r"[،,.؛;:!?]")  # not quotes: «وكالة "فرانس برس"»


def _body_after(words: Words, i: int, hi: int) -> tuple[int, int] | None:
    tokens = words.tokens
    while i < hi and tokens[i].attribution_skip:
        i += 1
    first = i
    text = words.article.text
    while i < hi and i - first < ATTRIBUTION_MAX_WORDS:
        token = tokens[i]
        if token.attribution_stop or token.word[:1].isdigit() or (
                token.cue_measure or token.unit_measure):
            break  # "أعلنت وزارة الصحة مقتل 30": the name ends before what it announces
        if i > first and _definite(tokens[i - 1]) and not _definite(token):
            break  # "أعلنت الحكومة تخصيص …": a definite name ends before an indefinite word
        i += 1
        if i < len(tokens) and _NAME_ENDS.search(text, words.ends[i - 1], words.starts[i]):
            break  # "لوزارة الداخلية، وذلك": a comma ends the name
    return (words.starts[first], words.ends[i - 1]) if i > first else None


def attribution_key(name: str | None) -> tuple[frozenset[str], ...]:
    """What identifies a source when comparing two: its first two words, each with every
    reading with and without clitics ("وزارة الصحة السورية" and "الوزارة" are one body)."""
    if not name:
        return ()
    return tuple(_all_forms(w) for w in _TOKEN.findall(normalize_word(name))[:2])


def same_source(a: str | None, b: str | None) -> bool:
    ka, kb = attribution_key(a), attribution_key(b)
    if not ka or not kb:
        return False
    return bool(ka[0] & kb[0]) and (len(ka) == 1 or len(kb) == 1 or bool(ka[1] & kb[1]))


def background_dates(words: ArticleWords, date_spans: list[tuple[int, int, str]],
                     clause: tuple[int, int], sentence: tuple[int, int], start: int) -> str | None:
    """"منذ زلزال 17 أغسطس 1999 الذي تسبب في مقتل 17 ألف": a figure after a "since"-date in
    its clause belongs to that earlier event. After a comma ("أسوأ فيضانات منذ 1999، وقد
    أودت بحياة 300") the sentence is back to the present."""
    view = None
    for d_start, d_end, described in date_spans:
        if not (sentence[0] <= d_start and d_end <= start):
            continue
        # The sentence's words, already read for the figure; the clause is a stretch of
        # them (clause ends never fall inside a word).
        view = view or words.view(*sentence)
        c_first, _ = view.index_range(*clause)
        i, _ = view.index_range(d_start, d_end)
        if i < c_first and not (c_first < len(view.tokens) and view.tokens[c_first].among(_WHEN)
                                and len(words.text[d_end:clause[0]].split()) <= 2):
            continue  # an earlier clause, unless this one opens with «حين» right after the date
        if any(t.among(_BACKGROUND) for t in view.tokens[max(0, i - 3):i]):
            return described
    return None

