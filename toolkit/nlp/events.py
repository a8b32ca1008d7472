"""Events: who does what to whom, with negation, modality, attribution and the clause's date.

Open-verb rules over the dependency parse, not a verb list: every predicate that heads a
main clause, a coordinated clause, a clause reported by someone ("Moscow insists that Kyiv
must end …"), a relative clause or an adverbial clause of time or cause is an event when it
has an agent. A small stop list leaves out what is no event of its own (copulas, "have",
"seem", a bare "said"). What English marks as not a plain fact stays marked:

* ``negated`` ("did not sign"), ``modality`` (could, would, may, might, must, should, will,
  can, or "conditional" under an if-clause);
* ``reported_by``: who claims it, when the clause is the content of a reporting or cognition
  verb ("Witkoff expects Zelensky will sign" → Zelensky sign, will, reported by Witkoff) or
  stands "according to" someone;
* goals and conditions are no events: to-infinitives ("efforts to end the war", "calls for
  Russia to withdraw"), if/whether clauses;
* ``quoted``: the predicate lies inside a direct quotation, so it is the speaker's words.

What sets the scene is no event either (general rules of English clause structure): a clause of
time in the present ("even after he ends serving"), a clause of time that only says something
began ("after the protests began"), a simple present of a kind or in a relative clause of a thing
("A red notice doesn't force …", "the virus that causes COVID-19"), a participle of speaking
before a reporting verb ("Citing its size, officials estimated …"). A verb of claiming or
believing whose content is itself an event gives way to that event, reported by the claimant
("officials estimated she may have starved" → the elephant starve, may, reported by officials);
a claim about a state stays the event. "Be to" states a plan ("is to be moderated by Welker" →
Welker moderate, will), "were able to" an act done; a passive under "after" with its agent named
is that agent's act ("injured after being attacked by protesters"). A passive naming no agent is
an event with subject ``None`` only when it happened to someone named or counted, in a main or
reported clause ("at least 71 people were arrested").

Subjects are the agent: passives turned back ("was confirmed by the Senate" → Senate), a
subject raised by a passive report taken back ("A bombing was reported to have killed …"),
relative pronouns and appositions resolved to their antecedent, "he"/"she" to the person
before (as for speakers), names canonical. Phrasal verbs are kept whole ("step up",
"call for").

Example:
    >>> [(e.subject, e.verb, e.modality, e.reported_by) for e in events(doc, index=index)]  # doctest: +SKIP
    [('Kyiv', 'end', 'must', 'Moscow'), ...]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

import numpy as np
from spacy.attrs import DEP, HEAD, LOWER, POS, TAG
from spacy.tokens import Doc, Token

from toolkit.nlp.clauses import (CONDITIONS, MODALS, TIME_MARKS, able_to, according_to, clause_head, conjunct_root,
                                 finite, inherits, is_infinitive, marked_by, modality_of, names_a_kind, negated,
                                 passive_after, past_joined_to_infinitive, simple_present, someone_named)
from toolkit.nlp.actors import QUOTE_MARKS, Actors, Sentences, clean_phrase, possessor_of_place
from toolkit.nlp.entities import EntityIndex
from toolkit.nlp.lexicon import SPEECH_VERBS
from toolkit.nlp.mistags import hidden_verbs, verb_lemma
from toolkit.nlp.quotes import PERSON_PRONOUNS, quoted_tokens
from toolkit.nlp.syntax import NAMED_LABELS, PersonResolver

# Predicates that are no event of their own: copulas and light verbs, and the verbs that only
# introduce what someone said or wrote (their content is the event, reported by the speaker).
STOP_VERBS = frozenset(
    """be have seem appear become remain look sound feel do get let say tell add state explain remark comment
    reply respond quote mean include report refer denote
    revolve consist comprise contain resemble equal depend involve relate""".split()
)
# Verbs of thinking and claiming whose clausal content is a claim, not a fact.
COGNITION_VERBS = frozenset(
    """think believe expect hope fear know suspect assume understand doubt reckon guess worry wish want
    feel hear learn see show suggest imply insist claim""".split()
)
# Verbs of attitude: the event is a position taken, not something done.
STANCE_VERBS = frozenset(
    """support oppose back endorse favor favour prefer want hope fear believe think consider doubt intend
    like dislike trust distrust agree disagree""".split()
)
# Aspectual verbs: the event is the verb they govern ("continues to call for a ceasefire").
ASPECT_VERBS = frozenset("""continue keep resume begin start""".split())
# Clauses that report something happening; purpose clauses (to-infinitives) and conditions
# are excluded separately.
REPORTING_VERBS = SPEECH_VERBS | COGNITION_VERBS | frozenset({"report", "write", "announce", "speak", "determine",
                                                             "establish", "discover", "verify"})
# Reporting verbs whose object is the one addressed ("told reporters she considered …").
ADDRESSEE_VERBS = frozenset("""tell inform assure warn remind notify advise brief persuade convince""".split())
# Verbs whose passive raises the subject of a to-infinitive ("was reported to have killed",
# "is believed to be …"); a passive "was called to join" is a request instead.
RAISING_VERBS = COGNITION_VERBS | frozenset({"say", "report", "allege", "estimate", "consider", "rumor", "rumour"})
# Whether passives without an agent are events (subject None), as :func:`_patient` restricts
# them: on the Wikinews dev golds the restricted rows are nearly all right and keep empty
# subjects under 5% of the rows; all agentless passives would be 8–11%, a third of them wrong.
AGENTLESS = True
_EVENT_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_OBJECT_DEPS = ("dobj", "attr", "oprd", "dative")
_TIME_LABELS = ("DATE", "TIME")
# Words that introduce a clause and that the parser often takes for a preposition.
_SUBORDINATORS = frozenset({"after", "before", "until", "till", "since", "because", "as", "once", "while", "when"})
_PARTICLES = frozenset({"up", "down", "off", "out", "back", "over", "away"})
# Verbs of holding a view or putting forward a claim: when what is claimed is an event of its
# own ("officials estimated she may have starved"), that event is the news, reported by the
# claimant, and the claiming is not listed again; a claim about a state ("claimed the wall was
# crucial") has no event inside, so the claim itself is the event.
CLAIM_VERBS = COGNITION_VERBS | frozenset({"allege", "contend", "assert", "argue", "maintain", "estimate"})
# Verbs that only say a state of affairs began, went on or ended: in a clause of time
# ("after the protests began") they date the main event and are no event of their own.
_PHASE_VERBS = frozenset({"begin", "start", "end", "finish", "resume", "continue", "follow", "ensue", "close", "open"})


@dataclass(frozen=True)
class Event:
    """One event; ``start``/``end`` span its clause's subject, verb and object in ``doc.text``."""

    subject: str | None
    verb: str
    object: str | None
    negated: bool
    modality: str | None
    reported_by: str | None
    quoted: bool
    kind: str
    date: str | None
    start: int
    end: int
    sent_start: int
    sent_end: int


