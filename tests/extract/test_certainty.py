"""How certain a figure is, and the rounding it was written with (issue 16).

Each row is a short phrase of general news Arabic and what the number grammar must read in
it: the interval, how the figure was stated (exact, approximate, a lower or upper bound, a
range, a vague amount) and its precision, half a unit of its last written digit. Phrases are
normalised first, as extraction does.
"""

from __future__ import annotations

import pytest

from factcheck.extract.normalize import normalize
from factcheck.extract.numbers import QuantityMatch, find_quantities
from factcheck.model import APPROXIMATE_SLACK, Quantity

N = None  # open bound / no unit


def one(phrase: str) -> QuantityMatch:
    text = normalize(phrase).text
    found = find_quantities(text)
    assert len(found) == 1, [(text[m.start:m.end], m.quantity) for m in found]
    return found[0]


def read(phrase: str) -> tuple:
    m = one(phrase)
    # what the grammar read is what the Quantity says of itself
    assert m.certainty == m.quantity.certainty, (m.certainty, m.quantity)
    return m.quantity.min, m.quantity.max, m.certainty, m.unit


# ---------------------------------------------------------------- how certain

CERTAINTY = [
    # exact, approximate, range, vague
    ("قتل 40 مدنيا في القصف", 40, 40, "exact", "مدني"),
    ("نزح نحو 300 شخص من القرية", 300, 300, "approximate", "شخص"),
    ("وصلت قيمة الصفقة إلى ما يقارب 12 مليار دولار", 12e9, 12e9, "approximate", "دولار"),
    ("ارتفعت الأسعار إلى مستويات قاربت 20 دينارا", 20, 20, "approximate", "دينار"),
    ("ناهزت الخسائر 3 ملايين يورو", 3e6, 3e6, "approximate", "يورو"),
    ("شارك 500 متظاهر تقريبا في المسيرة", 500, 500, "approximate", "متظاهر"),
    # a round mark reached or neared is not the count itself
    ("بلغت المبيعات عتبة 198 ألف وحدة", 198_000, 198_000, "approximate", "وحده"),
    ("والإصابات تقترب من 3800 حالة", 3800, 3800, "approximate", "حاله"),
    # … but a comparing verb before the mark still says which side
    ("تخطت طلبات الاكتتاب عتبة 11 مليار دولار", 11e9, N, "lower", "دولار"),
    ("أصيب بين 20 و30 عاملا", 20, 30, "range", "عامل"),
    ("أسفر القصف عن عشرات الجرحى", 20, 99, "vague", "جريح"),
    ("فر مئات الآلاف من اللاجئين", 200_000, 999_999, "vague", "لاجئ"),
    ("وصل بضعة آلاف من الجنود", 3000, 9000, "vague", "جندي"),
    # bound verbs right before the figure, in every inflection
    ("تجاوزت الحصيلة 300 قتيل", 301, N, "lower", "قتيل"),
    ("الحصيلة تتجاوز 300 قتيل", 301, N, "lower", "قتيل"),
    ("عدد الضحايا يتجاوز 300 قتيل", 301, N, "lower", "قتيل"),
    ("وقد تجاوز 300 قتيل", 301, N, "lower", "قتيل"),
    ("تخطت الخسائر 4 مليارات دولار", 4e9, N, "lower", "دولار"),
    ("الإنتاج يتخطى مليون برميل", 1e6, N, "lower", "برميل"),
    ("فاق عدد النازحين 2000 نازح", 2001, N, "lower", "نازح"),
    ("حصيلة فاقت 150 قتيلا", 151, N, "lower", "قتيل"),
    ("أعداد تفوق 70 ألف لاجئ", 70_001, N, "lower", "لاجئ"),
    ("تعدى عدد المعتقلين 900 معتقل", 901, N, "lower", "معتقل"),
    ("ديون تتعدى 30 مليار دولار", 30e9, N, "lower", "دولار"),
    ("زاد عدد الضحايا على 60 ضحية", 61, N, "lower", "ضحيه"),
    ("بخسائر تزيد عن 5 ملايين دولار", 5e6, N, "lower", "دولار"),
    ("ارتفع العدد إلى ما يزيد على 80 شخصا", 81, N, "lower", "شخص"),
    # … and across the verb's subject
    ("تجاوز عدد القتلى في المدينة 400 قتيل", 401, N, "lower", "قتيل"),
    ("وتخطت قيمة الصادرات الزراعية هذا العام 7 مليارات دولار", 7e9, N, "lower", "دولار"),
    ("ويفوق حجم الاستثمار 20 مليار يورو", 20e9, N, "lower", "يورو"),
    ("تزيد أعمار المرشحين عن 65 عاما", 65, N, "lower", "عام"),
    ("لا يقل عدد المتطوعين عن 40 شخصا", 40, N, "lower", "شخص"),
    ("تقل نسبة المشاركة عن 30 في المئة", N, 30, "upper", "%"),
    # upper bounds
    ("لا يتجاوز عدد المراقبين 50 مراقبا", N, 50, "upper", N),
    ("لم يتجاوز عدد الحضور 200 شخص", N, 200, "upper", "شخص"),
    ("لم تتجاوز نسبة التضخم 3 بالمئة", N, 3, "upper", "%"),
    ("لا يتعدى عمره 18 عاما", N, 18, "upper", "عام"),
    ("أطفال دون 5 سنوات", N, 5, "upper", "سنه"),
    ("أقل من 20 جنديا", N, 19, "upper", "جندي"),
    # a qualifier after the counted noun, one more word and a line wrap
    ("قتل 25 جنديا سوريا على الأقل", 25, N, "lower", "جندي"),
    ("وأصيب 140\nآخرون على الأقل", 140, N, "lower", N),
    ("وأصيب 140\n\nآخرون على الأقل", 140, N, "lower", N),
    ("يحق لمن بلغ 18 عاما فأكثر التصويت", 18, N, "lower", "عام"),
    ("تضم 100 شخص أو أكثر", 100, N, "lower", "شخص"),
    ("وصل 300 لاجئ سوري تقريبا", 300, 300, "approximate", "لاجئ"),
    ("تقدر الكلفة بـ5 ملايين دولار على أقصى تقدير", N, 5e6, "upper", "دولار"),
]


