"""Whose words a quotation's frame shows them to be when no speech verb says so: words in the
first person belong to the person the sentence is about, words given "as" what something is
belong to the subject who so presents it, and a passage that names its own source after a
comma ("…, U.S. officials said.") is a report's, not the words of whoever the clause before a
colon names.

Example:
    >>> names_its_source(quote_span, inside)       # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from toolkit.nlp.attribution import speaker_of_subject
from toolkit.nlp.entities import EntityIndex
from toolkit.nlp.quotation_marks import is_quoting_verb
from toolkit.nlp.syntax import PersonResolver

# Pronouns by which words show they are somebody's own speech.
_FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())


def first_person(quote_span: Span) -> bool:
    """Whether the quoted words speak in the first person ("my demons", "we")."""
    return any(t.lower_ in _FIRST_PERSON and t.pos_ == "PRON" for t in quote_span)


def subject_of_frame(frame: list[Token], quote_span: Span, index: EntityIndex, resolver: PersonResolver,
                     inside: set[int]) -> tuple[str | None, str | None]:
    """"Then just 19 years old, she looked at the role as a “chance to face my demons,”": words
    in the first person that no speech verb introduces are those of the person the sentence
    is about, the subject of its main clause (outside the quotation)."""
    roots = [t for t in frame if t.head.i == t.i and t.i not in inside and t.pos_ in ("VERB", "AUX")
             and t.sent.start <= quote_span.start < t.sent.end]
    for root in roots:
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in inside]
        if subjects and subjects[0].dep_ == "nsubj":
            speaker = speaker_of_subject(subjects[0], index, resolver)
            if speaker and index.label_of.get(speaker, "PERSON") == "PERSON":
                return speaker, root.text
    return None, None


def names_its_source(quote_span: Span, inside: set[int]) -> bool:
    """Whether the quoted words end by naming who said them, after a comma ("…, U.S. officials
    said.", "…, with one U.S. official saying …"): a passage quoted from a news report."""
    doc = quote_span.doc
    for verb in quote_span:
        if verb.pos_ != "VERB" or not is_quoting_verb(verb):
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.i in inside):
            if subject.pos_ not in ("NOUN", "PROPN"):
                continue  # "I said", "he says": a speaker's own narration
            before = subject.left_edge.i - 1
            if before > quote_span.start and doc[before].lower_ == "with":
                before -= 1
            clause = doc[max(verb.sent.start, quote_span.start) : before]
            if before > quote_span.start and doc[before].text == "," and any(
                    t.pos_ in ("VERB", "AUX") for t in clause):
                return True  # words of a clause, then their source ("Apparently, no one told him" is no such)
    return False


def characteriser(quote_span: Span, index: EntityIndex, resolver: PersonResolver,
                  inside: set[int]) -> tuple[str | None, str | None]:
    """"The Department of Defense justified the strike … as “defensive”": words given as what
    something is ("as" after a verb with a subject) are the characterisation of that subject,
    whatever the verb ("justified", "presented", "saw")."""
    top = next((t.head for t in quote_span if t.head.i not in inside and t.head.i != t.i), None)
    if top is None or top.lower_ != "as" or top.pos_ != "ADP":
        return None, None
    verb = top.head
    if verb.pos_ != "VERB" or verb.i in inside or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None, None  # "is known as “…”", "was seen as “…”": nobody's words
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.i not in inside):
        speaker = speaker_of_subject(subject, index, resolver)
        if speaker:
            return speaker, verb.text
    return None, None
