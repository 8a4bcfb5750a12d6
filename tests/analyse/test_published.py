"""When each article was published (published.py): stated, inferred from its text, or unknown.

Each test writes a tiny corpus, extracts it with the real pipeline and reads the
publication windows back.
"""

import datetime as dt

import pytest

from factcheck.run.engine import extract_all
from factcheck.run.engine import scan
from factcheck.analyse.published import Publication, infer_publications

D = dt.date

# Another article that dates the storm with its year: a story's key date.
DATED_ELSEWHERE = "العاصفة التي ضربت في 3 مارس 2022 أودت بحياة 4 أشخاص.\n"


def publications(tmp_path, **articles: str) -> dict[str, Publication]:
    for name, text in articles.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    extractions, errors = extract_all([tmp_path])
    assert not errors
    return infer_publications(extractions)


def published(tmp_path, text: str, **others: str) -> Publication:
    return publications(tmp_path, a=text, **others)["a"]


def front_matter(date: str, body: str = "قتل 5 أشخاص في العاصفة.") -> str:
    return f"---\npublished: {date}\n---\n{body}\n"


# ---------------------------------------------------------------- stated

@pytest.mark.parametrize("date, earliest, latest, basis", [
    ("2022-03-14", D(2022, 3, 14), D(2022, 3, 14), "front matter"),
    ("2022-03", D(2022, 3, 1), D(2022, 3, 31), "front matter (month only)"),
    ("2024-02", D(2024, 2, 1), D(2024, 2, 29), "front matter (month only)"),
    ("2022", D(2022, 1, 1), D(2022, 12, 31), "front matter (year only)"),
])
def test_front_matter_gives_a_day_a_month_or_a_year(tmp_path, date, earliest, latest, basis):
    assert published(tmp_path, front_matter(date)) == Publication(earliest, latest, basis)


def test_front_matter_wins_over_the_text(tmp_path):
    text = front_matter("2022-03-14", "وقالت الشرطة اليوم الاثنين 6 فبراير 2023 إن 5 أشخاص قتلوا.")
    assert published(tmp_path, text) == Publication(D(2022, 3, 14), D(2022, 3, 14), "front matter")


@pytest.mark.parametrize("text", [
    "وقالت الشرطة اليوم الأحد 6 مارس 2022 إن 5 أشخاص قتلوا.\n",   # the text's own today
    "الأحد 6 مارس 2022\nقتل 5 أشخاص في العاصفة.\n",                 # a dateline
])
def test_the_texts_own_date(tmp_path, text):
    pub = published(tmp_path, text)
    assert (pub.earliest, pub.latest) == (D(2022, 3, 6), D(2022, 3, 6))
    assert pub.basis.startswith("text: ") and "6 مارس 2022" in pub.basis


# ---------------------------------------------------------------- combined clues

