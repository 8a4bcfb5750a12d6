"""Dates in Arabic news: table-driven rows, each a real phrase, normalised first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import dates as D
from factcheck.lexicon import months as T
from factcheck.extract.dates import (
    DateMatch,
    Reference,
    find_dates,
    infer_reference,
    weekday_of,
)
from factcheck.extract.normalize import normalize
from factcheck.extract.tokens import GRAMMAR_TRIGGERS
from factcheck.model import DateValue

DEC_2021 = Reference(2021, 12, 29, "test")
MONTH_DEC = Reference(month=12)


def _all(phrase: str, ref: Reference | None = None) -> tuple[str, list[DateMatch]]:
    text = normalize(phrase).text
    return text, find_dates(text, ref)


def _one(phrase: str, ref: Reference | None = None) -> tuple[str, DateMatch]:
    text, found = _all(phrase, ref)
    assert len(found) == 1, [(text[m.start:m.end], m.value) for m in found]
    return text, found[0]


def _ymdg(m: DateMatch):
    v = m.value
    return v.year, v.month, v.day, v.granularity


# ---------------------------------------------------------------- month systems

MONTH_ROWS = [
    # Levantine / Iraqi
    ("وصل الوفد في 5 كانون الثاني 2020", (2020, 1, 5, "day")),
    ("انتهت المهلة في 28 شباط 2022", (2022, 2, 28, "day")),
    ("بدأت الاحتجاجات في آذار 2011", (2011, 3, None, "month")),
    ("أجريت الانتخابات في 9 نيسان 2019", (2019, 4, 9, "day")),
    ("صدر القرار في 12 أيار 2018", (2018, 5, 12, "day")),
    ("عقد الاجتماع في حزيران 2020", (2020, 6, None, "month")),
    ("اتفق الطرفان في 26 تموز 2021", (2021, 7, 26, "day")),
    ("زار الوزير بيروت في 4 آب 2020", (2020, 8, 4, "day")),
    ("تبدأ المرحلة في أيلول 2025", (2025, 9, None, "month")),
    ("اندلعت الاحتجاجات في تشرين الأول 2019", (2019, 10, None, "month")),
    ("اندلعت الاحتجاجات في تشرين الاول 2019", (2019, 10, None, "month")),
    ("أعلن في 7 تشرين الثاني 2021", (2021, 11, 7, "day")),
    ("حتى 31 كانون الأول 2021", (2021, 12, 31, "day")),
    ("حتى 31 كانون الاول 2021", (2021, 12, 31, "day")),
    # Egyptian / Gulf, with spelling variants
    ("صدر الحكم في 25 يناير 2011", (2011, 1, 25, "day")),
    ("في 6 فبراير 2023 ضرب زلزال", (2023, 2, 6, "day")),
    ("في مارس 2020 أغلقت المدارس", (2020, 3, None, "month")),
    ("في 15 أبريل 2023 اندلع القتال", (2023, 4, 15, "day")),
    ("في 15 ابريل 2023 اندلع القتال", (2023, 4, 15, "day")),
    ("في 15 إبريل 2023 اندلع القتال", (2023, 4, 15, "day")),
    ("في 14 مايو 2023 جرت الانتخابات", (2023, 5, 14, "day")),
    ("في 30 يونيو 2013 خرجت المظاهرات", (2013, 6, 30, "day")),
    ("في 30 يونيه 2013 خرجت المظاهرات", (2013, 6, 30, "day")),
    ("في 3 يوليو 2013 أعلن", (2013, 7, 3, "day")),
    ("في 3 يوليه 2013 أعلن", (2013, 7, 3, "day")),
    ("في 14 أغسطس 2013 فضت", (2013, 8, 14, "day")),
    ("في 14 اغسطس 2013 فضت", (2013, 8, 14, "day")),
    ("في 11 سبتمبر 2001 وقعت الهجمات", (2001, 9, 11, "day")),
    ("في 7 أكتوبر 2023 بدأت الحرب", (2023, 10, 7, "day")),
    ("في 7 اكتوبر 2023 بدأت الحرب", (2023, 10, 7, "day")),
    ("في 5 نوفمبر 2024 جرت الانتخابات", (2024, 11, 5, "day")),
    ("في 17 ديسمبر 2010 أحرق البوعزيزي نفسه", (2010, 12, 17, "day")),
    # Maghrebi (Algerian / Tunisian) and Moroccan
    ("في 14 جانفي 2011 غادر بن علي", (2011, 1, 14, "day")),
    ("في 22 فيفري 2019 خرج الجزائريون", (2019, 2, 22, "day")),
    ("في 2 أفريل 2019 استقال بوتفليقة", (2019, 4, 2, "day")),
    ("في 8 ماي 1945 وقعت المجازر", (1945, 5, 8, "day")),
    ("في 12 جوان 2021 جرت الانتخابات", (2021, 6, 12, "day")),
    ("في 5 جويلية 1962 استقلت الجزائر", (1962, 7, 5, "day")),
    ("في 20 أوت 1955 اندلعت الهجومات", (1955, 8, 20, "day")),
    ("في 30 يوليوز 2022 ألقى الملك خطابا", (2022, 7, 30, "day")),
    ("في 20 غشت 2022 ألقى الملك خطابا", (2022, 8, 20, "day")),
    ("في 8 شتنبر 2021 جرت الانتخابات", (2021, 9, 8, "day")),
    ("في 6 نونبر 1975 انطلقت المسيرة", (1975, 11, 6, "day")),
    ("في 31 دجنبر 2022 انتهت الولاية", (2022, 12, 31, "day")),
    # month + day, no year: the year is not invented
    ("تنتهي المهلة في 15 أيار", (None, 5, 15, "day")),
    ("في 3 من يناير", (None, 1, 3, "day")),
]


@pytest.mark.parametrize("phrase,expected", MONTH_ROWS)
def test_month_systems(phrase, expected):
    _, m = _one(phrase)
    assert _ymdg(m) == expected
    assert m.expression == "explicit" and not m.value.relative


PAIRED_ROWS = [
    ("بحلول 31 كانون الأول/ ديسمبر 2021", "31 كانون الاول/ ديسمبر 2021", (2021, 12, 31, "day")),
    ("الاربعاء 29 تشرين الاول اكتوبر 2021 عن", "الاربعاء 29 تشرين الاول اكتوبر 2021",
     (2021, 10, 29, "day")),
    ("في 5 كانون الثاني يناير عام2020 على", "5 كانون الثاني يناير عام2020",
     (2020, 1, 5, "day")),
    ("وفي تموز/يوليو اتفق العراق", "تموز/يوليو", (None, 7, None, "month")),
    ("ضرب الزلزال في 6 فبراير/شباط 2023", "6 فبراير/شباط 2023", (2023, 2, 6, "day")),
    ("وقع ذلك في فبراير (شباط) 2023", "فبراير (شباط) 2023", (2023, 2, None, "month")),
    ("في حزيران/ يونيو 2020 بدأ الحوار", "حزيران/ يونيو 2020", (2020, 6, None, "month")),
    ("في آب/ أغسطس 2020 زار", "اب/ اغسطس 2020", (2020, 8, None, "month")),
    ("وتشكل في تموز يوليو عام 2014 بهدف", "تموز يوليو عام 2014", (2014, 7, None, "month")),
]


@pytest.mark.parametrize("phrase,span,expected", PAIRED_ROWS)
def test_paired_months_count_once(phrase, span, expected):
    text, m = _one(phrase)
    assert text[m.start:m.end] == span
    assert _ymdg(m) == expected


HIJRI_ROWS = [
    # The Umm al-Qura calendar, day for day (the tabular calendar is a day off on about
    # half the days of 1440–1447: 10 Dhu al-Hijjah 1444 was Wednesday 28 June 2023).
    ("يبدأ الصوم في 1 رمضان 1445 هـ", (2024, 3, 11, "day")),
    ("في 1 محرم 1445هـ", (2023, 7, 19, "day")),
    ("في 10 ذو الحجة 1444 هـ", (2023, 6, 28, "day")),
    ("في 9 ذو الحجة 1445 هـ", (2024, 6, 15, "day")),
    ("في 12 ربيع الأول 1445 هـ", (2023, 9, 27, "day")),
    ("في 10 رمضان 2024", (2024, 3, 20, "day")),  # Gregorian year after a Hijri month
    ("خلال رمضان 1445 هـ", (2024, None, None, "year")),  # the month spans March–April
    ("في 5 رجب 1300 هـ", (1883, 5, 12, "day")),  # before Umm al-Qura: the tabular calendar
]


@pytest.mark.parametrize("phrase,expected", HIJRI_ROWS)
def test_hijri(phrase, expected):
    _, m = _one(phrase)
    assert _ymdg(m) == expected
    if expected[2] is not None:
        assert m.value.tolerance_days == 1  # moon sighting may put it a day either side
        assert "±1 day" in m.note


def test_a_hijri_day_the_month_does_not_have_is_not_a_date():
    # Dhu al-Qadah 1445 had 29 days in Umm al-Qura.
    assert [m for m in _all("في 30 ذو القعدة 1445 هـ")[1] if m.value.day == 30] == []


@pytest.mark.parametrize("phrase", [
    "خلال شهر رمضان المبارك",       # Hijri month without a year
    "قال رجب طيب أردوغان",           # a name
    "عادت النسبة إلى صفر",           # zero
    "في عام 1445 هـ",                # a Hijri year alone spans two Gregorian years
])
def test_hijri_without_year_skipped(phrase):
    assert _all(phrase)[1] == []


# ---------------------------------------------------------------- years

YEAR_ROWS = [
    ("وبدأ بناؤها عام 1980", "عام 1980", 1980),
    ("في إطار التحالف الذي أنشأته في العام 2014 لمحاربة", "العام 2014", 2014),
    ("صوت البرلمان عام2020 على", "عام2020", 2020),
    ("في سنة 2021 تم الاتفاق", "سنه 2021", 2021),
    ("تأسست الشركة 2021م في بغداد", "2021م", 2021),
    ("وفي وقت سابق من عام 2024، توصلت", "عام 2024", 2024),
    ("الميزانية لعام 2022", "لعام 2022", 2022),
    ("تقرير للعام 2019", "للعام 2019", 2019),
    ("منذ صيف عام 2014", "عام 2014", 2014),
]


@pytest.mark.parametrize("phrase,span,year", YEAR_ROWS)
def test_year_alone(phrase, span, year):
    text, m = _one(phrase)
    assert text[m.start:m.end] == span
    assert _ymdg(m) == (year, None, None, "year")
    assert m.expression == "explicit"


# ---------------------------------------------------------------- ordinal days

ORDINAL_ROWS = [
    ("في الثالث من كانون الثاني يناير عام 2020 .", None, (2020, 1, 3, "day")),
    ("في الحادي عشر من سبتمبر 2001", None, (2001, 9, 11, "day")),
    ("في الخامس والعشرين من ديسمبر", None, (None, 12, 25, "day")),
    ("في الحادي والثلاثين من كانون الأول 2021", None, (2021, 12, 31, "day")),
    ("كان قد اعلن في التاسع من الشهر الحالي عن", None, (None, None, 9, "day")),
    ("كان قد اعلن في التاسع من الشهر الحالي عن", MONTH_DEC, (None, 12, 9, "day")),
    ("في الرابع من الشهر الماضي اتفقت", None, (None, None, 4, "day")),
    ("في الرابع من الشهر الماضي اتفقت", MONTH_DEC, (None, 11, 4, "day")),
    ("في الرابع من الشهر الماضي اتفقت", Reference(2022, 1), (2021, 12, 4, "day")),
    ("قبل الموعد المحدد في 31 من الشهر الحالي.", None, (None, None, 31, "day")),
    ("قبل الموعد المحدد في 31 من الشهر الحالي.", MONTH_DEC, (None, 12, 31, "day")),
    ("في 15 من هذا الشهر", DEC_2021, (2021, 12, 15, "day")),
]


@pytest.mark.parametrize("phrase,ref,expected", ORDINAL_ROWS)
def test_ordinal_and_relative_month_days(phrase, ref, expected):
    _, m = _one(phrase, ref)
    assert _ymdg(m) == expected


# ---------------------------------------------------------------- weekdays

WEEKDAY_NAMES = [("الاثنين", 0), ("الإثنين", 0), ("الثلاثاء", 1), ("الأربعاء", 2),
                 ("الخميس", 3), ("الجمعة", 4), ("السبت", 5), ("الأحد", 6)]


@pytest.mark.parametrize("word,weekday", WEEKDAY_NAMES)
@pytest.mark.parametrize("template", ["يعلن متحدث عسكري {w} عن انسحاب",
                                      "ويصل الوفد يوم {w} إلى بغداد"])
def test_bare_weekday(word, weekday, template):
    """With no tense to place it, a weekday dates nothing by itself."""
    phrase = template.format(w=word)
    text, m = _one(phrase)
    assert m.expression == "weekday"
    assert m.value == DateValue(None, None, None, "day", weekday=weekday, relative=True)
    assert text[m.start:m.end].endswith(normalize(word).text)


# A weekday whose clause has a tense: the last such day on or before the reference day after
# a past-tense verb, the next one after a future cue; «الماضي/المقبل» strictly before/after.
# 19 June 2024 was a Wednesday.
JUNE_19 = Reference(2024, 6, 19)
TENSED_WEEKDAY_ROWS = [
    ("أفاد دبلوماسيان عربيان الثلاثاء أن", (2024, 6, 18), 1, "the last Tuesday on or before"),
    ("وأعلنت وزارة الصحة، الأحد، تسجيل", (2024, 6, 16), 6, "the last Sunday on or before"),
    ("وقال الوزير الأربعاء إن", (2024, 6, 19), 2, "the last Wednesday on or before"),
    ("ارتفعت حصيلة القتلى، السبت، إلى", (2024, 6, 15), 5, "the last Saturday on or before"),
    ("ويوم الأربعاء الماضي، قرر البنك", (2024, 6, 12), 2, "the last Wednesday before"),
    ("الجمعة الماضية", (2024, 6, 14), 4, "the last Friday before"),
    ("من المقرر أن يصل الوفد الأربعاء", (2024, 6, 19), 2, "the next Wednesday on or after"),
    ("يعقد المجلس جلسته الأربعاء المقبل", (2024, 6, 26), 2, "the next Wednesday after"),
]


@pytest.mark.parametrize("phrase,ymd,weekday,note", TENSED_WEEKDAY_ROWS)
def test_a_weekday_in_a_tensed_clause_is_a_relative_date(phrase, ymd, weekday, note):
    text, m = _one(phrase, JUNE_19)
    assert m.expression == "relative" and m.value.relative and note in m.note
    assert (m.value.year, m.value.month, m.value.day) == ymd and m.value.weekday == weekday
    # Without a reference day it is the same expression, unresolved.
    _, unresolved = _one(phrase)
    assert (unresolved.start, unresolved.end, unresolved.expression) == (m.start, m.end, m.expression)
    assert unresolved.value == DateValue(None, None, None, "day", weekday=weekday, relative=True)


def test_a_weekday_a_shift_after_it_takes_stays_a_weekday():
    # extract/article.py lends it to "قبل يومين من الموعد" in the same sentence.
    text, found = _all("أعلن الكاظمي رسميا الاربعاء عن استكمال الانسحاب وذلك قبل يومين من "
                       "الموعد المحدد لذلك في نهاية العام الحالي.", DEC_2021)
    assert [m.expression for m in found] == ["weekday", "relative", "relative"]


ATTACHED_WEEKDAY_ROWS = [
    ("تغريدة الكاظمي الاربعاء 29 تشرين الاول اكتوبر 2021 عن اكمال", (2021, 10, 29), 2),
    ("وصل يوم الخميس 30 ديسمبر 2021 إلى", (2021, 12, 30), 3),
    ("الخميس، 30 ديسمبر 2021", (2021, 12, 30), 3),
    ("وقع الزلزال في 6 فبراير 2023، الاثنين", (2023, 2, 6), 0),
    ("السبت 29/12/2021", (2021, 12, 29), 5),
]


@pytest.mark.parametrize("phrase,ymd,weekday", ATTACHED_WEEKDAY_ROWS)
def test_weekday_attaches_to_date(phrase, ymd, weekday):
    _, m = _one(phrase)
    assert (m.value.year, m.value.month, m.value.day) == ymd
    assert m.value.weekday == weekday  # as stated, even when the calendar disagrees
    assert m.expression == "explicit"


def test_a_weekday_after_and_before_a_day_number_is_the_next_dates():
    _, found = _all("زارت الفرق المخيم بين 1 أيلول 2025 والخميس 25 أيلول 2025.", DEC_2021)
    assert [(m.value.day, m.value.weekday) for m in found] == [(1, None), (25, 3)]


# ---------------------------------------------------------------- relative expressions

RELATIVE_ROWS = [
    # (phrase, reference, expected (y, m, d, granularity), note fragment)
    ("قد يستمر خلال الشهر الحالي", None, (None, None, None, "month"), "the current month"),
    ("قد يستمر خلال الشهر الحالي", DEC_2021, (2021, 12, None, "month"), "the current month"),
    ("صعدوا من نشاطهم خلال الشهر الجاري", MONTH_DEC, (None, 12, None, "month"), None),
    ("صعدوا من نشاطهم هذا الشهر", DEC_2021, (2021, 12, None, "month"), None),
    ("اتفقوا الشهر الماضي", DEC_2021, (2021, 11, None, "month"), "previous month"),
    ("اتفقوا الشهر المنصرم", Reference(2022, 1), (2021, 12, None, "month"), None),
    ("اتفقوا الشهر السابق", DEC_2021, (2021, 11, None, "month"), None),
    ("يبدأ الشهر المقبل", DEC_2021, (2022, 1, None, "month"), "next month"),
    ("يبدأ الشهر القادم", MONTH_DEC, (None, 1, None, "month"), None),
    ("في العام الحالي", DEC_2021, (2021, None, None, "year"), "current year"),
    ("خلال العام الجاري", DEC_2021, (2021, None, None, "year"), None),
    ("والتي بدأناها في العام الماضي،", DEC_2021, (2020, None, None, "year"), None),
    ("والتي بدأناها في العام الماضي،", None, (None, None, None, "year"), None),
    ("في العام المقبل", DEC_2021, (2022, None, None, "year"), None),
    ("في السنة الماضية", DEC_2021, (2020, None, None, "year"), None),
    ("خلال هذا العام", DEC_2021, (2021, None, None, "year"), None),
    ("بحلول نهاية العام الجاري 2021.", None, (2021, 12, 31, "day"), "end of the current year"),
    ("مع حلول نهاية العام 2021، مع", None, (2021, 12, 31, "day"), "end of 2021"),
    ("بحلول نهاية عام 2026،", None, (2026, 12, 31, "day"), None),
    ("على اكمال سحبهم بنهاية العام.", None, (None, 12, 31, "day"), None),
    ("على اكمال سحبهم بنهاية العام.", DEC_2021, (2021, 12, 31, "day"), None),
    ("على انسحاب القوات، نهاية هذا العام.", Reference(2021), (2021, 12, 31, "day"), None),
    ("قبل نهاية هذا الشهر، نافية", MONTH_DEC, (None, 12, 31, "day"), "end of the current month"),
    ("قبل نهاية هذا الشهر، نافية", None, (None, None, None, "day"), None),
    ("مع اقترابنا من نهاية الشهر الجاري", Reference(2024, 2), (2024, 2, 29, "day"), None),
    ("بحلول نهاية سبتمبر", None, (None, 9, 30, "day"), "end of September"),
    ("سيكون في أيلول المقبل تنفيذا", None, (None, 9, None, "month"), "next September"),
    ("سيكون في أيلول المقبل تنفيذا", Reference(2024, 3), (2024, 9, None, "month"), None),
    ("سيكون في أيلول المقبل تنفيذا", Reference(2024, 10), (2025, 9, None, "month"), None),
    ("سيكون في أيلول المقبل تنفيذا", Reference(2024), (None, 9, None, "month"), None),
    ("اتفقتا في تموز/ يوليو المنصرم، على", MONTH_DEC, (None, 7, None, "month"), None),
    ("اتفقتا في تموز/ يوليو المنصرم، على", DEC_2021, (2021, 7, None, "month"), "last July"),
    ("وانتهى في تموز/ يوليو الماضي، بعهد", Reference(2022, 3), (2021, 7, None, "month"), None),
    ("في 26 تموز/ يوليو المنصرم، في", DEC_2021, (2021, 7, 26, "day"), None),
    ("في يوم 31 كانون الأول ديسمبر الحالي.", None, (None, 12, 31, "day"), None),
    ("في يوم 31 كانون الأول ديسمبر الحالي.", Reference(2021), (2021, 12, 31, "day"), None),
    ("في 31 كانون الأول/ ديسمبر الجاري، جاء", DEC_2021, (2021, 12, 31, "day"), None),
    ("بحلول 31 كانون الأول/ ديسمبر” المقبل.", None, (None, 12, 31, "day"), None),
    ("بحلول 31 كانون الأول/ ديسمبر” المقبل.", Reference(2021, 7), (2021, 12, 31, "day"), None),
    # with a day, the year can follow even when the reference month is unknown
    ("بحلول 31 كانون الأول/ ديسمبر” المقبل.", Reference(2021), (2021, 12, 31, "day"), None),
    ("بحلول 31 كانون الأول/ ديسمبر” المقبل.", Reference(2021, 12),
     (2021, 12, 31, "day"), None),
    ("في 26 تموز/ يوليو المنصرم، في", Reference(2021), (None, 7, 26, "day"), None),
    ("منذ 1 كانون الثاني الماضي", Reference(2021), (2021, 1, 1, "day"), None),
    ("في 5 كانون الأول المقبل", Reference(2021, 12), (2022, 12, 5, "day"), None),
    ("في 5 كانون الأول المقبل", Reference(2021, 12, 3), (2021, 12, 5, "day"), None),
    ("في 5 كانون الأول الماضي", Reference(2021, 12, 10), (2021, 12, 5, "day"), None),
    # «الماضي» is strictly before the reference day: on that very day, a year back
    ("في 8 أيلول الماضي", Reference(2024, 9, 8), (2023, 9, 8, "day"), None),
    ("في 8 أيلول الماضي", Reference(2024, 9, 9), (2024, 9, 8, "day"), None),
    ("تنسحب اليوم من مقر القيادة", DEC_2021, (2021, 12, 29, "day"), "today"),
    ("واشار في بيان صحافي أمس إلى", DEC_2021, (2021, 12, 28, "day"), "yesterday"),
    ("وقال بالأمس إن", Reference(2022, 1, 1), (2021, 12, 31, "day"), "yesterday"),
    ("وصل الوفد أول أمس", DEC_2021, (2021, 12, 27, "day"), "day before yesterday"),
    ("انطلقت الحملة أول من أمس الاثنين", DEC_2021, (2021, 12, 27, "day"), "day before yesterday"),
    ("يصل الوفد غدا إلى بغداد", DEC_2021, (2021, 12, 30, "day"), "tomorrow"),
    ("يصل الوفد غداً إلى بغداد", None, (None, None, None, "day"), None),
]


@pytest.mark.parametrize("phrase,ref,expected,note", RELATIVE_ROWS)
def test_relative_expressions(phrase, ref, expected, note):
    _, m = _one(phrase, ref)
    assert _ymdg(m) == expected
    assert m.value.relative and m.expression == "relative"
    if note:
        assert note in m.note


def test_yesterday_with_stated_weekday():
    text, m = _one("واشار العامري في بيان صحافي أمس الثلاثاء الى وجوب", DEC_2021)
    assert text[m.start:m.end] == "امس الثلاثاء"
    assert m.value.weekday == 1 and m.value.relative
    assert (m.value.year, m.value.month, m.value.day) == (2021, 12, 28)
    _, m = _one("أمس الثلاثاء")
    assert _ymdg(m) == (None, None, None, "day") and m.value.weekday == 1


def test_a_day_like_this_one_is_not_today():
    # «في مثل هذا اليوم من العام الماضي»: an anniversary (analyse/published.py reads it)
    _, found = _all("في مثل هذا اليوم من العام الماضي ضرب الزلزال", DEC_2021)
    assert [m.note for m in found] == ["the previous year"]


def test_today_with_weekday():
    text, m = _one("أن القوات الأمريكية تنسحب الیوم السبت من مقر")
    assert text[m.start:m.end] == "اليوم السبت" and m.value.weekday == 5


SHIFT_ROWS = [
    # (phrase, reference, expected shift value, note, anchor text)
    ("وذلك قبل يومين من الموعد المحدد لذلك في نهاية العام الحالي.", None,
     (None, 12, 29, "day"), "2 days before the end of the current year", "نهايه العام الحالي"),
    ("وذلك قبل يومين من الموعد المحدد لذلك في نهاية العام الحالي.", Reference(2021),
     (2021, 12, 29, "day"), "2 days before the end of the current year", "نهايه العام الحالي"),
    ("بعد ثلاثة أيام من 31 كانون الأول 2021", None,
     (2022, 1, 3, "day"), "3 days after", "31 كانون الاول 2021"),
    ("قبل أسبوع من نهاية الشهر الجاري", DEC_2021,
     (2021, 12, 24, "day"), "1 week before the end of the current month", "نهايه الشهر الجاري"),
    ("بعد يوم واحد من 28 شباط 2024", None, (2024, 2, 29, "day"), "1 day after", "28 شباط 2024"),
    # yearless anchor: a shift across 29 February loses the day, not the month
    ("قبل يومين من 1 آذار", None, (None, 2, None, "day"), "2 days before", "1 اذار"),
    ("قبل شهرين من 15 أيار 2021", None, (2021, 3, 15, "day"), "2 months before", "15 ايار 2021"),
    # «فقط» between the interval and its «من» still anchors it
    ("بعد يومين فقط من جلسة الأربعاء 6 أيار 2026", None, (2026, 5, 8, "day"), "2 days after",
     "الاربعاء 6 ايار 2026"),
]


@pytest.mark.parametrize("phrase, interval", [
    ("، بعد يومين من التدشين الرسمي الذي أشرف عليه الوزير يوم", 2),
    ("، بعد يومين فقط من جلسة", 2),
    ("، أي قبل ثلاثة أيام من موعد", -3),
    ("، بعد أسبوعين من الحادث", 14),
    # a month is no exact count of days; a year after «بعد» is a date, not an interval
    ("، بعد شهرين من الحادث", None),
    ("، بعد عام 2003 من الحادث", None),
])
def test_the_interval_between_two_dates_in_days(phrase, interval):
    found = D.find_interval(normalize(phrase).text)
    assert (found[0] if found else None) == interval


@pytest.mark.parametrize("phrase,ref,expected,note,anchor", SHIFT_ROWS)
def test_shifts(phrase, ref, expected, note, anchor):
    text, found = _all(phrase, ref)
    assert len(found) == 2
    shift, anchored = found
    assert _ymdg(shift) == expected
    assert shift.value.relative and shift.expression == "relative"
    assert note in shift.note
    assert text[anchored.start:anchored.end] == anchor
    assert shift.anchor == (anchored.start, anchored.end)
    assert shift.start < anchored.start and anchored.end == shift.end


def test_shift_anchor_is_its_own_match():
    text, (shift, anchor) = _all("قبل يومين من الموعد المحدد لذلك في نهاية العام الحالي")
    assert _ymdg(anchor) == (None, 12, 31, "day")
    assert anchor.note == "the end of the current year"
    assert "في" in anchor.time_words


SHIFT_FROM_REFERENCE_ROWS = [
    ("وقع الهجوم قبل ثلاثة أيام", DEC_2021, (2021, 12, 26, "day")),
    ("وقع الهجوم قبل يومين، وفق", DEC_2021, (2021, 12, 27, "day")),
    ("انسحبت القوات قبل أسبوعين", DEC_2021, (2021, 12, 15, "day")),
    ("بدأت المفاوضات قبل شهرين", DEC_2021, (2021, 10, None, "month")),
    ("وصل قبل عام.", DEC_2021, (2020, None, None, "year")),
]


@pytest.mark.parametrize("phrase,ref,expected", SHIFT_FROM_REFERENCE_ROWS)
def test_shift_from_reference_day(phrase, ref, expected):
    _, m = _one(phrase, ref)
    assert _ymdg(m) == expected and m.anchor is None


@pytest.mark.parametrize("phrase", [
    "بعد يومين من المفاوضات الشاقة في العاصمة",   # "من" but no date within 6 words
    "بعد يوم طويل من العمل",                      # "a long day", not "one day after"
    "منذ الاجتماع الاول قبل اكثر من عام",         # approximate, not a shift
])
def test_not_shifts(phrase):
    assert [m for m in _all(phrase)[1] if m.note and "before" in m.note] == []
    assert [m for m in _all(phrase)[1] if m.anchor] == []


def test_so_long_after_an_undated_event_dates_nothing():
    # «بعد يومين على افتتاحها»: two days after the opening, which the sentence does not date;
    # not two days after the article's day
    assert _all("بعد يومين على افتتاحها، تعمل التوسعة الجديدة للمصفاة حاليا.", DEC_2021)[1] == []
    _, later = _one("ستفتتح المصفاة بعد يومين.", DEC_2021)
    assert _ymdg(later) == (2021, 12, 31, "day")


# ---------------------------------------------------------------- time words

TIME_WORD_ROWS = [
    ("وهناك جهد من أجل استكمال الانسحاب بحلول 31 كانون الأول/ ديسمبر” المقبل.",
     ("بحلول", "المقبل")),
    ("على انسحاب القوات وبحلول نهاية العام الجاري 2021.", ("بحلول", "الجاري")),
    ("مع حلول نهاية العام 2021، مع", ("مع حلول",)),
    ("تطبيقا للاتفاق ابتداء من أيلول 2025، في حين", ("ابتداء من",)),
    ("تبقى القوات في أربيل لغاية أيلول 2026.", ("لغايه",)),
    ("انسحب معظمهم منذ اتفاق في تموز يوليو الماضي على", ("في", "الماضي")),
    ("وتتواجد القوات منذ صيف عام 2014، بطلب", ("منذ",)),
    ("ستغادر بالكامل قبل نهاية هذا الشهر، نافية", ("قبل",)),
    ("سيكون في أيلول المقبل تنفيذا", ("في", "المقبل")),
    ("يعود الوفد الاثنين المقبل إلى بغداد", ("المقبل",)),
]


@pytest.mark.parametrize("phrase,words", TIME_WORD_ROWS)
def test_time_words(phrase, words):
    _, m = _one(phrase)
    assert m.time_words == words


# ---------------------------------------------------------------- the bundled corpus

CORPUS_ROWS = [
    # (phrase, reference, expected (y, m, d, granularity), stated weekday)
    ("بحلول 31 كانون الأول/ ديسمبر” المقبل", None, (None, 12, 31, "day"), None),
    ("بحلول 31 كانون الأول 2021", None, (2021, 12, 31, "day"), None),
    ("بحلول نهاية العام الجاري 2021", None, (2021, 12, 31, "day"), None),
    ("مع حلول نهاية العام 2021", None, (2021, 12, 31, "day"), None),
    ("وفي تموز/يوليو اتفق", None, (None, 7, None, "month"), None),
    ("في أيلول المقبل", None, (None, 9, None, "month"), None),
    ("ابتداء من أيلول 2025", None, (2025, 9, None, "month"), None),
    ("في سبتمبر 2024", None, (2024, 9, None, "month"), None),
    ("من عام 2024", None, (2024, None, None, "year"), None),
    ("الاربعاء 29 تشرين الاول اكتوبر 2021", None, (2021, 10, 29, "day"), 2),
    ("في 31 من الشهر الحالي", None, (None, None, 31, "day"), None),
    ("في 31 من الشهر الحالي", MONTH_DEC, (None, 12, 31, "day"), None),
    ("أمس الثلاثاء", None, (None, None, None, "day"), 1),
    ("31 كانون الأول ديسمبر الحالي", None, (None, 12, 31, "day"), None),
    ("في الثالث من كانون الثاني يناير عام 2020", None, (2020, 1, 3, "day"), None),
    ("في 5 كانون الثاني يناير عام2020", None, (2020, 1, 5, "day"), None),
    ("في 26 كانون الاول ديسمبر عام 2018", None, (2018, 12, 26, "day"), None),
    ("التاسع من الشهر الحالي", None, (None, None, 9, "day"), None),
    ("في الرابع من الشهر الماضي", MONTH_DEC, (None, 11, 4, "day"), None),
    ("في 31 كانون الأول/ ديسمبر الجاري", None, (None, 12, 31, "day"), None),
    ("نهاية هذا العام", None, (None, 12, 31, "day"), None),
    ("قبل نهاية هذا الشهر", None, (None, None, None, "day"), None),
    ("في تموز/ يوليو المنصرم", None, (None, 7, None, "month"), None),
    ("في حزيران/ يونيو 2020", None, (2020, 6, None, "month"), None),
    ("في آب/ أغسطس 2020", None, (2020, 8, None, "month"), None),
    ("في 26 تموز/ يوليو المنصرم", None, (None, 7, 26, "day"), None),
]


@pytest.mark.parametrize("phrase,ref,expected,weekday", CORPUS_ROWS)
def test_corpus_phrases(phrase, ref, expected, weekday):
    _, m = _one(phrase, ref)
    assert _ymdg(m) == expected
    assert m.value.weekday == weekday


def test_corpus_two_days_before_end_of_year():
    phrase = "قبل يومين من الموعد المحدد لذلك في نهاية العام الحالي"
    _, (shift, anchor) = _all(phrase)
    assert _ymdg(shift) == (None, 12, 29, "day")
    assert shift.note == "2 days before the end of the current year"
    _, (shift, _) = _all(phrase, infer_reference(normalize(
        "تغريدة الكاظمي الاربعاء 29 تشرين الاول اكتوبر 2021 عن اكمال الانسحاب").text))
    assert _ymdg(shift) == (2021, 12, 29, "day")


def test_corpus_current_month_gives_reference_month():
    ref = infer_reference(normalize("سيكون في يوم 31 كانون الأول ديسمبر الحالي.").text)
    assert (ref.year, ref.month, ref.day) == (None, 12, None)
    assert "31 كانون الاول ديسمبر الحالي" in ref.basis


# ---------------------------------------------------------------- negatives

@pytest.mark.parametrize("phrase", [
    "وتنشر الولايات المتحدة 2500 جندي في العراق",
    "في تشرين",
    "وكانون",
    "الأحد عشر جنديا",
    "عدد الجنود الأحد عشر",
    "قال مايكل وماير",
    "أعلنت مايكروسوفت وشركة مايسترو",
    "فتح باب الاستثمار",
    "قال الأب",
    "مارس الضغط على الحكومة",
    "سيارة نيسان",
    "عين اللواء القائد العام للقوات المسلحة",
    "استمرت المعارك طوال اليوم",
    "في اليوم التالي للهجوم",
    "لقناة “روسيا اليوم”، عدم وجود",
    'وقال المصدر لـ"بغداد اليوم" أن',
    "بين الاثنين خلاف",
    "في ليلة رأس السنة الميلادية المقبلة",
    "خلال الأيام القادمة",
    "في العام",
    "الشهر",
    "سنة النبي",
    "بلغ عددهم 1500 عسكري",
    "كان ذلك في 2021",
])
def test_no_date(phrase):
    text, found = _all(phrase)
    assert found == [], [(text[m.start:m.end], m.value) for m in found]


def test_eleven_is_not_sunday_but_sunday_eleven_is():
    _, m = _one("وصل الأحد 11 نيسان 2021")
    assert _ymdg(m) == (2021, 4, 11, "day") and m.value.weekday == 6


@pytest.mark.parametrize("phrase,expected", [
    ("وبحلول أيار 2022", (2022, 5, None, "month")),
    ("ولشباط 2022", (2022, 2, None, "month")),
    ("في آب", (None, 8, None, "month")),   # an ambiguous name after a cue word
    ("في مارس", (None, 3, None, "month")),
    ("بحلول ماي 2021", (2021, 5, None, "month")),
])
def test_clitics_and_cues(phrase, expected):
    _, m = _one(phrase)
    assert _ymdg(m) == expected


def test_numeric_dates():
    _, m = _one("صدر البيان بتاريخ 29/12/2021")
    assert _ymdg(m) == (2021, 12, 29, "day")
    _, m = _one("نشر في 2021-12-29")
    assert _ymdg(m) == (2021, 12, 29, "day")
    assert _all("الإصدار 3.2.1")[1] == []


# ---------------------------------------------------------------- infer_reference

INFER_ROWS = [
    # (text, published, (year, month, day), basis fragment)
    ("نص بلا تاريخ", "2021-12-29", (2021, 12, 29), "front matter"),
    ("نص بلا تاريخ", "2021-12", (2021, 12, None), "front matter"),
    ("نص بلا تاريخ", "2021", (2021, None, None), "front matter"),
    ("نص بلا تاريخ", None, (None, None, None), "unknown"),
    ("قال الوزير اليوم الاثنين 6 فبراير 2023 إن الزلزال", None, (2023, 2, 6),
     'today stated: "اليوم"'),
    ("بغداد - 6 فبراير 2023\nقال الوزير إن الزلزال خلف دمارا", None, (2023, 2, 6), "dateline"),
    ("سيكون الإعلان في يوم 31 كانون الأول ديسمبر الحالي.", None, (None, 12, None),
     "current month"),
    ("انسحاب القوات بحلول نهاية العام الجاري 2021.", None, (2021, None, None), "current year"),
    ("تغريدة الكاظمي الاربعاء 29 تشرين الاول اكتوبر 2021 عن اكمال", None, (2021, None, None),
     "year only"),
    # partial evidence combined: month from one phrase, year from another
    ("في 31 كانون الأول ديسمبر الحالي. وفي العام الجاري 2021 اتفق", None, (2021, 12, None),
     "current month"),
    ("في 31 كانون الأول ديسمبر الحالي.", "2021", (2021, 12, None), "front matter"),
    # front matter wins over a conflicting text month
    ("في 31 كانون الأول ديسمبر الحالي.", "2021-11-30", (2021, 11, 30), "front matter"),
]


@pytest.mark.parametrize("text,published,expected,basis", INFER_ROWS)
def test_infer_reference(text, published, expected, basis):
    ref = infer_reference(normalize(text).text, published)
    assert (ref.year, ref.month, ref.day) == expected
    assert basis in ref.basis


def test_infer_reference_full_date_in_long_sentence_is_not_a_dateline():
    text = normalize("وزار الرئيس القاعدة بشكل مفاجئ في 26 كانون الاول ديسمبر عام 2018 رفقة زوجته")
    ref = infer_reference(text.text)
    assert (ref.year, ref.month, ref.day) == (None, None, None)


# ---------------------------------------------------------------- API invariants

def test_weekday_of():
    assert weekday_of(2021, 10, 29) == 4
    assert weekday_of(2021, 12, 29) == 2


def test_matches_sorted_and_overlap_only_for_anchors():
    text = normalize(open("corpus/002_791b9733c10e92d3.txt", encoding="utf-8").read()).text
    found = find_dates(text)
    assert found == sorted(found, key=lambda m: (m.start, -m.end))
    for a, b in zip(found, found[1:]):
        if b.start < a.end:
            assert a.anchor == (b.start, b.end)


def test_never_uses_todays_date():
    for m in find_dates(normalize("وصل اليوم وغادر أمس في الشهر الحالي والعام الماضي").text):
        assert (m.value.year, m.value.month, m.value.day) == (None, None, None)


# ---------------------------------------------------------------- property

@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2199, 12, 31)))
def test_paired_full_dates_parse_exactly(date):
    lev, gulf = T.LEVANTINE[date.month][0], T.GULF[date.month][0]
    phrase = f"{date.day} {lev}/ {gulf} {date.year}"
    text, m = _one(phrase)
    assert (m.start, m.end) == (0, len(text))
    assert _ymdg(m) == (date.year, date.month, date.day, "day")
    assert m.expression == "explicit" and not m.value.relative


# ---------------------------------------------------------------- scanning invariants

CORPUS_TEXTS = [normalize(p.read_text(encoding="utf-8")).text
                for p in sorted((Path(__file__).resolve().parents[2] / "corpus").glob("*.txt"))]
# Pieces of date language, glued in any order: the scanner's fast paths must not care.
DATE_PIECES = ["31", "2021", "29/12/2021", "كانون الاول", "ديسمبر", "/", "الاربعاء", "يوم",
               "اليوم", "امس", "قبل", "يومين", "من", "نهايه", "العام", "الجاري", "الشهر",
               "المقبل", "هذا", "التاسع", "غره", "رمضان", "1445", "ه", "في", "بحلول", "و",
               "february", "6,", "2023م", '"', "،", "(", ")", "\n", "عام2020", "آب", "الماضي"]
mixed_dates = st.lists(st.sampled_from(DATE_PIECES), max_size=25).map(" ".join)
REFERENCES = [Reference(2021, 12, 29), Reference(2024, 2), Reference(2023), Reference(month=1),
              Reference(2020, 1, 1)]


def _full_scan(text: str, reference: Reference | None):
    """The scan's hits read at every position, without the shared trigger positions."""
    scanner = D._Scanner(text, reference)
    hits, pos = [], 0
    for start in range(len(text)):
        m = D._HEAD.match(text, start)
        if start < pos or m is None:
            continue
        got = scanner._handlers[m.lastgroup](start)
        if got:
            hits.extend(got)
            pos = max(h.end for h in got)
    return sorted(((h.start, h.end, h.value, h.expression, h.note, h.anchor) for h in hits
                   if h.kind != D._IMPOSSIBLE),
                  key=lambda h: (h[0], -h[1]))


