"""An archive of many stories is checked story by story (analyse/stories.py): articles are
put in stories before topics are formed, and no topic or finding crosses two stories.

The stories here are tests/fixtures/stories/<story>/ (general news Arabic written for the
tests) and the benchmark generator's corpus, which says which story each article tells.
"""

import math
import random
import shutil
from array import array
from collections import Counter
from pathlib import Path

import pytest

from factcheck.analyse import stories as stories_module
from factcheck.analyse.published import infer_publications, with_years_from_publication
from factcheck.analyse.stories import find_stories
from factcheck.gate.stories import UnknownStory, choose_stories, only_stories
from factcheck.extract import extract_source
from factcheck.extract.signature import Signature, word_hash
from factcheck.model import InputError
from factcheck.read.sources import article_ids, find_sources
from factcheck.run.engine import ScanEngine, scan
from support import benchmark_generator

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "stories"
NAMES = ("economy", "election", "floods")


def only_story(report, story_id: str):
    return only_stories(report, choose_stories(report.stories, [story_id]))


def serious(report) -> list[tuple[str, str, tuple[str, ...]]]:
    """(check, severity, quoted words) of every warning and error."""
    text = {c.id: c.text for c in report.claims}
    return sorted((f.check, f.severity, tuple(sorted(text[c] for c in f.claims)))
                  for f in report.findings if f.severity in ("warning", "error"))


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """The three fixture stories in one folder, each file named after its story."""
    folder = tmp_path_factory.mktemp("archive")
    for name in NAMES:
        for path in sorted((FIXTURES / name).iterdir()):
            shutil.copy(path, folder / f"{name}-{path.name}")
    return folder


@pytest.fixture(scope="module")
def archive_report(archive):
    return scan([archive], [], [])


def story_names(report) -> list[set[str]]:
    """Each story's articles, as the fixture stories they come from."""
    return sorted(({a.split("-", 1)[0] for a in s.articles} for s in report.stories),
                  key=sorted)


# ------------------------------------------------------------- one folder, many stories

def test_three_stories_in_one_folder_are_found_as_three(archive_report):
    assert story_names(archive_report) == [{"economy"}, {"election"}, {"floods"}]
    in_stories = [a for s in archive_report.stories for a in s.articles]
    assert sorted(in_stories) == sorted(a.id for a in archive_report.articles)  # each once


def test_each_story_gets_the_findings_it_gets_alone(archive_report):
    for story in archive_report.stories:
        (name,) = {a.split("-", 1)[0] for a in story.articles}
        assert serious(only_story(archive_report, story.id)) == \
            serious(scan([FIXTURES / name], [], [])), name


def test_no_topic_or_finding_crosses_a_story(archive_report):
    story_of = {a: s.id for s in archive_report.stories for a in s.articles}
    article_of = {c.id: c.article for c in archive_report.claims}
    for topic in archive_report.topics:
        assert {story_of[article_of[c]] for c in topic.claims + topic.other_frame} == \
            {topic.story}, topic.id
    for finding in archive_report.findings:
        assert {story_of[article_of[c]] for c in finding.claims} == {finding.story}


def test_topic_ids_stay_unique_when_two_stories_share_a_frame(archive_report):
    ids = [t.id for t in archive_report.topics]
    assert len(ids) == len(set(ids))


def test_a_story_is_labelled_by_its_own_title_words(archive_report):
    for story in archive_report.stories:
        assert story.label and story.id.startswith("s")
        titles = " ".join(a.title for a in archive_report.articles if a.id in story.articles)
        assert all(word in titles for word in story.label.split()), story.label


def test_a_label_leaves_out_month_names_and_number_words(archive_report):
    # the economy titles say «في فبراير 2024»; the election ones «المرشح الأول»
    labels = " ".join(s.label for s in archive_report.stories).split()
    assert not {"فبراير", "يناير", "الأول"} & set(labels)
    assert "التضخم" in labels


def test_one_article_is_a_story_of_its_own(tmp_path):
    shutil.copy(next(iter(sorted((FIXTURES / "floods").iterdir()))), tmp_path / "one.txt")
    report = scan([tmp_path], [], [])
    assert [s.articles for s in report.stories] == [("one",)]


