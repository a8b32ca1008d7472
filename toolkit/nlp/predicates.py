"""Which predicates are events: the verb classes and the tests of clause structure.

:func:`toolkit.nlp.events.events` asks these of every verb of a parsed sentence. The verb
classes name what English treats as no event of its own (copulas, light verbs, "said" with
only a quotation), what reports or claims (its content is the event, reported by the
speaker), what states a position and what only marks aspect ("continues to call for …"). The
tests read the dependency parse: whether a clause is a goal or a condition, a description that
sets the scene, a raised or fronted clause, a passive whose patient is the news, and which
verb heads the clause a verb belongs to. All are rules of English clause structure, not of
one publisher.

Example:
    >>> marks = ClauseMarks(doc)                                        # doctest: +SKIP
    >>> top, governor = clause_top(verb)
    >>> is_event_clause(verb, top, marks)
    True
"""

from __future__ import annotations

from collections.abc import Container

import numpy as np
from spacy.attrs import DEP, HEAD, LOWER, TAG
from spacy.tokens import Doc, Token

from toolkit.nlp.charge_participles import charged_in_passing
from toolkit.nlp.clause_series import opens_series
from toolkit.nlp.clauses import (CONDITIONS, MODALS, TIME_MARKS, a_person_acted, able_to, claimed_past, clause_head,
                                 comma_joined, conjunct_root, finite, gerund_joined_to_finite, is_infinitive, marked_by,
                                 names_a_kind, passive_subject, simple_present, someone_named)
from toolkit.nlp.courses import begins_doing
from toolkit.nlp.feats import becomes_the_first
from toolkit.nlp.headline_infinitives import headline_infinitive
from toolkit.nlp.headlines import in_headline
from toolkit.nlp.inversions import INVERTING, PHRASE_ENDS, inverted_condition, phrasal_condition
from toolkit.nlp.lexicon import LAW_ACCUSING_VERBS, SPEECH_VERBS
from toolkit.nlp.lookups import among, token_column
from toolkit.nlp.passive_forms import confers, modal_passive
from toolkit.nlp.past_forms import no_participle, past_tense_only
from toolkit.nlp.perception import perceived_clause
from toolkit.nlp.pronoun_antecedents import person_noun
from toolkit.nlp.quoted_frames import quoted_as_saying
from toolkit.nlp.result_infinitives import result_infinitive
from toolkit.nlp.reporters import bare_participle, content_governor, spliced
from toolkit.nlp.seeming import SEEMING_VERBS, seen_in_progress, unreal_comparisons
from toolkit.nlp.becoming import thing_comes_to
from toolkit.nlp.small_clauses import small_clause_participle
from toolkit.nlp.absolutes import acting_group
from toolkit.nlp.relative_acts import counted_relative
from toolkit.nlp.report_frames import absolute_reporter
from toolkit.nlp.tail_participles import content_before_report
from toolkit.nlp.verb_classes import (ASPECT_VERBS, CLAIM_VERBS, COGNITION_VERBS, DEPICTION_VERBS, PHASE_VERBS,
                                      PLANNING_VERBS, POSITION_VERBS, RAISING_VERBS, REPORTING_VERBS, RESULT_VERBS,
                                      VIEW_VERBS)

# A stop verb that is an act with a noun object: "reported 36 infections" (a count reported,
# not a clause).
_REPORTED_NOUN = frozenset({"report"})

EVENT_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis"})

SUBJECT_DEPS = ("nsubj", "nsubjpass")

# Personal pronouns: a subject that stands for someone named before.
_PERSONAL = frozenset({"he", "she", "they", "we", "i"})

# Forms of "be" before a present participle: the progressive.
_PROGRESSIVE = frozenset({"is", "are", "am", "was", "were", "been", "being"})


# Verbs of the stop list that are copulas or raising verbs only with a complement ("appeared to
# be", "appears unlikely"); with none they are acts of their own ("The SARS-like virus first
# appeared in December", "Broadcast of the speech appeared on a screen").
_COPULA_OR_ACT = frozenset({"appear"})

# Dependents that make such a verb a copula or a frame: a predicate, a clause, an infinitive.
_COMPLEMENTS = frozenset({"xcomp", "acomp", "attr", "ccomp", "oprd", "dobj", "expl"})


