"""What the check tests share: tiny corpora written for a test, scanned with no rules."""

from factcheck.run.engine import scan


def report_of(tmp_path, **articles: str):
    for name, text in articles.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    report = scan([tmp_path], [], [])
    assert not report.input_errors
    return report


def article(body: str, published: str | None = None) -> str:
    if published is None:
        return body + "\n"
    return f"---\npublished: {published}\n---\n{body}\n"


def topic_of(report, article_id: str, measure: str):
    """The topic holding `article_id`'s figure for `measure`."""
    claims = {c.id: c for c in report.claims}
    found = [t for t in report.topics
             if any(claims[i].article == article_id and claims[i].measure == measure
                    for i in t.claims)]
    assert len(found) == 1, [t.id for t in report.topics]
    return found[0]


def findings(report, check: str):
    return [f for f in report.findings if f.check == check]


def serious(report):
    return [f for f in report.findings if f.severity in ("warning", "error")]


def folders(tmp_path, *names: str):
    """One empty folder per name under tmp_path: a corpus each, for tests that scan the same
    text twice with one figure changed («right», «wrong»)."""
    made = [tmp_path / name for name in names]
    for folder in made:
        folder.mkdir()
    return made
