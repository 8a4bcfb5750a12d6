"""Number words of Arabic news: cardinals, scale words, vague amounts, fractions and ordinal
day words. Pure data, written naturally; extract/numbers.py (the number grammar) and
extract/dates.py (ordinal days, small counts) normalise it at import.
"""

from __future__ import annotations

# Cardinals 1..9 in every gender and case ("ثلاثة"/"ثلاث"; "اثنان"/"اثنين").
ONES: dict[int, tuple[str, ...]] = {
    1: ("واحد", "واحدة", "واحدا"),
    2: ("اثنان", "اثنين", "اثنتان", "اثنتين"),
    3: ("ثلاث", "ثلاثة"),
    4: ("أربع", "أربعة"),
    5: ("خمس", "خمسة"),
    6: ("ست", "ستة"),
    7: ("سبع", "سبعة"),
    8: ("ثمان", "ثماني", "ثمانية"),
    9: ("تسع", "تسعة"),
}
TEN: tuple[str, ...] = ("عشر", "عشرة")

# Ordinal day words (masculine: the implied noun is يوم). 11..31 are composed by the date
# grammar: "الحادي عشر", "الخامس والعشرين".
ORDINAL_UNITS: dict[int, str] = {
    1: "الأول", 2: "الثاني", 3: "الثالث", 4: "الرابع", 5: "الخامس", 6: "السادس",
    7: "السابع", 8: "الثامن", 9: "التاسع", 10: "العاشر",
}
# The same ordinals in the feminine, for a counted noun that is («الجولة الثانية»).
ORDINAL_UNITS_FEMININE: dict[int, str] = {
    1: "الأولى", 2: "الثانية", 3: "الثالثة", 4: "الرابعة", 5: "الخامسة", 6: "السادسة",
    7: "السابعة", 8: "الثامنة", 9: "التاسعة", 10: "العاشرة",
}
# "الحادي" replaces "الأول" in compounds: "الحادي عشر", "الحادي والعشرين".
ORDINAL_ONE_IN_COMPOUNDS = "الحادي"
# The ten of 11..19: "الثالث عشر".
ORDINAL_TEEN = "عشر"
ORDINAL_TENS: dict[int, tuple[str, ...]] = {20: ("العشرين", "العشرون"),
                                             30: ("الثلاثين", "الثلاثون")}

# The first word of 11 and 12 («أحد عشر», «اثنا عشر»); 13..19 start with ONES. Alone, «أحد»
# and «اثنا» are not numbers («أحد الجنود» = one of the soldiers).
TEEN_HEADS: dict[int, tuple[str, ...]] = {
    1: ("أحد", "إحدى"),
    2: ("اثنا", "اثني", "اثنتا", "اثنتي"),
}
TENS: dict[int, tuple[str, ...]] = {
    20: ("عشرون", "عشرين"),
    30: ("ثلاثون", "ثلاثين"),
    40: ("أربعون", "أربعين"),
    50: ("خمسون", "خمسين"),
    60: ("ستون", "ستين"),
    70: ("سبعون", "سبعين"),
    80: ("ثمانون", "ثمانين"),
    90: ("تسعون", "تسعين"),
}
HUNDRED: tuple[str, ...] = ("مئة", "مائة", "مية")
TWO_HUNDRED: tuple[str, ...] = ("مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مائتا", "مئتي",
                                "مائتي")
# 300..900 written as one word: a ones stem glued to one of HUNDRED_IN_COMPOUNDS
# ("ثلاثمئة", "ثلثمائة"); the number grammar composes them.
HUNDRED_STEMS: dict[int, tuple[str, ...]] = {
    3: ("ثلاث", "ثلث"), 4: ("أربع",), 5: ("خمس",), 6: ("ست",),
    7: ("سبع",), 8: ("ثمان", "ثماني"), 9: ("تسع",),
}
HUNDRED_IN_COMPOUNDS: tuple[str, ...] = ("مئة", "مائة")

