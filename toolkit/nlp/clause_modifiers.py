"""A clause the parser read as a noun's modifier: only what follows its last "and" modifies the noun.

The small model sometimes hangs a whole clause before a subject on the subject as a modifier: in
"The airport and nearby hotel were both evacuated and local police warned people in the general
vicinity to stay inside" it reads "were both evacuated" as an adjective of "police", with "The
airport and nearby hotel" and "local" inside it, so the subject of "warned" would run from "The
airport" on. A rule of English phrase structure: a modifier before a noun is a word or a phrase,
never a verb group with an auxiliary ("were evacuated", "has left"); such a "modifier" is a clause
joined to the next by "and", and only the words after that "and" ("local") belong to the noun.

Example:
    >>> [t.text for t in modifier_tokens(doc[7])]  # "… were both evacuated and local police"  # doctest: +SKIP
    ['local']
"""

from __future__ import annotations

from spacy.tokens import Token


def modifier_tokens(modifier: Token) -> list[Token]:
    """The tokens of a noun's modifier ``modifier`` that belong to the noun phrase: its whole
    subtree, or for a verb group with an auxiliary the words after its last "and" (see the
    module's docstring)."""
    subtree = list(modifier.subtree)
    if not any(c.dep_ in ("aux", "auxpass") for c in modifier.children):
        return subtree
    joints = [t.i for t in subtree if t.dep_ == "cc"]
    if not joints:
        return subtree
    return [t for t in subtree if t.i > joints[-1] and not t.is_punct]
