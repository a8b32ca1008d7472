"""A noun phrase as text: the words a head noun stands for, without its clauses, appositions or quotation marks.

The events' subjects and objects that name no entity are written as their noun phrase ("the leader of the
opposition", "as many as 32 firefighters"); :func:`noun_phrase` keeps a head's modifiers and a short "of" tail and
mends the parser's splits of hyphenated words and bounds, :func:`clean_phrase` writes kept words as text. Used by
:mod:`toolkit.nlp.actors` and the event extractors.
"""

from __future__ import annotations

import re
from typing import Iterable

from spacy.tokens import Token

from toolkit.nlp.clause_modifiers import modifier_tokens
from toolkit.nlp.mistags import english_words

# Quotation marks, straight and curly, and guillemets: never part of a name or a phrase.
QUOTE_MARKS = "\"“”‘’'«»„"
_QUOTE_MARK = re.compile(r"(?<![^\W\d_])['’]|['’](?![^\W\d_])|[\"“”‘«»„]")  # (not an apostrophe inside a word)


def unquoted(name: str) -> str:
    """A name without quotation marks (an entity's text can hold one: 'The "United States'); an apostrophe between
    two letters is the name's own ("Jehovah's Witnesses", "O'Brien", round ent41a) and stays."""
    return " ".join(_QUOTE_MARK.sub("", name).split())


def clean_phrase(words: Iterable[Token]) -> str | None:
    """The words as text, without quotation marks, one space between words. Where words were left
    out between two kept ones, the space the text had there stays: "Executive Order 14066 of March
    8, 2022" without its comma is "… March 8 2022", not "… March 82022"."""
    parts: list[str] = []
    previous = None
    for token in words:
        if token.text in QUOTE_MARKS and token.tag_ != "POS":
            continue  # (a possessive apostrophe, "Fields' lawyers", is no quotation mark)
        if previous is not None and token.i > previous.i + 1 and not previous.whitespace_ \
                and any(t.whitespace_ for t in token.doc[previous.i + 1 : token.i]):
            parts.append(" ")
        parts.append(token.text_with_ws)
        previous = token
    text = " ".join("".join(parts).split()).strip(" ,;:–—-")
    return text or None


# Adjectives English puts after the noun of a title ("attorneys general", "Secretary General",
# "president elect", "ambassador designate", "heir apparent"): part of the name of the office.
_POSTPOSITIVE = frozenset({"general", "elect", "designate", "apparent", "emeritus"})


def _hyphen_joined(word: Token) -> bool:
    """Whether a word is joined to the next but one by a hyphen with no space ("well-being",
    "long-standing"): the parser splits such a word in three and hangs its first part on the last as an
    adverb, which a noun phrase would otherwise leave out ("child being" for "child well-being")."""
    doc = word.doc
    return word.i + 2 < len(doc) and doc[word.i + 1].text == "-" and not word.whitespace_ \
        and not doc[word.i + 1].whitespace_


# Adverbs of hearsay and seeming (a closed class): opening a sentence they qualify its claim, not a noun phrase.
_HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "apparently", "reputedly", "purportedly", "supposedly",
                              "ostensibly", "seemingly"})

# Words of a bound set on a number with "as … as" ("as many as 32", "as few as ten", "as much as $5 million").
_BOUND_WORDS = frozenset({"many", "much", "few", "little"})


def _opens_a_bound(word: Token, head: Token) -> bool:
    """Whether an "as" before a number opens "as many as …": the parser hangs it on the number as an adverb,
    which a noun phrase would otherwise leave out ("many as 32")."""
    doc = word.doc
    return head.like_num and word.i + 2 < head.i and doc[word.i + 1].lower_ in _BOUND_WORDS \
        and doc[word.i + 2].lower_ == "as"


