"""The gold format: read, validate, and locate a gold file's quotes in its articles.

A gold file says, for one story, what a careful editor finds in its articles: every claim
about each fact (with the words quoted exactly and the value meant), which facts conflict,
which are running tallies that only grow, where an article contradicts itself, and which
look-alike pairs must not be reported. It accepts every shape the reference scorer
(shared/tools/score_gold.py) scores, and names the bad entry of a malformed file in one
line (`gold.json: topics[3].claims[1]: 'value' missing`).
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence, Union

EXPECTED = ("consistent", "conflict", "evolving")
KINDS = ("quantity", "date")

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class GoldError(Exception):
    """The gold file is unreadable, malformed, or quotes words its articles do not contain.
    The message is one line: file, JSON path of the bad entry, what is wrong."""


@dataclass(frozen=True)
class GoldRange:
    """A value known only within bounds; None is an open bound. Numbers for a quantity,
    dates (YYYY[-MM[-DD]]) for a date."""

    min: Any
    max: Any


GoldValue = Union[int, float, str, GoldRange]  # a number, a date YYYY[-MM[-DD]], or a range


@dataclass(frozen=True)
class GoldQuote:
    article: str  # file name in the corpus folder, e.g. "05_outlet.txt"
    quote: str  # exact words of the file
    where: str  # JSON path in the gold file, for messages


@dataclass(frozen=True)
class GoldClaim:
    topic: str
    at: GoldQuote
    value: GoldValue
    # The value as the reference compares values within a topic: its JSON with sorted keys,
    # so 5 and 5.0, or a range with and without "max": null, are different values there.
    value_key: str
    approx: bool = False
    note: str | None = None
    optional: bool = False  # not counted, as the reference skips it


@dataclass(frozen=True)
class GoldTopic:
    id: str
    kind: str
    expected: str
    claims: tuple[GoldClaim, ...]
    description: str | None = None

    @property
    def counted(self) -> tuple[GoldClaim, ...]:
        return tuple(c for c in self.claims if not c.optional)


@dataclass(frozen=True)
class GoldInconsistency:
    """One article contradicting itself: `quote` (the words at fault) and the words it
    conflicts with (`conflicts_with`, then `quotes`). Either side may be absent, not both."""

    article: str
    quote: GoldQuote | None
    others: tuple[GoldQuote, ...]
    why: str | None
    where: str


@dataclass(frozen=True)
class GoldNotFlag:
    quotes: tuple[GoldQuote, ...]  # fewer than two: a note, not scored
    why: str | None
    where: str


@dataclass(frozen=True)
class Gold:
    path: Path
    story: str | None  # the gold's own description of the story
    topics: tuple[GoldTopic, ...]
    internal_inconsistencies: tuple[GoldInconsistency, ...]
    must_not_flag: tuple[GoldNotFlag, ...]

    @property
    def name(self) -> str:
        """The story's short name, for a table row: the folder of a `gold.json`, else the
        file's stem."""
        return self.path.parent.name if self.path.stem == "gold" else self.path.stem

    def quotes(self) -> Iterable[GoldQuote]:
        for topic in self.topics:
            yield from (c.at for c in topic.claims)
        for entry in self.internal_inconsistencies:
            if entry.quote is not None:
                yield entry.quote
            yield from entry.others
        for not_flag in self.must_not_flag:
            yield from not_flag.quotes

    def articles(self) -> list[str]:
        return sorted({q.article for q in self.quotes()})


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
    except RecursionError:  # json recurses once per nested array or object
        raise GoldError(f"{path}: not valid JSON: arrays or objects nested too deeply "
                        "to read") from None
    except ValueError as exc:  # an integer of more digits than Python converts
        raise GoldError(f"{path}: not valid JSON: {' '.join(str(exc).split())}") from None
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
        if value is None:
            return []
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

    def flag(self, data: dict, key: str, where: str) -> bool:
        value = data.get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.fail(where, f"{key!r} must be true or false")
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
        raw = data["value"]
        value = self.quantity(raw, where) if kind == "quantity" else self.date(raw, where)
        return GoldClaim(topic_id, at, value, json.dumps(raw, sort_keys=True),
                         self.flag(data, "approx", where),
                         self.text(data, "note", where, required=False),
                         self.flag(data, "optional", where))

    def quantity(self, value: Any, where: str) -> GoldValue:
        if _is_number(value):
            return value
        if isinstance(value, dict):
            lo, hi = self.bounds(value, where, _is_number, "numbers")
            if lo is not None and hi is not None and lo > hi:
                raise self.fail(where, f"'value' range has min {lo} above max {hi}")
            return GoldRange(lo, hi)
        raise self.fail(where, "'value' of a quantity topic must be a number or a "
                               f"{{\"min\", \"max\"}} range, not {_json(value)}")

    def date(self, value: Any, where: str) -> GoldValue:
        if _is_date(value):
            return value
        if isinstance(value, dict):
            lo, hi = self.bounds(value, where, _is_date, "dates YYYY, YYYY-MM or YYYY-MM-DD")
            if lo is not None and hi is not None and _date_start(lo) > _date_start(hi):
                raise self.fail(where, f"'value' range has min {lo} after max {hi}")
            return GoldRange(lo, hi)
        raise self.fail(where, "'value' of a date topic must be a date YYYY, YYYY-MM or "
                               f"YYYY-MM-DD, or a {{\"min\", \"max\"}} range of them, "
                               f"not {_json(value)}")

    def bounds(self, value: dict, where: str, valid, what: str) -> tuple[Any, Any]:
        unknown = sorted(set(value) - {"min", "max"})
        if unknown:
            raise self.fail(where, f"'value' range has unknown key {unknown[0]!r}")
        lo, hi = value.get("min"), value.get("max")
        if any(b is not None and not valid(b) for b in (lo, hi)):
            raise self.fail(where, f"'value' range bounds must be {what} or null")
        if lo is None and hi is None:
            raise self.fail(where, "'value' range needs 'min' or 'max'")
        return lo, hi

    def inconsistency(self, data: Any, where: str) -> GoldInconsistency:
        # As the reference reads it: the `quote` at fault, and what it conflicts with in
        # `conflicts_with` and/or `quotes` (a list), all in `article`. A weekday that does
        # not fit its date may be a single `quote`.
        data = self.entry(data, where)
        article = self.text(data, "article", where)
        quote = self.text(data, "quote", where, required=False)
        others = []
        conflicts_with = self.text(data, "conflicts_with", where, required=False)
        if conflicts_with is not None:
            others.append(GoldQuote(article, conflicts_with, f"{where}.conflicts_with"))
        quotes = data.get("quotes") or []
        if not isinstance(quotes, list):
            raise self.fail(where, "'quotes' must be a list of quotes from the article")
        for i, q in enumerate(quotes):
            if not isinstance(q, str) or not q.strip():
                raise self.fail(f"{where}.quotes[{i}]", "must be a non-empty string")
            others.append(GoldQuote(article, q, f"{where}.quotes[{i}]"))
        if quote is not None and not quote.strip():
            raise self.fail(where, "'quote' must be a non-empty string")
        if quote is None and not others:
            raise self.fail(where, "needs 'quote', 'conflicts_with' or 'quotes'")
        return GoldInconsistency(article, None if quote is None else GoldQuote(article, quote, where),
                                 tuple(others), self.text(data, "why", where, required=False),
                                 where)

    def not_flag(self, data: Any, where: str) -> GoldNotFlag:
        data = self.entry(data, where)
        quotes = data.get("quotes") or []
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


