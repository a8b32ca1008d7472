"""Clauses that state what is so (a kind's nature, a habit, a tendency, a text's aim, a standing) told in the form of
an act: no event (round ev44a, from session 43's blind pool, whose largest kind of spurious row this was).

:func:`toolkit.nlp.events.events` asks :func:`tells_a_standing_fact` of every candidate verb, beside
:func:`toolkit.nlp.habits.tells_a_habit` (the simple present with an adverb of frequency). Each is a rule of English
tense, aspect and reference, not of a verb list:

* **a kind under a modal of necessity** — "a category 3 hurricane must sustain winds of at least 111 miles per hour",
  "category 1 hurricanes must sustain winds …": "must" over a subject that names a kind (a bare plural, "a"/"every"
  and a noun) states a definition or a rule, not what anyone did; "The suspect must appear in court" (a
  particular) is left to the other rules;
* **a relative in the simple present on a kind** — "one out of every thousand children who contract measles":
  the relative says what is so of any member of the kind ("frogs that eat birds"); one on a particular ("the
  woman who runs the shop") is left to the other rules;
* **a part of a group in the simple present** — "many of the people who live there fill out their ballots and give
  them to voting organizations", "one out of every thousand children … develop encephalitis": a share of a group
  ("many", "most", "some", "few", "half" of a plural; a number of a kind) in the simple present tells a habit or a
  statistic; a verb of saying is left alone ("Many of the members say …" passes on what they say);
* **a participle after a generic clause** — "warm ocean currents erode the ice shelves …, contributing to the
  planet's rising oceans": a trailing participle shares the generic clause's tense and subject;
* **"every" and a unit of time** — "polynyas, which … occurred in the same places every year", "warm water was
  reaching the ice sheets in the same places every year": a clause dated by every day, year or season tells what
  recurs, a habit, in the present or the past; a perfect ("have gathered every day since June") tells a run of acts
  up to now and is left alone;
* **a tendency** — "Ice shelves tend to weaken as they move", "Warm water … tends to become even more likely to find
  these cracks": "tend to" in the simple present and its infinitive say what is usually so (in another tense the
  infinitive is the act: "Existing treatments have tended to take hours to set", round events19);
* **a text's terms** (round ev45a) — "The measure … would apply to people using public trains", "Until recently,
  Pakistani law allowed the perpetrators … to go unpunished": a text as the subject of a verb of permitting,
  requiring or covering, in the present, under a modal or over a span of the past, states what the text provides;
* **a practice by means** (round ev45a) — "The Democratic and Republican Parties use primary elections … to select
  their nominees": a verb of means in the simple present with an infinitive of its end tells how a body works;
* **a property beside a copula, an inability as a circumstance** (round ev45a) — "This glue remains both sticky and
  flexible and works even when …" (a simple present joined to a copula of a property), "returned the boy to her
  husband when she could not support him" ("could not" in a clause of time);
* **a text's aim** — "The agreement seeks to remove tariffs": a law, agreement, bill or plan (a closed class of
  nouns of texts, or a name the model labels LAW) as the subject of a verb of aiming states the text's terms; its
  makers' acts have them for subject ("The ministers seek to remove tariffs");
* **counts compared** — "the number of cases of measles … exceeded those of any other whole year": a noun of count
  as the subject of a verb of comparing with another count tells a measure; a count that passes a figure ("the total
  number of cases surpassed one million on Thursday") is a milestone and stays;
* **a term served, a career continued** — "Sirhan … is serving a life sentence", "Sirhan was serving his time",
  "He continued as a solo performer": the progressive of serving a sentence or a term, and "continue as" a role,
  tell a standing, not an act (a term served whole, "served his full five-year term", is read by statives.py);
* **what continues, what is held, what a text sets** — "all sites continue to operate", "Tesco continues to run 19
  stores" ("continue" in the simple present: what is still so; "Kyiv continues to call for a full ceasefire", a verb
  of saying, stays), "Republicans hold a majority in the Senate" ("hold" in the simple present with a standing for
  object), "Under BIPA, that number drops to six" (the simple present under "under" and a text: its terms);
* **a standing cause** — "Since the United States Postal Service does not cover most Native American reservations,
  …": a "since"/"because" clause in the simple present gives a condition, not an act;
* **a body's function, a result made possible, an adjective in "un-"** — "Taiwan's Constitutional Court, which rules
  on constitutional matters" (a verb of saying or deciding in a relative in the simple present with no content),
  "held a referendum …, allowing the population to vote" (a trailing participle of enabling), "the fatalities were
  all unvaccinated" ("un-" and a participle is an adjective, save the reversative verbs: "was unveiled");
* **a time clause that frames** — "when the incident occurred" (an event already told, named again by "the"
  noun or "it", as the time of the main act), "while he was walking through a hotel kitchen", "as he was leaving
  the courthouse" and "when Kīlauea was still erupting" (the past progressive of a "while" or "as" clause, or of a
  "when" clause with "still" (round ev46a), the scene of the main act); "As they tried to
  storm parliament" (simple past) is an act and is left alone (events-dev2 lists it).
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import conjunct_subject, names_a_kind, simple_present
from toolkit.nlp.properties import tells_a_property
from toolkit.nlp.statives import tells_a_state
from toolkit.nlp.verb_classes import BODY_NOUNS, REPORTING_VERBS

# Words of a share of a group (a closed class) as a subject with "of" and a plural: "many of the people".
_SHARE_WORDS = frozenset({"many", "most", "some", "few", "half", "majority", "minority", "all", "none"})

# Units of time that "every" or "each" make a recurrence of ("every year", "each winter").
_TIME_UNITS = frozenset("""day night morning evening afternoon week weekend month year decade century season spring
    summer autumn fall winter""".split())

# Nouns of texts that set terms (a closed class: laws, agreements, plans); as the subject of a verb of aiming
# they state what the text is for.
_TEXT_NOUNS = frozenset("""law act bill statute regulation rule ordinance decree amendment legislation measure
    agreement treaty accord pact deal convention charter constitution contract plan proposal policy resolution
    programme program scheme initiative""".split())

# Verbs of aiming (a lexical class): what a text "seeks" or "aims" to do is its purpose.
_AIM_VERBS = frozenset({"seek", "aim", "intend", "strive", "attempt", "try", "want", "hope"})

# Verbs of what a text permits, requires, forbids or covers (a lexical class): with a text for subject, its terms.
_TERM_VERBS = frozenset("""allow permit require prohibit ban forbid bar apply offer provide grant give cover exempt
    restrict limit guarantee protect mandate oblige impose criminalize criminalise legalize legalise outlaw punish
    define let enable entitle authorize authorise""".split())

# Copulas of a property ("is complete", "remains sticky").
_COPULAS = frozenset({"be", "remain"})

# Marks of a clause of time, whose inability is the main act's circumstance. Not "because": a failure given as a
# cause is news of its own ("is not in operation because President Trump and the previous Congress could not reach
# an agreement about the national budget", Wikinews, 2019).
_CIRCUMSTANCE_MARKS = frozenset({"when", "as", "while"})

# Verbs of means (a lexical class): what one uses, pays for or relies on to reach an end.
_MEANS_VERBS = frozenset({"use", "employ", "utilize", "utilise", "pay", "rely", "depend"})

# Verbs of enabling (a lexical class): as a trailing participle they tell what an act made possible.
_ENABLING_VERBS = frozenset({"allow", "enable", "permit", "let"})

# Nouns of counts and measures (a closed class) and verbs of comparing one with another.
_COUNT_NOUNS = frozenset("""number total count tally toll rate figure share proportion percentage level amount
    sum""".split())
_COMPARING_VERBS = frozenset({"exceed", "surpass", "outnumber", "outstrip", "outpace", "eclipse", "equal", "rival",
                              "trail"})

# Verbs formed with a reversative or other "un-" (a closed class): their participles are passives of acts.
_UN_VERBS = ("unveil", "uncover", "unearth", "unload", "unlock", "unleash", "undo", "undone", "unpack", "unseat",
             "unfold", "unit", "untie", "untied", "unwrap", "unplug", "unfreez", "unfroz", "unseal", "unban", "unblock",
             "unravel", "unsettl", "unnerv", "undermin", "undergo", "undertak", "understood", "unif", "union",
             "unmask", "unsubscrib", "unfriend", "unfollow", "uninstall", "unlink", "unchain", "unbuckl", "unzip",
             "unroll", "unscrew", "unshackl", "unsheath")

# Labels of names under which a clause tells a time, not a text's terms ("Under Trump", "Under Soviet rule").
_RULERS = frozenset({"PERSON", "GPE", "NORP", "DATE", "EVENT"})

# Nouns of a standing one holds (a closed class: rank, office, share, record).
_STANDING_NOUNS = frozenset("""majority minority title office post position seat record rank degree citizenship
    licence license stake share lead view belief""".split())

# Nouns of a term of punishment or office that one serves.
_TERM_NOUNS = frozenset({"sentence", "term", "time"})

# Verbs of happening: with an event named again for subject, in a time clause, they date the main act.
_HAPPENING_VERBS = frozenset({"occur", "happen"})
_TIME_MARKS = frozenset({"when", "while", "as", "after", "before"})
# Marks of a time clause whose past progressive is the scene of the main act.
_SCENE_MARKS = frozenset({"while", "as"})


def tells_a_standing_fact(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` states what is so rather than an act (see the module's docstring)."""
    if tells_a_property(verb, lemma) or tells_a_state(verb, lemma):
        return True  # (a measure held, a kind's nature: properties.py; a thing's present, a span: statives.py)
    head = lemma.split()[0]
    subject = conjunct_subject(verb)
    if verb.tag_ == "VBG":
        return _generic_participle(verb) or _enabling_participle(verb, head) or _serves_a_term(verb, head) \
            or _frames_in_time(verb, head, subject) or _recurs(verb) or _tends(verb, head) or _under_a_property(verb)
    if _continues_as(verb, head) or _still_continues(verb, head) or _function_in_relative(verb, subject) \
            or _negative_adjective(verb):
        return True  # ("continue" is also a verb of saying: "…, he continued")
    if head in REPORTING_VERBS:
        return False  # (what is said is passed on by the reporting rules)
    if _property_beside_a_copula(verb) or _inability_as_circumstance(verb):
        return True
    return _kind_under_necessity(verb, subject) or _kind_in_relative(verb, subject) \
        or _part_of_a_group(verb, subject) or _recurs(verb) or _tends(verb, head) \
        or _text_aims(head, subject) or _compares_counts(verb, head, subject) or _holds_a_standing(verb, head) \
        or _under_a_text(verb) or _standing_cause(verb) \
        or _frames_in_time(verb, head, subject) or _text_sets_terms(verb, head, subject) \
        or _practice_by_means(verb, head)


