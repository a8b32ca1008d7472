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


# Months' abbreviations, which no name is ("Dec. 20, 2024" under a byline, the model's "Elaine Chen ⏎ Dec." cut at
# the line break); full months' names are left ("May", "June" are also people's names).
_MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_WEEKDAY_ABBREVIATIONS = frozenset({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})


def _day_number(doc, i: int) -> bool:
    return i < len(doc) and doc[i].is_digit and len(doc[i].text) <= 2


_LIST_JOINS = frozenset({",", "or", "and", "&", "/", "-", "–"})


def _listed_with_weekdays(doc, i: int) -> bool:
    """Whether the capitalised weekday abbreviation at ``i`` stands in a list or range of days ("on Fri, Sat, or
    Sun", "Mon-Thu"): the next word across a comma, "or", "and" or a dash on either side is a day too."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(doc) and (doc[j].lower_ in _LIST_JOINS or doc[j].text == "."):
            j += step
        if j != i + step and 0 <= j < len(doc) and doc[j].text[:1].isupper() \
                and (doc[j].lower_.rstrip(".") in _WEEKDAY_ABBREVIATIONS or doc[j].lower_ in WEEKDAYS):
            return True
    return False


def stamps_off_names(ents: list[Span]) -> list[Span]:
    """Drop a name that is a day's abbreviation in a list of days ("on Fri, Sat, or Sun", "Sun" a body), or a dated
    stamp's first words: a month's abbreviation before a day's number ("Dec. 20, 2024"
    under a byline, "Dec" a person) or a weekday's abbreviation and a day's number before a month ("Mon 14 Oct 2024
    18.30 BST", the Guardian's stamp, "Mon 14" a body).

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    for ent in ents:
        if ent.label_ not in NAME_LABELS:
            out.append(ent)  # (passed by before its words are read)
            continue
        doc, words = ent.doc, [t for t in ent if t.text != "."]
        if words:
            first = words[0].lower_.rstrip(".")
            after = ent.end + (ent.end < len(doc) and doc[ent.end].text == ".")
            if len(words) == 1 and first in _MONTH_ABBREVIATIONS and words[0].text[0].isupper() \
                    and _day_number(doc, after):
                continue  # "Dec. 20, 2024"
            if (len(words) == 2 and (first in _WEEKDAY_ABBREVIATIONS or first in WEEKDAYS) and words[0].text[0].isupper()
                    and words[1].is_digit and len(words[1].text) <= 2 and ent.end < len(doc)
                    and doc[ent.end].lower_.rstrip(".") in _MONTHS):
                continue  # "Mon 14 Oct 2024"
            if len(words) == 1 and first in _WEEKDAY_ABBREVIATIONS and words[0].text[0].isupper() \
                    and _listed_with_weekdays(doc, words[0].i):
                continue  # "The games will have to take place on Fri, Sat, or Sun." (round uner41)
        out.append(ent)
    return out

