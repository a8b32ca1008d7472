"""The evaluation scorers, on hand-built frames, and the gold readers, on the real gold data."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from toolkit.evaluation import gum
from toolkit.evaluation.gum import read_gum, score_gum
from toolkit.evaluation.report import format_report
from toolkit.evaluation.scoring import (
    combine_quotes,
    load_gold,
    locate_quotes,
    overlap,
    score_entities,
    score_quotes,
    score_timeline,
    speaker_matches,
)

GOLD = Path(__file__).resolve().parent / "data" / "gold"
SEED_GOLD = GOLD / "000_4d240d6c60ada09b.json"
GUM = GOLD / "gum-news" / "dep_conllu"

TEXT = 'Trump said: “We will win.” Later Rubio added “it is long” and “it is long” again. “Nobody,” he said.'


def _span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    return at, at + len(needle)


def _quotes(*rows) -> pd.DataFrame:
    """Rows of (start, end, speaker), the shape of ``ex.quotes``."""
    return pd.DataFrame([{"doc": "d", "text": TEXT[s:e], "speaker": sp, "cue": "said", "start": s, "end": e}
                         for s, e, sp in rows], columns=["doc", "text", "speaker", "cue", "start", "end"])


GOLD_QUOTES = [
    {"text": "We will win.", "speaker": "Donald Trump"},
    {"text": "it is long", "speaker": "Marco Rubio"},
    {"text": "it is long", "speaker": "Marco Rubio"},
    {"text": "Nobody,", "speaker": None},
]


# ----------------------------------------------------------------------------- quotes

def test_locate_takes_repeated_quotes_in_order():
    spans = locate_quotes(GOLD_QUOTES, TEXT)
    assert spans == [_span(TEXT, "We will win."), _span(TEXT, "it is long"), _span(TEXT, "it is long", 1),
                     _span(TEXT, "Nobody,")]
    assert locate_quotes([{"text": "not there", "speaker": None}], TEXT) == [None]


def test_perfect_prediction_scores_one():
    spans = locate_quotes(GOLD_QUOTES, TEXT)
    speakers = ["Donald Trump", "Marco Rubio", "marco rubio", None]
    result = score_quotes(_quotes(*[(s, e, sp) for (s, e), sp in zip(spans, speakers)]), GOLD_QUOTES, TEXT)
    assert (result["precision"], result["recall"], result["f1"]) == (1.0, 1.0, 1.0)
    assert result["speaker_accuracy"] == 1.0
    assert result["errors"]["wrong_speaker"] == [] and result["errors"]["missed"] == []


def test_shifted_span_does_not_match():
    s, e = _span(TEXT, "We will win.")
    shifted = score_quotes(_quotes((e - 3, e + 20, "Donald Trump")), GOLD_QUOTES[:1], TEXT)
    assert shifted["matched"] == 0 and shifted["recall"] == 0.0
    assert len(shifted["errors"]["missed"]) == 1 and len(shifted["errors"]["spurious"]) == 1
    # Overlapping half the gold span is enough; marks included in the prediction do not matter.
    wide = score_quotes(_quotes((s - 1, e + 1, "Donald Trump")), GOLD_QUOTES[:1], TEXT)
    assert wide["matched"] == 1


def test_wrong_speaker_lowers_accuracy_and_is_listed():
    spans = locate_quotes(GOLD_QUOTES, TEXT)
    speakers = ["Donald Trump", "Donald Trump", "Rubio", "Donald Trump"]
    result = score_quotes(_quotes(*[(s, e, sp) for (s, e), sp in zip(spans, speakers)]), GOLD_QUOTES, TEXT)
    assert result["speaker_accuracy"] == 0.25
    # "Rubio" is right leniently (surname); a speaker for an unattributed quote is not.
    assert result["speaker_accuracy_lenient"] == 0.5
    wrong = [(w["text"], w["gold"], w["predicted"]) for w in result["errors"]["wrong_speaker"]]
    assert wrong == [("it is long", "Marco Rubio", "Donald Trump"), ("it is long", "Marco Rubio", "Rubio"),
                     ("Nobody,", None, "Donald Trump")]


def test_matching_is_one_to_one():
    s1, e1 = _span(TEXT, "it is long")
    s2, e2 = _span(TEXT, "it is long", 1)
    # One predicted quote spanning both gold quotes can match only one of them...
    one = score_quotes(_quotes((s1, e2, "Marco Rubio")), GOLD_QUOTES[1:3], TEXT)
    assert one["matched"] <= 1 and one["recall"] <= 0.5
    # ...and two predictions on the same gold quote give one match and one spurious quote.
    two = score_quotes(_quotes((s1, e1, "Marco Rubio"), (s1, e1, "Marco Rubio")), GOLD_QUOTES[1:2], TEXT)
    assert two["matched"] == 1 and two["precision"] == 0.5 and len(two["errors"]["spurious"]) == 1


def test_speaker_names_are_compared_folded():
    assert speaker_matches("Robert O’Brien", "Robert O'Brien, Jr.")
    assert speaker_matches("Kremlin", "the Kremlin")
    assert speaker_matches(["Volodymyr Zelenskyy", "Volodymyr Zelensky"], "Volodymyr Zelensky")
    assert not speaker_matches("Donald Trump", "Trump")
    assert speaker_matches("Donald Trump", "Trump", lenient=True)
    assert speaker_matches("Volodymyr Zelenskyy", "Zelensky", lenient=True)
    assert not speaker_matches("Mike Johnson", "Mike Waltz", lenient=True)
    assert speaker_matches(None, float("nan")) and not speaker_matches(None, "Donald Trump")


def test_combined_quote_scores_are_micro_averaged():
    spans = locate_quotes(GOLD_QUOTES, TEXT)
    a = score_quotes(_quotes((*spans[0], "Donald Trump")), GOLD_QUOTES[:1], TEXT)
    b = score_quotes(_quotes(), GOLD_QUOTES[1:], TEXT)
    total = combine_quotes([a, b])
    assert (total["gold"], total["matched"], total["recall"]) == (4, 1, 0.25)
    assert len(total["errors"]["missed"]) == 3


# ----------------------------------------------------------------------------- entities and timeline

def test_entities_recall_labels_and_violations():
    predicted = pd.DataFrame([
        {"name": "Donald Trump", "label": "PERSON", "aliases": "Trump; Trump’s", "mentions": 9, "documents": 1},
        {"name": "Trump", "label": "ORG", "aliases": "", "mentions": 1, "documents": 1},
        {"name": "Kyiv", "label": "PERSON", "aliases": "", "mentions": 2, "documents": 1},
    ])
    gold = [{"name": "Donald Trump", "label": "PERSON", "aliases": ["Trump"]},
            {"name": "Kyiv", "label": "GPE", "aliases": []},
            {"name": "Geneva", "label": "GPE", "aliases": []}]
    rules = [{"text": "Trump", "wrong_label": "ORG"}, {"text": "Witkoff", "wrong_label": "GPE"}]
    result = score_entities(predicted, gold, rules)
    assert result["found"] == 2 and result["recall"] == pytest.approx(2 / 3)
    assert result["label_accuracy"] == 0.5
    assert result["errors"]["missing"] == ["Geneva"]
    assert [v["text"] for v in result["violations"]] == ["Trump"]


def test_timeline_needs_overlap_and_equal_date():
    text = "On Wednesday he spoke; talks come as early as next week, and began in February 2022."
    gold = [{"expression": "Wednesday", "date": "2025-08-06"},
            {"expression": "as early as next week", "date": "2025-08-11", "granularity": "week"},
            {"expression": "February 2022", "date": "2022-02", "granularity": "month"}]
    s, e = _span(text, "Wednesday")
    w, _ = _span(text, "next week")
    f, g = _span(text, "February 2022")
    predicted = pd.DataFrame([
        {"doc": "d", "expression": "Wednesday", "date": "2025-08-06", "granularity": "day", "start": s, "end": e},
        {"doc": "d", "expression": "next week", "date": "2025-08-12", "granularity": "week", "start": w, "end": w + 9},
        {"doc": "d", "expression": "February 2022", "date": "2022-02-01", "granularity": "month", "start": f, "end": g},
    ])
    result = score_timeline(predicted, gold, text)
    assert result["dated"] == 2 and result["granularity_accuracy"] == pytest.approx(2 / 3)
    assert [x["expression"] for x in result["errors"]] == ["as early as next week"]


def test_timeline_scores_a_repeated_expression_where_the_gold_puts_it():
    text = "On Thursday the vote was counted. Sanders said yesterday's vote was close; the count ended yesterday."
    second = text.index("yesterday", text.index("yesterday") + 1)
    predicted = pd.DataFrame([
        {"start": text.index("yesterday"), "end": text.index("yesterday") + 9, "date": "2020-03-03", "granularity": "day"},
        {"start": second, "end": second + 9, "date": "2020-03-05", "granularity": "day"},
    ])
    at_second = {"expression": "yesterday", "date": "2020-03-05", "start": second, "end": second + 9}
    assert score_timeline(predicted, [at_second], text)["dated"] == 1
    # without offsets (or with offsets that do not hold the words) the first occurrence is taken
    assert score_timeline(predicted, [{"expression": "yesterday", "date": "2020-03-05"}], text)["dated"] == 0
    assert score_timeline(predicted, [dict(at_second, start=3)], text)["dated"] == 0


@pytest.mark.parametrize("gold, predicted", [
    ("an appeal by Spanton and prosecutors", "the appeal"),
    ("a Facebook user registered from Ireland", "the user"),
    ("the Directive 2000", "Directive"),
    ("hundreds of ISIS fighters", "the fighters"),
    ("only 27", "27"),  # words grading a count head nothing
    ("nearly 200 protesters from the city", "the protesters"),
    ("the coronavirus 2019-nCoV", "the coronavirus"),  # a code after the head names which one
    ("Strong winds over the Channel", "strong winds"),
])
def test_event_subjects_match_on_the_head_noun(gold, predicted):
    from toolkit.evaluation.events import subject_matches

    assert subject_matches(gold, predicted, [])
    assert not subject_matches(gold, "the court", [])


# ----------------------------------------------------------------------------- gold data

def test_seed_gold_quotes_are_all_found_between_marks(seed_document):
    gold, document = load_gold(SEED_GOLD)
    assert document.text == seed_document.text and str(document.published) == "2025-08-07"
    spans = locate_quotes(gold["quotes"], document.text)
    assert len(spans) == 11 and None not in spans
    for (start, end), quote in zip(spans, gold["quotes"]):
        assert document.text[start:end] == quote["text"]
        assert document.text[start - 1] in "“\"" and document.text[end] in "”\""
    assert sorted(spans) == spans  # located in reading order, so repeated texts resolve right


def test_whitehouse_gold_is_complete_and_locatable():
    files = sorted((GOLD / "whitehouse").glob("*.json"))
    assert 8 <= len(files) <= 12
    manifest = (GOLD / "whitehouse" / "texts" / "MANIFEST.tsv").read_text(encoding="utf-8")
    total = 0
    for path in files:
        gold, document = load_gold(path)
        assert Path(gold["source"]).name in manifest and document.published is not None
        spans = locate_quotes(gold["quotes"], document.text)
        assert None not in spans, path.name
        # Every top-level “…” of the text is annotated: as many quotes as outermost opening marks.
        depth = opened = 0
        for char in document.text:
            if char == "“":
                opened += depth == 0
                depth += 1
            elif char == "”":
                depth = max(0, depth - 1)
        assert opened == len(gold["quotes"]), path.name
        total += len(spans)
    assert total >= 150


def test_gum_text_spans_equal_the_mention_strings():
    (doc,) = read_gum(GUM / "GUM_news_afghan.conllu")
    assert doc.id == "GUM_news_afghan"
    assert doc.text.startswith("After visa snags, all-girl Afghan team honored")
    assert "\n\nFriday, July 21, 2017\n\n" in doc.text
    named = {(m["text"], m["identity"]) for m in doc.named}
    assert ("Dean Kamen", "Dean_Kamen") in named
    assert ("Washington D.C.", "Washington%2C_D.C.") in named
    assert ("U.S. President Donald Trump's", "Donald_Trump") in named  # spans a multi-word token
    for m in doc.mentions:
        assert doc.text[m["start"]:m["end"]] == m["text"] and m["text"] == m["text"].strip()
    # Pronouns and common nouns linked to an entity are not named mentions.
    assert all(m["proper"] for m in doc.named)
    assert not any(m["text"].lower() in {"he", "she", "it", "they", "his", "its"} for m in doc.named)


@pytest.mark.parametrize("a, b, shared", [
    ((0, 10), (5, 20), 5),  # partly
    ((5, 20), (0, 10), 5),  # either way round
    ((0, 10), (2, 4), 2),  # one inside the other
    ((0, 10), (0, 10), 10),
    ((0, 10), (10, 20), 0),  # touching is not overlapping: the spans are half-open
    ((0, 10), (15, 20), 0),
    ((3, 3), (0, 10), 0),  # an empty span shares nothing
])
def test_overlap_counts_the_characters_two_spans_share(a, b, shared):
    assert overlap(a, b) == shared


def test_gum_scores_with_the_one_overlap():
    assert gum.overlap is overlap


def test_gum_scoring_overlap_and_exact():
    (doc,) = read_gum(GUM / "GUM_news_afghan.conllu")
    kamen = next(m for m in doc.named if m["text"] == "Dean Kamen")
    rows = [{"doc": doc.id, "name": "Dean Kamen", "label": "PERSON", "text": "Dean Kamen",
             "start": kamen["start"], "end": kamen["end"]},
            {"doc": doc.id, "name": "Kamen", "label": "ORG", "text": "Kamen",
             "start": kamen["start"] + 5, "end": kamen["end"]},
            {"doc": doc.id, "name": "silver", "label": "PERSON", "text": "x", "start": 0, "end": 1},
            {"doc": doc.id, "name": "2017", "label": "DATE", "text": "2017", "start": 0, "end": 1}]
    result = score_gum(pd.DataFrame(rows), [doc])
    assert result["predicted_mentions"] == 3  # DATE is not a named-entity label
    assert result["overlap"]["precision"] == pytest.approx(2 / 3)
    assert result["exact"]["precision"] == pytest.approx(1 / 3)
    assert 0 < result["overlap"]["recall"] < 0.2
    assert result["label_agreement"]["person"]["matched"] >= 1
    report = format_report(result)
    assert "GUM named entities" in report and "overlap" in report
    assert "GUM named entities of gum-bio (" in format_report({**result, "folder": "gum-bio"})


def test_report_of_a_gold_result_is_a_table():
    spans = locate_quotes(GOLD_QUOTES, TEXT)
    quotes = score_quotes(_quotes((*spans[0], "Donald Trump")), GOLD_QUOTES, TEXT)
    text = format_report({"gold": "x.json", "document": "d", "quotes": quotes, "entities": None, "timeline": None},
                         errors=5)
    assert "x.json" in text and "missed" in text and "25.0%" in text
    json.dumps(quotes)  # results are plain data, ready to be saved


def test_report_lists_entity_and_date_errors_when_asked():
    predicted = pd.DataFrame([{"name": "Kyiv", "label": "PERSON", "aliases": "", "mentions": 2, "documents": 1}])
    entities = score_entities(predicted, [{"name": "Kyiv", "label": "GPE", "aliases": []},
                                          {"name": "Geneva", "label": "GPE", "aliases": []}])
    text = "On Wednesday he spoke."
    timeline = score_timeline(pd.DataFrame(columns=["date", "start", "end"]), [{"expression": "Wednesday", "date": "2025-08-06"}], text)
    result = {"gold": "x.json", "document": "d", "quotes": None, "entities": entities, "timeline": timeline}
    listed = format_report(result, errors=5)
    assert "entity missing       Geneva" in listed
    assert "entity mislabelled   Kyiv: gold GPE, got PERSON" in listed
    assert "“Wednesday” gold 2025-08-06" in listed
    assert "Geneva" not in format_report(result)  # errors are listed only when asked


# ----------------------------------------------------------------------------- GUM per entity

@pytest.fixture(scope="module")
def gum_docs():
    return read_gum(next(GUM.glob("*.conllu")))


class TestGumPerEntity:
    """Issue 13's measure: each linked person, organisation or place of a document counted once."""

    def test_gold_entities_have_their_proper_noun_forms(self, gum_docs):
        doc = gum_docs[0]
        forms = gum.gold_entity_forms(doc)
        assert forms and all(e["forms"] for e in forms.values())
        people = [e for e in forms.values() if e["etype"] == "person"]
        # a person's surname alone is one of its forms
        assert any(any(" " not in f for f in e["forms"]) for e in people)

    def test_perfect_and_empty_predictions(self, gum_docs):
        doc = gum_docs[0]
        gold = {k: v for k, v in gum.gold_entity_forms(doc).items() if v["etype"] in gum.GUM_ENTITY_TYPES}
        rows = [{"doc": doc.id, "name": sorted(e["forms"])[0], "label": "ORG", "text": sorted(e["forms"])[0],
                 "start": 0, "end": 1} for e in gold.values()]
        perfect = gum.score_gum_entities(pd.DataFrame(rows), [doc])
        assert perfect["recall"] == 1.0 and perfect["precision"] == 1.0
        junk = pd.DataFrame([{"doc": doc.id, "name": "Nowhere Inc", "label": "ORG", "text": "Nowhere Inc",
                              "start": 0, "end": 1}])
        scored = gum.score_gum_entities(junk, [doc])
        assert scored["recall"] == 0.0 and scored["precision"] == 0.0 and scored["gold_entities"] == len(gold)

    def test_one_entity_counted_once_however_often_named(self, gum_docs):
        doc = gum_docs[0]
        gold = {k: v for k, v in gum.gold_entity_forms(doc).items() if v["etype"] in gum.GUM_ENTITY_TYPES}
        form = sorted(next(iter(gold.values()))["forms"])[0]
        rows = pd.DataFrame([{"doc": doc.id, "name": form, "label": "GPE", "text": form, "start": i, "end": i + 1}
                             for i in range(5)])
        scored = gum.score_gum_entities(rows, [doc])
        assert scored["found"] == 1 and scored["predicted_entities"] == 1

    def test_an_adjective_modifying_a_noun_is_no_mention_of_its_own(self):
        # GUM marks noun phrases: "Afghan" in "all-girl Afghan team" opens no mention, and GUM
        # links no nationality adjective; "Afghans" (a noun) and a subject tagged ADJ ("Water
        # said", a typo for Waters in GUM_news_warhol) are not modifiers.
        (doc,) = read_gum(GUM / "GUM_news_afghan.conllu")
        at = doc.text.index("Afghan team")
        assert doc.adjectival(at, at + len("Afghan"))
        assert not any(m["start"] == at and m["end"] == at + len("Afghan") for m in doc.mentions)
        nouns = doc.text.index("ability of Afghans") + len("ability of ")
        assert not doc.adjectival(nouns, nouns + len("Afghans"))
        kamen = next(m for m in doc.named if m["text"] == "Dean Kamen")
        assert not doc.adjectival(kamen["start"], kamen["end"])
        (warhol,) = read_gum(GUM / "GUM_news_warhol.conllu")
        subject = warhol.text.index("Water said")
        assert not warhol.adjectival(subject, subject + len("Water"))

    def test_entities_named_only_by_modifiers_are_left_out(self):
        (doc,) = read_gum(GUM / "GUM_news_afghan.conllu")
        estonian = doc.text.index("Estonian teams")
        syrian = doc.text.index("two Syrian teams") + len("two ")
        afghans = doc.text.index("ability of Afghans") + len("ability of ")
        rows = pd.DataFrame([
            {"doc": doc.id, "name": "Estonian", "label": "NORP", "text": "Estonian", "start": estonian,
             "end": estonian + 8},
            {"doc": doc.id, "name": "Syrian", "label": "NORP", "text": "Syrian", "start": syrian, "end": syrian + 6},
            {"doc": doc.id, "name": "Afghans", "label": "NORP", "text": "Afghans", "start": afghans,
             "end": afghans + 7}])
        scored = gum.score_gum_entities(rows, [doc])
        assert scored["modifiers"] == 2 and scored["predicted_entities"] == 1
        assert scored["right"] == 1  # "Afghans" is a linked group of people in GUM
        # one mention as a noun is enough for the entity to count
        noun_use = rows.iloc[[0]].assign(start=afghans, end=afghans + 7)
        both = gum.score_gum_entities(pd.concat([rows, noun_use]), [doc])
        assert both["modifiers"] == 1 and both["predicted_entities"] == 2


def test_gum_label_agreement_reads_the_label_on_the_mention_head():
    (doc,) = read_gum(GUM / "GUM_news_election.conllu")
    chan = next(m for m in doc.named if m["text"] == "Tanya Chan of the Civic Party")
    assert doc.text[slice(*doc.head_of(chan["start"], chan["end"]))] == "Tanya"
    party = chan["text"].index("Civic Party")
    rows = [{"doc": doc.id, "label": "PERSON", "text": "Tanya Chan",
             "start": chan["start"], "end": chan["start"] + len("Tanya Chan")},
            {"doc": doc.id, "label": "ORG", "text": "Civic Party",  # overlaps the gold mention more
             "start": chan["start"] + party, "end": chan["end"]}]
    result = score_gum(pd.DataFrame(rows), [doc])
    person = result["label_agreement"]["person"]
    # Without the head rule the party's longer overlap would make this mention a disagreement.
    assert person["matched"] >= 1 and person["agree"] == person["matched"]
