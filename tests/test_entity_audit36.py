"""Entity rules after the entity audit (found and labelled) of ten Wikinews interviews of the GUM corpus (round
``entities36``, ``bench/audit/entities36.tsv``): self-medicating ants (Nick Bos), Noam Chomsky, Cyclone Phailin,
a dungeon's owners, Jack Herrick of wikiHow, Robert Sarvis, Hugh McGuire of LibriVox, Frank Messina, Shimon
Peres and Stardust @ home (Andrew Westphal).

Each rule is checked on the audited sentence, the text as ``toolkit.evaluation.gum.read_gum`` rebuilds it from
GUM_interview_<name>.conllu (texts CC BY 2.5 Wikinews contributors; GUM annotations CC BY 4.0, Georgetown
University Multilayer corpus, Zeldes), with controls.
"""

from __future__ import annotations

import pytest

from conftest import entity_table, ents_of, label_rows


# GUM_interview_ants
_ANTS = """Some ants were infected with Beauveria bassiana, a fungus. Infected ants chose food laced with toxic hydrogen peroxide, whereas healthy ants avoided it.

The team used Formica fusca, an ant species that can form thousand-strong colonies.

We collected wild colonies of Formica fusca by searching through old tree-trunks in old logging sites in southern Finland."""


class TestBinomialsEverywhere:
    """"Beauveria bassiana" (GPE), "colonies of Formica fusca by searching": a binomial tagged whole is no name,
    and a binomial set apart once in the text is one at every mention."""

    def test_no_species_entity(self, nlp):
        rows = label_rows(entity_table(nlp, _ANTS))
        assert not any(name.startswith(("Formica", "Beauveria")) for name in rows)
        assert rows.get("Finland") == "GPE"

    def test_the_credit_beside_the_binomial_stays(self, nlp):
        ents = ents_of(nlp, "Formica fusca, from file. Image: Mathias Krumbholz.")
        assert ("Mathias Krumbholz", "PERSON") in ents
        assert not any(text.startswith("Formica") for text, _ in ents)


# GUM_interview_chomsky, GUM_interview_peres
_GERMANY = ("The agreement was that Gorbachev agreed to a quite remarkable concession: he agreed to let a united "
            "Germany join the NATO military alliance.")
_EUROPE = "Look at Turkey, who is knocking on the doors of the united Europe."


class TestPlaceEpithets:
    """"a united Germany", "the united Europe": a lower-case adjective before a place's name is no part of it."""

    @pytest.mark.parametrize("text, place", [(_GERMANY, "Germany"), (_EUROPE, "Europe")])
    def test_the_name_starts_at_its_capital(self, nlp, text, place):
        ents = ents_of(nlp, text)
        assert any(t == place for t, label in ents if label in ("GPE", "LOC"))
        assert not any("united" in t for t, _ in ents)

    def test_a_capitalised_name_stays(self, nlp):
        ents = ents_of(nlp, "He moved to the United Kingdom in 2004.")
        assert any(t.endswith("United Kingdom") for t, _ in ents)


# GUM_interview_herrick
_HERRICK = "Jack Herrick, wikiHow founder interviewed by Wikinews Saturday, January 31, 2009"


class TestWeekdaysOffNames:
    """"interviewed by Wikinews Saturday, January 31, 2009": a weekday before a comma and a date is no part of the
    name before it."""

    def test_the_name_ends_before_the_weekday(self, nlp):
        ents = ents_of(nlp, _HERRICK)
        assert ("Wikinews", "ORG") in ents
        assert not any("Saturday" in t and label != "DATE" for t, label in ents)

    def test_the_person_and_the_date_stay(self, nlp):
        ents = ents_of(nlp, _HERRICK)
        assert ("Jack Herrick", "PERSON") in ents
        assert any(label == "DATE" and "2009" in t for t, label in ents)


# GUM_interview_cyclone
_CATEGORY = ("As of the last advisory, T C Phailin has winds of 190 kilometers per hour and has moved inland, headed "
             "on a northwest track. That is a Category 3 storm.")


class TestGradesOnAScale:
    """"a Category 3 storm": a grade and its number is no name (NORP in the model)."""

    def test_no_grade_entity(self, nlp):
        assert not any(t.startswith("Category") for t, _ in ents_of(nlp, _CATEGORY))

    def test_a_name_with_a_number_stays(self, nlp):
        assert any(t.startswith("Red Hat") for t, _ in ents_of(nlp, "IBM bought Red Hat in 2019."))


# GUM_interview_chomsky
_CHOMSKY = ("Noam Chomsky is a professor emeritus at Massachusetts Institute of Technology in Linguistics and "
            "Philosophy.")


class TestDisciplines:
    """"in Linguistics and Philosophy": a field of study named alone is no place or body."""

    def test_the_field_is_no_name(self, nlp):
        ents = ents_of(nlp, _CHOMSKY)
        assert not any(t == "Linguistics" for t, _ in ents)
        assert ("Massachusetts Institute of Technology", "ORG") in ents

    def test_a_body_named_after_a_field_stays(self, nlp):
        ents = ents_of(nlp, "She is a fellow of the Institute of Physics in London.")
        assert any(t.endswith("Institute of Physics") for t, _ in ents)


# GUM_interview_chomsky
_US = ("When the Soviet Union collapsed there had been an agreement, a recent agreement, between Gorbachev and the "
       "U.S government and the first Bush administration. Gorbachev also proposed a nuclear free weapons zone in the "
       "region, but the U.S wouldn’t consider that. In fact we had a sit down strike in the United States not long ago.")


