"""Clause structure over spaCy's dependency parse: which clause a word belongs to, and what
a clause asserts (modality, a condition, a reporting frame; its negation is :mod:`toolkit.nlp.negation`'s).

Used by :mod:`toolkit.nlp.events` so that a predicate is never read as a plain fact when
English marks it otherwise: "Moscow insists that Kyiv must end …" (reported, modal), "if
re-elected" (a condition), "efforts to end the war" (a goal, no event at all).

Example:
    >>> modality_of(doc[3])          # "Trump could meet Putin": the token "meet"  # doctest: +SKIP
    'could'
"""

from __future__ import annotations

from spacy.tokens import Token
from toolkit.nlp.by_agents import described_agent, named_agent, shared_by_phrases
from toolkit.nlp.headline_infinitives import headline_infinitive
from toolkit.nlp.inversions import inverted_condition, phrasal_condition
from toolkit.nlp.margins import margin_run_into_gap
from toolkit.nlp.means import names_a_means

# Dependency labels under which a verb heads a clause of its own.
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj", "csubjpass",
                         "parataxis"})
# The modal auxiliaries of English and the marker each stands for (contractions included).
MODALS = {"could": "could", "would": "would", "'d": "would", "may": "may", "might": "might", "must": "must",
          "should": "should", "will": "will", "'ll": "will", "wo": "will", "shall": "will", "can": "can", "ca": "can"}
# Subordinators that make a clause a condition or an open question, not something that happened.
CONDITIONS = frozenset({"if", "unless", "whether", "lest"})


def clause_head(token: Token) -> Token | None:
    """The verb heading the clause a token belongs to: up the heads to the first verb that
    heads a clause (a time word on a noun, "the Friday deadline", belongs to the verb the
    noun depends on)."""
    current = token
    for _ in range(40):  # a parse is a tree; the bound only guards against a malformed one
        if current.pos_ in ("VERB", "AUX") and (current.dep_ in CLAUSE_DEPS or current.head.i == current.i):
            if current.pos_ == "AUX" and current.dep_ in ("aux", "auxpass"):
                current = current.head
                continue
            return current
        if current.head.i == current.i:
            return current  # a sentence whose root is no verb (a misparse): its root stands for the clause
        current = current.head
    return None


def is_infinitive(verb: Token) -> bool:
    """Whether the verb is a to-infinitive ("to end the war", "for Russia to withdraw")."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def is_condition(verb: Token) -> bool:
    """Whether the verb's clause is a condition or an open question ("if re-elected",
    "to see if a meeting could mark …", "whether talks resume"), also one with no "if" that puts its auxiliary
    first ("Had the deal collapsed, …") or opens with a subordinator of several words ("provided that …", "as long
    as …": :mod:`toolkit.nlp.inversions`)."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children) or inverted_condition(verb) \
        or phrasal_condition(verb)


def _had_contracted(auxiliary: Token) -> bool:
    """Whether a "'d" stands for "had", not "would": the verb form after it (adverbs such as "never" or "already"
    between) is a past participle ("the challenges she'd faced", "she'd never faced", "he'd been arrested"); before a
    bare form it is "would" ("she'd face", "he'd be arrested", "she'd have faced")."""
    if auxiliary.lower_ not in ("'d", "\u2019d"):
        return False
    for word in auxiliary.doc[auxiliary.i + 1:auxiliary.i + 4]:
        if word.pos_ in ("ADV", "PART") and word.tag_ != "TO":
            continue
        return word.tag_ == "VBN" or word.lower_ == "been"
    return False


