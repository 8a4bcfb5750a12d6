"""cross-source-conflict: scenarios on the bundled corpus with a new article, and
magnitudes whose sources are named."""

from pathlib import Path

from checks_support import article, findings, folders, report_of, topic_of
from factcheck.run.engine import read_rules, scan

ROOT = Path(__file__).resolve().parents[3]


def corpus_with(tmp_path, **extra_articles):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for src in (ROOT / "corpus").glob("*.txt"):
        (folder / src.name).write_bytes(src.read_bytes())
    for name, text in extra_articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def scan_with_rules(folder):
    rules, files = read_rules([ROOT / "rules"])
    return scan([folder], rules, files)


NEW_TOTAL = """القوات الأمريكية تبقى في العراق
قال مسؤول إن الولايات المتحدة تنشر {n} جندي في العراق، مع اقتراب نهاية العام الجاري 2021.
"""


def test_a_new_article_with_another_troop_total_is_a_conflict(tmp_path):
    report = scan_with_rules(corpus_with(tmp_path, new=NEW_TOTAL.format(n="3500")))
    topic = next(t for t in report.topics if t.id == "us-troops-iraq")
    assert topic.status == "conflict"
    (finding,) = [f for f in report.findings if f.check == "cross-source-conflict"]
    assert finding.severity == "error" and "new" in finding.articles
    assert "3,500" in finding.message and "2,500" in finding.message


def test_a_new_article_that_agrees_adds_no_finding(tmp_path):
    report = scan_with_rules(corpus_with(tmp_path, new=NEW_TOTAL.format(n="2500")))
    assert not [f for f in report.findings if f.check == "cross-source-conflict"]


def test_about_the_same_figure_written_in_words_agrees(tmp_path):
    text = NEW_TOTAL.format(n="ألفين وخمسمئة").replace("تنشر", "تنشر نحو")
    report = scan_with_rules(corpus_with(tmp_path, new=text))
    assert not [f for f in report.findings if f.check == "cross-source-conflict"]


def test_a_conflicting_figure_from_another_period_is_not_compared(tmp_path):
    later = """تقليص القوات
أعلنت واشنطن اليوم الاثنين 6 يناير 2031 أن الولايات المتحدة تنشر 3500 جندي في العراق.
"""
    report = scan_with_rules(corpus_with(tmp_path, later=later))
    topic = next(t for t in report.topics if t.id == "us-troops-iraq")
    assert topic.status == "consistent"
    # Either shown beside the topic as another period, or a story of its own (2031).
    assert (any(cid.startswith("later:") for cid in topic.other_frame)
            or any(s.articles == ("later",) for s in report.stories))
    assert not [f for f in report.findings if f.check == "cross-source-conflict"]


def test_a_different_deadline_in_the_same_year_conflicts(tmp_path):
    text = """موعد الانسحاب
وأكد المتحدث أن انسحاب القوات القتالية سيكتمل بحلول 30 تشرين الثاني/ نوفمبر 2021.
"""
    report = scan_with_rules(corpus_with(tmp_path, other=text))
    topic = next(t for t in report.topics if t.id == "withdrawal-deadline")
    assert topic.status == "conflict"


# ---------------------------------------------------------------- properties and attribution

def test_a_magnitude_conflict_names_the_bodies_behind_each_figure(tmp_path):
    report = report_of(
        tmp_path,
        a=article("ضرب زلزال بقوة 6.1 درجات البلاد، بحسب المعهد الوطني للجيوفيزياء.", "2022-03-03"),
        b=article("ضرب زلزال بقوة 6.4 درجات البلاد، بحسب هيئة المسح الجيولوجي.", "2022-03-03"))
    topic = topic_of(report, "a", "magnitude")
    assert topic.status == "conflict"  # a property is compared directly, not as a tally
    [finding] = findings(report, "cross-source-conflict")
    assert finding.articles == ("a", "b")
    assert ("Attributed: 6.1 according to المعهد الوطني للجيوفيزياء; "
            "6.4 according to هيئة المسح الجيولوجي") in finding.message


def test_a_magnitude_conflict_without_sources_says_nothing_about_bodies(tmp_path):
    report = report_of(
        tmp_path,
        a=article("ضرب زلزال بقوة 6.1 درجات البلاد.", "2022-03-03"),
        b=article("ضرب زلزال بقوة 6.4 درجات البلاد.", "2022-03-03"))
    [finding] = findings(report, "cross-source-conflict")
    assert "Attributed" not in finding.message