def _found(text: str, reference: Reference | None):
    return [(m.start, m.end, m.value, m.expression, m.note, m.anchor)
            for m in find_dates(text, reference)]


@settings(max_examples=300, deadline=None)
@given(mixed_dates)
def test_every_date_start_is_a_trigger_position(text):
    starts = set(GRAMMAR_TRIGGERS.starts(text))
    assert all(p in starts for p in range(len(text) + 1) if D._HEAD.match(text, p))


@pytest.mark.parametrize("reference", [None] + REFERENCES)
def test_fast_scan_reads_what_a_scan_of_every_position_reads(reference):
    for text in CORPUS_TEXTS:
        infer_reference(text)  # the reference-free scan that find_dates then reuses
        assert _found(text, reference) == _full_scan(text, reference)


@settings(max_examples=200, deadline=None)
@given(mixed_dates, st.sampled_from(REFERENCES))
def test_the_reference_resolves_values_but_never_moves_an_expression(text, reference):
    def spans(found):
        return [(m.start, m.end, m.expression, m.anchor) for m in found]
    assert spans(find_dates(text, reference)) == spans(find_dates(text))
    assert _found(text, reference) == _full_scan(text, reference)


# ---------------------------------------------------------------- dates that exist (issue 15)

@pytest.mark.parametrize("phrase,ref", [
    ("قالت الشرطة اليوم الاثنين 30 فبراير 2023 إن", None),
    ("وقع الحادث في 31 نوفمبر 2021 في المدينة", None),
    ("انتهت المهلة في 29 شباط 2023", None),
    ("السبت 31 نيسان", None),
    ("في الحادي والثلاثين من حزيران 2020", None),
    ("قبل يومين من 31 نوفمبر 2021 أعلن", None),
    ("في 30 ذو القعدة 1445 هـ", None),
])
def test_a_day_its_month_does_not_have_is_no_date(phrase, ref):
    text, found = _all(phrase, ref)
    assert [m for m in found if m.value.day is not None and m.value.day >= 29] == []
    # No part of it is read as a coarser date either ("فبراير 2023" alone).
    assert [m for m in found if m.expression == "explicit"] == []


