"""A body's name before its officer's two-word title: "Sierra Club Executive Director Ben Jealous said …".

News names an officer by the body, the title and the person ("The American Border Story Executive Director Nicole
Kiprilov: “…”", "Heritage Foundation Executive Vice President …", "United Association of Union Plumbers and
Pipefitters General President Mark McManus:"). A title of two words opens with a word that is no noun of office on
its own ("Executive", "Vice", "Deputy", "Managing", "General", "Senior"), and the small model runs the body's name on
into it ("Sierra Club Executive" ORG). Where a body's name ends in such a word and the title's noun and a person's
name follow, the word is the title's: :func:`bodies_before_two_word_titles` ends the name before it. So with the field
of a spokesman's title ("Pentagon Press Secretary Peter Cook": "Pentagon Press" ORG), where the title's noun comes
right after it.

A service names its officer by the rank the same way ("Navy Capt. Jeff Davis", "Army Lt. Gen. Stephen Townsend",
"Air Force Col. John Thomas"), and the model runs the service's name on into the abbreviated rank ("Navy Capt",
"Air Force Col" ORG): :func:`bodies_before_ranks` ends the name before a rank a person's name follows.

Example:
    >>> [e.text for e in bodies_before_two_word_titles(list(nlp("Sierra Club Executive Director Ben Jealous said.").ents))]  # doctest: +SKIP
    ['Sierra Club', 'Ben Jealous']
"""

from __future__ import annotations

from spacy.tokens import Span

# The first words of officers' titles of two words ("Executive Director", "Vice President", "Deputy Director").
_TITLE_OPENERS = frozenset({"executive", "vice", "deputy", "managing", "associate", "assistant", "general", "senior"})
# The nouns of office they stand before.
# The fields of a spokesman's title, which open it only right before its noun ("Press Secretary", "Press Officer"):
# "Associated Press Executive Editor Julie Pace" keeps its "Press".
_FIELD_OPENERS = frozenset({"press"})
_FIELD_NOUNS = frozenset({"secretary", "officer", "attaché", "attache"})
_TITLE_NOUNS = frozenset({"director", "president", "chairman", "chairwoman", "chair", "editor", "officer",
                          "secretary", "counsel", "administrator", "producer", "manager", "partner", "fellow"})


def bodies_before_two_word_titles(ents: list[Span]) -> list[Span]:
    """End a body's name before the first word of an officer's two-word title that a person's name follows.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    people = {e.start for e in ents if e.label_ == "PERSON"}
    out = []
    for e in ents:
        if e.label_ != "ORG" or len(e) < 2:
            out.append(e)  # (only a body of two words or more ends so: the others passed by first)
            continue
        last = e.end - 1
        noun = e.end
        while noun < len(doc) and doc[noun].lower_ in _TITLE_OPENERS and doc[noun].is_title:
            noun += 1  # a title of three words ("… REALTORS Executive" + "Vice President Shannon McGahn")
        opener = doc[last].lower_ in _TITLE_OPENERS or (  # "Pentagon Press" + "Secretary Peter Cook"
            doc[last].lower_ in _FIELD_OPENERS and noun == e.end and noun < len(doc) and doc[noun].lower_ in _FIELD_NOUNS)
        if (e.label_ == "ORG" and len(e) >= 2 and opener and doc[last].is_title
                and noun + 1 < len(doc) and doc[noun].lower_ in _TITLE_NOUNS and doc[noun].is_title
                and noun + 1 in people):
            e = Span(doc, e.start, last, label=e.label_)
        out.append(e)
    return out


# Military and police ranks as news writes them before a name, spelt out or abbreviated ("Capt.", "Lt. Gen.", "Col."):
# a closed class.
_RANKS = frozenset("""capt captain gen general lt lieut lieutenant col colonel maj major sgt sergeant adm admiral
    cmdr cdr commander cpl corporal pvt private brig brigadier ens ensign spc cmdt commandant""".split())


def _rank(token) -> bool:
    """Whether ``token`` is a capitalised rank, abbreviated ("Capt", "Capt.") or spelt out ("Colonel")."""
    return token.is_title and token.lower_.rstrip(".") in _RANKS


def bodies_before_ranks(ents: list[Span]) -> list[Span]:
    """End a service's name before the rank of an officer whose name follows ("Navy Capt" + ". Jeff Davis" → "Navy",
    ORG; "Army Lt" + ". Gen. Stephen Townsend" → "Army").

    Args:
        ents: entity spans in document order, none overlapping.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    people = {e.start for e in ents if e.label_ == "PERSON"}
    out = []
    for e in ents:
        if e.label_ == "ORG" and len(e) >= 2 and _rank(doc[e.end - 1]):
            after = e.end
            while after < len(doc) and (doc[after].text == "." or _rank(doc[after])):
                after += 1  # the abbreviation's stop, and a rank of two words ("Lt. Gen.")
            if after in people:
                e = Span(doc, e.start, e.end - 1, label=e.label_)
        out.append(e)
    return out
