"""Names of states and provinces below the country that the small model cut, split or ran into a person's.

The model meets "Rio Grande do Sul" and "Newfoundland and Labrador" rarely: it stops at the small word ("Rio
Grande" of "southern Brazil's Rio Grande do Sul state") or makes two names of one ("Newfoundland" ORG + "Labrador"
GPE); and it runs a province into the title and the name of its governor ("Mendoza Governor Alfredo Cornejo", one
person). The ISO 3166-2 gazetteer (:mod:`toolkit.nlp.subdivisions`) spells such names whole: a span the gazetteer
closes over its small words is extended, and a span that opens with a province and a governor's title is parted.

Example:
    >>> [e.text for e in states_closed(list(doc.ents))]   # "… Rio Grande do Sul state …"  # doctest: +SKIP
    ['Rio Grande do Sul']
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import TITLE_WORDS
from toolkit.nlp.subdivisions import common_word, is_subdivision, subdivision_label, subdivision_names
from toolkit.nlp.lookups import indices_of

# The small words inside a state's name ("Rio Grande do Sul", "Santiago del Estero", "Newfoundland and Labrador").
_JOINING_WORDS = frozenset({"do", "da", "dos", "das", "de", "del", "and", "y", "e", "la", "of"})
# The titles of a state's or a province's head that news writes between the state and the name ("Mendoza Governor
# Alfredo Cornejo", "Ontario Premier Doug Ford", "Punjab Chief Minister Bhagwant Mann").
_STATE_HEADS = frozenset({"governor", "gov", "premier", "chief"})


def states_closed(ents: list[Span]) -> list[Span]:
    """Extend a name over the small word and the capitalised words after it where the whole is a state's ("Rio
    Grande" + "do Sul"; "Newfoundland" + "and Labrador", the next name taken in) or a known city's ("Caxias" + "do
    Sul", a place cut so), and part a span opening with a
    state and its head's title ("Mendoza Governor Alfredo Cornejo" → "Mendoza" GPE + "Alfredo Cornejo" PERSON).

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans so mended.
    """
    out: list[Span] = []
    skip_to = -1
    for k, ent in enumerate(ents):
        if ent.start < skip_to:
            continue  # (a name taken into the state's before it)
        closed = _closed(ent, ents[k + 1:])
        if closed is not None:
            skip_to = closed.end
            out.append(closed)
            continue
        out.extend(_state_before_head(ent) or [ent])
    return out


def _closed(ent: Span, after: list[Span]) -> Span | None:
    """The state's name ``ent`` opens, run on over a small word and one or two capitalised words; None when the
    gazetteer knows no such whole or the name is one already."""
    doc = ent.doc
    if ent.label_ not in ("GPE", "LOC", "ORG", "PERSON", "NORP") or ent.end >= len(doc) \
            or doc[ent.end].lower_ not in _JOINING_WORDS or not doc[ent.end].is_lower:
        return None
    for width in (2, 1):
        end = ent.end + 1 + width
        if end > len(doc) or not all(t.is_title and t.is_alpha for t in doc[ent.end + 1:end]):
            continue
        if any(e.start < end and e.end > end for e in after):
            continue  # (a name the whole would cut in two)
        text = doc[ent.start:end].text
        if " " in text and is_subdivision(text) and not is_subdivision(ent.text):
            return Span(doc, ent.start, end, label=subdivision_label(text) or "GPE")
        if is_known_place(text, cities=True):
            return Span(doc, ent.start, end, label="GPE")  # "Caxias" + "do Sul": a city the gazetteer knows whole
    return None


def _state_before_head(ent: Span) -> list[Span] | None:
    """"Mendoza Governor Alfredo Cornejo" → the state and the person; None for any other span."""
    doc = ent.doc
    if ent.label_ not in ("PERSON", "ORG") or len(ent) < 4:
        return None
    for k in range(ent.start + 1, min(ent.end - 2, ent.start + 4)):
        word = doc[k]
        if word.lower_.strip(".") not in _STATE_HEADS or not word.is_title:
            continue
        state = doc[ent.start:k]
        rest = doc[k + 1:ent.end] if word.lower_ != "chief" else doc[k + 2:ent.end]
        if word.lower_ == "chief" and (k + 1 >= ent.end or doc[k + 1].lower_ != "minister"):
            return None  # ("Chief" opens other titles: only "Chief Minister" heads a state)
        if not is_subdivision(state.text) or common_word(state.text) or not 2 <= len(rest) <= 3 \
                or not all(t.is_title and t.pos_ == "PROPN" for t in rest):
            return None
        return [Span(doc, state.start, state.end, label="GPE"), Span(doc, rest.start, rest.end, label="PERSON")]
    return None


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first words of the subdivisions' names of two words or more that are not all common words ("New" of
    "New South Wales"; not "North West")."""
    return frozenset(name.split()[0] for name in subdivision_names()
                     if " " in name and not all(common_word(w) for w in name.split()))


def inside_a_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the words ``doc[start:end]`` touch a capitalised proper noun or follow a title, so that they may be
    part of a longer name rather than a place of their own ("New South Wales Police", "Senator Georgia …").

    A capitalised proper noun that opens the sentence before them does not count: it is capitalised as the
    sentence's first word, not as a name's.
    """
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return (before is not None and (before.is_title and before.pos_ == "PROPN" and not before.is_sent_start
                                    or before.lower_.strip(".") in TITLE_WORDS)
            or after is not None and after.is_title and after.pos_ == "PROPN" and not _title_before_a_name(doc, end))


def _title_before_a_name(doc: Doc, i: int) -> bool:
    """Whether the capitalised words from ``i`` are a title of one to three words and a name after it ("Nepal | Prime
    Minister Pushpa Kamal Dahal", round wire38): the place before them is the office's seat, no part of a name."""
    k = i
    while k < len(doc) and k - i < 3 and doc[k].lower_ in TITLE_WORDS and doc[k].is_title:
        k += 1
    return i < k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN" and doc[k].lower_ not in TITLE_WORDS


def untagged_states(doc: Doc, taken: set[int]) -> list[Span]:
    """A state's or a province's name of two words or more that the model left untagged ("Residents of
    Murwillumbah, New South Wales, were evacuated"; "near Bento Gonçalves, Rio Grande do Sul, was closed"): the
    words spell a subdivision whole, no capitalised name word touches them (not part of a longer name: "New South
    Wales Police") and no title is before them.

    Args:
        doc: the parsed text.
        taken: the indices of the tokens already in an entity.
    """
    found: list[Span] = []
    for i in indices_of(doc, ORTH, _first_words()):
        if i in taken or doc[i].ent_type_ or not doc[i].is_title or found and found[-1].end > i:
            continue
        for end in range(min(len(doc), i + 4), i + 1, -1):
            span = doc[i:end]
            if not is_subdivision(span.text) or any(t.i in taken or t.ent_type_ for t in span) \
                    or all(common_word(t.text) for t in span if t.is_title):
                continue
            if inside_a_longer_name(doc, i, end):
                break
            found.append(Span(doc, i, end, label=subdivision_label(span.text) or "GPE"))
            break
    return found
