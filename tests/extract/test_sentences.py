"""Where a figure's sentence ends: a point between digits is a decimal point, a point after
a figure and before a space ends the sentence."""

import pytest

from factcheck.extract.clauses import clause_ends, sentence_ends


def sentences(text: str) -> list[str]:
    ends = sentence_ends(text, clause_ends(text))
    starts = [0, *ends]
    return [text[a:b].strip() for a, b in zip(starts, [*ends, len(text)]) if text[a:b].strip()]


@pytest.mark.parametrize("text, expected", [
    ("وعقد الاجتماع في 6 مارس 2024. وسيعقد المقبل في مايو.",
     ["وعقد الاجتماع في 6 مارس 2024.", "وسيعقد المقبل في مايو."]),
    ("وبلغ عدد القتلى 2012. وأصيب المئات.", ["وبلغ عدد القتلى 2012.", "وأصيب المئات."]),
    ("وبلغت القوة 6.8 درجات.", ["وبلغت القوة 6.8 درجات."]),
    ("أكثر من 1.300 شخص توفوا.", ["أكثر من 1.300 شخص توفوا."]),
    ("وارتفع التضخم إلى 35,7 في المئة.", ["وارتفع التضخم إلى 35,7 في المئة."]),
    ("وبلغ العدد 2012.", ["وبلغ العدد 2012."]),
])
def test_sentences_end_at_a_point_but_not_inside_a_figure(text, expected):
    assert sentences(text) == expected
