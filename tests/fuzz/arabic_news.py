"""Hypothesis strategies for hostile Arabic news (issue 15.7): the forms news really uses,
mixed with everything a copy-paste, an encoding or an attacker adds.

Words come from factcheck's own lexicon wherever it has them, so a month system, weekday,
qualifier, number word or counted noun added there is fuzzed too; the rest (currencies,
percent signs, control characters, bidi marks, broken front matter, long runs) is here.

`article_text()` is an article's text as extraction sees it; `article_file()` the bytes of
a file as a scan reads it: front matter (sometimes broken), a BOM, CRLF or lone CR line
ends, UTF-16, or bytes that are not text at all. `long` widens the sizes for the
campaign (tests/fuzz/campaign.py); the suite keeps them modest.
"""

from __future__ import annotations

from hypothesis import strategies as st

from factcheck.lexicon import months, numbers, qualifiers, time_words, units, weekdays
from factcheck.lexicon.places import PLACES

DIGIT_SETS = ("0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹")
_TO_SET = [str.maketrans("0123456789", digits) for digits in DIGIT_SETS]


def _words(*groups) -> list[str]:
    out: list[str] = []
    for group in groups:
        values = group.values() if isinstance(group, dict) else group
        for value in values:
            if isinstance(value, str):
                out.append(value)
            elif isinstance(value, (tuple, list)):
                out.extend(v for v in value if isinstance(v, str))
    return sorted(set(out))


MONTHS = _words(months.LEVANTINE, months.GULF, months.MAGHREBI, months.HIJRI, months.ENGLISH)
HIJRI_MONTHS = _words(months.HIJRI)
WEEKDAYS = sorted(weekdays.WEEKDAYS)
QUALIFIERS = sorted(qualifiers.QUALIFIERS_BEFORE)
AFTER_QUALIFIERS = sorted(qualifiers.QUALIFIERS_AFTER)
NUMBER_WORDS = _words(numbers.ONES, numbers.TENS, numbers.TEEN_HEADS, numbers.HUNDRED,
                      numbers.TWO_HUNDRED, numbers.HUNDRED_STEMS, list(numbers.SCALES),
                      numbers.DUAL_CONSTRUCT, list(numbers.SCALES_WITH_ARTICLE),
                      list(numbers.VAGUE_PLURALS), numbers.FEW, list(numbers.FRACTIONS),
                      numbers.ORDINAL_UNITS, numbers.ORDINAL_TENS)
SCALES = ["ألف", "آلاف", "مليون", "ملايين", "مليار", "مليارات"]
COUNTED = _words(*(forms for _, forms in units.COUNTED_NOUNS.values()))
RELATIVE = _words(list(time_words.RELATIVE), list(time_words.TODAY_WORDS))
PLACE_NAMES = _words(PLACES)
PERCENT = ["%", "٪", "في المئة", "في المائة", "بالمئة", "بالمائة"]
CURRENCIES = ["دولار", "دولارا", "دولارات", "جنيه", "جنيها", "درهم", "دينار", "ريال", "ليرة",
              "يورو", "$", "€", "ج.م", "مليون دولار", "مليار جنيه"]
FILLER = ["قال", "وقالت", "أعلنت", "الوزارة", "إن", "أن", "في", "من", "إلى", "على", "عدد",
          "حصيلة", "القتلى", "المصابين", "ارتفعت", "بلغ", "نحو", "بين", "و", "حتى", "مساء",
          "صباح", "الساعة", "العام", "الجاري", "الماضي", "المقبل", "بحلول", "نهاية",
          "وزارة الصحة", "المرصد", "مصدر", "رسمي", "#عاجل", "http://example.org/a?b=1",
          "@user", "(", ")", "«", "»", '"', "-", "–", "—", "/", "\\", "...", "…"]
PUNCTUATION = [".", "،", ",", "؛", ";", ":", "!", "؟", "?", "\n", "\n\n", "\r\n", " - ", "٫",
               "٬", "'", "*", "|"]
# Control characters, bidi marks and invisibles, tatweel and diacritics.
ODD_CHARS = (["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85",
              "\u2028", "\u2029", "\r", "\t"]
             + ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
                "\u2066", "\u2067", "\u2068", "\u2069", "\u061c", "\u200b", "\u200c",
                "\u200d", "\u2060", "\ufeff", "\u00a0", "\u2009", "\u202f"]
             + ["ـ", "\u064b", "\u064e", "\u0650", "\u0651", "\u0652", "\u0670", "\u0654"]
             + ["\ufffd", "\U0001f525", "\u0301", "\ud7ff", "ﷺ", "ﻻ"])


