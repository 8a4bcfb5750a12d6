"""The time of day an event happened at: read with what its words allow, and never from a
running figure's moment, a stretch of the day or a rate."""

import pytest

from factcheck.extract.article import extract
from factcheck.extract.clock import find_clock_times
from factcheck.extract.normalize import normalize
from factcheck.model import Article


def times(sentence: str):
    text = normalize(sentence).text
    return [(text[m.start:m.end], m.value) for m in find_clock_times(text)]


def hhmm(minute: int) -> str:
    return f"{minute // 60 % 24:02d}:{minute % 60:02d}"


@pytest.mark.parametrize("sentence, said, earliest, latest", [
    # a whole hour said plainly: a quarter of an hour either side
    ("ضربت الهزة المنطقة على الساعة سابعة صباحا.", "07:00", "06:45", "07:15"),
    # minutes said plainly: two either side; «حوالي» five
    ("وقع الانفجار عند الساعة 10:24 صباحا.", "10:24", "10:22", "10:26"),
    ("سجلت الهزة حوالي الساعة 6:35 صباحا بالتوقيت المحلي.", "06:35", "06:30", "06:40"),
    # the evening is twelve hours on; «بعد الظهر» too
    ("وقعت حوالي الساعة الحادية عشرة و11 دقيقة مساء.", "23:11", "23:06", "23:16"),
    ("انطلقت المسيرة عند الساعة الثالثة بعد الظهر.", "15:00", "14:45", "15:15"),
    ("الحادث وقع نحو الساعة 4:30 من عصر أمس الاثنين.", "16:30", "16:25", "16:35"),
    # halves, quarters and minutes to the hour
    ("انطلق الامتحان في الساعة الثامنة والنصف صباحاً.", "08:30", "08:25", "08:35"),
    ("وقع الزلزال على الساعة الرابعة إلا ثلاث عشرة دقيقة فجراً.", "03:47", "03:45", "03:49"),
    ("وصلت الطائرة في تمام الحادية عشرة ليلا و11 دقيقة.", "23:11", "23:09", "23:13"),
    # shortly after the hour: up to half an hour after it
    ("وقع الزلزال بعيد الساعة 23,00 (22,11 ت غ).", "23:00", "23:00", "23:30"),
])
def test_the_time_of_an_event_and_what_its_words_allow(sentence, said, earliest, latest):
    ((_, value),) = times(sentence)
    assert (hhmm(value.minute), hhmm(value.lo), hhmm(value.hi)) == (said, earliest, latest)


def test_without_a_part_of_the_day_the_hour_may_be_twelve_hours_later():
    ((_, plain),) = times("وقع الانفجار عند الساعة 7.")
    ((_, dial),) = times("وقع الزلزال على الساعة 03:47 بالتوقيت المحلي.")
    assert not plain.half_day_known
    assert dial.half_day_known  # «03:47» is written on a 24-hour dial


def test_the_zone_and_the_day_are_kept():
    ((_, gmt),) = times("وقع الزلزال عند الساعة 10:24 بتوقيت غرينتش.")
    ((_, local),) = times("وقع الزلزال عند الساعة 11:24 بالتوقيت المحلي.")
    ((_, thursday),) = times("ضربت الهزة صباح اليوم الخميس على الساعة السابعة صباحا.")
    ((_, yesterday),) = times("انقلبت الحافلة نحو الساعة 4:30 من عصر أمس.")
    assert (gmt.zone, local.zone) == ("gmt", None)
    assert (thursday.day, yesterday.day) == ("wd3", "yesterday")


@pytest.mark.parametrize("sentence", [
    "في حصيلة محينة إلى حدود الساعة السابعة من مساء أمس الأربعاء، بلغ عدد الوفيات 2946",
    "سجلت 23 هزة ارتدادية حتى الساعة الثالثة بعد الظهر",
    "تجنب التعرض للشمس من الساعة الـ 11 صباحا إلى الساعة الـ 4 مساءً",
    "القطار الذي يستوعب 72 ألف راكب في الساعة الواحدة",
    "تتابع القنصلية على مدار الساعة إجراءات نقل الجثامين",
    "ووقع الزلزال الأول عند الساعة 1,01:17",
])
def test_no_event_time_in_a_moment_of_a_tally_a_stretch_or_a_rate(sentence):
    assert times(sentence) == []


def test_an_article_keeps_its_times_apart_from_its_claims_with_their_evidence():
    text = ("ضربت هزة ارتدادية المنطقة صباح اليوم على الساعة السابعة صباحا.\n"
            "وسجلت الهزة حوالي الساعة 6:35 صباحا.\n")
    extraction = extract(Article(id="a", path="a.txt", text=text, title=""))
    first, second = extraction.clock_times
    assert (first.kind, first.text, first.span.line) == ("time", "الساعة السابعة صباحا", 1)
    assert (second.text, second.span.line) == ("حوالي الساعة 6:35 صباحا", 2)
    assert text.split("\n")[1][second.span.column - 1:].startswith("حوالي الساعة 6:35")
    assert not any(c.kind == "time" for c in extraction.claims)
