"""JSON report: the schema_version "3" contract, value shapes and determinism."""

from __future__ import annotations

import io
import json
import random
from dataclasses import replace

import pytest

from factcheck.model import (
    Article,
    Claim,
    DateValue,
    Finding,
    InputError,
    Quantity,
    Report,
    Span,
    Story,
    TimeFrame,
    Topic,
)
from factcheck.report.json_report import render_json, report_to_dict, write_json
from factcheck.run.engine import scan

TEXT_A = ("وقالت الوزارة إن 2500 جندي أمريكي سيبقون في العراق حتى نهاية العام.\n"
          "وسيكتمل الانسحاب في 31 كانون الأول، بحسب نحو 900 مصدر.")
TEXT_B = "أكدت مصادر أن نحو 3500 جندي سيبقون. وينتهي الانسحاب في 31 كانون الأول/ ديسمبر 2021."
TEXT_C = ("وصل أكثر من عشرين مستشاراً يوم الأربعاء 29 تشرين الأول 2021 إلى بغداد، "
          "تمهيداً لاتفاق وُقّع في 2024 لاحقاً.")


def _claim(cid: str, article: str, kind: str, text: str, body: str, value, **kw) -> Claim:
    """A claim whose span and sentence are computed from the article body."""
    start = body.index(text)
    line = body.count("\n", 0, start) + 1
    column = start - (body.rfind("\n", 0, start) + 1) + 1
    sent_start = max(body.rfind(".", 0, start), body.rfind("\n", 0, start)) + 1
    ends = [i for i in (body.find(".", start), body.find("\n", start)) if i != -1]
    sent_end = min(ends) + 1 if ends else len(body)
    return Claim(id=cid, article=article, kind=kind, text=text,
                 sentence=body[sent_start:sent_end].strip(),
                 span=Span(start, start + len(text), line, column), value=value, **kw)


def sample_report() -> Report:
    articles = (
        Article("a", "corpus/a.md", TEXT_A, "بقاء القوات", outlet="وكالة أ", published="2021-07-27"),
        Article("b", "corpus/b.md", TEXT_B, "الانسحاب", outlet=None, published="2021-07-28"),
        Article("c", "corpus/c.md", TEXT_C, "مستشارون", outlet="صحيفة ج", published=None),
    )
    claims = (
        _claim("a:q1", "a", "quantity", "2500 جندي", TEXT_A, Quantity.exact(2500), unit="جندي",
               subject="جندي امريكي", place="العراق"),
        _claim("a:d1", "a", "date", "31 كانون الأول", TEXT_A, DateValue(None, 12, 31, "day"),
               event="انسحاب"),
        _claim("a:q2", "a", "quantity", "نحو 900 مصدر", TEXT_A, Quantity(900.0, 900.0, True),
               unit="مصدر"),
        _claim("b:q1", "b", "quantity", "نحو 3500 جندي", TEXT_B, Quantity(3500.0, 3500.0, True),
               unit="جندي"),
        _claim("b:d1", "b", "date", "31 كانون الأول/ ديسمبر 2021", TEXT_B,
               DateValue(2021, 12, 31, "day"), event="انسحاب"),
        _claim("c:q1", "c", "quantity", "أكثر من عشرين", TEXT_C, Quantity(21, None),
               unit="مستشار"),
        _claim("c:d1", "c", "date", "الأربعاء 29 تشرين الأول 2021", TEXT_C,
               DateValue(2021, 10, 29, "day", weekday=2)),
        _claim("c:d2", "c", "date", "2024", TEXT_C, DateValue(2024, None, None, "year"),
               note="year written out"),
    )
    topics = (
        Topic("troops", "عدد الجنود الأمريكيين", "quantity", "rules/iraq.toml", "conflict",
              ("b:q1", "a:q1")),
        Topic("withdrawal-date", "موعد الانسحاب", "date", "rules/iraq.toml", "consistent",
              ("a:d1", "b:d1")),
        Topic("agreement", "اتفاق 2024", "date", "rules/iraq.toml", "other-time-frame",
              ("c:d2",), other_frame=("c:d2",)),
        Topic("advisers-arrival", "وصول المستشارين", "date", "rules/iraq.toml", "single-source",
              ("c:d1",)),
        Topic("auto-1", "مصدر", "quantity", "auto", "single-source", ("a:q2",)),
        Topic("auto-2", "مستشار", "quantity", "auto", "single-source", ("c:q1",)),
    )
    findings = (
        Finding("F3", "different-bodies", "info", "withdrawal-date", ("a",), ("a:d1",),
                "The sources agree on this date but name different bodies."),
        Finding("F1", "cross-source-conflict", "error", "troops", ("b", "a"), ("a:q1", "b:q1"),
                "The articles disagree on the number of US troops staying in Iraq: 2,500 in "
                "corpus/a.md and about 3,500 in corpus/b.md. These figures cannot both hold.",
                suggestion="Check the ministry statement and correct one of the figures."),
        Finding("F2", "weekday-mismatch", "warning", None, ("c",), ("c:d1",),
                "29 October 2021 was a Friday, not a Wednesday."),
    )
    return Report(
        articles=articles,
        time_frames={"a": TimeFrame(2021, 2021, "published"),
                     "b": TimeFrame(2021, 2022, "published ±1"), "c": None},
        claims=claims,
        topics=topics,
        findings=findings,
        input_errors=(InputError("corpus/zz.md", "empty file"),
                      InputError("corpus/bad.md", "not valid UTF-8 (byte 0xff at offset 12)")),
        rule_files=("rules/iraq.toml",),
    )


