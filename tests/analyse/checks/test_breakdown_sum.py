"""breakdown-sum: a whole the article divides into parts that do not add up to it."""

from checks_support import article, findings, report_of


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
    # next sentence are those taken to hospital, not a fourth district
    found = one_article(tmp_path, "ارتفاع إصابات الالتهاب الكبدي إلى 96 حالة\n"
                                  "أعلنت السلطات الصحية ارتفاع عدد الإصابات إلى 96 حالة، توزعت بواقع "
                                  "51 حالة في قضاء سوق الشيوخ و28 في مدينة الناصرية و12 في قضاء "
                                  "الشطرة.\nوأوضحت الدائرة أن 14 تلميذا احتاجوا إلى دخول المستشفى.")
    assert found == []


def test_the_list_after_hum_is_the_whole_and_another_noun_is_no_part_of_it(tmp_path):
    # «هم» names all of what the whole counts; «يمثلون 16 دولة» counts countries, not swimmers
    [finding] = one_article(tmp_path, "ويشارك في البطولة 214 سباحا وسباحة، هم 124 سباحا و86 سباحة، "
                                      "يمثلون 16 دولة.")
    assert "adds up to 210: 124 + 86" in finding.message
