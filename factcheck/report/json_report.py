"""Report → JSON (schema_version "3": "2" with each finding's evidence apart from its claims).

The JSON is a contract for other tools, so it is deterministic: every list is sorted,
there are no timestamps, and the same Report always gives byte-identical output. orjson
encodes it: on a 51 MB report (10k generated articles) it writes the same bytes as the
hand-written writer it replaced, in two thirds of the time.
"""

from __future__ import annotations

import io
import math
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any, BinaryIO, Iterator, TextIO

import orjson

from factcheck.model import (
    WEEKDAY_NAMES,
    Article,
    Claim,
    ClockTime,
    DateValue,
    Finding,
    InputError,
    Quantity,
    Report,
    TimeFrame,
    Topic,
    clock_text,
)

from factcheck.report.base import RenderContext
from factcheck.report.stories import (SEVERITIES, article_stories, finding_sort_key,
                                      finding_story)

if TYPE_CHECKING:
    from factcheck.gate.policy import GateSummary

# "2": the report's `stories`, and the `story` of every topic and finding; all of "1" is
# unchanged, but a top-level key is new, which "1"'s schema forbids.
# "3": a finding's `claims` are what it is about; other sources' words it cites (a weekday
# others give the date) are its `evidence`, no longer mixed into `claims`.
SCHEMA_VERSION = "3"


def claim_sort_key(claim: Claim) -> tuple:
    return (claim.article, claim.span.start, claim.id)


def _number(x: float | None) -> int | float | None:
    # Open bounds are null; JSON has no Infinity, so non-finite values are open bounds too.
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return None
    if isinstance(x, bool):
        return int(x)
    if float(x).is_integer() and abs(x) < _LARGEST_INT:
        return int(x)
    return float(x)


# Whole numbers are written without a fraction; past 64 bits (which JSON readers may not
# hold exactly, and orjson refuses) they stay floats: 1e+21, not 1000000000000000000000.
_LARGEST_INT = 2 ** 63


def _quantity(q: Quantity) -> dict[str, Any]:
    return {"min": _number(q.min), "max": _number(q.max), "approximate": bool(q.approximate)}


def _date(d: DateValue) -> dict[str, Any]:
    start, end = d.bounds()
    return {
        "start": start or None,
        "end": end or None,
        "granularity": d.granularity,
        "weekday": WEEKDAY_NAMES[d.weekday] if d.weekday is not None else None,
        "resolved": d.resolved,
    }


def _time(t: ClockTime) -> dict[str, Any]:
    return {"time": clock_text(t.minute), "earliest": clock_text(t.lo),
            "latest": clock_text(t.hi),
            "twelve_hour": not t.half_day_known, "approximate": t.approximate,
            "zone": t.zone, "day": t.day}


def _value(value: Quantity | DateValue | ClockTime) -> dict[str, Any] | None:
    if isinstance(value, Quantity):
        return _quantity(value)
    if isinstance(value, DateValue):
        return _date(value)
    if isinstance(value, ClockTime):
        return _time(value)
    return None


def _time_frame(tf: TimeFrame | None) -> dict[str, Any] | None:
    if tf is None:
        return None
    return {"start": int(tf.start), "end": int(tf.end), "basis": tf.basis}


def _article(a: Article, tf: TimeFrame | None, publication: Any = None) -> dict[str, Any]:
    return {
        "id": a.id,
        "path": a.path,
        "title": a.title,
        "outlet": a.outlet,
        "published": a.published,
        "time_frame": _time_frame(tf),
        "publication": _publication(publication),
    }


def _publication(p: Any) -> dict[str, Any]:
    """When the article was published, as a window of days (equal ends: a known day), and
    what that was read from; null ends when unknown."""
    if p is None or not p.known:
        return {"earliest": None, "latest": None,
                "basis": p.basis if p is not None else "unknown"}
    return {"earliest": p.earliest.isoformat(), "latest": p.latest.isoformat(), "basis": p.basis}


def topic_of_claims(topics: tuple[Topic, ...] | list[Topic]) -> dict[str, str]:
    """claim id → id of the topic that holds it (lowest topic id wins, for determinism)."""
    owner: dict[str, str] = {}
    ordered = sorted(topics, key=lambda t: t.id)
    for t in ordered:
        for cid in t.claims:
            owner.setdefault(cid, t.id)
    # A claim listed only as other-time-frame still belongs to that topic.
    for t in ordered:
        for cid in t.other_frame:
            owner.setdefault(cid, t.id)
    return owner


def _claim(c: Claim, topic: str | None) -> dict[str, Any]:
    return {
        "id": c.id,
        "article": c.article,
        "kind": c.kind,
        "text": c.text,
        "sentence": c.sentence,
        "start": c.span.start,
        "end": c.span.end,
        "line": c.span.line,
        "column": c.span.column,
        "value": _value(c.value),
        "unit": c.unit,
        "event": c.event,
        "topic": topic,
        "subject": c.subject,
        "place": c.place,
        "note": c.note,
        "measure": c.measure,
        "places": list(c.places),
        "occasion": c.occasion,
        "attribution": c.attribution,
        "role": c.role,
    }


