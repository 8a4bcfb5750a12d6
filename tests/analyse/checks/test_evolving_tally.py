"""evolving-tally (and compare_tally's sweep): a death toll that grows with publication
time is an update; with unknown or same-day publication times the note says it cannot
tell an update from a conflict."""

from checks_support import article, findings, report_of, serious, topic_of


def test_a_toll_that_rises_with_publication_time_is_evolving(tmp_path):
    report = report_of(
        tmp_path,
        a=article("قتل 12 شخصا في ليبيا جراء العاصفة.", "2022-03-03"),
        b=article("ارتفع عدد القتلى في ليبيا إلى 40 قتيلا جراء العاصفة.", "2022-03-04"),
        c=article("ارتفع عدد القتلى في ليبيا إلى 75 قتيلا جراء العاصفة.", "2022-03-06"))
    topic = topic_of(report, "a", "dead")
    assert topic.status == "evolving"
    assert len(topic.claims) == 3
    [note] = findings(report, "evolving-tally")
    assert note.severity == "info" and note.topic == topic.id
    assert note.articles == ("a", "b", "c")
    # the steps in publication order, each with its date
    assert note.message.index("12 (a, 2022-03-03)") < note.message.index("40 (b, 2022-03-04)") \
        < note.message.index("75 (c, 2022-03-06)")
    assert "an update, not a conflict" in note.message
    assert serious(report) == []


def test_the_same_toll_everywhere_is_consistent(tmp_path):
    report = report_of(
        tmp_path,
        a=article("قتل 12 شخصا في ليبيا جراء العاصفة.", "2022-03-03"),
        b=article("لقي 12 شخصا حتفهم في ليبيا جراء العاصفة.", "2022-03-05"))
    assert topic_of(report, "a", "dead").status == "consistent"
    assert report.findings == ()


def test_with_unknown_publication_times_it_cannot_tell(tmp_path):
    report = report_of(
        tmp_path,
        a=article("قتل 40 شخصا في ليبيا جراء العاصفة."),
        b=article("قتل 12 شخصا في ليبيا جراء العاصفة."))
    assert topic_of(report, "a", "dead").status == "evolving"
    [note] = findings(report, "evolving-tally")
    assert note.severity == "info"
    assert "cannot tell an update from a conflict" in note.message
    assert "a, b" in note.message
    assert serious(report) == []


def test_one_unknown_time_is_named_and_the_known_order_still_counts(tmp_path):
    report = report_of(
        tmp_path,
        a=article("قتل 12 شخصا في ليبيا جراء العاصفة.", "2022-03-03"),
        b=article("ارتفع عدد القتلى في ليبيا إلى 40 قتيلا جراء العاصفة.", "2022-03-05"),
        c=article("قتل 25 شخصا في ليبيا جراء العاصفة."))
    assert topic_of(report, "a", "dead").status == "evolving"
    [note] = findings(report, "evolving-tally")
    assert "Publication time unknown for c:" in note.message


def test_same_day_reports_that_disagree_are_never_called_an_update(tmp_path):
    report = report_of(
        tmp_path,
        a=article("قتل 40 شخصا في ليبيا جراء العاصفة.", "2022-03-04"),
        b=article("قتل 12 شخصا في ليبيا جراء العاصفة.", "2022-03-04"))
    topic = topic_of(report, "a", "dead")
    evolving = findings(report, "evolving-tally")
    assert topic.status == "conflict" or (
        evolving and "cannot tell" in evolving[0].message
        and "only rises" not in evolving[0].message)
