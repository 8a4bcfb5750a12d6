"""internal-conflict: one article giving two incompatible figures for one fact, unless
each is attributed to a different body."""

from checks_support import article, findings, report_of


def test_two_figures_for_one_fact_in_one_article_are_an_internal_conflict(tmp_path):
    report = report_of(tmp_path, a=article(
        "قتل 32 شخصا في ليبيا جراء العاصفة.\n\nوفي فقرة أخرى، قتل 40 شخصا في ليبيا جراء العاصفة.",
        "2022-03-04"))
    [finding] = findings(report, "internal-conflict")
    assert finding.articles == ("a",)
    assert len(finding.claims) == 2
    assert "«32 شخصا»" in finding.message and "«40 شخصا»" in finding.message
    assert "contradicts itself" in finding.message


def test_one_article_giving_two_bodies_counts_is_no_internal_conflict(tmp_path):
    report = report_of(tmp_path, a=article(
        "قتل 32 شخصا في ليبيا بحسب الهلال الأحمر.\n\nوقتل 40 شخصا في ليبيا بحسب وزارة الصحة.",
        "2022-03-04"))
    assert findings(report, "internal-conflict") == []


def test_the_same_body_named_twice_still_contradicts_itself(tmp_path):
    report = report_of(tmp_path, a=article(
        "قتل 32 شخصا في ليبيا بحسب وزارة الصحة.\n\nوقتل 40 شخصا في ليبيا بحسب وزارة الصحة الليبية.",
        "2022-03-04"))
    [finding] = findings(report, "internal-conflict")
    assert "Attributed:" in finding.message
    assert "32 according to وزارة الصحة;" in finding.message
    assert "40 according to وزارة الصحة الليبية" in finding.message


def test_a_body_named_in_full_then_in_short_is_the_same_body(tmp_path):
    report = report_of(tmp_path, a=article(
        "قتل 32 شخصا في ليبيا بحسب وزارة الصحة.\n\nوقتل 40 شخصا في ليبيا بحسب الوزارة.",
        "2022-03-04"))
    assert len(findings(report, "internal-conflict")) == 1


def test_a_range_in_one_sentence_is_one_figure_not_a_contradiction(tmp_path):
    report = report_of(tmp_path, a=article("ارتفع عدد القتلى في ليبيا من 12 إلى 40 قتيلا.",
                                           "2022-03-04"))
    assert findings(report, "internal-conflict") == []


def test_a_tally_figure_under_half_of_another_is_read_as_a_part(tmp_path):
    # 12 of the 40 in one town, or on one day: an article seldom gets its own toll that wrong
    report = report_of(tmp_path, a=article(
        "قتل 12 شخصا في ليبيا جراء العاصفة.\n\nوفي فقرة أخرى، قتل 40 شخصا في ليبيا جراء العاصفة.",
        "2022-03-04"))
    assert findings(report, "internal-conflict") == []


def test_two_parts_listed_side_by_side_do_not_contradict_each_other(tmp_path):
    # five adults and eight children hurt: two parts of the injured, not two tolls
    report = report_of(tmp_path, a=article("وأصيب 5 أشخاص و8 أطفال في الحادث.", "2022-03-04"))
    assert findings(report, "internal-conflict") == []


def test_an_article_that_marks_the_order_of_two_tolls_does_not_contradict_itself(tmp_path):
    report = report_of(tmp_path, a=article(
        "وأعلنت الوزارة وفاة 32 شخصا في ليبيا، قبل أن تعلن في وقت لاحق ارتفاع عدد القتلى "
        "في ليبيا إلى 40 قتيلا.", "2022-03-04"))
    assert findings(report, "internal-conflict") == []


def test_a_toll_raised_in_a_later_update_does_not_contradict_itself(tmp_path):
    report = report_of(tmp_path, a=article(
        "بلغ العدد التراكمي 341 حالة، بينها 24 وفاة، بنسبة إماتة تبلغ نحو 7%، قبل أن يرتفع "
        "عدد الوفيات إلى 25 في تحديث مسائي.", "2026-02-15"))
    assert findings(report, "internal-conflict") == []


def test_an_article_listing_two_interest_rates_is_information_not_a_contradiction(tmp_path):
    report = report_of(tmp_path, a=article(
        "رفع البنك المركزي سعر الفائدة على الإيداع إلى 27.25%، وسعر الفائدة على الإقراض "
        "إلى 28.25%.", "2024-03-06"))
    assert all(f.severity == "info" for f in findings(report, "internal-conflict"))


def test_the_same_statement_made_twice_with_another_number_is_a_contradiction(tmp_path):
    report = report_of(tmp_path, a=article(
        "وأشار البيان إلى أن 15% من الحجاج تزيد أعمارهم عن 80 عاما.\n\n"
        "وشارك في الحج 34 ألف حاج، منهم 15% تزيد أعمارهم عن 82 عاما.", "2024-06-21"))
    [finding] = findings(report, "internal-conflict")
    assert "states the same thing twice" in finding.message
    assert "«80 عاما»" in finding.message and "«82 عاما»" in finding.message


