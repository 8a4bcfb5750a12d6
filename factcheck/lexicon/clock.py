"""The time of day a running figure is given for: "إلى حدود الساعة العاشرة من صباح اليوم",
"حتى الساعة 6 مساء أمس". General news vocabulary, written naturally; extract/context.py
normalises it once. Two reports of a toll for the same moment that differ are a conflict;
without a moment, reports of one day cannot be ordered.
"""

from __future__ import annotations

# Words that open "as of": the figure counts up to that moment.
AS_OF_CUES: tuple[str, ...] = ("حتى", "حدود", "لغاية", "غاية")
# The word for "the hour" before the hour itself.
HOUR_WORD = "الساعة"
# Hours written as ordinal words, with and without the article.
HOUR_WORDS: dict[str, int] = {
    "الأولى": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6,
    "السابعة": 7, "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "الحادية عشرة": 11,
    "الثانية عشرة": 12, "الواحدة": 1, "واحدة": 1, "أولى": 1, "ثانية": 2, "ثالثة": 3,
    "رابعة": 4, "خامسة": 5, "سادسة": 6, "سابعة": 7, "ثامنة": 8, "تاسعة": 9, "عاشرة": 10,
}
# Parts of the day after the hour: in the afternoon and evening, 7 is 19:00.
AFTERNOON_WORDS: tuple[str, ...] = ("مساء", "مساءا", "ليلا", "ليلة", "عصرا", "عصر", "المساء",
                                    "الليل")
MORNING_WORDS: tuple[str, ...] = ("صباحا", "صباح", "الصباح", "فجرا", "فجر", "الفجر", "ظهرا",
                                  "ظهر")
# The day the moment falls on, relative to the article's own day.
TODAY_WORDS: tuple[str, ...] = ("اليوم", "يومه", "الجاري")
YESTERDAY_WORDS: tuple[str, ...] = ("أمس", "البارحة")
