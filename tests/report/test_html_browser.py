"""The HTML report in a real browser: headless Chromium loads the page from a file (no
network), runs its script, and the DOM it ends with is checked; a screenshot is taken.
Skipped where Chromium is not installed (.ci/run installs Debian's chromium)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest

from factcheck.report import RENDERERS, RenderContext, write_report
from factcheck.run.engine import read_rules, scan
from test_report_html import Tree

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = next((found for name in ("chromium", "chromium-browser", "google-chrome")
                 if (found := shutil.which(name))), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium (apt-get install chromium)")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--hide-scrollbars"]


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("html")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        report = scan(["corpus"], *read_rules(None))
        path = folder / "report.html"
        write_report(path, RENDERERS["html"], report, RenderContext(tool_version="test"))
    return path


def dom(tmp_path: Path, url: str) -> str:
    done = chromium(tmp_path, "--dump-dom", url)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_every_finding_and_a_timeline_per_topic_in_the_browser(corpus_page, tmp_path):
    root = Tree(dom(tmp_path, corpus_page.as_uri())).root
    findings = root.find_all("article", "finding")
    assert [f.attrs["data-check"] for f in findings] == ["relative-date-mismatch", "different-bodies"]
    topics = root.find_all("section", "topic")
    assert topics and all(len(t.find_all("svg", "timeline")) == 1 for t in topics)
    assert not root.find_all(cls="hidden")  # nothing filtered out at first


def test_filters_run_in_the_browser(corpus_page, tmp_path):
    root = Tree(dom(tmp_path, corpus_page.as_uri() + "?severity=info")).root
    shown = [f.attrs["data-severity"] for f in root.find_all("article", "finding")
             if "hidden" not in f.classes]
    assert shown == ["info"]
    root = Tree(dom(tmp_path, corpus_page.as_uri() + "?topic=" + quote("us-troops-iraq"))).root
    visible = [t.attrs["data-topic"] for t in root.find_all("section", "topic")
               if "hidden" not in t.classes]
    assert visible == ["us-troops-iraq"]


def test_the_story_filter_runs_in_the_browser(corpus_page, tmp_path):
    # The bundled corpus is two stories: the 2021 withdrawal, and 001 (2025) on its own.
    root = Tree(dom(tmp_path, corpus_page.as_uri())).root
    quiet = next(li.attrs["data-story"] for d in root.find_all("details", "quiet")
                 for li in d.find_all("li"))
    root = Tree(dom(tmp_path, corpus_page.as_uri() + "?story=" + quiet)).root
    assert all("hidden" in s.classes for s in root.find_all("section", "story"))
    visible = [t for t in root.find_all("section", "topic") if "hidden" not in t.classes]
    assert visible and all(t.attrs["data-story"] == quiet for t in visible)


def test_a_screenshot_of_the_report(corpus_page, tmp_path):
    shot = tmp_path / "report.png"
    done = chromium(tmp_path, "--window-size=1200,2400", f"--screenshot={shot}",
                    corpus_page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000  # a page, not a blank one