def stop_verb_as_act(verb: Token, lemma: str) -> bool:
    """A verb of the stop list that is an act here: "report" with a noun object and no clause
    ("officials reported 36 infections", "reported one more case": what is reported is a
    count, and reporting it is the news); "appear" with no complement and a subject that is
    not "it" ("Reported cases also appeared in Thailand"); "look for" and "look into", a search; "refer to … as …"
    in the active, a naming (:func:`_names_as`); "became the first … to …", a feat (:mod:`toolkit.nlp.feats`)."""
    if lemma in _COPULA_OR_ACT:
        return not any(c.dep_ in _COMPLEMENTS or (c.dep_ == "nsubj" and c.lower_ == "it") for c in verb.children)
    if lemma.split()[0] == "look":
        # "looked for the same strains in sewage", "is looking into the matter": a search, an act; "looks like",
        # "looks good", "look forward to", "looked at" (a glance or a study, told as a state) stay no event
        children = list(verb.children)
        return any(c.dep_ == "prep" and c.lower_ in ("for", "into") and c.i == verb.i + 1 for c in children) \
            and not any(c.dep_ in _COMPLEMENTS or c.dep_ == "advmod" and c.lower_ == "forward" for c in children)
    if lemma.split()[0] == "refer":
        return _names_as(verb)
    if lemma == "become":
        return becomes_the_first(verb)
    if lemma.split()[0] not in _REPORTED_NOUN:
        return False
    children = list(verb.children)
    if any(c.dep_ == "auxpass" for c in children) and any(c.dep_ == "nsubjpass" and denied_thing(c) for c in children):
        return True  # "No injuries were reported": that none were is the news, told as a negated row
    if not finite(verb) or any(c.dep_ in ("ccomp", "xcomp", "parataxis", "advcl") for c in children):
        return False  # ("Amongst reported incidents": an adjective; "reported inventing …": a clause)
    objects = [c for c in children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM")]
    # "reported the coating repels bacteria": a tensed verb after the noun makes it the clause's subject
    return bool(objects) and not any(g.dep_ in ("relcl", "acl") and g.tag_ in ("VBZ", "VBP", "VBD")
                                     and not any(r.tag_ in ("WDT", "WP") for r in g.children)
                                     for g in objects[0].children)


def _names_as(verb: Token) -> bool:
    """Whether "refer" has a subject of its own, "to" and "as" ("Trump referred to the riots as acts of "domestic
    terror"", "the House's decision, which Ross has referred to as "gamesmanship""): someone called a thing so, a
    speech act as "called" is. The passive ("is often referred to as …") is how a thing is known, and "refer" with
    no "as" ("referred to the report", "referred the case to …") points or passes on, as the stop list has it."""
    children = list(verb.children)
    return any(c.dep_ == "nsubj" for c in children) and not any(c.dep_ == "auxpass" for c in children) \
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in children) \
        and any(c.dep_ == "prep" and c.lower_ == "as" for c in children)


def fronted(clause: Token) -> bool:
    """"The bus overturned, …; a fifth vehicle was unable …": two clauses joined by a semicolon
    that the parser hung one on the other as content; reported content before its reporting
    verb is set off by a comma, never by a semicolon."""
    head = clause.head
    # the semicolon may hang inside the clause's own span ("… died in the attack; twenty more
    # were injured", with "died" parsed as the content of "injured")
    # A dash sets off a second sentence too when the verb after it reports nothing: "Navarro outlined why the
    # tariffs are about far more than just trade — they’re a fight for the survival of …" (no verb but one of
    # saying or thinking takes content, and content before such a verb is set off by a comma); but not a
    # sentence broken off at the dash, as speech is ("We are going to — if it’s India …", "The energy went —
    # they took …", "they’ll spend five mil- —"), whose last word leaves its phrase open
    marks = (";", ":") if head.lemma_.lower() in REPORTING_VERBS else (";", ":", "—", "–", "--")
    doc = clause.doc
    return clause.dep_ in ("ccomp", "parataxis") and clause.i < head.i \
        and any(t.text in marks and (t.i >= clause.right_edge.i or t.head.i in (clause.i, head.i))
                and (t.text in (";", ":") or _closes_a_phrase(doc[t.i - 1]))
                for t in doc[clause.i:head.i])


# Parts of speech a phrase can end on: a noun, a pronoun, a number, an adjective or adverb; a particle ("moved on").
_PHRASE_ENDS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ", "ADV"})


def _closes_a_phrase(word: Token) -> bool:
    """Whether the word before a dash may end a finished clause: not a verb, an auxiliary, "to", a preposition,
    a determiner or a word broken off ("mil-")."""
    return (word.pos_ in _PHRASE_ENDS or word.tag_ == "RP") and not word.text.endswith("-")


def raised_under(verb: Token) -> Token | None:
    """The passive reporting or planning verb a to-infinitive hangs on, when its subject was raised to it
    ("A bombing was reported to have killed …", "Van Drew was expected to leave …", "Zelensky is set to meet
    …")."""
    if verb.dep_ != "xcomp":  # the cheap test first: this runs for every verb
        return None
    head = verb.head
    if head.i == verb.i or (head.lemma_.lower() not in RAISING_VERBS and head.lemma_.lower() not in PLANNING_VERBS) \
            or not is_infinitive(verb):
        return None
    if not (any(c.dep_ == "auxpass" for c in head.children) and any(c.dep_ == "nsubjpass" for c in head.children)):
        return None
    if head.lemma_.lower() == "set" and any(c.dep_ == "aux" or c.lower_ in ("been", "be") or c.lower_ in _OF_INTENT
                                            for c in head.children if c.i < head.i):
        return None  # "fires have been deliberately set to clear away slums": lit, for a purpose; plans are "is set to"
    return head


