"""A sentence the parser left without a verb: "The president called Zelenskiy “a dictator”" read as a noun phrase.

The small model reads a verb of naming after a noun as a reduced relative ("the elite group called the Sea Org",
:mod:`toolkit.nlp.participles`), also where the noun opens a sentence and the verb is the sentence's only verb:
in "The president called Zelenskiy “a dictator”." and "Trump called Zelenskiy “a dictator without elections.”" it
makes "president" (or "Trump") the root and hangs "called" on it as a modifier. A sentence of running text has a
verb; when the only one is such a modifier of the sentence's first noun phrase, it is the main verb and that noun
phrase its subject, so the framing verb of a quoted fragment has its subject and the fragment its speaker (the
issue's "fragments in a frame"). :func:`mend_verbless_sentences` hangs the parse so.

Only a sentence with no finite verb of its own outside the quotation marks is mended, whose root noun opens it
(after an opening phrase set off by a comma, "Last week, Trump called …"), and whose verb follows the root noun
right after its own words; a caption or a heading ("A protester called Ali holds a sign", "Man called hero") has a
finite verb or no stop and is left as it is.

The parser may also make a preposition the root, when a phrase of place that describes the subject is followed by a
time phrase whose noun it reads as a clause's subject: in "Party-goers still at the scene after the shooting fled when
police arrived" (Wikinews, 2019) "at" is the root with "Party-goers" its subject, and "after the shooting fled" a
clause of time, so that the shooting would have fled. A preposition heads no sentence: the one finite verb hung on
it in a clause of time is the main verb, the preposition's subject is the verb's, the preposition describes it, and
the noun after "after" (or "before", "since", "until") is that word's object. :func:`mend_prepositional_roots`
hangs the parse so; only a common noun is taken for the preposition's object ("after the shooting"), not a name or a
pronoun, and only where the sentence has no other finite verb before the clause.

A tensed verb after a number may be read as the object of the preposition before it, the sentence's first noun its
root: "An earthquake with a magnitude of at least 5.9 hit southern Iran on Sunday" (CBC, 2005) is parsed with "hit"
as the object of "of", the number its modifier, and the sentence has no act. A preposition takes a noun phrase, not a
tensed verb with an object of its own: :func:`mend_verbs_read_as_objects` makes that verb the main verb, the first
noun phrase its subject and the word before the verb the preposition's object.

Example:
    >>> doc = mend_verbless_sentences(nlp('The president called Zelenskiy "a dictator".'))  # doctest: +SKIP
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("president", "called")]
    [('president', 'nsubj', 'called'), ('called', 'ROOT', 'called')]
    >>> doc = mend_prepositional_roots(nlp("Party-goers still at the scene after the shooting fled."))  # doctest: +SKIP
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("goers", "fled", "shooting")]
    [('goers', 'nsubj', 'fled'), ('shooting', 'pobj', 'after'), ('fled', 'ROOT', 'fled')]
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from toolkit.nlp.lexicon import FINITE_TAGS
from toolkit.nlp.lookups import forget, indices_where

_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})
_ENDS = frozenset({".", "!", "?"})
# The dependents of a verb that takes an object or a predicate of its own.
_TAKEN = frozenset({"dobj", "oprd", "dative", "ccomp", "xcomp", "attr"})


def _outside_quotations(sent) -> list:
    """The tokens of a sentence outside its quotation marks."""
    out, inside = [], False
    for t in sent:
        if t.text in _QUOTE_MARKS:
            inside = not inside if t.text in ('"', "``", "''") else t.text in ("“", "‘")
            continue
        if not inside:
            out.append(t)
    return out


def _heads_of_dependents(doc: Doc, **wanted) -> list[int]:
    """The indices, sorted, of the heads of the tokens of some dependency labels and tags (as the parse is now)."""
    return sorted({doc[i].head.i for i in indices_where(doc, **wanted)})


def _heads_one_in(heads: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted token indices ``heads`` lies in ``start:end``."""
    k = bisect_left(heads, start)
    return k < len(heads) and heads[k] < end


