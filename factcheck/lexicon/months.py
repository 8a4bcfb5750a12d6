"""Month names of Arabic news in every system, the era marks after a year, and the month
names that are also ordinary words. Pure data, written naturally; extract/dates.py and
extract/numbers.py normalise every entry at import, so spelling variants that normalisation
already merges (أبريل/ابريل/إبريل, الأول/الاول) need no separate entry.

Weekdays are in weekdays.py, relative words ("الماضي", "أمس", "قبل يومين") in time_words.py,
ordinal day words in numbers.py.
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
    4: ("أبريل",),
    5: ("مايو",),
    6: ("يونيو", "يونيه"),
    7: ("يوليو", "يوليه"),
    8: ("أغسطس",),
    9: ("سبتمبر", "سيبتمبر"),
    10: ("أكتوبر", "أوكتوبر"),
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

# The ordinal ending of an English day: "18th, June 2024", "February 1st, 2023".
ENGLISH_DAY_SUFFIXES: tuple[str, ...] = ("st", "nd", "rd", "th")

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
# The era mark written glued to a year: "2023م".
GLUED_ERA: tuple[str, ...] = ("م",)

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
    # a decision or a move named by its month: «وزيادة مارس البالغة 500 نقطة أساس»
    "زيادة", "رفع", "خفض", "تثبيت", "قرار", "اجتماع",
)

# The first words of two-word month names, which alone still name a month before a
# number ("كانون 2021"): a number right after one is not a quantity (extract/numbers.py).
BARE_MONTH_HEADS: tuple[str, ...] = ("كانون", "تشرين")

# English month names for the notes of the report (not matched in text; ENGLISH is).
ENGLISH_MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)