@pytest.mark.parametrize("phrase, lo, hi, certainty, unit", CERTAINTY)
def test_certainty(phrase, lo, hi, certainty, unit):
    assert read(phrase) == (lo, hi, certainty, unit)


# A qualifier after a figure belongs to the next figure when one follows it.
NEXT_FIGURES_QUALIFIER = [
    ("قتل 17 جنديا وأكثر من 40 مدنيا", [(17, 17, "exact"), (41, N, "lower")]),
    ("وصل 30 لاجئا، وعلى الأقل 10 أطفال", [(30, 30, "exact"), (10, N, "lower")]),
]


@pytest.mark.parametrize("phrase, figures", NEXT_FIGURES_QUALIFIER)
def test_a_qualifier_followed_by_a_figure_is_that_figures(phrase, figures):
    found = find_quantities(normalize(phrase).text)
    assert [(m.quantity.min, m.quantity.max, m.certainty) for m in found] == figures


# A verb reaches its figure only within its clause, never past a preposition or a new verb.
NOT_REACHED = [
    "تجاوزت القوات الحدود في 3 مواقع",
    "تجاوز الجيش النهر وقتل 12 مسلحا",
    "تجاوزت الأزمة التي استمرت 10 أعوام",
    "تجاوز الخلاف، وأعلن 5 وزراء استقالتهم",
    "تفوق الفريق على منافسه بفارق 3 أهداف",
]


@pytest.mark.parametrize("phrase", NOT_REACHED)
def test_a_verb_does_not_reach_past_its_clause(phrase):
    found = find_quantities(normalize(phrase).text)
    assert found and all(m.certainty == "exact" for m in found), found


