"""--story: which stories a value names, and what the report keeps of them."""

from __future__ import annotations

import pytest

from dataclasses import replace

from factcheck.gate.stories import UnknownStory, choose_stories, only_stories
from factcheck.model import (Article, Claim, Finding, InputError, Quantity, Report, Span, Story,
                             Topic)

TROOPS = Story("s1a2b3c4d5e", "بقاء القوات الأمريكية", ("a", "b"))
ADVISERS = Story("s9f8e7d6c5b", "وصول المستشارين", ("c",))
ARRIVAL = Story("s5555555555", "وصول الوفد", ("d",))
STORIES = (TROOPS, ADVISERS, ARRIVAL)


def storied_report() -> Report:
    """Articles a and b in one story, c in another; a claim, topic and finding each."""
    def claim(article: str) -> Claim:
        return Claim(f"{article}:q1", article, "quantity", "5", "5", Span(0, 1, 1, 1),
                     Quantity.exact(5))

    story_of = {"a": TROOPS.id, "b": TROOPS.id, "c": ADVISERS.id}
    return Report(
        articles=tuple(Article(a, f"news/{a}.txt", "5", "") for a in "abc"),
        claims=tuple(claim(a) for a in "abc"),
        topics=(Topic("t1", "x", "quantity", "auto", "conflict", ("a:q1", "b:q1"),
                      story=TROOPS.id),
                Topic("t2", "y", "quantity", "auto", "single-source", ("c:q1",),
                      story=ADVISERS.id)),
        findings=(Finding("F1", "cross-source-conflict", "error", "t1", ("a", "b"),
                          ("a:q1", "b:q1"), "m", story=story_of["a"]),
                  Finding("F2", "weekday-mismatch", "warning", None, ("c",), ("c:q1",), "m",
                          story=story_of["c"])),
        input_errors=(InputError("news/bad.txt", "empty file"),),
        stories=(TROOPS, ADVISERS))


@pytest.mark.parametrize("value, story", [
    ("s1a2b3c4d5e", TROOPS),
    (" S1A2B3C4D5E ", TROOPS),  # as typed
    ("بقاء", TROOPS),
    ("بقاء القوات الامريكيه", TROOPS),  # letters as factcheck reads them: أ = ا, ة = ه
    ("وصول المست", ADVISERS),
])
def test_an_id_or_the_start_of_one_label_names_a_story(value, story):
    assert choose_stories(STORIES, [value]) == (story,)


def test_several_values_give_each_story_once_sorted_by_id():
    assert choose_stories(STORIES, ["وصول الوفد", "s1a2b3c4d5e", "بقاء"]) == (TROOPS, ARRIVAL)


def test_a_label_start_that_fits_two_stories_asks_for_the_id():
    with pytest.raises(UnknownStory, match=r"fits 2 stories' labels .*s9f8e7d6c5b.*: give the id"):
        choose_stories(STORIES, ["وصول"])


@pytest.mark.parametrize("value", ["s000", "", "قوات"])
def test_a_value_that_names_no_story_says_how_to_list_them(value):
    with pytest.raises(UnknownStory, match="no story of this scan .*3 stories found"):
        choose_stories(STORIES, [value])


def test_the_report_keeps_the_chosen_stories_articles_claims_topics_and_findings():
    report = storied_report()
    [advisers] = [s for s in report.stories if s.id == ADVISERS.id]
    cut = only_stories(report, [advisers])
    assert [a.id for a in cut.articles] == ["c"]
    assert {c.article for c in cut.claims} == {"c"}
    assert {t.story for t in cut.topics} == {ADVISERS.id}
    assert [f.id for f in cut.findings] == ["F2"]
    assert cut.stories == (advisers,) and cut.input_errors == report.input_errors


def test_a_finding_without_a_story_goes_with_its_articles():
    report = storied_report()
    orphan = Finding("F9", "weekday-mismatch", "warning", None, ("c",), (), "m")
    cut = only_stories(replace(report, findings=(orphan,)), [ADVISERS])
    assert [f.id for f in cut.findings] == ["F9"]
