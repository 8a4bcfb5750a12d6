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
#   - `plausible`: the range a value of this measure can take; outside it the cue misled us;
#   - `counts`: which figures a cue may name: the categories of their counted noun (units.py;
#     "person" for PERSON_NOUNS, "none" for a bare number). A tally cue names people, a
#     rate cue a percentage, an exchange-rate cue an amount of money.
#   Kinds beyond tally and property: "level" (a value that holds at a time, compared between
#   figures for the same time: troops deployed, an exchange rate, an interest rate) and
#   "change" (by how much something moved: a rate rise, a percentage fall).


@dataclass(frozen=True)
class Measure:
    units: tuple[str, ...]
    cues: tuple[str, ...]
    kind: str  # "tally" | "property" | "level" | "change"
    per_place: bool
    plausible: tuple[float, float] = (0, float("inf"))
    counts: tuple[str, ...] = ()
    # Whose figure it is decides which figures are one fact (a candidate's votes, a party's
    # seats): without a subject, figures are only listed, never set against each other.
    needs_subject: bool = False
    # A gap wider than this between a measure's figures parts two events, not two sources:
    # the agencies' magnitudes for one quake differ by half a unit at most (7.4 to 7.9), so
    # a 6.4 below a run of 7.4 to 7.9 is another quake the text did not mark as such.
    separate_beyond: float | None = None
    # A running count that falls by right as a story unfolds: the missing are found, alive
    # or dead; survivors die of their injuries. A later, lower figure is an update.
    may_fall: bool = False
    # A reading of one day (a temperature): two sources' figures for days their sentences
    # name differently are two readings, not a disagreement (analyse/checks/compare.py).
    daily: bool = False


