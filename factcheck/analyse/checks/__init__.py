"""The checks: one module per check id, listed in registry.py, run by runner.py.

    base.py       Check (id, name, severity, status, scope, doc, run), finding(), fingerprint
    compare.py    a topic compared across sources or as a running tally: status, what disagrees
    registry.py   CHECKS, the one ordered list
    runner.py     check(topics, claims, frames, publications) → (topics, findings)
    <id>.py       one check: its documentation (the module docstring) and its code
"""
