"""Article → Claims: quantities and dates, each with its evidence in the original text.

The article is normalised once; the number and date grammars run over the normal form;
every match is mapped back through the offset map, so a claim quotes the original words
with their line and column. Around each claim we keep the clause's words (for rules and
grouping), the place after it ("في سوريا") and the event word before a date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from factcheck.extract.clock import ClockMatch, find_clock_times
from factcheck.extract.dates import DateMatch, Reference, find_dates, infer_reference
from factcheck.extract.front_matter import address_claim
from factcheck.extract.lemmas import lemma_key
from factcheck.extract.normalize import NormalText, normalize, normalize_word
from factcheck.extract.publication_clues import PublicationClues, publication_clues
from factcheck.extract.numbers import (ORDINAL_WORDS, ORDINAL_WORDS_RE, UNITS, QuantityMatch,
                                      find_quantities, parse_number_words)
from factcheck.extract.words import holds_phrase, phrase_keys, word_forms, word_key, words_of
from factcheck.extract.clauses import (clause_ends, figure_end, figure_start, hard_wrapped,
                                      sentence_ends, word_after)
from factcheck.extract.context import (ANAPHORIC, ANOTHER, ArticleWords, analysed_word, background_dates,
                                      measure_of, quantity_facets)
from factcheck.extract.signature import Signature, signature
from factcheck.model import Article, Claim, DateValue, Quantity, Span, TimeFrame, figure_text
from factcheck.lexicon.measures import (BELOW_ZERO_AFTER, CHANGE_BY_WORDS, FIGURE_CHANGE_NOUNS,
                                        FIGURE_CHANGE_OPENERS, MEASURES, PERSON_CATEGORIES,
                                        PERSON_NOUNS)
from factcheck.lexicon.units import COUNTED_NOUNS
from factcheck.lexicon.frames import (AFTER_FIGURE_PREPOSITIONS, FORECAST_BEFORE,
                                      IMPERFECT_PREFIXES, INHERIT_THROUGH, PER_EACH_PHRASES,
                                      RESTATED_AMOUNT_WORDS, TALLY_NOUNS)
from factcheck.lexicon.qualifiers import RELATIVE_PRONOUNS
from factcheck.lexicon.time_words import (COMPARED_PERIOD_NOUNS, COMPARED_WITH, DAY_NOUNS,
                                          DURATION_DIRECTIONS, DURING_IT, END_OF_OPENERS,
                                          END_OF_PERIODS, EXTREME_WORDS, LEVEL_NOUNS,
                                          NOUN_YEAR_OPENERS, NUMBERED_PERIODS, LAST_OF_STRETCH,
                                          POSSESSIVE_ENDINGS, QUARTER_NOUN, QUARTER_ORDINALS,
                                          SHIFT_DIRECTIONS, SINCE_START_OPENERS, SINCE_START_PERIODS,
                                          STRETCH_NOUNS,
                                          STRETCH_OPENERS, YEAR_CUES)
from factcheck.lexicon.stopwords import STOPWORDS
from factcheck.lexicon.clock import AFTERNOON_WORDS, MORNING_WORDS, TODAY_WORDS, YESTERDAY_WORDS
from factcheck.lexicon.events import (ANNOUNCING_VERBS, RESULT_VERB_OPENERS, AS_FROM, AS_FROM_PHRASES, CAUSE_OPENERS, CLOSED_AT_SENSE,
                                      DATE_ASIDE_LEADS, DAY_PART_LEADS, EVENT_WORDS, EXTENDED_WORDS,
                                      FINANCING_NOUNS,
                                      INQUIRY_NOUNS, NEW_DATE_WORDS, ORIGINAL_DATE_WORDS,
                                      PLACE_ASIDE_LEADS, REACHED_SENSE, SAID_THAT,
                                      NEGATIONS, SIGNED_VERBS, STARTS_OF_THEIR_OWN,
                                      UNTIL_WORDS)
from factcheck.lexicon.clitics import (ARTICLE, CONJUNCTIONS, FUTURE_PARTICLE, POSSESSIVES,
                                      PREPOSITIONS)
from factcheck.lexicon.markers import BACKGROUND_MARKERS, FUTURE_MARKERS, RECALL_PHRASES, WHEN_WORDS
from factcheck.lexicon.months import GULF, LEVANTINE, MAGHREBI
from factcheck.lexicon.places import CLAIM_PLACE_PREPOSITIONS, EVENT_SITE_WORDS, NOT_PLACES

_NEWLINE = re.compile("\n")
# "في سوريا" after a figure: the place it is about.
_PLACE_AFTER = re.compile(
    r"^\s*(?:\S+\s+){0,3}?(?:" + "|".join(normalize_word(w) for w in CLAIM_PLACE_PREPOSITIONS)
    + r")\s+(\S+)")
_PLACE_STOP = frozenset(word_key(w) for w in NOT_PLACES)
_PUNCTUATION = ".,،؛;:!؟?«»\"'()[]{}-–—…"
# Number-less figures borrow the counted noun of the figure before them in the same
# sentence when little separates them: "2500 جندي في العراق، ونحو 900 في سوريا".
_INHERIT_MAX_WORDS = 6
# … and when the figure is not followed by a noun of its own: after it may come only a
# function word, a nationality («و60 أردنيا»), "others", or nothing.
_INHERIT_THROUGH = frozenset(word_key(normalize_word(w)) for w in (*STOPWORDS, *INHERIT_THROUGH))
_PEOPLE_UNITS = frozenset(normalize(n).text for n in PERSON_NOUNS) | frozenset(
    normalize(lemma).text for lemma, (category, _) in COUNTED_NOUNS.items()
    if category in PERSON_CATEGORIES)

_EVENT_INDEX: dict[str, str] = {word_key(w): label for label, ws in EVENT_WORDS.items() for w in ws}
# … and each word whole, for a stem read off a pronoun («كشفتها» → «كشفت», whose key drops
# the «ك» a preposition would be): the key alone would miss it.
_EVENT_WHOLE: dict[str, str] = {normalize_word(w): label for label, ws in EVENT_WORDS.items()
                                for w in ws}


_POSSESSIVES = tuple(sorted((normalize_word(p) for p in POSSESSIVES), key=len, reverse=True))
_ONE_LETTER_CLITICS = frozenset(CONJUNCTIONS + PREPOSITIONS)


@functools.lru_cache(maxsize=1 << 16)  # words repeat across articles; most name no event
def _event_label(word: str) -> str | None:
    """The event a word names, by any of its readings («وبدأ» is «بدأ»: start)."""
    label = _EVENT_INDEX.get(word_key(word))
    if label is None:
        label = next((_EVENT_INDEX[f] for f in sorted(word_forms(word)) if f in _EVENT_INDEX), None)
    if label is None:
        # «ستختتم», «وسينطلق»: a present-tense verb behind the future particle
        label = next((_EVENT_INDEX[key] for f in sorted({word, *word_forms(word)})
                      if f[:1] == FUTURE_PARTICLE and f[1:2] in _PRESENT_LETTERS and len(f) >= 5
                      and (key := word_key(f[1:])) in _EVENT_INDEX), None)
    if label is None:
        # «اجتماعها المقبل», «زيارته»: the noun with a possessive pronoun
        for suffix in _POSSESSIVES:
            stem = word[:-len(suffix)]
            if not word.endswith(suffix) or len(stem) < 3:
                continue
            # «زيارته»: the ة of «زيارة» is written ت before a pronoun («أعلنتها» keeps its ت).
            stems = (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)
            # Each as it stands, or after one clitic letter, and never shorter than four
            # letters: «وزارة» (normal form «وزاره») is not «و» + «زار» + «ه».
            for one in stems:
                for candidate in (one, one[1:] if one[:1] in _ONE_LETTER_CLITICS else ""):
                    if len(candidate) >= 4 and (found := _EVENT_INDEX.get(candidate)
                                                or _EVENT_WHOLE.get(candidate)):
                        return found
    return label
# Years after these words don't tell when the article was written: plans ("by 2026")
# and starting points ("since 1999").
_NOT_PRESENT_KEYS = frozenset(word_key(w) for w in FUTURE_MARKERS + BACKGROUND_MARKERS)
_FUTURE_KEYS = frozenset(word_key(w) for w in FUTURE_MARKERS)


@dataclass(frozen=True, slots=True)
class Extraction:
    article: Article
    claims: tuple[Claim, ...]
    reference: Reference
    time_frame: TimeFrame | None
    clues: PublicationClues = PublicationClues()
    signature: Signature = Signature()  # what the article is about, for telling stories apart
    # The date in the article's address (front matter url), not one of its claims: the
    # address-date check compares it with the publication (extract/front_matter.py).
    address: Claim | None = None
    # The times of day events happened at («على الساعة سابعة صباحا»), not among `claims`:
    # no topic compares them across articles (one outlet's local time is another's GMT);
    # the clock-time check compares one article's with each other.
    clock_times: tuple[Claim, ...] = ()

    def without_text(self) -> "Extraction":
        """The extraction a scan keeps: claims carry their sentences, so the article's text
        can go (a scan of 100k articles must not hold them all)."""
        return replace(self, article=replace(self.article, text=""))


def extract(article: Article) -> Extraction:
    """The article's claims, reference date, time frame and publication clues."""
    norm = normalize(article.text)
    reference = infer_reference(norm.text, article.published)
    dates = find_dates(norm.text, reference)
    years: list[tuple[int, int, int]] = []
    quantities = _without_dates(find_quantities(norm.text, years), dates)
    # The article's time frame is read from its written dates; a year written alone
    # («خلال 2025», «مقارنة بـ2023») dates its figures and events only.
    time_frame = infer_time_frame(reference, dates)
    dates = _with_bare_years(dates, years)
    locator = _Locator(article, norm)
    # The figures' sentences are tokenised once, for their facets and for every claim's
    # words: the quantities first, so a date in the same sentence finds its words read.
    words = ArticleWords(norm.text)
    quantity_claims = _quantity_claims(article, norm, locator, words, quantities, dates, reference)
    date_claims = _date_claims(article, locator, words, dates)
    return Extraction(article, tuple(quantity_claims + date_claims), reference,
                      time_frame, publication_clues(norm.text),
                      signature(words), address_claim(article),
                      tuple(_clock_claims(article, locator, words, find_clock_times(norm.text))))


# What read a year written alone (DateMatch.kind): it dates figures and sentences, but a year
# alone says too little to date an event across articles («بحلول 2030» is one plan's
# target in one article and another's in the next).
BARE_YEAR = "bare_year"


