"""Boundaries between a name and the words the small model ran into it, found from the words around them.

News writes a politician's seat between the title and the name, with no comma: "United States
Senator from Vermont Bernie Sanders", "Representative from New York Alexandria Ocasio-Cortez",
"First Minister of Scotland Nicola Sturgeon".
The small model reads the state and the name as one body ("Vermont Bernie Sanders", ORG), so that
the place is lost and the person is labelled a body across the whole set. And a role opening a
sentence is capitalised like a name ("Immunologist Kristian Andersen of Scripps Research said"),
so the model takes it for a given name.

Example:
    >>> [(e.text, e.label_) for e in places_before_people(list(doc.ents))]   # doctest: +SKIP
    [('United States', 'GPE'), ('Vermont', 'GPE'), ('Bernie Sanders', 'PERSON')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.antecedents import built_like_a_person
from toolkit.nlp.gazetteer import is_known_place, people_adjective
from toolkit.nlp.lexicon import KIND_NOUNS, NOT_NAME_WORDS, ORG_HEADS, RELIGIONS, TITLE_WORDS

# Lower-case roles that, right before a name, show it is a person's (besides the person roles of
# KIND_NOUNS): "committee member Ulf Danielsson", "team leader Tim Taylor".
ROLE_NOUNS = frozenset({"member", "leader", "chief", "researcher", "student", "undergraduate", "physicist",
                        "chemist", "biologist", "astronomer", "engineer", "witness", "resident", "designer",
                        "photographer", "athlete", "cosmonaut", "astronaut",
                        # the clergy, callings, sports and the courts: only people hold these roles
                        "nominee", "archbishop", "bishop", "priest", "pastor", "rabbi", "imam", "cleric", "nun",
                        "monk", "participant", "programmer", "dancer", "poet", "playwright", "chef", "nurse",
                        "doctor", "surgeon", "physician", "teacher", "farmer", "pilot", "soldier", "veteran",
                        "victim", "suspect", "defendant", "survivor", "volunteer", "employee", "boxer", "wrestler",
                        "swimmer", "runner", "jockey", "skater", "comedian", "filmmaker", "entrepreneur",
                        "prosecutor", "investigator", "inventor", "explorer", "mountaineer", "blogger", "rapper",
                        "drummer", "musician", "composer", "sculptor", "painter", "historian", "diplomat",
                        # wealth's roles ("property tycoon Malik Riaz Hussain", Dawn, round wire35f)
                        "tycoon", "magnate", "billionaire", "businessman", "businesswoman"})
# Nouns of kinship and marriage, a closed class: right before a name in lower case they say whose it is, a
# person's ("his wife Melania", "son Barron", "her brother Waseem"); "sister city" and "parent company"
# name the city or the company by the noun after the kin word, which is what stands before the name.
KIN_NOUNS = frozenset({"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow",
                       "widower", "grandson", "granddaughter", "grandmother", "grandfather", "nephew", "niece",
                       "cousin", "uncle", "aunt", "stepson", "stepdaughter", "stepfather", "stepmother", "fiancé",
                       "fiancée", "fiance", "fiancee", "spouse", "sibling", "boyfriend", "girlfriend",
                       # and their familiar forms ("his mom, Shannon Cronister-Heacock, for having the courage")
                       "mom", "mum", "dad", "grandma", "grandpa", "stepmom", "stepdad"})
# (not "champion", "winner", "captain": "league champion Liverpool" is a team; nor "developer", "producer",
# "owner", "player": "game developer Ubisoft", "oil producer Aramco" are bodies)
# Prepositions that tie a seat's place to a title: "Senator from Vermont", "First Minister of Scotland".
_SEAT_PREPOSITIONS = frozenset({"from", "of"})


def places_before_people(ents: list[Span]) -> list[Span]:
    """Split "<title> from/of <known place> <Given Surname>" into the place and the person.

    The place must be one the gazetteer knows (a town of 15,000 people will do) and the rest two or three
    capitalised proper nouns that are no place, title or body's head ("Senator from Vermont Bernie Sanders",
    "First Minister of Scotland Nicola Sturgeon", "Mayor of Koszalin Piotr Jedlinski", but not "Senator from
    New York", nor "Senator from Vermont Public Radio").
    """
    out: list[Span] = []
    for ent in ents:
        out.extend(_place_then_person(ent) or _seat_comma_person(ent) or [ent])
    return out


def _seat_comma_person(ent: Span) -> list[Span] | None:
    """"<title> of <place>, <Given Surname>," run into one name: the seat and the holder set off by commas
    ("The mayor of Paiporta, Maribel Albalat, said", round wire39). News names an office and its holder so in
    apposition; the model reads the town, the comma and the name as one body. The place must be a town the
    gazetteer knows, the words after the comma two or three built like a person's name, and a comma (or the
    sentence's end) must close the apposition after them; "of" and a title must stand before the place."""
    doc, start, end = ent.doc, ent.start, ent.end
    if ent.label_ not in ("ORG", "GPE", "PERSON") or start < 2 or not 4 <= end - start <= 7:
        return None
    commas = [t.i for t in ent if t.text == ","]
    if len(commas) != 1 or doc[start - 1].lower_ != "of" or doc[start - 2].lower_.strip(".") not in TITLE_WORDS:
        return None
    comma = commas[0]
    if doc[start - 2].lower_.strip(".") in FIRMS_OFFICERS or (end < len(doc) and doc[end].text not in (",", ".")):
        return None
    seat, person = doc[start:comma], doc[comma + 1:end]
    if not seat or not all(t.is_title for t in seat) or not is_known_place(seat.text, cities=True) \
            or not built_like_a_person(person) or is_known_place(person.text, cities=True):
        return None
    return [Span(doc, start, comma, label="GPE"), Span(doc, comma + 1, end, label="PERSON")]


