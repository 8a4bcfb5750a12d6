"""Quantity claims: digits, number words, qualifiers, ranges, counted nouns, dates."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract import numbers
from factcheck.extract.normalize import normalize
from factcheck.extract.numbers import QuantityMatch, find_quantities, parse_number_words
from factcheck.extract.tokens import GRAMMAR_TRIGGERS
from factcheck.model import Quantity

N = None  # open bound / no unit


def only(phrase: str) -> tuple[str, QuantityMatch]:
    text = normalize(phrase).text
    found = find_quantities(text)
    assert len(found) == 1, [text[m.start:m.end] for m in found]
    return text, found[0]


def interval(q: Quantity) -> tuple:
    """What a figure says, without the rounding it was written with (test_certainty.py)."""
    return q.min, q.max, q.approximate


def check(phrase, lo, hi, approx, unit):
    _, m = only(phrase)
    assert interval(m.quantity) == (lo, hi, approx), m.quantity
    assert m.unit == unit


# (phrase, min, max, approximate, unit)
CORPUS = [
    ("وتنشر الولايات المتحدة 2500 جندي في العراق", 2500, 2500, False, "جندي"),
    ("ونحو 900 في سوريا", 900, 900, True, N),
    ("يبلغ 2500 عسكريا", 2500, 2500, False, "عسكري"),
    ("والتي يبلغ عددها 2500 عسكري", 2500, 2500, False, "عسكري"),
    ("التي تضم 1500 عسكريا اميركيا", 1500, 1500, False, "عسكري"),
    ("اصابة 11 عسكريا بجروح", 11, 11, False, "عسكري"),
    ("اصابة 11 عسكريا بجروح وعشرات بارتجاجات", 11, 11, False, "عسكري"),
    ("وتتسع القاعدة لخمسة آلاف عسكري", 5000, 5000, False, "عسكري"),
    ("التابعة الى 22 دولة", 22, 22, False, "دوله"),
    ("من أكثر من عشرين دولة", 21, N, False, "دوله"),
    ("أجرت اربع جولات حوار", 4, 4, False, "جوله"),
    ("بواقع 4 جولات", 4, 4, False, "جوله"),
    ("انسحاب ثلاث وحدات عسكرية", 3, 3, False, "وحده"),
    ("تسلمت القوات العراقية 9 مقرات", 9, 9, False, "مقر"),
    ("بكلفة 280 مليون دولار", 280_000_000, 280_000_000, False, "دولار"),
    ("(100 كم غرب بغداد)", 100, 100, False, "كم"),
    ("انسحاب بضع مئات من الجنود الأمريكيين", 300, 900, True, "جندي"),
]

DIGITS = [
    ("2500 جندي", 2500, 2500, False, "جندي"),
    ("٢٥٠٠ جندي", 2500, 2500, False, "جندي"),
    ("۲۵۰۰ جندي", 2500, 2500, False, "جندي"),
    ("2,500 جندي", 2500, 2500, False, "جندي"),
    ("2٬500 جندي", 2500, 2500, False, "جندي"),
    ("1,234,567 دولارا", 1234567, 1234567, False, "دولار"),
    # two points, each before three digits: thousands (no decimal has two points)
    ("1.984.312 ناخبا", 1984312, 1984312, False, "ناخب"),
    ("١٫٩٨٤٫٣١٢ ناخبا", 1984312, 1984312, False, "ناخب"),
    ("19320 ميغاواط", 19320, 19320, False, "ميغاواط"),
    ("بلغت نسبة البطالة 7.8 بالمئة", 7.8, 7.8, False, "%"),
    ("ارتفع التضخم إلى 17,9 في المئة", 17.9, 17.9, False, "%"),
    ("زلزال بقوة 7٫8 درجات", 7.8, 7.8, False, "درجه"),
    ("نسبة المشاركة 41%", 41, 41, False, "%"),
    ("بنسبة 25 ٪", 25, 25, False, "%"),
    ("تبعد المدينة 100كم عن بغداد", 100, 100, False, "كم"),
    ("وصل العدد إلى 2500", 2500, 2500, False, N),
    ("انسحاب الـ2500 جندي", 2500, 2500, False, "جندي"),
    ("ومن بين الـ 2500 جندي", 2500, 2500, False, "جندي"),
]

WORDS = [
    ("لخمسة آلاف عسكري", 5000, 5000, False, "عسكري"),
    ("وثلاث وحدات", 3, 3, False, "وحده"),
    ("بثلاثة جنود", 3, 3, False, "جندي"),
    # a definite cardinal after its counted noun, with its tens
    ("الساعات الأربع والعشرين", 24, 24, False, "ساعه"),
    ("الأقاليم الستة", 6, 6, False, "اقليم"),
    ("اثنين من الجنود", 2, 2, False, "جندي"),
    ("ثماني سنوات", 8, 8, False, "سنه"),
    ("ست دول", 6, 6, False, "دوله"),
    ("تسعة أشهر", 9, 9, False, "شهر"),
    ("أحد عشر جنديا", 11, 11, False, "جندي"),
    ("اثنا عشر مستشارا", 12, 12, False, "مستشار"),
    ("ثلاثة عشر قتيلا", 13, 13, False, "قتيل"),
    ("خمسة وعشرين جنديا", 25, 25, False, "جندي"),
    ("عشرون دولة", 20, 20, False, "دوله"),
    ("تسعين يوما", 90, 90, False, "يوم"),
    ("مئة جندي", 100, 100, False, "جندي"),
    ("مائة جندي", 100, 100, False, "جندي"),
    ("مئتي جندي", 200, 200, False, "جندي"),
    ("مائتين من المقاتلين", 200, 200, False, "مقاتل"),
    ("ثلاثمئة عنصر", 300, 300, False, "عنصر"),
    ("ثلاث مئة عنصر", 300, 300, False, "عنصر"),
    ("مئة وخمسة وعشرون جنديا", 125, 125, False, "جندي"),
    ("ألف جندي", 1000, 1000, False, "جندي"),
    ("ألفين وخمسمئة جندي", 2500, 2500, False, "جندي"),
    ("ثلاثة آلاف جندي", 3000, 3000, False, "جندي"),
    ("أحد عشر ألفا من الجنود", 11000, 11000, False, "جندي"),
    ("سبعة آلاف و242 جنديا", 7242, 7242, False, "جندي"),
    ("مليون لاجئ", 1e6, 1e6, False, "لاجئ"),
    ("ثلاثة ملايين نسمة", 3e6, 3e6, False, "نسمه"),
    ("مليار دولار", 1e9, 1e9, False, "دولار"),
    ("نصف مليون لاجئ", 500_000, 500_000, False, "لاجئ"),
    ("280 مليون دولار", 280e6, 280e6, False, "دولار"),
    ("2.5 مليون دولار", 2.5e6, 2.5e6, False, "دولار"),
    ("ألفا جندي", 2000, 2000, False, "جندي"),  # dual construct: two thousand
    ("أحد عشر ألفا جندي", 11000, 11000, False, "جندي"),
    ("وصل عددهم إلى خمسة آلاف", 5000, 5000, False, N),  # a scale word makes it a claim
]

QUALIFIERS = [
    ("نحو 900 جندي", 900, 900, True, "جندي"),
    ("بنحو 900 جندي", 900, 900, True, "جندي"),
    ("حوالي 500 مقاتل", 500, 500, True, "مقاتل"),
    ("قرابة 3 آلاف جندي", 3000, 3000, True, "جندي"),
    ("زهاء ألفي جندي", 2000, 2000, True, "جندي"),
    ("ما يقارب 500 جندي", 500, 500, True, "جندي"),
    ("يقارب 500 جندي", 500, 500, True, "جندي"),
    ("2500 جندي تقريبا", 2500, 2500, True, "جندي"),
    ("أكثر من 2500 جندي", 2501, N, False, "جندي"),
    ("اكثر من 2500 جندي", 2501, N, False, "جندي"),
    ("ما يزيد على 2500 جندي", 2501, N, False, "جندي"),
    ("ما يزيد عن 2500 جندي", 2501, N, False, "جندي"),
    ("يزيد عن 2500 جندي", 2501, N, False, "جندي"),
    ("أزيد من 2500 جندي", 2501, N, False, "جندي"),
    ("لا يقل عن 20 جنديا", 20, N, False, "جندي"),
    ("على الأقل 20 جنديا", 20, N, False, "جندي"),
    ("20 جنديا على الأقل", 20, N, False, "جندي"),
    # a space groups thousands, as Maghrebi outlets write after French
    ("على 38 500 جندي", 38500, 38500, False, "جندي"),
    # a comma may set the qualifier off
    ("على 10 مليارات دولار، على أقصى تقدير", N, 10e9, False, "دولار"),
    ("أكثر من 7.8 بالمئة", 7.8, N, False, "%"),
    ("أقل من 20 جنديا", N, 19, False, "جندي"),
    ("لا يزيد عن 20 جنديا", N, 20, False, "جندي"),
    ("ما دون 20 جنديا", N, 19, False, "جندي"),
]

VAGUE = [
    ("بضع دول", 3, 9, True, "دوله"),
    ("بضعة جنود", 3, 9, True, "جندي"),
    ("بضع مئات من الجنود", 300, 900, True, "جندي"),
    ("بضعة آلاف من الجنود", 3000, 9000, True, "جندي"),
    ("عشرات القتلى", 20, 99, True, "قتيل"),
    ("مئات الجرحى", 200, 999, True, "جريح"),
    ("آلاف الجنود", 2000, 9999, True, "جندي"),
    ("عشرات الآلاف من اللاجئين", 20_000, 99_999, True, "لاجئ"),
    ("مئات الآلاف من المدنيين", 200_000, 999_999, True, "مدني"),
]

RANGES = [
    ("بين 100 و150 جنديا", 100, 150, False, "جندي"),
    ("ما بين 100 و 150 جنديا", 100, 150, False, "جندي"),
    ("من 5 إلى 7 آلاف جندي", 5000, 7000, False, "جندي"),
    ("بين 2.5 و3 ملايين دولار", 2.5e6, 3e6, False, "دولار"),
    ("بين 500 و3 آلاف جندي", 500, 3000, False, "جندي"),
    # a preposition glued to the opener («لـبين», «بـبين»)
    ("ويحق لـبين 100000 و200000 ناخب", 100000, 200000, False, "ناخب"),
    ("المساحة المتضررة بـبين 4000 و6000 هكتار", 4000, 6000, False, "هكتار"),
    ("3-5 جنود", 3, 5, False, "جندي"),
    ("ثلاثة أو أربعة جنود", 3, 4, False, "جندي"),
]

UNITS = [
    ("2500 من الجنود", 2500, 2500, False, "جندي"),
    ("40 مدربا", 40, 40, False, "مدرب"),
    ("300 فرد", 300, 300, False, "فرد"),
    ("3 معسكرات", 3, 3, False, "معسكر"),
    ("5 قواعد", 5, 5, False, "قاعده"),
    ("500 دينار", 500, 500, False, "دينار"),
    # a small number in words counts when «آخرون» follows it: more of what is counted
    ("وأصيب خمسة آخرون", 5, 5, False, N),
    # a price per kilometre, not the 320th kilometre of a route
    ("أجرة الكيلومتر 320 فلسا", 320, 320, False, "فلس"),
    ("50 يورو", 50, 50, False, "يورو"),
    ("20 ريالا", 20, 20, False, "ريال"),
    ("1000 ليرة", 1000, 1000, False, "ليره"),
    ("30 جنيها", 30, 30, False, "جنيه"),
    ("100 درهم", 100, 100, False, "درهم"),
    ("20 كيلومترا", 20, 20, False, "كم"),
    ("500 متر", 500, 500, False, "متر"),
    ("10 أميال", 10, 10, False, "ميل"),
    ("200 شخص", 200, 200, False, "شخص"),
    ("30 مواطنا", 30, 30, False, "مواطن"),
    ("12 مدنيا", 12, 12, False, "مدني"),
    ("7 أطفال", 7, 7, False, "طفل"),
    ("900 لاجئ", 900, 900, False, "لاجئ"),
    ("15 قتيلا", 15, 15, False, "قتيل"),
    ("ثلاث ضحايا", 3, 3, False, "ضحيه"),
    ("40 جريحا", 40, 40, False, "جريح"),
    ("9 مصابين", 9, 9, False, "مصاب"),
    ("ثلاثة أعوام", 3, 3, False, "عام"),
    ("11 عاما", 11, 11, False, "عام"),
    ("5 سنوات", 5, 5, False, "سنه"),
    ("48 ساعة", 48, 48, False, "ساعه"),
    ("10 دقائق", 10, 10, False, "دقيقه"),
    ("3 أسابيع", 3, 3, False, "اسبوع"),
    ("4 طائرات", 4, 4, False, "طائره"),
    ("10 صواريخ", 10, 10, False, "صاروخ"),
    ("20 مركبة", 20, 20, False, "مركبه"),
    ("5 دبابات", 5, 5, False, "دبابه"),
    ("45 درجة مئوية", 45, 45, False, "درجه مئويه"),
]

ALL_ROWS = CORPUS + DIGITS + WORDS + QUALIFIERS + VAGUE + RANGES + UNITS


@pytest.mark.parametrize("phrase, lo, hi, approx, unit", ALL_ROWS)
def test_quantity(phrase, lo, hi, approx, unit):
    check(phrase, lo, hi, approx, unit)


CATEGORIES = [
    ("2500 جندي", "troops"), ("22 دولة", "countries"), ("4 جولات", "rounds"),
    ("3 وحدات", "units"), ("9 مقرات", "bases"), ("280 مليون دولار", "money"),
    ("100 كم", "distance"), ("200 شخص", "people"), ("15 قتيلا", "casualties"),
    ("40 جريحا", "injured"), ("ثلاثة أعوام", "duration"), ("25%", "percent"),
    ("4 طائرات", "aircraft"), ("10 صواريخ", "weapons"), ("900", None),
]


@pytest.mark.parametrize("phrase, category", CATEGORIES)
def test_unit_category(phrase, category):
    assert only(phrase)[1].unit_category == category


NONE = [
    "في 31 كانون الأول 2021",
    "بحلول 31 كانون الأول/ ديسمبر المقبل",
    "عام 2014",
    "في العام 2014",
    "في وقت سابق من عام 2024",
    "صوت في 5 كانون الثاني يناير عام2020",
    "في تموز يوليو عام 2014",
    "بحلول نهاية العام الجاري 2021",
    "ابتداء من أيلول 2025",
    "في حزيران/ يونيو 2020",
    "الاربعاء 29 تشرين الاول اكتوبر 2021",
    "قبل الموعد المحدد لذلك في 31 من الشهر الحالي",
    "سنة 1445 هـ",
    "تأسست المدينة 1920م",
    "منذ 2014",
    "بين 2014 و2017",
    # a season's year, in Maghrebi usage
    "في صائفة 2026",
    # a mark along a route names a kilometre, it counts nothing
    "بعد الكيلومتر 30",
    # a year compared with, the preposition glued or apart
    "مقارنة بـ2023",
    "مقارنة مع 2022",
    "في 31/12/2021",
    "الساعة 10:30",
    "الجولة الرابعة",
    "في الثالث من كانون الثاني",
    "في آن واحد",
    "ست الحبايب",
    "ثلاث مرات",
    "عشرين",
    "وعشرات بارتجاجات",
    "ألف",
    "أحد الجنود",
    "يوم الاثنين",
    "طائرات ف-16",
]


@pytest.mark.parametrize("phrase", NONE)
def test_not_a_quantity(phrase):
    assert find_quantities(normalize(phrase).text) == []


SPANS = [
    # phrase, claim text, number text
    ("وتنشر الولايات المتحدة 2500 جندي في العراق", "2500 جندي", "2500"),
    ("ونحو 900 في سوريا", "نحو 900", "900"),
    ("وتتسع القاعدة لخمسة آلاف عسكري", "خمسه الاف عسكري", "خمسه الاف"),
    ("من أكثر من عشرين دولة", "اكثر من عشرين دوله", "عشرين"),
    ("انسحاب بضع مئات من الجنود الأمريكيين", "بضع مئات من الجنود", "بضع مئات"),
    ("بكلفة 280 مليون دولار.", "280 مليون دولار", "280 مليون"),
    ("بين 100 و150 جنديا", "بين 100 و150 جنديا", "100 و150"),
    ("2500 جندي تقريبا", "2500 جندي تقريبا", "2500"),
]


@pytest.mark.parametrize("phrase, claim, number", SPANS)
def test_spans(phrase, claim, number):
    text, m = only(phrase)
    assert text[m.start:m.end] == claim
    assert text[m.number_start:m.number_end] == number


def test_sentence_with_several_claims():
    text = normalize("وتنشر الولايات المتحدة 2500 جندي في العراق، ونحو 900 في سوريا، "
                     "في إطار التحالف الذي أنشأته في العام 2014").text
    found = find_quantities(text)
    assert [(interval(m.quantity), m.unit) for m in found] == [
        ((2500, 2500, False), "جندي"), ((900, 900, True), None)]
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_an_article_with_comma_decimals_groups_thousands_with_a_point():
    # «19,8 في المائة» sets the article's convention: «241.600 رحلة» is 241,600 flights
    text = normalize("ارتفعت الحركة بنسبة 19,8 في المائة، وبلغ عدد الرحلات 241.600 رحلة").text
    assert [m.quantity.min for m in find_quantities(text)] == [19.8, 241600]
    # with no decimal comma in the text, a point before three digits stays a decimal point
    alone = normalize("وبلغ سعر الصرف 3.673 درهم للدولار").text
    assert [m.quantity.min for m in find_quantities(alone)] == [3.673]


def test_two_digit_numbers_joined_by_wa_are_two_claims():
    text = normalize("أرسلت 100 و150").text
    assert [m.quantity.min for m in find_quantities(text)] == [100, 150]


PARSE = [
    ("الفين وخمسمئه", 2500),
    ("ألفين وخمسمئة", 2500),
    ("خمسة وعشرين", 25),
    ("سبعة آلاف و242", 7242),
    ("أحد عشر ألفا", 11000),
    ("ثلاث مئة", 300),
    ("ثلاثمائة ألف", 300_000),
    ("مئة وخمسة وعشرون", 125),
    ("مليون ونصف", 1_500_000),
    ("2 مليون و500 ألف", 2_500_000),
    ("280 مليون", 280e6),
    ("2.5 مليون", 2.5e6),
    ("اثنا عشر", 12),
    ("تسعة عشر", 19),
    ("عشرة آلاف", 10_000),
    ("مليونين", 2e6),
    ("واحد", 1),
    ("2٬500", 2500),
]


@pytest.mark.parametrize("phrase, value", PARSE)
def test_parse_number_words(phrase, value):
    assert parse_number_words(phrase) == value


@pytest.mark.parametrize("phrase", ["جندي", "", "بضع مئات", "100 و150", "الجولة الرابعة",
                                    "خمسة جنود"])
def test_parse_number_words_rejects(phrase):
    assert parse_number_words(phrase) is None


@given(st.integers(min_value=0, max_value=10**7))
def test_any_digits_before_a_noun(n):
    text = str(n) + " جندي"
    found = find_quantities(text)
    assert len(found) == 1
    m = found[0]
    assert m.quantity.min == m.quantity.max == n
    assert 0 <= m.start <= m.number_start < m.number_end <= m.end <= len(text)
    assert text[m.number_start:m.number_end] == str(n)
    assert m.unit == "جندي"


@given(st.integers(min_value=0, max_value=10**7), st.sampled_from(["٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"]))
def test_any_digit_set(n, digits):
    original = "".join(digits[int(c)] for c in str(n)) + " جندي"
    found = find_quantities(normalize(original).text)
    assert [m.quantity.min for m in found] == [n]


PIECES = ["2500", "2,500", "7.8", "و", "من", "الى", "بين", "نحو", "اكثر", "عام", "-", "/",
          "خمسه", "عشر", "الاف", "الالاف", "مئه", "مئات", "بضع", "ونصف", "الفين", "جندي",
          "الجنود", "كانون", "31", "2021", "تقريبا", "%", "م", "\n", "ف", "عشرات", "واحد"]


@given(st.lists(st.sampled_from(PIECES), max_size=30), st.lists(st.sampled_from([" ", ""]),
                                                                min_size=30, max_size=30))
def test_any_mix_gives_sorted_disjoint_spans(pieces, glue):
    text = "".join(p + g for p, g in zip(pieces, glue))
    found = find_quantities(text)
    for m in found:
        assert 0 <= m.start <= m.number_start < m.number_end <= m.end <= len(text)
        q = m.quantity
        assert q.min is None or q.max is None or q.min <= q.max
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


NUMBER_PIECES = PIECES + ["+964", "0770", "123", "4567", "الساعه", "10:30", "رقم", "المادة",
                          "صباحا", "كم", "في المئه", "مليون", "دولار", "ثلاثمئه", "الالف",
                          "بالمئة", "درجات", "لسبعه", "وال2500", "ف-16", "(", '"', "،",
                          "العام", "هذا", "الالف", "الثلاث", "الدول", "ثلث", "قيمته", "%"]


@given(st.lists(st.sampled_from(NUMBER_PIECES), max_size=30),
       st.lists(st.sampled_from([" ", "", "\n"]), min_size=30, max_size=30))
def test_every_number_start_is_a_trigger_position(pieces, glue):
    text = "".join(p + g for p, g in zip(pieces, glue))
    starts = set(GRAMMAR_TRIGGERS.starts(text))
    assert all(m.start() in starts for m in numbers._SCAN_RE.finditer(text))
    # …so trying the scan only there reads what trying it everywhere reads
    everywhere = [numbers._phrase_numbers(text, m.start("body"), m.end("body"))
                  if m.group("body") is not None else [m.start("card")]
                  for m in numbers._SCAN_RE.finditer(text) if m.group("skip") is None]
    assert [n.start if n.special == "definite" else n for n in numbers._numbers(text)] == [
        n for nums in everywhere for n in nums]


@pytest.mark.parametrize("text, values", [
    # the second figure of a change leaves its scale to the first
    ("رفع الصندوق قرضه من ثلاثة مليارات دولار إلى ثمانية.", [3e9, 8e9]),
    ("ارتفعت الصادرات من 2.5 مليار دولار إلى 4 في العام الماضي.", [2.5e9, 4e9]),
    # but not when it has its own noun, or is a year
    ("ارتفع العدد من 3 آلاف شخص إلى 8 أشخاص.", [3000, 8]),
    ("وتراجع من 3 مليارات إلى 2025.", [3e9, 2025]),
])
def test_a_change_from_a_scaled_figure_to_a_bare_one(text, values):
    found = find_quantities(normalize(text).text)
    assert [m.quantity.min for m in found] == values


@pytest.mark.parametrize("phrase, shown", [
    ("265.4 مليار ريال", "265,400,000,000"),  # 265.4 × 10⁹ is not exact in binary
    ("2,47 مليار دولار", "2,470,000,000"),
    ("نحو 0.7 مليون رأس", "~700,000"),
    ("13.1%", "13.1"),
])
def test_a_figure_is_shown_as_the_article_wrote_it(phrase, shown):
    _, m = only(phrase)
    assert m.quantity.describe() == shown


def test_a_range_of_percentages_between_two_signs():
    check("بين 70% و85%", 70, 85, False, "%")
    check("ما بين 3٪ و5٪", 3, 5, False, "%")


@pytest.mark.parametrize("text", ["من طراز A330-900", "مقاتلات F-16"])
def test_the_number_of_a_model_code_is_no_figure(text):
    assert find_quantities(normalize(text).text) == []
