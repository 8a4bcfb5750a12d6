"""Score a scan against a hand-made gold standard: `factcheck eval GOLD.json [CORPUS]`.

The gold file says, for one story, what a careful editor finds in its articles: every claim
about each fact (with the words quoted exactly and the value meant), which facts conflict,
which are running tallies that only grow, where an article contradicts itself, and which
look-alike pairs must not be reported. This module measures a Report against it:

    load_gold(path) → Gold ──evaluate(report, gold, corpus_dir)──▶ Evaluation ──▶ table | JSON

Everything is matched by position, never by re-reading values from text: a gold quote is
located in the article FILE (every occurrence), a report claim is placed in the same file
by its line and column, and they match when their character ranges overlap.

Metrics (a finding is *serious* when its severity is warning or error; a finding *touches*
a gold quote when one of its claims covers it):

1. claim recall — gold claims with a covering claim whose value is right, over all gold
   claims (also per topic).
2. conflicts found — `conflict` topics where a serious finding touches gold claims of the
   topic from two different articles, or, for a `falling-tally` finding, one gold claim.
3. evolving tallies not raised as errors — `evolving` topics where no error finding touches
   two of the topic's gold claims.
4. consistent topics left clean — `consistent` topics where no serious finding touches two
   of the topic's gold claims.
5. internal inconsistencies found — entries where a serious finding touches both the quote
   and its `conflicts_with` quote, or a serious single-claim finding touches the quote.
6. must-not-flag respected — entries with quotes where no serious finding touches two of
   them (one, for an entry with a single quote). Entries without quotes are not scored.
7. unexplained serious findings — serious findings that touch no gold quote at all.
"""

from __future__ import annotations

import bisect
import calendar
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence, Union

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck.model import SEVERITY_RANK, Article, Claim, DateValue, Finding, Quantity, Report, Value

EXPECTED = ("consistent", "conflict", "evolving")
KINDS = ("quantity", "date")
SERIOUS = SEVERITY_RANK["warning"]  # warning and error are what an editor must act on
FALLING_TALLY = "falling-tally"  # a later report with a lower running total: one claim suffices

_WRAP = r"[^\S\n]*\n\s*"  # a line break with any spaces around it
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class GoldError(Exception):
    """The gold file is unreadable, malformed, or quotes words its articles do not contain.
    The message is one line: file, JSON path of the bad entry, what is wrong."""


# ------------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldRange:
    """A value known only within bounds; None is an open bound."""

    min: float | None
    max: float | None


GoldValue = Union[float, GoldRange, str]  # a number, a range, or a date YYYY[-MM[-DD]]


@dataclass(frozen=True)
class GoldQuote:
    article: str  # file name relative to the corpus folder, e.g. "05_outlet.txt"
    quote: str  # exact words of the file
    where: str  # JSON path in the gold file, for messages


@dataclass(frozen=True)
class GoldClaim:
    topic: str
    at: GoldQuote
    value: GoldValue
    approx: bool = False
    note: str | None = None


@dataclass(frozen=True)
class GoldTopic:
    id: str
    kind: str
    expected: str
    claims: tuple[GoldClaim, ...]
    description: str | None = None


@dataclass(frozen=True)
class GoldInconsistency:
    at: GoldQuote
    conflicts_with: GoldQuote
    why: str | None = None


@dataclass(frozen=True)
class GoldNotFlag:
    quotes: tuple[GoldQuote, ...]  # may be empty: then the entry is a note, not scored
    why: str | None
    where: str


@dataclass(frozen=True)
class Gold:
    path: Path
    story: str | None
    topics: tuple[GoldTopic, ...]
    internal_inconsistencies: tuple[GoldInconsistency, ...]
    must_not_flag: tuple[GoldNotFlag, ...]

    def quotes(self) -> Iterable[GoldQuote]:
        for topic in self.topics:
            yield from (c.at for c in topic.claims)
        for entry in self.internal_inconsistencies:
            yield entry.at
            yield entry.conflicts_with
        for not_flag in self.must_not_flag:
            yield from not_flag.quotes


