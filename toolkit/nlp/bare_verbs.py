"""A bare verb the small model read as a noun, where English grammar settles it is a verb.

Words like "report" and "credit" are nouns and verbs. After a plural subject the bare form is a present-tense verb,
and the small model, which leans to the noun, misreads two constructions (both of Wikinews, 2019):

- "The Arapaho have plans to widen the buffalo's range … and report they are considering eventually pooling resources
  with the nearby Eastern Shoshone Tribe": "report" is parsed as a noun joined to "widen", and "they are considering"
  as a relative clause of "plans"; the report is lost and the consideration is nobody's claim. A singular count noun
  with no determiner cannot stand alone as a noun phrase, and one right after "and" followed at once by a clause with
  its own pronoun subject is a verb of saying or thinking taking that clause as content, joined to the finite
  present verb before it (whose subject it shares). :func:`mend_bare_reporting_verbs`.
- "Sea-Eye credit themselves with around 14,000 lives saved during 60 rescues": "credit" is parsed as a noun, the
  subject of "saved", and "themselves" its apposition, so that the lives saved are the sentence's act. A reflexive or
  object pronoun cannot follow a noun it does not agree with ("credit" is singular, "themselves" plural), and a bare
  participle with no auxiliary cannot be a sentence's main verb: the word before the pronoun is the verb, the name
  before it its subject, the pronoun its object, and the participle describes the noun before it ("lives saved").
  :func:`mend_bare_verbs_before_pronouns`.
- "Prosecutors allege Simpson shot Flynn after she told him she was pregnant": the model, which rarely met "allege",
  tags it a noun and hangs it with "Prosecutors" on "Simpson" as a compound name, and the shooting is told as fact;
  in "Rindi remembers walking through it" it makes "Rindi remembers" a name and the walking the sentence's act. A
  verb that English has no noun for ("allege", "contend", "remember"; the model's own lemma tables say which),
  written small, in its present form agreeing with the plural noun, name or pronoun right before it, with a clause
  of its own subject and verb or a gerund after it, is the verb: the word before is its subject and the clause or
  gerund its complement; after a subordinator ("As President Trump convenes with Ukrainian President Volodymyr
  Zelenskyy …, the world is witnessing …") it is the verb of that clause. :func:`mend_verbs_read_as_nouns`.

Not so: a noun with a determiner, a possessive, a number or an adjective ("the report they are considering", a
relative clause), a noun after no "and", a clause word that says nothing ("and work they are doing"), a participle
with an auxiliary ("the charity credit … has been saved"), or a pronoun of the same number as the noun ("the
president himself").

Example:
    >>> doc = mend_bare_reporting_verbs(nlp("They have plans and report they are considering it."))  # doctest: +SKIP
    >>> [(t.text, t.tag_, t.dep_, t.head.text) for t in doc if t.text in ("report", "considering")]
    [('report', 'VBP', 'conj', 'have'), ('considering', 'VBG', 'ccomp', 'report')]
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from toolkit.nlp.lemma_tables import lemma_tables
from toolkit.nlp.lookups import forget, indices_matching, indices_where
from toolkit.nlp.verb_classes import REPORTING_VERBS

# Pronouns that open a clause as its subject.
_SUBJECT_PRONOUNS = frozenset({"they", "we", "he", "she", "it", "i", "you"})

# Plural reflexives and object pronouns: after a singular noun they agree with nothing before them.
_PLURAL_OBJECTS = frozenset({"themselves", "ourselves", "them", "us"})

# Dependents that make a noun a noun phrase of its own.
_NOMINAL = frozenset({"det", "poss", "nummod", "amod", "case", "predet"})


def _bare_noun(word: Token) -> bool:
    """Whether a singular common noun stands with no determiner, possessive, number or adjective."""
    return word.tag_ == "NN" and not word.ent_type_ and not any(c.dep_ in _NOMINAL for c in word.children)


def _finite_before(word: Token) -> Token | None:
    """The finite present verb of the plural subject that ``word`` is joined to: up its heads, the first verb tagged
    VBP before it."""
    head = word.head
    for _ in range(4):
        if head.tag_ == "VBP" and head.pos_ in ("VERB", "AUX") and head.i < word.i:
            return head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def mend_bare_reporting_verbs(doc: Doc) -> Doc:
    """"… and report they are considering …": the bare noun is a verb of saying or thinking joined to the finite
    verb before, and the clause after it is its content (see the module's docstring). In place; the doc is returned."""
    for i in indices_where(doc, tag=("NN",), dep=("conj",)):
        word = doc[i]
        if i < 1 or i + 2 >= len(doc) or doc[i - 1].lower_ != "and" or word.lemma_.lower() not in REPORTING_VERBS \
                or not _bare_noun(word) or any(c.dep_ in ("compound", "prep") for c in word.children):
            continue
        pronoun = doc[i + 1]
        clause = pronoun.head
        if pronoun.lower_ not in _SUBJECT_PRONOUNS or pronoun.dep_ != "nsubj" or clause.i <= pronoun.i \
                or clause.pos_ not in ("VERB", "AUX"):
            continue
        finite = _finite_before(word)
        if finite is None:
            continue
        doc[i - 1].head = finite
        word.head, word.dep_ = finite, "conj"
        word.tag_, word.pos_ = "VBP", "VERB"
        forget(doc)  # (the tags read once per Doc are stale now)
        clause.head, clause.dep_ = word, "ccomp"
    return doc


def mend_bare_verbs_before_pronouns(doc: Doc) -> Doc:
    """"Sea-Eye credit themselves with …": the bare noun before a plural object pronoun is the verb, the name before
    it the subject, and a participle the parser made the main verb describes the noun before it (see the module's
    docstring). In place; the doc is returned."""
    for i in indices_where(doc, tag=("NN",), dep=("nsubj", "ROOT")):
        word = doc[i]
        if i < 1 or i + 1 >= len(doc) or doc[i + 1].lower_ not in _PLURAL_OBJECTS or doc[i + 1].head.i != i \
                or not _bare_noun(word):
            continue
        name = doc[i - 1]
        if name.pos_ != "PROPN" or name.head.i != i or not name.ent_type_:
            continue
        if word.dep_ == "nsubj":  # the parser made a participle after it the main verb
            root = word.head
            if root.dep_ != "ROOT" or root.tag_ != "VBN" or root.i <= i + 1 or doc[root.i - 1].pos_ != "NOUN" \
                    or any(c.dep_ in ("aux", "auxpass") for c in root.children):
                continue
            for child in [c for c in root.children if c.i < i or c.dep_ == "punct"]:
                child.head = word  # what opens the sentence ("Since commencing work …,") and its full stop
            word.head, word.dep_ = word, "ROOT"
            root.head, root.dep_ = doc[root.i - 1], "acl"  # "lives saved"
        elif any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "relcl", "pcomp", "advcl", "xcomp")
                 for t in word.subtree):
            continue  # a noun root over a clause of its own: not a sentence left without a verb
        for part in [c for c in word.children if c.i < name.i]:
            part.head = name  # "Sea - Eye": the name's own words
        word.tag_, word.pos_ = "VBP", "VERB"
        forget(doc)  # (the tags read once per Doc are stale now)
        name.head, name.dep_ = word, "nsubj"
        doc[i + 1].dep_ = "dobj"
    return doc


