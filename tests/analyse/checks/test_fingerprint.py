"""Finding ids (fingerprint scheme 2): the values as numbers, the topic's identity and the
claims' words and articles; never display text, line numbers or cluster numbers."""

from dataclasses import replace

import pytest

from factcheck.analyse.checks.base import fingerprint, topic_identity, value_key
from factcheck.model import Claim, DateValue, Quantity, Span, Topic


def claim(article="a", value=Quantity.exact(2500), words=("2500", "جندي"), n=1, **extra) -> Claim:
    kind = "quantity" if isinstance(value, Quantity) else "date"
    return Claim(id=f"{article}:x{n}", article=article, kind=kind, text=" ".join(words),
                 sentence="", span=Span(n, n + 1, n, 1), value=value, words=words, **extra)


RULE = Topic("us-troops", "troops", "quantity", "rules/troops.toml", "conflict", ())


@pytest.mark.parametrize("a, b, same", [
    (Quantity.exact(2500), Quantity(2500.0, 2500.0), True),     # 2500 and 2500.0
    (Quantity.exact(2500), Quantity.exact(2501), False),
    (Quantity(900, 900, approximate=True), Quantity.exact(900), False),  # "about 900"
    (Quantity(21, None), Quantity(21, float("inf")), False),    # open bound, not infinity
    (Quantity(0.5, 0.5), Quantity(0.5, 0.5), True),
    (DateValue(2021, 12, 31, "day"), DateValue(2021, 12, 31, "day", relative=True), True),
    (DateValue(2021, 12, 31, "day"), DateValue(None, 12, 31, "day"), False),
    (DateValue(2021, 10, 29, "day", weekday=2), DateValue(2021, 10, 29, "day"), False),
])
def test_values_are_keyed_by_their_numbers(a, b, same):
    assert (value_key(a) == value_key(b)) is same


def test_value_keys_are_numbers_not_display_text():
    assert value_key(Quantity.exact(2500)) == "q 2500 2500 ="
    assert value_key(Quantity(21, None, approximate=True)) == "q 21 - ~"
    assert value_key(DateValue(None, 12, 31, "day")) == "d - 12 31 -"


def test_the_id_changes_with_what_disagrees_and_nothing_else():
    base = fingerprint("cross-source-conflict", RULE, [claim("a"), claim("b", Quantity.exact(3500))])
    same = fingerprint("cross-source-conflict", RULE,
                       [replace(claim("b", Quantity.exact(3500)), span=Span(90, 99, 7, 3)),
                        claim("a", n=5)])  # other lines, other order, other claim numbers
    assert same == base
    for other in (
        fingerprint("different-bodies", RULE, [claim("a"), claim("b", Quantity.exact(3500))]),
        fingerprint("cross-source-conflict", replace(RULE, id="troops-renamed"),
                    [claim("a"), claim("b", Quantity.exact(3500))]),
        fingerprint("cross-source-conflict", RULE, [claim("a"), claim("b", Quantity.exact(3600))]),
        fingerprint("cross-source-conflict", RULE, [claim("a"), claim("c", Quantity.exact(3500))]),
        fingerprint("cross-source-conflict", RULE,
                    [claim("a", words=("2500", "عسكري")), claim("b", Quantity.exact(3500))]),
    ):
        assert other != base


def test_an_automatic_topic_is_known_by_what_grouped_it_not_by_its_number():
    dated = claim(value=DateValue(2021, 12, 31, "day"), words=("31", "كانون"), event="انسحاب")
    first = Topic("auto-date-انسحاب-1", "date of انسحاب", "date", "auto", "conflict", ())
    second = replace(first, id="auto-date-انسحاب-2")  # another article shifted the numbering
    assert topic_identity(first, dated) == topic_identity(second, dated)
    assert fingerprint("relative-date-mismatch", first, [dated]) == fingerprint(
        "relative-date-mismatch", second, [dated])
    other_event = replace(dated, event="اتفاق")
    assert topic_identity(first, other_event) != topic_identity(first, dated)


def test_a_lone_claims_topic_and_no_topic_have_fixed_identities():
    lone = claim()
    topic = Topic(f"auto-{lone.id}", "quantity: 2500", "quantity", "auto", "single-source", ())
    assert topic_identity(topic, lone) == "auto\x1fsingle"
    assert topic_identity(None, lone) == ""
    assert topic_identity(RULE, lone) == "rule\x1fus-troops"
