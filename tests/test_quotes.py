"""Quotations and their speakers, on the seed article and on small real-style passages."""

from __future__ import annotations

import json

import pytest

from conftest import DATA
from toolkit.nlp.quotation_marks import quotation_spans

GOLD = json.loads((DATA / "gold" / "000_4d240d6c60ada09b.json").read_text(encoding="utf-8"))


class TestQuotationSpans:
    def test_curly_and_straight_marks(self):
        text = 'He said “yes” and she said "no".'
        assert [text[s.start:s.end] for s in quotation_spans(text)] == ["yes", "no"]

    def test_single_marks_inside_belong_to_the_quote(self):
        text = "Rubio: “They said ‘no deal’ today,” he added."
        spans = quotation_spans(text)
        assert len(spans) == 1 and "‘no deal’" in text[spans[0].start:spans[0].end]

    def test_unterminated_quote_is_reported_not_dropped(self):
        text = "He said “this never ends.\nNext paragraph without quotes."
        spans = quotation_spans(text)
        assert len(spans) == 1 and spans[0].unterminated
        assert text[spans[0].start:spans[0].end] == "this never ends."

    def test_paragraph_continuation_is_not_unterminated(self):
        text = "She said: “First part.\n“Second part,” she went on."
        spans = quotation_spans(text)
        assert [s.unterminated for s in spans] == [False, False] and spans[1].continues


class TestSeedQuotes:
    def test_every_gold_quote_found_with_its_speaker(self, seed_extraction):
        found = {(q.text, q.speaker) for q in seed_extraction.quotes.itertuples()}
        missing = [(g["text"], g["speaker"]) for g in GOLD["quotes"] if (g["text"], g["speaker"]) not in found]
        assert missing == []

    def test_no_spurious_quotes(self, seed_extraction):
        assert len(seed_extraction.quotes) == len(GOLD["quotes"])

    def test_offsets_point_at_the_quoted_characters(self, seed_extraction, seed_document):
        for q in seed_extraction.quotes.itertuples():
            assert seed_document.text[q.start:q.end] == q.text
            assert seed_document.text[q.start - 1] in "“\"" and seed_document.text[q.end] in "”\""
            assert q.text.split()[0] in q.sentence


@pytest.fixture(scope="module")
def attributed(nlp):
    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import Document

    def run(text):
        return extract([Document(id="t", path="t", text=text, sha256="0")], nlp=nlp).quotes
    return run


class TestAttribution:
    def test_colon_lead_in_without_verb(self, attributed):
        quotes = attributed("Secretary of State Marco Rubio met allies.\n"
                            "Secretary Rubio: “We will keep working for peace.”")
        assert quotes.iloc[-1]["speaker"] == "Marco Rubio"

    def test_colon_lead_names_the_people_not_the_name_that_qualifies_them(self, attributed):
        quotes = attributed("Fogel lawyers Martin De Luca and Andrew Smith: “The release is historic and long "
                            "overdue.”\n\nEuropean Commission President Ursula von der Leyen: “We are here to work "
                            "together.”")
        assert list(quotes["speaker"])[0] in ("Martin De Luca", "Andrew Smith")
        assert list(quotes["speaker"])[1] == "Ursula von der Leyen"  # one name, not "Ursula von der"

    def test_heading_names_a_person_the_model_missed_after_a_title(self, attributed):
        quotes = attributed("Steve Witkoff met Vladimir Putin in Moscow.\n\nSpecial Envoy Witkoff on Fox News Sunday"
                            "\n\n“The President was looking for ways to solve the crisis.”")
        assert quotes.iloc[-1]["speaker"] == "Steve Witkoff"  # not the channel

    def test_a_first_name_two_people_share_is_the_one_its_document_names(self, nlp):
        from toolkit.extraction.tables import extract
        from toolkit.reading.sources import Document

        texts = {"nato": "NATO Secretary General Mark Rutte met allies in Brussels. “We are ready,” Mark said.",
                 "senate": "Senator Mark Kelly spoke in Phoenix on Monday. “We need answers,” Mark said."}
        ex = extract([Document(id=k, path=k, text=t, sha256=k) for k, t in texts.items()], nlp=nlp)
        assert dict(zip(ex.quotes["doc"], ex.quotes["speaker"])) == {"nato": "Mark Rutte", "senate": "Mark Kelly"}
        assert "Mark" not in set(ex.mentions["name"])

    def test_broken_quote_both_halves_attributed(self, attributed):
        quotes = attributed("Chancellor Friedrich Merz spoke in Berlin. “We are ready,” Merz said, “to help.”")
        assert list(quotes["speaker"]) == ["Friedrich Merz", "Friedrich Merz"]

    def test_pronoun_resolves_to_previous_subject(self, attributed):
        quotes = attributed("Prime Minister Keir Starmer met Emmanuel Macron on Monday. "
                            "“This is a turning point,” he said.")
        assert quotes.iloc[0]["speaker"] == "Keir Starmer"

    def test_unnamed_source_stays_unnamed(self, attributed):
        quotes = attributed("A senior official said the talks were “difficult.”")
        assert quotes.iloc[0]["speaker"] is None


