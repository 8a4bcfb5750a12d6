"""Evaluations of one or more stories as a table (a row per story and a total) or JSON."""

from __future__ import annotations

import json
from typing import Any, Sequence

from rich.console import Console
from rich.text import Text

from factcheck.evaluate.score import METRIC_KEYS, ItemOutcome, Score, StoryEvaluation, total

# (column, metric counted right, out of, what it means) — the columns of devset_table.sh,
# then the consistent topics.
COLUMNS = (
    ("values", "value_ok", "gold_claims",
     "claim recall: gold claims matched by a claim with the right value"),
    ("conflicts", "conflicts_found", "conflicts",
     "conflict topics where a serious finding joins claims the gold gives different values"),
    ("internal", "internal_found", "internal",
     "in-article inconsistencies found"),
    ("precision", "serious_correct", "serious_findings",
     "serious findings (warning, error) counted right by the two rules above"),
    ("evolving", "evolving_no_error", "evolving",
     "evolving tallies that no error joins"),
    ("must-not", "must_not_clean", "must_not",
     "must-not-flag entries left alone"),
    ("consistent", "consistent_clean", "consistent",
     "consistent topics that no serious finding joins"),
)


def scores(metrics: dict[str, int]) -> dict[str, Score]:
    return {name: Score(metrics[hit], metrics[of]) for name, hit, of, _ in COLUMNS}


# ----------------------------------------------------------------------- table


def render_table(evaluations: Sequence[StoryEvaluation], console: Console,
                 verbose: bool = False) -> None:
    """A row per story and a TOTAL row (with ratios), what each column means, then notes;
    with `verbose`, each story's topics, misses, failed items and the serious findings
    not counted right."""
    header = ["story"] + [name for name, *_ in COLUMNS]
    rows = [[ev.story] + [str(s) for s in scores(ev.metrics).values()] for ev in evaluations]
    summed = scores(total(list(evaluations)))
    rows.append(["TOTAL"] + [str(s) for s in summed.values()])
    rows.append([""] + ["—" if s.ratio is None else f"{s.ratio:.2f}" for s in summed.values()])
    widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join([cells[0].ljust(widths[0])]
                         + [c.rjust(w) for c, w in zip(cells[1:], widths[1:])]).rstrip()

    _out(console, line(header))
    for row in rows:
        _out(console, line(row))
    _out(console, "")
    for name, _, _, meaning in COLUMNS:
        _out(console, f"{name}: {meaning}")
    for ev in evaluations:
        for note in _notes(ev):
            _out(console, f"{ev.story}: {note}")
    if verbose:
        for ev in evaluations:
            _detail(ev, console)


def _notes(ev: StoryEvaluation) -> list[str]:
    notes = []
    if ev.unscanned:
        notes.append("gold articles missing from the scan: " + ", ".join(ev.unscanned))
    if ev.unscored_must_not:
        notes.append(f"{ev.unscored_must_not} must-not-flag entries with fewer than two "
                     f"quotes are not scored")
    return notes


def _detail(ev: StoryEvaluation, console: Console) -> None:
    _out(console, "")
    _out(console, f"== {ev.story} (gold {ev.gold}, articles {ev.corpus})")
    width = max([len(t.id) for t in ev.topics] + [5])
    _out(console, f"  {'topic'.ljust(width)}  {'expected':10}  {'values':>6}  outcome")
    for t in ev.topics:
        findings = f"  by {', '.join(t.findings)}" if t.findings else ""
        _out(console, f"  {t.id.ljust(width)}  {t.expected:10}  {str(t.values):>6}  "
                      f"{_topic_verdict(t.expected, t.ok)}{findings}")
    _section(console, "Misses", [
        f"{m.location} [{m.topic}] «{m.quote}» expected {m.expected}: {m.reason}"
        + (f" (found {'; '.join(m.found)})" if m.found else "") for m in ev.misses])
    _section(console, "In-article inconsistencies not found", [
        f"{o.where}: " + " / ".join(o.quotes) for o in ev.internal if not o.ok])
    _section(console, "Must-not-flag entries flagged", [
        f"{o.where}: " + " / ".join(o.quotes) + f" by {', '.join(o.findings)}"
        for o in ev.must_not_flag if o.ok is False])
    for title, explained in (("Unexplained serious findings (touch no gold conflict, "
                              "evolving tally or inconsistency)", False),
                             ("Serious findings on gold claims, not counted right", True)):
        _section(console, title, [
            f"{f.severity.upper()} {f.check} {f.id}: {f.message}"
            + "".join(f"\n      {c}" for c in f.claims)
            for f in ev.not_right if f.explained is explained])


def _topic_verdict(expected: str, ok: bool) -> str:
    return {("conflict", True): "found", ("conflict", False): "missed",
            ("evolving", True): "not an error", ("evolving", False): "raised as an error",
            ("consistent", True): "clean", ("consistent", False): "flagged"}[(expected, ok)]


def _section(console: Console, title: str, lines: list[str]) -> None:
    _out(console, f"  {title}: {len(lines)}")
    for text in lines:
        _out(console, "    " + text)


def _out(console: Console, line: str) -> None:
    # Never wrapped or cropped: a row per line, whatever the width.
    console.print(Text(line), soft_wrap=True)


# ------------------------------------------------------------------------ JSON


def evaluations_to_json(evaluations: Sequence[StoryEvaluation], verbose: bool = False) -> str:
    """{"stories": [{story, gold, corpus, metrics, …}], "total": metrics}: the metrics are
    score_gold.py's keys and numbers; `verbose` adds each story's detail. Deterministic."""
    data = {"stories": [_story(ev, verbose) for ev in evaluations],
            "total": total(list(evaluations))}
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def _story(ev: StoryEvaluation, verbose: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "story": ev.story, "gold": ev.gold, "corpus": ev.corpus,
        "metrics": {k: ev.metrics[k] for k in METRIC_KEYS},
        "unscanned_articles": list(ev.unscanned),
    }
    if not verbose:
        return out

    def item(o: ItemOutcome, ok_key: str) -> dict[str, Any]:
        return {"where": o.where, "quotes": list(o.quotes), ok_key: o.ok,
                "findings": list(o.findings)}

    out.update({
        "topics": [{"id": t.id, "expected": t.expected,
                    "values": {"hit": t.values.hit, "total": t.values.total},
                    "ok": t.ok, "outcome": _topic_verdict(t.expected, t.ok),
                    "findings": list(t.findings)} for t in ev.topics],
        "misses": [{"topic": m.topic, "location": m.location, "quote": m.quote,
                    "expected": m.expected, "reason": m.reason, "found": list(m.found)}
                   for m in ev.misses],
        "internal_inconsistencies": [item(o, "found") for o in ev.internal],
        "must_not_flag": [item(o, "left_alone") for o in ev.must_not_flag],
        "findings_not_right": [{"id": f.id, "check": f.check, "severity": f.severity,
                                "claims": list(f.claims), "message": f.message,
                                "explained": f.explained} for f in ev.not_right],
    })
    return out
