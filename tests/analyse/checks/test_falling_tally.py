"""falling-tally: a later report with a lower running total than an earlier one."""

from checks_support import article, findings, report_of, serious, topic_of


def test_a_later_lower_total_is_a_conflict_naming_both(tmp_path):
    report = report_of(
        tmp_path,
        a=article("ارتفع عدد القتلى في ليبيا إلى 40 قتيلا جراء العاصفة.", "2022-03-03"),
        b=article("قتل 28 شخصا في ليبيا جراء العاصفة.", "2022-03-05"))
    topic = topic_of(report, "a", "dead")
    assert topic.status == "conflict"
    [finding] = findings(report, "falling-tally")
    assert finding.severity == "error"  # a toll named by its own words, for one country
    assert finding.articles == ("a", "b")
    assert finding.claims[0].startswith("b:")  # the later, lower figure leads
    assert "28" in finding.message and "40" in finding.message
    assert "published 2022-03-05" in finding.message and "published 2022-03-03" in finding.message
    assert findings(report, "evolving-tally") == []


def test_a_fall_is_found_among_rising_reports(tmp_path):
    report = report_of(
        tmp_path,
        a=article("قتل 12 شخصا في ليبيا جراء العاصفة.", "2022-03-03"),
        b=article("ارتفع عدد القتلى في ليبيا إلى 75 قتيلا جراء العاصفة.", "2022-03-05"),
        c=article("ارتفع عدد القتلى في ليبيا إلى 52 قتيلا جراء العاصفة.", "2022-03-07"))
    assert topic_of(report, "a", "dead").status == "conflict"
    [finding] = findings(report, "falling-tally")
    assert set(finding.articles) == {"b", "c"}


def test_an_approximate_later_figure_close_to_the_earlier_one_is_no_fall(tmp_path):
    # "about 39" may well be 40: intervals decide, not the written digits
    report = report_of(
        tmp_path,
        a=article("ارتفع عدد القتلى في ليبيا إلى 40 قتيلا جراء العاصفة.", "2022-03-03"),
        b=article("قتل نحو 39 شخصا في ليبيا جراء العاصفة.", "2022-03-05"))
    assert topic_of(report, "a", "dead").status == "consistent"
    assert serious(report) == []


def test_publication_inferred_from_the_text_orders_the_reports(tmp_path):
    report = report_of(
        tmp_path,
        a=article("وقالت الشرطة اليوم الأحد 6 مارس 2022 إن 40 شخصا لقوا حتفهم في ليبيا."),
        b=article("وقالت الشرطة اليوم الثلاثاء 8 مارس 2022 إن 28 شخصا لقوا حتفهم في ليبيا."))
    assert topic_of(report, "a", "dead").status == "conflict"
    assert len(findings(report, "falling-tally")) == 1


def test_a_fall_attributed_to_different_bodies_says_so(tmp_path):
    report = report_of(
        tmp_path,
        a=article("قتل 40 شخصا في ليبيا بحسب الهلال الأحمر.", "2022-03-03"),
        b=article("قتل 28 شخصا في ليبيا بحسب وزارة الصحة.", "2022-03-05"))
    [finding] = findings(report, "falling-tally")
    assert "40 according to الهلال الأحمر" in finding.message
    assert "28 according to وزارة الصحة" in finding.message


def test_a_falling_toll_with_no_country_named_is_only_a_warning(tmp_path):
    report = report_of(
        tmp_path,
        a=article("ارتفع عدد القتلى إلى 40 قتيلا جراء العاصفة.", "2022-03-03"),
        b=article("قتل 28 شخصا جراء العاصفة.", "2022-03-05"))
    [finding] = findings(report, "falling-tally")
    assert finding.severity == "warning"


def test_two_totals_for_the_same_stated_moment_are_a_conflict(tmp_path):
    report = report_of(
        tmp_path,
        a=article("وحتى الساعة العاشرة من صباح اليوم، بلغ عدد القتلى في ليبيا 40 قتيلا.",
                  "2022-03-03"),
        b=article("ارتفعت حصيلة القتلى في ليبيا إلى 55 قتيلا، وذلك إلى حدود الساعة العاشرة "
                  "من صباح اليوم.", "2022-03-03"))
    [finding] = findings(report, "falling-tally")
    assert "same moment (10:00 on 2022-03-03)" in finding.message
    assert finding.severity == "error"


