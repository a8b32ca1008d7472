"""The subject before that an event's pronoun subject stands for, when the text names nobody: a
"they" (the nearest plural subject, or a body that spoke), a main clause's "it" (the singular thing of
the sentence before), an unnamed "he" or "she" (a common noun told of before: "the elephant … she may
have starved").

Used by :class:`toolkit.nlp.actors.Actors`; each function returns the token the pronoun stands for, or
``None`` where a reader could not tell.
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.agreement import pairs_with_it
from toolkit.nlp.collectives import collective_body, speaks_as_body, told_by_they
from toolkit.nlp.boundaries import KIN_NOUNS, ROLE_NOUNS
from toolkit.nlp.lexicon import FEMALE_WORDS, KIND_NOUNS, MALE_WORDS, SPEECH_VERBS
from toolkit.nlp.lookups import doc_text
from toolkit.nlp.media import PERSON_NOUNS
from toolkit.nlp.sentence_spans import Sentences


# Nouns of a meeting (a lexical class): the talks themselves never speak, so a "they" that says or
# affirms a clause is the people in them ("The discussions showed meaningful progress … They
# reaffirmed that …": the two sides reaffirmed).
_MEETING_NOUNS = frozenset({"talk", "negotiation", "discussion", "consultation", "meeting", "summit", "session",
                            "conference", "hearing"})


def plural_before(pronoun: Token, sentences: Sentences, inside: set[int] = frozenset()) -> Token | None:
    """What a subject "they" most likely stands for: the nearest plural subject of a main clause
    before it (coordinated names, a plural noun), in its sentence or the two before. A "they" that
    says continues the nearest speaker outside quotation marks, a body named in the singular too
    ("The Department issued a statement …: "… Officers responded …" They also said …": the words
    quoted are the Department's, and their subjects are not who speaks after them)."""
    doc, sent = pronoun.doc, sentences.of(pronoun)
    # "when fish were plentiful, they would eat algae": the subject of a clause of time or
    # condition put before the pronoun's own clause, plural by its tag or by its verb's agreement
    verb = pronoun.head
    # (not a frame of saying or reasoning: "If the birds had been …, they reasoned, …")
    # (a verb of saying with a thing said for object frames nothing: "they're celebrating it as …")
    framing = (verb.lemma_.lower() in SPEECH_VERBS and not _says_a_thing(verb)) \
        or (verb.dep_ in ("ccomp", "parataxis") and verb.head.i > verb.i)
    for clause in ([] if framing else verb.children):
        if clause.dep_ == "advcl" and clause.i < pronoun.i:
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
            if subject is not None and (subject.tag_ in ("NNS", "NNPS") or any(
                    c.dep_ == "conj" for c in subject.children) or clause.lower_ in ("were", "are")
                    or any(c.dep_ == "aux" and c.lower_ in ("were", "are", "have") for c in clause.children)
                    or collective_body(subject, clause)):
                return subject
    # "They said …" continues the reporter before it, not someone in what was reported ("The
    # Armed Forces said the 36 people infected included … They said the 36 people were moved").
    says = pronoun.head.lemma_.lower() in SPEECH_VERBS or told_by_they(pronoun)
    counted = 0
    while counted < 2 and (before := sentences.before(sent)) is not None:
        if not says and sent is not sentences.of(pronoun) and _opens_paragraph(sent, before) \
                and any(t.pos_ in ("VERB", "AUX") for t in sent):
            break  # (a "they" past its paragraph's first sentence: see _opens_paragraph)
        sent = before
        # (sentences of a quotation are the speaker's words: a "they" that says looks past them)
        counted += not (says and pronoun.i not in inside and sent.start in inside and sent[-1].i in inside)
    start = sent.start
    heads = ("ROOT", "conj") if says else ("ROOT", "conj", "ccomp")
    for i in range(pronoun.i - 1, start - 1, -1):
        token = doc[i]
        if token.dep_ != "nsubj" or (says and i in inside and pronoun.i not in inside):
            continue
        # (a clause that introduces a quotation is a main clause, though the parser may hang it on the
        # quotation's verb: "The Department issued a statement …: "There was an assault …")
        if token.head.dep_ not in heads and not (says and token.head.head.i in inside and token.head.i not in inside):
            if _governs(token.head, pronoun) and _plural(token) and i not in inside \
                    and not (verb.dep_ == "relcl" and verb.head.i == token.i) \
                    and not any(c.dep_ == "poss" and c.lower_ == "their" for c in token.children):
                return token  # "Democrats aren't just ignoring the fallout they've unleashed"
            continue
        if verb.dep_ == "relcl" and verb.head.i == token.i:
            continue  # "the twists they saw": a relative clause's subject is not the noun it describes
        if token.lemma_.lower() in _MEETING_NOUNS and (framing or any(c.dep_ == "ccomp" for c in verb.children)):
            continue  # a meeting does not say or affirm a clause
        if any(c.dep_ == "poss" and c.lower_ == "their" for c in token.children):
            # "said their thoughts were with the children …, and they were carrying out": the
            # owners of "their" thoughts are "they", not the thoughts
            continue
        if _with_first_person(token):
            return None  # "Melania and I join in prayer with Catholic Bishops …, as they consecrate": a group with "I" is "we"
        if token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children):
            if token.head.dep_ == "ccomp" and token.i < sentences.of(pronoun).start and _plural(_reporter(token)):
                # "Results showed the horse flies hovered … They then equipped horses …": a
                # "they" in a later sentence than the plural content of a plural reporter may
                # stand for either; do not guess (in the same sentence it continues the content)
                return None
            return token
        if says and speaks_as_body(token):
            return token  # a body that spoke: its members say on ("The Department issued … They also said")
        if token.pos_ in ("PROPN", "NOUN"):
            return None  # a nearer singular subject: "they" is not that one; do not guess past it
    return None


