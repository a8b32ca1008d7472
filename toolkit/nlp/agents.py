"""The agent of a predicate: the token that names who acts.

A clause's grammatical subject is its agent only in the plain active case. Passives name the
agent after "by" ("was confirmed by the Senate") or not at all; a conjunct, a participle or a
verb under an aspect or "be to" borrows its subject from the verb above it; and the small
model misparses some subjects in ways news sentences make common: a subject after "after"
taken for a preposition's object, a list after "including" taken for a second subject, a
place in apposition read as one, a name that ends a thing's phrase ("the roof of … in French
capital Paris") read as a second subject, the year of a date written "May, 2018" read as the
subject of the verb after it ("the Agency when announcing the arrest in May, 2018 identified him":
a number inside a date is no one who acts, and the clause's true subject is lost to the parse, so
the verb has no agent).

A participle of time ("when building …", "while waiting …") borrows the subject of the clause it
hangs on, except when that clause is a copula with a thing for subject: "Attention to detail,
demanding schedules, and multi-tasking are everyday realities when building towards success"
tells what the realities are when one builds; the attention builds nothing, and the participle's
doer is left unsaid (a "dangling" participle of generic reference), so it has no agent.

Example:
    >>> agent_of(doc[5])  # doctest: +SKIP
    (Senate, False)
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.charge_participles import charged_in_passing
from toolkit.nlp.result_infinitives import result_infinitive
from toolkit.nlp.noun_phrases import QUOTE_MARKS
from toolkit.nlp.descriptions import names_a_thing
from toolkit.nlp.clauses import (able_to, agent_phrase, comma_joined, is_infinitive, names_a_measure,
                                 past_joined_to_infinitive)
from toolkit.nlp.negation import negated
from toolkit.nlp.lexicon import CLAUSE_SUBORDINATORS, SPEECH_VERBS
from toolkit.nlp.margins import margin_run_into_gap
from toolkit.nlp.means import names_a_means
from toolkit.nlp.participles import joined_to_copula
from toolkit.nlp.perception import seen_doer
from toolkit.nlp.shared_titles import bare_post
from toolkit.nlp.tail_participles import content_before_report
from toolkit.nlp.predicates import (SUBJECT_DEPS, active_voice, fronted, place_apposition, raised_under,
                                    under_aspect)

# Prepositions that open a list of members of the noun before them ("officials including …").
_LISTING = frozenset({"including", "like"})
# Marks that open a clause or a quotation, never found inside a list of subjects.
_CLAUSE_BREAKS = frozenset({":", ";", "“", "”", '"'})


def _last_of_list(subject: Token, subjects: list[Token]) -> bool:
    """Whether a subject comes right after an "and" or "or" that the parser hung on another
    subject before it: the last item of that subject's list, misparsed as a second subject."""
    first = subject.left_edge
    if first.i == 0:
        return False
    joiner = subject.doc[first.i - 1]
    if joiner.dep_ != "cc" or joiner.lower_ not in ("and", "or") or joiner.head.i == subject.i:
        return False
    other = next((o for o in subjects if o.i == joiner.head.i and o.i < subject.i), None)
    if other is None or bare_post(other):
        # "Conservative Party leader and Prime Minister Boris Johnson said": two posts of the
        # one person the name gives, not a list the post heads
        return False
    # A clause or a quotation between them makes the "and" join clauses, not a list's items
    # ("Rep. Michael McCaul: “… led to a world on fire, and President Trump is working …”").
    between = subject.doc[other.i + 1:joiner.i]
    return not any(t.pos_ in ("VERB", "AUX") or t.text in _CLAUSE_BREAKS for t in between)


def _ends_phrase_of(name: Token, subjects: list[Token]) -> bool:
    """Whether a proper-noun subject stands right after the phrase of another subject that
    names a thing, with nothing between them (see :func:`agent_of`). After a person's or a
    body's noun the name is who acts ("speaker of the parliament Ali Larijani wrote", "The news
    agency AFP has placed …")."""
    return name.pos_ == "PROPN" and name.left_edge.i > 0 and any(
        other.i < name.i and other.right_edge.i == name.left_edge.i - 1 and names_a_thing(other)
        for other in subjects if other is not name)


