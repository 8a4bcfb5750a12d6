"""breakdown-sum: a whole the article divides into parts that do not add up to it."""

from checks_support import article, findings, folders, report_of


def one_article(tmp_path, text: str):
    return findings(report_of(tmp_path, a=article(text, "2025-04-16")), "breakdown-sum")


def test_a_whole_distributed_over_as_many_groups_as_it_lists_must_add_up(tmp_path):
    [finding] = one_article(tmp_path, "وأوضحت الوزارة أن الجرحى الـ93 توزعوا على ثلاثة مستشفيات: 40 "
                                      "بمستشفى أسيوط الجامعي، و35 بمستشفى منفلوط المركزي، و14 "
                                      "بمستشفى ديروط العام.")
    assert "adds up to 89: 40 + 35 + 14" in finding.message


def test_the_toll_a_sentence_earlier_is_the_whole_its_distribution_divides(tmp_path):
    [finding] = one_article(tmp_path, "وارتفع عدد الوفيات جراء الإعصار إلى 9 حالات، مع استمرار البحث "
                                      "عن 3 مفقودين.\nوتوزعت الوفيات على 4 حالات في ولاية محوت، و3 "
                                      "في ولاية الدقم، و3 في ولاية الجازر.")
    assert "adds up to 10: 4 + 3 + 3" in finding.message


def test_shares_listed_after_their_total(tmp_path):
    [finding] = one_article(tmp_path, "وتقاسمت العلامات الخمس الأولى ما مجموعه 58,1 % من السوق، وهي: "
                                      "داسيا (21,4 %)، رينو (11,2 %)، هيونداي (8,1 %)، تويوتا "
                                      "(6,9 %)، وبيجو (6,5 %).")
    assert "adds up to 54.1" in finding.message


def test_a_list_that_may_leave_groups_out_is_not_held_to_its_whole(tmp_path):
    # no count of groups and no «others»: some hospitals may be unnamed
    assert one_article(tmp_path, "وتوزع المصابون الـ74 على المستشفيات، إذ استقبل المستشفى الجامعي "
                                 "39 مصابا، ومستشفى البير 22 مصابا.") == []


def test_a_later_clause_is_not_one_more_group(tmp_path):
    # «ولا يزال 4 منهم في العناية المركزة» are some of the 17, not a third hospital
    assert one_article(tmp_path, "وأوضحت الوزارة أن الناجين الـ17 توزعوا على مستشفيين، إذ نقل 11 "
                                 "منهم إلى مستشفى المدينة و6 إلى مستشفى أرغلي، ولا يزال 4 منهم في "
                                 "العناية المركزة.") == []


def test_an_approximate_whole_allows_its_rounding(tmp_path):
    assert one_article(tmp_path, "وكانت الأرقام الأولية تشير إلى نحو 213 ألفا و900 وحدة، وتوزعت "
                                 "المبيعات بين 196.118 سيارة سياحية و18.238 سيارة نفعية.") == []


def test_ranks_listed_after_a_top_group_add_up_to_nothing(tmp_path):
    # «ضمن أفضل 200 … في المرتبة 149، … في المرتبة 186»: positions, not parts of 200
    assert one_article(tmp_path, "وحلت ثلاث جامعات ضمن أفضل 200 جامعة في العالم، هي جامعة "
                                 "الملك فهد التي جاءت في المرتبة 149، وجامعة الملك سعود في "
                                 "المرتبة 186.") == []


def test_the_number_of_groups_and_a_share_are_not_parts(tmp_path):
    # «موزعة على 142 مستشفى»: how many hospitals; 87% is the turnout, not a part of 2480
    assert one_article(tmp_path, "وأعلنت النقابة أن عدد العمليات المؤجلة ارتفع إلى 2480 عملية، "
                                 "موزعة على 142 مستشفى عموميا، مشيرة إلى أن نسبة المشاركة بلغت "
                                 "87%.") == []


def test_a_headline_total_and_the_next_sentence_are_not_one_list(tmp_path):
    # the body restates the headline's 96 before breaking it down; the 14 pupils of the
    # next sentence are those taken to hospital, not a fourth district: the districts' 91
    # is what falls short of the 96
    [finding] = one_article(tmp_path, "ارتفاع إصابات الالتهاب الكبدي إلى 96 حالة\n"
                                      "أعلنت السلطات الصحية ارتفاع عدد الإصابات إلى 96 حالة، توزعت "
                                      "بواقع 51 حالة في قضاء سوق الشيوخ و28 في مدينة الناصرية و12 في "
                                      "قضاء الشطرة.\nوأوضحت الدائرة أن 14 تلميذا احتاجوا إلى دخول "
                                      "المستشفى.")
    assert "adds up to 91: 51 + 28 + 12 (line 5)" in finding.message