def load_gold(path: Path) -> Gold:
    """Read and validate a gold file; raise GoldError naming the file and the bad entry."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise GoldError(f"{path}: cannot read file: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise GoldError(f"{path}: not UTF-8 text") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: not valid JSON: line {exc.lineno} column {exc.colno}: "
                        f"{exc.msg}") from None
    return _GoldReader(path).gold(data)


class _GoldReader:
    """Validates the parsed JSON; each helper gets the JSON path of what it reads."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> GoldError:
        return GoldError(f"{self.path}: {where}: {problem}" if where else f"{self.path}: {problem}")

    def gold(self, data: Any) -> Gold:
        if not isinstance(data, dict):
            raise self.fail("", "the top level must be a JSON object")
        if "topics" not in data:
            raise self.fail("", "'topics' missing")
        if "articles" in data and not isinstance(data["articles"], (dict, list)):
            raise self.fail("articles", "must be an object or a list")
        story = data.get("story")
        if story is not None and not isinstance(story, str):
            raise self.fail("story", "must be a string")
        topics = tuple(self.topic(t, f"topics[{i}]")
                       for i, t in enumerate(self.items(data, "topics")))
        seen: set[str] = set()
        for i, topic in enumerate(topics):
            if topic.id in seen:
                raise self.fail(f"topics[{i}]", f"duplicate topic id {topic.id!r}")
            seen.add(topic.id)
        inconsistencies = tuple(self.inconsistency(e, f"internal_inconsistencies[{i}]")
                                for i, e in enumerate(self.items(data, "internal_inconsistencies")))
        not_flag = tuple(self.not_flag(e, f"must_not_flag[{i}]")
                         for i, e in enumerate(self.items(data, "must_not_flag")))
        return Gold(self.path, story, topics, inconsistencies, not_flag)

    def items(self, data: dict, key: str) -> list:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise self.fail(key, "must be a list")
        return value

    def entry(self, data: Any, where: str) -> dict:
        if not isinstance(data, dict):
            raise self.fail(where, "must be an object")
        return data

    def text(self, data: dict, key: str, where: str, required: bool = True) -> str | None:
        if key not in data or data[key] is None:
            if required:
                raise self.fail(where, f"{key!r} missing")
            return None
        value = data[key]
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(where, f"{key!r} must be a non-empty string")
        return value

    def choice(self, data: dict, key: str, allowed: Sequence[str], where: str) -> str:
        value = self.text(data, key, where)
        if value not in allowed:
            raise self.fail(where, f"{key!r} must be one of {', '.join(allowed)}, not {value!r}")
        return value

    def topic(self, data: Any, where: str) -> GoldTopic:
        data = self.entry(data, where)
        topic_id = self.text(data, "id", where)
        kind = self.choice(data, "kind", KINDS, where)
        expected = self.choice(data, "expected", EXPECTED, where)
        claims = data.get("claims")
        if not isinstance(claims, list) or not claims:
            raise self.fail(where, "'claims' must be a non-empty list")
        return GoldTopic(topic_id, kind, expected,
                         tuple(self.claim(c, topic_id, kind, f"{where}.claims[{i}]")
                               for i, c in enumerate(claims)),
                         self.text(data, "description", where, required=False))

    def claim(self, data: Any, topic_id: str, kind: str, where: str) -> GoldClaim:
        data = self.entry(data, where)
        at = GoldQuote(self.text(data, "article", where), self.text(data, "quote", where), where)
        if "value" not in data:
            raise self.fail(where, "'value' missing")
        value = (self.quantity(data["value"], where) if kind == "quantity"
                 else self.date(data["value"], where))
        approx = data.get("approx", False)
        if not isinstance(approx, bool):
            raise self.fail(where, "'approx' must be true or false")
        note = self.text(data, "note", where, required=False)
        return GoldClaim(topic_id, at, value, approx, note)

    def quantity(self, value: Any, where: str) -> GoldValue:
        if _is_number(value):
            return value
        if isinstance(value, dict):
            unknown = sorted(set(value) - {"min", "max"})
            if unknown:
                raise self.fail(where, f"'value' range has unknown key {unknown[0]!r}")
            lo, hi = value.get("min"), value.get("max")
            if any(b is not None and not _is_number(b) for b in (lo, hi)):
                raise self.fail(where, "'value' range bounds must be numbers or null")
            if lo is None and hi is None:
                raise self.fail(where, "'value' range needs 'min' or 'max'")
            if lo is not None and hi is not None and lo > hi:
                raise self.fail(where, f"'value' range has min {lo} above max {hi}")
            return GoldRange(lo, hi)
        raise self.fail(where, "'value' of a quantity topic must be a number or a "
                               f"{{\"min\", \"max\"}} range, not {_json(value)}")

    def date(self, value: Any, where: str) -> GoldValue:
        match = _DATE.match(value) if isinstance(value, str) else None
        if match is None or not _real_date(*match.groups()):
            raise self.fail(where, "'value' of a date topic must be a date YYYY, YYYY-MM or "
                                   f"YYYY-MM-DD, not {_json(value)}")
        return value

    def inconsistency(self, data: Any, where: str) -> GoldInconsistency:
        data = self.entry(data, where)
        article = self.text(data, "article", where)
        return GoldInconsistency(GoldQuote(article, self.text(data, "quote", where), where),
                                 GoldQuote(article, self.text(data, "conflicts_with", where),
                                           where + ".conflicts_with"),
                                 self.text(data, "why", where, required=False))

    def not_flag(self, data: Any, where: str) -> GoldNotFlag:
        data = self.entry(data, where)
        quotes = data.get("quotes", [])
        if not isinstance(quotes, list):
            raise self.fail(where, "'quotes' must be a list of [article, quote] pairs")
        pairs = []
        for i, pair in enumerate(quotes):
            if (not isinstance(pair, list) or len(pair) != 2
                    or not all(isinstance(p, str) and p.strip() for p in pair)):
                raise self.fail(f"{where}.quotes[{i}]",
                                "must be an [article, quote] pair of strings")
            pairs.append(GoldQuote(pair[0], pair[1], f"{where}.quotes[{i}]"))
        return GoldNotFlag(tuple(pairs), self.text(data, "why", where, required=False), where)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _real_date(year: str, month: str | None, day: str | None) -> bool:
    if month is None:
        return True
    if not 1 <= int(month) <= 12:
        return False
    return day is None or 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1]


