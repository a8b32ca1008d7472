"""A pair by a noun of two: "The duo formed a brief musical partnership" after "he … met … Jerry Garcia".

News names two people in one sentence and goes on with a noun that counts them, "the duo", "the pair", "the couple":
the subject is the two people, as an analyst writes them ("Robert Hunter and Jerry Garcia"), not the bare noun. They
are the subject of the sentence before (a pronoun there read as what it stands for) and the one other person that
sentence names. Not so when the subject before is no person named ("the scale of their business"), when that
sentence names more than two people or only one ("The couple" after "Smith and
his wife": the wife has no name), or when the noun has a modifier of its own ("a comedy duo", "the French pair").

Used by :mod:`toolkit.nlp.actors` for a subject.

Example:
    >>> pair_named_before(doc[30], sentences, resolver.people, who)   # "The duo formed …"  # doctest: +SKIP
    'Robert Hunter and Jerry Garcia'
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from toolkit.nlp.sentence_spans import Sentences

# Nouns that count two people (a closed class).
PAIR_NOUNS = frozenset({"duo", "pair", "couple"})


def pair_named_before(token: Token, sentences: Sentences, people: list[tuple],
                      who: Callable[[Token], str | None]) -> str | None:
    """The two people of the sentence before that ``token`` ("the duo") counts, joined by "and", or None."""
    if token.lower_ not in PAIR_NOUNS or token.dep_ not in ("nsubj", "nsubjpass") \
            or [c.lower_ for c in token.children] != ["the"]:
        return None
    before = sentences.before(sentences.of(token))
    if before is None:
        return None
    names: list[str] = []
    known = {name for _, name, *_ in people}
    root = before.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and (first := who(subject)):
        if first not in known:
            return None  # ("the scale of their business …": the subject is no person named)
        names.append(first)
    for at, name, _, quoted in people:
        if at >= before.end:
            break
        if at >= before.start and not quoted and name not in names:
            names.append(name)
    return " and ".join(names) if len(names) == 2 else None
