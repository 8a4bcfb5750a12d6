"""Report → one self-contained HTML page (`--format html`, `--html PATH`).

Everything is inline (CSS, a few lines of JavaScript, SVG), and a Content-Security-Policy
forbids the page any request, so it works offline and an article can't make it fetch
anything. The page is English, left to right; Arabic text is right to left in its own
elements (`dir="rtl" lang="ar"`), with locations and numbers kept left to right inside it,
and Arabic inside English sentences isolated with <bdi>.

- Findings first, each with its message, suggestion, and every claim it joins: the
  location (a link to the article file, relative to the report, with a text fragment that
  makes Chromium highlight the words) and the whole sentence with the quoted words marked.
  Every claim has an anchor, `#<article id>:<line>:<col>`.
- Then each compared topic: its claims, and a timeline of their values against the
  articles' publication dates (SVG). A running tally reads as a rising line; a conflict as
  values that do not line up; consistent claims as one level.
- A scan of several stories: a table of the stories at the top (the most serious first;
  those without findings folded under one line), and the findings in a section per
  story with its label, id and articles. Topics name their story.
- Filters by severity, check, topic and (with several stories) story.

Deterministic: no timestamps, everything sorted as in the other formats.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from factcheck.model import Article, Claim, DateValue, Finding, Quantity, Report, Topic, TopicStatus
from factcheck.report.base import RenderContext
from factcheck.report.json_report import claim_sort_key, finding_sort_key
from factcheck.report.stories import StoryView, grouped, story_views
from factcheck.report.text import (FSI, PDI, describe_value, display_label, escape_controls,
                                   finding_message, gate_lines, has_rtl, isolate_arabic)

STATUS_ORDER = {status: rank for rank, status in enumerate(
    (TopicStatus.CONFLICT, TopicStatus.EVOLVING, TopicStatus.CONSISTENT,
     TopicStatus.OTHER_TIME_FRAME, TopicStatus.SINGLE_SOURCE))}
SEVERITIES = ("error", "warning", "info")

# --------------------------------------------------------------------------- text


def _esc(text: str) -> str:
    return html.escape(escape_controls(text), quote=True)


def _mixed(text: str) -> str:
    """English with Arabic in it: each Arabic run a <bdi> (direction from its first letter)."""
    marked = isolate_arabic(escape_controls(text))
    return (html.escape(marked, quote=True)
            .replace(FSI, '<bdi lang="ar">').replace(PDI, "</bdi>"))


def _arabic(text: str, tag: str = "span", cls: str = "") -> str:
    """Text from an article: right to left when it holds Arabic."""
    attrs = f' class="{cls}"' if cls else ""
    if has_rtl(text):
        attrs += ' dir="rtl" lang="ar"'
    else:
        attrs += ' dir="auto"'
    return f"<{tag}{attrs}>{_esc(text)}</{tag}>"


def _ltr(text: str, cls: str = "") -> str:
    """A location or a number: an island that stays left to right wherever it sits."""
    attrs = f' class="{cls}"' if cls else ""
    return f'<bdi dir="ltr"{attrs}>{_esc(text)}</bdi>'


# --------------------------------------------------------------------------- links


def _article_href(article_path: str, output: Path | None) -> str:
    """A link to the article file: relative to the report's folder when it can be, else
    an absolute file:// URI."""
    return _href(article_path, output, os.getcwd())


@lru_cache(maxsize=1 << 16)  # every claim of an article links to the same file
def _href(article_path: str, output: Path | None, cwd: str) -> str:
    path = Path(article_path)
    absolute = path if path.is_absolute() else Path(cwd) / path
    base = (output.parent if output is not None else Path.cwd())
    try:
        relative = os.path.relpath(absolute, base.resolve() if base.exists() else base)
    except ValueError:  # another drive
        return absolute.as_uri()
    if relative.startswith(".." + os.sep + ".." + os.sep + ".." + os.sep):
        return absolute.resolve().as_uri()
    return quote(Path(relative).as_posix(), safe="/")


def _claim_anchor(claim: Claim) -> str:
    return f"{claim.article}:{claim.span.line}:{claim.span.column}"


def _claim_href(claim: Claim, article: Article | None, output: Path | None) -> str:
    path = article.path if article is not None else claim.article
    # A text fragment: Chromium scrolls to the quoted words and highlights them.
    words = " ".join(claim.text.split())
    return f"{_article_href(path, output)}#:~:text={quote(words, safe='')}"


