"""Who a noun phrase names as the source of words: the speaker behind a quotation's subject,
agent or "according to" phrase, and the author of a statement the words belong to.

:func:`speaker_of_subject` reads the phrase on the parse: a person named in it (or in
apposition to it: "the minister, Jane Doe"), a pronoun or a definite description resolved to a
person named before ("he", "the professor", "the company"), a body whose statement or document
it is ("the ministry's statement"), an untagged name the model missed. :func:`authored` finds
the author of the statement whose content a quotation is ("an order by Commandant X directing
units to “…”").

Example:
    >>> speaker_of_subject(verb_subject, index, resolver)       # doctest: +SKIP
    'Marco Rubio'
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from toolkit.nlp.latter_former import named_by_position
from toolkit.nlp.boundaries import KIN_NOUNS
from toolkit.nlp.entities import EntityIndex
from toolkit.nlp.legal_texts import document_speaker
from toolkit.nlp.lexicon import FEMALE_WORDS, MALE_WORDS, ORG_HEADS
from toolkit.nlp.quotation_marks import is_quoting_verb
from toolkit.nlp.speaker_names import apposed_person, group_subject_before, name_run, untagged_name
from toolkit.nlp.person_resolver import PersonResolver
from toolkit.nlp.syntax import doc_subtree, named_in
from toolkit.nlp.votes import names_a_party_alone

PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}


def only_places_name(head: Token, index: EntityIndex) -> bool:
    """Whether a common noun's phrase names nobody who can speak: its only names are places or
    peoples, which say where somebody is from ("the owner of a Memphis tax service", "a business
    owner in downtown Portland"). A person or a body says who it is or whose the words are ("a
    resident, John Smith,", "a spokesman for the ministry", "reads an AEW press release"): the
    phrase's best name is a person's or a body's whenever it has one. Those who speak for a
    place speak as it ("representatives from Iran acknowledged …" is Iran's word)."""
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ or head.lemma_.lower() in _AGENTS_OF_A_PLACE:
        return False
    named = named_in(list(head.subtree), index)
    # (a party's word in front tells the person's party: "a Republican senator", "Unnamed Democrat Senator")
    return named is None or index.label_of.get(named) in ("GPE", "LOC", "FAC", "NORP") or names_a_party_alone(
        named.lower())


def names_nobody(head: Token, index: EntityIndex) -> bool:
    """Whether a phrase is somebody of a kind whom the text leaves unnamed: an indefinite common
    noun whose only names are places or peoples ("said a Chicago resident", "a former D.C.
    advisory neighborhood commissioner", "Unnamed Democrat Senator", "a resident near the ICE
    facility in south Portland")."""
    indefinite = _picks_one_of_a_kind(head) or any(t.lower_ in _UNNAMED for t in head.subtree if t.i < head.i)
    return indefinite and only_places_name(head, index)


def _picks_one_of_a_kind(token: Token) -> bool:
    """Whether a determiner or numeral picks the noun out without naming it ("a", "one", "some")."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE for c in token.children)


def speaking_name(phrase, index: EntityIndex) -> str | None:
    """The name in a phrase that can speak (:func:`~toolkit.nlp.syntax.named_in`, but never a
    people). A people never speaks as one: "The American First Lady stated" is the First Lady's
    word, "Americans who say …" a poll's finding, and "Ukrainian officials said" names nobody."""
    named = named_in(phrase, index)
    return None if named is not None and index.label_of.get(named) == "NORP" else named


def _lone_place_word(subject: Token) -> bool:
    """A one-word "place" that is the subject of a speech verb, which may be a surname the model
    misread ("West claimed …" after "rapper Kanye West"): the caller takes it for a person only
    when the set knows somebody by that surname, so "Washington said" stays the government's."""
    doc = subject.doc
    return (subject.ent_type_ in ("LOC", "GPE", "FAC") and subject.ent_iob_ == "B"
            and not (subject.i + 1 < len(doc) and doc[subject.i + 1].ent_iob_ == "I")
            and subject.dep_ == "nsubj" and is_quoting_verb(subject.head))


def speaker_of_subject(subject: Token, index: EntityIndex, resolver: PersonResolver) -> str | None:
    """The person or body the subject (or agent) ``subject`` of a speech verb names, if any.

    The subject is read as the first of these kinds it is: a phrase that names someone (or that
    picks out one of a kind and names nobody), a name the model missed or a law, a relative
    pronoun, a personal pronoun, a description ("the father", "the company", "the ministry's
    statement"). Each reading returns the speaker, ``None`` for nobody, or passes the subject on.
    """
    for reading in (_office_speaker, _listed_speaker, _named_speaker, _missed_speaker, _relative_speaker,
                    _pronoun_speaker, _described_speaker):
        speaker = reading(subject, index, resolver)
        if speaker is not _NOT_MINE:
            return speaker
    return None


# What a reading of :func:`speaker_of_subject` returns for a subject not of its kind.
_NOT_MINE = object()


def _listed_speaker(subject: Token, index: EntityIndex, resolver: PersonResolver):
    """"the latter", "the former": the speaker the member of the list before it names (latter_former.py)."""
    member = named_by_position(subject) if subject.lower_ in ("latter", "former") else None
    return _NOT_MINE if member is None else speaker_of_subject(member, index, resolver)


def _office_speaker(subject: Token, index: EntityIndex, resolver: PersonResolver):
    """A definite description of an office's holder the resolver has read as a person named before ("“…,” the
    Kremlin official said" after "Kremlin spokesman Dmitry Peskov": Peskov, not the Kremlin; office_descriptions.py)."""
    return resolver.office_holders.get(subject.i, _NOT_MINE)


def _named_speaker(subject: Token, index: EntityIndex, resolver: PersonResolver):
    """A phrase with a name that can speak, an apposed person, or a person just named described by
    their work; ``None`` for somebody of a kind ("One MP told the BBC", "a Chicago resident")."""
    phrase = doc_subtree(subject)
    named = speaking_name(phrase, index)
    placed = False
    if named is not None and only_places_name(subject, index):
        if names_nobody(subject, index):
            return None
        named = None  # "the Chicago mayor said": the holder of that title named before, or nobody
        placed = True
    named_tokens = [t for t in phrase if t.ent_type_ and t.i != subject.i]
    if (named is not None and index.label_of.get(named) == "PERSON" and subject.pos_ == "NOUN"
            and _picks_one_of_a_kind(subject) and named_tokens
            and not any(c.dep_ == "appos" for c in subject.children)
            and all(t.i < subject.i and (t.head.i == subject.i or t.head.i < subject.i)
                    and t.dep_ in ("compound", "amod", "nmod") for t in named_tokens)):
        return None  # "A senior Elysée official … told Playbook", "a Trump aide said": one of somebody's people,
        # whom the text does not name; a person's name only qualifies the noun (not "an attendee Om Prakash", where
        # the name is the head; a body's spokesman or official speaks for the body: "a Hampshire Police spokesman")
    if named is not None and _someone_close_to_a_person(subject):
        return None  # "One of Zelenskyy's closest aides told TIME …": the aide, whom the text does not name
    if (named is None or named == subject.text) and _picks_one_of_a_kind(subject) and not any(
            c.dep_ == "compound" for c in subject.children):  # "an attendee Om Prakash" is named
        return None  # "One MP told the BBC": somebody of a kind, unnamed (not the "MP" named before)
    if named is None or index.label_of.get(named) != "PERSON":
        apposed = apposed_person(phrase)
        if apposed:
            return index.canonical(apposed, "PERSON") or apposed
    lemma = subject.lemma_.lower()
    if (named and subject.pos_ == "NOUN" and lemma in _PLAYING_POSITIONS and index.label_of.get(named) != "PERSON"
            and all(t.dep_ in ("compound", "nmod", "det", "amod") for t in subject.children)):
        return None  # "The Manchester City midfielder said" (round wire35c): one of the club's players, whom the
        # sentence does not name (the club does not speak); who he is the text says, if at all, sentences before
    if ((named or placed) and subject.pos_ == "NOUN" and lemma in _PROFESSION_NOUNS and not subject.ent_type_
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.children)
            and not any(c.dep_ in ("appos", "prep") for c in subject.children)):
        # "The Wooster professor added": a description of a person just named, whose place of
        # work is only a modifier; that person speaks, not the college. A country's or a town's name
        # there is one too ("“…,” the New Zealand captain said" after "Santner … praised …", round wire41).
        return resolver.person_before(subject.left_edge.i, role=lemma if lemma in resolver.titles else None)
    if (named and subject.ent_type_ == "ORG" and subject.ent_iob_ == "B" and index.label_of.get(named) != "PERSON"
            and subject.dep_ == "nsubj" and is_quoting_verb(subject.head)
            and not (subject.i + 1 < len(subject.doc) and subject.doc[subject.i + 1].ent_iob_ == "I")):
        # "an attendee Om Prakash said": a one-word "organisation" with untagged given names
        # compounded in front is a person the model did not know; the whole run is the name.
        run = name_run(subject)
        if 2 <= len(run) <= 4 and all(t.is_title and not t.ent_type_ for t in run[:-1]):
            return " ".join(t.text for t in run)
    return named or _NOT_MINE


def _someone_close_to_a_person(subject: Token) -> bool:
    """Whether a subject is an unnamed person known only by whom they are close to: an aide, an
    adviser, a friend or a relative of a named person ("One of Zelenskyy’s closest aides", "a
    friend of the singer's", "Trump's son"). Such a person speaks for themselves, not as the
    person named; one who speaks officially for them (a spokesman, a lawyer) is read as before.
    """
    head = subject
    if head.lower_ in _INDEFINITE | {"two", "three", "several", "many"}:  # "One of Zelenskyy's … aides"
        head = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), head)
    if head.pos_ != "NOUN" or head.ent_type_ or head.lemma_.lower() not in _CLOSE_TO_SOMEONE:
        return False
    doc = head.doc
    if any(c.dep_ in ("appos", "compound") and _a_name(c) for c in head.children) or (
            head.i + 1 < len(doc) and _a_name(doc[head.i + 1])):
        return False  # "his son Donald Trump Jr.": the person is named
    # (the phrase's best name, which the caller has, can here only be the principal's, whatever its label)
    return any(child.dep_ == "poss" and _a_name(child) or child.dep_ == "prep" and child.lower_ in ("of", "to") and any(
        o.dep_ == "pobj" and _a_name(o) for o in child.children) for child in head.children)


