"""`factcheck eval`: scans scored against hand-made gold files, by the definitions of the
reference scorer (shared/tools/score_gold.py; tests/test_devset_eval.py holds the two to
the same numbers on every devset story).

The tiny corpus below is two reports of the same flood: the later one counts fewer dead
(12 a day after 19: a falling running total, a warning), they differ on the water level
(3 vs 5 metres, left out of the gold on purpose), and one dates the flood to a Wednesday
that was a Tuesday (an error on one claim).
"""

import json
from dataclasses import replace
from pathlib import Path

import pytest
from rich.console import Console

from factcheck.evaluate import (GoldError, GoldRange, evaluate, evaluations_to_json, load_gold,
                                locate_quotes, render_table, value_ok)
from factcheck.model import Finding
from factcheck.run.engine import scan
from support import run as run_cli

WADI = """---
outlet: صحيفة الوادي
published: 2024-03-06
---
قتل 12 شخصا في سيول مدينة الوادي فجر أمس الثلاثاء 5 مارس 2024.
وبلغ منسوب المياه 3 أمتار في وسط المدينة، ودمرت السيول نحو 200 منزل
في الأحياء الشرقية.
"""

SAHIL = """---
outlet: موقع الساحل
published: 2024-03-05
---
قتل 19 شخصا في سيول مدينة الوادي يوم الأربعاء 5 مارس 2024.
وبلغ منسوب المياه 5 أمتار في وسط المدينة، ودمرت السيول أكثر من 150 منزلا.
وأصيب 40 شخصا بجروح، وأصيب 40 شخصا آخرون بالصدمة.
"""


def claim(article, quote, value, approx=False, note=None, **more):
    out = {"article": article, "quote": quote, "value": value, "approx": approx, **more}
    if note:
        out["note"] = note
    return out


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
                claim("a_wadi.txt", "نحو 200 منزل", 200, approx=True),
                claim("b_sahil.txt", "أكثر من 150 منزلا", 150, note="more than")]},
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
            {"quotes": [["b_sahil.txt", "وأصيب 40 شخصا"]], "why": "one pair: not scored"},
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


def with_findings(report, *findings):
    return replace(report, findings=tuple(findings))


def finding(fid, severity, *claims, check="cross-source-conflict"):
    return Finding(fid, check, severity, None, (), tuple(claims), "a finding")


# ------------------------------------------------------------------ claim values


def test_claims_with_the_right_value_are_counted(corpus, report):
    ev = run(corpus, report, gold_data())
    assert (ev.metrics["gold_claims"], ev.metrics["found"], ev.metrics["value_ok"]) == (6, 6, 6)
    assert ev.misses == ()


def test_a_gold_value_the_claim_does_not_hold_is_a_miss_with_the_value_found(corpus, report):
    ev = run(corpus, report, gold_data(sahil_deaths=21))
    assert (ev.metrics["found"], ev.metrics["value_ok"]) == (6, 5)
    (miss,) = ev.misses
    assert (miss.topic, miss.reason, miss.expected) == ("deaths", "wrong value", "21")
    assert miss.location == "b_sahil.txt:5:1"
    assert miss.found == ("19 «19 شخصا»",)


def test_a_quote_with_no_claim_in_it_is_a_miss(corpus, report):
    data = gold_data()
    data["topics"][0]["claims"].append(claim("a_wadi.txt", "مدينة الوادي", 1))
    ev = run(corpus, report, data)
    assert [(m.reason, m.found) for m in ev.misses] == [("no claim there", ())]
    assert str(next(t for t in ev.topics if t.id == "deaths").values) == "2/3"
    assert (ev.metrics["gold_claims"], ev.metrics["found"]) == (7, 6)


def test_optional_claims_are_not_counted_anywhere(corpus, report):
    data = gold_data()
    data["topics"][0]["claims"][1]["optional"] = True
    ev = run(corpus, report, data)
    assert ev.metrics["gold_claims"] == 5
    # The falling tally now joins one counted claim only: no conflict found, not right.
    assert (ev.metrics["conflicts_found"], ev.metrics["serious_correct"]) == (0, 1)


def test_every_occurrence_of_a_repeated_quote_is_a_possible_location(corpus, report):
    data = gold_data()
    data["topics"].append({"id": "injured", "kind": "quantity", "expected": "consistent",
                           "claims": [claim("b_sahil.txt", "وأصيب 40 شخصا", 40)]})
    gold = load_gold(write_gold(corpus, data))
    quote = gold.topics[-1].claims[0].at
    assert locate_quotes(gold)[quote] == ((7, 1), (7, 22))
    assert evaluate(report, gold).metrics["value_ok"] == 7


