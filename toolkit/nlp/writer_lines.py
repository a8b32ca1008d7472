"""A writer's name on a line of its own in a page's head, with no capital "By" before it.

Many outlets print the writer above or below the page's stamp without a "By": the name alone on its line and the
writer's post on the next ("Nadia Ferreira" ⏎ "Senior Editor", a trade site's; "Thabo Mokoena" ⏎ "Economics
Writer"), the name between the stamp and the story ("Oct.1.2025 at 9h45 PM" ⏎ ⏎ "Renato Machado"), or the name in
capitals over the city and the paper ("CAROLYN DOUCETTE" ⏎ "EDMONTON" ⏎ "THE GLOBE AND MAIL"); Indian papers open
the line with "Written by" ("Written by Rohan Kulkarni" ⏎ "Mumbai | Updated: …"). The small model leaves such a
name untagged, or calls it a body or a place (round wire40). :func:`writers_on_lines` makes it a person:

* the line holds two or three capitalised words (or words in capitals) and nothing else, not all of them English
  words unless the model calls them a person, none a body's word, no known place;
* it stands in the page's head (its first ten lines, above the second long one: the headline or the dek may be
  long, the story's paragraphs are);
* the line after it is the writer's post (a press role closing a short line: "Senior Editor") or the page's stamp
  (a date, a year or a clock time; "Updated: …"), or a city's name alone in capitals; or the line before it is the
  stamp.

A post's line is no body: a name the model made of it ("Economics Writer" ORG) is dropped.

Cost: one pass over the tokens of the page's head, which ends at its tenth line or its second long one.

Example:
    >>> [(e.text, e.label_) for e in writers_on_lines(doc, list(doc.ents))]  # "Nadia Ferreira⏎Senior Editor⏎…"  # doctest: +SKIP
    [('Nadia Ferreira', 'PERSON')]
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import ORG_HEADS, ORG_WORDS
from toolkit.nlp.lookups import doc_text
from toolkit.nlp.mistags import english_words

# The posts of the press that close a writer's line under the name ("Senior Editor", "Economics Writer").
_POSTS = frozenset({"editor", "writer", "reporter", "correspondent", "columnist", "contributor", "journalist"})

# The words that open a byline with no capital "By" ("Written by Rohan Kulkarni", the Indian papers').
_WRITTEN = frozenset({"Written", "Reported", "Words", "Story", "Text"})

# The page's stamp: a year, a clock time, a month's name or its short form, or a stamp word opening the line.
_STAMP = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[:h]\d\d\b|^(?:Updated|Published|Posted)\b"
                    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b\.?", re.IGNORECASE)

# The most tokens of a line of the page's head; a longer line is the story's running text, where the head ends.
_HEAD_LINE = 25
# The most tokens of a stamp's line ("Mumbai | Updated: November 23, 2024 21:14 IST").
_STAMP_TOKENS = 14
# The most lines of the page's head.
_HEAD_LINES = 10
# The most words of a post's line ("Transfer News Reporter", "Senior Political Editor").
_POST_WORDS = 4


def _lines(doc: Doc) -> list[tuple[int, int]]:
    """The page's head as lines of tokens ``(start, end)``, the blank lines left out: its first lines, up to the
    second long one (the first may be a headline or a dek)."""
    lines, start, long = [], 0, 0
    for t in doc:
        breaks = t.is_space and "\n" in t.text
        if breaks or "\n" in t.whitespace_:
            end = t.i if breaks else t.i + 1
            if end > start:
                lines.append((start, end))
                long += end - start > _HEAD_LINE
                if long == 2 or len(lines) == _HEAD_LINES:
                    return lines
            start = t.i + 1
    return lines


def _name_words(words, english: frozenset[str]) -> bool:
    """Two or three capitalised words (or words in capitals), not all English words, no body's word or known place."""
    return (2 <= len(words) <= 3
            and all(t.is_alpha and (t.is_title or t.is_upper and len(t) > 1) and not t.is_stop for t in words)
            and not all(t.lower_ in english and t.ent_type_ != "PERSON" for t in words)  # ("Alexander Martin")
            and not any(t.lower_ in ORG_HEADS | ORG_WORDS for t in words)
            and not any(is_known_place(t.text.title()) for t in words)  # (a town's name is many a surname)
            and not is_known_place(" ".join(t.text.title() for t in words), cities=True)
            and not any(t.ent_type_ in ("DATE", "TIME", "NORP", "CARDINAL") for t in words))


def _post_line(doc: Doc, start: int, end: int) -> bool:
    words = doc[start:end]
    return 1 <= len(words) <= _POST_WORDS and words[-1].lower_ in _POSTS and all(t.is_alpha for t in words)


def _stamp_line(doc: Doc, start: int, end: int) -> bool:
    """A short line holding a date, a year or a clock time (not a paragraph that names a year)."""
    return end - start <= _STAMP_TOKENS and bool(_STAMP.search(doc[start:end].text))


def _city_line(doc: Doc, start: int, end: int) -> bool:
    words = doc[start:end]
    return all(t.is_upper and t.is_alpha for t in words) and is_known_place(words.text.title(), cities=True)