MEASURES: dict[str, Measure] = {
    # casualties: deaths, in the many ways news writes them
    "dead": Measure(
        units=("قتيل", "ضحية", "شهيد", "وفاة", "متوفى"),
        cues=("قتل", "قتلت", "قتلوا", "يقتل", "مقتل", "قتلى", "القتلى", "حتفه", "حتفهم",
              "مصرع", "مصرعه", "مصرعهم",
              "وفاة", "وفيات", "الوفيات", "ضحايا", "الضحايا", "أودى", "بحياة", "توفي", "لقوا", "استشهد",
              "قضى", "قضوا",  # «أنقذ منهم 19 أحياء فيما قضى 8»
              "ضحيته", "ضحيتها", "ضحيتهم",  # «الذي راح ضحيته 20 معتمراً»
              "شهيد", "شهداء"),
        kind="tally", per_place=True),
    # bodies recovered, identified, handed over, held in a morgue: a count of bodies is never
    # the death toll («انتشلت فرق الإنقاذ 95 جثة» while 157 died)
    "bodies": Measure(units=("جثة",), cues=(), kind="tally", per_place=True),
    "injured": Measure(
        units=("جريح", "مصاب", "إصابة"),
        cues=("أصيب", "إصابة", "إصابات", "الإصابات", "جرح", "جرحى", "الجرحى", "المصابين",
              "بجروح",
              # the active verb: «أودى بحياة 31 شخصا وأصاب 18 آخرين»
              "أصاب", "أصابت"),
        kind="tally", per_place=True),
    # infections counted in an outbreak: «1200 إصابة بالكوليرا», «حالات الإصابة بالفيروس»;
    # read from an injury figure whose clause names a disease (DISEASE_WORDS)
    "cases": Measure(units=(), cues=(), kind="tally", per_place=True),
    "missing": Measure(
        units=("مفقود",),
        cues=("فقد", "فقدان", "المفقودين", "مفقودين", "عالقين"),
        kind="tally", per_place=True, may_fall=True),
    "displaced": Measure(
        units=("نازح", "مشرد", "لاجئ"),
        cues=("نزوح", "نزح", "شرد", "شردوا", "تشريد", "النازحين", "المشردين", "إجلاء"),
        kind="tally", per_place=True),
    "arrested": Measure(
        units=("معتقل", "موقوف", "أسير"),
        cues=("اعتقال", "اعتقل", "اعتقلت", "توقيف", "أوقفت", "احتجاز", "القبض", "إيقاف"),
        kind="tally", per_place=True),
    # people who escaped (from a prison, a camp): «فرار 40 سجينا», «هروب 44 سجينا»
    "escaped": Measure(
        units=(),
        cues=("فرار", "هروب", "فروا", "هربوا", "فارين", "الفارين", "هاربين", "الهاربين"),
        kind="tally", per_place=True),
    # the dead who were buried, and the people pulled out alive: counts of their own, smaller
    # than the toll ("تم دفن 2944 منهم", "تم دفن 21 حاجا تونسيا")
    "buried": Measure(
        units=(), cues=("دفن", "دفنهم", "ودفن", "دفنت", "بدفن", "تدفن", "يدفن"),
        kind="tally", per_place=True),
    "rescued": Measure(
        units=(), cues=("انتشال", "إنقاذ", "أنقذ", "أنقذت", "إخراج"),
        kind="tally", per_place=True),
    # those who came out alive («128 ناجيا», «نجا 131 راكبا»): never the dead or the missing;
    # their count falls when the injured among them die
    "survivors": Measure(
        units=("ناجيا",), cues=("نجا", "نجت", "الناجين", "ناجين", "الناجون"),
        kind="tally", per_place=True, may_fall=True),
    # the strength of an event on a scale (earthquakes on the Richter scale, storms on theirs)
    "magnitude": Measure(
        units=(),
        cues=("قوة", "بقوة", "قوته", "قوتها", "شدة", "بشدة", "شدته", "أشدها", "ريختر", "مقياس"),
        kind="property", per_place=False, plausible=(0, 10), separate_beyond=0.7),
    # how deep an event was (a quake's focus, a mine)
    "depth": Measure(units=(), cues=("عمق", "عمقه", "عمقها"), kind="property", per_place=False),
    # the seriously injured: a tally of its own, read from the injury count's adjective
    # («205 إصابة خطيرة», lexicon/frames.py SERIOUS_AFTER), never from a cue alone
    # those in a serious or critical state: they recover, or die, so a later report may
    # count fewer («7 في حالة حرجة», then «4 لا يزالون في حالة خطيرة»)
    "seriously-injured": Measure(units=(), cues=(), kind="tally", per_place=True, may_fall=True),
    # troops deployed somewhere: a level at a time, compared between reports of one time
    "troops": Measure(
        units=("جندي", "عسكري", "مقاتل", "ضابط", "مستشار", "مدرب"),
        cues=(), kind="level", per_place=True),
    # how many a place holds: a property of the place
    "capacity": Measure(
        units=(), cues=("تتسع", "يتسع", "تستوعب", "يستوعب", "سعة", "استيعاب", "الاستيعابية"),
        kind="property", per_place=True, counts=("person", "troops", "none")),
    # how many people a vessel, a plane or a bus carried («كانت تقل 200 شخص», «وعلى متنها 200
    # راكب»): one fact of the journey, whatever places its sentence names on the way. The verb
    # carries only right before its figure: «لا يقل عن» is a bound (lexicon/qualifiers.py),
    # and «يقل عددهم عن 20» compares. Never a bare «متن»: a camel show counts its entries so.
    "aboard": Measure(
        units=(), cues=("متنها", "متنه", "تقل", "يقل", "تقلان", "يقلان"),
        kind="property", per_place=True, counts=("person", "people", "none")),
    # a temperature reached (a figure «تحت الصفر» is negative: extract/article.py)
    "temperature": Measure(
        units=("درجة مئوية",), cues=("الحرارة", "حرارة", "مئوية", "الحر"),
        kind="level", per_place=True, plausible=(-90, 60), counts=("celsius", "degrees", "none"),
        daily=True),
    # rain that fell: «أمطار غزيرة بلغت 112 ملم في يوم واحد»
    "rainfall": Measure(
        units=("ملم",), cues=("أمطار", "الأمطار", "هطول", "تساقطات", "التساقطات", "المطرية"),
        kind="level", per_place=True, counts=("distance",)),
    # the price of one currency in another
    "exchange-rate": Measure(
        units=(), cues=("صرف", "الصرف", "للدولار", "مقابل الدولار", "أمام الدولار",
                        "سعر الدولار", "الدولار الأمريكي", "الدولار الأميركي"),
        # the price of one unit of a currency: a sum of millions («خسائر بـ8 ملايين دينار،
        # أي نحو 11 مليون دولار») is an amount, never a rate. A market price is a reading
        # of its day («في تعاملات اليوم»).
        kind="level", per_place=False, counts=("money",), plausible=(0, 1_000_000),
        daily=True),
    # a central bank's or a market's interest rate
    "interest-rate": Measure(
        units=(), cues=("الفائدة", "فائدة", "العائد", "عائد", "الإيداع", "الإقراض", "الخصم"),
        kind="level", per_place=True, plausible=(-5, 100), counts=("percent",)),
    # yearly inflation
    "inflation": Measure(
        units=(), cues=("التضخم", "تضخم"), kind="level", per_place=True, plausible=(-50, 1000),
        counts=("percent",)),
    # by how much a rate was raised or cut (points, basis points)
    "rate-change": Measure(
        units=(), cues=("رفع", "خفض", "زيادة", "رفعت", "خفضت", "يرفع", "يخفض", "تثبيت",
                        "سيرفع", "سترفع", "سيخفض", "ستخفض", "ترفع", "تخفض"),
        kind="change", per_place=False, counts=("basis-points", "points")),
    # by how much something rose or fell, in percent
    "percent-change": Measure(
        units=(), cues=("انخفض", "انخفاض", "تراجع", "ارتفع", "ارتفاع", "خسر", "فقد", "هبط",
                        "هبوط", "قفز", "زاد", "نما", "نمت", "ينمو", "تنمو", "نمو", "انكمش",
                        "تراجعت", "انخفضت",
                        "ارتفعت", "خسرت", "فقدت", "هبطت", "قفزت", "زادت", "يفقد", "يخسر",
                        # what a plan or a forecast says will rise or fall
                        "سيرتفع", "سترتفع", "سينخفض", "ستنخفض", "سيزيد", "ستزيد", "يرتفع",
                        "ترتفع", "ينخفض", "تنخفض", "يزيد", "تزيد"),
        kind="change", per_place=True, counts=("percent",)),
    # how far one place is from another ("على بعد 320 كلم من الرباط"): the other place is
    # read as the figure's site, so distances from different places never meet
    # (a level, not a property: which place is that far is often unsaid)
    "distance": Measure(
        units=(), cues=("بعد", "يبعد", "تبعد", "مسافة", "المسافة", "بعيدا"),
        kind="level", per_place=False, counts=("distance",)),
    # votes cast for someone, seats won, turnout
    "votes": Measure(units=("صوت",), cues=(), kind="level", per_place=True, needs_subject=True),
    "seats": Measure(units=("مقعد",), cues=(), kind="level", per_place=True, needs_subject=True),
    "turnout": Measure(
        units=(), cues=("المشاركة", "الإقبال", "التصويت"), kind="level", per_place=True,
        plausible=(0, 100), counts=("percent",)),
    # a candidate's or a party's share of voting intentions in a poll («34.5% من نوايا
    # التصويت»): whose share it is decides which are one fact
    "vote-share": Measure(
        units=(), cues=("نوايا", "نية"), kind="level", per_place=True, needs_subject=True,
        plausible=(0, 100), counts=("percent",)),
}