# Adverbs of intent: a thing "deliberately set" was lit or put somewhere on purpose, not planned for later.
_OF_INTENT = frozenset({"deliberately", "intentionally", "purposely", "purposefully", "knowingly", "wilfully",
                        "willfully", "maliciously"})


def aspectual(verb: Token) -> bool:
    """Whether a verb only frames the one it governs: "continues to call for", "went on to say", "had come
    to acknowledge" (:func:`_comes_to_view`), "is going to sign" (:func:`_future_going`)."""
    return verb.lemma_ in ASPECT_VERBS or (
        verb.lemma_ == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)) or (
        verb.lemma_ in SEEMING_VERBS and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS
        and not seen_in_progress(verb)) or (
        verb.lemma_ == "come" and _comes_to_view(verb)) or (verb.lemma_ == "use" and _used_to(verb)) or (
        verb.lemma_ == "go" and _future_going(verb))


def _future_going(verb: Token) -> bool:
    """Whether "going" is the "be going to" of the future: "Russia is going to sign the deal", "we're going to be
    signing an agreement" (the event is the infinitive, "will" its modality: clauses.modality_of). The "to" right
    after it opens the infinitive; one who is "going to Moscow to sign" moves, and the infinitive is a purpose."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i + 1 >= len(doc):
        return False
    to = doc[verb.i + 1]
    # (a bare form right after it, the verb's or "be"'s: "is going to boarding school in UK", a gerund misparsed,
    # is a place he goes to)
    return to.lower_ == "to" and to.dep_ == "aux" and to.head.dep_ == "xcomp" and to.head.head.i == verb.i \
        and verb.i + 2 < len(doc) and doc[verb.i + 2].tag_ == "VB"


def _used_to(verb: Token) -> bool:
    """Whether "used" is the "used to" of a past habit: "DeBartolo, who used to own the San Francisco 49ers", "she
    used to work there". The past tense, no auxiliary and no object of its own, and "to" right after it opening
    its infinitive; the event is that infinitive. Something "was used to build …" (a passive) and one who "used
    the money to buy …" (an object) use a thing for a purpose, and stay."""
    doc = verb.doc
    return verb.tag_ == "VBD" and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "to" \
        and doc[verb.i + 1].head.head.i == verb.i and doc[verb.i + 1].head.dep_ == "xcomp" \
        and not any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in verb.children)


def _comes_to_view(verb: Token) -> bool:
    """Whether "come" governs a to-infinitive of a view or a feeling: "Fillmore had come to acknowledge
    that semantics plays a crucial role", "came to believe", "came to love the city". Such a "come" only
    says the view grew over time; the event is the verb after it. One who "came to help" or "came to
    Britain to study" moves, and the infinitive is a purpose."""
    return not any(c.lower_ in (_WHITHER if c.dep_ == "prep" else _HITHER) for c in verb.children
                   if c.dep_ in ("prep", "advmod", "prt")) and any(
        c.dep_ in ("xcomp", "advcl") and (c.lemma_.lower() in VIEW_VERBS or thing_comes_to(verb)) and is_infinitive(c)
        for c in verb.children)  # (a thing that "came to dominate" became so: toolkit/nlp/becoming.py)


# Words of a motion's direction: "came to Britain to study", "came here to see" are journeys.
_WHITHER = frozenset("""to into from toward towards across""".split())
_HITHER = frozenset("""here there home back down up out in over""".split())


def under_aspect(verb: Token) -> bool:
    """Whether the verb is what an aspectual verb governs (its infinitive may be parsed as a purpose)."""
    dep = verb.dep_
    if dep != "xcomp" and dep != "advcl":  # the cheap test first: this runs for every verb
        return False
    head = verb.head
    return head.i != verb.i and aspectual(head) and (dep == "xcomp" or is_infinitive(verb)) \
        and not any(c.dep_ == "dobj" and c.i < verb.i for c in head.children) and not begins_doing(verb) \
        and not _own_subject(verb)
    # (with an object of its own before the infinitive the verb is no aspect but an act, and the
    # infinitive its purpose: "started a company … to transform their invention", "began a planned
    # shutdown to make way for …")


