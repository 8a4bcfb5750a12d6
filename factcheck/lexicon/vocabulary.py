"""General news vocabulary, as data. Nothing here knows a story or an outlet.

Each table maps a label to surface words (written naturally; normalised at import).
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.extract.normalize import normalize_word

# What a date is the date OF: the nearest of these words before a date names its event.
# Used to group dates that no rule covers, and to tell two events apart in one article.
EVENT_WORDS: dict[str, tuple[str, ...]] = {
    "withdrawal": ("انسحاب", "انسحب", "انسحبت", "سحب", "خروج", "مغادرة", "إخلاء", "رحيل"),
    "announcement": ("أعلن", "أعلنت", "إعلان", "الإعلان", "تغريدة", "غرد", "بيان", "صرح"),
    "agreement": ("اتفاق", "اتفق", "اتفقت", "اتفقتا", "تفاهم", "توصلت", "معاهدة", "صفقة"),
    "visit": ("زار", "زيارة", "وصل", "وصول"),
    "vote": ("صوت", "صوّت", "تصويت", "اقتراع", "انتخابات"),
    "meeting": ("اجتماع", "لقاء", "بلقاء", "مباحثات", "قمة", "محادثات", "اجتمع", "التقى"),
    "attack": ("هجوم", "قصف", "مقتل", "اغتيال", "غارة", "تفجير", "استهداف"),
    "deadline": ("بحلول", "الموعد", "موعد", "المهلة", "مهلة", "الجدول الزمني"),
    "founding": ("تشكل", "تأسس", "تأسيس", "أنشئ", "أنشأ", "إنشاء"),
    "start": ("بدأ", "بدء", "بدأت", "انطلق", "انطلاق", "ابتداء"),
    "end": ("انتهى", "انتهاء", "إنهاء", "انتهت", "اختتام", "أنهينا"),
    "construction": ("بناء", "بناؤها", "اكتمل", "تشييد", "افتتاح"),
    "disaster": ("زلزال", "هزة", "فيضان", "إعصار", "حريق", "انفجار"),
}

# Words that put a date in the future of the article ("by September 2026"): such years say
# little about when the article was written, so they don't set its time frame.
FUTURE_MARKERS: tuple[str, ...] = ("بحلول", "حتى", "لغاية", "المقبل", "القادم", "مع حلول")

# "since X": X starts a period that runs to the present, however long ago it was
# ("the largest quake since 1999"), so it says nothing about when the article was written.
BACKGROUND_MARKERS: tuple[str, ...] = ("منذ",)

# "led by X": X leads what is counted; it is not the body the figure belongs to.
LEADER_MARKERS: tuple[str, ...] = ("بقيادة", "بزعامة", "تقودها", "يقودها", "تتزعمها")

# Function words ignored when judging whether two sentences talk about the same thing.
STOPWORDS: frozenset[str] = frozenset(normalize_word(w) for w in (
    "في", "من", "على", "إلى", "الى", "عن", "مع", "أن", "إن", "ان", "التي", "الذي", "الذين",
    "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "قد", "لم", "لن", "ما", "لا", "هو", "هي",
    "بين", "بعد", "قبل", "حتى", "كل", "أي", "او", "أو", "ثم", "قال", "وقال", "أكد", "وأكد",
    "عام", "العام", "يوم", "اليوم", "الشهر", "الحالي", "الجاري", "الماضي", "المقبل",
))


def _normalised(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    return {label: tuple(normalize_word(w) for w in words) for label, words in table.items()}


EVENT_WORDS = _normalised(EVENT_WORDS)
FUTURE_MARKERS = tuple(normalize_word(w) for w in FUTURE_MARKERS)
LEADER_MARKERS = tuple(normalize_word(w) for w in LEADER_MARKERS)
BACKGROUND_MARKERS = tuple(normalize_word(w) for w in BACKGROUND_MARKERS)


# Words that make a property figure belong to ANOTHER event than the story's main one:
# "a second quake of 7.6", "followed by another of 7.5", "a new shock".
OTHER_EVENT_MARKERS: tuple[str, ...] = (
    "ثان", "ثاني", "ثانية", "ثانيه", "آخر", "أخرى", "جديد", "جديدة", "تلاه", "تلته", "أعقبه",
    "أعقبته", "أعقب", "تبعه", "تبعته", "لاحق", "لاحقة")

# Words that make a property figure belong to the smaller follow-on events of the main one
# ("aftershocks between 5 and 6", "the strongest aftershock was 5.8").
FOLLOW_ON_MARKERS: tuple[str, ...] = ("ارتدادية", "ارتدادي", "ارتدادات", "توابع", "الهزات")

# A figure said to cover "both countries" / "both sides of the border" / "in total"
# covers every place the article names.
ALL_PLACES_MARKERS: tuple[str, ...] = ("البلدين", "بلدين", "البلدان", "جانبي", "الإجمالي",
                                       "إجمالي", "مجموع", "المجموع", "الإجمالية")

# ---------------------------------------------------------------- who a figure is attributed to
#
# "بحسب الأمم المتحدة", "وفق ما أعلنت وزارة الصحة", "قال الدفاع المدني إن …": the words after
# one of these name the source. "نقلت X عن Y" names X, the outlet that reports it.
ATTRIBUTION_CUES: tuple[str, ...] = (
    "بحسب", "حسب", "حسبما", "وفق", "وفقا", "طبقا", "نقلا", "نقلت", "قال", "قالت", "أعلن",
    "أعلنت", "أفاد", "أفادت", "وافادت", "ذكر", "ذكرت", "أكد", "أكدت", "كشف", "كشفت", "أشار",
    "أشارت", "أوضح", "أوضحت", "صرح", "صرحت", "أحصى", "أحصت", "قبل")
# Words skipped between a cue and the body ("بحسب ما أعلنه …", "وفق ما ذكرت …").
ATTRIBUTION_SKIP: tuple[str, ...] = ("ما", "من", "أعلنه", "أعلنته", "ذكره", "ذكرته", "أورده",
                                     "عنه", "عنها", "في", "بيان", "له", "لها")
# Words that end the body's name ("قال الدفاع المدني إن …").
ATTRIBUTION_STOP: tuple[str, ...] = ("أن", "إن", "ان", "انه", "أنه", "بأن", "في", "على", "إلى",
                                     "الى", "عن", "الذي", "التي", "الموجود", "مساء", "صباح",
                                     "يوم", "اليوم", "أمس", "الاثنين", "الثلاثاء", "الأربعاء",
                                     "الخميس", "الجمعة", "السبت", "الأحد", "وقت", "و")
ATTRIBUTION_MAX_WORDS = 3

# ---------------------------------------------------------------- places
#
# Countries and territories as news names them, with the adjectives that place a figure
# ("وزارة الصحة السورية", "نائب الرئيس التركي"). An explicit "في X" beats an adjective.
# Cities are deliberately absent: a figure "in Aleppo" is part of the country's figure,
# and a city list would never be complete.
PLACES: dict[str, tuple[str, ...]] = {
    "سوريا": ("سوريا", "سورية", "السوري", "السورية", "سوري"),
    "تركيا": ("تركيا", "التركي", "التركية", "تركي"),
    "العراق": ("العراق", "عراق", "العراقي", "العراقية"),
    "لبنان": ("لبنان", "اللبناني", "اللبنانية"),
    "الأردن": ("الأردن", "الأردني", "الأردنية"),
    "فلسطين": ("فلسطين", "الفلسطيني", "الفلسطينية", "الأراضي الفلسطينية"),
    "غزة": ("غزة", "قطاع غزة"),
    "إسرائيل": ("إسرائيل", "الإسرائيلي", "الإسرائيلية"),
    "مصر": ("مصر", "المصري", "المصرية"),
    "ليبيا": ("ليبيا", "الليبي", "الليبية"),
    "تونس": ("تونس", "التونسي", "التونسية"),
    "الجزائر": ("الجزائر", "الجزائري", "الجزائرية"),
    "المغرب": ("المغرب", "المغربي", "المغربية"),
    "موريتانيا": ("موريتانيا", "الموريتاني", "الموريتانية"),
    "السودان": ("السودان", "السوداني", "السودانية"),
    "الصومال": ("الصومال", "الصومالي", "الصومالية"),
    "اليمن": ("اليمن", "اليمني", "اليمنية"),
    "السعودية": ("السعودية", "السعودي"),
    "الإمارات": ("الإمارات", "الإماراتي", "الإماراتية"),
    "قطر": ("قطر", "القطري", "القطرية"),
    "الكويت": ("الكويت", "الكويتي", "الكويتية"),
    "البحرين": ("البحرين", "البحريني", "البحرينية"),
    "عمان": ("سلطنة عمان", "العماني", "العمانية"),
    "إيران": ("إيران", "الإيراني", "الإيرانية"),
    "أفغانستان": ("أفغانستان", "الأفغاني", "الأفغانية"),
    "باكستان": ("باكستان", "الباكستاني", "الباكستانية"),
    "الهند": ("الهند", "الهندي", "الهندية"),
    "الصين": ("الصين", "الصيني", "الصينية"),
    "روسيا": ("روسيا", "الروسي", "الروسية"),
    "أوكرانيا": ("أوكرانيا", "الأوكراني", "الأوكرانية"),
    "الولايات المتحدة": ("الولايات المتحدة", "أمريكا", "أميركا", "الأمريكي", "الأميركي",
                         "الأمريكية", "الأميركية"),
    "فرنسا": ("فرنسا", "الفرنسي", "الفرنسية"),
    "بريطانيا": ("بريطانيا", "البريطاني", "البريطانية"),
    "ألمانيا": ("ألمانيا", "الألماني", "الألمانية"),
    "اليونان": ("اليونان", "اليوناني", "اليونانية"),
    "قبرص": ("قبرص", "القبرصي", "القبرصية"),
    "أرمينيا": ("أرمينيا", "الأرميني", "الأرمينية"),
    "جورجيا": ("جورجيا",),
    "اليابان": ("اليابان", "الياباني", "اليابانية"),
    "إندونيسيا": ("إندونيسيا", "الإندونيسي", "الإندونيسية"),
}
# A direction glued to a country in careless typing ("جنوبتركيا") still names the country.
DIRECTION_PREFIXES: tuple[str, ...] = ("جنوب", "شمال", "شرق", "غرب", "وسط", "جنوبي", "شمالي")
