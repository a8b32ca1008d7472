"""Clauses that tell an event's circumstances, not another act: its consequence, its purpose, or
a state.

:func:`toolkit.nlp.events.events` asks these of every candidate verb, beside
:func:`~toolkit.nlp.predicates.sets_the_scene`. Both are rules of English clause structure:

* a participle of consequence after the clause it follows ("lost 20 seats, resulting in a
  minority government", "dissolved Parliament, triggering the elections"): what the event
  brought about, not something its subject did a second time; read with the main clause's
  subject it would even make the party "result" in something;
* a clause of purpose with "so (that)" and a modal ("declared a state of emergency so he
  could fund a wall"): a goal, which, like a to-infinitive of purpose, did not happen;
* a stative verb in the simple present ("McArthur faces a mandatory life sentence", "the training
  centre belongs to …", "a large portion of its populace suffers from power outages"): what is
  so, not what happened; a verb of amount with a number ("death tolls exceeded 100", "weighed 82
  pounds") likewise, and a verb of proportion with a share ("who make up 16% of the U.S. military")
  or a share for the subject of a simple present ("about 16–17 percent of African trade occurs
  between African countries"): what part of a whole is so; and
  a verb of possession, debt or predicament in the simple past ("owed over $850,000", "faced 18
  counts of fraud"): what was so then; so is the progressive of "suffer from" ("was suffering from
  a serious medical condition"): a condition that lasted; so is a verb of emotion in the passive ("the United States
  was disappointed by the Parliament's decision"): a feeling, not an act of the decision; so is a penalty
  that an offence carries, in any tense or mood ("the crimes carry a prison term of up to 42 years", "can
  carry a sentence up to twelve years"): what the law sets, not an act of the offence; and so is what a
  text of law, plan or forecast "calls for" ("Mandatory sentencing called for at least 20 years in prison");
* a relative clause on a noun of a copular clause ("… were on March 8, in two people who
  returned from Italy", "the cities New Rochelle and Yonkers which formed the epicenter"): it
  identifies whom or what the copula is about, a description, not news of its own; so does one
  with a subject of its own in the simple present and the relative pronoun for its object ("The
  states' bare disagreement with this policy is not the sort of concrete injury that Article III
  demands"), though one in a past tense tells another's act ("the fourth night in a row that
  Serbians protested");
* a relative clause on an apposition that says who a named person is ("Michael Avenatti, the
  California lawyer who represented porn star Stormy Daniels …", "Pranab Mukherjee, a career
  politician who served as President of India …"): like the apposition it hangs on, it identifies
  the person, it is not the news; one on the name itself ("Cherry, who led the petition, said")
  is left to the other rules;
* a verb of citing whose object is where the information came from ("Reuters, citing anonymous
  sources, reported …", "Agence France-Presse, which cited sources close to the investigation",
  "The BBC also cited Budi Gunawan … as saying …"): like "according to", it attributes what is
  reported; citing a reason or a text ("citing security concerns", "cited Article 5") is an act;
* a verb of indication with a clause for content ("The government suggested Avenatti's debt was
  a factor", "Morgan Ortagus indicated the United States was disappointed"): it only passes on,
  hedged, what its clause says, as "said" does; the clause is the content, reported by its subject;
  so does a verb of confirming or conjecturing with a clause ("the Myanma embassy confirmed two
  Buddhist pilgrims from Myanmar also died"), and either kind after its clause, closing the
  sentence as "said" does ("… surpassed one million worldwide, Johns Hopkins University data
  indicated.");
* a gerund listed under a verb of containing ("Their demands have included dissolving Parliament,
  appointing an election committee …") or after a verb of prohibition or permission ("Thai law
  forbids both speaking ill of the royal family and using the monarchy …"): it names an activity,
  which nobody did.

Example:
    >>> is_consequence(doc[15], "result")            # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from toolkit.nlp.programmes import lists_a_programme
from toolkit.nlp.relative_acts import classed_as, describes_in_classing, tells_a_death
from toolkit.nlp.intentions import intends, intends_an_infinitive
from toolkit.nlp.clauses import names_a_measure, simple_present
from toolkit.nlp.lexicon import SPEECH_VERBS
from toolkit.nlp.measures import measures_its_subject
from toolkit.nlp.verb_classes import BODY_NOUNS

# Verbs of consequence: their participle after a clause says what that clause's event brought
# about ("…, resulting in", "…, leading to", "…, triggering", "…, sparking", "…, prompting", "…, causing").
CONSEQUENCE_VERBS = frozenset({"result", "lead", "trigger", "spark", "prompt", "cause"})

# Stative verbs (English uses them for relations, possession, needs and predicaments, not for
# acts): in the simple present they state what is so. "face" is a predicament ("faces a life
# sentence"; "must face charges" is a future and stays), "stand" a position or a state ("stands
# vacant"), "live", "reside" and "dwell" where someone dwells ("most of my family lives outside of Iran"),
# "love" and "hate" a lasting feeling ("The people love that sport"), "represent" and "resemble" a
# relation ("This partnership represents the United States taking an economic stake"), as are
# "reflect", "mark", "align" and "fit" ("This historic deal reflects the strength of the relationship",
# "These numbers … mark the decisive reversal", "This milestone perfectly aligns with Resolution 2803",
# "the acquisition fits into the Hungarian "outward investment" strategy"), and "specialize" a body's or a
# person's field ("Dyersville Die Cast … specializes in custom aluminum and zinc die cast manufacturing"), and
# "function" how a thing works ("the accounts generally function like a traditional IRA"), "use", "combine" and "boast"
# what a thing is made of or runs on ("SeaMicro's current server line uses Intel's Atom processors", "The BlackBerry
# Q10 combines a keyboard and a touch screen", "This new Macbook Pro boasts several upgrades"), "serve" a standing
# role ("New Zealand serves as a travel hub"), "stem" an origin ("The charges stem from the 2008 raid") and "house"
# what a building holds ("the building, which housed Democratic Party headquarters", in the past too); "rely" and
# "depend" what a thing needs to work ("Stardust @ home relies entirely on human intelligence"), "aim" a
# thing's purpose ("The blog aims to help address …") and "feature" what it holds or shows ("The LibriVox
# website features a catalog of about a hundred completed books"). The phrasal "act for" in the simple
# present is whom counsel represents ("Mr. Kelly, who acts for the remaining appellants"), a relation as
# "represent" is, and "account for" in the simple present what a thing takes in or explains ("The study accounts
# for air traffic flow and known cases outside China"), a relation in either sense (:func:`is_state`).
STATE_VERBS = frozenset({"belong", "face", "suffer", "lack", "own", "possess", "need", "deserve", "cost", "weigh",
                         "stand", "exceed", "number", "total", "owe", "await", "live", "reside", "dwell", "love",
                         "hate",
                         "represent", "resemble", "reflect", "mark", "align", "fit", "specialize", "specialise",
                         "function", "rely", "depend", "aim", "feature",
                         "use", "serve", "stem", "combine", "boast", "house"})

# Verbs of span: with "from" (and "to") they give the bounds of a set of values or kinds, in any tense
# ("Group sizes ranged from solo performers to ensembles …", "The suspects range in age from 21 to 78").
_SPAN_VERBS = frozenset({"range"})

# Stative verbs of possession, debt, predicament and dwelling: a simple past tells what was so then
# ("owed over $850,000", "faced 18 counts of fraud", "still awaited approval", "He lived in
# Gonesse", "American forces urgently needed to strengthen their firepower"), as the present tells what is.
# ("belonged to Syria" is left out: a past of belonging tells of a transfer since, news in itself.)
_PAST_STATES = frozenset({"own", "possess", "owe", "lack", "deserve", "await", "face", "live", "reside", "dwell",
                          "need", "house"})

# Verbs of emotion whose experiencer is the object ("the decision disappointed them"): in the passive
# they tell a feeling, an adjective in all but its tag ("was disappointed by the decision", "were
# frustrated by the slowness"), not an act of the "by" phrase.
FEELING_VERBS = frozenset("""disappoint shock sadden surprise anger upset concern worry frighten alarm delight please
    impress dismay outrage trouble frustrate horrify devastate stun scare thrill""".split())

# Verbs of amount: with a number for object they measure, in any tense ("exceeded 100", "currently
# costing USD 26.95": a price, whatever the currency's code; "weighed 82 pounds": a weight).
_AMOUNT_VERBS = frozenset({"exceed", "number", "total", "cost", "weigh"})

# Phrasal verbs of proportion: with a share for object they tell what part of a whole something is,
# in any tense ("Women, who make up 16% of the U.S. military", "accounted for 40 percent of sales").
_SHARE_VERBS = frozenset({"make up", "account for"})

# Modals of a purpose clause ("so he could …", "so that they would …").
_PURPOSE_MODALS = frozenset({"can", "could", "would", "may", "might", "will", "shall"})


def _participle_clause(verb: Token) -> Token | None:
    """The participle clause a verb heads or is a conjunct of ("damaging her jaw and ultimately
    leading to her death"): an ``advcl`` in ``-ing`` after its head, without a subject or a
    subordinator of its own."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.tag_ == "VBG":
        clause = clause.head
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.i < clause.head.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children):
        return None
    return clause


