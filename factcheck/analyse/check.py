"""Topics and claims → Findings, and each topic's status.

Cross-source checks compare claims of one topic from different articles, only when the
articles' time frames overlap. Internal checks look inside one article: a weekday the
calendar contradicts, and an explicit date that disagrees with what the same article
says relatively about the same event.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import replace
from typing import Iterable, Mapping, Sequence

from factcheck.model import (SEVERITY_RANK, WEEKDAY_NAMES, Claim, DateValue, Finding, Quantity, Severity,
                    TimeFrame, Topic, TopicStatus)
from factcheck.extract.context import same_source
from factcheck.analyse.published import Publication
from factcheck.analyse.similarity import overlap
from factcheck.lexicon.measures import MEASURES

AUTO_TOPIC_PREFIX = "auto-"  # group.py's automatic topic ids

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")


def check(topics: Sequence[Topic], claims: Sequence[Claim],
          frames: Mapping[str, TimeFrame | None],
          publications: Mapping[str, Publication] | None = None) -> tuple[list[Topic], list[Finding]]:
    by_id = {c.id: c for c in claims}
    publications = publications or {}
    out_topics: list[Topic] = []
    findings: list[Finding] = []
    for topic in topics:
        if len(topic.claims) == 1:  # most automatic topics: nothing to compare, in or across articles
            out_topics.append(replace(topic, status=TopicStatus.SINGLE_SOURCE))
            continue
        members = [by_id[i] for i in topic.claims]
        if topic.measure and MEASURES[topic.measure].kind == "tally":
            topic, topic_findings = _check_tally(topic, members, publications)
        else:
            topic, topic_findings = _check_topic(topic, members, frames)
        out_topics.append(topic)
        findings.extend(topic_findings)
        if topic.measure:
            findings.extend(_internal_conflicts(topic, members))
    # Only date claims get internal date findings, and a topic holds one kind of claim.
    topic_of = {cid: t.id for t in out_topics if t.kind == "date" for cid in t.claims}
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind == "date":
            by_article[claim.article].append(claim)
    for article_claims in by_article.values():
        findings.extend(_internal_date_findings(article_claims, topic_of))
    findings.sort(key=lambda f: (-SEVERITY_RANK[f.severity], f.check, f.id))
    return out_topics, findings


# ---------------------------------------------------------------- cross-source


def compatible(a: Claim, b: Claim, tolerance: float = 0.0) -> bool:
    """Can both claims be true at once? Intervals and granularity decide."""
    if isinstance(a.value, Quantity) and isinstance(b.value, Quantity):
        return a.value.overlaps(b.value, tolerance)
    if isinstance(a.value, DateValue) and isinstance(b.value, DateValue):
        return a.value.compatible(b.value, int(tolerance))
    return True


def _frames_overlap(x: TimeFrame | None, y: TimeFrame | None) -> bool:
    return x is None or y is None or x.overlaps(y)


def _years_only(frame: TimeFrame | None) -> TimeFrame | None:
    """The frame without its wording: frames of the same years block together."""
    return None if frame is None else TimeFrame(frame.start, frame.end, "")


def _check_topic(topic: Topic, members: list[Claim],
                 frames: Mapping[str, TimeFrame | None]) -> tuple[Topic, list[Finding]]:
    articles = sorted({c.article for c in members})
    if len(articles) < 2:
        return replace(topic, status=TopicStatus.SINGLE_SOURCE), []

    # The topic's main time frame: the article frame that overlaps most of the others.
    # Articles are blocked by their frame's years first, so this costs frames², not
    # articles² (and a frame's wording never splits a block).
    frames = {a: frames.get(a) for a in articles}  # this topic's frames, looked up once
    by_years: dict[TimeFrame | None, list[str]] = defaultdict(list)
    years_of: dict[TimeFrame | None, TimeFrame | None] = {}  # each distinct frame made wordless once
    for article in articles:
        frame = frames[article]
        if frame not in years_of:
            years_of[frame] = _years_only(frame)
        by_years[years_of[frame]].append(article)

    def overlapping(years: TimeFrame | None) -> int:
        return sum(len(arts) for other, arts in by_years.items() if _frames_overlap(years, other))

    pivot = max(by_years, key=lambda y: (overlapping(y), max(by_years[y])))
    in_frame = {a for y, arts in by_years.items() if _frames_overlap(pivot, y) for a in arts}
    other_frame = tuple(c.id for c in members if c.article not in in_frame)

    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for claim in members:
        claims_of[claim.article].append(claim)
    compared = any(_frames_overlap(y, z) and (y != z or len(arts) > 1)
                   for y, arts in by_years.items() for z in by_years)
    conflicting: list[tuple[Claim, Claim]] = []
    if compared and not _all_compatible(members, topic.tolerance):
        conflicting = _conflicting_pairs(articles, claims_of, frames, topic.tolerance)

    if conflicting:
        status = TopicStatus.CONFLICT
    elif compared:
        status = TopicStatus.CONSISTENT
    else:
        status = TopicStatus.OTHER_TIME_FRAME
    topic = replace(topic, status=status, other_frame=other_frame)
    findings: list[Finding] = []
    if conflicting:
        findings.append(_conflict_finding(topic, members, conflicting, in_frame))
    elif status == TopicStatus.CONSISTENT:
        note = _different_bodies_note(topic, [c for c in members if c.article in in_frame])
        if note:
            findings.append(note)
    return topic, findings


# A conflict finding names the disagreeing pairs; past this many an editor has the picture,
# and a large topic is not searched any further (the scan stays near-linear).
_MAX_PAIRS_SHOWN = 20


def _conflicting_pairs(articles: list[str], claims_of: Mapping[str, list[Claim]],
                       frames: Mapping[str, TimeFrame | None],
                       tolerance: float) -> list[tuple[Claim, Claim]]:
    """The first _MAX_PAIRS_SHOWN conflicting article pairs, in article order.

    Two articles can only conflict if one states a value below everything the other
    allows, or above: an article whose lowest ceiling is under another's highest floor.
    Sorting articles by those bounds lists each article's possible partners directly, so
    a topic where almost everyone agrees costs n log n instead of n². Values without
    calendar bounds (a date with no year) fall back to trying every pair.
    """
    rank = {a: i for i, a in enumerate(articles)}
    intervals = {a: [_interval(c.value, tolerance) for c in claims_of[a]] for a in articles}
    if any(iv is None for ivs in intervals.values() for iv in ivs):
        def partners(article: str) -> Iterable[str]:
            return articles[rank[article] + 1:]
    else:
        floor = {a: max(lo for lo, _ in ivs) for a, ivs in intervals.items()}
        ceiling = {a: min(hi for _, hi in ivs) for a, ivs in intervals.items()}
        by_ceiling = sorted(articles, key=lambda a: ceiling[a])
        ceilings = [ceiling[a] for a in by_ceiling]
        by_floor = sorted(articles, key=lambda a: floor[a])
        floors = [floor[a] for a in by_floor]

        def partners(article: str) -> Iterable[str]:
            below = by_ceiling[:bisect.bisect_left(ceilings, floor[article])]
            above = by_floor[bisect.bisect_right(floors, ceiling[article]):]
            mine = rank[article]
            return sorted({b for b in below + above if rank[b] > mine}, key=rank.__getitem__)

    pairs: list[tuple[Claim, Claim]] = []
    for a_art in articles:
        for b_art in partners(a_art):
            if not _frames_overlap(frames.get(a_art), frames.get(b_art)):
                continue
            pair = _article_conflict(claims_of[a_art], claims_of[b_art], tolerance)
            if pair:
                pairs.append(pair)
                if len(pairs) >= _MAX_PAIRS_SHOWN:
                    return pairs
    return pairs


def _interval(value: Quantity | DateValue, tolerance: float) -> tuple[float, float] | None:
    """Bounds outside which no compatible value lies, or None when there are none to give
    (a date with no year, or an impossible one: only its components can be compared)."""
    if isinstance(value, Quantity):
        return value._widened(tolerance)
    if value.year is None:
        return None
    try:
        start, end = (dt.date.fromisoformat(iso) for iso in value.bounds())
    except ValueError:
        return None
    return start.toordinal() - tolerance, end.toordinal() + tolerance


def _all_compatible(claims: list[Claim], tolerance: float) -> bool:
    """Can every claim hold at once? For quantities, intervals that pairwise overlap share a
    point (Helly, in one dimension), so one pass over the widened bounds answers it."""
    if not all(isinstance(c.value, Quantity) for c in claims):
        return False  # dates: let the pairwise comparison decide
    lows, highs = zip(*(c.value._widened(tolerance) for c in claims))
    return max(lows) <= min(highs)


def _article_conflict(mine: list[Claim], theirs: list[Claim],
                      tolerance: float) -> tuple[Claim, Claim] | None:
    """Two articles conflict on a topic when one states a value the other rules out entirely.

    A claim counts only if it fits none of the other article's values, in both directions:
    an article that mentions two dates (two phases of a plan) does not conflict with one
    that mentions only one of them.
    """
    lonely_mine = [a for a in mine if not any(compatible(a, b, tolerance) for b in theirs)]
    lonely_theirs = [b for b in theirs if not any(compatible(a, b, tolerance) for a in mine)]
    if lonely_mine and lonely_theirs:
        return lonely_mine[0], lonely_theirs[0]
    return None


# ---------------------------------------------------------------- running tallies


def _check_tally(topic: Topic, members: list[Claim],
                 publications: Mapping[str, Publication]) -> tuple[Topic, list[Finding]]:
    """A running total (a death toll) may only grow with publication time.

    A later article with a LOWER figure than an earlier one is a conflict. Figures that
    differ but rise with time are an update (`evolving`, info). Where publication times are
    unknown or the same day, the order cannot be told, and the finding says so instead of
    guessing. Articles are swept in publication order, so a topic of n articles costs
    n log n, not n².
    """
    articles = sorted({c.article for c in members})
    if len(articles) < 2:
        return replace(topic, status=TopicStatus.SINGLE_SOURCE), []
    unknown_pub = Publication(None, None, "unknown")
    # Each article's publication, looked up once in the corpus-wide mapping: the sweep below
    # asks for it several times, and a dict of this topic's articles is cheaper to ask.
    mine = {a: publications.get(a, unknown_pub) for a in articles}

    def pub(article: str) -> Publication:
        return mine.get(article, unknown_pub)

    if _all_compatible(members, topic.tolerance):
        return replace(topic, status=TopicStatus.CONSISTENT), []

    # For each article: its highest lower bound (what it says at least) and its lowest upper
    # bound (what it says at most), widened by the topic's tolerance and "about".
    bounds = {c.id: c.value._widened(topic.tolerance) for c in members}
    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for claim in members:
        claims_of[claim.article].append(claim)
    strongest = {a: max(cs, key=lambda c: bounds[c.id][0]) for a, cs in claims_of.items()}
    weakest = {a: min(cs, key=lambda c: bounds[c.id][1]) for a, cs in claims_of.items()}
    known = sorted((a for a in articles if pub(a).known), key=lambda a: pub(a).latest)
    falling: list[tuple[Claim, Claim]] = []
    best: Claim | None = None  # the strongest claim among articles certainly published earlier
    released = 0
    for later in sorted(known, key=lambda a: pub(a).earliest):
        earliest = pub(later).earliest
        while released < len(known) and pub(known[released]).latest < earliest:
            candidate = strongest[known[released]]
            if best is None or bounds[candidate.id][0] > bounds[best.id][0]:
                best = candidate
            released += 1
        low = weakest[later]
        if best is not None and bounds[low.id][1] < bounds[best.id][0]:
            falling.append((best, low))
    if falling:
        topic = replace(topic, status=TopicStatus.CONFLICT)
        return topic, [_falling_finding(topic, falling, pub)]
    windows = sorted((pub(a).earliest, pub(a).latest) for a in known)
    same_time = any(b[0] <= a[1] for a, b in zip(windows, windows[1:]))
    topic = replace(topic, status=TopicStatus.EVOLVING)
    return topic, [_evolving_finding(topic, members, pub, same_time)]


def _when(claim: Claim, pub) -> str:
    return f"{claim.article}, published {pub(claim.article).describe()}"


def _falling_finding(topic: Topic, pairs: list[tuple[Claim, Claim]], pub) -> Finding:
    # The steepest fall first: that is the pair an editor checks.
    pairs.sort(key=lambda p: (p[1].value.max or 0) - (p[0].value.min or 0))
    earlier, later = pairs[0]
    message = (f"Running total of {topic.label} falls: {later.value.describe()} "
               f"({_where([later])}; {_when(later, pub)}) is lower than "
               f"{earlier.value.describe()} reported earlier ({_where([earlier])}; {_when(earlier, pub)}). "
               "A later report should not count fewer.")
    if len(pairs) > 1:
        message += f" {len(pairs) - 1} more later report(s) count fewer than an earlier one."
    message += _attribution_note([earlier, later])
    involved = {c.id: c for pair in pairs[:_MAX_PAIRS_SHOWN] for c in pair}
    return _finding("falling-tally", topic.severity, topic.id, involved.values(), message,
                    primary=later)


def _evolving_finding(topic: Topic, members: list[Claim], pub, unordered: bool) -> Finding:
    ordered = sorted(members, key=lambda c: (pub(c.article).earliest or dt.date.max, c.article,
                                             c.span.start))
    shown = _first_and_last(ordered, _MAX_STEPS_SHOWN)
    steps = "; ".join(f"{c.value.describe()} ({c.article}, {pub(c.article).describe()})"
                      if c is not None else f"… {len(ordered) - len(shown) + 1} more …"
                      for c in shown)
    unknown = sorted({c.article for c in members if not pub(c.article).known})
    message = f"Running total of {topic.label} changes across reports: {steps}."
    if unknown:
        listed = ", ".join(unknown[:_MAX_STEPS_SHOWN])
        if len(unknown) > _MAX_STEPS_SHOWN:
            listed += f" and {len(unknown) - _MAX_STEPS_SHOWN} more"
        message += (" Publication time unknown for " + listed
                    + ": cannot tell an update from a conflict there.")
    elif unordered:
        message += (" Some differing reports were published the same day: cannot tell an "
                    "update from a conflict between them.")
    else:
        message += " It only rises with publication time: an update, not a conflict."
    return _finding("evolving-tally", Severity.INFO, topic.id, [c for c in shown if c is not None],
                    message)


# An evolving tally lists its first and last reports; a long run in between is summarised.
_MAX_STEPS_SHOWN = 12


def _first_and_last(ordered: list[Claim], limit: int) -> list[Claim | None]:
    """All of `ordered` when short, else its first and last few with None for the gap."""
    if len(ordered) <= limit:
        return list(ordered)
    head = limit // 2
    return ordered[:head] + [None] + ordered[len(ordered) - (limit - head - 1):]


def _attribution_note(claims: Iterable[Claim]) -> str:
    """"7.4 per the Turkish authorities; 7.8 per the US institute": the evidence an editor
    needs when sources disagree because different bodies count differently."""
    by_value: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        if claim.attribution:
            by_value[claim.value.describe()].add(claim.attribution)
    if len(by_value) < 2:
        return ""
    parts = "; ".join(f"{value} according to {', '.join(sorted(bodies))}"
                      for value, bodies in sorted(by_value.items()))
    return f" Attributed: {parts} — different bodies may count differently."


# ---------------------------------------------------------------- one article, one fact


def _internal_conflicts(topic: Topic, members: list[Claim]) -> list[Finding]:
    """One article giving two incompatible figures for the same fact, unless each is
    attributed and to different bodies (the civil defence's count and the ministry's)."""
    if topic.id.endswith("follow-on"):
        return []  # "between 5 and 6" and "between 4 and 5": different aftershocks
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for claim in members:
        by_article[claim.article].append(claim)
    findings = []
    for article, claims in sorted(by_article.items()):
        for i, a in enumerate(claims):
            clash = next((b for b in claims[i + 1:] if not compatible(a, b, topic.tolerance)
                          and not (a.attribution and b.attribution
                                   and not same_source(a.attribution, b.attribution))), None)
            if clash is None:
                continue
            message = (f"{article} gives {topic.label} as {a.value.describe()} (line {a.span.line}: "
                       f"«{a.text.strip()}») and as {clash.value.describe()} (line {clash.span.line}: "
                       f"«{clash.text.strip()}»): the article contradicts itself.")
            message += _attribution_note([a, clash])
            findings.append(_finding("internal-conflict", topic.severity, topic.id, [a, clash],
                                     message))
            break
    return findings


def _value_groups(claims: list[Claim]) -> list[tuple[str, list[Claim]]]:
    groups: dict[str, list[Claim]] = {}
    for claim in claims:
        groups.setdefault(claim.value.describe(), []).append(claim)
    return sorted(groups.items(), key=lambda kv: (kv[1][0].article, kv[0]))


def _where(claims: list[Claim]) -> str:
    return ", ".join(f"{c.article} line {c.span.line}" for c in claims)


def _conflict_finding(topic: Topic, members: list[Claim], pairs: list[tuple[Claim, Claim]],
                      in_frame: set[str]) -> Finding:
    involved_ids = {c.id for pair in pairs for c in pair}
    involved = [c for c in members if c.id in involved_ids]
    groups = _value_groups(involved)
    parts = "; ".join(f"{value} ({_where(cs)})" for value, cs in groups)
    message = f"Sources disagree on {topic.label}: {parts}."
    bodies = sorted({c.subject for c in involved if c.subject})
    if len(bodies) > 1:
        message += " They count different bodies (" + ", ".join(bodies) + "), which may explain it."
    message += _attribution_note(involved)
    return _finding("cross-source-conflict", topic.severity, topic.id, involved, message)


def _different_bodies_note(topic: Topic, claims: list[Claim]) -> Finding | None:
    """Same figure, different bodies: 2500 as US forces here, as the whole coalition there."""
    by_subject: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.subject:
            by_subject[claim.subject].append(claim)
    if len(by_subject) < 2:
        return None
    values = {c.value.describe() for c in claims}
    parts = "; ".join(f"{subject}: {', '.join(sorted({c.article for c in cs}))}"
                      for subject, cs in sorted(by_subject.items()))
    message = (f"Sources agree on {topic.label} ({', '.join(sorted(values))}) but attribute the "
               f"figure to different bodies — {parts}. Check which body the figure belongs to.")
    involved = [c for cs in by_subject.values() for c in cs]
    return _finding("different-bodies", Severity.INFO, topic.id, involved, message)


# ---------------------------------------------------------------- inside one article


def _same_event(explicit: Claim, relative: Claim) -> bool:
    """Do two date claims of one article date the same event?

    The same stated weekday ("… الاربعاء …" in both) is strong evidence and needs only a
    couple of shared words (who, what) to confirm it. Without it, the event word and most
    of the sentence must agree.
    """
    same_weekday = (explicit.value.weekday is not None
                    and explicit.value.weekday == relative.value.weekday)
    if not same_weekday and (explicit.event is None or explicit.event != relative.event):
        return False  # neither clue: no need to read the sentences
    shared, jaccard = overlap(explicit.sentence, relative.sentence)
    if same_weekday:
        return shared >= 2
    return jaccard >= 0.35


def _date_text(date: dt.date) -> str:
    return f"{date.day} {MONTH_NAMES[date.month - 1]} {date.year}"


def _weekday(index: int) -> str:
    return WEEKDAY_NAMES[index].capitalize()


def _internal_date_findings(claims: list[Claim], topic_of: Mapping[str, str]) -> list[Finding]:
    findings: list[Finding] = []
    relatives = [c for c in claims if c.value.relative and c.part_of is None
                 and c.value.month is not None and c.value.day is not None]
    for claim in claims:
        value = claim.value
        date = value.as_date()
        if value.relative or date is None:
            continue
        weekday_wrong = value.weekday is not None and date.weekday() != value.weekday
        matches = [r for r in relatives if not claim.value.compatible(r.value) and _same_event(claim, r)]
        if matches:
            findings.append(_relative_mismatch(claim, date, matches[0], weekday_wrong, topic_of))
        elif weekday_wrong:
            findings.append(_weekday_mismatch(claim, date, topic_of))
    return findings


def _weekday_mismatch(claim: Claim, date: dt.date, topic_of: Mapping[str, str]) -> Finding:
    stated = claim.value.weekday
    # The nearest date that falls on the stated weekday (a typo in the day is the usual cause).
    shift = next(d for d in range(-3, 4) if (date + dt.timedelta(days=d)).weekday() == stated)
    nearest = date + dt.timedelta(days=shift)
    message = (f"«{claim.text.strip()}»: {_date_text(date)} was a {_weekday(date.weekday())}, "
               f"not a {_weekday(stated)}. The nearest {_weekday(stated)} is {_date_text(nearest)}.")
    return _finding("weekday-mismatch", Severity.ERROR, topic_of.get(claim.id), [claim], message,
                    nearest.isoformat())


def _relative_mismatch(claim: Claim, date: dt.date, relative: Claim, weekday_wrong: bool,
                       topic_of: Mapping[str, str]) -> Finding:
    rel = relative.value
    year = rel.year if rel.year is not None else date.year
    try:
        implied = dt.date(year, rel.month, rel.day)
    except ValueError:
        implied = None
    how = relative.note or "relative to the text"
    where = f"line {relative.span.line}: «{relative.text.strip()}»"
    message = f"«{claim.text.strip()}» dates this {_date_text(date)}"
    if weekday_wrong:
        message += (f", but {_date_text(date)} was a {_weekday(date.weekday())}, "
                    f"not a {_weekday(claim.value.weekday)}")
    message += f". The same article places the same event {how} ({where})"
    suggestion = None
    severity = Severity.WARNING
    if implied is not None:
        message += f": {_date_text(implied)}"
        stated = claim.value.weekday if claim.value.weekday is not None else rel.weekday
        if stated is not None and implied.weekday() == stated:
            message += f", which was a {_weekday(stated)}"
            suggestion, severity = implied.isoformat(), Severity.ERROR
        elif weekday_wrong:
            severity = Severity.ERROR
    message += "."
    if suggestion:
        message += f" The date was probably meant to be {suggestion}."
    return _finding("relative-date-mismatch", severity, topic_of.get(claim.id), [claim, relative],
                    message, suggestion, primary=claim)


# ---------------------------------------------------------------- shared


def _finding(check_id: str, severity: Severity, topic: str | None, claims: Iterable[Claim],
             message: str, suggestion: str | None = None, primary: Claim | None = None) -> Finding:
    """`primary` (the words that are wrong, for internal checks) leads; the rest in text order."""
    claims = sorted(claims, key=lambda c: (c is not primary, c.article, c.span.start))
    return Finding(id=fingerprint(check_id, topic, claims), check=check_id, severity=severity,
                   topic=topic, articles=tuple(sorted({c.article for c in claims})),
                   claims=tuple(c.id for c in claims), message=message, suggestion=suggestion)


def fingerprint(check_id: str, topic: str | None, claims: Iterable[Claim]) -> str:
    """Stable id for baselines: what disagrees and where, never line numbers or scan order.

    It changes when a value, the quoted words or an involved article changes. Rule topic ids
    are part of it (a desk renames a rule on purpose); automatic topic ids are not, because
    they are numbered by the clusters a scan happens to find, which other articles shift.
    """
    parts = sorted(f"{c.article}|{' '.join(c.words)}|{c.value.describe()}" for c in claims)
    topic_key = "" if topic is None or topic.startswith(AUTO_TOPIC_PREFIX) else topic
    digest = hashlib.sha1("\n".join([check_id, topic_key] + parts).encode("utf-8"))
    return digest.hexdigest()[:16]
