"""lone-date: one source dates an event on another day than several sources that agree."""

from checks_support import article, findings, report_of

AGREED = "وتبدأ الأمانة تطبيق الأجرة الجديدة للحافلات اعتبارا من يوم الأحد 14 أيلول."
LONE = "وقالت مصادر إن التسعيرة الجديدة للحافلات ستطبق ابتداء من {}."


def _lone_dates(tmp_path, **bodies):
    return findings(report_of(tmp_path, **{name: article(body, "2025-09-10")
                                          for name, body in bodies.items()}), "lone-date")


def test_a_day_no_other_source_gives_against_two_that_agree_is_named(tmp_path):
    (found,) = _lone_dates(tmp_path, amman=AGREED, mashreq=AGREED,
                           atlas=LONE.format("فاتح أكتوبر المقبل"))
    assert found.severity == "warning"
    assert found.claims[0].startswith("atlas:")
    assert found.suggestion == "2025-09-14"
    assert ("atlas dates the start 2025-10-01 (line 4: «فاتح أكتوبر المقبل») where 2 other "
            "sources give 2025-09-14" in found.message)


def test_one_source_against_one_is_not_enough(tmp_path):
    assert _lone_dates(tmp_path, amman=AGREED, atlas=LONE.format("فاتح أكتوبر المقبل")) == []


def test_a_day_another_source_also_gives_is_another_event(tmp_path):
    assert _lone_dates(tmp_path, amman=AGREED, mashreq=AGREED,
                       atlas=LONE.format("فاتح أكتوبر المقبل"),
                       nile=LONE.format("الأول من أكتوبر المقبل")) == []


def test_an_article_that_also_gives_the_agreed_day_knows_it(tmp_path):
    both = LONE.format("فاتح أكتوبر المقبل") + "\n" + AGREED
    assert _lone_dates(tmp_path, amman=AGREED, mashreq=AGREED, atlas=both) == []


def test_a_day_months_away_is_another_event(tmp_path):
    assert _lone_dates(tmp_path, amman=AGREED, mashreq=AGREED,
                       atlas=LONE.format("فاتح ديسمبر المقبل")) == []


def test_a_sentence_about_something_else_is_left_alone(tmp_path):
    other = "وقالت مصادر إن امتحانات المدارس ستنطلق ابتداء من فاتح أكتوبر المقبل."
    assert _lone_dates(tmp_path, amman=AGREED, mashreq=AGREED, atlas=other) == []


def test_a_written_out_date_with_no_event_word_is_weighed_by_more_words_of_the_fact(tmp_path):
    # «الأمانة … الأجرة الجديدة للحافلات» with no «تبدأ»/«ابتداء»: the sentence says what
    # it dates, in three words of the agreed sentences
    unnamed = "وأوضحت الأمانة أن الأجرة الجديدة للحافلات تعتمد في 21 أيلول."
    (found,) = _lone_dates(tmp_path, amman=AGREED, mashreq=AGREED, atlas=unnamed)
    assert "atlas dates the start 2025-09-21" in found.message


def test_today_or_yesterday_with_no_event_word_is_the_article_s_own_news(tmp_path):
    today = "وأوضحت الأمانة اليوم أن الأجرة الجديدة للحافلات أقرت بعد دراسة."
    assert _lone_dates(tmp_path, amman=AGREED, mashreq=AGREED, atlas=today) == []


def test_a_month_two_sources_agree_on_stands_against_another_month(tmp_path):
    agreed = "ومن المنتظر أن تبدأ شحنات اليوريا الأولى في جانفي 2026 نحو موانئ أوروبا."
    lone = "وتنطلق أولى شحنات اليوريا مطلع مارس 2026 بحسب الشركة."
    (found,) = _lone_dates(tmp_path, algiers=agreed, oran=agreed, atlas=lone)
    assert "atlas dates the start 2026-03" in found.message
    assert found.suggestion == "2026-01"


def test_the_same_month_a_year_off_is_a_mistyped_year(tmp_path):
    agreed = "وكان مقررا أن تبدأ الشركة تسليم المحطة الجديدة للمطار في جويلية 2024."
    lone = "وتأخر تسليم المحطة الجديدة للمطار، وكان مقررا في جويلية 2023."
    (found,) = _lone_dates(tmp_path, algiers=agreed, oran=agreed, atlas=lone)
    assert found.suggestion == "2024-07"


def test_a_month_half_a_year_away_is_another_event(tmp_path):
    agreed = "ومن المنتظر أن تبدأ شحنات اليوريا الأولى في جانفي 2026 نحو موانئ أوروبا."
    lone = "وتنطلق أولى شحنات اليوريا مطلع جويلية 2026 بحسب الشركة."
    assert _lone_dates(tmp_path, algiers=agreed, oran=agreed, atlas=lone) == []


DISASTER = "واجتاحت السيول وادي بني رواحة بولاية سيح الأحمر مساء الاثنين 14 نيسان بعد أمطار غزيرة."


def test_a_disaster_day_written_with_no_event_word_is_weighed_against_the_agreed_day(tmp_path):
    # «اجتاحت السيول» dates the disaster; «انهمرت الأمطار على وادي بني رواحة» has no
    # disaster word, so its day lands in no topic of the disaster's
    unnamed = ("وانهمرت الأمطار الغزيرة على وادي بني رواحة بولاية سيح الأحمر مساء الأحد "
               "13 نيسان.")
    (found,) = _lone_dates(tmp_path, oman=DISASTER, gulf=DISASTER, atlas=unnamed)
    assert "atlas dates the disaster 2025-04-13" in found.message


def test_a_day_after_the_disaster_is_its_aftermath_not_a_slip(tmp_path):
    later = ("وأعلنت السلطات في وادي بني رواحة بولاية سيح الأحمر يوم 19 نيسان انتهاء عمليات "
             "البحث.")
    assert _lone_dates(tmp_path, oman=DISASTER, gulf=DISASTER, atlas=later) == []


def test_the_articles_own_day_written_out_is_its_news_not_the_fact(tmp_path):
    # «اليوم الخميس 23 أيلول»: the day the article reports something, not the fare's start
    today = "وأوضحت الأمانة اليوم الأحد 21 أيلول أن الأجرة الجديدة للحافلات أقرت بعد دراسة."
    assert _lone_dates(tmp_path, amman=AGREED, mashreq=AGREED, atlas=today) == []
