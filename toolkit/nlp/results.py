"""Teams named after their towns in a match's result: "Caloundra defeated Wynnum 45 points to 24".

Sports news names clubs by their towns ("Maroochydore defeated Caboolture 43–5"), and the small model,
seeing a town, often calls the club a place or a person in the report's other sentences. A verb of winning
whose phrase gives a score says what its subject and object are: sides of a match. A name that is such a
side, and no country (whether "France beat Croatia 4–2" names the country or its team, the golds have not
said) nor a name the model calls a person ("Nadal beat Federer 6–4": players win matches too), is a club,
a body: :func:`side_of_a_result` is evidence for the set-wide vote. So is a town's name in front of a side's
coach or captain and the person's name (:func:`side_of_its_staff`: "Caloundra coach Geoff Ingram said"), and
a town's name agreed with a plural verb (:func:`side_by_plural_agreement`: "Aberdeen are Scottish Cup winners").

Example:
    >>> side_of_a_result(doc.ents[0])   # "Caloundra defeated Wynnum 45 points to 24 …"   # doctest: +SKIP
    True
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from toolkit.nlp.gazetteer import known_countries, known_states_and_countries
from toolkit.nlp.lookups import span_text

# Verbs of winning a match over a side: a closed lexical class of sports reporting.
_WIN_VERBS = frozenset("""defeat beat edge thrash rout trounce overcome outclass outplay whitewash""".split())
# ... and the phrasal ones, with their particle ("University knocked off Noosa 32–22", "Wigan saw off Leeds").
_WIN_PHRASALS = {"knock": "off", "see": "off"}
# A score written as one word, two numbers joined by a dash ("43–5").
_SCORE = re.compile(r"\d{1,3}[–-]\d{1,3}")
_SIDES = frozenset({"nsubj", "dobj"})


def _is_score(token: Token) -> bool:
    """Whether a word is a score ("43–5") or a number of points ("45 points", "45")."""
    return bool(_SCORE.fullmatch(token.text)) or token.like_num or any(
        c.dep_ == "nummod" and c.like_num for c in token.children)


def _scored(verb: Token) -> bool:
    """Whether the verb's phrase gives a score: a number among its words or its object's, one level down."""
    return any(_is_score(c) or c.dep_ == "dobj" and any(_is_score(g) for g in c.children) for c in verb.children)


def _surname_of_someone_named(span: Span) -> bool:
    """Whether a one-word name is the last word of a person the text names in full ("Nadal" beside "Rafael Nadal"):
    in a sport of single players the sides of a result are people."""
    if len(span) != 1:
        return False
    word = span.text
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word for e in span.doc.ents)


def side_of_a_result(span: Span) -> bool:
    """Whether a name the model calls no person is the winner or the loser of a match: the subject or the object
    of a verb of winning whose phrase gives the score ("Caloundra defeated Wynnum 45 points to 24"; "defeated
    Caboolture 43–5", where the parser makes the score the object and the team its compound), or whose other side
    is a name too, neither a person nor a country or a state ("Manchester City beat Southampton", round wire36b);
    or a side of a draw or a loss to a named side ("Newcastle drew with Chelsea", "Leeds lost to Everton"). The
    verb may be phrasal ("knocked off") or one joined to a result with a score of its own (:func:`_winning`, round
    ent41b: "…, and University knocked of Noosa 32–22"). A one-word name that is the surname of someone the text names
    in full is a player, not a club ("The American beat Nadal" after "Rafael Nadal"): asked last, as it reads the
    document's entities."""
    return span.label_ != "PERSON" and _side_by_its_clause(span) and not _surname_of_someone_named(span)


def _side_by_its_clause(span: Span) -> bool:
    """:func:`side_of_a_result` read from the name's clause alone."""
    root = span.root
    if root.dep_ == "compound" and _SCORE.fullmatch(root.head.text):
        root = root.head
    if _country_or_state(span.text):
        return False
    if root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_ in _MATCH_PREPOSITIONS:
        return any(c.dep_ == "prep" and c.lower_ in _MATCH_PREPOSITIONS[root.head.lemma_]
                   and any(_a_side(g) for g in c.children if g.dep_ == "pobj") for c in root.head.children)
    if root.dep_ == "pobj" and _SCORE.fullmatch(root.text) and root.head.dep_ == "prep" \
            and root.head.i == root.head.head.i + 1:
        root = root.head  # "knocked of Noosa 32–22": the side and its score after a particle the parser read as
        # a preposition (the text's "of" for "off"), right after the verb
        verb = root.head
        return verb.pos_ == "VERB" and _winning(verb) and span.text.lower() not in known_countries()
    if root.dep_ not in _SIDES or root.head.pos_ != "VERB" or not _winning(root.head):
        return False
    if _scored(root.head) or _scored_after_preposition(root.head):
        return span.text.lower() not in known_countries()
    if root.head.lemma_ not in _WIN_VERBS:
        return False  # (a clause joined to a result tells a result only with its own score)
    other = "dobj" if root.dep_ == "nsubj" else "nsubj"
    return any(c.dep_ == other and _a_side(c) for c in root.head.children)


def _winning(verb: Token) -> bool:
    """Whether a verb tells a side's win: a verb of winning ("defeated"), a phrasal one with its particle
    ("knocked off", "saw off"), or a verb joined to such a verb whose own phrase gives a score, as a list of
    results runs on in clauses of their own ("Maroochydore defeated Caboolture 43–5, and University knocked of
    Noosa 32–22": the second clause a result too, whatever its verb)."""
    if verb.lemma_ in _WIN_VERBS:
        return True
    particle = _WIN_PHRASALS.get(verb.lemma_)
    if particle is not None and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return True
    return (verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.lemma_ in _WIN_VERBS
            and _scored(verb.head) and (_scored(verb) or _scored_after_preposition(verb)))


def _scored_after_preposition(verb: Token) -> bool:
    """Whether a score is the object of a preposition right after the verb ("knocked of Noosa 32–22")."""
    return any(c.dep_ == "prep" and c.i == verb.i + 1 and any(_SCORE.fullmatch(g.text) for g in c.children)
               for c in verb.children)


# Verbs of a match that is no win, with the prepositions that bring the other side: "drew with Chelsea", "drew
# against Chelsea", "lost to Everton" (a closed class of sports reporting).
_MATCH_PREPOSITIONS = {"draw": frozenset({"with", "against"}), "lose": frozenset({"to"})}


def _a_side(token: Token) -> bool:
    """Whether a word is a name the model calls no person, no country and no state: the other side of a match."""
    if token.ent_type_ in ("", "PERSON") or token.ent_iob_ == "":
        return False
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return ent is not None and ent.label_ != "PERSON" and not _country_or_state(ent.text)


def _country_or_state(name: str) -> bool:
    """Whether a name is a country, a nation of the United Kingdom or a US state (its team or itself in a match,
    the golds have not said), as written or in lower case."""
    return name in known_states_and_countries() or name.lower() in known_countries()


# The roles of a side's people that sports news writes between the side's name and the person's ("Caloundra
# coach Geoff Ingram", "Maroochydore captain Sam Marshall"): a closed class of sports reporting ("manager" not:
# "Biden campaign manager", "Facebook manager").
_SIDE_ROLES = frozenset({"coach", "captain", "skipper"})


def side_of_its_staff(span: Span) -> bool:
    """Whether a name the model calls no person stands right before a side's role and a capitalised name
    ("Caloundra coach Geoff Ingram said"): the side of a match, a club, where the name is no country or state
    ("England coach", "Texas coach": whether the team or the place, the golds have not said)."""
    doc = span.doc
    j = span.end
    if span.label_ == "PERSON" or j + 1 >= len(doc) or doc[j].lower_ not in _SIDE_ROLES or not doc[j].is_lower:
        return False
    after = doc[j + 1]
    if not (after.is_title and after.ent_type_ == "PERSON"):
        return False
    return span.text not in known_states_and_countries()  # (the gazetteer spells names with capitals)


# The forms of "be" and "have" that agree only with a plural subject.
_PLURAL_FORMS = frozenset({"are", "have", "'re", "'ve"})  # (not "were": "if Turkey were to reconsider", a subjunctive)


def side_by_plural_agreement(span: Span) -> bool:
    """Whether a singular name the model calls no person takes a plural verb: "Aberdeen are Scottish Cup winners",
    "Liverpool have agreed a British record fee". British and Commonwealth sports news agrees a club, named after
    its town, with a plural verb, as it agrees no town: the name is a side, a club. Not a name of plural form
    ("Rangers", "the Netherlands"), one coordinated with another ("Aberdeen and Dundee are"), a country or a state
    (its team or itself, the golds have not said), a people ("Inuit in Nunavut were following"), nor a name after
    "the"."""
    doc = span.doc
    root = span.root
    if (span.label_ not in ("ORG", "GPE", "LOC", "FAC") or root.dep_ != "nsubj" or span[-1].lower_.endswith("s")
            or any(c.dep_ in ("conj", "cc") for c in root.children)
            or span.start > 0 and doc[span.start - 1].lower_ == "the"):
        return False
    verb = root.head
    if any(c.dep_ in ("aux", "auxpass") and c.i < span.start for c in verb.children):
        return False  # "Does Rubenwardy have any places in mind?": a question's auxiliary agrees, before the name
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i > span.start]
    # "Liverpool have agreed" (not "Easter Island does not have streams": the first auxiliary agrees), the plural
    # form right after the name (a tagger's VBP elsewhere is often a base form it misread)
    agreeing = min(auxiliaries, key=lambda c: c.i) if auxiliaries else verb
    if agreeing.i != span.end or agreeing.lower_ not in _PLURAL_FORMS:
        return False
    return span.text.lower() not in known_states_and_countries()