def _in_apposition(noun: Token, subjects: list[Token], verb: Token) -> bool:
    """Whether a subject stands inside the parenthesis of another subject's apposition, closed by a comma right
    before the verb ("Abbas, a refugee himself from what is today the northern Israeli city of Safed, called …"): the
    parser took a noun of the parenthesis for a second subject."""
    first = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i > noun.i] + [verb.i])
    closed = first > 0 and verb.doc[first - 1].text == ","
    return closed and any(other.i < noun.i and any(c.dep_ == "appos" and c.i < noun.i for c in other.children)
                          for other in subjects if other is not noun)


def _country_after(place: Token, subjects: list[Token]) -> bool:
    """Whether a place subject stands after a comma that closes another subject's phrase on a proper
    noun: the "Country" of "Place, Country", though the tagger gave the place before no label ("the
    Olympiad … for the prize of the Governor of Tyumen Oblast, Russia took place")."""
    first = place.left_edge.i
    return place.ent_type_ in ("GPE", "LOC") and first >= 2 and place.doc[first - 1].text == "," \
        and place.doc[first - 2].pos_ == "PROPN" \
        and any(other.i < place.i and other.right_edge.i == first - 2 for other in subjects if other is not place)


def _joined_past(subject: Token, verb: Token) -> Token | None:
    """The subject a verb borrows when the "subject" the parser gave it ends in a coordinator right
    before the verb ("Wikinews has contacted … seeking to clarify, among other things, the date of the
    disappearance and is awaiting a response"): English puts no "and" between a subject and its verb,
    so the noun closes the clause before and the verb is joined to that clause, whose subject (the
    nearest verb before the noun, climbed to a verb with a subject) acts; None when no verb stands
    before the noun in its sentence."""
    doc = subject.doc
    last = subject.right_edge
    if last.dep_ != "cc" or last.head.i != subject.i or any(c.dep_ == "conj" for c in subject.children):
        return None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is None or not (after.i == verb.i or (after.head.i == verb.i and after.dep_ in ("aux", "auxpass", "neg"))):
        return None
    start = subject.sent.start
    before = next((doc[i] for i in range(subject.left_edge.i - 1, start - 1, -1) if doc[i].pos_ == "VERB"), None)
    for _ in range(8):
        if before is None:
            return None
        found = next((c for c in before.children if c.dep_ == "nsubj"), None)
        if found is not None:
            return found
        before = before.head if before.head.i != before.i else None
    return None


def _inside_a_date(subject: Token) -> bool:
    """Whether a subject is a number that continues a date begun before it (the year of "May, 2018")."""
    return subject.pos_ == "NUM" and subject.ent_type_ == "DATE" and subject.ent_iob_ == "I"


# Subordinators of time that open a participle clause ("when building", "while waiting").
_TIME_SUBORDINATORS = frozenset({"when", "while", "whilst"})


def _dangles_on_copula(participle: Token) -> bool:
    """Whether a participle of time hangs on a copula whose subject is a thing (see the module)."""
    if not any(c.lower_ in _TIME_SUBORDINATORS and c.dep_ in ("advmod", "mark") and c.i < participle.i
               for c in participle.children):
        return False
    head = participle.head
    if head.lemma_ != "be" or not any(c.dep_ in ("attr", "acomp") for c in head.children):
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subject is not None and names_a_thing(subject)


