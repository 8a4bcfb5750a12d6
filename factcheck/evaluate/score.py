"""A scan scored against a gold file, by the reference scorer's definitions.

The definitions are those of shared/tools/score_gold.py, the scorer the issue's targets
are measured with; `factcheck eval` must give the same numbers, and
tests/test_devset_eval.py holds it to that on every devset story. So the scan is read as
its JSON report (report_to_dict), exactly what score_gold.py reads, and where the
reference has a quirk this module keeps it and says so.

A report claim *matches* a gold claim when it is in the same article (file name) and its
characters overlap an occurrence of the gold quote in the file. A finding is *serious*
when its severity is error or warning; it *touches* a set of claims when it shares one.

- values: gold claims with a matching claim whose value is right (value_ok) / gold claims
  (claims marked "optional" are not counted, anywhere);
- conflicts: `conflict` topics where a serious finding touches matching claims of two gold
  claims the gold gives different values; each such finding is *right*;
- evolving: `evolving` topics where no ERROR touches two of the topic's matching claims;
- consistent: `consistent` topics where no serious finding touches two of its matching
  claims and nothing else;
- internal: in-article inconsistencies where a serious finding touches the quote (and, if
  it joins several claims, the other side too); each such finding is *right*;
- must-not: entries of at least two [article, quote] pairs that no serious finding
  touches all of;
- precision: serious findings right / serious findings;
- explained: serious findings touching a claim of a conflict or evolving topic or of an
  in-article inconsistency (the others are *unexplained*: likely false alarms).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from factcheck import __version__
from factcheck.evaluate.gold import (Gold, GoldClaim, GoldQuote, GoldRange, GoldTexts, GoldValue,
                                     line_column)
from factcheck.model import Report
from factcheck.report.json_report import report_to_dict

SERIOUS = ("error", "warning")

# The metrics, named and ordered as score_gold.py prints them.
METRIC_KEYS = ("gold_claims", "found", "value_ok", "conflicts", "conflicts_found", "evolving",
               "evolving_no_error", "consistent", "consistent_clean", "internal",
               "internal_found", "must_not", "must_not_clean", "serious_findings", "explained",
               "serious_correct")


# ----------------------------------------------------------------------- values

# Quirk kept from the reference: it searches the gold note for these words anywhere, so
# "over" inside "government", "however" or "cover" also makes the gold figure a lower bound.
LOWER_BOUND = re.compile(r"lower bound|more than|at least|over|exceed", re.I)


def value_ok(claim: Mapping[str, Any], gold: GoldValue, note: str = "") -> bool:
    """Is a report claim's value (its JSON form) the gold value? The reference's rule:

    - a gold number whose note says it is a lower bound ("more than N", "at least N"): the
      claim's lower bound is N or just above it (≤ 1% + 1), and its upper bound is open or
      above N;
    - other quantities: the claim's interval holds the gold number or range (0.1% slack),
      and one of its bounds IS a gold bound, unless the claim is approximate;
    - dates: the claim's interval holds the gold date (of a range, its min: the reference
      reads no other end), or starts with it; a claim without the year (`--MM-DD`) is right
      when month and day agree.
    """
    v = claim.get("value") or {}
    kind = claim.get("kind")
    if kind == "quantity" and _is_number(gold) and LOWER_BOUND.search(note or ""):
        lo, hi = v.get("min"), v.get("max")
        return (lo is not None and gold * 0.999 - 1e-9 <= lo <= gold * 1.01 + 1
                and (hi is None or hi > gold))
    if kind == "quantity":
        lo, hi = v.get("min"), v.get("max")
        g_lo, g_hi = (gold.min, gold.max) if isinstance(gold, GoldRange) else (gold, gold)
        if not _is_number(g_lo):
            return False  # the reference never counts a range open at the bottom right
        lo_ok = lo is None or lo <= g_lo * 1.001 + 1e-9
        hi_ok = hi is None or hi >= (g_hi if g_hi is not None else g_lo) * 0.999 - 1e-9
        exactish = lo == g_lo or hi == g_lo or lo == g_hi or hi == g_hi
        return bool(lo_ok and hi_ok and (exactish or v.get("approximate")))
    if kind == "date":
        s, e = v.get("start"), v.get("end")
        if not s or not e:
            return False
        g = gold if isinstance(gold, str) else gold.min if isinstance(gold, GoldRange) else None
        if not isinstance(g, str):
            return False
        if s.startswith("--"):
            # Quirk kept: a day without month or year ("---08") never matches.
            return g[4:].startswith(s[1:]) or (len(g) > 4 and s[2:] <= g[5:] <= e[2:])
        g_lo = g + ("-01-01" if len(g) == 4 else "-01" if len(g) == 7 else "")
        return s <= g_lo <= e or s[:len(g)] == g
    return False


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# ------------------------------------------------------------- placing claims

_FRONT_MATTER = re.compile(r"---\r?\n.*?\r?\n---\r?\n", re.S)


def _body_offset(text: str) -> int:
    m = _FRONT_MATTER.match(text)
    return m.end() if m else 0


def claim_span(claim: Mapping[str, Any], text: str) -> tuple[int, int] | None:
    """Where a report claim sits in its article file, as the reference places it: its
    start/end counted from the file start, else from the body after the front matter
    (what factcheck writes), checked against the claim's own text; failing both, the
    first occurrence of its text (quirk kept: that may be another place with the same
    words)."""
    s, e, t = claim.get("start"), claim.get("end"), claim.get("text") or ""
    if isinstance(s, int) and isinstance(e, int):
        if text[s:e] == t:
            return s, e
        b = _body_offset(text)
        if text[b + s:b + e] == t:
            return b + s, b + e
    i = text.find(t) if t else -1
    return (i, i + len(t)) if i >= 0 else None


# ------------------------------------------------------------------ outcomes


@dataclass(frozen=True)
class Score:
    hit: int
    total: int

    @property
    def ratio(self) -> float | None:
        return self.hit / self.total if self.total else None

    def __str__(self) -> str:
        return f"{self.hit}/{self.total}"


@dataclass(frozen=True)
class Miss:
    """A gold claim without a matching claim of the right value, and why."""

    topic: str
    location: str  # file:line:column of the quote's first occurrence
    quote: str
    expected: str  # the gold value, described
    reason: str  # "no claim there" | "wrong value"
    found: tuple[str, ...] = ()  # the values of the matching claims


@dataclass(frozen=True)
class TopicOutcome:
    id: str
    expected: str
    values: Score  # gold claims with the right value / gold claims counted
    ok: bool  # conflict: found; evolving: not raised as an error; consistent: left clean
    findings: tuple[str, ...]  # ids of the findings that decided it


@dataclass(frozen=True)
class ItemOutcome:
    """One in-article inconsistency or must-not-flag entry."""

    where: str  # JSON path in the gold file
    quotes: tuple[str, ...]  # file:line:column «words»
    ok: bool | None  # found / left alone; None: not scored (fewer than two pairs)
    findings: tuple[str, ...]


@dataclass(frozen=True)
class FindingNote:
    """A serious finding not counted right."""

    id: str
    check: str
    severity: str
    claims: tuple[str, ...]  # file:line:column value «words»
    message: str
    explained: bool  # touches a claim of a conflict/evolving topic or an inconsistency


@dataclass(frozen=True)
class StoryEvaluation:
    story: str
    gold: str
    corpus: str
    metrics: dict[str, int]  # score_gold.py's keys and numbers
    topics: tuple[TopicOutcome, ...] = ()
    internal: tuple[ItemOutcome, ...] = ()
    must_not_flag: tuple[ItemOutcome, ...] = ()
    misses: tuple[Miss, ...] = ()
    not_right: tuple[FindingNote, ...] = ()
    unscanned: tuple[str, ...] = ()  # gold articles with no article in the scan
    unscored_must_not: int = field(default=0)

    def score(self, hit: str, total: str) -> Score:
        return Score(self.metrics[hit], self.metrics[total])

    @property
    def unexplained(self) -> tuple[FindingNote, ...]:
        return tuple(f for f in self.not_right if not f.explained)


# ------------------------------------------------------------------- scoring


def evaluate(report: Report, gold: Gold, corpus_dir: Path | None = None) -> StoryEvaluation:
    """Score `report` against `gold`; the articles are read from `corpus_dir` (default: the
    gold file's folder). Raises GoldError when a quoted article or quote is not there."""
    corpus_dir = Path(corpus_dir) if corpus_dir is not None else gold.path.parent
    texts = GoldTexts(gold, corpus_dir)
    return score_report(report_to_dict(report, __version__), gold, texts)


def score_report(rep: Mapping[str, Any], gold: Gold, texts: GoldTexts) -> StoryEvaluation:
    """Score a JSON report (as a dict) against `gold`: score_gold.score, with the detail
    kept for --verbose."""
    return _Scorer(rep, gold, texts).run()


class _Scorer:
    def __init__(self, rep: Mapping[str, Any], gold: Gold, texts: GoldTexts) -> None:
        self.gold, self.texts = gold, texts
        names = {a["id"]: os.path.basename(a.get("path") or a["id"])
                 for a in rep.get("articles", [])}
        self.scanned = set(names.values())
        self.claims: dict[str, tuple[str, tuple[int, int] | None, Mapping[str, Any]]] = {}
        for c in rep.get("claims", []):
            name = names.get(c.get("article"), c.get("article"))
            self.claims[c["id"]] = (name, claim_span(c, texts.texts.get(name, "")), c)
        self.by_article: dict[str, list[tuple[str, tuple[int, int]]]] = {}
        for cid, (name, span, _) in self.claims.items():
            if span:
                self.by_article.setdefault(name, []).append((cid, span))
        self.findings = [f for f in rep.get("findings", []) if f.get("severity") in SERIOUS]
        self.fclaims = [set(f.get("claims", [])) for f in self.findings]

    def matches(self, quote: GoldQuote) -> set[str]:
        spans = self.texts.spans[quote]
        return {cid for cid, sp in self.by_article.get(quote.article, ())
                if any(sp[0] < e and s < sp[1] for s, e in spans)}

    def run(self) -> StoryEvaluation:
        m = dict.fromkeys(METRIC_KEYS, 0)
        m["serious_findings"] = len(self.findings)
        gold_hit_claims: set[str] = set()
        correct = [False] * len(self.findings)
        topics, misses = [], []
        for topic in self.gold.topics:
            per_claim: list[tuple[set[str], str]] = []  # (matching claims, gold value key)
            right = 0
            for gc in topic.counted:
                hit = self.matches(gc.at)
                m["gold_claims"] += 1
                m["found"] += bool(hit)
                if any(value_ok(self.claims[h][2], gc.value, gc.note or "") for h in hit):
                    right += 1
                else:
                    misses.append(self.miss(gc, hit))
                per_claim.append((hit, gc.value_key))
            m["value_ok"] += right
            allids = set().union(*(hit for hit, _ in per_claim))
            decided: list[int] = []
            if topic.expected == "conflict":
                m["conflicts"] += 1
                for i, fc in enumerate(self.fclaims):
                    # Right when the finding joins two claims the gold gives different values.
                    if len({v for hit, v in per_claim if fc & hit}) >= 2:
                        correct[i] = True
                        decided.append(i)
                ok = bool(decided)
                m["conflicts_found"] += ok
                gold_hit_claims |= allids
            elif topic.expected == "evolving":
                m["evolving"] += 1
                decided = [i for i, (f, fc) in enumerate(zip(self.findings, self.fclaims))
                           if f.get("severity") == "error" and len(fc & allids) >= 2]
                ok = not decided
                m["evolving_no_error"] += ok
                gold_hit_claims |= allids
            else:
                m["consistent"] += 1
                # Quirk kept: a finding that also joins a claim outside the topic's gold
                # claims does not count against it.
                decided = [i for i, fc in enumerate(self.fclaims)
                           if len(fc & allids) >= 2 and fc <= allids]
                ok = not decided
                m["consistent_clean"] += ok
            topics.append(TopicOutcome(topic.id, topic.expected, Score(right, len(per_claim)),
                                       ok, self.ids(decided)))
        internal = []
        for entry in self.gold.internal_inconsistencies:
            m["internal"] += 1
            first = self.matches(entry.quote) if entry.quote is not None else set()
            other: set[str] = set()
            for q in entry.others:
                other |= self.matches(q)
            decided = []
            for i, fc in enumerate(self.fclaims):
                # The reference's rule: a one-claim finding (a weekday) must touch the quote,
                # a two-sided one both sides. Quirk kept: when no claim matches the quote,
                # a finding touching the other side alone is right.
                if ((fc & first or (not first and fc & other))
                        and (len(fc) == 1 or not other or fc & other or not first)):
                    correct[i] = True
                    decided.append(i)
            m["internal_found"] += bool(decided)
            gold_hit_claims |= first | other
            quotes = ([entry.quote] if entry.quote is not None else []) + list(entry.others)
            internal.append(ItemOutcome(entry.where, tuple(self.quoted(q) for q in quotes),
                                        bool(decided), self.ids(decided)))
        not_flag, unscored = [], 0
        for entry in self.gold.must_not_flag:
            quotes = tuple(self.quoted(q) for q in entry.quotes)
            if len(entry.quotes) < 2:  # the reference scores entries of two pairs or more
                unscored += 1
                not_flag.append(ItemOutcome(entry.where, quotes, None, ()))
                continue
            groups = [self.matches(q) for q in entry.quotes]
            m["must_not"] += 1
            decided = [i for i, fc in enumerate(self.fclaims) if all(fc & g for g in groups)]
            m["must_not_clean"] += not decided
            not_flag.append(ItemOutcome(entry.where, quotes, not decided, self.ids(decided)))
        explained = [bool(fc & gold_hit_claims) for fc in self.fclaims]
        m["explained"] = sum(explained)
        m["serious_correct"] = sum(correct)
        return StoryEvaluation(
            story=self.gold.name, gold=str(self.gold.path), corpus=str(self.texts.corpus_dir),
            metrics=m, topics=tuple(topics), internal=tuple(internal),
            must_not_flag=tuple(not_flag), misses=tuple(misses),
            not_right=tuple(self.note(i, explained[i]) for i in range(len(self.findings))
                            if not correct[i]),
            unscanned=tuple(a for a in self.gold.articles() if a not in self.scanned),
            unscored_must_not=unscored)

    # ------------------------------------------------------------ detail

    def ids(self, indexes: list[int]) -> tuple[str, ...]:
        return tuple(sorted(self.findings[i].get("id", "?") for i in indexes))

    def quoted(self, quote: GoldQuote) -> str:
        return f"{self.texts.where(quote)} «{quote.quote}»"

    def miss(self, gc: GoldClaim, hit: set[str]) -> Miss:
        found = tuple(f"{describe_value(self.claims[h][2])} «{self.claims[h][2].get('text')}»"
                      for h in sorted(hit, key=self.position))
        reason = ("article not in the scan" if gc.at.article not in self.scanned
                  else "wrong value" if hit else "no claim there")
        return Miss(gc.topic, self.texts.where(gc.at), gc.at.quote,
                    describe_gold_value(gc.value, gc.approx, gc.note), reason, found)

    def position(self, cid: str) -> tuple:
        name, span, _ = self.claims[cid]
        return (name, span or (-1, -1), cid)

    def note(self, i: int, explained: bool) -> FindingNote:
        f = self.findings[i]
        claims = []
        for cid in f.get("claims", []):
            if cid not in self.claims:
                continue
            name, span, c = self.claims[cid]
            text = self.texts.texts.get(name)
            if span and text is not None:
                line, column = line_column(text, span[0])
            else:
                line, column = c.get("line"), c.get("column")
            claims.append(f"{name}:{line}:{column} {describe_value(c)} «{c.get('text')}»")
        return FindingNote(f.get("id", "?"), f.get("check", "?"), f.get("severity", "?"),
                           tuple(claims), f.get("message") or "", explained)


def describe_value(claim: Mapping[str, Any]) -> str:
    """A report claim's value (JSON form) in a few characters: 12, ~200, ≥2201, 3–5, a date."""
    v = claim.get("value") or {}
    if claim.get("kind") == "date":
        s, e = v.get("start"), v.get("end")
        return (s or "?") if s == e else f"{s or '?'}..{e or '?'}"
    lo, hi = v.get("min"), v.get("max")
    approx = "~" if v.get("approximate") else ""
    if lo is not None and lo == hi:
        return f"{approx}{_num(lo)}"
    if hi is None:
        return f"{approx}≥{_num(lo)}" if lo is not None else "?"
    if lo is None:
        return f"{approx}≤{_num(hi)}"
    return f"{approx}{_num(lo)}–{_num(hi)}"


def describe_gold_value(value: GoldValue, approx: bool = False, note: str | None = None) -> str:
    if isinstance(value, GoldRange):
        text = f"{_num(value.min) if value.min is not None else ''}–" \
               f"{_num(value.max) if value.max is not None else ''}"
    else:
        text = _num(value)
    text = ("~" if approx else "") + text
    if note and _is_number(value) and LOWER_BOUND.search(note):
        return f"{text} (a lower bound, by its note: {note})"
    return f"{text} ({note})" if note else text


def _num(x: Any) -> str:
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


def total(evaluations: list[StoryEvaluation]) -> dict[str, int]:
    """The metrics of several stories, summed."""
    return {k: sum(ev.metrics[k] for ev in evaluations) for k in METRIC_KEYS}
