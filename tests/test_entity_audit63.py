"""Entity rules after the audit of the Universal NER gold on UD English EWT weblogs and newsgroup posts that read as
news or commentary on news (round ``entities63``, ``bench/audit/entities63.tsv``): a wire story's dateline quoted in
a weblog ("TEHRAN (AFP) - …"), a body named in full once and then by its initials without brackets ("the Coalition
Provisional Authority" … "the CPA"), surnames written in capitals as in a court's syllabus ("John Paul STEVENS …,
in which KENNEDY, SOUTER, GINSBURG, and BREYER joined"), a body named before its lower-case kind ("the outlawed
Lashkar-e-Toiba militant group"), a court case named by its parties ("in Hamdan v. Rumsfeld"), a place named again where the model left it
untagged ("Falluja has long been roiled"), a photographer named after an agency's "Photo/" ("AP Photo/Nasser
Nasser"), a writer's name in a byline ("By Deb Price / The Detroit News Deb Price"), the labels of a
message's fields and of a post's parts ("Email:", "Excerpt:"), a temperature's scale after "degree" ("90 degree
Fahrenheit"), a periodical named before its kind noun after "in" ("an Article in Time magazine").

Each rule is checked on the audited sentences (UD English EWT, CC BY-SA 4.0, with the Universal NER annotation),
with controls.
"""

from __future__ import annotations

from conftest import ents_of, labels_of

# weblog-blogspot.com_aggressivevoicedaily_20060814163400 (EWT)
_TEHRAN = ("Amazingly, these idiots think a cartoon of Mohammed is comparable to what we can expect in this new fun "
           "contest: TEHRAN (AFP) - An international contest of cartoons on the Holocaust opened in Tehran in "
           "response to the publication in Western papers last September of caricatures of the Prophet Mohammed.")

# weblog-juancole.com_juancole_20040404101100 (EWT)
_CPA = ("The Coalition decision to provoke a fight with Muqtada al-Sadr 's movement only three months before the "
        "Coalition Provisional Authority goes out of business has to be seen as a form of gross incompetence in "
        "governance. How did the CPA get to the point where it has turned even Iraqi Shiites, who were initially "
        "grateful for the removal of Saddam Hussein, against the United States? One answer is that the Pentagon "
        "prevented the State Department from running the CPA.")

# weblog-blogspot.com_aggressivevoicedaily_20060629164800 (EWT)
_HAMDAN = ("The Supreme Court announced its ruling today in Hamdan v. Rumsfeld divided along idelogical lines with John "
           "Roberts abstaining due to his involvement at the D.C. Circuit level and Anthony Kennedy joining the "
           "liberals in a 5-3 decision that is 185 pages long. The actual vote is a little confusing. Stay with me "
           "now: John Paul STEVENS delivered the opinion of the Court with respect to Parts I through IV, VI through "
           "VI-D-iii, VI-D-v, and VII, in which KENNEDY, SOUTER, GINSBURG, and BREYER joined, and an opinion with "
           "respect to Parts V and VI-D-iv, in which SOUTER, GINSBURG, and BREYER joined. BREYER filed a concurring "
           "opinion, in which KENNEDY, SOUTER, and GINSBURG joined. KENNEDY filed an opinion concurring in part, in "
           "which SOUTER, GINSBURG, and BREYER joined as to Parts I and II. SCALIA filed a dissenting opinion, in "
           "which THOMAS and ALITO joined.")

# newsgroup-groups.google.com_IndiaNewsWindow_8945cbef01f41435 (EWT)
_DAR = ("Delhi police chief KK Paul named the man as Tariq Ahmed Dar, and said police were hunting for four accomplices. "
        "He said Mr Dar, 33, was arrested in Indian-administered Kashmir and belonged to the outlawed Lashkar-e-Toiba "
        "militant group.")

# weblog-juancole.com_juancole_20030914114200 (EWT)
_FALLUJA = ("Angry crowds chanted anti-American slogans in the western city of Falluja (pop. 256,000) as the security "
            "police killed in a friendly fire incident by US troops were buried on Saturday. The clerics demanded "
            "talks with local US commanders. Falluja has long been roiled by tense relations with the US soldiers "
            "there, since local Sunnis either remain committed to Arab nationalism or have become Sunni "
            "fundamentalists or even radicals. Cities such as Falluja received special treatment from Saddam and "
            "enjoyed a disproportionate share of the country 's wealth and power.")

