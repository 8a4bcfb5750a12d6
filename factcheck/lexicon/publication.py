"""Words an article uses about its own publication day (extract/publication_clues.py):
«فجر اليوم الاثنين» and «أمس الجمعة» give today's weekday; «قبل نحو 20 يوما» says how long
ago something was. Pure data, written naturally; normalised by the consumer at import.
The day and week nouns of «قبل 20 يوما» / «قبل أسبوعين» are time_words.SHIFT_UNITS.
"""

from __future__ import annotations

# «اليوم الاثنين»: today is that weekday.
TODAY_WORDS: tuple[str, ...] = ("اليوم",)
# «أمس الجمعة», «البارحة الأربعاء»: yesterday was that weekday.
YESTERDAY_WORDS: tuple[str, ...] = ("أمس", "البارحة")
# «قبل 20 يوما»: that long before publication.
AGO_WORDS: tuple[str, ...] = ("قبل",)
# «قبل نحو 20 يوما»: about that long (the publication day gets some slack).
ABOUT_WORDS: tuple[str, ...] = ("نحو", "حوالي", "قرابة", "زهاء")
# «تاريخ النشر: 18th, June 2024 GMT», «آخر تحديث 2024/03/19»: a date after one of these is
# the article's own (its publication or last update), never an event's.
PUBLICATION_LABELS: tuple[str, ...] = ("تاريخ النشر", "نشر في", "نشر بتاريخ", "آخر تحديث",
                                       "تاريخ التحديث", "تم النشر")
# «في مثل هذا اليوم من العام الماضي», «في مثل هذا التوقيت والتاريخ من العام الماضي»: the
# article is written on the anniversary of the day it dates, that many years on.
# (Not «في مثل هذه الأيام»: about then, not that day.)
ANNIVERSARY_OPENERS: tuple[str, ...] = ("في مثل هذا",)
ANNIVERSARY_NOUNS: tuple[str, ...] = ("اليوم", "التوقيت", "التاريخ")
ANNIVERSARY_YEARS_AGO: dict[str, int] = {"من العام الماضي": 1, "من السنة الماضية": 1,
                                         "قبل عام": 1, "قبل سنة": 1}
