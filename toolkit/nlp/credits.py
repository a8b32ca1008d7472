"""Picture credits: a line that ends in a credit ("… Image: Nicholas Moreau.") is a caption.

A news page gives each picture a caption and after it the credit, a fixed word of the trade
("Image:", "Photo:", "Photograph:", "Picture:", "Credit:", "Video:") and the maker's name. A
line ending so is the caption of a picture, whatever punctuation closes it ("Fursuiter assembled
for a 360° photo Image: Nicholas Moreau."): it names what the picture shows and reports no event,
like the captions :func:`is_caption` finds by their form.
:func:`caption_lines` gives the lines of a text that are captions of either kind. The maker so
credited is no figure of the story: a name only ever written after a credit word is a photographer's
(:func:`in_credit`).

A map's or a chart's legend, copied with the page, gives each key as a line that opens with the
coloured swatch, a block or a geometric shape ("██ Territory claimed by the Republic of Artsakh
but controlled by Azerbaijan", "██ Conservative Party - 365 seats"): it names what a colour stands
for and reports no event, so :func:`caption_lines` counts it among the captions, as it counts a
line of a round-up that cites another outlet's headline (:mod:`toolkit.nlp.cited_headlines`).
"""

from __future__ import annotations

import re

from toolkit.nlp.cited_headlines import cited_headline
from toolkit.nlp.rubrics import rubric_ranges
from toolkit.nlp.wire_credits import credit_part, wire_credit

# How a sentence of running text ends: a full stop, "!", "?", an ellipsis, a colon, semicolon or
# comma before what follows or a dash where speech breaks off, then any closing quotation marks
# or brackets.
_TERMINAL = re.compile(r"[.!?…:;,—–-][\"”’'»)\]]*$")

# The most words a heading or caption has that does not end like a sentence.
_CAPTION_WORDS = 10


def is_caption(text: str, first: int, last: int) -> bool:
    """Whether the line ``text[first:last]`` is a heading or a picture's caption ("Violinist
    Brigit O'Regan performs", "DC superheroes"): a paragraph of its own, short, and not ending
    like a sentence. It names what a picture shows or what follows and reports no event (the
    tagger also takes a plural noun of a heading for a verb). A line of hard-wrapped text has
    no blank line around it, and an interrupted one ends in a dash."""
    line = text[first:last].strip()
    if not line or _TERMINAL.search(line) or len(line.split()) > _CAPTION_WORDS:
        return False
    before, after = text[max(0, first - 8):first].rstrip(" \t\xa0"), text[last:last + 8].lstrip(" \t\xa0")
    return (first == 0 or before.endswith("\n\n") or not before.strip()) \
        and (last >= len(text) or after.startswith("\n\n") or not after.strip())



# The credit at a line's end: a credit word, a colon, then a name of a few words (no sentence).
_CREDIT_WORD = r"\b(?:Image|Photo|Photograph|Picture|Credit|Video)s?:\s*"
_CREDIT = re.compile(_CREDIT_WORD + r"[^.:;!?]{1,60}\.?\s*$")
# A credit word and its colon at the end of what precedes a name ("Image: | John Lubbock (flickr)").
_CREDIT_BEFORE = re.compile(_CREDIT_WORD + r"$")


# A legend's swatch at a line's start: Unicode block elements (U+2580–U+259F) and geometric shapes
# (U+25A0–U+25FF), as a page's text gives the coloured square of a map's key.
_SWATCH = re.compile(r"^\s*[\u2580-\u259f\u25a0-\u25ff]+\s")


def ends_in_credit(line: str) -> bool:
    """Whether ``line`` ends in a picture's credit ("… Image: Nicholas Moreau.").

    Args:
        line: one line of a document's text.

    Returns:
        True when the line closes with a credit word, a colon and a short name.
    """
    return bool(_CREDIT.search(line.strip()))


# Lines longer than this are never read as a caption (ten words of a caption are far shorter).
_CAPTION_CHARS = 160
# A line that ends in a picture's credit is a caption up to this length: a caption may run to two
# or three sentences before its credit ("… announces where four space shuttle orbiters will be
# permanently displayed … on April 12, 2011. Image: NASA Bill Ingalls."), and a paragraph of
# running text does not end in a credit.
_CREDITED_CHARS = 400


