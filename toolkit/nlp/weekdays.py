"""A weekday run into the name before it: "Jack Herrick, wikiHow founder interviewed by Wikinews Saturday,
January 31, 2009" ("Wikinews Saturday", ORG).

A headline line of news often ends with its date, weekday first ("… tells Wikinews about 'self-medicating' ants
Tuesday, September 1, 2015"), and the small model may read the weekday as the last word of the name before it.
No name of a person, body or place ends in a weekday followed by a comma and a date: :func:`weekdays_off_names`
ends the name before the weekday.

Example:
    >>> [e.text for e in weekdays_off_names(list(doc.ents))]  # "… interviewed by Wikinews Saturday, January 31, 2009"  # doctest: +SKIP
    ['Jack Herrick', 'Wikinews', 'January 31, 2009']
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.dates import WEEKDAYS
from toolkit.nlp.lexicon import NAME_LABELS

_MONTHS = frozenset("""january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split())


def _date_follows(doc, i: int) -> bool:
    """Whether a date follows a weekday's comma at ``i``: a month's name or a day's number."""
    if i >= len(doc) or doc[i].text != ",":
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and (nxt.lower_.rstrip(".") in _MONTHS or (nxt.is_digit and len(nxt.text) <= 2))


def weekdays_off_names(ents: list[Span]) -> list[Span]:
    """End a name (PERSON, ORG, GPE, …) of two words or more before a capitalised weekday that closes it when a
    comma and a date follow ("Wikinews Saturday, January 31, 2009" → "Wikinews").

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    for ent in ents:
        last = ent[-1]
        if (ent.label_ in NAME_LABELS and len(ent) >= 2 and last.is_title and last.lower_ in WEEKDAYS
                and not ent[-2].is_punct and _date_follows(ent.doc, ent.end)):
            ent = Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)
        out.append(ent)
    return out
