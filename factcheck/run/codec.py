"""Extraction ⇄ JSON-able record, for the extraction cache.

Generic over frozen dataclasses: an object becomes a JSON object holding its fields and a
type tag under "@", so adding a field to Claim, Article or any other dataclass needs no
change here. A field left at its default is not written; a record written before a field
existed therefore decodes to the field's default, and a field the class no longer has is
dropped. JSON cannot say everything Python can, so a few values are tagged:

    tuple        → JSON array           (arrays always decode to tuples)
    list         → {"@l": [...]}
    dict         → {"@d": [[key, value], ...]}  (keys of any encodable type)
    frozenset    → {"@fs": [...]}, set → {"@s": [...]}
    inf/-inf/nan → {"@f": "inf"}         (strict JSON has no such numbers)
    datetime.date → {"@date": "2021-12-31"}
    model's enums → {"@e": ["Severity", "error"]}

Ints stay ints and floats stay floats (json writes 2500.0, not 2500). Only dataclasses
defined inside the factcheck package are rebuilt; a record naming anything else is rejected.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import importlib
import json
import math
from typing import Any

from factcheck import model
from factcheck.extract.dates import Reference
from factcheck.extract.article import Extraction

TAG = "@"
_PACKAGE = __name__.split(".", 1)[0]  # "factcheck"

# Dataclasses known by their bare name, for compact records: every one in model.py (found,
# not listed, so a new one needs no edit here) and the two that extract.py adds. Any other
# factcheck dataclass is tagged "module:QualName" and found by import.
_SHORT_NAMES: dict[str, type] = {
    name: obj for name, obj in vars(model).items()
    if isinstance(obj, type) and dataclasses.is_dataclass(obj) and obj.__module__ == model.__name__}
_SHORT_NAMES.update({cls.__name__: cls for cls in (Extraction, Reference)})
_TAG_OF: dict[type, str] = {cls: name for name, cls in _SHORT_NAMES.items()}
# The enums of model.py (a topic's status, a finding's severity), by name.
_ENUMS: dict[str, type[enum.Enum]] = {
    name: obj for name, obj in vars(model).items()
    if isinstance(obj, type) and issubclass(obj, enum.Enum) and obj.__module__ == model.__name__}
_ENUM_NAME: dict[type, str] = {cls: name for name, cls in _ENUMS.items()}

_MISSING = object()
_COMPACT = (",", ":")


class CodecError(ValueError):
    """A record that cannot be turned back into an Extraction."""


# ---------------------------------------------------------------- encoding

def extraction_to_record(ex: Extraction) -> dict:
    """A dict of JSON types only (str, int, float, bool, None, list, dict)."""
    return _encode(ex)


def dumps(ex: Extraction) -> str:
    """The record as compact, strict JSON text."""
    return dumps_value(ex)


def dumps_value(value: Any) -> str:
    """Any encodable value (factcheck dataclasses and what they hold) as compact JSON text."""
    return json.dumps(_encode(value), ensure_ascii=False, separators=_COMPACT, allow_nan=False)


def loads_value(text: str | bytes) -> Any:
    """Inverse of dumps_value (raises CodecError)."""
    try:
        return json.loads(text, object_hook=_from_object)
    except ValueError as exc:  # JSONDecodeError and CodecError
        if isinstance(exc, CodecError):
            raise
        raise CodecError(str(exc)) from exc


# Scalars JSON writes as they are; floats are left out because inf and nan are not.
_PLAIN = frozenset((str, int, bool, type(None)))


def _encode(value: Any) -> Any:
    # Ordered by frequency in a claim: strings and tuples of words dominate.
    cls = type(value)
    if cls in _PLAIN:
        return value
    if cls is tuple:
        if _PLAIN.issuperset(map(type, value)):  # a tuple of words: no walk needed
            return list(value)
        return [_encode(v) for v in value]
    if cls is float:
        return value if math.isfinite(value) else {"@f": repr(value)}
    if cls is list:
        return {"@l": [_encode(v) for v in value]}
    if cls is dict:
        return {"@d": [[_encode(k), _encode(v)] for k, v in value.items()]}
    if cls is frozenset or cls is set:
        return {"@fs" if cls is frozenset else "@s": [_encode(v) for v in value]}
    if cls is dt.date:
        return {"@date": value.isoformat()}
    encoder = _ENCODERS.get(cls)
    if encoder is None:
        if cls in _ENUM_NAME:
            return {"@e": [_ENUM_NAME[cls], value.value]}
        encoder = _encoder_of(cls)
    tag, fields = encoder
    record = {TAG: tag}
    attrs = getattr(value, "__dict__", None)  # slotted classes (Claim, Span …) have none
    for name, default in fields:
        v = attrs[name] if attrs is not None else getattr(value, name)
        # Defaults are left out; the type check keeps False from standing in for a default 0.
        if default is not _MISSING and (v is default or (type(v) is type(default) and v == default)):
            continue
        record[name] = _encode(v)
    return record


# Per class: (tag, ((field name, default or _MISSING), …)).
_ENCODERS: dict[type, tuple[str, tuple[tuple[str, Any], ...]]] = {}


def _encoder_of(cls: type) -> tuple[str, tuple[tuple[str, Any], ...]]:
    if not dataclasses.is_dataclass(cls):
        raise TypeError(f"cannot encode a {cls.__module__}.{cls.__qualname__}")
    tag = _TAG_OF.get(cls)
    if tag is None:
        if cls.__module__.split(".")[0] != _PACKAGE or "<locals>" in cls.__qualname__:
            raise TypeError(f"cannot encode {cls.__module__}.{cls.__qualname__}: "
                            f"only {_PACKAGE} dataclasses are cached")
        tag = f"{cls.__module__}:{cls.__qualname__}"
    fields = tuple((f.name, f.default if f.default is not dataclasses.MISSING else _MISSING)
                   for f in dataclasses.fields(cls))
    _ENCODERS[cls] = (tag, fields)
    return tag, fields


# ---------------------------------------------------------------- decoding

def extraction_from_record(rec: dict) -> Extraction:
    """Inverse of extraction_to_record (raises CodecError on a record it cannot rebuild):
    through its JSON text, so it rebuilds exactly as the cache's `loads` does."""
    return loads(json.dumps(rec, ensure_ascii=False))