def _kind(noun: Token) -> bool:
    """:func:`~toolkit.nlp.clauses.names_a_kind`, and a plural counted per "every" ("every thousand children")."""
    if noun.tag_ == "NNS" and any(c.dep_ in ("det", "predet") and c.lower_ == "all" for c in noun.children):
        return True  # "all male permanent residents … must register": every member of the kind
    return names_a_kind(noun) or (noun.tag_ == "NNS" and any(
        c.dep_ == "nummod" and any(q.lower_ in ("every", "each", "any") for q in c.children) for c in noun.children))


def _present(verb: Token) -> bool:
    """The simple present, or a bare form with a subject and no auxiliary (the tagger's "VB" for a plural's
    present after a singular head: "one out of every thousand children … develop encephalitis")."""
    if simple_present(verb):
        return True
    return verb.tag_ == "VB" and verb.dep_ in ("ROOT", "ccomp", "conj", "relcl") \
        and any(c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ in ("aux", "auxpass")
                                                                       for c in verb.children)


def _kind_under_necessity(verb: Token, subject: Token | None) -> bool:
    """"a category 3 hurricane must sustain winds …": "must" and a bare verb over a subject naming a kind. Under a
    verb of saying it is someone's demand, news ("The representative of the United Kingdom said any settlement must
    respect Ukraine's sovereignty"), and is left to the reporting rules."""
    if verb.tag_ != "VB" or subject is None or not any(c.dep_ == "aux" and c.lower_ == "must" for c in verb.children):
        return False
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS:
        return False
    return _kind(subject)


