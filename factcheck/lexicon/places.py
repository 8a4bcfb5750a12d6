"""Places: countries and territories as news names them, and the words around a name that
mark it as a place. General news vocabulary, written naturally; extract/ normalises it once.
"""

from __future__ import annotations

# Countries and territories as news names them, with the adjectives that place a figure
# ("وزارة الصحة السورية", "نائب الرئيس التركي"). An explicit "في X" beats an adjective.
# Cities are deliberately absent: a figure "in Aleppo" is part of the country's figure,
# and a city list would never be complete.
PLACES: dict[str, tuple[str, ...]] = {
    "سوريا": ("سوريا", "سورية", "السوري", "السورية", "سوري"),
    "تركيا": ("تركيا", "التركي", "التركية", "تركي"),
    "العراق": ("العراق", "عراق", "العراقي", "العراقية"),
    "لبنان": ("لبنان", "اللبناني", "اللبنانية"),
    "الأردن": ("الأردن", "الأردني", "الأردنية"),
    "فلسطين": ("فلسطين", "الفلسطيني", "الفلسطينية", "الأراضي الفلسطينية"),
    "غزة": ("غزة", "قطاع غزة"),
    "إسرائيل": ("إسرائيل", "الإسرائيلي", "الإسرائيلية"),
    "مصر": ("مصر", "المصري", "المصرية"),
    "ليبيا": ("ليبيا", "الليبي", "الليبية"),
    "تونس": ("تونس", "التونسي", "التونسية"),
    "الجزائر": ("الجزائر", "الجزائري", "الجزائرية"),
    "المغرب": ("المغرب", "المغربي", "المغربية"),
    "موريتانيا": ("موريتانيا", "الموريتاني", "الموريتانية"),
    "السودان": ("السودان", "السوداني", "السودانية"),
    "الصومال": ("الصومال", "الصومالي", "الصومالية"),
    "اليمن": ("اليمن", "اليمني", "اليمنية"),
    "السعودية": ("السعودية", "السعودي"),
    "الإمارات": ("الإمارات", "الإماراتي", "الإماراتية"),
    "قطر": ("قطر", "القطري", "القطرية"),
    "الكويت": ("الكويت", "الكويتي", "الكويتية"),
    "البحرين": ("البحرين", "البحريني", "البحرينية"),
    "عمان": ("سلطنة عمان", "العماني", "العمانية"),
    "إيران": ("إيران", "الإيراني", "الإيرانية"),
    "أفغانستان": ("أفغانستان", "الأفغاني", "الأفغانية"),
    "باكستان": ("باكستان", "الباكستاني", "الباكستانية"),
    "الهند": ("الهند", "الهندي", "الهندية"),
    "الصين": ("الصين", "الصيني", "الصينية"),
    "روسيا": ("روسيا", "الروسي", "الروسية"),
    "أوكرانيا": ("أوكرانيا", "الأوكراني", "الأوكرانية"),
    "الولايات المتحدة": ("الولايات المتحدة", "أمريكا", "أميركا", "الأمريكي", "الأميركي",
                         "الأمريكية", "الأميركية"),
    "فرنسا": ("فرنسا", "الفرنسي", "الفرنسية"),
    "بريطانيا": ("بريطانيا", "البريطاني", "البريطانية"),
    "ألمانيا": ("ألمانيا", "الألماني", "الألمانية"),
    "اليونان": ("اليونان", "اليوناني", "اليونانية"),
    "قبرص": ("قبرص", "القبرصي", "القبرصية"),
    "أرمينيا": ("أرمينيا", "الأرميني", "الأرمينية"),
    "جورجيا": ("جورجيا",),
    "اليابان": ("اليابان", "الياباني", "اليابانية"),
    "إندونيسيا": ("إندونيسيا", "الإندونيسي", "الإندونيسية"),
}
# A direction glued to a country in careless typing ("جنوبتركيا") still names the country.
DIRECTION_PREFIXES: tuple[str, ...] = ("جنوب", "شمال", "شرق", "غرب", "وسط", "جنوبي", "شمالي")

