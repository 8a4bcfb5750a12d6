"""change-arithmetic: a percentage change that the article's own two levels do not give."""

from checks_support import article, findings, folders, report_of


def one_article(tmp_path, text: str):
    return findings(report_of(tmp_path, a=article(text, "2024-11-20")), "change-arithmetic")


def test_from_one_level_to_another_with_the_wrong_percentage(tmp_path):
    [finding] = one_article(tmp_path, "وانخفض عدد الطلبة في المستشفيات من 33 طالبا أمس إلى 7 "
                                      "طلاب اليوم، أي بنسبة تراجع بلغت 62%، وفق الوزارة.")
    assert "62%" in finding.message and "78.8% lower" in finding.message


def test_a_level_against_last_years(tmp_path):
    [finding] = one_article(tmp_path, "وبلغ عدد المتقدمين هذا العام 52316 طالبا، مقابل 49800 في "
                                      "العام الماضي، بارتفاع نسبته 12 في المئة.")
    assert "5.1% higher" in finding.message


def test_a_price_after_the_level_it_had_been_at(tmp_path):
    [finding] = one_article(tmp_path, "وتراجع سهم المصرف يوم الأحد بنسبة 4.1% إلى 84.60 ريال بعد "
                                      "أن كان يتداول عند 86.30 ريال.")
    assert "2.0% lower" in finding.message


def test_a_cut_named_by_its_noun(tmp_path):
    [finding] = one_article(tmp_path, "ويتراجع الإنتاج من 2.548 مليون برميل يوميا إلى 2.413 مليون "
                                      "برميل يوميا، أي بنسبة خفض تبلغ 7% من إنتاج البلاد.")
    assert "5.3% lower" in finding.message


def test_levels_counted_in_a_noun_no_table_lists(tmp_path):
    [finding] = one_article(tmp_path, "وارتفع عدد المقترضين من 19870 مقترضا في 2023 إلى 21640 "
                                      "مقترضا في 2024، بنسبة نمو بلغت 12.9 بالمئة.")
    assert "8.9% higher" in finding.message


def test_a_percentage_the_levels_give_is_no_finding(tmp_path):
    (tmp_path / "bound").mkdir()
    (tmp_path / "rounded").mkdir()
    assert one_article(tmp_path / "bound", "وتراجعت العائدات إلى 3,99 مليار دولار، مقابل 10,25 مليار دولار "
                                         "في العام السابق، أي بانخفاض يفوق 60 بالمائة.") == []
    assert one_article(tmp_path / "rounded", "وارتفع عدد المتقدمين إلى 52316 طالبا، مقابل 49800 في "
                                             "العام الماضي، بارتفاع نسبته 5 في المئة.") == []


def test_a_level_touched_during_the_day_is_not_the_earlier_level(tmp_path):
    # «بعد أن لامس 86.46» is the session's high, not the close before the rise
    assert one_article(tmp_path, "وأغلق برنت على ارتفاع بنسبة 0.8% عند 85.78 دولار، بعد أن لامس "
                                 "86.46 دولار في مستهل التداولات.") == []


def test_a_change_of_something_else_in_another_clause_is_not_checked(tmp_path):
    assert one_article(tmp_path, "وارتفع عدد السياح من 10 ملايين سائح إلى 11 مليون سائح، فيما "
                                 "تراجعت الإيرادات بنسبة 20%.") == []


def test_a_change_from_another_earlier_level_of_the_sentence_fits(tmp_path):
    # 151 mm is 49% under a normal year's 296 and 15% under last season's 178: the fall is
    # counted from last season, which the sentence also gives
    assert one_article(tmp_path, "وأفادت الوزارة بأن المعدل التراكمي بلغ 151 ملم، مقابل 296 ملم في "
                                 "سنة عادية، أي بعجز يناهز 49 في المائة، وبانخفاض بنسبة 15 في "
                                 "المائة مقارنة بالموسم الماضي (178 ملم).") == []


