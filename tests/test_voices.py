"""Who says what and where sources differ, on a set with many voices: the page names the most
telling few and counts the rest, so that a corpus of thousands of documents still reads as a
briefing (and prints as one), while every quotation stays in the CSV."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from bs4 import BeautifulSoup

from toolkit.analysis import voices as voices_mod

ROOT = Path(__file__).resolve().parent.parent
# Seven White House articles of 2025 (public domain): three round-ups of reactions (dozens of
# lawmakers quoted once or twice) and four articles quoting a handful of officials.
ROUND_UPS = ("A10_", "A11_", "A12_", "A23_", "A24_", "A25_", "A26_")


@pytest.fixture(scope="module")
def round_ups(nlp):
    from toolkit.analysis import story
    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import read_paths

    folder = ROOT / "seeds" / "whitehouse-ukraine"
    paths = [next(folder.glob(f"{prefix}*.txt")) for prefix in ROUND_UPS]
    extraction = extract(read_paths(paths), nlp=nlp)
    actors = story.central_actors(extraction, focus=["Donald Trump"])
    table = voices_mod.voices(extraction, actors, focus=["Donald Trump"])
    return SimpleNamespace(extraction=extraction, table=table)


class TestRoundUpsAndMinorSpeakers:
    def test_only_the_most_relevant_round_ups_get_a_line(self, round_ups):
        every = voices_mod.chorus_lines(round_ups.table, round_ups.extraction.documents, limit=99)
        two = voices_mod.chorus_lines(round_ups.table, round_ups.extraction.documents, limit=2)
        assert len(every) >= 3 and len(two) == 2
        assert set(two["doc"]) < set(every["doc"])
        # the kept ones are those whose best quotation is most relevant, listed in the table's order
        relevance = round_ups.table.groupby("doc")["relevance"].max()
        assert min(relevance[d] for d in two["doc"]) >= max(relevance[d] for d in set(every["doc"]) - set(two["doc"]))
        assert list(two["doc"]) == [d for d in every["doc"] if d in set(two["doc"])]

    def test_also_quoted_names_the_most_quoted_first_and_stops(self, round_ups):
        every = voices_mod.also_quoted(round_ups.table, limit=999)
        few = voices_mod.also_quoted(round_ups.table, limit=3)
        assert len(every) > 3 and len(few) == 3
        assert few["quotes"].min() >= every["quotes"].iloc[3:].max()

    def test_the_page_counts_what_it_does_not_name(self, round_ups):
        from toolkit.present import sections

        table = round_ups.table
        found = SimpleNamespace(voices=table, focus=["Donald Trump"],
                                chorus=voices_mod.chorus_lines(table, round_ups.extraction.documents, limit=1),
                                also_quoted=voices_mod.also_quoted(table, limit=2),
                                quote_counts=lambda: voices_mod.quote_counts(table))
        page = BeautifulSoup(sections.show_voices(SimpleNamespace(findings=found, extraction=round_ups.extraction))
                             .data, "html.parser").get_text(" ")
        round_up_docs = table.loc[table["role"] == "chorus", "doc"].nunique()
        others = table.loc[table["role"] == "other", "speaker"].nunique()
        assert round_up_docs > 1 and others > 2
        assert f"{round_up_docs - 1} more round-up" in page
        assert f"and {others - 2:,} others quoted less often" in page


def _comparison(groups: list[dict], variants: list[dict]) -> SimpleNamespace:
    return SimpleNamespace(quotes=pd.DataFrame(groups), quote_variants=pd.DataFrame(variants))


def _group(quote, speakers, documents, outlets, *, attribution=True, wording=False):
    return {"quote": quote, "speakers": speakers, "documents": documents, "outlets": outlets,
            "attribution_differs": attribution, "wording_differs": wording, "words": 8}


class TestWhereSourcesDiffer:
    """Ranking and capping are table logic: small tables of the shape the comparison makes."""

    @pytest.fixture
    def rows(self):
        groups = [_group("q1", "Ann Lee; unattributed", 3, 1),           # one speaker against nobody
                  _group("q2", "Ann Lee; Bob Stone", 2, 2),              # two sources, two speakers
                  _group("q3", "unattributed", 5, 3, attribution=False, wording=True)]
        variants, quotes = [], []
        for quote, docs, speakers, texts in (
                ("q1", ["d1", "d2", "d3"], ["Ann Lee", None, "Ann Lee"], ["we will talk"] * 3),
                ("q2", ["d4", "d5"], ["Ann Lee", "Bob Stone"], ["we will talk soon"] * 2),
                ("q3", ["d6", "d7", "d8", "d9", "d10"], [None] * 5,
                 ["the deal is done", "the deal is done", "the deal was done", "the deal is done", "a deal is done"])):
            for i, (doc, who, text) in enumerate(zip(docs, speakers, texts)):
                variants.append({"quote": quote, "doc": doc, "outlet": None, "speaker": who, "text": text,
                                 "start": 10 * i})
                quotes.append({"doc": doc, "start": 10 * i, "end": 10 * i + 9, "sentence": f"“{text},” said …"})
        return voices_mod.differences(_comparison(groups, variants), pd.DataFrame(quotes),
                                      max_quotes=2, max_versions=3)

    def test_every_report_is_kept_in_the_table(self, rows):
        assert len(rows) == 10 and set(rows["quote"]) == {"q1", "q2", "q3"}

    def test_two_named_speakers_first_then_the_most_outlets(self, rows):
        assert list(dict.fromkeys(rows["quote"])) == ["q2", "q3", "q1"]
        assert not rows.loc[rows["quote"] == "q1", "shown"].any()

    def test_distinct_versions_are_shown_before_repeats(self, rows):
        shown = rows[(rows["quote"] == "q3") & rows["shown"]]
        assert len(shown) == 3
        assert set(shown["text"]) == {"the deal is done", "the deal was done", "a deal is done"}
        assert list(shown["doc"]) == sorted(shown["doc"], key=lambda d: int(d[1:]))


class TestWhoIsAPrincipalVoice:
    def test_a_nationality_is_never_a_principal_voice(self, nlp):
        """ "the share of Americans who say gas prices are a “major problem”": the extraction no
        longer gives a poll's words to a people (tests/test_speakers.py::TestAPeopleNeverSpeaks),
        but a people named as a speaker by any route is never a voice the briefing leads with.
        The table is the real extraction's, with the poll's two quotations given to "Americans"
        as the extraction gave them before that rule."""
        import dataclasses

        from toolkit.analysis import story
        from toolkit.extraction.tables import extract
        from toolkit.reading.sources import read_paths

        folder = ROOT / "tests" / "data" / "inputs" / "whitehouse-bench"
        extraction = extract(read_paths([next(folder.glob("articles__2025-09-18-*.txt"))]), nlp=nlp)
        labels = dict(zip(extraction.entities["name"], extraction.entities["label"]))
        # the people of "Americans" by its canonical name (the plural and "American" are one people)
        mentions = extraction.mentions
        people = set(mentions.loc[mentions["text"] == "Americans", "name"])
        assert len(people) == 1
        people = people.pop()
        assert labels.get(people) == "NORP"
        quotes = extraction.quotes.copy()
        poll = quotes["sentence"].str.contains("Americans who say|approval", regex=True)
        assert poll.sum() == 2
        quotes.loc[poll, "speaker"] = people
        table = voices_mod.voices(dataclasses.replace(extraction, quotes=quotes), story.central_actors(extraction))
        mine = table[table["speaker"] == people]
        assert len(mine) == 2 and mine["confident"].all()  # still listed, as "also quoted"
        assert not (mine["role"] == "principal").any()