class TestNestedDoubleQuotes:
    def test_inner_double_quotation_belongs_to_the_outer_one(self):
        text = "Rep. Mary Miller: “Biden threw “gas on the fire.” Now we need peace.”"
        spans = quotation_spans(text)
        assert len(spans) == 1
        assert text[spans[0].start:spans[0].end] == "Biden threw “gas on the fire.” Now we need peace."

    def test_unbalanced_second_opening_still_ends_the_first(self):
        text = "He said “one thing and “another thing.”"
        spans = quotation_spans(text)
        assert [s.unterminated for s in spans] == [True, False]


# Real passages from Wikinews (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"),
# unchanged; the article each comes from is named above it.
# wn_2020-03-17_200-in-New-Delhi-India-drink-cow-urine-to-fight-off-COVID-19
COW_URINE_PARTY = ('Speaking to Reuters, an attendee Om Prakash said, "We have been drinking cow urine for 21 years, '
                   'we also take bath in cow dung. We have never felt the need to consume English medicine".')
PANDEMIC_WORD = ('COVID-19 was previously announced to be a "pandemic" by the World Health Organization (WHO). '
                 "According to the WHO's situation report dated March 16, the virus claimed 6606 lives, and 167,515 "
                 "cases were reported of this disease.")
# wn_2019-10-17_Hundreds-arrested-for-dark-web-child-porn-by-international-task-force
PSEUDONYM = ('Jong was arrested in March, 2018, but South Korea\'s National Police Agency when announcing the arrest '
             'in May, 2018 identified him only as "Mr. A" as the international investigation continued.')
# wn_2020-01-10_Greek-prime-minister-reaffirms-EastMed-pipeline-project-is-open-for-other-countr
FRINGE = ('The meeting was attended by Israeli prime minister Benjamin Netanyahu and energy minister Yuval Steinitz. '
          'With this forming of political and economic alliance with Hellenic countries, Netanyahu envisioned the '
          'pipeline to end their "fringe country" status. Netanyahu called on Italy and Egypt to join the project, '
          'adding "We call on any other country that wishes to join us to do so".')


class TestSpeakersTheParserHides:
    """Who spoke when the parse or the model's tags hide it: a passive's "by" hung on the quoted
    word, a person's name tagged as a one-word organisation, a verb of vision."""

    def test_passive_agent_attached_to_the_quoted_word(self, attributed):
        quotes = attributed(PANDEMIC_WORD)
        assert list(zip(quotes["text"], quotes["speaker"])) == [("pandemic", "World Health Organization")]

    def test_given_name_before_a_surname_tagged_as_an_organisation(self, attributed):
        quotes = attributed(COW_URINE_PARTY)
        assert list(quotes["speaker"]) == ["Om Prakash"]  # not the bare "Prakash"

    def test_words_of_a_vision_are_the_visionary_s(self, attributed):
        quotes = attributed(FRINGE)
        assert list(quotes["speaker"]) == ["Benjamin Netanyahu", "Benjamin Netanyahu"]


class TestNamesWithAbbreviationsAreNotQuotations:
    def test_a_pseudonym_with_a_title_is_a_name(self, attributed):
        assert list(attributed(PSEUDONYM)["text"]) == []

    def test_a_sentence_ending_in_a_period_is_still_words(self, attributed):
        # the same passage's quotation, which ends a sentence, is still listed
        quotes = attributed(COW_URINE_PARTY)
        assert len(quotes) == 1


