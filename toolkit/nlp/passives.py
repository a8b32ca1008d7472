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

Three more forms tell such an act (round ev48, where the dev golds list them as events with no subject): a
thing by its name or by "it" ("Bradley Airport was shut down after the incident", "It was founded in 1992"), since
a name or a pronoun points at one particular thing; a bare plural in the simple past ("Windows were broken out on
multiple floors"), the things there were, where a kind would be told in the present or the perfect; and the same
passive in a clause of time ("After the names of the victims were released, …") or in a relative clause whose
pronoun is its subject ("The government statement, which was posted on Twitter, …"), which tell an act done before,
after or to the one the main clause speaks of, unless the relative is negated, of scheduling or on a kind ("a
person who was laid off"). Plurals picked by a quantifier are particular too ("Some victims were airlifted to nearby
Zamboanga"). Besides the simple past and the perfect, the progressive tells an act going on ("Passengers at airports
are being screened") and the pluperfect one done before the time told ("his remains had not been recovered"),
unless a span makes it a state that lasted ("had been closed for years"). A verb that takes no object has no passive
("after the fire was gone": a state). A modal passive of an occasion ("The guardrail would be examined") and one that confers an office or a verdict ("was
found guilty") tell an act too (:mod:`toolkit.nlp.passive_forms`).

Example:
    >>> thing_acted_on(doc[3], doc[3])            # doctest: +SKIP
    lawsuit
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import MODALS, passive_subject
from toolkit.nlp.descriptions import names_a_thing
from toolkit.nlp.passive_forms import confers, modal_passive
from toolkit.nlp.past_forms import no_participle
from toolkit.nlp.verb_classes import REPORTING_VERBS

# Verbs whose past participle names a lasting state (statal passives: where a thing is, what it is
# made of, called, tied or given to, what holds it, whom one works for): "was located in", "was made
# up of", "were linked to", "was focused on equipment", "were stuck to the walls", "was employed
# with the police since 2003".
STATAL_VERBS = frozenset("""base locate situate make compose comprise know call name dub title relate link tie connect
    associate involve marry concern entitle design intend dedicate devote expose divide surround cover focus stick
    attach fill crowd employ ally""".split())

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

# Pronouns of a person: the one named before (see :func:`~toolkit.nlp.actors.Actors.who`).
_PERSONAL = frozenset({"he", "she", "they"})

# Determiners of a particular: definite ones, and in a past or perfect passive also "a" and "another" (kinds are
# told in the present: "A red notice is issued …"; "Another peace officer has been gunned down" is one more),
# "no" and "all" ("No injuries were recorded", "all tropical storm warnings were lifted").
_PARTICULAR = frozenset({"the", "this", "that", "these", "those", "a", "an", "another", "no", "all", "both"})


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


# Verbs that take no object, so have no passive: after "be" their participle says in what state a thing is ("after
# the fire was gone"), as an adjective does.
_NO_OBJECT = frozenset("go come arrive die happen occur exist appear disappear vanish emerge".split())

# The subordinators of a clause of time: its passive in the past tells an act done before or after the main one ("After
# the names of the victims were released, … Sununu declared …"), news as a main clause's would be.
_TIME_MARKS = frozenset({"after", "since", "before", "until", "once", "when"})


# Quantifiers of a plural: with a past or perfect passive they pick some of the particular things there were ("Some
# victims were airlifted", "Other celebrations … have been planned"), as "the" does.
_QUANTIFIERS = frozenset({"some", "many", "several", "other", "most", "few"})


def _in_progress(auxiliaries: list[Token], top: Token) -> bool:
    """Whether a passive in a main, coordinated or reported clause is progressive ("Passengers at airports are being
    screened", "was being medically treated"): an act going on then."""
    return top.dep_ in ("ROOT", "conj", "ccomp") and len(auxiliaries) == 2 and auxiliaries[1].lower_ == "being" \
        and auxiliaries[0].tag_ in ("VBD", "VBZ", "VBP")


def _done_before(verb: Token, auxiliaries: list[Token], top: Token) -> bool:
    """Whether a passive in a main, coordinated or reported clause is a pluperfect of an act ("his remains had not
    been recovered", "Van Halen had been previously diagnosed with tongue cancer"): done before the time told; with a
    span ("the road had been closed for years", "since 2003") it tells a state that lasted."""
    return top.dep_ in ("ROOT", "conj", "ccomp") and [a.lower_ for a in auxiliaries] == ["had", "been"] \
        and not any(c.dep_ == "prep" and c.lower_ in ("for", "since") for c in verb.children)


def _clause_of_time(top: Token) -> bool:
    """Whether the clause is an adverbial clause of time ("after the audio recording was uploaded")."""
    return top.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in top.children)


def _relative_act(verb: Token, top: Token) -> bool:
    """Whether the passive heads a relative clause whose relative pronoun is its subject, on a noun ("The government
    statement, which was posted on Twitter, …": the statement was posted), neither negated ("the part that was not
    overturned" tells which part) nor one of scheduling ("which was slated for October 15": a plan), on a noun that
    is no kind ("a person who was laid off")."""
    return top.dep_ == "relcl" and top.i == verb.i and top.head.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP") for c in verb.children) \
        and not any(c.dep_ == "neg" for c in verb.children) and verb.lemma_.lower() not in SCHEDULING_VERBS \
        and not _a_kind(top.head)


def _a_kind(noun: Token) -> bool:
    """Whether a noun is an indefinite singular ("a person who was laid off", "one that was used"): with a relative
    clause it names a kind of thing, any that fits, not one acted on."""
    return noun.lower_ == "one" or any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every", "each")
                                       for c in noun.children)


def thing_acted_on(verb: Token, top: Token) -> Token | None:
    """The particular thing an agentless passive in the simple past or the present perfect was done
    to, in a main, coordinated or reported clause, a clause of time or a relative clause on a noun (see
    the module's docstring); else None."""
    timed, relative = _clause_of_time(top), _relative_act(verb, top)
    if (top.dep_ not in ("ROOT", "conj", "ccomp", "parataxis") and not timed and not relative) \
            or verb.lemma_.lower() in STATAL_VERBS:
        return None
    if no_participle(verb) or verb.lemma_.lower() in _NO_OBJECT:
        return None  # "They were broke", "the fire was gone": an adjective, a state
    holder = _passive_holder(verb)
    auxiliaries = [c for c in holder.children if c.dep_ in ("aux", "auxpass")]
    passive = [a for a in auxiliaries if a.dep_ == "auxpass"]
    backshifted = _backshifted(auxiliaries, top)
    modal = modal_passive(holder, top)  # "The guardrail would be examined" (passive_forms.py)
    progressive, pluperfect = _in_progress(auxiliaries, top), _done_before(verb, auxiliaries, top)
    if len(passive) != 1 or (not modal and not pluperfect and any(a.lower_ in MODALS or (a.lower_ == "had" and not backshifted)
                                                for a in auxiliaries)):
        return None
    be = passive[0]
    if verb.lemma_.lower() in SCHEDULING_VERBS and be.tag_ in ("VBZ", "VBP") and len(auxiliaries) == 1 \
            and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):  # ("is scheduled to take place": a frame)
        # "Sentencing is scheduled for February 4": the present of scheduling tells an arrangement
        # made, news of a coming event, not a state of the thing
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return patient if patient is not None and patient.pos_ in ("NOUN", "PROPN") else None
    past = (be.tag_ == "VBD" and len(auxiliaries) == 1) or modal
    perfect = be.lower_ == "been" and any(a.lower_ in ("has", "have") for a in auxiliaries)
    past = past or progressive or pluperfect
    if not (past or perfect or backshifted):
        return None
    if any(c.dep_ in ("xcomp", "ccomp", "oprd", "acomp") for c in verb.children) and not confers(verb):
        # "was intended to be done", "was found dismembered": the passive frames another predicate ("was found
        # guilty", "was pronounced dead" give a verdict: passive_forms.py)
        return None
    if any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in verb.children):
        return None
    patient = passive_subject(holder)
    if patient is not None and patient.lower_ in _PERSONAL and top.dep_ in ("ROOT", "conj"):
        # "He was given a fine of US$86,000": a person named before, in a main clause (not "before
        # she was cremated", which dates another event); not in the progressive: "they're being captured in record
        # numbers", "They're being decimated" tell what keeps happening to people the speaker does not name
        return None if progressive else patient
    if patient is None:
        return None
    if relative and patient.tag_ in ("WDT", "WP"):
        return patient  # the noun the relative pronoun stands for (named by the actors' resolver)
    if patient.lower_ == "it" and top.dep_ in ("ROOT", "conj") and not any(c.dep_ == "agent" for c in verb.children) \
            and verb.lemma_.lower() not in REPORTING_VERBS:
        # "It was founded in 1992": the thing named before ("it" with a "by" phrase the parser did not read as an
        # agent, "It was accompanied by a … storm surge", is no act of nobody; "it was not even thought about" is
        # a thought, no act)
        return patient
    if patient.pos_ == "PROPN" and past:
        return patient  # "Bradley Airport was shut down", "Hurricane Lorenzo … was downgraded": a thing by its name
    if patient.pos_ != "NOUN" or patient.ent_type_:
        return None
    if past and patient.tag_ == "NNS" and not any(c.dep_ == "det" for c in patient.children):
        # "Windows were broken out on multiple floors", "Yellow warnings were issued nationwide": a bare plural in the
        # simple past is the things there were (what happens to a kind is told in the present or the perfect)
        return patient
    if patient.tag_ == "NNS" and any(c.dep_ in ("det", "amod") and c.lower_ in _QUANTIFIERS for c in patient.children):
        return patient  # "Some victims were airlifted to nearby Zamboanga": some of the ones there were
    if not any((c.dep_ == "det" and c.lower_ in _PARTICULAR) or c.dep_ == "poss" for c in patient.children):
        return None  # ("people have been sentenced …", "any shop owner was …": what happens to a kind)
    return patient