def storied_report() -> Report:
    """The sample as a scan of two stories: a and b on the troops, c on the advisers."""
    report = sample_report()
    troops = Story("s1a2b3c4d5e", "بقاء القوات الأمريكية", ("a", "b"))
    advisers = Story("s9f8e7d6c5b", "وصول المستشارين", ("c",))
    story_of = {"a": troops.id, "b": troops.id, "c": advisers.id}
    topics = tuple(replace(t, story=story_of[t.claims[0].split(":")[0]]) for t in report.topics)
    findings = tuple(replace(f, story=story_of[f.articles[0]]) for f in report.findings)
    return replace(report, topics=topics, findings=findings, stories=(troops, advisers))


@pytest.fixture
def data() -> dict:
    return report_to_dict(sample_report(), "0.1.0")


def by_id(items: list[dict]) -> dict[str, dict]:
    return {item["id"]: item for item in items}


def test_sample_spans_point_at_the_words():
    report = sample_report()
    texts = {a.id: a.text for a in report.articles}
    for c in report.claims:
        assert texts[c.article][c.span.start:c.span.end] == c.text


def test_top_level_keys(data):
    assert list(data) == ["schema_version", "tool", "articles", "stories", "claims", "topics",
                          "findings", "input_errors", "summary"]
    assert data["schema_version"] == "3"
    assert data["tool"] == {"name": "factcheck", "version": "0.1.0"}


def test_articles(data):
    assert [a["id"] for a in data["articles"]] == ["a", "b", "c"]
    a = data["articles"][0]
    assert set(a) == {"id", "path", "title", "outlet", "published", "time_frame", "publication"}
    # No publication inferred in this hand-made report: unknown, and it says so.
    assert a["publication"] == {"earliest": None, "latest": None, "basis": "unknown"}
    assert a["path"] == "corpus/a.md" and a["title"] == "بقاء القوات"
    assert a["time_frame"] == {"start": 2021, "end": 2021, "basis": "published"}
    assert isinstance(a["time_frame"]["start"], int)
    b, c = data["articles"][1], data["articles"][2]
    assert b["outlet"] is None and b["time_frame"]["end"] == 2022
    assert c["time_frame"] is None and c["published"] is None


