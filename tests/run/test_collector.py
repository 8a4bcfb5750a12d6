"""The cycle collector is paused while the analysis builds its many acyclic objects, by the
runner alone (the analysis itself knows nothing of it), and left as it was found."""

import gc
from pathlib import Path

import pytest

from factcheck.run import engine
from factcheck.run.engine import scan

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.mark.parametrize("enabled", [True, False])
def test_the_analysis_runs_with_the_collector_paused_and_it_is_restored(monkeypatch, enabled):
    seen = []
    real = engine.analyse
    monkeypatch.setattr(engine, "analyse",
                        lambda *args, **kw: seen.append(gc.isenabled()) or real(*args, **kw))
    (gc.enable if enabled else gc.disable)()
    try:
        scan([CORPUS], [])
        assert seen == [False]
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def test_no_stage_outside_the_runner_touches_the_collector():
    package = Path(engine.__file__).resolve().parents[1]
    for module in package.rglob("*.py"):
        if module.parent.name == "run":
            continue
        text = module.read_text("utf-8")
        assert "import gc" not in text and "cycle_collector" not in text, module
