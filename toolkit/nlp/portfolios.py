"""A minister's portfolio between the nationality and the title: "Bangladeshi Road Transport and Bridges Minister
Obaidul Quader said …"; and the portfolio between "Secretary of" and the person: "Secretary of Agriculture Brooke L.
Rollins".

News names a minister by the country's adjective, the portfolio's capitalised words and "Minister" or "Secretary"
("Indian External Affairs Minister Subrahmanyam Jaishankar"). The small model reads the run as names: a body
("Bangladeshi Road Transport", ORG) and a person ("Bridges Minister"), which are neither, and the nationality is
lost inside them. Where the run before the title and a person's name opens with a country's adjective, the
adjective is a people's (NORP) and the portfolio's words are no entity.

The other order names the portfolio after the title, with "of" or "for" ("Secretary of Labor Lori
Chavez-DeRemer", "Minister for Foreign Affairs Penny Wong"). The model runs the portfolio's words into the person's
name ("Labor Lori Chavez-DeRemer", PERSON; "Agriculture Brooke L. Rollins", ORG, or "Agriculture Brooke" ORG and "L.
Rollins" PERSON). The portfolio is the title's (a department's field: agriculture, labor, state, war, …), so a name
right after "Secretary of" or "Minister for" that opens with such fields and goes on with two capitalised words or
more is the person, the fields cut off; a person's name the model tagged right after it joins it.

A parse can hang the whole run on the title instead ("Minister of Information Moammar al-Eryani": the name
the object of "of", "Information" its compound): the title then stands for someone the tables can't join to
the person. :func:`portfolio_holder` gives the person whose name closes the title's "of"/"for" phrase.

A title's "of" may name a place rather than a field ("Chief Executive of Hong Kong Carrie Lam", "Governor of
California Gavin Newsom"), and the model runs the place into the holder's name ("Hong Kong Carrie Lam", GPE); so with a region after "for"
("Minister for the Middle East Tobias Ellwood", ORG): :func:`people_after_places_of_titles` parts the place and
the person.

Example:
    >>> [(e.text, e.label_) for e in portfolios_before_ministers(list(doc.ents))]   # doctest: +SKIP
    [('Bangladeshi', 'NORP'), ('Obaidul Quader', 'PERSON')]
    >>> [(e.text, e.label_) for e in people_after_portfolios(list(doc.ents))]       # doctest: +SKIP
    [('Brooke L. Rollins', 'PERSON')]
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Span, Token

from toolkit.nlp.gazetteer import is_known_place, nationality_adjective
from toolkit.nlp.lexicon import NAME_PARTICLES, PERSON_TITLES
from toolkit.nlp.lookups import indices_of

# The titles a portfolio precedes ("Foreign Minister", "Health Secretary").
_PORTFOLIO_TITLES = frozenset({"minister", "secretary"})
_JOINS = frozenset({"and", "&"})
_LONGEST_RUN = 8  # words of a portfolio and its nationality ("Road Transport and Bridges": four)


def _run_start(person: Span) -> int | None:
    """Where the nationality opens the run of capitalised words before the title in front of ``person``."""
    doc, title = person.doc, person.start - 1
    if title < 2 or doc[title].lower_ not in _PORTFOLIO_TITLES or not doc[title].is_title:
        return None
    start = title
    while start > 0 and title - start < _LONGEST_RUN and not doc[start].is_sent_start and (
            doc[start - 1].is_title and doc[start - 1].is_alpha or doc[start - 1].lower_ in _JOINS):
        start -= 1
    if start == title or doc[start].lower_ in _JOINS or not nationality_adjective(doc[start].text):
        return None
    return start if start + 1 < title else None  # a portfolio's word at least ("Indian Minister" is a title)


def portfolios_before_ministers(ents: list[Span]) -> list[Span]:
    """Make the nationality opening a minister's portfolio a people's name and drop the portfolio's fragments.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    if not ents:
        return ents
    titles = set(indices_of(ents[0].doc, LOWER, _PORTFOLIO_TITLES))
    if not titles:
        return ents  # (found in the Doc's array: most texts name no minister)
    drop: set[int] = set()
    add: list[Span] = []
    for ent in ents:
        if ent.start - 1 not in titles or ent.label_ != "PERSON":
            continue
        start = _run_start(ent)
        if start is None:
            continue
        title = ent.start - 1
        inside = [id(e) for e in ents if start <= e.start and e.end <= title + 1]
        outside = [e for e in ents if e.start < title + 1 and e.end > start and id(e) not in inside]
        if outside:
            continue  # a name reaching out of the run is the model's own reading: left alone
        drop.update(inside)
        add.append(Span(ent.doc, start, start + 1, label="NORP"))
    if not add:
        return ents
    return sorted([e for e in ents if id(e) not in drop] + add, key=lambda e: e.start)


