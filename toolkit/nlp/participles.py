"""Naming participles the parser read as finite verbs: descriptions of a noun, not acts.

English names a thing with a past participle of naming after its noun ("the elite group within
Scientology called the Sea Org", "a Polish chef named Łukasz"): a reduced relative, with no
auxiliary and no subject of its own. The small model sometimes hangs such a participle on the
sentence as a clause, with the noun it follows as its subject, and the noun then "calls" the
name. The grammar tells it apart from an act of naming without a list of verbs: the name is a
predicate complement (``oprd``) that is a noun, and there is neither a direct object nor a
passive; an active verb of naming has the one named as its object ("Trump called Biden a
loser"), a passive has "be" ("he was named captain"), and an adjective after the verb is a
result or a verdict, an act ("tested positive", "pled not guilty").

A past participle joined to a copula shares its "be" and is a passive ("The Polaroids were ready
in an instant and immediately displayed at the entry", "she was kept at Flag Land Base until she was
eighteen and then transferred to the Freewinds"): the copula's subject is what was displayed or
transferred, not who did it (:func:`joined_to_copula`, asked by :func:`toolkit.nlp.agents.agent_of`).

A trailing participle clause ("…, selecting a single new flag design") tells what happens with the
event of the clause before it, and so in that event's time: "is to be held …, selecting" and "will
be held …, selecting" are plans, and the participle takes the clause's modality
(:func:`participle_head` gives that clause, also to the later members of a list of such participles;
its negation is the clause's own: "did not attend,
citing illness" still cites). After a negated clause the participle gives the reason for a refusal
or a denial, and that reason was given: "Trump would not commit to a peaceful transfer of power,
claiming the possibility of fraud", "said legalization would not be helpful, cautioning about the
dangers": the claim and the caution were made, so the clause's "would" is not theirs
(:func:`modal_head` gives the clause only when it is not negated).

A past participle right after a noun, with no coordinator or comma before it and no subject or
auxiliary of its own, describes that noun even when the parser joins it to the verb of the clause
as a conjunct ("GSA is supporting the … work … by providing top tech talent focused on delivering
high-quality software development": the talent is focused, GSA focuses on nothing): English joins
a second act with "and" or a comma (:func:`modifies_noun_before`); so does one with its "by" agent that the
parser hangs on the verb as an adverbial clause ("came from the National Bison Range in western Montana run by
the U.S. federal government": the government runs the range, told as a description, not news). A past form joined by "and" to
an adjective that stands right before its noun is an adjective too ("such as meats, poultry, eggs,
airfares, used and new cars, and apparel": no one used cars) (:func:`paired_with_adjective`).

Example:
    >>> naming_participle(doc[13])  # "… a defector … called the Sea Org was first persuaded …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import conjunct_root, finite, inherits
from toolkit.nlp.negation import negated

_OBJECTS_OR_PASSIVE = frozenset({"dobj", "dative", "auxpass", "nsubjpass", "agent"})
_NOMINAL = frozenset({"NOUN", "PROPN"})


def naming_participle(verb: Token) -> bool:
    """Whether ``verb`` gives a noun as a name (``oprd``) with no object and no passive ("the
    elite group … called the Sea Org"): a participle describing the noun before it, no act."""
    children = list(verb.children)
    return any(c.dep_ == "oprd" and c.pos_ in _NOMINAL for c in children) \
        and not any(c.dep_ in _OBJECTS_OR_PASSIVE for c in children)


def modifies_noun_before(verb: Token) -> bool:
    """Whether ``verb`` is a past participle joined as a conjunct with nothing between it and the
    noun before it ("by providing top tech talent focused on delivering …"), or hung as an adverbial
    clause right after a noun with its agent ("came from the National Bison Range in western Montana run
    by the U.S. federal government"): a reduced relative."""
    if verb.dep_ == "advcl":
        return _agent_participle_after_noun(verb)
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.i == 0 or verb.head.i > verb.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in _NOMINAL or noun.i == verb.head.i:
        return False
    # the conjunct's coordinator hangs on its head: "and"/"or" or a comma between head and verb joins two acts
    return not any(c.dep_ in ("cc", "punct") and verb.head.i < c.i < verb.i and c.text in (",", ";", "and", "or", "but")
                   for c in verb.head.children)


def _agent_participle_after_noun(verb: Token) -> bool:
    """Whether an adverbial clause is a bare past participle with a "by" agent right after a noun, with no comma,
    subject, auxiliary or subordinator: English sets off a participle clause of the sentence by a comma ("The
    ship sank, hit by a torpedo") or puts it after a verb ("arrived accompanied by his lawyer"); one that runs
    on from a noun and names its agent describes that noun ("a range run by the federal government")."""
    if verb.tag_ != "VBN" or verb.i == 0 or verb.head.i > verb.i or verb.doc[verb.i - 1].pos_ not in _NOMINAL:
        return False
    children = list(verb.children)
    return any(c.dep_ == "agent" for c in children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in children)


def paired_with_adjective(verb: Token) -> bool:
    """Whether a past form with no auxiliary of its own is joined by "and"/"or" to an adjective
    right before its object ("used and new cars"): both describe the noun. (The parser may still
    give it a subject far before: "Prices in key areas — such as …, used and new cars, … — all went
    down".)"""
    doc, i = verb.doc, verb.i
    if verb.tag_ not in ("VBD", "VBN") or i + 3 >= len(doc):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    coordinator, adjective, noun = doc[i + 1], doc[i + 2], doc[i + 3]
    return coordinator.lower_ in ("and", "or") and adjective.tag_ == "JJ" and adjective.dep_ == "conj" \
        and adjective.head.i == i and noun.pos_ in _NOMINAL and noun.head.i == i and noun.dep_ == "dobj"


def joined_to_copula(verb: Token) -> bool:
    """Whether ``verb`` is a past participle with no auxiliary of its own joined to a copula "be"
    ("were ready … and immediately displayed"): it shares the "be", so it is a passive."""
    head = verb.head
    if verb.dep_ != "conj" or head.lemma_ != "be" or head.pos_ != "AUX" or head.dep_ in ("aux", "auxpass"):
        return False
    if verb.tag_ == "VBD" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
            and not any(c.dep_ in ("dobj", "aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        # "the star is not exactly spherical, but instead oblate, bulged at its equator": a past form
        # in a list of the copula's complements after a comma, with no object, is a participle too
        return True
    return verb.tag_ == "VBN" and not finite(verb)


def participle_head(verb: Token) -> Token | None:
    """The verb a trailing participle clause (an ``-ing`` adverbial clause after its head, with no
    subject or subordinator of its own) goes with, if ``verb`` heads one ("…, selecting …") or is
    a later member of its list ("will play an essential role …, providing strategic oversight,
    mobilizing international resources, and ensuring accountability": all three are the role's)."""
    if verb.dep_ == "conj" and verb.tag_ == "VBG" and inherits(verb):
        verb = conjunct_root(verb)
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < verb.head.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in verb.children):
        return None
    return verb.head


def modal_head(verb: Token) -> Token | None:
    """The clause whose modality a trailing participle takes: :func:`participle_head`, unless
    that clause is negated ("would not commit …, claiming …": the reason for a refusal was given)."""
    head = participle_head(verb)
    return None if head is None or negated(head) else head