# --------------------------------------------------------------------------- phrases and names

# --------------------------------------------------------------------------- clauses

def _verb_lemma(verb: Token) -> str:
    """The lemma, with a particle ("step up", "shoot down") or a "for" taken whole ("call for")."""
    lemma = verb.lemma_.lower()
    particles = [c for c in verb.children if c.dep_ == "prt" and c.i > verb.i]
    if particles:
        return f"{lemma} {particles[0].lower_}"
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if following is None:
        return lemma
    if following.head.i == verb.i and following.dep_ == "advmod" and following.lower_ in _PARTICLES:
        return f"{lemma} {following.lower_}"  # "stepped down" with "down" parsed as an adverb
    if following.lower_ == "for" and not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return f"{lemma} for"  # "called for the bill to be dropped": "for" may hang on the infinitive
    return lemma


def _object_token(verb: Token, lemma: str) -> Token | None:
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS and c.ent_type_ not in _TIME_LABELS]
    if objects:  # the direct object before the receiver ("giving them the longest sentence")
        return min(objects, key=lambda c: _OBJECT_DEPS.index(c.dep_))
    if any(c.dep_ == "agent" for c in verb.children):
        for child in verb.children:  # "was recaptured by the state": the patient is the object
            if child.dep_ == "nsubjpass" and child.pos_ in ("NOUN", "PROPN"):
                return child
    wanted = ("for",) if lemma.endswith(" for") else ("with", "to", "on", "against", "into", "for", "of", "at")
    for child in verb.children:  # "meet with Putin", "call for a ceasefire", "impose … on India"
        if child.dep_ == "prep" and child.lower_ in wanted:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and grandchild.ent_type_ not in _TIME_LABELS:
                    return grandchild
    return None


