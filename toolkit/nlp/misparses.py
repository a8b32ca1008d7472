"""Mends of the small model's dependency parse that the event rules rely on.

The small English model often reads the subject of a reported clause without "that" as the
object of the verb that reports it: in "Protesters have claimed Iran, especially, amongst other
outside parties, is unduly influencing their government" it hangs "Iran" on "claimed" as a
direct object and "is … influencing" on "claimed" as a conjunct without a subject of its own;
so the claimant would be read as the one who influences, and "claimed Iran" as an act.
:func:`mend_reported_subjects` gives the clause its subject back and makes it the content of
the reporting verb, as the sentence means. A rule of English clause structure: a tensed verb
group needs a subject, and a noun right before it, after a verb of saying or thinking, is it. So after a
verb of making sure ("ensure"): in "guides his actions to ensure the world’s leading state sponsor of
terrorism cannot threaten the world" the parser hangs "cannot threaten" on "guides", and the position
would threaten; the sponsor of terrorism is the subject.

It also reads a preposition's object as a subject when the phrase stands before the verb: in
"U.S. troops left Iraq in 2011, then at the Iraqi government's request returned three years
later" the request would "return". :func:`mend_stranded_prepositions` gives the preposition its
object back, and a clause that "then" opens after a comma, left without a subject, is the next
act of the same subject (a conjunct), as English chains acts ("left …, then … returned");
:func:`mend_then_clauses` does the same for a verb that "then" opens right after a comma, whatever
loose relation the parser gave it ("his men pushed artillery … for 11 hours, then marched 9 miles").

And after a long phrase put before the clause ("On Friday, on Route 2 in Randolph, New Hampshire,
United States, a pickup truck and a group of ten motorcycles collided", "In the Green Party, union
leader … Howie Hawkins attained …") it hangs the subject on the last noun of that phrase, as an
apposition or a conjunct, and leaves the verb without a subject. :func:`mend_fronted_subjects`
gives the verb its subject back: a tensed verb with none, right after a noun phrase set off by a
comma from a phrase that hangs on the verb, has that noun phrase for subject.

A restrictive relative clause ("that" or "which" with no comma before it) describes the noun phrase
right before it; the parser sometimes hangs it on a noun further back, across a phrase set off by a
comma: in "will build upon our longstanding economic relationship, including the U.S.-Viet Nam
Bilateral Trade Agreement signed in 2000 that entered into force in 2001" the relationship would
have entered into force. :func:`mend_relatives_across_commas` hangs such a clause on the nearest
noun before it, climbing from the word before the pronoun over dates, numbers, prepositions and
participles ("signed in 2000") to the noun they describe, when that noun hangs on the parser's noun
through a phrase set off by a comma; a noun of a list ("It is this spirit of courage, faith and
patriotism that propelled Paul Revere") leaves the parse as it is.

"Which" never stands for people ("who" does): in "It establishes MAGA savings accounts for newborns,
which could grow to as much as $1.9 million" the parser hangs the clause on "newborns", so that the
newborns would grow to $1.9 million. :func:`mend_which_on_people` hangs a "which" clause put on a noun
of people that is a preposition's object on the noun that preposition modifies (the accounts grow).

Example:
    >>> doc = mend_reported_subjects(nlp("Protesters have claimed Iran is influencing their government."))  # doctest: +SKIP
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Iran", "influencing")]
    [('Iran', 'nsubj', 'influencing'), ('influencing', 'ccomp', 'claimed')]
"""

from __future__ import annotations

from spacy.attrs import HEAD, ORTH
from spacy.tokens import Doc, Token

from toolkit.nlp.circumstances import PASSING_ON_VERBS
from toolkit.nlp.coordination import joined_subject
from toolkit.nlp.lookups import indices_of, indices_where
from toolkit.nlp.syntax import ROLE_WORDS, UNNAMED_PEOPLE
from toolkit.nlp.verb_classes import REPORTING_VERBS

# Verbs whose content is a clause: of saying and thinking, and of indicating and confirming
# ("The US has further indicated no support will come …").
_CONTENT_VERBS = REPORTING_VERBS | PASSING_ON_VERBS

# Pronouns in the object case can be no clause's subject ("told them …").
_OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them", "whom"})