def is_consequence(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is a trailing participle of consequence (see the module's docstring)."""
    return verb.tag_ == "VBG" and lemma.split()[0] in CONSEQUENCE_VERBS and _participle_clause(verb) is not None


# Verbs of trying (a lexical class): as a participle after an act, with an infinitive, they tell what the act was for.
_TRYING_VERBS = frozenset({"attempt", "try", "seek", "strive", "endeavor", "endeavour", "aim", "intend"})


def is_purpose(verb: Token) -> bool:
    """Whether ``verb`` heads a clause of purpose: "so (that)" and a modal, or "so that"
    ("declared a state of emergency so he could begin the construction …"), or a participle of trying with an
    infinitive set after an act (:func:`_tries_by_it`)."""
    if _tries_by_it(verb):
        return True
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "so he could fund and build …": the conjuncts share the purpose
    if clause.dep_ not in ("advcl", "ccomp"):  # (a "so" clause after an object may be parsed as a ccomp)
        return False
    marks = [c for c in clause.children if c.dep_ == "mark" and c.i < clause.i]
    if not any(m.lower_ == "so" for m in marks):
        return False
    so = next(m for m in marks if m.lower_ == "so")
    followed_by_that = so.i + 1 < len(so.doc) and so.doc[so.i + 1].lower_ == "that"
    modal = any(c.dep_ == "aux" and c.lower_ in _PURPOSE_MODALS for c in clause.children)
    return modal or followed_by_that


def _tries_by_it(verb: Token) -> bool:
    """Whether ``verb`` is a participle of trying with a to-infinitive, set after the act of its clause ("In April,
    the House Oversight and Reform Committee authorized subpoenas …, attempting to discern the true reason …"): the
    goal the act served, as a clause of purpose tells, not a second act. After a copula the participle is the act
    ("had been in the lions' area attempting to mend a fence"), and a main verb of trying ("tried to storm
    parliament") is one too."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in _TRYING_VERBS or verb.i < verb.head.i:
        return False
    if any(c.dep_ in ("nsubj", "mark", "aux") for c in verb.children) or verb.head.lemma_ == "be":
        return False
    return intends_an_infinitive(verb) and (verb.doc[verb.left_edge.i - 1].text == "," or intends(verb))


def is_state(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` states what is so (see the module's docstring): a stative verb in the
    simple present, or a verb of amount with a number for object, or a feeling told in the passive."""
    head = lemma.split()[0]
    if classed_as(verb) or lists_a_programme(verb, lemma):
        return True  # "is recognized by tradition as …", "The event featured …" (relative_acts.py, programmes.py)
    if measures_its_subject(verb, head):
        return True  # "inflation averaged nearly 5%", "The journey took 22 minutes": a measure
    if head in FEELING_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
        return True  # "was disappointed by the Parliament's decision": a feeling
    if _tells_a_share(verb, lemma):
        return True
    if head in _SPAN_VERBS and any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return True
    if head == "count" and _counts_toward(verb):
        return True  # "This contribution does not count against the annual $5,000 limit": what is reckoned in
    if head == "carry" and _carries_a_penalty(verb):
        return True  # "the crimes carry a prison term of up to 42 years": what the law sets, in any tense or mood
    if lemma == "call for" and _set_by_a_text(verb):
        return True  # "Mandatory sentencing called for at least 20 years in prison": what the law sets
    if lemma == "act for" and simple_present(verb):
        return True  # "Mr. Kelly, who acts for the remaining appellants": whom counsel represents, as "represents"
    if lemma == "account for" and simple_present(verb):
        return True  # "The study accounts for air traffic flow …": what a method takes in, or a share, not an act
    if _sets_a_price(verb, head):
        return True  # "The 11-inch Air will cost from $999", "The 13-inch models start at $1,199": a price list
    if head not in STATE_VERBS:
        return False
    if _lasting_since(verb):
        return True  # "This record has stood since 1992": what has been so, as the present is
    if head in _AMOUNT_VERBS and any(c.dep_ == "dobj" and (c.like_num or c.pos_ == "NUM" or names_a_measure(c) or any(
            g.dep_ == "nummod" and g.like_num for g in c.children)) for c in verb.children):
        return True
    if head in _PAST_STATES and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and (
            verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children))):
        return True  # (a past the tagger took for a participle has its subject and no auxiliary: "forces … needed")
    if head == "suffer" and _suffering_from(verb):
        return True
    return simple_present(verb)


