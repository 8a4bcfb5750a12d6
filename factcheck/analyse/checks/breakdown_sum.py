"""A breakdown does not add up to the total it breaks down.

## What it finds
An article gives a total, then breaks it down by country, province or group ("the toll
includes 658 Egyptians, 165 Indonesians …"), and the parts add up to more than the total.
Parts of one total that do not overlap cannot exceed it; the message shows the sum. A
whole the article distributes («توزعوا على ثلاثة مستشفيات: 40 …، و35 …، و14 …») or lists
(«ما مجموعه 58,1 %، وهي: …») is also held to a sum below it, when the list says it is
complete: as many groups stated as listed, or a last item for the rest («من جنسيات أخرى»).

## Why it matters
An arithmetic slip is a fact an editor can settle in seconds with the article alone, and
it usually means one of the parts, or the total, was copied from another report. No
source has to be trusted over another: the article disagrees with itself.

## Example
`toll.txt`:

    وبلغ عدد الوفيات 100 حالة وفاة، ويشمل العدد 60 مصريا، و30 أردنيا، و25 سوريا.

"toll gives dead as 100 (line 5: «100 حالة وفاة») but its breakdown adds up to 115: 60 +
30 + 25 (line 5)."

## What to do
Add the parts up against the source: one part, or the total, was probably taken from an
earlier or later report. A breakdown that adds up to less than its total is reported only
when the list says it is complete: articles often list only the largest groups.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from factcheck.analyse.checks.base import Check, CheckStatus, Scope, finding
from factcheck.analyse.group import counted_noun
from factcheck.extract.clauses import figure_end, figure_start
from factcheck.extract.context import NOT_AMOUNT_ROLES
from factcheck.extract.normalize import normalize, normalize_word
from factcheck.extract.numbers import parse_number_words
from factcheck.lexicon.clitics import ARTICLE, CONJUNCTIONS
from factcheck.lexicon.frames import LIST_INTRO, OTHER_CLAUSE_WORDS, REST_ITEM_WORDS
from factcheck.lexicon.markers import DISTRIBUTED_OVER, DISTRIBUTION_VERBS
from factcheck.lexicon.measures import MEASURES
from factcheck.model import Claim, Finding, Severity, Topic

# A list of at least this many parts, most of them naming whose or where they are, is a
# breakdown; fewer is two figures that happen to follow one another.
MIN_PARTS = 3


def run(claims: list[Claim], topic_of: Mapping[str, Topic]) -> list[Finding]:
    """`claims`: one article's figures, in text order."""
    findings: list[Finding] = []
    sentences = _sentence_numbers(claims)
    reported: set[str] = set()
    for i, total in enumerate(claims):
        if not _is_total(total):
            continue
        parts = _parts_after(claims, i, sentences)
        if len(parts) < MIN_PARTS or total.value.max is None:
            continue
        added = sum(p.value.min for p in parts)
        if added > total.value.max * 1.001:  # parts of one total cannot exceed it
            findings.append(_mismatch(total, parts, added, topic_of))
            reported.add(total.id)
    for total, parts, closed in _distributed_wholes(claims, sentences):
        if total.id in reported:
            continue
        added = sum(p.value.min for p in parts)
        slack = _slack(total) + sum(_slack(p) for p in parts)
        if added > total.value.max + slack or (closed and added < total.value.min - slack):
            findings.append(_mismatch(total, parts, added, topic_of))
    return findings


