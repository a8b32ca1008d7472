"""A quotation's frame: the reporting verb that governs it (:func:`speech_verb`) and, when no
speech verb says whose the words are, what the frame shows: words in the
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
from toolkit.nlp.person_resolver import PersonResolver

# Pronouns by which words show they are somebody's own speech.
_FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())


def speech_verb(tokens: list[Token], quote_tokens: list[Token], inside: set[int]) -> Token | None:
    """The reporting verb of a quotation: an ancestor outside the quotes, else the nearest."""
    outside = [t for t in tokens if t.i not in inside]
    candidates = [t for t in outside if is_quoting_verb(t) and t.pos_ in ("VERB", "AUX") and not _aspectual(t, inside)]
    if not candidates:
        return None
    for t in quote_tokens:
        # The nearest speech verb up the tree, also above a clause of another verb ("said it
        # was given “assurances …”"): a reporting verb governs everything under it.
        for ancestor in t.ancestors:
            if ancestor.i not in inside and ancestor in candidates:
                return _reporter_of(ancestor, candidates, inside)
            if ancestor.i not in inside and ancestor.pos_ in ("VERB", "AUX"):
                # "X went on to say he … because they had “…”": the parser hangs the clause from
                # "went"; the speech verb is the one it controls ("go on to say", "continue to add").
                said = [c for c in ancestor.children if c.dep_ in ("xcomp", "advcl") and c in candidates
                        and c.i < quote_tokens[0].i and any(a.lower_ == "to" for a in c.children)]
                if said:
                    return said[0]
    q0, q1 = quote_tokens[0].i, quote_tokens[-1].i
    # "X commented on the matter — which the BBC noted as unusual — “…”": a relative clause
    # describes; its verb does not introduce the words when another speech verb can.
    doc = quote_tokens[0].doc
    framing = [t for t in candidates if not (
        (t.dep_ == "relcl" or any(c.tag_ in ("WDT", "WP") and c.i < t.i for c in t.children))
        and any(doc[k].text in ("—", "–", ")") for k in range(t.i + 1, q0)))] or candidates
    return min(framing, key=lambda t: min(abs(t.i - q0), abs(t.i - q1)))


# Modal auxiliaries that make a reported speech verb a forecast of the reporter's ("said Moscow would insist on …").
_FORECAST_MODALS = frozenset({"would", "will", "could", "might", "may", "should", "must"})
# Labels of names that cannot speak themselves: a place or a people speaks through someone who reports it.
_VOICELESS_LABELS = frozenset({"GPE", "LOC", "NORP"})


def _reporter_of(verb: Token, candidates: list[Token], inside: set[int]) -> Token:
    """The speech verb whose subject spoke the words under ``verb``: ``verb`` itself, or the verb that reports
    the clause ``verb`` stands in when ``verb`` only forecasts a stance or gives it to a place ("Lavrov said … that
    Moscow would insist on any agreement recognizing “the realities on the ground”": Lavrov's words, not
    Moscow's). A person's own past act under another's report keeps its speaker ("Lavrov said Trump called
    Zelensky a “dictator”")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    forecast = any(c.dep_ == "aux" and c.lower_ in _FORECAST_MODALS for c in verb.children)
    voiceless = any(s.ent_type_ in _VOICELESS_LABELS for s in subjects)
    if not (forecast or voiceless) or verb.dep_ != "ccomp":
        return verb
    above = verb.head
    if above.i not in inside and above in candidates and any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON"
                                                             for c in above.children):
        return above
    return verb


# Verbs that quote alone ("he continued: “…”") but go on with another act when a verb complements them.
_ASPECT_LEMMAS = frozenset({"continue", "keep"})


def _aspectual(verb: Token, inside: set[int]) -> bool:
    """"would continue to “build bridges”", "ready to continue working with Washington “as long as necessary”"
    (round wire34a): "continue" with a verb after it (outside the quotation) tells of going on with that act, not of
    speaking on; the words are the reporting verb's speaker's."""
    return verb.lemma_.lower() in _ASPECT_LEMMAS and any(
        c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and c.i > verb.i for c in verb.children)


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