def _score_at(doc: Doc, i: int) -> int:
    """The number of tokens of a score written at ``i`` ("2-2" one token, or "5", "-", "1" three with no spaces);
    0 where none is."""
    if _SCORE.fullmatch(doc[i].text):
        return 1
    if (i + 2 < len(doc) and doc[i].text.isdigit() and doc[i + 1].text in ("-", "–") and doc[i + 2].text.isdigit()
            and not doc[i].whitespace_ and not doc[i + 1].whitespace_ and len(doc[i].text) <= 2
            and len(doc[i + 2].text) <= 2):
        return 3
    return 0


_NAME_LABELS = frozenset({"ORG", "GPE", "PERSON", "LOC", "FAC", "EVENT", "NORP", "PRODUCT", "WORK_OF_ART"})


def names_split_at_scores(ents: list[Span]) -> list[Span]:
    """A name the model ran over a match's score (the result headline "Liverpool 2-2 Arsenal: Slot's side held"
    → "Liverpool 2-2 Arsenal: Slot"; "Liverpool beat Tottenham 5-1 last month" → "Tottenham 5-1 last month", round
    wire36b): no name holds a score between capitalised words, so the name before the score is one side, and the
    capitalised words right after it, up to a word in lower case or a punctuation mark, the other; the rest goes.
    A score opening the span is left (it names nothing)."""
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        if ent.label_ not in _NAME_LABELS or not any(c.isdigit() for c in span_text(ent)):
            out.append(ent)  # (no name, or no score's digit in it: passed by before a Token is made per word)
            continue
        cut = next(((i, n) for i in range(ent.start + 1, ent.end) if (n := _score_at(doc, i))), None)
        if cut is None or not doc[ent.start].is_title:
            out.append(ent)
            continue
        i, n = cut
        out.append(Span(doc, ent.start, i, label=ent.label_))
        end = i + n
        while end < ent.end and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end > i + n:
            out.append(Span(doc, i + n, end, label=ent.label_))
    return out
