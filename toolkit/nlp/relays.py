"""Quotations told at second hand: words one speaker gives as another's.

In a transcript, every word of a turn is the turn's speaker's: "THE PRESIDENT: … he said, “Wow, these guys are a paper
tiger”" are Putin's words as Trump tells them, not a statement Putin made. In prose, a speech verb under another
speaker's speech verb does the same: "Trump said Putin told him, “…”". The quotation keeps the speaker it names, and
the record says who relays it, so that a briefing never shows a retelling as the speaker's own words.

Example:
    >>> relayer(told, "Vladimir Putin", turn=None, index=index, resolver=resolver, inside=inside)
    'Donald Trump'
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.attribution import speaker_of_subject
from toolkit.nlp.entities import EntityIndex
from toolkit.nlp.person_resolver import PersonResolver
from toolkit.nlp.quotation_marks import is_quoting_verb
from toolkit.nlp.syntax import subject_candidates


def cue_token(frame: list[Token], cue: str | None, inside: set[int], quote_start: int) -> Token | None:
    """The verb of saying a quotation's cue names, in its frame and outside the quotation marks: the nearest to the
    quotation where the frame has two ("Coles … called the demand “unprecedented”, while ALDI … called it “…”")."""
    verbs = [t for t in frame if cue and t.text == cue and t.i not in inside and t.pos_ in ("VERB", "AUX")]
    return min(verbs, key=lambda t: abs(t.i - quote_start), default=None)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def relayer(cue: Token | None, speaker: str | None, *, turn: str | None, index: EntityIndex,
            resolver: PersonResolver, inside: set[int]) -> str | None:
    """Who tells the words of ``speaker`` at second hand, or None when the text gives them as heard.

    Args:
        cue: the verb of saying the quotation hangs on, if any.
        speaker: the quotation's speaker (None: nobody relays words nobody is known to have said).
        turn: the speaker of the transcript turn the quotation lies in, if any.
        index: the set's entity index, for names.
        resolver: the document's person resolver, for a pronoun subject ("he said Putin told him").
        inside: the indices of the tokens inside quotation marks.
    """
    if speaker is None:
        return None
    if turn is not None:
        return turn if turn != speaker else None
    if cue is None:
        return None
    verb = cue
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not _own_subject(verb):
        verb = verb.head  # "said Putin called him and told him, “…”" (one subject for both)
    if verb.dep_ != "ccomp":
        return None
    teller = verb.head
    if teller.i in inside or teller.pos_ not in ("VERB", "AUX") or not is_quoting_verb(teller):
        return None
    low, high = sorted((teller.i, verb.i))
    if any(t.text == ";" for t in teller.doc[low:high]):
        return None  # "Smith called it an “interesting” case; Miller said …": two clauses side by side, misparsed
    for subject in subject_candidates(teller):
        if subject.i in inside or subject.head.i != teller.i:
            continue  # only the telling verb's own subject; never one inside the quotation
        name = speaker_of_subject(subject, index, resolver)
        if name:
            return name if name != speaker else None
    return None
