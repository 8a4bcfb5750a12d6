"""Qualifiers and range words around a figure: «نحو 900», «أكثر من عشرين», «900 على الأقل»,
«تجاوز عدد القتلى 100», «بين 100 و150», «ثلاثة أو أربعة». Pure data, written naturally;
extract/numbers.py normalises it at import (so حوالي also covers حوالى, إلى also الى,
تخطى also تخطي).

Kinds: approx = about; gt/lt = strictly more/less; ge/le = at least / at most.
"""

from __future__ import annotations

# Qualifiers right before the number: phrase → kind.
QUALIFIERS_BEFORE: dict[str, str] = {
    "نحو": "approx", "حوالي": "approx", "قرابة": "approx",
    "زهاء": "approx", "ما يقارب": "approx", "ما يقرب من": "approx",
    "ما يناهز": "approx", "تقريبا": "approx", "في حدود": "approx",
    # a round mark the figure reached or nears («تخطت المبيعات عتبة 198 ألف وحدة»,
    # «التضخم يقترب من 12%»), not the count itself
    "عتبة": "approx", "حاجز": "approx", "يقترب من": "approx", "تقترب من": "approx",
    "اقترب من": "approx", "اقتربت من": "approx",
    "أكثر من": "gt", "ما يزيد على": "gt", "ما يزيد عن": "gt", "أزيد من": "gt",
    "ما يربو على": "gt", "يربو على": "gt", "تربو على": "gt",
    "ما يتجاوز": "gt", "ما فوق": "gt", "ما يفوق": "gt",
    "لا يقل عن": "ge", "لا تقل عن": "ge", "ما لا يقل عن": "ge", "على الأقل": "ge",
    "أقل من": "lt", "ما دون": "lt", "دون": "lt", "ما يقل عن": "lt",
    "ما لا يزيد عن": "le", "ما لا يزيد على": "le", "على الأكثر": "le",
}

# Of those, the marks a comparing verb may pass over: «تتخطى عتبة 11 مليار» is more than
# 11 billion, «بلغت عتبة 198 ألف» about 198 thousand.
ROUND_MARKS: tuple[str, ...] = ("عتبة", "حاجز")

# Verbs that compare their subject with the figure, in every person, tense and gender the news
# uses. Right before the figure they qualify it («تجاوزت 50 ألفا»); they also reach it across
# their subject («تجاوز عدد الوفيات بين الحجاج هذا العام الألف», «ويفوق تمويله 150 مليار»).
COMPARING_VERBS: dict[str, str] = {
    # exceed → more than
    "تجاوز": "gt", "تجاوزت": "gt", "يتجاوز": "gt", "تتجاوز": "gt", "تجاوزوا": "gt",
    "يتجاوزون": "gt",
    "تخطى": "gt", "تخطت": "gt", "يتخطى": "gt", "تتخطى": "gt",
    "فاق": "gt", "فاقت": "gt", "يفوق": "gt", "تفوق": "gt",
    "تعدى": "gt", "تعدت": "gt", "يتعدى": "gt", "تتعدى": "gt",
    # not exceed → at most
    "لا يتجاوز": "le", "لا تتجاوز": "le", "لم يتجاوز": "le", "لم تتجاوز": "le",
    "لا يتخطى": "le", "لا تتخطى": "le", "لم يتخط": "le", "لم تتخط": "le",
    "لا يتعدى": "le", "لا تتعدى": "le", "لم يتعد": "le", "لم تتعد": "le",
    "لا يفوق": "le", "لا تفوق": "le",
    # approach → about
    "قارب": "approx", "قاربت": "approx", "يقارب": "approx", "تقارب": "approx",
    "ناهز": "approx", "ناهزت": "approx", "يناهز": "approx", "تناهز": "approx",
}
# Verbs that compare through a preposition (COMPARING_PREPOSITIONS): «زاد على 100», and across
# the subject «تزيد أعمارهم عن 80 عاما», «لا يقل عددهم عن 20».
COMPARING_VERBS_WITH_PREPOSITION: dict[str, str] = {
    "زاد": "gt", "زادت": "gt", "يزيد": "gt", "تزيد": "gt",
    "لا يزيد": "le", "لا تزيد": "le", "لم يزد": "le", "لم تزد": "le",
    "قل": "lt", "قلت": "lt", "يقل": "lt", "تقل": "lt",
    "لا يقل": "ge", "لا تقل": "ge", "لم يقل": "ge", "لم تقل": "ge",
}
COMPARING_PREPOSITIONS: tuple[str, ...] = ("على", "عن")
# A comparing verb reaches its figure across at most a few words, none of these: they start
# another clause or phrase, so a figure after them is not what the verb compares.
# Relative pronouns: what follows is said of the noun before them («تكاليف الصيانة التي ارتفعت
# بأكثر من 50%» is the costs' rise, not of levels the sentence gave earlier:
# checks/change_arithmetic.py; «اليوم الثالث من إضراب الطيارين الذي انطلق …»: extract/article.py).
RELATIVE_PRONOUNS: tuple[str, ...] = ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي",
                                      "اللاتي")
COMPARING_VERB_STOPS: tuple[str, ...] = (
    *RELATIVE_PRONOUNS, "أن", "لأن", "بأن",
    "كما", "ثم", "لكن", "بينما", "حيث", "عندما", "حين", "بعد", "قبل", "منذ", "حتى", "إذ", "أي",
    "مقابل", "بنسبة", "أو", "بل", "قد", "وقد", "لقد", "كان", "كانت",
    # «تفوق الفريق على منافسه بفارق 3 نقاط»: who was outdone, not by how much
    "على")
# Nor is a figure right after a preposition: «تجاوزت القوات الحدود في 3 مواقع».
COMPARING_VERB_NOT_BEFORE_FIGURE: tuple[str, ...] = (
    "في", "من", "إلى", "على", "عن", "مع", "خلال", "لدى", "عند", "بين", "نحو", "حوالي", "قرابة")

# Qualifiers after the figure, its counted noun and one more word («60 حاجا أردنيا على الأقل»,
# «وأصيب 2315 آخرون على الأقل», «18 عاما فأكثر»).
# Never «وأكثر»: «17674 قتيلا وأكثر من 72 ألف مصاب» is "and more than", the next figure's.
QUALIFIERS_AFTER: dict[str, str] = {
    "تقريبا": "approx", "على الأقل": "ge", "على أقل تقدير": "ge", "أو أكثر": "ge", "فأكثر": "ge",
    "على الأكثر": "le", "على أقصى تقدير": "le", "أو أقل": "le", "فأقل": "le",
}
# Range openers before the first number; connectors between the two numbers.
RANGE_OPENERS: tuple[str, ...] = ("بين", "ما بين", "من")
RANGE_CONNECTORS_AFTER_OPENER: tuple[str, ...] = ("و", "إلى", "حتى", "-")
RANGE_CONNECTORS_ALONE: tuple[str, ...] = ("أو", "-")  # "ثلاثة أو أربعة", "3-5" need no opener
# A change from one level to another: "من ثلاثة مليارات دولار إلى ثمانية", where the second
# figure leaves its scale and unit to the first.
CHANGE_FROM: str = "من"
CHANGE_TO: tuple[str, ...] = ("إلى",)  # also الى (one normal form)
