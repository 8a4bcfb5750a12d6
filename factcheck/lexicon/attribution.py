"""Who a figure is attributed to: the words that introduce a source, and those around its
name. General news vocabulary, written naturally; extract/context.py normalises them once.

"بحسب الأمم المتحدة", "وفق ما أعلنت وزارة الصحة", "قال الدفاع المدني إن …": the words after
one of the cues name the source. "نقلت X عن Y" names X, the outlet that reports it.
"""

from __future__ import annotations

ATTRIBUTION_CUES: tuple[str, ...] = (
    "بحسب", "حسب", "حسبما", "وفق", "وفقا", "طبقا", "نقلا", "نقلت", "قال", "قالت", "أعلن",
    "أعلنت", "أفاد", "أفادت", "وافادت", "ذكر", "ذكرت", "أكد", "أكدت", "كشف", "كشفت", "أشار",
    "أشارت", "أوضح", "أوضحت", "صرح", "صرحت", "أحصى", "أحصت", "قبل",
    # an estimate names its source too: «فيما قدرت هيئة المسح الجيولوجي قوته بـ6.0»
    "قدر", "قدرت", "يقدر", "تقدر")
# Cues that introduce a source only right after a given word: "قبل" is "by" in "من قبل",
# otherwise it means "before".
ATTRIBUTION_CUE_ONLY_AFTER: dict[str, str] = {"قبل": "من"}
# Words skipped between a cue and the body ("بحسب ما أعلنه …", "وفق ما ذكرت …", "وفق آخر
# حصيلة أعلنتها وزارة …": the report is not its source).
ATTRIBUTION_SKIP: tuple[str, ...] = ("ما", "من", "أعلنه", "أعلنته", "ذكره", "ذكرته", "أورده",
                                     "عنه", "عنها", "في", "بيان", "له", "لها", "آخر", "أحدث",
                                     "حصيلة", "أعلنها", "أعلنتها", "ذكرتها", "أوردتها",
                                     "نشرتها", "أرقام", "إحصاءات", "بيانات", "تقديرات",
                                     "الحصيلة", "محينة", "محدثة", "أولية", "رسمية", "جديدة")
# Words that end the body's name ("قال الدفاع المدني إن …"); «أن» also stands for إن and
# ان, «إلى» for الى (one normal form).
ATTRIBUTION_STOP: tuple[str, ...] = ("أن", "أنه", "بأن", "في", "على", "إلى", "عن", "الذي",
                                     "التي", "الموجود", "مساء", "صباح", "يوم", "اليوم", "أمس",
                                     "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
                                     "السبت", "الأحد", "وقت", "و")
# A source's name is at most this many words.
ATTRIBUTION_MAX_WORDS = 3
# News outlets: their nationality adjective names the source, never where or whose a figure
# is ("بحسب وكالة الصحافة الفرنسية" says nothing about France).
MEDIA_NOUNS: tuple[str, ...] = ("وكالة", "صحيفة", "قناة", "شبكة", "موقع", "إذاعة", "مجلة",
                                "تلفزيون", "التلفزيون", "هيئة الإذاعة", "وكالات")
