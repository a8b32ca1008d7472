"""Names the small model ran together over a list's joiners, or cut at the "and" inside a name.

* "My heart breaks for Deirdre, Wyatt & Zach": English lists people it has introduced by their given names
  alone, with commas and "and" or "&". The small model reads such a list as one body ("Deirdre, Wyatt & Zach"
  ORG), so that none of the people is found. A span of three one-word names or more joined by commas and a last
  "and" or "&", of which two or more are people the model tags alone elsewhere in the text, is those people
  (:func:`given_names_run_together`); a firm named after its founders ("Skadden, Arps, Slate, Meagher & Flom")
  names no one the text tags alone, and is left.
* "at the Baylor Scott and White Medical Center": a hospital, a foundation or an institute named after two
  founders or two bodies joins their names with "and" under one article, and the small model cuts the name at
  "and" ("the Baylor Scott" ORG + "White Medical Center"), so that neither part names anything. A name built like
  a person's, right after "the", then "and", then a body or a building whose own name ends in such a head and
  takes no article of its own, is one name, with the second part's label (:func:`names_of_two_founders`); "the
  Red Cross" (no name built like a person's: "cross" heads bodies' names) is left.

Example:
    >>> [(e.text, e.label_) for e in given_names_run_together(list(doc.ents))]   # doctest: +SKIP
    [('Deirdre', 'PERSON'), ('Wyatt', 'PERSON'), ('Zach', 'PERSON')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.antecedents import built_like_a_person
from toolkit.nlp.gazetteer import is_known_place

_LIST_JOINERS = frozenset({",", "and", "&"})
_LAST_JOINERS = frozenset({"and", "&"})
# Heads of the names of hospitals, clinics, foundations and institutes, which two founders' names may open.
_FOUNDED_HEADS = frozenset({"center", "centre", "hospital", "clinic", "foundation", "institute"})
_BODY_LABELS = frozenset({"ORG", "FAC"})


def _one_word_names(ent: Span) -> list[int] | None:
    """The token indices of the one-word names of a list span ("Deirdre, Wyatt & Zach"), or None when the span
    is no such list: a title-case word, then a joiner, and so on, the last joiner "and" or "&"."""
    names, expect_name = [], True
    for t in ent:
        if expect_name:
            if not (t.is_title and t.is_alpha and t.pos_ == "PROPN"):
                return None
            names.append(t.i)
        elif t.lower_ not in _LIST_JOINERS:
            return None
        expect_name = not expect_name
    if expect_name or len(names) < 3 or ent.doc[names[-1] - 1].lower_ not in _LAST_JOINERS:
        return None
    return names


def given_names_run_together(ents: list[Span]) -> list[Span]:
    """Cut a "body" that lists people by their given names into the people (see the module)."""
    candidates = [e for e in ents if e.label_ != "PERSON" and len(e) >= 5 and any(t.lower_ in _LAST_JOINERS for t in e)]
    if not candidates:
        return ents
    lone_people = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1}
    changed: dict[int, list[Span]] = {}
    for ent in candidates:
        names = _one_word_names(ent)
        if names is None:
            continue
        doc = ent.doc
        if sum(doc[i].text in lone_people for i in names) < 2:
            continue
        changed[ent.start] = [Span(doc, i, i + 1, label="PERSON") for i in names]
    if not changed:
        return ents
    out: list[Span] = []
    for e in ents:
        out.extend(changed.get(e.start, [e]) if e.label_ != "PERSON" else [e])
    return out


def names_of_two_founders(ents: list[Span]) -> list[Span]:
    """Join a founder's name cut off at "and" to the founded body's name after it (see the module)."""
    out: list[Span] = []
    for ent in ents:
        previous = out[-1] if out else None
        if previous is not None and ent.label_ in _BODY_LABELS and ent[-1].lower_ in _FOUNDED_HEADS \
                and previous.label_ in ("ORG", "PERSON") and ent.start == previous.end + 1 \
                and ent.doc[previous.end].lower_ == "and" and _first_founder(previous) \
                and 2 <= len(ent) <= 4 and all(t.is_title for t in ent) \
                and not is_known_place(ent[0].text, cities=True):
            out[-1] = Span(ent.doc, previous.start, ent.end, label=ent.label_)  # "the Baylor Scott and White …"
            continue
        out.append(ent)
    return out


def _first_founder(span: Span) -> bool:
    """Whether a span is a name built like a person's right after "the" (the article inside it or before it)."""
    doc = span.doc
    if span[0].lower_ == "the":
        name = span[1:]
    elif span.start > 0 and doc[span.start - 1].lower_ == "the":
        name = span
    else:
        return False
    return built_like_a_person(name)