# Officers of a firm, never of a place: after "<officer> of" a known place opens the firm's name ("Bristol" in
# "CEO of Bristol Myers Squibb"), not a title's seat before a person as in "Mayor of Koszalin Piotr Jedlinski".
FIRMS_OFFICERS = frozenset("ceo cfo coo cto cio founder co-founder cofounder owner".split())


def _place_then_person(ent: Span) -> list[Span] | None:
    doc, start, end = ent.doc, ent.start, ent.end
    if ent.label_ not in ("ORG", "GPE", "NORP", "PERSON") or start < 2 or not 3 <= end - start <= 5:
        return None
    if doc[start - 1].lower_ not in _SEAT_PREPOSITIONS or doc[start - 2].lower_.strip(".") not in TITLE_WORDS:
        return None
    if doc[start - 2].lower_.strip(".") in FIRMS_OFFICERS:
        return None  # a firm's officer holds no seat: "CEO of Bristol Myers Squibb" is one body (round wire38)
    if not all(t.is_title and t.pos_ == "PROPN" for t in ent):
        return None
    for k in range(end - start - 2, 0, -1):
        person = doc[start + k : end]
        if len(person) not in (2, 3):
            continue
        seat = doc[start : start + k].text
        # any town of the gazetteer (15,000+ people) is a seat too, mayors hold the seats of small towns ("Mayor
        # of Koszalin Piotr Jedlinski"), where the model saw a person in the run and the words after the town
        # are built like a person's name: small towns share their names with words ("District Attorney of San
        # Bernardino County", a place to the model, and "San" a town in Mali)
        if not is_known_place(seat) and not (ent.label_ == "PERSON" and is_known_place(seat, cities=True)
                                             and built_like_a_person(person)):
            continue
        if is_known_place(person.text) or {t.lower_ for t in person} & (NOT_NAME_WORDS | ORG_HEADS | RELIGIONS):
            return None  # (nor a faith: "the leader of Roman Catholic Christianity", Roman a Romanian town)
        return [Span(doc, start, start + k, label="GPE"), Span(doc, start + k, end, label="PERSON")]
    return None