def _agent(verb: Token) -> tuple[Token | None, bool]:
    """The token naming who acts, and whether the verb is passive without an agent."""
    for c in verb.children:  # "was occupied by Israel", also in a conjunct without a subject of its own
        if c.dep_ == "agent":
            objects = [g for g in c.children if g.dep_ == "pobj"]
            if objects:
                return objects[0], False
    raised = _raised_under(verb)
    if raised is not None:  # "A bombing was reported to have killed …": the bombing kills
        return next(c for c in raised.children if c.dep_ == "nsubjpass"), False
    current = verb
    for _ in range(6):
        own = [c for c in current.children if c.dep_ in _SUBJECT_DEPS]
        # "he can and may declare": the parser may hang the subject on the auxiliary.
        own += [g for c in current.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ in _SUBJECT_DEPS]
        # Two subjects are a misparse of a parenthesis ("According to the mayor, Dee Margo, …,
        # police were investigating"): the one nearest before the verb is the verb's.
        own.sort(key=lambda c: (c.i > current.i, abs(current.i - c.i)))
        if len(own) > 1:  # "a plane in Nevada, United States crashed": the place's apposition is no subject
            own = [c for c in own if not _place_apposition(c)] or own
        if own:
            if current is not verb and any(c.dep_ == "auxpass" for c in verb.children):
                return None, True  # "attempted to aid …, and was later hospitalized": a passive conjunct
            if current is not verb and own[0].dep_ == "nsubjpass" and own[0].pos_ in ("NOUN", "PROPN", "PRON", "NUM") \
                    and _active(verb):
                # "The children were banned from washing … and could not use the toilet": an
                # active conjunct's subject is the passive one's patient.
                return own[0], False
            if own[0].dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in current.children):
                for c in current.children:  # "was confirmed by the Senate"
                    if c.dep_ == "agent":
                        objects = [g for g in c.children if g.dep_ == "pobj"]
                        if objects:
                            return objects[0], False
                return None, True
            return own[0], False
        if current.dep_ == "relcl":  # "a man who …" without a pronoun
            return current.head, False
        for mark in current.children:  # "after Theresa May stepped down": the name parsed under "after"
            if mark.dep_ == "mark" and mark.i < current.i:
                named = [g for g in mark.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]
                if named:
                    return named[0], False
        if current.dep_ == "advcl" and current.tag_ in ("VBD", "VBZ", "VBP"):
            # "after one of their daughters, aged 17, escaped": the subject parsed as the object
            # of the subordinator, taken for a preposition of the main verb.
            for prep in current.head.children:
                if prep.dep_ == "prep" and prep.i < current.i and prep.lower_ in _SUBORDINATORS \
                        and prep.right_edge.i < current.i \
                        and all(t.is_punct for t in current.doc[prep.right_edge.i + 1:current.i]):
                    named = [g for g in prep.children
                             if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN", "NUM", "PRON")]
                    if named:
                        return named[0], False
        if past_joined_to_infinitive(current):
            current = current.head.head  # "urged the embassy to reconsider and spoke with …"
            continue
        if current.dep_ == "conj" and current.head.i != current.i:
            current = current.head
            continue
        # A participle clause borrows its head's subject ("…, citing U.S. deployments").
        if current.dep_ in ("advcl", "xcomp") and current.tag_ == "VBG" and current.head.i != current.i:
            participle = current
            current = current.head
            if current.dep_ == "ccomp" and not _fronted(current) and (
                    participle.lemma_.lower() in SPEECH_VERBS or negated(current)
                    or any(t.text in QUOTE_MARKS for t in verb.doc[current.i:participle.i])):
                # "cautioned that the timeline remains uncertain, calling the process “long”",
                # "said, “…”, while addressing the press": a participle of speaking, or one after
                # a quotation, goes with the reporting clause; another stays in the content
                # ("said a fruit had exploded, damaging her jaw"); what did not happen does
                # nothing, so a participle after a negated content clause is the reporter's act
                # ("decided their actions did not qualify, reversing the convictions").
                current = current.head
            continue
        if _under_aspect(current):
            current = current.head
            continue
        if current.dep_ == "xcomp" and current.head.lemma_ == "be" and is_infinitive(current):
            current = current.head  # "the debate is to involve testing"
            continue
        if able_to(current):
            current = current.head.head  # "police were able to determine …"
            continue
        break
    return None, False


def _fronted(clause: Token) -> bool:
    """"The bus overturned, …; a fifth vehicle was unable …": two clauses joined by a semicolon
    that the parser hung one on the other as content; reported content before its reporting
    verb is set off by a comma, never by a semicolon."""
    head = clause.head
    # the semicolon may hang inside the clause's own span ("… died in the attack; twenty more
    # were injured", with "died" parsed as the content of "injured")
    return clause.dep_ in ("ccomp", "parataxis") and clause.i < head.i \
        and any(t.text in (";", ":") and (t.i >= clause.right_edge.i or t.head.i in (clause.i, head.i))
                for t in clause.doc[clause.i:head.i])


def _raised_under(verb: Token) -> Token | None:
    """The passive reporting verb a to-infinitive hangs on, when its subject was raised to it
    ("A bombing was reported to have killed …", "Van Drew was expected to leave …")."""
    if verb.dep_ != "xcomp":  # the cheap test first: this runs for every verb
        return None
    head = verb.head
    if head.i == verb.i or head.lemma_.lower() not in RAISING_VERBS or not is_infinitive(verb):
        return None
    if any(c.dep_ == "auxpass" for c in head.children) and any(c.dep_ == "nsubjpass" for c in head.children):
        return head
    return None


def _aspectual(verb: Token) -> bool:
    """Whether a verb only frames the one it governs: "continues to call for", "went on to say"."""
    return verb.lemma_ in ASPECT_VERBS or (
        verb.lemma_ == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children))


