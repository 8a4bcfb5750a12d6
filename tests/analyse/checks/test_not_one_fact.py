"""Figures and dates that look alike but are not one fact are never set against each other:
each case is a small story from a field the devset does not cover, written for the test."""

from tests.analyse.checks.checks_support import article, report_of, serious


def test_the_days_provisional_and_final_results_came_are_two_events(tmp_path):
    report = report_of(
        tmp_path,
        first=article("أعلنت الهيئة العليا للانتخابات اليوم الاثنين النتائج الأولية للانتخابات "
                      "الرئاسية.", "2025-04-14"),
        second=article("وبحسب النتائج الأولية التي أعلنتها الهيئة العليا للانتخابات أمس، فاز "
                       "المرشح الأول.", "2025-04-15"),
        final=article("أعلنت الهيئة العليا للانتخابات اليوم النتائج النهائية للانتخابات "
                      "الرئاسية.", "2025-04-21"))
    assert serious(report) == []


def test_two_days_for_the_same_provisional_results_still_conflict(tmp_path):
    report = report_of(
        tmp_path,
        first=article("أعلنت الهيئة العليا للانتخابات في 14 أبريل 2025 النتائج الأولية للانتخابات "
                      "الرئاسية."),
        second=article("أعلنت الهيئة العليا للانتخابات في 17 أبريل 2025 النتائج الأولية "
                       "للانتخابات الرئاسية."))
    assert [f.check for f in serious(report)] == ["cross-source-conflict"]


def test_a_demand_an_offer_and_the_agreement_are_three_figures(tmp_path):
    report = report_of(
        tmp_path,
        start=article("بدأ عمال الموانئ اليوم الاثنين إضرابا مفتوحا للمطالبة بزيادة الأجور بنسبة "
                      "15%، وقالت النقابة إن نحو 8 آلاف عامل يشاركون في الإضراب.\nوعرضت الإدارة "
                      "زيادة بنسبة 7% الأسبوع الماضي، رفضتها النقابة.", "2025-02-10"),
        end=article("انتهى إضراب عمال الموانئ بعد ثلاثة أيام باتفاق على زيادة الأجور بنسبة 10%.",
                    "2025-02-13"))
    assert serious(report) == []


def test_two_forecasters_differ_by_right(tmp_path):
    report = report_of(
        tmp_path,
        one=article("وتتوقع الحكومة أن يبلغ النمو 3.5% في العام بأكمله، بينما يتوقع صندوق النقد "
                    "الدولي نموا بنسبة 2.8%.", "2025-05-15"),
        two=article("وقال وزير المالية إن الحكومة ما زالت تستهدف نموا بنسبة 3.5% هذا العام.",
                    "2025-05-15"))
    assert serious(report) == []
    (listed,) = report.findings  # listed for the record
    assert listed.severity == "info" and "[forecasts]" in listed.message


def test_bodies_recovered_are_not_a_falling_death_toll(tmp_path):
    report = report_of(
        tmp_path,
        crash=article("لقي 157 شخصا حتفهم في تحطم طائرة ركاب صباح اليوم بعد دقائق من إقلاعها.",
                      "2025-03-10"),
        search=article("ارتفع عدد الجثث التي انتشلتها فرق الإنقاذ من موقع تحطم الطائرة إلى 95 "
                       "جثة، من أصل 157 راكبا كانوا على متنها.", "2025-03-11"))
    assert serious(report) == []


def test_a_separate_attack_has_a_toll_of_its_own(tmp_path):
    report = report_of(
        tmp_path,
        market=article("قتل 5 أشخاص وأصيب 14 آخرون في انفجار سيارة مفخخة في سوق شعبي وسط بغداد "
                       "اليوم الأحد.\nوفي هجوم منفصل، قتل 3 جنود في كمين شمال الموصل.",
                       "2025-01-12"),
        update=article("ارتفعت حصيلة تفجير السوق في بغداد إلى 6 قتلى و14 جريحا، بحسب مصدر أمني.\n"
                       "وقتل ثلاثة جنود في هجوم منفصل بمحافظة نينوى.", "2025-01-12"))
    assert serious(report) == []


def test_arrests_in_a_related_matter_are_not_the_storys_tally(tmp_path):
    # «وفي سياق متصل» opens another operation: its 3 arrests do not lower the story's 6
    report = report_of(
        tmp_path,
        first=article("أوقفت وحدات الحرس الوطني التونسي 6 أشخاص في عملية لتهريب المحروقات في "
                      "مدينة بن قردان جنوب شرقي تونس قرب الحدود الليبية.", "2025-10-14"),
        later=article("أعلنت وحدات الحرس الوطني التونسي أن التحقيقات متواصلة في عملية تهريب "
                      "المحروقات في مدينة بن قردان جنوب شرقي تونس قرب الحدود الليبية.\nوفي "
                      "سياق متصل، حجزت الديوانة 9 آلاف لتر من المحروقات وأوقفت 3 أشخاص.",
                      "2025-10-20"))
    assert len(report.stories) == 1
    assert serious(report) == []


