"""Function words ignored when judging whether two sentences talk about the same thing
(analyse/similarity.py). Written naturally; the consumer normalises them once, at import.
"""

from __future__ import annotations

# One entry per normal form: «أن» also stands for إن and ان, «إلى» for الى, «أو» for او.
STOPWORDS: tuple[str, ...] = (
    "في", "من", "على", "إلى", "عن", "مع", "أن", "التي", "الذي", "الذين",
    "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "قد", "لم", "لن", "ما", "لا", "هو", "هي",
    "بين", "بعد", "قبل", "حتى", "كل", "أي", "أو", "ثم", "قال", "وقال", "أكد", "وأكد",
    "عام", "العام", "يوم", "اليوم", "الشهر", "الحالي", "الجاري", "الماضي", "المقبل",
)
