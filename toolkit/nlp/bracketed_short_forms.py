"""A short form the text defines in brackets after a body's name: "The California Department of Forestry and Fire
Protection (CalFire) said …. CalFire requested …".

News writes a body's full name once with the short form it will use in brackets after it, and then the short form
alone (Wikinews, 2019). The brackets pair the two as plainly as an apposition: the short form is that body, and an
analyst writes its name. :func:`short_forms_defined` finds the pairs, once, for every stage that reads them: the
entity repairs tag the short form a body wherever the text writes it after the brackets
(:func:`~toolkit.nlp.acronyms.short_names_defined_in_brackets`), the mentions key the one in brackets as the body's
name so that the entity index joins the short form to the body, an alias of one entity
(:mod:`toolkit.nlp.mentions`, :meth:`~toolkit.nlp.spellings.Spellings.acronyms`), and the actors name the body
where the short form acts and is no entity (:func:`full_name_token`).

A pair is a single word in brackets right after the last word of a body's name (ORG; not a name the model cut at a
comma, "United Nations Educational, Scientific and … Organization"), a word of letters opening with a capital,
written in either of two ways:

* cut from the name's words ("The Philippine Institute of Volcanology and Seismology (Phivolcs)", "the Commission on
  Elections (Comelec)"): the letters tie it to the name;
* of any other make ("CalFire", "Roscosmos", "WilmerHale"), when the text then uses it as news uses a name: written
  again after the brackets, alone (no determiner before it, as "the Secretary" or "the Commission" of a defined term
  has; no capitalised word after it, as a title before a name has), never before them, and no English word the text
  also writes in lower case.

Initials in capitals, in mixed case or in the plural ("(DFC)", "(TfL)", "(APIs)") are paired as before (marked
``initials``), for the actors only: the acronym rules tag them and the index joins them (:mod:`toolkit.nlp.acronyms`,
:mod:`toolkit.nlp.mixed_initials`). Not a pair: a place, a country's or a town's name
the model tags or the gazetteer knows ("the Commonwealth of Australia (Australia)", "Myanmar (Burma)"); a number, a
party's or a state's code after a person ("Nancy Pelosi (D-CA)": no body, and no word of letters alone); a word the
text writes before the brackets (a credit, "(Reuters)", or a name in its own right); and a short form given to two
names, which the text leaves uncertain.

Example:
    >>> short_forms_defined(doc, list(doc.ents))["CalFire"]   # "… Fire Protection (CalFire) said …"  # doctest: +SKIP
    ShortForm(at=9, start=1, end=8)
"""

from __future__ import annotations

from typing import NamedTuple, Sequence

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.initials import is_acronym, mixed_acronym, plural_acronym, short_form_word, spelt_by_prefixes
from toolkit.nlp.lookups import indices_of, kept
from toolkit.nlp.mistags import english_words


class ShortForm(NamedTuple):
    """Where a short form is defined: the index of its word in brackets, the token range of the body's name, and
    whether the word is written as initials ("(DFC)"), which the acronym rules tag and the index joins already."""

    at: int
    start: int
    end: int
    initials: bool = False


# Words that open a noun phrase a common noun heads ("the Commission", "this Platform", "each Secretary"): a name
# that news defines as a short form stands alone.
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her",
                          "each", "every", "any", "such", "no", "said"})


def _short_form_word(word: Token) -> bool:
    """Whether a word could be a body's short form of its own make (:func:`~toolkit.nlp.initials.short_form_word`),
    not initials (those are the acronym rules')."""
    text = word.text
    return short_form_word(text) and not (is_acronym(text) or mixed_acronym(text) or plural_acronym(text))


def _used_as_a_name(doc: Doc, i: int, body: Span, uses: list[int]) -> bool:
    """Whether the text writes the word at ``i`` again after its brackets, alone, and never before the body's name
    (a word of the name itself is no use: "World Wonder Ring Stardom (Stardom)")."""
    if any(k < body.start for k in uses):
        return False
    for k in uses:
        if k <= i + 1 or doc[k - 1].text == "(":
            continue
        before = doc[k - 1].lower_
        after = doc[k + 1] if k + 1 < len(doc) else None
        if before in _DETERMINERS or after is not None and after.is_title and after.is_alpha:
            continue  # "the Commission shall", "Secretary Rubio": a common noun, or a title before a name
        return True
    return False


