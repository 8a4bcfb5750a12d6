"""Qualifiers and range words around a figure: «نحو 900», «أكثر من عشرين», «900 على الأقل»,
«بين 100 و150», «ثلاثة أو أربعة». Pure data, written naturally; extract/numbers.py
normalises it at import (so حوالي also covers حوالى, إلى also الى).
"""

from __future__ import annotations

# Qualifiers before the number: phrase → kind.
# approx: about; gt/lt: strictly more/less; ge/le: at least / at most.
QUALIFIERS_BEFORE: dict[str, str] = {
    "نحو": "approx", "حوالي": "approx", "قرابة": "approx",
    "زهاء": "approx", "ما يقارب": "approx", "يقارب": "approx", "ما يقرب من": "approx",
    "يناهز": "approx", "ما يناهز": "approx", "تقريبا": "approx", "في حدود": "approx",
    "أكثر من": "gt", "ما يزيد على": "gt", "ما يزيد عن": "gt", "يزيد على": "gt",
    "يزيد عن": "gt", "أزيد من": "gt", "ما يربو على": "gt", "يربو على": "gt",
    "ما يتجاوز": "gt", "يتجاوز": "gt", "ما فوق": "gt", "يفوق": "gt", "ما يفوق": "gt",
    "لا يقل عن": "ge", "لا تقل عن": "ge", "ما لا يقل عن": "ge", "على الأقل": "ge",
    "أقل من": "lt", "ما دون": "lt", "ما يقل عن": "lt",
    "لا يزيد عن": "le", "لا يزيد على": "le", "لا تزيد عن": "le", "لا تزيد على": "le",
    "ما لا يزيد عن": "le", "ما لا يزيد على": "le", "لا يتجاوز": "le", "لا تتجاوز": "le",
    "على الأكثر": "le",
}
QUALIFIERS_AFTER: dict[str, str] = {"تقريبا": "approx", "على الأقل": "ge", "على الأكثر": "le"}
# Range openers before the first number; connectors between the two numbers.
RANGE_OPENERS: tuple[str, ...] = ("بين", "ما بين", "من")
RANGE_CONNECTORS_AFTER_OPENER: tuple[str, ...] = ("و", "إلى", "حتى", "-")
RANGE_CONNECTORS_ALONE: tuple[str, ...] = ("أو", "-")  # "ثلاثة أو أربعة", "3-5" need no opener

