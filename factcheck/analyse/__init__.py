"""Claims → Stories → Topics → Findings: publication dates, stories, grouping (rules, then
automatic topics), and the checks. Everything here sees the whole corpus at once, so it
runs after every article is extracted; it is pure (no files, no processes, no caches).

An archive is checked story by story (stories.py): once the stories are known, whatever
an article reads from the others (the year of a day they give) is read inside its story,
claims are grouped inside their story, and a story's findings are those it would get
scanned alone.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from typing import Callable, Mapping, Sequence

from factcheck.analyse.checks.runner import check
from factcheck.analyse.group import group, place_unplaced
from factcheck.analyse.published import (infer_publications, with_past_events,
                                         with_years_from_publication, with_years_from_weekdays,
                                         within_the_story_days)
from factcheck.analyse.rules import Rule
from factcheck.analyse.stories import find_stories
from factcheck.extract import Extraction
from factcheck.extract.article import is_guessed_frame
from factcheck.model import Article, Claim, Finding, InputError, Report, Topic

# group's signature: an engine may group elsewhere (a Dask cluster) with the same result.
# (claims, rules, article id → story id) → (claims, topics)
Grouper = Callable[[Sequence[Claim], Sequence[Rule], Mapping[str, str]],
                   "tuple[list[Claim], list[Topic]]"]

__all__ = ["Grouper", "analyse"]


def analyse(extractions: Sequence[Extraction], errors: Sequence[InputError] = (),
            rules: Sequence[Rule] = (), rule_files: Sequence[str] = (),
            group_claims: Grouper = group) -> Report:
    """Everything after extraction: publication dates, stories, topics, checks."""
    articles: list[Article] = [e.article for e in extractions]
    publications = infer_publications(extractions)
    dated = with_years_from_publication((c for e in extractions for c in e.claims), publications)
    # An undated article's weekday dates («فجر الاثنين 14 نيسان») say when it is: before
    # stories are known, in the one year of the whole corpus's that fits the weekday
    stories = find_stories(extractions, with_years_from_weekdays(dated, publications, {}),
                           publications)
    if len(stories) > 1:
        # Publication dates borrow years from the other articles: from the story's only.
        by_id = {e.article.id: e for e in extractions}
        publications = {}
        for story in stories:
            publications.update(infer_publications([by_id[a] for a in story.articles]))
        dated = with_years_from_publication((c for e in extractions for c in e.claims),
                                            publications)
    story_days = within_the_story_days(extractions, publications, stories)
    if story_days != publications:
        publications = story_days
        dated = with_years_from_publication((c for e in extractions for c in e.claims),
                                            publications)
    story_of = {article: story.id for story in stories for article in story.articles}
    dated = with_years_from_weekdays(dated, publications, story_of)
    # an article whose text gives no year learns its day from the others, or from its
    # weekdays: its figures of earlier events can be told now
    dated = with_past_events(dated, publications,
                             {e.article.id for e in extractions if e.reference.year is None})
    frames = {e.article.id: e.time_frame for e in extractions}
    for article_id, publication in publications.items():
        # a publication read from the text's clues beats a frame guessed from the years it
        # mentions («مناقصة سابقة سنة 2023» in a report of October 2025)
        frame = frames.get(article_id)
        if frame is None or is_guessed_frame(frame):
            frames[article_id] = publication.time_frame() or frame
    claims, topics = group_claims(place_unplaced(dated, story_of), rules, story_of)
    addresses = [e.address for e in extractions if e.address is not None]
    clock_times = [t for e in extractions for t in e.clock_times]
    topics, findings = check(unique_topic_ids(topics), claims, frames, publications, addresses,
                             clock_times)
    named = {cid for f in findings for cid in f.claims}
    # evidence a finding quotes
    claims = [*claims, *(c for c in (*addresses, *clock_times) if c.id in named)]
    findings = _with_stories(findings, claims, story_of)
    return Report(articles=tuple(articles), time_frames=frames, claims=tuple(claims),
                  topics=tuple(topics), findings=tuple(findings), input_errors=tuple(errors),
                  rule_files=tuple(rule_files), publications=publications,
                  stories=stories)


def unique_topic_ids(topics: Sequence[Topic]) -> list[Topic]:
    """Topics of different stories may be found under one id (a rule, an automatic frame):
    the story with the most of its claims keeps the id (ties: the first story id), the
    others' get "@" + their story id. Sorted by id."""
    stories_of: dict[str, list[Topic]] = defaultdict(list)
    for topic in topics:
        stories_of[topic.id].append(topic)
    out: list[Topic] = []
    for topic_id, same in stories_of.items():
        if len(same) == 1:
            out.extend(same)
            continue
        keeper = min(same, key=lambda t: (-len(t.claims) - len(t.other_frame), t.story))
        out.extend(t if t is keeper else replace(t, id=f"{topic_id}@{t.story}") for t in same)
    out.sort(key=lambda t: t.id)
    return out


def _with_stories(findings: Sequence[Finding], claims: Sequence[Claim],
                  story_of: Mapping[str, str]) -> list[Finding]:
    """Each finding names the story of the articles it joins (one: topics never cross)."""
    article_of = {c.id: c.article for c in claims}
    out = []
    for finding in findings:
        found = Counter(story_of.get(article_of.get(cid, ""), "") for cid in finding.claims)
        story = min(found, key=lambda s: (-found[s], s)) if found else ""
        out.append(replace(finding, story=story) if story else finding)
    return out