def test_a_claim_in_another_article_does_not_match_the_same_words(corpus, report):
    data = gold_data()
    data["topics"][1]["claims"][1]["article"] = "a_wadi.txt"  # «5 مارس 2024» is in both files
    ev = run(corpus, report, data)
    assert ev.metrics["value_ok"] == 6  # found in a_wadi, inside its own dated claim
    data["topics"][0]["claims"][1]["article"] = "a_wadi.txt"  # «قتل 19 شخصا» is not in a_wadi
    with pytest.raises(GoldError, match=r"topics\[0\]\.claims\[1\]: quote not found in a_wadi"):
        run(corpus, report, data)


def test_a_quote_must_be_the_exact_words_of_the_file(corpus, report):
    data = gold_data()
    data["topics"][2]["claims"][0]["quote"] = "منزل في الأحياء"  # a line break in the file
    with pytest.raises(GoldError, match=r"topics\[2\]\.claims\[0\]: quote not found in "
                                        r"a_wadi\.txt \(it is there with a line break"):
        run(corpus, report, data)


# ------------------------------------------------------------------------ value_ok


def q(lo, hi, approximate=False):
    return {"kind": "quantity", "value": {"min": lo, "max": hi, "approximate": approximate}}


def d(start, end=None):
    return {"kind": "date", "value": {"start": start, "end": end or start}}


@pytest.mark.parametrize("claim_value, gold, note, right", [
    (q(12, 12), 12, "", True),
    (q(12, 12), 12.0, "", True),
    (q(11, 13, True), 12, "", True),  # approximate: the interval holding it is enough
    (q(11, 13), 12, "", False),  # exact but no bound is the gold figure
    (q(151, None), 150, "more than", True),  # «أكثر من 150» is stored as ≥151
    (q(151, None), 150, "", False),
    (q(150, 150), 150, "at least", False),  # a lower bound needs an open or higher top
    # The reference's quirk: "over" inside "government" makes the figure a lower bound.
    (q(111, 111), 111, "health ministry, government areas", False),
    (q(100, 200), GoldRange(100, 200), "", True),
    (q(100, None), GoldRange(None, 200), "", False),  # a range open at the bottom: never
    (d("2024-03-05"), "2024-03-05", "", True),
    (d("2024-03-01", "2024-03-31"), "2024-03", "", True),
    (d("2024-03-05"), "2024-03", "", True),  # starts with the gold month
    (d("2024-03-05"), "2024-03-06", "", False),
    (d("--03-05"), "2024-03-05", "", True),  # no year: month and day agree
    (d("---05"), "2024-03-05", "", False),  # a day alone never matches (the reference's)
    (d("2023-09-08"), GoldRange("2023-09-08", "2023-09-09"), "", True),
    (d("2023-09-09"), GoldRange("2023-09-08", "2023-09-09"), "", False),  # only min is read
    (d("2024-03-05"), 5, "", False),
])
def test_value_ok_follows_the_reference(claim_value, gold, note, right):
    assert value_ok(claim_value, gold, note) is right


# ------------------------------------------------------------- topic outcomes


def test_a_conflict_is_found_when_a_finding_joins_claims_of_different_gold_values(corpus, report):
    ev = run(corpus, report, gold_data())
    deaths = next(t for t in ev.topics if t.id == "deaths")
    assert deaths.ok and len(deaths.findings) == 1
    assert (ev.metrics["conflicts_found"], ev.metrics["conflicts"]) == (1, 1)


def test_a_finding_joining_claims_the_gold_gives_one_value_finds_no_conflict(corpus, report):
    data = gold_data(sahil_deaths=12)  # wrong for «19», but the same value: no conflict
    ev = run(corpus, report, data)
    assert ev.metrics["conflicts_found"] == 0


def test_values_are_compared_as_the_reference_does_5_and_5_0_differ(corpus, report):
    data = gold_data()
    data["topics"][0]["claims"][0]["value"] = 19
    data["topics"][0]["claims"][1]["value"] = 19.0
    assert run(corpus, report, data).metrics["conflicts_found"] == 1