# ------------------------------------------------------------------- locating quotes


@dataclass(frozen=True)
class _FileText:
    """An article file as the scan reads it (BOM dropped, CR/CRLF → LF), with line starts
    so a claim's FILE line and column become an offset."""

    text: str
    line_starts: tuple[int, ...]

    @staticmethod
    def of(text: str) -> _FileText:
        starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        return _FileText(text, tuple(starts))

    def offset(self, line: int, column: int) -> int | None:
        if not 1 <= line <= len(self.line_starts):
            return None
        return self.line_starts[line - 1] + column - 1

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset."""
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def occurrences(self, quote: str) -> list[tuple[int, int]]:
        """Every place the quote occurs, as [start, end) offsets. Words are exact; only when
        the exact quote is absent may its spaces match a hard line-wrap in the file."""
        found = []
        start = self.text.find(quote)
        while start != -1:
            found.append((start, start + len(quote)))
            start = self.text.find(quote, start + 1)
        parts = re.split(r"(\s+)", quote)  # words at even indexes, the spaces between at odd
        if found or len(parts) == 1:
            return found
        # Each space in the quote may also be a hard wrap: whitespace with a line break in it.
        pattern = "".join(f"(?:{re.escape(p)}|{_WRAP})" if i % 2 else re.escape(p)
                          for i, p in enumerate(parts))
        return [(m.start(), m.end()) for m in re.finditer(pattern, self.text)]


def _read_article_file(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")


class _QuoteFinder:
    """Every gold quote located in its article file (read from the corpus folder)."""

    def __init__(self, gold: Gold, corpus_dir: Path) -> None:
        self.gold_path = gold.path
        self.corpus_dir = corpus_dir
        self.files: dict[str, _FileText] = {}
        self.ranges = {quote: self._locate(quote) for quote in gold.quotes()}

    def file(self, article: str, where: str = "") -> _FileText:
        if article not in self.files:
            try:
                self.files[article] = _FileText.of(_read_article_file(self.corpus_dir / article))
            except (OSError, UnicodeDecodeError) as exc:
                reason = getattr(exc, "strerror", None) or str(exc)
                raise GoldError(f"{self.gold_path}: {where}: cannot read article {article!r} in "
                                f"{self.corpus_dir}: {reason}") from None
        return self.files[article]

    def _locate(self, quote: GoldQuote) -> list[tuple[int, int]]:
        found = self.file(quote.article, quote.where).occurrences(quote.quote)
        if not found:
            raise GoldError(f"{self.gold_path}: {quote.where}: quote not found in "
                            f"{quote.article}: {quote.quote!r}")
        return found

    def positions(self, quote: GoldQuote) -> tuple[tuple[int, int], ...]:
        return tuple(self.file(quote.article).position(s) for s, _ in self.ranges[quote])

    def where(self, quote: GoldQuote) -> str:
        line, column = self.positions(quote)[0]
        return f"{quote.article}:{line}:{column}"


def locate_quotes(gold: Gold, corpus_dir: Path | None = None
                  ) -> dict[GoldQuote, tuple[tuple[int, int], ...]]:
    """Every gold quote → the 1-based (line, column) of each of its occurrences in its file.
    Raises GoldError for an article that cannot be read or a quote that is not in it."""
    finder = _QuoteFinder(gold, Path(corpus_dir) if corpus_dir is not None else gold.path.parent)
    return {quote: finder.positions(quote) for quote in finder.ranges}


class _Locator(_QuoteFinder):
    """Gold quotes and report claims placed in the same article files, as offset ranges."""

    def __init__(self, report: Report, gold: Gold, corpus_dir: Path) -> None:
        super().__init__(gold, corpus_dir)
        self.claims_by_id = {c.id: c for c in report.claims}
        self.article_ids = _match_articles(report.articles, gold, corpus_dir)
        self.claims_of: dict[str, list[Claim]] = {}
        for claim in report.claims:
            self.claims_of.setdefault(claim.article, []).append(claim)
        self.cover = {quote: self._covering(quote) for quote in self.ranges}

    def claim_range(self, claim: Claim, article: str) -> tuple[int, int] | None:
        """A claim's [start, end) offsets in the file, from its FILE line and column."""
        start = self.file(article).offset(claim.span.line, claim.span.column)
        return None if start is None else (start, start + (claim.span.end - claim.span.start))

    def _covering(self, quote: GoldQuote) -> list[Claim]:
        """Report claims in the quote's article whose words overlap an occurrence of it."""
        article_id = self.article_ids.get(quote.article)
        out = []
        for claim in self.claims_of.get(article_id, []) if article_id else []:
            span = self.claim_range(claim, quote.article)
            if span and any(s < span[1] and span[0] < e for s, e in self.ranges[quote]):
                out.append(claim)
        return out


