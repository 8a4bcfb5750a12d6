"""lemma_key: one key for every form of a figure's counted noun or cue, and no false merge.

Each row is two phrases as news writes them, the word in question in [brackets]; the
bracketed words must have the same key (SAME) or different keys (DIFFERENT). A false merge
is worse than a miss: the DIFFERENT rows are the words a stemmer folds together.
"""

from __future__ import annotations

import re

import pytest

from factcheck.extract.lemmas import LEMMAS, VERBS, _noun_forms, lemma_key, lemma_of
from factcheck.extract.normalize import normalize, normalize_word
from factcheck.extract.words import word_key, words_of


def marked(phrase: str) -> str:
    """The bracketed word of a phrase, normalised and tokenised as extraction does."""
    found = re.search(r"\[([^\]]+)\]", phrase)
    assert found, f"no [word] in {phrase!r}"
    (word,) = words_of(normalize(found.group(1)).text, normalized=True)
    return word


SAME = [
    # casualties: broken plurals, duals, tanween, clitics
    ("ارتفع عدد [القتلى] إلى 111", "سقط 111 [قتيلا] في الهجوم"),
    ("أسفر عن سقوط [قتيلين] وجريح", "لا يزال [القتيل] مجهول الهوية"),
    ("نشرت أسماء [والقتلى] والجرحى", "أحصت 19 [قتيلاً]"),
    ("ارتفع عدد [الشهداء] إلى 40", "سقط 12 [شهيدا]"),
    ("انتشلت فرق الإنقاذ 30 [جثة]", "نقلت [الجثث] إلى المستشفى"),
    ("تعرف الأهالي على [جثتين]", "دفنت [الجثث] أمس"),
    ("ارتفع عدد [الوفيات] إلى 550", "سجلت 14 حالة [وفاة]"),
    ("أعلنت [بوفاة] ثلاثة", "بلغت [وفيات] الحر 90"),
    ("بلغ عدد [المتوفين] 90", "أعلنت أسماء [المتوفى]"),
    ("سقط 18 [متوفيا]", "وقال إن [متوفين] بينهم أطفال"),
    ("ارتفع عدد [الضحايا] إلى 300", "كل [ضحية] لها اسم"),
    ("أسفر عن 1042 [جريحا]", "نقل [الجرحى] إلى المستشفيات"),
    ("تسجيل 500 [إصابة]", "ارتفع عدد [المصابين] إلى 500"),
    ("بينهم 20 [مصابا]", "وبلغت [الإصابات] 90"),
    ("ما زال 30 [مفقودا]", "تبحث الفرق عن [المفقودين]"),
    ("نزح 20 ألف [نازح]", "تضاعف عدد [النازحين]"),
    ("أطلق سراح 12 [أسيرا]", "بادلت [الأسرى]"),
    # cue words
    ("284 شخصا [لقوا] حتفهم", "[لقي] 40 حاجا حتفهم"),
    ("284 شخصا لقوا [حتفهم]", "لقي حاج [حتفه]"),
    ("[توفي] 20 حاجا", "[توفوا] بسبب الحر"),
    ("[أصيب] 30 شخصا", "[أصيبوا] بجروح"),
    ("أسفر عن [مقتل] 19", "أعلن [بمقتل] جنديين"),
    ("لقي 12 شخصا [مصرعهم]", "لقي سائق [مصرعه]"),
    # people
    ("توفي 41 [حاجا] من الأردن", "ارتفع عدد [الحجاج] القادمين"),
    ("امتلأت الطرق [بالحجيج]", "وصل [حاج] من الجزائر"),
    ("نشر 2500 [جندي]", "انسحب [الجنود] من القاعدة"),
    ("أرسل 300 [عسكري]", "قتل 3 [عسكريين]"),
    ("وفاة 19 [شخصا]", "إجلاء آلاف [الأشخاص]"),
    ("بينهم 40 [طفلا]", "إجلاء [الأطفال] والنساء"),
    ("بينهم 12 [امرأة]", "إجلاء الأطفال [والنساء]"),
    ("قالت [المرأة] للمراسل", "بينهم [امرأتين]"),
    # money, units, votes, buildings
    ("بلغ سعر الصرف 46 [جنيها]", "تراجع [الجنيه] مقابل الدولار"),
    ("بيع 5 مليارات [جنيه]", "أصدرت سندات [بالجنيه]"),
    ("حصل على 7 مليارات [دولار]", "تراجع [الدولار] في السوق"),
    ("بلغت الصادرات 5 ملايين [طن]", "تصدير [أطنان] من القمح"),
    ("بلغ سعر [الطن] 300 دولار", "شحنت 40 [طنا]"),
    ("رفع الفائدة 250 [نقطة] أساس", "خفضها 200 [نقاط] أساس"),
    ("فاز الحزب بـ 40 [مقعدا]", "توزيع [المقاعد] على القوائم"),
    ("حصل على 1200 [صوت]", "فرز [الأصوات] مستمر"),
    ("دمر الزلزال 200 [منزل]", "انهارت [المنازل] في القرية"),
    ("تضرر 50 [مبنى]", "انهارت [المباني] القديمة"),
    ("تضررت 12 [مدرسة]", "أغلقت [المدارس] أبوابها"),
    ("سجلت 7242 [هزة] ارتدادية", "تتوالى [الهزات] الارتدادية"),
]

