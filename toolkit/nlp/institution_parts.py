"""Museums, galleries and libraries of a school: a name the model cut at "and", or ran on over "at" into the school;
and a town's public service named by two fields joined by "and".

Museums and galleries are often named with two heads joined by "and" ("the Tang Teaching Museum and Art Gallery",
"Birmingham Museum and Art Gallery"), and placed "at" the school that keeps them ("the Mary & Leigh Block Museum of
Art at Northwestern University"). The small model cuts the first kind at "and", calling the second head a person
("Art Gallery" PERSON), and runs the second kind on over "at" into the school's name, so that the school is never
found. :func:`institutions_apart_and_joined` mends both:

* a "person" of two or three capitalised words that ends in the head of a museum, a gallery or a library, right
  after "and" after a body or a building ending in such a head, is the rest of that name (no person's name ends in
  "Gallery"); a body of the model's ("the Treasury Department") is left alone;
* a body or a building whose name holds "at" between such a head (and its "of …") and a school's name ending in
  "University" or "College" is two names: the museum, with the model's label, and the school, a body; a school's own
  "at" ("the University of North Carolina at Chapel Hill", a campus) is left alone: the part before "at" must hold
  no school's head.

A town's or a county's fire, parks or health service is named by two fields joined by "and" before one head
("District of Columbia Fire and EMS Department", "Fairfax County Fire and Rescue Department", "Parks and Recreation
Department"); the model cuts it at "and" into the place and its first field, and the second field with the head
(round wire37b). :func:`services_of_two_fields` joins them again.

Example:
    >>> [e.text for e in institutions_apart_and_joined(list(doc.ents))]  # doctest: +SKIP
    ['the Tang Teaching Museum and Art Gallery', 'Skidmore College', …]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import BODY_AND_SITE_HEADS, ORG_HEADS
from toolkit.nlp.mistags import english_words

# Heads of the names of museums, galleries, libraries and the like, which a school may keep.
_INSTITUTION_HEADS = frozenset("""museum museums gallery galleries library libraries archive archives garden gardens
    zoo aquarium planetarium observatory herbarium collection collections""".split())
# Heads of a school's name.
_SCHOOL_HEADS = frozenset({"university", "college"})
_BODY_LABELS = frozenset({"ORG", "FAC"})


def institutions_apart_and_joined(ents: list[Span]) -> list[Span]:
    """Join a museum's second head that the model made a person; split a museum from the school it is "at"."""
    if not any(t.lower_ in _INSTITUTION_HEADS for e in ents if e.label_ in _BODY_LABELS or e.label_ == "PERSON"
               for t in e):
        return ents
    out: list[Span] = []
    for ent in ents:
        previous = out[-1] if out else None
        if (previous is not None and ent.label_ == "PERSON" and 2 <= len(ent) <= 3
                and ent[-1].lower_ in _INSTITUTION_HEADS and all(t.is_title and t.is_alpha for t in ent)
                and previous.label_ in _BODY_LABELS and previous[-1].lower_ in _INSTITUTION_HEADS
                and ent.start == previous.end + 1 and ent.doc[previous.end].lower_ == "and"):
            out[-1] = Span(ent.doc, previous.start, ent.end, label=previous.label_)  # "… Museum and Art Gallery"
            continue
        out.extend(_apart_at_school(ent))
    return out


def _apart_at_school(ent: Span) -> list[Span]:
    if ent.label_ not in _BODY_LABELS or len(ent) < 4 or ent[-1].lower_ not in _SCHOOL_HEADS:
        return [ent]
    doc = ent.doc
    for k in range(ent.start + 1, ent.end - 2):
        if doc[k].lower_ != "at":
            continue
        before, after = doc[ent.start:k], doc[k + 1:ent.end]
        if (any(t.lower_ in _INSTITUTION_HEADS for t in before) and not any(t.lower_ in _SCHOOL_HEADS for t in before)
                and all(t.is_title or t.lower_ == "of" for t in after) and after[0].is_title):
            return [Span(doc, ent.start, k, label=ent.label_), Span(doc, k + 1, ent.end, label="ORG")]
    return [ent]


# The heads of a town's or a state's public services, after their fields ("Fire and EMS Department", "Fish and
# Wildlife Service").
_SERVICE_HEADS = frozenset({"department", "service", "services", "agency", "authority", "bureau", "division"})
# The words that close a county's or a town's name before its service's field ("Fairfax County Fire").
_PLACE_HEADS = frozenset({"county", "city", "parish", "borough", "township"})


