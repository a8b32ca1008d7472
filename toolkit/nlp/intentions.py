"""A participle of intention set after an act tells what the act was for: its goal, no act of its own.

:func:`toolkit.nlp.circumstances.is_purpose` leaves out a participle of trying with an infinitive set off after
its clause ("authorized subpoenas …, attempting to discern the true reason …"). A verb of intention ("seek",
"aim", "intend") tells a goal even with no comma before it ("other events popped up seeking to capitalize on the
notoriety of the … event": the events were there to profit, they did no seeking of their own), where a verb of
trying without one may be the act itself ("spent the day trying to fix it"). The small model sometimes reads the
infinitive after "intending to" as a preposition and a noun ("the plane turned back …, intending to land at
Henderson": "to/IN land/NN"); after a verb of intention that "to" is the infinitive's, as English has no
"intend to (a noun)" of a place.

The verbs of intention are a small closed class.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of intention: their participle after an act is the act's goal (a closed class).
_INTENDING_VERBS = frozenset({"seek", "aim", "intend"})


def intends(verb: Token) -> bool:
    """Whether ``verb`` is a verb of intention (see the module's docstring)."""
    return verb.lemma_.lower() in _INTENDING_VERBS


def intends_an_infinitive(verb: Token) -> bool:
    """Whether ``verb`` takes a to-infinitive: an ``xcomp`` bare verb, or, after a verb of intention, a "to" the
    parser took for a preposition before a verb it tagged as a noun ("intending to land at Henderson")."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.tag_ == "VB":
            return True
        if intends(verb) and child.dep_ == "prep" and child.lower_ == "to" and child.i == verb.i + 1 \
                and any(g.dep_ == "pobj" and g.tag_ == "NN" and not any(d.dep_ == "det" for d in g.children)
                        for g in child.children):
            return True
    return False