# (text, other articles, earliest, latest, words the basis must name)
COMBINED = [
    # current month and year: the month, from the day the killing it reports began
    ("قتل 5 أشخاص منذ 3 مارس الجاري، في العام الجاري 2022.\n", {},
     D(2022, 3, 3), D(2022, 3, 31), ["current month", "2022", "past tense"]),
    ("يعيش 5 أشخاص في مارس الجاري، في العام الجاري 2022.\n", {},
     D(2022, 3, 1), D(2022, 3, 31), ["current month", "2022"]),
    # ... on a stated weekday: the Mondays of that month
    ("قتل 5 أشخاص فجر اليوم الاثنين منذ 3 مارس الجاري، في العام الجاري 2022.\n", {},
     D(2022, 3, 7), D(2022, 3, 28), ["Monday"]),
    # yesterday was a Friday: published on a Saturday
    ("وقالت الشرطة أمس الجمعة إن 5 أشخاص قتلوا منذ 3 مارس الجاري، في العام الجاري 2022.\n", {},
     D(2022, 3, 5), D(2022, 3, 26), ["Saturday"]),
    # a year the text omits, borrowed from the article that dates the same day with its year
    ("ضربت العاصفة البلاد في 3 مارس الجاري، وقتل 5 أشخاص.\n", {"b": DATED_ELSEWHERE},
     D(2022, 3, 3), D(2022, 3, 31), ["year 2022", "other articles", "«3 مارس الجاري»"]),
    # "about 20 days ago" after the one dated event: 23 March, give or take 4 days
    ("ولا يزال 40 شخصا مفقودين منذ أن ضربت العاصفة في 3 مارس، قبل نحو 20 يوما.\n",
     {"b": DATED_ELSEWHERE}, D(2022, 3, 19), D(2022, 3, 27), ["قبل نحو 20 يوما", "2022-03-03"]),
    # without "about": a day either side
    ("ولا يزال 40 شخصا مفقودين منذ أن ضربت العاصفة في 3 مارس، قبل 20 يوما.\n",
     {"b": DATED_ELSEWHERE}, D(2022, 3, 22), D(2022, 3, 24), ["قبل 20 يوما"]),
    ("ولا يزال 40 شخصا مفقودين منذ أن ضربت العاصفة في 3 مارس، قبل أسبوعين.\n",
     {"b": DATED_ELSEWHERE}, D(2022, 3, 16), D(2022, 3, 18), ["قبل اسبوعين"]),
    # every clue together narrows it to one day: the Monday about 20 days after 3 March
    ("ولا يزال 40 شخصا مفقودين منذ أن ضربت العاصفة في 3 مارس، قبل نحو 20 يوما. "
     "وقالت الشرطة اليوم الاثنين إن البحث مستمر.\n",
     {"b": DATED_ELSEWHERE}, D(2022, 3, 21), D(2022, 3, 21), ["Monday", "قبل نحو 20 يوما"]),
    # a text that names two different weekdays for today says nothing about the weekday
    ("قالت الشرطة اليوم الاثنين إن العاصفة ضربت في 3 مارس الجاري، وأمس الأربعاء بدأ البحث.\n",
     {"b": DATED_ELSEWHERE}, D(2022, 3, 3), D(2022, 3, 31), ["current month"]),
    pytest.param(
        "ولا يزال 40 شخصا مفقودين منذ أن ضربت العاصفة في 3 مارس 2022، قبل نحو 20 يوما.\n", {},
        D(2022, 3, 19), D(2022, 3, 27), ["قبل نحو 20 يوما"]),
]


@pytest.mark.parametrize("text, others, earliest, latest, named", COMBINED)
def test_clues_combined(tmp_path, text, others, earliest, latest, named):
    pub = published(tmp_path, text, **others)
    assert (pub.earliest, pub.latest) == (earliest, latest), pub.basis
    assert pub.basis.startswith("inferred: ")
    for words in named:
        assert words in pub.basis


# ---------------------------------------------------------------- unknown

def test_nothing_to_go_on_is_unknown_and_says_so(tmp_path):
    pub = published(tmp_path, "قتل 5 أشخاص في العاصفة.\n")
    assert not pub.known and pub.earliest is None and pub.latest is None
    assert pub.basis == "unknown: no date in the front matter or the text"
    assert pub.describe() == "unknown"


def test_a_month_without_a_year_is_unknown_but_keeps_what_it_read(tmp_path):
    pub = published(tmp_path, "قتل 5 أشخاص في 3 مارس الجاري.\n")
    assert not pub.known
    assert pub.basis.startswith("unknown: ") and "3 مارس الجاري" in pub.basis


def test_no_year_is_borrowed_when_other_articles_disagree_on_it(tmp_path):
    pub = published(tmp_path, "ضربت العاصفة البلاد في 3 مارس الجاري، وقتل 5 أشخاص.\n",
                    b=DATED_ELSEWHERE, c="وفي 3 مارس 2021 ضربت عاصفة أخرى.\n")
    assert not pub.known and "year" not in pub.basis


