"""Claims → Topics → Findings: publication dates, grouping (rules, then automatic topics),
and the checks. Everything here sees the whole corpus at once, so it runs after every
article is extracted; it is pure (no files, no processes, no caches).
"""

from __future__ import annotations

from typing import Callable, Sequence

from factcheck.analyse.checks.runner import check
from factcheck.analyse.group import group, place_unplaced
from factcheck.analyse.published import infer_publications, with_years_from_publication
from factcheck.analyse.rules import Rule
from factcheck.extract import Extraction
from factcheck.model import Article, Claim, InputError, Report, TimeFrame, Topic

# group's signature: an engine may group elsewhere (a Dask cluster) with the same result.
Grouper = Callable[[Sequence[Claim], Sequence[Rule]], "tuple[list[Claim], list[Topic]]"]

__all__ = ["Grouper", "analyse"]


def analyse(extractions: Sequence[Extraction], errors: Sequence[InputError] = (),
            rules: Sequence[Rule] = (), rule_files: Sequence[str] = (),
            group_claims: Grouper = group) -> Report:
    """Everything after extraction: publication dates, topics, checks."""
    articles: list[Article] = [e.article for e in extractions]
    frames = {e.article.id: e.time_frame for e in extractions}
    publications = infer_publications(extractions)
    for article_id, publication in publications.items():
        if frames.get(article_id) is None and publication.known:
            frames[article_id] = TimeFrame(publication.earliest.year, publication.latest.year,
                                           f"publication {publication.basis}")
    dated = with_years_from_publication((c for e in extractions for c in e.claims), publications)
    claims, topics = group_claims(place_unplaced(dated), rules)
    topics, findings = check(topics, claims, frames, publications)
    return Report(articles=tuple(articles), time_frames=frames, claims=tuple(claims),
                  topics=tuple(topics), findings=tuple(findings), input_errors=tuple(errors),
                  rule_files=tuple(rule_files), publications=publications)