# ---------------------------------------------------------------- rounding

PRECISION = [
    ("بلغ معدل التضخم 38%", 0.5),
    ("استقر سعر الصرف عند 30.85 جنيه", 0.005),
    ("بلغ عدد السكان 1.2 مليون نسمة", 50_000),
    ("استقبلت البلاد 50 ألف لاجئ", 500),
    ("قتل 50 ألف شخص", 500),
    ("نشرت 2500 جندي", 0),  # a count to the unit is exact
    ("سجلت 1204 إصابات", 0),
    ("قتل سبعة آلاف و242 شخصا", 0),
    ("بلغ عدد الزوار مليونا و600 ألف و310 أشخاص", 0),
    ("أكثر من 50 ألف قتيل", 0),  # a bound is a threshold, not a rounded value
    ("عشرات القتلى", 0),  # a vague amount is already as wide as its words
    ("تبعد المدينة 40 كيلومترا", 0.5),
    ("زلزال بقوة 7.8 درجات", 0.05),
    ("نحو 46 جنيها", 0.5),
    ("عاد مليون ونصف لاجئ", 250_000),
    ("نحو ثلث الناخبين", 100 / 6),
]


@pytest.mark.parametrize("phrase, precision", PRECISION)
def test_precision_is_half_a_unit_of_the_last_written_digit(phrase, precision):
    assert one(phrase).quantity.precision == pytest.approx(precision)


# Two figures, written as the news writes them: can both be true?
AGREE = [
    # rounding: the shorter figure holds the longer one
    ("انخفض الجنيه 38%", "انخفض الجنيه 38.3%", True),
    ("استقر السعر عند 31 جنيها", "استقر السعر عند 30.85 جنيه", True),
    ("استقر السعر عند 30.8 جنيه", "استقر السعر عند 30.85 جنيه", True),
    ("استقر السعر عند 30.9 جنيه", "استقر السعر عند 30.85 جنيه", True),
    ("بلغت الفائدة 26.45%", "بلغت الفائدة نحو 26.5%", True),
    ("زلزال بقوة 7 درجات", "زلزال بقوة 6.8 درجات", True),
    ("نحو 8 مليارات دولار", "8.08 مليار دولار", True),
    # … but a rounding is a half-open interval: 7.7 and 7.8 never round the same value
    ("زلزال بقوة 7.7 درجات", "زلزال بقوة 7.8 درجات", False),
    ("استقر السعر عند 30.8 جنيه", "استقر السعر عند 30.9 جنيه", False),
    # an approximate figure has modest room (APPROXIMATE_SLACK), not 10%
    ("ارتفع الدولار إلى نحو 46 جنيها", "ارتفع الدولار إلى 49.5 جنيه", False),
    ("نشرت نحو 900 جندي", "نشرت 940 جنديا", True),
    ("نشرت نحو 900 جندي", "نشرت 960 جنديا", False),
    # counts to the unit are exact, however large
    ("قتل 2500 شخص", "قتل 2501 شخص", False),
    ("قتل 1037 شخصا", "قتل 1037 شخصا", True),
    # a scale word rounds
    ("قتل 50 ألف شخص", "قتل 50400 شخص", True),
    ("قتل 50 ألف شخص", "قتل 50600 شخص", False),
    # bounds
    ("تجاوزت الحصيلة 50 ألف قتيل", "بلغت الحصيلة 50303 قتيلا", True),
    ("لم يتجاوز عدد القتلى 20 قتيلا", "قتل 25 شخصا", False),
    # a share of a whole («about a third») agrees with what rounds to a third
    ("فقد الجنيه نحو ثلث قيمته", "فقد الجنيه 38% من قيمته", True),
    ("فقد الجنيه نحو ثلث قيمته", "فقد الجنيه 65% من قيمته", False),
]


