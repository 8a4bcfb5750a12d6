"""`--bidi visual`: Arabic put in display order here, for terminals that have no bidi.

A terminal without the Unicode bidi algorithm prints characters left to right in the
order they come, so Arabic reads backwards. In visual mode each bidi isolate the report
made (report/text.isolate_arabic) is reordered on its own line by the algorithm of
python-bidi (rules W1-L2, and L4's mirrored brackets); the English around it stays as it
is. The isolate marks are dropped: such a terminal would show them as boxes.

python-bidi is an optional dependency (`pip install 'factcheck[bidi]'`): terminals with
bidi (and the HTML report, and every machine format) need none of this.
"""

from __future__ import annotations

from typing import TypeVar

from factcheck.report.text import FSI, PDI

Style = TypeVar("Style")


class BidiUnavailable(RuntimeError):
    """python-bidi is not installed."""


def _algorithm():
    try:
        from bidi import algorithm
    except ImportError:
        raise BidiUnavailable("--bidi visual needs python-bidi: pip install 'factcheck[bidi]'") from None
    return algorithm


def available() -> bool:
    try:
        _algorithm()
    except BidiUnavailable:
        return False
    return True


def _display_order(text: str) -> list[tuple[int, str]]:
    """(index in `text`, character as shown) in display order, left to right: one isolate's
    text, its direction taken from its first strong character (rule P2-P3)."""
    algorithm = _algorithm()
    storage = algorithm.get_empty_storage()
    base = algorithm.get_base_level(text)
    storage["base_level"], storage["base_dir"] = base, ("L", "R")[base]
    algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage, False)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    return [(char["index"], char["ch"]) for char in storage["chars"]]


def visual_line(chars: list[tuple[str, Style]], open_isolate: bool
                ) -> tuple[list[tuple[str, Style]], bool]:
    """One line's (character, style) pairs with each isolate's characters in display order
    and the isolate marks dropped; and whether an isolate runs on to the next line."""
    out: list[tuple[str, Style]] = []
    run: list[tuple[str, Style]] = []
    inside = open_isolate

    def close() -> None:
        if run:
            # An indent carried into a continued isolate stays on the left.
            lead = 0
            while lead < len(run) and run[lead][0] == " ":
                lead += 1
            out.extend(run[:lead])
            body = run[lead:]
            if body:
                order = _display_order("".join(char for char, _ in body))
                out.extend((shown, body[index][1]) for index, shown in order)
            run.clear()

    for char, style in chars:
        if char == FSI:
            inside = True
        elif char == PDI:
            close()
            inside = False
        elif inside:
            run.append((char, style))
        else:
            out.append((char, style))
    close()
    return out, inside
