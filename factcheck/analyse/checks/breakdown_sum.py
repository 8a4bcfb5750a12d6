"""A breakdown does not add up to the total it breaks down.

## What it finds
An article gives a total, then breaks it down by country, province or group ("the toll
includes 658 Egyptians, 165 Indonesians …"), and the parts add up to more than the total.
Parts of one total that do not overlap cannot exceed it («انتشال 34 جثة، بينهم 21 رجلا و9
نساء و6 أطفال»); the message shows the sum. A whole the article distributes («موزعة بين 7,5
ملايين دولار … و4 ملايين دولار») or lists («ما مجموعه 58,1 %، وهي: …») is also held to a
sum below it, when the list is all of it: it follows «هي» or the distribution's «على»/«بين»
right away or after its first item's label («بين نفقات جارية بقيمة …») or a colon right
after the total's words («23 رحلة … حولت إلى مطارات الجوار: 11 رحلة …»), states as many
groups as it lists, ends with the rest («من جنسيات أخرى»), or names kinds that split any
whole («48 ألفاً عبروا براً و11 ألفاً توجهوا جواً»). A list closed by its sum («2460 قاربا
و190 سفينة و260 سفينة، بإجمالي 2810 وحدات») is all of it too, and a distribution whose
subject the sentence before counted («… بلغ 212 مريضا. وتوزع المرضى المنقولون على …»)
divides that count, as a tally listed with «هم» («الضحايا هم 19 امرأة و11 طفلا …») lists
all of the toll the sentence before gives. A sum within the rounding of its figures holds (not one that only
every figure sitting exactly on its rounding edge could reach). Votes for, against and
abstaining never overlap, so together they cannot exceed the members or voters the
sentence takes them from («تأييد 16 دولة، مقابل معارضة 3 دول وامتناع 3 دول، من أصل 21
دولة»). An item a dual names counts two («بينهم ثلاثة أطفال وامرأتان وأربعة رجال»: 9).

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
when the list is all of it: «منهم»/«بينهم» and «أبرزها» often list only the largest groups.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from factcheck.analyse.checks.base import Check, CheckStatus, Scope, finding, part_of_unit
from factcheck.analyse.group import counted_noun
from factcheck.extract.clauses import figure_end, figure_start
from factcheck.extract.context import NOT_AMOUNT_ROLES
from factcheck.extract.lemmas import lemma_key
from factcheck.extract.normalize import normalize, normalize_word
from factcheck.extract.numbers import UNITS, parse_number_words
from factcheck.lexicon.clitics import ARTICLE, CONJUNCTIONS
from factcheck.lexicon.frames import (AFTER_FIGURE_PREPOSITIONS, AMONG_PHRASES, AMONG_WORDS,
                                      COMPLEMENTARY_KINDS, DUAL_ENDINGS, FEMININE_DUAL_ENDING,
                                      FEMININE_ENDING,
                                      NATIONALS, NISBA_ENDINGS, NISBA_LETTER,
                                      LIST_END_WORDS, LIST_INTRO, LIST_OPEN_ENDED,
                                      ORIGIN_WORDS, OTHER_CLAUSE_WORDS, PER_HEAD_WORDS, POOL_PHRASES,
                                      SUM_BEFORE_TOTAL, TWO_AFTER_NOUN,
                                      REPORTED_CLAUSE_OPENERS, REST_ITEM_WORDS, SAYING_WORDS,
                                      SOME_OF_WORDS, ABSTAINED_BEFORE, VOTES_AGAINST_AFTER,
                                      VOTES_AGAINST_BEFORE, VOTES_FOR_BEFORE)
from factcheck.lexicon.markers import DISTRIBUTED_AS, DISTRIBUTED_OVER, DISTRIBUTION_VERBS
from factcheck.lexicon.measures import MEASURES
from factcheck.lexicon.places import PLACES
from factcheck.lexicon.qualifiers import RELATIVE_PRONOUNS
from factcheck.lexicon.time_words import THIS_WORDS
from factcheck.model import Claim, Finding, Severity, Topic, figure_text

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
    for total, parts, closed, duals in (*_distributed_wholes(claims, sentences),
                                        *_summed_lists(claims, sentences),
                                        *_vote_splits(claims, sentences)):
        if total.id in reported:
            continue
        added = sum(p.value.min for p in parts) + _TWO * len(duals)
        slack = _slack(total) + sum(_slack(p) for p in parts)
        # (every figure at the very edge of its rounding, all the same way, is no real
        # outcome: 3,4 + 1,9 + 0,6 billion is not the 6,1 billion they divide)
        slack *= _EDGE
        if added > total.value.max + slack or (closed and added < total.value.min - slack):
            findings.append(_mismatch(total, parts, added, topic_of, duals))
    return findings


def _distributed_wholes(claims: list[Claim], sentences: list[int]):
    """(whole, its parts, whether the list says it is complete, its dual items) for each
    sentence that divides a whole: «وتوزع المصابون الـ74 على ثلاثة مستشفيات، إذ استقبل …
    39 مصابا …», «وتوزعت الوفيات على 4 حالات في ولاية محوت، و3 …» (the whole, 9 dead, a sentence
    earlier), «ما مجموعه 58,1% من السوق، وهي: داسيا (21,4%) …», «انتشال 34 جثة، بينهم 21
    رجلا و9 نساء و6 أطفال». The parts are the figures after the verb's «على»/«بين», after
    «هي» or after «بينهم»; the whole is the figure before them in the sentence (right before
    «بينهم»), else the last figure of the sentence before of the measure it divides, or of
    the parts' unit when «هذه» points back to it. A list after «هي», or right after a
    distribution verb's «على»/«بين», is all of its whole unless it says it is not
    («أبرزها», «وغيرها»); any list is when it ends with the rest («و19 من جنسيات أخرى»),
    states as many groups as it lists («على ثلاثة مستشفيات»), or, after «بينهم», names
    kinds that split any whole («براً … جواً»)."""
    by_sentence: dict[int, list[Claim]] = {}
    for claim, number in zip(claims, sentences):
        by_sentence.setdefault(number, []).append(claim)
    for number, members in by_sentence.items():
        text = members[0].sentence
        opener = _opener(text)
        if opener is None:
            continue
        # The list ends where another clause starts («… و6 إلى مستشفى أرغلي، ولا يزال 4 منهم
        # في العناية المركزة»: those 4 are some of the 17, not a third group).
        end = _list_end(text, opener.at, items_only=opener.kind == _AMONG)
        parts = [c for c in members if opener.at < figure_start(c) < end and _exact(c)]
        if parts and opener.kind == _DIVIDED and _counts_the_groups(text, opener.at, parts[0]):
            parts = parts[1:]
        figures_before = [c for c in members if figure_start(c) < opener.at and _exact(c)]
        if (opener.kind == _AMONG and figures_before
                and not text[figure_end(figures_before[-1]):opener.start].strip()):
            # «بلغ 34 جريحاً، يرقد 18 منهم في … و11 في … و8 في …»: a figure right before
            # «منهم» is the list's first part, and the whole is the figure before it
            parts = [figures_before.pop(), *parts]
        before = [c for k, c in enumerate(figures_before)
                  if not _qualifies_another(text, c, figures_before[k - 1] if k else None, parts)]
        whole = before[-1] if before else None
        if whole is not None and _list_end(text, figure_end(whole)) < opener.start:
            whole = None  # «… سباق 800 متر حرة، فيما توزعت النحاسيات على …»: another clause's
        # «بينهم» far from any figure is among what the sentence named, not a count; a detail
        # of the whole may stand between («187 رحلة خلال الأيام الثلاثة الأولى من الإضراب، منها»)
        if opener.kind == _AMONG and (whole is None or _words_between(
                text, figures_before[-1], opener.start) > _AMONG_AFTER_WHOLE_WORDS):
            continue
        in_list = parts  # the list's figures before those of another kind are left out
        if whole is not None:
            # a share is no part of a count, nor a count of a share («موزعة على …، مشيرة إلى
            # أن نسبة المشاركة بلغت 87%»)
            parts = [p for p in parts if (p.unit == "%") == (whole.unit == "%")]
            # «214 سباحا وسباحة، هم 124 سباحا و86 سباحة، يمثلون 16 دولة»: a figure of another
            # counted noun than the whole's is not one of its parts
            noun = whole.unit or counted_noun(whole)
            if noun:
                parts = [p for p in parts if not p.unit or part_of_unit(p.unit, noun)]
            if UNITS.get(whole.unit or "") == _MONEY:
                # «نحو 6.1 مليون دينار، توزعت على 3.4 مليون سهم … 2150 عقداً»: shares and
                # contracts are what the money bought, not parts of it
                parts = [p for p in parts if p.unit == whole.unit or not counted_noun(p)]
        if len(parts) < 2:
            continue
        if whole is None and opener.divided is not None:
            named = [c for c in by_sentence.get(number - 1, [])
                     if _exact(c) and c.measure == opener.divided]
            whole = named[-1] if named else None
        parts_noun = parts[0].unit or counted_noun(parts[0])
        # (a noun alone points back to counts only: «توزعت النحاسيات على سباقات 200 متر …»
        # names races, not lengths of a whole)
        earlier = by_sentence.get(number - 1, [])
        points_back = opener.points_back or (opener.named and (
            UNITS.get(parts[0].unit or "") not in _MEASURED
            or (earlier and _names_again(earlier[0].sentence, opener.named_words))))
        if whole is None and points_back and parts_noun:
            # «وتوزعت هذه الطلبات بين 3,4 مليار دولار …», «توزع المرضى المنقولون على مستشفى
            # … استقبل 88 مريضا»: what the sentence before counted in the parts' noun
            named = [c for c in earlier if _exact(c) and (c.unit or counted_noun(c)) == parts_noun]
            # of several («3470 حالة، بينها 52 وفاة، فيما بلغ عدد المتعافين 2980 حالة»), the
            # one the parts add up to, else the last
            added = sum(p.value.min for p in parts)
            whole = next((c for c in named if c.value.min <= added <= c.value.max),
                         named[-1] if named else None)
        if whole is None or any(p.value.min >= whole.value.min for p in parts):
            continue
        units = {c.unit for c in parts if c.unit}
        if whole.unit and not all(part_of_unit(u, whole.unit) for u in units):
            continue  # «9 بؤر … أربعة أقاليم: 4 …»: the provinces are not foci
        if len(units) > 1 and not all(UNITS.get(u) == "people" for u in units) and not (
                whole.unit and all(part_of_unit(u, whole.unit) for u in units)):
            continue  # parts of different things (people of several kinds may be one whole's)
        if opener.kind == _AMONG:
            closed = _complete(text, opener.at, parts) or _complementary(text, parts)
        else:
            # «هم 124 سباحا و86 سباحة»: «هم», «هي» introduce the whole list (LIST_INTRO);
            # a distribution verb divides all of its whole among the parts right after its
            # «على»/«بين» («موزعة بين 7,5 ملايين … و4 ملايين»), unless the list says it names
            # some; parts after a clause of their own («على المستشفيات، إذ استقبل …») are
            # examples
            # … or labels its first item («بين نفقات جارية بقيمة 11,38 مليار دينار ونفقات
            # رأسمالية بقيمة 1,67 مليار»)
            lead = text[opener.at:figure_start(parts[0])]
            # («على مستشفى البشير الذي استقبل 88 مريضا، ومستشفى …»: a relative pronoun goes
            # on labelling the item)
            direct = (len([w for w in _words(lead) if w not in _RELATIVE]) <= _ITEM_LABEL_WORDS
                      and not _CLAUSE_BREAK.search(lead))
            closed = (opener.kind == _LISTED or _complete(text, opener.at, parts) or (
                direct and not _SOME_OF & set(_words(text[opener.start:end]))))
        # («142 طاقما … توزعوا بين 61 سيارة و54 دراجة»: items of another noun than the
        # whole's were left out, so the rest is not all of it)
        left_out = any(figure_start(p) < figure_start(parts[-1]) for p in in_list if p not in parts)
        yield (whole, parts, closed and not left_out and not _uncounted_item(text, opener.at, end),
               _dual_items(text, opener.at, end))


def _summed_lists(claims: list[Claim], sentences: list[int]):
    """(total, its parts, True, no dual items) for each list closed by its sum: «وشارك 2460 قاربا تقليديا
    و190 سفينة للصيد الساحلي و260 سفينة لصيد أعالي البحار، بإجمالي 2810 وحدات». The parts
    are the figures before «بإجمالي», «بمجموع», «ما مجموعه», each item opening with «و» but the
    first; the sum says they are all of it. Items may count different nouns (boats and ships
    are the fleet's units), not different measures (money beside a count)."""
    for k, total in enumerate(claims):
        if not _exact(total) or k < 2:
            continue
        start = figure_start(total)
        words = _WORD.findall(total.sentence[max(0, start - _SUM_WORD_CHARS):start])
        if not words or normalize_word(words[-1]) not in _SUM_BEFORE:
            continue
        parts: list[Claim] = []
        for j in range(k - 1, -1, -1):
            part = claims[j]
            if sentences[j] != sentences[k] or not _exact(part):
                break
            after = total if not parts else parts[0]
            between = part.sentence[figure_end(part):figure_start(after)]
            if parts and not _ITEM_JOIN.search(between):
                break  # no «و» opens the next item: the list starts after this figure
            if not parts and (_DIGIT.search(between) or len(_WORD.findall(between)) > _LAST_ITEM_WORDS + 1):
                break
            parts.insert(0, part)
        if len(parts) < 2 or any(p.value.min >= total.value.min for p in parts):
            continue
        if any(_per_head(part, nxt) for part, nxt in zip(parts, [*parts[1:], total])):
            continue  # «100 ألف جنيه لأسرة كل طفل … بإجمالي 820 ألف»: rates, not parts
        kinds = {UNITS.get(c.unit) for c in (total, *parts) if c.unit}
        if (kinds & _MEASURED or any(c.unit == "%" for c in (total, *parts))) and len(
                {c.unit for c in (total, *parts)}) > 1:
            continue
        yield total, parts, True, ()


def _per_head(part: Claim, after: Claim) -> bool:
    """Is the amount given per head («لأسرة كل طفل», «لكل مصاب», «للفرد»), in the words
    between it and the next figure?"""
    between = part.sentence[figure_end(part):figure_start(after)]
    return any(normalize_word(w) in _PER_HEAD for w in _WORD.findall(between))


def _vote_splits(claims: list[Claim], sentences: list[int]):
    """(whole, the votes, False, no dual items) for each sentence that splits a vote and
    takes it from a whole after it: «حصل على تأييد ١٦ دولة، مقابل معارضة ٣ دول وامتناع ٣ دول عن التصويت،
    من أصل ٢١ دولة عضواً». Votes for and against (abstentions too) never overlap: together
    they cannot exceed the members or voters they are taken from."""
    by_sentence: dict[int, list[Claim]] = {}
    for claim, number in zip(claims, sentences):
        by_sentence.setdefault(number, []).append(claim)
    for members in by_sentence.values():
        sides = {side: c for c in members if _exact(c) and (side := _vote_side(c)) is not None}
        if not {"for", "against"} <= set(sides):
            continue
        last = max(figure_start(c) for c in sides.values())
        whole = next((c for c in members if c.role == "whole" and figure_start(c) > last
                      and c.value.max is not None), None)
        if whole is not None:
            yield whole, sorted(sides.values(), key=figure_start), False, ()


def _vote_side(claim: Claim) -> str | None:
    """"for", "against" or "abstained": what the words right around a count of votes say."""
    before = _words(claim.sentence[max(0, figure_start(claim) - _SIDE_CHARS):figure_start(claim)])
    after = _words(claim.sentence[figure_end(claim):figure_end(claim) + _SIDE_CHARS])
    near = {_bare(w) for w in before[-_SIDE_WORDS:]}
    if near & _VOTES_FOR:
        return "for"
    if near & _VOTES_AGAINST or {_bare(w) for w in after[:_SIDE_WORDS]} & _VOTES_AGAINST_AFTER:
        return "against"
    return "abstained" if near & _ABSTAINED else None


def _bare(word: str) -> str:
    """The word without «و»/«ب» and the article glued to it («بالموافقة» → «موافقة»)."""
    for prefix in _SIDE_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):]
    return word


