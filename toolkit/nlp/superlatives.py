"""Superlatives measured by "ever": "the greatest military power that the world has ever seen".

A relative clause with "ever" on a superlative noun phrase ("the greatest … the world has ever
seen", "the most transparent administration the country has ever had", "the strongest economy in
history") does not tell what happened: it sets the range the superlative is measured over, as "in
history" does, and its verb (see, know, have, witness, build) is no act of its subject. A rule of
English phrase structure, with no list of verbs: the clause is a relative clause (``relcl``) with
the adverb "ever", hung on a noun that a superlative adjective or "most" modifies, or on the
superlative itself ("the strongest the world has ever known"). "Only" and "first" are no
superlatives here: "the only president who has ever visited" tells of a visit.

Example:
    >>> measures_superlative(doc[11])  # "… the greatest military power that the world has ever seen"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

_SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})


def _superlative(noun: Token) -> bool:
    """Whether ``noun`` is a superlative or a noun a superlative modifies ("greatest", "most powerful")."""
    if noun.tag_ in _SUPERLATIVE_TAGS:
        return True
    for child in noun.children:
        if child.dep_ == "amod" and (child.tag_ in _SUPERLATIVE_TAGS
                                     or any(g.tag_ == "RBS" for g in child.children)):
            return True
    return False


def measures_superlative(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause with "ever" on a superlative (see the module)."""
    return verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "ever" for c in verb.children) \
        and _superlative(verb.head)