def _own_subject(verb: Token) -> bool:
    """Whether an infinitive names a subject of its own ("a deadline … for Russia to agree to a ceasefire"): the
    complement of an aspect verb shares the aspect verb's subject ("began to withdraw", "came to believe"), so a
    "for" subject makes the clause a goal or a requirement that the parser hung on a verb nearby."""
    return any(c.dep_ == "nsubj" or (c.dep_ == "mark" and c.lower_ == "for") for c in verb.children)


def place_apposition(token: Token) -> bool:
    """Whether a place name stands after a comma and another place ("Nevada, United States")."""
    first = token.left_edge.i
    return token.ent_type_ in ("GPE", "LOC") and first >= 2 and token.doc[first - 1].text == "," \
        and token.doc[first - 2].ent_type_ in ("GPE", "LOC")


def active_voice(verb: Token) -> bool:
    """Whether a verb without a subject of its own is active: a gerund, a present tense, or a verb
    with an auxiliary or an object of its own ("could not use", "living in", "performs", not "and
    charged")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    # A bare past form may be a participle the tagger took for a past tense ("…, also called
    # parole"): it counts as active with an auxiliary or an object of its own; a present tense
    # ("is currently owned by Microsoft, and performs poorly") is never a participle, nor is a past
    # tense unlike its participle ("was ambushed … and came under fire": toolkit/nlp/past_forms.py).
    return verb.tag_ in ("VBG", "VBZ", "VBP") or any(c.dep_ in ("aux", "dobj") for c in verb.children) \
        or past_tense_only(verb)


def clause_top(verb: Token, depth: int = 0) -> tuple[Token, Token | None]:
    """The clause a verb's event belongs to, and the verb it is reported under if any.

    Climbs coordinations ("relinquish … and end …") and aspectual verbs ("continues to call
    for …"); a conjunct marked "that" is content of the verb it hangs on ("announced he had
    asked …, and that Bolton tendered it").
    """
    current = verb
    for _ in range(20):
        if current.dep_ == "conj" and current.head.i != current.i:
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in current.children):
                return current, content_governor(current)
            if _joined_to_a_report_tail(current):
                break  # "…, Maróth said, and …; unnamed industry experts called this dubious": a clause of its own
            current = current.head
        elif under_aspect(current):
            current = current.head
        else:
            break
    if current.dep_ in ("ccomp", "parataxis") and current.head.i != current.i and current.head.pos_ in ("VERB", "AUX"):
        if (perceived_clause(current) or opens_series(current, REPORTING_VERBS)) and depth < 4:
            # "saw its sales soar": told as the seeing is; "students sang, Elder Nelson White provided a
            # prayer, and …": told as the series is (clause_series.py)
            return current, clause_top(current.head, depth + 1)[1]
        if fronted(current) or comma_joined(current) or spliced(current, REPORTING_VERBS):
            return current, None
        return current, current.head
    if current.dep_ == "advcl" and current.tag_ == "VBG" and content_before_report(current.head, current) is not None:
        return current, current.head  # "The storm hit …, officials said, killing 12": part of what they report
    if current.dep_ in ("relcl", "advcl") and depth < 4:
        # A relative or adverbial clause inside reported content is reported too ("he will not
        # approve a budget that does not allocate funding …").
        containing = clause_head(current.head)
        if containing is not None and containing.i != current.i:
            return current, clause_top(containing, depth + 1)[1]
    return current, None


def _joined_to_a_report_tail(conj: Token) -> bool:
    """Whether a conjunct with a subject of its own hangs on a report put after its content ("Already-queued
    orders won't leave idle capacity …, Maróth said, and …; unnamed industry experts called this dubious"): the
    report frames what came before it, and what is joined after it with another subject is the narration's next
    clause, not more of the content."""
    report = conj.head
    # (set off by a comma after its content, as a tail is: not "discussed why he decided …, and why voters …")
    set_off = report.dep_ == "parataxis" or (report.dep_ == "ccomp" and report.left_edge.i > 0
                                              and report.doc[report.left_edge.i - 1].text == ",")
    return report.lemma_.lower() in REPORTING_VERBS and set_off and report.head.i < report.i < conj.i \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > report.i for c in conj.children)


# Verbs that report in an inverted frame of a written text ("…, reads the motion, …"): with their
# subject after them, set off by commas, they can only frame what the text says.
_INVERTED_FRAMES = frozenset({"read"})


def _inverted_frame(child: Token, top: Token) -> bool:
    """"Because only Congress may allocate funds …, reads the motion, the declaration violates
    …": a reporting verb before its own subject, set off by a comma before the content it frames."""
    subjects = [c for c in child.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.i > child.i for s in subjects) and child.i < top.i \
        and any(t.text == "," for t in top.doc[subjects[0].right_edge.i + 1:top.i])


def reporting_child(top: Token) -> Token | None:
    """A reporting clause hanging on the content it reports: "…, they said Sunday", or an
    inverted frame before it ("…, reads the motion, the declaration violates …")."""
    for child in top.children:
        if child.dep_ in ("parataxis", "ccomp") and child.i < top.i and _inverted_frame(child, top) \
                and child.lemma_.lower() in REPORTING_VERBS | _INVERTED_FRAMES:
            return child
        if child.dep_ in ("parataxis", "ccomp") and child.i > top.i and child.lemma_.lower() in REPORTING_VERBS \
                and not any(t.text == ";" for t in top.doc[top.i:child.i]) \
                and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "mark") for c in child.children) \
                and any(c.dep_ == "nsubj" for c in child.children) and not bare_participle(child):
            return child
    return None


