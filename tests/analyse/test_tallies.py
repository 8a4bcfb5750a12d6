"""Running tallies and one-article conflicts (check.py), on tiny corpora scanned with no rules.

A death toll that grows with publication time is an update (`evolving`, info); a later
report with a lower total is a conflict; with unknown publication times the report says it
cannot tell. Figures for different places or measures are different facts.
"""

import pytest

from factcheck.run.engine import scan


def report_of(tmp_path, **articles: str):
    for name, text in articles.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    report = scan([tmp_path], [], [])
    assert not report.input_errors
    return report


def article(body: str, published: str | None = None) -> str:
    if published is None:
        return body + "\n"
    return f"---\npublished: {published}\n---\n{body}\n"


def topic_of(report, article_id: str, measure: str):
    """The topic holding `article_id`'s figure for `measure`."""
    claims = {c.id: c for c in report.claims}
    found = [t for t in report.topics
             if any(claims[i].article == article_id and claims[i].measure == measure
                    for i in t.claims)]
    assert len(found) == 1, [t.id for t in report.topics]
    return found[0]


def findings(report, check: str):
    return [f for f in report.findings if f.check == check]


def serious(report):
    return [f for f in report.findings if f.severity in ("warning", "error")]


# ---------------------------------------------------------------- across reports

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


def test_a_later_lower_total_is_a_conflict_naming_both(tmp_path):
    report = report_of(
        tmp_path,
        a=article("ارتفع عدد القتلى في ليبيا إلى 40 قتيلا جراء العاصفة.", "2022-03-03"),
        b=article("قتل 12 شخصا في ليبيا جراء العاصفة.", "2022-03-05"))
    topic = topic_of(report, "a", "dead")
    assert topic.status == "conflict"
    [finding] = findings(report, "falling-tally")
    assert finding.severity == "warning"
    assert finding.articles == ("a", "b")
    assert finding.claims[0].startswith("b:")  # the later, lower figure leads
    assert "12" in finding.message and "40" in finding.message
    assert "published 2022-03-05" in finding.message and "published 2022-03-03" in finding.message
    assert findings(report, "evolving-tally") == []


def test_a_fall_is_found_among_rising_reports(tmp_path):
    report = report_of(
        tmp_path,
        a=article("قتل 12 شخصا في ليبيا جراء العاصفة.", "2022-03-03"),
        b=article("ارتفع عدد القتلى في ليبيا إلى 75 قتيلا جراء العاصفة.", "2022-03-05"),
        c=article("ارتفع عدد القتلى في ليبيا إلى 40 قتيلا جراء العاصفة.", "2022-03-07"))
    assert topic_of(report, "a", "dead").status == "conflict"
    [finding] = findings(report, "falling-tally")
    assert set(finding.articles) == {"b", "c"}


def test_an_approximate_later_figure_close_to_the_earlier_one_is_no_fall(tmp_path):
    # "about 39" may well be 40: intervals decide, not the written digits
    report = report_of(
        tmp_path,
        a=article("ارتفع عدد القتلى في ليبيا إلى 40 قتيلا جراء العاصفة.", "2022-03-03"),
        b=article("قتل نحو 39 شخصا في ليبيا جراء العاصفة.", "2022-03-05"))
    assert topic_of(report, "a", "dead").status == "consistent"
    assert serious(report) == []


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


def test_publication_inferred_from_the_text_orders_the_reports(tmp_path):
    report = report_of(
        tmp_path,
        a=article("وقالت الشرطة اليوم الأحد 6 مارس 2022 إن 40 شخصا لقوا حتفهم في ليبيا."),
        b=article("وقالت الشرطة اليوم الثلاثاء 8 مارس 2022 إن 12 شخصا لقوا حتفهم في ليبيا."))
    assert topic_of(report, "a", "dead").status == "conflict"
    assert len(findings(report, "falling-tally")) == 1


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


# ---------------------------------------------------------------- different facts

