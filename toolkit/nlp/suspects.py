"""The one person a crime story names as its suspect, and the descriptions of the doer that stand for them.

A crime story often holds its doer's name back: the headline and the lead tell of them by a description ("Gunman
kills 1, wounds 2 at accounting office", "An accounting firm employee who was fired last week shot and killed a
woman …", "The murder trial of a suspended female employee who allegedly shot and killed two co-workers …"), and a
later sentence names the one the law has taken up: arrested, charged, arraigned, convicted, sentenced, held on
charges, found guilty ("Anthony LaCalamita III, 38, had been arrested …", "Yvonne Hiller, 43, is charged with
murder"). When the story names exactly one such person (:func:`named_suspect`), these descriptions are that person
(:func:`stands_for_suspect`):

- before the suspect is first named outside the headline, a description of a person that does harm (shoots, kills,
  stabs, opens fire …) as the subject, in a clause of its own ("who allegedly shot", "accused of wounding",
  "convicted of murdering"), or a perpetrator's noun ("Gunman kills 1"): news tells of a doer the first time by a
  description, then by name. After the name, "a woman opened fire" is someone new ("In February, a woman opened
  fire at the University of Alabama" in a story of another shooting); only "the gunman", "the killer" take the
  suspect up again.

A story with two people charged, or none, leaves every description as it is; so does a "not" ("was not charged").

Example:
    >>> named_suspect(doc, resolver.people, sentences)  # "… Anthony LaCalamita III, 38, had been arrested …"  # doctest: +SKIP
    ('Anthony LaCalamita III', 58)
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from toolkit.nlp.headlines import in_headline
from toolkit.nlp.lexicon import LAW_ACCUSING_VERBS, LAW_TAKING_UP_VERBS
from toolkit.nlp.pronoun_antecedents import person_noun
from toolkit.nlp.sentence_spans import Sentences

# Nouns that tell a person's holding by the law ("held on charges", "taken into custody").
_HOLDING_NOUNS = frozenset({"charge", "custody", "jail", "suspicion", "bail", "prison"})
# Acts of harm a crime's doer is told doing ("fire" only with no object but shots: "fired at Riva").
_HARM_VERBS = frozenset("""shoot kill stab murder wound attack assault strangle rape rob kidnap abduct slay behead
    injure beat bomb fire""".split())
# Nouns of a crime against a person ("accused of murder").
_CRIME_NOUNS = frozenset("""murder killing shooting stabbing assault rape robbery manslaughter homicide kidnapping
    attack""".split())
# Participles that hang a crime on a description ("accused of wounding", "convicted of murdering").
_CHARGING_PARTICIPLES = LAW_TAKING_UP_VERBS | LAW_ACCUSING_VERBS | {"suspect"}
# Nouns for the doer of a crime or an attack (a closed lexical class of crime reporting): "the killer", "the gunman",
# "the attacker", "the suspect".
PERPETRATOR_NOUNS = frozenset("""attacker killer gunman shooter assailant perpetrator murderer bomber hijacker
    culprit stabber suspect""".split())


def named_suspect(doc: Doc, people: list[tuple[int, str, bool, bool]], sentences: Sentences) -> tuple[str, int] | None:
    """The one person the law takes up in the text, and where the text first names them outside its headline.

    Args:
        doc: the parsed document.
        people: the resolver's named people, as ``(token index, canonical name, is subject, in quotation)``.
        sentences: the document's sentences (their entities).

    Returns:
        ``(name, token index)``, the fullest of the names with the suspect's surname; None when no one, or people of
        more than one surname, are arrested, charged, convicted …
    """
    taken: dict[str, str] = {}
    for at, name, _, quoted in people:
        ent = sentences.entities.get(at)
        if quoted or ent is None or not _taken_up(ent.root):
            continue
        surname = name.split()[-1]
        taken[surname] = max(taken.get(surname, name), name, key=len)
    if len(taken) != 1:
        return None
    surname, name = next(iter(taken.items()))
    first = next((at for at, other, _, quoted in people if not quoted and other.split()[-1] == surname
                  and not in_headline(doc[at])), None)
    return (name, first) if first is not None else None


def _taken_up(name: Token) -> bool:
    """Whether the clause around a person's name tells the law taking them up ("Orozco … was found guilty", "police
    arrested Smith", "Hiller is charged with murder", "Smith pleaded guilty", "The suspect, Smith, was charged"), or
    the name as a perpetrator's ("suspect Tom Lee", "Smith, the suspected gunman", "The gunman was identified as
    Smith")."""
    if any(c.dep_ in ("compound", "appos") and c.lemma_.lower() in PERPETRATOR_NOUNS for c in name.children):
        return True
    if name.dep_ == "appos":
        if name.head.lemma_.lower() in PERPETRATOR_NOUNS:
            return True
        name = name.head
    if name.dep_ == "pobj" and name.head.lower_ == "as" and name.head.head.lemma_.lower() == "identify":
        # "The gunman was identified as Smith", "police identified the shooter as Smith" (not "the victim")
        identify = name.head.head
        return any(c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in PERPETRATOR_NOUNS for c in identify.children)
    verb = name.head
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if name.dep_ == "nsubjpass":
        if lemma in LAW_TAKING_UP_VERBS:
            return True
        if lemma == "find":
            return any(c.lower_ == "guilty" for c in verb.children)
        if lemma in ("hold", "take"):
            return any(p.dep_ == "pobj" and p.lemma_.lower() in _HOLDING_NOUNS
                       for c in verb.children if c.dep_ == "prep" for p in c.children)
        if lemma in ("accuse", "suspect"):  # "is accused of killing …", not "of lying" or "of corruption"
            return any(p.lemma_.lower() in _HARM_VERBS or p.lemma_.lower() in _CRIME_NOUNS
                       for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)
        return False
    if name.dep_ == "dobj":
        return lemma in LAW_TAKING_UP_VERBS
    if name.dep_ == "nsubj":
        return lemma == "plead" or (lemma == "face" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("charge", "count", "trial") for c in verb.children))
    return False