def _kind_in_relative(verb: Token, subject: Token | None) -> bool:
    """"every thousand children who contract measles": a relative in the simple present whose pronoun stands for a
    kind (a plural, bare or with "every"/"all"/"any"); "a man who robs a bank" may be one man (a plot, a
    headline) and is left to the other rules."""
    head = verb.head
    return verb.dep_ == "relcl" and subject is not None and subject.tag_ in ("WP", "WDT") and head.tag_ == "NNS" \
        and _kind(head) and simple_present(verb)


def _part_of_a_group(verb: Token, subject: Token | None) -> bool:
    """"many of the people … fill out their ballots", "one out of every thousand children … develop encephalitis":
    a share of a plural group (a number only of a kind) as the subject of a simple present."""
    if subject is None or not (subject.lower_ in _SHARE_WORDS or subject.like_num):
        return False
    group = next((t for t in subject.rights if t.dep_ == "prep" and t.lower_ in ("of", "out")), None)
    if group is not None and group.lower_ == "out":
        group = next((t for t in group.children if t.dep_ == "prep" and t.lower_ == "of"), None)  # "one out of …"
    group = next((t for t in group.children if t.dep_ == "pobj" and t.tag_ == "NNS"), None) if group else None
    if group is None:
        return False
    if subject.lower_ not in _SHARE_WORDS and not _kind(group):
        return False  # "Two of the suspects face charges": particulars counted
    root = verb
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return _present(root)


