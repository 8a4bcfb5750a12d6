"""Ways to run a scan other than the default in-process one.

Each engine computes exactly what pipeline.py computes, and the report cannot tell which
engine produced it. Engines import their heavy dependencies lazily, so factcheck works
without them installed.
"""


class EngineError(Exception):
    """An engine cannot run: a missing optional dependency or an unreachable cluster.
    The message is one line, ready for the CLI."""
