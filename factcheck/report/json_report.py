"""Report → JSON (schema_version "1").

The JSON is a contract for other tools, so it is deterministic: every list is sorted,
there are no timestamps, and the same Report always gives byte-identical output.
"""

from __future__ import annotations

import json
import math
from json.encoder import encode_basestring as _encode_string
from typing import TYPE_CHECKING, Any, Iterator, TextIO

from factcheck.model import (
    SEVERITY_RANK,
    WEEKDAY_NAMES,
    Article,
    Claim,
    DateValue,
    Finding,
    InputError,
    Quantity,
    Report,
    TimeFrame,
    Topic,
)

from factcheck.report.base import RenderContext

if TYPE_CHECKING:
    from factcheck.gate.policy import GateSummary

SCHEMA_VERSION = "1"


def claim_sort_key(claim: Claim) -> tuple:
    return (claim.article, claim.span.start, claim.id)


def finding_sort_key(finding: Finding) -> tuple:
    return (-SEVERITY_RANK.get(finding.severity, -1), finding.id)


def _number(x: float | None) -> int | float | None:
    # Open bounds are null; JSON has no Infinity, so non-finite values are open bounds too.
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return None
    if isinstance(x, bool):
        return int(x)
    if float(x).is_integer():
        return int(x)
    return float(x)


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


def _value(value: Quantity | DateValue) -> dict[str, Any] | None:
    if isinstance(value, Quantity):
        return _quantity(value)
    if isinstance(value, DateValue):
        return _date(value)
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
    }


def _finding(f: Finding, claim_rank: dict[str, int]) -> dict[str, Any]:
    return {
        "id": f.id,
        "check": f.check,
        "severity": f.severity,
        "topic": f.topic,
        "articles": sorted(set(f.articles)),
        "claims": _order_ids(f.claims, claim_rank),
        "message": f.message,
        "suggestion": f.suggestion,
    }


def _input_error(e: InputError) -> dict[str, Any]:
    return {"path": e.path, "message": e.message}


def _gate_summary(gate: GateSummary | None) -> dict[str, Any]:
    """summary.baseline / summary.changed, only for the modes in use: without them the
    output is exactly what it was before the gate existed."""
    if gate is None:
        return {}
    out: dict[str, Any] = {}
    if gate.baseline is not None:
        out["baseline"] = {"path": gate.baseline.path, "suppressed": gate.baseline.suppressed,
                           "fixed": sorted(entry["id"] for entry in gate.baseline.fixed)}
    if gate.changed_articles is not None:
        out["changed"] = {"articles": sorted(gate.changed_articles)}
    return out


def report_to_dict(report: Report, tool_version: str,
                   gate: GateSummary | None = None) -> dict[str, Any]:
    claims = sorted(report.claims, key=claim_sort_key)
    # Each claim's place in text order (claims is sorted): a small int, not a key tuple each.
    claim_rank = {c.id: n for n, c in enumerate(claims)}
    owner = topic_of_claims(report.topics)
    findings = sorted(report.findings, key=finding_sort_key)
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "factcheck", "version": tool_version},
        "articles": [_article(a, report.time_frames.get(a.id), report.publications.get(a.id))
                     for a in sorted(report.articles, key=lambda a: (a.id, a.path))],
        "claims": [_claim(c, owner.get(c.id)) for c in claims],
        "topics": [_topic(t, claim_rank) for t in sorted(report.topics, key=lambda t: t.id)],
        "findings": [_finding(f, claim_rank) for f in findings],
        "input_errors": [_input_error(e) for e in
                         sorted(report.input_errors, key=lambda e: (e.path, e.message))],
        "summary": _summary(report, findings, gate),
    }


def render_json(report: Report, tool_version: str, gate: GateSummary | None = None) -> str:
    return "".join(iter_json(report, tool_version, gate))


def write_json(out: TextIO, report: Report, tool_version: str,
               gate: GateSummary | None = None) -> None:
    # Written in blocks of about 64K characters, not piece by piece: under PYTHONUNBUFFERED
    # (common in containers and CI) every write to stdout is a system call, and a
    # 100k-article report is close to a million pieces.
    pending: list[str] = []
    size = 0
    for chunk in iter_json(report, tool_version, gate):
        pending.append(chunk)
        size += len(chunk)
        if size >= _WRITE_BLOCK:
            out.write("".join(pending))
            pending.clear()
            size = 0
    out.write("".join(pending))


_WRITE_BLOCK = 1 << 16


