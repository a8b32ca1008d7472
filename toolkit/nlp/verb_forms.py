"""Words the tagger reads as verbs that English grammar does not let be one.

Three forms the small model tags as verbs although no verb group can hold them:

* an "-ing" form whose only auxiliary is "have" ("a door that has writing in a foreign
  language"): the progressive takes "be", and "have" with an "-ing" word is the verb "have" with a
  noun, a gerund, for its object; the "-ing" word tells no act ("writing" is what the door bears);
* a prefix split off a verb by its hyphen ("GitHub re-enabled the public access": "re", "-",
  "enabled") and hung on it, or joined to it as to a conjunct: the prefix is part of the verb after it, whose row stands for the
  act, and alone it is no word of its own.

* a base form right after a noun and a coordinator, joined to a past or a third-person present
  whose object that noun is, with no subject, auxiliary or "to" of its own ("the government issued
  a cease and desist order": "desist" of the noun's compound modifier read as a verb joined to
  "issued", with "order" its object): a base form is no conjunct of a tensed verb
  (:mod:`toolkit.nlp.conjunct_forms`), and the words "cease and desist" modify the noun after them.

:func:`no_verb` tells all three, asked of every candidate verb by :func:`toolkit.nlp.events.events`.
The parse may hang the clause's subject on the prefix ("service … re" with "enabled" left without
one): :func:`mend_split_prefixes` gives it to the verb first, so that the act keeps its agent, and hangs
the word back on the prefix when the parse made it a modifier of the object ("has co-written four books").
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from toolkit.nlp.lookups import indices_of

# Forms of "have" that would head a perfect, not a progressive.
_HAVE = frozenset({"have", "has", "had", "having"})

# English verb prefixes written with a hyphen before a verb (a closed class of bound forms).
_PREFIXES = frozenset({"re", "co", "pre", "de", "un", "non", "anti", "counter", "over", "under", "mis", "out",
                       "sub", "inter", "post", "self", "cross"})


def _word_after_prefix(prefix: Token) -> Token | None:
    """The word after a bound prefix tagged as a verb and its hyphen, all three written together ("co", "-",
    "founded"), whatever the word is tagged and however the parse hangs it; else None."""
    if prefix.lower_ not in _PREFIXES or prefix.pos_ != "VERB" or prefix.i + 2 >= len(prefix.doc):
        return None
    hyphen, word = prefix.doc[prefix.i + 1], prefix.doc[prefix.i + 2]
    if hyphen.text != "-" or hyphen.whitespace_ or prefix.whitespace_ or not word.is_alpha:
        return None
    return word


def _split_prefix(token: Token) -> bool:
    """Whether ``token`` is a prefix split off the word after its hyphen, hung on that word or with
    the word as its conjunct (which shares its subject and so has a row of its own)."""
    word = _word_after_prefix(token)
    return word is not None and (token.head.i == word.i or (word.head.i == token.i and word.dep_ == "conj"))


def prefixed_word(prefix: Token) -> Token | None:
    """The word a bound prefix tagged as a verb was split off by its hyphen ("co" of "co-sponsoring an amnesty
    bill", "co-founded"), however the parse hangs the two: the verb is the prefixed word, "co-sponsor"."""
    word = _word_after_prefix(prefix)
    return word if word is not None and word.pos_ in ("VERB", "NOUN") else None


def compound_first(verb: Token) -> Token | None:
    """The first word of a verb written as a compound with a hyphen ("Biden slow-walked", "fast-tracked",
    "test-fired"), which the tokenizer splits as "slow", "-", "walked" and hangs on the verb: the verb is the
    compound, not its last part ("walk"). None for a bound prefix (:data:`_PREFIXES`: "re-enabled" is
    "enable" again) and for a word set off by spaces."""
    doc, i = verb.doc, verb.i
    if i < 2 or verb.pos_ not in ("VERB", "AUX"):
        return None
    hyphen, word = doc[i - 1], doc[i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or word.whitespace_ or not word.is_alpha:
        return None
    if word.lower_ in _PREFIXES or len(word) < 3 or word.head.i != i or hyphen.head.i != i:
        return None
    return word if word.pos_ in ("ADV", "ADJ", "NOUN", "VERB") and word.dep_ in _COMPOUND_DEPS else None


# How the parse hangs the first word of a hyphenated verb on it ("slow" of "slow-walked" as an adverb).
_COMPOUND_DEPS = frozenset({"advmod", "amod", "npadvmod", "compound", "nmod", "dep"})


def _bare_after_object(verb: Token) -> bool:
    """Whether ``verb`` is a base form joined to a past or a third-person present, with nothing of
    its own, right after that verb's object noun and a coordinator ("issued a cease and desist order")."""
    head, doc = verb.head, verb.doc
    if verb.tag_ != "VB" or verb.dep_ != "conj" or head.tag_ not in ("VBD", "VBZ") or verb.i < head.i + 3 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    coordinator, noun = doc[verb.i - 1], doc[verb.i - 2]
    return coordinator.dep_ == "cc" and noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.i == head.i


def mend_split_prefixes(doc: Doc) -> Doc:
    """Give the subject the parse hung on a split prefix ("GitHub re-enabled …") to the verb after it, and the
    word after the hyphen back to the prefix when the parse hung it on the object ("has co-written four books")."""
    for i in indices_of(doc, LOWER, _PREFIXES):
        prefix = doc[i]
        if prefixed_word(prefix) is not None:
            _take_back_from_object(prefix)
            _take_back_from_auxiliary(prefix)
        else:
            _hang_on_the_verb(prefix)
        if not _split_prefix(prefix):
            continue
        word = doc[i + 2]
        for child in list(prefix.children):
            if child.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == child.dep_ for c in word.children):
                child.head = word
    return doc


def _take_back_from_auxiliary(prefix: Token) -> None:
    """Hang a prefix and its hyphen on the word after them when the parse hung them on that word's auxiliary as
    its complements ("It was co-sponsored by Senators Marco Rubio …": "co" and "-" read as what "was" is, the
    passive "sponsored" left beside them), so that the word is the act, written whole (:func:`prefix_before`)."""
    doc = prefix.doc
    hyphen, word = doc[prefix.i + 1], doc[prefix.i + 2]
    auxiliary = prefix.head
    if word.tag_ != "VBN" or prefix.dep_ != "acomp" or auxiliary.lemma_ != "be" or hyphen.head.i not in (
            auxiliary.i, word.i):
        return
    if word.head.i == auxiliary.i and word.dep_ == "acomp" and any(c.dep_ == "agent" for c in word.children):
        # all three read as what "was" is: the participle with its by-agent is the passive verb, "was" its auxiliary
        moved = [c for c in auxiliary.children if c.i not in (prefix.i, hyphen.i, word.i)]
        if auxiliary.head.i == auxiliary.i:
            word.head = word
        else:
            word.head = auxiliary.head
        word.dep_ = auxiliary.dep_
        auxiliary.head = word
        auxiliary.dep_ = "auxpass"
        for child in moved:
            child.head = word
            if child.dep_ == "nsubj":
                child.dep_ = "nsubjpass"
    if auxiliary.head.i == word.i and auxiliary.dep_ in ("aux", "auxpass"):
        prefix.head = word
        prefix.dep_ = "dep"
        hyphen.head = word
        hyphen.dep_ = "punct"


def prefix_before(verb: Token) -> Token | None:
    """The bound prefix split off ``verb`` by its hyphen and hung on it (:func:`_take_back_from_auxiliary`), or
    None."""
    if verb.i < 2:
        return None
    prefix = verb.doc[verb.i - 2]
    if prefix.head.i != verb.i or prefix.dep_ != "dep":
        return None
    if _word_after_prefix(prefix) is not None and verb.tag_ == "VBN":
        return prefix
    untagged = _untagged_prefix_of(prefix)  # ("had over-corrected": the prefix read as an adverb, hung back on the verb)
    return prefix if untagged is not None and untagged.i == verb.i else None


# Prefixes that make a verb of their own with the word after the hyphen ("over-correct", "co-sponsor", "mis-spell");
# "re-" (the same act again: "re-opened" is "open") is left to the verb.
_OWN_VERB_PREFIXES = _PREFIXES - {"re"}


def _untagged_prefix_of(prefix: Token) -> Token | None:
    """The verb a bound prefix the tagger did not read as a verb was split off by its hyphen, written together ("had
    over-corrected": "over" an adverb; "co-sponsored the bill": "co" a noun beside the subject), else None."""
    doc = prefix.doc
    if prefix.lower_ not in _OWN_VERB_PREFIXES or prefix.pos_ == "VERB" or prefix.i + 2 >= len(doc):
        return None
    hyphen, word = doc[prefix.i + 1], doc[prefix.i + 2]
    if hyphen.text != "-" or hyphen.whitespace_ or prefix.whitespace_ or word.pos_ != "VERB" \
            or not word.tag_.startswith("VB"):
        return None
    return word


def _hang_on_the_verb(prefix: Token) -> None:
    """Hang a bound prefix the tagger read as an adverb or a noun, and its hyphen, on the verb after them, so that the
    verb is written whole (:func:`prefix_before`) and the prefix is no word of the subject ("the senator co")."""
    word = _untagged_prefix_of(prefix)
    if word is None or prefix.is_ancestor(word) or any(c.dep_ not in ("punct",) for c in prefix.children):
        return
    hyphen = prefix.doc[prefix.i + 1]
    if hyphen.is_ancestor(word):
        return
    prefix.head, prefix.dep_ = word, "dep"
    hyphen.head, hyphen.dep_ = word, "punct"


def _take_back_from_object(prefix: Token) -> None:
    """Hang the hyphen and the word after a prefix back on the prefix when the parse made them modifiers of
    the prefix's direct object ("he has co-written four books": "written" a modifier of "books", so that
    what was written would read "written four books")."""
    doc = prefix.doc
    hyphen, word = doc[prefix.i + 1], doc[prefix.i + 2]
    noun = word.head
    if word.i < noun.i and noun.pos_ in ("NOUN", "PROPN") and noun.head.i == prefix.i and noun.dep_ == "dobj" \
            and hyphen.head.i in (noun.i, word.i):
        hyphen.head = prefix
        word.head = prefix


def no_verb(verb: Token) -> bool:
    """Whether a word tagged as a verb cannot be one (see the module's docstring).

    Args:
        verb: a candidate event's verb.

    Returns:
        True for the "-ing" object of "have", for a prefix before a hyphen and for a base form
        joined by "and" to the object of a tensed verb.
    """
    if verb.tag_ == "VBG":
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        return bool(auxiliaries) and all(a.lower_ in _HAVE for a in auxiliaries)
    if _bare_after_object(verb):
        return True
    # (not when the word hangs on the prefix otherwise: "Conyers co-founded the Congressional
    # Black Caucus" gives the clause to "co" and "founded" no subject; "co" is the act's only row)
    return _split_prefix(verb)


def bare_after_singular(verb: Token) -> bool:
    """Whether ``verb`` is a base form heading its sentence with a singular noun for subject and no
    auxiliary, modal or "to" (or a present tagged so after an acronym): English gives such a subject
    "shows", so the word is no verb but a noun after a name ("PBS show Sesame Street partnered with
    CNN": the show, not PBS showing)."""
    if verb.tag_ not in ("VB", "VBP") or verb.dep_ != "ROOT" or not verb.lower_.isalpha() or verb.lower_.endswith("s"):
        return False
    children = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass", "mark", "neg") for c in children):
        return False
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].i != verb.i - 1 or any(c.dep_ == "conj" for c in subjects[0].children):
        return False
    subject = subjects[0]
    # (a noun of a body may take a plural verb: "police say", "the team say", a club or a country's
    # side in British usage, "Chelsea say"; the tag of a present tense is no proof either, so that
    # form only after an acronym, a network's or an agency's: "PBS show Sesame Street")
    if subject.lower_ in _PLURAL_BODIES or subject.ent_type_ in ("NORP", "PERSON", "GPE"):
        return False
    if verb.tag_ == "VBP":
        return subject.tag_ == "NNP" and subject.text.isupper() and len(subject.text) > 1
    return subject.tag_ in ("NN", "NNP")


# Nouns of a body that British and news English let take a plural verb ("Police say").
_PLURAL_BODIES = frozenset({"police", "people", "staff", "team", "government", "public", "crew", "family",
                            "majority", "committee", "board", "council", "jury", "audience", "media", "press"})