# Verbs of a price with the bound it starts from ("will cost from $999", "start at $1,199", "range between …").
_PRICE_VERBS = {"cost": ("from", "between", "at", "up"), "start": ("at", "from"), "begin": ("at", "from")}


def _sets_a_price(verb: Token, head: str) -> bool:
    """Whether a verb gives a price by its bounds, in any tense or mood: "cost" with "from", "between", "at" a sum, and
    "start" or "begin" at a sum ("Lower-specced models will cost from $1199", "The 11-inch models will start at
    $999"); a price list, not an act (a start at a time, "starts at 6 p.m.", is left)."""
    preps = _PRICE_VERBS.get(head)
    if preps is None:
        return False
    return any(c.dep_ == "prep" and c.lower_ in preps and any(
        g.dep_ == "pobj" and (g.ent_type_ == "MONEY" or any(w.text in "$€£¥" for w in g.subtree)) for g in c.children)
        for c in verb.children)


# Prepositions of what a thing is reckoned in or as ("counts against the limit", "counts toward the total",
# "counts as income").
_RECKONED_IN = frozenset({"against", "toward", "towards", "as"})


def _counts_toward(verb: Token) -> bool:
    """"does not count against the limit", "counts as income": a thing reckoned in a total or as a kind, with no
    object of its own (one who counts votes or counts him as a friend acts), in any tense."""
    return not any(c.dep_ in ("dobj", "dative", "ccomp") for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ in _RECKONED_IN for c in verb.children)


