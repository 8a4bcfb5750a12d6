"""Dates of one kind of event across articles: the same event when days apart, two events
when months apart, and the same day with its year mistyped when only the year differs."""

from factcheck.run.engine import scan


def _serious(tmp_path, **articles: str) -> list:
    for name, body in articles.items():
        (tmp_path / f"{name}.txt").write_text(f"---\npublished: 2025-04-16\n---\nحادث\n{body}\n",
                                              encoding="utf-8")
    report = scan([tmp_path], [], [])
    return [f for f in report.findings if f.severity != "info"]


def test_a_main_event_dated_a_day_apart_is_a_conflict(tmp_path):
    found = _serious(tmp_path, a="وكان القطاران قد اصطدما في حادث تصادم صباح الثلاثاء 15 أبريل 2025.",
                     b="ووقع حادث تصادم القطارين صباح الاثنين 14 أبريل 2025.")
    assert [f.check for f in found] == ["cross-source-conflict"]


def test_two_earlier_events_of_one_kind_months_apart_are_two_events(tmp_path):
    # each article recalls another past collision: no source is wrong
    assert _serious(tmp_path,
                    a="وفي آذار 2021 أسفر تصادم قطارين قرب سوهاج عن مقتل 18 شخصا في حادث مروع.",
                    b="وفي آب 2017 أسفر تصادم قطارين قرب الإسكندرية عن مقتل 41 شخصا في حادث مروع."
                    ) == []


def test_the_same_day_with_another_year_is_a_mistyped_year(tmp_path):
    found = _serious(tmp_path, a="ووقع حادث تصادم القطارين في 15 أبريل 2025.",
                     b="ووقع حادث تصادم القطارين في 15 أبريل 2024.")
    assert [f.check for f in found] == ["cross-source-conflict"]


def test_outlets_wording_the_disaster_differently_still_date_one_event(tmp_path):
    # no shared words beyond the event's: the days of a story's disaster meet all the same
    found = _serious(tmp_path,
                     a="وكانت الناقلة قد جنحت في حادث مساء السبت 12 أبريل 2025 قبالة السواحل.",
                     b="وأكد خفر السواحل أن الحادث وقع ليل الجمعة 11 أبريل 2025 خلال عاصفة.")
    assert [f.check for f in found] == ["cross-source-conflict"]


def test_a_year_far_from_the_days_of_one_kind_of_event_is_another_event(tmp_path):
    # «عام 2021» beside a collision of «آب 2017»: two earlier collisions, no source wrong
    assert _serious(tmp_path,
                    a="وفي آب 2017 أسفر تصادم قطارين قرب الإسكندرية عن مقتل 41 شخصا.",
                    b="ويأتي الحادث بعد تصادم قطارين في سوهاج عام 2021 أودى بحياة 18 شخصا."
                    ) == []


def test_a_forecast_or_a_counts_day_dates_no_disaster(tmp_path):
    # the day a storm is expected to end and the day a toll rose are not the storm's day
    assert _serious(tmp_path,
                    a="وضربت العاصفة البلاد مساء الثلاثاء 15 أبريل 2025.",
                    b="ومن المتوقع أن تنحسر العاصفة ظهر الجمعة 18 أبريل 2025.",
                    c="وارتفعت حصيلة ضحايا العاصفة إلى 5 قتلى، الخميس 17 أبريل 2025.",
                    d="وقال الدفاع المدني الأربعاء 16 أبريل 2025 إن العاصفة التي ضربت البلاد خلفت أضرارا."
                    ) == []


def test_a_fact_misdated_by_a_day_in_long_unlike_sentences_is_a_conflict(tmp_path):
    # the sentences share few of their many words, but four of the fact's own (campaign,
    # vaccination, children, province) beyond the event word and the dates: one start
    found = _serious(tmp_path,
                     a="وقال مدير الصحة في مؤتمر صحفي عقده بمقر المديرية إن حملة تلقيح الأطفال"
                       " ضد الحصبة في المحافظة انطلقت يوم الأحد 13 أبريل 2025 بمشاركة مئة فريق"
                       " جوال يزور المدارس ورياض الأطفال والمراكز الصحية في القرى النائية.",
                     b="وبحسب بيان نشرته الوزارة على موقعها، فإن الفرق الميدانية تمكنت من الوصول"
                       " إلى آلاف الأسر منذ انطلاق حملة التلقيح يوم السبت 12 أبريل 2025، وسط إقبال"
                       " واسع من الأهالي على تطعيم الأطفال في مختلف مناطق المحافظة.")
    assert [f.check for f in found] == ["cross-source-conflict"]


def test_close_days_of_one_event_word_that_share_few_words_of_the_fact_are_two_facts(tmp_path):
    # the outbreak began on the 9th, the campaign against it on the 11th: beside the event
    # word and the dates the sentences share only where (three words), not what
    assert _serious(tmp_path,
                    a="وبدأ تفشي المرض يوم الأربعاء 9 أبريل 2025 في مدرسة ابتدائية بمدينة الكرك"
                      " قبل أن ينتقل إلى قرى الجنوب وتسجل فيها عشرات الإصابات بين التلاميذ"
                      " والمعلمين.",
                    b="وانطلقت حملة التطعيم يوم الجمعة 11 أبريل 2025 في محافظة الكرك وقرى الجنوب"
                      " وتستهدف خمسة آلاف طالب في المدارس الحكومية والخاصة.") == []


def test_two_close_announcements_alike_in_words_are_two_announcements(tmp_path):
    # a story has many statements a day apart: four shared words of who spoke do not make
    # two of them one
    assert _serious(tmp_path,
                    a="وأعلنت هيئة إدارة الكوارث الوطنية يوم الاثنين 14 أبريل 2025 ارتفاع عدد"
                      " المفقودين في الفيضانات التي ضربت الولايات الشمالية إلى 30 شخصا بعد انهيار"
                      " سدين ترابيين وغرق عشرات المنازل في ضواحي المدن.",
                    b="وقالت هيئة إدارة الكوارث الوطنية في بيان أعلنت فيه يوم الثلاثاء 15 أبريل"
                      " 2025 انتشال جثث جديدة من تحت الأنقاض في القرى المنكوبة إن فرق الإنقاذ"
                      " والمتطوعين ما زالت تعمل ليلا ونهارا رغم استمرار هطول الأمطار الغزيرة.") == []