def _qualifies_another(text: str, figure: Claim, previous: Claim | None,
                       parts: list[Claim]) -> bool:
    """Is a figure before the list a detail of another rather than a whole: a stretch of time
    («187 رحلة خلال الأيام الثلاثة الأولى») when the parts are no durations, or where the
    figure before it comes from («142 طاقما من 28 دولة»)?"""
    if UNITS.get(figure.unit or "") == "duration" and not any(p.unit == figure.unit for p in parts):
        return True
    if previous is None:
        return False
    between = _words(text[figure_end(previous):figure_start(figure)])
    if len(between) <= _POOL_AFTER_WORDS and tuple(between[-2:]) in _POOL:
        return True  # «اختيرت من بين 912 فيلماً»: what the figure before was chosen from
    return bool(between) and len(between) <= _FROM_AFTER_WORDS and between[-1] in _FROM


def _complementary(text: str, parts: list[Claim]) -> bool:
    """Do the parts name, one each, every kind of a set that splits any whole («رجلا» and
    «نساء»; «براً» and «جواً»)? The words right after each figure are read."""
    ends = [figure_start(p) for p in parts[1:]] + [len(text)]
    # each figure's own words (its noun: «25014 امرأة») and those after it, up to the next
    after = [set(_words(text[figure_start(p):min(figure_end(p) + _KIND_WINDOW, stop)]))
             for p, stop in zip(parts, ends)]
    for kinds in _COMPLEMENTARY:
        if len(kinds) != len(parts):
            continue
        hit = [{k for k, forms in enumerate(kinds) if forms & words} for words in after]
        if all(len(h) == 1 for h in hit) and set().union(*hit) == set(range(len(kinds))):
            return True
    return False


