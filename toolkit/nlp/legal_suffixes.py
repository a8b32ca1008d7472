"""A firm's legal form after a comma: "Holtzman Vogel, PLLC", "Acme Widgets, Inc.".

American firms write their legal form after the name and a comma ("PLLC", "LLC", "LLP", "Inc.", "Corp.", "Ltd."),
and the small model, which keeps "Acme Widgets, Inc." whole, often cuts a law firm's name there, tagging the
partners' surnames a person and the form a body ("Holtzman Vogel" PERSON, "PLLC" ORG). A legal form names no firm
of its own: :func:`names_with_legal_forms` joins it to the capitalised name before the comma, one body.

Example:
    >>> [e.text for e in names_with_legal_forms(list(nlp("Holtzman Vogel, PLLC, partner Joseph T. Burns").ents))]  # doctest: +SKIP
    ['Holtzman Vogel, PLLC', 'Joseph T. Burns']
"""

from __future__ import annotations

from spacy.tokens import Span

# Legal forms of firms, as written after the name (with and without the points).
LEGAL_FORMS = frozenset({"pllc", "llc", "llp", "lp", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "p.c.",
                         "l.l.c.", "l.l.p."})


# The legal forms of European firms, written after the name with no comma ("Equinor ASA", "Stellantis NV",
# "Siemens AG", "Novo Nordisk A/S"), as business news gives a firm's full name once; with the American ones.
FORMS_AFTER_NAMES = LEGAL_FORMS | frozenset({"asa", "nv", "n.v.", "ag", "se", "sa", "s.a.", "ab", "oyj", "gmbh",
                                              "spa", "s.p.a."})


def names_with_legal_forms(ents: list[Span]) -> list[Span]:
    """The entities with each legal form the model tags alone after a comma ("PLLC") joined to the name before
    the comma, which the model tagged a person, a body or even a place, and the capitalised proper nouns it left
    untagged in front ("Holtzman Vogel, PLLC": "Vogel" GPE, "Holtzman" untagged): one body (ORG); a body the model
    tagged with its form ("Chevrolet, Inc.") takes the capitalised proper nouns it left untagged in front."""
    out: list[Span] = []
    for e in ents:
        doc = e.doc
        if (out and e.label_ == "ORG" and len(e) == 1 and e[0].lower_ in LEGAL_FORMS and e.start >= 2
                and doc[e.start - 1].text == "," and out[-1].end == e.start - 1
                and out[-1].label_ in ("PERSON", "ORG", "GPE") and all(t.is_title or t.is_upper for t in out[-1])):
            start = _untagged_front(out[-1], out[-2].end if len(out) > 1 else 0, most=3, letters_only=False)
            out[-1] = Span(doc, start, e.end, label="ORG")
            continue
        if e.label_ == "ORG" and _legal_form_inside(e):
            e = Span(doc, _untagged_front(e, out[-1].end if out else 0, most=2, letters_only=True), e.end, label="ORG")
        elif e.label_ == "ORG" and len(e) == 1 and e[0].lower_ in FORMS_AFTER_NAMES and e[0].text[0].isupper():
            # "Equinor ASA said" (round wire36b): the model tags the form alone, no firm of its own; the untagged
            # capitalised proper nouns right before it are the firm's name
            e = Span(doc, _untagged_front(e, out[-1].end if out else 0, most=2, letters_only=True), e.end, label="ORG")
        out.append(e)
    return out


def ends_in_legal_form(words) -> bool:
    """Whether a name of two words or more ends in a firm's legal form written after it ("Energy Transfer LP",
    "Uniper SE", "Kinder Morgan Inc."): a firm's name, never a person's (round wire37). An American form may be
    written in title case ("Inc."), a European one only in capitals as firms write it ("SE", "AG", "NV"), since
    "Se" or "Ag" could be a word of a person's name.

    Args:
        words: the name's tokens (a span or a list of them).
    """
    words = [t for t in words if t.text != "."]
    if len(words) < 2:
        return False
    last = words[-1].text
    form = last.lower().rstrip(".")
    return (form in {f.rstrip(".") for f in LEGAL_FORMS} and (last[:1].isupper() or form == "plc")
            or form in FORMS_AFTER_NAMES and last.rstrip(".").isupper() and len(form) >= 2)


def _legal_form_inside(ent: Span) -> bool:
    """Whether a body's span ends in a legal form after a comma, the form's own stop aside ("Chevrolet, Inc.")."""
    words = [t for t in ent if t.text != "."]
    return len(words) >= 3 and words[-1].lower_ in LEGAL_FORMS and words[-2].text == ","


def _untagged_front(ent: Span, floor: int, *, most: int, letters_only: bool) -> int:
    """Where a firm's name with its legal form starts: over up to ``most`` capitalised proper nouns (of letters
    only, if so asked) the model left untagged in front ("Holtzman Vogel, PLLC"; "Paddock Chevrolet, Inc., CEO
    Duane Paddock:" tagged "Chevrolet, Inc."), not before ``floor``, the end of the entity before it."""
    doc, start = ent.doc, ent.start
    while (start > floor and ent.start - start < most and not doc[start - 1].ent_type_
           and (doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title
                and (doc[start - 1].is_alpha or not letters_only)
                or _number_after_name(doc, start - 1, floor))):
        start -= 1
    return start


def _number_after_name(doc, i: int, floor: int) -> bool:
    """Whether token ``i`` is a number written in digits right after an untagged capitalised proper noun, inside a
    firm's name ("De La Fuente's Rocky 101 LLC political action committee", round ent38; "Studio 54 LLC")."""
    before = doc[i - 1] if i - 1 >= floor else None
    return (doc[i].is_digit and before is not None and not before.ent_type_ and before.pos_ == "PROPN"
            and before.is_title and before.is_alpha)
