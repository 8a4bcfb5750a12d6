"""Claim frames: what each figure is about, read from its own sentence, as an editor reads it.
Each row is a phrase of general news Arabic and the frame its figure should get."""

from __future__ import annotations

import pytest

from factcheck.analyse.checks.base import change_subject, what_moved
from factcheck.extract import extract_article
from factcheck.model import Article
from factcheck.run.engine import scan


def frame_of(text: str, figure: str):
    """The quantity claim whose quoted words start with `figure`."""
    article = Article(id="a", path="a.txt", text=text + "\n", title="")
    claims = [c for c in extract_article(article).claims if c.kind == "quantity"]
    matching = [c for c in claims if c.text.startswith(figure)]
    assert matching, [c.text for c in claims]
    return matching[0]


@pytest.mark.parametrize("text, figure, measure", [
    # the counted noun, by lemma: a martyr is a dead person, whatever the plural
    ("وارتفع عدد الشهداء إلى 150 شهيدا.", "150", "dead"),
    ("سقط 40 قتيلا في القصف.", "40", "dead"),
    # a cue names what bare people or numbers count
    ("وأصيب 200 شخص بجروح متفاوتة.", "200", "injured"),
    # a soldier count is a deployment, unless a casualty cue says otherwise
    ("وتنشر الولايات المتحدة 2500 جندي في البلاد.", "2500", "troops"),
    ("ما أدى إلى إصابة 11 عسكريا بجروح.", "11", "injured"),
    # the active verb «أصاب» counts the injured, «آخرين» after it names no noun of its own
    ("وأودى الانهيار بحياة 31 شخصا وأصاب 18 آخرين.", "18", "injured"),
    ("وتتسع القاعدة لخمسة آلاف عسكري.", "خمسة", "capacity"),
    # the people a vessel carried: the verb carries right before its figure, and only there
    ("وكانت العبارة تقل 200 شخص حين غرقت.", "200", "aboard"),
    ("وانقلب قارب وعلى متنه 45 مهاجرا قبالة السواحل.", "45", "aboard"),
    ("وشارك ما لا يقل عن 300 شخص في الوقفة.", "ما لا يقل عن 300", None),
    ("ولقي ما لا يقل عن 12 شخصا حتفهم.", "ما لا يقل عن 12", "dead"),
    # a camel show counts its entries as «متن»
    ("ويشارك الملاك بنحو 900 متن في المهرجان.", "نحو 900", None),
    # a cue for the figure's category: a rate is a percentage, a price an amount of money
    ("وسجل معدل التضخم السنوي 35.7% في شباط.", "35.7", "inflation"),
    ("ارتفع سعر صرف الدولار إلى 46 جنيها.", "46", "exchange-rate"),
    # the seriously injured are a tally of their own
    ("وأصيب 672 شخصا، من بينهم 205 إصابات خطيرة.", "205", "seriously-injured"),
    # «صرف» alone pays out; only «سعر صرف» or «الصرف» is a rate
    ("وقررت الوزارة صرف منحة قدرها 50 ألف دينار لكل أسرة.", "50", None),
    ("وبلغ سعر الصرف الرسمي 1310 دنانير للدولار.", "1310", "exchange-rate"),
    # those of the injured who died since are neither the injured nor the toll
    ("وارتفع عدد الضحايا إلى 57 شخصا بعد وفاة أربعة مصابين.", "أربعة", None),
    # a race's length is no distance from the event
    ("وفاز بالشوط الرئيسي لمسافة 1600 متر.", "1600", None),
    ("وقطع الحصان مسافة 2000 متر في دقيقتين.", "2000", None),
    ("ووقع الحادث على مسافة 40 كيلومترا من المدينة.", "40", "distance"),
    # rescue teams and machines count no one
    ("وشاركت في عمليات الإنقاذ 6 فرق إنقاذ و7 معدات ثقيلة.", "6", None),
    ("وشاركت في عمليات الإنقاذ 6 فرق إنقاذ و7 معدات ثقيلة.", "7", None),
    # a head noun names what nothing else does
    ("وبلغ معدل البطالة 7.1% في الربع الأخير.", "7.1", "معدل:بطاله"),
    ("وبلغ منسوب المياه 3 أمتار.", "3", "منسوب:مياه"),
    # «إصابة» with a disease in its clause is an infection, not an injury
    ("وسجلت وزارة الصحة 1200 إصابة بالكوليرا.", "1200", "cases"),
    # the dead buried so far are not the toll
    ("وقالت السلطات إنها دفنت 290 ضحية حتى الآن.", "290", "buried"),
    # «قضى» is died: the figure after it, not the rescued before it
    ("وحاصر الانهيار 27 عاملا، أنقذ منهم 19 أحياء فيما قضى 8.", "8", "dead"),
    # bodies recovered are not the death toll
    ("وانتشلت فرق الإنقاذ 95 جثة من موقع التحطم.", "95", "bodies"),
    ("وارتفع عدد الإصابات بالفيروس إلى 340 إصابة.", "340", "cases"),
    ("وأصيب 30 شخصا بجروح في الحادث.", "30", "injured"),
    # a percentage «من» something is a share of it, not a change
    ("ويقدر العجز بنسبة 5.1% من الناتج المحلي الإجمالي.", "5.1", None),
    ("وارتفعت النفقات بنسبة 12% إلى 1,64 مليار دينار.", "12", "percent-change"),
    # cases of a disease, and the deaths after them are the next figure's, not theirs
    ("ارتفاع حصيلة الكوليرا إلى 1236 حالة و14 وفاة.", "1236", "cases"),
    ("ارتفاع حصيلة الكوليرا إلى 1236 حالة و14 وفاة.", "14", "dead"),
    # money per unit of a good is that unit's price
    ("وحددت الحكومة سعر التوريد بسعر 1500 جنيه للأردب.", "1500", "سعر:اردب"),
    # a special ticket is another kind of ticket than the entry ticket
    ("وتنطلق الجولات الليلية مطلع يونيو، بسعر تذكرة خاص يبلغ 5 آلاف دينار.", "5 آلاف",
     "سعر:تذكره:خاص"),
    ("مع تحديد سعر تذكرة الدخول بـ3 آلاف دينار للعراقيين.", "3 آلاف", "سعر:تذكره"),
    # a tier is another kind: the gold package's price is not the silver one's
    ("فيما يصبح سعر الباقة الفضية 35 ألف دينار.", "35", "سعر:باقه:فضيه"),
    ("أي نحو 10 آلاف جنيه للطن.", "نحو 10", "سعر:طن"),
    ("وخصصت الحكومة 5 ملايين دولار للمتضررين.", "5", None),
    # a sum of millions is an amount, never an exchange rate
    ("وقدّر الرئيس التنفيذي للشركة الخسائر المباشرة بنحو 8 ملايين دينار (نحو 11,3 مليون دولار).",
     "نحو 8", None),
    # ambulances carry the injured; they do not count them
    ("فيما دفعت مديرية الصحة بـ35 سيارة إسعاف لنقل المصابين.", "35", None),
    # survivors are neither the dead nor the bodies beside them
    ("وبلغت الحصيلة 128 ناجيا و34 جثة منتشلة.", "128", "survivors"),
    # who runs them makes another count than all of them
    ("ليرتفع عدد الجامعات الأهلية إلى 24 جامعة.", "24", "عدد:جامعات:اهليه"),
    ("ليرتفع عدد الجامعات إلى 36 جامعة.", "36", "عدد:جامعات"),
    # one move of a rate, and the sum of a year's moves, which is none of them
    ("ورفع البنك الفائدة 75 نقطة أساس.", "75", "rate-change"),
    # «راح ضحيته»: those it killed
    ("وكان حادث مماثل عام 2019 قد راح ضحيته 14 راكباً.", "14", "dead"),
    ("ورفع البنك الفائدة هذا العام أربع مرات بإجمالي 275 نقطة أساس.", "275", None),
])
def test_what_a_figure_measures(text, figure, measure):
    assert frame_of(text, figure).measure == measure


