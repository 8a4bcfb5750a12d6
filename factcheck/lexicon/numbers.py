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