# The dependency labels of the clauses a subordinator of several words may open ("provided that …").
_PHRASAL_CLAUSES = frozenset({"advcl", "pcomp", "ccomp", "conj"})


# Words that may open a clause of unreal comparison ("as though", "as if", "like").
_COMPARING = frozenset({"though", "like"})


class ClauseMarks:
    """Which tokens head a to-infinitive or a condition, and where "according" stands, read once
    per document from its token arrays: the same answers as :func:`~toolkit.nlp.clauses.is_infinitive`
    and :func:`~toolkit.nlp.clauses.is_condition`, without making every child Token anew on each
    question (the event rules ask them of the same verbs many times)."""

    def __init__(self, doc: Doc):
        n, strings = len(doc), doc.vocab.strings
        array = doc.to_array([HEAD, DEP]).reshape((n, 2))  # (the mends change these: read now)
        positions = np.arange(n, dtype=np.int64)
        heads = array[:, 0].view(np.int64) + positions  # HEAD is the offset to the head
        dep, tag, lower = array[:, 1], token_column(doc, TAG), token_column(doc, LOWER)
        child = heads != positions  # a root is no child of itself
        to = child & (dep == strings["aux"]) & (tag == strings["TO"])
        mark = child & (dep == strings["mark"]) & among(lower, CONDITIONS)
        self.infinitive = set(heads[to].tolist())
        self.condition = set(heads[mark].tolist())
        # (and the few adverbial clauses that may be conditions by inversion: "Had the deal collapsed, …")
        inverting = among(lower, INVERTING)
        clauses = child & ((dep == strings["advcl"]) | (dep == strings["conj"]))
        candidates = set(heads[child & inverting].tolist()) | set(np.flatnonzero(inverting).tolist())
        self.condition |= {i for i in np.flatnonzero(clauses).tolist() if i in candidates and inverted_condition(doc[i])}
        # (and clauses a subordinator of several words opens: "provided that …", "as long as …")
        if among(lower, PHRASE_ENDS).any():
            heads_of_clauses = np.flatnonzero(among(dep, _PHRASAL_CLAUSES)).tolist()  # (not every token of the text)
            self.condition |= {i for i in heads_of_clauses if phrasal_condition(doc[i])}
        if among(lower, _COMPARING).any():
            self.condition |= unreal_comparisons(doc)  # ("looked as though it had been hit …": nothing asserted)
        self.according = np.flatnonzero(lower == strings["according"]).tolist()
        self.per = np.flatnonzero(lower == strings["per"]).tolist()  # (where "per" may cite a source: "per local officials")


