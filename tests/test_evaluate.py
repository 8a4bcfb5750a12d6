"""`factcheck eval`: a scan scored against a hand-made gold file.

The tiny corpus below is two reports of the same flood: the later one counts fewer dead
(12 a day after 19: a falling running total) and on the water level (3 vs 5 metres, left out of the gold on purpose), one dates the
flood on the wrong weekday, and one wraps a line inside a figure.
"""

import json
from dataclasses import replace
from pathlib import Path

import pytest
from rich.console import Console

from factcheck.evaluate import (GoldError, evaluate, evaluation_to_json, load_gold,
                                locate_quotes, render_evaluation)
from factcheck.model import Finding
from factcheck.run.engine import scan

WADI = """---
outlet: صحيفة الوادي
published: 2024-03-06
---
قتل 12 شخصا في سيول مدينة الوادي فجر أمس الثلاثاء 5 مارس 2024.
وبلغ منسوب المياه 3 أمتار في وسط المدينة، ودمرت السيول نحو
200 منزل في الأحياء الشرقية.
"""

SAHIL = """---
outlet: موقع الساحل
published: 2024-03-05
---
قتل 19 شخصا في سيول مدينة الوادي يوم الأربعاء 5 مارس 2024.
وبلغ منسوب المياه 5 أمتار في وسط المدينة، ودمرت السيول أكثر من 150 منزلا.
وأصيب 40 شخصا بجروح، وأصيب 40 شخصا آخرون بالصدمة.
"""


def claim(article, quote, value, approx=False):
    return {"article": article, "quote": quote, "value": value, "approx": approx}


def gold_data(deaths_expected="conflict", sahil_deaths=19):
    return {
        "story": "floods",
        "articles": {"a_wadi.txt": {"published": "2024-03-05"}},
        "topics": [
            {"id": "deaths", "kind": "quantity", "expected": deaths_expected, "claims": [
                claim("a_wadi.txt", "قتل 12 شخصا", 12),
                claim("b_sahil.txt", "قتل 19 شخصا", sahil_deaths)]},
            {"id": "flood-date", "kind": "date", "expected": "consistent", "claims": [
                claim("a_wadi.txt", "الثلاثاء 5 مارس 2024", "2024-03-05"),
                claim("b_sahil.txt", "5 مارس 2024", "2024-03")]},
            {"id": "houses", "kind": "quantity", "expected": "consistent", "claims": [
                claim("a_wadi.txt", "نحو 200 منزل", 200, approx=True),  # wrapped in the file
                claim("b_sahil.txt", "أكثر من 150 منزلا", 150)]},
        ],
        "internal_inconsistencies": [
            {"article": "b_sahil.txt", "quote": "يوم الأربعاء", "conflicts_with": "5 مارس 2024",
             "why": "5 March 2024 was a Tuesday"},
            # The deaths finding touches the quote but not the words it conflicts with.
            {"article": "a_wadi.txt", "quote": "قتل 12 شخصا",
             "conflicts_with": "الثلاثاء 5 مارس 2024"},
        ],
        "must_not_flag": [
            {"quotes": [["a_wadi.txt", "نحو 200 منزل"], ["b_sahil.txt", "أكثر من 150 منزلا"]],
             "why": "about 200 and more than 150 agree"},
            {"quotes": [["a_wadi.txt", "قتل 12 شخصا"], ["b_sahil.txt", "قتل 19 شخصا"]],
             "why": "deliberately wrong, to see a violation counted"},
            {"articles": ["b_sahil.txt"], "why": "a note without quotes"},
        ],
    }


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "a_wadi.txt").write_text(WADI, encoding="utf-8")
    (tmp_path / "b_sahil.txt").write_text(SAHIL, encoding="utf-8")
    return tmp_path


