"""Topics and claims → each topic's status, and the findings of every registered check.

Every topic of two or more claims is compared once (compare.py): across sources, where
the articles' time frames overlap, or as a running tally in publication order. The checks
of that scope read the outcome; then the topic-scope checks run on every such topic, and
the article-scope checks on each article's date claims and the story-scope checks on each
story's (registry.py lists them all).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from factcheck.analyse.checks.base import Check, Scope
from factcheck.analyse.checks.compare import compare_sources, compare_tally
from factcheck.analyse.checks.registry import CHECKS
from factcheck.extract.context import is_running_count
from factcheck.analyse.published import Publication
from factcheck.model import SEVERITY_RANK, Claim, Finding, TimeFrame, Topic, TopicStatus


def _of_scope(scope: Scope) -> tuple[Check, ...]:
    return tuple(check for check in CHECKS if check.scope == scope)


_SOURCES, _TALLY, _TOPIC, _ARTICLE, _STORY, _FIGURES, _PUBLICATION, _CLOCK = (
    _of_scope(s) for s in (Scope.SOURCES, Scope.TALLY, Scope.TOPIC, Scope.ARTICLE, Scope.STORY,
                           Scope.FIGURES, Scope.PUBLICATION, Scope.CLOCK))


def check(topics: Sequence[Topic], claims: Sequence[Claim],
          frames: Mapping[str, TimeFrame | None],
          publications: Mapping[str, Publication] | None = None,
          addresses: Sequence[Claim] = (),
          clock_times: Sequence[Claim] = ()) -> tuple[list[Topic], list[Finding]]:
    """`addresses`: the dates in the articles' addresses (Extraction.address), and
    `clock_times` the times of day of their events (Extraction.clock_times); a finding may
    name one, so the caller lists the ones named among the report's claims."""
    by_id = {c.id: c for c in claims}
    publications = publications or {}
    figures_given = _figures_given(claims)
    out_topics: list[Topic] = []
    findings: list[Finding] = []
    for topic in topics:
        if len(topic.claims) == 1:  # most automatic topics: nothing to compare, in or across articles
            out_topics.append(replace(topic, status=TopicStatus.SINGLE_SOURCE))
            continue
        members = [by_id[i] for i in topic.claims]
        if all(m.role == _INCREMENT for m in members):
            # «بعد انتشال ثماني جثث جديدة اليوم»: each update's new count, not a total:
            # figures of two updates differ by right, and no running total can fall
            out_topics.append(replace(topic, status=TopicStatus.EVOLVING))
            continue
        if is_running_count(topic.measure):
            topic, outcome = compare_tally(topic, members, publications)
            scoped = _TALLY
        else:
            topic, outcome = compare_sources(topic, members, frames, publications, figures_given)
            scoped = _SOURCES
        out_topics.append(topic)
        for each in scoped:
            findings.extend(each.run(topic, members, outcome))
        for each in _TOPIC:
            findings.extend(each.run(topic, members))
    # Article checks: the date claims of each article, then its figures (in text order).
    topic_of = {cid: t for t in out_topics for cid in t.claims}
    dates_of: dict[str, list[Claim]] = defaultdict(list)
    figures_of: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        (dates_of if claim.kind == "date" else figures_of)[claim.article].append(claim)
    dates_of_story: dict[str, list[Claim]] = defaultdict(list)
    for article_claims in dates_of.values():
        for each in _ARTICLE:
            findings.extend(each.run(article_claims, topic_of))
        # Every claim has a topic (a lone one its own), and a topic one story.
        story = topic_of[article_claims[0].id].story if article_claims[0].id in topic_of else ""
        dates_of_story[story].extend(article_claims)
    for story_claims in dates_of_story.values():
        for each in _STORY:
            findings.extend(each.run(story_claims, topic_of))
    for article_claims in figures_of.values():
        article_claims.sort(key=lambda c: c.span.start)
        for each in _FIGURES:
            findings.extend(each.run(article_claims, topic_of))
    for address in addresses:
        publication = publications.get(address.article)
        if publication is not None:
            for each in _PUBLICATION:
                findings.extend(each.run(address, publication))
    times_of: dict[str, list[Claim]] = defaultdict(list)
    for time in clock_times:
        times_of[time.article].append(time)
    for article_times in times_of.values():
        if len(article_times) > 1:
            for each in _CLOCK:
                findings.extend(each.run(article_times))
    findings = drop_told_by_weekday(fold_into_self_contradictions(findings))
    findings.sort(key=lambda f: (-SEVERITY_RANK[f.severity], f.check, f.id))
    return out_topics, findings


_INCREMENT = "increment"  # extract/context.py: what an update adds («جثث جديدة»)


def _figures_given(claims: Sequence[Claim]) -> dict[str, frozenset[float]]:
    """Every figure each article gives, whatever its topic or role."""
    given: dict[str, set[float]] = defaultdict(set)
    for claim in claims:
        if claim.kind == "quantity" and claim.value.min is not None:
            given[claim.article].add(claim.value.min)
        if claim.kind == "quantity" and claim.value.max is not None:
            given[claim.article].add(claim.value.max)
    return {article: frozenset(figures) for article, figures in given.items()}


def drop_told_by_weekday(findings: list[Finding]) -> list[Finding]:
    """One problem, one finding: a cross-source disagreement on a date whose every claim a
    weekday-mismatch finding already quotes («السبت 16 شباط» against the other sources'
    Saturday 15th) is that finding, which also says which day the weekday points to."""
    told = [set(f.claims) for f in findings if f.check == "weekday-mismatch" and f.evidence]
    if not told:
        return findings
    return [f for f in findings
            if not (f.check == "cross-source-conflict" and any(set(f.claims) <= t for t in told))]


# Checks whose finding is a second reason to doubt a figure an article already contradicts
# in words: its own arithmetic («نحو 65%» where its levels make 38%).
_FOLDED = ("change-arithmetic",)


def fold_into_self_contradictions(findings: list[Finding]) -> list[Finding]:
    """One problem, one finding: when an article gives a figure two ways (internal-conflict)
    and its own arithmetic also disagrees with that figure, the computation joins the
    internal-conflict finding as more evidence, instead of a second warning on the same
    words. The finding keeps its id (baselines hold) and the higher severity."""
    contradictions = {claim: i for i, f in enumerate(findings) if f.check == "internal-conflict"
                      for claim in f.claims}
    folded: dict[int, Finding] = {}
    dropped: set[int] = set()
    for i, extra in enumerate(findings):
        if extra.check not in _FOLDED or not extra.claims:
            continue
        target = contradictions.get(extra.claims[0])  # the figure it says is wrong
        if target is None:
            continue
        base = folded.get(target, findings[target])
        folded[target] = replace(
            base,
            claims=base.claims + tuple(c for c in extra.claims if c not in base.claims),
            articles=tuple(sorted({*base.articles, *extra.articles})),
            severity=max(base.severity, extra.severity, key=SEVERITY_RANK.__getitem__),
            message=f"{base.message} Its own arithmetic disagrees too: {extra.message}")
        dropped.add(i)
    return [folded.get(i, f) for i, f in enumerate(findings) if i not in dropped]
