"""Round ecb52-dev2: a blind event gold on real news of other publishers (the ECB+ corpus's articles of the ``dev2``
half of ``bench/audit/ecb52/corpus/MANIFEST.tsv``), written to ``tests/data/gold/ecb-events-dev2``.

The annotations below were made by reading every sentence of the 10 articles before any toolkit extraction was run on
them, in the conventions of the event golds (``tests/data/gold/README.md``, ``bench/audit/blind48/README.md``,
``bench/audit/pud49/README-pud49dev.md``, ``bench/audit/ewt50/README-ewt50dev.md``); the calls are in each article's
``about``. Offsets and checks come from ``bench/audit/gold_writer.py``:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/ecb52/make_gold_ecb52dev2.py

The articles are CC BY 3.0 (ECB+, Cybulska and Vossen, LREC 2014); see the gold's ``texts/NOTICE``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "ecb-events-dev2"
SCRIPT = "bench/audit/ecb52/make_gold_ecb52dev2.py"
ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "bench" / "audit" / "ecb52" / "corpus"

# Said once here rather than in every file. An article's publication date is its manifest row's (empty: published
# null); an event is dated where its own clause names a date expression, resolved from that date ("Monday" the Monday
# on or before it, "Last year", "a month ago" by its month, "two years ago" by its year); with no publication date,
# only a full date or a year by itself is given. The narration of the lead's day in later sentences is left undated.
# The headline is a sentence of its own (listed when it tells an act, as ewt-events-dev's 'Key Delhi blast suspect
# arrested'); datelines, "Updated ..." and "Published: ..." lines are furniture. Everything inside quotation marks is
# the speaker's (not listed), nor the verb that only introduces it; a said-like verb whose clause tells an act is not
# listed, its content is (with reported_by), and a said whose clause holds only a state gives nothing; "announce",
# "allege", "argue", "rule", "confirm", "decline" are listed as speech acts. States, standing facts, tenures, habits,
# a rule's provisions and figures are no events; a relative or participle that only picks out which thing is meant
# describes (not listed), one that tells an act is listed; an act told again in a main clause is listed again, in a
# subordinate clause not (blind47's rule); a speaker's relative inside a said carries the reporter (pud49dev).
COMMON = ("ECB+ news article (CC BY 3.0); dated where the event's own clause names a date expression, resolved from "
          "the manifest's publication date (with none, only a full date or a year by itself), otherwise null; "
          "quotations and the verb that only introduces them, states, standing facts, habits and page furniture are "
          "not listed.")


def doc(summary: str, calls: str = "") -> str:
    return f"{summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"

DOCS = {
    "ecb_20_5.txt": (doc(
        "news.softpedia.com, no publication date in the manifest (the first line, 'November 28th, 2005, 09:11 GMT', "
        "is the dateline, which the corpus writer's date reader does not take, so every row is undated): a 5.9 "
        "earthquake in southern Iran (a disaster)",
        "The headline '5.9 Earthquake Jolts Iran' is listed. 'has leveled seven villages ..., killing 10 persons and "
        "wounding other 70' gives three rows reported by the Iranian officials ('were quoted by AP as saying' is the "
        "frame, not listed, as 'according to'). 'told the state television that rescue teams have been deployed' "
        "gives the agentless deployment reported by the governor Heidar Alishvandi ('is now safe' a state); the IRNA "
        "reporter's 'said' holds only states (not listed), the epicentre sentence is a copula and the last sentence a "
        "figure. 'the Deyrestan village saw serious destruction' is listed as written (a judgement: the only telling "
        "of that village's destruction; events-dev16's 'which saw a large spike' describes a period and was not "
        "listed) and 'were all but destroyed' is agentless ('all but' grades, it does not negate), both reported by "
        "IRNA ('According to the same agency'). 'The main temblor was followed by at least four major aftershocks' "
        "is turned back (the aftershocks told only there, as events-dev5's 'followed by two gunmen'), 'which "
        "increased the panic among villagers' a relative that tells their effect; 'with magnitudes ranging' a "
        "figure."), [
        event("5.9 Earthquake Jolts Iran", "Jolts", "5.9 Earthquake", "jolt", "Iran"),
        event("has leveled seven villages", "leveled", "A 5.9 magnitude earthquake", "level",
              "seven villages in Iran's southern area", rep="Iranian officials"),
        event("has leveled seven villages", "killing", "A 5.9 magnitude earthquake", "kill", "10 persons",
              rep="Iranian officials"),
        event("has leveled seven villages", "wounding", "A 5.9 magnitude earthquake", "wound", "other 70",
              rep="Iranian officials"),
        event("rescue teams have been deployed", "deployed", None, "deploy", "rescue teams",
              rep="Heidar Alishvandi"),
        event("the Deyrestan village saw", "saw", "the Deyrestan village", "see", "serious destruction",
              rep="IRNA"),
        event("the Deyrestan village saw", "destroyed", None, "destroy", "Tonban and Goursin", rep="IRNA"),
        event("The main temblor was followed", "followed", "at least four major aftershocks", "follow",
              "The main temblor"),
        event("The main temblor was followed", "increased", "at least four major aftershocks", "increase",
              "the panic among villagers"),
    ]),
    "ecb_30_1.txt": (doc(
        "mybroadband.co.za, Friday 2011-11-04: Seacom's undersea cable repaired and its operations restored (telecoms)",
        "The headline 'Seacom operations fully restored: 4 November 2011' is listed, agentless, dated by the date it "
        "names (2011-11-04, a judgement: the title's date names the day the restoration was complete, 'as of 4 "
        "November'); the garbled sub-headline 'The break in an undersea cable on that affected Seacom has been "
        "repaired' gives the agentless repair and its relative 'that affected Seacom' (the break's, background); "
        "'November 4, 2011' is the dateline. 'announced today (4 November 2011)' is a speech act dated 2011-11-04, "
        "its content 'repairs have been completed' agentless and reported by Seacom, undated, and 'that caused an "
        "outage on its network' a relative inside it (reported by Seacom). 'Seacom said that its cable network was "
        "successfully repaired on 29 October 2011 and all circuits were restored ... as of 4 November' gives two "
        "agentless rows reported by Seacom, dated 2011-10-29 and 2011-11-04 (the repair told again in a main clause "
        "is listed again, as events-dev29's 'erupted'). 'was affected by the break' is turned back (as "
        "events-dev34's 'were affected by pollution'), 'which happened on 8 October 2011' a relative dated "
        "2011-10-08; 'Initial indications were that the break would take 12 days to fix' a copula with a forecast. "
        "'The cable operator announced that it had restored services ... on 14 October 2011' gives the announcement "
        "(undated) and the restoring reported by Seacom, dated 2011-10-14; 'This was followed by similar restoration "
        "to the rest of its clients on 20 October 2011' is turned back and listed (the restoration is told only "
        "there, as events-dev13's 'the ban followed discussions'), dated 2011-10-20. The last paragraph is a "
        "quotation (its 'Seacom said in an announcement' only introduces it). 'The cable operator' and 'it' are "
        "written 'Seacom'."), [
        event("Seacom operations fully restored", "restored", None, "restore", "Seacom operations", date="2011-11-04"),
        event("has been repaired", "repaired", None, "repair", "The break in an undersea cable"),
        event("has been repaired", "affected", "The break in an undersea cable", "affect", "Seacom", kind=B),
        event("Undersea cable operator Seacom announced", "announced", "Seacom", "announce",
              "that repairs have been completed on a broken cable off the coast of Egypt", kind=S,
              date="2011-11-04"),
        event("Undersea cable operator Seacom announced", "completed", None, "complete", "repairs", rep="Seacom"),
        event("Undersea cable operator Seacom announced", "caused", "a broken cable off the coast of Egypt", "cause",
              "an outage on its network", rep="Seacom", kind=B),
        event("Seacom said that its cable network", "repaired", None, "repair", "its cable network", rep="Seacom",
              date="2011-10-29"),
        event("Seacom said that its cable network", "restored", None, "restore", "all circuits", rep="Seacom",
              date="2011-11-04"),
        event("All Seacom traffic to Europe", "affected", "the break", "affect", "All Seacom traffic to Europe",
              kind=B),
        event("All Seacom traffic to Europe", "happened", "the break", "happen", None, kind=B, date="2011-10-08"),
        event("The cable operator announced", "announced", "Seacom", "announce",
              "that it had restored services to its business customers via alternate routes on 14 October 2011",
              kind=S),
        event("The cable operator announced", "restored", "Seacom", "restore",
              "services to its business customers via alternate routes", rep="Seacom", date="2011-10-14"),
        event("This was followed by similar restoration", "followed",
              "similar restoration to the rest of its clients", "follow", "This", date="2011-10-20"),
    ]),
    "ecb_13_9.txt": (doc(
        "alaskapublic.org, Tuesday 2012-08-07: a pre-dawn fire destroys the old Matanuska Maid Dairy building in "
        "Palmer, Alaska (local news, a fire)",
        "The headline 'Matanuska Maid Building Burns Down' is listed (undated); 'August 7, 2012-5:46 pm' is the "
        "dateline. 'Alaska lost part of its history on Tuesday' is listed, dated 2012-08-07 (a judgement: a loss, a "
        "change of state, told in a main clause, as pud49dev's 'Seagal made headlines'), and its time clause 'when a "
        "pre-dawn blaze demolished the ... building' is dated by the 'Tuesday' it restricts (2012-08-07); 'after the "
        "early morning fire demolished the antique structure' tells the demolition again in a subordinate clause "
        "(not listed again). 'was located', 'stand', 'dating back', 'only charred rubble remained', 'Not much was "
        "left', 'was in private ownership' are states. Jon Owen's quotations (the second runs over four paragraphs, "
        "'We have a light breeze ... all day.') and their 'said' are not listed. 'Owen says the fire call came in at "
        "3:30 a.m.' gives the call's coming in reported by Jon Owen (no day named); 'responded with ladder trucks' is "
        "reported by him ('to allow firefighters to attack' a purpose); 'had to protect nearby buildings' is 'must' "
        "(as pud49dev's 'has had to leave'); 'surveyed the scene Tuesday afternoon' is dated 2012-08-07 ('to help "
        "determine' a purpose); 'which had plunged into the building's basement' a relative that tells an act; 'it "
        "melted the paint off nearby cars' is the heat's act; 'Last year, Palmer voters approved a bond measure' is "
        "dated 2011 ('allowing the city to purchase' describes the measure); 'Those plans have not been finalized "
        "yet' is a negated agentless act (as events-dev32's 'has yet to be calculated'); 'it will be about a month "
        "before a final determination ... is known' a forecast of a state; 'no injuries have been reported' is "
        "negated and agentless, reported by Owen (as events-dev30's 'No cause of death was announced'); the last "
        "sentence holds only states. 'Owen', 'Director Owen' and 'He' are written 'Jon Owen'."), [
        event("Matanuska Maid Building Burns Down", "Burns", "Matanuska Maid Building", "burn down"),
        event("Alaska lost part of its history", "lost", "Alaska", "lose", "part of its history",
              date="2012-08-07"),
        event("Alaska lost part of its history", "demolished", "a pre-dawn blaze", "demolish",
              "the old Matanuska Maid Dairy warehouse building in Palmer", date="2012-08-07"),
        event("Palmer firemen were hosing down", "hosing", "Palmer firemen", "hose down",
              "hotspots on the rubble of the old Mat Maid building", date="2012-08-07"),
        event("Owen says the fire call came in", "came", "the fire call", "come in", rep="Jon Owen"),
        event("fire departments responded with ladder trucks", "responded",
              "Palmer and Mat Su Central fire departments", "respond", "with ladder trucks", rep="Jon Owen"),
        event("He says the firemen also had to protect", "protect", "the firemen", "protect", "nearby buildings",
              mod="must", rep="Jon Owen"),
        event("State Fire Marshall John Bond surveyed", "surveyed", "John Bond", "survey", "the scene",
              date="2012-08-07"),
        event("which had plunged into the building", "plunged", "some charred wooden beams and metal remnants",
              "plunge", "into the building's basement"),
        event("it melted the paint off nearby cars", "melted", "The heat of the blaze", "melt",
              "the paint off nearby cars"),
        event("Palmer voters approved a bond measure", "approved", "Palmer voters", "approve",
              "a bond measure allowing the city to purchase the historic district containing the Mat Maid building "
              "and several other wooden structures", kind=B, date="2011"),
        event("Those plans have not been finalized yet", "finalized", None, "finalize", "Those plans", neg=True),
        event("no injuries have been reported", "reported", None, "report", "injuries", neg=True, rep="Jon Owen",
              kind=S),
    ]),
    "ecb_26_11.txt": (doc(
        "deseretnews.com, Tuesday 2005-12-20: the mob boss Vincent \"The Chin\" Gigante dies in prison at 77 (crime "
        "and an obituary)",
        "The headline 'Mob boss 'Oddfather' dies in prison at 77' is listed (undated); 'Published: ...' is furniture. "
        "'died Monday in prison' is dated 2005-12-19; the relative 'who avoided jail for decades by wandering the "
        "streets in a ratty bathrobe and slippers, feigning mental illness' tells a course held for decades and its "
        "habits (not listed: a state over years, as blind48's tenures and 'had not made public appearances since "
        "2014'); 'He was 77' a copula. 'died at the federal prison ..., said prison spokesman Al Quintero' tells the "
        "death again in a main clause (listed again, reported by Quintero, as events-dev37's Hagan), 'who had "
        "suffered from heart disease' a state; 'where rival mob boss John Gotti died of cancer in 2002' is a relative "
        "that tells an act (background, 2002). 'Gigante's death also was confirmed by Christine Monaco' is turned "
        "back (as events-dev's 'His death was confirmed by his son'); 'the organization that worked for years to put "
        "him behind bars' a sustained effort (not listed, as 'work for'). 'Dubbed the \"Oddfather\"' names him (not "
        "listed); 'had scored a lengthy string of victories over prosecutors' is a series of acts (listed, as "
        "blind48's 'has repeatedly voted against'), 'but it ended with a July 1997 racketeering conviction' an "
        "ending dated by the month its clause names (1997-07); 'He was sentenced to 12 years in prison' is agentless. "
        "The 'Oddfather', 'Gigante', 'He' and 'The head of the Genovese crime family' are written 'Vincent Gigante'."),
        [
        event("Mob boss 'Oddfather' dies", "dies", "Vincent Gigante", "die"),
        event("feigning mental illness, died Monday", "died", "Vincent Gigante", "die", date="2005-12-19"),
        event("The head of the Genovese crime family", "died", "Vincent Gigante", "die", rep="Al Quintero"),
        event("where rival mob boss John Gotti died", "died", "John Gotti", "die", kind=B, date="2002"),
        event("Gigante's death also was confirmed", "confirmed", "Christine Monaco", "confirm", "Gigante's death",
              kind=S),
        event("Gigante had scored a lengthy string", "scored", "Vincent Gigante", "score",
              "a lengthy string of victories over prosecutors", kind=B),
        event("Gigante had scored a lengthy string", "ended", "a lengthy string of victories over prosecutors", "end",
              "with a July 1997 racketeering conviction", kind=B, date="1997-07"),
        event("He was sentenced to 12 years", "sentenced", None, "sentence", "Vincent Gigante", kind=B),
    ]),
    "ecb_5_6.txt": (doc(
        "sports.espn.go.com, Monday 2005-05-16: the NCAA notifies Ohio State of nine alleged rules violations "
        "(college sport and its rules)",
        "The headline 'NCAA: Improper gifts, assistance given to athletes' is listed, agentless, reported by the NCAA "
        "(the colon names who says it); 'Updated: ...' is furniture. 'notified Ohio State on Monday of nine alleged "
        "rules violations' is a speech act dated 2005-05-16 ('including cash gifts ...' nouns). 'involved men's "
        "basketball' relates (not listed), but the gerunds it lists tell acts: 'a school booster allegedly giving "
        "cash and academic help', 'a booster allegedly giving $500', 'an orthodontist providing free and discounted "
        "services' (background; an unattributed 'allegedly' gives no reporter). 'Ohio State previously said it was "
        "looking into many of the alleged violations' gives the looking into reported by Ohio State, and the "
        "relative 'who was fired after acknowledging the payment' inside it is reported by Ohio State too "
        "(pud49dev's rule); 'O'Brien, fired on June 8' tells the firing again in a participle, and 'after O'Brien "
        "acknowledged he gave about $6,000' the acknowledging again in a time clause (neither listed again), while "
        "the giving it reports is listed (reported by O'Brien, 1999; 'recruit' is a noun here). Karen Holbrook's and "
        "James Zeszutek's quotations are not listed. 'The school must respond to the allegations by July 26' is "
        "'must', dated by its deadline (2005-07-26), 'will hold a hearing before determining whether sanctions are "
        "warranted' gives the hearing and the determining (will), all reported by Erik Christianson. 'has faced a "
        "series of NCAA investigations' is a series of acts (listed, as blind48's 'has repeatedly voted against'), "
        "'since the football team won the national championship in 2002' a time clause that tells an act. 'In "
        "December, the school imposed a ... ban' is dated 2004-12. 'is seeking up to $6 million in a "
        "breach-of-contract suit' is listed (as pud49test's 'are seeking'). 'The NCAA report says O'Brien allegedly "
        "gave Radojevic the money' tells the giving again in a main clause (listed again, reported by the report). "
        "'are accused of acting \"contrary to ...\" by failing to report ..., the report said' lists the accusation "
        "(agentless, reported by the report) and not what it charges (as events-dev7's 'was also accused of "
        "defrauding clients'). 'has cooperated fully with NCAA investigators' is reported by Zeszutek; 'is barred by "
        "the NCAA from publicly discussing the allegations' is a standing prohibition (a state, as blind48's 'who is "
        "supported by', not listed). 'A message seeking comment was left with O'Brien's attorney' is agentless (the "
        "reporter's approach, as events-dev29's 'approached'). 'have alleged that athletes received money ..., got "
        "academic credit ... and received no-show jobs' gives the allegation and its three acts reported by Clarett "
        "and the other players ('work they didn't do' describes). 'an allegation that $500 was given to a football "
        "player' tells the booster's giving again in a noun's clause (not listed again), 'whose name was withheld' "
        "is agentless. 'Last season, quarterback Troy Smith was suspended' is undated ('Last season' is no calendar "
        "expression), 'for accepting money from a booster' tells an act. 'who replaced Andy Geiger a month ago' is "
        "dated 2005-04; Gene Smith's 'said the allegations ... were less serious' and 'adding he would be surprised "
        "if ...' hold a state and a conditional (not listed). 'Clarett was suspended for the 2003 season' is dated "
        "2003 (a judgement: the season its clause names), 'for lying to investigators' tells an act, and "
        "'allegations that he received improper benefits' gives the receiving reported by the allegations (as "
        "events-dev6's 'after revelations he and his staffers sent'). 'The school' is written 'Ohio State', "
        "'O'Brien' 'Jim O'Brien', 'Biancardi' 'Paul Biancardi', 'Clarett' 'Maurice Clarett'."), [
        event("NCAA: Improper gifts", "given", None, "give", "Improper gifts, assistance", rep="NCAA"),
        event("The NCAA notified Ohio State", "notified", "The NCAA", "notify",
              "Ohio State of nine alleged rules violations", kind=S, date="2005-05-16"),
        event("Seven of the violations involved", "giving", "a school booster", "give",
              "cash and academic help to a former player", kind=B),
        event("The others involved a booster", "giving", "a booster", "give", "$500 to a football player", kind=B),
        event("The others involved a booster", "providing", "an orthodontist", "provide",
              "free and discounted services to five women's basketball players", kind=B),
        event("Ohio State previously said", "looking", "Ohio State", "look into",
              "many of the alleged violations", rep="Ohio State"),
        event("Ohio State previously said", "fired", None, "fire", "Jim O'Brien", rep="Ohio State", kind=B),
        event("Ohio State previously said", "acknowledging", "Jim O'Brien", "acknowledge", "the payment",
              rep="Ohio State", kind=S),
        event("The school must respond", "respond", "Ohio State", "respond", "to the allegations", mod="must",
              rep="Erik Christianson", date="2005-07-26"),
        event("The school must respond", "hold", "an infractions committee", "hold", "a hearing", mod="will",
              rep="Erik Christianson"),
        event("The school must respond", "determining", "an infractions committee", "determine",
              "whether sanctions are warranted", mod="will", rep="Erik Christianson"),
        event("athletic department has faced", "faced", "Ohio State's athletic department", "face",
              "a series of NCAA investigations of its high-profile sports", kind=B),
        event("athletic department has faced", "won", "the football team", "win", "the national championship",
              kind=B, date="2002"),
        event("the school imposed a one-year", "imposed", "Ohio State", "impose",
              "a one-year postseason tournament ban on its men's basketball team", kind=B, date="2004-12"),
        event("the school imposed a one-year", "gave", "Jim O'Brien", "give", "about $6,000 to recruit Alex Radojevic",
              rep="Jim O'Brien", kind=B, date="1999"),
        event("is seeking up to $6 million", "seeking", "Jim O'Brien", "seek",
              "up to $6 million in a breach-of-contract suit against Ohio State"),
        event("The NCAA report says", "gave", "Jim O'Brien", "give", "Radojevic the money",
              rep="The NCAA report", kind=B),
        event("O'Brien and Biancardi are accused", "accused", None, "accuse", "Jim O'Brien and Paul Biancardi",
              rep="the report", kind=S),
        event("Biancardi has cooperated fully", "cooperated", "Paul Biancardi", "cooperate",
              "with NCAA investigators", rep="James Zeszutek"),
        event("A message seeking comment was left", "left", None, "leave", "A message seeking comment"),
        event("Former star running back Maurice Clarett", "alleged", "Maurice Clarett and other former football "
              "players", "allege", "that athletes received money from boosters, got academic credit for work they "
              "didn't do and received no-show jobs at high salaries", kind=S),
        event("Former star running back Maurice Clarett", "received", "athletes", "receive", "money from boosters",
              rep="Maurice Clarett and other former football players", kind=B),
        event("Former star running back Maurice Clarett", "got", "athletes", "get",
              "academic credit for work they didn't do", rep="Maurice Clarett and other former football players",
              kind=B),
        event("Former star running back Maurice Clarett", "received", "athletes", "receive",
              "no-show jobs at high salaries", rep="Maurice Clarett and other former football players", kind=B,
              nth=2),
        event("whose name was withheld", "withheld", None, "withhold", "the football player's name"),
        event("quarterback Troy Smith was suspended", "suspended", None, "suspend", "Troy Smith", kind=B),
        event("quarterback Troy Smith was suspended", "accepting", "Troy Smith", "accept",
              "money from a booster", kind=B),
        event("who replaced Andy Geiger", "replaced", "Gene Smith", "replace", "Andy Geiger", kind=B,
              date="2005-04"),
        event("Clarett was suspended for the 2003 season", "suspended", None, "suspend", "Maurice Clarett", kind=B,
              date="2003"),
        event("Clarett was suspended for the 2003 season", "lying", "Maurice Clarett", "lie", "to investigators",
              kind=B),
        event("Clarett was suspended for the 2003 season", "received", "Maurice Clarett", "receive",
              "improper benefits from a family friend", rep="allegations", kind=B),
    ]),
    "ecb_27_6.txt": (doc(
        "krebsonsecurity.com, no publication date in the manifest (the address names September 2013; the post "
        "prints none, so every row is undated): Microsoft warns of an unpatched Internet Explorer flaw under attack "
        "(computer security, a blog)",
        "The headline 'Microsoft: IE Zero Day Flaw Affects All Versions' states a standing fact (the flaw is in every "
        "version; not listed). 'Microsoft said today that attackers are exploiting ...' gives the exploiting "
        "reported by Microsoft ('today' is the said's, and undated with no publication date); 'The company said it "
        "is working on an official patch ..., but in the meantime it has released a stopgap fix' gives two rows "
        "reported by Microsoft ('to plug', 'to help protect' purposes). 'it is aware of targeted attacks that "
        "attempt to exploit the vulnerability' is a state, its relative the attacks told again (not listed again); "
        "'an advisory issued today' describes the advisory (as blind48's 'a statement released by her family'), "
        "'the flaw is a remote code bug, which means malware or miscreants could use it' a copula and a possibility. "
        "The rest is the blogger's instructions and notes to readers (how to apply the fix, which versions it "
        "covers, 'As several readers have already noted in the comments', how to tell the version): advice, "
        "standing facts and acts about the blog, not listed (as ewt-events-dev). 'The company' and 'it' are written "
        "'Microsoft'."), [
        event("Microsoft said today that attackers", "exploiting", "attackers", "exploit",
              "a previously unknown, unpatched vulnerability in all supported versions of its Internet Explorer Web "
              "browser", rep="Microsoft"),
        event("The company said it is working", "working", "Microsoft", "work on",
              "an official patch to plug the security hole", rep="Microsoft"),
        event("The company said it is working", "released", "Microsoft", "release", "a stopgap fix",
              rep="Microsoft"),
    ]),
    "ecb_10_21.txt": (doc(
        "mlbtraderumors.com, Monday 2008-12-15: a rumour that the Red Sox offered Mark Teixeira an eight-year deal "
        "(baseball, a blog)",
        "The headline 'Red Sox-Teixeira Rumor' has no verb; the second line and the '2: 16pm:' stamp are furniture. "
        "'Take it with a grain of salt' and the last sentence are the blogger's advice; 'we have a report of a "
        "report that the Red Sox offered Mark Teixeira an eight-year, $200MM deal' gives the offer reported by the "
        "report (a noun's content, as events-dev6's 'after revelations he and his staffers sent'). 'Earl Bloom ... "
        "heard Dan Patrick say it on his radio show' tells who reported it to whom (the reporting chain, as "
        "'according to': neither the hearing nor the 'say it', whose content is the offer already listed, is "
        "listed)."), [
        event("the Red Sox offered Mark Teixeira", "offered", "the Red Sox", "offer",
              "Mark Teixeira an eight-year, $200MM deal", rep="a report of a report"),
    ]),
    "ecb_9_13.txt": (doc(
        "digitaljournal.com, Thursday 2009-03-05: President Obama overturns Bush's midnight rules on science and "
        "health care (US politics and regulation)",
        "The headline 'Obama overturns Bush midnight rules on science, health care' is listed (undated); 'Mar 5, "
        "2009' is the dateline. 'are being examined ... by the Obama administration' is turned back; 'Controversial "
        "rulings enacted in the 11th hour by the Bush administration', 'Several regulations affecting health care' "
        "and 'policies enacted during Bush's first term' describe which rules are meant (not listed; the enacting is "
        "told in a main clause, 'former president George W. Bush enacted several highly controversial policies'). "
        "'have been overturned' is agentless; 'has sidelined or overturned several of them' gives two rows; 'has "
        "also reached back over the years to reverse policies' is one row, the governing verb with its complement "
        "(as the golds' 'sought to overturn', 'planned to implement'), and so is 'will also move quickly to reverse "
        "some older Bush rulings' (will). 'was sidelined by the Obama administration on Feb. 10' is turned back, "
        "dated 2009-02-10. Ken Salazar's quotation and its 'said' are not listed, but the relative 'who extended the "
        "public comment period' tells his act. 'Obama has maintained that ... should be part of ...' is a standing "
        "position (not listed, as blind48's 'He favored European integration'). 'On Feb. 27, the Obama "
        "administration announced its intention to reverse' is a speech act dated 2009-02-27. What a rule or "
        "regulation does ('The rule gave ...', 'was vaguely worded and extended the right ...', 'that weakened the "
        "Endangered Species Act and pitted ...', 'The regulation allowed ...', 'that barred U.S. financial aid') are "
        "a rule's provisions, standing facts (not listed). 'Opponents considered the rule ... a thinly veiled "
        "maneuver' is a stance (as events-val's 'considered the deal acceptable'), 'which took effect the day before "
        "Obama's inauguration' a relative that tells an act (undated: the day is named by an event, not the "
        "calendar). 'On March 3, Obama overturned another ... regulation' is dated 2009-03-03; 'When overturning the "
        "regulation' tells it again (not listed again), and 'said he was restoring \"the scientific process ...\"' "
        "gives the restoring reported by Obama (its verb outside the marks, as events-dev35's 'told The Washington "
        "Post he considered himself \"an artist first.\"'). 'On January 30, Obama signed an executive order' is dated "
        "2009-01-30, and 'an executive order rescinding a 2001 Bush policy change' is the order's act (listed, "
        "undated, as ewt-events-dev's 'an Article in Time magazine accusing'). 'First implemented by President "
        "Reagan' is a participle that tells an act (as events-dev37's 'first elected to Congress in 2008'), 'called "
        "the \"Mexico City\" rule' names it, 'the policy is reversed whenever there is a change' a habit. The two "
        "sentences whose verbs stand inside quotation marks ('\"has been used as a political wedge issue.\"', "
        "'would \"initiate a fresh conversation ...\"') are not listed. 'plans to head off' is a stance (as "
        "events-dev29's 'plan'), 'before they take effect' a future state. 'On inauguration day, federal agency heads "
        "were sent a memo' is agentless (undated: no calendar expression), 'a memo stating that they should freeze "
        "all Bush regulations' gives the freezing (should) reported by the memo. 'Peter Orszag followed up with a "
        "Jan. 21 memo' is dated 2009-01-21 by the memo's date, and 'a Jan. 21 memo giving agency heads these "
        "options' is the memo's act (its options are gerunds naming choices, not acts). The last sentence is a link "
        "plea. 'Obama' and 'He' are written 'Barack Obama'."), [
        event("Obama overturns Bush midnight rules", "overturns", "Barack Obama", "overturn",
              "Bush midnight rules on science, health care"),
        event("Controversial rulings enacted in the 11th hour", "examined", "the Obama administration", "examine",
              "Controversial rulings enacted in the 11th hour by the Bush administration"),
        event("Several regulations affecting health care", "overturned", None, "overturn",
              "Several regulations affecting health care and the environment"),
        event("former president George W. Bush enacted", "enacted", "George W. Bush", "enact",
              "several highly controversial policies that affect health care and wildlife", kind=B),
        event("has sidelined or overturned several of them", "sidelined", "Barack Obama", "sideline",
              "several of them"),
        event("has sidelined or overturned several of them", "overturned", "Barack Obama", "overturn",
              "several of them"),
        event("has sidelined or overturned several of them", "reached", "Barack Obama", "reach back",
              "over the years to reverse policies enacted during Bush's first term"),
        event("was sidelined by the Obama administration on Feb. 10", "sidelined", "the Obama administration",
              "sideline", "A Bush administration draft plan to allow oil and gas drilling off the Atlantic and "
              "Pacific coasts", date="2009-02-10"),
        event("who extended the public comment period", "extended", "Ken Salazar", "extend",
              "the public comment period on offshore drilling by six months"),
        event("On Feb. 27, the Obama administration announced", "announced", "the Obama administration", "announce",
              "its intention to reverse the so-called “medical conscience” rule", kind=S, date="2009-02-27"),
        event("Opponents considered the rule", "considered", "Opponents", "consider",
              "the rule a thinly veiled maneuver to limit access to legal abortions, contraceptives, and living will "
              "directives", kind=ST),
        event("Opponents considered the rule", "took", "the so-called “medical conscience” rule", "take effect",
              kind=B),
        event("On March 3, Obama overturned", "overturned", "Barack Obama", "overturn",
              "another 11th hour Bush regulation that weakened the Endangered Species Act and pitted federal agencies "
              "against each other", date="2009-03-03"),
        event("When overturning the regulation", "restoring", "Barack Obama", "restore",
              "the scientific process to its rightful place at the heart of the Endangered Species Act",
              rep="Barack Obama"),
        event("The Obama administration will also move quickly", "move", "the Obama administration", "move",
              "quickly to reverse some older Bush rulings", mod="will"),
        event("On January 30, Obama signed", "signed", "Barack Obama", "sign",
              "an executive order rescinding a 2001 Bush policy change", date="2009-01-30"),
        event("On January 30, Obama signed", "rescinding", "an executive order", "rescind",
              "a 2001 Bush policy change that barred U.S. financial aid to international organizations that provide "
              "or promote abortions"),
        event("First implemented by President Reagan", "implemented", "President Reagan", "implement",
              "the policy", kind=B),
        event("The Obama administration plans to head off", "plans", "the Obama administration", "plan",
              "to head off many of Bush’s midnight hour rules still in the pipeline", kind=ST),
        event("federal agency heads were sent a memo", "sent", None, "send", "federal agency heads"),
        event("federal agency heads were sent a memo", "freeze", "federal agency heads", "freeze",
              "all Bush regulations in the pipeline", mod="should", rep="a memo"),
        event("Peter Orszag followed up", "followed", "Peter Orszag", "follow up", "with a Jan. 21 memo", kind=S,
              date="2009-01-21"),
        event("Peter Orszag followed up", "giving", "a Jan. 21 memo", "give",
              "agency heads these options for dealing with Bush-era rules", kind=S),
    ]),
    "ecb_36_9.txt": (doc(
        "usatoday30.usatoday.com, no publication date in the manifest (the line 'Updated 12 / 2 / 2010 1:31 AM' is "
        "furniture the corpus writer's date reader does not take, so 'Wednesday', 'Tuesday', 'Nov. 23', 'Jan. 24' "
        "and 'In July' stay undated and only 'in 2007' is given): the polygamist sect leader Warren Jeffs extradited "
        "to Texas and arraigned on sex charges (crime and courts)",
        "The headline 'Warren Jeffs arraigned in Texas on sex charges' is listed, agentless; 'where he was arraigned "
        "Wednesday' is listed too (the body's first telling; a headline is a sentence of its own, as "
        "ewt-events-dev's arrest told in both), 'to face trial' a purpose. 'who was indicted more than two years "
        "ago' is a relative inside Strickland's said (reported by him, pud49dev's rule); 'wearing glasses ...' "
        "describes. 'was not asked to enter a plea' is negated and agentless; 'spoke only to tell he judge that he "
        "needed more time to find a lawyer' is one speech act, listed by its main verb 'speak' (its clause a state; "
        "'he judge' is the text's slip). 'Prosecutors plan to try the charges separately' is a stance (plan), 'with "
        "the first trial scheduled to begin Jan. 24' an agentless scheduling (as events-dev6's 'Sentencing is "
        "scheduled for February 4'). 'The charges stem from the 2008 raid' relates (not listed); 'where authorities "
        "seized more than 400 children and placed them in state custody' tells two acts (undated: the year is the "
        "noun 'raid''s, as ewt-events-dev's 'last month's deadly bomb blasts'), and 'on suspicion that the girls were "
        "being sexually abused and the boys were being raised to be sexual predators' gives the two suspected acts "
        "reported by the authorities (a noun's content, as events-dev6's 'after revelations'). 'who see Jeffs as "
        "their spiritual leader' is a stance held (not listed); 'Jeffs was in the same courtroom' a copula, 'where "
        "several members of his church were convicted' a relative that tells an act. 'He was brought to Texas a day "
        "earlier from Utah' tells the extradition in a main clause again (listed), 'stemming from' describes. 'A "
        "phone message left with Jeffs' attorneys in Utah was not returned' is negated and agentless (as "
        "events-dev29's 'did not respond'; 'left' describes the message). 'declined immediate comment' is a speech "
        "act (as events-dev7's 'declined to comment'). 'Jeffs is being held without bond' and 'Jeffs had been held at "
        "the Utah State Prison since his arrest' are states of custody (not listed). 'Strickland called the jail "
        "choice an issue of \"security.\"' is a speech act (as ewt-events-dev's 'called the refugee issue \"very "
        "important\"'); 'He did not elaborate' is negated, 'but noted that prosecutors were not approaching the case "
        "differently' gives its negated content reported by Strickland. 'Steve Gehrke said Wednesday that prison "
        "officials transported Jeffs ... Tuesday and turned him over to Texas law enforcement' gives two acts "
        "reported by Gehrke (undated). 'went to Utah to pick up Jeffs' lists the going ('to pick up' a purpose) and "
        "'flew with him back to Texas'. 'had opposed the extradition, arguing that "
        "sending Jeffs to Texas ... would deny him the right to a speedy trial' gives the opposing, the arguing (as "
        "events-dev35's 'arguing that') and its conditional content (would, as events-val's 'executing Fields would "
        "not bring her daughter back'). 'ruled Nov. 23 that it would not block the transfer' gives the ruling and its "
        "negated content (would, reported by the court, as events-dev37's 'announced he will not seek'). 'the Utah "
        "Supreme overturned the 2007 convictions' is the text's slip for the Utah Supreme Court; 'have yet to "
        "decide' is negated (as pud49dev's 'have yet to decide'), 'Prosecutors there' written 'Prosecutors in "
        "Utah' ('there' resolved, as a pronoun is). 'Strickland' and 'He' are written 'Jerry Strickland',"
        " 'Jeffs', 'He' and 'the ecclesiastical head of the Fundamentalist Church ...' 'Warren Jeffs'."), [
        event("Warren Jeffs arraigned in Texas", "arraigned", None, "arraign", "Warren Jeffs"),
        event("Warren Jeffs was quietly extradited", "extradited", None, "extradite", "Warren Jeffs"),
        event("Warren Jeffs was quietly extradited", "arraigned", None, "arraign", "Warren Jeffs"),
        event("who was indicted more than two years ago", "indicted", None, "indict", "Warren Jeffs",
              rep="Jerry Strickland", kind=B),
        event("who was indicted more than two years ago", "appeared", "Warren Jeffs", "appear",
              "during a brief hearing in San Angelo", rep="Jerry Strickland"),
        event("was not asked to enter a plea", "asked", None, "ask", "Warren Jeffs", neg=True,
              rep="Jerry Strickland", kind=S),
        event("was not asked to enter a plea", "spoke", "Warren Jeffs", "speak", rep="Jerry Strickland", kind=S),
        event("Texas authorities have charged", "charged", "Texas authorities", "charge",
              "the ecclesiastical head of the Fundamentalist Church of Jesus Christ of Latter Day Saints"),
        event("Prosecutors plan to try the charges", "plan", "Prosecutors", "plan", "to try the charges separately",
              kind=ST),
        event("Prosecutors plan to try the charges", "scheduled", None, "schedule", "the first trial"),
        event("where authorities seized more than 400 children", "seized", "authorities", "seize",
              "more than 400 children", kind=B),
        event("where authorities seized more than 400 children", "placed", "authorities", "place",
              "them in state custody", kind=B),
        event("where authorities seized more than 400 children", "abused", None, "abuse", "the girls",
              rep="authorities", kind=B),
        event("where authorities seized more than 400 children", "raised", None, "raise", "the boys",
              rep="authorities", kind=B),
        event("Most of the children were eventually returned", "returned", None, "return", "Most of the children",
              kind=B),
        event("Most of the children were eventually returned", "charged", None, "charge",
              "several men in the sect who see Jeffs as their spiritual leader", kind=B),
        event("where several members of his church were convicted", "convicted", None, "convict",
              "several members of his church", kind=B),
        event("He was brought to Texas a day earlier", "brought", None, "bring", "Warren Jeffs"),
        event("He was brought to Texas a day earlier", "convicted", None, "convict", "Warren Jeffs", kind=B),
        event("That conviction was overturned in 2007", "overturned", None, "overturn", "That conviction", kind=B,
              date="2007"),
        event("A phone message left with Jeffs", "returned", None, "return",
              "A phone message left with Jeffs' attorneys in Utah", neg=True),
        event("Willie Jessop, a spokesman", "declined", "Willie Jessop", "decline", "immediate comment", kind=S),
        event("District Judge Barbara Walther read", "read", "Barbara Walther", "read", "Jeffs the indictment",
              kind=S),
        event("District Judge Barbara Walther read", "asked", "Barbara Walther", "ask",
              "if he understood the charges", kind=S),
        event("He declined to sign a scheduling order", "declined", "Warren Jeffs", "decline",
              "to sign a scheduling order that laid out the dates of his court appearances", rep="Jerry Strickland"),
        event("Strickland called the jail choice", "called", "Jerry Strickland", "call",
              "the jail choice an issue of \"security.\"", kind=S),
        event("He did not elaborate", "elaborate", "Jerry Strickland", "elaborate", neg=True, kind=S),
        event("He did not elaborate", "approaching", "prosecutors", "approach", "the case", neg=True,
              rep="Jerry Strickland"),
        event("Steve Gehrke said Wednesday", "transported", "prison officials", "transport",
              "Jeffs to the Salt Lake City airport", rep="Steve Gehrke"),
        event("Steve Gehrke said Wednesday", "turned", "prison officials", "turn over", "him to Texas law enforcement",
              rep="Steve Gehrke"),
        event("A Texas Ranger and an officer", "went", "A Texas Ranger and an officer from the Attorney General's "
              "Office", "go", "to Utah", rep="Jerry Strickland"),
        event("A Texas Ranger and an officer", "flew", "A Texas Ranger and an officer from the Attorney General's "
              "Office", "fly", "with him back to Texas", rep="Jerry Strickland"),
        event("defense attorneys in Utah had opposed", "opposed", "Jeffs' defense attorneys in Utah", "oppose",
              "the extradition", kind=B),
        event("defense attorneys in Utah had opposed", "arguing", "Jeffs' defense attorneys in Utah", "argue",
              "that sending Jeffs to Texas before a long-running criminal case in Utah was resolved would deny him the "
              "right to a speedy trial", kind=S),
        event("defense attorneys in Utah had opposed", "deny",
              "sending Jeffs to Texas before a long-running criminal case in Utah was resolved", "deny",
              "him the right to a speedy trial", mod="would", rep="Jeffs' defense attorneys in Utah"),
        event("But the Utah Supreme Court ruled", "ruled", "the Utah Supreme Court", "rule",
              "that it would not block the transfer", kind=S),
        event("But the Utah Supreme Court ruled", "block", "the Utah Supreme Court", "block", "the transfer",
              neg=True, mod="would", rep="the Utah Supreme Court"),
        event("In July, the Utah Supreme overturned", "overturned", "the Utah Supreme Court", "overturn",
              "the 2007 convictions", kind=B),
        event("Prosecutors there have yet to decide", "decide", "Prosecutors in Utah", "decide",
              "whether they'll retry Jeffs", neg=True),
    ]),
    "ecb_22_10.txt": (doc(
        "nbcphiladelphia.com, Monday 2012-09-10: the murder trial of Yvonne Hiller, the suspended Kraft Foods "
        "employee accused of shooting three co-workers in 2010, begins (crime and courts)",
        "The headline 'Trial Begins for Kraft Shooting Suspect' is listed (undated); the sub-headline 'The murder "
        "trial ... starts Monday' is listed, dated 2012-09-10 (the Monday on or before the date), and the body's "
        "'The murder trial ... starts Monday' again in a main clause (listed again, as events-dev29's 'erupted'). "
        "'who allegedly shot and killed two co-workers two years ago' tells two acts dated 2010 ('two years ago' by "
        "its year, as events-dev25's 'began acting in theater 20 years ago'; an unattributed 'allegedly' gives no "
        "reporter); 'Monday, Sep 10, 2012 | Updated ...' is furniture. 'the suspended Kraft foods employee accused "
        "of shooting three co-workers, killing two of them' lists the accusation (agentless, as events-dev3's 'is "
        "accused of'), the shooting told again in it not listed again. 'is charged with murder' and 'is also charged "
        "with attempted murder' are agentless and undated ('in September 2010' is the noun 'the shooting deaths''s); "
        "'for allegedly shooting and injuring a third co-worker' tells two acts. 'Police say that the shootings "
        "happened minutes after Hiller was suspended from her job' gives the happening and the suspension reported "
        "by the police ('following an altercation' a noun); 'They say she forced her way through security at "
        "gunpoint, walked into the employee lounge ... and shot them' gives three acts reported by the police "
        "('where the three victims were' a state; the shooting told again in a main clause is listed again). The "
        "suspended female employee, 'Hiller' and 'she' are written 'Yvonne Hiller'."), [
        event("Trial Begins for Kraft Shooting Suspect", "Begins", "Trial", "begin"),
        event("The murder trial of a suspended female employee", "starts",
              "The murder trial of a suspended female employee", "start", date="2012-09-10"),
        event("The murder trial of a suspended female employee", "shot", "Yvonne Hiller", "shoot", "two co-workers",
              kind=B, date="2010"),
        event("The murder trial of a suspended female employee", "killed", "Yvonne Hiller", "kill", "two co-workers",
              kind=B, date="2010"),
        event("The murder trial for the suspended Kraft foods employee", "starts",
              "The murder trial for the suspended Kraft foods employee", "start", date="2012-09-10"),
        event("The murder trial for the suspended Kraft foods employee", "accused", None, "accuse", "Yvonne Hiller",
              kind=S),
        event("Yvonne Hiller, 43, is charged with murder", "charged", None, "charge", "Yvonne Hiller"),
        event("Hiller is also charged with attempted murder", "charged", None, "charge", "Yvonne Hiller"),
        event("Hiller is also charged with attempted murder", "shooting", "Yvonne Hiller", "shoot",
              "a third co-worker", kind=B),
        event("Hiller is also charged with attempted murder", "injuring", "Yvonne Hiller", "injure",
              "a third co-worker", kind=B),
        event("Police say that the shootings happened", "happened", "the shootings", "happen", rep="Police", kind=B),
        event("Police say that the shootings happened", "suspended", None, "suspend", "Yvonne Hiller", rep="Police",
              kind=B),
        event("They say she forced her way", "forced", "Yvonne Hiller", "force", "her way through security",
              rep="Police", kind=B),
        event("They say she forced her way", "walked", "Yvonne Hiller", "walk", "into the employee lounge",
              rep="Police", kind=B),
        event("They say she forced her way", "shot", "Yvonne Hiller", "shoot", "them", rep="Police", kind=B),
    ]),
}


def main() -> int:
    from gold_writer import write_event_gold

    rows = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    expected = [row.split("\t")[0] for row in rows if row.split("\t")[-1] == "dev2"]
    assert list(DOCS) == expected, sorted(set(DOCS) ^ set(expected))
    total = write_event_gold(NAME, DOCS, script=SCRIPT, corpus=CORPUS, outlet=None)
    print(len(DOCS), "documents,", total, "events")
    return total


if __name__ == "__main__":
    main()
