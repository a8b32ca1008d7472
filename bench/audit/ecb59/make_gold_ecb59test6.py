"""Round ecb59test6: a blind, HELD-OUT event gold on real news of other publishers (the ``test6`` half of the ECB+
articles in ``bench/audit/ecb59/corpus``, ten articles of ten outlets of 2004-2013), written to
``tests/data/gold/ecb-events-test6``.

The annotations below were made by reading every sentence of the ten articles before any toolkit extraction was run
on them, in the conventions of the event golds (``tests/data/gold/README.md``, ``bench/audit/blind48/README.md``,
``bench/audit/pud49/README-pud49dev.md`` and the ``about`` fields of the earlier ECB+ golds, ecb-events-dev to -dev9
and -test to -test5, whose articles on the same stories are the nearest precedents); the calls are in each article's
``about``. Offsets and checks come from ``bench/audit/gold_writer.py``:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/ecb59/make_gold_ecb59test6.py

The articles are CC BY 3.0 (ECB+, Cybulska and Vossen 2014); see the gold's ``texts/NOTICE``. This gold is held
out: no rule is made on it and its error rows are not read.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "ecb-events-test6"
SCRIPT = "bench/audit/ecb59/make_gold_ecb59test6.py"
CORPUS = ROOT / "bench" / "audit" / "ecb59" / "corpus"

# Said once here, as rounds ecb53 to ecb58: an article's date is its manifest row's (the date it prints, else none:
# published null). An event is dated where its own clause names a date expression, resolved from the publication
# date (a past weekday to the one before or on it, a scheduled one to the one after, a week by its Monday); a
# participle after a dated clause shares its date; with no publication date, only a full date, a month with its year
# or a year by itself dates. A headline is a sentence of its own, listed when it tells an act; datelines, time lines
# and 'Posted' lines are furniture. Everything inside quotation marks (not a title or a term), and the verb that only
# introduces it, is not listed; a said-like verb is not listed itself, its clause's act is, reported by the speaker;
# a said-like verb whose clause holds only a state is not listed (pud49dev); states, figures, opinions, guesses,
# generalities, conditionals, purposes and abilities are no events; an act told again in a main clause is listed
# again, in a subordinate clause not. People are written by the fullest name the article gives. Speech acts keep kind
# 'speech act' in an article's back story (ecb56test3); other past acts of the back story are background.
COMMON = ("ECB+ news article (CC BY 3.0); dated where the event's own clause names a date expression, resolved from "
          "the publication date; quotations, states, figures, opinions and furniture are not listed.")


def doc(summary: str, calls: str = "") -> str:
    return f"{summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"
CKS, KF = "Christopher Kenyon Simpson", "Ka'Loni Marie Flynn"
FL, GH = "Fred LaRue", "Gary Hargrove"
LL = "Lindsay Lohan"
GR, THR = "Gary Ross", "The Hollywood Reporter"
DM = "Doug McDermott"
RC, VS, RBR = "Raj Chohan", "Vishwanand Subryan", "Richard Brown"
JW = "Jamal Williams"
JO, LW, VC = "Jerry Ortiz", "Larry Waldie", "Vanette Christiansen"
FM = "Four men"

DOCS = {
    "ecb_45_3.txt": (doc(
        "newsok.com, Thursday 2013-01-03: Christopher Kenyon Simpson pleads not guilty to murdering his pregnant "
        "girlfriend Ka'Loni Marie Flynn (US courts, crime)",
        "The story is ecb52dev's ecb_45_7, ecb53dev4's ecb_45_12, ecb54dev6's ecb_45_2, ecb56dev9's ecb_45_4 and "
        "ecb58test5's ecb_45_11; their calls are followed (its lines 11-13 tell what ecb_45_2's do, in nearly the same "
        "words). 'Published: January 3, 2013' is furniture. The headline's 'pleads not guilty' and the lead's 'has "
        "pleaded not guilty' are each listed ('Oklahoma man', 'An Oklahoma man' written 'Christopher Kenyon Simpson', "
        "named next; 'not guilty' the plea, not a negation; what the charges are for not listed). 'Trial is set for "
        "June 17' has no verb of an act (a schedule, as ecb58test5's 'Formal sentencing is set for'); 'who is accused "
        "of fatally shooting' lists the agentless accusation and the shooting (as ecb54dev6). 'A local newspaper "
        "reports that Simpson has been held without bond' is a said-like verb whose content is a state of custody "
        "(session 57's 'being held'; not listed), 'since his arrest on June 21' a noun. 'Flynn's body was found ... on "
        "April 9' is agentless background, 2012-04-09 (the April 9 before the publication). 'Prosecutors allege "
        "Simpson shot Flynn after she told him she was pregnant' lists the allegation and its two acts reported by the "
        "prosecutors (ecb54dev6). 'Lawyers for Simpson don't want prosecutors to be able to use phone records' is the "
        "defence's stance, negated (as ecb-events-test's 'wanted'); 'that allegedly place Simpson in the area' is what "
        "the records show (a state), 'on grounds that authorities obtained them without a warrant' the obtaining, "
        "reported by the lawyers (background)"), [
        event("Oklahoma man pleads not guilty", "pleads", CKS, "plead", "not guilty"),
        event("An Oklahoma man has pleaded not guilty", "pleaded", CKS, "plead",
              "not guilty to two first-degree murder charges"),
        event("Trial is set for June 17", "accused", None, "accuse", CKS, kind=S),
        event("Trial is set for June 17", "shooting", CKS, "shoot", KF, kind=B),
        event("Flynn's body was found", "found", None, "find", "Ka'Loni Marie Flynn's body", kind=B,
              date="2012-04-09"),
        event("Prosecutors allege Simpson shot", "allege", "Prosecutors", "allege",
              "Simpson shot Flynn after she told him she was pregnant", kind=S),
        event("Prosecutors allege Simpson shot", "shot", CKS, "shoot", KF, rep="Prosecutors", kind=B),
        event("Prosecutors allege Simpson shot", "told", KF, "tell", CKS, rep="Prosecutors", kind=S),
        event("Lawyers for Simpson don't want", "want", "Lawyers for Simpson", "want",
              "prosecutors to be able to use phone records that allegedly place Simpson in the area of the slaying",
              neg=True, kind=ST),
        event("Lawyers for Simpson don't want", "obtained", "authorities", "obtain", "the phone records",
              rep="Lawyers for Simpson", kind=B),
    ]),
    "ecb_28_4.txt": (doc(
        "sptimes.com, Wednesday 2004-07-28: Fred LaRue, the Watergate 'bagman', is found dead in a Biloxi hotel room "
        "(US politics, an obituary)",
        "The death is ecb52test2's ecb_28_1, ecb54dev5's ecb_28_12 and ecb56test3's ecb_28_7 (whose sentences this "
        "article shares nearly word for word); their calls are followed, ecb56test3's where the two differ. 'Published "
        "July 28, 2004' is furniture. The headline's 'dies' and the lead's 'has died of natural causes' are listed "
        "(undated); 'who once was rumored to be Deep Throat' and 'He was 75' are states. 'His body was discovered "
        "Tuesday by a maid' is turned back (2004-07-27, reported by Gary Hargrove), its relative 'who entered his hotel "
        "room' an act (undated). 'The coroner said he believes Mr. LaRue died Saturday (July 24, 2004)' lists the "
        "death reported by the coroner (2004-07-24), the belief being his dating (ecb56test3). 'was known as the "
        "\"bagman\"' is a naming, its relative 'who delivered payoffs' an act (background); 'served 41 / 2 months in "
        "federal prison' a prison term, 'served as special assistant' and 'who later headed' tenures, 'was at a 1972 "
        "meeting' a copula; 'where the plan ... allegedly was hatched' an agentless act (background, 1972, as "
        "ecb56test3; an unattributed 'allegedly' gives no reporter). 'After his political career ended in scandal' "
        "tells an act (background), 'returned to his home state' is listed, 'to work in his family's business' a "
        "purpose. 'discounted rumors' is a speech act, 'saying the mysterious source ... was not one person' a said "
        "with a copula (not listed)"), [
        event("Watergate figure Fred LaRue dies", "dies", FL, "die"),
        event("Fred LaRue, a Watergate figure", "died", FL, "die"),
        event("His body was discovered Tuesday", "discovered", "a maid", "discover", "Fred LaRue's body", rep=GH,
              date="2004-07-27"),
        event("His body was discovered Tuesday", "entered", "a maid", "enter", "Fred LaRue's hotel room in Biloxi",
              rep=GH),
        event("The coroner said he believes", "died", FL, "die", rep=GH, date="2004-07-24"),
        event("Mr. LaRue was known as the", "delivered", FL, "deliver",
              "payoffs to keep participants in the Watergate breakin quiet", kind=B),
        event("Mr. LaRue was at a 1972 meeting", "hatched", None, "hatch",
              "the plan to break into the Watergate complex", kind=B, date="1972"),
        event("After his political career ended", "ended", "Fred LaRue's political career", "end", "in scandal",
              kind=B),
        event("After his political career ended", "returned", FL, "return", "to his home state of Mississippi",
              kind=B),
        event("Mr. LaRue discounted rumors", "discounted", FL, "discount", "rumors that he was Deep Throat", kind=S),
    ]),
    "ecb_1_16.txt": (doc(
        "thehollywoodgossip.com, Thursday 2013-05-02: Lindsay Lohan checks into a rehab facility in Newport Beach "
        "after bailing on a New York one (celebrity, courts)",
        "The story is ecb55dev7's ecb_1_12, ecb56dev9's ecb_1_10 and ecb57test4's ecb_1_13; their calls are followed. "
        "'May 2, 2013 1:35 pm.' is furniture. The headline's 'Checks Into' and the lead's 'has checked into' are each "
        "listed (verb 'check into', as ecb57test4), 'Investigation of Facility Pending' has no verb. 'will remain "
        "there for the time being' is a state to come, 'pending an investigation' a noun; 'the facility she chose' a "
        "relative that tells an act (listed, background). 'This despite the fact that' introduces the back story: "
        "'Lohan bailed on rehab in a New York facility' and 'flew to L.A.' are listed (background), the relative 'that "
        "was approved by prosecutors and a judge' is turned back (background). No clause names a date"), [
        event("Lindsay Lohan Checks Into Rehab", "Checks", LL, "check into", "Rehab in Newport Beach"),
        event("Lindsay Lohan has checked into rehab", "checked", LL, "check into", "rehab in Newport Beach, Calif."),
        event("Lindsay Lohan has checked into rehab", "chose", LL, "choose", "the facility", kind=B),
        event("This despite the fact that", "bailed", LL, "bail on", "rehab in a New York facility", kind=B),
        event("This despite the fact that", "approved", "prosecutors and a judge", "approve",
              "a New York facility", kind=B),
        event("This despite the fact that", "flew", LL, "fly", "to L.A.", kind=B),
    ]),
    "ecb_6_4.txt": (doc(
        "examiner.com, Monday 2012-04-09: Gary Ross is back in talks with Lionsgate to direct the Hunger Games sequel "
        "Catching Fire (film, a blog)",
        "The story is ecb52test's ecb_6_5, ecb53dev3's ecb_6_8 and ecb55dev7's ecb_6_11; their calls are followed. "
        "'April 9, 2012' is furniture; the headline 'Gary Ross back in talks' has no verb. 'reports last week that "
        "said Gary Ross would definitely not be returning to direct' lists the negated return (would, as "
        "ecb-events-test2's 'stated his country would not retaliate'), reported by 'reports last week' (the said not "
        "listed; 'last week' dates the reports, not the return); 'it seems he will be back at the negotiating table' "
        "is a state to come, hedged (not listed). 'The Hollywood Reporter says Ross is set to meet with Lionsgate "
        "officials on Monday' lists the meeting to come (will, as ecb-events-dev's 'is scheduled to be sentenced'), "
        "reported by The Hollywood Reporter, 'on Monday' = 2012-04-09 (the publication's own Monday, 'this week' in "
        "the lead); 'to resume negotiations' a purpose. 'According to THR, two major sticking points are salary ... "
        "and schedule' is a copula; its '(Ross apparently wants a raise)' a stance reported by THR (as ecb-events-test's "
        "'would like a significant raise'), 'with The Hunger Games set to begin filming in August' a schedule with a "
        "verb of an act (listed as the aspect verb with its complement, will, 2012-08, reported by THR). Line 11 "
        "(a purpose and 'holds priority'), 'is also under pressure to meet' and 'a previously announced ... release "
        "date' (a participle modifier) are states; 'were outspoken ... in their disappointment' a copula. 'Some "
        "launched the \"Gary Ross Is Boss\" campaign' is listed (the campaign's name a title; 'to show support' a "
        "purpose), 'a petition has been circulating Twitter' an act under way (listed), 'it will be the top "
        "discussion subject' a copula. The question and 'Sound off in the comments below!' are the blog's page "
        "furniture"), [
        event("Despite reports last week", "returning", GR, "return",
              "to direct The Hunger Games sequel, Catching Fire", neg=True, mod="would", rep="reports last week"),
        event("The Hollywood Reporter says Ross", "meet", GR, "meet", "with Lionsgate officials", mod="will",
              rep=THR, date="2012-04-09"),
        event("According to THR, two major", "wants", GR, "want", "a raise", rep="THR", kind=ST),
        event("According to THR, two major", "begin", "The Hunger Games", "begin", "filming", mod="will",
              rep="THR", date="2012-08"),
        event("Some launched the", "launched", "Some", "launch", "the \"Gary Ross Is Boss\" campaign"),
        event("Some launched the", "circulating", "a petition", "circulate", "Twitter"),
    ]),
    "ecb_31_1.txt": (doc(
        "sports.omaha.com, Friday 2013-03-08: Doug McDermott becomes Creighton's all-time leading scorer in the "
        "Missouri Valley tournament opener (college basketball)",
        "The story is ecb52dev's ecb_31_9, ecb53dev4's ecb_31_8, ecb54dev5's ecb_31_4 and ecb57test4's ecb_31_7; their "
        "calls are followed. 'PUBLISHED FRIDAY, MARCH 8, 2013 ...' is furniture. The headline's 'becomes' is listed. "
        "'scored his 11th point of the Bluejays' Valley tournament opener' is a stat line (a figure, as ecb52dev's "
        "'had five points'); 'passed Rodney Buford' is listed (ecb52dev's 'passing Rodney Buford's career mark') and "
        "'to become the school's all-time scoring leader' a result infinitive (listed, as blind48's 'to become'), "
        "undated (no clause names a day: 'opener' is a noun). 'ended the game with 2,129 points' is a figure. 'passed "
        "Bob Harstad' is listed; 'the next six helped him overtake Buford' tells Buford's passing again in the main "
        "clause, written as McDermott's (the points' help a figure of speech, as ecb52dev's 'It gave him ...': row "
        "'overtake', subject Doug McDermott). 'It took Buford and Harstad four seasons' and 'has notched his in 105 "
        "games' are figures. 'McDermott', 'him' are written 'Doug McDermott', 'Buford' 'Rodney Buford'"), [
        event("McDermott becomes CU", "becomes", DM, "become", "CU's all-time scoring leader"),
        event("With a first-half free throw", "passed", DM, "pass", "Rodney Buford"),
        event("With a first-half free throw", "become", DM, "become", "the school's all-time scoring leader"),
        event("With his first five points", "passed", DM, "pass", "Bob Harstad"),
        event("With his first five points", "overtake", DM, "overtake", "Rodney Buford"),
    ]),
    "ecb_21_12.txt": (doc(
        "theforumnewsgroup.com (no date in the manifest: the headline runs into 'SEPTEMBER 19, 2013', which the "
        "corpus's date rule does not read): a drunk driver kills a grandmother, Raj Chohan, in a hit-and-run in "
        "Richmond Hill, Queens, and two more pedestrians are killed in the city that weekend (crime)",
        "The story is ecb52test's ecb_21_3; its calls are followed. published is null, so nothing is dated ('last "
        "Friday', 'Sept. 15', 'Oct. 2', 'Friday night', 'Sunday morning' name no year). The headline's 'KILLED BY DRUNK "
        "DRIVER' is turned back, reported by the DA ('QUEENS DA SAYS'); 'GRANDMOTHER' and 'A 59-year-old grandmother' "
        "are written 'Raj Chohan' (named next), the driver as each clause of the DA's calls him ('a drunk driver', "
        "'an allegedly drunk driver'), as ecb52test. Line 3 lists the hitting and the killing (turned back), the "
        "relative 'who fled the scene' and 'that left her family and friends devastated' (as ecb54dev6's 'left 14 "
        "others trapped'), all reported by Richard Brown. Line 5's 'was walking towards a Sikh temple' is listed (a "
        "progressive act, ecb52test), reported by the police; 'when Vishwanand Subryan ... allegedly mowed into the "
        "older woman' tells the hit again in a subordinate clause (not listed again, as ecb52test's 'when she was "
        "struck'); 'who lived in South Ozone Park' and 'who leaves behind a husband' are states. 'rushed to her side "
        "and brought her to Jamaica Hospital' and 'where Chohan ... died later that night' (a relative that tells an "
        "act, ecb52test) are reported by the police. 'has been charged with ...' is agentless, reported by the DA (the "
        "offences named by gerunds not listed). Brown's two quotations are not listed. 'Arraigned on Sept. 15' is a "
        "participle that tells an agentless act (as ecb58test5's 'arrested Jan. 6'), 'was ordered held on $200,000 "
        "bail' is listed, 'is expected to return' an expectation (not listed). Line 17 ('According to the criminal "
        "charges'): 'were stationed' a state, 'heard a loud bang' and 'saw fluorescent garments fly' perceptions "
        "(listed with the perceived act, as ecb54dev6's 'heard ... saw ... a white aircraft flying'), reported by "
        "the criminal charges. Line 19: the time clause 'When the officers turned around' tells an act of its own "
        "(listed), 'allegedly saw Subryan speed past them' the seeing and the speeding (an unattributed 'allegedly' "
        "gives no reporter). 'ran a stop sign and red light' and 'when police began to pursue him' (the aspect verb "
        "with its complement) are reported by the DA; 'When cops stopped the car' tells an act (listed), 'police "
        "allegedly observed Subryan to have bloodshot watery eyes' is the observing (an act of police, reported by "
        "Brown), 'smelled of alcohol' and 'was allegedly swaying and unsteady' states; 'when he got out of his car' an "
        "act (reported by the NYPD), 'which police wrote had a dented hood' a said with a state and 'police "
        "documented that he allegedly had a blood alcohol content' a said with a figure (not listed). 'The driver was "
        "taken to the 112th Precinct' is agentless ('The driver' written 'Vishwanand Subryan'). 'A civilian witness "
        "... told police that they saw a car speed by and then saw Chohan ... laying in the street' lists the two "
        "seeings and the car's speeding, reported by the witness (the 'told' only introduces them), its relative 'who "
        "... went into cardiac arrest' an act (reported by the witness, pud49dev), 'was wearing bright yellow "
        "clothing' and 'laying in the street' states. 'Video surveillance ... showed the vehicle striking Chohan, "
        "causing her to become airborne' is what a recording shows (not listed, as ecb52test's and ecb58test5's 'The "
        "video shows'). 'The tragic event was one of three accidents' is a copula. The other two accidents: 'A female "
        "pedestrian was struck and killed by a motorist' turned back and 'when she was crossing Queens Plaza North' "
        "(a progressive act), reported by the police; 'was pronounced dead' agentless (as ecb-events-test2's "
        "'pronounced dead by paramedics'); 'Maria Dulce-Valencia ... was also killed' (reported by the police) and "
        "'She was hit around 5 a.m. Sunday morning' (a main clause, listed) agentless"), [
        event("GRANDMOTHER KILLED BY DRUNK DRIVER", "KILLED", "a drunk driver", "kill", RC, rep=RBR),
        event("A 59-year-old grandmother on her way", "hit", "an allegedly drunk driver", "hit", RC, rep=RBR),
        event("A 59-year-old grandmother on her way", "killed", "an allegedly drunk driver", "kill", RC, rep=RBR),
        event("A 59-year-old grandmother on her way", "fled", "an allegedly drunk driver", "flee",
              "the scene of the accident", rep=RBR),
        event("A 59-year-old grandmother on her way", "left", "the accident", "leave",
              "her family and friends devastated", rep=RBR),
        event("Raj Chohan, who lived in South Ozone Park", "walking", RC, "walk", "towards a Sikh temple",
              rep="police"),
        event("Emergency workers rushed to her side", "rushed", "Emergency workers", "rush", "to her side",
              rep="police"),
        event("Emergency workers rushed to her side", "brought", "Emergency workers", "bring",
              "Raj Chohan to Jamaica Hospital Medical Center", rep="police"),
        event("Emergency workers rushed to her side", "died", RC, "die", rep="police"),
        event("Subryan has been charged", "charged", None, "charge", VS, rep=RBR),
        event("Arraigned on Sept. 15", "Arraigned", None, "arraign", VS),
        event("Arraigned on Sept. 15", "ordered", None, "order", "Vishwanand Subryan held on $200,000 bail"),
        event("two police officers from the 102nd", "heard", "two police officers from the 102nd Precinct", "hear",
              "a loud bang behind them", rep="the criminal charges"),
        event("two police officers from the 102nd", "saw", "one of the officers", "see",
              "fluorescent garments fly in the air", rep="the criminal charges"),
        event("two police officers from the 102nd", "fly", "fluorescent garments", "fly", "in the air",
              rep="the criminal charges"),
        event("When the officers turned around", "turned", "the officers", "turn around"),
        event("When the officers turned around", "saw", "the officers", "see", "Vishwanand Subryan speed past them"),
        event("When the officers turned around", "speed", VS, "speed", "past them"),
        event("He then allegedly ran a stop sign", "ran", VS, "run", "a stop sign and red light", rep=RBR),
        event("He then allegedly ran a stop sign", "began", "police", "begin", "to pursue him", rep=RBR),
        event("When cops stopped the car", "stopped", "cops", "stop", "the car", rep=RBR),
        event("When cops stopped the car", "observed", "police", "observe",
              "Subryan to have bloodshot watery eyes and slurred speech", rep=RBR),
        event("Additionally, he was allegedly swaying", "got", VS, "get out", "of his car", rep="the NYPD"),
        event("The driver was taken to the 112th", "taken", None, "take", "Vishwanand Subryan to the 112th Precinct"),
        event("A civilian witness at the scene", "saw", "A civilian witness at the scene", "see", "a car speed by",
              rep="A civilian witness at the scene"),
        event("A civilian witness at the scene", "speed", "a car", "speed by", None,
              rep="A civilian witness at the scene"),
        event("A civilian witness at the scene", "saw", "A civilian witness at the scene", "see",
              "Raj Chohan laying in the street", rep="A civilian witness at the scene", nth=2),
        event("A civilian witness at the scene", "went", RC, "go into", "cardiac arrest",
              rep="A civilian witness at the scene"),
        event("A female pedestrian was struck", "struck", "a motorist", "strike", "A female pedestrian",
              rep="police"),
        event("A female pedestrian was struck", "killed", "a motorist", "kill", "A female pedestrian", rep="police"),
        event("A female pedestrian was struck", "crossing", "A female pedestrian", "cross",
              "Queens Plaza North near 27th Street", rep="police"),
        event("The unidentified woman was pronounced", "pronounced", None, "pronounce", "The unidentified woman"),
        event("Maria Dulce-Valencia, 27", "killed", None, "kill", "Maria Dulce-Valencia", rep="police"),
        event("She was hit around 5 a.m.", "hit", None, "hit", "Maria Dulce-Valencia"),
    ]),
    "ecb_37_2.txt": (doc(
        "presstv.com, Tuesday 2013-07-02: a 6.1-magnitude earthquake strikes Aceh province in Indonesia, killing at "
        "least three people (a disaster)",
        "The quake is ecb52dev's ecb_37_11, ecb54dev6's ecb_37_10 and ecb56test3's ecb_37_8; their calls are "
        "followed. 'Tue Jul 2, 2013 1: 28PM GMT' is furniture. The headline's 'strikes' and the lead's 'strikes' with "
        "its participles 'killing' and 'injuring' are listed (undated: no clause names a day). 'According to the US "
        "Geological Survey, the quake hit at a depth of 10 kilometers' tells the strike again in a main clause "
        "(listed again, reported by the USGS; no object); 'The epicenter was situated' is a copula. 'Eyewitnesses and "
        "local residents say many homes and properties have collapsed or been damaged' lists the collapse and the "
        "agentless damage, reported by them. Bensu Elianita's quotations and their 'said', 'adding' are not listed. "
        "Background: 'On April 20' = 2013-04-20 dates 'jolted' and its coordinated 'caused no casualties or material "
        "damage' (negated by its object, as ecb58test5's 'caused no casualties'); 'On April 6' = 2013-04-06 "
        "'struck' ('measuring 7.2' a figure); line 19 is a standing fact; 'Last year' = 2012 dates 'rocked' and its "
        "participle 'killing'; 'in May 2012' = 2012-05 'hit off the city of Banda Aceh' and its participle "
        "'triggering'; 'in 2004' dates the triggering and its relative's killing (as ecb54dev6's 'In 2004')"), [
        event("6.1-magnitude quake strikes", "strikes", "6.1-magnitude quake", "strike", "Indonesia's Aceh province"),
        event("A powerful 6.1-magnitude earthquake strikes", "strikes", "A powerful 6.1-magnitude earthquake",
              "strike", "the northern Indonesian province of Aceh"),
        event("A powerful 6.1-magnitude earthquake strikes", "killing", "A powerful 6.1-magnitude earthquake",
              "kill", "at least three people"),
        event("A powerful 6.1-magnitude earthquake strikes", "injuring", "A powerful 6.1-magnitude earthquake",
              "injure", "dozens more across the affected region"),
        event("According to the US Geological Survey", "hit", "the quake", "hit", rep="the US Geological Survey"),
        event("Eyewitnesses and local residents say", "collapsed", "many homes and properties", "collapse",
              rep="Eyewitnesses and local residents"),
        event("Eyewitnesses and local residents say", "damaged", None, "damage", "many homes and properties",
              rep="Eyewitnesses and local residents"),
        event("On April 20, a 6.4-magnitude", "jolted", "a 6.4-magnitude earthquake", "jolt", "Indonesia's Maluku",
              kind=B, date="2013-04-20"),
        event("On April 20, a 6.4-magnitude", "caused", "a 6.4-magnitude earthquake", "cause",
              "no casualties or material damage", neg=True, kind=B, date="2013-04-20"),
        event("On April 6, an earthquake measuring", "struck", "an earthquake measuring 7.2 on the Richter scale",
              "strike", "eastern Indonesia's mountainous West Papua province", kind=B, date="2013-04-06"),
        event("Last year, a 6.4-magnitude quake", "rocked", "a 6.4-magnitude quake", "rock",
              "the west coast of Sumatra Island", kind=B, date="2012"),
        event("Last year, a 6.4-magnitude quake", "killing", "a 6.4-magnitude quake", "kill", "at least one person",
              kind=B, date="2012"),
        event("An 8.7-magnitude earthquake also hit", "hit", "An 8.7-magnitude earthquake", "hit",
              "off the city of Banda Aceh in Sumatra Island", kind=B, date="2012-05"),
        event("An 8.7-magnitude earthquake also hit", "triggering", "An 8.7-magnitude earthquake", "trigger",
              "regional tsunami alerts", kind=B, date="2012-05"),
        event("A strong quake off the shores", "triggered", "A strong quake off the shores of Indonesia", "trigger",
              "a tsunami", kind=B, date="2004"),
        event("A strong quake off the shores", "killed", "a tsunami", "kill",
              "230,000 people in 13 countries around the Indian Ocean", kind=B, date="2004"),
    ]),
    "ecb_35_11.txt": (doc(
        "duianswer.com (a DUI lawyers' blog), Sunday 2009-02-01: the San Diego Chargers' defensive tackle Jamal "
        "Williams is arrested on suspicion of drunk driving, a month after Vincent Jackson's DUI arrest (sport, crime)",
        "The story is ecb58test5's ecb_35_3; its calls are followed. The headline's 'Faces DUI Charges' is a prospect "
        "(a state, as ecb58test5's 'also facing charges'). 'was arrested ... early morning on Sunday, February 1, "
        "2009' is agentless (2009-02-01); 'He is the second Chargers' player ... to be arrested' a copula; 'was "
        "initially pulled over for speeding' agentless, undated ('for speeding' what it is for). 'He submitted to a "
        "blood-alcohol test' is listed, 'it will take a few weeks' a duration. 'was taken to a county jail' and its "
        "relative 'where he later was released on bail' are agentless acts (undated). 'is an 11-year veteran and "
        "recipient' a copula. 'According to the City Attorney's office, Williams' case had not been submitted as of "
        "Tuesday, February 3, 2009' is a negated agentless act reported by the office, dated by its clause's date "
        "(2009-02-03, a full date later than the manifest's). A.J. Smith's quotations (lines 17-23) and their 'said', "
        "'went on to say' are not listed. 'Vincent Jackson ... was also recently arrested on allegations of DUI' is "
        "agentless background ('on allegations of DUI' what it is for); 'His DUI arrest occurred five days before' "
        "relates two events named by nouns (not listed, as ecb58test5's 'comes ... after'); 'court date is set for' "
        "a schedule; 'When he was arrested' tells the arrest again in a subordinate clause and 'was on probation' is "
        "a state"), [
        event("Jamal Williams, the defensive tackle", "arrested", None, "arrest", JW, date="2009-02-01"),
        event("Williams was initially pulled over", "pulled", None, "pull over", JW),
        event("He submitted to a blood-alcohol test", "submitted", JW, "submit", "to a blood-alcohol test"),
        event("Williams was taken to a county jail", "taken", None, "take", "Jamal Williams to a county jail"),
        event("Williams was taken to a county jail", "released", None, "release", JW),
        event("According to the City Attorney", "submitted", None, "submit", "Jamal Williams' case", neg=True,
              rep="the City Attorney's office", date="2009-02-03"),
        event("Vincent Jackson, the Chargers receiver", "arrested", None, "arrest", "Vincent Jackson", kind=B),
    ]),
    "ecb_16_8.txt": (doc(
        "streetgangs.com, Friday 2005-06-24: Los Angeles County Sheriff's Deputy Jerry Ortiz is shot dead at the door "
        "of a home in Hawaiian Gardens (crime)",
        "The killing ecb52dev's ecb_16_11, ecb53dev4's ecb_16_3, ecb55dev8's ecb_16_6, ecb56test3's ecb_16_1 and "
        "ecb58test5's ecb_16_2 tell; their calls are followed (this report of the day itself names no suspect). 'June "
        "24, 2005' is furniture. The headline's 'Shot and Killed' are two agentless acts ('Sheriff's Deputy', 'A "
        "35-year-old sheriff's deputy', 'The deputy' written 'Jerry Ortiz', named in line 7). 'was killed Friday' = "
        "2005-06-24, reported by the authorities; 'when he knocked on the door of a home' an act of its own (listed, "
        "undated: its own clause names no day), 'and someone shot him in the head' tells the headline's shooting again "
        "in the time clause (not listed again). 'had gone to the home' is listed, reported by Larry Waldie, undated "
        "('Friday night' dates his telling reporters); 'to speak to a woman' a purpose, 'when he was attacked' the "
        "shooting again (not listed). 'Ortiz probably died instantly, Waldie said' lists the death reported by Waldie "
        "(the hedge is on 'instantly'). Waldie's quotation is not listed. 'made plans to return to Southern California "
        "immediately' lists the plan-making ('make', the plans its object), 'who was out of state attending a "
        "convention' a state. 'who was wed about three weeks ago' is an agentless relative that tells an act "
        "(background, reported by Waldie; undated: 'about' three weeks names no calendar week), 'is survived by' and "
        "line 17 states. 'Authorities said they believe they know the identity of the shooter' lists the belief (a "
        "stance, as ecb58test5's 'said he fears'), 'although the person was not immediately taken into custody' a "
        "negated agentless act, reported by the authorities. 'Deputies cordoned off streets ... and were searching "
        "for the suspect Friday night' lists both (the search 2005-06-24, 'Friday night' in its conjunct). 'A "
        "passer-by who found the wounded deputy ... called the Lakewood sheriff's station' lists the finding (a "
        "relative that tells an act) and the call, reported by Vanette Christiansen; 'to report the shooting' a "
        "purpose. Christiansen's quotation is not listed. 'Another deputy fell and suffered a minor injury responding "
        "to the crime scene' lists the fall, the injury and the participle's responding"), [
        event("Sheriff’s Deputy Shot and Killed", "Shot", None, "shoot", JO),
        event("Sheriff’s Deputy Shot and Killed", "Killed", None, "kill", JO),
        event("A 35-year-old sheriff’s deputy", "killed", None, "kill", JO, rep="authorities", date="2005-06-24"),
        event("A 35-year-old sheriff’s deputy", "knocked", JO, "knock", "on the door of a home", rep="authorities"),
        event("Deputy Jerry Ortiz had gone", "gone", JO, "go", "to the home", rep=LW),
        event("Ortiz probably died instantly", "died", JO, "die", rep=LW),
        event("Los Angeles County Sheriff Lee Baca", "made", "Lee Baca", "make",
              "plans to return to Southern California immediately"),
        event("The deputy, who was wed", "wed", None, "wed", JO, rep=LW, kind=B),
        event("Authorities said they believe", "believe", "Authorities", "believe",
              "they know the identity of the shooter", rep="Authorities", kind=ST),
        event("Authorities said they believe", "taken", None, "take into custody", "the shooter", neg=True,
              rep="Authorities"),
        event("Deputies cordoned off streets", "cordoned", "Deputies", "cordon off", "streets in the neighborhood"),
        event("Deputies cordoned off streets", "searching", "Deputies", "search for", "the suspect",
              date="2005-06-24"),
        event("A passer-by who found", "found", "A passer-by", "find", JO, rep=VC),
        event("A passer-by who found", "called", "A passer-by", "call", "the Lakewood sheriff’s station", rep=VC),
        event("Another deputy fell", "fell", "Another deputy", "fall"),
        event("Another deputy fell", "suffered", "Another deputy", "suffer", "a minor injury"),
        event("Another deputy fell", "responding", "Another deputy", "respond", "to the crime scene"),
    ]),
    "ecb_24_11.txt": (doc(
        "web.orange.co.uk, Monday 2013-09-09: four men ram a 4x4 into the Casty jewellery shop near Place Vendome in "
        "Paris and escape with jewellery and watches worth £1.7m (crime, France)",
        "The story is ecb56dev9's ecb_24_5 and ecb57test4's ecb_24_9; their calls are followed. '9 September 2013, "
        "14:08' is furniture. The headline's 'Stolen' and the lead's 'have been stolen' are agentless acts (undated: no "
        "clause names a day). 'Four men drove a 4x4 through the front window ..., before making off with the jewellery "
        "and watches' lists both (as ecb56dev9's 'making off'); 'They then set fire to the vehicle before fleeing in "
        "another car' lists the setting (object 'fire to the vehicle', as ecb56dev9) and the fleeing ('They' written "
        "'Four men'). 'Forensic policemen are examining the Casty store' is an act under way (as ecb56dev9's 'are "
        "currently going through the site'); 'home to numerous jewellery shops' a state. 'is the latest to hit "
        "France' a characterization. Background: 'At the end of July' = 2013-07 dates 'carried out a robbery' and its "
        "participle 'making off'; 'last month' = 2013-08 'made off' and its 'after cracking two safes' (an act of its "
        "own, sharing the date); 'In May' = 2013-05 dates 'stole' and the coordinated 'a second theft saw a diamond "
        "necklace ... stolen' (the 'saw' a figure of speech, not listed, as ecb57test4's 'A smash-and-grab ... saw "
        "four robbers make off'; the stealing agentless); 'that was due to be loaned' a schedule. 'Paris has also been "
        "the scene' is a copula. 'In December 2008' = 2008-12 'emptied'. 'Police said they had recovered 80% of the "
        "haul in 2009' dates the recovery 2009 (its own clause names the year; ecb56dev9's 'In 2009, police said' "
        "dated the said), reported by the police"), [
        event("Paris: Jewellery Stolen", "Stolen", None, "steal", "Jewellery"),
        event("Jewellery and watches worth", "stolen", None, "steal", "Jewellery and watches worth £1. 7m"),
        event("Four men drove a 4x4", "drove", FM, "drive",
              "a 4x4 through the front window of the store on Rue de Castiglione"),
        event("Four men drove a 4x4", "making", FM, "make off", "with the jewellery and watches"),
        event("They then set fire", "set", FM, "set", "fire to the vehicle"),
        event("They then set fire", "fleeing", FM, "flee", "in another car"),
        event("Forensic policemen are examining", "examining", "Forensic policemen", "examine",
              "the Casty store in the central first district of the capital"),
        event("At the end of July, an armed man", "carried", "an armed man", "carry out",
              "a robbery at a diamond exhibition at the Carlton Hotel in Cannes", kind=B, date="2013-07"),
        event("At the end of July, an armed man", "making", "an armed man", "make off", "with jewellery worth £88m",
              kind=B, date="2013-07"),
        event("And last month thieves made off", "made", "thieves", "make off", "with £35,000 of jewellery", kind=B,
              date="2013-08"),
        event("And last month thieves made off", "cracking", "thieves", "crack",
              "two safes at the luxury Grand Hotel du Cap in Saint-Jean-Cap-Ferrat", kind=B, date="2013-08"),
        event("In May, thieves stole", "stole", "thieves", "steal",
              "£910,000 worth of jewellery from an employee of Swiss firm Chopard", kind=B, date="2013-05"),
        event("In May, thieves stole", "stolen", None, "steal", "a diamond necklace worth £1. 2m", kind=B,
              date="2013-05"),
        event("In December 2008, three men", "emptied", "three men", "empty",
              "almost the entire stock of gems from the Harry Winston jewellery store", kind=B, date="2008-12"),
        event("Police said they had recovered", "recovered", "Police", "recover", "80% of the haul", rep="Police",
              kind=B, date="2009"),
    ]),
}


def main() -> int:
    from gold_writer import write_event_gold

    manifest = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    expected = [row.split("\t")[0] for row in manifest[1:] if row.split("\t")[-1] == "test6"]
    assert list(DOCS) == expected, (list(DOCS), expected)
    total = write_event_gold(NAME, DOCS, script=SCRIPT, corpus=CORPUS, outlet=None)
    print(len(DOCS), "articles,", total, "events")
    return total


if __name__ == "__main__":
    main()