def test_no_year_is_borrowed_from_a_day_whose_weekday_it_does_not_fit(tmp_path):
    # the race was «السبت 12 نيسان الجاري», 2025's; the next one is «الأحد 12 أبريل 2026»:
    # 12 April 2026 is a Sunday, so this article is of 2025, the archive's one year in
    # which 12 April is a Saturday
    pubs = publications(
        tmp_path,
        a="أعلن الاتحاد اليوم الاثنين أن العداء حل تاسعا في الماراثون الذي أقيم يوم السبت 12 "
          "نيسان الجاري.\n",
        b=front_matter("2025-04-13", "وأعلن المنظمون أن الدورة المقبلة ستقام يوم الأحد 12 "
                                     "أبريل 2026."))
    assert pubs["a"].known and pubs["a"].earliest.year == 2025 == pubs["a"].latest.year
    assert "2026" not in pubs["a"].basis


def test_a_dated_event_in_the_past_does_not_date_the_article(tmp_path):
    # "since 3 March 2022" is when the storm struck, not when this was written
    pub = published(tmp_path, "ولا يزال 40 شخصا مفقودين منذ العاصفة التي ضربت في 3 مارس 2022.\n")
    assert not pub.known


def test_clues_that_cannot_both_hold_give_unknown(tmp_path):
    # the current month is March, but 40 days after 3 March is in April
    pub = published(tmp_path, "ضربت العاصفة في 3 مارس الجاري، قبل 40 يوما.\n", b=DATED_ELSEWHERE)
    assert not pub.known and "disagree" in pub.basis


def test_an_article_that_dates_an_event_gives_nothing_to_itself(tmp_path):
    pubs = publications(tmp_path, a="ضربت العاصفة البلاد في 3 مارس الجاري.\n", b=DATED_ELSEWHERE)
    assert pubs["a"].known and not pubs["b"].known


# ---------------------------------------------------------------- order

DAY_3 = Publication(D(2022, 3, 3), D(2022, 3, 3), "front matter")
DAY_5 = Publication(D(2022, 3, 5), D(2022, 3, 5), "front matter")
MARCH = Publication(D(2022, 3, 1), D(2022, 3, 31), "front matter (month only)")
APRIL = Publication(D(2022, 4, 1), D(2022, 4, 30), "front matter (month only)")
UNKNOWN = Publication(None, None, "unknown")


@pytest.mark.parametrize("first, second, earlier", [
    (DAY_3, DAY_5, True),
    (DAY_5, DAY_3, False),
    (DAY_3, DAY_3, False),        # the same day: the order cannot be told
    (MARCH, APRIL, True),
    (DAY_5, APRIL, True),
    (DAY_3, MARCH, False),        # a day inside a window: it may be either side
    (MARCH, DAY_3, False),
    (UNKNOWN, DAY_3, False),
    (DAY_3, UNKNOWN, False),
    (UNKNOWN, UNKNOWN, False),
])
def test_before_only_when_the_windows_do_not_overlap(first, second, earlier):
    assert first.before(second) is earlier


@pytest.mark.parametrize("pub, text", [
    (DAY_3, "2022-03-03"),
    (MARCH, "2022-03-01..2022-03-31"),
    (UNKNOWN, "unknown"),
])
def test_describe(pub, text):
    assert pub.describe() == text


def test_the_same_day_written_with_and_without_its_year_is_read_without_error(tmp_path):
    """A scan-wide step must never fail on one article's mix of dates."""
    (tmp_path / "a.txt").write_text(
        "ضربت العاصفة في 3 مارس 2022. وفي 3 مارس الجاري بدأت عمليات الإنقاذ.\n", encoding="utf-8")
    extractions, _ = extract_all([tmp_path])
    (publication,) = infer_publications(extractions).values()
    assert publication.basis


# ---------------------------------------------------------------- out of range (issue 15)