def _location(claim: Claim, articles: dict[str, Article]) -> str:
    article = articles.get(claim.article)
    path = article.path if article is not None else claim.article
    return f"{path}:{claim.span.line}:{claim.span.column}"


# --------------------------------------------------------------------------- claims


def _sentence(claim: Claim) -> tuple[str, str, str]:
    sentence, text = claim.sentence or "", claim.text
    at = claim.sentence_offset
    if at is None or sentence[at:at + len(text)] != text:
        at = sentence.find(text) if text else -1
    if at < 0:
        return "", text, ""
    return sentence[:at], text, sentence[at + len(text):]


def _quote_html(claim: Claim) -> str:
    """The claim's whole sentence, its own words marked: runs of whitespace (hard wraps)
    read as one space, and a space beside the marked words only where the article has one
    («و6», «/2015/11/28/» stay joined)."""
    before, words, after = _sentence(claim)
    joined = before + words + after
    direction = 'dir="rtl" lang="ar"' if has_rtl(joined) else 'dir="auto"'
    sep_before = " " if before.strip() and before[-1:].isspace() else ""
    sep_after = " " if after.strip() and after[:1].isspace() else ""
    before, words, after = (" ".join(part.split()) for part in (before, words, after))
    return (f'<q class="sentence" {direction}>{_esc(before)}{sep_before}'
            f"<mark>{_esc(words)}</mark>{sep_after}{_esc(after)}</q>")


def _claim_item(claim: Claim, articles: dict[str, Article], output: Path | None,
                other_frame: bool = False) -> str:
    article = articles.get(claim.article)
    note = ' <span class="note">(other time frame: not compared)</span>' if other_frame else ""
    return (f'<li class="claim" data-claim="{_esc(claim.id)}">'
            f'<a class="loc" href="{_esc(_claim_href(claim, article, output))}" '
            f'title="open the article">{_ltr(_location(claim, articles))}</a> '
            f'<span class="value">{_ltr(describe_value(claim.value))}</span>{note}'
            f"<br>{_quote_html(claim)}</li>")


# --------------------------------------------------------------------------- findings


def _finding(f: Finding, claims: dict[str, Claim], articles: dict[str, Article],
             topics: dict[str, Topic], output: Path | None, story: str = "") -> str:
    involved = [claims[c] for c in dict.fromkeys(f.claims) if c in claims]
    missing = [c for c in dict.fromkeys(f.claims) if c not in claims]
    where = (_location(involved[0], articles) if involved else
             ", ".join(articles[a].path if a in articles else a for a in f.articles))
    topic = topics.get(f.topic or "")
    message = finding_message(f.message, topic, claims)
    parts = [
        f'<article class="finding sev-{_esc(f.severity)}" id="finding-{_esc(f.id)}" '
        f'data-severity="{_esc(f.severity)}" data-check="{_esc(f.check)}" '
        f'data-topic="{_esc(f.topic or "")}"'
        + (f' data-story="{_esc(story)}">' if story else ">"),
        f'<h3><span class="badge {_esc(f.severity)}">{_esc(f.severity.upper())}</span> '
        f'<span class="check">{_esc(f.check)}</span> {_ltr(where, "where")}</h3>',
        f'<p class="message" dir="ltr">{_mixed(message)}</p>',
    ]
    if f.suggestion:
        parts.append(f'<p class="suggestion">suggestion: {_mixed(f.suggestion)}</p>')
    if topic is not None:
        parts.append(f'<p class="about">topic: <a href="#topic-{_esc(topic.id)}">'
                     f"{_mixed(display_label(topic, claims))}</a></p>")
    parts.append('<ul class="claims">')
    parts += [_claim_item(c, articles, output) for c in involved]
    parts += [f'<li class="claim missing">{_esc(c)} (claim not in report)</li>' for c in missing]
    parts.append("</ul></article>")
    return "\n".join(parts)


# --------------------------------------------------------------------------- timelines