def test_a_provisional_and_a_final_figure_are_reported_naming_both_as_a_warning(tmp_path):
    report = report_of(
        tmp_path,
        a=article("وأظهرت النتائج الأولية أن نسبة المشاركة في الانتخابات بلغت 41%.", "2024-05-02"),
        b=article("وأظهرت النتائج النهائية أن نسبة المشاركة في الانتخابات بلغت 43%.", "2024-05-04"))
    [finding] = [f for f in report.findings if f.check == "cross-source-conflict"]
    assert finding.severity == "warning"
    assert "41 is provisional (a line 4) and 43 final (b line 4)" in finding.message


FIND = "أعلنت وزارة السياحة والآثار {when} اكتشاف ثلاث مقابر صخرية في المنيا."


def test_a_weekday_with_no_day_in_the_calendar_vouches_for_no_date(tmp_path):
    # «أمس الاثنين» in an article with no publication day fits any Monday; its «الأحد 9
    # آذار» still disagrees with the other outlets' Monday 10 March (the others were
    # published more than a week apart, so the story's days do not date it either)
    report = report_of(
        tmp_path,
        ahram=article(FIND.format(when="يوم الاثنين 10 آذار") + " وقال الوزير إن الكشف مهم.",
                      "2025-03-11"),
        nile=article(FIND.format(when="يوم الاثنين 10 آذار") + " ويضم الكشف 323 قطعة.",
                     "2025-03-19"),
        thaqafa=article(FIND.format(when="أمس الاثنين") + "\n\n"
                        + FIND.format(when="يوم الأحد 9 آذار") + " ويضم الكشف 323 قطعة."))
    (found,) = [f for f in findings(report, "cross-source-conflict") if f.severity != "info"]
    assert "Sunday 2025-03-09 (thaqafa" in found.message


def test_todays_announcement_beside_an_earlier_one_is_no_list_of_values(tmp_path):
    # «أعلنت اليوم الاثنين …، بعد الكشف الذي أعلنته يوم الاثنين الماضي 10 مارس»: each
    # article's «today» is its own day's news, not a second value for the first announcement
    report = report_of(
        tmp_path,
        ahram=article(FIND.format(when="يوم الاثنين 10 آذار"), "2025-03-11"),
        nile=article(FIND.format(when="يوم الاثنين 10 آذار"), "2025-03-12"),
        saeed=article("أعلنت وزارة السياحة والآثار اليوم الاثنين اكتشاف مقبرة رابعة، بعد أن "
                      "أعلنت يوم الاثنين الماضي ١٠ مارس اكتشاف ثلاث مقابر صخرية في المنيا.",
                      "2025-03-17"),
        other=article(FIND.format(when="يوم الأحد 9 مارس 2025")))
    serious_conflicts = [f for f in findings(report, "cross-source-conflict") if f.severity != "info"]
    assert len(serious_conflicts) == 1 and "Sunday 2025-03-09 (other" in serious_conflicts[0].message


def test_the_people_a_vessel_carried_are_one_fact_of_its_journey(tmp_path):
    # «كانت تقل» and «وعلى متنها»: two ways of saying who was aboard, whatever else each
    # sentence counts (the survivors, the licensed capacity)
    sank = "غرقت العبارة مساء الاثنين في بحيرة ناصر، {aboard}، ونجا منهم 134 شخصا."
    report = report_of(
        tmp_path,
        wadi=article(sank.format(aboard="وكانت تقل 200 شخص"), "2025-10-21"),
        neel=article(sank.format(aboard="وعلى متنها 200 شخص"), "2025-10-21"),
        lulu=article(sank.format(aboard="وكانت تقل 230 شخصا"), "2025-10-22"))
    (found,) = [f for f in findings(report, "cross-source-conflict") if f.severity != "info"]
    assert "230 (lulu" in found.message and "200 (" in found.message


AWARD = "أعلنت وزارة الكهرباء {when} إرساء مناقصة محطة الرزازة للطاقة الشمسية على تحالف سعودي."


def _award_reported(tmp_path, third_outlets_day: str):
    """Two outlets give the award as «today»/«yesterday» Sunday 19 October; a third dates it."""
    report = report_of(
        tmp_path,
        karbala=article(AWARD.format(when="اليوم الأحد"), "2025-10-19"),
        almal=article(AWARD.format(when="أمس الأحد"), "2025-10-20"),
        maghreb=article(AWARD.format(when=third_outlets_day)))
    return [f for f in findings(report, "cross-source-conflict") if f.severity != "info"]


