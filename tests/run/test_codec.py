"""Extraction ⇄ JSON record: an exact round trip, whatever the values, and tolerant of added fields."""

import dataclasses
import json
import math
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.run import codec
from factcheck.extract.dates import Reference
from factcheck.read.sources import article_ids, find_sources
from factcheck.extract.article import Extraction
from factcheck.model import (Article, Claim, DateValue, Finding, Quantity, Severity, Span, TimeFrame,
                             Topic, TopicStatus)
from factcheck.extract import extract_source

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def corpus_extractions() -> list[Extraction]:
    sources = find_sources([CORPUS])
    ids = article_ids(sources)
    return [extract_source(s, ids[s.display]) for s in sources]


def through_json(ex: Extraction) -> Extraction:
    """The record as it would be stored: strict JSON text, then parsed back."""
    text = json.dumps(codec.extraction_to_record(ex), allow_nan=False, ensure_ascii=False)
    return codec.extraction_from_record(json.loads(text))


def article(text: str = "أعلنت الوزارة وصول 300 جندي.") -> Article:
    return Article(id="a1", path="news/a1.txt", text=text, title=text)


def claim(value, **changes) -> Claim:
    base = Claim(id="a1:q1", article="a1", kind="quantity", text="300 جندي",
                 sentence="أعلنت الوزارة وصول 300 جندي.", span=Span(19, 27, 1, 20), value=value,
                 unit="جندي", words=("300", "جندي"), places=("وصول", "300", "جندي"))
    return replace(base, **changes)


def extraction(*claims: Claim, reference: Reference | None = None, frame=None) -> Extraction:
    return Extraction(article(), tuple(claims), reference or Reference(), frame)


@pytest.mark.parametrize("ex", corpus_extractions(), ids=lambda ex: ex.article.id)
def test_every_bundled_extraction_survives_the_round_trip(ex):
    assert isinstance(ex, Extraction)
    assert through_json(ex) == ex
    assert codec.loads(codec.dumps(ex)) == ex


ODD_VALUES = [
    ("open upper bound", Quantity(21.0, None)),
    ("infinite bounds", Quantity(float("-inf"), float("inf"), approximate=True)),
    ("ints stay ints", Quantity(2500, 2500)),
    ("floats stay floats", Quantity(2500.0, 2500.0)),
    ("negative zero", Quantity(-0.0, 0.0)),
    ("tiny and huge floats", Quantity(5e-324, 1.7976931348623157e308)),
    ("yearless date with a Monday", DateValue(None, 12, 31, "day", weekday=0)),
    ("relative date", DateValue(2021, 12, 29, "day", weekday=2, relative=True)),
    ("unknown date", DateValue(None, None, None, "year")),
]


@pytest.mark.parametrize("label, value", ODD_VALUES, ids=[label for label, _ in ODD_VALUES])
def test_odd_values_come_back_equal_and_of_the_same_type(label, value):
    ex = extraction(claim(value), reference=Reference(2021, None, 29, "day 29 of an unknown month"),
                    frame=TimeFrame(2020, 2022, "latest year ± 1"))
    for back in (through_json(ex), codec.loads(codec.dumps(ex))):
        assert back == ex
        for name in (f.name for f in dataclasses.fields(value)):
            got, want = getattr(back.claims[0].value, name), getattr(value, name)
            assert type(got) is type(want)
            if isinstance(want, float):
                assert math.copysign(1, got) == math.copysign(1, want)  # -0.0 keeps its sign


def test_nan_is_written_as_strict_json_and_read_back():
    ex = extraction(claim(Quantity(float("nan"), None)))
    text = codec.dumps(ex)
    assert "NaN" not in text
    assert math.isnan(codec.loads(text).claims[0].value.min)


