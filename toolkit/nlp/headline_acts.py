"""A headline's present tense: the act of the story, not what is always so.

A headline drops its articles and tells its act in the present ("Michigan office shooting kills 1, injures 2",
"3 dead after protesters torch Greek bank"). In running prose a bare noun in the simple present names a kind and
tells what it does as a rule ("Green algae absorb carbon dioxide"), which the event rules keep out; in a headline a
bare singular noun, or people, is one particular with its article dropped. A bare plural of things still names a
kind there ("Inhibitory Systems Control the Pattern of Activity in the Cortex", a science weblog's title).

Example:
    >>> particular_in_headline(doc[4], doc[3])  # "Michigan office shooting kills 1": shooting, kills  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.descriptions import names_a_thing
from toolkit.nlp.headlines import in_headline
from toolkit.nlp.pronoun_antecedents import person_noun


def particular_in_headline(verb: Token, subject: Token) -> bool:
    """Whether a headline's present tells one act of its subject: a bare singular noun is a particular with its
    article dropped ("Michigan office shooting kills 1, injures 2"), and so are people ("3 dead after protesters
    torch Greek bank"); a bare plural of things still names a kind ("Inhibitory Systems Control the Pattern of
    Activity in the Cortex")."""
    return (subject.tag_ in ("NN", "NNP") or person_noun(subject) or not names_a_thing(subject)) and in_headline(verb)
