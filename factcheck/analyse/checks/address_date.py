"""The date in an article's address is far from the day it says it was published.

## What it finds
The article's address (front matter `url`) carries a date («/2015/11/28/»), and the
publication the article's front matter or its own text gives («6 فبراير الحالي», «اليوم
الاثنين») lies more than a week from it.

## Why it matters
Outlets reuse old addresses and copy pages onto new ones, so an address date is weak
evidence, and factcheck never takes a publication date from it. When it is far from what
the article says, one of them is wrong: an archive or a monitor that sorts by the address
puts the article in the wrong year, and a running figure is read against the wrong day.

## Example
`quake.txt`, whose front matter says `url: https://example.com/2015/11/28/quake/`:

    ضرب زلزال عنيف المنطقة فجر اليوم الاثنين 6 فبراير 2023 وخلف مئات القتلى.

The address dates the article 28 November 2015; its text was written on 6 February 2023
(«اليوم الاثنين 6 فبراير 2023»): a warning naming both. An address dated 5 February on an
article published on the 8th, or /2023/02/ on one of 12 February, is not reported.

## What to do
Check the article's date with its outlet. Do not file or sort it by its address date.
"""

from __future__ import annotations

import datetime as dt

from factcheck.analyse.checks.base import Check, CheckStatus, Scope, date_text, finding
from factcheck.analyse.published import Publication
from factcheck.model import Claim, Finding, Severity

# An address may be dated a few days off the publication an article states: a page first
# put up as a draft, a story updated days later under its first address, time zones.
SLACK_DAYS = 7


def run(address: Claim, publication: Publication) -> list[Finding]:
    if not publication.known:
        return []
    first, last = _days(address)
    earliest, latest = publication.earliest, publication.latest
    slack = dt.timedelta(days=SLACK_DAYS)
    if last >= earliest - slack and first <= latest + slack:  # type: ignore[operator]
        return []
    gap = (earliest - last) if last < earliest else (first - latest)  # type: ignore[operator]
    message = (f"{address.article}'s address dates it {_when(first, last)} (line "
               f"{address.span.line}: «{address.text}»), but it was published "
               f"{_publication(publication)}, {gap.days:,} days apart: one of the two is wrong.")
    return [finding(CHECK, CHECK.default_severity, None, [address], message)]


def _days(claim: Claim) -> tuple[dt.date, dt.date]:
    start, end = claim.value.bounds()
    return dt.date.fromisoformat(start), dt.date.fromisoformat(end)


def _when(first: dt.date, last: dt.date) -> str:
    if first == last:
        return date_text(first)
    return f"{first:%B %Y}"


def _publication(publication: Publication) -> str:
    """"on 7 March 2024 (front matter)", "between 1 February 2023 and 28 February 2023
    (inferred: …)"."""
    earliest, latest = publication.earliest, publication.latest
    if earliest == latest:
        return f"on {date_text(earliest)} ({publication.basis})"  # type: ignore[arg-type]
    return (f"between {date_text(earliest)} and {date_text(latest)} "  # type: ignore[arg-type]
            f"({publication.basis})")


CHECK = Check(id="address-date", name="AddressDate", default_severity=Severity.WARNING,
              status=CheckStatus.PREVIEW, scope=Scope.PUBLICATION, doc=__doc__, run=run)