@pytest.mark.parametrize("text, figure, subject", [
    ("وتوفي ما لا يقل عن 323 حاجا مصريا خلال الموسم.", "ما لا يقل", "مصر"),
    ("وتشمل الحصيلة 658 مصريا، و60 أردنيا.", "60", "الأردن"),
    ("وبلغ عدد الحجاج التونسيين الذين لقوا حتفهم 49 حاجا.", "49", "تونس"),
    ("وتوفي 600 حاج مصري في السعودية.", "600", "مصر"),  # whose, not where they died
    ("وأعلنت وزارة الصحة السورية مقتل 300 شخص.", "300", None),  # a body's adjective is where
])
def test_whose_figure_it_is(text, figure, subject):
    assert frame_of(text, figure).subject == subject


@pytest.mark.parametrize("text, figure, site", [
    ("وسجلت 290 وفاة بإقليم الحوز.", "290", "اقليم:حوز"),
    ("وقتل 30 شخصا في محافظة حلب.", "30", "محافظه:حلب"),
    ("وكانت قاعدة عين الأسد التي تضم 1500 عسكري قد تعرضت لقصف.", "1500", "قاعده:عين"),
    ("وارتفع عدد القتلى في المحافظة إلى 11 قتيلا.", "11", None),  # no name: no unit
    ("يقع المركز على بعد 320 كلم جنوب العاصمة الرباط.", "320", "from:رباط"),
    # a town's own distance is not the event's
    ("وقال أحد سكان المدينة الواقعة على بعد 200 كلم غرب القاهرة.", "200", "from:قاهره:مدينه"),
    # … nor the distance of what the verb «تبعد» is said of
    ("إذ لا تبعد جزيرة لامبيدوزا عنها سوى نحو 150 كيلومترا.", "نحو 150", "of:جزيره"),
    ("وانقلب المركب على بعد نحو 8 أميال بحرية.", "نحو 8", None),
    # core inflation is another series than the headline rate
    ("وارتفع المعدل السنوي للتضخم الأساسي إلى 12.9% في أكتوبر.", "12.9", "kind:اساسي"),
    ("وارتفع المعدل السنوي للتضخم العام إلى 13.4% في أكتوبر.", "13.4", None),
])
def test_where_inside_the_country(text, figure, site):
    assert frame_of(text, figure).site == site


@pytest.mark.parametrize("text, figure, site", [
    # a level read in a town the tables do not know: the word between «في» and the figure
    ("وانخفضت الحرارة في إسطنبول إلى 4 درجات تحت الصفر.", "4", "في:اسطنبول"),
    # «حيث» opens a clause about the place the clause before it named
    # a month is when, a definite noun names no town, a tally's town is not read this way
    ("وارتفعت الحرارة في يوليو إلى 48 درجة.", "48", None),
    ("وانخفضت الحرارة في المدينة إلى 4 درجات.", "4", None),
    # a named measure's town is the one word before the figure: «مكة المكرمة» is one name
    ("حيث بلغت الحرارة في مكة المكرمة 51.8 درجة مئوية في الظل.", "51.8", None),
    # a head noun's segment of a market may take a few words
    ("وتبلغ الحصة السوقية للشركة في سوق الإنترنت الثابت 36%.", "36", "في:سوق"),
    # a session says when, not where
    ("وبلغت قيمة التداولات في جلسة الأحد 11.8 مليار ريال.", "11.8", None),
])
def test_a_level_is_the_towns_it_is_read_in(text, figure, site):
    assert frame_of(text, figure).site == site


def test_a_facility_that_is_the_sentences_subject_holds_its_figures():
    # «تخطى مطار محمد الخامس …»: the airport's own passengers and growth, not the country's
    text = ("تخطى مطار محمد الخامس الدولي عتبة عشرة ملايين مسافر، باستقباله 10,2 مليون مسافر، "
            "بارتفاع نسبته 14 في المائة مقارنة بسنة 2023.")
    assert frame_of(text, "14").site == "مطار:محمد"
    # a facility further into the sentence, with no preposition, is not its subject
    assert frame_of("وقال مدير مستشفى الشفاء إن 50 جريحا وصلوا.", "50").site is None


def test_a_percentage_change_after_a_figure_is_that_figures_change():
    # passengers, cargo and flights each grew by their own percentage
    text = ("وبلغ عدد المسافرين 29,1 مليون مسافر، بارتفاع 19,8 في المائة، فيما بلغ الشحن "
            "101.300 طن، بنمو 5 في المائة، وبلغ عدد الرحلات 241.600 رحلة، بارتفاع 12,9 في المائة.")
    assert [frame_of(text, f).site for f in ("19,8", "5 ", "12,9")] == [
        "of:مسافر", "of:طن", "of:رحله"]
    # a noun no table lists, right after the figure, names what it counts
    assert frame_of("يتوقع محصول حبوب عند 31,2 مليون قنطار بتراجع 43%.", "43").site == "of:قنطار"
    # a share said of the same figure between them is skipped
    deficit = ("بلغ المعدل 151 ملم، مقابل 296 ملم في سنة عادية، أي بعجز يناهز 49 في المائة، "
               "وبانخفاض بنسبة 15 في المائة مقارنة بالموسم الماضي.")
    assert frame_of(deficit, "15 في").site == "of:ملم"


def test_a_change_after_bnisba_still_qualifies_the_figure_before_it():
    text = "وارتفع عدد المقترضين إلى 21640 مقترضا في 2024، بنسبة نمو بلغت 12.9 بالمئة."
    assert frame_of(text, "12.9").site == "of:مقترض"


def test_a_change_in_a_clause_of_its_own_keeps_its_frame():
    # «انتهى باتفاق منحهم زيادة بنسبة 10%» is not the strike's 18 days' change
    text = "وخاضوا في عام 2022 إضرابا استمر 18 يوما، انتهى باتفاق منحهم زيادة بنسبة 10% في الرواتب."
    assert frame_of(text, "10").site is None
    assert frame_of("وارتفعت أسعار الأعلاف بأكثر من 30 في المائة.", "أكثر").site is None


def test_where_opens_a_clause_about_the_place_named_before_it():
    # «حيث» opens a clause about the place the clause before it named
    text = "وتوفيت امرأة في ولاية أرضروم، حيث انخفضت درجة الحرارة إلى 24 درجة تحت الصفر."
    assert frame_of(text, "24").site.endswith(":ارضروم")


def test_a_temperature_below_zero_is_negative():
    value = frame_of("وانخفضت الحرارة إلى 24 درجة تحت الصفر.", "24").value
    assert (value.min, value.max) == (-24, -24)
    forecast = frame_of("وقد تنخفض الحرارة إلى ما بين 3 و5 درجات تحت الصفر.", "ما بين").value
    assert (forecast.min, forecast.max) == (-5, -3)
    assert frame_of("وارتفعت الحرارة إلى 24 درجة.", "24").value.min == 24


def test_a_bound_below_zero_either_way_is_colder():
    # «ما دون 15 درجة تحت الصفر» and «أكثر من 15 درجة تحت الصفر»: both below −15, so −18 fits
    for text, figure in (("ودرجات حرارة تنخفض ليلا إلى ما دون 15 درجة تحت الصفر.", "ما دون 15"),
                         ("وتنخفض الحرارة ليلا إلى أكثر من 15 درجة تحت الصفر.", "أكثر من 15")):
        value = frame_of(text, figure).value
        assert (value.min, value.max) == (None, -15)


def test_a_unit_that_records_the_figure_is_where_it_is():
    # «وسجلت ولاية سنار 18 حالة وفاة»: the state's own toll, not the country's
    assert frame_of("وسجلت ولاية سنار 18 حالة وفاة منذ بدء الأمطار.", "18").site.endswith(":سنار")


