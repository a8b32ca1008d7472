"""A transcript's turn label that names an office, not a person: "THE PRESIDENT:", "THE VICE PRESIDENT:".

Government transcripts mark the head of the house by office alone ("THE PRESIDENT: Thank you very much.", "THE
FIRST LADY: …") and everyone else by name ("SECRETARY RUBIO:", "MR. WALTZ:"). The label names nobody the entity index
knows; the text itself says who holds the office where it writes the office before a name ("Thank you, President
Trump", "as President Donald J. Trump announced"). The holder is the person the text names most often so outside
the label's own turns and the reporters' questions (which ask about others: "Q Mr. President, is President Putin …"),
and never one the speaker names so himself ("THE PRESIDENT: … I spoke with President Putin");
"Vice President Vance" is no "President". A text that never writes the office before a name is read by its title
("Remarks by President Trump After Air Force One Arrival", "Press Gaggle by President Trump"), where the name must be
one the entity index knows as a person; with neither, the label stays unnamed.
A title and a surname the index does not know ("MR. MUSK:" where the text never names him otherwise) give the
surname as the text would write it (:func:`label_name`).

Example:
    >>> office_holder("THE PRESIDENT", doc, index, own=[(120, 900)])   # "… thanks to President Trump …"  # doctest: +SKIP
    'Donald Trump'
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Token

from toolkit.nlp.index import EntityIndex
from toolkit.nlp.lexicon import TITLE_WORDS
from toolkit.nlp.lookups import doc_text
from toolkit.nlp.quotation_marks import quotation_spans

# Words that make another office of the one after them ("Vice President", "former President", "Deputy Secretary").
_OTHER_OFFICE = frozenset({"vice", "former", "deputy", "acting", "ex", "late", "assistant", "under"})


def in_turn_label(token: Token) -> bool:
    """Whether ``token`` is a word of a transcript's turn label as the parser read it into the sentence ("THE
    PRESIDENT: I think he wants …"): a word in capitals right before the label's colon. The speaker says "I", so the
    label is never a "he" of the turn nor the subject of its imperative ("THE PRESIDENT: Remember this")."""
    return token.is_upper and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ":"


def office_words(label: str) -> tuple[str, ...] | None:
    """The office a label names, in lower case ("THE VICE PRESIDENT" → ``("vice", "president")``), or None when
    some word of it is no title word (a name: "SECRETARY RUBIO")."""
    words = label.lower().replace(".", "").split()
    if words[:1] == ["the"]:
        words = words[1:]
    if not words or not all(w in TITLE_WORDS for w in words):
        return None
    return tuple(words)


def label_name(label: str) -> str | None:
    """The name in a label of a title and a surname the entity index does not know ("MR. MUSK" → "Musk",
    "SECRETARY GENERAL RUTTE" → "Rutte"), as the text would write it; None for an office alone or no title."""
    words = label.replace(".", " ").split()
    titles = 0
    while titles < len(words) and words[titles].lower() in TITLE_WORDS:
        titles += 1
    name = words[titles:]
    if titles == 0 or words[0].lower() == "the" and titles == 1 or not 1 <= len(name) <= 3 \
            or not all(w.isalpha() or "'" in w or "’" in w for w in name):
        return None
    return " ".join(w[:1] + w[1:].lower() for w in name)


def office_holder(label: str, doc: Doc, index: EntityIndex, own: list[tuple[int, int]],
                  asked: list[tuple[int, int]], title: str | None = None) -> str | None:
    """The person a turn label naming an office stands for (see the module's docstring), or None.

    Args:
        label: the label as printed, without its colon ("THE PRESIDENT").
        doc: the parsed transcript.
        index: the set's entity index, for canonical names.
        own: the ``(start, end)`` of the label's own turns, whose words name others.
        asked: those of the reporters' turns, which ask about others ("Q Mr. President, is President Putin …").
        title: the document's title, read when the text names no holder.
    """
    office = office_words(label)
    if office is None:
        return None
    holders: Counter[str] = Counter()
    others: set[str] = set()
    quoted = None
    for name, at in _titled(doc, index, office):
        if any(s <= at < e for s, e in asked):
            continue
        if any(s <= at < e for s, e in own):
            if quoted is None:
                quoted = quotation_spans(doc_text(doc))
            if any(q.start <= at < q.end for q in quoted):
                continue  # "THE PRESIDENT: … the press will say, “President Donald Trump wanted …”": others' words
            others.add(name)  # "THE PRESIDENT: … I spoke with President Putin": not the speaker
        else:
            holders[name] += 1  # "SECRETARY TURNER: Thank you, President Trump"
    ranked = [name for name, _ in holders.most_common() if name not in others]
    if ranked:
        return ranked[0]
    named = _titled_in_title(title, index, office) if title else None
    return named if named not in others else None


def _titled_in_title(title: str, index: EntityIndex, office: tuple[str, ...]) -> str | None:
    """The person a title names with the office right before the name ("Remarks by President Trump After …" →
    "Donald Trump"): the longest run of capitalised words after the office that the index knows as a person (a
    title's words are all capitalised, so the name's end is found by the index, not by the case)."""
    words = re.findall(r"[^\W\d_][\w.'’-]*", title)
    n = len(office)
    for i in range(len(words) - n):
        if tuple(w.lower().rstrip(".") for w in words[i : i + n]) != office \
                or i and words[i - 1].lower().rstrip(".") in _OTHER_OFFICE:
            continue
        run = []
        for word in words[i + n : i + n + 4]:
            if not word[:1].isupper():
                break
            run.append(word)
        for k in range(len(run), 0, -1):
            name = index.canonical(" ".join(run[:k]))
            if name is not None and index.label_of.get(name) == "PERSON":
                return name
    return None


def _titled(doc: Doc, index: EntityIndex, office: tuple[str, ...]):
    """Each person the text names with the office right before the name: ``(canonical name, offset)``."""
    n = len(office)
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start < n:
            continue
        if tuple(t.lower_.rstrip(".") for t in doc[ent.start - n : ent.start]) != office \
                or ent.start > n and doc[ent.start - n - 1].lower_ in _OTHER_OFFICE:
            continue
        yield index.canonical(ent.text) or ent.text, ent.start_char
