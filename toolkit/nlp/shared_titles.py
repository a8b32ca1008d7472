"""Two titles joined before one name: one person, not a list.

News strings a person's posts together before the name ("CNN reporter and former Bill Clinton
White House Press Secretary Joe Lockhart questioned …", "Free and Equal Elections Foundation
founder and director Christina Tobin moderated both debates"). The small parser reads the first
post as a subject of its own and the name as its conjunct, so the subject became "CNN reporter and
Joe Lockhart", two agents. English does not let a singular count noun for a person stand alone as
a subject: without a determiner, a possessive or a number, "reporter" is a title, and a title
belongs to a name. So a bare singular noun for a person whose only conjunct is a person's name
that a title of its own precedes is that person.

Not so: a determiner or a possessive makes the first conjunct a person of its own ("the reporter
and Joe Lockhart", "his aide and Joe Lockhart"); a plural is a group ("Police and John Smith");
a name right after "and" is another person ("Senator Smith and John Doe"). Two bare posts
before one name ("US singer and lyricist Robert Hunter died") are that person too, wherever the
parser hangs the name.

Example:
    >>> title_holder(doc[4])  # "after CNN reporter and former … Press Secretary Joe Lockhart questioned"  # doctest: +SKIP
    Lockhart
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from toolkit.nlp.lexicon import PERSON_TITLES
from toolkit.nlp.lookups import indices_where
from toolkit.nlp.syntax import ROLE_WORDS

# Suffixes of English agent nouns ("reporter", "founder", "director", "columnist", "commentator").
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "eer")

# Dependants that make a noun a person of its own rather than a title.
_DETERMINING = frozenset({"det", "poss", "nummod", "predet", "quantmod"})


def _names_a_post(noun: Token) -> bool:
    """Whether a singular common noun names a post or an occupation."""
    word = noun.lemma_.lower()
    return word in ROLE_WORDS or word in PERSON_TITLES or word.endswith(_AGENT_SUFFIXES)


names_a_post = _names_a_post  # (a title read as a verb before a name: verbal_titles.py)


def bare_post(noun: Token) -> bool:
    """Whether a noun is a singular post with no determiner, possessive or number: a title."""
    return noun.tag_ == "NN" and not noun.ent_type_ and _names_a_post(noun) \
        and not any(c.dep_ in _DETERMINING for c in noun.children)


def title_holder(token: Token) -> Token | None:
    """The name a bare title shares with a second title joined to it (see the module's
    docstring), or None."""
    if not bare_post(token):
        return None
    conjuncts = [c for c in token.children if c.dep_ == "conj"]
    joiners = [c for c in token.children if c.dep_ == "cc"]
    if len(conjuncts) != 1 or len(joiners) != 1 or joiners[0].lower_ != "and":
        return None
    name = conjuncts[0]
    if bare_post(name):
        # "US singer and lyricist Robert Hunter died": the parser hangs the name on the first
        # post in apposition, or on the second as its head's compound
        return next((c for t in (token, name) for c in t.children
                     if c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"), None)
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return None
    after = name.doc[joiners[0].i + 1]
    # the second conjunct opens with a title of its own ("former … Press Secretary", "director"),
    # not with the name
    if after.ent_type_ == "PERSON" and after.ent_iob_ == "B":
        return None
    return name


def mend_titles_read_as_subjects(doc: Doc) -> Doc:
    """Make a name the only subject of its verb where the parser made the first of its titles a second one.

    In "Assistant to the President and OSTP Director Michael Kratsios chaired the … meeting" the small model
    makes both "Assistant" and "Kratsios" subjects of "chaired", with the "and" left on the first title and
    no conjunct after it: the event's subject would be an assistant with no name. Two posts joined by "and"
    before one name are that person's (see the module's docstring): a bare singular post (no determiner,
    possessive or number) whose subtree ends with the "and", followed at once by the words of the second
    subject, which open with a title of their own and close with a person's name, becomes a modifier of the
    name. A name right after "and" is another person ("Senator Smith and John Doe"), and a plural a group
    ("Police and John Smith"). Only the subjects of the parse are looked at. The parse is changed in place;
    the doc is returned.
    """
    for i in indices_where(doc, dep=("nsubj",), tag=("NN", "NNP")):
        post = doc[i]
        if post.ent_type_ == "PERSON" or not _names_a_post(post) \
                or any(c.dep_ in _DETERMINING or c.dep_ == "conj" for c in post.children):
            continue
        joiner = doc[post.right_edge.i]
        if joiner.dep_ != "cc" or joiner.lower_ != "and" or joiner.head.i != post.i or joiner.i + 2 >= len(doc):
            continue
        name = next((c for c in post.head.children if c.dep_ == "nsubj" and c.i > joiner.i), None)
        if name is None or name.ent_type_ != "PERSON" or name.pos_ != "PROPN" or name.left_edge.i != joiner.i + 1:
            continue
        after = doc[joiner.i + 1]
        if after.ent_type_ == "PERSON" and after.ent_iob_ == "B":
            continue  # "Senator Smith and John Doe": two people
        post.head, post.dep_ = name, "compound"  # "Assistant to the President and OSTP Director Michael Kratsios"
    return doc
