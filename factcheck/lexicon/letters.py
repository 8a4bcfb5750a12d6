"""Letters: the spellings of one letter that matching treats as the same (extract/normalize.py),
and letters with a role in word endings (extract/words.py). Pure data.
"""

from __future__ import annotations

# Letter forms → the one form the normal text keeps: hamza seats on alif and wasla, alif
# maqsura, ta marbuta, and the Persian/Urdu letters Arabic writers type for ي ه ك.
# ؤ and ئ stay: they distinguish words and are rarely dropped by writers.
LETTER_VARIANTS: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي",
    "ة": "ه", "ە": "ه", "ۀ": "ه",
    "ک": "ك", "ڪ": "ك",
}

# A final alif after these is part of the word, not tanween: long vowels (قالوا, …) and
# the pronoun ها (قواتها), where dropping it would change the word.
NOT_TANWEEN_BEFORE: tuple[str, ...] = ("ا", "و", "ه")
