"""Words that place a date: the nouns day, month and year; relative words (this, last, next,
today, yesterday); shifts ("قبل يومين من …"); and the words around a number that make it a
year. Pure data, written naturally; extract/dates.py and extract/numbers.py normalise it at
import. Month names are in months.py, weekdays in weekdays.py, number words in numbers.py.
"""

from __future__ import annotations

# The nouns of the calendar as the date grammar reads them: "يوم الاثنين", "يوم 6 شباط",
# "عام 2014", "السنة الماضية", "الشهر الجاري".
DAY_NOUNS: tuple[str, ...] = ("يوم",)
MONTH_NOUNS: tuple[str, ...] = ("شهر",)
YEAR_NOUNS: tuple[str, ...] = ("عام", "سنة")
# A season named by its year, perhaps with one word between: «موسم 2024», «موسم حج 2024».
SEASON_NOUNS: tuple[str, ...] = ("موسم",)
# Nouns of stretches of time: «في جلسة الأحد» says when, never where (extract/context.py).
TIME_NOUNS: tuple[str, ...] = ("جلسة", "فترة", "أسبوع", "يوم", "شهر", "عام", "سنة", "موسم", "ربع",
                               "ساعة", "دقيقة", "مرحلة", "دورة", "ليلة", "صباح", "مساء", "نهاية",
                               "بداية", "منتصف", "مطلع", "أواخر", "أوائل", "غضون")

# "31 من الشهر", "التاسع من هذا الشهر", "قبل يومين من الموعد": the word that links a day to
# its month and a shift to its anchor.
OF_WORDS: tuple[str, ...] = ("من",)
# "الأحد 5 رجب الموافق 27 يناير": the word between a date and the same date in another
# calendar.
EQUIVALENCE_WORDS: tuple[str, ...] = ("الموافق",)

# Words for the first day that take the month directly, or after من: "غرة رمضان", and in
# the Maghreb "فاتح أبريل", "الفاتح من ديسمبر".
FIRST_DAY_WORDS: tuple[str, ...] = ("غرة", "فاتح", "الفاتح")

# Relative words after a month / year / month name: offset in that unit.
RELATIVE: dict[str, int] = {
    "الحالي": 0, "الحالية": 0, "الجاري": 0, "الجارية": 0,
    "الماضي": -1, "الماضية": -1, "المنصرم": -1, "المنصرمة": -1,
    "السابق": -1, "السابقة": -1, "الفائت": -1, "الفائتة": -1,
    "المقبل": 1, "المقبلة": 1, "القادم": 1, "القادمة": 1,
}
THIS_WORDS: tuple[str, ...] = ("هذا", "هذه")
# «الأسبوع الماضي»: as near as a weekday («الأربعاء الماضي»), still the story's own days.
WEEK_WORDS: tuple[str, ...] = ("الأسبوع", "أسبوع")
END_WORDS: tuple[str, ...] = ("نهاية", "ختام", "آخر")

# A bare weekday is dated by the tense of its clause. After one of these past-tense verbs
# («أعلنت الوزارة، الأحد», «أفاد دبلوماسيان عربيان الثلاثاء») it is the last such day on or
# before the article's own day; after a future cue («من المقرر أن يصل الأحد») the next one.
# Verbs of reporting and of news events as news writes them (he, she, they).
PAST_VERBS: tuple[str, ...] = (
    "أعلن", "أعلنت", "أعلنوا", "أفاد", "أفادت", "أفادوا", "قال", "قالت", "قالوا", "ذكر", "ذكرت",
    "أكد", "أكدت", "أوضح", "أوضحت", "صرح", "صرحت", "كشف", "كشفت", "نقل", "نقلت", "أصدر",
    "أصدرت", "أحصى", "أحصت", "أشار", "أشارت", "أضاف", "أضافت", "أبلغ", "أبلغت", "نشر", "نشرت",
    "سجل", "سجلت", "ارتفع", "ارتفعت", "بلغ", "بلغت", "وقع", "وقعت", "ضرب", "ضربت", "قتل",
    "قتلت", "قتلوا", "لقي", "لقيت", "لقوا", "توفي", "توفيت", "أصيب", "أصيبت", "عقد", "عقدت",
    "قرر", "قررت", "أقر", "أقرت", "وافق", "وافقت", "التقى", "استقبل", "زار", "وصل", "وصلت",
    "شهد", "شهدت", "انخفض", "انخفضت", "تراجع", "تراجعت", "أطلق", "أطلقت", "دعا", "دعت",
)
# (The words of RELATIVE that point ahead, «الاجتماع المقبل في …», are future cues too.)
FUTURE_CUES: tuple[str, ...] = ("سوف", "المقرر", "المنتظر", "المرتقب", "المزمع", "يعتزم",
                                "تعتزم", "سيتم", "ستتم", "سيكون", "ستكون", "سيجري", "ستجري")
