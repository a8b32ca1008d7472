"""A firm or a body of one word the model tags once and leaves untagged where the text names it again ("In return,
Uber will receive a billion dollar investment …" … "companies such as Spotify, Tesla, Uber and Snapchat", round
uner41, a news excerpt of UD English PUD).

The small model reads a word it does not know by its context alone: in a list of firms it tags "Uber" a body, as
the subject of "will receive" it passes over it. A one-word name that the model tags as a body (ORG) in the text, and
never as anything else, is that body wherever else the text writes it alone in the middle of a sentence: capitalised
and tagged a proper noun, with no capitalised name word touching it (no part of a longer name), no title before it,
no hyphen joining it to a word and no possessive "'s" making it an owner's part of a phrase the model read whole.

Not a word of a person's name in the text (the model reads "Elon" alone as a body once in a White House transcript
that names Elon Musk, and "Duffy's" as a body where the senator is named) or a given name of the census's table, a
place the gazetteer knows (:mod:`toolkit.nlp.repeated_places` reads those), an English word ("Shell", "Apple": the
common noun may be meant) or a word in capitals (acronyms have their rule,
:func:`toolkit.nlp.acronym_mentions.acronyms_named_again`).

This is a rule about bodies repeated in a text, kept in a module of its own.

Example:
    >>> [(e.text, e.label_) for e in bodies_named_again(doc, set())]  # "In return, Uber will …" … "Tesla, Uber and …"  # doctest: +SKIP
    [('Uber', 'ORG')]
"""

from __future__ import annotations

from collections import Counter

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.given_names import sex_of_given_name
from toolkit.nlp.lexicon import HYPHENS, TITLE_WORDS
from toolkit.nlp.lookups import entities, indices_of, span_text
from toolkit.nlp.mistags import english_words


def _name_word(token) -> bool:
    """A capitalised word, or one in capitals, that may run on a name."""
    return (token.is_title or token.is_upper and token.is_alpha and len(token) > 1) and token.pos_ in ("PROPN", "NOUN")


def _listed_names(ent: Span) -> list[str]:
    """The names an entity holds: itself, or each member of a list the model read as one name ("Tesla, Uber and
    Snapchat", which the repairs split later on)."""
    text = span_text(ent)  # (read once: spaCy joins it anew from the tokens on each read)
    if "," not in text:
        return [text]
    names, start = [], ent.start
    for t in ent:
        if t.text == "," or t.lower_ == "and":
            names.append(ent.doc[start:t.i].text)
            start = t.i + 1
    names.append(ent.doc[start:ent.end].text)
    return [n for n in names if n]


def _bodies(doc: Doc) -> frozenset[str]:
    """The one-word names the model tags as bodies in the text and as nothing else, and no word of a person's name."""
    labels: dict[str, Counter] = {}
    people_words: set[str] = set()
    for e in entities(doc):
        for name in _listed_names(e):
            labels.setdefault(name, Counter())[e.label_] += 1
        if e.label_ == "PERSON":
            people_words.update(t.text for t in e)
    english = english_words(doc.vocab)
    return frozenset(name for name, kinds in labels.items()
                     if set(kinds) == {"ORG"} and " " not in name and name.isalpha() and name[:1].isupper()
                     and not name.isupper() and name not in people_words and name.lower() not in english
                     and sex_of_given_name(name) is None
                     and not is_known_place(name, cities=True))


def bodies_named_again(doc: Doc, taken: set[int]) -> list[Span]:
    """The untagged mentions, in the middle of a sentence, of a one-word name the model tags only as a body
    elsewhere in the text (see the module's docstring).

    Args:
        doc: the parsed document.
        taken: indices of the tokens entities found so far hold.
    """
    bodies = _bodies(doc)
    if not bodies:
        return []
    found: list[Span] = []
    for i in indices_of(doc, ORTH, bodies):
        token = doc[i]
        if i in taken or token.ent_type_ or token.is_sent_start or token.pos_ != "PROPN":
            continue
        before = doc[i - 1] if i > 0 else None
        after = doc[i + 1] if i + 1 < len(doc) else None
        if (before is not None and (_name_word(before) or before.lower_.strip(".") in TITLE_WORDS)
                or after is not None and _name_word(after)):
            continue  # part of a longer name, or a title before a person named so
        if (before is not None and before.text in HYPHENS and not before.whitespace_
                or after is not None and (after.text in HYPHENS and not token.whitespace_ or after.tag_ == "POS")):
            continue  # a word's part ("Uber-style"), or an owner the model read as one phrase with what it owns
        found.append(Span(doc, i, i + 1, label="ORG"))
    return found