# A cue word governed by the noun before it takes that noun's measure: «نوايا التصويت» are
# voting intentions (a share), not the vote's turnout.
GOVERNING_CUES: dict[str, str] = {"vote-share": "turnout"}
# «صرف» with no article is paying out («صرف منحة قدرها 50 ألف دينار», «قررت الوزارة صرف 100
# ألف جنيه لأسرة كل متوفى»): it names the exchange rate only as «الصرف» or under a price
# head («سعر صرف الدولار»).
PAYING_OUT = "صرف"
# Before a figure, words that give the length of something covered (a race's, a trip's:
# «شوط لمسافة 2400 متر», «قطع مسافة 2000 متر»), not a distance from the event: such
# figures are of as many things as the story has races or trips.
COVERED_LENGTH_WORDS: tuple[str, ...] = ("لمسافة", "قطع", "قطعت", "يقطع", "تقطع", "قطعوا")
# Nouns of a rate of a running count that name no count themselves: «معدل الإماتة» (deaths
# among the cases), «معدل الفتك». Such a rate moves with its count (analyse/group.py).
TALLY_RATE_NOUNS: tuple[str, ...] = ("إماتة", "فتك", "وفيات", "الوفيات")

# Counted nouns (lemmas of units.py) that count people without saying what happened to
# them: a cue nearby decides the measure ("مقتل 76 شخصا", "284 شخصا لقوا حتفهم").
PERSON_NOUNS: tuple[str, ...] = ("شخص", "فرد", "مواطن", "مدني", "طفل", "امرأة", "نسمة", "سجين")
# Categories of counted nouns (units.py) that count people or cases the same way: a cue
# decides what happened to them ("672 حاجا لقوا حتفهم", "ألف حالة وفاة").
PERSON_CATEGORIES: tuple[str, ...] = ("people", "cases")
# Categories of counted nouns that name a scale or a length (units.py): a property cue
# decides which property ("بقوة 7.8 درجات" is a magnitude, "على عمق 10 كيلومترات" a depth).
PROPERTY_UNIT_CATEGORIES: tuple[str, ...] = ("degrees", "distance")