def _with_bare_years(dates: list[DateMatch], years: list[tuple[int, int, int]]) -> list[DateMatch]:
    """The dates and the years written alone that no date already holds, in text order."""
    if not years:
        return dates
    spans = [(d.start, d.end) for d in dates]
    alone = [DateMatch(start, end, DateValue(year, None, None, "year"), "explicit",
                       kind=BARE_YEAR)
             for start, end, year in years
             if not any(s < end and start < e for s, e in spans)]
    return sorted(dates + alone, key=lambda d: (d.start, d.end)) if alone else dates


def _without_dates(quantities: list[QuantityMatch], dates: list[DateMatch]) -> list[QuantityMatch]:
    """A number inside a date ("31 كانون الأول", "عام 2014") is not a quantity."""
    spans = sorted((d.start, d.end) for d in dates if d.expression != "weekday")
    starts = [s for s, _ in spans]
    longest = max((e - s for s, e in spans), default=0)

    def inside_a_date(q: QuantityMatch) -> bool:
        # Only dates starting before the number ends, and not too far before, can hold it.
        i = bisect.bisect_left(starts, q.number_end)
        j = bisect.bisect_left(starts, q.number_start - longest)
        return any(spans[k][0] < q.number_end and q.number_start < spans[k][1]
                   for k in range(j, i))

    return [q for q in quantities if not inside_a_date(q)]


class _Locator:
    """Maps normal-form offsets to original spans, lines, sentences and clauses."""

    def __init__(self, article: Article, norm: NormalText):
        self.article, self.norm = article, norm
        self._sentences: dict[tuple[int, int], str] = {}
        text = article.text
        self.line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
        self.clause_ends = clause_ends(norm.text, wrapped=hard_wrapped(text))
        self.sentence_ends = sentence_ends(norm.text, self.clause_ends)

    def _original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of normal-form [start, end), with the vowel marks of its
        last letter («قتيلاً»): the quote ends where the word does."""
        o_start, o_end = self.norm.original_span(start, end)
        text = self.article.text
        while o_start < o_end < len(text) and _is_vowel_mark(text[o_end]):
            o_end += 1
        return o_start, o_end

    def span(self, start: int, end: int) -> Span:
        o_start, o_end = self._original_span(start, end)
        line_index = bisect.bisect_right(self.line_starts, o_start) - 1
        body = self.article.body_offset
        return Span(o_start + body, o_end + body, line_index + 1 + self.article.body_offset_line,
                    o_start - self.line_starts[line_index] + 1)

    @staticmethod
    def _around(ends: list[int], start: int, end: int, limit: int) -> tuple[int, int]:
        i = bisect.bisect_right(ends, start)
        lo = ends[i - 1] if i else 0
        j = bisect.bisect_left(ends, end)
        hi = ends[j] if j < len(ends) else limit
        return lo, hi

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        return self._around(self.sentence_ends, start, end, len(self.norm.text))

    def clause(self, start: int, end: int) -> tuple[int, int]:
        return self._around(self.clause_ends, start, end, len(self.norm.text))

    def sentence_text(self, lo: int, hi: int) -> str:
        """The sentence in original spelling, spaces collapsed; one string shared by every
        claim in it (a large scan keeps hundreds of thousands of claims)."""
        key = (lo, hi)
        if key not in self._sentences:
            self._sentences[key] = " ".join(self.original_text(lo, hi).split())
        return self._sentences[key]

    def original_text(self, start: int, end: int) -> str:
        o_start, o_end = self._original_span(start, end)
        return self.article.text[o_start:o_end]


def _is_vowel_mark(char: str) -> bool:
    """Harakat, tanween, shadda, sukun and the dagger alif: marks of the letter before."""
    return "\u064b" <= char <= "\u065f" or char == "\u0670"


def _evidence(locator: _Locator, words: ArticleWords, start: int, end: int,
              sentence: tuple[int, int], clause: tuple[int, int]) -> dict:
    """Span, quote, sentence and the words of a match. Rules read the clause's words
    later, from the sentence (clauses.clause_words): claims do not carry them."""
    s_lo, s_hi = sentence
    c_hi = clause[1]
    return {
        "span": locator.span(start, end),
        "text": locator.original_text(start, end),
        "sentence": locator.sentence_text(s_lo, s_hi),
        "sentence_offset": _collapsed_length(locator.original_text(s_lo, start)),
        "words": words.words_of(sentence, start, end),
        "place": _place_after(locator.norm.text[end:c_hi]),
    }


def _collapsed_length(prefix: str) -> int:
    """Where the words after `prefix` start once the sentence's spaces are collapsed (as
    Claim.sentence is): the report needs it after the article text itself is gone."""
    collapsed = " ".join(prefix.split())
    return len(collapsed) + (1 if collapsed and prefix[-1:].isspace() else 0)


def _own_noun_after(words: ArticleWords, match: QuantityMatch, clause: tuple[int, int],
                    sentence: tuple[int, int]) -> bool:
    """«نحو 8 آلاف عامل», «40 سفينة»: a figure followed by a noun counts that noun, known
    to the lexicon or not, so it never borrows the unit of the figure before it."""
    after = words.words_of(sentence, match.end, clause[1])[:1]
    if not after or not after[0][:1].isalpha():
        return False
    token = analysed_word(after[0])
    return not (token.demonym or token.place_preposition
                or not _INHERIT_THROUGH.isdisjoint(word_forms(after[0])))


def _place_after(rest_of_clause: str) -> str | None:
    match = _PLACE_AFTER.match(rest_of_clause)
    if not match:
        return None
    word = word_key(match.group(1).strip(_PUNCTUATION))  # «في الإضراب.» is «اضراب»
    return None if not word or word in _PLACE_STOP or word.isdigit() else word


# Words that may stand before a date set off by commas («، مساء أمس السبت،»).
_DATE_LEAD_KEYS = frozenset(word_key(w) for w in (*MORNING_WORDS, *AFTERNOON_WORDS,
                                                   *DATE_ASIDE_LEADS))
_CAUSE_OPENERS = frozenset(word_key(w) for w in CAUSE_OPENERS)
_WHEN_KEYS = frozenset(word_key(normalize_word(w)) for w in WHEN_WORDS if w != "يوم")
# … of those, the ones that only say which part of the day («منتصف ليل», «صباح»)
_PART_OF_DAY_KEYS = frozenset(word_key(w) for w in (*MORNING_WORDS, *AFTERNOON_WORDS,
                                                     *DAY_PART_LEADS))


_SINCE = frozenset(word_key(w) for w in DURATION_DIRECTIONS)
_DAY_WORDS = tuple(word_key(w) for w in DAY_NOUNS)
_SINCE_REACH = 4  # «منذ» and at most three words back to its event
_ANNOUNCING_KEYS = frozenset(word_key(w) for w in ANNOUNCING_VERBS)
_ANNOUNCED_REACH = 8  # words between «أعلن» and a date that still say when it was said
_AS_FROM_KEYS = frozenset(word_key(w) for w in AS_FROM)
_AS_FROM_REACH = 3  # «تستأنف الرحلات تدريجيا اعتبارا»: the verb, its subject, an adverb
_ORDINAL_KEYS = frozenset(word_key(w) for w in ORDINAL_WORDS)
_REACHED_KEYS = frozenset(word_key(w) for w in REACHED_SENSE)
_CLOSED_AT_KEYS = frozenset(word_key(w) for w in CLOSED_AT_SENSE)
_TALLY_KEYS = frozenset(word_key(w) for w in TALLY_NOUNS)
_THAT_KEYS = frozenset(word_key(w) for w in SAID_THAT)
_UNTIL_KEYS = frozenset(word_key(w) for w in UNTIL_WORDS)
_PRESENT_LETTERS = frozenset(normalize_word(w) for w in IMPERFECT_PREFIXES)
_ENDED_BY_UNTIL = (None, "start", "resumption")  # what «حتى <day>» turns into the end
_DISASTER, _START = "disaster", "start"
# «لم», «ولن»: a negation, behind a conjunction or not
_NEGATIONS = frozenset(c + normalize_word(w) for w in NEGATIONS for c in ("", *CONJUNCTIONS))
_EXTENDED_KEYS = frozenset(word_key(w) for w in EXTENDED_WORDS)
_ORIGINAL_KEYS = frozenset(word_key(normalize_word(w)) for w in ORIGINAL_DATE_WORDS)
_NEW_KEYS = frozenset(word_key(normalize_word(w)) for w in NEW_DATE_WORDS)
_FINANCING_KEYS = frozenset(word_key(normalize_word(w)) for w in FINANCING_NOUNS)
# The first word of every month name («كانون» of «كانون الثاني»), normal form.
_MONTH_WORDS = frozenset(normalize_word(name.split()[0]) for table in (GULF, LEVANTINE, MAGHREBI)
                         for names in table.values() for name in names)
# What an extension word makes the new date («قررت الحكومة تمديد البرنامج حتى 31 تموز»:
# the decision's object is the new end)
_PUT_BACK = (None, "start", "end", "deadline", "decision", "announcement")
_NOUN_YEAR = re.compile(rf"[وف]?(?:{'|'.join(normalize_word(w) for w in NOUN_YEAR_OPENERS)})(?!\w)")
_FORECAST_KEYS = frozenset(word_key(w) for w in FORECAST_BEFORE)
_EVENT_SITE_KEYS = frozenset(word_key(w) for w in EVENT_SITE_WORDS)
_INQUIRY_KEYS = frozenset(word_key(w) for w in INQUIRY_NOUNS)
_INQUIRY_REACH = 3  # «لجنة التحقيق في انفجار», «اللجنة التحقيقية الخاصة بانفجار»


def _goes_on(before: tuple[str, ...]) -> bool:
    """Does the date's clause go on from the one before with a verb of result («تمديد آجال
    التسجيل لمدة أسبوع، لتُغلق المنصة يوم الأحد 7 ديسمبر»): «ل» and an imperfect verb?"""
    return bool(before) and before[0].startswith(_RESULT_VERB_OPENERS)


_RESULT_VERB_OPENERS = tuple(normalize_word(p) for p in RESULT_VERB_OPENERS)


def _put_back_from(before: tuple[str, ...]) -> bool | None:
    """None unless a word of putting back (تمديد, تأجيل) stands before the date in its
    clause; then whether a word of the day first set (الأصلي, كان مقررا) stands between."""
    last = next((k for k in range(len(before) - 1, -1, -1)
                 if word_key(before[k]) in _EXTENDED_KEYS), None)
    if last is None:
        return None
    between = {word_key(w) for w in before[last + 1:]}
    return bool(between & _ORIGINAL_KEYS) and not between & _NEW_KEYS


def _event_around(locator: _Locator, words: ArticleWords, sentence: tuple[int, int],
                  clause: tuple[int, int]) -> str | None:
    """The event of a date that stands alone between commas: «أعلنت الشرطة، مساء السبت،
    العفو عن …» dates the clause before it; «لقي 4 أشخاص مصرعهم، فجر اليوم، إثر انهيار
    عقار» the cause after it."""
    if clause[0] > sentence[0]:
        previous = locator.clause(clause[0] - 1, clause[0] - 1)
        label = _event_of(words.words_of(sentence, max(previous[0], sentence[0]), clause[0]), ())
        if label:
            return label
    if clause[1] < sentence[1]:
        following = words.words_of(sentence, clause[1], locator.clause(clause[1], clause[1] + 1)[1])
        if following and word_key(following[0]) in _CAUSE_OPENERS:
            return _event_of((), following[1:])
        # «أصدرت المحكمة، يوم الأحد 16 شباط، أحكاما بالسجن»: the object of the verb before
        # the aside, right after it, is what happened that day
        return _object_after(locator, words, sentence, clause)
    return None


def _event_when(locator: _Locator, words: ArticleWords, sentence: tuple[int, int],
                clause: tuple[int, int]) -> str | None:
    """«توقفت الملاحة منذ فجر الثلاثاء 15 أبريل، حين جنحت السفينة»: the clause «حين» opens
    right after the date's says what happened that day."""
    if clause[1] >= sentence[1]:
        return None
    following = words.words_of(sentence, clause[1], locator.clause(clause[1], clause[1] + 1)[1])
    if following and word_key(following[0]) in _WHEN_KEYS:
        return _event_of((), following[1:])
    return None


