"""Entity canonicalisation on the seed article."""

from __future__ import annotations

import json

from conftest import DATA
from toolkit.nlp.entities import clean_surface, mention_key

GOLD = json.loads((DATA / "gold" / "000_4d240d6c60ada09b.json").read_text(encoding="utf-8"))


class TestSurfaceForms:
    def test_possessives_titles_and_marks_are_removed(self):
        assert clean_surface("Trump’s") == "Trump"
        assert mention_key("President Donald J. Trump", "PERSON") == "donald trump"
        assert mention_key("“Moscow", "GPE") == "moscow"

    def test_common_short_forms_map_to_one_name(self):
        assert mention_key("U.S.", "GPE") == mention_key("the United States", "GPE")


class TestSeedEntities:
    def test_gold_entities_found_with_gold_labels(self, seed_extraction):
        table = seed_extraction.entities.set_index("name")
        missing = [g["name"] for g in GOLD["entities"] if g["name"] not in table.index]
        assert missing == []
        wrong = [(g["name"], table.loc[g["name"], "label"]) for g in GOLD["entities"]
                 if table.loc[g["name"], "label"] != g["label"]]
        assert wrong == []

    def test_no_entity_has_a_known_wrong_label(self, seed_extraction):
        for bad in GOLD["not_entities_of_label"]:
            rows = seed_extraction.entities[
                (seed_extraction.entities["name"] == bad["text"])
                | seed_extraction.entities["aliases"].str.split("; ").map(lambda a: bad["text"] in a)]
            assert not rows.empty and (rows["label"] != bad["wrong_label"]).all(), bad

    def test_short_forms_merge_into_the_full_name(self, seed_extraction):
        names = set(seed_extraction.entities["name"])
        assert {"Trump", "Putin", "Witkoff"}.isdisjoint(names)
        trump = seed_extraction.entities.set_index("name").loc["Donald Trump"]
        assert trump["mentions"] >= 10

    def test_mentions_carry_offsets_into_the_text(self, seed_extraction, seed_document):
        for m in seed_extraction.mentions.itertuples():
            assert seed_document.text[m.start:m.end] == m.text


class TestAliasesFromParams:
    def test_alias_maps_a_surface_to_a_canonical_name(self, nlp, seed_document):
        from toolkit.extraction.tables import extract

        ex = extract([seed_document], nlp=nlp, aliases={"Kremlin": "Russian presidency"})
        assert "Russian presidency" in set(ex.entities["name"])
        assert "Russian presidency" in set(ex.quotes["speaker"])


class TestRepairedBoundaries:
    """The small model splits some names in two; the repair joins them."""

    def test_split_names_are_joined_and_nationalities_kept_apart(self, nlp):
        from toolkit.nlp.entities import repair_entities

        doc = repair_entities(nlp("Malphine Fogel thanked the president. European Commission President Ursula "
                                  "von der Leyen met Prime Minister Keir Starmer in London on Monday."))
        people = {e.text for e in doc.ents if e.label_ == "PERSON"}
        assert {"Malphine Fogel", "Ursula von der Leyen", "Keir Starmer"} <= people
        assert {"London", "Monday"} <= {e.text for e in doc.ents}  # the places and dates stay as they were

    def test_a_name_after_a_title_is_a_person_but_not_after_general(self, nlp):
        from toolkit.nlp.entities import repair_entities

        doc = repair_entities(nlp("Special Envoy Witkoff spoke on Fox News. General Motors cut jobs."))
        labels = {e.text: e.label_ for e in doc.ents}
        assert labels.get("Witkoff") == "PERSON"
        assert labels.get("Motors", "none") != "PERSON" and labels.get("General Motors") != "PERSON"

    def test_a_name_in_a_lead_in_before_a_quotation_is_a_person(self, nlp):
        from toolkit.nlp.entities import repair_entities

        doc = repair_entities(nlp("Lexington Institute VP for Defense Rebecca Grant: “This is a restoration.” "
                                  "The Associated Press: “Talks resume.”"))
        labels = {e.text: e.label_ for e in doc.ents}
        assert labels.get("Rebecca Grant") == "PERSON"
        assert "PERSON" not in {labels.get("Associated Press"), labels.get("The Associated Press")}

    def test_laws_and_stage_directions_are_not_people(self, nlp):
        from toolkit.nlp.entities import repair_entities

        doc = repair_entities(nlp("THE PRESIDENT: Thank you. (Laughs.) We did it under Executive Order 14066 "
                                  "and the National Emergencies Act. Secretary Marco Rubio agreed."))
        labels = {e.text: e.label_ for e in doc.ents}
        assert "Laughs" not in labels
        assert labels.get("Order 14066") != "PERSON"
        assert labels.get("Marco Rubio") == "PERSON"


