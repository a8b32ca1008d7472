"""Items of a list set one a line: a site named alone on its line.

Releases list things one a line, with no sentence around them ("Additional selected projects include:" then
"NorthMet", "Stillwater Mine", "Polaris Mine", "Grassy Mountain Mine"). The small model reads each line as a
sentence of its own and, with no context, tags few of the names, though the same name in running text is one
("the Stillwater Mine in Montana"). A line of two to five capitalised words that ends in the head word of a
built thing (mine, airport, bridge, hospital, …; :data:`toolkit.nlp.lexicon.FAC_HEADS`), among three short lines
or more in a row (each a few words, no sentence's closing mark), is the site's name (:func:`sites_in_item_lists`).

Example:
    >>> [e.text for e in sites_in_item_lists(nlp("Projects include:\\n\\nNorthMet\\n\\nStillwater Mine\\n\\n"
    ...                                          "Polaris Mine\\n"), set())]  # doctest: +SKIP
    ['Stillwater Mine', 'Polaris Mine']
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from toolkit.nlp.lexicon import FAC_HEADS
from toolkit.nlp.lookups import doc_text

_FEWEST_ITEMS = 3  # lines in a row: a list, not a heading
_ITEM_WORDS = 6  # an item is a few words, no sentence
_ITEM = re.compile(r"^[A-Z0-9][^.!?:;“”\"]*$")
_NAME = re.compile(r"^[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){1,4}$")


def sites_in_item_lists(doc: Doc, taken: set[int]) -> list[Span]:
    """Sites named alone on a line of a list, untagged by the model ("Stillwater Mine"): FAC spans that
    overlap no token of ``taken``."""
    text = doc_text(doc)
    if text.count("\n") < 2 * _FEWEST_ITEMS:
        return []
    runs: list[list[re.Match]] = [[]]
    for line in re.finditer(r"[^\n]+", text):
        item = line.group().strip()
        if not item:
            continue
        if len(item.split()) <= _ITEM_WORDS and _ITEM.match(item):
            runs[-1].append(line)
        else:
            runs.append([])
    found: list[Span] = []
    for run in runs:
        if len(run) < _FEWEST_ITEMS:
            continue
        for line in run:
            item = line.group().strip()
            if not _NAME.match(item) or item.split()[-1].lower() not in FAC_HEADS:
                continue
            start = line.start() + line.group().index(item)
            span = doc.char_span(start, start + len(item), label="FAC")
            if span is not None and not any(i in taken for i in range(span.start, span.end)):
                found.append(span)
    return found
