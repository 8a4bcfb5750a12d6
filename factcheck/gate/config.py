"""Project configuration: ``factcheck.toml`` or ``[tool.factcheck]`` in pyproject.toml.

The nearest configuration file up from the current folder applies; in one folder
``factcheck.toml`` wins over pyproject.toml. Command-line options win over it (cli.py
merges). factcheck.toml holds the keys at top level:

```toml
paths = ["articles"]                     # corpus: files or folders (string or list)
rules = "rules"                          # rule file(s) or folder(s) (string or list)
no-rules = false                         # automatic topics only
fail-on = "warning"                      # error | warning (default) | info | never
baseline = ".factcheck-baseline.json"    # findings accepted so far
disable = ["different-bodies"]           # check ids not to report (`factcheck checks`)
cache-dir = ".factcheck-cache"
jobs = 4
exclude = ["README*", "drafts"]          # file or folder globs not scanned (replaces the default)
extend-exclude = ["*.draft.md"]          # globs added to the default (or to `exclude`)

[severity]                               # per-topic severity: topic id = error | warning | info
us-troops-iraq = "warning"
```

Relative paths are resolved against the configuration file's folder, so the project
scans the same files from any subfolder. Every problem is a ConfigError located as
``path:line: message``; an unknown key gets a did-you-mean hint.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

from factcheck.analyse.checks.registry import CHECK_IDS
# Shared with the rule loader: key paths from raw TOML lines, hints and type names.
from factcheck.analyse.rules import (NESTED_TOO_DEEPLY, LocatedError, _suggest, _type_name,
                                     toml_lines)
from factcheck.model import Severity

CONFIG_FILE = "factcheck.toml"
PYPROJECT_FILE = "pyproject.toml"
PYPROJECT_TABLE = ("tool", "factcheck")

FAIL_ON_VALUES = ("error", "warning", "info", "never")
SEVERITIES = tuple(s.value for s in Severity)
KEYS = ("paths", "rules", "no-rules", "fail-on", "baseline", "disable", "severity",
        "cache-dir", "jobs", "exclude", "extend-exclude")


class ConfigError(LocatedError):
    """A problem in a configuration file, located as ``path:line: message``."""


@dataclass(frozen=True)
class Config:
    """Settings from one file. Empty / None means "not set": the command line's default applies."""

    source: Path
    paths: tuple[Path, ...] = ()
    rules: tuple[Path, ...] = ()
    no_rules: bool = False
    fail_on: str | None = None
    baseline: Path | None = None
    disabled_checks: frozenset[str] = frozenset()
    severity: dict[str, Severity] = field(default_factory=dict)  # topic id → severity
    cache_dir: Path | None = None
    jobs: int | None = None
    # Globs of names (or paths inside a scanned folder) not to scan: `exclude` replaces the
    # default list (read/sources.DEFAULT_EXCLUDE), `extend-exclude` adds to it.
    exclude: tuple[str, ...] | None = None
    extend_exclude: tuple[str, ...] = ()


# --- finding the file ---------------------------------------------------------------------

