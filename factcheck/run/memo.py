"""The scan memo: the whole report of a corpus that has not changed since the last scan.

A report is a function of the articles (their bytes, ids and displayed paths: what the
extraction cache keys hash), the rules and the factcheck code. A re-scan of an unchanged
corpus therefore loads the report instead of decoding every extraction and grouping
again, the two costs that grow with the corpus. One hash over all of those is the key:
any edited, added, moved or removed article, any rule change and any new code misses.

Records are JSON, like the extraction cache's: a cache file is data and never runs code.
A record is compressed JSON lines, written and read a line at a time, so a 100k-article
report never exists as one JSON text (that text and its bytes were a GB): the report with
its collections left empty, then those collections a few thousand items per line. Claims,
most of a report, are rows in Claim's field order rather than tagged objects, which halves
their decoding time; everything else goes through the generic codec.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import operator
import zlib
from typing import Any, Callable, Iterator, Sequence

from factcheck.run import codec
from factcheck.extract.words import Phrase
from factcheck.run.collector import cycle_collector_paused
from factcheck.model import Claim, ClockTime, DateValue, Quantity, Report, Span

_ZLIB_LEVEL = 1  # a large report is tens of MB of JSON: fast beats small here
_VALUE_TYPES = (Quantity, DateValue, ClockTime)  # a claim's value: row[0] is its index here


def memo_key(article_keys: Sequence[str], rules: Sequence[Any], rule_files: Sequence[str],
             version: str) -> str:
    """sha256 over everything a report depends on, in scan order. Article keys are the
    extraction cache's; rules count by what they say, not by the bytes of their files."""
    digest = hashlib.sha256()
    digest.update(f"report\0{version}\0".encode())
    digest.update(repr((_plain(tuple(rules)), tuple(rule_files))).encode("utf-8"))
    for key in article_keys:
        digest.update(b"\0")
        digest.update(key.encode("ascii"))
    return digest.hexdigest()


def _plain(value: Any) -> Any:
    """A rule as nested tuples of its field values, phrases by their text (a phrase is
    built from its text alone), so its repr says everything the rule says."""
    if isinstance(value, Phrase):
        return ("Phrase", value.text)
    if dataclasses.is_dataclass(value):
        return (type(value).__qualname__,
                *(_plain(getattr(value, f.name)) for f in dataclasses.fields(value)))
    if isinstance(value, (tuple, list)):
        return tuple(_plain(v) for v in value)
    if isinstance(value, (set, frozenset)):  # a set's repr order changes between runs
        return tuple(sorted((_plain(v) for v in value), key=repr))
    return value


# ---------------------------------------------------------------- claims as rows

def _value_getters() -> dict[type, Callable[[Any], tuple]]:
    return {cls: operator.attrgetter(*(f.name for f in dataclasses.fields(cls)))
            for cls in _VALUE_TYPES}


_VALUE_FIELDS = _value_getters()


def _value_to_row(value: Quantity | DateValue | ClockTime) -> list:
    return [_VALUE_TYPES.index(type(value)), *_VALUE_FIELDS[type(value)](value)]


def _value_from_row(row: list) -> Quantity | DateValue | ClockTime:
    return _VALUE_TYPES[row[0]](*row[1:])


_span_fields = operator.attrgetter("start", "end", "line", "column")


def _span_to_row(span: Span) -> tuple:
    return _span_fields(span)


def _span_from_row(row: list) -> Span:
    return Span(*row)


def _same(value: Any) -> Any:
    return value


# How each kind of Claim field is written to a row and read back, by its annotation.
# Fields of plain JSON types need nothing (json writes a tuple as an array, read back as
# a list); a new field of another type must be added here (import fails until it is, so
# it cannot be silently lost).
_ROW_FORMS: dict[str, tuple[Callable, Callable]] = {
    "Span": (_span_to_row, _span_from_row),
    "Value": (_value_to_row, _value_from_row),
    "tuple[str, ...]": (_same, tuple),
}
_PLAIN_ANNOTATIONS = frozenset({"str", "str | None", "int | None", "Kind"})


def _claim_row_forms() -> tuple[tuple[str, ...], tuple[tuple[int, Callable, Callable], ...]]:
    names, special = [], []
    for index, field in enumerate(dataclasses.fields(Claim)):
        names.append(field.name)
        annotation = str(field.type)
        if annotation in _ROW_FORMS:
            special.append((index, *_ROW_FORMS[annotation]))
        elif annotation not in _PLAIN_ANNOTATIONS:
            raise TypeError(f"memo.py has no row form for Claim.{field.name}: {annotation}")
    return tuple(names), tuple(special)


_CLAIM_FIELDS, _CLAIM_SPECIAL = _claim_row_forms()
_claim_values = operator.attrgetter(*_CLAIM_FIELDS)
# Tuples of words are written as they are; only spans and values need a row form.
_CLAIM_ENCODED = tuple((index, to_row) for index, to_row, _ in _CLAIM_SPECIAL
                       if to_row is not _same)


