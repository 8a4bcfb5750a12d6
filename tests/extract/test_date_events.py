"""What a date is the date of: the event word nearest it, in any of its written forms."""

import pytest

from factcheck.extract import extract_article
from factcheck.model import Article


def event_of(text: str) -> str | None:
    article = Article(id="a", path="a.txt", text=text + "\n", title="", published="2024-05-24")
    [date] = [c for c in extract_article(article).claims if c.kind == "date"]
    return date.event


@pytest.mark.parametrize("text, event", [
    ("وتعقد اللجنة اجتماعها المقبل يوم 27 حزيران/يونيو.", "meeting"),  # a possessive pronoun
    ("ويبدأ الرئيس زيارته الرسمية في 3 تموز.", "visit"),  # «زيارة» + ه is written «زيارته»
    ("وأعلنت اللجنة قرارها في 5 أيار.", "decision"),
    # «وزارة» is not «و» + «زار» + «ه»: the ministry's words date no visit
    ("قالت وزارة الصحة في 5 أيار إن الوضع مستقر.", None),
    # a date set off by commas dates the clause before it…
    ("أعلنت شرطة عمان السلطانية، مساء السبت، العفو عن 160 سجينا.", "announcement"),
    # …or the cause the clause after it gives
    ("لقي 4 أشخاص مصرعهم، فجر اليوم الثلاثاء، إثر انفجار في مصنع.", "disaster"),
    # a date inside its own clause with other words before it lends itself to nothing
    ("أعلنت الشرطة الحصيلة، ووصل الوزير مساء السبت 5 أيار.", "visit"),
    ("قالت الشرطة، إن الوضع هدأ مساء السبت 5 أيار.", None),
    # an event named as what an inquiry is into: the day is the inquiry's
    ("سلمت لجنة التحقيق في انفجار المصنع تقريرها النهائي إلى المحافظ اليوم الأحد.", None),
    ("سلّمت اللجنة التحقيقية الخاصة بانفجار المجمع التجاري تقريرها الأولي مساء أمس الأحد.",
     None),
    # «بداية من» is "as from" (Maghrebi); «بداية» alone is no start
    ("ويدخل القرار حيز التطبيق بداية من غرة جانفي 2025.", "start"),
    ("وقالت الشركة إن الخفض يشمل الإنتاج بداية من غرة جانفي 2025.", "start"),
    # a count «until» a day is the count's day, not the disaster's
    ("وارتفع عدد ضحايا الانهيار إلى 13 قتيلاً حتى مساء الخميس 23 أيار.", None),
    # days counted on from the article's own day are still to come: no disaster is dated so
    ("طوت العاصفة صفحتها بعد خمسة أيام قاسية، مخلفة سبعة ضحايا.", None),
    # a disaster the sentence recalls is an earlier one, not the story's
    ("ويعيد الحادث إلى الأذهان انهيار عقار بالمدينة في 3 مارس 2024.", None),
    # what befalls a building, a boat, a forest is the story's event
    ("وكان العقار قد انهار فجر الثلاثاء 15 تشرين الأول.", "disaster"),
    ("وكانت العبارة قد غرقت فجر الاثنين 11 أوت.", "disaster"),
    ("وكانت مياه السد قد فاضت فجر الاثنين 13 أكتوبر.", "disaster"),
    # a seizure is its own event, of which a story may tell several
    ("وارتفع عدد الموقوفين في قضية الشاحنة التي ضبطت فجر الأحد 9 آذار.", "seizure"),
    # a ruling, and a verb's object right after a date set off by commas
    ("قضت محكمة جزائرية، أمس الأحد، بسجن المدير السابق.", "verdict"),
    ("أصدرت المحكمة، يوم الأحد 16 شباط، أحكاما بالسجن بحق سبعة متهمين.", "verdict"),
    # a museum, a fair opens its doors to the public: often the day after the ceremony
    ("وأعاد المتحف فتح أبوابه أمام الجمهور يوم الخميس 20 تشرين الثاني.", "public-opening"),
    ("وزار المعرض 4200 زائر منذ إعادة فتحه الخميس الماضي.", "public-opening"),
    ("وافتتح الوزير المتحف في حفل رسمي يوم الأربعاء 19 تشرين الثاني.", "opening"),
    # «اعتبارا من» starts whatever its verb says starts; flights that resume are no start
    ("على أن تستأنف الرحلات تدريجيا اعتبارا من صباح اليوم الجمعة.", "resumption"),
    ("ويسري القرار اعتبارا من 1 شباط.", "start"),
    # the end of a stretch «منذ … وحتى» is no event's day; a withdrawal «حتى» a day is
    ("وبلغ عدد الزوار 15 ألفا منذ إعادة فتحه وحتى مساء أمس الأحد.", None),
    ("وتعهدت واشنطن بانسحاب قواتها حتى 31 كانون الأول.", "withdrawal"),
    ("الحرائق التي اندلعت يوم الجمعة 11 تموز.", "disaster"),
    # what was signed, past the date's clause and an aside saying where
    ("وقّعت الشركة يوم الأربعاء 18 حزيران، في معرض باريس للطيران، صفقة لشراء 16 طائرة.",
     "agreement"),
    ("وقعت الشركة، اليوم الثلاثاء، على هامش معرض باريس للطيران، اتفاقية مع المصنع.",
     "agreement"),
    # …but «وقع» is also what befalls: the accident names its day
    ("وقع الحادث يوم الأربعاء 18 حزيران، في مدينة الموصل، وأودى بحياة 3 أشخاص.", "disaster"),
    # a numbered day of a stretch is not the event's day
    ("دخلت عمليات البحث عن العبارة التي غرقت يومها الخامس السبت 16 أوت.", None),
    # «منذ» dates what it follows, not an event word far before it
    ("إثر فيضان الوادي الناجم عن أمطار غزيرة هطلت على المنطقة منذ الخميس 15 يناير.", None),
    # a law passed, a match held, a shipment arrived, a window closing, a price in force
    ("أقر مجلس النواب، مساء الاثنين 22 كانون الأول، مشروع قانون الموازنة.", "approval"),
    ("المباراة النهائية التي أقيمت السبت 24 أيار.", "held"),
    ("وصلت الخميس 14 آب شحنة اللقاحات إلى مطار البصرة.", "visit"),
    ("وتنتهي الخميس 8 آب فترة تقديم طلبات الاعتراض.", "end"),
    ("ويبدأ شهر رمضان يوم الأحد 2 مارس المقبل.", "start"),
    ("يرفع الحد الأدنى للأجور إلى 315 دينارا اعتبارا من الأول من كانون الثاني 2026.", "start"),
    # a launch, an inauguration (an opening ceremony), a last day allowed
    ("نجحت الجزائر الثلاثاء 17 آذار في إطلاق القمر الصناعي.", "start"),
    ("الحافلات منذ تدشينها في التاسع من شباط.", "opening"),  # an inauguration
    ("وحدد البنك تاريخ 30 يونيو 2027 آخر أجل لاستبدال الأوراق القديمة.", "deadline"),
    # far past what it announces, a day is the announced event's, not the statement's
    ("أعلنت وزارة الصحة عودة الأنظمة الإلكترونية الأساسية في المجمع الطبي الحكومي بالعاصمة "
     "إلى العمل مساء الأحد 19 أكتوبر.", None),
    ("أعلنت وزارة الصحة اليوم الثلاثاء إطلاق مراجعة شاملة.", "announcement"),
    ("وكان الإعلان عن خطة الاستجابة في المدينة قد صدر في 30 كانون الأول.", "announcement"),
    # «وصلت» before a figure is «reached», not «arrived»
    ("وصلت حصيلة القتلى إلى 40 قتيلا مساء الثلاثاء 13 آب.", None),
    # the toll of an event's victims, counted on a day: the count's day, not the event's…
    ("ارتفعت حصيلة ضحايا تدافع ملعب المدينة، اليوم الخميس، إلى 17 قتيلا.", None),
    # …but the day right after the event word is the event's
    ("وبلغت حصيلة زلزال الجمعة 12 أيار أكثر من ألفي قتيل.", "disaster"),
    # a ship run aground; the clause «حين» opens says what happened that day
    ("وكانت السفينة قد جنحت فجر الثلاثاء 15 نيسان.", "disaster"),
    ("وتوقفت الملاحة في القناة منذ فجر الثلاثاء 15 نيسان، حين جنحت السفينة.", "disaster"),
    # an outbreak declared, a regulator's approval as a noun
    ("وكانت السلطات قد أعلنت رسميا تفشي المرض يوم الأحد 14 سبتمبر.", "disaster"),
    ("وجاء ذلك بعد حصول الصفقة على موافقة البنك المركزي في 21 أيلول.", "approval"),
    # «حتى منتصف ليل الخميس»: the day a stretch ends, past the part of the day
    ("ويستمر تقديم الطلبات حتى منتصف ليل الخميس 21 آب.", "end"),
    # a registration closed is its end; a share closed at a price dates no event
    ("على أن يغلق باب التسجيل يوم 5 نوفمبر المقبل.", "end"),
    ("وذلك بعد إغلاق باب التسجيل مساء الأربعاء 5 نونبر.", "end"),
    ("ليغلق السهم اليوم الأربعاء عند 39.55 ريال.", None),
    # exams held, figures revealed, a first swarm spotted
    ("وتجرى الاختبارات الكتابية يوم الأحد 23 نوفمبر.", "held"),
    ("وكانت الاختبارات قد أجريت يوم الأحد 30 تشرين الثاني.", "held"),
    ("الأرقام التي كشفتها الشركة يوم الاثنين 12 جانفي.", "announcement"),
    ("وذلك منذ رصد الأسراب الأولى يوم الاثنين 2 مارس.", "detection"),
])
def test_the_event_a_date_is_of(text, event):
    assert event_of(text) == event


