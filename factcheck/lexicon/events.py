"""Event words: what a date is the date OF. General news vocabulary; nothing here knows a story.

The nearest of these words before a date (or among the few after it) names its event. Used
to group dates that no rule covers, and to tell two events apart in one article. Words are
written naturally; extract/ normalises them once, at import.
"""

from __future__ import annotations

EVENT_WORDS: dict[str, tuple[str, ...]] = {
    "withdrawal": ("انسحاب", "انسحب", "انسحبت", "سحب", "خروج", "مغادرة", "إخلاء", "رحيل"),
    "announcement": ("أعلن", "أعلنت", "إعلان", "الإعلان", "تغريدة", "غرد", "بيان", "صرح",
                     # figures or a plan made public: «الأرقام التي كشفتها الشركة يوم الاثنين»
                     "كشف", "كشفت"),
    "agreement": ("اتفاق", "اتفق", "اتفقت", "اتفقتا", "تفاهم", "توصلت", "معاهدة", "صفقة",
                  "اتفاقية", "اتفاقيات", "أبرم", "أبرمت", "إبرام"),
    "visit": ("زار", "زيارة", "وصل", "وصلت", "وصول"),
    "vote": ("صوت", "تصويت", "اقتراع", "انتخابات",
             # a government's confidence vote («نالت الحكومة الثقة», «منح الثقة»)
             "الثقة"),
    "meeting": ("اجتماع", "لقاء", "بلقاء", "مباحثات", "قمة", "محادثات", "اجتمع", "التقى",
                "عقدت", "انعقد", "انعقاد", "جولة", "مفاوضات"),
    "attack": ("هجوم", "قصف", "مقتل", "اغتيال", "غارة", "تفجير", "استهداف"),
    "deadline": ("بحلول", "الموعد", "موعد", "المهلة", "مهلة", "الجدول الزمني", "أجل", "الأجل",
                 # «أمهلت النقابة الحكومة حتى 26 أكتوبر»: gave until
                 "أمهل", "أمهلت", "يمهل", "تمهل"),
    "founding": ("تشكل", "تأسس", "تأسيس", "أنشئ", "أنشأ", "إنشاء"),
    "start": ("بدأ", "بدء", "بدأت", "يبدأ", "تبدأ", "انطلق", "انطلقت", "ينطلق", "تنطلق", "انطلاق",
              "ابتداء", "اعتبارا", "سريان", "يسري", "تسري",
              # «باشرت الفرق توزيع …»: set about
              "باشر", "باشرت", "يباشر", "تباشر",
              # a law, a price, a ban in force: «يدخل القانون حيز التنفيذ في …»
              "حيز",
              # a launch
              "إطلاق", "أطلق", "أطلقت"),
    # flights, talks, classes taken up again after a stop: not the day the stop began
    "resumption": ("استئناف", "استأنف", "استأنفت", "يستأنف", "تستأنف", "استؤنف", "استؤنفت"),
    "end": ("انتهى", "انتهاء", "إنهاء", "انتهت", "ينتهي", "تنتهي", "اختتام", "اختتم", "اختتمت",
            "يختتم", "تختتم", "أنهينا",
            # a registration, a polling station, a session closed: the day it ended
            # («يغلق باب التسجيل يوم 5 نوفمبر», «بعد إغلاق باب الترشيح»)
            "أغلق", "أغلقت", "يغلق", "تغلق", "إغلاق"),
    # a law or a budget passed, a deal ratified
    "approval": ("أقر", "أقرت", "إقرار", "صادق", "صادقت", "مصادقة", "وافق", "وافقت",
                 "مرر", "مررت", "تمرير",
                 # «حصول الصفقة على موافقة البنك المركزي في 14 أيلول»
                 "موافقة"),
    # a match, a prayer, a ceremony held; a race that took place («التي جرت الأحد»)
    "held": ("أقيم", "أقيمت", "يقام", "تقام", "جرت", "جرى",
             # the passive and form IV of «جرى»: exams, elections, talks held
             # («تجرى الاختبارات يوم الأحد», «التي أجريت يوم 23 نونبر»)
             "تجرى", "يجرى", "أجريت", "أجرى"),
    # a draw: a lottery's, a cup's («تجرى القرعة يوم الثلاثاء»)
    "draw": ("قرعة", "لقرعة", "بالقرعة"),
    "construction": ("بناء", "بناؤها", "اكتمل", "تشييد"),
    # a building, a road, a line inaugurated: the ceremony («افتتح الوزير», «دشّن», «حفل
    # الافتتاح») …
    "opening": ("افتتاح", "افتتح", "افتتحت", "يفتتح", "تفتتح", "تدشين", "دشن", "دشنت"),
    # … and the day it opened (again) to the public, often another («فتح أبوابه أمام
    # الجمهور», «منذ فتحه أمام حركة السير»; «فتح» alone opens an inquiry as often)
    "public-opening": ("أبوابه", "أبوابها", "فتحه", "فتحها"),
    # a court's ruling («قضت محكمة», «أصدر حكما», «أحكاما بالسجن»)
    "verdict": ("حكم", "حكما", "حكمه", "حكمها", "أحكام", "أحكاما", "قضت", "أدانت", "إدانة"),
    "disaster": ("زلزال", "هزة", "فيضان", "إعصار", "حريق", "انفجار",
                 # what befalls a building, a boat, a plane, a forest
                 "انهار", "انهارت", "انهيار", "غرقت", "غرق", "تحطمت", "تحطم", "اندلع",
                 "اندلعت", "اندلاع", "اصطدام", "تصادم", "انقلاب", "انقلب", "انقلبت", "تدافع",
                 # an accident, a storm, torrents
                 "حادث", "حادثة", "عاصفة", "سيول", "فيضانات",
                 # a ship run aground («جنحت السفينة فجر الثلاثاء», «منذ جنوحها»)
                 "جنحت", "جنوح", "جنوحها",
                 # an outbreak («أعلنت السلطات تفشي الوباء يوم الأحد»)
                 "تفشي", "تفشت",
                 # a dam, a river overflowing («وفاض سد بني عزوز فجر أمس الثلاثاء»)
                 "فاض", "فاضت"),
    # a police or customs seizure («الشاحنة التي ضُبطت فجر أمس الأحد», «أحبطت محاولة
    # تهريب»): a story may tell of earlier ones, so not one per story
    "seizure": ("ضبط", "ضبطت", "أحبط", "أحبطت", "إحباط", "حجز", "حجزت"),
    # a first case, a swarm, a leak spotted («رصدت الفرق أولى الأسراب أمس», «منذ رصد أول
    # إصابة», «اكتشاف الحالة الأولى»)
    "detection": ("رصد", "رصدت", "اكتشاف", "اكتشف", "اكتشفت"),
    "decision": ("قرر", "قررت", "قرار", "القرار", "قراره", "قرارها"),
}

