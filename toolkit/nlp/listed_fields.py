"""Bodies named after a list of fields written before their head: "the Senate Health, Education, Labor and
Pensions Committee", "the Health, Employment, Labor, and Pensions Subcommittee".

Committees of legislatures are named after the fields they oversee, listed with commas and a last "and" before
the head noun. The small model cuts such a name at the commas and at the "and" ("the Senate Health, Education" +
"Labor and Pensions Committee on"; "Health, Employment" + "Pensions Subcommittee") and leaves a field between
untagged. :func:`fields_listed_before_heads` joins the list and its head again into one body (ORG). The list is
the name's when it runs, right before a committee's head, over one to three capitalised words a field, commas
between the fields and a single "and" (", and") before the last, with two commas or more or a comma before the
"and" (a list of three fields or more; two fields, "Energy and Commerce", the model keeps). A lower-case word or a
second "and" ends it on the left ("Chairwoman Foxx and Health, …": "Foxx" is no field of the list).

Example:
    >>> [(e.text, e.label_) for e in fields_listed_before_heads(list(doc.ents))]  # doctest: +SKIP
    [('Senate Health, Education, Labor and Pensions Committee', 'ORG')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.mistags import english_words

# The heads of bodies that legislatures and governments name after the fields they oversee.
_LISTED_HEADS = frozenset({"committee", "subcommittee", "commission", "council", "board", "caucus", "panel",
                           "department", "ministry", "agency", "bureau", "authority"})
# ("the Meteorology, Climatology, and Geophysics Agency (BMKG)", Indonesia's weather agency, round wire38)
_MAX_FIELD_WORDS = 3


def _field_word(token) -> bool:
    return token.is_alpha and (token.is_title or token.is_upper and len(token) > 1)


def fields_listed_before_heads(ents: list[Span]) -> list[Span]:
    """Join a list of fields and the committee's head after it into one body (see the module's docstring)."""
    if not ents:
        return ents
    doc = ents[0].doc
    joined: list[Span] = []
    for ent in ents:
        if ent.label_ != "ORG":
            continue
        for head in range(ent.start, ent.end):
            if doc[head].lower_ not in _LISTED_HEADS or not doc[head].is_title or head == ent.start:
                continue
            start = _scan(doc, head)
            if start is not None and start < ent.start and all(
                    e.label_ == "ORG" or _field_read_as_a_person(e) for e in ents if e.start < head and e.end > start):
                # (every name the model found in the list is a body's piece: "Paris, Lyon and Marseille
                # Council members" lists places, whose council each has)
                end = ent.end if all(_field_word(t) or t.lower_ in ("of", "on", "for", "and", "the")
                                     for t in doc[head + 1:ent.end]) and doc[ent.end - 1].is_title else head + 1
                joined.append(Span(doc, start, end, label="ORG"))
            break
    if not joined:
        return ents
    taken = {i for span in joined for i in range(span.start, span.end)}
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    return sorted(kept + joined, key=lambda e: e.start)


def _field_read_as_a_person(ent: Span) -> bool:
    """Whether a name in the list is one English word read as a person ("Meteorology" of "the Meteorology,
    Climatology, and Geophysics Agency", round wire38): a field's word, no person's name."""
    return ent.label_ == "PERSON" and len(ent) == 1 and ent[0].lower_ in english_words(ent.doc.vocab)


def _scan(doc, head: int) -> int | None:
    """The list's first token before the head at ``head``: fields right to left, the last after "and" or
    ", and", the others after commas."""
    i = head - 1
    fields = commas = 0
    seen_and = False
    start = None
    while i >= 0:
        words = 0
        while i >= 0 and _field_word(doc[i]) and words < _MAX_FIELD_WORDS and doc[i].lower_ != "and":
            i -= 1
            words += 1
        if not words:
            return None
        fields += 1
        start = i + 1
        if i < 0:
            break
        if doc[i].lower_ == "and" and not seen_and and fields == 1:
            seen_and = True
            i -= 1
            if i >= 0 and doc[i].text == ",":
                commas += 1
                i -= 1
            continue
        if doc[i].text == "," and seen_and:
            commas += 1
            i -= 1
            continue
        break
    if not seen_and or fields < 3 or commas < 1:
        return None
    # the left end: the first field may have run on over a chamber's name ("Senate Health"), which the list keeps
    return start