def _under_aspect(verb: Token) -> bool:
    """Whether the verb is what an aspectual verb governs (its infinitive may be parsed as a purpose)."""
    dep = verb.dep_
    if dep != "xcomp" and dep != "advcl":  # the cheap test first: this runs for every verb
        return False
    head = verb.head
    return head.i != verb.i and _aspectual(head) and (dep == "xcomp" or is_infinitive(verb))


def _place_apposition(token: Token) -> bool:
    """Whether a place name stands after a comma and another place ("Nevada, United States")."""
    first = token.left_edge.i
    return token.ent_type_ in ("GPE", "LOC") and first >= 2 and token.doc[first - 1].text == "," \
        and token.doc[first - 2].ent_type_ in ("GPE", "LOC")


def _active(verb: Token) -> bool:
    """Whether a verb without a subject of its own is active: a gerund, or a verb with an
    auxiliary or an object of its own ("could not use", "living in", not "and charged")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    # A bare past form may be a participle the tagger took for a past tense ("…, also called
    # parole"): it counts as active with an auxiliary or an object of its own.
    return verb.tag_ == "VBG" or any(c.dep_ in ("aux", "dobj") for c in verb.children)


def _clause_top(verb: Token, depth: int = 0) -> tuple[Token, Token | None]:
    """The clause a verb's event belongs to, and the verb it is reported under if any.

    Climbs coordinations ("relinquish … and end …") and aspectual verbs ("continues to call
    for …"); a conjunct marked "that" is content of the verb it hangs on ("announced he had
    asked …, and that Bolton tendered it").
    """
    current = verb
    for _ in range(20):
        if current.dep_ == "conj" and current.head.i != current.i:
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in current.children):
                return current, current.head
            current = current.head
        elif _under_aspect(current):
            current = current.head
        else:
            break
    if current.dep_ in ("ccomp", "parataxis") and current.head.i != current.i and current.head.pos_ in ("VERB", "AUX"):
        if _fronted(current):
            return current, None
        return current, current.head
    if current.dep_ in ("relcl", "advcl") and depth < 4:
        # A relative or adverbial clause inside reported content is reported too ("he will not
        # approve a budget that does not allocate funding …").
        containing = clause_head(current.head)
        if containing is not None and containing.i != current.i:
            return current, _clause_top(containing, depth + 1)[1]
    return current, None


def _reporting_child(top: Token) -> Token | None:
    """A reporting clause hanging on the content it reports: "…, they said Sunday"."""
    for child in top.children:
        if child.dep_ in ("parataxis", "ccomp") and child.i > top.i and child.lemma_.lower() in REPORTING_VERBS \
                and not any(t.text == ";" for t in top.doc[top.i:child.i]) \
                and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "mark") for c in child.children) \
                and any(c.dep_ == "nsubj" for c in child.children):
            return child
    return None


class _Marks:
    """Which tokens head a to-infinitive or a condition, and where "according" stands, read once
    per document from its token arrays: the same answers as :func:`~toolkit.nlp.clauses.is_infinitive`
    and :func:`~toolkit.nlp.clauses.is_condition`, without making every child Token anew on each
    question (the event rules ask them of the same verbs many times)."""

    def __init__(self, doc: Doc):
        n, strings = len(doc), doc.vocab.strings
        array = doc.to_array([HEAD, DEP, TAG, LOWER])
        positions = np.arange(n, dtype=np.int64)
        heads = array[:, 0].view(np.int64) + positions  # HEAD is the offset to the head
        dep, tag, lower = array[:, 1], array[:, 2], array[:, 3]
        child = heads != positions  # a root is no child of itself
        to = child & (dep == strings["aux"]) & (tag == strings["TO"])
        conditions = np.array([strings[word] for word in CONDITIONS], dtype=np.uint64)
        mark = child & (dep == strings["mark"]) & np.isin(lower, conditions)
        self.infinitive = set(heads[to].tolist())
        self.condition = set(heads[mark].tolist())
        self.according = np.flatnonzero(lower == strings["according"]).tolist()


def _background(verb: Token, top: Token, lemma: str) -> bool:
    """Clauses English uses to set the scene rather than to report an event:

    * a clause of time in the present ("even after he ends serving as president"): a future or
      a habit, not something that happened;
    * a clause of time whose verb only says something began or ended ("after the protests
      began", "before the election started"): it dates the main event;
    * a relative clause in the simple present ("the coronavirus that causes COVID-19"): a
      description of what the noun is;
    * a participle fronted before a reporting verb ("Citing its size, officials estimated …",
      "Writing for the Court, Kagan declared …") or one of means ("…, using a knife"): how it
      was said or done.
    """
    if top.dep_ == "advcl" and marked_by(top, TIME_MARKS):
        if top.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in top.children) \
                and top.head.pos_ in ("VERB", "AUX") and top.head.tag_ not in ("VBD", "VBN"):
            # (under a past main clause a present is a noun the tagger took for a verb:
            # "briefed allies after Witkoff's Moscow talks")
            return True
        if top.lemma_.lower() in _PHASE_VERBS and top is verb \
                and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in top.children):
            return True
    if top.dep_ == "relcl" and simple_present(top) and lemma.split()[0] not in REPORTING_VERBS \
            and top.head.ent_type_ != "PERSON" and not any(c.lower_ == "who" for c in top.children):
        # (of a thing: "who works at the hall as a chef" is what a person did; "where four or
        # more people are killed or injured by gunfire" defines a kind of incident)
        return True
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "mark") for c in verb.children):
        head = verb.head
        if verb.i < head.i and head.lemma_.lower() in REPORTING_VERBS and lemma.split()[0] in REPORTING_VERBS:
            return True  # one act of speaking told twice ("Detailing his plan, Trump stressed …" is two)
        if verb.i > head.i and lemma == "use":
            return True
    return False


def _claims_an_event(verb: Token, lemma: str, stop: frozenset[str], marks: "_Marks") -> bool:
    """Whether a verb of claiming or believing has an event as its content (then that event,
    reported by the claimant, is listed instead of the claim)."""
    if lemma not in CLAIM_VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return False  # ("has claimed tens of thousands of lives": no claim at all)
    return any(c.dep_ == "ccomp" and c.i > verb.i and c.pos_ == "VERB" and c.lemma_.lower() not in stop
               and c.i not in marks.condition and finite(c) for c in verb.children)


def _planned(verb: Token, marks: "_Marks") -> bool:
    """"The debate is to be moderated by Welker", "Merkel is to visit Kyiv": "be" with a
    to-infinitive states a plan when the infinitive is passive or the subject a name ("the
    drilling is only to protect …" states a purpose)."""
    head = verb.head
    if not (verb.dep_ == "xcomp" and verb.i in marks.infinitive and head.i != verb.i and head.lemma_ == "be"):
        return False
    subjects = [c for c in head.children if c.dep_ in _SUBJECT_DEPS]
    return bool(subjects) and (any(c.dep_ == "auxpass" for c in verb.children)
                               or subjects[0].ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))


def _patient(verb: Token, top: Token) -> Token | None:
    """The one a passive without an agent happens to, when it is news in its own right: a
    noun subject of a main, coordinated or reported clause ("at least 71 people were
    arrested"), not a pronoun ("before she was cremated"), a kind ("Red notices are declared
    …") or a description in a relative or adverbial clause."""
    if top.dep_ not in ("ROOT", "conj", "ccomp", "parataxis"):
        return None
    holder = verb if any(c.dep_ == "auxpass" for c in verb.children) else conjunct_root(verb)
    if not any(c.dep_ == "auxpass" for c in holder.children):
        return None
    auxiliaries = [c for c in holder.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in MODALS or a.lower_ == "had" or (a.dep_ == "auxpass" and a.tag_ == "VB") for a in auxiliaries):
        return None  # "could be held", "had been reserved", "asking that it be waived": no news of its own
    if any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries) \
            and not any(a.lemma_ == "have" for a in auxiliaries):
        return None  # "UNESCO is based in Paris", "is made up of": a state, not an event
    if any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in verb.children):
        return None  # "was intended to be done", "is made up of": the passive frames another predicate
    patient = next((c for c in holder.children if c.dep_ == "nsubjpass"), None)
    if patient is None or patient.pos_ not in ("NOUN", "PROPN", "NUM") or names_a_kind(patient):
        return None
    # The one it happened to is someone: a named person or body, or people counted ("at least
    # 71 people were arrested", "seven more were injured"); a thing passively handled is too
    # often a state ("UNESCO is based in Paris") to state it as an event nobody did.
    counted = patient.pos_ == "NUM" or any(c.dep_ == "nummod" for c in patient.children) \
        or (patient.lower_ == "number" and any(c.lower_ == "of" for c in patient.children))
    if not (counted or patient.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")):
        return None
    return patient


def _is_event_clause(verb: Token, top: Token, marks: _Marks) -> bool:
    infinitive, condition = marks.infinitive, marks.condition
    if (verb.i in infinitive or top.i in infinitive) and not _under_aspect(verb) \
            and not (top is not verb and _raised_under(verb) is not None):
        return False  # a goal or a purpose, not something that happened
    if top.dep_ not in _EVENT_DEPS or top.i in condition or verb.i in condition:
        return False
    if top.dep_ == "ccomp" and top.doc[top.left_edge.i].lower_ in CONDITIONS:
        return False  # "shall determine whether any other country is importing …": an open question
    if top.dep_ == "relcl" and (not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in top.children)
                                or (any(t.lower_ in ("where", "when", "why") and t.i < top.i for t in top.subtree)
                                    and not someone_named(top))):
        # "where the shooting happened": a description of a place or time, not news; "Dayton,
        # where ten people died", "the city where Trump met Putin" tell what happened there
        return False
    if top.dep_ == "advcl" and top.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "with" for c in top.children):
        return False  # "with occupants ejected": a circumstance, passive, with no agent
    if top.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in top.children) \
            and top.lemma_.lower() in REPORTING_VERBS:
        return False  # "as reported by …": a comment on the report
    # Inside a condition or a goal higher up ("to see if a meeting could mark …").
    current = top
    for _ in range(12):
        if current.head.i == current.i:
            return True
        if (current.dep_ == "xcomp" and not _under_aspect(current) and not able_to(current)
                and not _planned(current, marks)) or current.dep_ in ("acl", "pcomp", "csubj") \
                or current.i in condition or (current.i in infinitive and not _under_aspect(current)
                                              and not able_to(current) and not _planned(current, marks)):
            return False
        current = current.head
    return True