def _is_date(value: Any) -> bool:
    match = _DATE.match(value) if isinstance(value, str) else None
    if match is None:
        return False
    year, month, day = match.groups()
    if month is None:
        return True
    if not 1 <= int(month) <= 12:
        return False
    return day is None or 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1]


def _date_start(value: str) -> str:
    return value + ("-01-01" if len(value) == 4 else "-01" if len(value) == 7 else "")


# ------------------------------------------------------------------- locating quotes


def read_article(corpus_dir: Path, article: str) -> str:
    """An article file as the reference scorer reads it: UTF-8, a BOM dropped, nothing else
    changed (line ends stay as they are)."""
    return (corpus_dir / article).read_bytes().decode("utf-8-sig")


def quote_spans(text: str, quote: str) -> list[tuple[int, int]]:
    """Every occurrence of the quote, as [start, end) offsets; exact words, as the
    reference matches them (a space does not match a line break)."""
    out, i = [], text.find(quote)
    while i >= 0:
        out.append((i, i + len(quote)))
        i = text.find(quote, i + 1)
    return out


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of an offset."""
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


class GoldTexts:
    """The gold's article files, read from the corpus folder, with every quote located.
    Raises GoldError for an article that is not a readable file of the folder, or a quote
    that is not in its article."""

    def __init__(self, gold: Gold, corpus_dir: Path) -> None:
        self.gold_path = gold.path
        self.corpus_dir = Path(corpus_dir)
        self.texts: dict[str, str] = {}
        self.spans: dict[GoldQuote, list[tuple[int, int]]] = {}
        for quote in gold.quotes():
            if quote not in self.spans:
                self.spans[quote] = self._locate(quote)

    def _text(self, quote: GoldQuote) -> str:
        article = quote.article
        if article not in self.texts:
            if Path(article).name != article:
                # The reference pairs report articles with gold ones by file name alone.
                raise GoldError(f"{self.gold_path}: {quote.where}: article {article!r} must be "
                                f"a file name in the corpus folder, without a folder")
            try:
                self.texts[article] = read_article(self.corpus_dir, article)
            except (OSError, UnicodeDecodeError) as exc:
                reason = getattr(exc, "strerror", None) or str(exc)
                raise GoldError(f"{self.gold_path}: {quote.where}: cannot read article "
                                f"{article!r} in {self.corpus_dir}: {reason}") from None
        return self.texts[article]

    def _locate(self, quote: GoldQuote) -> list[tuple[int, int]]:
        text = self._text(quote)
        found = quote_spans(text, quote.quote)
        if not found:
            wrapped = "\n" in text and re.search(r"\s+".join(map(re.escape, quote.quote.split())),
                                                 text)
            hint = " (it is there with a line break for a space: quote the file exactly)" \
                if wrapped else ""
            raise GoldError(f"{self.gold_path}: {quote.where}: quote not found in "
                            f"{quote.article}{hint}: {quote.quote!r}")
        return found

    def where(self, quote: GoldQuote) -> str:
        """file:line:column of the quote's first occurrence."""
        line, column = line_column(self.texts[quote.article], self.spans[quote][0][0])
        return f"{quote.article}:{line}:{column}"


def locate_quotes(gold: Gold, corpus_dir: Path | None = None
                  ) -> dict[GoldQuote, tuple[tuple[int, int], ...]]:
    """Every gold quote → the 1-based (line, column) of each of its occurrences in its file.
    Raises GoldError for an article that cannot be read or a quote that is not in it."""
    texts = GoldTexts(gold, Path(corpus_dir) if corpus_dir is not None else gold.path.parent)
    return {q: tuple(line_column(texts.texts[q.article], s) for s, _ in spans)
            for q, spans in texts.spans.items()}