def iter_json(report: Report, tool_version: str,
              gate: GateSummary | None = None) -> Iterator[str]:
    """The JSON report in pieces, one list element at a time: the same text as
    json.dumps(report_to_dict(…), indent=2), without holding a 100k-article report's dict
    or its text in memory at once."""
    claims = sorted(report.claims, key=claim_sort_key)
    # Each claim's place in text order (claims is sorted): a small int, not a key tuple each.
    claim_rank = {c.id: n for n, c in enumerate(claims)}
    owner = topic_of_claims(report.topics)
    findings = sorted(report.findings, key=finding_sort_key)
    value_texts: dict[Any, str] = {}  # a few values recur in thousands of claims
    sections = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "factcheck", "version": tool_version},
        "articles": (_ArticleText(a, report.time_frames.get(a.id), report.publications.get(a.id))
                     for a in sorted(report.articles, key=lambda a: (a.id, a.path))),
        "claims": (_ClaimText(c, owner.get(c.id), value_texts) for c in claims),
        "topics": (_TopicText(t, claim_rank)
                   for t in sorted(report.topics, key=lambda t: t.id)),
        "findings": (_finding(f, claim_rank) for f in findings),
        "input_errors": (_input_error(e) for e in
                         sorted(report.input_errors, key=lambda e: (e.path, e.message))),
        "summary": _summary(report, findings, gate),
    }
    yield "{"
    for n, (key, value) in enumerate(sections.items()):
        yield ("\n" if n == 0 else ",\n") + f"  {json.dumps(key)}: "
        if isinstance(value, dict) or not hasattr(value, "__next__"):
            yield _indented(value, 2)
            continue
        empty = True
        for element in value:
            # Separator and element apart: joining them would copy every element once more.
            yield "[\n    " if empty else ",\n    "
            yield element.text() if type(element) in _DIRECT else _indented(element, 4)
            empty = False
        yield "[]" if empty else "\n  ]"
    yield "\n}\n"


class _ClaimText:
    """A claim of the claims section, for iter_json: written field by field instead of through
    _claim's dict and the generic writer. Claims are most of a large report's text, and this
    writes them in a third of the time; tests hold it to _indented(_claim(…), 4).
    `value_texts` (value → its JSON) is shared by the claims of one report: equal values
    are written alike, and a story's figures and dates recur in many claims."""

    __slots__ = ("claim", "topic", "value_texts")

    def __init__(self, claim: Claim, topic: str | None,
                 value_texts: dict[Any, str] | None = None) -> None:
        self.claim, self.topic = claim, topic
        self.value_texts = {} if value_texts is None else value_texts

    def text(self) -> str:
        c, span = self.claim, self.claim.span
        value = self.value_texts.get(c.value)
        if value is None:
            value = self.value_texts[c.value] = _flat_object(_value(c.value), "\n      ")
        return "".join((
            '{\n      "id": ', _string(c.id),
            ',\n      "article": ', _string(c.article),
            ',\n      "kind": ', _string(c.kind),
            ',\n      "text": ', _string(c.text),
            ',\n      "sentence": ', _string(c.sentence),
            ',\n      "start": ', int.__repr__(span.start),
            ',\n      "end": ', int.__repr__(span.end),
            ',\n      "line": ', int.__repr__(span.line),
            ',\n      "column": ', int.__repr__(span.column),
            ',\n      "value": ', value,
            ',\n      "unit": ', _string(c.unit),
            ',\n      "event": ', _string(c.event),
            ',\n      "topic": ', _string(self.topic),
            ',\n      "subject": ', _string(c.subject),
            ',\n      "place": ', _string(c.place),
            ',\n      "note": ', _string(c.note),
            ',\n      "measure": ', _string(c.measure),
            ',\n      "places": ', _string_list(c.places, "\n      "),
            ',\n      "occasion": ', _string(c.occasion),
            ',\n      "attribution": ', _string(c.attribution),
            "\n    }"))


class _TopicText:
    """A topic of the topics section, written directly as _ClaimText is (118k topics at
    100k articles); tests hold it to _indented(_topic(…), 4)."""

    __slots__ = ("topic", "claim_rank")

    def __init__(self, topic: Topic, claim_rank: dict[str, int]) -> None:
        self.topic, self.claim_rank = topic, claim_rank

    def text(self) -> str:
        t = self.topic
        return "".join((
            '{\n      "id": ', _string(t.id),
            ',\n      "label": ', _string(t.label),
            ',\n      "kind": ', _string(t.kind),
            ',\n      "source": ', _string(t.source),
            ',\n      "status": ', _string(t.status),
            ',\n      "measure": ', _string(t.measure),
            ',\n      "claims": ', _string_list(_order_ids(t.claims, self.claim_rank), "\n      "),
            ',\n      "other_time_frame": ',
            _string_list(_order_ids(t.other_frame, self.claim_rank), "\n      "),
            "\n    }"))