def _overlaps(spans) -> list:
    spans = sorted(spans, key=lambda span: (span.start, span.end))
    return [(a.text, b.text) for a, b in zip(spans, spans[1:]) if b.start < a.end]


class TestRepairsNeverOverlap:
    """Issue 13: two repairs claimed one word, and spaCy refused the entities (E1010)."""

    def test_a_word_between_two_people_goes_to_one_of_them(self, nlp):
        from toolkit.nlp.entities import repair_entities

        # The model finds "Putin Kyiv" and "Putin"; the first grows over "Trump" to the right,
        # the second must then not take "Trump" as a given name to the left.
        doc = repair_entities(nlp("Kyiv beta Putin Kyiv Trump Putin beta"))
        assert _overlaps(doc.ents) == []
        assert sum(t.ent_iob_ == "B" for t in doc) == len(doc.ents)
        assert "Putin" in {e.text for e in doc.ents if e.label_ == "PERSON"}  # the model's last person is kept

    def test_a_ranking_member_in_a_white_house_statement(self, nlp):
        from toolkit.nlp.entities import repair_entities

        # briefings-statements 2026-05-19, "First Lady Melania Trump: America's tradition fosters unity"
        doc = repair_entities(nlp(
            "Thank you, Chairman Smith, Chairman LaHood, Ranking Member Davis and the House of Representatives "
            "for voting unanimously to lift America’s foster children above partisan politics."))
        assert _overlaps(doc.ents) == []
        people = {e.text for e in doc.ents if e.label_ == "PERSON"}
        assert {"Smith", "LaHood", "Davis"} <= people

    def test_the_final_step_keeps_the_longer_then_the_earlier_span(self, nlp, monkeypatch):
        import toolkit.nlp.repairs as repairs
        from spacy.tokens import Span

        doc = nlp("Kyiv beta Putin Kyiv Trump Putin beta")
        # Rules that, by mistake, return spans overlapping each other and the repaired ones.
        monkeypatch.setattr(repairs, "_titled_names", lambda d, ents: [
            Span(d, 1, 3, label="PERSON"), Span(d, 3, 6, label="ORG"), Span(d, 4, 7, label="GPE")])
        monkeypatch.setattr(repairs, "_colon_lead_names", lambda d, ents: [])
        doc = repairs.repair_entities(doc)
        assert _overlaps(doc.ents) == []
        # repaired: "Putin Kyiv Trump" (2-5), "Putin" (5-6); added: 1-3, 3-6, 4-7 (all length 2 or 3).
        # Length 3: 2-5 wins (earliest), 3-6 and 4-7 overlap it; then "Putin" (5-6); 1-3 overlaps 2-5.
        assert [(e.start, e.end, e.label_) for e in doc.ents] == [(2, 5, "PERSON"), (5, 6, "PERSON")]


class TestSecondEntityDevGold:
    """The hand-made gold of ``wikinews-entities-dev2``: well formed, its texts the corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev2"

    def test_every_alias_is_in_its_text_and_every_text_in_the_manifest(self):
        import csv

        files = sorted(self.FOLDER.glob("*.json"))
        assert len(files) == 8
        with open(self.FOLDER / "texts" / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
            manifest = {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}
        for path in files:
            gold = json.loads(path.read_text(encoding="utf-8"))
            text_path = DATA.parent.parent / gold["source"]
            text = text_path.read_text(encoding="utf-8")
            assert text_path.name in manifest and manifest[text_path.name]["date"] == gold["published"]
            names = [e["name"] for e in gold["entities"]]
            assert len(names) == len(set(names)), path.name
            for entity in gold["entities"]:
                assert entity["label"] in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
                assert all(alias in text for alias in entity["aliases"]), entity
                # a canonical name fuller than the text's ("Donald Trump") has a form in the text
                assert entity["name"] in text or entity["aliases"], entity
        assert "CC BY 2.5" in (self.FOLDER / "texts" / "NOTICE").read_text(encoding="utf-8")
