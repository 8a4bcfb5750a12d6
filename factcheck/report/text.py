"""Text as people read it, shared by the human-readable formats (terminal, HTML) and, for
control characters, the GitHub annotations.

- `escape_controls`: an article's ESC, other C0/C1 controls and bidi embedding or override
  characters become visible escapes (`\\x1b`), so an article can neither clear a screen,
  retitle a terminal, nor reorder the report's own text around it.
- `isolate_arabic`: every Arabic run between U+2068 FIRST STRONG ISOLATE and U+2069 POP
  DIRECTIONAL ISOLATE, so a terminal that implements bidi shows mixed lines in order
  (the English around stays left to right; «2500 جندي» reads right to left, number first).
- `describe_value`: a value as the report shows it; partial dates in words ("31 December
  (year not given)", not ISO's `--12-31`); `humanize` does the same inside a message.
- `display_label`: an automatic topic's label with its normalised words («درجه», «مبني»)
  spelled as the articles spell them («درجات», «مباني»).
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.extract.lemmas import lemma_key
from factcheck.extract.normalize import normalize_word, stem_candidates
from factcheck.extract.words import word_key
from factcheck.lexicon.clitics import CONJUNCTIONS, PREPOSITIONS
from factcheck.model import WEEKDAY_NAMES, Claim, DateValue, Quantity, Topic

if TYPE_CHECKING:
    from factcheck.gate.policy import GateSummary

FSI, PDI = "\u2068", "\u2069"  # FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE

# --------------------------------------------------------------------------- controls

# C0 controls but tab and newline, DEL, C1 controls; and the bidi embeddings, overrides
# and isolates (U+202A-U+202E, U+2066-U+2069), which would reorder the report's own text.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str) -> str:
    """Every control character but newline and tab as a visible escape (ESC → `\\x1b`)."""
    return _CONTROLS.sub(_escape, text) if _CONTROLS.search(text) else text


# --------------------------------------------------------------------------- bidi

# Letters of right-to-left scripts (Arabic and its supplements, presentation forms; Hebrew
# and Syriac too, which news quotes sometimes carry). Digits and punctuation are neutral.
RTL_CLASS = ("[\u0591-\u05f4\u0620-\u064a\u066e-\u06d3\u06d5\u06e5\u06e6\u06ee\u06ef"
             "\u06fa-\u06ff\u0710-\u074f\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_RTL = re.compile(RTL_CLASS)
_NUMBER = ("[0-9\u0660-\u0669\u06f0-\u06f9]"
           "[0-9\u0660-\u0669\u06f0-\u06f9.,\u066b\u066c%\u066a]*")
# Between two Arabic letters of one run: anything but a Latin letter, a line break, a
# guillemet or an isolate mark.
_WITHIN_RUN = "[^\\nA-Za-z\u00ab\u00bb\u2068\u2069]"
# A quote in guillemets that holds Arabic, whole; or a run from an Arabic letter to the
# last Arabic letter before a Latin letter, a newline or a guillemet, with a number just
# before or after it («بقوة 7», «2500 جندي» without quotes).
_RUN = re.compile(
    "\u00ab[^\u00ab\u00bb\\n]*" + RTL_CLASS + "[^\u00ab\u00bb\\n]*\u00bb"
    + "|(?:" + _NUMBER + " )?" + RTL_CLASS + "(?:" + _WITHIN_RUN + "*" + RTL_CLASS + ")?"
    + "(?: " + _NUMBER + "(?![A-Za-z]))?")


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def isolate_arabic(text: str) -> str:
    """Each Arabic run of `text` between FSI and PDI (text without Arabic is unchanged)."""
    if not has_rtl(text):
        return text
    return _RUN.sub(lambda m: f"{FSI}{m.group()}{PDI}", text)


def isolate_all(text: str) -> str:
    """The whole text as one isolate when it holds Arabic (a quote with its context)."""
    return f"{FSI}{text}{PDI}" if has_rtl(text) else text


# --------------------------------------------------------------------------- values

MONTHS = tuple(calendar.month_name)  # "", "January", …: English, whatever the locale says


def describe_date(d: DateValue) -> str:
    """A date for people: ISO when the year is known ("2021-12-31", "2021-07", "2021"),
    words for what the text left out: "31 December (year not given)", "July (year not
    given)", "31 (month and year not given)"."""
    y, m, day = d.year, d.month, d.day
    if y is not None and (day is None or m is not None):
        return d.describe()  # ISO, with its weekday
    if m is not None and day is not None:
        text = f"{day} {MONTHS[m]} (year not given)"
    elif m is not None:
        text = f"{MONTHS[m]} (year not given)"
    elif day is not None and y is not None:
        text = f"{day} (month not given) {y}"
    elif day is not None:
        text = f"{day} (month and year not given)"
    else:
        text = "unresolved"
    if d.weekday is not None:
        text = f"{WEEKDAY_NAMES[d.weekday].capitalize()} {text}"
    return text


def describe_value(value: Quantity | DateValue) -> str:
    return describe_date(value) if isinstance(value, DateValue) else value.describe()


# ISO 8601's yearless forms, as DateValue.describe writes them into messages.
_YEARLESS = re.compile(r"(?<![\w-])(?:---(\d\d)|--(\d\d)-(\d\d)|--(\d\d))(?![\w-])")


def _yearless(match: re.Match) -> str:
    day_only, month, day, month_only = match.groups()
    if day_only:
        return describe_date(DateValue(None, None, int(day_only), "day"))
    if month:
        return describe_date(DateValue(None, int(month), int(day), "day"))
    return describe_date(DateValue(None, int(month_only), None, "month"))


def humanize(message: str) -> str:
    """A finding's message with partial dates in words (`--07` → "July (year not given)")."""
    return _YEARLESS.sub(_yearless, message) if "--" in message else message


