"""Entity rules after the entity audit (found and labelled) of 10 Wikinews articles (round ``entities14``,
``bench/audit/entities14.tsv``).

Each rule is checked on a sentence of Wikinews 2019–2020 (outside the audited texts where the corpus has
one). Texts: Wikinews contributors, en.wikinews.org, CC BY 2.5.
"""

from __future__ import annotations

from conftest import labels_of


class TestEditorialBracketsInsideAName:
    """"[Augustine Triumph] Attah", "Jerry [O'Connell]": an editor's brackets are no part of the name."""

    def test_a_name_opened_in_brackets_is_read_without_them(self, nlp):
        # An interview with neuroscientists on empathy in rats (April 2020).
        labels = labels_of(nlp, "And he was helped by the other two: [Augustine Triumph] Attah: who did part of the "
                              "other animal groups, and then Cindy [Pinhal] and Efe [Soyman] helped to analyse the data.")
        assert labels.get("Augustine Triumph Attah") == "PERSON"
        assert not any("[" in name or "]" in name for name in labels)

    def test_a_name_completed_in_brackets_is_read_whole(self, nlp):
        from toolkit.nlp.surfaces import clean_surface

        assert clean_surface("Jerry [O'Connell") == "Jerry O'Connell" and clean_surface("Pittsburg[h") == "Pittsburgh"
        assert clean_surface("“[the] Kremlin’s") == "Kremlin"
        # "[W]e must get Brexit done": a quotation's first word recased by the editor is no name completed
        assert clean_surface("W]e") == "W]e"


class TestNamesSharingAPluralHead:
    """"the Constitution and Libertarian parties": each proper word coordinated before a kind's plural is a name."""

    def test_two_parties_named_before_one_head(self, nlp):
        # The campaign round-up of September 2020.
        labels = labels_of(nlp, "This month's spotlight on the campaign trail includes interviews with the vice "
                              "presidential nominees of the Constitution and Libertarian parties as well as the chosen "
                              "running mate of the leading Green Party presidential candidate.")
        assert labels.get("Constitution") == "ORG" and labels.get("Libertarian") == "ORG"
        assert labels.get("Green Party") == "ORG"

    def test_a_list_of_parties_is_cut_into_its_names(self, nlp):
        # The campaign round-up's interview with Rocky De La Fuente (2020).
        labels = labels_of(nlp, "De La Fuente/Richardson is the ticket of the Alliance, Reform, Natural Law, and "
                              "American Delta parties.")
        assert labels.get("Natural Law") == "ORG" and labels.get("Reform") == "ORG"
        assert not any("," in name for name in labels)

    def test_peoples_before_a_kind_stay_peoples(self, nlp):
        from toolkit.nlp.shared_heads import names_sharing_a_head

        doc = nlp("The Spanish and French courts ruled on Monday.")
        assert not any(e.text in ("Spanish", "French") and e.label_ == "ORG" for e in names_sharing_a_head(doc, list(doc.ents)))


class TestTwoNamesJoinedByASlash:
    """"Red Hat/IBM", "the Change Research/CNBC poll": two bodies joined by a slash are two names."""

    def test_a_company_and_its_owner(self, nlp):
        # Gregory Kurtzer on Rocky Linux (December 2020).
        labels = labels_of(nlp, "Red Hat has always been a tremendous supporter of Linux and open source, but that "
                              "doesn't make Red Hat/IBM a good home for CentOS.")
        assert labels.get("IBM") == "ORG" and labels.get("Red Hat") == "ORG"
        assert not any("/" in name for name in labels)

    def test_single_words_and_short_codes_stay_whole(self, nlp):
        from toolkit.nlp.joint_names import split_joint_names

        doc = nlp("He runs GNU/Linux and listens to AC/DC.")
        assert [e.text for e in split_joint_names(list(doc.ents))] == [e.text for e in doc.ents]


class TestAOneWordPersonListedAmongBodies:
    """"Newsweek, Politico, The Hill, Time Magazine, Mediaite, …": a one-word "person" in a list of bodies is a body."""

    def test_an_outlet_in_a_list_of_outlets(self, nlp):
        # The campaign round-up of August 2020 (audited; the corpus has no other such list).
        labels = labels_of(nlp, "Following the tweet, Newsweek, Politico, The Hill, Time Magazine, Mediaite, The "
                              "Independent, and TMZ, among others, published stories on the incident.")
        assert labels.get("Mediaite") == "ORG" and labels.get("Politico") == "ORG"

    def test_a_list_with_a_person_named_in_full_is_left_alone(self, nlp):
        from toolkit.nlp.list_kinds import bodies_among_bodies

        doc = nlp("The letter was signed by Google, Microsoft, Tim Cook and Bezos.")
        relabelled = {e.text: e.label_ for e in bodies_among_bodies(list(doc.ents))}
        assert all(relabelled[e.text] == e.label_ for e in doc.ents)


class TestAnUntaggedNameListedWithPeople:
    """"Congresswoman Val Demings of Florida" in a list of senators: an untagged name coordinated with people is a person."""

    def test_a_name_in_a_list_of_people(self, nlp):
        # The campaign round-up of June 2020.
        labels = labels_of(nlp, "Biden searched for a female running mate. 2018 gubernatorial candidate Stacey Abrams of "
                              "Georgia, Congresswoman Val Demings of Florida, Senator Tammy Duckworth of Illinois, "
                              "Senator Kamala Harris of California, Senator Amy Klobuchar of Minnesota, Senator "
                              "Elizabeth Warren of Massachusetts, and Michigan Governor Gretchen Whitmer were "
                              "mentioned as possibilities.")
        assert labels.get("Val Demings") == "PERSON" and labels.get("Florida") == "GPE"

    def test_two_roles_named_together(self, nlp):
        # Anime North 2019 (audited).
        labels = labels_of(nlp, "Another voice actor, Lauren Landa, would list Sailor Neptune and Sailor Uranus as dream "
                              "roles, when asked at conventions.")
        assert labels.get("Sailor Uranus") == "PERSON"

    def test_a_group_or_a_site_is_no_person(self, nlp):
        from toolkit.nlp.list_kinds import people_among_people

        # The House impeaching Trump (December 2019): "Representatives" is a plural, a group of people.
        doc = nlp("Two Democratic Representatives, Collin Peterson and Jeff Van Drew, opposed both articles of "
                  "impeachment, and a third, Jared Golden, voted for the first article but against the second.")
        assert not any("Representatives" in e.text and e.label_ == "PERSON" for e in people_among_people(doc, list(doc.ents)))
