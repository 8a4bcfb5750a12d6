"""Loading articles: encodings, front matter, bad files become input errors."""

import os
from pathlib import Path

import pytest

from factcheck.extract import extract_source
from factcheck.extract.front_matter import parse_published
from factcheck.model import Article, InputError
from factcheck.read.sources import MissingPathError, Source, find_sources, load_corpus

ARABIC = "انسحبت القوات الأميركية بحلول 31 كانون الأول 2021.\n"


def load(*paths):
    return list(load_corpus(paths))


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_folders_are_searched_recursively_for_txt_and_md(tmp_path):
    write(tmp_path, "a.txt", ARABIC.encode())
    write(tmp_path, "sub/b.md", ARABIC.encode())
    write(tmp_path, "sub/notes.csv", b"x,y")
    ids = [item.id for item in load(tmp_path)]
    assert ids == ["a", "b"]


def test_a_bom_is_dropped_and_crlf_kept_so_offsets_are_the_files(tmp_path):
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + ARABIC.replace("\n", "\r\n").encode() * 2)
    (article,) = load(path)
    assert isinstance(article, Article)
    assert article.text == ARABIC.replace("\n", "\r\n") * 2 and article.title == ARABIC.strip()


def test_claim_offsets_point_at_the_words_in_the_file_with_crlf_a_bom_and_front_matter(tmp_path):
    text = ("---\r\noutlet: X\r\n---\r\n" + "سطر أول.\r\n" + ARABIC.replace("\n", "\r\n")) * 1
    path = write(tmp_path, "crlf.txt", b"\xef\xbb\xbf" + text.encode())
    extraction = extract_source(Source(str(path), "crlf.txt"), "crlf")
    in_file = path.read_bytes().decode("utf-8-sig")
    date = next(c for c in extraction.claims if c.kind == "date")
    assert in_file[date.span.start:date.span.end] == date.text == "31 كانون الأول 2021"
    assert in_file.split("\n")[date.span.line - 1][date.span.column - 1:].startswith(date.text)


def test_a_lone_cr_is_a_line_break(tmp_path):
    (article,) = load(write(tmp_path, "mac.txt", ARABIC.replace("\n", "\r").encode() * 2))
    assert article.text == ARABIC * 2


def test_utf16_with_a_bom_is_read(tmp_path):
    (article,) = load(write(tmp_path, "utf16.txt", ARABIC.encode("utf-16")))
    assert isinstance(article, Article) and article.text == ARABIC


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n", "empty file"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
    ("latin1.txt", "café".encode("latin-1"), "not UTF-8"),
])
def test_bad_files_become_input_errors_and_the_scan_goes_on(tmp_path, name, data, reason):
    write(tmp_path, "good.txt", ARABIC.encode())
    write(tmp_path, name, data)
    items = load(tmp_path)
    errors = [i for i in items if isinstance(i, InputError)]
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.id for a in articles] == ["good"]
    assert len(errors) == 1
    assert errors[0].path.endswith(name) and reason in errors[0].message


def test_missing_path_is_a_usage_error(tmp_path):
    with pytest.raises(MissingPathError, match="no such file"):
        load(tmp_path / "nope")


def test_front_matter_is_read_and_lines_still_match_the_file(tmp_path):
    text = "---\noutlet: Example News\npublished: 2021-12-29\nurl: https://example.org/a\n---\n" + ARABIC
    (article,) = load(write(tmp_path, "fm.txt", text.encode()))
    assert (article.outlet, article.published, article.url) == (
        "Example News", "2021-12-29", "https://example.org/a")
    assert article.text == ARABIC
    assert article.body_offset_line == 5


def test_front_matter_null_published_means_unknown(tmp_path):
    text = "---\noutlet: X\npublished: null\n---\n" + ARABIC
    (article,) = load(write(tmp_path, "fm.txt", text.encode()))
    assert article.published is None


@pytest.mark.parametrize("published", ["soon", "tomorrow", "منذ يومين", "غدا", "2021-02-30",
                                       "31 نوفمبر 2021", "قبل 99999999 يوما"])
def test_a_published_date_that_is_not_a_real_stated_date_is_an_input_error_naming_the_line(
        tmp_path, published):
    text = f"---\noutlet: X\npublished: {published}\n---\n" + ARABIC
    path = write(tmp_path, "fm.txt", text.encode())
    (article,) = load(path)
    assert article.published == published  # read as written; extraction interprets it
    error = extract_source(Source(str(path), "fm.txt"), "fm")
    assert isinstance(error, InputError) and error.path == "fm.txt"
    assert error.message.startswith("line 3: front matter 'published' is not a date")


def test_unclosed_front_matter_is_an_input_error(tmp_path):
    (error,) = load(write(tmp_path, "fm.txt", ("---\noutlet: X\n" + ARABIC).encode()))
    assert isinstance(error, InputError) and "never closed" in error.message


@pytest.mark.parametrize("raw, iso", [
    ("2021-12-29", "2021-12-29"),
    ("2021-12-29T10:15:00Z", "2021-12-29"),
    ("2021-12", "2021-12"),
    ("٢٠٢١-١٢-٢٩", "2021-12-29"),
    ("29 December 2021", "2021-12-29"),
    ("الأربعاء 29 كانون الأول 2021", "2021-12-29"),
    ("٢٩ ديسمبر ٢٠٢١", "2021-12-29"),
    ("03/04/2021", "2021-04-03"),  # numbers are day first, as Arabic news writes them
    ("December 2021", "2021-12"),  # what it says, no day filled in from today
    ("2021-13-01", None),
    ("tomorrow", None),
    ("منذ يومين", None),
])
def test_published_dates(raw, iso):
    assert parse_published(raw) == iso


