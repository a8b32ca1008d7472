"""Acronyms of common terms, which a text spells out in lower case ("DRM (digital rights management)",
"liquid natural gas (LNG)"), and which the small model takes for bodies' names; and acronyms of agreements,
spelt out in capitals with an agreement's head noun ("Technology Prosperity Deals (TPD)"), which name a
document, no one.

News spells out an acronym once, beside it in brackets. A body's or a place's name is spelt out in
capitals ("the Electronic Frontier Foundation (EFF)"); a term's in lower case, which says that the
letters name a thing, no one: :func:`glossed_acronyms` finds these and :func:`drop_glossed_terms`
drops every entity of the document that is only such an acronym.

Example:
    >>> [e.text for e in drop_glossed_terms(doc, list(doc.ents))]  # "… critical of DRM (digital rights management) …"  # doctest: +SKIP
    []
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import NAME_LABELS
from toolkit.nlp.lookups import indices_of

_JOINERS = frozenset({"-", "–", "/"})  # "liquid-entrenched", "desorption/ionization": each part gives its initial


def _initials(doc: Doc, positions: range | list[int], want: int, *, backwards: bool = False) -> str | None:
    """The initials of the first ``want`` lower-case words at ``positions`` (hyphens and slashes skipped), or
    None when a word that is no lower-case word comes first. The expansion's own first word may be capitalised
    ("Matrix-assisted laser desorption/ionization (MALDI)", a term named after "called"): the first read
    forwards, the last read ``backwards``."""
    letters = []
    for i in positions:
        token = doc[i]
        if token.text in _JOINERS:
            continue
        opening = len(letters) == (want - 1 if backwards else 0)
        if not (token.is_alpha and (token.is_lower or opening and token.is_title)):
            return None
        letters.append(token.text[0].lower())
        if len(letters) == want:
            return "".join(letters)
    return None


def glossed_acronyms(doc: Doc) -> set[str]:
    """Acronyms of two to six capitals that the document spells out in lower case, either way round:
    "DRM (digital rights management, …)" and "liquid natural gas (LNG)"."""
    found = set()
    for i in indices_of(doc, ORTH, ("(",)):
        if i >= 1 and i + 1 < len(doc):
            before, after = doc[i - 1], doc[i + 1]
            if _acronym(before.text) and _initials(doc, range(i + 1, min(len(doc), i + 14)), len(before.text)) \
                    == before.text.lower():
                found.add(before.text)  # "DRM (digital rights management"
            if (_acronym(after.text) and i + 2 < len(doc) and doc[i + 2].text == ")" and _initials(
                    doc, range(i - 1, max(-1, i - 14), -1), len(after.text), backwards=True) == after.text.lower()[::-1]):
                found.add(after.text)  # "liquid natural gas (LNG)"
            if (_acronym(after.text) and i + 2 < len(doc) and doc[i + 2].text == ")"
                    and _agreement_initials(doc, i, len(after.text)) == after.text):
                found.add(after.text)  # "Technology Prosperity Deals (TPD)": an agreement's, no body's
    return found


# The head nouns of the names of agreements between parties, which are documents, not bodies: the acronym of
# such a name ("the North American Free Trade Agreement (NAFTA)") names no one either.
_AGREEMENT_HEADS = frozenset({"agreement", "deal", "accord", "treaty", "pact"})


def _agreement_initials(doc: Doc, bracket: int, want: int) -> str | None:
    """The initials of the ``want`` capitalised words before ``doc[bracket]`` (a bracket), when the last of them
    is the head of an agreement's name, singular or plural ("Technology Prosperity Deals (TPD)")."""
    words = [doc[i] for i in range(bracket - 1, max(-1, bracket - 1 - want), -1)][::-1]
    last = words[-1].lower_ if words else ""
    if len(words) < want or not all(t.is_alpha and t.is_title for t in words) or not (
            last in _AGREEMENT_HEADS or last.endswith("s") and last[:-1] in _AGREEMENT_HEADS
            or last.endswith("ies") and last[:-3] + "y" in _AGREEMENT_HEADS):
        return None
    return "".join(t.text[0] for t in words)


def _acronym(text: str) -> bool:
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def drop_glossed_terms(doc: Doc, ents: list[Span]) -> list[Span]:
    """Drop the entities of the six name labels that are only an acronym the document spells out in lower
    case (:func:`glossed_acronyms`), and cut such an acronym and "of" off a known place ("the EEZ of Cyprus").

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
    """
    if not any(e.label_ in NAME_LABELS and any(_acronym(t.text) for t in e[:2]) for e in ents):
        return ents
    terms = glossed_acronyms(doc)
    if not terms:
        return ents
    out = []
    for ent in ents:
        if ent.label_ not in NAME_LABELS:
            out.append(ent)
            continue
        first = 1 if ent[0].lower_ == "the" else 0
        if len(ent) == first + 1 and ent[first].text in terms:
            continue  # "DRM", "the LNG": a term
        if (len(ent) > first + 2 and ent[first].text in terms and ent[first + 1].lower_ == "of"
                and is_known_place(ent[first + 2 :].text)):
            # "the EEZ of Cyprus": the term "of" a known place, which alone is the name
            out.append(Span(ent.doc, ent.start + first + 2, ent.end, label="GPE"))
            continue
        out.append(ent)
    return out
