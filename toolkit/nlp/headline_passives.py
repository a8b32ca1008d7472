"""Passives of a headline, written without their "be": "Conception captain sentenced to 4 years in prison".

A headline tells a past event in the present tense ("Baltimore's Key Bridge collapses", "Ferry sinks off Bali") and
drops the "be" of a passive, so that a past participle after the subject is a passive ("Killer of Gdańsk mayor
Paweł Adamowicz sentenced to life in prison", round wire35b): the captain and the killer are sentenced, not
sentencing. The small model reads the participle as a verb in the past tense with the noun before it as its
subject, so the captain would "sentence" the fire. :func:`mend_headline_passives` makes that noun the passive's
subject (``nsubjpass``) of a participle (``VBN``) in a headline line, whatever the model read: the root verb of a
line of its own without a sentence's closing stop, in a past form, with a subject and no "be", object, clause or
complement of its own (a past tense with an object, "How the Mazan trial forced France to look at itself", is
active).

Example:
    >>> mend_headline_passives(nlp("Conception captain sentenced to 4 years in prison\\n\\nThe captain …"))  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Doc

# What a line of running text ends with; a headline ends with none of these.
_CLOSING = frozenset({".", "!", "?", ":", ";", "…", '"', "”", "’", "'"})
# Dependents that show a past form is active or no clause's head ("forced France", "said that …", "had been").
_ACTIVE_DEPS = frozenset({"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "oprd",
                          "nsubjpass", "expl"})


def _line_of_its_own(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens ``start:end`` (a sentence) make a line of their own with no closing stop."""
    text = doc.text
    first = doc[start].idx
    words = [t for t in doc[start:end] if not t.is_space]
    if not words:
        return False
    last = words[-1]
    after = last.idx + len(last.text)
    return ((first == 0 or text[first - 1] == "\n") and (after == len(text) or text[after] == "\n")
            and last.text not in _CLOSING)


def mend_headline_passives(doc: Doc) -> Doc:
    """Make the past form heading a headline line, with a subject and no "be" or object, a passive (see the
    module). The parse is changed in place; the doc is returned."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ != "VERB" or root.tag_ not in ("VBN", "VBD") or not _line_of_its_own(doc, sent.start, sent.end):
            continue
        children = list(root.children)
        subject = next((c for c in children if c.dep_ == "nsubj" and c.i < root.i), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in _ACTIVE_DEPS for c in children):
            continue
        subject.dep_ = "nsubjpass"
        root.tag_ = "VBN"
    return doc