# Nouns of the penalty an offence carries ("carries a maximum sentence of ten years", "can carry a fine").
_PENALTY_NOUNS = frozenset({"sentence", "term", "penalty", "fine", "punishment", "maximum", "minimum"})


def _carries_a_penalty(verb: Token) -> bool:
    """Whether "carry" has a penalty for object: a penalty noun, or years or months in prison ("carries up to
    five years in prison")."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        lemma = obj.lemma_.lower()
        if lemma in _PENALTY_NOUNS:
            return True
        if lemma in ("year", "month") and any(t.lower_ in ("prison", "jail") for t in obj.subtree):
            return True
    return False


# Nouns of texts that set what must be or is to be (norms, plans, agreements, forecasts), a closed class: as the
# subject of "call for" they tell what the text requires or foresees ("Mandatory sentencing called for at least 20
# years in prison", "The plan calls for 10,000 new homes", "The forecast calls for heavy rain"), in any tense, not
# an act. A message speaks for its author and stays ("The Turkish statement called for the safe zone …"), as do
# people and bodies ("Amnesty International has called for an investigation").
_SETTING_TEXTS = frozenset("""sentencing law rule regulation guideline statute code constitution plan proposal policy
    bill act treaty agreement deal contract budget forecast""".split())


def _set_by_a_text(verb: Token) -> bool:
    """Whether "call for" has for subject a common noun of :data:`_SETTING_TEXTS` (a title, "the Clean Air Act",
    is a name and is left to :mod:`toolkit.nlp.legal_texts`)."""
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in _SETTING_TEXTS for c in verb.children)


def _lasting_since(verb: Token) -> bool:
    """A stative verb in the present perfect with "since" ("This record has stood since 1992",
    "I have lived in Melbourne since 2000"): a state that has lasted up to now, no act."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
                                      for c in verb.children) \
        and not any(c.dep_ == "auxpass" for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)


