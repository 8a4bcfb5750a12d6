"""Every check factcheck runs, in one ordered tuple.

What reads it: the runner (runner.py), `disable` in the configuration (gate/config.py),
the `factcheck init` template, SARIF's `rules` (in this order, so rule indexes are
stable), `factcheck checks`, and the README's table of checks (a test compares it).
A check id that is not here cannot be reported, disabled or documented.

To add a check: write `<id>.py` beside this file (copy a small one: a docstring with the
fixed sections, `run`, and `CHECK`), append it here, and add its fixture folder
tests/fixtures/checks/<id>/ (articles and expected.json); then regenerate the README's
table with `python scripts/checks_table.py`.
"""

from __future__ import annotations

from factcheck.analyse.checks import (address_date, breakdown_sum, change_arithmetic,
                                      clock_time_mismatch, cross_source_conflict,
                                      different_bodies, evolving_tally, falling_tally,
                                      internal_conflict, interval_mismatch, list_count, lone_date, lone_dissent,
                                      ordinal_event, share_arithmetic, relative_date_mismatch,
                                      transposed_digits, weekday_mismatch)
from factcheck.analyse.checks.base import Check
from factcheck.analyse.rules import _suggest  # did-you-mean, as for rule and configuration keys

CHECKS: tuple[Check, ...] = (
    cross_source_conflict.CHECK,
    different_bodies.CHECK,
    weekday_mismatch.CHECK,
    relative_date_mismatch.CHECK,
    clock_time_mismatch.CHECK,
    internal_conflict.CHECK,
    evolving_tally.CHECK,
    falling_tally.CHECK,
    breakdown_sum.CHECK,
    change_arithmetic.CHECK,
    share_arithmetic.CHECK,
    list_count.CHECK,
    ordinal_event.CHECK,
    address_date.CHECK,
    transposed_digits.CHECK,
    lone_dissent.CHECK,
    lone_date.CHECK,
    interval_mismatch.CHECK,
)

BY_ID: dict[str, Check] = {check.id: check for check in CHECKS}
CHECK_IDS: tuple[str, ...] = tuple(BY_ID)

assert len(BY_ID) == len(CHECKS), "two checks share an id"


class UnknownCheck(LookupError):
    """A check id the registry does not have; the message lists the known ones."""


def get_check(check_id: str) -> Check:
    check = BY_ID.get(check_id)
    if check is None:
        raise UnknownCheck(f"unknown check '{check_id}'{_suggest(check_id, CHECK_IDS)}; "
                           f"checks: {', '.join(CHECK_IDS)}")
    return check