def test_the_levels_of_something_else_on_the_next_line_are_not_the_changes(tmp_path):
    # the 8.3% is the fall of the dead (276); the next line's levels are the injured's
    assert one_article(tmp_path, "وأظهر التقرير تراجع عدد القتلى إلى 276 خلال 2025، أي بانخفاض "
                                 "نسبته 8,3 في المئة.\nوبحسب التقرير، بلغ عدد الجرحى 2494 جريحا، "
                                 "مقابل 3210 في عام 2024.") == []


def test_a_change_of_the_noun_before_its_relative_pronoun_is_not_the_levels(tmp_path):
    # the revenues' two levels, then the costs «التي ارتفعت بأكثر من 50%»
    assert one_article(tmp_path, "ودافعت الشركة عن القرار، مؤكدة أن الإيرادات البالغة 610 ملايين "
                                 "جنيه في 2024، مقابل 548 مليونا في 2023، لم تعد تكفي لتغطية "
                                 "تكاليف الصيانة التي ارتفعت بأكثر من 50%.") == []


def test_a_rise_named_by_the_noun_of_an_increase(tmp_path):
    [finding] = one_article(tmp_path, "وارتفعت كلفة المشروع من 120 مليار دينار إلى 162 مليار "
                                      "دينار، أي بزيادة تقارب 25 في المئة.")
    assert "35.0% higher" in finding.message


def test_the_new_level_said_before_the_old_one(tmp_path):
    [finding] = one_article(tmp_path, "ارتفع عدد المعاملات خلال الشهر الماضي إلى 11 ألفاً و800 "
                                      "معاملة، من 8 آلاف معاملة قبل عام، بنسبة نمو بلغت 32%.")
    assert "8,000 then 11,800" in finding.message and "47.5% higher" in finding.message


def test_the_from_to_pair_among_other_figures_of_the_same_thing(tmp_path):
    # the profit of 8.64 billion is a third figure in riyals, not one of the two levels
    [finding] = one_article(tmp_path, "وأضاف أن صافي الربح البالغ 8.64 مليار ريال يعكس نجاح "
                                      "الخطة، مشيرا إلى أن محفظة التمويل ارتفعت من 238.9 مليار "
                                      "ريال إلى 265.4 مليار ريال بنسبة 13.1%.")
    assert "238,900,000,000 then 265,400,000,000" in finding.message
    assert "11.1% higher" in finding.message


def test_the_level_a_change_is_measured_against_may_follow_it(tmp_path):
    # «بارتفاع 25% عن سعر الطرح البالغ 42»: 42 is the earlier level, 54.60 the later
    report = report_of(tmp_path, a=article("وأغلق السهم أمس عند 54.60 ريال، بارتفاع 25% عن سعر "
                                           "الطرح البالغ 42 ريالاً.", "2025-06-03"))
    (found,) = findings(report, "change-arithmetic")
    assert "42 then 54.6" in found.message and "30.0% higher" in found.message


def test_a_figure_restated_as_lower_than_another_by_a_percentage(tmp_path):
    body = ("وقدم التجمع الفائز تعريفة في حدود 2,19 سنت للكيلوواط ساعة، أي أقل بنسبة {} من "
            "تعريفة 2,66 سنت المسجلة في مناقصة سابقة.")
    right, wrong = folders(tmp_path, "right", "wrong")
    assert one_article(right, body.format("18%")) == []
    [finding] = one_article(wrong, body.format("28%"))
    assert "says ~2.19 (line 4) is 28% lower than 2.66" in finding.message
    assert "but it is 17.7% lower" in finding.message


def test_a_comparison_with_something_else_not_restating_a_figure_is_left_alone(tmp_path):
    # no «أي»: the article compares with a figure it does not restate
    assert one_article(tmp_path, "وبلغ سعر اللتر 2,10 دينار، ويظل أقل بنسبة 40% من سعره في "
                                 "المغرب البالغ 3,5 دينار.") == []