# After a count of the people a vessel carried, in its clause: the count leaves some out
# («وكان اليخت يقل 38 سائحا أجنبيا ومصريا إلى جانب طاقمه»), so it is a part of everyone
# aboard, not their number.
BESIDES_PHRASES: tuple[str, ...] = ("إلى جانب", "فضلا عن", "إضافة إلى", "بالإضافة إلى",
                                    "علاوة على")
# Cues of MEASURES["aboard"] that carry only right before their figure (see there).
CARRYING_VERBS: tuple[str, ...] = ("تقل", "يقل", "تقلان", "يقلان")

# An amount of one currency said against one of these («46 جنيها مقابل الدولار», «سعر
# الدولار … 49.5 جنيه») is an exchange rate, not a sum of money.
REFERENCE_CURRENCIES: tuple[str, ...] = ("دولار", "يورو")

# Right before a percentage or points: the size of a change ("رفع الفائدة بواقع 6%", "ارتفع
# بمقدار 200 نقطة أساس"), not the level reached ("إلى 27.25%").
AT_A_RATE = "بنسبة"
CHANGE_BY_WORDS: tuple[str, ...] = ("بواقع", "بمقدار", AT_A_RATE)
# «بنسبة» is «at a rate of» unless its clause names a move: a change cue, or one of these
# states or moves («بات المؤشر منخفضا بنسبة 1.4%»: lower by; «تصدر الخسائر، بنسبة 2.9%»).
CHANGED_STATES: tuple[str, ...] = ("منخفضا", "مرتفعا", "منخفضة", "مرتفعة", "الخسائر", "خسائر",
                                   "المكاسب", "مكاسب", "نموا")

# A percentage change that qualifies the figure before it opens its clause with a change
# noun («10,2 مليون مسافر، بارتفاع نسبته 14%», «مسجلة ارتفاعا بنسبة 19,8%», «أي بزيادة»):
# the nouns (with the percent-change cues) and the words that may come before one.
FIGURE_CHANGE_NOUNS: tuple[str, ...] = ("زيادة", "نموا", "ارتفاعا", "تراجعا", "انخفاضا")
FIGURE_CHANGE_OPENERS: tuple[str, ...] = ("أي", "مسجلا", "مسجلة", "محققا", "محققة")
# The noun of a raise, a rate-change cue («زيادة مارس البالغة 500 نقطة أساس»), before a
# percentage that is no interest rate says by how much something grew: «بزيادة 30%».
INCREASE_NOUNS: tuple[str, ...] = ("زيادة",)
# «ب» and one of these right before an amount: by how much it moved («بزيادة 15 قرشاً»).
# (Not «ربح», a rise word: «بربح 5 ملايين» is the profit made.)
CHANGE_NOUNS: tuple[str, ...] = ("زيادة", "ارتفاع", "انخفاض", "تراجع", "نمو", "تخفيض", "خفض",
                                 "هبوط", "صعود")
# Right after what a head names («سعر تذكرة خاص»): another kind of it than the plain one,
# whose figures are not the plain one's other values.
ANOTHER_KIND_ADJECTIVES: tuple[str, ...] = ("خاص", "خاصة", "مخفض", "مخفضة", "تفضيلي", "تفضيلية",
                                            "رمزي", "رمزية", "مدعوم", "مدعومة", "استثنائي",
                                            "استثنائية",
                                            # tiers: «سعر الباقة الذهبية» and «… الفضية» are
                                            # two prices, as are two medals' counts
                                            "ذهبي", "ذهبية", "فضي", "فضية", "برونزي",
                                            "برونزية", "بلاتيني", "بلاتينية", "ماسي", "ماسية",
                                            # who runs it: «عدد الجامعات الأهلية» is not
                                            # the count of all universities
                                            "أهلي", "أهلية", "حكومي", "حكومية",
                                            # «التضخم الأساسي» leaves out food and fuel: not
                                            # the headline rate
                                            "أساسي", "أساسية")
