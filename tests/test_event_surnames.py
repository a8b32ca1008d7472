"""A surname the entity recogniser missed, as a subject, is the person named before (round
events15): "Waters pointed out those features …" after "Kathryn Waters, director of the gallery";
the "She" after it is Waters, not the last man the recogniser found.

Real sentences of a Wikinews article read through GUM's news documents (text CC BY 2.5, credit
"Wikinews contributors, en.wikinews.org"; tests/data/gold/gum-news, GUM_news_warhol, audited in
bench/audit/events15.tsv).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

WATERS = ("Kathryn Waters, director of the gallery, expressed interest in further donations from the foundation in the "
          "future.\n\n"
          "For Kevin Allton, a USI instructor in English, Warhol was also a legend. Allton said he had only seen the "
          "Silver Clouds installation before in film.\n\n"
          "In her opening remarks for attendees, Waters pointed out those features to attendees, noting the touches of "
          "the Warhol Factory, or the studio where he worked, that were present around them. She pointed to the "
          "refreshment table with Campbell's Soup served with \"electric\" Kool Aid and tables adorned with colorful "
          "gumball \"pills\".\n")


class TestUnlabelledSurname:
    """"Waters pointed out …. She pointed to the refreshment table": she is Kathryn Waters."""

    def test_she_is_waters(self, nlp, tmp_path):
        events = events_of(WATERS, dt.date(2014, 1, 28), "waters", nlp=nlp, folder=tmp_path)
        point = events[events["verb"] == "point"]
        assert not point.empty and (point["subject"] == "Kathryn Waters").all()

    def test_a_surname_of_two_people_is_nobody(self, nlp):
        from toolkit.nlp.surname_subjects import unlabelled_surnames

        doc = nlp("Later, Waters pointed out the features.")
        people = [(0, "Kathryn Waters", True, False), (0, "Roger Waters", True, False)]
        assert unlabelled_surnames(doc, people, set()) == []
