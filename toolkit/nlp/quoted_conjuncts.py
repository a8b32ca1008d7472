"""A clause joined by "and" after a closing quotation mark belongs to the words around the quotation, not to it.

A report may quote part of a sentence and go on in the writer's words: "Steffen Seibert said it is possible "that
this airline carries out transports to Germany that affect our security concerns," and the ban followed discussions
within Europe and with the US." The small model joins "followed" to the last verb inside the quotation ("carries"),
so the clause would be read as the speaker's words and drop out of the event table, though it is the writer's
report of what Seibert said. :func:`mend_conjuncts_after_quotations` hangs such a conjunct (a verb outside the
quotation marks, after them, with a subject of its own, joined to a verb inside them) on the nearest verb outside
the marks that the quoted verb hangs under ("is"): it becomes a second content of "said", reported by Seibert.

Example:
    >>> mend_conjuncts_after_quotations(doc, quoted_tokens(doc))  # doctest: +SKIP
    >>> doc[33].head.text
    'is'
"""

from __future__ import annotations

from spacy.tokens import Doc

from toolkit.nlp.lookups import indices_where

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def mend_conjuncts_after_quotations(doc: Doc, inside: set[int]) -> None:
    """Hang each conjunct the parser joined across a closing quotation mark on the verb outside the marks above its
    head (see the module), in place.

    Args:
        doc: a parsed ``Doc``.
        inside: the indices of the tokens inside quotation marks.
    """
    if not inside:
        return
    for i in indices_where(doc, dep=("conj",), pos=("VERB",)):
        verb = doc[i]
        head = verb.head
        if i in inside or head.i not in inside or head.i > i or not any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        # the quotation closes between them, and nothing of it follows the conjunct's own clause
        if not any(doc[j].is_quote for j in range(head.i + 1, verb.left_edge.i)):
            continue
        above = head
        for _ in range(12):
            if above.head.i == above.i:
                above = None
                break
            above = above.head
            if above.i not in inside and above.pos_ in ("VERB", "AUX"):
                break
        if above is not None and above.i not in inside and above.pos_ in ("VERB", "AUX") and above.i < i:
            verb.head = above
