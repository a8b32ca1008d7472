"""A pronoun subject never stands for a name its own clause goes on to give.

English does not let a pronoun refer to a name it governs: in "He traveled to Florida to meet
with Devocht", "he" cannot be Devocht (one would write "himself" or repeat the name the other way
round). This is the third principle of binding; a resolver that takes the person named nearest
before may otherwise pick one named just before and again inside the pronoun's clause. The names
counted are those in the clause of the verb the pronoun is subject of, after the pronoun, and not
inside a relative clause or a reported clause, where news writing often repeats the referent
("…, who had told Montalvo he would …"), nor in a clause joined by "and" with a subject of its own.

Example:
    >>> names_governed(doc[0], resolver)  # "He traveled to Florida to meet with Devocht, …"  # doctest: +SKIP
    {'Tom Devocht'}
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.person_resolver import PersonResolver
from toolkit.nlp.syntax import SUBJECT_DEPS

# Clauses inside the pronoun's clause that its binding does not reach in news writing.
_OPEN_CLAUSES = frozenset({"relcl", "ccomp", "parataxis", "acl"})


def names_governed(pronoun: Token, resolver: PersonResolver) -> set[str]:
    """The people named after ``pronoun`` in the clause it is the subject of (see the module)."""
    if pronoun.dep_ not in SUBJECT_DEPS or pronoun.head.i == pronoun.i:
        return set()
    verb = pronoun.head
    positions = {p: n for p, n, _, in_quote in resolver.people
                 if pronoun.i < p <= verb.right_edge.i and not in_quote}
    if not positions:
        return set()
    left_out: set[int] = set()
    for token in verb.subtree:
        if token.i > pronoun.i and (token.dep_ in _OPEN_CLAUSES or _clause_of_its_own(token)):
            left_out.update(range(token.left_edge.i, token.right_edge.i + 1))
    return {n for p, n in positions.items() if p not in left_out}


def _clause_of_its_own(token: Token) -> bool:
    """Whether ``token`` is a verb joined by "and" to the pronoun's verb with a subject of its own: a clause of its
    own, which the pronoun does not govern ("He discussed how he became the nominee, … and why voters should consider
    voting for the Carroll/Patel ticket": he may well be Patel)."""
    return token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") \
        and any(c.dep_ in SUBJECT_DEPS for c in token.children)
