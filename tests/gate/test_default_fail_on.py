"""The default gate fails on every serious finding (warning or error), never on info: a
corpus whose sources really disagree exits 1 even when no frame was firm enough for an
error, and a running tally that only grows does not stop a publication."""

from __future__ import annotations


from support import run

RATE = "---\npublished: 2024-03-07\n---\nأقفل سعر صرف الدولار أمس عند {} في البنوك المصرية.\n"
FLOODS = ("---\npublished: 2024-09-1{}\n---\nارتفع عدد القتلى جراء السيول في المحافظة إلى {} قتيلا.\n")


def write(folder, **articles):
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return str(folder)


def test_two_outlets_disagreeing_on_a_level_fail_the_default_gate(tmp_path):
    corpus = write(tmp_path, a=RATE.format("49.5 جنيه"), b=RATE.format("46 جنيها"))
    result = run("scan", corpus, "--no-cache", "--no-rules")
    assert "WARNING  cross-source-conflict" in result.stdout
    assert result.returncode == 1


def test_fail_on_error_keeps_a_warning_from_failing(tmp_path):
    corpus = write(tmp_path, a=RATE.format("49.5 جنيه"), b=RATE.format("46 جنيها"))
    assert run("scan", corpus, "--no-cache", "--no-rules", "--fail-on", "error").returncode == 0


def test_a_tally_that_only_grows_is_info_and_passes(tmp_path):
    corpus = write(tmp_path, first=FLOODS.format(7, 6), later=FLOODS.format(8, 11))
    result = run("scan", corpus, "--no-cache", "--no-rules")
    assert "INFO  evolving-tally" in result.stdout
    assert result.returncode == 0


def test_agreeing_outlets_pass(tmp_path):
    corpus = write(tmp_path, a=RATE.format("49.5 جنيه"), b=RATE.format("49,5 جنيها"))
    result = run("scan", corpus, "--no-cache", "--no-rules")
    assert result.returncode == 0, result.stdout
