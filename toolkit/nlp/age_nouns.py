"""A description by age ("the teenager", "the toddler", "the pensioner") of the one person the text gave such an age.

News gives a person's age once, with the name ("Sixteen-year-old Kimani Gray was shot …", "Kimani Gray, 16, …",
"Jean Smith, aged 84"), and then may call them by what that age makes them: "the teenager adjusted his belt", "the
toddler was found …", "the pensioner told police …". :func:`named_by_age` reads such a description as the one
person named before it whose given age it fits (a teenager is 13 to 19, a toddler 1 to 3, a pensioner 65 or more;
a boy or a girl under 18, of that sex where the text shows it). Two people of fitting ages, or none, leave the
description as it is; so does a description with a modifier or a clause of its own ("the teenager's mother", "a
teenager", "the other teenager").

Example:
    >>> named_by_age(doc[24], resolver, sentences)  # "… the teenager adjusted his belt" after "16-year-old Kimani Gray"  # doctest: +SKIP
    'Kimani Gray'
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.dates import number
from toolkit.nlp.sentence_spans import Sentences

# The ages each noun of age names, in years (inclusive), and the sex it names, if any.
AGE_NOUNS = {"teenager": (13, 19, None), "teen": (13, 19, None), "toddler": (1, 3, None), "baby": (0, 1, None),
             "infant": (0, 1, None), "boy": (0, 17, "m"), "girl": (0, 17, "f"), "pensioner": (65, 130, None),
             "octogenarian": (80, 89, None), "nonagenarian": (90, 99, None), "centenarian": (100, 130, None)}


def named_by_age(token: Token, resolver, sentences: Sentences) -> str | None:
    """The one person named before ``token`` whose given age its noun of age fits, or None (see the module's
    docstring).

    Args:
        token: the head noun of a subject ("teenager" of "the teenager adjusted his belt").
        resolver: the document's :class:`~toolkit.nlp.person_resolver.PersonResolver` (its people and their sexes).
        sentences: the document's sentences (their entities).
    """
    span = AGE_NOUNS.get(token.lemma_.lower())
    if span is None or token.tag_ != "NN" or token.ent_type_ \
            or [c.lower_ for c in token.children if c.dep_ not in ("punct",)] != ["the"]:
        return None
    low, high, sex = span
    fitting: set[str] = set()
    for at, name, _, quoted in resolver.people:
        if at >= token.i:
            break
        ent = sentences.entities.get(at)
        age = given_age(ent) if ent is not None and not quoted else None
        if age is not None and low <= age <= high and (sex is None or resolver.gender.get(name, sex) == sex):
            fitting.add(name)  # (by the whole name: a brother and a sister share a surname)
    return next(iter(fitting)) if len(fitting) == 1 else None


def given_age(ent) -> int | None:
    """The age the text gives a person's name: "16-year-old Kimani Gray", "Kimani Gray, 16,", "Jean Smith, aged 84"."""
    doc = ent.doc
    before = [t for t in doc[max(ent.start - 6, 0):ent.start] if t.text != "-"]  # ("16", "year", "old")
    if len(before) >= 3 and before[-1].lower_ == "old" and before[-2].lemma_.lower() == "year":
        return number(before[-3].lower_)
    after = doc[ent.end:ent.end + 4]
    if len(after) >= 3 and after[0].text == "," and after[1].lower_ == "aged":
        return number(after[2].lower_)
    if len(after) >= 3 and after[0].text == "," and after[1].like_num and after[2].text in (",", ".", ";"):
        return number(after[1].lower_)
    return None