def _claim_to_row(claim: Claim) -> list:
    row = list(_claim_values(claim))
    for index, to_row in _CLAIM_ENCODED:
        row[index] = to_row(row[index])
    return row


def _claim_from_row(row: list) -> Claim:
    for index, _, from_row in _CLAIM_SPECIAL:
        row[index] = from_row(row[index])
    return Claim(*row)


# ---------------------------------------------------------------- whole reports
#
# A record is the lines of one zlib stream. The first is the report with its collections
# (claims, topics, articles, time frames …) left empty, in the generic codec; every other
# line is "<field>\t<JSON array>", a few thousand items of one of those collections. So
# neither writing nor reading ever holds more than one line of JSON beside the report.

_ITEMS_PER_LINE = 4096


def _collection_fields(report: Report) -> list[str]:
    """The report's fields that hold collections (tuples or dicts), written line by line."""
    return [f.name for f in dataclasses.fields(report)
            if isinstance(getattr(report, f.name), (tuple, dict))]


def encode_report(report: Report) -> bytes:
    deflate = zlib.compressobj(_ZLIB_LEVEL)
    names = _collection_fields(report)
    head = dataclasses.replace(report, **{n: type(getattr(report, n))() for n in names})
    parts = [deflate.compress(_json_line(codec._encode(head)))]
    for name in names:
        for items in _chunks_of(name, getattr(report, name)):
            parts.append(deflate.compress(name.encode("ascii") + b"\t" + _json_line(items)))
    parts.append(deflate.flush())
    return b"".join(parts)


def _chunks_of(name: str, collection: tuple | dict) -> Iterator[list]:
    items = list(collection.items()) if isinstance(collection, dict) else collection
    for start in range(0, len(items), _ITEMS_PER_LINE):
        chunk = items[start:start + _ITEMS_PER_LINE]
        if name == "claims":
            yield [_claim_to_row(c) for c in chunk]
        elif isinstance(collection, dict):
            yield [[codec._encode(k), codec._encode(v)] for k, v in chunk]
        else:
            yield [codec._encode(item) for item in chunk]


def _json_line(value: Any) -> bytes:
    # Private data read back only by decode_report: Python's json spells inf and nan itself.
    # With ensure_ascii=False a line break inside a string is still written as \n, so
    # a raw line break only ever ends a line.
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=True)
    return text.encode("utf-8") + b"\n"


def decode_report(blob: bytes) -> Report | None:
    """None for a record this code cannot read (damaged, or not a report): a miss."""
    try:
        # Millions of acyclic objects that live as long as the scan.
        with cycle_collector_paused(freeze=True):
            lines = _lines(blob)
            head = json.loads(next(lines, b"null"), object_hook=codec._from_object)
            if not isinstance(head, Report):
                return None
            collections: dict[str, list] = {name: [] for name in _collection_fields(head)}
            for line in lines:
                name, _, items = line.partition(b"\t")
                collections[name.decode("ascii")].extend(_items_from(name, items))
            return dataclasses.replace(head, **{
                name: dict(items) if isinstance(getattr(head, name), dict) else tuple(items)
                for name, items in collections.items()})
    except (zlib.error, ValueError, TypeError, IndexError, KeyError, UnicodeDecodeError):
        return None  # ValueError covers JSON and codec errors


def _items_from(name: bytes, line: bytes) -> Iterator[Any]:
    if name == b"claims":
        return map(_claim_from_row, json.loads(line))
    items = json.loads(line, object_hook=codec._from_object)
    if not isinstance(items, list):
        raise ValueError("a line of a report's items is not an array")
    # Arrays outside tagged objects are still lists: a dict's [key, value] pairs, and any
    # tuple held directly in them.
    return (codec._fix(item) if type(item) is list else item for item in items)


_INFLATE_STEP = 1 << 20  # compressed bytes inflated at a time


def _lines(blob: bytes) -> Iterator[bytes]:
    """The record's lines, inflated a step at a time (ValueError if it is cut short)."""
    inflate = zlib.decompressobj()
    # The start of an unfinished line, in pieces joined once: a line of a few thousand
    # claims spans several inflate steps, and growing one bytes object would copy it each time.
    unfinished: list[bytes] = []
    for start in range(0, len(blob), _INFLATE_STEP):
        *complete, rest = inflate.decompress(blob[start:start + _INFLATE_STEP]).split(b"\n")
        if complete:
            complete[0] = b"".join([*unfinished, complete[0]])
            unfinished.clear()
            yield from complete
        unfinished.append(rest)
    last = b"".join([*unfinished, inflate.flush()])
    if not inflate.eof:
        raise ValueError("record is cut short")
    yield from (line for line in last.split(b"\n") if line)
