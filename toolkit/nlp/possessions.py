"""What a thing comes with: "X comes with Y" in the simple present says what X has, a state.

"youtube-dl comes with a small JavaScript interpreter", "The oath to serve and protect comes with
extraordinary risk", "the privileges of citizenship also come with obligations": with a thing for
subject and "with" after it, "come" in the simple present tells what the thing includes or entails,
as "have" or "include" would (both on the stop list of the event rules), no act. People who "come
with" someone arrive, an act, and a past "came with" is narrated; both stay.
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import simple_present
from toolkit.nlp.descriptions import names_a_thing


def comes_with(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is a thing's "comes with" in the simple present (see the module's docstring).

    Args:
        verb: a candidate event's verb.
        lemma: its lemma as the event rules read it.

    Returns:
        True for "youtube-dl comes with a small JavaScript interpreter": a state, no event.
    """
    if lemma != "come" or not simple_present(verb) or not any(c.dep_ == "prep" and c.lower_ == "with"
                                                               for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # a common noun for a thing, or a name that is no person, people or place (a product, a program)
    return subject is not None and (names_a_thing(subject) or (
        subject.pos_ == "PROPN" and subject.ent_type_ not in ("PERSON", "NORP", "GPE")))
