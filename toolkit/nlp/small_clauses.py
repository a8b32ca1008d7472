"""Small clauses of a past participle: "reported as many as 32 hospitalised", "wants … the Afghan
government shut out of peace talks".

A verb of reporting, finding, perceiving, wanting or having may take for its complement a noun and a
bare past participle, with no "be" between them: a small clause, whose participle is passive and whose
noun is what the act was done to ("saw the building destroyed", "wants the troops withdrawn", "had his
car stolen"). The small model parses the noun as the participle's subject (``nsubj``) as if the
participle were a past tense: "Agence France-Presse reported as many as 32 hospitalised" then tells of
32 who hospitalised someone. English marks a past tense clause with its own tense, and a verb of these
kinds takes a tensed clause only as reported content; a form the tagger itself calls a participle
(``VBN``) with no auxiliary at all is no tensed clause. The noun is relabelled the participle's passive
subject (``nsubjpass``), so the event has no agent and the noun for its patient, reported as the
governing verb's content is.

A second small clause joined by "and" to one with an infinitive ("wants foreign forces to leave and the
Afghan government shut out of peace talks") the parser hangs on the governing verb as a conjunct clause
with a past tense: when the governing verb is in the present, the past form after "and" with a subject
of its own, no auxiliary and no object is the second complement, joined to the first and passive too (a
second clause of the writer's would keep the tense, or have an object: "wants peace and the army
withdrew its troops" is left).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from toolkit.nlp.lookups import indices_where

# Verbs that take a noun and a bare participle for complement (a closed set of the kinds named above).
SMALL_CLAUSE_VERBS = frozenset("""report find see watch hear want need like prefer require have get keep
    order declare consider""".split())

# Verbs of wanting: with an infinitive clause and a second complement joined by "and".
_WANTING = frozenset({"want", "need", "like", "prefer", "require", "wish"})

# Dependents that make a participle a verb group of its own, or give it an object it would not have in the passive.
_OWN_GROUP = frozenset({"aux", "auxpass", "dobj", "mark", "ccomp", "nsubjpass"})


def _subject(verb: Token) -> Token | None:
    """The participle's one subject, a noun, a number or a name before it."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].i > verb.i or subjects[0].pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    return subjects[0]


def _bare(verb: Token) -> bool:
    """A form with no auxiliary, object, subordinator or clause of its own."""
    return not any(c.dep_ in _OWN_GROUP for c in verb.children)


def _second_complement(verb: Token) -> Token | None:
    """The infinitive clause a conjunct past form pairs with, when it is a wanted verb's second complement
    ("wants foreign forces to leave and the Afghan government shut out"): the governing verb in the present,
    an infinitive complement with a subject of its own before the "and"."""
    head = verb.head
    if head.lemma_.lower() not in _WANTING or head.tag_ not in ("VBZ", "VBP") or verb.tag_ not in ("VBD", "VBN"):
        return None
    first = next((c for c in head.children if c.dep_ in ("ccomp", "xcomp") and head.i < c.i < verb.i
                  and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                  and any(g.dep_ == "nsubj" for g in c.children)), None)
    if first is None or not any(t.lower_ == "and" for t in verb.doc[first.right_edge.i + 1:verb.i]):
        return None
    return first


def _participle_by_its_conjunct(verb: Token) -> bool:
    """Whether a form the tagger called a past tense is shown a participle by the verb joined to it: a bare
    conjunct tagged ``VBN`` with no subject of its own ("Escape rooms see participants locked into a space and
    given clues": "given" is no past tense, and a past tense is never joined to a bare participle by "and"). The
    form must read the same in both ("locked"), as every regular verb's does."""
    return verb.tag_ == "VBD" and verb.lower_.endswith("ed") and any(
        c.dep_ == "conj" and c.tag_ == "VBN" and c.i > verb.i and _bare(c)
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in verb.children)


def mend_participle_small_clauses(doc: Doc) -> Doc:
    """Make the subject of a bare past participle in a small clause its passive subject (see the module's
    docstring). The parse is changed in place; the doc is returned."""
    for i in indices_where(doc, tag=("VBN", "VBD"), dep=("ccomp", "xcomp", "oprd", "conj")):
        verb = doc[i]
        head = verb.head
        if head.i == verb.i or head.lemma_.lower() not in SMALL_CLAUSE_VERBS or not _bare(verb):
            continue
        subject = _subject(verb)
        if subject is None:
            continue
        if verb.dep_ == "conj":
            first = _second_complement(verb)
            if first is None:
                continue
            verb.head = first
        elif (verb.tag_ != "VBN" and not _participle_by_its_conjunct(verb)) or subject.i < head.i:
            continue
        subject.dep_ = "nsubjpass"
    return doc


def small_clause_participle(verb: Token) -> bool:
    """Whether ``verb`` is the bare participle of a small clause as the mend left it: a past participle with a
    passive subject and no "be", the complement of a verb of :data:`SMALL_CLAUSE_VERBS` (or joined to one)."""
    if verb.tag_ not in ("VBN", "VBD") or not any(c.dep_ == "nsubjpass" for c in verb.children) \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    head = verb.head
    while head.dep_ in ("conj", "ccomp", "xcomp") and head.lemma_.lower() not in SMALL_CLAUSE_VERBS \
            and head.head.i != head.i:
        head = head.head
    return head.lemma_.lower() in SMALL_CLAUSE_VERBS