def test_the_list_after_hum_is_the_whole_and_another_noun_is_no_part_of_it(tmp_path):
    # «هم» names all of what the whole counts; «يمثلون 16 دولة» counts countries, not swimmers
    [finding] = one_article(tmp_path, "ويشارك في البطولة 214 سباحا وسباحة، هم 124 سباحا و86 سباحة، "
                                      "يمثلون 16 دولة.")
    assert "adds up to 210: 124 + 86" in finding.message


def test_parts_among_a_whole_cannot_add_up_to_more(tmp_path):
    # men, women and children are people of the bodies recovered; «مشيرة إلى أن» ends the list
    [finding] = one_article(tmp_path, "وتمكنت فرق الإنقاذ من انتشال 34 جثة، بينهم 21 رجلا و9 نساء "
                                      "و6 أطفال، مشيرة إلى أن 19 شخصا لا يزالون مفقودين.")
    assert "adds up to 36: 21 + 9 + 6" in finding.message


def test_parts_among_a_whole_may_leave_some_out(tmp_path):
    # eleven arrested «among them» eight Tunisians and two Libyans: the eleventh may be neither
    assert one_article(tmp_path, "وارتفع عدد الموقوفين إلى 11 شخصا، من بينهم 8 تونسيين و2 "
                                 "ليبيين، وفق الحرس الوطني.") == []


def test_kinds_that_split_any_whole_make_the_list_complete(tmp_path):
    [finding] = one_article(tmp_path, "وبلغ عدد المعتمرين منذ بداية الموسم 61 ألف معتمر، بينهم 48 "
                                      "ألفاً عبروا براً و11 ألفاً توجهوا جواً عبر المطار.")
    assert "adds up to 59,000: 48,000 + 11,000" in finding.message
    [finding] = one_article(tmp_path, "وبلغ عدد المسجلين 48736 ناخبا، من بينهم 25014 امرأة و22722 "
                                      "رجلا، وفق الهيئة.")
    assert "adds up to 47,736" in finding.message


def test_a_whole_divided_right_after_between_is_all_of_it(tmp_path):
    [finding] = one_article(tmp_path, "وبلغت الكلفة الجملية للمشروع 12,5 مليون دولار، موزعة بين 7,5 "
                                      "ملايين دولار قدمها الصندوق و4 ملايين دولار من ميزانية "
                                      "الوزارة.")
    assert "adds up to 11,500,000" in finding.message


def test_these_requests_are_the_sentence_befores_whole(tmp_path):
    [finding] = one_article(tmp_path, "وبلغت القيمة الجملية لطلبات الاكتتاب 6,1 مليار دولار. وتوزعت "
                                      "هذه الطلبات بين 3,4 مليار دولار من الخليج، و1,9 مليار دولار "
                                      "من أوروبا، و0,3 مليار دولار من آسيا.")
    assert "adds up to 5,600,000,000" in finding.message


def test_a_sum_within_the_rounding_of_its_figures_holds(tmp_path):
    # 6,1 may be 6,06 and 3,4 + 1,9 + 0,7 may be 6,06: rounding, not a slip
    assert one_article(tmp_path, "وبلغت القيمة الجملية لطلبات الاكتتاب 6,1 مليار دولار. وتوزعت "
                                 "هذه الطلبات بين 3,4 مليار دولار من الخليج، و1,9 مليار دولار "
                                 "من أوروبا، و0,7 مليار دولار من آسيا.") == []


def test_a_sum_only_every_figure_at_its_rounding_edge_could_reach_is_a_slip(tmp_path):
    # 3,4 + 1,9 + 0,6 reaches 6,1 only if all four figures sat exactly on a half
    [finding] = one_article(tmp_path, "وبلغت القيمة الجملية لطلبات الاكتتاب 6,1 مليار دولار. وتوزعت "
                                      "هذه الطلبات بين 3,4 مليار دولار من الخليج، و1,9 مليار دولار "
                                      "من أوروبا، و0,6 مليار دولار من آسيا.")
    assert "adds up to 5,900,000,000" in finding.message


