"""Changed-articles mode: what git says changed, which articles that touches, which findings remain."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from factcheck.gate.changed import GitError, articles_touched, changed_since, only_touching
from factcheck.model import Article, Finding

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture
def git_env(monkeypatch, tmp_path):
    """Commits work on a CI machine with no git identity, and ignore the user's settings."""
    for name, value in {"GIT_AUTHOR_NAME": "Desk", "GIT_AUTHOR_EMAIL": "desk@example.org",
                        "GIT_COMMITTER_NAME": "Desk", "GIT_COMMITTER_EMAIL": "desk@example.org",
                        "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull,
                        "HOME": str(tmp_path)}.items():
        monkeypatch.setenv(name, value)


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                          text=True, encoding="utf-8").stdout


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def repo(tmp_path, git_env):
    """A newsroom repository with three committed articles and a .gitignore."""
    root = tmp_path / "desk"
    root.mkdir()
    git(root, "init", "-q")
    write(root / "articles" / "kept.txt", "انتشر 2500 جندي في البلاد.\n")
    write(root / "articles" / "edited.txt", "أعلن الوزير الخبر يوم الأحد.\n")
    write(root / "articles" / "old-name.txt", "وصل 300 زائر إلى المعرض.\n")
    write(root / "articles" / "removed.txt", "افتتح الجسر عام 2020.\n")
    write(root / ".gitignore", "*.tmp\n")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "first articles")
    return root


@needs_git
def test_modified_renamed_added_and_untracked_files_count_deleted_and_ignored_do_not(repo):
    write(repo / "articles" / "edited.txt", "أعلن الوزير الخبر يوم الاثنين.\n")
    git(repo, "mv", "articles/old-name.txt", "articles/new-name.txt")
    (repo / "articles" / "removed.txt").unlink()
    write(repo / "articles" / "staged.txt", "غادر 40 صحفيا المدينة.\n")
    git(repo, "add", "articles/staged.txt")
    write(repo / "articles" / "untracked.md", "بلغ عدد السكان 5000 نسمة.\n")
    write(repo / "articles" / "scratch.tmp", "ملاحظات\n")

    changed = changed_since("HEAD", repo)
    assert changed == sorted(repo.resolve() / "articles" / name for name in
                             ("edited.txt", "new-name.txt", "staged.txt", "untracked.md"))


@needs_git
def test_changes_since_an_older_commit_include_committed_ones(repo):
    first = git(repo, "rev-parse", "HEAD").strip()
    write(repo / "articles" / "later.txt", "عاد 12 لاعبا إلى الفريق.\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "later article")
    assert changed_since("HEAD", repo) == []
    assert changed_since(first, repo) == [repo.resolve() / "articles" / "later.txt"]


@needs_git
def test_paths_are_from_the_repository_top_even_when_run_in_a_subfolder(repo):
    write(repo / "articles" / "edited.txt", "تغير النص.\n")
    write(repo / "notes" / "new.md", "ملاحظة جديدة\n")
    assert changed_since("HEAD", repo / "articles") == [
        repo.resolve() / "articles" / "edited.txt", repo.resolve() / "notes" / "new.md"]


@needs_git
def test_arabic_file_names_come_back_as_written(repo):
    write(repo / "articles" / "خبر-جديد.txt", "نص قصير\n")
    assert changed_since("HEAD", repo) == [repo.resolve() / "articles" / "خبر-جديد.txt"]


@needs_git
@pytest.mark.parametrize("rev", ["no-such-branch", "--output=x"])
def test_unknown_revision_is_a_git_error(repo, rev):
    with pytest.raises(GitError, match=f"unknown revision '{rev}'"):
        changed_since(rev, repo)


@needs_git
def test_outside_a_repository_is_a_git_error(tmp_path, git_env, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))  # don't find a repo above
    folder = tmp_path / "plain"
    folder.mkdir()
    with pytest.raises(GitError, match="not a git repository"):
        changed_since("HEAD", folder)


def test_without_git_installed_it_is_a_git_error(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(GitError, match="git is not installed"):
        changed_since("HEAD", tmp_path)


# --- from changed paths to findings ----------------------------------------------------------

def article(aid: str, path: str) -> Article:
    return Article(id=aid, path=path, text="نص", title="نص")


ARTICLES = [article("a", "articles/a.txt"), article("b", "articles/2024/b.md"),
            article("c", "other/c.txt")]


def test_changed_files_name_their_articles_whatever_the_path_spelling(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    changed = [Path("articles/./a.txt"), tmp_path / "other" / "c.txt", Path("README.md")]
    assert articles_touched(ARTICLES, changed) == {"a", "c"}


def test_a_changed_folder_covers_the_articles_under_it(tmp_path, monkeypatch):
    (tmp_path / "articles" / "2024").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    assert articles_touched(ARTICLES, [Path("articles")]) == {"a", "b"}
    assert articles_touched(ARTICLES, [Path("articles/2024")]) == {"b"}


def test_relative_article_paths_can_be_taken_from_another_root(tmp_path):
    assert articles_touched(ARTICLES, [tmp_path / "articles" / "a.txt"], root=tmp_path) == {"a"}


def finding(fid: str, *articles: str) -> Finding:
    return Finding(id=fid, check="cross-source-conflict", severity="error", topic="t",
                   articles=articles, claims=(), message="Sources disagree.")


def test_only_findings_involving_a_changed_article_remain_in_order():
    findings = [finding("1", "a", "b"), finding("2", "b", "c"), finding("3", "c"),
                finding("4", "d", "a")]
    assert [f.id for f in only_touching(findings, {"a"})] == ["1", "4"]
    assert only_touching(findings, set()) == []
