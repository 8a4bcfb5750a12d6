"""The data that flows between stages: frozen, comparable, JSON-friendly.

load → Article → extract → Claim* → stories → group → Topic* → check → Finding* → render
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Literal, Union

Kind = Literal["quantity", "date", "time"]
Granularity = Literal["day", "month", "year"]


class StrEnum(str, enum.Enum):
    """An enum whose members are their strings: JSON, f-strings, `==` and dict keys see the
    value ("error"), so reports read exactly as with plain strings (enum.StrEnum is 3.11+)."""

    __str__ = str.__str__
    __format__ = str.__format__


class Severity(StrEnum):
    """How much a finding matters; `--fail-on` compares these by rank."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class TopicStatus(StrEnum):
    """What comparing a topic's claims found (set by analyse's checks)."""

    CONSISTENT = "consistent"  # compared, and the claims agree
    CONFLICT = "conflict"  # values that cannot all hold (or a running total that falls)
    EVOLVING = "evolving"  # a running total that differs but only rises with time
    SINGLE_SOURCE = "single-source"  # one article: nothing to compare
    OTHER_TIME_FRAME = "other-time-frame"  # its articles' time frames never overlap


SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}

_INF = float("inf")


def _below(lo: float, hi: float, hi_open: bool, eps: float) -> bool:
    """Does [lo, …) start within an interval that ends at hi (open or closed)?"""
    return lo < hi - eps if hi_open else lo <= hi + eps


WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True, slots=True)
class Span:
    """Where words sit in the article FILE: code-point offsets into its text as decoded
    (byte-order mark dropped, CRLF kept, front matter included), 1-based line and column."""

    start: int
    end: int
    line: int
    column: int


Certainty = Literal["exact", "approximate", "lower", "upper", "range", "vague"]

# "نحو 900", "قرابة 3 آلاف": an approximate figure may be this far (relative) from the truth,
# on top of its rounding. Measured on the devset (issue 16): 5% keeps «نحو 46» apart from
# 49.5 (a real exchange-rate conflict) where 10% made them agree.
APPROXIMATE_SLACK = 0.05



