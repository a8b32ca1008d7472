"""The briefing as a reader checks it: the story first, no junk, every fact one click from its sentence.

Unit tests of toolkit.analysis.story on real sentences of the seeds, then one real build of
the default set (``ukraine-diplomacy``, HTML and PDF) whose links are followed in the HTML
and in the PDF (WeasyPrint's own link annotations and anchors) and whose pages are counted.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from bs4 import BeautifulSoup

from toolkit.analysis import story
from toolkit.analysis.roster import roster

ROOT = Path(__file__).resolve().parent.parent
NAME = "ukraine-diplomacy"
MAX_PAGES = 10  # before the "Source texts" appendix


class TestStory:
    def test_signature_block_and_legal_clause_are_not_prose(self):
        assert not story.is_prose("DONALD J. TRUMP THE WHITE HOUSE, August 6, 2025.")
        assert not story.is_prose("(b) The ad valorem duty imposed in section 2 of this order shall not apply to "
                                  "articles that are excepted by 50 U.S.C. 1702(b).")
        assert not story.is_prose("Rep. Brian Fitzpatrick: “I commend and thank President Trump for today’s "
                                  "critical meeting with President Zelenskyy.")
        assert story.is_prose("Earlier Wednesday, Trump ordered steeper tariffs on Indian goods over New Delhi’s "
                              "continued oil trade with Russia.")

    def test_clock_times_do_not_make_a_sentence_a_heading(self):
        # Wikinews, 24 September 2019 (CC BY 2.5, Wikinews contributors, en.wikinews.org).
        assert story.is_prose("Today at 10:30 BST (0930 UTC), the Supreme Court of the United Kingdom issued a "
                              "ruling on the prorogation — a procedural suspension — of the Parliament of the "
                              "United Kingdom until October 14.")
        assert not story.is_prose("Statement From The Press Secretary On The Meeting Of The President With The "
                                  "Prime Minister Of Japan In Tokyo Today.")

    def test_a_flattened_results_table_is_not_prose(self):
        # Wikinews, 16 December 2019: a table of seats read as one sentence after the dateline.
        sentence = ("Monday, December 16, 2019 ██ Conservative Party - 365 seats ██ Labour Party - 203 seats ██ "
                    "Scottish National Party - 48 seats ██ Liberal Democrats - 11 seats, surpassing the 326 seats "
                    "needed for a majority in Parliament.")
        assert not story.is_prose(sentence[story.dateline_length(sentence):])

    def test_dateline_is_cut_and_its_date_not_a_development(self):
        sentence = ("Monday, August 19, 2019 Yesterday, what organizers estimated at 1.7 million Hongkongers "
                    "marched from downtown Victoria Park.")
        assert sentence[story.dateline_length(sentence):].startswith("Yesterday,")
        assert story.shorten(sentence).startswith("Yesterday,")

    def test_long_sentence_is_shortened_to_its_clause(self):
        sentence = ("Today, President Donald J. Trump signed an Executive Order imposing tariffs on India in response "
                    "to its continued purchase of Russian Federation oil, and establishing a process for the "
                    "potential imposition of similar tariffs on other countries that directly or indirectly import "
                    "oil from the Russian Federation.")
        short = story.shorten(sentence, 0)
        assert short.startswith("Today, President Donald J. Trump signed") and short.endswith("oil.")
        assert len(short) < len(sentence)

    def test_asides_between_dashes_are_left_out_not_the_clause_they_interrupt(self):
        sentence = ("Today, it is officially the law of the land at the conclusion of the congressional notification "
                    "process that six Mexican cartels and two transnational gangs — Tren de Aragua, or TDA, and MS-13 "
                    "— so eight organizations in total — are now formally designated as foreign terrorist "
                    "organizations, which means that every single member of those organizations who operates on "
                    "U.S. soil is now, as a legal matter, a terrorist, and they will be treated as terrorists.")
        short = story.shorten(sentence, 0)
        assert "two transnational gangs are now formally designated" in short and "MS-13" not in short
        assert short.startswith("Today, it is officially") and short.endswith("treated as terrorists.")

    def test_an_aside_inside_a_noun_phrase_is_left_out(self):
        sentence = ("Protesters, carrying placards asking the government to revoke Article 50 — the EU treaty clause "
                    "invoked by Brexit — and European Union flags, marched from Hyde Park Corner to Parliament.")
        assert story.shorten(sentence, 0, max_words=10) == (
            "Protesters, carrying placards asking the government to revoke Article 50 and European Union flags, "
            "marched from Hyde Park Corner to Parliament.")
        # a fact cited inside the aside keeps its aside: the sentence stays whole (the aside is too short alone)
        assert story.shorten(sentence, sentence.index("the EU treaty"), max_words=10) == sentence


@pytest.fixture(scope="module")
def found(seed_extraction):
    from toolkit.analysis.findings import findings

    return findings(seed_extraction, focus=["Donald Trump", "Vladimir Putin"],
                    title="US–Russia–Ukraine peace diplomacy")


class TestFindingsOnTheSeedArticle:
    def test_bottom_line_is_dated_prose_with_provenance(self, found):
        rows = found.bottom_line
        assert 1 <= len(rows) <= 6
        for record in rows.to_dict("records"):
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["date"])
            assert story.is_prose(record["sentence"][story.dateline_length(record["sentence"]):])
            assert record["start"] < record["end"] and record["doc"]
            assert not record["text"].isupper()

    def test_the_friday_deadline_is_next_and_set_by_trump(self, found):
        # Published on Thursday 7 August: "Trump … has given Russia until Friday" lies ahead.
        deadline = found.next[found.next["date"] == "2025-08-08"]
        assert len(deadline) == 1 and deadline.iloc[0]["set_by"] == "Donald Trump"
        assert "until Friday" in deadline.iloc[0]["sentence"]
        assert len(found.bottom_line) >= 3  # one article: what lies ahead fills the bottom line

    def test_every_development_has_an_actor(self, found):
        rows = pd.concat([found.bottom_line, found.developments])
        assert len(rows) and rows["actor"].map(lambda a: isinstance(a, str) and a.strip() != "").all()

    def test_quote_counts_agree(self, found, seed_extraction):
        counts = found.quote_counts()
        assert counts["all"] == len(seed_extraction.quotes)
        assert counts["shown"] == int(found.voices["shown"].sum()) <= counts["all"]
        shown = found.voices[found.voices["shown"]]
        assert shown["confident"].all() and shown["speaker"].notna().all()

    def test_roster_flags_what_is_not_confident(self, seed_extraction):
        table = roster(seed_extraction, focus=["Donald Trump"])
        assert table.iloc[0]["name"] == "Donald Trump" and table.iloc[0]["kind"] == "Person"
        assert set(table[table["confident"]]["kind"]) <= {"Person", "Organisation", "Country/city", "Group", "Place"}
        assert (table[~table["confident"]]["flag"] != "").all()
        assert not table[table["confident"] & (table["mentions"] < 2)].shape[0]
        # A person named once is on the page only when a quotation is theirs.
        speakers = set(seed_extraction.quotes["speaker"].dropna())
        quoted = roster(seed_extraction, speakers=speakers)
        once = quoted[quoted["confident"] & (quoted["mentions"] < 2)]
        assert set(once["name"]) <= speakers


class TestRosterCredits:
    """A name only ever written in a picture's credit ("Image: John Lubbock (flickr).") is a photographer's."""

    @pytest.fixture(scope="class")
    @classmethod
    def march(cls, nlp):
        from toolkit.extraction.tables import extract
        from toolkit.reading.sources import read_paths

        path = ROOT / "seeds" / "brexit-2019" / "wn_2019-03-28_Thousands-march-in-anti-Brexit-protest-London.txt"
        return extract(read_paths([path]), nlp=nlp)

    def test_credited_names_are_flagged_and_left_off_the_page(self, march):
        table = roster(march)
        credited = table[table["flag"] == "named only in picture credits"]
        assert len(credited) >= 3 and not credited["confident"].any()
        for sentence in credited["sentence"]:
            assert re.search(r"\b(?:Image|Photo)s?:", sentence)

    def test_people_of_the_story_stay_confident(self, march):
        table = roster(march).set_index("name")
        for name in ("Sadiq Khan", "Tom Watson", "Nicola Sturgeon"):
            assert table.loc[name, "confident"] and table.loc[name, "kind"] == "Person"

    def test_a_credit_word_must_stand_right_before_the_name(self):
        from toolkit.nlp.credits import in_credit

        assert in_credit("Protesters at the march. Image: Andrew Gray.", "Andrew Gray")
        assert not in_credit("The mayor of London, Sadiq Khan, tweeted: \"Enough is enough\".", "Sadiq Khan")
        assert not in_credit("Image: John Lubbock, then John Lubbock spoke.", "John Lubbock")


@pytest.fixture(scope="module")
def built(tmp_path_factory, make_project):
    """The default set, built for real (HTML and PDF), from the shipped params and seeds."""
    from toolkit.build.run import build

    params = (ROOT / "params" / f"{NAME}.yaml").read_text(encoding="utf-8")
    project = make_project(tmp_path_factory.mktemp("story"), params={NAME: params})
    with project.environment():
        build([project.params_file(NAME)], reports=project.reports, progress=False)
    return project.reports / NAME


def _pdf_document(page: str):
    import weasyprint

    return weasyprint.HTML(string=page).render()


def _pdf_link_annotations(pdf: bytes) -> int:
    """Link annotations of a PDF, counted in its plain and its Flate-compressed objects."""
    import zlib

    parts = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            parts.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return sum(len(re.findall(rb"/Subtype\s*/Link", part)) for part in parts)


@pytest.mark.build
def test_bottom_line_on_page_one_has_no_signature_block(built):
    page = (built / "briefing.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(page, "html.parser")
    bullets = soup.select("ul.bottom-line li")
    assert 3 <= len(bullets) <= 6
    for li in bullets:
        text = li.get_text(" ")
        assert "THE WHITE HOUSE" not in text and not re.search(r"\b[A-Z]{2,} [A-Z]\. [A-Z]{2,}\b", text)
        assert li.find("a", href=re.compile(r"^#s\d+-\d+$")), text  # the date links to its sentence
    order = [h.get_text() for h in soup.find_all("h2")]
    assert order[:3] == ["Bottom line", "Developments", "Who says what"] and order[-1] == "Source texts"


@pytest.mark.build
def test_every_fact_links_to_a_highlighted_sentence_in_html_and_pdf(built):
    page = (built / "briefing.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(page, "html.parser")
    ids = {tag["id"] for tag in soup.find_all(id=True)}
    facts = [a["href"][1:] for a in soup.find_all("a", href=True) if re.fullmatch(r"#s\d+-\d+", a["href"])]
    assert len(facts) >= 20
    assert not [f for f in facts if f not in ids]
    texts = soup.find(id="source-texts")
    for ident in set(facts):  # each anchor sits in "Source texts", just before a highlighted sentence
        anchor = soup.find(id=ident)
        assert anchor.find_previous("h2") is texts
        assert anchor.find_next("mark") is not None
    # Every quotation on the page carries a link to its sentence.
    assert all(li.find("a", href=re.compile(r"^#s\d+-")) for li in soup.select("ul.quotes li"))
    document = _pdf_document(page)
    anchors = {name for p in document.pages for name in p.anchors}
    internal = [link[1] for p in document.pages for link in p.links if link[0] == "internal"]
    assert set(facts) <= set(internal)  # WeasyPrint writes them as the PDF's link annotations
    assert not [target for target in internal if target not in anchors]


@pytest.mark.build
def test_page_count_before_source_texts(built):
    page = (built / "briefing.html").read_text(encoding="utf-8")
    document = _pdf_document(page)
    first = next(i for i, p in enumerate(document.pages) if "source-texts" in p.anchors)
    assert first <= MAX_PAGES, f"{first} pages before Source texts"
    # The PDF written by the build carries the internal links (in compressed object streams).
    assert _pdf_link_annotations((built / "briefing.pdf").read_bytes()) >= 20
    assert (built / "data" / "voices.csv").is_file() and (built / "data" / "who.csv").is_file()


@pytest.fixture(scope="module")
def brexit(nlp):
    from toolkit.analysis.findings import findings
    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import read_paths

    folder = ROOT / "seeds" / "brexit-2019"
    paths = [next(folder.glob(f"wn_{day}_*.txt")) for day in ("2019-07-24", "2019-08-29", "2019-09-24")]
    extraction = extract(read_paths(paths), nlp=nlp)
    return extraction, findings(extraction, focus=["Boris Johnson"], title="Brexit and the suspension of Parliament")


class TestLede:
    """The lede counts in words a reader can read aloud: "1 new fact", "3 documents"."""

    def test_counts_take_the_number_of_their_noun(self, brexit):
        from types import SimpleNamespace

        import pandas as pd

        from toolkit.present.sections import show_lede

        extraction, found = brexit
        one_fact = SimpleNamespace(first=False, unchanged=False,
                                   counts=lambda: pd.DataFrame({"added": [1], "removed": [2]}))
        text = BeautifulSoup(show_lede(SimpleNamespace(extraction=extraction, findings=found, changes=one_fact)).data,
                             "html.parser").get_text(" ")
        assert "3 documents from" in text and " quotations," in text
        assert "1 new fact," in text and "2 no longer present" in text and "1 new facts" not in text


class TestDatesOfTheEventsThemselves:
    """A sentence tells of the day its event happened, not of a day one of its clauses names."""

    def test_the_ruling_is_a_development_of_its_day(self, brexit):
        _, found = brexit
        day = found.developments[found.developments["date"] == "2019-09-24"]
        assert day["sentence"].str.contains("Supreme Court of the United Kingdom issued a ruling").any()

    def test_a_deadline_named_in_a_claim_does_not_date_the_claim(self, brexit):
        # "Critics … have claimed this is a move by Johnson to … a no-deal Brexit by October 31":
        # nothing happened on 31 October; the sentence weighs less than one whose event is dated.
        extraction, _ = brexit
        actors = story.central_actors(extraction, focus=["Boris Johnson"])
        rows = story.dated_sentences(extraction, actors)
        claim = rows[rows["sentence"].str.startswith("Critics") & (rows["date"] == "2019-10-31")]
        suspended = rows[rows["sentence"].str.contains("suspended parliament at the behest")]
        assert len(claim) == 1 and len(suspended) >= 1
        assert claim.iloc[0]["centrality"] < suspended.iloc[0]["centrality"]

    def test_the_lede_is_the_first_sentence_of_news_after_the_dateline(self, brexit):
        extraction, _ = brexit
        ledes = story._ledes(extraction)
        ruling = next(doc for doc in ledes if doc.startswith("wn_2019-09-24"))
        assert ledes[ruling].startswith("Today at 10:30 BST (0930 UTC), the Supreme Court")

    def test_one_development_told_on_two_days_is_one_bullet(self, brexit):
        # 24 July 2019: "members voted on Tuesday to elect Boris Johnson" and "Johnson became … prime
        # minister" (Wednesday) are the same development.
        _, found = brexit
        july = found.bottom_line[found.bottom_line["date"].isin(["2019-07-23", "2019-07-24"])]
        assert len(july) == 1


@pytest.fixture(scope="module")
def appendix(brexit):
    """The brexit set's appendix and provenance, whole and as a large set's (limit lowered to 1)."""
    from types import SimpleNamespace

    from toolkit.present import appendix as appendix_mod
    from toolkit.reading.params import load_params
    from toolkit.reading.sources import read_paths

    extraction, found = brexit
    briefing = SimpleNamespace(sources=read_paths(list(extraction.documents["path"])), extraction=extraction,
                               findings=found, params=load_params(ROOT / "params" / "brexit-2019.yaml"))
    whole = BeautifulSoup(appendix_mod.show_source_texts(briefing).data, "html.parser")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(appendix_mod, "WHOLE_TEXTS_MAX_DOCUMENTS", 1)
        large = BeautifulSoup(appendix_mod.show_source_texts(briefing).data, "html.parser")
        provenance = BeautifulSoup(appendix_mod.show_provenance(briefing).data, "html.parser")
    return SimpleNamespace(whole=whole, large=large, provenance=provenance, found=found, extraction=extraction)


class TestSourceTextsOfALargeSet:
    """A set too large to print whole keeps the appendix to what the page links to."""

    def test_every_cited_fact_keeps_its_anchor_before_a_highlighted_sentence(self, appendix):
        cited = appendix.found.cited()
        assert len(cited)
        for soup in (appendix.whole, appendix.large):
            ids = {tag["id"] for tag in soup.find_all(id=True)}
            numbers = {doc: i + 1 for i, doc in enumerate(appendix.extraction.documents["id"])}
            for record in cited.to_dict("records"):
                ident = f"s{numbers[record['doc']]}-{record['start']}"
                assert ident in ids and soup.find(id=ident).find_next("mark") is not None

    def test_only_the_cited_paragraphs_are_printed(self, appendix):
        whole_text, large_text = appendix.whole.get_text(" "), appendix.large.get_text(" ")
        assert len(large_text) < len(whole_text)
        assert "[…]" in large_text and "This set is large" in large_text
        marked = [m.get_text() for m in appendix.whole.find_all("mark")]
        assert marked == [m.get_text() for m in appendix.large.find_all("mark")]

    def test_provenance_lists_the_linked_documents_and_points_to_the_table(self, appendix):
        from toolkit.present.appendix import linked_documents

        rows = appendix.provenance.select("table.provenance tbody tr")
        assert len(rows) == len(linked_documents(appendix.found)) <= len(appendix.extraction.documents)
        assert appendix.provenance.find("a", href="data/documents.csv") is not None


@pytest.fixture(scope="module")
def sunday(nlp):
    from toolkit.analysis.findings import findings
    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import read_paths

    # The White House, Sunday 17 August 2025 (public domain): "This morning, Trump Administration
    # officials were on the Sunday shows discussing … his historic meeting with … Putin on Friday
    # and his forthcoming meeting with … Zelenskyy … tomorrow."
    path = next((ROOT / "seeds" / NAME).glob("A23_*.txt"))
    extraction = extract(read_paths([path]), nlp=nlp)
    return extraction, findings(extraction, focus=["Donald Trump"])


class TestTheDayThatOpensASentence:
    """A sentence opened by a time expression tells of that day; the days of phrases inside it
    are not developments of their own."""

    def test_the_opening_day_dates_the_sentence(self, sunday):
        extraction, found = sunday
        rows = story.dated_sentences(extraction, story.central_actors(extraction, focus=["Donald Trump"]))
        rows = rows[rows["sentence"].str.startswith("This morning, Trump Administration officials")]
        assert set(rows[rows["lead"]]["date"]) == {"2025-08-17"}
        assert set(rows[rows["secondary"]]["date"]) >= {"2025-08-15"}  # the meeting "on Friday"
        told = pd.concat([found.bottom_line, found.developments])
        told = told[told["sentence"].str.startswith("This morning, Trump Administration officials")]
        assert len(told) and set(told["date"]) == {"2025-08-17"}
        assert not told["dates"].str.contains("2025-08-15").any()
