"""Time frames keep reports of different years apart, even when an article's own year is
unknown: it joins the frame the other articles make, and never links two that differ."""

from pathlib import Path

from factcheck.run.engine import read_rules, scan

ROOT = Path(__file__).resolve().parents[2]


def test_a_new_2021_report_does_not_contradict_the_2025_article_through_an_unknown_year(tmp_path):
    for article in (ROOT / "corpus").glob("*.txt"):
        (tmp_path / article.name).write_bytes(article.read_bytes())
    # Its only year is a plan («بحلول … 2021»): written before it, so in 2020–2021.
    (tmp_path / "005_new.txt").write_text(
        "أكد مسؤول عسكري أن القوات القتالية الأميركية ستنسحب من العراق بحلول 31 كانون الأول "
        "2021، وأن نحو 2500 عسكري سيبقون في مهام استشارية.\n", encoding="utf-8")
    rules, files = read_rules([ROOT / "rules"])
    report = scan([tmp_path], rules, files)
    new = next(e for e in report.articles if e.id == "005_new")
    assert report.time_frames[new.id].end == 2021
    errors = [f for f in report.findings if f.severity == "error"]
    assert [f.check for f in errors] == ["relative-date-mismatch"]  # the caption, and only it


def test_the_year_an_undated_article_is_written_in_beats_the_last_year_it_mentions(tmp_path):
    # «يوم الاثنين 20 أكتوبر» is a Monday in 2025, the archive's year; «سنة 2023» is a past
    # tender's: the article is of 2025, and its award day is compared with the others'
    award = "أعلنت وزارة الكهرباء، {when}، إرساء مناقصة محطة الرزازة للطاقة الشمسية.\n"
    for name, day in (("karbala", "2025-10-19"), ("almal", "2025-10-20")):
        (tmp_path / f"{name}.txt").write_text(
            f"---\npublished: {day}\n---\n" + award.format(when="يوم الأحد 19 أكتوبر"),
            encoding="utf-8")
    (tmp_path / "maghreb.txt").write_text(
        award.format(when="يوم الاثنين 20 أكتوبر")
        + "وتقل التعرفة عن تعرفة مناقصة سابقة سنة 2023.\n", encoding="utf-8")
    report = scan([tmp_path], [], [])
    frame = report.time_frames["maghreb"]
    assert (frame.start, frame.end) == (2025, 2025) and frame.basis.startswith("publication year")
    assert any(f.check == "cross-source-conflict" and f.severity != "info"
               and "Monday 2025-10-20 (maghreb" in f.message for f in report.findings)
