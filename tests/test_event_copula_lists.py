"""A past form in a copula's list of complements (round events19, ``joined_to_copula`` of
toolkit/nlp/participles.py): "the star is not exactly spherical, but instead oblate, bulged at its
equator" lists what the star is; "bulged", after a comma, with no object, is a participle sharing "be",
no act of the star's.

A real sentence of a Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; from
/work/shared/corpora/wikinews-2019-2020, none held out, none in an event gold): wn_2020-05-22 Astronomer
tells Wikinews about discovery of closest black hole known so far (audited in round events19; the corpus
has no other such list).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

OBLATE = ("Since the outer star rotates so rapidly, the star is not exactly spherical, but instead oblate, bulged at "
          "its equator, forming a gas disk around the equator.\n")


class TestAPastFormAmongComplements:
    """No row for the participle of the star's shape."""

    def test_the_star_bulges_nothing(self, nlp, tmp_path):
        events = events_of(OBLATE, dt.date(2020, 5, 22), "oblate", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "bulge"].empty
