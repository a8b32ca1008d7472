"""The capitals of a heading written in title case: common words, no name.

A page's heading capitalises every word ("1. Building, Bringing, or Buying New Power Supply", "5.
Contributing to Electric and Community Resilience"); the model reads a run of such words as a body or a
place ("Buying New Power Supply" ORG, "Bringing" GPE). A heading's name is one the text names in its running
text too, or a place the gazetteer knows ("Trump Visits Japan"). :func:`drop_heading_capitals` drops an
entity (no person's) that stands in a heading line (a short paragraph of its own that does not end like a
sentence, :func:`~toolkit.nlp.credits.is_caption`) whose words of four letters or more are all capitalised,
when the text writes every word of the entity in small letters elsewhere (a common word; by its form, its
lemma or its singular) and the entity's words nowhere else in capitals. A name's word is seldom written small
("The Plains of Arafat on the day of Hajj", a caption: "arafat" never is). A heading set all in capitals hides
a name's form: :func:`drop_capital_heading_words` drops an entity of dictionary words there ("2. THE ARMY
SECRETARY") that the text names nowhere else.

Example:
    >>> [e.text for e in drop_heading_capitals(doc, list(doc.ents))]  # "2. Paying for New Power Delivery …"  # doctest: +SKIP
    []
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from toolkit.nlp.credits import is_caption
from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lookups import doc_text

# Words of a name that are no content word, which a heading in title case may write in small letters.
_CONNECTORS = frozenset({"and", "or", "of", "for", "the", "to", "in", "on", "a", "an", "&"})
# The shortest word a title-case heading always capitalises (it may write "for", "and", "with" small).
_CONTENT_LETTERS = 4


def _line_of(text: str, ent: Span) -> tuple[int, int]:
    """The character bounds of the line an entity stands on (its first line, if a line break runs inside it)."""
    first = text.rfind("\n", 0, ent.start_char) + 1
    last = text.find("\n", ent.end_char)
    return first, len(text) if last < 0 else last


def drop_heading_capitals(doc: Doc, ents: list[Span], *, text: str | None = None) -> list[Span]:
    """The entities without those made only of a title-case heading's common words (see the module)."""
    if not ents:
        return ents
    text = doc_text(doc) if text is None else text  # (spaCy joins doc.text anew from every token)
    small = None
    headings: dict[int, tuple[int, int] | None] = {}
    out = []
    for ent in ents:
        if ent.label_ == "PERSON" or not ent[0].is_title:
            out.append(ent)
            continue
        first, last = _line_of(text, ent)
        if first not in headings:
            headings[first] = (first, last) if _title_case_heading(text, first, last) else None
        line = headings[first]
        if line is None:
            out.append(ent)
            continue
        if small is None:
            small = _small_words(doc)
        if _common_words(ent, small) and not _named_elsewhere(text, ent, line) \
                and not is_known_place(ent.text):
            continue  # "Buying New Power Supply" of "1. Building, Bringing, or Buying New Power Supply"
        out.append(ent)
    return out


def _title_case_heading(text: str, first: int, last: int) -> bool:
    """Whether ``text[first:last]`` is a heading line with every word of four letters or more capitalised."""
    if not is_caption(text, first, last):
        return False
    words = [w.strip(",.;:()\"“”'’") for w in text[first:last].split()]
    long = [w for w in words if len(w) >= _CONTENT_LETTERS and w[:1].isalpha()]
    return bool(long) and all(w[0].isupper() for w in long)


def _small_words(doc: Doc) -> frozenset[str]:
    """The words the document writes in small letters, and their lemmas ("bring" of "bring", "buy" of "buying")."""
    return frozenset(w for t in doc if t.is_lower and t.is_alpha for w in (t.lower_, t.lemma_.lower()))


def _common_words(ent: Span, small: frozenset[str]) -> bool:
    """Whether every word of the entity is a connector or a word the text writes in small letters, by its form,
    its lemma, its singular or its verb (the tagger gives a capitalised word its own form as lemma: "Upgrades",
    "Bringing")."""
    words = [t for t in ent if not t.is_punct]
    return bool(words) and all(t.lower_ in _CONNECTORS or (t.is_alpha and not t.is_upper and (
        t.lower_ in small or t.lemma_.lower() in small or (t.lower_.endswith("s") and t.lower_[:-1] in small)
        or (t.lower_.endswith("ing") and t.lower_[:-3] in small))) for t in words)


def _named_elsewhere(text: str, ent: Span, line: tuple[int, int]) -> bool:
    """Whether the entity's words occur in the text outside its heading line, as written."""
    at = text.find(ent.text)
    while at >= 0:
        if not line[0] <= at < line[1]:
            return True
        at = text.find(ent.text, at + 1)
    return False


def drop_capital_heading_words(doc: Doc, ents: list[Span], *, text: str | None = None) -> list[Span]:
    """Drop an entity of common English words that stands in a heading set all in capitals ("2. THE ARMY SECRETARY":
    "ARMY SECRETARY" ORG; "REVIEW OF THE FISCAL YEAR 2026 STATE DEPARTMENT BUDGET REQUEST": "DEPARTMENT BUDGET
    REQUEST" PERSON, round wire34c), unless the text names it elsewhere in any case ("WHITE HOUSE" beside "the White
    House"). Capitals hide a name's form, so only a run of common words is dropped; a word of no dictionary ("CNN",
    "YERMAK") keeps the entity.

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
        text: ``doc.text``, when the caller has it.
    """
    if not ents:
        return ents
    text = doc_text(doc) if text is None else text
    from toolkit.nlp.mistags import english_words

    english = None
    named = None
    lines: dict[int, bool] = {}
    out = []
    for ent in ents:
        if len(ent) < 2 or not text[ent.start_char : ent.end_char].isupper():  # (the span's text, not joined anew)
            out.append(ent)
            continue
        first, last = _line_of(text, ent)
        if first not in lines:
            words = [w for w in text[first:last].split() if any(c.isalpha() for c in w)]
            lines[first] = bool(words) and all(w.isupper() for w in words) and is_caption(text, first, last)
        if not lines[first]:
            out.append(ent)
            continue
        if english is None:
            english = english_words(doc.vocab)
            named = {e.text.lower() for e in ents if not e.text.isupper()}
        content = [t for t in ent if t.is_alpha and t.lower_ not in _CONNECTORS]
        if content and all(t.lower_ in english for t in content) and ent.text.lower() not in named:
            continue
        out.append(ent)
    return out
