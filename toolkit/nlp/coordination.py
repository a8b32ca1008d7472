"""Mends of a subject the small model read as the last member of a coordinated noun phrase.

In "the National Weather Service has issued a flash flood warning covering an area from
Gulfport, Mississippi, to New Orleans and other forecasters predicted a storm surge …" the small
English model joins "other forecasters" to "New Orleans" with the "and", and leaves "predicted"
a conjunct of "issued" with no subject of its own: the Weather Service would be the one who
predicted. A rule of English clause structure: a tensed verb with no subject and no coordinator
of its own and with a complement, directly after a noun phrase that "and" or "or" joined to
another noun, is the verb of a second clause; the noun phrase is its subject and the coordinator joins the two clauses.
:func:`mend_coordinated_subjects` gives the clause its subject and the coordinator back. A comma
between the noun and the verb ("visited Paris and London, returned home") leaves the parse as
it is. The parser may also hang such a verb on the sentence's verb as a clause of circumstance
(``advcl``, with no subordinator): "The milestone came the same day Malawi confirmed its first
coronavirus infections and Zambia had its first coronavirus-related death" would have Malawi
confirm Zambia; the verb then becomes the second clause of the "and", a conjunct of the verb
whose object the first noun is.

A conjoined verb without auxiliaries of its own shares its first conjunct's "not" only when it can
share the auxiliary that carries it (:func:`shares_negation`): "did not" takes a bare verb, so a
tensed conjunct is a clause of its own ("did not sign the treaty but agreed to talks", "did not
comment and declined to answer"); and a "not" after "either" belongs to the first alternative
("was either not loading at all, or loading very slowly").

Two people joined by "and" before a verb, the second with a title ("First Lady Melania Trump and
President Donald J. Trump hosted a special gathering"), are often read as one phrase whose head is
the last name: the first name becomes a modifier (``nmod``) of the second, with the "and" and the
second title hung on it. Only the second would then be the subject. English puts no "and" inside a
modifier of a name: :func:`mend_names_read_as_modifier` makes the first name the head and the second
its conjunct, with its title, so that both are the subject. Two places of a list are read so too ("applied to
County Galway, …, County Kerry and County Limerick": "Kerry" a modifier of "Limerick"), and mended alike.

Example:
    >>> doc = mend_coordinated_subjects(nlp("… to New Orleans and other forecasters predicted a storm "
    ...                                     "surge."))  # doctest: +SKIP
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("forecasters", "and")]
    [('and', 'cc', 'predicted'), ('forecasters', 'nsubj', 'predicted')]
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from toolkit.nlp.lookups import entity_bounds, indices_where

_FINITE = frozenset({"VBD", "VBZ", "VBP"})

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})

# Complements that only a verb of a clause takes: an object, a clause, a particle. A past form with
# none right after a noun may be a participle on that noun ("delegates allocated").
_COMPLEMENTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "prt", "oprd"})

# Pronouns in the object case can be no clause's subject ("… and them").
_OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them", "whom"})


def _joined_subject(verb: Token) -> tuple[Token, Token] | None:
    """The noun joined by a coordinator that ends right before ``verb``, and that coordinator,
    if ``verb`` is a tensed conjunct without a subject or a coordinator of its own."""
    group = _passive_group_start(verb)
    if verb.dep_ not in ("conj", "advcl") or (verb.tag_ not in _FINITE and group is None) \
            or verb.pos_ not in ("VERB", "AUX") or verb.i == 0 \
            or any(c.dep_ in _SUBJECTS or c.dep_ in ("cc", "preconj") for c in verb.children):
        return None
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") for c in verb.children):
        return None  # ("… when had"): a subordinated clause keeps its place
    if not any(c.dep_ in _COMPLEMENTS and c.i > verb.i for c in verb.children):
        return None  # ("votes cast and delegates allocated": a participle on the noun, tagged as a past)
    doc = verb.doc
    first_word = verb.i if group is None else group  # ("… and Pedro Pierluisi was sworn in": the "was")
    noun = doc[first_word - 1]
    while noun.dep_ != "conj" and noun.head.i != noun.i and noun.head.i < first_word \
            and noun.head.right_edge.i == first_word - 1:
        noun = noun.head  # up to the head of the phrase that ends right before the verb
    if noun.dep_ != "conj" or noun.right_edge.i != first_word - 1 or noun.pos_ not in ("NOUN", "PROPN", "PRON") \
            or noun.lower_ in _OBJECT_PRONOUNS or noun.head.pos_ not in ("NOUN", "PROPN"):
        return None
    coordinator = next((c for c in noun.head.children if c.dep_ == "cc" and c.i == noun.left_edge.i - 1), None)
    if coordinator is None or verb.head in noun.subtree or verb.head.i > noun.i:
        return None
    return noun, coordinator


def mend_coordinated_subjects(doc: Doc) -> Doc:
    """Give a second clause its subject and its coordinator back (see the module's docstring).
    The parse is changed in place; the doc is returned."""
    for verb in [doc[i] for i in indices_where(doc, dep=("conj", "advcl"), tag=_FINITE | {"VBN"})]:  # (arrays: no Token per word)
        found = _joined_subject(verb)
        if found is None:
            continue
        noun, coordinator = found
        passive = _passive_group_start(verb) is not None
        if verb.dep_ == "advcl":
            # "Malawi confirmed its first coronavirus infections and Zambia had its first … death": the parser hung
            # "had" on the verb of the sentence as a clause of circumstance; it is the second clause of the "and".
            # A passive so hung on the main verb joins it ("Rosselló resigned as the governor of … Puerto Rico
            # and Pedro Pierluisi was sworn in")
            first = _clause_verb(noun) or (verb.head if passive and verb.head.dep_ == "ROOT" else None)
            if first is None or verb.is_ancestor(first):
                continue
            verb.head, verb.dep_ = first, "conj"
        noun.head = verb
        noun.dep_ = "nsubjpass" if passive else "nsubj"
        coordinator.head = verb
    return doc


def joined_subject(verb: Token) -> Token | None:
    """The noun :func:`mend_coordinated_subjects` would make the subject of ``verb``, if any."""
    found = _joined_subject(verb)
    return found[0] if found is not None else None


def _passive_group_start(verb: Token) -> int | None:
    """Where a passive verb group with a singular tensed "be" starts ("was sworn in": the "was"), when its
    participle is the verb; else None. Only a singular "was"/"is" is taken: a plural "were" may agree with the
    whole coordinated phrase ("the mayor and the governor were sworn in")."""
    if verb.tag_ != "VBN":
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if len(auxiliaries) != 1 or auxiliaries[0].dep_ != "auxpass" or auxiliaries[0].lower_ not in ("was", "is") \
            or auxiliaries[0].i != verb.i - 1:
        return None
    return auxiliaries[0].i


def _clause_verb(noun: Token) -> Token | None:
    """The verb whose object (or an object's conjunct) ``noun`` is, if any."""
    current = noun
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    return current.head if current.dep_ == "dobj" and current.head.pos_ in ("VERB", "AUX") else None


def shares_negation(verb: Token, first: Token) -> bool:
    """Whether conjoined ``verb`` shares the negation of ``first``, the conjunct whose auxiliaries
    it takes: not when ``first``'s "do" support needs a bare verb and ``verb`` is tensed, nor when
    an "either" before the "not" makes it one alternative's."""
    children = list(first.children)
    if verb.tag_ in _FINITE and any(c.dep_ == "aux" and c.lemma_ == "do" for c in children):
        return False  # "did not sign … but agreed": "agreed" is tensed, so "did" is not its auxiliary
    negation = next((c for c in children if c.dep_ == "neg"), None)
    return negation is None or not any(c.dep_ == "preconj" and c.lower_ == "either" and c.i < negation.i
                                       for c in children)


def beyond_parenthesis(head: Token, conjunct: Token) -> bool:
    """"The Secretary of State, in consultation with the Secretary of the Treasury, …, the United States
    Trade Representative, …, shall recommend": a conjunct after a prepositional phrase set off by a
    comma, whose object is a common noun ("in consultation with", "in coordination with"), continues
    that phrase's list, not the subject's; "Smith, of Ohio, and Jones" (a name) stays a conjunct."""
    return any(c.dep_ == "prep" and head.i < c.i < conjunct.i and c.doc[c.i - 1].text == ","
               and any(o.dep_ == "pobj" and o.tag_ == "NN" for o in c.children) for c in head.children)


def _list_read_as_apposition(head: Token) -> Token | None:
    """The second name of a list of people the parser read as an apposition to the first: in "John Clarke, Michel
    Devoret and John Martinis won …" it hangs "Devoret" on "Clarke" as an apposition and "Martinis" on "Devoret" as
    its conjunct. A full name cannot be another person's apposition (one says "the laureate, Michel Devoret"), and
    an apposition that is itself coordinated with a third name lists people: the three are one list."""
    if head.ent_type_ != "PERSON" or head.pos_ != "PROPN" or not any(
            c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in head.children):
        return None  # the head is a full name (a given name compounded on the surname)
    for child in head.children:
        if (child.dep_ == "appos" and child.i > head.i and child.pos_ == "PROPN" and child.ent_type_ == "PERSON"
                and child.ent_iob_ == "I" and any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in child.children)
                and any(c.dep_ == "cc" for c in child.children)):
            return child
    return None


def listed_after(head: Token) -> list[Token]:
    """The nouns listed after ``head`` in its coordination, in order. The parser hangs the last item of
    a list of three either on the first ("Egypt, Greece and Cyprus": Cyprus a conjunct of Egypt) or on
    the item before it (Cyprus a conjunct of Greece, as often with and without the serial comma:
    "Singapore, India, and Australia have … conducted emergency searches"); either way it is one list,
    and every item is one of the phrase's (a subject's, an agent's or an object's). A conjunct past a parenthesis
    (:func:`beyond_parenthesis`) continues the parenthesis's list, not the head's."""
    listed: list[Token] = []
    current = [head]
    apposed = _list_read_as_apposition(head)
    if apposed is not None:
        listed.append(apposed)
        current = [head, apposed]
    for _ in range(20):  # a chain of conjuncts, each hung on the one before
        found = [c for item in current for c in item.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")
                 and not beyond_parenthesis(head, c)]
        if not found:
            break
        listed.extend(found)
        current = found
    listed = [named for item in listed for named in _possessors_named(item, head, listed)]
    return sorted({t.i: t for t in listed}.values(), key=lambda t: t.i)


def _possessors_named(item: Token, head: Token, listed: list[Token]) -> list[Token]:
    """An item of a list as it stands, or, where the parser hung a possessor on the list ("Witkoff and Trump's
    son-in-law Jared Kushner": "Trump" a conjunct, round wire34a), the person the possessed noun names: the name in
    apposition to it or right after it ("Ukraine's top negotiator Rustem Umerov"); nothing where it names nobody there
    ("Witkoff and Kushner, Trump's son-in-law": the appositive of one named already). The possessed noun is no item
    either."""
    doc = item.doc
    case = next((c for c in item.children if c.dep_ == "case" and c.tag_ == "POS" and c.i == item.right_edge.i), None)
    if case is None:
        if any(c.dep_ == "case" and c.tag_ == "POS" and c.i + 1 == item.i for t in listed for c in t.children):
            return []  # the possessed noun itself, hung on the list as another conjunct
        return [item]
    noun = next((t for t in doc[case.i + 1 : case.i + 6] if t.pos_ in ("NOUN", "PROPN")
                 and t.dep_ not in ("compound", "amod", "nmod")), None)
    if noun is None or noun.ent_type_:
        return [item]  # "Trump's Mar-a-Lago": a name possessed, or no noun: the parse stands
    named = next((c for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"),
                 None)
    after = noun.right_edge.i + 1
    if named is None and after < len(doc) and doc[after].ent_type_ == "PERSON" and doc[after].ent_iob_ == "B":
        named = doc[entity_bounds(doc, after)[1] - 1]  # "son-in-law Jared Kushner": the name right after the noun
        # (its last word)
    if named is None or named.i == head.i or any(t.i == named.i for t in listed):
        return []
    return [named]


def in_verb_series(verb: Token) -> bool:
    """Whether a conjoined verb is a member of a series of three or more verbs ("saw the twelve …,
    decided to question them …, and learned they were …"): the series is one coordination, so its
    members share the first one's clause; a verb joined by "and" to a two-verb clause may be another's."""
    first = verb
    for _ in range(20):
        if first.dep_ != "conj" or first.head.i == first.i:
            break
        first = first.head
    members, current = 1, first
    for _ in range(20):
        current = next((c for c in current.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), None)
        if current is None:
            break
        members += 1
    return members >= 3


# The names read as a modifier of the next one across an "and": two people, or two places of a list ("County Cork,
# County Kerry and County Limerick", where "County" before the second stands as its title does; round entities54).
_LISTED_NAMES = frozenset({"PERSON", "GPE"})


def _name_as_modifier(first: Token) -> tuple[Token, list[Token]] | None:
    """The name ``first`` modifies and the words of that name's title (see the module's docstring),
    if ``first`` is a person's name read as a modifier of the next person's name across an "and"."""
    second = first.head
    if first.dep_ != "nmod" or first.ent_type_ not in _LISTED_NAMES or second.ent_type_ != first.ent_type_ \
            or second.i <= first.i or second.pos_ != "PROPN":
        return None
    children = list(first.children)
    coordinator = next((c for c in children if c.dep_ == "cc" and c.lower_ in ("and", "&") and c.i > first.i), None)
    if coordinator is None:
        return None
    titles = [c for c in children if c.dep_ == "conj" and coordinator.i < c.i < second.i]
    doc = first.doc
    # the words between the coordinator and the second name are its title and its own first names
    between = doc[coordinator.i + 1:second.i]
    listed = {c.i for c in titles}
    # (a word of the title may hang on the title's head: "Vice" of "Vice President JD Vance")
    if not titles or any(t.i not in listed and t.head.i != second.i and t.head.i not in listed for t in between) \
            or any(c.right_edge.i >= second.i for c in titles):
        return None
    return second, titles


def mend_names_read_as_modifier(doc: Doc) -> Doc:
    """Make two people joined by "and" a coordination again where the parser read the first as a
    modifier of the second (see the module's docstring). The parse is changed in place; the doc is
    returned."""
    for first in [doc[i] for i in indices_where(doc, dep=("nmod",))]:
        found = _name_as_modifier(first)
        if found is None:
            continue
        second, titles = found
        first.head, first.dep_ = second.head, second.dep_
        second.head, second.dep_ = first, "conj"
        for title in titles:
            title.head, title.dep_ = second, "compound"
    return doc


def mend_names_read_as_adjectives(doc: Doc) -> Doc:
    """Make a name joined by "and" to a titled person a coordination where the parser read it as an adjective of
    the title: in "Feb. 12 — Trump and Russian President Vladimir Putin speak by phone" it hangs "Trump" on
    "President" as an ``amod`` with the "and" under it, so only Putin would speak. A capitalised noun (no
    adjective by its tag) with its own "and", whose head opens the next person's name through its title, is the
    first of two people. The parse is changed in place; the doc is returned."""
    for first in [doc[i] for i in indices_where(doc, dep=("amod",))]:
        if not first.is_title or first.tag_ not in ("NN", "NNP") or first.head.i <= first.i:
            continue
        coordinator = next((c for c in first.children if c.dep_ == "cc" and c.lower_ in ("and", "&")), None)
        if coordinator is None:
            continue
        second = first.head
        while second.dep_ == "compound" and second.head.i > second.i:
            second = second.head
        if second.ent_type_ != "PERSON" or second.pos_ != "PROPN" or second.dep_ not in ("nsubj", "nsubjpass", "dobj",
                                                                                           "pobj"):
            continue
        first.head, first.dep_ = second.head, second.dep_
        second.head, second.dep_ = first, "conj"
        coordinator.head = first
    return doc
