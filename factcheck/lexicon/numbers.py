"""Number words of Arabic news: cardinals, scale words, vague amounts, fractions and ordinal
day words. Pure data, written naturally; extract/numbers.py (the number grammar) and
extract/dates.py (ordinal days, small counts) normalise it at import.
"""

from __future__ import annotations

# Cardinals 1..9 in every gender and case ("ثلاثة"/"ثلاث"; "اثنان"/"اثنين").
ONES: dict[int, tuple[str, ...]] = {
    1: ("واحد", "واحدة"),
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
# "مليون ونصف": a fraction of the scale before it.
FRACTIONS: dict[str, float] = {"نصف": 0.5, "ربع": 0.25}