# Right after an agreement word, a loan or a grant («اتفاقية قرض», «اتفاق تمويل»): the
# financing of a project, signed on its own day, is another agreement than the project's
# («اتفاقيات تطوير المحطة»).
FINANCING_NOUNS: tuple[str, ...] = ("قرض", "قروض", "تمويل", "منحة", "ائتمان")

# The verbs of «announcement» (not its nouns, «الإعلان عن الخطة صدر في …»): many words past
# one, what it announced stands between it and a date, which is then that event's day
# («أعلنت الوزارة عودة الأنظمة … إلى العمل مساء الأحد 19 أكتوبر»).
ANNOUNCING_VERBS: tuple[str, ...] = ("أعلن", "أعلنت", "صرح", "غرد")

# «as from»: a start («يسري القرار اعتبارا من»), unless a verb a few words before names a
# start of its own kind («تستأنف الرحلات تدريجيا اعتبارا من صباح اليوم الجمعة»: flights
# resume, the day is no strike's start).
AS_FROM: tuple[str, ...] = ("اعتبارا", "ابتداء")
# Two words that say "as from" together, never apart («بداية من غرة جانفي 2026», Maghrebi;
# but «منذ بداية العام», «في بداية الشهر» date no start).
AS_FROM_PHRASES: tuple[str, ...] = ("بداية من",)
STARTS_OF_THEIR_OWN: tuple[str, ...] = ("resumption",)

# Words of two senses: «وصلت الشحنة» arrived, «وصلت الحصيلة إلى 40» reached a figure. With a
# figure between the word and the date, the word dates no event.
REACHED_SENSE: tuple[str, ...] = ("وصل", "وصلت", "وصول")
# An event named as what an inquiry is into («سلمت لجنة التحقيق في انفجار … تقريرها اليوم
# الأحد») is the inquiry's subject: the day after it is the inquiry's, not the event's.
# («اللجنة التحقيقية الخاصة بانفجار …»: the adjective too, a word or two before)
INQUIRY_NOUNS: tuple[str, ...] = ("تحقيق", "تحقيقات", "تحقيقية")

# … and «أغلق»: «يغلق باب التسجيل يوم 5 نوفمبر» ends a registration, «ليغلق السهم اليوم
# الأربعاء عند 39.55 ريال» closes a market at a level. With a figure in the date's clause,
# before or after it, the word dates no event.
CLOSED_AT_SENSE: tuple[str, ...] = ("أغلق", "أغلقت", "يغلق", "تغلق")

# After a date, a word that opens what was said on it («قال الدفاع المدني اليوم الأحد إن
# الحرائق التي اندلعت …»): the event words after it are the speech's, not the date's.
# («أن» is «إن» once normalised.)
SAID_THAT: tuple[str, ...] = ("إن", "بأن", "أنه", "أنها", "بأنه", "بأنها")

