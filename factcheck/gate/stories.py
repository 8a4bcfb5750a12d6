"""`--story`: the report cut to the stories asked for.

A story is named by its id (`s583b988cbe`, as every report shows it) or by the start of
its label, which must then fit one story only («العراق» or «العراق القتالية» for the
story labelled «العراق القتالية القوات»; letters are compared as factcheck reads them, so
hamza and taa marbuta spellings match). What is left is the chosen stories' articles,
claims, topics and findings; input errors stay (they belong to no story, and still fail
the run).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from factcheck.extract.normalize import normalize
from factcheck.model import Report, Story

HOW_TO_LIST = "the report's STORY headings, or `--format json` under \"stories\", list them"


class UnknownStory(ValueError):
    """--story names no story of the scan, or several: the message is one line."""


def _key(text: str) -> str:
    return " ".join(normalize(text).text.split()).casefold()


def choose_stories(stories: Sequence[Story], wanted: Sequence[str]) -> tuple[Story, ...]:
    """The stories `wanted` names, sorted by id; UnknownStory for a value that names none
    or, by its label, more than one."""
    by_id = {s.id: s for s in stories}
    chosen: dict[str, Story] = {}
    for value in wanted:
        given = value.strip()
        story = by_id.get(given) or by_id.get(given.lower())
        if story is None:
            key = _key(given)
            fits = [s for s in stories if key and _key(s.label).startswith(key)]
            if len(fits) > 1:
                named = ", ".join(f"{s.id} «{s.label}»" for s in fits[:3])
                more = f" and {len(fits) - 3} more" if len(fits) > 3 else ""
                raise UnknownStory(f"--story {value!r} fits {len(fits)} stories' labels "
                                   f"({named}{more}): give the id")
            if not fits:
                raise UnknownStory(f"--story {value!r}: no story of this scan has that id or "
                                   f"a label starting so ({_count(stories)}; {HOW_TO_LIST})")
            story = fits[0]
        chosen[story.id] = story
    return tuple(sorted(chosen.values(), key=lambda s: s.id))


def _count(stories: Sequence[Story]) -> str:
    return f"{len(stories)} {'story' if len(stories) == 1 else 'stories'} found"


def only_stories(report: Report, stories: Sequence[Story]) -> Report:
    """The report cut to these stories: their articles, claims, topics and findings (a
    finding with no story named goes with its articles). Input errors stay."""
    ids = {s.id for s in stories}
    members = {a for s in stories for a in s.articles}

    def kept(finding) -> bool:
        if finding.story:
            return finding.story in ids
        return any(a in members for a in finding.articles)

    return replace(
        report,
        articles=tuple(a for a in report.articles if a.id in members),
        claims=tuple(c for c in report.claims if c.article in members),
        topics=tuple(t for t in report.topics if t.story in ids),
        findings=tuple(f for f in report.findings if kept(f)),
        time_frames={k: v for k, v in report.time_frames.items() if k in members},
        publications={k: v for k, v in report.publications.items() if k in members},
        stories=tuple(stories))
