"""Common words written with a capital, which the small model takes for names: the ranks of the services
that proclamations capitalise in honour ("every American Soldier, Sailor, Marine, Airman, Guardian, and
Coast Guardsman": a person, a people, bodies), and a proclamation's connective set in capitals ("NOW,
THEREFORE, I, DONALD J. TRUMP": a person).

A proper name takes no quantifier and seldom a possessive of the first or second person ("every Sailor",
"our Soldiers"); when such a word stands before a list of three or more capitalised words that are each a
common English noun (the model's lemma tables, :func:`toolkit.nlp.mistags.english_words`), the list is
of common nouns and names no one. A word in capitals that is a function word of English (spaCy's stop
words) and long enough to be no acronym ("THEREFORE", "WHEREAS"; not "US", "IT", "WHO") names no one either.
And an abstract noun in "-ence" that proclamations capitalise for a nation ("our Nation's Independence",
"American Independence", "the Independence of the United States of America") is the nation's state, no
body. The adjective of an office or a body of state ("Congressional term limits") is no people.
:func:`drop_capitalised_common_nouns` drops all four.

A plural of a common English noun that opens a sentence or a quotation is capitalised for that place only
("Photographs showed the aircraft", "He said \"Guardrails can only take so much.\""); the model reads it as a
person or a body. :func:`plural_opening_a_sentence` tells it, so that :mod:`toolkit.nlp.mentions` drops it
unless the text writes the word with its capital elsewhere ("Sessions said" beside "Jeff Sessions").

Example:
    >>> [e.text for e in drop_capitalised_common_nouns(doc, list(doc.ents))]  # "… to our Soldiers, Sailors, Marines …"  # doctest: +SKIP
    []
"""

from __future__ import annotations

from spacy.attrs import LOWER, ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from toolkit.nlp.gazetteer import adjective_of_country, is_known_place
from toolkit.nlp.given_names import sex_of_given_name
from toolkit.nlp.lexicon import FAC_HEADS, LOC_HEADS, NAME_LABELS, NATIONALITY_ENDINGS, ORG_HEADS
from toolkit.nlp.lookups import indices_of
from toolkit.nlp.mistags import english_words

# Words before a noun that a proper name does not take: quantifiers, and possessives of the speaker and the
# hearer ("our Soldiers"; "his Microsoft" or "their Congress" may yet name a body).
_NOT_BEFORE_NAMES = frozenset({"every", "each", "any", "all", "our", "your", "my"})
# The fewest capitalised nouns in a list for it to be read as common nouns written with capitals.
_LIST_LENGTH = 3
# The fewest letters of a function word in capitals for it to be read as that word, no acronym ("US", "IT",
# "WHO", "AND" of four letters or fewer may be acronyms).
_CONNECTIVE_LETTERS = 5


def _conjuncts(token: Token) -> list[Token]:
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out += _conjuncts(child)
    return out


def _common_noun(token: Token, english: frozenset[str]) -> bool:
    """Whether a capitalised word, and the capitalised words compounded to it, are common nouns of English
    ("Coast Guardsmen" → guardsman)."""
    words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token]
    for word in words:
        if not word.is_title:
            return False
        lower = word.lower_
        forms = {lower, word.lemma_.lower(), lower[:-1] if lower.endswith("s") else lower,
                 lower[:-3] + "man" if lower.endswith("men") else lower}
        if not forms & english:
            return False
    return True


def _common_lists(doc: Doc, english: frozenset[str]) -> set[int]:
    """The token indices of lists of capitalised common nouns after a quantifier or "our"."""
    taken: set[int] = set()
    for i in indices_of(doc, LOWER, _NOT_BEFORE_NAMES):  # the quantifiers and possessives, not every token
        word = doc[i]
        token = word.head
        if (word.dep_ not in ("det", "poss") or token.i < i or token.dep_ == "conj" or not token.is_title
                or token.pos_ not in ("PROPN", "NOUN")):
            continue
        conjuncts = _conjuncts(token)
        if len(conjuncts) < _LIST_LENGTH or not all(_common_noun(c, english) for c in conjuncts):
            continue
        for c in conjuncts:
            taken.update(k.i for k in c.children if k.dep_ == "compound" and k.i < c.i)
            taken.add(c.i)
    return taken


# The ending of abstract nouns made from adjectives in "-ent" ("independence" of "independent"), which a
# polity's capitalised state takes; not "Defence", "Science" (no such adjective), nor a body's head ("Conference").
_ABSTRACT_ENDING = "ence"


def _polity(token: Token) -> bool:
    """Whether a word, with the capitalised words compounded to it, is a known country or state ("United
    States"), the noun "Nation", or a capitalised word shaped as a nation's adjective ("American")."""
    if token.lemma_.lower() == "nation" or token.is_title and (
            adjective_of_country(token.text) or token.lower_.endswith(NATIONALITY_ENDINGS)):
        return True  # ("American", whose country the gazetteer spells "United States")
    words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token]
    return is_known_place(" ".join(w.text for w in words))


