"""Acronym mentions: a body's acronym the model tags once and misses elsewhere, or misses in brackets after the name.

* "wiped tens of billions of euros from VW's value … It has also opened VW up to huge compensation claims": a text
  means one thing by one word in capitals; the model, reading each sentence anew, tags a body's acronym in one and
  leaves it in another. A word of two to six capitals, untagged, that the model tagged a body (ORG) elsewhere in the
  text, alone, is that body (:func:`acronyms_named_again`); not where it modifies a common noun ("CI checks"), as a
  term's abbreviation does as often as a body's.
* "the International Organization for Renewable Energies (IRENA)": a word in capitals in brackets right after a
  body's name is the body's short form, though its letters need not be the name's initials (a name translated
  keeps its own acronym) and may spell a word, which :func:`~toolkit.nlp.acronyms.acronym_names` leaves
  (:func:`acronyms_after_bodies`). A country's code in brackets ("(UK)") is left to the rules of places, and so is
  a title's before a person's name ("Member of Parliament (MP) Yvette Cooper").

Both read only the Doc's words in capitals (its arrays) and return at once when the text has none.

Example:
    >>> [e.text for e in acronyms_after_bodies(nlp("the International Organization for Renewable Energies (IRENA) "
    ...                                             "is certain"), set())]   # doctest: +SKIP
    ['IRENA']
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from toolkit.nlp.lexicon import HYPHENS
from toolkit.nlp.lookups import upper_case_indices
from toolkit.nlp.surfaces import is_state_or_country


def _capital_words(doc: Doc) -> list[int]:
    """The indices of the Doc's words of two to six capitals, found in its array."""
    return [i for i in upper_case_indices(doc) if doc[i].is_alpha and 2 <= len(doc[i]) <= 6]


def _stands_alone(doc: Doc, i: int) -> bool:
    """Whether the capitals at ``i`` stand alone: no capitals beside them (a heading, "BREAKING NEWS") and no
    hyphen joining them to a code ("WHO-CHOICE")."""
    for k in (i - 1, i + 1):
        if 0 <= k < len(doc):
            t = doc[k]
            if t.is_upper and t.is_alpha and len(t) > 1 or t.text in HYPHENS and not (doc[min(i, k)].whitespace_):
                return False
    return True


def acronyms_named_again(doc: Doc, taken: set[int]) -> list[Span]:
    """Untagged words in capitals that the model tagged a body, alone, elsewhere in the text (see the module).

    Args:
        doc: a parsed ``Doc`` (its ``ents`` the model's).
        taken: indices of tokens already in an entity.

    Returns:
        New ORG spans of one token.
    """
    capitals = _capital_words(doc)
    if len(capitals) < 2:
        return []
    bodies = {doc[i].text for i in capitals if doc[i].ent_type_ == "ORG" and doc[i].ent_iob_ == "B"
              and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")}
    if not bodies:
        return []
    return [Span(doc, i, i + 1, label="ORG") for i in capitals
            if doc[i].text in bodies and not doc[i].ent_type_ and i not in taken and doc[i].pos_ == "PROPN"
            and _stands_alone(doc, i) and not _modifies_a_common_noun(doc[i]) and not _follows_a_name(doc, i)]


def _follows_a_name(doc: Doc, i: int) -> bool:
    """Whether the capitals come right after a name the model tagged ("White House AI and crypto czar, David
    Sacks"): there they are the last word of a longer title or name, not the body alone."""
    return i > 0 and bool(doc[i - 1].ent_type_)


def _modifies_a_common_noun(token) -> bool:
    """Whether the capitals modify a common noun right after them ("CI checks", "the CentOS QA team"): a term's
    abbreviation is used so as often as a body's, and the model's tag elsewhere is no sign of which."""
    return token.dep_ in ("compound", "amod", "nmod") and token.head.pos_ == "NOUN" and token.head.i > token.i


def acronyms_after_bodies(doc: Doc, taken: set[int]) -> list[Span]:
    """Untagged words in capitals in brackets right after a body's name (see the module).

    Args:
        doc: a parsed ``Doc`` (its ``ents`` the model's).
        taken: indices of tokens already in an entity.

    Returns:
        New ORG spans of one token.
    """
    n = len(doc)
    return [Span(doc, i, i + 1, label="ORG") for i in _capital_words(doc)
            if 2 <= i < n - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")" and doc[i - 2].ent_type_ == "ORG"
            and not doc[i].ent_type_ and i not in taken and not is_state_or_country(doc[i].text)
            and not (i + 2 < n and doc[i + 2].is_title and doc[i + 2].pos_ == "PROPN")]
    # (not "Member of Parliament (MP) Yvette Cooper": a title in brackets before the person's name)