def _words_between(text: str, figure: Claim, at: int) -> int:
    return len(_WORD.findall(text[figure_end(figure):at]))


def _words(text: str) -> list[str]:
    return [normalize_word(w) for w in _WORD.findall(text)]


def _counts_the_groups(text: str, at: int, first: Claim) -> bool:
    """«موزعة على 142 مستشفى عموميا، …»: a figure right after «على»/«بين» with only its noun
    before the clause ends is how many groups there are, not the first group's share («على 4
    حالات في ولاية محوت، و3 …» is)."""
    if text[at:figure_start(first)].strip():
        return False
    if _NEXT_FIGURE_ITEM.match(text, figure_end(first)):
        return False  # «بين 14 سودانياً و7 مصريين»: the next item follows, it is the first
    # its noun and an adjective, then the clause ends: no «في ولاية …» saying whose share;
    # or another count of containers follows («على 62 مكتب اقتراع في 19 مركز اقتراع»)
    noun = _WORD.findall(re.match(r"[^،,.:؛;\d٠-٩]*", text[figure_end(first):]).group())
    if noun and normalize_word(noun[0]) in _CONTAINER_PREPOSITIONS:
        return False  # «3,4 مليار دولار من الخليج»: whose share it is
    if noun and normalize_word(noun[-1]) in _CONTAINER_PREPOSITIONS:
        noun = noun[:-1]
    return len(noun) <= 2 and not (first.subject or first.site or first.places)


