"""Speakers of quotations on real news: one test class per kind of error issue 13 names.

The passages are real paragraphs, unchanged: from Wikinews (CC BY 2.5, credit "Wikinews
contributors, en.wikinews.org"; the articles are named above each passage), the White House
(public domain) and the project's seeds. Each test asserts who said what, as a reader of the
passage would, and that no rule invents a speaker where the text names none.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from toolkit.extraction.tables import extract
from toolkit.reading.sources import Document

# wn_2020-03-06_Bloomberg-Warren-end-US-presidential-campaigns-following-Super-Tuesday
BLOOMBERG = 'On Tuesday, the United States Democratic Party held primary elections in fourteen states, as well as caucuses in the territory of American Samoa, in an event known as "Super Tuesday" in the context of US presidential elections. In the aftermath of Super Tuesday, yesterday and on Wednesday, two candidates, Senator Elizabeth Warren of Massachusetts and Michael Bloomberg, formerly the mayor of New York City, ended their campaigns.\n\nWednesday, the same day that he dropped out, Bloomberg endorsed his former rival, Joe Biden. "Three months ago," he said, "I entered the race for President to defeat Donald Trump. Today, I am leaving the race for the same reason: to defeat Donald Trump – because it is clear to me that staying in would make achieving that goal more difficult [...] I\'ve always believed that defeating Donald Trump starts with uniting behind the candidate with the best shot to do it. After yesterday\'s vote, it is clear that candidate is my friend and a great American, Joe Biden. [...] Today I am glad to endorse him – and I will work to make him the next President of the United States."'
# wn_2019-02-16_Study-indicates-as-great-white-shark-disappears-living-fossil-moves-in
SHARKS = 'The study was a collaborative project between Neil Hammerschlag of the Rosenstiel School of Marine and Atmospheric Science at the University of Miami and Chris Fallows of Apex Shark Expeditions, a company that conducts cage diving and shark viewing trips.\n\nFallows remarked, "In 18+ years of working at Seal Island, we had never seen sevengill sharks in our surveys[...] Following the disappearance of white sharks in 2017, sevengill began to show up for the first time and have been increasing in number ever since."'
# wn_2019-09-04_Dozens-dead-in-California-boat-fire
BOAT_FIRE = 'The Conception was a 75 ft (~23 m) long commercial boat on a three-day voyage for underwater diving with Monday being the Labor Day holiday. The fire started some time after 3 a.m. local time {1000 UTC) Monday. "This is probably the worst-case scenario you can possibly have," said Santa Barbara County Sheriff Bill Brown. "You have a vessel that\'s on the open sea, that is in the middle of the night. I mean, it\'s 3:30 in the morning." As of late Tuesday, 20 bodies had been recovered, eleven women and nine men, according to Brown.\n\nThe United States Coast Guard (USCG) called off its search late on Tuesday. USCG Captain Monica Rochester told the press a nearly 24-hour search mission involving three helicopters covering 160 square miles (~415 km2) had discovered no further signs in the water. "It is never an easy decision to suspend search efforts," she said. "We know that this is a very difficult time for families and friends of the victims."'
# wn_2019-09-29_Fianc-e-of-murdered-Saudi-journalist-demands-justice-at-UN-General-Assembly
KHASHOGGI = 'Cengiz called Mohammad\'s admission a "political maneuver." She explained, "By confessing this, he\'s also distancing himself from the killing of Jamal [...] He\'s saying that it happened under his watch but he means he is not involved in this crime." She credited news media with keeping the story alive. Speaking to NBC News, she said, "His fellow journalists did their best that so no one could push this under the carpet [...] But at the end of the day, all of these efforts did not persuade world leaders to sanction Saudi Arabia. That is so sad".\n\n"What is so sad for me", Cengiz said, "is not seeing the punishment of the perpetrators [...] Imagine that the entire world remains silent over Jamal\'s killing. This silence and inertia created huge disappointment on my side."\n\nAgnès Callamard, a UN rapporteur for the Office of the UN High Commissioner for Human Rights who had investigated the case, cautioned justice does not come swiftly. "True justice takes time and I know it\'s painful, but that\'s the reality of the world we live in," she said, asking Cengiz to be "patient and resilient."'
# wn_2020-04-10_Bernie-Sanders-ends-2020-US-presidential-bid
SANDERS = 'Sanders\' exit from the race left Biden as the party\'s expected nominee. During an interview on The Late Show with Stephen Colbert on Wednesday, Sanders called Biden a "decent man" but did not immediately offer a full endorsement. On the Republican side, incumbent President of the United States Donald Trump became the Republican Party\'s presumptive nominee in March.'
# wn_2019-09-19_Hurricane-Humberto-strengthens-to-Category-3-while-approaching-Bermuda
HURRICANE = 'The NHC\'s "Hurricane Humberto Intermediate Advisory Number 25A", released at 8:00 p.m. AST on Wednesday (0000 UTC Thursday morning) placed Humberto 75 miles (120 kilometers) north of Bermuda. At the time, Humberto had maximum sustained winds of 120 miles per hour (195 kilometers per hour) and was moving east-by-northeast at 20 mph (31 kph).'
# wn_2019-05-21_Nickey-Iyambo-former-vice-president-of-Namibia-dies-aged-82
IYAMBO = 'The current president of Namibia, Hage Geingob, expressed his sadness at Iyambo\'s death. Geingob tweeted, "I announce with sadness the passing of my comrade, former Vice President, Nickey Iyambo. He leaves behind a rich legacy of loyal service to the Namibian people. The nation has lost a freedom fighter and a leader with deep humane values. Condolences to his wife and family."'
# wn_2019-09-25_US-Speaker-Pelosi-announces-Trump-impeachment-investigation
PELOSI = 'Yesterday afternoon, Nancy Pelosi, the Speaker of the House of Representatives, announced that she would be launching an impeachment inquiry into the conduct of United States President Donald Trump. Pelosi had previously opposed impeachment proceedings.\n\nPelosi called Trump\'s conduct a "breach of his Constitutional responsibilities," according to NBC. "[T]he House of Representatives is moving forward with an official impeachment inquiry," she announced. Specifically, she was directing six of the House\'s committees to "proceed with their investigations under [the] umbrella" of impeachment.'

# wn_2019-04-20_California-court-sentences-parents-who-kept-their-children-in-captivity
SENTENCING = 'The judge presiding over the case, Bernard Schwartz, said, "You have severed the ability to interact and raise your children that you have created and brought into this world." Schwartz went on to say he was not giving them the longest possible sentence because they had "accepted responsibility at an early stage in the proceeding" by pleading guilty to fourteen felony charges each and "spared your children having to relive the humiliation and the harm they endured in that house of horrors."'
# wn_2019-10-12_Scientists-describe-how-upside-down-rivers-of-warm-water-break-Antarctica-s-ice
ANTARCTICA = 'In findings published Wednesday in Science Advances, researchers from the University of Colorado at Boulder (CU Boulder) in Colorado and the College of Wooster in Ohio reported a new mechanism by which warm ocean currents erode the ice shelves along the coast of Antarctica, contributing to the planet\'s rising oceans.\n\n"Warm water circulation is attacking the undersides of these ice shelves at their most vulnerable points," said study co-author Karen Alley. The Wooster professor added, "These effects matter [...] But exactly how much, we don\'t yet know. We need to."'
# wn_2019-08-15_Scientists-report-two-life-saving-treatments-for-Ebola
EBOLA = 'Mike Ryan of the World Health Organization (WHO) told the press the new drugs were only part of the solution: "What will stop Ebola, under professor Muyembe\'s leadership and that of the government of the DRC, is good surveillance, good infection prevention and control, good community engagement, excellent vaccinations, and the use of these therapeutics in the most effective way possible."\n\nPast EVD outbreak mortality rates have been at least 25%, as high as 90%, and averaged around 50% according to WHO\'s statistics. According to Muyembe, many people do not seek treatment because they see their friends and relatives die after entering a care facility. "Now that 90% of their patients can go into the treatment center and come out completely cured," he told the press, "they will start believing it and building trust in the population and community[.]"'
# wn_2020-08-25_Caloundra-defeat-Wynnum-in-fourth-round-of-2020-Sunshine-Coast-Rugby-Union-seaso
RUGBY = 'Caloundra half back Jarrod Kidston enjoyed the win. "Yeah it was a good start from us, probably the best start from us in a while", Kidston said. "Then we just made a couple of mistakes and let them back in the game. They\'re a good outfit so they put points on pretty quick."\n\nThe visitors would run away with the result in the end. "We got back on even and managed to go try for try for a couple", Myers said. "[We] let them [have the] momentum [and they were] over the top, they got a roll on".\n\nFitness was a big factor in that according to Kidston. "We\'ve been working hard on our fitness so it was pretty good to get the points at the back end", he said.'
# wn_2019-03-02_Nine-jailed-over-sexual-abuse-in-Bradford-England-children-s-home
CHILDRENS_HOME = 'Judge Durham Hall QC said they "appear not to have shown any respect for the minimum standards of decent behaviour." Prosecutor Kama Melly QC said the victims were "ripe and vulnerable to manipulation" and had been used "to satisfy [the accused\'s] sexual desires".\n\nOne of the victims decided to allow her name to be made public. She said she did this to show victims "there is nothing to be ashamed of". One of the victims said the men thought they were "nothing but a toy to play with".'
# wn_2020-02-05_Police-shoot-man-dead-after-terrorist-related-knife-attack-in-London
ATTACKER = 'The attacker, identified as Sudesh Amman, 20, was placed under police surveillance after being released from prison a week ago. He was imprisoned in 2018 when he was 18 and served half his sentence for 13 separate terror offenses. Amman, who was described as "knife-obsessed" by the police, sent his girlfriend videos of beheadings and extremist text messages, and advised her to kill her "kuffar" (non-Muslim) parents. He told her on one occasion: "If you can\'t make a bomb because family, friends or spies are watching or suspecting you, take a knife, molotov, sound bombs or a car at night and attack the tourists (crusaders), police and soldiers of taghut [idolatry], or western embassies in every country you are in this planet."'
# wn_2019-03-29_Toronto-Comicon-2019-welcomes-fans-with-celebrities-creativity-cosplay
COMICON = 'Mancini told Wikinews after the event that the best part of cosplay is "bringing a character to life." One of the characters she took on this year was Squirrel Girl, a Marvel Comics character. Mancini has been described by the Daily Hive as a "squirrel whisperer", for the close affinity some of the animals have for her.'
# wn_2019-01-22_Former-U-S-intelligence-agent-Tony-Mendez-architect-of-Argo-rescue-dies-at-78
MENDEZ = 'Mendez once told The Washington Post he considered himself "an artist first." He worked as a draftsman before applying for a graphic artist job in 1965 that turned out to be at the CIA. Mendez spent most of his 25-year career at posts outside the U.S., many in Asia. He specialized in removing people from areas that had become dangerous for them, a process called "exfiltration." He studied Hollywood makeup and special effects for use in his work, later titling his memoir The Master of Disguise.'
# wn_2019-09-09_Longtime-leader-of-Zimbabwe-Robert-Mugabe-dies-aged-95
MUGABE = 'In 2000, a new threat to Mugabe\'s rule emerged in the form of the Movement for Democratic Change (MDC). Mugabe won a presidential election over Morgan Tsvangirai of the MDC, but amid reports of violence and fraud, neither the European Union nor the United States would endorse the result. At the next elections in 2008, the MDC won a majority in the House of Assembly and both Mugabe and Tsvangirai claimed victory in the presidential vote, which again was marred by allegations of fraud and tampering. Refusing to give up power, Mugabe agreed to power-sharing in which Tsvangirai became prime minister. "Only God who appointed me will remove me — not the MDC, not the British," he declared.'
# wn_2019-03-29_Toronto-Comicon-2019-welcomes-fans-with-celebrities-creativity-cosplay
SLIDERS = 'John Rhys-Davies broke news when he revealed that a Sliders reboot is being considered. "Jerry [O\'Connell] and I are talking to NBC at the moment. The basic problem is that no one knows who owns the rights".'
# wn_2020-01-05_United-States-military-kills-Qasem-Soleimani
SOLEIMANI = 'The Iranian Revolutionary Guard Corps (IRGC), which includes the Quds Force, declared that Soleimani was "martyred" by the airstrike. Sayyid Ali Hosseini Khamenei, the Supreme Leader of Iran, ordered three days of public mourning after the strike. In his message, he appreciated Soleimani\'s lifepath: "He was a stellar example of those educated and nurtured in Islam and the school of Imam Khomeini (ra). He spent his entire life engaging in jihad in the path of God. Martyrdom was his reward for years of implacable efforts [...] Shahid Soleymani is the international face of the resistance and all who have a heart-felt connection to the resistance seek his blood revenge."'
# wn_2019-01-05_Escape-room-fire-kills-five-teen-girls-in-Koszalin-Poland
ESCAPE_ROOM = 'President Andrzej Duda said the victims were "joyful girls starting out in life [who] have had life torn away from them" in an "appalling tragedy" while Interior Minister Joachim Brudziński wrote he had ordered fire safety checks on escape rooms across Poland by the State Fire Brigade. He tweeted, "I want to express my sympathy and regrets to the families of the victims of the fire". Duda also characterised the deaths as "crushing" and wrote "May God protect their parents and loved ones."'

# wn_2019-07-08_Tunisian-Prime-Minister-signs-decree-to-ban-face-veils-in-public-institutions-go
VEIL_BAN = 'Speaking to Agence France-Presse, the president of the Tunisian League for the Defence of Human Rights, Jamel Msallem, said, "We are for the freedom to dress, but today with the current situation and the terrorist threats in Tunisia and across the region we find justifications for this decision". A member of the Tunisian Parliament, Samir Dilou said, "Tunisia is facing terrorist attacks, so every measure which is led by security motives is understandable".'
# wn_2019-07-10_Benin-Nigeria-join-African-Union-continental-free-trade-bloc
FREE_TRADE = 'Nigeria previously announced it planned to join the AfCFTA in the week leading up to the summit. AU trade and industry commissioner Albert Muchanga announced Benin was to join. The commissioner said, "We haven\'t yet agreed on rules of origin and tariff con[c]essions, but the framework we have is enough to start trading on July 1, 2020".'
# wn_2019-09-02_Fan-Expo-Canada-2019-offers-celebrities-cosplay-panels
FAN_EXPO = '"You have to work those seven days to earn a weekend," quipped Valiant Entertainment editor Heather Antos, later in the panel. While all agreed that time off was rare as a freelancer, artist Leisha Riddell emphasized the need for boundaries, saying "this weekend, I\'m becoming part of the couch and playing video games until my eyes go blurry."\n\nActress Denise Crosby is set to appear in the final season of Suits, a Toronto-shot legal series. The actress recalled her season with Star Trek: The Next Generation, when they were the "scrappy little red headed stepchild of the [Paramount] lot."\n\nUnderwhelmed with her role, she left the series toward the end of its first season. "This is not what I wanted to become an actor for. I didn\'t want to stand on the bridge and just go \'aye aye captain,\' you know, and not even move. I actually asked them to make up some fake legs" to place at the character Tasha Yar\'s bridge station, which was on a risen platform. "You could just stick my legs, just fake legs, and I had no lines[....] You gotta know that Tasha\'s on her command post, but just put the legs there, just keep the camera low."\n\nActor Brendan Fraser\'s appearance at the convention was directly from filming The Professionals in South Africa. He quipped "I still have dust in my shoes."'

# White House fact sheet, 2025-04-09 (public domain)
COURT = 'REPEALING UNLAWFUL REGULATIONS: Today, President Donald J. Trump signed a Presidential Memorandum requiring agencies to rescind regulations that are unlawful under 10 recent landmark Supreme Court decisions.\n\nStudents for Fair Admissions, Inc. v. President and Fellows of Harvard College, 600 U.S. 181 (2023) held that “affirmative action” admission programs violate the Equal Protection Clause of the Fourteenth Amendment. Agencies accordingly must repeal any regulation that imposes racially discriminatory rules or preferences. As the Court said, “[e]liminating racial discrimination means eliminating all of it.”'


@pytest.fixture(scope="module")
def quotes_of(nlp):
    """The quotations of a passage, as (text, speaker) in order (speaker None when unattributed)."""
    def run(text: str) -> list[tuple[str, str | None]]:
        rows = extract([Document(id="t", path="t", text=text, sha256="0")], nlp=nlp).quotes
        return [(q.text, q.speaker if isinstance(q.speaker, str) else None) for q in rows.itertuples()]
    return run


def speaker_of(quotes: list[tuple[str, str | None]], start: str) -> str | None:
    matches = [speaker for text, speaker in quotes if text.startswith(start)]
    assert len(matches) == 1, f"one quotation starting {start!r} expected, got {quotes}"
    return matches[0]


class TestUntaggedSpeaker:
    """The proper-noun subject of a speech verb is the speaker, entity or not."""

    def test_surname_opening_a_sentence(self, quotes_of):
        # the model reads "Fallows" (sentence-initial) as a plural noun
        assert speaker_of(quotes_of(SHARKS), "In 18+ years") == "Chris Fallows"

    def test_surname_of_a_name_given_in_full_before(self, quotes_of):
        assert speaker_of(quotes_of(IYAMBO), "I announce with sadness") == "Hage Geingob"

    def test_a_common_noun_subject_is_no_name(self, nlp):
        from toolkit.nlp.entities import repair_entities

        doc = repair_entities(nlp(BOAT_FIRE + " Officials said the search would resume."))
        assert "Officials" not in {e.text for e in doc.ents}


class TestPronouns:
    """"he"/"she" go to the salient person of the right gender; "they" is never one person."""

    def test_she_is_the_woman_just_named_not_the_man_before(self, quotes_of):
        quotes = quotes_of(BOAT_FIRE)
        assert speaker_of(quotes, "This is probably the worst-case") == "Bill Brown"
        assert speaker_of(quotes, "It is never an easy decision") == "Monica Rochester"

    def test_she_after_a_man_in_object_position(self, quotes_of):
        # "Pelosi called Trump's conduct …": Trump is named last, but "she" is Pelosi
        quotes = quotes_of(PELOSI)
        assert speaker_of(quotes, "[T]he House of Representatives") == "Nancy Pelosi"

    def test_she_with_a_misparsed_reporting_clause(self, quotes_of):
        # "Speaking to NBC News, she said, “…”": the parse hangs "said" under the quotation
        assert speaker_of(quotes_of(KHASHOGGI), "His fellow journalists") == "Cengiz"

    def test_they_is_never_a_person(self, quotes_of):
        text = ('Senator Chuck Grassley met the farmers on Monday. "We cannot wait for the next harvest," '
                'they said.')
        assert speaker_of(quotes_of(text), "We cannot wait") is None


class TestSplitQuotations:
    """The second part of a split quotation, and the next paragraph's, keep the speaker."""

    def test_split_around_he_said(self, quotes_of):
        quotes = quotes_of(BLOOMBERG)
        assert speaker_of(quotes, "Three months ago") == "Michael Bloomberg"
        assert speaker_of(quotes, "I entered the race") == "Michael Bloomberg"

    def test_second_sentence_after_the_attributed_one(self, quotes_of):
        assert speaker_of(quotes_of(BOAT_FIRE), "We know that this") == "Monica Rochester"

    def test_quotation_opening_the_next_paragraph(self, quotes_of):
        text = ('Senator Chuck Grassley said, "We will vote on the bill next week."\n\n'
                '"Nobody should doubt that it will pass."')
        assert speaker_of(quotes_of(text), "Nobody should doubt") == "Chuck Grassley"

    def test_not_across_another_speaker(self, quotes_of):
        text = ('Senator Chuck Grassley said, "We will vote on the bill next week."\n\n'
                'Senator Patty Murray disagreed with the timetable.\n\n"Nobody should doubt that it will pass."')
        assert speaker_of(quotes_of(text), "Nobody should doubt") != "Chuck Grassley"


