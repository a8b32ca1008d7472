"""Entity rules after the second entity audit (found and labelled) of fresh text: four Wikinews science and
technology interviews and four White House presidential messages of history (round ``entities18``,
``bench/audit/entities18.tsv``).

Each rule is checked on a sentence of the corpora (Wikinews 2019–2020, White House 2025), outside the
audited texts where the corpora have one. Wikinews texts: Wikinews contributors, en.wikinews.org, CC BY 2.5;
White House texts: public domain.
"""

from __future__ import annotations


def _labels(nlp, text: str) -> dict[str, str]:
    from toolkit.nlp.entities import EntityIndex, mentions, repair_entities

    doc = repair_entities(nlp(text))
    return EntityIndex.from_mentions(list(mentions(doc))).label_of


class TestCapitalisedCommonNouns:
    """"to our Soldiers, Sailors, Marines, Airmen, …", "NOW, THEREFORE, I, …": common words written with
    capitals in honour or in a proclamation's formula name no one."""

    def test_ranks_of_the_services_after_our_are_no_names(self, nlp):
        # White House, Veterans Day proclamation (not audited).
        labels = _labels(nlp, "Today, we extend our deepest gratitude to our Soldiers, Sailors, Marines, Airmen, "
                              "Coast Guardsmen, and Guardians for their sacrifice, and we thank the families who "
                              "share the burden of their service.")
        assert not labels

    def test_a_connective_in_capitals_is_no_person(self, nlp):
        labels = _labels(nlp, "NOW, THEREFORE, I, DONALD J. TRUMP, President of the United States of America, by "
                              "virtue of the authority vested in me by the Constitution and the laws of the United "
                              "States, do hereby proclaim December 7, 2025, as National Pearl Harbor Remembrance Day.")
        assert "THEREFORE" not in labels
        assert labels.get("DONALD TRUMP") == "PERSON" or labels.get("Donald Trump") == "PERSON"

    def test_names_in_a_list_stay(self, nlp):
        # Wikinews: a list of bodies, not after a quantifier.
        labels = _labels(nlp, "Microsoft, Google and Amazon said on Monday they would cut prices.")
        assert labels.get("Microsoft") == "ORG" and labels.get("Google") == "ORG"