def after_titled_seat(doc, start: int) -> bool:
    """Whether a name at ``start`` follows a title and its seat: "<title> from/of <known place>"
    ("First Minister of Scotland | Nicola Sturgeon", "Prime Minister of India | Narendra Modi").

    The title tells that the name after the seat is a person's, as a title right before it would.
    """
    for k in (1, 2, 3):
        if start - k - 2 < 0:
            return False
        word = doc[start - k]  # (the place's words after it were capitalised: only this one is new)
        if not (word.is_title or word.is_upper):
            return False
        if (doc[start - k - 1].lower_ in _SEAT_PREPOSITIONS and doc[start - k - 2].lower_.strip(".") in TITLE_WORDS
                and is_known_place(doc[start - k : start].text)):
            return True
    return False


def is_person_role(word: str, lemma: str | None = None) -> bool:
    """Whether a common noun names a role only a person holds: a role of :data:`ROLE_NOUNS`, a kin noun, or of
    ``KIND_NOUNS`` (also in the plural, by its lemma: "athletes Vitas Gerulaitis"), or an agent noun
    in "-ist" ("immunologist", "columnist", "guitarist"), which English forms for people only."""
    word, lemma = word.lower(), (lemma or word).lower()
    return any(w in ROLE_NOUNS or w in KIN_NOUNS or KIND_NOUNS.get(w) == "PERSON" for w in (word, lemma)) or (
        len(lemma) > 5 and lemma.endswith("ist") and lemma.isalpha())


# A footballer's position, a closed class of the sports pages: opening a sentence before a player known by one
# name it is capitalised, no given name ("Midfielder Gregore was shown a straight red card", round wire39).
PLAYING_POSITIONS = frozenset({"midfielder", "goalkeeper", "striker", "winger", "defender", "full-back",
                                "fullback", "centre-back", "center-back", "playmaker"})


def roles_opening_sentences(ents: list[Span]) -> list[Span]:
    """Cut a role that opens the sentence off the person after it ("Immunologist Kristian Andersen"
    → "Kristian Andersen", "Midfielder Gregore" → "Gregore"): capitalised only as the sentence's first word, it is
    no given name. A nation's adjective before a given name and a surname is cut off too and is the people
    ("coached by Argentine Gabriel Milito" → "Argentine" NORP + "Gabriel Milito", round wire39)."""
    out: list[Span] = []
    for ent in ents:
        first = ent[0]
        if (ent.label_ == "PERSON" and 3 <= len(ent) <= 4 and first.is_alpha and first.is_title
                and first.whitespace_ and people_adjective(first.text) and built_like_a_person(ent[1:])
                and not is_known_place(ent[:2].text, cities=True)):
            out.append(Span(ent.doc, ent.start, ent.start + 1, label="NORP"))
            ent = Span(ent.doc, ent.start + 1, ent.end, label="PERSON")
        if (ent.label_ == "PERSON" and len(ent) == 2 and first.is_sent_start and first.lower_ in PLAYING_POSITIONS
                and ent[1].is_title and ent[1].is_alpha):
            ent = Span(ent.doc, ent.start + 1, ent.end, label="PERSON")
        elif (ent.label_ == "PERSON" and len(ent) >= 3 and first.is_sent_start and first.is_alpha
                and is_person_role(first.text, first.lemma_) and all(t.is_title for t in ent[1:])):
            ent = Span(ent.doc, ent.start + 1, ent.end, label="PERSON")
        elif (ent.label_ == "PERSON" and len(ent) >= 2 and first.is_sent_start and first.lower_.endswith("s")
              and first.lower_[:-1] in KIN_NOUNS and ent[1].is_title):
            ent = Span(ent.doc, ent.start + 1, ent.end, label="PERSON")  # "Brothers Liam and Noel Gallagher walked
            # onstage" (round wire35d): kinsmen in the plural open the sentence before their given names
        out.append(ent)
    return out
