"""Mends of a time word the small model read as a preposition where it opens a clause.

"after", "before", "until", "since" and "till" are prepositions ("after the vote") and
subordinators ("after the vote ended"). When the clause's subject is a noun phrase, the small
English model often takes the first reading: in "there was a longstanding tradition of not
seeking a third term after the country's first president, George Washington, sought no third
term" it hangs "president" on "after" as its object and "sought" on the main clause as a conjunct
without a subject, so the main clause's subject would be the one who sought. A rule of English
clause structure: a tensed verb with no subject and no coordinator before it, right after the
noun phrase that such a word governs, is the verb of a clause the word opens, and the noun phrase
is its subject. :func:`mend_time_clauses` gives the clause back its subject and its subordinator.
"as" is a preposition and a subordinator too: in "the Biden era … will come to an end as a golden
age of American aluminum production regains its rightful place" the model hangs "age" on "as" and
"regains", without a subject, on "come", so the era would regain. A tensed verb with no subject
right after the noun phrase "as" governs (its "of" phrases included, no comma between: "served as a
teacher, taught …" lists acts) opens the clause of "as", and the noun phrase is its subject.

The model also errs the other way: in "After Imperial Japan’s unprovoked attack on Pearl Harbor,
America responded with overwhelming force, launching a two-front fight" it takes "After" for the
subordinator of "responded" and gives the verb two subjects, "attack" and "America", and the
attack would respond and launch. A clause has one subject: when a time word opens the sentence
as a verb's subordinator and the noun phrase right after it is a first subject of that verb, set
off by a comma from a second one, the time word is a preposition and the noun phrase its object
(:func:`mend_time_phrases`).

A serial comma tells the same: in "After years of chaos, skyrocketing crime, and soft-on-crime policies under
Biden plunged the nation's biggest cities into anarchy, President Trump took office" the model hangs "After years
of chaos" on "plunged" as a phrase of time and gives the verb the subject "skyrocketing crime, and soft-on-crime
policies", a list of two written with the comma before "and" that English writes only before the last of three or
more. When a time word opens a clause set before the main one and its object is followed by that comma and by the
verb's subject, a list of two so written, the object is the list's first member and the time word the clause's
subordinator (:func:`mend_serial_lists`).

Example:
    >>> doc = mend_time_clauses(nlp("… a third term after the country's first president, "
    ...                             "George Washington, sought no third term."))  # doctest: +SKIP
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("after", "president")]
    [('after', 'mark', 'sought'), ('president', 'nsubj', 'sought')]
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from toolkit.nlp.lookups import indices_where

# Words of time that are prepositions and subordinators both.
TIME_SUBORDINATORS = frozenset({"after", "before", "until", "till", "since"})

# Tags of a tensed verb: a clause of its own needs one.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})

# Pronouns in the object case can be no clause's subject ("after them").
_OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them", "whom"})


def _governed_subject(verb: Token) -> Token | None:
    """The object of a time word that ends right before ``verb`` (a comma between allowed), if
    ``verb`` is a tensed conjunct without a subject or a coordinator of its own; or the object of "as"
    that ends right before it, with no comma, if ``verb`` is a tensed clause without a subject."""
    if verb.dep_ not in ("conj", "advcl") or verb.tag_ not in _FINITE or verb.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in _SUBJECTS or (c.dep_ in ("cc", "preconj") and c.i < verb.i) for c in verb.children):
        return None
    before = verb.i - 1
    while before >= verb.sent.start and verb.doc[before].is_punct:
        before -= 1
    if before < verb.sent.start:
        return None
    doc = verb.doc
    noun = doc[before]
    while noun.head.i != noun.i and noun.head.i < verb.i and noun.head.right_edge.i < verb.i and not (
            noun.dep_ == "pobj" and noun.head.lower_ != "of"):
        noun = noun.head  # up to the head of the phrase that ends right before the verb (over its "of" phrases)
    if noun.dep_ != "pobj" or noun.right_edge.i >= verb.i or not all(t.is_punct for t in doc[before + 1:verb.i]):
        return None
    word = noun.head.lower_
    if word not in TIME_SUBORDINATORS and not (word == "as" and before == verb.i - 1 and noun.head.i > 0
                                               and doc[noun.head.i - 1].lower_ not in ("such", "as", "so")):
        return None
    if verb.dep_ == "advcl" and word in TIME_SUBORDINATORS:
        return None  # (the time words' rule is for the conjunct the parser makes of their clause)
    if noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.lower_ in _OBJECT_PRONOUNS:
        return None
    if any(t.dep_ == "cc" or t.lower_ in ("and", "or", "but") for t in doc[noun.right_edge.i + 1:verb.i]):
        return None
    return noun


def mend_time_clauses(doc: Doc) -> Doc:
    """Give a clause a time word opens its subject and its subordinator (see the module's
    docstring). The parse is changed in place; the doc is returned."""
    for verb in [doc[i] for i in indices_where(doc, dep=("conj", "advcl"), tag=_FINITE)]:  # (arrays: no Token per word)
        noun = _governed_subject(verb)
        if noun is None:
            continue
        word = noun.head
        anchor = word.head
        if anchor.i == word.i or anchor.i == verb.i or anchor in verb.subtree:
            continue
        verb.head = anchor
        verb.dep_ = "advcl"
        noun.head = verb
        noun.dep_ = "nsubj"
        word.head = verb
        word.dep_ = "mark"
    return doc


def _phrase_read_as_clause(word: Token) -> Token | None:
    """The first of two subjects of the verb the time word ``word`` opens the sentence under, if
    the noun phrase right after the word is that subject and a comma sets it off from the second."""
    verb = word.head
    if word.dep_ != "mark" or verb.i == word.i or verb.i < word.i or not word.is_sent_start:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or subjects[0].left_edge.i != word.i + 1 or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    first, second = subjects
    doc = verb.doc
    end = first.right_edge.i  # (the parser may hang the comma inside the phrase, on its last noun)
    if end >= second.left_edge.i or (doc[end].text != "," and doc[end + 1].text != ","):
        return None
    return first


def mend_time_phrases(doc: Doc) -> Doc:
    """Make a time word a verb's first subject follows a preposition with that noun phrase for
    object (see the module's docstring). The parse is changed in place; the doc is returned."""
    for i in indices_where(doc, dep=("mark",)):  # (arrays: no Token per word)
        word = doc[i]
        if word.lower_ not in TIME_SUBORDINATORS:
            continue
        noun = _phrase_read_as_clause(word)
        if noun is None:
            continue
        word.dep_ = "prep"
        noun.head = word
        noun.dep_ = "pobj"
    return doc


def _serial_list_subject(word: Token) -> tuple[Token, Token] | None:
    """The object of the time word ``word`` and the subject of the clause it hangs on, when the object opens a list
    of which the subject holds the last two members, written with a serial comma (see the module's docstring)."""
    verb, doc = word.head, word.doc
    if word.dep_ != "prep" or verb.tag_ not in _FINITE or verb.dep_ != "advcl" or verb.head.i < verb.i \
            or verb.left_edge.i != word.i or any(c.dep_ == "mark" for c in verb.children):
        return None
    obj = next((c for c in word.children if c.dep_ == "pobj"), None)
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if obj is None or len(subjects) != 1 or subjects[0].dep_ != "nsubj" or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    subject, comma = subjects[0], obj.right_edge.i
    if doc[comma].text != ",":
        comma += 1  # (the parser may hang the comma inside the phrase, on its last noun)
    if doc[comma].text != "," or subject.left_edge.i != comma + 1 or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    members = [c for c in subject.children if c.dep_ == "conj"]
    coordinators = [c for c in subject.children if c.dep_ == "cc" and c.lower_ in ("and", "or")]
    if len(members) != 1 or len(coordinators) != 1 or doc[coordinators[0].i - 1].text != ",":
        return None
    if any(c.dep_ == "conj" for c in members[0].children) or any(c.dep_ == "conj" for c in obj.children):
        return None  # a list of two only: "A, B, and C" read as "A" and "B, and C"
    return obj, subject


def mend_serial_lists(doc: Doc) -> Doc:
    """Make the object of a time word the first member of the list a serial comma shows it opens, and the time
    word the subordinator of the clause (see the module's docstring). In place; the doc is returned."""
    for i in indices_where(doc, dep=("prep",)):  # (arrays: no Token per word)
        word = doc[i]
        if word.lower_ not in TIME_SUBORDINATORS:
            continue
        found = _serial_list_subject(word)
        if found is None:
            continue
        obj, subject = found
        verb = word.head
        word.dep_ = "mark"
        obj.head, obj.dep_ = verb, "nsubj"
        subject.head, subject.dep_ = obj, "conj"
    return doc


# Words that are adverbial particles and prepositions both ("moved on", "on the island"); a closed class.
_PARTICLES = frozenset({"on", "off", "in", "out", "over", "up", "down", "away", "back", "through", "around", "by",
                        "along", "past"})


def _swallowed_subject(verb: Token) -> Token | None:
    """The object of a particle read as a preposition at the end of a subordinate clause set before ``verb``,
    when it stands right before ``verb``, a tensed verb with no subject of its own; None otherwise."""
    if verb.tag_ not in _FINITE or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > verb.i or not any(c.dep_ == "mark" for c in clause.children) \
                or any(c.dep_ in ("dobj", "prt") for c in clause.children):
            continue
        particle = next((c for c in clause.children if c.dep_ == "prep" and c.i == clause.i + 1), None)
        if particle is None or particle.lower_ not in _PARTICLES or particle.right_edge.i != verb.i - 1:
            continue
        noun = next((c for c in particle.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.pos_ in ("NOUN", "PROPN") and all(t.i < verb.i for t in noun.subtree):
            return noun
    return None


def mend_particles_read_as_prepositions(doc: Doc) -> Doc:
    """Give a main verb back the subject a clause set before it took as its particle's object.

    "… but once it moved on the Bahamian government withdrew its tropical storm warnings": with no comma after the
    subordinate clause, the small model reads the particle "on" as a preposition and the government as its object,
    and "withdrew", left with no subject, takes the sentence's first subject (the storm). English gives a tensed
    verb a subject; when a clause opened by a subordinator ends in a particle-or-preposition right after its verb
    ("moved on", "gave up", "calmed down") whose noun phrase runs up to a tensed verb with no subject, on which
    that clause hangs, the noun phrase is that verb's subject and the word a particle. "once it moved on the island,
    the storm weakened" has a subject and is left alone. The parse is changed in place; the doc is returned.
    """
    for verb in [doc[i] for i in indices_where(doc, tag=_FINITE)]:  # (one array: no Token per word)
        noun = _swallowed_subject(verb)
        if noun is None:
            continue
        particle = noun.head
        particle.dep_ = "prt"
        noun.head = verb
        noun.dep_ = "nsubj"
    return doc