# newsgroup-groups.google.com_hiddennook_23708a8afef2f3a8 (EWT)
_ABBAS = ("AP Photo/Nasser Nasser Interim Palestinian leader and the front-runner in the upcoming Jan. 9, 2005 "
          "presidential election Mahmoud Abbas talks during his first official campaign speech in the West Bank town "
          "of Ramallah, Saturday Dec. 25, 2004.")

# newsgroup-groups.google.com_GayNews_0f9e221229ed0ee5 (EWT)
_PRICE = ("Heterosexuals increasingly back gay marriage By Deb Price / The Detroit News Deb Price When Baptist Pastor "
          "Stephen Jones talks about what makes for a happy marriage with Janice, his wife of 35 years, one special "
          "ingredient might surprise you: Double-dating with coupled friends who happen to be gay.")

# weblog-juancole.com_juancole_20041120060600 (EWT)
_EXCERPT = ("My opinion piece on the implications of Arafat 's passing for al-Qaeda has appeared at Newsday. Excerpt: "
            "\"Arafat 's secular nationalism was supple enough to compromise with Israel and to imagine a two-state "
            "solution, even if the road of negotiations remained rocky.\"")
# newsgroup-groups.google.com_CognitiveScienceNews_05a0175fc6ece48b (EWT)
_BEAVERS = ("Email: Anthony Beavers <CognitiveScienceN...@gmail.com> Inhibitory Systems Control the Pattern of "
            "Activity in the Cortex")


class TestDatelines:
    """"TEHRAN (AFP) - …": a wire dateline's place in capitals and its agency in brackets before a dash, which the
    model left untagged (and "KABUL" before a region it called a body)."""

    def test_the_place_and_the_agency(self, nlp):
        ents = ents_of(nlp, _TEHRAN)
        assert ("TEHRAN", "GPE") in ents and ("AFP", "ORG") in ents

    def test_a_place_before_its_region_is_no_body(self, nlp):
        ents = ents_of(nlp, "KABUL, Afghanistan (AP) — A suicide bomber killed 12 people on Sunday.")
        assert ("KABUL", "GPE") in ents and ("AP", "ORG") in ents

    def test_a_known_dateline_stays(self, nlp):
        ents = ents_of(nlp, "WASHINGTON (Reuters) - The U.S. Senate on Tuesday passed a bill to fund the government.")
        assert ("WASHINGTON", "GPE") in ents and ("Reuters", "ORG") in ents

    def test_brackets_inside_a_sentence_are_no_dateline(self, nlp):
        ents = ents_of(nlp, "The report was written by the SEC (Enforcement) - and nobody read it.")
        assert not any(label == "GPE" for _, label in ents)


class TestAcronymsOfNamedBodies:
    """"the Coalition Provisional Authority" … "the CPA": a body's initials in capitals without brackets, which the
    tagger read as a common noun and the model left untagged."""

    def test_every_cpa_is_the_body(self, nlp):
        ents = ents_of(nlp, _CPA)
        assert ents.count(("CPA", "ORG")) == 2
        assert labels_of(nlp, _CPA).get("Coalition Provisional Authority") == "ORG"

    def test_initials_no_body_spells_stay_untagged(self, nlp):
        ents = ents_of(nlp, "How did the CPA get to the point where it has turned even Iraqi Shiites against the "
                            "United States? One answer is that the Pentagon prevented the State Department from it.")
        assert not any(text == "CPA" for text, _ in ents)

    def test_a_word_between_brackets_stays_untagged(self, nlp):
        ents = ents_of(nlp, "He worked for the Coalition Provisional Authority in Baghdad. [CPA] Paul Bremer said so.")
        assert not any(text == "CPA" for text, _ in ents)

    def test_initials_written_as_a_plural_are_a_common_noun(self, nlp):
        ents = ents_of(nlp, "The Special Interest Group met on Monday. New SIGs were formed, and other SIG proposals "
                            "were received.")
        assert not any(text == "SIG" for text, _ in ents)

    def test_a_status_after_a_stays_untagged(self, nlp):
        ents = ents_of(nlp, "He worked for the Coalition Provisional Authority in Baghdad. Before that he was a CPA "
                            "in Ohio.")
        assert not any(text == "CPA" for text, _ in ents)


