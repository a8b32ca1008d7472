"""Clause structure over spaCy's dependency parse: which clause a word belongs to, and what
a clause asserts (negation, modality, a condition, a reporting frame).

Used by :mod:`toolkit.nlp.events` so that a predicate is never read as a plain fact when
English marks it otherwise: "Moscow insists that Kyiv must end …" (reported, modal), "if
re-elected" (a condition), "efforts to end the war" (a goal, no event at all).

Example:
    >>> modality_of(doc[3])          # "Trump could meet Putin": the token "meet"  # doctest: +SKIP
    'could'
"""

from __future__ import annotations

from spacy.tokens import Token

# Dependency labels under which a verb heads a clause of its own.
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj", "csubjpass",
                         "parataxis"})
# The modal auxiliaries of English and the marker each stands for (contractions included).
MODALS = {"could": "could", "would": "would", "'d": "would", "may": "may", "might": "might", "must": "must",
          "should": "should", "will": "will", "'ll": "will", "wo": "will", "shall": "will", "can": "can", "ca": "can"}
# Subordinators that make a clause a condition or an open question, not something that happened.
CONDITIONS = frozenset({"if", "unless", "whether", "lest"})


def clause_head(token: Token) -> Token | None:
    """The verb heading the clause a token belongs to: up the heads to the first verb that
    heads a clause (a time word on a noun, "the Friday deadline", belongs to the verb the
    noun depends on)."""
    current = token
    for _ in range(40):  # a parse is a tree; the bound only guards against a malformed one
        if current.pos_ in ("VERB", "AUX") and (current.dep_ in CLAUSE_DEPS or current.head.i == current.i):
            if current.pos_ == "AUX" and current.dep_ in ("aux", "auxpass"):
                current = current.head
                continue
            return current
        if current.head.i == current.i:
            return current  # a sentence whose root is no verb (a misparse): its root stands for the clause
        current = current.head
    return None


def is_infinitive(verb: Token) -> bool:
    """Whether the verb is a to-infinitive ("to end the war", "for Russia to withdraw")."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def is_condition(verb: Token) -> bool:
    """Whether the verb's clause is a condition or an open question ("if re-elected",
    "to see if a meeting could mark …", "whether talks resume")."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children)


def negated(verb: Token) -> bool:
    """Whether the clause is negated ("did not sign", "never met")."""
    return any(c.dep_ == "neg" or (c.lower_ == "never" and c.dep_ == "advmod") for c in verb.children)


def modality_of(verb: Token) -> str | None:
    """The modal marker of the verb's clause, or "conditional" when an if-clause hangs on it.

    "be going to" counts as "will", "have to" as "must".
    """
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS:
            return MODALS[c.lower_]
    head = verb.head
    if verb.dep_ == "xcomp" and is_infinitive(verb):
        if head.lemma_ == "go" and head.tag_ == "VBG":
            return "will"
        if head.lemma_ == "have" and head.pos_ in ("VERB", "AUX"):
            return "must"
    if any(c.dep_ == "advcl" and is_condition(c) for c in verb.children):
        return "conditional"
    return None


def conjunct_root(verb: Token) -> Token:
    """The first verb of a coordination ("relinquish … and end …" → "relinquish")."""
    current = verb
    for _ in range(20):
        if current.dep_ != "conj" or current.head.i == current.i:
            break
        current = current.head
    return current


def inherits(verb: Token) -> bool:
    """Whether a conjoined verb shares its first conjunct's subject, auxiliaries and negation
    (it has no subject and no auxiliary of its own)."""
    return verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def according_to(verb: Token) -> Token | None:
    """The object of an "according to …" on the verb or on the verbs above it in its sentence."""
    current = verb
    for _ in range(8):
        for c in current.children:
            if c.lower_ == "according":
                for to in c.children:
                    if to.lower_ == "to":
                        objects = [g for g in to.children if g.dep_ == "pobj"]
                        if objects:
                            return objects[0]
        if current.head.i == current.i:
            return None
        current = current.head
    return None
