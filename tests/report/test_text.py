"""Text for people: partial dates in words, the articles' own spelling, bidi isolates,
and control characters an article cannot use against a terminal."""

from __future__ import annotations

import pytest

from factcheck.model import Claim, DateValue, Quantity, Span, Topic
from factcheck.report.text import (FSI, PDI, describe_date, describe_value, display_label,
                                   escape_controls, humanize, isolate_arabic, original_spelling)


@pytest.mark.parametrize("value, shown", [
    (DateValue(2021, 12, 31, "day"), "2021-12-31"),
    (DateValue(2021, 7, None, "month"), "2021-07"),
    (DateValue(2021, None, None, "year"), "2021"),
    (DateValue(2021, 10, 29, "day", weekday=2), "Wednesday 2021-10-29"),
    (DateValue(None, 12, 31, "day"), "31 December (year not given)"),
    (DateValue(None, 7, None, "month"), "July (year not given)"),
    (DateValue(None, None, 31, "day"), "31 (month and year not given)"),
    (DateValue(None, None, 31, "day", weekday=4), "Friday 31 (month and year not given)"),
    (DateValue(2021, None, 31, "day"), "31 (month not given) 2021"),
    (DateValue(None, None, None, "day"), "unresolved"),
])
def test_dates_are_written_for_people(value, shown):
    assert describe_date(value) == shown


def test_quantities_keep_their_description():
    assert describe_value(Quantity(900, 900, True)) == "~900"
    assert describe_value(Quantity(21, None)) == "≥21"


@pytest.mark.parametrize("message, shown", [
    ("Sources disagree: --07 (a line 2); 2021-07-26 (b line 39).",
     "Sources disagree: July (year not given) (a line 2); 2021-07-26 (b line 39)."),
    ("---31 against --12-31", "31 (month and year not given) against 31 December (year not given)"),
    ("a--07 and 2021--07-x stay", "a--07 and 2021--07-x stay"),  # not dates on their own
    ("nothing to change", "nothing to change"),
])
def test_partial_dates_in_messages(message, shown):
    assert humanize(message) == shown


@pytest.mark.parametrize("text, isolated", [
    ("plain English 2500", "plain English 2500"),
    ("dead for «سوريا» as 6,750", f"dead for {FSI}«سوريا»{PDI} as 6,750"),
    ("according to المرصد السوري; ~1,800", f"according to {FSI}المرصد السوري{PDI}; ~1,800"),
    ("a 2500 جندي b", f"a {FSI}2500 جندي{PDI} b"),
    ("the force بقوة 7 today", f"the force {FSI}بقوة 7{PDI} today"),
    ("«2500 جندي» and «نحو 900»", f"{FSI}«2500 جندي»{PDI} and {FSI}«نحو 900»{PDI}"),
    ("(line 6: «7.4 درجات»)", f"(line 6: {FSI}«7.4 درجات»{PDI})"),
])
def test_each_arabic_run_is_one_isolate(text, isolated):
    assert isolate_arabic(text) == isolated


@pytest.mark.parametrize("raw, shown", [
    ("clear \x1b[2J screen", "clear \\x1b[2J screen"),
    ("title \x1b]0;x\x07", "title \\x1b]0;x\\x07"),
    ("c1 \x9b31m", "c1 \\x9b31m"),
    ("override \u202e and isolate \u2066", "override \\u202e and isolate \\u2066"),
    ("keeps\ttab\nand newline", "keeps\ttab\nand newline"),
    ("cr\r and del\x7f", "cr\\x0d and del\\x7f"),
    ("عربي \u200f mark", "عربي \u200f mark"),  # a right-to-left mark reorders nothing around it
])
def test_control_characters_become_visible_escapes(raw, shown):
    assert escape_controls(raw) == shown


@pytest.mark.parametrize("word, texts, spelled", [
    ("درجه", ["بقوة 7 درجات", "6.8 درجة", "7.2 درجات"], "درجة"),  # the word itself first
    ("درجه", ["بقوة 7 درجات", "7.2 درجات"], "درجات"),  # else its plural
    ("مبني", ["انهيار 20 مبنى", "مئات المباني"], "مبنى"),
    ("هزه", ["3 هزات ارتدادية"], "هزات"),
    ("جوله", ["أجرت اربع جولات"], "جولات"),
    ("حوز", ["بإقليم الحوز"], "الحوز"),
    ("اقليم", ["بإقليم الحوز"], "إقليم"),
    ("فائده", ["سعر الفائدة"], "الفائدة"),
    # a word whose first letter is a clitic's keeps it: «ليبيا» is not ل + «يبيا»
    ("ليبيا", ["قتل 20 في ليبيا"], "ليبيا"),
    ("ليبيا", ["مساعدات لليبيا"], "ليبيا"),
    ("لبنان", ["وصل إلى لبنان"], "لبنان"),
    ("كم", ["على عمق 10 كيلومترات"], None),
])
def test_a_normalised_word_is_found_as_the_articles_write_it(word, texts, spelled):
    assert original_spelling(word, texts) == spelled


def _claim(cid: str, text: str, sentence: str) -> Claim:
    return Claim(cid, cid.split(":")[0], "quantity", text, sentence, Span(0, len(text), 1, 1),
                 Quantity.exact(1))


def test_an_automatic_label_is_spelled_from_its_claims_then_their_sentences():
    claims = {c.id: c for c in (_claim("a:q1", "7 درجات", "زلزال بقوة 7 درجات في الحوز"),
                                _claim("b:q1", "6.8 درجة", "هزة بقوة 6.8 درجة بإقليم الحوز"))}
    topic = Topic("auto-magnitude", "magnitude in «درجه» at «حوز»", "quantity", "auto",
                  "conflict", tuple(claims))
    assert display_label(topic, claims) == "magnitude in «درجة» at «الحوز»"


def test_a_rule_label_is_the_authors_own():
    topic = Topic("t", "عدد الجنود", "quantity", "rules/x.toml", "conflict", ())
    assert display_label(topic, {}) == "عدد الجنود"
