"""An archive of two stories, scanned with the installed command: a flood in Sohag whose
death toll falls from one day to the next, and Jordan's budget vote, given as two totals.
Every report shows which story each finding is about, and `--story` keeps one.

The articles are general news Arabic written for this test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support import run

ARTICLES = {
    "flood_a": """\
---
title: فيضانات تجتاح مدينة سوهاج بعد أمطار غزيرة
published: 2024-11-12
---
فيضانات تجتاح مدينة سوهاج بعد أمطار غزيرة

قالت السلطات المحلية إن السيول في مدينة سوهاج أسفرت مساء الاثنين عن مقتل 14 شخصا وإصابة 60 آخرين.
وأوضح المحافظ أن فرق الإنقاذ ما زالت تبحث عن مفقودين في القرى المحيطة بالمدينة، وأن المياه غمرت مئات المنازل.
""",
    "flood_b": """\
---
title: ارتفاع حصيلة ضحايا السيول في سوهاج
published: 2024-11-13
---
ارتفاع حصيلة ضحايا السيول في سوهاج

أعلنت وزارة الصحة أن حصيلة ضحايا السيول في مدينة سوهاج بلغت 9 قتلى و75 مصابا، بعد أن غمرت المياه الأحياء المنخفضة.
وأضافت أن فرق الإنقاذ في سوهاج أجلت أكثر من ألفي شخص من منازلهم.
""",
    "budget_a": """\
---
title: البرلمان الأردني يقر الموازنة العامة لعام 2025
published: 2025-02-05
---
البرلمان الأردني يقر الموازنة العامة لعام 2025

أقر مجلس النواب الأردني في عمان مشروع قانون الموازنة العامة بقيمة 12.5 مليار دينار، بعد جلسة مناقشة استمرت ثلاثة أيام.
وقال وزير المالية إن العجز المتوقع يبلغ 2.2 مليار دينار.
""",
    "budget_b": """\
---
title: النواب في الأردن يصادقون على موازنة 2025
published: 2025-02-05
---
النواب في الأردن يصادقون على موازنة 2025

صادق مجلس النواب في عمان على الموازنة العامة للدولة بقيمة 10.3 مليار دينار، وسط انتقادات من كتل المعارضة.
وأكد وزير المالية أن العجز المتوقع يبلغ 2.2 مليار دينار.
""",
}
FLOOD, BUDGET = ["flood_a", "flood_b"], ["budget_a", "budget_b"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """A project folder with the four articles in news/."""
    top = tmp_path_factory.mktemp("archive")
    (top / "news").mkdir()
    for name, text in ARTICLES.items():
        (top / "news" / f"{name}.txt").write_text(text, encoding="utf-8")
    return top


def scan(archive: Path, *options: str):
    return run("scan", "news", "--no-rules", "--no-cache", "--quiet", *options, cwd=archive)


@pytest.fixture(scope="module")
def report(archive) -> dict:
    return json.loads(scan(archive, "--format", "json").stdout)


def story_ids(report: dict) -> dict[str, str]:
    """"flood" / "budget" → the id of the story holding those articles."""
    found = {tuple(s["articles"]): s["id"] for s in report["stories"]}
    return {"flood": found[tuple(FLOOD)], "budget": found[tuple(BUDGET)]}


def test_the_json_report_lists_the_two_stories_with_their_articles(report):
    assert sorted(s["articles"] for s in report["stories"]) == [BUDGET, FLOOD]
    assert report["summary"]["stories"] == 2
    flood = next(s for s in report["stories"] if s["articles"] == FLOOD)
    assert "سوهاج" in flood["label"]
    assert flood["findings"]["warning"] == 1  # the falling toll


def test_every_topic_and_finding_names_a_story_that_exists(report):
    ids = {s["id"] for s in report["stories"]}
    assert report["topics"] and all(t["story"] in ids for t in report["topics"])
    assert report["findings"] and all(f["story"] in ids for f in report["findings"])
    stories = story_ids(report)
    articles_of = {stories["flood"]: set(FLOOD), stories["budget"]: set(BUDGET)}
    for finding in report["findings"]:  # a finding joins articles of its story only
        assert set(finding["articles"]) <= articles_of[finding["story"]]


def test_the_terminal_report_puts_each_finding_under_its_storys_heading(archive, report):
    stories = story_ids(report)
    lines = scan(archive).stdout.splitlines()
    headings = [n for n, line in enumerate(lines) if line.startswith("STORY")]
    assert len(headings) == 2
    flood, budget = headings  # the story with the warning comes first
    assert stories["flood"] in lines[flood] and "2 articles" in lines[flood]
    assert stories["budget"] in lines[budget]
    assert any("falling-tally" in line for line in lines[flood:budget])
    assert not any("falling-tally" in line for line in lines[budget:])
    assert any("cross-source-conflict" in line and "budget_a" in line
               for line in lines[budget:])
    assert "4 articles, 2 stories," in lines[-1]


def test_the_html_report_has_a_section_per_story(archive, report):
    page = scan(archive, "--format", "html").stdout
    for story in story_ids(report).values():
        assert f'<section class="story" id="story-{story}" data-story="{story}">' in page
        assert f'href="#story-{story}"' in page  # in the table of stories at the top


def test_story_keeps_that_storys_articles_and_findings_only(archive, report):
    stories = story_ids(report)
    done = scan(archive, "--format", "json", "--story", stories["budget"])
    assert done.returncode == 0, done.stderr
    budget = json.loads(done.stdout)
    assert [a["id"] for a in budget["articles"]] == BUDGET
    assert [s["id"] for s in budget["stories"]] == [stories["budget"]]
    assert budget["findings"] and {f["story"] for f in budget["findings"]} == {stories["budget"]}
    assert {c["article"] for c in budget["claims"]} == set(BUDGET)
    assert budget["summary"]["story_filter"] == {"stories": [stories["budget"]], "found": 2}


def test_the_exit_code_follows_the_story_shown(archive, report):
    stories = story_ids(report)
    assert scan(archive, "--fail-on", "warning").returncode == 1  # the falling toll
    assert scan(archive, "--fail-on", "warning", "--story", stories["flood"]).returncode == 1
    assert scan(archive, "--fail-on", "warning", "--story", stories["budget"]).returncode == 0


def test_a_story_may_be_named_by_the_start_of_its_label(archive, report):
    label = next(s["label"] for s in report["stories"] if s["articles"] == BUDGET)
    first_word = label.split()[0]
    done = scan(archive, "--story", first_word)
    assert done.returncode == 0, done.stderr
    assert "budget_a" in done.stdout and "flood_a" not in done.stdout
    assert "only story " in done.stdout and "shown (--story): 1 of 2 stories" in done.stdout


def test_an_unknown_story_is_a_usage_error_saying_how_to_list_them(archive):
    done = scan(archive, "--story", "s0000000000")
    assert done.returncode == 2
    [message] = done.stderr.strip().splitlines()
    assert message.startswith("factcheck: error: --story 's0000000000': no story of this scan")
    assert "--format json" in message and "STORY" in message
    assert done.stdout == ""


def test_scan_help_documents_story():
    assert "--story" in run("scan", "--help").stdout
