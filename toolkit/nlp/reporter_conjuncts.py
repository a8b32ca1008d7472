"""A past verb joined after a reported clause is the reporter's next act: "X said Y would …, and suggested …".

News joins a report and the reporter's next act with a comma and "and" or "but": "The US president said Russia
and Ukraine would "immediately start negotiations" towards a ceasefire, and suggested the Vatican could host the
talks"; "Donald Trump has said that Vladimir Putin wants peace after a phone call …, but stopped short of announcing
new sanctions on Moscow." The small model hangs the second verb on the nearer verb, the reported clause's, as its
conjunct: the Vatican's hosting is then reported by Russia and Ukraine, and Putin "stops short". English does not
allow that reading when the tenses disagree: a verb joined to a clause shares its time, and a past tense cannot
go on from a modal's bare verb ("would start …, and suggested": no "would suggested") or from the present of the
reported clause ("wants …, but stopped"); it goes on from the reporting verb before, a past or a present perfect,
whose subject it has. :func:`mend_reporters_acts` hangs such a conjunct on the reporting verb.

Only a past tense with no subject of its own, set off by a comma and its coordinator (or, for a verb of saying
with a clause of its own, by the closing mark of words quoted in the reported clause: "said that Putin "has a
chance to end this war" and warned that …"), is moved; a conjunct in the
reported clause's own tense stays content ("said the troops would withdraw and would hand over the base", "said
Putin wants peace and is ready to talk"), and so does any conjunct of a clause in the past ("said the army had
withdrawn, and left the base": both may be what was said).

Example:
    >>> doc = mend_reporters_acts(nlp("Trump said Putin would meet him, and suggested a date."))  # doctest: +SKIP
    >>> [(t.text, t.head.text) for t in doc if t.text == "suggested"]
    [('suggested', 'said')]
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from toolkit.nlp.lookups import indices_where
from toolkit.nlp.verb_classes import REPORTING_VERBS

# Modals whose bare verb a past tense cannot be joined to.
_MODALS = frozenset({"would", "could", "will", "can", "may", "might", "should", "must", "shall"})
# A verb's dependents that make it a clause of its own.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _not_past(content: Token) -> bool:
    """Whether the reported clause's verb is in the present ("wants") or a modal's bare verb ("would start")."""
    if content.tag_ in ("VBZ", "VBP"):
        return True
    return content.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in content.children)


def _past_report(verb: Token) -> bool:
    """Whether ``verb`` is a verb of saying or thinking in the past ("said") or present perfect ("has said"), with
    a subject of its own."""
    if verb.lemma_.lower() not in REPORTING_VERBS or not any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN"
                                  and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))


def _after_quoted_words(mark: Token, verb: Token) -> bool:
    """"said that Putin "has a chance to end this war" and warned that …": a verb of saying right after the
    closing mark of words quoted in the reported clause is the reporter's next report, comma or none."""
    return mark.tag_ == "''" and verb.lemma_.lower() in REPORTING_VERBS and any(
        c.dep_ == "ccomp" for c in verb.children)


def mend_reporters_acts(doc: Doc) -> Doc:
    """Hang a past tense joined to a reported clause in another tense on the reporting verb (see the module's
    docstring). The parse is changed in place."""
    for i in indices_where(doc, dep=("conj",), tag=("VBD",)):  # (one array: no Token per word)
        verb = doc[i]
        content = verb.head
        if content.dep_ != "ccomp" or not (content.i < verb.i) or not _not_past(content):
            continue
        report = content.head
        if report.i > content.i or not _past_report(report) or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        cc = next((c for c in content.children if c.dep_ == "cc" and c.i == verb.i - 1), None)
        if cc is None or not (doc[cc.i - 1].text == "," or _after_quoted_words(doc[cc.i - 1], verb)):
            continue  # (", and suggested", ", but stopped short": a comma and a coordinator before it)
        verb.head = report
        cc.head = report
        if doc[cc.i - 1].head.i == content.i:
            doc[cc.i - 1].head = report
    return doc
