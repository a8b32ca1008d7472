"""Session 45's lead: the event scorer's head of a subject phrase (:func:`toolkit.evaluation.events.subject_matches`),
the name a passive of naming gives its subject noun (:mod:`toolkit.nlp.naming_verbs`), and a paragraph of running
text that ends in a picture's credit in brackets (:func:`toolkit.nlp.credits.caption_lines`), agentless passives on
"they" in a main clause (:func:`toolkit.nlp.passives.thing_acted_on`), and a publication day given to the API as
text (:meth:`toolkit.reading.documents.SourceSet.with_published`).

A gold subject keeps the whole phrase an analyst wrote ("Pakistan's laws about honor killings"); a row names the
same who with fewer words ("Pakistan's laws"). The scorer pairs them by the phrase's head noun, so its approximation of
the head must step over every kind of tail after the head: a preposition, a list of examples, a past participle with a
tail of its own. The phrases are from Wikinews articles (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org").
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import entity_table, events_of, label_rows

from toolkit.core.errors import SourceError
from toolkit.evaluation.events import subject_matches
from toolkit.extraction.tables import extract


class TestSubjectHeads:
    def test_tail_after_about(self):
        assert subject_matches("Pakistan's laws about honor killings", "Pakistan's laws", [])
        assert not subject_matches("Pakistan's laws about honor killings", "honor killings", [])

    def test_list_of_examples(self):
        gold = "Numerous iconic rock musicians such as Billy Idol and Yusuf/Cat Stevens"
        assert subject_matches(gold, "Numerous iconic rock musicians", [])
        assert subject_matches("German firms including Siemens", "German firms", [])

    def test_past_participle_with_its_tail(self):
        assert subject_matches("a fruit filled with firecrackers", "the fruit", [])
        assert not subject_matches("a fruit filled with firecrackers", "the firecrackers", [])

    def test_noun_in_ing_keeps_its_head(self):
        # control: "-ing" heads nouns, so its tail goes but the word stays the head
        assert subject_matches("a mass shooting at a garlic festival in Gilroy", "the shooting", [])
        assert not subject_matches("a mass shooting at a garlic festival in Gilroy", "the festival", [])

    def test_participle_without_tail_stays(self):
        # control: a name ending in "-ed" with nothing after it is not cut
        assert subject_matches("Manchester United", "United", [])
        assert not subject_matches("Manchester United", "Manchester", [])


class TestPassiveOfNaming:
    """"The platform used to be known as Twitter": the name is of the subject noun's kind, as after "a platform known
    as". The first sentence is from a White House press briefing of 2025-02-20 (public domain)."""

    def test_catenative_passive(self, nlp):
        text = ("A lot of this came on Twitter. The platform used to be known as Twitter. "
                "Many leaders talked about their disappointment.")
        assert label_rows(entity_table(nlp, text)).get("Twitter") == "ORG"

    def test_plain_passive(self, nlp):
        text = "The settlement is called Paradise. Paradise has two shops."
        assert label_rows(entity_table(nlp, text)).get("Paradise") in ("GPE", "LOC")

    def test_person_stays(self, nlp):
        # control: a boy named so is a person
        text = "The boy was named Jack after his grandfather. Jack later moved to Ohio."
        assert label_rows(entity_table(nlp, text)).get("Jack") == "PERSON"


class TestCreditAside:
    """"… 12 points to 10. (Image: Patrick Gillett)": a credit in brackets after a full sentence is an aside of running
    text (a page that sets its pictures inside the paragraphs), not the mark of a caption."""

    _MATCH = ("University beat Maroochydore on Saturday.\n\n"
              "Maroochydore played much of the first half in their attacking half. They went into the break down by "
              "only two points – 12 points to 10. {credit}\n\nThe coach praised the players.\n")

    def _verbs(self, nlp, tmp_path, credit):
        text = self._MATCH.format(credit=credit)
        return set(events_of(text, dt.date(2020, 9, 1), "match", nlp=nlp, folder=tmp_path)["verb"])

    def test_bracketed_credit_keeps_the_paragraph(self, nlp, tmp_path):
        assert "play" in self._verbs(nlp, tmp_path, "(Image: Patrick Gillett)")

    def test_caption_with_bare_credit_stays_a_caption(self, nlp, tmp_path):
        # control: a line that ends in a credit without brackets is a picture's caption, and tells no event
        assert "play" not in self._verbs(nlp, tmp_path, "Image: Patrick Gillett.")


