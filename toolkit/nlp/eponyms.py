"""A government, a campaign or an era named after its leader: "the Trump administration", "the Starmer government".

American and British news names a government by its head's surname, written as a modifier of the kind noun: "the
Trump administration", "the Biden White House", "the Netanyahu government", "the Obama years", "Trump's
campaign" aside. The small model often calls such a surname a body ("Trump" ORG), and where the article never
names the person otherwise, the set's vote keeps it one. A capitalised name right before one of these nouns,
modifying it, is the leader's name, so a person, unless it is a known place ("the Kyiv administration", "the
Kenya government": a city's or a country's), a party's or a kind of government's word ("the Labour government",
"the Transitional Government") or written in capitals (an acronym, "the EPA administration").
:func:`names_its_leader` is evidence for the set-wide vote, as a kind noun in apposition is
(:mod:`toolkit.nlp.evidence`).

Example:
    >>> names_its_leader(doc[5:6])  # "A federal judge blocked the Trump administration from …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.antecedents import NOT_PERSON_WORDS
from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.given_names import sex_of_given_name
from toolkit.nlp.lexicon import PARTY_ADJECTIVES, PERSON_TITLES

# The kind nouns of a government, a campaign or a time named after the one who led it.
_LED_THINGS = frozenset({"administration", "administrations", "presidency", "government", "cabinet", "campaign",
                         "era", "years", "regime", "junta", "doctrine", "premiership", "tenure", "transition"})

# Capitalised words before those nouns that name no leader: a party or a creed ("the Labour government", "the
# Taliban regime"), a kind of government ("the Transitional Government", "the Federal Government").
_NO_LEADER = PARTY_ADJECTIVES | frozenset({"tory", "communist", "socialist", "taliban", "soviet", "nationalist",
                                            "green", "military", "federal", "coalition", "unity", "interim",
                                            "transitional", "provisional", "national", "state", "city", "county",
                                            "district", "regional", "provincial", "municipal", "royal", "imperial",
                                            "islamic", "civilian", "puppet", "new", "old", "former", "current"})


def names_its_leader(span: Span) -> bool:
    """Whether a one-word name the model called a body modifies a noun of a government or an era it leads.

    Args:
        span: an entity span.
    """
    if span.label_ != "ORG" or len(span) != 1:
        return False  # (the cheap tests first: this is asked of every mention; a surname is one word, and a name of
        # two or three words before "government" is more often a place's or a body's: "the Hong Kong government")
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in _LED_THINGS or not doc[span.end].is_lower:
        return False
    if span.root.head.i != span.end or span.root.dep_ not in ("compound", "nmod", "amod"):
        return False
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in span):
        return False  # "the EPA administration", "the U.S. government"
    if {t.lower_ for t in span} & (_NO_LEADER | NOT_PERSON_WORDS):
        return False
    return not is_known_place(span.text, cities=True)


# The head words of the sites English names after a person, the person's full name in front ("Ronald Reagan
# Washington National Airport", "the Martin Luther King Jr. Memorial", "John F. Kennedy International Airport").
_SITES_AFTER_PEOPLE = frozenset({"airport", "library", "memorial", "stadium", "center", "centre", "tunnel", "highway",
                                 "bridge", "arena", "base"})  # ("General Bernardo O'Higgins Riquelme Base", an army's)
# At most this many capitalised words between the person's name and the site's head word.
_MOST_BETWEEN = 4


def sites_named_after_people(ents: list[Span]) -> list[Span]:
    """The entities with a site named after a person taken whole, as one site (FAC) (round wire37): a person's
    name of two words or more, then up to four capitalised words (tagged or not) ending in a site's head word
    ("at Ronald Reagan Washington National Airport": the model's "Ronald Reagan" PERSON and "Washington National
    Airport" EVENT), or a "person" of three words or more that ends in one ("John F. Kennedy International Airport"
    PERSON). Not a name of two words ending in the word ("Bruce Arena", a person), nor where a name after the head
    word runs on past it (its own entity is left)."""
    if not ents:
        return ents
    doc = ents[0].doc
    out: list[Span] = []
    skip_to = -1
    for k, ent in enumerate(ents):
        if ent.start < skip_to:
            continue
        if ent.label_ != "PERSON":
            out.append(ent)  # (only a "person" is read as a site's name: the others are passed by first)
            continue
        words = [t for t in ent if t.is_alpha]
        if ent.label_ == "PERSON" and len(words) >= 3 and ent[-1].lower_ in _SITES_AFTER_PEOPLE and ent[-1].is_title:
            out.append(Span(doc, _titled_start(ent, out), ent.end, label="FAC"))
            continue
        end = _site_end(doc, ent) if ent.label_ == "PERSON" and len(words) >= 2 else None
        if end is not None and not any(o.start < end < o.end for o in ents[k + 1 :]):
            out.append(Span(doc, _titled_start(ent, out), end, label="FAC"))
            skip_to = end
            continue
        out.append(ent)
    return out


def _titled_start(person: Span, before: list[Span]) -> int:
    """Where a site named after a person opens: at the person's title, capitalised right before the name and in no
    entity, as the site's name keeps it ("at General Bernardo O'Higgins Riquelme Base", "General Mitchell
    International Airport", round ent41b: the model leaves the title out of the person); else at the name."""
    i = person.start - 1
    if i < 0 or not person.doc[i].is_title or person.doc[i].lower_ not in PERSON_TITLES:
        return person.start
    return person.start if before and before[-1].end > i else i