# --------------------------------------------------------------------------- spellings

# An Arabic word as written: letters, diacritics and tatweel.
_WORD_CLASS = RTL_CLASS[:-1] + "\u064b-\u0652\u0670\u0640]"
_ARABIC_WORD = re.compile(_WORD_CLASS + "+")
_CLITICS = "".join(CONJUNCTIONS + PREPOSITIONS)  # و ف ب ل ك
# Endings a normalised label word and the articles' word may differ by (grammar, not a
# word list): the sound feminine plural, and ta marbuta as normalised (ة → ه).
_PLURAL_ENDING = "\u0627\u062a"
_FEMININE_ENDING = normalize_word("\u0629")


def _loose(key: str) -> str:
    """A word key without a feminine or plural ending: جوله and جولات meet as جول."""
    for ending in (_PLURAL_ENDING, _FEMININE_ENDING):
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            return key[:-len(ending)]
    return key


def _as_written(token: str, key: str, normal: str) -> str:
    """The token without an attached conjunction or preposition (بإقليم → إقليم), when
    the rest is still the word: the article keeps its own ال, and a word that is the
    label's word as written keeps its first letter («ليبيا», not «يبيا»)."""
    while (token[:1] in _CLITICS and len(token) > 3 and normalize_word(token) != normal
           and word_key(token[1:]) == key):
        token = token[1:]
    return token


@lru_cache(maxsize=1 << 16)
def _token(token: str) -> tuple[str, str, tuple[str, ...], str]:
    """(word key, lemma, clitic-free forms, loose key) of a word as written; words recur."""
    key = word_key(token)
    return key, lemma_key(token), stem_candidates(normalize_word(token)), _loose(key)


def original_spelling(word: str, texts: Iterable[str]) -> str | None:
    """How `texts` write the normalised `word`: the most frequent matching word (first
    seen wins a tie), matched by its word key, then its lemma, then without a feminine or
    plural ending. None when no word matches."""
    key, lemma, normal = word_key(word), lemma_key(word), normalize_word(word)
    loose = _loose(key)
    matches: list[Counter] = [Counter(), Counter(), Counter()]
    first: dict[str, int] = {}
    for text in texts:
        for token in _ARABIC_WORD.findall(text):
            token_key, token_lemma, forms, token_loose = _token(token)
            if token_key == key or normal in forms:
                rank = 0
            elif token_lemma == lemma:
                rank = 1
            elif token_loose == loose:
                rank = 2
            else:
                continue
            shown = _as_written(token, token_key, normal)
            matches[rank][shown] += 1
            first.setdefault(shown, len(first))
    for found in matches:
        if found:
            return min(found, key=lambda w: (-found[w], first[w]))
    return None


# Enough of a topic's claims to see how its articles spell a word; a large corpus gives
# some topics thousands.
SPELLING_SAMPLE = 200


def display_label(topic: Topic, claims: dict[str, Claim]) -> str:
    """The topic's label for people. A rule's label is the rule author's, as written; an
    automatic label's Arabic words are normalised forms (ة → ه, أ → ا, ى → ي): each is
    shown as the topic's claims write it, in their words or else their sentences."""
    label = topic.label
    if topic.source != "auto" or not has_rtl(label):
        return label
    members = [claims[i] for i in (*topic.claims, *topic.other_frame)[:SPELLING_SAMPLE]
               if i in claims]
    texts = [c.text for c in members]
    sentences = [c.sentence for c in members if c.sentence]

    def spelled(match: re.Match) -> str:
        word = match.group()
        return original_spelling(word, texts) or original_spelling(word, sentences) or word

    return _ARABIC_WORD.sub(spelled, label)


def finding_message(message: str, topic: Topic | None, claims: dict[str, Claim]) -> str:
    """A finding's message for people: the topic's label as `display_label` spells it,
    partial dates in words."""
    if topic is not None and topic.source == "auto" and topic.label in message:
        shown = display_label(topic, claims)
        if shown != topic.label:
            message = message.replace(topic.label, shown)
    return humanize(message)


# --------------------------------------------------------------------------- the gate


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (plural or word + 's')}"


def gate_lines(gate: GateSummary | None) -> list[str]:
    """What the baseline and changed-articles mode left out, under the summary line."""
    if gate is None:
        return []
    lines: list[str] = []
    if gate.stories is not None:
        n, found = len(gate.stories), gate.stories_found
        lines.append(f"only {'story' if n == 1 else 'stories'} {', '.join(gate.stories)} "
                     f"shown (--story): {n} of {_plural(found, 'story', 'stories')}")
    if gate.changed_articles is not None:
        n = len(gate.changed_articles)
        lines.append(f"only findings involving {_plural(n, 'changed article')} are shown"
                     if n else "no changed article in the corpus: no findings are shown")
    if gate.baseline is not None:
        lines.append(f"{_plural(gate.baseline.suppressed, 'known finding')} suppressed "
                     f"(baseline {gate.baseline.path})")
        fixed = gate.baseline.fixed
        if fixed:
            verb, them = ("occurs", "it") if len(fixed) == 1 else ("occur", "them")
            listed = gate.changed_articles is None
            lines.append(f"{_plural(len(fixed), 'baseline finding')} no longer {verb} (fixed); "
                         f"--update-baseline removes {them}{':' if listed else ''}")
            # Checking a few changed articles (pre-commit, a pull request), the list of
            # findings fixed elsewhere in the corpus is noise: a full scan lists them.
            for entry in fixed if listed else ():
                # The topic says what it was about; an internal check without one, its article.
                about = entry.get("topic") or ", ".join(entry.get("articles") or [])
                lines.append(f"  {entry['id']}  {entry.get('check', '?')}  {about}".rstrip())
    return lines