def modality_of(verb: Token) -> str | None:
    """The modal marker of the verb's clause, or "conditional" when an if-clause hangs on it.

    "be going to" counts as "will", "have to" as "must".
    """
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS and not _had_contracted(c):
            return MODALS[c.lower_]
    if headline_infinitive(verb):
        return "will"  # "HP to acquire green consultancy EYP": a headline's "is to"
    head = verb.head
    if verb.dep_ == "xcomp" and is_infinitive(verb):
        if head.lemma_ == "go" and head.tag_ == "VBG":
            return "will"
        if head.lemma_ == "have" and head.pos_ in ("VERB", "AUX"):
            return "must"
    if any(c.dep_ == "advcl" and is_condition(c) and not _whether_clause(c) and not _indirect_question(c, verb)
           and not _condition_of_infinitive(c, verb) for c in verb.children):
        return "conditional"
    return None


def _condition_of_infinitive(clause: Token, verb: Token) -> bool:
    """Whether a condition the parser hung on ``verb`` follows the verb's to-infinitive complement, whose
    condition it is: "vowed to retaliate should the US impose tariffs" vows now and retaliates only then (the
    parser hangs an "if" there on the infinitive, an inverted "should" on the verb above)."""
    return clause.i > verb.i and any(c.dep_ == "xcomp" and c.i < clause.i and is_infinitive(c)
                                     and c.right_edge.i < clause.left_edge.i for c in verb.children)


# Verbs that take an indirect question opened by "if" (saying, asking, knowing, finding out): "did not mention if
# there were casualties" is "did not mention whether …".
_QUESTION_TAKING_VERBS = frozenset("""ask know wonder mention say tell check see learn determine decide confirm disclose
    reveal clarify specify indicate explain question doubt remember investigate inquire enquire verify establish
    ascertain report state comment""".split())
# Words the asked person may stand as between the verb and the question ("asked him if …").
_ASKED_PERSON_TAGS = frozenset({"PRP", "NNP", "NNS", "NN"})


def _indirect_question(clause: Token, verb: Token) -> bool:
    """Whether an "if" clause the parser hung on ``verb`` as a condition is the question the verb asks or
    tells: it follows a verb of saying, asking or knowing at once (or after the one person asked), the verb
    has no other content, and the clause has a subject of its own ("The agency did not mention if there were
    casualties": the not mentioning is a fact, no condition; "will comment if needed" and "the strike will
    continue if talks fail" stay conditional)."""
    if verb.lemma_.lower() not in _QUESTION_TAKING_VERBS or clause.i < verb.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "if" for c in clause.children) \
            or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return False
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    between = [t for t in verb.doc[verb.i + 1 : clause.left_edge.i] if t.dep_ != "neg"]
    return not between or (len(between) == 1 and between[0].head.i == verb.i
                           and between[0].dep_ in ("dobj", "dative") and between[0].tag_ in _ASKED_PERSON_TAGS)


def _whether_clause(verb: Token) -> bool:
    """Whether an adverbial clause opens with "whether": no condition of the verb it hangs on.
    As an adverbial, "whether" is concessive ("whether you knew it or not, you were asking …":
    the act holds either way); otherwise the parser has hung a question another verb asks on the
    main one ("While Biden did not say … whether he supports significant changes, one nominee
    proposed …": the question is the saying's, the proposal was made)."""
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children)


def conjunct_root(verb: Token) -> Token:
    """The first verb of a coordination ("relinquish … and end …" → "relinquish")."""
    current = verb
    for _ in range(20):
        if current.dep_ != "conj" or current.head.i == current.i:
            break
        current = current.head
    return current


def conjunct_subject(verb: Token) -> Token | None:
    """The subject of ``verb`` or, for a conjunct without one, of the verb it is joined to ("fill out their ballots
    and give them", "absorb carbon dioxide and produce oxygen"); None when neither has one."""
    clause = verb
    for _ in range(4):  # (a short chain of conjuncts)
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or clause.dep_ != "conj" or clause.head.i == clause.i:
            return subject
        clause = clause.head
    return None


