"""A byline: the writer's name after a capital "By", then a slash or a comma and the outlet ("By Deb Price / The
Detroit News Deb Price When Baptist Pastor Stephen Jones talks …", round entities63, a newsgroup post quoting a
paper's story with its byline and its repeated credit line).

The small model reads the name between "By" and the outlet as part of a body ("Deb Price /" ORG), and the credit
line that repeats the name after the outlet as one body with it ("The Detroit News Deb Price" ORG). English writes a
name of two or three capitalised words after a capital "By" and before "/" or "," and an outlet only for the
writer of the piece: :func:`authors_in_bylines` makes it a person (PERSON), and splits the same name off the end
of a body the model ran it into right after the slash.

A byline alone on its line ("By Belinda Feek" ⏎ "Open Justice reporter", round wire34b) is one too, and so is one
that opens its line with two writers joined by "and" ("By Ketut Suardana and Ananda Teresia", Reuters, round
wire35b), whose second writer the model calls a place. A byline opening its line may write the names in capitals and
end on the agency ("By LEA SKENE and BEN FINLEY Associated Press", AP): the agency left after the last writer is
a body apart ("BEN FINLEY Associated Press" ORG → a person and "Associated Press").

This is a rule about people (PERSON), kept in a module of its own.

Cost: looks up the capital "By" tokens in the Doc's column of words (:func:`toolkit.nlp.lookups.indices_of`), then
visits the entities.

Example:
    >>> [(e.text, e.label_) for e in authors_in_bylines(doc, ents)][:2]  # "By Deb Price / The Detroit News …"  # doctest: +SKIP
    [('Deb Price', 'PERSON'), ('The Detroit News', 'ORG')]
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import ORG_HEADS, ORG_WORDS
from toolkit.nlp.lookups import doc_text, indices_of

# What stands between the writer's name and the outlet.
_SEPARATORS = frozenset({"/", "|", ","})

# The dashes that part a writer's name from the post in a byline opening its line, set off by spaces ("By: Miguel
# Santos Reyes - Reporter"); a dash without spaces joins a double surname ("Robert-Diard").
_DASHES = frozenset({"-", "–", "—"})

# The model's labels of what a capital "By" opens that is no writer ("By Christmas Eve, …").
_NOT_NAMES = frozenset({"DATE", "TIME", "EVENT", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})

# The words that close an outlet's credit for its staff in a byline ("By Al Jazeera Staff", "By Reuters Staff").
_STAFF_WORDS = frozenset({"staff", "staffers"})

# The last words of an outlet's name that no writer's name ends in ("By Mexico News Daily", a paper's credit for a
# story without a writer, round wire36b): not "Post" or "Herald", which are surnames too.
_OUTLET_LAST_WORDS = frozenset({"daily", "news", "press", "times", "tribune", "gazette", "chronicle", "journal"})

# The fewest and the most words of a writer's name.
_SHORTEST_NAME, _LONGEST_NAME = 2, 3


def _opens_line(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens its line."""
    return i == 0 or "\n" in doc[i - 1].whitespace_ or "\n" in doc[i - 1].text


def _name_word(token, capitals: bool) -> bool:
    """Whether a token may be a word of a writer's name: capitalised, or in capitals in a byline opening its line
    (AP's "By LEA SKENE"); or a middle initial with its stop ("By JOSH FUNK and MICHAEL R. SISAK Associated Press",
    round wire37)."""
    if len(token.text) == 2 and token.text[1] == "." and token.text[0].isupper() and token.text[0].isalpha():
        return True
    return token.is_alpha and (token.is_title or capitals and token.is_upper and len(token) > 1)