def _tells_a_share(verb: Token, lemma: str) -> bool:
    """Whether a clause tells a proportion: a verb of proportion with a share for object ("who make
    up 16% of the U.S. military"), or a share for the subject of a simple present ("about 16–17
    percent of African trade occurs between African countries"): what part of a whole is so."""
    children = list(verb.children)
    if lemma in _SHARE_VERBS:
        objects = [c for c in children if c.dep_ == "dobj"] \
            + [g for c in children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        if any(o.ent_type_ == "PERCENT" for o in objects):
            return True
    # (the rare share first: the tense walks the children again)
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ == "PERCENT" for c in children) \
        and simple_present(verb)


def _suffering_from(verb: Token) -> bool:
    """"was suffering from a serious medical condition", "had been suffering from cancer": the
    progressive of "suffer from" with no object tells a condition that lasted, a state; "suffered
    two deep wounds" is something that happened to him."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children) \
        and not any(c.dep_ == "dobj" for c in verb.children)


# Verbs of speaking and of addressing an audience: after "while" they give the occasion of a
# statement ("said …, while addressing the press"), an act of its own.
_OCCASIONS = SPEECH_VERBS | frozenset({"address", "speak", "brief"})


def is_background_activity(verb: Token) -> bool:
    """A participle after "while" with no subject of its own ("In 2018, while preparing for his
    first trial, Manafort was kept …", "while working on a foreign campaign"): what someone was
    doing at the time, the background of the clause it hangs on, not an event of its own; a verb
    of speaking or addressing stays one ("while addressing the press")."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.lemma_.lower() not in _OCCASIONS \
        and any(c.dep_ == "mark" and c.lower_ == "while" for c in verb.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# Verbs of containing: what they list are members of a whole, not acts ("demands included …").
CONTAINING_VERBS = frozenset({"include", "involve", "comprise", "contain", "entail", "require", "mean"})

# Verbs of prohibition and permission: a gerund after one names the activity forbidden or allowed,
# which nobody does by the forbidding ("Thai law forbids both speaking ill of the royal family and
# using the monarchy for a political campaign": the law neither speaks nor uses anything).
_DEONTIC_VERBS = frozenset({"forbid", "prohibit", "ban", "outlaw", "bar", "permit", "allow"})


def is_listed_activity(verb: Token) -> bool:
    """Whether a gerund without a subject is a member of what a verb of containing lists, or the
    activity a verb of prohibition or permission forbids or allows."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.tag_ == "VBG":
        clause = clause.head  # "included dissolving …, appointing … and …": the list's members
    head = clause.head
    # ("he was involved in nuclear weapons research, observing a … test": a passive "involved" is
    # taking part, and the participle an act of its own)
    return clause.dep_ in ("xcomp", "advcl", "dobj", "conj", "ccomp") and head.i < clause.i \
        and head.lemma_.lower() in CONTAINING_VERBS | _DEONTIC_VERBS and not any(c.dep_ == "auxpass" for c in head.children)


# Nouns of time: a relative clause on one tells when something happened ("the night that …").
_TIME_NOUNS = frozenset({"time", "day", "night", "week", "month", "year", "moment", "occasion", "morning", "evening"})


def _clause_verb_of(noun: Token) -> Token | None:
    """The verb whose clause a noun belongs to, through prepositions, appositions and conjuncts."""
    current = noun
    for _ in range(8):
        head = current.head
        if head.i == current.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        current = head
    return None


def describes_in_copula(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause on a noun of a copular clause (see the module's
    docstring), or of the "as" of a verb of regarding (:func:`toolkit.nlp.relative_acts.describes_in_classing`)."""
    if describes_in_classing(verb):
        return True  # "is recognized … as the veil that covered the head of Jesus"
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or tells_a_death(clause):
        return False  # ("were among eleven migrants who died …": a death is news, toolkit/nlp/relative_acts.py)
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in clause.children) \
            and not (simple_present(clause) and any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in clause.children)) \
            and not _defines_a_way(clause):
        return False  # "the fourth night in a row that Serbians protested": another's act, told
    # ("… is not the sort of concrete injury that Article III demands": the relative pronoun its object, in
    # the simple present, with a subject of its own: what the thing is, as the copula says; "which they note
    # is …" frames a statement)
    antecedent = clause.head
    if antecedent.ent_type_ in ("DATE", "TIME") or antecedent.lemma_.lower() in _TIME_NOUNS:
        return False  # "the fourth night in a row that Serbians protested": when it happened, the news
    if _tells_of_a_named_person(clause):
        return False  # "Alexander Gagay of Yekaterinburg, who took third place last year, is …": news of him
    governor = _clause_verb_of(antecedent)
    if governor is None or governor.lemma_ != "be" or governor.i == clause.i:
        return False
    # a cleft ("It was the NCA's investigation … which led to the discovery …") asserts its
    # relative clause: that is the news
    return not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in governor.children)