def _a_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and bool(token.ent_type_)


def _missed_speaker(subject: Token, index: EntityIndex, resolver: PersonResolver):
    """A law that states words, or a name the model missed or took for a place ("Schwartz went on
    to say …", "West claimed …" after "rapper Kanye West")."""
    law = document_speaker(subject)
    if law:
        return law  # "The 14th Amendment states: “…”": the words are the law's
    if subject.is_title and subject.pos_ in ("PROPN", "NOUN") and (not subject.ent_type_ or _lone_place_word(subject)) \
            and not any(c.dep_ == "det" for c in subject.children):
        # A surname the model left untagged ("Schwartz went on to say …") or took for a place
        # ("West claimed …" after "rapper Kanye West"): the person of the set it names, when the
        # set knows one by that name.
        known = index.canonical(subject.text, "PERSON")
        if known and index.label_of.get(known) == "PERSON" and len(known) > len(subject.text):
            return known
        if subject.ent_type_:
            # In a set whose other texts use the word as a place ("the West"), the set does not
            # know the person: the one of that surname this text named in full before.
            local = [name for at, name, _, _ in resolver.people if at < subject.i and name.endswith(" " + subject.text)]
            if local:
                return local[0]
    untagged = untagged_name(subject)
    if untagged and subject.dep_ in ("nsubj", "nsubjpass") and is_quoting_verb(subject.head):
        return untagged  # completed to the full name given before by FullNames.full
    return _NOT_MINE