def test_a_day_word_borrows_no_weekday_from_its_sentence():
    # «اليوم» is the article's Thursday; «ليل الثلاثاء» is another day
    text = ("وقالت الهيئة إن عدد الشكاوى ارتفع إلى 27 ألف شكوى حتى ظهر اليوم، مقارنة بـ12 ألفا "
            "و400 شكوى حتى منتصف ليل الثلاثاء.")
    article = Article(id="a", path="a.txt", text=text + "\n", title="", published="2024-07-18")
    today = [c for c in extract_article(article).claims if c.kind == "date" and c.text == "اليوم"]
    assert today and today[0].value.weekday is None


def _dates(text: str, published: str = "2025-09-09") -> list:
    article = Article(id="a", path="a.txt", text=text + "\n", title="", published=published)
    return [c for c in extract_article(article).claims if c.kind == "date"]


def test_a_numbered_stage_is_part_of_what_a_date_dates():
    # the first stage's results and the second's are announced on two days
    first, second = _dates("أعلنت الوحدة في 28 آب نتائج المرحلة الأولى من القبول. "
                           "وأعلنت الوحدة، أمس الاثنين، نتائج المرحلة الثانية.")
    assert (first.event, first.occasion) == ("announcement", "المرحله 1")
    assert (second.event, second.occasion) == ("announcement", "المرحله 2")


