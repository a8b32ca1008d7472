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
from toolkit.nlp.lookups import doc_text, indices_of, span_text
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
            library = words[-1].lower_ in _PICTURE_LIBRARY_HEADS  # "Credit: Getty Images": a library, no person
            found.append(Span(doc, start, end, label="ORG" if library else "PERSON"))
    if not found:
        return ents
    return sorted(ents + found, key=lambda e: e.start)


# The last word of a picture library's or a studio's name ("Getty Images", "Sipa Pictures"), never a person's.
_PICTURE_LIBRARY_HEADS = frozenset({"images", "pictures", "photos"})

# The words after a credit word that make it a label of the page, not a name: the BBC's "Image source, Getty
# Images" and "Image caption, Celine Dion performs …".
_CREDIT_LABEL_WORDS = frozenset({"source", "caption", "credit"})


def credit_labels_off_names(ents: list[Span]) -> list[Span]:
    """A picture library named as a person ("Image source, Getty Images" PERSON, round wire37c) is a body (ORG);
    a credit word alone that labels a caption or its source ("Image" PERSON of "Image caption,", the model running
    the line before into it) is no name and is dropped; an outlet's credit "<Outlet> Photo by <Name>" is the
    outlet's name without the credit word.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    changed = False
    for e in ents:
        doc = e.doc
        if e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ in _PICTURE_LIBRARY_HEADS and e[0].is_title:
            out.append(Span(doc, e.start, e.end, label="ORG"))
            changed = True
        elif (len(e) == 1 and e.text in _CREDIT_WORDS and e.end < len(doc)
              and doc[e.end].lower_ in _CREDIT_LABEL_WORDS):
            changed = True
        elif (e.label_ == "ORG" and len(e) > 1 and e[-1].text in ("Photo", "Photograph") and e.end < len(doc)
              and doc[e.end].text == "by"):
            out.append(Span(doc, e.start, e.end - 1, label="ORG"))  # "Express Photo by Ganesh Shirsekar" (the
            changed = True  # Indian Express's credit, round wire40): the paper, as "AP Photo" is the agency's
        else:
            out.append(e)
    return out if changed else ents


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
                and in_credit_line(doc_text(doc), e.start_char, e.end_char)):
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
                   and (bracketed or not t.whitespace_ and not doc[t.i - 1].whitespace_)] if "/" in span_text(e) else []
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


# The library's words that may close an agency's credit after the photographer's name ("REUTERS/Justin Lane/Pool").
_CREDIT_TAILS = frozenset({"Pool", "File", "Handout"})

# The most tokens of an agency's or a library's name after the slash ("U.S. Marine Corps", "The Canadian Press").
_LONGEST_AGENCY = 4


def _line_opens_at(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a caption's credit: the text's or a line's first word, the first word after a
    caption's closing full stop, or the first after a copyright sign ("… in Kigali, Rwanda. © WHO/Ismail Taxta",
    the UN's and the agencies' credits, round wire39)."""
    if i == 0:
        return True
    before = doc[i - 1]
    return before.text == "©" or before.is_space and "\n" in before.text \
        or "\n" in doc_text(doc)[before.idx + len(before):doc[i].idx] \
        or before.text == "." and doc[i - 1].whitespace_ != ""


def _line_closes_at(doc: Doc, end: int) -> bool:
    """Whether the credit ends at token ``end`` (exclusive): the text's or the line's end."""
    return end == len(doc) or doc[end].is_space and "\n" in doc[end].text \
        or "\n" in doc_text(doc)[doc[end - 1].idx + len(doc[end - 1]):doc[end].idx]


def _capitalised_run(doc: Doc, start: int, step: int, most: int) -> int:
    """How many capitalised alphabetic words run from ``start`` (forwards or backwards by ``step``), at most
    ``most``."""
    n, i = 0, start
    while 0 <= i < len(doc) and n < most and doc[i].is_alpha and doc[i].is_title:
        n, i = n + 1, i + step
    return n


def _person_shaped(words) -> bool:
    return (_SHORTEST_NAME <= len(words) <= _LONGEST_NAME and all(t.is_alpha and t.is_title for t in words)
            and not any(t.lower_ in _LIBRARY_WORDS for t in words) and not is_known_place(words.text, cities=True))