def _author(doc: Doc, by: int) -> tuple[int, int] | None:
    """The writer's name after the capital "By" at ``by``: two or three capitalised words, then a separator and a
    capitalised word; or, in a byline opening its line, the line's end or "and" and more writers to the line's end
    (:func:`_co_authors`)."""
    capitals = _opens_line(doc, by)
    start = end = by + 1
    if capitals and end < len(doc) and doc[end].text == ":":
        start = end = by + 2  # "By: Miguel Santos Reyes - Reporter / @MReyesINQ" (the Inquirer's, round wire41)
    shouted = doc[by].text == "BY"  # "BY TOMOHIRO OSAKI" ⏎ "STAFF WRITER" (the Japan Times, round wire35c)
    while end < len(doc) and end - start < _LONGEST_NAME and (
            doc[end].is_alpha and doc[end].is_upper and not doc[end].is_stop if shouted
            else _name_word(doc[end], capitals)):
        end += 1
    if end - start < _SHORTEST_NAME or any(t.ent_type_ in _NOT_NAMES for t in doc[start:end]):
        return None  # "By Christmas Eve, Santa …": a time, not a writer
    while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_
           and _name_word(doc[end + 1], capitals or shouted)):
        end += 2  # a double surname ("By Pascale Robert-Diard", Le Monde)
    if shouted:
        return (start, end) if _alone_on_its_line(doc, by, end) else None  # (a byline in capitals is a line of its
        # own; "BY THE NUMBERS", a heading, holds a function word)
    if _alone_on_its_line(doc, by, end):
        return start, end  # "By Belinda Feek" ⏎ "Open Justice reporter": a byline line of its own
    if capitals and end < len(doc) and doc[end].text in ("and", "&") and _co_authors(doc, by, end):
        return start, end  # "By Ketut Suardana and Ananda Teresia" ⏎: writers joined by "and" to the line's end
    separators = _SEPARATORS | {"("} if capitals else _SEPARATORS  # Le Monde's "(Avignon (Vaucluse), special correspondent)"
    if capitals and end + 1 < len(doc) and doc[end].text in _DASHES and doc[end - 1].whitespace_ \
            and doc[end].whitespace_:
        separators = separators | _DASHES  # a spaced dash before the writer's post ("… Reyes - Reporter / @…")
    if end + 1 >= len(doc) or doc[end].text not in separators or not (doc[end + 1].is_title or doc[end + 1].is_upper):
        return None
    return start, end


def _line_end(doc: Doc, i: int) -> bool:
    """Whether token ``i`` ends its line (the document's last token, or one a line break follows)."""
    return i + 1 >= len(doc) or "\n" in doc[i].whitespace_ or "\n" in doc[i + 1].text


def _co_authors(doc: Doc, by: int, end: int) -> list[tuple[int, int]]:
    """The other writers of a byline that is a line of its own, after the first one's comma or "and" ("By Kathryn
    Watson, Olivia Gazis", CBS News, round wire34a): names of two or three capitalised words up to the line's end,
    none of them a body's or a place's words (an outlet after the comma, "By Deb Price, The Detroit News", is none).
    """
    if not _opens_line(doc, by):
        return []  # the byline must open its line
    found, i = [], end
    while i < len(doc) and doc[i].text in (",", "and", "&"):
        start = stop = i + 1
        if stop < len(doc) and doc[stop].lower_ == "and":
            start = stop = stop + 1  # "…, and Olivia Gazis"
        capitals = all(t.is_upper for t in doc[start:start + 2])
        while stop < len(doc) and stop - start < _LONGEST_NAME and _name_word(doc[stop], capitals) \
                and (not capitals or doc[stop].is_upper):
            stop += 1
        words = doc[start:stop]
        agency = capitals and _agency_to_line_end(doc, stop)  # (the model runs the name into the agency's body)
        if (stop - start < _SHORTEST_NAME or words[0].lower_ == "the"
                or any(t.ent_type_ in _NOT_NAMES | {"NORP"} | (set() if agency else {"ORG"})
                       or t.lower_ in ORG_HEADS | ORG_WORDS or is_known_place(t.text) for t in words)):
            return []
        found.append((start, stop))
        if _line_end(doc, stop - 1) or agency:
            return found
        i = stop
    return []