def _opens_paragraph(sent, before) -> bool:
    """Whether ``sent`` opens a paragraph (a line break lies between it and the sentence ``before``).

    A "they" that stands further into its paragraph than the first sentence does not reach back into the
    paragraph before: the paragraph has set up its own referents, and when none of its subjects fits, the
    pronoun stands for something it named otherwise ("I solved the problem with NATO. They paid …, and
    then they take advantage of us on trade": the NATO allies, not the "People" who "want to see something
    happen" in the paragraph before), so it stays unresolved. A "they" in a paragraph's first sentence
    still goes on with the paragraph before ("Police arrested two men." ⏎ "They said …"), and so does one after an
    opening with no verb, a transcript's label of its speaker ("((WN)) What has the Indian Railways planned …?" ⏎
    "((Aparna Garg)) They have given a theme …": the railways)."""
    doc = sent.doc
    first = next((t for t in sent if not t.is_space), None)
    last = next((t for t in reversed(before) if not t.is_space), None)
    if first is None or last is None:
        return False
    return "\n" in doc_text(doc)[last.idx + len(last):first.idx]  # (doc.text joins every token anew on each read)


def _says_a_thing(verb: Token) -> bool:
    """Whether a verb of saying has a noun or pronoun for direct object and no clause: "celebrating it"
    is an act done to the thing, not a frame of reported words."""
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in verb.children) \
        and not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)


def _governs(clause: Token, pronoun: Token) -> bool:
    """Whether the pronoun stands inside ``clause``, a tensed verb's clause that is not a report's content
    ("Democrats aren't just ignoring the fallout they've unleashed": the relative clause in the
    object of "ignoring" has the subject of "ignoring" for its "they")."""
    finite = clause.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    # (a participle's own subject is no tensed clause's: "German soldiers hurling fire down upon them …, fighting
    # … until they reached the top" is an absolute phrase, and "they" are the Rangers of the main clause)
    return finite and clause.pos_ in ("VERB", "AUX") and clause.dep_ not in ("ccomp", "relcl", "acl") \
        and any(a.i == clause.i for a in pronoun.ancestors)


def _reporter(subject: Token) -> Token | None:
    """The subject of the clause that the clause of ``subject`` is the content of, through an
    adjective that takes the clause ("The researchers made sure the … environments were anoxic")."""
    head = subject.head.head
    if head.pos_ == "ADJ" and head.dep_ in ("ccomp", "acomp", "oprd") and head.head.i != head.i:
        head = head.head
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


# the first person: a group that holds one of these is "we" to whoever speaks, never "they"
_FIRST_PERSON = frozenset({"i", "me", "we", "us"})


def _with_first_person(subject: Token) -> bool:
    """Whether a subject joins the speaker to others ("Melania and I", "my wife and I", "Germany and we"):
    English takes such a group up as "we", so a "they" after it stands for someone else."""
    return any(c.dep_ == "conj" and c.lower_ in _FIRST_PERSON for c in subject.children) \
        or (subject.lower_ in _FIRST_PERSON and subject.dep_ == "nsubj"
            and any(c.dep_ == "conj" for c in subject.children))


