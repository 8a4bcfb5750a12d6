"""The development set, scanned with NO rules: the issue's targets, a ratchet on today's
scores, and `factcheck eval` agreeing with the reference scorer on every story.

This reads ../shared/devset (twelve outlets per story, with a hand-made gold standard) and
../shared/tools/score_gold.py, and skips when they are absent. No text of the devset is
copied here: only scores are asserted. Each story is scanned once per session.
"""

import importlib.util
import json
from pathlib import Path

import pytest

from factcheck import __version__
from factcheck.gate.stories import only_stories
from factcheck.evaluate import COLUMNS, evaluate, load_gold
from factcheck.report.json_report import render_json
from factcheck.run.engine import scan
from support import ROOT
from support import run as run_cli

DEVSET = ROOT.parent / "shared" / "devset"
SCORER = ROOT.parent / "shared" / "tools" / "score_gold.py"

pytestmark = pytest.mark.skipif(not DEVSET.is_dir(), reason="../shared/devset is not here")

# The targets, per story: the share of each score that must be right.
TARGETS = {
    "values": 0.9,  # claim values right
    "conflicts": 0.8,  # conflict topics found
    "internal": 0.8,  # in-article inconsistencies found
    "precision": 0.9,  # serious findings right
    "must-not": 1.0,  # every must-not-flag pair left alone
    "evolving": 1.0,  # no evolving tally raised as an error
}

# Today's scores (hit, out of), measured with --no-rules: the ratchet. Raise them as accuracy
# improves (`factcheck eval ../shared/devset/*/gold.json` prints them); never lower them.
# A target not met here is an expected failure below until its score is raised to meet it.
TODAY = {
    # egypt internal was 1/4 only because a wrong cross-source warning touched one quote of
    # an inconsistency whose other side was not extracted (the scorer then counts any
    # touch); with that warning gone it is 0/4, the honest figure. Its precision went 5/5 →
    # 6/7 with change-arithmetic: 04's "lost ~65%" against its own 31 → ~50 (38%) joined
    # figures from two gold topics in a second finding on the words its self-contradiction
    # already flagged; since the arithmetic joins that finding (runner.py), 6/6.
    # internal 3/4 → 4/4 and precision 7/7 with ordinal-event (06 calls the 6 March and the
    # 23 May meetings both "the second of 2024").
    "egypt-pound-float-2024": {"values": (69, 72), "conflicts": (4, 5), "internal": (4, 4),
                               "precision": (7, 7), "must-not": (20, 20), "evolving": (0, 0)},
    "hajj-heat-deaths-2024": {"values": (82, 83), "conflicts": (4, 5), "internal": (3, 3),
                              "precision": (5, 5), "must-not": (18, 18), "evolving": (5, 5)},
    # morocco precision 11/11 → 10/10: 06's «السبت 9 شتنبر» against «أمس الخميس» is no
    # longer also a relative-date warning (two weekdays named are two days); the
    # weekday-mismatch finding on «أمس الخميس» (a Friday) still reports it.
    # internal 2/3 → 3/3 and precision 11/11 with clock-time-mismatch (10 times one
    # aftershock «على الساعة سابعة صباحا» and «حوالي الساعة 6:35 صباحا»).
    "morocco-al-haouz-earthquake-2023": {"values": (79, 80), "conflicts": (8, 9),
                                         "internal": (3, 3), "precision": (11, 11),
                                         "must-not": (19, 19), "evolving": (8, 8)},
    # turkey internal 2/3 → 3/3 with address-date (08's address is dated 2015, its text Feb 2023).
    "turkey-syria-earthquake-2023": {"values": (63, 66), "conflicts": (5, 5), "internal": (3, 3),
                                     "precision": (8, 8), "must-not": (7, 7), "evolving": (3, 3)},
}

KEYS = {name: (hit, total) for name, hit, total, _ in COLUMNS}


def ratio(score: tuple[int, int]) -> float:
    hit, total = score
    return hit / total if total else 1.0  # nothing to get right: nothing missed


def measured(evaluation, metric: str) -> tuple[int, int]:
    hit, total = KEYS[metric]
    return evaluation.metrics[hit], evaluation.metrics[total]


@pytest.fixture(scope="module")
def story():
    """story name → (report, evaluation), each story scanned once, no rules."""
    scans = {}

    def get(name: str):
        folder = DEVSET / name
        if not (folder / "gold.json").is_file():
            pytest.skip(f"{folder}/gold.json is not here")
        if name not in scans:
            report = scan([folder], [], [])
            scans[name] = report, evaluate(report, load_gold(folder / "gold.json"), folder)
        return scans[name]

    return get


