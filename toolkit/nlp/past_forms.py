"""Past tenses that are never past participles.

The small model tags many past forms "VBD" that stand as participles ("…, also called parole"), so a bare past
form joined to a passive verb is read as one more passive ("was arrested and charged"). But English verbs whose
past tense and past participle differ ("came"/"come", "went"/"gone", "took"/"taken") show the tense in the
word itself: "his patrol was ambushed by a claymore mine and came under a dense barrage of enemy fire" joins an
active "came" to the passive, and the patrol came under fire, not the mine. The forms are a closed class of
English (the strong and irregular verbs); forms shared by tense and participle ("found", "held", "made") and
those also used as a participle in some usage ("got", "proved", "showed") are left out.

Example:
    >>> past_tense_only(nlp("The patrol came under fire.")[2])  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Simple past forms no participle shares (lower case).
_PAST_ONLY = frozenset("""
arose ate awoke became began bit blew bore broke came chose did drank drew drove fell flew forbade forgave forgot
forsook froze gave grew hid knew lay overcame overran overtook ran rang rode rose sang sank saw shook shrank slew
spoke stole stank strode strove swam swore took tore threw trod undertook underwent was went were woke wore wove
withdrew wrote
""".split())


def no_participle(verb: Token) -> bool:
    """Whether a word the model reads as a passive's participle has a form no participle has: after "be" it is an
    adjective ("They were broke": without money; the passive is "were broken"), whatever the tag."""
    return verb.lower_ in _PAST_ONLY


def past_tense_only(verb: Token) -> bool:
    """Whether ``verb`` is a simple past form that cannot be a past participle ("came", "took", "wrote")."""
    return verb.tag_ == "VBD" and verb.lower_ in _PAST_ONLY