def _introduces_quotation(verb: Token, inside: set[int]) -> bool:
    """A speech verb that only introduces words in quotation marks, or nothing ("he said")."""
    content = [c for c in verb.children if c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "prep", "attr", "oprd",
                                                       "prt", "agent", "advcl", "parataxis")]
    if not content:
        return True
    after = verb.right_edge.i + 1
    if after + 1 < len(verb.doc) and verb.doc[after].text == ":" and (after + 1 in inside):
        return True  # "also speaking via Twitter: “…”"
    outside = [c for c in content if c.i not in inside and c.dep_ not in ("prep", "advcl", "parataxis")]
    return not outside and any(c.i in inside for c in content)


def _according_to(verb: Token, sent, marks: _Marks) -> Token | None:
    """The source an "according to …" of the verb's sentence names: it scopes over the sentence."""
    found = according_to(verb)
    if found is not None:
        return found
    doc = verb.doc
    for i in marks.according:  # the sentence's "according", in text order
        # A semicolon ends the part of the sentence the source speaks for.
        if sent.start <= i < sent.end and i + 1 < len(doc) and doc[i + 1].lower_ == "to" \
                and not any(t.text == ";" for t in doc[min(i, verb.i):max(i, verb.i)]):
            objects = [g for g in doc[i + 1].children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _owner(claimer: Token, names: Actors) -> str | None:
    """The person whose campaign, office or family speaks ("Klobuchar's campaign said she …"):
    a "he"/"she" in what a body reports means its owner, not the last person named."""
    if claimer.pos_ != "NOUN" or claimer.ent_type_ or claimer.lemma_.lower() in names.resolver.titles:
        return None
    for child in claimer.children:
        if child.dep_ == "poss" and child.ent_type_ == "PERSON":
            return names.who(child)
    return None


def _kind(verb: Token, lemma: str) -> str:
    head = lemma.split()[0]
    if head in STANCE_VERBS:
        return "stance"
    if head in SPEECH_VERBS or lemma in ("call for", "ask for"):
        return "speech act"
    if any(c.lower_ == "had" and c.dep_ == "aux" for c in verb.children) or \
            any(c.lower_ in ("previously", "formerly") for c in verb.children):
        return "background"
    return "action"


def _hidden_event(verb: Token, subject: Token, obj, *, names: Actors, inside: set[int], dated: dict,
                  marks: _Marks) -> Event:
    """The event of a sentence whose verb the parser missed ("Trump ordered steeper tariffs …")."""
    sent = names.sentences.of(verb)
    source = _according_to(verb, sent, marks)
    end_token = obj[-1] if obj is not None and len(obj) else verb
    return Event(names.who(subject), verb_lemma(verb.text, verb.vocab) or verb.lower_, clean_phrase(obj) if obj is not None else None,
                 False, None, names.who(source) if source is not None else None, verb.i in inside, "action",
                 dated.get(sent.root.i), subject.idx, end_token.idx + len(end_token), sent.start_char, sent.end_char)


def _time_nesting(span, head: Token) -> int:
    """How far a time expression is from dating its clause: 0 when it hangs on the verb ("On
    Tuesday, … announced"), 1 inside a noun phrase ("officials on Saturday"), 2 as a word of a
    name or a noun's modifier ("the 2019 Nobel Prize", "the 2015 election", "2019-nCoV"): an
    adverbial of the clause dates the event before the others."""
    if span.root.dep_ in ("compound", "nmod", "amod", "nummod", "appos", "poss") \
            and span.root.head.pos_ in ("NOUN", "PROPN"):
        return 2
    current = span.root.head
    for _ in range(12):
        if current.i == head.i or current.head.i == current.i:
            return 0
        if current.pos_ in ("NOUN", "PROPN") and not (span.start <= current.i < span.end):
            return 1
        current = current.head
    return 0


def _clause_dates(doc: Doc, times: Iterable[tuple[int, int, str | None]]) -> dict[int, str]:
    """The date of each clause that has a time expression: clause head's token index → date.

    Of several expressions in one clause, the one in the verb's own line and nearest to it
    wins: a dateline glued to the first sentence ("Thursday, August 8, 2019 On Saturday
    morning, a gunman shot …") is not the date of the shooting.
    """
    best: dict[int, tuple[tuple[bool, int], str]] = {}
    for start, end, date in times:
        if not date:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = clause_head(span.root)
        if head is None:
            continue
        between = doc[min(span.end, head.i):max(span.start, head.i + 1)]
        rank = ("\n" in between.text, _time_nesting(span, head), abs(span.root.i - head.i))
        if head.i not in best or rank < best[head.i][0]:
            best[head.i] = (rank, date)
    return {i: date for i, (_, date) in best.items()}


# --------------------------------------------------------------------------- the extractor

def events(doc: Doc, *, index: EntityIndex, resolver: PersonResolver | None = None,
           times: Iterable[tuple[int, int, str | None]] = (), inside: set[int] | None = None,
           stop: frozenset[str] = STOP_VERBS, agentless: bool = AGENTLESS) -> Iterator[Event]:
    """Yield the events of a parsed document.

    Args:
        doc: a parsed spaCy ``Doc``.
        index: the set's entity index, so that subjects and objects use canonical names.
        resolver: finds the person a pronoun stands for (made from ``doc`` when not given).
        times: resolved time expressions ``(start, end, date)`` in ``doc.text``: an event is
            dated by the one in its own clause, never by another clause of its sentence.
        inside: indices of the tokens inside quotation marks (computed when not given).
        stop: lemmas that are never events of their own.
        agentless: also yield passives that name no agent ("at least 71 people were arrested"),
            with subject ``None``, when the one they happen to is named in a main clause.

    Example:
        >>> e = next(events(nlp("Moscow insists that Kyiv must end its alliances."), index=index))  # doctest: +SKIP
        >>> e.subject, e.verb, e.modality, e.reported_by
        ('Kyiv', 'end', 'must', 'Moscow')
    """
    if not len(doc):
        return
    inside = quoted_tokens(doc) if inside is None else inside
    resolver = resolver or PersonResolver(doc, index, inside)
    sentences = Sentences(doc)
    names = Actors(index, resolver, inside, sentences)
    dated = _clause_dates(doc, times)
    marks = _Marks(doc)
    # Verbs the parser tagged as nouns in a sentence it found no verb in (see toolkit.nlp.mistags).
    hidden = {verb.i: (subject, obj) for verb, subject, obj in hidden_verbs(doc, sentences.spans)}
    verb_pos = doc.vocab.strings["VERB"]
    candidates = sorted(set(int(i) for i in np.flatnonzero(doc.to_array(POS) == verb_pos)) | set(hidden))
    for i in candidates:  # verbs only, not a loop over every token
        verb = doc[i]
        if i in hidden:
            yield _hidden_event(verb, *hidden[i], names=names, inside=inside, dated=dated, marks=marks)
            continue
        lemma = _verb_lemma(verb)
        if lemma.split()[0] in stop or verb.dep_ in ("aux", "auxpass", "amod") or not verb.text.isalpha():
            continue
        if _aspectual(verb) and any(_under_aspect(c) for c in verb.children):
            continue  # the verb it governs is the event
        if lemma == "go" and any(c.dep_ == "xcomp" and c.i in marks.infinitive for c in verb.children):
            continue  # "is going to …": a future, carried by the verb after it
        raised = _raised_under(verb)
        planned, after, able = _planned(verb, marks), passive_after(verb), able_to(verb)
        if past_joined_to_infinitive(verb):
            # "urged the embassy to reconsider and spoke with Pompeo": a past tense is no
            # conjunct of the infinitive it hangs on but of the verb above it
            clause = verb.head.head
            top, governor = _clause_top(clause)
            if not _is_event_clause(clause, top, marks):
                continue
        elif planned or after or able:
            # the clause is the one of "be" ("is to be moderated by …") or of the verb the
            # preposition hangs on ("were injured after being attacked by …")
            clause = verb.head if planned else verb.head.head if able else clause_head(verb.head)
            if clause is None:
                continue
            top, governor = _clause_top(clause)
            if not _is_event_clause(clause, top, marks):
                continue
        else:
            top, governor = _clause_top(verb if raised is None else raised)
            if not _is_event_clause(verb, top, marks):
                continue
        if _background(verb, top, lemma) or _claims_an_event(verb, lemma, stop, marks):
            continue
        if lemma.split()[0] in REPORTING_VERBS and _introduces_quotation(verb, inside):
            continue  # the quotation is the speaker's words; its verb is no event
        agent, _agentless = _agent(verb)
        if governor is not None and inherits(verb) and lemma.split()[0] in REPORTING_VERBS \
                and governor.lemma_.lower() in REPORTING_VERBS and conjunct_root(verb).dep_ == "ccomp":
            # "He noted that the House did not ratify it, and mentioned …": a speech verb joined
            # to reported content is the reporter's own next act, not part of the content.
            agent, _agentless = _agent(governor)
            governor = None
            inherited = False
        else:
            inherited = inherits(verb)
        patient = None
        if agent is None:
            patient = _patient(verb, top) if agentless and _agentless else None
            if patient is None:
                continue  # no agent named: nothing an analyst can attribute
            subject = None
        else:
            if names_a_kind(agent) and simple_present(conjunct_root(verb)):
                continue  # "A red notice doesn't force countries …": a statement about a kind
            if agent.i in hidden:
                agent = hidden[agent.i][0]  # "Trump ordered … and hinted at …": the repaired verb's subject
            agent = possessor_of_place(agent, index, sentences) or agent
            subject = names.who(agent)
        reported_by = None
        if governor is None and (reporter := _reporting_child(top)) is not None:
            governor = reporter  # "State prosecutors charged the suspect …, they said Sunday."
        if governor is not None:
            if governor.lemma_.lower() not in REPORTING_VERBS or (
                    governor.lemma_.lower() not in ADDRESSEE_VERBS and any(
                        c.dep_ == "dobj" and c.pos_ != "PRON" and c.ent_type_ not in NAMED_LABELS
                        for c in governor.children)):
                # Content of "make", "let", "ensure" (a result or a goal), or a misparse
                # ("has claimed tens of thousands of lives, displaced millions"): not a fact.
                continue
            claimer, _ = _agent(governor)
            reported_by = names.who(claimer) if claimer is not None else None
            if reported_by is None and claimer is not None and claimer.lower_ in ("they", "it") and governor.i > verb.i:
                reported_by = subject  # "…, they said": the actors reporting their own act
            if reported_by is None:
                continue  # a claim whose claimant is unknown is no fact either
            if agent is None:
                pass
            elif agent.lower_ in PERSON_PRONOUNS and (owner := _owner(claimer, names)) is not None:
                subject = owner  # "Senator Klobuchar's campaign said she was ending her bid"
            if subject is None and agent is not None and agent.lower_ in ("it", "they") and claimer.pos_ != "PRON" \
                    and claimer.ent_type_ not in ("PERSON", ""):
                subject = reported_by  # "Moscow announced it would end …": a body speaking of itself
        if patient is None and (not subject or not any(ch.isalnum() for ch in subject)):
            continue  # no one, or a misparse ("#" of a hashtag in quotation marks)
        if reported_by is None:
            source = _according_to(verb, sentences.of(verb), marks)
            if source is not None:
                reported_by = names.who(source)
        modality, neg = modality_of(verb), negated(verb)
        if planned:
            modality, neg = modality or modality_of(verb.head) or "will", neg or negated(verb.head)
        if able:  # "was unable to reach", "could not be able to …": the frame's marks are the event's
            modality = modality or modality_of(verb.head.head)
            neg = neg or verb.head.lower_ == "unable" or negated(verb.head.head)
        if raised is not None:  # "was not expected to leave": the raising verb's marks are the event's
            modality = modality or modality_of(raised) or ("will" if raised.lemma_.lower() == "expect" else None)
            neg = neg or negated(raised)
        if inherited:  # "could meet Putin … and discuss …": the first conjunct's auxiliaries
            first = conjunct_root(verb)
            modality = modality or modality_of(first)
            neg = neg or negated(first)
        obj_token = _object_token(verb, lemma) if patient is None else patient
        if obj_token is None and after:  # the one the act was done to is the clause's subject
            obj_token = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None)
        obj = names.who(obj_token) if obj_token is not None else None
        if obj is not None and obj == subject and obj_token.lower_ in PERSON_PRONOUNS:
            # "Sirhan shot him": a plain (not reflexive) object pronoun is never its clause's subject
            obj = names.resolver.person_before(obj_token.i, gender=PERSON_PRONOUNS[obj_token.lower_], exclude=subject)
        sent = sentences.of(verb)
        parts = [verb] + [t for t in (agent, obj_token) if t is not None and sent.start <= t.i < sent.end]
        first_token = min(parts, key=lambda t: t.i)
        last_token = max((t if t is verb else t.right_edge for t in parts), key=lambda t: t.i)
        last_token = min(last_token, sent[-1], key=lambda t: t.i)
        start = first_token.idx if first_token is verb else min(first_token.left_edge.idx, first_token.idx)
        start = max(start, sent.start_char)
        # Only the verb's own clause dates it: a conjunct has its own time or none ("met … in
        # 2021 and spoke …"), and another clause's date is not this one's.
        yield Event(subject, lemma, obj, neg, modality, reported_by, verb.i in inside, _kind(verb, lemma),
                    dated.get(verb.i, dated.get(raised.i) if raised is not None else
                              dated.get(verb.head.i) if planned else dated.get(verb.head.head.i) if able else None),
                    start, last_token.idx + len(last_token), sent.start_char, sent.end_char)