@pytest.mark.parametrize("text", [
    "في 6 شباط 2023 وقع الزلزال الذي ضرب قبل 99999999 يوما.\n",
    "في 6 شباط وقع الزلزال الذي ضرب قبل 999999 يوما.\n",
    "في 29 شباط وقع الزلزال الذي ضرب قبل 20 يوما.\n",
    "اليوم الاثنين 30 فبراير 2023 قتل 5 أشخاص.\n",
])
def test_clues_out_of_range_never_raise(tmp_path, text):
    pub = published(tmp_path, text, b="في 29 شباط 2023 و6 شباط 2023 وقع الزلزال.\n")
    assert pub.earliest is None or pub.earliest.year < 9999


# ---------------------------------------------------------------- the text's own clues (issue 16)

# 9 September 2023 was a Saturday; 8 September 2023 a Friday.
QUAKE_ELSEWHERE = "ضرب الزلزال مساء الجمعة 8 سبتمبر 2023 وخلف دمارا.\n"


def test_the_one_date_with_todays_weekday_is_today(tmp_path):
    text = ("وأعلنت الوزارة صباح يوم السبت 9 سبتمبر عن ارتفاع الحصيلة إلى 600 قتيل. "
            "وقال مسؤول في لقاء صحفي صباح اليوم السبت إن البحث مستمر.\n")
    pub = published(tmp_path, text, b="وفي 9 سبتمبر 2023 أعلنت الوزارة حصيلة جديدة.\n")
    assert (pub.earliest, pub.latest) == (D(2023, 9, 9), D(2023, 9, 9)), pub.basis
    assert "Saturday" in pub.basis and "9 سبتمبر" in pub.basis


def test_a_date_with_todays_weekday_in_no_year_that_makes_it_so_says_nothing(tmp_path):
    text = ("وأعلنت الوزارة صباح يوم السبت 9 سبتمبر عن ارتفاع الحصيلة. "
            "وقال مسؤول صباح اليوم السبت إن البحث مستمر.\n")
    pub = published(tmp_path, text, b="وفي 9 سبتمبر 2022 أعلنت الوزارة حصيلة جديدة.\n")
    assert not pub.known  # 9 September 2022 was a Friday


def test_an_anniversary_is_published_a_year_after_the_day_it_dates(tmp_path):
    text = ("في مثل هذا اليوم من العام الماضي ضرب الزلزال البلاد في 8 سبتمبر الماضي، "
            "وخلف زلزال 8 سبتمبر دمارا واسعا.\n")
    pubs = publications(tmp_path, a=text, b=QUAKE_ELSEWHERE)
    assert (pubs["a"].earliest, pubs["a"].latest) == (D(2024, 9, 8), D(2024, 9, 8))
    assert "2023-09-08" in pubs["a"].basis
    # and its yearless «8 سبتمبر» is the day it marks, a year back
    from factcheck.analyse.published import with_years_from_publication
    extractions, _ = extract_all([tmp_path])
    claims = with_years_from_publication((c for e in extractions for c in e.claims), pubs)
    assert {(c.value.year, c.value.month, c.value.day) for c in claims
            if c.article == "a" and c.kind == "date" and c.value.day} == {(2023, 9, 8)}


def test_yesterdays_event_dated_in_the_text_gives_today(tmp_path):
    text = ("قالت السلطات اليوم السبت إن الزلزال الذي وقع أمس خلف 300 قتيل. "
            "وكان الزلزال قد ضرب في 8 سبتمبر.\n")
    pub = published(tmp_path, text, b=QUAKE_ELSEWHERE)
    assert (pub.earliest, pub.latest) == (D(2023, 9, 9), D(2023, 9, 9)), pub.basis


def test_yesterdays_event_on_the_wrong_weekday_says_nothing(tmp_path):
    text = ("قالت السلطات اليوم الاثنين إن الزلزال الذي وقع أمس خلف 300 قتيل. "
            "وكان الزلزال قد ضرب في 8 سبتمبر.\n")
    assert not published(tmp_path, text, b=QUAKE_ELSEWHERE).known