def _match_articles(articles: Sequence[Article], gold: Gold, corpus_dir: Path) -> dict[str, str]:
    """Gold article file name → report Article.id: same file, else same name, else same stem."""
    by_file = {Path(a.path).resolve(): a.id for a in articles}
    by_name: dict[str, list[str]] = {}
    by_stem: dict[str, list[str]] = {}
    for a in articles:
        by_name.setdefault(Path(a.path).name, []).append(a.id)
        by_stem.setdefault(a.id, []).append(a.id)
    out: dict[str, str] = {}
    for name in sorted({q.article for q in gold.quotes()}):
        same_file = by_file.get((corpus_dir / name).resolve())
        candidates = ([same_file] if same_file else by_name.get(Path(name).name)
                      or by_stem.get(Path(name).stem) or [])
        if len(candidates) == 1:
            out[name] = candidates[0]
    return out


# ----------------------------------------------------------------------- values


def value_right(value: Value, gold: GoldValue) -> bool:
    """Is an extracted value compatible with the gold value?

    Quantities: the gold number must lie in the claim's interval, and a gold range must
    overlap it, with the claim's approximate slack as in Quantity.overlaps. A one-sided
    claim is read with its bound as written: «أكثر من 2200» is stored as ≥2201, and the gold
    figure for those words is 2200. Dates: the claim's bounds, cut to the gold's granularity,
    must both equal the gold date (a claim without the year is not the right value).
    """
    if isinstance(value, Quantity) and not isinstance(gold, str):
        lo, hi = (gold.min, gold.max) if isinstance(gold, GoldRange) else (gold, gold)
        return _as_written(value).overlaps(Quantity(lo, hi))
    if isinstance(value, DateValue) and isinstance(gold, str):
        start, end = value.bounds()
        if not start or start.startswith("-"):
            return False
        return start[:len(gold)] == gold and end[:len(gold)] == gold
    return False