# «أن» between the verb and the date: the date is in what was said, whose tense is its own
# («أعلن أن الاجتماع يعقد الأحد»). أن/إن/ان are one normal form.
COMPLEMENTIZERS: tuple[str, ...] = ("أن", "بأن", "أنه", "أنها", "بأنه", "بأنها", "أنهم")
# At most this many words between the verb and the date («نقلت وكالة الأنباء السعودية (واس)،
# عن وزير الصحة السعودي، فهد الجلاجل، الأحد 23 من حزيران»).
TENSE_VERB_MAX_WORDS = 12

# «ليل الجمعة السبت»: the night between two weekdays, read as one expression dated by the
# first (the evening it began).
NIGHT_WORDS: tuple[str, ...] = ("ليل", "ليلة")

# Day words relative to the article's own day: offset in days and an English note.
TODAY_WORDS: dict[str, tuple[int, str]] = {
    "اليوم": (0, "today (the reference day)"),
    "أمس": (-1, "yesterday"),
    "الأمس": (-1, "yesterday"),
    "بالأمس": (-1, "yesterday"),
    "البارحة": (-1, "yesterday"),
    "أول أمس": (-2, "the day before yesterday"),
    "أول من أمس": (-2, "the day before yesterday"),
    "أمس الأول": (-2, "the day before yesterday"),
    "غدا": (1, "tomorrow"),
    "بعد غد": (2, "the day after tomorrow"),
}
# "اليوم التالي" (the next day), "اليوم السابع" (a newspaper), "طوال اليوم" (all day).
TODAY_NOT_AFTER: tuple[str, ...] = (
    "التالي", "السابق", "نفسه", "ذاته", "الأخير", "العالمي", "الوطني", "الدولي", "الذي",
    "الواحد", "الموعود",
)
TODAY_NOT_BEFORE: tuple[str, ...] = ("ذلك", "طوال", "نفس", "كل")
# «في مثل هذا اليوم من العام الماضي»: a day like this one, a year back.
TODAY_NOT_BEFORE_TWO: tuple[str, ...] = ("مثل هذا",)

