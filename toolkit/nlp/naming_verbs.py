"""A name given to a kind noun by a verb of naming: "a British colony called Southern Rhodesia", "a town
named Paradise", "a 25-room home known as the Blue House".

The noun the participle hangs on says what the name is, as a noun in apposition does ("Tell Tamer, a town
near …"): the parser makes the name the participle's predicate (``oprd``) or the object of its "as". A name set
off by ", (also) known as" right after another name is that thing's other name, of its kind ("Surakarta, also known
as Solo", round wire36b), wherever the parser hangs the participle.
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.media import kind_of

# Verbs of naming (a closed class): the participle after a noun that gives the noun its name.
_NAMING_VERBS = frozenset({"call", "name", "dub", "rename", "title", "know"})


def kind_by_naming(span: Span) -> str | None:
    """The label the noun before "called …", "named …", "known as …" gives the name, or None.

    Args:
        span: a name of the text.

    Returns:
        The label of the kind noun (:func:`~toolkit.nlp.media.kind_of`), or None where the name is not so
        named or the noun is no kind noun.
    """
    other = _other_name_of(span)
    if other is not None:
        return other
    noun = naming_noun(span)
    if noun is None:
        noun = _named_subject(span)
    return None if noun is None else kind_of(noun)


def naming_noun(span: Span, *, to_be: bool = False):
    """The lower-case noun a participle of naming gives ``span`` to ("a town named Paradise": "town"), or None; with
    ``to_be``, also a name to come, which the parser reads as a relative clause ("the new region, to be called
    Bangsamoro, would be governing itself", round ent39c: :mod:`toolkit.nlp.kind_places` takes it for territories
    only, as the vote reads a region's noun as a landform's)."""
    verb = _naming_participle(span)
    if verb is None or not (verb.head.pos_ == "NOUN" and verb.head.is_lower
                            and (verb.dep_ == "acl" or to_be and verb.dep_ == "relcl" and _to_be(verb))):
        return None
    return verb.head


def _named_subject(span: Span):
    """The lower-case noun a passive of naming names with ``span`` ("The town is called Paradise", "The platform used
    to be known as Twitter": "town", "platform"), or None: its passive subject, or the noun a catenative's clause
    hangs on ("used to be known", which the parser hangs on the noun as a participle)."""
    verb = _naming_participle(span)
    if verb is None or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None and verb.dep_ == "xcomp":
        catenative = verb.head
        subject = next((c for c in catenative.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and catenative.dep_ == "acl":
            subject = catenative.head
    if subject is None or subject.pos_ != "NOUN" or not subject.is_lower:
        return None
    return subject


def _naming_participle(span: Span):
    """The participle of naming ``span`` is the name given by ("named Paradise", "known as the Blue House": its
    complement, or the object of its "as"), or None."""
    root = span.root
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head  # "known as the Blue House"
    elif root.dep_ != "oprd":
        return None
    return verb if verb.lemma_.lower() in _NAMING_VERBS and verb.tag_ == "VBN" else None


def _to_be(verb) -> bool:
    """Whether a participle of naming the parser reads as a relative clause is a name to come ("to be called
    Bangsamoro"): "to be" before it, no subject of its own."""
    kids = {c.dep_: c.lower_ for c in verb.children}
    return kids.get("aux") == "to" and kids.get("auxpass") == "be" and "nsubjpass" not in kids


# The labels of names whose other name ", also known as …" gives.
_NAMED_AGAIN = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})


def _other_name_of(span: Span) -> str | None:
    """The label of the name right before ", known as" or ", also known as" and ``span`` ("Surakarta, also known as
    Solo"): the other name of one thing, of its kind; None where no name stands there."""
    doc, i = span.doc, span.start - 1
    if i < 2 or doc[i].lower_ != "as" or doc[i - 1].lower_ != "known":
        return None
    i -= 2
    if doc[i].lower_ == "also":
        i -= 1
    if i < 1 or doc[i].text != "," or doc[i - 1].ent_iob_ == "" or doc[i - 1].ent_type_ not in _NAMED_AGAIN:
        return None
    return doc[i - 1].ent_type_