def _plural(token: Token | None) -> bool:
    return token is not None and (token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children))


def singular_before(pronoun: Token, sentences: Sentences, inside: set[int] = frozenset()) -> Token | None:
    """What a main clause's subject "it" most likely stands for: the nearest singular thing or
    body (not a person) heading a main clause of the sentence before, or a clause it reports,
    when no noun comes before the pronoun in its own sentence ("the plane turned back … It
    crashed", "The new Boeing 737 Max was not airworthy, investigators have said, … It was
    commencing a journey"); an "it" heading the sentence before is the same thing again ("It
    disintegrated upon impact"). A subject "its …" before names a part of what "it" stands for
    ("Its … provision provides $63 billion … It establishes MAGA savings accounts": the bill,
    not its provision), so no guess then."""
    doc, sent = pronoun.doc, sentences.of(pronoun)
    if any(t.pos_ in ("NOUN", "PROPN") for t in doc[sent.start:pronoun.i]):
        return None  # "For a party to control the House, it needs …": a nearer noun may be meant
    if pronoun.i + 1 < len(doc) and doc[pronoun.i + 1].lower_ == "all" and doc[pronoun.i + 1].head.i in (
            pronoun.i, pronoun.head.i):
        return None  # "It all began on June 27, when …": "it all" is the whole affair, no thing named before
    return _thing_heading_before(sent, sentences, inside)


# Verbs an "it" with no antecedent heads ("it took around five hours to gain control", "it would be
# weeks before …", "it seemed …"): such an "it" in a report stands for nothing named.
_DUMMY_IT_VERBS = frozenset({"take", "be", "seem", "appear", "remain", "look", "happen", "matter", "cost"})

# Personal pronouns a reporter may be: people, never the "it" they speak of.
_PEOPLE_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def reported_it_before(pronoun: Token, sentences: Sentences, inside: set[int] = frozenset()) -> Token | None:
    """What an "it" heading a clause that people report stands for: the singular thing heading the
    sentence before, as for a main clause's "it" ("A fire yesterday morning destroyed at least 200
    makeshift homes … Officials said it killed nine people and injured at least 50 more": the fire).
    The reporters are people (a plural noun, a person, a personal pronoun), who cannot be the "it";
    a body or a thing that reports ("The company said it would appeal") may be its own "it", and is
    left to the attribution rules. Nothing but the reporter's phrase may come before the pronoun (a
    nearer noun may be meant), and an "it" of a verb that takes a dummy subject is no guess."""
    doc, clause = pronoun.doc, pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.dep_ != "ROOT" \
            or clause.head.lemma_.lower() not in SPEECH_VERBS or clause.lemma_.lower() in _DUMMY_IT_VERBS:
        return None
    reporter = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if reporter is None or reporter.i > pronoun.i or not (
            reporter.tag_ in ("NNS", "NNPS") or reporter.ent_type_ == "PERSON" or reporter.lower_ in _PEOPLE_PRONOUNS):
        return None
    sent = sentences.of(pronoun)
    if any(t.pos_ in ("NOUN", "PROPN") and not reporter.left_edge.i <= t.i <= reporter.right_edge.i
           for t in doc[sent.start:pronoun.i]):
        return None  # ("Officials told the agency it …": the agency may be meant)
    return _thing_heading_before(sent, sentences, inside)


def reporter_it_before(pronoun: Token, sentences: Sentences) -> Token | None:
    """What an "it" that reports a clause after it stands for when the clause's own subject cannot be meant: the
    body that reported the sentence before ("Russia launched 72 drones …, the Ukrainian air force said. Air
    defenses shot down 61 of the drones, it said.": the air force). Wire copy names its source once and takes it
    up as "it" in the next sentences; "it" is singular, so a plural subject of the reported clause ("Air
    defenses") is not what it stands for. The source is the subject of a verb of saying in one of the two
    sentences before: a singular thing or body, not a person, or an "it" that stands for one in its turn."""
    doc, sent = pronoun.doc, sentences.of(pronoun)
    for _ in range(2):
        sent = sentences.before(sent)
        if sent is None:
            return None
        for token in reversed(doc[sent.start:sent.end]):
            if token.dep_ != "nsubj" or token.head.lemma_.lower() not in SPEECH_VERBS:
                continue
            if token.lower_ == "it":
                return reporter_it_before(token, sentences)
            if token.tag_ in ("NN", "NNP") and token.ent_type_ != "PERSON" and pairs_with_it(token):
                return token
    return None


