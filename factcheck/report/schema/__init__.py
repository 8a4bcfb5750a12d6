"""JSON Schemas shipped with the package: the contract of the JSON report.

`report.schema.json` (draft 2020-12) describes what `factcheck scan --format json`
writes (schema_version "3"). `factcheck schema` prints it.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

REPORT_SCHEMA_FILE = "report.schema.json"


def schema_text() -> str:
    """The JSON report's schema, exactly as shipped."""
    return resources.files(__name__).joinpath(REPORT_SCHEMA_FILE).read_text(encoding="utf-8")


def load_schema() -> dict[str, Any]:
    """The JSON report's schema, parsed."""
    return json.loads(schema_text())
