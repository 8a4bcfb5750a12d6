"""Language depth: the forms of numbers and dates that Arabic news actually uses.

One table per form; each row is a short phrase and what it must mean. Phrases are
normalised first, as extraction does.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.dates import find_dates
from factcheck.extract.normalize import normalize
from factcheck.extract.numbers import find_quantities
from factcheck.extract.tokens import split_glued_conjunction
from factcheck.model import Quantity

N = None  # open bound / no unit / unknown part


def quantity(phrase: str):
    text = normalize(phrase).text
    found = find_quantities(text)
    assert len(found) == 1, [(text[m.start:m.end], m.quantity) for m in found]
    return found[0]


def check_quantity(phrase, lo, hi, approx, unit):
    m = quantity(phrase)
    q = m.quantity
    assert ((q.min, q.max, q.approximate), m.unit) == ((lo, hi, approx), unit)


# ---------------------------------------------------------------- number words

NUMBER_WORDS = [
    ("قتل سبعة آلاف و242 شخصا", 7242, 7242, False, "شخص"),
    ("يضم ألفين وخمسمئة جندي", 2500, 2500, False, "جندي"),
    ("وصل ألفين من اللاجئين", 2000, 2000, False, "لاجئ"),
    ("أرسلت مئتين من الجنود", 200, 200, False, "جندي"),
    ("نشر مئتا جندي", 200, 200, False, "جندي"),
    ("نشرت ألفي جندي", 2000, 2000, False, "جندي"),
    ("يضم ألفا جندي", 2000, 2000, False, "جندي"),  # dual construct, not "a thousand"
    ("خسر الجيش ألفا من جنوده", 1000, 1000, False, "جندي"),
    ("بلغ عددهم تسعمئة وتسعة وتسعين ألفا", 999_000, 999_000, False, N),
    ("ثلاثة ملايين وخمسمئة ألف نسمة", 3_500_000, 3_500_000, False, "نسمه"),
    ("مليونين ومئتي ألف لاجئ", 2_200_000, 2_200_000, False, "لاجئ"),
    ("مليون ومئتا ألف شخص", 1_200_000, 1_200_000, False, "شخص"),
    ("خمسة عشر مليون نسمة", 15_000_000, 15_000_000, False, "نسمه"),
    ("مليار ونصف دولار", 1_500_000_000, 1_500_000_000, False, "دولار"),
    ("ثلاثمائة وخمسون ألف نازح", 350_000, 350_000, False, "نازح"),
    ("اثنا عشر ألف مقاتل", 12_000, 12_000, False, "مقاتل"),
    ("نحو 3 ملايين و200 ألف نسمة", 3_200_000, 3_200_000, True, "نسمه"),
]


@pytest.mark.parametrize("phrase, lo, hi, approx, unit", NUMBER_WORDS)
def test_number_words(phrase, lo, hi, approx, unit):
    check_quantity(phrase, lo, hi, approx, unit)


# ---------------------------------------------------------------- separators

SEPARATORS = [
    ("يبعد 17,9 كم عن المدينة", 17.9, 17.9, False, "كم"),
    ("يبعد 17٫9 كم عن المدينة", 17.9, 17.9, False, "كم"),
    ("يبعد 17.9 كم عن المدينة", 17.9, 17.9, False, "كم"),
    ("قتل 7,242 شخصا", 7242, 7242, False, "شخص"),      # three digits: thousands
    ("قتل ٧٬٢٤٢ شخصا", 7242, 7242, False, "شخص"),
    ("قتل 7٬242 شخصا", 7242, 7242, False, "شخص"),
    ("بلغت 1,250,000 دولار", 1_250_000, 1_250_000, False, "دولار"),
    ("بلغت 12,500.5 دولار", 12_500.5, 12_500.5, False, "دولار"),
    ("بلغت ١٢٬٥٠٠٫٥ دولار", 12_500.5, 12_500.5, False, "دولار"),
    ("بلغ 2,5 مليون دولار", 2_500_000, 2_500_000, False, "دولار"),
    ("ارتفعت 0,75 في المئة", 0.75, 0.75, False, "%"),
]


@pytest.mark.parametrize("phrase, lo, hi, approx, unit", SEPARATORS)
def test_decimal_and_thousands_separators(phrase, lo, hi, approx, unit):
    check_quantity(phrase, lo, hi, approx, unit)


# ---------------------------------------------------------------- ranges

RANGES = [
    ("يتراوح بين 100 و150 جنديا", 100, 150, False, "جندي"),
    ("من 5 إلى 7 آلاف لاجئ", 5000, 7000, False, "لاجئ"),
    ("ما بين خمسة وسبعة آلاف لاجئ", 5000, 7000, False, "لاجئ"),
    ("من ثلاثة إلى أربعة ملايين دولار", 3e6, 4e6, False, "دولار"),
    ("بين 20 و30 في المئة", 20, 30, False, "%"),
    ("من 10 إلى 15 كيلومترا", 10, 15, False, "كم"),
    ("بين 3 و4 مليارات يورو", 3e9, 4e9, False, "يورو"),
    ("ما بين 300 إلى 500 قتيل", 300, 500, False, "قتيل"),
]


@pytest.mark.parametrize("phrase, lo, hi, approx, unit", RANGES)
def test_ranges(phrase, lo, hi, approx, unit):
    check_quantity(phrase, lo, hi, approx, unit)


# ---------------------------------------------------------------- vague amounts

VAGUE = [
    ("سقط عشرات القتلى", 20, 99, True, "قتيل"),
    ("أصيب مئات المدنيين", 200, 999, True, "مدني"),
    ("نزح آلاف السكان من", 2000, 9999, True, "ساكن"),
    ("نزح آلاف الأشخاص", 2000, 9999, True, "شخص"),
    ("فر عشرات الآلاف من اللاجئين", 20_000, 99_999, True, "لاجئ"),
    ("تظاهر مئات الآلاف", 200_000, 999_999, True, N),
    ("خسائر بملايين الدولارات", 2e6, 9_999_999, True, "دولار"),
    ("عشرات الملايين من الدولارات", 20e6, 99_999_999, True, "دولار"),
    ("بضع عشرات من الجنود", 30, 90, True, "جندي"),
]


@pytest.mark.parametrize("phrase, lo, hi, approx, unit", VAGUE)
def test_vague_amounts_are_wide_intervals(phrase, lo, hi, approx, unit):
    check_quantity(phrase, lo, hi, approx, unit)


# ---------------------------------------------------------------- scale words, money, percent

MONEY_AND_PERCENT = [
    ("رصدت 5 ملايين دولار", 5e6, 5e6, False, "دولار"),
    ("قرض بقيمة مليار يورو", 1e9, 1e9, False, "يورو"),
    ("غرامة 200 ألف ليرة", 200_000, 200_000, False, "ليره"),
    ("منحة بمليون دولار", 1e6, 1e6, False, "دولار"),
    ("كلفت 3 مليارات دولار أمريكي", 3e9, 3e9, False, "دولار"),
    ("بلغ العجز 40 مليار جنيه", 40e9, 40e9, False, "جنيه"),
    ("دفع 500 ألف درهم", 500_000, 500_000, False, "درهم"),
    ("بيعت بـ 20 مليون روبل", 20e6, 20e6, False, "روبل"),
    ("بلغت 12 مليار شيكل", 12e9, 12e9, False, "شيكل"),
    ("ارتفع بنسبة 30%", 30, 30, False, "%"),
    ("ارتفع بنسبة ٣٠٪", 30, 30, False, "%"),
    ("ارتفع 30 في المئة", 30, 30, False, "%"),
    ("ارتفع 30 في المائة", 30, 30, False, "%"),
    ("تراجع 4.5 بالمئة", 4.5, 4.5, False, "%"),
    ("تراجع ثلاثين بالمائة", 30, 30, False, "%"),
    ("أكثر من نصف مليون دولار", 500_000, N, False, "دولار"),
]

COUNTED_NOUNS = [
    ("سجلت 7,242 هزة ارتدادية", 7242, "هزه"),
    ("و783 حالة وفاة", 783, "وفاه"),
    ("وأكثر من 1042 إصابة", 1043, "اصابه"),
    ("دمرت 58 قرية", 58, "قريه"),
    ("انهيار 300 مبنى", 300, "مبني"),
    ("إيواء 40 عائلة", 40, "عائله"),
    ("وصول 12 طنا من المساعدات", 12, "طن"),
    ("قتل 2500 من جنودها", 2500, "جندي"),   # a possessive after من
]


@pytest.mark.parametrize("phrase, lo, unit", COUNTED_NOUNS)
def test_counted_nouns(phrase, lo, unit):
    m = quantity(phrase)
    assert (m.quantity.min, m.unit) == (lo, unit)


def test_a_possessive_needs_min():
    assert quantity("قتل 2500 جنودها").unit is None


@pytest.mark.parametrize("phrase, lo, hi, approx, unit", MONEY_AND_PERCENT)
def test_money_and_percentages(phrase, lo, hi, approx, unit):
    check_quantity(phrase, lo, hi, approx, unit)


# ---------------------------------------------------------------- magnitudes

MAGNITUDES = [
    ("زلزال بقوة 7.8 درجة على مقياس ريختر", 7.8, "درجه", "degrees"),
    ("زلزال بقوة 7.8 درجات", 7.8, "درجه", "degrees"),
    ("زلزال بقوة 7,8 درجات على سلم ريختر", 7.8, "درجه", "degrees"),
    ("هزة بقوة 5.6 على مقياس ريختر", 5.6, "درجه", "degrees"),
    ("هزة بلغت قوتها 6 درجات", 6, "درجه", "degrees"),
    # a temperature says so: it is never a magnitude
    ("سجلت الحرارة 45 درجة مئوية", 45, "درجه مئويه", "celsius"),
]


@pytest.mark.parametrize("phrase, value, unit, category", MAGNITUDES)
def test_magnitudes_have_a_measure_unit(phrase, value, unit, category):
    m = quantity(phrase)
    q = m.quantity
    assert ((q.min, q.max, q.approximate), m.unit, m.unit_category) == (
        (value, value, False), unit, category)


# ---------------------------------------------------------------- line wraps

LINE_WRAPS = [
    ("وتنشر الولايات المتحدة 2500\nجندي في العراق", 2500, "جندي"),
    ("وصل نحو خمسة آلاف\nلاجئ إلى الحدود", 5000, "لاجئ"),
    ("قتل 40 \n مدنيا", 40, "مدني"),
]


@pytest.mark.parametrize("phrase, value, unit", LINE_WRAPS)
def test_unit_on_the_next_line(phrase, value, unit):
    m = quantity(phrase)
    assert (m.quantity.min, m.unit) == (value, unit)


def test_a_count_in_the_morning_is_still_a_count():
    m = quantity("قتل 10 صباح الأحد")
    assert m.quantity == Quantity.exact(10)


def test_a_blank_line_is_not_a_wrap():
    m = quantity("وبلغ العدد 2500\n\nجنود الاحتياط في الخدمة")
    assert m.unit is None


# ---------------------------------------------------------------- not quantities

NOT_QUANTITIES = [
    "الساعة 4:17 فجرا",
    "وقع الزلزال الساعة 4,17 (01,17 بتوقيت غرينتش)",
    "عند الساعة 1,01:17 بتوقيت غرينتش",
    "عند الساعة 10 صباحا",
    "في تمام الساعة 9 مساء",
    "بدأ القصف الساعة 4",
    "للاتصال على الرقم 07701234567",
    "هاتف: +964 770 123 4567",
    "هاتف 0770-123-4567",
    "قرار مجلس الأمن رقم 2231",
    "المادة 140 من الدستور",
    "سنة 1445 هـ",
    "عام 1445 هجرية",
    "نشر في February 6, 2023 على المنصة",
    "في 1445 هـ",
    "عام 2021",
    "في 15 جانفي",
    "الاثنين 6 فبراير 2023",
    "الخميس، 30 ديسمبر 2021",
    # a number that ends a quoted outlet's or channel's name
    "وقال الحميري لـ«يمن برس 24» إن فرق الإنقاذ تواصل عملها",
    'وقال لقناة "فرانس 24" إن الوضع مستقر',
    # a year written alone after its cue
    "خلال 2025",
    "في الربع الثالث من 2023",
]


@pytest.mark.parametrize("phrase", NOT_QUANTITIES)
def test_not_quantities(phrase):
    text = normalize(phrase).text
    # Dates take their numbers first in extraction; what is left must not be a count.
    dates = [(d.start, d.end) for d in find_dates(text) if d.expression != "weekday"]
    left = [m for m in find_quantities(text)
            if not any(s < m.number_end and m.number_start < e for s, e in dates)]
    assert left == [], [text[m.start:m.end] for m in left]


# ---------------------------------------------------------------- dates

def date(phrase: str):
    text = normalize(phrase).text
    found = [d for d in find_dates(text) if d.expression != "weekday"]
    assert len(found) == 1, [(text[d.start:d.end], d.value) for d in found]
    return text, found[0]


def test_a_figure_quoted_in_a_sentence_is_still_a_figure():
    # a quoted sentence that ends on a figure is speech, not a name
    text = normalize("وقال: «ارتفع عدد الضحايا إلى 24»").text
    assert [m.quantity.min for m in find_quantities(text)] == [24]


MAGHREBI = [
    ("في 3 جانفي 2024", (2024, 1, 3)),
    ("في 3 فيفري 2024", (2024, 2, 3)),
    ("في 3 مارس 2024", (2024, 3, 3)),
    ("في 3 أفريل 2024", (2024, 4, 3)),
    ("في 3 ماي 2024", (2024, 5, 3)),
    ("في 3 جوان 2024", (2024, 6, 3)),
    ("في 3 جويلية 2024", (2024, 7, 3)),
    ("في 3 أوت 2024", (2024, 8, 3)),
    ("في 3 سبتمبر 2024", (2024, 9, 3)),
    ("في 3 أكتوبر 2024", (2024, 10, 3)),
    ("في 3 نوفمبر 2024", (2024, 11, 3)),
    ("في 3 ديسمبر 2024", (2024, 12, 3)),
    # Moroccan
    ("في 3 يوليوز 2024", (2024, 7, 3)),
    ("في 3 غشت 2024", (2024, 8, 3)),
    ("في 3 شتنبر 2024", (2024, 9, 3)),
    ("في 3 أكتوبر 2024", (2024, 10, 3)),
    ("في 3 نونبر 2024", (2024, 11, 3)),
    ("في 3 دجنبر 2024", (2024, 12, 3)),
    # spelling variants
    ("في 3 جانفييه 2024", (2024, 1, 3)),
    ("في 3 فبفري 2024", None),  # a typo is not a month
    ("في 3 أبريل 2024", (2024, 4, 3)),
    ("خلال شهر أوت", (None, 8, None)),
    ("منذ جويلية الماضي", (None, 7, None)),
]


ENGLISH = [
    ("نشر في February 6, 2023 على المنصة", (2023, 2, 6)),
    ("(@agency) february 6th, 2023", (2023, 2, 6)),
    ("في 6 February 2023", (2023, 2, 6)),
    ("وصل في July 2021", (2021, 7, None)),
]


@pytest.mark.parametrize("phrase, ymd", ENGLISH)
def test_english_dates_in_embedded_posts(phrase, ymd):
    _, d = date(phrase)
    assert (d.value.year, d.value.month, d.value.day) == ymd


@pytest.mark.parametrize("phrase", ["you may say", "we march on", "في عام 1445 هجري"])
def test_not_dates(phrase):
    assert find_dates(normalize(phrase).text) == []


@pytest.mark.parametrize("phrase, ymd", MAGHREBI)
def test_maghrebi_months(phrase, ymd):
    if ymd is None:
        text = normalize(phrase).text
        assert [d for d in find_dates(text) if d.value.month is not None] == []
        return
    _, d = date(phrase)
    assert (d.value.year, d.value.month, d.value.day) == ymd


HIJRI = [
    ("في 15 شعبان 1445 هـ", dt.date(2024, 2, 25)),
    ("في 15 شعبان 1445هـ", dt.date(2024, 2, 25)),
    ("في 1 شوال 1445 هجرية", dt.date(2024, 4, 10)),
    ("في 1 شوال 1445 هجري", dt.date(2024, 4, 10)),
    ("في غرة رمضان 1445 هـ", dt.date(2024, 3, 11)),
]


@pytest.mark.parametrize("phrase, expected", HIJRI)
def test_hijri_dates(phrase, expected):
    _, d = date(phrase)
    got = dt.date(d.value.year, d.value.month, d.value.day)
    assert abs((got - expected).days) <= 1  # tabular calendar vs moon sighting


def test_gregorian_and_hijri_side_by_side_are_two_dates_of_one_day():
    text = normalize("الأحد 10 مارس 2024 الموافق 29 شعبان 1445 هـ").text
    found = [d for d in find_dates(text) if d.expression != "weekday"]
    days = [dt.date(d.value.year, d.value.month, d.value.day) for d in found]
    assert len(days) == 2 and abs((days[0] - days[1]).days) <= 1
    assert found[0].value.weekday == 6


WEEKDAY_PLACES = [
    ("الاثنين 6 فبراير 2023", (2023, 2, 6), 0),
    ("يوم الاثنين 6 فبراير 2023", (2023, 2, 6), 0),
    ("الاثنين، 6 فبراير 2023", (2023, 2, 6), 0),
    ("الاثنين الموافق 6 فبراير 2023", (2023, 2, 6), 0),
    ("6 فبراير 2023 الاثنين", (2023, 2, 6), 0),
    ("6 فبراير 2023، الاثنين", (2023, 2, 6), 0),
    ("في 6 فبراير 2023 (الاثنين)", (2023, 2, 6), 0),
    ("الجمعة 5 جانفي 2024", (2024, 1, 5), 4),
    ("السبت 29/12/2021", (2021, 12, 29), 5),
    ("الأربعاء الخامس من غشت 2020", (2020, 8, 5), 2),
    ("الاثنين غرة رمضان 1445 هـ", (2024, 3, 11), 0),
]


@pytest.mark.parametrize("phrase, ymd, weekday", WEEKDAY_PLACES)
def test_weekday_before_or_after_the_date(phrase, ymd, weekday):
    _, d = date(phrase)
    assert ((d.value.year, d.value.month, d.value.day), d.value.weekday) == (ymd, weekday)


# ---------------------------------------------------------------- glued words

KNOWN = {"سوريا", "تركيا", "العراق", "لبنان", "كوسوفو", "صربيا", "مصر"}

GLUED = [
    ("سورياوتركيا", ("سوريا", "تركيا")),
    ("العراقوسورياولبنان", ("العراق", "سوريا", "لبنان")),
    ("كوسوفووصربيا", ("كوسوفو", "صربيا")),   # the first و ends a word
    ("وسوريا", ("وسوريا",)),                 # a clitic, not two words
    ("سوريا", ("سوريا",)),
    ("مصروالمغرب", ("مصروالمغرب",)),          # the second part is unknown: leave it
    ("", ("",)),
]


@pytest.mark.parametrize("token, parts", GLUED)
def test_split_glued_conjunction(token, parts):
    assert split_glued_conjunction(token, KNOWN) == parts


@pytest.mark.parametrize("phrase, ymd", [
    # the Maghreb's «فاتح» is the first of a month, with or without «من»
    ("ابتداء من فاتح دجنبر 2025", (2025, 12, 1)),
    ("يوم الاثنين الفاتح من ديسمبر 2025", (2025, 12, 1)),
    ("انطلقت يوم الأربعاء فاتح أبريل 2025", (2025, 4, 1)),
])
def test_the_first_of_a_month_in_maghreb_words(phrase, ymd):
    _, d = date(phrase)
    assert (d.value.year, d.value.month, d.value.day) == ymd


def test_a_light_colour_is_no_date():
    assert find_dates(normalize("بلون أزرق فاتح جدا").text) == []
