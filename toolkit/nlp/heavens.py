"""Heavenly bodies, which news about space names as places (LOC) and the small model calls bodies or people.

The model reads a star's catalogue name as a company ("the host star AB Aurigae", ORG), a constellation
as a country ("the Auriga constellation", GPE) and "the Solar System" as an organisation, and it leaves
a planet out when nothing around it looks like a name ("from the Sun to Neptune"), or reads a planet's
catalogue designation as a date ("K2-33b"). English news says
what such a name is in the common noun beside it, as it does for towns and rivers
(:data:`~toolkit.nlp.lexicon.KIND_NOUNS`): these rules read the nouns of the sky.

Example:
    >>> sky_kind(repair_entities(nlp("The host star AB Aurigae is young.")).ents[0])  # doctest: +SKIP
    'LOC'
"""

from __future__ import annotations

import re

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span

from toolkit.nlp.antecedents import built_like_a_person
from toolkit.nlp.lexicon import SOLAR_SYSTEM_NAMES
from toolkit.nlp.lookups import indices_of

# "star" before a name: a star's name in astronomy, but a celebrity's in the rest of the news ("pop star
# Rihanna", "Hollywood star Tom Hanks"): read only for a name the model does not call a person, that is not
# built like one, and whose noun has no name or field of fame before it (see :func:`sky_kind`).
_STAR = "star"
# Heavenly bodies written as a phrase with "the" ("the Solar System", "the Milky Way"): places, whatever the
# model says; no newspaper or company goes by these.
SKY_PHRASES = frozenset({"Solar System", "Milky Way"})


def sky_kind(span: Span) -> str | None:
    """"LOC" for a name right after the noun "star" bound to it ("the host star AB Aurigae", "the star HR
    6819"), else None.

    Not for a person ("porn star Stormy Daniels", which the model calls a person), nor a name built like
    one, nor after a star of a named body or place or of a field ("Real Madrid star", "television star",
    "pop star"): a star of the sky is qualified, if at all, by an adjective ("young", "binary") or by its
    role in its system ("host", "companion", "parent"), never by a proper noun.
    """
    doc = span.doc
    before = span.start - 1
    # (the word before is tested first: every mention of a text is asked, and few follow "star")
    if before < 0 or doc[before].lower_ != _STAR or span.label_ == "PERSON" or built_like_a_person(span):
        return None
    noun = doc[before]
    if noun.pos_ != "NOUN" or not (noun.head == span.root or span.root.head == noun):
        return None
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
    if any(c.pos_ == "PROPN" or c.ent_type_ or c.pos_ == "NOUN" and c.lower_ not in _SYSTEM_ROLES for c in modifiers):
        return None
    return "LOC"


def star_of_a_screen(span: Span) -> bool:
    """Whether a name comes right after the noun "star" bound to it and qualified by a noun of a field or a
    proper noun ("porn star Stormy Daniels", "film star", "Real Madrid star"): a celebrity, a person, whatever
    label the model gave the name; a star of the sky is qualified by none of these (:func:`sky_kind`)."""
    doc = span.doc
    before = span.start - 1
    if before < 0 or doc[before].lower_ != _STAR or span.label_ == "PERSON" or len(span) < 2:
        return False
    noun = doc[before]
    owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children)
    if noun.pos_ != "NOUN" or not (noun.head == span.root or span.root.head == noun
                                   or owned and noun.head == span.root.head and noun.dep_ == span.root.dep_):
        return False  # (the parser may make "its star" and the name two subjects of one verb)
    if not all(t.is_title and t.is_alpha for t in span):
        return False  # "the star HR 6819": a designation, not a name
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
    if not modifiers and owned and len(span) <= 3 \
            and not any(t.lower_ in _SKY_WORDS for t in noun.sent if t.i != noun.i):
        return True  # "… won best director for The Secret Agent, and its star Wagner Moura took best actor" (round
        # wire39): a film's or a show's star, in a sentence with no word of the sky
    return any(c.pos_ == "PROPN" or c.ent_type_ or c.pos_ == "NOUN" and c.lower_ not in _SYSTEM_ROLES
               for c in modifiers)


# What a star is to the planets around it: the only nouns that qualify a star of the sky in news ("the host
# star", "its parent star"); a noun of any other kind makes a celebrity ("film star", "reality star").
_SYSTEM_ROLES = frozenset({"host", "parent", "companion", "neutron", "dwarf", "giant", "binary"})


# Words of a text about the sky, one of which must occur for a lone planet's name to be read as the planet.
_SKY_WORDS = frozenset("""planet planets exoplanet exoplanets star stars sun orbit orbits orbiting astronomer
    astronomers astronomy telescope telescopes spacecraft solar probe moon moons space""".split())  # (lower case)