def find_config(start: Path) -> Path | None:
    """The nearest factcheck.toml, or pyproject.toml with a [tool.factcheck] table, up from `start`."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_FILE
        if own.is_file():
            return own
        pyproject = candidate / PYPROJECT_FILE
        if pyproject.is_file() and _has_factcheck_table(pyproject):
            return pyproject
    return None


def _has_factcheck_table(pyproject: Path) -> bool:
    try:
        text = pyproject.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return False
    try:
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError):
        # A broken pyproject that means to configure factcheck is reported (load_config
        # names the line); one that does not is somebody else's problem.
        return "factcheck" in text
    tool = data.get("tool")
    return isinstance(tool, dict) and "factcheck" in tool


# --- loading ------------------------------------------------------------------------------

def load_config(path: Path) -> Config:
    """Validated settings from a factcheck.toml or pyproject.toml; ConfigError on the first problem."""
    shown = _display(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(shown, None, f"cannot read configuration: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ConfigError(shown, raw[:err.start].count(b"\n") + 1, "not valid UTF-8 text") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        match = re.search(r"at line (\d+)", str(err))
        raise ConfigError(shown, int(match.group(1)) if match else None,
                          f"TOML syntax error: {err}") from None
    except RecursionError:  # tomllib recurses once per nested array or inline table
        raise ConfigError(shown, None, f"TOML syntax error: {NESTED_TOO_DEEPLY}") from None

    prefix: tuple[str, ...] = ()
    if path.name == PYPROJECT_FILE:
        prefix = PYPROJECT_TABLE
        tool = data.get("tool")
        data = tool.get("factcheck") if isinstance(tool, dict) else None
        if data is None:
            raise ConfigError(shown, None, "no [tool.factcheck] table")
    lines = _key_lines(text)

    def line_of(*key: str) -> int:
        return _line_of(lines, prefix + key)

    def fail(key: str, message: str, *sub: str) -> ConfigError:
        return ConfigError(shown, line_of(key, *sub), message)

    if not isinstance(data, dict):
        raise ConfigError(shown, line_of(), f"[{'.'.join(prefix)}] must be a table, "
                                            f"not {_type_name(data)}")
    # In file order, so the first problem reported is the first one written.
    for key in sorted(data, key=lambda k: line_of(k)):
        if key not in KEYS:
            raise fail(key, f"unknown key '{key}'{_suggest(key, KEYS)}")

    base = path.resolve().parent
    rules = _paths(data, "rules", base, fail)
    no_rules = _bool(data, "no-rules", fail)
    if no_rules and rules:
        raise fail("no-rules", "'no-rules = true' contradicts 'rules': keep one of them")
    return Config(
        source=path,
        paths=_paths(data, "paths", base, fail),
        rules=rules,
        no_rules=no_rules,
        fail_on=_choice(data, "fail-on", FAIL_ON_VALUES, fail),
        baseline=_path(data, "baseline", base, fail),
        disabled_checks=_checks(data, fail),
        severity=_severity_table(data, fail),
        cache_dir=_path(data, "cache-dir", base, fail),
        jobs=_jobs(data, fail),
        exclude=_globs(data, "exclude", fail),
        extend_exclude=_strings(data, "extend-exclude", fail),
    )


Fail = Callable[..., ConfigError]


def _strings(data: dict, key: str, fail: Fail) -> tuple[str, ...]:
    """A string or a non-empty list of non-empty strings."""
    value = data.get(key)
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list):
        raise fail(key, f"'{key}' must be a string or a list of strings, not {_type_name(value)}")
    if not items:
        raise fail(key, f"'{key}' is an empty list: give at least one or remove the key")
    for item in items:
        if not isinstance(item, str):
            raise fail(key, f"'{key}' must be a list of strings, but contains {_type_name(item)}")
        if not item.strip():
            raise fail(key, f"'{key}' contains an empty string")
    return tuple(items)


def _globs(data: dict, key: str, fail: Fail) -> tuple[str, ...] | None:
    """`exclude`: None when not set; an empty list is allowed (exclude nothing)."""
    if key not in data:
        return None
    if data[key] == []:
        return ()
    return _strings(data, key, fail)


def _resolve(base: Path, given: str) -> Path:
    return (base / Path(given).expanduser()).resolve()


def _paths(data: dict, key: str, base: Path, fail: Fail) -> tuple[Path, ...]:
    return tuple(_resolve(base, item) for item in _strings(data, key, fail))


def _path(data: dict, key: str, base: Path, fail: Fail) -> Path | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise fail(key, f"'{key}' must be a string (a path), not {_type_name(value)}")
    if not value.strip():
        raise fail(key, f"'{key}' is empty")
    return _resolve(base, value)


def _bool(data: dict, key: str, fail: Fail) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise fail(key, f"'{key}' must be true or false, not {_type_name(value)}")
    return value


def _one_of(value: Any, choices: tuple[str, ...]) -> str:
    listed = ", ".join(f'"{c}"' for c in choices)
    hint = _suggest(value, choices) if isinstance(value, str) else ""
    return f"must be one of {listed}, not {value!r}{hint}"


def _choice(data: dict, key: str, choices: tuple[str, ...], fail: Fail) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if value not in choices:
        raise fail(key, f"'{key}' {_one_of(value, choices)}")
    return value


def _checks(data: dict, fail: Fail) -> frozenset[str]:
    """`disable`: ids of the check registry (analyse/checks/registry.py)."""
    names = _strings(data, "disable", fail)
    for name in names:
        if name not in CHECK_IDS:
            raise fail("disable", f"'disable' names an unknown check '{name}'"
                                  f"{_suggest(name, CHECK_IDS)}; checks: {', '.join(CHECK_IDS)}")
    return frozenset(names)


def _severity_table(data: dict, fail: Fail) -> dict[str, Severity]:
    table = data.get("severity")
    if table is None:
        return {}
    if not isinstance(table, dict):
        raise fail("severity", "'severity' must be a table of topic id = \"error\" | "
                               f"\"warning\" | \"info\", not {_type_name(table)}")
    out: dict[str, Severity] = {}
    for topic, value in table.items():
        if not topic.strip():
            raise fail("severity", "'severity' has an empty topic id", topic)
        if value not in SEVERITIES:
            raise fail("severity", f"severity of topic '{topic}' {_one_of(value, SEVERITIES)}",
                       topic)
        out[topic] = Severity(value)
    return dict(sorted(out.items()))


def _jobs(data: dict, fail: Fail) -> int | None:
    value = data.get("jobs")
    if value is None:
        return None
    # bool is an int subclass in Python, but `jobs = true` is a mistake.
    if not isinstance(value, int) or isinstance(value, bool):
        raise fail("jobs", f"'jobs' must be an integer, not {_type_name(value)}")
    if value < 1:
        raise fail("jobs", f"'jobs' must be at least 1, not {value}")
    return value


# --- where keys are written (tomllib gives no line numbers) -------------------------------

def _key_lines(text: str) -> dict[tuple[str, ...], int]:
    """Full key path → first line (1-based) that writes it or a table under it."""
    lines: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    for number, kind, path in toml_lines(text):
        if kind == "key":
            _record(lines, table + path, number)
        else:
            table = path
            _record(lines, table, number)
    return lines


def _record(lines: dict[tuple[str, ...], int], path: tuple[str, ...], number: int) -> None:
    for depth in range(1, len(path) + 1):
        lines.setdefault(path[:depth], number)


def _line_of(lines: dict[tuple[str, ...], int], path: tuple[str, ...]) -> int:
    """Line of the key path, else of its nearest written parent, else 1."""
    for depth in range(len(path), 0, -1):
        if path[:depth] in lines:
            return lines[path[:depth]]
    return 1


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)