def test_yields_of_two_countries_issues_are_two_facts(tmp_path):
    report = report_of(
        tmp_path,
        cairo=article("سعّرت الحكومة المصرية اليوم الأربعاء صكوكا سيادية بقيمة 1.5 مليار دولار لأجل "
                      "خمس سنوات، بعائد 6.875%.", "2026-02-04"),
        amman=article("وجمعت الحكومة المصرية من خلال الصكوك السيادية 1.5 مليار دولار لأجل خمس "
                      "سنوات.\nوفي الأردن، طرح البنك المركزي الشهر الماضي صكوكا بقيمة 150 مليون "
                      "دينار بعائد بلغ 6.1%.", "2026-02-05"))
    assert serious(report) == []


def test_a_yield_of_an_issue_months_before_is_an_earlier_level(tmp_path):
    # «وكانت مصر قد طرحت في يونيو الماضي …»: June's issue, not this one
    report = report_of(
        tmp_path,
        today=article("سعّرت الحكومة المصرية اليوم الأربعاء صكوكا سيادية بقيمة 1.5 مليار دولار "
                      "لأجل خمس سنوات، بعائد 6.875%.", "2026-02-04"),
        recap=article("سعّرت الحكومة المصرية أمس صكوكا سيادية بقيمة 1.5 مليار دولار.\nوكانت مصر قد "
                      "طرحت في يونيو الماضي صكوكا دولية بقيمة مليار دولار، بعائد بلغ 7.95%.",
                      "2026-02-05"))
    assert serious(report) == []


def test_a_second_batch_has_its_own_day(tmp_path):
    # «دفعة ثانية» (both words without the article) is the second batch, not the first's day
    report = report_of(
        tmp_path,
        first=article("أطلقت الهيئة اليوم الأحد 120 غزالا في المحمية.", "2025-01-19"),
        second=article("أطلقت الهيئة، اليوم الثلاثاء، دفعة ثانية تضم 80 غزالا في المحمية. وكانت "
                       "الهيئة أطلقت الدفعة الأولى في 19 كانون الثاني الماضي.", "2025-02-18"))
    assert serious(report) == []


def test_two_quarters_growth_is_two_figures(tmp_path):
    report = report_of(
        tmp_path,
        first=article("نما اقتصاد البلاد بنسبة 2.4% في الربع الأول من العام.", "2025-05-15"),
        last=article("نما اقتصاد البلاد بنسبة 3.1% في الربع الرابع من العام.", "2025-05-15"))
    assert serious(report) == []


def test_a_rate_years_ago_is_not_todays(tmp_path):
    report = report_of(
        tmp_path,
        now=article("بلغ معدل البطالة 9.2% في البلاد.", "2025-11-03"),
        back=article("وكان معدل البطالة في البلاد قد بلغ 7.9% قبل خمس سنوات.", "2025-11-04"))
    assert serious(report) == []


def test_two_agencies_magnitudes_in_one_article_are_attributed_not_contradictory(tmp_path):
    report = report_of(tmp_path, quake=article(
        "ضرب زلزال بقوة 6.2 درجة على مقياس ريختر جنوب البلاد فجر اليوم الاثنين، بحسب المعهد "
        "الوطني للجيوفيزياء، فيما قدرت هيئة المسح الجيولوجي الأمريكية قوته بـ6.0 درجات.",
        "2025-12-01"))
    assert serious(report) == []


def test_a_states_toll_is_not_a_falling_national_one(tmp_path):
    report = report_of(
        tmp_path,
        first=article("ارتفعت حصيلة ضحايا الفيضانات في البلاد إلى 45 قتيلا، بحسب الدفاع المدني.",
                      "2025-10-05"),
        later=article("غمرت المياه أكثر من 12 ألف منزل في البلاد، وسجلت ولاية كسلا 34 حالة وفاة "
                      "منذ بدء الأمطار، بحسب الدفاع المدني.", "2025-10-07"))
    assert serious(report) == []


# ------------------------------------------------ and what is one fact is still compared