def write_gold(folder: Path, data, name="gold.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def report(corpus):
    return scan([corpus], [], [])


def run(corpus, report, data):
    return evaluate(report, load_gold(write_gold(corpus, data)))


def claim_id(report, text):
    (found,) = [c.id for c in report.claims if c.text == text]
    return found


# ------------------------------------------------------------------ claim recall


def test_claims_with_the_right_value_are_recalled(corpus, report):
    ev = run(corpus, report, gold_data())
    assert (ev.claim_recall.hit, ev.claim_recall.total) == (6, 6)
    assert ev.misses == ()


def test_a_gold_value_the_claim_does_not_hold_is_a_miss_with_the_value_found(corpus, report):
    ev = run(corpus, report, gold_data(sahil_deaths=21))
    assert (ev.claim_recall.hit, ev.claim_recall.total) == (5, 6)
    (miss,) = ev.misses
    assert (miss.topic, miss.reason, miss.expected) == ("deaths", "wrong value", "21")
    assert miss.location == "b_sahil.txt:5:1"
    assert miss.found == ("19 «19 شخصا»",)


def test_a_quote_with_no_claim_in_it_is_a_miss(corpus, report):
    data = gold_data()
    data["topics"][0]["claims"].append(claim("a_wadi.txt", "مدينة الوادي", 1))
    ev = run(corpus, report, data)
    assert [(m.reason, m.found) for m in ev.misses] == [("no claim there", ())]
    assert next(t for t in ev.topics if t.id == "deaths").recall.describe() == "2/3 (0.67)"


def test_a_date_is_right_only_at_the_gold_granularity(corpus, report):
    data = gold_data()
    dates = data["topics"][1]["claims"]
    dates[0]["value"] = "2024"  # coarser than the claim: right
    dates[1]["value"] = "2024-03-06"  # a different day: wrong
    ev = run(corpus, report, data)
    assert [(m.topic, m.reason) for m in ev.misses] == [("flood-date", "wrong value")]


def test_every_occurrence_of_a_repeated_quote_is_a_possible_location(corpus, report):
    data = gold_data()
    data["topics"].append({"id": "injured", "kind": "quantity", "expected": "consistent",
                           "claims": [claim("b_sahil.txt", "وأصيب 40 شخصا", 40)]})
    gold = load_gold(write_gold(corpus, data))
    quote = gold.topics[-1].claims[0].at
    assert locate_quotes(gold)[quote] == ((7, 1), (7, 22))
    assert evaluate(report, gold).claim_recall.hit == 7


def test_a_claim_in_another_article_does_not_cover_the_same_words(corpus, report):
    data = gold_data()
    data["topics"][1]["claims"][1]["article"] = "a_wadi.txt"  # «5 مارس 2024» is in both files
    ev = run(corpus, report, data)
    assert ev.claim_recall.hit == 6  # found in a_wadi, inside its own dated claim
    data["topics"][0]["claims"][1]["article"] = "a_wadi.txt"  # «قتل 19 شخصا» is not in a_wadi
    with pytest.raises(GoldError, match=r"topics\[0\]\.claims\[1\]: quote not found in a_wadi"):
        run(corpus, report, data)


# ------------------------------------------------------------- topic outcomes


def test_a_conflict_is_found_when_a_finding_touches_claims_from_two_articles(corpus, report):
    ev = run(corpus, report, gold_data())
    deaths = next(t for t in ev.topics if t.id == "deaths")
    assert deaths.ok and len(deaths.findings) == 1
    assert (ev.conflicts_found.hit, ev.conflicts_found.total) == (1, 1)


def test_a_conflict_is_missed_without_such_a_finding(corpus, report):
    quiet = replace(report, findings=tuple(f for f in report.findings
                                           if claim_id(report, "19 شخصا") not in f.claims))
    ev = run(corpus, quiet, gold_data())
    assert (ev.conflicts_found.hit, ev.conflicts_found.total) == (0, 1)


def test_a_falling_tally_needs_only_one_gold_claim(corpus, report):
    one = claim_id(report, "19 شخصا")
    others = tuple(f for f in report.findings if one not in f.claims)
    for check, found in (("falling-tally", True), ("cross-source-conflict", False)):
        lone = Finding("f1", check, "warning", None, ("b_sahil",), (one,), "lower than before")
        ev = run(corpus, replace(report, findings=others + (lone,)), gold_data())
        assert ev.conflicts_found.hit == int(found), check


def test_an_evolving_tally_is_only_a_failure_when_raised_as_an_error(corpus, report):
    ev = run(corpus, report, gold_data(deaths_expected="evolving"))
    assert (ev.evolving_not_errors.hit, ev.evolving_not_errors.total) == (1, 1)  # a warning
    escalated = tuple(replace(f, severity="error") if f.check == "falling-tally" else f
                      for f in report.findings)
    ev = run(corpus, replace(report, findings=escalated), gold_data(deaths_expected="evolving"))
    assert (ev.evolving_not_errors.hit, ev.evolving_not_errors.total) == (0, 1)


def test_consistent_topics_stay_clean_unless_a_warning_touches_two_claims(corpus, report):
    ev = run(corpus, report, gold_data())
    # flood-date carries a weekday error, but on one claim only: still clean.
    assert (ev.consistent_clean.hit, ev.consistent_clean.total) == (2, 2)
    ev = run(corpus, report, gold_data(deaths_expected="consistent"))
    assert (ev.consistent_clean.hit, ev.consistent_clean.total) == (2, 3)
    assert next(t for t in ev.topics if t.id == "deaths").ok is False


# ------------------------------------------- internal, must-not-flag, unexplained


def test_internal_inconsistencies_found_and_missed(corpus, report):
    ev = run(corpus, report, gold_data())
    assert [o.ok for o in ev.internal] == [True, False]
    assert (ev.internal_found.hit, ev.internal_found.total) == (1, 2)
    assert ev.internal[0].quotes[0] == "b_sahil.txt:5:34 «يوم الأربعاء»"


def test_an_info_finding_does_not_count_as_finding_an_inconsistency(corpus, report):
    softened = tuple(replace(f, severity="info") for f in report.findings)
    ev = run(corpus, replace(report, findings=softened), gold_data())
    assert ev.internal_found.hit == 0


def test_must_not_flag_pairs_respected_and_violated(corpus, report):
    ev = run(corpus, report, gold_data())
    assert [o.ok for o in ev.must_not_flag] == [True, False, None]  # None: no quotes, not scored
    assert (ev.must_not_flag_respected.hit, ev.must_not_flag_respected.total) == (1, 2)
    assert ev.must_not_flag[1].findings == next(t for t in ev.topics if t.id == "deaths").findings


def test_a_serious_finding_that_touches_no_gold_quote_is_unexplained(corpus, report):
    ev = run(corpus, report, gold_data())
    (water,) = ev.unexplained
    assert (water.check, water.severity) == ("cross-source-conflict", "warning")
    assert [c.split(" ", 1)[1] for c in water.claims] == ["3 «3 أمتار»", "5 «5 أمتار»"]


def test_an_unreadable_scan_article_counts_its_gold_claims_as_misses(corpus, report):
    only_wadi = replace(report, articles=tuple(a for a in report.articles if a.id == "a_wadi"),
                        claims=tuple(c for c in report.claims if c.article == "a_wadi"),
                        findings=())
    ev = run(corpus, only_wadi, gold_data())
    assert ev.unscanned == ("b_sahil.txt",)
    assert {m.reason for m in ev.misses} == {"article not in the scan"}
    assert ev.claim_recall.hit == 3


# --------------------------------------------------------------------- output


def test_json_output_is_deterministic_and_complete(corpus, report):
    ev = run(corpus, report, gold_data(sahil_deaths=21))
    text = evaluation_to_json(ev)
    rescanned = scan([corpus], [], [])
    assert text == evaluation_to_json(run(corpus, rescanned, gold_data(sahil_deaths=21)))
    data = json.loads(text)
    assert data["metrics"]["claim_recall"] == {"hit": 5, "total": 6, "ratio": 0.8333}
    assert data["metrics"]["unexplained_serious_findings"] == 1
    assert data["misses"][0]["found"] == ["19 «19 شخصا»"]
    assert "«" in text  # Arabic and quotes kept as they are, not escaped


def test_table_shows_counts_and_the_details_only_when_verbose(corpus, report):
    ev = run(corpus, report, gold_data(sahil_deaths=21))
    console = Console(width=160, record=True, color_system=None)
    render_evaluation(ev, console)
    brief = console.export_text()
    assert "claim recall (value right)" in brief and "5/6 (0.83)" in brief
    assert "unexplained serious findings" in brief
    assert "wrong value" not in brief
    render_evaluation(ev, console, verbose=True)
    detailed = console.export_text()
    assert "b_sahil.txt:5:1 [deaths] «قتل 19 شخصا» expected 21: wrong value" in detailed
    assert "3 «3 أمتار»" in detailed


# ----------------------------------------------------------------- bad gold files


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d["topics"][0]["claims"][1].pop("value"),
     r"topics\[0\]\.claims\[1\]: 'value' missing"),
    (lambda d: d["topics"][0].update(expected="maybe"), r"topics\[0\]: 'expected' must be one of"),
    (lambda d: d["topics"][0].update(kind="count"), r"topics\[0\]: 'kind' must be one of"),
    (lambda d: d["topics"][0]["claims"][0].update(value="2024-03-05"),
     r"topics\[0\]\.claims\[0\]: 'value' of a quantity topic must be a number"),
    (lambda d: d["topics"][1]["claims"][0].update(value="2024-02-30"),
     r"topics\[1\]\.claims\[0\]: 'value' of a date topic must be a date"),
    (lambda d: d["topics"][0]["claims"][0].update(value={"min": 20, "max": 10}),
     r"topics\[0\]\.claims\[0\]: 'value' range has min 20 above max 10"),
    (lambda d: d["topics"][0]["claims"][0].update(value={"low": 1}),
     r"topics\[0\]\.claims\[0\]: 'value' range has unknown key 'low'"),
    (lambda d: d["topics"][0]["claims"][0].update(approx="yes"),
     r"topics\[0\]\.claims\[0\]: 'approx' must be true or false"),
    (lambda d: d["topics"][2].update(id="deaths"), r"topics\[2\]: duplicate topic id 'deaths'"),
    (lambda d: d["internal_inconsistencies"][0].pop("conflicts_with"),
     r"internal_inconsistencies\[0\]: 'conflicts_with' missing"),
    (lambda d: d["must_not_flag"][0]["quotes"].append(["a_wadi.txt"]),
     r"must_not_flag\[0\]\.quotes\[2\]: must be an \[article, quote\] pair"),
    (lambda d: d.pop("topics"), r"'topics' missing"),
])
def test_a_malformed_gold_file_is_named_with_the_bad_entry(tmp_path, mutate, message):
    data = gold_data()
    mutate(data)
    with pytest.raises(GoldError, match=r"^\S*my-gold\.json: " + message) as caught:
        load_gold(write_gold(tmp_path, data, "my-gold.json"))
    assert "\n" not in str(caught.value)


