"""Reporting frames that are not a clause of saying: who stands behind the clauses they carry.

English gives a source to a clause in three ways besides "X said …" and "according to X":

* an absolute of a reporting verb after "with" ("The hotel closed, with local press reporting the owner had
  applied to reopen it", "…, with officials saying the envoy had left"): the clauses after the gerund are what
  the press or the officials report. The parser often reads the gerund as a noun ("local press reporting" as
  one phrase) and hangs its content on the main clause; the frame is read from the words' order for that reason.
* a fronted phrase "In a report of / by / from X," before a clause whose verb is not X's own saying ("In a
  situational report of NDRRMC, Wednesday's tremor damaged 143 buildings"): English uses it as "according to
  X". Not when the main clause tells what its own subject said or thought in the report ("In a report to
  Congress, the agency announced …", "In his statement, Netanyahu found …"): there the subject reports.
* an "according to X" that opens a sentence speaks for a clause after a semicolon that goes on about the same
  subject ("According to reports, O'Rourke was not qualifying …; …, O'Rourke had only reached 3 percent"): one
  account in two clauses. A clause about another subject is the writer's own ("According to police, the man
  fled; the mayor later praised the officers").

:func:`toolkit.nlp.claimants.source_of` asks :func:`frame_source` and :func:`reaches_over_semicolon`; the event
rules ask :func:`absolute_reporter` for the claimant of a gerund of saying parsed as a noun's modifier.

Example:
    >>> frame_source(verb, verb.sent, quoted_tokens(doc))  # doctest: +SKIP
    press
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from toolkit.nlp.lookups import indices_of, kept
from toolkit.nlp.verb_classes import REPORTING_VERBS, STANCE_VERBS

# Gerunds of neutral reporting that open a "with" absolute ("with officials saying …", "with local media
# reporting …"): a closed set of English verbs of saying and reporting.
_REPORTING_GERUNDS = frozenset({"saying", "reporting", "claiming", "stating", "suggesting", "indicating",
                                "alleging", "confirming", "noting"})
# Nouns of a report that, fronted with "in" and an author ("In a situational report of NDRRMC, …"), give the
# clause a source as "according to" does.
_REPORT_NOUNS = frozenset({"report", "bulletin", "update", "assessment", "statement", "release", "study", "survey",
                           "analysis", "tally", "count", "estimate", "briefing", "advisory"})
_AUTHOR_PREPOSITIONS = frozenset({"of", "by", "from"})
_NOMINALS = frozenset({"NOUN", "PROPN", "PRON"})


def absolute_reporter(gerund: Token) -> Token | None:
    """Who says what a gerund of saying in a "with" absolute carries: the noun it modifies ("with officials
    saying the envoy had left": officials), else None."""
    if gerund.lower_ not in _REPORTING_GERUNDS:
        return None
    if gerund.dep_ == "pcomp" and gerund.head.lower_ == "with":  # (parsed as a clause: "with" + subject + gerund)
        return next((c for c in gerund.children if c.dep_ == "nsubj"), None)
    noun = gerund.head
    if gerund.dep_ == "acl" and noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.i < gerund.i:
        return noun
    return None


class _Absolutes:
    """The "with" absolutes of reporting of one document, found once from its token arrays: for each, the span of
    tokens after the gerund to the sentence's end or its next semicolon, and the noun of who reports."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.frames: list[tuple[int, int, Token]] = []
        withs = indices_of(doc, LOWER, ("with",))
        if not withs:
            return
        gerunds = set(indices_of(doc, LOWER, _REPORTING_GERUNDS))
        for w in withs:
            # (the cheap test on the arrays first: a gerund of reporting within four words of "with")
            at = next((j for j in range(w + 2, min(w + 6, len(doc))) if j in gerunds), None)
            if at is not None and (frame := self._frame(w, at)) is not None:
                self.frames.append(frame)

    def _frame(self, w: int, at: int) -> tuple[int, int, Token] | None:
        doc = self.doc
        end = doc[w].sent.end
        # the gerund in the same sentence, after a noun phrase of who reports ("with local press reporting")
        if at >= end or any(doc[j].is_punct for j in range(w + 1, at)):
            return None
        reporter = next((doc[j] for j in range(at - 1, w, -1) if doc[j].pos_ in _NOMINALS), None)
        if reporter is None:
            return None
        last = next((j for j in range(at + 1, end) if doc[j].text == ";"), end)
        return at + 1, last, reporter

    def reporter(self, verb: Token) -> Token | None:
        for first, last, reporter in self.frames:
            if first <= verb.i < last and _has_own_clause(verb, first):
                return reporter
        return None


def _has_own_clause(verb: Token, first: int) -> bool:
    """Whether the verb heads a clause of the absolute's content: one with a subject of its own or a relative
    ("then-new owner Tong Yung-soo, who had purchased …"), or a conjunct sharing such a clause's subject; not a
    participle going on from the gerund ("with police reporting two arrests and urging calm")."""
    current = verb
    for _ in range(6):
        if current.dep_ == "relcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            return True
        if current.dep_ != "conj" or current.head.i < first:
            return False
        current = current.head
    return False


def frame_source(verb: Token, sent: Span, inside: set[int]) -> Token | None:
    """The source a "with" absolute of reporting or a fronted "In a report of X," gives the verb's clause, else
    None (a clause inside quotation marks is the speaker's: no frame outside them speaks for it)."""
    if verb.i in inside:
        return None
    reporter = kept(verb.doc, "report_frames.absolutes", _Absolutes).reporter(verb)  # (found once per document)
    if reporter is not None:
        return reporter
    return _fronted_report(verb, sent)


def _fronted_report(verb: Token, sent: Span) -> Token | None:
    """The author of a report named in a phrase "In a report of / by / from X" (or "In X's report") that opens
    the sentence, when the verb is in the clause the phrase is fronted to and that clause's verb is no act of
    saying or believing of its own subject ("In a report to Congress, the agency announced …")."""
    first = sent[0]
    if first.lower_ != "in" or first.dep_ != "prep":
        return None
    noun = next((c for c in first.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in _REPORT_NOUNS:
        return None
    main = first.head
    lemma = main.lemma_.lower()
    if lemma in REPORTING_VERBS or lemma in STANCE_VERBS or not (verb.i == main.i or main.is_ancestor(verb)):
        return None
    author = _author(noun)
    if author is None:
        return None  # "In his statement, …", "In a statement released after the attack, …": the subject's own
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ == author.lower_:
        return None
    return author


def _author(noun: Token) -> Token | None:
    """Who made the report: the object of "of", "by" or "from" after it, or a possessive name before it (not a
    pronoun: "his report" is the subject's own)."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child if child.pos_ == "PROPN" else None
        if child.dep_ == "prep" and child.lower_ in _AUTHOR_PREPOSITIONS and child.i > noun.i:
            author = next((g for g in child.children if g.dep_ == "pobj"), None)
            if author is not None and author.pos_ in ("PROPN", "NOUN"):
                return author
    return None


def reaches_over_semicolon(opener: Token, verb: Token) -> bool:
    """Whether a source phrase opening the sentence (``opener``: its "according" or "per") speaks for the verb
    after a semicolon: only when the clause after the semicolon goes on about the subject of the clause the phrase
    opens (the same word heads both subjects), and no second semicolon comes between."""
    doc = verb.doc
    sent = verb.sent
    if opener.i != sent.start:
        return False
    stops = [t.i for t in doc[opener.i:verb.i] if t.text == ";"]
    if len(stops) != 1:
        return False
    before = _first_subject(doc, opener.i, stops[0])
    after = _first_subject(doc, stops[0] + 1, sent.end)
    return before is not None and after is not None and before.lower_ == after.lower_ and before.pos_ != "PRON"


def _first_subject(doc: Doc, start: int, end: int) -> Token | None:
    """The first subject of a finite clause between two positions."""
    return next((t for t in doc[start:end] if t.dep_ in ("nsubj", "nsubjpass")), None)