def _thing_heading_before(sent, sentences: Sentences, inside: set[int]) -> Token | None:
    """The nearest singular thing or body heading a main clause of the sentence before ``sent``, or a
    clause reported after it (see :func:`singular_before`)."""
    doc = sent.doc
    start = (sentences.before(sent) or sent).start
    # a main clause's subject first ("Airfleets … states the aircraft uses … It does not list …"),
    # then that of a content put before its report
    for heads in (("ROOT", "conj"), ("ccomp",)):
        for i in range(sent.start - 1, start - 1, -1):
            token = doc[i]
            if i in inside or token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ not in heads:
                continue
            if heads == ("ccomp",) and token.head.head.i < token.head.i:
                continue  # (only a report put after its content: "…, investigators have said")
            if any(c.dep_ == "poss" and c.lower_ == "its" for c in token.children):
                return None  # "Its No Tax on Social Security provision provides … It establishes …": the "its"
            if token.tag_ in ("NN", "NNP") and (
                    token.ent_type_ != "PERSON" or any(c.dep_ == "det" for c in token.children)):
                # (a person's name takes no article: "The new Boeing 737 Max", tagged a person, is a thing)
                return token
            if token.lower_ == "it" and heads != ("ccomp",):
                return token
            if token.dep_ == "nsubjpass" and token.tag_ in ("NNS", "NNPS", "CD") and heads != ("ccomp",) \
                    and (agent := _passive_agent(token.head)) is not None:
                return agent  # "more than a dozen people were killed by a quake …. It destroyed thousands of
                # buildings": the thing that did it, where those it was done to are many
    return None


def _passive_agent(verb: Token) -> Token | None:
    """The singular thing a passive's "by" phrase names as its doer ("were killed by a quake"), not a person."""
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        thing = next((g for g in agent.children if g.dep_ == "pobj"), None)
        if thing is not None and thing.tag_ == "NN" and not thing.ent_type_ and not _person_noun(thing):
            return thing
    return None


def described_before(pronoun: Token, sentences: Sentences) -> Token | None:
    """The nearest singular common noun before a "he"/"she" that is a clause's subject, in its
    sentence or the one before ("the elephant was pregnant … she may have starved")."""
    doc, sent = pronoun.doc, sentences.of(pronoun)
    start = (sentences.before(sent) or sent).start
    other = other_sex_words("f" if pronoun.lower_ == "she" else "m")
    for i in range(pronoun.i - 1, start - 1, -1):
        token = doc[i]
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ in ("ROOT", "conj", "ccomp") \
                and token.tag_ == "NN" and not token.ent_type_:
            if token.lemma_.lower() in other:
                continue  # "convicted a 27-year-old man … after she refused": not the man
            if _person_noun(token):
                return token
            # "The video showed a single police officer surrounded by protesters; he then drew his pistol": a
            # thing that shows or tells of a person is no "he"; the person it tells of, after it, is meant
            return next((t for t in doc[token.i + 1 : pronoun.i] if t.tag_ == "NN" and not t.ent_type_
                         and _person_noun(t) and t.lemma_.lower() not in other), token)
    return None


# The plain nouns of each sex besides the kinship and gendered words of the lexicon ("a woman … after he …" is not
# her).
_PLAIN_SEX_NOUNS = {"f": frozenset({"woman", "girl", "lady"}), "m": frozenset({"man", "boy", "gentleman"})}


def other_sex_words(gender: str) -> frozenset[str]:
    """The nouns a pronoun of ``gender`` ("m" or "f") cannot stand for: the other sex's words."""
    other = "m" if gender == "f" else "f"
    return (MALE_WORDS if other == "m" else FEMALE_WORDS) | _PLAIN_SEX_NOUNS[other]


# Common nouns only a person is named by: the roles, offices and callings of the lexicon, kin, "woman" and "man".
_PERSON_NOUNS = (frozenset(k for k, label in KIND_NOUNS.items() if label == "PERSON") | ROLE_NOUNS | KIN_NOUNS
                 | PERSON_NOUNS | frozenset({"person", "child"}))


def _person_noun(token: Token) -> bool:
    return token.lemma_.lower() in _PERSON_NOUNS


def person_noun(token: Token) -> bool:
    """Whether ``token`` is a common noun only a person is named by ("man", "suspect", "mother")."""
    return _person_noun(token)