def auxiliary_conjunct(verb: Token) -> Token:
    """The conjunct whose auxiliaries and negation a conjoined verb without its own shares: the
    nearest one before it that has its own ("has not yet conceded the election, and has claimed
    widespread voter fraud …, and made various legal challenges": "made" shares "has", not "has
    not"), else the first verb of the coordination."""
    first = conjunct_root(verb)
    chain, todo = [], [first]
    while todo:  # (the conjuncts of the coordination, whatever verb the parser hung each on)
        current = todo.pop()
        chain.append(current)
        todo.extend(c for c in current.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    marked = [c for c in chain if first.i < c.i < verb.i
              and any(a.dep_ in ("aux", "auxpass", "neg") for a in c.children)]
    return max(marked, key=lambda c: c.i) if marked else first


def inherits(verb: Token) -> bool:
    """Whether a conjoined verb shares its first conjunct's subject, auxiliaries and negation
    (it has no subject and no auxiliary of its own)."""
    return verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def according_to(verb: Token) -> Token | None:
    """The object of an "according to …" on the verb or on the verbs above it in its sentence."""
    current = verb
    for _ in range(8):
        for c in current.children:
            if c.lower_ == "according" and speaks_for(c, verb):
                for to in c.children:
                    if to.lower_ == "to":
                        objects = [g for g in to.children if g.dep_ == "pobj"]
                        if objects:
                            return objects[0]
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _own_conjunct(verb: Token) -> Token | None:
    """The conjoined clause with a subject of its own that ``verb`` is in, if any."""
    current = verb
    for _ in range(12):
        if current.dep_ == "conj" and current.head.i != current.i \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def speaks_for(according: Token, verb: Token) -> bool:
    """Whether the source of an "according to" speaks for ``verb``: not when the phrase closes the
    clause before the verb's own conjoined clause ("Trump has admitted to ordering the payments,
    according to prosecutors, but the U.S. Justice Department maintains a policy …": the
    prosecutors speak for the admission only). An "according to" that opens the sentence or ends
    it speaks for every clause."""
    if _follows_a_norm(according):
        return False  # "live according to their faith", "went according to plan": a manner, no one's word
    conjunct = _own_conjunct(verb)
    if conjunct is not None and conjunct.head.i < according.i < conjunct.left_edge.i:
        return False
    # "His family's announcement … specified no cause, but, according to his agent, Hunter had undergone
    # surgery": a source inside a later conjoined clause with a subject of its own speaks for that clause only
    # (one that ends the sentence after the later clause speaks for all: "… started attacking people there, and one
    # of them died inside of the hall, according to The Times")
    if _inside_later_participle(according, verb):
        return False
    other = _own_conjunct(according)
    return other is None or not other.head.i < according.i < other.i \
        or other.left_edge.i <= verb.i <= other.right_edge.i \
        or not any(t.lower_ in _CLAUSE_COORDINATORS for t in according.doc[other.head.i + 1 : according.i])


# Nouns of a norm or a course one acts by (a lexical class): "according to" one of them is "in accordance with", a
# manner ("live according to their faith", "went according to plan", "divided according to the law of the time"),
# not the source of a report.
_NORM_NOUNS = frozenset({"plan", "plans", "schedule", "faith", "belief", "beliefs", "tradition", "traditions",
                         "custom", "customs", "rule", "rules", "law", "laws", "principle", "principles", "script",
                         "procedure", "procedures", "protocol", "protocols", "instructions", "design", "wishes",
                         "conscience", "need", "needs", "merit", "size", "age", "scripture", "teachings", "will"})


def _follows_a_norm(according: Token) -> bool:
    """Whether an "according to" names a norm one acts by, not a source (see ``_NORM_NOUNS``)."""
    # (a named owner's plan is that owner's word: "according to PG&E's schedule, … could be affected")
    return any(g.dep_ == "pobj" and g.lower_ in _NORM_NOUNS and g.tag_ in ("NN", "NNS")
               and not any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in g.children)
               for to in according.children if to.lower_ == "to" for g in to.children)


