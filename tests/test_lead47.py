"""Session 47's lead: a venue's name before "for" and an event held there, with a hall's or grounds' head.

Invented sentences in the form of Wikinews' (round ent37b's "the Toronto Congress Centre for Anime North").
"""

from conftest import ents_of


class TestHostVenueHeads:
    def test_a_hall_is_cut_before_the_event_it_hosts(self, nlp):
        ents = ents_of(nlp, "Fans filled the Leeds Civic Hall for Kirkstall Summer Fair on Saturday. Organisers said "
                            "Kirkstall Summer Fair raised money for charity.")
        assert not any("Hall for" in text for text, _ in ents)
        assert any(text.endswith("Civic Hall") for text, _ in ents)

    def test_a_field_still_is(self, nlp):
        ents = ents_of(nlp, "The concert took place at the Memorial Field for Kids Charity Day on Sunday. Kids Charity "
                            "Day drew thousands.")
        assert not any("Field for" in text for text, _ in ents)

    def test_a_hall_named_by_its_purpose_is_left(self, nlp):
        ents = ents_of(nlp, "The National Hall for Contemporary Art opened a new wing on Friday.")
        assert not any(text == "Contemporary Art" for text, _ in ents)