def test_a_noun_the_sentence_before_counted_is_the_whole_it_divides(tmp_path):
    [finding] = one_article(tmp_path, "وقالت الوزارة إن عدد الأسر المستفيدة بلغ 950 أسرة. وتوزعت "
                                      "الأسر المستفيدة بين 400 أسرة في المدينة و350 أسرة في "
                                      "القرى المجاورة.")
    assert "gives a total of 950" in finding.message and "adds up to 750: 400 + 350" in finding.message


def test_a_total_after_its_items_closes_the_list(tmp_path):
    [finding] = one_article(tmp_path, "وشارك في المعرض 120 عارضا محليا و45 عارضا عربيا و30 عارضا "
                                      "أجنبيا، بإجمالي 205 عارضين.")
    assert "adds up to 195: 120 + 45 + 30" in finding.message


def test_figures_before_a_total_that_do_not_join_its_list_are_no_items(tmp_path):
    # the 2024 figure is another sentence's; 60 + 40 is the 100 of the sum
    assert one_article(tmp_path, "وبلغ عدد الزوار 90 ألفا في 2024. وزار المتحف هذا العام 60 ألف "
                                 "زائر محلي و40 ألف سائح، بمجموع 100 ألف زائر.") == []


def test_where_a_whole_comes_from_is_not_the_whole(tmp_path):
    # «من 12 دولة» says where the 80 teams come from; 50 + 35 exceed the 80
    [finding] = one_article(tmp_path, "وبلغ عدد الفرق المشاركة 80 فريقا من 12 دولة، توزعت بين 50 "
                                      "فريقا للرجال و35 فريقا للسيدات.")
    assert "«80 فريقا»" in finding.message and "adds up to 85" in finding.message


def test_a_stretch_of_time_between_the_whole_and_among_is_a_detail_of_it(tmp_path):
    [finding] = one_article(tmp_path, "وبلغ عدد الرحلات الملغاة 260 رحلة خلال الأيام الأربعة "
                                      "الأولى، منها 150 رحلة دولية و90 رحلة داخلية.")
    assert "adds up to 240: 150 + 90" in finding.message


def test_the_rest_named_at_the_end_of_the_last_item_closes_the_list(tmp_path):
    [finding] = one_article(tmp_path, "ووفر المشروع 900 وظيفة، منها 600 وظيفة لسكان المنطقة و200 "
                                      "وظيفة لعمال قادمين من المحافظات الأخرى.")
    assert "adds up to 800" in finding.message


def test_items_of_another_noun_leave_the_rest_no_whole_list(tmp_path):
    # the teams are divided by vehicle; dropping the cars leaves 40 + 15, which is not all
    assert one_article(tmp_path, "وبلغ عدد الطواقم 120 طاقما، توزعوا بين 50 سيارة و40 دراجة "
                                 "نارية و15 شاحنة.") == []


def test_a_whole_of_another_clause_is_not_divided(tmp_path):
    assert one_article(tmp_path, "وفاز العداء بسباق 800 متر، فيما توزعت الميداليات الأخرى على "
                                 "سباقات 200 متر و100 متر و400 متر.") == []


def test_a_figure_set_against_the_list_is_no_item(tmp_path):
    [finding] = one_article(tmp_path, "وبلغ عدد المتطوعين 300 متطوع، توزعوا بين 180 متطوعا في "
                                      "الإسعاف و140 متطوعا في الإطعام، مقابل 210 متطوعين العام "
                                      "الماضي.")
    assert "adds up to 320: 180 + 140" in finding.message


def test_an_item_in_words_leaves_the_sum_unknown(tmp_path):
    # «وحقيبتان» counts two portfolios without a figure: 12 + 6 + 4 is not the whole list
    assert one_article(tmp_path, "وتوزعت الحقائب الـ23 على النحو الآتي: 12 حقيبة للقوى الأولى، "
                                 "و6 للقوى الثانية، و4 للأحزاب الكردية، وحقيبتان للأقليات.") == []


def test_counts_of_containers_are_not_parts(tmp_path):
    # 62 polling stations in 19 centres hold the 48736 voters
    assert one_article(tmp_path, "ويبلغ عدد الناخبين المسجلين 48736 ناخبا، موزعين على 62 مكتب "
                                 "اقتراع في 19 مركز اقتراع.") == []


def test_a_list_among_a_whole_ends_where_a_sentence_goes_on(tmp_path):
    [finding] = one_article(tmp_path, "وتوجت مصر باللقب برصيد 45 ميدالية، منها 22 ذهبية و14 فضية "
                                      "و11 برونزية، وجاءت تونس ثانية بـ28 ميدالية.")
    assert "adds up to 47: 22 + 14 + 11" in finding.message


