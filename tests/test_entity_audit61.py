"""Entity rules after the audit of the people in Universal NER's gold on the dev half of UD English PUD's news
sentences (round ``entities61``, ``bench/audit/entities61.tsv``): a name that owns a kin noun ("Trump's wife"), is
followed by an epithet ("Lucas Cranach the Elder") or was born on a day ("Cotton was born on October 31, 1832") is a
person's, whatever the model called it.

Each rule is checked on the audited sentences (UD English PUD, Universal NER; CC BY-SA 3.0), with controls.
"""

from __future__ import annotations

from conftest import ents_of, labels_of

# PUD n01027, n01039, n05008: "Trump", which the small model calls a body in each, three documents of one set
_TRUMP = ("I asked her afterwards if she understood why people might vote for Trump. Not everyone can rise above it.",
          "Clinton and allies, meanwhile, are seeking to keep the spotlight on Trump, charging that his disparaging "
          "comments about women and minorities, and his temperament make him unfit for office. That's not what we "
          "need in our country, folks. Trump's wife, Melania Trump, made her first appearance on the trail since "
          "the Republican convention in July.",
          "As a result, Trump isn't very worried about the Latin American vote at a national level.")


def _set_labels(nlp, texts: tuple[str, ...]) -> set[tuple[str, str, str]]:
    """Each mention's document, text and label when ``texts`` are extracted as the documents of one set."""
    import hashlib

    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import Document

    documents = [Document(id=f"d{i}", path=f"d{i}", text=t, sha256=hashlib.sha256(t.encode()).hexdigest())
                 for i, t in enumerate(texts)]
    rows = extract(documents, nlp=nlp).mentions.to_dict("records")
    return {(r["doc"], r["text"], r["label"]) for r in rows}
# PUD n01123
_COTTON = ("But Cotton’s dark deeds did not occur due to some sort of compulsion to kill. Cotton was born on October "
           "31, 1832, in a village near Sunderland. Perhaps it won’t matter as I won’t be troubled long.")
# PUD n02079
_CRANACH = "The two paintings by Lucas Cranach the Elder on display are especially eye-catching."

# PUD n01029, n01035
_KAMCHATKA = ("Seagal, whose grandmother was from Vladivostok in Russia's far east, has made frequent trips to Russia "
              "in recent years and visited Kamchatka and Sakhalin in September.")
_ABBOTSFORD = ("Despite the release of a photo this morning, police in B.C. say they have more questions than answers "
               "about an apparently homeless man charged in the fatal stabbing of a teen girl at her Abbotsford high "
               "school. Police in B.C. said earlier Klein did not appear to have a criminal history and released "
               "vague details about his recent whereabouts. \"We do not believe the suspect has ties to this school, "
               "or to the two girls, or specifically to the Abbotsford area,\" she said. He also said Klein was "
               "uncommunicative, uncooperative and unwilling to walk up from cells under the courthouse to attend his "
               "hearing.")


class TestPeopleByKinEpithetOrBirth:
    """A kin noun the name owns, "the Elder" after a given name and a surname, and a birth "on" a date make a name
    a person's (life_events.person_by_kin_or_birth), which the set-wide vote then follows for every mention."""

    def test_trump_with_a_wife_is_a_person_in_every_document(self, nlp):
        labels = _set_labels(nlp, _TRUMP)
        assert {label for doc, text, label in labels if text == "Trump"} == {"PERSON"}
        assert ("d0", "Trump", "PERSON") in labels and ("d2", "Trump", "PERSON") in labels

    def test_cotton_born_on_a_day_is_a_person(self, nlp):
        assert labels_of(nlp, _COTTON).get("Cotton") == "PERSON"

    def test_lucas_cranach_the_elder_is_a_person(self, nlp):
        labels = labels_of(nlp, _CRANACH)
        assert "PERSON" in {label for name, label in labels.items() if "Cranach" in name}

    def test_seagal_whose_grandmother_is_a_person(self, nlp):
        assert labels_of(nlp, _KAMCHATKA).get("Seagal") == "PERSON"

    def test_a_firm_whose_parent_stays_a_body(self, nlp):
        from toolkit.nlp.life_events import person_by_kin_or_birth

        doc = nlp("Instagram, whose parent company is Meta, said the app would close.")
        assert not any(person_by_kin_or_birth(e) for e in doc.ents)

    def test_a_firms_sister_app_stays_a_body(self, nlp):
        from toolkit.nlp.life_events import person_by_kin_or_birth

        doc = nlp("Facebook's sister app Instagram said on Tuesday that Facebook's parent would pay the fine.")
        assert not any(person_by_kin_or_birth(e) for e in doc.ents)

    def test_a_firm_born_in_a_year_stays_a_body(self, nlp):
        from toolkit.nlp.life_events import person_by_kin_or_birth

        doc = nlp("Microsoft was born in 1975 in Albuquerque, and the idea was born on a napkin.")
        assert not any(person_by_kin_or_birth(e) for e in doc.ents)

    def test_the_great_lakes_stay_a_place(self, nlp):
        from toolkit.nlp.life_events import person_by_kin_or_birth

        doc = nlp("Shipping on Lake Superior and the Great Lakes resumed in April.")
        assert not any(person_by_kin_or_birth(e) for e in doc.ents)