def _inside_later_participle(according: Token, verb: Token) -> bool:
    """Whether the "according to" stands inside a participle clause after ``verb`` that goes on past it ("Typhoon
    Phanfone made landfall …, killing at least 20 according to Philippine officials on Thursday, and leaving …":
    the officials count the dead, the landfall is the writer's). A source that closes the participle clause (and
    so the sentence: "…, injuring 20, according to police") may speak for the whole sentence and is left."""
    participle = according.head
    if participle.dep_ != "advcl" or participle.tag_ not in ("VBG", "VBN") or participle.i < verb.i \
            or participle.left_edge.i <= verb.i <= participle.right_edge.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in participle.children):
        return False
    return any(t.i > according.right_edge.i and not t.is_punct for t in participle.subtree)


# Coordinators that join two clauses ("…, but, according to his agent, Hunter had …"); without one, the parser's
# conjunct is no second clause ("…, according to police, who said …").
_CLAUSE_COORDINATORS = frozenset({"and", "but", "yet", "or"})


def in_other_relative(token: Token, verb: Token) -> bool:
    """Whether ``token`` lies in a relative clause that ``verb`` is not in ("maintained a policy of
    turning away boats which, according to AFP, the United Nations … have criticised": the source
    speaks for the criticism, not for the policy)."""
    current = token
    for _ in range(12):
        if current.dep_ == "relcl":
            return not current.left_edge.i <= verb.i <= current.right_edge.i
        if current.head.i == current.i:
            return False
        current = current.head
    return False


# Subordinators of time: their clause only places the main event in time.
TIME_MARKS = frozenset({"after", "before", "until", "till", "when", "once", "as", "since", "while"})
# Prepositions of time before a participle clause ("after being attacked by protesters").
TIME_PREPOSITIONS = frozenset({"after", "before", "since", "upon", "following"})


def marked_by(clause: Token, words: frozenset[str]) -> bool:
    """Whether a clause is introduced by one of ``words`` ("after", "if", …)."""
    return any(c.dep_ == "mark" and c.lower_ in words for c in clause.children)


def simple_present(clause: Token) -> bool:
    """Whether a clause's own verb is in the simple present: "causes", "does not force", "are
    killed" (no other auxiliary). In a news report that tense states what is generally so."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ in ("VBZ", "VBP"):
        return not auxiliaries
    if len(auxiliaries) != 1 or auxiliaries[0].tag_ not in ("VBZ", "VBP"):
        return False
    if clause.tag_ == "VB":
        return auxiliaries[0].lemma_ == "do"
    return clause.tag_ == "VBN" and auxiliaries[0].dep_ == "auxpass"


def general_capacity(clause: Token, subject: Token) -> bool:
    """Whether a clause says what a kind can do: "can" and a bare verb, with a subject that names a kind or a bare
    common noun of a mass ("Infection with a pathogenic strain, however, can cause blood poisoning or other serious
    conditions"): what is generally so, no event ("The virus can spread" is one particular's capacity, and stays)."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ != "VB" or len(auxiliaries) != 1 or auxiliaries[0].lower_ != "can":
        return False
    if names_a_kind(subject) and subject.tag_ == "NN":
        return True  # "A red notice can …" (a bare plural may be a body: "Police can now arrest him")
    return subject.pos_ == "NOUN" and subject.tag_ == "NN" and not subject.ent_type_ and subject.text[1:].islower() \
        and not any(c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in subject.children)


def finite(verb: Token) -> bool:
    """Whether a verb heads a finite clause (a tense or an auxiliary), not a bare participle
    ("has claimed … lives, displaced millions")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def names_a_kind(noun: Token) -> bool:
    """Whether a subject names a kind, not a particular: "A red notice …", "Red notices …"; not
    "a number of journalists" or "a member of the crew" (some of a group)."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every") for c in noun.children):
        return True
    return noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def a_person_acted(clause: Token) -> bool:
    """Whether a clause tells in the simple past what "he" or "she" did: a pronoun of a person stands
    for someone the text has named, so a "where" clause with one tells news of that person at that
    place ("following his victories in Iowa, where he secured 39 of the state's 40 delegates", "met
    with … President Trump, where he denounced the border agreement again"), as one with a name does
    (:func:`someone_named`); "where they feed in winter" tells what is so of a kind."""
    return clause.tag_ == "VBD" and any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in clause.children)