def test_totals_for_different_moments_of_one_day_are_an_update(tmp_path):
    report = report_of(
        tmp_path,
        a=article("وحتى الساعة العاشرة من صباح اليوم، بلغ عدد القتلى في ليبيا 40 قتيلا.",
                  "2022-03-03"),
        b=article("وحتى الساعة السادسة مساء اليوم، بلغ عدد القتلى في ليبيا 55 قتيلا.",
                  "2022-03-03"))
    assert findings(report, "falling-tally") == []


def test_a_later_figure_under_half_an_earlier_toll_is_read_as_a_part_not_a_fall(tmp_path):
    # 12 after 40: the dead of one town, or of one day, far more often than a toll revised down
    report = report_of(
        tmp_path,
        a=article("ارتفع عدد القتلى في ليبيا إلى 40 قتيلا جراء العاصفة.", "2022-03-03"),
        b=article("قتل 12 شخصا في ليبيا جراء العاصفة.", "2022-03-05"))
    assert findings(report, "falling-tally") == []


def test_two_outlets_relaying_one_update_with_different_injured_disagree(tmp_path):
    # the same death toll beside both: one outlet kept the injured of an older update
    report = report_of(
        tmp_path,
        a=article("وارتفع عدد القتلى في ليبيا إلى 2100 قتيل و1800 مصاب.", "2022-03-05"),
        b=article("وبلغ عدد القتلى في ليبيا 2100 شخص، والمصابين 2400.", "2022-03-05"))
    [finding] = findings(report, "falling-tally")
    assert finding.severity == "warning"  # one update is inferred from the toll, not stated
    assert "relay the same update (2,100 dead)" in finding.message
    assert "1,800" in finding.message and "2,400" in finding.message


def test_injured_beside_two_different_tolls_are_two_updates(tmp_path):
    report = report_of(
        tmp_path,
        a=article("وارتفع عدد القتلى في ليبيا إلى 1300 قتيل و1800 مصاب.", "2022-03-05"),
        b=article("وبلغ عدد القتلى في ليبيا 2100 شخص، والمصابين 2400.", "2022-03-05"))
    assert findings(report, "falling-tally") == []


def test_a_count_the_article_says_rose_while_the_toll_stood_is_no_relayed_update(tmp_path):
    # the second outlet itself says 17 injured was the first count, and the dead stayed at 3
    report = report_of(
        tmp_path,
        a=article("لقي 3 تلاميذ مصرعهم وأصيب 17 آخرون في انقلاب حافلة مدرسية.", "2025-10-21"),
        b=article("3 وفيات و21 مصابا في انقلاب الحافلة\nارتفع عدد المصابين في الحادث إلى 21 "
                  "تلميذا، بعد أن كانت الحصيلة الأولية قد أشارت إلى 17 مصابا، فيما استقر عدد "
                  "الوفيات عند 3 تلاميذ.", "2025-10-21"))
    assert findings(report, "falling-tally") == []


def test_an_outbreak_update_relayed_with_different_deaths_disagrees(tmp_path):
    # an outbreak's update is known by its case count: the deaths beside it must agree
    report = report_of(
        tmp_path,
        a=article("ارتفاع حصيلة الكوليرا في العراق إلى 1236 حالة و14 وفاة.", "2025-08-12"),
        b=article("وأعلنت الوزارة ارتفاع حالات الكوليرا في العراق إلى 1236 حالة، و41 حالة وفاة.",
                  "2025-08-13"))
    [finding] = findings(report, "falling-tally")
    assert "relay the same update (1,236 cases)" in finding.message
    assert "14" in finding.message and "41" in finding.message


def test_a_small_toll_that_stands_for_days_ties_no_update_together(tmp_path):
    # three dead on Tuesday and still three on Wednesday: the injured beside them may grow
    report = report_of(
        tmp_path,
        a=article("ارتفعت حصيلة الوفيات في حرائق الغابات بالمغرب إلى ثلاثة أشخاص، فيما ارتفع "
                  "عدد المصابين إلى 14 شخصا.", "2025-07-15"),
        b=article("وخلفت حرائق الغابات في المغرب ثلاثة قتلى و17 مصابا.", "2025-07-16"))
    assert findings(report, "falling-tally") == []


def test_survivors_fall_when_the_injured_die(tmp_path):
    report = report_of(
        tmp_path,
        a=article("نجا 119 راكبا من تحطم طائرة الركاب الليبية عند هبوطها.", "2024-11-13"),
        b=article("وتراجع عدد الناجين من تحطم طائرة الركاب الليبية عند هبوطها إلى 116 راكبا.",
                  "2024-11-16"))
    assert findings(report, "falling-tally") == []


