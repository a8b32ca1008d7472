"""Software named as what it is ("the Fedora operating system", "a new operating system, Rocky Linux"): a
product, which the gold conventions list under no entity label, though the small model calls it a person.

News about technology says what a name is in the common noun beside it, as news about places does
(:data:`~toolkit.nlp.lexicon.KIND_NOUNS`): in apposition ("Rocky Linux, an operating system"), as the
predicate of "is" ("youtube-dl is a free software"), or after the name ("the Fedora operating system").
:func:`product_kind` reads these nouns; the set-wide vote then labels the name a product ("PRODUCT"), and
the name leaves the tables of people, bodies and places. A craft the model left untagged between its maker and its
kind noun ("the SpaceX Crew Dragon capsule") is added by :func:`untagged_craft_of_makers` (round ent39b).

Example:
    >>> product_kind(doc.ents[1])   # "Red Hat also sponsors the Fedora operating system."  # doctest: +SKIP
    'PRODUCT'
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from toolkit.nlp.lexicon import ORG_HEADS
from toolkit.nlp.lookups import doc_text, indices_of

# Nouns that say a name is a program or another product: alone ("software", "app", "product"), or with the word that makes
# them one ("operating system", "programming language", "Linux distribution").
_PROGRAM_NOUNS = frozenset({"software", "app", "browser", "product"})  # ("a product of New York": see below)
_PROGRAM_PHRASES = {"system": frozenset({"operating"}), "language": frozenset({"programming", "scripting"}),
                    "distribution": frozenset({"linux"})}


# Nouns of vehicles, which the conventions list under no label either: ships and boats, craft of the air and
# of space ("the research ship Ka'imikai-O-Kanaloa", "its Falcon Heavy rocket", "NASA's Perseverance rover").
_VEHICLE_NOUNS = frozenset("""ship vessel boat yacht ferry tanker freighter trawler submarine rocket megarocket capsule
    spacecraft spaceplane rover lander orbiter satellite aircraft airliner helicopter""".split())  # (not "probe": also an
# inquiry, "the House's Burisma probe")


# Kinds of craft written in capitals before the name as if a title ("Spacecraft Stardust", "Satellite Sputnik"),
# which the model reads into a person's name; none is a given name (not "Ferry", "Rover") nor opens the name of a
# place where craft are built or kept ("Orbiter Processing Facility", "Rocket League", "the Ship Inn").
_CRAFT_TITLES = frozenset({"spacecraft", "capsule", "satellite", "submarine"})
# A kind of craft of two words written so ("Space Shuttle Columbia", "Space Shuttle Atlantis"; the class alone, "the
# last Space Shuttle mission", "the Space Shuttle Orbiters"), which the model reads as a person's or a body's name:
# the craft's name follows the two words; one more word that names an undertaking or a body ("the Space Shuttle
# Program") leaves the name to the model.
_CRAFT_TITLE_PAIRS = frozenset({("space", "shuttle"), ("space", "shuttles")})
_CRAFT_TITLE_FORMS = tuple(sorted({w.title() for w in _CRAFT_TITLES}
                                   | {" ".join(w.title() for w in pair) for pair in _CRAFT_TITLE_PAIRS}))
_CRAFT_TITLE_ENDS = frozenset(pair[-1] for pair in _CRAFT_TITLE_PAIRS)
_UNDERTAKINGS = frozenset({"program", "programme", "mission", "missions", "project", "era", "fleet"})


# Nouns of medicines, which news writes right before a brand's name ("Eli Lilly's obesity drug Zepbound", "the
# vaccine Comirnaty"), and the verbs of selling a thing under a name ("also sold as Mounjaro"): no person is either,
# whatever person's name a brand sounds like.
_MEDICINE_NOUNS = frozenset({"drug", "medicine", "medication", "vaccine", "jab", "pill", "injection", "treatment",
                             "therapy", "antiviral", "antibiotic"})
_SELLING_VERBS = frozenset({"sell", "market", "brand"})


def _medicine_named(span: Span) -> bool:
    """Whether a name follows a medicine's noun bound to it ("obesity drug Zepbound") or "sold as" ("is also sold as
    Mounjaro"): a brand of medicine or of goods."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return False
    if (before.pos_ == "NOUN" and before.is_lower and before.lemma_.lower() in _MEDICINE_NOUNS
            and (before.head.i == span.root.i or span.root.head.i == before.i)):
        return True
    root = span.root
    if root.dep_ == "appos" and root.head.i < span.start and _medicine_noun(root.head):
        return True  # "One antibody cocktail, ZMapp, initially showed promise" (round ent39b)
    return (before.lower_ == "as" and span.root.head.i == before.i and before.head.pos_ == "VERB"
            and before.head.lemma_.lower() in _SELLING_VERBS and before.head.tag_ == "VBN")


