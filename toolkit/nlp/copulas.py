"""The kind a copular sentence gives a name: "The nearest settlement to Area 51 is Rachel in Lincoln County".

A sentence of the form "<the/a … kind noun> is <Name>" says what the name is, as an apposition does
("Rachel, a settlement …"): the name is a town when the subject is "town" or "settlement", a body when it
is "company", a person when it is "author". The subject's head must be a kind noun
(:data:`toolkit.nlp.lexicon.KIND_NOUNS`, read by :func:`toolkit.nlp.media.kind_of`) and the name the
complement (``attr``) of "be", not a country's name nor a name qualifying a word after it ("The airline
was Iran's first", "the company is U.S. owned").

The other way round, "<Name> is a <kind noun> …" ("Naruto is a Japanese cartoon ninja character who runs …", round
ent41a) says it as well: :func:`subject_kind` reads the indefinite complement's head when the name is the subject.

Example:
    >>> copular_kind(doc[7:8])   # doctest: +SKIP
    'GPE'
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place, known_countries
from toolkit.nlp.lookups import span_text
from toolkit.nlp.media import kind_of


def copular_kind(span: Span) -> str | None:
    """The label the subject noun of "be" gives the name that completes it, if it is a kind noun."""
    root = span.root
    verb = root.head
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if root.dep_ != "attr" or verb.lemma_ != "be" or span_text(span).lower() in known_countries():
        return None  # a country is no town, body or person ("The airline was Iran's first", "is U.S. owned")
    if after is not None and (after.tag_ == "POS" or after.pos_ in ("VERB", "ADJ")):
        return None  # the name qualifies what follows it ("was Iran's first", "is U.S. owned")
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return kind_of(subjects[0]) if len(subjects) == 1 else None


def subject_kind(span: Span) -> str | None:
    """The label "<Name> is a/an <kind noun>" gives the name, its subject: "Naruto is a Japanese cartoon ninja
    character" (a person), "Rosatom is a state corporation" (a body). Only an indefinite complement classifies ("X
    is the company that …" may identify a part), and a negated copula says what the name is not; "a group of
    islands" names a collection, not its kind, and a place the gazetteer knows keeps its kind."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i < span.end or any(c.dep_ == "neg" for c in verb.children):
        return None
    complements = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    if len(complements) != 1 or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in complements[0].children):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in complements[0].children):
        return None  # "Guadeloupe … is a group of islands", "a member of …": a collection or a part, not the kind
    kind = kind_of(complements[0])
    if kind not in ("GPE", "LOC") and is_known_place(span_text(span)):
        return None  # a place the gazetteer knows is no body or person by a noun's reading
    return kind