def _relative_speaker(subject: Token, index: EntityIndex, resolver: PersonResolver):
    """A relative pronoun: its antecedent, or whoever made the statement it stands for."""
    if not (subject.lower_ in ("who", "that", "which") and subject.head.dep_ == "relcl"):
        return _NOT_MINE
    # "Trump, who last week called Zelenskyy a “dictator”": the relative clause's antecedent;
    # "they released a statement which said": whoever made the statement.
    antecedent = subject.head.head
    named = speaking_name(doc_subtree(antecedent), index)
    if subject.lower_ == "who" and named and index.label_of.get(named) in ("GPE", "LOC", "FAC"):
        # "who" stands for people, never for a place: in "a citizen of San Francisco, California,
        # who in 1859 proclaimed himself “…”" the clause hangs from the place, but its speaker is
        # the citizen, whom the parse does not give.
        return None
    if named is None and is_quoting_verb(subject.head):
        # an untagged name of two words or more ("Toronto Police, which indicated …"), not a
        # capitalised word of a heading ("§ 1201 Circumvention of …, which says")
        untagged = untagged_name(antecedent)
        named = untagged if untagged and " " in untagged else None
    if named or antecedent.lemma_.lower() not in STATEMENT_NOUNS:
        return named
    maker = antecedent.head if antecedent.dep_ in ("dobj", "nsubjpass") else None
    subjects = [c for c in maker.children if c.dep_ in ("nsubj", "agent")] if maker is not None else []
    return speaker_of_subject(subjects[0], index, resolver) if subjects and subjects[0].i != subject.i else None