def _medicine_noun(noun: Token) -> bool:
    """Whether a lower-case noun is a medicine's, or a mixture's of medicines ("an antiviral drug", "one antibody
    cocktail")."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and noun.is_lower and (lemma in _MEDICINE_NOUNS or lemma in _MIXTURES and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _MEDICINE_MAKINGS for c in noun.children))


# Nouns of a mixture, and the words of what a medicine is made of before them ("antibody cocktail", "drug
# combination"); not "a drug company, Pfizer" (a maker, no mixture).
_MIXTURES = frozenset({"cocktail", "combination", "mixture"})
_MEDICINE_MAKINGS = frozenset({"antibody", "drug", "vaccine"})


# Nouns of weapons, before which news writes the model's name ("Patriot missiles", "Abrams tanks"); a "system" or a
# "battery" only as one of air or missile defence ("Patriot air defense systems").
# Nouns of devices that a model's code names ("H20 chips", "the A18 processor"): a code of letters and digits is a
# model, never its maker, which is named by a word ("Nvidia chips").
_DEVICE_NOUNS = frozenset("""chip processor accelerator smartphone phone handset console laptop tablet headset
    engine""".split())

_WEAPON_NOUNS = frozenset("""missile interceptor tank howitzer launcher jet bomber drone warplane""".split())
_DEFENCE_WORDS = frozenset({"defense", "defence", "missile", "interceptor"})


def _weapon_noun(noun: Token) -> bool:
    if noun.pos_ != "NOUN" or not noun.is_lower:
        return False
    lemma = noun.lemma_.lower()
    return lemma in _WEAPON_NOUNS or (lemma in ("system", "battery") and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _DEFENCE_WORDS for c in noun.children))


def _vehicle_noun(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.is_lower and noun.lemma_.lower() in _VEHICLE_NOUNS


def _program_noun(noun: Token) -> bool:
    """Whether a common noun names a kind of program ("software", "operating system")."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma in _PROGRAM_NOUNS:
        # (not "a product of New York", where "product" says where someone comes from)
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    qualifiers = _PROGRAM_PHRASES.get(lemma)
    return qualifiers is not None and any(
        c.dep_ in ("compound", "amod") and c.lower_ in qualifiers for c in noun.children)