def _a_polity_state(ent: Span, english: frozenset[str]) -> bool:
    """Whether a name is a polity's capitalised abstract noun ("American Independence", "our Nation's
    Independence", "the Independence of the United States of America")."""
    root = ent.root
    lower = root.lower_
    if (ent.label_ not in ("ORG", "GPE", "PERSON") or len(ent) < 2 or not root.is_title
            or not lower.endswith(_ABSTRACT_ENDING)
            or lower not in english or lower[: -len("ce")] + "t" not in english
            or lower in ORG_HEADS or lower in FAC_HEADS or lower in LOC_HEADS):
        return False
    for child in root.children:
        if child.dep_ in ("amod", "poss", "compound") and child.i < root.i and _polity(child):
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                g.dep_ == "pobj" and _polity(g) for g in child.children):
            return True
    return False


# The adjectives English derives from offices and bodies of state (a closed class of the lexicon), which news
# capitalises after the body ("Congressional term limits", "Parliamentary debate") and the model calls a people.
_OFFICE_ADJECTIVES = frozenset({"congressional", "parliamentary", "presidential", "senatorial", "gubernatorial",
                                "mayoral", "ministerial", "judicial", "legislative", "constitutional", "federal",
                                "municipal", "royal", "papal", "imperial"})


def drop_capitalised_common_nouns(doc: Doc, ents: list[Span]) -> list[Span]:
    """Drop the entities that are common nouns written with capitals: a list of them after "every" or "our"
    ("every American Soldier, Sailor, Marine, …"), or a function word in capitals ("THEREFORE").

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
    """
    if not ents:
        return ents
    out, lists, english = [], None, None
    for ent in ents:
        if ent.label_ == "NORP" and len(ent) == 1 and ent[0].lower_ in _OFFICE_ADJECTIVES:
            continue  # "Congressional term limits": the adjective of an office or a body, no people
        if ent.label_ in NAME_LABELS:
            if (len(ent) == 1 and ent[0].is_upper and ent[0].is_alpha and len(ent[0]) >= _CONNECTIVE_LETTERS
                    and ent[0].lower_ in STOP_WORDS):
                continue  # "NOW, THEREFORE, I, …"
            if english is None:
                english = english_words(doc.vocab)
            if english and _a_polity_state(ent, english):
                continue  # "the Independence of the United States of America"
            if ent[0].is_title:
                if lists is None:
                    lists = _common_lists(doc, english) if english else set()
                if lists and all(t.i in lists or t.is_punct for t in ent):
                    continue
        out.append(ent)
    return out


# Endings of English plurals and the ending of the singular each stands for ("guardrails" → guardrail, "boxes" →
# box, "agencies" → agency); a word in "-ss", "-us" or "-is" is no plural of that kind ("Congress", "Cyrus", "Paris").
_PLURAL_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""))
_NOT_PLURAL_ENDINGS = ("ss", "us", "is")


def _plural_of_english_noun(word: Token, english: frozenset[str]) -> bool:
    """Whether a capitalised word is the plural of a noun of the model's lemma tables ("Photographs",
    "Guardrails"; not "Reuters", "Congress")."""
    lower = word.lower_
    if not word.is_alpha or not lower.endswith("s") or lower.endswith(_NOT_PLURAL_ENDINGS):
        return False
    return any(lower.endswith(end) and lower[: len(lower) - len(end)] + stem in english
               for end, stem in _PLURAL_ENDINGS)


def _opens(token: Token) -> bool:
    """Whether a word opens its sentence, a quotation (right after an opening quotation mark) or a caption after
    the BBC's label ("Image caption, Crowds gathered on the bridges …", "Media caption, …"; round wire37c)."""
    if token.is_sent_start:
        return True
    before = token.doc[token.i - 1] if token.i else None
    return before is not None and (before.text in "“‘" or before.text == '"' and before.tag_ == "``"
                                   or before.text == "," and token.i >= 2 and token.doc[token.i - 2].lower_ == "caption")


def _capitalised_only_at_openings(word: Token) -> bool:
    """Whether the text writes ``word`` as it stands (its capital) only where a sentence, a quotation or a caption
    opens (see :func:`_opens`): a common word capitalised by its place, never a name written so elsewhere."""
    doc = word.doc
    return all(i == word.i or _opens(doc[i]) for i in indices_of(doc, ORTH, (word.text,)))


def _english_no_given_name(word: Token) -> bool:
    """Whether a word is one of English (the model's lemma tables) and no given name ("Brown", "Cook" are also
    surnames the text may mean, but the rules that call this ask for a common word by its use first)."""
    english = english_words(word.vocab)
    return bool(english) and word.lower_ in english and sex_of_given_name(word.text) is None