def test_every_devset_story_has_todays_scores():
    stories = sorted(p.parent.name for p in DEVSET.glob("*/gold.json"))
    assert stories == sorted(TODAY), "add each new story's scores to TODAY"


# ------------------------------------------------------------------ the targets


def target_cases() -> list:
    cases = []
    for name, scores in TODAY.items():
        for metric, target in TARGETS.items():
            hit, total = scores[metric]
            marks = () if ratio(scores[metric]) >= target else pytest.mark.xfail(
                strict=False, reason=f"target of the claim-frames issue; today: {hit}/{total}")
            cases.append(pytest.param(name, metric, target, marks=marks, id=f"{name}-{metric}"))
    return cases


@pytest.mark.parametrize("name, metric, target", target_cases())
def test_target(story, name, metric, target):
    _, evaluation = story(name)
    score = measured(evaluation, metric)
    assert ratio(score) >= target, f"{name} {metric}: {score[0]}/{score[1]} below {target}"


@pytest.mark.parametrize("name, metric", [(n, m) for n in TODAY for m in TARGETS])
def test_no_score_falls_below_today(story, name, metric):
    _, evaluation = story(name)
    score, today = measured(evaluation, metric), TODAY[name][metric]
    assert ratio(score) >= ratio(today), (
        f"{name} {metric}: {score[0]}/{score[1]} fell below today's {today[0]}/{today[1]}")


# ------------------------------------------------- agreement with the reference scorer


