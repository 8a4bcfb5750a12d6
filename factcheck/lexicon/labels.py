"""Words that make a number a name or a clock reading, not an amount: «القرار رقم 2231»,
«المادة 140», «الساعة 10», «هاتف 0770…», «10 صباحا». Pure data, written naturally;
extract/numbers.py normalises it at import.
"""

from __future__ import annotations

# A number right after these names a thing.
LABELS_BEFORE: tuple[str, ...] = (
    "رقم", "الرقم", "المادة", "البند", "الفقرة", "القرار", "الصفحة", "الساعة", "هاتف",
    "الهاتف", "جوال", "الجوال", "واتساب", "فاكس", "الفاكس", "تلفون",
    # a grade of gold: «غرام الذهب عيار 21» is the 21-karat gram, not 21 of anything
    "عيار", "العيار",
    # a grade of petrol: «البنزين أوكتان 95» is a kind of fuel, not 95 of anything
    "أوكتان", "الأوكتان")
# … and right after these, when no counted noun follows it: a mark along a route («بعد
# الكيلومتر 30» is the 30th kilometre), but «أجرة الكيلومتر 320 فلسا» is a price per km.
ROUTE_MARKS_BEFORE: tuple[str, ...] = ("الكيلومتر", "الكلم", "الميل")
# A small number (0..24) right before these, with no counted noun, is a time of day.
TIMES_OF_DAY_AFTER: tuple[str, ...] = ("صباحا", "مساء", "مساءا", "ظهرا", "عصرا", "فجرا", "ليلا",
                                       "بتوقيت")