def test_two_days_for_one_round_of_talks_conflict(tmp_path):
    report = report_of(
        tmp_path,
        opening=article("انطلقت اليوم الخميس الجولة الخامسة من المفاوضات بين الطرفين في الدوحة.\n"
                        "وكانت الجولة الرابعة قد عقدت في 15 يناير الماضي.", "2025-02-20"),
        second_day=article("تتواصل لليوم الثاني في الدوحة الجولة الخامسة من المفاوضات.\nوقال مصدر "
                           "إن الجولة الرابعة التي عقدت في 16 يناير انتهت دون اتفاق.", "2025-02-21"))
    (conflict,) = serious(report)
    assert conflict.check == "cross-source-conflict" and "date of meeting" in conflict.message


def test_a_start_is_read_through_its_conjunction(tmp_path):
    report = report_of(
        tmp_path,
        one=article("وبدأ إضراب عمال الموانئ في 2 يونيو 2023 بعد فشل جولة المفاوضات الأخيرة."),
        two=article("وبدأ إضراب عمال الموانئ في 5 يونيو 2023 بعد فشل جولة المفاوضات الأخيرة."))
    (conflict,) = serious(report)
    assert "date of start" in conflict.message


def test_the_year_a_budget_is_for_dates_no_start(tmp_path):
    # «لعام 2026» says which budget, not when the debate starts
    report = report_of(
        tmp_path,
        one=article("ومن المنتظر أن تبدأ اللجنة المالية مناقشة مشروع قانون الموازنة العامة لعام "
                    "2026 مع الوزراء.", "2025-12-17"),
        two=article("بدأ مجلس النواب، اليوم الأحد، مناقشة مشروع قانون الموازنة العامة لعام 2026.",
                    "2025-12-21"))
    assert serious(report) == []


def test_the_children_women_and_men_among_the_dead_are_parts(tmp_path):
    report = report_of(tmp_path, market=article(
        "أسفر القصف عن مقتل 40 مدنيا، وإصابة 65 شخصا.\nوقال مسؤول محلي إن من بين القتلى 15 طفلا "
        "و10 نساء و15 رجلا.", "2025-08-20"))
    assert serious(report) == []


def test_an_index_and_one_share_moved_by_different_amounts(tmp_path):
    report = report_of(
        tmp_path,
        index=article("هبط المؤشر الرئيسي للبورصة بنسبة 6.2% في تعاملات اليوم الاثنين.",
                      "2025-04-07"),
        share=article("أغلق المؤشر العام للبورصة اليوم متراجعا.\nوتراجع سهم أكبر شركة مدرجة بنسبة 9%.",
                      "2025-04-07"))
    assert serious(report) == []
    (listed,) = report.findings
    assert "said of different things" in listed.message


def test_two_days_for_the_trials_ruling_disagree(tmp_path):
    report = report_of(
        tmp_path,
        one=article("قضت محكمة الجنايات، أمس الأحد 16 شباط، بسجن المدير العام الأسبق 12 عاما.",
                    "2025-02-17"),
        two=article("وكانت المحكمة قد أصدرت حكمها بسجن المدير الأسبق يوم الخميس 13 فبراير.",
                    "2025-02-18"))
    (conflict,) = serious(report)
    assert "date of verdict" in conflict.message


def test_two_lengths_of_the_motorway_disagree(tmp_path):
    report = report_of(
        tmp_path,
        one=article("افتتح اليوم طريق سريع جديد بطول 148 كيلومترا بين المدينتين.", "2025-07-14"),
        two=article("دشن الوزير طريقا سريعا جديدا بطول 184 كيلومترا بين المدينتين.", "2025-07-14"))
    (conflict,) = serious(report)
    assert "148" in conflict.message and "184" in conflict.message


def test_the_motorway_and_a_bridge_on_it_are_two_things(tmp_path):
    report = report_of(
        tmp_path,
        road=article("افتتح طريق سريع بطول 148 كيلومترا وبكلفة 9,6 مليار درهم.", "2025-07-14"),
        bridge=article("ويضم الطريق قنطرة بطول 150 مترا بكلفة 300 مليون درهم.", "2025-07-14"))
    assert serious(report) == []


def test_a_section_or_a_stage_has_its_own_length(tmp_path):
    report = report_of(
        tmp_path,
        line=article("وأوضح الوزير أن الخط يمتد على طول 14,2 كلم ويضم 21 محطة.", "2025-09-23"),
        section=article("وسيدخل الخدمة العام المقبل مقطع أول بطول 8,5 كلم.", "2025-09-24"),
        stage=article("وبلغ طول المرحلة الثالثة من الرالي 418 كلم.", "2025-10-14"),
        last=article("وحسم السائق اللقب في المرحلة الأخيرة التي بلغ طولها 228 كلم.", "2025-10-17"))
    assert serious(report) == []


