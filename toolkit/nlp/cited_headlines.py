"""Cited headlines: a line that gives an outlet, its place in parentheses, a colon and a headline.

Round-ups of coverage list other publications' headlines, one a line, in the form "outlet (city,
state): headline" ("WBAY-TV (Green Bay, WI): Memorial Day gas prices lowest in 4 years", "WLWT
(Cincinnati, OH): Transportation secretary announces multi-billion-dollar rail investment while in
Cincinnati"). The headline is another page's title, in headline grammar (a present for a past, no
articles, no auxiliaries), not a sentence of the text: the parser glues the outlet and its place to
the headline's subject ("(Cincinnati, OH): Transportation secretary" announces). Like a caption or
a heading, such a line reports no event of the text; :func:`cited_headline` finds it by its form
alone, with no list of outlets: a short line whose opening name is followed by a parenthesis that
holds a place and its state or country ("Cincinnati, OH", "Forth Worth, TX") and then a colon. A
round-up that dates its headlines instead ("WHBQ-TV (8/19/25): Woman, her friend shaken up after
being robbed, followed and carjacked in Orange Mound") gives the date in figures, month, day and
year, in the parenthesis: the same line of another page.

Example:
    >>> cited_headline("WBAY-TV (Green Bay, WI): Memorial Day gas prices lowest in 4 years")
    True
    >>> cited_headline("WMC-TV (8/14/25): Elderly woman bodyslammed on pavement during carjacking at movie theater")
    True
    >>> cited_headline("The Environmental Protection Agency (EPA), which sets standards, said: “…”")
    False
    >>> [e.text for e in outlets_of_cited_headlines(list(nlp("Pittsburgh Post-Gazette (Pittsburgh, PA): …").ents))]  # doctest: +SKIP
    ['Pittsburgh Post-Gazette', 'Pittsburgh', 'PA']
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import PERSON_TITLES
from toolkit.nlp.lookups import doc_text
from toolkit.nlp.mistags import english_words

# An outlet's name (capitalised, up to 60 characters, no parenthesis or colon), a place and its state
# or country, or the headline's date in figures ("9/15/25"), in parentheses, a colon, then the headline.
_CITED = re.compile(r"^\s*[A-Z][^():\n]{0,60}\s\((?:[A-Z][A-Za-z.'\- ]{1,40},\s*[A-Z][A-Za-z.]{1,14}"
                    r"|\d{1,2}/\d{1,2}/(?:\d{2}|\d{4}))\):\s+\S")

# A cited headline fits on a short line; a paragraph of running text is longer.
_HEADLINE_CHARS = 250


def cited_headline(line: str) -> bool:
    """Whether ``line`` lists another publication's headline ("WBAY-TV (Green Bay, WI): …")."""
    return len(line) <= _HEADLINE_CHARS and bool(_CITED.match(line))


_OUTLET = re.compile(r"\s*(?:The\s+)?([A-Z][^():\n]{0,60}?)\s\(")
_LONGEST_OUTLET = 6  # words ("Pennsylvania Capital-Star": four tokens)


def _reaches_out(span: Span, ents: list[Span]) -> bool:
    """Whether a name of ``ents`` overlaps ``span`` and reaches out of it (the model's own reading: left alone)."""
    return any(e.start < span.end and e.end > span.start and (e.start < span.start or e.end > span.end) for e in ents)


def _with_outlets(ents: list[Span], outlets: list[Span]) -> list[Span]:
    """``ents`` with each outlet in place of the names inside it, in document order."""
    if not outlets:
        return ents
    kept = [e for e in ents if not any(o.start <= e.start and e.end <= o.end for o in outlets)]
    return sorted(kept + outlets, key=lambda e: e.start)


def _runs(text: str, match_line) -> list[list[tuple[re.Match, re.Match]]]:
    """The runs of consecutive non-blank lines of ``text`` that ``match_line`` matches, each line with its match."""
    runs: list[list[tuple[re.Match, re.Match]]] = [[]]
    for line in re.finditer(r"[^\n]+", text):
        if not line.group().strip():
            continue
        m = match_line(line.group())
        if m is None:
            runs.append([])
        else:
            runs[-1].append((line, m))
    return runs


def _name_span(doc, line: re.Match, m: re.Match) -> Span | None:
    """The ORG span of group 1 of ``m``, a match on ``line`` with its leading white space stripped."""
    offset = line.start() + len(line.group()) - len(line.group().lstrip())
    return doc.char_span(offset + m.start(1), offset + m.end(1), label="ORG")