def figure_text(x: float) -> str:
    """A figure as an editor writes it: «2,500», «7.5». 265.4 × 10⁹ is 265399999999.99997
    and 21.4 + 11.2 + … 54.099999999999994 in binary floating point: 12 significant digits
    give back the figure written."""
    x = float(f"{x:.12g}")
    return f"{int(x):,}" if x.is_integer() else f"{x:,}"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A closed or half-open interval of numbers. None is an open bound.

    `precision` is how far the written figure may be from the value by rounding alone: half
    a unit of its last written digit («38 %» ±0.5, «30.85 جنيه» ±0.005, «1.2 مليون» ±50,000,
    «50 ألف» ±500, «ثلث» ±1/6 of the whole). Plain integer counts («2500 جندي») and bounds
    («أكثر من 50 ألفا») are exact: 0. `vague` marks an impression, not a count («عشرات»,
    «مئات الآلاف», «بضعة جنود»): its interval is what the words allow.
    """

    min: float | None
    max: float | None
    approximate: bool = False
    precision: float = 0.0
    vague: bool = False

    @staticmethod
    def exact(value: float) -> "Quantity":
        return Quantity(value, value, False)

    @property
    def certainty(self) -> Certainty:
        """How the figure was stated: what a comparison may make of it (a vague amount never
        contradicts a count on its own; a bound only contradicts what lies beyond it)."""
        if self.vague:
            return "vague"
        if self.max is None and self.min is not None:
            return "lower"
        if self.min is None and self.max is not None:
            return "upper"
        if self.approximate:
            return "approximate"
        if self.min != self.max:
            return "range"
        return "exact"

    def overlaps(self, other: "Quantity", tolerance: float = 0.0) -> bool:
        """True when both intervals can hold at once, each widened by its rounding (and an
        approximate one by APPROXIMATE_SLACK). `tolerance` is relative (0.05 = 5%).

        Rounding makes a half-open interval: «7.7» is [7.65, 7.75) and «7.8» [7.75, 7.85),
        so the two never agree, while «30.85» lies in both «30.8» and «30.9»."""
        lo_a, hi_a = self._widened(tolerance)
        lo_b, hi_b = other._widened(tolerance)
        eps = 1e-9 * max([1.0, *(abs(x) for x in (lo_a, hi_a, lo_b, hi_b) if abs(x) != _INF)])
        return (_below(lo_a, hi_b, other._rounded_up(tolerance), eps)
                and _below(lo_b, hi_a, self._rounded_up(tolerance), eps))

    def _rounded_up(self, tolerance: float) -> bool:
        """Is the upper end open (a rounding interval with nothing added)?"""
        return self.precision > 0 and not tolerance and not self.approximate

    def _widened(self, tolerance: float) -> tuple[float, float]:
        lo = -_INF if self.min is None else self.min
        hi = _INF if self.max is None else self.max
        slack = tolerance + (APPROXIMATE_SLACK if self.approximate else 0.0)
        if lo != -_INF:
            lo = lo - self.precision - abs(lo) * slack
        if hi != _INF:
            hi = hi + self.precision + abs(hi) * slack
        return lo, hi

    def describe(self) -> str:
        prefix = "~" if self.approximate else ""
        if self.min is not None and self.min == self.max:
            return prefix + figure_text(self.min)
        if self.min is None and self.max is None:
            return "unknown"
        if self.max is None:
            return f"≥{figure_text(self.min)}"
        if self.min is None:
            return f"≤{figure_text(self.max)}"
        return f"{prefix}{figure_text(self.min)}–{figure_text(self.max)}"


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date known to some granularity; any of year/month/day may be unknown.

    "31 كانون الأول" with no year anchor is (None, 12, 31); "2021" is (2021, None, None)
    with granularity "year". `relative` marks values computed from a relative expression
    ("قبل يومين من نهاية العام") rather than written out.
    """

    year: int | None
    month: int | None
    day: int | None
    granularity: Granularity
    weekday: int | None = None  # weekday STATED in the text (0 = Monday), not computed
    relative: bool = False
    # Only the year was computed: the day and month are written («23 مايو الجاري», «3 مارس
    # الماضي»). Such a date names its own day; it never places an event relatively.
    year_inferred: bool = False
    # How many days either side the real day may be: a Hijri date is a day off the Umm
    # al-Qura calendar where the month began by moon sighting.
    tolerance_days: int = 0

    @property
    def resolved(self) -> bool:
        needed = {"year": (self.year,), "month": (self.year, self.month),
                  "day": (self.year, self.month, self.day)}[self.granularity]
        return all(part is not None for part in needed)

    def bounds(self) -> tuple[str, str]:
        """ISO start/end; yearless forms use ISO 8601's '--MM-DD' / '--MM' / '---DD'."""
        y, m, d = self.year, self.month, self.day
        if y is not None and m is not None and d is not None:
            iso = f"{y:04d}-{m:02d}-{d:02d}"
            return iso, iso
        if y is not None and m is not None:
            last = calendar.monthrange(y, m)[1]
            return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{last:02d}"
        if y is not None and d is None:
            return f"{y:04d}-01-01", f"{y:04d}-12-31"
        if m is not None and d is not None:
            return f"--{m:02d}-{d:02d}", f"--{m:02d}-{d:02d}"
        if m is not None:
            return f"--{m:02d}", f"--{m:02d}"
        if d is not None:
            return f"---{d:02d}", f"---{d:02d}"
        return "", ""

    def as_date(self) -> dt.date | None:
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def compatible(self, other: "DateValue", tolerance_days: int = 0) -> bool:
        """Both can be true at once: every component known on both sides agrees.

        2021 vs 2021-12-31 agree (coarser granularity contains the finer); 31 December with
        no year agrees with 2021-12-31; 31 December vs 30 November does not.
        """
        # A Hijri day may be a day off the calendar it was converted by (moon sighting).
        tolerance_days += max(self.tolerance_days, other.tolerance_days)
        a, b = self.as_date(), other.as_date()
        if a is not None and b is not None:
            return abs((a - b).days) <= tolerance_days
        for mine, theirs in ((self.year, other.year), (self.month, other.month),
                             (self.day, other.day)):
            if mine is not None and theirs is not None and mine != theirs:
                if tolerance_days and self._near_enough(other, tolerance_days):
                    return True
                return False
        return True

    def _near_enough(self, other: "DateValue", tolerance_days: int) -> bool:
        # Only month-day pairs with the same unknown year can be near across a component.
        if self.month and self.day and other.month and other.day and self.year == other.year:
            year = self.year or 2001  # any non-leap year: only the distance matters
            try:
                a = dt.date(year, self.month, self.day)
                b = dt.date(year, other.month, other.day)
            except ValueError:
                return False
            return abs((a - b).days) <= tolerance_days
        return False

    def describe(self) -> str:
        start, end = self.bounds()
        if not start:
            text = "unresolved"
        elif start == end:
            text = start
        else:
            text = {"year": str(self.year), "month": start[:7]}.get(self.granularity,
                                                                    f"{start}..{end}")
        if self.weekday is not None:
            text = f"{WEEKDAY_NAMES[self.weekday].capitalize()} {text}"
        return text