class TestSurnamesInCapitals:
    """"John Paul STEVENS …, in which KENNEDY, SOUTER, GINSBURG, and BREYER joined": a text that writes a surname in
    capitals after its given names writes people so; the model called them bodies or left them untagged."""

    def test_every_justice_is_a_person(self, nlp):
        ents = ents_of(nlp, _HAMDAN)
        for name in ("KENNEDY", "SOUTER", "GINSBURG", "BREYER", "SCALIA", "THOMAS", "ALITO"):
            assert (name, "PERSON") in ents, name
        assert not any(label == "ORG" and text.isupper() for text, label in ents)
        assert ents.count(("KENNEDY", "PERSON")) == 3

    def test_acronyms_stay_bodies_without_the_style(self, nlp):
        ents = ents_of(nlp, "NASA filed a report on the launch, in which ESA and JAXA joined.")
        assert ("NASA", "ORG") in ents
        assert not any(label == "PERSON" for _, label in ents)

    def test_a_body_apart_from_the_people_stays(self, nlp):
        ents = ents_of(nlp, "John Paul STEVENS delivered the opinion of the Court. NASA launched a rocket on Monday.")
        assert ("NASA", "ORG") in ents


class TestBodiesBeforeKinds:
    """"the outlawed Lashkar-e-Toiba militant group": a name before a lower-case kind of body is the body, which the
    model called a person."""

    def test_the_group_is_a_body(self, nlp):
        ents = ents_of(nlp, _DAR)
        assert ("Lashkar-e-Toiba", "ORG") in ents and ("Tariq Ahmed Dar", "PERSON") in ents

    def test_a_known_place_before_a_newspaper_stays(self, nlp):
        assert ("Texas", "GPE") in ents_of(nlp, "She worked for a Texas newspaper before moving to New York.")

    def test_an_owner_before_a_newspaper_stays(self, nlp):
        ents = ents_of(nlp, "The story first appeared in a Murdoch newspaper on Sunday.")
        assert not any(text == "Murdoch" and label == "ORG" for text, label in ents)

    def test_a_peoples_adjective_before_a_group_stays(self, nlp):
        ents = ents_of(nlp, "The attack was claimed by the Kurdish militant group on Sunday.")
        assert ("Kurdish", "NORP") in ents


class TestCasesByParties:
    """"in Hamdan v. Rumsfeld": a court case named by its parties is no place and no person (the golds: "Roe v. Wade"
    is no entity), which the model made of its two names."""

    def test_the_case_is_one_law(self, nlp):
        ents = ents_of(nlp, _HAMDAN)
        assert ("Hamdan v. Rumsfeld", "LAW") in ents
        assert not any(text in ("Hamdan", "Rumsfeld") for text, _ in ents)

    def test_a_match_between_two_countries_stays(self, nlp):
        ents = ents_of(nlp, "England v. Australia is the match of the summer at Lord's.")
        assert ("England", "GPE") in ents and ("Australia", "GPE") in ents


class TestPlacesNamedAgain:
    """"Falluja has long been roiled …": a town the model tags as a place once, and leaves untagged opening another
    sentence, is that place there too."""

    def test_every_falluja_is_a_place(self, nlp):
        ents = ents_of(nlp, _FALLUJA)
        assert [label for text, label in ents if text == "Falluja"].count("GPE") >= 2
        assert len([text for text, _ in ents if text == "Falluja"]) == 3

    @staticmethod
    def _again(nlp, text: str, labels: list[str]):
        from spacy.tokens import Span

        from toolkit.nlp.repeated_places import places_named_again

        doc = nlp(text)
        tagged = [t.i for t in doc if t.text in ("Falluja", "Zorbania")][:len(labels)]
        doc.ents = [Span(doc, i, i + 1, label=label) for i, label in zip(tagged, labels)]
        return [(e.text, e.label_) for e in places_named_again(doc, set())]

    def test_the_rule_adds_the_untagged_mention(self, nlp):
        assert self._again(nlp, "Fighters gathered in Falluja on Monday. Falluja was quiet.", ["GPE"]) == [
            ("Falluja", "GPE")]

    def test_a_part_of_a_longer_name_stays_untagged(self, nlp):
        assert self._again(nlp, "Fighters gathered in Falluja on Monday. The Falluja Brigade left.", ["GPE"]) == []

    def test_a_place_before_a_body_in_capitals_stays_untagged(self, nlp):
        assert self._again(nlp, "Fighters gathered in Falluja on Monday. Falluja RCMP officers left.", ["GPE"]) == []

    def test_a_place_inside_a_hyphenated_word_stays_untagged(self, nlp):
        assert self._again(nlp, "Fighters gathered in Falluja on Monday. The pro-Falluja camp left.", ["GPE"]) == []

    def test_a_name_no_gazetteer_knows_stays_untagged(self, nlp):
        text = "Fighters gathered in Falluja on Monday. Falluja was quiet."
        assert self._again(nlp, text.replace("Falluja", "Zorbania"), ["GPE"]) == []

    def test_a_name_also_tagged_a_person_stays_untagged(self, nlp):
        assert self._again(nlp, "Fighters met Falluja on Monday in Falluja. Falluja was quiet.",
                           ["PERSON", "GPE"]) == []


