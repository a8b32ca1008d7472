"""Straight quotation marks inside a quotation opened by a straight mark (session 19).

A straight mark with a space before it and a word after it looks like an opening mark. Met
inside an open quotation, with the paragraph's next straight mark closing it, the two enclose
words of their own: a quotation inside the quotation when the outer one still closes later
(`"… it wouldn't be called "research", would it?"`), or, when nothing closes the outer one, a
sign that its mark opened nothing (`comet 81P/Wild (also known as "Wild 2) … to "discover" the
samples`). A heading that names only a place names no speaker for the quotation below it. And words
quoted inside a later sentence of the paragraph do not go on with the speaker of the quotation before
when that sentence's subject holds them ("a “tropical depression” is the weakest form …"). A
relative "who" never stands for a place.

Real paragraphs of Wikinews (text CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"): two
interviews of GUM (GUM_interview_stardust, GUM_interview_peres; tests/data/gold/gum-interview-dev)
and wn_2019-10-08_US-President-Trump-announces-troop-withdrawal-from-Syria,
wn_2019-07-23_Tropical-Depression-Three-of-2019-approaches-Florida-before-dissipating and
wn_2020-02-10_First-foreigners-die-from-coronavirus-in-Wuhan-China of the corpus; and one Wikipedia
biography of GUM (GUM_bio_emperor, tests/data/gold/gum-bio-dev; text CC BY-SA 3.0, credit "Wikipedia
contributors, en.wikipedia.org").
"""

from __future__ import annotations

from toolkit.nlp.quotation_marks import quotation_spans

EINSTEIN = ("One thing that I should say ... is that like all research, the outcome of what we are doing is highly "
            "uncertain. There is a wonderful quote attributed to Einstein — \"If we knew what we were doing, it "
            "wouldn't be called \"research\", would it?\"\n\nHow big would the samples be?\n")
STARDUST = ("Stardust is a NASA space capsule that collected samples from comet 81P/Wild (also known as \"Wild 2) in "
            "deep space and landed back on Earth on January 15, 2006. It was decided that a collaborative online "
            "review process would be used to \"discover\" the microscopically small samples the capsule collected.\n")
MCGURK = ("Brett McGurk criticized the decision, tweeting \"The WH statement tonight on Syria after Trump spoke with "
          "Erdogan demonstrates a complete lack of understanding of anything happening on the ground. The \"United "
          "States\" is not holding any ISIS detainees. They are all being held by the SDF, which Trump just served "
          "up to Turkey.\"\n")
PERES = ("The future of the peace process in Israel\n\n\"The future is only peace. The problem is how long will it "
         "take and how many victims will it call for.\" Shimon Peres image: David Shankbone.\n\nMr. President, as a "
         "Nobel Peace Prize recipient, what is your view?\n")


def _quoted(text: str) -> list[str]:
    return [text[s.start:s.end] for s in quotation_spans(text)]


class TestQuotationInsideAQuotation:
    """`"… called "research", would it?"`: the inner pair belongs to the outer quotation."""

    def test_the_quotation_is_whole(self):
        assert _quoted(EINSTEIN) == ["If we knew what we were doing, it wouldn't be called \"research\", would it?"]

    def test_a_tweet_with_a_term_in_marks_is_whole(self):
        (quote,) = _quoted(MCGURK)
        assert quote.startswith("The WH statement") and quote.endswith("served up to Turkey.")

    def test_the_quoted_tweet_reports_no_event_of_the_narrative(self, nlp, tmp_path):
        import datetime as dt

        from conftest import events_of

        events = events_of(MCGURK, dt.date(2019, 10, 8), "mcgurk", nlp=nlp, folder=tmp_path)
        held = events[events["verb"] == "hold"]
        assert not held.empty and held["quoted"].all()

    def test_marks_that_follow_each_other_still_pair(self):
        text = 'He said "we will" and "never".'
        assert _quoted(text) == ["we will", "never"]


class TestStrayOpeningMark:
    """`(also known as "Wild 2) … to "discover" the samples`: no mark closes the first, so it opened
    nothing and the quotation is the pair that follows."""

    def test_only_the_closed_pair_is_quoted(self):
        assert _quoted(STARDUST) == ["discover"]

    def test_a_quotation_running_on_into_a_reopened_paragraph_keeps_its_start(self):
        text = ('"They call it "research" and leave it there.\n\n"Then they ask for more," she said.\n')
        assert _quoted(text)[0].startswith("They call it")


