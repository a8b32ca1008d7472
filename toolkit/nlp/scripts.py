"""Names inside passages in another script, which the English model cannot label: "Одной рукой покачивала
ребенка" ("Одной" ORG), "Скажем, тюменскую медицину …" ("Скажем" PERSON).

News in English quotes a speaker's words in the original language after the translation, in its own script
(Wikinews' "((ru))Russian: …"). The small English model reads the capitalised words of such a passage as names
and labels them at random: a sentence's first word, a verb, a town. A name whose letters are all of another
script than the Latin one, in a sentence whose words not capitalised are mostly of another script too (three or
more), is no entity the model can tell: it is dropped. A name in another script inside an English sentence is
kept ("Image: Дмитрий Кошелев.", a photographer's credit: its sentence has no word not capitalised).

Wikinews marks the original's language with a tag glued to the language's name ("((ru))Russian: …", "((pl))Polish
language: …"), which the tokenizer leaves one word with the code ("ru))Russian"): the tag says in what language the
words after it are, and is no entity (:func:`drop_language_tags`; round ent39a).

Example:
    >>> [e.text for e in drop_foreign_script_names(list(doc.ents))]   # doctest: +SKIP
    []
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.tokens import Span

from toolkit.nlp.lookups import span_text

# The fewest words not capitalised a sentence needs for its script to tell a passage in another language.
_FOREIGN_WORDS = 3


@lru_cache(maxsize=4096)
def _latin(word: str) -> bool:
    """Whether every letter of a word is of the Latin script (ASCII or accented Latin letters)."""
    return word.isascii() or all(ch.isascii() or "LATIN" in unicodedata.name(ch, "") for ch in word if ch.isalpha())


def _foreign_passage(sent: Span) -> bool:
    """Whether most of a sentence's words not capitalised (three or more) are written in another script."""
    words = [t.text for t in sent if t.is_alpha and not t.is_title and not t.is_upper]
    return len(words) >= _FOREIGN_WORDS and sum(not _latin(w) for w in words) * 2 >= len(words)


def drop_foreign_script_names(ents: list[Span]) -> list[Span]:
    """Drop the names written wholly in another script inside a passage in that script (see the module).

    Args:
        ents: entity spans in document order.

    Returns:
        The spans but those names.
    """
    if all(_latin(span_text(e)) for e in ents):
        return ents  # (an English text: nothing to read)
    return [e for e in ents if _latin(e.text) or not any(ch.isalpha() for ch in e.text) or not _foreign_passage(e.sent)]


# A language's code and the tag's closing brackets glued to the language's name ("ru))Russian", "es))Spanish").
_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}\)\)[A-Z]")


def drop_language_tags(ents: list[Span]) -> list[Span]:
    """Drop a name that opens with a Wikinews language tag's code and closing brackets ("((ru))Russian: …"): the
    tag names the language of the words after it, no entity (see the module)."""
    return [e for e in ents if not (")" in e[0].text and _LANGUAGE_TAG.match(e[0].text))]