def test_growths_of_two_money_figures_are_two_changes(tmp_path):
    report = report_of(
        tmp_path,
        income=article("وبلغ إجمالي دخل العمليات 17.9 مليار ريال بارتفاع 8.2% عن العام السابق.",
                       "2025-02-04"),
        profit=article("وكان المصرف قد أعلن أمس تحقيق صافي ربح قدره 8640 مليون ريال، بنمو 19.4% "
                       "عن العام السابق.", "2025-02-05"))
    assert serious(report) == []
    (listed,) = report.findings
    assert "«دخل», «ربح»" in listed.message


def test_rises_of_two_fees_each_from_its_own_level_are_two_changes(tmp_path):
    # a toll's fee and a monthly card's, each «من … إلى» its own levels
    report = report_of(
        tmp_path,
        fee=article("ترتفع رسوم السيارات الملاكي من 25 إلى 35 جنيها، بزيادة 40%، اعتبارا من "
                    "الشهر المقبل.", "2025-06-18"),
        card=article("وأوضحت الشركة أن كارت الاشتراك الشهري ارتفع بدوره من 500 إلى 650 جنيها، "
                     "بزيادة قدرها 30%.", "2025-07-02"))
    assert serious(report) == []


def test_two_growths_of_the_same_profit_disagree(tmp_path):
    report = report_of(
        tmp_path,
        one=article("وحقق المصرف صافي ربح قدره 8.64 مليار ريال، بنمو 14.9% عن العام السابق.",
                    "2025-02-04"),
        two=article("وأعلن المصرف تحقيق صافي ربح قدره 8640 مليون ريال، بنمو 19.4% عن العام السابق.",
                    "2025-02-05"))
    (conflict,) = serious(report)
    assert "14.9" in conflict.message and "19.4" in conflict.message


def test_a_rise_in_production_and_a_fall_in_prices_are_two_changes(tmp_path):
    report = report_of(
        tmp_path,
        harvest=article("تقدر الصابة بمليون طن، وهو ما يمثل ارتفاعا بنحو 55% في إنتاج الزيت مقارنة "
                        "بالموسم السابق.", "2025-11-15"),
        market=article("تراجعت أسعار زيت الزيتون بنحو 27% مع بداية الموسم.", "2025-11-16"))
    assert serious(report) == []
    (listed,) = report.findings
    assert "«انتاج», «زيت»" in listed.message


def test_the_prices_of_two_goods_moved_by_different_amounts(tmp_path):
    report = report_of(
        tmp_path,
        food=article("وارتفعت أسعار الغذاء بنسبة 7.2% على أساس سنوي.", "2025-03-05"),
        oil=article("وتراجعت أسعار زيت الزيتون بنحو 23% على أساس سنوي.", "2025-03-05"))
    assert serious(report) == []
    (listed,) = report.findings
    assert "«زيت», «غذاء»" in listed.message


def test_two_outlets_give_different_rises_of_the_same_prices(tmp_path):
    report = report_of(
        tmp_path,
        one=article("وارتفعت أسعار الغذاء بنسبة 7.2% على أساس سنوي.", "2025-03-05"),
        two=article("وقال المعهد إن أسعار الغذاء ارتفعت بنسبة 9.2% على أساس سنوي.", "2025-03-05"))
    assert [f.check for f in serious(report)] == ["cross-source-conflict"]


def test_a_rise_that_names_what_rose_and_one_that_does_not_may_be_of_two_things(tmp_path):
    report = report_of(
        tmp_path,
        one=article("وكثفت الوزارة حملاتها الترويجية في دول الخليج، حيث ارتفع عدد الزوار "
                    "الخليجيين بنسبة 20% خلال الموسم.", "2025-09-03"),
        two=article("بلغت العائدات السياحية خلال الموسم 3620 مليون دينار، وذلك بارتفاع بنسبة "
                    "13,1% مقارنة بالموسم الماضي.", "2025-09-03"))
    assert serious(report) == []


def test_an_anniversary_is_not_a_wrong_date(tmp_path):
    report = report_of(tmp_path, beirut=article(
        "أحيا اللبنانيون اليوم الاثنين الذكرى الخامسة لانفجار مرفأ بيروت الذي وقع في 4 أغسطس "
        "2020 وأودى بحياة أكثر من 220 شخصا.", "2025-08-04"))
    assert serious(report) == []


def test_two_weekdays_named_are_two_days(tmp_path):
    report = report_of(tmp_path, ramadan=article(
        "أعلنت دول عربية عدة أن غدا السبت هو غرة رمضان 1446، فيما أعلنت دول أخرى أن الصيام يبدأ "
        "يوم الأحد 2 مارس لتعذر رؤية الهلال.", "2025-02-28"))
    assert serious(report) == []