def test_a_range_with_one_open_end_is_accepted(corpus, report):
    data = gold_data()
    data["topics"][2]["claims"][1]["value"] = {"min": 150, "max": None}
    ev = run(corpus, report, data)
    assert ev.claim_recall.hit == 6


def test_gold_that_is_not_json_or_missing_names_the_file(tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{"topics": [', encoding="utf-8")
    with pytest.raises(GoldError, match=r"broken\.json: not valid JSON: line 1"):
        load_gold(bad)
    with pytest.raises(GoldError, match=r"absent\.json: cannot read file"):
        load_gold(tmp_path / "absent.json")


def test_a_gold_article_missing_from_the_corpus_folder_is_a_gold_error(corpus, report):
    data = gold_data()
    data["topics"][0]["claims"][0]["article"] = "c_missing.txt"
    with pytest.raises(GoldError, match=r"gold\.json: topics\[0\]\.claims\[0\]: "
                                        r"cannot read article 'c_missing\.txt'"):
        run(corpus, report, data)


# ---------------------------------------------------------------------- devset

DEVSET = Path(__file__).resolve().parents[1].parent / "shared" / "devset"


@pytest.mark.skipif(not DEVSET.is_dir(), reason="the development set is not checked out here")
def test_the_devset_gold_files_load_and_every_quote_is_in_its_file():
    golds = sorted(DEVSET.glob("*/gold.json"))
    assert golds
    for path in golds:
        gold = load_gold(path)
        located = locate_quotes(gold)
        assert located and all(located.values())
        ev = evaluate(scan([path.parent], [], []), gold)
        assert ev.unscanned == ()
        assert ev.claim_recall.total == sum(len(t.claims) for t in gold.topics)
