"""list-count: a count followed by the whole list of what it counts, naming fewer."""

import pytest

from checks_support import article, findings, report_of


@pytest.mark.parametrize("text, message", [
    ("وشمل الدمار 5 أقاليم هي الشمال والجنوب والشرق والغرب، فيما شعر السكان بالهزة.",
     "a counts 5 (line 4: «5 أقاليم») but names 4: الشمال، الجنوب، الشرق، الغرب."),
    # commas between the names, «و» before the last
    ("وزار الوفد 4 دول هي مصر، الأردن، والعراق.", "but names 3: مصر، الأردن، العراق."),
    # a name of two words is one name
    ("وزار الوفد 4 مدن هي الدار البيضاء والرباط وفاس.", "but names 3: الدار البيضاء، الرباط، فاس."),
])
def test_a_list_naming_fewer_than_its_count_is_a_warning(tmp_path, text, message):
    [finding] = findings(report_of(tmp_path, a=article(text, "2023-09-10")), "list-count")
    assert finding.severity == "warning"
    assert message in finding.message


@pytest.mark.parametrize("text", [
    "وزار الوفد 3 مدن هي الدار البيضاء والرباط وفاس.",  # the count is right
    "وتضررت 4 مدن منها حلب وحمص.",  # «منها»: some of them
    "ووصلت المساعدات إلى 3 محافظات هي الأولى والثانية وغيرها.",  # says it is incomplete
    "وقتل 5 أشخاص هم ثلاثة أطفال وامرأتان.",  # a breakdown by numbers, not names
    "وشاركت 3 دول هي مصر والأردن والعراق، وناقشت القمة ملفات المنطقة.",  # the list ended
    "وسقط 3 قتلى هم من سكان القرية.",  # not a list
])
def test_lists_that_are_right_or_not_the_whole_set_are_left_alone(tmp_path, text):
    assert findings(report_of(tmp_path, a=article(text, "2023-09-10")), "list-count") == []
