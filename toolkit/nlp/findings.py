"""Findings: what a study, its data or a document shows is its content, not an act of the thing.

Science news tells results through the study that holds them: "The study showed the actor rat …
tend to switch the lever", "The observations showed …, the active rats in the test group were no
longer averse to harming the victim rats", "One study … noted authorities seized 126 skins …",
"The announcement also mentioned GitHub Trust and Safety team would treat developer's tickets as a
“top priority”". A thing that shows, notes or mentions does nothing: the verb passes its clause on,
as "said" does (the event golds list "Results showed the horse flies hovered …" as the hovering,
reported by the results, and no showing), and the clause is the news, reported by the thing (the
event rules give it ``reported_by``). A person or a body that notes or mentions something speaks,
an act of their own ("Mitsotakis noted that the Libyan House of Representatives did not ratify
…"), and a thing with an object of its own does something of its own ("the discussions showed
meaningful progress"). Verbs that make something known or judge it ("the study revealed …", "the
study concluded …", "the researchers found …") stay acts, as the event golds and the earlier audits
list them.

A law that specifies, states or provides a clause does the same ("The United States Constitution
specifies that officials are removed from office after being impeached …"): a law, or a part of
one, is named by a capitalised document noun (:data:`~toolkit.nlp.legal_texts.DOCUMENT_HEADS`) or
tagged as a law, and its text is its content, no act of its own. A constitution, a charter, a treaty or a
statute is a law in lower case too, when an article or a possessive makes it a particular one ("The Puerto
Rican constitution stipulates the secretary of state succeeds to the governorship …"): those nouns name
nothing else.

A picture's showing of someone or something in a state or at an act is the same ("video footage from
the scene shows wooden pews broken and scattered", "The video showed a single police officer
surrounded by protesters"): a thing for subject, a verb of depiction, an object with a participle
after it; what is shown describes the scene, and the thing does nothing.

:func:`shown_by_a_thing` tells such a verb: one of showing or mentioning, a common noun for a thing
as its subject (:func:`~toolkit.nlp.descriptions.names_a_thing`, or a noun of action in "-ment":
not a name, a person, a body or an agent noun), no object, and a clause with a subject of its own
as its content, after it or before it. The parser may hang a content that opens with a phrase
("showed without the active ACC …, the active rats … were no longer averse") as an adverbial
clause: one with a subject and no subordinating word is the content too, and
:func:`mend_shown_contents` makes it the verb's complement, so that its conjuncts are reported by
the thing ("…, but degree of harm aversion did not drop in the control group rats").
"""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from toolkit.nlp.descriptions import names_a_thing
from toolkit.nlp.legal_texts import DOCUMENT_HEADS
from toolkit.nlp.lookups import indices_of
from toolkit.nlp.verb_classes import DEPICTION_VERBS

# Verbs of showing and mentioning: with a thing for subject they only pass their content on.
SHOWING_VERBS = frozenset({"show", "demonstrate", "mention", "note"})

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})

# Verbs by which a law's text lays something down: with a law for subject they pass their clause on.
_STATING_VERBS = SHOWING_VERBS | frozenset({"specify", "stipulate", "provide", "state"})

# Nouns of a document that name a law in lower case as well ("the constitution"; not "act" or "code").
_LAWS_IN_LOWER_CASE = frozenset({"constitution", "charter", "treaty", "statute"})


def _has_subject(clause: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in clause.children)


def _content(verb: Token) -> bool:
    """Whether ``verb`` has a clause with its own subject as its content: a clausal complement
    (after it, or before it when the verb closes the sentence), or an adverbial clause with no
    subordinating word after it (the parser's reading of a content that opens with a phrase)."""
    for child in verb.children:
        if child.pos_ not in ("VERB", "AUX") or not _has_subject(child):
            continue
        if child.dep_ == "ccomp":
            return True
        if child.dep_ == "advcl" and child.i > verb.i and not any(c.dep_ == "mark" for c in child.children):
            return True
    return False


def mend_shown_contents(doc: Doc) -> Doc:
    """Make the content a thing's showing verb has as an adverbial clause (see the module's
    docstring) its clausal complement, so that the content and its conjuncts ("…, but degree of harm
    aversion did not drop …") are reported by the thing."""
    for i in indices_of(doc, LEMMA, SHOWING_VERBS):
        verb = doc[i]
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.pos_ != "VERB" or subject is None or not _a_thing(subject) \
                or any(c.dep_ in ("dobj", "dative", "ccomp") for c in verb.children):
            continue
        for child in verb.children:
            if child.dep_ == "advcl" and child.i > verb.i and child.pos_ in ("VERB", "AUX") and _has_subject(child) \
                    and not any(c.dep_ == "mark" for c in child.children):
                child.dep_ = "ccomp"
                break
    return doc


def shown_by_a_thing(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is a thing's showing or mentioning of a clause (see the module's docstring).

    Args:
        verb: a candidate event's verb.
        lemma: its lemma as the event rules read it.

    Returns:
        True when the verb only passes its content on: no event of its own.
    """
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if _a_law(subject) and lemma in _STATING_VERBS and not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return _content(verb)  # "The United States Constitution specifies that …": the law's text
    if not _a_thing(subject):
        return False
    if lemma in DEPICTION_VERBS and any(c.dep_ == "dobj" and _in_a_state(c) for c in verb.children):
        return True  # "video footage … shows wooden pews broken and scattered": a scene described
    if lemma not in SHOWING_VERBS or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    return _content(verb)


def _a_law(noun: Token) -> bool:
    """Whether the subject names a law or a part of one ("The United States Constitution")."""
    if noun.lower_ in _LAWS_IN_LOWER_CASE and noun.pos_ == "NOUN":
        return any(c.dep_ in ("det", "poss") for c in noun.children)  # "The Puerto Rican constitution stipulates"
    return noun.ent_type_ == "LAW" or (noun.is_title and noun.lemma_.lower() in DOCUMENT_HEADS)


def _in_a_state(shown: Token) -> bool:
    """Whether a shown noun has a participle after it that tells its state or act ("pews broken",
    "an officer surrounded by protesters", "leaders … wearing blue clothing")."""
    return any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") and c.i > shown.i for c in shown.children)


def _a_thing(noun: Token) -> bool:
    """Whether the subject is a common noun for a thing; a noun of action in "-ment" ("the
    announcement", "the statement") is one, though its ending looks like an agent noun's."""
    return names_a_thing(noun) or (noun.pos_ == "NOUN" and not noun.ent_type_ and noun.lower_.endswith(("ment", "ments")))