@pytest.mark.parametrize("text, figure, role", [
    ("وسجلت 58 حالة وفاة إضافية خلال اليوم.", "58", "increment"),
    ("وترتفع الحرارة بنسبة 0.4 درجة كل عقد.", "0.4", "rate"),
    ("ويتوفى بين 30 و45 حاجا سنويا.", "بين", "rate"),
    ("ومن المتوقع أن يصل عدد القتلى إلى 3000 قتيل.", "3000", "forecast"),
    ("وقد يرتفع عدد القتلى إلى 3000 قتيل.", "3000", "forecast"),
    # a forecast verb governs its whole clause, however far the figure
    ("ويتوقع البنك أن يبلغ التضخم ذروته في أيار/مايو الجاري عند نحو 75%.", "نحو 75", "forecast"),
    # what analysts judged likely, a target, a horizon: none is a reading
    ("إذ رجّح اقتصاديون أن يستقر التضخم عند 5.8% خلال الشهر.", "5.8", "forecast"),
    ("لكن الهدف هو النزول إلى ما دون 200 وفاة بحلول 2030.", "ما دون 200", "forecast"),
    ("وتسعى الحكومة إلى تركيب 15 ألف ميغاواط من الطاقات المتجددة.", "15 ألف", "forecast"),
    ("ويستهدف البنك، وفق محافظه، إعادة التضخم إلى مستوى 5 في المائة على المدى المتوسط.",
     "5 في", "forecast"),
    # a figure joined by «و» to a forecast is forecast by the same verb …
    ("مع توقع أن تلامس درجات الحرارة 51 درجة مئوية في البصرة و49 درجة في بغداد.", "49",
     "forecast"),
    # … and one joined to a reading is a reading
    ("وسجلت درجات الحرارة 51 درجة مئوية في البصرة و49 درجة في بغداد.", "49", None),
    # a goal scored is no target
    ("وسجل اللاعب 17 هدفا في الدوري و22 هدفا في جميع المسابقات.", "22", None),
    ("وحصل المرشح الأول على 54% من الأصوات.", "54", None),  # a candidate, not "likely"
    ("وفاز الحزب بـ 120 مقعدا من أصل 300 مقعد.", "300", "whole"),
    # «قد» + past is no forecast: it happened; after «كان» it is what had been said before
    ("وكانت الوزارة قد أعلنت مقتل 300 شخص.", "300", "earlier"),
    ("وقد أعلنت الوزارة مقتل 300 شخص.", "300", None),
    # … and a past verb of the forms that open with «ت», or «تم», is no imperfect
    ("وقد تم تسجيل 40 إصابة بالكوليرا.", "40", None),
    ("فقد تمكنت الفرق من إنقاذ 30 شخصا.", "30", None),
    ("وحسب المعطيات الرسمية، فقد تورطت في الحادث 34 مركبة.", "34", None),
    ("وقد تصل الحصيلة إلى 300 قتيل.", "300", "forecast"),
    ("ليصل إلى 46 جنيها مقابل 32 جنيها يوم الثلاثاء.", "32", "previous"),
    ("وتم دفن 2944 منهم.", "2944", "part"),
    ("وقتل 40 شخصا بينهم 12 طفلا.", "12", "part"),
    # every item of a list of parts, and a part of the whole named after «من بين»
    ("قتل 40 شخصا بينهم 12 طفلا و8 نساء في قصف.", "8", "part"),
    ("وقال مسؤول إن من بين القتلى 15 طفلا و10 نساء و18 رجلا.", "18", "part"),
    ("قتل 40 شخصا و30 جريحا في القصف.", "30", None),
    # what one side asks for or offers is not what was agreed
    ("بدأ العمال إضرابا للمطالبة بزيادة الأجور بنسبة 15%.", "15", "demand"),
    ("وعرضت الإدارة زيادة بنسبة 7% الأسبوع الماضي.", "7", "offer"),
    # … however long the name of the side asking, up to the change it asks for
    ("وتطالب النقابة المستقلة لأطقم الضيافة الجوية بزيادة الأجور الأساسية بنسبة 12%.", "12",
     "demand"),
    ("وانتهى الإضراب باتفاق على زيادة الأجور بنسبة 10%.", "10", None),
    # «قد» and an imperfect verb read as the figure's own qualifier: a forecast still
    ("وتشهد الولايات درجات حرارة قد تتجاوز 45 درجة خلال نهاية الأسبوع.", "تتجاوز 45", "forecast"),
    # a whole distributed over its parts
    ("ويتوزع الضحايا بين 27 ليبيا و6 أتراك و3 مصريين.", "27", "part"),
    # by how much a level a head noun names moved, not the level
    ("بعد أن رفعت الحكومة سعر لتر البنزين بمقدار 125 مليما إلى 2,650 دينار.", "125", "change"),
    # a difference from something else
    ("ويظل سعر البنزين أقل بنحو 40 في المائة من نظيره في المغرب.", "نحو 40", "comparison"),
    # the level a rise or a fall started from is not where it stands
    ("وقفزت كلفة المشروع من 120 مليار دينار إلى 162 مليار دينار.", "120", "previous"),
    ("وقفزت كلفة المشروع من 120 مليار دينار إلى 162 مليار دينار.", "162", None),
    ("وتتراوح الكلفة من 120 مليار دينار إلى 162 مليار دينار.", "120", None),
    # a property's extreme is not the event's own value
    ("وانهار النفق على عمق 380 مترا في المنجم الذي يبلغ أقصى عمق لأنفاقه 520 مترا.", "520",
     "extreme"),
    ("وانهار النفق على عمق 380 مترا في المنجم الذي يبلغ أقصى عمق لأنفاقه 520 مترا.", "380",
     None),
    # the minutes and seconds of a clock time are no durations of their own
    ("وفاز العداء بزمن قدره ساعتان و8 دقائق و47 ثانية.", "8", "component"),
    ("وفاز العداء بزمن قدره ساعتان و8 دقائق و47 ثانية.", "47", "component"),
    ("واستمر الاجتماع 45 دقيقة.", "45", None),
    # the article's own two levels restated as a change
    ("وارتفع عدد السياح إلى 11 مليونا مقابل 10 ملايين، أي بارتفاع بنسبة 10%.", "10%",
     "restated"),
    # some of a running tally: discharged, or dead on the spot
    ("وأوضحت الوزارة أن 61 مصابا غادروا المستشفيات بعد تلقي العلاج.", "61", "part"),
    ("وقد غادر 70 جريحا المستشفيات بعد تلقيهم الإسعافات اللازمة.", "70", "part"),
    # those still being treated
    ("وما يزال يتلقى 26 جريحا العلاج في مستشفى خراطة.", "26", "part"),
    ("وتم إجلاء 400 نزيل، فيما نقل 20 مصابا إلى مستشفى سهلول.", "20", "part"),
    # those one named hospital received are some of the injured
    ("وزار الوزير مستشفى الجامعة بالعاصمة، الذي استقبل 12 مصاباً، للاطمئنان عليهم.", "12",
     "part"),
    ("وتشير الحصيلة إلى أن 9 أشخاص توفوا على عين المكان.", "9", "part"),
    # some of the injured, the dead or the missing: «من» + the tally's noun
    ("وارتفعت الحصيلة إلى 11 قتيلا بعد وفاة اثنين من المصابين متأثرين بجروحهما.", "اثنين",
     "part"),
    # after a distribution verb and «على», each hospital's share of the whole
    ("وتوزع المصابون الـ74 على ثلاثة مستشفيات، إذ استقبل المستشفى الجامعي 39 مصابا، ومستشفى "
     "البير 22 مصابا.", "39", "part"),
    # the whole, then «هم» and its parts, in digits or in words
    ("والضحايا الستة هم ثلاثة أطفال وامرأتان ورجلان.", "ثلاثة", "part"),
    # «كان … قد»: what had been, before the news
    ("وكانت موجة العام الماضي قد أودت بحياة 11 شخصا في عدن.", "11", "earlier"),
    ("وكان عدد المقترضين الجدد قد بلغ 19870 في 2023، قبل أن يرتفع إلى 21640.", "19870",
     "earlier"),
    ("وقال المتحدث إن الضحايا هم 13 مريضا و3 من المرافقين وممرضة.", "13", "part"),
    # a market quote moves by the minute
    ("وصعد خام برنت إلى 66.5 دولارا للبرميل.", "66.5", "quote"),
    ("وحددت الحكومة سعر التوريد بسعر 1500 جنيه للأردب.", "1500", None),
    # an earlier update the article recalls is not its latest count
    ("وكانت السلطات قد أعلنت في حصيلة سابقة انتشال 34 جثة مساء يوم الغرق.", "34", "earlier"),
    ("وكانت حصيلة أعلنت السبت قد تحدثت عن 89 جثة و27 مفقودا.", "27", "earlier"),
    ("وارتفع عدد الضحايا بعدما كانت الحصيلة الأولية 4 وفيات، لترتفع إلى 5 وفيات.", "4",
     "earlier"),
    ("وقال الرئيس السابق إن 50 شخصا قتلوا في القصف.", "50", None),
    # a whole year's count, recalled beside the news
    ("ويأتي الإعلان بعد أن سجل العراق خلال عام 2024 كاملاً 1540 إصابة بالحصبة.", "1540",
     "earlier"),
    ("وسجلت الوزارة منذ بداية الشهر 1126 إصابة بالحصبة.", "1126", None),
    # «وكان … في يوليو 2024 قد»: another occasion's figure, not the story's
    ("وكان حريق مماثل في يوليو 2024 قد أتى على 1250 هكتاراً من الغابات.", "1250", "earlier"),
    ("وأتى الحريق منذ اندلاعه على 1250 هكتاراً من الغابات.", "1250", None),
    ("ارتفعت الحصيلة السابقة البالغة 40 قتيلا إلى 55 قتيلا.", "55", None),
    # last year's count, and the one joined to it by «و», recalled beside the news
    ("إذ سجلت الولاية العام الماضي نحو 2400 إصابة و15 وفاة.", "15", "earlier"),
    ("وشهدت البلاد الموسم الماضي 640 إصابة.", "640", "earlier"),
    # … not a count since then
    ("وارتفع عدد الإصابات منذ العام الماضي إلى 920 إصابة.", "920", None),
    # the people a vessel carried besides its crew are not everyone aboard
    ("وكان اليخت يقل 38 سائحا أجنبيا ومصريا إلى جانب طاقمه.", "38", "part"),
    ("وكان اليخت يقل 47 شخصا حين انقلب.", "47", None),
    # the whole some of whom left hospital is no part: the verb's own figure follows it
    ("وأوضحت المحافظة أن إجمالي المصابين بلغ 14 مصابا غادر 6 منهم المستشفى.", "14", None),
    # the figure of the period compared with
    ("وبلغت حالات العض 52 ألف حالة، فيما لم تتجاوز الوفيات في الفترة المقارنة 20 حالة.", "20",
     "earlier"),
    # a first count the sentence says was raised after it
    ("وأسفر الانهيار، في حصيلة أولية، عن مصرع 3 عمال، قبل أن ترتفع الحصيلة مساء اليوم إلى 5 "
     "وفيات.", "3", "earlier"),
    ("وأسفر الانهيار، في حصيلة أولية، عن مصرع 3 عمال، قبل أن ترتفع الحصيلة مساء اليوم إلى 5 "
     "وفيات.", "5", None),
    # a possibility is no reading either
    ("مع احتمال أن تتدنى درجات الحرارة إلى 10 درجات تحت الصفر ليل الثلاثاء.", "10", "forecast"),
    # the hospitals' list after «18 منهم» goes on with parts of the injured, not the tally
    ("وبلغ عدد المصابين 34 جريحاً، يرقد 18 منهم في مستشفى المدينة و11 في مستشفى الحمزة و8 في "
     "مستشفى عفك.", "8", "part"),
    ("وبلغ عدد المصابين 34 جريحاً، يرقد 18 منهم في مستشفى المدينة و11 في مستشفى الحمزة و8 في "
     "مستشفى عفك.", "34", None),
    # the level a rate moved from, said after the one it moved to
    ("وأعلن البنك أن التضخم الأساسي ارتفع إلى 11.2% في يناير من 10.9% في ديسمبر.", "10.9",
     "previous"),
    ("وأعلن البنك أن التضخم الأساسي ارتفع إلى 11.2% في يناير من 10.9% في ديسمبر.", "11.2", None),
    # the items joined to the first after «بينهم» are parts too, not the tally
    ("وبلغ عدد الجرحى 13 شخصاً، بينهم 4 حالات حرجة و7 إصابات متوسطة وطفيفة.", "7", "part"),
    # a race's length covered «بعد أن», whatever that says of a series
    ("وفاز المحمل بعد أن قطع مسافة 22 ميلاً بحرياً في ساعتين و51 دقيقة.", "22", None),
    # a level the sentence then says rose is the earlier one («ثم ارتفعت إلى»), a head
    # noun's level too («قبل أن ترتفع إلى»)
    ("وكانت نسبة الاقتراع عند السابعة مساءً 25.6%، ثم ارتفعت إلى 32.1% عند إغلاق الصناديق.",
     "25.6", "earlier"),
    ("وأوضحت الوزارة أن تقديراتها الأولية لكلفة الزيادة بلغت 7.1 تريليون دينار، قبل أن ترتفع "
     "إلى 9.6 تريليون دينار بعد إضافة المتقاعدين.", "7.1", "earlier"),
    # a result is no earlier level, whatever «بعد أن» says
    ("بعد أن حصلت قائمته العامة على أكثر من 312 ألف صوت.", "أكثر من 312", None),
    # where a rate stood before what the sentence reports
    ("وقال إن مصر قطعت شوطا كبيرا في كبح الأسعار بعد أن تجاوز التضخم فيها 30 بالمائة.", "30",
     "previous"),
])
def test_what_kind_of_figure_it_is(text, figure, role):
    assert frame_of(text, figure).role == role


