"""Scenarios: sentences that suppose a case to explain something, which report nothing that happened.

Explainers, columns and personal-finance pages of every outlet set up a made-up case with a verb of supposing at the
head of the sentence ("Say you earn £30,000 a year …", "Let's say a couple buys a house for $300,000.", "Suppose the
bank lends them $240,000 …", "Imagine a hacker gains access to your email."), and go on with it in the next sentence
of the paragraph in the present or under a modal ("The bank lends them $240,000 and they pay the rest.", "He can then
reset your bank password."). "For example" and "for instance" open a case too, but a real one as often as a made-up
one: only a sentence of theirs in the present or under a modal supposes ("For example, a 40-year-old who invests
$5,000 a year will have $400,000 by retirement"); one in the past tells an instance that happened ("For example,
Russia launched 500 drones on Monday."). A scenario inside quotation marks is somebody's words, left to the quotations.

Example:
    >>> supposed_sentences(doc_sentences, inside=set())  # doctest: +SKIP
    {3, 4}
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Span, Token

# The openings of a made-up case, as lower-cased words at the head of a sentence.
_SUPPOSING = (("say",), ("let's", "say"), ("let", "'s", "say"), ("let", "’s", "say"), ("suppose",), ("supposing",),
              ("imagine",), ("hypothetically",))
# The openings of an example, made up or real.
_EXAMPLE = (("for", "example"), ("for", "instance"))
# Modals under which a case goes on.
_CASE_MODALS = frozenset({"will", "would", "can", "could", "may", "might", "'ll", "’ll"})


def supposed_sentences(sentences: list[Span], inside: set[int]) -> set[int]:
    """The numbers of the sentences that set up a made-up case or go on with one (see the module's docstring)."""
    supposed: set[int] = set()
    for number, sent in enumerate(sentences):
        words = list(islice((t for t in sent if not (t.is_punct and t.text in "\"“'‘")), 3))  # (not every word made)
        if not words or words[0].i in inside or words[0].ent_type_:
            continue  # ("Imagine Dragons performed …": a name)
        lowered = tuple(t.lower_ for t in words)
        opens = any(lowered[:len(o)] == o for o in _SUPPOSING) and len(sent) > 3
        example = any(lowered[:len(o)] == o for o in _EXAMPLE) and _in_present_or_modal(sent.root)
        if not (opens or example):
            continue
        supposed.add(number)
        after = sentences[number + 1] if number + 1 < len(sentences) else None
        if after is not None and "\n" not in sent.doc.text[sent.end_char:after.start_char] \
                and _in_present_or_modal(after.root):
            supposed.add(number + 1)  # the case goes on in the paragraph's next sentence
    return supposed


def _in_present_or_modal(root: Token) -> bool:
    """Whether a sentence's main verb is in the present or under a modal of a case."""
    if root.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ == "aux" and c.lower_ in _CASE_MODALS for c in root.children)
