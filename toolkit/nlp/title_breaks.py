"""A sentence the parser ended at an abbreviated title before the name of the one who reports it.

"LaCalamita was hiding the gun when he walked into accounting firm offices, …, Troy police Sgt. Barry Whiteside
testified" (USA Today, 2007): the tokenizer splits "Sgt" from its full stop, and the parser ends the sentence there,
leaving "Barry Whiteside testified." as a sentence of its own; the account then has no reporter, and reads as fact.
A title's full stop ends no sentence: where the sentence after it opens with the name the title belongs to and is a
report with no content of its own ("Barry Whiteside testified."), the sentence before is what the report says.
:func:`mend_sentences_cut_at_titles` joins the two: the title goes with the name, the first sentence becomes the
content (``ccomp``) of the verb of saying.

Example:
    >>> doc = mend_sentences_cut_at_titles(nlp("He fled, police Sgt. Barry Whiteside testified."))  # doctest: +SKIP
    >>> len(list(doc.sents))
    1
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc

from toolkit.nlp.lexicon import ABBREVIATED_NAME_TITLES, SPEECH_VERBS
from toolkit.nlp.lookups import forget, indices_of


def titles_before_names(doc: Doc) -> list[int]:
    """The indices of the abbreviated titles ("Sgt", "Gov") written with a capital, their full stop split off with
    no space between, and a capitalised word after it: the places where the parser may end a sentence that goes on
    into the title's name."""
    return [i for i in indices_of(doc, LOWER, ABBREVIATED_NAME_TITLES)
            if i + 2 < len(doc) and doc[i + 1].text == "." and not doc[i].whitespace_ and doc[i].text[:1].isupper()
            and doc[i + 2].is_title]


def mend_sentences_cut_at_titles(doc: Doc) -> Doc:
    """Join a sentence the parser ended at an abbreviated title to the report after it (see the module's
    docstring). In place; the doc is returned."""
    changed = False
    for i in titles_before_names(doc):
        if i + 3 >= len(doc) or not doc[i + 2].is_sent_start:
            continue
        report = doc[i + 2].sent.root
        name = next((c for c in report.children if c.dep_ == "nsubj" and c.left_edge.i == i + 2), None)
        if name is None or report.lemma_.lower() not in SPEECH_VERBS or any(
                c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis") for c in report.children):
            continue  # only a report with no content of its own ("Barry Whiteside testified.")
        content = doc[i].sent.root
        if content.i == doc[i].i or content.pos_ not in ("VERB", "AUX"):
            continue
        content.head, content.dep_ = report, "ccomp"
        doc[i].head, doc[i].dep_ = name, "compound"
        doc[i + 1].head, doc[i + 1].dep_ = doc[i], "punct"
        changed = True
    if changed:
        forget(doc)  # (the dependency columns read once per Doc are stale now)
    return doc