def _object_after(locator: _Locator, words: ArticleWords, sentence: tuple[int, int],
                  clause: tuple[int, int]) -> str | None:
    """The event the object of a verb names, right after the clause of its date, past an
    aside that says where: «، في معرض باريس للطيران، صفقة لشراء …» → agreement."""
    if clause[1] >= sentence[1]:
        return None
    end = locator.clause(clause[1], clause[1] + 1)[1]
    following = words.words_of(sentence, clause[1], end)
    label = _event_of((), following[:_ASIDE_OBJECT_REACH])
    if label is None and following and word_key(following[0]) in _PLACE_ASIDE_KEYS \
            and end < sentence[1]:
        after = words.words_of(sentence, end, locator.clause(end, end + 1)[1])
        label = _event_of((), after[:_ASIDE_OBJECT_REACH])
    return label


_ASIDE_OBJECT_REACH = 2
_PLACE_ASIDE_KEYS = frozenset(word_key(normalize_word(w)) for w in PLACE_ASIDE_LEADS)
_SIGNED_KEYS = frozenset(word_key(normalize_word(w)) for w in SIGNED_VERBS)


def _until_before(before: tuple[str, ...]) -> bool:
    """Does a date end a stretch «حتى»/«إلى غاية» opens, with no «منذ» before it, and no
    figure («تلقيح 3,4 مليون رأس إلى غاية الاثنين 10 مارس»: the day of a count)?"""
    k = len(before)
    while k and word_key(before[k - 1]) in _PART_OF_DAY_KEYS:
        k -= 1  # «حتى منتصف ليل الخميس 21 آب»: the part of the day before the date
    before = before[:k]
    return (bool(before) and word_key(before[-1]) in _UNTIL_KEYS
            and not any(word_key(w) in _SINCE or normalize_word(w) in _NEGATIONS
                        or _counted(before, k) for k, w in enumerate(before)))


def _count_as_of(before: tuple[str, ...]) -> bool:
    """Does a date end «حتى»/«إلى غاية» after a figure («ارتفع عدد ضحايا الانهيار إلى 13
    قتيلاً حتى مساء اليوم الخميس»)? Then it is the day of a count, not of the event."""
    k = len(before)
    while k and word_key(before[k - 1]) in _PART_OF_DAY_KEYS:
        k -= 1
    before = before[:k]
    return (bool(before) and word_key(before[-1]) in _UNTIL_KEYS
            and any(_counted(before, k) for k in range(len(before))))


def _ahead_of_today(text: str, match: DateMatch) -> bool:
    """«بعد خمسة أيام» counted from the article's own day: a day still to come, which no
    disaster the article reports can have happened on."""
    if match.kind != _SHIFT or match.anchor is not None:
        return False
    first = text[match.start:match.end].split()[:1]
    return bool(first) and _SHIFT_DIRECTION.get(first[0], 0) > 0


_SHIFT_DIRECTION = {normalize_word(w): n for w, n in SHIFT_DIRECTIONS.items()}


def _recalled(before: tuple[str, ...]) -> bool:
    """Does the sentence before a date recall an earlier event (RECALL_PHRASES)?"""
    return holds_phrase([word_key(w) for w in before], _RECALL_KEYS)


_RECALL_KEYS = phrase_keys(RECALL_PHRASES)


def _counted(words: tuple[str, ...], k: int) -> bool:
    """Is words[k] a figure, not a date's day or year («فاتح أبريل 2025 إلى غاية …»)?"""
    word = words[k]
    if not word[:1].isdigit():
        return False
    following = normalize_word(words[k + 1]) if k + 1 < len(words) else ""
    return not (len(word) == 4 and word.isdigit()) and following not in _MONTH_WORDS


def _as_from_phrase(words: tuple[str, ...], k: int) -> str | None:
    """«start» when words[k:] open with an "as from" phrase («بداية من»)."""
    keys = [word_key(w) for w in words[k:k + _LONGEST_AS_FROM]]
    return _START if holds_phrase(keys, _AS_FROM_PHRASES, at=0) else None


_AS_FROM_PHRASES = phrase_keys(AS_FROM_PHRASES)
_LONGEST_AS_FROM = max(map(len, _AS_FROM_PHRASES))


def _event_of(before: tuple[str, ...], after: tuple[str, ...]) -> str | None:
    if any(word_key(w) in _UNTIL_KEYS for w in before[-3:]) and any(
            word_key(w) in _SINCE for w in before[:-3]):
        # «منذ إعادة فتحه الخميس الماضي وحتى مساء أمس الأحد 3 جويلية»: the end of a stretch, no
        # event's day («انسحاب القوات حتى 31 ديسمبر» is the withdrawal's deadline)
        return None
    since = bool(before) and word_key(before[-1]) in _SINCE
    for distance, word in enumerate(reversed(before), start=1):
        k = len(before) - distance
        if (word_key(word) in _ORDINAL_KEYS and k > 0
                and word_key(before[k - 1]).startswith(_DAY_WORDS)):
            return None  # «التي غرقت … يومها الخامس اليوم السبت»: a numbered day of a stretch
        label = _event_label(word) or _as_from_phrase(before, k)
        if label and k > 0 and word_key(before[k - 1]) in _EVENT_SITE_KEYS:
            return None  # «تفقد المحافظ موقع الحريق صباح اليوم الخميس»: a visit to the site
        if label and _INQUIRY_KEYS & {word_key(w) for w in before[max(0, k - _INQUIRY_REACH):k]}:
            return None  # «لجنة التحقيق في انفجار … تقريرها اليوم الأحد»: the inquiry's day
        if label and word_key(word) in _AS_FROM_KEYS:
            label = next((found for w in before[max(0, k - _AS_FROM_REACH):k]
                          if (found := _event_label(w)) in STARTS_OF_THEIR_OWN), label)
        if label:
            label = _financing(label, (*before[k + 1:], *after))
            if label == "disaster" and any(word_key(w) in _FORECAST_KEYS for w in before):
                return None  # «من المتوقع أن تنحسر العاصفة ظهر اليوم»: a forecast, not the event
            figure_between = any(w[:1].isdigit() for w in before[k + 1:])
            if figure_between and (word_key(word) in _REACHED_KEYS or any(
                    word_key(w) in _TALLY_KEYS for w in before[:k])):
                # «وصلت الحصيلة إلى 40 قتيلا مساء الثلاثاء»: a figure reached; «ارتفاع
                # حصيلة ضحايا العاصفة إلى 5 قتلى، اليوم الخميس»: the day of the count
                return None
            if distance > 1 and any(word_key(w) in _TALLY_KEYS for w in before[max(0, k - 2):k]):
                # «ارتفعت حصيلة ضحايا تدافع ملعب الصافية، اليوم الخميس، إلى 17 قتيلا»: the
                # event names whose toll it is; the day is the count's («حصيلة زلزال الجمعة»,
                # the day right after the event word, is the quake's)
                return None
            if word_key(word) in _CLOSED_AT_KEYS and any(
                    w[:1].isdigit() for w in (*before[k + 1:], *after)):
                return None  # «ليغلق اليوم الأربعاء عند 39.55 ريال»: a market's close
            if distance > _ANNOUNCED_REACH and word_key(word) in _ANNOUNCING_KEYS:
                # «أعلنت الوزارة عودة الأنظمة … في المجمع … إلى العمل مساء الأحد 19 أكتوبر»:
                # far past what is announced, the day is the announced event's, not the
                # statement's
                return None
            # «أمطار غزيرة هطلت على المنطقة منذ الخميس»: what «منذ» dates is what it follows
            return None if since and distance > _SINCE_REACH else label
    for i, word in enumerate(after[:4]):
        if word_key(word) in _THAT_KEYS:
            break  # «قال الدفاع المدني اليوم الأحد إن الحرائق التي اندلعت»: what was said
        if word_key(word) in _EXTENDED_KEYS:
            break  # «أعلنت الوزارة، أمس الاثنين، تأجيل إطلاق القمر»: the day it was put back
        label = _event_label(word)
        if label:
            return _financing(label, after[i + 1:])
    return None


def _financing(label: str, following: tuple[str, ...]) -> str:
    """«توقيع … اتفاقية قرض»: an agreement a loan or a grant names right after it is the
    financing's, another agreement than the project's."""
    if label == "agreement" and following and word_key(following[0]) in _FINANCING_KEYS:
        return "financing-agreement"
    return label