def agent_of(verb: Token) -> tuple[Token | None, bool]:
    """The token naming who acts, and whether the verb is passive without an agent.

    The verb's own subject, else that of the clause it hangs on: a conjunct, a participle or an
    aspect verb borrows its head's subject, climbing at most six clauses up.
    """
    if comma_joined(verb):  # "has claimed … lives, displaced millions": the first verb's subject
        verb = verb.head
    by = agent_phrase(verb)  # "was occupied by Israel", also in a conjunct without a subject of its own
    if by is not None:
        return by, False
    if charged_in_passing(verb) is not None:
        return None, True  # "a son accused of killing his mother": no one named accused him (charge_participles.py)
    if result_infinitive(verb):
        return agent_of(verb.head)  # "Klitschko stopped Thompson … to retain his titles" (result_infinitives.py)
    seen = seen_doer(verb)
    if seen is not None:  # "Video captured Trump wearing a mask": Trump wears it
        return seen, False
    raised = raised_under(verb)
    if raised is not None:  # "A bombing was reported to have killed …": the bombing kills
        if any(c.dep_ == "auxpass" for c in verb.children):
            return None, True  # "Patel is expected to be sworn in …": a passive infinitive; Patel is sworn in
        return next(c for c in raised.children if c.dep_ == "nsubjpass"), False
    relative = _relative_before_result(verb)
    if relative is not None:  # "the Boeing 787 that crashed …, killing 241 people": the plane kills them
        return relative, False
    current = verb
    for _ in range(6):
        own = _own_subjects(current)
        if len(own) == 1 and own[0].i < current.i and (joined := _joined_past(own[0], current)) is not None:
            return joined, False  # "…, the date of the disappearance and is awaiting a response": Wikinews awaits
        own = _one_subject_first(own, current)
        if own:
            return _agent_of_subject(verb, current, own[0])
        unparsed = _subject_parsed_elsewhere(current)
        if unparsed is not None:
            return unparsed, False
        current, settled = _clause_above(current, verb)
        if settled is not None:
            return settled
        if current is None:
            break
    return None, False


def _own_subjects(current: Token) -> list[Token]:
    """The subjects hung on a verb (or on its auxiliary), the nearest before it first."""
    children = list(current.children)  # (walked once: each child is made a Token anew)
    own = [c for c in children if c.dep_ in SUBJECT_DEPS]
    # "he can and may declare": the parser may hang the subject on the auxiliary.
    own += [g for c in children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ in SUBJECT_DEPS]
    # Two subjects are a misparse of a parenthesis ("According to the mayor, Dee Margo, …,
    # police were investigating"): the one nearest before the verb is the verb's.
    own.sort(key=lambda c: (c.i > current.i, abs(current.i - c.i)))
    return own


def _one_subject_first(own: list[Token], current: Token) -> list[Token]:
    """A verb's subjects with the misparsed second ones dropped or put after the verb's own."""
    if len(own) > 1:  # "a plane in Nevada, United States crashed": the place's apposition is no subject
        own = [c for c in own if not place_apposition(c) and not _country_after(c, own)] or own
    elif own and current.tag_ == "VBG" and current.dep_ == "advcl" and current.i > current.head.i \
            and own[0].i < current.i and place_apposition(own[0]):
        # "was en-route from Dubai, UAE making its second attempt": the country of "City, Country"
        # is the place's, not the subject of the participle after it, which borrows its head's
        own = []
    if len(own) > 1:
        # "The roof of Notre Dame cathedral in French capital Paris caught fire": a name right
        # after another subject's phrase, with no comma between, ends that phrase (a close
        # apposition, "the French capital Paris"), misparsed as a second subject
        own = [c for c in own if not _ends_phrase_of(c, own)] or own
    if len(own) > 1:
        own = [c for c in own if not _in_apposition(c, own, current)] or own
    if len(own) > 1:
        # "President Trump himself, his wife Melania, and son Barron all tested positive",
        # "Representatives from the UAE, Bahrain, and Israel held": the parser hangs a list's
        # "and" on the first subject and makes the last item a second subject; the first heads
        own = [c for c in own if not _last_of_list(c, own)] or own
    if len(own) > 1:
        # "officials including X and … Y had contracted it": the list "including" opens is
        # part of the first subject, misparsed as a second one
        listing = [c for c in own if any(p.dep_ == "prep" and p.lower_ in _LISTING and p.i < own[0].i
                                         for p in c.children)]
        own = listing[:1] + [c for c in own if c not in listing[:1]]
    return own


