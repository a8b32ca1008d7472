"""Entity rules after the entity audit (found and labelled) of seven White House press pages (round
``entities34``, ``bench/audit/entities34.tsv``): remarks at the UN Commission on Narcotic Drugs, the Technology
Prosperity Deals with Japan and Korea, twenty reasons for the One Big Beautiful Bill, the Ratepayer Protection
Pledge, reactions to a GDP report, a round-up of good news, and Americans on the bill's policies.

Each rule is checked on the audited sentence (White House texts, /work/shared/corpora/whitehouse-2025/: public
domain).
"""

from __future__ import annotations

from conftest import ents_of, labels_of


def mentions_of(nlp, text: str) -> list[tuple[str, str]]:
    """The text and label of each mention of ``text`` (repaired entities, trimmed and filtered)."""
    from toolkit.nlp.entities import mentions, repair_entities

    return [(m.text, m.label) for m in mentions(repair_entities(nlp(text)))]


# articles__2025-11-19-good-news-you-may-have-missed-everyday-proof-the-trump-agenda-is-delivering.txt
_TAX_REFUNDS = ("💰 Tax refunds in 2026 are projected to be the largest ever: “Tax filers could expect an extra "
                "$1,000 bump to their tax refund next year, in what could be a record-breaking tax refund season.”")


class TestPictographBullets:
    """"💰 Tax refunds in 2026 …": a pictograph opening a line is its bullet, no part of a name, and the word
    after it opens the line as a sentence's first word does (the text writes "tax" small: no name)."""

    def test_the_bullet_and_the_common_word_are_no_name(self, nlp):
        found = mentions_of(nlp, _TAX_REFUNDS)
        assert not any("💰" in text or text == "Tax" for text, _ in found)

    def test_a_name_after_a_bullet_stays(self, nlp):
        found = mentions_of(nlp, "🦃 Prices for the Thanksgiving meal are down, the American Farm Bureau "
                                 "Federation said.")
        assert ("American Farm Bureau Federation", "ORG") in found


# articles__2025-07-11-americans-celebrate-the-one-big-beautiful-bills-transformational-policies.txt
_CORONER = ("In South Carolina, Greenville County Coroner Mike Ellis says No Tax on Overtime will help his deputies "
            "better plan how to spend their money: “They work extremely hard and have an extremely tragic job — "
            "every one of them.”")


class TestCoronerTitle:
    """"Greenville County Coroner Mike Ellis": a coroner is a county's officer, a title before the name, as a
    sheriff is."""

    def test_the_title_is_cut_off(self, nlp):
        found = mentions_of(nlp, _CORONER)
        assert ("Mike Ellis", "PERSON") in found
        assert not any(text.startswith("Coroner") for text, _ in found)
        assert ("Greenville County", "GPE") in found


# articles__2026-03-09-remarks-by-director-carter-at-the-united-nations-commission-on-narcotic-drugs.txt
_COMMISSION = "Remarks at the 69th Session of the United Nations’ Commission on Narcotic Drugs in Vienna, Austria"


class TestPluralPossessiveOwners:
    """"the United Nations’ Commission on Narcotic Drugs": a plural's possessive (the apostrophe alone) between
    two names parts the owner from the owned body, as "’s" does ("the United Nations' Food and …")."""

    def test_owner_and_body_apart(self, nlp):
        ents = ents_of(nlp, _COMMISSION)
        assert ("Commission on Narcotic Drugs", "ORG") in ents
        assert any(text.endswith("United Nations") and label == "ORG" for text, label in ents)

    def test_a_body_named_by_its_members_keeps_it(self, nlp):
        ents = ents_of(nlp, "Western States Sheriffs’ Association: “Todd Blanche will serve this nation well.”")
        assert ("Western States Sheriffs’ Association", "ORG") in ents


# articles__2025-07-30-absolute-blockbuster-new-gdp-report-shows-explosive-growth-in-trumps-economy.txt
_BENZINGA = ("Benzinga’s Piero Cingari: “The U.S. economy roared back robustly in the second quarter, with gross "
             "domestic product rebounding well above expectations—offering President Donald Trump a timely "
             "economic victory to celebrate.”")
# articles__2025-05-20-20-reasons-why-congress-must-unite-behind-the-one-big-beautiful-bill.txt
_GOLDEN_DOME = ("Congressional Republicans MUST unite to pass President Donald J. Trump’s One, Big, Beautiful Bill. "
                "It’s a once-in-a-generation chance to revolutionize our nation’s defense capabilities and protect "
                "the homeland against new threats. It funds President Trump’s Golden Dome, invests in American "
                "shipbuilding, and modernizes our military.")


