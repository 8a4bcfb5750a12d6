"""Every Arabic word list is lexicon data (factcheck/lexicon/), and the lexicon depends on
nothing else in the package.

A module outside lexicon/ may use a single Arabic word where its grammar needs one, but
not a list of them: a list/tuple/set/dict literal holding two or more strings with Arabic
letters (U+0621–U+064A), a set of letters written as one string (`frozenset("اوه")`,
`x in "وف"`), or a regular expression whose literal text holds two or more Arabic words
fails here. Regexes are followed through the names and f-strings they are built from, so
a pattern assembled from pieces counts as one. A character class (`[وف]`) lists the
letters that may fill one slot of a word, not words, so it is not counted.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "factcheck"
LEXICON = PACKAGE / "lexicon"

_ARABIC = re.compile(r"[\u0621-\u064a]")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
_CHAR_CLASS = re.compile(r"\[(?:\\.|[^\]\\])*\]")
_RE_FUNCTIONS = {"compile", "match", "search", "fullmatch", "findall", "finditer", "sub",
                 "subn", "split"}

# (module, first Arabic string of the literal) → why it may stay. Keep this short.
ALLOWED: dict[tuple[str, str], str] = {}


def _modules(root: Path) -> list[Path]:
    return sorted(root.rglob("*.py"))


def _outside_lexicon() -> list[Path]:
    return [p for p in _modules(PACKAGE) if LEXICON not in p.parents]


def _name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)


def _arabic(value: object) -> bool:
    return isinstance(value, str) and bool(_ARABIC.search(value))


def _docstrings(tree: ast.Module) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _literal_lists(tree: ast.Module) -> list[tuple[int, list[str]]]:
    """(line, Arabic strings) of every collection literal or letter set with two or more."""
    found = []
    for node in ast.walk(tree):
        strings: list[str] = []
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            strings = [e.value for e in node.elts if isinstance(e, ast.Constant) and _arabic(e.value)]
        elif isinstance(node, ast.Dict):
            strings = [e.value for e in [*node.keys, *node.values]
                       if isinstance(e, ast.Constant) and _arabic(e.value)]
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id in ("set", "frozenset", "tuple", "list") and len(node.args) == 1
              and isinstance(node.args[0], ast.Constant) and _arabic(node.args[0].value)):
            strings = _ARABIC.findall(node.args[0].value)
        elif isinstance(node, ast.Compare):
            for op, right in zip(node.ops, node.comparators):
                if (isinstance(op, (ast.In, ast.NotIn)) and isinstance(right, ast.Constant)
                        and isinstance(right.value, str) and len(right.value) > 1
                        and _ARABIC_WORD.fullmatch(right.value)):
                    strings = list(right.value)  # `x in "وف"`: a set of letters
        if len(strings) >= 2:
            found.append((node.lineno, strings))
    return found


def _assignments(tree: ast.Module) -> dict[str, list[ast.expr]]:
    values: dict[str, list[ast.expr]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    values.setdefault(target.id, []).append(node.value)
        elif isinstance(node, ast.AnnAssign) and node.value is not None and isinstance(node.target, ast.Name):
            values.setdefault(node.target.id, []).append(node.value)
    return values


def _regex_words(tree: ast.Module) -> list[tuple[int, list[str]]]:
    """(line, Arabic words) of every regex whose literal text holds two or more words."""
    assigned = _assignments(tree)
    docstrings = _docstrings(tree)

    def words_in(expr: ast.AST, seen: set[str]) -> set[str]:
        words: set[str] = set()
        for node in ast.walk(expr):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                words.update(_ARABIC_WORD.findall(_CHAR_CLASS.sub("", node.value)))
            elif isinstance(node, ast.Name) and node.id not in seen and node.id in assigned:
                seen.add(node.id)
                for value in assigned[node.id]:
                    words |= words_in(value, seen)
        return words

    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                and node.func.attr in _RE_FUNCTIONS):
            pattern = node.args[0] if node.args else next(
                (k.value for k in node.keywords if k.arg == "pattern"), None)
            if pattern is not None:
                words = words_in(pattern, set())
                if len(words) >= 2:
                    found.append((node.lineno, sorted(words)))
    return found


@pytest.mark.parametrize("path", _outside_lexicon(), ids=_name)
def test_no_arabic_word_list_outside_the_lexicon(path):
    tree = ast.parse(path.read_text("utf-8"))
    module = _name(path)
    problems = [f"line {line}: {kind} {strings[:6]}"
                for kind, hits in (("list", _literal_lists(tree)), ("regex", _regex_words(tree)))
                for line, strings in hits if (module, strings[0]) not in ALLOWED]
    assert not problems, (f"{module} holds Arabic word lists; move them to factcheck/lexicon/ "
                          "and build what the code needs from there:\n" + "\n".join(problems))


def test_the_allow_list_has_no_stale_entries():
    flagged = set()
    for path in _outside_lexicon():
        tree = ast.parse(path.read_text("utf-8"))
        for _, strings in _literal_lists(tree) + _regex_words(tree):
            flagged.add((_name(path), strings[0]))
    assert set(ALLOWED) <= flagged, sorted(set(ALLOWED) - flagged)


def _factcheck_imports(tree: ast.Module, module: str) -> set[str]:
    package = module.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "factcheck"}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            if base.split(".")[0] == "factcheck":
                found |= {f"{base}.{a.name}" for a in node.names}
    return found


@pytest.mark.parametrize("path", _modules(LEXICON), ids=_name)
def test_lexicon_modules_import_nothing_from_factcheck_outside_the_lexicon(path):
    module = _name(path)
    imported = _factcheck_imports(ast.parse(path.read_text("utf-8")), module)
    outside = sorted(i for i in imported if not i.startswith("factcheck.lexicon"))
    assert not outside, f"{module} imports {outside}: the lexicon is data and depends on nothing"


@pytest.mark.parametrize("path", _modules(LEXICON), ids=_name)
def test_lexicon_modules_are_data_not_code(path):
    """Only a docstring, imports, assignments of literal data and record classes: no
    functions, loops or comprehensions (the consumers derive what they need)."""
    tree = ast.parse(path.read_text("utf-8"))
    for node in tree.body:
        assert isinstance(node, (ast.Expr, ast.Import, ast.ImportFrom, ast.Assign, ast.AnnAssign,
                                 ast.ClassDef)), f"line {node.lineno}: {type(node).__name__}"
        if isinstance(node, ast.Expr):
            assert node is tree.body[0] and isinstance(node.value, ast.Constant), node.lineno
    for node in ast.walk(tree):
        assert not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.For,
                                     ast.While, ast.ListComp, ast.SetComp, ast.DictComp,
                                     ast.GeneratorExp)), f"line {node.lineno}: {type(node).__name__}"