def test_a_conflict_is_missed_without_such_a_finding(corpus, report):
    quiet = replace(report, findings=tuple(f for f in report.findings
                                           if claim_id(report, "19 شخصا") not in f.claims))
    ev = run(corpus, quiet, gold_data())
    assert (ev.metrics["conflicts_found"], ev.metrics["conflicts"]) == (0, 1)


def test_an_evolving_tally_is_only_a_failure_when_raised_as_an_error(corpus, report):
    ev = run(corpus, report, gold_data(deaths_expected="evolving"))
    assert (ev.metrics["evolving_no_error"], ev.metrics["evolving"]) == (1, 1)  # a warning
    escalated = tuple(replace(f, severity="error") if f.check == "falling-tally" else f
                      for f in report.findings)
    ev = run(corpus, replace(report, findings=escalated), gold_data(deaths_expected="evolving"))
    assert (ev.metrics["evolving_no_error"], ev.metrics["evolving"]) == (0, 1)
    assert next(t for t in ev.topics if t.id == "deaths").findings


def test_consistent_topics_stay_clean_unless_a_finding_joins_two_of_their_claims(corpus, report):
    ev = run(corpus, report, gold_data())
    # flood-date carries a weekday error, but on one claim only: still clean.
    assert (ev.metrics["consistent_clean"], ev.metrics["consistent"]) == (2, 2)
    ev = run(corpus, report, gold_data(deaths_expected="consistent"))
    assert (ev.metrics["consistent_clean"], ev.metrics["consistent"]) == (2, 3)
    assert next(t for t in ev.topics if t.id == "deaths").ok is False


def test_a_finding_reaching_outside_a_consistent_topic_leaves_it_clean(corpus, report):
    # The reference's rule: only a finding wholly inside the topic's claims counts.
    ids = [claim_id(report, t) for t in ("12 شخصا", "19 شخصا", "3 أمتار")]
    ev = run(corpus, with_findings(report, finding("f1", "warning", *ids)),
             gold_data(deaths_expected="consistent"))
    assert next(t for t in ev.topics if t.id == "deaths").ok is True


# ------------------------------------------------ internal, must-not-flag, precision


def test_internal_inconsistencies_found_and_missed(corpus, report):
    ev = run(corpus, report, gold_data())
    assert [o.ok for o in ev.internal] == [True, False]
    assert (ev.metrics["internal_found"], ev.metrics["internal"]) == (1, 2)
    assert ev.internal[0].quotes[0] == "b_sahil.txt:5:34 «يوم الأربعاء»"


@pytest.mark.parametrize("entry, found", [
    ({"quote": "يوم الأربعاء"}, True),  # a weekday alone: one quote
    ({"quotes": ["يوم الأربعاء 5 مارس"]}, True),  # no quote: the other side is enough
    ({"quote": "يوم الأربعاء", "quotes": ["قتل 19 شخصا"]}, True),  # one-claim finding
    ({"quote": "قتل 19 شخصا", "quotes": ["يوم الأربعاء"]}, False),
])
def test_every_shape_of_an_internal_inconsistency_is_scored(corpus, report, entry, found):
    data = gold_data()
    data["internal_inconsistencies"] = [{"article": "b_sahil.txt", **entry}]
    ev = run(corpus, report, data)
    assert ev.metrics["internal_found"] == int(found)


def test_an_info_finding_does_not_count(corpus, report):
    softened = tuple(replace(f, severity="info") for f in report.findings)
    ev = run(corpus, replace(report, findings=softened), gold_data())
    assert (ev.metrics["internal_found"], ev.metrics["conflicts_found"]) == (0, 0)
    assert ev.metrics["serious_findings"] == 0


def test_must_not_flag_entries_left_alone_flagged_and_unscored(corpus, report):
    ev = run(corpus, report, gold_data())
    assert [o.ok for o in ev.must_not_flag] == [True, False, None, None]
    assert (ev.metrics["must_not_clean"], ev.metrics["must_not"]) == (1, 2)
    assert ev.unscored_must_not == 2
    assert ev.must_not_flag[1].findings == next(t for t in ev.topics if t.id == "deaths").findings


def test_precision_counts_the_findings_right_by_the_conflict_or_internal_rules(corpus, report):
    ev = run(corpus, report, gold_data())
    # The falling tally (a conflict) and the weekday (internal) are right; the water level
    # touches nothing of the gold: unexplained.
    assert (ev.metrics["serious_correct"], ev.metrics["serious_findings"]) == (2, 3)
    assert ev.metrics["explained"] == 2
    (water,) = ev.unexplained
    assert (water.check, water.severity) == ("cross-source-conflict", "warning")
    assert [c.split(" ", 1)[1] for c in water.claims] == ["3 «3 أمتار»", "5 «5 أمتار»"]
    assert water.claims[0].startswith("a_wadi.txt:6:19 ")