def test_claim_keys_and_types(data):
    keys = ["id", "article", "kind", "text", "sentence", "start", "end", "line", "column",
            "value", "unit", "event", "topic", "subject", "place", "note",
            "measure", "places", "occasion", "attribution", "role"]
    for c in data["claims"]:
        assert list(c) == keys
        assert c["kind"] in ("quantity", "date")
        for k in ("start", "end", "line", "column"):
            assert isinstance(c[k], int) and not isinstance(c[k], bool)
        for k in ("unit", "event", "topic", "subject", "place", "note", "role"):
            assert c[k] is None or isinstance(c[k], str)
    q = by_id(data["claims"])["a:q1"]
    assert q["text"] == "2500 جندي" and q["unit"] == "جندي" and q["place"] == "العراق"
    assert q["line"] == 1 and q["column"] == TEXT_A.index("2500") + 1
    assert q["end"] - q["start"] == len("2500 جندي")
    assert by_id(data["claims"])["a:d1"]["line"] == 2


def test_claims_sorted_by_article_then_position(data):
    ids = [c["id"] for c in data["claims"]]
    assert ids == ["a:q1", "a:d1", "a:q2", "b:q1", "b:d1", "c:q1", "c:d1", "c:d2"]


def test_claim_topic_is_the_topic_holding_it(data):
    claims = by_id(data["claims"])
    assert claims["a:q1"]["topic"] == "troops"
    assert claims["c:d2"]["topic"] == "agreement"
    assert claims["a:q2"]["topic"] == "auto-1"


def test_claim_without_topic_has_null_topic():
    report = sample_report()
    report = replace(report, topics=tuple(t for t in report.topics if t.id != "troops"))
    claims = by_id(report_to_dict(report, "x")["claims"])
    assert claims["a:q1"]["topic"] is None


def test_quantity_values(data):
    claims = by_id(data["claims"])
    assert claims["a:q1"]["value"] == {"min": 2500, "max": 2500, "approximate": False}
    approx = claims["b:q1"]["value"]
    assert approx == {"min": 3500, "max": 3500, "approximate": True}
    assert isinstance(approx["min"], int)  # 3500.0 is integral → int
    assert claims["c:q1"]["value"] == {"min": 21, "max": None, "approximate": False}


def test_quantity_fraction_stays_float():
    report = sample_report()
    claims = tuple(replace(c, value=Quantity(1.5, 2.25)) if c.id == "a:q1" else c
                   for c in report.claims)
    out = by_id(report_to_dict(replace(report, claims=claims), "x")["claims"])
    assert out["a:q1"]["value"] == {"min": 1.5, "max": 2.25, "approximate": False}


def test_date_values(data):
    claims = by_id(data["claims"])
    assert claims["a:d1"]["value"] == {"start": "--12-31", "end": "--12-31", "granularity": "day",
                                       "weekday": None, "resolved": False}
    assert claims["b:d1"]["value"] == {"start": "2021-12-31", "end": "2021-12-31",
                                       "granularity": "day", "weekday": None, "resolved": True}
    assert claims["c:d1"]["value"]["weekday"] == "wednesday"  # as stated, not as computed
    assert claims["c:d2"]["value"] == {"start": "2024-01-01", "end": "2024-12-31",
                                       "granularity": "year", "weekday": None, "resolved": True}
    assert claims["c:d2"]["note"] == "year written out"


def test_topics(data):
    assert [t["id"] for t in data["topics"]] == sorted(t["id"] for t in data["topics"])
    topics = by_id(data["topics"])
    for t in data["topics"]:
        assert list(t) == ["id", "label", "kind", "source", "status", "measure", "claims",
                           "other_time_frame", "story"]
    assert topics["troops"]["claims"] == ["a:q1", "b:q1"]  # text order, not input order
    assert topics["troops"]["status"] == "conflict"
    assert topics["troops"]["source"] == "rules/iraq.toml"
    assert topics["agreement"]["other_time_frame"] == ["c:d2"]
    assert topics["auto-1"]["source"] == "auto" and topics["auto-1"]["other_time_frame"] == []