def _as_written(q: Quantity) -> Quantity:
    # "more than N" / "fewer than N" on whole numbers step one past N; the quote says N.
    if q.min is not None and q.max is None and float(q.min).is_integer():
        return Quantity(q.min - 1, None, q.approximate)
    if q.max is not None and q.min is None and float(q.max).is_integer():
        return Quantity(None, q.max + 1, q.approximate)
    return q


def describe_gold_value(value: GoldValue, approx: bool = False) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, GoldRange):
        return Quantity(value.min, value.max, approx).describe()
    return Quantity(value, value, approx).describe()


# ------------------------------------------------------------------- evaluation


@dataclass(frozen=True)
class Score:
    hit: int
    total: int

    @property
    def ratio(self) -> float | None:
        return self.hit / self.total if self.total else None

    def describe(self) -> str:
        ratio = "—" if self.ratio is None else f"{self.ratio:.2f}"
        return f"{self.hit}/{self.total} ({ratio})"


@dataclass(frozen=True)
class Miss:
    """A gold claim not recalled, and why."""

    topic: str
    location: str  # file:line:column of the quote's first occurrence
    quote: str
    expected: str  # the gold value, described
    reason: str  # "no claim there" | "wrong value" | "article not in the scan"
    found: tuple[str, ...] = ()  # values of the claims that cover the quote


@dataclass(frozen=True)
class TopicOutcome:
    id: str
    expected: str
    recall: Score
    ok: bool  # conflict: found; evolving: not raised as an error; consistent: left clean
    findings: tuple[str, ...]  # ids of the findings that decided it


@dataclass(frozen=True)
class ItemOutcome:
    """One internal inconsistency or must-not-flag entry."""

    where: str  # JSON path in the gold file
    quotes: tuple[str, ...]  # file:line:column «words»
    ok: bool | None  # found / respected; None when the entry cannot be scored
    findings: tuple[str, ...]


@dataclass(frozen=True)
class UnexplainedFinding:
    id: str
    check: str
    severity: str
    claims: tuple[str, ...]  # file:line:column «words»
    message: str


@dataclass(frozen=True)
class Evaluation:
    gold: str
    corpus: str
    claim_recall: Score
    conflicts_found: Score
    evolving_not_errors: Score
    consistent_clean: Score
    internal_found: Score
    must_not_flag_respected: Score
    topics: tuple[TopicOutcome, ...]
    internal: tuple[ItemOutcome, ...]
    must_not_flag: tuple[ItemOutcome, ...]
    misses: tuple[Miss, ...]
    unexplained: tuple[UnexplainedFinding, ...]
    unscanned: tuple[str, ...]  # gold articles with no article in the scan


def evaluate(report: Report, gold: Gold, corpus_dir: Path | None = None) -> Evaluation:
    """Score `report` against `gold`; quotes are read from `corpus_dir` (default: the gold
    file's folder). Raises GoldError when a quoted article or quote is not there."""
    corpus_dir = Path(corpus_dir) if corpus_dir is not None else gold.path.parent
    loc = _Locator(report, gold, corpus_dir)
    serious = [f for f in report.findings if SEVERITY_RANK.get(f.severity, 0) >= SERIOUS]
    touched = {f: _touched_quotes(f, loc) for f in report.findings}

    misses: list[Miss] = []
    topics: list[TopicOutcome] = []
    for topic in gold.topics:
        recalled = 0
        for claim in topic.claims:
            miss = _recall(claim, loc)
            if miss is None:
                recalled += 1
            else:
                misses.append(miss)
        decided = _topic_findings(topic, serious, touched)
        ok = bool(decided) if topic.expected == "conflict" else not decided
        topics.append(TopicOutcome(topic.id, topic.expected, Score(recalled, len(topic.claims)),
                                   ok, tuple(sorted(f.id for f in decided))))

    internal = tuple(_internal_outcome(e, serious, touched, loc)
                     for e in gold.internal_inconsistencies)
    not_flag = tuple(_not_flag_outcome(e, serious, touched, loc) for e in gold.must_not_flag)
    all_quotes = set(gold.quotes())
    unexplained = tuple(_unexplained(f, loc, report) for f in serious
                        if not touched[f] & all_quotes)

    def tally(expected: str) -> Score:
        chosen = [t for t in topics if t.expected == expected]
        return Score(sum(t.ok for t in chosen), len(chosen))

    scored_not_flag = [o for o in not_flag if o.ok is not None]
    return Evaluation(
        gold=str(gold.path), corpus=str(corpus_dir),
        claim_recall=Score(sum(t.recall.hit for t in topics), sum(t.recall.total for t in topics)),
        conflicts_found=tally("conflict"),
        evolving_not_errors=tally("evolving"),
        consistent_clean=tally("consistent"),
        internal_found=Score(sum(bool(o.ok) for o in internal), len(internal)),
        must_not_flag_respected=Score(sum(bool(o.ok) for o in scored_not_flag),
                                      len(scored_not_flag)),
        topics=tuple(topics), internal=internal, must_not_flag=not_flag,
        misses=tuple(misses), unexplained=unexplained,
        unscanned=tuple(sorted({q.article for q in gold.quotes()} - set(loc.article_ids))),
    )