def _quantity_claims(article: Article, norm: NormalText, locator: _Locator, words: ArticleWords,
                     matches: list[QuantityMatch], dates: list[DateMatch],
                     reference: Reference | None = None) -> list[Claim]:
    # Dates that write their day and month («21 آذار الماضي»: only the year is inferred) are
    # as explicit as a written year.
    # … and so does the end of a named month («23,9 مليار دولار نهاية أيلول»).
    date_spans = [(d.start, d.end, d.value.describe()) for d in dates
                  if d.expression == "explicit" or d.value.year_inferred
                  or d.kind in _NAMED_MONTH_KINDS]
    # A past period said relatively («قبل خمس سنوات», «العام الماضي») names a level's period
    # too (_period), never the background of a tally.
    periods = sorted(date_spans + [(d.start, d.end, d.value.describe()) for d in dates
                                   if _past_period(d, reference)])
    claims: list[Claim] = []
    stretch_tallies: dict[int, str] = {}  # index → since-start label (_stretch_beside_the_event)
    sentences: list[tuple[int, int]] = []
    figure_starts = sorted(m.start for m in matches)
    date_starts = [d.start for d in dates]  # dates come in text order
    owned_dates: set[int] = set()  # starts of the dates that are a figure's own, so far
    previous: tuple[QuantityMatch, str | None, tuple[int, int]] | None = None
    for n, match in enumerate(matches, start=1):
        sentence = locator.sentence(match.start, match.end)
        clause = locator.clause(match.start, match.end)
        words.view(*sentence)  # read for its facets below, and for its words here
        ev = _evidence(locator, words, match.start, match.end, sentence, clause)
        unit = match.unit
        if unit is None and previous and previous[1] and previous[2] == sentence:
            # A figure whose own words say what it counts ("783 حالة وفاة") keeps that.
            gap = words.words_of(sentence, previous[0].end, match.start)
            # «بمعدل 1.48% منذ تعداد 2006»: past «منذ» comes a time, not more of the figure
            if (len(gap) <= _INHERIT_MAX_WORDS and not any(word_key(w) in _SINCE for w in gap)
                    and not _own_noun_after(words, match, clause, sentence)
                    and measure_of(words, match.start, match.end, None, match.quantity, clause,
                                   sentence) is None):
                unit = previous[1]
        same_clause = (previous is not None and locator.clause(previous[0].start, previous[0].end) == clause)
        category = match.unit_category if unit == match.unit else UNITS.get(unit)
        facets = quantity_facets(words, match.start, match.end, unit, match.quantity, clause, sentence,
                                 (previous[0].start, previous[0].end) if same_clause else None,
                                 category)
        own_date = _own_date(dates, date_starts, match.end, sentence, clause, words)
        if own_date is not None and _comparison_base(norm.text, own_date.start):
            # «بنسبة 3.3% مقارنة بعام 2024»: the year it is compared with dates no figure
            owned_dates.add(own_date.start)
            own_date = None
        occasion = background_dates(words, date_spans, clause, sentence, match.start)
        if not occasion and facets.occasion in (None, ANOTHER):
            # the earlier event the sentence dates; «another» event it dates long ago is
            # that day's too («ويعيد الحادث إلى الأذهان التصادم … في 22 كانون الأول 2024، حين
            # … وقتل خمسة أشخاص»), not any other article's second event
            occasion = _past_event(facets.measure, dates, sentence, match.start, reference,
                                   own_date, owned_dates)
        occasion = (occasion or facets.occasion
                    or _period(facets.measure, periods, clause, norm.text,
                               (match.start, match.end), figure_starts, sentence)
                    # a tally's count for one numbered stretch («الأسبوع الرابع») is that week's
                    or (_numbered_period(norm.text, clause, (match.start, match.end),
                                         figure_starts)
                        if facets.measure else None)
                    or (_stretch_of_the_day(norm.text, sentence, clause, (match.start, match.end))
                        if facets.measure and not _is_tally(facets.measure) else None)
                    or (_change_since(norm.text, clause, match.end)
                        if _is_change(facets.measure) else None))
        if occasion is None and facets.measure and _is_tally(facets.measure):
            since = _since_start_in_clause(norm.text, clause)
            if since:
                stretch_tallies[len(claims)] = since
        if own_date is not None:
            owned_dates.add(own_date.start)
        # As written, without hashtag marks ("إدارة #الطوارئ") or line breaks.
        attribution = (" ".join(locator.original_text(*facets.attribution).replace("#", " ").split())
                       if facets.attribution else None)
        claims.append(Claim(
            id=f"{article.id}:q{n}", article=article.id, kind="quantity", text=ev["text"],
            sentence=ev["sentence"], sentence_offset=ev["sentence_offset"], span=ev["span"],
            value=_signed(match, facets.measure, norm.text), unit=unit,
            place=ev["place"], words=ev["words"], event=None, measure=facets.measure,
            places=facets.places, occasion=occasion, attribution=attribution,
            subject=facets.subject, site=facets.site, role=facets.role,
            as_of=facets.as_of or _day_read(facets.measure, dates, sentence)))
        sentences.append(sentence)
        previous = (match, unit, sentence)
    claims = _stretch_beside_the_event(claims, stretch_tallies)
    claims = _breakdowns_inherit_their_measure(_anaphoric_occasions(claims), sentences)
    claims = _coordinated_counts_are_parts(claims, sentences)
    claims = _per_each(_restated_in_another_currency(claims, sentences), sentences)
    claims = _changes_of_their_figure(claims, sentences)
    claims = [_in_basis_points(c) for c in _reported_with(claims, sentences)]
    return _sources_shared(_totals_cover_their_parts(_places_carried_over(claims, sentences)))


def _stretch_forms() -> dict[str, str]:
    """Each numbered stretch's noun as written → its normal form: «الأسبوع», and «يومه»,
    «مرحلتها» (its own, the «ة» written «ت»)."""
    forms = {}
    for noun in map(normalize_word, NUMBERED_PERIODS):
        forms[noun] = noun
        bare = noun[2:] if noun.startswith("ال") else noun
        bare = bare[:-1] + "ت" if bare.endswith("ه") else bare
        forms.update({bare + ending: noun for ending in map(normalize_word, POSSESSIVE_ENDINGS)})
    return forms


_STRETCH_FORMS = _stretch_forms()
_LAST_OF_STRETCH = frozenset(normalize_word(w) for w in LAST_OF_STRETCH)
# «الأسبوع الرابع»: the period noun, its ordinal; the last one before the figure in its clause.
# … or both without the article: «دفعة ثانية», «مرحلة ثالثة».
_THE = normalize_word(ARTICLE)
_INDEFINITE_STRETCHES = {noun[len(_THE):]: noun for noun in map(normalize_word, NUMBERED_PERIODS)
                         if noun.startswith(_THE)}
_INDEFINITE_ORDINALS = {word[len(_THE):]: n for word, n in ORDINAL_WORDS.items()
                        if word.startswith(_THE)}
_NUMBERED_PERIOD = re.compile(
    rf"(?<!\w)(?:[وفبل]|لل)?({'|'.join(sorted(_STRETCH_FORMS, key=len, reverse=True))})\s+"
    rf"({ORDINAL_WORDS_RE}|{'|'.join(_LAST_OF_STRETCH)})(?!\w)")
_INDEFINITE_PERIOD = re.compile(
    rf"(?<!\w)[{''.join(CONJUNCTIONS)}]?({'|'.join(sorted(_INDEFINITE_STRETCHES, key=len, reverse=True))})"
    rf"\s+({'|'.join(sorted(_INDEFINITE_ORDINALS, key=len, reverse=True))})(?!\w)")
_QUARTERS = {normalize_word(w): n for w, n in QUARTER_ORDINALS.items()}
_COMMA = re.compile(r"[,،]")
_RELATIVE = re.compile(rf"(?<!\w)(?:{'|'.join(normalize_word(w) for w in RELATIVE_PRONOUNS)})(?!\w)")
_DURING_IT = re.compile(rf"(?<!\w)(?:{'|'.join(normalize_word(w) for w in DURING_IT)})(?!\w)")
_QUARTER = re.compile(rf"(?<!\w){normalize_word(QUARTER_NOUN)}\s+({'|'.join(_QUARTERS)})(?!\w)")


def _past_period(date: DateMatch, reference: Reference | None) -> bool:
    """A relative month or year before the article's own: «العام الماضي», «قبل خمس سنوات»."""
    value = date.value
    if (date.expression != "relative" or reference is None or reference.year is None
            or value.year is None or value.granularity not in ("month", "year")):
        return False
    if value.granularity == "year":
        return value.year < reference.year
    return (reference.month is not None and value.month is not None
            and (value.year, value.month) < (reference.year, reference.month))


# A figure dated this many days before the article's own day is another, earlier event's:
# news gives its own event's figures within weeks of it.
PAST_EVENT_DAYS = 90


# «310 وفيات في عام 2024»: at most this many words between a figure and a date of its own.
_OWN_DATE_GAP_WORDS = 2
# … and a year alone, later in the figure's clause
_OWN_YEAR_GAP_WORDS = 5


def _past_event(measure: str | None, dates: list[DateMatch], sentence: tuple[int, int],
                start: int, reference: Reference | None, own: DateMatch | None = None,
                owned: frozenset[int] | set[int] = frozenset()) -> str | None:
    """The earlier event a figure belongs to when its sentence dates it long before the
    article («ويعيد الحادث إلى الأذهان انهيار عقار في 8 مارس 2022، والذي أودى بحياة 5
    أشخاص»): its own date (`own`, right after its words: «مقارنة بـ310 وفيات في 2024»), else
    the nearest date before the figure, with no other date («اليوم», «هذا العام») between
    them and not another figure's own (`owned`: their starts), ends more than
    PAST_EVENT_DAYS before the article's day."""
    if measure is None or reference is None or reference.year is None or reference.month is None:
        return None
    nearest = own
    if nearest is None:
        for date in dates:
            if date.start >= start:
                break
            if date.start >= sentence[0] and date.expression != "weekday":
                nearest = date
        if nearest is not None and nearest.start in owned:
            return None  # «مقارنة بـ8.90 بالمئة في نهاية 2023، … إلى 6.50 بالمئة»
    if (nearest is None or nearest.value.year is None
            or not (nearest.expression == "explicit" or nearest.value.year_inferred)):
        return None
    ends = dt.date.fromisoformat(nearest.value.bounds()[1])
    today = dt.date(reference.year, reference.month, reference.day or 1)
    return nearest.value.describe() if (today - ends).days > PAST_EVENT_DAYS else None


def _own_date(dates: list[DateMatch], date_starts: list[int], figure_end: int,
              sentence: tuple[int, int], clause: tuple[int, int],
              words: ArticleWords) -> DateMatch | None:
    """The date right after a figure's words, in its sentence («310 وفيات في عام 2024»,
    «بـ8.90 بالمئة في نهاية 2023»): the figure's own."""
    i = bisect.bisect_left(date_starts, figure_end)
    if i == len(dates) or dates[i].start >= sentence[1] or dates[i].expression == "weekday":
        return None
    gap = words.words_of(sentence, figure_end, dates[i].start)
    if len(gap) <= _OWN_DATE_GAP_WORDS:
        return dates[i]
    # «فرار مئات السجناء من سجن عين زارة عام 2018»: a year further on, in the figure's
    # clause, with no figure between, still dates it
    if (dates[i].value.granularity == "year" and dates[i].start < clause[1]
            and len(gap) <= _OWN_YEAR_GAP_WORDS and not any(w[:1].isdigit() for w in gap)):
        return dates[i]
    return None