def loads(text: str | bytes) -> Extraction:
    """Inverse of dumps; json's object hook rebuilds objects bottom-up in one pass."""
    return _expect_extraction(loads_value(text))


def _expect_extraction(value: Any) -> Extraction:
    if not isinstance(value, Extraction):
        raise CodecError(f"record is a {type(value).__name__}, not an Extraction")
    return value


class _ListBox(list):
    """A decoded {"@l": …}, kept apart from JSON arrays (which become tuples) until its parent
    is rebuilt, where _fix turns it into a plain list."""


def _fix(value: Any) -> Any:
    """Bottom-up: a JSON array (list) → tuple, a decoded list (_ListBox) → list."""
    cls = type(value)
    if cls is list:
        # Most arrays are tuples of words: check their item types at C speed.
        if _NESTED.isdisjoint(map(type, value)):
            return tuple(value)
        return tuple([_fix(v) for v in value])
    if cls is _ListBox:
        return list(value)
    return value


_NESTED = frozenset((list, _ListBox))


def _from_object(obj: dict) -> Any:
    """json's object hook: members are decoded already, except arrays, which are still lists."""
    tag = obj.pop(TAG, None)
    if tag is not None:
        for name, v in obj.items():
            if type(v) is list or type(v) is _ListBox:
                obj[name] = _fix(v)
        return _build(tag, obj)
    if len(obj) == 1:
        if "@f" in obj:
            return float(obj["@f"])
        if "@l" in obj:
            return _ListBox([_fix(v) for v in obj["@l"]])
        if "@d" in obj:
            return {_fix(k): _fix(v) for k, v in obj["@d"]}
        if "@fs" in obj:
            return frozenset(_fix(v) for v in obj["@fs"])
        if "@s" in obj:
            return {_fix(v) for v in obj["@s"]}
        if "@date" in obj:
            return _date(obj["@date"])
        if "@e" in obj:
            return _enum(obj["@e"])
    raise CodecError(f"untagged object in record: {sorted(obj)[:3]}")


def _enum(pair: Any) -> enum.Enum:
    try:
        name, value = pair
        return _ENUMS[name](value)
    except (TypeError, ValueError, KeyError):
        raise CodecError(f"not a known enum member: {pair!r}") from None


def _date(text: Any) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        raise CodecError(f"not an ISO date: {text!r}") from None


def _build(tag: Any, fields: dict) -> Any:
    if type(tag) is not str:
        raise CodecError(f"type tag is not a string: {tag!r}")
    cls, names, required, defaults = _DECODERS.get(tag) or _decoder_of(tag)
    # The way pickle rebuilds a dataclass, ~5× faster than a frozen __init__: only for plain
    # dataclasses and a record that fits the class exactly, as every current record does.
    if defaults is not None and required <= fields.keys() <= names:
        obj = object.__new__(cls)
        attrs = obj.__dict__
        attrs.update(defaults)
        attrs.update(fields)
        return obj
    try:
        # Missing fields take their defaults; fields the class no longer has are dropped.
        return cls(**{k: v for k, v in fields.items() if k in names})
    except TypeError as exc:  # a required field the record lacks
        raise CodecError(f"cannot rebuild {tag}: {exc}") from None


# Per tag: (class, field names, required field names, {name: default}); the defaults are None
# when the class must go through its __init__ (a __post_init__, slots, default factories, or
# fields outside __init__).
_DECODERS: dict[str, tuple[type, frozenset, frozenset, dict | None]] = {}


def _decoder_of(tag: str) -> tuple[type, frozenset, frozenset, dict | None]:
    cls = _class_of(tag)
    fields = dataclasses.fields(cls)
    plain = (not hasattr(cls, "__post_init__") and not hasattr(cls, "__slots__")
             and all(f.init and f.default_factory is dataclasses.MISSING for f in fields))
    spec = (cls,
            frozenset(f.name for f in fields if f.init),
            frozenset(f.name for f in fields if f.init and f.default is dataclasses.MISSING
                      and f.default_factory is dataclasses.MISSING),
            {f.name: f.default for f in fields if f.default is not dataclasses.MISSING}
            if plain else None)
    _DECODERS[tag] = spec
    return spec


def _class_of(tag: str) -> type:
    cls = _SHORT_NAMES.get(tag)
    if cls is not None:
        return cls
    # Only a "module:QualName" inside this package is imported: a cache file is data, and
    # data must not choose which code runs.
    module_name, _, qualname = tag.partition(":")
    if module_name.split(".")[0] != _PACKAGE or not qualname:
        raise CodecError(f"record names a type outside {_PACKAGE}: {tag!r}")
    try:
        obj: Any = importlib.import_module(module_name)
        for part in qualname.split("."):
            obj = getattr(obj, part)
    except (ImportError, AttributeError):
        raise CodecError(f"record names an unknown type: {tag!r}") from None
    if not (isinstance(obj, type) and dataclasses.is_dataclass(obj)):
        raise CodecError(f"record names something that is not a dataclass: {tag!r}")
    return obj