def someone_named(clause: Token) -> bool:
    """Whether a clause's subject is a name or people counted ("ten people", "at least five")."""
    for c in clause.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or c.pos_ == "NUM" \
                or any(g.dep_ == "nummod" for g in c.children)
    return False


def able_to(verb: Token) -> bool:
    """"Police were able to determine …": "be able to" reports what was done ("unable", that it
    was not); so does a bare conjunct of that infinitive ("paroled aliens are able to file for work
    authorization and receive social security numbers")."""
    return able_word(verb) is not None


def able_word(verb: Token) -> Token | None:
    """The "able" or "unable" of "be able to" that ``verb`` (its infinitive, or a bare conjunct of it
    without a subject of its own) stands under, if any; or the "due" of "be due to", which frames an act
    to come the same way ("The two leaders are due to meet in Geneva")."""
    if verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.i < verb.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        verb = verb.head  # ("able to file … and receive …": the infinitive's "to" governs both)
    head = verb.head
    if verb.dep_ == "xcomp" and head.lower_ in ("able", "unable", "due") and head.dep_ == "acomp" \
            and head.head.lemma_ == "be" and is_infinitive(verb):
        return head
    return None


def past_joined_to_infinitive(verb: Token) -> bool:
    """A past tense the parser joined to a bare infinitive ("urged X to reconsider and spoke
    with Y"): English does not coordinate the two, so it goes with the verb above."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ == "VB" and head.dep_ == "xcomp" \
        and is_infinitive(head) and head.head.pos_ == "VERB" \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# Entity labels of amounts: after "by" they measure a change, they do not name who acted.
_MEASURES = frozenset({"DATE", "TIME", "PERCENT", "QUANTITY", "MONEY"})


def names_a_measure(token: Token) -> bool:
    """Whether the object of "by" is an amount ("was extended by two weeks", "fell by 5%",
    "cut by a factor of two"): English uses "by" for the size of a change as well as for an agent."""
    return token.ent_type_ in _MEASURES or token.lower_ in ("factor", "margin")


def agent_phrase(verb: Token) -> Token | None:
    """The "by" phrase naming who did a passive verb's act; an active verb with a subject of its
    own has none ("the leaders spoke by telephone": a means, parsed as an agent), nor has an
    amount ("was extended by two weeks"); of several, the one naming a person or a body ("was
    defeated by 10,694 votes by James To")."""
    children = list(verb.children)
    agents = [c for c in children if c.dep_ == "agent"]
    if agents and any(c.dep_ == "nsubj" for c in children) and not any(c.dep_ == "auxpass" for c in children):
        return None
    if not agents:
        agents = shared_by_phrases(verb)  # "damaged and blackened by the blaze": the blaze's act too
    if not agents and any(c.dep_ == "auxpass" for c in children):
        # "was interrupted by protesting legislators", the "by" labelled a preposition
        agents = [c for c in children if c.dep_ == "prep" and c.lower_ == "by" and described_agent(c) is not None]
    found = [g for a in agents for g in a.children if g.dep_ == "pobj" and not names_a_measure(g)
             and not names_a_means(g)  # ("transported by ambulance": how, not who)
             and not margin_run_into_gap(g)]  # ("boosted by 3.3% and long-run GDP by 2.6%": a margin and a gap)
    found += [g for a in agents if (g := described_agent(a)) is not None]  # "by protesting legislators"
    if agents and not found:
        return None
    # several "by" phrases, or one the parser hung on a noun (toolkit/nlp/by_agents.py)
    return named_agent(verb, found)


def gerund_joined_to_finite(verb: Token) -> bool:
    """A bare gerund the parser joined to a finite verb ("charges include intentional homicide
    and illegally possessing a firearm"): English coordinates a tensed verb with another tensed
    verb, so the gerund is a noun-like conjunct of the object, not a clause of its own."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBG" and head.tag_ in ("VBD", "VBZ", "VBP") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children) \
        and any(c.dep_ == "dobj" and c.i < verb.i for c in head.children)


def comma_joined(verb: Token) -> bool:
    """"has claimed tens of thousands of lives, displaced millions, and …": a bare past form
    after a comma, whose "subject" is the noun phrase right after the verb before it, is a
    second predicate of that verb's subject, which the parser took for reported content with a
    subject of its own (English puts no comma between a subject and its verb)."""
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBN") or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return False
    head = verb.head
    if head.i > verb.i or any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # one comma only, right before the verb: "the rebels, fearing arrest, fled" sets off a parenthesis
    return subject is not None and subject.left_edge.i == head.i + 1 \
        and subject.right_edge.i in (verb.i - 2, verb.i - 1) \
        and sum(1 for t in verb.doc[head.i + 1:verb.i] if t.text == ",") == 1


def claimed_past(verb: Token) -> bool:
    """"He claimed to have obtained his weapon …": a perfect infinitive under a verb of claiming
    is an act the claimant says happened (reported by the claimant), not a goal."""
    head = verb.head
    return verb.dep_ == "xcomp" and verb.tag_ == "VBN" and head.i != verb.i \
        and head.lemma_.lower() in CLAIMS_OF_THE_PAST and is_infinitive(verb) \
        and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children) \
        and not any(c.dep_ == "auxpass" for c in head.children)


# Verbs of claiming whose perfect infinitive states a past act ("claims to have seen"); "deny"
# is left out (it claims the opposite), "expect", "hope" look ahead.
CLAIMS_OF_THE_PAST = frozenset({"claim", "allege", "admit", "insist", "profess", "pretend", "boast", "acknowledge"})


def act_before_or_after(verb: Token) -> bool:
    """"…, prior to setting the bond", "after meeting Putin": a gerund under a preposition of time
    with no subject of its own is an act of the main clause's subject."""
    head = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children):
        return False
    return head.lower_ in TIME_PREPOSITIONS or (head.lower_ == "to" and head.head.lower_ == "prior")