class TestInitialsWithoutTheLastStop:
    """"the U.S government": the country's initials with the last stop left off are the United States."""

    def test_one_country(self, nlp):
        table = entity_table(nlp, _US)
        assert "U.S" not in set(table["name"])
        row = table[table["name"] == "United States"]
        assert len(row) == 1 and "U.S" in row["aliases"].iloc[0]


# GUM_interview_mcguire
_BOOKS = """My personal favourite is Notes from the Underground (Dostoyevsky). Other random good ones:

Austen, Jane. Pride and Prejudice

Christie, Agatha. The Mysterious Affair at Styles

London, Jack. White Fang

Macaulay, Thomas Babington. History of England (Volume 1, Chapter 1)

Marx, Karl and Engels, Friedrich. The Communist Manifesto (solo)

Twain, Mark. A Connecticut Yankee in King Arthur's Court (solo)"""


class TestSurnameFirst:
    """"Austen, Jane. Pride and Prejudice": a line that opens with "Surname, Given." names a person surname
    first (one or two joined by "and"), not a surname and a given name apart, nor a place."""

    def test_each_author_is_one_person(self, nlp):
        ents = ents_of(nlp, _BOOKS)
        for name in ("Austen, Jane", "Christie, Agatha", "London, Jack", "Macaulay, Thomas Babington", "Marx, Karl",
                     "Engels, Friedrich", "Twain, Mark"):
            assert (name, "PERSON") in ents
        assert not any(t in ("Agatha", "London", "Engels") for t, _ in ents)

    def test_a_town_and_its_state_stay_places(self, nlp):
        ents = ents_of(nlp, "The meeting was held here.\n\nPortland, Oregon. The city council voted on Monday.")
        assert not any(label == "PERSON" for _, label in ents)

    def test_a_name_inside_a_sentence_is_no_author(self, nlp):
        ents = ents_of(nlp, "We spoke to Smith, John and Mary about the plan.")
        assert ("Smith, John", "PERSON") not in ents


# GUM_interview_cyclone
_SARAVANAN = """File photo of interviewee R Saravanan. Image: R Saravanan.

A previous cyclone in 1999 in the Bay of Bengal area of India left 10,000 people dead."""


class TestPeopleInCredits:
    """"Image: R Saravanan.": two proper nouns after a credit word, no English words, the first a bare initial or
    a given name, are the photographer, a person."""

    def test_the_photographer_is_a_person(self, nlp):
        assert ("R Saravanan", "PERSON") in ents_of(nlp, _SARAVANAN)

    def test_a_body_in_a_credit_is_no_person(self, nlp):
        ents = ents_of(nlp, "The President speaks in the Rose Garden. Image: White House.")
        assert not any(t == "White House" and label == "PERSON" for t, label in ents)


# GUM_interview_stardust
_STARDUST = """Keep your eyes peeled for cosmic debris: Andrew Westphal about Stardust @ home

Sunday, May 28, 2006

Stardust is a NASA space capsule that collected samples from comet 81P/Wild (also known as "Wild 2) in deep space and landed back on Earth on January 15, 2006. It was decided that a collaborative online review process would be used to "discover" the microscopically small samples the capsule collected. The project is called Stardust @ home. Unlike distributed computing projects like SETI @ home, Stardust @ home relies entirely on human intelligence.

Andrew Westphal is the director of Stardust @ home. Wikinews interviewed him for May's Interview of the Month (IOTM) on May 18, 2006. As always, the interview was conducted on IRC, with multiple people asking questions.

Some may not know exactly what Stardust or Stardust @ home is. Can you explain more about it for us?

Artist's rendering of Spacecraft Stardust Image: NASA

Stardust is a NASA Discovery mission that was launched in 1999. It is really two missions in one. The primary science goal of the mission was to collect a sample from a known primitive solar-system body, a comet called Wild 2 (pronounced "Vilt-two" — the discoverer was German, I believe). This is the first US "sample return" mission since Apollo, and the first ever from beyond the moon. This gives a little context."""


class TestCraftBeforeTheirNames:
    """"Spacecraft Stardust": a kind of craft in capitals before a name makes it a vehicle's, no person's."""

    def test_the_spacecraft_is_no_person(self, nlp):
        rows = label_rows(entity_table(nlp, _STARDUST))
        assert not any(label == "PERSON" and "Stardust" in name for name, label in rows.items())
        assert rows.get("NASA") == "ORG"

    def test_a_person_named_like_a_ferry_stays(self, nlp):
        assert ("Ferry Corsten", "PERSON") in ents_of(nlp, "The DJ Ferry Corsten played in Amsterdam on Friday.")


class TestArtistsImpressions:
    """"Artist's rendering of Spacecraft Stardust": "Artist's" before a noun of a picture names no one."""

    def test_no_artist(self, nlp):
        ents = ents_of(nlp, "Artist's rendering of Spacecraft Stardust Image: NASA")
        assert not any(t == "Artist" for t, _ in ents)
        assert ("NASA", "ORG") in ents

    def test_an_artist_named_stays(self, nlp):
        ents = ents_of(nlp, "The artist's impression was drawn by Mark Garlick for the European Southern Observatory.")
        assert ("Mark Garlick", "PERSON") in ents
