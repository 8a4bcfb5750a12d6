"""Every entry of the lexicon reaches the grammar that reads it: each counted noun after a
figure, each month name in a date, each weekday, each qualifier. A word added to a list
that the grammar cannot read (a typo, a form a longer entry shadows) fails here, by name.
"""

from __future__ import annotations

import pytest

from factcheck.extract.dates import find_dates
from factcheck.extract.normalize import normalize, normalize_word
from factcheck.extract.numbers import find_quantities
from factcheck.lexicon import months, numbers, qualifiers, units, weekdays

FORMS = [(lemma, form) for lemma, (_, forms) in units.COUNTED_NOUNS.items() for form in forms]


@pytest.mark.parametrize("lemma, form", FORMS, ids=[f for _, f in FORMS])
def test_every_counted_noun_is_read_after_a_figure(lemma, form):
    found = find_quantities(normalize(f"وقال إن 12 {form} وصلوا.").text)
    assert [(m.quantity.min, m.quantity.max, m.unit) for m in found] == [
        (12, 12, normalize_word(lemma))]


MONTHS = [(system, month, name)
          for system, table in (("levantine", months.LEVANTINE), ("gulf", months.GULF),
                                ("maghrebi", months.MAGHREBI), ("english", months.ENGLISH))
          for month, names in table.items() for name in names]


@pytest.mark.parametrize("system, month, name", MONTHS, ids=[n for *_, n in MONTHS])
def test_every_month_name_is_read_in_a_date(system, month, name):
    found = find_dates(normalize(f"وصل الوفد في 5 {name} 2021.").text)
    assert [(d.value.year, d.value.month, d.value.day) for d in found] == [(2021, month, 5)]


@pytest.mark.parametrize("name, month", [(n, m) for m, names in months.HIJRI.items() for n in names])
def test_every_hijri_month_is_read_with_its_year(name, month):
    found = find_dates(normalize(f"وصل الوفد في 5 {name} 1445 هـ.").text)
    assert len(found) == 1 and found[0].note.startswith(f"Hijri 5/{month}/1445"), found


@pytest.mark.parametrize("name, weekday", sorted(weekdays.WEEKDAYS.items()))
def test_every_weekday_is_read(name, weekday):
    found = find_dates(normalize(f"وصل الوفد يوم {name} إلى بغداد.").text)
    assert [d.value.weekday for d in found] == [weekday]


@pytest.mark.parametrize("phrase, kind", sorted(qualifiers.QUALIFIERS_BEFORE.items()))
def test_every_qualifier_before_a_figure_is_read(phrase, kind):
    found = find_quantities(normalize(f"وصل {phrase} 12 جنديا.").text)
    assert len(found) == 1 and found[0].unit == "جندي", found
    lo, hi, approx = found[0].quantity.min, found[0].quantity.max, found[0].quantity.approximate
    assert {"approx": (12, 12, True), "gt": (13, None, False), "ge": (12, None, False),
            "lt": (None, 11, False), "le": (None, 12, False)}[kind] == (lo, hi, approx)


# ---------------------------------------------------------------- dates and publication

from factcheck.extract.dates import Reference, find_periods, infer_reference  # noqa: E402
from factcheck.extract.publication_clues import publication_clues  # noqa: E402
from factcheck.lexicon import publication, time_words  # noqa: E402

WEDNESDAY = Reference(2024, 6, 19)


@pytest.mark.parametrize("verb", time_words.PAST_VERBS)
def test_every_past_verb_dates_a_weekday_before_today(verb):
    (found,) = find_dates(normalize(f"و{verb} الوفد الثلاثاء في المدينة").text, WEDNESDAY)
    assert (found.value.month, found.value.day) == (6, 18), found


@pytest.mark.parametrize("cue", time_words.FUTURE_CUES)
def test_every_future_cue_dates_a_weekday_after_today(cue):
    (found,) = find_dates(normalize(f"{cue} الوفد الخميس في المدينة").text, WEDNESDAY)
    assert (found.value.month, found.value.day) == (6, 20), found


@pytest.mark.parametrize("label", publication.PUBLICATION_LABELS)
def test_every_publication_label_dates_the_text(label):
    text = normalize(f"قال الوزير إن الوفد وصل إلى المدينة ليلا بعد رحلة طويلة.\n{label}: 18th, June 2024 GMT").text
    assert infer_reference(text).basis.startswith("publication stamp")


@pytest.mark.parametrize("noun", publication.ANNIVERSARY_NOUNS)
@pytest.mark.parametrize("ago", sorted(publication.ANNIVERSARY_YEARS_AGO))
def test_every_anniversary_phrase_is_read(noun, ago):
    text = normalize(f"{publication.ANNIVERSARY_OPENERS[0]} {noun} {ago} ضرب الزلزال").text
    assert publication_clues(text).anniversary_years == publication.ANNIVERSARY_YEARS_AGO[ago]


@pytest.mark.parametrize("noun", time_words.SEASON_NOUNS)
def test_every_season_noun_takes_its_year(noun):
    (found,) = find_dates(normalize(f"خلال {noun} 2024 وصل").text)
    assert found.value.year == 2024