def _list_end(text: str, at: int, items_only: bool = False) -> int:
    """Where the list that starts at `at` ends: at the first word of another clause; with
    `items_only`, also at the first comma not followed by another figure («منها ٢٢ ذهبية
    و١٤ فضية و٩ برونزيات، وجاءت تونس ثانية بـ٢٨ ميدالية»)."""
    end = len(text)
    for m in _WORD.finditer(text, at):
        rest = normalize(text[m.start():m.start() + 12]).text
        if (any(_opens_with(rest, w) or _opens_with(rest, "و" + w) for w in _OTHER_CLAUSE)
                or normalize_word(m.group(0)) in _REPORTED_CLAUSE):
            end = m.start()
            break
    if items_only:
        for m in _NEXT_ITEM.finditer(text, at, end):
            if not m.group(1):
                return m.start()
    return end


def _names_again(sentence: str, words: tuple[str, ...]) -> bool:
    """Does the sentence before name what is divided in the same words («ارتفاع المساحات
    المعالجة … إلى 17500 هكتار» … «أن المساحات المعالجة توزعت على …»)? Then a measured
    whole (hectares, tonnes) is divided too, not only a count."""
    return bool(words) and set(words) <= set(_words(sentence))


def _opens_with(rest: str, phrase: str) -> bool:
    """Does the text open with the whole phrase, not a longer word («أضاف» is not the start
    of «إضافة إلى 18 فيلماً», an item of the list)?"""
    return rest.startswith(phrase) and not rest[len(phrase):len(phrase) + 1].isalpha()