@pytest.mark.parametrize("a, b, agree", AGREE)
def test_figures_agree_within_their_rounding(a, b, agree):
    qa, qb = one(a).quantity, one(b).quantity
    assert qa.overlaps(qb) is agree and qb.overlaps(qa) is agree, (qa, qb)


def test_approximate_slack_is_modest():
    assert APPROXIMATE_SLACK == 0.05
    about = Quantity(100, 100, approximate=True)
    assert about.overlaps(Quantity.exact(105)) and not about.overlaps(Quantity.exact(106))


def test_certainty_of_quantities_built_by_hand():
    assert Quantity.exact(5).certainty == "exact"
    assert Quantity(5, 5, True).certainty == "approximate"
    assert Quantity(5, None).certainty == "lower"
    assert Quantity(None, 5).certainty == "upper"
    assert Quantity(3, 5).certainty == "range"
    assert Quantity(20, 99, True, vague=True).certainty == "vague"


# ---------------------------------------------------------------- values once misread

VALUES = [
    # a point and exactly three digits before a count of people group thousands
    ("أعلنت الوزارة وفاة 1.250 شخصا", 1250, 1250, "شخص"),
    ("ارتفع عدد المتوفين إلى 1.402 متوف", 1402, 1402, "متوفي"),
    ("أكثر من 2.300 جندي", 2301, N, "جندي"),
    ("سجلت 1.250 حالة إصابة", 1250, 1250, "اصابه"),
    ("ارتفع التضخم 1.250 بالمئة", 1.25, 1.25, "%"),  # a percent keeps its decimals
    # "الألف" and a bare "ألف" after a comparing verb or before a counted noun
    ("تجاوز عدد المصابين هذا الشهر الألف", 1001, N, N),
    ("وتخطى عدد سكان المدينة المليون", 1_000_001, N, N),
    ("سجلت السلطات ألف حالة", 1000, 1000, "حاله"),
    ("لقي ما لا يقل عن ألف حاج حتفهم", 1000, N, "حاج"),
    ("نحو ألف", 1000, 1000, N),
    # a year needs a plausible range after "this year"
    ("بلغ عدد الزوار هذا العام 1200", 1200, 1200, N),
    ("بلغ عدد الحجاج هذا العام 1445هـ", N, N, N),  # a Hijri year, marked
    ("بلغ عدد الزوار العام الجاري 1700", 1700, 1700, N),
    # a marked year ends a number
    ("بلغ عدد المشاركين لعام 2023 مليونا و200 ألف شخص", 1_200_000, 1_200_000, "شخص"),
    ("سجلت في عام 2022 ثلاثة آلاف إصابة", 3000, 3000, "اصابه"),
    # a cardinal after its counted noun
    ("سجلت حالة وفاة واحدة في المدينة", 1, 1, "وفاه"),
    ("ولم يصب سوى جندي واحد", 1, 1, "جندي"),
    ("وأنقذ المسعفون عراقيا واحدا من تحت الأنقاض", 1, 1, N),
    ("زار الوفد المحافظات الثلاث", 3, 3, "محافظه"),
    ("في الولايات الأربع المتضررة", 4, 4, "ولايه"),
    ("خلال السنوات الخمس الماضية", 5, 5, "سنه"),
    ("اجتمع قادة الدول العربية الست", 6, 6, "دوله"),
    # fractions of a whole, as percent
    ("صوت نحو ثلث الناخبين", 33.33, 33.33, "%"),
    ("يعيش ثلثا السكان في المدن", 66.67, 66.67, "%"),
    ("خسرت الشركة ربع قيمتها", 25, 25, "%"),
    ("يذهب خمس الميزانية إلى الدفاع", 20, 20, "%"),
    ("فاز بثلاثة أرباع المقاعد", 75, 75, "%"),
    ("أكثر من نصف المصابين من الأطفال", 50, N, "%"),
    # the percent sign written first
    ("%40 من الأصوات", 40, 40, "%"),
    # units: points, temperatures, weights, volumes, areas, currencies, places, pilgrims
    ("رفع البنك الفائدة 200 نقطة أساس", 200, 200, "نقطه اساس"),
    ("خفض الفائدة بواقع نقطتين مئويتين", N, N, N),  # no number: nothing
    ("رفع الفائدة 3 نقاط مئوية", 3, 3, "نقطه مئويه"),
    ("رفع البنك أسعار الفائدة بواقع ست نقاط", 6, 6, "نقطه"),
    ("سجلت الحرارة 47 درجة مئوية", 47, 47, "درجه مئويه"),
    ("صادرت الشرطة 5 أطنان من المخدرات", 5, 5, "طن"),
    ("ينتج مليون برميل يوميا", 1e6, 1e6, "برميل"),
    ("احترق 300 هكتار من الغابات", 300, 300, "هكتار"),
    ("تبلغ مساحتها 40 كيلومترا مربعا", 40, 40, "كم مربع"),
    ("بلغت قيمة العقد 30 مليون جنيه إسترليني", 30e6, 30e6, "جنيه استرليني"),
    ("رفعت الأجر إلى 500 ريال", 500, 500, "ريال"),
    ("غرامة قدرها 10 آلاف دينار", 10_000, 10_000, "دينار"),
    ("يشمل البرنامج 3 أقاليم", 3, 3, "اقليم"),
    ("امتدت الحرائق إلى 5 محافظات", 5, 5, "محافظه"),
    ("ضربت العاصفة 20 ولاية", 20, 20, "ولايه"),
    ("وصل 150 حاجا إلى المطار", 150, 150, "حاج"),
    ("عاد 40 متوفين", 40, 40, "متوفي"),
    # a duration, never anything odd
    ("تعمل الشركة منذ ست سنوات", 6, 6, "سنه"),
    ("ارتفع النمو 2.5-3 بالمئة", 2.5, 3, "%"),
]