@pytest.mark.parametrize("text, year", [
    ("بلغ عدد الوفيات 310 وفيات خلال 2024.", 2024),
    ("وارتفع المعدل إلى 21,4% في الربع الثالث من 2023.", 2023),
    ("وتستهدف الحكومة بلوغ 35 بالمائة بحلول 2030.", 2030),
])
def test_a_year_written_alone_is_a_date_that_dates_no_event(text, year):
    # it dates the figures beside it; a year alone is too little to tie an event across
    # articles («بحلول 2030» is one plan's target here and another's there)
    article = Article(id="a", path="a.txt", text=text + "\n", title="", published="2025-01-15")
    claims = extract_article(article).claims
    (date,) = [c for c in claims if c.kind == "date"]
    assert (date.value.year, date.value.granularity, date.event) == (year, "year", None)
    assert str(year) not in [c.text for c in claims if c.kind == "quantity"]


@pytest.mark.parametrize("text, event", [
    # an accident, a storm, torrents date the story's event
    ("ووقع الحادث فجر السبت 9 آب على الطريق الدولي.", "disaster"),
    ("وضربت العاصفة المنطقة عصر الخميس 17 نيسان.", "disaster"),
    # not a forecast of it, nor the day a count of its toll rose
    ("ومن المتوقع أن تنحسر العاصفة ظهر الجمعة 14 شباط.", None),
    ("ارتفاع حصيلة ضحايا العاصفة إلى 5 قتلى، الخميس 13 شباط.", None),
    # a date before «إن» is the day it was said, not the day of what was said
    ("قال الدفاع المدني الأحد 20 تموز إن الحرائق التي اندلعت في الغابات توسعت.", None),
])
def test_the_day_of_the_storys_own_event(text, event):
    assert event_of(text) == event


