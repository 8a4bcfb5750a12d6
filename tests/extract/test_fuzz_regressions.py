"""Every input that ever crashed or hung a fuzz campaign (tests/fuzz/campaign.py), kept as
an explicit example, smallest form first. Each goes through what a scan does with an
article (tests/fuzz/harness.py): nothing may escape, and nothing may come near the hang
guard (a guard against the old blow-ups coming back, not a benchmark)."""


import pytest

from factcheck.read.sources import Source, read_article
from fuzz.harness import HANG_GUARD, extract_one, scan_files

# (input, what happened, where it was fixed)
EXTRACTION = [
    # Crash: AttributeError, 'NoneType' object has no attribute 'group'. _HEAD's numeric
    # date lets the separators differ, _NUMDATE_RE does not (extract/dates.py _numdate).
    ("0.0-0 % ", "crash"),
    ("١٧.١٠/٢٠٢٠", "crash"),
    # Crash: IndexError in context._is_part, which read the figure's own token after the
    # last one (a list of figures walked back to the clause start). CI's fuzz run found it.
    ("0," * 50 + " ", "crash"),
    # Crash: IndexError in context._site: the «حيث» look-back read the first word of an empty
    # last clause (a run of «0,» ending in a space). CI's fuzz run found it.
    ("أزيد من 0 % " + "0," * 745 + " ", "crash"),
    # Hang: a month name, then a long run of spaces: "\s*[,،]?\s*" before a year
    # backtracked quadratically (8,000 spaces 3.4 s, 16,665 spaces 14 s; the campaign's
    # input below). extract/dates.py: every "\s*[x]?\s*" is now "\s*(?:[x]\s*)?".
    ("يناير" + " " * 16_665 + "x", "hang"),
    ("١٧/١٠/٢٠٢٠الحاليأكتوبر\nجويلية\n" + " " * 16_665
     + "المقبل 1 ملايين في المائة في القطرية\n٨/٣/١٢\n۷۵۰٫۵۹۳، الماضية́\n"
       "ﻻ أنالفائتة 2021-10-38\n", "hang"),
]


@pytest.mark.parametrize("text, what", EXTRACTION, ids=lambda v: v if v in ("crash", "hang") else "")
def test_extraction(text, what):
    assert extract_one(text) < HANG_GUARD


def test_a_breakdown_check_over_many_totals_in_one_sentence():
    """Hang: 600 totals in one hard-wrapped sentence took the breakdown-sum check ~22 s
    (618 in the campaign's input: 88 s), looking each part up with claims.index —
    analyse/checks/breakdown_sum.py _parts_after."""
    text = "بلغ القتلى " + "ألفين\n" * 600
    assert scan_files([text.encode("utf-8")]) < HANG_GUARD * 2


def test_a_front_matter_value_with_a_long_run_of_spaces(tmp_path):
    """Hang: "\\s*(.*?)\\s*$" backtracked quadratically on a value with spaces inside
    (40,000: 4 s; a 4 MB file: hours) — read/sources.py _FRONT_LINE."""
    path = tmp_path / "a.txt"
    path.write_text("---\noutlet: a" + " " * 200_000 + "b\npublished: 2021-12-29\n---\nنص\n",
                    encoding="utf-8")
    article = read_article(Source(str(path), "a.txt"), "a")
    assert article.outlet == "a" + " " * 200_000 + "b"
    assert article.published == "2021-12-29"
    assert scan_files([path.read_bytes()]) < HANG_GUARD * 2
