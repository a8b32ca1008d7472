"""A definite description by a role the text has given to one named person or body: "the guitarist", "the band".

News names someone once with a role and goes on with the role alone: "Guitarist Eddie Van Halen … has died …. The
guitarist formed Van Halen with his brother"; "the band Van Halen … The band eventually rose …" (Wikinews, 2020). An
analyst writes the name. The role is given to a name in one of three ways: as a title before it ("guitarist Eddie Van
Halen", "the band Van Halen"), as an apposition ("Eddie Van Halen, the guitarist", "the guitarist, Eddie Van Halen")
or by a copula ("Van Halen was a guitarist"). The table of roles is made once per document (:func:`_roles`); a
subject "the <role>", with no other word of its own ("the president of Turkey" is another), stands for the one name that role was given to before
it. Two names given the same role ("guitarist Eddie Van Halen … guitarist Steve Lukather"), or a body's name that
says the role as its head beside the one given it ("the Life and Liberty Party, a … party" after "the Green Party"
and "the Reform Party": which party "the party" is the text does not make certain), or a role given to no name leave the description as it is, and so do a name given as a kind ("the plane, a Beechcraft Sierra") and
a copula denied ("Corona is not a virus").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from toolkit.nlp.lookups import entities

_NAMES = frozenset({"PERSON", "ORG"})
_last: list = [None, None]  # the document the table was made for, and its table (one document at a time)


def _role_of(ent) -> list[Token]:
    """The common nouns a name is given as its role: a title just before it, an apposition, a copula's complement."""
    doc, root = ent.doc, ent.root
    out = []
    if ent.start > 0 and doc[ent.start - 1].lower_ in ("a", "an"):
        return out  # "the … plane, a Beechcraft Sierra": a name of a kind (a make, a model), not of one thing
    if ent.start > 0:
        before = doc[ent.start - 1]
        if before.pos_ == "NOUN" and before.tag_ == "NN" and before.head.i == root.i and before.dep_ == "compound":
            out.append(before)  # "guitarist Eddie Van Halen", "the band Van Halen"
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.tag_ == "NN":
            out.append(child)  # "Eddie Van Halen, the guitarist"
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.tag_ == "NN":
        out.append(root.head)  # "the guitarist, Eddie Van Halen"
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and not any(c.dep_ == "neg" for c in root.head.children):
        out += [c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.tag_ == "NN"]
    return out


def _roles(doc: Doc) -> dict[str, list[tuple[int, str, bool]]]:
    """Once per document: each role noun (lower case) → the names given it, with the index where it was given, and
    the bodies whose name ends in it (marked False: they make the role uncertain, they do not give it)."""
    if _last[0] is doc:
        return _last[1]
    table: dict[str, list[tuple[int, str, bool]]] = {}
    for ent in entities(doc):
        if ent.label_ in _NAMES:
            for noun in _role_of(ent):
                table.setdefault(noun.lower_, []).append((min(noun.i, ent.start), ent.text, True))
            if ent.label_ == "ORG":  # a body's name that says its kind ("the Green Party"): one more of that role,
                table.setdefault(doc[ent.end - 1].lower_, []).append((ent.start, ent.text, False))  # not given it
    _last[0], _last[1] = doc, table
    return table


def role_named_before(token: Token) -> str | None:
    """The one name the subject "the <role>" stands for (``token`` its noun), or None."""
    if token.dep_ not in ("nsubj", "nsubjpass") or [c.lower_ for c in token.children] != ["the"]:
        return None
    given = _roles(token.doc).get(token.lower_)
    if not given:
        return None
    before = [(name, explicit) for at, name, explicit in given if at < token.i]
    names = {name for name, _ in before}
    return names.pop() if len(names) == 1 and any(explicit for _, explicit in before) else None