def _dual_items(text: str, at: int, end: int) -> tuple[str, ...]:
    """The items of the list that are a dual of a counted noun, as written («بينهم ثلاثة
    أطفال وامرأتان وأربعة رجال»: «وامرأتان», two women). Only the nominative dual of a noun
    the lemma table knows («-ان», «-تان»): «-ين» is as often a sound plural («ومسنين»), and
    a word merely ending in «ان» a place or a plural («وأسوان», «وسكان») — unless «two»
    follows it («إضافة إلى مصريين اثنين»)."""
    return tuple([m.group(0).strip() for m in _AND_WORD.finditer(text, at, end)
                  if _is_dual(m.group(1))]
                 + [m.group(0).strip() for m in _NOUN_TWO.finditer(text, at, end)])


def _is_dual(word: str) -> bool:
    norm = normalize_word(word)
    lemma = lemma_key(norm)
    return lemma != norm and norm in (lemma + _DUAL_NOMINATIVE,
                                      lemma[:-1] + _FEMININE_DUAL_NOMINATIVE)


def _uncounted_item(text: str, at: int, end: int) -> bool:
    """Does an item of the list have no figure and no dual _dual_items counts («… و4
    للأحزاب الكردية، وحقيبتان للمكونات» when «حقيبة» is no noun the lemma table knows)?
    Then its parts cannot be all of the whole."""
    return any((dual := _DUAL_ITEM.match(item)) and not _DIGIT.search(item)
               and not _is_dual(dual.group(0).strip()[len(CONJUNCTIONS[0]):])
               for item in re.split(r"[،,]", text[at:end]))


