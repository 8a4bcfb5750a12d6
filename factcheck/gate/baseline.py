"""Baseline: the findings a project has accepted, so CI fails only on new ones.

The file is JSON meant to be reviewed in a pull request: sorted, indented, no
timestamps, and each finding keeps its message and quoted words so a reviewer reads
what is being accepted. Findings are matched by id (a fingerprint of what disagrees,
never line numbers), so edits elsewhere in an article keep its findings suppressed.

```json
{
  "baseline_version": 2,
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
  "fingerprint_version": 2,
  "tool": "factcheck"
}
```

`fingerprint_version` says how the ids were computed (analyse/checks/base.fingerprint).
A file without it (baseline_version 1, written before ids were versioned) holds scheme-1
ids, which hashed how values were printed; they are still matched, by computing each
finding's scheme-1 id as well (`legacy_id_v1`), and the CLI asks for --update-baseline.
A scheme this factcheck does not know (a newer one) is an error: nothing could match,
and a gate that silently matched nothing would report every accepted finding as new.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.analyse.checks.base import FINGERPRINT_VERSION
from factcheck.model import Claim, Finding
from factcheck.read.new_files import create_new_file, link_message

BASELINE_VERSION = 2  # the file's layout; 2 added fingerprint_version
READABLE_LAYOUTS = (1, 2)
LEGACY_FINGERPRINTS = (1,)  # older id schemes this factcheck can still match
TOOL = "factcheck"


class BaselineError(Exception):
    """A baseline that cannot be used, as a one-line message naming the file."""


class BaselineNotFound(BaselineError):
    """The baseline file does not exist (the CLI decides whether that is fine)."""


@dataclass(frozen=True)
class Baseline:
    path: Path
    entries: tuple[dict[str, Any], ...]  # as stored; each has at least a string "id"
    fingerprint_version: int = FINGERPRINT_VERSION  # how the entries' ids were computed

    @property
    def outdated(self) -> bool:
        """Written with an older id scheme: still matched, but worth rewriting."""
        return self.fingerprint_version != FINGERPRINT_VERSION

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
    document = {"tool": TOOL, "baseline_version": BASELINE_VERSION,
                "fingerprint_version": FINGERPRINT_VERSION, "findings": entries}
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_baseline(path: Path, findings: Sequence[Finding],
                   claims_by_id: Mapping[str, Claim]) -> None:
    """Write atomically: a reader (or a crash) never sees half a baseline."""
    text = render_baseline(findings, claims_by_id)
    # Our own name rather than tempfile's: a file created with open() gets the usual
    # permissions (umask), where tempfile's would make the baseline private to its writer.
    # Created new and never through a link: a link planted under this predictable name
    # would otherwise take the text wherever it points.
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        create_new_file(temporary, text)
    except FileExistsError:  # not ours: left where it is
        raise BaselineError(f"{path}: cannot write the baseline: "
                            f"{link_message(temporary) or f'{temporary} is in the way'}") from None
    except OSError as exc:
        raise BaselineError(f"{path}: cannot write the baseline: {exc.strerror or exc}") from None
    try:
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
    except RecursionError:  # json recurses once per nested array or object
        raise BaselineError(f"{path}: invalid JSON: arrays or objects nested too deeply "
                            "to read") from None
    except ValueError as err:  # an integer of more digits than Python converts
        raise BaselineError(f"{path}: invalid JSON: {' '.join(str(err).split())}") from None

    def shape(message: str) -> BaselineError:
        return BaselineError(f"{path}: not a factcheck baseline: {message}")

    if not isinstance(document, dict):
        raise shape("expected a JSON object at the top")
    if document.get("tool") != TOOL:
        raise shape(f"\"tool\" must be \"{TOOL}\"")
    version = document.get("baseline_version")
    if version not in READABLE_LAYOUTS or isinstance(version, bool):
        raise shape(f"unsupported baseline_version {version!r} (this factcheck reads "
                    f"{' and '.join(map(str, READABLE_LAYOUTS))})")
    # Layout 1 had no fingerprint_version: its ids are scheme 1.
    scheme = document.get("fingerprint_version", 1 if version == 1 else None)
    if not isinstance(scheme, int) or isinstance(scheme, bool) or scheme < 1:
        raise shape(f"\"fingerprint_version\" must be a whole number, not {scheme!r}")
    if scheme != FINGERPRINT_VERSION and scheme not in LEGACY_FINGERPRINTS:
        raise BaselineError(
            f"{path}: its finding ids use fingerprint scheme {scheme}, which this factcheck "
            f"does not know (it computes scheme {FINGERPRINT_VERSION}): upgrade factcheck, "
            f"or rewrite the baseline with --update-baseline and review what it accepts")
    entries = document.get("findings")
    if not isinstance(entries, list):
        raise shape("\"findings\" must be a list")
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise shape(f"finding #{n} is not an object")
        if not isinstance(entry.get("id"), str) or not entry["id"]:
            raise shape(f"finding #{n} has no string \"id\"")
    return Baseline(path=path, entries=tuple(entries), fingerprint_version=scheme)


# --- comparing ----------------------------------------------------------------------------

def apply_baseline(findings: Sequence[Finding], baseline: Baseline,
                   claims: Sequence[Claim] = ()) -> BaselineResult:
    """Split findings into new and known; list the known ones that are gone.

    Give it ALL the scan's findings (before any --changed filtering), or findings of
    articles outside the change would be listed as fixed. `claims` (the report's) are
    needed only for a baseline of an older id scheme, to compute the findings' old ids.
    """
    if baseline.fingerprint_version == FINGERPRINT_VERSION:
        key = {f.id: f.id for f in findings}
    else:  # load_baseline accepts no scheme but the current one and LEGACY_FINGERPRINTS
        by_id = {c.id: c for c in claims}
        key = {f.id: legacy_id_v1(f, by_id) for f in findings}
    known = baseline.ids
    new = [f for f in findings if key[f.id] not in known]
    suppressed = [f for f in findings if key[f.id] in known]
    current = set(key.values())
    fixed = [entry for entry in baseline.entries if entry["id"] not in current]
    return BaselineResult(new=new, suppressed=suppressed, fixed=fixed)


def legacy_id_v1(finding: Finding, claims_by_id: Mapping[str, Claim]) -> str | None:
    """The id fingerprint scheme 1 gave this finding (factcheck before fingerprint_version):
    the check, the topic id unless automatic ("auto-…"), and each claim's article, words and
    value as printed (Quantity/DateValue.describe). None if a claim is not in the report.
    Kept only to read old baselines: it breaks when `describe` changes, which is why
    scheme 2 hashes the values themselves."""
    own = finding.claims[:len(finding.claims) - finding.evidence]  # scheme 1 knew no evidence
    claims = [claims_by_id.get(cid) for cid in own]
    if any(c is None for c in claims):
        return None
    parts = sorted(f"{c.article}|{' '.join(c.words)}|{c.value.describe()}" for c in claims)
    topic = finding.topic
    topic_key = "" if topic is None or topic.startswith("auto-") else topic
    digest = hashlib.sha1("\n".join([finding.check, topic_key] + parts).encode("utf-8"))
    return digest.hexdigest()[:16]
