"""A "he" or "she" with no person named before it stands for a person the text tells of, not a thing.

The sentence is from Wikinews, "Police shoot teenage protester as Hong Kong demonstrations continue"
(2019-10-02; CC BY 2.5, credit "Wikinews contributors"). Before, the three acts of "he" went to
"the video" (the clause's subject), and while the district "Tsuen Wan" was mislabelled a person, to it.
"""

from __future__ import annotations

import pytest

from toolkit.extraction.tables import extract
from toolkit.reading.sources import Document


def _events(nlp, text: str):
    return extract([Document(id="t", path="t", text=text, sha256=str(hash(text)))], nlp=nlp).events


class TestThingIsNoHe:
    def test_the_person_a_video_shows_is_he(self, nlp):
        events = _events(nlp, "The shooting took place in the district.\n\nThe video showed a single police officer "
                              "surrounded by protesters; he then drew his pistol, pointed it, and shot at one person.")
        acts = events[events.verb.isin(["draw", "point", "shoot"])]
        assert len(acts) == 3
        assert set(acts.subject) == {"a single police officer"}

    def test_a_teen_is_a_person_noun_too(self, nlp):
        # the person nouns of sex and age are the media module's list, "teen" among them
        events = _events(nlp, "The shooting took place in the district.\n\nThe video showed a teen surrounded by "
                              "officers; he then drew a knife.")
        assert list(events[events.verb == "draw"].subject) == ["a teen"]

    def test_a_person_noun_subject_is_still_he(self, nlp):
        # control: the subject is a person, so it is the one meant, not the person named after it
        events = _events(nlp, "The officer showed the video to a reporter; he then left the station.")
        left = events[events.verb == "leave"]
        assert list(left.subject) == ["the officer"]

    @pytest.mark.parametrize("sentence", ["The elephant was pregnant, officials said. She may have starved."])
    def test_an_animal_without_a_person_after_it_is_still_she(self, nlp, sentence):
        events = _events(nlp, sentence)
        assert list(events[events.verb == "starve"].subject) == ["the elephant"]
