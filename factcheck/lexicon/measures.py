"""What a figure measures: general news vocabulary, as data. Nothing here knows a story."""

from __future__ import annotations

from dataclasses import dataclass

# ---------------------------------------------------------------- what a figure measures
#
# A figure's measure decides which figures can be compared at all: a death toll is never
# compared with a count of injured, a magnitude never with a depth. Each measure lists
#   - `units`: the counted nouns that name it ("قتيلا" → dead), as lemmas of units.py's
#     COUNTED_NOUNS: every form listed there («قتيل», «قتيلا», «قتلى») names the measure, so
#     the number grammar and the measure read one list,
#   - `cues`: words near the figure that name it when the noun is generic ("مقتل 76 شخصا",
#     "284 شخصا لقوا حتفهم", "بقوة 7.4"),
#   - `kind`: "tally" for running totals that grow while a story unfolds (casualties,
#     displaced …) — compared in publication order — or "property" for one fixed value of
#     an event (its magnitude, its depth) — compared directly;
#   - `per_place`: whether figures for different places are different facts (dead in one
#     country vs another) or the same fact seen from anywhere (a quake's magnitude);
#   - `plausible`: the range a value of this measure can take; outside it the cue misled us.


@dataclass(frozen=True)
class Measure:
    units: tuple[str, ...]
    cues: tuple[str, ...]
    kind: str  # "tally" | "property"
    per_place: bool
    plausible: tuple[float, float] = (0, float("inf"))


MEASURES: dict[str, Measure] = {
    # casualties: deaths, in the many ways news writes them
    "dead": Measure(
        units=("قتيل", "ضحية", "شهيد", "وفاة", "متوفى", "جثة"),
        cues=("قتل", "قتلت", "قتلوا", "يقتل", "مقتل", "قتلى", "القتلى", "حتفه", "حتفهم",
              "مصرع", "مصرعه", "مصرعهم",
              "وفاة", "وفيات", "الوفيات", "ضحايا", "الضحايا", "أودى", "بحياة", "توفي", "لقوا", "استشهد",
              "شهيد", "شهداء"),
        kind="tally", per_place=True),
    "injured": Measure(
        units=("جريح", "مصاب", "إصابة"),
        cues=("أصيب", "إصابة", "إصابات", "الإصابات", "جرح", "جرحى", "الجرحى", "المصابين",
              "بجروح"),
        kind="tally", per_place=True),
    "missing": Measure(
        units=("مفقود",),
        cues=("فقد", "فقدان", "المفقودين", "مفقودين", "عالقين"),
        kind="tally", per_place=True),
    "displaced": Measure(
        units=("نازح", "مشرد", "لاجئ"),
        cues=("نزوح", "نزح", "شرد", "شردوا", "تشريد", "النازحين", "المشردين", "إجلاء"),
        kind="tally", per_place=True),
    "arrested": Measure(
        units=("معتقل", "موقوف", "أسير"),
        cues=("اعتقال", "اعتقل", "اعتقلت", "توقيف", "أوقفت", "احتجاز"),
        kind="tally", per_place=True),
    # the strength of an event on a scale (earthquakes on the Richter scale, storms on theirs)
    "magnitude": Measure(
        units=(),
        cues=("قوة", "بقوة", "قوته", "قوتها", "شدة", "بشدة", "شدته", "أشدها", "ريختر", "مقياس"),
        kind="property", per_place=False, plausible=(0, 10)),
    # how deep an event was (a quake's focus, a mine)
    "depth": Measure(units=(), cues=("عمق",), kind="property", per_place=False),
}

# Counted nouns (lemmas of units.py) that count people without saying what happened to
# them: a cue nearby decides the measure ("مقتل 76 شخصا", "284 شخصا لقوا حتفهم").
PERSON_NOUNS: tuple[str, ...] = ("شخص", "فرد", "مواطن", "مدني", "طفل", "امرأة", "نسمة")
# Categories of counted nouns that name a scale or a length (units.py): a property cue
# decides which property ("بقوة 7.8 درجات" is a magnitude, "على عمق 10 كيلومترات" a depth).
PROPERTY_UNIT_CATEGORIES: tuple[str, ...] = ("degrees", "distance")
