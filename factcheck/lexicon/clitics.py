"""Letters and short words that attach to the front or the end of an Arabic word. Pure data;
extract/normalize.py peels them (stem_candidates), extract/tokens.py composes every clitic
form a word may carry, and the grammars build their patterns from them.
"""

from __future__ import annotations

# Peeled in the order Arabic attaches them: conjunction, then preposition, then the article.
CONJUNCTIONS: tuple[str, ...] = ("و", "ف")
PREPOSITIONS: tuple[str, ...] = ("ب", "ل", "ك")
ARTICLE = "ال"
# ل + ال with the alif dropped: "للعام".
LAM_ARTICLE = "لل"
# "and" between two parts of one number or name: "الخامس والعشرين", "سوريا وتركيا".
AND = "و"
# The future particle on a present-tense verb («ستختتم», «سينطلق»): read as the verb.
FUTURE_PARTICLE = "س"
# Possessive pronouns attached to a counted noun after من: "2500 من جنودها".
POSSESSIVES: tuple[str, ...] = ("ه", "ها", "هم", "هما", "هن", "نا", "كم")

# How a word carrying the article begins, behind a conjunction or «ب»: "الحكومة",
# "والوزارة", "بالمدينة", "للهيئة". Not «كال»: "وكالة" would read as و + ك + ال.
DEFINITE_PREFIXES: tuple[str, ...] = ("ال", "وال", "فال", "بال", "وبال", "فبال", "لل", "ولل",
                                      "فلل")

# How a counted noun ends and a verb never does: the feminine «ة» («وظيفة», «فرصة») and the
# plural «ات» («وحدات»). A word after a figure that begins with «و» or «ف» and ends so is a
# noun, not a conjunction glued to the next word (analyse/group.counted_noun).
NOUN_ENDINGS: tuple[str, ...] = ("ة", "ات")
