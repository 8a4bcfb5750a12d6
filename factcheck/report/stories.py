"""Stories as every report shows them (analyse/stories.py finds them).

A scan of one story reads as it always did. A scan of several groups its findings by
story: the stories with findings first, the most serious first (most errors, then
warnings, then info, then the most articles), then the quiet ones, which a report names
in one line or a short list rather than one empty heading each.

`story_views` gives that order with each story's findings and topics, so the terminal,
HTML and JSON reports count and order stories the same way.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Mapping

from factcheck.model import SEVERITY_RANK, Finding, Report, Story, Topic

SEVERITIES = ("error", "warning", "info")
# A finding whose articles are in no story of the report (a report built by hand): shown
# under this pseudo-story, never dropped.
UNPLACED = Story(id="", label="", articles=())


@dataclass(frozen=True)
class StoryView:
    """One story with what the report holds of it."""

    story: Story
    findings: tuple[Finding, ...]  # in report order (finding_sort_key)
    topics: tuple[Topic, ...]  # by id

    @property
    def counts(self) -> dict[str, int]:
        """Findings by severity: exactly the keys "error", "warning", "info"."""
        counts = dict.fromkeys(SEVERITIES, 0)
        for f in self.findings:
            if f.severity in counts:
                counts[f.severity] += 1
        return counts

    def seriousness(self) -> tuple:
        """Sort key: stories with findings first, the most serious first."""
        counts = self.counts
        return (not self.findings, -counts["error"], -counts["warning"], -counts["info"],
                -len(self.story.articles), self.story.id)


def finding_sort_key(finding: Finding) -> tuple:
    """The order every report lists findings in: most serious first, then by id."""
    return (-SEVERITY_RANK.get(finding.severity, -1), finding.id)


def grouped(report: Report) -> bool:
    """Are stories worth showing? Only when the scan found more than one."""
    return len(report.stories) > 1


def article_stories(report: Report) -> dict[str, str]:
    """article id → story id."""
    return {article: story.id for story in report.stories for article in story.articles}


def finding_story(finding: Finding, story_of: Mapping[str, str]) -> str:
    """The finding's story: as analyse named it, else its first article's ("" if none)."""
    if finding.story:
        return finding.story
    for article in finding.articles:
        if article in story_of:
            return story_of[article]
    return ""


def story_views(report: Report) -> list[StoryView]:
    """Every story of the report (and UNPLACED when some finding has none), in the order
    the reports show them: with findings first, most serious first; then the quiet ones,
    the largest first."""
    story_of = article_stories(report)
    known = {s.id for s in report.stories}
    findings: dict[str, list[Finding]] = defaultdict(list)
    for f in sorted(report.findings, key=finding_sort_key):
        story = finding_story(f, story_of)
        findings[story if story in known else ""].append(f)
    topics: dict[str, list[Topic]] = defaultdict(list)
    for t in sorted(report.topics, key=lambda t: t.id):
        topics[t.story].append(t)
    stories = list(report.stories) + ([UNPLACED] if findings.get("") else [])
    views = [StoryView(s, tuple(findings.get(s.id, ())), tuple(topics.get(s.id, ()) if s.id else ()))
             for s in stories]
    views.sort(key=StoryView.seriousness)
    return views

