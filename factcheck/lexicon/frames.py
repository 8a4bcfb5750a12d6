"""Words that say what kind of figure a number is, beyond what it counts: a part of another
figure, an increment, a rate, a forecast, an earlier level. General news vocabulary,
written naturally; extract/context.py normalises it once. Nothing here knows a story.

A figure with one of these roles is not a plain reported total, so it is never compared
with one: "58 حالة وفاة إضافية" (58 more) is not the toll; "0.4 درجة كل عقد" is a rate,
not a temperature; "من المتوقع أن يصل العدد إلى 3000" is a forecast.
"""

from __future__ import annotations

# Right after the figure (and its counted noun): new additions to an earlier total.
INCREMENT_AFTER: tuple[str, ...] = ("إضافية", "إضافي", "إضافيين", "إضافيون", "جديدة", "جديد",
                                    "جدد", "جديدين")
# Right after the figure: a figure per period, or an average.
RATE_AFTER: tuple[str, ...] = ("سنويا", "يوميا", "شهريا", "أسبوعيا")
# "كل عقد", "كل عام", "في المتوسط", "في اليوم": two-word rate phrases after the figure.
RATE_PHRASES_AFTER: tuple[str, ...] = ("كل عقد", "كل عام", "كل سنة", "كل يوم", "كل شهر",
                                       "في المتوسط", "في اليوم", "في السنة", "في العام",
                                       "كل ساعة", "في الساعة")
# Right after the figure: a horizon, so a target or an outlook, not a reading («إعادة
# التضخم إلى مستوى 5 في المائة على المدى المتوسط»).
FORECAST_PHRASES_AFTER: tuple[str, ...] = ("على المدى المتوسط", "على المدى الطويل",
                                           "على المدى القصير", "على المدى البعيد",
                                           "في المدى المتوسط", "في المدى الطويل")
# Before the figure in its clause: what is expected, not what happened.
FORECAST_BEFORE: tuple[str, ...] = (
    "المتوقع", "متوقع", "متوقعا", "متوقعة", "يتوقع", "تتوقع", "توقع", "توقعت", "توقعات",
    "المرتقب", "مرتقب", "يرجح", "ترجح", "ربما", "سيصل", "ستصل",
    "سيرتفع", "سترتفع", "المنتظر", "المتوقعة", "تستهدف", "يستهدف", "سيبلغ", "ستبلغ",
    # what a project will be once built: «الجسر الجديد سيكون بطول 210 أمتار»
    "سيكون", "ستكون",
    # a possibility: «مع احتمال أن تتدنى درجات الحرارة إلى 10 درجات تحت الصفر»
    "احتمال", "احتمالات", "يحتمل", "محتمل", "المحتمل", "محتملة",
    "رجح", "رجحت", "رجحوا", "يرجحون", "توقعوا", "يتوقعون", "متوقعين",
    # a target is not a count either: «الهدف … هو النزول إلى ما دون 200 وفاة بحلول 2030»,
    # «وتسعى الجزائر إلى تركيب 15 ألف ميغاواط» («هدفا» alone is a goal scored)
    "الهدف", "يهدف", "تهدف", "تسعى", "يسعى", "تطمح", "يطمح")
# Before the figure in its clause: what one side asks for or offers, not what was agreed or
# happened («للمطالبة بزيادة الأجور بنسبة 15%», «وعرضت الإدارة زيادة بنسبة 7%»). A demand,
# an offer and the outcome are three figures, and an article that gives all three does
# not contradict itself.
DEMAND_BEFORE: tuple[str, ...] = (
    "المطالبة", "مطالبة", "مطالبين", "مطالبا", "مطالبات", "مطالب", "مطلب", "يطالب", "تطالب",
    "يطالبون", "طالب", "طالبت", "طالبوا", "طلب", "طلبت", "يطلب", "تطلب", "يطلبون")
OFFER_BEFORE: tuple[str, ...] = (
    "عرض", "عرضت", "عرضوا", "يعرض", "اقترح", "اقترحت", "يقترح", "تقترح", "اقتراح",
    "مقترح", "المقترح", "مقترحا", "اقتراحا")
# Right before a percentage after a verb of rising or falling: the level reached, not the
# size of the move («ارتفع معدل البطالة إلى 9.2%», but «ارتفع بنسبة 4.5%»).
REACHED_BEFORE: tuple[str, ...] = ("إلى", "لتصل", "ليصل", "ليبلغ", "لتبلغ",
                                   # «منذ ذروتها البالغة 10,4 بالمائة»: a level it stood at
                                   "البالغة", "البالغ",
                                   # «بعد أن كانت 31%», «تراجعت عن نسبة 29.5%»: the level it
                                   # had, that it moved from
                                   "كانت", "كان", "نسبة")

# Right after a percentage: it is a share of what follows («بنسبة 5.1% من الناتج المحلي»,
# «65% من المستهدف»), not a change, even after «بنسبة».
SHARE_OF: str = "من"

# Right after an amount of money, «لل» or «ل» and one of these units: the price of one unit
# («1500 جنيه للأردب», «80 دولارا للبرميل»). Prices per different units never meet.
PER_UNIT_PREFIXES: tuple[str, ...] = ("لل", "ل")
PRICED_UNITS: tuple[str, ...] = (
    "طن", "أردب", "برميل", "كيلو", "كيلوغرام", "كيلوجرام", "لتر", "غرام", "جرام",
    "أوقية", "قنطار", "متر", "سهم", "رأس", "وحدة", "ميغاواط", "كيلوواط", "جالون", "غالون")