def _period(measure: str | None, date_spans: list[tuple[int, int, str]],
            clause: tuple[int, int], text: str = "", figure: tuple[int, int] | None = None,
            figure_starts: list[int] = (), sentence: tuple[int, int] | None = None) -> str | None:
    """The period a level is given for, when its clause names one: "التضخم في يناير 29.8%"
    and "في فبراير 35.7%" are two months' rates, not two sources disagreeing; «نما 2.4% في
    الربع الأول» and «3.1% في الربع الرابع» two quarters'. Running tallies keep no period (a
    date in their clause is mostly the event's). A date with another figure between it and
    this one is that figure's («63.4% مقارنة بـ58.9% العام الماضي»)."""
    spec = MEASURES.get(measure) if measure else None
    if measure is None or (spec is not None and spec.kind not in ("level", "change")):
        return None

    def own(d_start: int, d_end: int) -> bool:
        if figure is None:
            return True
        lo, hi = (d_end, figure[0]) if d_end <= figure[0] else (figure[1], d_start)
        i = bisect.bisect_right(figure_starts, lo)
        return i >= len(figure_starts) or figure_starts[i] >= hi

    dated = next((described for d_start, d_end, described in date_spans
                  if clause[0] <= d_start and d_end <= clause[1] and own(d_start, d_end)
                  and not _comparison_base(text, d_start)), None)
    quarter = _QUARTER.search(text, clause[0], clause[1]) if text else None
    if quarter is None and text and sentence is not None and _DURING_IT.search(
            text, clause[0], clause[1]):
        quarter = _QUARTER.search(text, sentence[0], clause[0])  # «الربع الرابع … خلاله»
    if quarter is None:
        return dated
    return _quarter_label(quarter) + (f" {dated}" if dated else "")


_COMPARED_HEADS = frozenset(normalize_word(p.split()[0]) for p in COMPARED_WITH)
_COMPARED_LINKS = frozenset(normalize_word(p.split()[-1]) for p in COMPARED_WITH if " " in p)
_WITH = normalize_word(PREPOSITIONS[0])  # «ب»
_PERIOD_NOUNS = frozenset(normalize_word(w) for w in COMPARED_PERIOD_NOUNS)


def _comparison_base(text: str, start: int) -> bool:
    """«نمت بنسبة 3.3% مقارنة بعام 2024», «ارتفاعا شهريا قدره 1.4% مقارنة بشهر ديسمبر»: the
    year or month compared with is not the figure's own."""
    words = text[max(0, start - 40):start].split()
    if words and words[-1].removeprefix(_WITH) in _PERIOD_NOUNS:
        # the period's noun, the link «ب» glued to it or not («بشهر», «مع شهر»)
        if words.pop().startswith(_WITH):
            return bool(words) and words[-1].lstrip("وف") in _COMPARED_HEADS
    if words and words[-1] in _COMPARED_LINKS:
        words.pop()
    return bool(words) and words[-1].lstrip("وف") in _COMPARED_HEADS


def _numbered_period(text: str, clause: tuple[int, int], figure: tuple[int, int],
                     figure_starts: list[int]) -> str | None:
    """«وسجل الأسبوع الرابع عودة 8260 لاجئا، … عن الأسبوع الثالث الذي شهد عودة 7430 لاجئا»: the
    last numbered stretch named before the figure in its clause ("الاسبوع 4"); else the
    first right after it, before the next figure («عاد 7430 لاجئا خلال الأسبوع الثالث وحده،
    مقارنة بـ6150 في الأسبوع الثاني»)."""
    found = None
    for m in _stretches(text, clause[0], figure[0]):
        found = m
    if found is not None:
        relative = _RELATIVE.search(text, found.end(), figure[0])
        between = text[found.end():relative.start()] if relative is not None else ""
        if between.strip() and not _COMMA.search(between):
            # «في اليوم الثالث من إضراب الطيارين الذي انطلق يوم الأحد 12 أكتوبر»: the relative
            # clause is about the strike, not its third day («الأسبوع الثالث الذي شهد عودة
            # 7430 لاجئا» is about the week, and «بالمرحلة الأولى من الرالي، التي أقيمت أمس»
            # after a comma about the stage)
            found = None
    if found is None:
        following = bisect.bisect_right(figure_starts, figure[0])
        end = min(clause[1], figure_starts[following] if following < len(figure_starts)
                  else clause[1])
        found = next(iter(_stretches(text, figure[1], end)), None)
    if found is None:
        return None
    if found.re is _INDEFINITE_PERIOD:  # «دفعة ثانية»
        return f"{_INDEFINITE_STRETCHES[found.group(1)]} {_INDEFINITE_ORDINALS[found.group(2)]}"
    return f"{_STRETCH_FORMS[found.group(1)]} {ORDINAL_WORDS.get(found.group(2), 'last')}"


def _stretches(text: str, lo: int, hi: int) -> list[re.Match]:
    """The numbered stretches between lo and hi, in text order: «الدفعة الأولى», «دفعة ثانية»."""
    return sorted((*_NUMBERED_PERIOD.finditer(text, lo, hi), *_INDEFINITE_PERIOD.finditer(text, lo, hi)),
                  key=lambda m: m.start())


_SINCE_START = re.compile(
    rf"(?<!\w)[وف]?(?:{'|'.join(normalize(w).text for w in SINCE_START_OPENERS)})\s+"
    rf"({'|'.join(normalize_word(w) for w in SINCE_START_PERIODS)})(?!\w)")
_END_OF = re.compile(
    rf"(?<!\w)[وف]?(?:{'|'.join(normalize(w).text for w in END_OF_OPENERS)})\s+"
    rf"({'|'.join(normalize_word(w) for w in END_OF_PERIODS)})(?!\w)")
_OVER_STRETCH = re.compile(
    rf"(?<!\w)(?:{'|'.join(normalize(w).text for w in STRETCH_OPENERS)})\s+"
    rf"(?:(\w+)\s+)?((?:ال)?(?:{'|'.join(normalize_word(w) for w in STRETCH_NOUNS)}))(?:\s+(\w+))?(?!\w)")
_EXTREME = {normalize_word(w): name for w, name in EXTREME_WORDS.items()}
_AT_EXTREME = re.compile(
    rf"(?<!\w)({'|'.join(_EXTREME)})\s+(?:{'|'.join(normalize_word(w) for w in LEVEL_NOUNS)})(?!\w)")


def _is_tally(measure: str) -> bool:
    spec = MEASURES.get(measure)
    return spec is not None and spec.kind == "tally"


def _is_change(measure: str | None) -> bool:
    spec = MEASURES.get(measure) if measure else None
    return spec is not None and spec.kind == "change"


_SINCE_WORD = re.compile(
    rf"(?<!\w)[وف]?(?:{'|'.join(normalize_word(w) for w in BACKGROUND_MARKERS)})\s+([^\s،,.؛]+)")
_SINCE_REACH_WORDS = 6  # «تراجع السهم بنحو 3% منذ اكتمال الاندماج»: words from the figure


def _change_since(text: str, clause: tuple[int, int], figure_end: int) -> str | None:
    """«وتراجع سهم البنك بنحو 3% منذ اكتمال الاندماج»: a change since an event or a day
    covers that whole stretch, not the session or the period another outlet's change is
    for («ارتفع السهم 1.9% في تعاملات اليوم») ("since:<the word after منذ>")."""
    m = _SINCE_WORD.search(text, figure_end, clause[1])
    if (m is None or len(text[figure_end:m.start()].split()) > _SINCE_REACH_WORDS
            or word_key(m.group(1)) in _WITHIN_THE_DAY):
        return None  # «فقد نحو 40% من قيمته منذ الصباح»: the day's move, which it is anyway
    return f"since:{word_key(m.group(1))}"


_WITHIN_THE_DAY = frozenset(word_key(normalize_word(w)) for w in (
    *MORNING_WORDS, *AFTERNOON_WORDS, *TODAY_WORDS, *YESTERDAY_WORDS))


def _stretch_of_the_day(text: str, sentence: tuple[int, int], clause: tuple[int, int],
                        figure: tuple[int, int]) -> str | None:
    """A change or level said for a stretch other than the day it is reported for: since the
    start of the year («ومنذ بداية العام، بات المؤشر منخفضا بنسبة 1.4%»: read from the start
    of its sentence), or at the day's low or high («ليفقد أكثر من 5% في أدنى مستوياته»: in
    its clause)."""
    since = _SINCE_START.search(text, sentence[0], figure[0])
    if since:
        return f"since-start:{since.group(1)}"
    end = _END_OF.search(text, clause[0], clause[1])
    if end:
        return f"end:{end.group(1)}"
    extreme = _AT_EXTREME.search(text, clause[0], clause[1])
    if extreme:
        return f"at-{_EXTREME[extreme.group(1)]}"
    return _over_stretch(text, figure[1], clause[1])


def _over_stretch(text: str, lo: int, hi: int) -> str | None:
    """«بنسبة 3.8% في جلستين», «بنحو 5.6% في الجلسات الثلاث», «خلال ثلاثة أيام»: the stretch
    after a change in its clause, with the count that says how long ("over:جلسات 3")."""
    m = _OVER_STRETCH.search(text, lo, hi)
    if m is None or len(text[lo:m.start()].split()) > 2:
        return None  # only right after the figure (a word or two between at most)
    noun = m.group(2)
    # «الجلسات الثلاث»: the count with the article, after its noun
    count = next((n for n in (parse_number_words(w[2:] if w.startswith("ال") else w)
                              for w in (m.group(1), m.group(3)) if w)
                  if n is not None), None)
    return f"over:{noun}" + (f" {count:g}" if count is not None else "")


def _day_read(measure: str | None, dates: list[DateMatch], sentence: tuple[int, int]) -> str | None:
    """«لامست درجات الحرارة 52 درجة … اليوم الأربعاء»: the day a daily reading's sentence
    names ("on 2025-07-16"), so another day's reading is not set against it."""
    spec = MEASURES.get(measure) if measure else None
    if spec is None or not spec.daily:
        return None
    for d in dates:
        if sentence[0] <= d.start < sentence[1] and d.value.granularity == "day" and d.value.resolved:
            return f"on {d.value.describe()}"
    return None


def _since_start_in_clause(text: str, clause: tuple[int, int]) -> str | None:
    """«منذ بداية فصل الشتاء» in a toll's own clause → "since-start:فصل"."""
    since = _SINCE_START.search(text, clause[0], clause[1])
    return f"since-start:{since.group(1)}" if since else None


