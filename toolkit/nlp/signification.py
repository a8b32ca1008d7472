"""A thing that "represents" something stands for it: no act of the thing.

:func:`toolkit.nlp.events.events` asks this of every candidate verb. A rule of English news language:
the verbs of signifying ("represent", "symbolize", "signify", "embody", "exemplify", "epitomize"),
with a common noun of a thing for subject, tell what the thing means or amounts to, the way a writer
weighs it ("Dominic Hare said the toilet represented a 'comment on the American dream'", "This deal
represents a significant investment in Saudi Arabia's defense capabilities", "This partnership
represents …"): a toilet or a deal does nothing, and the verb is no event. A person or a body that
represents another ("the lawyers who represented him", "the senator represents Vermont") acts, and
is left alone. The verbs of signifying are a closed lexical class.

Example:
    >>> signifies(doc[3], "represent")  # "the toilet represented a comment"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.descriptions import active_subject, names_a_thing

# Verbs of signifying: with a thing for subject they tell what it stands for.
SIGNIFYING_VERBS = frozenset("""represent symbolize symbolise signify embody exemplify epitomize epitomise""".split())


def signifies(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is an active verb of signifying with a common noun of a thing for subject
    (see the module's docstring)."""
    subject = active_subject(verb, lemma, SIGNIFYING_VERBS)
    return subject is not None and names_a_thing(subject)
