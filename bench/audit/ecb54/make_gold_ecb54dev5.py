"""Round ecb54dev5: a blind event gold on real news of other publishers (the ``dev5`` half of the ECB+ articles in
``bench/audit/ecb54/corpus``, ten articles of ten outlets of 2004-2013), written to ``tests/data/gold/ecb-events-dev5``.

The annotations below were made by reading every sentence of the ten articles before any toolkit extraction was run
on them, in the conventions of the event golds (``tests/data/gold/README.md``, ``bench/audit/blind48/README.md``,
``bench/audit/pud49/README-pud49dev.md``, the ECB+ rounds ``bench/audit/ecb52/make_gold_ecb52*.py`` and
``bench/audit/ecb53/make_gold_ecb53dev*.py``, and the ``about`` fields of events-dev19 … dev37, pud-events-dev and
ewt-events-dev); the calls are in each article's ``about``. Offsets and checks come from ``bench/audit/gold_writer.py``:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/ecb54/make_gold_ecb54dev5.py

The articles are CC BY 3.0 (ECB+, Cybulska and Vossen 2014); see the gold's ``texts/NOTICE``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "ecb-events-dev5"
SCRIPT = "bench/audit/ecb54/make_gold_ecb54dev5.py"
CORPUS = ROOT / "bench" / "audit" / "ecb54" / "corpus"

# Said once here rather than in every file, as rounds ecb52 and ecb53: an article's date is its manifest row's (the
# date it prints, else none: published null; every article of this half has one). An event is dated where its own
# clause names a date expression, resolved from the publication date (a past weekday to the one before or on it, a
# scheduled one to the one after; 'next year', 'yesterday', a month without a year to the last one before the
# publication); a participle after a dated clause shares its date; a date that modifies a noun ('her performance in
# 2007', 'a 1972 meeting', 'September 2013 Patch Tuesday updates') does not date the clause. The narration of a lead's
# day in later sentences is not dated. A headline is a sentence of its own, listed when it tells an act; datelines,
# 'Posted' lines and post headings are furniture, a caption that tells an act is listed (events-dev captions).
# Everything inside quotation marks (not a title, a nickname, a scare-quoted term), and the verb that only introduces
# it, is not listed; a bare 'said' that introduces indirect speech is not listed, its content is, reported by the
# speaker; states, figures (a stat line), running scores, opinions, abilities ('will let', 'can'), guesses,
# generalities and conditionals are no events; an act told again in a main clause is listed again, in a subordinate
# clause not (unless its object differs, as ecb53dev3's 'starring'). People are written by the fullest name the
# article gives.
COMMON = ("ECB+ news article (CC BY 3.0); dated where the event's own clause names a date expression, resolved from "
          "the publication date; quotations, states, figures, opinions and furniture are not listed.")


def doc(summary: str, calls: str = "") -> str:
    return f"{summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"
MS = "Microsoft"
ED = "Ellen DeGeneres"
DM, CR, WA = "Doug McDermott", "Creighton", "Will Artino"
SUK = "Indian Naval Ship Sukanya"
IRNA, AS = "IRNA", "Abdolreza Sheikholeslami"
IC, KC = "the Indianapolis Colts", "the Kansas City Chiefs"
JO = "Jon Owen"
FL = "Fred LaRue"

DOCS = {
    "ecb_27_4.txt": (doc(
        "crn.com, Tuesday 2013-09-17: Microsoft rushes out a temporary fix for an Internet Explorer zero-day flaw "
        "under attack (technology, security)",
        "'September 17, 2013 4:16 PM ET' is furniture. The headline's 'Rushes' and 'has rushed out a temporary fix' "
        "are listed (as ecb53dev3's 'Microsoft releases fix' and 'has released a temporary patch'), 'To Address' and "
        "'to address ongoing attacks' purposes, 'targeting an Internet Explorer zero-day vulnerability' a participle "
        "that describes the attacks (not listed, as ecb52dev's 'transiting'). 'The software giant said the Fix-It "
        "... should be effective' is a said with a state as content (not listed); 'the vulnerability impacts all "
        "currently supported versions' is a standing fact (as ecb52dev2's 'IE Zero Day Flaw Affects All Versions') "
        "and 'attacks have been limited to users of Internet Explorer 8 and Internet Explorer 9' a state (not "
        "listed). The quotations of Microsoft, Paul Henry and Wolfgang Kandek and their 'said', 'told CRN', 'wrote' "
        "are not listed; 'a security advisory issued Tuesday' describes the advisory (as blind48's 'a statement "
        "released by her family'); 'The fact that Microsoft is rushing out a patch so quickly indicates the threat "
        "is serious' is Henry's judgement, the rushing told again in a subordinate clause (not listed again); "
        "'Cybercriminals can set up drive-by attack campaigns' an ability; 'The attack is very targeted' a state; "
        "'The flaw stems from an error' and 'The coding error results in memory corruption, giving an attacker the "
        "ability' standing facts of the flaw. 'Microsoft repaired 47 vulnerabilities' is listed (background), "
        "undated: 'September 2013' dates the noun 'Patch Tuesday updates' (as ecb52test2's 'with Sunday's win')."), [
        event("Microsoft Rushes Emergency Fix", "Rushes", MS, "rush", "Emergency Fix"),
        event("Microsoft has rushed out a temporary fix", "rushed", MS, "rush out", "a temporary fix"),
        event("Microsoft repaired 47 vulnerabilities", "repaired", MS, "repair",
              "47 vulnerabilities, including 10 critical flaws in Internet Explorer", kind=B),
    ]),
    "ecb_2_8.txt": (doc(
        "reuters.com, Friday 2013-08-02: Ellen DeGeneres is picked to host the Oscars in 2014, a second time (film, "
        "television)",
        "'Fri Aug 2, 2013 6: 50pm EDT' is furniture. The headline's 'picked' is an agentless passive (listed, "
        "subject none) and its 'to host 2014 Oscars' the hosting to come (will, as ecb52dev's 'Ellen DeGeneres To "
        "Host Oscars'). 'will make her second appearance as an Academy Awards host next year' is listed (will, "
        "2014, reported by the organizers, whose 'said on Friday' only introduces it, as ecb52dev2's 'Microsoft "
        "said today that'); 'in a move widely seen as a less provocative choice' and 'after a ribald performance by "
        "Seth MacFarlane' are nouns (a judgement, not listed). 'first hosted the Oscars in 2007' is background "
        "(2007), 'becoming only the second woman to fill that exalted role alone' a change of state (listed, as "
        "ecb53dev4's 'becoming the school's all-time leader'; a participle after a dated clause, 2007). The "
        "quotations and their 'said', 'added on Twitter', 'wrote', 'by asking' and 'writing that' are not listed "
        "(the last two introduce quotations). 'earned an Emmy nomination for her performance in 2007' is background, "
        "undated ('in 2007' dates the performance, as ecb53dev4's 'for which she received a Primetime Emmy "
        "nomination'), its relative's 'departed', 'ventured' and 'handing' acts of that show (background); 'also "
        "earned praise for her performance as the host of TV's Emmy awards in 2001' likewise undated, 'which was "
        "twice delayed' an agentless relative that tells an act (as ecb52test2's 'at which the scheme ... was first "
        "mooted') and 'memorably lightening the somber mood' her act. 'The announcement ... also comes on the heels "
        "of' relates two events (not listed); 'Cheryl Boone Isaacs being elected' is an agentless gerund that tells "
        "an act (as events-dev33's 'after being hospitalized'), 'which has made an effort to diversify its ranks' "
        "and 'after coming under fire' acts of the Academy (background). 'Trade publication Variety saw the choice "
        "... as a continuation' is a stance (as events-dev17's 'believe'; 'Variety' the fullest name)."), [
        event("Comedian Ellen DeGeneres picked", "picked", None, "pick", ED),
        event("Comedian Ellen DeGeneres picked", "host", ED, "host", "2014 Oscars", mod="will"),
        event("will make her second appearance", "make", ED, "make",
              "her second appearance as an Academy Awards host", mod="will", rep="organizers", date="2014"),
        event("first hosted the Oscars in 2007", "hosted", ED, "host", "the Oscars", kind=B, date="2007"),
        event("first hosted the Oscars in 2007", "becoming", ED, "become",
              "only the second woman to fill that exalted role alone", kind=B, date="2007"),
        event("earned an Emmy nomination", "earned", ED, "earn",
              "an Emmy nomination for her performance in 2007", kind=B),
        event("earned an Emmy nomination", "departed", ED, "depart", "from traditional Oscar hosting decorum",
              kind=B),
        event("earned an Emmy nomination", "ventured", ED, "venture", "into the audience for spot gags", kind=B),
        event("earned an Emmy nomination", "handing", ED, "hand", "director Martin Scorsese a script of her own",
              kind=B),
        event("DeGeneres also earned praise", "earned", ED, "earn",
              "praise for her performance as the host of TV's Emmy awards in 2001", kind=B),
        event("DeGeneres also earned praise", "delayed", None, "delay", "TV's Emmy awards", kind=B),
        event("DeGeneres also earned praise", "lightening", ED, "lighten", "the somber mood", kind=B),
        event("The announcement of DeGeneres as host", "elected", None, "elect", "Cheryl Boone Isaacs", kind=B),
        event("The announcement of DeGeneres as host", "made", "the Academy", "make",
              "an effort to diversify its ranks", kind=B),
        event("The announcement of DeGeneres as host", "coming", "the Academy", "come under", "fire", kind=B),
        event("Trade publication Variety saw", "saw", "Variety", "see",
              "the choice of DeGeneres as a continuation of the Academy's \"Year of the Woman,\"", kind=ST),
    ]),
    "ecb_31_4.txt": (doc(
        "gocreighton.com, Friday 2013-03-08: Doug McDermott becomes Creighton's leading scorer as Creighton beats "
        "Drake in the Missouri Valley Conference Tournament (college basketball)",
        "The body is the text of ecb52dev's ecb_31_9 (yardbarker.com) but for its headline, 'Release: 03 / 08 / "
        "2013' (furniture) and 'against Indiana State'; its calls are followed row for row. The headline's 'Sets' "
        "and 'Tops' are listed ('Men's Basketball' written 'Creighton'). 'on Friday afternoon' = 2013-03-08 dates "
        "the win and the main clause whose time it gives; 'had five points' and every stat line ('led all players', "
        "'made 3-of-4', 'generated a double-double', 'scoring a career-high 14 points', 'shot 46.8 percent', "
        "'owned the glass', 'dominated the glass', 'outscoring DU', 'was paced by', 'had 12 points') are figures, "
        "as are the running scores ('to make it 19-12', 'the lead returned to 54-46', 'made it 60-46', 'to move "
        "ahead by eight', 'The Jays led 33-26'); a team's record changed is listed ('improved to 25-7', 'fell to "
        "15-17', 'The win improved Creighton to 41-20'); 'advances to play Saturday' gives the advance and the game "
        "to come (will, 2013-03-09); 'just 18 hours earlier' dates Drake's win over Bradley 2013-03-07; result "
        "infinitives ('to key', 'to start', 'to tie', 'to pull away') are listed; 'would follow', 'would take', "
        "'would keep' are narration (no modality). 'The Jays', 'CU' are written 'Creighton', 'The sophomore center "
        "from Iowa' and 'Artino' 'Will Artino', 'McDermott' and 'he' 'Doug McDermott'; 'It gave him 2,117 career "
        "points' is a figure, its 'passing Rodney Buford's career mark' McDermott's, 'that had stood since 1999' a "
        "state, 'moving him into 10th' a ranking; 'The Jays are 19-12 all-time' a state."), [
        event("McDermott Sets Scoring Record", "Sets", DM, "set", "Scoring Record"),
        event("McDermott Sets Scoring Record", "Tops", CR, "top", "Drake"),
        event("Doug McDermott became the leading scorer", "became", DM, "become",
              "the leading scorer in Creighton history", date="2013-03-08"),
        event("Doug McDermott became the leading scorer", "defeated", CR, "defeat", "Drake", date="2013-03-08"),
        event("Creighton improved to 25-7", "improved", CR, "improve", "to 25-7 on the season"),
        event("Creighton improved to 25-7", "advances", CR, "advance", None),
        event("Creighton improved to 25-7", "play", CR, "play", "in a 1:35 pm semifinal against Indiana State",
              mod="will", date="2013-03-09"),
        event("Drake, which defeated Bradley", "defeated", "Drake", "defeat", "Bradley", kind=B, date="2013-03-07"),
        event("Drake, which defeated Bradley", "fell", "Drake", "fall", "to 15-17"),
        event("Creighton broke open a 12-all game", "broke", CR, "break open", "a 12-all game"),
        event("Creighton broke open a 12-all game", "key", WA, "key", "a 7-0 run"),
        event("The sophomore center from Iowa came off", "came", WA, "come off", "the bench"),
        event("The sophomore center from Iowa came off", "dunked", WA, "dunk", None),
        event("The sophomore center from Iowa came off", "start", WA, "start", "a traditional three-point play"),
        event("McDermott would follow with a jumper", "follow", DM, "follow", "with a jumper"),
        event("McDermott would follow with a jumper", "tie", DM, "tie", "the scoring record"),
        event("McDermott would follow with a jumper", "answered", WA, "answer", "with another bucket"),
        event("when he sank a free throw", "sank", DM, "sink", "a free throw"),
        event("It gave him 2,117 career points", "passing", DM, "pass", "Rodney Buford's career mark"),
        event("Creighton would take its first double-digit lead", "take", CR, "take",
              "its first double-digit lead of the day"),
        event("Drake countered with a 9-2 run", "countered", "Drake", "counter", "with a 9-2 run"),
        event("Drake countered with a 9-2 run", "missed", "Drake", "miss", "a tying trey by Richard Carter"),
        event("The Jays answered, as Echenique", "answered", CR, "answer", None),
        event("The Jays answered, as Echenique", "threw", "Echenique", "throw down", "a powerful alley-oop"),
        event("After a timeout, McDermott hit", "hit", DM, "hit", "his third trifecta of the day"),
        event("Gibbs ended the run", "ended", "Gibbs", "end", "the run"),
        event("Gibbs ended the run", "keep", CR, "keep", "Drake off the scoreboard"),
        event("Gibbs ended the run", "pull", CR, "pull away", None),
        event("The win improved Creighton to 41-20", "improved", "The win", "improve",
              "Creighton to 41-20 all-time in MVC Tournament play"),
    ]),
    "ecb_12_6.txt": (doc(
        "freerepublic.com (a repost), Tuesday 2011-11-15: the Indian Navy's Sukanya thwarts a pirate attack in the "
        "Gulf of Aden and intercepts three pirate boats (defence, crime at sea)",
        "The article tells the operation ecb52dev's ecb_12_4 tells; its calls are followed. 'Posted on November 15, "
        "2011 ...' is furniture. 'Indian Naval Ship Sukanya' is the fullest name the article gives (the headline's "
        "'Indian Naval Ship', 'The ship', 'the warship', 'she', 'the Sukanya' and 'Sukanya' are written so). The "
        "headline's 'Interdicts' is listed (undated). 'presently deployed on anti-piracy patrols' describes the ship "
        "(a state) and 'found herself once again in the thick of things' characterises (not listed); 'thwarting a "
        "multiple-boat piracy attack on 10 Nov 11' is listed, 2011-11-10. 'at about 9:25 in the morning of 10th "
        "Nov' (2011-11-10) dates the when-clause's detecting and the escort it interrupts (as ecb52dev's 'on "
        "Thursday morning' dates the escort and the noticing), and 'speedily approaching the merchant vessels' is "
        "what was detected (listed, as ecb52dev's 'approaching'); later sentences narrate that day (undated). 'On "
        "seeing the resolve evident in the warship's action' and 'probably mindful of the reputation' are the "
        "pirates' states of mind (not listed); 'reversed course and tried to flee the area' give two rows (as "
        "ecb52dev). 'two of them managed to get away' lists 'manage' with its complement (as ecb-events-dev's "
        "'continues to add'; 'two of them' written 'two of the pirate skiffs'). 'were found and confiscated' are "
        "agentless passives; 'all of which confirmed their piratical intent' relates evidence to an intent (not "
        "listed, as ecb52dev); 'The timely operation by Sukanya resulted ... in foiling the pirates' intention' "
        "tells the thwarting again in a main clause (listed, 'result in', as ecb53dev4's 'resulting in'), 'through "
        "which over a hundred Billion Dollars ... passes each year' a habit. 'This is the fifth successful "
        "anti-piracy operation conducted by Sukanya' is a copula with a describing participle; 'which commenced in "
        "September' a relative that tells an act (background, 2011-09). 'The ship has, thus far, confiscated a "
        "total of ...' is a series of seizures (listed, as ecb52dev's 'has seized a total'), 'thereby ensuring that "
        "the Indian Navy retains its standing' a consequence whose content is a state (not listed)."), [
        event("Indian Naval Ship Interdicts", "Interdicts", SUK, "interdict", "Three Pirate Vessels"),
        event("Indian Naval Ship Sukanya, presently deployed", "thwarting", SUK, "thwart",
              "a multiple-boat piracy attack", date="2011-11-10"),
        event("The ship was escorting", "escorting", SUK, "escort", "a group of five merchant vessels",
              date="2011-11-10"),
        event("The ship was escorting", "detected", SUK, "detect", "a group of five suspicious boats",
              date="2011-11-10"),
        event("The ship was escorting", "approaching", "a group of five suspicious boats", "approach",
              "the merchant vessels of her group", date="2011-11-10"),
        event("The warship immediately altered", "altered", SUK, "alter", "towards the suspicious vessels"),
        event("The warship immediately altered", "challenged", SUK, "challenge", "the suspicious vessels"),
        event("the pirate skiffs reversed course", "reversed", "the pirate skiffs", "reverse", "course"),
        event("the pirate skiffs reversed course", "tried", "the pirate skiffs", "try", "to flee the area"),
        event("While two of them managed", "managed", "two of the pirate skiffs", "manage", "to get away"),
        event("While two of them managed", "intercepted", SUK, "intercept", "the remaining three"),
        event("While two of them managed", "carried", SUK, "carry out",
              "well practiced and professionally executed boarding-and-search action"),
        event("During the operation, six AK 47 rifles", "found", None, "find",
              "six AK 47 rifles, 12 Magazines and about 300 rounds of ammunition"),
        event("During the operation, six AK 47 rifles", "confiscated", None, "confiscate",
              "six AK 47 rifles, 12 Magazines and about 300 rounds of ammunition"),
        event("the boarding party also found", "found", "the boarding party", "find",
              "a host of other equipment such as grapnels, ladders and rope-handling gloves"),
        event("The timely operation by Sukanya resulted", "resulted", "The timely operation by Sukanya",
              "result in", "foiling the pirates’ intention of attacking merchant vessels"),
        event("which commenced in September", "commenced", "Indian Naval Ship Sukanya's ongoing patrol mission "
              "in the Gulf of Aden", "commence", None, kind=B, date="2011-09"),
        event("The ship has, thus far, confiscated", "confiscated", SUK, "confiscate",
              "a total of 14 AK 47 Rifles, 31 Magazines and 923 rounds of ammunition"),
    ]),
    "ecb_44_7.txt": (doc(
        "networkworld.com, Monday 2007-11-12: HP agrees to acquire the facilities consultancy EYP Mission Critical "
        "Facilities (technology business)",
        "'November 12, 2007 02:14 PM ET' is furniture; 'HP' is the fullest name the article gives. The headline 'HP "
        "to acquire green consultancy EYP' is an act to come (will, as ecb52dev's 'To Host'); the subheadline's "
        "'signs agreement' is listed, the agreement's infinitives ('to acquire ... and incorporate') a noun's "
        "complement (not listed). 'HP Monday announced' is listed (2007-11-12), its content 'it has signed an "
        "agreement' reported by HP (undated: its own clause names no date, as ecb53dev3's T-Mobile content); 'As "
        "part of its efforts to support' a noun. 'HP says the deal, which will bring EYP MCF's 350 employees into a "
        "new division' gives the bringing to come (will, reported by HP; a relative that tells an act), while 'will "
        "help HP better address customers' needs', 'will let large, enterprise companies couple ...' and 'will let "
        "consultants expand ... and offer expertise' are the deal's benefits, abilities to come (not listed, as "
        "ecb53dev3's 'can visit'; ecb52test's 'That allowed it to develop servers' told a past act). 'Until "
        "recently, ... IT executives handled facilities and data-center design efforts separately' is a habit; "
        "'HP aims to bring the two more closely together' a stance (as ecb52test's 'AMD plans to sell'). The two "
        "quotations and their 'says' are not listed; 'HP Labs has developed technology to conserve energy' is "
        "background, 'delivers it via such products' a habit. 'HP says it expects the deal to close by its first "
        "fiscal 2008 quarter' is a stance reported by HP (as ecb52test's 'It expects to close the deal in March', "
        "undated: the date is the closing's), 'which ends January 31' a calendar fact."), [
        event("HP to acquire green consultancy EYP", "acquire", "HP", "acquire", "green consultancy EYP", mod="will"),
        event("HP signs agreement to acquire", "signs", "HP", "sign",
              "agreement to acquire EYP Mission Critical Facilities and incorporate energy-efficient-facilities "
              "expertise into HP's data center services"),
        event("HP Monday announced", "announced", "HP", "announce",
              "it has signed an agreement to acquire facilities consulting firm EYP Mission Critical Facilities for "
              "an undisclosed sum", kind=S, date="2007-11-12"),
        event("HP Monday announced", "signed", "HP", "sign",
              "an agreement to acquire facilities consulting firm EYP Mission Critical Facilities for an undisclosed "
              "sum", rep="HP"),
        event("HP says the deal, which will bring", "bring", "the deal", "bring",
              "EYP MCF's 350 employees into a new division under HP Services", mod="will", rep="HP"),
        event("HP aims to bring the two", "aims", "HP", "aim",
              "to bring the two more closely together and help build dynamic computing environments from the start",
              kind=ST),
        event("HP Labs has developed technology", "developed", "HP Labs", "develop", "technology to conserve energy",
              kind=B),
        event("HP says it expects the deal", "expects", "HP", "expect",
              "the deal to close by its first fiscal 2008 quarter", kind=ST, rep="HP"),
    ]),
    "ecb_43_13.txt": (doc(
        "arstechnica.com, Thursday 2012-03-01: AMD agrees to buy the microserver maker SeaMicro for $334 million "
        "(technology business)",
        "'AMD' is the fullest name the article gives. 'Mar 1 2012, 2: 35am CET' is furniture and the subheadline "
        "'AMD's $334 million deal with SeaMicro is a strong move to improve within the…' a copula (cut off). The "
        "headline's 'acquires' is listed ('to grab share' a purpose); 'AMD has made a $334 million bet' tells the "
        "deal again in a main clause (listed as written; the scare-quoted \"microserver\" is a term). 'On Wednesday "
        "afternoon' = 2012-02-29 dates the announcement, its content 'they have reached a $334 million agreement' "
        "reported by AMD (undated), 'to purchase SeaMicro' the agreement's complement (not listed). 'Launched in "
        "2007' is an agentless participle that tells an act (background, 2007); 'quickly gained attention for their "
        "ability' a reputation (as ecb52test's 'has gained attention for building', not listed); 'worked closely "
        "... with Intel processors in recent years' a habit and 'uses Intel's Atom' a state. Rory Read's quotation "
        "and its 'said' are not listed. 'AMD will continue to sell ... according to PC World' and 'AMD expects to "
        "release ... within the year' follow ecb52test's ecb_43_5 (an aspect verb with its complement, will; a "
        "stance, undated: 'within the year' dates the release)."), [
        event("AMD acquires SeaMicro", "acquires", "AMD", "acquire", "SeaMicro"),
        event("AMD has made a $334 million bet", "made", "AMD", "make",
              "a $334 million bet on the energy-efficient \"microserver\" market"),
        event("On Wednesday afternoon, the company announced", "announced", "AMD", "announce",
              "that they have reached a $334 million agreement, to purchase SeaMicro, a successful microserver "
              "manufacturer", kind=S, date="2012-02-29"),
        event("On Wednesday afternoon, the company announced", "reached", "AMD", "reach",
              "a $334 million agreement", rep="AMD"),
        event("Launched in 2007, SeaMicro", "Launched", None, "launch", "SeaMicro", kind=B, date="2007"),
        event("AMD will continue to sell", "continue", "AMD", "continue",
              "to sell SeaMicro servers based on Intel Atom processors", mod="will", rep="PC World"),
        event("However, AMD expects to release", "expects", "AMD", "expect",
              "to release the first SeaMicro servers based on AMD Opteron processors within the year", kind=ST),
    ]),
    "ecb_20_8.txt": (doc(
        "query.nytimes.com, Monday 2005-11-28: an earthquake in southern Iran kills 10 people and damages villages "
        "on Qeshm island (a disaster)",
        "'Published: November 28, 2005' is furniture. The headline gives three rows: 'Kills' (its subject 'Powerful "
        "Quake in Iran'), and the agentless 'Hurt' and 'Damaged' (as ecb52test2's 'Deep Throat suspect found dead'). "
        "'on Sunday' = 2005-11-27 dates the hit and its participles ('causing', 'killing', 'injuring'); the later "
        "narration of that day is undated. 'The tremor shook Oman and the United Arab Emirates as well, forcing "
        "many office workers to evacuate their buildings' lists the shaking, the forcing and the evacuating (as "
        "ecb53dev3's 'forced' and 'rewrite'). The magnitude, the epicentre, 'Iran is on seismic fault lines' and "
        "'Qeshm is Iran's largest island' are states; 'There were no reported injuries in Dubai' an existential. "
        "'A major earthquake killed more than 31,000 ... in 2003' is background (2003) and '600 were killed in the "
        "city of Zarand in February' background, agentless, 2005-02 (the February before the publication). 'were "
        "most strongly affected by the quake' is turned back (the quake its subject). 'It hit at 1:53 p.m. ... and "
        "was followed by at least four strong aftershocks, IRNA reported' tells the hit again in a main clause "
        "(listed again, 'It' written 'the quake') and the aftershocks turned back (as ecb52dev2's 'The main temblor "
        "was followed'), reported by IRNA ('The official IRNA news agency', 'The news agency'); 'also reported "
        "that' only introduces the agentless destroying and cutting. The governor's two contents are reported by "
        "Abdolreza Sheikholeslami (the outer 'IRNA reported' is the frame); 'began moving' and 'began distributing' "
        "are aspect verbs with their complements. 'The quake jolted several cities in the United Arab Emirates' "
        "tells the shaking again in a main clause (listed again); 'evacuated several buildings', 'pouring onto the "
        "streets' and 'snarling traffic' are the office workers' acts. 'dismissed concerns that the earthquake "
        "would cause tsunamis' is a speech act (as ecb53dev3's 'denied reports'), reported by IRNA; the quotation "
        "and 'he was quoted as saying' are not listed. The map caption's 'A tremor shook southern Iran yesterday, "
        "causing major damage' tells an act (listed, as events-dev captions; 'yesterday' = 2005-11-27), 'highlighting "
        "epicenter of earthquake' describes the map."), [
        event("Powerful Quake in Iran Kills 10", "Kills", "Powerful Quake in Iran", "kill", "10"),
        event("Powerful Quake in Iran Kills 10", "Hurt", None, "hurt", "80"),
        event("Powerful Quake in Iran Kills 10", "Damaged", None, "damage", "7 Villages"),
        event("A powerful earthquake hit southern Iran", "hit", "A powerful earthquake", "hit", "southern Iran",
              date="2005-11-27"),
        event("A powerful earthquake hit southern Iran", "causing", "A powerful earthquake", "cause",
              "major destruction in seven villages", date="2005-11-27"),
        event("A powerful earthquake hit southern Iran", "killing", "A powerful earthquake", "kill", "10 people",
              date="2005-11-27"),
        event("A powerful earthquake hit southern Iran", "injuring", "A powerful earthquake", "injure", "80",
              date="2005-11-27"),
        event("The tremor shook Oman", "shook", "The tremor", "shake", "Oman and the United Arab Emirates"),
        event("The tremor shook Oman", "forcing", "The tremor", "force", "many office workers to evacuate their "
              "buildings"),
        event("The tremor shook Oman", "evacuate", "many office workers", "evacuate", "their buildings"),
        event("A major earthquake killed more than 31,000", "killed", "A major earthquake", "kill",
              "more than 31,000 in city of Bam in central Iran", kind=B, date="2003"),
        event("A major earthquake killed more than 31,000", "killed", None, "kill", "600", kind=B, date="2005-02",
              nth=2),
        event("The tourist Island of Qeshm", "affected", "the quake", "affect",
              "The tourist Island of Qeshm on the Persian Gulf and seven of its villages"),
        event("It hit at 1:53 p.m.", "hit", "the quake", "hit", None, rep=IRNA),
        event("It hit at 1:53 p.m.", "followed", "at least four strong aftershocks", "follow", "the quake", rep=IRNA),
        event("The news agency also reported", "destroyed", None, "destroy",
              "one of the major hospitals on the island, in the village of Jeyhian", rep=IRNA),
        event("The news agency also reported", "cut", None, "cut", "the village's power lines", rep=IRNA),
        event("The island's airport was also damaged", "damaged", None, "damage", "The island's airport"),
        event("Abdolreza Sheikholeslami, the governor", "destroyed", None, "destroy",
              "40 percent to 70 percent of the buildings in seven villages", rep=AS),
        event("Two helicopters began moving", "began", "Two helicopters", "begin",
              "moving the injured to the hospital in Bandar Abbas", rep=AS),
        event("Two helicopters began moving", "began", "aid workers", "begin",
              "distributing food, blankets and tents in the region", rep=AS, nth=2),
        event("The quake jolted several cities", "jolted", "The quake", "jolt",
              "several cities in the United Arab Emirates"),
        event("Office workers in Dubai", "evacuated", "Office workers in Dubai", "evacuate",
              "several buildings in the city"),
        event("Office workers in Dubai", "pouring", "Office workers in Dubai", "pour", "onto the streets"),
        event("Office workers in Dubai", "snarling", "Office workers in Dubai", "snarl", "traffic"),
        event("Mehdi Zareh, director of the seismological center", "dismissed", "Mehdi Zareh", "dismiss",
              "concerns that the earthquake would cause tsunamis", kind=S, rep=IRNA),
        event("A tremor shook southern Iran yesterday", "shook", "A tremor", "shake", "southern Iran",
              date="2005-11-27"),
        event("A tremor shook southern Iran yesterday", "causing", "A tremor", "cause", "major damage",
              date="2005-11-27"),
    ]),
    "ecb_29_10.txt": (doc(
        "colts.com, Sunday 2012-12-23: the Indianapolis Colts beat the Kansas City Chiefs 20-13 and reach the "
        "playoffs (sport, American football)",
        "The game is ecb52test2's ecb_29_8; its calls are followed. 'Posted Dec 23, 2012' is furniture. The "
        "headline's 'TOP' and 'REACH' are listed. 'Indianapolis', 'The Colts' and 'the Colts' are written 'the "
        "Indianapolis Colts', 'The Chiefs' 'the Kansas City Chiefs', 'Luck' 'Andrew Luck', 'Arians' 'Bruce "
        "Arians'; the game's plays are undated (no clause names a day), 'next Sunday' = 2012-12-30 dates the "
        "season's close and its when-clause (will). 'to earn a 10th victory and a playoff berth' is a result "
        "infinitive (listed, as ecb52dev's 'to key'); 'It was not pretty, but add it up ... and the Colts will be "
        "wearing their white jerseys' is the writer's aside, an imperative and its consequence (not listed). 'gave "
        "the Colts a 20-13 lead' is a running score (not listed, as ecb52dev's), 'the defense made it hold up' the "
        "defence's act (listed, 'make'), 'as the 10th win ... clinched a playoff berth' listed (as ecb52test2's "
        "'clinched a spot'). 'jumped out to a 13-3 halftime lead' is listed (as ecb52dev's 'would take its first "
        "double-digit lead'), 'thanks to cornerback Darius Butler returning an interception' a gerund that tells an "
        "act; 'It was Butler's second interception' a copula, 'the score tied a Colts club record' listed. 'Any "
        "chance for a second half without drama quickly was put to rest' and 'it was the Indianapolis defense that "
        "stood tall with a stand' characterise the game (the writer's judgements, as ecb53dev4's 'put on a show'), "
        "'the momentum carried over' too; 'With the offense struggling' a state; 'the longest rush allowed in "
        "franchise history' a ranking. 'The Chiefs were stuffed' and 'that was capped off' are agentless passives; "
        "'the Colts were 4-4 on the road' a state and 'moved their record to 9-1' a record changed (listed, as "
        "'improved to'). 'the Colts forced three turnovers' is listed (a count of acts, as ecb52test2's 'racked "
        "up'), 'with ... Pat Angerer causing a fumble' too. 'Arians tied the marks' tells 'tied an NFL record' again "
        "in a main clause (listed again); 'set by Hamp Pool of the Rams in 1952 and Wally Lemm of Houston in 1961' "
        "describes the marks (not listed)."), [
        event("COLTS TOP CHIEFS", "TOP", IC, "top", KC),
        event("COLTS TOP CHIEFS", "REACH", IC, "reach", "PLAYOFFS"),
        event("Indianapolis lost a 10-point halftime lead", "lost", IC, "lose",
              "a 10-point halftime lead at Kansas City"),
        event("Indianapolis lost a 10-point halftime lead", "responded", IC, "respond",
              "with a touchdown with 4:08 to go"),
        event("Indianapolis lost a 10-point halftime lead", "earn", IC, "earn", "a 10th victory and a playoff berth"),
        event("A Reggie Wayne seven-yard touchdown reception", "made", "the Indianapolis defense", "make",
              "it hold up"),
        event("A Reggie Wayne seven-yard touchdown reception", "clinched", "the 10th win for Indianapolis",
              "clinch", "a playoff berth"),
        event("The Colts jumped out", "jumped", IC, "jump out", "to a 13-3 halftime lead"),
        event("The Colts jumped out", "returning", "Darius Butler", "return",
              "an interception 32 yards for a touchdown"),
        event("and the score tied a Colts club record", "tied", "the score", "tie",
              "a Colts club record with a total of four on the season"),
        event("Any chance for a second half", "came", KC, "come out", None),
        event("Any chance for a second half", "tied", KC, "tie", "the game"),
        event("Jamaal Charles cut into the deficit", "cut", "Jamaal Charles", "cut into", "the deficit"),
        event("Ryan Succop hit a 47-yard field goal", "hit", "Ryan Succop", "hit", "a 47-yard field goal"),
        event("Ryan Succop hit a 47-yard field goal", "tie", "Ryan Succop", "tie", "the game"),
        event("The Chiefs were stuffed", "stuffed", None, "stuff", KC),
        event("The Colts embarked on", "embarked", IC, "embark on", "a 13-play, 73-yard drive"),
        event("The Colts embarked on", "capped", None, "cap off", "a 13-play, 73-yard drive"),
        event("The Colts embarked on", "found", "Andrew Luck", "find", "Reggie Wayne"),
        event("moved their record to 9-1", "moved", IC, "move", "their record to 9-1 in one-possession games"),
        event("Luck also set an NFL rookie record", "set", "Andrew Luck", "set", "an NFL rookie record for a season"),
        event("Defensively, the Colts forced", "forced", IC, "force", "three turnovers"),
        event("Defensively, the Colts forced", "causing", "Pat Angerer", "cause", "a fumble"),
        event("Cornerback Vontae Davis recorded", "recorded", "Vontae Davis", "record",
              "his first interception in a Colts uniform"),
        event("Cornerback Vontae Davis recorded", "thwarting", "Vontae Davis", "thwart",
              "another Chiefs drive in Indianapolis territory"),
        event("Bruce Arians tied an NFL record", "tied", "Bruce Arians", "tie",
              "an NFL record with nine wins as an interim head coach"),
        event("Arians tied the marks", "tied", "Bruce Arians", "tie",
              "the marks set by Hamp Pool of the Rams in 1952 and Wally Lemm of Houston in 1961"),
        event("Indianapolis will close out", "close", IC, "close out", "the regular season", mod="will",
              date="2012-12-30"),
        event("Indianapolis will close out", "head", "the Houston Texans", "head", "to Lucas Oil Stadium",
              mod="will", date="2012-12-30"),
    ]),
    "ecb_13_12.txt": (doc(
        "the-palmerpost.blogspot.nl (a local blog), Tuesday 2012-08-07: a fire destroys the old Matanuska Maid "
        "warehouse in Palmer, Alaska (local news, fire)",
        "The fire is ecb52dev2's ecb_13_9 and ecb53dev3's ecb_13_6; their calls are followed. The post's heading "
        "'Tuesday, August 7, 2012' is furniture and 'Farewell to another piece of Mat Maid' a headline with no "
        "verb. 'early this morning' = 2012-08-07 dates the destruction; the rest narrates that morning (undated). "
        "'The building was long vacant' is a state; 'No injuries were reported' a negated agentless speech act (as "
        "ecb52dev2's 'no injuries have been reported'). 'Firefighters arriving on scene' is a participle that "
        "describes them, 'could see the building was likely a total loss' a perception of a state (not listed), "
        "'they focused on a bigger problem' listed. 'The first 9-1-1 call came at 3:33 a.m.' is reported by Jon "
        "Owen (as ecb52dev2's 'the fire call came in'; 'said this morning' dates the said). 'responded to the blaze' "
        "and 'Engines came from' are listed, 'where responders mustered to an \"all-call\"' a relative that tells an "
        "act (the scare-quoted term is no quotation). 'was the first person to get to the fire' is a copula (a "
        "ranking); 'drove around', 'spotted' and what was spotted ('flames shooting out') are listed (as "
        "ecb53dev3's 'to find' and 'engulfing'); 'the roof was engulfed' is agentless, reported by Jon Owen. "
        "'suppressed the fire' is listed ('Crews operating under a \"surround and drown\" strategy' its subject); "
        "'their goal wasn't saving', 'Their focus instead was preventing' and the conditionals are copulas and "
        "guesses, 'built in the 1930s' describes the building, 'holds' and 'serves as' states. 'was knocked down' is "
        "agentless; 'used to be used' a past habit. 'Rindi remembers walking through it' is the blogger's memory "
        "(not listed) of a past act (listed, background; 'a few years back' undated), 'she picked up an old potato "
        "sack' background; 'Palmerites may remember that' is the writer's address, 'Bill Allen hoped to put a "
        "convention center' a past stance (listed, as ecb52test's 'which it hopes to license'). 'This is the second "
        "destructive fire' is a copula; 'A wind-whipped arson fire set by three teenagers destroyed the hardware "
        "store in February, 2003' is background (2003-02), 'set by three teenagers' a reduced relative that tells an "
        "act told nowhere else (listed, as a relative that tells an act; undated, its own words name no date). "
        "'Investigators were at the scene ... trying to determine the cause' lists the attempt (as ecb52dev's "
        "'tried to flee'); 'finding the ignition source is key' a generality; 'Anything suspicious will be followed "
        "up' a conditional promise (not listed). 'The investigation is being conducted by John Bond ... and ... "
        "Shayne La Croix' is turned back; 'Anyone with information ... is asked to call' is an agentless appeal, "
        "listed as a speech act (no precedent; nearest ecb53dev3's 'advised concerned users to set'). 'Owen' is "
        "written 'Jon Owen', 'McNutt' 'John McNutt'."), [
        event("fast-moving fire destroyed", "destroyed", "fast-moving fire", "destroy",
              "the historic Matanuska Maid warehouse", date="2012-08-07"),
        event("No injuries were reported", "reported", None, "report", "injuries", neg=True, kind=S),
        event("Firefighters arriving on scene", "focused", "Firefighters", "focus",
              "on a bigger problem: making sure the blaze didn't reach the nearby, petroleum-loaded Crowley Maritime "
              "tank farm"),
        event("The first 9-1-1 call came", "came", "The first 9-1-1 call", "come", None, rep=JO),
        event("A total of 31 separate pieces", "responded", "A total of 31 separate pieces of firefighting apparatus",
              "respond", "to the blaze"),
        event("Engines came from Palmer Fire Department", "came", "Engines", "come",
              "from Palmer Fire Department and Mat-Su Central Fire Department"),
        event("Engines came from Palmer Fire Department", "mustered", "responders", "muster",
              "to an \"all-call\" from emergency dispatchers"),
        event("McNutt drove around", "drove", "John McNutt", "drive around", "the 9-acre Mat Maid complex"),
        event("McNutt drove around", "spotted", "John McNutt", "spot", "flames shooting out from below the eaves"),
        event("McNutt drove around", "shooting", "flames", "shoot out", "from below the eaves"),
        event("Within minutes, the roof was engulfed", "engulfed", None, "engulf", "the roof", rep=JO),
        event("suppressed the fire", "suppressed", "Crews operating under a \"surround and drown\" strategy",
              "suppress", "the fire"),
        event("The fire was knocked down", "knocked", None, "knock down", "The fire"),
        event("Rindi remembers walking", "walking", "Rindi", "walk",
              "through it with owner Bill Ingaldson", kind=B),
        event("Rindi remembers walking", "picked", "Rindi", "pick up",
              "an old potato sack decorated with the Matanuska Maid in her skating costume", kind=B),
        event("Palmerites may remember", "hoped", "Bill Allen", "hope", "to put a convention center on the property",
              kind=ST),
        event("A wind-whipped arson fire set by three teenagers", "set", "three teenagers", "set",
              "A wind-whipped arson fire", kind=B),
        event("A wind-whipped arson fire set by three teenagers", "destroyed",
              "A wind-whipped arson fire set by three teenagers", "destroy", "the hardware store", kind=B,
              date="2003-02"),
        event("Investigators were at the scene", "trying", "Investigators", "try",
              "to determine the cause of the fire"),
        event("The investigation is being conducted", "conducted", "John Bond and Shayne La Croix", "conduct",
              "The investigation"),
        event("Anyone with information", "asked", None, "ask",
              "Anyone with information about this morning's fire to call Sgt. La Croix at 745-4811", kind=S),
    ]),
    "ecb_28_12.txt": (doc(
        "boston.com (The Boston Globe), Wednesday 2004-07-28: Fred LaRue, who delivered the Watergate 'hush' money, "
        "is found dead (US politics, an obituary)",
        "The death is ecb52test2's ecb_28_1 (theguardian.com); its calls are followed. 'July 28, 2004' is furniture. "
        "The headline's 'delivered' tells an act (background; the scare-quoted 'hush' is a term). 'a close aide to "
        "former Attorney General John Mitchell and the first person to plead guilty' is an apposition (a ranking, "
        "not listed); 'died of natural causes' is listed (undated), 'He was 75' a state. 'His body was discovered "
        "yesterday by a maid' is turned back (2004-07-27), 'who entered his hotel room' a relative that tells an "
        "act (undated: its own clause names no date). 'Coroner Gary Hargrove said he believes that Mr. LaRue died "
        "Saturday' gives the belief (a stance, as events-dev17's 'believe'; 'said' only introduces it) and the "
        "death reported by Gary Hargrove (2004-07-24: the Saturday before the publication). 'was known as the "
        "\"bagman\"' describes (a nickname in quotation marks), its relative 'who delivered payoffs to keep "
        "participants ... quiet' tells the headline's act again with another object (listed, background, as "
        "ecb53dev3's 'starring'; as ecb52test2's 'because he delivered payments'). 'served four months in federal "
        "prison' is a term (blind48's prison terms), 'served as special assistant' and 'who later headed' tenures, "
        "'was present at a 1972 meeting' a copula and 'where the plan ... was allegedly hatched' an agentless act "
        "(background, undated: '1972' dates the noun 'meeting'; as ecb52test2's 'at which the scheme ... was first "
        "mooted'; 'allegedly' kept in no field). 'Mr. LaRue said he advised against the burglarization' is a "
        "speech act reported by Fred LaRue, 'which housed' a state. 'After his political career ended in scandal' "
        "is a time clause that tells an act (background), 'returned to his home state of Mississippi' background, "
        "'to work in his family's oil company' a purpose; 'spent much time catching shrimp' a habit. 'A few "
        "researchers of the scandal have suggested that Mr. LaRue could have been Deep Throat' is a said-like verb "
        "with a possibility as its content (not listed, as events-dev11's 'suggested there were not enough votes'); "
        "'He discounted those rumors' is a speech act (as ecb53dev3's 'denied reports'), 'saying the mysterious "
        "source ... was not one person' a said with a copula (not listed). 'Mr. LaRue' and 'He' are written 'Fred "
        "LaRue'."), [
        event("Fred LaRue, 75; delivered", "delivered", FL, "deliver", "'hush' money in Watergate", kind=B),
        event("Fred LaRue, a close aide", "died", FL, "die", None),
        event("His body was discovered yesterday", "discovered", "a maid", "discover", "Fred LaRue's body",
              date="2004-07-27"),
        event("His body was discovered yesterday", "entered", "a maid", "enter", "his hotel room in Biloxi"),
        event("Coroner Gary Hargrove said", "believes", "Gary Hargrove", "believe", "that Mr. LaRue died Saturday",
              kind=ST),
        event("Coroner Gary Hargrove said", "died", FL, "die", None, rep="Gary Hargrove", date="2004-07-24"),
        event("Mr. LaRue was known as the", "delivered", FL, "deliver",
              "payoffs to keep participants in the Watergate break-in quiet", kind=B),
        event("Mr. LaRue was present at a 1972 meeting", "hatched", None, "hatch",
              "the plan to break into the Watergate complex in Washington", kind=B),
        event("Mr. LaRue said he advised", "advised", FL, "advise",
              "against the burglarization of the building, which housed Democratic Party headquarters", kind=S,
              rep=FL),
        event("After his political career ended", "ended", "Fred LaRue's political career", "end", "in scandal",
              kind=B),
        event("After his political career ended", "returned", FL, "return", "to his home state of Mississippi",
              kind=B),
        event("He discounted those rumors", "discounted", FL, "discount", "those rumors", kind=S),
    ]),
}

if __name__ == "__main__":
    from gold_writer import write_event_gold  # noqa: E402

    print(write_event_gold(NAME, DOCS, script=SCRIPT, corpus=CORPUS, outlet=None))