# Scale words: word → (scale, inherent multiplier). None = plural, needs a multiplier
# ("ثلاثة آلاف") or stands alone as a vague amount ("آلاف" = a few thousand).
SCALES: dict[str, tuple[float, int | None]] = {
    "ألف": (1e3, 1), "ألفا": (1e3, 1), "ألفان": (1e3, 2), "ألفين": (1e3, 2), "ألفي": (1e3, 2),
    "آلاف": (1e3, None),
    "مليون": (1e6, 1), "مليونا": (1e6, 1), "مليونان": (1e6, 2), "مليونين": (1e6, 2),
    "مليوني": (1e6, 2), "ملايين": (1e6, None),
    "مليار": (1e9, 1), "مليارا": (1e9, 1), "ملياران": (1e9, 2), "مليارين": (1e9, 2),
    "مليارات": (1e9, None), "بليون": (1e9, 1), "بليونا": (1e9, 1),
}
# Tanween forms that are also the dual construct: alone before a noun "ألفا جندي" is
# two thousand soldiers; after a multiplier ("أحد عشر ألفا") or before من ("ألفا من
# الجنود") it is the singular.
DUAL_CONSTRUCT: tuple[str, ...] = ("ألفا", "مليونا", "مليارا", "بليونا")
# Plurals with the article only continue a vague amount: "عشرات الآلاف".
SCALES_WITH_ARTICLE: dict[str, float] = {"الآلاف": 1e3, "الملايين": 1e6, "المليارات": 1e9}
# Vague plurals of a place value: "عشرات" = [20, 99], "مئات" = [200, 999].
VAGUE_PLURALS: dict[str, float] = {"عشرات": 10, "مئات": 100}
# "بضع مئات", "بضعة آلاف": 3..9 of what follows.
FEW: tuple[str, ...] = ("بضع", "بضعة")
# Fractions: "مليون ونصف" (a fraction of the scale before it), "نصف ساعة", and a share of
# a whole: «نحو ثلث قيمته», «ثلثي السكان» (word → (numerator, denominator)).
FRACTIONS: dict[str, tuple[int, int]] = {
    "نصف": (1, 2), "ربع": (1, 4), "ثلث": (1, 3), "ثلثا": (2, 3), "ثلثي": (2, 3)}
# Plural fractions after a cardinal: «ثلاثة أرباع الناخبين» (word → denominator).
FRACTION_PLURALS: dict[str, int] = {"أرباع": 4, "أخماس": 5, "أعشار": 10}
# Cardinals spelled like a fraction: before a definite whole «خمس السكان» is a fifth, not
# five (a cardinal takes an indefinite noun: «خمس دول»). Word → denominator.
FRACTIONS_SPELLED_AS_CARDINALS: dict[str, int] = {"خمس": 5, "عشر": 10}
# The whole after a fraction is definite («ثلثي السكان») or carries a possessive; these
# endings are a possessive for sure (after ت, the ة of a noun that took a pronoun: «قيمته»).
# A bare final ه is not: it is also ة («ربع ساعة»).
SHARE_WHOLE_ENDINGS: tuple[str, ...] = (
    "ته", "تها", "تهم", "تهما", "تنا", "تكم", "ها", "هم", "هما", "كم")
# After a fraction, these are no whole it is a share of: «نصف النهائي» (a semi-final),
# «نصف الكرة الأرضية», «ربع القرن» (a span of time), «نصف الماراثون» (a race).
NOT_SHARE_WHOLES: tuple[str, ...] = ("النهائي", "الكرة", "القرن", "الليل", "النهار", "الطريق",
                                     "الماراثون")

# A scale word with the article is a number after a comparing verb: «تجاوز عدد الوفيات
# الألف» (passed the thousand), «تخطى عدد السكان المليون». Elsewhere «الألف» is also the
# letter alif, so it is read only there.
SCALES_DEFINITE: dict[str, float] = {"الألف": 1e3, "المليون": 1e6, "المليار": 1e9}

# After a counted noun a cardinal says how many («حالة وفاة واحدة», «الأقاليم الستة»,
# «وسودانيا واحدا»). With the article, only 3..10 (ONES, TEN): «اليوم الواحد» is "per day"
# and «الاثنين» is Monday. After a noun that is no counted noun, only the accusative
# «واحدا», and not in these idioms («صفا واحدا», «يدا واحدة»).
ONE_ACCUSATIVE: str = "واحدا"
ACCUSATIVE_ENDING: str = "ا"  # the noun before «واحدا» agrees: «سودانيا واحدا»
NOT_COUNTED_BEFORE_ONE: tuple[str, ...] = (
    "صفا", "يدا", "قلبا", "جسدا", "رأيا", "موقفا", "خطا", "اتجاها", "طرفا", "جانبا", "شيئا",
    "أحدا")