class _Opener(NamedTuple):
    at: int  # where the list starts
    start: int  # where the word that opens it starts
    kind: str  # _LISTED («هي»), _DIVIDED (a distribution verb) or _AMONG («بينهم»)
    # the measure of what a distribution verb divides, or of the tally «هم» lists all of
    divided: str | None = None
    points_back: bool = False  # «هذه الطلبات»: what it divides is the sentence before's
    # «توزع المرضى المنقولون على …», «الشاحنات التي عبرت توزعت بين …»: the verb's subject is
    # a noun the sentence before counted
    named: bool = False
    # the subject's definite words, normalised («المساحات المعالجة»)
    named_words: tuple[str, ...] = ()


_LISTED, _DIVIDED, _AMONG = "listed", "divided", "among"


def _opener(text: str) -> _Opener | None:
    """Where a sentence starts dividing a whole: just past «على»/«بين» after a distribution
    verb (with the measure of what it divides, «الوفيات» → dead), past «هي», past
    «بينهم»/«منها»/«من بينهم», or past a colon that a figure's words lead to and a figure
    follows («23 رحلة قادمة حولت إلى مطارات الجوار: 11 رحلة إلى الدمام و7 …»: the list
    of all of it)."""
    by_words = _word_opener(text)
    colon = _LIST_COLON.search(text)
    if (colon is not None and (by_words is None or colon.start("colon") < by_words.start)
            and not _SAYING & {normalize_word(w) for w in _WORD.findall(colon.group())}):
        return _Opener(colon.end("colon"), colon.start("colon"), _LISTED)
    return by_words


# A figure, at most seven words of its clause and a colon, then a figure (a colon after
# «قال» opens a quotation, not a list).
_SAYING = frozenset(c + normalize_word(w) for w in SAYING_WORDS for c in ("", *CONJUNCTIONS))
_LIST_COLON = re.compile(r"\d[\d.,]*(?:\s+[^\W\d_]+){1,7}\s*(?P<colon>:)\s*(?=\d)")


def _word_opener(text: str) -> _Opener | None:
    words = list(_WORD.finditer(text))
    for k, m in enumerate(words):
        word = normalize_word(m.group())
        if word in _LIST_INTRO:
            # «أن الضحايا هم 19 امرأة و11 طفلا و16 رجلا»: the tally the list is all of, whose
            # count the sentence before may give
            divided = _MEASURE_OF.get(normalize_word(words[k - 1].group())) if k else None
            return _Opener(m.end(), m.start(), _LISTED, divided)
        if word in _AMONG_WORDS:
            return _Opener(m.end(), m.start(), _AMONG)
        if k + 1 < len(words) and f"{word} {normalize_word(words[k + 1].group())}" in _AMONG_PHRASES:
            return _Opener(words[k + 1].end(), m.start(), _AMONG)
        if word in _DISTRIBUTION:
            over = next((w for w in words[k + 1:k + 12] if normalize_word(w.group()) in _OVER), None)
            if over is not None:
                # what it divides, named right after the verb or right before it («الجثث
                # المنتشلة توزعت بين»)
                near = [normalize_word(w.group()) for w in (*words[k + 1:k + 4], *words[max(0, k - 3):k])]
                divided = next((_MEASURE_OF[w] for w in near if w in _MEASURE_OF), None)
                points_back = k + 1 < len(words) and normalize_word(words[k + 1].group()) in _THIS
                named = any(w.startswith(_ARTICLE) for w in near)
                # the subject's own words: up to «على»/«بين», not the first item's
                subject = [normalize_word(w.group()) for w in (
                    *words[k + 1:min(k + 4, words.index(over))], *words[max(0, k - 3):k])]
                return _Opener(over.end(), m.start(), _DIVIDED, divided, points_back, named,
                               tuple(w for w in subject if w.startswith(_ARTICLE)))
    return None