def test_two_different_statements_with_the_same_counted_noun_are_not(tmp_path):
    report = report_of(tmp_path, a=article(
        "وعاش المعمر 105 أعوام في القرية.\n\nوتأسست القرية قبل 300 عام.", "2024-06-21"))
    assert findings(report, "internal-conflict") == []


def test_the_same_words_said_of_another_country_are_not_one_statement(tmp_path):
    report = report_of(tmp_path, a=article(
        "وأظهرت النتائج الأولية للتعداد في ليبيا أن عدد السكان بلغ 7,48 مليون ساكن.\n\n"
        "وفي تونس، كشفت نتائج التعداد الأخير أن عدد السكان بلغ قرابة 12 مليون ساكن.",
        "2025-10-27"))
    assert findings(report, "internal-conflict") == []


def test_one_articles_two_counts_with_swapped_digits_are_one_figure_mistyped(tmp_path):
    report = report_of(tmp_path, a=article(
        "تنتظر 560 أسرة تقطن بنايات هشة ترحيلها قبل نهاية العام.\n\n"
        "وقال المصدر إن ترحيل 650 أسرة سيسمح بتحرير آخر مقطع من المسار.", "2025-04-22"))
    [finding] = findings(report, "internal-conflict")
    assert "the same digits in another order" in finding.message


def test_a_counted_noun_that_begins_like_a_conjunction_is_still_the_figures_noun(tmp_path):
    # «وظيفة» starts with و but is no «و» glued to a word: both figures count jobs
    report = report_of(tmp_path, a=article(
        "المصنع الجديد يوفر 740 وظيفة دائمة\n\n"
        "وأكدت الشركة أن المصنع سيوفر 470 وظيفة دائمة عند التشغيل الكامل.", "2025-04-22"))
    [finding] = findings(report, "internal-conflict")
    assert "«740" in finding.message and "«470" in finding.message


def test_an_initial_and_a_full_capacity_sharing_a_zero_are_two_figures(tmp_path):
    report = report_of(tmp_path, a=article(
        "وارتفعت الطاقة التكريرية إلى 150 ألف برميل يوميا.\n\n"
        "وبدأت الوحدات الجديدة العمل بطاقة أولية تبلغ 105 آلاف برميل يوميا.", "2025-04-22"))
    assert findings(report, "internal-conflict") == []


def test_two_things_of_one_material_are_not_one_statement(tmp_path):
    # «من الذهب بلغت» leads both; the nouns before «من» are holdings and imports
    report = report_of(tmp_path, a=article(
        "وأظهرت البيانات أن حيازات البنك المركزي من الذهب بلغت 64,2 طنا.\n\n"
        "وأوضحت الأرقام أن واردات البلاد من الذهب بلغت 28,7 طنا خلال 2024.", "2025-04-22"))
    assert findings(report, "internal-conflict") == []


def test_the_worth_of_two_tonnages_is_not_one_statement_made_twice(tmp_path):
    report = report_of(tmp_path, a=article(
        "وبلغت الصادرات منذ بداية الموسم نحو 62,3 ألف طن بقيمة 418 مليون دينار.\n\n"
        "وكانت البلاد قد صدرت خلال الموسم الماضي 126 ألف طن بقيمة 830 مليون دينار.",
        "2025-02-12"))
    assert findings(report, "internal-conflict") == []


def test_the_worth_of_one_tonnage_given_twice_differently_is_a_contradiction(tmp_path):
    report = report_of(tmp_path, a=article(
        "وبلغت الصادرات منذ بداية الموسم نحو 62,3 ألف طن بقيمة 418 مليون دينار.\n\n"
        "وتمثل هذه الشحنات 62,3 ألف طن بقيمة 481 مليون دينار.", "2025-02-12"))
    [finding] = findings(report, "internal-conflict")
    assert "«418 مليون دينار»" in finding.message and "«481 مليون دينار»" in finding.message


def test_magnitudes_far_apart_are_two_quakes_not_a_contradiction(tmp_path):
    report = report_of(tmp_path, a=article(
        "وضرب زلزال بقوة 6.4 درجة على مقياس ريختر المنطقة مساء الاثنين.\n\n"
        "ويأتي ذلك بعد أسبوعين من زلزال ضرب البلاد بقوة 7.7 درجة.", "2023-02-21"))
    assert findings(report, "internal-conflict") == []
    assert sorted(t.id for t in report.topics if t.measure == "magnitude") == [
        "auto-magnitude-1", "auto-magnitude-2"]


def test_magnitudes_half_a_unit_apart_are_one_quake_told_two_ways(tmp_path):
    report = report_of(tmp_path, a=article(
        "وضرب زلزال مدمر بقوة 7.4 درجة فجر اليوم.\n\nوكان الزلزال الذي بلغت قوته 7.8 درجة قد دمر "
        "آلاف المباني.", "2023-02-06"))
    [finding] = findings(report, "internal-conflict")
    assert "7.4" in finding.message and "7.8" in finding.message


