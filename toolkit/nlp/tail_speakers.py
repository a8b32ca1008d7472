"""A lone "place" that closes a sentence as the speaker of a report set after its content is a person.

News puts who said it after what was said, set off by a comma: "In China the hair is put in a chemical bath, Tarlo
explains.", "…, the market has always had a political dimension, says Tarlo." The small model, which has rarely seen
the name, may call it a place; the set-wide vote then makes the "place" a body, and the person's words go to nobody.
A country or a town speaks for its government too ("…, China says."), but those the gazetteer knows; a report
reduced to one unfamiliar name and the bare verb of saying, closing the sentence, is a person's.

A name the model calls a body is left as it is: firms are reported so every day ('"We will comply," Boeing said.'),
and the form of a one-word name does not tell a firm from a person ('"We've requested other nations to help us,"
Saqib said.' stays a body; round uner41).

Only a name of one capitalised word that is no known place, no acronym ("…, NASA said."), no head word of a body or
a place, no common English word and no name the toolkit's table knows; only verbs a person says with (not "report",
"find", "rule", "decide", which a body's report, a court's or a panel's finding take), either after the name ("…,
Tarlo explains.") or before it ("…, says Tarlo."), with the comma of the content (or its closing quotation mark)
right before the report and the sentence's end right after it.

Example:
    >>> speaks_in_a_report_tail(doc[-3:-2])  # "…, Tarlo explains."  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.initials import is_acronym
from toolkit.nlp.lexicon import FAC_HEADS, LOC_HEADS, NOT_NAME_WORDS, ORG_HEADS, SPEECH_VERBS
from toolkit.nlp.mistags import english_words
from toolkit.nlp.surfaces import KNOWN_ALIASES

# Verbs of saying whose subject is as often a body as a person: an outlet's report, a court's ruling, a panel's
# finding ("…, the inquiry found."), and a reading of a document.
_BODIES_SAY = frozenset({"report", "find", "rule", "decide", "read", "estimate", "forecast", "indicate", "signal"})
_SAYING = SPEECH_VERBS - _BODIES_SAY
_HEADS = ORG_HEADS | FAC_HEADS | LOC_HEADS | NOT_NAME_WORDS
_CLOSING_MARKS = frozenset({'"', "”", "’", "'"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _after_content(doc, i: int) -> bool:
    """Whether the token before ``i`` ends a reported content: its comma, or a quotation mark closed after one."""
    if i < 1:
        return False
    before = doc[i - 1]
    if before.text == ",":
        return True
    return before.text in _CLOSING_MARKS and i >= 2 and doc[i - 2].text in (",", "?", "!")


def _ends_sentence(doc, i: int) -> bool:
    """Whether token ``i`` is the sentence's last mark, or past the document's end."""
    return i >= len(doc) or doc[i].text in _SENTENCE_ENDS and (i + 1 >= len(doc) or doc[i + 1].is_sent_start
                                                                 or doc[i + 1].is_space)


def _saying(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in _SAYING


def _unfamiliar_name(span: Span) -> bool:
    """A "place" of one capitalised word that no table knows as a place, a body's head, an English word or a known
    name."""
    if len(span) != 1 or span.label_ != "GPE":
        return False
    word = span[0]
    return (word.is_title and word.is_alpha and word.pos_ == "PROPN" and not is_acronym(word.text)
            and word.lower_ not in _HEADS and word.lower_ not in english_words(span.doc.vocab)
            and word.lower_ not in KNOWN_ALIASES and not is_known_place(word.text))


def speaks_in_a_report_tail(span: Span) -> bool:
    """Whether a "place" of one word is the speaker of a report that closes the sentence after its content ("…, Tarlo
    explains.", "…, says Tarlo."); see the module's docstring."""
    if not _unfamiliar_name(span):
        return False
    doc = span.doc
    if span.end < len(doc) and _saying(doc[span.end]) and span.root.dep_ == "nsubj" \
            and span.root.head.i == span.end:
        return _after_content(doc, span.start) and _ends_sentence(doc, span.end + 1)  # "…, Tarlo explains."
    verb = doc[span.start - 1] if span.start else None
    return (verb is not None and _saying(verb) and verb.tag_ in ("VBZ", "VBD") and _after_content(doc, verb.i)
            and _ends_sentence(doc, span.end))  # "…, says Tarlo."