def _stretch_beside_the_event(claims: list[Claim], stretch: dict[int, str]) -> list[Claim]:
    """«ارتفعت حصيلة الانهيار إلى 34 قتيلا» … «أودت موجة البرد بحياة 61 شخصا في ولايات مختلفة
    منذ بداية فصل الشتاء»: beside the event's own toll, a toll said to run since the start of
    a period counts that whole stretch, not the event's dead. Alone in its article it is the
    story's running tally itself («ارتفع عدد القتلى منذ بداية العام إلى 300»)."""
    if not stretch:
        return claims
    out = list(claims)
    for i, label in stretch.items():
        measure = claims[i].measure
        if any(c.measure == measure and c.occasion is None and c.role is None and j not in stretch
               for j, c in enumerate(claims)):
            out[i] = replace(claims[i], occasion=label)
    return out


def _reported_with(claims: list[Claim], sentences: list[tuple[int, int]]) -> list[Claim]:
    """A running figure given in the same sentence as a death toll ("بلغ عدد القتلى 2012
    شخصا، والمصابين 2059، بينهم 1404 في حالة حرجة") belongs to that update: it is marked
    with the toll as written, so two outlets relaying one update can be compared."""
    headline: dict[tuple[int, int], str] = {}
    outbreak: dict[tuple[int, int], str] = {}  # the case count, for the deaths beside it
    for claim, sentence in zip(claims, sentences):
        if claim.role is not None or claim.occasion is not None or claim.value.min is None:
            continue
        for measure, first in ((HEADLINE_TALLY, headline), (OUTBREAK_TALLY, outbreak)):
            if sentence not in first and claim.measure == measure:
                first[sentence] = f"{measure} {claim.value.describe()}"
    # «ارتفع عدد المصابين إلى 21، بعد أن كانت الحصيلة الأولية قد أشارت إلى 17 مصابا، فيما
    # استقر عدد الوفيات عند 3»: a count the article says moved since an earlier update while
    # the toll stood is known by no toll
    moved = {c.measure for c in claims if c.role in _EARLIER_ROLES and c.measure}
    out = []
    for claim, sentence in zip(claims, sentences):
        spec = MEASURES.get(claim.measure) if claim.measure else None
        if (spec is not None and spec.kind == "tally" and claim.role in (None, "part")
                and claim.occasion is None and claim.measure not in moved):
            if sentence in headline and claim.measure != HEADLINE_TALLY:
                claim = replace(claim, reported_with=headline[sentence])
            elif sentence in outbreak and claim.measure == HEADLINE_TALLY:
                # «1236 حالة و14 وفاة» against «1236 حالة، و41 حالة وفاة»: one update relayed
                claim = replace(claim, reported_with=outbreak[sentence])
        out.append(claim)
    return out


_EARLIER_ROLES = frozenset({"earlier", "previous"})  # extract/context.py's roles
# The figure an update is known by: news gives the dead first, the rest beside it; an
# outbreak's update is known by its case count, its deaths beside it.
HEADLINE_TALLY = "dead"
OUTBREAK_TALLY = "cases"


_BELOW_ZERO = re.compile(r"\s*(?:" + "|".join(normalize(w).text for w in BELOW_ZERO_AFTER) + r")(?!\w)")


def _signed(match: QuantityMatch, measure: str | None, text: str) -> Quantity:
    """A temperature «تحت الصفر» is below zero: «4 درجات تحت الصفر» is −4, so it neither
    meets +4 nor looks like a smaller cold than −24."""
    q = match.quantity
    if measure != "temperature" or not _BELOW_ZERO.match(text, match.end):
        return q
    if (q.min is None) != (q.max is None):
        # a bound either way says colder: «أكثر من 15 درجة تحت الصفر» and «إلى ما دون 15
        # درجة تحت الصفر» are both below −15
        return replace(q, min=None, max=-(q.min if q.max is None else q.max))
    return replace(q, min=None if q.max is None else -q.max, max=None if q.min is None else -q.min)


def _in_basis_points(claim: Claim) -> Claim:
    """A rate's rise or cut in basis points whatever it was written in: "بواقع 6%" and "ست
    نقاط" are 600 basis points, so they meet "600 نقطة أساس" (1 point = 100 bp)."""
    if claim.measure != "rate-change" or UNITS.get(claim.unit or "%") not in ("percent", "points"):
        return claim
    q = claim.value

    def bp(x: float | None) -> float | None:
        return None if x is None else round(x * 100, 6)

    return replace(claim, value=replace(q, min=bp(q.min), max=bp(q.max),
                                        precision=q.precision * 100), unit=_BASIS_POINTS)


_BASIS_POINTS = normalize("نقطة أساس").text


def _anaphoric_occasions(claims: list[Claim]) -> list[Claim]:
    """"زلزال جديد بقوة 4.5 … وأفاد المرصد بأن الزلزال الأخير وقع على عمق 10 كيلومترات": a
    property figure said of "the latest quake" belongs to the event of the property figure
    before it (here "another" one), not the story's main event."""
    out: list[Claim] = []
    last_occasion: str | None = None
    for claim in claims:
        if claim.occasion == ANAPHORIC:
            claim = replace(claim, occasion=last_occasion)
        if claim.measure and MEASURES.get(claim.measure) and MEASURES[claim.measure].kind == "property":
            last_occasion = claim.occasion
        out.append(claim)
    return out


def _breakdowns_inherit_their_measure(claims: list[Claim], sentences: list[tuple[int, int]]) -> list[Claim]:
    """"بلغ عدد الوفيات 1081، ويشمل العدد 658 مصريا، و165 إندونيسيا …": a run of figures that
    each name whose they are (a nationality) but not what they count, right after a tally
    figure, breaks that tally down: each item counts the same thing for its own people."""
    sentence_number = {s: i for i, s in enumerate(sorted(set(sentences)))}
    out: list[Claim] = []
    tally: tuple[int, str] | None = None  # (sentence number, measure) of the last tally figure
    for claim, sentence in zip(claims, sentences):
        number = sentence_number[sentence]
        spec = MEASURES.get(claim.measure) if claim.measure else None
        if spec is not None and spec.kind == "tally":
            tally = (number, claim.measure)
        elif (claim.measure is None and claim.subject and claim.role is None and tally
              and number - tally[0] <= 1 and (claim.unit is None or claim.unit in _PEOPLE_UNITS)
              and not _own_noun_follows(claim)
              and (number == tally[0] or not _names_what_it_counts(claim))):
            claim = replace(claim, measure=tally[1])
            tally = (number, tally[1])
        out.append(claim)
    return out


def _coordinated_counts_are_parts(claims: list[Claim], sentences: list[tuple[int, int]]
                                  ) -> list[Claim]:
    """«شملت الإصابات 236 راكبا و31 من أفراد الطاقم»: two counts of one tally joined by
    «و», each of its own people, split an unstated whole: both are parts, neither the toll
    (which is 267). «40 قتيلا و65 جريحا» count two tallies, and stay what they are."""
    out = list(claims)
    for i in range(len(claims) - 1):
        a, b = claims[i], claims[i + 1]
        spec = MEASURES.get(a.measure) if a.measure else None
        if (spec is not None and spec.kind == "tally" and b.measure == a.measure
                and sentences[i] == sentences[i + 1] and a.role is None and b.role is None
                and a.unit != b.unit
                and a.sentence[figure_end(a):figure_start(b)].strip() == _AND):
            out[i] = replace(out[i], role="part")
            out[i + 1] = replace(out[i + 1], role="part")
    return out


_AND = CONJUNCTIONS[0]
_PER_EACH = tuple(tuple(normalize_word(p).split()) for p in PER_EACH_PHRASES)
_PER_EACH_REACH = 8  # words between a figure and «مقابل كل»: «87 سهما من أسهم الساحل الوطني»


def _restated_in_another_currency(claims: list[Claim], sentences: list[tuple[int, int]]
                                  ) -> list[Claim]:
    """«بتكلفة إجمالية تبلغ 26 مليون ريال عماني، أي ما يعادل نحو 67.6 مليون دولار»: an
    amount right after another in another currency, joined by «أي ما يعادل» and the like,
    is the same figure's (its measure, place and occasion), in that currency (topics keep
    currencies apart)."""
    out = list(claims)
    for i in range(1, len(claims)):
        a, b = out[i - 1], claims[i]
        if (sentences[i] != sentences[i - 1] or a.measure is None or b.measure is not None
                or b.role is not None or a.unit == b.unit
                or UNITS.get(a.unit or "") != "money" or UNITS.get(b.unit or "") != "money"):
            continue
        # past the first amount's own word («ريال عماني»), after a comma or a bracket
        *own, joining = _RESTATE_BREAK.split(a.sentence[figure_end(a):figure_start(b)])
        between = words_of(joining, normalized=False)
        if (between and all(normalize_word(w) in _RESTATED for w in between)
                and len(words_of(" ".join(own))) <= _RESTATE_OWN_WORDS):
            out[i] = replace(b, measure=a.measure, places=a.places, occasion=a.occasion,
                             site=a.site, subject=a.subject)
    return out


_RESTATED = frozenset(normalize_word(w) for w in RESTATED_AMOUNT_WORDS)
_RESTATE_BREAK = re.compile(r"[،,(]")
_RESTATE_OWN_WORDS = 1


def _per_each(claims: list[Claim], sentences: list[tuple[int, int]]) -> list[Claim]:
    """«87 سهما من أسهم البنك مقابل كل 100 سهم»: 100 is what the 87 is counted per (role
    "per", no amount of its own), and 87 shares per 100 shares are 0.87 per share, as
    another outlet writes the same ratio («0.87 سهم مقابل كل سهم»). Per a count of other
    things («12 حالة لكل 100 ألف نسمة») the figure keeps its value."""
    out = list(claims)
    for i in range(len(claims) - 1):
        a, b = claims[i], claims[i + 1]
        if sentences[i] != sentences[i + 1] or a.role is not None:
            continue
        between = words_of(normalize_word(a.sentence[figure_end(a):figure_start(b)]),
                           normalized=True)
        if not between or len(between) > _PER_EACH_REACH or not any(
                tuple(between[-len(p):]) == p for p in _PER_EACH):
            continue
        out[i + 1] = replace(out[i + 1], role="per")
        per = b.value.min
        if (per and per > 1 and per == b.value.max and a.value.min == a.value.max
                and a.value.min is not None and _counted_after(a) is not None
                and _counted_after(a) == _counted_after(b)):
            x = a.value.min
            out[i] = replace(a, value=Quantity(x / per, x / per, a.value.approximate,
                                               a.value.precision / per),
                             note=f"{figure_text(x)} per {figure_text(per)}")
    return out


