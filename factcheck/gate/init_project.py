"""`factcheck init`: a starter configuration and an example rule for a new project.

Never overwrites, and never follows a symbolic link: if any file it would write already
exists, or any path it would write through is a link (even a dangling one, which `exists()`
does not see), nothing is written.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from factcheck.analyse.checks.registry import CHECK_IDS
from factcheck.gate.config import CONFIG_FILE, PYPROJECT_FILE, find_config
from factcheck.read.new_files import create_new_file, link_message

ARTICLES_DIR = "articles"
RULES_DIR = "rules"
EXAMPLE_RULE = "example.toml"

_CONFIG_TEMPLATE = """\
# factcheck configuration. Paths are relative to this file's folder.
# Command-line options win over these settings.

# Articles to scan: .txt / .md files, or folders searched recursively.
paths = ["articles"]

# Topic rules: a file or folder, or a list of them. Set `no-rules = true` instead
# to use automatic topics only.
rules = "rules"

# Exit 1 when a finding has this severity or worse: "error", "warning" (the default:
# every serious finding), "info" or "never".
fail-on = "warning"

# Findings accepted so far: only findings not in this file are reported and fail the
# run. Write or refresh it with `factcheck scan --update-baseline`; commit it.
baseline = ".factcheck-baseline.json"

{disable_comment}
# disable = ["different-bodies"]

# Where extraction results are cached between runs.
# cache-dir = ".factcheck-cache"

# How many worker processes extract the articles (default: the cores this machine
# lets factcheck use).
# jobs = 4

# Files not to scan inside the article folders, as globs of names or of paths below the
# folder (a file named on the command line is always scanned). `exclude` replaces the
# default list (README*, CHANGELOG*, LICENSE*, CONTRIBUTING*); `extend-exclude` adds to it.
# extend-exclude = ["drafts/*", "*.draft.md"]

# Severity of one topic's cross-source conflicts, by topic id: "error", "warning" or "info".
# [severity]
# casualties-total = "warning"
"""


def _disable_comment() -> str:
    """Every check id, from the registry, as comment lines of at most 88 characters."""
    ids = ", ".join(f'"{check_id}"' for check_id in CHECK_IDS)
    return "\n".join(textwrap.wrap(f"Checks not to report, by id (`factcheck checks` describes "
                                   f"them): {ids}.", width=88, initial_indent="# ",
                                   subsequent_indent="# ", break_long_words=False,
                                   break_on_hyphens=False))


CONFIG_TEMPLATE = _CONFIG_TEMPLATE.replace("{disable_comment}", _disable_comment())

EXAMPLE_RULE_TEMPLATE = """\
# An example topic rule: copy it, rename the id, and adapt the words to your story.
# Claims a rule matches are compared across articles; a disagreement is a finding.
# `factcheck rules` lists and validates the rules.

[[topic]]
# unique id, a-z 0-9 and '-' only; it names the topic in reports and in [severity]
id = "casualties-total"
label = "Number of people killed"
kind = "quantity"                   # "quantity" or "date"
# the counted noun after the number must be one of these (singular form)
units = ["قتيل", "شخص", "ضحية"]
# at least one of these words must occur in the claim's clause
cues = ["مقتل", "قتلى", "حصيلة", "ضحايا"]
# none of these may occur in the claim's clause (e.g. an earlier attack's toll)
# exclude = ["العام الماضي"]
# how far apart two figures may be and still agree: 0.05 = 5 %
tolerance = 0
severity = "error"                  # of a conflict: "error", "warning" or "info"

# A date topic: the date must follow one of the `near` words (within `window` words).
# [[topic]]
# id = "ceasefire-start"
# label = "When the ceasefire took effect"
# kind = "date"
# cues = ["الهدنة", "وقف إطلاق النار"]
# near = ["بدء", "دخل حيز التنفيذ", "اعتبارا من"]
# window = 4
"""


class InitError(Exception):
    """`factcheck init` would overwrite something or write through a link; the message names it."""


def init_project(folder: Path) -> list[Path]:
    """Write factcheck.toml and rules/example.toml, create articles/; return what was created."""
    config = folder / CONFIG_FILE
    rule = folder / RULES_DIR / EXAMPLE_RULE
    articles = folder / ARTICLES_DIR
    # Check everything before writing anything, so a refusal leaves the folder as it was.
    # rules/ would be written into, so it must not be a link out of the folder either;
    # articles/ is only created, and a link to a folder of articles is welcome.
    for path in (config, rule.parent, rule):
        if link_message(path):
            raise InitError(f"{link_message(path)}; remove it, or run factcheck init elsewhere")
    for existing in (config, rule):
        if existing.exists():
            raise InitError(f"{existing}: already exists; factcheck init never overwrites")
    if rule.parent.exists() and not rule.parent.is_dir():
        raise InitError(f"{rule.parent}: exists and is not a folder")
    if link_message(articles) and not articles.exists():
        raise InitError(f"{link_message(articles)}, and it points nowhere; remove it or make "
                        "its folder")
    pyproject = folder / PYPROJECT_FILE
    if pyproject.is_file() and find_config(folder) == pyproject:
        raise InitError(f"{pyproject}: already configures factcheck ([tool.factcheck]); "
                        f"a {CONFIG_FILE} would hide it")

    created: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        create_new_file(config, CONFIG_TEMPLATE)
        created.append(config)
        rule.parent.mkdir(exist_ok=True)
        create_new_file(rule, EXAMPLE_RULE_TEMPLATE)
        created.append(rule)
        if not articles.exists():
            articles.mkdir()
            created.append(articles)
    except FileExistsError as exc:  # made by someone else since the checks above
        where = exc.filename or folder
        raise InitError(link_message(where) or f"{where}: already exists; factcheck init "
                                                "never overwrites") from None
    except OSError as exc:
        raise InitError(f"{exc.filename or folder}: cannot create it: "
                        f"{exc.strerror or exc}") from None
    return created