def test_a_change_that_names_nothing_still_disagrees_with_one_that_does(tmp_path):
    # «بنسبة» says by how much, not what moved: the index's two figures still conflict
    report = report_of(
        tmp_path,
        index=article("هبط المؤشر الرئيسي للبورصة بنسبة 6.2% في تعاملات اليوم الاثنين.",
                      "2025-04-07"),
        again=article("وفي تعاملات اليوم الاثنين هبط بنسبة 9% المؤشر الرئيسي للبورصة.",
                      "2025-04-07"))
    assert [f.check for f in serious(report)] == ["cross-source-conflict"]


def test_the_missing_are_found_so_their_count_falls_by_right(tmp_path):
    report = report_of(
        tmp_path,
        day1=article("ولا يزال 85 راكبا في عداد المفقودين بعد غرق العبارة.", "2025-08-12"),
        day2=article("وتراجع عدد المفقودين في غرق العبارة إلى 59 راكبا بعد انتشال جثث.", "2025-08-13"))
    assert serious(report) == []


def test_an_earlier_count_the_article_recalls_is_not_a_falling_toll(tmp_path):
    report = report_of(
        tmp_path,
        day1=article("وارتفع عدد الجثث المنتشلة من العبارة الغارقة إلى 57 جثة.", "2025-08-13"),
        day2=article("وارتفع عدد الجثث المنتشلة من العبارة الغارقة إلى 64 جثة. وكانت السلطات قد "
                     "أعلنت في حصيلة سابقة انتشال 34 جثة مساء يوم الغرق.", "2025-08-15"))
    assert serious(report) == []


def test_a_breakdown_of_the_passengers_is_not_one_of_the_missing(tmp_path):
    text = ("ولا يزال 85 راكبا في عداد المفقودين.\nوأوضح القنصل أن الركاب يتوزعون بحسب الجنسية "
            "على 163 سودانيا و71 مصريا.")
    report = report_of(tmp_path, a=article(text, "2025-08-12"),
                       b=article("وبلغ عدد المفقودين 85 راكبا.", "2025-08-12"))
    assert serious(report) == []
    [missing] = [t for t in report.topics if t.measure == "missing"]
    assert len(missing.claims) == 2


def test_a_vote_and_its_run_off_are_two_days(tmp_path):
    report = report_of(
        tmp_path,
        vote=article("وبلغت نسبة المشاركة في الانتخابات التشريعية التي جرت يوم السبت 9 ماي 2026 "
                     "أكثر من 60 في المئة.", "2026-05-11"),
        runoff=article("وأعلنت السلطات أن الدور الثاني من الانتخابات التشريعية سيجرى يوم السبت "
                       "23 ماي 2026 في 14 دائرة.", "2026-05-14"))
    assert serious(report) == []


def test_two_days_for_the_same_second_round_conflict_however_it_is_written(tmp_path):
    # «بالجولة الثانية» and «موعد الجولة الثانية» name the same round: its two days disagree
    report = report_of(
        tmp_path,
        one=article("وتتواصل منافسات البطولة بالجولة الثانية يوم الجمعة 30 يناير 2026 في "
                    "العاصمة.", "2026-01-17"),
        two=article("وحددت اللجنة المنظمة موعد الجولة الثانية يوم الجمعة 23 يناير 2026 في "
                    "العاصمة.", "2026-01-15"))
    assert [f.check for f in serious(report)] == ["cross-source-conflict"]


def test_growth_a_share_of_gdp_and_a_rise_in_spending_are_three_figures(tmp_path):
    lede = "أقر مجلس النواب الأردني مشروع قانون الموازنة العامة للدولة للسنة المالية 2026.\n"
    report = report_of(
        tmp_path,
        one=article(lede + "وتفترض الموازنة نموا اقتصاديا حقيقيا بنسبة 2,7% وتضخما لا يتجاوز 2%.",
                    "2025-12-22"),
        two=article(lede + "ويقدر العجز بعد المنح بنسبة 5.1% من الناتج المحلي الإجمالي.",
                    "2025-12-22"),
        three=article(lede + "وارتفعت النفقات الرأسمالية بنسبة 12% إلى 1,64 مليار دينار.",
                      "2025-12-22"))
    assert len(report.stories) == 1
    assert serious(report) == []


