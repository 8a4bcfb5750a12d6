"""The Dask engine computes exactly what the local engine computes, in the same order."""

import socket
import sys
from pathlib import Path

import pytest

from factcheck.read.sources import article_ids, find_sources
from factcheck.run.errors import EngineError
from factcheck.run.dask_engine import extract_with_dask, group_with_dask, scan_with_dask
from factcheck.analyse.group import group
from factcheck.model import InputError
from factcheck.extract import extract_source
from factcheck.run.engine import read_rules

distributed = pytest.importorskip("distributed")  # the engine's own imports are lazy
pytest.importorskip("dask.bag")

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def corpus(tmp_path):
    """The bundled articles plus one bad file in the middle, so order and errors both show."""
    for path in (ROOT / "corpus").glob("*.txt"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "002_broken.txt").write_bytes(b"\xff\xfe\x00\x00")
    sources = find_sources([tmp_path])
    return sources, article_ids(sources)


@pytest.fixture(scope="module")
def rules():
    return read_rules([ROOT / "rules"])[0]


def local_results(sources, ids):
    return [extract_source(s, ids[s.display]) for s in sources]


def test_extraction_matches_the_local_engine_in_order(corpus, scheduler):
    sources, ids = corpus
    results = extract_with_dask(sources, ids, scheduler=scheduler, partition_size=2)
    assert results == local_results(sources, ids)
    assert any(isinstance(r, InputError) for r in results)


def test_scan_matches_local_extraction_and_grouping(corpus, rules, scheduler):
    sources, ids = corpus
    results, claims, topics = scan_with_dask(sources, ids, rules, scheduler=scheduler,
                                             partition_size=2)
    local = local_results(sources, ids)
    local_claims, local_topics = group((c for r in local if not isinstance(r, InputError)
                                        for c in r.claims), rules)
    assert results == local
    assert claims == local_claims
    assert topics == local_topics
    assert any(t.source != "auto" for t in topics) and any(t.source == "auto" for t in topics)


def test_grouping_without_rules_matches_the_local_engine(corpus, scheduler):
    sources, ids = corpus
    all_claims = [c for r in local_results(sources, ids) if not isinstance(r, InputError)
                  for c in r.claims]
    assert group_with_dask(all_claims, [], scheduler=scheduler, partition_size=7) == \
        tuple(list(part) for part in group(all_claims, []))


def test_without_an_address_a_local_cluster_is_started_and_closed(corpus):
    sources, ids = corpus
    assert extract_with_dask(sources[:2], ids) == local_results(sources[:2], ids)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("address", [f"tcp://127.0.0.1:{closed_port()}", "no-port-here"])
def test_an_unreachable_scheduler_is_an_engine_error(corpus, address):
    sources, ids = corpus
    with pytest.raises(EngineError, match="cannot reach the dask scheduler at"):
        extract_with_dask(sources, ids, scheduler=address)


def test_without_dask_installed_the_error_says_what_to_install(corpus, monkeypatch):
    for module in ("dask", "dask.bag", "distributed"):
        monkeypatch.setitem(sys.modules, module, None)  # makes `import <module>` fail
    sources, ids = corpus
    with pytest.raises(EngineError, match=r"pip install 'factcheck\[dask\]'"):
        extract_with_dask(sources, ids)
