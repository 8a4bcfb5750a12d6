"""Topic rules: loading, validation messages with file:line, and claim matching."""

import textwrap
from pathlib import Path

import pytest

from factcheck.extract.words import words_of
from factcheck.model import Claim, DateValue, Quantity, Span
from factcheck.analyse.rules import RuleError, assign, find_rule_files, load_rules

TROOPS = """\
# two topics in one file
[[topic]]
id = "us-troops-iraq"
label = "US / coalition troops in Iraq"
kind = "quantity"
units = ["جندي", "عسكري"]
cues = ["قوات", "الولايات المتحدة", "الأميركية"]
exclude = ["قاعدة", "سوريا"]
tolerance = 0.05
severity = "warning"
priority = 1

[topic.subjects]
"US forces" = ["الولايات المتحدة", "الاميركية", "واشنطن"]
"the coalition" = ["التحالف"]

[[topic]]
id = "withdrawal-deadline"
label = "Withdrawal deadline"
kind = "date"
near = ["بحلول", "الموعد", "موعد"]
window = 4
tolerance = 1
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def claim(kind="quantity", *, unit=None, context="", words="", value=None):
    """A small Claim built from real phrases: `words` as written in the clause `context`
    (its sentence here), normalised the way extract does it."""
    if value is None:
        value = Quantity.exact(2500) if kind == "quantity" else DateValue(2021, 12, 31, "day")
    offset = context.find(words) if words else 0
    return Claim(
        id="a:q1", article="a", kind=kind, text=words, sentence=context,
        sentence_offset=offset if offset >= 0 else len(context),
        span=Span(0, 1, 1, 1), value=value, unit=unit, words=words_of(words),
    )


# --- loading --------------------------------------------------------------------------------

def test_valid_multi_topic_file_loads(tmp_path):
    path = write(tmp_path, "troops.toml", TROOPS)
    troops, deadline = load_rules([path])
    assert troops.id == "us-troops-iraq" and troops.kind == "quantity"
    assert [p.words for p in troops.units] == [("جندي",), ("عسكري",)]
    assert troops.tolerance == 0.05 and troops.severity == "warning" and troops.priority == 1
    assert troops.window == 6  # default
    assert [label for label, _ in troops.subjects] == ["US forces", "the coalition"]
    assert troops.path == str(path) and troops.line == 2
    assert deadline.kind == "date" and deadline.tolerance == 1 and isinstance(deadline.tolerance, int)
    assert deadline.severity == "error" and deadline.priority == 0 and deadline.window == 4
    assert deadline.line == 17 and deadline.units == () and deadline.subjects == ()


def test_folder_loads_toml_files_sorted_by_name(tmp_path):
    write(tmp_path, "b.toml", '[[topic]]\nid = "b"\nlabel = "B"\nkind = "date"\n')
    write(tmp_path, "a.toml", '[[topic]]\nid = "a"\nlabel = "A"\nkind = "date"\n')
    write(tmp_path, "notes.txt", "not a rule file")
    assert [p.name for p in find_rule_files([tmp_path])] == ["a.toml", "b.toml"]
    assert [r.id for r in load_rules([tmp_path])] == ["a", "b"]
    # The same file named twice is read once, not reported as a duplicate.
    assert [r.id for r in load_rules([tmp_path, tmp_path / "a.toml"])] == ["a", "b"]


def test_missing_path(tmp_path):
    with pytest.raises(RuleError) as err:
        find_rule_files([tmp_path / "nope.toml"])
    assert str(err.value) == f"{tmp_path / 'nope.toml'}: no such rule file or folder"


def test_error_str_format():
    err = RuleError("rules/troops.toml", 12,
                    "unknown key 'unts' in topic 'us-troops-iraq' (did you mean 'units'?)")
    assert str(err) == ("rules/troops.toml:12: unknown key 'unts' in topic 'us-troops-iraq' "
                        "(did you mean 'units'?)")
    assert (err.path, err.line) == ("rules/troops.toml", 12)


BASE = '[[topic]]\nid = "t"\nlabel = "T"\nkind = "quantity"\n'


@pytest.mark.parametrize(
    "text, line, message",
    [
        # TOML syntax: keep tomllib's line and column
        ('[[topic]]\nid = "t"\nlabel = \n', 3, "TOML syntax error: Invalid value (at line 3, column 9)"),
        # unknown key, with a suggestion
        (BASE + 'unts = ["جندي"]\n', 5,
         "unknown key 'unts' in topic 't' (did you mean 'units'?)"),
        (BASE + 'colour = "red"\n', 5, "unknown key 'colour' in topic 't'"),
        # unknown key found in the second topic's block, not the first
        (BASE + '\n' + BASE.replace('"t"', '"u"') + 'windw = 3\n', 10,
         "unknown key 'windw' in topic 'u' (did you mean 'window'?)"),
        # wrong types
        (BASE + 'cues = "قوات"\n', 5, "'cues' must be a list of strings, not a string in topic 't'"),
        (BASE + 'cues = ["قوات", 3]\n', 5,
         "'cues' must be a list of strings, but contains an integer in topic 't'"),
        (BASE + 'window = "6"\n', 5, "'window' must be an integer, not a string in topic 't'"),
        (BASE + 'window = true\n', 5, "'window' must be an integer, not a boolean in topic 't'"),
        (BASE + 'window = 0\n', 5, "'window' must be at least 1, not 0 in topic 't'"),
        (BASE + 'priority = 1.5\n', 5, "'priority' must be an integer, not a number in topic 't'"),
        (BASE + 'tolerance = "5%"\n', 5, "'tolerance' must be a number, not a string in topic 't'"),
        (BASE + 'tolerance = -0.1\n', 5, "'tolerance' must be 0 or more, not -0.1 in topic 't'"),
        (BASE + 'subjects = ["x"]\n', 5,
         "'subjects' must be a table of label = [phrases], not a list in topic 't'"),
        # empty lists / strings
        (BASE + 'units = []\n', 5,
         "'units' is an empty list: give at least one phrase or remove it in topic 't'"),
        (BASE + 'near = ["بحلول", "  "]\n', 5, "'near' contains an empty phrase '  ' in topic 't'"),
        ('[[topic]]\nid = "t"\nlabel = " "\nkind = "date"\n', 3, "'label' is empty in topic 't'"),
        # bad enumerations and ids
        (BASE.replace('"quantity"', '"number"'), 4,
         "'kind' must be \"quantity\" or \"date\", not 'number' in topic 't'"),
        (BASE + 'severity = "fatal"\n', 5,
         "'severity' must be \"error\", \"warning\" or \"info\", not 'fatal' in topic 't'"),
        (BASE.replace('"t"', '"US troops"'), 2,
         "'id' 'US troops' must use only a-z, 0-9 and '-' in topic 'US troops'"),
        # missing required keys: reported at the [[topic]] header
        ('# c\n[[topic]]\nid = "t"\nkind = "date"\n', 2, "missing required key 'label' in topic 't'"),
        ('[[topic]]\nlabel = "L"\nkind = "date"\n', 1, "missing required key 'id' in topic #1"),
        # units on a date topic; fractional days
        (BASE.replace('"quantity"', '"date"') + 'units = ["جندي"]\n', 5,
         "'units' only applies to quantity topics, not dates in topic 't'"),
        (BASE.replace('"quantity"', '"date"') + 'tolerance = 1.5\n', 5,
         "'tolerance' of a date topic is a whole number of days in topic 't'"),
        # subjects: the label's own line inside [topic.subjects]
        (BASE + '\n[topic.subjects]\n"US forces" = ["واشنطن"]\n"coalition" = []\n', 8,
         "subject 'coalition' is an empty list: give at least one phrase or remove it in topic 't'"),
        (BASE + 'subjects = {}\n', 5, "'subjects' is an empty table in topic 't'"),
        # file-level problems
        ('# nothing here\n', 1, "no [[topic]] tables in file"),
        ('[[topics]]\nid = "t"\n', 1,
         "unknown top-level key 'topics' (did you mean 'topic'?); rules go in [[topic]] tables"),
        ('[topic]\nid = "t"\n', 1,
         "'topic' must be a list of tables: write each rule under [[topic]]"),
    ],
)
def test_errors_name_file_and_line(tmp_path, text, line, message):
    path = write(tmp_path, "bad.toml", text)
    with pytest.raises(RuleError) as err:
        load_rules([path])
    assert str(err.value) == f"{path}:{line}: {message}"
    assert err.value.line == line


def test_first_problem_in_file_order_is_reported(tmp_path):
    path = write(tmp_path, "bad.toml", BASE + 'windw = 3\nseverity = "fatal"\n')
    with pytest.raises(RuleError) as err:
        load_rules([path])
    assert err.value.line == 5 and "windw" in err.value.message
    path = write(tmp_path, "bad2.toml", BASE + 'severity = "fatal"\nwindw = 3\n')
    with pytest.raises(RuleError) as err:
        load_rules([path])
    assert err.value.line == 5 and "severity" in err.value.message


def test_duplicate_ids_name_both_places(tmp_path):
    a = write(tmp_path, "a.toml", "# first\n" + BASE)
    b = write(tmp_path, "b.toml", '[[topic]]\nid = "x"\nlabel = "X"\nkind = "date"\n\n' + BASE)
    with pytest.raises(RuleError) as err:
        load_rules([tmp_path])
    assert str(err.value) == f"{b}:6: duplicate topic id 't' (first defined at {a}:2)"


def test_not_utf8(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_bytes(BASE.encode() + b'cues = ["\xff"]\n')
    with pytest.raises(RuleError) as err:
        load_rules([path])
    assert str(err.value) == f"{path}:5: not valid UTF-8 text"


def test_key_lines_survive_multiline_arrays_and_dotted_keys(tmp_path):
    text = BASE + 'cues = [\n  "قوات",\n  "[[topic]]",\n]\nsubjects."US forces" = []\n'
    path = write(tmp_path, "bad.toml", text)
    with pytest.raises(RuleError) as err:
        load_rules([path])
    assert err.value.line == 9 and "subject 'US forces'" in err.value.message


# --- matching -------------------------------------------------------------------------------

@pytest.fixture()
def rules(tmp_path):
    return load_rules([write(tmp_path, "troops.toml", TROOPS)])


def test_troops_claim_matches(rules):
    troops = rules[0]
    c = claim(unit="جندي", context="وتنشر الولايات المتحدة 2500 جندي في العراق",
              words="2500 جندي")
    assert troops.matches(c)
    assert assign(rules, c) is troops
    assert troops.subject_of(c) == "US forces"


def test_excluded_word_in_clause(rules):
    c = claim(unit="عسكريا", context="وكانت قاعدة عين الاسد التي تضم 1500 عسكريا أميركيا",
              words="1500 عسكريا",
              value=Quantity.exact(1500))
    assert not rules[0].matches(c)
    assert assign(rules, c) is None


def test_spelling_variant_in_cue(rules):
    # The rule says الأميركية; the article writes الأمريكية.
    c = claim(unit="جندي", context="انسحاب 2500 جندي من القوات الأمريكية", words="2500 جندي")
    assert rules[0].matches(c)
    assert rules[0].subject_of(c) == "US forces"


def test_unit_and_cue_are_required(rules):
    troops = rules[0]
    assert not troops.matches(claim(unit="دولار", context="انفقت الولايات المتحدة 2500 دولار"))
    assert not troops.matches(claim(unit=None, context="وتنشر الولايات المتحدة 2500"))
    assert not troops.matches(claim(unit="جندي", context="ويضم الجيش العراقي 2500 جندي"))
    # kind must agree
    assert not troops.matches(claim("date", context="وتنشر الولايات المتحدة قواتها"))


def test_near_window(rules):
    deadline = rules[1]  # near = بحلول / الموعد, window = 4
    ok = claim("date", context="على أن تنسحب القوات بحلول 31 كانون الأول", words="31 كانون الأول")
    assert deadline.matches(ok)
    far = claim("date", context="بحلول الاتفاق الذي وقع في بغداد امس يوم 31 كانون الأول", words="31 كانون الأول")
    assert not deadline.matches(far)  # بحلول is 8 words away, window is 4
    inside = claim("date", context="الموعد النهائي 31 كانون الأول",
                   words="الموعد النهائي 31 كانون الأول")
    assert deadline.matches(inside)  # the near phrase is part of the claim's own words
    assert not deadline.matches(claim("date", context="في 31 كانون الأول", words="31 كانون الأول"))


def test_assign_prefers_priority_then_file_order(tmp_path):
    path = write(tmp_path, "r.toml", """\
        [[topic]]
        id = "general"
        label = "General"
        kind = "quantity"

        [[topic]]
        id = "also-general"
        label = "Also general"
        kind = "quantity"

        [[topic]]
        id = "troops"
        label = "Troops"
        kind = "quantity"
        units = ["جندي"]
        priority = 5
        """)
    general, also, troops = load_rules([path])
    soldiers = claim(unit="جنود", context="2500 جندي")
    assert assign([general, also, troops], claim(unit="جندي", context="2500 جندي")) is troops
    assert assign([general, also, troops], soldiers) is general  # جنود is not جندي
    assert assign([also, general], soldiers) is also
    assert assign([], soldiers) is None


def test_subject_nearest_before_claim(rules):
    troops = rules[0]
    c = claim(unit="جندي",
              context="وقالت واشنطن إن التحالف يضم 3500 جندي", words="3500 جندي")
    assert troops.subject_of(c) == "the coalition"  # nearer than واشنطن
    after = claim(unit="جندي", context="3500 جندي من التحالف في العراق", words="3500 جندي")
    assert troops.subject_of(after) == "the coalition"  # found after the claim, in the clause
    assert troops.subject_of(claim(unit="جندي", context="3500 جندي", words="3500 جندي")) is None
    assert rules[1].subject_of(c) is None  # no subjects table


def test_documented_example_loads(tmp_path):
    import factcheck.analyse.rules as rules_module

    example = rules_module.__doc__.split("```toml")[1].split("```")[0]
    (rule,) = load_rules([write(tmp_path, "example.toml", example)])
    assert rule.id == "us-troops-iraq" and rule.window == 6 and len(rule.subjects) == 2


# --- hostile rule files (issue 15): one line naming the file, never a traceback or a hang ---

def test_a_bracket_line_of_spaces_is_read_in_linear_time(tmp_path):
    """'[' and 3,000 spaces, valid TOML inside a multi-line array, took 13 s in the old
    header regex's backtracking; the line locator now reads it in one pass."""
    from factcheck.analyse.rules import toml_lines

    text = ('[[topic]]\nid = "x"\nlabel = "X"\nkind = "quantity"\nunits = [\n['
            + " " * 3000 + '\n"a"]]\n')
    assert [kind for _, kind, _ in toml_lines(text)] == ["array", "key", "key", "key", "key"]
    for line in ("[" + " " * 100_000, "[[" + " " * 100_000, "[ " + "a " * 50_000):
        assert list(toml_lines(line)) == []
    path = write(tmp_path, "patho.toml", text)
    with pytest.raises(RuleError) as err:
        load_rules([path])
    assert str(err.value) == (f"{path}:5: 'units' must be a list of strings, but contains "
                              "a list in topic 'x'")


@pytest.mark.parametrize("line, expected", [
    ("[topic]", ("table", "topic")),
    ("  [[ topic ]]  # a comment", ("array", "topic")),
    ("[a.b] #", ("table", "a.b")),
    ("[a] x", None),
    ("[a", None),
    ("x = [1]", None),
])
def test_table_headers(line, expected):
    from factcheck.analyse.rules import _header

    assert _header(line) == expected


def test_deeply_nested_rule_file_is_a_rule_error(tmp_path):
    path = tmp_path / "deep.toml"
    path.write_text("x = " + "[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rules([path])
    assert str(err.value) == f"{path}: TOML syntax error: arrays or tables nested too deeply to read"


def test_unreadable_rule_file_is_a_rule_error(tmp_path, monkeypatch):
    path = write(tmp_path, "troops.toml", TROOPS)
    real = Path.read_bytes

    def denied(self):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)  # tests run as root: chmod would not do
    with pytest.raises(RuleError) as err:
        load_rules([path])
    assert str(err.value) == f"{path}: cannot read the rule file: Permission denied"