def product_kind(span: Span) -> str | None:
    """"PRODUCT" for a name the text calls a program, else None.

    * in apposition, either way round: "a new operating system, Rocky Linux", "Rocky Linux, a Linux
      distribution";
    * as the subject of "is" with such a predicate: "Rocky Linux is a Community Enterprise Linux distribution",
      or of a relative clause so built: "Red Hat Enterprise Linux (RHEL) which was a commercial only product";
    * in front of such a noun, with only lower-case words between: "the Fedora operating system", unless the
      model calls the name a body, which is then the program's maker ("the Microsoft operating system");
    * a short name that opens with a kind of craft in capitals ("Spacecraft Stardust"; not one with a body's
      head word, "the Rocket League WGN North American Championship");
    * a weapon's model in front of the weapon's noun ("Patriot air defense systems", "Tomahawk missiles");
    * a vehicle (no entity either) named so, or in front of its noun after a possessive that names its owner
      apart ("its Falcon Heavy rocket", "cargo ship MV Namse Bangdzod"); not a name the model calls a person,
      since vehicles bear people's names ("the ship Alan Kurdi", named after the boy);
    * a ship after the flag it sails under ("The Singapore-flagged Dali", round wire35b).
    """
    root = span.root
    children = list(root.children)  # (asked three times below: spaCy finds them anew on each call)
    if root.dep_ == "appos" and _program_noun(root.head):
        return "PRODUCT"
    if any(c.dep_ == "appos" and _program_noun(c) for c in children):
        return "PRODUCT"
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_ == "be" and any(
            c.dep_ == "attr" and _program_noun(c) for c in head.children):
        return "PRODUCT"
    if any(c.dep_ == "relcl" and c.lemma_ == "be" and any(g.dep_ == "nsubj" and g.lower_ in ("which", "that")
                                                           for g in c.children)
           and any(g.dep_ == "attr" and _program_noun(g) for g in c.children) for c in children):
        return "PRODUCT"  # "Red Hat Enterprise Linux (RHEL) which was a commercial only product"
    if (root.dep_ == "compound" and span.label_ != "ORG" and head.i >= span.end and _program_noun(head)
            and all(t.is_lower for t in span.doc[span.end : head.i])):
        return "PRODUCT"
    if (2 <= len(span) <= 3 and span[0].is_title and span[0].lower_ in _CRAFT_TITLES
            and not any(t.lower_ in ORG_HEADS for t in span[1:])):
        return "PRODUCT"  # "Artist's rendering of Spacecraft Stardust": a kind of craft before its name, as a title
    if (2 <= len(span) <= 3 and span[0].is_title and span[1].is_title
            and (span[0].lower_, span[1].lower_) in _CRAFT_TITLE_PAIRS
            and not any(t.lower_ in ORG_HEADS or t.lower_ in _UNDERTAKINGS for t in span[2:])):
        return "PRODUCT"  # "Space Shuttle Columbia lifted off from the Kennedy Space Center": a craft, no person
    if len(span) == 1 and span[0].is_title and _named_as_craft(span):
        return "PRODUCT"  # "Columbia was lost tragically" after "Space Shuttle Columbia lifted off": the craft again
    if (len(span) == 1 and root.dep_ == "compound" and head.i >= span.end and _weapon_noun(head)
            and all(t.is_lower for t in span.doc[span.end : head.i])):
        return "PRODUCT"  # "send Patriot air defense systems", "Tomahawk missiles": a weapon's model, no person
    if (len(span) == 1 and any(c.isdigit() for c in span.text) and any(c.isalpha() for c in span.text)
            and root.dep_ == "compound" and head.i == span.end and head.pos_ == "NOUN" and head.is_lower
            and head.lemma_.lower() in _DEVICE_NOUNS):
        return "PRODUCT"  # "its H20 chips", "the A18 processor": a model's code before its device, no maker
    if _medicine_named(span):
        return "PRODUCT"  # "Eli Lilly's obesity drug Zepbound", "also sold as Mounjaro": a brand, no person
    if _flagged(span):
        return "PRODUCT"  # "The Singapore-flagged Dali": a ship under a country's flag, no place nor person (the model calls it either)
    if span.label_ == "PERSON":
        return None  # a vehicle named after a person ("the ship Alan Kurdi") shares the person's name and mentions
    if root.dep_ == "compound" and head.i == span.end and _vehicle_noun(head) and (_owned(span) or _made_by(span)):
        return "PRODUCT"  # "its Falcon Heavy rocket", "NASA's Perseverance rover": the owner is named apart; "a
        # SpaceX Falcon Heavy rocket": its maker's name before it
    if _numbered_model(span):
        return "PRODUCT"  # "launched via a Falcon 9 rocket": a model of craft, no body
    noun = span.doc[span.start - 1] if span.start > 0 else None
    if noun is not None and _vehicle_noun(noun) and (noun.head == root or root.head == noun):
        return "PRODUCT"  # "cargo ship MV Namse Bangdzod", which the model calls a body
    if root.dep_ == "appos" and _vehicle_noun(root.head) or any(
            c.dep_ == "appos" and _vehicle_noun(c) and c.i < span.start for c in children):
        return "PRODUCT"  # "the company's new rocket, Starship"
    return None


def _flagged(span: Span) -> bool:
    """Whether a name follows a country's "-flagged" ("the Singapore-flagged Dali", "a Liberian-flagged Ever
    Given"): shipping news names a vessel so, and only a vessel sails under a flag."""
    doc, i = span.doc, span.start
    return i >= 2 and doc[i - 1].lower_ == "flagged" and doc[i - 2].text == "-" and not doc[i - 2].whitespace_