PRICE_HEAD: str = "سعر"
# Units many goods are priced by: a price per kilo may be meat's or sugar's, per gram 21 or
# 24 carat, so two such prices are listed, not set against each other. A unit that names
# its good («للأردب» wheat, «للبرميل» oil, «للأوقية» gold) keeps prices comparable.
GENERIC_PRICED_UNITS: tuple[str, ...] = (
    "كيلو", "كيلوغرام", "كيلوجرام", "لتر", "غرام", "جرام", "متر", "وحدة", "طن", "سهم", "رأس",
    "جالون", "غالون")
# In a unit price's clause: a market quote («صعد خام برنت إلى 66.5 دولارا للبرميل»), which
# moves by the minute, so two outlets' quotes differ by right; a price set by a body
# («بسعر 1500 جنيه للأردب») does not.
MARKET_WORDS: tuple[str, ...] = (
    "خام", "برنت", "النفط", "الذهب", "أونصة", "الأونصة", "البورصة", "بورصة", "الأسهم",
    "سهم", "العقود", "الآجلة", "تعاملات", "التعاملات", "تداولات", "التداولات", "التداول")

# Right before a figure (a word may stand between), with «من» after it: the figure is a
# difference from something else («أقل بنحو 40 في المائة من نظيره في المغرب»), not a value
# of the story's own.
COMPARATIVES: tuple[str, ...] = ("أقل", "أعلى", "أكثر", "أدنى", "أرخص", "أغلى", "أكبر", "أصغر")
# … of which these say the figure is below the other («أقل بنسبة 28% من تعريفة 2,66 سنت»):
# checks/change_arithmetic.py divides the two figures the article gives.
LOWER_COMPARATIVES: tuple[str, ...] = ("أقل", "أدنى", "أرخص", "أصغر")
# Before a change word, a superlative picks out the top mover: «الأسهم الأكثر تراجعا … بنسبة
# 3.9%» is one member's change, not the market's.
SUPERLATIVES: tuple[str, ...] = ("الأكثر", "الأشد", "الأقل", "الأكبر")
# Before «و» and a figure of minutes or seconds: the figure is one part of a clock time
# («ساعتان و8 دقائق و47 ثانية»), not a duration of its own; two runners' «8 دقائق» and «24
# دقيقة» are the minutes of 2:08 and 2:24.
CLOCK_DURATION_LEADS: tuple[str, ...] = ("ساعة", "ساعتان", "ساعتين", "ساعات", "دقيقة",
                                         "دقائق", "دقيقتان", "دقيقتين")

# Right before the word that names a property: the extreme of a place, not the event's own
# value («على عمق 380 مترا» … «الذي يبلغ أقصى عمق لأنفاقه 520 مترا»: the mine's deepest point).
EXTREMES: tuple[str, ...] = ("أقصى", "أقصاه", "أقصاها", "أدنى", "أعلى", "أكبر", "أصغر", "أعمق",
                             "أطول")

# Before a figure, which statistic of many items it is: an average («متوسط سعر الطن 468.5
# دولار») or an extreme («كان أدناها بسعر 463 دولاراً»), not one item's value («التي
# ستورّد 60 ألف طن بسعر 465 دولاراً»): two figures of one noun and different statistics
# are two facts.
AVERAGE_WORDS: tuple[str, ...] = ("متوسط", "بمتوسط", "المتوسط")
EXTREME_OF_MANY: tuple[str, ...] = (*EXTREMES, "أدناها", "أدناه", "أعلاها", "أعلاه", "أرخص",
                                    "أرخصها", "أغلى", "أغلاها", "أقلها")

# A few words before a change: the article restates its own two levels as a change («مقابل
# 58.9% في العام الماضي، أي بارتفاع نسبته 7.6%»). change-arithmetic checks it against
# them; across sources it is the article's own computation, not a reported figure.
# «87 سهما مقابل كل 100 سهم», «3 أسهم لكل 4 أسهم»: the figure after these is what the one
# before is counted per, not an amount of its own.
PER_EACH_PHRASES: tuple[str, ...] = ("مقابل كل", "لكل", "عن كل")
RESTATEMENT_WORDS: tuple[str, ...] = ("أي", "يعني", "بمعنى")
# Right before a percentage, the words that restate the figure before it as a share of a
# whole («، أي ما يعادل 60% من طاقتها», «يمثلون 9,6% من إجمالي السكان»):
# checks/share_arithmetic.py divides the one by the other.
SHARE_CUES: tuple[str, ...] = ("أي", "يعادل", "تعادل", "نسبته", "يمثل", "تمثل", "يمثلون",
                               "يشكل", "تشكل", "يشكلون")
# A record: each new one is by definition another figure than the last («سجلت الأحمال رقماً
# قياسياً جديداً بلغ 17980 ميغاواط» after 17,650), never a retyped one (checks/lone_dissent.py).
RECORD_WORDS: tuple[str, ...] = ("قياسيا", "قياسية", "القياسي", "القياسية", "قياسي")
# Before a figure, words that name a batch of a whole («خروج الدفعة الأولى من النزلاء
# المشمولين بالعفو وعددهم 390»): some of it, not all.
PORTION_WORDS: tuple[str, ...] = ("دفعة", "الدفعة", "دفعات", "الدفعات")
# Before a figure, words that name another one of its kind («محطة أخرى في محافظة ظفار
# بطاقة 200 ألف متر مكعب», «مصنع ثان»): its figure is not the one the others give.
ANOTHER_ONE_WORDS: tuple[str, ...] = ("أخرى", "آخر", "الأخرى", "الآخر", "ثان", "ثاني",
                                      "ثانية", "الثاني", "الثانية",
                                      # «صرف منحة منفصلة قدرها 50 ألف دينار»
                                      "منفصلة", "منفصل")
