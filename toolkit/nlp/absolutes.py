"""Absolute "with" clauses: in "with" + a noun + a past participle, the noun is acted on.

English sets a circumstance before or after a clause with "with", a noun and a participle: "With
NASA's James Webb Telescope scheduled to be deployed next year, the paper suggests researchers could
observe smaller exoplanets", "with the votes counted". The past form there is a passive participle:
the telescope is scheduled (by someone unnamed), it schedules nothing. The small model tags the
participle as a past tense ("scheduled/VBD") with the noun as its subject, so the noun would be read
as the agent of an act. :func:`absolute_participle` tells such a verb, which gives no row: its agent
is not named, and the circumstance is the setting of the main clause's news.
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.verb_classes import BODY_NOUNS


def absolute_participle(verb: Token) -> bool:
    """Whether ``verb`` is the past participle of an absolute "with" clause (see the module).

    Args:
        verb: a candidate event's verb.

    Returns:
        True for "scheduled" in "With NASA's James Webb Telescope scheduled to be deployed …".
    """
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    opener = verb.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    marked = any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children)
    return marked or (opener is not None and opener.lower_ == "with" and opener.head.i == verb.i)


def mend_with_absolutes(doc) -> None:
    """Give an absolute "with" clause whose participle the parser hung on the main verb its own subject, in place.

    In "The measure failed 49-51, with Sens. Rand Paul (R-Ky.) and Susan Collins (R-Maine) joining Democrats in
    support" the small model makes the names the object of "with" and "joining" a participle of "failed", so the
    measure would join the Democrats. A participle in "-ing" with no subject of its own right after the noun phrase
    of a "with" set off by a comma (no comma between the two) is that phrase's predicate, as in "with two Republicans joining Democrats",
    which the model parses so.

    Args:
        doc: a parsed ``Doc``.
    """
    from spacy.attrs import LOWER

    from toolkit.nlp.lookups import indices_of

    for i in indices_of(doc, LOWER, ("with",)):  # (the "with" tokens only, found in the Doc's column)
        token = doc[i]
        if token.dep_ != "prep" or i == 0 or doc[i - 1].text != ",":
            continue  # an absolute clause is set off by a comma ("failed 49-51, with …"); "charged with one count …
            # pertaining to …" is the verb's own "with"
        noun = next((c for c in token.children if c.dep_ == "pobj"), None)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        after = noun.right_edge.i + 1
        if after >= len(doc):
            continue
        verb = doc[after]
        # ("with South Carolina Governor Henry McMaster following suit": "following" read as a preposition)
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "prep") or verb.head.i != token.head.i \
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            verb = _participle_on_the_noun(noun)
            if verb is None:
                continue
        verb.head = token
        verb.dep_ = "pcomp"
        noun.head = verb
        noun.dep_ = "nsubj"
        for child in verb.children:
            if child.dep_ == "pobj":
                child.dep_ = "dobj"  # ("following suit": the participle's object, no preposition's)
        _take_its_time(doc, verb, token.head)


def _take_its_time(doc, verb, main) -> None:
    """Hang on the absolute's participle a time word that ends the sentence right after it and that the parser hung
    on the main verb ("…, with South Carolina Governor Henry McMaster following suit yesterday.": McMaster's
    yesterday, not the declaring's): the time closes the clause it follows."""
    after = verb.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after + 1].is_alpha:
        return
    time = doc[after]
    if time.dep_ == "npadvmod" and time.ent_type_ in ("DATE", "TIME") and time.head.i == main.i \
            and not any(c.dep_ != "punct" for c in time.children):
        time.head = verb


def _participle_on_the_noun(noun):
    """The participle in "-ing" the parser hung on the noun of an absolute "with" as a modifier ("Other countries
    had similar protests, with 35 thousand students protesting in Belgium": "protesting" an ``acl`` of "students"),
    when it follows the noun's own words with nothing between (no comma, no other phrase after the head) and has
    no subject or auxiliary of its own; ``None`` otherwise. Set off by the comma before "with", the phrase is a
    clause of its own whose subject is the noun: the students protested. Without the comma ("lives with a man
    working at the bank", "met with officials representing the union") "with" is the verb's own and the
    participle describes the noun; :func:`mend_with_absolutes` asks for the comma first."""
    verb = next((c for c in noun.children if c.dep_ == "acl" and c.i > noun.i), None)
    if verb is None or verb.tag_ != "VBG" or verb.i != max([noun.i] + [c.right_edge.i for c in noun.children
                                                                          if noun.i < c.i < verb.i]) + 1:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return None
    return verb



# Plural nouns of people who act in a group, counted in news ("35 thousand students", "200 workers"): a lexical
# class.
_PEOPLE_PLURALS = frozenset("""people person student worker protester protestor demonstrator resident citizen voter
    supporter member fan soldier officer employee teacher doctor nurse farmer activist migrant refugee pupil child
    man woman volunteer participant attendee spectator delegate""".split())


def acting_group(subject: Token) -> bool:
    """Whether the subject of an absolute "with" clause is people counted ("with 35 thousand students protesting in
    Belgium", "with at least 200 workers striking") or a body that acts ("with officials reporting at the time …"):
    like a name, the ones who did it. A thing, even counted ("with temperatures reaching 40 degrees", "with two
    trains blocking the line"), is a circumstance, and so are people not counted ("with visitors queuing
    outside")."""
    if subject.pos_ != "NOUN":
        return False
    lemma = subject.lemma_.lower()
    if lemma in BODY_NOUNS or subject.lower_ in BODY_NOUNS:
        return True
    return lemma in _PEOPLE_PLURALS and any(c.dep_ == "nummod" for c in subject.children)