def sets_the_scene(verb: Token, top: Token, lemma: str) -> bool:
    """Clauses English uses to set the scene rather than to report an event:

    * a clause of time in the present ("even after he ends serving as president"): a future or
      a habit, not something that happened;
    * a clause of time whose verb only says something began or ended ("after the protests
      began", "before the election started"): it dates the main event;
    * a relative clause in the simple present ("the coronavirus that causes COVID-19"): a
      description of what the noun is;
    * a participle fronted before a reporting verb ("Citing its size, officials estimated …",
      "Writing for the Court, Kagan declared …"), one of means ("…, using a knife") or of the
      grounds given after it ("announced …, citing U.S. deployments"): how it was said or done;
    * a participle of result with an object and its predicate ("…, making her the first …") and
      what a picture shows ("posted a photo … showing him … smiling");
    * a thing's position in the simple present ("Westchester lies to the north of …").
    """
    if top.dep_ == "advcl" and marked_by(top, TIME_MARKS):
        if top.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in top.children) \
                and top.head.pos_ in ("VERB", "AUX") and top.head.tag_ not in ("VBD", "VBN"):
            # (under a past main clause a present is a noun the tagger took for a verb:
            # "briefed allies after Witkoff's Moscow talks")
            return True
        if top.lemma_.lower() in PHASE_VERBS and top is verb \
                and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in top.children):
            return True
    if top.dep_ == "relcl" and simple_present(top) and lemma.split()[0] not in REPORTING_VERBS \
            and top.head.ent_type_ != "PERSON" and not any(c.lower_ == "who" for c in top.children):
        # (of a thing: "who works at the hall as a chef" is what a person did; "where four or
        # more people are killed or injured by gunfire" defines a kind of incident)
        return True
    if top.dep_ == "advcl" and top.tag_ == "VBG" and top.i > top.head.i and top.lemma_.lower() in DEPICTION_VERBS \
            and not any(c.dep_ in ("nsubj", "mark") for c in top.children) \
            and any(c.dep_ == "dobj" and c.i < top.i for c in top.head.children):
        return True  # "posted a photo … showing him and Ricky Schroder standing …": what the photo shows
    if top.dep_ == "relcl" and verb is top and verb.tag_ == "VBG" \
            and any(c.dep_ == "aux" and c.lower_ in _PROGRESSIVE for c in verb.children):
        # "33 recovered cases who were staying home", "the Mack truck he had been driving": a
        # relative clause in the progressive tells what the ones named were doing, a state
        return True
    if lemma == "come" and not any(c.dep_ in ("dobj", "prt", "xcomp", "ccomp") for c in verb.children) \
            and any((c.dep_ == "prep" and c.lower_ in ("after", "before"))
                    or (c.dep_ == "advcl" and marked_by(c, frozenset({"after", "before"}))) for c in verb.children):
        return True  # "The move came two days after the WHO declared …": when it happened, told by the other
    if lemma in RESULT_VERBS and any(c.dep_ == "dobj" for c in verb.children) \
            and any(c.dep_ == "oprd" and c.tag_ in ("JJ", "VBN", "VBD") for c in verb.children):
        return True  # "an attack that left six soldiers dead": the state an event ended in
    if lemma == "survive" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return True  # "He is survived by three children": an obituary's formula, a state
    if verb.dep_ == "ROOT" and lemma in POSITION_VERBS and simple_present(verb) \
            and not any(c.dep_ == "dobj" for c in verb.children):
        return True  # "Westchester lies directly to the north of New York City": where a thing is
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "mark") for c in verb.children):
        head = verb.head
        if verb.i > head.i and lemma.split()[0] not in SPEECH_VERBS \
                and any(c.dep_ == "oprd" or (c.dep_ in ("ccomp", "xcomp") and c.pos_ not in ("VERB", "AUX"))
                        for c in verb.children):
            # "…, making her the party's first female candidate", "…, leaving Ingram unimpressed":
            # an object with a predicate after a participle says what the event resulted in
            # ("…, calling the process “long”" names it: a speech act)
            return True
        if verb.i < head.i and head.lemma_.lower() in REPORTING_VERBS and lemma.split()[0] in REPORTING_VERBS:
            return True  # one act of speaking told twice ("Detailing his plan, Trump stressed …" is two)
        if verb.i < head.i and verb.doc[verb.left_edge.i - 1].text == "," \
                and any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in head.children):
            # "Judge James Parker Jones, presiding in the … District Court, handed down the
            # sentence": a participle set off between a subject and its verb describes the one
            # named (what they were doing or are), like a relative clause, and is no act of its own
            return True
        if verb.i > head.i and lemma == "use":
            return True
        if verb.i > head.i and lemma == "cite" and (head.lemma_.lower() in REPORTING_VERBS or (
                head.dep_ == "ccomp" and head.head.lemma_.lower() in REPORTING_VERBS)):
            # "announced it would end …, citing U.S. deployments", "announced the debate has been
            # cancelled, citing safety concerns": the grounds given, part of the one speech act
            return True
    return False


def claims_an_event(verb: Token, lemma: str, stop: frozenset[str], marks: "ClauseMarks") -> bool:
    """Whether a verb of claiming or believing has an event as its content (then that event,
    reported by the claimant, is listed instead of the claim)."""
    if lemma not in CLAIM_VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return False  # ("has claimed tens of thousands of lives": no claim at all)
    if any(c.dep_ == "xcomp" and claimed_past(c) for c in verb.children):
        return True  # "claimed to have obtained his weapon": the obtaining, reported by the claimant
    return any(c.dep_ == "ccomp" and c.i > verb.i and c.pos_ == "VERB" and c.lemma_.lower() not in stop
               and c.i not in marks.condition and finite(c) for c in verb.children)


def planned_by_be_to(verb: Token, marks: "ClauseMarks") -> bool:
    """"The debate is to be moderated by Welker", "Merkel is to visit Kyiv": "be" with a
    to-infinitive states a plan when the infinitive is passive or the subject a name ("the
    drilling is only to protect …" states a purpose)."""
    head = verb.head
    if not (verb.dep_ == "xcomp" and verb.i in marks.infinitive and head.i != verb.i and head.lemma_ == "be"):
        return False
    subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    # A personal pronoun stands for someone named before ("announced he is to send a bill"); a
    # thing's "it" may state a purpose ("it is only to protect …").
    # (people named by a noun of a role or calling plan as named ones do: "Hungarian engineers are to join the
    # research and development team")
    return bool(subjects) and (any(c.dep_ == "auxpass" for c in verb.children)
                               or subjects[0].ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                               or subjects[0].lower_ in _PERSONAL or person_noun(subjects[0]))