# Shift units: word → (unit, count); count None = plural that needs a number before it.
# Small counts before a plural ("قبل ثلاثة أيام") are numbers.py's ONES and TEN.
SHIFT_UNITS: dict[str, tuple[str, int | None]] = {
    "يوم": ("day", 1), "يوما": ("day", 1), "يومين": ("day", 2), "يومان": ("day", 2),
    "أيام": ("day", None),
    "أسبوع": ("week", 1), "أسبوعا": ("week", 1), "أسبوعين": ("week", 2),
    "أسبوعان": ("week", 2), "أسابيع": ("week", None),
    "شهر": ("month", 1), "شهرا": ("month", 1), "شهرين": ("month", 2), "شهران": ("month", 2),
    "أشهر": ("month", None), "شهور": ("month", None),
    "عام": ("year", 1), "عاما": ("year", 1), "عامين": ("year", 2), "عامان": ("year", 2),
    "أعوام": ("year", None), "سنة": ("year", 1), "سنتين": ("year", 2), "سنتان": ("year", 2),
    "سنوات": ("year", None), "سنين": ("year", None),
}
SHIFT_DIRECTIONS: dict[str, int] = {"قبل": -1, "منذ": -1, "بعد": 1}
# «منذ ست سنوات», «منذ ثلاثة أيام»: since then, a length of time up to now (a duration), not
# a day; a date only when anchored («منذ يومين من الموعد»).
DURATION_DIRECTIONS: tuple[str, ...] = ("منذ",)
# «بعد يومين على افتتاحها»: so long after an event the text does not date — the day it is
# reckoned from is that event's, not the article's, so it dates nothing (extract/dates.py).
SINCE_EVENT_WORDS: tuple[str, ...] = ("على",)
# Between a shift and its «من»: «بعد يومين فقط من جلسة الأربعاء 6 أيار».
SHIFT_FILLERS: tuple[str, ...] = ("فقط",)
# «مشروع قانون الموازنة العامة لعام 2026», «النسخة للعام المقبل»: a year the noun before it
# is of (a budget, a season, an edition), not when anything happens: it dates no event.
NOUN_YEAR_OPENERS: tuple[str, ...] = ("لعام", "لسنة", "للعام", "للسنة")
# «خلال العشرين سنة الماضية», «على مدى الأيام الثلاثة الأخيرة»: a period that ends now.
PERIOD_OPENERS: tuple[str, ...] = ("خلال", "طوال", "على مدى", "على مدار", "في")
PERIOD_LAST: tuple[str, ...] = ("الماضي", "الماضية", "الأخير", "الأخيرة", "المنصرم",
                                "المنصرمة", "السابقة")
# "يوم واحد", "يوما واحدا": the count word after a singular unit.
ONE_AFTER_UNIT: tuple[str, ...] = ("واحد", "واحدا", "واحدة")

# Before a number, these make it a year, not an amount: «عام 2014», «العام الجاري 2021»,
# «عامي 2014 و2017» (extract/numbers.py) …
YEAR_WORDS: tuple[str, ...] = ("عام", "سنة", "العام", "السنة", "عامي", "العامين", "سنتي",
                               "السنتين")
# … also with one of these between the word and the number: «العام المالي 2023».
YEAR_WORD_ADJECTIVES: tuple[str, ...] = ("الجاري", "الحالي", "المقبل", "القادم", "الماضي",
                                         "المنصرم", "المالي", "الدراسي", "الجامعي", "الميلادي",
                                         "الهجري")
# A bare 1900..2100 right after these, with no counted noun, is a year: «منذ 2014».
YEAR_CUES: tuple[str, ...] = (
    "في", "منذ", "حتى", "بحلول", "مطلع", "منتصف", "أواخر", "أوائل", "بداية", "نهاية", "ختام",
    "صيف", "شتاء", "ربيع", "خريف", "قبل", "بعد", "خلال", "لغاية",
    # the seasons in Maghrebi usage («في صائفة 2026»)
    "صائفة", "الصائفة",
    # «الربع الثالث من 2023», «النصف الأول من 2024», «الأشهر الستة الأولى من 2025»
    "الأول من", "الثاني من", "الثالث من", "الرابع من", "الأخير من", "الأولى من",
    # «في الفترة نفسها من 2024», «الشهر ذاته من 2024»: the same stretch a year before
    "نفسها من", "نفسه من", "ذاتها من", "ذاته من", "المماثلة من", "المماثل من")
# A count or an edition named by its year: «في مسح 2023», «تعداد 2014», «نسخة 2025»,
# «انتخابات 2021», «موازنة 2026». A bare 1900..2100 right after one, with no counted noun
# after it («مسح 2000 أسرة» counts households), is that year.
EDITION_NOUNS: tuple[str, ...] = ("مسح", "تعداد", "إحصاء", "نسخة", "انتخابات", "موازنة",
                                  "ميزانية",
                                  # a body or a season by its year: «في مجلس 2024», «موسم 2025»
                                  "مجلس", "برلمان", "دورة", "موسم")
# A year compared with, the preposition glued or apart: «مقارنة بـ2023», «مقارنة مع 2023».
COMPARED_WITH: tuple[str, ...] = ("مقارنة ب", "مقارنة مع", "قياسا ب", "قياسا إلى", "بالمقارنة مع",
                                  "بالمقارنة ب")