def test_findings(data):
    assert [f["id"] for f in data["findings"]] == ["F1", "F2", "F3"]  # error, warning, info
    f1 = data["findings"][0]
    assert list(f1) == ["id", "check", "severity", "topic", "articles", "claims", "evidence",
                        "message", "suggestion", "story"]
    assert f1["articles"] == ["a", "b"] and f1["claims"] == ["a:q1", "b:q1"]
    assert f1["evidence"] == []
    assert f1["suggestion"].startswith("Check")
    assert data["findings"][1]["topic"] is None and data["findings"][1]["suggestion"] is None


def test_a_finding_lists_what_it_is_about_apart_from_the_sources_it_cites():
    # A mistyped weekday in c; b dates the nearest day of that weekday and is cited. The
    # finding is about c's words alone: b's back the suggestion, they are not in error.
    report = sample_report()
    weekday = Finding("F2", "weekday-mismatch", "error", None, ("c", "b"), ("c:d1", "b:d1"),
                      "29 October 2021 was a Friday, not a Wednesday.", evidence=1)
    cited = replace(report, findings=(report.findings[0], weekday, report.findings[2]))
    f2 = next(f for f in report_to_dict(cited, "0.1.0")["findings"] if f["id"] == "F2")
    assert f2["claims"] == ["c:d1"] and f2["evidence"] == ["b:d1"]
    assert f2["articles"] == ["b", "c"]


def test_stories_list_their_articles_topics_and_findings_by_severity():
    data = report_to_dict(storied_report(), "0.1.0")
    assert data["stories"] == [
        {"id": "s1a2b3c4d5e", "label": "بقاء القوات الأمريكية", "articles": ["a", "b"],
         "topics": 3, "findings": {"error": 1, "warning": 0, "info": 1}},
        {"id": "s9f8e7d6c5b", "label": "وصول المستشارين", "articles": ["c"],
         "topics": 3, "findings": {"error": 0, "warning": 1, "info": 0}},
    ]
    assert {t["id"]: t["story"] for t in data["topics"]}["agreement"] == "s9f8e7d6c5b"
    assert [f["story"] for f in data["findings"]] == ["s1a2b3c4d5e", "s9f8e7d6c5b",
                                                      "s1a2b3c4d5e"]
    assert data["summary"]["stories"] == 2


def test_a_finding_without_a_story_takes_its_articles_and_a_report_without_stories_none():
    report = storied_report()
    unnamed = replace(report, findings=tuple(replace(f, story="") for f in report.findings))
    data = report_to_dict(unnamed, "0")
    assert [f["story"] for f in data["findings"]] == ["s1a2b3c4d5e", "s9f8e7d6c5b",
                                                      "s1a2b3c4d5e"]
    plain = report_to_dict(sample_report(), "0")
    assert plain["stories"] == [] and {f["story"] for f in plain["findings"]} == {None}


def test_input_errors_sorted_by_path(data):
    assert data["input_errors"] == [
        {"path": "corpus/bad.md", "message": "not valid UTF-8 (byte 0xff at offset 12)"},
        {"path": "corpus/zz.md", "message": "empty file"},
    ]


def test_summary(data):
    assert data["summary"] == {"articles": 3, "claims": 8, "topics": 6, "stories": 0,
                               "findings": {"error": 1, "warning": 1, "info": 1},
                               "input_errors": 2}


def test_empty_report():
    data = report_to_dict(Report(articles=()), "0")
    assert data["articles"] == data["claims"] == data["topics"] == data["findings"] == []
    assert data["summary"]["findings"] == {"error": 0, "warning": 0, "info": 0}


def test_render_is_valid_json_with_arabic_unescaped():
    out = render_json(sample_report(), "0.1.0")
    assert out.endswith("}\n")
    assert json.loads(out) == report_to_dict(sample_report(), "0.1.0")
    assert "عدد الجنود الأمريكيين" in out and "\\u0" not in out
    assert '\n  "schema_version": "3"' in out  # indent=2


def test_render_is_deterministic():
    assert render_json(sample_report(), "0.1.0") == render_json(sample_report(), "0.1.0")


