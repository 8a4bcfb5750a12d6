"""Rewrite the README's table of checks from the check registry.

    python scripts/checks_table.py          # rewrite README.md in place
    python scripts/checks_table.py --check  # exit 1 if README.md is out of date

tests/analyse/checks/test_checks_doc.py fails while the table is stale.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factcheck.report.checks_doc import readme_with_table

README = Path(__file__).resolve().parent.parent / "README.md"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is up to date")
    args = parser.parse_args()
    current = README.read_text(encoding="utf-8")
    wanted = readme_with_table(current)
    if wanted == current:
        print("README.md: checks table up to date")
        return 0
    if args.check:
        print("README.md: checks table out of date; run python scripts/checks_table.py",
              file=sys.stderr)
        return 1
    README.write_text(wanted, encoding="utf-8", newline="\n")
    print("README.md: checks table rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
