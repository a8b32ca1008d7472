"""Mends of a title whose "of" phrase the small model read as the head of the noun phrase.

In "The Secretary of Homeland Security, in consultation with …, shall determine …" the small English
model makes "Security" the subject and hangs "Secretary" on it as a modifier (``nmod``), with "of
Homeland" under the title: the subject would be a department, not its secretary. A rule of English noun
phrases: a person's title ("Secretary", "Minister", "Director") followed by "of" and a name is headed by
the title; the name is the object of "of". :func:`mend_title_heads` puts the title back at the head and
the name's last word under "of".

Example:
    >>> doc = mend_title_heads(nlp("The Secretary of Homeland Security shall determine whether …"))  # doctest: +SKIP
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Secretary", "Security")]
    [('Secretary', 'nsubj', 'determine'), ('Security', 'pobj', 'of')]
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP
from spacy.tokens import Doc

from toolkit.nlp.lexicon import PERSON_TITLES


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