def _complete(text: str, at: int, parts: list[Claim]) -> bool:
    last = parts[-1]
    rest = normalize(text[figure_start(last):figure_end(last) + 30]).text.split()
    # the last item's own words, to its comma: «و450 وظيفة لمهندسين وفنيين من المحافظات الأخرى»
    item = _words(_CLAUSE_BREAK.split(text[figure_end(last):])[0])[:_LAST_ITEM_WORDS]
    if any(w in _REST for w in (*rest[:5], *item)):
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
# What says which side a count of votes is on: the two words before it (its noun, «صوتاً»,
# and «معارضاً» after it), read within this many characters.
_SIDE_WORDS, _SIDE_CHARS = 2, 40
_VOTES_FOR = frozenset(normalize_word(w) for w in VOTES_FOR_BEFORE)
_VOTES_AGAINST = frozenset(normalize_word(w) for w in VOTES_AGAINST_BEFORE)
_VOTES_AGAINST_AFTER = frozenset(normalize_word(w) for w in VOTES_AGAINST_AFTER)
_ABSTAINED = frozenset(normalize_word(w) for w in ABSTAINED_BEFORE)
# «وامتناع», «بموافقة», «بالموافقة», «والمعارضة»: longest first
_SIDE_PREFIXES = tuple(sorted({normalize_word(c + p) for c in ("", *CONJUNCTIONS, "ب")
                               for p in ("", ARTICLE)} - {""}, key=len, reverse=True))
_ARTICLE = normalize_word(ARTICLE)
_LIST_INTRO = frozenset(normalize_word(w) for w in LIST_INTRO)
_DISTRIBUTION = frozenset(normalize_word(w) for w in DISTRIBUTION_VERBS) | frozenset(
    c + normalize_word(w) for w in DISTRIBUTION_VERBS for c in CONJUNCTIONS)
_OVER = frozenset(normalize_word(w) for w in (*DISTRIBUTED_OVER, *DISTRIBUTED_AS))
_REST = frozenset(normalize_word(w) for w in REST_ITEM_WORDS)
_AMONG_WORDS = frozenset(normalize_word(w) for w in AMONG_WORDS)
_AMONG_PHRASES = frozenset(" ".join(normalize_word(w) for w in p.split()) for p in AMONG_PHRASES)
_SOME_OF = frozenset(normalize_word(w) for w in (*SOME_OF_WORDS, *LIST_OPEN_ENDED, *AMONG_WORDS))
_THIS = frozenset(normalize_word(w) for w in THIS_WORDS)
def _nationality_forms() -> frozenset[str]:
    """Every nationality adjective of lexicon/places.py as a list item writes it: «السعودية»,
    «أردنيا», «مصريين», «الأردنيون»."""
    forms: set[str] = set()
    for adjectives in PLACES.values():
        for adjective in (normalize_word(a) for a in adjectives if " " not in a):
            stem = adjective[len(_ARTICLE):] if adjective.startswith(_ARTICLE) else adjective
            stem = stem[:-1] if stem.endswith(_FEMININE) else stem
            if len(stem) < 3 or not stem.endswith(_NISBA):
                continue  # a country's name, not its adjective
            for ending in ("", *_NISBA_ENDINGS):
                forms.update((stem + ending, _ARTICLE + stem + ending))
    return frozenset(forms)


_FEMININE = normalize_word(FEMININE_ENDING)
_NISBA = normalize_word(NISBA_LETTER)
_NISBA_ENDINGS = tuple(normalize_word(e) for e in NISBA_ENDINGS)
_COMPLEMENTARY = tuple(tuple(frozenset(normalize_word(w) for w in forms)
                             | (_nationality_forms() if forms is NATIONALS else frozenset())
                             for forms in kinds)
                       for kinds in COMPLEMENTARY_KINDS)