@pytest.mark.parametrize("seed", range(5))
def test_shuffled_input_gives_same_output(seed):
    report = sample_report()
    rng = random.Random(seed)

    def shuffled(items):
        items = list(items)
        rng.shuffle(items)
        return tuple(items)

    mixed = replace(
        report,
        articles=shuffled(report.articles),
        claims=shuffled(report.claims),
        topics=tuple(replace(t, claims=shuffled(t.claims)) for t in shuffled(report.topics)),
        findings=tuple(replace(f, claims=shuffled(f.claims), articles=shuffled(f.articles))
                       for f in shuffled(report.findings)),
        input_errors=shuffled(report.input_errors),
        time_frames=dict(reversed(list(report.time_frames.items()))),
    )
    assert render_json(mixed, "0.1.0") == render_json(report, "0.1.0")


def test_no_timestamps_or_non_finite_numbers():
    report = sample_report()
    claims = tuple(replace(c, value=Quantity(5, float("inf"))) if c.id == "c:q1" else c
                   for c in report.claims)
    out = render_json(replace(report, claims=claims), "0.1.0")
    assert "Infinity" not in out and "NaN" not in out
    json.loads(out)


# ------------------------------------------------------------ orjson writes what json.dumps writes

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from factcheck.report.json_report import claim_sort_key, iter_json  # noqa: E402


def dumped(report: Report, version: str = "0.1.0") -> str:
    """The report as the standard library writes its dict: the reference text."""
    return json.dumps(report_to_dict(report, version), ensure_ascii=False, indent=2) + "\n"


optional_words = st.none() | st.text(alphabet=st.characters(codec="utf-8"), max_size=8)
numbers = st.none() | st.floats(allow_nan=False) | st.integers(-10**6, 10**6)
quantities = st.builds(Quantity, numbers, numbers, st.booleans())
dates = st.builds(DateValue, st.none() | st.integers(1, 2100), st.none() | st.integers(1, 12),
                  st.none() | st.integers(1, 28), st.sampled_from(["day", "month", "year"]),
                  st.none() | st.integers(0, 6), st.booleans())
claims = st.builds(
    Claim, id=st.text(max_size=6), article=st.text(max_size=6),
    kind=st.sampled_from(["quantity", "date"]), text=st.text(alphabet=st.characters(codec="utf-8"), max_size=12),
    sentence=st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
    span=st.builds(Span, st.integers(0, 10**6), st.integers(0, 10**6), st.integers(1, 999),
                   st.integers(1, 999)),
    value=quantities | dates, unit=optional_words, event=optional_words, subject=optional_words,
    place=optional_words, note=optional_words, measure=optional_words,
    places=st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=6), max_size=3).map(tuple),
    occasion=optional_words, attribution=optional_words)


def _json_equal(a: str, b: str) -> bool:
    """Same JSON, and the same text but for how a float far from 1 is spelled (1e-05 by
    Python, 1e-5 by orjson: both JSON, both the same number)."""
    return json.loads(a) == json.loads(b) and a.count("\n") == b.count("\n")


@settings(max_examples=300, deadline=None)
@given(st.lists(claims, max_size=6))
def test_any_claims_are_written_as_json_dumps_writes_them(many):
    report = replace(sample_report(), claims=tuple(many), topics=(), findings=())
    ours, reference = render_json(report, "0.1.0"), dumped(report)
    assert ours == reference or _json_equal(ours, reference)


@settings(max_examples=100, deadline=None)
@given(claims)
def test_claim_values_of_everyday_size_are_written_byte_for_byte(claim):
    everyday = (replace(claim, value=Quantity(2500, 2500.5, True))
                if isinstance(claim.value, Quantity) else claim)
    report = replace(sample_report(), claims=(everyday,), topics=(), findings=())
    assert render_json(report, "0.1.0") == dumped(report)


def test_arabic_quotes_and_controls_are_escaped_like_json_dumps():
    report = sample_report()
    odd = replace(report.claims[0], text="«قال» \"اقتباس\"\n\t\u200f\x1b[2J", sentence="\x00\x7f\u2028")
    report = replace(report, claims=(odd, *report.claims[1:]))
    assert render_json(report, "0.1.0") == dumped(report)


