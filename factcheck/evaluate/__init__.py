"""Score scans against hand-made gold standards: `factcheck eval GOLD [GOLD ...]`.

    load_gold(path) → Gold ──evaluate(report, gold, corpus_dir)──▶ StoryEvaluation
    [StoryEvaluation, …] ──render_table / evaluations_to_json──▶ a row per story and a total

gold.py reads the gold format, score.py holds the definitions (those of the reference
scorer, shared/tools/score_gold.py, quirks included), output.py the table and the JSON.
"""

from factcheck.evaluate.gold import (Gold, GoldClaim, GoldError, GoldInconsistency, GoldNotFlag,
                                     GoldQuote, GoldRange, GoldTexts, GoldTopic, load_gold,
                                     locate_quotes)
from factcheck.evaluate.output import COLUMNS, evaluations_to_json, render_table
from factcheck.evaluate.score import (METRIC_KEYS, SERIOUS, StoryEvaluation, evaluate,
                                      score_report, total, value_ok)

__all__ = [
    "COLUMNS", "METRIC_KEYS", "SERIOUS", "Gold", "GoldClaim", "GoldError", "GoldInconsistency",
    "GoldNotFlag", "GoldQuote", "GoldRange", "GoldTexts", "GoldTopic", "StoryEvaluation",
    "evaluate", "evaluations_to_json", "load_gold", "locate_quotes", "render_table",
    "score_report", "total", "value_ok",
]
