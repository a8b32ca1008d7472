"""Titles written without a name, which the small model or the repairs leave as people.

A capitalised office with no name after it ("As Divisional Railway Manager, I am in charge", "the
National Security Advisor (NSA) shall review", "Wayne Tseng — Lord Mayor Candidate") names an office,
not its holder: the model tags it, or the repairs cut a word of place or field off it ("National") and
keep the rest as a person ("Security Advisor"). A "person" whose last word is a noun of office
(an agent noun of a post, never a surname: manager, officer, advisor, candidate, …) and none of whose
words is anything but a capitalised word is no entity; a name the model had found inside it stays.

Example:
    >>> [e.text for e in repair_entities(nlp("As Divisional Railway Manager, I am in charge.")).ents]  # doctest: +SKIP
    []
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import ORG_HEADS

# Nouns of office that end a title and are nobody's surname ("Bishop", "Judge", "Marshal", "Mayor" and "King"
# are, and stay): a closed class of agent nouns of posts.
OFFICE_NOUNS = frozenset(
    """manager officer director adviser advisor secretary commissioner coordinator administrator superintendent
    chairman chairwoman chairperson spokesman spokeswoman spokesperson candidate president minister counselor
    counsellor""".split())  # "Counselor, are you both ready to proceed?" (a judge addressing counsel)


def drop_bare_titles(ents: list[Span]) -> list[Span]:
    """Drop the "people" that are a title alone ("Divisional Railway Manager", "Security Advisor"). Where the
    model had named someone inside the span before the repairs ran it on over the title ("Putin" of "Putin
    Chairman"), the part of that name inside the span is kept."""
    out: list[Span] = []
    for k, ent in enumerate(ents):
        if _office_before_its_holder(ent, ents[k + 1] if k + 1 < len(ents) else None):
            continue  # "Rwanda's Minister of Health, Sabin Nsanzimana, said" (round wire39): the office, no body
        if ent.label_ == "PERSON" and len(ent) == 1 and ent[0].lower_ == "head" and ent.end + 1 < len(ent.doc) \
                and ent.doc[ent.end].lower_ == "of" and ent.doc[ent.end + 1].lower_ in ("state", "government"):
            continue  # "The Head of State noted …" (a president's office, round wire34a): an office, no name
        if (ent.label_ == "PERSON" and len(ent) == 1 and out and out[-1].label_ == "PERSON"
                and out[-1].end == ent.start - 1 and ent.doc[ent.start - 1].text == ","
                and _office_of_a_body(ent)):
            continue  # "Erwin Chemerinsky, Dean of UC Berkeley School of Law called it …" (round ent38)
        if ent.label_ == "PERSON" and ent[-1].lower_ in OFFICE_NOUNS and all(t.is_title and t.is_alpha for t in ent):
            # (the Doc's entities are still the model's while the repairs run: they are set at the end)
            # (not a name ending in a body's head right before the office: "Divisional Railway" of "Divisional
            # Railway Manager", which the model calls a person, is the office's own qualifier)
            # (a model name that began before the span, on a title a repair cut off, keeps its part inside:
            # "Kyiv Kyiv" of the model's "Envoy Kyiv Kyiv" under "Kyiv Kyiv President")
            out.extend(Span(ent.doc, max(m.start, ent.start), m.end, label=m.label_) for m in ent.doc.ents
                       if ent.start < m.end < ent.end
                       and not (m.end == ent.end - 1 and m[-1].lower_ in ORG_HEADS))
            continue
        out.append(ent)
    return out


# Titles of office that "of" and a portfolio or a body follow ("Minister of Health", "Chairperson of the
# Commission"): the nouns of office above and the ministers' and governors' titles.
_OFFICES_BEFORE_OF = OFFICE_NOUNS | {"governor", "chair", "head", "chief", "ambassador", "mayor", "premier"}


def _office_before_its_holder(ent: Span, after: Span | None) -> bool:
    """Whether a "body" the model read is an office "<title> of <portfolio>" set off by a comma right before its
    holder's name ("Rwanda's Minister of Health, Sabin Nsanzimana, said"; "the Chairperson of the Commission, Mrs
    Jean Mensa, said", round wire39): news names an office in apposition to its holder, and the title is no body
    (the index would list it as a person named "Health"). A body's own name ("the Ministry of Health, …") opens
    with no office's noun and stays."""
    doc = ent.doc
    first = 1 if ent[0].lower_ == "the" else 0
    if (after is None or after.label_ != "PERSON" or ent.label_ not in ("ORG", "PERSON") or len(ent) < first + 3
            or ent[first].lower_ not in _OFFICES_BEFORE_OF or ent[first + 1].lower_ != "of" or ent.end >= len(doc)
            or doc[ent.end].text != ","):
        return False
    gap = doc[ent.end + 1:after.start]
    return len(gap) <= 1 and all(t.is_title and t.text.rstrip(".") in _COURTESY for t in gap)


# Courtesy titles that may stand between an office set off by a comma and its holder's name ("…, Mrs Jean Mensa").
_COURTESY = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame"})


# A police officer's ranks, a closed class, which news writes between the force's name and the officer's
# ("Victoria Police Detective Inspector Dean Thomas", "Metropolitan Police Commander Alastair Sutherland").
_POLICE_RANKS = frozenset({"detective", "sergeant", "inspector", "constable", "superintendent", "commander",
                           "commissioner", "chief", "deputy", "assistant", "senior", "acting", "officer", "captain",
                           "lieutenant"})
_FORCE_HEADS = frozenset({"police", "constabulary", "force", "service", "department", "gendarmerie"})


def ranks_off_forces(ents: list[Span]) -> list[Span]:
    """A police force's name that the model ran on over an officer's rank before the officer's name, the rank cut
    off ("Victoria Police Detective" + "Dean Thomas" → "Victoria Police", round wire39): the rank is the officer's
    title, no word of the force's name. The force's name must end in a force's head word ("Police",
    "Constabulary") and the officer's name follow, after the rest of the rank ("Inspector") if any."""
    out: list[Span] = []
    for k, ent in enumerate(ents):
        doc = ent.doc
        if ent.label_ == "ORG" and len(ent) >= 3 and ent[-1].is_title and ent[-1].lower_ in _POLICE_RANKS \
                and k + 1 < len(ents) and ents[k + 1].label_ == "PERSON":
            cut = ent.end
            while cut > ent.start + 1 and doc[cut - 1].is_title and doc[cut - 1].lower_ in _POLICE_RANKS:
                cut -= 1
            gap = doc[ent.end:ents[k + 1].start]
            if doc[cut - 1].lower_ in _FORCE_HEADS and len(gap) <= 2 \
                    and all(t.is_title and t.lower_ in _POLICE_RANKS for t in gap):
                ent = Span(doc, ent.start, cut, label="ORG")
        out.append(ent)
    return out


def _office_of_a_body(ent: Span) -> bool:
    """Whether a one-word "person" set off after a person's name is an English noun before "of" and a body's name:
    the person's office in apposition ("Erwin Chemerinsky, Dean of UC Berkeley School of Law"), no second person. A
    surname is seldom an English word, and a senator set off so is "of" a state, no body ("Bernie Sanders, Warren of
    Massachusetts" stays)."""
    from toolkit.nlp.mistags import english_words

    doc, end = ent.doc, ent.end
    return (end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_type_ == "ORG"
            and doc[end + 1].ent_iob_ == "B" and ent[0].is_title and ent[0].lower_ in english_words(doc.vocab))


def drop_title_adjectives(ents: list[Span]) -> list[Span]:
    """Drop a lone English adjective the model read as a body where it opens a title between a place's possessive
    and the holder's name ("Iran's Supreme Leader Ali Khamenei": "Supreme" ORG): the word is the title's, and a
    body named before a title is no English word ("Russia's Gazprom CEO Alexei Miller" stays); and a participle
    opening a sentence and a title written small ("Sporting director Richard Hughes")."""
    from toolkit.nlp.lexicon import PERSON_TITLES
    from toolkit.nlp.mistags import english_words

    people = {e.start for e in ents if e.label_ == "PERSON"}
    if not people:
        return ents
    out: list[Span] = []
    for ent in ents:
        doc, end = ent.doc, ent.end
        if (len(ent) == 1 and ent.label_ == "ORG" and end + 1 in people and ent.start > 0
                and doc[ent.start - 1].tag_ == "POS" and doc[end].is_title and doc[end].lower_ in PERSON_TITLES
                and ent[0].lower_ in english_words(doc.vocab)):
            continue
        if _participle_opening_a_title(ent, people, PERSON_TITLES) and ent[0].lower_ in english_words(doc.vocab):
            continue
        out.append(ent)
    return out


def _participle_opening_a_title(ent: Span, people: set[int], titles) -> bool:
    """Whether a lone capitalised participle opens a sentence and a title written small before the holder's name
    ("Sporting director Richard Hughes led the negotiations", British sports news, round wire40: "Sporting" GPE;
    "Managing director …", "Outgoing president …"): the word is the title's, no place or body."""
    doc, end = ent.doc, ent.end
    return (len(ent) == 1 and ent.label_ in ("ORG", "GPE", "PERSON", "LOC") and ent[0].is_sent_start
            and ent[0].lower_.endswith("ing") and end + 1 in people and doc[end].is_lower
            and doc[end].lower_ in titles and not is_known_place(ent.text, cities=True))  # ("Reading manager …")
