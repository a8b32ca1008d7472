"""Quotations told at second hand (``toolkit.nlp.relays``): the words keep the speaker they are given to, and the
record names who tells them, so that "Who says what" never shows a retelling as the speaker's own statement.

The transcript is a passage of "Remarks by President Trump Before Cabinet Meeting" (the White House, 26 February 2025;
a work of the US Government, public domain: ``seeds/whitehouse-ukraine``, A09), and the President's address to the
Future Investment Initiative summit (19 February 2025, A06).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from conftest import ROOT

A09 = next((ROOT / "seeds" / "whitehouse-ukraine").glob("A09_*.txt"))
# The President's address and questions at the Future Investment Initiative summit, 19 February 2025 (public domain).
A06 = next((ROOT / "seeds" / "whitehouse-ukraine").glob("A06_*.txt"))


def _rows(quotes) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, *(v if isinstance(v, str) else None for v in (q.speaker, q.relayed_by))) for q in quotes.itertuples()]


@pytest.fixture(scope="module")
def relayed(nlp):
    """The quotations of a passage as (text, speaker, relayed_by), None for an empty cell."""
    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import Document

    return lambda text: _rows(extract([Document(id="t", path="t", text=text, sha256="0")], nlp=nlp).quotes)


@pytest.fixture(scope="module")
def cabinet(nlp):
    """The transcript read whole, as a set's one document, with its title."""
    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import Document

    return extract([Document(id="A09", path=str(A09), text=A09.read_text(encoding="utf-8"), sha256="0",
                             title="Remarks by President Trump Before Cabinet Meeting")], nlp=nlp)


def _one(rows, start: str):
    found = [row for row in rows if row[0].lstrip("“\"").startswith(start)]
    assert len(found) == 1, f"one quotation starting {start!r} expected, got {rows}"
    return found[0][1:]


class TestTranscriptTurn:
    """Every word of a transcript's turn is its speaker's: a quotation inside it that names another speaker is that
    speaker's words as the turn's speaker tells them."""

    @pytest.fixture(scope="class")
    @classmethod
    def rows(cls, cabinet):
        return _rows(cabinet.quotes)

    def test_another_speakers_words_are_told_by_the_turns_speaker(self, rows):
        for start in ("Wow, these guys are a paper tiger", "Well, this is our time to go"):
            speaker, relay = _one(rows, start)
            assert speaker.split()[-1] == "Putin" and relay.split()[-1] == "Trump"  # (one text alone: "Putin")

    def test_the_turns_speaker_relays_nobody_but_others(self, rows):
        assert all(relay is None or relay != speaker for _, speaker, relay in rows)
        trump = {relay for _, _, relay in rows} - {None}
        own = [relay for _, speaker, relay in rows if speaker in trump]
        assert trump and own and all(relay is None for relay in own)


class TestSpeakerNamedInOthersWords:
    """"THE PRESIDENT:" stands for the President the title names, though he quotes the press naming him ("the press will
    say, “President Donald Trump wanted …”"): a name inside quoted words is no other holder of the office."""

    @pytest.fixture(scope="class")
    @classmethod
    def rows(cls, nlp):
        from toolkit.extraction.tables import extract
        from toolkit.reading.sources import Document

        document = Document(id="A06", path=str(A06), text=A06.read_text(encoding="utf-8"), sha256="0",
                            title="Press Gaggle by President Trump at Future Investment Initiative Institute Priority "
                                  "Summit")
        return _rows(extract([document], nlp=nlp).quotes)

    def test_the_speakers_own_words(self, rows):
        own = [text for text, speaker, relay in rows if speaker == "Donald Trump" and relay is None]
        assert len(own) > 20

    def test_a_reply_right_after_his_question_is_not_his(self, rows):
        # "I said, “Are we okay, Captain?” “Yes, sir, we’re fine.”": marks closed and opened again at once, a reply
        assert _one(rows, "Are we okay, Captain")[0] == "Donald Trump"
        assert _one(rows, "Yes, sir, we’re fine")[0] != "Donald Trump"

    def test_the_words_he_tells_as_anothers(self, rows):
        speaker, relay = _one(rows, "Well, we don’t know where half of it is")
        assert speaker == "Volodymyr Zelensky" and relay == "Donald Trump"


class TestNarrative:
    """In prose, a verb of saying under another speaker's verb of saying gives the inner speaker's words as the outer
    one tells them; a speaker telling their own words, or words heard first hand, relays nothing."""

    def test_words_told_by_another_speaker(self, relayed):
        rows = relayed("President Donald Trump said Vladimir Putin told him on the phone, “We will not stop until "
                       "Kyiv gives up.” The Kremlin did not comment.")
        speaker, relay = _one(rows, "We will not stop")
        assert speaker == "Vladimir Putin" and relay == "Donald Trump"

    def test_a_speaker_told_by_a_pronoun_is_resolved(self, relayed):
        rows = relayed("Prime Minister Keir Starmer spoke to reporters in London on Monday. He said Emmanuel Macron "
                       "had told him: “France is ready to send troops.”")
        speaker, relay = _one(rows, "France is ready")
        assert "Macron" in speaker and relay == "Keir Starmer"

    @pytest.mark.parametrize("text, start", [
        ("Prime Minister Keir Starmer said on Monday that “the talks are serious” and that Europe would help.",
         "the talks are serious"),
        ("President Donald Trump said he told Vladimir Putin, “You have to stop the killing.”", "You have to stop"),
        ("“We will not stop until Kyiv gives up,” Vladimir Putin told reporters in Moscow on Friday.",
         "We will not stop"),
    ])
    def test_first_hand_words_are_relayed_by_nobody(self, relayed, text, start):
        speaker, relay = _one(relayed(text), start)
        assert speaker is not None and relay is None


class TestWhoSaysWhat:
    """The page shows a retelling under the speaker it names and says who tells it."""

    @pytest.fixture(scope="class")
    @classmethod
    def table(cls, cabinet):
        from toolkit.analysis import story, voices

        actors = story.central_actors(cabinet, focus=["Vladimir Putin"])
        return voices.voices(cabinet, actors, focus=["Vladimir Putin"], per_focus=99)

    def test_the_teller_is_named_beside_the_words(self, cabinet, table):
        from bs4 import BeautifulSoup

        from toolkit.present import sections
        from toolkit.analysis import voices

        putin = table[table["speaker"].astype(str).str.endswith("Putin")]
        assert len(putin) and putin["relayed_by"].astype(str).str.endswith("Trump").any()
        found = SimpleNamespace(voices=table, focus=list(putin["speaker"].unique()),
                                chorus=voices.chorus_lines(table, cabinet.documents, limit=1),
                                also_quoted=voices.also_quoted(table, limit=2),
                                quote_counts=lambda: voices.quote_counts(table))
        html = sections.show_voices(SimpleNamespace(findings=found, extraction=cabinet)).data
        item = next(li for li in BeautifulSoup(html, "html.parser").find_all("li") if "paper tiger" in li.get_text())
        assert "as told by" in item.get_text() and "Trump" in item.get_text()
