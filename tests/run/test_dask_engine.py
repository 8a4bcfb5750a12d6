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
from factcheck.run.engine import ScanEngine, read_rules, scan

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


@pytest.fixture
def silent_scheduler():
    """A port that accepts connections and never says a word (issue 15: a scan hung on one
    for over 300 s, in distributed's handshake, which has no timeout of its own)."""
    import threading

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    accepted = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"tcp://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    server.close()


def _finishes(task, seconds: float):
    """Run `task` in a thread; (finished, outcome): a hang guard, not a benchmark."""
    import threading

    outcome: list = []

    def run() -> None:
        try:
            outcome.append(task())
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    return (not thread.is_alive()), (outcome[0] if outcome else None)


def test_a_scheduler_that_accepts_but_never_answers_is_an_engine_error(corpus, silent_scheduler,
                                                                         monkeypatch):
    from factcheck.run import dask_engine

    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", 1)
    sources, ids = corpus
    finished, outcome = _finishes(lambda: extract_with_dask(sources, ids, scheduler=silent_scheduler),
                                  60)  # far beyond the 1 s deadline: only a hang fails here
    assert finished, "connecting to a silent scheduler hung"
    assert isinstance(outcome, EngineError)
    message = str(outcome)
    assert "\n" not in message
    assert message.startswith(f"cannot reach the dask scheduler at {silent_scheduler}: ")
    assert "no answer within 1 s" in message


def test_the_cli_says_so_in_one_line_and_exits_2(tmp_path, silent_scheduler, monkeypatch):
    from typer.testing import CliRunner

    from factcheck.cli import app
    from factcheck.run import dask_engine

    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", 1)
    (tmp_path / "a.txt").write_text("قال مسؤول إن 2500 جندي في العراق.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    finished, result = _finishes(lambda: CliRunner().invoke(app, [
        "scan", "a.txt", "--quiet", "--no-cache", "--engine", "dask",
        "--scheduler", silent_scheduler]), 60)
    assert finished, "factcheck scan hung on a silent scheduler"
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines == [f"factcheck: error: cannot reach the dask scheduler at {silent_scheduler}: "
                     "connected, but no answer within 1 s (is it a dask scheduler?)"]


def test_an_archive_of_stories_gets_the_same_stories_topics_and_findings(tmp_path, scheduler):
    # Stories are found before grouping; each claim travels to the cluster with its story.
    for name in ("economy", "floods"):
        for path in (ROOT / "tests" / "fixtures" / "stories" / name).iterdir():
            (tmp_path / f"{name}-{path.name}").write_bytes(path.read_bytes())
    local = scan([tmp_path], [], [])
    on_dask = scan([tmp_path], [], [], ScanEngine(engine="dask", scheduler=scheduler))
    assert len(local.stories) == 2
    assert on_dask.stories == local.stories
    assert on_dask.topics == local.topics
    assert on_dask.findings == local.findings