# Modals of what can or may be done: with a bare verb they tell a possibility, what is generally so.
_POSSIBILITY = frozenset({"can", "may"})


def _defines_a_way(clause: Token) -> bool:
    """Whether a relative clause opens on a preposition and its relative pronoun ("by which", "through which",
    "under which") and tells in the simple present or with "can"/"may" what is done that way ("Impeachment is the
    process by which a federal official … can be removed from office by Congress"): on a copula's complement it
    says what the thing is, a definition, as one with the pronoun for object in the simple present does; in a past
    tense ("the meeting at which Trump fired Comey") it tells an act."""
    relative = any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.tag_ == "WDT" for g in c.children)
                   for c in clause.children)
    if not relative:
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    return simple_present(clause) or (bool(auxiliaries) and auxiliaries[0].lower_ in _POSSIBILITY
                                      and clause.tag_ in ("VB", "VBN")
                                      and all(a.lower_ in _POSSIBILITY | {"be"} for a in auxiliaries))


def _tells_of_a_named_person(clause: Token) -> bool:
    """Whether a relative clause is set off by a comma, opens with "who" and hangs on a person's name:
    a clause added about someone the text names tells something they did, not which one is meant
    ("Alexander Gagay of Yekaterinburg, who took third place last year, is currently a fourth year
    student", "Another was tour manager Thomas Gray, 24, who cited only his experience …"), when the
    name is the copula's subject or complement; "two people who returned from Italy" picks out whom
    the copula is about."""
    who = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who"), None)
    if who is None or who.i == 0 or clause.doc[who.i - 1].text != ",":
        return False
    antecedent = clause.head
    # the copula's own subject or complement: a name deeper in a phrase ("a custody battle between
    # her mother and her aunt, Gertrude Vanderbilt Whitney, who controlled …") is background
    return antecedent.pos_ == "PROPN" and antecedent.ent_type_ == "PERSON" \
        and antecedent.dep_ in ("nsubj", "attr") and antecedent.head.lemma_ == "be"


