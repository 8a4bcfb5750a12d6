"""Baseline: a reviewable JSON file of accepted findings; only new findings gate CI."""

import json

import pytest

from factcheck.gate.baseline import (
    BaselineError,
    BaselineNotFound,
    apply_baseline,
    legacy_id_v1,
    load_baseline,
    write_baseline,
)
from factcheck.model import Claim, Finding, Quantity, Span


def claim(cid: str, article: str, text: str) -> Claim:
    return Claim(id=cid, article=article, kind="quantity", text=text, sentence=text,
                 span=Span(0, len(text), 1, 1), value=Quantity.exact(1))


CLAIMS = {c.id: c for c in (
    claim("a:q1", "a", "2500 جندي"),
    claim("b:q1", "b", "3500 جندي"),
    claim("c:d1", "c", "الأربعاء 29 تشرين الأول"),
)}

CONFLICT = Finding(id="f1aa", check="cross-source-conflict", severity="error",
                   topic="us-troops-iraq", articles=("a", "b"), claims=("a:q1", "b:q1"),
                   message="Sources disagree on troops: 2,500 (a); 3,500 (b).")
WEEKDAY = Finding(id="0bbb", check="weekday-mismatch", severity="error", topic=None,
                  articles=("c",), claims=("c:d1",),
                  message="29 October 2021 was a Friday, not a Wednesday.")
NEW = Finding(id="9ccc", check="cross-source-conflict", severity="warning", topic="auto-x",
              articles=("a", "c"), claims=("a:q1",), message="Sources disagree.")


def test_written_baseline_is_sorted_readable_json_with_messages_and_quotes(tmp_path):
    path = tmp_path / ".factcheck-baseline.json"
    write_baseline(path, [WEEKDAY, CONFLICT], CLAIMS)
    text = path.read_text(encoding="utf-8")
    document = json.loads(text)
    assert document["tool"] == "factcheck" and document["baseline_version"] == 2
    assert document["fingerprint_version"] == 2  # how the ids were computed
    assert [f["check"] for f in document["findings"]] == ["cross-source-conflict",
                                                         "weekday-mismatch"]
    assert document["findings"][0] == {
        "id": "f1aa", "check": "cross-source-conflict", "severity": "error",
        "topic": "us-troops-iraq", "articles": ["a", "b"],
        "message": "Sources disagree on troops: 2,500 (a); 3,500 (b).",
        "quotes": [{"article": "a", "text": "2500 جندي"}, {"article": "b", "text": "3500 جندي"}],
    }
    assert "2500 جندي" in text  # Arabic as written, not \u escapes
    assert text.endswith("}\n") and '\n  "findings": [\n' in text  # indented, one key a line


def test_writing_is_deterministic_whatever_the_finding_order(tmp_path):
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    write_baseline(first, [CONFLICT, WEEKDAY], CLAIMS)
    write_baseline(second, [WEEKDAY, CONFLICT, CONFLICT], CLAIMS)
    assert first.read_bytes() == second.read_bytes()
    assert len(json.loads(first.read_text(encoding="utf-8"))["findings"]) == 2


