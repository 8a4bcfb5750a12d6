"""Dates of one kind of event across articles: the same event when days apart, two events
when months apart, and the same day with its year mistyped when only the year differs."""

from factcheck.run.engine import scan


def _serious(tmp_path, **articles: str) -> list:
    for name, body in articles.items():
        (tmp_path / f"{name}.txt").write_text(f"---\npublished: 2025-04-16\n---\nحادث\n{body}\n",
                                              encoding="utf-8")
    report = scan([tmp_path], [], [])
    return [f for f in report.findings if f.severity != "info"]


def test_a_main_event_dated_a_day_apart_is_a_conflict(tmp_path):
    found = _serious(tmp_path, a="وكان القطاران قد اصطدما في حادث تصادم صباح الثلاثاء 15 أبريل 2025.",
                     b="ووقع حادث تصادم القطارين صباح الاثنين 14 أبريل 2025.")
    assert [f.check for f in found] == ["cross-source-conflict"]


def test_two_earlier_events_of_one_kind_months_apart_are_two_events(tmp_path):
    # each article recalls another past collision: no source is wrong
    assert _serious(tmp_path,
                    a="وفي آذار 2021 أسفر تصادم قطارين قرب سوهاج عن مقتل 18 شخصا في حادث مروع.",
                    b="وفي آب 2017 أسفر تصادم قطارين قرب الإسكندرية عن مقتل 41 شخصا في حادث مروع."
                    ) == []


def test_the_same_day_with_another_year_is_a_mistyped_year(tmp_path):
    found = _serious(tmp_path, a="ووقع حادث تصادم القطارين في 15 أبريل 2025.",
                     b="ووقع حادث تصادم القطارين في 15 أبريل 2024.")
    assert [f.check for f in found] == ["cross-source-conflict"]