# wn_2019-05-31_Toronto-s-Anime-North-2019-brings-thousands-of-fans-together
TIPTON = ('US voice actor Alexis Tipton marveled at the growth of the anime industry in the last decade.\n\n'
          'Tipton was devastated when she got a sinus infection, the week of the audition. "This director doesn\'t '
          'know me, I haven\'t worked with him, he\'s going to think that this is what I sound like," she recalls '
          'thinking.')
LANDA = ('Another voice actor, Lauren Landa, would list Sailor Neptune and Sailor Uranus as dream roles, when asked at '
         'conventions. She was given a chance to audition for the characters years later, when Vizmedia dubbed the '
         'first two seasons of Sailor Moon. When she was cast, "I swear to you, I was speechless," she told an '
         'audience at her Q&A session.')
# wn_2020-03-26_Florida-frog-skull-survey-shows-spikes-say-scientists
FROGS = ("One of the study's authors, herpetologist David Blackburn, told Discover Magazine the frequency of spiky "
         "skulls evolving in otherwise unrelated frogs suggested some deep pattern frogs fell into as circumstances "
         'arose: "Somehow, these frogs are turning on some ancient developmental machinery in their DNA."')

# wn_2020-10-29_On-the-campaign-trail-in-the-USA-September-2020
STROKES = ('Trump alleged the media was falsely claiming he had suffered from "mini-strokes." Reporters asked '
           "about it the next day.")


class TestPronounsAndFramingVerbs:
    """"she" after a woman called an "actor" or named by a surname the model took for an
    organisation; a quotation under a thing's "suggested" inside somebody's "told"."""

    def test_she_is_the_actor_named_by_surname(self, attributed):
        assert list(attributed(TIPTON)["speaker"]) == ["Alexis Tipton"]

    def test_an_actor_may_be_a_woman(self, attributed):
        assert list(attributed(LANDA)["speaker"]) == ["Lauren Landa"]  # not the role she names

    def test_the_framing_speech_verb_s_subject_speaks(self, attributed):
        assert list(attributed(FROGS)["speaker"]) == ["David Blackburn"]

    def test_an_inner_speech_verb_keeps_its_own_speaker(self, attributed):
        # "the media was claiming … “mini-strokes”": the media's word, not Trump's, though the
        # media is not named; the outer "alleged" does not take it over.
        assert "Donald Trump" not in set(attributed(STROKES)["speaker"].dropna())
        assert "Trump" not in set(attributed(STROKES)["speaker"].dropna())


# wn_2020-09-30_On-the-campaign-trail-in-the-USA-August-2020 (Wikinews, CC BY 2.5, credit
# "Wikinews contributors, en.wikinews.org"): a message and a comment quoted line by line.
CAMPAIGN_MESSAGE = ('He provided Wikinews with the text of a message he sent to AIP vice chairman Mark Seidenberg:\n'
                    '"Please let Rocky [De La Fuente] know that if he runs with the unstable, bi-polar Trump-loving '
                    'Kanye West in California that I will withdraw as his vice-presidential running mate nationally.\n'
                    "I've spent my entire adult life battling the duopoly and certainly DO NOT want my name associated "
                    'with a candidacy that peripherally includes a Trump/GOP plant like the unhinged rapper .... [AIP '
                    'co-founder] Bill Shearer must be rolling over in his grave."\n\n'
                    'Richardson has since reconciled with De La Fuente.')
CAMPAIGN_COMMENT = ('At Ballot Access News, AIP vice chairman Mark Seidenberg commented:\n'
                    '"[Kamala Harris is] Constitutionally ineligible to serve as VPOTUS (Vice President of the United '
                    'States). At [her] birth her parents were from foreign\ncountries and not US citizens, viz., she is '
                    'not a natural born citizen."\n\nHarris was born October 20, 1964 in Oakland, California.')