def test_two_outlets_market_quotes_differ_by_right(tmp_path):
    lede = "ارتفعت أسعار النفط اليوم الاثنين بعد أن قررت مجموعة أوبك+ زيادة إنتاجها في يوليو.\n"
    report = report_of(
        tmp_path,
        one=article(lede + "وصعد خام برنت 2.1% إلى 66.5 دولارا للبرميل.", "2025-06-02"),
        two=article(lede + "وسجل خام برنت 66.4 دولار للبرميل في التعاملات.", "2025-06-02"))
    assert len(report.stories) == 1
    assert serious(report) == []


def test_prices_per_different_units_are_not_one_price(tmp_path):
    lede = "أعلنت وزارة التموين بدء موسم توريد القمح المحلي من المزارعين.\n"
    report = report_of(
        tmp_path,
        one=article(lede + "وحددت الحكومة سعر التوريد بسعر 1500 جنيه للأردب.", "2023-04-15"),
        two=article(lede + "ويعادل السعر نحو 10 آلاف جنيه للطن.", "2023-04-15"))
    assert len(report.stories) == 1
    assert serious(report) == []


def test_a_rate_of_a_running_count_moves_with_it(tmp_path):
    lede = "تتواصل جهود احتواء تفشي الكوليرا في المحافظات الجنوبية من العراق.\n"
    report = report_of(
        tmp_path,
        one=article(lede + "وقال مدير الصحة إن نسبة الوفيات بين المصابين تبلغ نحو 1,1 بالمئة.",
                    "2025-08-12"),
        two=article(lede + "وأفادت المنظمة بأن نسبة الوفيات بين المصابين تناهز 0.8 في المائة.",
                    "2025-08-17"))
    assert len(report.stories) == 1
    assert serious(report) == []
    [listed] = [f for f in report.findings if f.check == "cross-source-conflict"]
    assert listed.severity == "info"


def test_each_articles_own_announcement_today_is_its_own(tmp_path):
    lede = "تتواصل عمليات البحث عن مفقودي العبارة الغارقة في بحيرة ناصر جنوبي مصر.\n"
    report = report_of(
        tmp_path,
        one=article(lede + "وأعلنت السلطات المصرية والسودانية مساء اليوم الثلاثاء أن العبارة كانت "
                    "تقل 247 راكبا.", "2025-08-12"),
        two=article(lede + "وبحسب الأرقام التي أعلنتها السلطات المصرية اليوم الأحد، ارتفع عدد "
                    "الجثث المنتشلة.", "2025-08-17"))
    assert len(report.stories) == 1
    assert serious(report) == []


def test_prices_per_kilo_of_different_goods_are_listed_not_compared(tmp_path):
    lede = "ارتفعت أسعار السلع الغذائية في الأسواق المصرية قبل أيام من حلول شهر رمضان.\n"
    report = report_of(
        tmp_path,
        one=article(lede + "ووصل سعر اللحم البلدي إلى 450 جنيها للكيلو.", "2025-02-18"),
        two=article(lede + "وبلغ سعر السكر في المجمعات الاستهلاكية 35 جنيها للكيلو.", "2025-02-18"))
    assert len(report.stories) == 1
    assert serious(report) == []


def test_two_depths_contrasted_in_one_sentence_are_two_things(tmp_path):
    text = ("وقع الانهيار في رواق على عمق 320 مترا، في حين يبلغ عمق أدنى مستويات المنجم 540 "
            "مترا.")
    report = report_of(tmp_path, a=article(text, "2024-11-15"))
    assert serious(report) == []


def test_bodies_recovered_at_different_distances_from_the_site_are_two_things(tmp_path):
    lede = "تواصل فرق الحماية المدنية البحث عن المفقودين في انهيار جسر وادي مكرة.\n"
    report = report_of(
        tmp_path,
        one=article(lede + "وانتشلت فرق البحث جثتين على بعد نحو 2 كيلومتر من موقع الانهيار.",
                    "2026-01-20"),
        two=article(lede + "وانتشلت فرق الحماية المدنية جثة على بعد نحو 9 كيلومترات من موقع "
                    "الانهيار.", "2026-01-23"))
    assert len(report.stories) == 1
    assert serious(report) == []


def test_the_weeks_close_and_the_sessions_close_are_two_moments(tmp_path):
    lede = "تراجعت الأسهم السعودية بشدة في أولى جلسات الأسبوع تحت ضغط أسعار النفط.\n"
    report = report_of(
        tmp_path,
        one=article(lede + "وانخفضت القيمة السوقية للأسهم المدرجة إلى 10.18 تريليون ريال.",
                    "2024-09-08"),
        two=article(lede + "وارتفعت القيمة السوقية للأسهم المدرجة بنهاية الأسبوع إلى 10.31 "
                    "تريليون ريال.", "2024-09-13"))
    assert len(report.stories) == 1
    assert serious(report) == []


