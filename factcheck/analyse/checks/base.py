"""What every check shares: how a check describes itself (`Check`), the one way to make a
finding (`finding`, which also gives it its fingerprint), and the small helpers several
checks use to compare values and to word their messages.

A check is a module of this package holding a `CHECK = Check(...)`: its id, name, default
severity, status, scope, its documentation (the module's docstring) and the function that
runs it. registry.py lists them; nothing else makes findings.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import inspect
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from factcheck.analyse.group import AUTO_SOURCE, frame_key
from factcheck.extract.article import changed_noun
from factcheck.extract.clauses import clause_words, clause_words_after, figure_start
from factcheck.extract.context import same_source
from factcheck.extract.dates import ARABIC_MONTH_WORDS
from factcheck.extract.lemmas import lemma_key
from factcheck.extract.normalize import normalize, normalize_word
from factcheck.extract.numbers import UNITS
from factcheck.extract.words import word_key, words_of
from factcheck.lexicon.clitics import ARTICLE, CONJUNCTIONS, DEFINITE_PREFIXES, POSSESSIVES, PREPOSITIONS
from factcheck.lexicon.frames import (CHANGE_IN, CHANGE_IN_WHAT, CHANGE_MANNER_WORDS,
                                      CHANGE_NOT_SUBJECT, CUT_WORDS, EARLIER_LEVEL_AFTER,
                                      EQUIVALENCE_WORDS, FALL_WORDS, FINAL_WORDS, LEVEL_FROM,
                                      LEVEL_LEAD_WORDS, RESTATEMENT_WORDS,
                                      LEVEL_TO_WORD,
                                      OWN_PROPERTY_FILLERS, PRICE_NOUNS, PROVISIONAL_WORDS, RISE_WORDS,
                                      SECOND_ROUND_PHRASES, VALUE_WORDS)
from factcheck.lexicon.measures import CHANGE_BY_WORDS
from factcheck.lexicon.units import GENERAL_UNITS, PARTITIVE_WORDS
from factcheck.lexicon.qualifiers import QUALIFIERS_BEFORE
from factcheck.lexicon.stopwords import STOPWORDS
from factcheck.lexicon.weekdays import WEEKDAYS
from factcheck.model import WEEKDAY_NAMES, Claim, ClockTime, DateValue, Finding, Quantity, Severity, StrEnum, Topic


class CheckStatus(StrEnum):
    """As ruff's rules: a stable check's findings and wording are settled; a preview check's
    may still change (and its findings are reported like any other's)."""

    STABLE = "stable"
    PREVIEW = "preview"


class Scope(StrEnum):
    """What the runner hands a check's `run`, and when."""

    # run(topic, members, outcome): every topic of two or more claims that is not a running
    # tally, after its claims were compared across articles (compare.SourcesOutcome).
    SOURCES = "sources"
    # run(topic, members, outcome): every running-tally topic of two or more claims, after
    # its claims were compared in publication order (compare.TallyOutcome).
    TALLY = "tally"
    # run(topic, members): every topic of two or more claims, after the comparison.
    TOPIC = "topic"
    # run(claims, topic_of): the date claims of one article, and each claim's topic.
    ARTICLE = "article"
    # run(claims, topic_of): the date claims of one story, every article's, in article and
    # text order (a check that weighs one article's date against the other sources').
    STORY = "story"
    # run(claims, topic_of): the figures (quantity claims) of one article, in text order.
    FIGURES = "figures"
    # run(address, publication): the date in an article's address (front matter url) and
    # the article's publication (analyse/published.py).
    PUBLICATION = "publication"
    # run(times): the times of day of one article's events (Extraction.clock_times), in
    # text order.
    CLOCK = "clock"


# The documentation of a check: a one-line summary, then exactly these sections as
# "## " headings, in this order (a check without them does not import).
SECTIONS = ("What it finds", "Why it matters", "Example", "What to do")


class CheckDocError(ValueError):
    """A check's docstring does not have the fixed sections."""


@dataclass(frozen=True)
class Check:
    id: str  # as in Finding.check, config `disable` and baselines: never renamed lightly
    name: str  # CamelCase (SARIF reportingDescriptor.name)
    default_severity: Severity  # the usual severity; a finding may differ (a rule's severity)
    status: CheckStatus
    scope: Scope
    doc: str  # the check module's docstring: summary line, then SECTIONS
    run: Callable[..., Iterable[Finding]] = field(repr=False, compare=False)
    summary: str = field(init=False)
    sections: dict[str, str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        summary, sections = parse_doc(self.id, self.doc)
        object.__setattr__(self, "summary", summary)
        object.__setattr__(self, "sections", sections)

    @property
    def help(self) -> str:
        """What it finds, then what to do, as one paragraph (SARIF's help and description)."""
        return f"{prose(self.sections['What it finds'])} {prose(self.sections['What to do'])}"

    def example_lines(self) -> list[str]:
        """The article lines quoted in the Example (its lines indented four spaces)."""
        return [line[4:] for line in self.sections["Example"].splitlines()
                if line.startswith("    ") and line.strip()]


_HEADING = re.compile(r"^## (.+)$", re.MULTILINE)


def parse_doc(check_id: str, doc: str | None) -> tuple[str, dict[str, str]]:
    """(summary, {section: text}) from a check's docstring; CheckDocError unless it has a
    one-line summary and exactly the SECTIONS, in order."""
    text = inspect.cleandoc(doc or "")
    summary, _, body = text.partition("\n\n")
    if not summary or "\n" in summary or summary.startswith("#"):
        raise CheckDocError(f"check {check_id}: the docstring must start with a one-line summary")
    parts = _HEADING.split(body)
    if parts[0].strip():
        raise CheckDocError(f"check {check_id}: text before the first section")
    titles = tuple(parts[1::2])
    if titles != SECTIONS:
        raise CheckDocError(f"check {check_id}: sections must be {', '.join(SECTIONS)}; "
                            f"found {', '.join(titles) or 'none'}")
    sections = {title: content.strip("\n").rstrip() for title, content in zip(titles, parts[2::2])}
    empty = [title for title, content in sections.items() if not content.strip()]
    if empty:
        raise CheckDocError(f"check {check_id}: empty section {empty[0]}")
    return summary, sections


def prose(section: str) -> str:
    """A section's text as one line (its line breaks were only wrapping)."""
    return " ".join(section.split())


# ---------------------------------------------------------------- making findings


def finding(check: Check, severity: Severity | str, topic: Topic | None, claims: Iterable[Claim],
            message: str, suggestion: str | None = None, primary: Claim | None = None,
            evidence: Sequence[Claim] = ()) -> Finding:
    """The only way to make a finding. `primary` (the words that are wrong, for internal
    checks) leads; the other claims follow in text order. `topic` is the topic the finding
    is about: for a topic's checks, the topic of all its claims; for an article's checks,
    the primary claim's. `evidence`: other sources' words that bear on it, listed last and
    left out of the id, so that a finding about one article keeps its id (and its baseline
    entry) when articles come and go."""
    claims = sorted(claims, key=lambda c: (c is not primary, c.article, c.span.start))
    shown = claims + [c for c in evidence if c not in claims]
    return Finding(id=fingerprint(check.id, topic, claims), check=check.id,
                   severity=Severity(severity), topic=topic.id if topic is not None else None,
                   articles=tuple(sorted({c.article for c in shown})),
                   claims=tuple(c.id for c in shown), message=_ONE_LINE.sub(" ", message),
                   suggestion=suggestion, evidence=len(shown) - len(claims))


# A quote across a hard line-wrap («يوم\nالأربعاء 11 آذار») is one line in a message: every
# report prints a message as one.
_ONE_LINE = re.compile(r"\s*\n\s*")


# What a finding id is computed from. Baselines record it (gate/baseline.py), and the SARIF
# fingerprint key names it: change it only with the scheme, and keep the old one readable.
FINGERPRINT_VERSION = 2


def fingerprint(check_id: str, topic: Topic | None, claims: Sequence[Claim]) -> str:
    """A finding's id, for baselines and code scanning: what disagrees, never where it
    is printed or how.

    It hashes the check id, the topic's identity (topic_identity), and for each claim
    its article id, its normalised words and its value as numbers (value_key), sorted.
    So it survives lines moving, other articles being added or removed, scan order, and
    any change to how values are displayed; it changes when a value, the words or an
    involved article changes, or a rule topic is renamed. `claims[0]` belongs to `topic`.
    """
    parts = sorted(f"{c.article}\x1f{' '.join(c.words)}\x1f{value_key(c.value)}" for c in claims)
    head = [f"factcheck-finding/{FINGERPRINT_VERSION}", check_id,
            topic_identity(topic, claims[0] if claims else None)]
    digest = hashlib.sha1("\n".join(head + parts).encode("utf-8"))
    return digest.hexdigest()[:16]


def topic_identity(topic: Topic | None, member: Claim | None) -> str:
    """A rule topic by its id (a desk renames a rule on purpose). An automatic topic by what
    grouped its claims (group.frame_key of a member: measure, places and event, counted
    noun, or event word), never by its id, which numbers the clusters a scan happens to
    find and which other articles shift."""
    if topic is None:
        return ""
    if topic.source != AUTO_SOURCE:
        return f"rule\x1f{topic.id}"
    if member is None:
        return "auto"
    return "auto\x1f" + "\x1f".join(frame_key(member))


def value_key(value: Quantity | DateValue | ClockTime) -> str:
    """A value as numbers: a quantity's bounds and whether it is approximate, a date's
    year, month, day and stated weekday ("-" where unknown), a time of day's minute and
    the minutes its words allow. Never the display text."""
    if isinstance(value, Quantity):
        return (f"q {_number(value.min)} {_number(value.max)} "
                f"{'~' if value.approximate else '='}")
    if isinstance(value, ClockTime):
        return f"t {value.minute} {value.lo} {value.hi} {value.zone or '-'}"
    return (f"d {_number(value.year)} {_number(value.month)} {_number(value.day)} "
            f"{_number(value.weekday)}")


def _number(x: float | int | None) -> str:
    """2500, 2500.0 and 2.5e3 alike; "-" for an unknown or open bound."""
    if x is None:
        return "-"
    x = float(x)
    return str(int(x)) if x.is_integer() else repr(x)


# ---------------------------------------------------------------- comparing values


# A finding names at most this many disagreeing pairs; past this many an editor has the
# picture, and a large topic is not searched any further (the scan stays near-linear).
MAX_PAIRS_SHOWN = 20


def compatible(a: Claim, b: Claim, tolerance: float = 0.0) -> bool:
    """Can both claims be true at once? Intervals and granularity decide; a vague amount
    («عشرات الضحايا») is an impression, often of another total (a year's incidents
    nationwide), and never contradicts a figure on its own (Quantity.certainty)."""
    if isinstance(a.value, Quantity) and isinstance(b.value, Quantity):
        return a.value.vague or b.value.vague or a.value.overlaps(b.value, tolerance)
    if isinstance(a.value, DateValue) and isinstance(b.value, DateValue):
        return a.value.compatible(b.value, int(tolerance))
    return True


# ---------------------------------------------------------------- wording messages


MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")


def where(claims: Iterable[Claim]) -> str:
    """"a line 3, b line 7": where an editor finds the claims."""
    return ", ".join(f"{c.article} line {c.span.line}" for c in claims)


def attribution_note(claims: Iterable[Claim]) -> str:
    """"7.4 per the Turkish authorities; 7.8 per the US institute": the evidence an editor
    needs when sources disagree because different bodies count differently."""
    by_value: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        if claim.attribution:
            by_value[claim.value.describe()].add(claim.attribution)
    if len(by_value) < 2:
        return ""
    parts = "; ".join(f"{value} according to {', '.join(sorted(bodies))}"
                      for value, bodies in sorted(by_value.items()))
    names = sorted({name for bodies in by_value.values() for name in bodies})
    if all(same_source(names[0], name) for name in names[1:]):
        return f" Attributed: {parts} — the same body, so it contradicts itself."
    return f" Attributed: {parts} — different bodies may count differently."


def stage_of(claim: Claim) -> str | None:
    """"provisional" or "final" when the figure's clause says so ("النتائج الأولية", "الحصيلة
    النهائية"), else None."""
    words = set(clause_words(claim)[1])
    if not _PROVISIONAL.isdisjoint(words) or _NOT_FINAL in " ".join(clause_words(claim)[1]):
        return "provisional"
    if not _FINAL.isdisjoint(words):
        return "final"
    return None


def second_round(claim: Claim) -> bool:
    """Does the date's clause name the second round of a vote («الدور الثاني», «جولة
    الإعادة»)?"""
    clause = " " + " ".join(clause_words(claim)[1]) + " "
    return any(f" {form} " in clause for form in _SECOND_ROUND)


def stage_note(claims: Iterable[Claim]) -> str:
    """" 41% is provisional (a line 2) and 43% final (b line 3): a final figure replaces a
    provisional one.": why two sources differ, when they say which stage they report."""
    staged: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        stage = stage_of(claim)
        if stage:
            staged[stage].append(claim)
    if len(staged) < 2:
        return ""
    provisional, final = staged["provisional"], staged["final"]
    return (f" {', '.join(sorted({c.value.describe() for c in provisional}))} is provisional "
            f"({where(provisional)}) and {', '.join(sorted({c.value.describe() for c in final}))} "
            f"final ({where(final)}): a final figure replaces a provisional one; check that "
            "each is labelled as such.")


def word_forms_with_conjunction(words) -> frozenset[str]:
    """Each one-word entry in normal form, bare and after «و»/«ف» (phrases are matched
    otherwise)."""
    return frozenset(c + normalize_word(w) for w in words if " " not in w
                     for c in ("", *CONJUNCTIONS))


_PROVISIONAL = word_forms_with_conjunction(PROVISIONAL_WORDS)
_FINAL = word_forms_with_conjunction(FINAL_WORDS)
_NOT_FINAL = next(normalize(w).text for w in PROVISIONAL_WORDS if " " in w)
# each phrase bare, after «و», and with its article behind a preposition («بالجولة الثانية»)
_SECOND_ROUND = tuple({form for w in SECOND_ROUND_PHRASES for phrase in [normalize(w).text]
                       for form in (phrase, "و" + phrase, *(
                           prefix + phrase[len(ARTICLE):] for prefix in DEFINITE_PREFIXES
                           if phrase.startswith(ARTICLE)))})


def date_text(date: dt.date) -> str:
    return f"{date.day} {MONTH_NAMES[date.month - 1]} {date.year}"


def weekday_name(index: int) -> str:
    return WEEKDAY_NAMES[index].capitalize()


def weekday_fits(date: dt.date, value: DateValue) -> bool:
    """Does the stated weekday fit the date, or a day its calendar allows (a Hijri date may
    be a day off Umm al-Qura where the month began by moon sighting)?"""
    spread = value.tolerance_days
    return any((date + dt.timedelta(days=d)).weekday() == value.weekday
               for d in range(-spread, spread + 1))


# A figure under this share of another for the same tally, in one article or a later one,
# is far more often a part of it (a province, a day, one group of the dead, one morgue)
# than the same count given again: it is not reported as contradicting or undercutting it.
PART_RATIO = 0.5


_GENERAL_UNITS = {category: normalize_word(noun) for category, noun in GENERAL_UNITS.items()}
# Wholes a count of people of some kind may be part of.
_PEOPLE_WHOLES = frozenset({"people", "casualties", "injured", "missing"})


def part_of_unit(part_unit: str | None, whole_unit: str | None) -> bool:
    """Can a figure of `part_unit` be part of a whole of `whole_unit`? The same noun, or
    people of some kind among people, the dead or the injured («34 جثة، بينهم 9 نساء»,
    «568 ألفاً و776 شخصاً» of a population in «نسمة»)."""
    if part_unit == whole_unit:
        return True
    category = UNITS.get(part_unit or "")
    if category in _GENERAL_UNITS and whole_unit == _GENERAL_UNITS[category]:
        return True  # trucks, buses and cars of a count of vehicles
    return category == "people" and UNITS.get(whole_unit or "") in _PEOPLE_WHOLES


def part_sized(small: Claim, large: Claim) -> bool:
    """Is one figure under PART_RATIO of the other (whichever is smaller)?"""
    low = min(small.value.max or 0, large.value.max or 0)
    high = max(small.value.min or 0, large.value.min or 0)
    return high > 0 and low < PART_RATIO * high


# ---------------------------------------------------------------- what moved

_WITH = "ب"  # the preposition glued to a change noun: «بارتفاع», «بتراجع»


# A change noun after «ب» says by what the figure moved too: «، بارتفاع نسبته 12%».
_FALL, _RISE = (word_forms_with_conjunction((*words, *(_WITH + w for w in words)))
                for words in ((*FALL_WORDS, *CUT_WORDS), RISE_WORDS))
_VALUE = word_forms_with_conjunction(VALUE_WORDS)
# Words right after the verb that say by how much, not what: «انخفض بنسبة 43%», «خسر نحو 65%».
_NOT_MOVED = word_forms_with_conjunction((*CHANGE_BY_WORDS, *QUALIFIERS_BEFORE))
# a preposition the words split off its qualifier: «متراجعا بنحو 1.5%» reads «ب» «نحو»
_LONE_PREPOSITIONS = frozenset(PREPOSITIONS)
_CONJUNCTION_LETTERS = frozenset(CONJUNCTIONS)
_MANNER = word_forms_with_conjunction(CHANGE_MANNER_WORDS)
_NOT_SUBJECT = word_forms_with_conjunction(CHANGE_NOT_SUBJECT)
_PRICES = word_forms_with_conjunction(PRICE_NOUNS)
_CHANGE_IN_WHAT = frozenset(word_key(normalize_word(w)) for w in CHANGE_IN_WHAT)
_IN = normalize_word(CHANGE_IN)
_YEARISH = re.compile(r"(?:19|20)\d\d")
_EARLIER_LEVEL = word_forms_with_conjunction(EARLIER_LEVEL_AFTER)
_LEVEL_FROM, _LEVEL_TO = normalize_word(LEVEL_FROM), normalize_word(LEVEL_TO_WORD)
_LEAD = frozenset(normalize_word(w) for w in (*LEVEL_LEAD_WORDS, *OWN_PROPERTY_FILLERS)) | frozenset(
    word_key(normalize_word(w)) for w in (*LEVEL_LEAD_WORDS, *OWN_PROPERTY_FILLERS))


def what_moved(change: Claim) -> str | None:
    """The noun a change is said of, when its verb names one right after it (past «سعر»,
    «قيمة»): «هبط المؤشر … بنسبة 6.2%» → «مؤشر», «ارتفع سعر صرف الدولار» → «دولار»,
    «تراجعت أسعار زيت الزيتون» → «زيت», «ارتفعت الأسعار بنسبة 3%» → «اسعار»; else «في» and
    a listed noun after its figure: «ارتفاعا بنحو 55% في إنتاج الزيت» → «انتاج»; None when
    unsaid («انخفض بنسبة 43%»)."""
    moved = _noun_named(change_verb(change)[1])
    if moved is None:
        after = clause_words_after(change)
        if len(after) > 1 and after[0] == _IN and word_key(after[1]) in _CHANGE_IN_WHAT:
            moved = _noun_named(after[1:])
    return moved


def level_changed(change: Claim) -> str | None:
    """What a change said of a money figure before it is of: «وبلغ إجمالي دخل العمليات 17.9
    مليار ريال بارتفاع 8.2%» → «دخل», «صافي ربح قدره 8640 مليون ريال لعام 2024، بنمو 19.4%» →
    «ربح», «ارتفعت ودائع العملاء إلى 298.5 مليار ريال، مقابل 271.2 مليار ريال قبل عام، بزيادة
    10.1%» → «ودائع» (the level, not the base it is compared with, nor a year). The noun
    before the amount, past words that lead up to it; of a noun and its complement («دخل
    العمليات»), the head. None for changes of other figures, or when no noun is found."""
    if UNITS.get(changed_noun(change.site) or "") != "money":
        return None
    before = words_of(change.sentence[:figure_start(change)])
    for k in range(len(before) - 1, 0, -1):
        if not before[k][:1].isdigit() or _YEARISH.fullmatch(before[k]):
            continue
        words = before[:k]
        if words and (words[-1] in _EARLIER_LEVEL or (len(words) > 1 and words[-2] in _EARLIER_LEVEL)):
            continue  # «مقابل 7.52 مليار»: the base the change is reckoned from
        if (len(words) > 2 and words[-1] == _LEVEL_TO and words[-2][:1].isdigit()
                and words[-3] == _LEVEL_FROM):
            words = words[:-3]  # «ترتفع رسوم السيارات من 25 إلى 35 جنيها»: what went from one to the other
        while words and (words[-1] in _LEAD or word_key(words[-1]) in _LEAD):
            words = words[:-1]
        if not words or not words[-1][:1].isalpha() or words[-1] in _NOT_MOVED:
            return None
        noun = words[-1]
        if (noun.startswith("ال") and len(words) > 1 and words[-2][:1].isalpha()
                and not words[-2].startswith("ال") and words[-2] not in _LEAD
                and words[-2] not in _NOT_MOVED):
            noun = words[-2]  # «دخل العمليات», «ودائع العملاء»: the noun the complement follows
        if noun in _VALUE and words[-1] != noun:
            noun = words[-1]  # «إجمالي الموجودات»: the complement of a value word is what
        return _bare(word_key(noun))
    return None


def _noun_named(words: tuple[str, ...]) -> str | None:
    """The first noun of `words` past value and manner words; a price noun with nothing
    nameable after it is itself what changed."""
    price = None
    for word in words:
        if word in _VALUE or word in _MANNER or word in _LONE_PREPOSITIONS:
            price = price or (word if word in _PRICES else None)
            continue
        if word in _NOT_MOVED or word in _NOT_SUBJECT or not word[:1].isalpha():
            break
        return _bare(word)
    return _bare(price) if price else None


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") else word


def change_verb(change: Claim) -> tuple[str | None, tuple[str, ...]]:
    """("fell" or "rose", the words between that verb and the figure), nearest verb first:
    «خسر الجنيه المصري نحو 65%» → ("fell", ("الجنيه", "المصري", "نحو"))."""
    before = clause_words(change)[0]
    for i in range(len(before) - 1, -1, -1):
        if before[i] in _FALL:
            return "fell", before[i + 1:]
        if before[i] in _RISE:
            return "rose", before[i + 1:]
    return None, ()


def change_subject(change: Claim) -> str | None:
    """What a change is said of: the noun after its verb (what_moved), or the money figure's
    it follows (level_changed), else the first
    definite noun before the verb in its clause («الجنيه المصري يفقد نحو ثلث قيمته», «بات
    المؤشر منخفضا بنسبة 1.4%»); None when the clause names neither («متراجعا بنسبة 2.1%»)."""
    moved = what_moved(change) or level_changed(change)
    if moved:
        return moved
    before = clause_words(change)[0]
    verb = next((i for i in range(len(before) - 1, -1, -1)
                 if before[i] in _FALL or before[i] in _RISE), None)
    for word in before[:verb or 0]:
        bare = word[1:] if word[:1] in _CONJUNCTION_LETTERS and word[1:3] == "ال" else word
        if (bare.startswith("ال") and len(bare) > 4 and bare not in _VALUE
                and bare not in _FALL and bare not in _RISE):
            return bare[2:]
    return None


# ---------------------------------------------------------------- the words before a figure


# How many words right before a figure are its lead: three words the same («يعود تاريخها
# إلى نحو 3600 عام», «… نحو 2600 عام») rarely happen by chance; one or two do («في سباق 800
# متر», «في سباق 1500 متر» name two races).
LEAD_LENGTH = 3
# How far before a figure another figure still belongs to its lead words («62,3 ألف طن
# بقيمة 418»: the tonnage is three words before the worth).
_LEAD_FIGURE_REACH = 5
# Words that say nothing of what a figure is: every figure may follow them.
_OF_WORDS = frozenset(word_key(w) for w in PARTITIVE_WORDS)
_FILLERS = frozenset(word_key(w) for w in (*STOPWORDS, *RESTATEMENT_WORDS, *LEVEL_LEAD_WORDS,
                                           *EQUIVALENCE_WORDS))


def lead_words(claim: Claim) -> tuple[str, ...]:
    """The LEAD_LENGTH words before the figure, nearest first, without clitics («وبلغ» and
    «بلغ» are one word) and without the figure's counted noun, which every figure of its
    topic has («من 45 قرشاً إلى 65» leads with «إلى 45 من»)."""
    unit = {word_key(w) for w in (claim.unit or "").split()}
    before = [k for w in reversed(clause_words(claim)[0]) if (k := word_key(w)) not in unit]
    return tuple(before[:LEAD_LENGTH])


def _head_of_what(claim: Claim) -> str | None:
    """When the lead words name what is measured with «من» («من الذهب بلغت»), the noun
    before «من»: it tells holdings of gold from imports of gold."""
    unit = {word_key(w) for w in (claim.unit or "").split()}
    before = [word_key(w) for w in reversed(clause_words(claim)[0])]
    before = [k for k in before if k not in unit]
    for k, word in enumerate(before[:LEAD_LENGTH]):
        if word in _OF_WORDS and k + 1 < len(before):
            return before[k + 1]
    return None


def same_lead(a: Claim, b: Claim) -> bool:
    """Are two figures led by the same words, words that say what the figure is (not only
    «أي ما يعادل»), and by no two different figures («62,3 ألف طن بقيمة 418 مليون» and «126
    ألف طن بقيمة 830 مليون» are the worth of two different tonnages)? Then the two
    sentences state one fact with two numbers. Figures said of two different countries
    never are one fact."""
    lead = lead_words(a)
    if len(lead) != LEAD_LENGTH or lead != lead_words(b) or _FILLERS.issuperset(lead):
        return False
    if _head_of_what(a) != _head_of_what(b):
        return False  # «حيازاته من الذهب بلغت 71,9 طنا», «واردات المملكة من الذهب بلغت 32,4»
    if a.places and b.places and not set(a.places) & set(b.places):
        return False  # «وفي تونس، … بلغ عدد السكان قرابة 12 مليون»
    figures_a, figures_b = ([w for w in clause_words(c)[0][-_LEAD_FIGURE_REACH:] if w[:1].isdigit()]
                            for c in (a, b))
    return not (figures_a and figures_b and figures_a != figures_b)


def shared_lead_words(a: Claim, b: Claim) -> set[str]:
    """The words that say what a figure is which both figures' leads name («وزارة العمل
    قد قررت صرف 200 ألف جنيه», «أعلنت وزارة العمل صرف 100 ألف جنيه» share «وزارة»,
    «العمل», «صرف»): the CONTENT_LEAD_LENGTH nearest words of each clause before its
    figure, as lemmas, without fillers, dates, figures or the counted noun; or, for a
    figure that opens its clause, the CONTENT_TRAIL_LENGTH first after it, where a
    headline names what it counts («3.2 مليون دينار تعويضات لعمال», «3,6 ملايين دينار
    تعويضات لمسرّحي»)."""
    return _what_it_is(a) & _what_it_is(b)


def _what_it_is(claim: Claim) -> set[str]:
    """A figure's content lead; a figure that opens its clause («3.2 مليون دينار تعويضات
    لعمال», a headline's way) is named by the words after it instead."""
    lead = content_lead(claim)
    return set(lead) if lead else set(content_trail(claim))


def content_trail(claim: Claim) -> tuple[str, ...]:
    """The CONTENT_TRAIL_LENGTH first content words after the figure (its counted noun is
    in its text), up to another figure."""
    return _content_words(clause_words_after(claim), CONTENT_TRAIL_LENGTH, up_to_a_figure=True)


def content_lead(claim: Claim) -> tuple[str, ...]:
    return _content_words(reversed(clause_words(claim)[0]), CONTENT_LEAD_LENGTH,
                          skip={word_key(w) for w in (claim.unit or "").split()})


def _content_words(words: Iterable[str], most: int, skip: frozenset[str] | set[str] = frozenset(),
                   up_to_a_figure: bool = False) -> tuple[str, ...]:
    """The first `most` of `words` that say what a figure is, as _content_key lemmas: no
    filler, date word, figure or `skip` key; stopping at a figure when `up_to_a_figure`."""
    found: list[str] = []
    for word in words:
        key = _content_key(word)
        if key[:1].isdigit():
            if up_to_a_figure:
                break  # another figure's words from here on
            continue
        if key in skip or key in _NOT_CONTENT or len(key) < _SHORTEST_CONTENT:
            continue
        found.append(key)
        if len(found) == most:
            break
    return tuple(found)


def _content_key(word: str) -> str:
    """A word's lemma, a feminine noun's possessive ending dropped («جائزته» is «جائزة»)."""
    key = lemma_key(word)
    for ending in _FEMININE_POSSESSIVE:
        if key.endswith(ending) and len(key) - len(ending) >= _SHORTEST_CONTENT:
            return key[: -len(ending)] + _TA_MARBUTA
    return key


# How many words that say what a figure is are read before it (nearest first), and after.
CONTENT_LEAD_LENGTH = 5
CONTENT_TRAIL_LENGTH = 2
_SHORTEST_CONTENT = 3  # two-letter keys are clitics cut off, not words
_TA_MARBUTA = normalize_word("ة")
_FEMININE_POSSESSIVE = tuple(sorted((normalize_word("ت" + p) for p in POSSESSIVES), key=len,
                                    reverse=True))
_NOT_CONTENT = _FILLERS | frozenset(word_key(w) for w in (
    *OWN_PROPERTY_FILLERS, *QUALIFIERS_BEFORE, *ARABIC_MONTH_WORDS, *WEEKDAYS))


def lead_as_written(claim: Claim, words: int = LEAD_LENGTH) -> str:
    """The claim's words with its lead words (`words` of them) before them, as written («من
    45 قرشاً إلى 65 قرشاً»)."""
    start = figure_start(claim)
    heads = [m.start() for m in re.finditer(r"\S+", claim.sentence[:start])]
    unit = {word_key(w) for w in (claim.unit or "").split()}
    first, counted = start, 0
    for head in reversed(heads):
        if counted == words:
            break
        first = head
        counted += word_key(claim.sentence[head:start].split()[0]) not in unit
    return " ".join(claim.sentence[first:start + len(claim.text)].split())
