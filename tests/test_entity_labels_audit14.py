"""Entity rules after the entity audit (found and labelled) of 10 Wikinews articles (round ``entities14``,
``bench/audit/entities14.tsv``).

Each rule is checked on a sentence of Wikinews 2019–2020 (outside the audited texts where the corpus has
one). Texts: Wikinews contributors, en.wikinews.org, CC BY 2.5.
"""

from __future__ import annotations


def _labels(nlp, text: str) -> dict[str, str]:
    from toolkit.nlp.entities import EntityIndex, mentions, repair_entities

    doc = repair_entities(nlp(text))
    return EntityIndex.from_mentions(list(mentions(doc))).label_of


class TestEditorialBracketsInsideAName:
    """"[Augustine Triumph] Attah", "Jerry [O'Connell]": an editor's brackets are no part of the name."""

    def test_a_name_opened_in_brackets_is_read_without_them(self, nlp):
        # An interview with neuroscientists on empathy in rats (April 2020).
        labels = _labels(nlp, "And he was helped by the other two: [Augustine Triumph] Attah: who did part of the "
                              "other animal groups, and then Cindy [Pinhal] and Efe [Soyman] helped to analyse the data.")
        assert labels.get("Augustine Triumph Attah") == "PERSON"
        assert not any("[" in name or "]" in name for name in labels)

    def test_a_name_completed_in_brackets_is_read_whole(self, nlp):
        from toolkit.nlp.surfaces import clean_surface

        assert clean_surface("Jerry [O'Connell") == "Jerry O'Connell" and clean_surface("Pittsburg[h") == "Pittsburgh"
        assert clean_surface("“[the] Kremlin’s") == "Kremlin"
