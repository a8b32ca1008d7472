"""People named in full where the model tagged nothing, found by a surname it tagged elsewhere in the text.

A long title in front of a name can hide the name from the small model: in "Special Presidential Envoy on
Foreign Investment and Economic Cooperation Kirill Dmitriev also took part" it tags nothing, while it tags
"Dmitriev told reporters" a sentence later. A run of two or three capitalised proper nouns compounded onto a
word the model calls a person elsewhere in the same text, and built like a person's name, is that person named
in full, when:

* no word of the run is an English word ("Grand Master", "Red Hat Linux", "Longtime Imus", "Mets Poet" are no
  names of people);
* the run stands where a person does: a subject, an object, an apposition, an agent ("by") or a companion
  ("with"), not after a preposition of place;
* the word is the subject of a speech verb where the model tags it a person ("Dmitriev told reporters"): travel
  guides and reference texts name places after people, and such a word never speaks; and the run is no town
  of the gazetteer nor the opening of a place's name ("Ho Chi Minh City");
* the text puts one first name only before the word ("Basse Terre" and "Grande Terre" make "Terre" a place's
  word, no surname).

The other way round, the model tags the full name and leaves the surname alone untagged where the text comes back
to the person ("Nancy Pelosi was elected Speaker … Republicans congratulated Pelosi", "Doris Day … The films of Day
were popular", the more so when the surname is also an English word): :func:`surnames_named_before` takes a
capitalised proper noun outside any entity and any longer run of capitals that is the last word of exactly one
person the model tagged in full before it in the text (a name built like a person's; where the surname is also an
English word, opening with a given name or a word that is none: the model's "person" "Red Hat Linux" makes no person
of "Linux"). As the first word of a sentence, where every word is
capitalised, it must stand alone as a surname does (:func:`~toolkit.nlp.surname_subjects.stands_bare`), or before a
comma ("Walker, a truck driver who …, first met Hawkins"); a town of the gazetteer after a preposition is left to
the place rules.

Example:
    >>> [e.text for e in people_of_tagged_surnames(doc, set())]   # doctest: +SKIP
    ['Kirill Dmitriev']
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from toolkit.nlp.antecedents import built_like_a_person
from toolkit.nlp.gazetteer import is_known_place, known_places_plain
from toolkit.nlp.given_names import sex_of_given_name
from toolkit.nlp.lexicon import PERSON_TITLES, SPEECH_VERBS, TITLE_WORDS
from toolkit.nlp.lookups import entities, indices_of
from toolkit.nlp.mistags import english_words
from toolkit.nlp.surname_subjects import stands_bare


# Titles in front of a name, which a run of its given names stops at ("Envoy Kirill Dmitriev").
_TITLES = TITLE_WORDS | PERSON_TITLES

# Words that close a place's name after a run of names ("Ho Chi Minh City", "Kota Kinabalu Province").
_PLACE_HEADS = frozenset({"city", "town", "province", "district", "county", "island", "islands", "river", "valley"})


def people_of_tagged_surnames(doc: Doc, taken: set[int]) -> list[Span]:
    """Untagged full names whose last word the model tags as a person elsewhere in the text.

    Args:
        doc: the parsed document (its ``ents`` still the model's).
        taken: indices of the tokens entities found so far hold (not changed).
    """
    # (the word must be a person's that speaks: a tagged "person" that never says anything may be a place's word)
    surnames = {e[-1].text for e in entities(doc) if e.label_ == "PERSON" and e[-1].is_title and len(e[-1]) > 2
                and e[-1].dep_ == "nsubj" and e[-1].head.lemma_.lower() in SPEECH_VERBS}
    if not surnames:
        return []
    words = english_words(doc.vocab)
    runs: dict[str, list[Span]] = {}
    for token in (doc[i] for i in indices_of(doc, ORTH, surnames)):
        if token.i in taken or token.ent_type_ or token.pos_ != "PROPN" or token.lower_ in words:
            continue
        start = token.i
        while (start > 0 and start - 1 not in taken and doc[start - 1].dep_ == "compound"
               and doc[start - 1].head.i == token.i and doc[start - 1].pos_ == "PROPN"
               and doc[start - 1].lower_.strip(".") not in _TITLES):
            start -= 1
        if start < token.i:
            runs.setdefault(token.text, []).append(doc[start : token.i + 1])
    return [Span(doc, span.start, span.end, label="PERSON") for spans in runs.values()
            if len({span[:-1].text for span in spans}) == 1 for span in spans
            if _a_persons_place(span[-1]) and built_like_a_person(span) and not any(t.lower_ in words for t in span[:-1])
            and not _a_places_name(span)]


def _a_places_name(span: Span) -> bool:
    """Whether the run names a town of the gazetteer, or opens a place's name ("Ho Chi Minh City")."""
    doc = span.doc
    return is_known_place(span.text, cities=True) or span.text in known_places_plain() or (
        span.end < len(doc) and doc[span.end].lower_ in _PLACE_HEADS and doc[span.end].is_title)


def _a_persons_place(token: Token) -> bool:
    """Whether a name's head stands where a person does: a subject, an object, an apposition, or after "by"/"with"."""
    return token.dep_ in ("nsubj", "nsubjpass", "dobj", "appos") or (
        token.dep_ == "pobj" and token.head.lower_ in ("by", "with"))


def surnames_named_before(doc: Doc, taken: set[int]) -> list[Span]:
    """Untagged surnames of people the model tagged in full earlier in the text (see the module).

    Args:
        doc: the parsed document (its ``ents`` still the model's).
        taken: indices of the tokens entities found so far hold (not changed).

    Returns:
        New PERSON spans, one token each.
    """
    named: dict[str, list[tuple[int, str]]] = {}  # surname -> (where, full name) of each person tagged in full
    words = english_words(doc.vocab)
    for entity in entities(doc):
        # (built like a person's name; where the surname is also an English word, the name opens with a given name
        # or with no English word: not the model's "person" "Red Hat Linux" or "Woman Grand Master", whose last word
        # alone is no one's)
        if entity.label_ != "PERSON":
            continue  # (only people are named again by their surname: the others passed by before their words)
        first, last = entity[0], entity[-1]
        if len(last) > 2 and built_like_a_person(entity) and (
                last.lower_ not in words or first.lower_ not in words or sex_of_given_name(first.text)):
            named.setdefault(entity[-1].text, []).append((entity.start, entity.text))
    found: list[Span] = []
    for i in indices_of(doc, ORTH, named.keys()) if named else ():
        token = doc[i]
        if i in taken or token.ent_type_ or token.pos_ != "PROPN" or token.dep_ in ("amod", "poss"):
            continue  # (not an owner: "Day's animal foundation said …" is the foundation's word, not the singer's)
        if len({full for start, full in named[token.text] if start < i}) != 1:
            continue  # nobody named in full before it, or two people of that surname
        before = doc[i - 1] if i > 0 else None
        after = doc[i + 1] if i + 1 < len(doc) else None
        if (before is not None and not token.is_sent_start and (before.is_title or before.text in _HYPHENS)) \
                or (after is not None and (after.is_title and after.is_alpha or after.text in _HYPHENS)):
            continue  # part of a longer name ("Day Spa", "Senator Day", "Day-Lewis")
        if token.is_sent_start and not (stands_bare(token) or after is not None and after.text == ","):
            continue  # (a first word set off by a comma is a name with its apposition: "Walker, a truck driver, …")
        if token.dep_ == "pobj" and is_known_place(token.text, cities=True):
            continue  # "… Denzel Washington … flew to Washington": after a preposition, a town's name is the town's
        found.append(Span(doc, i, i + 1, label="PERSON"))
    return found


_HYPHENS = frozenset({"-", "–"})
