"""A lead's description of a person whom the next sentence names: news's delayed identification.

A news lead often holds back a name that would mean little to the reader and tells of the person by a
description instead; the sentence after it gives the name with the same role as its title ("On Friday, a federal
judge in Texas ruled the … practice of registering men but not women for the draft … is unconstitutional. In
response to a lawsuit by …, U.S. District Judge Gray Miller ruled …"). The description is that person: the one the
story is about, not an unnamed one.

:func:`named_next` reads it so when the description (a common noun of a role, with "a", "an" or "the" and no
name of its own) is a subject before anyone is named in the text, and the next sentence's main subject is the one
person the text gives that role as title ("Judge Gray Miller") or in apposition. A description after someone is named is read
back to the people before, by the resolver; a role named in no title of the next sentence leaves the description
as it is ("A man was arrested. Police said the suspect …").

Example:
    >>> named_next(doc[5], resolver, sentences)  # "a federal judge", then "U.S. District Judge Gray Miller"  # doctest: +SKIP
    'Gray Miller'
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.sentence_spans import Sentences

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ARTICLES = frozenset({"a", "an", "the"})


def named_next(token: Token, resolver, sentences: Sentences) -> str | None:
    """The person the next sentence names with the role of the description ``token``, when ``token`` is a lead's
    description (see the module's docstring); else None.

    Args:
        token: the head noun of a subject.
        resolver: the document's :class:`~toolkit.nlp.person_resolver.PersonResolver` (its people and their titles).
        sentences: the document's sentences.
    """
    if token.dep_ not in _SUBJECTS or token.tag_ != "NN" or token.ent_type_ \
            or not any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in token.children) \
            or any(c.dep_ in ("appos", "compound", "poss") for c in token.children):
        return None
    holders = resolver.titles.get(token.lemma_.lower())
    if not holders or (resolver.people and resolver.people[0][0] < token.i):
        return None  # no such title given, or someone named before: the resolver reads it back
    after = int(sentences.index[token.i]) + 1
    # (the name is that sentence's subject, as the description was the lead's: the story goes on with its actor)
    named = [name for name, at in holders.items() if int(sentences.index[at]) == after and at in resolver.main_subjects]
    return named[0] if len(named) == 1 and len(holders) == 1 else None