@pytest.mark.parametrize("text, figure, as_of", [
    ("وإلى حدود الساعة العاشرة من صباح اليوم، بلغ عدد الوفيات 820 حالة وفاة.", "820",
     "today 10:00"),
    ("وبلغ عدد الوفيات 1037 وفاة، وذلك إلى حدود الساعة العاشرة من صباح اليوم.", "1037",
     "today 10:00"),
    ("وحتى الساعة السابعة من مساء أمس، بلغ عدد القتلى 2946 قتيلا.", "2946", "yesterday 19:00"),
    ("وبلغ عدد القتلى 2946 قتيلا.", "2946", None),
])
def test_the_moment_a_running_total_is_given_for(text, figure, as_of):
    assert frame_of(text, figure).as_of == as_of


def test_an_outlets_nationality_is_not_where_the_figure_is():
    claim = frame_of("وبلغ عدد القتلى 1000 قتيل بحسب وكالة الصحافة الفرنسية.", "1000")
    assert "فرنسا" not in claim.places


def test_the_latest_event_keeps_its_occasion_in_the_next_sentence():
    text = ("وضرب زلزال جديد بقوة 4.5 درجة المنطقة. وأفاد المرصد بأن الزلزال الأخير وقع على "
            "عمق 10 كيلومترات.")
    assert frame_of(text, "4.5").occasion == "another"
    assert frame_of(text, "10").occasion == "another"


def test_a_breakdown_by_nationality_counts_what_its_total_counts():
    text = "وبلغ عدد الوفيات 1081 حالة وفاة، ويشمل العدد 658 مصريا، و165 إندونيسيا."
    assert frame_of(text, "658").measure == "dead"
    assert frame_of(text, "165").measure == "dead"
    assert frame_of(text, "165").subject == "إندونيسيا"


def test_a_similar_incident_elsewhere_is_another_event():
    text = "وتتكرر حوادث انفجار أسطوانات الغاز، إذ قتل ثلاثة أشخاص في حادث مماثل بمدينة إربد."
    assert frame_of(text, "ثلاثة").occasion == "another"


def test_a_second_event_the_sentence_dates_long_ago_is_that_days():
    # a recalled pileup of 2024 is not the separate crash another outlet reports this week
    text = ("ويعيد الحادث إلى الأذهان التصادم المتسلسل الذي شهده الطريق ذاته في 22 كانون الأول "
            "2024، حين اصطدمت 22 مركبة وقتل خمسة أشخاص في ظروف ضباب مماثلة.\n"
            "وفي حادث منفصل وقع في اليوم ذاته، لقي ثلاثة أشخاص مصرعهم.")
    article = Article(id="a", path="a.txt", text=text + "\n", title="", published="2026-01-13")
    claims = {c.text: c for c in extract_article(article).claims if c.kind == "quantity"}
    assert claims["خمسة أشخاص"].occasion == "2024-12-22"
    assert claims["ثلاثة أشخاص"].occasion == "another"