def plural_opening_a_sentence(span: Span, label: str) -> bool:
    """Whether a one-word person or body is a common noun's plural capitalised only because it opens a sentence
    or a quotation ("Photographs showed the aircraft, sans wings, …" PERSON; "He said \"Guardrails can only take
    so much.\"" ORG): the word is the plural of a noun of English (the model's lemma tables), and the text writes
    it with a capital nowhere else but at such a start ("Sessions said" beside "Attorney General Jeff Sessions" is
    the man).

    Args:
        span: a mention's span, one token.
        label: the mention's label.
    """
    if len(span) != 1 or label not in ("PERSON", "ORG"):
        return False
    word = span[0]
    if not word.is_title or not _opens(word):
        return False
    english = english_words(word.vocab)
    if not english or not _plural_of_english_noun(word, english):
        return False
    return _capitalised_only_at_openings(word)


def singular_noun_opening_a_sentence(span: Span, label: str) -> bool:
    """Whether a one-word person is a common noun capitalised only because it opens a sentence ("Turnout was about
    60%, the lowest since 2001" PERSON, round wire35c): the word is a noun of English (the model's lemma tables) and
    no given name, it is the subject of a verb of being or of a measure's change ("was", "fell"), and the text writes
    it with a capital nowhere else but at such a start ("Cook was" beside "Tim Cook" is the man). Only a person: a
    firm named by a word ("Target", "Shell", "Apple") opens sentences as a body.

    Args:
        span: a mention's span, one token.
        label: the mention's label.
    """
    if len(span) != 1 or label != "PERSON":
        return False
    word = span[0]
    if not word.is_title or not word.is_alpha or not word.is_sent_start or word.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if word.head.lemma_.lower() not in _MEASURE_VERBS or word.lower_.endswith(_AGENT_ENDINGS):
        return False  # only a measure that is or changes ("Turnout was", "Attendance fell"): "Politico regarded the
        # debate as …" is the outlet, "Baker said …" a surname; "Fisher", "Taylor": surnames made of trades
    if not _english_no_given_name(word):
        return False
    return _capitalised_only_at_openings(word)


def adjective_opening_a_sentence(span: Span, label: str) -> bool:
    """Whether a one-word person is an English adjective capitalised only because it opens a sentence, before the
    noun it qualifies ("Lunar landers and other gear … will be lofted" PERSON; round uner41): the tagger reads it
    as an adjective modifying the next word, a common noun; it is no given name; and the text writes it with a
    capital nowhere else but at such a start ("Brown supporters rallied" beside "Gordon Brown" is the man's).

    Args:
        span: a mention's span, one token.
        label: the mention's label.
    """
    if len(span) != 1 or label != "PERSON":
        return False
    word = span[0]
    if not (word.is_title and word.is_alpha and word.is_sent_start and word.tag_ == "JJ" and word.dep_ == "amod"
            and word.head.i == word.i + 1 and word.head.tag_ in ("NN", "NNS")):
        return False
    if not _english_no_given_name(word):
        return False
    return _capitalised_only_at_openings(word)


# The verbs of a measure's being and changing, whose subject the sentence-opening noun is.
_MEASURE_VERBS = frozenset({"be", "rise", "fall", "drop", "climb", "increase", "decrease", "double", "surge", "slump",
                            "reach", "hit", "stand"})
# The endings of English nouns of agents and trades, which are also surnames ("Baker", "Taylor", "Carpenter").
_AGENT_ENDINGS = ("er", "or", "ist", "man")


def common_noun_opening_a_list(span: Span, label: str) -> bool:
    """Whether a one-word name is a common noun capitalised only because it opens a sentence, at the head of a list
    of common nouns ("Emphasis, fine irony, blunt innuendos and other well used verbal devices fit into …" ORG):
    the tagger reads the word as a common noun, it is a noun of English (the model's lemma tables), a comma follows
    it and a lower-case noun joins it as the list's next member; and the text writes it with a capital nowhere but
    at such a start. A firm at the head of a list of others ("Apple, its rivals and …") is a proper noun to the
    tagger.

    Args:
        span: a mention's span, one token.
        label: the mention's label.
    """
    if len(span) != 1 or label not in ("PERSON", "ORG", "GPE", "LOC"):
        return False
    word = span[0]
    doc = word.doc
    if (not word.is_title or not word.is_alpha or word.pos_ != "NOUN" or not _opens(word)
            or word.i + 2 >= len(doc) or doc[word.i + 1].text != ","):
        return False
    if not any(c.dep_ in ("appos", "conj") and c.pos_ == "NOUN" and c.is_lower and c.i > word.i + 1
               for c in word.children):
        return False
    english = english_words(word.vocab)
    if not english or word.lower_ not in english:
        return False
    return _capitalised_only_at_openings(word)
