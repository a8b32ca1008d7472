"""Run-in headings: a title in capitals and a colon that open a paragraph, set in its first line.

Fact sheets and press releases open a paragraph with its topic in title case and a colon, and run
the text on after it: "Ending Costly Bureaucracy: The Administration suspended enforcement of …",
"Putting Americans First: SBA implemented critical reforms …", "Protecting Franchises: The Trump
Administration terminated …". When the title is a gerund phrase the small English model parses it
as a participle clause of the sentence (``advcl``), and the sentence's subject would "end costly
bureaucracy" or "protect franchises": a label the writer put over the paragraph, no act of the
text. The grammar of a heading tells it apart, with no list of verbs: the gerund is the first word
of its sentence, a colon closes its phrase within a few words, and every word up to the colon is
capitalised but the short function words title case leaves in lower case ("for", "of", "the").
A participle clause of running text is in lower case ("Citing its size, officials …") and ends
with a comma, not a colon.

Example:
    >>> run_in_heading(doc[0])  # "Ending Costly Bureaucracy: The Administration suspended …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# The most words a run-in heading holds after its gerund ("Expanding Access to Family Care in 19 States
# Through Fostering the Future-Aligned Partnerships:" holds 15 tokens after it).
_HEADING_WORDS = 16

# Marks a title joins its words with: "Future-Aligned", "Research & Development", "Youth/Family".
_TITLE_JOINERS = frozenset({"-", "&", "/", "’s", "'s"})


def _title_word(word: Token) -> bool:
    """Whether ``word`` is written as in a title: capitalised, a short function word, a number ("in 19
    States") or a mark that joins a title's words ("Future-Aligned")."""
    return word.text[:1].isupper() or (word.is_stop and len(word.text) <= 4 and word.text.isalpha()) \
        or word.text.isdigit() or word.text in _TITLE_JOINERS


def run_in_heading(verb: Token) -> bool:
    """Whether ``verb`` is the gerund that opens a run-in heading ("Protecting Franchises: …")."""
    if verb.tag_ != "VBG" or not verb.is_sent_start or not verb.text[:1].isupper():
        return False
    doc = verb.doc
    for k in range(verb.i + 1, min(verb.i + 1 + _HEADING_WORDS, len(doc))):
        word = doc[k]
        if word.text == ":":
            return k > verb.i + 1 and k + 1 < len(doc)  # a heading names something and heads some text
        if not _title_word(word):
            return False
    return False
