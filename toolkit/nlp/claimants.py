"""Who stands behind a clause an event comes from: the source an "according to" (or a "per") names, the
noun of claiming whose content the clause is, the hearsay a clause is told as ("reportedly", "is said
to have"), and the person whose campaign or office speaks.

:func:`toolkit.nlp.events.events` asks these of each event clause to fill ``reported_by`` and to
read a "he" or "she" in what a body reports ("Klobuchar's campaign said she …").

Example:
    >>> source_of(verb, verb.sent, ClauseMarks(doc), quoted_tokens(doc))  # doctest: +SKIP
    officials
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.actors import Actors
from toolkit.nlp.clauses import according_to, conjunct_root, in_other_relative, inherits, speaks_for
from toolkit.nlp.predicates import ClauseMarks
from toolkit.nlp.report_frames import frame_source, reaches_over_semicolon
from toolkit.nlp.verb_classes import BODY_NOUNS


def source_of(verb: Token, sent, marks: ClauseMarks, inside: set[int]) -> Token | None:
    """The source an "according to …" of the verb's sentence names: it scopes over the sentence,
    but one inside quotation marks is the quoted speaker's and speaks for nothing outside them
    ('issued the following statement: "… relinquished her title according to royal laws …"').
    """
    quoted = verb.i in inside
    found = according_to(verb)
    if found is not None and (found.i in inside) == quoted:
        return found
    doc = verb.doc
    for i in marks.according:  # the sentence's "according", in text order
        # A semicolon ends the part of the sentence the source speaks for, unless the source opens the sentence
        # and the clause after it goes on about the same subject (report_frames.py).
        if sent.start <= i < sent.end and i + 1 < len(doc) and doc[i + 1].lower_ == "to" \
                and (not any(t.text == ";" for t in doc[min(i, verb.i):max(i, verb.i)])
                     or reaches_over_semicolon(doc[i], verb)) \
                and not in_other_relative(doc[i], verb) and speaks_for(doc[i], verb) and (i in inside) == quoted:
            objects = [g for g in doc[i + 1].children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
    # (then a "per …", a "with" absolute of reporting, a fronted "In a report of X,")
    return _per_source(verb, sent, inside, marks) or frame_source(verb, sent, inside)


# Nouns naming who or what a figure or an account comes from, after "per" ("per local officials", "per a report
# by Reuters", "per court filings"): with the bodies of ``BODY_NOUNS`` and names, the sources "per" cites.
_SOURCE_NOUNS = frozenset({"official", "source", "report", "spokesperson", "spokesman", "spokeswoman", "statement",
                           "witness", "filing", "document", "record", "media", "outlet", "newspaper", "figure",
                           "estimate", "data", "count", "tally", "account", "analysis", "survey", "study"})


def _per_source(verb: Token, sent, inside: set[int], marks: ClauseMarks) -> Token | None:
    """The source a "per …" set off in the verb's sentence names, as "according to" does ("The strike killed 12
    people, per local officials", "Per the health ministry, …"): "per" opening the sentence or after a comma, its
    object a name, a body or a noun of sourcing; a rate ("$2 per share", "2 per cent") is no source."""
    doc = verb.doc
    quoted = verb.i in inside
    # (the sentence's "per", from the Doc's "per"s found once: not a Token made for every word of the sentence per verb)
    for word in (doc[i] for i in marks.per if sent.start <= i < sent.end):
        if word.lower_ != "per" or (word.i in inside) != quoted \
                or not (word.i == sent.start or doc[word.i - 1].text == ","):
            continue
        source = next((c for c in word.children if c.dep_ == "pobj"), None)
        if source is None or not (source.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                  or source.lemma_.lower() in _SOURCE_NOUNS or source.lemma_.lower() in BODY_NOUNS):
            continue
        if (any(t.text == ";" for t in doc[min(word.i, verb.i):max(word.i, verb.i)])
                and not reaches_over_semicolon(word, verb)) or in_other_relative(word, verb) or not speaks_for(word, verb):
            continue
        return source
    return None


# Nouns of claiming: a clause after one, with no relative word, is what is claimed ("an
# allegation he assaulted his ex-wife", "reports that he had resigned").
CLAIM_NOUNS = frozenset({"allegation", "claim", "accusation", "report", "rumour", "rumor", "suggestion", "assertion"})
# Nouns of stating and believing: they do not vouch for their content either ("the misstatement that 120
# million people had died", "the belief that …"), unlike nouns that presuppose it ("the fact that", "news
# that"). Their content comes only after the conjunction "that": a clause without it is a relative clause
# about the noun ("a statement he made in late April": the making happened).
STATEMENT_NOUNS = frozenset({"statement", "misstatement", "contention", "belief", "theory", "hypothesis", "speculation",
                             "assumption", "notion", "impression", "suspicion", "misconception"})


def claim_noun(top: Token) -> Token | None:
    """The noun of claiming whose content the clause is, if any."""
    head = top.head
    if top.dep_ not in ("relcl", "acl") or head.i == top.i:
        return None
    noun = head.lemma_.lower()
    if noun not in CLAIM_NOUNS and not (noun in STATEMENT_NOUNS and any(
            c.dep_ == "mark" and c.lower_ == "that" and c.tag_ == "IN" for c in top.children)):
        return None
    if any(c.tag_ in ("WDT", "WP", "WRB") for c in top.children):
        return None  # "the report which the council published": a relative clause about the report
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in top.children):
        return None
    return head


# Adverbs of hearsay (a closed class): the writer tells the act as somebody's word, not as a fact ("Ruben Amorim
# reportedly identified Sesko", "the man who allegedly stabbed the mayor"). ("apparently", "seemingly" judge by
# appearances and stay facts.)
HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "reputedly", "purportedly", "supposedly"})
# Passive verbs of saying and believing that raise the subject of an act told as hearsay ("is said to have
# identified", "was reported to have killed", "is believed to have fled", "is understood to have warned"); the
# passive "is expected to" tells a future (a modality), "is known to" vouches for its content.
HEARSAY_RAISERS = frozenset({"say", "report", "allege", "rumor", "rumour", "believe", "think", "understand",
                             "suspect", "claim", "fear"})


def hearsay_of(verb: Token, raised: Token | None) -> Token | str | None:
    """Who or what an act told as hearsay rests on, when no reporting verb governs its clause: the agent of a
    raising passive ("is believed by police to have …" → police), else the hearsay's own words ("is said",
    "reportedly"); None for an act the text tells as a fact.

    Args:
        verb: the event's verb.
        raised: the passive reporting verb its subject was raised to, if any (``predicates.raised_under``).
    """
    if raised is not None and raised.lemma_.lower() in HEARSAY_RAISERS:
        for agent in (c for c in raised.children if c.dep_ == "agent"):
            named = next((g for g in agent.children if g.dep_ == "pobj"), None)
            if named is not None:
                return named
        auxiliaries = [c for c in raised.children if c.dep_ == "auxpass" and c.i < raised.i]
        first = auxiliaries[0].i if auxiliaries else raised.i
        return " ".join(t.lower_ for t in raised.doc[first:raised.i + 1] if t.dep_ in ("auxpass", "aux", "neg")
                        or t.i == raised.i)
    # the adverb on the verb itself, on the first conjunct whose subject a bare conjunct shares ("reportedly
    # shelled the town and killed 12"), on the passive its subject was raised to ("is reportedly set to extend") or on
    # the verb a participle without a subject of its own goes on from ("UpGuard reportedly emailed Amazon Web Services
    # informing them …", "allegedly released an anti-Muslim document online, outlining …": one act, told as hearsay)
    for word in (verb, conjunct_root(verb) if inherits(verb) else None, raised, _went_on_from(verb)):
        if word is None:
            continue
        adverb = next((c for c in word.children if c.dep_ == "advmod" and c.lower_ in HEARSAY_ADVERBS), None)
        if adverb is not None:
            return adverb.lower_
    return None


def _went_on_from(verb: Token) -> Token | None:
    """The verb before a participle in "-ing" with no subject or mark of its own that hangs on it, else None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i >= verb.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    return verb.head


def campaign_owner(claimer: Token, names: Actors) -> str | None:
    """The person whose campaign, office or family speaks ("Klobuchar's campaign said she …"):
    a "he"/"she" in what a body reports means its owner, not the last person named."""
    if claimer.pos_ != "NOUN" or claimer.ent_type_ or claimer.lemma_.lower() in names.resolver.titles:
        return None
    for child in claimer.children:
        if child.dep_ == "poss" and child.ent_type_ == "PERSON":
            return names.who(child)
    return None
