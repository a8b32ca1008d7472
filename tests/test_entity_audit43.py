"""Entity rules after the entity audit (found and labelled) of ten White House pages (round ``entities43``,
``bench/audit/entities43.tsv``): a running list of new investment, ICE arrests, Memphis and the National Guard, the
Sunday shows, the deportation of Tren de Aragua members, the Bureau of Labor Statistics, the promises kept, the
framework of a trade agreement with Ecuador, National Agriculture Day and the Battle of Midway.

Each rule is checked on the audited sentences (White House texts, /work/shared/corpora/whitehouse-2025/: public
domain (White House)).
"""

from __future__ import annotations

from conftest import entity_table, ents_of, label_rows


# articles__2025-05-16-trump-effect-a-running-list-of-new-u-s-investment-in-president-trumps-second-term.txt
_INVESTMENTS = (
    "Here is a non-comprehensive running list of new U.S.-based investments in President Trump’s second term:\n\n"
    "Novartis, a Swiss drugmaker, announced a $23 billion investment to build or expand ten manufacturing "
    "facilities across the U.S., which will create 4,000 new jobs.\n\n"
    "Hyundai announced a $21 billion U.S.-based investment — including $5.8 billion for a new steel plant in "
    "Louisiana, which will create nearly 1,500 jobs.\n\n"
    "Sanofi announced it will invest at least $20 billion over the next five years in manufacturing and research "
    "and development.\n\n"
    "Clarios announced a $6 billion plan to expand its domestic manufacturing operations.\n\n"
    "Chobani, a Greek yogurt giant, announced $1.7 billion to expand its U.S. operations.\n\n"
    "Carrier announced an additional $1 billion investment in its U.S. manufacturing, innovation, and workforce "
    "expansion, which is expected to create 4,000 new jobs.\n\n"
    "London-based Diageo announced a $415 million investment in a new Alabama manufacturing facility.\n\n"
    "Lego announced a $366 million investment to build a new distribution center in Prince George County, "
    "Virginia.\n")


class TestInvestingFirms:
    """"Sanofi announced it will invest at least $20 billion", "Lego announced a $366 million investment": a
    one-word name that invests a sum, never named in full or with a title, is a firm, not a person."""

    def test_the_firms_of_the_list(self, nlp):
        rows = label_rows(entity_table(nlp, _INVESTMENTS))
        for firm in ("Sanofi", "Clarios", "Chobani", "Carrier", "Diageo", "Lego"):
            assert rows.get(firm) == "ORG", (firm, rows.get(firm))

    def test_a_person_named_in_full_stays_a_person(self, nlp):
        text = ("Elon Musk, the chief executive of Tesla, spoke in Austin on Monday.\n\n"
                "Musk announced a $5 billion investment in a new battery plant in Texas.")
        assert label_rows(entity_table(nlp, text)).get("Elon Musk") == "PERSON"

    def test_a_titled_person_stays_a_person(self, nlp):
        text = "Governor Pritzker announced a $500 million investment in quantum computing in Chicago."
        rows = label_rows(entity_table(nlp, text))
        assert not any(label == "ORG" and "Pritzker" in name for name, label in rows.items())

    def test_a_leader_who_spends_stays_a_person(self, nlp):
        # White House remarks of 26 February 2025 (seeds/whitehouse-ukraine, A09; public domain): a government and its
        # leaders spend money, which says nothing of a firm
        text = ("I wouldn’t say that Biden ran a very tight administration.\n\nMy number two thing is I don’t want to "
                "have to pay any more money, because we’ve — Biden has spent $350 billion without any chance of getting "
                "it back.")
        assert label_rows(entity_table(nlp, text)).get("Biden") != "ORG"

    def test_investor_evidence(self, nlp):
        from toolkit.nlp.entities import repair_entities
        from toolkit.nlp.investors import invests_money

        doc = repair_entities(nlp("Sanofi announced it will invest at least $20 billion over the next five years."))
        assert invests_money(doc[0:1])
        doc = repair_entities(nlp("Sanofi announced it will hire 300 workers over the next five years."))
        assert not invests_money(doc[0:1])