# Words right before a name that introduce it as a place ("في سوريا", "داخل تركيا"); the
# prefix ب is read from the word itself ("بسوريا").
PLACE_PREPOSITIONS: tuple[str, ...] = ("في", "وفي", "داخل", "شمال", "جنوب", "شرق", "غرب")

# The legacy `place` of a claim: the word after «في» or «ب» a few words after the figure
# ("2500 جندي في العراق") …
CLAIM_PLACE_PREPOSITIONS: tuple[str, ...] = ("في", "ب")
# … unless that word is one of these: «في إطار», «في حين», «في ظل» are not places.
NOT_PLACES: tuple[str, ...] = ("إطار", "مجال", "حين", "وقت", "ظل", "مقابل", "عهد")

# Plural and broken-plural demonyms that the singular adjectives above do not give by
# rule (…ي → …يين/…يون is derived in extract/): "المغاربة", "الأتراك". A demonym right after
# a count says WHOSE figure it is ("323 حاجا مصريا", "و60 أردنيا"), not where.
BROKEN_PLURAL_DEMONYMS: dict[str, tuple[str, ...]] = {
    "المغرب": ("المغاربة", "مغاربة"),
    "تركيا": ("الأتراك", "أتراك"),
    "اليونان": ("اليونانيين",),
}

# Administrative units below a country: "بإقليم الحوز", "في محافظة حلب", "بولاية هاتاي".
# A figure for one of them is a part of the country's figure, never the same fact.
ADMIN_NOUNS: tuple[str, ...] = (
    "إقليم", "عمالة", "ولاية", "محافظة", "مدينة", "منطقة", "بلدية", "جماعة", "قضاء",
    "ناحية", "مقاطعة", "جهة", "قرية", "بلدة", "مخيم", "مديرية", "مركز", "حي", "دائرة",
    "لواء", "إمارة", "مدينتي", "ضاحية", "عاصمة")
# A clause opened by one of these is about the place the clause before it named: «في ولاية
# أرضروم، حيث انخفضت درجة الحرارة إلى 24 درجة».
WHERE_OPENERS: tuple[str, ...] = ("حيث",)
# Between a level and the town it is read in: «انخفضت الحرارة في إسطنبول إلى 4 درجات».
LEVEL_AT: tuple[str, ...] = ("في",)
# Between that town and the figure: «… في إسطنبول إلى 4 درجات».
LEVEL_TO: tuple[str, ...] = ("إلى", "عند", "نحو")
# Facilities named where a figure counts what they hold: "قاعدة عين الأسد التي تضم 1500".
FACILITY_NOUNS: tuple[str, ...] = (
    "قاعدة", "معسكر", "مطار", "مقر", "ثكنة", "سجن", "مستشفى", "ميناء", "مصنع", "منشأة",
    "محطة", "ملعب", "مدرسة", "فندق", "مشرحة")
# Words that hold a facility's count after it: "التي تضم", "الذي يؤوي".
HOLDER_WORDS: tuple[str, ...] = ("تضم", "يضم", "تؤوي", "يؤوي", "تستضيف", "يستضيف", "يتمركز",
                                 "تتمركز", "تحتضن", "يحتضن")
# After a distance: the place it is measured from ("على بعد 320 كلم من الرباط", "72 كيلومترا
# جنوب غرب مراكش").
DISTANCE_FROM: tuple[str, ...] = ("من", "عن")
# A distance from the event's own site locates something else (a body recovered «على بعد
# نحو 9 كيلومترات من موقع الانهيار»): listed, never the event's distance from a town.
EVENT_SITE_WORDS: tuple[str, ...] = ("موقع", "مكان")
# Between a place and its own distance: "الصويرة الواقعة على بعد 200 كلم غرب مراكش" is the
# town's distance, not the event's.
LOCATED_AFTER: tuple[str, ...] = ("الواقعة", "الواقع", "الواقعتين", "الواقعين", "التي تبعد",
                                  "الذي يبعد", "تبعد", "يبعد")