def test_tuples_lists_sets_and_dicts_keep_their_types():
    # Dataclass fields are not type-checked, so any of these can reach the codec.
    odd = claim(Quantity(1, 1), words=(), places=(("ب", 1), ()), note=["قائمة", ("ب",)],
                subject=frozenset({"أ", "ب"}), place={("نحو", 900): {"x": None}})
    back = codec.loads(codec.dumps(extraction(odd))).claims[0]
    assert back == odd
    assert type(back.words) is tuple and type(back.places[0]) is tuple
    assert type(back.note) is list and type(back.note[1]) is tuple
    assert type(back.subject) is frozenset
    assert back.place == {("نحو", 900): {"x": None}}


def test_statuses_and_severities_come_back_as_their_enum_members():
    topic = Topic(id="t", label="t", kind="quantity", source="auto", status=TopicStatus.EVOLVING,
                  claims=("a:q1",), severity=Severity.WARNING)
    finding = Finding(id="f", check="evolving-tally", severity=Severity.INFO, topic="t",
                      articles=("a",), claims=("a:q1",), message="m")
    text = codec.dumps_value((topic, finding))
    assert '["TopicStatus","evolving"]' in text
    back_topic, back_finding = codec.loads_value(text)
    assert back_topic.status is TopicStatus.EVOLVING and back_topic.severity is Severity.WARNING
    assert back_finding.severity is Severity.INFO
    with pytest.raises(codec.CodecError):
        codec.loads_value('{"@e": ["TopicStatus", "unheard-of"]}')


def test_a_record_written_before_a_field_existed_reads_as_its_default():
    rec = codec.extraction_to_record(extraction(claim(Quantity(3, 3), place="العراق")))
    del rec["claims"][0]["place"]  # as if "place" had been added to Claim since
    assert codec.extraction_from_record(rec).claims[0].place is None


def test_a_field_the_class_no_longer_has_is_dropped():
    rec = codec.extraction_to_record(extraction(claim(Quantity(3, 3))))
    rec["claims"][0]["confidence"] = 0.5
    assert codec.extraction_from_record(rec) == extraction(claim(Quantity(3, 3)))


def test_fields_at_their_default_are_not_written():
    rec = codec.extraction_to_record(extraction(claim(Quantity(3, 3))))
    assert "note" not in rec["claims"][0] and "approximate" not in rec["claims"][0]["value"]


@pytest.mark.parametrize("record", [
    {"@": "os:system", "command": "true"},
    {"@": "factcheck.model:NoSuchThing"},
    {"@": "Claim", "id": "a1:q1"},  # required fields missing
    {"@": "Article", "id": "a", "path": "a.txt", "text": "نص", "title": "نص"},  # not an Extraction
    {"claims": []},  # no type tag
])
def test_records_that_cannot_be_rebuilt_raise_codec_error(record):
    with pytest.raises(codec.CodecError):
        codec.extraction_from_record(record)
    with pytest.raises(codec.CodecError):
        codec.loads(json.dumps(record))


def test_text_that_is_not_json_raises_codec_error():
    with pytest.raises(codec.CodecError):
        codec.loads(b"\x00not json")


def test_types_outside_the_package_are_refused_when_encoding():
    with pytest.raises(TypeError):
        codec.dumps(extraction(claim(Quantity(1, 1), note=Path("x"))))


floats = st.floats(allow_nan=False) | st.none()
quantities = st.builds(Quantity, floats, floats, st.booleans())
dates = st.builds(DateValue, st.none() | st.integers(1, 9999), st.none() | st.integers(1, 12),
                  st.none() | st.integers(1, 31), st.sampled_from(["day", "month", "year"]),
                  st.none() | st.integers(0, 6), st.booleans())
words = st.tuples(st.text(max_size=8)) | st.lists(st.text(max_size=8), max_size=4).map(tuple)


@settings(max_examples=150, deadline=None)
@given(value=quantities | dates, text=st.text(), note=st.none() | st.text(), places=words)
def test_any_claim_survives_the_round_trip(value, text, note, places):
    ex = extraction(claim(value, text=text, sentence=text, note=note, places=places))
    assert through_json(ex) == ex
    assert codec.loads(codec.dumps(ex)) == ex
