"""Entity mentions: the names of a parsed ``Doc``, trimmed, keyed and with their context.

:func:`mentions` reads ``doc.ents`` (after :func:`~toolkit.nlp.repairs.repair_entities`),
drops what is no name (stage directions, legal citations, time zones, lone title words, a
word the text also writes in lower case) and notes the evidence the set-wide vote weighs:
a title in front, a place preposition, a place after a comma, a medium.

Example:
    >>> [m.key for m in mentions(nlp("President Trump’s envoy met Putin."))]   # doctest: +SKIP
    ['trump', 'putin']
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from spacy.attrs import IS_LOWER, ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import known_places
from toolkit.nlp.lexicon import ENTITY_LABELS, NOT_NAME_WORDS, ORG_HEADS, PERSON_TITLES, PLACE_LABELS
from toolkit.nlp.surfaces import Mention, mention_key

# Transcript stage directions that the model takes for names.
_STAGE_DIRECTIONS = frozenset({"laughter", "applause", "crosstalk", "inaudible", "cheers", "booing", "music"})
# Citations of laws and rules ("CFR 146.43", "Sec. 1701", "50 U.S.C. 1701") are not names.
_LEGAL_REFERENCE = re.compile(r"\b\d+\.\d+\b|^(?:sec|section|cfr|u\.s\.c|usc|title|part|subpart|§)\b|\bu\.s\.c\b|§")
_PLACE_PREPOSITIONS = frozenset({"in", "to", "from", "at", "near", "into", "across", "throughout", "outside", "inside", "toward", "towards"})


def mentions(doc: Doc, *, labels: Iterable[str] = ENTITY_LABELS) -> Iterator[Mention]:
    """Yield the entity mentions of a parsed document.

    Args:
        doc: a spaCy ``Doc`` with NER.
        labels: the entity labels to keep.

    Example:
        >>> [m.key for m in mentions(nlp("President Trump’s envoy met Putin."))]   # doctest: +SKIP
        ['trump', 'putin']
    """
    labels = frozenset(labels)
    lower_words = None
    for ent in doc.ents:
        if ent.label_ not in labels or _is_title_fragment(ent):
            continue
        span = _trim_span(ent)
        if span is not None and len(span) > 1 and span[-1].text in _CAPTION_WORDS and span.end < len(doc) \
                and doc[span.end].text == ":":
            span = span[:-1]  # "… Washington D.C. Image: Nick Moreau": a caption's credit, not the name
        if span is None:
            continue
        key = mention_key(span.text, ent.label_)
        if (not key or not any(c.isalpha() for c in key) or key in _STAGE_DIRECTIONS
                or key.strip(".") in PERSON_TITLES or _LEGAL_REFERENCE.search(key) or _is_junk(span, key, ent.label_)):
            continue
        if len(span) == 1 and (span.text.isupper() and len(span.text) > 2 or span[0].is_sent_start
                               or span[0].pos_ != "PROPN" or (
                span.start > 0 and doc[span.start - 1].is_punct and doc[span.start - 1].text in "“\"(")):
            # A shouted common word ("END", "MONTH"), or one capitalised only because it opens a
            # sentence ("Volunteer organization …") or that the tagger reads as a common noun:
            # the text also has it in lower case.
            if lower_words is None:  # the lower-case words of the text, found in numpy, once
                rows = doc.to_array([ORTH, IS_LOWER])
                lower_words = set(rows[rows[:, 1] == 1, 0].tolist())
            if doc.vocab.strings[span.text.lower()] in lower_words:  # a hash; nothing added to the vocab
                continue
        if ent.label_ == "PERSON" and all(t.lower_.strip(".") in NOT_NAME_WORDS for t in span):
            continue  # "Department Spokesperson": a title with no name
        sent = ent.sent
        yield Mention(span.text, ent.label_, span.start_char, span.end_char, sent.start_char, sent.end_char,
                      key, _evidence(span))


# Time zones, which the model takes for organisations.
_TIME_ZONES = frozenset({"GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
                         "AEST", "AEDT", "JST", "IST", "HKT", "MSK"})
# Words that end a photo caption's credit line ("Image: …", "Photo: …").
_CAPTION_WORDS = frozenset({"Image", "Photo", "Photograph", "Picture", "Credit", "File", "Video"})
# Words that, standing alone, are the remains of a title or a department ("Affairs", "Security").
_GENERIC_NAME_WORDS = frozenset("""affairs security intelligence development defense defence health energy state
    interior justice education agriculture transportation veterans housing urban finance
    communications staff chief minority majority whip national foreign homeland""".split())


def _is_junk(span: Span, key: str, label: str) -> bool:
    """Not a name: no capital letter at all ("valorem" of "ad valorem", "eastern"), one letter
    ("s" of a split possessive), or a lone generic word left from a title ("Affairs")."""
    text = span.text
    if not any(c.isupper() for c in text) and not text.startswith("@"):
        return True
    if text in _TIME_ZONES or (label in PLACE_LABELS and any(c.isdigit() for c in text)):
        return True  # "15:11 GMT"; a place has no digits in its name ("IE9" is a browser)
    words = text.split()
    if any(w == "the" for w in words[1:-1]) and not any(w in ("of", "and", "for", "on", "&") for w in words):
        return True  # "Rathbun the Scientology": two names run together across "the"
    words = key.split()
    return len(key.replace(".", "")) < 2 or (len(words) == 1 and words[0] in _GENERIC_NAME_WORDS | ORG_HEADS)


def _trim_span(ent: Span) -> Span | None:
    """Drop leading determiners/quotes and a trailing possessive token from an entity span."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].is_punct or doc[start].lower_ in ("the", "a", "an")):
        if doc[start].text == "The" and start != ent.sent.start and end - start > 2:
            break  # "The New York Times" mid-sentence keeps its article
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):
        end -= 1
    return doc[start:end] if end > start else None



def _evidence(span: Span) -> str | None:
    doc = span.doc
    before = doc[max(span.start - 4, span.sent.start) : span.start]
    words = [t.lower_.strip(".") for t in before]
    if words and words[-1] in PERSON_TITLES:
        return "title"
    first = span[0].lower_.strip(".")
    if len(span) > 1 and first in PERSON_TITLES:
        return "title"
    # "Allen, Texas", "Chippewa Falls, Wisconsin": a name followed by its state or country.
    if span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].is_title:
        after = doc[span.end + 1 : min(len(doc), span.end + 3)]
        if after[:1].text in known_places() or after.text in known_places():
            return "place-apposition"
    if span.start > 0 and doc[span.start - 1].lower_ in _PLACE_PREPOSITIONS:
        return "place-context"
    if span.start > 0 and doc[span.start - 1].lower_ in ("via", "on") and len(span) == 1:
        return "medium"  # "said on Twitter", "posted via Facebook"
    return None


def _is_title_fragment(span: Span) -> bool:
    """"State" in "Secretary of State", "House" in "Speaker of the House" are not entities."""
    doc = span.doc
    if len(span) == 1 and span.start >= 2 and doc[span.start - 1].lower_ in ("of", "the"):
        window = [t.lower_ for t in doc[max(0, span.start - 3) : span.start]]
        return any(w in ("secretary", "speaker", "minister", "department") for w in window) and span.text in (
            "State", "House", "Defense", "Commerce", "Treasury", "Energy", "Interior", "Justice")
    return False