def photographers_in_slashed_credits(doc: Doc, ents: list[Span]) -> list[Span]:
    """Part a picture's credit that stands by itself, a line's end or brackets, into the photographer (PERSON) and
    the agency (ORG) where the model labelled the photographer a body (round wire37c):

    * "Photographer/Agency" closing a caption's line or in brackets ("Octavio Jones/Reuters" ⏎, "(Ose Irete/CBC)",
      "(Lance Cpl. Jordan Smith/U.S. Marine Corps)"): the model runs the two into one body or splits them into two;
      :func:`photographers_before_slashes` reads only the model's PERSON;
    * "AGENCY/Photographer", Reuters's form, with a library's word after ("REUTERS/Justin Lane/Pool", "REUTERS/Andrew
      Kelly"): the agency in capitals right after the caption's full stop or at a line's start.

    The photographer's name is two or three capitalised words, no known place and no library's word ("New
    York/New Jersey" at a line's end stays two places); the slash has no space around it.

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
    """
    found: list[Span] = []
    for i in indices_of(doc, ORTH, ("/",)):
        if i == 0 or i + 1 >= len(doc) or doc[i].whitespace_ or doc[i - 1].whitespace_:
            continue
        # "AGENCY/Photographer[/Pool]", or "Platform/Account" after a credit's colon
        agency = doc[i - 1]
        if agency.is_alpha and (agency.is_upper and len(agency) >= 2 and _line_opens_at(doc, i - 1)
                                or agency.is_title and _after_credit_colon(doc, i - 1)):
            n = _capitalised_run(doc, i + 1, 1, _LONGEST_NAME + 1)
            end = i + 1 + n
            tail = end + 2 if (end + 1 < len(doc) and doc[end].text == "/" and doc[end + 1].text in _CREDIT_TAILS
                               and not doc[end].whitespace_) else end
            if _person_shaped(doc[i + 1:end]) and _line_closes_at(doc, tail):
                found += [Span(doc, i - 1, i, label="ORG"), Span(doc, i + 1, end, label="PERSON")]
                continue
        # "Photographer/Agency" at a line's end or in brackets
        n = _capitalised_run(doc, i - 1, -1, _LONGEST_NAME + 1)
        if n == 0 and (shouted := _shouted_credit(doc, i)) is not None:
            found += shouted  # "AMBER BRACKEN/THE CANADIAN PRESS"
            continue
        start = i - n
        end = i + 1
        while end < len(doc) and end - i <= _LONGEST_AGENCY and not doc[end].is_space and doc[end].text != ")" \
                and (doc[end].text[:1].isupper() or doc[end].lower_ in ("of", "and", "&")):
            end += 1
        if end == i + 1 or end - i - 1 > _LONGEST_AGENCY or not _person_shaped(doc[start:i]):
            continue
        closes = _line_closes_at(doc, end) or (doc[end].text == ")" and _line_closes_at(doc, end + 1))
        if closes and (_line_opens_at(doc, start) or doc[start - 1].text == "("):
            found += [Span(doc, start, i, label="PERSON"), Span(doc, i + 1, end, label="ORG")]
    if not found:
        return ents
    taken = {k for e in found for k in range(e.start, e.end)}
    kept = [e for e in ents if not any(k in taken for k in range(e.start, e.end))]
    return sorted(kept + found, key=lambda e: e.start)


# The words of a credit's label before its colon ("Photo credit:", "Credit:", "Image:").
_CREDIT_LABELS = frozenset({"credit", "credits", "photo", "image", "picture", "photograph", "source"})