def _stamp_after_slash(doc: Doc, start: int, end: int) -> int | None:
    """Where the name ends on a line that prints the writer and the page's stamp parted by a slash or a bar
    ("MEGAN HOLLIS / April 16, 2025", a court wire's head, round wire41): two or three tokens, the separator, and
    a stamp (a date or a clock time) to the line's end."""
    for k in range(start + 2, min(start + 4, end)):
        if doc[k].text in ("/", "|"):
            return k if k + 1 < end and _stamp_line(doc, k + 1, end) else None
    return None


def _writers(doc: Doc) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The writers' names of the page's head, and the lines of their posts."""
    lines = _lines(doc)
    english = None
    writers, posts = [], []
    for k, (start, end) in enumerate(lines):
        if doc[start].text in _WRITTEN and end - start >= 3 and doc[start + 1].text == "by":
            start += 2  # "Written by Rohan Kulkarni"
            written = True
        else:
            written = False
        stamped = _stamp_after_slash(doc, start, end)
        if stamped is not None:
            end = stamped  # "MEGAN HOLLIS / April 16, 2025": the name, then the stamp on the same line
        if not 2 <= end - start <= 3:
            continue
        english = english if english is not None else english_words(doc.vocab)
        if not _name_words(doc[start:end], english):
            continue
        after = lines[k + 1] if k + 1 < len(lines) else None
        before = lines[k - 1] if k > 0 else None
        post = after is not None and _post_line(doc, *after)
        if written or stamped is not None or post \
                or after is not None and (_stamp_line(doc, *after) or _city_line(doc, *after)) \
                or before is not None and _stamp_line(doc, *before):
            writers.append((start, end))
            if post:
                posts.append(after)
    return writers, posts


def writers_on_lines(doc: Doc, ents: list[Span]) -> list[Span]:
    """Make people (PERSON) of the writers' names on lines of their own in the page's head, and drop the names the
    model made of their posts' lines (see the module).

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
    """
    if not ents and not len(doc):
        return ents
    writers, posts = _writers(doc)
    if not writers:
        return ents
    taken = {k for start, end in writers for k in range(start, end)}
    post_tokens = {k for start, end in posts for k in range(start, end)}
    kept = [e for e in ents if not any(k in taken for k in range(e.start, e.end))
            and not (e.label_ != "PERSON" and all(k in post_tokens for k in range(e.start, e.end)))]
    return sorted(kept + [Span(doc, start, end, label="PERSON") for start, end in writers], key=lambda e: e.start)


def writers_tokens(doc: Doc) -> set[int]:
    """The tokens of the page's head that name its writers: on a writer's line of its own (see the module) or on a
    line opening with a capital "By". The writer is no one the story tells of: a surname the story uses alone
    ("“…,” Martin said") means the person of that surname the story names, not the writer of the same surname
    ("Alexander Martin" ⏎ "June 4th, 2024" above "Ciaran Martin, the former chief executive of the NCSC", round
    wire40)."""
    writers, _ = _writers(doc)
    tokens = {k for start, end in writers for k in range(start, end)}
    for start, end in _lines(doc):
        if doc[start].text in ("By", "BY") and end - start <= _HEAD_LINE // 2:
            tokens.update(range(start + 1, end))
    return tokens


# A closing credit of the reporters who helped: "With a report from Jhoanna Villareal", "With reports from …",
# "With reporting by …" (the Philippine papers', round wire41), the line holding nothing else.
_HELPERS_CREDIT = re.compile(r"^With (?:an? )?(?:(?:additional )?reports?|reporting) (?:from|by) ",
                             re.IGNORECASE | re.MULTILINE)


def _helpers(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The names of a closing credit's line: runs of two or three capitalised words parted by "," or "and", no
    body's word or known place among them, and nothing else to the line's end (else none)."""
    names, run = [], []
    for t in list(doc[start:end]) + [None]:
        if t is None or t.text in (",", "and", "&"):
            if not 2 <= len(run) <= 3:
                return []
            names.append((run[0].i, run[-1].i + 1))
            run = []
        elif (t.is_alpha and t.is_title and t.lower_ not in ORG_HEADS | ORG_WORDS
              and not is_known_place(t.text, cities=True)):
            run.append(t)
        elif t.text != "." or t.i != end - 1:
            return []
    return names


def helpers_in_closing_credits(doc: Doc, ents: list[Span]) -> list[Span]:
    """Make people (PERSON) of the reporters a closing credit names ("With a report from Jhoanna Villareal", which
    the model calls a building): a line of its own opening with the credit's words, then only names.

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
    """
    text = doc_text(doc)  # (spaCy joins Doc.text anew from every token on each read)
    if "With " not in text:
        return ents
    found: list[tuple[int, int]] = []
    for match in _HELPERS_CREDIT.finditer(text):  # (a line's opening found in the whole text: no split per line)
        line_start = match.start()
        line_end = text.find("\n", line_start)
        line = text[line_start:] if line_end < 0 else text[line_start:line_end]
        if len(line) < 200:
            span = doc.char_span(match.end(), line_start + len(line.rstrip()), alignment_mode="expand")
            if span is not None:
                found += _helpers(doc, span.start, span.end)
    if not found:
        return ents
    taken = {k for start, end in found for k in range(start, end)}
    kept = [e for e in ents if not any(k in taken for k in range(e.start, e.end))]
    return sorted(kept + [Span(doc, start, end, label="PERSON") for start, end in found], key=lambda e: e.start)