def test_one_change_told_twice_with_two_sizes_is_a_contradiction(tmp_path):
    report = report_of(tmp_path, a=article(
        "خسر الجنيه المصري نحو 65% من قيمته أمام الدولار.\n\n"
        "وقال محللون إن الجنيه المصري فقد نحو 40% من قيمته منذ الصباح.", "2024-03-06"))
    [finding] = findings(report, "internal-conflict")
    assert finding.severity == "warning"


def test_changes_of_two_named_things_are_information(tmp_path):
    # the index fell 3.42 %, one share 2.9 %: one article, two things that moved
    report = report_of(tmp_path, a=article(
        "وتراجع المؤشر العام بنسبة 3.42% تحت ضغط هبوط أسعار النفط.\n\n"
        "وضغطت أرامكو على المؤشر بعد تراجع سهمها 2.9%، تلتها أسهم البنوك.", "2024-09-08"))
    [finding] = findings(report, "internal-conflict")
    assert finding.severity == "info"
    assert "said of different things" in finding.message


def test_an_article_listing_three_sizes_of_a_change_lists_moves_of_several_things(tmp_path):
    report = report_of(tmp_path, a=article(
        "وأنهى المؤشر تعاملاته على تراجع بنسبة 3.42%.\n\n"
        "وتصدر سهم أرامكو الخسائر، بنسبة 2.9% إلى 26.80 ريال.\n\n"
        "كما تراجع بنسبة 5.6% سهم آخر من الشركات الكبرى.", "2024-09-08"))
    [finding] = findings(report, "internal-conflict")
    assert finding.severity == "info"
    assert "lists several changes" in finding.message


def test_face_values_of_banknotes_are_not_one_statement_made_twice(tmp_path):
    report = report_of(tmp_path, a=article(
        "وتشمل الطباعة 150 مليون ورقة من فئة 10 دنانير، و140 مليونا من فئة 20 دينارا.\n\n"
        "وقال خبير إن إصدار ورقة من فئة 100 دينار يعكس حجم التضخم.", "2026-01-15"))
    assert findings(report, "internal-conflict") == []


def test_a_sentence_giving_three_counts_of_a_tally_lists_its_parts(tmp_path):
    report = report_of(tmp_path, a=article(
        "وقالت الدائرة إن مستشفى الزبير العام سجل 190 مصابا، ومستشفى البصرة التعليمي 140، "
        "ومستشفى الموانئ 56 مصابا.", "2024-09-10"))
    [finding] = findings(report, "internal-conflict")
    assert finding.severity == "info" and "lists several counts" in finding.message


def test_what_a_hospital_received_is_some_of_the_injured(tmp_path):
    report = report_of(tmp_path, a=article(
        "وأسفر انقلاب الحافلة عن إصابة 31 شخصاً بجروح متفاوتة.\n"
        "وتوجه القنصل إلى مستشفى الملك فهد بالمدينة، الذي استقبل 18 مصاباً، للاطمئنان عليهم.",
        "2025-03-18"))
    assert findings(report, "internal-conflict") == []


def test_two_ages_orders_of_magnitude_apart_are_not_one_figure_mistyped(tmp_path):
    report = report_of(tmp_path, a=article(
        "وأوضحت البعثة أن المقابر يعود تاريخها إلى نحو 2600 سنة.\n\n"
        "وكان موقع آخر قد كشف عن بقايا يعود تاريخها إلى نحو 300 ألف سنة.", "2025-03-12"))
    assert findings(report, "internal-conflict") == []


def test_a_figure_restated_with_another_scale_word_is_a_slip(tmp_path):
    # the digits are the same, the scale is not: «مليون» for «مليار»
    report = report_of(tmp_path, a=article(
        "وقال الوزير إن كلفة المشروع الإجمالية تبلغ 2,5 مليار دينار.\n\n"
        "وأضاف أن كلفة المشروع الإجمالية تبلغ 2,5 مليون دينار.", "2025-03-12"))
    [finding] = findings(report, "internal-conflict")
    assert "2,500,000,000" in finding.message and "2,500,000" in finding.message


def test_two_agencies_estimates_in_one_article_are_theirs_not_a_contradiction(tmp_path):
    # «قدّر» names whose estimate the second depth is, as «قال» names the first's
    report = report_of(tmp_path, a=article(
        "وقال المعهد الوطني للجيوفيزياء إن الزلزال وقع فجرا على عمق 12 كيلومترا. في المقابل، "
        "قدّر المركز الأوروبي المتوسطي لرصد الزلازل عمق الهزة بتسعة كيلومترات.", "2025-02-18"))
    assert findings(report, "internal-conflict") == []


def test_the_items_of_a_list_are_not_one_thing_said_twice(tmp_path):
    report = report_of(tmp_path, a=article(
        "وجاءت الأسعار الجديدة على النحو التالي:\n"
        "- 18 جنيها من 17 إلى 23 محطة بدلا من 15 جنيها.\n"
        "- 24 جنيها لأكثر من 23 محطة بدلا من 20 جنيها.", "2025-06-25"))
    assert findings(report, "internal-conflict") == []
