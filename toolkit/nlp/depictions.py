"""A picture or a recording that "shows" something depicts it: no act of the picture.

:func:`toolkit.nlp.events.events` asks this of every candidate verb. A rule of English news
language: "show" or "depict" with a noun of an image or a recording for subject and an object
("Photos and video from the blaze showed thick smoke with flames visible at windows", "Footage from
the City University Student Union showed a group of protesters throwing things …", "Photographs
showed the aircraft, sans wings, …") tells what the picture holds, the way a reporter describes a
scene; the picture does nothing, and the verb is no event. What it shows happening is told by the
participle after the object (:mod:`toolkit.nlp.perception`), and a clause it shows by
:mod:`toolkit.nlp.findings`. A person who shows something ("The inventor previously presented the
device", "showed reporters the damage") acts, and is left alone.

The nouns of an image or a recording are a lexical class (photo, video, footage, map, …).

Example:
    >>> depicts(doc[6], "show")  # "Photos and video from the blaze showed thick smoke"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.descriptions import active_subject
from toolkit.nlp.verb_classes import DEPICTION_VERBS

# Verbs of depicting (:data:`toolkit.nlp.predicates.DEPICTION_VERBS`, which findings.py reads too): with a picture
# for subject they tell what it holds.
DEPICTING_VERBS = DEPICTION_VERBS

# Nouns of an image or a recording (a lexical class).
IMAGE_NOUNS = frozenset("""photo photograph picture image imagery video footage film clip recording still snapshot
    screenshot map chart graph diagram scan x-ray livestream broadcast""".split())


def depicts(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is an active "show"/"depict" with an object and a noun of an image or a
    recording for subject (see the module's docstring)."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    subject = active_subject(verb, lemma, DEPICTING_VERBS)
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in IMAGE_NOUNS