class TestHeadingNamingAPlace:
    """A heading over a paragraph-long quotation names its speaker only when it names a person or a
    body: "The future of the peace process in Israel" names where the story is."""

    def test_the_place_is_no_speaker(self, nlp):
        from toolkit.extraction.tables import extract
        from toolkit.reading.sources import Document

        quotes = extract([Document(id="p", path="p", text=PERES, sha256="p")], nlp=nlp).quotes
        row = quotes[quotes["text"].str.startswith("The future is only peace")]
        assert len(row) == 1 and row["speaker"].isna().all()

    def test_a_heading_naming_a_person_still_gives_the_speaker(self, nlp):
        from toolkit.extraction.tables import extract
        from toolkit.reading.sources import Document

        text = ("Secretary of State Marco Rubio on Meet the Press\n\n\"We are going to keep working for peace. It is "
                "not going to be easy.\"\n")
        quotes = extract([Document(id="r", path="r", text=text, sha256="r")], nlp=nlp).quotes
        assert quotes["speaker"].tolist() == ["Marco Rubio"]


HASHTAG = ("Chinese citizens have criticized their government's initial response to the outbreak. Police detained "
           "eight people for \"spreading rumors,\" including ophthalmologist Li Wenliang, who tried to warn people "
           "about the viral outbreak in December. Li died of the infection on Friday, which quickly became the most "
           "frequently discussed subject on the Chinese social networking platform Weibo. The hashtag \"#we want "
           "freedom of speech#\" quickly reached at least about two million views before being deleted by censors.\n")
DEPRESSION = ("On Tuesday, however, the National Hurricane Center reported the depression dissipated off the coast of "
              "Florida.\n\nA \"tropical depression\" is a form of tropical cyclone. On the scale used by the NHC for "
              "classifying tropical cyclones, a \"tropical depression\" is the weakest form of tropical cyclone.\n")
PELOSI = ("Pelosi said, \"The actions taken to date by the president have seriously violated the Constitution.\" "
          "Specifically, she was directing six of the House's committees to \"proceed with their investigations "
          "under [the] umbrella\" of impeachment.\n")


def _quotes(nlp, text: str):
    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import Document

    return extract([Document(id="q", path="q", text=text, sha256=str(len(text)) + text[:40])], nlp=nlp).quotes


class TestWordsOfTheNarrative:
    """Words quoted inside a later sentence of the paragraph whose subject holds them are the
    narrative's, not the speaker's of the quotation before: "The hashtag “#we want freedom of
    speech#” quickly reached …", "a “tropical depression” is the weakest form …"."""

    def test_a_hashtag_in_the_subject_has_no_speaker(self, nlp):
        quotes = _quotes(nlp, HASHTAG)
        row = quotes[quotes["text"] == "#we want freedom of speech#"]
        assert len(row) == 1 and row["speaker"].isna().all()

    def test_a_term_in_the_subject_has_no_speaker(self, nlp):
        quotes = _quotes(nlp, DEPRESSION)
        last = quotes.sort_values("start").iloc[-1]
        assert last["text"] == "tropical depression" and last["speaker"] != last["speaker"]  # NaN

    def test_words_under_the_speakers_own_pronoun_go_on_with_the_speaker(self, nlp):
        quotes = _quotes(nlp, PELOSI)
        row = quotes[quotes["text"].str.startswith("proceed with their investigations")]
        assert row["speaker"].tolist() == ["Pelosi"]


NORTON = ("Joshua Abraham Norton (c. 1818 – January 8, 1880), known as Emperor Norton, was a citizen of San Francisco, "
          "California, who in 1859 proclaimed himself \"Norton I, Emperor of the United States\".\n")


class TestWhoIsNoPlace:
    """"a citizen of San Francisco, California, who in 1859 proclaimed himself “…”": the relative
    clause hangs from the place in the parse, but "who" stands for people."""

    def test_the_place_is_no_speaker(self, nlp):
        quotes = _quotes(nlp, NORTON)
        assert "San Francisco" not in set(quotes["speaker"].dropna())

    def test_a_person_before_who_still_speaks(self, nlp):
        text = ("Trump, who last week called Zelenskyy a \"dictator without elections\", spoke to reporters on "
                "Friday.\n")
        quotes = _quotes(nlp, text)
        assert quotes["speaker"].tolist() == ["Donald Trump"] or quotes["speaker"].tolist() == ["Trump"]
