"""Becoming: a thing that "came to" do something became so; it did not travel there (round ev46a).

"Other microbes, dependent on nitrates, came to dominate the plume instead" (Wikinews, 2019): "come to" and an
infinitive with a thing for subject tells a change of state over time, and the event is the infinitive ("dominate"),
as :func:`toolkit.nlp.predicates._comes_to_view` reads "came to believe" for a view. A person or a body who "came to
help" or "came to see the exhibition" moves for a purpose, and keeps the "come"; the subject is the test
(:func:`toolkit.nlp.descriptions.names_a_thing`: a common noun of a thing, not a person, a body or an agent noun).
The small model often parses the infinitive as a clause of purpose (``advcl``); both labels are read.

Example:
    >>> thing_comes_to(doc[7])  # "Other microbes, dependent on nitrates, came to dominate the plume"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.descriptions import names_a_thing


def thing_comes_to(come: Token) -> bool:
    """Whether the subject of "come" (``come``) is a common noun of a thing, so that its infinitive is a change of
    state (see the module's docstring)."""
    subject = next((c for c in come.children if c.dep_ == "nsubj"), None)
    return subject is not None and names_a_thing(subject)