def test_a_gold_article_missing_from_the_scan_is_noted(corpus, report):
    only_wadi = replace(report, articles=tuple(a for a in report.articles if a.id == "a_wadi"),
                        claims=tuple(c for c in report.claims if c.article == "a_wadi"),
                        findings=())
    ev = run(corpus, only_wadi, gold_data())
    assert ev.unscanned == ("b_sahil.txt",)
    assert {m.reason for m in ev.misses} == {"article not in the scan"}
    assert ev.metrics["value_ok"] == 3


# --------------------------------------------------------------------- output


def test_json_output_is_deterministic_with_the_reference_keys_and_a_total(corpus, report):
    ev = run(corpus, report, gold_data(sahil_deaths=21))
    text = evaluations_to_json([ev, ev])
    rescanned = run(corpus, scan([corpus], [], []), gold_data(sahil_deaths=21))
    assert text == evaluations_to_json([rescanned, rescanned])
    data = json.loads(text)
    assert list(data) == ["stories", "total"]
    assert data["stories"][0]["metrics"] == ev.metrics
    assert data["total"]["value_ok"] == 10 and data["total"]["gold_claims"] == 12
    assert "misses" not in data["stories"][0]
    detailed = json.loads(evaluations_to_json([ev], verbose=True))["stories"][0]
    assert detailed["misses"][0]["found"] == ["19 «19 شخصا»"]
    assert "«" in evaluations_to_json([ev], verbose=True)  # Arabic kept, not escaped


def test_table_has_a_row_per_story_and_a_total_and_details_only_when_verbose(corpus, report):
    one = run(corpus, report, gold_data(sahil_deaths=21))
    other = replace(one, story="other-story")
    console = Console(width=60, record=True, color_system=None)
    render_table([one, other], console)
    lines = console.export_text().splitlines()
    assert lines[0].split() == ["story", "values", "conflicts", "internal", "precision",
                                "evolving", "must-not", "consistent"]
    assert lines[1].split() == [corpus.name, "5/6", "1/1", "1/2", "2/3", "0/0", "1/2", "2/2"]
    assert lines[2].split()[0] == "other-story"  # never wrapped, however narrow
    assert lines[3].split() == ["TOTAL", "10/12", "2/2", "2/4", "4/6", "0/0", "2/4", "4/4"]
    assert lines[4].split() == ["0.83", "1.00", "0.50", "0.67", "—", "0.50", "1.00"]
    assert "wrong value" not in "\n".join(lines)
    render_table([one], console, verbose=True)
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
    (lambda d: d["topics"][1]["claims"][0].update(value={"min": "2024-03-06", "max": "2024-03"}),
     r"topics\[1\]\.claims\[0\]: 'value' range has min 2024-03-06 after max 2024-03"),
    (lambda d: d["topics"][1]["claims"][0].update(value={"min": 5}),
     r"topics\[1\]\.claims\[0\]: 'value' range bounds must be dates"),
    (lambda d: d["topics"][0]["claims"][0].update(value={"min": 20, "max": 10}),
     r"topics\[0\]\.claims\[0\]: 'value' range has min 20 above max 10"),
    (lambda d: d["topics"][0]["claims"][0].update(value={"low": 1}),
     r"topics\[0\]\.claims\[0\]: 'value' range has unknown key 'low'"),
    (lambda d: d["topics"][0]["claims"][0].update(approx="yes"),
     r"topics\[0\]\.claims\[0\]: 'approx' must be true or false"),
    (lambda d: d["topics"][0]["claims"][0].update(optional=1),
     r"topics\[0\]\.claims\[0\]: 'optional' must be true or false"),
    (lambda d: d["topics"][2].update(id="deaths"), r"topics\[2\]: duplicate topic id 'deaths'"),
    (lambda d: [d["internal_inconsistencies"][0].pop(k) for k in ("quote", "conflicts_with")],
     r"internal_inconsistencies\[0\]: needs 'quote', 'conflicts_with' or 'quotes'"),
    (lambda d: d["internal_inconsistencies"][0].update(quotes=["x", 3]),
     r"internal_inconsistencies\[0\]\.quotes\[1\]: must be a non-empty string"),
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


