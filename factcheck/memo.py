"""The scan memo: the whole report of a corpus that has not changed since the last scan.

A report is a function of the articles (their bytes, ids and displayed paths: what the
extraction cache keys hash), the rules and the factcheck code. A re-scan of an unchanged
corpus therefore loads the report instead of decoding every extraction and grouping
again, the two costs that grow with the corpus. One hash over all of those is the key:
any edited, added, moved or removed article, any rule change and any new code misses.

Records are JSON, like the extraction cache's: a cache file is data and never runs code.
Claims, most of a report, are written as rows in Claim's field order rather than as
tagged objects, which halves the decoding time of a large report; everything else goes
through the generic codec. A record is compressed JSON lines: the report without its claims,
then the claim rows a few thousand per line. It is written and read a line at a time, so a
100k-article report never exists as one JSON text (that text and its bytes were a GB).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import zlib
from typing import Any, Callable, Iterator, Sequence

from . import codec
from .arabic.words import Phrase
from .collector import cycle_collector_paused
from .model import Claim, DateValue, Quantity, Report, Span

_ZLIB_LEVEL = 1  # a large report is tens of MB of JSON: fast beats small here
_VALUE_TYPES = (Quantity, DateValue)  # a claim's value: row[0] is the index in this tuple


def memo_key(article_keys: Sequence[str], rules: Sequence[Any], rule_files: Sequence[str],
             keep_rule_words: bool, version: str) -> str:
    """sha256 over everything a report depends on, in scan order. Article keys are the
    extraction cache's; rules count by what they say, not by the bytes of their files."""
    digest = hashlib.sha256()
    digest.update(f"report\0{version}\0{int(keep_rule_words)}\0".encode())
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

def _value_to_row(value: Quantity | DateValue) -> list:
    return [_VALUE_TYPES.index(type(value)),
            *(getattr(value, f.name) for f in dataclasses.fields(value))]


def _value_from_row(row: list) -> Quantity | DateValue:
    return _VALUE_TYPES[row[0]](*row[1:])


def _span_to_row(span: Span) -> list:
    return [span.start, span.end, span.line, span.column]


def _span_from_row(row: list) -> Span:
    return Span(*row)


# How each kind of Claim field is written to a row and read back, by its annotation.
# Fields of plain JSON types need nothing; a new field of another type must be added here
# (import fails until it is, so it cannot be silently lost).
_ROW_FORMS: dict[str, tuple[Callable, Callable]] = {
    "Span": (_span_to_row, _span_from_row),
    "Value": (_value_to_row, _value_from_row),
    "tuple[str, ...]": (list, tuple),
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


def _claim_to_row(claim: Claim) -> list:
    row = [getattr(claim, name) for name in _CLAIM_FIELDS]
    for index, to_row, _ in _CLAIM_SPECIAL:
        row[index] = to_row(row[index])
    return row


def _claim_from_row(row: list) -> Claim:
    for index, _, from_row in _CLAIM_SPECIAL:
        row[index] = from_row(row[index])
    return Claim(*row)


# ---------------------------------------------------------------- whole reports

def encode_report(report: Report) -> bytes:
    deflate = zlib.compressobj(_ZLIB_LEVEL)
    rest = codec._encode(dataclasses.replace(report, claims=()))
    parts = [deflate.compress(_json_line(rest))]
    claims = report.claims
    for start in range(0, len(claims), _ROWS_PER_LINE):
        rows = [_claim_to_row(c) for c in claims[start:start + _ROWS_PER_LINE]]
        parts.append(deflate.compress(_json_line(rows)))
    parts.append(deflate.flush())
    return b"".join(parts)


_ROWS_PER_LINE = 4096


def _json_line(value: Any) -> bytes:
    # Private data read back only by decode_report: Python's json spells inf and nan itself.
    # With ensure_ascii=False a line break inside a string is still written as \n, so
    # a raw line break only ever ends a line.
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=True)
    return text.encode("utf-8") + b"\n"


def decode_report(blob: bytes) -> Report | None:
    """None for a record this code cannot read (damaged, or not a report): a miss."""
    try:
        with cycle_collector_paused():  # millions of acyclic objects
            lines = _lines(blob)
            rest = json.loads(next(lines, b"null"), object_hook=codec._from_object)
            if not isinstance(rest, Report):
                return None
            claims: list[Claim] = []
            for line in lines:
                claims.extend(_claim_from_row(row) for row in json.loads(line))
            return dataclasses.replace(rest, claims=tuple(claims))
    except (zlib.error, ValueError, TypeError, IndexError, UnicodeDecodeError):
        return None  # ValueError covers JSON and codec errors


_INFLATE_STEP = 1 << 20  # compressed bytes inflated at a time


def _lines(blob: bytes) -> Iterator[bytes]:
    """The record's lines, inflated a step at a time (ValueError if it is cut short)."""
    inflate = zlib.decompressobj()
    # The start of an unfinished line, in pieces: the first line (topics, articles …) is
    # tens of MB, and growing one bytes object step by step would copy it again each time.
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
