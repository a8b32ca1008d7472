"""A name given to a kind noun by a verb of naming: "a British colony called Southern Rhodesia", "a town
named Paradise", "a 25-room home known as the Blue House".

The noun the participle hangs on says what the name is, as a noun in apposition does ("Tell Tamer, a town
near …"): the parser makes the name the participle's predicate (``oprd``) or the object of its "as".
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
    root = span.root
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head  # "known as the Blue House"
    elif root.dep_ != "oprd":
        return None
    if not (verb.lemma_.lower() in _NAMING_VERBS and verb.tag_ == "VBN" and verb.dep_ == "acl"
            and verb.head.pos_ == "NOUN" and verb.head.is_lower):
        return None
    return kind_of(verb.head)
