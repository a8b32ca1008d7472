"""A relative clause with "whose" that the parser joined to the main clause: "…, whose president, Volodymyr
Zelenskyy, attended a dinner on Tuesday".

The small model reads the verb of a "whose" clause set off by commas as a conjunct of the main verb, with no
coordinator between them, and the "whose" phrase as an apposition to the noun before it: in "Leaders did not issue
a statement on Ukraine, whose president, Volodymyr Zelenskyy, attended a dinner" the leaders would have attended.
English joins two verbs of one subject with "and", "but" or "or", never with a relative pronoun between them; a
verb after a "whose" phrase with no coordinator before it is that phrase's predicate. :func:`mend_whose_relatives`
makes the "whose" noun the verb's subject and the clause a relative clause on the noun "whose" stands for.

Example:
    >>> doc = mend_whose_relatives(nlp("… on Ukraine, whose president, Volodymyr Zelenskyy, attended a dinner."))  # doctest: +SKIP
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("president", "attended")]
    [('president', 'nsubj', 'attended'), ('attended', 'relcl', 'Ukraine')]
"""

from __future__ import annotations

from spacy.tokens import Doc

from toolkit.nlp.lookups import indices_of

_COORDINATORS = frozenset({"and", "but", "or", "nor", "yet", "then"})


def mend_whose_relatives(doc: Doc) -> Doc:
    """Hang the verb of a "whose" clause read as a conjunct on the noun "whose" stands for (see the module's
    docstring), in place.

    Args:
        doc: a parsed ``Doc``.

    Returns:
        The same ``Doc``.
    """
    from spacy.attrs import LOWER

    for i in indices_of(doc, LOWER, ("whose",)):
        whose = doc[i]
        noun = whose.head
        if whose.dep_ != "poss" or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "appos" or i == 0 \
                or doc[i - 1].text != ",":
            continue
        owner = noun.head  # the noun "whose" stands for, which the parser gave the phrase as an apposition
        verb = next((t for t in doc[noun.right_edge.i + 1: noun.sent.end] if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.dep_ != "conj" or verb.head.i >= owner.i or any(c.dep_ in ("nsubj", "nsubjpass")
                                                                                for c in verb.children):
            continue
        between = doc[noun.right_edge.i + 1: verb.i]
        if any(t.lower_ in _COORDINATORS for t in between) or not any(t.text == "," for t in between):
            continue  # "…, whose president … and attended": a coordinator joins it; no comma closes the phrase
        verb.head = owner
        verb.dep_ = "relcl"
        noun.head = verb
        noun.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
    return doc