def _function_in_relative(verb: Token, subject: Token | None) -> bool:
    """"Taiwan's Constitutional Court, which rules on constitutional matters": a verb of saying or deciding in a
    relative in the simple present with no content of its own tells what the body does (its function); one with a
    clause ("which says the vote was rigged") passes on what it says and is left to the reporting rules."""
    return verb.dep_ == "relcl" and subject is not None and subject.tag_ in ("WP", "WDT") \
        and verb.lemma_.lower() in REPORTING_VERBS and simple_present(verb) \
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj", "dative") for c in verb.children)


def _enabling_participle(verb: Token, head: str) -> bool:
    """"held a referendum in November 2018, allowing the population to vote": a trailing participle of enabling
    (no subject or subordinator of its own) tells what the act made possible, not a second act."""
    return head in _ENABLING_VERBS and verb.dep_ == "advcl" and verb.i > verb.head.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def _generic_participle(verb: Token) -> bool:
    """"warm ocean currents erode the ice shelves …, contributing to …": a trailing participle (no subject or
    subordinator of its own) after a simple present whose subject names a kind."""
    if verb.dep_ != "advcl" or verb.i < verb.head.i or any(c.dep_ in ("nsubj", "nsubjpass", "mark")
                                                            for c in verb.children):
        return False
    main = verb.head
    while main.dep_ == "xcomp" and main.head.i != main.i:
        main = main.head  # ("tends to become …, so increasing …": the participle hangs on the infinitive)
    if main.lemma_.lower() == "tend" and simple_present(main):
        return True  # "Warm water … tends to become even more likely to find these cracks, so increasing …"
    subject = conjunct_subject(main)
    # (a body named by a bare plural is particular: "Authorities are at the spot, providing all assistance")
    return subject is not None and _kind(subject) and subject.lemma_.lower() not in BODY_NOUNS \
        and subject.lower_ not in BODY_NOUNS and simple_present(main)