def untagged_planets(doc: Doc, taken: set[int]) -> list[Span]:
    """Planets the model left untagged ("the distance from the Sun to Neptune"): a capitalised proper
    noun that is one of the Sun's planets (:data:`~toolkit.nlp.lexicon.SOLAR_SYSTEM_NAMES`), standing alone,
    with no capitalised word beside it (not "Freddie Mercury", "Venus Williams", "Mars Inc."), in no entity, in a
    text that speaks of the sky (:data:`_SKY_WORDS`).
    """
    from toolkit.nlp.missed import tokens_among

    if not indices_of(doc, LOWER, _SKY_WORDS):
        return []  # a text that never speaks of the sky ("Mercury levels in fish", "the Saturn dealership")
    found = []
    for token in tokens_among(doc, {name.lower() for name in SOLAR_SYSTEM_NAMES}):
        i = token.i
        if i in taken or token.ent_type_ or token.pos_ != "PROPN" or not token.is_title:
            continue
        neighbours = [doc[j] for j in (i - 1, i + 1) if 0 <= j < len(doc)]
        if any(n.is_title and n.pos_ == "PROPN" and not n.is_sent_start or n.text in ("&", "-") for n in neighbours):
            continue
        found.append(Span(doc, i, i + 1, label="LOC"))
    return found


# A planet's catalogue designation: its star's survey name and number, then the planet's lower-case letter,
# from "b" for the first found ("K2-33b", "Kepler-452b", "TRAPPIST-1e", "HAT-P-7b").
_PLANET_DESIGNATION = re.compile(r"^[A-Z][A-Za-z0-9]+(?:-[A-Z])?-\d+[b-h]$")  # (not "F-35b": a survey's name
# is two characters or more, "K2", "HAT-P")
_PLANET_LEMMAS = ("planet", "exoplanet")


def is_planet_designation(text: str) -> bool:
    """Whether a name is written as a planet's catalogue designation ("K2-33b", "TRAPPIST-1e")."""
    return bool(_PLANET_DESIGNATION.match(text))


# A planet's letter written apart from its star's name ("TOI 700 d", "LHS 3844 b", "Proxima Centauri b").
_PLANET_LETTERS = frozenset("bcdefgh")


def _star_before_letter(doc: Doc, letter: int, ents: list[Span], sent_start: int) -> int | None:
    """Where the star's name before a planet's letter opens: an entity ending right before the letter ("Proxima
    Centauri" b), or a catalogue number after a survey's capitals ("LHS 3844" b), else None."""
    for e in ents:
        if e.end == letter and e.start >= sent_start and e[0].text[:1].isupper():
            start = e.start
            if doc[start - 1].is_upper and doc[start - 1].is_alpha and start - 1 >= sent_start and e[0].like_num:
                start -= 1  # "TOI" (ORG) "700" (CARDINAL) "d"
            return start
    number = doc[letter - 1]
    if number.like_num and letter - 2 >= sent_start and doc[letter - 2].is_upper and doc[letter - 2].is_alpha:
        return letter - 2
    return None


def designated_planets(doc: Doc, ents: list[Span]) -> list[Span]:
    """Planets named by catalogue designation ("Discovered in 2016, K2-33b is one of the youngest exoplanets"),
    which the model reads as a date or a product or leaves out: in a sentence that speaks of a planet, a word
    written as such a designation is a place (LOC), in place of the entity that is only that word; so is a
    star's name with the planet's letter written apart ("TOI 700 d", "LHS 3844 b", "Proxima Centauri b").

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
    """
    planets = indices_of(doc, LEMMA, _PLANET_LEMMAS)
    if not planets:
        return ents
    sentences = {doc[i].sent.start: doc[i].sent for i in planets}
    found: list[Span] = []
    for sent in sentences.values():
        i = sent.start
        while i < sent.end:
            end = i + 1
            while end < sent.end and not doc[end - 1].whitespace_ and not doc[end].is_punct or (
                    end < sent.end and doc[end].text == "-" and not doc[end - 1].whitespace_):
                end += 1  # a word the tokenizer split at its hyphen ("K2" "-" "33b")
            if _PLANET_DESIGNATION.match(doc[i:end].text):
                found.append(Span(doc, i, end, label="LOC"))
            elif (end == i + 1 and doc[i].text in _PLANET_LETTERS and i > sent.start and doc[i - 1].whitespace_
                  and (end == sent.end or doc[end].pos_ not in ("NOUN", "PROPN"))):  # (no letter of a modifier)
                start = _star_before_letter(doc, i, ents, sent.start)
                if start is not None:
                    found.append(Span(doc, start, end, label="LOC"))  # "TOI 700 d", "Proxima Centauri b"
            i = end
    # an entity reaching past the designation ("the K2-33b system") is left as the model has it
    found = [s for s in found if not any(e.start < s.end and s.start < e.end and (e.start < s.start or e.end > s.end)
                                         for e in ents)]
    if not found:
        return ents
    taken = {i for s in found for i in range(s.start, s.end)}
    kept = [e for e in ents if e.start not in taken]
    return sorted(kept + found, key=lambda s: s.start)


