"""An article gives the same number in a sequence of events to two different days.

## What it finds
An article numbers the meetings, sessions or rounds of one year («الاجتماع الثاني»,
«الجولة الثالثة») and dates the same number twice, days apart: «وتم عقد الاجتماع الثاني في
6 مارس 2024» and, of a later meeting, «وسيكون هذا الاجتماع الثاني في عام 2024». A numbered
event named with «هذا» and only a year is the event the sentence before dates.

## Why it matters
One of the two numbers is wrong, and the reader cannot tell which: often the article
was written from an older piece and its count was not moved on, so it hides a meeting
(a rate decision, a round of talks) that took place in between.

## Example
`meetings.txt`:

    وعقد الاجتماع الثاني في 6 مارس 2024، ورفع فيه الفائدة مرة أخرى.
    وسيعقد الاجتماع المقبل في 23 مايو 2024، لبحث أسعار الفائدة.
    وسيكون هذا الاجتماع الثاني في عام 2024.

"meetings calls two events of 2024 the second: «الاجتماع الثاني» on 6 March 2024 (…), and
«هذا الاجتماع الثاني» on 23 May 2024 (…)". The first and last day of one round of talks
(«انطلقت الجولة الثالثة في 9 يونيو», «واختتمت الجولة الثالثة في 11 يونيو»), or the third
round of 2023 and of 2024, are not reported.

## What to do
Count the events of the year again from the source and correct the number.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Mapping
from typing import NamedTuple

from factcheck.analyse.checks.base import Check, CheckStatus, Scope, date_text, finding
from factcheck.extract.normalize import normalize, normalize_word
from factcheck.extract.numbers import ORDINAL_WORDS, ORDINAL_WORDS_RE
from factcheck.extract.words import word_forms, word_key
from factcheck.lexicon.events import NOT_THE_EVENTS_DAY, NUMBERED_EVENTS
from factcheck.lexicon.time_words import THIS_WORDS
from factcheck.model import Claim, Finding, Severity, Topic

# A numbered event held over several days (a round of talks, a summit) may be dated by its
# first and its last day: two dates of one number this close are one event.
SAME_EVENT_DAYS = 3
# The number must name the dated event: at most this many words between it and the date
# («الاجتماع الثاني للجنة السياسة النقدية في 6 مارس»).
MAX_WORDS_BETWEEN = 5

_EVENT_NOUNS = frozenset(word_key(noun) for noun in NUMBERED_EVENTS)
_THIS = tuple(normalize_word(w) for w in THIS_WORDS)
# A word, then a number («الاجتماع الثاني», «هذا الاجتماع الثاني»), then the few words up to
# the date; the word must be a numbered event (_noun).
_NUMBERED_RE = re.compile(
    rf"(?<!\w)(?:(?P<this>{'|'.join(_THIS)})\s+)?(?P<noun>\w+)\s+"
    rf"(?P<ordinal>{ORDINAL_WORDS_RE})(?!\w)"
    rf"(?P<between>(?:\s+\S+){{0,{MAX_WORDS_BETWEEN}}}?)\s*$")
_ELSEWHERE = frozenset(word_key(w) for w in NOT_THE_EVENTS_DAY)


def run(claims: list[Claim], topic_of: Mapping[str, Topic]) -> list[Finding]:
    # (event noun, number, year) → every day the article gives it: (day, the claim that
    # dates it, the claim whose words number it, those words as written).
    dated: dict[tuple[str, int, int], list[_Dated]] = defaultdict(list)
    ordered = sorted(claims, key=lambda c: c.span.start)
    for i, claim in enumerate(ordered):
        numbered = _numbered(claim)
        if numbered is None:
            continue
        noun, number, this, words = numbered
        day = claim.value.as_date()
        if day is not None:
            dated[(noun, number, day.year)].append(_Dated(day, claim, claim, words))
        elif this and claim.value.granularity == "year":
            # «وسيكون هذا الاجتماع الثاني في عام 2024»: the meeting the sentence before dates.
            earlier = _day_before(ordered[:i], claim)
            if earlier is not None and str(earlier[0].year) == claim.value.bounds()[0][:4]:
                day, dating = earlier
                dated[(noun, number, day.year)].append(_Dated(day, dating, claim, words))
    findings: list[Finding] = []
    for (_, number, year), days in dated.items():
        first = days[0]
        other = next((d for d in days[1:] if abs((d.day - first.day).days) > SAME_EVENT_DAYS), None)
        if other is not None:
            findings.append(_twice(number, year, first, other, topic_of))
    return findings


class _Dated(NamedTuple):
    day: dt.date
    dating: Claim  # the date of the event
    numbering: Claim  # the date claim whose sentence numbers it (the same, or «هذا …» after)
    words: str  # «الاجتماع الثاني», as written


def _numbered(claim: Claim) -> tuple[str, int, bool, str] | None:
    """(the event noun, its number, named with «هذا», the words as written) right before
    the date, or None."""
    if claim.sentence_offset is None:
        return None
    normal = normalize(claim.sentence[:claim.sentence_offset])
    match = _NUMBERED_RE.search(normal.text)
    if match is None:
        return None
    forms = word_forms(match.group("noun"))
    noun = next(iter(sorted(forms & _EVENT_NOUNS)), None)
    if noun is None:
        return None
    if any(forms & _ELSEWHERE or word_forms(w) & _ELSEWHERE for w in match.group("between").split()):
        return None
    start, end = normal.original_span(match.start(), match.end("ordinal"))
    return noun, ORDINAL_WORDS[match.group("ordinal")], match.group("this") is not None, \
        claim.sentence[start:end]


def _day_before(earlier: list[Claim], claim: Claim) -> tuple[dt.date, Claim] | None:
    """The last day dated before `claim`, if it dates the same kind of event."""
    for previous in reversed(earlier):
        day = previous.value.as_date()
        if day is None:
            continue
        return (day, previous) if previous.event == claim.event else None
    return None


def _twice(number: int, year: int, first: _Dated, other: _Dated,
           topic_of: Mapping[str, Topic]) -> Finding:
    article = other.numbering.article
    message = (f"{article} calls two events of {year} the {_ORDINAL_NAMES.get(number, str(number))}: "
               f"{_where(first)}, and {_where(other)}. One of the two numbers is wrong.")
    claims = {c.id: c for d in (first, other) for c in (d.dating, d.numbering)}
    return finding(CHECK, CHECK.default_severity, topic_of.get(other.numbering.id), claims.values(),
                   message, primary=other.numbering)


_ORDINAL_NAMES = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
                  7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth"}


def _where(dated: _Dated) -> str:
    """"«الاجتماع الثاني» on 6 March 2024 (line 20: «السادس من مارس 2024»)"."""
    said = dated.numbering
    where = f"«{dated.words}» on {date_text(dated.day)} (line {dated.dating.span.line}: «{dated.dating.text}»"
    if dated.dating is not said:
        where += f"; line {said.span.line} calls it so: «{dated.words} … {said.text}»"
    return where + ")"


CHECK = Check(id="ordinal-event", name="OrdinalEvent", default_severity=Severity.WARNING,
              status=CheckStatus.PREVIEW, scope=Scope.ARTICLE, doc=__doc__, run=run)