def _pronoun_speaker(subject: Token, index: EntityIndex, resolver: PersonResolver):
    """A personal pronoun: the person, body or group it stands for; "I" and "we" the turn's speaker."""
    lower = subject.lower_
    if lower in PERSON_PRONOUNS:
        if resolver.unnamed_before(subject.i, PERSON_PRONOUNS[lower]):
            return None  # "One of the victims decided … She said …": nobody named
        # In a transcript, "he" is never the speaker of the turn.
        person = resolver.person_before(subject.i, gender=PERSON_PRONOUNS[lower], exclude=resolver.turn_speaker(subject.idx))
        if person and resolver.unnamed_since(person, subject.i, PERSON_PRONOUNS[lower]):
            return None  # "… Yasir. … the president of Mexico — a very wonderful woman — … she said": nobody named
        return person
    if lower in ("i", "we", "me"):
        return resolver.turn_speaker(subject.idx)  # in a transcript, the speaker of the turn
    if lower in ("they", "it"):
        # Never one person; an organisation that was the subject just before ("The commission
        # criticised the move. They released a statement …").
        body = resolver.body_subject_before(subject.i)
        if body or lower == "it":
            return body
        # or people named together as a subject shortly before ("The foreign ministers …, Sameh
        # Shoukry, Nikos Dendias …, gathered in Cairo. … They concluded that …"): a joint
        # statement, given to the first of them.
        return group_subject_before(subject, index)
    if lower == "you":
        return None
    return _NOT_MINE