# Dependencies under which the parser hangs the stranded clause on the reporting verb.
_STRANDED_DEPS = frozenset({"conj", "advcl", "parataxis", "ccomp", "xcomp"})  # (xcomp: a past read as a complement)

# Tags of a tensed word: a modal or a finite form of a verb or auxiliary.
_TENSED = frozenset({"MD", "VBZ", "VBP", "VBD"})  # (a bare VBD only with an auxiliary: see below)

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})

# Verbs of making sure, whose content is a clause too ("to ensure the regime cannot threaten the world").
_ENSURING = frozenset({"ensure", "guarantee", "insure"})


def _candidates(verb: Token):
    """Clauses that may be the stranded content of ``verb``: its own clausal children, and for a
    participle on a noun ("released a statement saying an attack … produced no casualties") the
    conjuncts of the clause that noun belongs to, where the parser also hangs it."""
    for clause in verb.children:
        if clause.dep_ in _STRANDED_DEPS:
            yield clause, False
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.head.i != verb.head.i:
        for clause in verb.head.head.children:
            if clause.dep_ == "conj" and clause.i > verb.i:
                yield clause, True
    elif verb.lemma_.lower() in _ENSURING and _to_infinitive(verb):
        # "guides his actions to ensure the world’s leading state sponsor of terrorism cannot threaten the
        # world": an infinitive of purpose on a noun or a verb, its content hung on the main verb
        main = verb.head.head if verb.dep_ == "acl" else verb.head
        if main.i != verb.head.i or verb.dep_ != "acl":
            for clause in main.children:
                if clause.dep_ == "conj" and clause.i > verb.i:
                    yield clause, True


def _to_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and verb.dep_ in ("acl", "advcl", "xcomp") and verb.head.i != verb.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _stranded_clause(verb: Token, obj: Token) -> Token | None:
    """The tensed clause after ``obj`` that the parser left without a subject, if any."""
    for clause, outer in _candidates(verb):
        if clause.i <= obj.i or clause.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in _SUBJECTS for c in clause.children):
            continue
        # the tense is between the noun and the verb ("Iran … is influencing", "the algae … might
        # render") or on the verb itself in the present ("Iran influences"); a bare past form may
        # be a participle of the noun ("the withdrawal … first announced seven days earlier"),
        # but not when it is a conjunct without a coordinator ("an attack … produced …")
        tensed = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.tag_ in _TENSED and c.i > obj.i]
        # (only hung on the clause of the noun's participle, and never in a list of the main
        # subject's acts: "declared a state of emergency on November 15, shut down all schools …,
        # and later banned …")
        bare_past = outer and clause.tag_ == "VBD" and clause.dep_ == "conj" and not any(
            c.dep_ == "cc" and c.i > clause.i for c in clause.head.children) and not any(
            c.dep_ == "cc" for c in clause.children)
        # ("was" and "were" are past tenses and nothing else: "indicated Dorian's maximum sustained winds were
        # near 180 mph")
        past_of_be = clause.tag_ == "VBD" and clause.lower_ in ("was", "were")
        # (a past with an object of its own, read as the name's complement, right after the name: "told police
        # LaCalamita loaded a shell into the shotgun's chamber")
        past_after_name = clause.dep_ == "xcomp" and clause.tag_ == "VBD" and clause.i == obj.i + 1 \
            and obj.pos_ == "PROPN" and any(c.dep_ == "dobj" for c in clause.children)
        if not tensed and clause.tag_ not in ("VBZ", "VBP") and not bare_past and not past_of_be \
                and not past_after_name:
            continue
        # (what lies inside the noun's own phrase, a relative clause on a noun of its "of" or "on"
        # phrase, is no clause of the reporter's: "suggest a new feature on the 737 Max, which had
        # not suffered a crash before, was forcing …")
        between = [t for t in verb.doc[obj.i + 1:clause.i] if not obj.left_edge.i <= t.i <= obj.right_edge.i]
        if any(t.pos_ == "CCONJ" or t.dep_ in ("mark", "nsubj", "nsubjpass") for t in between) \
                or any(t.tag_ in _TENSED and t.head.i != clause.i for t in between):
            continue  # "claimed the attack and said …": a second act of the reporter's own
        if outer and any(t.tag_ in ("VBD", "VBZ", "VBP") and t.pos_ == "VERB" for t in verb.doc[verb.i + 1:obj.i]):
            continue
        return clause
    return None


