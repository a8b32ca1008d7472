"""Events with no verb clause of their own: "talks between A and B" (a noun of meeting with its
parties) and a sentence whose verb the parser tagged as a noun ("Trump ordered steeper tariffs …"
with "ordered" read as an adjective; :func:`toolkit.nlp.mistags.hidden_verbs` finds them).

Used by :mod:`toolkit.nlp.events`.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from toolkit.nlp.actors import Actors
from toolkit.nlp.noun_phrases import clean_phrase
from toolkit.nlp.claimants import hearsay_of, source_of
from toolkit.nlp.clause_dates import date_of_what_follows
from toolkit.nlp.event_record import Event
from toolkit.nlp.lookups import indices_of
from toolkit.nlp.mistags import verb_lemma
from toolkit.nlp.nominal_marks import nominal_modality
from toolkit.nlp.predicates import ClauseMarks


def hidden_event(verb: Token, subject: Token, obj, *, names: Actors, inside: set[int], dated: dict,
                  marks: ClauseMarks) -> Event:
    """The event of a sentence whose verb the parser missed ("Trump ordered steeper tariffs …")."""
    sent = names.sentences.of(verb)
    source = source_of(verb, sent, marks, inside)
    reporter = names.who(source) if source is not None else None
    if reporter is None and (hearsay := hearsay_of(verb, None)) is not None:
        # "Trump reportedly briefed European allies …" (the parser took "briefed" for an adjective): hearsay
        reporter = hearsay if isinstance(hearsay, str) else names.who(hearsay)
    end_token = obj[-1] if obj is not None and len(obj) else verb
    return Event(names.who(subject), verb_lemma(verb.text, verb.vocab) or verb.lemma_.lower(), clean_phrase(obj) if obj is not None else None,
                 False, None, reporter, verb.i in inside, "action",
                 dated.get(sent.root.i), subject.idx, end_token.idx + len(end_token), sent.start_char, sent.end_char)


# Nouns of meeting that name an event done by the parties "between" them ("talks between his
# special envoy, Steve Witkoff, and Russian officials"); a plural, so "the talk" (a speech) is not.
_TALK_NOUNS = frozenset({"talks", "negotiations"})


def talks_between(doc: Doc, names: Actors, inside: set[int], dated: dict[int, str]) -> dict[int, Event]:
    """The talks a noun phrase names with their parties: "talks between A and B" → A talk (the
    parties coordinated after "between" are the subject, as for a verb of meeting), by the
    noun's token index. A noun has no clause of its own to date it: it takes the date of the
    clause it comes just before ("following talks between …", see :func:`~toolkit.nlp.clause_dates.date_of_what_follows`)."""
    found = {}
    for i in indices_of(doc, LOWER, _TALK_NOUNS):
        noun = doc[i]
        if noun.pos_ != "NOUN":
            continue
        between = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        party = next((g for g in between.children if g.dep_ == "pobj"), None) if between is not None else None
        subject = names.who(party) if party is not None else None
        if not subject:
            continue
        # "between his envoy, Steve Witkoff, and Russian officials": the parser joins the other
        # party to the apposition, where who() does not look; it is the one talked with.
        other = next((c for a in party.children if a.dep_ == "appos" for c in a.children if c.dep_ == "conj"), None)
        with_whom = (names.one(other) or clean_phrase(doc[other.left_edge.i : other.i + 1])) if other is not None else None
        sent = names.sentences.of(noun)
        end = min(party.right_edge, sent[-1], key=lambda t: t.i)
        found[i] = Event(subject, noun.lemma_.lower(), with_whom, False, nominal_modality(noun), None, i in inside, "action",
                         date_of_what_follows(noun, dated),
                         noun.idx, end.idx + len(end), sent.start_char, sent.end_char)
    return found
