"""Free relatives: "what the World Health Organization declared a pandemic" tells an act.

A clause that hangs on a preposition is read as a description and dropped by the event rules
(:func:`toolkit.nlp.predicates.is_event_clause`: "for refusing …", "with … rising …"). A free
relative with "what" is different: "cases of what the World Health Organization declared a
pandemic", "met with what WalesOnline called “fury”", "similar to what Roosevelt proposed" name a
thing by an act that English takes as given (a presupposition: whatever the clause around it
says, the declaring, calling or proposing happened). It is kept when the clause is in the simple
past and its subject is a name (an entity or people counted, as
:func:`toolkit.nlp.clauses.someone_named` reads it): a general subject ("what the prominent people
in society wrote down", "how evolution evolved") states no one act.

Example:
    >>> named_free_relative(declared)  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import someone_named


def named_free_relative(top: Token) -> bool:
    """Whether ``top`` heads a free relative with "what" under a preposition, in the simple past,
    with a named subject ("of what the World Health Organization declared a pandemic")."""
    if top.dep_ != "pcomp" or top.tag_ != "VBD":
        return False
    if not any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj", "attr", "oprd") and c.i < top.i for c in top.children):
        return False
    return someone_named(top)
