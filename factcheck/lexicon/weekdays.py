"""Weekday names, and the words around one that make it something else. Pure data, written
naturally; extract/ normalises it at import (so الاثنين also covers الإثنين).
"""

from __future__ import annotations

# 0 = Monday, as datetime.date.weekday().
WEEKDAYS: dict[str, int] = {
    "الاثنين": 0,
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
# Words that may stand around a weekday in a date read from the weekday alone («يوم السبت
# الماضي», «السبت المقبل»).
WEEKDAY_COMPANIONS: tuple[str, ...] = ("يوم", "الماضي", "الماضية", "المقبل", "المقبلة", "القادم",
                                       "القادمة")
