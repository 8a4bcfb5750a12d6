"""The scan, stage by stage: load → extract → group → check → Report. No output here."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Sequence

from .check import check
from .corpus import Source, article_ids, find_sources, read_article
from .extract import Extraction, extract
from .group import group
from .model import Article, InputError, Report, TimeFrame
from .published import infer_publications, with_years_from_publication
from .rules import Rule, find_rule_files, load_rules

DEFAULT_RULES_DIR = "rules"


def default_rule_paths() -> list[Path]:
    """rules/ in the current folder, when there is one: the bundled corpus's own rules."""
    folder = Path(DEFAULT_RULES_DIR)
    return [folder] if folder.is_dir() else []


def read_rules(paths: Sequence[str | Path] | None) -> tuple[list[Rule], list[str]]:
    """(rules, rule file paths); raises rules.RuleError for an invalid file."""
    chosen = default_rule_paths() if paths is None else list(paths)
    files = find_rule_files(chosen) if chosen else []
    return (load_rules(files) if files else []), [p.as_posix() for p in files]


def extract_one(source: Source, article_id: str) -> Extraction | InputError:
    """Read and analyse one article. Never raises for a bad article: it becomes an InputError."""
    item = read_article(source, article_id)
    if isinstance(item, InputError):
        return item
    try:
        return extract(item).without_text()
    except Exception as exc:  # one article that breaks a grammar must not sink the scan
        return InputError(item.path, f"could not be analysed ({type(exc).__name__}: {exc})")


def extract_all(paths: Iterable[str | Path]) -> tuple[list[Extraction], list[InputError]]:
    """Every article under `paths` (raises corpus.MissingPathError for a missing path)."""
    sources = find_sources(paths)
    ids = article_ids(sources)
    extractions: list[Extraction] = []
    errors: list[InputError] = []
    for source in sources:
        result = extract_one(source, ids[source.display])
        (errors if isinstance(result, InputError) else extractions).append(result)
    return extractions, errors


def scan(paths: Iterable[str | Path], rules: Sequence[Rule], rule_files: Sequence[str] = ()) -> Report:
    extractions, errors = extract_all(paths)
    articles: list[Article] = [e.article for e in extractions]
    frames = {e.article.id: e.time_frame for e in extractions}
    publications = infer_publications(extractions)
    for article_id, publication in publications.items():
        if frames.get(article_id) is None and publication.known:
            frames[article_id] = TimeFrame(publication.earliest.year, publication.latest.year,
                                           f"publication {publication.basis}")
    dated = with_years_from_publication((c for e in extractions for c in e.claims), publications)
    claims, topics = group(dated, rules)
    topics, findings = check(topics, claims, frames, publications)
    return Report(articles=tuple(articles), time_frames=frames, claims=tuple(claims),
                  topics=tuple(topics), findings=tuple(findings), input_errors=tuple(errors),
                  rule_files=tuple(rule_files), publications=publications)
