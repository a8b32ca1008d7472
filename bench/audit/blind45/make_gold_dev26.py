"""Write the event gold tests/data/gold/wikinews-events-dev26 from hand annotations (round blind45, a blind pool).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/blind45/make_gold_dev26.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev26"

TS_ABOUT = (
    "Wikinews, Sunday 2020-06-21 (no dateline): Tesco agrees to sell most of its Polish stores to Salling Group "
    "(business). 'On Thursday' = 2020-06-18 dates the announcement and Tesco's statement of intention; the company's "
    "history is background: 'In 2015' = 2015 (and 'At the time', the same year), 'in March' = 2020-03, 'in "
    "February' = 2020-02, 'in 1995' = 1995; the reversal, the cuts, the closings and the rest are not dated (a day "
    "the text does not give is not inferred; 'in mid-2019' dates a report, not the closings). 'announced their "
    "agreement over selling' is a speech act (the sale is the noun's content, not listed); 'stated its intention to "
    "leave' is a speech act with a noun object, and the gapped 'Salling its intention' has no verb to annotate; 'it "
    "seeks to improve' and 'intends to merge' are stances reported_by Salling; the deal's terms in the present "
    "('covers', 'takes over', 'is 900 million', 'to be payed') and the figures ('had a ... loss', 'contributed', "
    "'held a value', 'continues to run', 'currently has') are states; 'has to approve the deal' is a required act "
    "(modality must); 'they expect a decision' a stance; 'has suffered losses' and 'customer preference has shifted' "
    "are listed as background; 'introduced in 2018' describes the ban, 'hurt sales' is listed; 'According to Notes "
    "from Poland' gives reported_by to 'resorted to offer' ('a loophole which allows' a state); 'comprising' is a "
    "state; 'Gazeta Prawna reports only 0.5% ... comes from' a state; 'has cut expenditures by streamlining ..., "
    "halving ..., shutting off ..., and closing off stores' gives the cut and its four gerunds of means (as 'by "
    "hiring'); 'reportedly including last year its Poznan distribution center' has no verb; 'Deutsche Welle (DW) "
    "reported ... 62 Tesco outlets had closed' gives reported_by; 'left ... without' and 'forced ... closures' are "
    "the layoffs' acts; 'announced leaving its joint venture' gives the announcement and the gerund's act "
    "(reported_by Tesco, as 'announced investigating itself' in events-dev16); 'Speaking to Portfolio.hu' "
    "introduces, 'explained that the company held a 4% share' reports a state, 'stated they want to stay' gives a "
    "stance reported_by Simister; 'stated they did not have intentions of leaving' a negated stance reported_by "
    "Lewis; 'is too big' a copula; 'The chain's press release reported 22 sold units' and 'NFP named ... among the "
    "buyers' are speech acts; 'entered the Polish market in 1995' is listed. 'Tesco Polska', 'the company', 'they' "
    "(the company) are written 'Tesco' where Tesco is meant, 'Salling' 'Salling Group', 'The parties' 'Tesco and "
    "Salling Group', 'NFP' 'Notes from Poland'.")
SG = "Salling Group"
TSP = "Tesco Polska"
TS = [
    ev("On Thursday, UK-based retailer Tesco", "announced", "Tesco and Salling Group", "announce",
       "their agreement over selling a large portion of Tesco's Polish operation to Salling Group",
       kind="speech act", date="2020-06-18"),
    ev("Tesco stated its intention to leave", "stated", "Tesco", "state",
       "its intention to leave the Polish market altogether", kind="speech act", date="2020-06-18"),
    ev("With the acquisition Salling said", "seeks", SG, "seek", "to improve its coverage in Southern Poland",
       rep=SG, kind="stance"),
    ev("With the acquisition Salling said", "intends", SG, "intend",
       "to merge these stores into its currently 386 strong Netto chain", rep=SG, kind="stance"),
    ev("UOKiK, the Polish anti-monopoly agency", "approve", "UOKiK", "approve", "the deal", mod="must"),
    ev("The parties said they expect", "expect", "Tesco and Salling Group", "expect", "a decision this year",
       rep="Tesco and Salling Group", kind="stance"),
    ev("Tesco has suffered losses", "suffered", "Tesco", "suffer", "losses from its Polish operation",
       kind="background"),
    ev("Tesco has suffered losses", "shifted", "customer preference", "shift", None, kind="background"),
    ev("The Sunday trade ban, introduced in 2018", "hurt", "The Sunday trade ban", "hurt", "sales",
       kind="background"),
    ev("According to Notes from Poland", "resorted", "some discount stores", "resort", "to offer postal services",
       rep="Notes from Poland", kind="background"),
    ev("In 2015, Tesco centralized", "centralized", "Tesco", "centralize", "its management", kind="background",
       date="2015"),
    ev("In 2015, Tesco centralized", "reverted", "Tesco", "revert", "the decision", kind="background"),
    ev("At the time, the company invested", "invested", "Tesco", "invest", "in e-commerce", kind="background",
       date="2015"),
    ev("At the time, the company invested", "started", "Tesco", "start", "home deliveries", kind="background",
       date="2015"),
    ev("In the past few years, Tesco Polska", "cut", TSP, "cut", "expenditures", kind="background"),
    ev("In the past few years, Tesco Polska", "streamlining", TSP, "streamline", "its product range",
       kind="background"),
    ev("In the past few years, Tesco Polska", "halving", TSP, "halve", "its staff", kind="background"),
    ev("In the past few years, Tesco Polska", "shutting", TSP, "shut off",
       "home deliveries in parts of the country", kind="background"),
    ev("In the past few years, Tesco Polska", "closing", TSP, "close off", "stores", kind="background"),
    ev("Deutsche Welle (DW) reported", "closed", "62 Tesco outlets", "close", None, rep="Deutsche Welle",
       kind="background"),
    ev("Staff layoffs left meat", "left", "Staff layoffs", "leave",
       "meat, fish and delicatessen departments without designated shop assistants", kind="background"),
    ev("Staff layoffs left meat", "forced", "Staff layoffs", "force",
       "staff canteen closures and administration simplifications", kind="background"),
    ev("Tesco sold its roughly 2000 Thai", "sold", "Tesco", "sell", "its roughly 2000 Thai and 74 Malaysian stores",
       kind="background", date="2020-03"),
    ev("Tesco sold its roughly 2000 Thai", "announced", "Tesco", "announce",
       "leaving its joint venture with China Resources Holdings", kind="speech act", date="2020-02"),
    ev("Tesco sold its roughly 2000 Thai", "leaving", "Tesco", "leave",
       "its joint venture with China Resources Holdings", rep="Tesco", kind="background"),
    ev("Tesco sold its roughly 2000 Thai", "sold", "Tesco", "sell", "its South Korean chain HomePlus",
       kind="background", date="2015", nth=2),
    ev("Speaking to Portfolio.hu", "want", "Tesco", "want", "to stay in Hungary", rep="Matt Simister",
       kind="stance"),
    ev("In a DW report in March of last year", "have", "Tesco", "have",
       "intentions of leaving Thailand or Poland", neg=True, rep="Dave Lewis", kind="stance"),
    ev("The chain's press release reported", "reported", "The chain's press release", "report",
       "22 sold units in the past year and a half", kind="speech act"),
    ev("NFP named the Kaufland chain", "named", "Notes from Poland", "name",
       "the Kaufland chain and property developer Echo Investment", kind="speech act"),
    ev("Both Tesco and Salling entered", "entered", "Tesco and Salling Group", "enter", "the Polish market",
       kind="background", date="1995"),
]

OR_ABOUT = (
    "Wikinews, Monday 2019-11-04: Beto O'Rourke ends his bid for the Democratic presidential nomination (US "
    "politics). 'On Friday' = 2019-11-01 dates the announcement, the post that made it, the thanks and the dropping "
    "out; the campaign's history is background: 'in August' = 2019-08 dates the cancellation of events and the "
    "return home, 'A month later' = 2019-09 the defence of his proposal, '2018' the recognition; the poll figure is "
    "not dated ('two weeks before the November 13 deadline' is the time the perfect 'had reached' looks from). 'who "
    "was a candidate' is a copula; 'made his announcement via a post' is listed (a speech act: it tells the "
    "medium), 'in which thanked his supporters' is a relative that tells his act (its subject left out in the "
    "text); 'scheduled for November 20' describes; 'According to reports' gives reported_by to 'was not qualifying' "
    "(negated) and to 'had only reached'; 'of which four are needed' a state; 'made gun control a key issue' is "
    "listed; 'where he is a former City Councillor' is a copula; 'saying that \"...\"' only introduces a quotation; "
    "'Reports said' gives reported_by to the relative 'who gained national recognition' and to 'does not plan to "
    "run' (a negated stance). 'O'Rourke' and 'He' are written 'Beto O'Rourke'.")
BO = "Beto O'Rourke"
OR = [
    ev("On Friday, Beto O'Rourke", "announced", BO, "announce", "the end of his campaign", kind="speech act",
       date="2019-11-01"),
    ev("He made his announcement", "made", BO, "make", "his announcement", kind="speech act", date="2019-11-01"),
    ev("He made his announcement", "thanked", BO, "thank", "his supporters", kind="speech act",
       date="2019-11-01"),
    ev("O'Rourke dropped out ahead", "dropped", BO, "drop out", None, date="2019-11-01"),
    ev("According to reports, O'Rourke was not qualifying", "qualifying", BO, "qualify", "for the debate",
       neg=True, rep="reports"),
    ev("According to reports, O'Rourke was not qualifying", "reached", BO, "reach",
       "only 3 percent support in two qualifying polls", rep="reports"),
    ev("O'Rourke made gun control", "made", BO, "make", "gun control a key issue of his campaign",
       kind="background"),
    ev("After a mass shooting near the border", "cancelled", "the O'Rourke campaign", "cancel", "events",
       kind="background", date="2019-08"),
    ev("After a mass shooting near the border", "returned", BO, "return", "home El Paso, Texas",
       kind="background", date="2019-08"),
    ev("A month later, during the third primary debate", "defended", BO, "defend",
       "his proposal of a mandatory buyback program", kind="speech act", date="2019-09"),
    ev("Reports said O'Rourke", "gained", BO, "gain", "national recognition", rep="Reports", kind="background",
       date="2018"),
    ev("Reports said O'Rourke", "plan", BO, "plan", "to run for Senate in 2020", neg=True, rep="Reports",
       kind="stance"),
]

AS_ABOUT = (
    "Wikinews, Monday 2019-12-16: a US federal judge rules that American Samoans are citizens, then stays his ruling "
    "(courts). 'On Friday' = 2019-12-13 dates the reconsideration and the stay; 'On Thursday' = 2019-12-12 is the "
    "day of the ruling ('wrote', a neutral report: its content is listed, undated, as a legal finding of no day); "
    "'In 2016' = 2016 the Supreme Court's refusal; the suit, the statement and the rest are not dated (a day the text "
    "does not give is not inferred). 'his decision made the previous day' describes the decision; 'until the issue "
    "is resolved upon appeal' is a condition (not listed); 'wrote denying American Samoans citizenship violated' "
    "gives the violation reported_by the judge, and 'which established' a background act of the amendment; 'A 2015 "
    "federal court decision said ... can only be resolved by Congress' states a rule (not listed, as the terms of a "
    "law); what American Samoans gain, are called and may do are standing facts and terms (not listed); 'who had "
    "moved to Utah' is a background relative, 'sued to be allowed to vote' is listed (its infinitive a purpose), "
    "'had lived in Utah' a state, 'worked with' is listed; 'issued a statement' is a speech act, 'agreeing the issue "
    "should be decided by Congress' a stance whose content is a requested act (modality should, reported_by the "
    "government); the quotation after the colon, 'Their statement also read \"...\"' and 'told the press: \"...\"' "
    "are not listed; 'declined to hear' is listed; the territory's status, 'has a delegate', 'is limited' and "
    "'costs $725' are states. 'Waddoups' and 'he' are written 'Clark Waddoups', 'They' 'Pale Tuli, Rosavita Tuli, "
    "and John Fitisemanu'.")
CW = "Clark Waddoups"
PLA = "Pale Tuli, Rosavita Tuli, and John Fitisemanu"
GAS = "The government of American Samoa"
AS = [
    ev("On Friday, United States District Judge", "reconsidered", CW, "reconsider", "his decision",
       date="2019-12-13"),
    ev("Instead, he put a stay", "put", CW, "put", "a stay on his ruling", date="2019-12-13"),
    ev("On Thursday, Waddoups wrote", "violated", "denying American Samoans citizenship", "violate",
       "the Fourteenth Amendment to the United States Constitution", rep=CW),
    ev("On Thursday, Waddoups wrote", "established", "the Fourteenth Amendment to the United States Constitution",
       "establish", "the country's policy of citizenship for every person born on its soil", kind="background"),
    ev("Three American Samoans, Pale Tuli", "moved", PLA, "move", "to Utah", kind="background"),
    ev("Three American Samoans, Pale Tuli", "sued", PLA, "sue", "to be allowed to vote"),
    ev("They worked with the organization", "worked", PLA, "work", "with the organization Equally American"),
    ev("The government of American Samoa issued", "issued", GAS, "issue", "a statement", kind="speech act",
       sent=("The government of American Samoa issued", "the Samoan way of life].\"")),
    ev("The government of American Samoa issued", "agreeing", GAS, "agree",
       "the issue should be decided by Congress and not by judges", kind="stance",
       sent=("The government of American Samoa issued", "the Samoan way of life].\"")),
    ev("The government of American Samoa issued", "decided", "Congress", "decide", "the issue", mod="should",
       rep=GAS, sent=("The government of American Samoa issued", "the Samoan way of life].\"")),
    ev("In 2016, the U.S. Supreme Court declined", "declined", "the U.S. Supreme Court", "decline",
       "to hear a case about American Samoans' citizenship status", kind="background", date="2016"),
]

SE_ABOUT = (
    "Wikinews, Thursday 2020-07-09 (no dateline; the events are told in Korean time, UTC+0900): the mayor of Seoul, "
    "Park Won-soon, is found dead (Asia, local politics). 'Thursday' = 2020-07-09 dates the police's report of him "
    "missing and his leaving home; 'on Wednesday' = 2020-07-08 the filing of the case; 'in 2011' = 2011 his first "
    "election; the finding of the body, the cancellation, the search, the investigations and the re-elections (two "
    "years) are not dated ('police reported Friday morning' is a neutral report that gives reported_by to the "
    "finding and dates only itself; a day the text does not give is not inferred). 'was found dead' and 'was found "
    "at Mount Bukak' are agentless; 'was "
    "reported missing ... by the police' is turned back (a speech act); 'was 64 years old', 'was last active', 'was "
    "through 2021' are copulas; 'According to initial reports' and 'According to local reports' give reported_by; "
    "'his daughter reported to the police he \"left home ...\"' only introduces a quotation (its content is inside "
    "quotation marks, not listed); 'The Seoul government said' gives reported_by to the cancellation; 'was launched' "
    "is agentless, 'involving' a state; 'was reportedly filed against him by a former secretery' is turned back "
    "('reportedly' gives no reported_by; 'secretery' the text's spelling); 'the police had said they would be "
    "investigating' gives their act reported_by them (modality will, as a reported 'would be examined'); 'was "
    "elected', 're-elected' are agentless background. 'Park', 'He' and 'the 64-year-old mayor' are written 'Park "
    "Won-soon'.")
PW = "Park Won-soon"
SE = [
    ev("Park Won-soon, the mayor of Seoul", "found", None, "find", PW, rep="police"),
    ev("He was reported missing Thursday", "reported", "the police", "report", PW, kind="speech act",
       date="2020-07-09"),
    ev("Park Won-soon's body was found", "found", None, "find", "Park Won-soon's body"),
    ev("According to initial reports, the police", "investigating", "the police", "investigate",
       "the specifics about the cause of his death", rep="initial reports"),
    ev("According to local reports, the 64-year-old mayor", "left", PW, "leave", "his home", rep="local reports",
       date="2020-07-09"),
    ev("The Seoul government said Park", "cancelled", PW, "cancel", "his entire Thursday schedule",
       rep="The Seoul government"),
    ev("A large search operation was launched", "launched", None, "launch", "A large search operation"),
    ev("Shortly before Park Won-soon's death", "filed", "a former secretery", "file", "a case",
       date="2020-07-08"),
    ev("Shortly before Park Won-soon's death", "investigating", "the police", "investigate", "the allegations",
       mod="will", rep="the police"),
    ev("Park was elected mayor", "elected", None, "elect", PW, kind="background", date="2011"),
    ev("He was re-elected twice", "elected", None, "re-elect", PW, kind="background"),
]

BG_ABOUT = (
    "Wikinews, Monday 2019-02-11: Dinualdo Gutierrez, bishop emeritus of Marbel in the Philippines, dies (religion, "
    "an obituary). 'early yesterday morning' = 2019-02-10 dates the death; the rest is not dated (a day the text "
    "does not give is not inferred). 'according to the Catholic Bishops' Conference of the Philippines (CBCP)' "
    "gives reported_by to the death; 'He would have been 80' is a copula; the bishop's statement and its 'said, "
    "\"...\"' are not listed; 'asked people to \"please pray ...\"' is a speech act (its infinitive inside quotation "
    "marks); 'was described by the CBCP as \"...\"' is turned back (a speech act); 'the diocese had protested' is "
    "background; 'was suffering from' is a state; 'was reportedly seen' is agentless background ('reportedly' gives "
    "no reported_by). 'Gutierrez' and 'He' are written 'Dinualdo Gutierrez', 'Casicas' 'Allan Casicas', 'the "
    "diocese' 'the Marbel diocese'.")
DG = "Dinualdo Gutierrez"
CBCP = "Catholic Bishops' Conference of the Philippines"
BG = [
    ev("Roman Catholic Bishop Emeritus", "died", DG, "die", None, rep=CBCP, date="2019-02-10"),
    ev("Casicas also asked people", "asked", "Allan Casicas", "ask", "people", kind="speech act"),
    ev("Gutierrez was described by the CBCP", "described", CBCP, "describe", DG, kind="speech act"),
    ev("Under him, the diocese had protested", "protested", "the Marbel diocese", "protest",
       "against a copper and gold mining project", kind="background"),
    ev("He was reportedly seen", "seen", None, "see", DG, kind="background"),
]

AF_ABOUT = (
    "Wikinews, Tuesday 2019-10-22: aftershocks raise the death toll of a magnitude 6.3 earthquake in southern "
    "Mindanao, Philippines (disaster and science). 'on Wednesday night' and 'On Wednesday' = 2019-10-16 date the "
    "quake's acts (its striking, the dead and injured it left, the damage, the second quake an hour later); 'On "
    "Saturday' = 2019-10-19 the rise of the toll, the NDRRMC report's figures and Phivolcs' count; 'Thursday' = "
    "2019-10-17 the 5.3 quake and the closing of schools; the council's revision, the relocation ('since "
    "Wednesday'), the damage to the malls, the USGS's reading, the suspension, the announcement and the "
    "declarations are not dated (a day the text does not give is not inferred). 'that struck southern Philippines' "
    "is a relative that tells the quake's act; 'due to a massive landslide following ...' is a cause (a noun, not "
    "listed); 'left five dead and ... at least 30 injured' is one act ('by early reports' grades the count); 'caused "
    "by the 5.0 earthquake' describes; 'reports said' gives reported_by to 'affected'; 'were affected according to "
    "NDRRMC report' is agentless with reported_by, and 'which figured 21 injured individuals ...' is the report's "
    "speech act (as 'reported more cases'); 'fear to return home' is a stance, 'according to CNN Philippines'; 'In "
    "a situational report of NDRRMC' gives reported_by to the damage; 'Rappler reported' and 'Phivolcs reported' "
    "give reported_by; 'Magnitude 6.3 according to Phivolcs' has no verb, 'was recorded as magnitude 6.4 by the US "
    "Geological Survey' is turned back; 'It was followed by another earthquake' is turned back; 'had a magnitude of "
    "4.0' and 'was the strongest recorded impacting' are states; 'with the provincial government ... suspending "
    "classes' is an absolute that tells an act; 'announced classes ... would be cancelled' gives the speech act and "
    "its agentless content (modality will); 'declared a state of calamity' is a speech act ('Reportedly' gives no "
    "reported_by); the fault's and the trench's roles are standing facts. 'It' (the first quake) is written 'the "
    "first quake'.")
PHV = "Philippine Institute of Volcanology and Seismology"
NDR = "National Disaster Risk Reduction and Management Council"
AF = [
    ev("On Saturday, aftershocks of a powerful earthquake", "increased",
       "aftershocks of a powerful earthquake with reported magnitude 6.3", "increase",
       "the death toll of the extended event", date="2019-10-19"),
    ev("On Saturday, aftershocks of a powerful earthquake", "struck", "a powerful earthquake with reported "
       "magnitude 6.3", "strike", "southern Philippines", date="2019-10-16"),
    ev("On Wednesday, the strong tremor left", "left", "the strong tremor", "leave", "five dead",
       date="2019-10-16"),
    ev("The National Disaster Risk Reduction and Management Council (NDRRMC) of the Philippines increased",
       "increased", NDR, "increase", "the previous death toll"),
    ev("Meanwhile, the total reported casualties", "increased", "the total reported casualties", "increase",
       None),
    ev("On Saturday, reports said", "affected", "Wednesday's quake", "affect",
       "the Bangsamoro Autonomous Region in Muslim Mindanao, Region 11 and Region 12", rep="reports",
       date="2019-10-16"),
    ev("Over 2,000 residents near Mount Apo", "relocated", None, "relocate",
       "Over 2,000 residents near Mount Apo in Kidapawan City",
       sent=("Over 2,000 residents near Mount Apo", "since Wednesday.")),
    ev("76 villages were affected", "affected", None, "affect", "76 villages", rep="NDRRMC report",
       sent=("76 villages were affected", "General Santos City.")),
    ev("76 villages were affected", "figured", "NDRRMC report", "figure", "21 injured individuals in Davao del Sur",
       kind="speech act", date="2019-10-19", sent=("76 villages were affected", "General Santos City.")),
    ev("Numbers of affected residents fear", "fear", "Numbers of affected residents", "fear", "to return home",
       rep="CNN Philippines", kind="stance"),
    ev("In a situational report of NDRRMC", "damaged", "Wednesday's tremor", "damage", "143 buildings",
       rep="NDRRMC", date="2019-10-16"),
    ev("Rappler reported three malls", "damaged", None, "damage",
       "three malls in Davao City and Gaisano Mall in Digos City", rep="Rappler"),
    ev("The Philippine Institute of Volcanology and Seismology (Phivolcs) reported", "occurred", "the first quake",
       "occur", None, rep=PHV, date="2019-10-16"),
    ev("Magnitude 6.3 according to Phivolcs", "recorded", "US Geological Survey", "record", "the first quake"),
    ev("It was followed by another earthquake", "followed", "another earthquake", "follow", "the first quake",
       date="2019-10-16"),
    ev("It was followed by another earthquake", "recorded", None, "record", "the second quake",
       date="2019-10-16"),
    ev("A 5.3-magnitude quake was recorded", "recorded", None, "record", "A 5.3-magnitude quake",
       date="2019-10-17"),
    ev("Phivolcs recorded 611 aftershocks", "recorded", PHV, "record", "611 aftershocks", date="2019-10-19"),
    ev("In response, many schools were closed", "closed", None, "close", "many schools", date="2019-10-17"),
    ev("In response, many schools were closed", "suspending", "the provincial government in North Cotabato",
       "suspend", "classes"),
    ev("Charles Federic Plotena, the mayor of Esperanza", "announced", "Charles Federic Plotena", "announce",
       "classes for students ranging from kindergarten to high school, public and private, would be cancelled",
       kind="speech act"),
    ev("Charles Federic Plotena, the mayor of Esperanza", "cancelled", None, "cancel",
       "classes for students ranging from kindergarten to high school, public and private", mod="will",
       rep="Charles Federic Plotena"),
    ev("Charles Federic Plotena, the mayor of Esperanza", "cancelled", "Sara Duterte", "cancel",
       "graduate and post-graduate studies", nth=2),
    ev("Reportedly, at least two towns", "declared", "at least two towns", "declare", "a state of calamity",
       kind="speech act"),
]

DOCS = {
    "wn_2019-02-11_Bishop-Emeritus-Dinualdo-Gutierrez-of-Marbel-Philippines-dies.txt": (BG_ABOUT, BG),
    "wn_2019-10-22_Aftershocks-increase-death-toll-of-magnitude-6-3-earthquake-in-southern-Philippi.txt":
        (AF_ABOUT, AF),
    "wn_2019-11-04_O-Rourke-ends-US-presidential-bid.txt": (OR_ABOUT, OR),
    "wn_2019-12-16_US-Federal-judge-rules-American-Samoans-are-citizens-then-delays-implementation.txt":
        (AS_ABOUT, AS),
    "wn_2020-06-21_S.txt": (TS_ABOUT, TS),
    "wn_2020-07-09_Seoul-city-Mayor-Park-Won-soon-found-dead-South-Korean-police-confirm.txt": (SE_ABOUT, SE),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/blind45/make_gold_dev26.py"))