def test_a_range_is_not_a_breakdown(tmp_path):
    assert one_article(tmp_path, "وبلغت نسبة البقاء نحو 94%، وهي نسبة تفوق المتوسط العالمي الذي "
                                 "يتراوح عادة بين 70% و85%.") == []


def test_a_model_number_is_no_part(tmp_path):
    [finding] = one_article(tmp_path, "ووقعت الشركة اتفاقية لاقتناء 16 طائرة، منها 10 طائرات من طراز "
                                      "A321neo و8 طائرات من طراز A330-900.")
    assert "adds up to 18: 10 + 8" in finding.message



def test_a_list_ends_where_the_speaker_goes_on_with_wa_inna(tmp_path):
    # «وإن فرق الإنقاذ نجحت في انتشال 131 ناجياً»: the next thing the source said, not an item
    [finding] = one_article(tmp_path, "وقال المصدر إن العبارة كانت تقل 200 شخص، هم 176 راكباً و14 "
                                      "بحاراً، وإن فرق الإنقاذ نجحت في انتشال 131 ناجياً.")
    assert "adds up to 190: 176 + 14" in finding.message


def test_candidates_of_an_exam_are_people_their_kinds_are_parts_of(tmp_path):
    [finding] = one_article(tmp_path, "إذ بلغ عدد المشتركين 172480 مشتركاً، منهم 121360 من طلبة المدارس "
                                      "النظاميين و52120 من طلبة الدراسة الخاصة.")
    assert "adds up to 173,480: 121,360 + 52,120" in finding.message


def test_items_labelled_after_between_are_all_of_the_whole(tmp_path):
    # «بين نفقات جارية بقيمة … ونفقات رأسمالية بقيمة …»: each item named, then its figure
    body = ("وتتوزع النفقات العامة البالغة 13,14 مليار دينار بين نفقات جارية بقيمة 11,38 مليار "
            "دينار ونفقات رأسمالية بقيمة {} مليار دينار.")
    right, wrong = folders(tmp_path, "right", "wrong")
    assert one_article(right, body.format("1,76")) == []
    [finding] = one_article(wrong, body.format("1,67"))
    assert "adds up to 13,050,000,000: 11,380,000,000 + 1,670,000,000" in finding.message


def test_a_first_item_followed_by_the_next_is_no_count_of_groups(tmp_path):
    # «بين 14 سودانيا و9 …»: 14 is the first group, not how many groups there are
    [finding] = one_article(tmp_path, "وتوزع الضحايا الـ20 بين 14 سودانيا و9 مصريين.")
    assert "adds up to 23: 14 + 9" in finding.message


def test_the_pool_a_whole_was_chosen_from_is_no_whole(tmp_path):
    # «اختيرت من بين 540 مشروعاً»: the 36 chosen are divided, not the 540 that applied
    body = ("ويضم المعرض 36 مشروعاً من 11 جامعة، اختيرت من بين 540 مشروعاً تقدمت للمسابقة، "
            "وتتوزع بين 15 مشروعاً هندسياً و{} مشروعاً طبياً.")
    right, wrong = folders(tmp_path, "right", "wrong")
    assert one_article(right, body.format("21")) == []
    [finding] = one_article(wrong, body.format("19"))
    assert "a total of 36" in finding.message and "adds up to 34: 15 + 19" in finding.message


def test_an_item_added_with_idafatan_ila_is_still_in_the_list(tmp_path):
    # «إضافة إلى 8 …» is one more item, not the speaker going on («أضاف»)
    body = ("وتضم الدورة 40 عرضاً، تتوزع بين 20 عرضاً مسرحياً و12 عرضاً راقصاً، إضافة إلى {} "
            "عروض للأطفال.")
    right, wrong = folders(tmp_path, "right", "wrong")
    assert one_article(right, body.format("8")) == []
    [finding] = one_article(wrong, body.format("6"))
    assert "adds up to 38: 20 + 12 + 6" in finding.message


def test_children_women_and_men_are_everyone_among_the_injured(tmp_path):
    [finding] = one_article(tmp_path, "وأسفر الحادث عن 11 جريحاً، بينهم ثلاثة أطفال وأربع نساء "
                                      "وخمسة رجال.")
    assert "adds up to 12: 3 + 4 + 5" in finding.message


