"""Topic rules: TOML files (rules/*.toml) → validated `Rule` objects, and claim matching.

A rule says which claims talk about the same thing, so their values can be compared.
Each file holds one or more ``[[topic]]`` tables:

```toml
# rules/troops.toml
[[topic]]
id = "us-troops-iraq"                     # required, unique across all files, [a-z0-9-]+
label = "US / coalition troops in Iraq"   # required
kind = "quantity"                         # required: "quantity" | "date"
units = ["جندي", "عسكري"]                 # quantity only, optional: the claim's counted noun must be one of these
cues = ["قوات", "الولايات المتحدة"]        # optional: at least one must occur in the claim's clause
near = ["بحلول", "الموعد"]                # optional: at least one within `window` words before the claim, or in the claim itself
exclude = ["قاعدة", "سوريا"]              # optional: none may occur in the claim's clause
window = 6                                # optional, integer ≥ 1, default 6
tolerance = 0                             # optional, ≥ 0: quantity → relative fraction (0.05 = 5%), date → days (integer); default 0
severity = "error"                        # optional: "error" | "warning" | "info"; default "error" (for cross-source conflicts)
priority = 0                              # optional integer: when several rules match a claim, the highest wins, then file order

[topic.subjects]                          # optional: who the figure is about, label → phrases
"US forces" = ["الولايات المتحدة", "الاميركية", "واشنطن"]
"the coalition" = ["التحالف"]
```

Phrases are matched the way an editor reads them (factcheck.extract.words): letters are
normalised, attached و ف ب ل ك and ال are ignored, spelling variants such as
الأميركية / الأمريكية match, and a multi-word phrase must appear as consecutive words.

A claim matches a rule when its kind is the rule's kind, its counted noun is one of
`units` (if given), one of `cues` (if given) occurs in its clause, one of `near` (if
given) occurs within `window` words before it or in its own words, and none of
`exclude` occurs in its clause. `subjects` does not affect matching: it names who a
figure is about, so the checker can note when sources give one figure for different
bodies.

Loading stops at the first problem and reports it as ``path:line: message``.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, Sequence

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

from factcheck.extract.clauses import clause_words
from factcheck.extract.normalize import normalize_word
from factcheck.extract.words import Phrase, same_word, words_of
from factcheck.lexicon.markers import LEADER_MARKERS
from factcheck.model import Claim, Severity

KINDS = ("quantity", "date")
SEVERITIES = tuple(s.value for s in Severity)
DEFAULT_WINDOW = 6
TOPIC_KEYS = ("id", "label", "kind", "units", "cues", "near", "exclude", "window",
              "tolerance", "severity", "priority", "subjects")
REQUIRED_KEYS = ("id", "label", "kind")
PHRASE_LISTS = ("units", "cues", "near", "exclude")
_ID_RE = re.compile(r"[a-z0-9-]+")
# The message for a TOML or JSON file whose nesting exhausts Python's recursion limit.
NESTED_TOO_DEEPLY = "arrays or tables nested too deeply to read"
_LEADER_MARKERS = tuple(normalize_word(w) for w in LEADER_MARKERS)


class LocatedError(Exception):
    """A problem in a TOML file we read, located as ``path:line: message``."""

    def __init__(self, path: str | Path, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


class RuleError(LocatedError):
    """A problem in a rule file."""


@dataclass(frozen=True)
class Rule:
    id: str
    label: str
    kind: str
    units: tuple[Phrase, ...]
    cues: tuple[Phrase, ...]
    near: tuple[Phrase, ...]
    exclude: tuple[Phrase, ...]
    window: int
    tolerance: float  # relative fraction for quantities; whole days (an int) for dates
    severity: Severity
    priority: int
    subjects: tuple[tuple[str, tuple[Phrase, ...]], ...]
    path: str
    line: int

    def matches(self, claim: Claim) -> bool:
        if claim.kind != self.kind:
            return False
        if self.units:
            unit = _unit_words(claim.unit) if claim.unit else ()
            if not any(p.in_(unit) for p in self.units):
                return False
        before, context = clause_words(claim)
        if self.cues and not any(p.in_(context) for p in self.cues):
            return False
        if self.near:
            # Concatenated so a phrase may run from the clause into the claim itself.
            nearby = tuple(before[-self.window:]) + tuple(claim.words)
            if not any(p.in_(nearby) for p in self.near):
                return False
        return not any(p.in_(context) for p in self.exclude)

    def subject_of(self, claim: Claim,
                   words: tuple[tuple[str, ...], tuple[str, ...]] | None = None) -> str | None:
        """Label of the subject named nearest before the claim, else anywhere in its clause
        (`words`: the (before, context) words to read instead of the clause's)."""
        best: tuple[int, int] | None = None  # (end index, phrase length); larger is nearer
        label_found: str | None = None
        before, context = words if words is not None else clause_words(claim)
        for label, phrases in self.subjects:
            for phrase in phrases:
                for i in phrase.positions(before):
                    if _led_by(before, i):
                        continue
                    rank = (i + len(phrase), len(phrase))
                    if best is None or rank > best:
                        best, label_found = rank, label
        if label_found is not None:
            return label_found
        anchor = _locate(claim.words, context)
        best_dist: int | None = None
        for label, phrases in self.subjects:
            for phrase in phrases:
                for i in phrase.positions(context):
                    if _led_by(context, i):
                        continue
                    if anchor is None:
                        dist = i  # claim not found in its clause: first mention wins
                    else:
                        a0, a1 = anchor
                        end = i + len(phrase)
                        dist = a0 - end if end <= a0 else (i - a1 if i >= a1 else 0)
                    if best_dist is None or dist < best_dist:
                        best_dist, label_found = dist, label
        return label_found


def _led_by(words: Sequence[str], i: int) -> bool:
    """'بقيادة الولايات المتحدة' names the leader of what is counted, not the body itself."""
    return i > 0 and any(same_word(words[i - 1], m) for m in _LEADER_MARKERS)


@lru_cache(maxsize=4096)
def _unit_words(unit: str) -> tuple[str, ...]:
    return words_of(unit)  # few distinct units, checked by every quantity rule


def _locate(needle: Sequence[str], hay: Sequence[str]) -> tuple[int, int] | None:
    n = len(needle)
    if not n:
        return None
    for i in range(len(hay) - n + 1):
        if tuple(hay[i:i + n]) == tuple(needle):
            return i, i + n
    return None


def assign(rules: Sequence[Rule], claim: Claim) -> Rule | None:
    """The matching rule with the highest priority; on a tie the one loaded first."""
    best: Rule | None = None
    for rule in rules:
        if (best is None or rule.priority > best.priority) and rule.matches(claim):
            best = rule
    return best


# --- finding files -----------------------------------------------------------------------

def find_rule_files(paths: Sequence[str | Path]) -> list[Path]:
    """Rule files named by `paths`: files as given, folders → their *.toml sorted by name."""
    found: list[Path] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files = sorted((p for p in path.glob("*.toml") if p.is_file()), key=lambda p: p.name)
        elif path.is_file():
            files = [path]
        else:
            raise RuleError(given, None, "no such rule file or folder")
        for file in files:
            real = file.resolve()
            if real not in seen:  # one file named twice would report its own ids as duplicates
                seen.add(real)
                found.append(file)
    return found


def load_rules(paths: Sequence[str | Path]) -> list[Rule]:
    """Validated rules from files and folders, in file order; RuleError on the first problem."""
    rules: list[Rule] = []
    first_seen: dict[str, Rule] = {}
    for file in find_rule_files(paths):
        for rule in _load_file(file):
            if rule.id in first_seen:
                other = first_seen[rule.id]
                raise RuleError(rule.path, rule.line,
                                f"duplicate topic id '{rule.id}' "
                                f"(first defined at {other.path}:{other.line})")
            first_seen[rule.id] = rule
            rules.append(rule)
    return rules


# --- locating keys in the raw text (tomllib gives no line numbers) ------------------------

_KEY_RE = re.compile(r"""^\s*((?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')"""
                     r"""(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*'))*)\s*=""")
_KEY_PART_RE = re.compile(r"""[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*'""")


def _key_path(text: str) -> tuple[str, ...]:
    parts = []
    for part in _KEY_PART_RE.findall(text):
        if part.startswith('"'):
            try:
                part = tomllib.loads(f"k = {part}")["k"]
            except tomllib.TOMLDecodeError:
                part = part[1:-1]
        elif part.startswith("'"):
            part = part[1:-1]
        parts.append(part)
    return tuple(parts)


def _header(line: str) -> tuple[str, str] | None:
    """("array" | "table", the name's text) of a `[name]` or `[[name]]` line, else None.

    By hand, in one pass: the regular expression it replaces (``\\s*([^\\]]*?)\\s*\\]``)
    backtracked cubically on a line of '[' and spaces with no ']' (13 s for 3,000 spaces,
    a line that is valid TOML inside a multi-line array)."""
    stripped = line.strip()
    if not stripped.startswith("["):
        return None
    opening = 2 if stripped.startswith("[[") else 1
    close = stripped.find("]", opening)
    if close < 0:
        return None
    end = close + 1
    if stripped.startswith("]", end):
        end += 1
    rest = stripped[end:].lstrip()
    if rest and not rest.startswith("#"):
        return None
    return ("array" if opening == 2 else "table"), stripped[opening:close].strip()


def toml_lines(text: str) -> Iterator[tuple[int, str, tuple[str, ...]]]:
    """(line number, kind, key path) of each table header and key in a TOML text: kind is
    "table", "array" ([[…]]) or "key". tomllib gives no line numbers; this finds them for
    error messages. The inside of multi-line strings is skipped: '[' or '=' mean nothing there."""
    in_multiline: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if in_multiline:
            if in_multiline in line:
                in_multiline = None
            continue
        header = _header(line)
        if header:
            yield number, header[0], _key_path(header[1])
            continue
        key = _KEY_RE.match(line)
        if key:
            yield number, "key", _key_path(key.group(1))
            rest = line[key.end():]
            for quote in ('"""', "'''"):
                if rest.count(quote) % 2 == 1:
                    in_multiline = quote


class _Lines:
    """Where each key sits: per [[topic]] block, key path → first line (1-based)."""

    def __init__(self, text: str) -> None:
        self.topics: list[int] = []  # header line of each [[topic]]
        self.keys: list[dict[tuple[str, ...], int]] = []  # per topic block
        self.top: dict[str, int] = {}  # top-level names (keys and tables) → line
        block: dict[tuple[str, ...], int] | None = None
        prefix: tuple[str, ...] = ()
        for number, kind, path in toml_lines(text):
            if kind != "key":
                if not path:
                    continue
                self.top.setdefault(path[0], number)
                if path == ("topic",) and kind == "array":
                    self.topics.append(number)
                    block, prefix = {}, ()
                    self.keys.append(block)
                elif path[0] == "topic" and block is not None:
                    prefix = path[1:]  # [topic.subjects] belongs to the topic above it
                    block.setdefault(prefix, number)
                else:
                    block, prefix = None, path
                continue
            path = prefix + path
            if block is not None:
                for depth in range(1, len(path) + 1):
                    block.setdefault(path[:depth], number)
            elif path:
                self.top.setdefault(path[0], number)

    def of(self, topic: int, *path: str) -> int:
        """Line of the key path, else of its nearest written parent, else the header."""
        keys = self.keys[topic]
        for depth in range(len(path), 0, -1):
            if path[:depth] in keys:
                return keys[path[:depth]]
        return self.topics[topic]


# --- validation ---------------------------------------------------------------------------

def _suggest(word: str, choices: Sequence[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _type_name(value: Any) -> str:
    return {bool: "a boolean", int: "an integer", float: "a number", str: "a string",
            list: "a list", dict: "a table"}.get(type(value), type(value).__name__)


def _load_file(file: Path) -> list[Rule]:
    shown = str(file)
    try:
        raw = file.read_bytes()
    except OSError as exc:  # unreadable (permissions), a folder, gone since it was listed
        raise RuleError(shown, None, f"cannot read the rule file: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[:err.start].count(b"\n") + 1
        raise RuleError(shown, line, "not valid UTF-8 text") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        match = re.search(r"at line (\d+)", str(err))
        raise RuleError(shown, int(match.group(1)) if match else None,
                        f"TOML syntax error: {err}") from None
    except RecursionError:  # tomllib recurses once per nested array or inline table
        raise RuleError(shown, None, f"TOML syntax error: {NESTED_TOO_DEEPLY}") from None
    lines = _Lines(text)

    for key in data:
        if key != "topic":
            raise RuleError(shown, lines.top.get(key, 1),
                            f"unknown top-level key '{key}'{_suggest(key, ['topic'])}; "
                            "rules go in [[topic]] tables")
    topics = data.get("topic")
    if topics is None:
        raise RuleError(shown, 1, "no [[topic]] tables in file")
    if not isinstance(topics, list) or not all(isinstance(t, dict) for t in topics):
        raise RuleError(shown, lines.top.get("topic", 1),
                        "'topic' must be a list of tables: write each rule under [[topic]]")
    if not topics:
        raise RuleError(shown, lines.top.get("topic", 1), "no [[topic]] tables in file")
    # Inline arrays (topic = [{...}]) have no [[topic]] headers to count.
    if len(lines.topics) != len(topics):
        lines.topics = [lines.top.get("topic", 1)] * len(topics)
        lines.keys = [{} for _ in topics]
    return [_build(shown, n, table, lines) for n, table in enumerate(topics)]


def _build(shown: str, n: int, table: dict[str, Any], lines: _Lines) -> Rule:
    header = lines.topics[n]
    raw_id = table.get("id")
    name = f"'{raw_id}'" if isinstance(raw_id, str) and raw_id.strip() else f"#{n + 1}"

    def fail(key: str | None, message: str, *sub: str, hint: str = "") -> RuleError:
        line = header if key is None else lines.of(n, key, *sub)
        return RuleError(shown, line, f"{message} in topic {name}{hint}")

    # Check keys in the order they are written, so the first problem reported is the
    # first one in the file.
    for key in sorted(table, key=lambda k: lines.of(n, k)):
        if key not in TOPIC_KEYS:
            raise fail(key, f"unknown key '{key}'", hint=_suggest(key, TOPIC_KEYS))
        _check_value(key, table[key], fail)
    for key in REQUIRED_KEYS:
        if key not in table:
            raise fail(None, f"missing required key '{key}'")

    kind = table["kind"]
    if kind == "date" and "units" in table:
        raise fail("units", "'units' only applies to quantity topics, not dates")
    tolerance = table.get("tolerance", 0)
    if kind == "date" and isinstance(tolerance, float):
        if not tolerance.is_integer():
            raise fail("tolerance", "'tolerance' of a date topic is a whole number of days")
        tolerance = int(tolerance)
    if kind == "quantity":
        tolerance = float(tolerance)

    def phrases(key: str) -> tuple[Phrase, ...]:
        return tuple(Phrase(p) for p in table.get(key, ()))

    subjects = tuple((label, tuple(Phrase(p) for p in items))
                     for label, items in table.get("subjects", {}).items())
    return Rule(
        id=table["id"], label=table["label"].strip(), kind=kind,
        units=phrases("units"), cues=phrases("cues"), near=phrases("near"),
        exclude=phrases("exclude"), window=table.get("window", DEFAULT_WINDOW),
        tolerance=tolerance, severity=Severity(table.get("severity", "error")),
        priority=table.get("priority", 0), subjects=subjects, path=shown, line=header,
    )


def _check_phrases(key: str, value: Any, fail, *sub: str) -> None:
    what = f"'{key}'" if not sub else f"subject '{sub[0]}'"
    if not isinstance(value, list):
        raise fail(key, f"{what} must be a list of strings, not {_type_name(value)}", *sub)
    if not value:
        raise fail(key, f"{what} is an empty list: give at least one phrase or remove it", *sub)
    for item in value:
        if not isinstance(item, str):
            raise fail(key, f"{what} must be a list of strings, "
                            f"but contains {_type_name(item)}", *sub)
        if not words_of(item):
            raise fail(key, f"{what} contains an empty phrase {item!r}", *sub)


def _check_value(key: str, value: Any, fail) -> None:
    if key == "id":
        if not isinstance(value, str):
            raise fail(key, f"'id' must be a string, not {_type_name(value)}")
        if not _ID_RE.fullmatch(value):
            raise fail(key, f"'id' {value!r} must use only a-z, 0-9 and '-'")
    elif key == "label":
        if not isinstance(value, str):
            raise fail(key, f"'label' must be a string, not {_type_name(value)}")
        if not value.strip():
            raise fail(key, "'label' is empty")
    elif key == "kind":
        if value not in KINDS:
            raise fail(key, f"'kind' must be \"quantity\" or \"date\", not {value!r}")
    elif key == "severity":
        if value not in SEVERITIES:
            raise fail(key, f"'severity' must be \"error\", \"warning\" or \"info\", "
                            f"not {value!r}")
    elif key in PHRASE_LISTS:
        _check_phrases(key, value, fail)
    elif key in ("window", "priority"):
        # bool is an int subclass in Python, but `window = true` is a mistake.
        if not isinstance(value, int) or isinstance(value, bool):
            raise fail(key, f"'{key}' must be an integer, not {_type_name(value)}")
        if key == "window" and value < 1:
            raise fail(key, f"'window' must be at least 1, not {value}")
    elif key == "tolerance":
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise fail(key, f"'tolerance' must be a number, not {_type_name(value)}")
        if value < 0 or value != value:  # NaN compares unequal to itself
            raise fail(key, f"'tolerance' must be 0 or more, not {value}")
    elif key == "subjects":
        if not isinstance(value, dict):
            raise fail(key, f"'subjects' must be a table of label = [phrases], "
                            f"not {_type_name(value)}")
        if not value:
            raise fail(key, "'subjects' is an empty table")
        for label, items in value.items():
            if not label.strip():
                raise fail(key, "'subjects' has an empty label", label)
            _check_phrases(key, items, fail, label)