def _distributed_wholes(claims: list[Claim], sentences: list[int]):
    """(whole, its parts, whether the list says it is complete) for each sentence that
    divides a whole: «وتوزع المصابون الـ74 على ثلاثة مستشفيات، إذ استقبل … 39 مصابا …»,
    «وتوزعت الوفيات على 4 حالات في ولاية محوت، و3 …» (the whole, 9 dead, a sentence
    earlier), «ما مجموعه 58,1% من السوق، وهي: داسيا (21,4%) …». The parts are the figures
    after the verb's «على»/«بين» or after «هي»; the whole is the figure before them in the
    sentence, else the last figure of the sentence before of the measure it divides. The list is complete when it ends with the rest («و19 من جنسيات أخرى») or
    the sentence states as many groups as it lists («على ثلاثة مستشفيات»)."""
    by_sentence: dict[int, list[Claim]] = {}
    for claim, number in zip(claims, sentences):
        by_sentence.setdefault(number, []).append(claim)
    for number, members in by_sentence.items():
        text = members[0].sentence
        opener = _opener(text)
        if opener is None:
            continue
        at, divided, listed = opener
        # The list ends where another clause starts («… و6 إلى مستشفى أرغلي، ولا يزال 4 منهم
        # في العناية المركزة»: those 4 are some of the 17, not a third group).
        end = _list_end(text, at)
        parts = [c for c in members if at < figure_start(c) < end and _exact(c)]
        if parts and not listed and _counts_the_groups(text, at, parts[0]):
            parts = parts[1:]
        before = [c for c in members if figure_start(c) < at and _exact(c)]
        whole = before[-1] if before else None
        if whole is not None:
            # a share is no part of a count, nor a count of a share («موزعة على …، مشيرة إلى
            # أن نسبة المشاركة بلغت 87%»)
            parts = [p for p in parts if (p.unit == "%") == (whole.unit == "%")]
            # «214 سباحا وسباحة، هم 124 سباحا و86 سباحة، يمثلون 16 دولة»: a figure of another
            # counted noun than the whole's is not one of its parts
            noun = whole.unit or counted_noun(whole)
            if noun:
                parts = [p for p in parts if not p.unit or p.unit == noun]
        if len(parts) < 2:
            continue
        if whole is None and divided is not None:
            named = [c for c in by_sentence.get(number - 1, [])
                     if _exact(c) and c.measure == divided]
            whole = named[-1] if named else None
        if whole is None or any(p.value.min >= whole.value.min for p in parts):
            continue
        units = {c.unit for c in (whole, *parts) if c.unit}
        if len(units) > 1:
            continue  # «9 بؤر … أربعة أقاليم: 4 …»: the provinces are not foci
        # «هم 124 سباحا و86 سباحة»: «هم», «هي» introduce the whole list (LIST_INTRO)
        yield whole, parts, listed or _complete(text, at, parts)


def _counts_the_groups(text: str, at: int, first: Claim) -> bool:
    """«موزعة على 142 مستشفى عموميا، …»: a figure right after «على»/«بين» with only its noun
    before the clause ends is how many groups there are, not the first group's share («على 4
    حالات في ولاية محوت، و3 …» is)."""
    if text[at:figure_start(first)].strip():
        return False
    # its noun and an adjective, then the clause ends: no «في ولاية …» saying whose share
    noun = re.match(r"[^،,.:؛;]*", text[figure_end(first):]).group()
    return len(_WORD.findall(noun)) <= 2 and not (first.subject or first.site or first.places)


def _list_end(text: str, at: int) -> int:
    """Where the list that starts at `at` ends: at the first word of another clause."""
    for m in _WORD.finditer(text, at):
        rest = normalize(text[m.start():m.start() + 12]).text
        if any(rest.startswith(w) or rest.startswith("و" + w) for w in _OTHER_CLAUSE):
            return m.start()
    return len(text)


def _opener(text: str) -> tuple[int, str | None, bool] | None:
    """Where a sentence starts dividing a whole (just past «على»/«بين» after a distribution
    verb, or past «هي»), the measure of what it divides («الوفيات» → dead), and whether a
    list word opened it («هي», «هم»: the whole list follows)."""
    words = list(_WORD.finditer(text))
    for k, m in enumerate(words):
        word = normalize_word(m.group())
        if word in _LIST_INTRO:
            return m.end(), None, True
        if word in _DISTRIBUTION:
            over = next((w for w in words[k + 1:k + 12] if normalize_word(w.group()) in _OVER), None)
            if over is not None:
                divided = next((_MEASURE_OF.get(normalize_word(w.group())) for w in words[k + 1:k + 4]
                                if _MEASURE_OF.get(normalize_word(w.group()))), None)
                return over.end(), divided, False
    return None


def _complete(text: str, at: int, parts: list[Claim]) -> bool:
    last = parts[-1]
    rest = normalize(text[figure_start(last):figure_end(last) + 30]).text.split()
    if any(w in _REST for w in rest[:5]):
        return True
    # «على ثلاثة مستشفيات», «العلامات الخمس الأولى»: as many groups stated as listed
    stated = {_stated_count(normalize_word(w.group()))
              for w in _WORD.finditer(text[:figure_start(parts[0])])}
    stated |= {float(d) for d in re.findall(r"(?<![\d.,])\d+(?![\d.,])", text[:at])}
    return float(len(parts)) in stated


def _slack(claim: Claim) -> float:
    """How far a figure may be off by rounding: its last digit, and a twentieth of an
    approximate one («نحو 213 ألفا و900»)."""
    v = claim.value
    return v.precision + (0.05 * v.min if v.approximate else 0.0)