class TestFramedFragments:
    """In "X called Y a “…”", the framing verb's subject speaks, not the nearest name."""

    def test_called_object_a_fragment(self, quotes_of):
        quotes = quotes_of(SANDERS)
        assert speaker_of(quotes, "decent man") == "Sanders"

    def test_called_with_according_to_after(self, quotes_of):
        assert speaker_of(quotes_of(PELOSI), "breach of his Constitutional") == "Nancy Pelosi"

    def test_relative_clause_subject(self, quotes_of):
        text = 'Trump, who last week called Zelenskyy a "dictator", met him at the White House on Friday.'
        assert speaker_of(quotes_of(text), "dictator") == "Trump"


@pytest.fixture(scope="module")
def hong_kong(quotes_of):
    path = ROOT / "seeds" / "hong-kong-protests" / (
        "wn_2019-10-16_Hong-Kong-s-Carrie-Lam-delivers-speech-on-video-after-protests-in-legislature.txt")
    return quotes_of(path.read_text(encoding="utf-8"))


class TestBodies:
    """"The court said", "they released a statement which said": an organisation speaks."""

    def test_the_court_is_the_court_named_before(self, quotes_of):
        assert speaker_of(quotes_of(COURT), "[e]liminating racial") == "Supreme Court"

    def test_they_after_an_organisation_subject(self, quotes_of):
        text = ("The Syrian Democratic Forces criticised the withdrawal on Monday. They released a statement which "
                'said, "We will defend the region."')
        assert speaker_of(quotes_of(text), "We will defend") == "Syrian Democratic Forces"