# A star's or a star system's catalogue designation: a survey's capitals and the star's number ("HR 6819",
# "HD 209458", "GJ 1214", "LB-1", "TOI-700"), or a variable star's "V" number and its constellation's
# three-letter abbreviation ("V616 Mon"). Read only in a sentence about a star (see :func:`designated_stars`):
# the same shape names aircraft and bills ("F-16", "HR 1").
_STAR_DESIGNATION = re.compile(r"^(?:[A-Z]{1,4}[ -]\d{1,7}|V\d{3,4} [A-Z][a-z]{2})$")
# Nouns of a sentence about stars, one of which a star's designation needs ("black hole" by its "hole").
_STAR_LEMMAS = ("star", "constellation", "galaxy", "nebula", "pulsar", "quasar")
# A system of stars, whose designation stands bound to the noun ("the HR 6819 system", "another system LB-1").
_SYSTEM = "system"
# The most tokens a designation runs over ("LB", "-", "1"; "V616", "Mon").
_DESIGNATION_TOKENS = 3


def is_sky_designation(text: str) -> bool:
    """Whether a name is written as a planet's or a star's catalogue designation ("K2-33b", "HR 6819")."""
    return bool(_PLANET_DESIGNATION.match(text) or _STAR_DESIGNATION.match(text))


def _black_hole(token) -> bool:
    return token.lemma_ == "hole" and any(c.lower_ == "black" for c in token.children)


def designated_stars(doc: Doc, ents: list[Span]) -> list[Span]:
    """Stars and star systems named by catalogue designation ("HR 6819 contains two stars", "the nearest known
    black hole — V616 Mon —"), which the model leaves out or reads as a number: in a sentence that speaks of a
    star, a constellation or a black hole, or bound to the noun "system" in a text about stars, a word
    written as such a designation is a place (LOC); and a capitalised word the model left out, compounded to
    "constellation", names the constellation ("of Telescopium constellation").

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
    """
    starry = {doc[i].sent.start: doc[i].sent for i in indices_of(doc, LEMMA, _STAR_LEMMAS)}
    starry.update({doc[i].sent.start: doc[i].sent for i in indices_of(doc, LEMMA, ("hole",)) if _black_hole(doc[i])})
    if not starry:
        return ents  # a text that never speaks of a star ("the F-16 weapons system", "the HR 1 voting system")
    systems = {doc[i].sent.start: doc[i].sent for i in indices_of(doc, LEMMA, (_SYSTEM,))}
    found: list[Span] = []
    for key, sent in {**systems, **starry}.items():
        i = sent.start
        while i < sent.end:
            match = None
            for end in range(min(sent.end, i + _DESIGNATION_TOKENS), i, -1):
                span = doc[i:end]
                if _STAR_DESIGNATION.match(span.text) and (
                        key in starry or i > 0 and doc[i - 1].lemma_ == _SYSTEM  # ("another system LB-1")
                        or any(t.head.lemma_ == _SYSTEM or any(c.lemma_ == _SYSTEM and c.dep_ == "appos"
                                                                for c in t.children) for t in span)):
                    match = Span(doc, i, end, label="LOC")
                    break
            if match is not None:
                found.append(match)
                i = match.end
            else:
                i += 1
        for token in sent:
            if token.lemma_ == "constellation" and token.pos_ == "NOUN":
                names = [c for c in token.children if c.dep_ == "compound" and c.i < token.i and c.pos_ == "PROPN"
                         and c.is_title and not c.ent_type_]
                if names and names[-1].i == token.i - 1:
                    found.append(Span(doc, names[0].i, token.i, label="LOC"))
    found = [s for s in found if not any(e.start < s.end and s.start < e.end and (e.start < s.start or e.end > s.end)
                                         for e in ents)]
    if not found:
        return ents
    taken = {i for s in found for i in range(s.start, s.end)}
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    return sorted(kept + found, key=lambda s: s.start)


# The adjectives of the Moon and of the Sun's planets: they describe things of another world ("the thin Martian
# atmosphere", "a lunar crater"), and no people lives there to be named by them.
_WORLD_ADJECTIVES = frozenset({"martian", "lunar", "venusian", "jovian", "saturnian", "mercurian", "uranian",
                               "neptunian"})


def world_adjectives_off_names(ents: list[Span]) -> list[Span]:
    """Drop a planet's adjective the model called a people ("the thin Martian atmosphere": "Martian", NORP), and cut
    one off the start of a place's name ("the Martian South Pole" → "South Pole"), which it only locates.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    at = set(indices_of(doc, LOWER, _WORLD_ADJECTIVES))
    if not at:
        return ents  # (most texts: the adjectives are found in the Doc's array, not entity by entity)
    out = []
    for ent in ents:
        if not (ent.start in at or ent.start + 1 in at):
            out.append(ent)
            continue
        k = 1 if len(ent) > 1 and ent[0].lower_ == "the" else 0
        if ent[k].lower_ in _WORLD_ADJECTIVES and ent[k].is_title:
            if len(ent) == k + 1 and ent.label_ == "NORP":
                continue
            if len(ent) > k + 1 and ent.label_ in ("LOC", "GPE", "FAC") and ent[k + 1].is_title:
                ent = Span(ent.doc, ent.start + k + 1, ent.end, label=ent.label_)
        out.append(ent)
    return out