def _touched_quotes(finding: Finding, loc: _Locator) -> set[GoldQuote]:
    claims = set(finding.claims)
    return {q for q, covering in loc.cover.items() if any(c.id in claims for c in covering)}


def _recall(claim: GoldClaim, loc: _Locator) -> Miss | None:
    covering = loc.cover[claim.at]
    if any(value_right(c.value, claim.value) for c in covering):
        return None
    if claim.at.article not in loc.article_ids:
        reason = "article not in the scan"
    else:
        reason = "wrong value" if covering else "no claim there"
    found = tuple(f"{c.value.describe()} «{c.text}»" for c in covering)
    return Miss(claim.topic, loc.where(claim.at), claim.at.quote,
                describe_gold_value(claim.value, claim.approx), reason, found)


def _topic_findings(topic: GoldTopic, serious: Sequence[Finding],
                    touched: Mapping[Finding, set[GoldQuote]]) -> list[Finding]:
    """The findings that decide a topic's outcome (see the module docstring)."""
    quotes = {c.at for c in topic.claims}
    decided = []
    for finding in serious:
        hit = touched[finding] & quotes
        if topic.expected == "conflict":
            if len({q.article for q in hit}) >= 2 or (hit and finding.check == FALLING_TALLY):
                decided.append(finding)
        elif topic.expected == "evolving":
            if finding.severity == "error" and len(hit) >= 2:
                decided.append(finding)
        elif len(hit) >= 2:
            decided.append(finding)
    return decided


def _internal_outcome(entry: GoldInconsistency, serious: Sequence[Finding],
                      touched: Mapping[Finding, set[GoldQuote]], loc: _Locator) -> ItemOutcome:
    found = [f for f in serious
             if {entry.at, entry.conflicts_with} <= touched[f]
             or (len(f.claims) == 1 and entry.at in touched[f])]
    return ItemOutcome(entry.at.where, (_quoted(entry.at, loc), _quoted(entry.conflicts_with, loc)),
                       bool(found), tuple(sorted(f.id for f in found)))


def _not_flag_outcome(entry: GoldNotFlag, serious: Sequence[Finding],
                      touched: Mapping[Finding, set[GoldQuote]], loc: _Locator) -> ItemOutcome:
    quotes = tuple(_quoted(q, loc) for q in entry.quotes)
    if not entry.quotes:
        return ItemOutcome(entry.where, quotes, None, ())
    enough = min(2, len(set(entry.quotes)))
    flagged = [f for f in serious if len(touched[f] & set(entry.quotes)) >= enough]
    return ItemOutcome(entry.where, quotes, not flagged, tuple(sorted(f.id for f in flagged)))


def _quoted(quote: GoldQuote, loc: _Locator) -> str:
    return f"{loc.where(quote)} «{quote.quote}»"


def _unexplained(finding: Finding, loc: _Locator, report: Report) -> UnexplainedFinding:
    paths = {a.id: a.path for a in report.articles}
    claims = []
    for cid in finding.claims:
        claim = loc.claims_by_id.get(cid)
        if claim is not None:
            path = paths.get(claim.article, claim.article)
            claims.append(f"{path}:{claim.span.line}:{claim.span.column} "
                          f"{claim.value.describe()} «{claim.text}»")
    return UnexplainedFinding(finding.id, finding.check, finding.severity, tuple(claims),
                              finding.message)


# ----------------------------------------------------------------------- output