class TestColonLeads:
    """"Name: “…”" and "Name … said in a press conference: “…”" go to that name."""

    def test_spoke_to_the_press_colon(self, hong_kong):
        assert speaker_of(hong_kong, "I really urge [Lam]") == "Tanya Chan"

    def test_name_then_group_then_colon(self, hong_kong):
        assert speaker_of(hong_kong, "The behavior of my colleagues") == "Regina Ip"


class TestTitlesAreNotQuotations:
    """Names of events, reports, shows and defined terms in quotation marks are no quotes."""

    def test_event_and_report_names(self, quotes_of):
        assert not [t for t, _ in quotes_of(BLOOMBERG) if t == "Super Tuesday"]
        assert not [t for t, _ in quotes_of(HURRICANE) if t.startswith("Hurricane Humberto Intermediate")]

    def test_show_name_after_on(self, quotes_of):
        text = 'Secretary of State Marco Rubio said on "Face the Nation" that talks would continue.'
        assert quotes_of(text) == []

    def test_defined_term_of_an_order(self, quotes_of):
        path = next((ROOT / "seeds" / "ukraine-diplomacy").glob("A21_*.txt"))
        texts = [t for t, _ in quotes_of(path.read_text(encoding="utf-8"))]
        assert "privileged foreign status" not in texts and "domestic status" not in texts

    def test_a_shouted_sentence_is_still_a_quotation(self, quotes_of):
        text = 'Rep. Addison McDowell: "AMERICA AND THE AMERICAN TAXPAYER ALWAYS COME FIRST"'
        assert quotes_of(text) == [("AMERICA AND THE AMERICAN TAXPAYER ALWAYS COME FIRST", "Addison McDowell")]


