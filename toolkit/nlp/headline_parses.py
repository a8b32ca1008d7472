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

A headline may open with its source and a colon ("Sheriff: Michigan office shooting kills 1, injures 2", "Report:
Red Sox offer Teixeira $200 million"); the model makes the label the subject of the last verb. The clause after the
colon is parsed alone (in small letters too where the line is in title case), its tree taken over, and the label
hung on its root as an unlabelled dependant (:func:`source_label` tells whether it names who says it).

The parse of a text runs it right after the pipeline, before the entities are repaired
(:mod:`toolkit.extraction.parsing`), so the parse kept in the cache holds it.

Example:
    >>> doc = reparse_headlines(nlp("5.9 Earthquake Jolts Iran\\n\\nA 5.9 magnitude earthquake …"), nlp)  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import re

from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.tokens import Doc, Span, Token

from toolkit.nlp.boundaries import is_person_role
from toolkit.nlp.headlines import (headline_lines, headline_of, name_word, prose_capitals, title_case_lines,
                                   words_of)
from toolkit.nlp.lookups import doc_text
from toolkit.nlp.model import PARAGRAPH_BREAKS

if TYPE_CHECKING:
    from spacy.language import Language

# The components that make no part of a headline's clause: names and paragraph marks.
_SKIPPED = ("ner", PARAGRAPH_BREAKS)


# A headline's source label: one to three capitalised words and a colon before a clause of three words or more.
_LABELLED = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}):[ \t]+\S+(?:[ \t]+\S+){2,}")


def reparse_headlines(doc: Doc, nlp: Language, text: str | None = None) -> Doc:
    """Take over the small-letter parse of each title-case headline of ``doc`` that is one clause, and the parse of
    the clause after a headline's source label (see the module); in place. ``text`` is ``doc.text``, when the caller
    has it."""
    text = doc.text if text is None else text
    cased = title_case_lines(text)
    labelled = [(first, last, text.index(":", first)) for first, last in headline_lines(text)
                if _LABELLED.fullmatch(text[first:last].strip())]
    if not cased and not labelled:
        return doc
    steps = [proc for name, proc in nlp.pipeline if name not in _SKIPPED]
    prose, words = prose_capitals(doc, list(doc.ents), cased), words_of(doc)
    attrs = [TAG, POS, LEMMA, DEP, HEAD]
    array = None
    labels: list[tuple[Span, int]] = []
    for first, last in sorted(set(cased) | {(f, l) for f, l, _ in labelled}):
        colon = next((c for f, l, c in labelled if (f, l) == (first, last)), None)
        line = doc.char_span(first, last, alignment_mode="expand")
        span = line if colon is None else doc.char_span(colon + 1, last, alignment_mode="expand")
        if line is None or span is None or len(span) < 2 or line.start != line.sent.start \
                or span.end > line.sent.end or (colon is None and not line.start <= line.sent.root.i < line.end):
            continue
        small = Doc(nlp.vocab, words=[t.text if (first, last) not in cased or name_word(t, prose, words) else t.lower_
                                      for t in span], spaces=[bool(t.whitespace_) for t in span])
        for proc in steps:
            small = proc(small)
        if sum(t.dep_ == "ROOT" for t in small) != 1 or not any(t.pos_ in ("VERB", "AUX") for t in small):
            continue
        if array is None:
            array = doc.to_array(attrs)
        array[span.start:span.start + len(small)] = small.to_array(attrs)
        if colon is not None:
            root = next(t.i for t in small if t.dep_ == "ROOT")
            labels.append((doc[line.start : span.start], span.start + root))
    if array is not None:
        doc.from_array(attrs, array)
    for label, root in labels:
        head = label[-2] if len(label) > 1 and label[-1].text == ":" else label[-1]
        for token in label:
            token.head = doc[root] if token.i == head.i or token.text == ":" else head
            token.dep_ = "dep" if token.i == head.i else "punct" if token.text == ":" else "compound"
    return doc


# Sources a headline names before or after a colon, beside people's roles ("Police: …", "…: officials").
_SOURCES = frozenset("""police officials authorities sheriff coroner investigators officers prosecutors witnesses
    sources experts officer official spokesman spokeswoman spokesperson""".split())
_TRAILING = re.compile(r".*\S:[ \t]+([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})")


def source_label(verb: Token) -> Token | None:
    """The head word of a headline's source label over ``verb``'s clause, before it ("Sheriff" of "Sheriff: Michigan
    office shooting kills 1, injures 2") or after it ("USGS" of "6.1-magnitude quake strikes Indonesia's Aceh:
    USGS"), when it names who says the clause: a person's or a body's name, an acronym, a person's role, or a source
    such as the police; not "Report:", "Update:" or a place set as the line's topic."""
    line = headline_of(verb)
    if line is None:
        return None
    first, last = line
    doc, text = verb.doc, doc_text(verb.doc)[first:last]
    leading, trailing = _LABELLED.fullmatch(text.strip()), _TRAILING.fullmatch(text.rstrip())
    if leading and verb.idx > first + text.index(":"):
        start, end = first + text.index(leading.group(1)), first + text.index(":")
    elif trailing and verb.idx < first + trailing.start(1):
        start, end = first + trailing.start(1), first + trailing.end(1)
    else:
        return None
    label = doc.char_span(start, end, alignment_mode="expand")
    if label is None:
        return None
    head = label.root
    if head.ent_type_ in ("PERSON", "ORG") or (head.is_upper and len(head) > 1) or head.lower_ in _SOURCES \
            or is_person_role(head.lower_, head.lemma_.lower()):
        return head
    return None
