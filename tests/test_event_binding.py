"""A pronoun subject never stands for a name its own clause goes on to give (round events15): in
"He characterized the conflict between the Church of Scientology and anonymous posters of the Cruise
video as …", "he" is not Cruise, named before in passing and again in the pronoun's clause.

Real sentences of a Wikinews article read through GUM's news documents (text CC BY 2.5, credit
"Wikinews contributors, en.wikinews.org"; tests/data/gold/gum-news, GUM_news_hackers, audited in
bench/audit/events15.tsv).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

INGRAM = ("The \"History\" section of the site explains, in a satirical fashion, that the incident was prompted by the "
          "Church of Scientology's attempts to remove a promotional video featuring Scientologist Tom Cruise from "
          "YouTube. Though YouTube is complying with the Church of Scientology's requests to take down the video, other "
          "sites such as Gawker.com have stated that they will keep hosting the video.\n\n"
          "\"So far, it's the Internet: 1, Scientology: 0. But it's a long game.\" - Matthew Ingram\n\n"
          "Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed the ongoing conflict involving the Church "
          "of Scientology's attempts to remove the Cruise video from the Internet: \"Scientology vs. the Internet, part "
          "XVII\". He characterized the conflict between the Church of Scientology and anonymous posters of the Cruise "
          "video as \"another small skirmish in a war that Scientology has been waging for almost 15 years\".\n")


class TestPronounNotBoundToALaterName:
    """"He characterized … the Cruise video": he is Ingram, not Cruise."""

    def test_he_is_not_the_name_in_his_clause(self, nlp, tmp_path):
        events = events_of(INGRAM, dt.date(2008, 1, 20), "ingram", nlp=nlp, folder=tmp_path)
        characterize = events[events["verb"] == "characterize"]
        assert not characterize.empty and not characterize["subject"].fillna("").str.contains("Cruise").any()

    def test_names_in_a_relative_clause_are_not_governed(self, nlp):
        from toolkit.nlp.binding import names_governed
        from toolkit.nlp.entities import EntityIndex, mentions
        from toolkit.nlp.person_resolver import PersonResolver

        doc = nlp("Montalvo contacted Devocht. He traveled to Florida to meet with Devocht, who had told Montalvo he "
                  "would assist him with future employment and housing.")
        he = next(t for t in doc if t.text == "He")
        governed = names_governed(he, PersonResolver(doc, EntityIndex.from_mentions(list(mentions(doc))), set()))
        assert all("Montalvo" not in name for name in governed)