def _agency_to_line_end(doc: Doc, start: int) -> bool:
    """Whether the words from ``start`` to the line's end are an agency's name after writers in capitals ("BEN
    FINLEY Associated Press"): two to four capitalised words, one of them "Press" or "News"."""
    end = start
    while end < len(doc) and end - start < 4 and doc[end].is_title and doc[end].is_alpha:
        if _line_end(doc, end):
            words = {t.text for t in doc[start:end + 1]}
            return end > start and bool(words & {"Press", "News"})
        end += 1
    return False


def _alone_on_its_line(doc: Doc, by: int, end: int) -> bool:
    """Whether the capital "By" opens a line and the name after it ends the line (a byline of its own, as regional
    papers print it above the story: "By Belinda Feek" ⏎ "Open Justice reporter")."""
    opens = by == 0 or doc[by - 1].is_space and "\n" in doc[by - 1].text
    return opens and end < len(doc) and doc[end].is_space and "\n" in doc[end].text


# The words of a byline that credits a desk, no writer ("By Staff Writer", "By Reuters staff", "By Our Correspondent").
_DESK_WORDS = _STAFF_WORDS | {"writer", "writers", "reporter", "reporters", "correspondent", "correspondents",
                              "desk", "editor", "editors", "team", "our"}


def _desk_credit(doc: Doc, by: int) -> set[int]:
    """The tokens of a byline alone on its line that credits a desk ("By Staff Writer" ⏎): its role words."""
    end = by + 1
    while end < len(doc) and not (doc[end].is_space and "\n" in doc[end].text):
        end += 1
    words = [t for t in doc[by + 1:end] if not t.is_space]
    if not words or len(words) > 5 or not (by == 0 or (doc[by - 1].is_space and "\n" in doc[by - 1].text)):
        return set()
    if not any(t.lower_ in _DESK_WORDS - {"our"} for t in words):
        return set()
    return {t.i for t in words if t.lower_ in _DESK_WORDS}


def _staff_of_a_long_outlet(doc: Doc, by: int) -> tuple[int, int] | None:
    """The outlet of a byline alone on its line that credits its staff, where the outlet's name holds "of" or
    "the" ("By Times of Israel Staff" ⏎): its words before "Staff", the first and the last capitalised."""
    if not _opens_line(doc, by):
        return None
    end = by + 1
    while end < len(doc) and end - by <= 7 and (doc[end].is_title and doc[end].is_alpha or doc[end].lower_ in ("of", "the")):
        if _line_end(doc, end):
            break
        end += 1
    if end >= len(doc) or end - by > 7 or not _line_end(doc, end) or doc[end].lower_ not in _STAFF_WORDS:
        return None
    if end - (by + 1) < 2 or not doc[end - 1].is_title or not doc[by + 1].is_title:
        return None
    return by + 1, end