def _place_and_field(ent: Span) -> bool:
    """Whether a body's name is a place's name and one or two capitalised words of a field after it, none a head
    ("District of Columbia Fire", "Fairfax County Fire and …"): the first half of a service cut at "and"."""
    if is_known_place(ent.text, cities=True):
        return False  # "New York City and Fire Department crews": a town, then another body
    for cut in (ent.end - 1, ent.end - 2):
        place, field = ent.doc[ent.start:cut], ent.doc[cut:ent.end]
        if len(place) < 1 or not all(t.is_title and t.is_alpha and t.lower_ not in BODY_AND_SITE_HEADS
                                     and t.lower_ not in _PLACE_HEADS for t in field):
            continue
        if place[-1].lower_ in _PLACE_HEADS and place[0].is_title or is_known_place(place.text, cities=True):
            return True
    return False


def services_of_two_fields(ents: list[Span]) -> list[Span]:
    """Join a place's name and a field, "and", and a second field with a service's head, into one body.

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, with "District of Columbia Fire" + "EMS Department" (right after "and") one body: the second part
        of two or three words, capitalised or in capitals, ends in a service's head ("Department", "Service") and
        holds no "of"; the first is a known place or a county's name and one or two words of a field. Two bodies
        joined by "and" ("the Federal Reserve and Treasury Department") are left: no place opens the first.
    """
    out: list[Span] = []
    for ent in ents:
        previous = out[-1] if out else None
        if (previous is not None and ent.label_ == "ORG" and previous.label_ in ("ORG", "GPE") and 2 <= len(ent) <= 3
                and ent.start == previous.end + 1 and ent.doc[previous.end].lower_ == "and"
                and ent[-1].lower_ in _SERVICE_HEADS and all(t.is_title or t.is_upper for t in ent)
                and 2 <= len(previous) <= 6 and _place_and_field(previous)):
            out[-1] = Span(ent.doc, previous.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out


# Heads of bodies named after their field with "for" or "of" ("Center for Volcanology", "Institute of Oceanography").
_FIELD_BODY_HEADS = frozenset("""center centre institute office agency bureau council commission board foundation
    department ministry school laboratory""".split())


def second_fields_after_for(ents: list[Span]) -> list[Span]:
    """Join a body named by its head, "for" or "of" and a field, "and", and a second field of capitalised English
    words into one body: "The Center for Volcanology" + "Geological Hazard Mitigation" (right after "and") → "The
    Center for Volcanology and Geological Hazard Mitigation" (Indonesia's PVMBG, round wire38), as "the Center for
    Strategic and International Studies" is one. The second part must be no body of its own: every word of it an
    English word, none a body's head or a place's ("the Ministry of Defence and Foreign Office" stays two), and the
    whole given one acronym in brackets right after it, as a body's name is ("(PVMBG)"; "the Department of Justice
    and Google on Monday" stays two)."""
    out: list[Span] = []
    english = None
    for ent in ents:
        previous = out[-1] if out else None
        if (previous is not None and ent.label_ == "ORG" and previous.label_ == "ORG" and 1 <= len(ent) <= 4
                and ent.start == previous.end + 1 and ent.doc[previous.end].lower_ == "and"
                and _headed_field(previous) and all(t.is_title and t.is_alpha for t in ent)
                and _acronym_in_brackets_after(ent)
                and not any(t.lower_ in ORG_HEADS or t.lower_ in _FIELD_BODY_HEADS for t in ent)):
            english = english if english is not None else english_words(ent.doc.vocab)
            if all(t.lower_ in english for t in ent) and not is_known_place(ent.text):
                out[-1] = Span(ent.doc, previous.start, ent.end, label="ORG")
                continue
        out.append(ent)
    return out


def _headed_field(ent: Span) -> bool:
    """Whether a body's name ends in "<head> for|of <field>" (the field one or two capitalised words)."""
    for k in (2, 3):
        if len(ent) >= k + 1 and ent[-k].lower_ in ("for", "of") and ent[-k - 1].lower_ in _FIELD_BODY_HEADS \
                and all(t.is_title and t.is_alpha for t in ent[-k + 1:]):
            return True
    return False


def _acronym_in_brackets_after(ent: Span) -> bool:
    """Whether an acronym in brackets follows a name right after it ("… Hazard Mitigation (PVMBG)")."""
    doc, end = ent.doc, ent.end
    return end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_upper \
        and doc[end + 1].is_alpha and len(doc[end + 1]) >= 2
