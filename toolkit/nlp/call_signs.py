"""American broadcasters named by their call signs: "WANE-TV (Fort Wayne, IN)", "WTYE Radio", "KOAM-TV".

A US radio or television station is named by its call sign, three or four capital letters opening with K (west of
the Mississippi) or W (east of it), and a television station's by the sign and "-TV" (or the service's suffix of a
digital or low-power station, "-DT", "-LD", "-CD"; an FM or AM station's "-FM", "-AM"), or by the sign and the word
"Radio" or "TV", or by the sign and its channel's number before "news" ("Paul Rivera of WESH 2 news"). The small
model tags most of them and passes over those whose letters spell an English word
("WANE-TV", "WHAS-TV") or that it has not seen ("WTYE Radio"). The shape is the evidence: such letters, with
such a suffix or word after them, name a station (a body).

Example:
    >>> [(e.text, e.label_) for e in repair_entities(nlp("WANE-TV reported it.")).ents]   # doctest: +SKIP
    [('WANE-TV', 'ORG')]
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.lookups import indices_matching

_SIGN = re.compile(r"^[KW][A-Z]{2,3}$")
_SUFFIXES = frozenset({"TV", "FM", "AM", "DT", "LD", "CD"})
_STATION_WORDS = frozenset({"Radio", "TV", "Television"})
_HYPHENS = frozenset({"-", "‑", "–"})


def _station_end(doc: Doc, i: int) -> int | None:
    """The end of a station's name whose call sign is token ``i``: after "-TV" or "Radio", if either follows."""
    n = len(doc)
    if (i + 2 < n and doc[i + 1].text in _HYPHENS and not doc[i].whitespace_ and not doc[i + 1].whitespace_
            and doc[i + 2].text in _SUFFIXES):
        return i + 3  # "WANE-TV"
    if i + 1 < n and doc[i].whitespace_ and doc[i + 1].text in _STATION_WORDS:
        return i + 2  # "WTYE Radio"
    return None


def untagged_call_signs(doc: Doc, taken: set[int]) -> list[Span]:
    """Stations the model left untagged, named by a call sign and "-TV", "-FM", … or "Radio", "TV" (ORG).

    Args:
        doc: the parsed document.
        taken: indices of the tokens that entities already hold.

    Returns:
        The stations found, as ORG spans, none over a taken token.
    """
    found: list[Span] = []
    # The words of the text that have a call sign's shape, tested once each, then their tokens found in the
    # Doc's arrays (a test of every token of every text cost milliseconds a document).
    for i in indices_matching(doc, ORTH, _SIGN.match):
        token = doc[i]
        if token.i in taken:
            continue
        end = _station_end(doc, token.i)
        if end is not None and not any(j in taken for j in range(token.i, end)):
            found.append(Span(doc, token.i, end, label="ORG"))
    return found


# The words after a station's channel number that make it the station's ("WESH 2 news", "KARE 11 News"): a number
# after a call sign and before them is the channel the station brands itself by, no count.
_NEWS_WORDS = frozenset({"news"})


def channels_after_call_signs(ents: list[Span]) -> list[Span]:
    """A station named by its call sign and its channel number ("told Paul Rivera of WESH 2 news"), which the model
    or the acronym rule cut at the sign ("WESH" ORG, "2" a number): the body runs on over a number of one or two
    digits right after the sign when "news" follows the number (the number's own entity, a count, is dropped)."""
    out: list[Span] = []
    for ent in ents:
        doc, end = ent.doc, ent.end
        if (out and out[-1].label_ == "ORG" and len(out[-1]) == 1 and _SIGN.match(out[-1].text)
                and ent.start == out[-1].end and len(ent) == 1 and ent.label_ in ("CARDINAL", "ORG", "DATE")
                and ent[0].is_digit and len(ent[0]) <= 2 and end < len(doc) and doc[end].lower_ in _NEWS_WORDS):
            out[-1] = Span(doc, out[-1].start, end, label="ORG")
            continue
        out.append(ent)
    return out


# The words a station or a cable channel brands itself by before its channel's number ("News 12", "Channel 4"):
# capitalised, right before a number of one or two digits, they name the outlet, no count.
_CHANNEL_WORDS = frozenset({"News", "Channel"})


def channels_named_by_numbers(ents: list[Span]) -> list[Span]:
    """An outlet named by "News" or "Channel" and its channel's number ("Indeed, News 12 reported, only buildings
    …"), whose number alone the model tags (a count, CARDINAL): the word and the number are one body (ORG). Not
    where a capitalised word stands before the word (the name is longer: "CBS News 12", left as the model has it),
    nor a number a noun follows ("News 12 hours later" is no name), nor "News" opening a line's label."""
    out: list[Span] = []
    for ent in ents:
        doc, i = ent.doc, ent.start - 1
        if (ent.label_ == "CARDINAL" and len(ent) == 1 and ent[0].is_digit and len(ent[0]) <= 2 and i >= 0
                and doc[i].text in _CHANNEL_WORDS and doc[i].ent_type_ == "" and doc[i].whitespace_
                and not (i > 0 and doc[i - 1].is_title and not doc[i - 1].is_sent_start)
                and not (ent.end < len(doc) and doc[ent.end].pos_ in ("NOUN", "PROPN"))
                and not (out and out[-1].end > i)):
            out.append(Span(doc, i, ent.end, label="ORG"))
            continue
        out.append(ent)
    return out