def _site_end(doc, person: Span) -> int | None:
    """The end of a site's head word within :data:`_MOST_BETWEEN` capitalised words right after a person's name
    (each word after a space, none after a punctuation mark); None when none ends there."""
    j = person.end
    while j < len(doc) and j - person.end <= _MOST_BETWEEN and doc[j - 1].whitespace_ and doc[j].is_alpha \
            and doc[j].is_title:
        if doc[j].lower_ in _SITES_AFTER_PEOPLE:
            return j + 1
        j += 1
    return None


# The bodies a person's full name is written before as a modifier, naming the person's time in them or their
# dealings with them ("the Brett Kavanaugh Supreme Court confirmation hearing", "the Amy Coney Barrett Senate
# hearings", "the Barack Obama White House"): national bodies that no one is named after, by their usual names.
_BODIES_AFTER_PEOPLE = frozenset({("supreme", "court"), ("senate",), ("white", "house"), ("cabinet",),
                                  ("justice", "department"), ("state", "department")})


def people_before_bodies(ents: list[Span]) -> list[Span]:
    """A body the model ran a person's full name into, as a modifier of a noun written small, is two names: the
    person and the body (round ent38): "blasted her behavior during the Brett Kavanaugh Supreme Court confirmation
    hearing" ("Brett Kavanaugh Supreme Court" ORG) → "Brett Kavanaugh" PERSON + "Supreme Court" ORG. The name
    opens with a given name the census tells a sex of (:func:`~toolkit.nlp.given_names.sex_of_given_name`) and one
    or two capitalised words more, and the rest is one of the national bodies no one is named after
    (:data:`_BODIES_AFTER_PEOPLE`); a site or a body named after a person ("the John F. Kennedy Center", "the Bill
    Clinton Foundation") ends in another word and stays whole."""
    out: list[Span] = []
    for ent in ents:
        if ent.label_ in ("ORG", "FAC") and 3 <= len(ent) <= 5 and ent.end < len(ent.doc):
            cut = _person_front(ent)
            if cut is not None:
                doc = ent.doc
                out += [Span(doc, ent.start, cut, label="PERSON"), Span(doc, cut, ent.end, label=ent.label_)]
                continue
        out.append(ent)
    return out


def _person_front(ent: Span) -> int | None:
    """Where the body starts after a person's full name in front of it, when the name is a modifier of a noun
    written small ("… Supreme Court confirmation hearing"); else None."""
    doc = ent.doc
    after = doc[ent.end]
    if not (after.is_lower and after.pos_ == "NOUN") or sex_of_given_name(ent[0].text) is None:
        return None
    for cut in (ent.start + 2, ent.start + 3):
        body = tuple(t.lower_ for t in doc[cut:ent.end])
        if body in _BODIES_AFTER_PEOPLE and all(t.is_title and t.is_alpha or t.text == "." for t in doc[ent.start:cut]):
            return cut
    return None