def test_a_day_the_references_month_does_not_have_stays_unresolved():
    _, m = _one("في 31 من الشهر الحالي", Reference(2021, 11, 5))
    assert _ymdg(m) == (None, None, None, "day") and "no day 31" in m.note


def test_an_impossible_date_is_no_reference():
    text = normalize("قالت الشرطة اليوم الاثنين 30 فبراير 2023 إن 5 أشخاص قتلوا أمس.").text
    assert infer_reference(text) == Reference()
    assert all(m.value.day is None for m in find_dates(text, infer_reference(text)))


def test_29_february_of_a_leap_year_and_of_an_unknown_year_exist():
    assert _ymdg(_one("في 29 شباط 2024")[1]) == (2024, 2, 29, "day")
    assert _ymdg(_one("في 29 شباط")[1]) == (None, 2, 29, "day")


@pytest.mark.parametrize("phrase", [
    "قبل 99999999 يوما", "قبل 999 يوما", "بعد 999 أسبوعا", "قبل 999 عاما", "بعد 999 سنة",
    "بعد 999 أسبوعا من 31 كانون الأول 9999", "قبل 999 شهرا من 1 كانون الثاني 1000",
    "بعد 999 يوما من 31 ديسمبر", "قبل 999 أسبوعا من 1 مارس",
])
@pytest.mark.parametrize("ref", [None, Reference(9999, 12, 31), Reference(1, 1, 1), DEC_2021])
def test_a_relative_date_far_out_of_range_never_raises(phrase, ref):
    text, found = _all(phrase, ref)
    for m in found:
        m.value.bounds()  # describable, whatever it resolved to
    infer_reference(text, "9999-12-31")