# Relative adjectives that say how a figure is counted, not which kind of thing it is of:
# «نسبة النجاح الجملية» is the pass rate («السيارة الكهربائية» is a type of car).
NOT_A_TYPE_ADJECTIVES: tuple[str, ...] = (
    "الإجمالي", "الإجمالية", "الجملي", "الجملية", "الكلي", "الكلية", "العمومي", "العمومية",
    "السنوي", "السنوية", "الشهري", "الشهرية", "اليومي", "اليومية", "الأسبوعي", "الأسبوعية",
    "الفصلي", "الفصلية", "الرسمي", "الرسمية", "النهائي", "النهائية", "الأولي", "الأولية",
    "الحالي", "الحالية", "الفعلي", "الفعلية", "الوطني", "الوطنية", "الحقيقي", "الحقيقية",
    "التقديري", "التقديرية", "المرجعي", "المرجعية", "القياسي", "القياسية", "التاريخي",
    "التاريخية", "الاستثمارية", "الاستثماري")
# Cues of a level that name another series than its other cues: a bond's yield («استقر
# العائد على شريحة الخمس سنوات عند 5.375%») is not its coupon («بسعر فائدة 5,25%») nor a
# policy rate. Measure → {series: its cue words}.
SERIES_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "interest-rate": {"yield": ("العائد", "عائد")},
}
# A part of what a level measures, named within a few words after its cue: «تضخم الغذاء»,
# «التضخم السنوي لأسعار الطعام» are the food component's rate, not the headline rate. The
# component → its words (general economic vocabulary).
LEVEL_COMPONENTS: dict[str, tuple[str, ...]] = {
    "food": ("غذاء", "الغذاء", "طعام", "الطعام", "أغذية", "الأغذية", "غذائية", "الغذائية",
             "غذائي", "الغذائي"),
    "energy": ("طاقة", "الطاقة", "وقود", "الوقود", "محروقات", "المحروقات"),
    "services": ("خدمات", "الخدمات"),
    "housing": ("سكن", "السكن", "إسكان", "الإسكان", "إيجارات", "الإيجارات"),
}


# A segment of a whole priced or rated apart: a bond's tranche, a tariff's bracket. Its
# figures are that segment's (extract/context.py keys them by the word after the noun,
# past these fillers: «الشريحة ذات الخمس سنوات», «شريحة لأجل 10 سنوات»).
SEGMENT_NOUNS: tuple[str, ...] = ("شريحة", "الشريحة", "شرائح", "الشرائح")
SEGMENT_FILLERS: tuple[str, ...] = ("ذات", "لأجل", "أجل", "مدتها", "من", "على")
# A segment's figure may follow its length in years («شريحة لأجل 5 سنوات بقيمة 750 مليون»):
# that number names the segment, it is no other figure between.
SEGMENT_LENGTH_UNITS: tuple[str, ...] = ("عاما", "عام", "سنوات", "سنة", "سنين", "أعوام")


# A disease or an infection named in the clause of an injury figure makes it a count of
# cases («إصابة» is both an injury and an infection): general health vocabulary.
DISEASE_WORDS: tuple[str, ...] = (
    "فيروس", "الفيروس", "مرض", "المرض", "عدوى", "العدوى", "وباء", "الوباء", "داء", "الداء",
    "كوليرا", "الكوليرا", "كورونا", "كوفيد", "الحصبة", "حصبة", "الملاريا", "ملاريا",
    "الإنفلونزا", "إنفلونزا", "التيفوئيد", "الحمى", "حمى",
    "الإيبولا", "إيبولا", "الجدري", "جدري", "السل", "الدفتيريا", "الكبد", "التهاب", "الإيدز",
    "متحور", "المتحور", "سلالة", "السلالة", "جائحة", "الجائحة", "تفشي", "التفشي")

# After a temperature: it is below zero («4 درجات تحت الصفر» is −4 °C).
BELOW_ZERO_AFTER: tuple[str, ...] = ("تحت الصفر", "دون الصفر")

# Right after a figure of people: their lives, so «فقد 31 شخصا حياتهم» died; without them a
# verb of loss before people («وفُقد 31 آخرون») says they went missing (extract/context.py).
LIVES_WORDS: tuple[str, ...] = ("حياتهم", "حياته", "حياتها", "أرواحهم")
# Between «فُقد» and people: their trace («وفُقد أثر 14 آخرين»: went missing).
TRACE_WORDS: tuple[str, ...] = ("أثر",)
# The possessive endings of the thing people lost («منازلهم», «أرواحهن», «وظائفها»): with it,
# the verb of loss is active, and says nothing about people missing.
THEIR_ENDINGS: tuple[str, ...] = ("هم", "هن", "ها")  # «ه» is also «ة» once normalised
