"""Write every report format for a fixed set of corpora, or compare two such sets.

A refactor must not change what users read. Run this before the change and after it, then
compare:

    python benchmarks/compare_outputs.py write /tmp/before      # on the old checkout
    python benchmarks/compare_outputs.py write /tmp/after       # on the new one
    python benchmarks/compare_outputs.py diff /tmp/before /tmp/after [--ignore-fingerprints]
                                                    [--ignore-finding-order]

The corpora: the bundled corpus with and without its rules, every devset story (when
../shared/devset exists) and a generated 1k corpus (benchmarks/generate.py, seed 7). Each
is scanned with `--no-cache` into the terminal (no colour), JSON, SARIF and GitHub formats.
`--ignore-fingerprints` masks finding ids (JSON `id`/`findings[].id`, SARIF
`partialFingerprints` with the scheme number in its key, "factcheck/vN"), for a change
that alters them on purpose. Reports list findings of one severity by id, so new ids
also reorder them: `--ignore-finding-order` compares the findings of each output as a
set (JSON findings, SARIF results, GitHub lines, terminal finding blocks).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT.parent / "shared" / "devset"
FORMATS = ("terminal", "json", "sarif", "github")


def corpora(data: Path) -> list[tuple[str, Path, list[str]]]:
    """(name, folder, extra options) of every corpus compared."""
    out = [("seed-rules", ROOT / "corpus", ["--rules", str(ROOT / "rules")]),
           ("seed-no-rules", ROOT / "corpus", ["--no-rules"])]
    if DEVSET.is_dir():
        out += [(f"devset-{d.name}", d, ["--no-rules"]) for d in sorted(DEVSET.iterdir())
                if d.is_dir()]
    generated = data / "gen-1k"
    if not generated.is_dir():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(generated),
                        "-n", "1000", "--seed", "7"], check=True, stdout=subprocess.DEVNULL)
    out.append(("generated-1k", generated, ["--no-rules"]))
    return out


def write(target: Path, data: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for name, folder, options in corpora(data):
        for fmt in FORMATS:
            command = [sys.executable, "-m", "factcheck", "scan", str(folder), "--no-cache",
                       "--format", fmt, *options]
            if fmt == "terminal":
                command.append("--no-color")
            done = subprocess.run(command, cwd=ROOT, capture_output=True, env=_env())
            (target / f"{name}.{fmt}").write_bytes(done.stdout)
            (target / f"{name}.{fmt}.exit").write_text(f"{done.returncode}\n")
        print(f"{name}: written", file=sys.stderr)


def _env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env.update(COLUMNS="100", NO_COLOR="1", PYTHONHASHSEED="0")
    env.pop("FORCE_COLOR", None)
    return env


_JSON_ID = re.compile(r'("(?:id|finding)": ")[0-9a-f]{16}(")')
_SARIF_FP = re.compile(r'("factcheck/v)\d+(": ")[0-9a-f]{16}(")')


def _masked(text: str) -> str:
    return _SARIF_FP.sub(r"\1…\2…\3", _JSON_ID.sub(r"\1…\2", text))


def _in_canonical_order(name: str, text: str) -> str:
    """The output with its findings sorted by their own text (for --ignore-finding-order)."""
    def key(item) -> str:
        return json.dumps(item, ensure_ascii=False, sort_keys=True)

    try:
        if name.endswith(".json"):
            doc = json.loads(text)
            doc["findings"] = sorted(doc["findings"], key=key)
            return json.dumps(doc, ensure_ascii=False, indent=2)
        if name.endswith(".sarif"):
            doc = json.loads(text)
            for run in doc["runs"]:
                run["results"] = sorted(run["results"], key=key)
            return json.dumps(doc, ensure_ascii=False, indent=2)
    except (ValueError, KeyError, TypeError):
        return text
    if name.endswith(".github"):
        return "".join(sorted(text.splitlines(True)))
    if name.endswith(".terminal") and "\nFindings\n" in text:
        head, _, rest = text.partition("\nFindings\n")
        blocks, _, tail = rest.rstrip("\n").rpartition("\n\n")  # tail: the summary
        return "\n\n".join([head + "\nFindings", *sorted(blocks.strip("\n").split("\n\n")),
                            tail])
    return text


def diff(before: Path, after: Path, ignore_fingerprints: bool,
         ignore_finding_order: bool = False) -> int:
    changed = 0
    for old in sorted(before.iterdir()):
        new = after / old.name
        a = old.read_text(encoding="utf-8", errors="replace")
        b = new.read_text(encoding="utf-8", errors="replace") if new.exists() else ""
        if ignore_fingerprints:
            a, b = _masked(a), _masked(b)
        if ignore_finding_order:
            a, b = _in_canonical_order(old.name, a), _in_canonical_order(old.name, b)
        if a != b:
            changed += 1
            print(f"--- {old.name} differs")
            sys.stdout.writelines(list(difflib.unified_diff(
                a.splitlines(True), b.splitlines(True), str(old), str(new), n=1))[:40])
    print(f"{changed} of {len(list(before.iterdir()))} outputs differ")
    return 1 if changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write")
    w.add_argument("target", type=Path)
    w.add_argument("--data", type=Path, default=ROOT / "benchmarks" / ".data")
    d = sub.add_parser("diff")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    d.add_argument("--ignore-fingerprints", action="store_true")
    d.add_argument("--ignore-finding-order", action="store_true")
    args = parser.parse_args()
    if args.command == "write":
        write(args.target, args.data)
        return 0
    return diff(args.before, args.after, args.ignore_fingerprints, args.ignore_finding_order)


if __name__ == "__main__":
    sys.exit(main())
