"""The package's folders are the stages of a scan, and imports run one way down them:

    model, lexicon  →  read  →  extract  →  analyse  →  report, gate  →  run  →  cli, evaluate

A stage may import its own modules and any stage to its left, never one to its right, and
no two modules may import each other even indirectly. Every import counts, also the ones
inside functions (a lazy import is still a dependency); only `if TYPE_CHECKING:` blocks
are left out, as they never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "factcheck"

RANK = {"model": 0, "lexicon": 0, "read": 1, "extract": 2, "analyse": 3, "report": 4, "gate": 4,
        "run": 5, "evaluate": 6, "cli": 7, "__main__": 8, "__init__": -1}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    skipped = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
               and "TYPE_CHECKING" in ast.unparse(node.test) for n in ast.walk(node)}
    me = module_name(path)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "factcheck"}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            if base.split(".")[0] != "factcheck":
                continue
            for alias in node.names:  # "from factcheck.run import memo" imports a module
                sub = f"{base}.{alias.name}"
                found.add(sub if _is_module(sub) else base)
    return found


def _is_module(name: str) -> bool:
    path = PACKAGE.parent / Path(*name.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def graph() -> dict[str, set[str]]:
    return {module_name(p): imports_of(p) for p in PACKAGE.rglob("*.py")}


def test_every_folder_of_the_package_is_a_known_stage():
    assert {stage(m) for m in graph()} <= set(RANK)


@pytest.mark.parametrize("module", sorted(graph()))
def test_imports_never_run_up_the_stages(module):
    upward = sorted(i for i in graph()[module]
                    if stage(i) != stage(module) and RANK[stage(i)] >= RANK[stage(module)]
                    and stage(i) != "__init__")
    assert not upward, f"{module} imports {upward}, a later stage"


def test_no_import_cycles():
    edges = graph()
    cycles, state = [], {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(edges.get(node, ())):
            if nxt == node:
                continue
            if state.get(nxt) == "open":
                cycles.append(trail[trail.index(nxt):] + [nxt] if nxt in trail else [node, nxt])
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = "done"

    for node in sorted(edges):
        if node not in state:
            visit(node, [node])
    assert not cycles, "import cycles: " + "; ".join(" → ".join(c) for c in cycles)


def test_infrastructure_never_imports_the_orchestrator():
    for module, imported in graph().items():
        if stage(module) == "run" and module != "factcheck.run.engine":
            assert "factcheck.run.engine" not in imported, module