def test_rewriting_replaces_the_file_and_leaves_no_temporary_behind(tmp_path):
    path = tmp_path / "baseline.json"
    write_baseline(path, [CONFLICT, WEEKDAY], CLAIMS)
    write_baseline(path, [WEEKDAY], CLAIMS)
    assert [f["id"] for f in load_baseline(path).entries] == ["0bbb"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baseline.json"]


def test_writing_into_a_missing_folder_is_a_baseline_error(tmp_path):
    with pytest.raises(BaselineError, match="cannot write the baseline"):
        write_baseline(tmp_path / "no" / "baseline.json", [CONFLICT], CLAIMS)


def test_round_trip_and_split_into_new_suppressed_and_fixed(tmp_path):
    path = tmp_path / "baseline.json"
    write_baseline(path, [CONFLICT, WEEKDAY], CLAIMS)
    # Later: the weekday error was corrected, a new conflict appeared.
    result = apply_baseline([CONFLICT, NEW], load_baseline(path))
    assert result.new == [NEW]
    assert result.suppressed == [CONFLICT]
    assert [entry["id"] for entry in result.fixed] == ["0bbb"]
    assert result.fixed[0]["message"] == WEEKDAY.message  # the fixed list can say what it was


def test_empty_baseline_suppresses_nothing(tmp_path):
    path = tmp_path / "baseline.json"
    write_baseline(path, [], CLAIMS)
    result = apply_baseline([CONFLICT], load_baseline(path))
    assert (result.new, result.suppressed, result.fixed) == ([CONFLICT], [], [])


def test_missing_baseline_is_its_own_error_so_the_cli_can_decide(tmp_path):
    with pytest.raises(BaselineNotFound, match="no such baseline file"):
        load_baseline(tmp_path / "absent.json")


@pytest.mark.parametrize("text, message", [
    ('{"tool": "factcheck",\n "findings": [,]}', r":2: invalid JSON"),
    ("[]", "expected a JSON object"),
    ('{"tool": "ruff", "baseline_version": 1, "findings": []}', '"tool" must be "factcheck"'),
    ('{"tool": "factcheck", "baseline_version": 3, "findings": []}',
     "unsupported baseline_version 3"),
    ('{"tool": "factcheck", "baseline_version": 2, "findings": []}',
     '"fingerprint_version" must be a whole number, not None'),
    ('{"tool": "factcheck", "baseline_version": 2, "fingerprint_version": "2", "findings": []}',
     '"fingerprint_version" must be a whole number'),
    ('{"tool": "factcheck", "baseline_version": 2, "fingerprint_version": 3, "findings": []}',
     "fingerprint scheme 3, which this factcheck does not know .* upgrade factcheck, or "
     "rewrite the baseline with --update-baseline"),
    ('{"tool": "factcheck", "baseline_version": 1, "findings": {}}', '"findings" must be a list'),
    ('{"tool": "factcheck", "baseline_version": 1, "findings": [{"check": "x"}]}',
     'finding #1 has no string "id"'),
    # Issue 15: nesting past Python's recursion limit, and an integer json cannot convert.
    ("[" * 100_000 + "]" * 100_000, "invalid JSON: arrays or objects nested too deeply to read"),
    ('{"tool": "factcheck", "baseline_version": 1' + "0" * 5000 + "}",
     "invalid JSON: Exceeds the limit"),
])
def test_unusable_baselines_are_one_line_errors_naming_the_file(tmp_path, text, message):
    path = tmp_path / "baseline.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BaselineError, match=message) as caught:
        load_baseline(path)
    assert str(caught.value).startswith(str(path))
    assert "\n" not in str(caught.value)


def test_the_baseline_is_readable_by_others_like_any_file_the_user_writes(tmp_path):
    path = tmp_path / "baseline.json"
    write_baseline(path, [CONFLICT], CLAIMS)
    plain = tmp_path / "plain.txt"
    plain.write_text("x", encoding="utf-8")
    assert path.stat().st_mode == plain.stat().st_mode


# ---------------------------------------------------------------- older id schemes


def _layout_1(tmp_path, ids):
    """A baseline as factcheck wrote it before ids were versioned (scheme 1)."""
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"tool": "factcheck", "baseline_version": 1, "findings": [
        {"id": i, "check": "cross-source-conflict"} for i in ids]}), encoding="utf-8")
    return path


def test_a_baseline_written_before_ids_were_versioned_is_scheme_1_and_outdated(tmp_path):
    baseline = load_baseline(_layout_1(tmp_path, ["aaaa"]))
    assert baseline.fingerprint_version == 1 and baseline.outdated
    write_baseline(tmp_path / "new.json", [CONFLICT], CLAIMS)
    assert not load_baseline(tmp_path / "new.json").outdated


def test_a_scheme_1_baseline_still_matches_by_the_old_ids(tmp_path):
    old_id = legacy_id_v1(CONFLICT, CLAIMS)
    assert old_id and old_id != CONFLICT.id
    baseline = load_baseline(_layout_1(tmp_path, [old_id, "0000000000000000"]))
    result = apply_baseline([CONFLICT, NEW], baseline, tuple(CLAIMS.values()))
    assert result.suppressed == [CONFLICT] and result.new == [NEW]
    assert [entry["id"] for entry in result.fixed] == ["0000000000000000"]


def test_scheme_1_ids_hashed_the_printed_value_and_scheme_2_ids_do_not():
    # The reason for scheme 2: printing 2,500 as "2500" changed every scheme-1 id.
    from factcheck.model import Quantity

    printed = legacy_id_v1(CONFLICT, CLAIMS)
    original = Quantity.describe
    try:
        Quantity.describe = lambda self: "another way to print it"
        assert legacy_id_v1(CONFLICT, CLAIMS) != printed
    finally:
        Quantity.describe = original


def test_a_link_planted_at_the_temporary_name_is_not_written_through(tmp_path):
    import os

    path = tmp_path / "baseline.json"
    outside = tmp_path / "outside"
    outside.mkdir()
    temporary = tmp_path / f".baseline.json.{os.getpid()}.tmp"
    temporary.symlink_to(outside / "planted")
    with pytest.raises(BaselineError, match="is a symbolic link") as caught:
        write_baseline(path, [CONFLICT], CLAIMS)
    assert str(caught.value).startswith(f"{path}: cannot write the baseline: {temporary} ")
    assert list(outside.iterdir()) == [] and not path.exists()
    assert temporary.is_symlink()  # not ours to remove