def _recurs(verb: Token) -> bool:
    """"occurred in the same places every year": "every"/"each" and a unit of time on the verb (or on the object of
    one of its prepositions, where the parser often hangs it), in a simple tense or a progressive (not a
    perfect). An agentless passive is left alone: "A children's costume contest was held each day" lists an
    occasion of the event reported, as "The race was held" is listed."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    near = list(verb.children)
    near += [g for c in near if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj" for g in o.children]
    for child in near:
        if child.dep_ in ("npadvmod", "advmod", "dobj") and child.lemma_.lower() in _TIME_UNITS \
                and any(d.dep_ == "det" and d.lower_ in ("every", "each") for d in child.children):
            return not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return False


def _tends(verb: Token, head: str) -> bool:
    """"Ice shelves tend to weaken", "DRM tends to increase the control …": "tend" in the simple present and its
    infinitive say what is usually so. In another tense the infinitive is the act, with the frame's tense (round
    events19: "Existing treatments have tended to take hours to set" gives "take")."""
    if head == "tend":
        return any(c.dep_ == "xcomp" for c in verb.children) and _tendency(verb)
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "tend" and _tendency(verb.head)


def _tendency(tend: Token) -> bool:
    """Whether "tend" is in the simple present, or under a modal ("suggested smaller frogs would tend to develop
    spiky skulls", round ev45a: a tendency foretold or supposed, still no act)."""
    return simple_present(tend) or (tend.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD"
                                                                for c in tend.children))


def _text_aims(head: str, subject: Token | None) -> bool:
    """"The agreement seeks to remove tariffs": a noun of a text (or a LAW name) as the subject of a verb of aiming."""
    if head not in _AIM_VERBS or subject is None:
        return False
    return _names_a_text(subject)


def _names_a_text(noun: Token) -> bool:
    """Whether a subject names a text: a LAW name, or a noun of :data:`_TEXT_NOUNS` ("the bill", "the agreement")."""
    return noun.ent_type_ == "LAW" or (noun.pos_ == "NOUN" and noun.lemma_.lower() in _TEXT_NOUNS)