def noun_phrase(head: Token) -> str | None:
    """The noun phrase a head noun stands for, without its clauses, appositions or quote marks:
    its modifiers and a short "of …" tail ("the leader of the opposition")."""
    keep = [head]
    for child in head.children:
        if child.dep_ == "compound" and child.tag_ == "IN":
            continue  # "Unlike Senators, who serve …": a preposition the parser took for a modifier
        if child.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "case", "npadvmod") \
                and child.i < head.i:
            keep.extend(modifier_tokens(child))  # (not a clause read as a modifier: "were evacuated and local police")
        elif child.dep_ == "advmod" and child.i < head.i and _hyphen_joined(child):
            keep.append(child)  # "child well-being": the hyphen makes the adverb part of the noun's word
        elif child.dep_ == "advmod" and child.lower_ == "as" and _opens_a_bound(child, head):
            keep.append(child)  # "as many as 32": the first "as" of the bound, left of the number's "many"
        elif child.dep_ == "nummod" and child.i == head.i + 1 and head.is_title and child.tag_ == "CD":
            keep.append(child)  # "Lost 52 sailed …", "Apollo 11": a number after a capitalised word names with it
        elif child.dep_ == "prep" and child.i > head.i and child.lower_ in ("of", "from"):
            tail = [t for t in child.subtree if t.dep_ not in ("relcl", "acl", "appos") and t.pos_ != "PUNCT"]
            if len(tail) <= 6:
                keep.extend(tail)
        elif child.dep_ == "amod" and child.i == head.i + 1 and child.lower_ in _POSTPOSITIVE:
            # "attorneys general from sixteen states": the title's adjective and its tail
            keep.append(child)
            for prep in child.children:
                tail = [t for t in prep.subtree if t.dep_ not in ("relcl", "acl", "appos") and t.pos_ != "PUNCT"]
                if prep.dep_ == "prep" and prep.lower_ in ("of", "from") and len(tail) <= 6:
                    keep.extend(tail)
    kept = {t.i for t in keep}
    doc = head.doc
    # a hyphen inside a word ("Mir-Mohammadi", "Masih-e-Daneshavari") hangs on as punctuation:
    # without it the two halves would run together
    keep += [doc[i] for i in range(min(kept) + 1, max(kept)) if i not in kept and doc[i].text in ("-", "–")
             and i - 1 in kept and i + 1 in kept and not doc[i - 1].whitespace_ and not doc[i].whitespace_]
    # an adverb of hearsay that opens the sentence may hang on the number of the subject ("Reportedly over 400
    # firefighters participated …"): by its place it qualifies the whole clause, not the thing named; inside the
    # phrase it hedges a word of it and stays ("cleared reportedly peaceful protesters")
    keep = [t for t in keep if not (t.dep_ == "advmod" and t.is_sent_start and t.lower_ in _HEARSAY_ADVERBS)] or keep
    keep.sort(key=lambda t: t.i)
    first = keep[0]
    text = clean_phrase(keep)
    opens = first.is_sent_start or (first.i > 0 and doc[first.i - 1].is_quote and doc[first.i - 1].whitespace_ == ""
                                     and (first.i == 1 or doc[first.i - 2].text in (":", ",") or doc[first.i - 1].is_sent_start))
    if text and opens and first.pos_ in ("DET", "PRON", "ADJ", "NOUN", "NUM") and not first.ent_type_ \
            and (first.pos_ != "NOUN" or _english_word(first)) and not (first.is_upper and len(first.text) > 1):
        # (a word in capitals keeps them all: "THE PRESIDENT", never "tHE PRESIDENT")
        # a sentence's capital, or a quotation's opening one (': “The numbers were rigged'), is not
        # part of the phrase; a people's adjective keeps its own ("Russian forces")
        text = text[0].lower() + text[1:]
    return text


def _english_word(token: Token) -> bool:
    """Whether a capitalised word is an English word ("Protesters"), not a name the tagger called a common noun
    because it opens the sentence ("Zelenskyy rejected any deal …", which keeps its capital)."""
    words = english_words(token.doc.vocab)
    return token.lower_ in words or token.lemma_.lower() in words
