"""One key per lemma for the words that say what a figure measures.

`word_key` (words.py) strips what an editor would not count as a difference — clitics, the
article, the tanween alif — so «والقتلى» and «قتلى» meet, but «قتيلا» and «قتلى» do not:
a broken plural shares no suffix with its singular. `lemma_key` joins them: every
inflection of a lemma listed in LEMMAS below (singular, tanween, dual, sound and broken
plurals, with any clitic) has the lemma's key; any other word keeps its `word_key`, so
nothing outside the table changes.

Why a table and not a morphology library (benchmarks/morphology.py, benchmarks/README.md,
"Morphology"): the stemmers (snowball, tashaphyne) do not know broken plurals at all and
fold words that mean other things into measure nouns (حاجة need → حاج pilgrim once ة is
written ه, جنيه pound → جن); qalsadi's dictionary knows the plurals but takes 2-3 ms a
word, pulls in 56 MB and is GPL, and still folds جنيه into جني. The figures need a few
hundred nouns and verbs, all listed here, and a false merge (قتلى with قتال) is worse than
a miss.

Synonyms are not inflections: شهيد and قتيل stay two lemmas, both of which the measure
table names «dead». Number words are never in the table (عشرين is not a plural of عشر).

Input is a normalised word (normalize_word; أ→ا, ى→ي, ة→ه); the key is the lemma's
normal form («قتيل», «جثه», «متوفي»).
"""

from __future__ import annotations

from functools import lru_cache

from factcheck.extract.normalize import normalize_word, stem_candidates
from factcheck.extract.words import word_key
from factcheck.lexicon.clitics import ARTICLE, LAM_ARTICLE
from factcheck.lexicon.lemmas import LEMMAS, NO_TANWEEN_ALIF_AFTER, VERBS

_ARTICLES = (ARTICLE, LAM_ARTICLE)

__all__ = ["LEMMAS", "VERBS", "lemma_key", "lemma_of"]


_SHORT = 3  # a lemma this short takes no dual (طنين is "buzz" as often as "two tons")


def _noun_forms(lemma: str, others: tuple[str, ...]) -> set[str]:
    forms = {lemma, *others}
    if lemma.endswith("ة"):  # dual of a feminine: جثتين, جثتان
        forms |= {lemma[:-1] + "تين", lemma[:-1] + "تان"}
    elif not lemma.endswith("ى") and len(lemma) >= _SHORT:
        forms |= {lemma + "ين", lemma + "ان"}
    for other in others:  # the feminine forms among the others take a dual too (إصابتين)
        if other.endswith("ة"):
            forms |= {other[:-1] + "تين", other[:-1] + "تان"}
    for form in others:  # a sound masculine plural is listed nominative: add the oblique
        if form.endswith("ون"):
            forms.add(form[:-2] + "ين")
    for form in list(forms):  # the tanween alif of an indefinite accusative
        if not form.endswith(NO_TANWEEN_ALIF_AFTER):
            forms.add(form + "ا")
    return forms


def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    entries = [(lemma, _noun_forms(lemma, others)) for lemma, others in LEMMAS.items()]
    entries += [(verb, {verb, *others}) for verb, others in VERBS.items()]
    for lemma, forms in entries:
        key = normalize_word(lemma)
        for form in forms:
            norm = normalize_word(form)
            if index.get(norm, key) != key:
                raise ValueError(f"{form!r} is a form of both {index[norm]!r} and {key!r}")
            index[norm] = key
    return index


_FORMS: dict[str, str] = _index()


def _known(candidate: str, prefix: str) -> str | None:
    found = _FORMS.get(candidate)
    # A two-letter lemma reached by cutting a one-letter proclitic is more often another
    # word (وطنا is a homeland, not "and a ton"): it counts only with the article (والطن).
    if found is not None and len(found) < _SHORT and prefix and not prefix.endswith(_ARTICLES):
        return None
    return found


def lemma_of(word: str) -> str | None:
    """The lemma key of a listed word in any of its forms, else None."""
    norm = normalize_word(word).strip()
    for candidate in stem_candidates(norm) if norm else ():
        found = _known(candidate, norm[: len(norm) - len(candidate)])
        if found is None and candidate.startswith(_ARTICLES):  # الطن: too short to be cut
            found = _known(candidate[2:], norm[: len(norm) - len(candidate) + 2])
        if found is not None:
            return found
    return None


@lru_cache(maxsize=1 << 16)
def lemma_key(word: str) -> str:
    """The lemma of a listed noun or verb in any form, else the word's `word_key`."""
    found = lemma_of(word)
    return found if found is not None else word_key(word)
