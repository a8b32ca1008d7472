"""Named days: "Super Tuesday", "Black Friday", "Ash Wednesday" are days, and their first word is no name.

English names a day by a capitalised word compounded onto a weekday. The model often tags the weekday as a
date and the word before it as a place, a work or a body ("Super" GPE in "Super Tuesday is to include 14
states"). A one-word name that the parse makes a compound of the weekday right after it, and that is no
known place ("in Kabul Monday" is a dateline's place and no compound), belongs to the day's name.
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.dates import WEEKDAYS
from toolkit.nlp.gazetteer import is_known_place

_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "PRODUCT"})


def drop_named_day_words(ents: list[Span]) -> list[Span]:
    """The entities without the first word of a named day.

    Args:
        ents: entity spans of one ``Doc``.

    Returns:
        The spans less "Super" of "Super Tuesday"; "Washington" in "spoke in Washington Tuesday" stays.
    """
    out = []
    for ent in ents:
        doc = ent.doc
        if (ent.label_ in _NAME_LABELS and len(ent) == 1 and ent.end < len(doc)
                and doc[ent.end].lower_ in WEEKDAYS and doc[ent.end].is_title
                and ent[0].dep_ == "compound" and ent[0].head.i == ent.end
                and not is_known_place(ent.text, cities=True)):
            continue
        out.append(ent)
    return out
