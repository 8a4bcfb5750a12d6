"""lone-dissent: one source gives another figure in the same words as several that agree."""

from checks_support import article, findings, report_of

FARE = "ورفعت الأمانة أجرة الحافلات من 45 قرشاً إلى {} قرشاً للرحلة."


def _fares(tmp_path, **fares):
    """Articles giving the fare rise in the same words, each with its own new fare and day."""
    return findings(report_of(tmp_path, **{name: article(FARE.format(fare), day)
                                          for name, (fare, day) in fares.items()}),
                    "lone-dissent")


def test_one_outlet_retyping_the_figure_others_agree_on_is_named(tmp_path):
    (found,) = _fares(tmp_path, amman=(60, "2025-09-10"), mashreq=(60, "2025-09-10"),
                      misr=(65, "2025-09-10"))
    assert found.claims[0].startswith("misr:")
    assert found.severity == "warning"
    assert ("misr gives 65 (line 4: «من 45 قرشاً إلى 65 قرشاً») where 2 other sources give 60 "
            "in the same words (amman line 4: «من 45 قرشاً إلى 60 قرشاً»; also mashreq line 4)"
            in found.message)


def test_one_source_against_one_is_not_enough(tmp_path):
    assert _fares(tmp_path, amman=(60, "2025-09-10"), misr=(65, "2025-09-10")) == []


def test_two_against_two_names_no_figure_as_the_agreed_one(tmp_path):
    assert _fares(tmp_path, amman=(60, "2025-09-10"), mashreq=(60, "2025-09-10"),
                  misr=(65, "2025-09-10"), nile=(65, "2025-09-10")) == []


def test_a_later_larger_figure_may_be_a_count_that_grew(tmp_path):
    # every article with the smaller figure came before: the count may have risen since
    assert _fares(tmp_path, amman=(60, "2025-09-08"), mashreq=(60, "2025-09-09"),
                  misr=(65, "2025-09-12")) == []


def test_a_later_article_repeating_the_figure_says_it_did_not_grow(tmp_path):
    (found,) = _fares(tmp_path, amman=(60, "2025-09-08"), mashreq=(60, "2025-09-14"),
                      misr=(65, "2025-09-12"))
    assert found.claims[0].startswith("misr:")


def test_other_words_before_the_figure_may_name_another_thing(tmp_path):
    # the same counted noun, but the words before name two races
    report = report_of(tmp_path,
                       a=article("وفاز السباح بذهبية سباق 1500 متر حرة.", "2025-07-01"),
                       b=article("وتوج السباح بذهبية سباق 1500 متر حرة.", "2025-07-01"),
                       c=article("وحلت السباحة ثانية في نهائي 800 متر حرة.", "2025-07-01"))
    assert findings(report, "lone-dissent") == []


def test_a_rounded_figure_is_no_dissent(tmp_path):
    body = "وصوت في الانتخابات {} ناخباً من أصل 48736 مسجلاً."
    report = report_of(tmp_path,
                       a=article(body.format("11412"), "2025-07-01"),
                       b=article(body.format("11412"), "2025-07-01"),
                       c=article(body.format("نحو 11,4 ألف"), "2025-07-01"))
    assert findings(report, "lone-dissent") == []


def test_swapped_digits_are_left_to_transposed_digits(tmp_path):
    report = report_of(tmp_path,
                       a=article("وسجلت الصادرات 2,74 مليار دولار خلال العام الماضي.", "2025-03-10"),
                       b=article("وسجلت الصادرات 2,74 مليار دولار خلال العام الماضي.", "2025-03-10"),
                       c=article("وسجلت الصادرات 2,47 مليار دولار خلال العام الماضي.", "2025-03-10"))
    assert findings(report, "lone-dissent") == []
    assert len(findings(report, "transposed-digits")) == 1


def test_words_that_lead_up_to_any_figure_are_no_shared_wording(tmp_path):
    # «أي ما يعادل» may come before any share: it does not say the figures are one fact
    report = report_of(tmp_path,
                       a=article("وبلغ مخزون السد الكبير 410 ملايين متر مكعب، أي ما يعادل 91% من سعته.",
                                 "2025-03-12"),
                       b=article("واستقبل السد المجاور كميات كبيرة، أي ما يعادل 91% من سعته.",
                                 "2025-03-12"),
                       c=article("ووصل مخزون السد إلى 300 مليون متر مكعب، أي ما يعادل 87% من طاقته.",
                                 "2025-03-12"))
    assert findings(report, "lone-dissent") == []


