"""Properties: what a thing is, holds or measures, told with a verb of action — no event (round ev46a, from the
blind pools of sessions 43 to 45, whose largest kind of spurious row was a state or a figure given as an act).

:func:`toolkit.nlp.standing_facts.tells_a_standing_fact` asks :func:`tells_a_property` of every candidate verb
first. Each rule reads the clause's grammar (what the object is, what the subject is, the tense), not a list of the
sample's verbs:

* **a measure held or spanned** — "the sold units held a value of 681 million pounds in the books", "the company
  held a 4% share of the Polish retail market", "The event … spanned roughly 35,000 square feet of exhibit and
  classroom space", "The train … covered a distance of 139km": a verb of having or extent (hold, span, cover,
  occupy, …) whose object is a measure (a value, a share, a stake; an amount of money, a percentage, an area, a
  distance) tells what its subject was worth or how big
  it was, in any tense; "Police held the suspect", "held a rally", "The company covered the costs" have no measure
  for object and are left alone, and so is a person's distance ("He covered 20 kilometres on foot", an act);
* **a level** (session 50) — "Unemployment stood at 4.1% in June", "core inflation has tracked at just 2.1%",
  "Inflation came in at 2.9%", "has come in below or at economists' expectations": a verb of standing or running at
  a level ("stand", "track", "hover", "sit", "remain", "run", "come in") with "at" and an amount tells where a
  figure was, in any tense; a person's or a body's "stood at the podium" has no amount and stays, and so do the
  moves that reach a level ("rose 60 cents to close at 66.80");
* **a title given** (session 50) — "The directive in section 7 of the Executive Order entitled Unleashing American
  Energy requires …": "entitled" or "titled" right after a noun and before a capitalised word names the work, even
  where the parser makes it the sentence's verb; "entitled to benefits" is a right, and stays;
* **a kind's nature in the simple present** — "Green algae also absorb carbon dioxide and produce oxygen", "green
  algae form the basis of the food chain, providing food for crustaceans": a bare noun of a thing (no article, no
  possessive, no number, in lower case) as the subject of the simple present says what is so of the whole kind;
  the tagger often calls such a noun singular or proper ("algae"), so :func:`~toolkit.nlp.clauses.names_a_kind`
  (bare plurals) misses it. A body or a person ("Police say", "Protesters gather"), a verb of saying, and a
  present dated to a day ("Prices rise on Monday", a narrative present) are left to the other rules;
* **a property made in the simple present** — "the western extension of Mindanao Fault makes the province
  seismically active": a thing as the subject of "make"/"render"/"keep" with an adjective for its object's
  predicate, in the simple present, tells a standing property; "The ruling made the vote invalid" (a past) is an
  act and stays;
* **a count in a result** — "the strong tremor left five dead and, by early reports, at least 30 injured": a bare
  number joined to a verb of result ("leave", "render") with a participle and no auxiliary is the second half of
  the result's object and predicate, not a passive of its own ("30 were injured", with its auxiliary, stays);
* **what a thing affords, beside its state** — "A mobile escape room was onsite and allowed playthroughs for VIP
  attendees", "The website was based in South Korea and accepted cryptocurrency as payment": a verb of affording or
  holding (allow, accept, host, offer, include, …) joined by "and" to a copula of the same thing ("was onsite", "was
  based in"), in any tense, describes the thing as the copula does (round ev45a's rule for the simple present,
  ``standing_facts._property_beside_a_copula``, is tense-bound because persons act after a copula: "The minister was
  in Kyiv and met Zelensky"); here the subject must be a thing and the verb one of affording, so "The minister was in
  Kyiv and offered aid" stays;
* **a naming set off by commas** — "The mass of microbe-rich water, called a plume, was large enough to detect from
  space": a verb of naming right after a comma, whose object is followed by a comma and the sentence's own verb
  with no conjunction, is a participle naming the noun before it (the small model reads it as the main verb);
  "The president called a meeting, and was criticised" (a conjunction) stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import conjunct_root, conjunct_subject, simple_present
from toolkit.nlp.descriptions import names_a_thing
from toolkit.nlp.headline_acts import particular_in_headline
from toolkit.nlp.verb_classes import BODY_NOUNS, REPORTING_VERBS, RESULT_VERBS

# Verbs of having and of extent (a lexical class): with a measure for object they tell a size or a worth.
_HAVING_VERBS = frozenset({"hold", "span", "cover", "occupy", "encompass", "comprise", "measure", "total"})

# Nouns of a measure (closed classes): what one holds of a value or a market, and the size of a thing.
_WORTH_NOUNS = frozenset({"value", "valuation", "worth", "share", "stake", "percent", "percentage", "proportion"})
_EXTENT_NOUNS = frozenset({"area", "size", "capacity", "distance", "length", "height", "depth", "width", "volume",
                           "weight"})

# Entity labels of amounts: an object so labelled is a figure.
_AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})

# Pronouns of persons: a person's distance covered is an act ("He covered 20 kilometres").
_PERSON_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "you"})

# Verbs that make their object have a property ("makes the province seismically active").
_PROPERTY_VERBS = frozenset({"make", "render", "keep"})

# Verbs of naming (a lexical class): set off by commas after a noun, a participle giving its name.
_NAMING_VERBS = frozenset({"call", "name", "dub", "term", "nickname", "label", "title"})

# Endings of agent nouns (as in descriptions): a lower-case noun so formed names who acts.
_AGENT_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents")

# Verbs of what a thing affords or holds (a lexical class): joined to a state of the thing, part of its description.
_AFFORDING_VERBS = frozenset({"allow", "permit", "enable", "accept", "host", "feature", "include", "offer", "contain",
                              "house", "provide", "support"})

# Participles of where a thing stands ("was based in", "is located in"): a state, as a copula is.
_STATE_PARTICIPLES = frozenset({"base", "locate", "situate", "headquarter"})

# Nouns of persons and of people in general (a closed class), beside descriptions' agent nouns: they act.
_PERSON_NOUNS = frozenset("""people person persons man men woman women child children kid kids human humans folk folks
    family families individual individuals adult adults youth""".split())

# Tags a simple present's verb may carry: its finite forms, a bare conjunct or one after "do", a passive's participle.
_PRESENT_TAGS = frozenset({"VBZ", "VBP", "VB", "VBN"})

# Labels of a day or a time: a present dated by one is narrated, not generic.
_TIMES = frozenset({"DATE", "TIME"})


# Verbs of standing or running at a level (a lexical class): with "at" and an amount, where a figure was.
_LEVEL_VERBS = frozenset({"stand", "track", "hover", "sit", "remain", "run", "come in", "hold", "hold steady",
                          "trend", "rest"})


# What a figure "came in" above or below (a closed class): the forecasts it is measured against.
_FORECAST_NOUNS = frozenset({"expectation", "forecast", "estimate", "projection", "consensus"})


def _at_a_level(verb: Token, lemma: str) -> bool:
    """"stood at 4.1%", "has come in below economists' expectations": a verb of level with "at" and an amount, or "come
    in" against a forecast (see the module's docstring)."""
    if lemma not in _LEVEL_VERBS:
        return False
    for prep in (c for c in verb.children if c.dep_ in ("prep", "cc", "conj") or c.dep_ == "advmod"):
        for word in (w for w in prep.subtree if w.dep_ == "pobj"):
            if (prep.lower_ == "at" and word.ent_type_ in _AMOUNTS) \
                    or (lemma == "come in" and word.lemma_.lower() in _FORECAST_NOUNS):
                return True
    return False


