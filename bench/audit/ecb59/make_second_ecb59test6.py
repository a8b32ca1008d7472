"""Round iaa58: a second, independent event annotation of the ``test6`` half of the ECB+ articles in
``bench/audit/ecb59/corpus`` (ten articles of ten outlets), written to ``tests/data/gold/ecb-events-test6-second``
to measure how far two annotators agree under the same conventions (inter-annotator agreement).

The annotations below were made blind: by reading every sentence of the ten articles, without opening the first
annotation of these texts, its README or first-sight file, or any toolkit output on them, in the conventions of the
event golds (``tests/data/gold/README.md``, ``bench/audit/blind48/README.md``, the dev scripts of rounds ecb52 to
ecb56, and round iaa57's ``bench/audit/ecb58/make_second_ecb58test5.py`` and its README as the model); the calls are
in each article's ``about``. One slip is recorded in ``README-second-ecb59test6.md``: a grep of the dev scripts for
'want' ran over a pattern that also matched the first annotation's script and printed three of its lines (two rows:
ecb_45_3's 'don't want', ecb_6_4's 'wants a raise'); those two rows are not independent. Offsets and checks come from
``bench/audit/gold_writer.py``:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/ecb59/make_second_ecb59test6.py

The articles are CC BY 3.0 (ECB+, Cybulska and Vossen 2014); see the gold's ``texts/NOTICE``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "ecb-events-test6-second"
SCRIPT = "bench/audit/ecb59/make_second_ecb59test6.py"
CORPUS = ROOT / "bench" / "audit" / "ecb59" / "corpus"

# The conventions of rounds ecb52 to ecb56 and of round iaa57 (make_second_ecb58test5.py), unchanged: an article's
# date is its manifest row's; an event is dated where its own clause names a date expression, resolved from the
# publication date (a past weekday to the one before or on it, a scheduled one to the one after, a week by its
# Monday); a participle after a dated clause shares its date; a date that modifies a noun dates no clause; with no
# publication date only a full date or a year dates. Headlines are sentences, listed when they tell an act;
# datelines are furniture. Quotations and the verb that only introduces them are not listed; a said-like verb whose
# clause tells an act gives its content (with reported_by), one whose clause holds a state gives nothing; 'allege',
# 'accuse', 'discount' are speech acts listed with their content. States, figures, opinions, habits, plans,
# purposes, abilities and what a recording shows are no events; an act told again in a subordinate clause is not
# listed again, in a main clause it is.
COMMON = ("ECB+ news article (CC BY 3.0); second, independent annotation (inter-annotator agreement); dated where "
          "the event's own clause names a date expression, resolved from the publication date; quotations, states, "
          "figures, opinions and furniture are not listed.")


def doc(summary: str, calls: str = "") -> str:
    return f"{summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"
CKS, KF = "Christopher Kenyon Simpson", "Ka'Loni Marie Flynn"
FL, GH = "Fred LaRue", "Gary Hargrove"
LL = "Lindsay Lohan"
GR, THR = "Gary Ross", "The Hollywood Reporter"
DM = "Doug McDermott"
RC, VS, RB = "Raj Chohan", "Vishwanand Subryan", "Richard Brown"
OFF = "two police officers from the 102nd Precinct"
WIT = "A civilian witness at the scene"
PQ = "A powerful 6.1-magnitude earthquake"
JW, VJ = "Jamal Williams", "Vincent Jackson"
JO, LW = "Jerry Ortiz", "Larry Waldie"
VC = "Vanette Christiansen"
FM = "Four men"
# A sentence the writer's splitter cuts (after 'Sgt.'), given whole with ``sent=``.
PASSER = ("A passer-by who found", "Vanette Christiansen.")

DOCS = {
    "ecb_45_3.txt": (doc(
        "newsok.com, Thursday 2013-01-03: Christopher Kenyon Simpson pleads not guilty to murdering Ka'Loni Marie "
        "Flynn and her fetus; his lawyers seek to keep phone records out (US courts, crime)",
        "'Published: January 3, 2013' is furniture. The headline's and the lead's pleas are listed (undated: no "
        "clause names a date; 'An Oklahoma man' written 'Christopher Kenyon Simpson'); what a plea or a charge is "
        "for is not listed (events-dev37). 'Trial is set for June 17' is an agentless scheduling, undated (the date "
        "names the trial; as iaa57's 'Formal sentencing is set for ... Nov. 8'); 'who is accused of fatally shooting' "
        "lists the agentless accusation and the shooting (ecb54dev6's ecb_45_2). 'A local newspaper reports that "
        "Simpson has been held without bond ... since his arrest on June 21' is custody (a state, ecb52dev2's 'held "
        "without bond'), the arrest a noun (not listed). 'Flynn's body was found ... on April 9' is agentless, "
        "background, 2012-04-09 (the April 9 before the publication). 'Prosecutors allege Simpson shot Flynn after she "
        "told him she was pregnant' lists the allegation and its two acts reported by them (ecb_45_2, ecb_45_4). "
        "'Lawyers for Simpson don't want prosecutors to be able to use phone records' is a negated stance (as "
        "ecb55dev7's 'would like'; a row not independent, see the README: the first annotation's line for it was "
        "seen by a slip); 'that allegedly place Simpson in the area' what a record shows (a state), 'on grounds that "
        "authorities obtained them without a warrant' the lawyers' ground, an act reported by them (background)."), [
        event("Oklahoma man pleads not guilty", "pleads", CKS, "plead", "not guilty"),
        event("An Oklahoma man has pleaded", "pleaded", CKS, "plead",
              "not guilty to two first-degree murder charges"),
        event("Trial is set for June 17", "set", None, "set", "Trial"),
        event("Trial is set for June 17", "accused", None, "accuse", CKS, kind=S),
        event("Trial is set for June 17", "shooting", CKS, "shoot", KF),
        event("Flynn's body was found", "found", None, "find", "Ka'Loni Marie Flynn's body", kind=B,
              date="2012-04-09"),
        event("Prosecutors allege Simpson shot", "allege", "Prosecutors", "allege",
              "Simpson shot Flynn after she told him she was pregnant", kind=S),
        event("Prosecutors allege Simpson shot", "shot", CKS, "shoot", KF, rep="Prosecutors"),
        event("Prosecutors allege Simpson shot", "told", KF, "tell", "him she was pregnant", kind=S,
              rep="Prosecutors"),
        event("Lawyers for Simpson don't want", "want", "Lawyers for Simpson", "want",
              "prosecutors to be able to use phone records", neg=True, kind=ST),
        event("Lawyers for Simpson don't want", "obtained", "authorities", "obtain", "the phone records",
              rep="Lawyers for Simpson", kind=B),
    ]),
    "ecb_28_4.txt": (doc(
        "sptimes.com, Wednesday 2004-07-28: Fred LaRue, the Watergate 'bagman', is found dead in Biloxi (US "
        "politics, an obituary)",
        "The death is the one ecb54dev5's ecb_28_12 tells; its calls are followed. 'Published July 28, 2004' is "
        "furniture. The headline's and the lead's 'dies'/'has died' are listed (undated); 'who once was rumored to be "
        "Deep Throat' holds a copula as the rumour's content (not listed, as ecb56test3's 'was among those rumored "
        "to be Deep Throat'); 'He was 75' a state. 'His body was discovered Tuesday by a maid' is turned back "
        "(2004-07-27), 'who entered his hotel room' a relative that tells an act (undated), both reported by Gary "
        "Hargrove ('Coroner Gary Hargrove said'). 'The coroner said he believes Mr. LaRue died Saturday (July 24, "
        "2004)' gives the belief (a stance) and the death reported by him (2004-07-24). 'was known as the "
        "\"bagman\"' describes, its relative 'who delivered payoffs' tells an act (background); 'served 41 / 2 "
        "months in federal prison' a term, 'served as special assistant' and 'who later headed' tenures, 'was at a "
        "1972 meeting' a copula and 'where the plan ... allegedly was hatched' an agentless act (background, "
        "undated: '1972' dates the noun). 'After his political career ended in scandal' and 'returned to his home "
        "state' are background ('to work in his family's business' a purpose). 'discounted rumors that he was Deep "
        "Throat' is a speech act, 'saying the mysterious source ... was not one person' a said with a copula (not "
        "listed). 'Mr. LaRue' and 'He' are written 'Fred LaRue'."), [
        event("Watergate figure Fred LaRue dies", "dies", FL, "die", None),
        event("Fred LaRue, a Watergate figure", "died", FL, "die", None),
        event("His body was discovered Tuesday", "discovered", "a maid", "discover", "Fred LaRue's body", rep=GH,
              date="2004-07-27"),
        event("His body was discovered Tuesday", "entered", "a maid", "enter", "his hotel room in Biloxi", rep=GH),
        event("The coroner said he believes", "believes", GH, "believe", "Mr. LaRue died Saturday", kind=ST),
        event("The coroner said he believes", "died", FL, "die", None, rep=GH, date="2004-07-24"),
        event("Mr. LaRue was known as the", "delivered", FL, "deliver",
              "payoffs to keep participants in the Watergate breakin quiet", kind=B),
        event("Mr. LaRue was at a 1972 meeting", "hatched", None, "hatch",
              "the plan to break into the Watergate complex", kind=B),
        event("After his political career ended", "ended", "Fred LaRue's political career", "end", "in scandal",
              kind=B),
        event("After his political career ended", "returned", FL, "return", "to his home state of Mississippi",
              kind=B),
        event("Mr. LaRue discounted rumors", "discounted", FL, "discount", "rumors that he was Deep Throat", kind=S),
    ]),
    "ecb_1_16.txt": (doc(
        "thehollywoodgossip.com, Thursday 2013-05-02: Lindsay Lohan checks into a rehab in Newport Beach after "
        "bailing on a New York facility (celebrity, courts)",
        "'May 2, 2013 1:35 pm.' is furniture. The headline's 'Checks Into' and the lead's 'has checked into' are "
        "listed (the second told again in a main clause; undated); 'Investigation of Facility Pending' has no verb. "
        "'will remain there for the time being' is a state to come and 'pending an investigation' a noun (not "
        "listed); 'the facility she chose' picks out the facility (a restrictive relative, not listed, as iaa57's 'a "
        "rule change made in the final weeks'). 'Lohan bailed on rehab in a New York facility ... and flew to L.A.' "
        "lists the two acts (undated: 'at the 11th hour' names no date); 'that was approved by prosecutors and a "
        "judge' is a relative that tells an earlier act (turned back, background)."), [
        event("Lindsay Lohan Checks Into Rehab", "Checks", LL, "check into", "Rehab in Newport Beach"),
        event("Lindsay Lohan has checked into rehab", "checked", LL, "check into", "rehab in Newport Beach, Calif."),
        event("This despite the fact that", "bailed", LL, "bail on", "rehab in a New York facility"),
        event("This despite the fact that", "approved", "prosecutors and a judge", "approve", "a New York facility",
              kind=B),
        event("This despite the fact that", "flew", LL, "fly", "to L.A."),
    ]),
    "ecb_6_4.txt": (doc(
        "examiner.com, Monday 2012-04-09: Gary Ross is back in talks with Lionsgate to direct Catching Fire, the "
        "Hunger Games sequel (film)",
        "The headline 'Gary Ross back in talks to direct ...' has no verb (being in talks is a state, as ecb55dev7's "
        "'is in negotiations'; 'to direct' a purpose); 'April 9, 2012' is furniture. 'reports last week that said Gary "
        "Ross would definitely not be returning to direct' gives the reports' content, a negated return (would, "
        "reported by the reports; undated: 'last week' modifies the noun 'reports'); 'it seems he will be back at the "
        "negotiating table' is a state to come (not listed). 'The Hollywood Reporter says Ross is set to meet with "
        "Lionsgate officials on Monday' gives the meeting to come (will, reported by THR; 'on Monday' in 'this week' "
        "of a Monday article read as the publication day, 2012-04-09; 'to resume negotiations' a purpose). 'two major "
        "sticking points are salary ... and schedule' is a copula; '(Ross apparently wants a raise)' a stance "
        "reported by THR (a row not independent, see the README); 'with The Hunger Games set to begin filming in "
        "August' a scheduled act (will, 2012-08, as ecb53dev3's 'is scheduled to hit theaters in November of 2013'), "
        "reported by THR. 'to accomodate ... start date', 'holds priority', 'is also under pressure to meet a "
        "previously announced ... release date' are purposes and states ('previously announced' describes the date). "
        "'The majority of fans were outspoken last week in their disappointment' is a copula (not listed); 'Some "
        "launched the \"Gary Ross Is Boss\" campaign' is listed ('to show support' a purpose; 'Some' written 'Some "
        "fans'), 'a petition has been circulating Twitter' an act going on (listed), 'it will be the top discussion "
        "subject on Monday night's episode' a copula. The question to readers and 'Sound off in the comments below!' "
        "are furniture."), [
        event("Despite reports last week", "returning", GR, "return",
              "to direct The Hunger Games sequel, Catching Fire", neg=True, mod="would", rep="reports"),
        event("The Hollywood Reporter says Ross", "meet", GR, "meet", "with Lionsgate officials", mod="will",
              rep=THR, date="2012-04-09"),
        event("According to THR, two major", "wants", GR, "want", "a raise", rep=THR, kind=ST),
        event("According to THR, two major", "begin", "The Hunger Games", "begin", "filming", mod="will", rep=THR,
              date="2012-08"),
        event("Some launched the", "launched", "Some fans", "launch", "the \"Gary Ross Is Boss\" campaign"),
        event("Some launched the", "circulating", "a petition", "circulate", "Twitter"),
    ]),
    "ecb_31_1.txt": (doc(
        "sports.omaha.com, Friday 2013-03-08: Doug McDermott becomes Creighton's all-time leading scorer in the "
        "Missouri Valley tournament opener (college basketball)",
        "The game is the one ecb52dev's ecb_31_9 and ecb54dev5's ecb_31_4 tell; their calls are followed. The "
        "'PUBLISHED ... / UPDATED ...' line is furniture. The headline's 'becomes' is listed ('CU' as written). 'With "
        "a first-half free throw, ... scored his 11th point ... and passed Rodney Buford to become the school's "
        "all-time scoring leader' lists the scoring (the free throw itself, as ecb_31_4's 'when he sank a free "
        "throw'), the passing and the result infinitive (listed, as ecb_31_9's 'to become'); undated (no clause "
        "names a date). 'ended the game with 2,129 points' is a figure, as are 'It took Buford and Harstad four "
        "seasons to amass their point totals' (a duration) and 'has notched his in 105 games over three seasons'. "
        "'passed Bob Harstad' is listed, and 'the next six helped him overtake Buford' lists the helping and the "
        "overtaking (told again as the main clause's complement, as iaa57's 'prompted ... to ally'). 'McDermott' "
        "and 'him' are written 'Doug McDermott', 'Buford' 'Rodney Buford'."), [
        event("McDermott becomes CU", "becomes", DM, "become", "CU’s all-time scoring leader"),
        event("With a first-half free throw", "scored", DM, "score",
              "his 11th point of the Bluejays’ Valley tournament opener"),
        event("With a first-half free throw", "passed", DM, "pass", "Rodney Buford"),
        event("With a first-half free throw", "become", DM, "become", "the school’s all-time scoring leader"),
        event("With his first five points", "passed", DM, "pass", "Bob Harstad"),
        event("With his first five points", "helped", "the next six points", "help",
              "Doug McDermott overtake Rodney Buford"),
        event("With his first five points", "overtake", DM, "overtake", "Rodney Buford"),
    ]),
    "ecb_21_12.txt": (doc(
        "theforumnewsgroup.com (no date in the manifest): a drunk driver kills the grandmother Raj Chohan in a "
        "hit-and-run in Richmond Hill, Queens, and flees; two more pedestrians killed that weekend (US crime)",
        "published is null, so nothing is dated ('last Friday', 'Friday night', 'Sept. 15', 'Oct. 2', 'Sunday "
        "morning' name no year; the headline's run-on 'SEPTEMBER 19, 2013' is the dateline joined to it, no clause's "
        "date). The headline gives the killing reported by Richard Brown ('QUEENS DA SAYS'; 'DRUNK DRIVER' written "
        "'Vishwanand Subryan', 'GRANDMOTHER' 'Raj Chohan'). The lead's 'was hit and killed by an allegedly drunk "
        "driver who fled' gives three rows reported by Richard Brown ('allegedly' kept in no field); 'that left her "
        "family and friends devastated' a state (not listed). 'was walking towards a Sikh temple' is a progressive "
        "act (as ecb52dev's 'was knocking on doors'), 'when Vishwanand Subryan ... allegedly mowed into the older "
        "woman' the act, both reported by police; 'who lived in South Ozone Park' a state. 'Emergency workers rushed "
        "... and brought her', 'died later that night' (a relative that tells the death first) are reported by "
        "police; 'who leaves behind a husband' a state. 'has been charged with ...' is agentless, reported by the DA "
        "(what the charge is for not listed). Brown's quotations and 'Brown said in a prepared statement' are not "
        "listed. 'Arraigned on Sept. 15' is a participle that tells an act (agentless), 'was ordered held on $200,000 "
        "bail' an agentless order (a speech act, as ecb56dev9's 'The judge ordered him held'), 'is expected to return "
        "to Queens Supreme Court' a return to come (will). 'According to the criminal charges' names the reporter of "
        "its sentence: 'were stationed' a state, 'heard a loud bang', 'saw fluorescent garments fly' and the seen "
        "flying listed (as ecb55dev7's 'photogs snapped her shopping'); the next sentences' 'allegedly' names no "
        "reporter ('turned around', 'saw Subryan speed past them' and the speeding listed). 'He then allegedly ran a "
        "stop sign and red light when police began to pursue him, the DA said' lists both, reported by the DA; 'When "
        "cops stopped the car, police allegedly observed Subryan to have bloodshot watery eyes ...' lists the stop and "
        "the observation (its content states), reported by Brown; 'was allegedly swaying and unsteady' a state, 'when "
        "he got out of his car' an act (reported by the NYPD), 'which police wrote had a dented hood' a said with a "
        "state (not listed). 'was taken to the 112th Precinct' is agentless; 'where police documented that he "
        "allegedly had a blood alcohol content of .09 percent' a record of a figure (not listed). 'A civilian witness "
        "... told police that they saw a car speed by and then saw Chohan ... laying in the street' gives the two "
        "seeings and the car's speeding reported by the witness ('told' only introduces them), 'went into cardiac "
        "arrest' a relative telling an act (reported by the witness), 'was wearing' and 'laying' states. 'Video "
        "surveillance ... showed the vehicle striking Chohan, causing her to become airborne' is what a recording "
        "shows (not listed, ecb55dev8). 'The tragic event was one of three accidents' is a copula. The other "
        "pedestrians: 'was struck and killed by a motorist when she was crossing' (three rows, reported by police), "
        "'was pronounced dead' (agentless, as ecb52test2's 'pronounced dead by paramedics'), 'was also killed in a "
        "hit-and-run accident, police said' and 'She was hit ... Sunday morning' (agentless) are listed, action "
        "(the same weekend)."), [
        event("GRANDMOTHER KILLED BY DRUNK DRIVER", "KILLED", VS, "kill", RC, rep=RB),
        event("A 59-year-old grandmother on her way", "hit", VS, "hit", RC, rep=RB),
        event("A 59-year-old grandmother on her way", "killed", VS, "kill", RC, rep=RB),
        event("A 59-year-old grandmother on her way", "fled", VS, "flee", "the scene of the accident", rep=RB),
        event("Raj Chohan, who lived in South Ozone Park", "walking", RC, "walk", "towards a Sikh temple",
              rep="police"),
        event("Raj Chohan, who lived in South Ozone Park", "mowed", VS, "mow into", RC, rep="police"),
        event("Emergency workers rushed", "rushed", "Emergency workers", "rush", "to her side", rep="police"),
        event("Emergency workers rushed", "brought", "Emergency workers", "bring",
              "Raj Chohan to Jamaica Hospital Medical Center", rep="police"),
        event("Emergency workers rushed", "died", RC, "die", None, rep="police"),
        event("Subryan has been charged", "charged", None, "charge", VS, rep=RB),
        event("Arraigned on Sept. 15", "Arraigned", None, "arraign", VS),
        event("Arraigned on Sept. 15", "ordered", None, "order", "Vishwanand Subryan held on $200,000 bail",
              kind=S),
        event("Arraigned on Sept. 15", "return", VS, "return", "to Queens Supreme Court in Kew Gardens",
              mod="will"),
        event("According to the criminal charges, two", "heard", OFF, "hear", "a loud bang behind them",
              rep="the criminal charges"),
        event("According to the criminal charges, two", "saw", "one of the officers", "see",
              "fluorescent garments fly in the air", rep="the criminal charges"),
        event("According to the criminal charges, two", "fly", "fluorescent garments", "fly", "in the air",
              rep="the criminal charges"),
        event("When the officers turned around", "turned", OFF, "turn around", None),
        event("When the officers turned around", "saw", OFF, "see", "Subryan speed past them"),
        event("When the officers turned around", "speed", VS, "speed past", "the officers"),
        event("He then allegedly ran a stop sign", "ran", VS, "run", "a stop sign and red light", rep=RB),
        event("He then allegedly ran a stop sign", "began", "police", "begin", "to pursue him", rep=RB),
        event("When cops stopped the car", "stopped", "cops", "stop", "the car", rep=RB),
        event("When cops stopped the car", "observed", "police", "observe",
              "Subryan to have bloodshot watery eyes and slurred speech and smelled of alcohol", rep=RB),
        event("Additionally, he was allegedly swaying", "got", VS, "get out", "of his car", rep="the NYPD"),
        event("The driver was taken to the 112th", "taken", None, "take", "Vishwanand Subryan to the 112th Precinct"),
        event("A civilian witness at the scene also told", "saw", WIT, "see", "a car speed by", rep=WIT),
        event("A civilian witness at the scene also told", "speed", "a car", "speed by", None, rep=WIT),
        event("A civilian witness at the scene also told", "saw", WIT, "see", "Chohan laying in the street",
              rep=WIT, nth=2),
        event("A civilian witness at the scene also told", "went", RC, "go into", "cardiac arrest", rep=WIT),
        event("A female pedestrian was struck", "struck", "a motorist", "strike", "A female pedestrian",
              rep="police"),
        event("A female pedestrian was struck", "killed", "a motorist", "kill", "A female pedestrian",
              rep="police"),
        event("A female pedestrian was struck", "crossing", "A female pedestrian", "cross",
              "Queens Plaza North near 27th Street", rep="police"),
        event("The unidentified woman was pronounced", "pronounced", None, "pronounce", "The unidentified woman"),
        event("Maria Dulce-Valencia, 27, was also killed", "killed", None, "kill", "Maria Dulce-Valencia",
              rep="police"),
        event("She was hit around 5 a.m.", "hit", None, "hit", "Maria Dulce-Valencia"),
    ]),
    "ecb_37_2.txt": (doc(
        "presstv.com, Tuesday 2013-07-02: a 6.1-magnitude earthquake strikes Aceh, killing at least three people, "
        "with Indonesia's earlier quakes (a disaster)",
        "The quake is the one ecb52dev's ecb_37_11 and ecb54dev6's ecb_37_10 tell; their calls are followed. 'Tue "
        "Jul 2, 2013 1: 28PM GMT' is furniture. The headline's and the lead's 'strikes' are listed (undated, told "
        "again in a main clause), with the lead's participles 'killing' and 'injuring'. 'According to the US "
        "Geological Survey, the quake hit at a depth of 10 kilometers' tells the strike again in a main clause "
        "(listed again, reported by the USGS); 'The epicenter was situated' a state. 'Eyewitnesses and local "
        "residents say many homes and properties have collapsed or been damaged' gives two rows reported by them "
        "(the damaging agentless). Bensu Elianita's quotations and 'said ..., adding' are not listed. Background, each "
        "dated by its fronted or own expression: 'On April 20' 2013-04-20 (the jolting and the coordinated negated "
        "'caused no casualties'), 'On April 6' 2013-04-06, 'Last year' 2012 (with its participle 'killing'), 'in May "
        "2012' 2012-05 (with 'triggering'), 'in 2004' (the triggering and the relative's killing, both 2004: the "
        "year closes the sentence). 'Indonesia is vulnerable ... since it is located on the Pacific Ring of Fire' "
        "and 'a region known for its seismic and volcanic activity caused by friction' are standing facts."), [
        event("6.1-magnitude quake strikes", "strikes", "6.1-magnitude quake", "strike", "Indonesia's Aceh province"),
        event("A powerful 6.1-magnitude earthquake strikes", "strikes", PQ, "strike",
              "the northern Indonesian province of Aceh"),
        event("A powerful 6.1-magnitude earthquake strikes", "killing", PQ, "kill", "at least three people"),
        event("A powerful 6.1-magnitude earthquake strikes", "injuring", PQ, "injure",
              "dozens more across the affected region"),
        event("According to the US Geological Survey, the quake", "hit", "the quake", "hit", None,
              rep="the US Geological Survey"),
        event("Eyewitnesses and local residents say", "collapsed", "many homes and properties", "collapse", None,
              rep="Eyewitnesses and local residents"),
        event("Eyewitnesses and local residents say", "damaged", None, "damage", "many homes and properties",
              rep="Eyewitnesses and local residents"),
        event("On April 20, a 6.4-magnitude", "jolted", "a 6.4-magnitude earthquake", "jolt", "Indonesia's Maluku",
              kind=B, date="2013-04-20"),
        event("On April 20, a 6.4-magnitude", "caused", "a 6.4-magnitude earthquake", "cause",
              "casualties or material damage", neg=True, kind=B, date="2013-04-20"),
        event("On April 6, an earthquake", "struck", "an earthquake measuring 7.2 on the Richter scale", "strike",
              "eastern Indonesia's mountainous West Papua province", kind=B, date="2013-04-06"),
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
        "duianswer.com, Sunday 2009-02-01: the Chargers' Jamal Williams arrested on suspicion of drunk driving, the "
        "second Chargers player arrested for DUI within a month (sport, crime)",
        "The arrest is the one iaa57's ecb_35_3 tells. The headline's 'Faces DUI Charges' is a state (as iaa57's "
        "'also facing charges'). 'was arrested ... early morning on Sunday, February 1, 2009' is agentless, "
        "2009-02-01; 'He is the second Chargers' player ... to be arrested for DUI' a copula (a ranking). 'was "
        "initially pulled over for speeding' is agentless, undated (what the stop is for not listed); 'He submitted to "
        "a blood-alcohol test' is listed, 'it will take a few weeks for the results to be completed' a duration. 'was "
        "taken to a county jail where he later was released on bail' gives two agentless rows. 'is an 11-year "
        "veteran and recipient of ... Award' a copula. 'According to the City Attorney's office, Williams' case had "
        "not been submitted as of Tuesday, February 3, 2009' is a negated agentless act reported by the office, "
        "dated by its full date (2009-02-03, after the manifest's date: the page was updated). A.J. Smith's "
        "quotations and 'said that', 'went on to say' are not listed. 'was also recently arrested on allegations of "
        "DUI' is agentless, background ('recently' names no date); 'His DUI arrest occurred five days before ...' "
        "places the arrest (a noun's occurrence, as 'came one day after', not listed); 'Jackson's court date is set "
        "for February 17, 2009' an agentless scheduling (listed, undated: the date names the court date; "
        "background); 'When he was arrested' tells the arrest again in a subordinate clause, 'he was on probation' a "
        "state."), [
        event("Jamal Williams, the defensive tackle", "arrested", None, "arrest", JW, date="2009-02-01"),
        event("Williams was initially pulled over", "pulled", None, "pull over", JW),
        event("He submitted to a blood-alcohol test", "submitted", JW, "submit", "to a blood-alcohol test"),
        event("Williams was taken to a county jail", "taken", None, "take", "Jamal Williams to a county jail"),
        event("Williams was taken to a county jail", "released", None, "release", "Jamal Williams on bail"),
        event("Williams’ case had not been submitted", "submitted", None, "submit", "Williams’ case", neg=True,
              rep="the City Attorney’s office", date="2009-02-03"),
        event("Vincent Jackson, the Chargers receiver", "arrested", None, "arrest", VJ, kind=B),
        event("Jackson’s court date is set", "set", None, "set", "Jackson’s court date", kind=B),
    ]),
    "ecb_16_8.txt": (doc(
        "streetgangs.com, Friday 2005-06-24: Los Angeles County sheriff's deputy Jerry Ortiz is shot dead at a door "
        "in a gang investigation (crime)",
        "The killing is the one ecb52dev's ecb_16_11, ecb53dev4's ecb_16_3 and ecb55dev8's ecb_16_6 tell; their "
        "calls are followed. The headline 'Sheriff's Deputy Shot and Killed' gives two agentless rows ('Sheriff's "
        "Deputy' written 'Jerry Ortiz'); 'June 24, 2005' is furniture. The lead: 'was killed Friday' = 2005-06-24, "
        "reported by the authorities; the when-clause's 'knocked on the door' and 'someone shot him in the head' are "
        "acts (undated: the date is the main clause's; the shooter written 'someone', as the text names no one); "
        "'working with an anti-gang unit' a post (a state). 'had gone to the home' is listed, 'to speak to a woman' a "
        "purpose, 'when he was attacked' an agentless act, both reported by Larry Waldie ('told reporters Friday "
        "night' only introduces them, so its date is not theirs). 'Ortiz probably died instantly, Waldie said' gives "
        "the death reported by him ('probably' hedges the instant, not the death: no modality). The quotation and "
        "its 'Waldie said' are not listed. 'made plans to return to Southern California immediately' is listed as a "
        "stance (a plan made, as blind48's events-dev29 'plans'); 'who was out of state attending a convention' a "
        "state. 'who was wed about three weeks ago' tells an act (agentless, background, reported by Waldie; dated "
        "by the week's Monday, 2005-05-30); 'is survived by' and 'was a 15-year veteran' states. 'Authorities said "
        "they believe they know the identity of the shooter' gives the belief (a stance; its content a state), "
        "'although the person was not immediately taken into custody' a negated agentless act. 'Deputies cordoned "
        "off streets ... and were searching for the suspect Friday night' gives two rows, both 2005-06-24 (the "
        "trailing date governs the coordination). The passer-by's sentence, cut by the splitter after 'Sgt.', is "
        "given whole: 'who found the wounded deputy' and 'called the Lakewood sheriff's station' reported by Vanette "
        "Christiansen ('to report the shooting' a purpose). Her quotation is not listed. 'Another deputy fell and "
        "suffered a minor injury responding to the crime scene' gives three rows."), [
        event("Sheriff’s Deputy Shot and Killed", "Shot", None, "shoot", JO),
        event("Sheriff’s Deputy Shot and Killed", "Killed", None, "kill", JO),
        event("A 35-year-old sheriff’s deputy", "killed", None, "kill", JO, rep="authorities", date="2005-06-24"),
        event("A 35-year-old sheriff’s deputy", "knocked", JO, "knock", "on the door of a home", rep="authorities"),
        event("A 35-year-old sheriff’s deputy", "shot", "someone", "shoot", JO, rep="authorities"),
        event("Deputy Jerry Ortiz had gone", "gone", JO, "go", "to the home", rep=LW),
        event("Deputy Jerry Ortiz had gone", "attacked", None, "attack", JO, rep=LW),
        event("Ortiz probably died instantly", "died", JO, "die", None, rep=LW),
        event("Los Angeles County Sheriff Lee Baca", "made", "Lee Baca", "make",
              "plans to return to Southern California immediately", kind=ST),
        event("The deputy, who was wed", "wed", None, "wed", JO, rep=LW, kind=B, date="2005-05-30"),
        event("Authorities said they believe", "believe", "Authorities", "believe",
              "they know the identity of the shooter", kind=ST),
        event("Authorities said they believe", "taken", None, "take into custody", "the shooter", neg=True),
        event("Deputies cordoned off streets", "cordoned", "Deputies", "cordon off", "streets in the neighborhood",
              date="2005-06-24"),
        event("Deputies cordoned off streets", "searching", "Deputies", "search for", "the suspect",
              date="2005-06-24"),
        event("A passer-by who found", "found", "A passer-by", "find", "the wounded deputy", rep=VC, sent=PASSER),
        event("A passer-by who found", "called", "A passer-by", "call", "the Lakewood sheriff’s station", rep=VC,
              sent=PASSER),
        event("Another deputy fell", "fell", "Another deputy", "fall", None),
        event("Another deputy fell", "suffered", "Another deputy", "suffer", "a minor injury"),
        event("Another deputy fell", "responding", "Another deputy", "respond", "to the crime scene"),
    ]),
    "ecb_24_11.txt": (doc(
        "web.orange.co.uk, Monday 2013-09-09: four men ram a 4x4 into the Casty jewellery shop in Paris and steal "
        "jewellery and watches worth £1.7m, with France's earlier jewellery heists (crime, France)",
        "The raid is the one ecb56dev9's ecb_24_5 tells; its calls are followed. '9 September 2013, 14:08' is "
        "furniture. The headline's 'Stolen' and the lead's 'have been stolen' are agentless (the lead tells it again "
        "in a main clause; undated). 'Four men drove a 4x4 through the front window ..., before making off with the "
        "jewellery and watches' and 'They then set fire to the vehicle before fleeing in another car' give four rows "
        "(the gerunds after 'before' acts; undated: no clause names a date). 'Forensic policemen are examining the "
        "Casty store' is an act going on (listed, as ecb_24_5's 'are currently going through'). 'The heist ... is the "
        "latest to hit France' is a characterization (not listed). Background: 'At the end of July' 2013-07 (the "
        "robbery carried out and its participle 'making off'), 'last month' 2013-08 ('made off' and 'after cracking "
        "two safes'), 'In May' 2013-05 (the theft from Chopard's employee and 'a second theft saw a diamond necklace "
        "... stolen', the agentless stealing listed, 'saw' a figure of speech; 'that was due to be loaned' a plan), "
        "'In December 2008' 2008-12; 'Paris has also been the scene' a copula. 'Police said they had recovered 80% "
        "of the haul in 2009' gives the recovery reported by police, 2009 (here the year is the recovery's clause's, "
        "unlike ecb_24_5's 'In 2009, police said')."), [
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