METRICS = (
    ("claim recall (value right)", "claim_recall"),
    ("conflicts found", "conflicts_found"),
    ("evolving tallies not raised as errors", "evolving_not_errors"),
    ("consistent topics left clean", "consistent_clean"),
    ("internal inconsistencies found", "internal_found"),
    ("must-not-flag respected", "must_not_flag_respected"),
)


def render_evaluation(ev: Evaluation, console: Console, verbose: bool = False) -> None:
    """The scores as a table; with `verbose`, per-topic recall, every miss, every failed
    item and every unexplained finding, for developers."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("metric")
    table.add_column("score", justify="right")
    for label, name in METRICS:
        table.add_row(Text(label), Text(getattr(ev, name).describe()))
    table.add_row(Text("unexplained serious findings"), Text(str(len(ev.unexplained))))
    console.print(Text(f"Evaluation against {ev.gold}"))
    console.print(table)
    unscored = sum(o.ok is None for o in ev.must_not_flag)
    if unscored:
        console.print(Text(f"{unscored} must-not-flag entries without quotes are not scored."))
    if ev.unscanned:
        console.print(Text("Gold articles missing from the scan: " + ", ".join(ev.unscanned)))
    if not verbose:
        return

    topics = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for column in ("topic", "expected", "recall", "outcome", "findings"):
        topics.add_column(column, justify="right" if column == "recall" else "left")
    for t in ev.topics:
        topics.add_row(Text(t.id), Text(t.expected), Text(t.recall.describe()),
                       Text(_topic_verdict(t)), Text(", ".join(t.findings)))
    console.print()
    console.print(topics)
    _section(console, "Misses", [
        f"{m.location} [{m.topic}] «{m.quote}» expected {m.expected}: {m.reason}"
        + (f" (found {'; '.join(m.found)})" if m.found else "") for m in ev.misses])
    _section(console, "Internal inconsistencies not found", [
        f"{o.where}: " + " / ".join(o.quotes) for o in ev.internal if not o.ok])
    _section(console, "Must-not-flag entries flagged", [
        f"{o.where}: " + " / ".join(o.quotes) + f" by {', '.join(o.findings)}"
        for o in ev.must_not_flag if o.ok is False])
    _section(console, "Unexplained serious findings", [
        f"{u.severity.upper()} {u.check} {u.id}: {u.message}\n    " + "\n    ".join(u.claims)
        for u in ev.unexplained])


def _topic_verdict(t: TopicOutcome) -> str:
    return {("conflict", True): "found", ("conflict", False): "missed",
            ("evolving", True): "not an error", ("evolving", False): "raised as error",
            ("consistent", True): "clean", ("consistent", False): "flagged"}[(t.expected, t.ok)]


def _section(console: Console, title: str, lines: list[str]) -> None:
    console.print()
    console.print(Text(f"{title} ({len(lines)})"))
    for line in lines:
        console.print(Text("  " + line))


def evaluation_to_json(ev: Evaluation) -> str:
    """The evaluation as deterministic JSON: sorted keys, stable lists, no timestamps."""

    def score(s: Score) -> dict:
        return {"hit": s.hit, "total": s.total,
                "ratio": None if s.ratio is None else round(s.ratio, 4)}

    def item(o: ItemOutcome, ok_key: str) -> dict:
        return {"where": o.where, "quotes": list(o.quotes), ok_key: o.ok,
                "findings": list(o.findings)}

    metrics: dict[str, Any] = {name: score(getattr(ev, name)) for _, name in METRICS}
    metrics["unexplained_serious_findings"] = len(ev.unexplained)
    data = {
        "gold": ev.gold,
        "corpus": ev.corpus,
        "metrics": metrics,
        "topics": [{"id": t.id, "expected": t.expected, "recall": score(t.recall),
                    "ok": t.ok, "outcome": _topic_verdict(t), "findings": list(t.findings)}
                   for t in ev.topics],
        "internal_inconsistencies": [item(o, "found") for o in ev.internal],
        "must_not_flag": [item(o, "respected") for o in ev.must_not_flag],
        "misses": [{"topic": m.topic, "location": m.location, "quote": m.quote,
                    "expected": m.expected, "reason": m.reason, "found": list(m.found)}
                   for m in ev.misses],
        "unexplained_findings": [{"id": u.id, "check": u.check, "severity": u.severity,
                                  "claims": list(u.claims), "message": u.message}
                                 for u in ev.unexplained],
        "unscanned_articles": list(ev.unscanned),
    }
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False)
