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

Subjects are the agent: passives turned back ("was confirmed by the Senate" → Senate),
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

from toolkit.nlp.clauses import CONDITIONS, according_to, clause_head, conjunct_root, inherits, modality_of, negated
from toolkit.nlp.actors import Actors, Sentences, clean_phrase, possessor_of_place
from toolkit.nlp.entities import EntityIndex
from toolkit.nlp.lexicon import SPEECH_VERBS
from toolkit.nlp.mistags import hidden_verbs, verb_lemma
from toolkit.nlp.quotes import quoted_tokens
from toolkit.nlp.syntax import NAMED_LABELS, PersonResolver

# Predicates that are no event of their own: copulas and light verbs, and the verbs that only
# introduce what someone said or wrote (their content is the event, reported by the speaker).
STOP_VERBS = frozenset(
    """be have seem appear become remain look sound feel do get let say tell add state explain remark comment
    reply respond quote mean include report refer denote""".split()
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
REPORTING_VERBS = SPEECH_VERBS | COGNITION_VERBS | frozenset({"report", "write", "announce", "speak"})
_EVENT_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_OBJECT_DEPS = ("dobj", "attr", "dative", "oprd")
_TIME_LABELS = ("DATE", "TIME")
_PARTICLES = frozenset({"up", "down", "off", "out", "back", "over", "away"})


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
    for child in verb.children:
        if child.dep_ in _OBJECT_DEPS and child.ent_type_ not in _TIME_LABELS:
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
    current = verb
    for _ in range(6):
        own = [c for c in current.children if c.dep_ in _SUBJECT_DEPS]
        # "he can and may declare": the parser may hang the subject on the auxiliary.
        own += [g for c in current.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ in _SUBJECT_DEPS]
        # Two subjects are a misparse of a parenthesis ("According to the mayor, Dee Margo, …,
        # police were investigating"): the one nearest before the verb is the verb's.
        own.sort(key=lambda c: (c.i > current.i, abs(current.i - c.i)))
        if own:
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
        if current.dep_ == "conj" and current.head.i != current.i:
            current = current.head
            continue
        # A participle clause borrows its head's subject ("…, citing U.S. deployments").
        if current.dep_ in ("advcl", "xcomp") and current.tag_ == "VBG" and current.head.i != current.i:
            current = current.head
            if current.dep_ == "ccomp":
                # "cautioned that the timeline remains uncertain, calling the process “long”":
                # a participle after reported content goes with the reporting clause.
                current = current.head
            continue
        if current.dep_ == "xcomp" and current.head.lemma_ in ASPECT_VERBS:
            current = current.head
            continue
        break
    return None, False


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
        elif current.dep_ == "xcomp" and current.head.lemma_ in ASPECT_VERBS:
            current = current.head
        else:
            break
    if current.dep_ in ("ccomp", "parataxis") and current.head.i != current.i and current.head.pos_ in ("VERB", "AUX"):
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


def _is_event_clause(verb: Token, top: Token, marks: _Marks) -> bool:
    infinitive, condition = marks.infinitive, marks.condition
    if (verb.i in infinitive or top.i in infinitive) and not (verb.dep_ == "xcomp" and verb.head.lemma_ in ASPECT_VERBS):
        return False  # a goal or a purpose, not something that happened
    if top.dep_ not in _EVENT_DEPS or top.i in condition or verb.i in condition:
        return False
    if top.dep_ == "relcl" and (not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in top.children)
                                or any(t.lower_ in ("where", "when", "why") and t.i < top.i for t in top.subtree)):
        return False  # "where the shooting happened": a description of a place or time, not news
    if top.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in top.children) \
            and top.lemma_.lower() in REPORTING_VERBS:
        return False  # "as reported by …": a comment on the report
    # Inside a condition or a goal higher up ("to see if a meeting could mark …").
    current = top
    for _ in range(12):
        if current.head.i == current.i:
            return True
        if current.dep_ in ("xcomp", "acl", "pcomp", "csubj") or current.i in condition or \
                (current.i in infinitive and current.head.lemma_ not in ASPECT_VERBS):
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
        if sent.start <= i < sent.end and i + 1 < len(doc) and doc[i + 1].lower_ == "to":
            objects = [g for g in doc[i + 1].children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
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
    return Event(names.who(subject), verb_lemma(verb.text) or verb.lower_, clean_phrase(obj) if obj is not None else None,
                 False, None, names.who(source) if source is not None else None, verb.i in inside, "action",
                 dated.get(sent.root.i), subject.idx, end_token.idx + len(end_token), sent.start_char, sent.end_char)


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
        rank = ("\n" in between.text, abs(span.root.i - head.i))
        if head.i not in best or rank < best[head.i][0]:
            best[head.i] = (rank, date)
    return {i: date for i, (_, date) in best.items()}


# --------------------------------------------------------------------------- the extractor

def events(doc: Doc, *, index: EntityIndex, resolver: PersonResolver | None = None,
           times: Iterable[tuple[int, int, str | None]] = (), inside: set[int] | None = None,
           stop: frozenset[str] = STOP_VERBS) -> Iterator[Event]:
    """Yield the events of a parsed document.

    Args:
        doc: a parsed spaCy ``Doc``.
        index: the set's entity index, so that subjects and objects use canonical names.
        resolver: finds the person a pronoun stands for (made from ``doc`` when not given).
        times: resolved time expressions ``(start, end, date)`` in ``doc.text``: an event is
            dated by the one in its own clause, never by another clause of its sentence.
        inside: indices of the tokens inside quotation marks (computed when not given).
        stop: lemmas that are never events of their own.

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
        if lemma.split()[0] in ASPECT_VERBS and any(c.dep_ == "xcomp" for c in verb.children):
            continue  # the verb it governs is the event
        if lemma == "go" and any(c.dep_ == "xcomp" and c.i in marks.infinitive for c in verb.children):
            continue  # "is going to …": a future, carried by the verb after it
        top, governor = _clause_top(verb)
        if not _is_event_clause(verb, top, marks):
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
        if agent is None:
            continue  # no agent named: nothing an analyst can attribute
        if agent.i in hidden:
            agent = hidden[agent.i][0]  # "Trump ordered … and hinted at …": the repaired verb's subject
        agent = possessor_of_place(agent, index, sentences) or agent
        subject = names.who(agent)
        reported_by = None
        if governor is None and (reporter := _reporting_child(top)) is not None:
            governor = reporter  # "State prosecutors charged the suspect …, they said Sunday."
        if governor is not None:
            if governor.lemma_.lower() not in REPORTING_VERBS or any(
                    c.dep_ == "dobj" and c.pos_ != "PRON" and c.ent_type_ not in NAMED_LABELS for c in governor.children):
                # Content of "make", "let", "ensure" (a result or a goal), or a misparse
                # ("has claimed tens of thousands of lives, displaced millions"): not a fact.
                continue
            claimer, _ = _agent(governor)
            reported_by = names.who(claimer) if claimer is not None else None
            if reported_by is None and claimer is not None and claimer.lower_ in ("they", "it") and governor.i > verb.i:
                reported_by = subject  # "…, they said": the actors reporting their own act
            if reported_by is None:
                continue  # a claim whose claimant is unknown is no fact either
            if subject is None and agent.lower_ in ("it", "they") and claimer.pos_ != "PRON" \
                    and claimer.ent_type_ not in ("PERSON", ""):
                subject = reported_by  # "Moscow announced it would end …": a body speaking of itself
        if not subject:
            continue
        if reported_by is None:
            source = _according_to(verb, sentences.of(verb), marks)
            if source is not None:
                reported_by = names.who(source)
        modality, neg = modality_of(verb), negated(verb)
        if inherited:  # "could meet Putin … and discuss …": the first conjunct's auxiliaries
            first = conjunct_root(verb)
            modality = modality or modality_of(first)
            neg = neg or negated(first)
        obj_token = _object_token(verb, lemma)
        obj = names.who(obj_token) if obj_token is not None else None
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
                    dated.get(verb.i),
                    start, last_token.idx + len(last_token), sent.start_char, sent.end_char)
