"""Generic statements: what a kind does or can do, which news tells beside its events but which is no event.

English marks a characterizing (generic) sentence by its subject and its verb together: a subject that names a kind
rather than particular things (a bare plural, "a"/"an"/"any"/"every" and a noun: "Red notices", "A saver") with a
verb in the simple present ("A red notice doesn't force countries to arrest …"), under "can" ("Users can protect
their accounts by enabling two-factor authentication") or under a modal of possibility with a condition ("Investors
who buy now could lose money if rates rise"), with no time of its own. Features, columns and explainers of every outlet are full of
such sentences; none reports something that happened.

A relative clause is read through the noun it hangs on ("A saver who puts £100 a month into a fund …": a saver, a
kind). Left alone: a body's plural, which news uses for particular people ("Police can now arrest him",
"Officials may announce the decision"), a modal perfect (a guess about a past act: "could have originated"), a
clause that names its time ("Residents may return home on Monday"), and a mass noun under any modal but "can"
(:func:`~toolkit.nlp.clauses.general_capacity`).

A thing, too, is told in the simple present as it is as a rule (:func:`thing_in_the_present`): "The coronavirus causes
COVID-19", "The second spray covers the target surface in silicone lubricant" — a main clause with a common noun of
a thing for subject, no time named and nobody reporting it. Names, people, bodies, texts, sources and acts are left to
the other rules, since their present narrates, commits, tells content or a finding ("Thailand commits to adopt …",
"The new data demonstrates a steep decline …"), and so is a present with an adverb of sequence ("Then the commercial
ends.") or inside a transcript's bracketed stage direction.

The pronoun "one" of anybody is a kind's subject too ("One can suspect the Iranian Government"), and so is a plural
counted only by comparison under a modal ("Under my leadership, fewer conflicts will erupt": a trend foreseen).

Example:
    >>> tells_what_a_kind_does(doc[3], doc[0])  # "Users can protect their accounts …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import conjunct_root, general_capacity, is_condition, names_a_kind, simple_present
from toolkit.nlp.descriptions import names_a_thing
from toolkit.nlp.mistags import UNCHANGED_PASTS
from toolkit.nlp.predicates import reporting_child, under_aspect
from toolkit.nlp.pronoun_antecedents import person_noun
from toolkit.nlp.signification import SOURCE_NOUNS
from toolkit.nlp.verb_classes import BODY_NOUNS, COGNITION_VERBS, REPORTING_VERBS, STANCE_VERBS

# Modals of ability and possibility: under "can" a kind's verb says what it generally can do; under the others
# only with a condition ("… could lose money if rates rise"), since news tells particular people's prospects with
# them ("Protesters could face charges, the prosecutor said").
_CONDITIONED_MODALS = frozenset({"could", "may", "might", "would"})
# Relative pronouns a kind may be taken up by.
_RELATIVES = frozenset({"who", "which", "that"})
# Entity labels of a time: a clause that names one tells of an occasion, not of what is generally so.
_TIME_LABELS = frozenset({"DATE", "TIME"})


def _kind_subject(agent: Token, verb: Token) -> Token:
    """The noun a relative pronoun subject stands for ("A saver who puts …" → saver), else the agent itself."""
    clause = conjunct_root(verb)
    if agent.lower_ in _RELATIVES and clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        return clause.head
    return agent


def tells_what_a_kind_does(verb: Token, agent: Token) -> bool:
    """Whether the clause of ``verb``, whose agent is ``agent``, states what a kind does or can do (see the module)."""
    kind = _kind_subject(agent, verb)
    if _generic_one(agent, verb):
        return True  # "One can suspect the Iranian Government"
    if _fewer_or_more(agent) and any(c.dep_ == "aux" and c.tag_ == "MD" for c in _own_clause(verb).children):
        return True  # "Under my leadership, fewer conflicts will erupt": a trend foreseen, no occasion
    if names_a_kind(kind) and simple_present(conjunct_root(verb.head if under_aspect(verb) else verb)):
        return True  # "A red notice doesn't force countries …"
    if agent.dep_ == "nsubj" and agent.head.i == verb.i and general_capacity(verb, agent):
        return True  # "Infection with a pathogenic strain … can cause blood poisoning"
    return names_a_kind(kind) and kind.lemma_.lower() not in BODY_NOUNS and _kind_under_a_modal(_own_clause(verb))


def _generic_one(agent: Token, verb: Token) -> bool:
    """Whether the agent is the pronoun "one" of anybody ("One can suspect …", "One wonders whether …"): alone, the
    active subject of a present or of a modal. A numeral's "one" tells a particular ("… and one was killed")."""
    if agent.lower_ != "one" or agent.dep_ != "nsubj" or any(True for _ in agent.children):
        return False
    clause = _own_clause(verb)
    return simple_present(clause) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)


