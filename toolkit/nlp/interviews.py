"""Interview transcripts: the turns of an interview are its speakers' own words.

An interview is printed as turns, each paragraph opening with its speaker's mark: initials or a
name in double brackets ("((WN)) What prompted your interest in astronomy?", "((Thomas Rivinius))
Ah, well yes, …"), or a short name or initials and a colon ("NG: This study started in 1982 …",
"MR. ATTIAS: …"). What an interviewee answers is what that person said, in the first person, like a
direct quotation: the events it tells ("we will probably do that by means of interferometry",
"Red Hat decided to EOL Red Hat Linux") are the speaker's account, not facts the publication
asserts; and the interviewer's turn is spoken too, a preamble to a question ("I suspect below a
threshold, the planet may lose its atmosphere"). :func:`turn_spans` finds the turns, so that their
events are marked ``quoted`` as the events inside quotation marks are, and kept out of the
briefing's table of events.

An interview printed with no marks at all, its questions set apart only by the lost typeface, is
read by its questions (:func:`toolkit.nlp.question_turns.unmarked_turns`).

Which speaker asks is read from the turns, not from names: at least half the interviewer's turns
are questions (they end with a question mark), fewer of the interviewee's. A text is read as an
interview only when it has both, with two marked questions at least (a quotation ending with a
question mark, "Ellison: “… What would I do …?”", makes no interviewer). A one-letter "A" is no
speaker but the text's own answer (a page of questions and answers), unless most of its answers speak in the
first person ("A: We are ready to work on it …": an interview printed as questions and answers), and a reporter
marked with a
bare "Q" and no colon, as White House transcripts print their gaggles, marks no turn: such a
transcript is read as remarks, as the event audits of the White House texts read it. An
answer runs on over the paragraphs after it that open with no mark (an answer of several
paragraphs), until the next marked turn, an unmarked question (the interviewer's, printed without a
mark) or a paragraph that names the speaker by surname and not in the first person (the
publication narrating between two answers).

The interview begins where someone first asks, at the interviewer's first turn or at a question
printed without a mark: the lead before it is the publication's own report, and turns before it
are a speech the questions follow (a transcript of remarks with questions after them), read as
other remarks are, unless two speakers or more speak them (a hearing's opening statements: the talk begins
at the first turn). What follows an interviewer's last question stays as it is too (a round-up that
prints its questions only goes on with its news). A caption with its picture's credit ("Kamala
Harris Image: U.S. Senate.") opens no turn, nor does a name before a colon met once ("Mid term:
…") unless it spells out initials that mark other turns ("Natasha Gownaris:" before "NG:").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from toolkit.nlp.credits import ends_in_credit
from toolkit.nlp.question_turns import paragraph_spans, unmarked_turns
from toolkit.nlp.run_in_heads import turn_label_is_head
from toolkit.nlp.turn_marks import bracketed_mark, bracketed_marks

# A turn's mark at a paragraph's start is a label in double brackets (:mod:`toolkit.nlp.turn_marks`)
# or a name of one to three capitalised words or initials followed by a colon and a space.
_COLON = re.compile(r"^((?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,2}):[ \t]+", re.M)

# A hearing's transcript as the Government Publishing Office prints it (the Congressional Record's style) marks a
# turn with a title in capitals and small capitals, the surname in capitals, and a full stop: "The CHAIRMAN.",
# "Senator SHAHEEN.", "Secretary RUBIO.", "Mr. SMITH.", "Ms. DE LA CRUZ.". The title before the surname is a
# person's: a hearing's witness or member, or the chair's office.
_HEARING = re.compile(r"^((?:The (?:CHAIRMAN|CHAIRWOMAN|CHAIR|PRESIDING OFFICER|ACTING CHAIR(?:MAN)?)|"
                      r"(?:Senator|Representative|Mr\.|Mrs\.|Ms\.|Dr\.|Secretary|Ambassador|General|Admiral|Governor|"
                      r"Commissioner|Administrator|Director|Judge)"
                      r" [A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}))\.[ \t]+", re.M)


def _mark(text: str, start: int, end: int) -> tuple[str, int, bool] | None:
    """The speaker's mark opening the paragraph ``text[start:end]``, where its words begin, and
    whether it is bracketed; a caption with its picture's credit ("Kamala Harris Image: U.S.
    Senate.") opens no turn."""
    mark = bracketed_mark(text, start, end)
    if mark is not None:
        label, words, bracketed = mark.label, mark.words, True
    else:
        found = _COLON.match(text, start, end)
        if found is None:
            hearing = _HEARING.match(text, start, end)
            if hearing is None:
                return None
            # (a hearing's mark is no heading's colon: the first turn of each member counts)
            return hearing.group(1), hearing.end(), True
        if turn_label_is_head(text, start):
            return None  # (a run-in head, "THE FACTS: …", "CLAIM: …", marks no one's turn)
        label, words, bracketed = found.group(1), found.end(), False
    if words >= end or ends_in_credit(text[start:end]):
        return None
    return label.strip(), words, bracketed


# The pronouns of the first person, by which an answer speaks for its speaker.
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|we|We|our|Our|my|My|me|us)\b")


def _initials(label: str) -> str:
    return "".join(word[0] for word in label.split()).upper()


def _speakers(marks: list) -> set[str]:
    """The labels that mark turns: every bracketed one, and a colon's name when it marks two turns
    or more, or once when it is spelt out in full for initials that mark others ("Natasha
    Gownaris:" before "NG:"); a name before a colon once is a heading ("Mid term: …")."""
    counts: dict[str, int] = {}
    for mark in marks:
        if mark is not None and not mark[2]:
            counts[mark[0]] = counts.get(mark[0], 0) + 1
    recurring = {label for label, n in counts.items() if n > 1}
    return {m[0] for m in marks if m is not None and (m[2] or m[0] in recurring or _initials(m[0]) in recurring)}