def _take_following_conjuncts(clause: Token, old_head: Token) -> None:
    """"claiming the state of emergency is unconstitutional and violated their property rights":
    the conjuncts after the mended clause, joined by a coordinator and without a subject of their
    own, were hung on the same wrong head; they belong to the clause."""
    for sibling in list(old_head.children):
        if sibling.dep_ != "conj" or sibling.i <= clause.i or any(c.dep_ in _SUBJECTS for c in sibling.children):
            continue
        coordinators = [t for t in clause.doc[clause.i + 1:sibling.i] if t.dep_ == "cc" and t.head.i == old_head.i]
        if not coordinators:
            continue
        for cc in coordinators:
            cc.head = clause
        sibling.head = clause


def mend_reported_subjects(doc: Doc) -> Doc:
    """Give a reported clause without "that" its subject back (see the module's docstring).

    A verb of saying or thinking with a direct object (a noun, or a pronoun not in the object
    case) followed by a tensed clause of its own that has no subject: the object is that
    clause's subject, and the clause is the verb's content (``ccomp``). The parse is changed in
    place; the doc is returned.
    """
    for i in indices_where(doc, pos=("VERB",)):  # (the verbs only, found in one array: no loop over every token)
        verb = doc[i]
        if verb.lemma_.lower() not in _CONTENT_VERBS and verb.lemma_.lower() not in _ENSURING:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON") or obj.lower_ in _OBJECT_PRONOUNS:
            continue
        if any(c.dep_ in ("relcl", "acl") for c in obj.children):
            continue  # "announced a plan that …": the noun has its own clause
        clause = _stranded_clause(verb, obj)
        if clause is None:
            continue
        old_head = clause.head
        addressee = next((c for c in obj.lefts if c.dep_ == "compound" and c.tag_ == "NNS" and not c.ent_type_
                          and c.i == obj.left_edge.i), None)
        if addressee is not None:  # "told police LaCalamita loaded …": the police are told, LaCalamita loaded
            addressee.head, addressee.dep_ = verb, "dobj"
        clause.head = verb
        obj.head = clause
        obj.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in clause.children) else "nsubj"
        clause.dep_ = "ccomp"
        if old_head.i != verb.i:
            _take_following_conjuncts(clause, old_head)
    return doc


def mend_stranded_prepositions(doc: Doc) -> Doc:
    """Give a preposition before a verb its object back (see the module's docstring).

    A preposition with no object of its own, directly followed by the noun phrase the parser
    took for the verb's subject: the noun is the preposition's object. A clause left without a
    subject that "then" opens is a conjunct of the clause before it. The parse is changed in
    place; the doc is returned.
    """
    # (the prepositions, found in one array; no rule here makes or unmakes one)
    objects = _heads_of(doc, ("pobj", "pcomp"))  # (prepositions with an object, found in the arrays: no Token made)
    for i in indices_where(doc, dep=("prep",), pos=("ADP",)):
        if i in objects:
            continue
        prep = doc[i]
        if any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
            continue
        verb = prep.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.left_edge.i == prep.i + 1), None)
        if subject is None or verb.pos_ not in ("VERB", "AUX") or subject.i > verb.i or subject.pos_ != "NOUN":
            continue  # (a name may end the phrase: "On live television Erdogan also attacked …")
        subject.head = prep
        subject.dep_ = "pobj"
        if verb.dep_ == "advcl" and verb.head.i < verb.i and any(
                c.dep_ == "advmod" and c.lower_ == "then" and c.i < prep.i for c in verb.children):
            verb.dep_ = "conj"  # "left Iraq in 2011, then … returned": the same subject's next act
        objects = _heads_of(doc, ("pobj", "pcomp"))  # (the heads have moved)
    return doc