def test_a_length_then_a_depth_are_two_figures(tmp_path):
    # «وعمق» names the 18 after it, not the 1750 before it
    report = report_of(
        tmp_path,
        one=article("وتضم المحطة 5 أرصفة بطول إجمالي 1750 متراً وعمق 18 متراً أمام الأرصفة.",
                    "2025-03-11"),
        two=article("ويبلغ العمق أمام الأرصفة 18 متراً، بما يتيح استقبال أكبر السفن.", "2025-03-12"))
    assert serious(report) == []


def test_a_visit_to_the_site_is_not_the_day_of_the_fire(tmp_path):
    report = report_of(
        tmp_path,
        one=article("اندلع الحريق في السوق مساء الأربعاء 16 تموز 2025، وأتى على عشرات المحال.",
                    "2025-07-17"),
        two=article("وتفقد المحافظ موقع الحريق صباح اليوم الخميس، ووعد بتعويض أصحاب المحال.",
                    "2025-07-17"))
    assert serious(report) == []



def test_turnout_read_up_to_different_hours_is_not_a_conflict(tmp_path):
    report = report_of(
        tmp_path,
        noon=article("وأعلنت الهيئة أن نسبة المشاركة في الانتخابات البلدية بلغت 11,7% إلى حدود الساعة "
                     "الواحدة.", "2025-11-09"),
        four=article("وارتفعت نسبة المشاركة في الانتخابات البلدية إلى 18.9% حتى الساعة الرابعة من عصر "
                     "اليوم.", "2025-11-09"),
        final=article("واستقرت نسبة المشاركة في الانتخابات البلدية على 23,42%.", "2025-11-10"))
    assert serious(report) == []


def test_turnout_read_up_to_the_same_hour_must_agree(tmp_path):
    report = report_of(
        tmp_path,
        one=article("وارتفعت نسبة المشاركة في الانتخابات البلدية إلى 18.9% حتى الساعة الرابعة من عصر "
                    "اليوم.", "2025-11-09"),
        two=article("وبلغت نسبة المشاركة في الانتخابات البلدية 19.8% حتى الساعة الرابعة من عصر اليوم.",
                    "2025-11-09"))
    (conflict,) = serious(report)
    assert "18.9" in conflict.message and "19.8" in conflict.message


def test_two_days_temperatures_each_named_in_its_sentence_are_two_readings(tmp_path):
    report = report_of(
        tmp_path,
        wednesday=article("وبلغت الأحمال اليوم الأربعاء ذروتها، بينما لامست درجات الحرارة 52 درجة مئوية "
                          "في الكويت.", "2025-07-16"),
        saturday=article("وسجلت الأحمال أمس السبت رقما قياسيا في ظل موجة حر رفعت درجات الحرارة إلى "
                         "52,8 درجة مئوية في الكويت.", "2025-07-20"))
    assert serious(report) == []


def test_one_days_temperature_given_two_ways_disagrees(tmp_path):
    report = report_of(
        tmp_path,
        one=article("ولامست درجات الحرارة اليوم الأربعاء 52 درجة مئوية في الكويت.", "2025-07-16"),
        two=article("وسجلت درجات الحرارة أمس الأربعاء 49 درجة مئوية في الكويت.", "2025-07-17"))
    (conflict,) = serious(report)
    assert "52" in conflict.message and "49" in conflict.message


def test_an_article_writing_the_others_figure_beside_its_own_gives_two_moments(tmp_path):
    # 6.3 billion at the offer price, 8.19 billion at the close: the second article says both
    report = report_of(
        tmp_path,
        listing=article("وتبلغ القيمة السوقية للشركة عند الإدراج 6.3 مليار ريال.", "2025-06-01"),
        close=article("وبسعر الإغلاق، ترتفع القيمة السوقية للشركة إلى نحو 8.19 مليار ريال، "
                      "مقارنة بـ6.3 مليار ريال عند سعر الطرح.", "2025-06-03"))
    assert serious(report) == []


def test_a_figure_inside_another_number_is_not_written_beside_it(tmp_path):
    # «15.3» does not write «5.3»: the two market values still disagree
    report = report_of(
        tmp_path,
        one=article("وبلغت القيمة السوقية للشركة 5.3 مليار ريال بعد أسبوع من التداول.", "2025-06-08"),
        two=article("وبلغت القيمة السوقية للشركة 15.3 مليار ريال بعد أسبوع من التداول.",
                    "2025-06-08"))
    assert [f.check for f in serious(report)] == ["cross-source-conflict"]