def _headline_participle(verb: Token) -> bool:
    """Whether ``verb`` is a headline's bare participle as :func:`~toolkit.nlp.headlines.mend_headline_passives`
    left it ("Key Delhi blast suspect arrested"): a root with a passive subject and no auxiliary."""
    return verb.dep_ == "ROOT" and verb.tag_ in ("VBN", "VBD") and any(c.dep_ == "nsubjpass" for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def patient_of(verb: Token, top: Token, surnames: Container[int] = frozenset()) -> Token | None:
    """The one a passive without an agent happens to, when it is news in its own right: a
    noun subject of a main, coordinated or reported clause ("at least 71 people were
    arrested"), not a pronoun ("before she was cremated"), a kind ("Red notices are declared
    …") or a description in a relative or adverbial clause. ``surnames`` are the indices of
    the words the person resolver reads as the surname of someone named before: a person,
    though the model left the word untagged ("Navalny was transferred from the hospital …")."""
    if (charged := charged_in_passing(verb)) is not None:
        return charged  # "a son accused of killing his mother": the son (charge_participles.py)
    named_relative = _relative_on_a_name(top)
    if named_relative is None:
        named_relative = counted_relative(top)  # "…, four of whom were injured" (toolkit/nlp/relative_acts.py)
    if top.dep_ not in ("ROOT", "conj", "ccomp", "parataxis") and named_relative is None and not _contrasted(top):
        return None
    if no_participle(verb):
        return None  # "Iran was totally broke": an adjective, no passive
    holder = verb if any(c.dep_ == "auxpass" for c in verb.children) else conjunct_root(verb)
    if not any(c.dep_ == "auxpass" for c in holder.children) and not small_clause_participle(verb) \
            and not _headline_participle(verb):
        return None  # (a small clause has no "be": "reported as many as 32 hospitalised"; nor has a headline)
    auxiliaries = [c for c in holder.children if c.dep_ in ("aux", "auxpass")]
    if not modal_passive(holder, top) and any(a.lower_ in MODALS or a.lower_ == "had" or (a.dep_ == "auxpass" and a.tag_ == "VB")
                                              for a in auxiliaries):
        # ("would be examined": an act as the modal qualifies it, passive_forms.py)
        return None  # "had been reserved", "asking that it be waived", "can be used": no news of its own
    if any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries) \
            and not any(a.lemma_ == "have" for a in auxiliaries) and verb.lemma_.lower() not in LAW_ACCUSING_VERBS:
        return None  # "UNESCO is based in Paris", "is made up of": a state, not an event
        # (but "Hiller is charged with murder", "Rittenhouse is accused of crossing state lines": news tells the
        # charge brought in the present, as done)
    if any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "oprd" and c.pos_ != "ADJ") for c in verb.children) \
            and not confers(verb):
        # "was intended to be done": the passive frames another predicate (one that gives an office or a verdict,
        # "was elected mayor", is the act of giving it: passive_forms.py);
        # an adjective only says in what state the act found or left them ("was found guilty",
        # "was pronounced dead", "was discovered, unresponsive,")
        return None
    patient = passive_subject(holder)
    if named_relative is not None and patient is not None and patient.lower_ == "who":
        return patient  # "Viktar Babaryka, who was arrested and banned …": the named person
    if patient is None or patient.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    if _headline_participle(verb) and in_headline(verb):
        return patient  # a headline drops the article of the one it tells of: "Key Delhi blast suspect arrested",
        # "Electoral districts established in Turkmenistan" are particulars, and its act is the story's
    if names_a_kind(patient):
        return None
    # The one it happened to is someone: a named person or body, or people counted ("at least
    # 71 people were arrested", "seven more were injured"); a thing passively handled is too
    # often a state ("UNESCO is based in Paris") to state it as an event nobody did.
    counted = patient.pos_ == "NUM" or any(c.dep_ == "nummod" for c in patient.children) \
        or (patient.lower_ == "number" and any(c.lower_ == "of" for c in patient.children))
    # ("no drugs have been clearly demonstrated suitable": what a thing was found to be, no act denied)
    denied = denied_thing(patient) and not any(c.dep_ in ("oprd", "acomp") for c in verb.children)
    if not (counted or denied or patient.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or (patient.pos_ == "PROPN" and patient.i in surnames)):
        return None
    return patient