# Words that lead up to a figure of any kind without saying what it is («أي ما يعادل 87%»,
# «ما نسبته», «بلغت قيمته»): two figures after them share no wording that names a fact
# (checks/lone_dissent.py, with the stopwords and LEVEL_LEAD_WORDS).
EQUIVALENCE_WORDS: tuple[str, ...] = ("يعادل", "يوازي", "يمثل", "نسبته", "نسبتها", "قدره",
                                      "قدرها", "بلغ", "بلغت", "يبلغ", "تبلغ", "البالغ", "البالغة")

# «قد» before an imperfect verb is "may" («قد يصل العدد إلى»); before a past verb it is
# "had" («قد أعلنت»), which reports what happened.
MODAL_PARTICLE = "قد"
IMPERFECT_PREFIXES: tuple[str, ...] = ("ي", "ت")
# … but a past verb of the forms that open with «ت» ends as a past verb does («قد تمكنت
# الفرق», «فقد تسببوا»), and «تم» is the past of the passive («وقد تم تسجيل 40 إصابة»).
PAST_PREFIX: str = "ت"
PAST_ENDINGS: tuple[str, ...] = ("ت", "وا")
PAST_AUXILIARIES: tuple[str, ...] = ("تم", "تمت")
# A figure right after one of these is the level BEFORE a change the clause reports:
# "ليصل إلى 46 جنيها مقابل 32 جنيها", "بعد أن كان 30.9", "ارتفاعا من 3 مليارات".
PREVIOUS_BEFORE: tuple[str, ...] = ("مقابل", "كان", "كانت")
# … but with no figure before it in its clause, «مقابل» is what was paid («انتقل إلى النادي
# مقابل 3.2 مليون يورو»).
IN_EXCHANGE_FOR: tuple[str, ...] = ("مقابل",)
# Right after the figure: "30 جنيها سابقا".
PREVIOUS_AFTER: tuple[str, ...] = ("سابقا",)
# Before a level in its clause: the level held in an earlier period ("استقر سعره خلال
# الفترة الماضية عند 31 جنيها"), not the one the article reports now.
PREVIOUS_PERIOD_BEFORE: tuple[str, ...] = ("الماضية", "السابقة", "سابقة")
# Before a level in its clause: where it stood before what the sentence reports («بعد أن
# تجاوز التضخم فيها 30 بالمائة»).
AFTER_THAT: str = "بعد أن"
# Right after «بعد», the words that make it «after» a clause, never «على بعد» (at a distance
# of): «بعد أن قطع مسافة 22 ميلاً», «بعدما».
AFTER_CLAUSE_LINKS: tuple[str, ...] = ("أن", "ما")
# Two-word phrases before a previous level.
PREVIOUS_PHRASES_BEFORE: tuple[str, ...] = ("بعد أن كان", "بعد أن كانت", "ارتفاعا من",
                                            "انخفاضا من", "صعودا من", "تراجعا من", "زيادة من",
                                            "بدلا من", "عوضا عن")

# Head nouns of a quantity ("معدل التضخم", "سعر صرف الدولار", "نسبة المشاركة", "عدد
# الناخبين"): the noun after one of these, nearest before the figure in its clause, names
# what the figure measures when no counted noun or cue does.
MEASURE_HEADS: tuple[str, ...] = (
    "عدد", "نسبة", "معدل", "سعر", "أسعار", "حجم", "قيمة", "إجمالي", "حصيلة", "مستوى", "كمية",
    "مساحة", "طول", "تكلفة", "كلفة", "ميزانية", "رصيد", "احتياطي", "احتياطيات",
    "حصة", "متوسط", "مجموع", "عائد", "سعري", "معدلات", "نسب", "أعداد", "منسوب", "درجة")
# Right before a figure, a quality of some item («الباقة الذهبية بسرعة 150 ميغابت», «محرك
# بقدرة 200 حصان»): the figure is that quality, not what a head before it names («سعر الباقة»).
QUALITY_BEFORE: tuple[str, ...] = ("بسرعة", "بقدرة", "بوزن", "بعمق", "بعرض", "بسماكة")
# Right before «بنسبة»: a levy, whose «بنسبة 40%» is its rate, not a change («تفرض رسوم بنسبة
# 40% على …», «ضريبة بنسبة 15%»), whatever moves the sentence names.
LEVY_NOUNS: tuple[str, ...] = ("رسم", "رسوم", "رسوما", "ضريبة", "ضرائب", "عمولة", "رسما")
# Heads that make their noun a running count, compared in publication order like a toll
# («ارتفع عدد الطيور التي تم إعدامها إلى 480 ألفا» after 165 thousand is an update).
RUNNING_COUNT_HEADS: tuple[str, ...] = ("عدد", "أعداد", "إجمالي", "حصيلة", "مجموع")
# Heads of a property of what the article is about, when nothing else follows them before
# the figure: «بطول 184 كيلومترا», «على طول 148 كيلومترا», «كلفته الإجمالية 9,6 مليار»,
# «ويبلغ طول هذا الطريق 148 كيلومترا». The key names the measure; each noun may carry a
# possessive («طوله», «كلفتها»). Figures of one such property far apart in size are of
# different things (a bridge's cost beside the motorway's), see analyse/group.py.
OWN_PROPERTY_HEADS: dict[str, tuple[str, ...]] = {
    "طول": ("طول",),
    "مساحة": ("مساحة",),
    "كلفة": ("كلفة", "تكلفة", "غلاف"),  # «بغلاف مالي قدره»: a project's money, in Maghrebi news
    "سعة": ("سعة",),
    "ميزانية": ("ميزانية", "موازنة"),
}
# Between such a head and its figure, words that only say «amounting to»: «موازنة قدرها 210
# مليارات», «بموازنة تبلغ 210 مليارات», «الموازنة البالغة 210 مليارات».
OWN_PROPERTY_FILLERS: tuple[str, ...] = ("قدرها", "قدره", "تبلغ", "يبلغ", "بلغت", "بلغ",
                                         "البالغة", "البالغ", "تقدر", "يقدر", "المقدرة",
                                         "المقدر",
                                         # «بغلاف مالي قدره», «كلفة مالية تبلغ»
                                         "مالي", "مالية",
                                         # «تقدر كلفة المشروع بـ185 مليون»: «بـ» apart
                                         "بـ",
                                         # «بكلفة إجمالية تصل إلى 990 مليار»
                                         "تصل", "يصل", "إلى")