def _described_speaker(subject: Token, index: EntityIndex, resolver: PersonResolver):
    """A definite description: a relative ("the father"), a document's signer, a body named by its
    common noun ("the company"), a title's holder ("the president"), a statement's owner."""
    # A definite description: "the president", "the Kremlin spokesman", "the court".
    determiners = {c.lower_ for c in subject.children if c.dep_ in ("det", "poss")}
    lemma = subject.lemma_.lower()
    if (determiners == {"the"} and lemma in _KIN_WORDS and subject.tag_ == "NN"
            and not any(c.dep_ in ("prep", "poss", "relcl", "acl", "appos") for c in subject.children)):
        # "The father said “…” The mother said “…”" after the parents were named: the nearest
        # named person of that sex ("the father of a victim" is somebody else, left unnamed).
        # People whose sex the text does not show may be either; the one chosen is known from
        # then on, so "the mother" after "the father" goes to the other parent.
        gender = "f" if lemma in FEMALE_WORDS else "m"
        person = resolver.person_before(subject.i, gender=gender, window=len(subject.doc))
        if person:
            resolver.gender.setdefault(person, gender)
        return person
    if determiners == {"the"} and _by_age(subject):
        # "Speaking to reporters in Karad, the 83-year-old leader said: “…”" (round wire40): a person just named,
        # described by the age the story gave or knows, as a "he" or "she" takes that person up
        return resolver.person_before(subject.i)
    if lemma in _DOCUMENT_NOUNS:
        # "The decree signed by the Pope read “…”": a document's words are its signer's.
        for acl in (c for c in subject.children if c.dep_ == "acl" and c.lemma_.lower() in _AUTHORING_VERBS):
            agents = [o for a in acl.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            if agents:
                return speaker_of_subject(agents[0], index, resolver)
    if lemma in ORG_HEADS and subject.pos_ == "NOUN" and any(
            c.dep_ == "poss" and c.pos_ == "PROPN" for c in subject.children) and not determiners & {"the"}:
        # "Day's animal foundation said": a body described by whose it is; the one the text
        # names with that word (before or after: "founding the Doris Day Animal Foundation")
        owner = next(c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN")
        body = resolver.body_before(subject.i, lemma)
        if body and owner.text.lower() in body.lower().split():
            return body
    if determiners & {"the", "his", "her", "their", "its"}:
        if lemma in resolver.titles:
            served, person = resolver.serving(lemma, subject)  # "The representative of the United Kingdom said"
            return person if served else resolver.person_before(subject.i, role=lemma)
        if lemma in ORG_HEADS:
            body = resolver.body_before(subject.i, lemma)
            if body is None and lemma in _GENERIC_BODIES and "the" in determiners:
                # "Hasbro hosted a panel … the company noted": a body whose name lacks the word,
                # the one that was a subject shortly before
                body = resolver.body_subject_before(subject.i, window=200)
            if (body is None and lemma in _NATIONAL_BODIES and determiners == {"the"}
                    and not any(c.dep_ in ("prep", "compound", "amod", "poss") for c in subject.children)):
                # "The army said the plane was bringing meat “to help the country's economy.”":
                # the country's one army speaks, named by its common noun
                body = f"the {lemma}"
            return body
    if lemma in _PART_WORDS and not subject.ent_type_:
        # "Part of the judge's statement reads “…”": whose statement it is
        of = [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if of and of[0].lemma_.lower() in STATEMENT_NOUNS | _DOCUMENT_NOUNS:
            return speaker_of_subject(of[0], index, resolver)
    # "The court's summary concluded …", "the ministry's statement said …": whose words they are.
    if lemma in STATEMENT_NOUNS | _DOCUMENT_NOUNS:
        owner = [c for c in subject.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
        if owner:
            return speaker_of_subject(owner[0], index, resolver)
        maker = _maker_just_told(subject) if determiners == {"the"} and lemma in _DOCUMENT_NOUNS else None
        if maker is not None:
            return speaker_of_subject(maker, index, resolver)
    return None


def _maker_just_told(subject: Token) -> Token | None:
    """The subject of the sentence before when that sentence tells of someone speaking or issuing words, which
    "the statement" (no other word in its phrase) then quotes: "Yoon … said through his lawyers that he was sorry
    …. “It has been the greatest honor …,” the statement read." (round wire41)."""
    if any(c.dep_ != "det" for c in subject.children) or subject.sent.start == 0:
        return None
    root = subject.doc[subject.sent.start - 1].sent.root
    if not (is_quoting_verb(root) or root.lemma_.lower() in _AUTHORING_VERBS):
        return None
    # (the tagger may read a name opening the sentence as an adverb, and the parser hang it so: "Yoon, a former …,
    # said", a subject or an adverbial modifier tagged ADV)
    return next((c for c in root.children if c.i < root.i and (
        c.dep_ == "nsubj" and (c.pos_ in ("PROPN", "NOUN", "PRON") or c.ent_type_)
        or c.dep_ in ("advmod", "npadvmod", "dep") and c.ent_type_ in ("PERSON", "ORG"))), None)




# Determiners and numerals that pick out one member of a kind without naming it.
_INDEFINITE = frozenset("a an one another some any each every no".split())
_UNNAMED = frozenset("unnamed unidentified anonymous".split())
# People known by whom they are close to, who speak for themselves (not a spokesman or a lawyer).
_CLOSE_TO_SOMEONE = KIN_NOUNS | frozenset("""aide adviser advisor confidant confidante friend ally associate
    staffer colleague acquaintance classmate roommate neighbour neighbor""".split()) | frozenset(
    # a victim's family speaking after a verdict ("Bebe's parents said: …", "the family of Bebe King said", round
    # wire35b): the kin of a named person, in the plural or as one family
    """parent grandparent relative family""".split())
# Nouns of those who speak for a country or a city, whose words are the place's.
_AGENTS_OF_A_PLACE = frozenset("""representative official spokesman spokeswoman spokesperson authority government
    delegation delegate envoy diplomat ambassador minister ministry administration statement communique communiqué
    readout""".split())  # ("a statement from Kyiv said": the government's word)

# Nouns for any kind of body, which news uses for one just named by its own name.
_GENERIC_BODIES = frozenset("company corporation organisation organization agency firm foundation network".split())

# "Part of the judge's statement", "an excerpt of the letter": the words of that statement.
# Bodies a country has one of, which news names by the common noun alone ("the army said").
_NATIONAL_BODIES = frozenset("army navy military police government palace".split())

_PART_WORDS = frozenset("part portion excerpt section passage extract rest".split())

# Kinship words that, with "the" alone, point back to a family named just before: the kin nouns
# (boundaries.KIN_NOUNS) that tell a sex ("father", "widow"), which the resolver matches.
_KIN_WORDS = KIN_NOUNS & (FEMALE_WORDS | MALE_WORDS)


def _by_age(subject: Token) -> bool:
    """Whether a subject is a description by age alone, "the 83-year-old" or "the 83-year-old leader": "the", the
    age, at most one noun, and nothing after it (no "of", no clause: "the 83-year-old leader of the party" may be
    somebody else)."""
    doc = subject.doc
    words = doc[subject.left_edge.i:subject.i + 1]
    text = words.text.lower()
    return (subject.right_edge.i == subject.i and len(words) <= 7 and text.startswith("the ")
            and (text.endswith("-year-old") or "-year-old " in text and " " not in text.split("-year-old ")[1]))
# Written things whose words are their author's, and the verbs that name the author.
_DOCUMENT_NOUNS = frozenset("""decree order letter statement declaration note message memo document post tweet
    description notice proclamation resolution petition""".split())
_AUTHORING_VERBS = frozenset("sign write issue release publish post author send draft pen".split())

# People described by their work ("the Wooster professor", "the Liverpool coach"); not the
# spokespeople and officials who speak for an unnamed body.
_PROFESSION_NOUNS = frozenset("""professor researcher scientist scholar academic author co-author expert doctor
    physician economist analyst historian coach manager captain player striker judge lawyer attorney prosecutor
    astronaut engineer pilot chef artist singer actor actress director""".split())

# The positions of a football side's players, which match reports put after the club's name ("the Manchester City
# midfielder", "the Arsenal goalkeeper").
_PLAYING_POSITIONS = frozenset({"midfielder", "goalkeeper", "keeper", "defender", "winger", "striker", "forward",
                                "fullback", "full-back", "centre-back", "playmaker"})

STATEMENT_NOUNS = frozenset("""statement summary report ruling judgment judgement decision release announcement
    letter message spokesman spokeswoman spokesperson representative lawyer attorney office website site
    filing communique communiqué tweet post account blog""".split())


# Words that someone wrote or delivered: "an order by Commandant Elson Hermogino directing units
# to “…”", "the following statement from the king: “…”" are the author's words.
_AUTHORED_NOUNS = _DOCUMENT_NOUNS | frozenset("""ruling judgment judgement decision announcement communique
    communiqué report remarks speech address""".split())


def author_of(noun: Token, index: EntityIndex, resolver: PersonResolver) -> str | None:
    """Who wrote or delivered a statement named by ``noun``: its "by"/"from" person."""
    if noun.lemma_.lower() not in _AUTHORED_NOUNS:
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            speaker = speaker_of_subject(pobj, index, resolver)
            if speaker:
                return speaker
    return None


def authored(quote_span: Span, index: EntityIndex, resolver: PersonResolver, inside: set[int]) -> str | None:
    """The author of the statement whose content the quotation is (see ``_AUTHORED_NOUNS``): up
    the tree from the quotation, the first statement noun before any speech verb."""
    ancestors = next((list(t.ancestors) for t in quote_span if t.head.i not in inside or t.head.i == t.i), [])
    for ancestor in ancestors:
        if ancestor.i in inside:
            continue
        if is_quoting_verb(ancestor):
            return None  # a nearer reporting verb governs the words
        author = author_of(ancestor, index, resolver)
        if author:
            return author
    return None
