"""Two people named as a pair by their surnames: "the De La Fuente/Richardson ticket", "Johnson-Weld", "Kelly and
Baroni's convictions".

News names a pair of running mates, partners or rivals by their surnames joined by a slash or a
hyphen ("the Collins/Parker ticket", "the Biden-Harris campaign"), after naming each in full. The
small model reads the pair as one name, often a body ("the De La Fuente/Richardson", ORG), so that
neither person is found there and a "body" nobody would record enters the briefing.
:func:`split_pairs` cuts such a span at the joiner into its two people when each side ends in the
surname of a person the document names in full; a double-barrelled surname ("Ocasio-Cortez") or a
pair of other names ("GNU/Linux") is left alone. Two surnames joined by "and" that the model reads as one name
("Kelly and Baroni's convictions", after "Bridget Anne Kelly and William Baroni") are cut the same way (round
entities47), and so are two towns the model reads as one body or title where English places them as two ("the
coast between Maroochydore and Coolangatta", "low-lying parts of Lismore and Murwillumbah", round wire35).

Example:
    >>> [(e.text, e.label_) for e in split_pairs(list(doc.ents))]   # doctest: +SKIP
    [('De La Fuente', 'PERSON'), ('Richardson', 'PERSON')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lookups import span_text

_JOINERS = frozenset({"/", "-", "–"})
_AND = frozenset({"and", "&"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def _surnames_of_people(ents: list[Span]) -> set[str]:
    """The last words of the document's people named by two words or more ("Darcy Richardson" → "Richardson")."""
    return {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) >= 2 and not any(t.text in _JOINERS for t in e)}


def split_pairs(ents: list[Span]) -> list[Span]:
    """Cut names made of two surnames joined by "/" or a hyphen into the two people (see the module)."""
    ents = _split_places_at_and(_split_pairs_at_and(ents))
    if not any(t.text in _JOINERS for e in ents for t in e):
        return ents  # the common case: no joiner inside any name
    surnames = _surnames_of_people(ents)
    if len(surnames) < 2:
        return ents
    out: list[Span] = []
    for ent in ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "FAC", "NORP") or not any(j in span_text(ent) for j in _JOINERS):
            out.append(ent)  # (no pair's joiner in it: passed by before a Token is made per word)
            continue
        joins = [t.i for t in ent if t.text in _JOINERS and not t.whitespace_ and t.i > ent.start]
        if len(joins) != 1:
            out.append(ent)
            continue
        cut = joins[0]
        doc = ent.doc
        start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        left, right = doc[start:cut], doc[cut + 1 : ent.end]
        if (len(left) and len(right) and not doc[cut - 1].whitespace_ and left[-1].text in surnames
                and (right[-1].text in surnames or _running_mate(right, doc))
                and left[-1].text != right[-1].text and right[0].is_title):
            out.extend([Span(doc, left.start, left.end, label="PERSON"),
                        Span(doc, right.start, right.end, label="PERSON")])
        else:
            out.append(ent)
    return out


def _running_mate(right: Span, doc) -> bool:
    """Whether the right side of a pair before "ticket" is a running mate the document names only there ("the
    Constitution Party's Blankenship/Mohr ticket", round ent37b): a ticket is two people, so one capitalised word
    after the slash is the second one's surname."""
    return (len(right) == 1 and right[0].is_title and right[0].is_alpha and right.end < len(doc)
            and doc[right.end].lower_ in ("ticket", "tickets"))


def _split_pairs_at_and(ents: list[Span]) -> list[Span]:
    """"Kelly and Baroni's convictions": two surnames joined by "and", read by the model as one name, are the two
    people when each is the surname of a person the document names in full (a leading "the" and a trailing
    possessive left out); "Bill and Melinda Gates" (four words), "Johnson & Johnson" (one surname twice) and two
    words nobody is named by ("Marks and Spencer") are left."""
    pairs = {(e.start, e.end) for e in ents if 3 <= len(e) <= 5 and e.label_ in ("PERSON", "ORG", "GPE", "FAC", "NORP")
             and any(t.lower_ in _AND for t in e)}
    if not pairs:
        return ents  # the common case
    surnames = _surnames_of_people(ents)
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        start = ent.start + (doc[ent.start].lower_ == "the")
        end = ent.end - (doc[ent.end - 1].text in _POSSESSIVES)
        if ((ent.start, ent.end) in pairs and end - start == 3 and doc[start + 1].lower_ in _AND and doc[start].text in surnames
                and doc[start + 2].text in surnames and doc[start].text != doc[start + 2].text
                and doc[start].is_title and doc[start + 2].is_title):
            out.extend([Span(doc, start, start + 1, label="PERSON"), Span(doc, start + 2, end, label="PERSON")])
        else:
            out.append(ent)
    return out


# Plural nouns of the parts of a territory that "of" and a list of towns follows ("parts of Lismore and Murwillumbah").
_PARTS_OF_PLACES = frozenset({"parts", "areas", "towns", "suburbs", "cities", "villages", "communities", "districts",
                              "regions", "provinces", "counties"})
# Nouns of what two sides do together: "a match between Leeds and Everton" joins two clubs, no towns.
_BETWEEN_SIDES = frozenset({"match", "game", "clash", "final", "tie", "fixture", "derby", "talks", "meeting", "deal",
                            "agreement", "relations", "war", "fight", "bout", "race", "rivalry", "merger", "dispute"})


def _split_places_at_and(ents: list[Span]) -> list[Span]:
    """Two one-word towns joined by "and" that the model reads as one name ("between Maroochydore and Coolangatta"
    ORG, "parts of Lismore and Murwillumbah" WORK_OF_ART) are two places, where English gives two places: after
    "between" on a stretch of land (one of the two a town of the gazetteer; not a match or talks between two
    sides), or after "parts of" and its kin. One place named so ("Trinidad and Tobago") is left."""
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        if not (len(ent) == 3 and ent[1].lower_ == "and" and ent.start > 0 and ent.label_ != "PERSON"
                and all(t.is_title and t.is_alpha for t in (ent[0], ent[2]))) or is_known_place(ent.text):
            out.append(ent)
            continue
        before = doc[ent.start - 1]
        parts = before.lower_ == "of" and ent.start > 1 and doc[ent.start - 2].lower_ in _PARTS_OF_PLACES
        between = before.lower_ == "between" and before.head.lemma_.lower() not in _BETWEEN_SIDES and any(
            is_known_place(t.text, cities=True) for t in (ent[0], ent[2]))
        if parts or between:
            out.extend([Span(doc, ent.start, ent.start + 1, label="GPE"), Span(doc, ent.end - 1, ent.end, label="GPE")])
        else:
            out.append(ent)
    return out