def _numbered_model(span: Span) -> bool:
    """Whether a name is a model of craft: a number right after it and the vehicle's noun after that ("via a Falcon
    9 rocket", "an Atlas V rocket" is left: the model numbers it in letters), the number modifying the noun."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or not _vehicle_noun(doc[end + 1]):
        return False
    number = doc[end]
    return number.like_num and number.text[:1].isdigit() and number.head.i == end + 1 and span.root.head.i == end + 1


def _named_as_craft(span: Span) -> bool:
    """Whether the text writes a one-word name elsewhere after a kind of craft in capitals ("Space Shuttle
    Columbia", "Spacecraft Stardust"): the word alone is then the craft's short name ("Columbia was lost
    tragically", "Endeavour and Atlantis await a journey"); and the last word of a two-word kind alone is the kind
    ("the final Shuttle mission" beside "the final Space Shuttle mission")."""
    text = doc_text(span.doc)  # (asked of many names of a Doc: joined once)
    forms = _craft_forms_in(text)
    if not forms:  # (most texts name no craft so: no search of the text for each name)
        return False
    name = span.text
    if name.lower() in _CRAFT_TITLE_ENDS and any(form.endswith(f" {name}") for form in forms):
        return True  # "the final Shuttle mission" beside "NASA's final Space Shuttle mission": the kind of craft, cut short
    return any(f"{title} {name}" in text for title in forms)


@lru_cache(maxsize=8)
def _craft_forms_in(text: str) -> tuple[str, ...]:
    """The kinds of craft in capitals (:data:`_CRAFT_TITLE_FORMS`) that ``text`` writes at all, searched once per
    text rather than once per name: a form the text lacks is in no longer string of it either."""
    return tuple(form for form in _CRAFT_TITLE_FORMS if form in text)


def _made_by(span: Span) -> bool:
    """Whether a maker's name stands right before a vehicle's model and its noun, after an article ("on a SpaceX
    Falcon Heavy rocket"): one capitalised proper noun, untagged or a body, qualifying the same noun."""
    doc, before = span.doc, span.start - 1
    return (before >= 1 and doc[before].pos_ == "PROPN" and doc[before].ent_type_ in ("", "ORG")
            and doc[before].head.i == span.root.head.i and doc[before - 1].lower_ in ("a", "an", "the"))


def _owned(span: Span) -> bool:
    """Whether a possessive stands right before a name: "its", "their", or a name with "'s" ("NASA's")."""
    doc = span.doc
    before = span.start - 1
    return before >= 0 and (doc[before].lower_ in ("its", "their", "his", "her") or doc[before].tag_ == "POS")


# The kind nouns of craft of space, after which news names a craft with its maker first ("the SpaceX Crew Dragon
# capsule"); not ships or aircraft, whose makers' and lines' names run to two words ("the Royal Caribbean Oasis ship").
_SPACE_CRAFT_NOUNS = frozenset({"rocket", "spacecraft", "capsule", "lander", "rover", "booster", "orbiter",
                                "megarocket"})
_LONGEST_CRAFT = 3  # words of a craft's name ("Crew Dragon", "New Shepard", "Long March 5")


def untagged_craft_of_makers(doc: Doc, ents: list[Span]) -> list[Span]:
    """"the SpaceX Crew Dragon capsule successfully docked": the model tags nothing, and then calls the craft a
    person where the text names it alone ("Crew Dragon has enough room"). Space news names a craft after "the" or a
    possessive, its maker's name first and its kind noun after it: a run of two to four capitalised proper nouns
    none of which the model tagged, right before a craft's kind noun in the singular and lower case with no noun
    after it, whose first word the text names elsewhere as a body (ORG), is the maker (ORG) and the craft (PRODUCT)
    after it, so that the set-wide vote reads the craft's other mentions as the product. A run whose first word is
    no body's name of the text is left (a body's name of two words before its rockets, "the Islamic Jihad rocket").

    Visits only the Doc's craft nouns (found in its arrays) and returns at once when there is none.

    Args:
        doc: the parsed text.
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans with the makers and the craft added, in document order.
    """
    nouns = indices_of(doc, LOWER, _SPACE_CRAFT_NOUNS)
    if not nouns:
        return ents
    taken = {i for e in ents for i in range(e.start, e.end)}
    bodies: set[str] | None = None
    found: list[Span] = []
    for n in nouns:
        noun = doc[n]
        if (not noun.is_lower or noun.tag_ != "NN" or n in taken
                or (n + 1 < len(doc) and doc[n + 1].pos_ in ("NOUN", "PROPN"))):
            continue
        start = n
        while (start > 0 and n - start < _LONGEST_CRAFT + 1 and doc[start - 1].pos_ == "PROPN"
               and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() and start - 1 not in taken):
            start -= 1
        if n - start < 2 or start == 0 or not (doc[start - 1].lower_ == "the" or doc[start - 1].tag_ in ("POS", "PRP$")):
            continue
        if bodies is None:
            bodies = {e.text for e in ents if e.label_ == "ORG"}
        if doc[start].text not in bodies:
            continue
        found += [Span(doc, start, start + 1, label="ORG"), Span(doc, start + 1, n, label="PRODUCT")]
    return sorted(ents + found, key=lambda e: e.start) if found else ents
