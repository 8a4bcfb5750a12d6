"""Ways of running a scan change how fast it is, never what it reports."""

import importlib.util
import pickle
from pathlib import Path

import pytest

from factcheck import __version__
from factcheck.read.sources import article_ids, find_sources
from factcheck.run.engine import ScanEngine, read_rules, scan
from factcheck.run.transfer import extract_task
from factcheck.report.json_report import render_json

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"


def report_json(engine: ScanEngine | None = None) -> str:
    rules, files = read_rules([ROOT / "rules"])
    return render_json(scan([CORPUS], rules, [str(f) for f in files], engine), __version__)


@pytest.fixture(scope="module")
def plain():
    return report_json()


def test_two_worker_processes_give_the_same_report_as_one(plain):
    assert report_json(ScanEngine(jobs=2)) == plain


def test_a_cold_then_warm_cache_gives_the_same_report(plain, tmp_path):
    cached = ScanEngine(jobs=1, cache_dir=tmp_path / "cache")
    assert report_json(cached) == plain  # fills the cache
    assert report_json(cached) == plain  # reads it
    assert (tmp_path / "cache" / ".gitignore").read_text().splitlines()[-1] == "*"


def test_two_workers_fill_and_read_the_cache_with_the_same_report(plain, tmp_path):
    cached = ScanEngine(jobs=2, cache_dir=tmp_path / "cache")
    assert report_json(cached) == plain  # the workers make the records
    assert report_json(ScanEngine(jobs=2, cache_dir=tmp_path / "cache")) == plain


def test_progress_is_reported_once_per_article(tmp_path):
    seen = []
    scan([CORPUS], [], [], ScanEngine(progress=lambda done, total: seen.append((done, total))))
    assert seen == [(n, 5) for n in range(1, 6)]


def test_no_article_text_is_kept_after_extraction():
    report = scan([CORPUS], [], [])
    assert all(article.text == "" for article in report.articles)
    assert all(claim.sentence for claim in report.claims)


def test_claims_sent_back_by_workers_in_separate_batches_share_their_words():
    # What a worker returns reaches the parent pickled, a few articles per batch.
    sources = find_sources([CORPUS])
    ids = article_ids(sources)
    batches = [pickle.loads(pickle.dumps([extract_task((s, ids[s.display]))]))[0]
               for s in sources]
    assert [e.claims for e in batches] == [extract_task((s, ids[s.display])).claims
                                           for s in sources]
    troops = [c for e in batches for c in e.claims if c.unit == "عسكري"]
    assert len({c.article for c in troops}) >= 2
    assert len({id(c.unit) for c in troops}) == 1  # one string, not one per batch
    words = {}
    for claim in (c for e in batches for c in e.claims):
        for word in claim.words + claim.places:
            assert words.setdefault(word, word) is word


@pytest.mark.skipif(importlib.util.find_spec("distributed") is None,
                    reason="the dask extra is not installed")
def test_the_dask_engine_gives_the_same_report_as_the_local_one(plain):
    assert report_json(ScanEngine(engine="dask")) == plain
