"""Event rules of round events12: a reporting verb that does more than introduce a quotation, and a
free relative that tells an act; each checked on a real sentence of a Wikinews article (CC BY 2.5,
credit "Wikinews contributors, en.wikinews.org"; from /work/shared/corpora/wikinews-2019-2020, none
held out, none in the validation gold): wn_2020-10-19 Wikinews interviews Don Blankenship …,
wn_2020-10-29 On the campaign trail …, wn_2020-06-06 Fire at historic Welsh … (entity dev gold),
wn_2020-06-28 Neanderthals knew …, wn_2019-12-02 Cuba flights (event dev gold 5), wn_2020-04-08
Sanders ends his bid (event dev gold 4), wn_2019-02-01 Toronto serial killer Bruce McArthur pleads
guilty to eight murders (event dev gold 6). Sentences of the dev golds were put here after their
first score; the corpus has few others of the kind.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of
from toolkit.nlp.fragments import acts_beyond_quotation, fragment_of_phrase
from toolkit.nlp.free_relatives import named_free_relative
from toolkit.nlp.quotation_marks import quoted_tokens

LAUDED = (
    "Mohr lauded Blankenship's \"ability to influence leaders around him\" and claimed the nominee \"has a "
    "backbone superior to most men and will be the strongest President we have seen in decades.\"\n"
)
CITED = (
    "In the letter, Pompeo cited the Cuban government's \"ongoing repression of the Cuban people and its support "
    "for Nicolás Maduro in Venezuela\" as his motivation.\n"
)
DECLARED = (
    "The United States Department of Health and Human Services declared the outbreak a \"public health "
    "emergency\" on January 31.\n"
)
PLEADED = "Bruce McArthur, from Toronto, Canada, on Tuesday admitted his guilt in eight murders. McArthur pleaded guilty to each crime at the Superior Court.\n"
WROTE = (
    "The team wrote that guns \"are 2.6 times more lethal than any other means of suicide\", the study said.\n"
)


def _verbs(events, verb):
    return events[events["verb"] == verb]


class TestQuotedFragmentOfAnObject:
    """"cited the Cuban government's “ongoing repression …”": the object's head is inside the marks
    but its phrase opens outside them with a name or a noun, so the quotation is a fragment of the
    writer's noun phrase and the verb is an act, not the introduction of someone's words."""

    def test_the_object_is_a_fragment(self, nlp):
        doc = nlp(CITED)
        inside = quoted_tokens(doc)
        cited = next(t for t in doc if t.text == "cited")
        obj = next(c for c in cited.children if c.dep_ == "dobj")
        assert obj.i in inside and fragment_of_phrase(obj, inside)
        assert acts_beyond_quotation(cited, inside)

    def test_cited_is_an_event(self, nlp, tmp_path):
        events = events_of(CITED, dt.date(2019, 10, 26), "cuba", nlp=nlp, folder=tmp_path)
        cite = _verbs(events, "cite")
        assert len(cite) == 1 and cite.iloc[0]["subject"] == "Pompeo"

    def test_lauded_is_an_event(self, nlp, tmp_path):
        events = events_of(LAUDED, dt.date(2020, 10, 19), "blankenship", nlp=nlp, folder=tmp_path)
        laud = _verbs(events, "laud")
        assert len(laud) == 1 and laud.iloc[0]["subject"] == "Mohr"

    def test_declared_with_a_quoted_predicate_is_an_event(self, nlp, tmp_path):
        events = events_of(DECLARED, dt.date(2020, 4, 8), "sanders", nlp=nlp, folder=tmp_path)
        declare = _verbs(events, "declare")
        assert len(declare) == 1 and "Health and Human Services" in declare.iloc[0]["subject"]

    def test_a_clause_partly_quoted_stays_a_report(self, nlp):
        doc = nlp(WROTE)
        inside = quoted_tokens(doc)
        wrote = next(t for t in doc if t.text == "wrote")
        assert not acts_beyond_quotation(wrote, inside)


class TestPleaWithAnAdjective:
    """"pleaded guilty": a speech verb with an adjective for complement enters a plea; it does
    not introduce words, so it is an event even with nothing else after it."""

    def test_pleaded_guilty_is_an_event(self, nlp, tmp_path):
        events = events_of(PLEADED, dt.date(2019, 2, 1), "mcarthur", nlp=nlp, folder=tmp_path)
        plead = _verbs(events, "plead")
        assert len(plead) == 1 and plead.iloc[0]["subject"] == "Bruce McArthur"


ROOSEVELT = (
    "In response, some Democrats, such as former 2020 presidential candidate Pete Buttigieg, the former mayor of "
    "South Bend, Indiana, proposed major changes to the Court, similar to what President Franklin Delano Roosevelt "
    "proposed in the 1930s.\n"
)
FURY = "The move was met with what WalesOnline called \"fury\" from local tourism chiefs.\n"
WROTE_DOWN = "History is more so, about what is written down, what the prominent people in society wrote down, right?\n"


class TestNamedFreeRelative:
    """"similar to what President Franklin Delano Roosevelt proposed": a free relative with "what"
    under a preposition, in the simple past with a named subject, tells an act English takes as
    given; with a general subject ("what the prominent people in society wrote down") it does not."""

    def test_the_clause_hangs_on_a_preposition(self, nlp):
        doc = nlp(ROOSEVELT)
        proposed = [t for t in doc if t.text == "proposed"][-1]
        assert proposed.dep_ == "pcomp" and named_free_relative(proposed)

    def test_proposed_is_an_event(self, nlp, tmp_path):
        events = events_of(ROOSEVELT, dt.date(2020, 10, 29), "court", nlp=nlp, folder=tmp_path)
        subjects = set(_verbs(events, "propose")["subject"])
        assert any("Roosevelt" in s for s in subjects)

    def test_called_is_an_event(self, nlp, tmp_path):
        events = events_of(FURY, dt.date(2020, 6, 6), "fury", nlp=nlp, folder=tmp_path)
        assert list(_verbs(events, "call")["subject"]) == ["WalesOnline"]

    def test_a_general_subject_is_no_event(self, nlp):
        doc = nlp(WROTE_DOWN)
        wrote = next(t for t in doc if t.text == "wrote")
        assert not named_free_relative(wrote)
