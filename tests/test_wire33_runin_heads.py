"""Run-in heads in capitals against a transcript's turn labels (round ``wire33``, :mod:`toolkit.nlp.run_in_heads`).

Newsletters and wire copy open a paragraph with a topic in capitals and a colon ("MERZ IN CHARGE: German Chancellor
Friedrich Merz hosted …", "BIRTHDAYS: No one we know of.", a fact check's "CLAIM: …" and "THE FACTS: …"); a
broadcast transcript opens each turn with its speaker in the same form ("KELLY: So what came out of it?",
"MARGARET BRENNAN: …", "SECRETARY RUBIO: …"). Read as speakers, the heads became names ("BIRTHDAYS" a person,
"MERZ IN CHARGE" a body) and subjects ("BIRTHDAYS know", "RUBIO want"). The sentences are those of the probe
stories of ``bench/audit/wire33-caps/`` (written for this round) and ``bench/audit/wire32/``; each test has a
control that must not change: the transcripts keep their speakers, a dateline in capitals stays a dateline.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from toolkit.nlp.datelines import dateline_ends
from toolkit.nlp.interviews import turn_spans
from toolkit.nlp.rubrics import line_starts, rubric_ranges
from toolkit.nlp.run_in_heads import claim_paragraphs, names_nobody, run_in_heads

pytestmark = pytest.mark.usefixtures("nlp")  # (the heads read the English words of the pipeline built)

_STORIES = Path(__file__).resolve().parent.parent / "bench" / "audit"


def _story(name: str) -> str:
    return (_STORIES / name).read_text(encoding="utf-8")


def _heads(text: str) -> list[str]:
    return [text[s:e] for s, e in run_in_heads(text)]


def _extract(nlp, text: str, day: dt.date):
    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import Document

    document = Document(id="w", path="w", text=text, sha256=str(hash(text))).with_published(day)
    return extract([document], nlp=nlp)


def _rows(events) -> list[tuple[str, str, str, str]]:
    def text(value) -> str:
        return value if isinstance(value, str) else ""

    return [(text(e.subject), e.verb, text(e.object), text(e.reported_by)) for e in events.itertuples()]


@pytest.fixture(scope="module")
def newsletter(nlp):
    return _extract(nlp, _story("wire33-caps/newsletter1.txt"), dt.date(2025, 7, 8))


@pytest.fixture(scope="module")
def playbook(nlp):
    return _extract(nlp, _story("wire32/playbook1.txt"), dt.date(2025, 8, 14))


@pytest.fixture(scope="module")
def factcheck(nlp):
    return _extract(nlp, _story("wire33-caps/factcheck1.txt"), dt.date(2025, 5, 1))


@pytest.fixture(scope="module")
def transcript(nlp):
    return _extract(nlp, _story("wire33-caps/transcript1.txt"), dt.date(2025, 7, 13))


class TestHeadsByTheirLanguage:
    """A head is a phrase (a function word, a possessive, a plural, a common noun); a label is a name or a title."""

    def test_newsletter_heads(self):
        text = _story("wire33-caps/newsletter1.txt")
        assert _heads(text) == ["WITKOFF IN MOSCOW:", "WHAT RUBIO WANTS:", "SANCTIONS WATCH:", "BY THE NUMBERS:",
                                "TRANSITIONS:", "BIRTHDAYS:"]

    def test_playbook_heads(self):
        text = _story("wire32/playbook1.txt")
        assert _heads(text) == ["ALL EYES ON ANCHORAGE:", "MERZ IN CHARGE:", "WHAT KALLAS THINKS:", "BIRTHDAYS:"]

    def test_fact_check_heads(self):
        text = _story("wire33-caps/factcheck1.txt")
        assert _heads(text) == ["CLAIM:", "THE FACTS:", "CLAIM:", "THE FACTS:", "AP'S ASSESSMENT:"]

    def test_possessive_heads(self):
        text = _story("wire33-caps/wire1.txt")
        assert _heads(text) == ["ZELENSKYY'S APPEAL:", "THE KREMLIN'S LINE:", "WHAT'S NEXT:"]

    def test_transcript_labels_are_no_heads(self):
        # controls: a name, a title and a name, a surname labelling the turns of one named in full above
        assert _heads(_story("wire33-caps/transcript1.txt")) == []
        assert _heads(_story("wire32/npr1.txt")) == []
        assert _heads("THE PRESIDENT: Thank you very much.\n\nQ: Mr. President, will you meet Putin?\n\n"
                      "THE PRESIDENT: We'll see.\n") == []
        assert _heads("UNIDENTIFIED PERSON: We want peace.\n\nAUDIENCE MEMBERS: Yes.\n") == []

    def test_a_headline_or_a_quotation_after_the_label_is_no_head(self):
        # an outlet's headline has no stop; a quotation after a label is the label's words
        assert _heads("USA TODAY: Trump, Apple to announce $100 billion in new US investment\n") == []
        assert _heads("USA TODAY: \u201cThe average refund in 2025 was $2,939.\u201d\n") == []

    def test_a_caps_dateline_is_no_head(self):
        text = _story("wire33-caps/wire1.txt")
        assert not any(h.startswith("KYIV") for h in _heads(text))
        (end,) = dateline_ends_of(text)
        assert text[end:].lstrip("— ").startswith("Russia launched dozens")


def dateline_ends_of(text: str) -> list[int]:
    from toolkit.nlp.model import load_model

    doc = load_model()(text)
    return [doc[i].idx for i in dateline_ends(doc)]


class TestHeadsReportNothing:
    """A head's words are no subject; its paragraph's sentence starts after the colon."""

    def test_ranges_and_starts(self):
        text = "BIRTHDAYS: Nobody we have heard about. Write to us if we missed yours.\n"
        assert [text[a:b] for a, b in rubric_ranges(text)] == ["BIRTHDAYS:"]
        assert [text[i:i + 6] for i in line_starts(text)] == ["Nobody"]

    def test_no_event_of_a_head(self, newsletter, playbook):
        rows = _rows(newsletter.events) + _rows(playbook.events)
        assert not any(subject in ("BIRTHDAYS", "RUBIO") for subject, _, _, _ in rows)
        # control: the paragraph's own report stays
        assert ("the administration", "want", "a full ceasefire", "Marco Rubio") in _rows(newsletter.events)

    def test_a_claim_is_not_reported(self, factcheck):
        text = _story("wire33-caps/factcheck1.txt")
        assert [text[a:b][:20] for a, b in claim_paragraphs(text)] == ["CLAIM: Ukraine has a", "CLAIM: The deal requ"]
        rows = _rows(factcheck.events)
        assert not any(verb == "agree" and subject == "Ukraine" for subject, verb, _, _ in rows)
        # control: the fact check's own facts stay
        assert any(subject == "Ukraine" and verb == "keep" for subject, verb, _, _ in rows)


class TestHeadsNameNobody:
    """A head is no name; a word of it the prose names stays a name."""

    def test_no_entity_of_a_head(self, newsletter, playbook, factcheck):
        names = set(newsletter.entities["name"]) | set(playbook.entities["name"]) | set(factcheck.entities["name"])
        assert not names & {"BIRTHDAYS", "MERZ IN CHARGE", "CLAIM"}
        assert {"Friedrich Merz", "Marco Rubio", "Kaja Kallas", "Yulia Svyrydenko"} <= names

    def test_a_named_word_of_a_head_stays(self):
        text = _story("wire32/playbook1.txt")
        merz = text.index("MERZ IN CHARGE")
        assert names_nobody(text, merz, merz + len("MERZ IN CHARGE"))
        assert not names_nobody(text, merz, merz + len("MERZ"))  # "Merz" of the prose
        birthdays = text.index("BIRTHDAYS")
        assert names_nobody(text, birthdays, birthdays + len("BIRTHDAYS"))


class TestTranscriptsKeepTheirSpeakers:
    """Controls: a transcript's turns are still its speakers' words."""

    def test_turns_are_found(self):
        # every turn of the interview, from the host's first question (eight paragraphs, as before this round)
        text = _story("wire33-caps/transcript1.txt")
        spans = turn_spans(text)
        assert len(spans) == 8 and text[spans[0][0]:].startswith("Good morning and welcome")
        assert text[spans[-1][0]:spans[-1][1]] == "Thank you."

    def test_the_secretary_speaks_his_turns(self, transcript):
        rows = _rows(transcript.events)
        assert ("both sides", "understand", "", "Marco Rubio") in rows
