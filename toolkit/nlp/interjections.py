"""A word of greeting or thanks before a name is no part of it: "Congratulations America: 3 percent today".

Speech and posts hail a place, a people or a person by name after a word of greeting or thanks
("Congratulations America!", "Thanks Jim", "Hello Cleveland!"). The tagger reads the capitalised word before
the name as the name's first word ("Congratulations America" ORG). :func:`names_after_interjections` cuts such a
word off the front of an entity; what is left keeps the label, or is a place when the gazetteer knows it or it
is a country's usual short form ("America"): the model's label for "Congratulations America" is the run-on's.

Example:
    >>> [e.text for e in names_after_interjections(list(doc.ents))]  # "Congratulations America: …"  # doctest: +SKIP
    ['America']
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.mistags import english_words
from toolkit.nlp.surfaces import is_state_or_country

# Words of greeting, thanks and leave-taking that open an address (and never a name): "Hi Agastya. Nice to meet
# you." (an interview's greeting of the interviewer).
_INTERJECTIONS = frozenset({"congratulations", "congrats", "thanks", "hello", "hi", "hey", "greetings", "goodbye",
                            "farewell"})


def names_after_interjections(ents: list[Span]) -> list[Span]:
    """The entities with a word of greeting or thanks cut off their front."""
    out = []
    for ent in ents:
        if len(ent) > 1 and ent[0].lower_ in _INTERJECTIONS and ent[1].is_title:
            rest = ent[1:]
            label = "GPE" if is_known_place(rest.text) or is_state_or_country(rest.text) else ent.label_
            out.append(Span(ent.doc, rest.start, rest.end, label=label))
        else:
            out.append(ent)
    return out


# The nouns of an oath, which a capitalised word before them opens ("Bloody hell", "Holy hell"): no name.
_OATH_NOUNS = frozenset({"hell", "heck"})


def drop_oaths(ents: list[Span]) -> list[Span]:
    """The entities but a lone capitalised word that opens an oath, the oath's noun and a punctuation mark after it
    ("'Bloody hell, we've got a drummer'", which the model reads as a person's name)."""
    out = []
    for ent in ents:
        doc, end = ent.doc, ent.end
        if not (len(ent) == 1 and end + 1 < len(doc) and doc[end].lower_ in _OATH_NOUNS and doc[end].is_lower
                and doc[end + 1].is_punct and ent[0].is_title):
            out.append(ent)
    return out


def drop_shouted_words(ents: list[Span]) -> list[Span]:
    """The entities but those written in capitals of English words inside a shouted sentence: a run of four words in
    capitals or more, two of them small words ("I", "THIS", "BY", "A"), around the entity ("\\"I WON THIS ELECTION, BY
    A LOT!\\" on Twitter": "I WON", "LOT"). A name in capitals that is no English word ("BIDEN"), or in a run of capitals
    without small words ("NEW YORK (AP)"), is left.

    Visits the Doc's entities; the words around one are read only when it is written in capitals.
    """
    out = []
    english = None
    for ent in ents:
        if not all(t.is_upper and t.is_alpha for t in ent):
            out.append(ent)
            continue
        if english is None:
            english = english_words(ent.doc.vocab)
        if not all(_english(t, english) for t in ent) or not _in_shouted_run(ent, english):
            out.append(ent)
    return out


def _english(token, english) -> bool:
    return token.is_stop or token.lower_ in english or token.lemma_.lower() in english


def _in_shouted_run(ent: Span, english) -> bool:
    doc = ent.doc
    sent_start, sent_end = ent.sent.start, ent.sent.end
    words = []
    i = ent.start - 1
    while i >= max(sent_start, ent.start - 12) and (doc[i].is_upper and doc[i].is_alpha or doc[i].text in ",'’"):
        i -= 1
    j = ent.end
    while j < min(sent_end, ent.end + 12) and (doc[j].is_upper and doc[j].is_alpha or doc[j].text in ",'’"):
        j += 1
    words = [t for t in doc[i + 1:j] if t.is_alpha]
    return len(words) >= 4 and sum(t.is_stop for t in words) >= 2 and all(_english(t, english) for t in words)


# The parts of speech of a word written in capitals for stress after a name: "erupts at Zelensky AGAIN", "Putin
# NOT invited" (adverbs, adjectives, verbs, function words; never a noun, which may be an acronym of the name:
# "Apple TV", "Rolls-Royce SMR").
_STRESSED_POS = frozenset({"ADV", "ADJ", "VERB", "AUX", "PART", "ADP", "DET", "PRON", "CCONJ", "SCONJ"})


def stressed_words_off_names(ents: list[Span]) -> list[Span]:
    """The entities with a word written in capitals for stress cut off their end: tabloid headlines and posts stress
    one English word in capitals right after a name ("Trump erupts at Zelensky AGAIN as he demands …"), and the
    model runs it into the name ("Zelensky AGAIN" PERSON). Only where the rest of the name is not in capitals (a
    name written all in capitals, "NEW YORK", is left) and the word is an English word that is no noun."""
    out = []
    english = None
    for ent in ents:
        last = ent[-1]
        if (len(ent) > 1 and last.is_upper and last.is_alpha and len(last) > 1 and ent[-2].is_alpha
                and not ent[-2].is_upper and ent[-2].whitespace_):  # (not "Wilson of C-MORE", an acronym's part)
            if english is None:
                english = english_words(ent.doc.vocab)
            if last.pos_ in _STRESSED_POS and (last.is_stop or last.lower_ in english):
                out.append(Span(ent.doc, ent.start, ent.end - 1, label=ent.label_))
                continue
        out.append(ent)
    return out