def mend_then_clauses(doc: Doc) -> Doc:
    """Make a tensed verb with no subject of its own that "then" opens right after a comma a conjunct of
    the tensed verb before it ("his men pushed artillery, horses, and provisions through ice-choked waters
    for 11 hours, then marched 9 gruelingmiles … toward Trenton": the men marched), whatever loose
    relation the parser gave it. A verb of becoming with an adjective ("The protests began in early October, then
    went quiet for a few weeks") tells a state, no act, and is left as it is. The parse is changed in place;
    the doc is returned."""
    for i in indices_where(doc, lower=("then",)):
        then = doc[i]
        verb = then.head
        if then.dep_ == "advmod" and i + 1 < len(doc) and verb.i != i + 1 and doc[i + 1].head.i == verb.i \
                and doc[i + 1].dep_ in ("dep", "advcl", "parataxis") and not list(then.children):
            # "Simpson called Flynn … and arranged to meet her …, then shot her in the head": "then" hung on the
            # verb before, beside the verb it opens
            verb = doc[i + 1]
            then.head = verb
        if then.dep_ != "advmod" or i < 2 or doc[i - 1].text != "," or verb.i != i + 1 \
                or verb.dep_ not in ("dep", "advcl", "parataxis") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        head = verb.head
        if head.i >= verb.i or head.tag_ not in ("VBD", "VBZ", "VBP") \
                or any(c.dep_ in _SUBJECTS or c.dep_ in ("mark", "acomp") for c in verb.children) \
                or not any(c.dep_ in _SUBJECTS for c in head.children):
            continue
        verb.dep_ = "conj"
    return doc


def mend_where_clauses(doc: Doc) -> Doc:
    """Make a clause that "where" opens right after a comma and a noun, which the parser took for the content of
    the verb before ("Unrest continued in Portland, Oregon as well, where a Trump supporter was shot and killed":
    "shot" the content of "continued"), a relative clause on that noun: a "where" after a comma describes a place,
    it reports nothing. The parse is changed in place; the doc is returned."""
    for i in indices_where(doc, dep=("ccomp",)):
        clause = doc[i]
        where = clause.left_edge
        if where.lower_ != "where" or where.i < 2 or doc[where.i - 1].text != "," or clause.head.i > where.i:
            continue
        noun = doc[where.i - 2]
        while noun.pos_ == "ADV" and noun.i > clause.head.i:
            noun = noun.head if noun.head.i < where.i and noun.head.pos_ in ("NOUN", "PROPN") else doc[noun.i - 1]
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i <= clause.head.i:
            continue
        clause.head = noun
        clause.dep_ = "relcl"
    return doc


def _fronted_subject(verb: Token) -> Token | None:
    """The noun phrase right before ``verb`` that the parser hung on a fronted phrase of the verb
    (see the module's docstring), or None."""
    doc = verb.doc
    if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    if verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    # the phrase ending right before the verb, climbed to its head within the fronted phrase
    phrase = doc[verb.i - 1]
    while phrase.head.i < verb.i and phrase.head.i != phrase.i and phrase.dep_ not in ("appos", "conj") \
            and phrase.head.right_edge.i == verb.i - 1:
        phrase = phrase.head
    if phrase.dep_ == "conj" and phrase.head.dep_ == "appos":
        phrase = phrase.head  # "…, a pickup truck and a group of … collided": the whole coordination
    if phrase.dep_ not in ("appos", "conj") or phrase.pos_ not in ("NOUN", "PROPN") \
            or phrase.left_edge.i == 0 or doc[phrase.left_edge.i - 1].text != ",":
        return None
    # what it hangs on lies inside a phrase that hangs on the verb, before it
    current = phrase.head
    for _ in range(10):
        if current.dep_ == "prep" and current.head.i == verb.i and current.i < phrase.i:
            return phrase
        if current.head.i == current.i or current.head.i > verb.i:
            return None
        current = current.head
    return None


_FINITE_OR_PARTICIPLE = ("VBD", "VBZ", "VBP", "VBN")  # the verbs _fronted_subject looks at


def mend_fronted_subjects(doc: Doc) -> Doc:
    """Give a verb left without a subject after a fronted phrase the noun phrase the parser
    hung on that phrase (see the module's docstring). Mends ``doc`` in place and returns it."""
    # The verbs of those tags, found in the arrays of the parse (one Token object per word of
    # the text cost more than the rest of the search); mending changes heads and relations only.
    # (a verb with a subject of its own is passed over before it is made a Token: the heads of the subjects, read
    # in the arrays too, again after a mend, which moves one)
    subjected = _heads_of_subjects(doc)
    for i in indices_where(doc, pos=("VERB", "AUX"), tag=_FINITE_OR_PARTICIPLE):
        if i in subjected:
            continue
        verb = doc[i]
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = _fronted_subject(verb)
        if subject is not None:
            subject.head = verb
            subject.dep_ = "nsubj"
            subjected = _heads_of_subjects(doc)
    return doc


