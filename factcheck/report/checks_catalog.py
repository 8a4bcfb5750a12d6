"""Every check the tool can report, described once for every output format.

SARIF needs a rule (name, description, help) per check id; annotations and the terminal
can use the same words. To add a check, add one `CheckInfo` to `CHECKS`. A check id that
is not listed still renders, with generic help (`check_info`), so a new check never
breaks an output format before it is documented here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from factcheck.model import Severity


@dataclass(frozen=True)
class CheckInfo:
    id: str  # as in Finding.check
    name: str  # short CamelCase name (SARIF reportingDescriptor.name)
    summary: str  # one line
    help: str  # a few sentences for an editor: what it means, what to do
    default_severity: Severity = "warning"  # the usual severity; a finding may differ


CHECKS: tuple[CheckInfo, ...] = (
    CheckInfo(
        id="cross-source-conflict",
        name="CrossSourceConflict",
        summary="Articles about the same story give values that cannot both be true.",
        help=("Two or more articles from the same time frame state a figure or a date for the "
              "same fact, and the values cannot both hold (ranges and approximations are "
              "already allowed for). Open the quoted words in each article, find the primary "
              "source (statement, agency report) and correct the article that is wrong, or "
              "make clear that the figures count different things."),
        default_severity="error",
    ),
    CheckInfo(
        id="different-bodies",
        name="DifferentBodies",
        summary="Articles agree on a figure but attribute it to different bodies.",
        help=("The articles give the same figure, but one says it counts one body (for "
              "example a country's forces) and another a different one (for example a whole "
              "coalition). At most one attribution is likely right. Check the source and "
              "name the body the figure belongs to."),
        default_severity="info",
    ),
    CheckInfo(
        id="weekday-mismatch",
        name="WeekdayMismatch",
        summary="A date is written with a weekday the calendar contradicts.",
        help=("The article pairs a weekday with a date, but on the calendar that date falls "
              "on another weekday. Usually the day number or the month is a typo. The "
              "suggestion is the nearest date on the stated weekday; confirm it against the "
              "source before correcting."),
        default_severity="error",
    ),
    CheckInfo(
        id="relative-date-mismatch",
        name="RelativeDateMismatch",
        summary="An explicit date disagrees with what the same article says relatively.",
        help=("The article gives an explicit date for an event, and elsewhere places the "
              "same event relatively (\"two days before the end of the year\"). The two do "
              "not give the same day. The finding quotes both and, when the stated weekday "
              "settles it, suggests the date that fits. Correct whichever is wrong."),
        default_severity="error",
    ),
    CheckInfo(
        id="internal-conflict",
        name="InternalConflict",
        summary="One article gives two incompatible figures for the same fact.",
        help=("The same article states the same measure (a death toll, a magnitude) for the "
              "same place and event twice, with values that cannot both be true, and does not "
              "attribute them to different bodies. Often a lede updated while the body was "
              "not, or a figure copied from an older version. Check which figure is current "
              "and correct the other; if two bodies are meant, say so in the text."),
        default_severity="warning",
    ),
    CheckInfo(
        id="evolving-tally",
        name="EvolvingTally",
        summary="A running total grows with publication time, as expected.",
        help=("A running total (casualties, arrests, displaced people) is higher in later "
              "reports than in earlier ones. This is normal for a developing story and is "
              "not an error; it is listed so that the earlier figures are not reused as "
              "current. Use the latest sourced figure and say when it was reported."),
        default_severity="info",
    ),
    CheckInfo(
        id="falling-tally",
        name="FallingTally",
        summary="A later report gives a lower running total than an earlier one.",
        help=("A running total should not fall over time, but a later report gives a lower "
              "figure than an earlier one. Either the later article uses an outdated figure, "
              "the earlier one overstated it, or the two count different things. Check the "
              "dates and sources of both figures before publishing either."),
        default_severity="warning",
    ),
)

_BY_ID = {info.id: info for info in CHECKS}


def check_info(check_id: str) -> CheckInfo:
    """The catalog entry for a check id; a generic one for an id the catalog does not know."""
    known = _BY_ID.get(check_id)
    if known is not None:
        return known
    return CheckInfo(
        id=check_id,
        name="".join(part.capitalize() for part in check_id.replace("_", "-").split("-")
                     if part) or "Finding",
        summary=f"factcheck finding ({check_id}).",
        help=("factcheck found words in the articles that do not fit together. Read the "
              "message and the quoted words in each file, check them against the source, "
              "and correct the article that is wrong."),
    )


def checks_for(check_ids: Iterable[str]) -> list[CheckInfo]:
    """Every catalogued check, then any other id among `check_ids` (sorted): one rule each."""
    extra = sorted(set(check_ids) - set(_BY_ID))
    return list(CHECKS) + [check_info(cid) for cid in extra]
