"""The second member of a "between" pair that the parser joined to the noun the pair modifies.

"Between" takes two members or a plural: "the partnership between the U.S. Center for AI Standards and
Innovation (CAISI) and the UK AI Security Institute (AISI)". The small English model often hangs the
second member on the noun before "between" as its conjunct (a long first member, a bracketed acronym
after it), and the object of "refocuses" would read "the partnership and AI Security Institute": two
things refocused, one of them a body. A rule of English: when the object of "between" is one singular
noun with no conjunct of its own, a conjunct of the noun that the "between" phrase modifies, after that
phrase and joined by "and", is the pair's second member. :func:`mend_between_pairs` hangs it, with its
"and", on the object of "between". A plural object ("talks between the parties and a deal") or one
that has its conjunct already is left as it is.

Example:
    >>> doc = mend_between_pairs(nlp("The deal refocuses the partnership between the U.S. Center for AI "
    ...                              "Standards and Innovation (CAISI) and the UK AI Security Institute."))  # doctest: +SKIP
    >>> doc[-2].head.text
    'Center'
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from toolkit.nlp.lookups import indices_where


def _between_member(conjunct: Token) -> Token | None:
    """The singular object of a "between" phrase of ``conjunct``'s head, standing between the head and
    ``conjunct`` with no conjunct of its own, if there is one."""
    head = conjunct.head
    if head.i >= conjunct.i or head.pos_ not in ("NOUN", "PROPN"):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "between" and head.i < prep.i < conjunct.i:
            member = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if member is None or member.tag_ in ("NNS", "NNPS") or member.right_edge.i >= conjunct.i \
                    or any(c.dep_ == "conj" for c in member.children):
                return None
            return member
    return None


def mend_between_pairs(doc: Doc) -> Doc:
    """Hang on the object of "between" the second member of the pair that the parse joined to the noun
    before "between" (see the module's docstring). The parse is changed in place; the doc is returned."""
    for conjunct in [doc[i] for i in indices_where(doc, dep=("conj",), pos=("NOUN", "PROPN"))]:
        member = _between_member(conjunct)
        if member is None:
            continue
        old = conjunct.head
        coordinators = [t for t in doc[member.right_edge.i + 1:conjunct.i] if t.head.i == old.i and t.dep_ == "cc"]
        if [t.lower_ for t in coordinators] != ["and"]:
            continue  # "between A or B", "between A, B": no pair
        coordinators[0].head = member
        conjunct.head = member
    return doc
