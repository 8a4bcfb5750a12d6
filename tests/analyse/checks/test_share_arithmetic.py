"""share-arithmetic: a share the article's own part and whole do not give."""

from checks_support import article, findings, folders, report_of


def _shares(tmp_path, body: str):
    return findings(report_of(tmp_path, a=article(body, "2025-06-18")), "share-arithmetic")


def test_a_share_its_own_part_and_whole_do_not_give_shows_the_division(tmp_path):
    (found,) = _shares(tmp_path, "وتنطلق المحطة بإنتاج 150 ألف متر مكعب يومياً، أي ما يعادل 60% "
                                 "من طاقتها الإجمالية البالغة 300 ألف متر مكعب يومياً.")
    assert found.severity == "warning"
    assert ("gives 60% (line 4: «60%») as the share of 150,000 in 300,000 (line 4), but "
            "150,000 / 300,000 is 50.0%.") in found.message


def test_a_share_that_its_figures_give_is_left_alone(tmp_path):
    assert _shares(tmp_path, "بلغت حقينة السد 1058 مليون متر مكعب، أي ما يعادل 88,2% من سعته "
                             "البالغة 1200 مليون متر مكعب.") == []


def test_a_share_rounded_as_written_is_left_alone(tmp_path):
    # 3.92 of 4 million is 98%: «98%» is right, «89%» (the digits swapped) is not
    body = "وتسلمت الوزارة 3,92 مليون طن، أي ما يعادل {} من المستهدف البالغ 4 ملايين طن."
    right, wrong = folders(tmp_path, "right", "wrong")
    assert _shares(right, body.format("98%")) == []
    (found,) = _shares(wrong, body.format("89%"))
    assert "is 98.0%" in found.message


def test_a_part_after_minha_is_divided_by_the_whole_before_it(tmp_path):
    (found,) = _shares(tmp_path, "وضبطت اللجان 412 حالة غش، منها 268 حالة باستخدام الهواتف، أي ما "
                                 "نسبته 75% من مجمل الحالات.")
    assert "the share of 268 in 412" in found.message and "is 65.0%" in found.message


def test_a_whole_of_another_kind_is_no_whole_of_the_part(tmp_path):
    # cubic metres against dinars: the percentage is of something else
    assert _shares(tmp_path, "وتنطلق المحطة بإنتاج 150 ألف متر مكعب يومياً، أي ما يعادل 60% من "
                             "ميزانية المشروع البالغة 300 مليون دينار.") == []


def test_a_percentage_change_is_no_share(tmp_path):
    assert _shares(tmp_path, "وأغلق السهم عند 54.60 ريال، بارتفاع 25% من سعر الطرح البالغ 42 "
                             "ريالاً.") == []


def test_money_in_another_currency_is_no_whole_of_the_part(tmp_path):
    # dinars over dollars: both money, not one thing counted
    assert _shares(tmp_path, "وخصصت الحكومة 150 مليون دينار، أي ما يعادل 60% من التمويل البالغ "
                             "300 مليون دولار.") == []


def test_a_part_out_of_its_whole_restated_as_a_share(tmp_path):
    # «من أصل» names the whole, whatever nouns count them; «أي بنسبة … بلغت» restates it
    wrong, right = folders(tmp_path, "wrong", "right")
    (found,) = _shares(wrong, "وأنهى 10215 عداء وعداءة السباقات من أصل 12400 مسجل، أي بنسبة "
                              "وصول بلغت 88 بالمائة.")
    assert "the share of 10,215 in 12,400" in found.message and "is 82.4%" in found.message
    assert _shares(right, "ونجح 300 طالب من أصل 400، أي بنسبة 75%.") == []


def test_a_share_of_a_hard_wrapped_sentence_is_read_across_its_lines(tmp_path):
    (found,) = _shares(tmp_path, "الإضراب يلغي مئات الرحلات\n\n"
                                 "وقالت الشركة في بيان إن الإضراب الذي دخل يومه الرابع\n"
                                 "أدى حتى مساء أمس إلى إلغاء 276 رحلة من أصل 380 رحلة\n"
                                 "مبرمجة، أي ما يعادل 62% من مجموع الرحلات المبرمجة خلال\n"
                                 "تلك الفترة، وأضافت أن المفاوضات مع النقابة مستمرة.")
    assert "gives 62% (line 8: «62%») as the share of 276 in 380 (line 7)" in found.message


