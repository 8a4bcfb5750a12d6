"""How many worker processes a scan starts: what the corpus and the machine can use."""

from pathlib import Path

from factcheck.run import engine
from factcheck.run.engine import ScanEngine, scan, worker_count

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_never_more_workers_than_articles_or_cores(monkeypatch):
    monkeypatch.setattr(engine, "available_cores", lambda: 4)
    assert worker_count(128, 5) == 4
    assert worker_count(128, 2) == 2
    assert worker_count(3, 1000) == 3
    assert worker_count(0, 10) == 1


def test_jobs_128_on_five_articles_starts_at_most_five_processes(monkeypatch):
    started = []
    real = engine.ProcessPoolExecutor

    def pool(max_workers):
        started.append(max_workers)
        return real(max_workers=max_workers)

    monkeypatch.setattr(engine, "ProcessPoolExecutor", pool)
    report = scan([CORPUS], [], [], ScanEngine(jobs=128))
    assert len(report.articles) == 5
    assert started in ([], [min(5, engine.available_cores())])
    assert all(n <= 5 for n in started)
