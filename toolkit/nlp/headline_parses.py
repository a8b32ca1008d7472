"""A title-case headline parsed as the sentence it is: its common words read in small letters.

An American outlet sets its headline in title case ("5.9 Earthquake Jolts Iran", "Ellen DeGeneres To Host Oscars",
"Matanuska Maid Building Burns Down"). The small model learnt its tags from capitals: a run of capitalised words is
a run of proper nouns to it, so the headline's verb is tagged a noun and the line has no clause, and the story's
first act is lost. :mod:`toolkit.nlp.headlines` tells which of the line's words are names (a word the text writes
with a capital in its running prose, a known place, a nationality, an acronym, a word no English word is) and which
are its common words. Here the line is parsed once more with every common word written small ("5.9 earthquake jolts
Iran", "Ellen DeGeneres to host Oscars") by the pipeline's own tagger, parser, attribute ruler and lemmatizer, and its
tags, lemmas and tree are taken over, when that parse makes the line one clause (one root). Its names are left to
:func:`~toolkit.nlp.headlines.headline_names`.

The parse of a text runs it right after the pipeline, before the entities are repaired
(:mod:`toolkit.extraction.parsing`), so the parse kept in the cache holds it.

Example:
    >>> doc = reparse_headlines(nlp("5.9 Earthquake Jolts Iran\\n\\nA 5.9 magnitude earthquake …"), nlp)  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.tokens import Doc

from toolkit.nlp.headlines import name_word, prose_capitals, title_case_lines, words_of
from toolkit.nlp.model import PARAGRAPH_BREAKS

if TYPE_CHECKING:
    from spacy.language import Language

# The components that make no part of a headline's clause: names and paragraph marks.
_SKIPPED = ("ner", PARAGRAPH_BREAKS)


def reparse_headlines(doc: Doc, nlp: Language, text: str | None = None) -> Doc:
    """Take over the small-letter parse of each title-case headline of ``doc`` that is one clause (see the module);
    in place. ``text`` is ``doc.text``, when the caller has it."""
    lines = title_case_lines(doc.text if text is None else text)
    if not lines:
        return doc
    steps = [proc for name, proc in nlp.pipeline if name not in _SKIPPED]
    prose, words = prose_capitals(doc, list(doc.ents), lines), words_of(doc)
    attrs = [TAG, POS, LEMMA, DEP, HEAD]
    array = None
    for first, last in lines:
        span = doc.char_span(first, last, alignment_mode="expand")
        if span is None or len(span) < 2 or span.start != span.sent.start or span.end > span.sent.end \
                or not span.start <= span.sent.root.i < span.end:
            continue
        small = Doc(nlp.vocab, words=[t.text if name_word(t, prose, words) else t.lower_ for t in span],
                    spaces=[bool(t.whitespace_) for t in span])
        for proc in steps:
            small = proc(small)
        if sum(t.dep_ == "ROOT" for t in small) != 1 or not any(t.pos_ in ("VERB", "AUX") for t in small):
            continue
        if array is None:
            array = doc.to_array(attrs)
        array[span.start:span.start + len(small)] = small.to_array(attrs)
    if array is not None:
        doc.from_array(attrs, array)
    return doc