def test_a_later_article_giving_the_figure_rounded_also_says_it_did_not_grow(tmp_path):
    body = "وأعلنت المصلحة أن عدد سكان البلاد بلغ {} نسمة."
    report = report_of(tmp_path,
                       a=article(body.format("7482316"), "2025-10-26"),
                       b=article(body.format("7482316"), "2025-10-26"),
                       c=article(body.format("7,82 مليون"), "2025-10-27"),
                       d=article(body.format("نحو 7,48 مليون"), "2025-10-29"))
    (found,) = findings(report, "lone-dissent")
    assert found.claims[0].startswith("c:")


def test_a_new_record_is_another_figure_not_a_retyped_one(tmp_path):
    # each «رقم قياسي جديد» tops the last: 17,980 after 17,650 is the next record
    body = "وسجلت الأحمال الكهربائية رقماً قياسياً جديداً بلغ {} ميغاواط."
    report = report_of(tmp_path,
                       a=article(body.format("17650"), "2025-07-14"),
                       b=article(body.format("17650"), "2025-07-15"),
                       c=article(body.format("17980"), "2025-07-17"),
                       d=article(body.format("17650") + " وتلاه رقم آخر الأربعاء.", "2025-07-19"))
    assert findings(report, "lone-dissent") == []


def test_an_article_that_gives_the_agreed_figure_itself_does_not_dissent_from_it(tmp_path):
    # the fleet of 31 planes now is one fact, the 6 wide-body planes ordered another: the
    # article that gives 8 wide-body planes also gives the fleet's 31 (as the level it grows
    # from), so its 8 is compared with the 6 the others give in the same words, not with
    # the 31 more of them give
    order = ("وتشمل الصفقة 10 طائرات من طراز A321neo و{} طائرات من طراز A330-900. ويضم الأسطول "
             "الحالي 31 طائرة.")
    report = report_of(
        tmp_path,
        dijla=article(order.format(6), "2025-06-18"),
        malal=article(order.format(6), "2025-06-18"),
        beirut=article("ويضم الأسطول الحالي 31 طائرة.", "2025-06-18"),
        maghrib=article("وتشمل الصفقة 10 طائرات من طراز A321neo و8 طائرات من طراز A330-900، "
                        "ليصل الأسطول إلى 49 طائرة مقابل 31 طائرة حاليا.", "2025-06-18"))
    (found,) = findings(report, "lone-dissent")
    assert "maghrib gives 8" in found.message and "give 6 in the same words" in found.message


FARES = "وتباع التذكرة بـ10 جنيهات للمسافات القصيرة و24 جنيها للطويلة."
SUBSIDY = "وتتحمل الدولة دعما سنويا لتشغيل المترو يبلغ {} مليار جنيه."


def _subsidies(tmp_path, subsidy: str, agreed: str):
    """Five outlets give the fare table, three of them the agreed subsidy too; one more
    gives only the subsidy, as `subsidy`."""
    texts = {name: FARES for name in ("e", "f")}
    texts.update({name: FARES + " " + SUBSIDY.format(agreed) for name in ("a", "b", "c")})
    texts["d"] = SUBSIDY.format(subsidy)
    return findings(report_of(tmp_path, **{name: article(text, "2025-06-26")
                                          for name, text in texts.items()}), "lone-dissent")


def test_a_slip_is_named_though_the_fares_beside_it_are_given_more_often(tmp_path):
    (found,) = _subsidies(tmp_path, "1.7", agreed="2.7")
    assert "d gives 1,700,000,000" in found.message and "give 2,700,000,000" in found.message


def test_figures_worded_alike_more_than_a_digit_apart_are_two_facts(tmp_path):
    # 7.9 against 2.31 billion «in the same words» is another bank's profit, not a slip
    assert _subsidies(tmp_path, "7.9", agreed="2.31") == []


# Three outlets and one that departs from them, each in its own words about the same payment.
PAYMENT = {
    "a": "وأعلنت وزارة العمل صرف 200 ألف جنيه لأسرة كل عامل متوفى في الحادث.",
    "b": "وكانت وزارة العمل قد قررت صرف 200 ألف جنيه لأسرة كل متوفى.",
    "c": "فيما أعلنت وزارة العمل صرف ٢٠٠ ألف جنيه لأسر الضحايا.",
}