def test_a_move_written_from_to_as_one_figure(tmp_path):
    # «من 400 إلى 520 جنيها» is read as one figure; with «بزيادة» it is the move
    [finding] = one_article(tmp_path, "وارتفع سعر الاشتراك السنوي من 400 إلى 520 جنيها، بزيادة "
                                      "قدرها 25%.")
    assert "400 then 520" in finding.message and "30.0% higher" in finding.message


def test_the_scale_word_of_the_second_level_is_the_firsts_too(tmp_path):
    [finding] = one_article(tmp_path, "وسترفع المحطة إنتاجها من 300 إلى 420 ألف طن سنويا، أي "
                                      "بزيادة 50%.")
    assert "300,000 then 420,000" in finding.message and "40.0% higher" in finding.message


def test_a_share_restating_the_move_before_it_is_its_change(tmp_path):
    # no change word: «من … إلى …، أي بنسبة» says the way and the size
    [finding] = one_article(tmp_path, "وسيقلص المشروع زمن الانتظار من 80 دقيقة إلى 50 دقيقة، أي "
                                      "بنسبة 45%.")
    assert "fell by 45%" in finding.message and "37.5% lower" in finding.message


def test_a_range_is_no_move(tmp_path):
    assert one_article(tmp_path, "وتراوحت درجات الحرارة من 20 إلى 30 درجة، أي بنسبة 12% فوق "
                                 "المعدل.") == []


def test_fuel_priced_in_fils_moves_by_its_own_figures(tmp_path):
    found = findings(report_of(tmp_path, a=article(
        "وارتفع سعر لتر البنزين أوكتان 90 من 880 فلسا إلى 905 فلسات، أي بنسبة 3,8%.",
        "2025-04-30")), "change-arithmetic")
    assert [f.message.split(", but ")[1] for f in found] == [
        "its own figures, 880 then 905 (line 4), make it 2.8% higher."]


def test_the_pair_right_before_a_change_is_the_one_it_restates(tmp_path):
    # a third tonnage after the change (a yield per hectare) does not hide the pair before it
    body = ("وتتوقع الوزارة إنتاجا يبلغ 3,6 ملايين طن مقابل 4,5 ملايين طن الموسم الماضي، أي "
            "بتراجع نسبته {}، على مساحة مليون هكتار بمردود يقارب 3,6 طن للهكتار.")
    right, wrong = folders(tmp_path, "right", "wrong")
    assert findings(report_of(right, a=article(body.format("20%"), "2025-05-10")),
                    "change-arithmetic") == []
    (found,) = findings(report_of(wrong, a=article(body.format("12%"), "2025-05-10")),
                        "change-arithmetic")
    assert "4,500,000 then 3,600,000" in found.message and "20.0% lower" in found.message


def test_each_tier_of_a_fare_table_against_its_own_two_fares(tmp_path):
    # the second tier's 20% is wrong (100 → 130 is 30%); a range of stations «من 10 إلى 16»
    # is no move of the fare, and each tier's change is its own two fares'
    [finding] = one_article(tmp_path, "وتباع تذكرة الشريحة الأولى بـ125 جنيها بدلا من 100 جنيه، "
                                      "بزيادة 25%، بينما تباع تذكرة الشريحة الثانية (من 10 إلى "
                                      "16 محطة) بـ130 جنيها بدلا من 100 جنيه، بزيادة 20%، "
                                      "والثالثة بـ180 جنيها بدلا من 150 جنيها، بزيادة 20%.")
    assert "100 then 130" in finding.message and "30.0% higher" in finding.message


def test_a_fall_counted_on_the_later_level_is_the_classic_slip(tmp_path):
    # 16 → about 12 is 25% lower; 33% is 4 / 12, the change counted on the new price
    [finding] = one_article(tmp_path, "واستقر سعر اللتر في حدود 12 دينارا مقابل 16 دينارا في "
                                      "الفترة نفسها من الموسم الماضي، أي بتراجع بنسبة 33%.")
    assert "25.0% lower" in finding.message
    assert "33% is the change counted on the later level (4 / ~12)" in finding.message


