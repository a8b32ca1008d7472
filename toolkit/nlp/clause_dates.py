"""Which date a clause has: of the time expressions in a sentence, the one of the clause's own.

Every event gets the date of the expression that belongs to its own clause, not the
sentence's first ("Trump called Zelenskyy a dictator … Ukraine started the war three years
ago": the calling is not dated three years back). A noun of an event with no clause of its own
("following talks between …") takes the date of the clause it comes just before. A participle of result set off
by a comma after its clause ("Dorian reached the Bahamas earlier today, making landfall in Elbow Cay", "an earthquake
struck … on Saturday …, injuring at least 25 people and damaging churches": Wikinews, 2019) tells what the clause's
act did as it happened, and shares its date (:func:`result_of`).

Example:
    >>> clause_dates(doc, times)  # doctest: +SKIP
    {4: '2025-08-06'}
"""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc, Token

from toolkit.nlp.clauses import clause_head
from toolkit.nlp.dates import IN_COUNT


# Prepositions that place a noun's event just before the clause they hang on ("said …,
# following talks between …": the talks preceded the saying, as news tells it, that day).
_JUST_BEFORE = frozenset({"following", "after"})


def date_of_what_follows(noun: Token, dated: dict[int, str]) -> str | None:
    """The date of the clause a "following/after <noun>" adjunct belongs to: the date of its verb,
    or of that verb's participle adjunct without a subject ("Speaking … on Wednesday, Trump said
    …, following talks …": the speaking is the saying); None when no such clause is dated."""
    if noun.i in dated:  # "talks on Monday": their own day
        return dated[noun.i]
    ancestors = list(noun.ancestors)
    for n, tok in enumerate(ancestors):
        if tok.lower_ in _JUST_BEFORE and tok.dep_ == "prep":
            for verb in (a for a in ancestors[n + 1:] if a.pos_ in ("VERB", "AUX")):
                if verb.i in dated:
                    return dated[verb.i]
                for adjunct in (c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"):
                    if adjunct.i in dated and not any(g.dep_ in ("nsubj", "nsubjpass") for g in adjunct.children):
                        return dated[adjunct.i]
            return None
    return None


def result_of(verb: Token) -> Token | None:
    """The verb of the clause whose result the participle ``verb`` tells ("reached …, making landfall"; also the
    second participle of a series, "injuring … and damaging …"), or None: a participle in ``-ing`` without a subject
    of its own, hung on a verb before it and set off from that verb's words by a comma."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in verb.children):
        return None
    if verb.dep_ == "conj" and verb.head.tag_ == "VBG" and verb.head.i < verb.i:
        return result_of(verb.head)
    head = verb.head
    start = verb.left_edge.i
    if verb.dep_ != "advcl" or head.i >= verb.i or start < 1 or verb.doc[start - 1].text != "," \
            or head.pos_ not in ("VERB", "AUX"):
        return None
    return head


def _time_nesting(span, head: Token) -> int:
    """How far a time expression is from dating its clause: 0 when it hangs on the verb ("On
    Tuesday, … announced"), 1 inside a noun phrase ("officials on Saturday"), 2 as a word of a
    name or a noun's modifier ("the 2019 Nobel Prize", "the 2015 election", "2019-nCoV"): an
    adverbial of the clause dates the event before the others."""
    if span.root.dep_ in ("compound", "nmod", "amod", "nummod", "appos", "poss") \
            and span.root.head.pos_ in ("NOUN", "PROPN"):
        return 2
    current = span.root.head
    for _ in range(12):
        if current.i == head.i or current.head.i == current.i:
            return 0
        if current.pos_ in ("NOUN", "PROPN") and not (span.start <= current.i < span.end):
            return 1
        current = current.head
    return 0


# Words that put a time expression in the past of the writing ("yesterday", "last week", "two days ago").
_PAST_DEICTICS = frozenset({"yesterday", "last", "ago"})
# Auxiliaries of the present that make no perfect ("is being celebrated", "are meeting").
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})


def _past_on_a_present(span, head: Token) -> bool:
    """"Trump's peace summit at the White House yesterday is being celebrated …": a time of the past
    does not date a verb in the present progressive, which tells of now; the parser hung it on the
    verb, but it belongs to the noun before (the summit was yesterday, the celebrating is today)."""
    if not any(t.lower_ in _PAST_DEICTICS for t in span):
        return False
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    progressive = head.tag_ == "VBG" or any(a.lower_ == "being" for a in auxes)
    return progressive and any(a.lower_ in _PRESENT_AUX for a in auxes)


# Words that may stand between "in"/"since" and the stretch of time it opens ("in nearly three years", "in the
# past 17 months").
_STRETCH_WORDS = frozenset({"nearly", "almost", "about", "around", "roughly", "some", "over", "more", "than", "the",
                            "past", "last", "a", "an"})

# Words that order a turn ("for the first time", "for the second straight time").
_TURN_ORDER = frozenset({"first", "second", "third", "fourth", "fifth", "straight", "consecutive", "only"})


def _stretch_of_a_turn(span) -> bool:
    """Whether a time expression is the stretch a turn is counted in or since: "Wholesale inflation dropped for
    the first time in 17 months", "… for the first time since 2019". It tells how long since the last time, not
    when the event was: the drop is not of 17 months ago."""
    doc = span.doc
    j = span.start if span[0].lower_ in ("in", "since", "within") else span.start - 1
    while j >= 0 and doc[j].lower_ in _STRETCH_WORDS:
        j -= 1
    if j < 3 or doc[j].lower_ not in ("in", "since", "within"):
        return False
    turn = doc[j - 1]
    return turn.lower_ in ("time", "times") and any(t.lower_ in _TURN_ORDER for t in doc[max(j - 4, 0):j - 1]) \
        and any(t.lower_ == "for" for t in doc[max(j - 6, 0):j - 1])


# Nouns of a figure that a time in the possessive qualifies ("last year's total", "2023's record"): the time the
# figure is of, compared with, not the time of the clause's act ("cases exceeded last year's total").
_FIGURE_NOUNS = frozenset({"total", "totals", "level", "levels", "figure", "figures", "number", "record", "average",
                           "rate", "high", "low", "tally", "count", "budget", "deficit", "output", "result",
                           "results", "peak"})


def _time_of_a_figure(span) -> bool:
    """Whether a time expression in the possessive qualifies a noun of a figure ("last year's total")."""
    root = span.root
    owner = root.head if root.dep_ == "poss" else None
    if owner is None and span.end < len(span.doc) and span.doc[span.end].tag_ == "POS":
        owner = span.doc[span.end].head if span.doc[span.end].head.i != root.i else root.head
    return owner is not None and owner.pos_ == "NOUN" and owner.lower_ in _FIGURE_NOUNS


# Words before a count that measure the time since the last such event ("the first talks in three years", "the
# highest in a decade"): the count dates nothing of the clause.
_SINCE_THE_LAST = frozenset({"first", "last", "ever", "since"})


def _span_since_the_last(span) -> bool:
    """Whether a time expression is a count back to the last time something happened ("held their first direct
    peace talks in three years"): it says how long that was, and the clause has its own time ("on Friday")."""
    text = span.text if span.text.lower().startswith(("in ", "within ")) else \
        f"{span.doc[span.start - 1].lower_} {span.text}" if span.start > 0 else span.text
    if not IN_COUNT.match(text):
        return False  # a count ("in three years"), not a date ("first appeared in December")
    before = span.doc[max(span.sent.start, span.start - 8):span.start]
    return any(t.lower_ in _SINCE_THE_LAST or (t.tag_ in ("JJS", "RBS") and not (t.i > 0 and t.nbor(-1).lower_ == "at"))
               for t in before)  # (not "at least")


def _since_a_comparison(span, head: Token) -> bool:
    """Whether a time expression dates the baseline of a comparison that "since" opens after a superlative or an
    ordinal ("For the first time since his full-scale invasion of Ukraine in 2022 he was received …", "the
    deadliest since an assault in Ghazni in August 2018", "the first time the two sides have talked since the spring
    of 2022"): it says when the last such thing was, not when the clause's act was, which stays undated by it. A
    plain "since" ("had held the position since April 2018", "Since the repeal of Prohibition in 1933, the party
    has declined") starts the state the clause tells of, and dates it, as the event golds record. The time may hang
    on "since" itself or on the noun of an event it governs; a clause "since" opens has a head of its own."""
    doc = span.doc
    current, since = span.root, None
    for _ in range(12):
        if current.i == head.i or current.head.i == current.i:
            break
        if current.lower_ == "since" and current.dep_ == "prep" and not (span.start <= current.i < span.end):
            since = current
            break
        current = current.head
    if since is None:
        return False
    before = doc[max(span.sent.start, since.i - 12):since.i]
    return any(t.lower_ in ("first", "only") or (t.tag_ in ("JJS", "RBS") and not (
        t.i > 0 and doc[t.i - 1].lower_ == "at")) for t in before)


def clause_dates(doc: Doc, times: Iterable[tuple[int, int, str | None]]) -> dict[int, str]:
    """The date of each clause that has a time expression: clause head's token index → date.

    Of several expressions in one clause, the one in the verb's own line and nearest to it
    wins: a dateline glued to the first sentence ("Thursday, August 8, 2019 On Saturday
    morning, a gunman shot …") is not the date of the shooting.
    """
    best: dict[int, tuple[tuple[bool, int], str]] = {}
    for start, end, date in times:
        if not date:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = clause_head(span.root)
        if head is None or _past_on_a_present(span, head) or _stretch_of_a_turn(span) or _time_of_a_figure(span) \
                or _span_since_the_last(span) or _since_a_comparison(span, head):
            continue
        between = doc[min(span.end, head.i):max(span.start, head.i + 1)]
        rank = ("\n" in between.text, _time_nesting(span, head), abs(span.root.i - head.i))
        if head.i not in best or rank < best[head.i][0]:
            best[head.i] = (rank, date)
    return {i: date for i, (_, date) in best.items()}