def test_ranges_of_numbers_and_of_dates_are_accepted(corpus, report):
    data = gold_data()
    data["topics"][2]["claims"][0]["value"] = {"min": 150, "max": None}
    data["topics"][1]["claims"][0]["value"] = {"min": "2024-03-05", "max": "2024-03-06"}
    gold = load_gold(write_gold(corpus, data))
    assert gold.topics[1].claims[0].value == GoldRange("2024-03-05", "2024-03-06")
    ev = evaluate(report, gold)
    assert ev.metrics["gold_claims"] == 6


def test_gold_that_is_not_json_or_missing_names_the_file(tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{"topics": [', encoding="utf-8")
    with pytest.raises(GoldError, match=r"broken\.json: not valid JSON: line 1"):
        load_gold(bad)
    with pytest.raises(GoldError, match=r"absent\.json: cannot read file"):
        load_gold(tmp_path / "absent.json")
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(GoldError, match=r"deep\.json: not valid JSON: arrays or objects nested "
                                        r"too deeply to read$"):
        load_gold(deep)


def test_a_gold_article_missing_from_the_corpus_folder_is_a_gold_error(corpus, report):
    data = gold_data()
    data["topics"][0]["claims"][0]["article"] = "c_missing.txt"
    with pytest.raises(GoldError, match=r"gold\.json: topics\[0\]\.claims\[0\]: "
                                        r"cannot read article 'c_missing\.txt'"):
        run(corpus, report, data)
    data["topics"][0]["claims"][0]["article"] = "sub/a_wadi.txt"
    with pytest.raises(GoldError, match=r"must be a file name in the corpus folder"):
        run(corpus, report, data)


# ------------------------------------------------------------------------ command


def two_stories(tmp_path):
    golds = []
    for name in ("flood-a", "flood-b"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "a_wadi.txt").write_text(WADI, encoding="utf-8")
        (folder / "b_sahil.txt").write_text(SAHIL, encoding="utf-8")
        golds.append(write_gold(folder, gold_data(sahil_deaths=21 if name == "flood-b" else 19)))
    return golds


def test_eval_takes_several_gold_files_and_prints_a_row_each_and_a_total(tmp_path):
    golds = two_stories(tmp_path)
    result = run_cli("eval", *map(str, golds))
    assert result.returncode == 0, result.stderr
    rows = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines() if line}
    assert rows["flood-a"][:2] == ["6/6", "1/1"] and rows["flood-b"][0] == "5/6"
    assert rows["TOTAL"][0] == "11/12"
    data = json.loads(run_cli("eval", *map(str, golds), "--format", "json").stdout)
    assert [s["story"] for s in data["stories"]] == ["flood-a", "flood-b"]
    assert data["total"]["value_ok"] == 11


def test_eval_corpus_is_for_a_single_gold(tmp_path):
    golds = two_stories(tmp_path)
    elsewhere = tmp_path / "gold-only.json"
    elsewhere.write_text(golds[0].read_text("utf-8"), encoding="utf-8")
    for args in (["--corpus", str(golds[0].parent)], [str(golds[0].parent)]):  # also the old form
        result = run_cli("eval", str(elsewhere), *args, "--format", "json")
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["stories"][0]["metrics"]["value_ok"] == 6
    result = run_cli("eval", *map(str, golds), "--corpus", str(golds[0].parent))
    assert result.returncode == 2 and "single gold" in result.stderr
    result = run_cli("eval", str(golds[0].parent), str(golds[1].parent))
    assert result.returncode == 2 and "is a folder" in result.stderr


def test_eval_names_a_bad_gold_file_and_still_scores_the_others(tmp_path):
    # every gold is checked before any scan: the bad one is named, the good one scored,
    # and the exit code says something was left out
    golds = two_stories(tmp_path)
    golds[1].write_text('{"topics": [{"id": 1}]}', encoding="utf-8")
    result = run_cli("eval", *map(str, golds))
    assert result.returncode == 2
    assert result.stderr.startswith("factcheck: error: ") and "flood-b" in result.stderr
    assert "flood-a" in result.stdout and "flood-b" not in result.stdout


def test_eval_with_only_bad_gold_files_prints_no_table(tmp_path):
    golds = two_stories(tmp_path)
    for gold in golds:
        gold.write_text('{"topics": [{"id": 1}]}', encoding="utf-8")
    result = run_cli("eval", *map(str, golds))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("factcheck: error: ") == 2