@dataclass(frozen=True, slots=True)
class ClockTime:
    """The time of day an event happened at: «على الساعة سابعة صباحا», «حوالي الساعة 6:35».

    Minutes after midnight. `lo`–`hi` is what the words allow: a whole hour said plainly is
    a quarter either side of it, minutes said plainly two, and «حوالي» widens both. Without
    «صباحا/مساء» the hour is on a 12-hour dial (`half_day_known` False). `zone` is the time
    zone the text names when it is not local («بتوقيت غرينتش» → "غرينتش"); `day` the day word
    next to it ("today", "yesterday", "wd3"), None when it names none.
    """

    minute: int
    lo: int
    hi: int
    half_day_known: bool = True
    approximate: bool = False
    zone: str | None = None
    day: str | None = None

    def describe(self) -> str:
        return ("~" if self.approximate else "") + clock_text(self.minute)


def clock_text(minute: int) -> str:
    """A minute of the day as 24-hour «HH:MM»; an interval's end past midnight wraps."""
    minute %= 24 * 60
    return f"{minute // 60:02d}:{minute % 60:02d}"


Value = Union[Quantity, DateValue, ClockTime]


@dataclass(frozen=True, slots=True)
class TimeFrame:
    """The years an article is about (its publication year, or a window around it)."""

    start: int
    end: int
    basis: str

    def overlaps(self, other: "TimeFrame") -> bool:
        return not (self.end < other.start or other.end < self.start)


@dataclass(frozen=True, slots=True)
class Article:
    id: str  # file stem
    path: str  # as given / relative to the scan root
    text: str  # the file's text after its front matter (BOM dropped; CRLF kept, lone CR → LF)
    title: str
    outlet: str | None = None
    # From the front matter: as written when read, an ISO date once extracted
    # (extract.front_matter reads it strictly; an unreadable one is an input error).
    published: str | None = None
    url: str | None = None
    # Where the url's value is in the file (its date is evidence: extract/front_matter.py).
    url_line: int = 0
    url_column: int = 0  # 1-based
    url_offset: int = 0
    body_offset_line: int = 0  # lines taken by front matter, so line numbers match the file
    published_line: int = 0  # the front matter line that gives `published`
    body_offset: int = 0  # characters before `text` in the file, so claim offsets are the file's