class TestQuotationBrokenByALineBreak:
    def test_a_message_quoted_line_by_line_is_one_quotation(self):
        spans = quotation_spans(CAMPAIGN_MESSAGE)
        assert len(spans) == 1 and not spans[0].unterminated
        quoted = CAMPAIGN_MESSAGE[spans[0].start:spans[0].end]
        assert quoted.startswith("Please let Rocky") and quoted.endswith("rolling over in his grave.")

    def test_a_line_broken_mid_sentence_does_not_end_the_quotation(self):
        spans = quotation_spans(CAMPAIGN_COMMENT)
        assert len(spans) == 1 and CAMPAIGN_COMMENT[spans[0].end - 8:spans[0].end] == "citizen."

    def test_an_excerpt_that_only_its_last_paragraph_closes(self):
        # The White House, 2025-09-09, "Major organizations commit to supporting AI education" (public domain)
        text = ("Micron Technology\n\n“Securing America’s future requires winning the AI race, and Micron commends "
                "President Trump for investing in AI education in schools and communities across the United States."
                "\n\nThrough our promises to increase AI lessons at our signature CHIP camps and career day programs, "
                "Micron joins others in meeting this historic moment in the high-tech era.”")
        spans = quotation_spans(text)
        assert len(spans) == 1 and not spans[0].unterminated and text[spans[0].end - 4:spans[0].end] == "era."

    def test_an_excerpt_runs_across_paragraphs_without_marks(self):
        # The White House, 2025-04-29, "ICYMI: Celebrating President Trump's incredible first 100 days"
        text = ("Rep. Don Bacon: “I commend the Trump Administration for tackling these campaign promises in the "
                "first 100 days:\n\n✅ Restoring energy independence & bringing prices under control\n\n✅ Securing our "
                "border with 95% drop in illegal crossings\n\n✅ Taking decisive action against the Houthis\n\nThe "
                "border and energy independence were top priorities this past Nov.”")
        spans = quotation_spans(text)
        assert len(spans) == 1 and text[spans[0].start:spans[0].end].endswith("this past Nov.")

    def test_a_paragraph_that_opens_its_own_quotation_ends_an_unclosed_one(self):
        text = 'He said "this never ends.\n\nThe next paragraph quotes "nothing" else.'
        spans = quotation_spans(text)
        assert spans[0].unterminated and text[spans[0].start:spans[0].end] == "this never ends."


class TestTermsAreNotQuotations:
    """Terms in quotation marks that nobody is quoted as saying (same campaign article; the
    "defund" slogan from wn_2020-07-25_On-the-campaign-trail-in-the-USA-June-2020)."""

    def test_a_participle_inside_a_term_makes_no_clause(self, attributed):
        quotes = attributed('Martin argues that since the term "natural born Citizen" is not defined in the document, '
                            'the meaning of the term at the time of its writing should prevail.')
        assert quotes.empty

    def test_a_description_and_a_slogan_name_terms(self, attributed):
        quotes = attributed('The reports use the description "research services" or leave the label blank. '
                            'The Trump campaign connected the "defund" slogan and lawlessness to Biden.')
        assert quotes.empty

    def test_a_term_that_is_the_subject_of_the_next_verb(self, attributed):
        quotes = attributed('Moreover, he says the 14th Amendment phrase "subject to" referred primarily to '
                            'children born to Indian tribes.')
        assert quotes.empty

    def test_a_clause_about_a_term_links_it_to_terms(self, attributed):
        quotes = attributed('"Law and order" was a common theme at the convention. Professor Eugene Volokh of '
                            'UCLA School of Law writes in a Newsweek essay that the term "natural born citizen" '
                            'derived from the British "natural born subjects" which included all people born within '
                            'the borders of the British empire.')
        assert quotes.empty

    def test_the_gloss_of_a_term_after_or(self, attributed):
        # wn_2019-08-15_Scientists-report-two-life-saving-treatments-for-Ebola (Wikinews, CC BY 2.5)
        quotes = attributed('The PALM trial, for the Swahili phrase pamoja tulinde maisha or "together save lives," '
                            'began last November and collected data from 499 patients from the towns of Beni, '
                            'Butembo, Mangina, and Katwa in the Democratic Republic of the Congo.')
        assert quotes.empty

    def test_words_a_writer_uses_are_still_quoted(self, attributed):
        quotes = attributed('Differing slightly in a Newsweek essay, Professor John C. Eastman of Chapman University '
                            'School of Law writes that the term "subject to" in the 14th Amendment requires parents to '
                            'be citizens subject to "complete jurisdiction" rather than mere "partial jurisdiction" as '
                            'noncitizens.')
        assert list(quotes["text"]) == ["complete jurisdiction", "partial jurisdiction"]
        assert set(quotes["speaker"]) == {"John Eastman"}
