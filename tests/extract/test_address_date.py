"""The date an article's address gives: evidence with its place in the file, never a guess."""

import pytest

from factcheck.extract.article import extract
from factcheck.read.sources import find_sources, read_article


def address_of(tmp_path, url_line: str, body: str = "واصلت فرق الإنقاذ عملها.\n"):
    path = tmp_path / "a.txt"
    path.write_text(f"---\noutlet: x\n{url_line}\n---\n{body}", encoding="utf-8")
    (source,) = find_sources([path])
    return extract(read_article(source, "a")), path.read_text(encoding="utf-8")


@pytest.mark.parametrize("url, quoted, day", [
    ("https://ksa.example/2015/11/28/%D8%B4%D9%85/", "2015/11/28", (2015, 11, 28)),
    ("https://www.example.ae/economy/2024-03-07-1.4834085", "2024-03-07", (2024, 3, 7)),
    ("https://example.com/news/2024/6/23/title", "2024/6/23", (2024, 6, 23)),
    ("https://example.tn/2023/02/blog-post_660.html", "2023/02", (2023, 2, None)),
])
def test_a_date_in_the_path_is_read_with_its_place_in_the_file(tmp_path, url, quoted, day):
    extraction, text = address_of(tmp_path, f"url: {url}")
    address = extraction.address
    assert address.text == quoted and address.role == "address"
    assert (address.value.year, address.value.month, address.value.day) == day
    assert text[address.span.start:address.span.end] == quoted
    line = text.split("\n")[address.span.line - 1]
    assert address.span.line == 3
    assert line[address.span.column - 1:].startswith(quoted)
    assert address not in extraction.claims  # evidence about the article, not a claim of its text


@pytest.mark.parametrize("url", [
    "https://example.com/144942/article",          # an article number
    "https://example.com/2024/13/01/title",        # no 13th month
    "https://example.com/2023/02/30/title",        # no 30 February
    "https://2024.example.com/news",               # a year in the host
    "https://example.com/news/20230206/title",     # digits run together: an id as often as a date
    "https://example.com/a/2023-02-06x",           # not a whole segment
])
def test_what_is_not_a_dated_path_gives_nothing(tmp_path, url):
    assert address_of(tmp_path, f"url: {url}")[0].address is None


def test_a_spaced_or_quoted_url_line_is_still_placed_exactly(tmp_path):
    extraction, text = address_of(tmp_path, 'url :  "https://example.com/2015/11/28/x"')
    span = extraction.address.span
    assert text[span.start:span.end] == "2015/11/28"