# Between such a head and its figure, an adjective that says the whole of it (or what it is
# spent on): «الكلفة
# الإجمالية للمشروع 450 مليون», «بتكلفة إجمالية بلغت 540 مليونا», «طوله الكلي 300 كلم».
# Maghrebi news says «الجملية»: «الكلفة الجملية للمشروع», «بطول جملي يبلغ 240 كلم».
OWN_PROPERTY_TOTALS: tuple[str, ...] = ("الإجمالية", "الإجمالي", "إجمالية", "إجمالي",
                                        "الكلية", "الكلي", "الجملية", "الجملي", "جملية",
                                        "جملي",
                                        # «بتكلفة استثمارية تبلغ 1.3 مليار»: the project's cost
                                        "استثمارية", "الاستثمارية")
# A part of what the article is about, named before such a head in its clause: «مقطع أول
# بطول 8,5 كلم», «المرحلة الأخيرة التي بلغ طولها 228 كلم» give the part's length, not the
# whole's (extract/context.py).
OWN_PROPERTY_PARTS: tuple[str, ...] = ("مقطع", "مرحلة", "جزء", "شطر")
# Words skipped after a head noun before the noun it heads: "عدد الحجاج", "سعر صرف".
HEAD_FILLERS: tuple[str, ...] = ("صرف",)

# Adjectives after an injury count that make it a count of the seriously injured, a
# separate tally: "205 إصابة خطيرة", "1220 في حالة حرجة".
SERIOUS_AFTER: tuple[str, ...] = ("خطيرة", "خطرة", "حرجة", "بليغة", "خطيرا", "حرج", "الخطيرة",
                                  "الحرجة")

# Right before a figure: it is the whole a part is taken from ("فاز بـ 120 مقعدا من أصل
# 300", "قتل 20 من بين 50 راكبا"), a figure of another frame than the part.
WHOLE_BEFORE: tuple[str, ...] = ("من أصل", "من مجموع", "من إجمالي", "من بين")

# A vote split: the words right before a count of votes for, against and abstaining
# («بموافقة 98 نائبا، مقابل رفض 41 وامتناع 12»), and the words right after a count against
# («87 صوتاً مقابل 44 صوتاً معارضاً»). The three never overlap, so together they cannot
# exceed the whole the sentence takes them from («من أصل 21 دولة عضواً»).
VOTES_FOR_BEFORE: tuple[str, ...] = ("موافقة", "الموافقة", "تأييد", "لصالح", "أغلبية")
VOTES_AGAINST_BEFORE: tuple[str, ...] = ("رفض", "معارضة", "اعتراض", "ضد")
VOTES_AGAINST_AFTER: tuple[str, ...] = ("معارضا", "معارضة", "رافضا", "ضد")
ABSTAINED_BEFORE: tuple[str, ...] = ("امتناع",)

# Between two amounts of money in two currencies: the second restates the first («بتكلفة
# 26 مليون ريال، أي ما يعادل نحو 67.6 مليون دولار»), so it is the same figure's, in
# another currency.
RESTATED_AMOUNT_WORDS: tuple[str, ...] = ("أي", "ما", "يعادل", "يوازي", "يساوي", "بما", "أو")

# Right after the figure: it is a part of the figure before it ("تم دفن 2944 منهم").
PART_AFTER: tuple[str, ...] = ("منهم", "منها", "منهن")
# Near a running figure (two words either side): it counts some of the tally, not all of
# it — those discharged from hospital («61 مصابا غادروا المستشفيات», «وقد غادر 70 جريحا»)
# or who died on the spot («9 أشخاص توفوا على عين المكان»).
SUBSET_WORDS: tuple[str, ...] = (
    "غادر", "غادروا", "غادرت", "غادرن", "يغادر", "خرجوا", "تعافى", "تعافوا", "تماثل", "تماثلوا",
    # those still being treated («يتلقى 26 جريحا العلاج»), not all the injured
    "يتلقى", "تتلقى")
