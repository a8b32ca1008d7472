"""Who acts: subject tokens turned into canonical names, pronouns and relatives resolved.

Used by :mod:`toolkit.nlp.events`. A subject is the canonical name of the entity its head
belongs to (or of a name in apposition: "his envoy, Steve Witkoff"); "who"/"which" stand for
their antecedent, "he"/"she" for the person before (the speakers' resolver), a subject
"they" for the nearest plural subject before when no singular one comes between, a main
clause's "it" at the head of its sentence for the thing the sentence before is about;
coordinated names stay together ("Turkey and Libya"). Anything else is its noun phrase,
whole, without clauses or quotation marks.

Example:
    >>> Actors(index, resolver, inside, sentences).who(doc[12])       # doctest: +SKIP
    'Donald Trump'
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.age_nouns import named_by_age
from toolkit.nlp.entities import EntityIndex
from toolkit.nlp.epithets import apart_from_objects, brought_in_unnamed, epithet, sentence_reporter
from toolkit.nlp.relative_antecedents import relative_antecedent
from toolkit.nlp.pronoun_antecedents import described_before, plural_before, reported_it_before, singular_before
from toolkit.nlp.sentence_spans import Sentences
from toolkit.nlp.suspects import PERPETRATOR_NOUNS, named_suspect, stands_for_suspect
from toolkit.nlp.lexicon import PERSON_TITLES, SPEECH_VERBS
from toolkit.nlp.noun_phrases import QUOTE_MARKS, noun_phrase, unquoted
from toolkit.nlp.field_offices import field_office
from toolkit.nlp.described_people import described_subject, main_subject_of_clause, titled_in_sentence
from toolkit.nlp.courses import begins_doing, course_text
from toolkit.nlp.duos import pair_named_before
from toolkit.nlp.families import family_named_before, person_by_surname
from toolkit.nlp.described_bodies import body_named_before, full_name_before, org_mentions
from toolkit.nlp.described_laws import law_named_before
from toolkit.nlp.roles import role_named_before
from toolkit.nlp.lead_descriptions import named_next
from toolkit.nlp.identifications import identified_name
from toolkit.nlp.vessels import vessel_named_before
from toolkit.nlp.attribution import PERSON_PRONOUNS
from toolkit.nlp.binding import names_governed
from toolkit.nlp.conjunct_objects import first_conjunct_person
from toolkit.nlp.continued_objects import continued_object
from toolkit.nlp.coordination import listed_after
from toolkit.nlp.self_reference import names_the_text
from toolkit.nlp.owned_titles import owned_by_a_later_body
from toolkit.nlp.portfolios import portfolio_holder
from toolkit.nlp.shared_titles import title_holder
from toolkit.nlp.latter_former import named_by_position
from toolkit.nlp.set_off_names import set_off_name
from toolkit.nlp.person_resolver import PersonResolver
from toolkit.nlp.syntax import NAMED_LABELS, SUBJECT_DEPS
from toolkit.nlp.timed_relatives import stands_for_a_time
from toolkit.nlp.titles import name_by_title

RELATIVES = frozenset({"who", "which", "that", "whom"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def _relative_pronoun(token: Token) -> bool:
    """Whether a token is a relative pronoun: "who", "which", "that", "whom", but not a name spelled
    the same ("According to the WHO, …": the World Health Organization, a proper noun)."""
    return token.lower_ in RELATIVES and token.tag_ not in ("NNP", "NNPS")
# Determiners of a definite description, which can take up someone named before ("the judge");
# "a", "another", "some" bring in someone new ("another federal judge sentenced Manafort").
DEFINITE = DEMONSTRATIVES | {"the"}


def entity_name(token: Token, index: EntityIndex, sentences: Sentences) -> str | None:
    """The canonical name of the entity the token is part of, if it names a who."""
    if not token.ent_type_ or token.ent_type_ not in NAMED_LABELS:
        return None
    ent = sentences.entities.get(token.i)
    if ent is None:
        return None
    return (name_by_title(index, ent) or index.canonical(ent.text, ent.label_)
            or " ".join(ent.text.strip(QUOTE_MARKS).split()))



def _an_age_alone(token: Token) -> bool:
    """Whether a subject is "the <number>-year-old" (or "-month-old") with no noun after it: the parser makes "old" the
    subject."""
    return (token.lower_ == "old" and token.dep_ in SUBJECT_DEPS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            and any(c.dep_ == "npadvmod" and c.lemma_.lower() in ("year", "month") for c in token.children))


def _place_of_a_place(noun: Token, appos: Token) -> bool:
    """Whether ``appos`` is the country or region of a place named inside the noun's phrase, not another name
    of the noun: "turned the city of São Paulo, Brazil dark": the parser hangs "Brazil" on "city", but it
    tells where São Paulo lies, as in "São Paulo, Brazil" anywhere; the object is the city."""
    first = appos.left_edge.i
    if appos.ent_type_ not in ("GPE", "LOC") or first < 2 or appos.doc[first - 1].text != ",":
        return False
    place = appos.doc[first - 2]
    return place.ent_type_ in ("GPE", "LOC") and noun.i < place.i and place.i in {t.i for t in noun.subtree}


def _list_after_colon(noun: Token, appos: Token) -> bool:
    """Whether ``appos`` opens a list of names after a colon that the parser hung on a singular common noun
    ("the following nine states answered the Trump Administration’s call: Alabama, Idaho, …"): one thing
    cannot be several names, so the list tells of something else in the clause, and names no ``noun``."""
    first = appos.left_edge.i
    return noun.tag_ == "NN" and first > 0 and appos.doc[first - 1].text == ":" \
        and any(c.dep_ == "conj" for c in appos.children)


# What a reading of :meth:`Actors.one` returns for a phrase not of its kind.
_PASS = object()


# The words that open a list of two and belong to its joining ("neither … nor", "either … or", "both … and").
_PRECONJUNCTS = frozenset({"neither", "either", "both"})


class Actors:
    """Turns a subject token into a who: canonical names, pronouns and descriptions resolved."""

    def __init__(self, index: EntityIndex, resolver: PersonResolver, inside: set[int], sentences: Sentences):
        self.index, self.resolver, self.inside, self.sentences = index, resolver, inside, sentences
        self._orgs: list[tuple[int, str]] | None = None  # the ORG mentions, named once when a description asks
        self._org_words: set[str] = set()
        self._suspects: list[tuple[str, int] | None] = []  # the story's suspect, found on the first asking (suspects.py)

    def who(self, token: Token, *, depth: int = 0) -> str | None:
        """The who a noun phrase names; coordinated names are kept together ("Turkey and Libya")."""
        if token.text in ("'s", "’s") and token.dep_ in ("nsubj", "nsubjpass"):
            # "WHO's Representative in Rwanda, Brian Chirombo, said …" (round wire39): the parser read the possessive
            # as "is", the subject of "said"; the person set off after the title, hung on it, is the one who speaks
            token = next((c for c in token.children if c.ent_type_ == "PERSON" and c.i > token.i), token)
        before = _listed_before_possessor(token) if depth < 2 else None
        holder = title_holder(token) or portfolio_holder(token) or set_off_name(token) or named_by_position(token)
        if holder is not None:  # "CNN reporter and former … Press Secretary Joe Lockhart": one person
            token = holder
        first = self.one(token, depth=depth)
        if not first or _relative_pronoun(token) or token.lower_ == "they":
            return first
        names = [first]
        if before is not None:
            # "Umerov and Ukraine's chief of the general staff, Gen. Andrii Hnatov, are expected …" (round wire34a): the
            # parser hangs the first item on the second's possessive; it is the list's first item
            other = self.one(before, depth=depth + 1)
            if other and other != first:
                names.insert(0, other)
        for child in listed_after(token):
            other = self.one(child, depth=depth)
            if other and other not in names:
                names.append(other)
        if len(names) == 1:
            return names[0]
        # "Neither Cauchi's family nor his doctors had warned police": the list's "neither", "either" or "both"
        # belongs to the joining (the row's negation says "neither … nor"), not to its first member
        head, _, rest = names[0].partition(" ")
        if rest and head.lower() in _PRECONJUNCTS:
            names[0] = rest
        return ", ".join(names[:-1]) + " and " + names[-1]

    def one(self, token: Token, *, depth: int = 0) -> str | None:
        """The who one noun phrase names, read as the first of these kinds it is: a relative pronoun,
        a personal pronoun, another pronoun, a name, a definite description of someone named before;
        else the noun phrase itself."""
        if names_the_text(token):
            return None  # "The following is the fifth edition …. It features …": the article itself
        if token.tag_ == "VBG" and token.dep_ == "xcomp" and begins_doing(token):
            return course_text(token)  # "started supporting the government of …": what was started (courses.py)
        for reading in (self._relative, self._personal_pronoun, self._other_pronoun, self._office, self._surname,
                        self._shortened, self._family, self._demonym, self._named, self._described, self._body,
                        self._whose):
            found = reading(token, depth)
            if found is not _PASS:
                return found
        return noun_phrase(token)

    def _relative(self, token: Token, depth: int):
        """"who", "which", "that": the antecedent, unless it is a time."""
        if not _relative_pronoun(token) or depth >= 2:
            return _PASS
        antecedent = relative_antecedent(token)
        if antecedent is not None and stands_for_a_time(token, antecedent):
            return None  # "report on Saturday, which figured …": a date does nothing (timed_relatives.py)
        if antecedent is not None and any(c.dep_ == "conj" and c.i > token.i for c in antecedent.children):
            # "a man from the US who tested positive, and another man from Japan": the
            # relative clause closes its own conjunct
            return self.one(antecedent, depth=depth + 1)
        return self.who(antecedent, depth=depth + 1) if antecedent is not None else None

    def _demonym(self, token: Token, depth: int):
        """"The Briton beat Nadal" after "Murray and Nadal met": a nationality's noun for one person, with "the", is the
        one of the sentence before its clause does not name (epithets.apart_from_objects), not the nation's people."""
        if token.ent_type_ != "NORP" or token.dep_ not in ("nsubj", "nsubjpass") or token.tag_ not in ("NN", "NNP") \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return _PASS
        person = apart_from_objects(token, self.resolver.people, self._sentence_before_start(token))
        return person if person is not None else _PASS

    def _sentence_before_start(self, token: Token) -> int:
        """The first token of the sentence before ``token``'s (of its own, in the text's first sentence): where the one
        a description takes up is looked for."""
        sentence = self.sentences.of(token)
        return (self.sentences.before(sentence) or sentence).start

    def _whose(self, token: Token, depth: int):
        """"whose work": the thing of the one the relative clause describes ("Quincy Jones, … whose work stretched
        from …" → "Quincy Jones's work"), not the relative word."""
        whose = next((c for c in token.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
        clause = token.head
        if whose is None or depth >= 2 or clause.dep_ != "relcl" or token.dep_ not in SUBJECT_DEPS:
            return _PASS
        described = clause.head
        while described.dep_ == "conj" and described.head.i != described.i:
            described = described.head
        if described.dep_ == "appos":  # "Quincy Jones, the trumpeter … whose work": the one in apposition to
            described = described.head
        owner = self.who(described, depth=depth + 1)
        phrase = noun_phrase(token)
        if not owner or not phrase.lower().startswith("whose "):
            return _PASS
        mark = "'" if owner.endswith("s") and owner.split()[-1].islower() else "'s"  # ("sea urchins' population")
        return f"{owner}{mark} {phrase[len('whose '):]}"

    def _personal_pronoun(self, token: Token, depth: int):
        """"he", "she", "him", "her": the person before of that sex, as the speakers' resolver finds them."""
        lower = token.lower_
        if lower not in PERSON_PRONOUNS:
            return _PASS
        if depth < 2 and (taken_on := continued_object(token)) is not None:
            # "Sirhan shot him …, while he was walking": "he" goes on for "him" (continued_objects.py)
            doer = self.who(next(c for c in token.head.head.children if c.dep_ in ("nsubj", "nsubjpass")),
                            depth=depth + 1)
            person = self.one(taken_on, depth=depth + 1)
            if person is not None and person == doer:
                person = self.resolver.person_before(taken_on.i, gender=PERSON_PRONOUNS[lower], exclude=doer)
            if person is not None:
                return person
        if depth < 2 and (named := first_conjunct_person(token)) is not None:
            # "have broken with Trump and have urged him to move forward": the first verb's person (conjunct_objects.py)
            person = self.one(named, depth=depth + 1)
            if person is not None and self.resolver.gender.get(person) == PERSON_PRONOUNS[lower]:
                return person
        if lower in ("he", "she") and depth < 2 and token.i not in self.inside \
                and (titled := titled_in_sentence(token, PERSON_PRONOUNS[lower])) is not None:
            # "I stood alongside the President … as he signed …": the title in the pronoun's own sentence
            return self.who(titled, depth=depth + 1) or noun_phrase(titled)
        if lower in ("he", "she") and token.i not in self.inside \
                and (subject := main_subject_of_clause(token, PERSON_PRONOUNS[lower])) is not None:
            # "a New York City man was released … after he smeared …": the main clause's unnamed man
            return noun_phrase(subject)
        if lower in ("he", "she") and depth < 2 and token.i not in self.inside \
                and (reporter := _reporting_pronoun(token)) is not None:
            # "He said he expected to be briefed by the envoys, who were meeting Putin, and that he could travel …":
            # the reporter's own pronoun, not the last man named in between (round wire34a)
            person = self.one(reporter, depth=depth + 1)
            if person is not None:
                return person
        # in a transcript, "he" in a turn is neither the turn's speaker, who says "I", nor the one the speaker
        # answers or asks, who is "you" ("TAPPER: … Why hasn't he used it?" ⏎ "GRAHAM: Because he wanted to give
        # Putin a chance": the president, not Graham nor Tapper; round wire34c)
        parties = self.resolver.turn_parties(token.idx) if token.i not in self.inside else frozenset()
        person = self.resolver.person_before(token.i, gender=PERSON_PRONOUNS[lower], narrative=True,
                                             exclude=parties or None)
        if person is not None and person in names_governed(token, self.resolver):
            # "He traveled … to meet with Devocht": not Devocht (toolkit/nlp/binding.py)
            person = self.resolver.person_before(token.i, gender=PERSON_PRONOUNS[lower], narrative=True,
                                                 exclude=person)
        if person is not None and lower in ("he", "she") and token.i not in self.inside \
                and (described := described_subject(token, PERSON_PRONOUNS[lower], self.sentences)) is not None:
            # "… after one of their daughters, aged 17, escaped …. She did not know …": the unnamed
            # subject just before, unless the one found is named as near (toolkit/nlp/described_people.py)
            first = self._sentence_before_start(token)
            if not any(name == person and first <= at < token.i for at, name, _, _ in self.resolver.people):
                return noun_phrase(described)
        if person is None and lower in ("he", "she") and depth < 2 and token.i not in self.inside:
            # No person of that sex named before: an animal or an unnamed someone told of
            # before ("the elephant … officials estimated she may have starved").
            antecedent = described_before(token, self.sentences)
            return self.who(antecedent, depth=depth + 1) if antecedent is not None else None
        if person is not None and token.dep_ in SUBJECT_DEPS and token.head.dep_ == "ROOT" \
                and token.i not in self.inside:
            # One a main clause's subject "he" stood for is a man to the rest of the story,
            # one "she" stood for a woman ("Biden praised …. He also expressed … In Warren's
            # campaign …, she was known …": she is not Biden). Not from a reported clause
            # ("did not say he'd ordered it"), whose "he" is often someone else.
            self.resolver.gender.setdefault(person, PERSON_PRONOUNS[lower])
        return person

    def _other_pronoun(self, token: Token, depth: int):
        """"I" and "we" (a transcript's speaker), "they" and "it" (a subject before), a part of a group."""
        lower = token.lower_
        if lower in ("i", "we", "me") or (lower == "us" and token.tag_ == "PRP"):  # ("US", the country: NNP)
            return None if token.i in self.inside else self.resolver.turn_speaker(token.idx)
        if lower == "they" and depth < 2 and token.i not in self.inside:
            antecedent = plural_before(token, self.sentences, self.inside)
            return self.who(antecedent, depth=depth + 1) if antecedent is not None else None
        if lower == "it" and depth < 2 and token.dep_ == "nsubj" and token.head.dep_ in ("ROOT", "conj") \
                and token.i not in self.inside:
            antecedent = singular_before(token, self.sentences, self.inside)
            return self.who(antecedent, depth=depth + 1) if antecedent is not None else None
        if lower == "it" and depth < 2 and token.i not in self.inside \
                and (antecedent := reported_it_before(token, self.sentences, self.inside)) is not None:
            return self.who(antecedent, depth=depth + 1)  # "Officials said it killed nine people": the fire
        if lower == "one" and token.tag_ == "CD" and not any(c.dep_ == "appos" for c in token.children):
            # (not "One of these groups, the Syrian Democratic Forces, opposed …": the name in apposition says who)
            group = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"), None)
            if group is not None and group.pos_ in ("NOUN", "PROPN"):
                # "launched one of its largest aerial attacks of the war": one of the group, so named (the group's
                # phrase may be longer than the short "of" tail a noun phrase keeps)
                return f"one of {noun_phrase(group)}"
        if token.pos_ == "PRON" and token.tag_ == "DT" and lower not in DEMONSTRATIVES:
            # "some of Qawi's supporters": a part of a group named; "another, a chef named Łukasz":
            # named in apposition. A bare "both" or "another" stands for something not named here.
            named = [self._apposed_name(c) for c in token.children if c.dep_ == "appos"]
            if any(named):
                return next(n for n in named if n)
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
                return noun_phrase(token)
            return None
        if token.pos_ == "PRON":
            return None  # "it", "this", "someone": too often not a who to guess
        return _PASS

    def _named(self, token: Token, depth: int):
        """A name: the surname of someone named before, an entity, a name in apposition."""
        if token.i in self.resolver.surnames:  # "Trump did minimal preparation": the surname of one named before
            return self.resolver.surnames[token.i]
        if token.tag_ == "NNP" and token.ent_type_ != "PERSON" and token.lower_ in PERSON_TITLES:
            # "United States Senator from Vermont Bernie Sanders": the parser hangs the name on
            # "from" with the place; the title's holder is the name after the place
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "from":
                    person = [g for g in prep.children if g.dep_ == "pobj" and g.tag_ == "NNP"
                              and sum(1 for c in g.children if c.dep_ == "compound" and c.tag_ == "NNP") >= 2]
                    named = entity_name(person[0], self.index, self.sentences) if person else None
                    if named:
                        return unquoted(named)
        if (ent := self.sentences.entities.get(token.i)) is not None and ent.start in self.resolver.by_title:
            # "Mrs. Trump called on women …" after "First Lady Melania Trump and President Donald J. Trump":
            # the surname behind a courtesy title is the one of that sex (PersonResolver._by_courtesy_title),
            # not the bare surname two people of the set share
            return self.resolver.by_title[ent.start]
        if (office := field_office(token, self.sentences)) is not None:
            return office  # "arrested by ICE Seattle": the agency's office, not the city (field_offices.py)
        named = entity_name(token, self.index, self.sentences)
        if named:
            return unquoted(named)
        for child in token.children:  # "Democrat Peter Welch", "his envoy, Steve Witkoff"
            if child.dep_ == "appos" and not _list_after_colon(token, child) and not _place_of_a_place(token, child):
                named = self._apposed_name(child)
                if named:
                    return named
        if (name := identified_name(token)) is not None and (named := entity_name(name, self.index, self.sentences)):
            return unquoted(named)  # "The suspect, identified as Anthony LaCalamita, entered …"
        if token.pos_ == "NOUN":
            # "the general manager of Abu Dhabi Media, Dr Ali bin Tamim": the person's name in
            # apposition hangs on the last noun of the role's "of" phrase.
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > token.i:
                    for pobj in prep.children:
                        for child in pobj.children:
                            if pobj.dep_ == "pobj" and child.dep_ == "appos" and child.ent_type_ in ("PERSON", "ORG") \
                                    and pobj.ent_type_ != "PERSON":
                                named = entity_name(child, self.index, self.sentences)
                                # (a person the model tagged as a body: "The current president of Namibia, Hage
                                # Geingob, expressed …", a person by the set's vote)
                                if named and (child.ent_type_ == "PERSON" or self.index.label_of.get(named) == "PERSON"):
                                    return unquoted(named)
        return _PASS

    def _office(self, token: Token, depth: int):
        """A definite description of an office's holder ("the Ukrainian president", "the Kremlin official") that
        the resolver read as a person named before (office_descriptions.py)."""
        return self.resolver.office_holders.get(token.i, _PASS)

    def _described(self, token: Token, depth: int):
        """A definite description of one person named before ("the president", "the killer")."""
        # A definite description of one person named before: "the president", "the envoy".
        role = token.lemma_.lower()
        # ("The President insists …": a capitalised title with "the" and no name is a description too)
        if role in self.resolver.titles and (token.tag_ == "NN" or (token.tag_ == "NNP" and not token.ent_type_)) \
                and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in token.children) \
                and not any(c.dep_ in ("compound", "amod") and c.ent_type_ for c in token.children):
            # "the representative of the United Kingdom" after "The representative of the Russian Federation,
            # Vassily Nebenzia,": only the one who serves that place or body
            served, person = self.resolver.serving(role, token)
            if not served:
                person = self.resolver.person_before(token.i, role=role)
            if person and not owned_by_a_later_body(token, person, self.resolver):
                # ("LVMH … CEO Bernard Arnault said … Volvo Cars may move …, the company's CEO said": not his)
                return person
        if _an_age_alone(token):
            # "The 66-year-old, who led Ghana from 2012 to 2017, takes over …": a subject described by the age
            # alone is the one the story has told acting, as "the killer" is
            person = self.resolver.agent_before(token.i)
            if person:
                return person
        if role in PERPETRATOR_NOUNS and token.tag_ == "NN" and not token.ent_type_ \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                and not any(c.dep_ in ("appos", "prep", "relcl", "acl") for c in token.children):
            # "The 67-year-old killer had kept …", "Police reported the attacker exited the Hall":
            # a definite description of the doer of a crime is the one the story has told doing
            # it, when it has (not a victim, told of in the passive; nobody, if the doer is unnamed)
            person = self.resolver.agent_before(token.i)
            if person:
                return person
        if token.pos_ in ("NOUN", "PROPN", "ADJ") and (suspect := self._suspect()) is not None \
                and stands_for_suspect(token, suspect[1]):
            return suspect[0]  # "An accounting firm employee … shot …" ⏎ "Anthony LaCalamita III … had been arrested"
        if (person := named_by_age(token, self.resolver, self.sentences)) is not None:
            return person  # "the teenager adjusted his belt" after "Sixteen-year-old Kimani Gray" (age_nouns.py)
        if epithet(token, self.resolver.titles) and not brought_in_unnamed(
                token, first := self._sentence_before_start(token)):
            # "The Ukrainian champion dropped Thompson again": the one the sentences before were about, not the one
            # reporting it (epithets.py)
            reporter = sentence_reporter(token)
            said = self.one(reporter, depth=depth + 1) if reporter is not None and depth < 2 else None
            skipped: set[str] = {said} if said else set()
            while (person := self.resolver.person_before(token.i, window=token.i - first,
                                                         exclude=frozenset(skipped))) is not None and " " not in person:
                skipped.add(person)  # a word the model took for a name ("as Oscar host") is no one to describe
            if person:
                return person
        elif epithet(token, self.resolver.titles, national=True) and (person := apart_from_objects(
                token, self.resolver.people, self._sentence_before_start(token))) is not None:
            return person  # "The Ukrainian champion dropped Thompson again": the other one (epithets.py)
        if token.tag_ in ("NN", "NNP") and (person := named_next(token, self.resolver, self.sentences)) is not None:
            return person  # "a federal judge in Texas ruled …" ⏎ "… Judge Gray Miller ruled …" (lead_descriptions.py)
        return _PASS

    def _suspect(self) -> tuple[str, int] | None:
        """The one person the story tells the law taking up, and where it first names them (suspects.py)."""
        if not self._suspects:
            self._suspects.append(named_suspect(self.resolver.doc, self.resolver.people, self.sentences))
        return self._suspects[0]

    def _bodies(self) -> list[tuple[int, str]]:
        """The document's ORG mentions as (first token, canonical name), found on the first asking."""
        if self._orgs is None:
            self._orgs = [(start, self.index.canonical(text, label) or " ".join(text.split()))
                          for start, text, label in org_mentions(self.sentences.entities)]
            # the words of the longer names, which a short name's words must be among
            self._org_words = {w for _, name in self._orgs if " " in name for w in name.split()}
        return self._orgs

    def _body(self, token: Token, depth: int):
        """A definite description of the one body of its kind named before ("the network": described_bodies.py)."""
        if token.pos_ != "NOUN" or token.tag_ != "NN":
            return _PASS  # (the cheap test first)
        return body_named_before(token, self._bodies(), self.sentences) or law_named_before(token, self.sentences.entities) \
            or role_named_before(token) or vessel_named_before(token) or _PASS  # ("the ship": vessels.py)

    def _surname(self, token: Token, depth: int):
        """An untagged surname, alone as a subject, of a person named before: "Rosselló began serving …" after "Ricardo
        Rosselló Nevares" (families.py)."""
        if token.pos_ != "PROPN" or token.dep_ not in SUBJECT_DEPS or not token.is_title or token.n_lefts \
                or token.n_rights or token.i in self.sentences.entities:
            return _PASS  # (the cheap tests first)
        return person_by_surname(token, self.index, self.resolver.people) or _PASS

    def _family(self, token: Token, depth: int):
        """"the Turpins" after "David and Louise Turpin": the people of that surname named before (families.py)."""
        if token.pos_ != "PROPN" or not token.lower_.endswith("s"):  # ("The duo formed …": the two people, duos.py)
            return pair_named_before(token, self.sentences, self.resolver.people, self.who) or _PASS
        return family_named_before(token, self.resolver.people) or _PASS

    def _shortened(self, token: Token, depth: int):
        """A short name of a body named in full before ("The Arapaho" after "the Northern Arapaho Tribe", "Lost 52"
        after "The Lost 52 Project": described_bodies.py)."""
        ent = self.sentences.entities.get(token.i)
        if ent is not None:
            if ent.label_ not in ("ORG", "NORP"):
                return _PASS
            self._bodies()
            if token.text not in self._org_words:
                return _PASS  # (the cheap test first: no longer name holds the word)
            name, at = self.index.canonical(ent.text, ent.label_) or ent.text, ent.start
        elif token.dep_ in SUBJECT_DEPS and token.is_title and token.pos_ != "PRON":
            self._bodies()
            if token.text not in self._org_words:
                return _PASS
            phrase = noun_phrase(token)
            if not all(w[:1].isupper() or w.isdigit() for w in phrase.split()):
                return _PASS  # ("Lost 52": a name the model did not tag, all its words capitalised or numbers)
            name, at = phrase, token.left_edge.i
        else:
            return _PASS
        return full_name_before(name, at, self._bodies()) or _PASS

    def _apposed_name(self, appos: Token) -> str | None:
        """The name an apposition gives: itself, or "a Polish chef named Łukasz". An apposition with "a" or "an"
        classifies, it names no one ("the single-engine propeller plane, a Beechcraft Sierra, was flying": a model of
        plane; "his father, a Democrat"): the noun it stands beside is who acts."""
        named = None if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in appos.children) \
            else entity_name(appos, self.index, self.sentences)
        if not named:
            for acl in appos.children:
                if acl.dep_ == "acl" and acl.lemma_ == "name":
                    for name in acl.children:
                        if name.dep_ in ("oprd", "dobj", "attr", "npadvmod") and name.ent_type_ == "PERSON":
                            named = entity_name(name, self.index, self.sentences)
        return unquoted(named) if named else None


