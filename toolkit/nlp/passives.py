"""Passives without an agent whose patient is a thing: "The lawsuit was filed in the U.S. District
Court", "all tropical storm warnings were lifted".

:func:`~toolkit.nlp.predicates.patient_of` takes an agentless passive for an event only when it
happens to someone named or counted, since a thing passively handled is often a state ("UNESCO is
based in Paris"). English keeps the two apart by tense and determiner: an act done to a particular
thing (definite, or "a", "no", "all" in a past) is told in the simple past or the present perfect
("was filed", "have been lifted", "A military funeral was held"), while a state of a thing is told
in the present ("is based in", "is banned") or by a verb whose past participle names a lasting
state (a statal passive: "was located in", "was made up of", "were linked to"), and what happens
to a kind has no determiner ("people have been sentenced …"). So a
passive in those two tenses, on a particular thing, of a verb not of that kind, is an act, done by
someone the text does not name. So is one on "he", "she" or "they" in a main clause ("He was given a fine
of US$86,000", "They were arrested on Monday"): those named before, as the pronoun's resolver says. And the present passive
of a verb of scheduling tells an arrangement made, a coming event ("Sentencing is scheduled for
February 4"). A bare participle joined to such a passive shares its "be" and its subject ("A criminal illegal
alien from Mexico … was arrested and charged with raping an 11-year-old girl": charged too). A statal passive of things counted is a state too ("all eleven of the legislative bills
filed have been stuck in Congress": :func:`counted_things_in_a_state`). In a reported clause "had been" is the
reporter's past moved back a tense ("Reuters reported … oil had been disrupted"), and counts as the past.

Example:
    >>> thing_acted_on(doc[3], doc[3])            # doctest: +SKIP
    lawsuit
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import MODALS, passive_subject
from toolkit.nlp.descriptions import names_a_thing
from toolkit.nlp.past_forms import no_participle
from toolkit.nlp.verb_classes import REPORTING_VERBS

# Verbs whose past participle names a lasting state (statal passives: where a thing is, what it is
# made of, called, tied or given to, what holds it, whom one works for): "was located in", "was made
# up of", "were linked to", "was focused on equipment", "were stuck to the walls", "was employed
# with the police since 2003".
STATAL_VERBS = frozenset("""base locate situate make compose comprise know call name dub title relate link tie connect
    associate involve marry concern entitle design intend dedicate devote expose divide surround cover focus stick
    attach fill crowd employ""".split())

# Verbs of regarding: their passive with "as" tells how something is seen, a construal, no act done
# to it ("the turnout was seen as public support", "Lam was regarded as a loyalist").
# "list" classes as "rank" and "count" do ("The plaintiffs were listed as Western Native Voice, …").
REGARD_VERBS = frozenset("""see view regard perceive consider describe characterise characterize portray depict deem
    treat interpret read understand hail brand label rate rank count cast list""".split())

# Verbs of scheduling: their present passive arranges a coming event ("is scheduled for …").
SCHEDULING_VERBS = frozenset({"schedule", "slate", "reschedule"})

# Adverbs of frequency and of likelihood: with them a passive tells what is usual or likely, not
# what was done ("was usually estimated at", "probably was used for").
_HEDGES = frozenset("""usually often generally typically commonly normally frequently sometimes always probably
    possibly likely perhaps presumably""".split())

# Determiners of a particular: definite ones, and in a past or perfect passive also "a" (kinds are
# told in the present: "A red notice is issued …"), "no" and "all" ("No injuries were recorded",
# "all tropical storm warnings were lifted").
# Pronouns of a person: the one named before (see :func:`~toolkit.nlp.actors.Actors.who`).
_PERSONAL = frozenset({"he", "she", "they"})

_PARTICULAR = frozenset({"the", "this", "that", "these", "those", "a", "an", "no", "all", "both"})


def regarded_as(verb: Token) -> bool:
    """Whether a passive of regarding takes "as", or "known" takes "as" or "for": how its patient
    is seen or known, not what was done to it ("the turnout was seen as public support of the
    protesters", "Eddie Van Halen was known for his heavy use of two-handed tapping")."""
    lemma = verb.lemma_.lower().split()[0] if verb.lemma_ else ""
    marks = ("as", "for") if lemma == "know" else ("as",) if lemma in REGARD_VERBS else ()
    return bool(marks) and any(c.dep_ == "prep" and c.lower_ in marks for c in verb.children)


def counted_things_in_a_state(verb: Token, patient: Token) -> bool:
    """Whether an agentless passive of a statal verb tells the state of things counted ("all
    eleven of the legislative bills filed have been stuck in Congress"): the count makes them news
    when people are counted ("at least 71 people were arrested"), but a statal passive of things is
    a state whatever their number, as of a single thing."""
    if verb.lemma_.lower() not in STATAL_VERBS or patient.ent_type_ in ("PERSON", "NORP", "ORG", "GPE"):
        return False
    counted = patient if patient.pos_ == "NOUN" else next(
        (g for c in patient.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
        None)
    return counted is not None and names_a_thing(counted)


def _passive_holder(verb: Token) -> Token:
    """The verb that holds the passive's "be" and subject: the verb itself, or for a bare participle joined to a
    passive ("The man was arrested and charged with murder": "charged") the passive it is joined to."""
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.tag_ == "VBN" \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children) \
            and any(c.dep_ == "auxpass" for c in verb.head.children):
        return verb.head
    return verb


def _backshifted(auxiliaries: list[Token], top: Token) -> bool:
    """Whether a passive's "had been" is a reported clause's past moved back a tense ("Reuters … reported both
    production and export of oil had been disrupted": what Reuters told as done), not a pluperfect of the narration
    ("the road had been closed for years")."""
    return [a.lower_ for a in auxiliaries] == ["had", "been"] and top.dep_ == "ccomp" \
        and top.head.lemma_.lower() in REPORTING_VERBS


def thing_acted_on(verb: Token, top: Token) -> Token | None:
    """The particular thing an agentless passive in the simple past or the present perfect was done
    to, in a main, coordinated or reported clause (see the module's docstring); else None."""
    if top.dep_ not in ("ROOT", "conj", "ccomp", "parataxis") or verb.lemma_.lower() in STATAL_VERBS:
        return None
    if no_participle(verb):
        return None  # "They were broke": an adjective
    holder = _passive_holder(verb)
    auxiliaries = [c for c in holder.children if c.dep_ in ("aux", "auxpass")]
    passive = [a for a in auxiliaries if a.dep_ == "auxpass"]
    backshifted = _backshifted(auxiliaries, top)
    if len(passive) != 1 or any(a.lower_ in MODALS or (a.lower_ == "had" and not backshifted) for a in auxiliaries):
        return None
    be = passive[0]
    if verb.lemma_.lower() in SCHEDULING_VERBS and be.tag_ in ("VBZ", "VBP") and len(auxiliaries) == 1 \
            and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):  # ("is scheduled to take place": a frame)
        # "Sentencing is scheduled for February 4": the present of scheduling tells an arrangement
        # made, news of a coming event, not a state of the thing
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return patient if patient is not None and patient.pos_ in ("NOUN", "PROPN") else None
    past = be.tag_ == "VBD" and len(auxiliaries) == 1
    perfect = be.lower_ == "been" and any(a.lower_ in ("has", "have") for a in auxiliaries)
    if not (past or perfect or backshifted):
        return None
    if any(c.dep_ in ("xcomp", "ccomp", "oprd", "acomp") for c in verb.children):
        return None  # "was intended to be done", "was found guilty": the passive frames another predicate
    if any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in verb.children):
        return None
    patient = passive_subject(holder)
    if patient is not None and patient.lower_ in _PERSONAL and top.dep_ in ("ROOT", "conj"):
        # "He was given a fine of US$86,000": a person named before, in a main clause (not "before
        # she was cremated", which dates another event)
        return patient
    if patient is None or patient.pos_ != "NOUN" or patient.ent_type_:
        return None
    if not any((c.dep_ == "det" and c.lower_ in _PARTICULAR) or c.dep_ == "poss" for c in patient.children):
        return None  # ("people have been sentenced …", "any shop owner was …": what happens to a kind)
    return patient
