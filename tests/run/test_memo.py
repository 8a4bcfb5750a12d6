"""The scan memo: an unchanged corpus's report is loaded, not worked out again; any change
to an article, the rules or the code works it out afresh."""

import json
import shutil
import sqlite3
import zlib
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck import __version__
from factcheck.run import engine as pipeline, memo
from factcheck.run.cache import CACHE_FILE
from factcheck.run.memo import decode_report, encode_report, memo_key
from factcheck.model import Quantity
from factcheck.run.engine import ScanEngine, read_rules, scan
from factcheck.report.json_report import render_json

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", folder)
    return folder


@pytest.fixture
def analyses(monkeypatch):
    """How many scans got as far as analysing their extractions."""
    calls = []
    real = pipeline.run_analysis

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "run_analysis", counting)
    return calls


def scan_json(corpus: Path, engine: ScanEngine, with_rules: bool = True) -> str:
    rules, files = read_rules([ROOT / "rules"]) if with_rules else ([], [])
    return render_json(scan([corpus], rules, [str(f) for f in files], engine), __version__)


def test_an_unchanged_corpus_is_not_analysed_again(corpus, tmp_path, analyses):
    engine = ScanEngine(cache_dir=tmp_path / "cache")
    first = scan_json(corpus, engine)
    second = scan_json(corpus, engine)
    assert second == first == scan_json(corpus, ScanEngine())  # the last one has no cache
    assert len(analyses) == 2  # the first scan and the uncached one


def test_an_edited_article_is_analysed_again(corpus, tmp_path, analyses):
    engine = ScanEngine(cache_dir=tmp_path / "cache")
    scan_json(corpus, engine)
    article = next(p for p in sorted(corpus.glob("*.txt")) if "2500" in p.read_text(encoding="utf-8"))
    article.write_text(article.read_text(encoding="utf-8").replace("2500", "3500"),
                       encoding="utf-8")
    edited = scan_json(corpus, engine)
    assert len(analyses) == 2
    assert edited == scan_json(corpus, ScanEngine())
    assert "3500" in edited


def test_a_removed_article_or_other_rules_are_analysed_again(corpus, tmp_path, analyses):
    engine = ScanEngine(cache_dir=tmp_path / "cache")
    scan_json(corpus, engine)
    scan_json(corpus, engine, with_rules=False)
    assert len(analyses) == 2
    sorted(corpus.glob("*.txt"))[-1].unlink()
    assert scan_json(corpus, engine) == scan_json(corpus, ScanEngine())
    assert len(analyses) == 4


def test_a_damaged_stored_report_is_a_miss_and_the_scan_goes_on(corpus, tmp_path, analyses):
    engine = ScanEngine(cache_dir=tmp_path / "cache")
    expected = scan_json(corpus, engine)
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as db:
        db.execute("UPDATE reports SET record = x'00ff00'")
    assert scan_json(corpus, engine) == expected
    assert len(analyses) == 2
    assert len(engine.warnings) == 1 and "recomputed, not trusted" in engine.warnings[0]


def test_a_forged_report_without_findings_cannot_decide_the_gate(corpus, tmp_path, analyses,
                                                                   monkeypatch):
    """Someone who can write the cache folder (a CI cache restored from an untrusted run)
    stores a report with no findings under the corpus's own key: it is not believed."""
    from factcheck.run import seal

    engine = ScanEngine(cache_dir=tmp_path / "cache")
    expected = scan_json(corpus, engine)
    assert json.loads(expected)["findings"]
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as db:
        key, record = db.execute("SELECT key, record FROM reports").fetchone()
        clean = replace(decode_report(seal.Seal.for_this_user().open(key, record)), findings=())
        forged = seal.Seal(b"x" * 32).seal(key, encode_report(clean))
        db.execute("UPDATE reports SET record = ?", (forged,))
        db.execute("UPDATE extractions SET record = ?", (seal.Seal(b"x" * 32).seal("k", b"{}"),))
    assert scan_json(corpus, engine) == expected
    assert len(analyses) == 2


def test_a_record_moved_under_another_key_does_not_verify():
    from factcheck.run.seal import Seal

    seal = Seal(b"s" * 32)
    sealed = seal.seal("key-a", b"record")
    assert seal.open("key-a", sealed) == b"record"
    assert seal.open("key-b", sealed) is None
    assert seal.open("key-a", sealed[:-1] + b"x") is None
    assert Seal(b"t" * 32).open("key-a", sealed) is None


def test_a_report_survives_the_round_trip_whole(corpus):
    rules, files = read_rules([ROOT / "rules"])
    report = scan([corpus], rules, [str(f) for f in files])
    odd = replace(report.claims[0], value=Quantity(float("-inf"), float("inf"), True))
    report = replace(report, claims=(odd, *report.claims[1:]))
    back = decode_report(encode_report(report))
    assert back == report
    assert back.publications == report.publications and back.time_frames == report.time_frames
    assert render_json(back, __version__) == render_json(report, __version__)


def test_a_report_quoting_a_time_of_day_survives_the_round_trip(tmp_path):
    (tmp_path / "a.txt").write_text(
        "ضربت هزة ارتدادية المنطقة صباح اليوم على الساعة السابعة صباحا.\n"
        "وسجلت الهزة الارتدادية حوالي الساعة 6:35 صباحا بالتوقيت المحلي.\n", encoding="utf-8")
    report = scan([tmp_path], [], [])
    assert any(c.kind == "time" for c in report.claims)  # the finding's evidence
    assert decode_report(encode_report(report)) == report


def test_records_that_are_not_reports_are_misses():
    assert decode_report(b"not zlib") is None
    assert decode_report(encode_report.__globals__["zlib"].compress(b"[[], 1]")) is None


def test_a_record_cut_short_is_a_miss(corpus):
    record = encode_report(scan([corpus], [], []))
    assert decode_report(record[:len(record) // 2]) is None
    assert decode_report(record[:-1]) is None


def test_a_large_report_is_stored_a_few_thousand_items_at_a_time(corpus, monkeypatch):
    monkeypatch.setattr(memo, "_ITEMS_PER_LINE", 100)  # a few thousand, in a real scan
    report = scan([corpus], [], [])
    copies = range(50)
    report = replace(
        report,
        claims=tuple(replace(c, id=f"{c.id}-{n}") for n in copies for c in report.claims),
        topics=tuple(replace(t, id=f"{t.id}-{n}") for n in copies for t in report.topics),
        articles=tuple(replace(a, id=f"{a.id}-{n}") for n in copies for a in report.articles),
        time_frames={f"{k}-{n}": v for n in copies for k, v in report.time_frames.items()})
    record = encode_report(report)
    lines = zlib.decompress(record).split(b"\n")
    # Never one JSON text of them all: no line holds even a quarter of the record.
    assert len(lines) > 8 and max(map(len, lines)) < sum(map(len, lines)) / 4
    assert decode_report(record) == report


def test_the_key_changes_with_every_input():
    base = memo_key(["k1", "k2"], [], [], "v1")
    assert base == memo_key(["k1", "k2"], [], [], "v1")
    rules, _ = read_rules([ROOT / "rules"])
    others = {memo_key(["k2", "k1"], [], [], "v1"), memo_key(["k1"], [], [], "v1"),
              memo_key(["k1", "k2"], rules, [], "v1"),
              memo_key(["k1", "k2"], [], ["rules/a.toml"], "v1"),
              memo_key(["k1", "k2"], [], [], "v2")}
    assert base not in others and len(others) == 5