def _listed_before_possessor(noun: Token) -> Token | None:
    """The name a parser hung on a noun as its possessor together with a possessive joined to it by "and", itself with
    no "'s" ("Umerov and Ukraine's chief …": "Umerov" is the list's first item, "Ukraine's" the possessor); else None."""
    for child in noun.children:
        if child.dep_ != "poss" or child.pos_ != "PROPN" or child.ent_type_ not in ("", "PERSON") or child.i > noun.i \
                or any(c.dep_ == "case" for c in child.children):
            continue
        if any(c.dep_ == "cc" for c in child.children) and any(
                c.dep_ == "conj" and any(k.dep_ == "case" and k.tag_ == "POS" for k in c.children) for c in child.children):
            return child
    return None


def _reporting_pronoun(pronoun: Token) -> Token | None:
    """The same pronoun as the subject of the verb of speech that reports ``pronoun``'s clause, where a clause with
    its own subject pronoun stands between ("He said he expected …, and that he could travel …"): the second "that"
    clause goes on with the reporter, as the first does. None for a single reported clause (the resolver reads
    those), or where the reporter is no pronoun of the same form."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "conj":
        return None
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "ccomp" or first.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == pronoun.lower_ for c in first.children):
        return None  # the first reported clause's subject is the same pronoun too
    return next((c for c in first.head.children if c.dep_ == "nsubj" and c.lower_ == pronoun.lower_), None)


def possessor_of_place(token: Token, index: EntityIndex, sentences: Sentences) -> Token | None:
    """In "Witkoff's Moscow talks" a place with a possessor is no agent (the model took the noun
    "talks" for a verb): the possessor is the one acting."""
    if token.ent_type_ not in ("GPE", "LOC", "FAC"):
        return None
    for child in token.children:
        if child.dep_ in ("poss", "nmod") and child.i < token.i and any(c.tag_ == "POS" for c in child.children):
            name = entity_name(child, index, sentences)
            if name and index.label_of.get(name) in ("PERSON", "ORG"):
                return child
    return None


# Participles that give a thing's name: "the cyclone known as Hurricane Dorian", "a group
# calling itself …" is not one (a claim), "a man named John Smith".
_NAMING = frozenset({"know", "call", "name", "dub"})


def named_as(token: Token) -> Token | None:
    """The name a common noun is given by a naming participle after it: "the slow-moving tropical
    cyclone known as Hurricane Dorian" → Dorian, "a group called Jamaat" → Jamaat; the agent is
    the one named, as an analyst would write it."""
    if token.pos_ != "NOUN":
        return None
    for acl in token.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in _NAMING:
            continue
        for child in acl.children:
            if child.dep_ == "prep" and child.lower_ == "as":  # "known as …"
                named = [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
                if named:
                    return named[0]
            if child.dep_ in ("oprd", "attr", "dobj") and child.pos_ == "PROPN":  # "called …", "named …"
                return child
    return None