# The fields of government departments a title names after "of" or "for" ("Secretary of Agriculture", "Minister
# for Foreign Affairs", "Secretary of Health and Human Services"), and the words joining them.
_PORTFOLIO_FIELDS = frozenset("""agriculture commerce defense defence education energy finance health housing interior
    justice labor labour state transportation transport treasury war veterans homeland security foreign home affairs
    human services urban development environment trade industry and""".split())
_TITLE_LINKS = frozenset({"of", "for"})
# Titles of envoys, whose portfolio a "for" or "on" phrase gives ("Special Envoy for Peace Missions").
_ENVOY_TITLES = frozenset({"envoy", "representative", "coordinator", "commissioner", "adviser", "advisor"})
# Lower-case words inside a long title's phrase ("of the President of the United States").
_TITLE_GLUE = frozenset({"of", "the", "for", "on", "and"})


def _person_start(ent: Span) -> int | None:
    """Where the person's name opens in ``ent``, a name after "Secretary of" that opens with a portfolio's fields."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in _TITLE_LINKS or not doc[ent.start - 2].is_title \
            or doc[ent.start - 2].lower_ not in _PORTFOLIO_TITLES:
        return None
    start = ent.start
    while start < ent.end and doc[start].lower_ in _PORTFOLIO_FIELDS and doc[start].is_title:
        start += 1
    if start == ent.start or doc[start - 1].lower_ == "and" or start >= ent.end:
        return None
    first = doc[start]
    return start if first.is_title and first.is_alpha and first.pos_ == "PROPN" else None


def people_after_portfolios(ents: list[Span]) -> list[Span]:
    """Cut a portfolio's fields off the person named after "Secretary of …" ("Labor Lori Chavez-DeRemer" → "Lori
    Chavez-DeRemer", PERSON), joining the rest of the name the model tagged apart ("Agriculture Brooke" + "L. Rollins").

    Args:
        ents: entity spans in document order, none overlapping.
    """
    if not ents:
        return ents
    if not indices_of(ents[0].doc, LOWER, _PORTFOLIO_TITLES):
        return ents
    out: list[Span] = []
    skip: set[int] = set()
    for i, ent in enumerate(ents):
        if i in skip:
            continue
        start = _person_start(ent) if ent.label_ in ("ORG", "PERSON") else None
        if start is None:
            out.append(ent)
            continue
        end = ent.end
        after = ents[i + 1] if i + 1 < len(ents) else None
        if after is not None and after.start == ent.end and after.label_ == "PERSON":
            end = after.end
            skip.add(i + 1)
        if end - start < 2 or not all(t.text[:1].isupper() or t.text == "-" for t in ent.doc[start:end]):
            out.append(ent)
            skip.discard(i + 1)
            continue
        out.append(Span(ent.doc, start, end, label="PERSON"))
    return out


def portfolio_holder(title: Token) -> Token | None:
    """The person named at the end of a title's portfolio ("Minister of Information Moammar al-Eryani" →
    al-Eryani's token), when the parse made the title the phrase's head; None otherwise.

    The title is a minister's or secretary's, or an envoy's written as a title ("Special Envoy for Peace Missions
    Steven Witkoff"; not "a former advisor for …"), its "of"/"for" phrase ends with a person's name the model
    tagged, a capitalised portfolio word comes between the link and the name ("of Information"), and no title of
    the name's own stands right before it (the principal's: "… for U.S. President Donald Trump").
    """
    if title.lower_ not in _PORTFOLIO_TITLES | _ENVOY_TITLES or title.ent_type_ == "PERSON":
        return None
    if title.lower_ in _ENVOY_TITLES and (not title.is_title or any(c.dep_ == "det" for c in title.children)):
        return None  # "A former advisor for U.S. President Donald Trump": a description, whose "for" names the principal
    links = [c for c in title.children if c.dep_ == "prep" and c.lower_ in _TITLE_LINKS]
    if not links or links[0].i != title.i + 1:
        return None
    doc = title.doc
    # a title may have two links ("Special Envoy of the President of the United States for Peace Missions Steven
    # Witkoff"): the name ends the last, and every word between the title and the name is the title's
    link = links[-1]
    if link is not links[0] and not all(t.is_title or t.is_punct or t.lower_ in _TITLE_GLUE
                                        for t in doc[title.i + 1 : link.i]):
        return None
    last = doc[link.right_edge.i]
    if last.ent_type_ != "PERSON":
        return None
    start = last.i
    while start > link.i + 1 and doc[start - 1].ent_type_ == "PERSON" and doc[start].ent_iob_ != "B":
        start -= 1
    if start <= link.i + 1 or not doc[link.i + 1].is_title:
        return None  # no portfolio between the link and the name
    if doc[start - 1].lower_ in PERSON_TITLES:
        return None  # "Adviser for Policy to President Donald Trump": the name has a title of its own, the principal's
    name = doc[start:last.i + 1]
    return name.root


# The last words of the world's regions a title's "for" names ("Minister for the Middle East", "for Asia and the
# Pacific", "Special Envoy for the Horn of Africa"): continents, oceans and the compass regions, a closed class.
_REGION_ENDS = frozenset("""east west asia africa europe america americas pacific atlantic caribbean arctic antarctic
    antarctica oceania balkans gulf levant maghreb sahel""".split())


# The offices a "for" gives a place or a region ("Minister for Europe", "Special Envoy for Syria", "Secretary of
# State for Scotland", "Commissioner for Refugees"): a body's "for" is left alone ("the Foundation for Africa …").
_OFFICES_FOR = PERSON_TITLES | {"commissioner", "coordinator", "state"}


def _place_words(words: Span) -> str | None:
    """The label of the place ``words`` name: a known place's (GPE), or a region's (LOC), whose last word is a
    continent's, an ocean's or a compass region's ("Middle East", "Pacific"); None when they name no place."""
    if is_known_place(words.text):
        return "GPE"
    if words[-1].lower_ in _REGION_ENDS and all(t.is_title and t.is_alpha for t in words):
        return "LOC"
    return None


