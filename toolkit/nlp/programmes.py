"""What an occasion "featured": its programme, no act of the occasion.

A report of a festival, a convention or a ceremony says what it held with "feature" ("The popular event featured
celebrity guests like actors Dan Fogler, Ron Perlman …", "The festival featured 40 bands"), as it would with
"include" (:data:`toolkit.nlp.circumstances.CONTAINING_VERBS`): the occasion contains them, it does nothing to
them. With a body or a person for subject "feature" is an act of showing ("the Smithsonian museum featured her
jeans … in an exhibit", "The magazine featured her on its cover"), and a picture's "feature" is left to
:mod:`toolkit.nlp.depictions`.

The nouns of an occasion are a lexical class (event, festival, convention, …).
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of a gathering held on a date, whose programme "feature" lists (a lexical class).
OCCASION_NOUNS = frozenset("""event festival fest convention con expo fair conference summit ceremony gala concert
    show exhibition exhibit parade celebration carnival tournament competition premiere screening""".split())


def lists_a_programme(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is "feature" (or "showcase") with a noun of an occasion for subject: "The popular event
    featured celebrity guests" (see the module's docstring)."""
    if lemma not in ("feature", "showcase") or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in OCCASION_NOUNS
