"""A headline's infinitive: what a subject is to do ("Trump to meet Putin in Alaska on Friday", "HP to acquire green
consultancy EYP", "Company to cut 1,000 jobs").

Headlines drop "is" from "is to": a noun phrase, "to" and a verb tell an act planned or announced, the future of
news. The small model parses such a line at random (the name as the root and the verb as its clause, or the name as a
verb), and the event rules read a bare infinitive as a goal, so the headline's story goes unrecorded.
:func:`mend_headline_infinitives` gives the line the parse of its sense: the verb heads it, the noun phrase before
"to" is its subject; :func:`headline_infinitive` tells such a verb, whose event is then read with the modality
"will". Only a headline line counts (:func:`~toolkit.nlp.headlines.headline_lines`), and only a line that opens
with its noun phrase: "How to fix the economy" and "Time to act" have none.

Example:
    >>> doc = mend_headline_infinitives(nlp("Trump to meet Putin in Alaska on Friday\\n\\nThe White House said …"))  # doctest: +SKIP
    >>> [(t.text, t.dep_, t.head.text) for t in doc[:3]]
    [('Trump', 'nsubj', 'meet'), ('to', 'aux', 'meet'), ('meet', 'ROOT', 'meet')]
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from toolkit.nlp.headlines import headline_ranges, in_headline
from toolkit.nlp.lookups import forget

# What a headline's subject is made of: names, nouns, their modifiers, numbers and the joining words of a name.
_SUBJECT_POS = frozenset({"PROPN", "NOUN", "ADJ", "NUM", "DET", "PART", "CCONJ"})
# Words that open a line with no subject of its own before "to" ("How to …", "Time to …", "Where to …").
_NO_SUBJECT = frozenset("""how what where when why who which whether time ways way reasons things""".split())


def mend_headline_infinitives(doc: Doc) -> Doc:
    """Give a headline of the form "<noun phrase> to <verb> …" the parse of its sense (see the module's docstring).
    In place; the doc is returned."""
    for first, last in headline_ranges(doc):
        span = doc.char_span(first, last, alignment_mode="expand")
        if span is None or len(span) < 3:
            continue
        to = next((t for t in span if t.lower_ == "to" and t.tag_ == "TO"), None)
        if to is None or to.i == span.start or to.i + 1 >= span.end:
            continue
        verb = to.doc[to.i + 1]
        words = list(doc[span.start:to.i])
        if verb.tag_ != "VB" or words[0].lower_ in _NO_SUBJECT or not all(
                t.pos_ in _SUBJECT_POS or t.text in ("-", "'s", "’s") or _named_in_prose(t, span) for t in words):
            continue  # ("Back to work": no subject)
        if any(a.pos_ == "PROPN" and b.is_lower and b.text.endswith("s") and c.pos_ in ("NOUN", "PROPN")
               for a, b, c in zip(words, words[1:], words[2:])):
            continue  # "HP signs agreement to acquire …": the headline's verb in "-s" after a name, its object after
        subject = words[-1]
        for t in words[:-1]:
            if t.head.i < span.start or t.head.i >= to.i or t.head.i == t.i:
                t.head, t.dep_ = subject, "compound"  # (the subject's own words)
        for t in span:
            if t.i >= to.i and t.i != verb.i and (t.head.i < to.i or t.head.i == t.i):
                t.head = verb  # what the parser hung on the noun phrase belongs to the verb's clause
        subject.head, subject.dep_ = verb, "nsubj"
        if not subject.pos_ in ("PROPN", "NOUN"):
            subject.pos_, subject.tag_ = "PROPN", "NNP"  # ("Trump" read as a verb)
            forget(doc)  # (the tags read once per Doc are stale now)
        to.head, to.dep_ = verb, "aux"
        verb.head, verb.dep_ = verb, "ROOT"
    return doc


def _named_in_prose(word: Token, line) -> bool:
    """Whether a capitalised word the tagger read as no noun ("Trump" as a verb) is a name the text writes with its
    capital inside a sentence below the headline."""
    return word.is_title and any(t.text == word.text and not t.is_sent_start and not line.start <= t.i < line.end
                                 for t in word.doc)


def headline_infinitive(verb: Token) -> bool:
    """Whether ``verb`` heads a headline's "<subject> to <verb>" (after :func:`mend_headline_infinitives`)."""
    return verb.dep_ == "ROOT" and verb.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.tag_ == "TO" and c.i == verb.i - 1 for c in verb.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children) and in_headline(verb)