class TestPeopleAfterOwners:
    """A person's name holds no possessive: "Benzinga’s Piero Cingari" is an outlet and its writer; "President
    Trump’s Golden Dome" (PERSON) is the person of the text and a thing of his, no one's name."""

    def test_outlet_and_writer_apart(self, nlp):
        ents = ents_of(nlp, _BENZINGA)
        assert ("Piero Cingari", "PERSON") in ents
        assert ("Benzinga", "ORG") in ents

    def test_the_owner_a_person_of_the_text(self, nlp):
        ents = ents_of(nlp, _GOLDEN_DOME)
        assert not any("Golden Dome" in text and label == "PERSON" for text, label in ents)
        assert ("Trump", "PERSON") in ents


# articles__2026-03-04-ratepayer-protection-pledge.txt
_PLEDGE = """As part of the Ratepayer Protection Pledge, companies agree to protect American consumers from price hikes.

1. Building, Bringing, or Buying New Power Supply

WHAT: Companies will build, bring, or buy the new generation resources and electricity needed to satisfy their new energy demands, paying the full cost of those resources whether by building, or buying from, new or otherwise additive power plants. Where possible, these companies will also add more capacity that serves the broader public by increasing supply.

2. Paying for New Power Delivery Infrastructure Upgrades

WHAT: Companies will pay for all new power delivery infrastructure upgrades required to service their data centers."""


class TestHeadingCapitals:
    """"1. Building, Bringing, or Buying New Power Supply": a heading in title case capitalises common words the
    text writes small elsewhere; they are no body or place."""

    def test_the_headings_words_are_no_names(self, nlp):
        found = mentions_of(nlp, _PLEDGE)
        assert not any(text in ("Bringing", "Buying New Power Supply", "New Power Delivery Infrastructure Upgrades")
                       for text, _ in found)

    def test_a_caption_with_a_name_keeps_it(self, nlp):
        # GUM's stampede text (Wikinews): "arafat" is written small nowhere, so the caption's name stays.
        text = ("The Plains of Arafat on the day of Hajj\n\nAccording to the Saudi Interior Ministry over 345 Muslim "
                "pilgrims have been killed in a stampede during the annual Hajj pilgrimage near Mecca.")
        assert any("Arafat" in t for t, _ in mentions_of(nlp, text))


# articles__2025-07-30-absolute-blockbuster-new-gdp-report-shows-explosive-growth-in-trumps-economy.txt
_CONGRATULATIONS = ("Secretary of Commerce Howard Lutnick: “GDP just surged to 3% and the Trump Economy has officially "
                    "arrived. President Trump’s tariff policies have drawn historic investments and opened up global "
                    "markets for U.S. businesses. Congratulations America: 3 percent today, and we’re just getting "
                    "started.”")


class TestInterjectionsBeforeNames:
    """"Congratulations America:": a word of greeting or thanks before a name is no part of it; "America" is
    the country."""

    def test_the_country_alone(self, nlp):
        ents = ents_of(nlp, _CONGRATULATIONS)
        assert not any(text.startswith("Congratulations") for text, _ in ents)
        assert ("America", "GPE") in ents


# articles__2025-10-29-the-united-states-signs-technology-prosperity-deals-with-japan-and-korea.txt
_DEALS = ("As part of President Trump’s trip to Asia, the United States signed Technology Prosperity Deals (TPD) with "
          "Japan and Korea, expanding, strengthening, and focusing science and technology collaboration with key "
          "allies. The U.S.-Japan TPD advances strategic interests of the United States in space, 6G, and fusion "
          "technologies. The U.S.-Korea TPD also advances combined efforts to secure the innovation ecosystem.")
_UK = ("Building on the success of the U.S.-United Kingdom TPD signed in September 2025, these bilateral agreements "
       "further enable U.S. engagement with Japan and Korea’s unique science and technology ecosystems.")


class TestAgreementAcronyms:
    """"Technology Prosperity Deals (TPD)": the acronym of an agreement's name (a deal, an agreement, an accord,
    a treaty, a pact) names a document, no body."""

    def test_the_acronym_is_no_body(self, nlp):
        assert not any(text == "TPD" for text, _ in ents_of(nlp, _DEALS))

    def test_a_body_acronym_stays(self, nlp):
        ents = ents_of(nlp, "The Japan AI Safety Institute (JASI) met the U.S. Center for AI Standards and "
                            "Innovation (CAISI) in Tokyo.")
        assert not any(text == "TPD" for text, _ in ents)
        assert any("Japan AI Safety Institute" in text and label == "ORG" for text, label in ents)


