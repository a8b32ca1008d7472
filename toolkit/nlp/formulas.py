"""Set phrases that are built like clauses but report no act.

* "including, but not limited to, …": the formula that opens an open list ("shall make
  recommendations …, including, but not limited to, actions authorized by section 2411"); its
  "limited" has no agent and limits nothing, but the parser makes it a negated verb of the clause
  the list hangs on ("the Participants … not limit"). It is found by its words: the participle
  "limited" with "to" after it and "but not" before it.
* "came at a staggering cost", "comes at a critical moment": "come at" with a noun of price or of
  time tells what something cost or when it fell, not a movement; the subject is an abstraction
  ("The path to peace came at a staggering cost", "The courage displayed on D-Day came at a
  staggering cost"). The nouns are a closed class: the price nouns and the nouns of a point in
  time; "came at a press conference" or "came at 3 a.m." are no such phrase and stay.
* "proved to be", "turned out to be": linking verbs, like "seem to be" (``STOP_VERBS``): "The
  capture of Fort Ticonderoga proved to be an early turning point" says what the capture was.
* "goes unreported", "went unnoticed", "went unpunished": "go" with a participle of "un-" right after it is a
  linking verb that says what did not happen to the subject ("More than half of all violent crime in the U.S.
  goes unreported"); the crime goes nowhere, and the row "go" would tell a movement. "went missing" or "went
  bankrupt" (no "un-") tell a change and stay.
* "are to blame", "was to blame for": "be to blame" says who is answerable for something ("Senate Democrats are to
  blame as Congress heads toward a government shutdown"); the subject blames no one, and the row "blame" with the
  "will" of "are to" would tell an act to come. "blame" with an object of its own ("are to blame the storm") stays.
* "was met with praise", "were met with skepticism": the passive of "meet" with a "with" phrase
  tells how something was received ("His release was met with immediate praise from Fogel's family
  and a bipartisan group of officials and lawmakers"); nobody met anything, and an agentless row
  "meet" would say someone did. Those who reacted are named in a "from" phrase if at all, and the
  reaction is a noun. "was met by officials at the airport" has an agent and is a meeting: it stays.

Example:
    >>> set_phrase(doc[3])  # "The path to peace came at a staggering cost."  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of what a thing costs and of the point in time it comes at.
_PRICE_OR_TIME = frozenset({"cost", "price", "expense", "toll", "time", "moment", "juncture"})

# Verbs that link a subject to what it is, with "to be" after them.
_LINKING = frozenset({"prove", "turn"})


def _open_list(verb: Token) -> bool:
    """"including, but not limited to": the participle "limited" of the formula."""
    doc, i = verb.doc, verb.i
    return verb.lower_ == "limited" and i + 1 < len(doc) and doc[i + 1].lower_ == "to" \
        and i >= 2 and doc[i - 1].lower_ == "not" and doc[i - 2].lower_ == "but"


def _comes_at(verb: Token) -> bool:
    """"came at a staggering cost", "comes at a critical moment", with no object."""
    if verb.lemma_.lower() != "come" or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(g.dep_ == "pobj" and g.lemma_.lower() in _PRICE_OR_TIME
                                                             for g in c.children)
               for c in verb.children)


def _links(verb: Token) -> bool:
    """"proved to be", "turned out to be": a linking verb with the copula after it."""
    lemma = verb.lemma_.lower()
    if lemma not in _LINKING or (lemma == "turn" and not any(c.dep_ == "prt" and c.lower_ == "out"
                                                             for c in verb.children)):
        return False
    return any(c.dep_ == "xcomp" and c.lemma_ == "be" and any(a.lower_ == "to" for a in c.children)
               for c in verb.children)


def _met_with(verb: Token) -> bool:
    """"was met with immediate praise": a passive "meet" with a "with" phrase and no agent."""
    if verb.lemma_.lower() != "meet" or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


def _goes_undone(verb: Token) -> bool:
    """"goes unreported", "went unnoticed": "go" linking its subject to a participle of "un-", with no object."""
    if verb.lemma_.lower() != "go" or any(c.dep_ in ("dobj", "prt") for c in verb.children):
        return False
    return any(c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_.startswith("un") and c.lower_.endswith("ed")
               and c.i == verb.i + 1 for c in verb.children)


def _to_blame(verb: Token) -> bool:
    """"are to blame": a bare "blame" with its "to" under a form of "be", and no object."""
    if verb.lemma_.lower() != "blame" or verb.tag_ != "VB" or verb.dep_ != "xcomp" or verb.head.lemma_ != "be":
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not any(c.dep_ in ("dobj", "dative") for c in verb.children)


# The verbs of the set phrases below ("limited" of "but not limited to" is read by its form).
_FORMULA_LEMMAS = frozenset({"come", "meet", "go", "blame"}) | _LINKING


def set_phrase(verb: Token) -> bool:
    """Whether ``verb`` is the verb of a set phrase that reports no act (see the module)."""
    if verb.lower_ != "limited" and verb.lemma_.lower() not in _FORMULA_LEMMAS:
        return False  # (each test below starts from one of these words: one look, not six)
    return _open_list(verb) or _comes_at(verb) or _links(verb) or _met_with(verb) or _goes_undone(verb) \
        or _to_blame(verb)
