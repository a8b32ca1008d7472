"""A party named by its members' noun alone is the party; a party's word before a person's noun names no speaker.

Sentences from Wikinews (CC BY 2.5, Wikinews contributors) and The White House (public domain).
"""

from __future__ import annotations

from conftest import entity_index, labels_of

from toolkit.extraction.tables import extract
from toolkit.reading.sources import Document


def _quotes(nlp, text: str) -> list[tuple[str, str | None]]:
    rows = extract([Document(id="t", path="t", text=text, sha256="0")], nlp=nlp).quotes
    return [(q.text, q.speaker if isinstance(q.speaker, str) else None) for q in rows.itertuples()]


class TestPartyMembersAlone:
    """"235 Democrats and 199 Republicans", "Democrat Rod Blagojevich": the party (ORG), as its adjective is."""

    def test_members_plural_are_the_party(self, nlp):
        # wn_2019-01-04, Nancy Pelosi again elected Speaker as 116th U.S. Congress sworn in
        labels = labels_of(nlp, "The new members of the House of Representatives, which include 235 Democrats and "
                                "199 Republicans, voted for Pelosi to serve as Speaker with 220 votes. Altogether, "
                                "fifteen Democrats defected.")
        assert labels.get("Democrats") == "ORG"
        assert labels.get("Republicans") == "ORG"
        assert labels.get("House of Representatives") == "ORG"

    def test_a_member_before_a_name_is_the_party(self, nlp):
        # wn_2020-02-21, US President Trump grants eleven people clemency
        labels = labels_of(nlp, "The commutations included, among others, Democrat Rod Blagojevich, the former "
                                "governor of Illinois; Trump is a Republican.")
        assert labels.get("Democrat") == "ORG"
        assert labels.get("Rod Blagojevich") == "PERSON"

    def test_members_of_a_chamber_and_peoples_stay_peoples(self, nlp):
        # controls: a chamber's members and a nationality are groups of people, not a party
        labels = labels_of(nlp, "House Democrats met on Tuesday. Many Americans and Iranians watched the vote.")
        assert labels.get("Americans") == "NORP" and labels.get("Iranians") == "NORP"
        assert labels.get("House Democrats") != "ORG"


class TestPartyWordBeforeAPersonsNoun:
    """"A Republican senator said": the senator's party, not who speaks; a party named as subject speaks."""

    def test_a_party_adjective_names_no_speaker(self, nlp):
        quotes = _quotes(nlp, 'A Republican senator said: "We will not vote for this bill."')
        assert [speaker for _, speaker in quotes] == [None]

    def test_a_party_member_word_names_no_speaker(self, nlp):
        # The White House, 2025 (public domain)
        quotes = _quotes(nlp, "Unnamed Democrat Senator: “People are going to get hammered” if they vote for the "
                              "House-passed bill to reopen the government.")
        assert [speaker for _, speaker in quotes] == [None]

    def test_the_party_as_subject_speaks(self, nlp):
        quotes = _quotes(nlp, '"We will not vote for this bill," Democrats said on Monday.')
        assert [speaker for _, speaker in quotes] == ["Democrats"]


class TestPartyMembersJoined:
    """The members' singular and plural are one party, shown under the plural."""

    def test_a_member_and_the_members_are_one_party(self, nlp):
        # wn_2020-02-21 and wn_2019-01-04 (Wikinews, CC BY 2.5)
        index = entity_index(nlp, "The commutations included Democrat Rod Blagojevich, the former governor of "
                                  "Illinois. Altogether, fifteen Democrats defected.")
        assert index.canonical("Democrat", "ORG") == index.canonical("Democrats", "ORG") == "Democrats"


class TestNameOpenedAsElsewhere:
    """"Liberal Democrats describes itself …" (the model tags "Democrats") beside "running for the Liberal
    Democrats": the name as the text spells it elsewhere (wn_2020-11-27, Wikinews, CC BY 2.5)."""

    def test_the_opening_word_joins_the_name(self, nlp):
        text = ("Craig Farquharson, who is running for the Liberal Democrats, spoke to Wikinews. Liberal Democrats "
                'describes itself as standing for "individual liberty, free markets and small government".')
        quotes = _quotes(nlp, text)
        assert [speaker for _, speaker in quotes] == ["Liberal Democrats"]
        assert "Democrats" not in labels_of(nlp, text)

    def test_a_word_before_a_name_not_spelt_so_elsewhere_stays_out(self, nlp):
        labels = labels_of(nlp, "Joe Biden won the Democratic primary. Many Democrats backed him.")
        assert "Democrats" in labels and "Many Democrats" not in labels
