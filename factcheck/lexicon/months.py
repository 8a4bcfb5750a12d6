"""Calendar words of Arabic news: month names of every system, weekdays, ordinal days,
relative cue words. Pure data, written naturally; dates.py normalises every entry with
`normalize_word` at import, so spelling variants that normalisation already merges
(أبريل/ابريل/إبريل, الأول/الاول) need no separate entry.
"""

from __future__ import annotations

# Levantine / Iraqi (Syriac) names.
LEVANTINE: dict[int, tuple[str, ...]] = {
    1: ("كانون الثاني", "كانون ثاني"),
    2: ("شباط",),
    3: ("آذار",),
    4: ("نيسان",),
    5: ("أيار",),
    6: ("حزيران",),
    7: ("تموز",),
    8: ("آب",),
    9: ("أيلول",),
    10: ("تشرين الأول", "تشرين أول"),
    11: ("تشرين الثاني", "تشرين ثاني"),
    12: ("كانون الأول", "كانون أول"),
}

# Egyptian / Gulf (from the European names).
GULF: dict[int, tuple[str, ...]] = {
    1: ("يناير",),
    2: ("فبراير",),
    3: ("مارس",),
    4: ("أبريل", "إبريل", "ابريل"),
    5: ("مايو",),
    6: ("يونيو", "يونيه"),
    7: ("يوليو", "يوليه"),
    8: ("أغسطس", "اغسطس"),
    9: ("سبتمبر", "سيبتمبر"),
    10: ("أكتوبر", "اكتوبر", "أوكتوبر"),
    11: ("نوفمبر",),
    12: ("ديسمبر",),
}

# Maghrebi: Algerian/Tunisian (French-derived) and Moroccan spellings.
MAGHREBI: dict[int, tuple[str, ...]] = {
    1: ("جانفي", "جانفييه"),
    2: ("فيفري",),
    3: ("مارس",),
    4: ("أفريل",),
    5: ("ماي",),
    6: ("جوان",),
    7: ("جويلية", "يوليوز"),
    8: ("أوت", "غشت"),
    9: ("شتنبر",),
    11: ("نونبر",),
    12: ("دجنبر",),
}

# English, as in embedded tweets and agency datelines ("February 6, 2023"); matched on
# the normal form, which is lower case.
ENGLISH: dict[int, tuple[str, ...]] = {
    1: ("january", "jan"), 2: ("february", "feb"), 3: ("march",), 4: ("april",),
    5: ("may",), 6: ("june",), 7: ("july",), 8: ("august", "aug"),
    9: ("september", "sept"), 10: ("october", "oct"), 11: ("november", "nov"),
    12: ("december", "dec"),
}

HIJRI: dict[int, tuple[str, ...]] = {
    1: ("محرم", "المحرم"),
    2: ("صفر",),
    3: ("ربيع الأول", "ربيع أول"),
    4: ("ربيع الآخر", "ربيع الثاني", "ربيع آخر", "ربيع ثاني"),
    5: ("جمادى الأولى", "جمادى الأول", "جمادى أولى"),
    6: ("جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الثاني"),
    7: ("رجب",),
    8: ("شعبان",),
    9: ("رمضان",),
    10: ("شوال",),
    11: ("ذو القعدة", "ذي القعدة"),
    12: ("ذو الحجة", "ذي الحجة"),
}

# Era marks after a year: "1445 هـ", "1445 هجرية", "2023م", "2023 ميلادية".
HIJRI_ERA: tuple[str, ...] = ("هـ", "هجري", "هجرية")
GREGORIAN_ERA: tuple[str, ...] = ("م", "ميلادي", "ميلادية")

# Month names that are also ordinary words (father, "practised", Nissan cars, Juan…):
# alone they count only after a cue word (في, شهر, بحلول …) or with a day, year or
# relative word, and they never take a ب/ل prefix ("باب" is a door, not "in August").
AMBIGUOUS_MONTHS: tuple[str, ...] = ("آب", "مارس", "ماي", "جوان", "نيسان",
                                     "may", "march", "jan", "feb", "aug", "sept", "oct",
                                     "nov", "dec")

