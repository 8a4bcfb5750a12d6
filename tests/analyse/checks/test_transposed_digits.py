"""transposed-digits: one source's figure is the others' with two digits swapped."""

import pytest

from checks_support import article, findings, report_of
from factcheck.analyse.checks.transposed_digits import swapped_digits


@pytest.mark.parametrize("a, b, swapped", [
    (2.47, 2.74, True),
    (621, 612, True),
    (17980, 17890, True),
    (159_000_000, 195_000_000, True),
    (612, 612, False),      # the same figure
    (612, 613, False),      # another digit, not another order
    (11, 11.0, False),
    (2.74, 27.4, False),    # the same digits at another scale is no slip of order
    (100, 10, False),
])
def test_swapped_digits(a, b, swapped):
    assert swapped_digits(a, b) is swapped


def _exports(tmp_path, **bodies):
    return findings(report_of(tmp_path, **{name: article(body, "2025-03-10")
                                          for name, body in bodies.items()}), "transposed-digits")


def test_the_dissenting_source_is_named_with_the_ones_it_departs_from(tmp_path):
    (found,) = _exports(tmp_path,
                        one="وسجلت الصادرات 2,74 مليار دولار خلال العام الماضي.",
                        two="وسجلت الصادرات 2,74 مليار دولار خلال العام الماضي حسب الأرقام.",
                        three="وسجلت الصادرات 2,47 مليار دولار خلال العام الماضي.")
    assert found.claims[0].startswith("three:")
    assert "where 2 other sources give 2,740,000,000" in found.message


def test_one_source_against_one_with_two_digits_is_not_enough(tmp_path):
    # 2,74 and 2,47 are three digits, but 74 and 47 thousand tonnes two: too often a
    # coincidence between two outlets
    assert _exports(tmp_path,
                    one="وسجلت الصادرات 74 ألف طن خلال العام الماضي.",
                    two="وسجلت الصادرات 47 ألف طن خلال العام الماضي.") == []


def test_one_source_against_one_with_three_digits_swapped_names_both(tmp_path):
    (found,) = _exports(tmp_path,
                        one="وسجلت الصادرات 2,74 مليار دولار خلال العام الماضي.",
                        two="وسجلت الصادرات 2,47 مليار دولار خلال العام الماضي.")
    assert "one of the two a likely slip" in found.message


def test_one_item_of_a_list_against_one_source_is_as_likely_another_item(tmp_path):
    # 378 is pharmacy's minimum in a list of faculties; 387 another outlet's for medicine
    assert _exports(tmp_path,
                    one="وجاءت الحدود الدنيا: طب الأسنان 381 درجة، والصيدلة 378 درجة، والعلاج "
                        "الطبيعي 374 درجة.",
                    two="وبلغ الحد الأدنى للقبول في كليات الطب 387 درجة.") == []


def test_an_estimate_several_outlets_restate_is_a_figure_too(tmp_path):
    (found,) = _exports(tmp_path,
                        one="وتتوقع الوزارة إنتاج 395 ألف طن من التمور هذا الموسم.",
                        two="وتتوقع الوزارة إنتاج 395 ألف طن من التمور خلال الموسم الحالي.",
                        three="وتتوقع الوزارة إنتاج 359 ألف طن من التمور هذا الموسم.")
    assert found.claims[0].startswith("three:")


def test_an_article_giving_both_figures_names_two_facts(tmp_path):
    # «2,47» beside «2,74» in one article: two amounts it keeps apart, not a slip
    assert _exports(tmp_path,
                    one="وسجلت الصادرات 2,74 مليار دولار خلال العام الماضي.",
                    two="وسجلت الصادرات 2,74 مليار دولار خلال العام الماضي حسب الأرقام.",
                    three="وسجلت الصادرات 2,74 مليار دولار، منها 2,47 مليار دولار من الملابس.") == []


def test_a_figure_in_millions_is_written_whole(tmp_path):
    (found,) = _exports(tmp_path,
                        one="وعبرت الطريق 14,6 مليون مركبة خلال العام الماضي.",
                        two="وعبرت الطريق 14,6 مليون مركبة خلال العام الماضي حسب الشركة.",
                        three="وعبرت الطريق 16,4 مليون مركبة خلال العام الماضي.")
    assert "gives 16,400,000" in found.message and "give 14,600,000" in found.message


def test_the_latest_point_of_a_growing_series_is_no_slip(tmp_path):
    # 16,500 t, then 38,000, then 61,500 arrived: 61,500 is 16,500's digits only by chance
    report = report_of(
        tmp_path,
        a=article("ووصلت باخرة أولى تحمل 16500 طن من السكر.", "2025-10-28"),
        b=article("وكانت باخرة أولى قد حملت 16500 طن، وبلغ ما وصل حتى الآن 38000 طن.",
                  "2025-10-30"),
        c=article("وحملت الباخرة الأولى 16500 طن من السكر الخام.", "2025-11-03"),
        d=article("ووصلت ثلاث بواخر حاملة ما مجموعه 61500 طن من السكر.", "2025-11-04"))
    assert findings(report, "transposed-digits") == []


def test_a_part_is_no_slip_of_the_whole_others_give(tmp_path):
    # 128 houses destroyed are some of the 1146 damaged, not a slip of the 812 damaged before
    assert _exports(tmp_path,
                    one="وارتفع عدد المنازل المتضررة إلى 812 منزلاً جراء الزلزال.",
                    two="وبلغ عدد المنازل المتضررة 812 منزلاً جراء الزلزال حسب السلطات.",
                    three="وارتفع عدد المنازل المتضررة جراء الزلزال إلى 1146 منزلاً، منها 128 "
                          "منزلاً انهارت كلياً و978 منزلاً تضررت جزئياً.") == []


def test_a_framed_figure_whose_topic_only_lists_its_values_is_named_when_swapped(tmp_path):
    # rainfall is a frame, but one article gives two values in a sentence, so the sources'
    # values are only listed (info): 86 against three outlets' 68 is still a slip to name
    (found,) = _exports(
        tmp_path,
        a="وكانت أمطار غزيرة قد انهمرت على البلدة مساء الاثنين، وبلغت كميتها 68 مليمترا، وهي "
          "كمية استثنائية إذ لم تتجاوز الأمطار 21 مليمترا طوال الموسم الماضي.",
        b="وقالت دائرة الأرصاد إن الأمطار بلغت 68 ملم خلال ست ساعات.",
        c="وبحسب دائرة الأرصاد، فإن الأمطار التي بلغت 68 ملم تسببت بفيضان الوادي.",
        d="وأفادت الأرصاد بأن كمية الأمطار بلغت 86 ملم خلال ساعات الليل.")
    assert found.severity == "warning" and "d gives 86" in found.message
