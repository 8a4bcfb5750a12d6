"""The check registry as documentation: `factcheck checks` and the README's table.

Everything here is read from analyse/checks/registry.py (each check's metadata and its
module docstring); nothing about a check is written twice.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from factcheck.analyse.checks.base import SECTIONS, Check, Scope
from factcheck.analyse.checks.registry import CHECKS

# Where the README's table sits; scripts/checks_table.py rewrites what is between them.
TABLE_START = ("<!-- checks table: generated from factcheck/analyse/checks/registry.py by "
               "`python scripts/checks_table.py`; do not edit by hand -->")
TABLE_END = "<!-- end of checks table -->"

RUNS_ON = {
    Scope.SOURCES: "each topic of two or more claims, compared across articles",
    Scope.TALLY: "each running-tally topic, compared in publication order",
    Scope.TOPIC: "each topic of two or more claims, inside each article",
    Scope.ARTICLE: "the dates of each article",
    Scope.STORY: "the dates of each story, across its articles",
    Scope.FIGURES: "the figures of each article, in text order",
    Scope.PUBLICATION: "the date in each article's address, against its publication",
    Scope.CLOCK: "the times of day of each article's events",
}


def _key(section: str) -> str:
    return section.lower().replace(" ", "_")


def check_record(check: Check) -> dict[str, Any]:
    """One check for other tools (`factcheck checks --format json`)."""
    return {"id": check.id, "name": check.name, "summary": check.summary,
            "default_severity": check.default_severity.value, "status": check.status.value,
            "runs_on": RUNS_ON[check.scope],
            "doc": {_key(title): check.sections[title] for title in SECTIONS}}


def catalog_json(checks: Sequence[Check] = CHECKS) -> str:
    return json.dumps([check_record(c) for c in checks], ensure_ascii=False, indent=2) + "\n"


def check_json(check: Check) -> str:
    return json.dumps(check_record(check), ensure_ascii=False, indent=2) + "\n"


def markdown_table(checks: Sequence[Check] = CHECKS) -> str:
    """The README's table: one row per check, in registry order."""
    rows = ["| id | name | default severity | status | what it finds |",
            "| --- | --- | --- | --- | --- |"]
    rows += [f"| `{c.id}` | {c.name} | {c.default_severity.value} | {c.status.value} | "
             f"{c.summary} |" for c in checks]
    return "\n".join(rows) + "\n"


def markdown_doc(check: Check) -> str:
    """One check's documentation page."""
    head = [f"# `{check.id}` ({check.name})", "", check.summary, "",
            f"Default severity: {check.default_severity.value} · status: {check.status.value} · "
            f"runs on: {RUNS_ON[check.scope]}."]
    body = [f"\n## {title}\n{check.sections[title]}" for title in SECTIONS]
    return "\n".join(head) + "\n" + "\n".join(body) + "\n"


def text_list(checks: Sequence[Check] = CHECKS) -> str:
    """`factcheck checks`: one line per check."""
    width = max(len(c.id) for c in checks)
    severity_width = max(len(c.default_severity.value) for c in checks)
    lines = [f"{c.id:<{width}}  {c.default_severity.value:<{severity_width}}  {c.status.value}  "
             f"{c.summary}" for c in checks]
    lines += ["", f"{len(checks)} checks. `factcheck checks ID` explains one; "
                  "'disable' in factcheck.toml stops reporting it."]
    return "\n".join(lines) + "\n"


def text_doc(check: Check) -> str:
    """`factcheck checks ID`: the documentation, headings without markdown."""
    head = [f"{check.id} ({check.name})", check.summary,
            f"default severity: {check.default_severity.value} · status: {check.status.value} · "
            f"runs on: {RUNS_ON[check.scope]}"]
    body = [f"\n{title}\n{_indented(check.sections[title])}" for title in SECTIONS]
    return "\n".join(head) + "\n" + "\n".join(body) + "\n"


def _indented(text: str) -> str:
    return "\n".join(f"  {line}" if line else "" for line in text.splitlines())


def readme_with_table(readme: str, checks: Sequence[Check] = CHECKS) -> str:
    """The README text with its checks table regenerated (ValueError without the markers)."""
    start, end = readme.find(TABLE_START), readme.find(TABLE_END)
    if start == -1 or end < start:
        raise ValueError("the README has no checks table markers")
    before = readme[:start + len(TABLE_START)]
    return f"{before}\n{markdown_table(checks)}{readme[end:]}"