PLOT_W, PLOT_H = 560, 170
LEFT, RIGHT, TOP, BOTTOM = 78, 92, 14, 30  # margins: y labels left, "date unknown" right
STATUS_COLOUR = {TopicStatus.CONFLICT: "#c62828", TopicStatus.EVOLVING: "#00838f",
                 TopicStatus.CONSISTENT: "#2e7d32", TopicStatus.OTHER_TIME_FRAME: "#9e7700",
                 TopicStatus.SINGLE_SOURCE: "#666"}


def _bounds(value: Quantity | DateValue) -> tuple[float, float, bool] | None:
    """(low, high, open above) of a value on the y axis: numbers, or dates as day numbers.
    None for what has no place on it (a date without its year)."""
    if isinstance(value, Quantity):
        lo, hi = value.min, value.max
        if lo is None and hi is None:
            return None
        if lo is None:
            return float(hi), float(hi), False
        if hi is None:
            return float(lo), float(lo), True
        return float(lo), float(hi), False
    start, end = value.bounds()
    try:
        return (float(dt.date.fromisoformat(start).toordinal()),
                float(dt.date.fromisoformat(end).toordinal()), False)
    except ValueError:
        return None


def _y_label(y: float, kind: str, log: bool = False) -> str:
    if log:
        y = 10 ** y
    if kind == "date":
        return dt.date.fromordinal(int(round(y))).isoformat()
    if abs(y) >= 100 or float(y).is_integer():  # 100,000 (a log scale's 1e+05 is no reading)
        return f"{round(y):,}"
    return f"{y:.4g}"


