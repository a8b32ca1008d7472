"""A name an actor plays is a role, no one the story goes on about.

Profiles and obituaries of actors name the characters they played: "He is best known for playing the
role of Sam Winchester in the TV series Supernatural. He grew up in Texas …", "he was cast as Dean
Forester on the television series Gilmore Girls", "a lead role in … Dancing on the Edge, as music
journalist Stanley Mitchell, for which he earned a nomination". The model tags the character a person,
and a resolver that takes the person named nearest before gives the actor's next "he" to the character.
A character is a part in a work, not a person of the story: a later "he" or "she" is never the
character, and the character says nothing the story quotes.

:func:`plays_a_role` tells such a mention by its syntax: the name (or the noun phrase it ends) is the
object of "as" after a verb of acting or casting ("starred as", "was cast as", "appeared … as") or
after a verb whose object is a role ("had a lead role …, as …"), the object of "of" after a noun of
a role ("the role of Sam Winchester", "the part of Hamlet"), or what roles "include" or "are" ("His most
notable television roles include Henry Talbot …, and Finley Polmar …"), a name joined to one of these
by "and" too. A person one plays directly ("Goode
played Peter Lynley") is left alone: in sport one plays an opponent ("Nadal played Federer").

The verbs of acting and the nouns of a role are lexical classes.

Example:
    >>> plays_a_role(doc[10])  # "Winchester" of "playing the role of Sam Winchester"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs after which "as <name>" names the part one plays (a lexical class).
ACTING_VERBS = frozenset("""play star cast appear portray voice reprise perform feature debut return recast
    audition""".split())

# Nouns of a part in a work (a lexical class).
ROLE_NOUNS = frozenset("""role part character""".split())


def _phrase_head(token: Token) -> Token:
    """The head of the noun phrase a name's word belongs to ("Mitchell" of "music journalist Stanley
    Mitchell", "Winchester" of "Sam Winchester")."""
    while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i \
            and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    return token


def _role_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in ROLE_NOUNS


def plays_a_role(token: Token) -> bool:
    """Whether a name's word stands in the syntax of a part played (see the module's docstring)."""
    head = _phrase_head(token)
    while head.dep_ == "conj" and head.head.i != head.i:  # "Henry Talbot in …, and Finley Polmar in …"
        head = _phrase_head(head.head)
    if head.dep_ in ("dobj", "attr"):
        # "His most notable television roles include Henry Talbot …", "her best-known role was Mary"
        return head.head.pos_ in ("VERB", "AUX") and head.head.lemma_.lower() in ("include", "be") and any(
            c.dep_ == "nsubj" and _role_noun(c) for c in head.head.children)
    if head.dep_ != "pobj":
        return False
    preposition = head.head
    word = preposition.lower_
    above = preposition.head
    if word == "of":
        return _role_noun(above)
    if word != "as":
        return False
    if above.pos_ == "NOUN":
        return _role_noun(above)
    if above.pos_ not in ("VERB", "AUX"):
        return False
    return above.lemma_.lower() in ACTING_VERBS or any(
        c.dep_ == "dobj" and _role_noun(c) for c in above.children)