class TestShortQuotations:
    """One- and two-word quotations with a speaker are kept (the briefing may filter, not the extraction)."""

    def test_two_words_kept_with_speaker(self, quotes_of):
        assert ("decent man", "Sanders") in quotes_of(SANDERS)

    def test_seed_short_quotes(self, seed_extraction):
        short = {(q.text, q.speaker) for q in seed_extraction.quotes.itertuples() if len(q.text.split()) <= 2}
        assert ("long", "Marco Rubio") in short


class TestAppositionAndControlVerbs:
    """"The judge …, Bernard Schwartz, said"; "Schwartz went on to say … “…”"."""

    def test_the_name_before_the_body_in_the_description(self, quotes_of):
        quotes = quotes_of(VEIL_BAN)
        assert speaker_of(quotes, "Tunisia is facing") == "Samir Dilou"
        # the next sentence's "A member … said" is not the frame of a quotation ending “…”.
        assert speaker_of(quotes, "We are for the freedom") != "Tunisian Parliament"

    def test_name_in_apposition_to_a_description(self, quotes_of):
        assert speaker_of(quotes_of(SENTENCING), "You have severed") == "Bernard Schwartz"

    def test_fragments_under_went_on_to_say(self, quotes_of):
        quotes = quotes_of(SENTENCING)
        # the parser hangs the fragments from "went"; "pleading guilty" is not who speaks
        assert speaker_of(quotes, "accepted responsibility") == "Bernard Schwartz"
        assert speaker_of(quotes, "spared your children") == "Bernard Schwartz"