@pytest.mark.parametrize("later", [
    "قتل 12 شخصا في مصر جراء العاصفة.",      # another country
    "أصيب 12 شخصا في ليبيا جراء العاصفة.",    # another measure
    "ولا يزال 12 مفقودين في ليبيا جراء العاصفة.",
])
def test_figures_for_different_places_or_measures_are_never_compared(tmp_path, later):
    report = report_of(
        tmp_path,
        a=article("قتل 40 شخصا في ليبيا جراء العاصفة.", "2022-03-03"),
        b=article(later, "2022-03-05"))
    assert topic_of(report, "a", "dead").status == "single-source"
    assert report.findings == ()


# ---------------------------------------------------------------- inside one article

def test_two_figures_for_one_fact_in_one_article_are_an_internal_conflict(tmp_path):
    report = report_of(tmp_path, a=article(
        "قتل 12 شخصا في ليبيا جراء العاصفة.\n\nوفي فقرة أخرى، قتل 40 شخصا في ليبيا جراء العاصفة.",
        "2022-03-04"))
    [finding] = findings(report, "internal-conflict")
    assert finding.articles == ("a",)
    assert len(finding.claims) == 2
    assert "«12 شخصا»" in finding.message and "«40 شخصا»" in finding.message
    assert "contradicts itself" in finding.message


def test_one_article_giving_two_bodies_counts_is_no_internal_conflict(tmp_path):
    report = report_of(tmp_path, a=article(
        "قتل 12 شخصا في ليبيا بحسب الهلال الأحمر.\n\nوقتل 40 شخصا في ليبيا بحسب وزارة الصحة.",
        "2022-03-04"))
    assert findings(report, "internal-conflict") == []


def test_the_same_body_named_twice_still_contradicts_itself(tmp_path):
    report = report_of(tmp_path, a=article(
        "قتل 12 شخصا في ليبيا بحسب وزارة الصحة.\n\nوقتل 40 شخصا في ليبيا بحسب وزارة الصحة الليبية.",
        "2022-03-04"))
    [finding] = findings(report, "internal-conflict")
    assert "Attributed:" in finding.message
    assert "12 according to وزارة الصحة;" in finding.message
    assert "40 according to وزارة الصحة الليبية" in finding.message


def test_a_body_named_in_full_then_in_short_is_the_same_body(tmp_path):
    report = report_of(tmp_path, a=article(
        "قتل 12 شخصا في ليبيا بحسب وزارة الصحة.\n\nوقتل 40 شخصا في ليبيا بحسب الوزارة.",
        "2022-03-04"))
    assert len(findings(report, "internal-conflict")) == 1


def test_a_range_in_one_sentence_is_one_figure_not_a_contradiction(tmp_path):
    report = report_of(tmp_path, a=article("ارتفع عدد القتلى في ليبيا من 12 إلى 40 قتيلا.",
                                           "2022-03-04"))
    assert findings(report, "internal-conflict") == []


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


def test_a_fall_attributed_to_different_bodies_says_so(tmp_path):
    report = report_of(
        tmp_path,
        a=article("قتل 40 شخصا في ليبيا بحسب الهلال الأحمر.", "2022-03-03"),
        b=article("قتل 12 شخصا في ليبيا بحسب وزارة الصحة.", "2022-03-05"))
    [finding] = findings(report, "falling-tally")
    assert "40 according to الهلال الأحمر" in finding.message
    assert "12 according to وزارة الصحة" in finding.message


def test_an_aftershock_is_not_compared_with_the_main_quake(tmp_path):
    report = report_of(
        tmp_path,
        a=article("ضرب زلزال بقوة 6.1 درجات البلاد.", "2022-03-03"),
        b=article("ضرب زلزال بقوة 6.1 درجات البلاد، وتلاه زلزال آخر بقوة 5.2 درجات.", "2022-03-03"))
    assert topic_of(report, "a", "magnitude").status == "consistent"
    assert serious(report) == []