def _heads_of_subjects(doc: Doc) -> set[int]:
    """The indices of the tokens a subject (:data:`_SUBJECTS`) hangs on, as the parse is now."""
    return _heads_of(doc, _SUBJECTS)


def _heads_of(doc: Doc, deps) -> set[int]:
    """The indices of the tokens that dependents of some relations hang on (a token is no child of itself), as the
    parse is now, read in its arrays."""
    heads = doc.to_array(HEAD).astype("int64")  # (each token's head as an offset from it, unsigned in the array)
    return {i + int(heads[i]) for i in indices_where(doc, dep=deps) if heads[i] != 0}


# What a restrictive relative's nearest noun is climbed over: a number or a date, a preposition, a participle.
_CLIMBED = frozenset({"NUM", "ADP", "VERB", "ADV", "DET"})


def _nearest_described(pronoun: Token, clause: Token) -> Token | None:
    """The noun right before a restrictive relative pronoun that the clause should hang on, if the
    parser hung it on a noun further back across a comma (see the module's docstring)."""
    doc = pronoun.doc
    described = clause.head
    if pronoun.i == 0 or described.pos_ not in ("NOUN", "PROPN") or described.i >= pronoun.i:
        return None
    word = doc[pronoun.i - 1]
    for _ in range(6):
        if word.pos_ in ("NOUN", "PROPN") and word.ent_type_ not in ("DATE", "TIME", "CARDINAL"):
            break
        if word.pos_ not in _CLIMBED and word.ent_type_ not in ("DATE", "TIME", "CARDINAL"):
            return None
        if word.head.i == word.i:
            return None
        word = word.head
    else:
        return None
    if word.i == described.i or not described.i < word.i < pronoun.i or not described.is_ancestor(word):
        return None
    # the noun hangs on the parser's noun through a phrase set off by a comma ("…, including the …
    # Agreement"), not through a list of nouns ("this spirit of courage, faith and patriotism that …")
    chain = []
    link = word
    while link.i != described.i:
        if link.dep_ == "conj":
            return None
        chain.append(link)
        link = link.head
    return word if any(t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == "," for t in chain) else None


def mend_relatives_across_commas(doc: Doc) -> Doc:
    """Hang a restrictive relative clause the parser put on a noun across a comma on the noun
    right before it (see the module's docstring). Mends ``doc`` in place and returns it."""
    for i in indices_where(doc, dep=("relcl",)):
        clause = doc[i]
        pronoun = clause.left_edge
        if pronoun.lower_ not in ("that", "which") or pronoun.dep_ not in ("nsubj", "nsubjpass") \
                or pronoun.head.i != clause.i or (pronoun.i and doc[pronoun.i - 1].is_punct):
            continue
        nearest = _nearest_described(pronoun, clause)
        if nearest is not None:
            clause.head = nearest
    return doc


# Nouns of people (lemmas) besides the unnamed and the roles: "which" never stands for them.
_PEOPLE = UNNAMED_PEOPLE | ROLE_WORDS | frozenset({"newborn", "baby", "infant", "kid", "people", "citizen", "senior",
                                                  "veteran", "employee", "family", "parent", "voter", "immigrant"})


def mend_which_on_people(doc: Doc) -> Doc:
    """Hang a "which" clause the parser put on a noun of people, the object of a preposition that
    modifies a noun, on that noun ("accounts for newborns, which could grow …"). Mends in place."""
    for i in indices_where(doc, dep=("relcl",)):
        clause = doc[i]
        pronoun = clause.left_edge
        if pronoun.lower_ != "which" or pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.i != clause.i:
            continue
        people = clause.head
        if people.pos_ != "NOUN" or people.lemma_.lower() not in _PEOPLE or people.dep_ != "pobj":
            continue
        thing = people.head.head
        if people.head.dep_ == "prep" and thing.pos_ in ("NOUN", "PROPN") and thing.i < people.i \
                and thing.lemma_.lower() not in _PEOPLE and thing.ent_type_ not in ("PERSON", "NORP"):
            clause.head = thing
    return doc


