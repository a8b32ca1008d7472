"""A photographer's name after a picture's credit word that the small model leaves untagged: "File photo of
interviewee R Saravanan. Image: R Saravanan." (an initial without its stop).

A credit names the picture's maker, a person or a body, after a fixed word of the trade ("Image:", "Photo:";
:mod:`toolkit.nlp.credits`). Two or three capitalised proper nouns there, none an English word and the first
one a given name or a bare initial, are a person's name, as "Image: Mathias Krumbholz." is to the model;
a body's name in a credit is an acronym ("Image: NASA") or holds English words ("Image: White House").
:func:`people_in_credits` adds such a name, untagged, as a PERSON span.

An agency's credit under a wire picture names the photographer after "Photo" and a slash ("(AP Photo/Evan
Vucci)", "AP Photo/Nasser Nasser Interim Palestinian leader … Mahmoud Abbas talks …", round entities63, where the
credit runs on into the caption); the model calls the name a body, or runs it on over the caption's first words.
:func:`photographers_after_slashes` makes the name a person: the capitalised words after the slash up to a closing
bracket, a comma or the end (at most three), or its first two words when the caption runs on; a body's head or a
picture library's word among them ("Photo/Getty Images") leaves them as they are. The agency the model tagged with
the credit word ("AP Photo" ORG) is cut to its name ("AP").

Example:
    >>> [(e.text, e.label_) for e in people_in_credits(doc, list(doc.ents))]  # "… Image: R Saravanan."  # doctest: +SKIP
    [('R Saravanan', 'PERSON')]
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import ORG_HEADS
from toolkit.nlp.lookups import indices_of
from toolkit.nlp.mistags import english_words
from toolkit.nlp.wire_credits import in_credit_line

_CREDIT_WORDS = ("Image", "Photo", "Photograph", "Picture", "Credit")


def _name_word(token, english: frozenset[str]) -> bool:
    text = token.text
    if len(text) == 1:
        return text.isupper() and text not in ("A", "I")  # an initial without its stop
    return (token.is_alpha and token.is_title and token.pos_ == "PROPN" and token.lower_ not in english
            and not is_known_place(text, cities=True))


def _user_name(token, english: frozenset[str]) -> bool:
    """Whether one word alone in a credit is a contributor's user name ("Keisha Lance Bottoms Image: Afdahe.",
    Wikinews's captions, round ent37b): a proper noun of five letters or more, in no English word or the gazetteer
    (checked by :func:`_name_word`); a body credited in one word is an acronym or a name the model knows ("Image:
    NASA", "Image: Reuters")."""
    return len(token.text) >= 5 and not token.is_upper and token.tag_ == "NNP"


def people_in_credits(doc: Doc, ents: list[Span]) -> list[Span]:
    """Add as a PERSON the untagged name of two or three words after a credit word and its colon, or a user name
    of one word.

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
    """
    found = []
    english = None
    tagged = {i for e in ents for i in range(e.start, e.end)}
    for i in indices_of(doc, ORTH, _CREDIT_WORDS):
        start = i + 2
        if start >= len(doc) or doc[i + 1].text != ":":
            continue
        end = start
        while end < len(doc) and end - start < 4 and not doc[end].is_punct and not doc[end].is_space:
            end += 1
        closed = end == len(doc) or doc[end].text == "." or doc[end].is_space
        if not (closed and 1 <= end - start <= 3) or any(k in tagged for k in range(start, end)):
            continue
        if english is None:
            english = english_words(doc.vocab)
        words = doc[start:end]
        if english and all(_name_word(t, english) for t in words) and len(words[-1].text) > 1 and (
                len(words) > 1 or _user_name(words[0], english)):
            found.append(Span(doc, start, end, label="PERSON"))
    if not found:
        return ents
    return sorted(ents + found, key=lambda e: e.start)


# The words a staff credit writes before a journalist's name ("Reporting by", "Editing by", "With inputs from") or
# between two of them.
_STAFF_NAME_OPENERS = frozenset({"by", "from", "and"})


def staff_in_credits(doc: Doc, ents: list[Span]) -> list[Span]:
    """Make a person (PERSON) the name of two or three capitalised words after "by", "from" or "and" in a line
    that is a staff credit as a whole (:func:`toolkit.nlp.wire_credits.credit_part`: "(With inputs from Niyati
    Rana in Ahmedabad)", the Times of India's, round wire35b; "(Reporting by …; Editing by …)"), which the model
    calls a body or a place; a name with a body's word or a known place ("… from Reuters", "by The Hindu") is left.

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    changed = False
    for e in ents:
        if (e.label_ in ("ORG", "GPE", "NORP") and _SHORTEST_NAME <= len(e) <= _LONGEST_NAME and e.start > 0
                and doc[e.start - 1].lower_ in _STAFF_NAME_OPENERS and all(t.is_title and t.is_alpha for t in e)
                and not any(t.lower_ in _LIBRARY_WORDS for t in e) and not is_known_place(e.text, cities=True)
                and in_credit_line(doc.text, e.start_char, e.end_char)):
            e = Span(doc, e.start, e.end, label="PERSON")
            changed = True
        out.append(e)
    return out if changed else ents


# The credit words a photographer's name follows after a slash ("AP Photo/Evan Vucci").
_SLASHED_CREDIT_WORDS = frozenset({"Photo", "Photos", "Photograph", "Pool"})

# Words of a picture library's or a body's name in a credit ("Photo/Getty Images", "Photo/Pool Images").
_LIBRARY_WORDS = ORG_HEADS | {"images", "pictures", "photos", "news", "pool", "file", "handout", "staff"}

# The most words of a photographer's name; the fewest.
_LONGEST_NAME, _SHORTEST_NAME = 3, 2


def _credited_name(doc: Doc, start: int) -> int | None:
    """The end of the photographer's name that opens at ``start``, right after the slash."""
    end = start
    while end < len(doc) and end - start < _LONGEST_NAME + 1 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    closed = end == len(doc) or doc[end].is_punct or doc[end].is_space
    if closed and _SHORTEST_NAME <= end - start <= _LONGEST_NAME:
        return end
    if end - start > _SHORTEST_NAME:
        return start + _SHORTEST_NAME  # "Nasser Nasser" + "Interim Palestinian leader …": the caption runs on
    return None


def photographers_after_slashes(doc: Doc, ents: list[Span]) -> list[Span]:
    """Make the name after an agency's "Photo/" a person (PERSON), cutting off any caption words the model ran it
    into, and dropping any other span over it.

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
    """
    found = []
    for i in indices_of(doc, ORTH, ("/",)):
        if i == 0 or doc[i - 1].text not in _SLASHED_CREDIT_WORDS or doc[i].whitespace_ or doc[i - 1].whitespace_:
            continue
        end = _credited_name(doc, i + 1)
        if end is None or any(t.lower_ in _LIBRARY_WORDS for t in doc[i + 1:end]):
            continue
        found.append(Span(doc, i + 1, end, label="PERSON"))
    if not found:
        return ents
    taken = {k for e in found for k in range(e.start, e.end)}
    credits = {e.start - 2 for e in found}  # the credit word's index
    kept = []
    for e in ents:
        if any(k in taken for k in range(e.start, e.end)):
            continue
        if e.label_ == "ORG" and e.end - 1 in credits and len(e) > 1:
            e = Span(doc, e.start, e.end - 1, label="ORG")  # "AP Photo" → "AP"
        kept.append(e)
    return sorted(kept + found, key=lambda e: e.start)


# A picture library's or agency's name after a photographer's and a slash, at the end of a caption ("Andrew
# Harnik/Getty Images", "Saul Loeb/AFP", "Jose Luis Magana/AP"): a body's or library's word, or an acronym.
def _agency_after_slash(words) -> bool:
    return bool(len(words)) and (all(t.text.isupper() and t.is_alpha and len(t) >= 2 for t in words)
                                 or any(t.lower_ in _LIBRARY_WORDS for t in words))


def photographers_before_slashes(doc: Doc, ents: list[Span]) -> list[Span]:
    """Part a caption's credit "Photographer/Agency" that the model read as one name ("Andrew Harnik/Getty Images"
    PERSON, round wire34c; "Kim Shiflett/Nasa", a body the story names elsewhere, round wire35a): the two or three capitalised words before the slash are the photographer (PERSON), the
    words after it up to the span's end the agency or library (ORG). A credit the model read as a body ("White
    House/Handout" ORG) or whose first part holds a body's word is left as it is, and so is a slash with spaces around
    it (a byline's "Deb Price / The Detroit News", :func:`toolkit.nlp.bylines.authors_in_bylines`) unless the
    credit stands alone in brackets, as the Los Angeles Times prints it ("(Ringo Chiu / Associated Press)", round
    wire35b).

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    changed = False
    bodies = None  # the bodies the story names elsewhere ("Kim Shiflett/Nasa" beside "Nasa's Europa Clipper")
    for e in ents:
        bracketed = e.start > 0 and e.end < len(doc) and doc[e.start - 1].text == "(" and doc[e.end].text == ")"
        slashes = [t.i for t in e if t.text == "/" and t.i > e.start
                   and (bracketed or not t.whitespace_ and not doc[t.i - 1].whitespace_)]
        if len(slashes) != 1 or e.label_ != "PERSON":  # (the model read a person's name in it)
            out.append(e)
            continue
        cut = slashes[0]
        name, agency = doc[e.start:cut], doc[cut + 1:e.end]  # ("Ringo Chiu " of a spaced slash: the span's words)
        if (_SHORTEST_NAME <= len(name) <= _LONGEST_NAME and all(t.is_title and t.is_alpha for t in name)
                and not any(t.lower_ in _LIBRARY_WORDS for t in name)
                and (_agency_after_slash(agency)
                     or agency.text in (bodies := bodies if bodies is not None else
                                        {b.text for b in ents if b.label_ == "ORG"}))):
            out += [Span(doc, e.start, cut, label="PERSON"), Span(doc, cut + 1, e.end, label="ORG")]
            changed = True
        else:
            out.append(e)
    return out if changed else ents
