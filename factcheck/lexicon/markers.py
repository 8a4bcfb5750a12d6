"""Marker words: single words that change what a nearby date or figure is about.
General news vocabulary, written naturally; extract/ and analyse/ normalise them once.
"""

from __future__ import annotations

# Words that put a date in the future of the article ("by September 2026"): such years say
# little about when the article was written, so they don't set its time frame.
FUTURE_MARKERS: tuple[str, ...] = ("بحلول", "حتى", "لغاية", "المقبل", "القادم", "مع حلول")

# "since X": X starts a period that runs to the present, however long ago it was
# ("the largest quake since 1999"), so it says nothing about when the article was written.
# A figure in a clause after "منذ" + a date belongs to that earlier event.
BACKGROUND_MARKERS: tuple[str, ...] = ("منذ",)
# A clause that opens with one of these is about the time the clause before named: «منذ
# آذار، حين رفع البنك الفائدة 500 نقطة أساس» — the 500 belongs to March's event.
WHEN_WORDS: tuple[str, ...] = ("حين", "حينما", "عندما", "يوم")

# "led by X": X leads what is counted; it is not the body the figure belongs to.
LEADER_MARKERS: tuple[str, ...] = ("بقيادة", "بزعامة", "تقودها", "يقودها", "تتزعمها")

# Words that make a property figure belong to ANOTHER event than the story's main one:
# "a second quake of 7.6", "followed by another of 7.5", "a new shock".
OTHER_EVENT_MARKERS: tuple[str, ...] = (
    "ثان", "ثاني", "ثانية", "آخر", "أخرى", "جديد", "جديدة", "تلاه", "تلته", "أعقبه",
    "أعقبته", "أعقب", "تبعه", "تبعته", "لاحق", "لاحقة")

# In a figure's sentence before it: a separate incident, whose toll is not the story's
# («وفي هجوم منفصل، قتل 3 جنود»). Stricter than OTHER_EVENT_MARKERS, which a running
# tally cannot use («3 أشخاص آخرين» are more of the same dead).
SEPARATE_EVENT_MARKERS: tuple[str, ...] = ("منفصل", "منفصلة", "منفصلين", "منفصلتين",
                                          # «قتل ثلاثة أشخاص في حادث مماثل بمدينة إربد»
                                          "مماثل", "مماثلة")

# Opening a sentence: what follows is another matter than the story's event («وفي سياق
# متصل، حجزت الديوانة … وأوقفت 3 أشخاص»), so its tolls are not the story's tally.
OTHER_MATTER_OPENERS: tuple[str, ...] = ("في سياق متصل", "في سياق منفصل", "في سياق آخر",
                                        "في تطور منفصل", "في حادث منفصل", "في حادثة منفصلة",
                                        "في حادث آخر", "في حادثة أخرى")

# Before a figure in its sentence: what follows recalls an earlier event («ويعيد الحادث إلى
# الأذهان انهيار عقار … أسفر عن مصرع 4 أشخاص», «وسبق أن شهد الميناء حريقا أتلف …»), so its
# tolls are not the story's tally.
RECALL_PHRASES: tuple[str, ...] = ("إلى الأذهان", "سبق أن", "وسبق أن", "ليس الأول من نوعه",
                                   "ليست الأولى من نوعها")

# «آخر» before one of these means "latest", not "another": «آخر حصيلة», «آخر مرة».
LATEST_NOUNS_AFTER_AKHIR: tuple[str, ...] = (
    "مرة", "حصيلة", "تحديث", "إحصاء", "إحصائية", "أرقام", "بيانات", "تقرير", "المعطيات",
    "الأرقام", "البيانات")

# Words that make a property figure belong to the smaller follow-on events of the main one
# ("aftershocks between 5 and 6", "the strongest aftershock was 5.8").
FOLLOW_ON_MARKERS: tuple[str, ...] = ("ارتدادية", "ارتدادي", "ارتدادات", "توابع", "الهزات")

