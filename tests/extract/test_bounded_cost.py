"""Extraction reads a bounded stretch around every figure, so an article without
punctuation, or with thousands of figures, costs about its length, not its square.
(No timing here: these assert the structure that keeps the cost linear.)"""

from factcheck.extract.clauses import MAX_CLAUSE, MAX_SENTENCE, clause_ends, sentence_ends
from factcheck.extract import extract_article
from factcheck.model import Article


def stretches(ends: list[int], length: int) -> list[int]:
    bounds = [0, *ends, length]
    return [b - a for a, b in zip(bounds, bounds[1:])]


def test_a_text_without_punctuation_is_cut_into_bounded_clauses_and_sentences():
    text = "كلمة " * 5000
    clauses = clause_ends(text)
    assert max(stretches(clauses, len(text))) <= MAX_CLAUSE
    assert max(stretches(sentence_ends(text, clauses), len(text))) <= MAX_SENTENCE


def test_punctuated_text_keeps_its_own_sentences():
    text = "قتل 5 أشخاص. وأصيب 10 آخرون، وفقد 3 أطفال."
    ends = clause_ends(text)
    assert sentence_ends(text, ends) == [text.index(".") + 1, len(text)]


def test_thousands_of_figures_in_one_line_are_all_read():
    article = Article(id="a", path="a.txt", title="",
                      text=" ".join(f"{n} قتيلا" for n in range(1, 3001)) + ".\n")
    assert len(extract_article(article).claims) == 3000