# The share of the worst-case rounding a sum may use up and still hold.
_EDGE = 0.99
# How many words of the last item are read for the rest («من المحافظات الأخرى»).
_LAST_ITEM_WORDS = 8
# At most this many words between a whole and «بينهم» («انتشال 34 جثة، بينهم»).
_AMONG_AFTER_WHOLE_WORDS = 4
# How far after a part's figure its kind is named («48 ألفاً عبروا براً»), in characters.
_KIND_WINDOW = 30
# «142 طاقما من 28 دولة»: at most this many words (the first figure's noun, «من») between a
# figure and the one that says where it comes from.
_FROM_AFTER_WORDS = 3
_FROM = frozenset(normalize_word(w) for w in ORIGIN_WORDS)
_POOL = frozenset(tuple(normalize_word(w) for w in p.split()) for p in POOL_PHRASES)
# … and the pool's phrase, with its verb and the figure's noun before it («دولة، اختيرت»).
_POOL_AFTER_WORDS = 5
_SUM_BEFORE = frozenset(normalize_word(w) for w in SUM_BEFORE_TOTAL)
_PER_HEAD = frozenset(normalize_word(w) for w in PER_HEAD_WORDS)
# How far before a total its «بإجمالي» is looked for, in characters (the word and a space).
_SUM_WORD_CHARS = 20
# The next item of a list opens with «و»: «… تقليديا و190 …», «… الساحلي، و260 …».
_ITEM_JOIN = re.compile(rf"(?:^|\s){CONJUNCTIONS[0]}\s*$")
# Units of a measure, not a count: a list of counts never holds one beside a count.
_MONEY = "money"  # lexicon/units.py: the category of currencies
_MEASURED = frozenset({"money", "distance", "weight", "volume", "area", "power", "duration",
                       "percent", "points", "basis-points", "celsius", "degrees"})
_RELATIVE = frozenset(normalize_word(w) for w in RELATIVE_PRONOUNS)
_CONTAINER_PREPOSITIONS = frozenset(normalize_word(w) for w in AFTER_FIGURE_PREPOSITIONS)
# A comma, and whether a figure opens the next item («، و3 …»).
_NEXT_ITEM = re.compile(r"[،,]\s*(و?\s*[\d٠-٩])?")
_DIGIT = re.compile(r"[\d٠-٩]")
# A figure's noun and adjectives, then «و» and the next figure: «14 سودانياً و7 …», «1,62
# مليون سائح أوروبي، و2,2 مليون …».
_NEXT_FIGURE_ITEM = re.compile(rf"[^\W\d_\s]*(?:\s+[^\W\d_\s]+){{0,2}}\s*[،,]?\s*{CONJUNCTIONS[0]}\s*[\d٠-٩]")
_CLAUSE_BREAK = re.compile(r"[،,:؛;]")
# Words between a distribution's «على»/«بين» and its first figure that still label the
# item, not open a clause of their own: a noun, an adjective, «بقيمة».
_ITEM_LABEL_WORDS = 3
# An item that opens with a dual noun («وحقيبتان», «ومستشفيين»): it counts two, in words.
# A word opening with «و» (an item of a list), and the endings of a nominative dual.
_AND_WORD = re.compile(rf"(?<![^\W\d_]){CONJUNCTIONS[0]}([^\W\d_]+)")
_NOUN_TWO = re.compile(rf"(?<![^\W\d_])[^\W\d_]+\s+(?:{'|'.join(normalize_word(w) for w in TWO_AFTER_NOUN)})"
                       rf"(?![^\W\d_])")
_DUAL_NOMINATIVE = normalize_word(DUAL_ENDINGS[0])
_FEMININE_DUAL_NOMINATIVE = normalize_word(FEMININE_DUAL_ENDING)
_TWO = 2
_DUAL_ITEM = re.compile(rf"\s*{CONJUNCTIONS[0]}[^\W\d_]+(?:{'|'.join(DUAL_ENDINGS)})(?![^\W\d_])")
_OTHER_CLAUSE = tuple(normalize(w).text for w in (*OTHER_CLAUSE_WORDS, *SAYING_WORDS,
                                                  *LIST_END_WORDS))
_REPORTED_CLAUSE = frozenset(normalize_word(w) for w in REPORTED_CLAUSE_OPENERS)
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


def _mismatch(total: Claim, parts: list[Claim], added: float,
              topic_of: Mapping[str, Topic], duals: tuple[str, ...] = ()) -> Finding:
    sum_text = " + ".join([*(figure_text(p.value.min) for p in parts),
                           *(f"{_TWO} («{dual}»)" for dual in duals)])
    lines = sorted({p.span.line for p in parts})
    where = f"line {lines[0]}" if len(lines) == 1 else f"lines {lines[0]}–{lines[-1]}"
    what = f"{total.measure} as" if total.measure else "a total of"
    message = (f"{total.article} gives {what} {total.value.describe()} (line "
               f"{total.span.line}: «{total.text.strip()}») but its breakdown adds up to "
               f"{figure_text(added)}: {sum_text} ({where}).")
    return finding(CHECK, CHECK.default_severity, topic_of.get(total.id), [total, *parts],
                   message, primary=total)


CHECK = Check(id="breakdown-sum", name="BreakdownSum", default_severity=Severity.WARNING,
              status=CheckStatus.PREVIEW, scope=Scope.FIGURES, doc=__doc__, run=run)