def test_a_share_of_listed_parts_may_be_of_one_part_or_of_all(tmp_path):
    body = ("واحترق 214 محلاً بالكامل وتضرر 90 محلاً بشكل جزئي، من أصل 400 محل يضمها السوق، أي ما "
            "نسبته {} من محاله.")
    right, wrong = folders(tmp_path, "right", "wrong")
    assert _shares(right, body.format("76%")) == []
    (found,) = _shares(wrong, body.format("62%"))
    assert ("214 / 400 is 53.5%; 90 / 400 is 22.5%; 214 + 90 = 304 / 400 is 76.0%"
            in found.message)


def test_a_rate_named_by_a_part_is_that_part_over_its_whole(tmp_path):
    # «بمعدل وفيات»: the deaths the sentence gave among its cases, over those cases
    body = ("سجلت المحافظة 4,512 حالة كوليرا مشتبهة، بينها 38 وفاة، منذ إعلان التفشي، بمعدل "
            "وفيات بلغ {}، وفق مكتب الصحة.")
    right, wrong = folders(tmp_path, "right", "wrong")
    assert _shares(right, body.format("0,84%")) == []
    (found,) = _shares(wrong, body.format("1,4%"))
    assert "the share of 38 in 4,512" in found.message and "is 0.8%" in found.message


def test_a_part_out_of_a_whole_its_noun_names_and_the_share_after_them(tmp_path):
    # «من أصل سعة إجمالية تبلغ …»: the whole's noun and «تبلغ» stand before its figure
    [finding] = _shares(tmp_path, "وبلغ مخزون السد 630 مليون متر مكعب من أصل سعة إجمالية تبلغ "
                                  "900 مليون متر مكعب، أي ما يعادل 75%.")
    assert "is 70.0%" in finding.message


def test_a_share_of_the_total_a_part_was_taken_from(tmp_path):
    # «من الكمية الإجمالية» names back the 1,5 million the 900 thousand are «منها»; the
    # next item after the comma is no whole
    [finding] = _shares(tmp_path, "وتشمل الصفقة 1,5 مليون طن خلال عامين، منها 900 ألف طن من "
                                  "القمح، تشكل 65% من الكمية الإجمالية، و600 ألف طن من الشعير.")
    assert "900,000 / 1,500,000 is 60.0%" in finding.message


def test_a_part_among_a_whole_counted_by_another_noun(tmp_path):
    [finding] = _shares(tmp_path, "وضبطت الجمارك 250 قطعة، من ضمنها 150 هاتفا، أي ما يعادل "
                                  "50% من مجموع المضبوطات.")
    assert "150 / 250 is 60.0%" in finding.message


def test_a_share_then_the_amount_it_makes_of_a_whole(tmp_path):
    [finding] = _shares(tmp_path, "ويملك الصندوق حصة 30 في المائة من الشركة، أي ما يعادل 450 "
                                  "مليون دولار من إجمالي رأس المال البالغ 1,2 مليار دولار.")
    assert "450,000,000 / 1,200,000,000 is 37.5%" in finding.message


def test_a_whole_with_no_noun_of_its_own_counts_what_its_part_counts(tmp_path):
    # «من أصل 8,000 تقدموا …»: the candidates are counted once, before «من أصل»
    body = ("وقُبل 2,000 مترشح من أصل 8,000 تقدموا للمباراة في دورتها الأولى، أي بنسبة {} في "
            "المائة، وفق الوزارة.")
    right, wrong = folders(tmp_path, "right", "wrong")
    assert _shares(right, body.format("25")) == []
    (found,) = _shares(wrong, body.format("52"))
    assert "2,000 / 8,000 is 25.0%" in found.message


def test_a_share_said_to_be_about_so_is_held_to_its_parts_with_room_for_the_about(tmp_path):
    body = ("وطال الانقطاع 9,6 مليون مشترك من أصل 24 مليون مشترك في الشبكة، أي نحو {} من "
            "مجموع الزبناء.")
    near, far = folders(tmp_path, "near", "far")
    assert _shares(near, body.format("42%")) == []  # 40% is about 42%
    (found,) = _shares(far, body.format("50%"))
    assert "gives about 50%" in found.message and "9,600,000 / 24,000,000 is 40.0%" in found.message

