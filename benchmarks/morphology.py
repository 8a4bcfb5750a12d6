"""Which Arabic morphology gives a figure's counted noun and cue words one key per lemma?

    python benchmarks/morphology.py [--devset DIR] [--examples N] [--markdown]

Compares factcheck's own `word_key` (clitics and tanween only), the proof of concept
`lemma_key` (factcheck/extract/lemmas.py) and the maintained libraries the issue names:
snowball's Arabic stemmer (PyStemmer's C build and snowballstemmer's pure Python),
tashaphyne (light stem and root), qalsadi (dictionary lemmatiser) and pyarabic (which has
no stemmer: only the normalisation factcheck already does).

For each it prints
  - coverage of HAND, a list of inflected news words grouped by the lemma they should map
    to (written here, general news Arabic, no story's words): "merged" is the share of
    forms (headwords excluded) whose key equals their headword's key and no other group's
    key; "wrong" is the share of all forms whose key equals a key of another group — a
    false merge (قتلى with قتال, جنيه with جني) is worse than a miss; "harmful" counts the
    wrong merges that join two different measures (casualties with fighting, a currency
    with a harvest) or a distractor with anything (twenty with ten);
  - µs per word, uncached, over the distinct words next to the devset's figures (the word
    right after each number and the three before it), and what that costs per devset
    article with a cold cache (every distinct word keyed once, over the devset's articles);
  - import time (import + building the stemmer, in a fresh interpreter, best of 3) and the
    installed size of the package with everything it pulls in.

Every library gets the normalised word, as factcheck would pass it (أ→ا, ى→ي, ة→ه); the
"as written" column feeds the hand list unnormalised, which is fairer to the dictionary of
qalsadi. The devset (../shared/devset) is read, never copied: nothing of it is printed
except counts. No test asserts on any figure here.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

from factcheck.extract.normalize import normalize, normalize_word
from factcheck.extract.words import words_of

# ------------------------------------------------------------------------- the hand list
#
# (headword, measure, forms). Forms are what news writes: sound and broken plurals, duals,
# tanween, the article and attached clitics. Groups marked "-" are distractors: words a
# stemmer may fold into a measure noun although they mean something else (قتال fighting,
# جني harvest, دولة state, قاعدة base, وفاء loyalty …). Two groups of the same measure
# (قتيل and مقتل) merged are a wrong merge but not a harmful one.

HAND: list[tuple[str, str, tuple[str, ...]]] = [
    # casualties
    ("قتيل", "dead", ("قتيلا", "قتيلاً", "قتلى", "القتلى", "والقتلى", "للقتلى", "قتيلين", "قتيلان",
                      "القتيل")),
    ("شهيد", "dead", ("شهيدا", "شهداء", "الشهداء", "والشهداء", "شهيدين", "الشهيد")),
    ("متوفى", "dead", ("المتوفى", "متوفين", "المتوفين", "متوفون")),
    ("وفاة", "dead", ("الوفاة", "بوفاة", "وفيات", "الوفيات", "والوفيات")),
    ("جثة", "dead", ("جثث", "الجثث", "جثتين", "الجثة")),
    ("جثمان", "dead", ("جثامين", "الجثامين", "جثمانا")),
    ("ضحية", "dead", ("ضحايا", "الضحايا", "ضحيتين", "والضحايا")),
    ("مقتل", "dead", ("بمقتل", "ومقتل")),
    ("جريح", "injured", ("جريحا", "جرحى", "الجرحى", "جريحين", "والجرحى")),
    ("مصاب", "injured", ("مصابا", "مصابين", "مصابون", "المصابين", "إصابة", "إصابات", "الإصابات",
                         "بإصابة")),
    ("مفقود", "missing", ("مفقودا", "مفقودين", "مفقودون", "المفقودين")),
    ("نازح", "displaced", ("نازحا", "نازحين", "نازحون", "النازحين")),
    ("لاجئ", "displaced", ("لاجئا", "لاجئين", "لاجئون", "اللاجئين")),
    ("معتقل", "arrested", ("معتقلا", "معتقلين", "المعتقلين")),
    ("أسير", "arrested", ("أسيرا", "أسرى", "الأسرى")),
    # people
    ("حاج", "pilgrims", ("حاجا", "حجاج", "الحجاج", "حجيج", "الحجيج", "للحجاج", "حاجين")),
    ("جندي", "people", ("جنديا", "جنود", "الجنود", "جنديين", "الجندي")),
    ("عسكري", "people", ("عسكريا", "عسكريين", "العسكريين", "عسكريون")),
    ("شخص", "people", ("شخصا", "أشخاص", "الأشخاص", "شخصين")),
    ("طفل", "people", ("طفلا", "أطفال", "الأطفال", "طفلين", "والأطفال")),
    ("امرأة", "people", ("المرأة", "نساء", "النساء", "امرأتين")),
    ("مواطن", "people", ("مواطنا", "مواطنين", "المواطنين", "مواطنون")),
    ("عامل", "people", ("عاملا", "عمال", "العمال")),
    ("مهاجر", "people", ("مهاجرا", "مهاجرين", "المهاجرين")),
    ("مسافر", "people", ("مسافرا", "مسافرين", "المسافرين")),
    # money
    ("دولار", "money", ("دولارا", "دولارات", "الدولار", "دولارين", "بالدولار")),
    ("جنيه", "money", ("جنيها", "جنيهات", "الجنيه", "جنيهين", "بالجنيه")),
    ("درهم", "money", ("درهما", "دراهم")),
    ("دينار", "money", ("دينارا", "دنانير")),
    ("ريال", "money", ("ريالا", "ريالات")),
    ("ليرة", "money", ("ليرات", "الليرة")),
    # units and scales
    ("طن", "units", ("طنا", "أطنان", "الأطنان")),
    ("متر", "units", ("مترا", "أمتار", "الأمتار")),
    ("كيلومتر", "units", ("كيلومترا", "كيلومترات")),
    ("برميل", "units", ("برميلا", "براميل")),
    ("هكتار", "units", ("هكتارا", "هكتارات")),
    ("نقطة", "units", ("نقاط", "النقاط", "نقطتين")),
    ("درجة", "units", ("درجات", "الدرجة", "درجتين")),
    # votes and seats
    ("صوت", "votes", ("صوتا", "أصوات", "الأصوات")),
    ("مقعد", "votes", ("مقعدا", "مقاعد", "المقاعد")),
    ("ناخب", "votes", ("ناخبا", "ناخبين", "الناخبين", "ناخبون")),
    # buildings
    ("منزل", "buildings", ("منزلا", "منازل", "المنازل")),
    ("مبنى", "buildings", ("المبنى", "مباني", "المباني", "مبان")),
    ("بيت", "buildings", ("بيوت", "البيوت")),
    ("مدرسة", "buildings", ("مدارس", "المدارس")),
    ("مستشفى", "buildings", ("مستشفيات", "المستشفيات")),
    ("مسجد", "buildings", ("مساجد", "المساجد")),
    # events
    ("هزة", "events", ("هزات", "الهزات")),
    ("زلزال", "events", ("الزلزال", "زلازل")),
    # distractors: each its own lemma, and none names a measure above
    ("قتال", "-", ("القتال",)),
    ("جني", "-", ("الجني",)),
    ("حج", "-", ("الحج",)),
    ("حاجة", "-", ("الحاجة", "حاجات")),
    ("شهادة", "-", ("شهادات",)),
    ("مشهد", "-", ("مشاهد",)),
    ("دولة", "-", ("دول", "الدول")),
    ("قاعدة", "-", ("قواعد",)),
    ("بناء", "-", ("البناء",)),
    ("وفاء", "-", ("الوفاء",)),
    ("وفد", "-", ("وفود",)),
    ("انتخاب", "-", ("انتخابات", "الانتخابات")),
    ("شخصية", "-", ("شخصيات",)),
    ("عمل", "-", ("أعمال",)),
    ("وطن", "-", ("أوطان",)),
    ("جيش", "-", ("جيوش",)),
    ("نقل", "-", ("النقل",)),
    ("مصباح", "-", ("مصابيح",)),
    ("صيت", "-", ()),
    ("طين", "-", ()),
    ("عشرة", "-", ("عشر",)),  # number words: a stemmer must not make twenty of ten
    ("عشرون", "-", ("عشرين",)),
    ("ثلاثة", "-", ("ثلاث",)),
    ("ثلاثون", "-", ("ثلاثين",)),
    ("بحر", "-", ("البحر", "بحار")),
    ("البحرين", "-", ()),
    # cue verbs
    ("توفي", "dead", ("توفيت", "توفوا", "يتوفى")),
    ("قتل", "dead", ("قتلت", "قتلوا", "يقتل")),
    ("أصيب", "injured", ("أصيبت", "أصيبوا", "يصاب")),
    ("نزح", "displaced", ("نزحت", "نزحوا")),
]

# Held out: lemmas that no table of factcheck lists (not lemmas.py, not numbers.py), with
# their own distractors. What a table cannot know, a general library might: this list
# shows it. lemma_key scores here what word_key does, by design.
HELD_OUT: list[tuple[str, str, tuple[str, ...]]] = [
    ("سائح", "people", ("سائحا", "سياح", "السياح", "سائحين")),
    ("طالب", "people", ("طالبا", "طلاب", "الطلاب", "طلبة")),
    ("مريض", "people", ("مريضا", "مرضى", "المرضى")),
    ("موظف", "people", ("موظفا", "موظفين", "الموظفين", "موظفون")),
    ("مسلح", "people", ("مسلحا", "مسلحين", "المسلحين")),
    ("نائب", "people", ("نائبا", "نواب", "النواب")),
    ("مسعف", "people", ("مسعفين", "المسعفين")),
    ("سجين", "people", ("سجينا", "سجناء", "السجناء")),
    ("طبيب", "people", ("طبيبا", "أطباء", "الأطباء")),
    ("صحفي", "people", ("صحفيا", "صحفيين", "الصحفيين")),
    ("مهندس", "people", ("مهندسا", "مهندسين")),
    ("سيارة", "things", ("سيارات", "السيارات", "سيارتين")),
    ("شاحنة", "things", ("شاحنات", "الشاحنات")),
    ("جامعة", "things", ("جامعات", "الجامعات")),
    ("معبر", "things", ("معبرا", "معابر", "المعابر")),
    ("مصنع", "things", ("مصانع", "المصانع")),
    ("خيمة", "things", ("خيام", "الخيام")),
    ("حافلة", "things", ("حافلات",)),
    ("سفينة", "things", ("سفن", "السفن")),
    ("قارب", "things", ("قوارب",)),
    ("بئر", "things", ("آبار",)),
    ("جسر", "things", ("جسور",)),
    ("شارع", "things", ("شوارع",)),
    # distractors
    ("طلب", "-", ("طلبات",)),
    ("مرض", "-", ("أمراض",)),
    ("سجن", "-", ("سجون",)),
    ("طب", "-", ()),
    ("صحيفة", "-", ("صحف",)),
    ("مال", "-", ("أموال",)),
    ("سلاح", "-", ("أسلحة",)),
    ("شرع", "-", ()),
    ("نيابة", "-", ()),
]

# ----------------------------------------------------------------------------- backends


class Backend:
    def __init__(self, name: str, make: Callable[[], Callable[[str], str]], dists: tuple[str, ...],
                 import_code: str, licence: str, stateless: bool = True,
                 clear: Callable[[], None] | None = None) -> None:
        self.name = name
        self.make = make
        self.dists = dists
        self.import_code = import_code
        self.licence = licence
        self.stateless = stateless
        self.clear = clear  # empties the backend's own cache before a timed pass


def _word_key() -> Callable[[str], str]:
    from factcheck.extract.words import word_key
    return word_key


def _clear_word_key() -> None:
    from factcheck.extract import words
    words._forms.cache_clear()


def _lemma_key() -> Callable[[str], str]:
    from factcheck.extract.lemmas import lemma_key
    return lemma_key


def _clear_lemma_key() -> None:
    from factcheck.extract import lemmas
    lemmas.lemma_key.cache_clear()
    _clear_word_key()


def _lemma_key_snowball() -> Callable[[str], str]:
    import Stemmer
    from factcheck.extract.lemmas import lemma_of
    from factcheck.extract.words import word_key
    stem = Stemmer.Stemmer("arabic").stemWord

    def key(word: str) -> str:  # listed words by the table, any other by snowball
        found = lemma_of(word)
        return found if found is not None else stem(word_key(word))
    return key


def _pystemmer() -> Callable[[str], str]:
    import Stemmer
    return Stemmer.Stemmer("arabic").stemWord


def _snowball_py() -> Callable[[str], str]:
    from snowballstemmer.arabic_stemmer import ArabicStemmer
    return ArabicStemmer().stemWord


def _tashaphyne(part: str) -> Callable[[], Callable[[str], str]]:
    def make() -> Callable[[str], str]:
        from tashaphyne.stemming import ArabicLightStemmer
        stemmer = ArabicLightStemmer()

        def key(word: str) -> str:
            stemmer.light_stem(word)
            return stemmer.get_root() if part == "root" else stemmer.get_stem()
        return key
    return make


def _qalsadi() -> Callable[[str], str]:
    from qalsadi.lemmatizer import Lemmatizer
    lemmatizer = Lemmatizer()

    def key(word: str) -> str:
        lemma = lemmatizer.lemmatize(word)
        return lemma if isinstance(lemma, str) and lemma else word
    return key


def _pyarabic() -> Callable[[str], str]:
    import pyarabic.araby as araby
    from factcheck.extract.words import word_key

    def key(word: str) -> str:  # no stemmer: its normalisation, then factcheck's clitics
        return word_key(araby.normalize_hamza(araby.strip_tashkeel(araby.strip_tatweel(word))))
    return key


BACKENDS = [
    Backend("factcheck word_key (today)", _word_key, (), "import factcheck.extract.words",
            "MIT (ours)", clear=_clear_word_key),
    Backend("lemma_key (proposal)", _lemma_key, (), "import factcheck.extract.lemmas",
            "MIT (ours)", clear=_clear_lemma_key),
    Backend("lemma_key, snowball for the rest", _lemma_key_snowball, ("PyStemmer",),
            "import factcheck.extract.lemmas, Stemmer; Stemmer.Stemmer('arabic')", "MIT/BSD",
            clear=_clear_word_key),
    Backend("snowball, PyStemmer (C)", _pystemmer, ("PyStemmer",),
            "import Stemmer; Stemmer.Stemmer('arabic')", "MIT/BSD"),
    Backend("snowball, snowballstemmer (py)", _snowball_py, ("snowballstemmer",),
            "from snowballstemmer.arabic_stemmer import ArabicStemmer; ArabicStemmer()",
            "BSD-3"),
    Backend("tashaphyne light stem", _tashaphyne("stem"), ("tashaphyne",),
            "from tashaphyne.stemming import ArabicLightStemmer; ArabicLightStemmer()", "GPL"),
    Backend("tashaphyne root", _tashaphyne("root"), ("tashaphyne",),
            "from tashaphyne.stemming import ArabicLightStemmer; ArabicLightStemmer()", "GPL"),
    Backend("qalsadi lemmatiser", _qalsadi, ("qalsadi",),
            "from qalsadi.lemmatizer import Lemmatizer; Lemmatizer()", "GPL", stateless=False),
    Backend("pyarabic (normalise only)", _pyarabic, ("pyarabic",),
            "import pyarabic.araby", "GPL"),
]

# ---------------------------------------------------------------------------- measuring


def devset_words(folder: Path) -> tuple[list[str], int]:
    """Distinct normalised words right after a number or up to three before it; articles."""
    arabic = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
    digit = re.compile(r"[0-9]")
    found: dict[str, None] = {}
    files = sorted(folder.glob("*/*.txt"))
    for path in files:
        text = path.read_text("utf-8")
        if text.startswith("---"):
            end = text.find("\n---", 3)
            text = text[end + 4:] if end > 0 else text
        words = words_of(normalize(text).text, normalized=True)
        for i, w in enumerate(words):
            if not digit.match(w):
                continue
            for near in (*words[max(0, i - 3):i], *words[i + 1:i + 2]):
                if arabic.fullmatch(near):
                    found.setdefault(near)
    return list(found), len(files)


def coverage(key: Callable[[str], str], normalised: bool) -> dict:
    """Merged share of HAND and of HELD_OUT forms, wrong merges over both lists together."""
    prep = normalize_word if normalised else (lambda w: w)
    groups = [(head, measure, (head, *forms), listed)
              for listed, table in ((True, HAND), (False, HELD_OUT))
              for head, measure, forms in table]
    keys = [[key(prep(f)) for f in forms] for _, _, forms, _ in groups]
    owners: dict[str, set[int]] = {}
    for g, ks in enumerate(keys):
        for k in ks:
            owners.setdefault(k, set()).add(g)
    merged = {True: 0, False: 0}
    inflected = {True: 0, False: 0}
    wrong = harmful = total = 0
    examples: list[str] = []
    for g, (head, measure, forms, listed) in enumerate(groups):
        for i, (form, k) in enumerate(zip(forms, keys[g])):
            total += 1
            others = owners[k] - {g}
            if others:
                wrong += 1
                if measure == "-" or any(groups[o][1] != measure for o in others):
                    harmful += 1
                examples.append(f"{form}→{k} ~ " + "/".join(groups[o][0] for o in sorted(others)))
            if i == 0 or measure == "-":  # headwords and distractors only catch collisions
                continue
            inflected[listed] += 1
            if k == keys[g][0] and not others:
                merged[listed] += 1
    return {"listed": merged[True] / inflected[True], "held": merged[False] / inflected[False],
            "wrong": wrong / total, "wrong_n": wrong, "harmful_n": harmful, "forms": total,
            "examples": examples}


def per_word_us(backend: Backend, key: Callable[[str], str], words: list[str]) -> float:
    passes = 5 if backend.stateless else 1  # qalsadi keeps state: only its first pass counts
    key("كتاب")  # a first call may load what the backend loads lazily: not a word's cost
    best = float("inf")
    for _ in range(passes):
        if backend.clear:
            backend.clear()
        start = time.perf_counter()
        for w in words:
            key(w)
        best = min(best, time.perf_counter() - start)
    return best / len(words) * 1e6


def import_ms(code: str) -> float:
    prog = ("import time; t = time.perf_counter(); " + code
            + "; print(time.perf_counter() - t)")
    runs = [float(subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True,
                                 check=True).stdout) for _ in range(3)]
    return min(runs) * 1e3


def _requirements(name: str) -> list[str]:
    out = []
    for req in md.distribution(name).requires or []:
        if ";" in req and "extra" in req.split(";", 1)[1]:
            continue
        out.append(re.split(r"[\s<>=!~;\[(]", req, maxsplit=1)[0])
    return out


def install_mb(dists: tuple[str, ...]) -> float:
    """Installed bytes of the distributions and everything they require, once each."""
    seen: set[str] = set()
    todo = list(dists)
    total = 0
    while todo:
        name = todo.pop()
        canon = re.sub(r"[-_.]+", "-", name).lower()
        if canon in seen:
            continue
        seen.add(canon)
        dist = md.distribution(name)
        for f in dist.files or []:
            path = Path(dist.locate_file(f))
            if path.is_file():
                total += path.stat().st_size
        todo.extend(_requirements(name))
    return total / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devset", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared" / "devset")
    parser.add_argument("--examples", type=int, default=0,
                        help="print up to N wrong merges of each backend")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    if not args.devset.is_dir():
        args.devset = Path("/work/shared/devset")
    words, articles = devset_words(args.devset)
    for name, table in (("listed", HAND), ("held out", HELD_OUT)):
        measured = [f for _, m, f in table if m != "-"]
        print(f"{name}: {len(table)} groups ({len(measured)} measure nouns/verbs, "
              f"{len(table) - len(measured)} distractors), {sum(1 + len(f) for _, _, f in table)} "
              f"forms, {sum(len(f) for f in measured)} inflected", file=sys.stderr)
    print(f"devset: {len(words)} distinct words near figures in {articles} articles",
          file=sys.stderr)

    rows = []
    for b in BACKENDS:
        try:
            key = b.make()
        except ImportError as e:
            print(f"{b.name}: not installed ({e})", file=sys.stderr)
            continue
        norm = coverage(key, True)
        raw = coverage(key, False)
        us = per_word_us(b, key, words)
        rows.append((b, norm, raw, us, import_ms(b.import_code), install_mb(b.dists)))

    head = ("backend", "merged: listed", "merged: held out", "wrong merges (harmful)",
            "listed, as written", "µs/word", "cold µs/article", "import ms", "install MB",
            "licence")
    lines = []
    for b, norm, raw, us, imp, mb in rows:
        lines.append((b.name, f"{norm['listed']:.0%}", f"{norm['held']:.0%}",
                      f"{norm['wrong']:.1%} ({norm['wrong_n']}, {norm['harmful_n']})",
                      f"{raw['listed']:.0%}", f"{us:,.1f}", f"{us * len(words) / articles:,.0f}",
                      f"{imp:,.0f}", f"{mb:.1f}" if b.dists else "0 (ours)", b.licence))
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + " --- |" * len(head))
        for line in lines:
            print("| " + " | ".join(line) + " |")
    else:
        widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(head)]
        print("  ".join(h.ljust(w) for h, w in zip(head, widths)))
        for line in lines:
            print("  ".join(c.ljust(w) for c, w in zip(line, widths)))
    if args.examples:
        for b, norm, *_ in rows:
            print(f"\n{b.name}: " + "; ".join(norm["examples"][:args.examples]))


if __name__ == "__main__":
    main()
