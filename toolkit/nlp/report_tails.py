"""A report put after its content and read as an apposition and a conjunct: "…, the company's CEO said".

News puts who said it after what was said, set off by a comma and with no "that": "Volvo Cars may
move some production to the U.S. depending on tariffs imposed by President Donald Trump, the
company's CEO said on March 5." When the content ends on a name, the small model reads the
speaker as an apposition of that name ("Donald Trump, the company's CEO") and the verb of saying
as a conjunct of the content's verb, with no subject: the content then carries no report, and a
reader is told as fact what one person said. English joins two verbs of one subject with "and" or
"or"; a tensed verb of saying with no subject and no coordinator, right after a noun phrase set off
by a comma, is the report of the clause before, and that noun phrase is its speaker.
:func:`mend_reports_read_as_conjuncts` hangs the speaker on the verb of saying as its subject and
the content's clause on it as what was said (``ccomp``), as "…, its new CEO Simon Hunt said on
March 5" is parsed.

Example:
    >>> doc = mend_reports_read_as_conjuncts(nlp("Volvo Cars may move production, the company’s CEO said."))  # doctest: +SKIP
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("CEO", "move")]
    [('CEO', 'nsubj', 'said'), ('move', 'ccomp', 'said')]
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from toolkit.nlp.lexicon import SPEECH_VERBS
from toolkit.nlp.lookups import indices_where

# Dependencies that give a verb of saying a content or a subject of its own.
_OWN = frozenset({"nsubj", "nsubjpass", "expl", "ccomp", "dobj", "xcomp", "cc"})


def _apposed_speaker(verb: Token) -> Token | None:
    """The head of the noun phrase right before ``verb`` that the parser hung as an apposition, set off
    from the noun it describes by a comma, if there is one."""
    doc = verb.doc
    if verb.i == 0:
        return None
    last = doc[verb.i - 1]
    speaker = next((a for a in [last, *last.ancestors] if a.dep_ == "appos"), None)
    if speaker is None or speaker.i >= verb.i or max(t.i for t in speaker.subtree) != verb.i - 1:
        return None
    start = min(t.i for t in speaker.subtree)
    if start == 0 or doc[start - 1].text != "," or speaker.head.i >= start:
        return None
    return speaker if speaker.pos_ in ("NOUN", "PROPN") else None


def mend_reports_read_as_conjuncts(doc: Doc) -> Doc:
    """Make a verb of saying read as a conjunct the report of its clause (see the module's docstring).

    A past or present tense of a verb of saying, a conjunct (``conj``) of a main clause's verb before
    it, with no subject, content or coordinator of its own and none between the two verbs, right after
    a noun phrase the parser hung as an apposition behind a comma: the noun phrase is its subject, it
    heads the sentence, and the main clause is its content. The parse is changed in place.
    """
    for i in indices_where(doc, dep=("conj",), tag=("VBD", "VBZ")):  # (found in one array: no loop over every token)
        verb = doc[i]
        if verb.lemma_.lower() not in SPEECH_VERBS:
            continue
        content = verb.head
        if content.dep_ != "ROOT" or content.pos_ not in ("VERB", "AUX") or content.i > verb.i:
            continue
        if any(c.dep_ in _OWN for c in verb.children):
            continue
        if any(c.dep_ in ("cc", "preconj") and content.i < c.i < verb.i for c in content.children):
            continue  # "moved production and said …": one subject's two acts
        speaker = _apposed_speaker(verb)
        if speaker is None:
            continue
        speaker.head = verb
        speaker.dep_ = "nsubj"
        verb.head = verb
        verb.dep_ = "ROOT"
        content.head = verb
        content.dep_ = "ccomp"
    return doc