# articles__2025-08-01-bls-has-lengthy-history-of-inaccuracies-incompetence.txt
_GOOD = ("“On August 26[, 2024], Chairwoman Foxx and Health, Employment, Labor, and Pensions Subcommittee Chairman "
         "Bob Good (R-VA) called out the Biden-Harris administration for exaggerating job growth when revised BLS "
         "numbers proved an overestimate of more than 800,000 jobs.”")


class TestFieldsListedBeforeHeads:
    """"Health, Employment, Labor, and Pensions Subcommittee": a committee named after three fields or more listed
    before its head is one body, not the list's pieces."""

    def test_the_subcommittee(self, nlp):
        ents = ents_of(nlp, _GOOD)
        assert ("Health, Employment, Labor, and Pensions Subcommittee", "ORG") in ents
        assert ("Foxx", "PERSON") in ents  # the person before the list's "and" is no field of it

    def test_the_senate_committee(self, nlp):
        ents = ents_of(nlp, "The bill was sent to the Senate Health, Education, Labor and Pensions Committee on "
                            "Tuesday.")
        assert any(text.endswith("Health, Education, Labor and Pensions Committee") and label == "ORG"
                   for text, label in ents)

    def test_a_list_of_places_is_left(self, nlp):
        ents = ents_of(nlp, "Paris, Lyon and Marseille Council members met on Monday.")
        assert not any(text.startswith("Paris,") for text, _ in ents)

    def test_two_fields_stay_as_the_model_reads_them(self, nlp):
        ents = ents_of(nlp, "The House Energy and Commerce Committee approved the measure.")
        assert any("Energy and Commerce Committee" in text and label == "ORG" for text, label in ents)


_MERCK = ("Merck & Co. announced it will invest a total of $9 billion in the U.S. over the next several years after "
          "opening a new $1 billion North Carolina manufacturing facility — including in a new state-of-the-art "
          "biologics manufacturing plant in Delaware, which will create at least 500 new jobs.")


class TestFirmsClosedByPartners:
    """"Merck & Co.": a firm's name closed by "& Co." (its partners: "& Sons", "& Partners") is one name, not two
    names joined by "&", which the index drops."""

    def test_the_firm_is_kept(self, nlp):
        rows = label_rows(entity_table(nlp, _MERCK))
        assert any(name.startswith("Merck & Co") and label == "ORG" for name, label in rows.items())

    def test_two_names_joined_stay_dropped(self):
        from toolkit.nlp.index import _is_compound_of_entities
        from toolkit.nlp.surfaces import Mention

        def mention(text):
            return Mention(text=text, label="ORG", start=0, end=3, sent_start=0, sent_end=3, key=text.lower())

        assert _is_compound_of_entities(mention("Trump & Zelenskyy"))
        assert not _is_compound_of_entities(mention("Merck & Co."))
        assert not _is_compound_of_entities(mention("Dombrowski & Sons"))


# briefings-statements__2025-06-04-presidential-message-on-the-83rd-anniversary-of-the-battle-of-midway.txt
_MIDWAY = ("Today marks the 83rd anniversary of America’s seminal victory at the Battle of Midway—a watershed moment "
           "in World War II that set the Allied Forces on the path to ultimate triumph over forces of evil.\n\n"
           "The epic Battle of Midway stands to this day as a glorious reminder that, even in the face of long "
           "odds, perilous danger, and tremendous uncertainty, no challenge is too great for the strength of the "
           "American spirit.")


class TestBattlesOfPlaces:
    """"the Battle of Midway": a name opened by "Battle of" or "Siege of" is a battle (EVENT), no facility."""

    def test_the_battle(self, nlp):
        assert label_rows(entity_table(nlp, _MIDWAY)).get("Battle of Midway") == "EVENT"

    def test_a_town_named_battle_stays_a_place(self, nlp):
        rows = label_rows(entity_table(nlp, "He lives in Battle, East Sussex, with his family."))
        assert rows.get("Battle") in ("GPE", "LOC", None)
