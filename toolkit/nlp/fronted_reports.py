"""Reports put before their content with a comma: "Al Jazeera reported on Thursday, coverage had risen to 55 percent".

English puts the teller first and the told clause after a comma when a time or place of the telling stands between
them; the clause after the comma is the verb's content, as it would be after "that". The small model reads such a
sentence the other way round, as a clause with a parenthetical report before it ("coverage had risen, Al Jazeera
reported"): the report becomes a ``ccomp`` of the content's verb, so the content has no reporter and is told as a
fact (the blind pool's "flattened" claim, bench/audit/blind43, kind 3). The mend turns the two clauses back: the
report heads the sentence and the clause after the comma is its ``ccomp``. A report that ends its sentence ("coverage
had risen, Al Jazeera reported") is not touched: there the content comes first and the parser is right.

Example:
    >>> doc = nlp("Al Jazeera reported on Thursday, coverage had risen to 55 percent.")  # doctest: +SKIP
    >>> mend_reports_before_commas(doc)  # "risen" is now the ccomp of "reported"
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from toolkit.nlp.lookups import indices_where

# Verbs that only pass on what was said or found, whose content may follow them after a comma (a closed class; the
# verbs of judging and feeling are left out: "I know, it is hard" is no report).
_PASSING_ON = frozenset({"say", "report", "state", "announce", "tell", "write", "confirm", "reveal", "add", "note",
                         "indicate", "explain", "post", "tweet"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
# What a verb with its content already in place has: an object, a clause, a quotation's frame.
_CONTENTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd"})


def _report_before(verb: Token) -> Token | None:
    """The clause ``verb`` was hung on when it is a report that opens its sentence, with a subject of its own, and
    a comma after it opens that clause; else None."""
    head = verb.head
    if head.i <= verb.i or head.dep_ != "ROOT" or verb.lemma_ not in _PASSING_ON:
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    if any(c.dep_ in _CONTENTS or (c.dep_ == "dative") for c in verb.children) \
            and not (verb.lemma_ == "tell" and all(c.dep_ != "ccomp" for c in verb.children)):
        return None  # ("said it, the crowd cheered": the report has its object; "told reporters" is an addressee)
    sent = verb.sent
    first = sent.start
    while first < verb.i and (verb.doc[first].is_space or verb.doc[first].is_punct):
        first += 1
    if verb.left_edge.i > first:
        return None  # ("Prices fell, the minister said, ...": the report stands inside the content)
    comma = verb.right_edge.i + 1
    doc = verb.doc
    if comma >= len(doc) or doc[comma].text != "," or comma + 1 >= len(doc) or doc[comma + 1].is_quote:
        return None  # (a quotation after the comma is framed by the report: the quotation rules read it)
    subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.left_edge.i != comma + 1:
        return None  # the clause after the comma starts with its own subject
    return head


def mend_reports_before_commas(doc: Doc) -> None:
    """Make a report that opens its sentence, read as a clause of what follows its comma, the head of that clause."""
    for i in indices_where(doc, dep=("ccomp",)):
        verb = doc[i]
        if (content := _report_before(verb)) is None:
            continue
        comma = doc[verb.right_edge.i + 1]  # (taken before the heads change the verb's right edge)
        verb.head, verb.dep_ = verb, "ROOT"
        content.head, content.dep_ = verb, "ccomp"
        comma.head = content