def _after_credit_colon(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows a credit's label and its colon ("Photo credit: Facebook/Yahaya Bello", the
    Nigerian papers' credit of a picture taken from a social account, round wire40)."""
    return i >= 2 and doc[i - 1].text == ":" and doc[i - 2].lower_ in _CREDIT_LABELS


# The small words inside an agency's name written in capitals, which never open it ("THE GLOBE AND MAIL").
_CAPITAL_LINKS = frozenset({"AND", "OF", "&"})


def _shouted_credit(doc: Doc, slash: int) -> list[Span] | None:
    """The photographer and the agency of a credit written all in capitals, "PHOTOGRAPHER/AGENCY", closing a
    caption's line ("A wildfire burns near Jasper, Alta. AMBER BRACKEN/THE CANADIAN PRESS", the Canadian papers'
    style, round wire40): two or three words in capitals after the caption's full stop or at a line's start, no
    known place, and up to four words of the agency in capitals to the line's end."""
    start = slash
    while start > 0 and slash - start < _LONGEST_NAME and doc[start - 1].is_upper and doc[start - 1].is_alpha \
            and len(doc[start - 1]) > 1:
        start -= 1
    end = slash + 1
    while end < len(doc) and end - slash <= _LONGEST_AGENCY and doc[end].is_upper and not doc[end].is_space:
        end += 1
    name, agency = doc[start:slash], doc[slash + 1:end]
    if (not _SHORTEST_NAME <= len(name) <= _LONGEST_NAME or not agency or not _line_opens_at(doc, start)
            or not _line_closes_at(doc, end) or agency[0].text in _CAPITAL_LINKS
            or is_known_place(name.text.title(), cities=True) or any(t.lower_ in _LIBRARY_WORDS for t in name)):
        return None
    return [Span(doc, start, slash, label="PERSON"), Span(doc, slash + 1, end, label="ORG")]


def photographers_before_bracketed_agencies(doc: Doc, ents: list[Span]) -> list[Span]:
    """A photographer's name in capitals and the agency's in brackets closing a caption ("Residents walk past …
    on Wednesday. BIEL ALIÑO (EFE)", the Spanish and Latin American papers' credit, round wire39) are a person and a
    body, whatever the model made of them. The name is two or three words in capitals right after the caption's
    full stop or at a line's start, no known place; the agency one word in capitals; the line ends after the
    bracket.

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
    """
    found: list[Span] = []
    for i in indices_of(doc, ORTH, ("(",)):
        if i < 2 or i + 2 >= len(doc) or doc[i + 2].text != ")" or not _line_closes_at(doc, i + 3):
            continue
        agency = doc[i + 1]
        if not (agency.is_upper and agency.is_alpha and 2 <= len(agency) <= 8):
            continue
        start = i
        while start > 0 and i - start < _LONGEST_NAME and doc[start - 1].is_upper and doc[start - 1].is_alpha \
                and len(doc[start - 1]) > 1:
            start -= 1
        name = doc[start:i]
        if not _SHORTEST_NAME <= len(name) <= _LONGEST_NAME or not _line_opens_at(doc, start) \
                or is_known_place(name.text.title(), cities=True) or any(t.lower_ in _LIBRARY_WORDS for t in name):
            continue
        found += [Span(doc, start, i, label="PERSON"), Span(doc, i + 1, i + 2, label="ORG")]
    if not found:
        return ents
    taken = {k for e in found for k in range(e.start, e.end)}
    kept = [e for e in ents if not any(k in taken for k in range(e.start, e.end))]
    return sorted(kept + found, key=lambda e: e.start)


def slashed_photographer(span: Span) -> bool:
    """Whether the PERSON ``span`` is a photographer's name written against an agency's slash in a picture's credit
    ("REUTERS/Justin Lane/Pool", "Octavio Jones/Reuters" ⏎): a person whatever its last word ("Lane", "Park") says
    to the head-word vote.

    Args:
        span: an entity span.

    Returns:
        True for a PERSON of two or three words with a slash and a credit's form on either side.
    """
    doc = span.doc
    if span.label_ != "PERSON" or not _SHORTEST_NAME <= len(span) <= _LONGEST_NAME:
        return False
    if span.start >= 2 and doc[span.start - 1].text == "/" and not doc[span.start - 2].whitespace_:
        agency = doc[span.start - 2]
        return agency.is_upper and agency.is_alpha and _line_opens_at(doc, span.start - 2)
    return (span.end < len(doc) and doc[span.end].text == "/" and not doc[span.end - 1].whitespace_
            and (_line_opens_at(doc, span.start) or doc[span.start - 1].text == "("))