# Before a figure, then «إلى» and one named facility after it: those taken to one hospital
# are some of the injured («فيما نقل 20 مصابا إلى مستشفى سهلول»); «إلى المستشفى» may be all.
TAKEN_TO_WORDS: tuple[str, ...] = ("نقل", "نقلوا", "نقلت", "أدخل", "أدخلوا")
TAKEN_TO: str = "إلى"
# Right before a figure, with a named facility before it in the clause: those one hospital
# received are some of the injured («مستشفى الملك فهد، الذي استقبل 18 مصاباً»).
RECEIVED_WORDS: tuple[str, ...] = ("استقبل", "استقبلت", "يستقبل", "تستقبل")
SUBSET_PHRASES_AFTER: tuple[str, ...] = ("على عين المكان", "في عين المكان", "في مكان الحادث",
                                        "على الفور", "في الحال",
                                        # those still in hospital, not all the injured
                                        # («12 مصابا لا يزالون يتلقون العلاج»)
                                        "لا يزالون يتلقون", "ما زالوا يتلقون", "يتلقون العلاج",
                                        "لا يزالون في المستشفى", "لا يزالون في المستشفيات",
                                        "لا يزالون يرقدون", "يرقدون في")

# Words that say, inside one article, that one figure of a running tally replaced another:
# an order in time ("قبل أن تعلن في وقت لاحق ارتفاع الوفيات إلى 99", "في وقت سابق") or a
# stage ("حصيلة أولية", "حصيلة محينة"). The two figures are then not a self-contradiction.
# A bare "ارتفع إلى" is not enough: it says the toll rose, not that the article's other
# figure is the older one.
REVISION_CUES: tuple[str, ...] = (
    "لاحق", "لاحقا", "سابق", "سابقا", "أولية", "الأولية", "مؤقتة", "المؤقتة", "محدثة",
    "المحدثة", "محينة", "المحينة", "النهائية", "نهائية", "أحدث",
    # «قبل أن يرتفع عدد الوفيات إلى 25 في تحديث مسائي»
    "تحديث", "التحديث")

# Before a running figure in its sentence (no other figure between): the article gives it
# as an earlier update, not its latest count («وكانت السلطات قد أعلنت في حصيلة سابقة
# انتشال 34 جثة»). So is a tally in a sentence that opens with «وكان/وكانت» and names a
# count («وكانت حصيلة أعلنت السبت قد تحدثت عن 89 جثة»): the pluperfect of an earlier count.
EARLIER_TALLY_PHRASES: tuple[str, ...] = (
    "حصيلة سابقة", "الحصيلة السابقة", "في وقت سابق", "إحصائية سابقة", "الإحصائية السابقة",
    "أرقام سابقة", "بيانات سابقة",
    # what it had been before it rose: «ارتفاع عدد الضحايا، بعدما كانت الحصيلة الأولية 4
    # وفيات، لترتفع إلى 5»
    "بعدما كانت", "بعدما كان", "بعد أن كانت", "بعد أن كان",
    # the period a figure is compared with: «فيما لم تتجاوز الوفيات في الفترة المقارنة 20
    # حالة», «الفترة المماثلة من العام الماضي»
    "الفترة المقارنة", "فترة المقارنة", "الفترة المماثلة")
# … and so is a running figure followed in its sentence, before any other figure, by the
# words that say it was raised later («عن مصرع 3 عمال، قبل أن ترتفع الحصيلة مساء اليوم إلى 5
# وفيات»): a first count the article itself replaces.
RAISED_LATER_PHRASES: tuple[str, ...] = ("قبل أن ترتفع", "قبل أن يرتفع", "قبل أن تقفز",
                                         "قبل أن يقفز", "قبل أن تصل", "قبل أن يصل",
                                         # «وكانت نسبة الاقتراع عند السابعة مساءً 25.6%،
                                         # ثم ارتفعت إلى 32.1%»
                                         "ثم ارتفعت", "ثم ارتفع", "ثم قفزت", "ثم قفز",
                                         "ثم وصلت", "ثم وصل")
# … and so is a count «خلال عام 2024» (a whole year's, before the news): the word before
# the year's noun (YEAR_NOUNS) and its number.
WHOLE_PERIOD_BEFORE: tuple[str, ...] = ("خلال", "طوال", "طيلة")
# … and so is a count after «العام الماضي», «الموسم الماضي» in its clause («إذ سجلت العام
# الماضي نحو 3100 إصابة و18 وفاة»), unless one of these comes right before that year: since
# then, or set against it («منذ العام الماضي», «مقارنة بالعام الماضي»).
LAST_YEAR_NOT_AFTER: tuple[str, ...] = ("منذ", "مقارنة", "عن", "من", "مع", "مطلع", "بداية")
PLUPERFECT_OPENERS: tuple[str, ...] = ("كان", "كانت")
TALLY_NOUNS: tuple[str, ...] = ("حصيلة", "إحصائية", "إحصاء")

# In a figure's clause, the stage of a count or a result: a provisional figure ("النتائج
# الأولية", "حصيلة مؤقتة") is replaced by a final one ("النتائج النهائية"), so two sources
# giving the two stages differ for a reason the report must name.
PROVISIONAL_WORDS: tuple[str, ...] = ("أولية", "الأولية", "أولي", "الأولي", "مؤقتة", "المؤقتة",
                                      "مبدئية", "المبدئية", "غير نهائية")
FINAL_WORDS: tuple[str, ...] = ("نهائية", "النهائية", "نهائي", "النهائي")
# In a date's clause: the second round of a vote («الدور الثاني من الانتخابات سيجرى يوم
# السبت 23 ماي»). Its day and the first round's are two events, though one says only
# «الانتخابات».
SECOND_ROUND_PHRASES: tuple[str, ...] = (
    "الدور الثاني", "الشوط الثاني", "الجولة الثانية", "جولة الإعادة", "جولة ثانية",
    "دورة ثانية", "الدورة الثانية", "الإعادة")