def _counted_after(claim: Claim) -> str | None:
    """The key of the word right after a figure («سهما» → «سهم»)."""
    word = word_after(claim)
    return word_key(word) if word else None


# The most words between a figure and the percentage change that qualifies it ("10,2 مليون
# مسافر، بارتفاع نسبته 14 في المائة"; "38 جنيها، مقابل 50 جنيها في الفترة نفسها من العام
# الماضي، بانخفاض نسبته 24%"), a share between them included ("151 ملم …، مقابل 296 ملم في
# سنة عادية، أي بعجز يناهز 49 في المائة، وبانخفاض بنسبة 15 في المائة").
_CHANGE_OF_FIGURE_WORDS = 16
_CHANGE_CUES = frozenset(lemma_key(normalize_word(w)) for w in MEASURES["percent-change"].cues)
_FIGURE_CHANGE_NOUNS = _CHANGE_CUES | {lemma_key(normalize_word(w)) for w in FIGURE_CHANGE_NOUNS}
_CHANGE_BY = frozenset(normalize_word(w) for w in CHANGE_BY_WORDS)
_FIGURE_CHANGE_OPENERS = frozenset(normalize_word(w) for w in (*FIGURE_CHANGE_OPENERS, *CONJUNCTIONS))


def _changes_of_their_figure(claims: list[Claim], sentences: list[tuple[int, int]]) -> list[Claim]:
    """A percentage change right after another figure of its sentence is that figure's
    change: passengers «بارتفاع 19,8 في المائة», cargo «بنمو 5 في المائة», flights «بزيادة
    12,9 في المائة» are three facts, not three values of one. Its site names what the figure
    counts, so changes of different things never meet; a change with no figure before it
    keeps its frame."""
    out: list[Claim] = []
    for i, (claim, sentence) in enumerate(zip(claims, sentences)):
        if claim.measure == "percent-change" and claim.site is None:
            k = i - 1
            if k >= 0 and sentences[k] == sentence and _is_share(claims[k]):
                k -= 1  # a share said of the same figure: «أي بعجز يناهز 49 في المائة»
            if k >= 0 and sentences[k] == sentence and not _is_share(claims[k]):
                previous = claims[k]
                what = _what_it_counts(previous)
                between = claim.sentence[figure_end(previous):figure_start(claim)]
                if between.strip() in _OPENING_BRACKETS:
                    # «ينخفض العجز إلى 2,17 مليار دينار (5,1%)»: the figure restated as a
                    # share, not a change
                    out.append(replace(claim, measure=None))
                    continue
                if (what and len(between.split()) <= _CHANGE_OF_FIGURE_WORDS
                        and _opens_with_a_change(between, what)):
                    levels = _levels_of(claims, sentences, k) if k == i - 1 else ""
                    claim = replace(claim, site=CHANGE_OF + what + levels,
                                    occasion=claim.occasion or _quarter_of(previous))
        out.append(claim)
    return out


_OPENING_BRACKETS = frozenset("([")


CHANGE_OF = "of:"  # a change's site: the figure it is of («of:جنيه», «of:جنيه:8>10»)


def changed_noun(site: str | None) -> str | None:
    """What a change's site says it is a change of («of:جنيه:8>10» → «جنيه»), else None."""
    if not site or not site.startswith(CHANGE_OF):
        return None
    return site[len(CHANGE_OF):].split(":", 1)[0]


def _levels_of(claims: list[Claim], sentences: list[tuple[int, int]], k: int) -> str:
    """«بـ10 جنيهات بدلا من 8 جنيهات، بزيادة 25%، … بـ13 جنيها بدلا من 10 جنيهات، بزيادة
    20%»: a change right after its two levels (the new one, then the earlier one, role
    "previous") is the change of those levels, not of whatever else the noun counts: a
    fare table's tiers each rise by their own share (":8>10"; "" when not so written)."""
    earlier = claims[k]
    if earlier.role != "previous" or k == 0 or sentences[k - 1] != sentences[k]:
        return ""
    later = claims[k - 1]
    if (later.role is not None or _what_it_counts(later) != _what_it_counts(earlier)
            or later.value.min is None or later.value.min != later.value.max
            or earlier.value.min is None or earlier.value.min != earlier.value.max):
        return ""
    return f":{figure_text(earlier.value.min)}>{figure_text(later.value.min)}"


def _quarter_of(figure: Claim) -> str | None:
    """«سجلت في الربع الأخير من العام 982 مليون دولار، بارتفاع نسبته 4,1%»: the quarter the
    figure's clause names is its change's too."""
    clause = re.split(r"[,،؛;]", figure.sentence[:figure_start(figure)])[-1]
    quarter = _QUARTER.search(normalize(clause).text)
    return _quarter_label(quarter) if quarter else None


def _quarter_label(match: re.Match) -> str:
    """«الربع الأخير» → "Q4": a quarter as figures' periods name it."""
    return f"Q{_QUARTERS[match.group(1)]}"


def _opens_with_a_change(between: str, what: str) -> bool:
    """The last clause between a figure and a percentage opens with a change noun: «،
    بارتفاع نسبته», «مسجلة ارتفاعا بنسبة», «قنطار بتراجع» (its counted noun first); not «،
    انتهى باتفاق منحهم زيادة بنسبة» (a clause of its own)."""
    words = [normalize_word(w) for w in re.split(r"[,،؛;]", between)[-1].split()]
    if words and lemma_key(words[0]) == what:
        words = words[1:]
    while words and (words[0] in _FIGURE_CHANGE_OPENERS or words[0] in _CHANGE_BY):
        words = words[1:]  # «، أي بنسبة نمو بلغت 12.9%»
    return bool(words) and lemma_key(words[0]) in _FIGURE_CHANGE_NOUNS


def _is_share(claim: Claim) -> bool:
    return claim.measure == "percent-change" or UNITS.get(claim.unit or "") == "percent"


def _what_it_counts(figure: Claim) -> str | None:
    """The counted noun of a figure (its unit), else the word right after it when that is
    not a function word or a change («31,2 مليون قنطار»: a noun no table lists), else its
    measure's head noun («عدد:المسافرين»)."""
    if figure.unit:
        return lemma_key(figure.unit)
    word = word_after(figure)
    if word and word not in STOPWORDS and word not in _TIME_CUES and (
            lemma_key(word) not in _CHANGE_CUES) and not any(
            lemma_key(word[len(p):]) in _CHANGE_CUES for p in PREPOSITIONS if word.startswith(p)):
        return lemma_key(word)
    if figure.measure:
        return lemma_key(figure.measure.rpartition(":")[2])
    return None


# «تراجع عدد القتلى إلى 276 خلال 2025»: a time word after a figure counts nothing.
_TIME_CUES = frozenset(normalize_word(w) for w in YEAR_CUES if " " not in w)
_COUNTED_FORMS = frozenset(normalize_word(form) for _, forms in COUNTED_NOUNS.values()
                           for form in forms)


def _own_noun_follows(claim: Claim) -> bool:
    """«كانت تقل 17 زائرا إيرانيا», «مليون ومئتي ألف زائر إيراني»: a noun of its own right
    after the figure (not the nationality a breakdown item gives, «و60 أردنيا») says what
    it counts, even one no table lists: it breaks down no tally."""
    if claim.unit is not None:
        return False
    word = word_after(claim)
    return bool(word) and (word not in STOPWORDS and len(word) > 2 and not analysed_word(word).demonym
            and word_key(word) not in _FUNCTION_KEYS)


_FUNCTION_KEYS = frozenset(word_key(normalize_word(w))
                           for w in (*INHERIT_THROUGH, *AFTER_FIGURE_PREPOSITIONS))


def _names_what_it_counts(claim: Claim) -> bool:
    """«وأوضح القنصل أن الركاب يتوزعون بحسب الجنسية على 163 سودانيا …»: the breakdown's own
    sentence names what it counts (the passengers), so it does not break down the tally of
    the sentence before (the missing)."""
    before = claim.sentence[:claim.sentence_offset or 0]
    return any(word_forms(normalize_word(w)) & _COUNTED_FORMS for w in before.split())


def _sources_shared(claims: list[Claim]) -> list[Claim]:
    """A figure given without a source that the article elsewhere gives, the same value for
    the same measure, with one: it is that source's figure (a headline or an embedded post
    repeating "7.4 according to the Turkish authorities")."""
    sourced: dict[tuple, set[str]] = {}
    for claim in claims:
        if claim.measure and claim.attribution:
            sourced.setdefault((claim.measure, claim.value), set()).add(claim.attribution)
    out = []
    for claim in claims:
        names = sourced.get((claim.measure, claim.value)) if claim.measure else None
        if not claim.attribution and names and len(names) == 1:
            claim = replace(claim, attribution=next(iter(names)))
        out.append(claim)
    return out


# A figure with no place of its own continues the place of the last figure of the same
# measure when that one is at most this many sentences back ("ارتفع عدد القتلى في سوريا إلى
# 371 … وأعلنت الوزارة أن 326 قتيلا …").
_PLACE_CARRY_SENTENCES = 2


def _places_carried_over(claims: list[Claim], sentences: list[tuple[int, int]]) -> list[Claim]:
    sentence_number = {s: i for i, s in enumerate(sorted(set(sentences)))}
    out: list[Claim] = []
    last_of: dict[str, tuple[int, tuple[str, ...]]] = {}
    for claim, sentence in zip(claims, sentences):
        number = sentence_number[sentence]
        if claim.measure and not claim.places and claim.measure in last_of:
            seen_at, places = last_of[claim.measure]
            if number - seen_at <= _PLACE_CARRY_SENTENCES:
                claim = replace(claim, places=places)
        if claim.measure and claim.places:
            last_of[claim.measure] = (number, claim.places)
        out.append(claim)
    return out


def _totals_cover_their_parts(claims: list[Claim]) -> list[Claim]:
    """"1498 in one country plus 783 in the other, which brings the toll to 2281": a figure
    that is exactly the sum of two or three others of its measure in the article, for
    different places, is their total and covers all their places."""
    def exact(c: Claim) -> bool:
        return c.value.min is not None and c.value.min == c.value.max and not c.value.approximate

    # Parts may be lower bounds ("1498 at least"): their stated figures still add up.
    candidates = [c for c in claims if c.measure and c.places and c.value.min is not None
                  and not c.value.approximate]
    by_measure: dict[str, list[Claim]] = {}
    for c in candidates:
        by_measure.setdefault(c.measure, []).append(c)
    chosen = {id(c) for c in candidates}
    out: list[Claim] = []
    for claim in claims:
        if id(claim) in chosen and exact(claim):
            parts = [c for c in by_measure[claim.measure]
                     if c is not claim and c.value.min < claim.value.min]
            covered = _parts_summing_to(parts, claim.value.min)
            if covered:
                places = tuple(sorted({p for c in covered for p in c.places}))
                if len(places) > len(claim.places):
                    claim = replace(claim, places=places)
        out.append(claim)
    return out