class TestSpeakerAfterTheQuote:
    """"“…,” said study co-author Karen Alley": a hyphenated title does not hide the name."""

    def test_hyphenated_title_before_the_name(self, quotes_of):
        assert speaker_of(quotes_of(ANTARCTICA), "Warm water circulation") == "Karen Alley"

    def test_the_role_named_before_the_name(self, quotes_of):
        # "AU trade and industry commissioner Albert Muchanga … The commissioner said"
        assert speaker_of(quotes_of(FREE_TRADE), "We haven't yet agreed") == "Albert Muchanga"

    def test_description_with_a_place_of_work(self, quotes_of):
        # "The Wooster professor added": the professor just named, not the college
        assert speaker_of(quotes_of(ANTARCTICA), "These effects matter") == "Karen Alley"


class TestAccordingToMakesASpeaker:
    """After "According to Muyembe, …", "he told the press" is Muyembe, not the man quoted before."""

    def test_he_after_according_to(self, quotes_of):
        quotes = quotes_of(EBOLA)
        assert speaker_of(quotes, "What will stop Ebola") == "Mike Ryan"
        assert speaker_of(quotes, "Now that 90%") in ("Muyembe", "Jean-Jacques Muyembe")
        assert speaker_of(quotes, "they will start believing") in ("Muyembe", "Jean-Jacques Muyembe")

    def test_he_said_after_according_to_in_sport(self, quotes_of):
        quotes = quotes_of(RUGBY)
        assert speaker_of(quotes, "We got back on even") in ("Myers", "Matt Myers")
        assert speaker_of(quotes, "We've been working hard") == "Jarrod Kidston"