def denied_thing(noun: Token) -> bool:
    """Whether a passive's subject is a common noun with "no" ("No arrests were made", "no plea was entered", "No
    injuries were reported"): the news that nothing of the kind was done, told as a negated row with no doer."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _contrasted(top: Token) -> bool:
    """Whether the clause is one of contrast set beside a main clause in the simple past ("…, while two adults were
    seriously injured"): news of its own, as its active twin is ("…, while firefighters rescued two adults"); a
    "while" clause in the progressive tells the time of another event instead ("while he was being treated")."""
    return top.dep_ == "advcl" and top.tag_ == "VBN" \
        and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in top.children) \
        and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in top.children)


# Verbs of naming: their passive says what someone is called ("was known as", "was named"), a state.
_NAMING_VERBS = frozenset({"know", "call", "name", "dub", "title", "nickname"})


def _relative_on_a_name(top: Token) -> Token | None:
    """The person a non-restrictive relative clause is about, when it hangs on a name set off by a
    comma ("her husband Siarhei, who was arrested in May"): news of that person, as a main clause
    would tell it."""
    if top.dep_ != "relcl" or top.head.ent_type_ != "PERSON" or top.lemma_.lower() in COGNITION_VERBS | _NAMING_VERBS:
        return None  # ("Eric Clapton, who was known from The Yardbirds": a state)
    name = top.head
    return name if name.i + 1 < len(name.doc) and name.doc[name.i + 1].text == "," else None


def _actor_in_with_absolute(top: Token) -> bool:
    """Whether a clause is an absolute "with" clause in which a named actor acts: "With the US encouraging commercial
    entities to cease trading in Iran, German firms … have announced plans …" (the US encourages them), "…, with Sens.
    Rand Paul … joining Democrats": an act of its own, set beside the main clause's. A thing's participle there is
    a circumstance ("with temperatures reaching 40 degrees"), and a passive one has no agent (:mod:`absolutes`)."""
    if top.dep_ != "pcomp" or top.tag_ != "VBG" or top.head.lower_ != "with" or top.head.dep_ != "prep" \
            or top.head.head.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in top.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or acting_group(subject)) \
        and not any(c.dep_ in ("aux", "auxpass") for c in top.children)


def is_event_clause(verb: Token, top: Token, marks: ClauseMarks) -> bool:
    infinitive, condition = marks.infinitive, marks.condition
    if top is verb and result_infinitive(verb):
        # "stopped Thompson in the sixth round to retain his titles": the act's clause (result_infinitives.py)
        return is_event_clause(verb.head, clause_top(verb.head)[0], marks)
    if (verb.i in infinitive or top.i in infinitive) and not under_aspect(verb) \
            and not (top is not verb and raised_under(verb) is not None) and not headline_infinitive(top):
        return False  # a goal or a purpose, not something that happened
    if gerund_joined_to_finite(verb):
        return False  # "charges include homicide and illegally possessing a firearm": a noun-like conjunct
    absolute = _actor_in_with_absolute(top)
    charged = top is verb and charged_in_passing(verb) is not None  # "a son accused of killing …" (charge_participles.py)
    if (top.dep_ not in EVENT_DEPS and not absolute and not charged) or top.i in condition or verb.i in condition:
        return False
    if top.dep_ == "ccomp" and top.doc[top.left_edge.i].lower_ in CONDITIONS:
        return False  # "shall determine whether any other country is importing …": an open question
    if top.dep_ == "relcl" and (not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in top.children)
                                or (any(t.lower_ in ("where", "when", "why") and t.i < top.i for t in top.subtree)
                                    and not someone_named(top) and not a_person_acted(top)
                                    and not any(c.dep_ == "agent" for c in top.children))):
        # "where the shooting happened": a description of a place or time, not news; "Dayton,
        # where ten people died", "the city where Trump met Putin", "where they were being
        # monitored by local health authorities" (an agent named) tell what happened there
        return False
    if top.dep_ == "advcl" and top.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "with" for c in top.children):
        return False  # "with occupants ejected": a circumstance, passive, with no agent
    if top.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in top.children) \
            and top.lemma_.lower() in REPORTING_VERBS:
        return False  # "as reported by …": a comment on the report
    # Inside a condition or a goal higher up ("to see if a meeting could mark …").
    current = top.head.head if absolute else top.head if charged else top
    for _ in range(12):
        if current.head.i == current.i:
            return True
        if (current.dep_ == "xcomp" and not under_aspect(current) and not able_to(current)
                and not planned_by_be_to(current, marks)) \
                or (current.dep_ in ("acl", "pcomp", "csubj") and absolute_reporter(current) is None
                    and quoted_as_saying(current) is None) \
                or current.i in condition or (current.i in infinitive and not under_aspect(current)
                                              and not able_to(current) and not planned_by_be_to(current, marks)):
            return False
        current = current.head
    return True