def test_the_sample_report_is_written_byte_for_byte_as_json_dumps_writes_it():
    assert render_json(sample_report(), "0.1.0") == dumped(sample_report())


def test_equal_values_written_differently_in_python_are_written_alike():
    base = sample_report().claims[0]
    as_int, as_float = (replace(base, value=Quantity(2500, 2500, False)),
                        replace(base, value=Quantity(2500.0, 2500.0, False)))
    texts = {render_json(replace(sample_report(), claims=(c,)), "0.1.0") for c in (as_int, as_float)}
    assert len(texts) == 1 and '"min": 2500,' in texts.pop()


def test_numbers_past_64_bits_stay_numbers():
    base = sample_report().claims[0]
    huge = replace(base, value=Quantity(1e21, 1e300, False))
    data = json.loads(render_json(replace(sample_report(), claims=(huge,)), "0.1.0"))
    assert data["claims"][0]["value"]["min"] == 1e21 and data["claims"][0]["value"]["max"] == 1e300


def test_every_section_is_written_even_when_empty():
    text = render_json(Report(articles=()), "0.1.0")
    assert text == dumped(Report(articles=()))
    assert '"claims": [],' in text and text.endswith("}\n")


def test_claims_are_written_in_text_order():
    data = json.loads(render_json(sample_report(), "0.1.0"))
    order = [c.id for c in sorted(sample_report().claims, key=claim_sort_key)]
    assert [c["id"] for c in data["claims"]] == order


def test_the_pieces_are_utf8_bytes():
    pieces = list(iter_json(sample_report(), "0.1.0"))
    assert all(isinstance(p, bytes) for p in pieces)
    assert b"".join(pieces).decode("utf-8") == dumped(sample_report())


class _CountingStream:
    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.parts.append(data)
        return len(data)

    def flush(self) -> None:
        pass


class _TextOverBytes(io.TextIOBase):
    """A text stream with a binary buffer, as sys.stdout and open(…, "w") are."""

    def __init__(self) -> None:
        self.buffer = _CountingStream()

    def flush(self) -> None:
        pass


def test_a_large_report_is_written_in_a_few_large_blocks_not_piece_by_piece():
    # With PYTHONUNBUFFERED every write to stdout is a system call.
    report = sample_report()
    many = tuple(replace(c, id=f"{c.id}-{n}") for n in range(400) for c in report.claims)
    report = replace(report, claims=many)
    stream = _TextOverBytes()
    write_json(stream, report, "0.0.0")
    data = b"".join(stream.buffer.parts)
    assert data.decode("utf-8") == render_json(report, "0.0.0")
    assert len(data) > 3 * 65536
    assert len(stream.buffer.parts) <= len(data) // 65536 + 1


def test_written_as_utf8_bytes_whatever_the_text_stream_encoding(tmp_path):
    path = tmp_path / "r.json"
    with path.open("w", encoding="latin-1") as out:  # a C locale's stdout, say
        write_json(out, sample_report(), "0.1.0")
    assert path.read_bytes().decode("utf-8") == dumped(sample_report())


def test_a_text_stream_without_a_buffer_gets_text():
    out = io.StringIO()
    write_json(out, sample_report(), "0.1.0")
    assert out.getvalue() == dumped(sample_report())


def test_a_claim_says_what_kind_of_figure_it_is_when_not_the_fact_itself(tmp_path):
    # «من 120 مليار إلى 162 مليار»: the 120 is the level the cost rose from, which is why
    # no finding sets it against another outlet's 162
    (tmp_path / "a.txt").write_text("---\npublished: 2025-03-12\n---\nوقفزت كلفة المشروع من "
                                    "120 مليار دينار إلى 162 مليار دينار.\n", encoding="utf-8")
    data = json.loads(render_json(scan([tmp_path], [], []), "0.1.0"))
    roles = {c["text"]: c["role"] for c in data["claims"] if c["kind"] == "quantity"}
    assert roles == {"120 مليار دينار": "previous", "162 مليار دينار": None}
