"""Verbs the small model tags as something else, found again by a rule over the sentence.

A news sentence has a finite verb. When the parser finds none ("Trump ordered steeper
tariffs …" parsed as the noun "ordered" under the adjective "steeper"; "Trump reportedly
briefed European allies …" with "allies" as root), the verb is usually a word in "-ed"
right after a named subject. :func:`hidden_verbs` finds it so that the event is not lost;
:func:`noun_by_modifier` tells a plural noun tagged as a verb by the noun modifier on it;
:func:`verb_lemma` gives its lemma from the model's own lemma tables (not a word list);
:func:`titled_gerund` tells a gerund that opens a name ("its cornerstone initiative, Fostering the
Future"), :func:`adjective_in_ing` an adjective in "-ing" the tagger read as a progressive ("are
everlasting"), :func:`compared_gerund` a noun in "-ing" set against another by "vs" ("spending vs tax cuts").

Example:
    >>> [(v.text, s.text) for v, s, _ in hidden_verbs(doc)]      # doctest: +SKIP
    [('ordered', 'Trump')]
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from toolkit.nlp.lemma_tables import LemmaTables, lemma_tables
from toolkit.nlp.verb_classes import FEELING_VERBS

_WHO_LABELS = ("PERSON", "ORG", "GPE", "NORP")
_OBJECT_START = ("DET", "ADJ", "NOUN", "PROPN", "NUM")
_OBJECT_STOP = ("ADP", "PUNCT", "SCONJ", "CCONJ", "VERB", "AUX", "SPACE")


@lru_cache(maxsize=8)
def _tables(vocab=None) -> LemmaTables:  # asked once per word by some rules: looked up once per vocab
    from toolkit.nlp.model import load_model, model_of  # the lemma tables ship with the model

    return lemma_tables(load_model() if vocab is None else model_of(vocab))


def english_words(vocab=None) -> frozenset[str]:
    """Every lemma of the model's lemma tables (nouns, verbs, adjectives, adverbs): the common
    English words, to tell "Soros-backed" and "Biden-era" from "Wong Kwok-hing".

    Args:
        vocab: the Doc's vocab, to read the tables of the pipeline that parsed it; by default
            those of the default pipeline.
    """
    return _tables(vocab).words


# The share of a sentence's words not capitalised that are no English word above which the sentence
# is a passage in another language (an English sentence has a misspelling or a coinage or two).
_FOREIGN_SHARE = 0.5

# The fewest such words a span needs for its share to tell its language.
_FOREIGN_WORDS = 3


def foreign_verb(token) -> bool:
    """Whether a word tagged as a verb is a word of a passage in another language ("sien" of
    "Paris pleure les siens", "victime" of "aux familles des victimes"), which the tagger reads with
    English rules: the word is no English word by its form or lemma, and neither are at least
    half the words not capitalised (three or more) of its sentence or of the phrase it heads. A misspelt or new English verb ("hopitalised",
    "deplatforming") stands among English words and stays a verb."""
    english = english_words(token.vocab)
    if not english or token.lower_ in english or token.lemma_.lower() in english:
        return False
    def mostly_foreign(span) -> bool:
        # (the lemma tables hold no function words: English ones are the model's stop words)
        words = [t for t in span if t.is_alpha and not t.is_title and not t.is_upper]  # no names
        foreign = sum(1 for t in words if t.lower_ not in english and t.lemma_.lower() not in english and not t.is_stop)
        return len(words) >= _FOREIGN_WORDS and foreign >= _FOREIGN_SHARE * len(words)

    # the sentence, or the words the parser hangs on the verb when a foreign passage stands
    # inside an English sentence ("… ((es))Spanish language: hay muchos abortos pese a la amenaza
    # penal, President Fernández elaborated")
    return mostly_foreign(token.sent) or mostly_foreign(token.subtree)


def verb_lemma(word: str, vocab=None) -> str | None:
    """The lemma of a past form ("ordered" → "order", "agreed" → "agree", "carried" → "carry"),
    or None when the word is no verb form the model's tables know (``vocab`` as for
    :func:`english_words`)."""
    tables = _tables(vocab)
    index, irregular = tables.verbs, tables.irregular
    word = word.lower()
    if word in irregular:
        return irregular[word]
    if not word.endswith("ed"):
        return None
    candidates = [word[:-2], word[:-1], word[:-3] + "y" if word.endswith("ied") else None,
                  word[:-3] if len(word) > 4 and word[-3] == word[-4] else None]
    for stem in candidates:
        if stem and stem in index:
            return stem
    return None


def _subject_before(token: Token, sent: Span) -> Token | None:
    i = token.i - 1
    while i >= sent.start and token.doc[i].pos_ == "ADV":
        i -= 1  # "Trump reportedly briefed"
    if i < sent.start:
        return None
    before = token.doc[i]
    if before.pos_ == "PROPN" and before.ent_type_ in _WHO_LABELS:
        return before
    # "the out-of-control vehicles collided with the bus" parsed as a noun phrase with a
    # participle: the root noun right before the verb is its subject.
    if before.dep_ == "ROOT" and before.pos_ == "NOUN" and token.head.i == before.i and token.dep_ == "acl":
        return before
    return None


def _object_after(token: Token, sent: Span) -> Span | None:
    doc, end = token.doc, token.i + 1
    if end >= sent.end or doc[end].pos_ not in _OBJECT_START:
        return None
    while end < sent.end and doc[end].pos_ not in _OBJECT_STOP:
        end += 1
    return doc[token.i + 1 : end]


def hidden_verbs(doc: Doc, sents: list[Span] | None = None) -> Iterator[tuple[Token, Token, Span | None]]:
    """``(verb, subject, object)`` for each sentence without a verb at its root whose verb
    is a past form in "-ed" right after a named subject (adverbs between allowed), or whose root,
    tagged as a noun, has a subject and an object of its own."""
    for sent in (doc.sents if sents is None else sents):
        if sent.root.pos_ in ("VERB", "AUX"):
            continue
        if (found := _root_read_as_noun(sent)) is not None:
            yield found
            continue
        for token in sent:
            if token.pos_ in ("NOUN", "ADJ", "VERB") and token.lower_.endswith("ed") and token.dep_ != "ROOT" \
                    and not gives_an_age(token):
                subject = _subject_before(token, sent)
                if subject is not None and verb_lemma(token.text, doc.vocab):
                    yield token, subject, _object_after(token, sent)
                    break


def _root_read_as_noun(sent: Span) -> tuple[Token, Token, Span | None] | None:
    """``(verb, subject, object)`` when the sentence's root is a word tagged as a noun that the parse itself
    gives a subject before it and a direct object after it ("In June, consumer spending and industrial
    production beat expectations, …"): a noun takes neither, so the word is the verb, if it is one."""
    root = sent.root
    if root.pos_ != "NOUN" or root.lemma_.lower() not in _tables(root.vocab).verbs:
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    obj = next((c for c in root.children if c.dep_ == "dobj" and c.i > root.i), None)
    if subject is None or obj is None or not (root.is_ascii and subject.is_ascii and obj.is_ascii):
        return None  # (an English word in a sentence of another language is no English verb)
    if any(t.pos_ != "ADV" for t in sent.doc[subject.right_edge.i + 1 : root.i]):
        return None  # the subject's phrase ends right before the verb (adverbs between allowed)
    if any(t.tag_ in (":", "``", "''") for t in sent.doc[subject.left_edge.i : root.i]):
        return None  # ("Association President …: “The hotel and lodging industry congratulates …": a label and words)
    return root, subject, _object_after(root, sent)


def noun_by_modifier(verb: Token) -> bool:
    """Whether a word tagged as a verb is a noun by its dependents: the parser hung a noun
    modifier (``nmod``) on it from the left, which only a noun takes, and it has no subject
    ("the deadly sands of Omaha and Utah beaches": "beaches" tagged as a verb, "Omaha" its
    modifier; "the critical unmet medical need")."""
    return any(c.dep_ == "nmod" for c in verb.lefts) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


# English verbs whose simple past is spelt as their base form (a closed class of irregular verbs):
# a word tagged as a past that is none of these, ends in no "-ed" and is no irregular past of the
# model's tables is no past at all.
UNCHANGED_PASTS = frozenset("""bet bid broadcast burst bust cast cost cut fit forecast hit hurt input let offset
    output put quit read recast reset rid set shed shut slit split spread sublet thrust typecast undercut upset
    wed wet beat""".split())


def no_past_form(verb: Token) -> bool:
    """Whether a word tagged as a simple past (``VBD``) is spelt as no English past: not in "-ed",
    no irregular past of the model's tables ("went", "made", "began"), and none of the verbs whose
    past is their base ("put", "cut"). "the dusky Arion slug secretes an unusual glue": the noun
    "slug" tagged a past, its clause's real verb tagged a noun; the word does no act."""
    word = verb.lower_
    if verb.tag_ != "VBD" or not word.isalpha() or word.endswith("ed") or word in UNCHANGED_PASTS:
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.text in ("-", "–") and not verb.whitespace_:
        return False  # "Conyers co-founded …": a prefix split off its verb, which carries the clause
    return word not in _tables(verb.vocab).irregular


def gives_an_age(verb: Token) -> bool:
    """Whether "aged" before a number gives someone's age, an adjective the tagger took for a verb
    ("his daughter Gianna aged 13", "Children aged 0–14 years"): no act, whatever its parse. With an
    auxiliary it is a verb ("has aged ten years")."""
    if verb.lower_ != "aged" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return after is not None and after.like_num


# The labels of names that can open with a gerund: initiatives and bodies, works, events, laws, products.
_GERUND_NAMES = frozenset({"ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "FAC"})


def titled_gerund(verb: Token) -> bool:
    """Whether a capitalised gerund inside a sentence opens a name together with its object.

    English names initiatives, campaigns, books and films with a gerund phrase in title case ("its
    cornerstone initiative, Fostering the Future", "the documentary Leaving Neverland"). The tagger
    still reads the gerund as a verb and its object as the verb's, though the model's recogniser
    found the whole phrase as one name: no one does the act the name's words tell. A gerund that
    opens its sentence is capitalised anyway and is left alone.
    """
    if verb.tag_ != "VBG" or not verb.is_title or verb.ent_iob_ != "B" or verb.ent_type_ not in _GERUND_NAMES \
            or verb.is_sent_start:
        return False
    doc = verb.doc
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(doc[k].ent_iob_ == "I" for c in objects for k in range(verb.i + 1, c.i + 1))


def titled_relative(verb: Token) -> bool:
    """Whether a capitalised verb inside a sentence, whose subject is a capitalised "Who", "That" or
    "Which", belongs to the title of a work.

    English titles films and books with a noun and a relative clause in title case ("the César Award for
    Best Actress for The Old Lady Who Walked in the Sea", "The Man Who Knew Infinity", "The Spy Who Loved
    Me"); the parser reads the clause as a relative on the noun before it, so the award or the film
    "walked". Inside a sentence a relative pronoun is capitalised only in a title.
    """
    if not verb.is_title or verb.is_sent_start or verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.text in ("Who", "That", "Which") and not c.is_sent_start
               for c in verb.children)


# Marks after which a sentence's words may start with a capital: a quotation, a colon, a bracket, a dash.
_CAPITAL_OPENERS = frozenset({":", '"', "“", "‘", "'", "(", "[", "—", "–", "-", "…", ";"})


def capitalised_verb(verb: Token) -> bool:
    """Whether a "verb" is written with a capital inside its sentence: a name the tagger read as a verb.

    English writes its verbs in small letters; inside a sentence a capital opens a name ("…, Salling its intention
    to strengthen its chain": a firm, in a clause whose verb is left out after a comma) or a word of a title in title
    case. A capital at a sentence's start, after a quotation mark, a colon, a bracket or a dash, on a word in
    capitals throughout, or in a headline written in title case says nothing.
    """
    if not verb.text[:1].isupper() or verb.is_sent_start or verb.is_upper or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    return not (before.is_space or before.text in _CAPITAL_OPENERS or _in_title_case(verb.sent))


# Words a headline in title case leaves in small letters.
_TITLE_SMALL_WORDS = frozenset("a an the and or nor but of to in on at for by with as per vs via from into".split())


def _in_title_case(sentence: Span) -> bool:
    """Whether every word of a sentence but the small ones starts with a capital: a headline ("Zelensky Says
    Ukraine Will Not Cede Donbas After Witkoff Meets Putin"), whose verbs are capitalised with the rest."""
    words = [t for t in sentence if t.is_alpha and t.lower_ not in _TITLE_SMALL_WORDS]
    return len(words) >= 3 and all(t.text[:1].isupper() for t in words)


def adjective_in_ing(verb: Token) -> bool:
    """Whether a word in "-ing" tagged as a verb is an adjective or a noun of the model's lemma tables
    whose lemma is no verb: "the fundamentals of thoughtful leadership and continuous learning are
    everlasting" (lemmatised "everlaste"), "the results are outstanding". A true progressive
    ("are meeting", "are building") has a verb for lemma and stays; so does a word the tables do not
    know at all ("deplatforming"), which may be a new verb. An "-ing" of a verb of feeling after "be", with no
    object, is an adjective too ("may be enraging and absurd").
    """
    if verb.tag_ != "VBG" or not verb.lower_.endswith("ing"):
        return False
    if _of_feeling(verb):
        return True
    tables = _tables(verb.vocab)
    verbs, words = tables.verbs, tables.words
    return bool(verbs) and verb.lemma_.lower() not in verbs and verb.lower_ in words


def _of_feeling(verb: Token) -> bool:
    """Whether an "-ing" after "be" is of a verb that causes a feeling and has no object: "The world may be
    enraging and absurd", "The results were disappointing" say what a thing is like (the progressive takes the one
    who feels for object: "The delays were frustrating passengers"; "was sleeping" is of no such verb)."""
    if verb.lemma_.lower() not in FEELING_VERBS or not any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
        return False
    return not any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "prt", "dative") for c in verb.children)


# Words that set two things side by side: what stands right by them is a noun ("spending vs tax cuts").
_VERSUS = frozenset({"vs", "vs.", "versus", "v.", "v"})


def compared_gerund(verb: Token) -> bool:
    """Whether a word in "-ing" tagged as a verb stands right before or after "vs"/"versus": "One of the bigger
    points of confusion on the BBB is spending vs tax cuts" (read as the progressive "is spending"). "versus"
    sets a noun against a noun; a verb is not compared so.
    """
    if verb.tag_ != "VBG":
        return False
    doc = verb.doc
    return (verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in _VERSUS) or (
        verb.i > 0 and doc[verb.i - 1].lower_ in _VERSUS and doc[verb.i - 1].i > verb.sent.start)
