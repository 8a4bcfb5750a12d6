"""The front matter's dates: `published`, read strictly, and the date in the `url`.

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
from factcheck.model import Article, Claim, DateValue, Span

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


# A date as a path segment of a news address: /2015/11/28/, /2023/02/, /2024-03-07-…
# Only after the host, only four-digit years, and only segments that end at a separator,
# so an article number (/144942/) or a long id is never read as a date.
_ADDRESS_DATE = re.compile(
    r"/((?:19|20)\d{2})([/-])(0?[1-9]|1[0-2])(?:\2(0?[1-9]|[12]\d|3[01]))?(?=[/._-]|$)")
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://[^/]*", re.IGNORECASE)


def address_claim(article: Article) -> Claim | None:
    """The date the article's address (front matter `url`) gives, as a date claim with its
    place in the file, or None. It is evidence about the article, never a claim of its
    text: publication dates are not taken from it (outlets reuse old addresses), and a
    check compares it with the publication the text supports (address-date)."""
    url = article.url
    if not url or not article.url_line:
        return None
    host = _HOST.match(url)
    match = _ADDRESS_DATE.search(url, host.end() if host else 0)
    if match is None:
        return None
    year, month = int(match.group(1)), int(match.group(3))
    day = int(match.group(4)) if match.group(4) else None
    if day is None and url[match.end() + 1: match.end() + 2].isdigit():
        return None  # "/2023-02-06x": a day was written but is not one
    if _iso(year, month, day) is None:
        return None
    start, end = match.start(1), match.end()
    return Claim(
        id=f"{article.id}:u1", article=article.id, kind="date", text=url[start:end],
        sentence=url, sentence_offset=start, role="address",
        note="the date in the article's address (front matter url), not a claim of its text",
        span=Span(article.url_offset + start, article.url_offset + end, article.url_line,
                  article.url_column + start),
        value=DateValue(year, month, day, "day" if day else "month"))
