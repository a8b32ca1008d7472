"""Responses: "responded to the new rules", "responded with overwhelming force": an act, not a "said".

"respond" and "reply" are on the stop list because they mostly introduce words, as "said" does
("…, he responded"; "replied that …"). With what is answered ("to" the rules, the attack, the
question) or the means of the answer ("with overwhelming force", "with sanctions") the verb tells
an act in its own right: "America responded with overwhelming force, launching a two-front fight",
"Bruno Parrilla, the foreign affairs minister of Cuba, responded to the new rules via Twitter". A
rule of English valency: a "to" or "with" phrase on the verb and no clause of content ("responded
that …" stays a frame of speech).

"comment" is on the stop list for the same reason ("…, he commented"). With its topic in an "on" phrase
and no clause of content it tells a speech act of its own, as "spoke to the press" does: "One of South
Sudan's Vice Presidents, Rebecca Nyandeng De Mabior, also commented on Luk's death to The EastAfrican",
"He also commented on the Turkish-Libyan maritime border agreement, calling it 'null and void'". A
comment that only opens a quotation ("commented on the matter: '…'") stays a frame of the quotation, as
every reporting verb does (:func:`toolkit.nlp.events.events`).

Example:
    >>> responds_as_act(doc[4])  # "America responded with overwhelming force"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of speech that are acts with a phrase of what they answer or speak about, and its prepositions.
_PHRASES = {"respond": ("to", "with"), "reply": ("to", "with"), "comment": ("on",)}


def responds_as_act(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` (of ``lemma``) is a response to something or by some means, or a comment on
    something, not a frame of speech."""
    if lemma not in _PHRASES:
        return False
    children = list(verb.children)
    return any(c.dep_ == "prep" and c.lower_ in _PHRASES[lemma] and any(g.dep_ == "pobj" for g in c.children)
               for c in children) and not any(c.dep_ in ("ccomp", "parataxis") for c in children)