def _timeline(topic: Topic, claims: dict[str, Claim], articles: dict[str, Article],
              publications: dict[str, Any]) -> str:
    """Values against publication time: x = the article's publication day (the middle of
    its window; a column on the right for articles whose date is unknown), y = the value
    or interval. Evolving tallies joined by a line in time order; consistent topics drawn
    on their common level; conflicting values each on its own dashed level."""
    members = sorted((claims[i] for i in (*topic.claims, *topic.other_frame) if i in claims),
                     key=claim_sort_key)
    points = []
    unplotted = 0
    for claim in members:
        bounds = _bounds(claim.value)
        if bounds is None:
            unplotted += 1
            continue
        pub = publications.get(claim.article)
        day = None
        if pub is not None and getattr(pub, "known", False):
            day = (pub.earliest.toordinal() + pub.latest.toordinal()) / 2
        points.append((day, bounds, claim))
    colour = STATUS_COLOUR.get(topic.status, "#555")
    width, height = PLOT_W, PLOT_H
    inner_w, inner_h = width - LEFT - RIGHT, height - TOP - BOTTOM
    label = (f"Timeline of {len(points)} claims of topic {topic.id} ({topic.status}); "
             f"x: publication date, y: value")
    out = [f'<svg class="timeline status-{_esc(topic.status)}" role="img" '
           f'aria-label="{_esc(label)}" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
           f'<rect x="{LEFT}" y="{TOP}" width="{inner_w}" height="{inner_h}" class="plot"/>']
    if not points:
        out.append(f'<text x="{LEFT + 8}" y="{TOP + 20}" class="axis">no value to plot '
                   f"({unplotted} without a year)</text></svg>")
        return "".join(out)
    ys = [v for _, (lo, hi, _o), _ in points for v in (lo, hi)]
    # Figures an order of magnitude and more apart (a toll of 10 and one of 221,854) on a
    # log scale, or the small ones would all sit on the bottom line.
    log = topic.kind == "quantity" and min(ys) > 0 and max(ys) / min(ys) >= 50
    if log:
        points = [(d, (math.log10(lo), math.log10(hi), o), c) for d, (lo, hi, o), c in points]
        ys = [math.log10(v) for v in ys]
    y_lo, y_hi = min(ys), max(ys)
    pad = (y_hi - y_lo) * 0.12 or max(abs(y_hi) * 0.1, 1.0)
    y_lo, y_hi = y_lo - pad, y_hi + pad
    days = [d for d, _, _ in points if d is not None]
    x_lo, x_hi = (min(days), max(days)) if days else (0.0, 1.0)
    if x_hi - x_lo < 2:
        x_lo, x_hi = x_lo - 1, x_hi + 1
    undated_x = LEFT + inner_w + RIGHT / 2

    def x_of(day: float | None, n: int) -> float:
        if day is None:  # spread the undated claims a little, so they don't hide each other
            return undated_x - 14 + (n % 5) * 7
        return LEFT + (day - x_lo) / (x_hi - x_lo) * inner_w

    def y_of(v: float) -> float:
        return TOP + inner_h - (v - y_lo) / (y_hi - y_lo) * inner_h

    # Axes: the value range on the left, the dates below, the undated column on the right.
    out.append(f'<text x="{LEFT - 6}" y="{y_of(y_hi - pad) + 4:.1f}" class="axis" '
               f'text-anchor="end">{_esc(_y_label(y_hi - pad, topic.kind, log))}</text>')
    if y_hi - pad != y_lo + pad:
        out.append(f'<text x="{LEFT - 6}" y="{y_of(y_lo + pad) + 4:.1f}" class="axis" '
                   f'text-anchor="end">{_esc(_y_label(y_lo + pad, topic.kind, log))}</text>')
    if days:
        first, last = dt.date.fromordinal(int(min(days))), dt.date.fromordinal(int(max(days)))
        out.append(f'<text x="{x_of(min(days), 0):.1f}" y="{height - 10}" class="axis" '
                   f'text-anchor="start">{first.isoformat()}</text>')
        if last != first:
            out.append(f'<text x="{x_of(max(days), 0):.1f}" y="{height - 10}" class="axis" '
                       f'text-anchor="end">{last.isoformat()}</text>')
    else:
        out.append(f'<text x="{LEFT + 8}" y="{height - 10}" class="axis">'
                   "no publication dates known</text>")
    if any(d is None for d, _, _ in points):
        out.append(f'<text x="{undated_x:.1f}" y="{height - 10}" class="axis" '
                   'text-anchor="middle">date unknown</text>')
        out.append(f'<line x1="{LEFT + inner_w + 4}" y1="{TOP}" x2="{LEFT + inner_w + 4}" '
                   f'y2="{TOP + inner_h}" class="divider"/>')
    # Levels: each distinct value of a conflict as a dashed line across the plot.
    if topic.status == TopicStatus.CONFLICT:
        for level in sorted({(lo + hi) / 2 for _, (lo, hi, _o), _ in points}):
            out.append(f'<line x1="{LEFT}" x2="{LEFT + inner_w}" y1="{y_of(level):.1f}" '
                       f'y2="{y_of(level):.1f}" class="level" stroke="{colour}"/>')
    # A running tally: its claims joined in publication order.
    if topic.status == TopicStatus.EVOLVING:
        dated = sorted(((d, (lo + hi) / 2) for d, (lo, hi, _o), _ in points if d is not None))
        if len(dated) > 1:
            path = " ".join(f"{x_of(d, 0):.1f},{y_of(v):.1f}" for d, v in dated)
            out.append(f'<polyline points="{path}" class="trend" stroke="{colour}"/>')
    for n, (day, (lo, hi, open_above), claim) in enumerate(points):
        x = x_of(day, n)
        title = (f"{_location(claim, articles)}: {describe_value(claim.value)} "
                 f"«{' '.join(claim.text.split())}»")
        out.append(f'<a href="#{_esc(_claim_anchor(claim))}"><g class="point">'
                   f"<title>{_esc(title)}</title>")
        if hi != lo:
            out.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y_of(lo):.1f}" y2="{y_of(hi):.1f}" '
                       f'stroke="{colour}" class="interval"/>')
        if open_above:
            out.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y_of(lo):.1f}" y2="{TOP}" '
                       f'stroke="{colour}" class="open"/>')
        faded = " faded" if claim.id in topic.other_frame else ""
        out.append(f'<circle cx="{x:.1f}" cy="{y_of((lo + hi) / 2):.1f}" r="4.5" '
                   f'fill="{colour}" class="dot{faded}"/></g></a>')
    out.append("</svg>")
    out.append(f'<p class="legend">{_legend(topic, points, log)}</p>')
    if unplotted:
        out.append(f'<p class="note">{unplotted} claim{"" if unplotted == 1 else "s"} '
                   "without a year not plotted</p>")
    return "".join(out)


LEGEND = {
    TopicStatus.CONFLICT: "each dashed line is a value the articles give: they cannot all hold",
    TopicStatus.EVOLVING: "the line joins the running total in publication order: it only rises",
    TopicStatus.CONSISTENT: "the values agree",
    TopicStatus.OTHER_TIME_FRAME: "claims from articles about another time: never compared",
    TopicStatus.SINGLE_SOURCE: "one article: nothing to compare",
}


