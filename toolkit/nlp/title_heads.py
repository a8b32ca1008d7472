"""Mends of a title whose "of" phrase the small model read as the head of the noun phrase.

In "The Secretary of Homeland Security, in consultation with …, shall determine …" the small English
model makes "Security" the subject and hangs "Secretary" on it as a modifier (``nmod``), with "of
Homeland" under the title: the subject would be a department, not its secretary. A rule of English noun
phrases: a person's title ("Secretary", "Minister", "Director") followed by "of" and a name is headed by
the title; the name is the object of "of". :func:`mend_title_heads` puts the title back at the head and
the name's last word under "of".

A body's name, its officer's title and the officer's name ("White House Council on Environmental Quality
Chairman Katherine Scarlett highlights …", "The Council on Foreign Relations President Michael Froman") are
one noun phrase headed by the person, as "Department of Homeland Security Secretary Kristi Noem" is: the model
may instead head it by the body's first word and read the title and the person as the object of the body's
own "on" or "for", so that the body acts. :func:`mend_officers_read_as_objects` puts the person back at the
head, the body as its modifier, and the body's last word under its preposition.

Example:
    >>> doc = mend_title_heads(nlp("The Secretary of Homeland Security shall determine whether …"))  # doctest: +SKIP
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Secretary", "Security")]
    [('Secretary', 'nsubj', 'determine'), ('Security', 'pobj', 'of')]
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP
from spacy.tokens import Doc

from toolkit.nlp.lexicon import ORG_HEADS, PERSON_TITLES
from toolkit.nlp.lookups import entities


def mend_title_heads(doc: Doc) -> Doc:
    """Head a "<title> of <name>" phrase by its title (see the module's docstring); in place."""
    nmod = doc.vocab.strings["nmod"]
    for i in np.flatnonzero(doc.to_array([DEP]) == nmod).tolist():  # (rare: found in one array)
        title = doc[i]
        name = title.head
        if title.lower_ not in PERSON_TITLES or name.i <= title.i or name.pos_ != "PROPN":
            continue
        of = next((c for c in title.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None or obj.pos_ != "PROPN" or obj.i != name.i - 1 or obj.right_edge.i != obj.i:
            continue  # only a name split in two: "of Homeland | Security"
        head, dep = (name.head, name.dep_) if name.head.i != name.i else (title, "ROOT")
        title.head, title.dep_ = head, dep
        name.head, name.dep_ = of, "pobj"
        obj.head, obj.dep_ = name, "compound"
        markers = [c for c in (*name.children, *title.children) if c.dep_ == "meta"]
        for child in [c for c in name.children if c.dep_ != "meta" and (c.i > name.i or c.dep_ in ("punct", "det"))]:
            child.head = title  # what follows the name ("…, in consultation with …") is the title's
        for marker in markers:
            marker.head = title  # a list marker "(b)" stays on the phrase it opens, not inside its "of" tail
    return doc


# Titles of the officers of a body, written between its name and theirs ("… Services Administrator Dr. Mehmet Oz").
_OFFICERS = PERSON_TITLES | frozenset({"administrator", "commissioner", "chair", "chairwoman", "chairperson",
                                       "president", "secretary", "counsel", "inspector", "superintendent"})


# Words that open a title of several words ("First Lady", "Vice President", "Deputy Director").
_TITLE_MODIFIERS = frozenset({"first", "vice", "deputy", "assistant", "acting", "chief", "executive", "senior",
                              "associate", "under", "lieutenant", "principal", "general"})


def mend_officers_read_as_objects(doc: Doc) -> Doc:
    """Head "<body> <title> <person>" by the person when the parse made the person the object of the body's
    own preposition ("Council on Environmental Quality Chairman Katherine Scarlett"); in place."""
    for ent in entities(doc):
        if ent.label_ != "PERSON" or ent.start < 4:
            continue
        person, title = ent[-1], doc[ent.start - 1]
        if title.lower_ not in _OFFICERS or not title.is_title or title.head.i != person.i:
            continue
        preposition = person.head
        if person.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.i >= title.i:
            continue
        body = preposition.head
        last = doc[title.i - 1]  # the body's last word, right before the title
        if not (body.ent_type_ == "ORG" and last.ent_type_ == "ORG" and last.ent_iob_ != "O"
                and doc[title.i].ent_type_ != "ORG" and _same_entity(body, last)
                and body.lower_ in ORG_HEADS and body.i < preposition.i < last.i):
            continue
        if last.head.i not in (title.i, person.i) or last.lower_ in _TITLE_MODIFIERS:
            continue  # the body's name ends in words hung on the title, none of them the title's own
            # ("Office of First Lady Melania Trump": the First Lady's office, whose name the model cut after "First")
        last.head, last.dep_ = preposition, "pobj"  # "on … Quality": the body's last word is the object
        _head_by_person(person, body)
    return doc


def _head_by_person(person, body) -> None:
    """Give the person the body's place in the parse and hang the body on the person (its ``nmod``)."""
    head, dep = (body.head, body.dep_) if body.head.i != body.i else (person, "ROOT")
    person.head, person.dep_ = head, dep
    body.head, body.dep_ = person, "nmod"
    for child in [c for c in body.children if c.i > person.i]:
        child.head = person  # what follows the person ("…, who …") is the person's


def _same_entity(a, b) -> bool:
    """Whether tokens ``a`` and ``b`` (``a`` first) lie in one entity span."""
    return all(t.ent_iob_ == "I" for t in a.doc[a.i + 1:b.i + 1])


def mend_officers_read_as_appositions(doc: Doc) -> Doc:
    """Head "<body> <title> <person>" by the person when the parse made the person an apposition of the body's
    first word ("Office of Management and Budget Director Peter Orszag followed up …": the office would have followed
    up, with Orszag set beside it); in place."""
    for ent in entities(doc):
        if ent.label_ != "PERSON" or ent.start < 3:
            continue
        person, title = ent[-1], doc[ent.start - 1]
        body = person.head
        if title.lower_ not in _OFFICERS or not title.is_title or person.dep_ != "appos" \
                or body.ent_type_ != "ORG" or body.lower_ not in ORG_HEADS or not body.i < title.i \
                or not _same_entity(body, doc[title.i - 1]) or doc[title.i].ent_type_ == "ORG":
            continue
        _head_by_person(person, body)
    return doc
