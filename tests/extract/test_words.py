"""Word and phrase matching the way an editor reads Arabic."""

import pytest

from factcheck.extract.words import Phrase, holds_phrase, phrase_keys, same_word, word_key, words_of


@pytest.mark.parametrize(
    "word, key",
    [
        ("عسكرياً", "عسكري"),  # tanween alif after a consonant
        ("عسكريا", "عسكري"),
        ("جندياً", "جندي"),
        ("ألفاً", "الف"),
        ("يحيى", "يحي"),  # ى → ي, then the doubled ي collapses
        ("يحيي", "يحي"),
        ("وبالقوات", "قوات"),
        ("والقوات", "قوات"),
        ("للقوات", "قوات"),
        ("القاعدة", "قاعده"),
        ("بحلول", "حلول"),
        ("قالوا", "قالوا"),  # alif after و is not tanween
        ("قواتها", "قواتها"),  # the pronoun ها stays
        ("جدا", "جدا"),  # too short to cut
        ("2500", "2500"),
    ],
)
def test_word_key(word, key):
    assert word_key(word) == key


SAME = [
    ("الأميركية", "الأمريكية"),
    ("أميركا", "أمريكا"),  # one adjacent swap
    ("يحيى", "يحي"),
    ("القوات", "وبالقوات"),
    ("قاعدة", "القاعدة"),
    ("عسكريا", "عسكري"),
    ("جندي", "جنديا"),
    ("الولايات", "ولايات"),  # ولايات alone over-strips to ايات; forms still meet
    ("سورية", "سوريا"),
    ("الأسد", "الاسد"),
    ("تشرين", "وتشرين"),
    ("عين الأسد", "عين الاسد"),
]

DIFFERENT = [
    ("سوريا", "العراق"),
    ("جندي", "دولة"),
    ("ايران", "ايلول"),
    ("2500", "25000"),  # figures never match fuzzily
    ("2500", "3500"),
    ("الثاني", "الثالث"),
    ("يونيو", "يوليو"),
    ("ديسمبر", "نوفمبر"),
    ("الأربعاء", "الأحد"),
    ("جنود", "جندي"),
]


@pytest.mark.parametrize("a, b", SAME)
def test_same_word(a, b):
    assert same_word(a, b)
    assert same_word(b, a)


@pytest.mark.parametrize("a, b", DIFFERENT)
def test_not_same_word(a, b):
    assert not same_word(a, b)
    assert not same_word(b, a)


def test_words_of_drops_punctuation_and_normalises():
    assert words_of("وتنشر الولايات المتحدة ٢٬٥٠٠ جندي، في «العراق».") == (
        "وتنشر", "الولايات", "المتحده", "2,500", "جندي", "في", "العراق")
    assert words_of("(حتى 31/12)") == ("حتي", "31", "12")
    assert words_of("US troops") == ("us", "troops")
    assert words_of("المتحده", normalized=True) == ("المتحده",)
    assert words_of(" ،. ") == ()


CONTEXT = words_of("وقالت واشنطن إن القوات الأمريكية في قاعدة عين الاسد ستغادر بحلول نهاية العام")


@pytest.mark.parametrize(
    "phrase, index",
    [
        ("واشنطن", 1),
        ("القوات الأميركية", 3),  # spelling variant inside a phrase
        ("قوات", 3),
        ("عين الأسد", 7),
        ("القاعدة", 6),
        ("حلول", 10),
        ("نهاية العام", 11),
        ("الولايات المتحدة", None),
        ("عين العراق", None),  # words must be consecutive and all match
        ("الاسد عين", None),  # order matters
    ],
)
def test_phrase_find(phrase, index):
    p = Phrase(phrase)
    assert p.find(CONTEXT) == index
    assert p.in_(CONTEXT) is (index is not None)


def test_phrase_find_returns_first_match_even_if_fuzzy():
    words = words_of("القوات الأمريكية ثم القوات الأميركية")
    assert Phrase("الأميركية").find(words) == 1
    assert Phrase("الأميركية").positions(words) == [1, 4]


def test_phrase_edge_cases():
    assert Phrase("عين الأسد").find(("عين",)) is None
    assert not Phrase("قوات").in_(())
    assert Phrase("القوات") == Phrase("القوات")
    assert len(Phrase("الولايات المتحدة")) == 2
    with pytest.raises(ValueError):
        Phrase("  ، ")


def test_a_lexicon_phrase_is_found_in_a_run_of_word_keys():
    recall = phrase_keys(("إلى الأذهان",))
    keys = [word_key(w) for w in words_of("ويعيد الحادث إلى الأذهان انهيار عقار")]
    assert holds_phrase(keys, recall)
    assert not holds_phrase(keys, recall, at=0)  # only where the run starts, when asked
    assert holds_phrase(keys[2:], recall, at=0)