# Participles that give a work or an instrument its title ("the Executive Order entitled Unleashing American Energy").
_TITLING = frozenset({"entitled", "titled"})


def _gives_a_title(verb: Token) -> bool:
    """"the Executive Order entitled Unleashing American Energy requires …": a participle of titling right after a
    noun and before a capitalised word names the noun (the parser may make it the sentence's verb); "entitled to"
    (a right) is no title."""
    doc = verb.doc
    return verb.lower_ in _TITLING and 0 < verb.i < len(doc) - 1 and doc[verb.i - 1].pos_ in ("NOUN", "PROPN") \
        and doc[verb.i + 1].is_title and doc[verb.i + 1].lower_ != "to"


def tells_a_property(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` tells what a thing is, holds or measures rather than an act (see the module's docstring)."""
    head = lemma.split()[0]
    if verb.tag_ == "VBG":
        return _trails_a_kind(verb)  # ("Acting via his lawyers, …": means_participles.acts_in_a_capacity)
    return _holds_a_measure(verb, head) or _at_a_level(verb, lemma) or _gives_a_title(verb) \
        or _makes_a_property(verb, head) or _count_in_a_result(verb) or _naming_aside(verb, head) \
        or _kind_in_present(verb, head) or _affords_beside_a_state(verb, head)


def _is_measure(noun: Token) -> bool:
    """Whether an object is a measure: a noun of worth or of extent, or an amount."""
    word = noun.lemma_.lower()
    return word in _WORTH_NOUNS or word in _EXTENT_NOUNS or noun.ent_type_ in _AMOUNTS


def _is_extent(noun: Token) -> bool:
    """Whether an object is a size or a distance ("a distance of 139km", "roughly 35,000 square feet")."""
    return noun.ent_type_ == "QUANTITY" or noun.lemma_.lower() in _EXTENT_NOUNS


def _holds_a_measure(verb: Token, head: str) -> bool:
    """"held a value of 681 million pounds", "spanned roughly 35,000 square feet": a verb of having or extent with a
    measure for object. A person's (or a pronoun's) quantity covered is left alone: a distance travelled."""
    if head not in _HAVING_VERBS or any(c.dep_ in ("auxpass", "prt") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and _is_measure(c)]
    if not objects:
        return False
    if all(_is_extent(o) for o in objects):  # ("The train covered a distance of 139km"; not "He covered …")
        subject = conjunct_subject(verb)
        return subject is None or not (subject.ent_type_ == "PERSON" or subject.lower_ in _PERSON_PRONOUNS)
    return True


def _bare_thing(noun: Token) -> bool:
    """Whether a subject is a bare lower-case noun of a thing: no article, possessive, number or "of"; not a name, a
    body, a person or an agent noun ("green algae", "lava"; not "police", "protesters", "the virus")."""
    if noun.pos_ not in ("NOUN", "PROPN") or not noun.is_lower or noun.ent_type_:
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "predet") or (c.dep_ == "prep" and c.lower_ == "of")
           for c in noun.children):
        return False
    if noun.lemma_.lower() in _PERSON_NOUNS or noun.lower_ in _PERSON_NOUNS:
        return False  # ("other people will try …", "people die": persons act)
    if noun.pos_ == "NOUN":
        return names_a_thing(noun)
    # (a lower-case noun the tagger calls proper, "green algae")
    return noun.lower_ not in BODY_NOUNS and not noun.lower_.endswith(_AGENT_ENDINGS)


def _kind_in_present(verb: Token, head: str) -> bool:
    """"Green algae also absorb carbon dioxide and produce oxygen": a bare noun of a thing as the subject of the
    simple present, undated and no verb of saying."""
    if verb.tag_ not in _PRESENT_TAGS or verb.dep_ in ("relcl", "acl") or head in REPORTING_VERBS:
        return False  # (the cheap tests first: most verbs of news are in the past)
    subject = conjunct_subject(verb)
    if subject is None or not _bare_thing(subject) or particular_in_headline(verb, subject):
        return False  # (a headline's present is its act's: "Michigan office shooting kills 1, injures 2")
    own = any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    if not simple_present(verb if own else conjunct_root(verb)):
        return False  # (a conjunct with a subject or an auxiliary of its own has its own tense: "… has started")
    return not any(c.ent_type_ in _TIMES for c in verb.subtree)  # ("Prices rise on Monday": narrated)


def _trails_a_kind(verb: Token) -> bool:
    """"green algae form the basis of the food chain, providing food for crustaceans": a trailing participle with no
    subject of its own after a kind's simple present shares its reading."""
    if verb.dep_ != "advcl" or verb.i < verb.head.i or any(c.dep_ in ("nsubj", "nsubjpass", "mark")
                                                            for c in verb.children):
        return False
    main = verb.head
    return main.pos_ in ("VERB", "AUX") and _kind_in_present(main, main.lemma_.lower())


def _makes_a_property(verb: Token, head: str) -> bool:
    """"the western extension of Mindanao Fault makes the province seismically active": a thing making its object
    have a property, in the simple present."""
    if head not in _PROPERTY_VERBS or not simple_present(verb):
        return False
    subject = conjunct_subject(verb)
    if subject is None or not names_a_thing(subject):
        return False
    return any(c.dep_ in ("ccomp", "oprd", "xcomp") and c.pos_ == "ADJ" for c in verb.children)


def _count_in_a_result(verb: Token) -> bool:
    """"left five dead and, by early reports, at least 30 injured": a bare number and a participle joined to a verb
    of result, with no auxiliary, finish the result's object and predicate."""
    if verb.tag_ != "VBN" or verb.dep_ != "conj" or verb.head.lemma_.lower() not in RESULT_VERBS:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # ("and 30 were injured": a passive of its own)
    return any(c.dep_ == "nsubj" and (c.like_num or c.ent_type_ == "CARDINAL") for c in verb.children)


def _naming_aside(verb: Token, head: str) -> bool:
    """"The mass of microbe-rich water, called a plume, was large enough …": a verb of naming right after a comma,
    its subject before the comma, its object followed by a comma and the sentence's verb with no conjunction."""
    doc = verb.doc
    if head not in _NAMING_VERBS or verb.i == 0 or doc[verb.i - 1].text != "," or verb.tag_ not in ("VBD", "VBN"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > verb.i or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    named = next((c for c in verb.children if c.dep_ in ("dobj", "oprd")), None)
    # (or the parser makes the name the subject of the sentence's verb, a clause under the naming: "called [a plume
    # , was large …]")
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if named is None and clause is not None:
        named = next((c for c in clause.children if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1), None)
    if named is None:
        return False
    after = named.right_edge.i + 1
    if after >= len(doc) or doc[after].text != ",":
        return False
    follow = next((c for c in verb.children if c.dep_ in ("conj", "ccomp") and c.i > after), None)
    return follow is not None and not any(c.dep_ == "cc" and after < c.i < follow.i for c in verb.children)


def _affords_beside_a_state(verb: Token, head: str) -> bool:
    """"A mobile escape room was onsite and allowed playthroughs": a verb of affording with no subject of its own,
    joined to a copula or a participle of place whose subject is a thing."""
    if head not in _AFFORDING_VERBS or verb.dep_ != "conj" \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return False
    state = verb.head
    if state.lemma_ == "be":
        described = any(c.dep_ in ("acomp", "attr") for c in state.children)
    else:
        described = state.tag_ == "VBN" and state.lemma_.lower() in _STATE_PARTICIPLES \
            and any(c.dep_ == "auxpass" for c in state.children)
    if not described:
        return False
    subject = next((c for c in state.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and names_a_thing(subject)