# A figure said to cover "both countries" / "both sides of the border" / "in total"
# covers every place the article names.
ALL_PLACES_MARKERS: tuple[str, ...] = ("البلدين", "بلدين", "البلدان", "جانبي", "الإجمالي",
                                       "إجمالي", "مجموع", "المجموع", "الإجمالية")

# "among them 1000 in Istanbul", "41 of them": the figure after one of these is a part of
# the figure before it, not a figure of its own …
PART_MARKERS: tuple[str, ...] = ("بينهم", "منهم", "بينها", "منها",
                                  # «من ضمنها 214 تمثالا»: among them
                                  "ضمنها", "ضمنهم")
# A ranking of the parts of a whole («وتصدرت السرعة أسباب الوفيات بـ104 حالات، تلاها
# الانشغال بالهاتف بـ71 حالة»): after one of these in its sentence, a figure «بـ» introduces is
# one part's share, not the whole.
RANKING_WORDS: tuple[str, ...] = (
    "تصدر", "تصدرت", "يتصدر", "تتصدر", "تلاه", "تلاها", "تلته", "تلتها", "يليه", "يليها",
    "تليه", "تليها", "المرتبة", "المركز", "احتل", "احتلت",
    # «سجلت الخرطوم العدد الأكبر من الإصابات بـ33 حالة»: the largest part
    "الأكبر", "الأعلى")
# Right before a figure: it is a position, not a count («جاءت في المرتبة 149»), or a
# note's or a coin's face value, not an amount («ورقة من فئة 10 دنانير»). Neither adds up
# nor is stated twice.
POSITION_NOUNS: tuple[str, ...] = ("المرتبة", "مرتبة", "المركز", "الترتيب", "الرتبة")
DENOMINATION_NOUNS: tuple[str, ...] = ("فئة", "فئات")
# … unless the figure itself starts with one of these ("منهم من 5 إلى 7": a range).
PART_NOT_BEFORE: tuple[str, ...] = ("بين", "من")
# «ومن بين القتلى 15 طفلا»: after this word and the whole it names, a figure is a part;
# so is a figure before «من بين» and a tally's noun («7 من بين الضحايا»).
AMONG_WORD = "بين"
# «ويتوزع الضحايا بين 27 ليبيا و6 أتراك»: a whole distributed over its parts; the figures
# after «بين»/«على» are the parts.
DISTRIBUTION_VERBS: tuple[str, ...] = (
    "يتوزع", "تتوزع", "توزع", "توزعت", "يتوزعون", "توزعوا", "موزعين", "موزعة", "موزعون",
    "موزعا", "تتوزعن", "ينقسم", "تنقسم", "انقسم", "انقسمت")
DISTRIBUTED_OVER: tuple[str, ...] = ("بين", "على")
# … or at so many each: «توزعت بواقع 51 حالة في سوق الشيوخ و28 في الناصرية» (breakdown-sum)
DISTRIBUTED_AS: tuple[str, ...] = ("بواقع",)
# … or «as follows» and a colon: «الفارين موزعون كالتالي: 15 محكوما في قضايا قتل، و18 …»
AS_FOLLOWS: tuple[str, ...] = ("كالتالي", "كالآتي")

# Time-frame markers right before a date, reported with it (DateMatch.time_words): "بحلول
# نهاية العام", "منذ 2014", "اعتبارا من الأول من أيلول". The relative word after a date
# ("المقبل", time_words.RELATIVE) is reported too.
TIME_MARKERS_BEFORE: tuple[str, ...] = (
    "بحلول", "حتى", "لغاية", "قبل", "بعد", "منذ", "في", "مع حلول", "ابتداء من",
    "اعتبارا من", "بدءا من", "من", "إلى", "خلال", "مطلع", "منتصف", "أواخر", "أوائل",
)

# Right after an event noun, these point back to the event the text last spoke of: "أفاد
# المرصد بأن الزلزال الأخير وقع … على عمق 10 كيلومترات" is the new quake of the sentence
# before, not the main one.
ANAPHORIC_EVENT_ADJECTIVES: tuple[str, ...] = ("الأخير", "الأخيرة", "الجديد", "الجديدة", "ذاته",
                                               "ذاتها", "نفسه", "نفسها")