def in_digits(text: str, digit_set: int) -> str:
    return text.translate(_TO_SET[digit_set])


@st.composite
def numeral(draw) -> str:
    """A number as written: any digit set, thousands separators, decimals, signs."""
    value = draw(st.one_of(st.integers(0, 100), st.integers(0, 10**7),
                           st.integers(0, 10**15), st.sampled_from([0, 1, 2, 10, 1000, 2021])))
    form = draw(st.sampled_from(["plain", "thousands", "decimal", "lead0", "signed", "ordinal"]))
    if form == "thousands":
        text = f"{value:,}".replace(",", draw(st.sampled_from([",", "٬", ".", " ", "’"])))
    elif form == "decimal":
        text = f"{value}{draw(st.sampled_from(['.', ',', '٫']))}{draw(st.integers(0, 999))}"
    elif form == "lead0":
        text = "0" * draw(st.integers(1, 3)) + str(value)
    elif form == "signed":
        text = draw(st.sampled_from(["-", "+", "−", "±"])) + str(value)
    elif form == "ordinal":
        text = f"{value}{draw(st.sampled_from(['st', 'th', 'ـ', 'م', 'هـ']))}"
    else:
        text = str(value)
    return in_digits(text, draw(st.integers(0, 2)))


@st.composite
def date_phrase(draw) -> str:
    day = draw(st.integers(0, 40))
    year = draw(st.sampled_from([1399, 1445, 1446, 1990, 2020, 2021, 2023, 2024, 2025, 9999,
                                 0, 12]))
    digit_set = draw(st.integers(0, 2))
    month = draw(st.sampled_from(MONTHS))
    parts = []
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(["", "يوم ", "مساء ", "ليلة ", "فجر "]))
                     + draw(st.sampled_from(WEEKDAYS)))
    if draw(st.booleans()):
        parts.append(in_digits(str(day), digit_set))
    else:
        parts.append(draw(st.sampled_from(["الأول من", "غرة", "منتصف", "أواخر", "مطلع"])))
    pair = draw(st.sampled_from(MONTHS)) if draw(st.booleans()) else None
    parts.append(f"{month}/{pair}" if pair and draw(st.booleans()) else
                 f"{month} {pair}" if pair else month)
    if draw(st.booleans()):
        parts.append(in_digits(str(year), digit_set))
        if month in HIJRI_MONTHS or draw(st.booleans()):
            parts.append(draw(st.sampled_from(["هـ", "هجري", "م", "ميلادي", "ه"])))
    if draw(st.booleans()):
        parts.append("الموافق")
        parts.append(f"{in_digits(str(draw(st.integers(1, 31))), digit_set)} "
                     f"{draw(st.sampled_from(MONTHS))}")
    numeric = draw(st.sampled_from(["", f"{day}/{draw(st.integers(0, 13))}/{year}",
                                    f"{year}-{draw(st.integers(0, 13))}-{day}"]))
    if numeric:
        parts = [in_digits(numeric, digit_set)]
    return " ".join(parts)


@st.composite
def quantity_phrase(draw) -> str:
    number = draw(st.one_of(numeral(), st.sampled_from(NUMBER_WORDS),
                            st.lists(st.sampled_from(NUMBER_WORDS), min_size=2, max_size=6)
                            .map(" و".join)))
    if draw(st.booleans()):
        number += " " + draw(st.sampled_from(SCALES))
    kind = draw(st.integers(0, 5))
    if kind == 0:
        number = f"{draw(st.sampled_from(QUALIFIERS))} {number}"
    elif kind == 1:
        number = f"بين {number} و{draw(numeral())}"
    elif kind == 2:
        number = f"من {number} إلى {draw(numeral())}"
    elif kind == 3:
        number = f"{number}-{draw(numeral())}"
    tail = draw(st.sampled_from(["counted", "percent", "currency", "none", "after"]))
    if tail == "counted":
        number += " " + draw(st.sampled_from(COUNTED))
    elif tail == "percent":
        number += draw(st.sampled_from(["", " "])) + draw(st.sampled_from(PERCENT))
    elif tail == "currency":
        symbol = draw(st.sampled_from(CURRENCIES))
        number = f"{symbol}{number}" if symbol in "$€" else f"{number} {symbol}"
    elif tail == "after":
        number += " " + draw(st.sampled_from(AFTER_QUALIFIERS))
    if draw(st.booleans()):
        number += " في " + draw(st.sampled_from(PLACE_NAMES))
    return number


