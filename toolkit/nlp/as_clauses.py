"""Mends of the small model's parse where "as" (or "until", "before", "after", "since") opens a clause of time.

The small English model often reads such a word as a preposition, and the noun phrase after it as its object, though
a tensed verb follows that the phrase is the subject of. In "this grand legacy of faith in America reaches yet
another historic milestone as America’s Catholic Bishops consecrate our Nation" the milestone would consecrate
(:func:`mend_as_clauses`, by the verb's agreement with a plural); in "Thousands of residents fled their homes on
Monday as a wildfire fanned by strong winds raged out of control" the residents would rage
(:func:`mend_as_conjuncts`, by two verbs that no word joins). Both are rules of English clause structure; both
change the parse in place, before the event rules read it (:mod:`toolkit.nlp.events`).

Example:
    >>> doc = mend_as_conjuncts(nlp("Residents fled as a wildfire raged."))  # doctest: +SKIP
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("wildfire", "raged")]
    [('wildfire', 'nsubj', 'raged'), ('raged', 'advcl', 'fled')]
"""

from __future__ import annotations

from spacy.attrs import HEAD
from spacy.tokens import Doc, Token

from toolkit.nlp.lookups import indices_where


# Verb forms and auxiliaries of the plural (not the third person singular) present and past.
_PLURAL_FORMS = frozenset({"are", "were", "have", "do"})


def _plural_verb(verb: Token) -> bool:
    """Whether a verb group agrees only with a plural subject ("consecrate", "are going", "have met")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if auxiliaries:
        return auxiliaries[0].lower_ in _PLURAL_FORMS
    return verb.tag_ == "VBP" or verb.lower_ in _PLURAL_FORMS


def mend_as_clauses(doc: Doc) -> Doc:
    """Make "as" + a plural noun phrase + a verb a clause of time, when the parser read "as" as a preposition of the
    noun before it and that singular noun as the verb's subject, though the verb agrees only with a plural: in
    "this grand legacy of faith in America reaches yet another historic milestone as America’s Catholic Bishops
    consecrate our Nation" the milestone would consecrate, and "reaches" would be the content of "consecrate".
    English makes a tensed verb agree with its subject: "consecrate" is the bishops'. The noun before "as" goes back
    to the verb before it as its object (a verb of the clause the parser made content, with a subject and no object
    of its own), that verb heads the sentence again, and the "as" clause hangs on it. The parse is changed in place;
    the doc is returned."""
    framed = _verbs_of_as_subjects(doc)
    for i in indices_where(doc, tag=("VBP", "VBD", "VB", "VBG", "VBN")):
        if i not in framed:
            continue  # (no subject with an "as" after it: passed over before the verb is made a Token)
        verb = doc[i]
        if not _plural_verb(verb):
            continue
        subject = next((c for c in verb.lefts if c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP")), None)
        if subject is None or any(c.dep_ == "conj" for c in subject.children):
            continue
        as_ = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
        noun = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
        if noun is None or noun.right_edge.i + 1 != verb.i or not _plural(noun):
            continue
        before = next((c for c in verb.lefts if c.dep_ == "ccomp" and c.i < subject.left_edge.i
                       and c.pos_ in ("VERB", "AUX") and any(g.dep_ == "nsubj" for g in c.children)
                       and not any(g.dep_ in ("dobj", "attr", "ccomp") for g in c.children)), None)
        if before is None or before.right_edge.i + 1 != subject.left_edge.i:
            continue  # the noun right after the verb's own words: its object
        before.head, before.dep_ = (before, "ROOT") if verb.dep_ == "ROOT" else (verb.head, verb.dep_)
        for child in list(verb.children):
            if child.i < before.left_edge.i or (child.dep_ == "punct" and child.i == verb.sent.end - 1):
                child.head = before
        subject.head, subject.dep_ = before, "dobj"
        noun.head, noun.dep_ = verb, "nsubj"
        as_.head, as_.dep_ = verb, "mark"
        verb.head, verb.dep_ = before, "advcl"
        framed = _verbs_of_as_subjects(doc)  # (the heads have moved)
    return doc


def _verbs_of_as_subjects(doc: Doc) -> set[int]:
    """The indices of the tokens whose subject (nsubj) has an "as" hung on it as a preposition, as the parse is now,
    read in its arrays: the only verbs :func:`mend_as_clauses` can mend."""
    heads = doc.to_array(HEAD).astype("int64")  # (each token's head as an offset from it, unsigned in the array)
    found = set()
    for i in indices_where(doc, lower=("as",), dep=("prep",)):
        subject = i + int(heads[i])
        if doc[subject].dep_ == "nsubj":
            found.add(subject + int(heads[subject]))
    return found


# Prepositions the parser reads where a clause of time opens: "as", "until", "before", "after", "since".
_TIME_OPENERS = frozenset({"as", "until", "before", "after", "since"})


def mend_as_conjuncts(doc: Doc) -> Doc:
    """Make "as" + a noun phrase + a verb a clause of time when the parser read "as" as a preposition of the verb
    before and the verb after the noun phrase as that verb's conjunct with no word joining them: in "Thousands of
    residents fled their homes on Monday as a wildfire fanned by strong winds raged out of control …, burning homes"
    (round wire35b) the residents would rage and burn; an aside in brackets may close the phrase ("as the Chiefs
    (2-13) came out and tied the game", round ecb54). English joins two verbs by "and", "or" or a comma; a verb
    right after the phrase of "as" (its noun and what describes it), with no subject of its own, has that noun for
    subject. The parse is changed in place; the doc is returned."""
    for i in indices_where(doc, tag=("VBD", "VBZ", "VBP")):
        verb = doc[i]
        head = verb.head
        if verb.dep_ != "conj" or head.i >= verb.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        if any(t.dep_ == "cc" or t.text in (",", ";", "—", "–") for t in doc[head.i + 1 : verb.i]
               if t.head in (head, verb)):
            continue  # "fled … and raged": a conjunct the text joins
        opener = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in _TIME_OPENERS
                       and head.i < c.i < verb.i), None)
        noun = next((c for c in opener.children if c.dep_ == "pobj"), None) if opener is not None else None
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        end = noun.right_edge.i + 1
        if end < verb.i and doc[end].text == ")" and doc[end - 1].i in {t.i for t in noun.subtree}:
            doc[end].head = noun  # "as the Chiefs (2-13) came out": the bracket closes the noun's aside
            end += 1
        if end != verb.i:
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        opener.head, opener.dep_ = verb, "mark"
        verb.head, verb.dep_ = head, "advcl"
    return doc


def _plural(noun: Token) -> bool:
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)
