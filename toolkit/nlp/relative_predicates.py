"""A subject's own predicate that the small model read as a relative on it, giving the next clause's verb two
subjects ("The Austrian partner asked for the price to be kept secret, but the commissioner stated …").

In "The Austrian partner asked …, but the commissioner stated …" the parser may make "asked" a reduced relative
(``acl``) of "partner" and "partner" a second subject of "stated", so the partner's request is lost and the
commissioner's claim gets two subjects. A reduced relative is a participle ("the documents requested by …"); a
verb the tagger reads as a finite past (``VBD``) right after the noun, followed by "but"/"and" or a semicolon and
the next verb's own subject, is that noun's predicate. :func:`mend_predicates_read_as_relatives` makes it the
clause's head again and the later verb its conjunct.

Example:
    >>> mend_predicates_read_as_relatives(doc)  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.attrs import HEAD
from spacy.tokens import Doc, Token

from toolkit.nlp.lookups import indices_where

# What joins two clauses: a coordinator or a semicolon.
_JOINERS = frozenset({"but", "and", "yet", ";"})


def _own_predicate(first: Token, second: Token, verb: Token) -> Token | None:
    """The finite past the parser hung on ``first`` as a relative, if it is ``first``'s predicate: ``verb``'s
    second subject ``second`` comes after it, past a coordinator or a semicolon."""
    doc = first.doc
    relative = next((c for c in first.children if c.dep_ == "acl" and c.tag_ == "VBD" and c.i == first.i + 1), None)
    if relative is None or relative.right_edge.i >= second.left_edge.i:
        return None
    between = doc[relative.right_edge.i + 1:second.left_edge.i]
    if not any(t.lower_ in _JOINERS for t in between) or any(t.pos_ in ("VERB", "AUX") for t in between):
        return None
    return relative


def mend_predicates_read_as_relatives(doc: Doc) -> Doc:
    """Give back to a subject the finite past the parser read as its relative, when that made the next clause's
    verb take two subjects (see the module's docstring). Only verbs with two subjects before them are looked
    at; the parse is changed in place and the doc returned."""
    two = _with_two_subjects_before(doc)
    for i in indices_where(doc, pos=("VERB", "AUX")):
        if i not in two:
            continue  # (found in the parse's arrays: no Token made for a verb with one subject or none)
        verb = doc[i]
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
        if len(subjects) != 2:
            continue
        first, second = subjects
        relative = _own_predicate(first, second, verb)
        if relative is None:
            continue
        joiners = [t for t in doc[relative.right_edge.i + 1:second.left_edge.i] if t.head.i in (first.i, verb.i)]
        if verb.head.i == verb.i:
            relative.head, relative.dep_ = relative, "ROOT"
        else:
            relative.head, relative.dep_ = verb.head, verb.dep_
        verb.head, verb.dep_ = relative, "conj"
        first.head, first.dep_ = relative, "nsubj"
        for joiner in joiners:  # "but" and the comma before it join the two predicates
            joiner.head = relative
        two = _with_two_subjects_before(doc)  # (the heads have moved)
    return doc


def _with_two_subjects_before(doc: Doc) -> set[int]:
    """The indices of the tokens with exactly two subjects (nsubj, nsubjpass) before them, as the parse is now."""
    counts: dict[int, int] = {}
    heads = doc.to_array(HEAD).astype("int64")  # (each token's head as an offset from it, unsigned in the array)
    for i in indices_where(doc, dep=("nsubj", "nsubjpass")):
        head = i + int(heads[i])
        if i < head:
            counts[head] = counts.get(head, 0) + 1
    return {head for head, count in counts.items() if count == 2}