def test_mobile_and_fixed_teams_are_all_the_teams(tmp_path):
    [finding] = one_article(tmp_path, "ونفذ الحملة 3,200 فريق، منها 2,500 فريق جوال و600 فريق ثابت.")
    assert "adds up to 3,100" in finding.message


def test_a_measured_whole_divided_in_the_same_words_a_sentence_later(tmp_path):
    # hectares are divided too when the next sentence names the whole in its words again
    body = ("وارتفعت المساحات المزروعة بالقمح هذا الموسم إلى 9400 هكتار.\nوتوزعت المساحات "
            "المزروعة على الشمال بواقع 5100 هكتار، والوسط {} هكتار.")
    right, wrong = folders(tmp_path, "right", "wrong")
    assert one_article(right, body.format("4300")) == []
    [finding] = one_article(wrong, body.format("3400"))
    assert "adds up to 8,500: 5,100 + 3,400" in finding.message


def test_houses_wholly_and_partly_destroyed_are_all_the_damaged_ones(tmp_path):
    [finding] = one_article(tmp_path, "وارتفع عدد المنازل المتضررة إلى 640 منزلاً، منها 85 منزلاً "
                                      "انهارت كلياً و545 منزلاً تضررت جزئياً.")
    assert "adds up to 630: 85 + 545" in finding.message


def test_a_list_a_colon_opens_right_after_its_total_is_all_of_it(tmp_path):
    [finding] = one_article(tmp_path, "وقال المصدر إن 23 رحلة قادمة حولت إلى مطارات الجوار: 11 رحلة "
                                      "إلى الدمام و7 رحلات إلى البحرين و4 رحلات إلى الدوحة.")
    assert "gives a total of 23" in finding.message and "adds up to 22: 11 + 7 + 4" in finding.message


def test_a_colon_that_opens_a_quotation_lists_nothing(tmp_path):
    assert one_article(tmp_path, "وتضررت 500 عائلة من الفيضان وقال المحافظ: 200 عائلة أجليت "
                                 "و100 عائلة نقلت إلى المدارس.") == []


def test_votes_for_against_and_abstaining_cannot_exceed_the_members_they_are_taken_from(
        tmp_path):
    [finding] = one_article(tmp_path, "وجاء القرار بعد تصويت حصل فيه الملف على تأييد 16 دولة، مقابل "
                                      "معارضة 3 دول وامتناع 3 دول عن التصويت، من أصل 21 دولة "
                                      "عضواً في اللجنة.")
    assert "adds up to 22: 16 + 3 + 3" in finding.message


def test_a_vote_split_within_its_whole_is_no_finding(tmp_path):
    (tmp_path / "members").mkdir()
    (tmp_path / "bound").mkdir()
    # 187 + 54 + 20 of 261 members; and 87 + 44 + 5 among «more than 110» taking part
    assert one_article(tmp_path / "members", "نالت الحكومة تأييد 187 نائباً، في مقابل 54 صوتاً "
                                             "معارضاً وامتناع 20 نائباً، من أصل 261 نائباً.") == []
    assert one_article(tmp_path / "bound", "وافق المجلس على الموازنة بأغلبية 87 صوتاً مقابل 44 "
                                           "صوتاً معارضاً، وامتناع 5 نواب عن التصويت، في جلسة "
                                           "شارك فيها أكثر من 110 نواب.") == []


def test_nationals_and_foreigners_are_everyone(tmp_path):
    (tmp_path / "workers").mkdir()
    (tmp_path / "jobs").mkdir()
    [finding] = one_article(tmp_path / "workers", "وقال إن القطاع يوظف 82,400 عامل، منهم 22,250 "
                                                  "أردنيا و58,150 عاملا وافدا.")
    assert "adds up to 80,400: 22,250 + 58,150" in finding.message
    [finding] = one_article(tmp_path / "jobs", "وأوضحت الشركة أن المصنع يوفر 650 وظيفة مباشرة، منها "
                                               "420 وظيفة للكوادر السعودية و180 وظيفة للخبرات "
                                               "الأجنبية.")
    assert "adds up to 600: 420 + 180" in finding.message


def test_two_nationalities_among_more_are_some_of_the_whole(tmp_path):
    assert one_article(tmp_path, "وبلغ عدد العمال 82,400 عامل، منهم 22,250 أردنيا و38,150 "
                                 "مصريا.") == []