def test_a_fall_counted_on_the_earlier_level_is_no_finding(tmp_path):
    assert one_article(tmp_path, "واستقر سعر اللتر في حدود 12 دينارا مقابل 16 دينارا في الفترة "
                                 "نفسها من الموسم الماضي، أي بتراجع بنسبة 25%.") == []


def test_about_a_figure_written_to_its_last_digit_is_only_its_rounding(tmp_path):
    # «يقارب 502» is 502 give or take a rounding, not anything from 477 to 527: 531 → 502
    # is a 5.5% fall, not 8.5%
    [finding] = one_article(tmp_path, "واشترت الشركة 150 ألف طن بمتوسط سعر يقارب 502 دولار للطن، "
                                      "مقابل 531 دولارا في مناقصة آب الماضي، أي بانخفاض نسبته "
                                      "8,5%.")
    assert "5.5% lower" in finding.message


def test_about_a_round_figure_stands_for_anything_near_it(tmp_path):
    # «نحو 500» may be 480 or 520: 531 → ~500 may be a 8.5% fall
    assert one_article(tmp_path, "واشترت الشركة 150 ألف طن بمتوسط سعر يبلغ نحو 500 دولار للطن، "
                                 "مقابل 531 دولارا في مناقصة آب الماضي، أي بانخفاض نسبته "
                                 "8,5%.") == []


def test_two_prices_each_moved_in_its_own_clause(tmp_path):
    # each percentage is its own clause's move; «فيما» starts the other price's
    assert one_article(tmp_path, "ويرتفع سعر لتر البنزين من 2525 مليما إلى 2650 مليما، أي "
                                 "بزيادة 125 مليما وبنسبة 4,95%، فيما يمر سعر لتر الغازوال من "
                                 "2205 مليمات إلى 2330 مليما وبنسبة 5,67%.") == []


def test_a_move_from_one_price_to_another_against_a_wrong_percentage(tmp_path):
    [finding] = one_article(tmp_path, "ويرتفع سعر لتر البنزين من 2525 مليما إلى 2650 مليما، أي "
                                      "بنسبة 7,5%.")
    assert "2,525 then 2,650" in finding.message


def test_a_rise_by_an_amount_is_not_the_level_it_rose_to(tmp_path):
    # 13,3 million is how much the population grew, and 39,1% is 13,3 of 34,08
    assert one_article(tmp_path, "وأوضح أن عدد السكان ارتفع بنحو 13,3 مليون نسمة مقارنة "
                                 "بإحصاء 2008 الذي سجل 34.080.030 نسمة، أي بزيادة تقارب 39,1 "
                                 "بالمائة.") == []


def test_a_change_from_a_base_the_sentence_names_but_does_not_give(tmp_path):
    # 30% is the close against the offer price «سعر الطرح», not against today's 51.90
    assert one_article(tmp_path, "تراجع السهم اليوم إلى 51.90 ريال، بعد أن كان قد أغلق في جلسة "
                                 "الإدراج عند 54.6 ريال، بارتفاع 30 في المئة عن سعر الطرح.") == []


def test_two_rates_of_another_sentence_are_not_the_levels_of_a_move(tmp_path):
    # the food rate's two levels are their own series, not the monthly rise of all prices
    assert one_article(tmp_path, "وعلى أساس شهري، ارتفعت الأسعار في المدن بنسبة 1.4% في يناير.\n"
                                 "وسجل التضخم السنوي لأسعار الطعام والمشروبات 7.6% مقابل 5.9% في "
                                 "ديسمبر.") == []


def test_the_same_period_a_year_before_is_a_year_not_a_third_level(tmp_path):
    # «في الفترة نفسها من 2024» names when the earlier level was, not 2024 passengers
    [finding] = one_article(tmp_path, "إذ ارتفع عدد مسافريه إلى 412 ألفاً و600 مسافر مقابل 358 ألفاً "
                                      "و100 مسافر في الفترة نفسها من 2024، أي بنسبة نمو بلغت 21%.")
    assert "358,100 then 412,600" in finding.message and "15.2%" in finding.message