def _fragments(long: bool):
    run_max = 2_000 if long else 120
    token_max = 20_000 if long else 1_500
    atom = st.one_of(
        quantity_phrase(), date_phrase(), numeral(),
        st.sampled_from(FILLER), st.sampled_from(FILLER), st.sampled_from(PLACE_NAMES),
        st.sampled_from(WEEKDAYS), st.sampled_from(MONTHS), st.sampled_from(RELATIVE),
        st.sampled_from(NUMBER_WORDS), st.sampled_from(PUNCTUATION),
        st.sampled_from(ODD_CHARS),
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)),
                max_size=12),
    )
    long_token = st.builds(lambda char, n: char * n,
                           st.sampled_from(["ا", "9", "٩", "،", ".", " ", "\n", "ـ", "و",
                                            "\u200f", "-", "0,", "1 ", "ألف ", "أمس "]),
                           st.integers(50, token_max))
    run = st.builds(lambda fragment, sep, n: sep.join([fragment] * n),
                    st.one_of(quantity_phrase(), date_phrase(), st.sampled_from(WEEKDAYS),
                              st.sampled_from(NUMBER_WORDS)),
                    st.sampled_from([" ", "، ", " و", "\n", ""]), st.integers(2, run_max))
    return st.one_of(atom, atom, atom, atom, long_token, run)


@st.composite
def article_text(draw, long: bool = False) -> str:
    """An article's text: fragments joined by spaces, glue or line breaks."""
    pieces = draw(st.lists(_fragments(long), min_size=1, max_size=200 if long else 60))
    out = []
    for piece in pieces:
        out.append(piece)
        out.append(draw(st.sampled_from([" ", " ", " ", "", "\n", ". ", "، ", "\r\n"])))
    return "".join(out)


@st.composite
def front_matter(draw, long: bool = False) -> str:
    spaces = st.builds(lambda a, n, b: f"{a}{' ' * n}{b}", st.sampled_from(["a", "", "2021"]),
                       st.integers(1, 200_000 if long else 3_000), st.sampled_from(["b", "", "#"]))
    published = draw(st.one_of(spaces,
        st.sampled_from(["2021-12-29", "2024-02-30", "٢٠٢١-١٢-٢٩", "29/12/2021", "yesterday",
                         "null", "", "2021-13-01", "0000-00-00", "99999-1-1", "2021-12-29T10:00",
                         "الأربعاء 29 كانون الأول 2021", "~", "'2021-12-29'"]),
        date_phrase(), st.text(max_size=20)))
    lines = [f"outlet: {draw(st.one_of(st.sampled_from(['Example', 'مثال', '', 'x: y']), spaces))}",
             f"published: {published}", "url: https://example.org/x"]
    lines += draw(st.lists(st.sampled_from(["title: عنوان", "tags: [a, b]", "# comment",
                                            "no colon here", "  indented: yes", ": empty",
                                            "published: 2020-01-01", "\ufeff"]), max_size=3))
    order = draw(st.permutations(lines))
    closing = draw(st.sampled_from(["---", "---", "--- ", "", "----", "..."]))
    return "---\n" + "\n".join(order) + ("\n" + closing if closing else "") + "\n"


@st.composite
def article_file(draw, long: bool = False) -> bytes:
    """The bytes of an article file."""
    text = draw(article_text(long=long))
    if draw(st.integers(0, 3)) == 0:
        text = draw(front_matter(long=long)) + text
    ends = draw(st.sampled_from(["lf", "lf", "crlf", "cr", "mixed"]))
    if ends == "crlf":
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    elif ends == "cr":
        text = text.replace("\n", "\r")
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16",
                                     "broken", "raw"]))
    if encoding == "broken":
        data = text.encode("utf-8", "surrogatepass")
        at = draw(st.integers(0, len(data)))
        return data[:at] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80",
                                                 b"\x00"])) + data[at:]
    if encoding == "raw":
        return draw(st.binary(max_size=400))
    return text.encode(encoding, "surrogatepass")