def _fewer_or_more(agent: Token) -> bool:
    """Whether the agent is a plural counted only by comparison ("fewer conflicts", "more Americans"; not "more than
    100 people", a count)."""
    return agent.tag_ in ("NNS", "NNPS") and any(c.dep_ in ("amod", "det") and c.lower_ in ("fewer", "more", "less")
                                       and not any(g.lower_ == "than" for g in c.subtree) for c in agent.children)


def _own_clause(verb: Token) -> Token:
    """The verb that carries the clause's auxiliaries: the verb itself when it has a subject or an auxiliary of its
    own ("our city cannot embark …, and people will lose faith"), else the first conjunct it shares them with."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return verb
    return conjunct_root(verb)


def _kind_under_a_modal(clause: Token) -> bool:
    """Whether a clause's verb is bare under "can", or under a modal of possibility with a condition, with no time
    named in it."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ != "VB" or len(auxiliaries) != 1:
        return False
    modal = auxiliaries[0].lower_
    if modal != "can" and not (modal in _CONDITIONED_MODALS and any(c.dep_ == "advcl" and is_condition(c)
                                                                     for c in clause.children)):
        return False
    return not any(t.ent_type_ in _TIME_LABELS for t in clause.subtree)


# Adverbs of a sequence or a moment: with one the simple present narrates ("Then the commercial ends.").
_NARRATING_ADVERBS = frozenset({"then", "next", "finally", "later", "now", "suddenly", "immediately", "again",
                                "soon", "first"})
# Nouns of a text or a record, whose simple present tells what it says ("The decree instructs archbishops …", "Its
# … provisions save workers nearly $1,500"), and nouns of an act, whose present tells what it brings about in the
# day's news ("The win brings his total to 45 delegates").
_TEXT_NOUNS = frozenset("""decree order bill law act guideline guidelines report study rule rules policy plan agreement
    deal treaty constitution statement letter motion lawsuit complaint archive ruling resolution proposal document
    memo survey poll analysis paper provision provisions clause section amendment""".split())
_ACT_NOUNS = frozenset("""victory win loss defeat move decision vote attack strike announcement election outcome
    result change shift departure arrival visit meeting talks""".split())
_TOLD_NOUNS = _TEXT_NOUNS | _ACT_NOUNS | SOURCE_NOUNS
_BRACKETS = frozenset("()[]")
_OPENING_BRACKETS = frozenset("([")


def thing_in_the_present(verb: Token, agent: Token) -> bool:
    """Whether a main clause in the simple present tells what a thing is or does as a rule: "The coronavirus causes
    COVID-19", "The second spray covers the target surface in silicone lubricant": no time named, nobody reporting
    it, and a common noun of a thing for subject. A name's, a person's or a body's present may be narrative, a
    commitment or a stance ("Thailand commits to adopt …", "The company reaches a new record as …"), a text's or a
    source's tells its content or its finding ("The new data demonstrates a steep decline …"), an act's what it
    brings about ("The win brings his total to …"), a time names an occasion ("Mister America debuts … on October
    9"), and a speech act or a stance in the present is one ("Moscow insists …")."""
    if verb.tag_ not in ("VBZ", "VBP") or not simple_present(verb) or verb.dep_ not in ("ROOT", "conj"):
        return False
    root = conjunct_root(verb)
    if root.dep_ != "ROOT":
        return False
    head = verb.lemma_.lower()
    if head in REPORTING_VERBS or head in STANCE_VERBS or head in COGNITION_VERBS or head == "plan" \
            or verb.lower_ in UNCHANGED_PASTS or reporting_child(root) is not None:
        return False  # (a speech act, a stance or a plan in the present is one; "quit" may be a past)
    if not names_a_thing(agent) or person_noun(agent) or {agent.lemma_.lower(), agent.lower_} & _TOLD_NOUNS \
            or any(c.dep_ == "poss" for c in agent.children) or not _common_spelling(agent):
        return False  # (a name, a person, a body, a text, a source, an act, or a particular's part: "Its … provides")
    sentence = verb.sent
    if any(t.ent_type_ in _TIME_LABELS for t in sentence) or any(t.lower_ == "according" for t in sentence):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _NARRATING_ADVERBS for c in root.children):
        return False  # "Then the commercial ends.": a present that narrates a sequence
    return not _in_brackets(verb, sentence)  # ("(Air Force One experiences turbulence.)": a stage direction)


def _in_brackets(verb: Token, sentence) -> bool:
    """Whether the verb's sentence opens inside a bracket that closes after the verb (a transcript's stage
    direction: "(The president holds up a USA Today article …)")."""
    doc = verb.doc
    opened = next((t for t in reversed(doc[max(0, sentence.start - 1):verb.i]) if t.text in _BRACKETS), None)
    return opened is not None and opened.text in _OPENING_BRACKETS


def _common_spelling(noun: Token) -> bool:
    """Whether a noun is spelt as a common noun: no capital inside it ("YouTube", a name the model tagged a noun),
    and a capital only where a sentence opens."""
    return noun.text[1:].islower() and (noun.text[0].islower() or noun.i == noun.sent.start)