def _is_question(text: str, start: int, end: int) -> bool:
    """Whether the paragraph ends with a question mark (closing marks and brackets aside)."""
    return text[start:end].rstrip().rstrip("\"”’')]").endswith("?")


def turn_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every turn of an interview in ``text`` (see the module's docstring).

    Args:
        text: a document's text (``doc.text``).

    Returns:
        The turns, in text order: each from the first word after the speaker's mark to the end
        of the turn's last paragraph; empty when the text is no interview.
    """
    if next(bracketed_marks(text), None) is None and _COLON.search(text) is None \
            and len(_HEARING.findall(text)) < 2:
        return unmarked_turns(text)  # no paragraph opens with a mark: most texts, at the cost of one scan
    paragraphs = paragraph_spans(text)
    marks = [_mark(text, s, e) for s, e in paragraphs]
    speakers = _speakers(marks)
    if not speakers:
        return unmarked_turns(text)  # (colons of headings only: no turn is marked)
    marks = [m if m is not None and m[0] in speakers else None for m in marks]
    asks: dict[str, list[bool]] = {}
    spoken: dict[str, list[bool]] = {}
    for (s, e), mark in zip(paragraphs, marks):
        if mark is not None:
            asks.setdefault(mark[0], []).append(_is_question(text, s, e))
            spoken.setdefault(mark[0], []).append(bool(_FIRST_PERSON.search(text, mark[1], e)))
    # the interviewer's turns are questions half the time or more, the interviewee's less
    askers = {label for label, turns in asks.items() if 2 * sum(turns) >= len(turns)}
    # (a one-letter "A" answers for the text itself, as a page of questions and answers does)
    # unless its answers speak in the first person, most of them: an interview printed as "Q:" and "A:" ("A: We are
    # ready to work on it, but not to sign anything …"), whose answers are the interviewee's words
    answerers = {label for label in asks if label not in askers
                 and (len(label) > 1 or 2 * sum(spoken[label]) > len(spoken[label]))}
    # two marked questions at least: one quotation that ends with a question mark makes no
    # interviewer (a transcript that marks its reporters with a bare "Q", no colon, is read as
    # remarks, as the event audits of the White House texts read it)
    if not answerers or sum(sum(asks[label]) for label in askers) < 2:
        return []
    # the interview begins where someone asks: the interviewer's first turn, or a question printed
    # without a mark; what a speaker says before (a speech before the questions) is read as remarks
    begin = next(k for k, ((s, e), mark) in enumerate(zip(paragraphs, marks))
                 if (mark[0] in askers if mark is not None else _asks(text[s:e])))
    # but two speakers or more before it are no one speech: a hearing's opening statements (the chair's, the
    # ranking member's, the witness's) are each speaker's words, and the talk begins at the first turn
    before = [k for k, mark in enumerate(marks[:begin]) if mark is not None]
    if len({marks[k][0] for k in before}) > 1:
        begin = before[0]
    spans: list[tuple[int, int]] = []
    speaker = None  # the label of the one answering, if anyone is
    for (s, e), mark in zip(paragraphs[begin:], marks[begin:]):
        if mark is not None:
            speaker = mark[0] if mark[0] in answerers else None
            spans.append((mark[1], e))  # (the interviewer's turn too: spoken, as the transcript gives it)
        elif speaker is not None:
            if _asks(text[s:e]) or _narrates(text[s:e], speaker):
                speaker = None  # the interviewer speaks again, or the publication narrates
            else:
                spans.append((s, e))
    return spans


def _asks(paragraph: str) -> bool:
    """Whether an unmarked paragraph is a question: it ends with a question mark and its first
    sentence does too ("Why was CentOS originally created? What were the reasons …?"); an answer
    may end on a question of its own ("… But what's the point?")."""
    return paragraph.rstrip().rstrip("\"”’')]").endswith("?") and _OPENING_QUESTION.match(paragraph) is not None


# A paragraph whose first sentence is a question: no full stop or exclamation before its first
# question mark, which ends a sentence ("[get a legal notice?] —" does not).
_OPENING_QUESTION = re.compile(r"[^.!?]*\?[\"”’')]*(?:\s|$)")


def _narrates(paragraph: str, speaker: str) -> bool:
    """Whether an unmarked paragraph names the one answering by surname ("Having won multiple
    tournaments as a kid, IM Dorsa Derakhshani decided …" between two turns of Dorsa Derakhshani):
    a speaker does not call themself so but in the first person, the publication does."""
    words = speaker.split()
    return len(words) > 1 and re.search(rf"\b{re.escape(words[-1])}\b", paragraph) is not None \
        and _FIRST_PERSON.search(paragraph) is None  # ("… represented me, Wayne Tseng — …": the speaker's own)


# Words of the first person: a paragraph with one speaks for its speaker, named or not.
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|we|us|our|ours)\b", re.I)


class Turns:
    """Whether a character offset lies inside a turn of an interview, by bisection over the spans."""

    def __init__(self, text: str) -> None:
        self.spans = turn_spans(text)
        self._starts = [s for s, _ in self.spans]

    def __contains__(self, offset: int) -> bool:
        at = bisect_right(self._starts, offset) - 1
        return at >= 0 and offset < self.spans[at][1]

    def __bool__(self) -> bool:
        return bool(self.spans)
