"""Demands in the mandative subjunctive: "Moscow has demanded that Ukraine withdraw from the Donetsk region".

English states what someone demands, insists on or recommends in a "that" clause whose verb is the bare base
form, whatever its subject ("that Ukraine withdraw", "that the budget include funding", not "withdraws",
"includes"). Such a clause is the content of the demand, not something that happened or will happen, and not a
claim either: read as a reported clause it gives a flattened fact ("Ukraine withdraw", reported by Moscow),
which is what issue 17 asks the events never to show. The demand is the event, and the clause is its object
("Moscow demand · that Ukraine withdraw from the Donetsk region"), as the event golds record "insist" with
"that the budget include funding for the wall".

:func:`mandated_clause` finds such a clause under a verb of demanding. A verb of the clause with a modal, an
auxiliary or an inflected form ("insisted that the plan was fair", "urged that talks should resume") is left to
the reporting rules: an indicative content is a claim, a modal one a reported plan.

Example:
    >>> mandated_clause(doc[3]).text  # "Moscow has demanded that Ukraine withdraw from the region."  # doctest: +SKIP
    'withdraw'
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that take the mandative subjunctive (a closed class of verbs of demanding, requiring and proposing).
MANDATIVE_VERBS = frozenset("""demand insist require request urge recommend propose ask order stipulate
    direct command decree mandate""".split())
_FINITE_MARKS = frozenset({"aux", "auxpass", "neg"})


def mandated_clause(governor: Token) -> Token | None:
    """The verb of the "that" clause in the mandative subjunctive under ``governor``, a verb of demanding; else
    None.

    Args:
        governor: a token of a parsed Doc.
    """
    if governor.lemma_.lower() not in MANDATIVE_VERBS or governor.pos_ not in ("VERB", "AUX"):
        return None
    for clause in governor.children:
        if clause.dep_ != "ccomp" or clause.i < governor.i or clause.tag_ not in ("VB", "VBP"):
            continue  # the bare form only ("withdraw"; not "withdraws", "withdrew", "withdrawing")
        if any(c.dep_ in _FINITE_MARKS and c.lower_ not in ("not", "be") for c in clause.children):
            continue  # "that talks should resume": a modal (a passive's "be" is the subjunctive's: "that it be done")
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].lower_ in ("i", "you", "we", "they"):
            continue  # ("that they leave" may be an indicative plural: left to the reporting rules)
        if clause.tag_ == "VBP" and subjects[0].tag_ not in ("NN", "NNP"):
            continue  # a present of a plural subject is indicative; of a singular one ("that the budget include",
            # which the tagger calls a present) it can only be the bare form
        return clause
    return None


def demanded_by_noun(verb: Token) -> bool:
    """Whether ``verb`` is the bare verb of a noun's "that" clause of demand ("Russia's insistence that Ukraine
    withdraw from …", the Irish Times, round wire34a), which the parser reads as a relative clause with "that" its
    object: a bare verb with a singular noun for its subject and no auxiliary is a subjunctive, which only a clause of
    demand takes. Its content is demanded, not done: no event, and the noun is no object of it."""
    if verb.dep_ not in ("relcl", "acl") or verb.tag_ != "VB" or any(c.dep_ in _FINITE_MARKS for c in verb.children):
        return False
    that = next((c for c in verb.children if c.lower_ == "that" and c.i < verb.i), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return that is not None and subject is not None and subject.tag_ in ("NN", "NNP") and that.i < subject.i


# Nouns of evidence whose content clause a text may put under "no" ("there is no evidence the officers acted …").
_EVIDENCE_NOUNS = frozenset({"evidence", "proof", "sign", "indication", "suggestion"})


def unsupported_by_noun(verb: Token) -> bool:
    """Whether ``verb`` heads the content clause of a noun of evidence under "no" ("Police said there is no evidence
    the unidentified officers acted inappropriately", RT, 2013): the text says nothing shows it happened, so it is
    no event. The parser reads such a clause as a relative clause of the noun; a real relative clause has its
    pronoun or a gap ("the evidence that police found"), a content clause its own subject and object."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl", "ccomp") or noun.lemma_.lower() not in _EVIDENCE_NOUNS \
            or not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.tag_ not in ("WDT", "WP") and subject.i > noun.i