# Pronouns a present verb of saying in its bare form agrees with ("they allege").
_PLURAL_SUBJECTS = frozenset({"they", "we", "i", "you"})


def mend_verbs_read_as_nouns(doc: Doc) -> Doc:
    """"Prosecutors allege Simpson shot Flynn", "Rindi remembers walking through it": a verb with no noun reading,
    tagged a noun, is the verb of the word before, with the clause or the gerund after it as its complement (see the
    module's docstring). In place; the doc is returned."""
    forms = None
    for i in indices_where(doc, tag=("NN", "NNS", "NNP")):  # (one array: no Token per word)
        if not 0 < i < len(doc) - 2:
            continue
        if forms is None:
            from toolkit.nlp.model import model_of  # (the lemma tables ship with the model)

            nlp = model_of(doc.vocab)
            tables = lemma_tables(nlp)
            forms = set(indices_matching(doc, LOWER, _verb_only_forms(nlp).__contains__))
        if i not in forms:
            continue
        word = doc[i]
        if not word.is_lower or word.ent_type_ or word.head.i == i - 1:
            continue  # (a verb in prose is written small; "the allege group": not hung on the word before)
        lower = word.lower_
        third_person = lower.endswith("s")
        base = _base_form(lower, tables.verbs) if third_person else lower
        if base is None or base in tables.nouns or base not in tables.verbs:
            continue
        subject = doc[i - 1]
        plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in _PLURAL_SUBJECTS
        if not (plural or subject.tag_ == "NNP") or third_person == plural:
            continue  # the verb agrees with the word before: "Prosecutors allege", "Smith alleges"
        if _subordinate_clause(word, subject):
            word.tag_, word.pos_, word.lemma_ = ("VBZ" if third_person else "VBP"), "VERB", base
            forget(doc)  # (the tags read once per Doc are stale now)
            continue
        complement, dep = _complement_after(word)
        if complement is None or dep == "ccomp" and base not in REPORTING_VERBS:
            continue  # (a clause is the content of a verb of saying or thinking only: "when DRM mistreats you, you'll
            # notice" is no report)
        if word.head.i != word.i:  # hung as a name's word on the clause's subject: the verb heads the clause
            for child in [c for c in complement.children if c.i < subject.left_edge.i or c.dep_ == "punct"]:
                child.head = word  # what opens the sentence, and its full stop
            word.head, word.dep_ = (word, "ROOT") if complement.dep_ == "ROOT" else (complement.head, complement.dep_)
            subject.head, subject.dep_ = word, "nsubj"
            complement.head, complement.dep_ = word, dep
        word.tag_, word.pos_, word.lemma_ = ("VBZ" if third_person else "VBP"), "VERB", base
        forget(doc)  # (the tags read once per Doc are stale now)
    return doc