def _legend(topic: Topic, points: list, log: bool = False) -> str:
    """What the timeline shows, in words: its axes, the status's drawing, the undated column."""
    parts = ["x: publication date",
             "y: " + ("date" if topic.kind == "date" else "value" + (" (log scale)" if log else "")),
             LEGEND.get(topic.status, "")]
    undated = sum(1 for day, _, _ in points if day is None)
    if undated:
        parts.append(f"{undated} from articles with no known publication date on the right")
    return _esc(" · ".join(p for p in parts if p))


def _topic(t: Topic, claims: dict[str, Claim], articles: dict[str, Article],
           publications: dict[str, Any], output: Path | None,
           story: StoryView | None = None) -> str:
    members = sorted((claims[i] for i in {*t.claims, *t.other_frame} if i in claims),
                     key=claim_sort_key)
    other = set(t.other_frame)
    source = "automatic" if t.source == "auto" else f"rule {t.source}"
    items = []
    for claim in members:
        items.append(_claim_item(claim, articles, output, claim.id in other)
                     .replace('<li class="claim"', f'<li class="claim" id="{_esc(_claim_anchor(claim))}"', 1))
    in_story, story_attr = "", ""
    if story is not None:
        target = f"story-{story.story.id}" if story.findings else "stories"
        in_story = (f' · story <a href="#{_esc(target)}">{_story_label(story)}</a>')
        story_attr = f' data-story="{_esc(story.story.id)}"'
    return "\n".join([
        f'<section class="topic status-{_esc(t.status)}" id="topic-{_esc(t.id)}" '
        f'data-topic="{_esc(t.id)}" data-status="{_esc(t.status)}"{story_attr}>',
        f'<h3><span class="status {_esc(t.status)}">{_esc(t.status.upper())}</span> '
        f"{_mixed(display_label(t, claims))}</h3>",
        f'<p class="about">{_ltr(t.id)} · {_esc(source)} · {len(members)} claims{in_story}</p>',
        _timeline(t, claims, articles, publications),
        '<ul class="claims">', *items, "</ul></section>"])


# --------------------------------------------------------------------------- stories

ARTICLES_OPEN = 8  # a story's article list is shown open up to this many articles


def _story_label(view: StoryView) -> str:
    """The label, right to left, isolated wherever it sits."""
    if not view.story.id:
        return "not in any story"
    return _arabic(view.story.label or view.story.id, "bdi", "story-label")


def _story_counts(view: StoryView) -> str:
    counts = view.counts
    return " ".join(f'<span class="badge {s}">{counts[s]:,} {s}</span>'
                    for s in SEVERITIES if counts[s])


def _story_table(views: list[StoryView]) -> str:
    """The stories at the top of the page: those with findings, each linked to its section,
    the most serious first; the quiet ones folded under one line."""
    loud = [v for v in views if v.findings]
    quiet = [v for v in views if not v.findings]
    parts = [f'<section id="stories"><h2>Stories <span class="count">{len(views)}</span></h2>']
    if loud:
        parts.append('<ol class="stories">')
        parts += [f'<li data-story="{_esc(v.story.id)}"><a href="#story-{_esc(v.story.id)}">'
                  f"{_story_label(v)}</a> {_ltr(v.story.id, 'story-id')} · "
                  f"{_plural(len(v.story.articles), 'article')} · {_story_counts(v)}</li>"
                  for v in loud]
        parts.append("</ol>")
    if quiet:
        parts.append(f'<details class="quiet"><summary>{_plural(len(quiet), "story", "stories")}'
                     " without findings</summary>"
                     '<ul class="stories">')
        parts += [f'<li data-story="{_esc(v.story.id)}">{_story_label(v)} '
                  f"{_ltr(v.story.id, 'story-id')} · "
                  f"{_plural(len(v.story.articles), 'article')}</li>" for v in quiet]
        parts.append("</ul></details>")
    parts.append("</section>")
    return "\n".join(parts)