@dataclass(frozen=True, slots=True)
class Claim:
    id: str  # "<article id>:q3" / ":d2": stable for the same text
    article: str
    kind: Kind
    text: str  # exact original substring
    sentence: str  # the original sentence around it
    span: Span
    value: Value
    unit: str | None = None  # normalised counted noun ("جندي") for quantities
    event: str | None = None  # normalised event cue for dates ("انسحاب"), if any
    subject: str | None = None  # normalised words naming who/what is counted or dated
    place: str | None = None  # normalised place after "في" (e.g. "سوريا")
    words: tuple[str, ...] = ()  # normalised words of the claim's own text
    note: str | None = None  # how a relative expression was resolved, in English
    part_of: str | None = None  # id of the claim this one is the anchor of ("قبل يومين من <X>")
    # What a quantity is about (context.py): what it measures ("dead", "magnitude"), the
    # countries it covers, the event when it is not the story's main one ("another",
    # "follow-on", a background date), and who gives it, in the article's own words.
    measure: str | None = None
    places: tuple[str, ...] = ()
    occasion: str | None = None
    attribution: str | None = None
    # The rest of the frame (context.py): a place inside the country ("اقليم:حوز"), and what
    # kind of figure it is when not a plain reported value ("part", "increment", "rate",
    # "forecast", "demand", "offer", "previous").
    site: str | None = None
    role: str | None = None
    # The moment a running figure is given for, relative to its article's day ("today
    # 10:00", "yesterday 18:00", "wd5 10:00"); resolved against the publication day.
    as_of: str | None = None
    # The headline toll a running figure was reported with, in its own sentence ("dead
    # 2012" for the 2059 injured of "بلغ عدد القتلى 2012 شخصا، والمصابين 2059"): two outlets
    # relaying the same update should give the same figures beside it.
    reported_with: str | None = None
    # Where `text` starts in `sentence` (the report marks the claim's own occurrence when
    # the same words appear twice; the article text is not kept after extraction).
    sentence_offset: int | None = None


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    label: str
    kind: Kind
    source: str  # rule file path or "auto"
    status: TopicStatus | Literal[""]  # "" until analyse's checks compare the claims
    claims: tuple[str, ...]  # claim ids
    severity: Severity = Severity.ERROR
    tolerance: float = 0.0
    # claim ids outside the topic's main time frame (shown, never compared)
    other_frame: tuple[str, ...] = ()
    measure: str | None = None  # what its figures measure, for automatic measure topics
    story: str = ""  # id of the Story its claims belong to ("" before stories are found)


@dataclass(frozen=True, slots=True)
class Finding:
    id: str
    check: str
    severity: Severity
    topic: str | None
    articles: tuple[str, ...]
    claims: tuple[str, ...]
    message: str
    suggestion: str | None = None
    story: str = ""  # id of the Story of the articles it joins
    # The last `evidence` of `claims` are other sources' words it cites (checks/base.py
    # finding): shown with it, but not what it is about, so not part of its id.
    evidence: int = 0


@dataclass(frozen=True, slots=True)
class Story:
    """Articles that tell one story (analyse/stories.py). Topics and checks never cross
    stories: an archive of many stories is checked story by story."""

    id: str  # "s" + a hash of its first article id: stable while that article stays in it
    label: str  # its most telling words
    articles: tuple[str, ...]  # article ids, sorted


@dataclass(frozen=True, slots=True)
class InputError:
    path: str
    message: str


@dataclass(frozen=True)
class Report:
    articles: tuple[Article, ...]
    time_frames: dict = field(hash=False, compare=False, default_factory=dict)  # id → TimeFrame|None
    claims: tuple[Claim, ...] = ()
    topics: tuple[Topic, ...] = ()
    findings: tuple[Finding, ...] = ()
    input_errors: tuple[InputError, ...] = ()
    rule_files: tuple[str, ...] = ()
    publications: dict = field(hash=False, compare=False, default_factory=dict)  # id → published.Publication
    stories: tuple[Story, ...] = ()  # sorted by id; every article is in exactly one