@pytest.fixture(scope="module")
def score_gold():
    if not SCORER.is_file():
        pytest.skip(f"{SCORER} is not here")
    spec = importlib.util.spec_from_file_location("score_gold", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def reference(score_gold, name, report, tmp_path):
    folder = DEVSET / name
    path = tmp_path / f"{name}.json"
    path.write_text(render_json(report, __version__), encoding="utf-8")
    return score_gold.score(*score_gold.load(str(folder / "gold.json"), str(folder), str(path)))


@pytest.mark.parametrize("name", sorted(TODAY))
def test_eval_gives_the_reference_scorers_numbers(story, score_gold, name, tmp_path):
    report, evaluation = story(name)
    assert evaluation.metrics == reference(score_gold, name, report, tmp_path)
    assert evaluation.unscanned == ()


def test_the_command_scores_every_story_as_the_reference_does(story, score_gold, tmp_path):
    golds = [DEVSET / name / "gold.json" for name in sorted(TODAY)]
    result = run_cli("eval", *map(str, golds), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    by_story = {s["story"]: s["metrics"] for s in data["stories"]}
    expected = {name: reference(score_gold, name, story(name)[0], tmp_path) for name in TODAY}
    assert by_story == expected
    assert data["total"] == {k: sum(m[k] for m in expected.values())
                             for k in data["total"]}


VARIANTS = 40  # random reports and golds per story; seeded, so every run sees the same


def shuffled_story(rng, report_data, gold_data):
    """A report and a gold the scan never made: severities changed, findings joining random
    claims (some unknown), values nudged, offsets shifted; gold claims made optional, topics
    given another expectation, inconsistencies in each shape the format allows."""
    rep, gold = json.loads(json.dumps(report_data)), json.loads(json.dumps(gold_data))
    ids = [c["id"] for c in rep["claims"]] or ["none"]
    for f in rep["findings"]:
        f["severity"] = rng.choice(["error", "warning", "info"])
    for n in range(rng.randrange(12)):
        picked = rng.sample(ids, min(len(ids), rng.randrange(1, 4))) + ["unknown"] * (n % 5 == 0)
        rep["findings"].append({"id": f"x{n}", "check": "random", "message": "",
                                "severity": rng.choice(["error", "warning", "info"]),
                                "claims": picked})
    for c in rep["claims"]:
        roll, v = rng.random(), c["value"] or {}
        if roll < 0.1 and c["kind"] == "quantity" and v.get("min") is not None:
            v["min"] = v["min"] * rng.choice([0.5, 0.999, 1.001, 1.02])
        elif roll < 0.2:
            v["approximate"] = not v.get("approximate")
        elif roll < 0.25 and c["kind"] == "date" and v.get("start"):
            v["start"] = v["end"] = "--" + v["start"][5:rng.choice([7, 10])]  # no year
        elif roll < 0.3:
            c["start"] += rng.choice([-200, 1, 7])  # placed by its words, not its offsets
    for topic in gold["topics"]:
        topic["expected"] = rng.choice(["conflict", "evolving", "consistent", topic["expected"]])
        for claim in topic["claims"]:
            claim["optional"] = rng.random() < 0.15
    for entry in gold.get("internal_inconsistencies", []):
        shape = rng.randrange(4)
        if shape == 1:
            entry.pop("conflicts_with", None)
        elif shape == 2:
            entry["quotes"] = [entry.pop("conflicts_with")] if "conflicts_with" in entry else []
        elif shape == 3 and "conflicts_with" in entry:
            entry["quotes"] = [entry.pop("quote")]
    return rep, gold


@pytest.mark.parametrize("name", sorted(TODAY))
def test_eval_agrees_with_the_reference_on_random_reports_and_golds(story, score_gold, name,
                                                                    tmp_path):
    """The devset's own scans reach few of the rules (no scan raises an error, no gold has an
    optional claim); random variants of them reach all of them."""
    import random

    from factcheck.evaluate import GoldTexts, score_report
    from factcheck.report.json_report import report_to_dict

    folder = DEVSET / name
    report_data = report_to_dict(story(name)[0], __version__)
    gold_data = json.loads((folder / "gold.json").read_text("utf-8"))
    texts = {p.name: p.read_text("utf-8") for p in folder.iterdir() if p.is_file()}
    rng = random.Random(name)
    for n in range(VARIANTS):
        rep, gold = shuffled_story(rng, report_data, gold_data)
        path = tmp_path / "gold.json"
        path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        loaded = load_gold(path)
        ours = score_report(rep, loaded, GoldTexts(loaded, folder)).metrics
        assert ours == score_gold.score(gold, rep, texts), f"variant {n}"


# ------------------------------------------------------------------- the report


def test_its_json_report_follows_the_shipped_schema(story):
    """Evolving tallies, publication windows and attributions are part of the contract."""
    import jsonschema

    from factcheck.report.schema import load_schema

    report, _ = story("turkey-syria-earthquake-2023")
    data = json.loads(render_json(report, __version__))
    jsonschema.validate(data, load_schema())
    assert "evolving" in {t["status"] for t in data["topics"]}
    assert any(a["publication"]["earliest"] for a in data["articles"])


# ------------------------------------------------ every story of the devset in one folder


@pytest.fixture(scope="module")
def one_folder(tmp_path_factory):
    """Every devset story's articles in one folder, each file's name prefixed with its
    story's, and each gold with its article names renamed the same way: (report, folder,
    story name → renamed gold path, story name → its renamed article names)."""
    folder = tmp_path_factory.mktemp("devset") / "all"
    folder.mkdir()
    golds, articles = {}, {}
    for name in sorted(TODAY):
        renamed = {p.name: f"{name}__{p.name}" for p in (DEVSET / name).iterdir()
                   if p.suffix in (".txt", ".md")}
        for old, new in renamed.items():
            (folder / new).write_bytes((DEVSET / name / old).read_bytes())

        def rename(value):
            if isinstance(value, dict):
                return {renamed.get(k, k): rename(v) for k, v in value.items()}
            if isinstance(value, list):
                return [rename(v) for v in value]
            return renamed.get(value, value) if isinstance(value, str) else value

        gold = json.loads((DEVSET / name / "gold.json").read_text(encoding="utf-8"))
        golds[name] = folder.parent / f"{name}.json"
        golds[name].write_text(json.dumps(rename(gold), ensure_ascii=False), encoding="utf-8")
        articles[name] = {Path(new).stem for new in renamed.values()}
    return scan([folder], [], []), folder, golds, articles


def test_the_devset_in_one_folder_is_told_apart_story_by_story(one_folder):
    report, _, _, articles = one_folder
    assert sorted(s.articles for s in report.stories) == sorted(tuple(sorted(ids))
                                                                for ids in articles.values())


def test_no_serious_finding_joins_two_devset_stories(one_folder):
    report, _, _, articles = one_folder
    story_of = {a: name for name, ids in articles.items() for a in ids}
    article_of = {c.id: c.article for c in report.claims}
    crossing = [f.message for f in report.findings if f.severity in ("warning", "error")
                and len({story_of[article_of[c]] for c in f.claims}) > 1]
    assert crossing == []


@pytest.mark.parametrize("name", sorted(TODAY))
def test_each_story_scores_in_one_folder_as_it_does_alone(story, one_folder, name):
    report, folder, golds, articles = one_folder
    [found] = [s for s in report.stories if set(s.articles) == articles[name]]
    together = evaluate(only_stories(report, [found]), load_gold(golds[name]), folder)
    assert together.metrics == story(name)[1].metrics


@pytest.mark.parametrize("name", sorted(TODAY))
def test_the_default_gate_fails_on_every_story_whose_sources_disagree(name):
    # Every devset story has conflicts in its gold; without rules the scan must say so in
    # its exit code, whatever the severity its frames allowed (issue 16, item 6).
    result = run_cli("scan", str(DEVSET / name), "--no-rules", "--no-cache", "--quiet")
    assert result.returncode == 1, result.stderr