def _story_section(view: StoryView, claims: dict[str, Claim], articles: dict[str, Article],
                   topics: dict[str, Topic], output: Path | None) -> str:
    """A story's findings under its label, id and articles."""
    story = view.story
    members = [articles[a] for a in story.articles if a in articles]
    items = "".join(
        f'<li><a class="loc" href="{_esc(_article_href(a.path, output))}">{_ltr(a.path)}</a> '
        f"{_arabic(a.title, 'span', 'title') if a.title else ''}</li>" for a in members)
    open_ = " open" if len(members) <= ARTICLES_OPEN else ""
    ident = f" {_ltr(story.id, 'story-id')}" if story.id else ""
    parts = [
        f'<section class="story" id="story-{_esc(story.id)}" data-story="{_esc(story.id)}">',
        f'<h3 class="story-title"><span class="story-tag">STORY</span> {_story_label(view)}'
        f"{ident}</h3>",
        f'<p class="about">{_plural(len(story.articles), "article")} · '
        f"{_plural(len(view.findings), 'finding')} {_story_counts(view)}</p>",
    ]
    if members:
        parts.append(f'<details class="story-articles"{open_}><summary>articles</summary>'
                     f'<ul class="articles">{items}</ul></details>')
    parts += [_finding(f, claims, articles, topics, output, story.id) for f in view.findings]
    parts.append("</section>")
    return "\n".join(parts)


# --------------------------------------------------------------------------- page


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (plural or word + 's')}"


def _summary(report: Report) -> dict[str, int]:
    counts = {s: 0 for s in SEVERITIES}
    for f in report.findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    return counts


def _shown_topics(report: Report, finding_topics: set[str], show_all: bool) -> list[Topic]:
    """Topics worth a timeline: every compared topic, and any a finding names; the
    single-source automatic ones only with --all (a large corpus has thousands)."""
    shown = [t for t in report.topics
             if show_all or t.id in finding_topics
             or not (t.source == "auto" and t.status == TopicStatus.SINGLE_SOURCE)]
    return sorted(shown, key=lambda t: (STATUS_ORDER.get(t.status, 9), t.source == "auto", t.id))


def render_html(report: Report, ctx: RenderContext) -> str:
    claims = {c.id: c for c in report.claims}
    articles = {a.id: a for a in report.articles}
    topics = {t.id: t for t in report.topics}
    findings = sorted(report.findings, key=finding_sort_key)
    counts = _summary(report)
    shown = _shown_topics(report, {f.topic for f in findings if f.topic}, ctx.show_all)
    checks = sorted({f.check for f in findings})
    topic_options = "".join(f'<option value="{_esc(t.id)}">{_esc(display_label(t, claims))}</option>'
                            for t in shown)
    several = grouped(report)
    views = story_views(report) if several else []
    stories_part = f"{_plural(len(report.stories), 'story', 'stories')}, " if several else ""
    head = (f"{_plural(len(report.articles), 'article')}, {stories_part}"
            f"{_plural(len(report.claims), 'claim')}, "
            f"{_plural(len(report.topics), 'topic')} · {_plural(counts['error'], 'error')}, "
            f"{_plural(counts['warning'], 'warning')}, {counts['info']:,} info")
    if report.input_errors:
        head += f" · {_plural(len(report.input_errors), 'input error')}"
    body = [
        "<!DOCTYPE html>",
        '<html lang="en" dir="ltr"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>factcheck report: {head}</title>",
        f"<style>{CSS}</style></head><body>",
        f'<header><h1>factcheck report</h1><p class="summary">{_esc(head)}</p>'
        f'<p class="tool">factcheck {_esc(ctx.tool_version)}</p></header>',
        '<nav class="filters" aria-label="filters">',
        "".join(f'<label><input type="checkbox" class="sev" value="{s}" checked> '
                f'<span class="badge {s}">{s}</span> {counts[s]}</label>' for s in SEVERITIES),
        '<label>check <select id="check"><option value="">all</option>'
        + "".join(f'<option value="{_esc(c)}">{_esc(c)}</option>' for c in checks)
        + "</select></label>",
        f'<label>topic <select id="topic"><option value="">all</option>{topic_options}'
        "</select></label>",
    ]
    if several:
        story_options = "".join(f'<option value="{_esc(v.story.id)}">{_esc(v.story.label)} '
                                f"({_esc(v.story.id)})</option>"
                                for v in views if v.story.id and (v.findings or v.topics))
        body.append(f'<label>story <select id="story"><option value="">all</option>'
                    f"{story_options}</select></label>")
    body += [
        "</nav>",
        "<main>",
    ]
    if several:
        body.append(_story_table([v for v in views if v.story.id]))
    body.append(f'<section id="findings"><h2>Findings <span class="count">{len(findings)}</span></h2>')
    if not findings:
        body.append('<p class="empty">No findings.</p>')
    if several:
        body += [_story_section(v, claims, articles, topics, ctx.output)
                 for v in views if v.findings]
    else:
        body += [_finding(f, claims, articles, topics, ctx.output) for f in findings]
    body.append("</section>")
    if report.input_errors:
        body.append('<section id="input-errors"><h2>Input errors</h2><ul>')
        body += [f"<li>{_ltr(e.path)}: {_mixed(e.message)}</li>"
                 for e in sorted(report.input_errors, key=lambda e: (e.path, e.message))]
        body.append("</ul></section>")
    body.append(f'<section id="topics"><h2>Topics <span class="count">{len(shown)}</span></h2>')
    hidden = len(report.topics) - len(shown)
    if hidden:
        body.append(f'<p class="note">{hidden:,} single-source automatic topics not shown '
                    "(--all shows them).</p>")
    view_of = {v.story.id: v for v in views}
    body += [_topic(t, claims, articles, report.publications, ctx.output, view_of.get(t.story))
             for t in shown]
    body.append("</section></main>")
    gate = _gate_lines(ctx)
    if gate:
        body.append('<footer><ul>' + "".join(f"<li>{_esc(line)}</li>" for line in gate)
                    + "</ul></footer>")
    body.append(f"<script>{SCRIPT}</script></body></html>\n")
    return "\n".join(body)


