"""One article timing one event two ways is reported; two events, two clocks or two days
are not."""

import pytest

from factcheck.analyse.checks import clock_time_mismatch
from factcheck.extract.article import extract
from factcheck.model import Article


def findings(*lines: str):
    text = "\n".join(lines) + "\n"
    times = extract(Article(id="a", path="a.txt", text=text, title="")).clock_times
    return clock_time_mismatch.run(list(times))


def test_one_aftershock_timed_at_seven_and_at_about_six_thirty_five():
    (found,) = findings("ضربت هزة ارتدادية المنطقة صباح اليوم على الساعة السابعة صباحا.",
                        "وسجلت الهزة الارتدادية حوالي الساعة 6:35 صباحا بالتوقيت المحلي.")
    assert found.severity == "warning"
    assert "25 minutes apart" in found.message and "(line 1, 07:00)" in found.message


@pytest.mark.parametrize("second", [
    # the same time in other words, or within what «حوالي» allows
    "وأوضح المركز أن الهزة الارتدادية وقعت عند الساعة السابعة و5 دقائق صباحا.",
    "وسجلت الهزة الارتدادية حوالي الساعة 6:50 صباحا.",
    # no part of the day: seven in the evening is the same hand
    "وسجلت الهزة الارتدادية عند الساعة 7:05.",
    # another clock, another day, an hour or more apart
    "وسجلت الهزة الارتدادية عند الساعة 6:35 بتوقيت غرينتش.",
    "وكانت هزة ارتدادية أولى قد سجلت أمس على الساعة 6:35 صباحا.",
    "وسجلت الهزة الارتدادية الثانية على الساعة 7:40 صباحا.",
    "وسجلت الهزة الارتدادية على الساعة 8:10 صباحا.",
    # the strongest of a series
    "وتلتها هزات ارتدادية بلغت قوة أشدها 4,2 درجات على الساعة 7:40 صباحا.",
])
def test_not_one_event_timed_two_ways(second):
    assert findings("ضربت هزة ارتدادية المنطقة صباح اليوم على الساعة السابعة صباحا.",
                    second) == []


def test_different_events_of_one_morning_are_not_compared():
    # the exam was to start at 8:30; the leak was spotted at 7:45
    assert findings("انطلاق الامتحان المقرر في الساعة الثامنة والنصف صباحاً.",
                    "رصدت الوزارة تسريب الامتحان عند الساعة السابعة و45 دقيقة.") == []