def test_a_figure_with_a_noun_of_its_own_breaks_down_no_tally():
    # the bus carried 17 Iranian pilgrims: not 17 injured, though the toll came just before
    text = ("وأعلن القنصل أن 3 زوار إيرانيين لقوا حتفهم وأصيب 14 آخرون في الحادث.\n"
            "وقال القنصل إن «الحافلة كانت تقل 17 زائرا إيرانيا إلى جانب زوار باكستانيين».")
    # … and, beside the Pakistani pilgrims, only some of those aboard
    seventeen = frame_of(text, "17")
    assert (seventeen.measure, seventeen.role) == (None, "part")
    assert frame_of(text, "14").measure == "injured"


@pytest.mark.parametrize("text, figure, unit", [
    # a figure with a noun of its own counts that noun, known to the lexicon or not
    ("طالبوا بزيادة 15%، وقالت النقابة إن نحو 8 آلاف عامل شاركوا.", "نحو 8", "عامل"),
    ("طالبوا بزيادة 15%، وقالت النقابة إن نحو 8 آلاف مهندس شاركوا.", "نحو 8", None),
    ("وقدرت الخسائر بنحو 20 مليون دولار، فيما تنتظر 40 مركبة عند المعبر.", "40", "مركبه"),
    # with none, it counts what the figure before it counted
    ("وتنشر الولايات المتحدة 2500 جندي في العراق، ونحو 900 في سوريا.", "نحو 900", "جندي"),
    ("وتوفي 323 حاجا مصريا، و60 أردنيا.", "60", "حاج"),
])
def test_what_a_figure_counts(text, figure, unit):
    assert frame_of(text, figure).unit == unit


def test_the_place_after_a_figure_leaves_the_full_stop_out():
    assert frame_of("وشارك 5 آلاف عامل في الإضراب.", "5").place == "اضراب"


@pytest.mark.parametrize("text, figure, measure", [
    # a percentage after «إلى» is the level reached, not the size of the move
    ("ارتفع معدل البطالة في البلاد إلى 9.2% في الربع الثالث.", "9.2", "معدل:بطاله"),
    ("قال الجهاز إن البطالة ارتفعت بنسبة 4.5% في الربع الثالث.", "4.5", "percent-change"),
    # the peak it fell from is a level too
    ("وبذلك يكون التضخم قد فقد خمس نقاط منذ ذروته البالغة 10,4 بالمائة في فيفري 2023.", "10,4",
     "inflation"),
])
def test_a_level_reached_is_not_a_change(text, figure, measure):
    assert frame_of(text, figure).measure == measure


def test_a_level_of_another_period_says_which():
    text = ("ارتفع معدل البطالة إلى 9.2% في الربع الثالث من 8.8% في الربع الثاني، وكان معدل "
            "البطالة قد بلغ 7.9% قبل خمس سنوات.")
    article = Article(id="a", path="a.txt", text=text + "\n", title="", published="2025-11-03")
    occasions = {c.text: c.occasion for c in extract_article(article).claims if c.kind == "quantity"}
    assert occasions["9.2%"] == "Q3" and occasions["7.9%"] == "2020"


@pytest.mark.parametrize("text, published, figure, occasion", [
    # a figure in a sentence that dates its event months before the article is that event's
    ("ويعيد الحادث إلى الأذهان انهيار عقار يوم الثلاثاء 8 مارس 2022، والذي أودى بحياة 5 أشخاص.",
     "2024-10-15", "5 أشخاص", "Tuesday 2022-03-08"),
    ("وكان المدرسون قد خاضوا في عام 2022 إضرابا استمر 18 يوما، انتهى باتفاق منحهم زيادة بنسبة 10%.",
     "2024-03-07", "10%", "2022"),
    # «منذ آذار، حين …»: the clause after «حين» is about the time «منذ» named
    ("وتعد هذه أول زيادة منذ آذار/مارس، حين رفع البنك الفائدة 500 نقطة أساس إلى 50%.",
     "2024-05-24", "500 نقطة أساس", "--03"),
    # the story's own days, weeks before the article, stay the story's
    ("بلغت الكميات الموردة منذ انطلاق الموسم في 15 أبريل 2023 نحو 2,6 مليون طن.",
     "2023-05-26", "2,6 مليون طن", None),
    ("وقع الزلزال في 8 سبتمبر 2023 وأودى بحياة 2960 شخصا.", "2023-09-20", "2960", None),
    # a move named by its month («زيادة مارس») is that month's, not today's
    ("وتعد هذه الزيادة الثالثة منذ بداية العام، بعد رفع يناير بمقدار 250 نقطة أساس إلى 45%، "
     "وزيادة مارس البالغة 500 نقطة أساس إلى 50%.", "2024-05-24", "500", "--03"),
])
def test_a_figure_of_an_earlier_event_says_which(text, published, figure, occasion):
    article = Article(id="a", path="a.txt", text=text + "\n", title="", published=published)
    [claim] = [c for c in extract_article(article).claims if c.kind == "quantity" and figure in c.text]
    assert claim.occasion == occasion


def test_a_period_after_another_figure_is_that_figures():
    text = "أعلنت الوزارة النتائج، إذ ارتفعت نسبة النجاح إلى 63,4 % مقارنة بـ58,9 % العام الماضي."
    article = Article(id="a", path="a.txt", text=text + "\n", title="", published="2024-08-01")
    occasions = {c.text: c.occasion for c in extract_article(article).claims if c.kind == "quantity"}
    assert occasions["63,4 %"] is None and occasions["58,9 %"] == "2023"


def test_a_count_for_a_numbered_week_is_that_weeks():
    text = ("وسجل الأسبوع الرابع عودة 8260 لاجئا، بارتفاع نسبته 11,2 % عن الأسبوع الثالث الذي شهد "
            "عودة 7430 لاجئا.")
    article = Article(id="a", path="a.txt", text=text + "\n", title="", published="2025-08-04")
    occasions = {c.text: c.occasion for c in extract_article(article).claims if c.kind == "quantity"}
    assert occasions["8260 لاجئا"] == "الاسبوع 4" and occasions["7430 لاجئا"] == "الاسبوع 3"


def test_a_stretch_said_as_its_own_or_the_last_is_numbered_too():
    text = ("وقالت النقابة إن الإضراب في يومه الثالث شهد مشاركة 89 في المئة.\nوبلغت نسبة المشاركة "
            "في اليوم الأخير 91%.")
    article = Article(id="a", path="a.txt", text=text + "\n", title="", published="2025-11-14")
    occasions = {c.text: c.occasion for c in extract_article(article).claims if c.kind == "quantity"}
    assert occasions["89 في المئة"] == "اليوم 3" and occasions["91%"] == "اليوم last"


def test_a_numbered_week_named_after_the_figure_is_its_week():
    text = ("وعاد 7430 لاجئا خلال الأسبوع الثالث وحده، مقارنة بـ6150 في الأسبوع الثاني، و4820 في "
            "الأسبوع الأول.")
    article = Article(id="a", path="a.txt", text=text + "\n", title="", published="2025-08-04")
    occasions = {c.text: c.occasion for c in extract_article(article).claims if c.kind == "quantity"}
    assert occasions["7430 لاجئا"] == "الاسبوع 3"
    assert occasions["6150"] == "الاسبوع 2" and occasions["4820"] == "الاسبوع 1"


@pytest.mark.parametrize("text, figure, occasion", [
    # since the start of a period, not the day or the week
    ("ومنذ بداية العام، بات المؤشر منخفضا بنسبة 1.4%.", "1.4", "since-start:العام"),
    # at the session's low, not its close
    ("وتتسع خسائره ليفقد أكثر من 5% في أدنى مستوياته عند 11430 نقطة.", "أكثر", "at-low"),
    # a gain over two sessions and one over three are two stretches' gains
    ("محققا مكاسب تراكمية بنسبة 3.8% في جلستين منذ إعلان النتائج.", "3.8", "over:جلستين"),
    ("ودفعت النتائج السهم إلى الارتفاع بنحو 5.6% في الجلسات الثلاث التي تلت.", "نحو 5.6",
     "over:الجلسات 3"),
    # a rise over two years is no one year's change
    ("تكاليف الصيانة التي ارتفعت بأكثر من 50% خلال عامين.", "أكثر", "over:عامين"),
    # the week's close, not the session's
    ("وارتفعت القيمة السوقية للأسهم بنهاية الأسبوع إلى 10.31 تريليون ريال.", "10.31",
     "end:الاسبوع"),
    # a tally since the start of the year is the running tally itself
    ("وارتفع عدد القتلى منذ بداية العام إلى 300 قتيل.", "300", None),
])
def test_a_change_for_another_stretch_of_time(text, figure, occasion):
    assert frame_of(text, figure).occasion == occasion