class TestUnnamedPeople:
    """"One of the victims decided … She said …": nobody named speaks."""

    def test_she_after_an_unnamed_victim(self, quotes_of):
        quotes = quotes_of(CHILDRENS_HOME)
        assert speaker_of(quotes, "there is nothing to be ashamed") is None
        assert speaker_of(quotes, "nothing but a toy") is None
        assert speaker_of(quotes, "appear not to have shown").startswith("Durham Hall")


class TestPassiveAgents:
    """"described as “…” by X": X said it; the passive subject is who it is about."""

    def test_by_the_police(self, quotes_of):
        # the passage names no police force: nobody, rather than the man described
        quotes = quotes_of(ATTACKER)
        assert speaker_of(quotes, "knife-obsessed") != "Sudesh Amman"
        assert speaker_of(quotes, "If you can't make a bomb") == "Sudesh Amman"

    def test_by_a_newspaper(self, quotes_of):
        assert speaker_of(quotes_of(COMICON), "squirrel whisperer") == "Daily Hive"


class TestNamesGivenByNobody:
    """"a process called “exfiltration”": a name, not the words of whoever the story is about."""

    def test_naming_participle(self, quotes_of):
        assert speaker_of(quotes_of(MENDEZ), "exfiltration") is None

    def test_called_with_a_subject_still_speaks(self, quotes_of):
        assert speaker_of(quotes_of(SANDERS), "decent man") == "Sanders"


