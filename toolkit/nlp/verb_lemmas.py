"""The lemma of a verb whose base ends in a silent "e": "hoped" is "hope", not "hop".

spaCy's English rule lemmatizer strips a suffix and keeps the first base its verb list knows: for "hoped" it tries
"hop" before "hope", and both are verbs, so "hoped", "hopes" and "hoping" become "hop"; so do "coped" ("cop"),
"moped", "taped", "pined" and the like. The events then miss every rule written for "hope" (a verb of intention,
a stance) and show "Jim Himes hop". English spelling tells the two apart: a verb whose base ends in one vowel and
one consonant doubles the consonant before "-ed", "-es" and "-ing" when its last syllable is stressed ("hop",
"hopped", "hopping"), and the base with a silent "e" drops only the "e" ("hope", "hoped", "hoping"). So a form
that keeps a single consonant comes from the base with the "e" when that base is a verb too.
:func:`mend_verb_lemmas` gives such forms that base, after the lemmatizer (a pipeline component of
:mod:`toolkit.nlp.model`).

Example:
    >>> [t.lemma_ for t in load_model()("She hoped it would work.")][1]  # doctest: +SKIP
    'hope'
"""

from __future__ import annotations

import numpy as np
from spacy.tokens import Doc

_VOWELS = frozenset("aeiou")
# Consonants English never doubles at a word's end ("snowed", "fixed", "played").
_NEVER_DOUBLED = frozenset("wxyh")
_VERB_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBG"})


def _single_consonant_end(base: str) -> bool:
    """Whether a base ends in consonant, one vowel, one consonant ("hop", "tap"), the shape that doubles."""
    return (len(base) >= 3 and base[-1] not in _VOWELS and base[-1] not in _NEVER_DOUBLED and base[-1].isalpha()
            and base[-2] in _VOWELS and base[-3] not in _VOWELS)


def _forms_of_e_base(base: str) -> tuple[str, str, str]:
    """The "-ed", "-es" and "-ing" forms of the base with a silent "e" ("hoped", "hopes", "hoping")."""
    return base + "ed", base + "es", base + "ing"


# Prefixes English puts before an irregular verb, which keeps its forms ("overshoot", "overshot"; "outsell", "outsold").
_PREFIXES = ("over", "under", "out", "mis", "fore", "with", "up")
_PAST_TAGS = frozenset({"VBD", "VBN", "VBP"})


def _mend_prefixed_irregulars(doc: Doc, tags, irregular: dict[str, str]) -> None:
    """Give a prefixed irregular past the base of the verb it is made on ("overshot" → "overshoot", "outsold" →
    "outsell"): the lemmatizer knows "shot" and "sold" but not the prefixed forms, leaves them as they stand and the
    tagger, not knowing a past, reads the form as a present ("The aircraft overshot the runway": VBP). English makes
    these verbs by the prefix alone, so the past is the prefix and the irregular past, and a present in the third
    person would have been "overshoots"; the form is told as a past (VBD) where it was tagged a present."""
    wanted = [doc.vocab.strings[t] for t in _PAST_TAGS]
    for i in np.flatnonzero(np.isin(tags, wanted)).tolist():
        token = doc[i]
        form = token.lower_
        if token.lemma_.lower() != form or not form.startswith(_PREFIXES):
            continue  # (the cheap tests first: a form the lemmatizer knew has another lemma)
        prefix = next(p for p in _PREFIXES if form.startswith(p))
        base = irregular.get(form[len(prefix):])
        if base is None or base == form[len(prefix):] or len(form) - len(prefix) < 3:
            continue  # ("outrun", "upset": the past is the base, and a present keeps its tag)
        token.lemma_ = prefix + base
        if token.tag_ == "VBP":
            token.tag_ = "VBD"


def _base_in_y(form: str, base: str, verbs: frozenset[str]) -> str | None:
    """The base in "-y" of a verb the lemmatizer does not know, where it gave an "-e" after the "y" ("cosplaying" →
    "cosplaye"): English adds "-ing" and "-ed" to a base in a vowel and "y" as it stands ("play", "playing",
    "played"), and a base in "-ye" keeps its "e" before "-ing" ("dye", "dyeing"), so a form "…ying" or "…yed" whose
    lemma "…ye" is no known verb comes from the base in "y". A short base ("eye", "eying") is left alone."""
    if len(base) < 5 or not base.endswith("ye") or base in verbs or base[-3] not in _VOWELS:
        return None
    stem = base[:-1]
    return stem if form in (stem + "ing", stem + "ed") else None


def mend_verb_lemmas(doc: Doc, verbs: frozenset[str], irregular: dict[str, str] | None = None) -> Doc:
    """Give a verb form with a single final consonant the base with a silent "e" where the lemmatizer chose the
    base without it and both are verbs (see the module's docstring), in place.

    Args:
        doc: a tagged and lemmatized ``Doc``.
        verbs: the lemmatizer's verb bases.

    Returns:
        The same ``Doc``.
    """
    if not len(doc):
        return doc
    from spacy.attrs import TAG

    tags = doc.to_array([TAG]).ravel()
    if irregular:
        _mend_prefixed_irregulars(doc, tags, irregular)
    wanted = [doc.vocab.strings[t] for t in _VERB_TAGS]
    for i in np.flatnonzero(np.isin(tags, wanted)).tolist():  # (the verb forms only, found in the tag column)
        token = doc[i]
        base = token.lemma_
        if (y_base := _base_in_y(token.lower_, base, verbs)) is not None:
            token.lemma_ = y_base  # "cosplaying" is "cosplay", not "cosplaye"
            continue
        if not _single_consonant_end(base) or base + "e" not in verbs:
            continue
        if token.lower_ in _forms_of_e_base(base):  # "hoped", "hopes", "hoping" (not "hopped", "hops", "hopping")
            token.lemma_ = base + "e"
    return doc