def test_a_report_is_never_older_than_the_past_events_it_reports(tmp_path):
    text = ("نقلت وكالة الأنباء عن وزير الصحة، الأحد 23 من حزيران، أن المستشفيات استقبلت المرضى. "
            "وفي 18 من حزيران الحالي، قال مصدران إن 500 شخص توفوا.\n")
    pub = published(tmp_path, text, b="توفي 500 شخص في 18 حزيران 2024.\n")
    assert (pub.earliest, pub.latest) == (D(2024, 6, 23), D(2024, 6, 30)), pub.basis
    assert "الاحد 23 من حزيران" in pub.basis


def test_a_future_date_is_no_lower_bound(tmp_path):
    text = ("من المقرر أن يصل الوفد في 23 من حزيران. وسيتم عقد الاجتماع في 25 من حزيران. "
            "ويعقد المؤتمر المقبل في 26 من حزيران. وفي 18 من حزيران الحالي، "
            "قال مصدران إن 500 شخص توفوا.\n")
    pub = published(tmp_path, text, b="توفي 500 شخص في 18 حزيران 2024.\n")
    # (the verb after «18 من حزيران» does not date it: only a verb before a date does)
    assert (pub.earliest, pub.latest) == (D(2024, 6, 1), D(2024, 6, 30)), pub.basis


def test_the_current_months_year_from_the_texts_own_dates(tmp_path):
    text = ("ثبت البنك سعر الفائدة في العشرين من مارس الجاري، بعد الاجتماع الذي عقد في "
            "السادس من مارس 2024.\n")
    pub = published(tmp_path, text)
    # March 2024, on or after the meeting it reports as held
    assert (pub.earliest, pub.latest) == (D(2024, 3, 6), D(2024, 3, 31)), pub.basis


def test_last_month_name_is_strictly_before_publication(tmp_path):
    from factcheck.analyse.published import with_years_from_publication
    text = front_matter("2024-09-08", "ضرب الزلزال في 8 سبتمبر الماضي وقتل 5 أشخاص.")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    extractions, _ = extract_all([tmp_path])
    pubs = infer_publications(extractions)
    dates = [c for c in with_years_from_publication(extractions[0].claims, pubs) if c.kind == "date"]
    assert [(c.value.year, c.value.month, c.value.day) for c in dates] == [(2023, 9, 8)]