def test_the_top_movers_change_is_a_comparison():
    text = "وكانت الأسهم القيادية الأكثر تراجعا على أساس أسبوعي بنسبة 3.9%."
    assert frame_of(text, "3.9").role == "comparison"


def test_a_distance_from_the_events_own_site_locates_something_else():
    text = "وانتشلت الفرق جثة على بعد نحو 9 كيلومترات من موقع الانهيار."
    assert frame_of(text, "نحو 9").site == "from:event-site"
    # from a town it is a fact about the event
    assert frame_of("ووقع الزلزال على بعد 72 كيلومترا من مراكش.", "72").site == "from:مراكش"



@pytest.mark.parametrize("text, published, figure, occasion", [
    # a year written alone right after a figure is the figure's: last year's toll compared
    ("قال إن 276 شخصا لقوا حتفهم خلال 2025، مقارنة بـ310 وفيات في 2024.", "2026-01-13",
     "310", "2024"),
    ("قال إن 276 شخصا لقوا حتفهم خلال 2025، مقارنة بـ310 وفيات في 2024.", "2026-01-13",
     "276", None),  # this year's, the story's own
    # a date that is another figure's own dates only that figure
    ("تراجعت الفائدة إلى 8.35 بالمئة، مقارنة بـ8.90 بالمئة في نهاية 2023، في أعقاب خفض سعر "
     "الفائدة الرئيسي بما مجموعه 100 نقطة أساس.", "2025-02-11", "100", None),
])
def test_a_figures_own_year_says_which_event_it_is(text, published, figure, occasion):
    article = Article(id="a", path="a.txt", text=text + "\n", title="", published=published)
    claims = [c for c in extract_article(article).claims
              if c.kind == "quantity" and c.text.startswith(figure)]
    assert [c.occasion for c in claims] == [occasion]


def test_last_years_toll_in_the_same_sentence_is_no_self_contradiction(tmp_path):
    (tmp_path / "a.txt").write_text(
        "---\npublished: 2026-01-13\n---\nتقرير السلامة المرورية\nوقالت الوزارة إن 276 شخصا "
        "لقوا حتفهم في حوادث مرورية خلال 2025، مقارنة بـ310 وفيات في 2024.\n", encoding="utf-8")
    assert [f.check for f in scan([tmp_path], [], []).findings if f.severity != "info"] == []


def test_the_whole_populations_rate_and_one_groups_never_meet(tmp_path):
    (tmp_path / "a.txt").write_text("مسح\nوأظهرت النتائج أن معدل المشاركة الاقتصادية بلغ 33.2%.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("مسح\nوتبلغ البطالة 32%، مع معدل مشاركة اقتصادية للإناث لا "
                                    "يتجاوز 13.6% مقابل 33.2% للإجمالي.\n", encoding="utf-8")
    assert [f for f in scan([tmp_path], [], []).findings if f.severity != "info"] == []


@pytest.mark.parametrize("text,figure,measure", [
    ("افتتح طريق سريع جديد بطول 184 كيلومترا.", "184", "طول"),
    ("ويمتد المحور على طول 148 كيلومترا.", "148", "طول"),
    ("وبلغت كلفته الإجمالية 9,6 مليار درهم.", "9,6", "كلفة"),
    # Maghrebi news's «غلاف مالي» is a project's money, two fillers before the figure
    ("وأنجز النفق بغلاف مالي قدره 38 مليار دينار.", "38", "كلفة"),
    ("ورصد للخط غلاف مالي بلغ 1,4 مليار دينار.", "1,4", "كلفة"),
    ("ويبلغ طول هذا الطريق 148 كيلومترا.", "148", "طول"),
    ("وكان الجسر البالغ طوله 186 مترا قد انهار.", "186", "طول"),
    # the noun, then what it is of; words that only say «amounting to»
    ("وبلغت كلفة المشروع 14,5 مليون دولار.", "14,5", "كلفة"),
    ("وخصصت الحكومة للخطة موازنة قدرها 210 مليارات دينار.", "210", "ميزانية"),
    ("وتنفذ الخطة بموازنة تبلغ 210 مليارات دينار.", "210", "ميزانية"),
    # an adjective that says it is all of it, before or after what it is of
    ("وبلغت الكلفة الإجمالية للمشروع 450 مليون دولار.", "450", "كلفة"),
    ("وافتتحت المحطة بتكلفة إجمالية بلغت 540 مليون دولار.", "540", "كلفة"),
    ("وتبلغ كلفة المشروع الإجمالية 450 مليون دولار.", "450", "كلفة"),
    ("وتصرف المنحة بكلفة إجمالية تصل إلى 990 مليار دينار.", "990", "كلفة"),
    ("لإقامة مصنع للسيارات بتكلفة استثمارية تبلغ 1.3 مليار دولار.", "1.3", "كلفة"),
    # a sum restated in dollars is no exchange rate
    ("وتبلغ موازنة الخطة 120 مليار دينار (نحو 92 مليون دولار).", "120", "ميزانية"),
    # the length of something the sentence names in a construct is that thing's
    ("يرتفع طول شبكة الطرق من 1948 كيلومترا.", "1948", "طول:شبكه"),
])
def test_a_property_of_what_the_article_is_about(text, figure, measure):
    assert frame_of(text, figure).measure == measure


@pytest.mark.parametrize("text, figure, measure, role", [
    # «بنسبة» is «at a rate of»: a change only when its clause names a rise or a fall
    ("ارتفع التضخم السنوي بنسبة 5% في شباط.", "5", "percent-change", None),
    ("سترفع رواتب المعلمين بنسبة 25% على مرحلتين.", "25", "percent-change", None),
    ("ونمت الحوالات بنسبة 3,9 % وفق الأرقام المعدلة.", "3,9", "percent-change", None),
    # a poll's share of voting intentions is whose it is, never the vote's turnout
    ("أن المرشح يتصدر نوايا التصويت في الانتخابات الرئاسية بنسبة 34.5%.", "34.5", "vote-share",
     None),
    ("يحظى المرشح بـ34,5% من نوايا التصويت.", "34,5", "vote-share", None),
    # the level a share had, or moved from, is no change
    ("ارتفعت حصته بـ3.5 نقاط بعد أن كانت 31%.", "31", None, "previous"),
    ("لتصبح الضرائب على معاملة البيع 5 في المئة بدلاً من 9 في المئة.", "9", None, "previous"),
    ("بينما تراجعت المرشحة عن نسبة 29.5% التي سجلتها آنذاك.", "29.5", None, None),
    # a figure restated in brackets as a share
    ("فيما ينخفض العجز بعد المنح إلى 2,17 مليار دينار (5,1%).", "5,1", None, None),
    # a part taken from its whole, and the whole
    ("بأن 430 مصابا من أصل 512 غادروا المستشفيات.", "430", None, "part"),
    ("بأن 430 مصابا من أصل 512 غادروا المستشفيات.", "512", "injured", "whole"),
    # two counts of one tally joined by «و», each of its own people, split the toll
    ("شملت الإصابات 236 راكبا و31 من أفراد الطاقم.", "236", "injured", "part"),
    ("شملت الإصابات 236 راكبا و31 من أفراد الطاقم.", "31", "injured", "part"),
    ("أسفر الحادث عن سقوط 40 قتيلا و65 جريحا.", "40", "dead", None),
    # escaped and recaptured: what the cue nearest before the figure says
    ("أعلنت السلطات فرار نحو 40 سجينا من السجن.", "نحو 40", "escaped", None),
    ("وأعادت قوات الأمن القبض على 9 من الهاربين.", "9", "arrested", None),
    # «من الفارين» names whom the arrested are taken from, not what the figure counts
    ("وأعلنت الوزارة ارتفاع عدد الموقوفين من الفارين إلى 31 سجينا.", "31", "arrested", None),
    # a list «as follows» after a colon breaks its whole down
    ("فإن الفارين موزعون كالتالي: 15 محكوما أو موقوفا في قضايا قتل، و18 في قضايا سرقة.",
     "15", None, "part"),
])
def test_what_a_percentage_or_a_part_is(text, figure, measure, role):
    claim = frame_of(text, figure)
    assert (claim.measure, claim.role) == (measure, role)