def test_who_speaks_in_a_title_is_not_where_the_story_is(tmp_path):
    # «وزير الثقافة: …» names a speaker, «في أربعة أيام» a time: neither places the
    # article, so neither keeps it from the story whose country it never names
    (tmp_path / "minister.txt").write_text(
        "وزير الثقافة: المتحف الوطني يفتح أبوابه الخميس بعد ثلاث سنوات من الترميم\n"
        "أعلن وزير الثقافة أن المتحف الوطني سيعيد فتح أبوابه أمام الجمهور يوم الخميس "
        "20 تشرين الثاني 2025 بعد أعمال ترميم استمرت ثلاث سنوات وبلغت كلفتها 14,5 مليون "
        "دولار، وتعرض قاعاته أكثر من ألفي قطعة أثرية.\n", encoding="utf-8")
    (tmp_path / "visitors.txt").write_text(
        "المتحف الوطني يستقبل 15 ألف زائر في أربعة أيام\n"
        "استقبل المتحف الوطني في لبنان 15 ألف زائر منذ إعادة فتح أبوابه أمام الجمهور الخميس "
        "20 تشرين الثاني 2025 بعد ترميم استمر ثلاث سنوات، وتعرض قاعاته أكثر من ألفي قطعة "
        "أثرية.\n", encoding="utf-8")
    report = scan([tmp_path], [], [])
    assert [s.articles for s in report.stories] == [("minister", "visitors")]


def test_a_country_named_once_in_passing_does_not_keep_an_article_from_its_story(tmp_path):
    # the third article compares doctors' pay with France's, once: no place of its own
    for name, day in (("first", "2025-02-17"), ("second", "2025-02-18")):
        (tmp_path / f"{name}.txt").write_text(
            f"---\npublished: {day}\n---\nإضراب الأطباء الشبان في تونس\n"
            "دخل الأطباء الشبان في تونس إضرابا مفتوحا في المستشفيات العمومية يوم الاثنين "
            "17 فيفري للمطالبة بتحسين الأجور، وتقول المنظمة إن نسبة المشاركة بلغت 92 بالمائة "
            "في المستشفيات الجامعية.\n", encoding="utf-8")
    (tmp_path / "third.txt").write_text(
        "---\npublished: 2025-02-19\n---\nالأطباء الشبان يواصلون الإضراب لليوم الثالث\n"
        "يواصل الأطباء الشبان إضرابهم المفتوح في المستشفيات العمومية للمطالبة بتحسين "
        "الأجور، وتقول المنظمة إن المشاركة في المستشفيات الجامعية بلغت 92 بالمائة، فيما "
        "يهاجر مئات الأطباء كل عام للعمل في فرنسا حيث الأجور أعلى بكثير.\n", encoding="utf-8")
    report = scan([tmp_path], [], [])
    assert [s.articles for s in report.stories] == [("first", "second", "third")]


def test_an_undated_article_is_dated_by_its_weekdays_not_by_its_background(tmp_path):
    # the undated article's only year is a past accident's («آذار 2021»); its «الجمعة 18
    # نيسان» is a Friday in 2025, the year the others were published in: one story
    for name, day in (("first", "2025-04-15"), ("second", "2025-04-16")):
        (tmp_path / f"{name}.txt").write_text(
            f"---\npublished: {day}\n---\nجنوح سفينة حاويات في القناة\n"
            "جنحت سفينة الحاويات العملاقة فجر الثلاثاء 15 نيسان في المجرى الملاحي للقناة، "
            "وتعمل القاطرات على تعويم السفينة التي يبلغ طولها 334 مترا.\n", encoding="utf-8")
    (tmp_path / "undated.txt").write_text(
        "---\npublished: null\n---\nتعويم سفينة الحاويات العالقة في القناة\n"
        "نجحت القاطرات فجر الجمعة 18 نيسان في تعويم سفينة الحاويات العملاقة التي يبلغ "
        "طولها 334 مترا، "
        "وكانت السفينة قد بقيت عالقة في المجرى الملاحي للقناة منذ جنوحها فجر الاثنين 14 "
        "نيسان، في أطول توقف للملاحة منذ حادثة سفينة الحاويات البنمية العملاقة في آذار 2021.\n", encoding="utf-8")
    report = scan([tmp_path], [], [])
    assert [s.articles for s in report.stories] == [("first", "second", "undated")]


@pytest.mark.parametrize("plan", [
    # a start it misdates, and a month it says is past: neither is when it was written
    "وقالت الوزارة أمس الثلاثاء إن أول شحنة من اليوريا ستنطلق مطلع مايو 2026.",
    "وقالت الوزارة أمس الثلاثاء إن الاتفاق يلي مفاوضات جرت في تشرين الثاني الماضي.",
])
def test_an_undated_articles_plans_are_not_its_time(tmp_path, plan):
    for name, day in (("first", "2026-02-02"), ("second", "2026-02-03")):
        (tmp_path / f"{name}.txt").write_text(
            f"---\npublished: {day}\n---\nصفقة لتصدير اليوريا إلى البرازيل\n"
            "وقعت شركة الأسمدة الوطنية صفقة لتصدير 850 ألف طن من اليوريا إلى البرازيل "
            "بقيمة 420 مليون دولار، على أن تبدأ الشحنات في فبراير 2026.\n", encoding="utf-8")
    (tmp_path / "undated.txt").write_text(
        "---\npublished: null\n---\nشركة الأسمدة الوطنية تصدر اليوريا إلى البرازيل\n"
        "وقعت شركة الأسمدة الوطنية صفقة لتصدير 850 ألف طن من اليوريا إلى البرازيل. "
        + plan + "\n", encoding="utf-8")
    report = scan([tmp_path], [], [])
    assert [s.articles for s in report.stories] == [("first", "second", "undated")]