def stands_for_suspect(token: Token, first_named: int) -> bool:
    """Whether a description stands for the story's suspect, first named at ``first_named`` (see the module's
    docstring).

    Args:
        token: the head noun of an unnamed description of a person ("employee" of "An accounting firm employee who
            was fired …").
        first_named: the token index of the suspect's first naming outside the headline.
    """
    perpetrator = token.lower_ in PERPETRATOR_NOUNS
    if token.ent_type_ or (token.tag_ != "NN" and not perpetrator) \
            or any(c.dep_ in ("appos", "poss") or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in token.children):
        return False
    determiner = next((c.lower_ for c in token.children if c.dep_ == "det"), None)
    if token.i > first_named:
        return perpetrator and determiner == "the" and token.tag_ == "NN"  # ("the gunman fatally shot her"; "a
        # woman" after the name is someone new)
    if token.tag_ != "NN" and not in_headline(token):
        return False  # (a headline's capitals make its first noun a name or an adjective to the model: "Gunman kills 1")
    if determiner not in (None, "a", "an", "the") or (determiner is None and not in_headline(token)):
        return False
    return perpetrator or (person_noun(token) and _does_harm(token))


def _does_harm(noun: Token) -> bool:
    """Whether a description is told doing harm: the subject of a verb of harm or of one joined to it ("shot and
    killed", "opened fire …, killing two"), or with a clause of its own that tells it ("who allegedly shot",
    "accused of wounding", "convicted of murdering")."""
    if noun.dep_ == "nsubj" and _harms(noun.head):
        return True
    for clause in noun.children:
        if clause.dep_ == "relcl" and _harms(clause):
            return True
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() in _CHARGING_PARTICIPLES:
            return True
    return False


def _harms(verb: Token) -> bool:
    """Whether a verb, or a verb joined to it that shares its subject, tells harm done ("opened fire", "shot and
    killed", "opened fire …, killing two")."""
    for act in [verb] + [c for c in verb.children if c.dep_ in ("conj", "advcl") and c.tag_ in ("VBD", "VBZ", "VBP", "VBG")
                         and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)]:
        lemma = act.lemma_.lower()
        objects = [c for c in act.children if c.dep_ == "dobj"]
        if lemma == "open" and any(o.lower_ == "fire" for o in objects):
            return True
        if lemma == "fire" and any(o.lemma_.lower() not in ("shot", "round") for o in objects):
            continue  # ("a manager fired the employee": dismissed)
        if lemma in _HARM_VERBS and not any(c.dep_ == "auxpass" for c in act.children):
            return True
    return False
