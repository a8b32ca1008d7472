"""Names of administrative divisions that the model took for people: "Jefferson Parish", "Milwaukee County".

A United States county (a "parish" in Louisiana, a "borough" in Alaska), a township, a Russian oblast or an
Arab governorate is named by a word and the division's own noun, capitalised as part of the name. The model
sometimes reads the first word as a given name and the noun as a surname ("Residents of some other areas,
such as Jefferson Parish, have been instructed to evacuate": a person). A name of two words or more whose last
word is such a noun, capitalised, is the division: a place (GPE), as "the county of X" already is. Only the
label "person" is overruled: a body ("Cook County Board") ends in its own head, and a police prefecture the
model calls an event or a body keeps its label. Some of these nouns are also surnames ("the actress Sarah
Parish", "Parish said"): a name after a role of people, or whose last word stands alone as a proper noun
elsewhere in the document (a surname repeated, which a division's noun never is), stays a person. Where the
model tagged no word of such a name at all ("the Governor of Tyumen Oblast, Russia"; "supported financially by
Tyumen Oblast"), the capitalised proper nouns before the division's noun and the noun are the place too
(:func:`untagged_divisions`).

Example:
    >>> [(e.text, e.label_) for e in division_names(list(doc.ents))]   # doctest: +SKIP
    [('Jefferson Parish', 'GPE')]
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.boundaries import is_person_role
from toolkit.nlp.lexicon import NOT_NAME_WORDS, PERSON_TITLES
from toolkit.nlp.lookups import indices_of

# The nouns of administrative divisions that stand last in their names (a closed class of political
# geography); "Prefecture" is left out, as it also names a police headquarters ("the Paris Police Prefecture").
DIVISION_NOUNS = frozenset({"County", "Parish", "Borough", "Township", "Oblast", "Krai", "Governorate"})
# The division's noun that stands first in Ireland's and Britain's style ("County Galway", "County Durham"): no
# person's name opens with it, so a "person" of two or three capitalised words after it is the county (round
# entities54: "applied to County Galway, County Mayo, County Clare, …", half of them people to the model).
_FIRST_DIVISION_NOUNS = frozenset({"County"})


def division_names(ents: list[Span]) -> list[Span]:
    """Relabel as places (GPE) the people whose name ends in a division's noun ("Jefferson Parish"), or opens with
    the noun that stands first in Irish and British style ("County Mayo")."""
    out: list[Span] = []
    for ent in ents:
        if (ent.label_ == "PERSON" and len(ent) >= 2 and all(t.is_title for t in ent)
                and (ent[0].text in _FIRST_DIVISION_NOUNS and len(ent) <= 3 and all(t.is_alpha for t in ent)
                     or ent[-1].text in DIVISION_NOUNS and not _a_surname(ent))):
            ent = Span(ent.doc, ent.start, ent.end, label="GPE")
        out.append(ent)
    return out


def untagged_divisions(doc: Doc, taken: set[int]) -> list[Span]:
    """Divisions the model tagged no word of: one to three capitalised proper nouns and a division's noun.

    Args:
        doc: a parsed ``Doc``.
        taken: indices of tokens already in an entity; a name touching one is left alone.

    Returns:
        GPE spans such as "Tyumen Oblast" in "the Governor of Tyumen Oblast, Russia"; not a division's noun
        that a capitalised proper noun follows ("Cook County Board", a body's name), nor a surname ("actress
        Sarah Parish", "Parish said" elsewhere).
    """
    found: list[Span] = []
    # (the divisions' nouns are found in the Doc's arrays, not by testing every token of the text)
    for i in indices_of(doc, ORTH, DIVISION_NOUNS):
        noun = doc[i]
        if i in taken or noun.pos_ != "PROPN" or (i + 1 < len(doc) and doc[i + 1].is_title
                                                  and doc[i + 1].pos_ == "PROPN"):
            continue
        start, sent_start = i, noun.sent.start
        while (start > sent_start and i - start < 3 and start - 1 not in taken and doc[start - 1].pos_ == "PROPN"
               and doc[start - 1].is_title and doc[start - 1].is_alpha
               and doc[start - 1].lower_ not in NOT_NAME_WORDS):
            start -= 1
        if start == i or (found and found[-1].end > start):
            continue
        span = Span(doc, start, i + 1, label="GPE")
        if not _a_surname(span):
            found.append(span)
    return found


def _a_surname(ent: Span) -> bool:
    """Whether the name's last word is a person's surname: a title or role of people right before the name
    ("actress Sarah Parish"), or the word alone as a proper noun elsewhere ("Parish said"), with no capitalised
    word or determiner before it nor a capitalised word after it ("the Parish President", "St. Tammany Parish")."""
    doc = ent.doc
    if ent.start > 0:
        before = doc[ent.start - 1]
        if before.lower_.rstrip(".") in PERSON_TITLES or is_person_role(before.lower_, before.lemma_):
            return True
    for token in doc:
        if token.text != ent[-1].text or ent.start <= token.i < ent.end or token.pos_ != "PROPN" \
                or token.dep_ == "compound":
            continue  # (not "Parish officials said", the division's noun before a noun it modifies)
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (before is None or not (before.is_title or before.pos_ in ("DET", "PRON"))) \
                and (after is None or not after.is_title):
            return True
    return False