def outlets_of_cited_headlines(ents: list[Span]) -> list[Span]:
    """Make the name opening a cited headline's line one body, replacing the names the model found inside it.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    text = doc_text(doc)  # (four rules of repairs read it: joined once per Doc)
    if "):" not in text:
        return ents  # (most texts cite no headline)
    outlets: list[Span] = []
    for line in re.finditer(r"[^\n]+", text):
        if not cited_headline(line.group()):
            continue
        m = _OUTLET.match(line.group())
        span = doc.char_span(line.start() + m.start(1), line.start() + m.end(1), label="ORG") if m else None
        if span is None or len(span) > _LONGEST_OUTLET:
            continue
        if _reaches_out(span, ents):
            continue  # a name reaching out of the outlet's words is the model's own reading: left alone
        outlets.append(span)
    return _with_outlets(ents, outlets)


_LISTED = re.compile(r"^(?:The\s+)?([A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|&)){0,4}):\s+([^\s“\"].*)$")
_FEWEST_LISTED = 3  # lines in a row: a list, not one heading or label
_LISTED_CHARS = 200


def _listed_outlet(line: str) -> re.Match | None:
    """The outlet of a line "Outlet: headline" (``None`` for a speaker's label, a heading, a place)."""
    line = line.strip()
    m = _LISTED.match(line) if len(line) <= _LISTED_CHARS else None
    if m is None or line.endswith((".", ":", "”", "\"")) or len(m.group(2).split()) < 3 or is_known_place(m.group(1)):
        return None
    return m


def _turns_of_talk(names: list[str]) -> bool:
    """Whether the names opening a run of "Name: words" lines are a transcript's speakers, not outlets.

    A transcript's turns repeat their speakers ("SECRETARY GENERAL RUTTE: …", "PRESIDENT TRUMP: …",
    "SECRETARY GENERAL RUTTE: …"), give them titles, or mark a question with one letter ("Q:"); a round-up
    names each outlet once, with no title.
    """
    return len(set(names)) < len(names) or any(
        len(name) == 1 or any(word.lower().strip(".") in PERSON_TITLES for word in name.split()) for name in names)


def outlets_of_headline_lists(ents: list[Span]) -> list[Span]:
    """Make the name opening each line of a list of headlines ("Axios: New revisions show …") one body.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    text = doc_text(doc)  # (four rules of repairs read it: joined once per Doc)
    runs = _runs(text, _listed_outlet)
    english = english_words(doc.vocab)
    outlets: list[Span] = []
    for run in runs:
        if len(run) < _FEWEST_LISTED or _turns_of_talk([m.group(1) for _, m in run]):
            continue
        for line, m in run:
            name = m.group(1)
            if name.isupper() and " " not in name and (name.lower() in english or doc.vocab[name.lower()].is_stop):
                continue  # "TO: White House Communications Staff", "SUBJECT: …": a memo's header
            span = _name_span(doc, line, m)
            if span is None or _reaches_out(span, ents):
                continue  # a name reaching out of the outlet's words is the model's own reading: left alone
            outlets.append(span)
    return _with_outlets(ents, outlets)


_QUOTED = re.compile(r"^(?:The\s+)?([A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|&)){0,4}):\s+[“\"]")


def outlets_of_quoted_lists(ents: list[Span]) -> list[Span]:
    """Make the name opening each line of a list of quoted excerpts one body, when no line names a person.

    Round-ups quote what outlets wrote, one excerpt a line ("Axios: “It’s another win for …”", "Financial
    Times: “The huge spending projection …”"), as they list people's words after their names. Three lines or
    more in a row of up to five capitalised words, a colon and an opening quotation mark, each name a
    different one (an interview's turns repeat their speakers), none a known place, none with a title
    ("Sen.", "Secretary"), none the model reads as a person and none sharing a word with a person the text
    names, list sources that are no people: each name is a body, the outlet that wrote the words.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    text = doc_text(doc)  # (four rules of repairs read it: joined once per Doc)
    if ":“" not in text.replace(": “", ":“") and ': "' not in text:
        return ents  # (most texts quote no list of sources)
    runs = _runs(text, lambda line: _QUOTED.match(line.strip()))
    people = {t.text for e in ents if e.label_ == "PERSON" for t in e if t.is_title}
    outlets: list[Span] = []
    for run in runs:
        if len(run) < _FEWEST_LISTED or _turns_of_talk([m.group(1) for _, m in run]):
            continue  # an interview's turns: repeated speakers, titles ("Sen."), "Q:"
        spans = [_name_span(doc, line, m) for line, m in run]
        if any(span is None or is_known_place(span.text)
               or any(e.label_ == "PERSON" and e.start < span.end and e.end > span.start for e in ents)
               or any(t.text in people for t in span) for span in spans):
            continue  # a speaker's label names a person ("Scalise:" of "Steve Scalise"): the list is of people's words
        outlets += [span for span in spans if not _reaches_out(span, ents)]
    return _with_outlets(ents, outlets)


# A line of a news article's sources: an author's name and a stop (optional), a headline in quotation marks, a dash,
# the outlet's name (capitalised, up to 60 characters, no comma), a comma and the date of publication with its month's
# name ("\"MP calls for probe into misplaced documents\" — Edmonton Sun, August 16, 2008").
_SOURCE_LINE = re.compile(r"^(?:[^\"“\n]{1,80}\.\s+)?[\"“][^\"”\n]+[\"”]\s+[—–]\s+((?:The\s+)?[A-Z][^,\n]{0,60}?),\s+"
                          r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+)?"
                          r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                          r"\s+\d{1,2},\s+\d{4}\s*$")


def outlets_of_source_lines(ents: list[Span]) -> list[Span]:
    """Make the outlet of each line of a news article's sources one body ("… — Edmonton Sun, August 16, 2008"),
    replacing the names the model found inside it (the small model reads "Edmonton Sun" as a person, and leaves
    "Toronto Star" untagged): a quoted headline, a dash, the outlet, a comma and a date is the form of a source
    line, whatever the outlet's name. A name reaching out of the outlet's words is the model's own reading: left.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    text = doc_text(doc)  # (four rules of repairs read it: joined once per Doc)
    if "\" —" not in text and "” —" not in text and "\" –" not in text and "” –" not in text:
        return ents  # (most texts list no sources)
    outlets: list[Span] = []
    for line in re.finditer(r"[^\n]+", text):
        m = _SOURCE_LINE.match(line.group())
        if m is None:
            continue
        span = doc.char_span(line.start() + m.start(1), line.start() + m.end(1), label="ORG", alignment_mode="strict")
        if span is None or len(span) > _LONGEST_OUTLET or _reaches_out(span, ents):
            continue
        outlets.append(span)
    return _with_outlets(ents, outlets)