# Words that open a clause of time, cause or condition ("As President Trump convenes with …, the world …").
_SUBORDINATORS = frozenset("""as when whenever while after before because since if unless until once though
    although""".split())


def _subordinate_clause(word: Token, subject: Token) -> bool:
    """Re-hang, when ``word`` is the verb of a clause a subordinator opens ("As President Trump convenes with …",
    "when DRM mistreats you, you'll notice"), its name as its subject and the clause on the main verb after it;
    return whether it is one. In place."""
    doc, j = word.doc, subject.i
    while j > 0 and doc[j].pos_ == "PROPN" and doc[j].head.i in (word.i, subject.i):
        j -= 1  # (back over the name's words: "President Trump")
    opener = doc[j]
    main = word.head
    if opener.lower_ not in _SUBORDINATORS or opener.i == subject.i or main.pos_ not in ("VERB", "AUX") \
            or main.i < word.i:
        return False
    for name in doc[opener.i + 1 : subject.i]:
        name.head, name.dep_ = subject, "compound"
    subject.head, subject.dep_ = word, "nsubj"
    opener.head, opener.dep_ = word, "mark"
    word.dep_ = "advcl"
    for child in word.children:
        if child.dep_ == "appos" and child.i > word.i:
            child.dep_ = "dobj"  # "mistreats you": the object the parser set beside a noun
    return True


@lru_cache(maxsize=4)
def _verb_only_forms(nlp) -> frozenset[str]:
    """The present forms (bare, "-s", "-es", "-ies") of the verbs one pipeline's lemma tables know as no noun, read
    once per pipeline: the words :func:`mend_verbs_read_as_nouns` tests, found in a Doc's arrays before any Token is
    made."""
    tables = lemma_tables(nlp)
    forms = set()
    for base in tables.verbs - tables.nouns:
        forms.update((base, base + "s", base + "es"))
        if base.endswith("y"):
            forms.add(base[:-1] + "ies")
    return frozenset(forms)


def _base_form(form: str, verbs: frozenset[str]) -> str | None:
    """The verb a present form in "-s" is of ("remembers", "pushes", "denies"), if the tables know one."""
    for ending, stem in (("ies", "y"), ("es", ""), ("s", "")):
        if form.endswith(ending) and (base := form[:-len(ending)] + stem) in verbs:
            return base
    return None


def _complement_after(word: Token) -> tuple[Token | None, str]:
    """The verb of the clause or gerund right after ``word`` and the dependency it takes under ``word``: a clause
    with its own subject (``ccomp``: "allege Simpson shot Flynn") where the parser hung ``word`` on that subject or
    made ``word`` the sentence's head, or a gerund (``xcomp``: "remembers walking") the parser made the head of
    ``word``."""
    if word.dep_ == "ROOT":
        return next((c for c in word.children if c.dep_ == "ccomp" and c.i > word.i), None), "ccomp"
    root = word.sent.root
    gerund = word.head
    if word.dep_ == "nsubj" and gerund.i == word.i + 1 and gerund.tag_ == "VBG" \
            and gerund.dep_ in ("ROOT", "ccomp", "conj", "advcl") and not any(
                c.dep_ in ("aux", "auxpass") for c in gerund.children):
        return gerund, "xcomp"  # "Rindi remembers walking through it": no gerund heads a clause of its own
    if root.i <= word.i + 1 or root.pos_ not in ("VERB", "AUX") or not (
            root.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in root.children)):
        return None, ""  # (a tensed clause: "Simpson shot Flynn", "the man had stolen a car")
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and word.i < c.i < root.i]
    before = word.doc[word.i - 1]
    if subjects and any(t.is_punct for t in word.doc[word.i + 1 : subjects[0].left_edge.i]):
        return None, ""  # a content clause follows its verb with no comma between
    if not subjects or word.head.i not in (subjects[0].i, root.i) or before.head.i not in (subjects[0].i, root.i, word.i):
        return None, ""
    return root, "ccomp"