def test_a_dual_item_counts_two(tmp_path):
    # three children, two women («وامرأتان») and four men are nine, not eight
    [finding] = one_article(tmp_path, "ارتفعت حصيلة انفجار قنينة الغاز إلى 8 قتلى، بينهم ثلاثة أطفال "
                                      "وامرأتان وأربعة رجال، إضافة إلى 21 مصابا.")
    assert "adds up to 9: 3 + 4 + 2 («وامرأتان»)" in finding.message


def test_a_word_that_only_ends_like_a_dual_counts_nothing(tmp_path):
    (tmp_path / "within").mkdir()
    (tmp_path / "plural").mkdir()
    assert one_article(tmp_path / "within", "لترتفع الحصيلة إلى 27 جثة، من بينها 9 نساء "
                                            "وطفلان.") == []
    # «ومسنين» is a plural, «وسكان» residents: neither is two
    assert one_article(tmp_path / "plural", "ارتفعت الحصيلة إلى 8 قتلى، بينهم ثلاثة أطفال "
                                            "ومسنين وسكان وأربعة رجال.") == []


def test_trucks_buses_and_cars_are_vehicles(tmp_path):
    [finding] = one_article(tmp_path, "فقد تورطت في الحادث 34 مركبة، من بينها 11 شاحنة و4 حافلات "
                                      "و21 سيارة خفيفة، اصطدمت بشكل متسلسل.")
    assert "adds up to 36: 11 + 4 + 21" in finding.message


def test_a_count_of_cars_is_not_broken_down_by_vehicles(tmp_path):
    assert one_article(tmp_path, "وشارك في السباق 34 سيارة، من بينها 20 مركبة خفيفة و16 "
                                 "مركبة ثقيلة.") == []


def test_a_noun_two_follows_counts_two(tmp_path):
    # 14 + 9 + 6 + 4 + 3 tourists and «مصريين اثنين» are the 38 the list breaks down
    assert one_article(tmp_path, "وضم اليخت 38 سائحا: 14 ألمانيا، و9 بريطانيين، و6 إيطاليين، و4 "
                                 "بولنديين، و3 بلجيكيين، إضافة إلى مصريين اثنين.") == []


def test_amounts_per_head_are_not_parts_of_their_total(tmp_path):
    # 4 families × 100 thousand and 21 injured × 20 thousand make the 820 thousand
    assert one_article(tmp_path, "وقررت الوزارة صرف 100 ألف جنيه لأسرة كل طفل متوفى، و20 ألف جنيه "
                                 "لكل مصاب، بإجمالي 820 ألف جنيه.") == []


def test_the_dead_listed_with_hum_add_up_to_the_toll_a_sentence_before(tmp_path):
    [finding] = one_article(tmp_path, "وارتفع عدد ضحايا حريق القاعة إلى 48 شخصا.\nوأوضحت الوزارة أن "
                                      "الضحايا هم 19 امرأة و11 طفلا و16 رجلا.")
    assert "adds up to 46: 19 + 11 + 16" in finding.message


def test_what_a_sum_of_money_bought_is_no_part_of_it(tmp_path):
    # shares traded and contracts signed are what the 6.1 million dinars paid for
    assert one_article(tmp_path, "وبلغ حجم التداول في جلسة اليوم نحو 6.1 مليون دينار، توزعت على "
                                 "3.4 مليون سهم نفذت من خلال 2150 عقداً.") == []


def test_of_two_counts_a_sentence_earlier_the_parts_divide_the_one_they_add_up_to(tmp_path):
    # cases, then recoveries, both in «حالة»: the provinces share the 3470 cases
    assert one_article(tmp_path, "ارتفع عدد حالات الاشتباه بالكوليرا إلى 3470 حالة، بينها 52 وفاة، "
                                 "فيما بلغ عدد المتعافين 2980 حالة.\nوتوزعت الحالات على محافظة "
                                 "الحديدة بـ1390 حالة، وحجة بـ802 حالة، وإب بـ710 حالات، وتعز "
                                 "بـ568 حالة.") == []


def test_a_list_opened_by_a_part_of_them_is_held_to_the_figure_before(tmp_path):
    # «18 منهم» is the list's first hospital, not the whole the other two divide
    [finding] = one_article(tmp_path, "وأعلن مدير الصحة أن عدد المصابين بلغ 34 جريحاً، يرقد 18 منهم في "
                                      "مستشفى المدينة و11 في مستشفى الحمزة و8 في مستشفى عفك.")
    assert "injured as 34" in finding.message and "adds up to 37: 18 + 11 + 8" in finding.message