def test_a_day_counted_from_an_event_dates_something_else():
    # «بعد خمسة أيام من اندلاعه يوم الأحد 10 أوت»: the fire was controlled on the 15th; the
    # 10th, its outbreak, keeps the event
    article = Article(id="a", path="a.txt", title="", published="2025-08-14", text=(
        "أعلنت السلطات السيطرة على حريق الغابات بعد خمسة أيام من اندلاعه يوم الأحد 10 أوت.\n"))
    dates = {c.text: c for c in extract_article(article).claims if c.kind == "date"}
    shifted = next(c for text, c in dates.items() if text.startswith("بعد خمسة أيام"))
    outbreak = next(c for text, c in dates.items() if text.startswith("يوم الأحد"))
    assert shifted.event is None
    assert outbreak.event == "disaster"


@pytest.mark.parametrize("text, event", [
    # a bill passed, in the verbs outlets use for it
    ("وافق مجلس النواب، مساء الأربعاء 12 شباط، على مشروع قانون الموازنة.", "approval"),
    ("مرر مجلس النواب مساء الخميس 13 شباط قانون الموازنة العامة.", "approval"),
    # a draw, a race that took place
    ("وستجرى القرعة العلنية يوم الخميس 3 تموز المقبل.", "draw"),
    ("وتوج العداء بلقب الدورة التي جرت الأحد 13 أفريل.", "held"),
    # work that was set about, a government's confidence vote
    ("وباشرت الفرق يوم الأحد 2 تشرين الثاني توزيع السكر على المحلات.", "start"),
    ("ونالت الحكومة الثقة في 19 كانون الثاني بأغلبية مريحة.", "vote"),
    ("ومن المنتظر أن يدخل القانون حيز التنفيذ في غرة مارس 2026.", "start"),
])
def test_what_outlets_call_a_vote_a_draw_and_a_race(text, event):
    assert event_of(text) == event


@pytest.mark.parametrize("text, event", [
    # a day written out after «حتى», «إلى غاية», «لغاية» is the day the stretch ends …
    ("ويستمر المنع حتى 15 يونيو المقبل.", "end"),
    ("يستمر تلقيح الماشية إلى غاية 31 مارس.", "end"),
    ("وستختتم الحملة في 31 آذار الجاري.", "end"),  # the future particle on «تختتم»
    # … but not the day of a count, a "not before", a weekday, nor a withdrawal's deadline
    ("مكنت الحملة من تلقيح 3,4 مليون رأس إلى غاية الاثنين 10 مارس.", None),
    ("ولم تعلن النتائج حتى 15 مايو.", None),
    ("وأعلنت الوزارة أن الحملة ستستمر حتى الجمعة المقبل.", "announcement"),
    ("وتعهدت واشنطن بانسحاب قواتها حتى 31 كانون الأول.", "withdrawal"),
    ("وأمهلت النقابة الحكومة حتى 26 أكتوبر للرد على مطالبها.", "deadline"),
    # a deadline put back is a day of its own, not the end first set …
    ("قبل أيام من انتهاء فترة التسجيل الممددة في 15 مايو الجاري.", "extension"),
    ("وتقرر تأجيل إطلاق القمر الصناعي إلى السبت المقبل.", "extension"),
    ("قررت الحكومة تمديد برنامج العفو عن الغرامات حتى 31 تموز المقبل.", "extension"),
    ("المغرب يمدد برنامج العفو عن الغرامات الضريبية حتى 30 يونيو.", "extension"),
    # the clause that goes on from the extension with a verb of result dates its new end
    ("وقررت الوزارة تمديد آجال التسجيل لمدة أسبوع إضافي، لتغلق المنصة نهائيا يوم 7 ديسمبر.",
     "extension"),
    # … and the day first set, put back from, is neither
    ("نافيا وجود أي نية لتمديد الأجل المحدد في 31 مايو.", "original-schedule"),
    ("وقررت الوزارة تمديد المهلة إلى الموعد الجديد المحدد في 30 يونيو.", "extension"),
    ("انطلق القمر بعد تأجيل لمدة أربعة أيام عن الموعد الأصلي الذي كان مقررا في العاشر من "
     "مايو.", "original-schedule"),
    ("بعد تأجيل الموعد الأصلي المحدد في 10 مايو لإجراء فحوصات.", "original-schedule"),
    # the day a launch was put back dates no launch: the statement's day, or nothing
    ("وأعلنت الوزارة، أمس الخميس، تأجيل إطلاق القمر الصناعي.", "announcement"),
    ("أعلنت وزارة النقل والاتصالات وتقنية المعلومات في سلطنة عمان، أمس الخميس، تأجيل "
     "إطلاق القمر الصناعي.", None),  # the verb too far back to date its statement
])
def test_the_day_a_stretch_ends(text, event):
    assert event_of(text) == event