def _agent_of_subject(verb: Token, current: Token, subject: Token) -> tuple[Token | None, bool]:
    """Who acts, given the subject of the clause ``current`` that the verb takes its subject from."""
    if _inside_a_date(subject):
        return None, False  # "… in May, 2018 identified him": the year read as the subject
    if current is not verb and any(c.dep_ == "auxpass" for c in verb.children):
        return None, True  # "attempted to aid …, and was later hospitalized": a passive conjunct
    if current.i == verb.head.i != verb.i and joined_to_copula(verb):
        return None, True  # "were ready … and immediately displayed": the copula's "be" makes it passive
    if current is not verb and subject.dep_ == "nsubjpass" and subject.pos_ in ("NOUN", "PROPN", "PRON", "NUM") \
            and active_voice(verb):
        # "The children were banned from washing … and could not use the toilet": an
        # active conjunct's subject is the passive one's patient.
        return subject, False
    if subject.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in current.children):
        for c in current.children:  # "was confirmed by the Senate"
            if c.dep_ == "agent":
                objects = [g for g in c.children if g.dep_ == "pobj" and not names_a_measure(g)
                           and not names_a_means(g) and not margin_run_into_gap(g)]
                if objects:
                    return objects[0], False
        return None, True
    return subject, False


# Verbs of harm and of what an event leaves behind, whose participle after a comma tells a result of the event just
# told ("…, killing 241 people", "…, leaving thousands without power").
_RESULT_VERBS = frozenset("kill injure wound leave destroy damage displace force trigger spark".split())


def _relative_before_result(verb: Token) -> Token | None:
    """The noun a relative clause tells of, when a participle of result follows that clause after a comma: in
    "recovered the recorder of the Boeing 787 that crashed in Ahmedabad last week, killing 241 people" the parser
    hangs "killing" on the main verb ("investigators … killing"), but English sets a participle of result right
    after the clause whose event has that result, and the relative clause's event is the crash."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.lemma_.lower() not in _RESULT_VERBS or verb.i < 2:
        return None
    doc = verb.doc
    if doc[verb.i - 1].text != "," or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    clause = doc[verb.i - 2]
    while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.i > verb.head.i:
        clause = clause.head
    if clause.dep_ != "relcl" or not verb.head.i < clause.i < verb.i or clause.right_edge.i != verb.i - 2:
        return None
    antecedent = clause.head
    return antecedent if antecedent.pos_ in ("NOUN", "PROPN") else None


def _subject_parsed_elsewhere(current: Token) -> Token | None:
    """A clause's subject the parser hung elsewhere: a relative clause's noun, a name under "after"."""
    if current.dep_ == "relcl":  # "a man who …" without a pronoun
        return current.head
    if (current.dep_ == "ROOT" and current.lemma_.lower() in SPEECH_VERBS and current.i >= 2
            and current.doc[current.i - 1].text == "," and current.doc[current.i - 2].ent_type_ == "PERSON"
            and current.doc[current.i - 2].pos_ == "PROPN"
            and not any(c.dep_ in SUBJECT_DEPS for c in current.children)):
        # "… killed at least 31 people in Kyiv overnight, including five children, the head of Kyiv's military
        # administration, Tymur Tkachenko, said.": the parser hangs the speaker's title and name on the report as
        # appositions; the name right before the last comma is who said it
        return current.doc[current.i - 2]
    if (fronted_name := _name_after_fronted_time(current)) is not None:
        return fronted_name  # "On Friday Ford Motor Company announced …": the name parsed into the time's phrase
    for mark in current.children:  # "after Theresa May stepped down": the name parsed under "after"
        if mark.dep_ == "mark" and mark.i < current.i:
            named = [g for g in mark.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]
            if named:
                return named[0]
    if current.dep_ == "advcl" and current.tag_ in ("VBD", "VBZ", "VBP"):
        # "after one of their daughters, aged 17, escaped": the subject parsed as the object
        # of the subordinator, taken for a preposition of the main verb.
        for prep in current.head.children:
            if prep.dep_ == "prep" and prep.i < current.i and prep.lower_ in CLAUSE_SUBORDINATORS \
                    and prep.right_edge.i < current.i \
                    and all(t.is_punct for t in current.doc[prep.right_edge.i + 1:current.i]):
                named = [g for g in prep.children
                         if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN", "NUM", "PRON")]
                if named:
                    return named[0]
    return None


# Entity labels of those who act, which a time's phrase never ends in.
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _name_after_fronted_time(current: Token) -> Token | None:
    """The name that follows a fronted time with no comma, when the parser ran the two into one phrase under the
    time's preposition ("On Friday Ford Motor Company announced …": "Friday Ford Motor Company" the object of
    "On"): a phrase that begins with a date and ends in a name of someone who acts, right before a verb with no
    subject, is the time and then the verb's subject."""
    for prep in current.children:
        if prep.i > current.i:
            break
        if prep.dep_ != "prep":
            continue
        name = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if name is None or name.pos_ != "PROPN" or name.ent_type_ not in _ACTOR_LABELS:
            continue
        first = name.left_edge
        if first.i == prep.i + 1 and first.ent_type_ in ("DATE", "TIME") and name.right_edge.i < current.i \
                and all(t.dep_ in ("aux", "neg", "advmod") for t in current.doc[name.right_edge.i + 1:current.i]):
            return name
    return None