DIFFERENT = [
    # the distractors stemmers fold into a measure noun
    ("سقط 111 [قتيلا]", "اندلع [القتال] في المدينة"),
    ("ارتفع عدد [القتلى]", "[قتال] عنيف في الشمال"),
    ("بلغ سعر الصرف 46 [جنيها]", "بدأ موسم [جني] المحصول"),
    ("تراجع [الجنيه] مقابل الدولار", "أسهم في [جني] الأرباح"),
    ("توفي 41 [حاجا]", "أدى الملايين [الحج] في موسمه"),
    ("ارتفع عدد [الحجاج]", "ما زالت [الحاجة] ماسة إلى المساعدات"),
    ("شارك 1200 [حاج]", "تلبية [حاجات] السكان"),
    ("ارتفع عدد [الشهداء] إلى 40", "قدم [شهادة] أمام المحكمة"),
    ("وفاة 19 [شخصا]", "التقى [شخصيات] سياسية"),
    ("حصل على 7 مليارات [دولار]", "شاركت 20 [دولة] في القمة"),
    ("فاز الحزب بـ 40 [مقعدا]", "أغلقت [قواعد] عسكرية"),
    ("سجلت 14 حالة [وفاة]", "عبر عن [الوفاء] للضحايا"),
    ("ارتفع عدد [الوفيات]", "وصل [وفد] رسمي"),
    ("بلغت الصادرات 5 ملايين [طن]", "عاد إلى [وطنه] بعد سنوات"),
    ("شحنت 40 [طنا]", "قدم لهم [وطنا] جديدا"),
    ("تضرر 50 [مبنى]", "بدأت أعمال [البناء]"),
    ("بلغ عدد [الناخبين] مليونين", "جرت [الانتخابات] أمس"),
    # synonyms are not inflections: the measure table joins them, not the lemma
    ("ارتفع عدد [الشهداء]", "ارتفع عدد [القتلى]"),
    ("بلغ عدد [المتوفين] 90", "ارتفع عدد [الوفيات]"),
    # a noun and its verb are two lemmas
    ("سقط 111 [قتيلا]", "[قتل] 12 شخصا"),
    ("أسفر عن [مقتل] 19", "[قتلوا] في القصف"),
    # number words: twenty is not ten, thirty not three
    ("بلغ عددهم [عشرين]", "بلغ عددهم [عشرة]"),
    ("نحو [ثلاثين] قتيلا", "نحو [ثلاثة] قتلى"),
    # places and adjectives keep their own keys
    ("وصل إلى [البحرين]", "غرق في [البحر]"),
    ("تراجع الجنيه [المصري]", "وصل إلى [مصر]"),
]


@pytest.mark.parametrize("a, b", SAME)
def test_same_lemma(a, b):
    assert lemma_key(marked(a)) == lemma_key(marked(b))


@pytest.mark.parametrize("a, b", DIFFERENT)
def test_different_lemma(a, b):
    assert lemma_key(marked(a)) != lemma_key(marked(b))


@pytest.mark.parametrize("word, key", [
    ("القتلى", "قتيل"), ("جثث", "جثه"), ("متوفين", "متوفي"), ("نساء", "امراه"),
    ("حجيج", "حاج"), ("إصابات", "مصاب"), ("لقوا", "لقي"),
])
def test_the_key_is_the_lemma_in_normal_form(word, key):
    assert lemma_key(word) == key


@pytest.mark.parametrize("word", [
    "القاعدة", "وبالقوات", "بحلول", "الأمريكية", "2500", "عشرين", "حاجة", "جني", "قتال",
])
def test_an_unlisted_word_keeps_its_word_key(word):
    assert lemma_of(word) is None
    assert lemma_key(word) == word_key(word)


def test_input_may_be_normalised_or_not():
    for word in ("القتلى", "إصابة", "امرأة", "متوفى", "جثة"):
        assert lemma_key(word) == lemma_key(normalize_word(word))


def test_every_listed_form_reaches_its_lemma_and_no_form_two():
    seen: dict[str, str] = {}
    for lemma, others in LEMMAS.items():
        for form in _noun_forms(lemma, others):
            assert lemma_key(form) == normalize_word(lemma), form
            assert seen.setdefault(normalize_word(form), lemma) == lemma, form
    for verb, forms in VERBS.items():
        for form in (verb, *forms):
            assert lemma_key(form) == normalize_word(verb), form


def test_a_two_letter_lemma_needs_the_article_after_a_proclitic():
    assert lemma_key("والطن") == lemma_key("طن") == lemma_key("للطن")
    assert lemma_key("وطنا") != lemma_key("طنا")


def test_it_is_cached():
    lemma_key.cache_clear()
    lemma_key("قتيلا")
    lemma_key("قتيلا")
    assert lemma_key.cache_info().hits >= 1