# A credit in brackets after a sentence's end ("… down by only two points – 12 points to 10. (Image: Patrick
# Gillett)"): a page that sets its pictures inside the running text leaves the credit at the end of the paragraph
# the picture stood in, and the paragraph stays prose.
_CREDIT_ASIDE = re.compile(r"[.!?…][\"”’']?\s+\(\s*" + _CREDIT_WORD + r"[^().:;!?]{1,60}\)\.?\s*$")


def caption_lines(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each line of ``text`` that is a heading or a picture's caption
    (see :func:`is_caption`), a key of a legend (it opens with a swatch),
    that ends in a picture's credit (:func:`ends_in_credit`; not a credit in brackets after a full sentence, an aside
    of running text), that is a news agency's staff or photo credit
    (:func:`~toolkit.nlp.wire_credits.wire_credit`) or that cites another outlet's headline
    (:func:`~toolkit.nlp.cited_headlines.cited_headline`); read once per document, not per verb."""
    found, first = [], 0
    for line in text.split("\n"):
        last = first + len(line)
        if line.strip() and ((len(line) <= _CAPTION_CHARS and (is_caption(text, first, last) or _SWATCH.match(line)))
                             or (len(line) <= _CREDITED_CHARS and (ends_in_credit(line) and not _CREDIT_ASIDE.search(line)
                                                                   or wire_credit(line)))
                             or cited_headline(line)):
            found.append((first, last))
        first = last + 1
    return found + rubric_ranges(text)  # "Why it matters:", "Read more: …" (toolkit.nlp.rubrics)


def in_credit(sentence: str, name: str) -> bool:
    """Whether ``name`` is written in ``sentence`` right after a credit word and its colon, or in a news agency's
    staff or photo credit (:func:`~toolkit.nlp.wire_credits.credit_part`).

    Args:
        sentence: the sentence (or line) the name is mentioned in.
        name: the mention's text.

    Returns:
        True when every place ``name`` occurs in ``sentence`` follows "Image:", "Photo:" and the like.

    Example:
        >>> in_credit("Lots of protestors. Image: John Lubbock (flickr).", "John Lubbock")
        True
    """
    credited = credit_part(sentence)
    if credited is not None and name in credited:
        return True  # "(Reporting by Humeyra Pamuk in Riyadh; Editing by …)", "(AP Photo/Ben Curtis)": a journalist
    if ":" not in sentence:  # (almost every sentence: no credit)
        return False
    found = False
    for match in re.finditer(re.escape(name), sentence):
        if not _CREDIT_BEFORE.search(sentence, 0, match.start()):
            return False
        found = True
    return found


def in_picture_credit(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a picture's maker: written after the credit word of a line that
    ends in a credit ("Photo: Lance Cpl. Jordan Smith, U.S. Marine Corps"), or glued to an agency's slash after it
    ("(Lance Cpl. Jordan Smith/U.S. Marine Corps)", "Octavio Jones/Reuters"). A photographer is no figure of the
    story: a surname the story's text uses ("Smith said") is not theirs (round wire37c).

    Args:
        text: the document's text.
        start: the name's first character.
        end: the end of the name's last character.

    Returns:
        True for a name in a picture's credit.
    """
    if text[end:end + 1] == "/" and end + 1 < len(text) and text[end + 1].isupper():
        return True
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    line = text[first:len(text) if last < 0 else last]
    opening = _CREDIT_LINE.match(line)
    if opening is not None:  # a credit on a line of its own ("Photo: Lance Cpl. Jordan Smith, U.S. Marine Corps")
        return start - first >= opening.end()
    if not ends_in_credit(line):
        return False
    credit = _CREDIT.search(line.strip())
    return credit is not None and start - first >= line.index(line.strip()) + credit.start()


# A credit on a line of its own, short: the credit word opens it.
_CREDIT_LINE = re.compile(r"^\s*" + _CREDIT_WORD + r"(?=.{1,80}$)")