# The noun of the period compared with, between the link and the date: «مقارنة بشهر ديسمبر».
COMPARED_PERIOD_NOUNS: tuple[str, ...] = ("شهر", "الشهر", "عام", "العام", "سنة", "السنة")

# A quarter of the year, the period economic figures are given for: «في الربع الأول»,
# «الربع الأخير من العام الماضي». The noun, then its ordinal (the last quarter is the fourth).
QUARTER_NOUN = "الربع"
QUARTER_ORDINALS: dict[str, int] = {"الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4,
                                    "الأخير": 4}

# «أما الربع الرابع، فقد … ارتفعت الحوالات خلاله 4,1%»: a word that points back to a
# period named earlier in its sentence.
DURING_IT: tuple[str, ...] = ("خلاله", "خلالها", "فيه", "فيها")

# A numbered stretch of a story («الأسبوع الرابع», «اليوم الثاني», «المرحلة الأولى»): a figure
# its clause gives for one is that stretch's, not another's (extract/article.py); the
# ordinals are lexicon/numbers.py's.
NUMBERED_PERIODS: tuple[str, ...] = ("الأسبوع", "اليوم", "الشهر", "المرحلة", "الدفعة", "الموجة",
                                     "الحصة", "الجولة")
# … said as the stretch's own («يدخل يومه الثالث», «في جولتها الثانية»), and the last of them
# («نسبة المشاركة في اليوم الأخير»), which is no other numbered stretch.
POSSESSIVE_ENDINGS: tuple[str, ...] = ("ه", "ها")
LAST_OF_STRETCH: tuple[str, ...] = ("الأخير", "الأخيرة")
# A change or level since the start of a period is that stretch's, not the day's: «ومنذ
# بداية العام، بات المؤشر منخفضا بنسبة 1.4%» against the week's 2.1%; a toll said in its
# clause to run since then counts the whole stretch, not one event's dead («أودت … بحياة 61
# شخصا في ولايات مختلفة منذ بداية فصل الشتاء») (extract/article.py).
SINCE_START_OPENERS: tuple[str, ...] = ("منذ بداية", "منذ مطلع", "منذ مستهل", "منذ أول")
SINCE_START_PERIODS: tuple[str, ...] = ("العام", "السنة", "الشهر", "الأسبوع", "الموسم", "الربع",
                                       "فصل", "الشتاء", "الصيف", "الخريف", "الربيع")
# … or over a stretch of sessions, days or years its clause names after it: «مكاسب تراكمية
# بنسبة 3.8% في جلستين» and «الارتفاع بنحو 5.6% في الجلسات الثلاث» are two stretches' gains,
# and «ارتفعت بأكثر من 50% خلال عامين» no year's.
STRETCH_OPENERS: tuple[str, ...] = ("في", "خلال", "على مدى", "على مدار")
STRETCH_NOUNS: tuple[str, ...] = ("جلسة", "جلسات", "جلستين", "جلستي", "أيام", "يومين", "أسابيع",
                                  "أسبوعين", "أشهر", "شهرين", "عامين", "سنتين", "أعوام", "سنوات")
# … or at the end of a longer stretch than the day's session: «وارتفعت القيمة السوقية بنهاية
# الأسبوع إلى 10.31 تريليون» is the week's close, not Sunday's 10.18.
END_OF_OPENERS: tuple[str, ...] = ("بنهاية", "نهاية", "بختام", "ختام", "بحلول نهاية")
END_OF_PERIODS: tuple[str, ...] = ("الأسبوع", "الشهر", "العام", "السنة", "الربع", "الموسم")
# A level or change at the day's extreme, not where it ended: «ليفقد أكثر من 5% في أدنى
# مستوياته», against the close's 3.42%.
EXTREME_WORDS: dict[str, str] = {"أدنى": "low", "أعلى": "high"}
LEVEL_NOUNS: tuple[str, ...] = ("مستوى", "مستوياته", "مستوياتها", "مستوياتهما", "مستوياتهم")
