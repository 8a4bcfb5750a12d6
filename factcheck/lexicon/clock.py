"""The time of day: a running figure's moment ("إلى حدود الساعة العاشرة من صباح اليوم",
"حتى الساعة 6 مساء أمس"), and the time an event happened at ("ضربت الهزة على الساعة سابعة
صباحا", "حوالي الساعة 6:35"). General news vocabulary, written naturally; extract/context.py
and extract/clock.py normalise it once. Two reports of a toll for the same moment that
differ are a conflict; one article timing one event two ways contradicts itself.
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

# --- the time an event happened at (extract/clock.py) ---
# Before «الساعة»: the time is about so («حوالي الساعة 6:35»), a little after or before the
# hour («بعيد الساعة 23»), or exactly it («في تمام الساعة»).
ABOUT_WORDS: tuple[str, ...] = ("حوالي", "نحو", "قرابة", "زهاء")
SHORTLY_AFTER_WORDS: tuple[str, ...] = ("بعيد",)
SHORTLY_BEFORE_WORDS: tuple[str, ...] = ("قبيل",)
EXACTLY_WORDS: tuple[str, ...] = ("تمام",)
# «من الساعة 11 صباحا إلى الساعة 4 مساء», «بين الساعة الثانية والسادسة»: a stretch of the
# day, not the moment of an event.
RANGE_OPENERS: tuple[str, ...] = ("من", "بين")
RANGE_CLOSERS: tuple[str, ...] = ("إلى", "حتى", "لغاية")
# The minutes after the hour: «و11 دقيقة», «والنصف», «إلا ربعا».
MINUTE_WORDS: tuple[str, ...] = ("دقيقة", "دقائق", "دقيقتين")
PAST_FRACTIONS: dict[str, int] = {"والنصف": 30, "ونصف": 30, "والربع": 15, "وربع": 15,
                                  "والثلث": 20, "وثلث": 20}
TO_WORD = "إلا"
TO_FRACTIONS: dict[str, int] = {"ربعا": 15, "ربع": 15, "الربع": 15, "ثلثا": 20, "ثلث": 20,
                                "الثلث": 20}
# After the hour: the hours of the afternoon and night are twelve later; «ظهرا» is after
# noon only for the first hours («الثانية ظهرا» is 14:00, «الحادية عشرة ظهرا» 11:00).
EVENING_WORDS: tuple[str, ...] = ("مساء", "مساءا", "ليلا", "عصرا", "عصر", "العصر", "زوالا", "الزوال",
                                  "المساء", "الليل")
NOON_WORDS: tuple[str, ...] = ("ظهرا", "الظهر", "ظهر")
# «الثالثة بعد الظهر»: after noon; «العاشرة من صباح اليوم»: of the morning.
AFTER_WORD = "بعد"
OF_WORD = "من"
# «في تمام الساعة»; and «72 ألف راكب في الساعة»: per hour, after a figure.
IN_WORD = "في"
DAWN_WORDS: tuple[str, ...] = ("صباحا", "صباح", "الصباح", "فجرا", "فجر", "الفجر")
# «بالتوقيت المحلي»: local time, as a time with no zone; «بتوقيت غرينتش», «ت غ»: another
# clock, never compared with a local one.
ZONE_WORDS: tuple[str, ...] = ("بتوقيت", "بالتوقيت", "توقيت")
LOCAL_ZONE_WORDS: tuple[str, ...] = ("المحلي", "محلي")
GMT_WORDS: tuple[str, ...] = ("غرينتش", "غرينيتش", "جرينتش", "gmt", "utc")
# A member of a set of events, not the event itself: «بلغت قوة أشدها 4,2 درجات على الساعة
# 05:12», «هزة ثانية عند الساعة …».
ANOTHER_EVENT_WORDS: tuple[str, ...] = ("أشد", "أشدها", "أقوى", "أقواها", "أعنف", "أعنفها",
                                        "ثانية", "ثان", "ثالثة", "أخرى", "آخر", "جديدة",
                                        "الثانية", "الثالثة", "الأخيرة", "آخرها", "أولاها")
