"""Entity rules after the audit of two Wikinews articles (round ``ent37b``, ``bench/audit/ent37b/README.md``, the
gold ``tests/data/gold/wikinews-entities-dev18``).

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"), with controls.
"""

from __future__ import annotations

from conftest import DATA, aliases_of, ents_of, entity_table, label_rows
from test_entities import TestSecondEntityDevGold


class TestEighteenthEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev18`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev18"
    ARTICLES = 2


# Wikinews, 2020-07-25, On the campaign trail in the USA, June 2020
_RUNNING_MATE = ("In alternate party news, businessman Rocky De La Fuente, already the presidential nominee of the "
                 "Alliance Party, was named the presidential nominee of both the Reform Party and the Natural Law "
                 "Party of Michigan. The parties nominated his running mate, historian Darcy Richardson, for vice "
                 "president. Three days later, the ballot- qualified Natural Law Party of Michigan gave its nomination "
                 "to the duo. De La Fuente/Richardson has already secured the nomination of the Alliance Party.")


class TestSurnamesOpenedByParticles:
    """"Rocky De La Fuente" … "De La Fuente": a surname opened by particles, named in full with the given name, keeps
    its particles in the full name's key, so that the surname alone finds its person."""

    def test_the_surname_alone_is_an_alias_of_the_full_name(self, nlp):
        table = entity_table(nlp, _RUNNING_MATE)
        assert "De La Fuente" in aliases_of(table, "Rocky De La Fuente")
        assert "De La Fuente" not in label_rows(table)

    def test_particles_and_titles_keep_their_readings(self, nlp):
        from toolkit.nlp.surfaces import mention_key

        assert mention_key("Ursula von der Leyen", "PERSON") == mention_key("Commission President Ursula von der "
                                                                            "Leyen", "PERSON")
        assert mention_key("Housing and Urban Development Scott Turner", "PERSON") == "scott turner"
        table = entity_table(nlp, "Ursula von der Leyen met Keir Starmer in London. Von der Leyen said the talks "
                                  "went well.")
        assert label_rows(table).get("Ursula von der Leyen") == "PERSON" and "Keir Starmer" in label_rows(table)


_CHURCH = ("During a riot in Washington, D.C. near the White House, rioters reportedly partly set fire to St. John’s "
           "Episcopal Church at Lafayette Square, which suffered damage.")


class TestChurchesNamedAfterSaints:
    """"St. John’s Episcopal Church": a saint's possessive, then the denomination and "Church", is one building, not
    a place "St. John" and a body "Episcopal Church"."""

    def test_the_church_is_one_building(self, nlp):
        rows = label_rows(entity_table(nlp, _CHURCH))
        assert rows.get("St. John’s Episcopal Church") == "FAC"
        assert "St. John" not in rows and "Episcopal Church" not in rows

    def test_a_city_named_after_a_saint_still_owns_its_building(self, nlp):
        rows = label_rows(entity_table(nlp, "Fans filled St. Louis's Busch Stadium on Monday."))
        assert rows.get("St. Louis") == "GPE" and rows.get("Busch Stadium") == "FAC"


_MEMORIAL = ("Ahead of a planned attempt to take down the Emancipation Memorial featuring US President Abraham "
             "Lincoln in Lincoln Park, Trump vowed to issue an executive order regarding those caught desecrating "
             "federal statues.")


class TestMonumentsBeforeParticiples:
    """"the Emancipation Memorial featuring US President Abraham Lincoln": a participle written small after a name
    opens what describes it, and a memorial is a built thing, not a work's title."""

    def test_the_memorial_is_a_site_without_the_participle(self, nlp):
        rows = label_rows(entity_table(nlp, _MEMORIAL))
        assert rows.get("Emancipation Memorial") == "FAC" and "Emancipation Memorial featuring" not in rows
        assert rows.get("Abraham Lincoln") == "PERSON" and rows.get("Lincoln Park") == "LOC"

    def test_titles_and_names_that_are_no_monuments_stay(self, nlp):
        rows = label_rows(entity_table(nlp, "He was treated at Parkland Memorial Hospital in Dallas."))
        assert rows.get("Parkland Memorial Hospital") == "FAC"
        assert ("Memorial Day", "DATE") in ents_of(nlp, "Memorial Day parades were cancelled.")


_TICKETS = ("As of late June, several state Constitution parties were considering severing their ties with the "
            "national Constitution Party, which nominated Don Blankenship for president in May. According to "
            "Politics1.com, some of these states may attempt to give their nomination and ballot access to the "
            "Myers/Lusk ticket. Why should right wing or conservative voters choose Myers/Lusk over President Trump "
            "or the Constitution Party's Blankenship/Mohr ticket? J. R. Myers and Tiara Lusk spoke with Wikinews.")


class TestTicketsAndPartyNames:
    """"the Constitution Party's Blankenship/Mohr ticket": a ticket is two people, the running mate named only there;
    "the national Constitution Party": a word written small opens no body's name; "several state Constitution
    parties": the name before "parties" is the party's."""

    def test_the_running_mate_is_a_person(self, nlp):
        rows = label_rows(entity_table(nlp, _TICKETS))
        assert rows.get("Mohr") == "PERSON" and "Blankenship/Mohr" not in rows
        assert rows.get("Don Blankenship") == "PERSON"

    def test_one_constitution_party(self, nlp):
        table = entity_table(nlp, _TICKETS)
        rows = label_rows(table)
        assert rows.get("Constitution Party") == "ORG"
        assert "national Constitution Party" not in rows and "Constitution" not in rows
        assert "Constitution" in aliases_of(table, "Constitution Party")

    def test_a_slash_before_no_ticket_and_particles_stay(self, nlp):
        rows = label_rows(entity_table(nlp, "Don Blankenship ran again. The GNU/Linux system was odd."))
        assert "Linux" not in rows
        rows = label_rows(entity_table(nlp, "He met the de Blasio Team and the state Democratic Party."))
        assert "de Blasio Team" in rows


_PARTIES = ("At the virtual 2020 Reform National Convention on June 20, the Reform Party nominated the De La "
            "Fuente/Richardson presidential ticket. Richardson is a political activist and historian. De La "
            "Fuente/Richardson is the ticket of the Alliance, Reform, Natural Law, and American Delta parties.")


class TestNamesBeforeParties:
    """"the Alliance, Reform, Natural Law, and American Delta parties" beside "the Reform Party": a name before
    "parties" is "<name> Party", one row; "the … Reform National Convention on June 20": the day is no part of the
    convention's name."""

    def test_the_listed_name_joins_its_party(self, nlp):
        table = entity_table(nlp, _PARTIES)
        rows = label_rows(table)
        assert "Reform" in aliases_of(table, "Reform Party") and "Reform" not in rows
        assert rows.get("American Delta") == "ORG" and rows.get("Natural Law") == "ORG"
        assert "Reform National Convention on June 20" not in rows and "Reform National Convention" in rows

    def test_the_listed_name_joins_its_party_of_a_state(self, nlp):
        table = entity_table(nlp, _PARTIES.replace("Richardson is a political", "Three days later, the ballot- "
                                                   "qualified Natural Law Party of Michigan gave its nomination to "
                                                   "the duo. Richardson is a political"))
        assert "Natural Law" in aliases_of(table, "Natural Law Party of Michigan")

    def test_peoples_before_parties_and_adjectives_alone_stay(self, nlp):
        rows = label_rows(entity_table(nlp, "Several European parties agreed. Democratic challenger Joe Biden "
                                            "won the Democratic Party's nomination."))
        assert rows.get("European") == "NORP" and "Democratic" in rows


_PRIMARY = ("In addition, Collins won the American Independent Party's California Primary in March. Their victory "
            "does not guarantee Collins/Parker the party's nomination and a place on the California ballot.")


class TestVotesNamedByPlaces:
    """"the American Independent Party's California Primary": a vote named by its place and its kind is no person."""

    def test_the_primary_is_no_person(self, nlp):
        rows = label_rows(entity_table(nlp, _PRIMARY))
        assert rows.get("California Primary") != "PERSON"
        assert rows.get("American Independent Party") == "ORG"

    def test_a_person_whose_surname_is_no_place_stays(self, nlp):
        assert ("Bill Primary", "PERSON") in ents_of(nlp, "Bill Primary said no on Monday.")


# Wikinews, 2019-05-31, Toronto's Anime North 2019 brings thousands of fans together
_FIRM = ("Tipton held a panel on her career, dubbing anime for US distribution company Funimation Entertainment. "
         "\"I had started working at Funimation when I was 19, so I was just barely in college.\"")


class TestFirmsNamedAgainShort:
    """"Funimation Entertainment" … "working at Funimation": a firm named again without "Entertainment" is one row."""

    def test_the_short_name_joins_the_firm(self, nlp):
        table = entity_table(nlp, _FIRM)
        assert "Funimation" in aliases_of(table, "Funimation Entertainment")
        assert "Funimation" not in label_rows(table)

    def test_a_place_before_the_word_stays_the_place(self, nlp):
        rows = label_rows(entity_table(nlp, "Canada Entertainment released the film. Canada banned it."))
        assert rows.get("Canada") == "GPE"


_VENUE = ("Many thousands of anime and manga fans descended on the Toronto Congress Centre for Anime North, a "
          "fan-run convention launched in 1997. Despite the ample indoor spaces, the parking lot of the Centre is also "
          "a hub of activity, with cosplayers posing for photos.\n\n((WN)) What was your favourite part of Anime North?")


class TestVenuesForNamedEvents:
    """"the Toronto Congress Centre for Anime North" … "part of Anime North": a venue's name, "for" and an event the
    text names again alone are two names, the venue a site."""

    def test_the_venue_is_a_site_of_its_own(self, nlp):
        rows = label_rows(entity_table(nlp, _VENUE))
        assert rows.get("Toronto Congress Centre") == "FAC"
        assert "Toronto Congress Centre for Anime North" not in rows

    def test_a_centre_named_by_its_purpose_stays_whole(self, nlp):
        rows = label_rows(entity_table(nlp, "He spoke at the Kennedy Center for the Performing Arts. Officials of the "
                                            "Centers for Disease Control and Prevention spoke."))
        assert "Kennedy Center for the Performing Arts" in rows
        assert "Centers for Disease Control and Prevention" in rows
        # (Wikinews, 2019-02-02, the monarch butterflies; dev8: the whole name said again is no event apart)
        rows = label_rows(entity_table(nlp, "The Center for Biological Diversity announced on Wednesday the monarch "
                                            "butterfly population was 144% greater. Remarked Center for Biological "
                                            "Diversity scientist Tierra Curry, \"This reprieve is a thank-you.\""))
        assert rows.get("Center for Biological Diversity") == "ORG"
        # (Wikinews, 2019-05-06, the neurosurgery Olympiad: a field after "for", named alone elsewhere)
        rows = label_rows(entity_table(nlp, "The second International Student Olympiad in Neurosurgery took place in "
                                            "the first week of April at the Federal Center for Neurosurgery in Tyumen. "
                                            "The winners are awarded free tuition at the academic department of "
                                            "Neurosurgery at First Moscow State Medical University."))
        assert "Federal Center" not in rows


_ZONE = ("And in some cities, most notably in Seattle, protesters set up police-free autonomous zones. CHAZ (Capitol "
         "Hill Autonomous Zone) or CHOP (Capitol Hill Occupied Protests) as it was later known, formed in Seattle's "
         "Capitol Hill neighborhood.")


class TestZonesAreAreas:
    """"CHAZ (Capitol Hill Autonomous Zone)": a name ending in "Zone" is an area, a place, not a body."""

    def test_the_zone_is_a_place(self, nlp):
        table = entity_table(nlp, _ZONE)
        assert label_rows(table).get("Capitol Hill Autonomous Zone") == "LOC"
        assert "CHAZ" in aliases_of(table, "Capitol Hill Autonomous Zone")

    def test_a_show_named_zone_stays_a_work(self, nlp):
        rows = label_rows(entity_table(nlp, "Soldiers patrol the Demilitarized Zone. He watched The Twilight Zone on "
                                            "CBS."))
        assert rows.get("Demilitarized Zone") == "LOC" and rows.get("The Twilight Zone") == "WORK_OF_ART"


_ZOOM = ("On June 27, via Zoom, the Life and Liberty Party (L&L) held its first national convention. It nominated "
         "conservative activist J. R. Myers of Alaska for president.")


class TestMeetingsHeldViaServices:
    """"On June 27, via Zoom, the Life and Liberty Party (L&L) held its first national convention": what a meeting is
    held "via" is a service, a body the model left untagged."""

    def test_the_service_is_found(self, nlp):
        rows = label_rows(entity_table(nlp, _ZOOM))
        assert rows.get("Zoom") == "ORG" and rows.get("Life and Liberty Party") == "ORG"

    def test_a_meeting_in_a_town_names_no_service(self, nlp):
        rows = label_rows(entity_table(nlp, "The delegates met in Frankfurt on Monday and held talks in Vienna."))
        assert rows.get("Frankfurt") == "GPE" and rows.get("Vienna") == "GPE"


_CAPTIONS = ("Keisha Lance Bottoms Image: Afdahe.\n\nSusan Rice Image: White House.\n\nVal Demings Image: U.S. "
             "Congress.")


class TestUserNamesInCredits:
    """"Keisha Lance Bottoms Image: Afdahe.": one proper noun alone in a caption's credit is its contributor's user
    name, a person; a body credited is a name the model knows or an acronym."""

    def test_the_user_name_is_a_person(self, nlp):
        rows = label_rows(entity_table(nlp, _CAPTIONS))
        assert rows.get("Afdahe") == "PERSON" and rows.get("White House") == "FAC"

    def test_bodies_and_unknown_credits_stay(self, nlp):
        rows = label_rows(entity_table(nlp, "A poster. Image: unknown.\n\nThe plane. Image: Reuters.\n\nThe moon. "
                                            "Image: NASA."))
        assert "unknown" not in rows and rows.get("Reuters") == "ORG" and rows.get("NASA") == "ORG"