def authors_in_bylines(doc: Doc, ents: list[Span]) -> list[Span]:
    """Make the writer's name in a byline a person, and split it off a body the credit line ran it into.

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
    """
    authors, outlets = [], []
    credits: set[int] = set()
    for i in indices_of(doc, ORTH, ("By", "BY")):
        author, credit = _author(doc, i), _desk_credit(doc, i)
        staff = _staff_of_a_long_outlet(doc, i) if author is None else None
        if staff is not None:
            outlets.append(staff)  # "By Times of Israel Staff" (round wire36b): an outlet's name with "of"
        elif author is not None and doc[author[1] - 1].lower_ in _STAFF_WORDS and author[1] - 1 > author[0]:
            outlets.append((author[0], author[1] - 1))  # "By Al Jazeera Staff" (round wire35c): the outlet's staff,
            # no person; the outlet is a body
        elif author is not None and doc[author[1] - 1].lower_ in _OUTLET_LAST_WORDS and _alone_on_its_line(doc, i, author[1]):
            outlets.append(author)  # "By Mexico News Daily" ⏎ (round wire36b): the paper credits itself, no person
        elif author is not None and not credit.issuperset(range(*author)):
            authors += [author] + _co_authors(doc, i, author[1])
        else:
            credits |= credit
    if credits:  # "By Staff Writer": the desk's credit, no one's name ("Writer" PERSON to the model)
        ents = [e for e in ents if not (e.label_ == "PERSON" and all(t.i in credits for t in e))]
    if outlets:
        taken = {k for start, end in outlets for k in range(start, end + 1)}
        ents = sorted([e for e in ents if not any(k in taken for k in range(e.start, e.end))]
                      + [Span(doc, start, end, label="ORG") for start, end in outlets], key=lambda e: e.start)
    if not authors:
        return ents
    names = {tuple(t.text for t in doc[start:end]): (start, end) for start, end in authors}
    taken = {k for start, end in authors for k in range(start, end)}
    after_separator = {end + 1 for _, end in authors}
    out = [Span(doc, start, end, label="PERSON") for start, end in authors]
    for e in ents:
        if any(k in taken for k in range(e.start, e.end)):
            cut = max(k for k in range(e.start, e.end) if k in taken) + 1
            if e.label_ in ("ORG", "PERSON") and e.start in taken and cut < e.end and _agency_to_line_end(doc, cut):
                # (the model may call the run a person: "MICHAEL R. SISAK Associated Press", round wire37)
                end = e.end
                while end > cut and doc[end - 1].is_space:
                    end -= 1
                out.append(Span(doc, cut, end, label="ORG"))  # "BEN FINLEY Associated Press": the agency apart
            continue
        if e.label_ == "ORG" and e.start in after_separator:
            for name in names:
                cut = e.end - len(name)
                if cut > e.start + 1 and tuple(t.text for t in doc[cut:e.end]) == name:
                    out += [Span(doc, e.start, cut, label="ORG"), Span(doc, cut, e.end, label="PERSON")]
                    break
            else:
                out.append(e)
            continue
        out.append(e)
    return sorted(out, key=lambda e: e.start)


# The nouns of a writer's post that a byline with no "By" closes in lower case after the desk's field, the whole
# alone on its line ("Ian Sample Science editor", the Guardian's; "Nicola Davis Science correspondent").
_DESK_NOUNS = frozenset({"editor", "correspondent", "reporter", "writer", "columnist"})


