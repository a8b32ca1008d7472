"""Turn marks (toolkit/nlp/turn_marks.py): the one reading of an interview's "((Name))" marks that the
entity repairs (turn labels) and the interview turns (events) share.

Real passage: Wikinews, wn_2020-05-22 "Astronomer tells Wikinews about discovery of closest black hole
known so far" (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; not held out), shortened.
"""

from __future__ import annotations

import pytest

from toolkit.nlp.interviews import turn_spans
from toolkit.nlp.repairs import repair_entities
from toolkit.nlp.turn_marks import bracketed_mark, bracketed_marks, doc_marks

RIVINIUS = (
    "Thank you agreeing for this discussion by the way.\n\n"
    "((WN)) I would like to ask you about the discoveries that you and the team made. And about the future "
    "investigations.\n\n"
    "((Thomas Rivinius)) Ah, well yes, do you have any specific question? I mean, the future investigation is to "
    "make sure that it really is a black hole and we will probably do that by means of Interferometry.\n\n"
    "((WN)) What prompted your interest in astronomy?\n\n"
    "((Thomas Rivinius)) Oh, astronomy in general. That is very long.\n\n"
    "((WN)) Could you briefly explain this discovery and its findings?\n"
)


@pytest.fixture(scope="module")
def marks():
    return list(bracketed_marks(RIVINIUS))


class TestBracketedMarks:
    def test_every_mark_at_a_line_start_is_found(self, marks):
        assert [m.label for m in marks] == ["WN", "Thomas Rivinius", "WN", "Thomas Rivinius", "WN"]

    def test_label_offsets_are_the_characters_between_the_brackets(self, marks):
        for m in marks:
            assert RIVINIUS[m.start - 2:m.start] == "((" and RIVINIUS[m.end:m.end + 2] == "))"
            assert RIVINIUS[m.start:m.end] == m.label

    def test_words_begin_after_the_mark(self, marks):
        assert [RIVINIUS[m.words:m.words + 3] for m in marks] == ["I w", "Ah,", "Wha", "Oh,", "Cou"]

    def test_brackets_inside_a_line_are_no_mark(self):
        line = "The star ((HR 6819)) lies in the constellation of Telescopium."
        assert list(bracketed_marks(line)) == []
        assert bracketed_mark(line, 0, len(line)) is None

    def test_a_mark_alone_on_its_line_has_its_words_on_that_line(self):
        text = "((WN))\nWhat prompted your interest?"
        (mark,) = bracketed_marks(text)
        assert mark.words <= text.index("\n")


class TestSharedReading:
    def test_doc_marks_read_the_parsed_text_as_the_text(self, nlp, marks):
        assert doc_marks(nlp(RIVINIUS)) == marks

    def test_no_marks_in_a_text_without_brackets(self, nlp):
        doc = nlp("The two stars move around each other, the astronomers of the European Southern Observatory said.")
        assert doc_marks(doc) == []

    def test_interview_turns_open_where_the_marks_say_the_words_begin(self, marks):
        starts = {s for s, _ in turn_spans(RIVINIUS)}
        assert starts == {m.words for m in marks}

    def test_entities_leave_out_the_initials_and_label_the_full_name_a_person(self, nlp, marks):
        doc = nlp(RIVINIUS)
        initials = {(m.start, m.end) for m in marks if m.label == "WN"}
        assert any((e.start_char, e.end_char) in initials for e in doc.ents)  # the model tags the initials
        doc = repair_entities(doc)
        assert not any((e.start_char, e.end_char) in initials for e in doc.ents)
        assert all(e.label_ == "PERSON" for e in doc.ents if e.text in ("Thomas Rivinius", "Rivinius"))