def describes_by_apposition(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause, with the relative pronoun for subject, on a
    noun in apposition to a person's name (see the module's docstring)."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in clause.children) \
            or tells_a_death(clause):
        return False  # ("Alan Kurdi, a three-year-old Syrian child who drowned": a death is news)
    antecedent = clause.head
    return antecedent.dep_ == "appos" and antecedent.pos_ == "NOUN" and antecedent.head.ent_type_ == "PERSON"


# Verbs that name the source of what is reported ("citing sources", "cited a security source").
CITING_VERBS = frozenset({"cite", "quote"})

# Nouns for the source of information itself (the people and papers a report draws on).
_SOURCE_NOUNS = frozenset({"source", "sources", "official", "officials", "data", "document", "documents", "report",
                           "reports", "spokesperson", "spokesman", "spokeswoman", "witness", "witnesses"})


def names_its_source(verb: Token, lemma: str) -> bool:
    """Whether a verb of citing names where the reported information came from (see the module's
    docstring): its object is a source noun ("sources", "data"), a person or body by name, or a
    body ("local paramilitary groups", "the mayor's office")."""
    if lemma not in CITING_VERBS:
        return False
    cited = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if cited is None:
        return False
    if cited.lemma_.lower() in _SOURCE_NOUNS or cited.lower_ in _SOURCE_NOUNS:
        return True
    if cited.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True  # "cited Budi Gunawan … as saying", "cited the Air Force as stating"
    return cited.pos_ == "NOUN" and cited.lemma_.lower() in BODY_NOUNS | {"group", "office"}


# Verbs of indication: they pass on a content, hedged ("suggested", "indicated", "implied").
INDICATION_VERBS = frozenset({"suggest", "indicate", "imply"})

# Verbs of confirming, clarifying and conjecturing: with a finite clause and no object of their
# own they only pass that clause on ("confirmed that two suspects were arrested", "have
# speculated the virus was transferred …"), as "said" does; with an object they are acts of
# their own ("Bangladesh has confirmed five new deaths").
CONFIRMING_VERBS = frozenset({"confirm", "clarify", "speculate"})
PASSING_ON_VERBS = INDICATION_VERBS | CONFIRMING_VERBS


def passes_on_content(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is a verb of indication whose content is a finite clause and that has no
    object of its own (see the module's docstring); "suggested a compromise" is an act, and so
    is a proposal, whose content is a bare verb ("He suggested supporters fill out absentee
    ballots"). The content may also come first, the verb closing the sentence after a comma as
    "said" does ("…, surpassed one million worldwide, Johns Hopkins University data indicated.")."""
    if lemma not in PASSING_ON_VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return False
    # (a bare verb is finite with a modal before it: "indicated no support will come")
    return any(c.dep_ == "ccomp" and c.i > verb.i and (c.tag_ != "VB" or any(a.dep_ == "aux" for a in c.children))
               for c in verb.children) or _closes_its_content(verb)


def _closes_its_content(verb: Token) -> bool:
    """Whether ``verb`` has its subject and nothing else after a comma that ends its clausal
    content ("…, the data indicated."): the inverted order of a reporting clause."""
    content = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i]
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if not content or subject is None or subject.left_edge.i == 0:
        return False
    after = [t for t in verb.doc[verb.i + 1:verb.sent.end] if not t.is_punct and not t.is_space]
    return verb.doc[subject.left_edge.i - 1].text == "," and not after


def asked_sentences(sentences: list[Span], inside: set[int]) -> set[int]:
    """The numbers of the sentences that are questions of the text itself (an interviewer's
    "Which activity took the most time?"): they ask, they report nothing that happened. A
    question inside quotation marks is somebody's words and is left to the quotations."""
    asked = set()
    for number, sent in enumerate(sentences):
        last = next((t for t in reversed(sent) if not t.is_space), None)
        if last is not None and last.text == "?" and last.i not in inside:
            asked.add(number)
    return asked