def _gate_lines(ctx: RenderContext) -> list[str]:
    return gate_lines(ctx.gate)


CSS = """
:root{--fg:#1b1b1b;--muted:#5f6368;--line:#dadce0;--bg:#fff;--mark:#fff2a8}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans Arabic","DejaVu Sans",sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:1100px;padding:0 20px 40px}
header{border-bottom:1px solid var(--line);margin-bottom:8px}
h1{font-size:22px;margin:18px 0 2px}h2{font-size:18px;margin:26px 0 8px}h3{font-size:15px;margin:0 0 4px;font-weight:600}
.summary{margin:2px 0;font-weight:600}.tool,.about,.note{color:var(--muted);font-size:13px;margin:2px 0}
.filters{position:sticky;top:0;background:var(--bg);padding:8px 0;border-bottom:1px solid var(--line);display:flex;gap:16px;flex-wrap:wrap;align-items:center;z-index:1}
.badge,.status{display:inline-block;border-radius:3px;padding:0 6px;font-size:12px;font-weight:700;color:#fff;letter-spacing:.03em}
.badge.error,.status.conflict{background:#c62828}.badge.warning{background:#b26a00}.badge.info,.status.evolving{background:#00838f}
.status.consistent{background:#2e7d32}.status.other-time-frame{background:#9e7700}.status.single-source{background:#757575}
.count{color:var(--muted);font-weight:400}
.finding,.topic{border:1px solid var(--line);border-left:4px solid var(--line);border-radius:4px;padding:10px 14px;margin:10px 0}
.finding.sev-error{border-left-color:#c62828}.finding.sev-warning{border-left-color:#b26a00}.finding.sev-info{border-left-color:#00838f}
.topic.status-conflict{border-left-color:#c62828}.topic.status-evolving{border-left-color:#00838f}.topic.status-consistent{border-left-color:#2e7d32}
.check{font-family:ui-monospace,monospace;font-size:13px}.where{font-family:ui-monospace,monospace;font-size:12px;color:var(--muted);font-weight:400}
.message{margin:6px 0}.suggestion{margin:4px 0;font-style:italic}
ul.claims{list-style:none;padding:0;margin:6px 0 0}
.claim{padding:6px 0;border-top:1px dashed var(--line)}
.claim:target{background:#fff8d6}
.loc{font-family:ui-monospace,monospace;font-size:12px;color:#1a5fb4;text-decoration:none;white-space:nowrap}
.where{white-space:nowrap}.legend{color:var(--muted);font-size:12px;margin:0 0 4px}.loc:hover{text-decoration:underline}
.value{font-weight:600;margin-inline-start:8px}
q.sentence{display:block;quotes:none;font-size:17px;line-height:1.8;margin:2px 0 0;font-family:"Noto Naskh Arabic","Noto Sans Arabic","DejaVu Sans",system-ui,sans-serif}
q.sentence[dir=rtl]{text-align:right}
mark{background:var(--mark);padding:0 2px;border-radius:2px;font-weight:600}
.note{font-style:italic}
svg.timeline{display:block;max-width:100%;height:auto;margin:6px 0}
svg .plot{fill:#fafafa;stroke:var(--line)}svg .axis{font-size:11px;fill:var(--muted)}
svg .level{stroke-dasharray:4 4;stroke-width:1;opacity:.55}svg .trend{fill:none;stroke-width:2}
svg .interval,svg .open{stroke-width:3;opacity:.6}svg .open{stroke-dasharray:2 3}
svg .divider{stroke:var(--line);stroke-dasharray:3 3}svg .dot{stroke:#fff;stroke-width:1.5}svg .dot.faded{opacity:.35}
.story{border-top:2px solid var(--line);margin:18px 0 6px;padding-top:6px}
.story-title{font-size:16px}.story-tag{display:inline-block;border-radius:3px;padding:0 6px;font-size:12px;font-weight:700;color:#fff;background:#6a1b9a;letter-spacing:.03em}
.story-label{font-family:"Noto Naskh Arabic","Noto Sans Arabic","DejaVu Sans",system-ui,sans-serif;font-size:17px}
.story-id{font-family:ui-monospace,monospace;font-size:12px;color:var(--muted);font-weight:400}
ol.stories,ul.stories{margin:4px 0;padding-inline-start:22px}ol.stories li,ul.stories li{margin:2px 0}
ul.articles{list-style:none;padding:0;margin:4px 0}.story-articles summary,.quiet summary{cursor:pointer;color:var(--muted);font-size:13px}
.hidden{display:none}
footer{margin-top:24px;color:var(--muted);font-size:13px}
"""