def mend_reduced_passives(doc: Doc) -> Doc:
    """Make a past form that the parser took for the clause's verb a reduced passive relative on its subject, when
    a passive verb group joined to it as a conjunct has a tensed "be" of its own but no subject, and no "and",
    "or", "but" or comma stands between the two ("a pair of convicted killers caught dealing drugs in broad
    daylight were released without bail": the killers were caught and released, they caught no one). English joins
    a second verb group to a first only with a coordinator; a tensed "be" with none is the verb of the clause, and
    the past form before it describes the subject. Any coordinator or comma between the two, wherever the parser hung
    it, leaves the parse as it is ("at least a dozen people lost their lives and scores more were injured"), but for one
    inside a prepositional phrase of a past form with no object, which joins words of the phrase ("Hurricanes
    classified as category 3 or above are considered …": :func:`_inside_phrase`). A passive verb group the parser made
    a second content of the same verb, right after the past form's phrase, is taken as such a conjunct ("saying the
    justification presented for the question was "contrived."": :func:`_sibling_passive`), and so is a tensed "be"
    with a complement ("the person killed was a 63-year-old woman": :func:`_sibling_copula`). The parse is changed in
    place; the doc is returned."""
    for i in indices_where(doc, tag=("VBD", "VBN")):
        verb = doc[i]
        subject = next((c for c in verb.lefts if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        if subject is None or verb.i != subject.right_edge.i + 1 or doc[verb.i - 1].pos_ not in ("NOUN", "PROPN"):
            continue
        passive = next((c for c in verb.rights if c.dep_ == "conj" and c.tag_ == "VBN"), None) \
            or _sibling_passive(verb)
        if passive is None and (copula := _sibling_copula(verb)) is not None:
            copula.head, copula.dep_ = (copula, "ROOT") if verb.dep_ == "ROOT" else (verb.head, verb.dep_)
            subject.head, subject.dep_ = copula, "nsubj"
            verb.head, verb.dep_ = doc[verb.i - 1], "acl"
            continue
        if passive is None or any(c.dep_ in _SUBJECTS for c in passive.children) \
                or not any(c.dep_ == "auxpass" and c.tag_ in ("VBD", "VBZ", "VBP") and c.i < passive.i
                           for c in passive.children) \
                or any(t.lower_ in (",", ";", "and", "or", "but") and not _inside_phrase(t, verb)
                       for t in doc[verb.i + 1 : passive.i]) \
                or joined_subject(passive) is not None:
            # (a name joined by "and" right before "was" is the passive's own subject: "Rosselló resigned as the
            # governor of … Puerto Rico and Pedro Pierluisi was sworn in", coordination.py)
            continue
        passive.head, passive.dep_ = (passive, "ROOT") if verb.dep_ == "ROOT" else (verb.head, verb.dep_)
        for child in list(verb.children):
            if child.i < subject.left_edge.i or child.i > passive.right_edge.i:
                child.head = passive
        subject.head, subject.dep_ = passive, "nsubjpass"
        verb.head, verb.dep_ = doc[verb.i - 1], "acl"
    return doc


def _sibling_passive(verb: Token) -> Token | None:
    """A passive verb group the parser made a second content of the verb above, right after the past form's
    own phrase ("saying the justification presented for the question was "contrived."": "presented" and
    "contrived" both contents of "saying"); it is the clause's verb, as a conjunct would be."""
    if verb.dep_ != "ccomp":
        return None
    after = verb.right_edge.i + 1
    return next((c for c in verb.head.children if c.dep_ == "ccomp" and c.tag_ == "VBN" and c.i > verb.i
                 and c.left_edge.i == after), None)


def _sibling_copula(verb: Token) -> Token | None:
    """A tensed "be" with a complement and no subject that the parser made a second content of the verb above, right
    after the past form with no object ("Police said the person killed was a 63-year-old woman": "killed" and "was"
    both contents of "said"); it is the clause's verb, and the past form describes its subject."""
    if verb.dep_ != "ccomp" or verb.tag_ != "VBN" or any(c.dep_ in ("dobj", "dative", "ccomp") for c in verb.children):
        return None
    after = verb.right_edge.i + 1
    return next((c for c in verb.head.children if c.dep_ == "ccomp" and c.lemma_ == "be" and c.i == after
                 and c.tag_ in ("VBD", "VBZ", "VBP") and not any(g.dep_ in _SUBJECTS for g in c.children)
                 and any(g.dep_ in ("attr", "acomp") for g in c.children)), None)


def _inside_phrase(coordinator: Token, verb: Token) -> bool:
    """Whether a coordinator joins words inside a prepositional phrase of a past form with no object
    ("Hurricanes classified as category 3 or above are considered …": "or" hangs on "as", within the phrase,
    and joins no verb groups); a past form with an object is an act ("lost their lives and scores more were
    injured") and its coordinators are left as they are."""
    if coordinator.dep_ != "cc" or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    top = coordinator.head
    while top.head.i != verb.i and top.head.i != top.i and top.i > verb.i:
        top = top.head
    return top.head.i == verb.i and top.dep_ == "prep" and top.i < coordinator.i


def mend_objects_after_parentheses(doc: Doc) -> Doc:
    """Give a verb back its direct object after a phrase set off by commas between the two: in "The Department of
    Defense welcomed back, with backpay, troops who were discharged …" the parser makes "troops" a conjunct of
    "backpay", so that the department welcomed the backpay. English joins the last item of a list with "and" or
    "or"; a noun after the closing comma of a phrase that a comma opens right after the verb, with no coordinator
    anywhere in that list and no object of the verb's own, is the verb's object. The parse is changed in place; the
    doc is returned."""
    commas = set(indices_of(doc, ORTH, (",",)))  # (the text's commas, read in its arrays: no Token made per "prep")
    for i in indices_where(doc, dep=("prep",)):
        if i == 0 or i - 1 not in commas:
            continue
        preposition = doc[i]
        verb = preposition.head
        if i == 0 or doc[i - 1].text != "," or verb.pos_ not in ("VERB", "AUX") or verb.i > i \
                or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            continue
        noun = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if noun is None or any(c.dep_ in ("cc", "preconj") for c in noun.children):
            continue
        conjuncts = [c for c in noun.children if c.dep_ == "conj"]
        if len(conjuncts) != 1 or conjuncts[0].pos_ not in ("NOUN", "PROPN"):
            continue
        item = conjuncts[0]
        last = max([c.right_edge.i for c in noun.children if c.dep_ not in ("conj", "punct") and c.i < item.i]
                   + [noun.i])
        between = doc[last + 1:item.left_edge.i]
        if [t.text for t in between] != [","] or any(c.dep_ in ("cc", "conj") for c in item.children):
            continue
        between[0].head = verb
        item.head, item.dep_ = verb, "dobj"
    return doc


def mend_appositions_across_verbs(doc: Doc) -> Doc:
    """Loosen an apposition the parser hangs on a verb's subject from the far side of the verb: in "The committee
    met, pursuant to notice, at 10:02 a.m., in room SD-106, Dirksen Senate Office Building, Hon. James E. Risch …
    presiding" it makes "Building" an apposition of "committee", so that the building met (round wire34c). An
    apposition stands right after the noun it renames; one that lies beyond the verb whose subject that noun is
    renames nothing there, and is hung on the verb as a loose modifier (``npadvmod``), as a place or a time after
    the verb is. The parse is changed in place; the doc is returned."""
    for i in indices_where(doc, dep=("appos",)):
        token = doc[i]
        noun = token.head
        verb = noun.head
        if noun.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and noun.i < verb.i < token.i \
                and not _lists_the_subject(token):
            token.head, token.dep_ = verb, "npadvmod"
    return doc


def _lists_the_subject(apposition: Token) -> bool:
    """Whether the apposition follows a colon right after the clause's verb, no noun between ("… have been impeached:
    Andrew Johnson and Bill Clinton"); after a noun ("obtained with Alma: the Atacama Large Millimeter Array") the
    colon renames that noun."""
    doc = apposition.doc
    colon = apposition.left_edge.i - 1
    if colon < 1 or doc[colon].text != ":":
        return False
    return doc[colon - 1].pos_ in ("VERB", "AUX", "ADV", "PART")
