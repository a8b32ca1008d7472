"""A clause of "as" with a reporting verb, or one set off by commas inside a clause, attributes the clause it hangs on.

"As Heald told The Huffington Post, US surface ozone has dropped …" says that Heald is the source
of the drop, as "according to Heald" would: the reporting verb has a subject and no content of
its own (no object clause), so its content is the clause it modifies. :func:`as_reported` gives
that reporting verb, and :func:`toolkit.nlp.events.events` takes its subject as ``reported_by``
(the "as" clause itself is no event, :func:`toolkit.nlp.predicates.is_event_clause`).

A reporting clause with no content of its own set off by commas inside the clause it reports ("This year,
he said, he came to support his fellow Yekaterinburgers", "Day, they said, desired no memorials", "In the
wake of van Biljon's death, Connie Moganedi said, the lions were killed") does the same: English puts a
speaker in the middle of their words only to attribute them. :func:`reported_between_commas` gives it. The
clause after the content (", they said Sunday") and the inverted frame (", reads the motion,") are
:func:`toolkit.nlp.predicates.reporting_child`'s.

Example:
    >>> as_reported(doc[11]).text  # "As Heald told The Huffington Post, US surface ozone has dropped …"  # doctest: +SKIP
    'told'
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.verb_classes import REPORTING_VERBS

# What a reporting verb's own content would hang on: with one, the "as" clause reports something else.
_CONTENT = frozenset({"ccomp", "xcomp"})


def _set_off(clause: Token, top: Token) -> bool:
    """Whether a comma stands between the "as" clause and the clause it hangs on: an attribution
    is set off ("As Heald told …, X has dropped"); "took place as protests continue" is a time."""
    doc = top.doc
    between = doc[clause.right_edge.i + 1:top.i] if clause.i < top.i else doc[top.i + 1:clause.left_edge.i]
    return any(t.text == "," for t in between)


def as_reported(top: Token) -> Token | None:
    """The reporting verb of an "as" clause hanging on ``top`` ("As Heald told …, X has dropped"),
    with a subject of its own and no content clause, set off by a comma, if any."""
    for child in top.children:
        if child.dep_ != "advcl" or child.lemma_.lower() not in REPORTING_VERBS:
            continue
        children = list(child.children)
        if any(c.dep_ == "mark" and c.lower_ == "as" for c in children) and any(c.dep_ == "nsubj" for c in children) \
                and not any(c.dep_ in _CONTENT for c in children) and _set_off(child, top):
            return child
    return None


def reported_between_commas(top: Token) -> Token | None:
    """The reporting verb of a clause set off by commas before ``top`` and inside its clause ("This
    year, he said, he came …"): subject before the verb, no content of its own, a comma on each side
    (see the module's docstring); None when there is none."""
    doc = top.doc
    for child in top.children:
        if child.dep_ not in ("parataxis", "ccomp") or child.i > top.i or child.lemma_.lower() not in REPORTING_VERBS:
            continue
        children = list(child.children)
        if any(c.dep_ in _CONTENT or c.dep_ in ("dobj", "mark") for c in children) \
                or not any(c.dep_ == "nsubj" and c.i < child.i for c in children):
            continue
        words = [t for t in child.subtree if not t.is_punct]
        first, last = words[0].i, words[-1].i
        if first > 0 and doc[first - 1].text == "," and last + 1 < top.i and doc[last + 1].text == ",":
            return child
    return None


def narrated_as_clause(verb: Token, governor: Token | None = None) -> Token | None:
    """The "as" clause set off by a comma after a source's words that ``verb`` belongs to: the reporter's
    narration of what went on meanwhile, which the source does not claim. "Kallas has warned that Putin “cannot be
    trusted” to honour any ceasefire, as EU foreign ministers gathered in Brussels on Monday"; "Russian forces have
    made further gains …, according to the latest maps from the ISW, as President Donald Trump set a new deadline".
    Only after the source's words have ended, at a closing quotation mark or at an "according to" phrase before
    the comma: a causal "as" inside a claim ("said prices rose as demand fell") is left to it. None otherwise.

    Args:
        verb: the event's verb.
        governor: the reporting verb above it, if any (the path up stops there).
    """
    doc = verb.doc
    current = verb
    for _ in range(8):
        if governor is not None and current.i == governor.i or current.head.i == current.i:
            return None
        if current.dep_ == "advcl":
            mark = next((c for c in current.children if c.dep_ == "mark" and c.lower_ == "as" and c.i < current.i), None)
            if mark is not None and mark.i > 0 and doc[mark.i - 1].text == ",":
                start = current.sent.start if governor is None else min(governor.i, current.sent.start)
                before = doc[max(start, current.sent.start):mark.i]
                if any(t.tag_ == "''" for t in before) or any(
                        t.lower_ == "according" and t.i + 1 < mark.i and doc[t.i + 1].lower_ == "to" for t in before):
                    return current
        current = current.head
    return None