# Filters: a finding shows when its severity is ticked and it matches the chosen check
# and topic; a topic shows when it is the chosen one (or none is chosen) of the chosen
# story; a story's section when it is the chosen story. A link can carry them:
# report.html?severity=error,warning&check=…&topic=…&story=… opens filtered.
SCRIPT = """
(function(){
  var sev=[].slice.call(document.querySelectorAll('input.sev'));
  var check=document.getElementById('check'), topic=document.getElementById('topic');
  var story=document.getElementById('story')||{value:'',addEventListener:function(){}};
  function apply(){
    var on={}; sev.forEach(function(b){on[b.value]=b.checked;});
    [].forEach.call(document.querySelectorAll('.finding'),function(f){
      var show=on[f.dataset.severity]!==false&&(!check.value||f.dataset.check===check.value)
        &&(!topic.value||f.dataset.topic===topic.value);
      f.classList.toggle('hidden',!show);
    });
    [].forEach.call(document.querySelectorAll('.topic'),function(t){
      t.classList.toggle('hidden',(!!topic.value&&t.dataset.topic!==topic.value)
        ||(!!story.value&&t.dataset.story!==story.value));
    });
    [].forEach.call(document.querySelectorAll('section.story'),function(s){
      s.classList.toggle('hidden',!!story.value&&s.dataset.story!==story.value);
    });
  }
  var query=new URLSearchParams(location.search);
  if(query.has('severity')){var want=query.get('severity').split(',');
    sev.forEach(function(b){b.checked=want.indexOf(b.value)>=0;});}
  if(query.has('check')){check.value=query.get('check');}
  if(query.has('topic')){topic.value=query.get('topic');}
  if(query.has('story')){story.value=query.get('story');}
  sev.forEach(function(b){b.addEventListener('change',apply);});
  check.addEventListener('change',apply); topic.addEventListener('change',apply);
  story.addEventListener('change',apply);
  apply();
})();
"""


class HtmlRenderer:
    """`--format html`: one self-contained page, for reading in a browser."""

    name = "html"
    human_readable = True
    description = "one self-contained HTML page (timelines, filters)"
    suffix = ".html"

    def render(self, report: Report, out: TextIO, ctx: RenderContext) -> None:
        out.write(render_html(report, ctx))


RENDERER = HtmlRenderer()