@pytest.mark.parametrize("word", time_words.NIGHT_WORDS)
def test_every_night_word_joins_two_weekdays(word):
    (found,) = find_dates(normalize(f"ضرب الزلزال {word} الجمعة السبت").text)
    assert found.value.weekday == 4


@pytest.mark.parametrize("opener", time_words.PERIOD_OPENERS)
@pytest.mark.parametrize("last", time_words.PERIOD_LAST)
def test_every_period_phrase_is_read(opener, last):
    (period,) = find_periods(normalize(f"{opener} السنوات الخمس {last}").text)
    assert (period.length, period.unit, period.kind) == (5, "year", "last")


@pytest.mark.parametrize("suffix", months.ENGLISH_DAY_SUFFIXES)
def test_every_english_day_ending_is_read(suffix):
    (found,) = find_dates(normalize(f"18{suffix}, June 2024").text)
    assert (found.value.year, found.value.month, found.value.day) == (2024, 6, 18)


KIND_READS = {"approx": (12, 12, True), "gt": (13, None, False), "ge": (12, None, False),
              "lt": (None, 11, False), "le": (None, 12, False)}


def _kind_read(phrase: str):
    found = find_quantities(normalize(phrase).text)
    assert len(found) == 1 and found[0].unit == "جندي", found
    q = found[0].quantity
    return q.min, q.max, q.approximate


@pytest.mark.parametrize("verb, kind", sorted(qualifiers.COMPARING_VERBS.items()))
def test_every_comparing_verb_is_read_before_a_figure_and_across_its_subject(verb, kind):
    assert _kind_read(f"وكان العدد {verb} 12 جنديا.") == KIND_READS[kind]
    assert _kind_read(f"{verb} عدد الجنود المنتشرين هناك 12 جنديا.") == KIND_READS[kind]


PREPOSITION_VERBS = [(verb, prep, kind) for verb, kind in
                     sorted(qualifiers.COMPARING_VERBS_WITH_PREPOSITION.items())
                     for prep in qualifiers.COMPARING_PREPOSITIONS]


@pytest.mark.parametrize("verb, prep, kind", PREPOSITION_VERBS)
def test_every_comparing_verb_with_its_preposition_is_read(verb, prep, kind):
    assert _kind_read(f"وكان العدد {verb} {prep} 12 جنديا.") == KIND_READS[kind]
    assert _kind_read(f"{verb} عدد الجنود {prep} 12 جنديا.") == KIND_READS[kind]


@pytest.mark.parametrize("phrase, kind", sorted(qualifiers.QUALIFIERS_AFTER.items()))
def test_every_qualifier_after_a_figure_is_read_past_an_adjective(phrase, kind):
    assert _kind_read(f"وصل 12 جنديا أمريكيا {phrase}.") == KIND_READS[kind]


@pytest.mark.parametrize("word, fraction", sorted(numbers.FRACTIONS.items()))
def test_every_fraction_is_read_as_a_share_of_a_whole(word, fraction):
    found = find_quantities(normalize(f"خسرت العملة {word} قيمتها.").text)
    numerator, denominator = fraction
    assert [(m.quantity.min, m.unit) for m in found] == [
        (round(100 * numerator / denominator, 2), "%")]


@pytest.mark.parametrize("word, denominator", sorted(numbers.FRACTION_PLURALS.items()))
def test_every_plural_fraction_is_read_after_a_cardinal(word, denominator):
    found = find_quantities(normalize(f"خسرت العملة ثلاثة {word} قيمتها.").text)
    assert [(m.quantity.min, m.unit) for m in found] == [(round(300 / denominator, 2), "%")]


@pytest.mark.parametrize("word, denominator",
                         sorted(numbers.FRACTIONS_SPELLED_AS_CARDINALS.items()))
def test_every_cardinal_spelled_fraction_is_a_share_before_a_definite_whole(word, denominator):
    found = find_quantities(normalize(f"يذهب {word} الميزانية إلى الدفاع.").text)
    assert [(m.quantity.min, m.unit) for m in found] == [(round(100 / denominator, 2), "%")]


@pytest.mark.parametrize("word, scale", sorted(numbers.SCALES_DEFINITE.items()))
def test_every_definite_scale_is_read_after_a_comparing_verb(word, scale):
    found = find_quantities(normalize(f"تجاوز عدد السكان {word}.").text)
    assert [(m.quantity.min, m.quantity.max) for m in found] == [(scale + 1, None)]
    assert find_quantities(normalize(f"وكتب {word} على اللوح.").text) == []


@pytest.mark.parametrize("word", numbers.NOT_COUNTED_BEFORE_ONE)
def test_no_idiom_before_one_is_a_count(word):
    assert find_quantities(normalize(f"وقفوا {word} {numbers.ONE_ACCUSATIVE}.").text) == []


@pytest.mark.parametrize("word", numbers.NOT_SHARE_WHOLES)
def test_no_word_that_is_no_whole_makes_a_share(word):
    assert find_quantities(normalize(f"وصلوا إلى نصف {word}.").text) == []
