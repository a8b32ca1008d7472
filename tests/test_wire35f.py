"""World news from Latin America, Africa, South and Southeast Asia and the Middle East (round ``wire35f``), read
for entities.

The probe stories of ``bench/audit/wire35f/`` are world news in the house styles of AFP's Latin America desk, the
AP in Africa, Al Jazeera English, the Jakarta Post, Dawn and the Buenos Aires Times, on Mexico's 2024 election,
Kenya's Finance Bill protests, the Israel–Hezbollah ceasefire, Indonesia's 2024 election, Imran Khan's Al-Qadir
Trust sentence and the Argentine Senate's vote on the Ley Bases. Each gave names the small model misses or
mislabels: a speaker's one name after a closing quotation mark a work (and the quotation given to another), Dawn's
writers parted by a bar a building and a body, a country's states or provinces in a list bodies or missed.

The sentences below are the helper's, written in those outlets' published house style for this round; the names
and events are those of public reporting of 2024–25. Each test asserts a property of the output, with a control.
"""

from __future__ import annotations

import datetime as dt

from conftest import ents_of, label_rows, labels_of, speaker_of, tables_of


class TestSpeakersAfterQuotations:
    """A speaker's one name right after a closing quotation mark, the subject of "told", is a person."""

    def test_one_name_after_the_closing_mark(self, nlp, quotes_of):
        text = ("Defense Minister Prabowo Subianto claimed victory on Wednesday night. Former Central Java governor "
                "Ganjar Pranowo and Mahfud MD trailed with around 17 percent.\n\n\"This victory must be a victory "
                "for all Indonesian people,\" Prabowo told thousands of supporters at the Istora Senayan stadium.")
        assert ("Prabowo", "PERSON") in ents_of(nlp, text)
        assert speaker_of(quotes_of(text), "This victory") == "Prabowo Subianto"

    def test_a_quoted_title_opening_its_marks(self, nlp):
        ents = ents_of(nlp, "Critics were divided, \"Oppenheimer\" said little about the bomb itself, yet it won "
                            "seven Oscars.")
        assert ("Oppenheimer", "PERSON") not in ents


class TestWritersAboveStamps:
    """Dawn's writers parted by a bar on the line above the "Published" stamp are people."""

    def test_writers_parted_by_a_bar(self, nlp):
        ents = ents_of(nlp, "Imran sentenced to 14 years, Bushra to seven in £190m reference\n\nTahir Naseer | "
                            "Malik Asad\nPublished January 18, 2025\n\nISLAMABAD: An accountability court on Friday "
                            "sentenced PTI founder Imran Khan to 14 years in prison.")
        assert ("Tahir Naseer", "PERSON") in ents
        assert ("Malik Asad", "PERSON") in ents

    def test_a_sections_line_is_no_byline(self, nlp):
        ents = ents_of(nlp, "Pakistan | National Accountability Bureau\nPublished January 18, 2025\n\nISLAMABAD: "
                            "An accountability court on Friday sentenced Imran Khan.")
        assert ("National Accountability Bureau", "PERSON") not in ents
        assert ("Pakistan", "PERSON") not in ents


class TestListsOfPlaces:
    """A list after "states such as", and one compounded before "provinces", names places."""

    def test_states_such_as(self, nlp, tmp_path):
        text = ("Sheinbaum, a climate scientist by training, has pledged to tackle cartel violence in states such as "
                "Guerrero, Michoacán and Sinaloa.")
        rows = label_rows(tables_of(nlp, text, dt.date(2024, 6, 3), tmp_path).entities)
        assert rows.get("Guerrero") == rows.get("Michoacán") == rows.get("Sinaloa") == "GPE"

    def test_provinces_after_their_names(self, nlp, tmp_path):
        text = ("The Radical Civic Union (UCR) and senators from Misiones, Salta and Neuquén provinces backed the "
                "package after last-minute concessions.")
        rows = label_rows(tables_of(nlp, text, dt.date(2024, 6, 13), tmp_path).entities)
        assert rows.get("Salta") == rows.get("Neuquén") == "GPE"

    def test_people_such_as_stay_people(self, nlp):
        labels = labels_of(nlp, "The party courted leaders such as Raila Odinga, Kalonzo Musyoka and Martha Karua.")
        assert labels.get("Raila Odinga") == "PERSON"


