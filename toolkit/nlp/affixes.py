"""Lower-case words the model takes into a name: an English prefix before a hyphen, a common noun after a place.

English writes a name in capitals and what it builds on the name in lower case. A prefix joined by a hyphen to
a one-word people's name makes an adjective of it ("non-Muslim parents", "anti-Muslim document") and leaves the
people it is built on; and a common noun after a one-word place says what the place holds or is ("Pacific island
nations"), which no place's name ends in. The small model often takes these words into the entity ("non-Muslim",
"Pacific island"), so that the name is listed under a form nobody wrote as a name. :func:`names_without_affixes`
cuts them off: the prefixes are a closed class of English (non, anti, pro, pan, mid, …; not "ex", since
ex-Muslims are a people of their own, nor the Arabic article of "al-Qaeda"), cut only off a people (NORP) that is
no known place ("pro-Beijing lawmakers" are for a government, not a town); the common noun is a lower-case noun
after one capitalised word labelled a place (GPE, LOC; not "Amazon Web services", a body the model called a
place). Off a body the model made of the word ("an anti-Brexit march", ORG) the prefix is cut too, and the word
dropped where it is an English common noun ("pro-Democracy protests"). A faith after a creed's adjective ("Roman Catholic Christianity") is cut off the people too.

A suffix tells a land from its people too: the Persian and Turkic "-stan" ("land of") ends the name of a land
("Dagestan", "Kurdistan", "Tatarstan"), never a people's ("Dagestani", "Kazakh"); :func:`lands_in_stan` makes a
one-word people (NORP) so ended a place (GPE) ("this native of the Dagestan village", round ent39a).

Example:
    >>> [e.text for e in names_without_affixes(list(nlp("… her non-Muslim parents …").ents))]  # doctest: +SKIP
    ['Muslim']
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import HYPHENS, NATIONALITY_ENDINGS, RELIGIONS
from toolkit.nlp.mistags import english_words

# English prefixes that make an adjective or a noun of a name with a hyphen ("non-Muslim", "anti-Brexit").
# Not "ex": ex-Muslims are a people of their own.
_PREFIXES = frozenset("""non anti pro pan mid neo post pre trans sub semi quasi pseudo ultra""".split())
_PLACES = frozenset({"GPE", "LOC"})
# The endings of English adjectives of peoples ("American", "Japanese", "Spanish", "Latino", "Semitic",
# "Pakistani"); not "-al" ("non-Federal entities" are no people).
_DEMONYM_ENDINGS = NATIONALITY_ENDINGS + ("ino", "ina", "ic", "i")


def names_without_affixes(ents: list[Span]) -> list[Span]:
    """The entities with an English prefix and its hyphen cut off a people's name, and a lower-case common noun
    cut off the end of a one-word place."""
    out: list[Span] = []
    for ent in ents:
        doc, start, end = ent.doc, ent.start, ent.end
        label = ent.label_
        if (end - start == 3 and (label == "NORP" or label == "ORG" and _peoples_adjective(doc[start + 2]))
                and doc[start].lower_ in _PREFIXES
                and doc[start + 1].text in HYPHENS and not doc[start].whitespace_ and not doc[start + 1].whitespace_
                and doc[start + 2].text[:1].isupper() and not is_known_place(doc[start + 2].text, cities=True)):
            start, label = start + 2, "NORP"  # "non-Muslim": the people is "Muslim" (not "pro-Beijing", a
            # government's camp, no place); "non-Latino", which the model calls a body, is an adjective of a people
        elif (end - start == 3 and label == "ORG" and doc[start].lower_ in _PREFIXES and doc[start + 1].text in HYPHENS
              and not doc[start].whitespace_ and not doc[start + 1].whitespace_ and doc[start + 2].is_title
              and not is_known_place(doc[start + 2].text, cities=True)):
            if doc[start + 2].lower_ in english_words(doc.vocab):
                continue  # "pro-Democracy protests": a common noun in capitals, no name
            start += 2  # "an anti-Brexit march": the name it is built on ("Brexit"), not a body "anti-Brexit"
        first = start + 1 if doc[start].lower_ == "the" else start
        if (label in _PLACES and end - first == 2 and doc[end - 1].is_lower and doc[end - 1].is_alpha
                and doc[end - 1].pos_ == "NOUN" and doc[first].text[:1].isupper()):
            end -= 1  # "Pacific island nations": the place is the Pacific
        if (label == "NORP" and end - start >= 2 and doc[end - 1].lower_ in RELIGIONS
                and doc[end - 2].text[:1].isupper()):
            end -= 1  # "Roman Catholic Christianity", "Shia Islam": the creed's adjective names its people, the faith
            # after it is no people (religions are not listed, as laws and works are not)
        out.append(ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=label))
    return out


def _peoples_adjective(token) -> bool:
    """Whether a capitalised word the parser reads as an adjective has an ending of a people's adjective (a
    name the model called a body after "non-": "non-Latino white Americans")."""
    return token.pos_ == "ADJ" and token.is_alpha and token.lower_.endswith(_DEMONYM_ENDINGS)


def lands_in_stan(ents: list[Span]) -> list[Span]:
    """"this native of the Dagestan village": a one-word name the model called a people (NORP) that ends in "-stan"
    (Persian and Turkic "land of") is a land (GPE); its people's word ends in "-stani" or another ending."""
    return [Span(e.doc, e.start, e.end, label="GPE")
            if e.label_ == "NORP" and len(e) == 1 and len(e.text) > 5 and e.text.endswith("stan") and e[0].is_title
            else e for e in ents]