def _clause_above(current: Token, verb: Token) -> tuple[Token | None, tuple[Token | None, bool] | None]:
    """The clause whose subject a clause without one borrows, and the answer when the climb itself
    settles it (a passive conjunct, a participle on a copula of a thing); ``(None, None)`` to stop."""
    if past_joined_to_infinitive(current):
        return current.head.head, None  # "urged the embassy to reconsider and spoke with …"
    if current.dep_ == "conj" and current.head.i != current.i:
        if current.tag_ == "VBN" and current.head.tag_ == "VBN" and not active_voice(current) \
                and any(c.dep_ == "auxpass" for c in current.head.children):
            # "peace is … earned through sacrifice, defended with strength": a bare participle
            # joined to a passive shares its "is", also when that passive has no subject of its own
            return None, (None, True)
        return current.head, None
    # A participle clause borrows its head's subject ("…, citing U.S. deployments").
    if current.dep_ in ("advcl", "xcomp") and current.tag_ == "VBG" and current.head.i != current.i:
        if _dangles_on_copula(current):
            return None, (None, False)  # "… are everyday realities when building towards success": no one named
        participle = current
        current = current.head
        if (reported := content_before_report(current, participle)) is not None:
            return reported, None  # "The storm hit the coast, officials said, killing 12": the storm kills
        if current.dep_ == "ccomp" and not fronted(current) and (
                participle.lemma_.lower() in SPEECH_VERBS or negated(current)
                or any(t.text in QUOTE_MARKS for t in verb.doc[current.i:participle.i])):
            # "cautioned that the timeline remains uncertain, calling the process “long”",
            # "said, “…”, while addressing the press": a participle of speaking, or one after
            # a quotation, goes with the reporting clause; another stays in the content
            # ("said a fruit had exploded, damaging her jaw"); what did not happen does
            # nothing, so a participle after a negated content clause is the reporter's act
            # ("decided their actions did not qualify, reversing the convictions").
            current = current.head
        return current, None
    if under_aspect(current):
        return current.head, None
    if current.dep_ == "xcomp" and current.head.lemma_ == "be" and is_infinitive(current):
        return current.head, None  # "the debate is to involve testing"
    if able_to(current):
        return current.head.head, None  # "police were able to determine …"
    return None, None