def test_an_earlier_count_said_with_kan_qad_mid_sentence_is_earlier():
    text = ("وبذلك يصبح الموقوفون 14 شخصا، بعدما كانت السلطات قد أعلنت الأربعاء الماضي توقيف "
            "11 شخصا.")
    assert frame_of(text, "11").role == "earlier"


@pytest.mark.parametrize("text, figure, occasion", [
    # the year a change is compared with is not the change's own
    ("ونمت الحوالات خلال 2025 بنسبة 3.3% مقارنة بعام 2024، فيما ارتفعت في الربع الرابع وحده "
     "بنسبة 4.1%.", "3.3", "2025"),
    ("ونمت الحوالات خلال 2025 بنسبة 3.3% مقارنة بعام 2024، فيما ارتفعت في الربع الرابع وحده "
     "بنسبة 4.1%.", "4.1", "Q4"),
    # the quarter of the figure a change qualifies, and one pointed back to
    ("سجلت الحوالات في الربع الأخير من العام 982 مليون دولار، بارتفاع نسبته 4,1 % عن مستواها.",
     "4,1", "Q4"),
    ("أما الربع الرابع، فقد حمل إشارات إيجابية، إذ ارتفعت الحوالات خلاله 4,1 % إلى 982 مليون "
     "دولار.", "4,1", "Q4"),
])
def test_the_period_of_a_change(text, figure, occasion):
    article = Article(id="a", path="a.txt", text=text + "\n", title="", published="2026-02-03")
    [claim] = [c for c in extract_article(article).claims
               if c.kind == "quantity" and c.text.startswith(figure)]
    assert claim.occasion == occasion


@pytest.mark.parametrize("text, figure, measure, role", [
    # «فُقد أثر» people went missing, whatever the dead before them
    ("لقي 9 أشخاص حتفهم وفُقد أثر 14 آخرين إثر الفيضان.", "14", "missing", None),
    # a position and a face value are no amounts
    ("وجاءت الجامعة في المرتبة 149 عالميا.", "149", None, "position"),
    ("وتشمل الطباعة 150 مليون ورقة من فئة 10 دنانير.", "10", None, "denomination"),
])
def test_what_a_figure_after_a_noun_of_place_or_kind_is(text, figure, measure, role):
    claim = frame_of(text, figure)
    assert (claim.measure, claim.role) == (measure, role)


def test_a_date_that_writes_its_own_day_borrows_no_weekday():
    # «الثلاثاء» dates the meeting, not the day the price cap starts
    text = ("قررت الوزارة تحديد سعر أقصى للإسمنت يسري اعتبارا من 15 حزيران الجاري، وذلك إثر "
            "اجتماع عقدته الثلاثاء مع المنتجين.")
    article = Article(id="a", path="a.txt", text=text + "\n", title="", published="2025-06-05")
    [date] = [c for c in extract_article(article).claims
              if c.kind == "date" and "15" in c.text]
    assert date.value.weekday is None


@pytest.mark.parametrize("text, figure, role", [
    # the largest part of a tally, and those still in hospital, are parts of it
    ("وسجلت ولاية الخرطوم العدد الأكبر من الإصابات بـ33 حالة مؤكدة.", "33", "part"),
    ("مضيفا أن 12 مصابا لا يزالون يتلقون العلاج في المستشفيات.", "12", "part"),
    # «لا يزال» before a count of the missing is the count itself
    ("ولا يزال 14 شخصا في عداد المفقودين.", "14", None),
])
def test_parts_of_a_tally_named_by_what_follows(text, figure, role):
    assert frame_of(text, figure).role == role


def test_a_level_at_the_end_of_a_named_month_is_that_months():
    text = "الاحتياطيات الأجنبية ترتفع إلى 23,9 مليار دولار نهاية أيلول."
    article = Article(id="a", path="a.txt", text=text + "\n", title="", published="2025-10-08")
    [claim] = [c for c in extract_article(article).claims if c.kind == "quantity"]
    assert claim.occasion is not None and claim.occasion.endswith("09-30")


def test_a_quality_right_before_a_figure_is_not_the_head_before_it():
    # «سعر الباقة … بسرعة 150 ميغابت»: 150 is the package's speed, not its price
    text = "وخفضت الشركة سعر الباقة الذهبية بسرعة 150 ميغابت من 75 ألفا إلى 50 ألف دينار."
    assert frame_of(text, "150").measure is None
    # (the gold package's price: its tier names it, lexicon.measures.ANOTHER_KIND_ADJECTIVES)
    assert frame_of("وخفضت الشركة سعر الباقة الذهبية إلى 50 ألف دينار.", "50").measure == (
        "سعر:باقه:ذهبيه")


def test_a_levys_rate_is_no_change_whatever_moves_in_its_sentence():
    text = ("ويفرض النظام رسوما بنسبة 40% على السيارات الصغيرة، فيما ترتفع إلى 90% للمحركات "
            "الكبيرة، مع رسم بنسبة 15% على السيارات الكهربائية.")
    assert frame_of(text, "15%").measure != "percent-change"
    assert frame_of("وارتفعت الأسعار بنسبة 15% خلال العام.", "15%").measure == "percent-change"


def test_a_relative_clause_about_another_noun_is_not_the_stretchs():
    # «اليوم الثالث من إضراب الطيارين الذي انطلق …»: the strike started that day, not its third day
    text = ("ارتفع عدد الرحلات الملغاة إلى 187 رحلة في اليوم الثالث من إضراب الطيارين الذي انطلق "
            "يوم الأحد 12 أكتوبر 2025.\nفاز السائق بالمرحلة الأولى من الرالي، التي أقيمت أمس الأحد "
            "12 أكتوبر 2025.")
    article = Article(id="a", path="a.txt", text=text + "\n", title="", published="2025-10-13")
    dates = [c for c in extract_article(article).claims if c.kind == "date"]
    assert [c.occasion for c in dates if "12 أكتوبر" in c.text] == [None, "المرحله 1"]



@pytest.mark.parametrize("text, figure, role", [
    # «وكان … قد» and a month gone by: the level of an earlier occasion
    ("وكانت مصر قد طرحت في يونيو الماضي صكوكا دولية بقيمة مليار دولار، بعائد بلغ 7.95%.",
     "7.95%", "previous"),
    # …but last Wednesday is the story's own week: its level is the story's
    ("وكانت درجات الحرارة قد هبطت فجر الأربعاء الماضي إلى 8.5 درجات تحت الصفر.", "8.5 درجات",
     "fallen"),
])
def test_a_level_in_the_pluperfect_of_a_past_period(text, figure, role):
    assert frame_of(text, figure).role == role


@pytest.mark.parametrize("text, figure, role", [
    # an amount right after «بزيادة» is by how much the level moved, not the level
    ("وارتفع سعر الخبز بزيادة 5 جنيهات.", "5 جنيهات", "change"),
    ("رفع الأجرة من 45 قرشاً إلى 60 قرشاً، أي بزيادة 15 قرشاً للرحلة.", "15 قرشاً", "change"),
    ("وبلغ سعر الخبز 5 جنيهات.", "5 جنيهات", None),
    # «ب» right after a rise or a fall, alone or glued to «نحو»: by how much, not to what
    ("وأوضح أن عدد السكان ارتفع بنحو 13,3 مليون نسمة مقارنة بإحصاء 2008.",
     "نحو 13,3 مليون نسمة", "change"),
    ("وتراجع إنتاج القمح بـ 5 آلاف طن عن الموسم الماضي.", "5 آلاف طن", "change"),
    ("وارتفع عدد السكان إلى 47 مليون نسمة.", "47 مليون نسمة", None),
])
def test_the_size_of_a_change(text, figure, role):
    assert frame_of(text, figure).role == role


def test_a_share_swap_per_hundred_shares_is_the_ratio_per_share():
    text = "وسيحصل المساهمون على 87 سهما من أسهم البنك الدامج مقابل كل 100 سهم يملكونها."
    ratio, per = frame_of(text, "87"), frame_of(text, "100")
    assert (ratio.value.min, ratio.note) == (0.87, "87 per 100")
    assert per.role == "per"  # what it is counted per: no amount of its own