class TestPhotographersAfterSlashes:
    """"AP Photo/Nasser Nasser Interim Palestinian leader …": the photographer after an agency's "Photo/" is a person,
    which the model ran into the caption as a body (and "(AP Photo/Evan Vucci)" a body too)."""

    def test_the_photographer_is_a_person(self, nlp):
        ents = ents_of(nlp, _ABBAS)
        assert ("Nasser Nasser", "PERSON") in ents and ("AP", "ORG") in ents
        assert ("Mahmoud Abbas", "PERSON") in ents

    def test_a_credit_in_brackets(self, nlp):
        ents = ents_of(nlp, "Protesters gather outside the parliament in Bangkok. (AP Photo/Sakchai Lalit)")
        assert ("Sakchai Lalit", "PERSON") in ents

    def test_a_picture_library_is_no_person(self, nlp):
        ents = ents_of(nlp, "Protesters gather outside the parliament in Bangkok. (Photo/Getty Images)")
        assert not any(label == "PERSON" for _, label in ents)


class TestAuthorsInBylines:
    """"By Deb Price / The Detroit News Deb Price When …": the writer named after a capital "By" and before the
    outlet is a person, which the model ran into a body twice."""

    def test_the_writer_is_a_person_twice(self, nlp):
        ents = ents_of(nlp, _PRICE)
        assert ents.count(("Deb Price", "PERSON")) == 2 and ("The Detroit News", "ORG") in ents

    def test_a_time_after_by_is_no_writer(self, nlp):
        ents = ents_of(nlp, "By Christmas Eve, Santa will have visited every home in the town.")
        assert not any(label == "PERSON" and text == "Christmas Eve" for text, label in ents)


class TestFieldLabels:
    """"Email: Anthony Beavers <…>", "Excerpt: \"Arafat 's …\"": a field's label before its colon is no name, which
    the model read as a body or a person."""

    def test_the_labels_are_dropped(self, nlp):
        assert not any(text == "Excerpt" for text, _ in ents_of(nlp, _EXCERPT))
        ents = ents_of(nlp, _BEAVERS)
        assert not any(text == "Email" for text, _ in ents) and ("Anthony Beavers", "PERSON") in ents

    def test_a_name_before_a_colon_stays(self, nlp):
        ents = ents_of(nlp, "Reuters: The senator said on Monday that she would resign.")
        assert ("Reuters", "ORG") in ents


class TestTemperatureScales:
    """"90 degree Fahrenheit water temperatures" (newsgroup-groups.google.com_civilization_1201f7692b7769fb, EWT): a
    temperature's scale after "degree" is a unit, which the model called a place."""

    _KATRINA = ("According to many scientists, the early results of global warming—90 degree Fahrenheit water "
                "temperatures in the Gulf and rising sea levels—may have exacerbated the destructive power of Katrina.")

    def test_the_scale_is_no_place(self, nlp):
        ents = ents_of(nlp, self._KATRINA)
        assert not any(text == "Fahrenheit" for text, _ in ents) and ("Gulf", "LOC") in ents

    def test_a_person_named_so_stays(self, nlp):
        ents = ents_of(nlp, "Kelvin Smith told reporters the water was warm.")
        assert ("Kelvin Smith", "PERSON") in ents


class TestPrepositionBeforeAKindNoun:
    """"I read an Article in Time magazine …" (weblog-blogspot.com_grandpasgripes_20060413051000, EWT): "in" governs
    the kind noun the name modifies, so it says nothing of the name; the vote made "Time" (a town of the gazetteer)
    a place."""

    def test_the_magazine_is_a_body(self, nlp):
        labels = labels_of(nlp, "I read an Article in Time magazine accusing the Iranian Government of being willing "
                                "to start a nuclear war and I sympathise with the Article.")
        assert labels.get("Time") == "ORG"

    def test_a_town_after_in_stays_a_place(self, nlp):
        assert labels_of(nlp, "He lives in Harlow and works in Chelmsford.").get("Harlow") == "GPE"
