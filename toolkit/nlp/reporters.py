"""Which verb reports a clause: tests that keep a clause from being taken for reported content.

News language hangs reported content on a reporting verb in a few fixed shapes: content after the
verb ("said that …"), content before it set off by a comma ("…, he said"), or a report hanging on the
content ("…, they said Sunday"). The parser also gives these shapes to sentences that report nothing;
the tests here tell them apart by the reporting verb's own form and complements, read from the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import finite


def spliced(clause: Token, reporting: frozenset[str]) -> bool:
    """"President Zelenskyy asked for …, President Trump agreed to work with him …": two sentences
    joined by a comma, which the parser hung one on the other as fronted content.

    A reporting verb (of ``reporting``) that frames content before it ("…, he said", "…, he told
    reporters") takes no clause of its own after it; one with its own infinitive or clause there is
    a second sentence. (Under a verb that reports nothing the clause is dropped as a misparse
    anyway: "We are going to — if it's India …, we're going to have the same".)
    """
    head = clause.head
    return clause.dep_ == "ccomp" and clause.i < head.i and head.lemma_.lower() in reporting \
        and any(c.dep_ in ("xcomp", "ccomp") and c.i > head.i and not _relayed_source(c, reporting)
                for c in head.children)


def _relayed_source(clause: Token, reporting: frozenset[str]) -> bool:
    """"…, CNN Philippines reported the governor said": the clause after a reporting verb is a second
    reporting verb that frames nothing after it, the source the report relays, so the content before
    them both is still theirs (no second sentence)."""
    return clause.dep_ == "ccomp" and clause.lemma_.lower() in reporting \
        and any(c.dep_ == "nsubj" for c in clause.children) \
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > clause.i for c in clause.children)


def bare_participle(verb: Token) -> bool:
    """"We've had four or five announced already": a past participle without an auxiliary is no
    finite reporting clause ("…, they said"), whatever subject the parser gave it."""
    return verb.tag_ == "VBN" and not finite(verb)


def content_governor(conjunct: Token) -> Token:
    """The verb a conjunct marked "that" is content of: "announced he had asked …, and that Bolton
    tendered it" is content of the verb it hangs on; of two parallel that-clauses ("I find that the
    emergency continues and that the actions continue to pose …") the second is content of the verb
    the first hangs on ("find"), never of the first ("continues", a verb of speech elsewhere)."""
    first = conjunct.head
    if first.dep_ == "ccomp" and first.head.i != first.i and first.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in first.children):
        return first.head
    return first
