"""Authors of author-year citations: "(Boot, Kramer, Simons, Fabiani, & Gratton, 2008)", "Rao and Scott (1981)".

Science writing, and the news that reports on it, cites a study by its authors' surnames and its year: in
brackets ("(Grice 1975)", "(Marsden & Mackey, 2014; Porte, 2012)") or in the sentence with the year in
brackets ("Smith et al. (2010) found …", "adapted from Palmeri and Gazio (1995)"), or by the first author's name, "et al."
and the number of the reference ("see also, Gibbons et al. [4]"; a pair, "Johnson & Johnson [5]", may be a
firm's name). Each surname there is a
person, however the model read it: it calls many of them bodies or places ("Fabiani" ORG, "Nutley" GPE) and
runs a list of them into one name ("Feng, Spence, & Pratt" ORG, "Heidenreich & Turano 2011" ORG).
:func:`people_in_citations` makes each surname of such a citation one PERSON span and drops the entities
the model put over the citation's names.

A citation is recognised by its form alone, so the form is strict: the names are one or two capitalised
words each (a hyphen joins two into one, "Morgan-Short"; lower-case particles may open one, "de Vera"), none a
stop word, a body's head word ("Open Science Collaboration, 2015" is a body's report) or written in capitals
("WHO, 2019"), and they stand between the year and an opening bracket, a semicolon or a lower-case word inside
brackets ("see", "e.g."). Before a year in brackets the names follow no capitalised word, colon or quotation mark
("Language: Its Nature, Development and Origin (1922)", "the comedy Imagine Me and You (2006)" are works).
Names that are all English words the model left untagged are left ("(Laws, 2016)"). A citation of one name
only, without "et al.", is a person's only in a text that cites in this form at least twice with several
names or "et al." (a paper's way, not a film's, "Alien (1979)"), and, unless a semicolon parts it from
another citation, when the name is no known place ("(London, 2012)").

The surnames so found are also evidence for the set-wide vote (:func:`cited_author`, "is-PERSON" in
:mod:`toolkit.nlp.evidence`): "(Hein, Reich, Marks, Thuma, & Grigorenko, 2016)" makes "Hein" a person also where
"the study by Hein and colleagues" leaves the model's body label on it.

Example:
    >>> [(e.text, e.label_) for e in people_in_citations(doc, list(doc.ents))]  # "(Dye & Bavelier, 2010)"  # doctest: +SKIP
    [('Dye', 'PERSON'), ('Bavelier', 'PERSON')]
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import NAME_LABELS, NAME_PARTICLES, ORG_HEADS, ORG_WORDS
from toolkit.nlp.lookups import indices_matching, kept
from toolkit.nlp.mistags import english_words

_YEAR = re.compile(r"^(1[6-9]|20)\d\d[a-z]?$")
_YEAR_OR_BRACKET = re.compile(r"^(?:\[|(1[6-9]|20)\d\d[a-z]?)$")  # the tokens a citation can end at
_JOINERS = frozenset({",", "&", "and"})
_POSSESSIVES = frozenset({"'s", "’s"})


def _is_name_word(token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_upper and not token.is_stop \
        and token.lower_ not in ORG_HEADS and token.lower_ not in ORG_WORDS


def _author_run(doc: Doc, end: int) -> tuple[int, list[list[int]], bool] | None:
    """The names that end just before token ``end`` (exclusive), read backwards: (first token, names as
    token lists, whether "et al." closes them); None when no name stands there."""
    names: list[list[int]] = []
    et_al = False
    i = end - 1
    if i >= 1 and doc[i].text == "." and doc[i - 1].lower_ == "al":
        i -= 1
    if i >= 1 and doc[i].lower_ in ("al", "al.") and doc[i - 1].lower_ == "et":
        et_al, i = True, i - 2
    while i >= 0:
        name: list[int] = []
        while i >= 0 and _is_name_word(doc[i]):
            name.insert(0, i)
            # "Morgan-Short": a hyphen with no space around it joins two words of one name
            if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_ \
                    and _is_name_word(doc[i - 2]):
                name[:0] = [i - 2, i - 1]
                i -= 3
                continue
            i -= 1
        while name and i >= 0 and doc[i].lower_ in NAME_PARTICLES and doc[i].is_lower:
            name.insert(0, i)
            i -= 1
        words = [k for k in name if doc[k].text != "-" and doc[k].lower_ not in NAME_PARTICLES]
        if not name or len(words) - sum(doc[k].text == "-" for k in name) > 2:
            return None
        names.insert(0, name)
        # the separators between two names: ",", "&", "and", ", &", ", and"
        k = i
        while k >= 0 and doc[k].lower_ in _JOINERS and k > i - 2:
            k -= 1
        if k == i or k < 0 or not _is_name_word(doc[k]):
            break
        i = k
    if not names:
        return None
    return names[0][0], names, et_al


def _title_before(token) -> bool:
    """Whether the token before a run of names makes them a title's words: a capitalised word, a colon or a
    quotation mark ("Language: Its Nature, Development and Origin (1922)")."""
    return token.text[:1].isupper() or token.text in (":", '"', "“", "‘", "'")


def _inside_brackets(doc: Doc, i: int) -> bool:
    """Whether token ``i`` stands inside an opening bracket of its sentence that is not yet closed."""
    sent_start = doc[i].sent.start if doc.has_annotation("SENT_START") else 0
    depth = 0
    for k in range(i - 1, sent_start - 1, -1):
        if doc[k].text == ")":
            depth += 1
        elif doc[k].text == "(":
            if depth == 0:
                return True
            depth -= 1
    return False


def _citations(doc: Doc) -> list[tuple[int, int, list[list[int]], bool, bool]]:
    """Every author-year citation: (first token, year token, names, strong, grouped), strong when it holds
    several names or "et al.", grouped when a semicolon parts it from another citation."""
    found = []
    # (only a "[" or a year can end a citation: those tokens found in the Doc's array, not token by token)
    for y in indices_matching(doc, ORTH, _YEAR_OR_BRACKET.match):
        if y < 2:
            continue
        token = doc[y]
        if token.text == "[" and y + 2 < len(doc) and doc[y + 1].like_num and doc[y + 2].text == "]":
            # a numbered reference: "Carrano & Biewener [7]", "Gibbons et al. [4]"
            end = y - 1 if doc[y - 1].text in _POSSESSIVES else y
            run = _author_run(doc, end)
            if run is not None and run[2] and run[0] > 0 and not _title_before(doc[run[0] - 1]):
                found.append((run[0], y, run[1], True, False))
            continue
        if not _YEAR.match(token.text):
            continue
        end = y
        narrative = False
        if doc[y - 1].text == "(":  # "Rao and Scott (1981", "Sapir's (1971)"
            narrative, end = True, y - 1
            if doc[end - 1].text in _POSSESSIVES:
                end -= 1
        elif doc[y - 1].text == ",":  # "(Porte, 2012)"
            end = y - 1
        run = _author_run(doc, end)
        if run is None:
            continue
        start, names, et_al = run
        strong = et_al or len(names) > 1
        before = doc[start - 1] if start > 0 else None
        if narrative:
            # a work's title with its year runs on to the left: "Language: Its Nature, Development and Origin
            # (1922)", "the comedy Imagine Me and You (2006)"
            if before is not None and _title_before(before):
                continue
        else:
            if not _inside_brackets(doc, start):
                continue
            if before is None or not (before.text in ("(", ";") or before.is_lower or before.text == ","):
                continue
        grouped = doc[start - 1].text == ";" or (y + 1 < len(doc) and doc[y + 1].text == ";")
        found.append((start, y, names, strong, grouped))
    return found


def _cited_spans(doc: Doc, ents: list[Span]) -> list[Span]:
    """The PERSON spans of the document's citations (see :func:`people_in_citations`)."""
    citations = _citations(doc)
    if not citations:
        return []
    cite_style = sum(c[3] for c in citations) >= 2
    english = english_words(doc.vocab)
    tagged = {i for e in ents if e.label_ in NAME_LABELS for i in range(e.start, e.end)}
    people: list[Span] = []
    for start, year, names, strong, grouped in citations:
        if all(doc[name[-1]].lower_ in english and name[-1] not in tagged for name in names):
            continue  # "(Laws, 2016)", "(Nature and Science, 2010)" untagged: English words
        if not strong:
            if not cite_style:
                continue
            name = doc[names[0][0]:names[0][-1] + 1]
            if not grouped and is_known_place(name.text, cities=True):  # "(London, 2012)"
                continue
        people += [Span(doc, name[0], name[-1] + 1, label="PERSON") for name in names]
    return people


def cited_author(span: Span) -> bool:
    """Whether the span is exactly a surname of one of its document's author-year citations (found once per document:
    :func:`toolkit.nlp.lookups.kept`)."""
    return (span.start, span.end) in kept(span.doc, "cited_authors", _cited_author_spans)


def _cited_author_spans(doc: Doc) -> frozenset[tuple[int, int]]:
    return frozenset((p.start, p.end) for p in _cited_spans(doc, list(doc.ents)))


def people_in_citations(doc: Doc, ents: list[Span]) -> list[Span]:
    """Each surname of an author-year citation as one PERSON span, in place of what the model made of it.

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
    """
    people = _cited_spans(doc, ents)
    if not people:
        return ents
    runs = [(p.start, p.end) for p in people]
    first = {p.start for p in people}
    kept = []
    for e in ents:
        over = [r for r in runs if e.start < r[1] and r[0] < e.end]
        if not over:
            kept.append(e)
        elif e.label_ == "PERSON" and len(over) == 1 and (e.start, e.end) == over[0]:
            kept.append(e)
            first.discard(e.start)
    added = {p.start: p for p in people if p.start in first}
    return sorted(kept + list(added.values()), key=lambda s: s.start)