# In one sentence, words that put two values of a level in an order in time ("انخفض إلى 50
# جنيها، قبل أن يستقر عند 49.40"): a sequence, not a list of different things.
SEQUENCE_CUES: tuple[str, ...] = ("قبل", "ثم", "بعدها", "ليستقر", "يستقر", "استقر", "لاحقا",
                                  "عاد", "ليعود")

# Between two levels of one thing in a sentence, the words that say which came first: after
# «مقابل», «مقارنة», «بعد أن كان» the earlier level comes second («52316 طالبا، مقابل 49800»,
# «إلى 84.60 ريال بعد أن كان يتداول عند 86.30»); «من … إلى» puts it first («من 33 طالبا …
# إلى 7 طلاب»). checks/change_arithmetic.py sets a percentage change against them.
EARLIER_LEVEL_AFTER: tuple[str, ...] = ("مقابل", "مقارنة", "بعد أن كان", "بعد أن كانت", "قياسا",
                                       "بالمقارنة",
                                       # «بـ13 جنيها بدلا من 10 جنيهات»: instead of
                                       "بدلا من", "عوضا عن")
# Between a money level and the noun it is of, words that only lead up to the amount: «صافي
# ربح قدره 8640 مليون ريال», «ارتفعت ودائع العملاء إلى 298.5 مليار» (checks/base.py; with
# OWN_PROPERTY_FILLERS).
LEVEL_LEAD_WORDS: tuple[str, ...] = ("إلى", "نحو", "حوالي", "بقيمة", "قيمته", "قيمتها", "عند",
                                     "ليبلغ", "لتبلغ", "ليصل", "لتصل")
LEVEL_FROM: str = "من"
LEVEL_TO_WORD: str = "إلى"
# Right after a percentage change, the level it is measured against follows: «عند 54.60
# ريال، بارتفاع 25% عن سعر الطرح البالغ 42 ريالاً».
CHANGE_THAN_WORD: str = "عن"
# Between a percentage change and those levels: another clause, about something else
# («… فيما تراجعت الواردات بنسبة 10%»), or a later move («قبل أن يستعيد 1.5%»).
# … of which these set another subject against the one before («في إسبانيا … ، فيما أعلنت
# تونس …»): what the first clause ranks or names is not the second's.
CONTRAST_OPENERS: tuple[str, ...] = ("فيما", "بينما")
OTHER_CLAUSE_WORDS: tuple[str, ...] = ("فيما", "بينما", "في حين", "قبل أن", "ثم", "كما", "بعدما",
                                       "لا يزال", "لا تزال", "ما زال", "ما زالت")

# Before a level in its clause: the level it fell to, at another moment than the peak
# ("انخفاض درجات الحرارة على منى إلى 38 درجة" beside "بلغت الحرارة 51.8 درجة").
FALL_BEFORE: tuple[str, ...] = ("انخفاض", "انخفضت", "انخفض", "تراجع", "تراجعت", "هبوط",
                                "هبطت", "هبط", "تنخفض", "ينخفض")

# Before a percentage change: which way it went ("انخفض الجنيه بنسبة 43%", "ارتفع التضخم
# بنسبة 5%").
FALL_WORDS: tuple[str, ...] = ("انخفض", "انخفضت", "انخفاض", "تراجع", "تراجعت", "خسر", "خسرت",
                               "فقد", "فقدت", "يفقد", "تفقد", "هبط", "هبطت", "هبوط", "تدهور",
                               "انكماش", "انكمش",
                               # the participle: «وأغلق السهم متراجعا بنسبة 2%»
                               "منخفضا", "منخفضة", "متراجعا", "متراجعة")
RISE_WORDS: tuple[str, ...] = ("ارتفع", "ارتفعت", "ارتفاع", "قفز", "قفزت", "قفزة", "زاد", "زادت",
                               "صعد", "صعدت", "نما", "نمت", "ربح", "كسب", "نمو", "نموا", "زيادة",
                               "مرتفعا", "مرتفعة")
# Nouns of a cut, which a head noun may name a change by («بنسبة خفض تبلغ 7%»).
CUT_WORDS: tuple[str, ...] = ("خفض", "تخفيض", "تقليص")
# Prices are of what follows («أسعار زيت الزيتون»), else of prices in general.
PRICE_NOUNS: tuple[str, ...] = ("أسعار", "الأسعار", "السعر")
# Between a change verb and what changed: "انخفاض قيمته", "ارتفع سعر صرف الدولار".
VALUE_WORDS: tuple[str, ...] = ("قيمة", "قيمته", "قيمتها", "سعر", "سعره", "سعرها", "صرف",
                                *PRICE_NOUNS)
# After the figure of a change noun («ارتفاعا بنحو 55% في إنتاج الزيت»), «في» and one of
# these name what changed: a production, a trade, a price or a count, not a place or a time.
CHANGE_IN: str = "في"
CHANGE_IN_WHAT: tuple[str, ...] = ("إنتاج", "صادرات", "واردات", "مبيعات", "أسعار", "إيرادات",
                                   "أرباح", "استهلاك", "عدد", "حجم", "محصول")
# … or how and when it changed, which are not what changed: «تراجع حاد», «هبط أمس».
CHANGE_MANNER_WORDS: tuple[str, ...] = ("حاد", "حادا", "كبير", "كبيرا", "طفيف", "طفيفا", "ملحوظ",
                                        "ملحوظا", "قوي", "قويا", "جديد", "جديدا", "مجددا", "أمس",
                                        "اليوم", "مرة", "أخرى")