@pytest.mark.parametrize("phrase, lo, hi, unit", VALUES)
def test_values(phrase, lo, hi, unit):
    found = find_quantities(normalize(phrase).text)
    if lo is None and hi is None:
        assert found == []
        return
    assert len(found) == 1, found
    m = found[0]
    assert (m.quantity.min, m.quantity.max, m.unit) == (pytest.approx(lo) if lo else lo,
                                                        pytest.approx(hi) if hi else hi, unit)


UNIT_CATEGORIES = [
    ("600 نقطة أساس", "basis-points"), ("3 نقاط مئوية", "points"), ("ست نقاط", "points"),
    ("41 درجة مئوية", "celsius"), ("7 درجات", "degrees"), ("5 أطنان", "weight"),
    ("مليون برميل", "volume"), ("300 هكتار", "area"), ("50 يورو", "money"),
    ("3 أقاليم", "regions"), ("150 حاجا", "people"), ("ألف حالة", "cases"),
    ("ست سنوات", "duration"),
]


@pytest.mark.parametrize("phrase, category", UNIT_CATEGORIES)
def test_unit_categories(phrase, category):
    assert one(phrase).unit_category == category


NONE = [
    "حرف الألف",  # "الألف" is a number only after a comparing verb
    "ألف",
    "مرة واحدة",
    "دفعة واحدة",
    "في آن واحد",
    "وقفوا صفا واحدا",
    "الجولة الثالثة",
    "في اليوم الواحد",
    "الساعة السابعة",
    "يوم الاثنين",
    "بلغ الفريق الدور نصف النهائي",
    "شارك العداؤون في سباق نصف الماراثون",
    # years: the second of a pair, an academic year, a karat
    "تضاعف العدد بين عامي 2000 و2019",
    "تبدأ الدراسة العام الجامعي المقبل 2026/2027",
    "ارتفع سعر غرام الذهب عيار 21",
    "بعد نصف الساعة",
    "في العام 1492",
    "بحلول نهاية العام الجاري 2021",
]


@pytest.mark.parametrize("phrase", NONE)
def test_not_a_quantity(phrase):
    assert find_quantities(normalize(phrase).text) == []
