"""The extraction cache: hits, misses, invalidation, and never failing a scan."""

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

import factcheck
from factcheck.run.cache import CACHE_FILE, ExtractionCache, cache_key, code_version, extract_with_cache
from factcheck.read.sources import article_ids, find_sources
from factcheck.extract.article import Extraction
from factcheck.model import InputError
from factcheck.extract import extract_source

ARTICLES = {
    "troops.txt": "قالت الوزارة إن 2500 جندي سيبقون في البلاد حتى نهاية العام 2021.\n",
    "deadline.txt": "وأكد المتحدث أن الانسحاب يكتمل بحلول 31 كانون الأول 2021.\n",
    "bases.txt": "وغادرت ثلاث وحدات القاعدة يوم الأربعاء 29 كانون الأول 2021.\n",
}


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """A small corpus in the current folder, so displayed paths are relative as in real use."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def scan(folder: Path, cache: ExtractionCache | None, **options) -> list:
    sources = find_sources([folder])
    return list(extract_with_cache(sources, article_ids(sources), cache, **options))


def uncached(folder: Path) -> list:
    sources = find_sources([folder])
    ids = article_ids(sources)
    return [extract_source(s, ids[s.display]) for s in sources]


def test_the_second_scan_is_served_from_the_cache(corpus):
    with ExtractionCache.open(Path(".factcheck-cache"), "v1") as cache:
        first = scan(corpus, cache)
    assert (cache.hits, cache.misses) == (0, 3)
    with ExtractionCache.open(Path(".factcheck-cache"), "v1") as cache:
        second = scan(corpus, cache)
    assert (cache.hits, cache.misses) == (3, 0)
    assert first == second == uncached(corpus)
    assert cache.warnings == []


def test_an_edited_article_is_extracted_again(corpus):
    with ExtractionCache.open(Path(".cache"), "v1") as cache:
        scan(corpus, cache)
    (corpus / "troops.txt").write_text("قالت الوزارة إن 3500 جندي سيبقون في البلاد.\n", encoding="utf-8")
    with ExtractionCache.open(Path(".cache"), "v1") as cache:
        results = scan(corpus, cache)
    assert (cache.hits, cache.misses) == (2, 1)
    assert results == uncached(corpus)
    troops = next(r for r in results if r.article.id == "troops")
    assert [c.value.min for c in troops.claims if c.kind == "quantity"] == [3500]


def test_a_new_factcheck_version_misses_and_drops_the_old_rows(corpus):
    with ExtractionCache.open(Path(".cache"), "v1") as cache:
        scan(corpus, cache)
    with ExtractionCache.open(Path(".cache"), "v2") as cache:
        scan(corpus, cache)
    assert (cache.hits, cache.misses) == (0, 3)
    with ExtractionCache.open(Path(".cache"), "v1") as cache:  # v1's rows were pruned by v2
        scan(corpus, cache)
    assert (cache.hits, cache.misses) == (0, 3)


def test_a_stored_record_that_cannot_be_read_is_extracted_and_stored_again(corpus):
    with ExtractionCache.open(Path(".cache"), "v1") as cache:
        scan(corpus, cache)
    with sqlite3.connect(Path(".cache") / CACHE_FILE) as db:
        db.execute("UPDATE extractions SET record = x'00ff' WHERE rowid = 1")
    db.close()
    with ExtractionCache.open(Path(".cache"), "v1") as cache:
        assert scan(corpus, cache) == uncached(corpus)
    assert (cache.hits, cache.misses, cache.stats.writes) == (2, 1, 1)
    with ExtractionCache.open(Path(".cache"), "v1") as cache:
        scan(corpus, cache)
    assert (cache.hits, cache.misses) == (3, 0)


def test_the_misses_go_to_the_workers_together_before_any_hit_is_read(corpus):
    with ExtractionCache.open(Path(".cache"), "v1") as cache:
        scan(corpus, cache)
    (corpus / "troops.txt").write_text("قالت الوزارة إن 3500 جندي سيبقون.\n", encoding="utf-8")
    (corpus / "new.txt").write_text("وصل 40 مراقبا إلى المدينة.\n", encoding="utf-8")
    handed_out = []

    def run_tasks(task, items):  # what pipeline passes: a process pool's map
        handed_out.append(sorted(Path(source.display).name for source, _ in items))
        return map(task, items)

    with ExtractionCache.open(Path(".cache"), "v1") as cache:
        assert scan(corpus, cache, run_tasks=run_tasks) == uncached(corpus)
    assert handed_out == [["new.txt", "troops.txt"]]
    assert (cache.hits, cache.misses, cache.stats.writes) == (2, 2, 2)


def test_input_errors_are_not_cached_so_a_fixed_file_is_read_again(corpus):
    broken = corpus / "broken.txt"
    broken.write_bytes(b"\xff\xfd not utf-8")
    with ExtractionCache.open(Path(".cache"), "v1") as cache:
        results = scan(corpus, cache)
    assert any(isinstance(r, InputError) and r.path == "news/broken.txt" for r in results)
    broken.write_text("وصل 40 مراقبا إلى المدينة.\n", encoding="utf-8")
    with ExtractionCache.open(Path(".cache"), "v1") as cache:
        results = scan(corpus, cache)
    assert (cache.hits, cache.misses) == (3, 1)
    assert all(isinstance(r, Extraction) for r in results)


def test_the_key_depends_on_bytes_id_path_and_version():
    base = cache_key(b"text", "a", "news/a.txt", "v1")
    assert base == cache_key(b"text", "a", "news/a.txt", "v1")
    others = {cache_key(b"text!", "a", "news/a.txt", "v1"), cache_key(b"text", "b", "news/a.txt", "v1"),
              cache_key(b"text", "a", "news/b.txt", "v1"), cache_key(b"text", "a", "news/a.txt", "v2"),
              cache_key(b"text", "an", "ews/a.txt", "v1")}  # fields cannot run into each other
    assert base not in others and len(others) == 5


def test_code_version_names_the_package_version():
    from factcheck import __version__

    assert code_version().startswith(__version__ + "+")


def test_code_version_hashes_every_stage_not_only_the_runner():
    # a change to the grammar or the checks must not be served from yesterday's cache
    from factcheck.run.cache import source_files

    package = Path(factcheck.__file__).resolve().parent
    hashed = {p.relative_to(package).as_posix() for p in source_files()}
    assert {"extract/article.py", "extract/dates.py", "analyse/stories.py",
            "analyse/group.py", "lexicon/measures.py", "run/cache.py", "model.py"} <= hashed


def test_the_cache_folder_ignores_itself_for_git(tmp_path):
    with ExtractionCache.open(tmp_path / "deep" / ".factcheck-cache", "v1"):
        pass
    ignore = tmp_path / "deep" / ".factcheck-cache" / ".gitignore"
    assert "*" in ignore.read_text().splitlines()


def test_a_file_that_is_not_a_database_is_replaced(corpus):
    folder = Path(".cache")
    folder.mkdir()
    (folder / CACHE_FILE).write_bytes(b"this is not SQLite" * 500)
    with ExtractionCache.open(folder, "v1") as cache:
        assert scan(corpus, cache) == uncached(corpus)
    assert len(cache.warnings) == 1 and "damaged" in cache.warnings[0]
    with ExtractionCache.open(folder, "v1") as cache:
        scan(corpus, cache)
    assert (cache.hits, cache.warnings) == (3, [])


def test_a_database_damaged_inside_is_replaced_when_read(corpus):
    folder = Path(".cache")
    with ExtractionCache.open(folder, "v1") as cache:
        scan(corpus, cache)
    path = folder / CACHE_FILE
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page:] = b"\xa5" * (len(data) - page)  # every page after the header page
    path.write_bytes(bytes(data))
    with ExtractionCache.open(folder, "v1") as cache:
        assert scan(corpus, cache) == uncached(corpus)
    assert cache.warnings and "damaged" in cache.warnings[0]
    with ExtractionCache.open(folder, "v1") as cache:
        scan(corpus, cache)
    assert cache.hits == 3


def test_a_locked_database_turns_the_cache_off_instead_of_failing(corpus):
    folder = Path(".cache")
    with ExtractionCache.open(folder, "v1"):
        pass
    other_scan = sqlite3.connect(folder / CACHE_FILE, isolation_level=None)
    other_scan.execute("BEGIN IMMEDIATE")  # holds the write lock
    try:
        with ExtractionCache.open(folder, "v1", timeout=0.05) as cache:
            assert scan(corpus, cache) == uncached(corpus)
        assert not cache.enabled
        assert len(cache.warnings) == 1 and "without the cache" in cache.warnings[0]
    finally:
        other_scan.execute("ROLLBACK")
        other_scan.close()


def test_a_cache_folder_that_cannot_be_created_turns_the_cache_off(corpus):
    Path("taken").write_text("a file, not a folder")
    with ExtractionCache.open(Path("taken"), "v1") as cache:
        assert scan(corpus, cache) == uncached(corpus)
    assert not cache.enabled and "cannot create the cache folder" in cache.warnings[0]


def test_no_cache_extracts_everything(corpus):
    assert scan(corpus, None) == uncached(corpus)


def _scan_in_another_process(folder: str, cache_dir: str, barrier) -> list[str]:
    barrier.wait()
    with ExtractionCache.open(Path(cache_dir), "v1") as cache:
        results = scan(Path(folder), cache, batch_size=2)  # many small write transactions
    return cache.warnings if all(isinstance(r, Extraction) for r in results) else ["bad result"]


def test_two_scans_can_write_the_cache_at_once(corpus, tmp_path):
    for n in range(30):  # enough articles for the two writers to interleave
        (corpus / f"extra{n:02d}.txt").write_text(f"وصل {n + 10} مراقبا إلى المدينة.\n", encoding="utf-8")
    cache_dir = tmp_path / "shared-cache"
    context = multiprocessing.get_context("spawn")
    barrier = context.Manager().Barrier(2)
    with context.Pool(2) as pool:
        outcomes = pool.starmap(_scan_in_another_process, [(str(corpus), str(cache_dir), barrier)] * 2)
    assert outcomes == [[], []]
    with ExtractionCache.open(cache_dir, "v1") as cache:
        assert scan(corpus, cache) == uncached(corpus)
    assert (cache.hits, cache.misses) == (33, 0)


# --- symbolic links (issue 15): a restored cache folder cannot make a scan write elsewhere ---

@pytest.mark.parametrize("name", [".gitignore", CACHE_FILE, CACHE_FILE + "-wal",
                                  CACHE_FILE + "-shm"])
def test_a_link_in_the_cache_folder_is_not_followed_and_the_scan_goes_on(corpus, tmp_path, name):
    folder = Path(".factcheck-cache")
    folder.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (folder / name).symlink_to(outside / "planted")
    with ExtractionCache.open(folder, "v1") as cache:
        assert not cache.enabled
        assert scan(corpus, cache) == uncached(corpus)
    assert cache.warnings == [
        f"warning: {folder / name} is a symbolic link (to {outside / 'planted'}); factcheck "
        "does not follow links when it creates files; this scan goes on without the cache"]
    assert list(outside.iterdir()) == []


def test_a_cache_folder_that_is_itself_a_link_is_used(corpus, tmp_path):
    """Where the cache lives is the user's choice; only links inside it are refused."""
    elsewhere = tmp_path / "cache-disk"
    elsewhere.mkdir()
    Path(".factcheck-cache").symlink_to(elsewhere, target_is_directory=True)
    with ExtractionCache.open(Path(".factcheck-cache"), "v1") as cache:
        assert cache.enabled
        scan(corpus, cache)
    assert cache.warnings == []
    assert (elsewhere / ".gitignore").is_file() and (elsewhere / CACHE_FILE).is_file()


def test_an_existing_gitignore_is_left_as_it_is(corpus):
    folder = Path(".factcheck-cache")
    folder.mkdir()
    (folder / ".gitignore").write_text("# mine\n", encoding="utf-8")
    with ExtractionCache.open(folder, "v1") as cache:
        assert cache.enabled
        scan(corpus, cache)
    assert (folder / ".gitignore").read_text(encoding="utf-8") == "# mine\n"