class TestPlacesTheModelCallsPeople:
    """The first of a list of places something visits, and the place "the … area" is named by, are places
    (place_lists.heads_list_of_places; evidence "place-area"), which the model called people."""

    def test_kamchatka_is_a_place(self, nlp):
        labels = labels_of(nlp, _KAMCHATKA)
        assert labels.get("Kamchatka") in ("GPE", "LOC")

    def test_abbotsford_is_a_place(self, nlp):
        labels = labels_of(nlp, _ABBOTSFORD)
        assert labels.get("Abbotsford") in ("GPE", "LOC") and labels.get("Klein") == "PERSON"

    def test_a_visited_person_stays_a_person(self, nlp):
        from toolkit.nlp.place_lists import heads_list_of_places

        doc = nlp("The minister visited Rostova and her husband in Moscow, then met Putin and Lavrov.")
        assert not any(heads_list_of_places(e) for e in doc.ents)

    def test_a_persons_era_is_no_area(self, nlp):
        labels = labels_of(nlp, "Rostova said the Yeltsin era ended badly for the Rostova family.")
        assert labels.get("Rostova") == "PERSON"


class TestWorksInQuotationMarks:
    """A "person" that fills its quotation marks, credited "by" a name after them, is a work's title
    (quoted_people.works_in_quotation_marks; PUD n04003)."""

    def test_geronimo_is_a_song(self, nlp):
        ents = ents_of(nlp, 'The hit song is "Geronimo" by Sheppard.')
        assert ("Geronimo", "PERSON") not in ents and ("Sheppard", "PERSON") in ents

    def test_a_nickname_stays_a_person(self, nlp):
        ents = ents_of(nlp, 'He was known as "Geronimo" by his friends, and Thomas "Tom" Smith by his wife.')
        assert ("Geronimo", "PERSON") in ents


class TestPeopleBeforeSuffixes:
    """A given name and a surname the model left untagged before a generational suffix are a person's
    (suffixes.people_before_suffixes; PUD n01011)."""

    def test_andre_price_iii_is_a_person(self, nlp):
        ents = ents_of(nlp, "She killed Andre Price III by pressing his face into an air mattress in her sitting "
                            "room before trying to do the same to her daughter, Angel, police said.")
        assert ("Andre Price III", "PERSON") in ents

    def test_titles_and_events_with_numbers_are_no_people(self, nlp):
        ents = ents_of(nlp, "Fans of Star Wars II watched the Super Bowl III replay after World War II films.")
        assert not any(label == "PERSON" for _, label in ents)


# PUD n01149
_METRO = ("Buried 100 meters (328 feet) underground, the Pyongyang Metro is one of the deepest commuter systems in the "
          "world. She spoke to CNN Style about the experience. In Pyongyang I did see some people on their "
          "smartphones, but far fewer.")


class TestNoPersonTakesThe:
    """A subject after "the" is no person's name even when the next sentence opens with "she"
    (evidence._subject_taken_up_as_a_person)."""

    def test_the_pyongyang_metro_is_no_person(self, nlp):
        labels = labels_of(nlp, _METRO)
        assert labels.get("Pyongyang Metro") not in (None, "PERSON")

    def test_a_subject_without_the_is_taken_up(self, nlp):
        labels = labels_of(nlp, "Crystal Munoz was convicted in 2008 of drug smuggling. Her sentence was commuted "
                                "by the president on Tuesday.")
        assert labels.get("Crystal Munoz") == "PERSON"


class TestSpeakersEndingBodiesNames:
    """A speaker's word that ends a name "the" opens and an entity runs into is the rest of a body's name, no
    person (names._ends_a_bodys_name; PUD n04006)."""

    def test_mestre_is_no_person(self, nlp):
        ents = ents_of(nlp, "The CGI Mestre have stated in a note, that there will be no rise in VAT, for 2017 at "
                            "least.")
        assert ("Mestre", "PERSON") not in ents and ("CGI", "ORG") in ents

    def test_a_firms_officer_stays_a_person(self, nlp):
        ents = ents_of(nlp, "Microsoft CEO Nadella said it was over, and the BBC's Mestre said so too.")
        assert ("Nadella", "PERSON") in ents and ("Mestre", "PERSON") in ents


# PUD n01058
_CAMPBELL = ("In the town of Hillsborough, just outside Chapel Hill, someone firebombed the Republican Party headquarters "
             "last month. After North Carolina passed its restrictive voting-rights bill in 2013, Campbell went "
             "around to churches teaching people how to deal with challenges to their registration. He could detect "
             "the effects of the election around him, in the bursts of conflict and the curious intersection of new "
             "ideas with old ones.")


class TestLoneSubjectTakenUp:
    """A one-word "body" that is its sentence's subject, with no person named there, and a "he" opening the next
    sentence, weighs for a person in the vote (evidence._lone_subject_taken_up, "taken-up")."""

    def test_campbell_is_a_person(self, nlp):
        assert labels_of(nlp, _CAMPBELL).get("Campbell") == "PERSON"

    def test_a_speaking_body_stays_a_body(self, nlp):
        from toolkit.nlp.evidence import _lone_subject_taken_up

        doc = nlp("Microsoft said it would appeal the ruling. He added that the case would take years.")
        assert not any(_lone_subject_taken_up(e, e.sent.end) for e in doc.ents)

    def test_a_body_beside_a_named_person_stays_a_body(self, nlp):
        from toolkit.nlp.evidence import _lone_subject_taken_up

        doc = nlp("Boeing fired Dennis Muilenburg in December. He had led the company for five years.")
        assert not any(_lone_subject_taken_up(e, e.sent.end) for e in doc.ents)
