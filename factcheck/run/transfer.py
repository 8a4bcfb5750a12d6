"""Claims and articles as the scan keeps them: their common words shared, one string each.

A large scan keeps millions of small strings in its claims ("قتيلا", "سوريا", a counted
noun, a clause's words), mostly the same few thousand. Claims cross from a worker process
to the scan's parent by pickle, a few dozen articles at a time, and pickle shares a string
only within one batch: at 100k articles, tens of MB of copies. So claims and articles are
pickled by value and rebuilt on the other side with those strings interned (registered
with copyreg, so the dataclasses themselves know nothing of it), and `shared` does the
same for an extraction made in this process. Importing this module is what turns it on;
the engine imports it.
"""

from __future__ import annotations

import copyreg
import operator
import sys
from dataclasses import fields, replace

from factcheck.extract import Extraction, extract_source
from factcheck.model import Article, Claim, InputError
from factcheck.read import Source


def _field_indexes(cls: type, *names: str) -> tuple[int, ...]:
    order = [f.name for f in fields(cls)]
    return tuple(order.index(name) for name in names)


_values_of_article = operator.attrgetter(*(f.name for f in fields(Article)))
_ARTICLE_STRINGS = _field_indexes(Article, "outlet", "published")
_values_of_claim = operator.attrgetter(*(f.name for f in fields(Claim)))
_CLAIM_STRINGS = _field_indexes(Claim, "kind", "unit", "event", "subject", "place", "measure",
                                "occasion", "attribution", "site", "role", "as_of",
                                "reported_with")
_CLAIM_STRING_TUPLES = _field_indexes(Claim, "words", "places")


def _interned(values: tuple, strings: tuple[int, ...], string_tuples: tuple[int, ...]) -> list:
    shared = list(values)
    for i in strings:
        if shared[i] is not None:
            shared[i] = sys.intern(shared[i])
    for i in string_tuples:
        if shared[i]:
            shared[i] = tuple(map(sys.intern, shared[i]))
    return shared


def article_from_values(values: tuple) -> Article:
    return Article(*_interned(values, _ARTICLE_STRINGS, ()))


def claim_from_values(values: tuple) -> Claim:
    return Claim(*_interned(values, _CLAIM_STRINGS, _CLAIM_STRING_TUPLES))


def _reduce_article(article: Article):
    return article_from_values, (_values_of_article(article),)


def _reduce_claim(claim: Claim):
    return claim_from_values, (_values_of_claim(claim),)


copyreg.pickle(Article, _reduce_article)
copyreg.pickle(Claim, _reduce_claim)


def shared(result: Extraction | InputError) -> Extraction | InputError:
    """An extraction made in this process, with its strings shared as unpickled ones are."""
    if isinstance(result, InputError):
        return result
    return replace(result, article=article_from_values(_values_of_article(result.article)),
                   claims=tuple(claim_from_values(_values_of_claim(c)) for c in result.claims))


def extract_task(pair: tuple[Source, str]) -> Extraction | InputError:
    """extract_source as a worker runs it: one picklable argument, the (source, article id)
    pair. Defined here so a worker that imports it also registers the pickling above."""
    return extract_source(*pair)
