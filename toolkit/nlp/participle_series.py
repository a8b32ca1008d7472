"""Two participles of result joined by "and": the second is a verb, not an adjective of its object.

"… an earthquake struck Surigao del Sur, Philippines, injuring at least 25 people and damaging churches, houses,
and other infrastructure" (Wikinews, 2019): the small model reads "damaging" as a modifier of "churches" and
"churches" as a conjunct of "people", so that the quake injured the churches and did no damage. English joins the
participles of a clause's results as it joins verbs ("killing two and injuring dozens"); a participle right after the
"and" that joins it to the first participle's object, tagged a verb form (``VBG``) by the model, is the second verb
of that series, and the noun it modifies is its object. An adjective in ``-ing`` ("bringing heavy rain and damaging
winds") is tagged ``JJ`` and stays as it is. :func:`mend_participles_read_as_modifiers` hangs the parse so, in
place.

A series of past tenses does the same: "The earthquake reduced houses … to rubble, set off several landslides and
badly damaged roads" reads "badly damaged roads" as a second object of "set off", and the roads' damage is lost. A
past form (``VBN``/``VBD``) after the "and" (an adverb may stand between) that closes a series whose verbs a comma
joins ("reduced …, set off …") is the series' last verb, and the noun it modifies its object.

Example:
    >>> doc = mend_participles_read_as_modifiers(nlp("It struck, injuring 25 people and damaging churches."))  # doctest: +SKIP
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("damaging", "churches")]
    [('damaging', 'conj', 'injuring'), ('churches', 'dobj', 'damaging')]
"""

from __future__ import annotations

from spacy.tokens import Doc

from toolkit.nlp.lookups import indices_where

_COORDINATORS = frozenset({"and", "or"})


def mend_participles_read_as_modifiers(doc: Doc) -> Doc:
    """Make a participle read as an adjective of a conjunct object the second verb of a series (see the module's
    docstring), in place.

    Args:
        doc: a parsed ``Doc``.

    Returns:
        The same ``Doc``.
    """
    # (the participles read as modifiers found in the Doc's arrays first, not a Token made for every word: the mend
    # below changes no other token into one, a conjunct noun it makes an object being no "amod")
    for token in (doc[i] for i in indices_where(doc, tag=("VBG",), dep=("amod",))):
        if token.tag_ != "VBG" or token.dep_ != "amod" or token.i < 3 or doc[token.i - 1].lower_ not in _COORDINATORS:
            continue
        noun = token.head
        if noun.dep_ != "conj" or noun.i <= token.i:
            continue
        first = noun.head
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        verb = first.head
        if first.dep_ != "dobj" or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "xcomp", "pcomp"):
            continue  # only the object of a first participle ("injuring at least 25 people and damaging …")
        coordinator = doc[token.i - 1]
        token.head = verb
        token.dep_ = "conj"
        if coordinator.head.i == first.i:
            coordinator.head = verb
        noun.head = token
        noun.dep_ = "dobj"
    for token in (doc[i] for i in indices_where(doc, tag=("VBN", "VBD"), dep=("amod",))):
        _mend_past_in_series(token)
    return doc


def _mend_past_in_series(token) -> None:
    """Make a past form read as an adjective of a conjunct object the last verb of a series of past tenses joined by
    a comma ("reduced houses to rubble, set off several landslides and badly damaged roads")."""
    doc = token.doc
    before = token.i - 1
    if before >= 0 and doc[before].tag_ == "RB" and doc[before].head.i == token.i:
        before -= 1  # "and badly damaged"
    if before < 1 or doc[before].lower_ not in _COORDINATORS:
        return
    noun = token.head
    if noun.dep_ != "conj" or noun.i <= token.i:
        return
    first = noun.head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    verb = first.head
    if first.dep_ != "dobj" or verb.tag_ != "VBD" or verb.dep_ != "conj" or verb.left_edge.i < 1 \
            or doc[verb.left_edge.i - 1].text != "," or verb.head.tag_ != "VBD":
        return  # only a series of past tenses a comma joins ("reduced …, set off …")
    coordinator = doc[before]
    token.head, token.dep_ = verb.head, "conj"
    if coordinator.head.i == first.i:
        coordinator.head = verb.head
    noun.head, noun.dep_ = token, "dobj"
