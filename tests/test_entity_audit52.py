"""Entity rules after the audit of twelve Wikinews dev articles (round ``entities52``,
``bench/audit/entities52.tsv``): a body's acronym whose capitals an ampersand joins ("Pacific Gas and Electric Company
(PG&E)"), and a short name written as one capitalised word cut from the body's words ("The Philippine Institute of
Volcanology and Seismology (Phivolcs)"), each defined in brackets right after the body's name.

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5 Wikinews contributors), with controls.
"""

from __future__ import annotations

from conftest import aliases_of, entity_table, ents_of, label_rows

# Wikinews, 2019-10-09, scheduled power outages in Northern California
_PGE = ("At midnight local time (0700 UTC), United States public utility Pacific Gas and Electric Company (PG&E) began "
        "turning off electricity for customers in the San Francisco area of California. PG&E stated it scheduled the "
        "blackouts in response to forecasts for high winds amid dry conditions. Sumeet Singh, a vice president at "
        "PG&E, said \"We very much understand the inconvenience\".")


class TestAmpersandAcronymsInBrackets:
    """"Pacific Gas and Electric Company (PG&E)" … "PG&E stated": the acronym, its "and" written "&", is the
    company's short form, not a body of its own."""

    def test_one_body(self, nlp):
        table = entity_table(nlp, _PGE)
        assert "PG&E" in aliases_of(table, "Pacific Gas and Electric Company")
        assert "PG&E" not in set(table["name"])
        row = table[table["name"] == "Pacific Gas and Electric Company"]
        assert int(row["mentions"].iloc[0]) == 4

    def test_without_the_definition_it_stays(self, nlp):
        table = entity_table(nlp, "AT&T said on Monday it would cut jobs. Shares of AT&T fell.")
        assert label_rows(table).get("AT&T") == "ORG"


# Wikinews, 2019-10-22, aftershocks in the southern Philippines
_PHIVOLCS = ("The Philippine Institute of Volcanology and Seismology (Phivolcs) reported the first quake occurred at 7:37 "
             "p.m. local time (1137 UTC) on Wednesday. Magnitude 6.3 according to Phivolcs, it was recorded as "
             "magnitude 6.4 by the US Geological Survey. Phivolcs recorded 611 aftershocks as of Saturday 8:00 p.m. "
             "(1200 UTC).")


class TestShortNamesCutFromBodiesNames:
    """"(Phivolcs)", phi-volc-s of "Philippine Institute of Volcanology and Seismology": the short name is the body
    wherever the text writes it, not a person ("according to Phivolcs") nor a row of its own."""

    def test_the_mentions_are_the_body(self, nlp):
        ents = ents_of(nlp, _PHIVOLCS)
        assert [label for text, label in ents if text == "Phivolcs"] == ["ORG", "ORG", "ORG"]

    def test_one_body(self, nlp):
        table = entity_table(nlp, _PHIVOLCS)
        name = "Philippine Institute of Volcanology and Seismology"
        assert "Phivolcs" in aliases_of(table, name)
        assert "Phivolcs" not in set(table["name"])
        assert label_rows(table)[name] == "ORG"

    def test_the_pieces(self):
        from toolkit.nlp.initials import spelt_by_prefixes

        assert spelt_by_prefixes("comelec", "commission on elections".split())
        assert spelt_by_prefixes("ofcom", "office of communications".split())
        assert not spelt_by_prefixes("austin", "the university of texas".split())
        assert not spelt_by_prefixes("malaysia", "ministry of health".split())

    def test_a_place_in_brackets_is_left(self, nlp):
        ents = ents_of(nlp, "She studied at the University of Texas (Austin) before moving to Dallas.")
        assert ("Austin", "ORG") not in ents


# Wikinews, 2020-11-07, Joe Biden projected president-elect
_SHOUTED = ("President Trump has yet to concede, saying earlier in the morning before the call for Biden, \"I WON THIS "
            "ELECTION, BY A LOT!\" on Twitter.")


class TestShoutedSentences:
    """"I WON THIS ELECTION, BY A LOT!": English words in capitals in a shouted sentence are no names ("I WON"
    WORK_OF_ART, "LOT" ORG)."""

    def test_no_names_in_the_shout(self, nlp):
        texts = [text for text, _ in ents_of(nlp, _SHOUTED)]
        assert "I WON" not in texts and "LOT" not in texts
        assert "Trump" in texts and "Biden" in texts

    def test_a_dateline_in_capitals_stays(self, nlp):
        assert ("NEW YORK", "GPE") in ents_of(nlp, "NEW YORK (AP) — Stocks fell on Monday.")

    def test_a_name_in_a_shout_of_names_stays(self, nlp):
        texts = [text for text, _ in ents_of(nlp, "Protesters chanted \"WE WANT BIDEN AND HARRIS IN THE WHITE HOUSE\" outside.")]
        assert any("WHITE HOUSE" in t for t in texts)
