"""Synthetic Arabic news for benchmarks: N articles of realistic shape, from a seed.

    python benchmarks/generate.py OUT_DIR -n 1000 --seed 7

Every sentence is written here, by hand, as a template. A corpus is a set of invented
*stories* (an event of some kind, in a place, on a date, with its true figures), each
covered by 20–50 articles from several invented outlets. Each article restates some of
its story's figures and dates in the many forms Arabic news uses — three digit sets,
thousands separators, decimals, number words, approximations, bounds, ranges, money,
percentages; months of every system, paired months, Hijri dates, weekdays, dates with
and without a year, relative days — and pads itself to 3–6 KB with background sentences
that state no figure. A minority of stories carries a disagreement: one outlet gives
another figure or date, or one article names the wrong weekday.

The same (n, seed) always gives the same bytes: one `random.Random(seed)` drives every
choice, in a fixed order. Files go into folders of 1,000 (`OUT_DIR/0000/000000.txt`).
Which story each article tells is written beside them, in `OUT_DIR/stories.json` (not an
article: factcheck reads only .txt and .md), so a test can check that factcheck never
joins two stories' articles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
from dataclasses import dataclass, field
from pathlib import Path

from hijridate import Gregorian

# Bump when the output for a given (n, seed) changes: run.py regenerates stale corpora.
GENERATOR_VERSION = 4  # 3: Hijri dates by Umm al-Qura; 4: the stories.json manifest
MANIFEST = "stories.json"  # which story each article belongs to

ARTICLES_PER_FOLDER = 1000
MIN_BYTES, MAX_BYTES = 3 * 1024, 6 * 1024
STORY_SIZE = (20, 50)  # articles per story
FRONT_MATTER_SHARE = 0.85
FIGURE_DISSENT_SHARE = 0.12  # stories where one outlet gives another figure
DATE_DISSENT_SHARE = 0.06  # … another date
WRONG_WEEKDAY_SHARE = 0.05  # … where one article names the wrong weekday
YEARS = range(2015, 2026)

# ---------------------------------------------------------------------------------------
# Words: outlets, places, people (all invented or generic)
# ---------------------------------------------------------------------------------------

OUTLETS = (
    "صحيفة الأفق الجديد", "وكالة أنباء الضفاف", "شبكة المدار", "موقع البوصلة",
    "صحيفة الرائد", "قناة السنابل", "إذاعة صوت الوادي", "صحيفة المرفأ",
    "وكالة النخيل للأنباء", "موقع الشرفة", "صحيفة الميزان", "شبكة الرصد العربي",
    "موقع منارة الخبر", "صحيفة الجسر", "قناة الواحة", "وكالة القلم الحر",
    "موقع نبض المدينة", "صحيفة الساحل", "شبكة أصداء", "مجلة الرواق",
)
OUTLET_SLUGS = tuple(f"outlet-{i:02d}" for i in range(len(OUTLETS)))

# One word each: the checker reads the word after «في» as the place a figure is about.
PLACES = (
    "الموصل", "البصرة", "كركوك", "أربيل", "النجف", "حلب", "حمص", "اللاذقية", "طرطوس",
    "بنغازي", "مصراتة", "سبها", "صنعاء", "عدن", "تعز", "الحديدة", "الخرطوم", "بورتسودان",
    "كسلا", "الإسكندرية", "أسوان", "المنصورة", "الزرقاء", "إربد", "العقبة", "صيدا", "صور",
    "زحلة", "الرباط", "مراكش", "فاس", "طنجة", "أغادير", "وهران", "قسنطينة", "عنابة",
    "صفاقس", "سوسة", "القيروان", "نواكشوط", "نواذيبو", "صلالة", "نزوى", "الدوحة", "المنامة",
    "جدة", "الدمام", "تبوك", "أبها", "الشارقة", "الفجيرة", "غزة", "نابلس", "الخليل",
)
MEN = ("كريم العبيدي", "ياسين بوزيد", "عمر القاسمي", "طارق المصري", "مراد الورفلي",
       "جمال التكريتي", "بشير الدوري", "فادي النعيمي")
WOMEN = ("سلمى الحداد", "ليلى منصور", "نادية الشامي", "هدى الزين", "رانيا خليل",
         "سعاد بلحاج", "منى الفارس", "خديجة العلوي")
CURRENCIES = ("دولار", "دينار", "ريال", "جنيه", "درهم", "يورو")

# ---------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------

DIGIT_SETS = {"western": "0123456789", "arabic": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹"}
THOUSANDS_SEPARATOR = {"western": ",", "arabic": "٬", "persian": "٬"}
DECIMAL_POINT = {"western": ".", "arabic": "٫", "persian": "٫"}

_ONES = ("", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة",
         "عشرة")
_TEENS = {11: "أحد عشر", 12: "اثني عشر"}
_TENS = {20: "عشرين", 30: "ثلاثين", 40: "أربعين", 50: "خمسين", 60: "ستين", 70: "سبعين",
         80: "ثمانين", 90: "تسعين"}
_HUNDREDS = {100: "مئة", 200: "مئتين", 300: "ثلاثمئة", 400: "أربعمئة", 500: "خمسمئة",
             600: "ستمئة", 700: "سبعمئة", 800: "ثمانمئة", 900: "تسعمئة"}
WORDS_LIMIT = 100_000  # number words are written out below this


def number_words(n: int) -> str:
    """Cardinal in the oblique case news prefers: 2500 → «ألفين وخمسمئة»."""
    if not 0 < n < WORDS_LIMIT:
        raise ValueError(f"no words for {n}")
    parts = []
    thousands, rest = divmod(n, 1000)
    if thousands == 1:
        parts.append("ألف")
    elif thousands == 2:
        parts.append("ألفين")
    elif 3 <= thousands <= 10:
        parts.append(_below_100(thousands) + " آلاف")
    elif thousands > 10:
        parts.append(_below_100(thousands) + " ألفا")
    hundreds, units = divmod(rest, 100)
    if hundreds:
        parts.append(_HUNDREDS[hundreds * 100])
    if units:
        parts.append(_below_100(units))
    return " و".join(parts)


def _below_100(n: int) -> str:
    if n <= 10:
        return _ONES[n]
    if n < 20:
        return _TEENS.get(n) or f"{_ONES[n - 10]} عشر"
    tens, ones = divmod(n, 10)
    return f"{_ONES[ones]} و{_TENS[tens * 10]}" if ones else _TENS[tens * 10]


def digits(value: float, digit_set: str, *, grouped: bool = False, decimals: int = 0,
           decimal_point: str | None = None) -> str:
    """2500 → "2,500" / "٢٬٥٠٠" / "۲۵۰۰"; 6.4 → "٦٫٤"."""
    text = f"{value:,.{decimals}f}" if grouped else f"{value:.{decimals}f}"
    point = decimal_point or DECIMAL_POINT[digit_set]
    text = text.replace(",", "\0").replace(".", point).replace("\0", THOUSANDS_SEPARATOR[digit_set])
    return text.translate(str.maketrans("0123456789", DIGIT_SETS[digit_set]))


def _pick_digit_set(rng: random.Random) -> str:
    return rng.choices(("western", "arabic", "persian"), weights=(60, 30, 10))[0]


def _round_to(value: float, significant: int) -> float:
    if value <= 0:
        return value
    step = 10 ** (math.floor(math.log10(value)) - significant + 1)
    return round(value / step) * step


def _round_down(value: float) -> int:
    """A round number strictly below `value`, for «أكثر من»: 47 → 40, 2530 → 2500."""
    step = 10 ** max(0, math.floor(math.log10(value)) - 1)
    below = (int(value) // step) * step
    return below - step if below >= value else below


def _words_fit(n: int) -> bool:
    """Number words for small and round numbers, as writers use them."""
    nonzero = sum(1 for ch in str(n) if ch != "0")
    return 3 <= n < WORDS_LIMIT and (n <= 10 or nonzero <= 2)


@dataclass(frozen=True)
class Noun:
    """A counted noun in the forms Arabic grammar asks for after a number."""

    genitive: str  # after 100, 1000, …: «2500 جندي»
    accusative: str  # after 11–99: «45 جنديا»
    plural: str  # after 3–10: «5 جنود»
    definite_plural: str  # after a vague plural: «عشرات الجنود»

    def after(self, n: float) -> str:
        last_two = int(n) % 100
        if n != int(n):
            return self.genitive
        if 3 <= last_two <= 10:
            return self.plural
        if 11 <= last_two <= 99:
            return self.accusative
        return self.genitive


# ---------------------------------------------------------------------------------------
# Story kinds: figures, sentences, background — every sentence written for this file
# ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Figure:
    """One fact a story counts. `style`: count | percent | money | decimal."""

    name: str
    style: str
    low: float
    high: float
    sentences: tuple[str, ...]  # templates with {fig}, and maybe {place} {official}
    noun: Noun | None = None


@dataclass(frozen=True)
class Kind:
    name: str
    titles: tuple[str, ...]
    officials: tuple[str, ...]
    figures: tuple[Figure, ...]
    event_sentences: tuple[str, ...]  # templates with {date}
    background: tuple[str, ...]  # no figure, no date
    deadline_sentences: tuple[str, ...] = ()  # templates with {deadline}
    deadline_days: tuple[int, int] = (0, 0)


N = Noun  # short alias for the tables below

KINDS: tuple[Kind, ...] = (
    Kind(
        name="floods",
        titles=("سيول جارفة في {place} وحصيلة الضحايا ترتفع",
                "{place}: فيضان مفاجئ يغمر أحياء سكنية ويشرد عائلات",
                "الأمطار الغزيرة تتسبب في فيضان واسع في {place}"),
        officials=("المتحدث باسم الدفاع المدني", "محافظ المدينة", "مدير خلية الأزمة"),
        figures=(
            Figure("dead", "count", 4, 180, (
                "وأسفر الفيضان عن سقوط {fig} في {place}، بحسب حصيلة رسمية.",
                "وقال {official} إن حصيلة الضحايا ارتفعت إلى {fig} في {place}.",
                "وتشير الأرقام الرسمية إلى {fig} في {place} ومحيطها.",
            ), N("قتيل", "قتيلا", "قتلى", "القتلى")),
            Figure("displaced", "count", 800, 60_000, (
                "وخلف الفيضان {fig} في {place} يقيمون حاليا في مدارس ومراكز إيواء.",
                "وتقدر منظمات الإغاثة وجود {fig} في {place} بحاجة إلى مأوى ومساعدات عاجلة.",
            ), N("نازح", "نازحا", "نازحين", "النازحين")),
            Figure("damage", "money", 5e6, 9e8, (
                "وقدرت الحكومة الخسائر المادية بـ{fig}.",
                "وتقول تقديرات أولية إن قيمة الأضرار بلغت {fig}.",
            )),
        ),
        event_sentences=(
            "وضرب الفيضان {place} {date} بعد أمطار غزيرة استمرت لساعات.",
            "ووقع الفيضان في {place} {date} حين فاضت مياه الوادي على الأحياء المنخفضة.",
        ),
        background=(
            "وتعاني شبكات تصريف مياه الأمطار في المدينة من إهمال مزمن.",
            "وحذرت هيئة الأرصاد الجوية من استمرار الأحوال الجوية غير المستقرة.",
            "وغمرت المياه الطرق الرئيسية وعزلت قرى بأكملها عن محيطها.",
            "وعملت فرق الإنقاذ على انتشال العالقين من فوق أسطح المنازل.",
        ),
        deadline_sentences=(
            "وتعهدت الحكومة بإعادة تأهيل الطرق المتضررة بحلول {deadline}.",
        ),
        deadline_days=(60, 200),
    ),
    Kind(
        name="earthquake",
        titles=("زلزال عنيف يضرب {place} ويوقع ضحايا",
                "{place}: هزة أرضية قوية تثير الذعر بين السكان"),
        officials=("مدير المركز الوطني للرصد الزلزالي", "وزير الصحة", "رئيس فرق الإنقاذ"),
        figures=(
            Figure("magnitude", "decimal", 4.2, 7.6, (
                "وبلغت قوة الزلزال {fig} على مقياس ريختر، وفق المركز الوطني للرصد.",
                "وسجلت أجهزة الرصد هزة بقوة {fig} كان مركزها قرب {place}.",
            ), N("درجة", "درجة", "درجات", "الدرجات")),
            Figure("dead", "count", 3, 400, (
                "وخلف الزلزال {fig} في {place} وفق حصيلة غير نهائية.",
                "وأعلنت وزارة الصحة أن عدد الضحايا بلغ {fig} في {place}.",
            ), N("قتيل", "قتيلا", "قتلى", "القتلى")),
            Figure("injured", "count", 10, 3000, (
                "كما أحصت الفرق الطبية {fig} في {place}، بعضهم في حالة حرجة.",
                "ونقل {fig} إلى مستشفيات المنطقة لتلقي العلاج.",
            ), N("جريح", "جريحا", "جرحى", "الجرحى")),
        ),
        event_sentences=(
            "ووقع زلزال {place} {date} وشعر به سكان المدن المجاورة.",
            "وضرب الزلزال {place} {date} فيما كان معظم السكان نياما.",
        ),
        background=(
            "وهرع السكان إلى الشوارع خوفا من هزات ارتدادية.",
            "وتسببت الهزة في انهيار مبان قديمة وتصدع جدران مدارس.",
            "وتقع المنطقة على خط صدع نشط بحسب خبراء الجيولوجيا.",
            "وتواصل فرق الإنقاذ البحث تحت الأنقاض عن ناجين.",
        ),
    ),
    Kind(
        name="elections",
        titles=("انتخابات {place}: نسبة المشاركة تثير الجدل",
                "الناخبون في {place} يتوجهون إلى صناديق الاقتراع"),
        officials=("رئيس الهيئة العليا للانتخابات", "الناطق باسم الهيئة المشرفة",
                   "رئيس بعثة المراقبين"),
        figures=(
            Figure("turnout", "percent", 18, 78, (
                "وبلغت نسبة المشاركة في الاقتراع {fig} في {place}، بحسب الهيئة المشرفة.",
                "وأعلن {official} أن نسبة الإقبال وصلت إلى {fig} في {place}.",
            )),
            Figure("voters", "count", 20_000, 900_000, (
                "ويحق لـ{fig} الإدلاء بأصواتهم في هذه الدورة.",
                "وتضم القوائم الانتخابية {fig} بحسب السجلات الرسمية.",
            ), N("ناخب", "ناخبا", "ناخبين", "الناخبين")),
        ),
        event_sentences=(
            "وجرت الانتخابات في {place} {date} وسط إجراءات أمنية مشددة.",
            "وانطلق الاقتراع في {place} {date} في أجواء هادئة إجمالا.",
        ),
        background=(
            "وانتشرت قوات الأمن في محيط مراكز الاقتراع لتأمين العملية الانتخابية.",
            "واشتكى مراقبون من خروقات محدودة في بعض الدوائر.",
            "ودعت الأحزاب أنصارها إلى المشاركة بكثافة في التصويت.",
            "وتشهد الساحة السياسية انقساما حادا بين المعسكرين الرئيسيين.",
        ),
        deadline_sentences=(
            "ومن المنتظر أن تعلن النتائج النهائية بحلول {deadline}.",
        ),
        deadline_days=(3, 20),
    ),
    Kind(
        name="budget",
        titles=("المجلس البلدي في {place} يقر موازنة جديدة وسط انتقادات",
                "موازنة {place} الجديدة: أرقام وتحفظات"),
        officials=("رئيس المجلس البلدي", "مدير الشؤون المالية", "عضو لجنة الموازنة"),
        figures=(
            Figure("total", "money", 4e7, 6e9, (
                "وتبلغ القيمة الإجمالية للموازنة {fig}.",
                "وأقر المجلس موازنة بقيمة {fig} بعد نقاش مطول.",
            )),
            Figure("deficit", "percent", 2, 19, (
                "ويبلغ العجز المتوقع {fig} في {place} بحسب مشروع الموازنة.",
                "وقال {official} إن نسبة العجز ستصل إلى {fig} في {place}.",
            )),
        ),
        event_sentences=(
            "وجرى التصويت على موازنة {place} {date} بأغلبية مريحة.",
            "وأعلنت الإدارة المالية في {place} مشروع الموازنة {date} في مؤتمر صحافي.",
        ),
        background=(
            "وتركز الموازنة على مشاريع البنية التحتية وتحسين الخدمات العامة.",
            "وانتقد أعضاء في المعارضة غياب الشفافية في توزيع الاعتمادات.",
            "ويطالب السكان بتخصيص موارد أكبر للنظافة والإنارة العامة.",
            "ويرى خبراء أن الإيرادات المتوقعة مبالغ فيها.",
        ),
        deadline_sentences=(
            "على أن يبدأ العمل بالموازنة الجديدة بحلول {deadline}.",
        ),
        deadline_days=(20, 120),
    ),
    Kind(
        name="deployment",
        titles=("نشر قوات إضافية في {place} لتعزيز الأمن",
                "تعزيزات عسكرية تصل إلى {place}"),
        officials=("الناطق باسم وزارة الدفاع", "قائد العمليات", "مصدر عسكري"),
        figures=(
            Figure("troops", "count", 200, 9000, (
                "وتضم القوة المنتشرة {fig} في {place}، وفق مصادر عسكرية.",
                "وقال {official} إن {fig} وصلوا إلى {place} ضمن الدفعة الأولى.",
            ), N("جندي", "جنديا", "جنود", "الجنود")),
            Figure("bases", "count", 3, 9, (
                "وتتوزع القوات على {fig} في {place} وضواحيها.",
                "وأوضح {official} أن الخطة تشمل إقامة {fig} في {place} ومحيطها.",
            ), N("قاعدة", "قاعدة", "قواعد", "القواعد")),
            Figure("aircraft", "count", 4, 60, (
                "وتدعم العملية {fig} مخصصة للاستطلاع والنقل.",
                "وأرسلت القيادة {fig} إلى {place} لدعم القوات البرية.",
            ), N("طائرة", "طائرة", "طائرات", "الطائرات")),
        ),
        event_sentences=(
            "وبدأ وصول القوات إلى {place} {date} بحسب بيان رسمي.",
            "وكان الإعلان عن نشر القوات في {place} قد صدر {date}.",
        ),
        background=(
            "وتهدف العملية إلى تأمين الطرق الحيوية وحماية المنشآت العامة.",
            "ويثير الانتشار العسكري قلق بعض الأهالي من تصاعد التوتر.",
            "وتقول الحكومة إن مهمة القوات مؤقتة وذات طابع دفاعي.",
            "وشوهدت آليات عسكرية تتحرك على الطريق السريع المؤدي إلى المدينة.",
        ),
        deadline_sentences=(
            "ومن المقرر أن يكتمل انسحاب هذه القوات بحلول {deadline}.",
            "وتنص الخطة على سحب القوات حتى {deadline}.",
        ),
        deadline_days=(90, 400),
    ),
    Kind(
        name="strike",
        titles=("إضراب شامل يشل قطاع النقل في {place}",
                "النقابات في {place} تصعد وتعلن الإضراب"),
        officials=("الأمين العام للنقابة", "وزير العمل", "ممثل العمال"),
        figures=(
            Figure("days", "count", 3, 21, (
                "ويستمر الإضراب لمدة {fig} في {place} ما لم تستجب الحكومة للمطالب.",
                "وأعلنت النقابة أن الإضراب سيمتد {fig} قابلة للتمديد.",
            ), N("يوم", "يوما", "أيام", "الأيام")),
            Figure("raise", "percent", 5, 45, (
                "ويطالب المضربون بزيادة في الأجور بنسبة {fig} في {place}.",
                "وتتمسك النقابة بمطلب رفع الرواتب بنسبة {fig}.",
            )),
            Figure("workers", "count", 500, 80_000, (
                "ويشارك في الإضراب {fig} في مختلف القطاعات.",
                "وقال {official} إن {fig} التزموا بقرار الإضراب.",
            ), N("عامل", "عاملا", "عمال", "العمال")),
        ),
        event_sentences=(
            "وانطلق الإضراب في {place} {date} بدعوة من النقابات الكبرى.",
            "وبدأ إضراب {place} {date} بعد فشل جولة المفاوضات الأخيرة.",
        ),
        background=(
            "وتوقفت حركة الحافلات والقطارات بشكل شبه كامل.",
            "واتهمت الحكومة النقابات بتسييس المطالب الاجتماعية.",
            "ويشتكي المواطنون من صعوبة التنقل إلى أماكن عملهم.",
            "ودعت منظمات أرباب العمل إلى العودة إلى طاولة الحوار.",
        ),
        deadline_sentences=(
            "وأمهلت النقابة الحكومة حتى {deadline} للرد على مطالبها.",
        ),
        deadline_days=(5, 30),
    ),
    Kind(
        name="fire",
        titles=("حريق ضخم يلتهم مساحات واسعة في {place}",
                "{place}: النيران تأتي على غابات ومنشآت"),
        officials=("مدير الحماية المدنية", "محافظ الولاية", "رئيس مصلحة الغابات"),
        figures=(
            Figure("vehicles", "count", 5, 120, (
                "وشاركت {fig} تابعة للدفاع المدني في عمليات الإطفاء في {place}.",
                "ودفعت السلطات بـ{fig} إضافية إلى {place} لمحاصرة النيران.",
            ), N("مركبة", "مركبة", "مركبات", "المركبات")),
            Figure("injured", "count", 3, 200, (
                "وأسفر الحريق عن {fig} في {place} نقلوا إلى المستشفيات.",
                "وقال {official} إن الحريق خلف {fig} في {place} معظمهم من رجال الإطفاء.",
            ), N("مصاب", "مصابا", "مصابين", "المصابين")),
            Figure("area", "count", 40, 9000, (
                "وأتت النيران على {fig} من الغابات والأراضي الزراعية.",
                "وقدر {official} المساحة المتضررة بـ{fig} في {place} ومحيطها.",
            ), N("هكتار", "هكتارا", "هكتارات", "الهكتارات")),
        ),
        event_sentences=(
            "واندلع الحريق {date} في منطقة حرجية قريبة من {place}.",
            "وشب حريق {place} {date} وامتد بسرعة بفعل الرياح القوية.",
        ),
        background=(
            "وساهمت الحرارة المرتفعة والرياح في انتشار ألسنة اللهب.",
            "وتم إجلاء سكان التجمعات القريبة من موقع الحريق كإجراء احترازي.",
            "وتحقق السلطات في أسباب الحريق ولم تستبعد فرضية الفعل المتعمد.",
            "وغطت سحب الدخان الكثيف سماء المنطقة لساعات طويلة.",
        ),
    ),
    Kind(
        name="trade",
        titles=("توقيع اتفاقية تجارية جديدة في {place}",
                "اتفاق تجاري في {place} يفتح الأسواق أمام الصادرات"),
        officials=("وزير التجارة", "رئيس غرفة التجارة", "المفاوض الرئيسي"),
        figures=(
            Figure("value", "money", 1e8, 4e10, (
                "وتبلغ قيمة الاتفاق {fig} وفق تقديرات الحكومة.",
                "وقال {official} إن حجم المبادلات المتوقع يصل إلى {fig}.",
            )),
            Figure("countries", "count", 3, 15, (
                "ويضم الاتفاق {fig} من المنطقة.",
                "وشاركت في المفاوضات التي احتضنتها {place} {fig} بصفة عضو كامل.",
            ), N("دولة", "دولة", "دول", "الدول")),
            Figure("tariff", "percent", 5, 60, (
                "وينص الاتفاق على خفض الرسوم الجمركية بنسبة {fig}.",
                "وقال {official} إن الرسوم ستنخفض بنسبة {fig} على معظم السلع.",
            )),
        ),
        event_sentences=(
            "ووقع الاتفاق {date} في {place} بحضور وزراء التجارة.",
            "وتم الإعلان عن اتفاق {place} {date} في ختام جولة مفاوضات طويلة.",
        ),
        background=(
            "ويرى رجال أعمال أن الاتفاق سيمنح المنتجات المحلية فرصا جديدة.",
            "وأبدت جمعيات المزارعين تخوفها من المنافسة الأجنبية.",
            "ويتضمن الاتفاق بنودا خاصة بتسهيل إجراءات العبور في الموانئ.",
            "ويأمل المسؤولون أن يساهم الاتفاق في جذب الاستثمارات.",
        ),
        deadline_sentences=(
            "ويدخل الاتفاق حيز التنفيذ بحلول {deadline}.",
        ),
        deadline_days=(30, 300),
    ),
    Kind(
        name="protests",
        titles=("احتجاجات واسعة في {place} للمطالبة بالإصلاح",
                "مواجهات بين المتظاهرين وقوات الأمن في {place}"),
        officials=("المتحدث باسم وزارة الداخلية", "منسق الحراك", "رئيس رابطة حقوق الإنسان"),
        figures=(
            Figure("demonstrators", "count", 300, 80_000, (
                "وشارك في الاحتجاجات {fig} في {place} بحسب تقديرات المنظمين.",
                "وخرج {fig} في {place} رافعين شعارات تطالب بالإصلاح.",
            ), N("متظاهر", "متظاهرا", "متظاهرين", "المتظاهرين")),
            Figure("detainees", "count", 5, 600, (
                "وتحدثت منظمات حقوقية عن وجود {fig} في {place} منذ بدء التحركات.",
                "وأقر {official} باحتجاز {fig} في {place} بتهمة الإخلال بالأمن.",
            ), N("معتقل", "معتقلا", "معتقلين", "المعتقلين")),
            Figure("injured", "count", 5, 400, (
                "وسقط خلال المواجهات {fig} في {place}.",
                "وأفادت مصادر طبية باستقبال {fig} في {place} إثر المواجهات.",
            ), N("جريح", "جريحا", "جرحى", "الجرحى")),
        ),
        event_sentences=(
            "وانطلقت الاحتجاجات في {place} {date} عقب الإعلان عن قرارات حكومية مثيرة للجدل.",
            "وبدأت التظاهرات {date} في الساحة الرئيسية قبل أن تمتد إلى أحياء أخرى.",
        ),
        background=(
            "ورفع المحتجون لافتات تندد بغلاء المعيشة وتفشي البطالة.",
            "واستخدمت قوات الأمن الغاز المسيل للدموع لتفريق المتجمعين.",
            "ودعت منظمات حقوقية إلى احترام حق التظاهر السلمي.",
            "وأغلق محتجون طرقا رئيسية بالإطارات المشتعلة.",
        ),
    ),
    Kind(
        name="aid",
        titles=("قافلة مساعدات إنسانية تصل إلى {place}",
                "نداء دولي لدعم اللاجئين في {place}"),
        officials=("ممثل المفوضية السامية للاجئين", "منسق الشؤون الإنسانية",
                   "مدير الهلال الأحمر"),
        figures=(
            Figure("refugees", "count", 1000, 90_000, (
                "وتؤوي المخيمات {fig} في {place} يعيشون ظروفا صعبة.",
                "وقال {official} إن {fig} في {place} يعتمدون كليا على المساعدات.",
            ), N("لاجئ", "لاجئا", "لاجئين", "اللاجئين")),
            Figure("funds", "money", 2e6, 8e8, (
                "وأعلنت الأمم المتحدة عن تخصيص {fig} لدعم العمليات الإنسانية.",
                "وتعهد المانحون بتقديم {fig} لتمويل خطة الاستجابة.",
            )),
            Figure("trucks", "count", 5, 300, (
                "ودخلت {fig} محملة بالمواد الغذائية والأدوية.",
                "وتضم القافلة التي وصلت إلى {place} {fig} من المساعدات.",
            ), N("شاحنة", "شاحنة", "شاحنات", "الشاحنات")),
        ),
        event_sentences=(
            "ووصلت القافلة إلى {place} {date} بعد انتظار طويل على المعبر.",
            "وكان الإعلان عن خطة الاستجابة في {place} قد صدر {date}.",
        ),
        background=(
            "وتعاني المخيمات من نقص حاد في المياه الصالحة للشرب.",
            "وحذرت منظمات إنسانية من تفشي الأمراض بسبب الاكتظاظ.",
            "ويعيش كثير من الأطفال دون رعاية صحية أو تعليم منتظم.",
            "وطالبت المنظمات بفتح ممرات آمنة لإيصال المساعدات.",
        ),
        deadline_sentences=(
            "وتعهد المانحون بتسليم بقية المساعدات بحلول {deadline}.",
        ),
        deadline_days=(30, 180),
    ),
)

# Background for any story: no figure, no date, no weekday, no month name.
GENERAL_FILLER = (
    "وتتابع السلطات المحلية تطورات الوضع عن كثب، وسط دعوات إلى التزام الحذر.",
    "وأكد {official} أن الجهات المختصة تعمل بلا توقف لاحتواء التداعيات.",
    "ولم تصدر حتى الآن أي تعليقات رسمية من الجهات المعنية على هذه المعلومات.",
    "ويرى مراقبون أن هذه التطورات تضع السلطات أمام اختبار صعب في المرحلة المقبلة.",
    "وفي سياق متصل، دعا ناشطون إلى فتح تحقيق مستقل لتحديد المسؤوليات.",
    "وتداول مستخدمون على مواقع التواصل الاجتماعي صورا ومقاطع مصورة تظهر حجم ما جرى.",
    "وقال شهود عيان لـ«{outlet}» إن الأجواء كانت متوترة في الشوارع الرئيسية.",
    "وأضاف أن «الأولوية هي لحماية المواطنين وتأمين احتياجاتهم الأساسية».",
    "من جهتها، طالبت منظمات المجتمع المدني بمزيد من الشفافية في إدارة الأزمة.",
    "وتعهدت الحكومة بتقديم الدعم اللازم للمتضررين في أقرب وقت ممكن.",
    "ويأتي ذلك في ظل أوضاع اقتصادية صعبة تعيشها البلاد منذ فترة طويلة.",
    "وأشار خبراء إلى أن غياب التخطيط المسبق فاقم من حجم المشكلة.",
    "وتسعى الجهات الرسمية إلى طمأنة الرأي العام عبر بيانات دورية.",
    "ونقلت وسائل إعلام محلية عن مصادر مطلعة قولها إن الاتصالات ما زالت مستمرة.",
    "ولفت {official} إلى أن فرقا ميدانية انتشرت في الأحياء الأكثر تضررا.",
    "وتعالت أصوات تطالب بمحاسبة المقصرين وعدم الاكتفاء بالوعود.",
    "وفي المقابل، دافع مسؤولون عن أداء المؤسسات الرسمية وقالوا إنها تعاملت بمهنية.",
    "وتبقى الأنظار متجهة إلى ما ستسفر عنه الاجتماعات المرتقبة بين الأطراف المعنية.",
    "وأوضح مصدر مطلع، فضل عدم الكشف عن اسمه، أن التقديرات الأولية قابلة للتغيير.",
    "وشددت الوزارة على ضرورة استقاء المعلومات من المصادر الرسمية حصرا.",
    "ويخشى السكان من تكرار السيناريو ذاته في ظل ضعف البنية التحتية.",
    "وتحدث عدد من المواطنين عن معاناتهم المتواصلة في ظل هذه الظروف.",
    "ودعت أحزاب معارضة إلى جلسة طارئة في البرلمان لمناقشة التطورات.",
    "وقالت الناشطة الحقوقية {woman} إن «ما يحدث يستدعي تحركا عاجلا من الجميع».",
    "وأعرب {official} عن أمله في أن تتحسن الأوضاع تدريجيا خلال الفترة المقبلة.",
    "ولا تزال الصورة غير مكتملة، بحسب ما تؤكده مصادر ميدانية متطابقة.",
    "واعتبر محللون أن الحدث يكشف هشاشة التنسيق بين المؤسسات المختلفة.",
    "وتلقت غرفة العمليات المركزية بلاغات متلاحقة من مناطق متفرقة.",
    "وأكدت مصادر طبية أن المستشفيات رفعت مستوى الجاهزية إلى الحد الأقصى.",
    "وتواصلت الاتصالات الدبلوماسية مع العواصم المعنية لبحث سبل الدعم.",
    "وأبدت جهات دولية استعدادها لتقديم المساعدة الفنية عند الحاجة.",
    "ويؤكد سكان محليون أن التحذيرات لم تصل إليهم في الوقت المناسب.",
    "وذكرت «{outlet}» أن مراسليها رصدوا حالة من الترقب في الشارع.",
    "وفي تصريحات لاحقة، حمل {official} جهات لم يسمها مسؤولية التأخير.",
    "ويطالب الأهالي بتعويضات عادلة وخطة واضحة لإعادة الإعمار.",
    "وتعمل فرق الرصد على جمع البيانات من الميدان لتقديم صورة أدق.",
    "وبحسب مراقبين، فإن المشهد مرشح لمزيد من التعقيد إذا لم تتخذ خطوات سريعة.",
    "وفي الأثناء، أطلقت جمعيات خيرية حملات تبرع واسعة لمساندة الأسر المتضررة.",
    "واستنكرت نقابات مهنية ما وصفته بالتقصير في التعامل مع الملف.",
    "وأشار التقرير إلى أن المعطيات المتوفرة تستند إلى مصادر رسمية وأخرى ميدانية.",
    "ورفض متحدث باسم الحكومة التعليق على هذه الأنباء، مكتفيا بالقول إن «الوضع تحت السيطرة».",
    "وتتباين الروايات حول ما حدث بالضبط، في انتظار صدور نتائج التحقيق الرسمي.",
    "ويعد هذا الملف من أكثر الملفات حساسية على الساحة المحلية.",
    "وختم {official} بالقول إن «الجميع مطالب بتحمل مسؤولياته في هذه المرحلة».",
    "وكانت منظمات دولية قد حذرت مرارا من هشاشة الأوضاع في المنطقة.",
    "ويقول الباحث {man} إن «المشكلة أعمق من أن تحل بإجراءات ظرفية».",
    "وتساءل معلقون عن جدوى الخطط المعلنة في غياب آليات واضحة للمتابعة.",
    "وتنتظر الأسر المتضررة تنفيذ الوعود التي أطلقها المسؤولون.",
    "ووصف {official} الوضع بأنه «صعب لكنه تحت المراقبة الدقيقة».",
    "وأثارت الحادثة موجة واسعة من التعليقات في الأوساط السياسية والإعلامية.",
)

# A year in the past, for background: «منذ» says it does not date the story.
HISTORY = (
    "وتعد هذه الأسوأ من نوعها في المنطقة منذ عام {year}.",
    "ولم تشهد المدينة وضعا مماثلا منذ {year} بحسب السكان.",
    "ويذكر هذا المشهد بما عاشته المنطقة منذ عام {year}.",
)

# ---------------------------------------------------------------------------------------
# Calendars
# ---------------------------------------------------------------------------------------

LEVANTINE = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
             "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول")
GULF = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
        "أكتوبر", "نوفمبر", "ديسمبر")
# Maghrebi names where they differ: Algerian/Tunisian, and Moroccan for August (غشت).
MAGHREBI = ("جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", ("أوت", "غشت"),
            "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
HIJRI = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب",
         "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
ORDINAL_UNITS = ("", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
                 "الثامن", "التاسع", "العاشر")


def ordinal_day(day: int) -> str:
    """15 → «الخامس عشر», 21 → «الحادي والعشرين»."""
    if day <= 10:
        return ORDINAL_UNITS[day]
    tens, ones = divmod(day, 10)
    unit = "الحادي" if ones == 1 else ORDINAL_UNITS[ones]
    if tens == 1:
        return f"{unit} عشر"
    tens_word = "العشرين" if tens == 2 else "الثلاثين"
    return f"{unit} و{tens_word}" if ones else tens_word


def to_hijri(date: dt.date) -> tuple[int, int, int]:
    """Gregorian → Hijri (year, month, day) by the Umm al-Qura calendar, as news writes it
    (and as factcheck reads it back)."""
    hijri = Gregorian(date.year, date.month, date.day).to_hijri()
    return hijri.year, hijri.month, hijri.day


# ---------------------------------------------------------------------------------------
# Stories
# ---------------------------------------------------------------------------------------

@dataclass
class Story:
    kind: Kind
    place: str
    date: dt.date
    deadline: dt.date | None
    figures: dict[str, float]
    currency: str
    outlets: tuple[int, ...]
    # Injected disagreements: outlet index → figure name → wrong value; outlet → wrong date.
    figure_dissent: dict[int, dict[str, float]] = field(default_factory=dict)
    date_dissent: dict[int, dt.date] = field(default_factory=dict)
    size: int = 0  # articles planned
    wrong_weekday_article: int | None = None  # position among the story's articles
    written: int = 0  # articles written so far


def _figure_value(figure: Figure, rng: random.Random) -> float:
    if figure.style == "percent":
        return round(rng.uniform(figure.low, figure.high), rng.choice((0, 1)))
    if figure.style == "decimal":
        return round(rng.uniform(figure.low, figure.high), 1)
    if figure.style == "money":
        # Log-uniform, two or three significant figures: «850 مليون», «3.2 مليار».
        value = math.exp(rng.uniform(math.log(figure.low), math.log(figure.high)))
        return _round_to(value, rng.choice((2, 2, 3)))
    value = math.exp(rng.uniform(math.log(figure.low), math.log(figure.high)))
    if value > 100 and rng.random() < 0.5:
        return _round_to(value, 2)  # officials like round numbers
    return float(int(value))


def _wrong_value(value: float, figure: Figure, rng: random.Random) -> float:
    """Another figure for the same fact, far enough that no approximation reconciles them."""
    if figure.style == "decimal":  # a magnitude: another agency's reading, points away
        step = rng.choice((1.0, 1.5, 2.0))
        return round(value - step if value - step >= 3 else value + step, 1)
    factor = rng.choice((0.5, 0.6, 1.5, 1.7, 2.0))
    if figure.style == "percent":
        wrong = round(value * factor, 1)
        return wrong if wrong <= 95 else round(value * 0.5, 1)
    wrong = float(round(_round_to(value * factor, 2)))
    return wrong if wrong >= 3 and wrong != value else float(round(value * 2))


def plan_stories(n: int, rng: random.Random) -> list[Story]:
    stories: list[Story] = []
    planned = 0
    while planned < n:
        kind = rng.choice(KINDS)
        year = rng.choice(YEARS)
        date = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))
        deadline = None
        if kind.deadline_sentences and rng.random() < 0.7:
            deadline = date + dt.timedelta(days=rng.randint(*kind.deadline_days))
        figures = {f.name: _figure_value(f, rng) for f in kind.figures}
        outlets = tuple(rng.sample(range(len(OUTLETS)), rng.randint(4, 12)))
        story = Story(kind, rng.choice(PLACES), date, deadline, figures,
                      rng.choice(CURRENCIES), outlets)
        if rng.random() < FIGURE_DISSENT_SHARE:
            figure = rng.choice(kind.figures)
            wrong = _wrong_value(figures[figure.name], figure, rng)
            story.figure_dissent[rng.choice(outlets)] = {figure.name: wrong}
        if rng.random() < DATE_DISSENT_SHARE:
            shift = rng.choice((-3, -2, -1, 1, 2, 3))
            story.date_dissent[rng.choice(outlets)] = date + dt.timedelta(days=shift)
        story.size = rng.randint(*STORY_SIZE)
        if rng.random() < WRONG_WEEKDAY_SHARE:
            story.wrong_weekday_article = rng.randrange(story.size)
        stories.append(story)
        planned += story.size
    return stories


def _story_order(stories: list[Story], n: int, rng: random.Random) -> list[Story]:
    """Which story each article covers: shuffled, so a folder mixes many stories."""
    order = [story for story in stories for _ in range(story.size)]
    rng.shuffle(order)
    return order[:n]


# ---------------------------------------------------------------------------------------
# Writing one figure, one date
# ---------------------------------------------------------------------------------------

def say_count(value: float, noun: Noun | None, rng: random.Random) -> str:
    """An integer with its counted noun, in one of the forms news uses."""
    n = int(value)
    roll = rng.random()
    with_noun = (lambda number, count: f"{number} {noun.after(count)}") if noun else (
        lambda number, count: number)
    if roll < 0.16 and _words_fit(n):
        return with_noun(number_words(n), n)
    if roll < 0.30 and n >= 40:
        rounded = int(_round_to(n, 2))
        qualifier = rng.choice(("نحو", "حوالي", "قرابة", "ما يقارب"))
        return f"{qualifier} {with_noun(_digits_form(rounded, rng), rounded)}"
    if roll < 0.36 and n >= 30:
        below = _round_down(n)
        if below >= 0.7 * n:
            return f"أكثر من {with_noun(_digits_form(below, rng), below)}"
    if roll < 0.41 and n >= 20:
        low, high = int(_round_to(n * 0.8, 1)), int(_round_to(n * 1.25, 1))
        if low < n < high:
            digit_set = _pick_digit_set(rng)
            return with_noun(f"بين {digits(low, digit_set)} و{digits(high, digit_set)}", high)
    if roll < 0.45 and noun and (20 <= n <= 99 or 200 <= n <= 999 or 2000 <= n <= 9999):
        vague = "عشرات" if n < 100 else "مئات" if n < 1000 else "آلاف"
        return f"{vague} {noun.definite_plural}"
    if roll < 0.55 and n >= 10_000 and n % 1000 == 0:
        thousands = n // 1000
        return f"{digits(thousands, _pick_digit_set(rng))} ألف" + (f" {noun.genitive}" if noun else "")
    return with_noun(_digits_form(n, rng), n)


def _digits_form(n: int, rng: random.Random) -> str:
    digit_set = _pick_digit_set(rng)
    return digits(n, digit_set, grouped=n >= 1000 and rng.random() < 0.5)


def say_decimal(value: float, noun: Noun, rng: random.Random) -> str:
    digit_set = _pick_digit_set(rng)
    point = "," if digit_set == "western" and rng.random() < 0.2 else None
    return f"{digits(value, digit_set, decimals=1, decimal_point=point)} {noun.plural if value <= 10 else noun.genitive}"


def say_percent(value: float, rng: random.Random) -> str:
    digit_set = _pick_digit_set(rng)
    number = digits(value, digit_set, decimals=0 if value == int(value) else 1)
    sign = rng.choice(("%", "%", " في المئة", " في المائة", " بالمئة", "٪" if digit_set != "western" else "%"))
    qualifier = "نحو " if value != int(value) and rng.random() < 0.1 else ""
    return f"{qualifier}{number}{sign}"


def say_money(value: float, currency: str, rng: random.Random) -> str:
    digit_set = _pick_digit_set(rng)
    scale, word = (1e9, "مليار") if value >= 1e9 else (1e6, "مليون")
    amount = value / scale
    if amount == 2 and rng.random() < 0.5:
        return f"{'ملياري' if scale == 1e9 else 'مليوني'} {currency}"
    if amount == int(amount) and 3 <= amount <= 10 and rng.random() < 0.4:
        plural = "مليارات" if scale == 1e9 else "ملايين"
        return f"{number_words(int(amount))} {plural} {currency}"
    decimals = 0 if amount == int(amount) else (1 if amount * 10 == int(amount * 10) else 2)
    return f"{digits(amount, digit_set, decimals=decimals)} {word} {currency}"


def say_figure(figure: Figure, value: float, story: Story, rng: random.Random) -> str:
    if figure.style == "percent":
        return say_percent(value, rng)
    if figure.style == "money":
        return say_money(value, story.currency, rng)
    if figure.style == "decimal":
        return say_decimal(value, figure.noun, rng)
    return say_count(value, figure.noun, rng)


def month_name(month: int, rng: random.Random) -> str:
    """One month in one of the systems, or a pair («آذار/مارس», «تشرين الأول أكتوبر»)."""
    system = rng.choices(("levantine", "gulf", "maghrebi", "pair"), weights=(30, 30, 15, 25))[0]
    if system == "levantine":
        return LEVANTINE[month - 1]
    if system == "gulf":
        return GULF[month - 1]
    if system == "maghrebi":
        name = MAGHREBI[month - 1]
        return rng.choice(name) if isinstance(name, tuple) else name
    first, second = LEVANTINE[month - 1], GULF[month - 1]
    if rng.random() < 0.5:
        first, second = second, first
    return f"{first}{rng.choice(('/', '/ ', ' / ', ' '))}{second}"


def say_date(date: dt.date, rng: random.Random, *, published: dt.date | None,
             weekday: int | None = None, explicit: bool = False) -> str:
    """A date with its preposition, in one of many forms.

    `published`: the article's own date when it states one (relative days are written
    only then, so they can be resolved). `weekday`: force a weekday (a wrong one, for
    injected errors); `explicit`: day, month and year written out.
    """
    if weekday is not None:
        return _explicit_date(date, rng, weekday=weekday)
    if published is not None and not explicit and rng.random() < 0.25:
        relative = _relative_day(date, published, rng)
        if relative:
            return relative
    if explicit:
        return _explicit_date(date, rng, weekday=date.weekday() if rng.random() < 0.3 else None)
    form = rng.choices(("full", "no_year", "weekday", "ordinal", "numeric", "hijri"),
                       weights=(34, 18, 20, 8, 8, 12))[0]
    if form == "full":
        return _explicit_date(date, rng)
    if form == "weekday":
        return _explicit_date(date, rng, weekday=date.weekday(),
                              with_year=rng.random() < 0.7)
    digit_set = _pick_digit_set(rng)
    if form == "no_year":
        return f"في {digits(date.day, digit_set)} {month_name(date.month, rng)}"
    if form == "ordinal":
        return (f"في {ordinal_day(date.day)} من {month_name(date.month, rng)} "
                f"{digits(date.year, digit_set)}")
    if form == "numeric":
        return f"في {digits(date.day, digit_set)}/{digits(date.month, digit_set)}/{digits(date.year, digit_set)}"
    year, month, day = to_hijri(date)
    hijri = f"{digits(day, digit_set)} {HIJRI[month - 1]} {digits(year, digit_set)} هـ"
    if rng.random() < 0.4:  # «… هـ الموافق 15 آذار 2023»
        gregorian = f"{digits(date.day, digit_set)} {month_name(date.month, rng)} {digits(date.year, digit_set)}"
        return f"في {hijri} الموافق {gregorian}"
    return f"في {hijri}"


def _explicit_date(date: dt.date, rng: random.Random, *, weekday: int | None = None,
                   with_year: bool = True) -> str:
    digit_set = _pick_digit_set(rng)
    text = f"{digits(date.day, digit_set)} {month_name(date.month, rng)}"
    if with_year:
        text += f" {digits(date.year, digit_set)}"
    if weekday is None:
        return f"في {text}"
    return f"{rng.choice(('يوم ', '', 'مساء ', 'صباح '))}{WEEKDAYS[weekday]} {text}"


def _relative_day(date: dt.date, published: dt.date, rng: random.Random) -> str | None:
    days = (published - date).days
    weekday = WEEKDAYS[date.weekday()]
    if days == 0:
        return rng.choice(("اليوم", f"اليوم {weekday}"))
    if days == 1:
        return rng.choice(("أمس", f"أمس {weekday}"))
    if days == 2:
        return rng.choice(("قبل يومين", "أول أمس"))
    if 3 <= days <= 9:
        return f"قبل {rng.choice((number_words(days), str(days)))} أيام"
    return None


def say_deadline(date: dt.date, rng: random.Random) -> str:
    """A future date: written out, sometimes without its year."""
    digit_set = _pick_digit_set(rng)
    text = f"{digits(date.day, digit_set)} {month_name(date.month, rng)}"
    return text if rng.random() < 0.25 else f"{text} {digits(date.year, digit_set)}"


# ---------------------------------------------------------------------------------------
# Writing one article
# ---------------------------------------------------------------------------------------

def write_article(story: Story, position: int, rng: random.Random) -> str:
    outlet = rng.choice(story.outlets)
    published = story.date + dt.timedelta(days=rng.choice((0, 1, 1, 1, 2, 2, 3, 5, 8, 13)))
    has_front_matter = rng.random() < FRONT_MATTER_SHARE
    target = rng.randint(MIN_BYTES + 300, MAX_BYTES - 400)
    kind = story.kind
    slots = {"place": story.place, "outlet": OUTLETS[outlet]}

    def fill(template: str, **extra: str) -> str:
        return template.format(**slots, official=rng.choice(kind.officials),
                               man=rng.choice(MEN), woman=rng.choice(WOMEN), **extra)

    values = {**story.figures, **story.figure_dissent.get(outlet, {})}
    event_date = story.date_dissent.get(outlet, story.date)
    wrong_weekday = position == story.wrong_weekday_article
    # Relative days need a reference: the front matter, or a dated dateline.
    dated_dateline = not has_front_matter and rng.random() < 0.5
    reference = published if (has_front_matter or dated_dateline) else None

    used: set[str] = set()

    def figure_sentence(figure: Figure) -> str:
        """The figure in a sentence this article has not used yet (restating it reads
        as news does: another sentence, another form)."""
        template = rng.choice([t for t in figure.sentences if t not in used])
        used.add(template)
        return fill(template, fig=say_figure(figure, values[figure.name], story, rng))

    def event_sentence(*, lead: bool = False) -> str:
        if wrong_weekday and lead:
            wrong = (event_date.weekday() + rng.randint(1, 6)) % 7
            date = say_date(event_date, rng, published=None, weekday=wrong)
        else:
            date = say_date(event_date, rng, published=reference,
                            explicit=outlet in story.date_dissent)
        return fill(rng.choice(kind.event_sentences), date=date)

    # The facts this article restates: the lead gives the event and one figure.
    stated = [f for f in kind.figures if rng.random() < 0.8] or [rng.choice(kind.figures)]
    rng.shuffle(stated)
    facts = [figure_sentence(f) for f in stated]
    facts += [figure_sentence(f) for f in stated if rng.random() < 0.6]  # restated
    if story.deadline and rng.random() < 0.6:
        facts.append(fill(rng.choice(kind.deadline_sentences),
                          deadline=say_deadline(story.deadline, rng)))
    if rng.random() < 0.5:
        facts.append(event_sentence())
    if rng.random() < 0.4:
        past = story.date.year - rng.randint(3, 30)
        facts.append(rng.choice(HISTORY).format(year=digits(past, _pick_digit_set(rng))))
    lead = [event_sentence(lead=True), facts.pop(0)]
    rng.shuffle(facts)

    background = [fill(s) for s in kind.background + GENERAL_FILLER]
    rng.shuffle(background)

    lines: list[str] = []
    if has_front_matter:
        lines += ["---", f"outlet: {OUTLETS[outlet]}", f"published: {published.isoformat()}"]
        if rng.random() < 0.3:
            lines.append(f"url: https://{OUTLET_SLUGS[outlet]}.example/{published:%Y/%m}/{rng.randrange(10**6)}")
        lines.append("---")
    lines.append(fill(rng.choice(kind.titles)))
    if dated_dateline:
        lines.append(f"{story.place} – {WEEKDAYS[published.weekday()]} "
                     f"{digits(published.day, 'western')} {month_name(published.month, rng)} "
                     f"{published.year}")
    elif rng.random() < 0.4:
        lines.append(f"{OUTLETS[outlet]} – {story.place}")
    lines.append(" ".join(lead))

    size = sum(len(line.encode()) + 1 for line in lines)
    paragraph: list[str] = []
    while facts or (background and size < target):
        # Spread the facts over the article: the chance of a fact now is its share of
        # the sentences still to come (about 150 bytes each).
        to_come = max(1.0, (target - size) / 150)
        if facts and (not background or rng.random() < len(facts) / to_come):
            sentence = facts.pop(0)
        else:
            sentence = background.pop()
        paragraph.append(sentence)
        size += len(sentence.encode()) + 1
        if len(paragraph) >= rng.randint(2, 4):
            lines.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        lines.append(" ".join(paragraph))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------
# The corpus
# ---------------------------------------------------------------------------------------

def article_path(out_dir: Path, index: int) -> Path:
    return out_dir / f"{index // ARTICLES_PER_FOLDER:04d}" / f"{index:06d}.txt"


def generate_corpus(out_dir: Path, n: int, seed: int = 7) -> None:
    """Write n articles into out_dir (created if needed), and the manifest of their
    stories (`MANIFEST`); same (n, seed) → same bytes."""
    out_dir = Path(out_dir)
    rng = random.Random(seed)
    stories = plan_stories(n, rng)
    order = _story_order(stories, n, rng)
    number = {id(story): i for i, story in enumerate(stories)}
    story_of: dict[str, int] = {}
    for index, story in enumerate(order):
        path = article_path(out_dir, index)
        if index % ARTICLES_PER_FOLDER == 0:
            path.parent.mkdir(parents=True, exist_ok=True)
        text = write_article(story, story.written, rng)
        story.written += 1
        path.write_bytes(text.encode("utf-8"))
        story_of[path.relative_to(out_dir).as_posix()] = number[id(story)]
    told = sorted(set(story_of.values()))
    manifest = {
        "generator": GENERATOR_VERSION, "seed": seed, "n": n,
        # What each story is about: kind, place and date, for reading a mismatch.
        "stories": {str(i): {"kind": stories[i].kind.name, "place": stories[i].place,
                             "date": stories[i].date.isoformat()} for i in told},
        # Article file (relative to out_dir) → its story's number.
        "articles": story_of,
    }
    (out_dir / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")


def read_manifest(out_dir: Path) -> dict[str, int]:
    """Article file (relative to out_dir, '/'-separated) → the number of its story."""
    data = json.loads((Path(out_dir) / MANIFEST).read_text(encoding="utf-8"))
    return {path: int(story) for path, story in data["articles"].items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("-n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate_corpus(args.out_dir, args.n, args.seed)
    print(f"{args.n} articles written to {args.out_dir}")


if __name__ == "__main__":
    main()