# Right after the verb, words that open what it is measured against or where, never what
# moved: «انخفاض قيمته أمام الدولار», «تراجع فيها».
CHANGE_NOT_SUBJECT: tuple[str, ...] = ("أمام", "مقابل", "في", "فيها", "فيه", "غير", "عن", "من",
                                       "إلى", "على", "خلال", "منذ", "مع", "بعد", "قبل", "بين",
                                       # a verb that gives the level reached: «تراجع حاد بلغ»
                                       "بلغ", "بلغت", "ليبلغ", "لتبلغ", "وصل", "ليصل", "لتصل",
                                       "ليغلق", "ليستقر", "ليسجل")

# After a count, words that introduce the whole list of what it counts: "7 أقاليم هي الحوز
# ومراكش …", "ثلاث دول هي …". Not "منها" or "أبرزها": those introduce some of them.
LIST_INTRO: tuple[str, ...] = ("هي", "وهي", "هم", "وهم", "هما", "وهما", "هن", "وهن")
# Right before a share that restates the move just written as its percentage: «من 1200
# إحالة إلى 600 إحالة، أي بنسبة 60%» (checks/change_arithmetic.py).
THAT_IS_BY: tuple[str, ...] = ("أي", "بنسبة")
# Between a count and a second one that says where the first comes from («142 طاقما من 28
# دولة»): the second is no whole of what follows (checks/breakdown_sum.py).
ORIGIN_WORDS: tuple[str, ...] = ("من",)
# … or the pool it was chosen from («64 فيلماً من 19 دولة، اختيرت من بين 912 فيلماً»).
POOL_PHRASES: tuple[str, ...] = ("من بين", "من أصل")
# Words that end a list and open a figure it is set against («…، مقابل 118 طاقما في نسخة
# 2024»): what follows is no item of the list.
LIST_END_WORDS: tuple[str, ...] = ("مقابل",)
# Right before a total that closes a list of its parts: «2460 قاربا و190 سفينة و260 سفينة،
# بإجمالي 2810 وحدات», «22 ذهبية و14 فضية و9 برونزيات، بمجموع 47 ميدالية». The parts are all
# of it (checks/breakdown_sum.py).
SUM_BEFORE_TOTAL: tuple[str, ...] = ("بإجمالي", "وبإجمالي", "بمجموع", "وبمجموع", "مجموعه",
                                     "مجموعها")
# After an amount, words that make it an amount per head («100 ألف جنيه لأسرة كل طفل
# متوفى، و20 ألف جنيه لكل مصاب، بإجمالي 820 ألف جنيه»): such amounts times their heads make
# the total, so they are no parts that add up to it.
PER_HEAD_WORDS: tuple[str, ...] = ("كل", "لكل", "للفرد", "للشخص", "للواحد")
# The last item of a list that gathers the rest: «و19 من جنسيات أخرى». A list that ends so
# is complete, and its items must add up to its whole (checks/breakdown_sum.py).
REST_ITEM_WORDS: tuple[str, ...] = ("أخرى", "آخرين", "آخرون", "الأخرى", "متفرقة", "بقية", "باقي",
                                    "المتبقية", "المتبقي")
# Right after a whole, words that introduce some of what it counts: «انتشال 34 جثة، بينهم 21
# رجلا و9 نساء و6 أطفال», «142 مستشفى، منها 38 …». Such parts cannot add up to more than
# their whole; to less only when they are all of it (checks/breakdown_sum.py).
AMONG_WORDS: tuple[str, ...] = ("منها", "منهم", "منهن", "بينها", "بينهم", "بينهن", "ومنها",
                                "ومنهم", "وبينهم", "وبينها")
AMONG_PHRASES: tuple[str, ...] = ("من بينهم", "من بينها", "من بينهن", "من ضمنها", "من ضمنهم")
# Participles and verbs of saying that open a new clause after a list («…، مشيرة إلى أن 19
# شخصا …»): the figures after them are not items of the list.
SAYING_WORDS: tuple[str, ...] = ("مشيرا", "مشيرة", "مضيفا", "مضيفة", "موضحا", "موضحة", "لافتا",
                                 "لافتة", "مؤكدا", "مؤكدة", "منوها", "منوهة", "أضاف", "أضافت",
                                 "أوضح", "أوضحت", "قال", "قالت", "أكد", "أكدت")
# «وإن» / «وأن» after a list open the next thing a speaker said («هم 186 راكباً و14 من
# أفراد الطاقم، وإن فرق الإنقاذ نجحت في انتشال 131»): whole words, with their «و» (one
# entry: «وأن» also stands for «وإن» once normalised).
REPORTED_CLAUSE_OPENERS: tuple[str, ...] = ("وأن",)
# The endings of a dual noun («حقيبتان», «مستشفيين»): an item that opens with one counts two,
# in words (checks/breakdown_sum.py).
DUAL_ENDINGS: tuple[str, ...] = ("ان", "ين")
# … a feminine noun's nominative dual («امرأتان»: the «ة» written «ت»), counted two in a list
# (checks/breakdown_sum.py).
FEMININE_DUAL_ENDING: str = "تان"
# … and any noun «two» follows, whatever its case («إضافة إلى مصريين اثنين»).
TWO_AFTER_NOUN: tuple[str, ...] = ("اثنان", "اثنين", "اثنتان", "اثنتين")
# Words of a list that names only some of its whole: «على عدة مستشفيات، أبرزها …».
SOME_OF_WORDS: tuple[str, ...] = ("أبرزها", "أبرزهم", "أهمها", "أهمهم", "أغلبها", "أغلبهم",
                                  "معظمها", "معظمهم")