# Words after which an ambiguous month name alone is a month (و/ف are peeled first).
MONTH_CUES: tuple[str, ...] = (
    "في", "شهر", "منذ", "خلال", "حتى", "بحلول", "لغاية", "مطلع", "منتصف", "أواخر",
    "أوائل", "نهاية", "بداية", "بدء", "قبل", "بعد",
)

# 0 = Monday, as datetime.date.weekday().
WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الإثنين": 0,
    "الثلاثاء": 1,
    "الأربعاء": 2,
    "الخميس": 3,
    "الجمعة": 4,
    "السبت": 5,
    "الأحد": 6,
}
# "الأحد عشر" is eleven, "بين الاثنين" is "between the two".
WEEKDAY_NOT_BEFORE: tuple[str, ...] = ("بين", "كلا", "أحد")
WEEKDAY_NOT_AFTER: tuple[str, ...] = ("عشر", "عشرة", "معا")

# Ordinal day words (masculine: the implied noun is يوم). 11..31 are composed below.
_ORDINAL_UNITS = {
    1: "الأول", 2: "الثاني", 3: "الثالث", 4: "الرابع", 5: "الخامس", 6: "السادس",
    7: "السابع", 8: "الثامن", 9: "التاسع", 10: "العاشر",
}
_ORDINAL_TENS = {20: ("العشرين", "العشرون"), 30: ("الثلاثين", "الثلاثون")}


def _ordinal_days() -> dict[str, int]:
    table: dict[str, int] = {name: n for n, name in _ORDINAL_UNITS.items()}
    for n in range(1, 10):
        unit = "الحادي" if n == 1 else _ORDINAL_UNITS[n]
        table[f"{unit} عشر"] = 10 + n
    for tens, names in _ORDINAL_TENS.items():
        for name in names:
            table[name] = tens
            for n in range(1, 10):
                if tens + n <= 31:
                    unit = "الحادي" if n == 1 else _ORDINAL_UNITS[n]
                    table[f"{unit} و{name}"] = tens + n
    return table


ORDINAL_DAYS: dict[str, int] = _ordinal_days()
# Words for the first day that take the month directly, with no من: "غرة رمضان".
FIRST_DAY_WORDS: tuple[str, ...] = ("غرة",)

# Relative words after a month / year / month name: offset in that unit.
RELATIVE: dict[str, int] = {
    "الحالي": 0, "الحالية": 0, "الجاري": 0, "الجارية": 0,
    "الماضي": -1, "الماضية": -1, "المنصرم": -1, "المنصرمة": -1,
    "السابق": -1, "السابقة": -1, "الفائت": -1, "الفائتة": -1,
    "المقبل": 1, "المقبلة": 1, "القادم": 1, "القادمة": 1,
}
THIS_WORDS: tuple[str, ...] = ("هذا", "هذه")
END_WORDS: tuple[str, ...] = ("نهاية", "ختام", "آخر")

# Day words relative to the article's own day: offset in days and an English note.
TODAY_WORDS: dict[str, tuple[int, str]] = {
    "اليوم": (0, "today (the reference day)"),
    "أمس": (-1, "yesterday"),
    "الأمس": (-1, "yesterday"),
    "بالأمس": (-1, "yesterday"),
    "البارحة": (-1, "yesterday"),
    "أول أمس": (-2, "the day before yesterday"),
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

# Shift units: word → (unit, count); count None = plural that needs a number before it.
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
# Small counts in words; numbers.py handles the general case, shifts need only these.
COUNT_WORDS: dict[str, int] = {
    "واحد": 1, "اثنين": 2, "اثنان": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4,
    "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8,
    "ثماني": 8, "ثمان": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10,
}
# "يوم واحد", "يوما واحدا": the count word after a singular unit.
ONE_WORDS: tuple[str, ...] = ("واحد", "واحدا", "واحدة")

# Time-frame markers reported in DateMatch.time_words.
MARKERS_BEFORE: tuple[str, ...] = (
    "بحلول", "حتى", "لغاية", "قبل", "بعد", "منذ", "في", "مع حلول", "ابتداء من",
    "اعتبارا من", "بدءا من", "من", "إلى", "خلال", "مطلع", "منتصف", "أواخر", "أوائل",
)
MARKERS_AFTER: tuple[str, ...] = tuple(RELATIVE)

ENGLISH_MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)