def test_same_stem_in_two_folders_keeps_both_articles(tmp_path):
    write(tmp_path, "a/x.txt", ARABIC.encode())
    write(tmp_path, "b/x.txt", ARABIC.encode())
    ids = sorted(item.id for item in load(tmp_path))
    assert len(set(ids)) == 2


def test_folders_are_searched_recursively_skipping_hidden_files_and_folders(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("a.txt", "sub/b.md", "sub/deeper/c.TXT", ".hidden.txt", ".git/d.txt",
                 "sub/.cache/e.txt", "notes.csv"):
        path = tmp_path / "corpus" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("نص", encoding="utf-8")
    shown = [s.display for s in find_sources(["corpus"])]
    assert shown == ["corpus/a.txt", "corpus/sub/b.md", "corpus/sub/deeper/c.TXT"]


def test_a_file_reached_twice_is_read_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "corpus" / "link.txt").symlink_to(tmp_path / "corpus" / "a.txt")
    sources = find_sources(["corpus", "corpus/a.txt"])
    assert [s.display for s in sources] == ["corpus/a.txt"]


def test_paths_are_shown_relative_to_the_current_folder_however_they_were_given(tmp_path, monkeypatch):
    (tmp_path / "news" / "sub").mkdir(parents=True)
    (tmp_path / "news" / "sub" / "a.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "news")
    for given in (".", "./", "sub", "sub/", str(tmp_path / "news")):
        (source,) = find_sources([given])
        assert source.display == "sub/a.txt", given
        assert source.read_bytes().decode("utf-8") == ARABIC
    monkeypatch.chdir(tmp_path / "elsewhere")  # outside the folder: shown as given
    (source,) = find_sources(["../news//sub"])
    assert source.display == "../news/sub/a.txt"
    assert source.stem == "a"


# --- nothing in a corpus folder can hang, crash or vanish from a scan ----------------------


def test_a_fifo_named_like_an_article_is_an_input_error_not_a_hang(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    write(tmp_path, "good.txt", ARABIC.encode())
    items = load(tmp_path)
    (error,) = [i for i in items if isinstance(i, InputError)]
    assert error.path.endswith("pipe.txt") and "named pipe" in error.message
    assert [i.id for i in items if isinstance(i, Article)] == ["good"]
    (again,) = load(tmp_path / "pipe.txt")  # named on the command line, too
    assert isinstance(again, InputError) and "named pipe" in again.message


def test_broken_links_and_link_loops_are_reported_not_dropped(tmp_path):
    write(tmp_path, "good.txt", ARABIC.encode())
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    errors = {Path(i.path).name: i.message for i in load(tmp_path) if isinstance(i, InputError)}
    assert "broken symbolic link" in errors["gone.txt"]
    assert "symbolic links" in errors["loop.txt"]
    with pytest.raises(MissingPathError, match="symbolic link loop"):
        load(tmp_path / "loop.txt")


def test_a_folder_that_cannot_be_read_is_an_input_error_naming_it(tmp_path, monkeypatch):
    write(tmp_path, "good.txt", ARABIC.encode())
    write(tmp_path, "locked/a.txt", ARABIC.encode())
    real = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = load(tmp_path)
    (error,) = [i for i in items if isinstance(i, InputError)]
    assert error.path.endswith("locked") and "cannot read folder: Permission denied" in error.message
    assert [i.id for i in items if isinstance(i, Article)] == ["good"]


def test_a_file_name_that_is_not_utf8_is_shown_escaped(tmp_path):
    name = os.fsdecode(b"bad-\xff.txt")
    (tmp_path / name).write_bytes(ARABIC.encode())
    (article,) = load(tmp_path)
    assert article.path.endswith("bad-\\xff.txt") and article.id == "bad-\\xff"
    article.path.encode("utf-8")  # any writer, hash and cache can take them
    article.id.encode("utf-8")


def test_a_huge_file_is_an_input_error_not_a_memory_spike(tmp_path, monkeypatch):
    from factcheck.read import sources

    monkeypatch.setattr(sources, "MAX_ARTICLE_BYTES", 100)
    (error,) = load(write(tmp_path, "big.txt", ARABIC.encode() * 10))
    assert isinstance(error, InputError) and "too large to analyse" in error.message


def test_readme_and_other_non_articles_are_excluded_by_default_unless_named(tmp_path):
    write(tmp_path, "a.txt", ARABIC.encode())
    write(tmp_path, "README.md", b"# About this folder")
    write(tmp_path, "sub/readme.txt", b"notes")
    assert [i.id for i in load(tmp_path)] == ["a"]
    assert [s.display for s in find_sources([tmp_path], exclude=())][-1].endswith("readme.txt")
    assert len(load(tmp_path / "README.md")) == 1
    assert [Path(s.location).name for s in find_sources([tmp_path], exclude=("sub/*",))] == [
        "README.md", "a.txt"]


def test_a_quote_ends_where_its_word_does_with_the_last_letters_vowel_marks(tmp_path):
    path = write(tmp_path, "marks.txt", "وأعلنت الوزارة مقتل 326 قتيلاً وإصابة 1042 جريحاً.\n".encode())
    extraction = extract_source(Source(str(path), "marks.txt"), "marks")
    in_file = path.read_text(encoding="utf-8")
    quotes = [c.text for c in extraction.claims]
    assert quotes == ["326 قتيلاً", "1042 جريحاً"]
    assert all(in_file[c.span.start:c.span.end] == c.text for c in extraction.claims)
