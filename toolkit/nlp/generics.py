"""Generic statements: what a kind does or can do, which news tells beside its events but which is no event.

English marks a characterizing (generic) sentence by its subject and its verb together: a subject that names a kind
rather than particular things (a bare plural, "a"/"an"/"any"/"every" and a noun: "Red notices", "A saver") with a
verb in the simple present ("A red notice doesn't force countries to arrest …"), under "can" ("Users can protect
their accounts by enabling two-factor authentication") or under a modal of possibility with a condition ("Investors
who buy now could lose money if rates rise"), with no time of its own. Features, columns and explainers of every outlet are full of
such sentences; none reports something that happened.

A relative clause is read through the noun it hangs on ("A saver who puts £100 a month into a fund …": a saver, a
kind). Left alone: a body's plural, which news uses for particular people ("Police can now arrest him",
"Officials may announce the decision"), a modal perfect (a guess about a past act: "could have originated"), a
clause that names its time ("Residents may return home on Monday"), and a mass noun under any modal but "can"
(:func:`~toolkit.nlp.clauses.general_capacity`).

Example:
    >>> tells_what_a_kind_does(doc[3], doc[0])  # "Users can protect their accounts …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import conjunct_root, general_capacity, is_condition, names_a_kind, simple_present
from toolkit.nlp.predicates import under_aspect
from toolkit.nlp.verb_classes import BODY_NOUNS

# Modals of ability and possibility: under "can" a kind's verb says what it generally can do; under the others
# only with a condition ("… could lose money if rates rise"), since news tells particular people's prospects with
# them ("Protesters could face charges, the prosecutor said").
_CONDITIONED_MODALS = frozenset({"could", "may", "might", "would"})
# Relative pronouns a kind may be taken up by.
_RELATIVES = frozenset({"who", "which", "that"})
# Entity labels of a time: a clause that names one tells of an occasion, not of what is generally so.
_TIME_LABELS = frozenset({"DATE", "TIME"})


def kind_subject(agent: Token, verb: Token) -> Token:
    """The noun a relative pronoun subject stands for ("A saver who puts …" → saver), else the agent itself."""
    clause = conjunct_root(verb)
    if agent.lower_ in _RELATIVES and clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        return clause.head
    return agent


def tells_what_a_kind_does(verb: Token, agent: Token) -> bool:
    """Whether the clause of ``verb``, whose agent is ``agent``, states what a kind does or can do (see the module)."""
    kind = kind_subject(agent, verb)
    if names_a_kind(kind) and simple_present(conjunct_root(verb.head if under_aspect(verb) else verb)):
        return True  # "A red notice doesn't force countries …"
    if agent.dep_ == "nsubj" and agent.head.i == verb.i and general_capacity(verb, agent):
        return True  # "Infection with a pathogenic strain … can cause blood poisoning"
    return names_a_kind(kind) and kind.lemma_.lower() not in BODY_NOUNS and _kind_under_a_modal(_own_clause(verb))


def _own_clause(verb: Token) -> Token:
    """The verb that carries the clause's auxiliaries: the verb itself when it has a subject or an auxiliary of its
    own ("our city cannot embark …, and people will lose faith"), else the first conjunct it shares them with."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return verb
    return conjunct_root(verb)


def _kind_under_a_modal(clause: Token) -> bool:
    """Whether a clause's verb is bare under "can", or under a modal of possibility with a condition, with no time
    named in it."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ != "VB" or len(auxiliaries) != 1:
        return False
    modal = auxiliaries[0].lower_
    if modal != "can" and not (modal in _CONDITIONED_MODALS and any(c.dep_ == "advcl" and is_condition(c)
                                                                     for c in clause.children)):
        return False
    return not any(t.ent_type_ in _TIME_LABELS for t in clause.subtree)