class TestKindsAndRoles:
    """A town's name before "party"; a role before a name ("chief", "tycoon"); "Barrister" as a title; a list
    after a plural of bodies and "including"."""

    def test_a_party_named_as_a_town_is(self, nlp, tmp_path):
        text = ("The candidate of the ruling Morena party will take office on October 1, succeeding her mentor. "
                "Morena and its allies could win a two-thirds majority.")
        rows = label_rows(tables_of(nlp, text, dt.date(2024, 6, 3), tmp_path).entities)
        assert rows.get("Morena") == "ORG"

    def test_a_town_before_a_branch_stays_a_town(self, nlp, tmp_path):
        text = "Officials of the Sydney branch said the vote in Sydney would be held on Saturday."
        rows = label_rows(tables_of(nlp, text, dt.date(2024, 6, 3), tmp_path).entities)
        assert rows.get("Sydney") == "GPE"

    def test_chief_and_tycoon_before_names(self, nlp, tmp_path):
        text = ("Election Supervisory Agency (Bawaslu) chief Rahmat Bagja said his office had received reports of "
                "vote-buying. It alleges that Mr Khan obtained land from property tycoon Malik Riaz Hussain.")
        rows = label_rows(tables_of(nlp, text, dt.date(2024, 2, 15), tmp_path).entities)
        assert rows.get("Rahmat Bagja") == rows.get("Malik Riaz Hussain") == "PERSON"

    def test_chief_of_a_body_stays_a_body(self, nlp, tmp_path):
        text = "The commission's chief executive said Election Supervisory Agency staff had received reports."
        rows = label_rows(tables_of(nlp, text, dt.date(2024, 2, 15), tmp_path).entities)
        assert rows.get("Election Supervisory Agency") == "ORG"

    def test_barrister_is_a_title(self, nlp, tmp_path):
        text = ("Talking to reporters outside the jail, PTI chairman Barrister Gohar Ali Khan said the party would "
                "challenge the verdict.")
        rows = label_rows(tables_of(nlp, text, dt.date(2025, 1, 18), tmp_path).entities)
        assert rows.get("Gohar Ali Khan") == "PERSON"
        assert "Barrister Gohar Ali Khan" not in rows

    def test_pollsters_including(self, nlp, tmp_path):
        text = ("Quick counts by several pollsters, including Litbang Kompas and Indikator Politik Indonesia, put "
                "rival Anies Baswedan in second place.")
        rows = label_rows(tables_of(nlp, text, dt.date(2024, 2, 15), tmp_path).entities)
        assert rows.get("Litbang Kompas") == rows.get("Indikator Politik Indonesia") == "ORG"

    def test_people_including_stay_people(self, nlp, tmp_path):
        text = "Several leaders, including Raila Odinga and Kalonzo Musyoka, urged the government to drop the bill."
        rows = label_rows(tables_of(nlp, text, dt.date(2024, 6, 25), tmp_path).entities)
        assert rows.get("Raila Odinga") == "PERSON"


class TestBillsCutBeforeTheirHeads:
    """A finance law named by its field and year ("the Finance Bill 2024") is one law."""

    def test_field_before_bill_and_year(self, nlp):
        ents = ents_of(nlp, "Thousands of people had marched in Nairobi's central business district against the "
                            "Finance Bill 2024, which would raise some 346 billion shillings.")
        assert ("Finance Bill 2024", "LAW") in ents

    def test_a_body_before_the_bill_stays_out(self, nlp):
        ents = ents_of(nlp, "Officials at the National Treasury said Bill 2024 would raise taxes on bread.")
        assert not any("Treasury" in name and "2024" in name for name, _ in ents)


class TestTownsRunTogether:
    """Towns of a list the model ran into one body are cut at their commas into places."""

    def test_list_of_towns(self, nlp):
        ents = ents_of(nlp, "The demonstrations, largely organized online by young people known as Gen Z, also "
                            "spread to the cities of Mombasa, Kisumu, Eldoret and Nakuru.")
        assert ("Mombasa", "GPE") in ents and ("Kisumu", "GPE") in ents
        assert ("Mombasa, Kisumu", "ORG") not in ents

    def test_a_firm_with_a_comma_stays_whole(self, nlp):
        ents = ents_of(nlp, "The deal was advised by Skadden, Arps, Slate, Meagher & Flom, the law firm.")
        assert not any(name == "Skadden" and label == "GPE" for name, label in ents)


class TestTerritoriesBeforeGovernors:
    """A "person" before a lower-case "governor" and a name is the territory governed."""

    def test_province_before_governor(self, nlp):
        ents = ents_of(nlp, "Anies Baswedan came second, while former Central Java governor Ganjar Pranowo and "
                            "Mahfud MD trailed with around 17 percent.")
        assert ("Central Java", "GPE") in ents
        assert ("Ganjar Pranowo", "PERSON") in ents

    def test_a_person_before_a_governors_word_without_a_name(self, nlp):
        ents = ents_of(nlp, "Prabowo Subianto thanked Ganjar Pranowo, the governor, and Anies Baswedan at the rally.")
        assert not any(label == "GPE" and "Pranowo" in name for name, label in ents)


class TestFieldDots:
    """No name runs over a dateline's bullet: the place apart, the weekday gone."""

    def test_place_and_day_apart(self, nlp):
        ents = ents_of(nlp, "Prabowo claims victory\n\nYvette Tanamal and Nur Janti (The Jakarta Post)\nJakarta ● Thu, "
                            "February 15, 2024\n\nDefense Minister Prabowo Subianto claimed victory on Wednesday night.")
        assert ("Jakarta", "GPE") in ents
        assert not any("●" in name for name, _ in ents)

    def test_a_name_without_dots_is_left(self, nlp):
        ents = ents_of(nlp, "Defense Minister Prabowo Subianto claimed victory at the Istora Senayan on Wednesday.")
        assert ("Prabowo Subianto", "PERSON") in ents
