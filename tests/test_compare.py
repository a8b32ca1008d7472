"""Multi-source comparison, duplicates and their displays, on small hand-made tables (no model)."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pandas as pd
import pytest

from toolkit.analysis import compare
from toolkit.core.groups import connected_groups
from toolkit.core.text import QUOTE_MARKS, WHO_LABELS, strip_quote_marks
from toolkit.pipeline import store

from toolkit.reading import duplicates, outlets

from toolkit.present import plots

from toolkit.present import views
from toolkit.extraction import tables
from toolkit.extraction.tables import SKIPPED_COLUMNS, Extraction
from toolkit.reading.sources import BINARY, COPY, SHORTENED, Document, SourceSet, read_paths

NYT, WH, WIRE, LEDGER = "nyt", "wh", "wire", "ledger"


def _documents(**outlets) -> pd.DataFrame:
    rows = [{"id": d, "path": f"{d}.txt", "title": f"Title {d}", "outlet": o, "published": p, "url": None,
             "sha256": "0" * 64, "tokens": 10, "words": w}
            for d, (o, p, w) in outlets.items()]
    return pd.DataFrame(rows)


def _extraction(documents, quotes=(), mentions=(), timeline=()) -> Extraction:
    mentions = pd.DataFrame(list(mentions), columns=["doc", "name", "label", "text", "start", "end", "sentence"])
    entities = (mentions.groupby(["name", "label"]).agg(mentions=("doc", "size"), documents=("doc", "nunique"))
                .reset_index().assign(aliases="") if len(mentions) else
                pd.DataFrame(columns=["name", "label", "aliases", "mentions", "documents"]))
    entities = entities.sort_values(["mentions", "name"], ascending=[False, True])[
        ["name", "label", "aliases", "mentions", "documents"]].reset_index(drop=True)
    return Extraction(
        documents=documents, entities=entities, mentions=mentions,
        quotes=pd.DataFrame(list(quotes), columns=["doc", "text", "speaker", "cue", "start", "end", "sentence",
                                                   "unterminated"]),
        timeline=pd.DataFrame(list(timeline), columns=["doc", "expression", "date", "granularity", "start", "end",
                                                       "sentence"]),
        events=pd.DataFrame(columns=["doc", "subject", "verb", "object", "negated", "date", "start", "end",
                                     "sentence"]))


ZELENSKY = "It seems that Russia is now more inclined to agree to a ceasefire; the pressure on them is working"
ZELENSKY_LEDGER = "It seems Russia is now more inclined to agree to a ceasefire; the pressure on them is working"


@pytest.fixture()
def ex():
    docs = _documents(**{NYT: ("New York Times", "2025-08-07", 500),
                         WH: ("The White House (whitehouse.gov) - articles", "2025-08-19", 300),
                         LEDGER: ("The Ledger", "2025-08-08", 120)})
    quotes = [
        (NYT, ZELENSKY, "Volodymyr Zelensky", "said", 10, 90, "s1", False),
        (NYT, "very soon,", "Donald Trump", "revealed", 100, 110, "s2", False),
        (LEDGER, ZELENSKY_LEDGER, None, "said", 5, 80, "s3", False),
        (WH, "I thought I'd first let them meet. They haven't been exactly best friends", "Donald Trump", ":",
         50, 120, "s4", False),
        (LEDGER, "I thought I’d first let them meet. They haven’t been exactly best friends,", "Donald Trump",
         "said", 100, 170, "s5", False),
        (WH, "President Trump is the peace president", "Mike Johnson", ":", 200, 230, "s6", False),
        (WH, "President Trump is the peace president. He is determined to stop the killing", "Wesley Hunt", ":",
         300, 370, "s7", False),
    ]
    mentions = [
        (NYT, "Donald Trump", "PERSON", "Trump", 0, 5, "Trump met Putin."),
        (NYT, "Vladimir Putin", "PERSON", "Putin", 10, 15, "Trump met Putin."),
        (NYT, "Moscow", "GPE", "Moscow", 30, 36, "Witkoff went to Moscow."),
        (WH, "Donald Trump", "PERSON", "Trump", 0, 5, "Trump called Putin."),
        (WH, "Vladimir Putin", "PERSON", "Putin", 12, 17, "Trump called Putin."),
        (LEDGER, "Donald Trump", "PERSON", "Trump", 0, 5, "Trump spoke."),
    ]
    timeline = [
        (NYT, "Friday", "2025-08-08", "day", 0, 6, "The deadline is Friday."),
        (LEDGER, "on Friday", "2025-08-08", "day", 0, 9, "The deadline is Friday."),
        (WH, "yesterday", "2025-08-18", "day", 0, 9, "Yesterday's summit was historic."),
        (NYT, "in 2021", "2021", "year", 0, 7, "They met in Geneva in 2021."),
        (NYT, "sometime", None, None, 0, 8, "Sometime."),
    ]
    return outlets.with_outlets(_extraction(docs, quotes, mentions, timeline))


# ------------------------------------------------------------------------------ outlets

@pytest.mark.parametrize("raw, expected", [
    ("The White House (whitehouse.gov) - remarks", ("The White House", "remarks")),
    ("The White House (whitehouse.gov) - briefings-statements", ("The White House", "briefings-statements")),
    ("New York Times", ("New York Times", None)),
    ("Reuters (reuters.com)", ("Reuters", None)),
    ("  Wikinews ", ("Wikinews", None)),
    (None, (None, None)),
    (float("nan"), (None, None)),
])
def test_split_outlet(raw, expected):
    assert outlets.split_outlet(raw) == expected


def test_with_outlets_keeps_the_section_as_kind(ex):
    docs = ex.documents.set_index("id")
    assert docs.loc[WH, "outlet"] == "The White House" and docs.loc[WH, "kind"] == "articles"
    assert docs.loc[NYT, "outlet"] == "New York Times" and pd.isna(docs.loc[NYT, "kind"])
    assert list(ex.documents.columns).index("kind") == list(ex.documents.columns).index("outlet") + 1


def test_groups_are_outlets_or_kinds_when_one_outlet(ex):
    assert compare._groups(ex.documents)[0] == "outlet"
    one = _documents(a=("The White House (whitehouse.gov) - remarks", "2025-02-01", 1),
                     b=("The White House (whitehouse.gov) - fact-sheets", "2025-02-02", 1))
    group_by, group = compare._groups(outlets.with_outlets(_extraction(one)).documents)
    assert group_by == "kind" and group == {"a": "remarks", "b": "fact-sheets"}


# ---------------------------------------------------------------------------- duplicates

def _doc(doc_id, body, outlet="X", published=None):
    return Document(id=doc_id, path=f"{doc_id}.txt", text=body, sha256=doc_id, body_start=0, body_end=len(body),
                    outlet=outlet, published=published)


def test_prefix_filtering_finds_exactly_the_brute_force_pairs():
    rng = random.Random(4)
    vocabulary = [f"w{i}" for i in range(60)]
    base = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(3, 80))) for _ in range(25)]
    texts = {f"d{i:02}": t for i, t in enumerate(base)}
    for i in range(10):  # near copies: a few words changed at the end
        words = base[i].split()
        texts[f"c{i:02}"] = " ".join(words[:-i] + ["zz"] * i) if i else base[i]
    for threshold in (0.5, 0.8, 0.9):
        found = duplicates.similar_pairs(texts, threshold=threshold)
        sets = {k: duplicates.shingles(v) for k, v in texts.items()}
        brute = {(a, b) for a, b in itertools.combinations(sorted(texts), 2)
                 if duplicates.jaccard(sets[a], sets[b]) >= threshold}
        assert set(zip(found["a"], found["b"])) == brute, threshold


def test_find_duplicates_keeps_the_earliest_and_names_the_copy():
    article = " ".join(f"word{i}" for i in range(300))
    docs = [_doc("b-copy", "FEED HEADER. " + article, "Wire", dt.date(2025, 8, 19)),
            _doc("a-original", article, "The White House", dt.date(2025, 8, 19)),
            _doc("c-other", " ".join(f"other{i}" for i in range(300)), "Y", dt.date(2025, 8, 1)),
            _doc("d-late", article, "Late", dt.date(2025, 9, 1))]
    copies = duplicates.find_duplicates(docs)
    assert list(copies["doc"]) == ["b-copy", "d-late"]
    assert set(copies["copy_of"]) == {"a-original"}
    assert copies.set_index("doc").loc["b-copy", "similarity"] >= 0.9
    assert copies.set_index("doc").loc["b-copy", "outlet"] == "Wire"
    unique, found = duplicates.drop_duplicates(SourceSet("s", docs))
    assert [d.id for d in unique.documents] == ["a-original", "c-other"] and len(found) == 2


def test_a_copy_of_a_copy_joins_the_group_of_the_first():
    base = [f"word{i}" for i in range(400)]
    first = [f"head{i}" for i in range(12)] + base[12:]  # its first 12 words rewritten
    last = base[:-12] + [f"tail{i}" for i in range(12)]  # its last 12 words rewritten
    docs = [_doc("c-last", " ".join(last), published=dt.date(2025, 8, 3)),
            _doc("b-middle", " ".join(base), published=dt.date(2025, 8, 2)),
            _doc("a-first", " ".join(first), published=dt.date(2025, 8, 1))]
    shingled = {d.id: duplicates.shingles(d.body) for d in docs}
    assert duplicates.jaccard(shingled["a-first"], shingled["b-middle"]) >= 0.9
    assert duplicates.jaccard(shingled["b-middle"], shingled["c-last"]) >= 0.9
    assert duplicates.jaccard(shingled["a-first"], shingled["c-last"]) < 0.9  # joined only through b
    copies = duplicates.find_duplicates(docs).set_index("doc")
    assert list(copies.index) == ["b-middle", "c-last"] and set(copies["copy_of"]) == {"a-first"}
    assert copies.loc["c-last", "similarity"] == round(
        duplicates.jaccard(shingled["a-first"], shingled["c-last"]), 3)  # measured against the kept one


def test_templates_below_the_threshold_are_not_copies():
    template = " ".join(f"clause{i}" for i in range(40))
    docs = [_doc("permit-a", f"{template} granted to Alpha Pipeline Company of Texas for the border crossing"),
            _doc("permit-b", f"{template} granted to Bravo Energy Partners of Montana for three lines")]
    assert duplicates.jaccard(duplicates.shingles(docs[0].body), duplicates.shingles(docs[1].body)) < 0.9
    assert duplicates.find_duplicates(docs).empty


# -------------------------------------------------------------------------------- quotes

def test_quote_clusters_rules():
    texts = ["It seems that Russia is now more inclined to agree to a ceasefire",  # 0 a
             "It seems Russia is now more inclined to agree to a ceasefire",  # 1 b: the same, other document
             "very soon",  # 2 a
             "very soon",  # 3 b: identical short text: one quotation
             "quite useful and constructive",  # 4 a
             "useful and constructive",  # 5 b: short and different: apart
             "President Trump is the peace president",  # 6 c
             "President Trump is the peace president. He will stop the killing and save lives",  # 7 c: same doc
             "Thank you President Trump for standing up for America",  # 8 c, speaker X
             "Thank you President Trump for standing up for America!"]  # 9 c, speaker Y: same doc, two people
    docs = ["a", "b", "a", "b", "a", "b", "c", "c", "c", "c"]
    speakers = [None, None, None, None, None, None, "P", "Q", "X", "Y"]
    cluster = compare.quote_clusters(texts, docs, speakers)
    assert cluster[0] == cluster[1] and cluster[2] == cluster[3]
    assert cluster[4] != cluster[5] and cluster[6] != cluster[7] and cluster[8] != cluster[9]
    assert cluster == sorted(set(cluster), key=cluster.index) or cluster[0] == 0  # numbered by first appearance
    assert compare.quote_clusters(["", "…"]) == [-1, -1]


def test_quote_clusters_join_through_a_chain_and_number_by_first_appearance():
    words = ("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa "
             "quebec romeo sierra tango uniform victor whiskey xray yankee zulu apple banana cherry damson elder "
             "fig grape hazel iris jasmine kale lemon mango nectar").split()
    short, middle, long = " ".join(words[:20]), " ".join(words[:24]), " ".join(words[4:40])
    # short is all in middle, and 18 of middle's 22 3-grams are in long; short and long share
    # only 14 of short's 18: too few alone, so they are one quotation only through middle.
    cluster = compare.quote_clusters(["", short, "an unrelated remark", long, middle, "…"],
                                     ["a", "a", "b", "c", "b", "c"])
    assert cluster == [-1, 0, 1, 0, 0, -1]
    assert compare.quote_clusters([short, long], ["a", "c"]) == [0, 1]


def test_connected_groups_are_in_a_fixed_order_whatever_the_order_of_the_pairs():
    ids = ["d", "b", "e", "a", "c", "f"]
    pairs = [("a", "c"), ("c", "d"), ("e", "f"), ("d", "d")]
    expected = [["d", "a", "c"], ["b"], ["e", "f"]]  # members and groups in the order of ids
    for order in itertools.permutations(pairs):
        assert connected_groups(ids, [p[::-1] if i % 2 else p for i, p in enumerate(order)]) == expected
    assert connected_groups([], []) == [] and connected_groups(range(3), []) == [[0], [1], [2]]
    with pytest.raises(KeyError):
        connected_groups(["a"], [("a", "z")])


def test_connected_groups_agree_with_a_search_of_the_graph():
    rng = random.Random(11)
    for _ in range(200):
        n = rng.randint(1, 30)
        pairs = [(rng.randrange(n), rng.randrange(n)) for _ in range(rng.randint(0, 40))]
        neighbours = {i: set() for i in range(n)}
        for a, b in pairs:
            neighbours[a].add(b)
            neighbours[b].add(a)
        component = {}
        for start in range(n):  # the component of each node by a depth-first search, named by its first node
            stack = [start]
            while stack:
                node = stack.pop()
                if node not in component:
                    component[node] = start
                    stack.extend(neighbours[node])
        expected = {}
        for i in range(n):
            expected.setdefault(component[i], []).append(i)
        assert connected_groups(range(n), pairs) == list(expected.values())


def test_quotation_marks_are_stripped_as_each_caller_always_did():
    assert strip_quote_marks(" “We are very close,” ") == "We are very close,"
    assert strip_quote_marks("«Non» ") == "Non" and strip_quote_marks(7) == "7"
    # The views keep a nested quotation set apart by a space; the merged quotations do not.
    nested = "“ ‘Peace,’ he said, ‘now’ ”"
    assert strip_quote_marks(nested) == "‘Peace,’ he said, ‘now’"
    assert strip_quote_marks(nested, through_spaces=True) == "Peace,’ he said, ‘now"
    assert " " not in QUOTE_MARKS and "„" in QUOTE_MARKS


def test_merged_quotations_and_quote_views_strip_marks_their_own_way(ex):
    quotes = ex.quotes.iloc[:1].assign(text="“ ‘Peace,’ he said, ‘now’ ”")
    groups, variants = compare.merge_quotes(quotes, ex.documents)
    assert list(groups["text"]) == list(variants["text"]) == ["Peace,’ he said, ‘now"]
    assert "“‘Peace,’ he said, ‘now’”" in views.show_quotes(quotes).data.replace("&#x27;", "'")


def test_who_labels_are_shared():
    assert tables.WHO_LABELS is compare.WHO_LABELS is WHO_LABELS


def test_merge_quotes_shows_each_quotation_once_with_its_sources(ex):
    groups, variants = compare.merge_quotes(ex.quotes, ex.documents)
    shared = groups[groups["documents"] > 1].set_index("speaker", drop=False)
    zelensky = shared.loc["Volodymyr Zelensky"]
    assert zelensky["sources"] == f"{NYT}; {LEDGER}"  # in reading order: 7 Aug, then 8 Aug
    assert zelensky["wording_differs"] and zelensky["attribution_differs"]
    assert zelensky["speakers"] == "Volodymyr Zelensky; unattributed" and zelensky["outlets"] == 2
    assert zelensky["text"] == ZELENSKY  # the longest form
    trump = shared.loc["Donald Trump"]
    assert trump["sources"] == f"{LEDGER}; {WH}" and not trump["attribution_differs"]
    assert not trump["wording_differs"]  # curly and straight apostrophes, a trailing comma: the same words
    assert len(groups) == 5 and len(variants) == len(ex.quotes)
    assert list(groups["quote"]) == [f"q{i}" for i in range(1, 6)]


def test_speaker_table(ex):
    table = compare.speaker_table(ex.quotes, compare._groups(ex.documents)[1])
    assert list(table.columns[:2]) == ["speaker", "total"]
    top = table.iloc[0]
    assert top["speaker"] == "Donald Trump" and top["total"] == 3
    assert top["The White House"] == 1 and top["New York Times"] == 1 and top["The Ledger"] == 1
    assert "unattributed" not in set(table["speaker"])


# ------------------------------------------------------------------- coverage, timeline

def test_coverage_and_per_day(ex):
    cov = compare.coverage(ex.documents)
    assert cov.columns.tolist() == ["outlet", "kind", "documents", "words", "first", "last"]
    assert set(cov["outlet"]) == {"New York Times", "The White House", "The Ledger"}
    days = compare.per_day(ex.documents, compare._groups(ex.documents)[1])
    assert days["documents"].sum() == 3 and days["date"].is_monotonic_increasing


def test_merged_timeline_joins_the_same_dated_sentence(ex):
    items = compare.merge_timeline(ex.timeline, ex.documents)
    friday = items[items["date"] == "2025-08-08"].iloc[0]
    assert friday["documents"] == 2 and friday["sources"] == f"{NYT}; {LEDGER}"
    assert friday["expressions"] == "Friday; on Friday"
    assert items["date"].tolist() == sorted(items["date"]) and items["date"].notna().all()
    by_date = compare.timeline_by_date(items, top=2, documents=ex.documents)
    assert by_date["date"].tolist() == ["2025-08-08", "2025-08-18"]  # not "2021": supported as well, but far off


# ------------------------------------------------------------------------ terms, network

def test_log_odds_favours_the_group_that_uses_a_term():
    counts = pd.DataFrame([("A", "ceasefire", 30), ("B", "ceasefire", 2), ("A", "tariff", 1), ("B", "tariff", 25),
                           ("A", "the", 100), ("B", "the", 100)], columns=["group", "term", "count"])
    scores = compare.log_odds(counts).set_index(["group", "term"])["z"]
    assert scores["A", "ceasefire"] > 1.96 and scores["B", "tariff"] > 1.96
    assert scores["A", "ceasefire"] == pytest.approx(-scores["B", "ceasefire"])
    assert abs(scores["A", "the"]) < 1
    assert compare.log_odds(counts[counts["group"] == "A"]).empty  # one group: nothing to compare


def test_term_counts_read_names_as_their_canonical_name():
    text = "Putin met the envoy. The envoy met Putin again in Moscow."
    mentions = pd.DataFrame([("d", "Vladimir Putin", "PERSON", 0, 5), ("d", "Vladimir Putin", "PERSON", 35, 40),
                             ("d", "Moscow", "GPE", 50, 56)], columns=["doc", "name", "label", "start", "end"])
    counts = compare.term_counts({"d": text}, mentions).set_index("term")
    assert counts.loc["Vladimir Putin", "count"] == 2 and counts.loc["Vladimir Putin", "entity"]
    assert counts.loc["envoy", "count"] == 2 and "putin" not in counts.index and "the" not in counts.index


def test_network_edges(ex):
    nodes, edges = compare.network(ex, top=10)
    assert set(nodes["name"]) == {"Donald Trump", "Vladimir Putin", "Moscow"}
    first = edges.iloc[0]
    assert (first["source"], first["target"], first["sentences"], first["documents"]) == (
        "Donald Trump", "Vladimir Putin", 2, 2)


def test_compare_builds_every_table_and_saves_fixed_csvs(ex, tmp_path):
    texts = [_doc(d, "Trump met Putin in Moscow. " * 3, o) for d, o in ((NYT, "a"), (WH, "b"), (LEDGER, "c"))]
    cmp = compare.compare(ex, texts)
    assert cmp.group_by == "outlet" and cmp.groups[0] in cmp.outlets
    assert len(cmp.shared_quotes()) == 2
    files = store.save_comparison(cmp, tmp_path)
    assert {p.name for p in files.values()} >= {"coverage.csv", "quote_groups.csv", "timeline_merged.csv",
                                                "distinctive_terms.csv", "network_edges.csv", "duplicates.csv"}
    first = {p.name: p.read_bytes() for p in files.values()}
    again = store.save_comparison(compare.compare(ex, texts), tmp_path / "again")
    assert first == {p.name: p.read_bytes() for p in again.values()}


# -------------------------------------------------------------------------- displays

def test_show_quote_groups_marks_differences_and_escapes(ex):
    groups, variants = compare.merge_quotes(ex.quotes, ex.documents)
    page = views.show_quote_groups(groups, variants, ex.documents).data
    assert "reported by 2 documents" in page and "Attribution differs: Volodymyr Zelensky in New York Times" in page
    assert "Wording differs" in page and '<del style="color:#a33">that</del>' in page
    hostile = groups.assign(text="<script>alert(1)</script> and more words here", speaker="<b>x</b>")
    page = views.show_quote_groups(hostile, variants, ex.documents).data
    assert "<script>" not in page and "&lt;script&gt;" in page and "<b>x" not in page


def test_show_top_links_the_full_csv():
    frame = pd.DataFrame({"name": [f"n{i}" for i in range(50)], "count": range(50)})
    page = views.show_top(frame, csv="entities_by_outlet.csv", max_rows=10).data
    assert page.count("<tr>") == 11 and 'href="data/entities_by_outlet.csv"' in page and "10 of 50" in page
    assert "href" not in views.show_top(frame.head(5), csv="x.csv", max_rows=10).data


def test_show_coverage_says_which_copies_were_counted_once(ex):
    copies = pd.DataFrame([{"doc": WIRE, "copy_of": WH, "similarity": 0.97, "outlet": "Wire",
                            "copy_of_outlet": "The White House", "published": "2025-08-19", "title": "t"}])
    page = views.show_coverage(compare.compare(ex, copies=copies)).data
    assert "1 more document is a copy" in page and "<code>wire</code>, Wire is a copy of" in page and "97%" in page
    assert "No document is a copy" in views.show_coverage(compare.compare(ex)).data


def test_show_terms_with_one_outlet():
    one = outlets.with_outlets(_extraction(_documents(a=("Wikinews", "2019-06-23", 3), b=("Wikinews", None, 3))))
    cmp = compare.compare(one)
    assert "Every document comes from Wikinews" in views.show_terms(cmp.terms, cmp).data


# ----------------------------------------------------------------------------- charts

def test_charts_draw_data_and_say_no_data(ex):
    cmp = compare.compare(ex)
    terms = pd.DataFrame({"group": ["A", "A", "B"], "term": ["ceasefire", "Moscow", "tariff"],
                          "entity": [False, True, False], "z": [3.0, 2.5, 4.0]})
    figures = [plots.plot_coverage(cmp.per_day), plots.plot_speaker_outlets(cmp.speakers),
               plots.plot_distinctive_terms(terms)]
    for fig in figures:
        assert "no data" not in fig.alt_text and views.show_figure(fig).png.startswith(b"\x89PNG")
    assert "Donald Trump (3)" in figures[1].alt_text and "A: ceasefire, Moscow" in figures[2].alt_text
    empty = pd.DataFrame()
    for fig in (plots.plot_coverage(empty), plots.plot_speaker_outlets(empty), plots.plot_distinctive_terms(empty)):
        assert fig.alt_text.endswith("no data.")
    assert plots.plot_network(empty, empty) is None  # no network chart unless it says something (test_plots)


def test_coverage_chart_bins_long_spans_by_month():
    days = pd.DataFrame({"date": [f"2025-{m:02}-15" for m in range(1, 13)] * 2,
                         "group": ["a"] * 12 + [f"outlet {i}" for i in range(12)], "documents": 1})
    fig = plots.plot_coverage(days)
    assert "documents per month" in fig.alt_text and "other outlets" in fig.alt_text
    assert len(fig.axes[0].get_xticklabels()) <= 16


def test_files_read_once_as_byte_copies_count_as_copies(ex):
    import dataclasses

    skipped = pd.DataFrame([{"path": "/s/wire.txt", "reason": "same content as wh.txt (read once)", "kind": COPY,
                             "copy_of": WH},
                            {"path": "/s/bad.txt", "reason": "binary data, not text", "kind": BINARY,
                             "copy_of": None}], columns=SKIPPED_COLUMNS)
    near = pd.DataFrame([{"doc": "z-copy", "copy_of": NYT, "similarity": 0.93, "outlet": "Z",
                          "copy_of_outlet": "New York Times", "published": None, "title": None}])
    cmp = compare.compare(dataclasses.replace(ex, skipped=skipped), copies=near)
    assert list(zip(cmp.copies["doc"], cmp.copies["copy_of"], cmp.copies["similarity"])) == [
        ("z-copy", NYT, 0.93), ("wire", WH, 1.0)]
    page = views.show_coverage(cmp, max_copies=1).data
    assert "2 more documents are copies" in page and "93% of their word 5-grams" in page
    assert "and 1 more in" in page and "; the same text)" not in page


def test_timeline_chart_keeps_the_most_referred_dates():
    timeline = pd.DataFrame({"date": [f"2025-01-{d:02}" for d in range(1, 31)] + ["2025-01-15"] * 5,
                             "expression": "x"})
    fig = plots.plot_timeline(timeline, top=10)
    assert "the 10 most frequent of 30 dates" in fig.alt_text and "15 Jan 2025 (6)" in fig.alt_text
    assert len(fig.axes[0].get_yticklabels()) == 10  # one row per date


def test_byte_copies_name_the_kept_documents_id_not_its_file_name(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir(), two.mkdir()
    (one / "story.txt").write_text("Putin met Trump in Alaska on Friday.\n", encoding="utf-8")
    (two / "story.txt").write_text("Zelensky met Trump in Washington on Monday.\n", encoding="utf-8")
    (two / "wire.txt").write_bytes((two / "story.txt").read_bytes())
    with pytest.warns(UserWarning):
        source = read_paths([one, two])
    kept = source.documents[1].id
    assert kept.startswith("story-")  # two files named story.txt: the second's id is made unique
    skipped = pd.DataFrame([vars(s) for s in source.skipped], columns=SKIPPED_COLUMNS)
    copies = compare.exact_copies(skipped)
    assert list(zip(copies["doc"], copies["copy_of"], copies["similarity"])) == [("wire", kept, 1.0)]
    assert compare.exact_copies(None).empty and compare.exact_copies(skipped.iloc[0:0]).empty


def _skipped(*kinds: str) -> pd.DataFrame:
    # Each reason says the opposite of its kind: the views must go by the kind.
    reasons = {BINARY: "shortened by a broken scanner", SHORTENED: "binary data, not text"}
    return pd.DataFrame([{"path": f"/s/{i}.txt", "reason": reasons[k], "kind": k, "copy_of": None}
                         for i, k in enumerate(kinds)], columns=SKIPPED_COLUMNS)


def test_overview_and_appendix_count_skipped_and_shortened_files_by_kind(ex):
    import dataclasses

    mixed = dataclasses.replace(ex, skipped=_skipped(BINARY, BINARY, SHORTENED))
    lede = views.overview(mixed).data
    assert "2 files were skipped" in lede and "1 very long article was only read in part" in lede
    assert "Skipped or shortened files" in views.provenance_table(mixed).data
    only_skipped = dataclasses.replace(ex, skipped=_skipped(BINARY))
    assert "1 file was skipped" in views.overview(only_skipped).data
    assert "only read in part" not in views.overview(only_skipped).data
    appendix = views.provenance_table(only_skipped).data
    assert "Skipped files" in appendix and "Skipped or shortened" not in appendix
    assert "skipped" not in views.overview(ex).data
