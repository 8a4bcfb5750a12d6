"""ordinal-event: an article that gives the same number in a sequence of events to two days."""

import pytest

from checks_support import article, findings, report_of


def test_the_same_meeting_number_on_two_days_is_a_warning(tmp_path):
    text = ("وعقد الاجتماع الثاني للجنة في 6 مارس 2024، ورفع فيه الفائدة.\n"
            "ومن المقرر أن تعقد الجلسة الثالثة في 10 أبريل 2024، ثم تعقد الجلسة الثالثة في "
            "20 يونيو 2024 بحسب الجدول.")
    [finding] = findings(report_of(tmp_path, a=article(text, "2024-03-20")), "ordinal-event")
    assert finding.severity == "warning"
    assert "the third" in finding.message and "10 April 2024" in finding.message
    assert "20 June 2024" in finding.message


def test_this_meeting_with_only_a_year_is_the_meeting_dated_just_before(tmp_path):
    text = ("وتم عقد الاجتماع الثاني في السادس من مارس 2024.\n"
            "سيتم عقد الاجتماع القادم في الثالث والعشرين من مايو 2024، وسيكون هذا الاجتماع "
            "الثاني في عام 2024.")
    [finding] = findings(report_of(tmp_path, a=article(text, "2024-03-25")), "ordinal-event")
    assert "6 March 2024" in finding.message and "23 May 2024" in finding.message
    assert len(finding.claims) == 3  # both days, and the words that number the second


@pytest.mark.parametrize("text", [
    # the first and last day of one round of talks
    "انطلقت الجولة الثالثة في 9 يونيو 2024، واختتمت الجولة الثالثة في 11 يونيو 2024.",
    # the same number in two years
    "وعقدت الجولة الثالثة في 5 مايو 2023، فيما عقدت الجولة الثالثة من المسار الجديد في 9 يونيو 2024.",
    # each number once, in order
    "عقد الاجتماع الأول في 1 فبراير 2024، والاجتماع الثاني في 6 مارس 2024.",
    # a date after «بعد» is not the event's own day
    "وعقد الاجتماع الثاني في 6 مارس 2024، وجاء الاجتماع الثاني بعد 1 فبراير 2024 بخمسة أسابيع.",
    # «اليوم الثاني» is a day of the event, not a numbered event
    "وبدأ المؤتمر في 4 مايو 2024، وفي اليوم الثاني في 5 مايو 2024 ألقى الوزير كلمة.",
])
def test_numbers_that_hold_are_left_alone(tmp_path, text):
    assert findings(report_of(tmp_path, a=article(text, "2024-06-12")), "ordinal-event") == []