def _order_ids(ids: tuple[str, ...], claim_rank: dict[str, int]) -> list[str]:
    # Known claims in text order; unknown ids after them, by id. Duplicates dropped.
    if len(ids) == 1:  # most automatic topics: nothing to order
        return list(ids)
    unique = set(ids)
    return sorted(unique, key=lambda cid: (0, claim_rank[cid], "") if cid in claim_rank
                  else (1, 0, cid))


def _topic(t: Topic, claim_rank: dict[str, int]) -> dict[str, Any]:
    return {
        "id": t.id,
        "label": t.label,
        "kind": t.kind,
        "source": t.source,
        "status": t.status,
        "measure": t.measure,
        "claims": _order_ids(t.claims, claim_rank),
        "other_time_frame": _order_ids(t.other_frame, claim_rank),
        "story": t.story or None,
    }


def _finding(f: Finding, claim_rank: dict[str, int], story_of: dict[str, str]
             ) -> dict[str, Any]:
    # The last `evidence` claims are other sources' words it cites (checks/base.finding).
    split = len(f.claims) - f.evidence
    about, cited = f.claims[:split], f.claims[split:]
    return {
        "id": f.id,
        "check": f.check,
        "severity": f.severity,
        "topic": f.topic,
        "articles": sorted(set(f.articles)),
        "claims": _order_ids(about, claim_rank),
        "evidence": _order_ids(cited, claim_rank),
        "message": f.message,
        "suggestion": f.suggestion,
        "story": finding_story(f, story_of) or None,
    }


def _stories(report: Report, findings: list[Finding],
             story_of: dict[str, str]) -> list[dict[str, Any]]:
    """Each story: its id, label and articles, how many topics it has and its findings by
    severity; sorted by id."""
    topics: Counter = Counter(t.story for t in report.topics)
    counts: dict[str, Counter] = defaultdict(Counter)
    for f in findings:
        counts[finding_story(f, story_of)][f.severity] += 1
    return [{"id": s.id, "label": s.label, "articles": sorted(s.articles),
             "topics": topics[s.id],
             "findings": {severity: counts[s.id][severity] for severity in SEVERITIES}}
            for s in sorted(report.stories, key=lambda s: s.id)]


def _input_error(e: InputError) -> dict[str, Any]:
    return {"path": e.path, "message": e.message}


def _gate_summary(gate: GateSummary | None) -> dict[str, Any]:
    """summary.baseline / summary.changed / summary.story_filter, only for the modes in
    use: without them the output is exactly what it was before the gate existed."""
    if gate is None:
        return {}
    out: dict[str, Any] = {}
    if gate.baseline is not None:
        out["baseline"] = {"path": gate.baseline.path, "suppressed": gate.baseline.suppressed,
                           "fixed": sorted(entry["id"] for entry in gate.baseline.fixed)}
    if gate.changed_articles is not None:
        out["changed"] = {"articles": sorted(gate.changed_articles)}
    if gate.stories is not None:
        out["story_filter"] = {"stories": sorted(gate.stories), "found": gate.stories_found}
    return out


def report_to_dict(report: Report, tool_version: str,
                   gate: GateSummary | None = None) -> dict[str, Any]:
    claims = sorted(report.claims, key=claim_sort_key)
    # Each claim's place in text order (claims is sorted): a small int, not a key tuple each.
    claim_rank = {c.id: n for n, c in enumerate(claims)}
    owner = topic_of_claims(report.topics)
    findings = sorted(report.findings, key=finding_sort_key)
    story_of = article_stories(report)
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "factcheck", "version": tool_version},
        "articles": [_article(a, report.time_frames.get(a.id), report.publications.get(a.id))
                     for a in sorted(report.articles, key=lambda a: (a.id, a.path))],
        "stories": _stories(report, findings, story_of),
        "claims": [_claim(c, owner.get(c.id)) for c in claims],
        "topics": [_topic(t, claim_rank) for t in sorted(report.topics, key=lambda t: t.id)],
        "findings": [_finding(f, claim_rank, story_of) for f in findings],
        "input_errors": [_input_error(e) for e in
                         sorted(report.input_errors, key=lambda e: (e.path, e.message))],
        "summary": _summary(report, findings, gate),
    }


def render_json(report: Report, tool_version: str, gate: GateSummary | None = None) -> str:
    return b"".join(iter_json(report, tool_version, gate)).decode("utf-8")


