"""A pronoun that goes on, in a clause of time, for the pronoun object of the clause it hangs on.

In "Sirhan shot him in the head just after midnight, while he was walking through a hotel kitchen"
the main clause's subject is named and its object is a pronoun, "him"; the "he" of the clause of
time after it ("while", "as", "when") is the one "him" stands for, not Sirhan: English takes the
pronoun on from a pronoun (the one the story is about), and a writer who meant the named subject
would have left the pronoun out or named him again ("… while walking"). The same reading holds
through a preposition ("I have worked with him when he was Chair of the SEC") and with a thing for
subject ("his experience will serve him well as he works to …"). Not when the main clause's subject
is itself a pronoun of the same sex ("He shot him while he …": no reading is safe) nor before the
main clause ("While he was walking, Sirhan shot him": the subject may be meant).

Example:
    >>> continued_object(doc[14]).text  # "… shot him …, while he was walking …"  # doctest: +SKIP
    'him'
"""

from __future__ import annotations

from spacy.tokens import Token

# Marks of a clause of time that runs beside the main clause's act ("when" is parsed an adverb).
_TIME_MARKS = frozenset({"while", "as", "when"})
# The object form of each subject pronoun.
_OBJECT_FORMS = {"he": "him", "she": "her"}


def continued_object(pronoun: Token) -> Token | None:
    """The main clause's object pronoun that the subject ``pronoun`` of a clause of time after it
    goes on for (see the module's docstring), or ``None``."""
    form = _OBJECT_FORMS.get(pronoun.lower_)
    clause = pronoun.head
    if form is None or pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl" \
            or clause.i < clause.head.i \
            or not any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in clause.children):
        return None
    main = clause.head
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in (pronoun.lower_, form):
        return None
    for child in main.children:
        if child.dep_ in ("dobj", "dative") and child.lower_ == form and child.i < clause.i:
            return child
        if child.dep_ == "prep" and child.i < clause.i:
            found = next((g for g in child.children if g.dep_ == "pobj" and g.lower_ == form), None)
            if found is not None:
                return found
    return None
