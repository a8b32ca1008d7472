"""A lead's description of a person whom the next sentence names: news's delayed identification.

A news lead often holds back a name that would mean little to the reader and tells of the person by a
description instead; the sentence after it gives the name with the same role as its title ("On Friday, a federal
judge in Texas ruled the … practice of registering men but not women for the draft … is unconstitutional. In
response to a lawsuit by …, U.S. District Judge Gray Miller ruled …"). The description is that person: the one the
story is about, not an unnamed one.

:func:`named_next` reads it so when the description (a common noun of a role, with "a", "an" or "the" and no
name of its own) is a subject before anyone is named in the text, and the next sentence's main subject is the one
person the text gives that role as title ("Judge Gray Miller") or in apposition. A description after someone is named is read
back to the people before, by the resolver; a role named in no title of the next sentence leaves the description
as it is ("A man was arrested. Police said the suspect …").

An indefinite description of a person ("A Michigan man shot to death one person …") is also named by the next
sentence's subject when that subject is a definite description of a person with the name set off after it ("The
suspect, 38-year-old Anthony LaCalamita, was …", "The suspect, identified as Anthony LaCalamita, entered …"): "the"
takes the lead's person up again, and the apposition or the participle names them.

So is it in a court report when the next sentence's subject is a name given with an age and no title, as a private
person is named on first mention: the lead tells what its unnamed defendant did or underwent before the law ("A man
has denied arson following a fire at a Somerset supermarket. ⏎ Robert Pitman, 24, is accused of setting fire to the
store"), and so does the headline's bare noun above it ("Man denies arson"). The age must fit the description's noun
(a man or a woman is grown; a boy, a girl, a teenager is of that age: the ages of :mod:`toolkit.nlp.age_nouns`), the
name's sex, where the text shows it, the noun's, and the lead must tell of no other unnamed person ("A man stabbed a
shopkeeper": either may be the one named). A lead of no act before the law ("A man has died after a crash") may be
followed by the name of someone else (the driver arrested). A name the next sentence gives otherwise (a police chief
who speaks) names nobody of the lead.

Example:
    >>> named_next(doc[5], resolver, sentences)  # "a federal judge", then "U.S. District Judge Gray Miller"  # doctest: +SKIP
    'Gray Miller'
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.age_nouns import AGE_NOUNS, given_age
from toolkit.nlp.headlines import in_headline
from toolkit.nlp.identifications import identified_name
from toolkit.nlp.lexicon import LAW_TAKING_UP_VERBS
from toolkit.nlp.pronoun_antecedents import person_noun
from toolkit.nlp.sentence_spans import Sentences

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ARTICLES = frozenset({"a", "an", "the"})
_PLACES = frozenset({"GPE", "NORP", "LOC"})
# Nouns of a grown person of one sex, named in a lead before the name is given with the age (ages in years).
_GROWN = {"man": (16, 130, "m"), "woman": (16, 130, "f")}
# What a court report's lead tells its unnamed defendant doing or undergoing ("A man has denied arson", "has admitted
# …", "has appeared in court", "has been charged"): the one the next sentence names is that defendant. ("A man has
# died after a crash" may be followed by the named driver arrested for it.)
_COURT_VERBS = LAW_TAKING_UP_VERBS | {"deny", "admit", "plead", "appear", "accuse", "face"}


def named_next(token: Token, resolver, sentences: Sentences) -> str | None:
    """The person the next sentence names with the role of the description ``token``, when ``token`` is a lead's
    description (see the module's docstring); else None.

    Args:
        token: the head noun of a subject.
        resolver: the document's :class:`~toolkit.nlp.person_resolver.PersonResolver` (its people and their titles).
        sentences: the document's sentences.
    """
    if (lead_noun := _headline_noun(token, sentences)) is not None:
        return named_next(lead_noun, resolver, sentences)  # "Man denies arson" ⏎ "A man has denied arson …"
    if token.dep_ not in _SUBJECTS or token.tag_ != "NN" or token.ent_type_ \
            or not any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in token.children) \
            or any(c.dep_ in ("appos", "poss") or (c.dep_ == "compound" and c.ent_type_ not in _PLACES)
                   for c in token.children):  # ("a Michigan man": a place's name tells where from, no name)
        return None
    if resolver.people and resolver.people[0][0] < token.i:
        return None  # someone named before: the resolver reads it back
    holders = resolver.titles.get(token.lemma_.lower())
    if not holders:
        return _named_in_apposition(token, resolver, sentences)  # "A Michigan man …" ⏎ "The suspect, … LaCalamita"
    after = int(sentences.index[token.i]) + 1
    # (the name is that sentence's subject, as the description was the lead's: the story goes on with its actor)
    named = [name for name, at in holders.items() if int(sentences.index[at]) == after and at in resolver.main_subjects]
    return named[0] if len(named) == 1 and len(holders) == 1 else None


def _named_in_apposition(token: Token, resolver, sentences: Sentences) -> str | None:
    """The person set off after the next sentence's subject, a definite description of a person ("The suspect,
    38-year-old Anthony LaCalamita, …"), when ``token`` is an indefinite one of a person ("A Michigan man")."""
    if not person_noun(token) or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return None
    after = int(sentences.index[token.i]) + 1
    if after >= len(sentences.spans):
        return None
    span = sentences.spans[after]
    named = {at: name for at, name, _, _ in resolver.people}
    main = {span.root.i} | {c.i for c in span.root.children if c.dep_ == "ccomp"}  # (also under "…, the police said")
    for subject in (t for t in span if t.dep_ in _SUBJECTS and t.head.i in main):
        if subject.tag_ != "NN" or not person_noun(subject) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            continue
        names = [c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        identified = identified_name(subject)  # "The suspect, identified as Anthony LaCalamita, entered …"
        for appos in names + ([identified] if identified is not None else []):
            ent = next((e for e in appos.doc.ents if e.start <= appos.i < e.end), None)
            if ent is not None and ent.start in named:
                return named[ent.start]
    return _named_with_an_age(token, span, main, named, resolver, sentences)


def _headline_noun(token: Token, sentences: Sentences) -> Token | None:
    """The lead's subject that a headline's bare noun of a person stands for ("Man denies arson" ⏎ "A man has denied
    arson …"): headlines drop the article, and the lead tells the same act of the same noun with "a" or "an"."""
    if token.dep_ not in _SUBJECTS or token.ent_type_ or any(c.dep_ in ("det", "poss") for c in token.children) \
            or token.lower_ not in _GROWN and token.lower_ not in AGE_NOUNS or not in_headline(token):
        return None
    at = int(sentences.index[token.i])
    for span in sentences.spans[at + 1:at + 3]:
        if in_headline(span[0]):
            continue  # (a sub-headline)
        return next((t for t in span if t.dep_ in _SUBJECTS and t.lower_ == token.lower_ and t.tag_ == "NN"
                     and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)), None)
    return None


def _unnamed_object(noun: Token) -> bool:
    """Whether a noun is a verb's object brought in with "a", "an" or a number ("stabbed a shopkeeper", "attacked two
    women"): someone the sentence may name next, as well as its subject."""
    return noun.dep_ == "dobj" and any(c.dep_ in ("det", "nummod") and (c.lower_ in ("a", "an") or c.like_num)
                                       for c in noun.children)


def _named_with_an_age(token: Token, span, main: set[int], named: dict[int, str], resolver,
                       sentences: Sentences) -> str | None:
    """The person the next sentence's subject names with an age of the lead's noun ("A man has denied arson …" ⏎
    "Robert Pitman, 24, is accused …"), named there for the first time."""
    fits = _GROWN.get(token.lemma_.lower()) or AGE_NOUNS.get(token.lemma_.lower())
    verb = token.head
    if fits is None or verb.lemma_.lower() not in _COURT_VERBS \
            or not (verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT"):
        return None  # (the lead's own subject, also under "…, police said": "… after a man died" is someone else)
    lead = sentences.spans[int(sentences.index[token.i])]
    if any(t.i != token.i and t.pos_ == "NOUN" and (person_noun(t) or _unnamed_object(t)) for t in lead):
        return None  # "A man stabbed a shopkeeper …" ⏎ "Jake Smith, 47, …": either may be the one named
    low, high, sex = fits
    first: dict[str, int] = {}
    for at, name, _, _ in resolver.people:
        first.setdefault(name, at)
    for subject in (t for t in span if t.dep_ in _SUBJECTS and t.head.i in main and t.ent_type_ == "PERSON"):
        ent = sentences.entities.get(subject.i)
        name = named.get(ent.start) if ent is not None else None
        age = given_age(ent) if name is not None and first[name] == ent.start else None
        if age is not None and low <= age <= high and (sex is None or resolver.gender.get(name, sex) == sex):
            return name
    return None
