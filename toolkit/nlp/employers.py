"""Employers the model left untagged, named by the people who work there: "Analysts at Citi said …".

Business and science news cites a firm or an institution through its staff: "analysts at Citi", "economists at
Nomura", "researchers at Karolinska". The small model tags such a name in one sentence and misses it in the
next. A run of capitalised proper nouns, after "at" that hangs on the plural noun of a trade whose people work
for a body, and no town the gazetteer knows ("researchers at Oxford" may mean the town as well), is a body.

Example:
    >>> [e.text for e in employers_after_staff(doc, set())]   # doctest: +SKIP
    ['Citi']
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import is_known_place, known_places_plain, people_adjective
from toolkit.nlp.lookups import indices_of

# Plural nouns of trades whose people work for a firm or an institution, cited by it.
_STAFF = frozenset("""analysts economists strategists researchers scientists engineers executives bankers traders
    employees staffers""".split())
_LONGEST = 4


def employers_after_staff(doc: Doc, taken: set[int]) -> list[Span]:
    """Untagged bodies after "<staff> at" (see the module's docstring).

    Args:
        doc: the parsed document.
        taken: indices of the tokens entities found so far hold (not changed).
    """
    found: list[Span] = []
    for i in indices_of(doc, LOWER, _STAFF):
        at = i + 1
        if at + 1 >= len(doc) or doc[at].lower_ != "at" or doc[at].head.i != i:
            continue
        end = at + 1
        while (end < len(doc) and end - at <= _LONGEST and end not in taken and not doc[end].ent_type_
               and doc[end].pos_ == "PROPN" and (doc[end].is_title or doc[end].is_upper) and doc[end].is_alpha):
            end += 1
        if end == at + 1 or end - at > _LONGEST:
            continue
        name = doc[at + 1 : end]
        if is_known_place(name.text, cities=True) or name.text in known_places_plain():
            continue
        found.append(Span(doc, name.start, name.end, label="ORG"))
    return found


# The singular of those trades, and the officers a firm's spokesman cites ("Annabel Bishop, chief economist at
# Investec").
_OFFICERS = frozenset({"analyst", "economist", "strategist", "researcher", "scientist", "engineer", "executive",
                       "banker", "trader", "employee", "staffer"})
# The labels the model gives such an employer of one word by mistake.
_MISLABELS = frozenset({"NORP", "PERSON", "GPE", "PRODUCT"})


def employers_of_officers(ents: list[Span]) -> list[Span]:
    """A one-word name after "at" that hangs on a trade's singular noun ("chief economist at Investec": "Investec"
    NORP, round wire41) is the person's employer, a body (ORG): no known place ("a researcher at Oxford") and no
    nation's or people's word.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    for e in ents:
        doc = e.doc
        if (e.label_ in _MISLABELS and len(e) == 1 and e.start >= 2 and doc[e.start - 1].lower_ == "at"
                and doc[e.start - 2].lower_ in _OFFICERS and e[0].dep_ == "pobj" and e[0].head.i == e.start - 1
                and e[0].is_title and not is_known_place(e.text, cities=True) and not people_adjective(e.text)):
            e = Span(doc, e.start, e.end, label="ORG")
        out.append(e)
    return out