def short_forms_defined(doc: Doc, ents: Sequence[Span]) -> dict[str, ShortForm | None]:
    """Each short form a text defines in brackets after a body's name (see the module), by its text: where it is
    defined, or None when two names are given it.

    Args:
        doc: the parsed document.
        ents: its entity spans as they stand (the repairs' list, or ``doc.ents``), none overlapping.
    """
    n = len(doc)
    brackets = [i for i in indices_of(doc, ORTH, ("(",)) if 0 < i and i + 2 < n and doc[i + 2].text == ")"
                and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper()]
    if not brackets:
        return {}
    bodies = {e.end: e for e in ents if e.label_ == "ORG"}
    labels = {k: e.label_ for e in ents for k in range(e.start, e.end)}
    starts = {e.start for e in ents}
    given: dict[str, set[int]] = {}  # each word in brackets after a body: the starts of the bodies it is given
    for i in brackets:
        if (body := bodies.get(i)) is not None:
            given.setdefault(doc[i + 1].text, set()).add(body.start)
    english = None
    pairs: dict[str, ShortForm | None] = {}
    for i in brackets:
        word = doc[i + 1]
        body = bodies.get(i)
        if body is None or word.i in labels and labels[word.i] in ("GPE", "LOC", "NORP", "DATE", "CARDINAL"):
            continue
        if word.i in labels and word.i not in starts:
            continue  # a word inside a longer name
        if len(given[word.text]) > 1:
            pairs[word.text] = None  # two bodies given one short form: which the text means is not certain
            continue
        if body.start > 0 and doc[body.start - 1].text == ",":
            continue  # a name the model cut at a comma ("United Nations Educational, Scientific and … Organization")
        if not _short_form_word(word):
            # initials ("the U.S. International Development Finance Corporation (DFC)"): the acronym rules tag them and
            # the index joins them where their letters or the brackets tie them; the actors read them here
            pairs.setdefault(word.text, ShortForm(word.i, body.start, body.end, initials=True))
            continue
        if word.text.lower() == body.text.lower() or is_known_place(word.text, cities=True):
            continue  # "Stardom (Stardom)"; "The Acme Corporation (Texas)", "… (Australia)": a place
        names = [t.lower_ for t in body if not t.is_punct]
        if not spelt_by_prefixes(word.lower_, names):  # (not "Phivolcs", cut from the name's words)
            uses = indices_of(doc, ORTH, (word.text,))
            if english is None:
                english = english_words(doc.vocab)
            if not _used_as_a_name(doc, word.i, body, uses) or (
                    word.lower_ in english and indices_of(doc, ORTH, (word.lower_,))):
                continue
        pairs.setdefault(word.text, ShortForm(word.i, body.start, body.end))
    return pairs


def defined_short_forms(doc: Doc) -> dict[str, ShortForm | None]:
    """:func:`short_forms_defined` over the Doc's entities as they stand, found once per Doc (after the repairs)."""
    return kept(doc, "bracketed_short_forms", lambda d: short_forms_defined(d, d.ents))


def defined_at(token: Token) -> ShortForm | None:
    """The definition a word written as a defined short form stands under, when it is at or after its brackets."""
    pair = defined_short_forms(token.doc).get(token.text)
    return pair if pair is not None and token.i >= pair.at else None


def full_name_token(token: Token) -> Token | None:
    """The last word of the body's name a short form was defined for in brackets before (or at) this word, or None;
    only where the word is no body of the entities (then the entity index names it)."""
    if token.pos_ != "PROPN" or not token.is_alpha or token.ent_type_ == "ORG":
        return None  # (the cheap test first; a body's short form the repairs tag is joined by the entity index)
    if any(c.dep_ == "conj" for c in token.children):
        return None  # ("CalFire and the police …": the list is read from the word itself)
    pair = defined_at(token)
    return token.doc[pair.end - 1] if pair is not None else None
