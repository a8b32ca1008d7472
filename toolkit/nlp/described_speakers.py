"""A speaker named after a lower-case descriptor, whom the model cut to the surname: "an attendee Om Prakash said".

News writes a lower-case noun that says who someone is right before the name ("an attendee Om Prakash said",
"the farmer Ram Singh said"); the small model, seeing an unfamiliar short given name, may tag the surname alone
and call it a body. A name that is the subject of a verb of saying, with a capitalised proper noun right before
it bound to it as a compound, itself after a lower-case common noun bound the same way, is that person's given
name and surname: :func:`described_speakers` joins them into a person. A kind noun of a body or a place before
them ("the company Acme Corp said", "the town Lake Placid said") is left alone.

Example:
    >>> [e.text for e in described_speakers(list(doc.ents))]  # "… an attendee Om Prakash said, …"  # doctest: +SKIP
    ['Reuters', 'Om Prakash']
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import NOT_NAME_WORDS, ORG_HEADS, SPEECH_VERBS
from toolkit.nlp.media import kind_of


def described_speakers(ents: list[Span]) -> list[Span]:
    """The entities with a speaker's given name, left out by the model after a descriptor, joined to the
    surname it tagged, labelled a person."""
    out: list[Span] = []
    for ent in ents:
        taken_before = out[-1].end if out else 0
        given = _given_name(ent, taken_before)
        out.append(Span(ent.doc, given.i, ent.end, label="PERSON") if given is not None else ent)
    return out


def _given_name(ent: Span, taken_before: int):
    doc = ent.doc
    if (len(ent) != 1 or ent.label_ not in ("ORG", "PERSON", "GPE") or ent.start < 2 or ent.start - 1 < taken_before
            or ent.root.dep_ != "nsubj" or ent.root.head.lemma_.lower() not in SPEECH_VERBS):
        return None
    given, descriptor = doc[ent.start - 1], doc[ent.start - 2]
    if not (given.pos_ == "PROPN" and given.is_title and given.is_alpha and given.dep_ == "compound"
            and given.head.i == ent.root.i and given.lower_ not in NOT_NAME_WORDS | ORG_HEADS
            and not is_known_place(given.text, cities=True)):
        return None
    if not (descriptor.pos_ == "NOUN" and descriptor.is_lower and descriptor.dep_ == "compound"
            and descriptor.head.i == ent.root.i and kind_of(descriptor) in (None, "PERSON")):
        return None
    return given
