"""A count that the list right after it does not match.

## What it finds
An article gives a count and then names everything it counts ("7 أقاليم هي الحوز ومراكش
…"), and names fewer. (More names than the count is not reported: a list read past its
end looks the same.) Only a list introduced as the whole set (هي, هم,
هما after the counted noun) is counted; one that says it is incomplete ("وغيرها") or
gives examples (منها, أبرزها) is not. Items are the names between و and commas; a name of
two or three words («الدار البيضاء») is one item.

## Why it matters
The article contradicts itself in a way anyone can count: either the figure or the list
was edited without the other, often after a later report added a province or a country.

## Example
`provinces.txt`:

    وشمل الدمار 5 أقاليم هي الشمال والجنوب والشرق والغرب، فيما شعر السكان بالهزة.

"provinces counts 5 (line 1: «5 أقاليم») but names 4: الشمال، الجنوب، الشرق، الغرب."

## What to do
Count the list against the source and correct the figure or add the missing name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from factcheck.analyse.checks.base import Check, CheckStatus, Scope, finding
from factcheck.extract.normalize import normalize_word
from factcheck.lexicon.clitics import CONJUNCTIONS
from factcheck.lexicon.frames import LIST_ENDS, LIST_INTRO, LIST_OPEN_ENDED
from factcheck.lexicon.stopwords import STOPWORDS
from factcheck.model import Claim, Finding, Severity, Topic

# Counts this check reads: a list of 2 is a pair anyone sees, one of more than 30 is a
# table rather than a sentence.
SMALLEST, LARGEST = 2, 30
# A name of more words than this is a phrase, not a list item: the list is not read.
MAX_ITEM_WORDS = 3

_INTRO = frozenset(normalize_word(w) for w in LIST_INTRO)
_OPEN = frozenset(normalize_word(w) for w in LIST_OPEN_ENDED)
_ENDS = frozenset(normalize_word(w) for w in LIST_ENDS + STOPWORDS)
_AND = normalize_word(CONJUNCTIONS[0])  # و
# Where a list stops for good: the end of the sentence or a parenthesis.
_LIST_END = re.compile(r"[.؛;!?:()\"«»\n]")
_MARKS = re.compile("[\u064b-\u065f\u0670]+")  # vowel marks right after the «و»


def run(claims: list[Claim], topic_of: Mapping[str, Topic]) -> list[Finding]:
    findings: list[Finding] = []
    for claim in claims:
        value = claim.value
        if (claim.kind != "quantity" or claim.unit is None or value.min != value.max
                or value.min is None or value.approximate or not SMALLEST <= value.min <= LARGEST
                or value.min != int(value.min)):
            continue
        listed = listed_after(claim)
        if listed is None:
            continue
        items, list_end = listed
        # Fewer names than the count only: a list read too far (a clause after its last
        # comma) has more, and a breakdown by numbers ("5 أشخاص هم ثلاثة أطفال وامرأتان") is
        # not a list of names.
        if len(items) < value.min and not _figures_among(claim, list_end, claims):
            findings.append(_mismatch(claim, items, topic_of))
    return findings


def listed_after(claim: Claim) -> tuple[list[str], int] | None:
    """The names listed right after the claim as the whole set it counts, as written, and
    where the list ends in the claim's sentence; None when no such list follows."""
    if claim.sentence_offset is None:
        return None
    after = claim.sentence_offset + len(" ".join(claim.text.split()))
    rest = claim.sentence[after:]
    stop = _LIST_END.search(rest)
    rest = rest[:stop.start()] if stop else rest
    intro = rest.split(maxsplit=1)
    if not intro or normalize_word(intro[0]) not in _INTRO:
        return None
    items: list[list[str]] = []
    joined = False  # a segment held names joined by «و»
    end = after + rest.index(intro[0]) + len(intro[0])
    for segment in rest[end - after:].split("،"):
        tokens = segment.replace(",", " ").split()
        if not tokens:
            end += len(segment) + 1
            continue
        first = normalize_word(tokens[0])
        if first in _ENDS or _bare(first) in _ENDS or joined:
            # "…، فيما شعر السكان": the list ended at the comma; so did one whose names
            # were joined by «و» ("A وB وC، وناقشت …"): commas part names only in "A، B، وC".
            break
        if any(normalize_word(t) in _OPEN for t in tokens):
            return None  # "… وغيرها": not the whole set
        before = len(items)
        items.append([_bare(tokens[0])])
        for token in tokens[1:]:
            if normalize_word(token) in _ENDS:
                return None  # a clause, not a name
            if _bare(token) != token:
                items.append([_bare(token)])
            else:
                items[-1].append(token)
        joined = len(items) - before > 1
        end += len(segment) + 1
    if len(items) < SMALLEST or any(len(item) > MAX_ITEM_WORDS for item in items):
        return None
    if any(ch.isdigit() for item in items for word in item for ch in word):
        return None
    return [" ".join(item) for item in items], min(end, len(claim.sentence))


def _figures_among(claim: Claim, list_end: int, claims: list[Claim]) -> bool:
    """Another figure stands inside the list: it counts, it does not name."""
    start = claim.sentence_offset or 0
    return any(other is not claim and other.sentence == claim.sentence
               and other.sentence_offset is not None
               and start < other.sentence_offset < list_end for other in claims)


def _bare(token: str) -> str:
    """The word without the «و» (and its vowel marks) that joins it to the list."""
    if not token.startswith(_AND) or len(normalize_word(token)) <= 2:
        return token
    return _MARKS.sub("", token[1:], count=1) if _MARKS.match(token[1:]) else token[1:]


def _mismatch(claim: Claim, items: list[str], topic_of: Mapping[str, Topic]) -> Finding:
    count = int(claim.value.min)
    message = (f"{claim.article} counts {count} (line {claim.span.line}: «{claim.text.strip()}») "
               f"but names {len(items)}: {'، '.join(items)}.")
    return finding(CHECK, CHECK.default_severity, topic_of.get(claim.id), [claim], message,
                   primary=claim)


CHECK = Check(id="list-count", name="ListCount", default_severity=Severity.WARNING,
              status=CheckStatus.PREVIEW, scope=Scope.FIGURES, doc=__doc__, run=run)
