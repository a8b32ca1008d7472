"""A title before a person's name that the small model read as a verb.

Occupations that English spells like verbs ("engineer", "host", "referee") stand as titles before a name: "Amateur
researcher and systems engineer Yutaka Iwasaki of Kobe, Japan came across military records …". After a plural noun
("systems") the small model tags the title as a present-tense verb, its subject the words before it and the name its
object, and hangs it as a clause of the sentence's real verb, whose subject becomes the place after the name ("Japan
came across …"): two wrong events, "researcher engineer Yutaka Iwasaki" and "Japan come across records".

English grammar settles it: a tensed verb that opens a clause of another verb needs a word that joins it ("when",
"as", "and"); a bare present form joined to nothing, right before a name it would take as object, under a verb that
comes after that name, is no verb. When the word names a post (an agent noun: "-er", "-eer", "-or", "-ist", or a
role word) it is the name's title, and the name is the subject of the verb after it; a place the parser made that
verb's subject is the place of the name's "of" phrase ("of Kobe, Japan"). :func:`mend_titles_read_as_verbs` mends the
parse so. Not when the word is the sentence's main verb ("Voters elect Joe Biden …"), has an auxiliary or a word that
joins it ("as hosts engineer John Smith's return"), when the verb after the name has a subject of its own that is no
place, or when the word names no post ("Officials say John Smith came …": "say" is the main verb anyway).

Example:
    >>> doc = mend_titles_read_as_verbs(nlp("… systems engineer Yutaka Iwasaki of Kobe, Japan came …"))  # doctest: +SKIP
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("engineer", "Iwasaki", "Japan")]
    [('engineer', 'compound', 'Iwasaki'), ('Iwasaki', 'nsubj', 'came'), ('Japan', 'appos', 'Kobe')]
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from toolkit.nlp.lookups import forget, indices_where
from toolkit.nlp.shared_titles import names_a_post

# Clauses the parser hangs a misread title under, on the verb after the name.
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "csubj", "conj", "dep"})

# Words that would join a clause to the verb (then the word may be a verb after all).
_JOINING = frozenset({"mark", "aux", "auxpass", "neg", "cc"})


def _name_after(word: Token) -> Token | None:
    """The head of the person's name that opens right after ``word`` and that the parser made its object."""
    doc = word.doc
    if word.i + 1 >= len(doc) or doc[word.i + 1].ent_type_ != "PERSON" or doc[word.i + 1].ent_iob_ != "B":
        return None
    return next((c for c in word.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON" and c.i > word.i), None)


def mend_titles_read_as_verbs(doc: Doc) -> Doc:
    """Make a post read as a present-tense verb before a name the title of that name, and the name the subject of
    the verb after it (see the module's docstring). The parse is changed in place; the doc is returned."""
    for i in indices_where(doc, tag=("VBP", "VB")):
        word = doc[i]
        if word.dep_ not in _CLAUSE_DEPS or word.head.i <= i or word.head.pos_ not in ("VERB", "AUX") \
                or not names_a_post(word) or any(c.dep_ in _JOINING for c in word.children):
            continue
        name = _name_after(word)
        verb = word.head
        if name is None or verb.i <= name.i:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.ent_type_ not in ("GPE", "LOC") for s in subjects):
            continue  # the verb after the name has a subject of its own
        before = [c for c in word.children if c.dep_ == "nsubj" and c.i < i]
        if any(c.pos_ != "NOUN" or any(d.dep_ in ("det", "poss") for d in c.children) for c in before):
            continue  # "The hosts engineer …", "Their guards …": a subject of its own
        for place in subjects:  # "of Kobe, Japan came": the country of the name's place
            host = next((t for t in reversed(doc[name.i + 1:place.i]) if t.ent_type_ in ("GPE", "LOC")), name)
            place.head, place.dep_ = host, "appos"
        for title in before:  # "Amateur researcher and systems engineer": the name's titles
            title.head, title.dep_ = name, "compound"
        name.head, name.dep_ = verb, "nsubj"
        word.head, word.dep_ = name, "compound"
        word.tag_, word.pos_ = "NN", "NOUN"
        forget(doc)  # (the tags read once per Doc are stale now)
    return doc