def desks_off_writers(ents: list[Span]) -> list[Span]:
    """Cut the desk's field off a writer's name that a byline alone on its line runs on into: "Ian Sample Science
    editor" (a person "Ian Sample Science") → "Ian Sample". The person's name opens the line, one capitalised word
    of the field follows it, and a lower-case desk noun closes the line.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    for ent in ents:
        doc, end = ent.doc, ent.end
        if (ent.label_ == "PERSON" and 3 <= len(ent) <= 4 and ent[-1].is_title and end < len(doc)
                and doc[end].lower_ in _DESK_NOUNS and doc[end].is_lower
                and (ent.start == 0 or "\n" in doc[ent.start - 1].text or "\n" in doc[ent.start - 1].whitespace_)
                and (end + 1 == len(doc) or "\n" in doc[end].whitespace_ or "\n" in doc[end + 1].text)):
            ent = Span(doc, ent.start, end - 1, label="PERSON")
        out.append(ent)
    return out



# The words that open a page's dateline under a byline with no "By" ("Published January 18, 2025", "Updated …").
_STAMP_WORDS = frozenset({"Published", "Updated", "Posted"})


def _writers_line(doc: Doc, stamp: int) -> list[tuple[int, int]]:
    """The writers' names of the line right above a stamp word opening its line: two or three capitalised words
    each, parted by "|", "," or "and", and nothing else on the line ("Tahir Naseer | Malik Asad" ⏎
    "Published January 18, 2025")."""
    end = stamp - 1
    while end >= 0 and doc[end].is_space:
        end -= 1
    if end < 0 or not _line_end(doc, end):
        return []
    start = end
    while start > 0 and not _opens_line(doc, start):
        start -= 1
    names, run = [], []
    for t in list(doc[start:end + 1]) + [None]:
        if t is None or t.text in ("|", ",", "and"):
            if not _SHORTEST_NAME <= len(run) <= _LONGEST_NAME:
                return []
            names.append((run[0].i, run[-1].i + 1))
            run = []
        elif _name_word(t, capitals=False) and t.lower_ not in ORG_HEADS | ORG_WORDS and not is_known_place(t.text):
            run.append(t)
        else:
            return []
    return names if "|" in doc[start:end + 1].text else []


def writers_above_stamps(doc: Doc, ents: list[Span]) -> list[Span]:
    """Make people of the names on a byline line with no "By" that a "Published …" stamp closes.

    Pakistani and other South Asian papers print their writers' names parted by a bar on a line of their own,
    the page's "Published" stamp under it ("Tahir Naseer | Malik Asad" ⏎ "Published January 18, 2025", Dawn,
    round wire35f); the small model reads them as a building and a body. Only a line of nothing but such names,
    with a bar between them, right above the stamp.

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
    """
    writers = [w for i in indices_of(doc, ORTH, tuple(_STAMP_WORDS)) if _opens_line(doc, i)
               for w in _writers_line(doc, i)]
    if not writers:
        return ents
    taken = {k for start, end in writers for k in range(start, end)}
    kept = [e for e in ents if not any(k in taken for k in range(e.start, e.end))]
    return sorted(kept + [Span(doc, start, end, label="PERSON") for start, end in writers], key=lambda e: e.start)


# The most words of a byline's line (writers, "and", the outlet, a beat: "By Jem Aswad", "By LEA SKENE and BEN FINLEY
# Associated Press"); a longer line opening with "By" is a sentence ("By Sunday the storm had …").
_LONGEST_BYLINE = 12


def in_a_byline(ent: Span) -> bool:
    """Whether a name stands on a byline's line: a short line opening with a capital "By" ("By Jem Aswad" ⏎). The
    writer of the piece is no one its story tells of, so no "she" or "the singer" of the story stands for them (round
    wire36b: "By Jem Aswad" ⏎ "Beyoncé won album of the year …, the first time she has taken the top prize")."""
    text = doc_text(ent.doc)
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    line = text[start:end if end >= 0 else len(text)].strip()
    return line.startswith(("By ", "BY ")) and len(line.split()) <= _LONGEST_BYLINE



# The byline's words of where the writer filed from, opening their line ("Reporting from Paris", The New York
# Times's byline since 2022): a verb of the trade, no name.
_FILED_FROM = frozenset({"Reporting", "Writing"})

# The web domain glued to an outlet's name in a byline ("By … For Dailymail.Com").
_DOMAINS = frozenset({"com", "co", "net", "org"})


def byline_words_off_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Drop the trade's verb of a line "Reporting from <place>" that the model took for a name (or ran the writer's
    name over, "Aurelien Breeden ⏎ Reporting" PERSON, the repairs cutting it at the line), and make a name glued to
    a web domain an outlet ("For Dailymail.Com": "Dailymail" PERSON → ORG; round wire37c).

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    changed = False
    for e in ents:
        if (len(e) == 1 and e.text in _FILED_FROM and e.end < len(doc) and doc[e.end].lower_ == "from"
                and _opens_line(doc, e.start)):
            changed = True
            continue
        if (e.label_ in ("PERSON", "GPE", "NORP") and e.end + 1 < len(doc) and doc[e.end].text == "."
                and not e[-1].whitespace_ and not doc[e.end].whitespace_ and doc[e.end + 1].lower_ in _DOMAINS):
            out.append(Span(doc, e.start, e.end, label="ORG"))
            changed = True
            continue
        out.append(e)
    return out if changed else ents