def passive_after(verb: Token) -> bool:
    """"were injured after being attacked by protesters": a passive participle under a
    preposition of time with its agent named reports that agent's act."""
    return verb.dep_ == "pcomp" and verb.head.lower_ in TIME_PREPOSITIONS \
        and any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "agent" for c in verb.children)


def passive_subject(holder: Token) -> Token | None:
    """The subject of a passive: its own, or for a second passive with its own "be" and no subject ("The bomb was
    placed on a motorcycle … and was left outside a restaurant") the subject of the verb it is joined to, passive or
    active: coordinated predicates share their subject whatever their voice ("A bystander attempted to aid the
    passengers, and was later hospitalized for smoke inhalation": the bystander was hospitalized)."""
    own = next((c for c in holder.children if c.dep_ == "nsubjpass"), None)
    if own is not None or holder.dep_ != "conj" or any(c.dep_ in ("nsubj", "expl") for c in holder.children):
        return own
    first = holder.head
    if first.i > holder.i or first.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "auxpass" for c in first.children):
        return next((c for c in first.children if c.dep_ == "nsubjpass"), None)
    be = next((c for c in holder.children if c.dep_ in ("aux", "auxpass") and c.i > first.i), None)
    if be is None or not any(c.dep_ == "auxpass" for c in holder.children):
        return None  # (a bare participle after an active verb: its own "be" says it is a second predicate)
    before = holder.doc[be.i - 1]
    if before.pos_ == "ADV" and be.i > 1:
        before = holder.doc[be.i - 2]
    if before.lower_ not in ("and", "or", "but", ","):
        # "underwent building work and scaffolding was still erected", "… lost their lives and scores more were
        # injured": a noun right before the "be" is the second clause's own subject, which the parser lost
        return None
    return next((c for c in first.children if c.dep_ == "nsubj" and c.i < first.i), None)
