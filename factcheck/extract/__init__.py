"""Article → Claims: the Arabic grammars (numbers, dates), what each figure is about, and
the per-article unit of work every engine runs.

`extract_source` reads one file and extracts it; it never raises for a bad article (the
article becomes an InputError), so one bad file never sinks a scan. Nor does one too large
to analyse: past the per-article budget (budget.py) it is an InputError before any work. It is pure apart from
reading that one file: the local pool, the cache and the Dask engine all call it.
"""

from __future__ import annotations

from dataclasses import replace

from factcheck.extract.article import Extraction, extract as extract_article
from factcheck.extract.budget import over_budget
from factcheck.extract.front_matter import parse_published
from factcheck.model import InputError
from factcheck.read import Source, read_article

__all__ = ["Extraction", "extract_article", "extract_source"]


def extract_source(source: Source, article_id: str) -> Extraction | InputError:
    """Read and analyse one article; the extraction a scan keeps (without the article's
    text: claims carry their sentences)."""
    item = read_article(source, article_id)
    if isinstance(item, InputError):
        return item
    if item.published is not None:
        iso = parse_published(item.published)
        if iso is None:
            return InputError(item.path, f"line {item.published_line}: front matter 'published' "
                                         f"is not a date: {item.published!r}")
        item = replace(item, published=iso)
    try:
        too_large = over_budget(item.text, item.published)
        if too_large:
            return InputError(item.path, too_large)
        return extract_article(item).without_text()
    except Exception as exc:  # one article that breaks a grammar must not sink the scan
        return InputError(item.path, f"could not be analysed ({type(exc).__name__}: {exc})")