def test_a_rate_per_people_keeps_its_figure():
    text = "وبلغ معدل الإصابة 12 حالة لكل 100 ألف نسمة."
    assert frame_of(text, "12").value.min == 12
    assert frame_of(text, "100").role == "per"


def test_a_change_since_an_event_covers_its_own_stretch():
    since = frame_of("وتراجع سهم البنك بنحو 3% منذ اكتمال الاندماج.", "نحو 3")
    session = frame_of("وارتفع سهم البنك 1.9% في تعاملات اليوم.", "1.9")
    assert since.occasion == "since:اكتمال" and session.occasion is None


def test_each_tier_of_a_fare_table_rises_by_its_own_share():
    text = ("وستباع التذكرة الأولى بـ10 جنيهات بدلا من 8 جنيهات، بزيادة 25%، والثانية بـ13 "
            "جنيها بدلا من 10 جنيهات، بزيادة 30%.")
    first, second = frame_of(text, "25"), frame_of(text, "30")
    assert (first.site, second.site) == ("of:جنيه:8>10", "of:جنيه:10>13")


@pytest.mark.parametrize("text, year", [
    # «2006» is the census year, not another 2,006%
    ("بمعدل نمو سنوي بلغ 1.48% منذ تعداد 2006.", 2006),
    # … and a survey's, not the level a share rose to
    ("وارتفعت نسبة الابيضاض من 22% في مسح 2023 إلى 38% في المسح الحالي.", 2023),
])
def test_a_count_or_an_edition_named_by_its_year_is_that_year(text, year):
    article = Article(id="a", path="a.txt", text=text + "\n", title="")
    claims = extract_article(article).claims
    assert not [c for c in claims if c.kind == "quantity" and c.value.min == year]
    assert [c.value.year for c in claims if c.kind == "date"] == [year]


def test_a_survey_of_a_number_of_households_is_a_count():
    assert frame_of("وشمل مسح 2000 أسرة في خمس محافظات.", "2000").unit is not None


def test_another_subjects_ranking_makes_no_part_of_the_figure_after_contrast():
    # Spain is «أكبر منتج»; Tunisia's 308 thousand tonnes, after «فيما», is its own harvest
    text = ("ففي إسبانيا، أكبر منتج في العالم، تقدر الوزارة الإنتاج بنحو 1,37 مليون طن، فيما "
            "أعلنت تونس أن صابتها تقدر بـ308 آلاف طن من الزيت.")
    assert frame_of(text, "308").role is None
    ranked = "وتصدرت السرعة الزائدة أسباب الوفيات بـ104 حالات، تلاها الانشغال بالهاتف بـ71 حالة."
    assert frame_of(ranked, "104").role == "part"


def test_an_amount_restated_in_another_currency_is_the_same_figures():
    text = ("وتبلغ تكلفة المشروع 26 مليون ريال عماني، أي ما يعادل نحو 67.6 مليون دولار، منها "
            "نحو 7 ملايين دولار لخدمة الإطلاق.")
    assert frame_of(text, "26").measure == frame_of(text, "نحو 67.6").measure == "كلفة"
    # a part after «منها» restates nothing
    assert frame_of(text, "نحو 7").measure is None


@pytest.mark.parametrize("text, figure, site", [
    # a component of what a level measures is another series than the headline rate
    ("وسجل التضخم السنوي لأسعار الطعام والمشروبات 7.6% في يناير.", "7.6", "kind:food"),
    ("فيما بلغ تضخم الغذاء على أساس سنوي 7,6 بالمائة.", "7,6", "kind:food"),
    ("وتباطأ التضخم السنوي في المدن إلى 11.8% في يناير.", "11.8", None),
])
def test_a_component_of_a_level_is_its_own_series(text, figure, site):
    assert frame_of(text, figure).site == site


@pytest.mark.parametrize("text, figure, measure", [
    # a type of the thing priced is another price; a nationality says where, not which
    ("إذ يفوق متوسط سعر السيارة الكهربائية 380 ألف درهم.", "380", "سعر:سياره:كهربائيه"),
    ("وبلغ متوسط سعر السيارة الجديدة 268 ألف درهم.", "268", "سعر:سياره"),
    # an adjective of how it is counted names no type
    ("وبلغت نسبة النجاح الجملية 41,72 بالمائة.", "41,72", "نسبه:نجاح"),
])
def test_a_type_adjective_after_a_priced_noun_names_another_price(text, figure, measure):
    assert frame_of(text, figure).measure == measure


def test_a_month_compared_with_is_not_the_changes_own():
    claim = frame_of("وسجل الرقم القياسي لأسعار المستهلكين ارتفاعا شهريا قدره 1.4% مقارنة بشهر "
                     "ديسمبر.", "1.4")
    assert claim.occasion is None


@pytest.mark.parametrize("text, figure, site", [
    # a bond's tranches and a tariff's brackets are each priced apart; a number word and
    # digits name one tranche
    ("واستقر العائد على شريحة الثلاثين عاماً عند 7 في المئة.", "7", "kind:yield/segment:30"),
    ("وشملت العملية شريحة لأجل 30 عاماً بعائد 7%.", "7", "kind:yield/segment:30"),
    ("وتبلغ نسبة الفائدة على الشريحة ذات الخمس سنوات 5,25 بالمائة.", "5,25", "segment:5"),
    ("وارتفعت أسعار الشريحة الثالثة بنسبة 15%.", "15", "segment:ثالثه"),
])
def test_a_segment_named_before_a_figure_is_its_own(text, figure, site):
    assert frame_of(text, figure).site == site


def test_a_year_after_the_body_it_names_is_no_figure():
    # «في مجلس 2024» is the 2024 parliament, not 2024 seats
    article = Article(id="a", path="a.txt", text="رفع الحزب عدد مقاعده من 15 مقعداً في مجلس 2024 "
                                                 "إلى 23 مقعداً.\n", title="", published="2028-09-15")
    values = [c.value.min for c in extract_article(article).claims if c.kind == "quantity"]
    assert values == [15, 23]


def test_after_a_race_is_no_distance_from_anything():
    # «بعد أن» is "after", not «على بعد» (at a distance of)
    assert frame_of("وفاز المحمل بعد أن قطع مسافة 22 ميلاً بحرياً.", "22").measure is None


@pytest.mark.parametrize("text, figure, site", [
    # a bond's yield is another series than its coupon
    ("واستقر العائد على السندات لأجل خمس سنوات عند 5.375%.", "5.375", "kind:yield"),
    ("وطرحت السندات بسعر فائدة 5,25 في المائة.", "5,25", None),
])
def test_a_yield_is_not_a_coupon(text, figure, site):
    assert frame_of(text, figure).site == site


def test_a_rate_for_a_group_lda_names_is_that_groups():
    claim = frame_of("بينما لم تتجاوز نسبة النجاح لدى المترشحين الفرديين 8,6 بالمائة.", "8,6")
    assert claim.subject == "group:مترشحين"


def test_a_rate_for_degree_holders_is_that_groups():
    claim = frame_of("وسجلت نسبة البطالة لدى حاملي الشهادات العليا 23,4 بالمائة.", "23,4")
    assert claim.subject == "group:حاملي"


@pytest.mark.parametrize("text, figure, moved", [
    # what rose, after the verb in any of its forms: a feminine one, a participle
    ("ونمت المبيعات بنسبة 16.2% في الربع الأول.", "16.2", "مبيعات"),
    ("وارتفعت صادرات الفوسفات الخام بنسبة 12.8%.", "12.8", "صادرات"),
])
def test_what_a_change_is_said_of(text, figure, moved):
    assert what_moved(frame_of(text, figure)) == moved


def test_a_change_told_by_a_participle_is_of_the_noun_before_it():
    # «بنحو» after the participle names nothing that moved
    assert change_subject(frame_of("وأغلق المؤشر العام متراجعا بنحو 1.5% في ختام التداولات.",
                                   "نحو")) == "مؤشر"


def test_a_unit_the_clause_opens_with_after_its_verb_is_where_the_figure_is():
    # «سجلت ولاية قابس …»: the province that records the rate, not the country's
    site = frame_of("وفي ولايات الجنوب، سجلت ولاية قابس نسبة نجاح بـ49,8%.", "49,8").site
    assert site is not None and site.endswith("قابس")
