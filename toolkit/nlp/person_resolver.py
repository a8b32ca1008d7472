"""Who a pronoun or a description stands for: the nearest fitting person the text named before.

:class:`PersonResolver` keeps, for one document, every person named outside quotations with the offset of the
mention and the sex the text shows for them (a pronoun seen with the name, a title of courtesy, a first name), and
answers "he", "she", "the commissioner" or "the woman" with the named person they most likely mean; the quote and
event extractors ask it for speakers and subjects. Split from :mod:`toolkit.nlp.syntax`, whose small helpers over
the dependency parse it uses.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from toolkit.nlp.entities import PERSON_TITLES, EntityIndex
from toolkit.nlp.birth_names import birth_name
from toolkit.nlp.bylines import in_a_byline
from toolkit.nlp.co_arguments import named_apart
from toolkit.nlp.given_names import sex_of_full_name
from toolkit.nlp.lexicon import FEMALE_WORDS, MALE_WORDS, SPEECH_VERBS
from toolkit.nlp.lookups import doc_text, entities, sentence_starts
from toolkit.nlp.office_descriptions import office_holders
from toolkit.nlp.pronoun_sexes import sex_by_time_phrase, sexes_by_pronoun
from toolkit.nlp.related_people import possessor_sex
from toolkit.nlp.stage_roles import plays_a_role
from toolkit.nlp.subject_topics import topic_subjects
from toolkit.nlp.surname_subjects import unlabelled_surnames
from toolkit.nlp.syntax import ROLE_WORDS, SUBJECT_DEPS, UNNAMED_PEOPLE, served_by
from toolkit.nlp.titles import name_by_title

# Words that name a person without naming them (a role, a title, a relation): a possessor before one
# ("Trump's envoy") is not the subject.
_PERSON_NOUNS = UNNAMED_PEOPLE | ROLE_WORDS | PERSON_TITLES | FEMALE_WORDS | MALE_WORDS | {"actor"}


# Titles of courtesy before a surname, and the sex each shows.
_COURTESY_TITLES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
# The words of sex that say it of a name they stand before ("Mrs", "actress"): not the pronouns.
_FEMALE_NOUNS = FEMALE_WORDS - {"her", "hers", "she", "herself"}
_MALE_NOUNS = MALE_WORDS - {"he", "him", "his", "himself"}
# The determiners that bring a person in ("a woman", "the boy", "this guy").
_INTRODUCING = frozenset({"a", "an", "the", "this", "that"})
# Nouns of one sex that name a person without naming them ("a very wonderful woman", "the boy"): a
# "she" or "he" after one of them means that person sooner than someone named further back.
_SEXED_PEOPLE = {
    "f": (_FEMALE_NOUNS - set(_COURTESY_TITLES) - {"madam"}) | {"woman", "girl", "schoolgirl", "grandmother", "aunt",
                                                                 "niece", "girlfriend", "granddaughter"},
    "m": (_MALE_NOUNS - set(_COURTESY_TITLES) - {"sir"}) | {"man", "boy", "schoolboy", "guy", "grandfather", "uncle",
                                                             "nephew", "boyfriend", "grandson"},
}


class PersonResolver:
    """Finds named speakers for pronouns and descriptions: the nearest fitting person before.

    "he"/"she" go to the nearest person before that was a grammatical subject, else the
    nearest person, skipping people of the other gender. A person's gender is taken from the
    text: a title or kinship word in front ("Mr", "Ms", "his wife …"), or a "he"/"she"
    subject of the sentence right after a sentence naming that one person; a first name so
    learnt counts for the document's other people of that first name. Only for a person the
    text shows neither way, last, a given name that the census shows borne almost only by one
    sex gives it (given_names.py), and a lone surname takes the one sex of the document's full
    names ending in it.
    """

    def __init__(self, doc: Doc, index: EntityIndex, inside: set[int], *, turn_speaker=None):
        self.index = index
        self.doc = doc
        self.inside = inside
        self.last_speaker: tuple[str | None, int] = (None, -1)  # the previous quotation's speaker, token index
        self.turn_speaker = turn_speaker or (lambda offset: None)
        self._apart: dict[str, list[tuple[int, str]]] = {}  # by role: the people a description was set apart from
        # the speakers of the turn at an offset and of the turn before it (an interview's two parties, set with
        # turn_speaker by toolkit.nlp.quotes): neither is "he" in the other's words
        self.turn_parties = lambda offset: frozenset()
        # whether an offset lies in a reporter's turn of a transcript ("Q Mr. President, …"; set with turn_speaker)
        self.reporters_turn = lambda offset: False
        self.people: list[tuple[int, str, bool, bool]] = []  # token index, name, is subject, in quote
        self.offsets: list[tuple[int, str]] = []  # start character, name (not inside quotes)
        # role -> the people the text gives that role -> the token where it first does ("president": {"Trump": 12})
        self.titles: dict[str, dict[str, int]] = {}
        self.served: dict[str, dict[str, str]] = {}  # role → person → the place or body of the role's "of"
        self.main_subjects: set[int] = set()  # token indices of people that are a main clause's subject
        self.reported_subjects: set[int] = set()  # the same, of a clause somebody reports ("He said Zelensky is")
        self.agents: list[tuple[int, str]] = []  # token index, name: the active subject of a main clause's verb
        self.gender: dict[str, str] = {}
        self.by_title: dict[int, str] = {}  # start token of a surname behind "Mrs."/"Mr.", name: the one it stands for
        by_sentence: dict[int, list[tuple[str, bool]]] = {}
        self.bodies: list[tuple[int, str]] = []  # token index, canonical name of an organisation
        self.related: dict[int, str] = {}  # token index of a name after "his/her <noun>", the possessive's sex
        self.body_subjects: list[tuple[int, str]] = []  # the same, for those that are a subject
        starts = sentence_starts(doc)  # (read at construction: the mends that may move them come after)
        text = doc_text(doc)  # (a name's words read from the text, not joined anew from its Tokens on each read)
        for ent in entities(doc):
            words = text[ent.start_char:ent.end_char]  # (= ent.text)
            surname = _surname_of_person(ent, index, words)
            if ent.label_ == "ORG" and surname is None:
                body = index.canonical(words, "ORG")
                if body and index.label_of.get(body) == "ORG" and ent.start not in inside:
                    self.bodies.append((ent.start, body))
                    if ent.root.dep_ in SUBJECT_DEPS:
                        self.body_subjects.append((ent.start, body))
            name = surname or name_by_title(index, ent) or index.canonical(words, ent.label_)
            if not name or index.label_of.get(name) != "PERSON":
                continue
            if plays_a_role(ent.root):
                continue  # "playing the role of Sam Winchester": a part, no one a pronoun stands for (stage_roles.py)
            if birth_name(ent):
                continue  # "Born Robert Burns …, he took …": the name at birth, no other person (birth_names.py)
            if ent.start < 80 and in_a_byline(ent):
                continue  # "By Jem Aswad" ⏎: the writer, no one the story's "she" stands for (bylines.py)
            if (sex := possessor_sex(ent)) is not None:
                self.related[ent.start] = sex  # "his mentor Vilhelm Thomsen" (related_people.py)
            by_title = self._by_courtesy_title(ent, name)
            if by_title != name:
                self.by_title[ent.start] = name = by_title  # the actor of "Mrs. Trump called" is this one too
            head = ent.root
            subject = head.dep_ in SUBJECT_DEPS or (head.dep_ in ("appos", "compound") and head.head.dep_ in SUBJECT_DEPS) \
                or _object_of_a_subordinator(head)
            # "According to Muyembe, many people …" makes Muyembe the one speaking, as a subject would;
            # so does "Actor Brendan Fraser's appearance was …" (not "Trump's lawyer said": another person).
            subject = subject or (head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.i > 0
                                  and doc[head.head.i - 1].lower_ == "according") or (
                head.dep_ == "poss" and head.head.dep_ in SUBJECT_DEPS and head.head.pos_ == "NOUN"
                and head.head.lemma_.lower() not in _PERSON_NOUNS
                # "Huber's longtime tag team partner Erick Rowan": the noun is a person named
                # in apposition, who is the subject, not the possessor
                and not any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.head.children))
            self.people.append((ent.start, name, subject, ent.start in inside))
            sent_start = starts[bisect_right(starts, ent.start) - 1]  # (Span.sent walks on each call)
            if subject and _in_main_clause(head):
                self.main_subjects.add(ent.start)
                if head.dep_ == "nsubj" and head.head.pos_ == "VERB" and ent.start not in inside:
                    self.agents.append((ent.start, name))
            clause = head.head if head.dep_ in SUBJECT_DEPS else head.head.head
            if subject and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH_VERBS:
                self.reported_subjects.add(ent.start)
            if ent.start not in inside:
                self.offsets.append((ent.start_char, name))
                by_sentence.setdefault(sent_start, []).append((name, subject))
            window = doc[max(sent_start, ent.start - 4) : ent.end]
            for t in window:
                if (t.lower_ in PERSON_TITLES or t.lower_ in ROLE_WORDS) and not any(
                        w.pos_ in ("VERB", "AUX") for w in window if t.i < w.i < ent.start) \
                        and not _served_title(t):
                    # (a verb between them ends the title's phrase: "another federal judge
                    # sentenced Manafort" does not make Manafort a judge)
                    self._title(t.lemma_.lower(), name, ent.start)
            if ent.root.dep_ == "appos" and ent.root.head.pos_ == "NOUN" and not ent.root.head.ent_type_:
                # "her aunt, Gertrude Vanderbilt Whitney": a noun the name stands in apposition to
                # is the person's role or kinship, which "Her aunt won" later refers back to
                self._title(ent.root.head.lemma_.lower(), name, ent.start)
                if (served := served_by(ent.root.head)) is not None:
                    # "The representative of the Russian Federation, Vassily Nebenzia,": whom the role serves
                    self.served.setdefault(ent.root.head.lemma_.lower(), {})[name] = served
            before = doc[ent.start - 1] if ent.start > sent_start else None
            if before is not None and before.is_alpha and not before.ent_type_ and before.pos_ in ("NOUN", "PROPN"):
                # any word of occupation right in front of a name ("Actress Denise Crosby", "artist
                # Leisha Riddell"), which "the actress recalled" later refers back to
                self._title(before.lemma_.lower(), name, ent.start)
            for t in doc[max(sent_start, ent.start - 2) : ent.start + 1]:
                word = t.lower_.strip(".")
                if word in _FEMALE_NOUNS or word in _MALE_NOUNS:
                    self.gender.setdefault(name, "f" if word in FEMALE_WORDS else "m")
            if subject and ent.start not in inside and (sex := sex_by_time_phrase(head)) is not None:
                self.gender.setdefault(name, sex)  # "Rosa Parks worked …, till her retirement" (pronoun_sexes.py)
        self.surnames: dict[int, str] = {}  # token index, name: a subject's surname the model left unlabelled
        for position, name in unlabelled_surnames(doc, self.people, inside):
            # "Waters pointed out …" after "Kathryn Waters …": the surname the model left unlabelled
            self.people.append((position, name, True, False))
            self.surnames[position] = name
            if _in_main_clause(doc[position]):
                self.main_subjects.add(position)
        for position, name in unlabelled_surnames(doc, self.people, inside, quoted=True):
            self.people.append((position, name, True, True))  # (whom quoted words are about: person_before)
        self.people.sort(key=lambda p: p[0])
        self._learn_gender(doc, by_sentence, inside, starts)
        # "the Ukrainian president", "the Kremlin official": the person named before whom the description stands for
        # (office_descriptions.py), a mention of that person from then on
        self.office_holders: dict[int, str] = {}
        if self.people:
            self._describe_offices(doc, index, inside, starts)

    def _describe_offices(self, doc: Doc, index: EntityIndex, inside: set[int], starts: list[int]) -> None:
        """Read the definite descriptions of an office's holder (:func:`office_holders`) and record each as a
        mention of its person: a subject or not, with the office as the person's title."""
        found = office_holders(doc, self.people, inside, index.canonical, starts,
                               lambda name: index.label_of.get(name) == "PERSON")
        for position, name in found:
            head = doc[position]
            subject = head.dep_ in SUBJECT_DEPS
            self.office_holders[position] = name
            self.people.append((position, name, subject, False))
            self.offsets.append((head.idx, name))
            if subject and _in_main_clause(head):
                self.main_subjects.add(position)
                if head.dep_ == "nsubj" and head.head.pos_ == "VERB":
                    self.agents.append((position, name))
            if subject and head.head.dep_ == "ccomp" and head.head.head.lemma_.lower() in SPEECH_VERBS:
                self.reported_subjects.add(position)
            self._title(head.lemma_.lower(), name, position)
        if found:
            self.people.sort(key=lambda p: p[0])
            self.agents.sort()
            self.offsets.sort()

    def _by_courtesy_title(self, ent: Span, name: str) -> str:
        """ "Mrs. Trump" after "First Lady Melania Trump": a surname behind a courtesy title is
        the person of that surname and sex the document named before, not the set's best-known
        bearer of the surname (whose sex the title may contradict)."""
        title = ent.doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
        if len(ent) != 1 or title not in _COURTESY_TITLES:
            return name
        sex = _COURTESY_TITLES[title]
        if self.gender.get(name) == sex:
            return name
        same = [n for _, n, _, _ in self.people if n.split()[-1] == ent.text and self.gender.get(n) == sex]
        return same[-1] if same else name

    def _learn_gender(self, doc: Doc, by_sentence: dict, inside: set[int], starts: list[int]) -> None:
        if not self.people or not len(doc):
            return
        named = {start: {name for name, _ in people} for start, people in by_sentence.items()}
        for name, sex in sexes_by_pronoun(doc, named, starts, inside).items():
            self.gender.setdefault(name, sex)
        firsts = {}
        for name, g in self.gender.items():
            if " " in name:
                firsts.setdefault(name.split()[0], set()).add(g)
        for _, name, _, _ in self.people:
            if name not in self.gender and " " in name and len(firsts.get(name.split()[0], ())) == 1:
                self.gender[name] = next(iter(firsts[name.split()[0]]))
        for _, name, _, _ in self.people:
            # Last, and only where the text shows nothing: the given name's sex as the census counts its bearers
            # ("The mother said …" is not the judge Bernard Schwartz's); one dict look-up a name (given_names.py)
            if name not in self.gender and (sex := sex_of_full_name(name)) is not None:
                self.gender[name] = sex
        surnames: dict[str, set[str]] = {}
        for name, sex in self.gender.items():
            if " " in name:
                surnames.setdefault(name.split()[-1], set()).add(sex)
        for _, name, _, _ in self.people:
            # A lone surname the set's index did not tie to the document's full name ("Johnson" in a set with
            # other Johnsons) is of the sex of that full name, when the document's bearers of it have one sex
            if name not in self.gender and " " not in name and len(surnames.get(name, ())) == 1:
                self.gender[name] = next(iter(surnames[name]))

    def serving(self, role: str, description: Token) -> tuple[bool, str | None]:
        """Whether a description of a role names the place or body it serves where the text has given that role's
        holders theirs ("The representative of the United Kingdom" after "The representative of the Russian
        Federation, Vassily Nebenzia,"), and if so the one holder who serves it (None when nobody does)."""
        served = self.served.get(role)
        place = served_by(description) if served else None
        if place is None:
            return False, None
        return True, next((name for name, where in served.items() if where == place), None)

    def _title(self, role: str, name: str, position: int) -> None:
        holders = self.titles.setdefault(role, {})
        holders[name] = min(position, holders.get(name, position))

    def person_before(self, token_index: int, *, role: str | None = None, gender: str | None = None,
                      exclude: str | frozenset[str] | None = None, window: int = 250,
                      narrative: bool = False) -> str | None:
        """The person a pronoun or description at ``token_index`` means, in this order: a subject
        of this or the previous sentence; the previous quotation's speaker; anyone named in the
        previous sentence; the nearest subject before; the nearest person before. People of the
        other gender (as far as the text shows it) are skipped."""
        excluded = exclude if isinstance(exclude, frozenset) else frozenset({exclude} if exclude else ())
        if role and self.doc is not None:
            # in a transcript one description keeps one person: not one it was set apart from as another argument
            # of a verb before ("the President will meet President Putin", co_arguments.py)
            if role not in self._apart:
                self._apart[role] = named_apart(self.doc, role, lambda name: self.index.canonical(name, "PERSON"))
            excluded |= {name for at, name in self._apart[role] if at <= token_index}

        def fits(name: str) -> bool:
            # A description ("the President") stands for someone the text has given that role
            # before it, not for one it names so only later ("… signed by Barack Obama. The
            # President also signed …" in a story that calls Trump "President Trump" before).
            given = self.titles.get(role, {}).get(name, token_index) if role else -1
            return name not in excluded and given < token_index and not (
                gender and self.gender.get(name, gender) != gender)

        if self.doc is not None and role is None:
            sent_start = self.doc[token_index].sent.start
            recent = self.doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
            if 0 < recent < sent_start and not any(t.pos_ in ("VERB", "AUX") for t in self.doc[recent:sent_start]):
                # a fragment the parser split off ("… Meurtres? (Three Sinners, 1950) and alongside Jean Gabin as a
                # showgirl …. She achieved prominence"): the sentence before is the one whose topic goes on
                recent = self.doc[recent - 1].sent.start
            near = [(p, n, sub) for p, n, sub, q in self.people if recent <= p < token_index and not q and fits(n)
                    and not (gender and self.related.get(p) == gender)]
            # ("Following the advice of his mentor Vilhelm Thomsen, he returned": not the mentor)
            # "Mugabe agreed to power-sharing in which Tsvangirai became prime minister. “…” he
            # declared": a main clause's subject before one of a relative clause.
            subjects = [n for p, n, sub in near if sub and p in self.main_subjects - self.reported_subjects]
            speaker, at = self.last_speaker
            if not subjects and speaker and fits(speaker) and 0 <= token_index - at <= window and at > recent and any(
                    sub and p in self.reported_subjects for p, _, sub in near):
                # "He said Zelensky is “a model of honesty for me”; however, “…”, he added": the
                # subject of what a speaker reports is not who goes on speaking (a speaker quoted in this sentence or
                # the one before: not one a term in quotation marks was given to paragraphs back)
                return speaker
            subjects = subjects or [n for p, n, sub in near if sub and p in self.main_subjects] or [
                n for p, n, sub in near if sub]
            if len(set(subjects)) > 1:
                # "… Blagojevich was jailed … after Obama was elected president. He was sentenced …": the main
                # clause's subject is the topic a sentence-opening "he" goes on with (subject_topics.py)
                subjects = topic_subjects(self.doc, token_index, [(p, n) for p, n, sub in near
                                                                  if sub and n in subjects])
            if subjects:
                if narrative and gender is not None:
                    other = self._reported_about(token_index, near, subjects[-1], gender, window)
                    if other:
                        return other
                return subjects[-1]
            if gender is not None and not near and self.doc[token_index].dep_ in ("dobj", "dative") \
                    and token_index not in self.inside:
                # "Leinen said “Munk has been a world treasure …”. She described him as …": with
                # nobody of that sex named outside quotation marks here or in the sentence before,
                # an object pronoun goes on with the one those quoted words were about (their
                # clause's subject), not with a subject named further back.
                quoted = [n for p, n, sub, q in self.people
                          if recent <= p < sent_start and q and sub and fits(n)
                          and not (self.related.get(p) == gender)]
                if len(set(quoted)) == 1:
                    return quoted[-1]
            # unless somebody else has become the subject since ("Emma Caufield talked of … “…,” she recalls"),
            # or, for a pronoun that does not speak, the sentence before names another after the quotation
            # ("Abdul-Mahdi spoke out …, calling it “…”. In 2007, the United States … levied sanctions against
            # Soleimani. He was further sanctioned in 2011": the speaker's turn is over)
            # (the object of a verb of speech does not speak: "… the first charged President Trump with abuse of power,
            # and the second accused him of obstruction": him is the one the sentence named, not the last speaker)
            speaking = self.doc[token_index].head.lemma_.lower() in SPEECH_VERBS \
                and self.doc[token_index].dep_ not in ("dobj", "dative")
            other = any(at <= p < token_index and n != speaker and (sub or (p >= recent and not speaking)) and not q
                        and fits(n) for p, n, sub, q in self.people)
            if (speaker and fits(speaker) and 0 <= token_index - at <= window and not other
                    and speaker in {n for _, n, _, _ in self.people}):
                return speaker
            # (in a transcript's turn, the speaker's "he" follows the talk, not the narrative: only a subject)
            told = self.turn_speaker(self.doc[token_index].idx) is None
            if gender is not None and token_index not in self.inside and not any(p >= sent_start for p, _, _ in near) \
                    and (self.doc[token_index].dep_ in SUBJECT_DEPS or (told and _object_under_no_person(self.doc[token_index]))):
                # "She spoke about her husband Siarhei, … the current president, Alexander
                # Lukashenko, … She asked for support": a pronoun subject goes on with the one the
                # pronoun subject before it stood for (English keeps its topic in the subject), not
                # with whoever that sentence named last in passing; one named in the pronoun's own
                # sentence is nearer ("The press asked Trump about it …, but he declined"); in a
                # quotation the speaker's "he" follows the speaker's words, not the narrative.
                pronoun = self._pronoun_subject_before(token_index, recent, gender)
                if pronoun is None and not near and told:
                    # "… his patrol was ambushed …, where he sustained multiple severe wounds. Ignoring
                    # his injuries, he continued …": with nobody named in this sentence or the one
                    # before, the subject "he" of a clause of any kind there goes on, not a subject
                    # named further back
                    pronoun = self._pronoun_subject_before(token_index, recent, gender, main=False)
                if pronoun is not None:
                    person = self.person_before(pronoun, gender=gender, exclude=exclude, window=window)
                    if person:
                        return person
            if near:
                return near[-1][1]
        best = None
        for position, name, subject, in_quote in reversed(self.people):
            if position >= token_index:
                continue
            if token_index - position > window:
                break
            if in_quote or not fits(name) or (gender and self.related.get(position) == gender):
                continue
            if subject:
                return name
            best = best or name
        return best

    def unnamed_since(self, name: str, token_index: int, gender: str) -> bool:
        """Whether the text brings in a person of that sex it does not name after it last named
        ``name`` and before ``token_index`` ("… my best answer, Yasir. … I was speaking to the
        president of Mexico — a very wonderful woman — … And she said …": the woman, not Yasir).

        Such a noun has an article or a demonstrative ("a woman", "the boy", "this guy") and no
        possessor (in "his son", "her husband" the story's person is still its topic); it is not
        in apposition to a name or before one ("Queen Elizabeth"), nor said of a clause's subject
        ("Merkel became the first woman …"), nor inside a quotation.
        """
        last = max((p for p, n, _, _ in self.people if n == name and p < token_index), default=None)
        if last is None:
            return False
        words = _SEXED_PEOPLE[gender]
        for t in self.doc[last + 1 : token_index]:
            if t.tag_ != "NN" or t.ent_type_ or t.i in self.inside or t.lemma_.lower() not in words:
                continue
            children = list(t.children)
            if not any(c.dep_ == "det" and c.lower_ in _INTRODUCING for c in children) or any(
                    c.dep_ == "poss" for c in children):
                continue
            after = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
            if after is not None and after.ent_type_ == "PERSON" or any(
                    c.ent_type_ == "PERSON" for c in children if c.dep_ in ("appos", "compound")):
                continue  # the noun stands before the person's name
            if t.dep_ == "appos" and t.head.pos_ == "PROPN":
                continue  # a name's apposition
            if t.dep_ in ("attr", "acomp", "oprd"):
                continue  # said of the clause's subject
            return True
        return False

    def agent_before(self, token_index: int) -> str | None:
        """The person a story has told acting, before ``token_index``: of those acting in its lead,
        the one named most often (at least twice) as the active subject of a main clause's verb,
        the latest on a tie; a person only ever told of in the passive ("was found dead") or in
        passing is none."""
        counts: dict[str, int] = {}
        fullest: dict[str, str] = {}  # "Usman Khan", then "Khan": one person, by surname
        for position, name in self.agents:
            if position < token_index:
                surname = name.split()[-1]
                counts[surname] = counts.get(surname, 0) + 1
                fullest[surname] = max(fullest.get(surname, name), name, key=len)
        # The doer a story is about acts in its lead, the first sentence with a verb ("28-year-old
        # Usman Khan stabbed …"); a lead whose doer is unnamed ("A gunman opened fire …") names
        # nobody a later "the gunman" could be.
        lead = next((sent for sent in self.doc.sents if any(t.pos_ == "VERB" for t in sent)), None)
        in_lead = {name.split()[-1] for position, name in self.agents
                   if lead is not None and lead.start <= position < lead.end}
        best = max((n for surname, n in counts.items() if surname in in_lead), default=0)
        if best < 2:
            return None
        before = [name.split()[-1] for position, name in self.agents if position < token_index]
        return fullest[next(s for s in reversed(before) if s in in_lead and counts[s] == best)]

    def _reported_about(self, token_index: int, near: list, reporter: str, gender: str, window: int) -> str | None:
        """Whom a narrative "he"/"she" means when the subject before only reported about someone
        of that sex ("Dallorso, the general manager, said his roommates said they last saw him …
        When he didn't come to work …"): the one the report called "him"/"her", not the reporter."""
        word = "him" if gender == "m" else "her"
        sent_start = self.doc[token_index].sent.start
        for position, name, subject in reversed(near):
            if name != reporter or not subject or position >= sent_start:
                continue
            head = self.doc[position]
            while head.dep_ in ("compound", "flat") and head.head.i != head.i:
                head = head.head
            verb = head.head
            if head.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH_VERBS:
                return None
            told = [t for c in verb.children if c.dep_ == "ccomp" for t in c.subtree
                    if t.lower_ == word and t.dep_ in ("dobj", "pobj") and t.i not in self.inside]
            return self.person_before(told[-1].i, gender=gender, exclude=reporter, window=window) if told else None
        return None

    def _pronoun_subject_before(self, token_index: int, start: int, gender: str, main: bool = True) -> int | None:
        """The nearest "he" (or "she") before ``token_index`` and from ``start`` that is the subject of
        a main clause or its conjunct (not of a reported one), or with ``main`` false of any clause,
        outside quotation marks, if any."""
        word = "he" if gender == "m" else "she"
        for t in reversed(self.doc[start:token_index]):
            if t.lower_ == word and t.dep_ in SUBJECT_DEPS and t.i not in self.inside \
                    and (not main or (t.head.dep_ in ("ROOT", "conj") and _in_main_clause(t))):
                return t.i
        return None

    def unnamed_before(self, token_index: int, gender: str | None = None) -> bool:
        """Whether a pronoun at ``token_index`` most likely means a person nobody names: the
        nearest subject before it (in this or the previous sentence) that could be a person is
        an ordinary noun ("One of the victims decided … She said …", "A witness …"), not a name."""
        sent_start = self.doc[token_index].sent.start
        recent = self.doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
        for t in reversed(self.doc[recent:token_index]):
            if t.ent_type_ == "PERSON" and t.i not in self.inside:
                return False  # a named person is nearer ("According to Muyembe, many people …")
            if t.dep_ not in ("nsubj", "nsubjpass") or t.i in self.inside or t.tag_ in ("NNS", "NNPS"):
                continue  # "he" or "she" is never a plural noun
            if t.ent_type_ not in ("", "CARDINAL") or t.pos_ == "PROPN":
                return False  # a name is nearer ("One" of the victims is only a number)
            head = t
            if t.lower_ in ("one", "some", "none", "each", "two", "three", "several"):  # "one of the victims"
                head = next((o for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj"), t)
            word = head.lemma_.lower()
            if word in UNNAMED_PEOPLE and not (gender and word in (MALE_WORDS if gender == "f" else FEMALE_WORDS)):
                return True
        return False

    def body_before(self, token_index: int, head: str) -> str | None:
        """The organisation "the court" or "the ministry" refers to: the nearest one before
        whose name has that word ("Court of Session"), else the document's only such one."""
        named = [(position, body) for position, body in self.bodies if head in body.lower().split()]
        before = [body for position, body in named if position < token_index]
        if before:
            # the one named most often so far (the story's court), the nearest on a tie
            counts = {body: before.count(body) for body in before}
            return max(reversed(before), key=lambda body: counts[body])
        return named[0][1] if len({body for _, body in named}) == 1 else None

    def body_subject_before(self, token_index: int, *, window: int = 80) -> str | None:
        """The organisation that was the subject of a clause shortly before ("they", "it")."""
        for position, body in reversed(self.body_subjects):
            if position < token_index:
                return body if token_index - position <= window else None
        return None

    def other_subject_between(self, start: int, end: int, speaker: str | None) -> bool:
        """Whether a person or body other than ``speaker`` is a subject (outside quotes) between
        two character offsets: "“…” Then the Department of Defense justified the strike …"."""
        doc = self.doc
        return any(start <= doc[at].idx < end and name != speaker
                   for at, name, subject, in_quote in self.people if subject and not in_quote) or any(
            start <= doc[at].idx < end and name != speaker for at, name in self.body_subjects)

    def other_person_between(self, start: int, end: int, speaker: str | None) -> bool:
        """Whether a person other than ``speaker`` is named (outside quotes) between two offsets."""
        return any(start <= at < end and name != speaker for at, name in self.offsets)


def _served_title(title: Token) -> bool:
    """A title in a phrase of "to" after a noun of office ("Assistant to the President and OSTP Director Michael
    Kratsios", "adviser to the Prime Minister") names the one the person serves, not the person's office; a title
    of the name itself ("spoke to Secretary Rubio") is the person's."""
    doc = title.doc
    if title.dep_ == "compound" or not title.is_title:
        return False
    i = title.i - 1
    while i > 0 and doc[i].is_title and doc[i].pos_ in ("PROPN", "ADJ"):
        i -= 1  # over "Prime" of "to the Prime Minister"
    if i > 1 and doc[i].lower_ == "the":
        i -= 1
    return i > 0 and doc[i].lower_ == "to" and doc[i - 1].pos_ in ("NOUN", "PROPN")


def _object_under_no_person(token: Token) -> bool:
    """Whether a pronoun is the object of a verb whose subject is neither a pronoun nor a person's name
    ("In 1860, the newly founded Republican Party chose him"): such a "him" goes on with the pronoun
    subject before it as a subject "he" would, the topic kept, not with one named in passing ("where his
    legendary debates against … Stephen Douglas made him a nationally known figure")."""
    if token.dep_ not in ("dobj", "dative"):
        return False
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.ent_type_ != "PERSON"


# Words of time the parser may take for a clause's subordinator and give an object all the same.
_TIME_SUBORDINATORS = frozenset({"after", "before", "until", "till", "since"})


def _object_of_a_subordinator(head: Token) -> bool:
    """Whether a name is the subject of a clause of time that the parser hung on the clause's subordinator as its
    object: "… prime minister after Theresa May stepped down on July 24 after she was unable …" has "after" as the
    ``mark`` of "stepped" and "May" as the ``pobj`` of "after". A subordinator takes no object; with a tensed verb
    right after the name, the name is that verb's subject (and the woman "she" stands for)."""
    word = head.head
    if head.dep_ != "pobj" or word.dep_ != "mark" or word.lower_ not in _TIME_SUBORDINATORS:
        return False
    verb = word.head
    return verb.i == head.i + 1 and verb.tag_ in ("VBD", "VBZ", "VBP") \
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _in_main_clause(token: Token) -> bool:
    """Whether a subject (or a name in apposition to one) is not inside a relative clause
    ("… power-sharing in which Tsvangirai became prime minister"), which only describes a noun."""
    return not any(a.dep_ in ("relcl", "acl") for a in token.ancestors)


def _surname_of_person(ent, index: EntityIndex, text: str) -> str | None:
    """A lone surname the model tagged as an organisation ("Tipton was devastated …") that is the
    last word of a person the text names in full: that person, as a subject (so "she" can
    refer back to her); other uses of the word may still be the organisation's."""
    if ent.label_ != "ORG" or len(ent) != 1 or ent.root.pos_ != "PROPN" or ent.root.dep_ not in SUBJECT_DEPS:
        return None
    person = index.canonical(text, "PERSON")  # (``text``: ent.text, as the caller read it)
    if person and index.label_of.get(person) == "PERSON" and " " in person and person.split()[-1] == text:
        return person
    return None