def _clause_marks(verb: Token) -> set[str]:
    """The words that introduce a clause, in lower case: its subordinators and a "when" or "where" ("when she could
    not support him")."""
    return {c.lower_ for c in verb.children if c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")}


def _text_sets_terms(verb: Token, head: str, subject: Token | None) -> bool:
    """"The measure … would apply to people using public trains", "The selected bill does not offer same-sex couples
    all the same rights", "Until recently, Pakistani law allowed the perpetrators … to go unpunished": a text (a noun
    of :data:`_TEXT_NOUNS` or a LAW name) as the subject of a verb of what a text permits, requires or covers, in the
    simple present, under a modal, or in the past over a span ("until", "long"), states its terms, not an act. The
    golds conflict here (events-dev5 lists "The new policy … prohibits all flights to Cuba"); the majority (dev20's
    bill, dev21's law, dev22's measure, dev24's "the bill provides for") lists none, and so does this rule. A text's
    own life is no term ("The bill passed the Senate", "The law takes effect on Monday": no verb of terms), nor is a
    participle on it ("a decree banning anyone …", events-dev16, what the decree did when it was signed)."""
    if head not in _TERM_VERBS or subject is None or subject.dep_ != "nsubj" or verb.tag_ == "VBG" \
            or not _names_a_text(subject):
        return False
    if _present(verb) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return True
    return verb.tag_ == "VBD" and any((c.dep_ == "prep" and c.lower_ == "until") or (c.dep_ == "advmod" and c.lower_
                                      in ("long", "formerly", "previously", "traditionally")) for c in verb.children)


def _practice_by_means(verb: Token, head: str) -> bool:
    """"The Democratic and Republican Parties use primary elections, along with caucuses, to select their nominees",
    "Currently, NASA pays for Russian spacecraft to carry living people": a verb of means in the simple present with
    an infinitive of the end it serves tells how a body goes about something, a standing practice (events-dev24 and
    -dev27 list none: "'uses caucuses ... to select' is a standing practice"). In the past it is an act ("The party
    used caucuses to select its nominee in 2016"), and with no end named it is left to the other rules."""
    if head not in _MEANS_VERBS or verb.tag_ not in ("VBZ", "VBP") or not simple_present(verb):
        return False
    return any(c.dep_ in ("xcomp", "advcl") and c.i > verb.i and c.tag_ == "VB"
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def _property_beside_a_copula(verb: Token) -> bool:
    """"This glue remains both sticky and flexible and works even when the surface … is wet", "the two-spray process
    is complete in under five minutes and lasts for roughly 500 flushes" (round ev45a): a simple present joined by
    "and" to a copula in the simple present ("be", "remain") shares its subject and its reading, a property of the
    thing. ("The minister is in Kyiv and meets Zelensky today", a narrative present, has no copula of a property
    before it in news; a verb of saying is left to the reporting rules.)"""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBZ", "VBP") \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return False
    copula = verb.head
    return copula.lemma_ in _COPULAS and copula.tag_ in ("VBZ", "VBP") \
        and any(c.dep_ in ("acomp", "attr") for c in copula.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in copula.children)


def _under_a_property(verb: Token) -> bool:
    """"… lasts for roughly 500 flushes before requiring reapplication": a gerund or participle hung on a property
    (:func:`_property_beside_a_copula`) is part of it."""
    head = verb.head.head if verb.dep_ == "pcomp" else verb.head if verb.dep_ == "advcl" else None
    return head is not None and head.i != verb.i and _property_beside_a_copula(head)


def _inability_as_circumstance(verb: Token) -> bool:
    """"later returned the boy to her husband when she could not support him" (round ev45a): "could not" or "cannot"
    in a clause of time tells the circumstance of the main act, an inability, not an act. In a main clause or a clause
    of cause it tells a failure ("Rescuers could not reach the site on Monday") and is left alone."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "neg" for c in verb.children) \
            or not any(c.dep_ == "aux" and c.lower_ in ("could", "can", "ca") for c in verb.children):
        return False
    marks = _clause_marks(verb)
    return bool(marks & _CIRCUMSTANCE_MARKS)


def _compares_counts(verb: Token, head: str, subject: Token | None) -> bool:
    """"the number of cases … exceeded those of any other whole year", "the number of confirmed cases trails the
    true number of infections": a count compared with another count. A count that passes a figure ("the total
    number of cases surpassed one million on Thursday") is a milestone, news, and is left alone."""
    if head not in _COMPARING_VERBS or subject is None or subject.pos_ != "NOUN" \
            or subject.lemma_.lower() not in _COUNT_NOUNS:
        return False
    return not any(c.dep_ == "dobj" and (c.like_num or c.ent_type_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
                                         or any(g.dep_ == "nummod" for g in c.children)) for c in verb.children)


def _serves_a_term(verb: Token, head: str) -> bool:
    """"is serving a life sentence", "was serving his time": the progressive of serving a term."""
    return head == "serve" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children) \
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _TERM_NOUNS for c in verb.children)


