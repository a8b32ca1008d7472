"""Generational suffixes of people's names ("Theodore Roosevelt, Jr.", "Robert F. Kennedy, Jr."), which the
small model, when a comma stands between, reads on their own as a place ("Jr", GPE).

A suffix after a comma belongs to the name before it and names no one alone: :func:`drop_lone_suffixes` drops
an entity that is only such a suffix right after a person's name and a comma (the index folds the suffix
out of the person's name: ``toolkit.evaluation.scoring.normalise_name``).
A given name and a surname the model left untagged before a suffix ("She killed Andre Price III by pressing
his face …") are a person's: :func:`people_before_suffixes` tags them with the suffix.
The parser may also make such a suffix a second subject of the name's verb ("President Joseph R. Biden, Jr.
spoke"): :func:`mend_suffixes_read_as_subjects` hangs it back on the name.

Example:
    >>> [e.text for e in drop_lone_suffixes(list(doc.ents))]  # "Born on this day in 1858, Theodore Roosevelt, Jr. …"  # doctest: +SKIP
    ['1858', 'Theodore Roosevelt']
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from toolkit.nlp.antecedents import built_like_a_person
from toolkit.nlp.lookups import indices_where

# The generational suffixes of English names, a closed class (with and without the full stop).
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def drop_lone_suffixes(ents: list[Span]) -> list[Span]:
    """Drop the entities that are only a generational suffix after a person's name and a comma.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        if (len(ent) == 1 and ent[0].lower_ in _SUFFIXES and ent.label_ != "PERSON" and ent.start >= 2
                and doc[ent.start - 1].text == "," and out and out[-1].label_ == "PERSON"
                and out[-1].end == ent.start - 1):
            continue  # "Theodore Roosevelt, Jr.": the suffix is the person's
        out.append(ent)
    return out


def mend_suffixes_read_as_subjects(doc: Doc) -> Doc:
    """Hang a generational suffix that the parser made a second subject of the verb back on the name.

    In "President Joseph R. Biden, Jr. spoke today with President Volodymyr Zelenskyy" the small model
    makes both "Biden" and "Jr." subjects of "spoke", and the event's subject would be "Jr.", no one. A
    suffix after a person's name and a comma is the name's (see the module's docstring): it becomes an
    apposition of the name, which stays the only subject. Only the tokens that are such suffixes are
    looked at. The parse is changed in place; the doc is returned.
    """
    for i in indices_where(doc, dep=("nsubj", "nsubjpass"), lower=_SUFFIXES):
        suffix = doc[i]
        if i < 2 or doc[i - 1].text != ",":
            continue
        name = doc[i - 2]
        if name.ent_type_ == "PERSON" and name.head.i == suffix.head.i and name.dep_ == suffix.dep_:
            suffix.head, suffix.dep_ = name, "appos"  # "Biden, Jr. spoke": Biden spoke
    return doc


def people_before_suffixes(doc: Doc, taken: set[int]) -> list[Span]:
    """Untagged people named by a given name, a surname and a generational suffix ("Andre Price III").

    Only a person's name takes a generation's number or "Jr." after it; a work's or an event's that does is
    named with "the" ("the Super Bowl III") or tagged by the model already ("World War II"). Only the tokens that
    are such suffixes are looked at.

    Args:
        doc: a parsed ``Doc``.
        taken: indices of tokens already in an entity; a name touching one is left alone.

    Returns:
        New PERSON spans: the two or three words of the name and the suffix.
    """
    found: list[Span] = []
    for i in indices_where(doc, lower=_SUFFIXES):
        if i in taken or not doc[i].text[:1].isupper():
            continue  # (not a list's "(ii)")
        for start in (i - 3, i - 2):
            name = doc[max(start, 0):i]
            if (start < 0 or any(t.i in taken for t in name) or not built_like_a_person(name)
                    or any(t.tag_ != "NNP" for t in name)  # (a plural is a title's word: "Star Wars II")
                    or start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].lower_ == "the")):
                continue  # (the whole run of capitalised words, with no "the" before it)
            found.append(Span(doc, start, i + 1, label="PERSON"))
            break
    return found