def people_after_places_of_titles(ents: list[Span]) -> list[Span]:
    """Part a place and the person's name the model ran together after a capitalised title's "of" or "for"
    ("Chief Executive of Hong Kong Carrie Lam" → "Hong Kong", GPE, + "Carrie Lam", PERSON; "Minister for the
    Middle East Tobias Ellwood" → "Middle East", LOC, + "Tobias Ellwood", PERSON): the place is the longest known
    place (or, after "for", a world region) opening the span, and two capitalised words at least must follow it.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    for ent in ents:
        if ent.end - ent.start < 3 or ent.label_ not in ("GPE", "LOC", "ORG", "PERSON"):
            out.append(ent)  # (too short, or no name of these: passed by before any word is read; "the" off the
            continue  # front only shortens it)
        doc = ent.doc
        link = doc[ent.start - 1].lower_ if ent.start >= 2 else ""
        # "for the Middle East …" (after "of", a name opening with "the" is a body's: "Xiaogang Wei of the Beijing
        # Gender Health Education Institute")
        start = ent.start + 1 if ent[0].lower_ == "the" and link == "for" else ent.start
        if (ent.end - start < 3 or ent.label_ not in ("GPE", "LOC", "ORG", "PERSON") or ent.start < 2
                or link not in _TITLE_LINKS or not doc[ent.start - 2].is_title
                or link == "for" and doc[ent.start - 2].lower_ not in _OFFICES_FOR):
            out.append(ent)
            continue
        words = doc[start:ent.end]
        found = ((k, _place_words(words[:k]) if link == "for" else "GPE" * is_known_place(words[:k].text))
                 for k in (3, 2, 1) if k <= len(words) - 2)
        place, label = next(((k, label) for k, label in found if label), (None, None))
        if place is None or not words[-1].is_title or not all(
                t.is_title and t.is_alpha or t.lower_ in NAME_PARTICLES for t in words[place:]):  # "… de Mistura"
            out.append(ent)
            continue
        out += [Span(doc, start, start + place, label=label), Span(doc, start + place, ent.end, label="PERSON")]
    return out
