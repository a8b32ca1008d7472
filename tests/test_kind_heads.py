"""A place named again by its kind noun alone: "the Channel" after "the English Channel".

News names a sea, a strait or a kingdom once in full and then by the noun of its kind after "the" ("the Channel",
"the Kingdom"). The set's entity table should hold one row for it, not a second row named "Channel". The noun
alone joins the name only where the set names one place of that kind, in every document that uses the noun alone:
beside the Persian Gulf and the Gulf of Oman, "the Gulf" stays undecided, and a person's surname is never a kind.

Real sentences of Wikinews articles (text CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
/work/shared/corpora/wikinews-2019-2020: Franky Zapata crosses the English Channel, 2019-08-06; Iran's President
Rouhani tells foreign powers to leave the Persian Gulf, 2019-09-23, with a sentence of ours after it that names "the
Gulf" alone).
"""

from __future__ import annotations

from collections import defaultdict

from conftest import entity_index

from toolkit.nlp.entities import mentions, repair_entities
from toolkit.nlp.short_forms import KIND_HEADS, named_by_kind_head, names_by_kind_head

ZAPATA = ("This Sunday, French inventor Franky Zapata successfully crossed the English Channel on a jet-powered "
          "freeflight flying device propelled by turbines and attached to his feet, called Flyboard Air. This success "
          "came on the second attempt by the inventor to cross the Channel.\n\n"
          "Strong winds over the Channel presented difficulty during the crossing, Zapata said, adding it required "
          "much endurance to manage to stay airborne.\n")

GULFS = ("He also announced a new security initiative for the Persian Gulf, the Gulf of Oman and the Strait of Hormuz "
         "to be unveiled at the United Nations General Assembly later this week. Ships in the Gulf were warned.\n")


class TestKindNounNamesAgain:
    """The kind noun after "the" joins the one place or body of that kind its document names in full."""

    def test_the_channel_is_the_english_channel(self, nlp):
        index = entity_index(nlp, ZAPATA)
        channel = index.canonical("English Channel", "LOC") or index.canonical("English Channel", "ORG")
        assert channel == "English Channel"
        assert (index.canonical("Channel", "LOC") or index.canonical("Channel", "ORG")) == channel

    def test_the_channel_of_another_article_stays_apart(self, nlp):
        """In a set, the lone noun joins only where every document using it names the place in full: here its
        mentions are said to come from a second article too, which names no channel."""
        by_key = defaultdict(list)
        for m in mentions(repair_entities(nlp(ZAPATA))):
            by_key[m.key].append(m)
        kinds = names_by_kind_head(by_key)
        one = {"english channel": {0}, "channel": {0}}
        assert named_by_kind_head("channel", by_key["channel"], kinds, lambda k: one.get(k, set())) == "english channel"
        two = {"english channel": {0}, "channel": {0, 1}}
        assert named_by_kind_head("channel", by_key["channel"], kinds, lambda k: two.get(k, set())) is None

    def test_two_gulfs_leave_the_lone_gulf_alone(self, nlp):
        index = entity_index(nlp, GULFS)
        lone = index.canonical("Gulf", "LOC") or index.canonical("Gulf", "GPE") or index.canonical("Gulf", "ORG")
        named = {index.canonical(n, label) for n in ("Persian Gulf", "Gulf of Oman") for label in ("LOC", "GPE", "ORG")}
        assert lone not in named - {None}

    def test_a_surname_is_no_kind(self, nlp):
        index = entity_index(nlp, "Kenneth Bay was released by North Korea. Bay thanked the San Francisco Bay area "
                                  "congregation.")
        assert index.canonical("Bay", "PERSON") == "Kenneth Bay"

    def test_kinds_are_common_nouns(self):
        assert all(word.islower() and word.isalpha() for word in KIND_HEADS)
