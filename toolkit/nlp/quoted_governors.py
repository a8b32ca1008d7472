"""A narrated clause the small model hung on the verb of a quotation that follows it ("The bill was drafted by Alex
Greenwich who said on the parliament floor, "It follows decades of work …"": "drafted" as content of "follows").

The words in quotation marks are the speaker's; the narration before them is the writer's, and no verb of the
quotation can report it. When the parser makes a quoted verb the sentence's root and the narrated clause its
complement, the clause would be read as the content of "follows", which reports nothing, and be dropped.
:func:`governed_from_quotation` tells the attribution rules to read such a clause as the narration's own.

Example:
    >>> governed_from_quotation(drafted, follows, inside)  # doctest: +SKIP
    True
"""

from __future__ import annotations

from typing import Container

from spacy.tokens import Token

# Marks that open a quotation.
_OPENING = frozenset({'"', "“", "``"})


def governed_from_quotation(verb: Token, governor: Token, inside: Container[int]) -> bool:
    """Whether ``governor``, the verb ``verb``'s clause hangs on, stands in a quotation that opens after ``verb``'s
    clause, which lies outside quotation marks: then the clause is the narration's, governed by nothing."""
    if verb.i in inside or governor.i not in inside or governor.i < verb.i:
        return False
    doc = verb.doc
    opening = next((t for t in doc[verb.i + 1:governor.i] if t.text in _OPENING), None)
    return opening is not None and verb.right_edge.i < opening.i
