"""Entity rules after the entity audit (found and labelled) of the September and October 2020 campaign
round-ups (round ``entities15``, ``bench/audit/entities15.tsv``).

Each rule is checked on a sentence of Wikinews 2019–2020. Texts: Wikinews contributors, en.wikinews.org,
CC BY 2.5.
"""

from __future__ import annotations


def _labels(nlp, text: str) -> dict[str, str]:
    from toolkit.nlp.entities import EntityIndex, mentions, repair_entities

    doc = repair_entities(nlp(text))
    return EntityIndex.from_mentions(list(mentions(doc))).label_of


class TestABodyOwnedInThePossessive:
    """"Trump's State Department": a person's possessive in front of a body's name is no part of it."""

    def test_the_owner_is_cut_from_the_body(self, nlp):
        # On the campaign trail in the USA, September 2020.
        labels = _labels(nlp, "President Trump commented on the matter during a White House Press Briefing. "
                              "Although Trump's State Department asked for any \"external party\" not to involve "
                              "themselves in the conflict, his main presidential rival Joe Biden called on the "
                              "President to demand directly that Turkey stop interfering on Azerbaijan's behalf.")
        assert labels.get("State Department") == "ORG"
        assert not any("'s" in name for name in labels)

    def test_a_possessive_that_is_no_person_stays(self):
        from toolkit.nlp.owners import owned_name
        from spacy.tokens import Doc, Span
        from spacy.vocab import Vocab

        doc = Doc(Vocab(), words=["St.", "John", "'s", "Episcopal", "Church"])
        doc[2].tag_ = "POS"
        span = Span(doc, 0, 5, label="FAC")
        assert owned_name(span, frozenset({"Trump"})).text == span.text
