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

from toolkit.nlp.gazetteer import is_known_place, known_places_plain
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