# Right before a date (a part of the day may come between) that ends a stretch opened by
# «منذ» («منذ إعادة فتحه الخميس الماضي وحتى مساء أمس الأحد»), these make it date no event
# the words before it name. Right before a day written out, with no «منذ», they date the
# end of what the sentence tells («يستمر المنع إلى غاية 15 يونيو»), unless an event word
# other than a start names what it ends by («انسحاب القوات حتى 31 ديسمبر»: a deadline).
UNTIL_WORDS: tuple[str, ...] = ("حتى", "لغاية", "غاية")
# A deadline put back: a date after these in its clause is the new one («انتهاء فترة التسجيل
# الممددة في 15 مايو», «تمديد المهلة حتى 10 أيار»), an event of its own, not the end or the
# deadline first set.
EXTENDED_WORDS: tuple[str, ...] = ("تمديد", "تمديدها", "تمديده", "الممددة", "الممدد", "مدد",
                                   "مددت", "يمدد", "تأجيل", "تأجيلها", "تأجيله", "أجلت",
                                   "إرجاء", "أرجأ", "أرجأت")
# … unless one of these stands between: the day first set, put back from («بعد تأجيل الموعد
# الأصلي المحدد في 10 مارس», «عن الموعد الذي كان مقررا في العاشر من مارس»), not the new one.
ORIGINAL_DATE_WORDS: tuple[str, ...] = ("الأصلي", "الأصلية", "أصلا", "سابقا", "مقررا",
                                        "مقررة",
                                        # «نافيا أي نية لتمديد الأجل المحدد في 31 مارس»
                                        "المحدد", "المحددة")
# … unless the words say it is the new one («تمديد المهلة إلى الموعد الجديد المحدد في …»).
NEW_DATE_WORDS: tuple[str, ...] = ("الجديد", "الجديدة", "جديد", "جديدة")
# … but after a negation «حتى» means "not before" («لم تعلن النتائج حتى 15 مايو»).
NEGATIONS: tuple[str, ...] = ("لم", "لن", "لا", "ليس", "ليست")
# Words that may stand before a date set off by commas («أعلنت الشرطة، مساء أمس السبت،
# العفو …»), beside the parts of the day (clock.py): such a date dates the clause before it.
DATE_ASIDE_LEADS: tuple[str, ...] = ("في", "منذ", "يوم", "عصر", "ظهر", "ليل", "ليلة", "صباح", "مساء",
                                     "فجر", "منتصف")
# … of those, the ones that only say which part of the day («حتى منتصف ليل الخميس»)
DAY_PART_LEADS: tuple[str, ...] = ("يوم", "عصر", "ظهر", "ليل", "ليلة", "صباح", "مساء", "فجر",
                                   "منتصف")

# … and words that open an aside saying where («، في معرض باريس للطيران،», «، على هامش
# القمة،»), past which the verb's object still names what happened that day.
PLACE_ASIDE_LEADS: tuple[str, ...] = ("في", "على", "خلال", "بمقر", "بمدينة")

# «وقّع» signs (or, unvowelled, befalls): it names no event itself, but what it signed,
# after its date's clause, does («وقّعت الشركة يوم الأربعاء، في باريس، صفقة لشراء …»).
SIGNED_VERBS: tuple[str, ...] = ("وقع", "وقعت", "وقعا", "وقعتا")

# A clause that opens with one of these gives the cause of what the clause before it tells
# («لقي 4 أشخاص مصرعهم، فجر اليوم، إثر انهيار عقار»): a date set off between the two is
# the cause's date.
CAUSE_OPENERS: tuple[str, ...] = ("إثر", "جراء", "بسبب", "نتيجة")

# Events a story numbers in sequence, each held on one day («الاجتماع الثاني», «الجلسة
# الثالثة»): an article that dates the same number twice contradicts itself. Rounds and
# sessions of several days are told apart by how far apart the two dates are
# (checks/ordinal_event.py).
NUMBERED_EVENTS: tuple[str, ...] = ("اجتماع", "جلسة", "جولة", "قمة", "دورة", "مؤتمر", "لقاء",
                                    "مناظرة")
# Words between a numbered event and a date after which the date is not the event's own
# day («الاجتماع الثاني بعد 1 فبراير»).
NOT_THE_EVENTS_DAY: tuple[str, ...] = ("حتى", "إلى", "بعد", "قبل", "منذ", "ثم", "مقارنة", "بينما",
                                       "فيما", "عقب", "خلال")

# The first letters of «ل» and an imperfect verb opening a clause of result («تمديد آجال
# التسجيل لمدة أسبوع، لتُغلق المنصة يوم 7 ديسمبر»): that clause goes on from the one before.
RESULT_VERB_OPENERS: tuple[str, ...] = ("لت", "لي")
