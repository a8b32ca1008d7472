"""A title owned by a body ("the company's CEO", "its chairman") is held in the body the text now tells of.

:meth:`toolkit.nlp.actors.Actors._described` gives a definite description of a post ("the president",
"the CEO") the person the text gave that post before. A list of companies, each with its own chief,
defeats that reading when a later entry names its chief only by the post and the company: "LVMH … CEO
Bernard Arnault said on Jan. 28. … Volvo Cars may move some production to the U.S. …, the company's CEO
said on March 5." The possessive says whose post it is, the body of its own sentence; Bernard Arnault
holds it in another. A post owned by a body ("the company's", "the firm's", "its") is the one named
before only when no other body has been a clause's subject since that person was last named (a name of a
body, tagged or not, or a common noun for one: "the German carmaker"); otherwise
the text has moved on to another body, and the description stays as the text gives it. A post with "the"
alone ("the president said") or owned by a place or a person is left to the usual reading.

Example:
    >>> owned_by_a_later_body(doc[30], "Bernard Arnault", resolver)  # "…, the company's CEO said"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.lexicon import ORG_HEADS

# Common nouns for a business or a body, besides those that end a body's name (ORG_HEADS), that news
# uses for one just named ("the carmaker's CEO", "the group's chairman").
_BODY_NOUNS = ORG_HEADS | frozenset("firm business maker manufacturer carmaker automaker retailer chain group "
                                    "giant conglomerate operator producer lender insurer".split())


def _owned_by_a_body(post: Token) -> bool:
    """Whether ``post`` has a possessor that is a body: "its", or a common noun for a body."""
    return any(c.dep_ == "poss" and (c.lower_ == "its" or (c.pos_ == "NOUN" and c.lemma_.lower() in _BODY_NOUNS))
               for c in post.children)


def owned_by_a_later_body(post: Token, person: str, resolver) -> bool:
    """Whether ``post``, a title owned by a body, cannot be ``person``'s: another body has been a
    clause's subject between the last mention of ``person`` and the post (see the module's docstring).

    Args:
        post: the title's token ("CEO" of "the company's CEO").
        person: the person the resolver found for it.
        resolver: the document's :class:`~toolkit.nlp.person_resolver.PersonResolver`.
    """
    if not _owned_by_a_body(post):
        return False
    last = max((at for at, name, *_ in resolver.people if name == person and at < post.i), default=None)
    if last is None:
        return False
    return any(_names_a_body(token) for token in post.doc[last + 1:post.i] if token.dep_ in ("nsubj", "nsubjpass"))


def _names_a_body(subject: Token) -> bool:
    """Whether a subject names a body: a name the model tags a body, a proper noun it leaves untagged
    ("Volvo Cars"), or a common noun for a body ("the company", "the German carmaker")."""
    if subject.ent_type_ == "ORG" or (subject.pos_ == "PROPN" and not subject.ent_type_):
        return True
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in _BODY_NOUNS
