"""A speaker who says what "he" or "she" will do: "Trump said he would speak with Putin very soon".

The small model often calls a surname standing alone a body ("Trump" ORG), most of all in a sentence that opens
with a participle ("Speaking aboard Air Force One on Sunday, Trump said …"). Then the name is no person of the set,
the quotation after it goes to whoever was named before, and so does every "he said" that follows. English
marks the speaker's sex when the reported clause takes the speaker up as its subject: "X said he would …",
"X told reporters she had …". A body that speaks takes itself up as "it" or "we" ("Apple said it would …"); its
"he" is mostly a spokesman named in the same sentence. And a body speaks to reporters through its spokesman, so
"X told reporters …" is a person's act too. :func:`says_of_self` finds a one-word name the model
calls a body, the subject of a verb of saying whose reported clause has "he" or "she" for its subject, with no
other person named before the verb that the pronoun could stand for. It is evidence for the set-wide
vote, of the weight of a subject a "he" takes up in the next sentence (:mod:`toolkit.nlp.evidence`).

Example:
    >>> says_of_self(doc[8:9])  # "Speaking aboard Air Force One on Sunday, Trump said he would speak …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.antecedents import NOT_PERSON_WORDS
from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import SPEECH_VERBS

# Whom one tells the news in person: a body tells them through its spokesman, who is then the one named.
_PRESS = frozenset({"reporters", "journalists", "newsmen"})


def says_of_self(span: Span) -> bool:
    """Whether a one-word name the model calls a body says something of "he" or "she" (see the module's docstring).

    Args:
        span: an entity span.
    """
    if span.label_ != "ORG" or len(span) != 1:
        return False  # (the cheap test first: this is asked of every mention)
    token = span[0]
    verb = token.head
    if not (token.dep_ == "nsubj" and token.pos_ == "PROPN" and token.is_title and token.is_alpha
            and verb.pos_ == "VERB" and token.lower_ not in NOT_PERSON_WORDS):
        return False
    # the verb itself, or a verb of saying joined to it that shares its subject ("Trump … called the attack
    # “horrible” and said he had been told …")
    saying = [v for v in (verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"))
              if v.lemma_ in SPEECH_VERBS and not any(g.dep_ == "nsubj" for g in v.children if v.i != verb.i)]
    if any(v.lemma_ == "tell" and any(c.dep_ in ("dobj", "dative") and c.lower_ in _PRESS for c in v.children)
           for v in saying) and not any(e.label_ == "PERSON" and e.end <= token.i for e in token.sent.ents):
        return not is_known_place(span.text)  # "Trump told reporters that …": a body's spokesman tells reporters
    said = [c for v in saying for c in v.children if c.dep_ == "ccomp" and c.i > v.i]
    if not any(s.lower_ in ("he", "she") and s.dep_ in ("nsubj", "nsubjpass")
               for clause in said for s in clause.children):
        return False
    if is_known_place(span.text):
        return False  # "Moscow said he …": a capital standing for its government, whose "he" is another's
    # A person named earlier in the sentence could be the one the pronoun stands for ("Speaking with Zelensky, Trump
    # said he …" may be either's "he"): the rule leaves such a sentence alone. A name after the verb is inside what
    # was said, where "he" and a name of the same clause are two people ("he would speak with Putin").
    return not any(e.label_ == "PERSON" and e.end <= token.i and e.start != span.start for e in token.sent.ents)
