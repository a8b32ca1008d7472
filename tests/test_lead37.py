"""Entities read for the lead's round of session 37: a town after "via" is a route, not a medium.

The sentences are the lead's, written in the house style of a wire story (round ent37b found the slip in a control
of its own). Each test asserts a property of the output, with a control where the rule could overreach.
"""

from __future__ import annotations

from conftest import labels_of


class TestRouteViaATown:
    """"flew to Rome via Dubai": what one travels "via" is a place on the way; what one announces "via" is a
    channel ("announced the plan via Twitter")."""

    def test_town_after_via_stays_a_place(self, nlp):
        labels = labels_of(nlp, "The minister flew to Rome via Dubai on Monday.\n")
        assert labels.get("Dubai") == "GPE"

    def test_control_service_after_via_is_a_body(self, nlp):
        labels = labels_of(nlp, "The minister announced the plan via Twitter on Monday.\n")
        assert labels.get("Twitter") == "ORG"