def test_a_tensed_weekday_gets_its_day_from_an_inferred_publication(tmp_path):
    from factcheck.analyse.published import with_years_from_publication
    text = ("وأعلنت الوزارة صباح يوم السبت 9 سبتمبر عن ارتفاع الحصيلة. وقال مسؤول صباح اليوم "
            "السبت إن البحث مستمر. وأفاد شهود الخميس بأن الهزات استمرت.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text("وفي 9 سبتمبر 2023 أعلنت الوزارة.\n", encoding="utf-8")
    extractions, _ = extract_all([tmp_path])
    pubs = infer_publications(extractions)
    claims = with_years_from_publication((c for e in extractions for c in e.claims), pubs)
    thursday = [c for c in claims if c.article == "a" and c.value.weekday == 3]
    assert [(c.value.year, c.value.month, c.value.day) for c in thursday] == [(2023, 9, 7)]
    today = [c for c in claims if c.article == "a" and c.text == "اليوم السبت"]
    assert [(c.value.year, c.value.month, c.value.day) for c in today] == [(2023, 9, 9)]


def test_todays_yearless_date_takes_the_one_archive_year_its_weekday_fits(tmp_path):
    # «اليوم الأربعاء 10 أفريل»: the other articles are published in 2024, and 10 April 2024
    # was a Wednesday
    pubs = publications(
        tmp_path,
        a="تحتفل سلطنة عمان، اليوم الأربعاء 10 أفريل، بأول أيام عيد الفطر المبارك.\n",
        b=front_matter("2024-04-08"), c=front_matter("2024-04-11"))
    assert (pubs["a"].earliest, pubs["a"].latest) == (D(2024, 4, 10), D(2024, 4, 10))
    # with archive years where the weekday fits none, or several, nothing is guessed
    (tmp_path / "other").mkdir()
    pubs = publications(
        tmp_path / "other",
        a="تحتفل سلطنة عمان، اليوم الأربعاء 10 أفريل، بأول أيام عيد الفطر المبارك.\n",
        b=front_matter("2023-04-08"), c=front_matter("2025-04-11"))
    assert not pubs["a"].known


def _dated(tmp_path, published_on: str, body: str):
    (tmp_path / "a.txt").write_text(f"---\npublished: {published_on}\n---\nتقرير\n{body}\n",
                                    encoding="utf-8")
    report = scan([tmp_path], [], [])
    return report, [c for c in report.claims if c.kind == "date" and c.value.day]


def test_a_yearless_date_months_away_takes_the_year_its_weekday_names(tmp_path):
    # an annual report of January 2026: Sunday 30 March was 2025's (2026's is a Monday)
    report, (eid, *_) = _dated(tmp_path, "2026-01-13",
                               "وسجلت عطلة عيد الفطر (من الأحد 30 مارس إلى 1 أبريل) 7 حالات وفاة.")
    assert (eid.value.year, eid.value.month, eid.value.day) == (2025, 3, 30)
    assert "year from its weekday" in eid.note
    assert not [f for f in report.findings if f.check == "weekday-mismatch"]


def test_a_wrong_weekday_is_not_read_as_a_day_a_year_ahead(tmp_path):
    # 2 February 2025 was a Sunday; 2 February 2026 is a Monday, but an article of March
    # 2025 telling when a campaign began does not mean next year's
    report, (monday, *_) = _dated(tmp_path, "2025-03-18",
                                  "وكانت الحملة قد انطلقت يوم الاثنين 2 شباط في المحافظات.")
    assert (monday.value.year, monday.value.month, monday.value.day) == (2025, 2, 2)
    assert [f.check for f in report.findings] == ["weekday-mismatch"]


def test_near_publication_a_wrong_weekday_stays_a_mistake(tmp_path):
    # 7 May 2025 is a Wednesday; 7 May 2024 was a Tuesday, but an article of 6 May 2025
    # speaks of its own week
    report, _ = _dated(tmp_path, "2025-05-06", "وقررت السلطات تعطيل الدوام يوم الثلاثاء 7 أيار.")
    assert [f.check for f in report.findings] == ["weekday-mismatch"]


def test_an_undated_articles_date_takes_the_one_story_year_its_weekday_fits(tmp_path):
    from factcheck.analyse.published import with_years_from_weekdays
    # no publication date anywhere in «a»; its story's other articles are of 2025 and 2024,
    # and 19 October was a Sunday in 2025 only
    (tmp_path / "a.txt").write_text("وكانت العبارة قد غرقت مساء الأحد 19 أكتوبر في البحيرة.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text(front_matter("2025-10-21"), encoding="utf-8")
    (tmp_path / "c.txt").write_text(front_matter("2024-10-22"), encoding="utf-8")
    one_story = {"a": "s", "b": "s", "c": "s"}

    def dates():
        extractions, _ = extract_all([tmp_path])
        pubs = infer_publications(extractions)
        assert not pubs["a"].known
        return [c for c in with_years_from_weekdays(extractions[0].claims, pubs, one_story)
                if c.kind == "date"]

    (sunday,) = dates()
    assert (sunday.value.year, sunday.value.month, sunday.value.day) == (2025, 10, 19)
    assert "year from its weekday" in sunday.note
    # a weekday that fits none of the story's years (2024's 19 October was a Saturday)
    # leaves the date yearless
    (tmp_path / "a.txt").write_text("وكانت العبارة قد غرقت مساء الاثنين 19 أكتوبر في البحيرة.\n",
                                    encoding="utf-8")
    (monday,) = dates()
    assert monday.value.year is None
    # nor are the years of another story's articles offered
    (tmp_path / "a.txt").write_text("وكانت العبارة قد غرقت مساء الأحد 19 أكتوبر في البحيرة.\n",
                                    encoding="utf-8")
    one_story.update(b="other")
    (alone,) = dates()
    assert alone.value.year is None


def test_an_undated_articles_recalled_toll_is_the_earlier_events(tmp_path):
    # no year of its own: «الاثنين 17 نونبر» is read in the others' 2025, so the article is
    # written after 10 November 2025, and September 2024's 18 dead are another flood's
    for name, day in (("first", "2025-11-18"), ("second", "2025-11-19")):
        (tmp_path / f"{name}.txt").write_text(front_matter(
            day, "ارتفعت حصيلة السيول التي اجتاحت بلدة الرحبة ليلة الاثنين 17 نونبر إلى 14 "
                 "قتيلا، وفق الدفاع المدني."), encoding="utf-8")
    (tmp_path / "undated.txt").write_text(
        "---\npublished: null\n---\n"
        "ارتفعت حصيلة السيول التي اجتاحت بلدة الرحبة ليلة الاثنين 17 نونبر إلى 15 قتيلا، "
        "وفق الدفاع المدني.\n\nويذكّر هذا الحادث بفيضانات عرفها بلد مجاور في شتنبر 2024، "
        "حين أودت السيول بحياة 18 شخصا.\n", encoding="utf-8")
    report = scan([tmp_path], [], [])
    recalled = next(c for c in report.claims if c.text == "18 شخصا")
    assert recalled.occasion == "2024-09"
    assert not [f for f in report.findings if f.check == "internal-conflict"]


FLOOD = ("سيول وادي بني رواحة\nارتفعت حصيلة ضحايا السيول التي اجتاحت وادي بني رواحة بولاية "
         "السيح الأحمر إلى {} قتيلا، وتتواصل عمليات البحث عن المفقودين.\n")


def _flood_story(tmp_path, undated_text: str, days=("2025-04-15", "2025-04-17", "2025-04-19")):
    for n, day in enumerate(days):
        (tmp_path / f"dated{n}.txt").write_text(f"---\npublished: {day}\n---\n"
                                                + FLOOD.format(7 + 3 * n), encoding="utf-8")
    (tmp_path / "undated.txt").write_text("---\npublished: null\n---\n" + undated_text,
                                          encoding="utf-8")
    return scan([tmp_path], [], []).publications["undated"]


def test_todays_weekday_is_dated_among_the_days_its_story_was_published(tmp_path):
    # the story's articles are of 15-19 April 2025: its one Friday is the 18th
    found = _flood_story(tmp_path, FLOOD.replace("ارتفعت", "أعلنت السلطات، اليوم الجمعة، ارتفاع")
                         .format(11))
    assert (found.earliest, found.latest) == (D(2025, 4, 18), D(2025, 4, 18))
    assert "story's other articles were published (2025-04-15..2025-04-19)" in found.basis


def test_a_weekday_outside_the_storys_days_stays_unknown(tmp_path):
    # a Sunday after the last report: a follow-up, not one of those days
    found = _flood_story(tmp_path, FLOOD.replace("ارتفعت", "أعلنت السلطات، اليوم الأحد، ارتفاع")
                         .format(21), days=("2025-04-15", "2025-04-17", "2025-04-18"))
    assert not found.known


def test_a_story_spread_over_more_than_a_week_gives_no_weekday_a_day(tmp_path):
    found = _flood_story(tmp_path, FLOOD.replace("ارتفعت", "أعلنت السلطات، اليوم الجمعة، ارتفاع")
                         .format(11), days=("2025-04-08", "2025-04-15", "2025-04-19"))
    assert not found.known
