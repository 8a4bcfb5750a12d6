"""Baseline: the findings a project has accepted, so CI fails only on new ones.

The file is JSON meant to be reviewed in a pull request: sorted, indented, no
timestamps, and each finding keeps its message and quoted words so a reviewer reads
what is being accepted. Findings are matched by id (a fingerprint of what disagrees,
never line numbers), so edits elsewhere in an article keep its findings suppressed.

```json
{
  "baseline_version": 1,
  "findings": [
    {
      "articles": ["a", "b"],
      "check": "cross-source-conflict",
      "id": "3f2c9a0b1d4e5f60",
      "message": "…",
      "quotes": [{"article": "a", "text": "2500 جندي"}, …],
      "severity": "error",
      "topic": "us-troops-iraq"
    }
  ],
  "tool": "factcheck"
}
```
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.model import Claim, Finding

BASELINE_VERSION = 1
TOOL = "factcheck"


class BaselineError(Exception):
    """A baseline that cannot be used, as a one-line message naming the file."""


class BaselineNotFound(BaselineError):
    """The baseline file does not exist (the CLI decides whether that is fine)."""


@dataclass(frozen=True)
class Baseline:
    path: Path
    entries: tuple[dict[str, Any], ...]  # as stored; each has at least a string "id"

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(entry["id"] for entry in self.entries)


@dataclass(frozen=True)
class BaselineResult:
    new: list[Finding]  # not in the baseline: these are reported and gate the exit code
    suppressed: list[Finding]  # in the baseline: counted, not reported
    fixed: list[dict[str, Any]]  # baseline entries that no longer occur: the baseline can shrink


# --- writing ------------------------------------------------------------------------------

def baseline_entry(finding: Finding, claims_by_id: Mapping[str, Claim]) -> dict[str, Any]:
    quotes = [{"article": claims_by_id[cid].article, "text": claims_by_id[cid].text}
              for cid in finding.claims if cid in claims_by_id]
    return {"id": finding.id, "check": finding.check, "severity": finding.severity,
            "topic": finding.topic, "articles": list(finding.articles),
            "message": finding.message, "quotes": quotes}


def render_baseline(findings: Sequence[Finding], claims_by_id: Mapping[str, Claim]) -> str:
    unique = {f.id: f for f in reversed(findings)}  # one entry per id, the first one kept
    entries = [baseline_entry(f, claims_by_id)
               for f in sorted(unique.values(), key=lambda f: (f.check, f.id))]
    document = {"tool": TOOL, "baseline_version": BASELINE_VERSION, "findings": entries}
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_baseline(path: Path, findings: Sequence[Finding],
                   claims_by_id: Mapping[str, Claim]) -> None:
    """Write atomically: a reader (or a crash) never sees half a baseline."""
    text = render_baseline(findings, claims_by_id)
    # Our own name rather than tempfile's: a file created with open() gets the usual
    # permissions (umask), where tempfile's would make the baseline private to its writer.
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise BaselineError(f"{path}: cannot write the baseline: {exc.strerror or exc}") from None


# --- reading ------------------------------------------------------------------------------

def load_baseline(path: Path) -> Baseline:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise BaselineNotFound(f"{path}: no such baseline file") from None
    except UnicodeDecodeError:
        raise BaselineError(f"{path}: not valid UTF-8 text") from None
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read the baseline: {exc.strerror or exc}") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as err:
        raise BaselineError(f"{path}:{err.lineno}: invalid JSON: {err.msg}") from None

    def shape(message: str) -> BaselineError:
        return BaselineError(f"{path}: not a factcheck baseline: {message}")

    if not isinstance(document, dict):
        raise shape("expected a JSON object at the top")
    if document.get("tool") != TOOL:
        raise shape(f"\"tool\" must be \"{TOOL}\"")
    version = document.get("baseline_version")
    if version != BASELINE_VERSION:
        raise shape(f"unsupported baseline_version {version!r} (this factcheck reads "
                    f"{BASELINE_VERSION})")
    entries = document.get("findings")
    if not isinstance(entries, list):
        raise shape("\"findings\" must be a list")
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise shape(f"finding #{n} is not an object")
        if not isinstance(entry.get("id"), str) or not entry["id"]:
            raise shape(f"finding #{n} has no string \"id\"")
    return Baseline(path=path, entries=tuple(entries))


# --- comparing ----------------------------------------------------------------------------

def apply_baseline(findings: Sequence[Finding], baseline: Baseline) -> BaselineResult:
    """Split findings into new and known; list the known ones that are gone.

    Give it ALL the scan's findings (before any --changed filtering), or findings of
    articles outside the change would be listed as fixed.
    """
    known = baseline.ids
    new = [f for f in findings if f.id not in known]
    suppressed = [f for f in findings if f.id in known]
    current = {f.id for f in findings}
    fixed = [entry for entry in baseline.entries if entry["id"] not in current]
    return BaselineResult(new=new, suppressed=suppressed, fixed=fixed)