def _stated_count(word: str) -> float | None:
    """«ثلاثة», «الخمس»: a number word, with or without the article."""
    value = parse_number_words(word)
    if value is None and word.startswith(_ARTICLE):
        value = parse_number_words(word[len(_ARTICLE):])
    return value


def _exact(claim: Claim) -> bool:
    """An exact amount: not a range, and not a position («في المرتبة 149») nor a face value
    («من فئة 10 دنانير»), which add up to nothing."""
    v = claim.value
    return (claim.kind == "quantity" and v.min is not None and v.min == v.max and v.min > 0
            and claim.role not in NOT_AMOUNT_ROLES)


_WORD = re.compile(r"[^\W\d_]+")
_ARTICLE = normalize_word(ARTICLE)
_LIST_INTRO = frozenset(normalize_word(w) for w in LIST_INTRO)
_DISTRIBUTION = frozenset(normalize_word(w) for w in DISTRIBUTION_VERBS) | frozenset(
    c + normalize_word(w) for w in DISTRIBUTION_VERBS for c in CONJUNCTIONS)
_OVER = frozenset(normalize_word(w) for w in DISTRIBUTED_OVER)
_REST = frozenset(normalize_word(w) for w in REST_ITEM_WORDS)
_OTHER_CLAUSE = tuple(normalize(w).text for w in OTHER_CLAUSE_WORDS)
# The tally a divided noun names («الوفيات», «المصابون»): its cues and counted nouns.
_MEASURE_OF = {normalize_word(w): name for name, spec in MEASURES.items() if spec.kind == "tally"
               for w in (*spec.cues, *spec.units)}


def _is_total(claim: Claim) -> bool:
    spec = MEASURES.get(claim.measure) if claim.measure else None
    return (spec is not None and spec.kind == "tally" and claim.role is None
            and not claim.subject and not claim.site and claim.value.min is not None
            and claim.value.min == claim.value.max)


def _parts_after(claims: list[Claim], i: int, sentences: list[int]) -> list[Claim]:
    """The run of figures right after the total, in its sentence or the next, that count
    the same thing for each one's own people or place."""
    total = claims[i]
    parts: list[Claim] = []
    taken: list[int] = []
    for j in range(i + 1, len(claims)):
        claim = claims[j]
        if sentences[j] - sentences[i] > 1:  # not claims.index(claim): cubic, 88 s for 618
            break
        same_kind = claim.measure in (None, total.measure) and claim.role in (None, "part")
        if not same_kind or claim.value.min is None or claim.value.min != claim.value.max:
            break
        if claim.value.min >= total.value.min:
            break  # the total again (a headline's, then the body's), or a larger whole
        if (sentences[j] != sentences[i] and not any(sentences[k] == sentences[j] for k in taken)
                and not (claim.subject or claim.site or claim.places)):
            break  # the next sentence going on with the list names whose its first figure is
        parts.append(claim)
        taken.append(j)
    # Most items name whose or where they are (a few may use a name the lexicon lacks).
    named = [p for p in parts if p.subject or p.site]
    return parts if len(named) * 2 >= len(parts) and len(named) >= MIN_PARTS else []


def _sentence_numbers(claims: list[Claim]) -> list[int]:
    numbers, current, last = [], -1, None
    for claim in claims:
        if claim.sentence != last:
            current, last = current + 1, claim.sentence
        numbers.append(current)
    return numbers


def _number(x: float) -> str:
    x = round(x, 6)  # 21.4 + 11.2 + … is 54.1, not 54.099999999999994
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,}"


def _mismatch(total: Claim, parts: list[Claim], added: float,
              topic_of: Mapping[str, Topic]) -> Finding:
    sum_text = " + ".join(_number(p.value.min) for p in parts)
    lines = sorted({p.span.line for p in parts})
    where = f"line {lines[0]}" if len(lines) == 1 else f"lines {lines[0]}–{lines[-1]}"
    message = (f"{total.article} gives {total.measure or 'a whole'} as {total.value.describe()} (line "
               f"{total.span.line}: «{total.text.strip()}») but its breakdown adds up to "
               f"{_number(added)}: {sum_text} ({where}).")
    return finding(CHECK, CHECK.default_severity, topic_of.get(total.id), [total, *parts],
                   message, primary=total)


CHECK = Check(id="breakdown-sum", name="BreakdownSum", default_severity=Severity.WARNING,
              status=CheckStatus.PREVIEW, scope=Scope.FIGURES, doc=__doc__, run=run)
