"""Which of the people a sentence names as subjects is its topic, for a pronoun that opens the next sentence.

"Rod Blagojevich was jailed for corruption after he tried to sell Barack Obama's former U.S. Senate seat after
Obama was elected president. He was sentenced to fourteen years …": both men are subjects of the sentence before,
but Obama only of a clause of time inside it. English keeps its topic in the main clause's subject, and a "he" or
"she" that opens the next sentence as its own main subject goes on with that topic, not with whoever a
clause of time inside it named last. (Two people set side by side, "Duda said … while Brudziński wrote …", are
left to the resolver's order.) Used by :meth:`toolkit.nlp.person_resolver.PersonResolver.person_before`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_SUBJECTS = ("nsubj", "nsubjpass")


def _subject_word(word: Token) -> Token:
    """The head of the name a word belongs to ("Rod" → "Blagojevich"), or of the noun it stands in apposition to."""
    for _ in range(6):
        if word.dep_ in ("compound", "flat", "appos") and word.head.i != word.i:
            word = word.head
        else:
            break
    return word


def _main_clause_subject(word: Token) -> bool:
    """Whether the name at ``word`` is the subject of its sentence's main verb or of a verb joined to it."""
    head = _subject_word(word)
    if head.dep_ not in _SUBJECTS:
        return False
    verb = head.head
    for _ in range(6):
        if verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        else:
            break
    return verb.dep_ == "ROOT"


def opens_as_main_subject(doc: Doc, pronoun: int) -> bool:
    """Whether the pronoun at ``pronoun`` is the first word of its sentence, or the first after the quotation that
    opens it ("“We will not be intimidated by anybody,” he told reporters", round wire40), and the subject of its
    main verb."""
    word = doc[pronoun]
    start = word.sent.start
    opens = start == pronoun or (pronoun - start >= 3 and doc[start].is_quote and doc[pronoun - 1].is_quote)
    return opens and word.dep_ in _SUBJECTS and word.head.dep_ == "ROOT"


def topic_subjects(doc: Doc, pronoun: int, candidates: list[tuple[int, str]]) -> list[str]:
    """The names among ``candidates`` (token index, name: subjects before the pronoun) that are a main clause's
    subject, when the pronoun opens its sentence as its main subject and some other candidate is the subject of a
    subordinate clause only; otherwise the candidates' names as they are."""
    names = [name for _, name in candidates]
    if len(set(names)) < 2 or not opens_as_main_subject(doc, pronoun):
        return names
    topical = [name for position, name in candidates if _main_clause_subject(doc[position])]
    if not topical or not all(name in topical or _in_time_clause(doc[position]) for position, name in candidates):
        return names
    return topical


# Subordinators of time and of condition (closed classes). Not "while" or "whereas": "Duda said … while Brudziński
# wrote … He tweeted" sets two people side by side, and the one named last may well go on. A condition is no topic
# either: "Ola Olukoyede later threatened to resign if Mr Bello was not brought to trial" (round wire40).
_TIME_MARKS = frozenset({"after", "before", "since", "until", "till", "when", "once", "if", "unless"})


def _in_time_clause(word: Token) -> bool:
    """Whether the name at ``word`` stands in a clause of time or of condition, or in a clause inside one ("after he
    tried to sell …, after Obama was elected")."""
    for ancestor in _subject_word(word).ancestors:
        if ancestor.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in ancestor.children):
            return True
    return False