def test_a_fall_is_found_beside_a_part_of_the_later_report(tmp_path):
    # the later article's smallest figure is a part (a province's count); its total fell
    report = report_of(
        tmp_path,
        a=article("ارتفع عدد الإصابات بمرض الحصبة في الجزائر إلى 615 حالة.", "2024-02-13"),
        b=article("ارتفع عدد المصابين بالحصبة في الجزائر إلى 568 حالة.\nوقال طبيب إن الحصبة من "
                  "أكثر الأمراض انتشارا في الجزائر، إذ ينقل المصاب العدوى إلى ما بين 12 و18 شخصا.",
                  "2024-02-15"))
    [finding] = findings(report, "falling-tally")
    assert "568" in finding.message and "615" in finding.message


def test_a_count_a_head_noun_names_is_a_running_count_too(tmp_path):
    (tmp_path / "rising").mkdir()
    (tmp_path / "falling").mkdir()
    # «عدد الطيور التي تم إعدامها»: 165 thousand, then 480 thousand four days on, is an update
    rising = report_of(
        tmp_path / "rising",
        a=article("وارتفع عدد الطيور التي تم إعدامها إلى 165 ألف طائر.", "2024-01-18"),
        b=article("وبلغ عدد الطيور التي تم إعدامها 480 ألف طائر، حسب المكتب.", "2024-01-22"))
    assert serious(rising) == []
    assert len(findings(rising, "evolving-tally")) == 1
    # … and a later, lower count is a fall
    falling = report_of(
        tmp_path / "falling",
        a=article("وبلغ عدد الطيور التي تم إعدامها 870 ألف طائر.", "2024-01-29"),
        b=article("وارتفع عدد الطيور التي تم إعدامها إلى 780 ألف طائر.", "2024-01-30"))
    assert [f.check for f in serious(falling)] == ["falling-tally"]


def test_two_counts_for_the_same_evening_that_differ_are_a_conflict(tmp_path):
    # both «حتى مساء أمس الثلاثاء», published the same Wednesday: one moment, two counts
    report = report_of(
        tmp_path,
        a=article("وبلغ عدد المفرج عنهم حتى مساء أمس الثلاثاء 131 نزيلا.", "2024-04-10"),
        b=article("وبلغ عدد المفرج عنهم إلى غاية مساء أمس الثلاثاء 113 نزيلا.", "2024-04-10"))
    [finding] = findings(report, "falling-tally")
    assert "same moment" in finding.message


def test_a_winters_toll_beside_the_avalanches_is_not_the_avalanches(tmp_path):
    # 61 is the whole winter's dead across provinces, not the avalanche's toll
    report = report_of(
        tmp_path,
        a=article("ارتفعت حصيلة الانهيار الثلجي إلى 34 قتيلا.\nوتزامن الانهيار مع موجة برد أودت "
                  "بحياة 61 شخصا في ولايات مختلفة منذ بداية فصل الشتاء.", "2025-02-07"),
        b=article("ارتفعت حصيلة الانهيار الثلجي إلى 38 قتيلا.", "2025-02-08"))
    assert serious(report) == []


def test_a_toll_since_the_start_of_the_year_alone_is_the_running_tally(tmp_path):
    report = report_of(
        tmp_path,
        a=article("وارتفع عدد القتلى في حوادث الطرق منذ بداية العام إلى 300 قتيل.", "2025-05-01"),
        b=article("وتراجع عدد القتلى في حوادث الطرق إلى 280 قتيلا.", "2025-05-03"))
    assert findings(report, "falling-tally")


def test_an_earlier_total_given_in_the_headline_too_is_quoted_from_the_body(tmp_path):
    # the body's sentence says whose count it is and when; the headline does not
    report = report_of(
        tmp_path,
        a=article("العاصفة في ليبيا: الحصيلة ترتفع إلى 40 قتيلا\nارتفع عدد القتلى في ليبيا جراء "
                  "العاصفة إلى 40 قتيلا، حسب آخر حصيلة أعلنتها وزارة الصحة صباح اليوم.",
                  "2022-03-03"),
        b=article("قتل 28 شخصا في ليبيا جراء العاصفة.", "2022-03-05"))
    [finding] = findings(report, "falling-tally")
    assert "40 reported earlier (a line 5;" in finding.message


def test_fewer_in_a_critical_state_later_is_no_fall(tmp_path):
    # the seriously injured recover, or die: a later report may count fewer of them
    report = report_of(
        tmp_path,
        a=article("أصيب 41 شخصا في حادث الترامواي، بينهم 7 إصابات خطيرة.", "2025-11-18"),
        b=article("أصيب 41 شخصا في حادث الترامواي، بينهم 4 إصابات خطيرة.", "2025-11-19"))
    assert findings(report, "falling-tally") == []
