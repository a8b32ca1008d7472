"""Bodies defined by initials written in mixed case in brackets: "Transport for London (TfL)", "Jehovah's Witnesses
(JWs)" (round ent41a).

Some initials keep the small words of a name in lower case ("TfL", Transport for London; "DfE", the Department for
Education; "BoE", the Bank of England) or add a plural "s" for a name of members ("JWs", Jehovah's Witnesses). The
acronym rules (:mod:`~toolkit.nlp.acronyms`) read words in capitals only, so such a bracket defines nothing there,
and the small model often leaves the name before it untagged or cut ("Transport" a person, "London" a place).

:func:`names_before_mixed_initials` reads the words right before the bracket back from it: each capitalised word
gives its capital, each small word of a name ("for", "of", "and", …) its lower-case letter where the initials have
one, a possessive "'s" gives none, and a lower-case "s" ending the initials is the plural of a last word in "s".
When the letters so read are the initials, case and all, the words are one name and the bracket its short form:
both become one body (ORG), taking in the pieces the model made of them (a place inside the name, "London", is part
of it). The label is the model's where it read the whole name as one of the six kinds; an apposition may still say
what the name is in the set's vote ("another sect of Christianity").

Example:
    >>> [(e.text, e.label_) for e in names_before_mixed_initials(nlp("Transport for London (TfL) said so.").ents)]
    ... # doctest: +SKIP
    [('Transport for London', 'ORG'), ('TfL', 'ORG')]
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Span

from toolkit.nlp.lexicon import NAME_LABELS
from toolkit.nlp.lookups import doc_text, indices_of

# Small words of a name that initials written in mixed case keep, in lower case ("TfL", "DfE", "BoE").
_SMALL_WORDS = frozenset({"for", "of", "and", "on", "in", "the"})
_LONGEST_NAME = 8  # words read back from the bracket
# Labels of the pieces a cut name may be in: what the model makes of a name it does not know.
_PIECE_LABELS = NAME_LABELS | {"CARDINAL", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}


def mixed_initials(text: str) -> bool:
    """Whether a word is initials written in mixed case: two to six letters, at least two capitals and one
    lower-case letter, starting with a capital ("TfL", "JWs", "DfE"; not "WHO", "Phivolcs")."""
    return (2 <= len(text) <= 6 and text.isalpha() and text[0].isupper() and sum(c.isupper() for c in text) >= 2
            and any(c.islower() for c in text))


def _name_start(doc, close: int, initials: str) -> int | None:
    """The first index of the words right before ``close`` (the "(" index) whose letters are ``initials``, or
    None. Words are read back from the bracket; the letters, case and all, must match exactly."""
    wanted = initials
    plural = wanted.endswith("s") and not wanted[-2:-1].islower()  # "JWs": the last word's plural
    if plural:
        wanted = wanted[:-1]
    k, read = close - 1, ""
    if plural and not doc[k].lower_.endswith("s"):
        return None
    while k >= 0 and close - k <= _LONGEST_NAME:
        word = doc[k]
        if word.text in ("'s", "’s") and k < close - 1:
            k -= 1
            continue  # "Jehovah's Witnesses": the possessive gives no letter
        if word.is_title and word.is_alpha:
            letter = word.text[0]
        elif word.lower_ in _SMALL_WORDS and k < close - 1:
            letter = word.lower_[0]
        else:
            return None
        if not wanted.endswith(letter + read):
            if letter.islower():  # a small word the initials skip ("Department of Health (DoH)" keeps it)
                k -= 1
                continue
            return None
        read = letter + read
        if read == wanted:
            return k if doc[k].is_title else None
        k -= 1
    return None


def names_before_mixed_initials(doc, ents: list[Span]) -> list[Span]:
    """"Transport for London (TfL) told passengers", "Jehovah's Witnesses (JWs), another sect of Christianity":
    the words before a bracket of initials in mixed case, whose letters they are, are one body named with its
    short form; both are tagged as one label (the model's for the whole name, else ORG), replacing the pieces the
    model made inside them. A name the model read whole and the same is left as it is."""
    if "(" not in doc_text(doc):
        return ents
    opening = [int(k) for k in indices_of(doc, ORTH, {"("})]
    brackets = [k + 1 for k in opening if 2 <= k and k + 2 < len(doc) and doc[k + 2].text == ")"
                and mixed_initials(doc[k + 1].text)]
    if not brackets:
        return ents
    out = list(ents)
    by_token = {t: e for e in ents for t in range(e.start, e.end)}
    for i in brackets:
        start = _name_start(doc, i - 1, doc[i].text)
        if start is None or i - 1 - start < 2:
            continue
        inside = {by_token[t] for t in range(start, i - 1) if t in by_token}
        if any(e.start < start or e.end > i - 1 or e.label_ not in _PIECE_LABELS for e in inside):
            continue  # a name of another kind, or one that runs beyond the words
        whole = next((e for e in inside if e.start == start and e.end == i - 1), None)
        label = whole.label_ if whole is not None and whole.label_ in NAME_LABELS else "ORG"
        own = by_token.get(i)
        if own is not None and (own.start != i or own.end != i + 1):
            continue
        if whole is not None and own is not None and own.label_ == label:
            continue  # the model's own reading, whole
        out = [e for e in out if e not in inside and e is not own]
        out += [Span(doc, start, i - 1, label=label), Span(doc, i, i + 1, label=label)]
    return sorted(out, key=lambda e: e.start)
