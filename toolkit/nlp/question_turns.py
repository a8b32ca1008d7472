"""Interviews printed without speakers' marks: the questions alone show who speaks.

An interview is often printed with its questions set apart (in bold, in a larger type) and no
speaker's name or initials before the turns; once the typeface is lost, as in a text taken from a
web page, the turns are plain paragraphs: a short paragraph that ends with a question mark ("What
first attracted you to researching ants?"), the answer in the paragraphs after it ("Me and a
studymate were keeping a lot of animals during our studies …"), the next question. What follows a
question is the interviewee's account, in the first person, as much the speaker's words as a
direct quotation, and the question itself is spoken too.

A text is read so when it has two such questions at least, put to another (one of them at least says
"you": a writer's own questions, "How did the CPA get to the point …?", ask no one; not in the first person
singular: "If I could spare one heart from breaking, would you rise with me?" is a speaker's own
question, "How do I open a Trump Account for my child?" a reader's; an interviewer's indirect question
counts too, a short paragraph that wishes to know or to ask and says "you": "I just wanted to know if
you had any thoughts on recent NATO actions …"), each followed by a paragraph
that is no question, and two paragraphs at least after the first question, not questions, speak in
the first person singular outside quotation marks ("I try to work on a very low budget"): a page of
questions and answers an office publishes answers in its own name ("You can apply online …", "We
will …"), and a reporter's article that asks a question of its own ("So what went wrong?") goes on
in the third person, quoting its witnesses inside quotation marks.

The interview begins at its first question or at the first paragraph before it that speaks in the
first or the second person outside quotation marks (an interviewer's statement that opens the talk:
"You have received a good deal of attention recently."); the lead before it is the publication's
report. A text whose talk opens in the first person singular is a speech or a letter that asks
questions of its own ("In April 2021, Jill and I visited Jimmy and Rosalynn …"), no interview. From there every paragraph is a turn but a heading (a line without a sentence's final
mark: "Hiring employees"), a picture's caption with its credit, and an editor's note in square
brackets ("[Note: The interview took place just before the 50000 milestone was met]"). A transcript
whose reporters' questions open with a bare "Q" is read as remarks, as :mod:`toolkit.nlp.interviews`
reads it, and so is one that marks any speaker's turn; a letter ("Dear Mr. Kratsios:") asking its
addressee questions and answering them itself is its writer's, as the publication gives it.
"""

from __future__ import annotations

import re

from toolkit.nlp.credits import ends_in_credit

# A question turn is short: an answer of many sentences may end on a question of its own.
_QUESTION_CHARS = 400

# Words said in quotation marks are someone else's: not the voice of the paragraph.
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”")
_FIRST_SINGULAR = re.compile(r"\b(?:I|me|my|mine|myself)\b")
_SECOND = re.compile(r"\b[Yy]ou(?:rs?|rself|rselves)?\b")
_FIRST_OR_SECOND = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Uu]s|[Oo]urs?|[Yy]ou|[Yy]ours?)\b")
# A paragraph that ends a sentence ends with a stop, a question or exclamation mark, an ellipsis or a
# dash of a broken-off turn, maybe inside closing marks; a heading does not.
_HEADING_CHARS = 100
_SENTENCE_END = re.compile(r"[.?!…:;—–-][\"”’')\]]*\s*$")
# A wish to know or to ask that puts a question indirectly: "I just wanted to know if …", "I'd like to
# ask you …", "I wonder whether …".
_INDIRECT = re.compile(r"\bI(?:'d| would)? (?:just |really )?(?:wanted|want|like|wonder(?:ed)?|was wondering)"
                       r"(?: to (?:know|ask)| (?:if|whether))\b")
_BARE_Q = re.compile(r"Q[.:]?\s")
# A letter's salutation: "Dear Mr. Kratsios:", "Dear colleagues,".
_SALUTATION = re.compile(r"Dear [A-Za-z][^\n]{0,60}[:,]\s*$")
_EDITOR_NOTE = re.compile(r"\[(?:Note|Ed(?:itor)?(?:'s|’s)? ?[Nn]ote|Ed\.)\s*:[^\]\n]*\]")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each non-blank line of ``text``: a transcript gives a paragraph a line."""
    spans, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def _is_question(paragraph: str) -> bool:
    """Whether a paragraph is a question turn: short and ending with a question mark."""
    return len(paragraph) <= _QUESTION_CHARS and paragraph.rstrip().rstrip("\"”’')]").endswith("?")


def _asks_another(paragraph: str) -> bool:
    """Whether a paragraph is a question put to another: a question turn that does not speak in the
    first person singular ("What first attracted you to researching ants?"; not a speaker's own
    "If I could spare one heart from breaking, would you rise with me?" nor a reader's "How do I open
    a Trump Account for my child?")."""
    return (_is_question(paragraph) and not _FIRST_SINGULAR.search(_own_words(paragraph))) or _asks_indirectly(paragraph)


def _asks_indirectly(paragraph: str) -> bool:
    """Whether a short paragraph asks another in an indirect question ("I just wanted to know if you had
    any thoughts on recent NATO actions …"): a wish to know or to ask and "you" or "your"."""
    words = _own_words(paragraph)
    return len(paragraph) <= _QUESTION_CHARS and _INDIRECT.search(words) is not None \
        and re.search(r"\b[Yy]our?\b", words) is not None


def _is_heading(paragraph: str) -> bool:
    """Whether a paragraph is a heading: a short line that ends no sentence ("Hiring employees")."""
    return len(paragraph) <= _HEADING_CHARS and not _SENTENCE_END.search(paragraph)


def _own_words(paragraph: str) -> str:
    """The paragraph without what it quotes."""
    return _QUOTED.sub(" ", paragraph)


def unmarked_turns(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every turn of an interview printed without speakers' marks in
    ``text`` (see the module's docstring); empty when the text is no such interview.

    Args:
        text: a document's body.

    Returns:
        The turns in text order, each a paragraph (less an editor's note in square brackets).
    """
    paragraphs = paragraph_spans(text)
    body = [text[s:e] for s, e in paragraphs]
    if any(_BARE_Q.match(p) or _SALUTATION.match(p) for p in body):
        return []  # a transcript marking its reporters with a bare "Q" is read as remarks; a letter is its writer's
    asked = [k for k, p in enumerate(body)
             if _asks_another(p) and k + 1 < len(body) and not _is_question(body[k + 1])
             and not ends_in_credit(body[k + 1])]
    if len(asked) < 2 or not any(_SECOND.search(_own_words(body[k])) for k in asked):
        return []
    first = asked[0]
    if sum(1 for p in body[first + 1:] if not _is_question(p) and _FIRST_SINGULAR.search(_own_words(p))) < 2:
        return []
    begin = next(k for k, p in enumerate(body[:first + 1])
                 if k == first or (_FIRST_OR_SECOND.search(_own_words(p)) and not ends_in_credit(p)))
    if _FIRST_SINGULAR.search(_own_words(body[begin])) and not _asks_indirectly(body[begin]):
        return []  # the text opens in its speaker's own voice: a speech or a letter, not a talk asked
    spans: list[tuple[int, int]] = []
    for (s, e), paragraph in zip(paragraphs[begin:], body[begin:]):
        if ends_in_credit(paragraph) or _is_heading(_EDITOR_NOTE.sub("", paragraph)):
            continue
        at = s
        for note in _EDITOR_NOTE.finditer(paragraph):
            if s + note.start() > at:
                spans.append((at, s + note.start()))
            at = s + note.end()
        if at < e:
            spans.append((at, e))
    return spans
