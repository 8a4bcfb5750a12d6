"""What a figure measures: general news vocabulary, as data. Nothing here knows a story."""

from __future__ import annotations

from dataclasses import dataclass

# ---------------------------------------------------------------- what a figure measures
#
# A figure's measure decides which figures can be compared at all: a death toll is never
# compared with a count of injured, a magnitude never with a depth. Each measure lists
#   - `units`: counted nouns that name it ("قتيلا" → dead),
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
        units=("قتيل", "قتلى", "قتلي", "ضحية", "ضحايا", "متوفى", "وفاة", "وفيات", "جثة", "جثث"),
        cues=("قتل", "قتلت", "قتلوا", "يقتل", "مقتل", "قتلى", "القتلى", "قتلي", "حتفه", "حتفهم",
              "مصرع", "مصرعه", "مصرعهم",
              "وفاة", "وفيات", "الوفيات", "ضحايا", "الضحايا", "أودى", "بحياة", "توفي", "لقوا", "استشهد",
              "شهيد", "شهداء"),
        kind="tally", per_place=True),
    "injured": Measure(
        units=("جريح", "جرحى", "مصاب", "مصابين", "مصابون", "إصابة", "إصابات"),
        cues=("أصيب", "اصيب", "إصابة", "إصابات", "الإصابات", "جرح", "جرحى", "الجرحى", "المصابين",
              "بجروح"),
        kind="tally", per_place=True),
    "missing": Measure(
        units=("مفقود", "مفقودين", "مفقودون"),
        cues=("فقد", "فقدان", "المفقودين", "مفقودين", "عالقين"),
        kind="tally", per_place=True),
    "displaced": Measure(
        units=("نازح", "نازحين", "نازحون", "مشرد", "مشردين", "لاجئ", "لاجئين"),
        cues=("نزوح", "نزح", "شرد", "شردوا", "تشريد", "النازحين", "المشردين", "إجلاء"),
        kind="tally", per_place=True),
    "arrested": Measure(
        units=("معتقل", "معتقلين", "موقوف", "موقوفين", "أسير", "أسرى"),
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