class _ArticleText:
    """An article of the articles section, written directly as _ClaimText is; tests hold
    it to _indented(_article(…), 4)."""

    __slots__ = ("article", "time_frame", "publication")

    def __init__(self, article: Article, time_frame: TimeFrame | None, publication: Any) -> None:
        self.article, self.time_frame, self.publication = article, time_frame, publication

    def text(self) -> str:
        a = self.article
        return "".join((
            '{\n      "id": ', _string(a.id),
            ',\n      "path": ', _string(a.path),
            ',\n      "title": ', _string(a.title),
            ',\n      "outlet": ', _string(a.outlet),
            ',\n      "published": ', _string(a.published),
            ',\n      "time_frame": ', _flat_object(_time_frame(self.time_frame), "\n      "),
            ',\n      "publication": ', _flat_object(_publication(self.publication), "\n      "),
            "\n    }"))


_DIRECT = (_ClaimText, _TopicText, _ArticleText)  # elements that write themselves


def _string(value: str | None) -> str:
    return "null" if value is None else _encode_string(value)


def _string_list(values: tuple[str, ...], newline: str) -> str:
    if not values:
        return "[]"
    inner = ",".join(newline + "  " + _encode_string(v) for v in values)
    return f"[{inner}{newline}]"


def _flat_object(value: dict[str, Any] | None, newline: str) -> str:
    """A dict of scalars (a claim's value), as _write would write it."""
    if value is None:
        return "null"
    if not value:
        return "{}"
    inner = newline + "  "
    fields = ",".join(f"{inner}{_encode_string(key)}: {_scalar(item)}" for key, item in value.items())
    return f"{{{fields}{newline}}}"


def _scalar(value: str | int | float | bool | None) -> str:
    if isinstance(value, str):
        return _encode_string(value)
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int):
        return int.__repr__(value)
    return _float(value)


def _indented(value: Any, depth: int) -> str:
    """json.dumps(value, ensure_ascii=False, indent=2) as it reads when nested `depth`
    spaces deep. The standard library encodes indented JSON in pure Python, one generator
    per value; a 100k-article report has millions of values, and this direct writer does
    the same work in a fraction of the time (tests hold it to the same text)."""
    parts: list[str] = []
    _write(value, "\n" + " " * depth, parts.append)
    return "".join(parts)


def _write(value: Any, newline: str, emit) -> None:
    if isinstance(value, str):
        emit(_encode_string(value))
    elif value is None:
        emit("null")
    elif value is True:
        emit("true")
    elif value is False:
        emit("false")
    elif isinstance(value, int):
        emit(int.__repr__(value))
    elif isinstance(value, float):
        emit(_float(value))
    elif isinstance(value, dict):
        if not value:
            emit("{}")
            return
        inner = newline + "  "
        first = True
        for key, item in value.items():
            emit(("{" if first else ",") + inner + _encode_string(_key_text(key)) + ": ")
            first = False
            _write(item, inner, emit)
        emit(newline + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            emit("[]")
            return
        inner = newline + "  "
        for n, item in enumerate(value):
            emit(("[" if n == 0 else ",") + inner)
            _write(item, inner, emit)
        emit(newline + "]")
    else:
        emit(json.dumps(value, ensure_ascii=False))  # anything else: as the encoder would


def _key_text(key: Any) -> str:
    if isinstance(key, str):
        return key
    return json.dumps(key)  # numbers, booleans and None as JSON spells them


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def _summary(report: Report, findings: list[Finding], gate: GateSummary | None) -> dict[str, Any]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        if f.severity in counts:  # the contract has exactly these three keys
            counts[f.severity] += 1
    return {
        "articles": len(report.articles),
        "claims": len(report.claims),
        "topics": len(report.topics),
        "findings": counts,
        "input_errors": len(report.input_errors),
        **_gate_summary(gate),
    }


class JsonRenderer:
    """`--format json`: the JSON report, schema_version "1" (report/schema/)."""

    name = "json"
    human_readable = False
    description = "the JSON report (schema in `factcheck schema`)"
    suffix = ".json"

    def render(self, report: Report, out: TextIO, ctx: RenderContext) -> None:
        write_json(out, report, ctx.tool_version, ctx.gate)


RENDERER = JsonRenderer()
