"""General news vocabulary, as data. Nothing here knows a story or an outlet.

Each table maps a label to surface words (written naturally; normalised at import).
"""

from __future__ import annotations

from .arabic.normalize import normalize_word

# What a date is the date OF: the nearest of these words before a date names its event.
# Used to group dates that no rule covers, and to tell two events apart in one article.
EVENT_WORDS: dict[str, tuple[str, ...]] = {
    "withdrawal": ("انسحاب", "انسحب", "انسحبت", "سحب", "خروج", "مغادرة", "إخلاء", "رحيل"),
    "announcement": ("أعلن", "أعلنت", "إعلان", "الإعلان", "تغريدة", "غرد", "بيان", "صرح"),
    "agreement": ("اتفاق", "اتفق", "اتفقت", "اتفقتا", "تفاهم", "توصلت", "معاهدة", "صفقة"),
    "visit": ("زار", "زيارة", "وصل", "وصول"),
    "vote": ("صوت", "صوّت", "تصويت", "اقتراع", "انتخابات"),
    "meeting": ("اجتماع", "لقاء", "بلقاء", "مباحثات", "قمة", "محادثات", "اجتمع", "التقى"),
    "attack": ("هجوم", "قصف", "مقتل", "اغتيال", "غارة", "تفجير", "استهداف"),
    "deadline": ("بحلول", "الموعد", "موعد", "المهلة", "مهلة", "الجدول الزمني"),
    "founding": ("تشكل", "تأسس", "تأسيس", "أنشئ", "أنشأ", "إنشاء"),
    "start": ("بدأ", "بدء", "بدأت", "انطلق", "انطلاق", "ابتداء"),
    "end": ("انتهى", "انتهاء", "إنهاء", "انتهت", "اختتام", "أنهينا"),
    "construction": ("بناء", "بناؤها", "اكتمل", "تشييد", "افتتاح"),
    "disaster": ("زلزال", "هزة", "فيضان", "إعصار", "حريق", "انفجار"),
}

# Words that put a date in the future of the article ("by September 2026"): such years say
# little about when the article was written, so they don't set its time frame.
FUTURE_MARKERS: tuple[str, ...] = ("بحلول", "حتى", "لغاية", "المقبل", "القادم", "مع حلول")

# "since X": X starts a period that runs to the present, however long ago it was
# ("the largest quake since 1999"), so it says nothing about when the article was written.
BACKGROUND_MARKERS: tuple[str, ...] = ("منذ",)

# "led by X": X leads what is counted; it is not the body the figure belongs to.
LEADER_MARKERS: tuple[str, ...] = ("بقيادة", "بزعامة", "تقودها", "يقودها", "تتزعمها")

# Function words ignored when judging whether two sentences talk about the same thing.
STOPWORDS: frozenset[str] = frozenset(normalize_word(w) for w in (
    "في", "من", "على", "إلى", "الى", "عن", "مع", "أن", "إن", "ان", "التي", "الذي", "الذين",
    "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "قد", "لم", "لن", "ما", "لا", "هو", "هي",
    "بين", "بعد", "قبل", "حتى", "كل", "أي", "او", "أو", "ثم", "قال", "وقال", "أكد", "وأكد",
    "عام", "العام", "يوم", "اليوم", "الشهر", "الحالي", "الجاري", "الماضي", "المقبل",
))


def _normalised(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    return {label: tuple(normalize_word(w) for w in words) for label, words in table.items()}


EVENT_WORDS = _normalised(EVENT_WORDS)
FUTURE_MARKERS = tuple(normalize_word(w) for w in FUTURE_MARKERS)
LEADER_MARKERS = tuple(normalize_word(w) for w in LEADER_MARKERS)
BACKGROUND_MARKERS = tuple(normalize_word(w) for w in BACKGROUND_MARKERS)
