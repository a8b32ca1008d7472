"""Entity rules after the entity audit (found and labelled) of seven White House press pages (round
``entities35``, ``bench/audit/entities35.tsv``): peace through strength, Americans on the trade action, two pages
on Charlie Kirk, the President in Michigan, a murder in Charlotte, and the President on 60 Minutes.

Each rule is checked on the audited sentence (White House texts, /work/shared/corpora/whitehouse-2025/: public
domain).
"""

from __future__ import annotations

import pytest

from conftest import entity_table, ents_of, label_rows


# articles__2025-04-07-everyday-americans-support-president-trumps-trade-action.txt
_GROUPS = ("There’s a reason groups like the United Auto Workers, the Steel Manufacturers Association, the National "
           "Cattlemen’s Beef Association, the Southern Shrimp Alliance, and the National Council of Textile "
           "Organizations have all praised President Trump’s policy.")


class TestPeoplePluralPossessives:
    """"the National Cattlemen’s Beef Association": "’s" after a plural of people not in "s" is the plural's
    possessive, a body named by its members, as "Sheriffs’" is; the name stays whole."""

    def test_the_body_stays_whole(self, nlp):
        ents = ents_of(nlp, _GROUPS)
        assert any(text.endswith("National Cattlemen’s Beef Association") and label == "ORG" for text, label in ents)
        assert ("Beef Association", "ORG") not in ents

    def test_an_owner_and_its_body_still_part(self, nlp):
        ents = ents_of(nlp, "Remarks at the 69th Session of the United Nations’ Commission on Narcotic Drugs in "
                            "Vienna, Austria")
        assert ("Commission on Narcotic Drugs", "ORG") in ents


# articles__2025-09-15-vp-vance-administration-leaders-honor-charlie-kirks-enduring-legacy.txt
_HHS = ("Secretary of Health and Human Services Robert F. Kennedy, Jr.: “Charlie was probably the primary architect "
        "of my unification with President Trump… I first met Charlie in July of 2021…”")


class TestFieldsJoinedByAnd:
    """"Secretary of Health and Human Services Robert F. Kennedy": in a body the model tags whole, the word after
    "and" goes on the field "and" opened; it starts no person's name ("Human Services" PERSON)."""

    def test_the_department_stays_a_body(self, nlp):
        ents = ents_of(nlp, _HHS)
        assert ("Health and Human Services", "ORG") in ents
        assert not any(label == "PERSON" and "Services" in text for text, label in ents)
        assert ("Robert F. Kennedy", "PERSON") in ents


# articles__2025-09-08-charlotte-murder-exposes-democrat-failures-after-career-criminal-freed-by-woke-policies.txt
_POLICE_CHIEF = ("In 2020, Charlotte Mecklenburg Police Chief Johnny Jennings said “law enforcement, in general, is "
                 "based on racism” and their department can “probably slow down” on “discretionary arrests.”")


class TestBodyBeforeTitleAndHolder:
    """"Charlotte Mecklenburg Police Chief Johnny Jennings": a "person" ending in a body's head and a title before
    the holder's name is the body; the title is no name."""

    def test_the_police_is_a_body(self, nlp):
        ents = ents_of(nlp, _POLICE_CHIEF)
        assert ("Charlotte Mecklenburg Police", "ORG") in ents
        assert ("Johnny Jennings", "PERSON") in ents
        assert not any(text.endswith("Chief") for text, _ in ents)


# articles__2026-01-13-back-in-michigan-president-trump-celebrates-auto-industry-economic-revival.txt
_SCANDAL = "President Trump addressed the Minnesota Somali Fraud Scandal."
# articles__2025-11-03-president-trump-60-minutes-greatest-nine-months-in-the-history-of-the-presidency.txt
_SHUTDOWN = ("On ending the Democrat Shutdown: “We keep voting. I mean, the Republicans are voting almost unanimously "
             "to end it — and the Democrats keep voting against ending it… They’ve lost their way.”")


class TestHappeningHeads:
    """A name in capitals closed by a noun of a happening (scandal, shutdown, crisis) names an event, no body."""

    @pytest.mark.parametrize("text, name", [(_SCANDAL, "Minnesota Somali Fraud Scandal"),
                                            (_SHUTDOWN, "Democrat Shutdown")])
    def test_no_body(self, nlp, text, name):
        rows = label_rows(entity_table(nlp, text))
        assert rows.get(name) not in ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP")


# articles__2025-04-07-everyday-americans-support-president-trumps-trade-action.txt
_DEALER = ("Paddock Chevrolet, Inc., CEO Duane Paddock: “Whether President Trump was a Democrat or Republican, I have "
           "to have faith in my president and that’s what I choose to do …”")


class TestLegalFormsFront:
    """"Paddock Chevrolet, Inc.": a firm's name written with its legal form after a comma takes the capitalised
    proper noun the model left untagged in front."""

    def test_the_whole_name(self, nlp):
        ents = ents_of(nlp, _DEALER)
        assert ("Paddock Chevrolet, Inc.", "ORG") in ents
        assert ("Duane Paddock", "PERSON") in ents

    def test_a_name_tagged_whole_stays(self, nlp):
        assert ("Apple Inc.", "ORG") in ents_of(nlp, "Shares of Apple Inc. fell on Monday.")


# articles__2025-09-12-president-trump-honors-charlie-kirk-calls-for-unity-through-success-powerful-interview.txt
_RADICAL_LEFT = ("President Trump called on supporters to counter Radical Left violence with their votes: “You want "
                 "revenge at the voter box.”")


class TestPoliticalWings:
    """"counter Radical Left violence": a side of politics after a word of degree is a position, no body."""

    def test_the_wing_is_no_name(self, nlp):
        ents = ents_of(nlp, _RADICAL_LEFT)
        assert not any("Left" in text for text, _ in ents)
        assert ("Trump", "PERSON") in ents

    def test_a_place_named_far_stays(self, nlp):
        assert any(text == "Far Rockaway" for text, _ in ents_of(nlp, "He drove to Far Rockaway."))


# articles__2026-01-13-back-in-michigan-president-trump-celebrates-auto-industry-economic-revival.txt
_FORD = """President Trump toured the manufacturing home of Ford’s iconic F-150 truck in Dearborn.

Ford CEO Jim Farley: “We’re adding a combustion truck, an affordable one, in Tennessee… That’s what these policies are doing for Ford. We’re going to actually expand one of our existing plants and make a different kind of truck there.”

Ford Executive Chairman Bill Ford: “We have a great relationship with the President and his whole staff. They’ve been great to work with for us.”"""


class TestFirmsBeforeTheirOfficers:
    """"Ford CEO Jim Farley", "Ford Executive Chairman Bill Ford": a name the model calls a body right before a
    firm's officer's title and the officer's name is the firm, not the person whose surname it also is."""

    def test_the_firm_apart_from_the_person(self, nlp):
        table = entity_table(nlp, _FORD)
        assert label_rows(table).get("Ford") == "ORG"
        bill = table[table["name"] == "Bill Ford"]
        assert len(bill) == 1 and int(bill["mentions"].iloc[0]) == 1

    def test_a_surname_alone_still_joins_its_person(self, nlp):
        table = entity_table(nlp, "Executive Chairman Bill Ford spoke on Tuesday. Mr. Ford said he was proud of his "
                               "workers, and Ford thanked them.")
        assert "Ford" not in set(table["name"])