def test_a_later_figure_the_article_says_rose_to_is_an_update(tmp_path):
    # a first payment of 3.1 million, then «ارتفع … إلى 3400 مزارع، بقيمة إجمالية 6.2 مليون»
    report = report_of(
        tmp_path,
        first=article("وبدأ الصندوق صرف الدفعة الأولى من التعويضات، وشملت 1850 مزارعاً بقيمة "
                      "إجمالية بلغت 3,1 ملايين دينار.", "2025-01-28"),
        later=article("ارتفع عدد المزارعين الذين تلقوا تعويضات إلى 3400 مزارع، بقيمة إجمالية "
                      "بلغت 6,2 مليون دينار.", "2025-02-10"))
    assert serious(report) == []


def test_an_earlier_figure_said_to_have_risen_to_still_conflicts(tmp_path):
    # the article saying «ارتفع … إلى» came first: the later, lower figure is no update of it
    report = report_of(
        tmp_path,
        first=article("ارتفع عدد المزارعين الذين تلقوا تعويضات إلى 3400 مزارع، بقيمة إجمالية "
                      "بلغت 6,2 مليون دينار.", "2025-01-28"),
        later=article("وشملت التعويضات 1850 مزارعاً بقيمة إجمالية بلغت 3,1 ملايين دينار.",
                      "2025-02-10"))
    assert [f.check for f in serious(report)] == ["cross-source-conflict"]


def test_the_inauguration_and_the_opening_to_the_public_are_two_days(tmp_path):
    # «دشّن» on Sunday is the ceremony; «منذ فتحه أمام الركاب» on Monday, the first trips
    report = report_of(
        tmp_path,
        first=article("دشّن رئيس الوزراء اليوم الأحد الخط الأول لمترو العاصمة في حفل رسمي.",
                      "2025-09-14"),
        second=article("افتتح رئيس الوزراء يوم الأحد 14 أيلول الخط الأول لمترو العاصمة في حفل "
                       "رسمي.", "2025-09-16"),
        third=article("ونقل الخط الأول لمترو العاصمة 30 ألف راكب منذ فتحه أمام الركاب يوم "
                      "الاثنين 15 أيلول.", "2025-09-16"))
    assert serious(report) == []
    dates = {c.article: c.event for c in report.claims if c.kind == "date"}
    assert dates == {"first": "opening", "second": "opening", "third": "public-opening"}


def test_a_vague_amount_contradicts_no_count(tmp_path):
    # «عشرات الضحايا» of a year's incidents nationwide is no second toll of the blast
    report = report_of(
        tmp_path,
        early=article("ارتفعت حصيلة انفجار قنينة الغاز في الموصل إلى 11 قتيلا.\nوتشير إحصاءات "
                      "الدفاع المدني إلى تسجيل 312 حادثا مرتبطا بقناني الغاز في عموم العراق منذ "
                      "مطلع العام الجاري، أسفرت عن عشرات الضحايا.", "2025-11-19"),
        later=article("استقرت حصيلة انفجار قنينة الغاز في الموصل عند 11 قتيلا.", "2025-11-21"))
    assert serious(report) == []


def test_the_new_bodies_of_each_update_may_be_fewer(tmp_path):
    # what each day adds is not a running total: fewer new bodies is no fall
    report = report_of(
        tmp_path,
        wed=article("ارتفعت حصيلة غرق المركب إلى 19 جثة، بعد انتشال ثماني جثث جديدة اليوم "
                    "الأربعاء.", "2025-10-15"),
        thu=article("ارتفعت حصيلة غرق المركب إلى 24 جثة، بعد انتشال خمس جثث جديدة صباح اليوم "
                    "الخميس.", "2025-10-16"))
    assert serious(report) == []


def test_a_bills_proposal_is_not_the_laws_figure_said_again(tmp_path):
    report = report_of(
        tmp_path,
        law=article("وتحصل العقود القديمة السكنية على فترة انتقالية مدتها خمس سنوات.\nويتزامن ذلك "
                    "مع مشروع قانون يقترح فترة انتقالية مدتها سبع سنوات للوحدات السكنية.",
                    "2025-06-20"))
    assert serious(report) == []


def test_a_case_fatality_rate_moves_with_its_count(tmp_path):
    # 21 deaths in 287 cases, then 26 in 368: the rate of each day is its own
    report = report_of(
        tmp_path,
        early=article("سجلت الولاية 287 حالة اشتباه بالتهاب السحايا، من بينها 21 حالة وفاة، بمعدل "
                      "إماتة يبلغ 7,3%.", "2026-02-10"),
        later=article("بلغ العدد التراكمي 368 حالة و26 وفاة، بمعدل إماتة بلغ 9,1%.", "2026-02-16"))
    assert [f for f in serious(report) if "%" in f.message] == []