# Long runs of dates, weekdays or relative words: the date grammar stays linear. Before,
# a 100 KB article of «31 كانون الأول 2021» took about half a minute in infer_reference
# alone (the dateline test read the rest of the line once per date).
@pytest.mark.parametrize("unit", [
    "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد ",
    "31 كانون الأول 2021 ",
    "الاثنين 6 فبراير 2023، ",
    "اليوم الاثنين 30 فبراير 2023 ",
    "قبل يومين من 31 كانون الأول 2021. ",
    "اليوم الاثنين أمس الأحد قبل ثلاثة أيام ",
    "التاسع من شهر ذي الحجة 1445 هـ ",
    "قال الوزير الثلاثاء ",
])
def test_long_runs_stay_linear(unit):
    """A guard against quadratic scanning, not a speed figure (benchmarks/pathological.py
    measures those): 300 KB of one date unit takes under 2 s of process time when linear
    and minutes when quadratic, so the bound below only fails on a blow-up."""
    import time

    text = normalize((unit * (300_000 // len(unit) + 1))[:300_000]).text
    started = time.process_time()
    reference = infer_reference(text, None)
    find_dates(text, reference)
    find_dates(text, infer_reference(text, "2024-03-06"))
    assert time.process_time() - started < 30.0


# ---------------------------------------------------------------- durations are durations

@pytest.mark.parametrize("phrase,length,unit,kind", [
    ("تستمر الحرب منذ ست سنوات في البلاد", 6, "year", "since"),
    ("يعتصم المحتجون منذ ثلاثة أيام", 3, "day", "since"),
    ("انسحبت القوات منذ أسبوعين", 2, "week", "since"),
    ("منذ 12 عاما", 12, "year", "since"),
    ("منذ عام، وهو", 1, "year", "since"),
    ("كان عدد الوفيات خلال العشرين سنة الماضية يتراوح بين 30 و45", 20, "year", "last"),
    ("خلال الأيام الثلاثة الأخيرة", 3, "day", "last"),
    ("على مدى السنوات الخمس الماضية", 5, "year", "last"),
    ("خلال 10 سنوات الماضية", 10, "year", "last"),
])
def test_a_length_of_time_is_a_period_not_a_date(phrase, length, unit, kind):
    text = normalize(phrase).text
    assert find_dates(text, DEC_2021) == [] and find_dates(text) == []
    (period,) = D.find_periods(text)
    assert (period.length, period.unit, period.kind) == (length, unit, kind)


@pytest.mark.parametrize("phrase", [
    "منذ عام 2014", "منذ 2014", "منذ يومين من الموعد", "قبل ثلاثة أيام", "خلال العام الماضي",
    "خلال 24 ساعة",
])
def test_no_period_where_there_is_none(phrase):
    assert D.find_periods(normalize(phrase).text) == []


def test_since_anchored_to_a_date_is_a_date():
    _, (shift, anchor) = _all("منذ يومين من 31 كانون الأول 2021")
    assert _ymdg(shift) == (2021, 12, 29, "day")


@pytest.mark.parametrize("phrase,year", [
    ("ارتفعت حصيلة الوفيات خلال موسم حج 2024 إلى", 2024),
    ("ما حصيلة الوفيات لموسم 2024", 2024),
    ("في الموسم الزراعي 2023", 2023),
])
def test_a_season_named_by_its_year(phrase, year):
    _, m = _one(phrase)
    assert _ymdg(m) == (year, None, None, "year") and m.expression == "explicit"


@pytest.mark.parametrize("phrase", ["بلغت الصادرات خلال موسم 2024/2025 نحو 138 ألف طن",
                                    "خلال الموسم الماضي 2024-2025 صدرت تونس 126 ألف طن"])
def test_a_season_across_two_years_is_one_date_named_by_its_first(phrase):
    text, m = _one(phrase)
    assert text[m.start:m.end].endswith("2025") and _ymdg(m) == (2024, None, None, "year")


def test_the_current_year_is_no_ancient_one():
    # «هذا العام 1081»: 1081 is the figure, not the year (the year stays the current one)
    text, m = _one("بلغ عدد الوفيات في موسم الحج هذا العام 1081", DEC_2021)
    assert text[m.start:m.end] == "هذا العام" and _ymdg(m) == (2021, None, None, "year")


def test_the_night_between_two_weekdays_is_one_expression():
    text, m = _one("ضرب زلزال عنيف ليل الجمعة السبت المنطقة", JUNE_19)
    assert text[m.start:m.end] == "الجمعه السبت"
    assert m.value.weekday == 4 and m.note.startswith("the last Friday")
    _, m = _one("صدر بلاغ منتصف ليلة الجمعة – السبت")
    assert m.value.weekday == 4
    assert len(_all("الاثنين الثلاثاء الأربعاء")[1]) == 3  # a list of days stays a list
