"""One interface for every format: each renderer writes the whole report to a stream."""

from __future__ import annotations

import io
import json
import os

import pytest

from factcheck.report import FORMATS, RENDERERS, RenderContext, write_report
from test_report_json import sample_report

MACHINE = {"json", "sarif", "github"}


@pytest.mark.parametrize("name", FORMATS)
def test_every_format_renders_the_sample_report_to_a_stream(name):
    renderer = RENDERERS[name]
    assert renderer.name == name and renderer.description
    out = io.StringIO()
    renderer.render(sample_report(), out, RenderContext(tool_version="9.9"))
    assert out.getvalue()


def test_machine_formats_are_not_human_readable():
    assert {name for name in FORMATS if not RENDERERS[name].human_readable} == MACHINE


def test_an_unknown_format_is_a_key_error_as_in_a_dict():
    with pytest.raises(KeyError):
        RENDERERS["xml"]
    assert "xml" not in RENDERERS and "json" in RENDERERS


def test_report_file_is_written_whole(tmp_path):
    path = tmp_path / "report.json"
    write_report(path, RENDERERS["json"], sample_report(), RenderContext(tool_version="9.9"))
    assert json.loads(path.read_text(encoding="utf-8"))["tool"]["version"] == "9.9"
    assert os.listdir(tmp_path) == ["report.json"]  # no temporary file left behind


class _Interrupted:
    """A renderer stopped half-way, as Ctrl-C stops a scan."""

    name, human_readable, description, suffix = "json", False, "half", ".json"

    def render(self, report, out, ctx):
        out.write('{"half": ')
        raise KeyboardInterrupt


def test_an_interrupted_write_leaves_the_previous_report_in_place(tmp_path):
    path = tmp_path / "report.json"
    path.write_text('{"previous": true}\n', encoding="utf-8")
    path.chmod(0o640)
    with pytest.raises(KeyboardInterrupt):
        write_report(path, _Interrupted(), sample_report(), RenderContext())
    assert path.read_text(encoding="utf-8") == '{"previous": true}\n'
    assert os.listdir(tmp_path) == ["report.json"]
    write_report(path, RENDERERS["json"], sample_report(), RenderContext())
    assert path.stat().st_mode & 0o777 == 0o640  # a rewritten report keeps its permissions


def test_a_folder_that_does_not_exist_is_an_os_error(tmp_path):
    with pytest.raises(OSError):
        write_report(tmp_path / "no" / "r.json", RENDERERS["json"], sample_report(),
                     RenderContext())


def _report_with_a_byte_name():
    """Undecodable bytes of a file name, as the reader escapes them (\\xff) and, in an id
    taken from the name, as Python's lone surrogates."""
    from dataclasses import replace

    report = sample_report()
    odd = {"a": ("corpus/\\xff\\xfeqissa.md", "\udcff\udcfeqissa")}
    articles = tuple(replace(a, path=odd[a.id][0]) if a.id in odd else a for a in report.articles)
    return replace(report, articles=articles)


@pytest.mark.parametrize("name", FORMATS)
def test_a_file_name_that_is_not_utf8_never_stops_a_writer(name, tmp_path):
    report = _report_with_a_byte_name()
    path = tmp_path / "r\udcff.out"  # the report's own name may be undecodable too
    write_report(path, RENDERERS[name], report, RenderContext())
    data = path.read_bytes()
    data.decode("utf-8")  # valid UTF-8
    # as written (terminal, GitHub, HTML), as JSON escapes a backslash, or as a URI (SARIF)
    assert any(form in data for form in (b"\\xff\\xfeqissa", b"\\\\xff\\\\xfeqissa",
                                         b"%5Cxff%5Cxfeqissa"))


def test_json_with_lone_surrogates_is_still_valid_utf8():
    from dataclasses import replace

    report = sample_report()
    claims = tuple(replace(c, sentence="\udcff" + c.sentence) if c.id == "a:q1" else c
                   for c in report.claims)
    out = io.BytesIO()
    from factcheck.report.json_report import write_json

    write_json(out, replace(report, claims=claims), "1")
    text = out.getvalue().decode("utf-8")
    assert json.loads(text)["claims"][0]["sentence"].startswith("\\xff")
