"""Normal form for matching, and the offset map back to the original text."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.normalize import _CHAR_MAP, normalize, stem_candidates


@pytest.mark.parametrize("original, normal", [
    ("الأميركية", "الاميركيه"),
    ("إلى", "الي"),
    ("آذار", "اذار"),
    ("ٱلله", "الله"),
    ("الشراکة الامنية", "الشراكه الامنيه"),   # Persian kaf
    ("الیوم", "اليوم"),                        # Persian yeh
    ("٢٥٠٠ جندي", "2500 جندي"),                # Arabic-Indic digits
    ("۲۵۰۰ جندي", "2500 جندي"),                # Persian digits
    ("2٬500", "2,500"),
    ("7٫8", "7.8"),
    ("جُنْدِيّ", "جندي"),                          # diacritics
    ("عسكـــري", "عسكري"),                     # tatweel
    ("“بغداد اليوم”", '"بغداد اليوم"'),
    ("USGS", "usgs"),
])
def test_normal_form(original, normal):
    assert normalize(original).text == normal


@pytest.mark.parametrize("word, stems", [
    ("وبحلول", {"بحلول", "حلول"}),
    ("والقوات", {"القوات", "قوات"}),
    ("بنهايه", {"نهايه"}),
    ("للعراق", {"عراق"}),
])
def test_attached_prefixes_are_peeled(word, stems):
    assert stems <= set(stem_candidates(word))


def test_short_words_keep_their_letters():
    assert stem_candidates("ولن") == ("ولن",)


ARABIC_AND_MARKS = st.text(alphabet=st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهوي") + list("أإآٱىةکی٠١٢٣۴۵٬٫ـ") +
    ["\u064b", "\u064e", "\u0650", "\u0651", "\u0652", "\u0670", " ", "\n", "2", "."]), max_size=80)


@given(ARABIC_AND_MARKS)
def test_offset_map_points_back_into_the_original(text):
    norm = normalize(text)
    assert len(norm.offsets) == len(norm.text) + 1
    assert list(norm.offsets) == sorted(norm.offsets)
    assert norm.offsets[-1] == len(text)
    for i, ch in enumerate(norm.text):
        # every kept character comes from the original character it maps to
        assert normalize(text[norm.original(i)]).text == ch


@given(ARABIC_AND_MARKS, st.integers(0, 80), st.integers(0, 80))
def test_original_span_covers_exactly_the_normal_span(text, a, b):
    norm = normalize(text)
    start, end = sorted((min(a, len(norm.text)), min(b, len(norm.text))))
    o_start, o_end = norm.original_span(start, end)
    assert normalize(text[o_start:o_end]).text == norm.text[start:end]


def _one_character_at_a_time(text: str) -> str:
    """The normal form as its definition says: each character mapped on its own."""
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(ch.lower())
        else:
            out.append(_CHAR_MAP.get(ch, ch))
    return "".join(out)


@given(st.text(alphabet=st.sampled_from(
    list("ابتةىأإآٱکیۀ٠١٢۳٬٫٪ـAZaz “”«»\u00a0\u200f\u064e\u0651\n–2.") + ["\u0670"]), max_size=80))
def test_normal_form_maps_each_character_on_its_own(text):
    assert normalize(text).text == _one_character_at_a_time(text)


@pytest.mark.parametrize("original, word", [
    ("جُنْدِيّ 2500 جندي", "2500"),            # marks dropped before the word
    ("\u200fقال\u200f 2500\u200f", "2500"),    # direction marks around it
    ("ـــ 2500 ـــ", "2500"),                  # tatweel runs on both sides
    ("2500", "2500"),                          # nothing dropped
])
def test_a_word_maps_back_to_its_original_characters(original, word):
    norm = normalize(original)
    start = norm.text.index(word)
    o_start, o_end = norm.original_span(start, start + len(word))
    assert original[o_start:o_end] == word


@pytest.mark.parametrize("original", ["", "ـــ", "نص\u200f\u200f", "\u064eنص"])
def test_the_end_maps_to_the_end(original):
    norm = normalize(original)
    assert norm.original(len(norm.text)) == len(original)