@pytest.mark.parametrize("text", [
    "تغلق المصايد اعتباراً من الأول من أبريل وحتى 15 يونيو المقبل.",
    "وذلك ابتداء من يوم الثلاثاء الأول من أبريل 2025 إلى غاية 15 يونيو 2025.",  # a year between
])
def test_a_stretch_from_one_day_until_another(text):
    article = Article(id="a", path="a.txt", text=text + "\n", title="", published="2025-03-20")
    events = [(c.value.month, c.event) for c in extract_article(article).claims if c.kind == "date"]
    assert events == [(4, "start"), (6, "end")]


def test_the_end_of_a_count_since_a_day_is_no_event_even_two_words_on():
    # «وإلى غاية مساء أمس الخميس 3 جويلية»: the end of a stretch «منذ» opened, past a part
    # of the day and «أمس»; the start keeps its event
    article = Article(id="a", path="a.txt", title="", published="2025-07-04", text=(
        "عبرت 121 ألف مركبة البوابات منذ بدء تطبيق التعريفة في الفاتح جويلية وإلى غاية "
        "مساء أمس الخميس 3 جويلية.\n"))
    events = {c.text: c.event for c in extract_article(article).claims if c.kind == "date"}
    assert events["الفاتح جويلية"] == "start"
    assert events["الخميس 3 جويلية"] is None


def test_a_dateline_in_two_calendars_dates_no_event():
    text = ("حصيلة كارثة الملعب ترتفع إلى 15 قتيلا\n\n"
            "الثلاثاء 24 ربيع الأول 1447هـ - 16 سبتمبر 2025\n\n"
            "ارتفعت حصيلة ضحايا التدافع إلى 15 قتيلا.")
    article = Article(id="a", path="a.txt", text=text + "\n", title="")
    dates = [c for c in extract_article(article).claims if c.kind == "date"]
    assert [d.text for d in dates] == ["الثلاثاء 24 ربيع الأول 1447ه", "16 سبتمبر 2025"]
    assert [d.event for d in dates] == [None, None]


def test_the_verb_of_putting_back_may_stand_before_a_date_aside():
    # the day it was put back is the verb's, the new end the one after «حتى»
    article = Article(id="a", path="a.txt", published="2024-05-24", title="",
                      text="مددت الحكومة، أمس الخميس، العمل بالبرنامج حتى 30 حزيران المقبل.\n")
    events = {c.text: c.event for c in extract_article(article).claims if c.kind == "date"}
    assert events == {"أمس الخميس": None, "30 حزيران المقبل": "extension"}


@pytest.mark.parametrize("text, event", [
    ("ووقعت الشركة في 9 مايو اتفاقيات تطوير المحطة.", "agreement"),
    # a loan or a grant signed for the project is the financing's agreement, not the project's
    ("بعد توقيع التحالف المطور للمشروع أمس الخميس اتفاقية قرض بقيمة 180 مليون دولار.",
     "financing-agreement"),
    ("وأبرمت الحكومة اتفاق تمويل مع البنك الدولي في 3 مايو.", "financing-agreement"),
])
def test_a_projects_financing_is_another_agreement(text, event):
    assert event_of(text) == event