class TestHyphenedPlacesOfTwoWords:
    """"the U.S.-United Kingdom TPD": two countries joined by a hyphen as a modifier, the second of two words,
    are two mentions, as "the U.S.-Mexican border" is."""

    def test_both_countries(self, nlp):
        found = mentions_of(nlp, _UK)
        assert ("United Kingdom", "GPE") in found
        assert not any(text == "U.S.-United Kingdom" for text, _ in found)


# articles__2026-03-09-remarks-by-director-carter-at-the-united-nations-commission-on-narcotic-drugs.txt
_DICTATOR = ("For example, Operation Southern Spear in the Caribbean Sea and the successful apprehension of the "
             "dictator, Maduro, has brought the world’s attention to the Western Hemisphere.")


class TestRulersInApposition:
    """"the dictator, Maduro,": a ruler's noun (dictator, tyrant, despot, strongman, warlord) is a role only a
    person holds, so the name set beside it is a person's."""

    def test_the_name_is_a_person(self, nlp):
        assert labels_of(nlp, _DICTATOR).get("Maduro") == "PERSON"


# articles__2025-10-29-the-united-states-signs-technology-prosperity-deals-with-japan-and-korea.txt
_ASSISTANT = ("“Each Technology Prosperity Deal offers great opportunities to accelerate scientific discovery,” said "
              "Michael Kratsios, Assistant to the President and Director of the White House Office of Science and "
              "Technology Policy.")


class TestAssistantTitle:
    """"Michael Kratsios, Assistant to the President and Director of …": "Assistant" alone is a title, no name."""

    def test_the_title_alone_is_no_person(self, nlp):
        found = mentions_of(nlp, _ASSISTANT)
        assert ("Michael Kratsios", "PERSON") in found
        assert not any(text == "Assistant" for text, _ in found)


# articles__2025-07-30-absolute-blockbuster-new-gdp-report-shows-explosive-growth-in-trumps-economy.txt: two pairs of
# paragraphs, in which the model (reading them in context) calls "Bullseye Brief" a person and leaves "USA TODAY"
# untagged.
_AUTHOR = ('Economist Steve Moore: “This is an amazing number … We’re seeing lots of jobs. We’re seeing '
           'tame inflation. It is really a beautiful picture … It’s hard to see anything to complain '
           'about. I’m sure Democrats will find something they don’t like.”\n\nBullseye Brief author Adam '
           'Johnson: “The GDP Price Index was only 2% and the expectation was 2.2%. In other words, we '
           'have an economy growing at 3%; we have inflation at 2%. That’s the best of both words, so I’m '
           'very positive on that report.”')
_COLUMNIST = ('Politico: “The surge in growth is a win for an administration that’s been battling widespread '
              'perceptions that Trump’s economic agenda is causing more harm than good … But for now, the GDP '
              '— the total value of all goods and services produced in the U.S. — is expanding at a healthy '
              'clip.”\n\nUSA TODAY columnist Nicole Russell: “Thanks to President Donald Trump’s bold policies, '
              'it appears that the United States will avoid a recession this year − one that so many liberals '
              'were predicting only months ago. Will Democrats put politics aside and applaud as the American '
              'economy shows a strength and resilience that so many of them doubted? Probably not.”')


class TestOutletsBeforeStaff:
    """"USA TODAY columnist Nicole Russell:", "Bullseye Brief author Adam Johnson:": the capitalised words before
    a press role in small letters and a person's name are the outlet's name, a body's, even where the model
    leaves them untagged or calls them a person."""

    def test_an_outlet_the_model_calls_a_person(self, nlp):
        ents = ents_of(nlp, _AUTHOR)
        assert ("Bullseye Brief", "ORG") in ents and ("Adam Johnson", "PERSON") in ents

    def test_an_outlet_the_model_leaves_untagged(self, nlp):
        ents = ents_of(nlp, _COLUMNIST)
        assert ("USA TODAY", "ORG") in ents and ("Nicole Russell", "PERSON") in ents

    def test_a_person_before_a_writer_stays(self, nlp):
        ents = ents_of(nlp, "President Donald Trump met reporters. Trump author Michael Wolff wrote about him.")
        assert not any(text == "Trump" and label == "ORG" for text, label in ents)
