"""Surnames in forms the model reads apart (round entities48, twelve Wikinews dev articles).

* A family is named by the plural of its surname after "the" ("any specific deal about the Bidens", "the
  Obamas", "the Kennedys"): the model, seeing a plural proper noun, often calls it a place or a body.
  :func:`families_by_surnames` makes it a person (PERSON) when the Doc names a person in full whose surname it is
  the plural of; a plural that is no surname of the text ("the Philippines", "the Netherlands") is left.
* A surname of several hyphenated syllables ("Prayuth Chan-o-cha") used alone is cut by the model at its first
  hyphen ("to run against Chan-o-cha" → "Chan"): :func:`hyphenated_surnames` takes the syllables back in when the
  whole word ends the name of a person the Doc names in full.
* A Slavic surname ends in one of a few suffixes of its languages, transliterated ("Titov", "Borovikova",
  "Zelensky", "Tkachenko", "Kovalchuk", "Milosevic"): the model, meeting an unknown given name before it ("Oleg
  Titov, fifth year at the First MSMU"), may call the two words a body. :func:`slavic_surnames` makes a two-word
  body a person when its last word has such an ending and neither word is an English word or a known place (round
  ent39a).

The functions visit the Doc's entities only; they do not loop over a document's tokens.

    >>> from toolkit.nlp.model import load_model
    >>> nlp = load_model()
    >>> doc = nlp("Joe Biden spoke. Trump denied that he made any specific deal about the Bidens.")
    >>> [(e.text, e.label_) for e in families_by_surnames(list(doc.ents)) if e.text == "Bidens"]
    [('Bidens', 'PERSON')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import ORG_HEADS
from toolkit.nlp.mistags import english_words

# The labels the model gives a family's plural that are not a person's.
_FAMILY_MISLABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})


def families_by_surnames(ents: list[Span]) -> list[Span]:
    """"about the Bidens": a one-word name after a lower-case "the" that is the plural ("-s") of the surname of a
    person the Doc names in full (two words or more) is that family, a person (PERSON), whatever the model called it."""
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) >= 2 and e[-1].is_title}
    if not surnames:
        return ents
    out: list[Span] = []
    for ent in ents:
        first = ent.start + (ent[0].lower_ == "the" and len(ent) == 2)
        text = ent.doc[first].text if first < ent.end else ""
        if (ent.label_ in _FAMILY_MISLABELS and ent.end - first == 1 and len(text) >= 4 and text.endswith("s")
                and not text.endswith("ss") and text[:-1] in surnames
                and (first > ent.start or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"))):
            ent = Span(ent.doc, first, ent.end, label="PERSON")
        out.append(ent)
    return out


_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def hyphenated_surnames(ents: list[Span]) -> list[Span]:
    """"against Chan-o-cha": a one-word person written on, with no space, by hyphens and lower-case syllables, is
    the whole word when a person of the Doc is named in full with that word last ("Prayuth Chan-o-cha")."""
    full = [e for e in ents if e.label_ == "PERSON" and len(e) >= 3]
    if not full:
        return ents
    out: list[Span] = []
    for k, ent in enumerate(ents):
        doc, end = ent.doc, ent.end
        if ent.label_ == "PERSON" and len(ent) == 1 and end + 1 < len(doc) and not doc[end - 1].whitespace_:
            j = end
            while (j + 1 < len(doc) and doc[j].text in _HYPHENS and not doc[j].whitespace_ and doc[j + 1].is_lower
                   and doc[j + 1].is_alpha and not doc[j + 1].ent_type_):
                j += 2
                if doc[j - 1].whitespace_:
                    break  # the word ends
            limit = ents[k + 1].start if k + 1 < len(ents) else len(doc)
            if j > end and j <= limit:
                word = doc[ent.start:j].text
                if any(e.text.endswith(" " + word) for e in full if e.start != ent.start):
                    ent = Span(doc, ent.start, j, label="PERSON")
        out.append(ent)
    return out


# The endings of Slavic surnames as English transliterates them: Russian and Bulgarian "-ov(a)", "-ev(a)", "-in(a)"
# only with a vowel before ("-ovich"/"-evich" patronymic forms), Polish, Czech and Russian "-ski"/"-sky"/"-skaya",
# Ukrainian "-enko", "-chuk", "-yuk", Serbian and Croatian "-ić"/"-ic" after a consonant cluster ("-vic", "-vić").
_SLAVIC_ENDINGS = ("ov", "ova", "ev", "eva", "ovich", "evich", "ski", "ska", "sky", "skiy", "skaya", "skyi",
                   "enko", "chuk", "yuk", "vić", "vic", "ić")


def slavic_surnames(ents: list[Span]) -> list[Span]:
    """"awarded to Oleg Titov, fifth year at …": two capitalised words the model called a body (ORG), the second a
    Slavic surname by its ending, neither an English word, a known place nor a body's head, are a person."""
    out: list[Span] = []
    english: frozenset[str] | None = None
    for ent in ents:
        if (ent.label_ == "ORG" and len(ent) == 2 and all(t.is_title and t.is_alpha for t in ent)
                and len(ent[1]) > 4 and ent[1].lower_.endswith(_SLAVIC_ENDINGS) and ent[1].lower_ not in ORG_HEADS):
            if english is None:
                english = english_words(ent.doc.vocab)
            if not (ent[0].lower_ in english or ent[1].lower_ in english or is_known_place(ent[0].text, cities=True)
                    or is_known_place(ent[1].text, cities=True)):
                ent = Span(ent.doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    return out
