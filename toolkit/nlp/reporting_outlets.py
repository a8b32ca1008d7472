"""Outlets named as the subject of "reported" and the clause they reported: "Rappler reported three malls … were
damaged".

News cites another outlet by its name and "reported" (or "reports") with the clause it carried ("Rappler reported
three malls in Davao City were damaged", "Kyodo reported that the talks had failed"). The small model tags the
outlets it knows and leaves the others untagged; a person who "reported" something in news copy is one the model
tags as a person, or one named in full elsewhere. So a lone capitalised proper noun the model left untagged, the
subject of "reported" with a clause for complement, is an outlet (ORG): not a known place, a known given name, an
English word, nor the surname of a person the text names ("Smith reported the theft to police" has no clause).

Example:
    >>> [e.text for e in outlets_reporting(nlp("Rappler reported three malls were damaged."), set())]  # doctest: +SKIP
    ['Rappler']
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.given_names import given_names
from toolkit.nlp.lookups import entities, indices_of
from toolkit.nlp.mistags import english_words

_REPORTED = frozenset({"reported", "reports"})


def outlets_reporting(doc: Doc, taken: set[int]) -> list[Span]:
    """Untagged one-word names, the subject of "reported" or "reports" whose complement is a clause (ORG).

    Args:
        doc: the parsed document.
        taken: indices of the tokens that entities already hold.

    Returns:
        The outlets found, as ORG spans, none over a taken token.
    """
    found: list[Span] = []
    surnames = None
    for i in indices_of(doc, LOWER, _REPORTED):
        verb = doc[i]
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ") or not any(c.dep_ == "ccomp" for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if (subject is None or subject.i in taken or subject.ent_type_ or subject.pos_ != "PROPN"
                or not subject.is_title or not subject.is_alpha or len(subject) < 3
                or any(c.dep_ in ("compound", "det", "poss", "amod", "nmod") for c in subject.children)
                or subject.i > 0 and doc[subject.i - 1].is_title and not doc[subject.i - 1].is_sent_start
                and doc[subject.i - 1].is_alpha):
            continue  # one word alone: not "the Smith family reported", not a run of names the model cut
        word = subject.lower_
        if word in given_names() or word in english_words(doc.vocab) or is_known_place(subject.text, cities=True):
            continue
        if surnames is None:
            surnames = {e[-1].lower_ for e in entities(doc) if e.label_ == "PERSON"}
        if word in surnames:
            continue  # a person the text names in full, by the surname
        found.append(Span(doc, subject.i, subject.i + 1, label="ORG"))
    return found
