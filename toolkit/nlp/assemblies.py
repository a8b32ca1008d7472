"""Conventions that sit: "the Second Virginia Convention assembled", "the Fifth Virginia Convention met in
Williamsburg". A convention is a treaty ("the Geneva Convention", no entity under the gold conventions, LAW)
or an assembly of delegates (a body, ORG), and the head word alone cannot tell them apart; the verb can. Only
an assembly meets, assembles, votes or passes a resolution: :func:`sits_as_a_body` reads it.

Example:
    >>> sits_as_a_body(doc.ents[0])  # "… the Second Virginia Convention assembled."  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Span

# Heads of names that are a treaty or an assembly by their sense.
_ASSEMBLY_OR_TREATY = frozenset({"convention", "conventions"})
# What an assembly does as the subject of its verb, which no treaty does ("the Convention met", "passed the
# resolution"); a treaty "enters into force", "bans", "requires", "protects".
_SITTING_VERBS = frozenset("""meet assemble convene reconvene adjourn vote pass adopt elect debate gather sit
    resolve nominate""".split())


def sits_as_a_body(span: Span) -> bool:
    """Whether a name headed by "Convention" is the subject of a verb only an assembly is the subject of."""
    root = span.root
    return (root.lower_ in _ASSEMBLY_OR_TREATY and root.dep_ == "nsubj" and root.head.pos_ == "VERB"
            and root.head.lemma_ in _SITTING_VERBS)