def _payments(tmp_path, dissent: str):
    texts = dict(PAYMENT, d=dissent)
    return findings(report_of(tmp_path, **{name: article(text, "2025-10-15")
                                          for name, text in texts.items()}), "lone-dissent")


def test_a_figure_others_give_for_what_its_own_words_name_is_a_likely_slip(tmp_path):
    (found,) = _payments(tmp_path, "وكانت وزارة العمل قد أعلنت صرف 100 ألف جنيه لأسرة كل متوفى.")
    assert found.claims[0].startswith("d:")
    assert ("d gives 100,000 (line 4: «وكانت وزارة العمل قد أعلنت صرف 100 ألف جنيه») where 3 "
            "other sources give 200,000 of what the same words name" in found.message)


def test_a_figure_whose_words_name_nothing_the_others_do_is_left_alone(tmp_path):
    assert _payments(tmp_path, "وتبرع رجل أعمال بمبلغ 100 ألف جنيه لبناء مدرسة القرية.") == []


def test_a_figure_said_of_another_one_of_its_kind_is_left_alone(tmp_path):
    assert _payments(tmp_path, "وقررت وزارة العمل صرف دفعة أخرى قدرها 100 ألف جنيه لأسرة كل "
                               "متوفى.") == []


def test_figures_far_apart_are_other_things_of_the_same_noun(tmp_path):
    # 20 thousand against 200: not a retyped figure but another payment
    assert _payments(tmp_path, "وتصرف وزارة العمل 20 ألف جنيه لكل مصاب.") == []


def test_an_article_giving_the_agreed_figure_anywhere_knows_both(tmp_path):
    # it names 200 thousand itself (as an injured worker's sum, another topic): its 100
    # thousand is a second payment it tells apart
    assert _payments(tmp_path, "وتصرف وزارة العمل 100 ألف جنيه لأسرة كل متوفى، و200 ألف "
                               "للمصابين بعجز كلي.") == []


def test_an_article_giving_the_agreed_figure_anywhere_knows_both_however_worded(tmp_path):
    # the same words as the others, but the article names their 200 thousand too
    assert _payments(tmp_path, "وأعلنت وزارة العمل صرف 100 ألف جنيه لأسرة كل متوفى، و200 ألف "
                               "للمصابين بعجز كلي.") == []


def test_a_figure_of_what_had_been_is_no_dissent_from_what_is(tmp_path):
    # «وكانت …»: the fare before the rise, against the others' new one
    now = "ورفعت الهيئة أجرة الكيلومتر في التطبيقات إلى 40 قرشا."
    report = report_of(tmp_path, a=article(now, "2026-02-15"), b=article(now, "2026-02-15"),
                       c=article("وكانت أجرة الكيلومتر في التطبيقات 28 قرشا منذ آخر تعديل.",
                                 "2026-02-15"))
    assert findings(report, "lone-dissent") == []


def test_a_separate_payment_is_another_one(tmp_path):
    assert _payments(tmp_path, "وقررت وزارة العمل صرف منحة منفصلة قدرها 100 ألف جنيه لأسرة كل "
                               "متوفى.") == []


def test_a_figure_closest_to_a_figure_fewer_articles_give_is_left_open(tmp_path):
    # 34 piastres is the per-kilometre fare two outlets give as 32, not the opening fare
    # three give as 40: which one it departs from is open
    opening = "وارتفعت الأجرة الابتدائية لفتح العداد إلى 40 قرشا."
    per_km = "ورفعت الهيئة أجرة الكيلومتر إلى 32 قرشا."
    report = report_of(tmp_path,
                       a=article(opening + "\n" + per_km, "2026-02-15"),
                       b=article(opening + "\n" + per_km, "2026-02-15"),
                       c=article(opening, "2026-02-15"),
                       d=article("وباتت أجرة الكيلومتر 34 قرشا.", "2026-02-15"))
    assert findings(report, "lone-dissent") == []


def test_a_batch_of_the_whole_is_no_dissent(tmp_path):
    assert _payments(tmp_path, "وصرفت وزارة العمل الدفعة الأولى من التعويضات بقيمة 100 ألف جنيه "
                               "لأسرة كل متوفى.") == []


