"""What several test folders share: the installed command, and what GitHub requires of SARIF."""

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The console script pip installed beside this interpreter (its venv), else the one on
# PATH: a PATH found first could belong to another checkout's install.
_BESIDE = Path(sysconfig.get_path("scripts")) / "factcheck"
EXE = str(_BESIDE) if _BESIDE.exists() else shutil.which("factcheck")


def benchmark_generator():
    """benchmarks/generate.py as a module (benchmarks/ is not a package), loaded once."""
    import importlib.util

    name = "benchmark_generate"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "generate.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while defining
        spec.loader.exec_module(module)
    return sys.modules[name]


def run(*args, cwd=ROOT):
    cmd = [EXE, *args] if EXE else [sys.executable, "-m", "factcheck", *args]
    env = dict(os.environ, COLUMNS="80")
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, encoding="utf-8", env=env)



LEVELS = {"none", "note", "warning", "error"}

# The part of the SARIF 2.1.0 schema that GitHub relies on, written out here so the
# test needs no download. Shapes only; the rules between fields are checked below.
_MESSAGE = {"type": "object", "required": ["text"],
            "properties": {"text": {"type": "string", "minLength": 1}}}
_REGION = {"type": "object", "required": ["startLine"],
           "properties": {k: {"type": "integer", "minimum": 1}
                          for k in ("startLine", "startColumn", "endLine", "endColumn")}}
_PHYSICAL = {"type": "object", "required": ["artifactLocation"], "properties": {
    "artifactLocation": {"type": "object", "required": ["uri"],
                         "properties": {"uri": {"type": "string", "minLength": 1},
                                        "uriBaseId": {"type": "string"}}},
    "region": _REGION}}
_LOCATION = {"type": "object", "required": ["physicalLocation"],
             "properties": {"id": {"type": "integer", "minimum": 0}, "message": _MESSAGE,
                            "physicalLocation": _PHYSICAL}}
SARIF_SUBSET = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "$schema": {"type": "string"},
        "version": {"const": "2.1.0"},
        "runs": {"type": "array", "minItems": 1, "items": {
            "type": "object",
            "required": ["tool", "results"],
            "properties": {
                "tool": {"type": "object", "required": ["driver"], "properties": {
                    "driver": {"type": "object", "required": ["name", "version", "rules"],
                               "properties": {
                                   "name": {"type": "string", "minLength": 1},
                                   "version": {"type": "string", "minLength": 1},
                                   "rules": {"type": "array", "items": {
                                       "type": "object",
                                       "required": ["id", "shortDescription", "help"],
                                       "properties": {"id": {"type": "string", "minLength": 1},
                                                      "shortDescription": _MESSAGE,
                                                      "fullDescription": _MESSAGE,
                                                      "help": _MESSAGE}}}}}}},
                "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
                "invocations": {"type": "array", "items": {
                    "type": "object", "required": ["executionSuccessful"],
                    "properties": {"executionSuccessful": {"type": "boolean"},
                                   "toolExecutionNotifications": {"type": "array", "items": {
                                       "type": "object", "required": ["message"],
                                       "properties": {"message": _MESSAGE,
                                                      "level": {"enum": sorted(LEVELS)},
                                                      "locations": {"type": "array",
                                                                    "items": _LOCATION}}}}}}},
                "results": {"type": "array", "items": {
                    "type": "object",
                    "required": ["ruleId", "level", "message", "locations",
                                 "partialFingerprints"],
                    "properties": {
                        "ruleId": {"type": "string", "minLength": 1},
                        "ruleIndex": {"type": "integer", "minimum": 0},
                        "level": {"enum": sorted(LEVELS)},
                        "message": _MESSAGE,
                        "locations": {"type": "array", "minItems": 1, "items": _LOCATION},
                        "relatedLocations": {"type": "array", "items": {
                            **_LOCATION, "required": ["id", "message", "physicalLocation"]}},
                        "partialFingerprints": {"type": "object", "minProperties": 1,
                                                "additionalProperties": {"type": "string"}},
                        "properties": {"type": "object"},
                    }}},
            }}},
    },
}


def github_problems(doc: dict) -> list[str]:
    """What would stop GitHub code scanning from turning the results into useful alerts."""
    problems = []
    if doc.get("version") != "2.1.0":
        problems.append("version is not 2.1.0")
    for run in doc.get("runs", []):
        driver = run["tool"]["driver"]
        if not driver.get("name") or not driver.get("version"):
            problems.append("tool.driver needs a name and a version")
        rules = driver.get("rules", [])
        rule_ids = [r.get("id") for r in rules]
        if len(set(rule_ids)) != len(rule_ids):
            problems.append("duplicate rule ids")
        for r in rules:
            if not r.get("shortDescription", {}).get("text") or not r.get("help", {}).get("text"):
                problems.append(f"rule {r.get('id')} lacks shortDescription.text or help.text")
        for result in run.get("results", []):
            rid = result.get("ruleId")
            if rid not in rule_ids:
                problems.append(f"result ruleId {rid!r} has no rule")
            elif "ruleIndex" in result and rule_ids[result["ruleIndex"]] != rid:
                problems.append(f"ruleIndex of {rid} points at another rule")
            if result.get("level") not in LEVELS:
                problems.append(f"level {result.get('level')!r}")
            if not result.get("message", {}).get("text", "").strip():
                problems.append("empty message")
            if not result.get("partialFingerprints"):
                problems.append("no partialFingerprints")
            locations = result.get("locations", [])
            if not locations:
                problems.append(f"{rid}: no location")
            related = result.get("relatedLocations", [])
            ids = [loc.get("id") for loc in related]
            if len(set(ids)) != len(ids):
                problems.append("duplicate relatedLocations ids")
            for loc in locations + related:
                physical = loc.get("physicalLocation", {})
                uri = physical.get("artifactLocation", {}).get("uri", "")
                if not uri or uri.startswith(("/", "./")) or re.match(r"^[a-zA-Z][\w+.-]*:", uri):
                    problems.append(f"uri {uri!r} is not repository-relative")
                region = physical.get("region", {})
                for key in ("startLine", "startColumn", "endLine", "endColumn"):
                    value = region.get(key)
                    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                        problems.append(f"region.{key} = {value!r}")
                if (region.get("endLine", 0), region.get("endColumn", 0)) < (
                        region.get("startLine", 0), region.get("startColumn", 0)):
                    problems.append("region ends before it starts")
    return problems