def _under_a_text(verb: Token) -> bool:
    """"Under BIPA, that number drops to six": a clause in the simple present under "under" and a law, rule or
    agreement (a noun of :data:`_TEXT_NOUNS` or a name not of a person or place) tells the text's terms; in a past
    tense it tells an act done under them ("Under the agreement, Iran shipped out its uranium")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"):
        if any(g.dep_ == "pobj" and (g.ent_type_ == "LAW" or (g.pos_ == "NOUN" and g.lemma_.lower() in _TEXT_NOUNS)
                                     or (g.pos_ == "PROPN" and g.ent_type_ not in _RULERS)) for g in prep.children):
            # (a name not of a person or a place: the model often labels a law's acronym ORG, "Under BIPA, …";
            # "Under Trump, …" is a time)
            return simple_present(verb)
    return False


def _negative_adjective(verb: Token) -> bool:
    """"the fatalities were all unvaccinated": "un-" before a participle makes an adjective (not vaccinated), a
    state, not a passive act; the reversative verbs that take "un-" themselves ("was unveiled", "were uncovered")
    are left alone."""
    word = verb.lower_
    if verb.tag_ not in ("VBN", "JJ") or not word.startswith("un") or not word.endswith(("ed", "en")):
        return False
    if any(word.startswith(stem) for stem in _UN_VERBS):
        return False
    return any(c.dep_ == "auxpass" for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)  # (a by-phrase makes it an act: "unchallenged by")


def _standing_cause(verb: Token) -> bool:
    """"Since the United States Postal Service does not cover most Native American reservations, many …": a clause
    of cause ("since", "because") in the simple present gives a standing condition as the reason, not an act; one in
    a past tense ("because the police closed the road") tells what happened."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("since", "because") for c in verb.children) \
        and simple_present(verb)


def _still_continues(verb: Token, head: str) -> bool:
    """"all sites continue to operate", "The Beyond Fest 2019 continues": "continue" in the simple present tells what
    is still so (and so does its infinitive); "continued to cool the structure" (a past) is an act and stays, and so
    does a verb of saying ("Kyiv continues to call for a full ceasefire")."""
    if head == "continue":
        return simple_present(verb) and not any(c.dep_ == "xcomp" and c.lemma_.lower() in REPORTING_VERBS
                                                for c in verb.children)
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "continue" and simple_present(verb.head) \
        and head not in REPORTING_VERBS  # ("Kyiv continues to call for a full ceasefire": what it says, news)


def _holds_a_standing(verb: Token, head: str) -> bool:
    """"Republicans hold a majority in the Senate", "Princess Ubolratana no longer holds a royal title": "hold" in
    the simple present with a standing for object (a majority, a title, an office, a record) tells what is so;
    "Police hold the suspect" (a person) and "held a rally" (a past act) are left alone."""
    return head == "hold" and any(c.dep_ == "dobj" and c.lemma_.lower() in _STANDING_NOUNS for c in verb.children) \
        and simple_present(verb)


def _continues_as(verb: Token, head: str) -> bool:
    """"He continued as a solo performer": "continue" with an "as" role and no object or infinitive."""
    return head == "continue" and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) \
        and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children)


def _frames_in_time(verb: Token, head: str, subject: Token | None) -> bool:
    """"when the incident occurred" (an event named again, with "the"/"this" or "it", happening in a time clause),
    "while he was walking through a hotel kitchen" (a past progressive under "while" or "as")."""
    if verb.dep_ != "advcl":
        return False
    marks = _clause_marks(verb)
    if not marks & _TIME_MARKS:
        return False
    if head in _HAPPENING_VERBS and subject is not None and (subject.lower_ == "it" or any(
            d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in subject.children)):
        return True
    # ("as he was leaving the courthouse", round ev45a: "as" with the past progressive frames the main act as
    # "while" does; "as they tried to storm parliament", a simple past, is an act and is left alone)
    # ("when Kīlauea was still erupting", round ev46a: "when" frames a scene only with "still", a process going on;
    # "when fellow drummer Charlie Watts was leaving Blues Incorporated for The Rolling Stones" tells his leaving)
    scene = bool(marks & _SCENE_MARKS) or ("when" in marks and any(c.dep_ == "advmod" and c.lower_ == "still"
                                                                   for c in verb.children))
    return scene and verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children)
