"""Names placed by a bearing: "nine kilometers east of Carrascal", "north of Baghdad".

A compass point followed by "of" measures from a place: only a place has a direction from it, so
the name after it is a place whatever the model guessed ("east of Carrascal", which it read as a
body). A capitalised point is part of a name ("East of England") and gives nothing.

Example:
    >>> after_bearing(doc[7:8])   # "… nine kilometers east of Carrascal"      # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Span

# The compass points and their halves, as English writes them in lower case (spaCy splits "north-east"
# at the hyphen, so its last part is the word before "of").
_BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                       "northeastward", "northwestward", "southeastward", "southwestward",
                       "north-east", "north-west", "south-east", "south-west", "northward", "southward",
                       "eastward", "westward"})


def after_bearing(span: Span) -> bool:
    """Whether a name follows a compass point and "of" ("east of Carrascal", "south-west of Omsk")."""
    doc, start = span.doc, span.start
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].is_lower and doc[start - 2].lower_ in _BEARINGS
