"""Entity rules after the audit of eleven short Wikinews articles (round ``ent41a``, ``bench/audit/ent41a/README.md``,
the gold ``tests/data/gold/wikinews-entities-dev25``).

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"), with controls.
"""

from __future__ import annotations

import datetime as dt

from conftest import DATA, aliases_of, entity_table, ents_of, events_of, label_rows
from test_entities import TestSecondEntityDevGold


class TestTwentyFifthEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev25`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev25"
    ARTICLES = 11


def _labels(nlp, text: str) -> dict[str, str]:
    """The entity table's label of each name of ``text`` (repairs and the set-wide vote)."""
    return label_rows(entity_table(nlp, text))


# Wikinews, 2019-09-20, Engineer killed while working on travelator at London Waterloo station
_TFL = ("The travelator allows passengers to transfer between the Northern and Jubilee lines of the Underground. "
        "Transport for London (TfL) told morning rush-hour passengers to take a longer way around instead of the "
        "travelator.")
_UNDERGROUND = "Waterloo station is in central London and is part of the London Underground mass transit system."
# Wikinews, 2019-05-12, Pope Francis instructs reporting of sexual abuse to higher church authorities
_JWS = ("Jehovah's Witnesses (JWs), another sect of Christianity, also implements a system of reporting abuse "
        "internally to a central authority. Sexual abuse in the religious congregation is reported to the Watch Tower "
        "Society, the organisation which directs the JWs on doctrines.")


class TestNamesBeforeMixedInitials:
    """"Transport for London (TfL)", "Jehovah's Witnesses (JWs)": initials in mixed case in brackets (a small word's
    lower-case letter, a plural "s") spell the words before them, one name with its short form."""

    def test_the_body_is_one_name_with_its_initials(self, nlp):
        table = entity_table(nlp, _TFL)
        labels = label_rows(table)
        assert labels.get("Transport for London") == "ORG" and "Transport" not in labels
        assert "TfL" in aliases_of(table, "Transport for London")

    def test_plural_initials_name_the_members_body(self, nlp):
        table = entity_table(nlp, _JWS)
        assert label_rows(table).get("Jehovah's Witnesses") == "NORP"  # "another sect of Christianity"
        assert "JWs" in aliases_of(table, "Jehovah's Witnesses")

    def test_letters_that_do_not_spell_the_initials_add_nothing(self, nlp):
        ents = ents_of(nlp, "Buses from Transport in London (TfL) ran late, and the Bank in England (BoE) waited.")
        assert ("Transport in London", "ORG") not in ents and ("Bank in England", "ORG") not in ents


# Wikinews, 2019-09-22, Millions don't turn up to storm US airbase for extraterrestrial evidence
_AREA = ("Friday was when, according to earlier event plans, millions of people were to storm Area 51, a classified "
         "facility within the United States Air Force's Nevada Test and Training Range, and the world was to finally "
         "learn of its secrets.")
_NARUTO = ("If we Naruto run, we can move faster than their bullets. Let's see them aliens. Naruto is a Japanese "
           "cartoon ninja character who runs with his arms behind his back.")
_CENTER = ('The event description read, "We will all meet up at the Area 51 Alien Center tourist attraction and '
           'coordinate our entry."')


class TestAppositionReadAsASecondObject:
    """"to storm Area 51, a classified facility within …": the parser reads the description as a second object of
    the verb; it describes the name all the same (a facility: FAC), and tags the name the model left untagged."""

    def test_the_facility(self, nlp):
        assert _labels(nlp, _AREA).get("Area 51") == "FAC"

    def test_other_appositions_stay(self, nlp):
        labels = _labels(nlp, "They visited Paris, a city of lights, in May. Police questioned Smith, a hotel owner, "
                              "on Monday.")
        assert labels.get("Paris") == "GPE" and labels.get("Smith") != "FAC"


class TestNamesJoinedOverAnd:
    """"the Nevada Test and Training Range": capitalised English words before "and", untagged, open the name the
    model found after it ("Training Range")."""

    def test_the_range_is_one_name(self, nlp):
        labels = _labels(nlp, _AREA)
        assert "Nevada Test and Training Range" in labels and "Training Range" not in labels

    def test_names_of_their_own_stay_apart(self, nlp):
        ents = ents_of(nlp, "The Senate and House Intelligence Committee met. Flights between Paris and Orly Airport "
                            "stopped.")
        assert ("Senate", "ORG") in ents and ("Paris", "GPE") in ents


class TestSubjectOfAKindNoun:
    """"Naruto is a Japanese cartoon ninja character": the copula with an indefinite kind noun says what its subject
    is (a character of fiction is a person)."""

    def test_the_character_is_a_person(self, nlp):
        assert _labels(nlp, _NARUTO).get("Naruto") == "PERSON"

    def test_the_kind_of_a_body_and_a_negated_copula(self, nlp):
        from toolkit.nlp.copulas import subject_kind

        doc = nlp("Tesla is a carmaker based in Texas. Tesla is not a carmaker.")
        first, second = [doc[t.i : t.i + 1] for t in doc if t.text == "Tesla"]
        assert subject_kind(first) == "ORG" and subject_kind(second) is None


class TestNumberedThingsInSitesNames:
    """"the Area 51 Alien Center tourist attraction": a building named after a numbered thing is kept (a place's
    name holds no digits otherwise)."""

    def test_the_attraction_is_kept(self, nlp):
        assert _labels(nlp, _CENTER).get("Area 51 Alien Center") == "FAC"

    def test_a_time_is_no_site(self, nlp):
        from toolkit.nlp.mentions import _named_after_numbered

        doc = nlp("It happened at 15:11 GMT near Pier 39 and at the Route 66 Museum.")
        assert not _named_after_numbered(doc[3:5]) and not _named_after_numbered(doc[6:8])
        assert _named_after_numbered(doc[11:14])


class TestLinesSharedByAList:
    """"between the Northern and Jubilee lines": names coordinated before "lines" are each a line (FAC)."""

    def test_each_line(self, nlp):
        labels = _labels(nlp, _TFL)
        assert labels.get("Northern") == "FAC" and labels.get("Jubilee") == "FAC"

    def test_common_words_before_lines(self, nlp):
        assert ents_of(nlp, "He waited in the long and slow lines at the border.") == []


class TestTransitNetworks:
    """"part of the London Underground mass transit system": a name before a network of transport on the ground is
    the network, a facility, not the body that runs it."""

    def test_the_network(self, nlp):
        assert _labels(nlp, _UNDERGROUND).get("London Underground") == "FAC"

    def test_a_broadcaster_network_stays(self, nlp):
        assert _labels(nlp, "The BBC news network reported it on Monday.").get("BBC") == "ORG"


# Wikinews, 2019-10-07, Influential rock drummer Ginger Baker dies at age 80
_STUDIO = ("We worked together on the 'Band on the Run' album in his ARC Studio, Lagos, Nigeria. Sad to hear that he "
           "died.")


class TestStudios:
    """"in his ARC Studio, Lagos, Nigeria": a studio is a built place (FAC), not one of the list's towns; a firm
    named "… Studios" stays a body."""

    def test_the_studio(self, nlp):
        labels = _labels(nlp, _STUDIO)
        assert labels.get("ARC Studio") == "FAC" and labels.get("Lagos") == "GPE"

    def test_studios_in_the_plural_stay_a_firm(self, nlp):
        assert _labels(nlp, "Pinewood Studios signed a deal with the BBC.").get("Pinewood Studios") == "ORG"


# Wikinews, 2019-09-20, Engineer killed while working on travelator at London Waterloo station
_WATERLOO = ("Very early Wednesday morning, an engineer was killed while working at Waterloo station in the British "
             "capital London. " + _UNDERGROUND)


class TestStationsPlacedElsewhere:
    """"at Waterloo station in the British capital London": a station said to stand in another place is named by its
    name (FAC), not a town's station."""

    def test_the_station(self, nlp):
        labels = _labels(nlp, _WATERLOO)
        assert labels.get("Waterloo station") == "FAC" and labels.get("London") == "GPE"

    def test_a_towns_station_stays_the_town(self, nlp):
        labels = _labels(nlp, "The train left Dolgellau station on time. He waited at the Paris station in France.")
        assert labels.get("Dolgellau") == "GPE" and labels.get("Paris") == "GPE"


# Wikinews, 2020-01-01, Samoan government ends state of emergency over measles outbreak; 2020-02-14, World Health
# Organization names new coronavirus COVID-19
_ILLNESSES = ("The D8 strain, which caused a New Zealand outbreak, has been identified in Samoa and Fiji. The "
              "guidelines also list Middle East Respiratory Syndrome, from 2013, as an undesirable name.")


class TestSyndromesAndStrains:
    """"Middle East Respiratory Syndrome", "The D8 strain": an illness named "… Syndrome" and a strain's code are no
    bodies (the golds list illnesses as no entity)."""

    def test_no_illness_is_a_body(self, nlp):
        labels = _labels(nlp, _ILLNESSES)
        assert "Middle East Respiratory Syndrome" not in labels and "D8" not in labels
        assert labels.get("New Zealand") == "GPE" and labels.get("Fiji") == "GPE"

    def test_a_body_named_after_a_syndrome_and_a_plane_stay(self, nlp):
        ents = ents_of(nlp, "The Down Syndrome Association said so. The B2 bomber flew over the F35 hangar.")
        assert ("The Down Syndrome Association", "ORG") in ents or ("Down Syndrome Association", "ORG") in ents


class TestApostrophesInNames:
    """"Jehovah's Witnesses … implements a system": an event's subject named by an entity keeps the apostrophe inside
    its name (quotation marks around a name go)."""

    def test_the_subject_keeps_its_apostrophe(self, nlp, tmp_path):
        events = events_of(_JWS, dt.date(2019, 5, 12), "jws", nlp=nlp, folder=tmp_path)
        assert "Jehovah's Witnesses" in set(events["subject"]) and "Jehovahs Witnesses" not in set(events["subject"])

    def test_quotation_marks_go(self):
        from toolkit.nlp.noun_phrases import unquoted

        assert unquoted('The "United States') == "The United States" and unquoted("O’Brien") == "O’Brien"
