"""A country or a state in front of a title qualifies the title: "…, United States President Donald Trump".

News names a town with its state or country after a comma ("Allen, Texas"), and a person with the country of
the office in front of the title ("United States President Donald Trump", "U.S. Secretary of State Mike
Pompeo"). In a list of people the two meet: "the United States Speaker of the House Nancy Pelosi, United
States President Donald Trump, …" puts a country after a comma and a person's name, which read as a town and its
country would make Nancy Pelosi a place. :func:`qualifies_title` tells the second from the first: the country
is followed by a title word or by a person's name.

Example:
    >>> qualifies_title(doc[12:14])   # "Nancy Pelosi, United States President Donald Trump"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.lexicon import TITLE_WORDS


def qualifies_title(place: Span) -> bool:
    """Whether the words after a place's name are a title or a person's name, so that the place is the seat of
    an office ("United States President Donald Trump"), not the country of a town before it."""
    doc = place.doc
    if place.end >= len(doc):
        return False
    after = doc[place.end]
    return after.lower_.strip(".") in TITLE_WORDS and after.text[:1].isupper() or after.ent_type_ == "PERSON"