def test_a_figure_said_to_move_is_a_point_of_a_series(tmp_path):
    # «ارتفع … إلى»: a count that rises, not a retyped one
    freed = "وأفرجت السلطات بموجب العفو عن 642 نزيلا من السجن المركزي."
    report = report_of(tmp_path, a=article(freed, "2025-02-24"), b=article(freed, "2025-02-24"),
                       c=article("وارتفع عدد المفرج عنهم بموجب العفو من السجن المركزي إلى 598 "
                                 "نزيلا.", "2025-02-24"))
    assert findings(report, "lone-dissent") == []


def test_the_same_move_in_other_words_is_one_fact_mistyped(tmp_path):
    # all three say the river fell to its level: 28.42 is 29.42 mistyped, not a point of
    # a series the others do not give
    fell = "وهبط منسوب المياه عند مقياس السراي في بغداد إلى 29.42 متر."
    report = report_of(tmp_path, a=article(fell, "2025-08-20"), b=article(fell, "2025-08-20"),
                       c=article("وتراجع مستوى المياه عند مقياس السراي إلى 28.42 متر يوم "
                                 "الثلاثاء.", "2025-08-20"))
    (found,) = findings(report, "lone-dissent")
    assert "c gives 28.42" in found.message


def test_a_market_level_is_a_point_of_a_series_whatever_the_others_say(tmp_path):
    # a price «في تعاملات اليوم» is that day's; the others' rise may be another day's
    rose = "وارتفع سعر جرام الذهب عيار 21 إلى 4870 جنيها."
    report = report_of(tmp_path, a=article(rose, "2025-04-16"), b=article(rose, "2025-04-16"),
                       c=article("وارتفع سعر جرام الذهب عيار 21 في تعاملات اليوم إلى 4760 "
                                 "جنيها.", "2025-04-14"))
    assert findings(report, "lone-dissent") == []


def test_one_price_of_a_tender_is_not_its_average(tmp_path):
    # the others give the average per tonne; a supplier's own price, or the lowest bid,
    # is another figure of the tender's prices
    average = "واشترى الديوان 150 ألف طن من السكر، إذ بلغ متوسط سعر الطن 468.5 دولار."
    for lone in ("وسيورد المورد السويسري 60 ألف طن من السكر بسعر 465 دولارا للطن.",
                 "وتلقى الديوان تسعة عروض للسكر كان أدناها بسعر 463 دولارا للطن."):
        report = report_of(tmp_path, a=article(average, "2025-10-15"),
                           b=article(average, "2025-10-15"), c=article(lone, "2025-10-15"))
        assert findings(report, "lone-dissent") == []


def test_a_headline_figure_is_named_by_the_words_after_it(tmp_path):
    # «3.2 مليون دينار تعويضات لعمال …» opens its headline: «تعويضات» after the figure says
    # what it is, as it does in the others'
    agreed = "تونس.. 3,6 ملايين دينار تعويضات لمسرحي مصنع النسيج"
    report = report_of(tmp_path, a=article(agreed, "2025-03-21"), b=article(agreed, "2025-03-21"),
                       c=article("تونس.. 3.2 مليون دينار تعويضات لعمال مصنع النسيج",
                                 "2025-03-21"))
    (found,) = findings(report, "lone-dissent")
    assert "c gives 3,200,000" in found.message


def test_a_thousands_dot_is_the_same_figure(tmp_path):
    # «500.000 دينار» with a Maghrebi thousands dot is the others' half a million
    agreed = "وقررت الحكومة صرف منحة تضامنية بقيمة 500 ألف دينار لعائلة كل متوفى."
    report = report_of(tmp_path, a=article(agreed, "2025-09-15"), b=article(agreed, "2025-09-15"),
                       c=article("وقررت الحكومة صرف منحة تضامنية بقيمة 500.000 دينار لعائلة كل "
                                 "متوفى.", "2025-09-15"))
    assert findings(report, "lone-dissent") == []


def test_a_figure_dated_to_a_month_the_others_do_not_name_is_of_another_time(tmp_path):
    share = "وتصدرت إسبانيا قائمة الوجهات بحصة 31 بالمائة من الكميات المصدرة."
    report = report_of(tmp_path, a=article(share, "2026-03-05"), b=article(share, "2026-03-05"),
                       c=article(share, "2026-03-05"),
                       d=article("وتصدرت إسبانيا قائمة الوجهات بـ33 بالمائة من الكميات المصدرة "
                                 "إلى موفى جانفي.", "2026-03-05"))
    assert findings(report, "lone-dissent") == []
