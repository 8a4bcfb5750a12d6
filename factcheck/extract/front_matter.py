"""The front matter's `published` date, read strictly.

Only what the value itself says: an ISO date (2021-12-29, 2021-12, 2021, with or without
a time), or a date the project's own grammar reads in full (day-first numbers such as
29/12/2021, month names of every system, Hijri dates). Never relative to today ("غدا",
"منذ يومين", "tomorrow" are not dates here), never a guess: anything else is None, and
the article becomes an input error naming the line.
"""

from __future__ import annotations

import datetime as dt
import re

from factcheck.extract.dates import find_dates
from factcheck.extract.normalize import normalize

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[t ]\S*)?$")  # normal form: lower case


def parse_published(value: str) -> str | None:
    """ISO "YYYY-MM-DD", "YYYY-MM" or "YYYY" for a date stated in full, else None."""
    text = normalize(value).text.strip()
    match = _ISO.match(text)
    if match:
        year, month, day = match.groups()
        return _iso(int(year), month and int(month), day and int(day))
    dates = find_dates(text)
    if len(dates) != 1:
        return None
    date = dates[0]
    if date.expression != "explicit" or date.value.relative or date.value.year is None:
        return None
    if text[:date.start].strip() or text[date.end:].strip():
        return None  # more than a date: "نشر في 29 ديسمبر 2021 بتوقيت"
    v = date.value
    return _iso(v.year, v.month, v.day if v.granularity == "day" else None)


def _iso(year: int, month: int | None, day: int | None) -> str | None:
    """The ISO text of a date that exists (not 30 February), at the precision given."""
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day is not None else "")