class TestPassiveOnThey:
    """"The suspects fled. They were arrested on Monday.": an agentless passive on "they" in a main clause is an act
    done to those named before, as on "he" or "she"."""

    def _rows(self, nlp, tmp_path, text):
        return events_of(text, dt.date(2020, 1, 10), "story", nlp=nlp, folder=tmp_path)

    def test_they_arrested(self, nlp, tmp_path):
        rows = self._rows(nlp, tmp_path, "The two suspects fled the scene. They were arrested on Monday.")
        [row] = rows[rows["verb"] == "arrest"].to_dict("records")
        assert row["subject"] is None or row["subject"] != row["subject"]  # nobody named does it
        assert row["date"] == "2020-01-06"

    def test_state_of_they_stays_out(self, nlp, tmp_path):
        # control: a statal passive ("were located in") tells where they are, no act
        rows = self._rows(nlp, tmp_path, "Two boxes were found. They were located in the basement.")
        assert "locate" not in set(rows["verb"])

    def test_they_after_a_conjunct_is_not_its_subject(self, nlp, tmp_path):
        # "they" of a second conjunct is not the first conjunct's subject (English would leave it out); from a Wikinews
        # interview (CC BY 2.5)
        rows = self._rows(nlp, tmp_path, "The police caught both of them after that and they were jailed.")
        [row] = rows[rows["verb"] == "jail"].to_dict("records")
        assert row["object"] != "the police"

    def test_broke_is_an_adjective(self, nlp, tmp_path):
        # control: "were broke" (without money) is no passive of "break"; "was broken" is. From White House remarks of
        # 2025-02-13 (public domain).
        rows = self._rows(nlp, tmp_path, "Iran did not have much money at that point. They were broke. Iran was "
                                         "totally broke. The window was broken on Monday.")
        assert len(rows[rows["verb"] == "break"]) == 1

    def test_they_in_a_time_clause_stays_out(self, nlp, tmp_path):
        # control: "after they were released" dates another act
        rows = self._rows(nlp, tmp_path, "The hostages returned home after they were released on Monday.")
        assert "release" not in set(rows["verb"])


class TestPublishedAsText:
    """A notebook's user writes the publication day as a params file does."""

    def test_iso_text_is_a_date(self, nlp):
        from toolkit.reading.sources import Document

        doc = Document(id="t0", path="t0", text="The council met on Friday.", sha256="t0")
        timeline = extract([doc], nlp=nlp, published="2025-08-18").timeline
        assert "2025-08-15" in set(timeline["date"].astype(str))

    def test_bad_text_names_the_value(self, nlp):
        from toolkit.reading.sources import Document

        doc = Document(id="t0", path="t0", text="The council met on Friday.", sha256="t0")
        with pytest.raises(SourceError, match="next Tuesday"):
            extract([doc], nlp=nlp, published="next Tuesday")

    def test_read_paths_takes_text(self, tmp_path):
        from toolkit.reading.sources import read_paths

        (tmp_path / "a.txt").write_text("The council met on Friday.\n", encoding="utf-8")
        [doc] = read_paths([tmp_path / "a.txt"], published="2025-08-18").documents
        assert doc.published == dt.date(2025, 8, 18)
        with pytest.raises(SourceError, match="20250818"):
            read_paths([tmp_path / "a.txt"], published=20250818)


class TestCliticSubject:
    """"I think that’s happened" (White House remarks of 2025-02-13, public domain): the parser may read the clitic
    "’s" alone as the subject; a clitic names no one, and the clause gives no row."""

    def test_no_row_with_a_clitic_for_subject(self, nlp, tmp_path):
        from pathlib import Path

        [path] = Path(__file__).resolve().parents[1].glob("seeds/whitehouse-ukraine/A03_*.txt")
        rows = events_of(path.read_text(encoding="utf-8"), dt.date(2025, 2, 13), "a03", nlp=nlp, folder=tmp_path)
        subjects = {str(s).replace("’", "'") for s in rows["subject"].dropna()}
        assert not subjects & {"'s", "'re", "'ve", "'d", "'ll", "'m"}
        assert len(rows) > 20  # control: the remarks' other acts are there