# Kinds that split any whole between them, all of it: parts named by every word of one set
# (in any of its forms) are the whole list («بينهم 48 ألفاً عبروا براً و11 ألفاً توجهوا
# جواً», «منهم 22250 مواطنا و58150 وافدا»), so they must add up to it.
# Nationals as against foreigners: the words for them beside the nationality adjectives of
# lexicon/places.py.
NATIONALS: tuple[str, ...] = ("محليين", "محليا", "محلي", "المحليين", "مواطنين", "مواطنا",
                              "مواطن")
# … and how a list item writes a nationality adjective («سعودي»): its nisba letter, the
# endings it may take after it («أردنيا», «السعودية», «مصريين»), and the feminine it may drop.
NISBA_LETTER: str = "ي"
NISBA_ENDINGS: tuple[str, ...] = ("ا", "ة", "ين", "ون")
FEMININE_ENDING: str = "ة"
COMPLEMENTARY_KINDS: tuple[tuple[tuple[str, ...], ...], ...] = (
    (("رجل", "رجلا", "رجال", "الرجال"), ("امرأة", "نساء", "النساء", "سيدة", "سيدات")),
    (("ذكور", "ذكرا", "الذكور"), ("إناث", "أنثى", "الإناث")),
    # (the first kind also takes any nationality: «22,250 أردنيا و58,150 عاملا وافدا»,
    # checks/breakdown_sum.py)
    (NATIONALS,
     ("أجانب", "أجنبيا", "الأجانب", "وافدا", "وافدين", "الوافدين", "وافد", "الأجنبية",
      "أجنبية", "الأجنبي")),
    (("ريفية", "الريفية", "الريف", "ريفيا"), ("حضرية", "الحضرية", "الحضري", "المدن")),
    (("برا", "البري", "برية"), ("جوا", "الجوي", "جوية")),
    (("برا", "البري", "برية"), ("جوا", "الجوي", "جوية"), ("بحرا", "البحري", "بحرية")),
    (("داخلية", "الداخلية", "داخلي", "محلية"), ("دولية", "الدولية", "خارجية", "الخارجية", "دولي")),
    (("ذهبية", "ذهبيات", "الذهبية", "ذهب"), ("فضية", "فضيات", "الفضية", "فضة"),
     ("برونزية", "برونزيات", "البرونزية", "برونز")),
    (("دائمة", "الدائمة", "دائم"), ("مؤقتة", "المؤقتة", "مؤقت")),
    # «بينهم خمسة أطفال وأربع نساء وخمسة رجال»: children, women and men are everyone
    (("رجل", "رجلا", "رجال", "الرجال"), ("امرأة", "نساء", "النساء", "سيدة", "سيدات"),
     ("طفل", "طفلا", "أطفال", "الأطفال")),
    # «منها 128 منزلاً انهارت كلياً و978 منزلاً تضررت جزئياً»: wholly or partly
    (("كليا", "كلي", "كلية", "بالكامل"), ("جزئيا", "جزئي", "جزئية")),
    # «منها 9,800 فرقة جوالة و2,400 فرقة ثابتة»: teams, clinics, units that move or stay
    (("جوالة", "الجوالة", "جوال", "متنقلة", "المتنقلة", "متنقل"), ("ثابتة", "الثابتة", "ثابت")),
)
# A list that says it is not complete: "… وغيرها".
LIST_OPEN_ENDED: tuple[str, ...] = ("وغيرها", "وغيرهم", "وغيرهما", "وسواها", "إلخ",
                                    "وغير", "وغيرهن")
# After a comma, words that end a list rather than name an item ("…، فيما شعر السكان");
# «أن» also stands for إن (one normal form).
LIST_ENDS: tuple[str, ...] = ("فيما", "حيث", "بينما", "كما", "إذ", "قد", "وقد", "لكن", "ولكن",
                              "إلا", "غير", "بعد", "قبل", "منذ", "بسبب", "ما", "مما", "التي",
                              "الذي", "الذين", "كان", "كانت", "وكان", "وكانت", "أن")

# Prepositions right after a figure, which open a phrase rather than name what it counts
# («و165 من إندونيسيا»: still a breakdown item; extract/article.py).
AFTER_FIGURE_PREPOSITIONS: tuple[str, ...] = ("من", "في")
# Words that may follow a figure with no counted noun of its own, which then counts what
# the figure before it in the sentence counted ("2500 جندي في العراق، و900 آخرين في
# سوريا"); besides these, function words and nationalities («و60 أردنيا»).
INHERIT_THROUGH: tuple[str, ...] = ("آخرين", "آخرون", "أخرى", "آخر", "أخريات", "منهم", "منها",
                                    "بينهم", "بينها", "فقط", "أيضا", "تقريبا", "إضافيين")

# A part of the population a rate or count is given for («معدل المشاركة للإناث 13.6%»,
# «البطالة بين الشباب 45.8%»): its figure is that group's, never the whole population's.
POPULATION_GROUPS: tuple[str, ...] = ("الإناث", "الذكور", "النساء", "الرجال", "الشباب",
                                      "الفتيات", "الشابات",
                                      # «البطالة لدى حاملي الشهادات العليا 23,4 بالمائة»
                                      "حاملي", "حملة", "الخريجين", "الخريجون", "الخريجات")
# … and any group this word names before a rate («نسبة النجاح لدى المترشحين الفرديين»).
GROUP_OPENER: str = "لدى"
# Levels of an economic series that moves month to month: one said after «بعد أن» is where
# it stood before what the sentence reports («بعد أن تجاوز التضخم فيها 30 بالمائة»).
SERIES_MEASURES: tuple[str, ...] = ("inflation", "interest-rate", "exchange-rate")