def test_asking_for_a_story_the_scan_does_not_have_names_it(archive_report):
    with pytest.raises(UnknownStory, match="'s000': no story of this scan"):
        only_story(archive_report, "s000")


# ------------------------------------------------- links must be borne out, not chained
# Articles here are bare word sets (no place, no date), so only the links decide.

def article(*words: str):
    return stories_module._Profile(array("I", sorted(word_hash(w) for w in words)), (), (), (),
                                   (), math.inf, Signature())


HOSPITAL = ("مستشفى", "سرير", "جناح")
POWER = ("كهرباء", "ذروة", "ميغاواط")


def two_stories_one_bridge():
    """Four articles on a hospital, four on power demand; one of each also names a
    minister, the one word the two stories share."""
    hospital = [article(*HOSPITAL, f"h{i}") for i in range(4)]
    power = [article(*POWER, f"p{i}") for i in range(4)]
    hospital[0] = article(*HOSPITAL, "h0", "وزير")
    power[0] = article(*POWER, "p0", "وزير")
    return hospital + power


def test_one_shared_word_does_not_chain_two_stories():
    profiles = two_stories_one_bridge()
    bridge = similarity(profiles, 0, 4)
    assert bridge >= stories_module.MIN_SIMILARITY  # the two articles are linked …
    assert bridge < stories_module.STRONG_SHARE * similarity(profiles, 0, 1)  # … weakly
    assert stories_module._cluster(profiles) == [[0, 1, 2, 3], [4, 5, 6, 7]]


def test_an_article_that_matches_one_article_of_a_story_joins_it():
    profiles = two_stories_one_bridge()[:4] + [article("وزير", "h0", "late")]
    assert stories_module._cluster(profiles) == [[0, 1, 2, 3, 4]]


def similarity(profiles, i: int, j: int) -> float:
    """The cosine _cluster gives two of these articles (IDF over `profiles`)."""
    n = len(profiles)
    df = Counter(f for p in profiles for f in p.features)
    weight = {f: (math.log((n + 1) / (k + 1)) + 1) ** 2 for f, k in df.items()}
    norm = [math.sqrt(sum(weight[f] for f in p.features)) for p in profiles]
    shared = set(profiles[i].features) & set(profiles[j].features)
    return sum(weight[f] for f in shared) / (norm[i] * norm[j])


# ------------------------------------------------------------------------ deterministic

def stories_of(folder: Path, order=None):
    sources = find_sources([folder])
    ids = article_ids(sources)
    extractions = [r for r in (extract_source(s, ids[s.display]) for s in sources)
                   if not isinstance(r, InputError)]
    if order is not None:
        order(extractions)
    publications = infer_publications(extractions)
    claims = with_years_from_publication((c for e in extractions for c in e.claims),
                                         publications)
    return find_stories(extractions, claims, publications)


def test_the_same_folder_gives_the_same_stories_whatever_the_order(archive):
    first = stories_of(archive)
    assert stories_of(archive, order=lambda e: e.reverse()) == first
    assert stories_of(archive, order=random.Random(3).shuffle) == first


def test_the_same_folder_gives_the_same_stories_with_more_workers(archive, archive_report):
    assert scan([archive], [], [], ScanEngine(jobs=2)).stories == archive_report.stories


# ---------------------------------------------------------- the generated archive

@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """400 generated articles (about a dozen stories) and the story each file tells."""
    gen = benchmark_generator()
    folder = tmp_path_factory.mktemp("generated")
    gen.generate_corpus(folder, 400, seed=7)
    manifest = gen.read_manifest(folder)
    report = scan([folder], [], [])
    truth = {a.id: manifest[Path(a.path).relative_to(folder).as_posix()]
             for a in report.articles}
    return folder, report, truth


def test_no_finding_joins_two_generated_stories(generated):
    _, report, truth = generated
    article_of = {c.id: c.article for c in report.claims}
    assert report.findings
    crossing = [f.message for f in report.findings
                if len({truth[article_of[c]] for c in f.claims}) > 1]
    assert crossing == []


def test_every_story_found_is_one_generated_story(generated):
    _, report, truth = generated
    assert all(len({truth[a] for a in s.articles}) == 1 for s in report.stories)
    # and a generated story is not cut into pieces
    assert len(report.stories) == len(set(truth.values()))


def test_the_indexed_search_finds_what_comparing_every_pair_finds(generated, monkeypatch):
    # Above EXACT_MAX articles each article meets only those sharing one of its rarest
    # words: on an archive this size it must give the stories of the exact search.
    folder, report, _ = generated
    monkeypatch.setattr(stories_module, "EXACT_MAX", 10)
    assert stories_of(folder) == report.stories