def test_a_dated_announcement_a_day_off_another_outlets_today_is_one_misdated(tmp_path):
    # «يوم الاثنين 20 أكتوبر» against the others' Sunday: the same award, misdated by a day
    (found,) = _award_reported(tmp_path, "يوم الاثنين 20 أكتوبر 2025")
    assert "Monday 2025-10-20 (maghreb" in found.message


def test_a_dated_announcement_a_week_off_another_outlets_today_is_another_one(tmp_path):
    assert _award_reported(tmp_path, "يوم الاثنين 27 أكتوبر 2025") == []


def test_todays_market_price_is_no_conflict_with_one_published_days_before(tmp_path):
    # a currency's price «في تعاملات اليوم» is that day's: an article of four days before
    # gave an earlier day's, so the two do not disagree; the same day's price does
    story = "رفع البنك المركزي في الأردن أسعار الفائدة. "
    earlier = article(story + "وفي سوق الصرف، ارتفع الدينار أمام الدولار من 48,20 دينارا إلى "
                      "47,65 دينارا.", "2025-11-16")
    today = story + "وواصل الدينار مكاسبه أمام الدولار ليسجل 47.40 ديناراً في تعاملات اليوم."
    later, same = folders(tmp_path, "later", "same")
    later_day = report_of(later, a=earlier, b=article(today, "2025-11-20"))
    assert findings(later_day, "cross-source-conflict") == []
    same_day = report_of(same, a=earlier, b=article(today, "2025-11-16"))
    (finding,) = findings(same_day, "cross-source-conflict")
    assert "47.65" in finding.message and "47.4" in finding.message


def test_a_projects_cost_is_one_fact_whichever_country_its_sentence_names(tmp_path):
    # a link between two countries: one outlet places its figures in Tunisia, one in both
    # countries, one nowhere; the cost is the project's all the same
    report = report_of(
        tmp_path,
        tunis=article("تدشين خط الربط الكهربائي بين تونس وليبيا\nدشن وزير الطاقة في تونس اليوم خط الربط الكهربائي الجديد مع ليبيا.\n\n"
                      "وبلغت الكلفة الجملية للمشروع 185 مليون دولار.\n\n"
                      "ويعد الخط ثاني ربط كهربائي في تونس مع جيرانها.", "2025-10-16"),
        tripoli=article("تدشين خط الربط الكهربائي مع تونس\nوأشار الوزير إلى أن كلفته البالغة 185 مليون دولار معقولة.", "2025-10-16"),
        joint=article("الربط الكهربائي التونسي الليبي يدخل الخدمة\nأعلنت تونس وليبيا أمس تدشين خط الربط الكهربائي بين شبكتيهما.\n\n"
                      "وبحسب بيان مشترك، بلغت الكلفة الإجمالية للمشروع 158 مليون دولار.",
                      "2025-10-17"))
    [finding] = findings(report, "cross-source-conflict")
    assert "185,000,000" in finding.message and "158,000,000" in finding.message


def test_figures_a_head_noun_names_orders_of_magnitude_apart_are_two_things(tmp_path):
    # «حجم الطرح عند السعر النهائي 1.26 مليار ريال» and «سعر نهائي عند 42 ريالا» are the
    # offering's size and its share price, both read as «السعر النهائي»
    report = report_of(
        tmp_path,
        a=article("وتطرح الشركة 30 مليون سهم، ليبلغ حجم الطرح عند السعر النهائي 1.26 مليار "
                  "ريال.", "2025-05-20"),
        b=article("وحددت الشركة النطاق السعري قبل أن تستقر على السعر النهائي عند 42 ريالا.",
                  "2025-05-20"))
    assert [f for f in findings(report, "cross-source-conflict") if f.severity != "info"] == []


def test_two_tranches_of_one_bond_are_two_rates(tmp_path):
    report = report_of(
        tmp_path,
        a=article("واستقر العائد على شريحة الثلاثين عاماً عند 7 في المئة.", "2026-03-04"),
        b=article("وبلغ العائد على الشريحة ذات الخمس سنوات 5.375 في المئة.", "2026-03-04"))
    assert [f for f in findings(report, "cross-source-conflict") if f.severity != "info"] == []
