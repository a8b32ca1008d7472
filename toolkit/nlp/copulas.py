"""The kind a copular sentence gives a name: "The nearest settlement to Area 51 is Rachel in Lincoln County".

A sentence of the form "<the/a … kind noun> is <Name>" says what the name is, as an apposition does
("Rachel, a settlement …"): the name is a town when the subject is "town" or "settlement", a body when it
is "company", a person when it is "author". The subject's head must be a kind noun
(:data:`toolkit.nlp.lexicon.KIND_NOUNS`, read by :func:`toolkit.nlp.media.kind_of`) and the name the
complement (``attr``) of "be", not a country's name nor a name qualifying a word after it ("The airline
was Iran's first", "the company is U.S. owned").

Example:
    >>> copular_kind(doc[7:8])   # doctest: +SKIP
    'GPE'
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import known_countries
from toolkit.nlp.media import kind_of


def copular_kind(span: Span) -> str | None:
    """The label the subject noun of "be" gives the name that completes it, if it is a kind noun."""
    root = span.root
    verb = root.head
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if root.dep_ != "attr" or verb.lemma_ != "be" or span.text.lower() in known_countries():
        return None  # a country is no town, body or person ("The airline was Iran's first", "is U.S. owned")
    if after is not None and (after.tag_ == "POS" or after.pos_ in ("VERB", "ADJ")):
        return None  # the name qualifies what follows it ("was Iran's first", "is U.S. owned")
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return kind_of(subjects[0]) if len(subjects) == 1 else None