class TestPronounAntecedents:
    """"he" is the main clause's subject, not one named in a relative clause; a subordinate
    clause's subject ("while X wrote …") still counts."""

    def test_not_the_subject_of_a_relative_clause(self, quotes_of):
        assert speaker_of(quotes_of(MUGABE), "Only God who appointed me") in ("Mugabe", "Robert Mugabe")

    def test_owner_of_the_subject(self, quotes_of):
        # "Actor Brendan Fraser's appearance … He quipped": Fraser, not the artist quoted before
        assert speaker_of(quotes_of(FAN_EXPO), "I still have dust") == "Brendan Fraser"

    def test_subject_of_a_while_clause(self, quotes_of):
        assert speaker_of(quotes_of(ESCAPE_ROOM), "I want to express") == "Joachim Brudziński"


class TestLeadSentences:
    """A quotation after "X broke news when he revealed …", or after "he appreciated …:"."""

    def test_speech_verb_in_a_clause_of_the_sentence_before(self, quotes_of):
        assert speaker_of(quotes_of(SLIDERS), "Jerry [O'Connell]") == "John Rhys-Davies"

    def test_colon_after_a_clause_without_speech_verb(self, quotes_of):
        quotes = quotes_of(SOLEIMANI)
        assert speaker_of(quotes, "martyred") == "Iranian Revolutionary Guard Corps"
        assert speaker_of(quotes, "He was a stellar example") == "Sayyid Ali Hosseini Khamenei"
