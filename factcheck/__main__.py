"""`python -m factcheck` and the `factcheck` command.

The command line is imported here, not at the top, so that an environment missing one
of factcheck's dependencies (an old virtual environment, a package added since it was
made) gets one line saying what to install and exit 2, not a traceback on stdout's
neighbour that a caller reading JSON would take for output.
"""

import sys

EXIT_USAGE = 2  # gate.policy.EXIT_USAGE, not imported: its imports are what may be missing


def main() -> None:
    try:
        from factcheck.cli import main as cli_main
    except ModuleNotFoundError as exc:
        missing = exc.name or ""
        if not missing or missing.split(".")[0] == "factcheck":
            raise  # factcheck itself is broken: that is a bug to see whole
        sys.stderr.write(f"factcheck: error: this Python environment lacks {missing!r}, which "
                         f"factcheck needs; install factcheck into it again "
                         f"(pip install -e . from the repository)\n")
        raise SystemExit(EXIT_USAGE) from None
    cli_main()


if __name__ == "__main__":  # `python -m factcheck`; process-pool workers import this without running it
    main()