def mend_verbless_sentences(doc: Doc) -> Doc:
    """Make the verb of a sentence read as a noun phrase its main verb (see the module's docstring), in place.

    Args:
        doc: a parsed ``Doc``.

    Returns:
        The same ``Doc``.
    """
    # Only a sentence holding the head of a past or participle read as a modifier ("acl") can be mended: the
    # others are passed over before their root is found (read again after a mend, which moves heads).
    heads = _heads_of_dependents(doc, dep=("acl",), tag=("VBD", "VBN"))
    for sent in doc.sents:
        if not _heads_one_in(heads, sent.start, sent.end):
            continue
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN") or not any(t.text in _ENDS for t in sent[-3:]):
            continue
        verbs = [c for c in root.rights if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")]
        if len(verbs) != 1:
            continue
        verb = verbs[0]
        if verb.tag_ == "VBN" and not any(c.dep_ in _TAKEN for c in verb.children):
            continue  # a bare participle describes the noun ("No room left for Mexico"): only a verb that takes its
            # object or its named predicate ("Trump called Zelenskiy …") was the main verb
        if any(c.dep_ == "det" and c.lower_ == "no" for c in root.children):
            continue  # "No room …": a phrase of none, a fragment of speech, not a subject
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or any(
                t.text == ":" for t in root.doc[root.i + 1:verb.i]):
            continue  # the verb has its subject, or the noun is a speaker's label ("THE PRESIDENT: No room left …")
        if any(t.i < verb.i and not t.is_punct for t in root.rights if t.i != verb.i):
            continue  # the verb does not follow the noun's own words ("the man in the car called …")
        outside = _outside_quotations(sent)
        if any(t.tag_ in FINITE_TAGS for t in outside if t.i != verb.i):
            continue  # a finite verb of its own: the participle describes the noun
        before = [t for t in sent if t.i < root.left_edge.i]
        if before and not (before[-1].text == "," and all(t.head.i == root.i or t.head.i in {b.i for b in before}
                                                         for t in before)):
            continue  # the noun phrase must open the sentence, or follow an opening phrase set off by a comma
        moved = [c for c in root.rights if c.i > verb.i]
        verb.head = verb
        verb.dep_ = "ROOT"
        root.head = verb
        root.dep_ = "nsubj"
        for child in moved:
            child.head = verb
        for token in before:
            if token.head.i == root.i:
                token.head = verb
        named = next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN")), None)
        if named is not None and not any(c.dep_ == "dobj" for c in verb.children):
            # the one a main verb of naming names is its object ("Biden named Senator Kamala Harris … as his
            # running mate"), and what it calls them the predicate ("called Zelenskiy “a dictator”")
            named.dep_ = "dobj"
            for said in [c for c in named.children if c.dep_ == "appos" and c.i > named.i]:
                said.head = verb
                said.dep_ = "oprd"
        heads = _heads_of_dependents(doc, dep=("acl",), tag=("VBD", "VBN"))
    return doc


def mend_verbs_read_as_objects(doc: Doc) -> Doc:
    """Make a tensed verb with an object that the parser read as a preposition's object the main verb of a sentence
    left with none, its first noun phrase the subject (see the module's docstring). In place; the doc is returned."""
    for i in indices_where(doc, dep=("pobj",), tag=("VBD", "VBZ", "VBP")):
        verb = doc[i]
        sent = verb.sent
        root, prep = sent.root, verb.head
        if root.pos_ not in ("NOUN", "PROPN") or root.left_edge.i != sent.start or prep.dep_ != "prep" \
                or not any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
            continue
        if any(t.tag_ in FINITE_TAGS for t in _outside_quotations(sent) if t.i != verb.i):
            continue  # the sentence has a verb of its own
        words = [c for c in verb.children if c.i < verb.i]
        noun = next((c for c in reversed(words) if c.pos_ in ("NUM", "NOUN", "PROPN")), None)
        if noun is None or noun.i != verb.i - 1:
            continue  # ("of at least 5.9 hit": the number right before the verb is what the preposition took)
        noun.head, noun.dep_ = prep, "pobj"
        for word in words:
            if word.i != noun.i:
                word.head = noun
        for child in [c for c in root.children if c.i > verb.i]:
            child.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
        forget(doc)  # (the dependency columns read once per Doc are stale now)
    return doc


# Words that open a clause of time, which the parser may read for a preposition's object and a verb.
_TIME_MARKS = frozenset({"after", "before", "since", "until"})


def mend_prepositional_roots(doc: Doc) -> Doc:
    """Make the verb of a sentence whose root the parser made a preposition its main verb (see the module's
    docstring), in place.

    Args:
        doc: a parsed ``Doc``.

    Returns:
        The same ``Doc``.
    """
    for sent in doc.sents:
        root = sent.root
        if root.pos_ != "ADP":
            continue
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
        clauses = [c for c in root.children if c.dep_ == "advcl" and c.i > root.i and c.tag_ in FINITE_TAGS]
        if subject is None or len(clauses) != 1:
            continue
        verb = clauses[0]
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in _TIME_MARKS), None)
        noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if mark is None or noun is None or noun.pos_ != "NOUN" or not mark.i < noun.i:
            continue  # "after he fled", "after Smith left": a clause of its own
        if any(t.tag_ in FINITE_TAGS for t in doc[sent.start:mark.i]):
            continue
        moved = [c for c in root.children if c.i > verb.i or c.is_punct]
        verb.head = verb
        verb.dep_ = "ROOT"
        subject.head = verb
        root.head = subject
        root.dep_ = "prep"
        mark.head = root
        mark.dep_ = "prep"
        noun.head = mark
        noun.dep_ = "pobj"
        for child in moved:
            child.head = verb
    return doc
