"""What one fuzz input goes through, shared by the suite (test_fuzz.py) and the campaign
(campaign.py): the per-article unit of work as a scan runs it, and a whole scan.

Each returns the process time it took, for the hang guard and the campaign's slowest
article; neither asserts anything about time itself.
"""

from __future__ import annotations

import io
import json
import tempfile
import time
from pathlib import Path

from factcheck import __version__
from factcheck.analyse.rules import assign
from factcheck.extract import extract_article
from factcheck.extract.budget import over_budget
from factcheck.model import Article, InputError
from factcheck.report.json_report import write_json
from factcheck.run import codec
from factcheck.run.engine import read_rules, scan

ROOT = Path(__file__).resolve().parents[2]
RULES, RULE_FILES = read_rules([ROOT / "rules"])
# Far above any article's cost (the devset's take 2 ms each, the slowest fuzz input of a
# 10,000-input campaign well under a second): only a hang, or a blow-up the per-article
# budget should have stopped, ever reaches it. A guard, not a benchmark.
HANG_GUARD = 5.0  # seconds of process time per article


def extract_one(text: str) -> float:
    """extract.extract_source's work on a text: the budget, extraction, the cache record
    and back, the rules' matching. Raises whatever escapes."""
    start = time.process_time()
    if over_budget(text) is None:
        extraction = extract_article(Article(id="fuzz", path="fuzz.txt", text=text,
                                             title="")).without_text()
        assert codec.loads(codec.dumps(extraction)) == extraction
        for claim in extraction.claims:
            assign(RULES, claim)
    return time.process_time() - start


def scan_files(files: list[bytes]) -> float:
    """A whole scan of these files (with the bundled rules) and its JSON report."""
    with tempfile.TemporaryDirectory() as folder:
        names = []
        for n, data in enumerate(files):
            name = f"{n:02d}_article.{'md' if n % 3 == 2 else 'txt'}"
            (Path(folder) / name).write_bytes(data)
            names.append(name)
        start = time.process_time()
        report = scan([folder], RULES, RULE_FILES)
        out = io.StringIO()
        write_json(out, report, __version__)
        seconds = time.process_time() - start
    document = json.loads(out.getvalue())
    seen = sorted([Path(a["path"]).name for a in document["articles"]]
                  + [Path(e["path"]).name for e in document["input_errors"]])
    assert seen == sorted(names), (seen, names)
    for error in report.input_errors:
        assert isinstance(error, InputError) and "\n" not in error.message
    return seconds