def write_json(out: TextIO | BinaryIO, report: Report, tool_version: str,
               gate: GateSummary | None = None) -> None:
    """The JSON report into `out`: as UTF-8 bytes into a binary stream or the binary
    buffer under a text file (stdout, a report file), so the output is UTF-8 whatever the
    locale; decoded into a text stream without one (a StringIO)."""
    buffer = out if isinstance(out, (io.RawIOBase, io.BufferedIOBase)) else getattr(out, "buffer", None)
    if buffer is not None:
        out.flush()  # whatever was written as text goes first
        write = buffer.write
    else:
        def write(chunk: bytes) -> None:
            out.write(chunk.decode("utf-8"))
    # Written in blocks of about 64K, not piece by piece: under PYTHONUNBUFFERED (common
    # in containers and CI) every write to stdout is a system call, and a 100k-article
    # report is close to a million pieces.
    pending: list[bytes] = []
    size = 0
    for chunk in iter_json(report, tool_version, gate):
        pending.append(chunk)
        size += len(chunk)
        if size >= _WRITE_BLOCK:
            write(b"".join(pending))
            pending.clear()
            size = 0
    write(b"".join(pending))
    if buffer is not None:
        buffer.flush()


_WRITE_BLOCK = 1 << 16
_INDENT = orjson.OPT_INDENT_2


def _dumps(value: Any, option: int | None = None) -> bytes:
    """orjson.dumps; a string that is not valid Unicode (a file name's undecodable bytes
    kept as lone surrogates) is written with those bytes as \\xNN escapes instead of
    stopping the report, so the output is always valid UTF-8."""
    try:
        return orjson.dumps(value, option=option)
    except orjson.JSONEncodeError:
        return orjson.dumps(_valid_unicode(value), option=option)


def _valid_unicode(value: Any) -> Any:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
            return value
        except UnicodeEncodeError:
            raw = value.encode("utf-8", "surrogateescape" if _only_escaped(value) else "backslashreplace")
            return raw.decode("utf-8", "backslashreplace")
    if isinstance(value, dict):
        return {_valid_unicode(k): _valid_unicode(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_valid_unicode(v) for v in value]
    return value


def _only_escaped(text: str) -> bool:
    """Every surrogate in `text` is one os.fsdecode made of an undecodable byte."""
    return all(not 0xD800 <= ord(c) <= 0xDFFF or 0xDC80 <= ord(c) <= 0xDCFF for c in text)


def iter_json(report: Report, tool_version: str,
              gate: GateSummary | None = None) -> Iterator[bytes]:
    """The JSON report as UTF-8 in pieces, one list element at a time: the same bytes as
    json.dumps(report_to_dict(…), ensure_ascii=False, indent=2) + "\\n", without holding a
    100k-article report's dict or its text in memory at once. orjson encodes each element
    (indented by two spaces); its lines are then indented to the element's depth (a raw
    newline only ever separates JSON tokens: inside strings it is escaped)."""
    claims = sorted(report.claims, key=claim_sort_key)
    # Each claim's place in text order (claims is sorted): a small int, not a key tuple each.
    claim_rank = {c.id: n for n, c in enumerate(claims)}
    owner = topic_of_claims(report.topics)
    findings = sorted(report.findings, key=finding_sort_key)
    story_of = article_stories(report)
    sections = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "factcheck", "version": tool_version},
        "articles": (_article(a, report.time_frames.get(a.id), report.publications.get(a.id))
                     for a in sorted(report.articles, key=lambda a: (a.id, a.path))),
        "stories": iter(_stories(report, findings, story_of)),
        "claims": (_claim(c, owner.get(c.id)) for c in claims),
        "topics": (_topic(t, claim_rank) for t in sorted(report.topics, key=lambda t: t.id)),
        "findings": (_finding(f, claim_rank, story_of) for f in findings),
        "input_errors": (_input_error(e) for e in
                         sorted(report.input_errors, key=lambda e: (e.path, e.message))),
        "summary": _summary(report, findings, gate),
    }
    dumps = _dumps
    yield b"{"
    for n, (key, value) in enumerate(sections.items()):
        yield (b"\n  " if n == 0 else b",\n  ") + dumps(key) + b": "
        if not hasattr(value, "__next__"):
            yield dumps(value, option=_INDENT).replace(b"\n", b"\n  ")
            continue
        empty = True
        for element in value:
            # Separator and element apart: joining them would copy every element once more.
            yield b"[\n    " if empty else b",\n    "
            yield dumps(element, option=_INDENT).replace(b"\n", b"\n    ")
            empty = False
        yield b"[]" if empty else b"\n  ]"
    yield b"\n}\n"


def _summary(report: Report, findings: list[Finding], gate: GateSummary | None) -> dict[str, Any]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        if f.severity in counts:  # the contract has exactly these three keys
            counts[f.severity] += 1
    return {
        "articles": len(report.articles),
        "claims": len(report.claims),
        "topics": len(report.topics),
        "stories": len(report.stories),
        "findings": counts,
        "input_errors": len(report.input_errors),
        **_gate_summary(gate),
    }


class JsonRenderer:
    """`--format json`: the JSON report, schema_version "3" (report/schema/)."""

    name = "json"
    human_readable = False
    description = "the JSON report (schema in `factcheck schema`)"
    suffix = ".json"

    def render(self, report: Report, out: TextIO, ctx: RenderContext) -> None:
        write_json(out, report, ctx.tool_version, ctx.gate)


RENDERER = JsonRenderer()