def _parts_summing_to(parts: list[Claim], total: float) -> list[Claim] | None:
    """The first two parts (in article order) of different places that add up to `total`:
    each part's complement looked up among the parts before it, in one pass."""
    seen: dict[float, list[int]] = {}
    best: tuple[int, int] | None = None
    for j, b in enumerate(parts):
        for i in seen.get(total - b.value.min, ()):
            if parts[i].places != b.places and (best is None or (i, j) < best):
                best = (i, j)
                break
        seen.setdefault(b.value.min, []).append(j)
    return [parts[best[0]], parts[best[1]]] if best else None


def _date_claims(article: Article, locator: _Locator, words: ArticleWords,
                 matches: list[DateMatch]) -> list[Claim]:
    weekdays = [m for m in matches if m.expression == "weekday"]
    dated = [m for m in matches if m.expression != "weekday"]
    # A bare weekday dates nothing by itself; it is lent to a relative date below.
    ids = {(m.start, m.end): f"{article.id}:d{n}" for n, m in enumerate(dated, start=1)}
    composite_of = {m.anchor: ids[(m.start, m.end)] for m in dated if m.anchor}
    date_starts = sorted(m.start for m in dated)
    claims: list[Claim] = []
    for match in dated:
        key = (match.start, match.end)
        value = match.value
        if value.weekday is None and match.expression == "relative" and key not in composite_of:
            value = _borrow_weekday(value, match, weekdays, locator)
        sentence = locator.sentence(match.start, match.end)
        clause = locator.clause(match.start, match.end)
        ev = _evidence(locator, words, match.start, match.end, sentence, clause)
        # The words before and after a date name its event ("مهلة").
        before = words.words_of(sentence, clause[0], match.start)
        after = words.words_of(sentence, match.end, clause[1])
        noun_year = value.granularity == "year" and match.kind != BARE_YEAR and bool(
            _NOUN_YEAR.match(locator.norm.text, match.start))
        # «بعد خمسة أيام من اندلاعه يوم الأحد 10 أوت»: a day counted from another dates what
        # its clause says happened then («السيطرة على حريق»), not the event it counts from,
        # which its anchor dates
        shifted = match.kind == _SHIFT and match.anchor is not None
        event = (_event_of(before, after) if match.kind != BARE_YEAR and not noun_year
                 and not shifted and not _on_a_dateline(locator.norm.text, match, matches)
                 else None)
        dates_an_event = match.kind != BARE_YEAR and not noun_year and not shifted
        if (event is None and dates_an_event
                and all(word_key(w) in _DATE_LEAD_KEYS for w in before)):
            event = _event_around(locator, words, sentence, clause)
        elif event is None and any(word_key(w) in _SIGNED_KEYS for w in before):
            # «وقّعت الشركة يوم الأربعاء 18 حزيران، في معرض باريس للطيران، صفقة …»: what
            # was signed that day is the verb's object, after the date's clause
            event = _object_after(locator, words, sentence, clause)
        elif event is None and dates_an_event:
            event = _event_when(locator, words, sentence, clause)
        put_back = _put_back_from(before)
        if put_back is None and (_until_before(before) or _goes_on(before)):
            # «مددت الحكومة، أمس الأربعاء، العمل بالبرنامج حتى 30 حزيران»: the verb of
            # putting back before a date aside, the new end after «حتى»
            put_back = _put_back_from(words.words_of(sentence, sentence[0], match.start))
        if put_back is not None and event in _PUT_BACK:
            # «تمديد المهلة حتى 10 أيار»: the new deadline; «بعد تأجيل الموعد الأصلي المحدد
            # في 10 مارس»: the day first set
            event = "original-schedule" if put_back else "extension"
        elif event in _ENDED_BY_UNTIL and match.kind in _WRITTEN_DAY and _until_before(before):
            event = "end"  # «ويستمر المنع حتى 15 يونيو المقبل»: the day it ends
        elif event == _DISASTER and _count_as_of(before):
            event = None  # «… إلى 13 قتيلاً حتى مساء اليوم الخميس»: a count's day
        elif event == _DISASTER and _ahead_of_today(locator.norm.text, match):
            event = None  # «طوت العاصفة صفحتها بعد خمسة أيام قاسية»: a stretch of days, not a day to come
        elif event == _DISASTER and _recalled(words.words_of(sentence, sentence[0], match.start)):
            event = None  # «ويعيد الحادث إلى الأذهان انهيار عقار … في مارس»: an earlier one
        # «نتائج المرحلة الأولى» and «نتائج المرحلة الثانية» are announced on two days.
        stretch = _numbered_period(locator.norm.text, sentence, (match.start, match.end),
                                   date_starts)
        claims.append(Claim(
            id=ids[key], article=article.id, kind="date", text=ev["text"],
            sentence=ev["sentence"], sentence_offset=ev["sentence_offset"], span=ev["span"],
            value=value, unit=None,
            event=event, place=ev["place"], words=ev["words"],
            note=match.note, occasion=stretch,
            part_of=composite_of.get(key)))
    return claims


def _clock_claims(article: Article, locator: _Locator, words: ArticleWords,
                  matches: list[ClockMatch]) -> list[Claim]:
    """The times of day of events, each with its evidence and the event word of its clause."""
    claims: list[Claim] = []
    for n, match in enumerate(matches, start=1):
        sentence = locator.sentence(match.start, match.end)
        clause = locator.clause(match.start, match.end)
        ev = _evidence(locator, words, match.start, match.end, sentence, clause)
        event = _event_of(words.words_of(sentence, clause[0], match.start),
                          words.words_of(sentence, match.end, clause[1]))
        claims.append(Claim(
            id=f"{article.id}:t{n}", article=article.id, kind="time", text=ev["text"],
            sentence=ev["sentence"], sentence_offset=ev["sentence_offset"], span=ev["span"],
            value=match.value, event=event, place=ev["place"], words=ev["words"]))
    return claims


# What may stand beside the dates of a dateline: «الثلاثاء 24 ربيع الأول 1447هـ - 16 سبتمبر 2025».
_DATELINE_FILLER = re.compile(r"[\s\-–|/،,.:()ه]*")


def _on_a_dateline(text: str, match: DateMatch, matches: list[DateMatch]) -> bool:
    """Is the date on a line of nothing but dates (an outlet's dateline, in two calendars)?
    It says when the article was written, not when any event happened."""
    lo = text.rfind("\n", 0, match.start) + 1
    hi = text.find("\n", match.end)
    hi = len(text) if hi < 0 else hi
    rest, at = [], lo
    for other in sorted((m for m in matches if lo <= m.start and m.end <= hi),
                        key=lambda m: m.start):
        if other.start >= at:
            rest.append(text[at:other.start])
            at = other.end
    rest.append(text[at:hi])
    return bool(_DATELINE_FILLER.fullmatch("".join(rest)))


_NAMED_MONTH_KINDS = frozenset({"end_month"})  # dates.py's kind for «نهاية أيلول»
_SHIFT = "shift"  # dates.py's kind for «بعد خمسة أيام من …», «قبل يومين من الموعد»
# dates.py's kinds for a day and month written out («15 يونيو 2025», «3 مارس الجاري»)
_WRITTEN_DAY = frozenset({"explicit", "month_current"})
_DAY_WORD_KINDS = frozenset({"today", "dayrel"})  # dates.py's kinds for «اليوم», «أمس», «غدا»
_OWN_DAY_KINDS = frozenset({"month_current"})  # dates.py's kind for «15 حزيران الجاري»


def _borrow_weekday(value: DateValue, match: DateMatch, weekdays: list[DateMatch],
                    locator: _Locator) -> DateValue:
    """'أعلن الكاظمي الاربعاء … قبل يومين من الموعد': the weekday names the relative date.
    A day word («اليوم», «أمس») names its weekday beside it when it does («اليوم الخميس»);
    another weekday in its sentence («حتى منتصف ليل الثلاثاء») is another day's; so is one
    beside a date that writes its own day («اعتبارا من 15 حزيران الجاري، إثر اجتماع عقدته
    الثلاثاء»)."""
    if match.kind in _DAY_WORD_KINDS or match.kind in _OWN_DAY_KINDS:
        return value
    sentence = locator.sentence(match.start, match.end)
    same_sentence = [w for w in weekdays if locator.sentence(w.start, w.end) == sentence]
    if len(same_sentence) != 1:
        return value  # none, or ambiguous
    return replace(value, weekday=same_sentence[0].value.weekday)


_LATEST_YEAR_BASIS = "latest year mentioned"
_BEFORE_A_PLAN_BASIS = "before a plan it names"


def is_guessed_frame(frame: TimeFrame) -> bool:
    """Was the frame guessed from the years the text mentions (infer_time_frame), not read
    from a date the article is written on?"""
    return frame.basis.startswith((_LATEST_YEAR_BASIS, _BEFORE_A_PLAN_BASIS))


def infer_time_frame(reference: Reference, dates: list[DateMatch]) -> TimeFrame | None:
    """The years an article is about, so claims about other periods are not compared.

    A known publication year (front matter, "اليوم … 2023", "العام الجاري 2021", a
    weekday-dated date) is the frame. Otherwise news is written within about a year of
    the latest year it mentions as past or present, so the frame is that year ± 1. Years
    after "بحلول/حتى/المقبل" are plans and years after "منذ" are starting points of a
    period that reaches the present: neither dates the present, so both are left out.
    """
    if reference.year is not None:
        return TimeFrame(reference.year, reference.year, reference.basis)
    explicit = [d for d in dates if d.expression == "explicit" and d.value.year is not None]
    years = [d.value.year for d in explicit
             if not _NOT_PRESENT_KEYS.intersection(word_key(w) for w in d.time_words)]
    if not years:
        # Only plans ("بحلول 31 كانون الأول 2021"): an article is written before what it
        # expects, so within the year before the earliest plan it names.
        plans = [d.value.year for d in explicit
                 if _FUTURE_KEYS.intersection(word_key(w) for w in d.time_words)]
        if not plans:
            return None
        first_plan = min(plans)
        return TimeFrame(first_plan - 1, first_plan, f"{_BEFORE_A_PLAN_BASIS}: {first_plan}")
    latest = max(years)
    return TimeFrame(latest - 1, latest + 1, f"{_LATEST_YEAR_BASIS}: {latest}")
